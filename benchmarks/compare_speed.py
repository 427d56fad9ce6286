"""End-to-end speed of ``reconcile compare`` and the share of each stage, beside plain ``diff``.

Usage: python benchmarks/compare_speed.py [ARTICLE_A ARTICLE_B]   (default: the seed articles)

Prints the wall time of the command line (start-up included; target < 1 s on the seeds) next to
``diff`` on the same two files; then what fact extraction adds to that command, its module's
import (the compiled patterns) and its run (target: at most 20 % of the command's time); then, in
process and warm, the time of one comparison and each stage's share of it.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile import pipeline  # noqa: E402
from reconcile.pipeline import compare_files  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
RUNS = 5
WARM_RUNS = 30
#: The stage functions the pipeline calls, timed by wrapping them where the pipeline looks them up.
STAGES = (
    "segment",
    "extract_all_mentions",
    "resolve_entities",
    "extract_facts",
    "align",
    "classify",
)


def wall(cmd: list[str]) -> float:
    """Median wall time of a command over RUNS runs."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_seconds(module: str) -> float:
    """Median time a fresh interpreter spends importing ``module`` itself (not what it imports),
    from ``python -X importtime``."""
    times = []
    for _ in range(RUNS):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        for line in done.stderr.splitlines():
            fields = [field.strip() for field in line.removeprefix("import time:").split("|")]
            if len(fields) == 3 and fields[2] == module:
                times.append(int(fields[0]) / 1e6)
    return statistics.median(times) if times else 0.0


def stage_shares(paths: list[str]) -> tuple[float, dict[str, float]]:
    """Seconds per warm comparison and the seconds spent in each stage."""
    spent = dict.fromkeys(STAGES, 0.0)

    def timed(name, func):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start

        return wrapper

    originals = {name: getattr(pipeline, name) for name in STAGES}
    compare_files(paths)  # warm caches and lazy imports
    for name, func in originals.items():
        setattr(pipeline, name, timed(name, func))
    try:
        start = time.perf_counter()
        for _ in range(WARM_RUNS):
            compare_files(paths)
        total = (time.perf_counter() - start) / WARM_RUNS
    finally:
        for name, func in originals.items():
            setattr(pipeline, name, func)
    return total, {name: t / WARM_RUNS for name, t in spent.items()}


def main(argv: list[str]) -> int:
    paths = argv or [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    if len(paths) < 2:
        print("give two articles (or place the seeds in ../shared/seeds)", file=sys.stderr)
        return 2
    reconcile_cmd = [sys.executable, "-m", "reconcile", "compare", *paths]
    print(f"inputs: {', '.join(paths)}")
    command = wall(reconcile_cmd)
    print(f"reconcile compare (CLI, start-up included): {command:.3f} s wall")
    if shutil.which("diff"):
        print(f"baseline diff (line diff, no alignment):    {wall(['diff', *paths]):.3f} s wall")
    total, spent = stage_shares(paths)
    loading = import_seconds("reconcile.facts")
    facts = loading + spent["extract_facts"]
    print(
        f"fact extraction in the command: import {loading * 1000:.1f} ms + run"
        f" {spent['extract_facts'] * 1000:.1f} ms = {facts / command:.1%} of it (target: 20 %)"
    )
    print(f"in process, warm: {total * 1000:.1f} ms per comparison")
    for name, seconds in spent.items():
        print(f"  {name:<21} {seconds * 1000:7.2f} ms  {seconds / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
