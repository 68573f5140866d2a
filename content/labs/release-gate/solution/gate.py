"""Release gate: should the challenger model replace the champion?

Scores both models on the same holdout predictions, overall and per segment, and writes the
decision to gate.json for the CI job that promotes (or not) the challenger:

    python -m gate --predictions data/holdout_predictions.csv --output gate.json

Exit codes: 0 promote, 1 reject, 2 bad input (no decision could be made).
The metric, the minimum gain and the per-segment guardrail come from params.yaml (or --params).
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
    """ROC AUC: the probability that a random positive scores above a random negative (ties count 1/2).

    Computed from ranks: (sum of the positives' ranks - n_pos (n_pos + 1) / 2) / (n_pos * n_neg),
    with tied scores sharing their average rank. Undefined (ValueError) unless both classes occur.
    """
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=float)
    n_pos = int((y == 1).sum())
    n_neg = int((y == 0).sum())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("AUC needs at least one positive and one negative label")
    ranks = stats.rankdata(s)
    return float((ranks[y == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def accuracy(labels, scores, threshold=0.5):
    """Share of rows where (score >= threshold) equals the label."""
    y = np.asarray(labels, dtype=int)
    s = np.asarray(scores, dtype=float)
    if y.size == 0:
        raise ValueError("accuracy needs at least one row")
    return float(((s >= threshold).astype(int) == y).mean())


def metric_value(labels, scores, params):
    """The gate's metric (params["metric"]: auc or accuracy) of one model on some rows."""
    name = params["metric"]
    if name == "auc":
        return auc(labels, scores)
    if name == "accuracy":
        return accuracy(labels, scores, float(params["threshold"]))
    raise BadInput(f"unknown metric {name!r} (use auc or accuracy)")


def read_predictions(path):
    """The holdout predictions, checked: BadInput unless every row can be scored."""
    try:
        df = pd.read_csv(path)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise BadInput(f"{path} lacks column(s): {', '.join(missing)}")
    if df.empty:
        raise BadInput(f"{path} has no rows")
    gaps = [c for c in COLUMNS if df[c].isna().any()]
    if gaps:
        raise BadInput(f"missing values in: {', '.join(gaps)}")
    if not df["label"].isin([0, 1]).all():
        raise BadInput("label must be 0 or 1 on every row")
    for column in ("champion_score", "challenger_score"):
        values = pd.to_numeric(df[column], errors="coerce")
        if values.isna().any() or not values.between(0, 1).all():
            raise BadInput(f"{column} must be a number between 0 and 1 on every row")
        df[column] = values
    if df["id"].duplicated().any():
        raise BadInput("id repeats: each holdout row must appear once")
    df["label"] = df["label"].astype(int)
    df["segment"] = df["segment"].astype(str)
    if df["label"].nunique() < 2:
        raise BadInput("the holdout needs both labels (0 and 1) to compare the models")
    return df


def _both(df, params):
    return {m: metric_value(df["label"], df[f"{m}_score"], params) for m in MODELS}


def evaluate(df, params):
    """The gate's decision and the numbers behind it, as the dict written to gate.json."""
    metric = params["metric"]
    min_gain = float(params["min_gain"])
    max_drop = float(params["max_slice_drop"])
    min_rows = int(params["min_slice_rows"])

    overall = _both(df, params)
    gain = overall["challenger"] - overall["champion"]
    reasons = []
    if gain < min_gain:
        reasons.append(f"overall {metric} gain {gain:+.4f} is below the minimum {min_gain}")

    slices = {}
    for name, rows in df.groupby("segment", sort=True):
        entry = {"rows": int(len(rows)), "champion": None, "challenger": None, "delta": None}
        try:
            values = _both(rows, params)
        except ValueError:
            values = None
        if values is not None:
            entry.update(champion=values["champion"], challenger=values["challenger"],
                         delta=values["challenger"] - values["champion"])
        if values is None:
            entry.update(status="skipped", reason=f"{metric} is undefined on this segment (one class only)")
        elif len(rows) < min_rows:
            entry.update(status="skipped", reason=f"{len(rows)} rows, fewer than min_slice_rows {min_rows}")
        elif entry["delta"] < -max_drop:
            entry["status"] = "regressed"
            reasons.append(f"segment {name}: {metric} drops by {-entry['delta']:.4f}, more than {max_drop}")
        else:
            entry["status"] = "ok"
        slices[str(name)] = entry

    decision = "reject" if reasons else "promote"
    if not reasons:
        reasons.append(f"overall {metric} gain {gain:+.4f} >= {min_gain} and no segment drops by more than {max_drop}")
    return {
        "decision": decision,
        "metric": metric,
        "reasons": reasons,
        "overall": {"rows": int(len(df)), "champion": overall["champion"], "challenger": overall["challenger"], "gain": gain},
        "slices": slices,
    }


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="python -m gate", description="Decide whether the challenger replaces the champion.")
    parser.add_argument("--predictions", default="data/holdout_predictions.csv", help="holdout predictions of both models (CSV)")
    parser.add_argument("--params", default="params.yaml", help="gate settings (default: params.yaml)")
    parser.add_argument("--output", default="gate.json", help="where to write the decision (default: gate.json)")
    return parser.parse_args(argv)


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, allow_nan=False)


def main(argv=None):
    args = parse_args(argv)
    try:
        params = load_params(args.params)
        for key in ("metric", "min_gain", "max_slice_drop", "min_slice_rows"):
            if key not in params:
                raise BadInput(f"{args.params}: gate.{key} is not set")
        result = evaluate(read_predictions(args.predictions), params)
    except (BadInput, OSError, yaml.YAMLError) as exc:
        print(f"gate: bad input: {exc}", file=sys.stderr)
        write_json(args.output, {"decision": "error", "reasons": [str(exc)]})
        return EXIT_BAD_INPUT
    write_json(args.output, result)
    print(f"{result['decision']}: {'; '.join(result['reasons'])}")
    return EXIT_PROMOTE if result["decision"] == "promote" else EXIT_REJECT


if __name__ == "__main__":
    sys.exit(main())
