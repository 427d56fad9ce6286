"""Annotations of third-party pairs kept without their texts: they carry no article wording,
and a text saved again with other spacing gets its offsets back from the anchors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, import_benchmark

gold = import_benchmark("gold", REPO / "benchmarks" / "gold" / "__init__.py")
real_pairs = import_benchmark("real_pairs")
COPIES = sorted((REPO / "benchmarks" / "real").glob("t*/*.json"))
KEYS = {"a", "b", "links", "unique", "differences", "partial", "entities", "anchors"}


@pytest.mark.parametrize("path", COPIES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_repository_copy_holds_offsets_not_wording(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == KEYS  # no annotators' notes
    for d in (*data["differences"], *data["partial"]):
        for value in (d["a_value"], d["b_value"]):
            assert len(value.removesuffix(" …").split()) <= real_pairs.VALUE_WORDS
    used = real_pairs.offsets_of(data)
    assert {side: {int(o) for o in data["anchors"][side]} for side in "ab"} == used


def test_the_copies_are_listed_with_where_they_were_published() -> None:
    manifest = REPO / "benchmarks" / "real" / "manifest.jsonl"
    entries = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    assert {(e["set"], e["slug"]) for e in entries} == {(p.parent.name, p.stem) for p in COPIES}
    assert all(e["a_address"].startswith("http") and e["b_address"] for e in entries)


A = (
    "Ferry sinks off Tarsia\n\n"
    "A ferry carrying 80 people sank off Tarsia on Monday. "
    "Rescuers pulled 61 survivors from the water.\n"
    "The port was closed for the day.\n"
    "The port was closed for the day.\n"  # a page that prints a paragraph twice
)
B = (
    "At least 17 people died when a ferry went down near Tarsia on Monday, officials said. "
    "Sixty-one passengers were rescued.\n"
)


def test_restore_moves_offsets_to_a_text_saved_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "texts").mkdir(parents=True)
    (elsewhere / "gold_t1").mkdir()
    (elsewhere / "texts" / "ferry_a.txt").write_text(A, encoding="utf-8")
    (elsewhere / "texts" / "ferry_b.txt").write_text(B, encoding="utf-8")
    at_a = {k: A.index(s) + 2 for k, s in (("sank", "A ferry"), ("rescue", "Rescuers"))}
    at_a["port"] = A.index("The port") + 2
    at_a["again"] = A.rindex("The port") + 2
    at_b = {"sank": 2, "rescue": B.index("Sixty") + 2}
    annotated = {
        "a": "../texts/ferry_a.txt",
        "b": "../texts/ferry_b.txt",
        "links": [[at_a["sank"], at_b["sank"]], [at_a["rescue"], at_b["rescue"]]],
        "unique": {"a": [at_a["port"], at_a["again"]], "b": []},
        "differences": [],
        "partial": [],
        "notes": "written by the annotator",
    }
    (elsewhere / "gold_t1" / "ferry.json").write_text(json.dumps(annotated), encoding="utf-8")
    (elsewhere / "manifest_x.jsonl").write_text(
        json.dumps(
            {
                "slug": "ferry",
                "a_address": "https://a.example/1",
                "a_outlet": "A",
                "b_address": "https://b.example/2",
                "b_outlet": "B",
                "event": "a ferry sinks",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    real = tmp_path / "real"
    monkeypatch.setattr(real_pairs, "REAL", real)
    monkeypatch.setattr(real_pairs, "TEXTS", real / "texts")
    [entry] = real_pairs.export(elsewhere / "gold_t1")
    assert entry["a_address"] == "https://a.example/1"
    copy = real / "t1" / "ferry.json"
    expected = gold.load_gold(elsewhere / "gold_t1" / "ferry.json")

    # Saved again from its address: other spacing and a blank line more shift every offset.
    (real / "texts").mkdir()
    resaved = A.replace(". ", ".  ").replace("\n", "\n\n")
    (real / "texts" / "ferry_a.txt").write_text(resaved, encoding="utf-8")
    (real / "texts" / "ferry_b.txt").write_text(B, encoding="utf-8")
    with pytest.raises(gold.GoldError):
        gold.load_gold(copy)
    assert real_pairs.restore() == 0
    restored = gold.load_gold(copy)
    assert (restored.links, restored.unique) == (expected.links, expected.unique)

    # A caption kept by mistake is named: the annotation never saw it.
    (real / "texts" / "ferry_b.txt").write_text(B + "Photo shows the harbour at dusk.\n")
    capsys.readouterr()
    assert real_pairs.restore() == 0
    assert f"ferry.json: not in the annotation: b@{len(B) + 2}" in capsys.readouterr().out
    (real / "texts" / "ferry_b.txt").write_text(B, encoding="utf-8")

    # A sentence the new text lacks is reported, not guessed.
    (real / "texts" / "ferry_a.txt").write_text(resaved.replace("Rescuers pulled", "Divers saved"))
    before = copy.read_text(encoding="utf-8")
    capsys.readouterr()
    # check names the incomplete text and writes nothing.
    assert real_pairs.check(["ferry"]) == 1
    out = capsys.readouterr().out
    assert "t1/ferry_a.txt: INCOMPLETE, 3 of 4 annotated statements, 1 extra" in out
    assert "t1/ferry_b.txt: ok, 2 of 2 annotated statements, 0 extra" in out
    assert copy.read_text(encoding="utf-8") == before
    assert real_pairs.restore() == 1


def test_a_dateline_the_segmenter_now_drops_still_finds_its_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Annotated when the segmenter kept "Lima, Peru:" in the sentence: the anchor hashes both.
    text = "Lima, Peru: A court sentenced the former president on Monday.\nHe will appeal.\n"
    saved = tmp_path / "verdict_a.txt"
    saved.write_text(text, encoding="utf-8")
    sentence_end = text.index("\n")
    annotated = {
        "2": real_pairs._hash(text[:sentence_end]),
        str(sentence_end + 3): real_pairs._hash("He will appeal."),
    }
    moves, lost, extra = real_pairs._match(annotated, *real_pairs._copies(saved))
    assert (lost, extra) == ([], [])
    assert moves == {2: text.index("A court") + 2, sentence_end + 3: sentence_end + 3}
