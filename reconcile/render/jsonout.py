"""The JSON contract. Fields may be added in later versions, never removed or renamed."""

from __future__ import annotations

import json
from typing import Any

from ..models import Difference, Entity, Finding, Report, Source, Span, Status
from .common import agreement_ratio, select_findings

#: Scores are rounded so that output is byte-identical across platforms and runs.
SCORE_DIGITS = 4


def _score(value: float | None) -> float | None:
    return None if value is None else round(float(value), SCORE_DIGITS)


def _span(span: Span) -> dict[str, Any]:
    return {"statement": span.statement_id, "text": span.text, "start": span.start, "end": span.end}


def _source(report: Report, source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "label": source.label,
        "path": source.path,
        "title": source.title,
        "dateline": source.dateline,
        "byline": source.byline,
        "published": source.published.isoformat() if source.published else None,
        "encoding": source.encoding,
        "warnings": list(source.warnings),
        "statements": [
            {"id": s.id, "text": s.text, "start": s.start, "end": s.end}
            for s in report.statements_of(source.id)
        ],
    }


def _difference(diff: Difference) -> dict[str, Any]:
    return {
        "kind": diff.kind,
        "status": diff.status.value,
        "values": {sid: diff.value_text(sid) for sid in diff.values},
        "evidence": {sid: [_span(s) for s in spans] for sid, spans in diff.values.items()},
        "note": diff.note,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "status": finding.status.value,
        "statements": {sid: list(ids) for sid, ids in finding.statements.items()},
        "score": _score(finding.score),
        "differences": [_difference(d) for d in finding.differences],
        "links": [
            {
                "a": link.a,
                "b": link.b,
                "score": _score(link.score),
                "components": {k: _score(v) for k, v in sorted(link.components.items())},
            }
            for link in finding.links
        ],
    }


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type,
        "name": entity.name,
        "variants": list(entity.variants),
        "mentions": [
            {
                "source": m.span.source_id,
                "statement": m.span.statement_id,
                "text": m.span.text,
                "start": m.span.start,
                "end": m.span.end,
            }
            for m in entity.mentions
        ],
        "evidence": [
            {"a": e.a, "b": e.b, "score": _score(e.score), "reason": e.reason}
            for e in entity.evidence
        ],
    }


def report_to_dict(report: Report, only: frozenset[Status] | None = None) -> dict[str, Any]:
    """Build the JSON-ready dictionary of a report.

    ``only`` keeps the findings of those statuses and is recorded in the output, so a reader
    knows the list is partial; ``summary`` and ``agreement_ratio`` always describe the whole
    report.
    """
    return {
        "version": 1,
        "sources": [_source(report, s) for s in report.sources],
        "findings": [_finding(f) for f in select_findings(report, only)],
        "entities": [_entity(e) for e in report.entities],
        "summary": report.summary,
        "agreement_ratio": agreement_ratio(report),
        "only": None if only is None else [s.value for s in Status if s in only],
        "warnings": list(report.warnings),
    }


def render_json(report: Report, only: frozenset[Status] | None = None) -> str:
    """Serialise a report as pretty, key-stable JSON with a final newline."""
    return json.dumps(report_to_dict(report, only), ensure_ascii=False, indent=2) + "\n"
