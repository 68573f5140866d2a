"""Held-back tests of validate-data's checks: other schemas, other tables, the edge cases."""

import numpy as np
import pandas as pd
import pytest

from mlops_lab_expect import expect_equal, expect_true

import validate

SCHEMA = {
    "sensor_id": {"type": "str", "required": True},
    "reading_id": {"type": "int", "required": True, "unique": True},
    "taken_at": {"type": "datetime", "required": True},
    "celsius": {"type": "float", "required": True, "min": -40, "max": 85},
    "battery": {"type": "int", "required": False, "min": 0, "max": 100},
    "mode": {"type": "str", "required": True, "allowed": ["eco", "normal", "boost"]},
    "error_code": {"type": "int", "required": False, "allowed": [0, 1, 2, 3]},
    "note": {"type": "str", "required": False},
}


def readings(n=40, seed=7):
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2026-08-01T00:00:00Z")
    return pd.DataFrame({
        "sensor_id": rng.choice(["s-1", "s-2", "s-3"], n),
        "reading_id": rng.permutation(np.arange(1000, 1000 + n)),
        "taken_at": [(start + pd.Timedelta(minutes=15 * i)).strftime("%Y-%m-%dT%H:%M:%SZ") for i in range(n)],
        "celsius": rng.normal(20, 5, n).round(1),
        "battery": rng.integers(0, 101, n),
        "mode": rng.choice(["eco", "normal", "boost"], n),
        "error_code": rng.choice([0, 1, 2, 3], n),
        "note": [None] * n,
    })


def names(problems):
    return " | ".join(problems)


def mentions(problems, column):
    return any(column in p for p in problems)


def test_good_table_passes_every_check():
    df = readings()
    for check in (validate.check_columns, validate.check_types, validate.check_nulls,
                  validate.check_ranges, validate.check_unique):
        expect_equal(check(df, SCHEMA), [], what=f"{check.__name__} on a valid table")
    expect_equal(validate.check_freshness(df, "taken_at", 1, pd.Timestamp("2026-08-01T10:00:00Z")), [],
                 what="check_freshness on data 15 minutes old")


def test_columns_reports_each_missing_column():
    df = readings().drop(columns=["celsius", "mode"]).assign(extra=1)
    problems = validate.check_columns(df, SCHEMA)
    expect_equal(len(problems), 2, what=f"number of problems for two missing columns ({names(problems)})")
    expect_true(mentions(problems, "celsius") and mentions(problems, "mode"), f"the problems name the missing columns: {names(problems)}")
    expect_equal(validate.check_columns(readings().assign(extra=1), SCHEMA), [], what="problems for an extra column")


@pytest.mark.parametrize("column,values", [
    ("reading_id", [1.5]),                 # a fraction in an int column
    ("reading_id", ["r-17"]),              # text in an int column
    ("battery", [True]),                   # booleans are not integers
    ("celsius", ["warm"]),                 # text in a float column
    ("sensor_id", [17]),                   # a number in a str column
    ("taken_at", ["last tuesday"]),        # not a timestamp
])
def test_types_flag_wrong_values(column, values):
    df = readings()
    if column == "battery":
        df[column] = [bool(v % 2) for v in df[column]]
    else:
        df[column] = df[column].astype(object)
        df.loc[5, column] = values[0]
    problems = validate.check_types(df, SCHEMA)
    expect_true(mentions(problems, column), f"check_types names {column} when it holds {values[0]!r} (got {problems})")
    expect_equal(len(problems), 1, what=f"number of type problems ({names(problems)})")


def test_types_accept_gaps_and_whole_floats():
    df = readings()
    df["battery"] = df["battery"].astype(float)
    df.loc[[2, 9], "battery"] = np.nan         # read from CSV, an int column with gaps is float64
    df["celsius"] = df["celsius"].round().astype(int)   # whole numbers are fine in a float column
    df["note"] = np.nan                        # an empty optional column is read as float64
    expect_equal(validate.check_types(df, SCHEMA), [], what="type problems for whole floats with gaps, ints as floats, an empty column")


def test_nulls_only_in_required_columns():
    df = readings()
    df.loc[[1, 2], "battery"] = np.nan
    df.loc[[3], "error_code"] = np.nan
    expect_equal(validate.check_nulls(df, SCHEMA), [], what="null problems in optional columns")
    df.loc[[4, 8, 15], "celsius"] = np.nan
    df.loc[[6], "sensor_id"] = None
    problems = validate.check_nulls(df, SCHEMA)
    expect_equal(len(problems), 2, what=f"null problems in two required columns ({names(problems)})")
    expect_true(mentions(problems, "celsius") and mentions(problems, "sensor_id"), f"the problems name the columns: {names(problems)}")


def test_ranges_bounds_are_inclusive():
    df = readings()
    df.loc[0, "celsius"], df.loc[1, "celsius"] = -40.0, 85.0
    df.loc[2, "battery"], df.loc[3, "battery"] = 0, 100
    expect_equal(validate.check_ranges(df, SCHEMA), [], what="range problems for values equal to min and max")


@pytest.mark.parametrize("column,value", [("celsius", -40.5), ("celsius", 120.0), ("battery", 101), ("mode", "turbo"), ("error_code", 9)])
def test_ranges_flag_values_outside(column, value):
    df = readings()
    df[column] = df[column].astype(object)
    df.loc[11, column] = value
    problems = validate.check_ranges(df, SCHEMA)
    expect_equal(len(problems), 1, what=f"range problems when {column} holds {value!r} ({names(problems)})")
    expect_true(mentions(problems, column), f"the problem names {column}: {names(problems)}")


def test_ranges_skip_gaps_and_text():
    df = readings()
    df["celsius"] = df["celsius"].astype(object)
    df.loc[[1, 2], "celsius"] = [np.nan, "n/a"]
    df.loc[[3], "mode"] = None
    expect_equal(validate.check_ranges(df, SCHEMA), [], what="range problems for missing values and text (other checks report those)")


def test_unique_flags_repeats_but_not_gaps():
    df = readings()
    expect_equal(validate.check_unique(df, SCHEMA), [], what="uniqueness problems for distinct ids")
    df["reading_id"] = df["reading_id"].astype(float)
    df.loc[[0, 1], "reading_id"] = np.nan
    expect_equal(validate.check_unique(df, SCHEMA), [], what="uniqueness problems for two missing ids")
    df.loc[20, "reading_id"] = df.loc[30, "reading_id"]
    problems = validate.check_unique(df, SCHEMA)
    expect_equal(len(problems), 1, what=f"uniqueness problems for one repeated id ({names(problems)})")
    expect_true(mentions(problems, "reading_id"), f"the problem names reading_id: {names(problems)}")
    only_sensor = {"sensor_id": {"type": "str", "unique": True}}
    expect_true(validate.check_unique(df, only_sensor) != [], "a repeated value is found in any column marked unique")


def test_freshness_depends_on_now_only():
    df = readings(n=8)                          # newest taken_at: 2026-08-01T01:45:00Z
    limit = 6
    for now, fresh in [("2026-08-01T07:45:00Z", True), ("2026-08-01T07:46:00Z", False), ("2026-08-03T00:00:00Z", False)]:
        problems = validate.check_freshness(df, "taken_at", limit, pd.Timestamp(now))
        expect_equal(problems == [], fresh, what=f"data fresh at {now} with a {limit} h limit ({names(problems)})")


def test_freshness_compares_instants_not_text():
    df = pd.DataFrame({"taken_at": ["2026-08-01T01:00:00+05:00", "2026-08-01T00:00:00+00:00"]})
    # the first is 2026-07-31T20:00Z, the second 2026-08-01T00:00Z, the newest although its text sorts first
    problems = validate.check_freshness(df, "taken_at", 3, pd.Timestamp("2026-08-01T02:30:00Z"))
    expect_equal(problems, [], what="freshness problems when the newest row is 2.5 h old, written with another UTC offset")


def test_freshness_flags_future_rows():
    df = readings(n=8)
    df.loc[3, "taken_at"] = "2026-08-09T00:00:00Z"
    problems = validate.check_freshness(df, "taken_at", 24, pd.Timestamp("2026-08-01T03:00:00Z"))
    expect_true(problems != [], "a timestamp after now is a problem (clock skew, a bad parse)")


def test_freshness_accepts_datetime_now():
    from datetime import datetime, timezone
    df = readings(n=8)
    expect_equal(validate.check_freshness(df, "taken_at", 2, datetime(2026, 8, 1, 3, 0, tzinfo=timezone.utc)), [],
                 what="freshness problems with now as a datetime.datetime")
