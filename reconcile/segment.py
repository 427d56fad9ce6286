"""Segmentation: the body of a source cut into sentence-level statements with exact offsets.

Rules, in order:

1. Lines. A blank line always ends a statement, and so does a line break, except inside
   hard-wrapped prose: a line that ends without final punctuation continues on the next line
   when that line starts in lower case. List markers (``-``, ``*``, ``1.``), heading markers
   (``#``) and quote markers (``>``) at the start of a line are not part of a statement.
2. Sentences. A candidate end is ``.``, ``!``, ``?`` or an ellipsis, with any closing quotes
   or brackets after it, followed by white space. It is a real end unless the next word starts
   in lower case (``"Why?" he asked``) or the word before is an abbreviation. After an
   abbreviation, an initial or an ellipsis the sentence ends only when the next word is a
   function word that starts sentences ("The", "It", "But", ...) or an opening quote: names
   and title words ("U.S. Embassy", "A. Darchiev") do not start a new sentence. A period
   glued to a capitalised word ("framework.Moscow") also ends a sentence after a lower-case
   word.
3. Pieces with no letter or digit (stray quotes, rules like ``***``) are not statements; a
   warning reports each with its offset, so no text is lost silently. Statements longer than
   :data:`MAX_STATEMENT_CHARS` are split at the last ``;``, else ``,``, else space.

Everything is regular-expression driven and linear in the length of the text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .models import Source, Statement

#: Longer statements are split (at ; , or space) so that one run-on paragraph cannot swamp
#: alignment; a piece is never shorter than half of this.
MAX_STATEMENT_CHARS = 1000

_LINE = re.compile(r"[^\n]+")
_MARKER = re.compile(r"(?:(?:#{1,6}|[-*+•>]|\d{1,2}[.)])[ \t]+)+")
_END = re.compile(r"(?:\.{3}|…|[.!?])+[\"'”’»)\]]*")
_NEXT = re.compile(r"\s+(?P<open>[\"'“‘«(\[]*)(?P<word>\w*)")
_OPENERS = "\"'“‘«(["
_CONTINUES = ",-–—(&"  # a line ending in one of these (or a letter/digit) may wrap
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]|[A-Za-z]")
_LOWER_WORD = re.compile(r"[a-z]{2,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Abbreviations that always precede something (titles before names, "e.g.", "vs.").
_NEVER_FINAL = _words(
    "mr mrs ms messrs dr prof rev hon gen lt col capt cmdr adm maj sgt cpl sen rep gov pres "
    "supt insp det amb brig pvt vs v e.g i.e cf viz"
)
#: Abbreviations that may end a sentence ("... with the U.S. The ministry ...").
_ABBREVIATIONS = _NEVER_FINAL | _words(
    "inc corp co ltd llc plc bros jr sr st ave blvd rd mt ft etc approx est dept govt intl "
    "natl univ assn no nos vol vols art pp ch sec fig jan feb mar apr jun jul aug sep sept oct "
    "nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m "
    "rs tk rp ksh"  # currencies written before the amount: "a fine of Rs. 50 lakh"
)
#: Closed-class words that start sentences but are not names or title words.
_STARTERS = _words(
    """
    a an the this that these those it its he his him she her they their them we our us i my
    you your there here but and or so yet nor however meanwhile also still then now thus
    therefore moreover furthermore instead nevertheless nonetheless indeed in on at for from
    with without by after before during while when where whether if as although though since
    because until unless both either neither each every all some many most much several few
    no none such what which who why how according earlier later last despite amid among
    asked speaking once only even not yes
    """
)


def segment(source: Source) -> tuple[tuple[Statement, ...], tuple[str, ...]]:
    """Statements of the body of ``source`` in reading order, and warnings about skipped text.

    Statement ids are ``f"{source.id}{n}"`` with n from 1; ``Statement.index`` is n - 1.
    ``source.text[st.start:st.end] == st.text`` always holds.
    """
    text = source.text
    spans: list[tuple[int, int]] = []
    warnings: list[str] = []
    split_count = 0
    for block_start, block_end in _blocks(text, source.body_start):
        cuts = [block_start, *_sentence_ends(text, block_start, block_end), block_end]
        for piece_start, piece_end in pairwise(cuts):
            start, end = _strip(text, piece_start, piece_end)
            if start == end:
                continue
            if not any(ch.isalnum() for ch in text[start:end]):
                warnings.append(f"ignored {end - start} junk character(s) at offset {start}")
                continue
            pieces = _split_long(text, start, end)
            split_count += len(pieces) > 1
            spans.extend(pieces)
    if split_count:
        warnings.append(
            f"split {split_count} statement(s) longer than {MAX_STATEMENT_CHARS} characters"
        )
    statements = tuple(
        Statement(
            id=f"{source.id}{n}",
            source_id=source.id,
            index=n - 1,
            text=text[start:end],
            start=start,
            end=end,
        )
        for n, (start, end) in enumerate(spans, start=1)
    )
    return statements, tuple(warnings)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _blocks(text: str, body_start: int) -> list[tuple[int, int]]:
    """Paragraph-like ranges: one per line, hard-wrapped prose lines joined, markers cut off."""
    blocks: list[tuple[int, int]] = []
    can_continue = False
    last_end = -2
    for line in _LINE.finditer(text, body_start):
        start, end = _strip(text, *line.span())
        if start == end:
            can_continue = False
            continue
        marker = _MARKER.match(text, start, end)
        heading = False
        if marker and marker.end() < end:
            heading = text[start] == "#"
            start = marker.end()
        adjacent = line.start() == last_end + 1
        if blocks and can_continue and adjacent and not marker and text[start].islower():
            blocks[-1] = (blocks[-1][0], end)
        else:
            blocks.append((start, end))
        last_end = line.end()
        last = text[end - 1]
        can_continue = not heading and (last.isalnum() or last in _CONTINUES)
    return blocks


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets inside ``text[start:end]`` where a sentence ends."""
    ends = []
    for match in _END.finditer(text, start, end):
        after = match.end()
        if after >= end:
            continue
        if text[after].isspace():
            if _ends_here(text, start, end, match):
                ends.append(after)
        elif text[after].isupper() and _glued_end(text, start, end, match):
            ends.append(after)
    return ends


_LONGEST_WORD = 64


def _word_before(text: str, start: int, pos: int) -> str:
    """The word ending at ``pos``, up to ``_LONGEST_WORD`` characters of it: no abbreviation
    is longer, and a scan to the start of a long run of "A.A.A." for every stop in it would
    cost the square of its length."""
    begin = pos
    while begin > max(start, pos - _LONGEST_WORD) and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:pos].lstrip(_OPENERS)


def _is_abbreviation(word: str) -> bool:
    return word.lower() in _ABBREVIATIONS or _DOTTED.fullmatch(word) is not None


def _ends_here(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Does the terminator ``match``, followed by white space, end a sentence?"""
    following = _NEXT.match(text, match.end(), end)
    if following is None:
        return True
    word = following.group("word")
    if word[:1].islower():
        return False
    term = match.group()
    ellipsis = term.startswith("...") or "…" in term
    if not ellipsis and ("?" in term or "!" in term):
        return True
    before = _word_before(text, start, match.start())
    if not ellipsis and not _is_abbreviation(before):
        return True
    if before.lower() in _NEVER_FINAL or word[:1].isdigit():
        return False
    return bool(following.group("open")) or word.lower() in _STARTERS


def _glued_end(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """A period glued to the next sentence: "framework.Moscow" (but not "U.S.Embassy")."""
    before = _word_before(text, start, match.start())
    following = text[match.end() : min(match.end() + 2, end)]
    return (
        len(match.group().rstrip("\"'”’»)]")) == 1
        and _LOWER_WORD.fullmatch(before) is not None
        and before not in _ABBREVIATIONS
        and len(following) == 2
        and following[1].islower()
    )


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long statement at the last ; (else , else space) in each window."""
    pieces = []
    while end - start > MAX_STATEMENT_CHARS:
        low, high = start + MAX_STATEMENT_CHARS // 2, start + MAX_STATEMENT_CHARS
        cut = -1
        for separator in ("; ", ", ", " "):
            found = text.rfind(separator, low, high)
            if found >= 0:
                cut = found + len(separator) - 1
                break
        if cut < 0:
            break  # no space at all (a URL, a table row): kept intact rather than cut mid-word
        piece_start, piece_end = _strip(text, start, cut)
        pieces.append((piece_start, piece_end))
        start, end = _strip(text, cut, end)
    pieces.append((start, end))
    return pieces
