"""Segmentation speed and boundary accuracy, side by side with a naive regex splitter.

The input is a synthetic article of N statements (default 50,000) drawn from news-style
sentences with abbreviations, initials, decimals, quotes and ellipses, so the true boundaries
are known. Run: ``python benchmarks/ingest_segment.py [N]``.
"""

from __future__ import annotations

import random
import re
import sys
import time

from reconcile.models import Source
from reconcile.segment import segment

SENTENCES = (
    "The delegations met in Geneva on Tuesday.",
    "Officials from the U.S. State Department attended the talks.",
    "Talks with the U.S. ended late.",
    "Mr. Ovsepian won 52.4 percent of the vote, the commission said.",
    "“We are not asking for luxuries,” union leader L. Dzhaparidze said.",
    "Ferries will sail again from Feb. 3, according to the operator.",
    "The quake struck at 4:12 a.m. local time.",
    "Prices rose by 3.5 per cent in the first quarter.",
    "Did the ministry approve the plan?",
    "The talks were … productive, the envoy said.",
    "He paused... Then the envoy left the room.",
    "Gen. Petrov met Dr. Aliyeva in St. Petersburg.",
    "Zakhid Energo Inc. reported a loss of $2.4 billion.",
    "The port handled 1,200 containers a day.",
    "John F. Kennedy Airport was closed for six hours.",
)
_NAIVE = re.compile(r"(?<=[.!?])\s+")


def build(count: int) -> tuple[str, list[int]]:
    """Text of ``count`` sentences in paragraphs of five, and the true end offsets.

    "He paused... Then ..." counts as two statements: an ellipsis before a function word
    ends a sentence by the segmenter's rule, so its end after "paused..." is also true.
    """
    rng = random.Random(7)
    parts: list[str] = []
    ends: list[int] = []
    length = 0
    for n in range(count):
        sentence = rng.choice(SENTENCES)
        separator = "" if n == 0 else ("\n\n" if n % 5 == 0 else " ")
        parts.append(separator + sentence)
        inner = sentence.find("... ")
        if inner >= 0:
            ends.append(length + len(separator) + inner + 3)
        length += len(separator) + len(sentence)
        ends.append(length)
    return "".join(parts), ends


def naive_ends(text: str) -> list[int]:
    """Baseline: split after every ., ! or ? followed by white space."""
    ends = [m.start() for m in _NAIVE.finditer(text)]
    return [*ends, len(text.rstrip())]


def score(found: list[int], truth: list[int]) -> tuple[float, float]:
    hits = len(set(found) & set(truth))
    return hits / len(found), hits / len(truth)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    text, truth = build(count)
    source = Source(id="a", label="a", path=None, text=text)

    started = time.perf_counter()
    statements, _ = segment(source)
    ours_seconds = time.perf_counter() - started
    started = time.perf_counter()
    baseline = naive_ends(text)
    naive_seconds = time.perf_counter() - started

    print(f"{len(truth)} statements, {len(text):,} characters")
    print(f"{'splitter':<10} {'seconds':>8} {'found':>7} {'precision':>10} {'recall':>7}")
    rows = (
        ("reconcile", ours_seconds, [s.end for s in statements]),
        ("naive", naive_seconds, baseline),
    )
    for name, seconds, ends in rows:
        precision, recall = score(ends, truth)
        print(f"{name:<10} {seconds:8.3f} {len(ends):7d} {precision:10.3f} {recall:7.3f}")


if __name__ == "__main__":
    main()
