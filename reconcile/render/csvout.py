"""The CSV discrepancy report and the pandas frame of findings, built from the same rows.

Columns: ``finding, status, kind, score`` then, for each source id X in report order,
``X_statements, X_text, X_value``. ``kind`` and ``X_value`` list one entry per difference, in the
same order, joined by ``;`` so that the n-th value belongs to the n-th kind. The file is UTF-8
with a header row, RFC 4180 ``\\r\\n`` line endings and minimal quoting (with ``\\n`` endings the
csv module would leave a cell holding a bare carriage return unquoted, breaking the row).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..models import Finding, Report
from .jsonout import SCORE_DIGITS

if TYPE_CHECKING:
    import pandas as pd

#: Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Separator of list-valued cells (statement ids, kinds, values).
LIST_SEP = ";"


def columns(report: Report) -> list[str]:
    """Column names, fixed for a given list of sources."""
    names = ["finding", "status", "kind", "score"]
    for source in report.sources:
        names += [f"{source.id}_statements", f"{source.id}_text", f"{source.id}_value"]
    return names


def finding_rows(
    report: Report, findings: Sequence[Finding]
) -> list[dict[str, str | float | None]]:
    """One row per finding with raw (not spreadsheet-neutralised) values."""
    rows = []
    for finding in findings:
        row: dict[str, str | float | None] = {
            "finding": finding.id,
            "status": finding.status.value,
            "kind": LIST_SEP.join(d.kind for d in finding.differences),
            "score": None if finding.score is None else round(finding.score, SCORE_DIGITS),
        }
        for source in report.sources:
            ids = finding.statements.get(source.id, ())
            row[f"{source.id}_statements"] = LIST_SEP.join(ids)
            row[f"{source.id}_text"] = " ".join(report.statement(i).text for i in ids)
            row[f"{source.id}_value"] = LIST_SEP.join(
                d.value_text(source.id) for d in finding.differences
            )
        rows.append(row)
    return rows


def neutralise(cell: str) -> str:
    """Make a cell inert in spreadsheets without losing its text: prefix ``'`` to formulas."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def report_to_frame(report: Report) -> pd.DataFrame:
    """All findings as a DataFrame with the CSV columns (raw text, ``score`` as float)."""
    import pandas as pd

    frame = pd.DataFrame(finding_rows(report, report.findings), columns=columns(report))
    frame["score"] = frame["score"].astype("float64")
    return frame


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV with a header row, every cell neutralised; shared by every CSV reconcile writes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def _cell(value: str | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{SCORE_DIGITS}f}"
    return value


def render_csv(report: Report, findings: Sequence[Finding]) -> str:
    """The CSV discrepancy report of the given findings."""
    names = columns(report)
    rows = finding_rows(report, findings)
    return csv_text(names, ([_cell(row[name]) for name in names] for row in rows))
