"""Speed on junk: one statement holding a long run of junk characters, at two lengths.

Usage: python benchmarks/junk_speed.py [N]   (default 6,000; the second length is 4 N)

Pasted pages bring runs no article has: a word of thousands of letters, "A.A.A.", "Ab-Ab-Ab",
"A)A)A)", digits without end. A pattern that scans back over the run for every character or
name or figure in it costs the square of its length (a 20,000-letter word once took 25 s in
name typing, 12,000 characters of "A)" 43 s). For each shape this
prints the time of ``compare_texts`` on the two lengths and their ratio (about 4 when the cost
grows linearly, about 16 when it grows with the square), beside a plain ``difflib`` line diff of
the same texts as the baseline.
"""

from __future__ import annotations

import difflib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reconcile.pipeline import compare_texts

SHAPES = {
    "one long word": "a",
    "capitals": "A",
    "possessive": "a",
    "hyphenated": "Ab-",
    "dotted initials": "A.",
    "numbers": "12 ",
    "names joined": "A and ",
    "commas": "a,",
    "one-letter names": "A)",
    "accented capitals": "A\u0301",
    "digits, commas": "1,",
    "percents": "%1",
    "tabs": "\t",
}
OTHER = "Qorvex met Zakhid Energo in Kyiv on Monday. The talks ended with 6 deals."


def article(shape: str, length: int) -> str:
    unit = SHAPES[shape]
    junk = unit * (length // len(unit)) + ("'s" if shape == "possessive" else "")
    return f"Officials said {junk} Zakhid Energo met Qorvex in Kyiv on Monday. The talks ended."


def timed(run: object, *args: object) -> float:
    started = time.perf_counter()
    run(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def line_diff(a: str, b: str) -> None:
    list(difflib.unified_diff(a.splitlines(), b.splitlines()))


def main() -> None:
    length = int(sys.argv[1]) if len(sys.argv) > 1 else 6_000
    compare_texts({"a": OTHER, "b": OTHER})  # load the name lists and gazetteers first
    print(f"{'shape':<16} {'N s':>7} {'4N s':>7} {'ratio':>6}   {'difflib 4N s':>12}")
    for shape in SHAPES:
        short, long = article(shape, length), article(shape, 4 * length)
        ours = [timed(compare_texts, {"a": text, "b": OTHER}) for text in (short, long)]
        base = timed(line_diff, long, OTHER)
        ratio = ours[1] / ours[0] if ours[0] else float("nan")
        print(f"{shape:<16} {ours[0]:7.2f} {ours[1]:7.2f} {ratio:6.1f}   {base:12.4f}")


if __name__ == "__main__":
    main()
