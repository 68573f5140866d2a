"""Quality gate: exit 1 when a metric in the metrics file is below its threshold.

The thresholds live in params.yaml (evaluate.min_accuracy, evaluate.min_f1), the one
place the team agrees on them; command-line options override them for an experiment.
"""

import argparse
import json
import sys
from pathlib import Path

import yaml


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--params", default="params.yaml")
    parser.add_argument("--metrics", default=None, help="default: evaluate.metrics_path in params.yaml")
    parser.add_argument("--min-accuracy", type=float, default=None)
    parser.add_argument("--min-f1", type=float, default=None)
    args = parser.parse_args()

    evaluate = yaml.safe_load(Path(args.params).read_text())["evaluate"]
    min_accuracy = args.min_accuracy if args.min_accuracy is not None else float(evaluate["min_accuracy"])
    min_f1 = args.min_f1 if args.min_f1 is not None else float(evaluate.get("min_f1", 0.0))
    metrics = json.loads(Path(args.metrics or evaluate["metrics_path"]).read_text())

    failures = []
    if metrics["accuracy"] < min_accuracy:
        failures.append(f"accuracy {metrics['accuracy']:.3f} < {min_accuracy}")
    if metrics["f1"] < min_f1:
        failures.append(f"f1 {metrics['f1']:.3f} < {min_f1}")
    for f in failures:
        print(f"quality gate failed: {f}", file=sys.stderr)
    if not failures:
        print(f"quality gate passed (min accuracy {min_accuracy}, min f1 {min_f1}):", json.dumps(metrics))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
