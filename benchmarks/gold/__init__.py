"""Read the gold annotations and resolve their character offsets to statement ids.

Gold files point at statements by an offset inside them, not by id or quoted text, so they stay
valid while the segmenter's ids shift and never reproduce third-party wording. Resolving goes
through the real loader and segmenter, so every benchmark and test scores against exactly the
statements the pipeline sees. Format and guidelines: README.md next to this file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reconcile.load import load_source
from reconcile.models import Source, Statement
from reconcile.options import Options
from reconcile.segment import segment

GOLD_DIR = Path(__file__).resolve().parent
REPO = GOLD_DIR.parents[1]
SCHEMA = GOLD_DIR / "gold.schema.json"
SIDES = ("a", "b")


class GoldError(ValueError):
    """A gold file that does not fit the texts it annotates (stale or mistyped offset)."""


@dataclass(frozen=True)
class GoldDifference:
    """A difference (or a partial match) annotated between two linked statements."""

    a: str
    b: str
    kind: str
    a_value: str
    b_value: str


@dataclass(frozen=True)
class GoldPair:
    """One annotated pair with offsets resolved to the segmenter's statement ids."""

    name: str
    sources: dict[str, Source]
    statements: dict[str, tuple[Statement, ...]]
    links: tuple[tuple[str, str], ...]
    unique: dict[str, tuple[str, ...]]
    differences: tuple[GoldDifference, ...]
    partial: tuple[GoldDifference, ...]
    entities: tuple[tuple[str, ...], ...]

    def statement(self, statement_id: str) -> Statement:
        """Look up a statement of either side by id."""
        for statements in self.statements.values():
            for statement in statements:
                if statement.id == statement_id:
                    return statement
        raise KeyError(statement_id)


def gold_files(folders: Sequence[Path] = ()) -> list[Path]:
    """All gold files of this folder, then of each extra folder, each in name order.

    The seeds' file is included, the JSON schema excluded; a folder named twice (this one
    passed again as an extra) is read once.
    """
    return [
        path
        for folder in dict.fromkeys(f.resolve() for f in (GOLD_DIR, *folders))
        for path in sorted(folder.glob("*.json"))
        if path != SCHEMA
    ]


def raw_gold(path: Path) -> dict:
    """The gold file as stored, for checks that need the offsets themselves."""
    return json.loads(path.read_text(encoding="utf-8"))


def source_paths(path: Path) -> dict[str, Path]:
    """Absolute paths of the two annotated articles.

    Paths in this folder's files are relative to the repository; a gold file kept elsewhere (an
    annotated set of third-party articles that may not enter the repository) gives them
    relative to its own folder.
    """
    data = raw_gold(path)
    base = REPO if path.resolve().parent == GOLD_DIR else path.resolve().parent
    return {side: (base / data[side]).resolve() for side in SIDES}


def read_article(file: Path, side: str, options: Options) -> tuple[Source, tuple[Statement, ...]]:
    """An annotated article as the pipeline sees it: loaded and segmented."""
    source = load_source(str(file), side, options)
    return source, segment(source)[0]


def statement_at(statements: Sequence[Statement], offset: int, text: str = "") -> Statement | None:
    """The statement a gold offset points into, or None when it falls between statements.

    An offset in the dateline that opens the body ("New Delhi: ...", metadata since the
    loader reads mixed-case datelines) points at the statement on the rest of its line: gold
    written before then counted the dateline in.
    """
    found = next((s for s in statements if s.start <= offset < s.end), None)
    if found is None and statements and text:
        first = statements[0]
        if offset < first.start and "\n" not in text[offset : first.start]:
            return first
    return found


def load_gold(path: Path, options: Options | None = None) -> GoldPair:
    """Load a gold file and map each offset to the statement that contains it.

    Raises GoldError when an offset falls outside every statement, so stale gold is loud.
    """
    options = options or Options()
    data = raw_gold(path)
    sources: dict[str, Source] = {}
    statements: dict[str, tuple[Statement, ...]] = {}
    for side, file in source_paths(path).items():
        sources[side], statements[side] = read_article(file, side, options)

    def at(side: str, offset: int) -> str:
        statement = statement_at(statements[side], offset, sources[side].text)
        if statement is None:
            raise GoldError(f"{path.name}: offset {offset} of side {side} is in no statement")
        return statement.id

    def differences(key: str) -> tuple[GoldDifference, ...]:
        return tuple(
            GoldDifference(at("a", d["a"]), at("b", d["b"]), d["kind"], d["a_value"], d["b_value"])
            for d in data.get(key, [])
        )

    return GoldPair(
        name=path.stem,
        sources=sources,
        statements=statements,
        links=tuple((at("a", a), at("b", b)) for a, b in data["links"]),
        unique={side: tuple(at(side, o) for o in data["unique"][side]) for side in SIDES},
        differences=differences("differences"),
        partial=differences("partial"),
        entities=tuple(tuple(cluster) for cluster in data.get("entities", [])),
    )
