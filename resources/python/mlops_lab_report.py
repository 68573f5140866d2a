"""A pytest plugin that writes the JSON report MLOps Lab reads: one entry per test.

Loaded with ``-p mlops_lab_report``; the report goes to the path in $MLOPS_LAB_REPORT.
For a failure it records the message, the expected/actual pair when the test raised
``mlops_lab_expect.ExpectationFailed``, and the deepest traceback frame inside the learner's
folder (the current directory), so the editor can point at the learner's line.
"""

import json
import os
import traceback

import pytest

_ROOT = os.path.realpath(os.getcwd())
_tests = {}
_collect_errors = []


def _learner_frame(tb):
    found = None
    for frame in traceback.extract_tb(tb):
        path = os.path.realpath(frame.filename)
        if path.startswith(_ROOT + os.sep):
            found = {"file": os.path.relpath(path, _ROOT).replace(os.sep, "/"), "line": frame.lineno}
    return found


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if call.excinfo is None or not report.failed:
        return
    exc = call.excinfo.value
    text = "".join(traceback.format_exception_only(call.excinfo.type, exc)).strip()
    report.mlops_lab = {
        "message": text[:4000],
        "location": _learner_frame(call.excinfo.tb),
        "expected": getattr(exc, "expected", None) if hasattr(exc, "actual") else None,
        "actual": getattr(exc, "actual", None) if hasattr(exc, "expected") else None,
    }


def pytest_runtest_logreport(report):
    entry = _tests.setdefault(report.nodeid, {"nodeid": report.nodeid, "outcome": "passed", "duration": 0.0})
    entry["duration"] += float(getattr(report, "duration", 0.0) or 0.0)
    if report.failed:
        if entry["outcome"] in ("failed", "error"):
            return  # keep the first failure (a teardown error after a failed call adds nothing)
        entry["outcome"] = "failed" if report.when == "call" else "error"
        extra = getattr(report, "mlops_lab", None) or {}
        entry["message"] = extra.get("message") or str(report.longreprtext)[-4000:]
        for key in ("location", "expected", "actual"):
            if extra.get(key) is not None:
                entry[key] = extra[key]
        entry["output"] = str(report.longreprtext)[-8000:]
    elif report.skipped and entry["outcome"] == "passed":
        entry["outcome"] = "skipped"


def pytest_collectreport(report):
    if report.failed:
        _collect_errors.append({"nodeid": report.nodeid, "message": str(report.longreprtext)[-8000:]})


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("MLOPS_LAB_REPORT")
    if not path:
        return
    data = {"version": 1, "exitstatus": int(exitstatus), "tests": list(_tests.values()), "collectErrors": _collect_errors}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
