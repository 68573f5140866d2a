"""Tests you can read and run: `python -m pytest` in this folder.

The grader runs these too, plus held-back tests on other generated data and edge cases, so make
drift.py right in general rather than right for these numbers.
"""

import json

import numpy as np
import pandas as pd
import pytest

import drift

PARAMS = """\
drift:
  psi: {bins: 10, epsilon: 0.0001, threshold: 0.2}
  ks: {alpha: 0.01}
  chi2: {alpha: 0.01}
  missing: {max_increase: 0.05}
  categorical: []
  ignore: [id]
"""


def run_main(argv):
    """drift.main(argv) as an exit code, whether main returns it or calls sys.exit."""
    try:
        return drift.main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)


def windows(seed, shift):
    rng = np.random.default_rng(seed)
    reference = pd.DataFrame({
        "id": np.arange(1000),
        "spend": rng.normal(50, 10, 1000),
        "plan": rng.choice(["basic", "premium"], 1000, p=[0.7, 0.3]),
    })
    current = pd.DataFrame({
        "id": np.arange(1000, 1500),
        "spend": rng.normal(50 + shift, 10, 500),
        "plan": rng.choice(["basic", "premium"], 500, p=[0.7, 0.3]),
    })
    return reference, current


def test_psi_same_window_is_zero():
    values = np.random.default_rng(1).normal(0, 1, 2000)
    assert drift.psi(values, values) == pytest.approx(0.0, abs=1e-9)


def test_psi_large_for_shifted_window():
    rng = np.random.default_rng(2)
    reference = rng.normal(0, 1, 2000)
    shifted = rng.normal(1, 1, 2000)   # the mean moved by one standard deviation
    assert drift.psi(reference, shifted) > 0.25


def test_psi_finite_when_current_leaves_reference_range():
    rng = np.random.default_rng(3)
    reference = rng.uniform(0, 1, 1000)
    current = rng.uniform(5, 6, 300)   # every value beyond the reference's top bin: most bins are empty
    value = drift.psi(reference, current, bins=10, epsilon=1e-4)
    assert np.isfinite(value) and value > 1.0


def test_ks_flags_shift():
    rng = np.random.default_rng(4)
    statistic, p_value = drift.ks_test(rng.normal(0, 1, 800), rng.normal(0.5, 1, 800))
    assert 0.0 < statistic <= 1.0
    assert p_value < 0.01


def test_chi_square_flags_new_category():
    reference = ["basic"] * 600 + ["premium"] * 400
    current = ["basic"] * 300 + ["premium"] * 200 + ["family"] * 100   # "family" is new
    statistic, p_value = drift.chi_square(reference, current)
    assert np.isfinite(statistic) and p_value < 0.01
    assert drift.new_categories(reference, current) == ["family"]


def test_detect_reports_drifted_column(tmp_path):
    reference, current = windows(seed=5, shift=8)
    params = drift.load_params(_write(tmp_path / "params.yaml", PARAMS))
    report = drift.detect(reference, current, params)
    assert report["drift"] is True
    assert report["drifted_columns"] == ["spend"]
    assert set(report["columns"]) == {"spend", "plan"}   # "id" is ignored
    assert report["columns"]["spend"]["kind"] == "continuous"
    assert report["columns"]["plan"]["kind"] == "categorical"


def test_cli_exit_codes(tmp_path):
    params = _write(tmp_path / "params.yaml", PARAMS)
    for shift, expected in [(0, 0), (8, 1)]:
        reference, current = windows(seed=6, shift=shift)
        reference.to_csv(tmp_path / "ref.csv", index=False)
        current.to_csv(tmp_path / "cur.csv", index=False)
        out = tmp_path / f"report-{shift}.json"
        code = run_main(["--reference", str(tmp_path / "ref.csv"), "--current", str(tmp_path / "cur.csv"),
                         "--output", str(out), "--params", params])
        assert code == expected, f"shift {shift}: exit code"
        assert json.loads(out.read_text())["drift"] is bool(expected)


def test_cli_bad_input_exit_2(tmp_path):
    params = _write(tmp_path / "params.yaml", PARAMS)
    reference, _ = windows(seed=7, shift=0)
    reference.to_csv(tmp_path / "ref.csv", index=False)
    reference.head(0).to_csv(tmp_path / "empty.csv", index=False)   # header only: an empty window
    code = run_main(["--reference", str(tmp_path / "ref.csv"), "--current", str(tmp_path / "empty.csv"),
                     "--output", str(tmp_path / "report.json"), "--params", params])
    assert code == 2


def _write(path, text):
    path.write_text(text)
    return str(path)
