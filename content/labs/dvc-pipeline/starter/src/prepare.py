"""Split the raw churn data into train and test sets.

Usage: python src/prepare.py <raw.csv> <output dir>
"""
import sys
from pathlib import Path

import pandas as pd
import yaml
from sklearn.model_selection import train_test_split


def main(raw_path: str, out_dir: str) -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["prepare"]
    df = pd.read_csv(raw_path)
    df["contract"] = df["contract"].map({"monthly": 0, "yearly": 1, "two_year": 2})
    train, test = train_test_split(
        df, test_size=params["test_size"], random_state=params["seed"], stratify=df["churned"]
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train.to_csv(out / "train.csv", index=False)
    test.to_csv(out / "test.csv", index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
