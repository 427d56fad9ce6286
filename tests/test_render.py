"""Report formats: what a reader sees in each format, filters, hostile text, safe writing."""

from __future__ import annotations

import io
import json
import os
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from render_fixtures import (
    HOSTILE_FORMULA,
    make_source,
    three_source_report,
    two_source_report,
)

from reconcile.errors import OptionsError, OutputError
from reconcile.models import Difference, Finding, NameMatch, Report, Span, Statement, Status
from reconcile.render import (
    FORMATS,
    render,
    render_entities_csv,
    render_name_matches,
    write_atomic,
)
from reconcile.render.common import agreement_ratio, statement_pieces

REPORT = two_source_report()
ANSI = re.compile(r"\x1b\[")


def _unneutralise(cell: str) -> str:
    return (
        cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell
    )


def _read_csv(text: str) -> pd.DataFrame:
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return frame


# --- dispatch and options -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fmt": "xml"}, "unknown format 'xml'"),
        ({"fmt": "table", "only": frozenset({"agree"})}, "unknown status 'agree'"),
        ({"fmt": "table", "width": 5}, "width must be at least"),
    ],
)
def test_bad_options_raise_options_error(kwargs, message):
    fmt = kwargs.pop("fmt")
    with pytest.raises(OptionsError, match=message):
        render(REPORT, fmt, **kwargs)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(fmt):
    assert render(two_source_report(), fmt) == render(two_source_report(), fmt)


# --- table ----------------------------------------------------------------------------------


def test_plain_table_shows_markers_highlights_names_and_summary():
    text = render(REPORT, "table", width=120)
    assert not ANSI.search(text)
    rows = {
        line.split()[1]: line.split()[0]
        for line in text.splitlines()
        if re.match(r"^\S+ f\d", line)
    }
    assert rows == {"f1": "≠", "f2": "=", "f3": "~", "f4": "-", "f5": "-", "f6": "+"}
    assert "[[Friday]]" in text and "[[Monday]]" in text
    assert "date: Friday ≠ Monday" in text
    assert "quantity: four hours ~ about four hours (b is approximate)" in text
    assert "e1 person: a: Alexander Darchiyev; b: Aleksandr Darchiev" in text
    assert "Sonata Carter" not in text  # a name seen once in one spelling needs no line
    assert "1 agreement, 1 partial, 1 discrepancy, 3 unique" in text
    assert "agreement ratio 0.67 (2/3 aligned findings agree)" in text


def test_colour_table_uses_escape_codes_and_no_brackets():
    text = render(REPORT, "table", color=True)
    assert ANSI.search(text)
    assert "[[Friday]]" not in text and "Friday" in text


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_table_lines_fit_the_width(width):
    from rich.cells import cell_len

    text = render(REPORT, "table", width=width, explain=True)
    assert max(cell_len(line) for line in text.splitlines()) <= width


def test_table_statement_text_survives_wrapping():
    text = render(REPORT, "table", width=60)
    flat = " ".join(text.split())
    assert "Foreign ministers met in" in flat and "Valmora on" in flat


def test_explain_adds_link_components():
    plain = render(REPORT, "table")
    explained = render(REPORT, "table", explain=True)
    assert "lexical=" not in plain
    assert "link a1↔b1 0.7123: lexical=0.6000 names=1.0000" in explained
    assert "lexical=0.6000" in render(REPORT, "markdown", explain=True)


def test_three_sources_mark_unique_rows_with_the_source_id():
    text = render(three_source_report(), "table", width=120)
    starts = [line.split()[:2] for line in text.splitlines() if re.match(r"^\S+ +f\d", line)]
    assert starts == [["≠", "f1"], ["a", "f2"], ["c", "f3"]]
    assert "date: a=May; b=June; c=—" in text


def test_one_to_many_cell_puts_each_statement_on_its_own_line():
    a, a_st = make_source("a", ["Talks ended with a joint statement on trade."], label="A")
    b, b_st = make_source("b", ["Talks ended.", "A joint statement covered trade."], label="B")
    group = Finding("f1", Status.AGREEMENT, {"a": ("a1",), "b": ("b1", "b2")}, 0.7)
    text = render(Report((a, b), a_st + b_st, (group,)), "table", width=100)
    right = [line.split("│")[1].strip() for line in text.splitlines() if "│" in line][1:]
    assert right[:2] == ["Talks ended.", "A joint statement covered trade."]


# --- only -----------------------------------------------------------------------------------


ONLY = frozenset({"discrepancy", "unique"})


def test_only_filters_table_markdown_and_csv_but_not_the_summary():
    table = render(REPORT, "table", only=ONLY)
    assert re.search(r"^≠ f1", table, re.M) and not re.search(r"^= f2", table, re.M)
    assert "1 agreement, 1 partial, 1 discrepancy, 3 unique" in table
    markdown = render(REPORT, "markdown", only=ONLY)
    assert "| f1 |" in markdown and "| f2 |" not in markdown and "| f3 |" not in markdown
    assert list(_read_csv(render(REPORT, "csv", only=ONLY))["finding"]) == ["f1", "f4", "f5", "f6"]


def test_only_in_json_keeps_whole_summary_and_records_the_filter():
    data = json.loads(render(REPORT, "json", only=ONLY))
    assert [f["id"] for f in data["findings"]] == ["f1", "f4", "f5", "f6"]
    assert data["only"] == ["discrepancy", "unique"]
    assert data["summary"] == {"agreement": 1, "partial": 1, "discrepancy": 1, "unique": 3}
    assert json.loads(render(REPORT, "json"))["only"] is None


def test_only_in_html_unticks_the_other_statuses_but_keeps_the_text():
    page = render(REPORT, "html", only=ONLY)
    assert '<body class="hide-agreement hide-partial">' in page
    assert 'data-status="agreement">' in page and 'data-status="discrepancy" checked>' in page
    assert "Alexander Darchiyev" in page


def test_only_with_no_matching_finding_says_so():
    report = Report(REPORT.sources, REPORT.statements, REPORT.findings[3:])
    assert "(no findings to show)" in render(report, "table", only=frozenset({"agreement"}))


# --- csv ------------------------------------------------------------------------------------


def test_csv_round_trips_through_pandas_to_the_frame():
    text = render(REPORT, "csv")
    assert text.endswith("\r\n") and text.count("\r\n") == len(REPORT.findings) + 1
    read = _read_csv(text)
    frame = REPORT.to_frame()
    assert list(read.columns) == list(frame.columns) == [
        "finding", "status", "kind", "score",
        "a_statements", "a_text", "a_value", "b_statements", "b_text", "b_value",
    ]  # fmt: skip
    for column in frame.columns:
        if column == "score":
            back = pd.to_numeric(read[column].replace("", None), errors="coerce")
            pd.testing.assert_series_equal(back, frame[column], check_names=False)
        else:
            assert list(read[column].map(_unneutralise)) == list(frame[column]), column


def test_csv_columns_carry_kinds_values_and_statement_ids():
    row = _read_csv(render(REPORT, "csv")).set_index("finding").loc["f1"]
    assert (row["status"], row["kind"], row["score"]) == ("discrepancy", "date", "0.7123")
    assert (row["a_statements"], row["a_value"], row["b_value"]) == ("a1", "Friday", "Monday")
    unique = _read_csv(render(REPORT, "csv")).set_index("finding").loc["f6"]
    assert (unique["score"], unique["a_statements"], unique["b_statements"]) == ("", "", "b4")


def test_csv_formula_comes_out_inert_with_its_text_intact():
    read = _read_csv(render(REPORT, "csv")).set_index("finding")
    assert read.loc["f5", "a_text"] == "'" + HOSTILE_FORMULA + " was pasted into the minutes."
    assert read.loc["f4", "a_text"].startswith("A caption read =HYPERLINK")  # not at cell start


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_trigger_is_neutralised(lead):
    source, statements = make_source("a", [f"{lead}1+2 cells"], label="A")
    other, others = make_source("b", ["plain"], label="B")
    report = Report(
        (source, other),
        statements + others,
        (
            Finding("f1", Status.UNIQUE, {"a": ("a1",), "b": ()}),
            Finding("f2", Status.UNIQUE, {"a": (), "b": ("b1",)}),
        ),
    )
    cell = _read_csv(render(report, "csv")).loc[0, "a_text"]
    assert cell == f"'{lead}1+2 cells"


# --- markdown -------------------------------------------------------------------------------


def test_markdown_table_rows_keep_their_columns_and_escape_markup():
    text = render(REPORT, "markdown")
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    cells = {len(re.split(r"(?<!\\)\|", row)) for row in rows[:8]}
    assert cells == {7}  # marker, finding, a, b, differences + the two outer bars
    assert r"\<script\>" in text and "<script>" not in text
    assert r"\| \*bold\* \[link\](x)" in text
    assert "**Friday**" in text and "**about four hours**" in text


# --- html -----------------------------------------------------------------------------------


def test_html_escapes_source_text_and_is_self_contained():
    page = render(REPORT, "html")
    assert page.count("<script>") == 1  # ours only
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "Talks in Valmora | day two" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)  # nothing fetched from the network
    assert '<mark class="d-discrepancy" title="date: Friday ≠ Monday">Friday</mark>' in page


def test_html_links_counterparts_and_colours_by_status():
    page = render(REPORT, "html")
    assert page.count('data-f="f1"') == 2
    assert re.search(r'class="st discrepancy" id="a1" data-f="f1"', page)
    assert re.search(r'class="st unique" id="b4" data-f="f6"', page)
    assert "<h2>Names</h2>" in page and "transliteration 0.93" in page


# --- json -----------------------------------------------------------------------------------


def test_json_agrees_with_the_summary_and_ratio():
    data = json.loads(render(REPORT, "json"))
    assert data["agreement_ratio"] == agreement_ratio(REPORT) == 0.6667
    assert data == REPORT.to_dict()


# --- highlighting ---------------------------------------------------------------------------


STATEMENT = Statement("a1", "a", 0, "Talks on Friday in Rome.", 100, 124)


def _diff(*bounds: tuple[int, int], status: Status = Status.DISCREPANCY) -> Difference:
    spans = tuple(Span("a", "a1", STATEMENT.text[s - 100 : e - 100], s, e) for s, e in bounds)
    return Difference("date", {"a": spans}, status)


@pytest.mark.parametrize(
    ("diffs", "marked"),
    [
        ((), []),
        ((_diff((109, 115)),), ["Friday"]),
        ((_diff((109, 115), (119, 123)),), ["Friday", "Rome"]),
        ((_diff((109, 115)), _diff((112, 118))), ["Friday", " in"]),  # overlap cut
        ((_diff((90, 105)),), ["Talks"]),  # clipped to the statement
        ((_diff((10, 20)),), []),  # another statement's span
    ],
)
def test_statement_pieces_mark_the_differing_spans(diffs, marked):
    pieces = statement_pieces(STATEMENT, diffs)
    assert "".join(p.text for p in pieces) == STATEMENT.text
    assert [p.text for p in pieces if p.kind] == marked


# --- properties -----------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@given(a_text=TEXT, b_text=TEXT)
def test_any_text_is_inert_and_intact_in_every_format(a_text, b_text):
    a, a_st = make_source("a", [a_text], label="A <i>")
    b, b_st = make_source("b", [b_text], label="B")
    report = Report(
        (a, b),
        a_st + b_st,
        (Finding("f1", Status.DISCREPANCY, {"a": ("a1",), "b": ("b1",)}, 0.5),),
    )
    read = _read_csv(render(report, "csv"))
    assert [_unneutralise(read.loc[0, c]) for c in ("a_text", "b_text")] == [a_text, b_text]
    page = render(report, "html")
    assert page.count("<script>") == 1 and "<i>" not in page
    assert not ANSI.search(render(report, "table", width=80))
    assert json.loads(render(report, "json"))["sources"][0]["statements"][0]["text"] == a_text


# --- names ----------------------------------------------------------------------------------


def test_entities_csv_lists_spellings_per_source():
    read = _read_csv(render_entities_csv(REPORT)).set_index("entity")
    assert list(read.columns) == [
        "type",
        "name",
        "mentions",
        "a_variants",
        "b_variants",
        "evidence",
    ]
    assert read.loc["e1", "b_variants"] == "Aleksandr Darchiev"
    assert read.loc["e1", "evidence"].startswith("transliteration 0.93")


def test_name_matches_csv_and_table():
    matches = (NameMatch("Alexander Darchiyev", "Aleksandr Darchiev", 0.93456, "transliteration"),)
    read = _read_csv(render_name_matches(matches, "csv"))
    assert read.to_dict("records") == [
        {
            "a": "Alexander Darchiyev",
            "b": "Aleksandr Darchiev",
            "score": "0.9346",
            "reason": "transliteration",
        }
    ]
    table = render_name_matches(matches, "table", width=80)
    assert "Aleksandr Darchiev" in table and not ANSI.search(table)
    with pytest.raises(OptionsError):
        render_name_matches(matches, "json")


# --- write_atomic ---------------------------------------------------------------------------


def test_write_atomic_replaces_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(str(target), "finding\nf1 ≠\n")
    assert target.read_bytes() == "finding\nf1 ≠\n".encode()
    assert os.listdir(tmp_path) == ["report.csv"]
    assert target.stat().st_mode & 0o777 == 0o640  # the replaced file's mode is kept
    fresh = tmp_path / "new.md"
    write_atomic(str(fresh), "x")
    assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
    table = tmp_path / "cities.marshal"
    write_atomic(str(table), b"\x00\xff")  # bytes are written as they are
    assert table.read_bytes() == b"\x00\xff"


@pytest.mark.parametrize(
    ("relative", "message"),
    [("missing/report.csv", "does not exist"), (".", "is a directory")],
)
def test_write_atomic_failures_are_one_line_output_errors(tmp_path, relative, message):
    with pytest.raises(OutputError, match=message) as caught:
        write_atomic(str(tmp_path / relative), "x")
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_write_atomic_read_only_directory(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            write_atomic(str(tmp_path / "r.csv"), "x")
    finally:
        tmp_path.chmod(0o700)
