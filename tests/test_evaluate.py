"""The evaluation command's error listing names what a reader of its figures needs to look at:
each missed gold link and each pair joined against the gold, with both statements."""

from __future__ import annotations

from dataclasses import replace

from conftest import import_benchmark

from reconcile.models import Mention, Span
from reconcile.options import Options

evaluate = import_benchmark("evaluate")


def test_link_errors_list_missed_and_false_links() -> None:
    [pair] = [g for g in evaluate.load_gold(Options()) if g.name == "kharkiv-cup-final"]
    assert evaluate.link_errors(pair) == []  # every link found, none more
    found = next(iter(pair.alignment.links))
    gold_links = (pair.links - {(found.a, found.b)}) | {("a1", "b9")}
    lines = evaluate.link_errors(replace(pair, links=frozenset(gold_links)))
    assert f"FALSE kharkiv-cup-final {found.a}-{found.b} ({found.score:.2f})" in lines
    assert "MISS kharkiv-cup-final a1-b9 (-)" in lines
    statement = next(f.statement for f in pair.features["b"] if f.statement.id == "b9")
    assert f"    b9: {statement.text[:110]}" in lines


def test_merge_errors_name_the_forms_kept_apart_and_joined_against_the_gold() -> None:
    names_gold = import_benchmark("names_gold")

    def mention(n: int, text: str) -> Mention:
        return Mention(f"a1.m{n}", "person", Span("a", "a1", text, 10 * n, 10 * n + len(text)))

    clusters = [[mention(1, "Rodrigo Paz"), mention(2, "Jaime Paz Zamora")], [mention(3, "Paz")]]
    gold = [["Rodrigo Paz", "Paz"], ["Jaime Paz Zamora"]]
    assert names_gold.merge_errors(clusters, gold) == [
        ("MISS", "Rodrigo Paz", "Paz"),
        ("FALSE", "Rodrigo Paz", "Jaime Paz Zamora"),
    ]
    assert names_gold.merge_counts(clusters, gold) == (0, 1, 1)
