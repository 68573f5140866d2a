"""Evaluate the trained model on the test split and write metrics as JSON.

Usage: python src/evaluate.py <model path> <prepared dir> <metrics.json>
"""
import json
import pickle
import sys
from pathlib import Path

import pandas as pd
import yaml
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

FEATURES = ["tenure_months", "monthly_charges", "support_tickets", "contract"]


def main(model_path: str, prepared: str, metrics_path: str) -> None:
    threshold = yaml.safe_load(Path("params.yaml").read_text())["evaluate"]["threshold"]
    with open(model_path, "rb") as f:
        model = pickle.load(f)
    test = pd.read_csv(Path(prepared) / "test.csv")
    proba = model.predict_proba(test[FEATURES])[:, 1]
    predicted = (proba >= threshold).astype(int)
    metrics = {
        "accuracy": accuracy_score(test["churned"], predicted),
        "f1": f1_score(test["churned"], predicted, zero_division=0),
        "roc_auc": roc_auc_score(test["churned"], proba),
    }
    Path(metrics_path).parent.mkdir(parents=True, exist_ok=True)
    Path(metrics_path).write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
