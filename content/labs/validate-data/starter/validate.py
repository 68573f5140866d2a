"""Data checks for the churn training set.

Each check takes a DataFrame and the schema from params.yaml and returns a list of problems (plain
sentences that name the column); an empty list means the check passed. The pytest tests in tests/
apply them to the dataset, and `python validate.py [path]` prints them and exits with 1 if any.

The functions marked TODO are yours; the numbers refer to the requirements in the lab panel.
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
    """Requirement 1: one problem per schema column missing from df (extra columns are fine)."""
    # TODO
    raise NotImplementedError("check_columns: see requirement 1")


def check_types(df, schema):
    """Requirement 2: the non-null values of each schema column present in df have its `type`.

    int: an integer dtype, or a float dtype whose values are all whole numbers (pandas reads an
         integer column with gaps as float); booleans are not integers.
    float: any numeric dtype except bool.
    str: every value is a Python str.
    datetime: every value parses with pd.to_datetime(..., utc=True).
    A column with no non-null values passes.
    """
    # TODO
    raise NotImplementedError("check_types: see requirement 2")


def check_nulls(df, schema):
    """Requirement 3: one problem per column marked `required: true` that has missing values."""
    # TODO
    raise NotImplementedError("check_nulls: see requirement 3")


def check_ranges(df, schema):
    """Requirement 4: non-null values lie within `min` and `max` (both inclusive) and in `allowed`.

    Values that are not numbers are the type check's business: skip them here, do not crash.
    """
    # TODO
    raise NotImplementedError("check_ranges: see requirement 4")


def check_unique(df, schema):
    """Requirement 5: one problem per column marked `unique: true` in which a non-null value repeats."""
    # TODO
    raise NotImplementedError("check_unique: see requirement 5")


def check_freshness(df, column, max_age_hours, now):
    """Requirement 6: the newest timestamp in `column` is at most max_age_hours before `now`,
    and no timestamp is after `now`.

    `now` is a timezone-aware datetime (a pandas Timestamp is one). Never read the clock here.
    """
    # TODO
    raise NotImplementedError("check_freshness: see requirement 6")


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
