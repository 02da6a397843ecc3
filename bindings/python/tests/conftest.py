"""Shared fixtures of the Python binding's suite.

The suite runs against the INSTALLED package (ctest installs it with
`pip install ./bindings/python`); the repository is only read for the shared
conformance vectors, sample policies and .env files.
"""
from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(os.environ.get("DAYONE_SOURCE_DIR") or pathlib.Path(__file__).resolve().parents[3])
CONFORMANCE = ROOT / "tests" / "conformance"

# A launch-ready environment for the default policy (the conformance suite's values).
GOOD_ENV = {
    "SECRET_KEY": "xi4DS+tPoZTbWu1F7ixZo4DACmwjM7a/8A6VHkV6KXc=",
    "DATABASE_URL": "postgresql://app@db.dayone-test.internal:5432/app",
    "INTEGRATION_ENCRYPTION_KEY": "21l9t2cDEcgP7680o4w/YCKebmRq3d/krr5M5iXAQrM=",
}


@pytest.fixture
def good_env() -> dict:
    return dict(GOOD_ENV)


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT
