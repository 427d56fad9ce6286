"""Extract comparable facts from a statement: numbers, dates, quotes, negations, titles.

Values are normalised so that two sources compare by value whatever their wording: "1.2
million" and "1,200,000" give the same number, "24 February 2022" and "February 24, 2022" the
same date. Extraction uses hand-written patterns: ``dateutil``'s fuzzy parser finds one date per
string, silently merges a weekday elsewhere in the sentence into it and reports no offsets, and
``dateparser.search_dates`` is far slower; the patterns here give exact spans and never invent
a day or a year the text does not state.

Value shapes (all hashable):

- number / percent / money / quantity: ``(float, unit)``; unit ``""`` for a count, ``"%"``,
  ``"pp"`` (percentage points), an ISO currency code, or a base unit (``"m"``, ``"kg"``, ...).
- date: ``("date", year, month, day)`` with ``None`` for unknown parts; an unresolved weekday is
  ``("weekday", 0..6)`` (Monday = 0) and an unresolved "yesterday" ``("relday", -1)``.
- time: ``("time", hour, minute)``.
- quote: the quoted words, lower-cased and joined by single spaces.
- negation / modality: ``(cue, stems)``, the stems of the words the cue governs.
- title: ``(rank, domain)``, e.g. ``(("deputy", "assistant", "secretary"), ("state",))``.

``Fact.slot`` says what a value is about: the stem of the noun a number counts ("troop"),
``"said"`` or ``"event"`` for dates (when something was said vs when it happened).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from .models import Fact, Source, Span, Statement
from .textnorm import DATE_HINT, fold, text_before
from .textnorm import stem as textnorm_stem

# ---------------------------------------------------------------------------------------------
# Words

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _words(text: str) -> frozenset[str]:
    """A word list written as one string: easier to read and extend than a list literal."""
    return frozenset(text.split())


def stem(word: str) -> str:
    """Stem cut to six letters, so that "proposed", "proposal" and "propose" meet.

    These stems are only compared with each other (what a negation governs, what a number
    counts); the cut merges derivations that the conservative alignment stemmer keeps apart.
    """
    folded = fold(word).replace("’", "'")
    return textnorm_stem(folded.removesuffix("'s"))[:6]


#: Words without content of their own, skipped when looking for what a cue is about.
FUNCTION_WORDS = _words(
    """a an the to of in on at for by with from as that this these those it its their his her
    them they he she we i you our your be been being is was were are am have has had do does
    did done get got any some much many so very too just yet even ever also still again only
    and or but if than then there here who whom which what when where while whether all both
    each every other such own same about into over after before up down out off more most will
    because since although though unless until
    would shall should can could may might must"""
)

#: Verbs (and nouns) of saying: a date next to one dates the statement, not the event.
SPEECH_WORDS = _words(
    """said say says announced announce announces stated state states told tell tells reported
    reports added adds noted notes declared declares confirmed confirms claimed claims
    commented comments wrote writes tweeted posted explained insisted according statement
    statements remarked revealed disclosed emphasized emphasised stressed highlighted warned
    acknowledged announcement briefing"""
)


def _span(statement: Statement, start: int, end: int) -> Span:
    return Span(
        source_id=statement.source_id,
        statement_id=statement.id,
        text=statement.text[start:end],
        start=statement.start + start,
        end=statement.start + end,
    )


_ARTICLES = _words("a an the any")


#: Forms of "do" that are the verb a negation governs when no object follows ("never do.",
#: "not done as a rule"), not an auxiliary before it ("did not reach").
_DO = frozenset(("do", "does", "did", "done", "doing"))
_DONE_WITH = re.compile(r"\s*(?:[,.;:!?]|$|(?:as|by|in|so|to|at|for|with|again)\b)", re.I)


def _content_stems(text: str, start: int, limit: int = 2) -> tuple[tuple[str, ...], int]:
    """Stems of the first ``limit`` content words from ``start`` and where the last one ends."""
    stems: list[str] = []
    end = start
    for match in _WORD.finditer(text, start):
        if match.start() - start > 40 or re.search(r"[,.;:!?]", text[end : match.start()]):
            break
        word = match.group().lower()
        # An article leads on to the object ("not reach a compromise"): both words are
        # governed, so "no compromise" on the other side agrees with it.
        if word in _ARTICLES:
            continue
        if word in FUNCTION_WORDS or (word.endswith("ly") and len(word) > 4):
            if stems:
                break
            if word in _DO and _DONE_WITH.match(text, match.end()):
                break  # "should never have been done as an automaker": what is denied is a deed
            continue
        stems.append(stem(word))
        end = match.end()
        if len(stems) == limit:
            break
    return tuple(stems), end


class _Taken:
    """Spans of a statement already read as facts. Kept sorted, so that checking a new match
    costs a logarithmic search, not a scan: one huge statement can hold thousands of figures."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        # A span that overlaps starts before ``end`` and at most ``_longest`` before ``start``.
        first = bisect.bisect_left(self._spans, (start - self._longest, start - self._longest))
        for t_start, t_end in itertools.islice(self._spans, first, None):
            if t_start >= end:
                return False
            if t_end > start:
                return True
        return False


# ---------------------------------------------------------------------------------------------
# Dates and times

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_DATE_PATTERNS = [
    re.compile(
        r"(?<![\d-])" + _YEAR + r"-(?P<mnum>0?[1-9]|1[0-2])-(?P<day>[12]\d|3[01]|0?[1-9])(?![\d-])"
    ),
    re.compile(r"\b" + _MON + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\d:])"),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?\b"),
    re.compile(r"\b" + _MON + r",?\s+(?:of\s+)?" + _YEAR + r"\b"),
    re.compile(
        r"\b(?i:in|since|by|until|till|from|during|through|early|late|last|next|this|of|before"
        r"|after|mid)[\s-]+(?P<only>" + _MON + r")\b"
    ),
]
_YEAR_RE = re.compile(r"(?<![\d,.$€£-])" + _YEAR + r"(?![\d,.]\d|%|-\d|s\b|’s\b)")
_YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|early|late|mid|the|year|fiscal"
    r"|between|and|to|through)[\s-]+$",
    re.I,
)
_WEEKDAY_RE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELDAY_RE = re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight)\b", re.I)
_RELDAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_TIME_RE = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])(?:\.m\b\.?|m\b)"
    r"|(?<![\d:.])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?!\d|:\d|\.\d)"
    r"(?:\s*(?:GMT|UTC|[A-Z]{2,4}T)\b)?"
    r"|\b(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s*(?:GMT|UTC)\b"  # "1600 GMT"
    r"|\b(?P<word>noon|midday|midnight)\b",
    re.I,
)


#: A hedge on a time of day ("shortly after 2pm", "at around 6 am") and what it makes of it.
_TIME_HEDGE = re.compile(
    r"\b((?:shortly|just|soon|right)\s+(?:after|before)|around|about|approximately|roughly)"
    r"\s+(?:at\s+)?$",
    re.I,
)
_TIME_HEDGES = {"after": "more than", "before": "less than"} | dict.fromkeys(
    ("around", "about", "approximately", "roughly"), "about"
)
#: Minutes a hedged time reaches: "around 6 am" is 5.30 to 6.30, "shortly after 2pm" up to 2.45.
_TIME_REACH = {"about": (-30, 30), "more than": (0, 45), "less than": (-45, 0), None: (0, 0)}
#: Minutes that "around" reaches from a time told to the minute: "around 9:45 pm" is no
#: "around 9:50pm" (annotators of real pairs called such times different, 5 to 15 minutes
#: apart); "around 6 am", a whole hour, reaches half an hour.
_MINUTE_REACH = (-2, 2)


#: Parts of the day told after a day ("Saturday afternoon", "this morning") or "in the": the
#: hours they span, as a time whose reach is the part ("9 am" is no "afternoon"). "Night"
#: crosses midnight and is left out; a part after "until" or "by" is a deadline, no event time.
DAY_PARTS = {"morning": (0, 12), "afternoon": (12, 19), "evening": (17, 24)}
_PARTS = "|".join(DAY_PARTS)
_DAY_PART_RE = re.compile(
    r"\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    rf"|tomorrow|this)\s+|in\s+the\s+(?:(?:early|late)\s+)?)(?P<part>{_PARTS})\b",
    re.I,
)
#: The half of the day a twelve-hour clock time is told in ("8:30 in the evening").
_HALF_OF_DAY = re.compile(rf"\s+in\s+the\s+({_PARTS})\b", re.I)
_DEADLINE = re.compile(r"\b(?:until|till|by|before|from|through)\s+$", re.I)


def time_reach(fact: Fact) -> tuple[int, int]:
    """The minutes before and after a time fact that its hedge (or its part of the day)
    allows."""
    if fact.approx in DAY_PARTS:
        first, last = DAY_PARTS[fact.approx]
        return (first - last) * 30, (last - first) * 30
    if fact.approx == "about" and fact.value[2]:
        return _MINUTE_REACH
    return _TIME_REACH[fact.approx]


def _month(text: str) -> int:
    return _MONTHS[text.lower().rstrip(".")]


#: A race or match time ("2:03:34", "1:59:40.2"): hours, minutes and seconds of a duration. A
#: time of day has two parts ("14:30", read with the dates), or a time zone after three.
_DURATION = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)(?![\d:])"
    r"(?!\s*(?:GMT|UTC|[A-Z]{2,4}T)\b|\s*[ap]\.?m\b)"
)


#: A race time written with a point ("2:19.37", "3:05.28"): minutes and seconds and their
#: hundredths, or hours, minutes and seconds, as outlets differ. Its unit keeps it apart from
#: times written another way, so that one reading is only ever compared with itself.
_SPLIT_TIME = re.compile(r"(?<![\d:.])(?P<a>\d{1,2}):(?P<b>[0-5]\d)\.(?P<c>\d{1,2})(?![\d:.]\d|\d)")
SPLIT = "m:ss.ff"


_ANNOUNCES_PLAN = re.compile(
    r"(?:\s+(?:that\s+)?(?:it|they|he|she|we|the\s+\w+|[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+"
    r"(?:would|will|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to)\b)"
)


#: Words that make a bare "May" the month.
_MONTH_LEAD = re.compile(
    r"\b(?:in|since|until|till|by|from|last|next|early|late|mid-?|of|during|through|before"
    r"|after|this)\s*$",
    re.I,
)


#: A year that names which of a kind of thing, not when something happened: "the 2019 world
#: champion", "its 2023 report", "Kenya's 2022 election".
_YEAR_OF = re.compile(r"(?:\b(?:the|an?|its|their|his|her)|\w['’]s)\s+$", re.I)
#: A date after "since" dates the last time something happened ("on hold since October", "the
#: first cut since November 2020"): outlets tell one such date of one story.
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
SINCE = "since"
_YEAR_NAMES = re.compile(r"\s+([A-Za-z][\w-]+)")
_YEAR_NOT_NOUN = _words(
    "and or to when after before through until was were is are as in for on at of by"
)


def _date_slot(text: str, start: int, end: int) -> str:
    """ "said" when the date is the date of a statement ("announced Friday"), "the <noun>" when a
    year names which thing ("the 2019 world champion" is no date of winning in 2021), else
    "event"."""
    if _SINCE.search(text_before(text, start)):
        return SINCE
    if re.fullmatch(r"\d{4}", text[start:end]) and _YEAR_OF.search(text_before(text, start)):
        named = _YEAR_NAMES.match(text, end)
        if named and named.group(1).lower() not in _YEAR_NOT_NOUN:
            return "the " + textnorm_stem(named.group(1).lower())
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-3:]
    if any(w in SPEECH_WORDS for w in before):
        # "said on Wednesday they would merge" announces a decision: the date of saying is
        # the date of the news itself, as in "agreed on Tuesday to merge".
        return "event" if _ANNOUNCES_PLAN.match(text, end) else "said"
    if re.match(r"\s*,", text[end:]) and not text[:start].strip(" “\"'(").replace("On", ""):
        after = [w.lower() for w in _WORD.findall(text[end : end + 60])][:6]
        if any(w in SPEECH_WORDS for w in after):
            return "said"
    return "event"


def _resolve_weekday(weekday: int, published: dt.date, text: str, start: int) -> dt.date:
    """The date a weekday names: the last such day up to publication, or the next one when the
    sentence looks ahead ("next Friday", "will meet on Monday")."""
    before = text[max(0, start - 30) : start].lower()
    ahead = re.search(r"\b(?:next|will|coming|upcoming|scheduled|due)\b", before)
    delta = (weekday - published.weekday()) % 7 if ahead else -((published.weekday() - weekday) % 7)
    return published + dt.timedelta(days=delta)


def _dates(
    text: str, published: dt.date | None, taken: _Taken
) -> Iterator[tuple[str, tuple[object, ...], int, int]]:
    # Every calendar date has a digit or a month name: most statements have neither, and one
    # search spares them the six date patterns.
    calendar = DATE_HINT.search(text) is not None
    for pattern in _DATE_PATTERNS if calendar else ():
        for m in pattern.finditer(text):
            start = m.start("only") if "only" in pattern.groupindex else m.start()
            if taken.overlaps(start, m.end()):
                continue
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _month(groups["mon"])
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            # "May" is a modal verb far more often than a month when nothing dates it, unless a
            # word of time leads to it ("in May", "since May", "mid-May").
            if (
                groups.get("mon") == "May"
                and day is None
                and year is None
                and not _MONTH_LEAD.search(text, max(0, start - 8), start)
            ):
                continue
            taken.add(start, m.end())
            yield "date", ("date", year, month, day), start, m.end()
    for m in _YEAR_RE.finditer(text) if calendar else ():
        if taken.overlaps(m.start(), m.end()):
            continue
        following = text[m.end() : m.end() + 20]
        if not _YEAR_CONTEXT.search(text[max(0, m.start() - 12) : m.start()]) and re.match(
            r"\s+[a-z]", following
        ):
            continue  # "2000 troops": a count, not a year
        taken.add(m.start(), m.end())
        yield "date", ("date", int(m.group("year")), None, None), m.start(), m.end()
    for m in _WEEKDAY_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        weekday = _WEEKDAYS.index(m.group("wd").lower())
        taken.add(m.start(), m.end())
        if published is None:
            yield "date", ("weekday", weekday), m.start(), m.end()
        else:
            day = _resolve_weekday(weekday, published, text, m.start())
            yield "date", ("date", day.year, day.month, day.day), m.start(), m.end()
    for m in _RELDAY_RE.finditer(text):
        offset = _RELDAYS[m.group("rel").lower()]
        taken.add(m.start(), m.end())
        if published is None:
            yield "date", ("relday", offset), m.start(), m.end()
        else:
            day = published + dt.timedelta(days=offset)
            yield "date", ("date", day.year, day.month, day.day), m.start(), m.end()
    clock = False
    for m in _TIME_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        clock, end = True, m.end()
        if m.group("word"):
            hour, minute = (0, 0) if m.group("word").lower() == "midnight" else (12, 0)
        elif m.group("h24") or m.group("h4"):
            hour = int(m.group("h24") or m.group("h4"))
            minute = int(m.group("m24") or m.group("m4"))
            if m.group("h24") and 1 <= hour <= 12 and (half := _HALF_OF_DAY.match(text, end)):
                hour = hour % 12 + (0 if half.group(1).lower() == "morning" else 12)
                end = half.end()
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
            minute = int(m.group("m") or 0)
        taken.add(m.start(), end)
        yield "time", ("time", hour, minute), m.start(), end
    # A part of the day beside a clock time only qualifies it ("5AM on Thursday morning").
    for m in () if clock else _DAY_PART_RE.finditer(text):
        start, end = m.start("part"), m.end()
        if taken.overlaps(start, end) or _DEADLINE.search(text_before(text, m.start())):
            continue
        first, last = DAY_PARTS[m.group("part").lower()]
        middle = (first + last) * 30
        taken.add(start, end)
        yield "time", ("time", middle // 60, middle % 60), start, end


# ---------------------------------------------------------------------------------------------
# Numbers

_UNITS = {
    w: i
    for i, w in enumerate(
        re.findall(
            r"\w+",
            """zero one two three four five six seven eight nine ten eleven twelve thirteen
            fourteen fifteen sixteen seventeen eighteen nineteen""",
        )
    )
}
#: The number words below twenty, for readers of other stages ("two per cent" in a quote).
SMALL_NUMBERS: dict[str, int] = _UNITS
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # South Asian news counts in lakhs (100,000) and crores (10 million)
    **dict.fromkeys(("lakh", "lakhs"), 1e5),
    **dict.fromkeys(("crore", "crores"), 1e7),
}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12}
#: What a scale after a figure multiplies it by ("two dozen" soldiers are 24).
_MULTIPLIERS = {**_SCALES, **_SHORT_SCALES, "dozen": 12.0}
#: Vague amounts ("dozens of", "hundreds of") and the interval they stand for.
VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    # "thousands of passengers" are also tens of thousands (33,000 stranded)
    "thousands": (2e3, 99999.0),
    "millions": (2e6, 9.99e7),
    "billions": (2e9, 9.99e10),
}
_CURRENCY_SYMBOLS = {
    **{code: code for code in ("USD", "EUR", "GBP", "CNY", "JPY", "RUB", "INR")},
    "$": "USD",
    "US$": "USD",
    # other dollars, as their own outlets write them
    **dict.fromkeys(("AU$", "A$"), "AUD"),
    **dict.fromkeys(("CA$", "C$"), "CAD"),
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    # the rupee of India, Pakistan, Nepal and Sri Lanka alike, as "rupee" is
    **dict.fromkeys(("RS", "RS."), "INR"),
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "ruble": "RUB",
    "rouble": "RUB",
    "yuan": "CNY",
    "yen": "JPY",
    "hryvnia": "UAH",
    "rupee": "INR",
    "franc": "CHF",  # the Swiss franc; a "CFA franc" is told by its qualifier
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "rub": "RUB",
    "cny": "CNY",
    "jpy": "JPY",
}
#: Units of quantities: base unit of the dimension and the factor to it.
_QUANTITY_UNITS = {
    "km": ("m", 1e3),
    "kilometre": ("m", 1e3),
    "kilometer": ("m", 1e3),
    "metre": ("m", 1.0),
    "meter": ("m", 1.0),
    "mile": ("m", 1609.344),
    "nautical mile": ("m", 1852.0),
    "yard": ("m", 0.9144),
    "yd": ("m", 0.9144),
    "foot": ("m", 0.3048),
    "feet": ("m", 0.3048),
    "ft": ("m", 0.3048),
    "inch": ("m", 0.0254),
    "inches": ("m", 0.0254),
    "centimetre": ("m", 0.01),
    "centimeter": ("m", 0.01),
    "cm": ("m", 0.01),
    "millimetre": ("m", 1e-3),
    "millimeter": ("m", 1e-3),
    "mm": ("m", 1e-3),
    "kg": ("kg", 1.0),
    "kilogram": ("kg", 1.0),
    "tonne": ("kg", 1e3),
    "ton": ("kg", 1e3),
    "lb": ("kg", 0.45359237),
    "gram": ("kg", 1e-3),
    "litre": ("l", 1.0),
    "liter": ("l", 1.0),
    "barrel": ("l", 158.987),
    "gallon": ("l", 3.78541),
    "hectare": ("m2", 1e4),
    "acre": ("m2", 4046.86),
    "sq km": ("m2", 1e6),
    "km2": ("m2", 1e6),
    "square kilometre": ("m2", 1e6),
    "square kilometer": ("m2", 1e6),
    "square metre": ("m2", 1.0),
    "square meter": ("m2", 1.0),
    "square foot": ("m2", 0.09290304),
    "square feet": ("m2", 0.09290304),
    "square mile": ("m2", 2.58999e6),
    "km/h": ("km/h", 1.0),
    "kph": ("km/h", 1.0),
    "mph": ("km/h", 1.609344),
    "knot": ("km/h", 1.852),
    "hour": ("s", 3600.0),
    "minute": ("s", 60.0),
    "second": ("s", 1.0),
    "day": ("s", 86400.0),
    "week": ("s", 604800.0),
    "month": ("month", 1.0),
    "year": ("month", 12.0),
}
#: Verbs of passing, a bound only when the figure is no count of the verb's object.
_PASSING = ("passed", "passes", "topped", "tops", "crossed", "crosses")
_APPROX = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "more than": "more than",
    "over": "more than",
    "at least": "at least",
    "upwards of": "more than",
    "in excess of": "more than",
    "just over": "more than",
    "well over": "more than",
    # a verb of passing a mark: "turnout exceeded 35%" is above 35 %
    "exceeded": "more than",
    "exceeds": "more than",
    "exceeding": "more than",
    "surpassed": "more than",
    "surpasses": "more than",
    # ... and of a figure passing one ("the toll passes 2,000"), when no noun follows it:
    # "parliament passed 15 laws" passed fifteen
    **dict.fromkeys(_PASSING, "more than"),
    # a negated upper bound is a lower one: "no fewer than 90" were confirmed dead
    "no fewer than": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "not fewer than": "at least",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    # a time limit: "finished inside two hours and seven minutes", "within 24 hours"
    "inside": "less than",
    "within": "less than",
    "up to": "up to",
    "at most": "up to",
    "as many as": "up to",
    "no more than": "up to",
    "not more than": "up to",
}


_WORD_AFTER = re.compile(r"[\s-]+([a-z]+)")
_NOT_OBJECTS = FUNCTION_WORDS | {"mark", "threshold"}


def _alternatives(words: object) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[arg-type]


_NUMBER_WORDS = _alternatives([*_UNITS, *_TENS, *_SCALES])


def _joint(text: str) -> str:
    """A scale or unit without what joins it to its figure: spaces of any kind (a line break
    where a text is wrapped, a no-break space) or a hyphen ("1.2-billion")."""
    return text.strip().strip("-").strip().lower()


#: The scale words after a figure ("two dozen", "3 million"); "a dozen" alone is its own amount.
_SCALE_WORDS = "|".join([*_SCALES, "dozen"])
#: A scale word that ends a figure ("two dozen", "3 million"; not "two hundred and fifty").
_SCALE_END = re.compile(
    r"(?i)\b(" + _SCALE_WORDS + r")\b"
    r"(?![\s-]+(?:and[\s-]+)?(?:" + _NUMBER_WORDS + r")\b)"
)
_UNIT_WORDS = "|".join(
    sorted(
        # a unit of two words may be hyphenated ("a 10,000-square-foot building")
        (
            re.escape(u).replace(r"\ ", r"[\s-]+") + ("s?" if u[-1].isalpha() else "")
            for u in _QUANTITY_UNITS
        ),
        key=len,
        reverse=True,
    )
)
_UNIT_AT_END = re.compile(r"(?:" + _UNIT_WORDS + r")$", re.I)
#: A currency word after a figure, apart or hyphenated ("5 dollars", "1.84-billion-euro").
_CURRENCY_WORD_TAIL = (
    r"(?:\s+|-)(?:(?:US|Swiss|CFA)\s+)?(?:" + _alternatives(_CURRENCY_WORDS) + r")s?"
)
#: Qualifiers that make a currency word another currency: "CFA francs" are no Swiss francs.
_QUALIFIED_CURRENCY = {("cfa", "CHF"): "XOF"}
#: A figure's tail that names a currency ("euros", "-euro"): "40m euros" is a sum.
_CURRENCY_TAIL = re.compile(_CURRENCY_WORD_TAIL + "$", re.I)
_NUMBER_RE = re.compile(
    # The lookahead rejects positions inside words at once: most of a text is such positions.
    r"(?=[\d$€£¥₽₴₹]|US\$|(?<![A-Za-z])[A-Za-z])"
    r"(?:(?P<cur>(?-i:US|AU|NZ|HK)\s?\$|(?-i:A|CA|C|S|R)\$|[$€£¥₽₴₹]"
    r"|(?-i:USD|EUR|GBP|CNY|JPY|RUB|INR|Rs\.?)(?=\s?\d))\s?)?"
    # digits grouped the South Asian way too ("1,50,457" is 150,457)
    r"(?P<amount>(?P<digits>\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<words>\b(?:a\s+(?="
    + "|".join(_SCALES)
    + r"))?(?:"
    + _NUMBER_WORDS
    + r")(?:(?:\s+|-)(?:and\s+)?(?:"
    + _NUMBER_WORDS
    + r"))*\b)"
    r"|(?P<vague>\b(?:" + _alternatives(VAGUE) + r")(?=\s+of\b))"
    r"|(?P<dozen>\ba\s+dozen\b))"
    r"(?P<scale>(?:\s*|-)(?:" + _SCALE_WORDS + r")\b|(?:" + _alternatives(_SHORT_SCALES) + r")\b)?"
    r"(?P<tail>\s*(?:%|per\s?cent\b|percentage\s+points?\b|basis\s+points?\b|(?-i:bps?)\b)"
    r"|[\s-]*(?:" + _UNIT_WORDS + r")\b"
    r"|" + _CURRENCY_WORD_TAIL + r"\b)?",
    re.I,
)
_FRACTION = re.compile(
    r"[\s-]+(?:halves|half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b",
    re.I,
)
_RATIO = re.compile(r"\b(?:one|\d+)\s+(?:in|out\s+of)\s+$", re.I)
#: "five-and-a-half years", "2 and a half hours", "5 1/2 years": the half belongs to the amount.
_AND_A_HALF = re.compile(
    r"(?:[\s-]+and[\s-]+a[\s-]+half|[\s-]1/2|\s?½)[\s-]+(?P<unit>" + _UNIT_WORDS + r")\b", re.I
)
#: A distance per hour, its conversion in brackets between: "130 miles (215 km) per hour".
_PER_HOUR = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:per|an|a)\s+hour\b", re.I)
_RANGE_TAIL = re.compile(
    r"\s*(?:to|-|–|and)\s*\d+(?:\.\d+)?\s*(?P<tail>%|per\s?cent\b|percentage\s+points?\b)", re.I
)
#: "five years and six months", "2 hours, 6 minutes and 15 seconds": a quantity continued in a
#: smaller unit of the same measure.
_AND_MORE = re.compile(
    r"(?:,?\s+and|,)\s+(?P<n>\d+(?:\.\d+)?|(?:"
    + _NUMBER_WORDS
    + r"))[\s-]+(?P<unit>"
    + _UNIT_WORDS
    + r")\b",
    re.I,
)
#: "the 87th minute": an ordinal counts in its own unit, never equal to a count.
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
#: The digits after "thousand" in a figure spelt out the broadcasters' way ("six-thousand-540").
_THOUSANDS_DIGITS = re.compile(r"-(\d{1,3})(?![\d,.]|-\w)")
_APPROX_RE = re.compile(r"(?<![\w-])(" + _alternatives(_APPROX) + r")\s+$", re.I)
_PREPOSITIONS = _words("to for in at by within during after before under than over until")
#: Words that end the noun phrase after a number: function words, and prepositions (or
#: participles used as such): "the toll rose to 2,000 following the tremors" counts no
#: "following".
_SLOT_END = FUNCTION_WORDS | _words(
    """following including excluding during amid amidst despite against between among across
    through throughout under near per via within without toward towards like upon onto"""
)
_SLOT_SKIP = _words(
    """more other others new additional extra further former senior junior local foreign own
    military civilian total estimated such"""
)


def _words_value(text: str) -> float | None:
    """Value of number words ("two hundred and fifty thousand"); None if not a number."""
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in ("and", "a"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[word]
            current = 0.0
    return total + current


#: Least ratio of two figures for them to be one figure told twice or updated: none of the
#: annotated number differences (13 invented and 32 real pairs) is further apart than 0.44
#: ("Four" vs "nine" soldiers killed), while coincidences are (2 countries vs 48 million
#: people, a wage of 23,000 vs 10 injured). The classifier compares no figures further apart
#: when no word tells what they count; the aligner finds tolls of one fate this close "near".
SAME_ORDER = 0.4

#: A count of part of a group ("three of the dead", "two of them"), marked in its slot.
PART = "~part"
#: The mark of a figure's earlier value ("rose from 65 to 84"): no longer what the text claims.
WAS = "~was"
_PARTITIVE = re.compile(r"\s+of\s+(?:the|them|those|these|whom)\b", re.I)
#: A count told per place or per group ("three died in Bhola and Barishal each", "one each in
#: Khulna and Satkhira"): a part of a toll, however many the places.
_EACH = re.compile(r"[^,;:.]{0,60}?\beach\b(?!\s+(?:of|other)\b)", re.I)
#: The mark of a count added to a toll ("five more bodies", "one other person"): a part of it,
#: not the toll. "17 others were injured" and "another 58 injured" are as often the whole
#: count of another fate, so only "more" and a single "other" mark one.
MORE = "~more"
_INCREMENT = re.compile(r"\s+more\b(?!\s+than)", re.I)
_ONE_OTHER = re.compile(r"\s+other\b", re.I)
#: A count told with "among" ("among those killed were seven students", "two children were
#: among the dead", "which are among the seven models"): a part of a group, or the group
#: another count is part of; either way not the toll the other side may tell alone.
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the|those|them|whom)\b[^,;:.]*$", re.I)
_AMONG_AFTER = re.compile(r"[^,;:.]{0,50}?\b(?:were|was|are|is)\s+among\b", re.I)
#: A group of which a share is told ("the majority of the 50 passengers", "most of its 300
#: workers"): what befell the share is no count of the group.
_SHARE_OF = re.compile(
    r"\b(?:majority|most|many|some|half|none|several|rest|remainder)\s+of\s+(?:the|its|their)\s+$",
    re.I,
)
#: A share of a stated whole ("70 of 126 seats", "three out of the 41 dead"): the part counts
#: what the whole counts.
_OUT_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*(?:\.\d+)?\b", re.I)


_OF_AT = re.compile(r"\s+of\s", re.I)


def _number_slot(text: str, end: int) -> str:
    """What a number counts: stems of the first one to three content words after it, so
    that a compound keeps its head noun.

    "2,000 Russian troops" -> "troop", "3,200 port workers" -> "port work", "25 fire service
    units" -> "fire servic unit" (which "29 units of fire fighters" shares), "thousands of
    people" -> "peopl". Capitalised words and adjectives of degree are skipped; a function
    word ends the noun phrase. A quantity is also typed by the preposition before it ("to
    seven years" in prison vs "for three years" in office).
    """
    joined = _JOINED_WORD.match(text, end)
    if joined:  # "a three-way race" counts ways, not races
        return _slot_word(joined.group(1))
    stems: list[str] = []
    position = end
    for index, match in enumerate(_WORD.finditer(text, end)):
        if index >= 4 or re.search(r"[^\sA-Za-z'’-]", text[position : match.start()]):
            break
        word = match.group()
        position = match.end()
        of_the = index == 1 and word.lower() == "the" and not stems and _OF_AT.match(text, end)
        if word.lower() in _SLOT_END and not (index == 0 and word.lower() == "of") and not of_the:
            break
        if of_the:
            continue
        if word[0].isupper() or word.lower() in _SLOT_SKIP or word.lower() == "of":
            if stems:
                break
            continue
        stems.append(_slot_word(word))
        if len(stems) == 3:
            break
    return " ".join(stems)


_PLURAL_NAME = re.compile(r"\s+([A-Z][a-z]+)s\b")


def _nationals(text: str, end: int) -> bool:
    """Whether a count is of the people of one country ("40 Indians", "three Filipinos"): the
    nationals among the victims of an event abroad, a part of its toll, not the toll."""
    from . import gazetteer

    found = _PLURAL_NAME.match(text, end)
    return found is not None and gazetteer.country(found.group(1)) is not None


#: A word joined to a figure by a hyphen ("three-way", "two-party"): the compound modifies the
#: noun after it, and the figure counts only the joined word.
_JOINED_WORD = re.compile(r"-([A-Za-z]{2,})\b(?!-)")
#: The mark of a figure that sizes the noun after it ("the 326-seat threshold", "the 650-seat
#: parliament"): a measure of that thing, no count of what the event yielded ("410 seats").
SIZE = "~size"
_SIZED_NOUN = re.compile(r"\s+([A-Za-z]{3,})\b")
#: A share that is a bar to clear ("the 50 per cent mark required to win", "the 5% threshold"):
#: it sizes the bar, no candidate's share.
_BAR = re.compile(r"\s+(?:mark|threshold|barrier|hurdle)\b", re.I)
#: The mark of the share of ballots counted so far ("with 99.8 percent of ballots counted",
#: "after counting ballots from 90.06% of polling stations"): when an outlet took its figures,
#: no claim about the vote; outlets that report at different hours differ on it.
TALLY = "~tally"
#: The two figures of a vote told in words ("a vote of five to four", "voted 204 to 18",
#: "by 300 votes to 212"): those for and those against, no count of the voters ("five of the
#: nine judges").
FOR, AGAINST = "~for", "~against"
#: A word of voting and what may join it to the first figure ("a vote of", "ruled by a").
_VOTE_LEAD = (
    r"\b(?:votes?|voted|voting|ruled|ruling|decision|verdict|margin|majority|split)"
    r"\s+(?:of\s+|by\s+)?(?:a\s+)?"
)
_VOTE_BEFORE = re.compile(rf"{_VOTE_LEAD}$", re.I)
#: "to" and the second figure ("300 votes to 212"; not "300 votes to become president").
_TO_FIGURE = rf"\s+to\s+(?:\d|(?:{_NUMBER_WORDS})\b)"
_VOTES_TO = re.compile(rf"\s+votes?{_TO_FIGURE}", re.I)
_TO_NEXT = re.compile(_TO_FIGURE, re.I)
_VOTE_SECOND = re.compile(
    rf"(?:{_VOTE_LEAD}[\w,]+\s+(?:votes?\s+)?|[\w,]+\s+votes?\s+)to\s+$", re.I
)
_TALLY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ballots?|votes?|polling\s+stations?|precincts?"
    r"|boxes|constituencies)\b(?:\s+(?:had|have|has|were|was|been|already|being|now))*"
    r"\s+(?:counted|processed|tallied|reporting)\b",
    re.I,
)
_TALLY_BEFORE = re.compile(
    r"\b(?:count(?:ed|ing)?|process(?:ed|ing)?|tall(?:ied|ying))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:from|of|in)\s+$",
    re.I,
)
#: Scales a figure measures something on ("a 7.3-magnitude quake", "magnitude-6.3").
_MEASURES = _words("""magnitude category level grade tier stage""")
#: Joined words that make no size: a frequency, a bound, or a measure of the noun itself.
_NOT_SIZES = _words("""time times plus""") | _MEASURES


#: "Capped eight times", "scored nine times": what a frequency counts is the verb before it.
_TIMES = "time"


def _times_slot(text: str, start: int) -> str:
    """The stem of the verb a frequency counts ("capp" in "capped eight times"), or ""."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    if not before or not before[-1].islower() or before[-1] in FUNCTION_WORDS:
        return ""
    return stem(before[-1])


def news_concept(word: str) -> str | None:
    """The news concept of a word ("~worker" for workers, staff, employees; "~arrest" for
    custody), or None when it belongs to none."""
    from .lexicon import concept

    found = concept(textnorm_stem(fold(word).lower()))
    return found if found.startswith("~") else None


def _slot_word(word: str) -> str:
    """The news concept of a counted word, else its stem: outlets count the same thing with
    different nouns."""
    if word.lower() in _FATE_WORDS:
        return _FATE_WORDS[word.lower()]
    return news_concept(word) or stem(word)


#: What befell the people a figure counts, when its clause says so: before the figure ("killing
#: 27", "the death toll has risen to 31") or after it ("17 workers were killed"). Added to the
#: slot whatever the counted noun, so that the dead and the injured, or the suspects arrested
#: and those released, stay apart.
CASUALTIES = frozenset({"~death", "~injury", "~infect"})
FATES = CASUALTIES | {"~arrest", "~prison", "~release"}
#: Fate words kept out of the aligner's lexicon: "release" is too ambiguous there (a statement,
#: a film), not after a count; bodies recovered count the dead ("the bodies of 13 people").
_FATE_WORDS = {
    **dict.fromkeys(("release", "released", "releasing", "freed"), "~release"),
    **dict.fromkeys(("body", "bodies", "corpse", "corpses", "remains"), "~death"),
}
#: Dying told as a loss: "six people have lost their lives" died.
_LOST_LIVES = re.compile(r"(?i)\blost\s+(?:their|his|her)\s+lives?\b")
#: A state told at one remove ("are thought to be dead", "were believed to have been killed"):
#: the state is still the count's fate, however far the hedge pushes it.
_HEDGED_STATE = re.compile(
    r"(?i)\s(?:thought|believed|feared|presumed|reported|said|known|confirmed)\s+to\s+"
    r"(?:have\s+)?(?:be|been)\s"
)
#: Killing told as lives taken: "claimed the lives of over 30 people".
_LIVES_TAKEN = re.compile(
    r"(?i)\b(?:claim|claims|claimed|claiming|took|taken|taking|takes|cost|costs|costing)"
    r"\s+(?:the\s+)?lives\s+of\s*$"
)
_CLAUSE_BACK = 12
#: Conjunctions that start another clause, whose verb tells of another figure.
_CLAUSE_WORDS = _words(
    """and or but while whereas after before when as because since although though until"""
)
#: What bounds the words that can tell a figure's fate: punctuation or another figure.
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\d|\b(?:" + _NUMBER_WORDS + r")\b", re.I)


def slot_fates(slot: str) -> set[str]:
    """The fates a number's slot tells ("~death" of "~worker ~death")."""
    return set(slot.split()) & FATES


def _first_fate(words: Iterable[str]) -> str:
    """The first fate concept among ``words``, read away from a figure, or "". A conjunction
    ends the reading: its clause tells of another figure ("85 injured after two trains
    collided": the trains were not injured; "killed 5 people and injured 20")."""
    for word in words:
        if word.lower() in _CLAUSE_WORDS:
            break
        found = _slot_word(word)
        if found in FATES:
            return found
    return ""


def _fate_before(text: str, start: int) -> str:
    """The fate concept nearest before a number in its clause, or "". An earlier figure
    ends the look-back: in "killed 58 and sickened 1,300" the killing counts the 58.

    A figure a toll has risen to counts what the toll counts, however long its subject: "the
    number killed by the tide of mud and debris from the dam had risen to 65"."""
    clause = _CLAUSE_BREAK.split(text[max(0, start - 100) : start])[-1]
    clause = _LIVES_TAKEN.sub("killed", clause)
    found = _first_fate(reversed(_WORD.findall(clause)[-_CLAUSE_BACK:]))
    if not found and _TOLL_VERB.search(clause):
        sentence = _CLAUSE_BREAK.split(text[max(0, start - 200) : start])[-1]
        subject = _TOLL_SUBJECT.match(sentence)
        found = _first_fate(_WORD.findall(subject.group())) if subject else ""
    return found


#: A verb that gives a toll its figure ("had risen to 65", "stood at").
_TOLL_VERB = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|increased|stood|stands"
    r"|hit|hits|mounted|mounts|surged|soared|grown|grew)\s+(?:at\s+|to\s+)?$",
    re.I,
)
#: The subject of a toll at the start of its clause: "the number killed", "the death toll".
_TOLL_SUBJECT = re.compile(
    r"\s*(?:the\s+)?(?:overall\s+|official\s+)?(?:number\s+(?:of\s+)?(?:people\s+)?\w+"
    r"|(?:\w+\s+)?(?:toll|count|tally))\b",
    re.I,
)


#: Words after a count that may still say what happened to it ("four people are injured",
#: "17 workers were killed", "five died"): the predicate of the counted noun phrase.
_CLAUSE_AHEAD = 5


#: An insertion between commas after a counted noun ("41 people, including a doctor and two
#: nurses, were killed"): the predicate after it still tells the count's fate.
_INSERTION = re.compile(
    r"([^,;:]*),\s*(?:including|among them|mostly|most of them|many of them)\b[^,;:()]*,"
)


#: Names joined by a conjunction ("from Venezuela and Haiti"): one noun phrase, not a clause.
_NAMES_JOINED = re.compile(r"\b([A-Z][\w’'-]*)(?:\s+(?:and|or|&)\s+[A-Z][\w’'-]*)+")


def _fate_after(text: str, end: int) -> str:
    """The fate concept among the first words after a number in its clause, or "".

    Names joined by "and" count as one word, so that "16 migrants from Venezuela and Haiti
    died" still tells of the 16 dying."""
    rest = text[end : end + 160]
    inserted = _INSERTION.match(rest)
    if inserted:
        rest = inserted.group(1) + rest[inserted.end() :]
    clause = _NAMES_JOINED.sub(r"\1", _CLAUSE_BREAK.split(rest[:80])[0])
    clause = _HEDGED_STATE.sub(" ", _LOST_LIVES.sub("died", clause))
    return _first_fate(_WORD.findall(clause)[:_CLAUSE_AHEAD])


def _fate_of(text: str, start: int, end: int) -> str:
    """The fate told of the count at ``start:end``: the counted people's own predicate first,
    else the clause before it."""
    return _fate_after(text, end) or _fate_before(text, start)


#: "An hour" told as a length of time: after a hedge ("about an hour", "more than a minute")
#: or as half of one ("half an hour"); a bare "a year" or "an hour" is an article ("once a
#: week", "a year ago", "an hour later") and stays no figure.
_AN_HOUR = re.compile(
    r"\b(?:(?P<hedge>about|around|nearly|almost|roughly|more\s+than|less\s+than|over|under"
    r"|within|inside)\s+(?P<half>half\s+)?|(?P<only>half\s+))an?\s+(?P<unit>hour|minute)\b",
    re.I,
)
_FRACTION_OF_POINT = {"quarter": 0.25, "half": 0.5, "three quarters": 0.75}
#: Rates moved by a fraction of a percentage point: "a quarter of a percentage point", "half
#: a percentage point", "a quarter-point hike" (the compound is the rates idiom).
_POINT_FRACTION = re.compile(
    r"(?i)\b(?:an?\s+)?(?P<part>quarter|half|three[\s-]quarters)"
    r"(?:(?:\s+of)?(?:\s+an?)?[\s-]+percentage[\s-]+points?\b"
    r"|[\s-]+points?\b(?=[\s-]+(?:hike|cut|increase|rise|reduction|move|raise|drop)s?\b))"
)


#: A scale word joined to a figure is its measure, not a code (Su-35, COVID-19):
#: "magnitude-6.3", "category-4".
_MEASURE_PREFIX = re.compile(r"(?i)\b(?:" + _alternatives(_MEASURES) + r")-$")
#: Names that a number completes ("District 751", "Flight 370", "Boeing 737"): a code, no amount.
_CODE_BEFORE = re.compile(
    r"\b(?-i:District|Local|Flight|Route|Article|Terminal|Gate|Platform|Highway|Interstate"
    r"|Ward|Precinct|Chapter|Section|Room|Unit|Block|Sector|Resolution|Boeing|Airbus|Apollo"
    r"|Soyuz)(?:['’]s)?\s+$"
)
#: The scale named before a figure is what it measures: "one of magnitude 7.6" is a magnitude
#: like "a 7.3-magnitude quake".
_SCALE_BEFORE = re.compile(r"(?i)\b(magnitude|category)(?:\s+of)?[\s-]+$")


#: An age written after a name or a role: "Yusuf Bello, 32, the driver", "Asha Rai (16)",
#: "the driver, 32,". Ages of different people must not be compared, so the slot keeps the
#: owner's name (``OWNER`` + name) where one is given.
_NAMED_AGE = re.compile(
    r"(?:(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]*\.?){0,3})|\b[Tt]he(?:\s+[a-z]+){1,3})"
    r"(?:\s*,\s*(?P<comma>\d{1,3})(?=\s*(?:[,;.)](?!\d)|$))|\s+\((?P<paren>\d{1,3})\))"
)
#: "the 55-year-old Ivan Sokol", "an 18-year-old student, Asha Rai": the name after an age.
_AGE_OWNER = re.compile(r"-old(?:\s+[a-z]+){0,2},?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]*)*)")
#: The slot word of an age ("45-year-old man" -> "old man").
AGE = "old"


def is_age(fact: Fact) -> bool:
    """A span of years that is someone's age ("57 years old", "the 22-year-old")."""
    return fact.kind == "quantity" and AGE in fact.slot.split()


OWNER = "@"
_OLDEST = 110
#: The place a distance is measured from, named after it: "430 miles southwest of Anchorage",
#: "12 km (7 miles) from the community Tuntutuliak", "west of Ghana's capital Accra".
_DISTANCE_FROM = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+[a-z-]+){0,2}?\s+(?:of|from)\s+"
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:of\s+)?)?(?:[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+){1,2})?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
)


def owner_of(fact: Fact) -> str:
    """The name of the person whose age ``fact`` is, or of the place a distance is measured
    from; "" when no name is attached."""
    for word in fact.slot.split():
        if word.startswith(OWNER):
            return word[len(OWNER) :].replace("_", " ")
    return ""


def _owner_slot(name: str) -> str:
    return OWNER + "_".join(fold(name).split())


def _named_ages(
    text: str, taken: _Taken
) -> Iterator[tuple[str, tuple[float, str], int, int, str, str | None]]:
    for m in _NAMED_AGE.finditer(text):
        group = "comma" if m.group("comma") else "paren"
        age = int(m.group(group))
        if not 0 < age <= _OLDEST or taken.overlaps(m.start(group), m.end(group)):
            continue
        taken.add(m.start(group), m.end(group))
        slot = f"{AGE} {_owner_slot(m.group('name'))}" if m.group("name") else AGE
        yield "quantity", (age * 12.0, "month"), m.start(group), m.end(group), slot, None


def _numbers(
    text: str, taken: _Taken
) -> Iterator[tuple[str, tuple[float, str], int, int, str, str | None]]:
    yield from _named_ages(text, taken)
    for m in _DURATION.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))
        yield "quantity", (seconds, "s"), m.start(), m.end(), _number_slot(text, m.end()), None
    for m in _SPLIT_TIME.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        value = int(m.group("a")) * 60 + int(m.group("b")) + float("0." + m.group("c"))
        slot = _number_slot(text, m.end())
        yield "quantity", (round(value, 6), SPLIT), m.start(), m.end(), slot, None
    for m in _AN_HOUR.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        taken.add(m.start(), m.end())
        half = m.group("half") or m.group("only")
        seconds = _QUANTITY_UNITS[m.group("unit").lower()][1] * (0.5 if half else 1.0)
        hedge = m.group("hedge")
        approx = _APPROX[" ".join(hedge.lower().split())] if hedge else None  # "more\nthan"
        slot = _number_slot(text, m.end())
        yield "quantity", (seconds, "s"), m.start(), m.end(), slot, approx
    for m in _POINT_FRACTION.finditer(text):
        taken.add(m.start(), m.end())
        value = _FRACTION_OF_POINT[m.group("part").lower().replace("-", " ")]
        yield "percent", (value, "pp"), m.start(), m.end(), "", None
    for m in _NUMBER_RE.finditer(text):
        start, end = m.start(), m.end()
        digits = m.group("digits")
        if taken.overlaps(start, end):
            continue
        after_amount = text[m.end("amount") : m.end("amount") + 2]
        # Digits glued to letters or dashes are names and codes (Su-35, G7, COVID-19), and
        # "3-2" or "3:1" are scores or ratios, not amounts.
        ordinal = _ORDINAL.match(text, m.end("amount")) if digits else None
        if digits and (
            (
                start > 0
                and (text[start - 1].isalnum() or text[start - 1] in "-/:.")
                and not _MEASURE_PREFIX.search(text_before(text, start))
            )
            or (
                re.match(r"[A-Za-z]|[-/:]\d", after_amount)
                and not (m.group("scale") or m.group("tail") or ordinal is not None)
                and not _AND_A_HALF.match(text, m.end("amount"))  # "5-1/2 years"
            )
            or (
                _CODE_BEFORE.search(text_before(text, start))
                and not (m.group("scale") or m.group("tail"))
            )
        ):
            continue
        if ordinal is not None:
            taken.add(start, ordinal.end())
            slot = _number_slot(text, ordinal.end())
            yield "number", (_digit_value(digits), "th"), start, ordinal.end(), slot, None
            continue
        # "two thirds" and "one in three" are shares, not counts.
        share = _RATIO.search(text[max(0, start - 16) : start])
        if share or _FRACTION.match(text, m.end("amount")):
            continue
        approx: str | None = None
        if m.group("vague"):
            approx = m.group("vague").lower()
            value = VAGUE[approx][0]
        elif m.group("dozen"):
            value = 12.0
        elif digits:
            value = _digit_value(digits)
        else:
            words = m.group("words")
            # A lone "one" is a pronoun or an article far more often than a count, unless a
            # fate says it counts people ("killing one", "one person died").
            if words.lower() in _SCALES or (
                words.lower() == "one"
                and (
                    _NOT_ONE.search(text_before(text, m.start()))
                    or _fate_of(text, m.start(), m.end()) not in FATES
                )
            ):
                continue
            value = _words_value(words)
            rest = None if m.group("scale") else _THOUSANDS_DIGITS.match(text, m.end("amount"))
            if rest and words.lower().endswith("thousand"):
                value, end = value + int(rest.group(1)), rest.end()
        scale = _joint(m.group("scale") or "")
        currency = _CURRENCY_SYMBOLS.get(re.sub(r"\s", "", m.group("cur") or "").upper())
        sum_named = bool(_CURRENCY_TAIL.match(m.group("tail") or ""))  # "40m euros"
        if scale in ("m", "k") and not (currency or sum_named):
            end = m.end("amount")  # "5 m" is metres and "5k" is informal: keep the bare number
            scale = ""
        if scale:
            value *= _MULTIPLIERS[scale]
            approx = approx or "rounded"
        tail = _joint(m.group("tail") or "") if end == m.end() else ""
        half = None if tail or scale else _AND_A_HALF.match(text, m.end("amount"))
        if half:
            value, tail, end = value + 0.5, half.group("unit").lower(), half.end()
        ranged = None if tail or scale else _RANGE_TAIL.match(text, m.end("amount"))
        if ranged:  # "4.5 to 4.75 per cent": the unit of a range is written once, at its end
            tail = ranged.group("tail").lower()
        kind, unit = ("money", currency) if currency else ("number", "")
        if tail.startswith("percentage"):
            kind, unit = "percent", "pp"
        elif tail.startswith(("basis", "bp")):  # 25 basis points are 0.25 percentage points
            kind, unit, value = "percent", "pp", value / 100
        elif tail.startswith(("%", "per")):
            kind, unit = "percent", "%"
        elif tail:
            words = tail.split()
            code = _CURRENCY_WORDS.get(words[-1]) or _CURRENCY_WORDS.get(words[-1][:-1])
            code = _QUALIFIED_CURRENCY.get((words[0], code), code)
            if code and (not currency or m.group("cur").strip() == "$"):
                # "$3 billion Swiss francs": the word names the currency a bare "$" does not
                kind, unit = "money", code
            elif code:
                pass  # "US$5 dollars": the symbol already says it
            else:
                key = _unit_key(tail)
                if key not in _QUANTITY_UNITS:
                    continue
                base, factor = _QUANTITY_UNITS[key]
                per_hour = _PER_HOUR.match(text, end) if base == "m" else None
                if per_hour:  # "130 miles (215 kilometers) per hour" is a speed
                    base, factor, end = "km/h", factor / 1e3, per_hour.end()
                kind, unit, value = "quantity", base, value * factor
                while more := _AND_MORE.match(text, end):
                    extra = _QUANTITY_UNITS.get(_unit_key(more.group("unit").lower()))
                    if not extra or extra[0] != base or extra[1] >= factor:
                        break
                    n = more.group("n")
                    count = float(n) if n[0].isdigit() else _words_value(n)
                    value, end, factor = value + count * extra[1], more.end(), extra[1]
        before = _APPROX_RE.search(text[max(0, start - 20) : start])
        if before and before.group(1).lower() in _PASSING and _counts_object(text, end):
            before = None  # "passed 15 laws": the verb's object, no bound
        if before and approx in (None, "rounded"):
            approx = _APPROX[before.group(1).lower()]
            start -= len(before.group(0))
        elif approx is None and re.match(r"-plus\b|\+|\s+or more\b", text[end:]):
            approx = "more than"
        end = len(text[:end].rstrip())
        slot = _number_slot(text, end)
        scale_before = _SCALE_BEFORE.search(text_before(text, start))
        if scale_before and kind == "number":
            slot = " ".join(dict.fromkeys((_slot_word(scale_before.group(1)), *slot.split())))
        if slot.split()[:1] == [_TIMES]:
            slot = _times_slot(text, start) or slot
        if kind == "number" and (vote := _vote_side(text, start, end)):
            slot = vote
        elif kind == "number":
            slot = _count_slot(text, start, end, value, slot)
        if kind == "percent" and (
            _TALLY_AFTER.match(text, end) or _TALLY_BEFORE.search(text_before(text, start))
        ):
            slot = f"{slot} {TALLY}".strip()
        elif kind == "percent" and _BAR.match(text, end):
            slot = f"{slot} {SIZE}"
        if kind == "quantity":
            owner = _AGE_OWNER.match(text, end)
            if owner and slot.split()[:1] == [AGE]:
                slot = f"{slot} {_owner_slot(owner.group('name'))}"
            elif unit == "m" and (origin := _DISTANCE_FROM.match(text, end)):
                slot = f"{slot} {_owner_slot(origin.group('name'))}".strip()
            before = _WORD.findall(text[max(0, start - 12) : start])
            if before and before[-1].lower() in _PREPOSITIONS:
                slot = " ".join(filter(None, (before[-1].lower(), slot)))
        taken.add(start, end)
        yield kind, (round(value, 6), unit), start, end, slot, approx


def _vote_side(text: str, start: int, end: int) -> str:
    """``FOR`` or ``AGAINST`` for a figure of a vote told as "N to M", else ""."""
    if _VOTE_SECOND.search(text, max(0, start - 60), start):
        return AGAINST
    if _VOTES_TO.match(text, end) or (
        _VOTE_BEFORE.search(text, max(0, start - 30), start) and _TO_NEXT.match(text, end)
    ):
        return FOR
    return ""


def _counts_object(text: str, end: int) -> bool:
    """Whether a noun right after a figure says what it counts ("15 laws"), unlike a word of
    its clause ("2,000 on Monday") or a bar ("the 50% mark")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) not in _NOT_OBJECTS


def _digit_value(digits: str) -> float:
    """The value of a figure written in digits, thousands separated by commas ("9,650")."""
    return float(digits.replace(",", ""))


#: Counted nouns that name places, not people: no fate befalls them, whatever the clause says
#: ("the bodies were kept at the two hospitals" counts no dead).
_PLACES_COUNTED = frozenset(
    _slot_word(word)
    for word in (
        "hospitals",
        "villages",
        "towns",
        "cities",
        "districts",
        "provinces",
        "regions",
        "countries",
        "locations",
        "sites",
        "areas",
        "houses",
        "homes",
        "buildings",
        "schools",
        "roads",
        "shelters",
    )
)


def _count_slot(text: str, start: int, end: int, value: float, slot: str) -> str:
    """A count's slot with the marks of what it counts: a part of a whole or an addition to a
    toll, and what befell the counted people."""
    if whole := _OUT_OF.match(text, end):
        slot = f"{_number_slot(text, whole.end())} {PART}".strip()
    elif (
        _PARTITIVE.match(text, end)
        or _EACH.match(text, end)
        or _AMONG_BEFORE.search(text, max(0, start - 60), start)
        or _AMONG_AFTER.match(text, end)
        or _SHARE_OF.search(text, max(0, start - 30), start)
    ):
        slot = f"{slot} {PART}".strip()  # "three of the dead": a part, not the toll
    elif _INCREMENT.match(text, end) or (value == 1 and _ONE_OTHER.match(text, end)):
        slot = f"{slot} {MORE}".strip()
    elif _sizes(text, end):
        slot = f"{slot} {SIZE}"
    if not slot_fates(slot) and not _PLACES_COUNTED & set(slot.split()):
        # The counted people's own predicate first: in "seven died and five workers were
        # hurt" the dying is told of the seven.
        slot = " ".join(filter(None, (slot, _fate_of(text, start, end))))
    if slot_fates(slot) and _nationals(text, end):
        slot = f"{slot} {PART}"  # "killing 40 Indians": the Indians among the dead
    return slot


def _sizes(text: str, end: int) -> bool:
    """Whether a count joined to a noun sizes the word after it ("the 326-seat threshold"),
    rather than being a frequency ("14-times winner"), a measure ("7.3-magnitude") or a
    bound ("80-plus")."""
    joined = _JOINED_WORD.match(text, end)
    if joined is None or joined.group(1).lower() in _NOT_SIZES:
        return False
    noun = _SIZED_NOUN.match(text, joined.end())
    return noun is not None and noun.group(1).lower() not in FUNCTION_WORDS


def _unit_key(unit: str) -> str:
    unit = re.sub(r"[\s-]+", " ", unit)
    return unit if unit in _QUANTITY_UNITS else unit[:-1]


def stated_unit(fact: Fact) -> float | None:
    """Factor of the unit a quantity is written in ("km" and "kilometres" are both 1000), None
    for other facts: with equal factors two outlets used one unit, so a difference lies in the
    number itself rather than in a conversion."""
    found = _UNIT_AT_END.search(fact.span.text) if fact.kind == "quantity" else None
    if found is None:
        return None
    return _QUANTITY_UNITS.get(_unit_key(found.group().lower()), (None, None))[1]


#: How far "about", "more than" or "nearly" reach from the stated value.
APPROX_MARGIN = 0.10
#: Hedges that make a figure a lower bound: "more than 40" is a figure rounded down, "at
#: least 40" what is confirmed so far (the classifier tells them apart; a range does not).
LOWER_BOUNDS = ("more than", "at least")


def _scale_step(fact: Fact, value: float) -> float:
    """One unit of the last written digit of a rounded or scaled figure ("1.2 million":
    100,000; "two dozen": 12), or 0 for a figure written out in full."""
    scale = _SCALE_END.search(fact.span.text)
    if fact.approx != "rounded" and scale is None:
        return 0.0
    digits = re.search(r"\d+(?:[.,]\d+)*", fact.span.text)
    if digits:
        base = float(digits.group().replace(",", ""))
        return value / base * 10.0 ** -written_decimals(fact) if base else 0.0
    return _MULTIPLIERS[scale.group(1).lower()] if scale else value


def round_unit(value: float) -> float:
    """The place of the last non-zero digit of a whole figure (800: 100, 15: 1)."""
    unit = 1.0
    if value.is_integer():
        whole = int(abs(value))
        while whole and whole % 10 == 0:
            whole //= 10
            unit *= 10
    return unit


#: Words that make "one" no count: "no one was hurt", "every one of them".
_NOT_ONE = re.compile(r"\b(?:no|not|any|every|each|the)\s+$", re.I)


def written_decimals(fact: Fact) -> int:
    """How many decimals the figure is written with ("40.48 percent": 2, "1,200": 0)."""
    digits = re.search(r"\d+(?:,\d{3})*(?:\.(\d+))?", fact.span.text)
    return len(digits.group(1)) if digits and digits.group(1) else 0


def interval(fact: Fact) -> tuple[float, float]:
    """The range of values a number fact allows, as a half-open ``[low, high)`` interval.

    Exact counts allow only themselves; "about" what rounds to the figure ("about 70": 65 to
    75, exclusive; real annotators called "75 rescued" a difference), a point either way of a
    share in whole points ("around 57 percent" / "57.7 percent"), or 10 % of a scaled one;
    "less than" 10 % below; "more than" 10 % above or up to the next step of its last digit,
    whichever is more: a lower bound is the figure rounded down ("over 800 kg" for 889 kg,
    "more than 1,000 injured" for 1,300; annotators of real pairs never called those a
    difference); "1.2 million" the rounding of its last digit; "dozens" its conventional
    range. A hedge on a scaled figure widens to its scale ("more than two dozen" allows up to
    36); on a figure written with decimals it allows one unit of the last decimal ("some
    40.48 percent").
    """
    value = float(fact.value[0])
    approx = fact.approx
    if approx in VAGUE:
        low, high = VAGUE[approx]
        return low * value / low, high * value / low
    step = _scale_step(fact, value)
    if approx == "rounded":
        return value - step / 2, value + step / 2
    # A scaled figure is rounded to its scale: "more than two dozen" soldiers may be 32 and
    # "more than 2 million" 2.6 million (up to the next step); "about 2 million", half a step.
    lower = approx in LOWER_BOUNDS
    margin = max(value * APPROX_MARGIN, 1.0, step if lower else step / 2)
    if lower:
        margin = max(margin, round_unit(value))
    if approx in ("about", "nearly") and not step and (decimals := written_decimals(fact)):
        # "some 40.48 percent": a figure written to the hundredth is no rough estimate, so
        # the hedge allows one unit of its last digit ("40.46 percent" differs).
        margin = 10.0**-decimals
    if approx == "about":
        if not step and not written_decimals(fact):
            # "about 70" is a figure rounded to tens: it allows what rounds to it, 65 to 75
            # exclusive ("75 rescued" differs), not a tenth either way.
            half = round_unit(value) / 2
            if fact.kind == "percent" and half == 0.5:
                half = 1.0  # "around 57 percent" of the vote may be 57.7
            return value - half + half * 1e-6, value + half
        return value - margin, value + margin + 1e-9
    if approx == "nearly" and fact.kind == "percent":
        # a share is told to its point: "almost 87%" of voters is 86-point-something, not 85.7
        margin = min(margin, round_unit(value))
    if approx in ("nearly", "less than", "up to"):
        return value - margin, value + 1e-9
    if lower:
        return value, value + margin + 1e-9
    return value, value + max(abs(value) * 1e-9, 1e-9)


# ---------------------------------------------------------------------------------------------
# Quotes, negation, modality, titles

#: Quotes in matching marks, then in mixed ones: copy-edited text often opens a quote curly
#: and closes it straight (“... distribution," he said), or the other way round; then in
#: single curly marks. No quote holds its own opening mark, so a run of unclosed marks costs
#: linear time, not quadratic.
_QUOTE_RE = re.compile(
    r"“(?P<a>[^“”]{2,})”|\"(?P<b>[^\"]{2,})\"|«(?P<c>[^«»]{2,})»|„(?P<d>[^„“”]{2,})[“”]"
    r"|“(?P<e>[^“”\"]{2,})\"|\"(?P<f>[^\"“”]{2,})”"
    # Single curly marks, whose closing one is also the apostrophe: ‘I’m delighted,’ he said.
    r"|‘(?P<g>(?:[^‘’]|’(?=\w)){2,}?)’(?!\w)"
)
_NEGATION_RE = re.compile(
    r"\b(?:not|cannot|never|no|nobody|neither|nor|no longer|denied|denies|deny|denying|refused"
    r"|refuses|refuse|refusing|declined|declines|failed to|fails to|failing to|failure to"
    r"|unable to)\b"
    r"|n[’']t\b",
    re.I,
)
_NOT_NEGATION = re.compile(
    r"(?:not only|not least|no doubt|no later than|no more than|no fewer than|no less than"
    r"|not (?:more|less|fewer) than|or not|no one but|not just)\b"
    r"|no-(?=[a-z])|no\s+confidence\b",  # a name: "a no-confidence vote", "a no-fly zone"
    re.I,
)
_MODALITY_RE = re.compile(
    r"\b(?P<cue>(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to|expected\s+to|likely\s+to"
    r"|(?:plans?|planned|planning)\s+to|intends?\s+to|set\s+to|aims?\s+to|hopes?\s+to"
    r"|(?-i:may)(?!\s+\d)|might|could|would|possibly|reportedly"
    r"|asked\s+for|sought|demanded|requested|called\s+for)\b",
    re.I,
)
_RANK_WORDS = {
    "deputy": "deputy",
    "assistant": "assistant",
    "under": "under",
    "vice": "vice",
    "acting": "acting",
    "interim": "acting",
    "principal": "principal",
    "senior": "senior",
    "executive": "executive",
    "special": "special",
    "first": "first",
    "prime": "prime",
    "foreign": "foreign",
    "defence": "defense",
    "defense": "defense",
    "interior": "interior",
    "finance": "finance",
    "press": "press",
    "managing": "managing",
    "associate": "associate",
    "chief": "chief",
    "permanent": "permanent",
    "attorney": "attorney",
    "lieutenant": "lieutenant",
}
_HEAD_WORDS = {
    "secretary": "secretary",
    "undersecretary": "undersecretary",
    "minister": "minister",
    "president": "president",
    "director": "head",
    "head": "head",
    "chief": "head",
    "ambassador": "ambassador",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "envoy": "envoy",
    "adviser": "adviser",
    "advisor": "adviser",
    "commander": "commander",
    "governor": "governor",
    "mayor": "mayor",
    "senator": "senator",
    "chancellor": "chancellor",
    "premier": "premier",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "prosecutor": "prosecutor",
    "judge": "judge",
    "commissioner": "commissioner",
    "magistrate": "magistrate",
    "collector": "collector",
    "inspector": "inspector",
    "superintendent": "superintendent",
    "admiral": "admiral",
    "colonel": "colonel",
    "general": "general",
    "ceo": "ceo",
    "chief executive": "ceo",
    "chief executive officer": "ceo",
    "coo": "coo",
    "chief operating officer": "coo",
    "cfo": "cfo",
    "chief financial officer": "cfo",
    "consul": "consul",
    "speaker": "speaker",
    "king": "king",
    "queen": "queen",
    "prince": "prince",
    "emir": "emir",
    "pope": "pope",
    "attache": "attache",
    "counsellor": "counsellor",
    "counselor": "counsellor",
    "congressman": "congressman",
    "congresswoman": "congressman",
    "lawmaker": "lawmaker",
}
_UNDER = re.compile(r"under[\s-]+", re.I)
_FIRST = re.compile(r"first[\s-]+", re.I)
#: Institutions that "special" qualifies instead of a title's rank ("Special Court Judge").
_INSTITUTIONS = _words("court tribunal commission committee council assembly")
_CAPITALISED = r"(?-i:[A-Z])[\w’'.&-]*"
#: Capitalised words before a title that name no portfolio ("Former Minister", "The Mayor").
_NOT_FIELDS = _words(
    """the a an former new then acting outgoing incoming late current ex said says told
    and but as when while after before with by for of on in at to from that this his her
    their its our your under top junior"""
)
#: A word of a domain between a rank and its head: no head, nor a function word ("the first
#: steps of President X" names no "first president").
_DOMAIN_PART = r"(?!(?:" + _alternatives(_HEAD_WORDS) + r"|of|the|and|for|to|in|on|at)\b)[A-Za-z]+"
_DOMAIN_WORD = r"(?:" + _CAPITALISED + r"|state|defen[cs]e|foreign affairs|the treasury)"
_TITLE_RE = re.compile(
    r"(?<![\w’'-])(?=[A-Za-z])"
    # A portfolio in capitals before a capitalised head: "Health Minister", "Energy Minister".
    r"(?:(?P<field>(?!(?:"
    + _alternatives(_RANK_WORDS)
    + r"|"
    + _alternatives(_HEAD_WORDS)
    + r")\b)"
    r"(?-i:[A-Z][a-z]{2,}))\s+(?=(?-i:[A-Z])))?"
    r"(?:(?P<mods>(?:(?:" + _alternatives(_RANK_WORDS) + r")[\s-]+){1,4})"
    # Words between a rank and the head name the domain ("deputy water authority director"),
    # never another head ("prime minister commended President" is two titles).
    r"(?:(?P<pre>" + _DOMAIN_PART + r"(?:[\s-]+" + _DOMAIN_PART + r")?)[\s-]+)?)?"
    r"(?P<head>"
    + _alternatives(_HEAD_WORDS)
    # "the first chancellor candidate" holds no title yet.
    + r")(?![\w-])(?!\s+(?:candidate|nominee|hopeful|contender)s?\b)"
    r"(?P<domain>(?:\s+(?:of|for)\s+(?:the\s+)?"
    + _DOMAIN_WORD
    + r"(?:\s+(?:and\s+|of\s+|the\s+|for\s+)*"
    + _CAPITALISED
    + r")*){0,2})",
    re.I,
)
#: A role told by a verb: "X, who heads the port authority" is the head of it.
_LEADS_RE = re.compile(
    r"\bwho\s+(?P<verb>heads|headed|leads|led|chairs|chaired|runs|ran)\s+(?P<domain>(?:the\s+)?"
    r"(?:[\w’'&-]+\s+){0,3}?(?:[\w’'&-]+))(?=\s*[,.;:]|\s+(?:since|until|for|and|in)\b)",
    re.I,
)
_HEAD_RE = re.compile(r"\b(?:" + _alternatives(_HEAD_WORDS) + r")\b", re.I)
_DOMAIN_STOP = _words("""of for the and affairs""")
#: Rank words that name a portfolio: "foreign minister" is "minister of foreign affairs".
_PORTFOLIOS = _words("""foreign defense interior finance""")


#: A writer's insertion in a quote ("the OCR (official cash rate)", "[the] committee"): not
#: the speaker's words, and each outlet inserts its own.
_WRITERS_WORDS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def _quote_value(text: str) -> str:
    return " ".join(w.lower() for w in re.findall(r"\w+", _WRITERS_WORDS.sub(" ", text)))


def _quotes(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _QUOTE_RE.finditer(text):
        group = next(g for g in "abcdefg" if m.group(g) is not None)
        value = _quote_value(m.group(group))
        if value:
            yield value, m.start(group), m.start(group) + len(m.group(group).rstrip(" ,.;:"))


#: Words between "no" and what it denies: "no immediate reports of fatalities" denies deaths,
#: "no one was hurt" the hurting ("no one else" admits someone).
_NO_FRAME = re.compile(
    r"\s+(?:(?:(?:immediate|initial|early|official|confirmed)\s+)?reports?\s+of|one(?!\s+else))\b",
    re.I,
)


def _negations(text: str) -> Iterator[tuple[tuple[str, tuple[str, ...]], int, int]]:
    for m in _NEGATION_RE.finditer(text):
        if _NOT_NEGATION.match(text, m.start()):
            continue
        frame = _NO_FRAME.match(text, m.end()) if m.group().lower() == "no" else None
        stems, end = _content_stems(text, frame.end() if frame else m.end())
        if stems:
            cue = m.group().lower().replace("’", "'")
            yield (cue, stems), m.start(), end


def _modalities(text: str) -> Iterator[tuple[tuple[str, tuple[str, ...]], int, int]]:
    for m in _MODALITY_RE.finditer(text):
        stems, end = _content_stems(text, m.end())
        if stems:
            cue = re.sub(r"\s+", " ", m.group("cue").lower())
            yield (cue, stems), m.start(), end


#: What follows "the first <title>" when it counts holders of the office ("the first woman
#: president to visit", "the first chancellor since 1990"), not a rank ("First Deputy ...").
_FIRST_TO_DO = re.compile(r"\s+(?:to\s+(?!the\b|a\b)[a-z]|since\b|ever\b|in\s+(?:more|over|\d))")


def _titles(text: str) -> Iterator[tuple[tuple[tuple[str, ...], tuple[str, ...]], int, int]]:
    # Most statements name no title: a scan for the head words alone is five times cheaper.
    if not _HEAD_RE.search(text) and "who" not in text:
        return
    for m in _TITLE_RE.finditer(text):
        head = re.sub(r"\s+", " ", m.group("head").lower())
        # A lower-case "head" or "general" is a body part or an adjective, not a title.
        lower_case = m.group("head").islower()
        if (
            head in ("head", "chief", "general", "speaker")
            and lower_case
            and not (m.group("domain") or m.group("mods"))
            and not re.search(r"\w['’]s\s+$", text[: m.start("head")])  # "the agency's head"
        ):
            continue
        mods = (m.group("mods") or "").lower()
        modifiers = [_RANK_WORDS[w] for w in re.split(r"[\s-]+", mods) if w]
        pre = m.group("pre")
        start = m.start()
        if modifiers[:1] == ["first"] and _FIRST_TO_DO.match(text, m.end()):
            # "the first Prime Minister to win twice": an ordinal of holders, no rank
            modifiers = modifiers[1:]
            start = _FIRST.match(text, m.start("mods")).end()
        if modifiers[:1] == ["under"] and _HEAD_WORDS[head] != "secretary":
            # "under CEO David Burritt": a preposition, no rank ("Under Secretary")
            modifiers = modifiers[1:]
            start = _UNDER.match(text, m.start("mods")).end()
        field = m.group("field")
        if field and field.lower() in _NOT_FIELDS:
            field, start = None, m.start("mods") if m.group("mods") else m.start("head")
        elif field:
            pre = f"{field} {pre}" if pre else field
        if modifiers == ["special"] and pre and pre.split()[0].lower() in _INSTITUTIONS:
            pre, modifiers = f"{mods} {pre}", []  # "Special Court Judge": a special court's judge
        rank = (*(w for w in modifiers if w not in _PORTFOLIOS), _HEAD_WORDS[head])
        domain = tuple(
            w.replace("defence", "defense")
            for w in (
                *(w for w in modifiers if w in _PORTFOLIOS),
                *(re.split(r"[\s-]+", pre.lower()) if pre else []),
                *re.findall(r"[\w’'.&-]+", m.group("domain").lower()),
            )
            if w not in _DOMAIN_STOP
        )
        yield (rank, domain), start, m.end()
    for m in _LEADS_RE.finditer(text):
        rank = ("chair",) if m.group("verb").lower().startswith("chair") else ("head",)
        words = re.findall(r"[\w’'.&-]+", m.group("domain").lower())
        yield (rank, tuple(w for w in words if w not in _DOMAIN_STOP)), m.start("verb"), m.end()


# ---------------------------------------------------------------------------------------------


#: The time a count was taken ("As of 10.45pm, Labor led ...", "At the time of publication
#: (3 May, 11:15 pm)"): when the outlet looked, no claim about the event; two outlets that
#: looked at different times do not disagree.
_STAMP = re.compile(
    r"\b(?:as\s+(?:of|at)|at\s+the\s+time\s+of\s+(?:publication|writing|going\s+to\s+press))"
    r"[\s(]+(?:[^\s.;:()]+[\s,]+){0,3}$",
    re.I,
)


def extract_facts(statement: Statement, source: Source) -> tuple[Fact, ...]:
    """All comparable facts of one statement, in order of position (then kind).

    Dates are found before numbers so that a year or a day is never also counted as a number.
    """
    text = statement.text
    taken = _Taken()
    facts: list[Fact] = []

    def add(kind: str, value: object, start: int, end: int, **extra: str | None) -> None:
        facts.append(Fact(kind=kind, value=value, span=_span(statement, start, end), **extra))  # type: ignore[arg-type]

    for kind, value, start, end in _dates(text, source.published, taken):
        if _STAMP.search(text_before(text, start)):
            continue
        approx = None
        if kind == "time" and (part := text[start:end].lower()) in DAY_PARTS:
            approx = part  # "afternoon" spans its hours; no hedge widens it
        elif kind == "time" and (hedge := _TIME_HEDGE.search(text_before(text, start))):
            start = hedge.start()
            approx = _TIME_HEDGES[hedge.group(1).split()[-1].lower()]
        add(kind, value, start, end, slot=_date_slot(text, start, end), approx=approx)
    for kind, number, start, end, slot, approx in _numbers(text, taken):
        add(kind, number, start, end, slot=slot, approx=approx)
    for quote, start, end in _quotes(text):
        add("quote", quote, start, end)
    for cue, start, end in _negations(text):
        add("negation", cue, start, end, slot=" ".join(cue[1]))
    for cue, start, end in _modalities(text):
        add("modality", cue, start, end, slot=" ".join(cue[1]))
    for title, start, end in _titles(text):
        add("title", title, start, end)
    facts.sort(key=lambda f: (f.span.start, f.span.end, f.kind))
    return tuple(_with_changes(_without_restated(facts, statement), statement))


#: A figure changed from one value to another: "the toll had increased from 65 to 84".
_CHANGED_FROM = re.compile(
    r"\b(?:rose|risen|rises|increased|increases|climbed|jumped|grew|soared|surged|fell|fallen"
    r"|falls|dropped|declined|decreased|raised|lowered|cut|reduced|revised|updated)"
    r"(?:\s+\w+){0,2}\s+from\s+$",
    re.I,
)
_TO = re.compile(r"\s+to\s+")
#: A report told as an earlier one: its figures are superseded, not rival claims.
_EARLIER_REPORT = re.compile(
    r"\b(?:(?:was|were)\s+reported\s+earlier|earlier\s+reports?|(?:had|have)\s+earlier"
    r"|(?:said|reported|put)\s+earlier|earlier\s+(?:said|reported|put))\b",
    re.I,
)


def _with_changes(facts: list[Fact], statement: Statement) -> list[Fact]:
    """Facts with the earlier value of a change marked ``WAS`` ("increased from 65 to 84": 65
    is no longer the toll), and the later one counting what the earlier one counts."""
    text, offset = statement.text, statement.start
    out = list(facts)
    for k, (old, new) in enumerate(itertools.pairwise(facts)):
        if (
            old.kind == new.kind
            and old.kind in ("number", "percent", "money", "quantity")
            and old.value[1] == new.value[1]
            and _CHANGED_FROM.search(text_before(text, old.span.start - offset))
            and _TO.fullmatch(text, old.span.end - offset, new.span.start - offset)
        ):
            out[k] = _as_earlier(old)
            if not new.slot:
                out[k + 1] = replace(new, slot=old.slot)
    if _EARLIER_REPORT.search(text):
        # "was reported earlier as saying 73 people had been killed": a superseded count
        out = [_as_earlier(f) if f.kind == "number" else f for f in out]
    return out


def _as_earlier(fact: Fact) -> Fact:
    """``fact`` marked as an earlier value (``WAS``), once."""
    if WAS in fact.slot.split():
        return fact
    return replace(fact, slot=f"{fact.slot} {WAS}".strip())


#: Between a measure and the same measure restated in other units: "150 kilometres (".
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
#: A time's zone before the brackets that give it in another zone ("7:25 a.m. CT (12:25 GMT)",
#: "8:25am Central Time (1:25pm GMT)").
_ZONE_BRACKET = re.compile(r"\s*(?:[A-Z]{2,4}|(?:[A-Z][a-z]+\s+)?(?:Time|time))?\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _restates(fact: Fact, before: Fact, text: str, offset: int) -> bool:
    """Whether ``fact`` gives ``before`` again, in brackets right after it, in another unit,
    currency or time zone."""
    between = (before.span.end - offset, fact.span.start - offset)
    if fact.kind != before.kind:
        return False
    if fact.kind == "time":  # "7:25 a.m. CT (12:25 GMT)"
        return bool(_ZONE_BRACKET.fullmatch(text, *between))
    if fact.kind == "quantity":  # "150 kilometres (90 miles)": one base unit
        restated = fact.value[1] == before.value[1]
    elif fact.kind == "money":  # "AU$20 million ($13 million)": another currency
        restated = fact.value[1] != before.value[1]
    else:
        return False
    return restated and bool(_OPEN_BRACKET.fullmatch(text, *between))


def _without_restated(facts: list[Fact], statement: Statement) -> list[Fact]:
    """Facts without a measure, a sum or a time restated in brackets in another unit ("about
    150 kilometres (90 miles) east", "AU$20 million ($13 million)", "7:25 a.m. CT (12:25
    GMT)"): one claim, not two figures; the words after the brackets say what the first one
    measures."""
    text, offset = statement.text, statement.start
    kept: list[Fact] = []
    for fact in facts:
        before = kept[-1] if kept else None
        if before is not None and _restates(fact, before, text, offset):
            closed = _CLOSE_BRACKET.match(text, fact.span.end - offset)
            if closed and not before.slot:
                kept[-1] = replace(before, slot=_number_slot(text, closed.end()))
            continue
        kept.append(fact)
    return kept
