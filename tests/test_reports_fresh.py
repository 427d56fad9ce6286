"""reports/ must match what the current code produces from sources/ (regenerate with
``python scripts/make_reports.py``)."""

from __future__ import annotations

import importlib.util
import os

import pytest
from conftest import REPO


def _make_reports():
    spec = importlib.util.spec_from_file_location(
        "make_reports", REPO / "scripts" / "make_reports.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_pair_has_fresh_reports(monkeypatch):
    module = _make_reports()
    monkeypatch.chdir(REPO)
    expected = module.expected_reports(REPO / "sources")
    assert len(module.pairs(REPO / "sources")) >= 2, "sources/ needs at least two article pairs"
    stale = module.stale_reports(REPO / "reports", expected)
    if stale:
        pytest.fail(
            f"stale reports: {', '.join(sorted(stale))}; run: python scripts/make_reports.py"
        )
    assert os.listdir(REPO / "reports")
