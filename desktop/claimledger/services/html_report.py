"""A printable, self-contained HTML claim report: inline CSS and SVG, no scripts, no remote loads.

Sections: summary (counts by status as a bar chart, overdue), speakers' track records, a deadline
timeline (windows as bars, outcomes as markers, the as-of date as a line), then one section per
claim with quote, source, deadline and outcome history with evidence links. A longer report
(more than ``CONTENTS_FROM_CLAIMS`` claims: past about three printed pages) opens with a contents
list.

A long report (more than ``COMPACT_FROM`` claims) gives each claim as one compact paragraph
(``_claim_entry``: the same facts, lines apart, one bold header), and more than
``RECORDS_COMPACT_FROM`` speakers' track records come as lines of monospaced text padded into
columns (``_track_records_text``): WeasyPrint lays out and draws every box it is given, and a
printed report of 1,000 claims as nested sections and a table of hundreds of rows took some 30 s;
issue 19 asks for under 10.

The same HTML is the browser report and the PDF (services/pdf_report.py): its ``@page`` and
``@media print`` rules give A4 pages with running headers and footers (the ledger, the as-of
date, "page N of M"), tables sized from their content, charts scaled to the text width, statuses
in words as well as colours (black-and-white printing), and page numbers in the contents list.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from typing import IO
from unicodedata import combining, east_asian_width

from claimledger.domain import Status
from claimledger.services.report_charts import STATUS_COLOURS, status_chart, timeline

__all__ = ["STATUS_COLOURS", "write_html", "elide"]

CONTENTS_FROM_CLAIMS = 8      # more claims than this: a contents list (the report passes ~3 pages)
CONTENTS_CLAIMS_LISTED = 40   # up to this many claims, the contents list names each one
NAME_MAX = 30                 # a track-record name longer than this is elided; the full name is in a note
COMPACT_FROM = 40             # more claims than this: each claim as one compact paragraph (``_claim_entry``)
RECORDS_COMPACT_FROM = 40     # more speakers than this: the track records as lines of text (``_track_records_text``)
RECORD_GROUP = 5              # rows of the track records' text between gaps
RECORDS_TEXT_PT = 7.5         # the track records' text printed (``.records-text`` under @media print)
MONO_ADVANCE = 0.602          # DejaVu Sans Mono's advance width, em (1233/2048)
TEXT_COLUMN_PT = 510.2        # the printed text column: A4's 210 mm less 2 × 15 mm margins, in pt

CSS = """
body{font:10.5pt/1.45 "DejaVu Sans",Arial,sans-serif;color:#1a202c;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:18pt;margin:0 0 .2em}h2{font-size:13pt;border-bottom:2px solid #2d3748;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:11pt;margin:.2em 0}.meta{color:#4a5568}table{border-collapse:collapse;margin:.5em 0}
th,td{border-bottom:1px solid #cbd5e0;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#edf2f7}
th{white-space:nowrap}table.records{border-collapse:separate;border-spacing:0;table-layout:fixed}.records td{white-space:nowrap}.records td+td{text-align:right}
.claim{border:1px solid #cbd5e0;border-radius:4px;padding:.6em .8em;margin:.8em 0;page-break-inside:avoid}
blockquote{margin:.4em 0;padding:.3em .8em;border-left:4px solid #a0aec0;background:#f7fafc;font-style:italic}
.badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:9pt;background:#4a5568}
.overdue{color:#c53030;font-weight:bold}a{color:#2b6cb0}.fact{margin:.1em 0}.k{color:#4a5568;display:inline-block;min-width:6.5em}
ol.history{margin:.3em 0;padding-left:1.4em}ol.history blockquote{margin:.2em 0}.notes{font-size:9pt;color:#4a5568}
svg.chart{max-width:100%;height:auto}svg text{font-family:"DejaVu Sans",Arial,sans-serif}
nav.toc ul{list-style:none;padding-left:0}nav.toc ul ul{padding-left:1.5em}
.entry{white-space:pre-line;margin:.7em 0 0;page-break-inside:avoid}
.records-text{font:8.5pt/1.3 "DejaVu Sans Mono",monospace}pre.rec{font:inherit;margin:0}
.records-text td,.records-text th{border:none;padding:0 0 .4em}.records-text th{padding-bottom:.3em}pre.rec-head{font-weight:bold;border-bottom:1.5px solid #1a202c}
.running{display:none}
@page{size:A4;margin:20mm 15mm 18mm 15mm;
 @top-left{content:string(ledger);font:8pt "DejaVu Sans",sans-serif;color:#4a5568}
 @top-right{content:"as of " string(asof);font:8pt "DejaVu Sans",sans-serif;color:#4a5568}
 @bottom-left{content:string(title);font:8pt "DejaVu Sans",sans-serif;color:#4a5568}
 @bottom-right{content:"page " counter(page) " of " counter(pages);font:8pt "DejaVu Sans",sans-serif;color:#4a5568}}
@media print{
 body{margin:0;max-width:none;padding:0;font-size:9.5pt;line-height:1.35}
 .running{display:block;height:0;margin:0;overflow:hidden;visibility:hidden}
 h1{string-set:title content()}.running .ledger{string-set:ledger content()}.running .asof{string-set:asof content()}
 h2{page-break-after:avoid;break-after:avoid}a{color:#1a202c;text-decoration:none}
 svg.chart{width:100%;max-width:none}.chart-box{break-inside:avoid}
 .badge{display:inline;background:none!important;color:#1a202c;border:1px solid #1a202c;font-weight:bold;font-size:7.5pt;padding:0 .35em}
 .claim{border:none;border-left:3px solid #4a5568;border-radius:0;padding:.1em 0 .1em .6em;margin:.5em 0}
 blockquote{background:none;padding:.1em .6em;border-left:2px solid #a0aec0}
 .k{display:inline;min-width:0;font-weight:bold;color:#1a202c}
 table.records{font-size:8.5pt}table.records-text{font-size:7.5pt}.records-text th{border:none}.entry{margin-top:.55em}th{background:none;border-bottom:1.5px solid #1a202c}
 nav.toc a::after{content:leader(".") target-counter(attr(href),page)}nav.toc a{display:block}
}
"""


CSS += "".join(f".s-{status}{{background:{colour}}}" for status, colour in STATUS_COLOURS.items())

# Advance widths (1/1000 em) of DejaVu Sans and DejaVu Sans Bold for printable ASCII (32-126): the
# track-record table's column widths are computed from its content with these, so the PDF can lay
# it out with ``table-layout: fixed`` (no measuring of every cell) and still fit every name unbroken.
_REGULAR = (318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, *(636,) * 10, 337, 337, 838,
            838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695,
            635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634,
            278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838)
_BOLD = (348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, *(696,) * 10, 400, 400, 838, 838,
         838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720,
         682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343,
         343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838)


def text_width(text: str, *, bold: bool = False) -> float:
    """The width of ``text`` in em set in DejaVu Sans (a character outside ASCII counts as 1 em,
    as wide as DejaVu's widest letters: the estimate errs on the wide side)."""
    table = _BOLD if bold else _REGULAR
    return sum(table[ord(c) - 32] if 32 <= ord(c) < 127 else 1000 for c in text) / 1000


def _badge(status: str) -> str:
    return f'<span class="badge s-{status}">{escape(Status(status).label)}</span>'


def elide(name: str, limit: int = NAME_MAX) -> str:
    """``name`` cut to ``limit`` characters at a word boundary where one is near, ending in "…"."""
    if len(name) <= limit:
        return name
    cut = name[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut).rstrip(" ,;-") + "…"


def _link(url: str | None) -> str:
    if not url:
        return ""
    safe = url if url.lower().startswith(("http://", "https://")) else ""
    return f'<a href="{escape(safe)}">{escape(url)}</a>' if safe else escape(url)


def _deadline(r: dict) -> str:
    """The deadline as written, its window and granularity, and the timeliness of a fulfilled claim."""
    deadline = "—"
    if r["deadline_expression"] or r["deadline_latest"]:
        bounds = " … ".join(str(b) for b in (r["deadline_earliest"], r["deadline_latest"]) if b)
        deadline = f'“{escape(r["deadline_expression"] or "")}” → {bounds} ({escape(r["deadline_granularity"] or "")})'
    if r["days_early_or_late"] is not None:
        d = r["days_early_or_late"]
        deadline += f" — {abs(d)} days {'early' if d < 0 else 'late'}" if d else " — on the deadline day"
    return deadline


def _sources(r: dict) -> list[str]:
    """The claim's article, then each further article reporting it (issue 17), the origin marked."""
    source = escape(r["article_title"]) + (f" — {escape(r['outlet'])}" if r["outlet"] else "") + f", {r['published_on']}"
    if r["url"]:
        source += f" ({_link(r['url'])})"
    lines = [source]
    for v in r.get("reported_by") or ():
        if not v.own or v.origin:
            lines.append(f"{'Origin: ' if v.origin else 'Also: '}{escape(v.title)}"
                         + (f" — {escape(v.outlet)}" if v.outlet else "") + f", {v.published_on}"
                         + (f" ({_link(v.url)})" if v.url else "") + f" — “{escape(v.quote)}”")
    return lines


def _speaker(r: dict) -> str:
    return escape(r["speaker"] or "the reporter") + (f" ({escape(r['speaker_affiliation'])})" if r["speaker_affiliation"] else "")


def _claim_section(r: dict, history: Iterable[tuple]) -> str:
    """``history``: (event, ((url, quote), …)) pairs, oldest first."""
    overdue = ' <span class="overdue">overdue</span>' if r["overdue"] else ""
    items = "".join(
        f"<li><b>{e.observed_on}</b> {_badge(e.status)} {escape(e.note)}"
        + "".join(f" {_link(u)}" for u, _q in evidence if u)
        + (f" <span class=meta>(recorded by {escape(e.author)})</span>" if e.author else "")
        + "".join(f"<blockquote>{escape(q)}</blockquote>" for _u, q in evidence if q) + "</li>"
        for e, evidence in history)
    hist = f'<ol class="history">{items}</ol>' if items else "<p class=meta>No outcome recorded yet.</p>"
    source = "<br>".join(_sources(r))
    speaker = _speaker(r)
    facts = [f"<span class=k>Source</span> {source}", f"<span class=k>Deadline</span> {_deadline(r)}"]
    if r["condition"]:
        facts.append(f'<span class=k>Condition</span> {escape(r["condition"])}')
    if r["summary"]:
        facts.append(f'<span class=k>Summary</span> {escape(r["summary"])}')
    # one paragraph of facts, lines apart: a printed report of 1,000 claims lays out each box it is given
    return (f'<section class="claim" id="claim-{r["claim_id"]}"><h3>#{r["claim_id"]} {_badge(r["status"])}{overdue} '
            f'{escape(r["kind"].capitalize())} by {speaker}</h3><blockquote>{escape(r["quote"])}</blockquote>'
            f'<p class=fact>{"<br>".join(facts)}</p>{hist}</section>')


def _flat(line: str) -> str:
    """One line of a compact entry: the text's own line breaks and runs of spaces made single spaces
    (under ``white-space: pre-line`` they would break the entry's lines)."""
    return " ".join(line.split())


def _claim_entry(r: dict, history: Iterable[tuple]) -> str:
    """A claim in a long report (more than ``COMPACT_FROM`` claims): the same facts as
    ``_claim_section`` — number, status in words, overdue, kind, speaker, quote, sources, deadline
    and timeliness, condition, summary, each outcome with its note, evidence links and quotes and
    who recorded it — as one paragraph of lines (``white-space: pre-line``) with one bold header and
    links as its only other elements. WeasyPrint's cost is per box: a section of nested blocks,
    badges and ``<br>``s (each ``<br>`` an inline box of its own) costs it about three times as much
    to lay out and draw (the listing of 1,000 claims: some 20 CPU s against 6 on the shared machine;
    tests/benchmarks/pdf_speed.py)."""
    history = list(history)
    status = Status(r["status"]).label
    head = (f'#{r["claim_id"]} [{escape(status)}]' + (" overdue" if r["overdue"] else "")
            + f' — {escape(r["kind"].capitalize())} by {_speaker(r)}')
    sources = _sources(r)
    lines = [f"<b>{head}</b>", f'“{escape(r["quote"])}”', "Source: " + sources[0], *sources[1:],
             "Deadline: " + _deadline(r)]
    if r["condition"]:
        lines.append("Condition: " + escape(r["condition"]))
    if r["summary"]:
        lines.append("Summary: " + escape(r["summary"]))
    for e, evidence in history:
        lines.append(f"Outcome {e.observed_on}: {escape(Status(e.status).label)}"
                     + (f" — {escape(e.note)}" if e.note else "")
                     + "".join(f" {_link(u)}" for u, _q in evidence if u)
                     + (f" (recorded by {escape(e.author)})" if e.author else "")
                     + "".join(f" — “{escape(q)}”" for _u, q in evidence if q))
    if not history:
        lines.append("Outcome: none recorded yet")
    return f'<p class="entry" id="claim-{r["claim_id"]}">' + "\n".join(_flat(line) for line in lines) + "</p>"


RECORD_HEADERS = ("Speaker", "Claims", "Fulfilled", "Partly", "Not fulfilled", "Unresolved", "Overdue", "Median days")
CELL_PADDING = 1.0  # em: the cells' .5em either side


def _track_records(track_records) -> str:
    """The table of speakers' records. Its column widths come from its content (the widest name as
    elided, the widest figure, each header in bold), in em of the table's font, so the table is laid
    out with ``table-layout: fixed`` at its natural width: names and headers never break. More than
    ``RECORDS_COMPACT_FROM`` speakers: ``_track_records_text``."""
    track_records = list(track_records)
    if not track_records:
        return "<p class=meta>No speaker has a claim in this report.</p>"
    if len(track_records) > RECORDS_COMPACT_FROM:
        return _track_records_text(track_records)
    rows, notes = [], []
    widths = [text_width(h, bold=True) for h in RECORD_HEADERS]
    for t in track_records:
        name = elide(t.speaker)
        cell = escape(name)
        note = ""
        if name != t.speaker:
            notes.append(t.speaker)
            cell = f'<span title="{escape(t.speaker)}">{cell}</span><sup>{len(notes)}</sup>'
            note = str(len(notes))
        values = _record_values(t)
        widths[0] = max(widths[0], text_width(name) + 0.85 * text_width(note))  # sup: font-size smaller
        for i, v in enumerate(values, 1):
            widths[i] = max(widths[i], text_width(v))
        rows.append(f"<tr><td>{cell}</td><td>{'</td><td>'.join(values)}</td></tr>")
    widths = [round(w + CELL_PADDING + 0.15, 2) for w in widths]  # 0.15 em: rounding and the ligatures' slack
    cols = "".join(f'<col style="width:{w}em">' for w in widths)
    return (f'<table class="records" style="width:{sum(widths):.2f}em"><colgroup>{cols}</colgroup><thead><tr>'
            + "".join(f"<th>{h}</th>" for h in RECORD_HEADERS) + "</tr></thead>"
            f'<tbody>{"".join(rows)}</tbody></table>' + _record_notes(notes))


def _record_values(t) -> tuple[str, ...]:
    median = "" if t.median_days_early_or_late is None else f"{t.median_days_early_or_late:+g}"
    return (str(t.total), str(t.fulfilled), str(t.partially_fulfilled), str(t.not_fulfilled), str(t.unresolved),
            str(t.overdue), median)


def _record_notes(notes: Sequence[str]) -> str:
    note = "".join(f"<sup>{i}</sup> {escape(n)}<br>" for i, n in enumerate(notes, 1))
    return ('<p class="notes">Median days: early (−) or late (+) against the deadline, of the fulfilled claims.'
            + (f"<br>Names shortened above, in full:<br>{note}" if note else "") + "</p>")


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def cells(text: str) -> int:
    """The columns ``text`` takes in a monospaced font: East Asian wide letters two, combining marks none."""
    return sum(0 if combining(c) else 2 if east_asian_width(c) in "WF" else 1 for c in text)


def _track_records_text(track_records: Sequence) -> str:
    """The track records of many speakers: the same columns as lines of text in DejaVu Sans Mono,
    each cell padded to its column's widest (names left, figures right), in groups of
    ``RECORD_GROUP`` rows with a gap between for the eye. A table of hundreds of rows costs
    WeasyPrint a box per cell (400 speakers: about 2.5 CPU s); lines of text cost a tenth of that."""
    notes, names, values = [], [], []
    for t in track_records:
        speaker = _flat(t.speaker)  # a line break in a name would break its row
        name = elide(speaker)
        if name != speaker:
            notes.append(speaker)
            name += str(len(notes)).translate(SUPERSCRIPT)
        names.append(name)
        values.append(_record_values(t))
    gap = "  "
    width = max(cells(n) for n in (*names, RECORD_HEADERS[0]))
    widths = [max(len(h), *(len(v[i]) for v in values)) for i, h in enumerate(RECORD_HEADERS[1:])]

    def line(name: str, figures: Sequence[str]) -> str:
        return (escape(name) + " " * (width - cells(name)) + gap
                + gap.join(f.rjust(w) for f, w in zip(figures, widths))).rstrip()

    # a table of one column: its head line repeats on every printed page, each group of rows one cell
    head = f'<thead><tr><th><pre class="rec rec-head">{line(RECORD_HEADERS[0], RECORD_HEADERS[1:])}</pre></th></tr></thead>'
    rows = [line(n, v) for n, v in zip(names, values)]
    groups = "".join('<tr><td><pre class="rec">' + "\n".join(rows[i:i + RECORD_GROUP]) + "</pre></td></tr>"
                     for i in range(0, len(rows), RECORD_GROUP))
    # a line wider than the printed text column at the print size (wide letters): a smaller size for it
    columns = width + sum(len(gap) + w for w in widths)
    size = ""
    if columns * MONO_ADVANCE * RECORDS_TEXT_PT > TEXT_COLUMN_PT:
        size = f' style="font-size:{TEXT_COLUMN_PT / (columns * MONO_ADVANCE) - 0.05:.2f}pt"'
    return f'<table class="records-text"{size}>{head}<tbody>{groups}</tbody></table>' + _record_notes(notes)


def _contents(records: Sequence[dict]) -> str:
    claims = ""
    if len(records) <= CONTENTS_CLAIMS_LISTED:
        claims = "<ul>" + "".join(
            f'<li><a href="#claim-{r["claim_id"]}">#{r["claim_id"]} {escape(Status(r["status"]).label)} — '
            f'{escape(elide(r["speaker"] or "the reporter", 40))}</a></li>' for r in records) + "</ul>"
    return ('<nav class="toc" id="contents"><h2>Contents</h2><ul>'
            '<li><a href="#summary">Summary</a></li><li><a href="#track-records">Track records</a></li>'
            '<li><a href="#timeline">Deadline timeline</a></li>'
            f'<li><a href="#claims">Claims ({len(records)})</a>{claims}</li></ul></nav>')


def write_html(out: IO[str], *, title: str, records: Sequence[dict], histories: dict[int, Sequence], counts,
               track_records, as_of: date, generated_by: str, ledger_name: str = "") -> int:
    total = counts.total
    contents = _contents(records) if len(records) > CONTENTS_FROM_CLAIMS else ""
    ledger = f"Ledger {escape(ledger_name)} · " if ledger_name else ""
    out.write(f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="{escape(generated_by)}">
<title>{escape(title)}</title><style>{CSS}</style></head><body>
<p class="running"><span class="ledger">{escape(ledger_name or title)}</span><span class="asof">{as_of}</span></p>
<h1>{escape(title)}</h1>
<p class=meta>{ledger}The record as of <b>{as_of}</b> · {total} claims · {counts.overdue} overdue · {escape(generated_by)}</p>
{contents}<h2 id="summary">Summary</h2><div class="chart-box">{status_chart(counts.by_status)}</div>
<h2 id="track-records">Track records</h2>{_track_records(track_records)}
<h2 id="timeline">Deadline timeline</h2>{timeline(records, as_of)}
<h2 id="claims">Claims</h2>
""")
    claim = _claim_entry if len(records) > COMPACT_FROM else _claim_section
    for r in records:
        out.write(claim(r, histories.get(r["claim_id"], ())))
    out.write("</body></html>\n")
    return len(records)
