"""Fail (exit 1) when the training data does not match the expected schema."""

import sys

import pandas as pd

EXPECTED = {
    "customer_id": "object",
    "tenure_months": "int64",
    "monthly_charges": "float64",
    "support_calls": "int64",
    "contract": "object",
    "churned": "int64",
}
CONTRACTS = {"month-to-month", "one-year", "two-year"}


def validate(df: pd.DataFrame) -> list[str]:
    errors = []
    for column, dtype in EXPECTED.items():
        if column not in df.columns:
            errors.append(f"missing column {column}")
        elif str(df[column].dtype) != dtype:
            errors.append(f"{column} has dtype {df[column].dtype}, expected {dtype}")
    if errors:
        return errors
    if df.isna().any().any():
        errors.append("missing values: " + ", ".join(df.columns[df.isna().any()]))
    if (df["tenure_months"] < 0).any():
        errors.append("negative tenure_months")
    if not set(df["contract"]).issubset(CONTRACTS):
        errors.append(f"unknown contract types: {set(df['contract']) - CONTRACTS}")
    if not set(df["churned"]).issubset({0, 1}):
        errors.append("churned must be 0 or 1")
    if df["customer_id"].duplicated().any():
        errors.append("duplicate customer_id")
    return errors


if __name__ == "__main__":
    path = sys.argv[1] if len(sys.argv) > 1 else "data/sample.csv"
    problems = validate(pd.read_csv(path))
    for p in problems:
        print(f"data error: {p}", file=sys.stderr)
    sys.exit(1 if problems else 0)
