"""The pipeline: load -> segment -> names and facts -> align -> classify -> Report.

Each stage lives in its own module; this one only wires them together, orders the findings
like a diff and guarantees that every statement lands in exactly one finding.
"""

from __future__ import annotations

import string
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, product
from typing import Any

from .align import align
from .classify import classify
from .errors import InputError, OptionsError
from .facts import extract_facts
from .load import load_source, source_from_text
from .models import (
    Entity,
    Features,
    Finding,
    Link,
    Mention,
    Report,
    Source,
    Statement,
    Status,
)
from .names import extract_all_mentions, resolve_entities
from .options import Options
from .segment import segment

MIN_SOURCES = 2


def source_ids(count: int) -> tuple[str, ...]:
    """Default source ids: a, b, ..., z, aa, ab, ... (short, stable, spreadsheet-safe)."""
    ids: list[str] = []
    width = 1
    while len(ids) < count:
        ids.extend("".join(p) for p in product(string.ascii_lowercase, repeat=width))
        width += 1
    return tuple(ids[:count])


def _options(options: Options | None, kwargs: Mapping[str, Any]) -> Options:
    if options is not None and kwargs:
        raise OptionsError("pass either an Options object or keyword options, not both")
    return options if options is not None else Options.from_kwargs(**kwargs)


def compare_texts(
    texts: Mapping[str, str], options: Options | None = None, **kwargs: Any
) -> Report:
    """Compare articles given as strings, keyed by source id (``{"a": text_a, "b": text_b}``).

    Keyword arguments are :class:`Options` fields (``threshold=0.5``), for convenience.
    """
    opts = _options(options, kwargs)
    sources = [source_from_text(text, sid, opts) for sid, text in texts.items()]
    return compare_sources(sources, opts)


def compare_files(
    paths: Sequence[str],
    options: Options | None = None,
    *,
    labels: Sequence[str] | None = None,
    **kwargs: Any,
) -> Report:
    """Compare articles read from files (text, Markdown or HTML; ``-`` is stdin).

    Sources get the ids a, b, c, ... in the order given; ``labels`` default to the file names.
    """
    opts = _options(options, kwargs)
    if labels is not None and len(labels) != len(paths):
        raise OptionsError(f"got {len(labels)} labels for {len(paths)} inputs")
    if list(paths).count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    ids = source_ids(len(paths))
    sources = [
        load_source(str(path), sid, opts, label=labels[i] if labels else None)
        for i, (sid, path) in enumerate(zip(ids, paths, strict=True))
    ]
    return compare_sources(sources, opts)


@dataclass(frozen=True)
class Analysis:
    """Everything the stages before alignment produce: what the aligner and classifier see."""

    statements: tuple[Statement, ...]
    entities: tuple[Entity, ...]
    features: Mapping[str, tuple[Features, ...]]  # source id -> features in reading order
    warnings: tuple[str, ...]


def analyse(sources: Sequence[Source]) -> Analysis:
    """Segment the sources, find names and facts, and resolve names across all sources."""
    warnings: list[str] = [f"{s.label}: {w}" for s in sources for w in s.warnings]
    statements: dict[str, tuple[Statement, ...]] = {}
    for source in sources:
        stmts, seg_warnings = segment(source)
        statements[source.id] = stmts
        warnings.extend(f"{source.label}: {w}" for w in seg_warnings)
        if not stmts:
            raise InputError(f"{source.label}: no statements found in the text")

    mentions = extract_all_mentions([(s, statements[s.id]) for s in sources])
    entities = resolve_entities([m for s in sources for m in mentions[s.id]])
    entity_of = {m.id: e.id for e in entities for m in e.mentions}

    features: dict[str, tuple[Features, ...]] = {}
    for source in sources:
        by_statement: dict[str, list[Mention]] = {}
        for mention in mentions[source.id]:
            by_statement.setdefault(mention.span.statement_id, []).append(mention)
        features[source.id] = tuple(
            Features(
                statement=st,
                mentions=tuple(by_statement.get(st.id, ())),
                entity_ids=tuple(entity_of[m.id] for m in by_statement.get(st.id, ())),
                facts=extract_facts(st, source),
            )
            for st in statements[source.id]
        )
    return Analysis(
        statements=tuple(st for s in sources for st in statements[s.id]),
        entities=entities,
        features=features,
        warnings=tuple(warnings),
    )


def compare_sources(sources: Sequence[Source], options: Options | None = None) -> Report:
    """Compare loaded sources: the core of :func:`compare_texts` and :func:`compare_files`."""
    opts = options or Options()
    if len(sources) < MIN_SOURCES:
        raise OptionsError(f"need at least {MIN_SOURCES} sources to compare, got {len(sources)}")
    ids = [s.id for s in sources]
    if len(set(ids)) != len(ids):
        raise OptionsError(f"source ids must be unique, got {', '.join(ids)}")
    analysis = analyse(sources)
    alignment = align(analysis.features, opts)
    findings = _findings(
        sources, analysis.features, alignment.groups, alignment.links, analysis.entities
    )
    return Report(
        sources=tuple(sources),
        statements=analysis.statements,
        findings=findings,
        entities=analysis.entities,
        warnings=analysis.warnings,
    )


def _findings(
    sources: Sequence[Source],
    features: Mapping[str, Sequence[Features]],
    groups: Sequence[Sequence[str]],
    links: Sequence[Link],
    entities: Sequence[Entity],
) -> tuple[Finding, ...]:
    """One finding per aligned group and per statement left alone, in diff order."""
    feature_of = {f.statement.id: f for fs in features.values() for f in fs}
    order = [s.id for s in sources]
    member_sets: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for group in groups:
        for sid in group:
            if sid in seen:
                raise AssertionError(f"aligner put statement {sid} in two groups")
            if sid not in feature_of:
                raise AssertionError(f"aligner returned unknown statement {sid}")
            seen.add(sid)
        member_sets.append(tuple(group))
    member_sets.extend(
        (f.statement.id,) for s in order for f in features[s] if f.statement.id not in seen
    )

    entity_by_id = {e.id: e for e in entities}
    links_of: dict[str, list[Link]] = {}
    for link in links:
        links_of.setdefault(link.a, []).append(link)

    drafts = []
    for members in _diff_order(member_sets, feature_of, order):
        by_source: dict[str, list[Features]] = {}
        for sid in members:
            feat = feature_of[sid]
            by_source.setdefault(feat.statement.source_id, []).append(feat)
        group = {
            src: sorted(by_source[src], key=lambda f: f.statement.index)
            for src in order
            if src in by_source
        }
        member_set = set(members)
        group_links = tuple(
            sorted(
                (lk for sid in members for lk in links_of.get(sid, ()) if lk.b in member_set),
                key=lambda lk: (lk.a, lk.b),
            )
        )
        if len(group) == 1:
            status, differences = Status.UNIQUE, ()
        else:
            status, differences = classify(group, entity_by_id)
        score = (
            max(lk.score for lk in group_links) if group_links and status != Status.UNIQUE else None
        )
        drafts.append(
            (
                status,
                {src: tuple(f.statement.id for f in fs) for src, fs in group.items()},
                score,
                differences,
                group_links,
            )
        )
    return tuple(
        Finding(
            id=f"f{i}",
            status=status,
            statements=stmts,
            score=score,
            differences=differences,
            links=group_links,
        )
        for i, (status, stmts, score, differences, group_links) in enumerate(drafts, start=1)
    )


def _diff_order(
    member_sets: Sequence[tuple[str, ...]],
    feature_of: Mapping[str, Features],
    order: Sequence[str],
) -> list[tuple[str, ...]]:
    """Interleave findings like a diff.

    Findings with statements of the first source follow its reading order; a finding that
    only later sources have follows the finding holding the statement that precedes it in its
    own source, so "only in b" rows appear where they fall in b and, as in a diff, after the
    "only in a" rows they stand beside.
    """

    def first_index(members: tuple[str, ...], src: str) -> int | None:
        idx = [
            feature_of[m].statement.index
            for m in members
            if feature_of[m].statement.source_id == src
        ]
        return min(idx) if idx else None

    placed: list[tuple[str, ...]] = []
    remaining = list(member_sets)
    for src in order:
        mine = [m for m in remaining if first_index(m, src) is not None]
        if not mine:
            continue
        remaining = [m for m in remaining if first_index(m, src) is None]
        mine.sort(key=lambda m: first_index(m, src))
        if not placed:
            placed = mine
            continue
        # Where does each statement of this source already sit in the placed list?
        position: dict[int, int] = {}
        for pos, members in enumerate(placed):
            for m in members:
                st = feature_of[m].statement
                if st.source_id == src:
                    position[st.index] = pos
        indices = sorted(position)
        latest = list(accumulate((position[i] for i in indices), max))
        holders = sorted(set(position.values()))
        inserts: dict[int, list[tuple[str, ...]]] = {}
        for members in mine:
            # After the finding of the statement that precedes it in its own source, and past
            # the findings other sources have alone there, so "-" rows come before "+" rows.
            cut = bisect_left(indices, first_index(members, src))
            anchor = latest[cut - 1] if cut else -1
            nxt = bisect_right(holders, anchor)
            inserts.setdefault(holders[nxt] if nxt < len(holders) else len(placed), []).append(
                members
            )
        merged: list[tuple[str, ...]] = []
        for pos, members in enumerate(placed):
            merged.extend(inserts.get(pos, []))
            merged.append(members)
        merged.extend(inserts.get(len(placed), []))
        placed = merged
    return placed
