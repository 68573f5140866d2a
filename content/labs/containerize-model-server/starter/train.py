"""Train the churn model and export it as JSON for the server.

    pip install -r requirements-train.txt
    python train.py

Writes models/model.json: feature names, standardisation statistics,
logistic-regression coefficients and intercept.
"""
import json
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split

FEATURES = ["tenure_months", "monthly_charges", "support_tickets"]


def main() -> None:
    params = yaml.safe_load(Path("params.yaml").read_text())["train"]
    df = pd.read_csv("data/sample.csv")
    X, y = df[FEATURES], df["churned"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=params["test_size"], random_state=params["random_state"], stratify=y
    )

    means, stds = X_train.mean(), X_train.std(ddof=0).replace(0, 1)
    clf = LogisticRegression(C=params["C"], max_iter=params["max_iter"])
    clf.fit((X_train - means) / stds, y_train)

    scores = clf.predict_proba((X_test - means) / stds)[:, 1]
    metrics = {
        "accuracy": round(accuracy_score(y_test, scores >= params["threshold"]), 4),
        "roc_auc": round(roc_auc_score(y_test, scores), 4) if y_test.nunique() > 1 else None,
    }

    model = {
        # a UTC timestamp to the second: unlike "<date>.1", a second training on the
        # same day gets a new version instead of overwriting the first one's name
        "version": datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        "algorithm": "logistic_regression",
        "features": FEATURES,
        "means": [round(float(v), 4) for v in means],
        "stds": [round(float(v), 4) for v in stds],
        "coefficients": [round(float(v), 4) for v in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), 4),
        "threshold": params["threshold"],
        "metrics": metrics,
        "trained_on": "data/sample.csv",
    }
    Path("models").mkdir(exist_ok=True)
    Path("models/model.json").write_text(json.dumps(model, indent=2) + "\n")
    print(f"wrote models/model.json {metrics}")


if __name__ == "__main__":
    main()
