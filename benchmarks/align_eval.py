"""Calibrate the aligner on the gold pairs, and say how well the calibration generalises.

Usage: python benchmarks/align_eval.py [--gold-dir DIR ...]

1. For every gold pair, the similarity components of every cross-source statement pair are
   computed once (``reconcile.align.prepare`` / ``score_pairs``), labelled by the gold links.
2. A logistic regression (L2-regularised, Newton's method) is fitted on those components
   (the pair model, ``PAIR_WEIGHTS``); its scores give every pair its ``margin`` component
   (how clearly each statement prefers the other to its next-best partner), and a second
   regression is fitted on all components (``WEIGHTS``). Then the one-to-one threshold and
   the one-to-many ratio are chosen on a grid to maximise the mean of link F1, unique recall
   and the recall of the gold links that carry an annotated difference (micro over pairs;
   without the last, a threshold buys unique recall by dropping exactly the links where the
   sources disagree), running the real matching and counting, like ``evaluate.py``,
   every cross-source pair of a group as predicted.
3. Held-out figures: step 2 on all pairs but one, scored on the held-out pair; with
   ``--gold-dir`` (several gold folders), on all folders but one, scored on the held-out
   folder (a set of pairs annotated together: leaving out one pair of a set would let its
   siblings vouch for it). Printed next to the figures of the constants currently in
   ``reconcile/similarity.py`` and ``reconcile/align.py`` (which were fitted on all pairs, so
   they are optimistic).
4. The fit on all pairs is printed, ready to be copied into those constants.

The shipped constants are fitted on ``gold/`` and the real sets of ``real/`` (texts restored,
see ``real/README.md``)::

    python benchmarks/align_eval.py $(for d in benchmarks/real/t*/; do echo --gold-dir $d; done)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaluate import GoldPair, Score, load_gold, prediction

from reconcile import align as align_module
from reconcile import similarity
from reconcile.models import Link
from reconcile.options import Options

THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 18)]
ATTACH_RATIOS = [round(0.1 * k, 1) for k in range(3, 11)]
L2 = 1.0


@dataclass(frozen=True)
class Table:
    """All cross-source statement pairs of one gold pair, as pair components and labels."""

    gold: GoldPair
    keys: list[tuple[int, int]]
    x: np.ndarray
    y: np.ndarray
    ids: tuple[list[str], list[str]]


@dataclass(frozen=True)
class Model:
    """Both regressions and the two thresholds: what the constants of the package hold."""

    pair: tuple[np.ndarray, float]
    floor: float
    final: tuple[np.ndarray, float]
    threshold: float = 0.0
    ratio: float = 0.0


def table(gold: GoldPair) -> Table:
    profiles, weighter = align_module.prepare(gold.features)
    left, right = profiles["a"], profiles["b"]
    scored = align_module.score_pairs(left, right, weighter, 0.0)
    keys = sorted(scored)
    x = np.array([[scored[k][1][c] for c in similarity.PAIR_COMPONENTS] for k in keys])
    y = np.array([(left[i].id, right[j].id) in gold.links for i, j in keys], dtype=float)
    return Table(gold, keys, x, y, ([p.id for p in left], [p.id for p in right]))


def ranks(t: Table, pair: tuple[np.ndarray, float]) -> np.ndarray:
    """Pair-model log-odds of every statement pair of the table."""
    return t.x @ pair[0] + pair[1]


def with_margin(t: Table, pair: tuple[np.ndarray, float], floor: float) -> np.ndarray:
    """The table's components plus ``margin`` ranked by the pair model, like ``score_pairs``."""
    rivals = align_module.Rivals(floor)
    ranks_ = [float(r) for r in ranks(t, pair)]
    for (i, j), rank in zip(t.keys, ranks_, strict=True):
        rivals.see(i, j, rank)
    margins = np.array([rivals.margin(i, j, r) for (i, j), r in zip(t.keys, ranks_, strict=True)])
    return np.hstack([t.x, margins[:, None]])


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method with an L2 penalty on the weights (not bias)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * L2
    penalty[-1, -1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-design @ beta))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def predict(t: Table, model: Model) -> tuple[set[tuple[str, str]], set[str]]:
    weights, bias = model.final
    x = with_margin(t, model.pair, model.floor)
    scores = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
    threshold, attach = model.threshold, model.threshold * model.ratio
    scored = {k: (float(s), {}) for k, s in zip(t.keys, scores, strict=True) if s >= attach}
    links = [
        Link(t.ids[0][i], t.ids[1][j], 0.0)
        for i, j in align_module.link_pairs(scored, threshold, attach)
    ]
    order = {sid: (n, k) for n, ids in enumerate(t.ids) for k, sid in enumerate(ids)}
    return prediction(align_module.groups_of(links, order), [s for ids in t.ids for s in ids])


def evaluate(tables: list[Table], model: Model) -> Score:
    total = Score()
    for t in tables:
        total.add(predict(t, model), t.gold)
    return total


def objective(score: Score) -> float:
    """Link F1, unique recall and the recall of the links that carry a difference, equally:
    a threshold that buys unique recall by dropping the links where sources disagree would
    hide the very differences the report exists to show."""
    return (score.f1 + score.unique_recall + score.carrier_recall) / 3


def calibrate(tables: list[Table]) -> Model:
    y = np.concatenate([t.y for t in tables])
    pair = fit(np.vstack([t.x for t in tables]), y)
    floor = float(np.median(np.concatenate([ranks(t, pair) for t in tables])))
    final = fit(np.vstack([with_margin(t, pair, floor) for t in tables]), y)
    threshold, ratio = max(
        ((t, r) for t in THRESHOLDS for r in ATTACH_RATIOS),
        key=lambda tr: (objective(evaluate(tables, Model(pair, floor, final, *tr))), *tr),
    )
    return Model(pair, floor, final, threshold, ratio)


def held_out(tables: list[Table]) -> dict[str, list[Table]]:
    """The folds of the held-out figures: one per gold folder when there are several, else
    one per pair."""
    folders = {t.gold.folder for t in tables}
    if len(folders) > 1:
        return {f: [t for t in tables if t.gold.folder == f] for f in sorted(folders)}
    return {t.gold.name: [t] for t in tables}


def weights_of(names: tuple[str, ...], weights: np.ndarray) -> dict[str, float]:
    return {c: round(float(w), 2) for c, w in zip(names, weights, strict=True)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, action="append", default=[])
    golds = load_gold(Options(), parser.parse_args().gold_dir)
    tables = [table(g) for g in golds]
    current = Model(
        (
            np.array([similarity.PAIR_WEIGHTS[c] for c in similarity.PAIR_COMPONENTS]),
            similarity.PAIR_BIAS,
        ),
        align_module.RIVAL_FLOOR,
        (np.array([similarity.WEIGHTS[c] for c in similarity.COMPONENTS]), similarity.BIAS),
        align_module.DEFAULT_THRESHOLD,
        align_module.ATTACH_THRESHOLD / align_module.DEFAULT_THRESHOLD,
    )
    folds = held_out(tables)
    unit = "pair" if all(len(fold) == 1 for fold in folds.values()) else "folder"
    header = f"{'held-out ' + unit:<24} {'links':>5}"
    print(f"{header} | fit without it: P R F1 uniqR | current: P R F1 uniqR")
    lopo_total, current_total = Score(), Score()
    for name, held in folds.items():
        model = calibrate([t for t in tables if not any(t is h for h in held)])
        held_score, now = evaluate(held, model), evaluate(held, current)
        for t in held:
            lopo_total.add(predict(t, model), t.gold)
            current_total.add(predict(t, current), t.gold)
        links = sum(len(t.gold.links) for t in held)
        print(f"{Path(name).name:<24} {links:>5} | {held_score.row()} | {now.row()}")
    print(
        f"{'overall (micro)':<24} {lopo_total.gold:>5} | {lopo_total.row()} | {current_total.row()}"
    )
    print(
        f"links that carry a difference found: held out {lopo_total.carrier_recall:.2f}, "
        f"current {current_total.carrier_recall:.2f}"
    )
    model = calibrate(tables)
    print("\nfit on all pairs:")
    print("PAIR_WEIGHTS =", weights_of(similarity.PAIR_COMPONENTS, model.pair[0]))
    print(f"PAIR_BIAS = {model.pair[1]:.2f}, RIVAL_FLOOR = {model.floor:.2f}")
    print("WEIGHTS =", weights_of(similarity.COMPONENTS, model.final[0]))
    print(f"BIAS = {model.final[1]:.2f}")
    attach = round(model.threshold * model.ratio, 3)
    print(f"DEFAULT_THRESHOLD = {model.threshold}, ATTACH_THRESHOLD = {attach}")
    print("in-sample:", evaluate(tables, model).row())


if __name__ == "__main__":
    main()
