"""Pair the statements of different sources that tell the same thing, whatever their order.

For every pair of sources the statements are scored (``reconcile.similarity``), then:

1. one-to-one: a maximum-weight matching over the pairs that reach the threshold, solved
   exactly per connected component of the threshold graph (news statements form small
   components, so the matching is cheap even for long documents);
   The score already knows how clearly two statements prefer each other over their other
   partners (the ``margin`` component), which lets a weakly worded paraphrase pass where a
   stray overlap between statements with better partners does not;
2. one-to-many: a statement left unmatched joins the matched statement of the other source
   that it resembles most, when that score reaches the lower ``ATTACH_THRESHOLD``; this is how
   one outlet's single sentence collects the two or three sentences another outlet spread it
   over. A statement with no partner at all is unique to its source.

Links of all source pairs are merged into groups with union-find, so N sources work the same
as two. Everything is ordered by source order and reading order: output is deterministic.
"""

from __future__ import annotations

import math
import os
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import combinations
from typing import Any, Generic, TypeVar

from .models import Alignment, Features, Link
from .options import Options
from .similarity import (
    BIAS,
    PAIR_BIAS,
    PAIR_WEIGHTS,
    TOP_K,
    WEIGHTS,
    Blocker,
    Profile,
    Weighter,
    blocked,
    close_figures,
    components,
    entity_aliases,
    logit,
    profile,
)

#: Minimum score for a one-to-one link, and for an unmatched statement to join an existing
#: link (one-to-many). Chosen by ``benchmarks/align_eval.py`` with the weights, on the 13
#: pairs of ``gold/`` and the 167 real pairs of ``benchmarks/real``, to maximise the mean of
#: link F1, unique recall and the recall of the links that carry an annotated difference.
#: Leave-one-set-out (weights and thresholds refitted without the held-out set, the honest
#: figure): P 0.69 R 0.58 F1 0.63, unique recall 0.87 over the 1,381 links; ``gold/`` held
#: out P 0.97 R 0.85 F1 0.91, unique recall 0.95. Lower thresholds trade unique recall for
#: link recall.
#: A further, one-sided attachment (an unmatched statement joining the matched partner it
#: clearly prefers and is largely covered by) raised the gold figures by 0.02 but, on 158 real
#: pairs annotated by others, made 8 true pairs and 25 false ones: it was removed.
DEFAULT_THRESHOLD = 0.4
ATTACH_THRESHOLD = 0.28
#: Least rarity-weighted content overlap (and cover) of any link. No gold link has less than
#: 0.076 overlap or 0.088 cover; 0.05 keeps a third of margin below that and removes 55 % of
#: the links the aligner otherwise makes between articles about DIFFERENT events (132 pairs of
#: unrelated ``sources/`` articles: 189 links before, 86 after), which share only a close
#: figure or a generic word. Leaves every gold figure unchanged.
MIN_SHARED = 0.05
#: ... except in two reports of one story (``STORY_LINKS`` links with shared content at least,
#: and ``STORY_SHARE`` of the shorter report's statements), where a pair whose every figure has
#: a close counterpart and that scores ``NEAR_ONLY_THRESHOLD`` is a link: "Starbucks' stock is
#: up almost 21%" / "Starbucks shares soared 24.5%", "winds of 130 miles per hour" / "maximum
#: sustained winds of 140 mph" share little more than the story's own words, and carry its
#: discrepancies. On the real pairs (t7-t21) end to end 4 true differences more, 2 false, when
#: set at 0.6 of the score before the position components. Such pairs often close their
#: articles, which the score now counts against them: on 167 real pairs 0.6 and 0.5 link
#: none of them, 0.45 and 0.35 a few (unique recall -0.001), the one-to-many threshold (the
#: least score scored at all) one false difference fewer end to end (link F1 -0.0005, unique
#: recall -0.002).
NEAR_ONLY_THRESHOLD = ATTACH_THRESHOLD
STORY_LINKS = 3
STORY_SHARE = 0.25
#: ... and where two statements tell close death tolls and each is the other's best-scored
#: partner among the statements that tell one, that pair is a link from this score on: "the
#: real death toll was 16" / "leaving at least 18 passengers dead" share only the story's
#: words, and carry its most-read discrepancy. On 167 real pairs end to end 4 true
#: differences more and 1 false, link F1 +0.0005, unique recall -0.001; 0.05 gave 3 true
#: more, 0.1 and 0.2 none; also counting the injured, one false more. Between articles about
#: different events (221 pairs of ``sources/``) it adds no link.
TOLL_FLOOR = 0.02
_TOLL = "number~death"
#: Exact matching by dynamic programming over subsets when the smaller side of a component is
#: at most this big; beyond that scipy's assignment solver (its import alone costs ~0.4 s).
_SUBSET_DP_MAX = 8
#: Slope of the logistic that turns a rank lead (log-odds over the next-best partner) into the
#: ``margin`` component; 2 was best of 0.5, 1, 2 and 3 in leave-one-pair-out (F1 0.88, 0.91,
#: 0.93, 0.92), so a lead of 1 log-odds already counts as a clear preference.
MARGIN_SLOPE = 2.0
#: Rank (pair log-odds) of the virtual rival of every statement: the median rank of all
#: cross-source statement pairs of the annotated pairs, i.e. a typical unrelated pair
#: (``benchmarks/align_eval.py`` prints it).
RIVAL_FLOOR = -4.50
#: Components bigger than this on both sides are matched greedily to bound memory and time.
_DENSE_MAX = 3000
#: Statements per task when blocked sources are scored by several processes (their
#: candidate pairs go in tasks of ``_CHUNK * TOP_K``).
_CHUNK = 2000
_POINTWISE = {name: w for name, w in WEIGHTS.items() if name != "margin"}
#: Candidate pairs beyond which the rivals and margins are computed with numpy (its import
#: costs ~0.15 s; the loop ~5 us a pair).
_VECTOR_MIN = 50_000

T = TypeVar("T")
Scored = dict[tuple[int, int], tuple[float, dict[str, float]]]


def align(features: Mapping[str, Sequence[Features]], options: Options) -> Alignment:
    """Links and groups of parallel statements across any number of sources.

    ``features`` maps each source id to the features of its statements in reading order.
    ``options.threshold`` replaces ``DEFAULT_THRESHOLD``; the one-to-many threshold scales
    with it so that a stricter setting is stricter everywhere.
    """
    threshold = DEFAULT_THRESHOLD if options.threshold is None else options.threshold
    attach = threshold * ATTACH_THRESHOLD / DEFAULT_THRESHOLD
    near_only = threshold * NEAR_ONLY_THRESHOLD / DEFAULT_THRESHOLD
    toll_floor = threshold * TOLL_FLOOR / DEFAULT_THRESHOLD
    profiles, weighter = prepare(features)
    links: list[Link] = []
    for left_id, right_id in combinations(profiles, 2):
        left, right = profiles[left_id], profiles[right_id]
        # statements that tell a death toll are scored down to ``toll_floor`` (``_toll_pairs``)
        told = ([_tolls(p) for p in left], [_tolls(p) for p in right])
        low = (
            toll_floor,
            {i for i, found in enumerate(told[0]) if found},
            {j for j, found in enumerate(told[1]) if found},
        )
        scored = score_pairs(left, right, weighter, attach, options.workers, low=low)
        chosen = link_pairs(scored, threshold, attach)
        shared = sum(_shares_content(scored[pair][1]) for pair in chosen)
        story = shared >= max(STORY_LINKS, STORY_SHARE * min(len(left), len(right)))
        tolls = set(_toll_pairs(*told, scored, toll_floor)) - set(chosen) if story else set()
        for i, j in sorted({*chosen, *tolls}):
            score, parts = scored[i, j]
            if (i, j) in tolls:
                parts = {**parts, "toll": 1.0}  # --explain says why so low a score links
            elif not _shares_content(parts) and not (
                story and parts["near"] >= 1.0 and score >= near_only
            ):
                continue  # no content in common: a close figure and a clear margin are not enough
            links.append(
                Link(
                    a=left[i].id,
                    b=right[j].id,
                    score=round(score, 4),
                    components={k: round(v, 4) for k, v in parts.items()},
                )
            )
    order = {p.id: (n, p.index) for n, ps in enumerate(profiles.values()) for p in ps}
    links.sort(key=lambda link: (order[link.a], order[link.b]))
    return Alignment(links=tuple(links), groups=groups_of(links, order))


def _tolls(p: Profile) -> list[tuple[str, object]]:
    """The death tolls a statement tells."""
    return [v for v in p.values if v[0] == _TOLL]


def _toll_pairs(
    left: Sequence[Sequence[tuple[str, object]]],
    right: Sequence[Sequence[tuple[str, object]]],
    scored: Scored,
    floor: float,
) -> list[tuple[int, int]]:
    """Pairs scored ``floor`` or more that tell close death tolls (``left`` and ``right``: the
    tolls of each statement, ``_tolls``), each statement the other's best-scored partner among
    those that tell one."""
    candidates = [
        (score, i, j)
        for (i, j), (score, _) in sorted(scored.items())
        if score >= floor and any(close_figures(f, g) for f in left[i] for g in right[j])
    ]
    best_left: dict[int, tuple[float, int]] = {}
    best_right: dict[int, tuple[float, int]] = {}
    for score, i, j in candidates:
        if score > best_left.get(i, (0.0, -1))[0]:
            best_left[i] = (score, j)
        if score > best_right.get(j, (0.0, -1))[0]:
            best_right[j] = (score, i)
    return [(i, j) for _, i, j in candidates if best_left[i][1] == j and best_right[j][1] == i]


def _shares_content(parts: Mapping[str, float]) -> bool:
    """Whether a pair has content words in common (``MIN_SHARED``)."""
    return parts["overlap"] >= MIN_SHARED and parts["cover"] >= MIN_SHARED


def prepare(
    features: Mapping[str, Sequence[Features]],
) -> tuple[dict[str, list[Profile]], Weighter]:
    """Profiles per source and the word weights of this comparison (IDF over all sources)."""
    profiles: dict[str, list[Profile]] = {}
    rarity: dict[str, float] = {}
    aliases = entity_aliases([item for items in features.values() for item in items])
    for source_id, items in features.items():
        profiles[source_id] = []
        last = max(1, len(items) - 1)
        for n, item in enumerate(items):
            prof, stem_rarity = profile(item, aliases, n / last)
            profiles[source_id].append(prof)
            for s, r in stem_rarity.items():
                rarity[s] = min(rarity.get(s, r), r)
    return profiles, Weighter([p for ps in profiles.values() for p in ps], rarity)


def score_pairs(
    left: Sequence[Profile],
    right: Sequence[Profile],
    weighter: Weighter,
    floor: float,
    workers: int = 1,
    low: tuple[float, set[int], set[int]] | None = None,
) -> Scored:
    """Scores and components of the candidate pairs of two sources that reach ``floor``, and
    of the pairs of some statements that reach a lower one (``low``: that floor, the left
    statements and the right ones).

    Every candidate's rank is needed before any margin is known, so the first pass keeps only
    four numbers per pair (memory stays small on long documents); the components are rebuilt
    for the few pairs that reach ``floor``. Long sources are scored in ``workers`` processes
    (``_scan``).
    """
    rows, cols, ranks, logits = _scan(left, right, weighter, workers)
    rivals = Rivals.learn(rows, cols, ranks)
    scored: Scored = {}
    least, some_left, some_right = low or (floor, set(), set())
    for k, margin, score in rivals.scores(rows, cols, ranks, logits, min(floor, least)):
        i, j = rows[k], cols[k]
        if score < floor and not (i in some_left and j in some_right):
            continue
        parts = components(left[i], right[j], weighter)
        parts["margin"] = margin
        scored[i, j] = (score, parts)
    return scored


def _scan(
    left: Sequence[Profile], right: Sequence[Profile], weighter: Weighter, workers: int
) -> tuple[array[int], array[int], array[float], array[float]]:
    """Every candidate pair (i, j) in ascending order, as rows, columns, ranks (pair
    log-odds) and log-odds without ``margin``.

    Short sources pair every statement with every other. Long ones are blocked (``Blocker``),
    and both the blocking and the scoring are shared among ``workers`` processes, by chunks
    of statements and then of candidate pairs; the results are merged in order, so they are
    those of one process.
    """
    scan = _Scan(left, right, weighter)
    if not blocked(left, right):
        ordered = array("q", range(len(left) * len(right)))
        ranks, logits = scan.scores(ordered)
    else:
        scan.block()
        with _processes(scan, workers) as run:
            found: set[int] = set()
            spans = [
                (side, lo, min(lo + _CHUNK, size))
                for side, size in enumerate(map(len, (left, right)))
                for lo in range(0, size, _CHUNK)
            ]
            for codes in run("partners", spans):
                found.update(codes)
            ordered = array("q", sorted(found))
            step = _CHUNK * TOP_K
            ranks, logits = array("d"), array("d")
            for part_ranks, part_logits in run(
                "scores", [ordered[lo : lo + step] for lo in range(0, len(ordered), step)]
            ):
                ranks.extend(part_ranks)
                logits.extend(part_logits)
    width = len(right)
    return (
        array("q", (code // width for code in ordered)),
        array("q", (code % width for code in ordered)),
        ranks,
        logits,
    )


class _Scan:
    """What the scoring of two sources needs, shared with worker processes by ``fork``."""

    def __init__(self, left: Sequence[Profile], right: Sequence[Profile], w: Weighter) -> None:
        self.left, self.right, self.w = left, right, w
        self.blockers: tuple[Blocker, Blocker] | None = None

    def block(self) -> None:
        """Build both sides' blocking indexes (and fill the weighter's caches) once, before
        any worker starts, so that no worker builds its own."""
        self.blockers = (Blocker(self.right, self.w), Blocker(self.left, self.w))
        for p in (*self.left, *self.right):
            self.w.stem_mass(p)

    def partners(self, span: tuple[int, int, int]) -> array[int]:
        """Pair codes (i * len(right) + j) of the top partners of the statements ``lo`` to
        ``hi`` of one side (0 left, 1 right)."""
        side, lo, hi = span
        assert self.blockers is not None
        blocker, queries, width = (
            self.blockers[side],
            (self.left, self.right)[side],
            len(self.right),
        )
        codes = array("q")
        for n in range(lo, hi):
            for m in blocker.partners(queries[n]):
                codes.append(n * width + m if side == 0 else m * width + n)
        return codes

    def scores(self, codes: Sequence[int]) -> tuple[array[float], array[float]]:
        """Rank and log-odds without ``margin`` of the pairs of ``codes``."""
        ranks, logits = array("d"), array("d")
        width = len(self.right)
        for code in codes:
            i, j = divmod(code, width)
            parts = components(self.left[i], self.right[j], self.w)
            ranks.append(logit(parts, PAIR_WEIGHTS, PAIR_BIAS))
            logits.append(logit(parts, _POINTWISE, BIAS))
        return ranks, logits


@contextmanager
def _processes(scan: _Scan, workers: int) -> Iterator[Callable[[str, Sequence[Any]], list[Any]]]:
    """A map of a method of ``scan`` over tasks, in order, in ``workers`` forked processes
    that inherit ``scan`` (only tasks and results are pickled), or in this process where fork
    is unavailable or one worker is asked for."""
    import multiprocessing  # 15 ms of start-up that short inputs never need

    if workers == -1:
        workers = (
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1
        )
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield lambda name, tasks: [getattr(scan, name)(task) for task in tasks]
        return
    with multiprocessing.get_context("fork").Pool(workers, _adopt, (scan,)) as pool:
        yield lambda name, tasks: pool.map(_call, [(name, task) for task in tasks])


_ADOPTED: _Scan | None = None  # a worker process's ``scan``


def _adopt(scan: _Scan) -> None:
    global _ADOPTED
    _ADOPTED = scan


def _call(job: tuple[str, Any]) -> Any:
    name, task = job
    return getattr(_ADOPTED, name)(task)


class Rivals:
    """The two best-ranked partners of each statement in the other source, learnt pair by pair.

    Every statement also has a virtual rival ranked ``floor`` (a typical unrelated pair), so
    a pair is not a clear favourite merely because its statements have no other partners (a
    one-sentence source). Pairs must be seen in a fixed order (ascending): equally ranked
    partners then get equal margins, whatever dictionary or set order produced them.
    """

    def __init__(self, floor: float = RIVAL_FLOOR) -> None:
        self._floor = floor
        self._left: dict[int, list[tuple[float, int]]] = {}  # i -> [(rank, j) best, second]
        self._right: dict[int, list[tuple[float, int]]] = {}

    @classmethod
    def learn(
        cls,
        rows: Sequence[int],
        cols: Sequence[int],
        ranks: Sequence[float],
        floor: float = RIVAL_FLOOR,
    ) -> Rivals:
        """The rivals of the pairs (``rows[k]``, ``cols[k]``) given in ascending order: what
        ``see`` learns pair by pair, by one sort per side when there are many pairs."""
        rivals = cls(floor)
        if len(ranks) <= _VECTOR_MIN:
            for i, j, rank in zip(rows, cols, ranks, strict=True):
                rivals.see(i, j, rank)
            return rivals
        import numpy as np

        rank = np.asarray(ranks, dtype=float)
        for table, keys, others in ((rivals._left, rows, cols), (rivals._right, cols, rows)):
            key, other = np.asarray(keys), np.asarray(others)
            # Best first, equal ranks by the partner seen first (the smaller index), as ``see``.
            order = np.lexsort((other, -rank, key))
            key, other, top = key[order], other[order], rank[order]
            start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
            second = np.minimum(start + 1, len(key) - 1)
            second_ok = (key[second] == key[start]) & (second != start) & (top[second] > floor)
            best_ok = top[start] > floor
            for k, r0, o0, ok0, r1, o1, ok1 in zip(
                key[start].tolist(),
                top[start].tolist(),
                other[start].tolist(),
                best_ok.tolist(),
                top[second].tolist(),
                other[second].tolist(),
                second_ok.tolist(),
                strict=True,
            ):
                best = (r0, o0) if ok0 else (floor, -1)
                table[k] = [best, (r1, o1) if ok0 and ok1 else (floor, -1)]
        return rivals

    def scores(
        self,
        rows: Sequence[int],
        cols: Sequence[int],
        ranks: Sequence[float],
        logits: Sequence[float],
        floor: float,
    ) -> list[tuple[int, float, float]]:
        """(position, margin, final score) of the learnt pairs whose score, the logistic of
        their log-odds without margin (``logits``) plus the weighted margin, reaches ``floor``.
        """
        weight = WEIGHTS["margin"]
        if len(ranks) <= _VECTOR_MIN:
            out = []
            for k, (i, j, rank, z) in enumerate(zip(rows, cols, ranks, logits, strict=True)):
                margin = self.margin(i, j, rank)
                score = 1.0 / (1.0 + math.exp(-(z + weight * margin)))
                if score >= floor:
                    out.append((k, margin, score))
            return out
        import numpy as np

        rank = np.asarray(ranks, dtype=float)
        prefer = []
        for table, keys, others in ((self._left, rows, cols), (self._right, cols, rows)):
            key, other = np.asarray(keys), np.asarray(others)
            size = int(key.max()) + 1
            best_rank, best_other, second_rank = np.zeros(size), np.full(size, -1), np.zeros(size)
            for k, ((r0, o0), (r1, _)) in table.items():
                best_rank[k], best_other[k], second_rank[k] = r0, o0, r1
            rival = np.where(best_other[key] == other, second_rank[key], best_rank[key])
            prefer.append(1.0 / (1.0 + np.exp(-MARGIN_SLOPE * (rank - rival))))
        margin = 0.5 * (prefer[0] + prefer[1])
        score = 1.0 / (1.0 + np.exp(-(np.asarray(logits, dtype=float) + weight * margin)))
        keep = np.flatnonzero(score >= floor)
        return list(zip(keep.tolist(), margin[keep].tolist(), score[keep].tolist(), strict=True))

    def see(self, i: int, j: int, rank: float) -> None:
        """Record the rank (pair log-odds) of the pair (i, j)."""
        _push(self._left, i, rank, j, self._floor)
        _push(self._right, j, rank, i, self._floor)

    def margin(self, i: int, j: int, rank: float) -> float:
        """The ``margin`` component of a seen pair: mean of both statements' preference."""
        return 0.5 * (_prefer(self._left[i], j, rank) + _prefer(self._right[j], i, rank))


def _push(
    table: dict[int, list[tuple[float, int]]], key: int, rank: float, other: int, floor: float
) -> None:
    top = table.setdefault(key, [(floor, -1), (floor, -1)])
    if rank > top[0][0]:
        top[1], top[0] = top[0], (rank, other)
    elif rank > top[1][0]:
        top[1] = (rank, other)


def _prefer(top: list[tuple[float, int]], other: int, rank: float) -> float:
    """In (0, 1): how far ``rank`` exceeds the best rank of the statement's other partners."""
    rival = top[1][0] if top[0][1] == other else top[0][0]
    return 1.0 / (1.0 + math.exp(-MARGIN_SLOPE * (rank - rival)))


def link_pairs(
    scored: Scored,
    threshold: float,
    attach: float,
) -> list[tuple[int, int]]:
    """One-to-one matching above ``threshold``, then one-to-many attachment above ``attach``.

    The matching maximises the summed log-odds in excess of ``attach`` (the evidence a pair
    brings beyond the least any link needs), not the summed scores: a sum of probabilities
    trades one near-certain pair for two middling ones, because each adds almost a full point.
    """
    floor = _log_odds(attach)
    strong = {pair: _log_odds(s) - floor for pair, (s, _) in scored.items() if s >= threshold}
    matched = _matching(strong)
    left_done = {i for i, _ in matched}
    right_done = {j for _, j in matched}
    best_left: dict[int, tuple[float, int]] = {}  # unmatched left i -> (score, matched right j)
    best_right: dict[int, tuple[float, int]] = {}
    for (i, j), (score, _) in sorted(scored.items()):
        if score < attach:
            continue
        if i not in left_done and j in right_done and score > best_left.get(i, (0.0, 0))[0]:
            best_left[i] = (score, j)
        if j not in right_done and i in left_done and score > best_right.get(j, (0.0, 0))[0]:
            best_right[j] = (score, i)
    pairs = set(matched)
    pairs.update((i, j) for i, (_, j) in best_left.items())
    pairs.update((i, j) for j, (_, i) in best_right.items())
    return sorted(pairs)


def _log_odds(score: float) -> float:
    score = min(max(score, 1e-9), 1.0 - 1e-9)
    return math.log(score / (1.0 - score))


def _matching(edges: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one matching, solved per connected component."""
    sets: _DisjointSets[tuple[str, int]] = _DisjointSets()
    for i, j in edges:
        sets.union(("l", i), ("r", j))
    parts: dict[tuple[str, int], dict[tuple[int, int], float]] = defaultdict(dict)
    for pair in sorted(edges):
        parts[sets.find(("l", pair[0]))][pair] = edges[pair]
    matched: list[tuple[int, int]] = []
    for part in parts.values():
        matched.extend(_match_component(part))
    return sorted(matched)


def _match_component(edges: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    if len(edges) == 1:
        return list(edges)
    rows = sorted({i for i, _ in edges})
    cols = sorted({j for _, j in edges})
    if min(len(rows), len(cols)) <= _SUBSET_DP_MAX:
        return _match_subset_dp(edges, rows, cols)
    if max(len(rows), len(cols)) <= _DENSE_MAX:
        return _match_scipy(edges, rows, cols)
    return _match_greedy(edges)


def _match_subset_dp(
    edges: Mapping[tuple[int, int], float], rows: list[int], cols: list[int]
) -> list[tuple[int, int]]:
    """Exact matching by DP over subsets of the smaller side (at most 2**8 states)."""
    flip = len(cols) > len(rows)
    if flip:  # make the columns the small side
        edges = {(j, i): s for (i, j), s in edges.items()}
        rows, cols = cols, rows
    bit = {c: 1 << n for n, c in enumerate(cols)}
    by_row: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (i, j), s in sorted(edges.items()):
        by_row[i].append((j, s))
    states: dict[int, tuple[float, tuple[tuple[int, int], ...]]] = {0: (0.0, ())}
    for i in rows:
        nxt = dict(states)
        for mask, (total, chosen) in states.items():
            for j, s in by_row[i]:
                if mask & bit[j]:
                    continue
                key, value = mask | bit[j], total + s
                if key not in nxt or value > nxt[key][0]:
                    nxt[key] = (value, (*chosen, (i, j)))
        states = nxt
    best = max(states.values(), key=lambda tc: tc[0])[1]  # first of equals: deterministic
    return sorted((j, i) for i, j in best) if flip else sorted(best)


def _match_scipy(
    edges: Mapping[tuple[int, int], float], rows: list[int], cols: list[int]
) -> list[tuple[int, int]]:
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    row_at = {r: n for n, r in enumerate(rows)}
    col_at = {c: n for n, c in enumerate(cols)}
    matrix = np.zeros((len(rows), len(cols)))
    for (i, j), s in edges.items():
        matrix[row_at[i], col_at[j]] = s
    row_ind, col_ind = linear_sum_assignment(matrix, maximize=True)
    return sorted(
        (rows[r], cols[c]) for r, c in zip(row_ind, col_ind, strict=True) if matrix[r, c] > 0
    )


def _match_greedy(edges: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    out = []
    for (i, j), _ in sorted(edges.items(), key=lambda kv: (-kv[1], kv[0])):
        if i not in used_rows and j not in used_cols:
            used_rows.add(i)
            used_cols.add(j)
            out.append((i, j))
    return sorted(out)


def groups_of(
    links: Sequence[Link], order: Mapping[str, tuple[int, int]]
) -> tuple[tuple[str, ...], ...]:
    """Connected statements as groups, each in source-then-reading order, groups likewise."""
    sets: _DisjointSets[str] = _DisjointSets(key=order.__getitem__)
    for link in links:
        sets.union(link.a, link.b)
    members: dict[str, list[str]] = defaultdict(list)
    for node in sets.nodes():
        members[sets.find(node)].append(node)
    groups = [tuple(sorted(m, key=order.__getitem__)) for m in members.values()]
    return tuple(sorted(groups, key=lambda g: order[g[0]]))


class _DisjointSets(Generic[T]):
    """Union-find whose roots are the smallest member under ``key``, for stable results."""

    def __init__(self, key: Callable[[T], Any] | None = None) -> None:
        self._parent: dict[T, T] = {}
        self._key = key if key is not None else (lambda node: node)

    def find(self, node: T) -> T:
        parent = self._parent
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, a: T, b: T) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b), key=self._key)
            self._parent[high] = low

    def nodes(self) -> list[T]:
        return list(self._parent)
