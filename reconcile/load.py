"""Loading: bytes or text in, a :class:`~reconcile.models.Source` out.

Offsets of statements are code-point offsets into ``Source.text``. For plain text and Markdown
``Source.text`` has exactly the length of the decoded file (after a byte-order mark), so an
offset found in an editor or with ``str.index`` on the decoded file points at the same
character. To keep that true, clean-up never inserts or deletes characters, it only replaces:

- a CRLF pair becomes space + LF and a lone CR becomes LF (line breaks stay line breaks);
- vertical tab, form feed, NEL and the Unicode line/paragraph separators become LF;
- any other control character (C0 except tab and LF, DEL, C1) becomes a space, with a warning
  that says how many were replaced.

HTML is different by nature: ``Source.text`` is the main article text that trafilatura extracts
(navigation, footers and other boilerplate removed), and offsets point into that text.

Headline, a leading date line and the dateline ("MOSCOW —") are metadata, not claims: they stay
in ``Source.text`` but ``Source.body_start`` points past them, so the segmenter skips them.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import sys
from pathlib import Path

from .errors import InputError
from .models import Source
from .options import Options
from .textnorm import DATE_HINT

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

#: Share of control characters above which decoded input is taken for binary data.
BINARY_CONTROL_RATIO = 0.05

#: A headline is at most this long; longer first lines are body text without punctuation.
MAX_HEADLINE_CHARS = 160

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|article|main|section|div|p|meta|title|h1)\b",
    re.IGNORECASE | re.DOTALL,
)

_HTML_ROOT = re.compile(r"<(?:html|body)\b", re.IGNORECASE)

_LINE_BREAKS = str.maketrans({"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n"})
_LINE_BREAKS.update({0x2028: "\n", 0x2029: "\n"})
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

_MD_HEADING = re.compile(r"#{1,6}[ \t]+(?P<title>[^\n]*?\S)(?:[ \t]+#+)?[ \t]*(?=\n|$)")
_SETEXT_RULE = re.compile(r"[ \t]*(?:=+|-+)[ \t]*(?=\n|$)")
_LIST_MARKER = re.compile(r"(?:[-*+•>]|\d{1,2}[.)])\s")

# "MOSCOW —", "WASHINGTON (Reuters) -", "LONDON, Feb 3 (AP) —", "KYIV, Ukraine —",
# "Moscow (AFP) –", "MOSCOW—", "AHMEDABAD:". A mixed-case place needs the agency in brackets to
# count, a colon a place in capitals ("Details:" is no dateline); only an em dash may touch the
# words around it ("COVID-Related" and "NATO–Russia" are no datelines). A place in capitals may
# also stand alone on the first line of the body ("ISTANBUL", then the story).
_PLACE = (
    r"(?P<place>[A-Z][\w.'’]*(?:[ -][A-Za-z][\w.'’]*){0,3})"
    r"(?P<extra>,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.,]+){0,3})?"
    r"(?P<agency>[ \t]*\([A-Z][\w .&/-]{0,30}\))?"
)
_DATELINE = re.compile(
    _PLACE + r"(?:[ \t]*—[ \t]*|[ \t]*–[ \t]+|[ \t]+--?[ \t]+|(?P<colon>[ \t]*:[ \t]+))"
    r"(?=[\"“‘'(]*[A-Z0-9])"
)
_DATELINE_ALONE = re.compile(_PLACE + r"[ \t]*(?:[—–:-][ \t]*)?")  # one way to read each tab
#: "[Dakar, 25th March 2025]" alone on a line: a place (and date) in brackets.
_DATELINE_BRACKETED = re.compile(
    r"[ \t]*\[(?P<place>[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3})"
    r"(?P<rest>,[^\[\]\n]{0,50})?\][ \t]*"
)
_MAX_DATELINE_CHARS = 60
#: "By Jane Doe", "By Jane Doe and Ali Khan, Reuters", "by Staff Reporter": short, no full stop.
_BYLINE = re.compile(r"[ \t]*[Bb]y[ \t]+[A-Z][^\n.!?]{0,100}?[ \t]*")

_DATE_PREFIX = re.compile(
    r"(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?|date)\s*:?\s*",
    re.IGNORECASE,
)
# Words a date line may contain besides numbers: months, weekdays, time zones, "updated".
_DATE_WORDS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|at|on|updated|modified|utc|gmt|msk|[ecmp][sd]?t"
)
_DATE_TOKEN = re.compile(
    r"\b\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}\b"
    r"|\b[ap]\.?m\b\.?|[,|/·•–—-]|\b(?:" + _DATE_WORDS + r")\b\.?",
    re.IGNORECASE,
)
_DATE_DEFAULTS = (dt.datetime(1900, 1, 1), dt.datetime(1904, 2, 2))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def load_source(path: str, source_id: str, options: Options, *, label: str | None = None) -> Source:
    """Read one article from a file (text, Markdown or HTML) or from stdin when ``path`` is "-".

    Raises :class:`InputError` naming the file for anything that cannot be used as an article.
    """
    text, name, encoding, warnings = read_text(path, options)
    return _build(
        text,
        source_id,
        name=name,
        label=label or ("stdin" if path == "-" else Path(path).name),
        path=path,
        encoding=encoding,
        warnings=warnings,
        html=Path(path).suffix.lower() in HTML_SUFFIXES,
    )


def read_text(path: str, options: Options) -> tuple[str, str, str, tuple[str, ...]]:
    """Read and decode a file, or stdin for "-": (text, display name, encoding, warnings).

    The size, emptiness, binary and encoding checks of every input live here.
    """
    if path == "-":
        name = "<stdin>"
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        _check_size(name, len(data), options)
    else:
        name = path
        data = _read_file(Path(path), options)
    if not data.strip():
        raise InputError(f"{name}: is empty")
    text, encoding, warnings = _decode(data, name)
    _reject_binary(text, name)
    return text, name, encoding, warnings


def read_lines(path: str, options: Options) -> tuple[list[str], tuple[str, ...]]:
    """Non-blank lines of a list file (one name per line), stripped, with read warnings."""
    text, name, _, warnings = read_text(path, options)
    text, replaced = _clean(text)
    if replaced:
        warnings = (*warnings, f"{name}: replaced {replaced} control character(s) with spaces")
    return [line.strip() for line in text.split("\n") if line.strip()], warnings


def source_from_text(
    text: str,
    source_id: str,
    options: Options,
    *,
    label: str | None = None,
    path: str | None = None,
) -> Source:
    """Make a source from a string already in memory (plain text, Markdown or HTML).

    The same checks and clean-up as :func:`load_source` apply, except decoding.
    """
    name = label or path or f"source {source_id}"
    size = len(text.encode("utf-8", "surrogatepass"))
    _check_size(name, size, options)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    text = text.removeprefix("\ufeff")
    _reject_binary(text, name)
    return _build(
        text,
        source_id,
        name=name,
        label=label or source_id,
        path=path,
        encoding="utf-8",
        warnings=(),
        html=path is not None and Path(path).suffix.lower() in HTML_SUFFIXES,
    )


def _read_file(path: Path, options: Options) -> bytes:
    name = str(path)
    if not path.exists():
        raise InputError(f"{name}: no such file")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        _check_size(name, path.stat().st_size, options)
        # Read at most one byte past the limit: pipes and special files report no size.
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    _check_size(name, len(data), options)
    return data


def _check_size(name: str, size: int, options: Options) -> None:
    if size > options.max_bytes:
        raise InputError(
            f"{name}: is too large ({size} bytes; the limit is {options.max_bytes} bytes)"
        )


def _decode(data: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (BOM stripped) first, else a detected encoding with a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: cannot be decoded as {encoding}") from exc
            return text, encoding, (f"decoded as {encoding} (byte-order mark)",)
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8-sig", data[len(codecs.BOM_UTF8) :]
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8"), encoding, ()
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes: keep the text, mark the damage, say so.
    repaired = data.decode("utf-8", "replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in repaired if ord(ch) > 127 and ch != "\ufffd")
    if good > bad:
        return repaired, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD",)
    text, detected = _detect(data, name)
    return text, detected, (f"not valid UTF-8; decoded as {detected} (detected)",)


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """Guess a legacy encoding; Windows-1252 wins ties because it is the common Western one."""
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError(f"{name}: cannot be decoded (not UTF-8 and no other text encoding fits)")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    tied = any(r.encoding == "cp1252" and r.chaos <= best.chaos for r in results)
    if western is not None and (tied or str(best) == western):
        return western, "cp1252"
    return str(best), best.encoding


def _clean(text: str) -> tuple[str, int]:
    """Length-preserving clean-up (see the module docstring); returns text and replacements."""
    text = text.replace("\r\n", " \n").translate(_LINE_BREAKS)
    text, count = _CONTROL.subn(" ", text)
    return text, count


def _reject_binary(text: str, name: str) -> None:
    """Raise for text that is really binary data: NUL bytes or many control characters."""
    sample = text[:65536]
    if "\x00" in text or len(_BINARY_CONTROL.findall(sample)) > BINARY_CONTROL_RATIO * len(sample):
        raise InputError(f"{name}: looks like a binary file, not text")


def _build(
    text: str,
    source_id: str,
    *,
    name: str,
    label: str,
    path: str | None,
    encoding: str,
    warnings: tuple[str, ...],
    html: bool,
) -> Source:
    meta_title: str | None = None
    published: dt.date | None = None
    if html or _HTML_START.match(text):
        text, meta_title, published = _extract_html(text, name)
    text, replaced = _clean(text)
    if replaced:
        warnings = (*warnings, f"replaced {replaced} control character(s) with spaces")
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{name}: contains no text (no letters at all)")
    title, byline, dateline, line_date, body_start = front_matter(text, meta_title)
    return Source(
        id=source_id,
        label=label,
        path=path,
        text=text,
        title=title,
        byline=byline,
        dateline=dateline,
        published=published or line_date,
        encoding=encoding,
        warnings=warnings,
        body_start=body_start,
    )


def _extract_html(html: str, name: str) -> tuple[str, str | None, dt.date | None]:
    """Main article text, title and publication date of an HTML page."""
    import trafilatura

    if not _HTML_ROOT.search(html):  # a fragment ("<p>...</p>"): trafilatura needs a document
        html = f"<html><body>{html}</body></html>"
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        # Pages too short for trafilatura's article heuristics: all visible text instead.
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = (doc.title or None) if doc is not None else None
    published = None
    if doc is not None and doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return text, title, published


def front_matter(
    text: str, meta_title: str | None = None
) -> tuple[str | None, str | None, str | None, dt.date | None, int]:
    """Headline, byline, dateline and leading date of an article, and where the body starts.

    A headline is a ``#`` heading, a Setext heading, or a short first line without final
    punctuation that is followed by more text. A byline is a short "By ..." line after it
    (who wrote the story is no claim of the story). A date line is a line made only of date words
    with a year. The dateline is a place in capitals (or a place with an agency in brackets)
    followed by a dash at the very start of the body.
    """
    pos = _skip_space(text, 0)
    title = None
    line_end = _line_end(text, pos)
    line = text[pos:line_end]
    rest = _skip_space(text, line_end)
    heading = _MD_HEADING.match(text, pos, line_end)
    setext = _SETEXT_RULE.match(text, line_end + 1) if line_end < len(text) else None
    if heading and rest < len(text):
        title, pos = heading.group("title"), rest
    elif setext and _skip_space(text, setext.end()) < len(text) and _is_headline(line, None):
        title, pos = line.strip(), _skip_space(text, setext.end())
    elif rest < len(text) and _is_headline(line, meta_title):
        title, pos = line.strip(), rest
    byline_end = _line_end(text, pos)
    byline = _BYLINE.fullmatch(text, pos, byline_end)
    if byline and _skip_space(text, byline_end) < len(text):
        byline, pos = byline.group(0).strip(), _skip_space(text, byline_end)
    else:
        byline = None
    published = None
    date_end = _line_end(text, pos)
    line_date = _date_line(text[pos:date_end])
    if line_date is not None and _skip_space(text, date_end) < len(text):
        published, pos = line_date, _skip_space(text, date_end)
    dateline = None
    line_end = _line_end(text, pos)
    found = _dateline(text, pos, line_end)
    if found is not None and found.re is _DATELINE:
        dateline = text[found.start() : found.end()].rstrip(" \t—–-:")
        pos = found.end()
    elif found is not None and _skip_space(text, line_end) < len(text):  # a line of its own
        if found.re is _DATELINE_BRACKETED:
            dateline = found.group("place")
            published = published or _date_line((found.group("rest") or "").lstrip(", "))
        else:
            dateline = text[found.start() : found.end()].rstrip(" \t—–-:")
        pos = _skip_space(text, line_end)
    return title or meta_title, byline, dateline, published, pos


def _dateline(text: str, pos: int, end: int, known: bool = True) -> re.Match[str] | None:
    """The dateline opening the line ``text[pos:end]`` ("MOSCOW —", "AHMEDABAD:", with
    ``known`` also a place the gazetteers know in mixed case: "New Delhi:", "Geneva,
    Switzerland -") or filling it ("ISTANBUL", "[Dakar, 25th March 2025]"), else None."""
    match = _DATELINE.match(text, pos, end)
    if match and _is_dateline(match, known):
        return match
    alone = _DATELINE_ALONE.fullmatch(text, pos, end)
    if alone and _is_dateline(alone):
        return alone
    return _DATELINE_BRACKETED.fullmatch(text, pos, end)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_headline(line: str, meta_title: str | None) -> bool:
    line = line.strip()
    if meta_title and " ".join(line.split()).casefold() == " ".join(meta_title.split()).casefold():
        return True
    # A closing quote or bracket ends a headline too ("... killed in 'rebel ambush'"); a body
    # sentence has its full stop inside or after it.
    bare = line.rstrip("\"”’'»)")
    return (
        0 < len(line) <= MAX_HEADLINE_CHARS
        and any(ch.isalpha() for ch in line)
        and bare[-1:] not in (*".!?…:;,", "")
        and not _LIST_MARKER.match(line)
        and not _starts_with_dateline(line)
    )


def _starts_with_dateline(line: str) -> bool:
    """Whether a line opens like a dateline or is one ("ISTANBUL", "[Dakar, 25 March]"); a
    mixed-case "Kazakhstan: ..." is a headline."""
    dash = _DATELINE.match(line)
    return _dateline(line, 0, len(line), known=False) is not None or (
        dash is not None and dash.group("colon") is None
    )


def _known_place(match: re.Match[str]) -> bool:
    """A dateline in mixed case, told from a label ("Rescues:", "Update -") by its place: one
    the gazetteers know, or any place followed by its country ("Kozhikode, India -")."""
    from . import gazetteer

    extra = (match.group("extra") or "").strip(", \t")
    return gazetteer.resolve_place(match.group("place")) is not None or (
        bool(extra) and gazetteer.country(extra) is not None
    )


def _is_dateline(match: re.Match[str], known: bool = False) -> bool:
    """Whether a match is a dateline: a place in capitals, with an agency or a date, or (with
    ``known``) a place in mixed case that ``_known_place`` vouches for."""
    if match.end() - match.start() > _MAX_DATELINE_CHARS:
        return False
    place = match.group("place")
    letters = [ch for ch in place if ch.isalpha()]
    capitals = place.upper() == place
    if match.re is _DATELINE_ALONE or match.group("colon"):
        # "Shillong, October 8:" names its date, which no headline or label does.
        dated = match.re is _DATELINE and bool(DATE_HINT.search(match.group("extra") or ""))
        shaped = len(letters) >= 3 and (capitals or dated)
    else:
        shaped = len(letters) >= 2 and (capitals or match.group("agency") is not None)
    return shaped or (known and _known_place(match))


def _date_line(line: str) -> dt.date | None:
    """The date of a line such as "Published: Feb. 28, 2025 10:32 a.m. ET", else None."""
    line = line.strip()
    if not line or len(line) > 80 or not _YEAR.search(line):
        return None
    body = _DATE_PREFIX.sub("", line, count=1) if _DATE_PREFIX.match(line) else line
    rest = _DATE_TOKEN.sub(" ", body)
    if rest.strip(" .,"):
        return None
    first = re.split(r"\s*[|·•]\s*|\s+(?:updated|modified)\b", body, flags=re.IGNORECASE)[0]
    from dateutil import parser

    try:
        # Parsed against two different defaults: a line without day and month gives no date.
        one, two = (
            parser.parse(first, default=d, fuzzy=True, ignoretz=True).date() for d in _DATE_DEFAULTS
        )
    except (ValueError, OverflowError):
        return None
    return one if one == two else None
