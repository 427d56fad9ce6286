"""Benchmark: names on the annotated article pairs (cross-source merges and mention typing).

The gold files list, per pair, the surface forms of one entity across both articles
(``entities``). On the mentions our extractor finds, this script scores:

- merges: over every two distinct gold surface forms of one file that were both found, whether
  they share an entity (precision and recall of "same entity" decisions, pooled);
- typing: the share of found gold forms typed as the gold type (person / org / place, typed
  below by hand, since the gold files carry no type) and the person mentions whose text is in
  no gold person list (mostly places, organisations and ordinary words typed "person").

Beside ours, a plain baseline clusters the same mentions by ASCII fold + rapidfuzz WRatio >= 90
within a type (single link), so the merge figures show what the transliteration rules add.

Measured on the 13 annotated pairs (seeds included):
  before round 2 (commit 0c27c22): merges P=1.000 R=0.432 F1=0.603, typing 114/134 = 0.851,
    48 person mentions outside the gold person lists (Rescuers, Kulevi, Zakhid Energo...);
  after:                           merges P=1.000 R=0.929 F1=0.963, typing 133/135 = 0.985,
    6 (four of them Trump/Putin, unlisted people of the seeds);
  baseline fold+WRatio>=90:        merges P=0.978 R=0.518 F1=0.677.
  round 3 (alternate city names, Egyptian g/j, Abd compounds, Arabic article on places):
                                   merges P=1.000 R=1.000 F1=1.000 (87 gold merges),
    typing 136/138 = 0.986; baseline merges P=0.978 R=0.506 F1=0.667.

Run: python benchmarks/names_gold.py [--gold-dir DIR ...] [--verbose] (merges per folder;
typing on ours; ``--verbose`` lists our missed and false merges per pair)
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold import GOLD_DIR, GoldError, gold_files, load_gold

from reconcile.errors import ReconcileError
from reconcile.models import Mention
from reconcile.names import extract_all_mentions, resolve_entities

#: Type of each gold entity, keyed by its first surface form (the gold files are untyped).
GOLD_TYPES = {
    "person": (
        "Yerlan Zhaksybekov",
        "Rauf Mammadli",
        "Margaret Hollis",
        "Narek Hovsepyan",
        "Samvel Mkrtchyan",
        "Tigran Khachatryan",
        "Nurbol Zhakupov",
        "Oleksiy Hrytsenko",
        "Katarzyna Wolska",
        "Volodymyr Tkachenko",
        "Nurlanbek Kadyrbaev",
        "Ruslan Mukambetov",
        "Levan Japaridze",
        "Tamar Gelashvili",
        "Nana Gelovani",
        "Alexander Darchiyev",
        "Sonata Coulter",
        "Qairat Saduaqasov",
        "Mahmoud el-Naggar",
        "Mohamed Abdel Aziz",
        "Karim Fathy",
        "Giorgi Natsvlishvili",
        "Ramil Hasanov",
        "Elchin Guliyev",
        "Mohammed al-Hakimi",
        "Amal Saleh",
        "Abdulrahman al-Jaber",
        "Serhiy Hryhorenko",
        "Oleksandr Pylypchuk",
        "Ivan Moroz",
        "Denys Bondar",
        "Andriy Tkach",
    ),
    "org": (
        "Central Electoral Commission",
        "U.S. Embassy",
        "Zakhid Energo",
        "Nadwislanska Energia",
        "U.S. Geological Survey",
        "Emergencies Ministry",
        "Georgian Dockers' Union",
        "Economy Ministry",
        "Russian Foreign Ministry",
        "U.S. State Department",
        "Qazmys",
        "Halyk Finance",
        "World Health Organization",
        "Avanhard Kharkiv",
        "Sokil Rivne",
    ),
    "place": (
        "United States",
        "Kazakhstan",
        "Azerbaijan",
        "Geneva",
        "Aktau",
        "Baku",
        "Gyumri",
        "Ust-Kamenogorsk",
        "Irtysh River",
        "Semey",
        "Almaty",
        "Lviv",
        "Ukraine",
        "Poland",
        "Odesa",
        "Kyrgyzstan",
        "Poti",
        "Georgia",
        "Istanbul",
        "Russia",
        "Moscow",
        "Aqtogay",
        "Oskemen",
        "Bozshakol",
        "Cairo",
        "Tbilisi",
        "Hodeidah",
        "Zabid",
        "Bayt al-Faqih",
        "Kharkiv",
        "Uzhhorod",
    ),
}
TYPE_OF = {first: kind for kind, firsts in GOLD_TYPES.items() for first in firsts}
#: Types of the real sets' gold entities ("tN/pair" -> first surface form -> person, org,
#: place or other), typed by hand from the articles; the real gold files carry none.
REAL_TYPES = Path(__file__).resolve().parent / "real" / "types.json"

Clusterer = Callable[[Sequence[Mention]], list[list[Mention]]]


def ours(mentions: Sequence[Mention]) -> list[list[Mention]]:
    return [list(e.mentions) for e in resolve_entities(mentions)]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii()).lower()


def baseline(mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Single-link clusters of same-type mentions whose folded texts score WRatio >= 90."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in combinations(range(len(mentions)), 2):
        a, b = mentions[i], mentions[j]
        if a.type == b.type and fuzz.WRatio(_fold(a.span.text), _fold(b.span.text)) >= 90:
            parent[root(j)] = root(i)
    clusters: dict[int, list[Mention]] = {}
    for i, mention in enumerate(mentions):
        clusters.setdefault(root(i), []).append(mention)
    return list(clusters.values())


def _form_pairs(
    clusters: list[list[Mention]], gold: Sequence[Sequence[str]]
) -> Iterator[tuple[bool, bool, str, str]]:
    """(same in the gold, same in the clusters, form, form) for each two found gold forms."""
    entity_of: dict[str, set[int]] = {}
    for n, members in enumerate(clusters):
        for mention in members:
            entity_of.setdefault(mention.span.text, set()).add(n)
    forms = [(k, form) for k, cluster in enumerate(gold) for form in dict.fromkeys(cluster)]
    found = [(k, form) for k, form in forms if form in entity_of]
    for (ka, fa), (kb, fb) in combinations(found, 2):
        yield ka == kb, bool(entity_of[fa] & entity_of[fb]), fa, fb


def merge_counts(
    clusters: list[list[Mention]], gold: Sequence[Sequence[str]]
) -> tuple[int, int, int]:
    """(true merges, predicted merges, gold merges) over pairs of distinct found gold forms."""
    tp = predicted = truth = 0
    for same_gold, same_pred, _, _ in _form_pairs(clusters, gold):
        truth += same_gold
        predicted += same_pred
        tp += same_gold and same_pred
    return tp, predicted, truth


def merge_errors(
    clusters: list[list[Mention]], gold: Sequence[Sequence[str]]
) -> list[tuple[str, str, str]]:
    """("MISS" | "FALSE", form, form) for each two found gold forms that the clusters keep
    apart though the gold joins them, or join though the gold keeps them apart."""
    return [
        ("MISS" if same_gold else "FALSE", fa, fb)
        for same_gold, same_pred, fa, fb in _form_pairs(clusters, gold)
        if same_gold != same_pred
    ]


def typing_confusion(
    mentions: Sequence[Mention], entities: Sequence[Sequence[str]], kinds: Mapping[str, str]
) -> Counter[tuple[str, str]]:
    """(gold type, our type) of every found form of a typed gold entity; "mixed" when one form
    is typed two ways in the pair."""
    ours_by_text: dict[str, set[str]] = {}
    for mention in mentions:
        ours_by_text.setdefault(mention.span.text, set()).add(mention.type)
    counts: Counter[tuple[str, str]] = Counter()
    for cluster in entities:
        kind = kinds.get(cluster[0])
        for form in dict.fromkeys(cluster) if kind else ():
            found = ours_by_text.get(form)
            if found:
                counts[kind, found.pop() if len(found) == 1 else "mixed"] += 1
    return counts


def typing_line(confusion: Counter[tuple[str, str]]) -> str:
    """Share typed right per gold type (person, org, place), and what "other" became."""
    parts = []
    for kind in ("person", "org", "place"):
        total = sum(n for (gold, _), n in confusion.items() if gold == kind)
        right = confusion[kind, kind]
        wrong = ", ".join(
            f"{ours} {n}" for (gold, ours), n in sorted(confusion.items()) if gold == kind != ours
        )
        parts.append(f"{kind} {right}/{total}" + (f" ({wrong})" if wrong else ""))
    other = sum(n for (gold, _), n in confusion.items() if gold == "other")
    return "; ".join(parts) + f"; other (typed anyway) {other}"


def main(folders: Sequence[Path] = (), verbose: bool = False) -> None:
    """Merges per gold folder; typing on ``benchmarks/gold`` only (the types are listed here)."""
    labels = ("ours", "baseline fold+WRatio>=90")
    totals: dict[str, dict[str, list[int]]] = {}
    real_types = json.loads(REAL_TYPES.read_text(encoding="utf-8")) if REAL_TYPES.is_file() else {}
    real_typing: dict[str, Counter[tuple[str, str]]] = {}
    typed = right = missing = 0
    stray: list[str] = []
    for path in gold_files(folders):
        try:
            pair = load_gold(path)
        except (GoldError, OSError, ReconcileError) as error:  # texts kept elsewhere, or lost
            print(f"  skipped {path.name}: {error}")
            continue
        found = extract_all_mentions(
            [(source, pair.statements[side]) for side, source in pair.sources.items()]
        )
        mentions: list[Mention] = [m for side in pair.sources for m in found[side]]
        folder = totals.setdefault(str(path.parent), {label: [0, 0, 0] for label in labels})
        for label, clusterer in zip(labels, (ours, baseline), strict=True):
            counts = merge_counts(clusterer(mentions), pair.entities)
            folder[label] = [x + y for x, y in zip(folder[label], counts, strict=True)]
        if verbose:
            for tag, fa, fb in merge_errors(ours(mentions), pair.entities):
                print(f"  {tag} {path.parent.name}/{path.stem}: {fa!r} ~ {fb!r}")
        if path.parent != GOLD_DIR:
            kinds = real_types.get(f"{path.parent.name}/{path.stem}")
            if kinds is not None:
                confusion = real_typing.setdefault(str(path.parent), Counter())
                confusion.update(typing_confusion(mentions, pair.entities, kinds))
            continue
        types_by_text: dict[str, set[str]] = {}
        for mention in mentions:
            types_by_text.setdefault(mention.span.text, set()).add(mention.type)
        person_forms: set[str] = set()
        for cluster in pair.entities:
            kind = TYPE_OF.get(cluster[0])
            if kind is None:
                print(f"  {path.name}: no gold type for {cluster[0]!r}")
                continue
            if kind == "person":
                person_forms.update(cluster)
            for form in dict.fromkeys(cluster):
                if form not in types_by_text:
                    missing += 1
                    continue
                typed += 1
                right += types_by_text[form] == {kind}
        stray.extend(
            f"{path.stem}:{m.span.text}"
            for m in mentions
            if m.type == "person" and m.span.text not in person_forms
        )
    for name, folder in totals.items():
        print(
            f"cross-source merges of gold surface forms (pairs of distinct forms, pooled), {name}:"
        )
        for label, (tp, predicted, truth) in folder.items():
            p = tp / predicted if predicted else 1.0
            r = tp / truth if truth else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"  {label:<26} P={p:.3f} R={r:.3f} F1={f1:.3f}  ({tp}/{predicted} of {truth})")
    for name, confusion in real_typing.items():
        print(f"typing of the gold forms found, {name} (gold type -> ours: count):")
        print("  " + typing_line(confusion))
    print(f"typing: {right}/{typed} found gold forms typed right ({right / typed:.3f}),")
    print(f"  {missing} gold forms not found as a mention")
    unique_stray = sorted(dict.fromkeys(stray))
    print(f"person mentions outside the gold person lists: {len(unique_stray)}")
    for line in unique_stray:
        print(f"    {line}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold-dir", type=Path, action="append", default=[])
    parser.add_argument("--verbose", action="store_true", help="list missed and false merges")
    args = parser.parse_args()
    main(args.gold_dir, args.verbose)
