"""Segmentation: statement boundaries, exact offsets and no silent loss of text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import InputError
from reconcile.load import load_source, source_from_text
from reconcile.models import Source
from reconcile.options import Options
from reconcile.segment import MAX_STATEMENT_CHARS, segment


def _source(text: str) -> Source:
    return Source(id="a", label="a", path=None, text=text)


def _texts(text: str) -> list[str]:
    statements, _ = segment(_source(text))
    return [s.text for s in statements]


CASES = [
    # abbreviations
    ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
    ("Talks with the U.S. The ministry said so.", ["Talks with the U.S.", "The ministry said so."]),
    ("The U.S. State Department agreed.", ["The U.S. State Department agreed."]),
    ("The U.K. and the U.N. agreed.", ["The U.K. and the U.N. agreed."]),
    (
        "Each paid a fine of Rs. 50 lakh. They will appeal.",
        ["Each paid a fine of Rs. 50 lakh.", "They will appeal."],
    ),
    (
        "On Feb. 3 the talks began. Mr. Smith spoke.",
        ["On Feb. 3 the talks began.", "Mr. Smith spoke."],
    ),
    ("Lt. Col. Ivanov met Dr. Petrova in St. Petersburg.", None),
    ("Gen. Petrov and Sen. Reed met Gov. Lee and Rep. Diaz.", None),
    ("The sanctions name Brig. Omar Sadiq and Pvt. Ali Kamal.", None),
    ("Resolution No. 5 passed. It was binding.", ["Resolution No. 5 passed.", "It was binding."]),
    ("He joined Acme Inc. The firm grew.", ["He joined Acme Inc.", "The firm grew."]),
    ("Acme Corp. and Brook Co. signed.", None),
    (
        "The case Russia vs. Ukraine was heard. It lasted a day.",
        ["The case Russia vs. Ukraine was heard.", "It lasted a day."],
    ),
    (
        "Costs, e.g. Fuel and rent, rose. So did wages.",
        ["Costs, e.g. Fuel and rent, rose.", "So did wages."],
    ),
    (
        "The talks began at 10 a.m. Moscow time. They ended at 5 p.m. The next round is soon.",
        [
            "The talks began at 10 a.m. Moscow time.",
            "They ended at 5 p.m.",
            "The next round is soon.",
        ],
    ),
    # initials
    (
        "A. Darchiev led the team. John F. Kennedy was absent.",
        ["A. Darchiev led the team.", "John F. Kennedy was absent."],
    ),
    ("It was World War I. The war ended.", ["It was World War I.", "The war ended."]),
    # decimals and numbers
    ("Growth was 3.5 percent. Inflation rose.", ["Growth was 3.5 percent.", "Inflation rose."]),
    ("The war began in 2022. 2023 was calmer.", ["The war began in 2022.", "2023 was calmer."]),
    # quotes
    (
        "“We agree,” he said. “We will meet again.” The talks ended.",
        ["“We agree,” he said.", "“We will meet again.”", "The talks ended."],
    ),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ('"Why?" he asked. Nobody answered.', ['"Why?" he asked.', "Nobody answered."]),
    (
        "He thanked the U.S. “We are grateful,” he said.",
        ["He thanked the U.S.", "“We are grateful,” he said."],
    ),
    (
        "(The meeting was closed.) Reporters waited.",
        ["(The meeting was closed.)", "Reporters waited."],
    ),
    ("It worked! Everyone cheered.", ["It worked!", "Everyone cheered."]),
    # ellipses
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    ("The talks were … productive, he said.", None),
    ("We will … Russia must act, he said.", None),
    # paragraphs and lines
    (
        "First point without period\nSecond point here",
        ["First point without period", "Second point here"],
    ),
    ("One paragraph\n\nAnother paragraph", ["One paragraph", "Another paragraph"]),
    ("The delegations met in Istanbul\nfor six hours on Thursday.", None),
    ("Talks ended.\nofficials left.", ["Talks ended.", "officials left."]),
    # glued sentences
    (
        "It fits the global framework.Moscow replied later.",
        ["It fits the global framework.", "Moscow replied later."],
    ),
    ("Visit example.com for details.", None),
    # Markdown markers
    ("- First item here.\n- Second item here.", ["First item here.", "Second item here."]),
    ("1. Talks resume.\n2) Flights return.", ["Talks resume.", "Flights return."]),
    ("## Background\n\nThe war began in 2022.", ["Background", "The war began in 2022."]),
    ("> A quoted line.", ["A quoted line."]),
    # junk
    ("The talks ended.\n\n“`", ["The talks ended."]),
    ("Part one.\n\n* * *\n\nPart two.", ["Part one.", "Part two."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_boundaries(text: str, expected: list[str] | None) -> None:
    """``None`` means the whole text is one statement."""
    assert _texts(text) == (expected if expected is not None else [text])


@pytest.mark.parametrize(
    ("text", "junk_at", "size"),
    [("The talks ended.\n\n“`", 18, 2), ("Part one. ***\nPart two.", 10, 3), ('"\nText.', 0, 1)],
)
def test_junk_is_reported_not_kept(text: str, junk_at: int, size: int) -> None:
    statements, warnings = segment(_source(text))
    assert all(any(c.isalnum() for c in s.text) for s in statements)
    assert f"ignored {size} junk character(s) at offset {junk_at}" in warnings


def test_ids_indices_and_offsets() -> None:
    text = "First one. Second one.\n\nThird one."
    statements, warnings = segment(Source(id="b", label="b", path=None, text=text))
    assert [s.id for s in statements] == ["b1", "b2", "b3"]
    assert [s.index for s in statements] == [0, 1, 2]
    assert [(s.start, s.end) for s in statements] == [(0, 10), (11, 22), (24, 34)]
    assert {s.source_id for s in statements} == {"b"}
    assert warnings == ()


def test_front_matter_is_not_a_statement() -> None:
    source = source_from_text(
        "# Talks end\n\nMOSCOW — The talks ended. Both sides left.", "a", Options()
    )
    assert _statement_texts(source) == ["The talks ended.", "Both sides left."]
    assert (source.title, source.dateline) == ("Talks end", "MOSCOW")


def _statement_texts(source: Source) -> list[str]:
    return [s.text for s in segment(source)[0]]


def test_long_statement_is_split_at_semicolons() -> None:
    clause = "the delegation discussed visas and banking access for staff"
    text = "; ".join([clause] * 40) + "."
    statements, warnings = segment(_source(text))
    assert len(statements) > 1
    assert all(len(s.text) <= MAX_STATEMENT_CHARS for s in statements)
    assert all(s.text.endswith((";", ".")) for s in statements)
    assert warnings == (f"split 1 statement(s) longer than {MAX_STATEMENT_CHARS} characters",)


def test_long_run_without_spaces_is_kept_intact() -> None:
    text = "x" * (3 * MAX_STATEMENT_CHARS)
    statements, _ = segment(_source(text))
    assert [s.text for s in statements] == [text]


# Exact boundaries of the seeds as (start, end) offsets into the decoded files; the text itself
# stays out of the repository.
SEED_A_SPANS = [
    (9, 222), (223, 401), (402, 614), (615, 715), (716, 948), (949, 1125), (1126, 1358),
    (1359, 1519), (1520, 1699), (1700, 1872), (1873, 1968), (1969, 2136), (2137, 2401),
    (2402, 2528), (2529, 2743), (2744, 2975),
]  # fmt: skip
SEED_B_SPANS = [
    (28, 152), (154, 374), (376, 526), (528, 655), (656, 755), (756, 846), (848, 1033),
    (1034, 1116), (1118, 1319), (1321, 1383), (1384, 1572), (1574, 1713), (1714, 1814),
    (1816, 1983), (1984, 2119), (2121, 2307), (2309, 2548),
]  # fmt: skip


def test_seed_boundaries(seeds) -> None:
    seed_a, seed_b = seeds
    a = load_source(str(seed_a), "a", Options())
    b = load_source(str(seed_b), "b", Options())
    statements_a, warnings_a = segment(a)
    statements_b, warnings_b = segment(b)
    assert [(s.start, s.end) for s in statements_a] == SEED_A_SPANS
    assert [(s.start, s.end) for s in statements_b] == SEED_B_SPANS
    assert a.dateline == "MOSCOW" and a.title is None
    assert b.title is not None and b.dateline is None
    assert warnings_a == ()
    # The stray quote and backtick at the very end of the second seed are reported, not kept.
    assert warnings_b == (f"ignored 2 junk character(s) at offset {len(b.text.rstrip()) - 2}",)


# --- properties --------------------------------------------------------------------------------

_PIECES = (
    'a A b B e E s S t T u U x Z 0 1 9 . ! ? , ; - ` ( ) ... … “ ” ’ " U.S. Mr. A. the The e.g. 3.5'
)
_ALPHABET = st.sampled_from(
    [*_PIECES.split(" "), " ", "  ", "\n", "\n\n", "\t", "\u00a0", ". ", "- ", "# ", "* ", "1. "]
)
_TEXTS = st.lists(_ALPHABET, max_size=80).map("".join)
_MARKER_CHARS = set("#-*+•>0123456789.)")
_JUNK = re.compile(r"ignored (\d+) junk character\(s\) at offset (\d+)")


def _uncovered_is_marker(text: str, pos: int) -> bool:
    """A character outside every statement may only be a list/heading marker at a line start."""
    line_start = text.rfind("\n", 0, pos) + 1
    return all(c.isspace() or c in _MARKER_CHARS for c in text[line_start : pos + 1])


def _check_invariants(source: Source) -> None:
    statements, warnings = segment(source)
    text = source.text
    covered = [False] * len(text)
    previous_end = source.body_start
    for n, s in enumerate(statements, start=1):
        assert (s.id, s.index, s.source_id) == (f"{source.id}{n}", n - 1, source.id)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and any(c.isalnum() for c in s.text)
        assert s.start >= previous_end  # ordered and non-overlapping
        previous_end = s.end
        covered[s.start : s.end] = [True] * (s.end - s.start)
    for warning in warnings:
        junk = _JUNK.fullmatch(warning)
        if junk:
            size, offset = int(junk.group(1)), int(junk.group(2))
            assert not any(c.isalnum() for c in text[offset : offset + size])
            covered[offset : offset + size] = [True] * size
    for pos in range(source.body_start, len(text)):
        if not covered[pos] and not text[pos].isspace():
            assert _uncovered_is_marker(text, pos), (pos, text)


@given(_TEXTS)
def test_segment_loses_nothing(text: str) -> None:
    _check_invariants(_source(text))


@given(_TEXTS)
def test_loaded_sources_lose_nothing_but_front_matter(text: str) -> None:
    try:
        source = source_from_text(text, "b", Options())
    except InputError:
        assert not any(c.isalpha() for c in text)
        return
    assert len(source.text) == len(text)  # offsets into the input stay valid
    head = source.text[: source.body_start]
    assert source.dateline is None or source.dateline in head
    assert source.title is None or source.title in head
    _check_invariants(source)
