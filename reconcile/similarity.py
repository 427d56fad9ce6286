"""How alike two statements of different sources are, as named components and one score.

A statement is reduced to a :class:`Profile`: content-word stems, the entities it mentions and
the values of its facts. Components compare profiles:

- ``overlap``: weighted Dice of shared stems; a stem weighs its rarity in the compared
  documents (IDF) times its rarity in general English (wordfreq's Zipf scale), so "embassy"
  counts more than "talks" and both far more than "new";
- ``cover``: the weighted share of the *shorter* statement found in the longer one, high when
  one outlet splits into several sentences what another says in one;
- ``lexical``: rapidfuzz token-sort ratio on the stems, which forgives spelling variants;
- ``entities``: IDF-weighted Jaccard of the entity ids (name variants already resolved);
- ``numbers``: Jaccard of the fact values (numbers, dates, quotes), shared figures being strong
  evidence of the same claim; a value found in more statements than one per source counts
  less (a story constant such as "the four journalists" or "on Tuesday" marks the story, not
  the claim), here and in ``near``; vague amounts ("millions of", "dozens of") count not at all;
- ``near``: the share of the shorter statement's figures and dates that have an equal or close
  counterpart of the same kind and unit in the other ("41.3%" / "43.1 percent", "Feb. 10" /
  "Feb. 12"; a toll of one fate down to 0.4 of the other): outlets that disagree on a figure
  still report the same fact, and such pairs are exactly the discrepancies the report exists
  to show;
- ``distance`` and ``depth``: where the two statements stand in their sources (0 first, 1
  last): how far apart, and how deep on average. Weak evidence, never a constraint (any two
  statements can link, in any order): news puts its main facts first in every outlet, so
  two leads are likelier partners than two closing paragraphs of background, and statements
  far apart in their articles less likely than neighbours. Fitted on the real pairs, both
  weigh against a link: a late pair needs about 1.3 log-odds more evidence than two leads;
- ``margin``: how clearly each statement prefers the other over its next-best partner in
  the other source (by the components above), averaged over the two: near 1 for a mutual
  clear favourite, 0.5 for a tie, near 0 where both have better partners. How a pair ranks
  among each statement's alternatives says more than its absolute score: outlets word the
  same fact so differently that a paraphrase often scores low, but it still scores highest.

Words are compared as concepts (``reconcile.lexicon``: "halt" and "suspend" count as shared)
and names as aliases: entities whose names are close spelling variants (Kadyrbaev /
Kadyrbayev, Japaridze / Dzhaparidze) count as shared even where the names stage keeps them
apart as possibly different people, because a name discrepancy is still a parallel statement.

The score is a logistic combination of the components whose weights were fitted on the
annotated pairs (see ``benchmarks/align_eval.py``), so it reads as a probability of a link. It
is computed in two stages: ``PAIR_WEIGHTS`` combine the components of one pair alone, to rank
each statement's partners (``margin``); ``WEIGHTS`` then combine all components,
``margin`` included.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .facts import CASUALTIES, DAY_PARTS, SAME_ORDER, VAGUE, is_age
from .lexicon import concept
from .models import Fact, Features
from .textnorm import content_words, fold, stem, zipf

#: Logistic weights of the components of one pair, fitted by ``benchmarks/align_eval.py`` on
#: the 13 pairs of ``gold/`` and the 167 real pairs of ``benchmarks/real`` (1,381 links among
#: ~24,000 statement pairs, features from the real names and facts stages); refit there when a
#: stage changes. They rank partners only. Shared entities and figures weigh little or
#: against once the words are counted: a story's main actor and its figures recur in
#: statements of different claims, and the words already carry the names.
PAIR_WEIGHTS: Mapping[str, float] = {
    "overlap": 6.27,
    "cover": 4.34,
    "lexical": 4.90,
    "entities": -0.42,
    "numbers": 0.15,
    "near": 2.27,
    "distance": -1.72,
    "depth": -0.59,
}
PAIR_BIAS = -5.80
#: Weights of the final score (the pair's components and its ``margin``), fitted likewise.
WEIGHTS: Mapping[str, float] = {
    "overlap": 3.88,
    "cover": 2.90,
    "lexical": 3.35,
    "entities": -0.36,
    "numbers": -0.22,
    "near": 1.69,
    "distance": -0.92,
    "depth": -1.31,
    "margin": 2.92,
}
BIAS = -5.25

PAIR_COMPONENTS = tuple(PAIR_WEIGHTS)
COMPONENTS = tuple(WEIGHTS)

_MAX_RARITY = 1.5
# Fact kinds whose values tell which claim a statement makes: figures, dates and quotes. A
# title says who, as a name does (the entities compare that); a negation or a hedge says how
# a claim is made, not which.
_CLAIM_FACTS = frozenset({"number", "percent", "money", "quantity", "date", "time", "quote"})
# The facts stage's slot for the date a statement was made ("the ministry said on Friday"):
# every claim of a briefing shares it, so it tells nothing about which claim is made.
_REPORTING_SLOT = "said"
# Fact kinds compared by closeness of value (``near``: every claim fact but quotes), and how
# close counts as close.
_MEASURES = _CLAIM_FACTS - {"quote"}
_NEAR_RATIO = 0.6
_NEAR_DAYS = 3
# Statements sharing a value beyond which it weighs less (inverse share): two is one per source.
_SPECIFIC_DF = 2.0
# Name keys at least this long and this alike (rapidfuzz ratio) are spelling variants; short
# names are left exact ("Iran" / "Iraq", "Lviv" / "Lvov" would be a coin toss).
_ALIAS_MIN_LEN = 5
_ALIAS_RATIO = 80.0
# Above this many distinct names, only identical keys are merged (the fuzzy pass is quadratic:
# 3,000 names take ~0.1 s and 9 MB).
_ALIAS_MAX_NAMES = 3000
#: Up to this many names the fuzzy pass loops in Python (1,000 pairs take ~1 ms).
_ALIAS_LOOP_MAX = 200


def general_rarity(word: str) -> float:
    """Weight factor from general English frequency: ~0.3 for "talks", 1.5 for unlisted words.

    Figures are as specific as the rarest words ("4,600 people", "14 shelters"), whatever
    their frequency in general text.
    """
    if word[:1].isdigit():
        return _MAX_RARITY
    return min(_MAX_RARITY, max(0.25, (7.0 - zipf(word)) / 4.0))


@lru_cache(maxsize=1 << 18)
def _stem_rarity(word: str) -> tuple[str, float]:
    """A content word's concept stem and general rarity, cached: a story repeats its words,
    and this was a quarter of the profiling time of long inputs."""
    return concept(stem(word)), general_rarity(word)


@dataclass(frozen=True)
class Profile:
    """What the aligner compares of one statement."""

    id: str
    source_id: str
    index: int
    stems: frozenset[str]
    key: str  # stems in reading order, for the character-level lexical ratio
    entities: frozenset[str]
    values: frozenset[tuple[str, object]]
    measures: tuple[tuple[str, object], ...] = ()  # figures, dates and times among ``values``
    position: float = 0.0  # place in its source: 0 the first statement, 1 the last


def profile(
    features: Features, aliases: Mapping[str, str] | None = None, position: float = 0.0
) -> tuple[Profile, dict[str, float]]:
    """A statement's profile and, per stem, the general rarity of its most common surface form.

    ``aliases`` maps entity ids to the id of the entity they are a spelling variant of;
    ``position`` is the statement's place in its source (0 first, 1 last).
    """
    aliases = aliases or {}
    stems: list[str] = []
    rarity: dict[str, float] = {}
    for word in content_words(features.statement.text):
        s, r = _stem_rarity(word)
        stems.append(s)
        rarity[s] = min(rarity.get(s, 2.0), r)
    values = frozenset(
        (_tagged_kind(f), f.value)
        for f in features.facts
        if f.kind in _CLAIM_FACTS
        and f.slot != _REPORTING_SLOT
        and f.approx not in VAGUE
        and f.approx not in DAY_PARTS
        # An age says who, as a name does ("the suspect, 42-year-old ..." in statements of
        # different claims), and is no span of time ("Omar Benhanna, 72" / "120 years").
        and not is_age(f)
    )
    st = features.statement
    result = Profile(
        id=st.id,
        source_id=st.source_id,
        index=st.index,
        stems=frozenset(stems),
        key=" ".join(stems),
        entities=frozenset(aliases.get(e, e) for e in features.entity_ids),
        values=values,
        measures=tuple(
            sorted((v for v in values if v[0].partition("~")[0] in _MEASURES), key=repr)
        ),
        position=position,
    )
    return result, rarity


def entity_aliases(features: Sequence[Features]) -> dict[str, str]:
    """Entity id -> id of the first entity whose name is a close spelling variant of it.

    A person is keyed by the last word of its normal form (the surname), anything else by its
    whole normal form, so "Emergencies Ministry" and "Economy Ministry" stay apart.
    """
    keys: dict[str, set[str]] = defaultdict(set)
    for item in features:
        for mention, entity_id in zip(item.mentions, item.entity_ids, strict=False):
            name = fold(mention.normal or mention.span.text).strip()
            key = name.split()[-1] if mention.type == "person" and name else name
            if key:
                keys[key].add(entity_id)
    order = {e: n for n, e in enumerate(dict.fromkeys(e for f in features for e in f.entity_ids))}
    parent = {e: e for e in order}

    def find(e: str) -> str:
        while parent[e] != e:
            parent[e] = parent[parent[e]]
            e = parent[e]
        return e

    def union(a: str, b: str) -> None:
        ra, rb = sorted((find(a), find(b)), key=order.__getitem__)
        parent[rb] = ra

    names = sorted(keys)
    for name in names:
        first, *rest = sorted(keys[name], key=order.__getitem__)
        for other in rest:
            union(first, other)
    long_names = [n for n in names if len(n) >= _ALIAS_MIN_LEN]
    if 1 < len(long_names) <= _ALIAS_MAX_NAMES:
        for k, m in _close_names(long_names):
            first = min(keys[long_names[k]], key=order.__getitem__)
            union(first, min(keys[long_names[m]], key=order.__getitem__))
    return {e: find(e) for e in order if find(e) != e}


def _close_names(names: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Index pairs (k < m) of names at least ``_ALIAS_RATIO`` alike.

    An article's few dozen names are compared one by one; only long lists take rapidfuzz's
    all-pairs matrix, whose numpy import alone costs 0.15 s of a 1 s comparison.
    """
    from rapidfuzz.fuzz import ratio

    if len(names) <= _ALIAS_LOOP_MAX:
        for k, name in enumerate(names):
            for m in range(k + 1, len(names)):
                if ratio(name, names[m], score_cutoff=_ALIAS_RATIO):
                    yield k, m
        return
    import numpy as np
    from rapidfuzz.process import cdist

    close = cdist(names, names, scorer=ratio, score_cutoff=_ALIAS_RATIO, dtype=np.uint8)
    for k, m in zip(*close.nonzero(), strict=True):
        if k < m:
            yield int(k), int(m)


def _tagged_kind(fact: Fact) -> str:
    """A fact's kind, for a count of casualties with what befell them ("number~death"): five
    dead and five injured are different figures whatever their value."""
    if fact.kind == "number":
        for word in fact.slot.split():
            if word in CASUALTIES:
                return f"number{word}"
    return fact.kind


def _same_kind(k: str, m: str) -> bool:
    """Kinds that can hold the same figure: equal, or a count with and without its casualty."""
    return k == m or ("number" in (k, m) and k.startswith("number") and m.startswith("number"))


def _shared(p: Profile, q: Profile) -> frozenset[tuple[str, object]]:
    """``p``'s values that ``q`` also states (same value, kinds that can hold it)."""
    if not p.values or not q.values:
        return frozenset()
    exact = p.values & q.values
    counts = [f for f in p.values if f not in exact and f[0].startswith("number")]
    if not counts:
        return exact
    return exact | {
        f for f in counts if any(f[1] == g[1] and _same_kind(f[0], g[0]) for g in q.values)
    }


def close_figures(f: tuple[str, object], g: tuple[str, object]) -> bool:
    """Whether two measure facts are equal or close: same kind and unit, similar magnitude;
    dates of one month at most ``_NEAR_DAYS`` apart."""
    if f == g:
        return True
    kind, a = f
    if not _same_kind(kind, g[0]):
        return False
    b = g[1]
    if kind == "date":  # ("date", year, month, day) or ("weekday", n)
        return (
            isinstance(a, tuple)
            and isinstance(b, tuple)
            and a[0] == b[0] == "date"
            and a[2] is not None
            and a[2] == b[2]
            and (a[1] is None or b[1] is None or a[1] == b[1])
            and (a[3] is None or b[3] is None or abs(a[3] - b[3]) <= _NEAR_DAYS)
        )
    if kind == "time":
        return isinstance(a, tuple) and isinstance(b, tuple) and abs(a[1] - b[1]) <= 3
    if not (isinstance(a, tuple) and isinstance(b, tuple)) or a[1] != b[1]:
        return False
    low, high = sorted((abs(a[0]), abs(b[0])))
    # Outlets report a toll at different stages ("at least 24 injured" / "12 injured"): counts
    # of one fate are near down to the ratio of figures of one order.
    toll = kind == g[0] and kind != "number" and kind.startswith("number")
    return high > 0 and low / high >= (SAME_ORDER if toll else _NEAR_RATIO)


def near_share(p: Profile, q: Profile, specificity: Mapping[tuple[str, object], float]) -> float:
    """Share of the statement with fewer measures whose measures have a close counterpart,
    each counted by its ``specificity``."""
    small, large = sorted((p.measures, q.measures), key=len)
    if not small:
        return 0.0
    close = [f for f in small if any(close_figures(f, g) for g in large)]
    return sum(specificity[f] for f in close) / len(small)


class Weighter:
    """Per-stem and per-entity weights for one comparison (IDF over all compared statements)."""

    def __init__(self, profiles: Sequence[Profile], rarity: Mapping[str, float]) -> None:
        count = max(1, len(profiles))
        stem_df = Counter(s for p in profiles for s in p.stems)
        entity_df = Counter(e for p in profiles for e in p.entities)
        self.stem: dict[str, float] = {
            s: math.log(1.0 + count / df) * rarity.get(s, 1.0) for s, df in stem_df.items()
        }
        self.entity: dict[str, float] = {
            e: math.log(1.0 + count / df) for e, df in entity_df.items()
        }
        # A value told in one statement per source (df 2) singles out a claim; one that recurs
        # all over the story ("the four journalists", "on Tuesday", "the two countries") is a
        # story constant and says little about which claim a statement makes.
        value_df = Counter(v for p in profiles for v in p.values)
        self.value: dict[tuple[str, object], float] = {
            v: min(1.0, _SPECIFIC_DF / df) for v, df in value_df.items()
        }
        # Stems of one source only cannot pair statements of different sources: no blocking key.
        sources: dict[str, set[str]] = defaultdict(set)
        for p in profiles:
            for s in p.stems:
                sources[s].add(p.source_id)
        self._shared = {s for s, ids in sources.items() if len(ids) > 1}
        self._masses: dict[str, float] = {}
        self._keys: dict[str, list[str]] = {}

    def mass(self, items: frozenset[Any], table: Mapping[Any, float]) -> float:
        """Total weight of a set of stems, entities or values."""
        return sum(table.get(i, 0.0) for i in items)

    def stem_mass(self, p: Profile) -> float:
        """Total stem weight of a statement, cached: every candidate pair needs it."""
        mass = self._masses.get(p.id)
        if mass is None:
            mass = self._masses[p.id] = self.mass(p.stems, self.stem)
        return mass

    def keys(self, p: Profile) -> list[str]:
        """Blocking keys of a statement: its rarest stems and all its entities (cached)."""
        keys = self._keys.get(p.id)
        if keys is None:
            shared = p.stems & self._shared
            rare = sorted(shared, key=lambda s: (-self.stem[s], s))[:KEYS_PER_STATEMENT]
            keys = self._keys[p.id] = rare + [_ENTITY_KEY + e for e in sorted(p.entities)]
        return keys


def components(p: Profile, q: Profile, w: Weighter) -> dict[str, float]:
    """The similarity components of two statements alone (all but ``margin``), each in [0, 1].

    Scored for every candidate pair of long inputs, so statements without entities or
    figures skip those components' set work.
    """
    from rapidfuzz.fuzz import token_sort_ratio

    shared = w.mass(p.stems & q.stems, w.stem)
    mass_p, mass_q = w.stem_mass(p), w.stem_mass(q)
    overlap = 2.0 * shared / (mass_p + mass_q) if mass_p + mass_q else 0.0
    cover = shared / min(mass_p, mass_q) if min(mass_p, mass_q) else 0.0
    entities = numbers = near = 0.0
    if p.entities and q.entities:
        union = w.mass(p.entities | q.entities, w.entity)
        entities = w.mass(p.entities & q.entities, w.entity) / union if union else 0.0
    if p.values and q.values:
        numbers = w.mass(_shared(p, q), w.value) / len(p.values | q.values)
        near = near_share(p, q, w.value)
    return {
        "overlap": overlap,
        "cover": cover,
        "lexical": token_sort_ratio(p.key, q.key) / 100.0,
        "entities": entities,
        "numbers": numbers,
        "near": near,
        "distance": abs(p.position - q.position),
        "depth": (p.position + q.position) / 2.0,
    }


def logit(
    parts: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS, bias: float = BIAS
) -> float:
    """The fitted linear predictor of a link (log-odds) from the components."""
    return bias + sum(weights[name] * parts[name] for name in weights)


#: Above this many statement pairs the aligner scores only blocked candidates.
FULL_MATRIX_PAIRS = 250_000
#: Candidates kept per statement when blocking.
TOP_K = 12
#: Stems per statement used as blocking keys: its rarest ones found in another source too.
#: Blocking forced on the 77 real gold pairs keeps 0.94 of the gold links with 6 (0.96 with
#: 8, 0.98 with all stems; 0.84 with the 8 rarest stems of any kind, which were often words
#: of one statement only); on ``benchmarks/align_scale.py`` 6 find the same links as 8 at
#: 20,000 statements per side in 40 % of the blocking time.
KEYS_PER_STATEMENT = 6
_ENTITY_KEY = "\x00e"  # prefix that keeps entity keys apart from stems


def blocked(left: Sequence[Profile], right: Sequence[Profile]) -> bool:
    """Whether two sources are too long to score every pair of their statements."""
    return len(left) * len(right) > FULL_MATRIX_PAIRS


class Blocker:
    """Inverted index of the blocking keys (rarest stems and entities) of one source's
    statements, which finds the ``TOP_K`` of them that share most key weight with a statement
    of another source, so scoring costs n * ``TOP_K`` pairs rather than n * m.

    Posting lists of very common keys are dropped: they connect everything to everything.
    """

    def __init__(self, targets: Sequence[Profile], w: Weighter) -> None:
        self._w = w
        cap = max(50, int(math.sqrt(len(targets)) * 4))
        index: dict[str, list[int]] = defaultdict(list)
        for j, q in enumerate(targets):
            for key in w.keys(q):
                index[key].append(j)
        self._postings = {
            key: (js, w.entity[key[2:]] if key.startswith(_ENTITY_KEY) else w.stem[key])
            for key, js in index.items()
            if len(js) <= cap
        }

    def partners(self, query: Profile) -> list[int]:
        """Indices of the ``TOP_K`` targets sharing most key weight with ``query``."""
        gains: dict[int, float] = defaultdict(float)
        for key in self._w.keys(query):
            found = self._postings.get(key)
            if found is not None:
                posting, weight = found
                for j in posting:
                    gains[j] += weight
        return best_keys(gains, TOP_K)


def best_keys(gains: Mapping[int, float], k: int) -> list[int]:
    """The ``k`` keys of highest gain, ties by the smaller key: ``sorted(gains, key=lambda j:
    (-gains[j], j))[:k]``, but the K-th gain comes from a plain float heap first, and only
    the few keys at or above it are sorted (a keyed heap over all gains took a fifth of the
    aligner's time at 20,000 statements per side)."""
    if len(gains) > k > 0:
        kth = heapq.nlargest(k, gains.values())[-1]
        return [j for _, j in sorted((-g, j) for j, g in gains.items() if g >= kth)[:k]]
    return [j for _, j in sorted((-g, j) for j, g in gains.items())][: max(k, 0)]
