"""Feature engineering shared by training, evaluation and serving."""

import pandas as pd

CONTRACTS = ["month-to-month", "one-year", "two-year"]
FEATURES = [
    "tenure_months",
    "monthly_charges",
    "support_calls",
    "charges_per_month_of_tenure",
    *[f"contract_{c}" for c in CONTRACTS],
]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    """Turn raw customer rows into the model's numeric feature matrix."""
    out = pd.DataFrame(index=df.index)
    out["tenure_months"] = df["tenure_months"].astype(float)
    out["monthly_charges"] = df["monthly_charges"].astype(float)
    out["support_calls"] = df["support_calls"].astype(float)
    # +1 avoids dividing by zero for customers in their first month.
    out["charges_per_month_of_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    for contract in CONTRACTS:
        out[f"contract_{contract}"] = (df["contract"] == contract).astype(int)
    return out[FEATURES]
