"""Quality gate: exit 1 when a metric in metrics.json is below its threshold."""

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--metrics", default="metrics.json")
    parser.add_argument("--min-accuracy", type=float, required=True)
    parser.add_argument("--min-f1", type=float, default=0.0)
    args = parser.parse_args()

    metrics = json.loads(Path(args.metrics).read_text())
    failures = []
    if metrics["accuracy"] < args.min_accuracy:
        failures.append(f"accuracy {metrics['accuracy']:.3f} < {args.min_accuracy}")
    if metrics["f1"] < args.min_f1:
        failures.append(f"f1 {metrics['f1']:.3f} < {args.min_f1}")
    for f in failures:
        print(f"quality gate failed: {f}", file=sys.stderr)
    if not failures:
        print("quality gate passed:", json.dumps(metrics))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
