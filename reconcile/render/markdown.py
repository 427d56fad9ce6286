"""A Markdown report that pastes cleanly into a GitHub issue or a document.

Source text is escaped so that nothing in an article can turn into markup, links, HTML or
maths, and every cell stays on one line so the table never breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import Finding, Report
from .common import (
    difference_text,
    legend,
    link_texts,
    marker,
    match_text,
    name_rows,
    source_heading,
    statement_pieces,
    summary_text,
)

#: ASCII punctuation that means something in GitHub Markdown (``$`` starts maths, ``|`` ends a
#: cell); CommonMark lets any of it be backslash-escaped.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&!$])")
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Escape text for a table cell: inert markup, one line."""
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))


def _strong(text: str) -> str:
    """Bold a run, keeping its outer spaces outside the markers (``** x**`` is not bold)."""
    core = text.strip()
    if not core:
        return escape(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return escape(lead) + f"**{escape(core)}**" + escape(trail)


def _cell(report: Report, finding: Finding, source_id: str) -> str:
    parts = []
    for statement_id in finding.statements.get(source_id, ()):
        statement = report.statement(statement_id)
        pieces = statement_pieces(statement, finding.differences)
        parts.append("".join(_strong(p.text) if p.kind else escape(p.text) for p in pieces))
    return " ".join(parts)


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def render_markdown(report: Report, findings: Sequence[Finding], *, explain: bool = False) -> str:
    """Sources, summary, the findings table and the names table."""
    source_ids = [s.id for s in report.sources]
    lines = ["## Reconciliation report", ""]
    for source in report.sources:
        where = f" (`{source.path}`)" if source.path and "`" not in source.path else ""
        lines.append(f"- {escape(source_heading(report, source.id))}{where}")
    lines += ["", f"**Summary:** {escape(summary_text(report))}", ""]

    header = ["", "Finding", *(escape(source_heading(report, sid)) for sid in source_ids)]
    header.append("Differences")
    if explain:
        header.append("Links")
    lines += [_row(header), _row([":-:", *("---" for _ in header[1:])])]
    for finding in findings:
        cells = [escape(marker(report, finding)), finding.id]
        cells += [_cell(report, finding, sid) for sid in source_ids]
        cells.append(
            "<br>".join(escape(difference_text(d, source_ids)) for d in finding.differences)
        )
        if explain:
            cells.append("<br>".join(escape(t) for t in link_texts(finding)))
        lines.append(_row(cells))
    if not findings:
        lines += ["", "_No findings to show._"]
    lines += ["", f"Markers: {escape(legend(report))}; differing values are in **bold**."]

    rows = name_rows(report)
    if rows:
        lines += ["", "### Names", ""]
        lines.append(_row(["Entity", "Type", *source_ids, "Evidence"]))
        lines.append(_row(["---"] * (len(source_ids) + 3)))
        for row in rows:
            forms = dict(row.variants)
            cells = [row.entity.id, escape(row.entity.type)]
            cells += [escape(", ".join(forms.get(sid, ()))) for sid in source_ids]
            cells.append("<br>".join(escape(match_text(e)) for e in row.evidence))
            lines.append(_row(cells))
    return "\n".join(lines) + "\n"
