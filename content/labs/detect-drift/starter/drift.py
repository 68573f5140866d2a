"""Drift check for one batch of feature data.

Compares a current window (for example yesterday's requests) with a reference window (the
training data) column by column, writes a JSON report and exits with a code CI can act on:

    python -m drift --reference data/reference.csv --current data/current.csv --output report.json

Exit codes: 0 no drift, 1 drift in at least one column, 2 bad input (nothing was compared).
Thresholds and column roles come from params.yaml (or the file given with --params).

The functions marked TODO are yours; the numbers in comments refer to the requirements in the lab panel.
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


def psi(reference, current, bins=10, epsilon=1e-4):
    """Population Stability Index of `current` against `reference` (requirements 1 and 2).

    - NaN values are dropped from both samples first; a sample left empty raises BadInput.
    - Bin edges: the reference's quantiles at 1/bins, 2/bins, ..., (bins-1)/bins (numpy's default
      interpolation), duplicates dropped, with -inf and +inf as the outer edges, so every value lands
      in a bin and a constant reference still gives two bins. A value equal to an edge belongs to the
      bin on its right, as with np.histogram.
    - Shares: count / sample size, plus `epsilon` on every share, then
      PSI = sum((actual - expected) * ln(actual / expected)).
    """
    # TODO
    raise NotImplementedError("psi: see requirements 1 and 2")


def ks_test(reference, current):
    """Two-sample Kolmogorov-Smirnov test on the non-NaN values: (statistic, p_value) as floats (requirement 3)."""
    # TODO: scipy.stats.ks_2samp
    raise NotImplementedError("ks_test: see requirement 3")


def new_categories(reference, current):
    """Categories (as strings) that occur in `current` but never in `reference`, sorted (requirement 4)."""
    # TODO
    raise NotImplementedError("new_categories: see requirement 4")


def chi_square(reference, current):
    """Chi-square test of homogeneity on category counts: (statistic, p_value) as floats (requirement 4).

    One row per window, one column per category seen in EITHER window (compare values as strings,
    ignore NaN), then scipy.stats.chi2_contingency with its defaults. Fewer than two categories in
    total: return (0.0, 1.0).
    """
    # TODO
    raise NotImplementedError("chi_square: see requirement 4")


def column_kind(series, params):
    """'categorical' if params lists the column or its values are not numbers, else 'continuous'."""
    if series.name in (params.get("categorical") or []):
        return "categorical"
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        return "categorical"
    return "continuous"


def compare_column(reference, current, kind, params):
    """The report entry for one column (requirements 5 and 6): a dict with the keys

    kind, missing_reference, missing_current, drift (bool), reasons (list of strings), and
      continuous:  psi, ks_statistic, ks_pvalue
      categorical: chi2_statistic, chi2_pvalue, new_categories
    A statistic that cannot be computed (a window with no values in this column) is None.
    """
    # TODO
    raise NotImplementedError("compare_column: see requirements 5 and 6")


def detect(reference, current, params):
    """Compare two DataFrames column by column and return the whole report (requirements 6 and 7)."""
    # TODO
    raise NotImplementedError("detect: see requirements 6 and 7")


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
    """Run the check from the command line and return the exit code (requirements 8 and 9)."""
    args = parse_args(argv)
    # TODO: load the params, read both windows, call detect(), write the report to args.output
    # and return EXIT_OK, EXIT_DRIFT or EXIT_BAD_INPUT.
    raise NotImplementedError("main: see requirements 8 and 9")


if __name__ == "__main__":
    sys.exit(main())
