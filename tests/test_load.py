"""Loading: decoding, clean-up with stable offsets, front matter, HTML and input errors."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.load import load_source, source_from_text
from reconcile.options import Options
from reconcile.segment import segment

ARTICLE = "MOSCOW — The talks ended on Friday. Both sides will meet again.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def _load(path: str, **options: int) -> object:
    return load_source(path, "a", Options(**options))


@pytest.mark.parametrize(
    ("name", "data", "options", "problem"),
    [
        ("empty.txt", b"", {}, "is empty"),
        ("blank.txt", b" \n\t\r\n  ", {}, "is empty"),
        ("symbols.txt", b"12 + 34 = 46 !!! --- ***\n", {}, "no letters"),
        ("nul.txt", b"Some text\x00\x00 more text", {}, "binary"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", {}, "binary"),
        ("controls.txt", b"ab\x01\x02\x03\x04\x05\x06cd\x0e\x0f\x10\x11", {}, "binary"),
        ("noise.txt", bytes(range(128, 256)) * 8, {}, "cannot be decoded"),
        ("big.txt", ARTICLE.encode() * 10, {"max_bytes": 100}, "too large"),
        ("bad16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", {}, "cannot be decoded as utf-16"),
    ],
)
def test_unusable_file_raises_input_error_naming_it(
    tmp_path: Path, name: str, data: bytes, options: dict[str, int], problem: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError, match=re.escape(path)) as error:
        _load(path, **options)
    assert problem in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "missing.txt")
    with pytest.raises(InputError, match=re.escape(f"{path}: no such file")):
        _load(path)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=re.escape(f"{tmp_path}: is a directory")):
        _load(str(tmp_path))


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    source = _load(_write(tmp_path, "bom.txt", codecs.BOM_UTF8 + ARTICLE.encode()))
    assert source.text == ARTICLE
    assert source.encoding == "utf-8-sig" and source.warnings == ()


def test_utf16_with_bom_is_decoded_with_a_warning(tmp_path: Path) -> None:
    source = _load(_write(tmp_path, "wide.txt", ARTICLE.encode("utf-16")))
    assert source.text == ARTICLE
    assert source.warnings == ("decoded as utf-16 (byte-order mark)",)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_encoding_falls_back_with_a_warning(tmp_path: Path, encoding: str) -> None:
    text = "The café in Zürich served crème brûlée; the naïve façade was renovated.\n"
    source = _load(_write(tmp_path, "legacy.txt", text.encode(encoding)))
    assert source.text == text
    assert source.encoding == "cp1252"
    assert source.warnings == ("not valid UTF-8; decoded as cp1252 (detected)",)


def test_a_few_broken_utf8_bytes_are_marked_not_dropped(tmp_path: Path) -> None:
    text = "Türkiye hosted the talks. “Good progress,” the envoy said. Next round in İzmir.\n"
    data = text.encode().replace(b"Next", b"Ne\xffxt")
    source = _load(_write(tmp_path, "broken.txt", data))
    assert "Ne\ufffdxt round in İzmir." in source.text
    assert source.warnings == ("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD",)


def test_line_endings_and_controls_keep_offsets(tmp_path: Path) -> None:
    raw = "Talks ended.\r\nBoth sides left.\rThey will\x07 meet again.\x0cThe end.\n"
    source = _load(_write(tmp_path, "crlf.txt", raw.encode()))
    assert len(source.text) == len(raw)
    assert "\r" not in source.text and "\x07" not in source.text and "\x0c" not in source.text
    assert source.warnings == ("replaced 1 control character(s) with spaces",)
    statements, _ = segment(source)
    assert [s.text for s in statements] == [
        "Talks ended.",
        "Both sides left.",
        "They will  meet again.",
        "The end.",
    ]
    assert all(raw[s.start : s.end].replace("\x07", " ") == s.text for s in statements)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    source = load_source("-", "b", Options())
    assert (source.id, source.label, source.path, source.text) == ("b", "stdin", "-", ARTICLE)


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode() * 10)))
    with pytest.raises(InputError, match=r"<stdin>: is too large"):
        load_source("-", "b", Options(max_bytes=100))


def test_label_defaults_to_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "story.md", ARTICLE.encode())
    assert load_source(path, "a", Options()).label == "story.md"
    assert load_source(path, "a", Options(), label="Outlet").label == "Outlet"


@pytest.mark.parametrize(
    ("text", "title", "dateline", "published", "first"),
    [
        ("MOSCOW — Talks ended. More later.", None, "MOSCOW", None, "Talks ended."),
        ("WASHINGTON (Reuters) - Talks ended.", None, "WASHINGTON (Reuters)", None, "Talks ended."),
        ("LONDON, Feb 3 (AP) — Talks ended.", None, "LONDON, Feb 3 (AP)", None, "Talks ended."),
        ("KYIV, Ukraine — Talks ended.", None, "KYIV, Ukraine", None, "Talks ended."),
        ("ST. PETERSBURG — Talks ended.", None, "ST. PETERSBURG", None, "Talks ended."),
        ("Kyiv (AFP) – Talks ended.", None, "Kyiv (AFP)", None, "Talks ended."),
        ("NATO — the alliance said so.", None, None, None, "NATO — the alliance said so."),
        ("MOSCOW—Talks ended.", None, "MOSCOW", None, "Talks ended."),
        ("COVID-Related deaths fell.", None, None, None, "COVID-Related deaths fell."),
        ("NATO–Russia ties worsened.", None, None, None, "NATO–Russia ties worsened."),
        ("AHMEDABAD: 17 workers died.", None, "AHMEDABAD", None, "17 workers died."),
        ("Details: The talks ended.", None, None, None, "Details: The talks ended."),
        (
            "Shillong, October 8: The toll rose.",
            None,
            "Shillong, October 8",
            None,
            "The toll rose.",
        ),
        ("Update, note: The toll rose.", None, None, None, "Update, note: The toll rose."),
        # a place the gazetteers know, or one followed by its country, in mixed case
        ("New Delhi: The bank cut rates.", None, "New Delhi", None, "The bank cut rates."),
        (
            "Geneva, Switzerland - The agency met.",
            None,
            "Geneva, Switzerland",
            None,
            "The agency met.",
        ),
        ("Wayanadu, India - The toll rose.", None, "Wayanadu, India", None, "The toll rose."),
        ("Rescues: Two people were saved.", None, None, None, "Rescues: Two people were saved."),
        ("Talks end\n\nISTANBUL\n\nThey ended.", "Talks end", "ISTANBUL", None, "They ended."),
        ("ISTANBUL\nThey ended.", None, "ISTANBUL", None, "They ended."),
        ("UN\nThey ended.", "UN", None, None, "They ended."),
        (
            "Ba concedes\n\n[Dakar, 25th March 2024]\n\nHe conceded.",
            "Ba concedes",
            "Dakar",
            dt.date(2024, 3, 25),
            "He conceded.",
        ),
        ("[Dakar]\nHe conceded.", None, "Dakar", None, "He conceded."),
        (
            "Kazakhstan: Oil firm fires strikers\n\nThe firm fired them.",
            "Kazakhstan: Oil firm fires strikers",
            None,
            None,
            "The firm fired them.",
        ),
        ("Talks end in Istanbul\n\nThe talks ended.", "Talks end in Istanbul", None, None, None),
        ("# Talks end\n\nBERLIN — They ended.", "Talks end", "BERLIN", None, "They ended."),
        ("Talks end\n=========\nThey ended.", "Talks end", None, None, "They ended."),
        (
            "Talks end\nPublished: Feb. 28, 2025 10:32 a.m. ET\nMOSCOW — They ended.",
            "Talks end",
            "MOSCOW",
            dt.date(2025, 2, 28),
            "They ended.",
        ),
        ("2025-03-01\nThe talks ended.", None, None, dt.date(2025, 3, 1), "The talks ended."),
        ("May 2025\nThe talks ended.", "May 2025", None, None, "The talks ended."),
        ("The talks ended.\nThey left.", None, None, None, "The talks ended."),
        (
            "Soldiers killed in 'rebel ambush'\n\nFive soldiers died.",
            "Soldiers killed in 'rebel ambush'",
            None,
            None,
            "Five soldiers died.",
        ),
        ('He said "we won."\nThey left.', None, None, None, 'He said "we won."'),
        ("A single line without a stop", None, None, None, "A single line without a stop"),
        ("- First point\n- Second point", None, None, None, "First point"),
    ],
)
def test_front_matter(
    text: str, title: str | None, dateline: str | None, published: dt.date | None, first: str | None
) -> None:
    source = source_from_text(text, "a", Options())
    assert (source.title, source.dateline, source.published) == (title, dateline, published)
    statements, _ = segment(source)
    assert statements[0].text == (first or text.split("\n")[-1])


HTML = """<!DOCTYPE html>
<html><head><title>Ferry row ends | Example Wire</title>
<meta property="article:published_time" content="2025-02-28T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry row ends after Geneva talks</h1>
<p>BAKU — Ferries between the two Caspian ports will sail again from March 1, officials said on
Thursday after two days of talks in Geneva.</p>
<p>The operators expect about 40 crossings a week once the route reopens.</p>
<p>Passenger numbers fell by 60 per cent during the dispute, the port authority said.</p>
</article>
<footer>Copyright 2025 Example Wire. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


@pytest.mark.parametrize("name", ["story.html", "story.txt"])
def test_html_main_text_and_metadata(tmp_path: Path, name: str) -> None:
    """HTML is recognised by extension or by content, and boilerplate is left out."""
    source = _load(_write(tmp_path, name, HTML.encode()))
    assert (source.title, source.dateline) == ("Ferry row ends after Geneva talks", "BAKU")
    assert source.published == dt.date(2025, 2, 28)
    assert "Copyright" not in source.text and "Sport" not in source.text
    statements, _ = segment(source)
    assert [s.text[:20] for s in statements] == [
        "Ferries between the ",
        "The operators expect",
        "Passenger numbers fe",
    ]


def test_html_fragment() -> None:
    source = source_from_text("<p>Talks ended. They left.</p>", "a", Options())
    assert [s.text for s in segment(source)[0]] == ["Talks ended.", "They left."]


def test_html_without_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.html", b"<html><body><div></div></body></html>")
    with pytest.raises(InputError, match=re.escape(path)):
        _load(path)


def test_source_from_text_checks_like_files() -> None:
    with pytest.raises(InputError, match="Outlet: is empty"):
        source_from_text("   ", "a", Options(), label="Outlet")
    with pytest.raises(InputError, match="source b: is too large"):
        source_from_text(ARTICLE * 10, "b", Options(max_bytes=100))
    with pytest.raises(InputError, match="binary"):
        source_from_text("text\x00text", "a", Options())
    source = source_from_text("\ufeff" + ARTICLE, "a", Options())
    assert (source.label, source.path, source.text) == ("a", None, ARTICLE)


@pytest.mark.parametrize(
    ("text", "byline", "dateline", "first"),
    [
        (
            "Port strike ends\n\nBy Jane Doe, Reuters\n\nVALMORA — The strike ended on Tuesday.",
            "By Jane Doe, Reuters",
            "VALMORA",
            "The strike ended on Tuesday.",
        ),
        (
            "Port strike ends\nBy Ali Khan\nThe strike ended.",
            "By Ali Khan",
            None,
            "The strike ended.",
        ),
        # A sentence that starts with "By" is a claim, not a byline.
        (
            "Port strike ends\nBy Tuesday the port had reopened.\nShips sailed.",
            None,
            None,
            "By Tuesday the port had reopened.",
        ),
    ],
)
def test_byline_is_metadata_not_a_statement(
    text: str, byline: str | None, dateline: str | None, first: str
) -> None:
    source = source_from_text(text, "a", Options())
    assert (source.byline, source.dateline) == (byline, dateline)
    statements, _ = segment(source)
    assert statements[0].text == first
