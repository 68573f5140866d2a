"""Tests of the dataset itself (requirement 7).

Run them with `python -m pytest tests` from the lab folder. They check data/train.csv, or the file
named by MLOPS_LAB_DATA:

    MLOPS_LAB_DATA=some/other.csv python -m pytest tests

Use the fixtures of conftest.py (`data`, `schema`, `freshness`, `now`) rather than reading a file
yourself: the grader runs these tests on other datasets by setting MLOPS_LAB_DATA.
"""

import validate


def test_dataset_has_rows(data):
    assert len(data) > 0, "the dataset has no rows"


# TODO: one test per check in validate.py. Put the problems in the assertion message so a failure
# says what is wrong, for example:
#
# def test_schema_columns_present(data, schema):
#     problems = validate.check_columns(data, schema)
#     assert problems == [], "\n".join(problems)
