"""Discrepancy detection on the annotated pairs: reconcile vs a token-diff baseline, per kind.

Usage: python benchmarks/evaluate_differences.py [--verbose] [--gold-dir DIR ...]

``--verbose`` lists every miss and false positive with the statement texts, to find their causes.
``--gold-dir`` adds annotated pairs kept outside the repository (see ``evaluate.py``).

For every gold pair, statements are analysed by the real pipeline (``reconcile.pipeline.analyse``)
and compared two ways:

- on the GOLD alignment (groups = connected gold links), which measures the classifier alone;
- END TO END (the pipeline's own alignment), which is what a user sees.

A predicted discrepancy is a (kind, statements of a, statements of b) triple; it is correct when a
gold difference of that kind links a statement of a to one of b inside it. Recall counts gold
differences found. The baseline flags a kind on a gold-aligned group whenever that kind's surface
tokens differ (digits; weekday, month and year words; capitalised words; "not"/"never"/"no").
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from facts_bench import baseline  # noqa: E402
from gold import GoldDifference, GoldPair, gold_files, load_gold, source_paths  # noqa: E402

from reconcile.classify import classify  # noqa: E402
from reconcile.models import Features, Status  # noqa: E402
from reconcile.pipeline import analyse, compare_sources  # noqa: E402

KINDS = ("number", "date", "name", "place", "title", "quote", "negation")
#: Kinds the baseline can flag at all.
BASELINE_KINDS = ("number", "date", "name", "negation")

Triple = tuple[str, frozenset[str], frozenset[str]]


def gold_groups(gold: GoldPair) -> list[set[str]]:
    """Connected components of the gold links."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in gold.links:
        parent[find(a)] = find(b)
    groups: dict[str, set[str]] = defaultdict(set)
    for x in list(parent):
        groups[find(x)].add(x)
    return [groups[k] for k in sorted(groups)]


def triples(diffs: Iterable, members: Iterable[str]) -> set[Triple]:
    """Discrepancies as (kind, a statements, b statements); an empty side means the group's."""
    members = list(members)
    side = {s: frozenset(m for m in members if m.startswith(s)) for s in ("a", "b")}
    out = set()
    for diff in diffs:
        if diff.status is not Status.DISCREPANCY:
            continue
        ids = {
            s: frozenset(span.statement_id for span in diff.values.get(s, ())) or side[s]
            for s in ("a", "b")
        }
        out.add((diff.kind, ids["a"], ids["b"]))
    return out


def _figure(kind: str) -> str:
    """A kind, with "quantity" matched as "number": the guidelines do not say which of the
    two a measure is, and annotators call a wind speed or a distance either."""
    return "number" if kind == "quantity" else kind


#: A time of day ("7:25 a.m. CT", "1:25pm GMT", "10.45 p.m."): reconcile reports it as a date.
_TIME_OF_DAY = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|GMT|UTC|[A-Z]{1,3}T\b)|\d\s*[ap]\.?m\b", re.I
)


def _gold_kind(difference: GoldDifference) -> str:
    """The kind of a gold difference, a time of day on both sides counting as a date: the
    guidelines do not say which a time is, and annotators called two launch times a number
    difference (once, against nine times a date one)."""
    values = (difference.a_value, difference.b_value)
    if difference.kind == "number" and all(_TIME_OF_DAY.search(v) for v in values):
        return "date"
    return _figure(difference.kind)


def score(
    predicted: set[Triple],
    gold: GoldPair,
    counts: Mapping[str, Counter],
    errors: list[str] | None = None,
) -> None:
    """Add true/false positives and misses per kind into ``counts``; describe the errors into
    ``errors`` when given."""
    for kind, a_ids, b_ids in sorted(predicted, key=lambda t: (t[0], sorted(t[1]), sorted(t[2]))):
        hit = any(
            _gold_kind(d) == _figure(kind) and d.a in a_ids and d.b in b_ids
            for d in gold.differences
        )
        counts[_figure(kind)]["tp" if hit else "fp"] += 1
        if not hit and errors is not None:
            errors.append(f"FP {gold.name} {kind}")
            errors += [_quoted(gold, sid) for sid in (*sorted(a_ids), *sorted(b_ids))]
    for d in gold.differences:
        found = any(_figure(k) == _gold_kind(d) and d.a in a and d.b in b for k, a, b in predicted)
        counts[_gold_kind(d)]["found" if found else "missed"] += 1
        if not found and errors is not None:
            errors.append(f"MISS {gold.name} {d.kind}: {d.a_value!r} vs {d.b_value!r}")
            errors += [_quoted(gold, d.a), _quoted(gold, d.b)]


def _quoted(gold: GoldPair, statement_id: str) -> str:
    return f"    {statement_id}: {gold.statement(statement_id).text}"


def report(title: str, counts: Mapping[str, Counter], kinds: Sequence[str] = KINDS) -> list[str]:
    lines = [title]
    total: Counter = Counter()
    for kind in kinds:
        c = counts[kind]
        total.update(c)
        lines.append(_row(kind, c))
    lines.append(_row("all", total))
    return lines


def _row(kind: str, c: Counter, width: int = 9) -> str:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
    r = c["found"] / (c["found"] + c["missed"]) if c["found"] + c["missed"] else float("nan")
    gold = c["found"] + c["missed"]
    return f"  {kind:<{width}} P {p:5.2f}  R {r:5.2f}   (tp {c['tp']}, fp {c['fp']}, gold {gold})"


def main(verbose: bool = False, folders: Sequence[Path] = ()) -> None:
    errors: dict[str, list[str]] = {"gold alignment": [], "end to end": []}
    on_gold: dict[str, Counter] = defaultdict(Counter)
    end_to_end: dict[str, Counter] = defaultdict(Counter)
    naive: dict[str, Counter] = defaultdict(Counter)
    #: folder -> measure -> counts of all kinds together, for the per-folder summary
    per_folder: dict[Path, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    pairs: Counter[Path] = Counter()
    for path in gold_files(folders):
        if not all(p.is_file() for p in source_paths(path).values()):
            print(f"skip {path.name}: input files not found", file=sys.stderr)
            continue
        gold = load_gold(path)
        sources = [gold.sources["a"], gold.sources["b"]]
        analysis = analyse(sources)
        feature_of = {f.statement.id: f for fs in analysis.features.values() for f in fs}
        entities = {e.id: e for e in analysis.entities}

        predicted: set[Triple] = set()
        naive_predicted: set[Triple] = set()
        for members in gold_groups(gold):
            group: dict[str, list[Features]] = {}
            for sid in sorted(members, key=lambda s: (s[0], feature_of[s].statement.index)):
                group.setdefault(sid[0], []).append(feature_of[sid])
            _, diffs = classify(group, entities)
            predicted |= triples(diffs, members)
            text = {s: " ".join(f.statement.text for f in group[s]) for s in ("a", "b")}
            a_ids = frozenset(m for m in members if m.startswith("a"))
            b_ids = frozenset(m for m in members if m.startswith("b"))
            naive_predicted |= {(k, a_ids, b_ids) for k in baseline(text["a"], text["b"])}
        report_ = compare_sources(sources)
        e2e: set[Triple] = set()
        for finding in report_.findings:
            members = [sid for ids in finding.statements.values() for sid in ids]
            e2e |= triples(finding.differences, members)

        folder = path.parent.resolve()
        pairs[folder] += 1
        for name, found, totals, errs in (
            ("gold alignment", predicted, on_gold, errors["gold alignment"]),
            ("token diff", naive_predicted, naive, None),
            ("end to end", e2e, end_to_end, errors["end to end"]),
        ):
            counts: dict[str, Counter] = defaultdict(Counter)
            score(found, gold, counts, errs)
            for kind, c in counts.items():
                totals[kind].update(c)
                if name != "token diff" or kind in BASELINE_KINDS:
                    per_folder[folder][name].update(c)

    lines = report("reconcile, gold alignment (classifier alone):", on_gold)
    lines += report("baseline (token diff), gold alignment:", naive, BASELINE_KINDS)
    lines += report("reconcile, end to end (its own alignment):", end_to_end)
    if len(per_folder) > 1:
        lines.append("\nper gold folder, all kinds:")
        for folder, measures in per_folder.items():
            lines.append(f"{folder} ({pairs[folder]} pairs)")
            lines += [_row(name, measures[name], 14) for name in ("gold alignment", "end to end")]
            lines.append(_row("token diff", measures["token diff"], 14) + " (its kinds only)")
    if verbose:
        for title, found in errors.items():
            lines += [f"\nerrors, {title}:", *found]
    print("\n".join(lines))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--gold-dir", type=Path, action="append", default=[])
    args = parser.parse_args()
    main(args.verbose, args.gold_dir)
