"""Report formats: one entry point, :func:`render`, and a safe writer, :func:`write_atomic`.

``only`` keeps the findings of the given statuses in the table, Markdown, CSV and JSON (the JSON
records the filter in ``only``); the summary line always counts the whole report. The HTML file
always holds every statement: there ``only`` sets which status checkboxes start ticked.
"""

from __future__ import annotations

import os
import tempfile

from ..errors import OptionsError, OutputError
from ..models import Report
from .common import parse_only, select_findings
from .entities import render_entities_csv, render_name_matches

__all__ = ["FORMATS", "render", "render_entities_csv", "render_name_matches", "write_atomic"]

#: Accepted values of ``fmt``.
FORMATS = ("table", "csv", "json", "markdown", "html")


def render(
    report: Report,
    fmt: str,
    *,
    color: bool = False,
    width: int = 120,
    only: frozenset[str] | None = None,
    explain: bool = False,
) -> str:
    """Render a report in one format; ``color`` and ``width`` only affect the table.

    ``explain`` adds each link's score components to the table, Markdown and HTML.
    """
    if fmt not in FORMATS:
        raise OptionsError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if width < 20:
        raise OptionsError(f"width must be at least 20 columns, got {width}")
    statuses = parse_only(only)
    if fmt == "json":
        from .jsonout import render_json

        return render_json(report, statuses)
    if fmt == "html":
        from .html import render_html

        return render_html(report, only=statuses, explain=explain)
    findings = select_findings(report, statuses)
    if fmt == "csv":
        from .csvout import render_csv

        return render_csv(report, findings)
    if fmt == "markdown":
        from .markdown import render_markdown

        return render_markdown(report, findings, explain=explain)
    from .table import render_table

    return render_table(report, findings, color=color, width=width, explain=explain)


def write_atomic(path: str, text: str | bytes) -> None:
    """Write UTF-8 text (or bytes) so that readers never see a half-written file.

    The text goes to a temporary file in the target's directory, then ``os.replace`` swaps it
    in (atomic on one file system); on failure the temporary file is removed and an
    ``OutputError`` names the path and the reason.
    """
    directory = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise OutputError(f"cannot write {path}: it is a directory")
    if not os.path.isdir(directory):
        raise OutputError(f"cannot write {path}: directory {directory} does not exist")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".reconcile-", suffix=".tmp", dir=directory)
        if isinstance(text, bytes):
            with os.fdopen(fd, "wb") as binary:
                binary.write(text)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        # mkstemp makes the file private (0600); a report keeps the mode of the file it
        # replaces, or gets the usual 0644.
        os.chmod(tmp, os.stat(path).st_mode & 0o777 if os.path.exists(path) else 0o644)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
