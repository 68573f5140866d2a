"""Release gate: should the challenger model replace the champion?

Scores both models on the same holdout predictions, overall and per segment, and writes the
decision to gate.json for the CI job that promotes (or not) the challenger:

    python -m gate --predictions data/holdout_predictions.csv --output gate.json

Exit codes: 0 promote, 1 reject, 2 bad input (no decision could be made).
The metric, the minimum gain and the per-segment guardrail come from params.yaml (or --params).

The functions marked TODO are yours; the numbers refer to the requirements in the lab panel.
"""

import argparse
import json
import math
import sys

import numpy as np
import pandas as pd
import yaml
from scipy import stats

EXIT_PROMOTE = 0
EXIT_REJECT = 1
EXIT_BAD_INPUT = 2

COLUMNS = ["id", "label", "segment", "champion_score", "challenger_score"]
MODELS = ["champion", "challenger"]


class BadInput(ValueError):
    """The predictions or parameters do not allow a decision."""


def load_params(path="params.yaml"):
    with open(path, encoding="utf-8") as f:
        params = yaml.safe_load(f) or {}
    if not isinstance(params.get("gate"), dict):
        raise BadInput(f"{path} has no 'gate:' section")
    return params["gate"]


def auc(labels, scores):
    """Requirement 1: ROC AUC, the probability that a random positive scores above a random
    negative, ties counting 1/2. Raise ValueError unless both labels occur."""
    # TODO
    raise NotImplementedError("auc: see requirement 1")


def accuracy(labels, scores, threshold=0.5):
    """Requirement 2: share of rows where (score >= threshold) equals the label."""
    # TODO
    raise NotImplementedError("accuracy: see requirement 2")


def metric_value(labels, scores, params):
    """The gate's metric (params["metric"]: auc or accuracy) of one model on some rows."""
    name = params["metric"]
    if name == "auc":
        return auc(labels, scores)
    if name == "accuracy":
        return accuracy(labels, scores, float(params["threshold"]))
    raise BadInput(f"unknown metric {name!r} (use auc or accuracy)")


def read_predictions(path):
    """Requirement 7: the holdout predictions as a DataFrame; BadInput unless every row can be scored."""
    # TODO: also check what can be wrong with the file, not only read it
    return pd.read_csv(path)


def evaluate(df, params):
    """Requirements 3 to 6: the decision and the numbers behind it, as the dict written to gate.json."""
    # TODO
    raise NotImplementedError("evaluate: see requirements 3 to 6")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="python -m gate", description="Decide whether the challenger replaces the champion.")
    parser.add_argument("--predictions", default="data/holdout_predictions.csv", help="holdout predictions of both models (CSV)")
    parser.add_argument("--params", default="params.yaml", help="gate settings (default: params.yaml)")
    parser.add_argument("--output", default="gate.json", help="where to write the decision (default: gate.json)")
    return parser.parse_args(argv)


def main(argv=None):
    """Requirements 6 and 7: write gate.json and return the exit code."""
    args = parse_args(argv)
    # TODO: load the params, read and check the predictions, evaluate, write args.output and
    # return EXIT_PROMOTE, EXIT_REJECT or EXIT_BAD_INPUT.
    raise NotImplementedError("main: see requirements 6 and 7")


if __name__ == "__main__":
    sys.exit(main())
