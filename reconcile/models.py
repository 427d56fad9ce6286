"""The data that flows between the pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be replaced or tested on
its own. Offsets (``start``/``end``) are always code-point offsets into ``Source.text``, the
decoded body text of a source, never into a statement, so reports can highlight spans.
The model knows nothing about "a" and "b": any number of sources (two or more) is supported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported lazily: it costs ~0.3 s of start-up.
    import pandas as pd


class Status(str, Enum):
    """How the sources relate on one finding."""

    AGREEMENT = "agreement"  # same facts, only the wording differs
    PARTIAL = "partial"  # compatible, but one side is more specific or approximate
    DISCREPANCY = "discrepancy"  # at least one incompatible fact
    UNIQUE = "unique"  # reported by one source only

    def __str__(self) -> str:
        return self.value


#: Kinds of difference between aligned statements (``Difference.kind``).
DIFFERENCE_KINDS = (
    "number",
    "quantity",
    "date",
    "name",
    "place",
    "title",
    "quote",
    "negation",
)


@dataclass(frozen=True)
class Source:
    """One input article after loading.

    ``text`` is the article body that statements point into. Headline and dateline are kept
    apart as metadata because they are not claims of the article.
    """

    id: str
    label: str
    path: str | None
    text: str
    title: str | None = None
    dateline: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    body_start: int = 0  # offset in ``text`` where the body begins (after headline, dateline)


@dataclass(frozen=True)
class Statement:
    """One sentence-level claim of a source, with its exact span in ``Source.text``."""

    id: str
    source_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """A piece of evidence: text of one statement with its offsets in the source text."""

    source_id: str
    statement_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name found in a statement: a person, an organisation or a place."""

    id: str
    type: str  # "person" | "org" | "place"
    span: Span
    normal: str = ""  # transliteration-aware normal form used for matching
    title: str | None = None  # role or title attached to a person ("deputy assistant secretary")
    #: The name an acronym stands for where its source spells it out right before it, in
    #: brackets: "Federal Security Service (FSB)". Letters need not fit (FSB, HDZ, MAS).
    stands_for: str = ""


@dataclass(frozen=True)
class NameMatch:
    """Why two name strings denote the same entity: the rule that fired and its score."""

    a: str
    b: str
    score: float
    reason: str


@dataclass(frozen=True)
class Entity:
    """Mentions from all sources that denote one person, organisation or place."""

    id: str
    type: str
    name: str
    mentions: tuple[Mention, ...]
    evidence: tuple[NameMatch, ...] = ()

    @property
    def variants(self) -> tuple[str, ...]:
        """Distinct surface forms, in first-seen order."""
        return tuple(dict.fromkeys(m.span.text for m in self.mentions))


@dataclass(frozen=True)
class Fact:
    """A comparable value found in a statement (number, date, quote, negation, ...).

    ``value`` is the normalised, hashable value used to compare facts across sources;
    ``span`` the evidence in the source text.
    """

    kind: str
    value: Any
    span: Span
    slot: str = ""  # what the value is about ("troops", "date of meeting"), when known
    approx: str | None = None  # "about", "more than", ... when the value is approximate


@dataclass(frozen=True)
class Features:
    """Everything extracted from one statement, as the aligner and the classifier see it.

    ``entity_ids[i]`` is the entity that ``mentions[i]`` was resolved to.
    """

    statement: Statement
    mentions: tuple[Mention, ...] = ()
    entity_ids: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class Link:
    """Two statements of different sources that tell the same thing, and why they were paired."""

    a: str  # statement id
    b: str  # statement id
    score: float
    components: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Alignment:
    """Links between statements of different sources and the groups they form.

    Each group is a tuple of statement ids (two or more, from at least two sources) that the
    report shows as one finding; a statement in no group is unique to its source.
    """

    links: tuple[Link, ...]
    groups: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Difference:
    """One fact on which aligned statements differ.

    ``values`` holds, per source, the spans that carry the differing value (empty when a source
    states nothing for that slot). ``status`` tells whether the difference is a real
    discrepancy or only a difference of detail (partial).
    """

    kind: str
    values: Mapping[str, tuple[Span, ...]]
    status: Status = Status.DISCREPANCY
    note: str = ""

    def value_text(self, source_id: str) -> str:
        """The differing text of one source, several spans joined by ' | '."""
        return " | ".join(s.text for s in self.values.get(source_id, ()))


@dataclass(frozen=True)
class Finding:
    """A group of aligned statements (or one unique statement) and what the sources say on it."""

    id: str
    status: Status
    statements: Mapping[str, tuple[str, ...]]  # source id -> statement ids, in reading order
    score: float | None = None
    differences: tuple[Difference, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        """Distinct difference kinds, in order of appearance."""
        return tuple(dict.fromkeys(d.kind for d in self.differences))


@dataclass(frozen=True)
class Report:
    """The result of a comparison: sources, their statements, entities and findings."""

    sources: tuple[Source, ...]
    statements: tuple[Statement, ...]
    findings: tuple[Finding, ...]
    entities: tuple[Entity, ...] = ()
    warnings: tuple[str, ...] = ()

    def statement(self, statement_id: str) -> Statement:
        """Look a statement up by id."""
        return self._statements_by_id()[statement_id]

    def source(self, source_id: str) -> Source:
        """Look a source up by id."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def statements_of(self, source_id: str) -> tuple[Statement, ...]:
        """Statements of one source in reading order."""
        return tuple(s for s in self.statements if s.source_id == source_id)

    def _statements_by_id(self) -> dict[str, Statement]:
        cache = self.__dict__.get("_by_id")
        if cache is None:
            cache = {s.id: s for s in self.statements}
            object.__setattr__(self, "_by_id", cache)
        return cache

    @property
    def summary(self) -> dict[str, int]:
        """Number of findings per status, every status present (zero when absent)."""
        counts = {status.value: 0 for status in Status}
        for finding in self.findings:
            counts[finding.status.value] += 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract documented in the README (fields are only ever added)."""
        from .render.jsonout import report_to_dict

        return report_to_dict(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding, the same columns as the CSV report."""
        from .render.csvout import report_to_frame

        return report_to_frame(self)
