"""Shared test settings: hypothesis without deadlines (CI machines are slow and shared) and the
location of the real seed articles, which live outside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
SEED_A = SEEDS / "000_f284241b54f2231f.txt"
SEED_B = SEEDS / "004_5941de8c49e8f993.txt"

settings.register_profile("reconcile", deadline=None, derandomize=True, max_examples=100)
settings.load_profile("reconcile")


@pytest.fixture
def seeds() -> tuple[Path, Path]:
    """The two seed articles; the test is skipped where ../shared is absent."""
    if not (SEED_A.is_file() and SEED_B.is_file()):
        pytest.skip("seed articles (../shared/seeds) are not available")
    return SEED_A, SEED_B
