"""Train a gradient-boosting churn classifier.

Usage: python src/train.py <prepared dir> <model path> [--n-estimators N]
Hyperparameters come from the `train` section of params.yaml.
"""
import argparse
import pickle
from pathlib import Path

import pandas as pd
import yaml
from sklearn.ensemble import GradientBoostingClassifier

FEATURES = ["tenure_months", "monthly_charges", "support_tickets", "contract"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("prepared")
    parser.add_argument("model")
    parser.add_argument("--n-estimators", type=int, help="override params.yaml (for quick local tries)")
    args = parser.parse_args()

    params = yaml.safe_load(Path("params.yaml").read_text())["train"]
    n_estimators = args.n_estimators or params["n_estimators"]

    train = pd.read_csv(Path(args.prepared) / "train.csv")
    model = GradientBoostingClassifier(
        n_estimators=n_estimators,
        learning_rate=params["learning_rate"],
        max_depth=params["max_depth"],
        random_state=params["seed"],
    )
    model.fit(train[FEATURES], train["churned"])

    Path(args.model).parent.mkdir(parents=True, exist_ok=True)
    with open(args.model, "wb") as f:
        pickle.dump(model, f)


if __name__ == "__main__":
    main()
