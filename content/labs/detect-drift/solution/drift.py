"""Drift check for one batch of feature data.

Compares a current window (for example yesterday's requests) with a reference window (the
training data) column by column, writes a JSON report and exits with a code CI can act on:

    python -m drift --reference data/reference.csv --current data/current.csv --output report.json

Exit codes: 0 no drift, 1 drift in at least one column, 2 bad input (nothing was compared).
Thresholds and column roles come from params.yaml (or the file given with --params).
"""

import argparse
import json
import math
import sys

import numpy as np
import pandas as pd
import yaml
from scipy import stats

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2


class BadInput(ValueError):
    """The inputs cannot be compared (empty window, missing column, unreadable file)."""


def load_params(path="params.yaml"):
    """The `drift:` section of the parameters file."""
    with open(path, encoding="utf-8") as f:
        params = yaml.safe_load(f) or {}
    if not isinstance(params.get("drift"), dict):
        raise BadInput(f"{path} has no 'drift:' section")
    return params["drift"]


def _values(sample):
    """A 1-D float array without NaN."""
    arr = np.asarray(pd.to_numeric(pd.Series(sample), errors="coerce"), dtype=float)
    return arr[~np.isnan(arr)]


def psi(reference, current, bins=10, epsilon=1e-4):
    """Population Stability Index of `current` against `reference`.

    Bin edges are the reference's quantiles at 1/bins ... (bins-1)/bins (duplicates dropped), and the
    outer bins are open, so every value lands in a bin. `epsilon` is added to every share so an empty
    bin gives a large but finite term instead of log(0).
    """
    ref = _values(reference)
    cur = _values(current)
    if ref.size == 0 or cur.size == 0:
        raise BadInput("PSI needs at least one value in each window")
    inner = np.quantile(ref, np.linspace(0.0, 1.0, int(bins) + 1)[1:-1])
    edges = np.concatenate(([-np.inf], np.unique(inner), [np.inf]))
    expected = np.histogram(ref, edges)[0] / ref.size + epsilon
    actual = np.histogram(cur, edges)[0] / cur.size + epsilon
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def ks_test(reference, current):
    """Two-sample Kolmogorov-Smirnov test: (statistic, p_value)."""
    ref = _values(reference)
    cur = _values(current)
    if ref.size == 0 or cur.size == 0:
        raise BadInput("the KS test needs at least one value in each window")
    result = stats.ks_2samp(ref, cur)
    return float(result.statistic), float(result.pvalue)


def _categories(sample):
    return pd.Series(sample).dropna().astype(str)


def new_categories(reference, current):
    """Categories of `current` that never occur in `reference`, sorted."""
    return sorted(set(_categories(current)) - set(_categories(reference)))


def chi_square(reference, current):
    """Chi-square test of homogeneity on the 2 x k table of category counts: (statistic, p_value).

    The table has one column per category seen in either window, so a category the reference never
    had is counted, not dropped.
    """
    ref = _categories(reference)
    cur = _categories(current)
    if ref.empty or cur.empty:
        raise BadInput("the chi-square test needs at least one value in each window")
    categories = sorted(set(ref) | set(cur))
    if len(categories) < 2:
        return 0.0, 1.0
    table = np.array([
        ref.value_counts().reindex(categories, fill_value=0).to_numpy(),
        cur.value_counts().reindex(categories, fill_value=0).to_numpy(),
    ])
    statistic, p_value, _, _ = stats.chi2_contingency(table)
    return float(statistic), float(p_value)


def column_kind(series, params):
    """'categorical' if params lists the column or its values are not numbers, else 'continuous'."""
    if series.name in (params.get("categorical") or []):
        return "categorical"
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        return "categorical"
    return "continuous"


def _finite(x):
    return None if x is None or not math.isfinite(x) else float(x)


def compare_column(reference, current, kind, params):
    """The report entry for one column."""
    missing_ref = float(reference.isna().mean()) if len(reference) else 0.0
    missing_cur = float(current.isna().mean()) if len(current) else 0.0
    entry = {
        "kind": kind,
        "missing_reference": round(missing_ref, 6),
        "missing_current": round(missing_cur, 6),
    }
    reasons = []
    max_increase = float(params["missing"]["max_increase"])
    if missing_cur - missing_ref > max_increase:
        reasons.append(f"missing share rose from {missing_ref:.3f} to {missing_cur:.3f} (more than {max_increase})")
    has_values = reference.notna().any() and current.notna().any()
    if kind == "continuous":
        entry.update(psi=None, ks_statistic=None, ks_pvalue=None)
        if has_values:
            cfg = params["psi"]
            value = psi(reference, current, bins=int(cfg["bins"]), epsilon=float(cfg["epsilon"]))
            ks_stat, ks_p = ks_test(reference, current)
            entry.update(psi=_finite(value), ks_statistic=_finite(ks_stat), ks_pvalue=_finite(ks_p))
            if value > float(cfg["threshold"]):
                reasons.append(f"PSI {value:.3f} above {cfg['threshold']}")
            if ks_p < float(params["ks"]["alpha"]):
                reasons.append(f"KS p-value {ks_p:.3g} below {params['ks']['alpha']}")
    else:
        entry.update(chi2_statistic=None, chi2_pvalue=None, new_categories=new_categories(reference, current))
        if has_values:
            chi2, chi2_p = chi_square(reference, current)
            entry.update(chi2_statistic=_finite(chi2), chi2_pvalue=_finite(chi2_p))
            if chi2_p < float(params["chi2"]["alpha"]):
                reasons.append(f"chi-square p-value {chi2_p:.3g} below {params['chi2']['alpha']}")
    entry["drift"] = bool(reasons)
    entry["reasons"] = reasons
    return entry


def detect(reference, current, params):
    """Compare two DataFrames column by column; the whole report as a dict."""
    if len(reference) == 0:
        raise BadInput("the reference window has no rows")
    if len(current) == 0:
        raise BadInput("the current window has no rows")
    ignore = set(params.get("ignore") or [])
    columns = [c for c in reference.columns if c not in ignore]
    missing = [c for c in columns if c not in current.columns]
    if missing:
        raise BadInput(f"the current window lacks column(s): {', '.join(missing)}")
    report_columns = {}
    for name in columns:
        kind = column_kind(reference[name], params)
        report_columns[name] = compare_column(reference[name], current[name], kind, params)
    drifted = [name for name, entry in report_columns.items() if entry["drift"]]
    return {
        "drift": bool(drifted),
        "drifted_columns": drifted,
        "reference_rows": int(len(reference)),
        "current_rows": int(len(current)),
        "columns": report_columns,
    }


def read_window(path):
    try:
        return pd.read_csv(path)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="python -m drift", description="Compare a current data window with a reference window.")
    parser.add_argument("--reference", required=True, help="CSV of the reference window (e.g. the training data)")
    parser.add_argument("--current", required=True, help="CSV of the window to check")
    parser.add_argument("--output", default="report.json", help="where to write the JSON report")
    parser.add_argument("--params", default="params.yaml", help="thresholds (default: params.yaml)")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        params = load_params(args.params)
        report = detect(read_window(args.reference), read_window(args.current), params)
    except (BadInput, OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        print(f"drift: bad input: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, allow_nan=False)
    if report["drift"]:
        print(f"drift in {', '.join(report['drifted_columns'])} (report: {args.output})")
        return EXIT_DRIFT
    print(f"no drift (report: {args.output})")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
