"""Runs several pytest sessions for MLOps Lab from one Python start.

Importing pandas and scipy takes most of a small test run. This driver imports them once, then forks
one child per run, so each pytest session starts with them already loaded. Where fork is missing
(Windows) each run is a separate process instead.

Usage: python -m mlops_lab_driver PLAN.json
PLAN: {"preload": [module, ...], "runs": [{"args": [...], "env": {name: value or null}, "out": path}, ...]}
Each run's stdout and stderr go to its "out" file; its exit code is written to "out" + ".code".
"""

import importlib
import json
import os
import subprocess
import sys


def _child_env(run):
    env = dict(os.environ)
    for key, value in run.get("env", {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def _write_code(run, code):
    with open(run["out"] + ".code", "w", encoding="utf-8") as f:
        f.write(str(code))


def _run_forked(run):
    pid = os.fork()
    if pid:
        return pid
    code = 3
    try:
        fd = os.open(run["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        sys.stdout = os.fdopen(1, "w", encoding="utf-8", errors="replace", closefd=False)
        sys.stderr = sys.stdout
        os.environ.clear()
        os.environ.update(_child_env(run))
        import pytest

        code = int(pytest.main(run["args"]))
        sys.stdout.flush()
    except BaseException as e:  # a child must never return into the parent's loop
        try:
            print(f"mlops_lab_driver: {type(e).__name__}: {e}", flush=True)
        except BaseException:
            pass
    finally:
        try:
            _write_code(run, code)
        finally:
            os._exit(code)


def main(plan_path):
    with open(plan_path, encoding="utf-8") as f:
        plan = json.load(f)
    runs = plan["runs"]
    if not hasattr(os, "fork"):
        for run in runs:
            with open(run["out"], "w", encoding="utf-8") as out:
                code = subprocess.call([sys.executable, "-m", "pytest", *run["args"]], stdout=out, stderr=subprocess.STDOUT, env=_child_env(run))
            _write_code(run, code)
        return 0
    for name in plan.get("preload", []):
        try:
            importlib.import_module(name)
        except Exception:  # a missing package shows up in the run itself, with pytest's message
            pass
    sys.stdout.flush()
    sys.stderr.flush()
    limit = max(1, min(len(runs), os.cpu_count() or 1))
    pending = list(runs)
    running = {}
    while pending or running:
        while pending and len(running) < limit:
            run = pending.pop(0)
            running[_run_forked(run)] = run
        pid, _ = os.wait()
        running.pop(pid, None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
