"""Small hand-built reports for the render tests, independent of the other pipeline stages.

The articles are invented; they carry every case a report must draw: a date discrepancy, a
partial (approximate) quantity, an agreement across two spellings of one name, a unique
statement on each side, and hostile text (a spreadsheet formula, a script tag, Markdown pipes).
"""

from __future__ import annotations

from collections.abc import Sequence

from reconcile.models import (
    Difference,
    Entity,
    Finding,
    Link,
    Mention,
    NameMatch,
    Report,
    Source,
    Span,
    Statement,
    Status,
)

HOSTILE_FORMULA = '=HYPERLINK("http://evil.example/x","Click")'
HOSTILE_SCRIPT = "<script>alert('x')</script>"


def make_source(
    source_id: str, sentences: Sequence[str], *, label: str, title: str | None = None
) -> tuple[Source, tuple[Statement, ...]]:
    """A source whose text is the sentences, one paragraph per sentence, with exact offsets."""
    text = ""
    statements = []
    for n, sentence in enumerate(sentences, 1):
        start = len(text)
        text += sentence + "\n\n"
        statements.append(
            Statement(f"{source_id}{n}", source_id, n - 1, sentence, start, start + len(sentence))
        )
    source = Source(source_id, label, f"{source_id}.txt", text, title=title)
    return source, tuple(statements)


def span(statement: Statement, fragment: str) -> Span:
    """The evidence span of a fragment of a statement, with absolute offsets."""
    at = statement.text.index(fragment)
    return Span(
        statement.source_id,
        statement.id,
        fragment,
        statement.start + at,
        statement.start + at + len(fragment),
    )


def _by_id(statements: Sequence[Statement]) -> dict[str, Statement]:
    return {s.id: s for s in statements}


def two_source_report() -> Report:
    """Two invented reports of one meeting, with one finding of every status."""
    a, a_st = make_source(
        "a",
        [
            "Foreign ministers met in Valmora on Friday.",
            "Alexander Darchiyev led a delegation of 12 diplomats.",
            "The talks lasted four hours.",
            f"A caption read {HOSTILE_FORMULA} under the photo.",
            f"{HOSTILE_FORMULA} was pasted into the minutes.",
        ],
        label="Daily Courier",
        title="Ministers meet in Valmora",
    )
    b, b_st = make_source(
        "b",
        [
            "The ministers gathered in Valmora on Monday.",
            "Aleksandr Darchiev headed the 12-member delegation.",
            "Talks lasted about four hours.",
            f"A prankster typed {HOSTILE_SCRIPT} | *bold* [link](x) into the chat.",
        ],
        label="Evening Post",
        title="Talks in Valmora | day two",
    )
    st = _by_id(a_st + b_st)
    findings = (
        Finding(
            "f1",
            Status.DISCREPANCY,
            {"a": ("a1",), "b": ("b1",)},
            0.71234,
            (
                Difference(
                    "date", {"a": (span(st["a1"], "Friday"),), "b": (span(st["b1"], "Monday"),)}
                ),
            ),
            (Link("a1", "b1", 0.71234, {"lexical": 0.6, "names": 1.0}),),
        ),
        Finding(
            "f2",
            Status.AGREEMENT,
            {"a": ("a2",), "b": ("b2",)},
            0.8,
            (),
            (Link("a2", "b2", 0.8, {"names": 1.0, "lexical": 0.5}),),
        ),
        Finding(
            "f3",
            Status.PARTIAL,
            {"a": ("a3",), "b": ("b3",)},
            0.9,
            (
                Difference(
                    "quantity",
                    {
                        "a": (span(st["a3"], "four hours"),),
                        "b": (span(st["b3"], "about four hours"),),
                    },
                    Status.PARTIAL,
                    "b is approximate",
                ),
            ),
            (Link("a3", "b3", 0.9, {"lexical": 0.9}),),
        ),
        Finding("f4", Status.UNIQUE, {"a": ("a4",), "b": ()}),
        Finding("f5", Status.UNIQUE, {"a": ("a5",), "b": ()}),
        Finding("f6", Status.UNIQUE, {"a": (), "b": ("b4",)}),
    )
    darchiyev = Entity(
        "e1",
        "person",
        "Alexander Darchiyev",
        (
            Mention("m1", "person", span(st["a2"], "Alexander Darchiyev")),
            Mention("m2", "person", span(st["b2"], "Aleksandr Darchiev")),
        ),
        (NameMatch("Alexander Darchiyev", "Aleksandr Darchiev", 0.93, "transliteration"),),
    )
    valmora = Entity(
        "e2",
        "place",
        "Valmora",
        (
            Mention("m3", "place", span(st["a1"], "Valmora")),
            Mention("m4", "place", span(st["b1"], "Valmora")),
        ),
        (NameMatch("Valmora", "Valmora", 1.0, "exact"),),
    )
    lonely = Entity("e3", "person", "Sonata Carter", ())  # named nowhere twice: not listed
    return Report((a, b), a_st + b_st, findings, (darchiyev, valmora, lonely))


def three_source_report() -> Report:
    """Three sources: unique findings must be marked with their source id, not +/-."""
    sources, statements = [], []
    for sid, sentences in {
        "a": ["The bridge opened in May.", "It cost 40 million."],
        "b": ["The bridge opened in June."],
        "c": ["Crowds lined the river."],
    }.items():
        source, sts = make_source(sid, sentences, label=f"Outlet {sid.upper()}")
        sources.append(source)
        statements.extend(sts)
    st = _by_id(statements)
    findings = (
        Finding(
            "f1",
            Status.DISCREPANCY,
            {"a": ("a1",), "b": ("b1",), "c": ()},
            0.75,
            (Difference("date", {"a": (span(st["a1"], "May"),), "b": (span(st["b1"], "June"),)}),),
        ),
        Finding("f2", Status.UNIQUE, {"a": ("a2",), "b": (), "c": ()}),
        Finding("f3", Status.UNIQUE, {"a": (), "b": (), "c": ("c1",)}),
    )
    return Report(tuple(sources), tuple(statements), findings)
