"""The terminal table: a side-by-side diff of the sources, one row per finding.

The grid is laid out here rather than with ``rich.table.Table`` because a difference line must
span all source columns under its row, which rich tables cannot do; rich still does the
wrapping (cell widths of wide characters) and the colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import StringIO
from typing import TYPE_CHECKING

from ..models import Finding, Report, Status
from .common import (
    difference_text,
    legend,
    link_texts,
    marker,
    name_rows,
    source_heading,
    statement_pieces,
    summary_text,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

#: Colour of each status marker and of highlighted spans; unused when colour is off.
STATUS_STYLES = {
    Status.AGREEMENT: "green",
    Status.PARTIAL: "yellow",
    Status.DISCREPANCY: "bold red",
    Status.UNIQUE: "cyan",
}
HIGHLIGHT_STYLES = {Status.DISCREPANCY: "bold white on red", Status.PARTIAL: "bold black on yellow"}
#: Without colour a highlighted span is bracketed so that piped output still shows it.
PLAIN_OPEN, PLAIN_CLOSE = "[[", "]]"
COLUMN_GAP = " │ "
MIN_COLUMN = 12


def make_console(*, color: bool, width: int) -> Console:
    """A rich console that renders into a string, ignoring the environment.

    TERM, COLUMNS and NO_COLOR are the caller's business (the CLI decides ``color``), so the
    same arguments always give the same bytes.
    """
    from rich.console import Console

    return Console(
        file=StringIO(),
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
        _environ={},
    )


def _cell(report: Report, finding: Finding, source_id: str, color: bool) -> Text:
    from rich.text import Text

    cell = Text()
    for n, statement_id in enumerate(finding.statements.get(source_id, ())):
        if n:  # one statement per line, so a one-to-many group reads as a list
            cell.append("\n")
        statement = report.statement(statement_id)
        for piece in statement_pieces(statement, finding.differences):
            if piece.kind is None:
                cell.append(piece.text)
            elif color:
                cell.append(piece.text, HIGHLIGHT_STYLES.get(piece.status, "bold reverse"))
            else:
                cell.append(f"{PLAIN_OPEN}{piece.text}{PLAIN_CLOSE}")
    return cell


def _wrap(console: Console, text: Text, width: int) -> list[Text]:
    lines = list(text.wrap(console, width, overflow="fold")) or [text.copy()]
    for line in lines:
        line.rstrip()
        line.pad_right(width - line.cell_len)
    return lines


def _hanging(console: Console, text: Text, width: int, indent: int) -> list[Text]:
    """Wrap text to the width left after an indent and prefix every line with it."""
    from rich.text import Text

    body = _wrap(console, text, max(width - indent, MIN_COLUMN))
    return [Text(" " * indent) + line for line in body]


def render_table(
    report: Report,
    findings: Sequence[Finding],
    *,
    color: bool = False,
    width: int = 120,
    explain: bool = False,
) -> str:
    """Render findings as a diff-style table for a terminal or a pipe."""
    from rich.text import Text

    console = make_console(color=color, width=width)
    source_ids = [s.id for s in report.sources]
    markers = [marker(report, f) for f in findings]
    mark_w = max([1, *(len(m) for m in markers)])
    id_w = max([2, *(len(f.id) for f in findings)])
    indent = mark_w + 1 + id_w + 2
    fixed = indent + len(COLUMN_GAP) * (len(source_ids) - 1)
    col_w = max(MIN_COLUMN, (width - fixed) // len(source_ids))
    dim = "dim" if color else ""
    out: list[Text] = []

    for source in report.sources:
        out.extend(_hanging(console, Text(source_heading(report, source.id), "bold"), width, 0))
    note = "marked" if color else "in [[brackets]]"
    legend_line = Text(f"{legend(report)}; differing values are {note}", dim)
    out.extend(_hanging(console, legend_line, width, 0))
    out.append(Text())
    heads = [
        _wrap(console, Text(source_heading(report, sid), "bold"), col_w)[0] for sid in source_ids
    ]
    out.append(Text(" " * mark_w + " " + "id".ljust(id_w) + "  ") + Text(COLUMN_GAP).join(heads))
    out.append(Text("─" * min(width, fixed + col_w * len(source_ids)), dim))

    for finding, mark in zip(findings, markers, strict=True):
        style = STATUS_STYLES[finding.status] if color else ""
        cells = [_wrap(console, _cell(report, finding, sid, color), col_w) for sid in source_ids]
        blank = Text(" " * col_w)
        for n in range(max(len(c) for c in cells)):
            lead = Text(mark.ljust(mark_w), style) if n == 0 else Text(" " * mark_w)
            lead.append(" " + (finding.id if n == 0 else "").ljust(id_w) + "  ")
            row = Text(COLUMN_GAP).join(c[n] if n < len(c) else blank for c in cells)
            out.append(lead + row)
        for diff in finding.differences:
            detail = Text(
                difference_text(diff, source_ids), STATUS_STYLES[diff.status] if color else ""
            )
            out.extend(_hanging(console, detail, width, indent))
        if explain:
            for line in link_texts(finding):
                out.extend(_hanging(console, Text(f"link {line}", dim), width, indent))
        out.append(Text())
    if not findings:
        out.append(Text("(no findings to show)"))
        out.append(Text())

    rows = name_rows(report)
    if rows:
        out.append(Text("Names spelled differently or named by several sources", "bold"))
        for row in rows:
            head = Text(f"{row.entity.id} {row.entity.type}: ", "bold" if color else "")
            if len(row.entity.variants) == 1:  # one spelling everywhere: say who uses it
                head.append(f"{row.entity.variants[0]} ({', '.join(s for s, _ in row.variants)})")
            else:
                head.append("; ".join(f"{s}: {', '.join(forms)}" for s, forms in row.variants))
            if row.reasons:
                head.append(f"  [{', '.join(row.reasons)}]", dim)
            out.extend(_hanging(console, head, width, 2))
        out.append(Text())
    out.extend(_hanging(console, Text(summary_text(report), "bold"), width, 0))

    for line in out:
        line.rstrip()
        console.print(line, no_wrap=True, overflow="ignore", crop=False)
    return console.file.getvalue()
