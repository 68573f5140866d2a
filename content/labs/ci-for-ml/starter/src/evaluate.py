"""Evaluate the saved model on the held-out split and write metrics.json."""

import argparse
import json
from pathlib import Path

import joblib
import pandas as pd
import yaml
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split

from src.features import build_features


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--params", default="params.yaml")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    params = yaml.safe_load(Path(args.params).read_text())

    df = pd.read_csv(params["data"]["path"])
    X = build_features(df)
    y = df[params["data"]["target"]]
    _, X_test, _, y_test = train_test_split(
        X, y, test_size=params["data"]["test_size"], random_state=params["data"]["seed"], stratify=y
    )

    model = joblib.load(params["train"]["model_path"])
    pred = model.predict(X_test)
    metrics = {"accuracy": accuracy_score(y_test, pred), "f1": f1_score(y_test, pred)}

    out = Path(args.out or params["evaluate"]["metrics_path"])
    out.write_text(json.dumps(metrics, indent=2))
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
