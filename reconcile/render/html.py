"""A self-contained HTML report: the articles side by side, coloured by finding.

One file with inline CSS and a few lines of inline JavaScript, no network access, so it can be
mailed or attached as is. Every piece of source text goes through ``html.escape``. The filter
checkboxes hide findings by status; ``only`` sets their initial state, the file itself always
holds every statement so that a reader can switch the rest back on.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..models import Finding, Report, Statement, Status
from .common import (
    difference_text,
    link_texts,
    marker,
    match_text,
    name_rows,
    source_heading,
    statement_finding,
    statement_pieces,
    summary_text,
)

_CSS = """
:root { --agreement: #2e7d32; --partial: #b08800; --discrepancy: #c62828; --unique: #1565c0; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem 1.5rem; color: #1b1b1b; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
h2 { font-size: 1.05rem; margin: .2rem 0; }
.summary { margin: .2rem 0 .6rem; }
.filter label { margin-right: 1rem; white-space: nowrap; cursor: pointer; }
.hint { color: #666; font-size: .85rem; margin: .3rem 0 .8rem; }
.cols { display: grid; gap: 1.2rem; }
.source { border: 1px solid #ddd; border-radius: 6px; padding: .6rem .9rem; max-height: 78vh;
  overflow-y: auto; }
.source .title { font-weight: 600; margin: .1rem 0; }
.source .meta { color: #666; font-size: .8rem; margin-bottom: .5rem; overflow-wrap: anywhere; }
.para { margin: 0 0 .7rem; }
.st { padding: 1px .15rem; border-radius: 3px; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.st.agreement { background: #e8f5e9; }
.st.partial { background: #fff8dc; }
.st.discrepancy { background: #fdecea; }
.st.unique { background: #e8f0fe; }
.st.hl { outline: 2px solid #222; background: #fff3a0; }
.fid { font-size: .68rem; color: #fff; background: #777; border-radius: 3px;
  padding: 0 .2rem; margin-right: .25rem; vertical-align: 1px; }
.agreement .fid { background: var(--agreement); }
.partial .fid { background: var(--partial); }
.discrepancy .fid { background: var(--discrepancy); }
.unique .fid { background: var(--unique); }
mark { padding: 0 .1rem; border-radius: 3px; font-weight: 600; }
mark.d-discrepancy { background: #ef9a9a; }
mark.d-partial { background: #ffe082; }
.hide-agreement .agreement, .hide-partial .partial, .hide-discrepancy .discrepancy,
.hide-unique .unique { display: none; }
.diffs, .names { margin-top: 1rem; }
table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
tr.discrepancy td:first-child { border-left: 3px solid var(--discrepancy); }
tr.partial td:first-child { border-left: 3px solid var(--partial); }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px;
  vertical-align: -1px; }
"""

_JS = """
(function () {
  var body = document.body;
  document.querySelectorAll('.filter input').forEach(function (box) {
    box.addEventListener('change', function () {
      body.classList.toggle('hide-' + box.dataset.status, !box.checked);
    });
  });
  function peers(el) { return document.querySelectorAll('.st[data-f="' + el.dataset.f + '"]'); }
  document.querySelectorAll('.st').forEach(function (st) {
    st.addEventListener('mouseenter', function () {
      peers(st).forEach(function (p) { p.classList.add('hl'); });
    });
    st.addEventListener('mouseleave', function () {
      peers(st).forEach(function (p) { p.classList.remove('hl'); });
    });
    st.addEventListener('click', function () {
      peers(st).forEach(function (p) {
        if (p.closest('.source') !== st.closest('.source')) {
          p.scrollIntoView({block: 'center', behavior: 'smooth'});
        }
      });
    });
  });
})();
"""


def _statement(statement: Statement, finding: Finding | None, source_ids: Sequence[str]) -> str:
    if finding is None:  # not placed by the pipeline: show it plain rather than lose it
        return f'<span class="st" id="{escape(statement.id)}">{escape(statement.text)}</span>'
    notes = {d.kind: difference_text(d, source_ids) for d in finding.differences}
    parts = []
    for piece in statement_pieces(statement, finding.differences):
        if piece.kind is None:
            parts.append(escape(piece.text))
        else:
            status = piece.status.value if piece.status else ""
            parts.append(
                f'<mark class="d-{status}" title="{escape(notes[piece.kind])}">'
                f"{escape(piece.text)}</mark>"
            )
    title = f"{finding.id} {finding.status.value}"
    return (
        f'<span class="st {finding.status.value}" id="{escape(statement.id)}" '
        f'data-f="{escape(finding.id)}" title="{escape(title)}">'
        f'<span class="fid">{escape(finding.id)}</span>{"".join(parts)}</span>'
    )


def _source_column(report: Report, source_id: str, owner: dict[str, Finding]) -> str:
    """A source's statements in reading order, split into paragraphs where the text had them."""
    source = report.source(source_id)
    source_ids = [s.id for s in report.sources]
    out = [f'<section class="source"><h2>{escape(source.id)}: {escape(source.label)}</h2>']
    if source.title:
        out.append(f'<p class="title">{escape(source.title)}</p>')
    meta = [m for m in (source.byline, source.dateline, source.path) if m]
    if meta:
        out.append(f'<div class="meta">{escape(" · ".join(meta))}</div>')
    paragraph: list[str] = []
    previous_end = None
    for statement in report.statements_of(source_id):
        gap = source.text[previous_end : statement.start] if previous_end is not None else ""
        if "\n" in gap and paragraph:
            out.append(f'<p class="para">{" ".join(paragraph)}</p>')
            paragraph = []
        paragraph.append(_statement(statement, owner.get(statement.id), source_ids))
        previous_end = statement.end
    if paragraph:
        out.append(f'<p class="para">{" ".join(paragraph)}</p>')
    out.append("</section>")
    return "\n".join(out)


def _differences_table(report: Report, explain: bool) -> str:
    source_ids = [s.id for s in report.sources]
    rows = []
    for finding in report.findings:
        if not finding.differences and not (explain and finding.links):
            continue
        first = next((ids[0] for ids in finding.statements.values() if ids), "")
        cells = [
            f'<a href="#{escape(first)}">{escape(finding.id)}</a>',
            escape(f"{marker(report, finding)} {finding.status.value}"),
            "<br>".join(escape(difference_text(d, source_ids)) for d in finding.differences),
        ]
        if explain:
            cells.append("<br>".join(escape(t) for t in link_texts(finding)))
        tds = "".join(f"<td>{c}</td>" for c in cells)
        rows.append(f'<tr class="{finding.status.value}">{tds}</tr>')
    if not rows:
        return ""
    head = ["Finding", "Status", "Differences"] + (["Links"] if explain else [])
    ths = "".join(f"<th>{h}</th>" for h in head)
    return (
        '<section class="diffs"><h2>Differences</h2><table>'
        f"<thead><tr>{ths}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></section>"
    )


def _names_table(report: Report) -> str:
    rows = name_rows(report)
    if not rows:
        return ""
    source_ids = [s.id for s in report.sources]
    ths = "".join(f"<th>{escape(h)}</th>" for h in ["Entity", "Type", *source_ids, "Evidence"])
    body = []
    for row in rows:
        forms = dict(row.variants)
        cells = [escape(row.entity.id), escape(row.entity.type)]
        cells += [escape(", ".join(forms.get(sid, ()))) for sid in source_ids]
        cells.append("<br>".join(escape(match_text(e)) for e in row.evidence))
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        '<section class="names"><h2>Names</h2><table>'
        f"<thead><tr>{ths}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table></section>"
    )


def render_html(
    report: Report,
    *,
    only: frozenset[Status] | None = None,
    explain: bool = False,
) -> str:
    """The whole report as one HTML document."""
    hidden = [s for s in Status if only is not None and s not in only]
    counts = report.summary
    boxes = []
    for status in Status:
        checked = "" if status in hidden else " checked"
        swatch = f'<span class="swatch" style="background: var(--{status.value})"></span>'
        boxes.append(
            f'<label><input type="checkbox" data-status="{status.value}"{checked}> '
            f"{swatch} {status.value} ({counts[status.value]})</label>"
        )
    owner = statement_finding(report)
    columns = "\n".join(_source_column(report, s.id, owner) for s in report.sources)
    title = " vs ".join(source_heading(report, s.id) for s in report.sources)
    body_class = " ".join(f"hide-{s.value}" for s in hidden)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reconcile: {escape(title)}</title>
<style>{_CSS}</style>
</head>
<body class="{body_class}">
<header>
<h1>Reconciliation report</h1>
<p class="summary">{escape(summary_text(report))}</p>
<form class="filter">{" ".join(boxes)}</form>
<p class="hint">Hover a statement to light up its counterparts; click it to scroll them into
view. Differing values are marked; hover a mark to see both values.</p>
</header>
<main class="cols" style="grid-template-columns: repeat({len(report.sources)}, minmax(0, 1fr))">
{columns}
</main>
{_differences_table(report, explain)}
{_names_table(report)}
<script>{_JS}</script>
</body>
</html>
"""
