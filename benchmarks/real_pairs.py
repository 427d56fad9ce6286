"""Keep annotations of third-party article pairs in the repository without their texts.

Real cross-outlet pairs are the honest test of reconcile, but their articles may not enter the
repository, and a folder outside it does not outlive the machine. So the repository keeps, in
``benchmarks/real/<set>/``, each pair's gold file stripped of the annotators' notes, with the
differing values cut to a few words, plus every referenced statement's *anchor*: a short hash
of its words. ``benchmarks/real/manifest.jsonl`` says where each article was published.

Usage (from the repository root):

    python benchmarks/real_pairs.py export GOLD_DIR [GOLD_DIR ...]   # annotated sets -> real/
    python benchmarks/real_pairs.py restore                           # after re-collecting texts
    python benchmarks/real_pairs.py check [SLUG ...]                  # is a saved text whole?

``export`` reads gold folders kept elsewhere (article paths relative to each gold file, as
``evaluate.py --gold-dir`` takes them) and their ``manifest_*.jsonl`` one folder up. ``restore``
checks the texts saved in ``benchmarks/real/texts/`` (ignored by git) against the anchors:
a text saved again from its address rarely matches byte for byte, so each offset is moved to
the statement whose words hash to its anchor. Statements that cannot be found are reported
(that pair is not restored), and so are statements the annotation never saw, such as a
caption saved by mistake (any link to one would count as wrong). Then
``evaluate.py --gold-dir benchmarks/real/t8`` scores the set as before. ``check`` writes
nothing: it tells, per saved text, how many annotated statements it holds, so whoever saves
the texts again knows at once whether a page was cut short or a paragraph dropped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import SIDES, load_gold, raw_gold, read_article, source_paths, statement_at

from reconcile.models import Statement
from reconcile.options import Options

REAL = Path(__file__).resolve().parent / "real"
TEXTS = REAL / "texts"
MANIFEST = REAL / "manifest.jsonl"
#: Words of a differing value kept: enough to recognise it, too few to copy a sentence.
VALUE_WORDS = 5
#: The gold convention: a statement is referred to by its first character + 2.
INSIDE = 2


def anchor(statement: Statement) -> str:
    """Hash of a statement's words: the same sentence saved with other spacing or quotes
    matches."""
    return _hash(statement.text)


def _hash(text: str) -> str:
    words = " ".join(re.findall(r"\w+", text.lower()))
    return hashlib.sha1(words.encode("utf-8")).hexdigest()[:12]


def offsets_of(data: dict) -> dict[str, set[int]]:
    """Every offset a gold file refers to, per side."""
    used: dict[str, set[int]] = {side: set() for side in SIDES}
    for a, b in data["links"]:
        used["a"].add(a)
        used["b"].add(b)
    for side in SIDES:
        used[side].update(data["unique"][side])
    for key in ("differences", "partial"):
        for d in data.get(key, []):
            used["a"].add(d["a"])
            used["b"].add(d["b"])
    return used


def remap(data: dict, moves: dict[str, dict[int, int]]) -> dict:
    """The gold file with every offset replaced by ``moves[side][offset]``."""
    out = dict(data)
    out["links"] = [[moves["a"][a], moves["b"][b]] for a, b in data["links"]]
    out["unique"] = {side: [moves[side][o] for o in data["unique"][side]] for side in SIDES}
    for key in ("differences", "partial"):
        out[key] = [{**d, "a": moves["a"][d["a"]], "b": moves["b"][d["b"]]} for d in data[key]]
    return out


def short(value: str) -> str:
    words = value.split()
    return value if len(words) <= VALUE_WORDS else " ".join(words[:VALUE_WORDS]) + " …"


def export(folder: Path) -> list[dict]:
    """Write the repository copy of every gold file of ``folder``; the manifest lines."""
    set_name = folder.resolve().name.removeprefix("gold_")
    target = REAL / set_name
    target.mkdir(parents=True, exist_ok=True)
    published = {}
    for manifest in sorted(folder.resolve().parent.glob("manifest_*.jsonl")):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                published[entry["slug"]] = entry
    lines = []
    for path in sorted(folder.glob("*.json")):
        data = raw_gold(path)
        files = source_paths(path)
        pair = load_gold(path)  # raises on an offset in no statement
        anchors = {
            side: {
                str(o): anchor(found)
                for o in sorted(offsets_of(data)[side])
                if (found := statement_at(pair.statements[side], o, pair.sources[side].text))
            }
            for side in SIDES
        }
        copy = {side: f"../texts/{path.stem}_{side}{files[side].suffix}" for side in SIDES} | {
            "links": data["links"],
            "unique": data["unique"],
            **{
                key: [
                    {**d, "a_value": short(d["a_value"]), "b_value": short(d["b_value"])}
                    for d in data.get(key, [])
                ]
                for key in ("differences", "partial")
            },
            "entities": data.get("entities", []),
            "anchors": anchors,
        }
        (target / path.name).write_text(_dump(copy), encoding="utf-8")
        source = published.get(path.stem, {})
        lines.append(
            {
                "set": set_name,
                "slug": path.stem,
                **{k: source[k] for k in ("a_address", "a_outlet", "b_address", "b_outlet")},
                "event": source.get("event", ""),
                **{
                    f"{side}_sha256": hashlib.sha256(files[side].read_bytes()).hexdigest()
                    for side in SIDES
                },
            }
        )
    return lines


def _copies(path: Path) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Offsets of the statements of a saved text, by anchor, and by the anchor of the statement
    with what opens its line before it.

    The segmenter has learnt to drop more datelines ("Dubai:", "Lima, Peru:") since some sets
    were annotated, and their anchors hash the sentence with its dateline.
    """
    source, statements = read_article(path, path.stem, Options())
    by_anchor: dict[str, list[int]] = {}
    with_lead: dict[str, list[int]] = {}
    for statement in statements:
        by_anchor.setdefault(anchor(statement), []).append(statement.start + INSIDE)
        line_start = source.text.rfind("\n", 0, statement.start) + 1
        if source.text[line_start : statement.start].strip():
            lead = _hash(source.text[line_start : statement.end])
            with_lead.setdefault(lead, []).append(statement.start + INSIDE)
    return by_anchor, with_lead


def _match(
    annotated: dict[str, str], by_anchor: dict[str, list[int]], with_lead: dict[str, list[int]]
) -> tuple[dict[int, int], list[str], list[int]]:
    """Each annotated offset moved to its statement in the saved text; the offsets not found;
    the saved statements no annotated offset went to.

    A statement printed twice (a page that repeats a paragraph) has one anchor for both
    copies: the annotated offsets of an anchor go to its copies in order."""
    moves: dict[int, int] = {}
    lost: list[str] = []
    seen: dict[str, int] = {}
    for offset, hashed in sorted(annotated.items(), key=lambda item: int(item[0])):
        copies = by_anchor.get(hashed) or with_lead.get(hashed, [])
        n = seen.get(hashed, 0)
        if n < len(copies):
            moves[int(offset)] = copies[n]
            seen[hashed] = n + 1
        else:
            lost.append(offset)
    taken = set(moves.values())
    extra = sorted(o for os in by_anchor.values() for o in os if o not in taken)
    return moves, lost, extra


def restore() -> int:
    """Move the offsets of every set to the texts in ``TEXTS``; the number of pairs that
    cannot be scored (a text missing, or a statement not found)."""
    failed = 0
    for path in sorted(REAL.glob("t*/*.json")):
        data = raw_gold(path)
        files = source_paths(path)
        missing = [f.name for f in files.values() if not f.is_file()]
        if missing:
            print(f"{path.parent.name}/{path.name}: texts not found: {', '.join(missing)}")
            failed += 1
            continue
        moves: dict[str, dict[int, int]] = {}
        lost = []
        extra = []
        for side in SIDES:
            moves[side], not_found, unseen = _match(data["anchors"][side], *_copies(files[side]))
            lost += [f"{side}@{o}" for o in not_found]
            extra += [f"{side}@{o}" for o in unseen]
        if extra:  # scored as unannotated: any link to them counts as wrong
            print(f"{path.parent.name}/{path.name}: not in the annotation: {', '.join(extra)}")
        if lost:
            print(f"{path.parent.name}/{path.name}: statements not found: {', '.join(lost)}")
            failed += 1
            continue
        anchors = {
            side: {str(moves[side][int(o)]): h for o, h in data["anchors"][side].items()}
            for side in SIDES
        }
        path.write_text(_dump(remap(data, moves) | {"anchors": anchors}), encoding="utf-8")
    return failed


def check(slugs: list[str]) -> int:
    """Print, for each saved text of the named pairs (every pair when none is named), how many
    of its annotated statements it holds and how many statements it has that the annotation
    never saw; the number of texts missing or incomplete. Writes nothing."""
    bad = 0
    for path in sorted(REAL.glob("t*/*.json")):
        if slugs and path.stem not in slugs:
            continue
        data = raw_gold(path)
        for side, file in source_paths(path).items():
            name = f"{path.parent.name}/{file.name}"
            if not file.is_file():
                if slugs:
                    print(f"{name}: missing")
                    bad += 1
                continue
            annotated = data["anchors"][side]
            _, lost, extra = _match(annotated, *_copies(file))
            found = len(annotated) - len(lost)
            state = "ok" if not lost else "INCOMPLETE"
            print(
                f"{name}: {state}, {found} of {len(annotated)} annotated statements, "
                f"{len(extra)} extra"
            )
            bad += bool(lost)
    return bad


def _dump(data: dict) -> str:
    """One key a line: small diffs when offsets move."""
    rows = (f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items())
    return "{\n" + ",\n".join(rows) + "\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("export").add_argument("folders", type=Path, nargs="+")
    sub.add_parser("restore")
    sub.add_parser("check").add_argument("slugs", nargs="*")
    args = parser.parse_args()
    if args.command == "restore":
        return 1 if restore() else 0
    if args.command == "check":
        return 1 if check(args.slugs) else 0
    entries = {
        (e["set"], e["slug"]): e
        for e in (
            json.loads(line)
            for line in (
                MANIFEST.read_text(encoding="utf-8") if MANIFEST.exists() else ""
            ).splitlines()
            if line.strip()
        )
    }
    for folder in args.folders:
        for entry in export(folder):
            entries[entry["set"], entry["slug"]] = entry
    MANIFEST.write_text(
        "".join(json.dumps(entries[k], ensure_ascii=False) + "\n" for k in sorted(entries)),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
