"""Name outputs: the entities of a report as CSV, and name-list matches as CSV or a table.

They share the CSV rules of the findings report (RFC 4180 line endings, formula-injection-safe
cells) so that every CSV reconcile writes opens the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import OptionsError
from ..models import NameMatch, Report
from .common import match_text
from .csvout import LIST_SEP, csv_text
from .jsonout import SCORE_DIGITS
from .table import make_console

#: Formats of :func:`render_name_matches`.
MATCH_FORMATS = ("csv", "table")


def render_entities_csv(report: Report) -> str:
    """One row per entity: ``entity, type, name, mentions``, then ``X_variants`` for each
    source id X (distinct spellings, ``;``-joined), then ``evidence`` (why names were merged).
    """
    source_ids = [s.id for s in report.sources]
    header = ["entity", "type", "name", "mentions", *(f"{sid}_variants" for sid in source_ids)]
    header.append("evidence")
    rows = []
    for entity in report.entities:
        forms: dict[str, list[str]] = {sid: [] for sid in source_ids}
        for mention in entity.mentions:
            seen = forms.setdefault(mention.span.source_id, [])
            if mention.span.text not in seen:
                seen.append(mention.span.text)
        row = [entity.id, entity.type, entity.name, str(len(entity.mentions))]
        row += [LIST_SEP.join(forms[sid]) for sid in source_ids]
        row.append(LIST_SEP.join(match_text(e) for e in entity.evidence))
        rows.append(row)
    return csv_text(header, rows)


def render_name_matches(
    matches: Sequence[NameMatch], fmt: str, *, color: bool = False, width: int = 120
) -> str:
    """Matched pairs of two name lists: CSV ``a,b,score,reason`` or a readable table."""
    if fmt not in MATCH_FORMATS:
        raise OptionsError(f"unknown format {fmt!r} (choose from {', '.join(MATCH_FORMATS)})")
    rows = [[m.a, m.b, f"{m.score:.{SCORE_DIGITS}f}", m.reason] for m in matches]
    if fmt == "csv":
        return csv_text(["a", "b", "score", "reason"], rows)
    from rich.table import Table

    console = make_console(color=color, width=width)
    table = Table("a", "b", "score", "reason", box=None, header_style="bold" if color else "")
    for row in rows:
        table.add_row(*row)
    console.print(table)
    if not rows:
        console.print("(no names matched)")
    return console.file.getvalue()
