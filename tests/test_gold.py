"""Gold annotations stay usable: every offset lands in a statement of the real segmenter, every
statement is either linked or unique (never both), differences sit on links, and the example
corpus keeps exercising every kind of difference the tool claims to detect."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO, SEED_A, SEED_B, import_benchmark

from reconcile.models import DIFFERENCE_KINDS

gold = import_benchmark("gold", REPO / "benchmarks" / "gold" / "__init__.py")
FILES = gold.gold_files()
CORPUS = [f for f in FILES if f.stem != "seeds"]


def _available(path: Path) -> Path:
    if not all(p.is_file() for p in gold.source_paths(path).values()):
        pytest.skip(f"articles of {path.name} are not available (../shared absent?)")
    return path


@pytest.fixture(params=FILES, ids=[f.stem for f in FILES])
def pair(request: pytest.FixtureRequest):
    return gold.load_gold(_available(request.param))


def test_seeds_and_five_pairs_are_annotated() -> None:
    assert "seeds" in {f.stem for f in FILES}
    assert len(CORPUS) >= 5


def test_naming_the_repository_folder_again_reads_it_once(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    assert gold.gold_files([Path("benchmarks/gold")]) == FILES


def test_every_source_pair_has_gold() -> None:
    annotated = {Path(gold.raw_gold(f)["a"]).parent.name for f in CORPUS}
    folders = {p.name for p in (REPO / "sources").iterdir() if p.is_dir()}
    assert folders <= annotated


@pytest.mark.parametrize("path", FILES, ids=[f.stem for f in FILES])
def test_gold_file_follows_schema(path: Path) -> None:
    schema = json.loads(gold.SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(gold.raw_gold(path), schema)


def test_every_statement_is_linked_or_unique_never_both(pair) -> None:
    for n, side in enumerate(gold.SIDES):
        ids = [s.id for s in pair.statements[side]]
        linked = {link[n] for link in pair.links}
        unique = pair.unique[side]
        assert len(unique) == len(set(unique)), f"{side}: statement marked unique twice"
        both = sorted(linked & set(unique))
        assert not both, f"{side}: statements both linked and unique: {both}"
        missing = [i for i in ids if i not in linked and i not in unique]
        assert not missing, f"{side}: statements neither linked nor unique: {missing}"


def test_links_are_distinct(pair) -> None:
    assert len(pair.links) == len(set(pair.links))


def test_differences_sit_on_links_and_quote_their_statements(pair) -> None:
    for diff in pair.differences + pair.partial:
        assert (diff.a, diff.b) in pair.links, f"{diff} is not between linked statements"
        assert diff.kind in DIFFERENCE_KINDS
        assert diff.a_value in pair.statement(diff.a).text, diff
        assert diff.b_value in pair.statement(diff.b).text, diff


def test_entity_names_occur_in_the_pair_and_in_one_cluster(pair) -> None:
    text = pair.sources["a"].text + "\n" + pair.sources["b"].text
    names = [name for cluster in pair.entities for name in cluster]
    assert [n for n in names if n not in text] == []
    assert [n for n, c in Counter(names).items() if c > 1] == []


@pytest.mark.parametrize("path", CORPUS, ids=[f.stem for f in CORPUS])
def test_each_pair_has_the_required_phenomena(path: Path) -> None:
    """The brief for every example pair: a transliterated person, a changed number and date,
    and a claim unique to each side."""
    pair = gold.load_gold(path)
    kinds = {d.kind for d in pair.differences}
    assert {"number", "date"} <= kinds
    assert pair.unique["a"] and pair.unique["b"]
    a_text, b_text = pair.sources["a"].text, pair.sources["b"].text
    assert any(
        any(n in a_text and n not in b_text for n in cluster)
        and any(n in b_text and n not in a_text for n in cluster)
        for cluster in pair.entities
    ), "no name spelt differently by the two sides"


def test_corpus_exercises_every_kind_and_one_to_many() -> None:
    pairs = [gold.load_gold(f) for f in CORPUS]
    kinds = {d.kind for p in pairs for d in p.differences}
    assert {"number", "date", "name", "place", "title", "quote", "negation"} <= kinds
    assert any(d.kind == "date" for p in pairs for d in p.partial)
    assert all(
        any(c > 1 for c in Counter(x for link in p.links for x in link).values()) for p in pairs
    ), "every pair should contain a one-to-many link"
    suffixes = {Path(gold.raw_gold(f)[side]).suffix for f in CORPUS for side in gold.SIDES}
    assert {".txt", ".md", ".html"} <= suffixes


def _shingles(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_no_seed_wording_is_copied_into_the_repository(seeds) -> None:
    """The seeds are third-party text: the repository may refer to them by offset only.

    Twelve words in a row is about half a news sentence; short phrases quoted in the issues
    (a name with its title, a paraphrase example) stay below it."""
    seed_shingles = _shingles(SEED_A.read_text(encoding="utf-8")) | _shingles(
        SEED_B.read_text(encoding="utf-8")
    )
    offenders = []
    for path in sorted(REPO.rglob("*")):
        parts = set(path.relative_to(REPO).parts)
        if parts & {".git", ".venv", "venv", "__pycache__", ".ruff_cache", ".pytest_cache"}:
            continue
        if path.suffix not in {".py", ".md", ".txt", ".json", ".html", ".csv"}:
            continue
        if path.is_file() and _shingles(path.read_text("utf-8", errors="replace")) & seed_shingles:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_an_offset_in_the_opening_dateline_points_at_the_statement_it_opened() -> None:
    """Gold written while mixed-case datelines were still text stays valid: the offset of
    "New Delhi" is the statement that follows it on its line, and nothing else moves."""
    from reconcile.load import source_from_text
    from reconcile.options import Options
    from reconcile.segment import segment

    text = "Rates cut\n\nNew Delhi: The bank cut rates. It cited growth.\n"
    source = source_from_text(text, "a", Options())
    statements, _ = segment(source)
    first, second = statements
    assert first.text == "The bank cut rates."
    assert gold.statement_at(statements, text.index("New Delhi"), source.text) == first
    assert gold.statement_at(statements, text.index("Rates"), source.text) is None  # headline
    assert gold.statement_at(statements, text.index("It cited"), source.text) == second
