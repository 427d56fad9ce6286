"""Alignment quality on the annotated pairs: reconcile vs a TF-IDF baseline, side by side.

Usage: python benchmarks/evaluate.py [--threshold T] [--gold-dir DIR ...] [--verbose]

For every gold pair (``benchmarks/gold``, then each ``--gold-dir``: annotated third-party
articles kept outside the repository, paths relative to the gold file) whose files exist, both
articles are loaded and analysed by the real pipeline (``reconcile.pipeline.analyse``) and
aligned; gold offsets are resolved by ``benchmarks/gold``'s reader through the same loader and
segmenter, so statement ids agree.
Printed per pair, overall and, with ``--gold-dir``, per gold folder (micro-averaged; each
folder is one set, with the baseline at the best threshold for that folder):

- link precision / recall / F1 over cross-source statement pairs; a group of reconcile's report
  counts as all the pairs it joins (what a reader of the report sees as "the same");
- unique recall: share of the gold's unique statements that the aligner left unpaired.

``--verbose`` then lists, per pair, the gold links reconcile missed and the pairs it joined
that the gold does not, with their scores and the two statements.

Baseline: TF-IDF cosine over the same statements (stop words removed), one-to-one assignment,
threshold. Its threshold is the one that maximises its own overall F1 on the gold (an oracle
choice, so the comparison flatters the baseline, not us).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gold import gold_files, source_paths  # noqa: E402
from gold import load_gold as read_gold  # noqa: E402

from reconcile import pipeline  # noqa: E402
from reconcile.align import align  # noqa: E402
from reconcile.load import load_source  # noqa: E402
from reconcile.models import Alignment, Features, Statement  # noqa: E402
from reconcile.options import Options  # noqa: E402
from reconcile.textnorm import STOP_WORDS  # noqa: E402

BASELINE_GRID = [round(0.05 * k, 2) for k in range(1, 15)]

Pair = tuple[str, str]


@dataclass(frozen=True)
class GoldPair:
    """One annotated article pair, resolved to statement ids of the real segmenter."""

    name: str
    features: Mapping[str, Sequence[Features]]
    alignment: Alignment
    links: frozenset[Pair]
    unique: frozenset[str]
    folder: str  # where its gold file lives: the set it belongs to
    carriers: frozenset[Pair] = frozenset()  # gold links with an annotated difference


def load_gold(options: Options, folders: Sequence[Path] = ()) -> list[GoldPair]:
    """Every gold pair whose files exist, with the pipeline's own features and alignment."""
    out = []
    for path in gold_files(folders):
        files = source_paths(path)
        if not all(f.is_file() for f in files.values()):
            print(f"skip {path.name}: input files not found", file=sys.stderr)
            continue
        gold = read_gold(path, options)
        sources = [load_source(str(files[side]), side, options) for side in "ab"]
        features = pipeline.analyse(sources).features
        out.append(
            GoldPair(
                name=gold.name,
                features=features,
                alignment=align(features, options),
                links=frozenset(gold.links),
                unique=frozenset(s for ids in gold.unique.values() for s in ids),
                folder=str(path.parent),
                carriers=frozenset((d.a, d.b) for d in (*gold.differences, *gold.partial)),
            )
        )
    return out


def prediction(
    groups: Sequence[Sequence[str]], statements: Sequence[str]
) -> tuple[set[Pair], set[str]]:
    """Cross-source pairs joined by the groups (as the report shows them), and the rest unique."""
    pairs: set[Pair] = set()
    for group in groups:
        left = [s for s in group if s.startswith("a")]
        pairs.update((a, b) for a in left for b in group if b.startswith("b"))
    grouped = {s for group in groups for s in group}
    return pairs, {s for s in statements if s not in grouped}


def statement_ids(gold: GoldPair) -> list[str]:
    return [f.statement.id for side in "ab" for f in gold.features[side]]


def tfidf_baseline(
    a: Sequence[Statement], b: Sequence[Statement], threshold: float
) -> tuple[set[Pair], set[str]]:
    """TF-IDF cosine, one-to-one assignment, pairs at or above ``threshold``."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    def bag(text: str) -> Counter[str]:
        return Counter(w for w in re.findall(r"\w+", text.lower()) if w not in STOP_WORDS)

    bags = [bag(s.text) for s in (*a, *b)]
    df = Counter(w for bag_ in bags for w in bag_)
    n = len(bags)
    vocab = {w: k for k, w in enumerate(sorted(df))}
    matrix = np.zeros((n, len(vocab)))
    for row, bag_ in enumerate(bags):
        for w, tf in bag_.items():
            matrix[row, vocab[w]] = tf * (math.log((1 + n) / (1 + df[w])) + 1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix = matrix / np.where(norms == 0, 1, norms)
    cosine = matrix[: len(a)] @ matrix[len(a) :].T
    rows, cols = linear_sum_assignment(cosine, maximize=True)
    pairs = {
        (a[r].id, b[c].id) for r, c in zip(rows, cols, strict=True) if cosine[r, c] >= threshold
    }
    linked = {s for p in pairs for s in p}
    return pairs, {s.id for s in (*a, *b) if s.id not in linked}


def link_errors(gold: GoldPair, width: int = 110) -> list[str]:
    """Lines naming the missed gold links ("MISS") and the joined pairs the gold lacks
    ("FALSE"), each with its link score (or "group" when only its group joins it) and the
    start of both statements."""
    pairs, _ = prediction(gold.alignment.groups, statement_ids(gold))
    scores = {(link.a, link.b): f"{link.score:.2f}" for link in gold.alignment.links}
    text = {f.statement.id: f.statement.text for side in "ab" for f in gold.features[side]}
    lines = []
    for tag, errors in (("MISS", gold.links - pairs), ("FALSE", pairs - gold.links)):
        for a, b in sorted(errors, key=lambda pair: [int(s[1:]) for s in pair]):
            how = scores.get((a, b), "group" if tag == "FALSE" else "-")
            lines.append(f"{tag} {gold.name} {a}-{b} ({how})")
            lines += [f"    {sid}: {text[sid][:width]}" for sid in (a, b)]
    return lines


@dataclass
class Score:
    """Counts behind link precision/recall and unique recall."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0
    unique_hit: int = 0
    unique_gold: int = 0
    carrier_hit: int = 0
    carrier_gold: int = 0

    def add(self, pred: tuple[set[Pair], set[str]], gold: GoldPair) -> Score:
        pairs, unique = pred
        self.tp += len(pairs & gold.links)
        self.predicted += len(pairs)
        self.gold += len(gold.links)
        self.unique_hit += len(unique & gold.unique)
        self.unique_gold += len(gold.unique)
        self.carrier_hit += len(pairs & gold.carriers)
        self.carrier_gold += len(gold.carriers)
        return self

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def unique_recall(self) -> float:
        return self.unique_hit / self.unique_gold if self.unique_gold else 1.0

    @property
    def carrier_recall(self) -> float:
        """Share of the gold links that carry an annotated difference (or a partial match)
        that are found: a missed one is a difference the report cannot show."""
        return self.carrier_hit / self.carrier_gold if self.carrier_gold else 1.0

    def row(self) -> str:
        return f"{self.precision:5.2f} {self.recall:5.2f} {self.f1:5.2f} {self.unique_recall:6.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--gold-dir", type=Path, action="append", default=[])
    parser.add_argument("--verbose", action="store_true", help="list missed and false links")
    args = parser.parse_args()
    golds = load_gold(Options(threshold=args.threshold), args.gold_dir)
    if not golds:
        sys.exit("no gold pairs found")

    def baseline(gold: GoldPair, threshold: float) -> tuple[set[Pair], set[str]]:
        a, b = ([f.statement for f in gold.features[side]] for side in "ab")
        return tfidf_baseline(a, b, threshold)

    def baseline_total(threshold: float, pairs: Sequence[GoldPair] = golds) -> Score:
        total = Score()
        for gold in pairs:
            total.add(baseline(gold, threshold), gold)
        return total

    def best_threshold(pairs: Sequence[GoldPair]) -> float:
        return max(BASELINE_GRID, key=lambda t: (baseline_total(t, pairs).f1, -t))

    best = best_threshold(golds)
    header = f"{'pair':<24} {'n_a':>4} {'n_b':>4} {'links':>5} | "
    header += f"{'P':>5} {'R':>5} {'F1':>5} {'uniqR':>6} | baseline@{best:.2f}: P R F1 uniqR"
    print(header)
    total_ours, total_base = Score(), Score()
    for gold in golds:
        predicted = prediction(gold.alignment.groups, statement_ids(gold))
        ours = Score().add(predicted, gold)
        base = Score().add(baseline(gold, best), gold)
        total_ours.add(predicted, gold)
        total_base.add(baseline(gold, best), gold)
        n_a, n_b = len(gold.features["a"]), len(gold.features["b"])
        print(
            f"{gold.name:<24} {n_a:>4} {n_b:>4} {len(gold.links):>5} | {ours.row()} | {base.row()}"
        )
    print(
        f"{'overall (micro)':<24} {'':>4} {'':>4} {total_ours.gold:>5} | "
        f"{total_ours.row()} | {total_base.row()}"
    )
    folders = list(dict.fromkeys(gold.folder for gold in golds))
    if len(folders) > 1:
        # Each folder is one set (our pairs, a held-out set): the baseline at ITS best threshold.
        print("\nper gold folder (baseline at the best threshold for that folder):")
        for folder in folders:
            pairs = [gold for gold in golds if gold.folder == folder]
            ours = Score()
            for gold in pairs:
                ours.add(prediction(gold.alignment.groups, statement_ids(gold)), gold)
            threshold = best_threshold(pairs)
            base = baseline_total(threshold, pairs)
            print(f"{folder} ({len(pairs)} pairs, {ours.gold} links, baseline@{threshold:.2f})")
            print(f"{'':<24} {'':>4} {'':>4} {'':>5} | {ours.row()} | {base.row()}")
    if args.verbose:
        print("\nlink errors (score of the link, or 'group' when only its group joins it):")
        for gold in golds:
            for line in link_errors(gold):
                print(line)


if __name__ == "__main__":
    main()
