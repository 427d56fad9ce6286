"""The command line as a user meets it: exit codes, one-line errors, formats, determinism."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reconcile.cli import cli

ARTICLE_A = """Port workers end strike in Valmora

VALMORA — Dock workers at the port of Valmora ended a nine-day strike on Tuesday, the union said.
The walkout had halted about 2,000 containers, according to port director Yevgeny Khodorkovsky.
Union leader Marta Jensen said the deal raises wages by 6 percent.
The port authority said ships would resume loading on Wednesday morning.
"""

ARTICLE_B = """Valmora strike over

Dockers in Valmora returned to work after a nine-day stoppage, the union announced on Tuesday.
Port director Evgeny Hodorkovskiy said 3,000 containers had been held up by the walkout.
According to union chief Marta Jensen, wages will rise by 6 percent under the agreement.
Local shops near the harbour reported a sharp drop in trade during the dispute.
"""


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    b.write_text(ARTICLE_B, encoding="utf-8")
    return str(a), str(b)


def run(*args: str, input: bytes | str | None = None, env: dict | None = None):
    runner = CliRunner()
    return runner.invoke(cli, list(args), input=input, env=env or {}, catch_exceptions=False)


def test_compare_prints_a_diff_style_table(pair):
    result = run("compare", *pair)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "≠" in out  # 2,000 vs 3,000 containers
    assert "-" in out and "+" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert "Khodorkovsky" in out and "Hodorkovskiy" in out


def test_json_puts_every_statement_in_exactly_one_finding(pair):
    result = run("compare", *pair, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert [s["id"] for s in data["sources"]] == ["a", "b"]
    placed = [sid for f in data["findings"] for ids in f["statements"].values() for sid in ids]
    every = [st["id"] for s in data["sources"] for st in s["statements"]]
    assert sorted(placed) == sorted(every)
    assert len(placed) == len(set(placed))
    assert set(data["summary"]) == {"agreement", "partial", "discrepancy", "unique"}
    assert sum(data["summary"].values()) == len(data["findings"])


def test_numbers_that_differ_are_reported_as_a_number_discrepancy(pair):
    data = json.loads(run("compare", *pair, "--format", "json").output)
    kinds = {
        d["kind"]
        for f in data["findings"]
        for d in f["differences"]
        if d["status"] == "discrepancy"
    }
    assert "number" in kinds
    values = [
        d["values"] for f in data["findings"] for d in f["differences"] if d["kind"] == "number"
    ]
    assert {"a": "2,000", "b": "3,000"} in [
        {k: v.replace("about ", "") for k, v in vals.items()} for vals in values
    ]


def test_transliteration_variants_are_one_entity(pair):
    data = json.loads(run("compare", *pair, "--format", "json").output)
    by_variant = {v: e["id"] for e in data["entities"] for v in e["variants"]}
    assert by_variant["Yevgeny Khodorkovsky"] == by_variant["Evgeny Hodorkovskiy"]


def test_csv_report_opens_in_pandas(pair, tmp_path):
    out = tmp_path / "report.csv"
    result = run("compare", *pair, "--csv", str(out))
    assert result.exit_code == 0
    frame = pd.read_csv(out)
    assert {"finding", "status", "kind", "score"} <= set(frame.columns)
    assert set(frame["status"]) <= {"agreement", "partial", "discrepancy", "unique"}


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "markdown", "html"])
def test_output_is_byte_identical_across_runs(pair, tmp_path, fmt):
    first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
    assert run("compare", *pair, "--format", fmt, "-o", str(first)).exit_code == 0
    assert run("compare", *pair, "--format", fmt, "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size > 0


def test_fail_on_discrepancy_exits_1_like_diff(pair):
    assert run("compare", *pair, "--fail-on", "discrepancy").exit_code == 1


def test_fail_on_is_0_when_the_sources_agree(pair):
    a, _ = pair
    assert run("compare", a, a, "--fail-on", "discrepancy").exit_code == 0


def test_only_filters_rows(pair):
    data = json.loads(run("compare", *pair, "--only", "unique", "--format", "json").output)
    assert data["findings"] and {f["status"] for f in data["findings"]} == {"unique"}
    table = run("compare", *pair, "--only", "discrepancy").output
    assert "≠ f" in table and "- f" not in table and "= f" not in table


def test_unique_rows_sit_where_they_fall_like_a_diff(pair):
    rows = [
        line[:4]
        for line in run("compare", *pair, "--width", "160").output.splitlines()
        if line[:1] in "=~≠-+" and line[2:3] == "f"
    ]
    assert rows[-2:] == ["- f4", "+ f5"]


def test_stdin_dash(pair):
    a, b = pair
    result = run("compare", "-", b, "--format", "json", input=Path(a).read_bytes())
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["sources"][0]["path"] == "-"


def test_explain_shows_score_components(pair):
    result = run("compare", *pair, "--explain")
    assert result.exit_code == 0
    assert "lexical" in result.output


def _one_clean_line(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def test_missing_file_is_one_line_exit_2(pair, tmp_path):
    line = _one_clean_line(run("compare", pair[0], str(tmp_path / "nope.txt")))
    assert "nope.txt" in line


def test_directory_is_one_line_exit_2(pair, tmp_path):
    line = _one_clean_line(run("compare", pair[0], str(tmp_path)))
    assert "director" in line.lower()


def test_empty_file_is_one_line_exit_2(pair, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    line = _one_clean_line(run("compare", pair[0], str(empty)))
    assert "empty" in line.lower()


def test_binary_file_is_one_line_exit_2(pair, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    line = _one_clean_line(run("compare", pair[0], str(binary)))
    assert "binary" in line.lower()


def test_workers_must_be_positive_or_all(pair):
    line = _one_clean_line(run("compare", *pair, "--workers", "0"))
    assert "workers" in line


def test_single_input_is_a_usage_error(pair):
    result = run("compare", pair[0])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unwritable_output_is_one_line_exit_2(pair, tmp_path):
    line = _one_clean_line(run("compare", *pair, "-o", str(tmp_path / "missing-dir" / "out.txt")))
    assert "out.txt" in line


def test_latin1_input_is_read_with_a_warning(pair, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(ARTICLE_A.replace("Jensen", "Jensén").encode("cp1252"))
    result = CliRunner().invoke(cli, ["compare", str(latin), pair[1], "--format", "json"])
    assert result.exit_code == 0
    assert "warning" in result.stderr.lower()
    assert "Jensén" in result.stdout


def test_names_command_writes_matched_pairs_as_csv(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Alexander Darchiyev\nSonata Coulter\nIvan Petrov\n", encoding="utf-8")
    b.write_text("Sonata Coulter\nAleksandr Darchiev\nIvana Petrova\n", encoding="utf-8")
    result = run("names", str(a), str(b))
    assert result.exit_code == 0
    rows = pd.read_csv(io.StringIO(result.output))
    assert list(rows.columns) == ["a", "b", "score", "reason"]
    pairs = set(zip(rows["a"], rows["b"], strict=True))
    assert ("Alexander Darchiyev", "Aleksandr Darchiev") in pairs
    assert ("Sonata Coulter", "Sonata Coulter") in pairs
    assert ("Ivan Petrov", "Ivana Petrova") not in pairs


def test_seeds_compare_end_to_end(seeds, tmp_path):
    a, b = map(str, seeds)
    result = run("compare", a, b, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    placed = sorted(
        sid for f in data["findings"] for ids in f["statements"].values() for sid in ids
    )
    assert placed == sorted(st["id"] for s in data["sources"] for st in s["statements"])
    table = run("compare", a, b)
    assert table.exit_code == 0 and "Darchiev" in table.output


def test_one_run_writes_every_format_and_they_agree(pair, tmp_path):
    paths = {fmt: tmp_path / f"report.{fmt}" for fmt in ("csv", "json", "markdown", "html")}
    args = [arg for fmt, path in paths.items() for arg in (f"--{fmt}", str(path))]
    result = run("compare", *pair, *args)
    assert result.exit_code == 0
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    frame = pd.read_csv(paths["csv"])
    assert list(frame["finding"]) == [f["id"] for f in data["findings"]]
    assert list(frame["status"]) == [f["status"] for f in data["findings"]]
    markdown = paths["markdown"].read_text(encoding="utf-8")
    html = paths["html"].read_text(encoding="utf-8")
    for finding in data["findings"]:
        assert f"| {finding['id']} |" in markdown
        assert finding["id"] in html
    assert "2,000" in markdown and "3,000" in html
