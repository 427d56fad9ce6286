"""What every report format shows, computed once so that the formats cannot disagree.

The formats only decide how to draw; which findings are shown, which marker a finding gets,
which characters of a statement are highlighted, which names are listed and what the summary
says all come from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..errors import OptionsError
from ..models import Difference, Entity, Finding, NameMatch, Report, Statement, Status

#: Marker of each status in the diff-style outputs; unique findings use :func:`marker`.
STATUS_MARKERS = {
    Status.AGREEMENT: "=",
    Status.PARTIAL: "~",
    Status.DISCREPANCY: "≠",
}


def parse_only(only: Iterable[str] | None) -> frozenset[Status] | None:
    """Validate a status filter; ``None`` means every status."""
    if only is None:
        return None
    statuses = set()
    for name in only:
        try:
            statuses.add(Status(name))
        except ValueError:
            valid = ", ".join(s.value for s in Status)
            raise OptionsError(f"unknown status {name!r} in filter (valid: {valid})") from None
    return frozenset(statuses)


def select_findings(report: Report, only: frozenset[Status] | None) -> tuple[Finding, ...]:
    """Findings to show, in report order (the pipeline already interleaves reading order)."""
    if only is None:
        return report.findings
    return tuple(f for f in report.findings if f.status in only)


def finding_sources(finding: Finding) -> tuple[str, ...]:
    """Sources that have at least one statement in a finding."""
    return tuple(sid for sid, ids in finding.statements.items() if ids)


def marker(report: Report, finding: Finding) -> str:
    """Diff marker: ``=`` ``~`` ``≠``; for a unique finding ``-`` (first source) or ``+``
    (second source) with two sources, and the source id with more, where +/- would be ambiguous.
    """
    if finding.status is not Status.UNIQUE:
        return STATUS_MARKERS[finding.status]
    owners = finding_sources(finding)
    owner = owners[0] if owners else ""
    ids = [s.id for s in report.sources]
    if len(ids) == 2 and owner in ids:
        return "-" if owner == ids[0] else "+"
    return owner


def legend(report: Report) -> str:
    """What the markers mean, so a reader needs no manual."""
    ids = [s.id for s in report.sources]
    unique = (
        f"- only in {ids[0]}, + only in {ids[1]}"
        if len(ids) == 2
        else "a source id: only in that source"
    )
    return f"= agreement, ~ partial, ≠ discrepancy, {unique}"


def agreement_ratio(report: Report) -> float | None:
    """Share of aligned (non-unique) findings that are agreement or partial.

    Unique statements are left out: a source adding a detail is not a disagreement. ``None``
    when nothing was aligned.
    """
    counts = report.summary
    aligned = counts["agreement"] + counts["partial"] + counts["discrepancy"]
    if not aligned:
        return None
    return round((counts["agreement"] + counts["partial"]) / aligned, 4)


def summary_text(report: Report) -> str:
    """One line: counts per status over the whole report, then the agreement ratio."""
    counts = report.summary
    parts = [f"{counts[s.value]} {s.value}" for s in Status]
    ratio = agreement_ratio(report)
    aligned = counts["agreement"] + counts["partial"] + counts["discrepancy"]
    if ratio is None:
        tail = "agreement ratio n/a (no aligned findings)"
    else:
        agreeing = counts["agreement"] + counts["partial"]
        tail = f"agreement ratio {ratio:.2f} ({agreeing}/{aligned} aligned findings agree)"
    return f"{len(report.findings)} findings: {', '.join(parts)}; {tail}"


@dataclass(frozen=True)
class Piece:
    """A run of a statement's text; ``kind`` names the difference it carries, if any."""

    text: str
    kind: str | None = None
    status: Status | None = None


def statement_pieces(statement: Statement, differences: Sequence[Difference]) -> tuple[Piece, ...]:
    """Cut a statement into plain and highlighted runs from the differences' evidence spans.

    Spans carry offsets into the source text, which are unique within a source, so a span is
    matched to the statement by offset alone; it is made statement-relative and clipped, and
    overlaps are cut so that every character is highlighted once (the earlier span wins).
    """
    marks: list[tuple[int, int, str, Status]] = []
    for diff in differences:
        for span in diff.values.get(statement.source_id, ()):
            start = max(span.start, statement.start) - statement.start
            end = min(span.end, statement.end) - statement.start
            if start < end:
                marks.append((start, end, diff.kind, diff.status))
    marks.sort(key=lambda m: (m[0], -m[1]))
    pieces: list[Piece] = []
    pos = 0
    text = statement.text
    for start, end, kind, status in marks:
        if end <= pos:
            continue
        start = max(start, pos)
        if start > pos:
            pieces.append(Piece(text[pos:start]))
        pieces.append(Piece(text[start:end], kind, status))
        pos = end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return tuple(pieces)


def difference_text(diff: Difference, source_ids: Sequence[str]) -> str:
    """``date: Friday ≠ Monday`` for two sources, ``date: a=Friday; b=Monday; c=—`` for more."""
    symbol = "≠" if diff.status is Status.DISCREPANCY else "~"
    values = [diff.value_text(sid) or "—" for sid in source_ids]
    if len(source_ids) == 2:
        body = f" {symbol} ".join(values)
    else:
        body = "; ".join(f"{sid}={v}" for sid, v in zip(source_ids, values, strict=True))
    note = f" ({diff.note})" if diff.note else ""
    return f"{diff.kind}: {body}{note}"


def link_texts(finding: Finding) -> tuple[str, ...]:
    """Why the statements were paired: each link's score and its components."""
    lines = []
    for link in finding.links:
        parts = " ".join(f"{k}={v:.4f}" for k, v in sorted(link.components.items()))
        lines.append(f"{link.a}↔{link.b} {link.score:.4f}" + (f": {parts}" if parts else ""))
    return tuple(lines)


@dataclass(frozen=True)
class NameRow:
    """An entity worth showing: its variants per source and why they were merged."""

    entity: Entity
    variants: tuple[tuple[str, tuple[str, ...]], ...]  # source id -> distinct surface forms
    evidence: tuple[NameMatch, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        """Distinct ``reason score`` labels, for formats without room for the name pairs."""
        return tuple(dict.fromkeys(f"{e.reason} {e.score:.2f}" for e in self.evidence))


def name_rows(report: Report) -> tuple[NameRow, ...]:
    """Entities with more than one surface form or mentioned by more than one source.

    These are the names a reader must trust the tool on; a name seen once in one spelling
    needs no explanation. People come first, then names with several spellings.
    """
    rows = []
    for entity in report.entities:
        per_source: dict[str, list[str]] = {s.id: [] for s in report.sources}
        for mention in entity.mentions:
            forms = per_source.setdefault(mention.span.source_id, [])
            if mention.span.text not in forms:
                forms.append(mention.span.text)
        present = tuple((sid, tuple(forms)) for sid, forms in per_source.items() if forms)
        if len(entity.variants) < 2 and len(present) < 2:
            continue
        rows.append(NameRow(entity, present, entity.evidence))
    # People first, then names spelled differently: that is where a reader checks the merge.
    rows.sort(key=lambda r: (r.entity.type != "person", len(r.entity.variants) < 2))  # stable
    return tuple(rows)


def statement_finding(report: Report) -> dict[str, Finding]:
    """Map each statement id to the finding that holds it."""
    owner: dict[str, Finding] = {}
    for finding in report.findings:
        for ids in finding.statements.values():
            for sid in ids:
                owner.setdefault(sid, finding)
    return owner


def source_heading(report: Report, source_id: str) -> str:
    """``a: label — title`` as the header of a source column."""
    source = report.source(source_id)
    head = f"{source.id}: {source.label}"
    return f"{head} — {source.title}" if source.title else head


def match_text(match: NameMatch) -> str:
    """``translit 0.93: Alexander Darchiyev ~ Aleksandr Darchiev``."""
    return f"{match.reason} {match.score:.2f}: {match.a} ~ {match.b}"
