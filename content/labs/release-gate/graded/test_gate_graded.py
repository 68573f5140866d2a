"""Held-back tests of release-gate: generated holdouts, decisions checked against independent numbers."""

import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
import yaml

from mlops_lab_expect import expect_close, expect_equal, expect_true

import gate


def params(**changes):
    p = {"metric": "auc", "threshold": 0.5, "min_gain": 0.01, "max_slice_drop": 0.02, "min_slice_rows": 50}
    p.update(changes)
    return p


def run_main(argv):
    try:
        return gate.main(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)


def pair_auc(labels, scores):
    """AUC by counting every (positive, negative) pair: 1 if ordered right, 1/2 if tied."""
    y = np.asarray(labels)
    s = np.asarray(scores, float)
    pos, neg = s[y == 1], s[y == 0]
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0).sum() + 0.5 * (diff == 0).sum()) / diff.size)


def holdout(seed, segments, positive_rate=0.3):
    """segments: name -> (rows, champion noise, challenger noise); less noise ranks better."""
    rng = np.random.default_rng(seed)
    parts = []
    for name, (n, champion_noise, challenger_noise) in segments.items():
        label = (rng.random(n) < positive_rate).astype(int)
        signal = np.where(label == 1, 1.0, -1.0) + rng.normal(0, 1, n)
        parts.append(pd.DataFrame({
            "label": label, "segment": name,
            "champion_score": np.round(1 / (1 + np.exp(-(signal + rng.normal(0, champion_noise, n)))), 4),
            "challenger_score": np.round(1 / (1 + np.exp(-(signal + rng.normal(0, challenger_noise, n)))), 4),
        }))
    df = pd.concat(parts, ignore_index=True).sample(frac=1.0, random_state=seed).reset_index(drop=True)
    df.insert(0, "id", [f"r{i}" for i in range(len(df))])
    return df


def truth(df, metric="auc", threshold=0.5):
    def m(rows, model):
        if metric == "auc":
            return pair_auc(rows["label"], rows[f"{model}_score"])
        return float(((rows[f"{model}_score"] >= threshold).astype(int) == rows["label"]).mean())
    overall = {k: m(df, k) for k in ("champion", "challenger")}
    slices = {}
    for name, rows in df.groupby("segment"):
        try:
            slices[name] = {"rows": len(rows), **{k: m(rows, k) for k in ("champion", "challenger")}}
        except ZeroDivisionError:
            slices[name] = {"rows": len(rows), "champion": None, "challenger": None}
    return overall, slices


# ---------------------------------------------------------------- metrics

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_auc_matches_pair_counting(seed):
    rng = np.random.default_rng(seed)
    n = 300 + 100 * seed
    labels = (rng.random(n) < 0.2 + 0.1 * seed).astype(int)
    scores = rng.random(n) * 0.6 + labels * rng.random(n) * 0.5
    expect_close(gate.auc(labels, scores), pair_auc(labels, scores), tol=1e-9, what="AUC")
    expect_close(gate.auc(list(labels), list(scores)), pair_auc(labels, scores), tol=1e-9, what="AUC from plain lists")


def test_auc_counts_ties_as_half():
    rng = np.random.default_rng(4)
    labels = (rng.random(500) < 0.4).astype(int)
    scores = np.round(rng.random(500) * 0.7 + labels * 0.3, 1)     # only 11 distinct values: many ties
    expect_close(gate.auc(labels, scores), pair_auc(labels, scores), tol=1e-9, what="AUC with tied scores")
    expect_close(gate.auc([1, 0, 1, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3]), 0.5, tol=1e-9, what="AUC when every score is tied")
    expect_close(gate.auc(pd.Series([1, 0, 0]), pd.Series([0.4, 0.4, 0.1])), 0.75, tol=1e-9, what="AUC of one tied pair and one ordered pair")


def test_auc_needs_both_labels():
    for labels in ([1, 1, 1], [0, 0]):
        with pytest.raises(ValueError):
            gate.auc(labels, [0.2] * len(labels))


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.8])
def test_accuracy_matches_count(threshold):
    rng = np.random.default_rng(5)
    labels = (rng.random(200) < 0.5).astype(int)
    scores = np.round(rng.random(200), 2)
    scores[:5] = threshold                                          # on the threshold: predicted 1
    expected = float(((scores >= threshold).astype(int) == labels).mean())
    expect_close(gate.accuracy(labels, scores, threshold), expected, tol=1e-12, what=f"accuracy at threshold {threshold}")


# ---------------------------------------------------------------- decision rules

@pytest.mark.parametrize("seed", [11, 12])
def test_gain_must_reach_min_gain(seed):
    df = holdout(seed, {"a": (700, 1.3, 0.9), "b": (700, 1.3, 0.9)})
    overall, _ = truth(df)
    gain = overall["challenger"] - overall["champion"]
    lenient = gate.evaluate(df, params(min_gain=gain - 0.005, max_slice_drop=1.0))
    expect_close(lenient["overall"]["gain"], gain, tol=1e-3, what="overall gain (challenger - champion)")
    expect_equal(lenient["decision"], "promote", what=f"decision with gain {gain:.4f} and min_gain {gain - 0.005:.4f}")
    strict = gate.evaluate(df, params(min_gain=gain + 0.005, max_slice_drop=1.0))
    expect_equal(strict["decision"], "reject", what=f"decision with gain {gain:.4f} and min_gain {gain + 0.005:.4f}")
    expect_true(any("gain" in r or "min" in r for r in strict["reasons"]), f"a reason mentions the gain: {strict['reasons']}")


def test_slice_regression_is_named():
    df = holdout(21, {"north": (900, 1.6, 0.4), "south": (900, 1.6, 0.4), "east": (300, 0.5, 1.6), "west": (300, 0.5, 1.6)})
    result = gate.evaluate(df, params())
    overall, _ = truth(df)
    expect_true(overall["challenger"] - overall["champion"] > 0.05, "the challenger wins overall in this holdout")
    expect_equal(result["decision"], "reject", what="decision when two segments regress")
    for name in ("east", "west"):
        expect_equal(result["slices"][name]["status"], "regressed", what=f"status of {name}")
        expect_true(any(name in r for r in result["reasons"]), f"a reason names the regressed segment {name}: {result['reasons']}")
    for name in ("north", "south"):
        expect_equal(result["slices"][name]["status"], "ok", what=f"status of {name}")


def test_slice_drop_within_margin_is_allowed():
    df = holdout(22, {"big": (1200, 1.5, 0.6), "small": (400, 1.0, 1.15)})
    _, slices = truth(df)
    drop = slices["small"]["champion"] - slices["small"]["challenger"]
    expect_true(drop > 0, "the challenger is slightly worse on segment small in this holdout")
    allowed = gate.evaluate(df, params(max_slice_drop=drop + 0.005))
    expect_equal(allowed["slices"]["small"]["status"], "ok", what=f"status of a segment dropping {drop:.4f} with max_slice_drop {drop + 0.005:.4f}")
    expect_equal(allowed["decision"], "promote", what="decision")
    blocked = gate.evaluate(df, params(max_slice_drop=drop - 0.005))
    expect_equal(blocked["slices"]["small"]["status"], "regressed", what=f"status with max_slice_drop {drop - 0.005:.4f}")
    expect_equal(blocked["decision"], "reject", what="decision")


def test_small_or_single_class_slices_are_skipped():
    df = holdout(23, {"main": (1500, 1.4, 0.7), "tiny": (20, 0.3, 2.5)})
    one_class = pd.DataFrame({"id": [f"x{i}" for i in range(80)], "label": 0, "segment": "trial",
                              "champion_score": np.linspace(0.01, 0.4, 80), "challenger_score": np.linspace(0.4, 0.01, 80)})
    df = pd.concat([df, one_class], ignore_index=True)
    result = gate.evaluate(df, params())
    tiny, trial = result["slices"]["tiny"], result["slices"]["trial"]
    expect_equal(tiny["status"], "skipped", what="status of a 20-row segment with min_slice_rows 50")
    expect_equal(tiny["rows"], 20, what="rows of segment tiny")
    expect_equal(trial["status"], "skipped", what="status of a segment with a single label (AUC undefined)")
    expect_equal(trial["challenger"], None, what="challenger AUC of a single-label segment")
    expect_equal(result["decision"], "promote", what="decision: skipped segments do not block a release")
    gated = gate.evaluate(df, params(min_slice_rows=10))
    expect_equal(gated["slices"]["tiny"]["status"], "regressed", what="status of segment tiny once min_slice_rows is 10")


def test_slice_numbers_in_report():
    df = holdout(24, {"web": (500, 1.2, 0.8), "ios": (350, 0.9, 1.0), "android": (420, 1.0, 0.7), "kiosk": (30, 1.0, 1.0)})
    overall, slices = truth(df)
    result = gate.evaluate(df, params())
    expect_equal(result["metric"], "auc", what="metric")
    expect_equal(result["overall"]["rows"], len(df), what="overall rows")
    for model in ("champion", "challenger"):
        expect_close(result["overall"][model], overall[model], tol=1e-9, what=f"overall {model} AUC")
    expect_equal(sorted(result["slices"]), ["android", "ios", "kiosk", "web"], what="segments in the report")
    for name, numbers in slices.items():
        entry = result["slices"][name]
        expect_equal(entry["rows"], numbers["rows"], what=f"{name} rows")
        for model in ("champion", "challenger"):
            expect_close(entry[model], numbers[model], tol=1e-9, what=f"{name} {model} AUC")
        expect_close(entry["delta"], numbers["challenger"] - numbers["champion"], tol=1e-9, what=f"{name} delta (challenger - champion)")
        expect_true(entry["status"] in ("ok", "regressed", "skipped"), f"{name} status is ok, regressed or skipped")
    expect_true(isinstance(result["reasons"], list) and all(isinstance(r, str) for r in result["reasons"]) and result["reasons"],
                "reasons is a non-empty list of sentences")


def test_thresholds_come_from_params():
    df = holdout(31, {"a": (1000, 1.5, 0.5), "b": (500, 0.6, 1.3)})
    overall, slices = truth(df)
    gain = overall["challenger"] - overall["champion"]
    drop = slices["b"]["champion"] - slices["b"]["challenger"]
    expect_true(gain > 0.01 and drop > 0.02, "this holdout: the challenger wins overall and loses segment b")
    expect_equal(gate.evaluate(df, params())["decision"], "reject", what="decision with max_slice_drop 0.02")
    expect_equal(gate.evaluate(df, params(max_slice_drop=drop + 0.01))["decision"], "promote",
                 what=f"decision with max_slice_drop {drop + 0.01:.3f}")
    expect_equal(gate.evaluate(df, params(max_slice_drop=1.0, min_gain=gain + 0.01))["decision"], "reject",
                 what=f"decision with min_gain {gain + 0.01:.3f}")
    expect_equal(gate.evaluate(df, params(min_slice_rows=700, max_slice_drop=0.02))["slices"]["b"]["status"], "skipped",
                 what="status of a 500-row segment with min_slice_rows 700")


def test_accuracy_metric_from_params():
    df = holdout(32, {"a": (600, 1.0, 0.6), "b": (600, 1.0, 0.6)})
    for threshold in (0.4, 0.6):
        overall, slices = truth(df, "accuracy", threshold)
        result = gate.evaluate(df, params(metric="accuracy", threshold=threshold))
        expect_equal(result["metric"], "accuracy", what="metric")
        expect_close(result["overall"]["challenger"], overall["challenger"], tol=1e-12, what=f"overall challenger accuracy at {threshold}")
        expect_close(result["slices"]["a"]["champion"], slices["a"]["champion"], tol=1e-12, what=f"segment a champion accuracy at {threshold}")


# ---------------------------------------------------------------- command line

def write_inputs(tmp_path, df, p):
    predictions, params_file = tmp_path / "predictions.csv", tmp_path / "params.yaml"
    df.to_csv(predictions, index=False)
    params_file.write_text(yaml.safe_dump({"gate": p}))
    return str(predictions), str(params_file)


def test_cli_module_writes_gate_json(tmp_path):
    df = holdout(41, {"web": (900, 1.5, 0.5), "app": (300, 0.5, 1.5)})    # wins overall, loses app
    predictions, params_file = write_inputs(tmp_path, df, params())
    out = tmp_path / "ci" / "gate.json"
    out.parent.mkdir()
    proc = subprocess.run([sys.executable, "-m", "gate", "--predictions", predictions, "--params", params_file, "--output", str(out)],
                          cwd=os.getcwd(), capture_output=True, text=True, timeout=20)
    expect_equal(proc.returncode, 1, what=f"exit code of `python -m gate` for a rejected challenger (stderr: {proc.stderr[-300:]!r})")
    expect_true(out.exists(), "gate.json is written to the --output path")
    result = json.loads(out.read_text(), parse_constant=lambda c: pytest.fail(f"gate.json holds {c}, which is not JSON"))
    expect_equal(result["decision"], "reject", what="decision in gate.json")
    expect_equal(result["slices"]["app"]["status"], "regressed", what="status of segment app in gate.json")
    for key in ("decision", "metric", "reasons", "overall", "slices"):
        expect_true(key in result, f"gate.json has the key {key!r}")


@pytest.mark.parametrize("seed,segments,code", [
    (42, {"web": (900, 1.5, 0.5)}, 0),
    (43, {"web": (900, 0.9, 1.2)}, 1),
    (44, {"web": (900, 1.5, 0.5), "app": (300, 0.5, 1.5)}, 1),
])
def test_exit_code_follows_decision(tmp_path, seed, segments, code):
    predictions, params_file = write_inputs(tmp_path, holdout(seed, segments), params())
    out = tmp_path / "gate.json"
    expect_equal(run_main(["--predictions", predictions, "--params", params_file, "--output", str(out)]), code, what="exit code")
    expect_equal(json.loads(out.read_text())["decision"], "promote" if code == 0 else "reject", what="decision in gate.json")


BAD = ["no such file", "missing column", "no rows", "missing score", "label 2", "score above 1", "text score", "repeated id", "one label only"]


@pytest.mark.parametrize("case", BAD)
def test_bad_predictions_exit_2(tmp_path, capsys, case):
    df = holdout(45, {"web": (200, 1.2, 0.8), "app": (200, 1.2, 0.8)})
    if case == "missing column":
        df = df.drop(columns=["segment"])
    elif case == "no rows":
        df = df.head(0)
    elif case == "missing score":
        df.loc[7, "champion_score"] = np.nan
    elif case == "label 2":
        df.loc[3, "label"] = 2
    elif case == "score above 1":
        df.loc[9, "challenger_score"] = 1.7
    elif case == "text score":
        df["challenger_score"] = df["challenger_score"].astype(object)
        df.loc[9, "challenger_score"] = "n/a"
    elif case == "repeated id":
        df.loc[10, "id"] = df.loc[11, "id"]
    elif case == "one label only":
        df["label"] = 0
    predictions, params_file = write_inputs(tmp_path, df, params())
    if case == "no such file":
        predictions = str(tmp_path / "missing.csv")
    out = tmp_path / "gate.json"
    expect_equal(run_main(["--predictions", predictions, "--params", params_file, "--output", str(out)]), 2, what=f"exit code ({case})")
    expect_true(out.exists(), f"gate.json is written even for bad input ({case})")
    result = json.loads(out.read_text())
    expect_equal(result.get("decision"), "error", what=f"decision in gate.json ({case})")
    expect_true(bool(result.get("reasons")), f"gate.json gives the reason ({case})")
    expect_true(capsys.readouterr().err.strip() != "", f"a message on stderr says what is wrong ({case})")
