"""Data checks for the churn training set.

Each check takes a DataFrame and the schema from params.yaml and returns a list of problems (plain
sentences that name the column); an empty list means the check passed. The pytest tests in tests/
apply them to the dataset, and `python validate.py [path]` prints them and exits with 1 if any.

The freshness check never reads the clock: it gets `now` from its caller, so a test on a saved
snapshot gives the same answer next year.
"""

import sys
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent


def load_params(path=HERE / "params.yaml"):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def check_columns(df, schema):
    """Every column of the schema is in the data (extra columns are allowed)."""
    return [f"missing column {name}" for name in schema if name not in df.columns]


def _type_problem(series, expected):
    values = series.dropna()
    if values.empty:
        return None
    if expected == "int":
        if pd.api.types.is_bool_dtype(series):
            return "holds booleans, expected integers"
        if pd.api.types.is_integer_dtype(series):
            return None
        if pd.api.types.is_float_dtype(series):
            fractional = int((values != values.round()).sum())
            return f"holds {fractional} non-whole number(s), expected integers" if fractional else None
        return f"has dtype {series.dtype} (not numbers), expected integers"
    if expected == "float":
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            return None
        return f"has dtype {series.dtype} (not numbers), expected numbers"
    if expected == "str":
        wrong = int((~values.map(lambda v: isinstance(v, str))).sum())
        return f"holds {wrong} value(s) that are not text" if wrong else None
    if expected == "datetime":
        parsed = pd.to_datetime(values, utc=True, errors="coerce")
        bad = int(parsed.isna().sum())
        return f"holds {bad} value(s) that are not timestamps" if bad else None
    raise ValueError(f"unknown type {expected!r} in the schema")


def check_types(df, schema):
    """Non-null values have the schema's type: int, float, str or datetime."""
    problems = []
    for name, spec in schema.items():
        if name in df.columns and "type" in spec:
            problem = _type_problem(df[name], spec["type"])
            if problem:
                problems.append(f"{name} {problem}")
    return problems


def check_nulls(df, schema):
    """Columns marked required: true have no missing values."""
    problems = []
    for name, spec in schema.items():
        if name in df.columns and spec.get("required", False):
            missing = int(df[name].isna().sum())
            if missing:
                problems.append(f"{name} has {missing} missing value(s) but is required")
    return problems


def check_ranges(df, schema):
    """Non-null values lie within min/max (inclusive) and in `allowed` when the schema says so."""
    problems = []
    for name, spec in schema.items():
        if name not in df.columns:
            continue
        values = df[name].dropna()
        if "min" in spec or "max" in spec:
            numbers = pd.to_numeric(values, errors="coerce").dropna()
            if "min" in spec:
                low = int((numbers < spec["min"]).sum())
                if low:
                    problems.append(f"{name} has {low} value(s) below {spec['min']} (min {numbers.min()})")
            if "max" in spec:
                high = int((numbers > spec["max"]).sum())
                if high:
                    problems.append(f"{name} has {high} value(s) above {spec['max']} (max {numbers.max()})")
        if "allowed" in spec:
            outside = values[~values.isin(spec["allowed"])]
            if len(outside):
                shown = ", ".join(map(str, sorted(set(map(str, outside)))[:5]))
                problems.append(f"{name} has {len(outside)} value(s) outside {spec['allowed']}: {shown}")
    return problems


def check_unique(df, schema):
    """Columns marked unique: true hold no value twice (missing values are check_nulls' business)."""
    problems = []
    for name, spec in schema.items():
        if name in df.columns and spec.get("unique", False):
            values = df[name].dropna()
            repeated = values[values.duplicated(keep=False)]
            if len(repeated):
                shown = ", ".join(map(str, sorted(set(repeated))[:5]))
                problems.append(f"{name} has {repeated.nunique()} value(s) that occur more than once: {shown}")
    return problems


def check_freshness(df, column, max_age_hours, now):
    """The newest timestamp in `column` is at most max_age_hours before `now`, and none is after `now`.

    `now` is a timezone-aware datetime (a pandas Timestamp is one); timestamps are compared as
    instants, whatever UTC offset each is written with.
    """
    if column not in df.columns:
        return [f"missing column {column}"]
    now = pd.Timestamp(now)
    now = now.tz_localize("UTC") if now.tzinfo is None else now.tz_convert("UTC")
    times = pd.to_datetime(df[column], utc=True, errors="coerce").dropna()
    if times.empty:
        return [f"{column} holds no timestamps"]
    problems = []
    newest = times.max()
    age = now - newest
    if age > pd.Timedelta(hours=max_age_hours):
        problems.append(f"{column}: newest row is {age} old at {now.isoformat()} (limit {max_age_hours} h)")
    future = int((times > now).sum())
    if future:
        problems.append(f"{column} has {future} timestamp(s) after {now.isoformat()}")
    return problems


def validate(df, params, now):
    """Every problem of the dataset, all checks together."""
    schema = params["schema"]
    fresh = params["freshness"]
    return (check_columns(df, schema) + check_types(df, schema) + check_nulls(df, schema)
            + check_ranges(df, schema) + check_unique(df, schema)
            + check_freshness(df, fresh["column"], fresh["max_age_hours"], now))


if __name__ == "__main__":
    params = load_params()
    path = sys.argv[1] if len(sys.argv) > 1 else HERE / params["data"]["path"]
    now = pd.Timestamp(params["freshness"]["now"]) if params["freshness"].get("now") else pd.Timestamp.now(tz="UTC")
    problems = validate(pd.read_csv(path), params, now)
    for p in problems:
        print(f"data problem: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)
