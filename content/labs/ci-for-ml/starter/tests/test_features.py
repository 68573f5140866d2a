import pandas as pd

from src.features import FEATURES, build_features


def make_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "tenure_months": [0, 10],
            "monthly_charges": [50.0, 20.0],
            "support_calls": [1, 0],
            "contract": ["month-to-month", "two-year"],
        }
    )


def test_columns_in_model_order():
    assert list(build_features(make_rows()).columns) == FEATURES


def test_first_month_does_not_divide_by_zero():
    out = build_features(make_rows())
    assert out.loc[0, "charges_per_month_of_tenure"] == 50.0


def test_contract_is_one_hot():
    out = build_features(make_rows())
    assert out.loc[1, "contract_two-year"] == 1
    assert out.loc[1, "contract_month-to-month"] == 0
