"""Fixtures for the data tests in this folder.

- `data`: the dataset as a DataFrame, read from the file named by the environment variable
  MLOPS_LAB_DATA, or from params.yaml's data.path (data/train.csv) when it is not set.
- `params`, `schema`, `freshness`: params.yaml and its two sections.
- `now`: the moment freshness is judged at, a timezone-aware pandas Timestamp: MLOPS_LAB_NOW if set,
  else params.yaml's freshness.now, else the real clock.
"""

import os
from pathlib import Path

import pandas as pd
import pytest
import yaml

LAB = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def params():
    with open(LAB / "params.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture(scope="session")
def schema(params):
    return params["schema"]


@pytest.fixture(scope="session")
def freshness(params):
    return params["freshness"]


@pytest.fixture(scope="session")
def data(params):
    path = os.environ.get("MLOPS_LAB_DATA") or LAB / params["data"]["path"]
    return pd.read_csv(path)


@pytest.fixture(scope="session")
def now(freshness):
    text = os.environ.get("MLOPS_LAB_NOW") or freshness.get("now")
    if not text:
        return pd.Timestamp.now(tz="UTC")
    stamp = pd.Timestamp(text)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
