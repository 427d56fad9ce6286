"""Perturbation suite for fact comparison: precision and recall per difference kind.

Usage: python benchmarks/facts_bench.py

Real sentences (the example articles in ``sources/`` and, when present, the seeds in
``../shared/seeds``, read at run time and never stored) are each compared with

- controlled EDITS that must be flagged as a discrepancy of their kind: change a number, a
  date, a weekday, a person's surname, a title, a place, or insert a negation;
- controlled REWRITES that must not be flagged at all: the sentence itself, a date or number in
  another format, "US" <-> "United States", a romanisation variant of a name, a more specific
  date.

Every pair goes through the real stages (``extract_all_mentions``, ``resolve_entities``,
``extract_facts``, ``classify``). A discrepancy of the edited kind is a true positive; any
other discrepancy is a false positive of its kind. The baseline flags a kind whenever the
tokens of that kind differ (digits, weekday/month words, capitalised words, "not"/"never").
Last, extraction time per statement is printed beside segmentation time on the same text.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile.classify import classify  # noqa: E402
from reconcile.facts import extract_facts  # noqa: E402
from reconcile.load import load_source  # noqa: E402
from reconcile.models import Features, Source, Statement, Status  # noqa: E402
from reconcile.names import extract_all_mentions, extract_mentions, resolve_entities  # noqa: E402
from reconcile.options import Options  # noqa: E402
from reconcile.segment import segment  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
KINDS = ("number", "date", "name", "place", "title", "negation")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Replacement surnames and places, far from any romanisation of the originals.
SURNAMES = ("Whitfield", "Okonkwo", "Lindqvist", "Moreau", "Tanaka")
PLACES = ("Rotterdam", "Valparaiso", "Mombasa", "Kaunas", "Brisbane")
#: Romanisation swaps a second outlet might use for the same surname.
ROMANISATIONS = (
    ("iy", "i"),
    ("yev", "ev"),
    ("kh", "h"),
    ("ks", "x"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("dzh", "j"),
    ("j", "dzh"),
    ("ov", "off"),
)
AUXILIARIES = re.compile(
    r"\b(has|have|had|is|are|was|were|will|would|can|could)\s+(?=[a-z])(?!not\b)"
)
#: A title next to a person's name: "Minister X", "X, deputy minister".
ATTACHED = re.compile(r"\s*,?\s*(?:(?:the|a|an)\s+)?")
QUOTE_MARKS = re.compile(r"[“”\"«»]")


def inside_quote(text: str, position: int) -> bool:
    """Whether a position lies between quotation marks."""
    return len(QUOTE_MARKS.findall(text[:position])) % 2 == 1


def sentences() -> list[tuple[Source, Statement]]:
    """Statements of every example article and seed, with their source."""
    paths = sorted(
        p for p in (ROOT / "sources").glob("*/*") if p.suffix in (".txt", ".md", ".html")
    )
    if SEEDS.is_dir():
        paths += sorted(SEEDS.glob("*.txt"))
    found = []
    for path in paths:
        source = load_source(str(path), "a", Options())
        found.extend((source, statement) for statement in segment(source)[0])
    return found


def replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def edits(source: Source, statement: Statement) -> Iterator[tuple[str, str, str]]:
    """(kind, "edit" | "rewrite", new text) for one sentence."""
    text, base = statement.text, statement.start
    facts = extract_facts(statement, source)
    mentions = extract_mentions([statement], source)
    yield "identity", "rewrite", text
    for fact in facts:
        s, e = fact.span.start - base, fact.span.end - base
        if (
            fact.kind == "number"
            and fact.approx is None
            and re.fullmatch(r"[\d,]+", fact.span.text)
        ):
            value = int(fact.span.text.replace(",", ""))
            yield "number", "edit", replace(text, s, e, f"{value * 2 + 3:,}")
            if value >= 1000:
                yield "number", "rewrite", replace(text, s, e, str(value))
            break
    for fact in facts:
        s, e = fact.span.start - base, fact.span.end - base
        if fact.kind != "date":
            continue
        if fact.span.text in WEEKDAYS:  # resolved to a date when the article is dated
            other = WEEKDAYS[(WEEKDAYS.index(fact.span.text) + 2) % 7]
            yield "date", "edit", replace(text, s, e, other)
        elif fact.value[3] is not None:
            _, year, month, day = fact.value
            new_day = day % 27 + 1
            yield (
                "date",
                "edit",
                replace(text, s, e, fact.span.text.replace(str(day), str(new_day), 1)),
            )
            if year is not None:
                yield "date", "rewrite", replace(text, s, e, f"{day} {MONTHS[month - 1]} {year}")
                yield "date", "rewrite", replace(text, s, e, f"{year}-{month:02d}-{day:02d}")
        elif fact.value[1] is not None and fact.value[2] is None:
            year = fact.value[1]
            yield "date", "edit", replace(text, s, e, str(year - 3))
            yield "date", "rewrite", replace(text, s, e, f"May {year}")
        break
    for mention in mentions:
        s, e = mention.span.start - base, mention.span.end - base
        words = mention.span.text.split()
        if mention.type == "person" and len(words) >= 2:
            surname = words[-1]
            cut = s + len(mention.span.text) - len(surname)
            yield "name", "edit", replace(text, cut, e, SURNAMES[len(surname) % len(SURNAMES)])
            variant = next(
                (surname.replace(old, new, 1) for old, new in ROMANISATIONS if old in surname),
                None,
            )
            if variant:
                yield "name", "rewrite", replace(text, cut, e, variant)
            break
    for mention in mentions:
        s, e = mention.span.start - base, mention.span.end - base
        if mention.type == "place" and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", text[:s]):
            if re.match(r"\s+[A-Z]", text[e:]):
                continue
            yield "place", "edit", replace(text, s, e, PLACES[len(mention.span.text) % len(PLACES)])
            break
    us = re.search(r"\b(?:the\s+)?(?:U\.S\.|US)(?=[\s,.])", text)
    if us and not inside_quote(text, us.start()):
        yield "place", "rewrite", replace(text, us.start(), us.end(), "the United States")
    for fact in facts:
        if fact.kind == "title" and any(
            (
                m.span.end <= fact.span.start
                and ATTACHED.fullmatch(text[m.span.end - base : fact.span.start - base])
            )
            or (
                fact.span.end <= m.span.start
                and ATTACHED.fullmatch(text[fact.span.end - base : m.span.start - base])
            )
            for m in mentions
            if m.type == "person"
        ):
            s = fact.span.start - base
            rank = fact.value[0]
            if rank[0] == "deputy":
                new = re.sub(r"(?i)^deputy[\s-]+", "", fact.span.text)
                yield "title", "edit", replace(text, s, fact.span.end - base, new)
            else:
                yield "title", "edit", replace(text, s, s, "deputy ")
            break
    aux = AUXILIARIES.search(text)
    if aux and not any(f.kind == "negation" for f in facts):
        yield "negation", "edit", replace(text, aux.end(), aux.end(), "not ")


def features(source_id: str, text: str) -> tuple[Source, Statement]:
    source = Source(id=source_id, label=source_id, path=None, text=text)
    return source, Statement(f"{source_id}1", source_id, 1, text, 0, len(text))


def compare(original: str, edited: str) -> set[str]:
    """Kinds flagged as discrepancies between two one-statement sources."""
    pairs = [features("a", original), features("b", edited)]
    mentions = extract_all_mentions([(src, [st]) for src, st in pairs])
    entities = resolve_entities([m for found in mentions.values() for m in found])
    entity_of = {m.id: e.id for e in entities for m in e.mentions}
    group = {
        src.id: [
            Features(
                statement=st,
                mentions=mentions[src.id],
                entity_ids=tuple(entity_of[m.id] for m in mentions[src.id]),
                facts=extract_facts(st, src),
            )
        ]
        for src, st in pairs
    }
    _, diffs = classify(group, {e.id: e for e in entities})
    return {d.kind for d in diffs if d.status == Status.DISCREPANCY}


def baseline(original: str, edited: str) -> set[str]:
    """Flag a kind whenever its surface tokens differ."""
    probes: dict[str, Callable[[str], list[str]]] = {
        "number": lambda t: re.findall(r"\d[\d,.]*", t),
        "date": lambda t: re.findall(r"\b(?:" + "|".join(WEEKDAYS + MONTHS) + r")\b|\b\d{4}\b", t),
        "name": lambda t: re.findall(r"\b[A-Z][a-z]+\b", t),
        "negation": lambda t: re.findall(r"\b(?:not|never|no)\b|n't", t),
    }
    return {
        kind for kind, probe in probes.items() if Counter(probe(original)) != Counter(probe(edited))
    }


def score(results: list[tuple[str, str, set[str]]]) -> dict[str, tuple[float, float, int, int]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    edits_of: Counter[str] = Counter()
    rewrites_of: Counter[str] = Counter()
    for kind, mode, flagged in results:
        if mode == "edit":
            edits_of[kind] += 1
            if kind in flagged:
                tp[kind] += 1
            else:
                fn[kind] += 1
            fp.update(flagged - {kind})
        else:
            rewrites_of[kind] += 1
            fp.update(flagged)
    table = {}
    for kind in KINDS:
        precision = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 1.0
        recall = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 1.0
        table[kind] = (precision, recall, edits_of[kind], fp[kind])
    return table


def main() -> None:
    corpus = sentences()
    if not SEEDS.is_dir():
        print(f"(seeds not found at {SEEDS}: example articles only)")
    ours: list[tuple[str, str, set[str]]] = []
    naive: list[tuple[str, str, set[str]]] = []
    rewrites = Counter()
    for source, statement in corpus:
        for kind, mode, text in edits(source, statement):
            flagged = compare(statement.text, text)
            # Editing inside a quote also changes the quote: that flag is right, not a false alarm.
            changed = next(
                i
                for i, (x, y) in enumerate(zip(statement.text + "\0", text + "\1", strict=False))
                if x != y
            )
            if mode == "edit" and inside_quote(text, changed):
                flagged.discard("quote")
            ours.append((kind, mode, flagged))
            naive.append((kind, mode, baseline(statement.text, text)))
            if mode == "rewrite":
                rewrites[kind] += 1
    print(
        f"{len(corpus)} sentences, {sum(m == 'edit' for _, m, _ in ours)} edits, "
        f"{sum(rewrites.values())} rewrites ({dict(sorted(rewrites.items()))})"
    )
    columns = f"{'P':>6}{'R':>6}{'FP':>5}"
    print(f"{'kind':<10}{'edits':>6}  {columns}   | baseline {columns}")
    mine, theirs = score(ours), score(naive)
    for kind in KINDS:
        p, r, n, f = mine[kind]
        bp, br, _, bf = theirs[kind]
        print(
            f"{kind:<10}{n:>6}  {p:>6.3f}{r:>6.3f}{f:>5}   |          {bp:>6.3f}{br:>6.3f}{bf:>5}"
        )
    false_alarms = sum(bool(flagged) for _, mode, flagged in ours if mode == "rewrite")
    naive_alarms = sum(bool(flagged) for _, mode, flagged in naive if mode == "rewrite")
    print(f"rewrites flagged: {false_alarms}/{sum(rewrites.values())}  (baseline {naive_alarms})")

    sources = {id(src): src for src, _ in corpus}
    start = time.perf_counter()
    for src in sources.values():
        segment(src)
    seg = time.perf_counter() - start
    start = time.perf_counter()
    for src, statement in corpus:
        extract_facts(statement, src)
    ext = time.perf_counter() - start
    per = 1e6 / len(corpus)
    print(
        f"per statement: extract_facts {ext * per:.0f} us, segment {seg * per:.0f} us "
        f"(baseline stage on the same text); ratio {ext / seg:.2f}"
    )


if __name__ == "__main__":
    main()
