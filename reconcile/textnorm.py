"""Word normalisation for comparing statements: tokens, stop words and a light stemmer.

Paraphrases across outlets mostly change the morphology and the glue words, not the content
words ("reestablishment of direct air connections" / "re-establishing direct air travel"), so
statements are compared on stems of content words. The stemmer is a small, conservative suffix
stripper rather than a full Porter stemmer: over-stemming merges unrelated words ("general" /
"generate"), which costs more precision in alignment than it gains recall.
"""

from __future__ import annotations

import gzip
import importlib.util
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

# Decimal numbers and dotted abbreviations ("U.S.") first, so they stay one word.
#: A digit or the start of a month name: every calendar date has one, most text has neither.
DATE_HINT = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_WORD = re.compile(r"\d+(?:[.,]\d+)+|(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*")

#: Function words that carry no content; news-specific glue ("said", "according") included
#: because every outlet uses it for every claim.
_STOP_TEXT = """
    a about above according across after again against all also although am among an and
    another any are around as at be because been before being below between both but by can
    could did do does doing done during each either else even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in into is
    it its itself just last least less like many may me might more most much must my myself
    near neither no nor not now of off on once one only or other others our ours ourselves out
    over own per rather said same say saying says she should since so some still such than
    that the their theirs them themselves then there these they this those though through thus
    to too under until up upon very via was we were what when where whether which while who
    whom whose why will with within without would yet you your yours yourself several quite
    mr mrs ms told stated added noted reported
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# Each suffix maps to its replacement; the longest that leaves a long enough stem is applied
# once, after which a final "e" is dropped, so "restore", "restoring" and "restoration" share
# the stem "restor".
_SUFFIXES: dict[str, str] = {
    "izations": "",
    "isations": "",
    "ization": "",
    "isation": "",
    "ational": "",
    "ations": "",
    "ation": "",
    "itions": "",
    "ition": "",
    "ments": "",
    "ment": "",
    "nesses": "",
    "ness": "",
    "izing": "",
    "ising": "",
    "ized": "",
    "ised": "",
    "izes": "",
    "ises": "",
    "ize": "",
    "ise": "",
    "ings": "",
    "ing": "",
    "ions": "",
    "ion": "",
    "ities": "",
    "ity": "",
    "ically": "",
    "ical": "",
    "ics": "",
    "ic": "",
    "ally": "",
    "al": "",
    "ly": "",
    "ied": "y",
    "ies": "y",
    "ers": "",
    "er": "",
    "ed": "",
    "es": "",
    "s": "",
}
# The suffixes by length, longest first: a word can end in only one suffix of each length, so
# the stemmer looks its ending up once per length instead of testing every suffix.
_SUFFIXES_BY_LENGTH: tuple[tuple[int, dict[str, str]], ...] = tuple(
    (n, {k: v for k, v in _SUFFIXES.items() if len(k) == n})
    for n in sorted({len(k) for k in _SUFFIXES}, reverse=True)
)
_MIN_STEM = 4
#: Suffixes after which a short-syllable stem gets its "e" back ("closed" -> "close").
_E_SUFFIXES = frozenset({"ed", "es", "ing", "ings", "er", "ers"})
#: Words whose suffix rules would give another common word's stem: "international" is not
#: "internal", "foundation" not "found", "generation" not "general", "career" not "care".
_OWN_STEMS = {
    "international": "international",
    "internationally": "international",
    "foundation": "foundation",
    "foundations": "foundation",
    "generation": "generation",
    "generations": "generation",
    "career": "career",
    "careers": "career",
    # compass adjectives are their direction: "the southwestern part" / "the restive southwest"
    **{f"{point}ern": point for point in ("north", "south", "east", "west")},
    **{f"{ns}{ew}ern": f"{ns}{ew}" for ns in ("north", "south") for ew in ("east", "west")},
}
#: Suffixes that need a longer stem (letters beyond ``_MIN_STEM``): "mission" is no "miss",
#: "station" no "stat" (state), "statement" no "state"; "election" -> "elect" and
#: "government" -> "govern" still.
_LONG_STEM_SUFFIXES = {"ion": 1, "ions": 1, "ment": 2, "ments": 2}
# Zipf value given to words absent from the general word list: rarer than any listed word.
_UNLISTED_ZIPF = 1.0
_JOINERS = str.maketrans("", "", "-'’.")


#: How far before a word the words that qualify it are read ("since", "more than", a title, a
#: list of names after a role). Searches anchored at the word over all the text before it
#: cost the square of a statement's length on junk (20,000 letters in a row took 25 s).
CUE_REACH = 200


def text_before(text: str, pos: int) -> str:
    """The ``CUE_REACH`` characters of ``text`` before ``pos``, where its cues stand."""
    return text[max(0, pos - CUE_REACH) : pos]


def fold(text: str) -> str:
    """Lower-case and strip accents so "Türkiye" and "Turkiye" compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Folded words with inner hyphens and possessives removed ("re-establish" -> "reestablish")."""
    out = []
    for match in _WORD.finditer(fold(text)):
        word = match.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        out.append(word.replace(",", "") if word[0].isdigit() else word.translate(_JOINERS))
    return out


@lru_cache(maxsize=1)
def _zipf_table() -> Mapping[str, float]:
    """English word -> Zipf frequency, from the word list that the wordfreq package ships.

    The list is read directly (msgpack "cB" format: bucket i holds the words of frequency
    10**(-i/100)) because importing wordfreq itself costs ~0.15 s of start-up, which the 1 s
    budget of ``reconcile compare`` cannot afford. Without the package every word weighs the
    same and only the in-document IDF tells rare from common.
    """
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return {}
    import msgpack

    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "small_en.msgpack.gz"
    if not path.is_file():
        return {}
    with gzip.open(path, "rb") as handle:
        packed = msgpack.load(handle, raw=False)
    header, buckets = packed[0], packed[1:]
    if header != {"format": "cB", "version": 1}:
        return {}
    table: dict[str, float] = {}
    for centibels, bucket in enumerate(buckets):
        for word in bucket:
            table.setdefault(word, 9.0 - centibels / 100.0)
    return table


def zipf(word: str) -> float:
    """Zipf frequency of a word in general English (about 7 for "the", 3 for "embassy");
    ``_UNLISTED_ZIPF`` for words the list does not hold."""
    return _zipf_table().get(word.lower(), _UNLISTED_ZIPF)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Conservative stem of a folded word; numbers and short words are kept as they are."""
    if len(word) <= _MIN_STEM or not word.isalpha():
        return word
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    if word.endswith(("ss", "us", "is")):  # "access", "status", "crisis" are not plurals
        base = word
    else:
        base = word
        for length, suffixes in _SUFFIXES_BY_LENGTH:
            suffix = word[-length:]
            replacement = suffixes.get(suffix)
            if replacement is None:
                continue
            kept = len(word) - length + len(replacement)
            if kept >= _MIN_STEM + _LONG_STEM_SUFFIXES.get(suffix, 0):
                base = word[: len(word) - len(suffix)] + replacement
                if suffix in _E_SUFFIXES and _short_syllable(base):
                    base += "e"  # "stated", "states" -> "state", as "state" keeps its "e"
                break
    if len(base) > _MIN_STEM and base.endswith("e") and not _short_syllable(base[:-1]):
        base = base[:-1]  # "restore" -> "restor", but "plane" is no "plan", "state" no "stat"
    if len(base) > _MIN_STEM and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]  # "planned" -> "plann" -> "plan"
    elif base != word and base.endswith("ll"):
        listed = _zipf_table()
        if base not in listed and base[:-1] in listed:
            base = base[:-1]  # British doubling: "controlled" -> "control"; "killed" -> "kill"
    return base


def _short_syllable(stem: str) -> bool:
    """Porter's test for a stem that needs its final "e": one vowel-consonant sequence, ending
    consonant-vowel-consonant (not w, x or y), as in "plan(e)" and "stat(e)"."""
    shape = "".join(
        "v" if c in "aeiou" or (c == "y" and k > 0 and stem[k - 1] not in "aeiou") else "c"
        for k, c in enumerate(stem)
    )
    return (
        shape.count("vc") == 1
        and shape.endswith("cvc")
        and stem[-1] not in "wxy"
        and stem[-2] != stem[-1]
    )


def content_words(text: str) -> list[str]:
    """Folded content words of a text, stop words removed, in order."""
    return [w for w in words(text) if w not in STOP_WORDS]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text, in order (duplicates kept)."""
    return [stem(w) for w in content_words(text)]
