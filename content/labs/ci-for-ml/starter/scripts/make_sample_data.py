"""Write data/sample.csv: synthetic churn data, the same every run (fixed seed).

Churn is likelier for short tenure, high monthly charges, many support calls and
month-to-month contracts, with noise so that no model is perfect.
Run: python scripts/make_sample_data.py [--rows 400] [--out data/sample.csv]
"""

import argparse
import csv
import math
import random
from pathlib import Path

CONTRACTS = ["month-to-month", "one-year", "two-year"]
CONTRACT_RISK = {"month-to-month": 1.2, "one-year": -0.4, "two-year": -1.4}


def make_rows(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        contract = rng.choices(CONTRACTS, weights=[5, 3, 2])[0]
        tenure = rng.randint(0, 72)
        charges = round(rng.uniform(20.0, 120.0), 1)
        calls = min(9, int(rng.expovariate(0.6)))
        score = 1.1 - 0.06 * tenure + 0.02 * (charges - 70) + 0.45 * calls + CONTRACT_RISK[contract]
        score += rng.gauss(0.0, 0.5)
        churned = 1 if 1 / (1 + math.exp(-score)) > 0.5 else 0
        rows.append(
            {
                "customer_id": f"C{i + 1:04d}",
                "tenure_months": tenure,
                "monthly_charges": charges,
                "support_calls": calls,
                "contract": contract,
                "churned": churned,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="data/sample.csv")
    args = parser.parse_args()
    rows = make_rows(args.rows, args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {out} ({sum(r['churned'] for r in rows)} churned)")


if __name__ == "__main__":
    main()
