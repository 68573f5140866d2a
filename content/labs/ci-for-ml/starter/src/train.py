"""Train the churn model and save it to models/."""

import argparse
from pathlib import Path

import joblib
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

from src.features import build_features


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args()
    params = yaml.safe_load(Path(args.params).read_text())

    df = pd.read_csv(params["data"]["path"])
    X = build_features(df)
    y = df[params["data"]["target"]]
    X_train, _, y_train, _ = train_test_split(
        X, y, test_size=params["data"]["test_size"], random_state=params["data"]["seed"], stratify=y
    )

    model = RandomForestClassifier(
        n_estimators=params["train"]["n_estimators"],
        max_depth=params["train"]["max_depth"],
        random_state=params["data"]["seed"],
    )
    model.fit(X_train, y_train)

    model_path = Path(params["train"]["model_path"])
    model_path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, model_path)
    print(f"saved {model_path}")


if __name__ == "__main__":
    main()
