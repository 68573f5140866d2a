"""Tests of validate.py's checks on small tables: run `python -m pytest test_validate.py`.

The grader runs these too, plus held-back tests with other schemas and edge cases, so write the
checks for any schema in the format of params.yaml, not for these tables.
"""

import pandas as pd

import validate

SCHEMA = {
    "order_id": {"type": "int", "required": True, "unique": True},
    "placed_at": {"type": "datetime", "required": True},
    "quantity": {"type": "int", "required": True, "min": 1, "max": 50},
    "price": {"type": "float", "required": True, "min": 0},
    "status": {"type": "str", "required": True, "allowed": ["open", "shipped", "returned"]},
    "coupon": {"type": "str", "required": False},
}


def orders():
    return pd.DataFrame({
        "order_id": [1, 2, 3, 4],
        "placed_at": ["2026-03-01T10:00:00Z", "2026-03-01T11:30:00Z", "2026-03-02T08:15:00Z", "2026-03-02T09:00:00Z"],
        "quantity": [1, 3, 50, 2],
        "price": [9.99, 0.0, 120.5, 15.0],
        "status": ["open", "shipped", "shipped", "returned"],
        "coupon": [None, "SPRING", None, None],
    })


def test_a_good_table_has_no_problems():
    df = orders()
    now = pd.Timestamp("2026-03-02T12:00:00Z")
    assert validate.check_columns(df, SCHEMA) == []
    assert validate.check_types(df, SCHEMA) == []
    assert validate.check_nulls(df, SCHEMA) == []
    assert validate.check_ranges(df, SCHEMA) == []
    assert validate.check_unique(df, SCHEMA) == []
    assert validate.check_freshness(df, "placed_at", 24, now) == []


def test_check_columns_names_the_missing_column():
    problems = validate.check_columns(orders().drop(columns=["status"]), SCHEMA)
    assert len(problems) == 1 and "status" in problems[0]


def test_check_types_flags_text_in_a_number_column():
    df = orders()
    df["price"] = ["9.99", "free", "120.5", "15"]
    problems = validate.check_types(df, SCHEMA)
    assert len(problems) == 1 and "price" in problems[0]


def test_check_nulls_flags_required_column_only():
    df = orders()
    df.loc[2, "status"] = None
    problems = validate.check_nulls(df, SCHEMA)
    assert len(problems) == 1 and "status" in problems[0]   # coupon's gaps are allowed


def test_check_ranges_flags_values_outside_limits():
    df = orders()
    df.loc[0, "quantity"] = 0
    df.loc[1, "status"] = "lost"
    problems = validate.check_ranges(df, SCHEMA)
    assert len(problems) == 2
    assert any("quantity" in p for p in problems) and any("status" in p for p in problems)


def test_check_unique_flags_repeated_id():
    df = orders()
    df.loc[3, "order_id"] = 1
    problems = validate.check_unique(df, SCHEMA)
    assert len(problems) == 1 and "order_id" in problems[0]


def test_check_freshness_uses_the_given_now():
    df = orders()
    assert validate.check_freshness(df, "placed_at", 24, pd.Timestamp("2026-03-02T12:00:00Z")) == []
    assert validate.check_freshness(df, "placed_at", 24, pd.Timestamp("2026-03-05T12:00:00Z")) != []
