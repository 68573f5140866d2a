"""Held-back tests of detect-drift: generated data with known shifts, plus the edge cases."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import yaml
from scipy import stats

from mlops_lab_expect import expect_close, expect_equal, expect_true

import drift

BASE = {
    "psi": {"bins": 10, "epsilon": 0.0001, "threshold": 0.2},
    "ks": {"alpha": 0.01},
    "chi2": {"alpha": 0.01},
    "missing": {"max_increase": 0.05},
    "categorical": [],
    "ignore": [],
}


def params(**changes):
    p = json.loads(json.dumps(BASE))
    for key, value in changes.items():
        p[key] = value
    return p


def write_params(path, p):
    path.write_text(yaml.safe_dump({"drift": p}))
    return str(path)


def run_main(argv):
    try:
        return drift.main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)


def reference_psi(expected, actual, bins, epsilon, floor=False):
    """PSI written independently: searchsorted on the inner quantile edges.

    floor=False adds epsilon to every share; floor=True replaces shares below epsilon by epsilon
    (the other common convention, also accepted)."""
    e = np.asarray(expected, float)
    a = np.asarray(actual, float)
    e, a = e[~np.isnan(e)], a[~np.isnan(a)]
    edges = np.unique(np.quantile(e, np.linspace(0, 1, bins + 1)[1:-1]))
    e_share = np.bincount(np.searchsorted(edges, e, side="right"), minlength=edges.size + 1) / e.size
    a_share = np.bincount(np.searchsorted(edges, a, side="right"), minlength=edges.size + 1) / a.size
    if floor:
        e_share, a_share = np.maximum(e_share, epsilon), np.maximum(a_share, epsilon)
    else:
        e_share, a_share = e_share + epsilon, a_share + epsilon
    return float(np.sum((a_share - e_share) * np.log(a_share / e_share)))


def psi_tolerance(expected):
    return max(2e-3, 0.01 * abs(expected))


def expect_psi(actual, reference, current, bins, epsilon, what):
    """actual must match PSI with epsilon added to every share, or with shares floored at epsilon."""
    expect_true(actual is not None and math.isfinite(actual), f"{what} is a finite number (got {actual})")
    added = reference_psi(reference, current, bins, epsilon)
    floored = reference_psi(reference, current, bins, epsilon, floor=True)
    expected = floored if abs(actual - floored) < abs(actual - added) else added
    expect_close(actual, expected, tol=psi_tolerance(expected), what=what)


# ---------------------------------------------------------------- PSI

@pytest.mark.parametrize("seed", [11, 12, 13])
def test_psi_zero_for_identical_windows(seed):
    rng = np.random.default_rng(seed)
    values = rng.gamma(2.0, 3.0, 700 + 100 * seed)
    expect_close(drift.psi(values, values.copy()), 0.0, tol=1e-9, what="PSI of a window against itself")
    shuffled = rng.permutation(values)
    expect_close(drift.psi(values, shuffled), 0.0, tol=1e-9, what="PSI against the same values in another order")


@pytest.mark.parametrize("seed,shift,scale", [(21, 0.3, 1.0), (22, 0.0, 1.6), (23, -0.8, 0.7), (24, 0.05, 1.0)])
def test_psi_matches_reference_quantile_bins(seed, shift, scale):
    rng = np.random.default_rng(seed)
    reference = rng.normal(10, 2, 1500)
    current = rng.normal(10 + 2 * shift, 2 * scale, 900)
    expect_psi(drift.psi(reference, current, bins=10, epsilon=1e-4), reference, current, 10, 1e-4,
               "PSI with 10 bins at the reference's deciles")


@pytest.mark.parametrize("bins", [4, 20])
def test_psi_uses_bins_parameter(bins):
    rng = np.random.default_rng(30 + bins)
    reference = rng.exponential(1.0, 2000)
    current = rng.exponential(1.3, 1000)
    expect_psi(drift.psi(reference, current, bins=bins, epsilon=1e-4), reference, current, bins, 1e-4, f"PSI with bins={bins}")


def test_psi_empty_bins_use_epsilon():
    rng = np.random.default_rng(41)
    reference = rng.uniform(0, 1, 1000)
    current = rng.uniform(-3, -2, 400)           # everything falls in the lowest bin
    for epsilon in (1e-4, 1e-2):
        expect_psi(drift.psi(reference, current, bins=10, epsilon=epsilon), reference, current, 10, epsilon,
                   f"PSI with empty bins, epsilon={epsilon}")


# ---------------------------------------------------------------- KS and chi-square

@pytest.mark.parametrize("seed", [51, 52])
def test_ks_matches_scipy(seed):
    rng = np.random.default_rng(seed)
    reference = rng.lognormal(0, 0.5, 600)
    current = rng.lognormal(0.1 * (seed - 50), 0.5, 450)
    result = stats.ks_2samp(reference, current)
    statistic, p_value = drift.ks_test(reference, current)
    expect_close(statistic, result.statistic, tol=1e-9, what="KS statistic")
    expect_close(p_value, result.pvalue, tol=1e-9, what="KS p-value")
    with_nan = np.concatenate([reference, [np.nan] * 30])
    statistic, p_value = drift.ks_test(with_nan, current)
    expect_close(p_value, result.pvalue, tol=1e-9, what="KS p-value when the reference also holds NaN (dropped)")


def test_chi_square_matches_contingency_table():
    rng = np.random.default_rng(61)
    reference = rng.choice(["a", "b", "c"], 900, p=[0.5, 0.3, 0.2])
    current = np.concatenate([rng.choice(["a", "b", "c"], 380, p=[0.45, 0.35, 0.2]), ["z"] * 20])
    table = np.array([[np.sum(reference == k) for k in "abcz"], [np.sum(current == k) for k in "abcz"]])
    chi2, p, _, _ = stats.chi2_contingency(table)
    statistic, p_value = drift.chi_square(list(reference), list(current))
    expect_close(statistic, chi2, tol=1e-6, what="chi-square statistic over categories of both windows")
    expect_close(p_value, p, tol=1e-9, what="chi-square p-value")
    same = drift.chi_square(["x"] * 50, ["x"] * 30)
    expect_close(same[1], 1.0, tol=1e-9, what="p-value when both windows hold one and the same category")


def test_new_categories_listed():
    reference = pd.Series(["eu", "us", "us", None, "apac"])
    current = pd.Series(["us", "latam", "eu", "mena", None, "latam"])
    expect_equal(drift.new_categories(reference, current), ["latam", "mena"], what="new categories")
    expect_equal(drift.new_categories(current, current), [], what="new categories of a window against itself")
    rng = np.random.default_rng(62)
    ref = pd.DataFrame({"channel": rng.choice(["web", "app"], 500)})
    cur = pd.DataFrame({"channel": np.concatenate([rng.choice(["web", "app"], 240), ["kiosk"] * 60])})
    entry = drift.detect(ref, cur, params())["columns"]["channel"]
    expect_equal(entry["new_categories"], ["kiosk"], what="report entry new_categories")
    expect_equal(entry["drift"], True, what="drift of a column where a new category holds 20% of the rows")


# ---------------------------------------------------------------- edge cases

def test_constant_column_same_value():
    reference = pd.DataFrame({"version": [3.0] * 400})
    current = pd.DataFrame({"version": [3.0] * 150})
    entry = drift.detect(reference, current, params())["columns"]["version"]
    expect_close(entry["psi"], 0.0, tol=1e-9, what="PSI of a constant column that stayed constant")
    expect_equal(entry["drift"], False, what="drift of a constant column that stayed constant")


def test_constant_column_that_changes():
    reference = pd.DataFrame({"version": [3.0] * 400})
    current = pd.DataFrame({"version": [3.0] * 50 + [4.0] * 100})
    entry = drift.detect(reference, current, params())["columns"]["version"]
    expect_true(entry["psi"] is not None and math.isfinite(entry["psi"]) and entry["psi"] >= 0,
                f"PSI of a constant column is a finite number (got {entry['psi']})")
    expect_equal(entry["drift"], True, what="drift of a constant column whose value changed for 2/3 of the rows")
    expect_psi(drift.psi([7.0] * 100, [1.0] * 100), [7.0] * 100, [1.0] * 100, 10, 1e-4,
               "PSI of a constant reference (7.0) against a window of 1.0")


def test_nan_values_are_dropped():
    rng = np.random.default_rng(71)
    reference = rng.normal(0, 1, 1000)
    current = rng.normal(0.4, 1, 600)
    clean = drift.psi(reference, current)
    holes = current.copy()
    holes[::10] = np.nan
    actual = drift.psi(np.concatenate([reference, [np.nan] * 50]), holes)
    expect_psi(actual, reference, holes, 10, 1e-4, "PSI computed on the non-NaN values")
    expect_true(abs(clean - actual) < 0.1, "dropping 10% of the values at random barely moves PSI")


def test_missing_share_increase_flags_drift():
    rng = np.random.default_rng(72)
    values = rng.normal(100, 15, 1000)
    current = rng.normal(100, 15, 500)
    current[:100] = np.nan   # 20% missing, was 0%
    report = drift.detect(pd.DataFrame({"income": values}), pd.DataFrame({"income": current}), params())
    entry = report["columns"]["income"]
    expect_close(entry["missing_reference"], 0.0, tol=1e-9, what="missing_reference")
    expect_close(entry["missing_current"], 0.2, tol=1e-9, what="missing_current")
    expect_equal(entry["drift"], True, what="drift when the missing share grows from 0% to 20%")
    relaxed = drift.detect(pd.DataFrame({"income": values}), pd.DataFrame({"income": current}),
                           params(missing={"max_increase": 0.5}))
    expect_equal(relaxed["columns"]["income"]["drift"], False, what="drift with missing.max_increase 0.5")


def test_all_missing_current_column():
    rng = np.random.default_rng(73)
    reference = pd.DataFrame({"income": rng.normal(0, 1, 300), "plan": rng.choice(["a", "b"], 300)})
    current = pd.DataFrame({"income": [np.nan] * 120, "plan": [None] * 120})
    report = drift.detect(reference, current, params())
    for name in ("income", "plan"):
        entry = report["columns"][name]
        expect_close(entry["missing_current"], 1.0, tol=1e-9, what=f"{name}: missing_current")
        expect_equal(entry["drift"], True, what=f"{name}: drift of a column that arrives empty")
    expect_equal(report["columns"]["income"]["psi"], None, what="PSI of a column with no values (None, not NaN)")
    expect_equal(report["columns"]["plan"]["chi2_pvalue"], None, what="chi-square p-value of a column with no values")


# ---------------------------------------------------------------- whole report

def mixed_windows(seed):
    rng = np.random.default_rng(seed)
    n_ref, n_cur = 1200, 600
    reference = pd.DataFrame({
        "user_id": np.arange(n_ref),
        "income": rng.lognormal(10, 0.4, n_ref),
        "age": rng.normal(40, 11, n_ref),
        "tenure": rng.exponential(24, n_ref),
        "device": rng.choice(["ios", "android", "web"], n_ref, p=[0.3, 0.3, 0.4]),
        "store": rng.choice([1, 2, 3], n_ref, p=[0.5, 0.3, 0.2]),
    })
    current = pd.DataFrame({
        "user_id": np.arange(n_ref, n_ref + n_cur),
        "income": rng.lognormal(10.35, 0.4, n_cur),                               # shifted
        "age": rng.normal(40, 11, n_cur),                                         # stable
        "tenure": rng.exponential(24, n_cur),                                     # stable
        "device": rng.choice(["ios", "android", "web", "tv"], n_cur, p=[0.25, 0.25, 0.3, 0.2]),  # new "tv"
        "store": rng.choice([1, 2, 3], n_cur, p=[0.2, 0.3, 0.5]),                # shifted, numeric codes
    })
    return reference, current


@pytest.mark.parametrize("seed", [81, 82])
def test_detect_finds_known_shifts(seed):
    reference, current = mixed_windows(seed)
    p = params(categorical=["store"], ignore=["user_id"])
    report = drift.detect(reference, current, p)
    expect_equal(sorted(report["columns"]), ["age", "device", "income", "store", "tenure"], what="columns in the report")
    expect_equal(sorted(report["drifted_columns"]), ["device", "income", "store"], what="drifted columns")
    expect_equal(report["drift"], True, what="drift")
    expect_equal(report["reference_rows"], 1200, what="reference_rows")
    expect_equal(report["current_rows"], 600, what="current_rows")
    income = report["columns"]["income"]
    expect_psi(income["psi"], reference["income"], current["income"], 10, 1e-4, "income PSI")
    for name in ("age", "tenure"):
        entry = report["columns"][name]
        expect_equal(entry["drift"], False, what=f"{name}: drift of a column drawn from the same distribution")
        expect_equal(entry["reasons"], [], what=f"{name}: reasons")
    expect_true(len(income["reasons"]) >= 1, "a drifted column says why in reasons")


def test_thresholds_come_from_params():
    reference, current = mixed_windows(83)
    reference, current = reference[["income", "age"]], current[["income", "age"]]
    strict = drift.detect(reference, current, params(psi={"bins": 10, "epsilon": 1e-4, "threshold": 0.0001},
                                                      ks={"alpha": 0.999}))
    expect_equal(strict["drifted_columns"], ["income", "age"], what="drifted columns with psi.threshold 0.0001, ks.alpha 0.999")
    lax = drift.detect(reference, current, params(psi={"bins": 10, "epsilon": 1e-4, "threshold": 50}, ks={"alpha": 1e-300}))
    expect_equal(lax["drifted_columns"], [], what="drifted columns with psi.threshold 50, ks.alpha 1e-300")
    coarse = drift.detect(reference, current, params(psi={"bins": 4, "epsilon": 0.01, "threshold": 0.2}))
    expect_psi(coarse["columns"]["income"]["psi"], reference["income"], current["income"], 4, 0.01,
               "income PSI with psi.bins 4 and psi.epsilon 0.01 in params")
    cat_ref = pd.DataFrame({"plan": ["a"] * 300 + ["b"] * 300})
    cat_cur = pd.DataFrame({"plan": ["a"] * 160 + ["b"] * 140})
    loose = drift.detect(cat_ref, cat_cur, params(chi2={"alpha": 0.9}))
    expect_equal(loose["drift"], True, what="drift of a slightly moved category mix with chi2.alpha 0.9")
    tight = drift.detect(cat_ref, cat_cur, params(chi2={"alpha": 0.01}))
    expect_equal(tight["drift"], False, what="drift of the same windows with chi2.alpha 0.01")


def test_column_roles_come_from_params():
    reference, current = mixed_windows(84)
    report = drift.detect(reference, current, params(categorical=["store"], ignore=["user_id", "age"]))
    expect_equal("age" in report["columns"] or "user_id" in report["columns"], False, what="ignored columns in the report")
    expect_equal(report["columns"]["store"]["kind"], "categorical", what="kind of a numeric column listed as categorical")
    expect_true("chi2_pvalue" in report["columns"]["store"], "a categorical column reports chi2_pvalue")
    as_numbers = drift.detect(reference, current, params(ignore=["user_id"]))
    expect_equal(as_numbers["columns"]["store"]["kind"], "continuous", what="kind of the same column when params does not list it")


# ---------------------------------------------------------------- command line

def write_windows(tmp_path, reference, current):
    ref, cur = tmp_path / "ref.csv", tmp_path / "cur.csv"
    reference.to_csv(ref, index=False)
    current.to_csv(cur, index=False)
    return str(ref), str(cur)


def test_cli_module_writes_report(tmp_path):
    reference, current = mixed_windows(91)
    ref, cur = write_windows(tmp_path, reference, current)
    p = write_params(tmp_path / "p.yaml", params(categorical=["store"], ignore=["user_id"]))
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    proc = subprocess.run([sys.executable, "-m", "drift", "--reference", ref, "--current", cur, "--output", str(out),
                           "--params", p], cwd=os.getcwd(), capture_output=True, text=True, timeout=20)
    expect_equal(proc.returncode, 1, what=f"exit code of `python -m drift` on drifted data (stderr: {proc.stderr[-300:]!r})")
    expect_true(out.exists(), "the report is written to the --output path")
    report = json.loads(out.read_text(), parse_constant=lambda c: pytest.fail(f"the report holds {c}, which is not JSON"))
    expect_equal(sorted(report["drifted_columns"]), ["device", "income", "store"], what="drifted_columns in the report file")
    for key in ("drift", "drifted_columns", "reference_rows", "current_rows", "columns"):
        expect_true(key in report, f"the report has the key {key!r}")


def test_report_is_strict_json(tmp_path):
    reference = pd.DataFrame({"x": np.arange(200, dtype=float), "plan": ["a", "b"] * 100})
    current = pd.DataFrame({"x": [np.nan] * 50, "plan": [None] * 50})
    ref, cur = write_windows(tmp_path, reference, current)
    out = tmp_path / "report.json"
    code = run_main(["--reference", ref, "--current", cur, "--output", str(out), "--params", write_params(tmp_path / "p.yaml", params())])
    expect_equal(code, 1, what="exit code when columns arrive empty")
    report = json.loads(out.read_text(), parse_constant=lambda c: pytest.fail(f"the report holds {c}, which is not JSON: write null"))
    expect_equal(report["columns"]["x"]["psi"], None, what="psi of a column with no current values")


@pytest.mark.parametrize("seed,shift,expected", [(92, 0.0, 0), (93, 0.0, 0), (94, 0.6, 1)])
def test_exit_code_matches_drift(tmp_path, seed, shift, expected):
    rng = np.random.default_rng(seed)
    reference = pd.DataFrame({"a": rng.normal(0, 1, 800), "b": rng.choice(["x", "y"], 800)})
    current = pd.DataFrame({"a": rng.normal(shift, 1, 400), "b": rng.choice(["x", "y"], 400)})
    ref, cur = write_windows(tmp_path, reference, current)
    out = tmp_path / "report.json"
    code = run_main(["--reference", ref, "--current", cur, "--output", str(out), "--params", write_params(tmp_path / "p.yaml", params())])
    expect_equal(code, expected, what=f"exit code (shift {shift})")
    expect_equal(json.loads(out.read_text())["drift"], bool(expected), what="drift in the report")


@pytest.mark.parametrize("case", ["header-only current", "empty reference", "missing column", "no such file", "zero-byte file"])
def test_bad_input_exits_2(tmp_path, capsys, case):
    rng = np.random.default_rng(95)
    reference = pd.DataFrame({"a": rng.normal(0, 1, 300), "b": rng.choice(["x", "y"], 300)})
    current = reference.sample(frac=0.5, random_state=1)
    if case == "header-only current":
        current = current.head(0)
    elif case == "empty reference":
        reference = reference.head(0)
    elif case == "missing column":
        current = current.drop(columns=["b"])
    ref, cur = write_windows(tmp_path, reference, current)
    if case == "no such file":
        cur = str(tmp_path / "nowhere.csv")
    elif case == "zero-byte file":
        open(cur, "w").close()
    out = tmp_path / "report.json"
    code = run_main(["--reference", ref, "--current", cur, "--output", str(out), "--params", write_params(tmp_path / "p.yaml", params())])
    expect_equal(code, 2, what=f"exit code for bad input ({case})")
    expect_true(capsys.readouterr().err.strip() != "", f"a message on stderr says what is wrong ({case})")
