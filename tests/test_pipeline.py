"""The library API end to end: compare_texts / compare_files, the JSON contract, invariants."""

from __future__ import annotations

import importlib.util
import json
import re
from importlib import resources

import jsonschema
import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import (
    InputError,
    Options,
    OptionsError,
    ReconcileError,
    Status,
    compare_files,
    compare_texts,
    pipeline,
)
from reconcile.pipeline import source_ids

BASE = {
    "a": (
        "Talks on the Aral water treaty ended in Tashkent on Monday. "
        "Negotiator Yuriy Shevchenko said 12 of the 14 articles had been agreed. "
        "The next round is planned for March 3, 2025. "
        "Farmers' groups protested outside the venue."
    ),
    "b": (
        "Negotiators agreed 12 of 14 treaty articles, Yuri Shevchenko told reporters. "
        "The talks on the Aral water treaty closed in Tashkent on Monday. "
        "A further round was set for 3 March 2025. "
        "Observers from three neighbouring states attended."
    ),
    "c": (
        "The Aral water treaty talks finished in Tashkent on Monday. "
        "Shevchenko said 10 of the 14 articles were settled."
    ),
}


def placed_statements(report: reconcile.Report) -> list[str]:
    return [sid for f in report.findings for ids in f.statements.values() for sid in ids]


def test_compare_texts_accepts_keyword_options():
    report = compare_texts({"a": BASE["a"], "b": BASE["b"]}, threshold=0.5)
    assert [s.id for s in report.sources] == ["a", "b"]
    assert sorted(placed_statements(report)) == sorted(s.id for s in report.statements)


def test_keyword_and_object_options_are_exclusive():
    with pytest.raises(OptionsError):
        compare_texts(BASE, Options(), threshold=0.4)


@pytest.mark.parametrize("kwargs", [{"threshold": 1.5}, {"no_such_option": 1}])
def test_bad_options_raise_options_error(kwargs):
    with pytest.raises(OptionsError):
        compare_texts({"a": BASE["a"], "b": BASE["b"]}, **kwargs)


def test_one_source_is_not_a_comparison():
    with pytest.raises(OptionsError):
        compare_texts({"a": BASE["a"]})


def test_whitespace_only_text_is_an_input_error():
    with pytest.raises(InputError):
        compare_texts({"a": BASE["a"], "b": "   \n"})


def test_paraphrases_in_another_order_are_aligned_and_agree():
    report = compare_texts({"a": BASE["a"], "b": BASE["b"]})
    by_statement = {sid: f for f in report.findings for ids in f.statements.values() for sid in ids}
    # "12 of the 14 articles" (a2) and "12 of 14 treaty articles" (b1) say the same.
    assert by_statement["a2"] is by_statement["b1"]
    assert by_statement["a2"].status in (Status.AGREEMENT, Status.PARTIAL)
    # The dates are the same day in two formats: no discrepancy.
    assert by_statement["a3"] is by_statement["b3"]
    assert by_statement["a3"].status is not Status.DISCREPANCY
    assert by_statement["a4"].status is Status.UNIQUE
    assert by_statement["b4"].status is Status.UNIQUE


def test_three_sources_share_findings_and_keep_every_statement_once():
    report = compare_texts(BASE)
    assert [s.id for s in report.sources] == ["a", "b", "c"]
    placed = placed_statements(report)
    assert sorted(placed) == sorted(s.id for s in report.statements)
    assert len(placed) == len(set(placed))
    three_way = [f for f in report.findings if len(f.statements) == 3]
    assert three_way, "the Tashkent statement is in all three sources"
    counts = [f for f in report.findings if "c2" in f.statements.get("c", ())]
    assert counts[0].status is Status.DISCREPANCY
    assert "number" in counts[0].kinds


def test_report_to_dict_validates_against_the_shipped_schema(seeds):
    schema = json.loads(
        resources.files("reconcile").joinpath("schema/report.schema.json").read_text("utf-8")
    )
    report = compare_files([str(p) for p in seeds])
    jsonschema.validate(report.to_dict(), schema)
    jsonschema.validate(compare_texts(BASE).to_dict(), schema)


def test_to_frame_has_one_row_per_finding():
    report = compare_texts(BASE)
    frame = report.to_frame()
    assert list(frame["finding"]) == [f.id for f in report.findings]
    assert {"a_text", "b_text", "c_text"} <= set(frame.columns)


def test_seed_name_variants_are_one_entity_and_not_a_discrepancy(seeds):
    report = compare_files([str(p) for p in seeds])
    darchiev = [e for e in report.entities if any("Darchi" in v for v in e.variants)]
    assert len(darchiev) == 1
    assert {"Alexander Darchiyev", "Aleksandr Darchiev", "Darchiev"} <= set(darchiev[0].variants)
    coulter = [e for e in report.entities if "Sonata Coulter" in e.variants]
    assert len(coulter) == 1 and coulter[0] is not darchiev[0]
    for finding in report.findings:
        for diff in finding.differences:
            assert not (
                diff.kind == "name"
                and "Darchi" in " ".join(diff.value_text(s) for s in diff.values)
            )


def test_seed_statements_each_in_exactly_one_finding(seeds):
    report = compare_files([str(p) for p in seeds])
    placed = placed_statements(report)
    assert sorted(placed) == sorted(s.id for s in report.statements)
    assert len(placed) == len(set(placed))
    assert report.to_dict() == compare_files([str(p) for p in seeds]).to_dict()


def test_source_ids_go_past_z():
    ids = source_ids(30)
    assert ids[:3] == ("a", "b", "c") and ids[26:28] == ("aa", "ab")
    assert len(set(ids)) == 30


VOCABULARY = tuple(
    re.findall(
        r"\S+",
        "the ministry said talks on grain exports resumed in Geneva on Friday after "
        "officials from both sides agreed 2,000 tonnes 15 percent Ivanov Petrova not "
        "$1.2 billion % km francs about more than 40m one other",
    )
)
#: Words are joined as wrapped text joins them too: a line break may fall anywhere. A sentence
#: opens with a word, as any does.
sentence = st.tuples(
    st.sampled_from([w for w in VOCABULARY if w.isalpha()]),
    st.lists(
        st.tuples(st.sampled_from((" ", " ", " ", "\n  ", "-")), st.sampled_from(VOCABULARY)),
        min_size=2,
        max_size=13,
    ),
).map(lambda s: (s[0] + "".join(sep + w for sep, w in s[1])).capitalize() + ".")
article = st.lists(sentence, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=100)
@given(article, article)
def test_every_statement_lands_in_exactly_one_finding(text_a, text_b):
    report = compare_texts({"a": text_a, "b": text_b})
    placed = placed_statements(report)
    assert sorted(placed) == sorted(s.id for s in report.statements)
    assert len(placed) == len(set(placed))
    for finding in report.findings:
        if finding.status is Status.UNIQUE:
            assert len(finding.statements) == 1 and not finding.differences
        else:
            assert len(finding.statements) >= 2
    assert json.dumps(report.to_dict()) == json.dumps(
        compare_texts({"a": text_a, "b": text_b}).to_dict()
    )


def test_the_speed_benchmark_times_stages_the_pipeline_calls() -> None:
    """benchmarks/compare_speed.py wraps pipeline functions by name: a renamed stage broke it."""
    spec = importlib.util.spec_from_file_location(
        "compare_speed", REPO / "benchmarks" / "compare_speed.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert all(callable(getattr(pipeline, name, None)) for name in module.STAGES)


#: What mangled copies of a text contain: spaces of every kind where a space was (a wrapped
#: line, a no-break space), and dashes, quotes, brackets, signs, digits, scale words, a
#: replacement character and a right-to-left mark anywhere.
SPACES = ("\n", "\n  ", "\t", "\u00a0", "\u200b", "\r\n", "\x0c", "  ")
JUNK = (
    "-", "—", "$", "%", "(", ")", '"', "“", "”", ".", ",", ":", "…", "’s", "\ufffd", "\u202e",
    "1", "9,", "0.5", "bn", " million", " km",
)  # fmt: skip
#: The example with the most sums in millions and billions.
EXAMPLE = (REPO / "sources" / "lviv-power-merger").resolve()
edits = st.lists(
    st.tuples(st.floats(0, 1), st.sampled_from(SPACES + JUNK)), min_size=1, max_size=30
)


def _mangled(text: str, changes: list[tuple[float, str]]) -> str:
    """``text`` with each space at a chosen place replaced by another kind of space, and the
    other junk inserted at chosen places."""
    chars = list(text)
    spaces = [i for i, c in enumerate(chars) if c == " "]
    for where, junk in changes:
        if junk in SPACES and spaces:
            chars[spaces[min(int(where * len(spaces)), len(spaces) - 1)]] = junk
        else:
            chars.insert(min(int(where * len(chars)), len(chars)), junk)
    return "".join(chars)


@settings(max_examples=60, deadline=None)
@given(edits, edits)
def test_mangled_articles_compare_or_fail_with_a_clear_error(changes_a, changes_b):
    """Junk anywhere in real-looking articles gives a report or a typed error, never a crash;
    found this way: a scale after a line break or a no-break space ("$1.2\\u00a0billion")."""
    texts = {s: _mangled((EXAMPLE / f"{s}.txt").read_text(encoding="utf-8"), c)
             for s, c in (("a", changes_a), ("b", changes_b))}  # fmt: skip
    try:
        report = compare_texts(texts)
    except ReconcileError:
        return
    assert sorted(placed_statements(report)) == sorted(s.id for s in report.statements)
