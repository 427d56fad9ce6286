"""Regenerate reports/ from the example article pairs in sources/.

Usage (from the repository root):  python scripts/make_reports.py [--check]

Each folder ``sources/<pair>/`` holds two articles, ``a.*`` and ``b.*``; their reports go to
``reports/<pair>.{txt,csv,json,md,html}`` plus ``<pair>.entities.csv``. ``--check`` writes
nothing and exits 1 when a report on disk is stale (tests/test_reports_fresh.py runs the same
check).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reconcile import Options, compare_files
from reconcile.render import render, render_entities_csv

REPO = Path(__file__).resolve().parents[1]
#: Extension of the report file for each format.
FORMATS = {"table": "txt", "csv": "csv", "json": "json", "markdown": "md", "html": "html"}
WIDTH = 120


def pairs(sources: Path) -> list[tuple[str, list[str]]]:
    """(pair name, [path of a, path of b]) for every folder of sources/, paths repo-relative."""
    found = []
    for folder in sorted(p for p in sources.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.iterdir() if p.stem in ("a", "b") and p.is_file())
        if len(files) == 2:
            found.append((folder.name, [str(f.relative_to(REPO)) for f in files]))
    return found


def expected_reports(sources: Path) -> dict[str, str]:
    """Report file name -> content, exactly as make_reports writes them."""
    out: dict[str, str] = {}
    for name, paths in pairs(sources):
        report = compare_files(paths, Options())
        for fmt, ext in FORMATS.items():
            out[f"{name}.{ext}"] = render(report, fmt, width=WIDTH)
        out[f"{name}.entities.csv"] = render_entities_csv(report)
    return out


def stale_reports(reports: Path, expected: dict[str, str]) -> list[str]:
    """Names of the reports that are missing or differ, byte for byte, from ``expected``."""
    return [
        name
        for name, text in expected.items()
        if not (reports / name).is_file() or (reports / name).read_bytes() != text.encode("utf-8")
    ]


def main(argv: list[str]) -> int:
    import os

    os.chdir(REPO)  # paths in the reports are relative to the repository root
    reports = REPO / "reports"
    expected = expected_reports(REPO / "sources")
    if "--check" in argv:
        stale = stale_reports(reports, expected)
        for n in stale:
            print(f"stale: reports/{n}")
        return 1 if stale else 0
    reports.mkdir(exist_ok=True)
    for name, text in expected.items():
        (reports / name).write_bytes(text.encode("utf-8"))
    print(f"wrote {len(expected)} reports to reports/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
