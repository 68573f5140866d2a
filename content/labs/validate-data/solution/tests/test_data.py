"""Tests of the dataset itself (requirement 7).

Run them with `python -m pytest tests` from the lab folder. They check data/train.csv, or the file
named by MLOPS_LAB_DATA:

    MLOPS_LAB_DATA=some/other.csv python -m pytest tests
"""

import validate


def test_dataset_has_rows(data):
    assert len(data) > 0, "the dataset has no rows"


def test_schema_columns_present(data, schema):
    problems = validate.check_columns(data, schema)
    assert problems == [], "\n".join(problems)


def test_column_types(data, schema):
    problems = validate.check_types(data, schema)
    assert problems == [], "\n".join(problems)


def test_required_columns_have_no_nulls(data, schema):
    problems = validate.check_nulls(data, schema)
    assert problems == [], "\n".join(problems)


def test_values_in_range(data, schema):
    problems = validate.check_ranges(data, schema)
    assert problems == [], "\n".join(problems)


def test_ids_are_unique(data, schema):
    problems = validate.check_unique(data, schema)
    assert problems == [], "\n".join(problems)


def test_data_is_fresh(data, freshness, now):
    problems = validate.check_freshness(data, freshness["column"], freshness["max_age_hours"], now)
    assert problems == [], "\n".join(problems)
