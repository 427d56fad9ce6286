"""Shared test settings: hypothesis without deadlines (CI machines are slow and shared), the
location of the real seed articles, which live outside the repository, and the loader of the
benchmark modules the tests check."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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


def import_benchmark(name: str, path: Path | None = None) -> ModuleType:
    """A module of benchmarks/ (not a package on the test path), loaded once from its file:
    ``benchmarks/<name>.py``, or ``path``."""
    if name in sys.modules:
        return sys.modules[name]
    path = path or REPO / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
