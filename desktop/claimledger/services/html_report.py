"""A printable, self-contained HTML claim report: inline CSS and SVG, no scripts, no remote loads.

Sections: summary (counts by status as a bar chart, overdue), speakers' track records, a deadline
timeline (windows as bars, outcomes as markers, the as-of date as a line), then one section per
claim with quote, source, deadline and outcome history with evidence links.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from html import escape
from typing import IO

from claimledger.domain import Status

STATUS_COLOURS = {
    "pending": "#8a8f98", "in_progress": "#2f6fb3", "stalled": "#b7791f", "fulfilled": "#2f855a",
    "partially_fulfilled": "#68a063", "not_fulfilled": "#c53030", "moot": "#6b46c1", "unverifiable": "#4a5568",
}
TIMELINE_LIMIT = 120

CSS = """
body{font:10.5pt/1.45 "DejaVu Sans",Arial,sans-serif;color:#1a202c;margin:2em auto;max-width:60em;padding:0 1em}
h1{font-size:18pt;margin:0 0 .2em}h2{font-size:13pt;border-bottom:2px solid #2d3748;padding-bottom:.2em;margin-top:1.6em}
h3{font-size:11pt;margin:.2em 0}.meta{color:#4a5568}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border-bottom:1px solid #cbd5e0;padding:.25em .4em;text-align:left;vertical-align:top}th{background:#edf2f7}
td.n{text-align:right;font-variant-numeric:tabular-nums}.claim{border:1px solid #cbd5e0;border-radius:4px;padding:.6em .8em;
margin:.8em 0;page-break-inside:avoid}blockquote{margin:.4em 0;padding:.3em .8em;border-left:4px solid #a0aec0;
background:#f7fafc;font-style:italic}.badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:9pt}
.overdue{color:#c53030;font-weight:bold}a{color:#2b6cb0}dl{display:grid;grid-template-columns:9em 1fr;gap:.1em .6em;margin:.3em 0}
dt{color:#4a5568}dd{margin:0}svg text{font-family:"DejaVu Sans",Arial,sans-serif}
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:#1a202c}}
"""


def _badge(status: str) -> str:
    label = Status(status).label
    return f'<span class="badge" style="background:{STATUS_COLOURS.get(status, "#4a5568")}">{escape(label)}</span>'


def _status_chart(by_status: dict[str, int]) -> str:
    items = [(s.value, by_status.get(s.value, 0)) for s in Status]
    top = max([n for _, n in items] + [1])
    row_h, width, label_w = 20, 560, 150
    parts = [f'<svg role="img" aria-label="Claims by status" width="{width}" height="{row_h * len(items) + 6}" '
             f'viewBox="0 0 {width} {row_h * len(items) + 6}" xmlns="http://www.w3.org/2000/svg">']
    for i, (status, n) in enumerate(items):
        y = i * row_h + 3
        w = 0 if not n else max(2, (width - label_w - 50) * n / top)
        parts.append(f'<text x="{label_w - 8}" y="{y + 13}" font-size="11" text-anchor="end">{escape(Status(status).label)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" fill="{STATUS_COLOURS[status]}"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 13}" font-size="11">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _timeline(records: Sequence[dict], as_of: date) -> str:
    dated = [r for r in records if r["deadline_latest"] or r["deadline_earliest"]][:TIMELINE_LIMIT]
    if not dated:
        return "<p class=meta>No claim has a deadline.</p>"
    starts = [r["deadline_earliest"] or r["deadline_anchor"] or r["published_on"] for r in dated]
    ends = [r["deadline_latest"] or r["deadline_earliest"] for r in dated]
    observed = [r["status_observed_on"] for r in dated if r["status_observed_on"]]
    lo = min(starts + observed + [as_of] + [r["published_on"] for r in dated])
    hi = max(ends + observed + [as_of])
    span = max((hi - lo).days, 1)
    label_w, width, row_h, top = 230, 760, 18, 24
    plot = width - label_w - 12

    def x(d: date) -> float:
        return label_w + plot * (d - lo).days / span

    h = top + row_h * len(dated) + 8
    out = [f'<svg role="img" aria-label="Deadline timeline" width="{width}" height="{h}" viewBox="0 0 {width} {h}" '
           f'xmlns="http://www.w3.org/2000/svg">']
    # month ticks (at most ~12 labels)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = max(1, months // 12)
    y, m = lo.year, lo.month
    for i in range(0, months + 1, step):
        mm = (m - 1 + i) % 12 + 1
        yy = y + (m - 1 + i) // 12
        d = date(yy, mm, 1)
        if lo <= d <= hi:
            out.append(f'<line x1="{x(d):.1f}" y1="{top - 4}" x2="{x(d):.1f}" y2="{h - 4}" stroke="#e2e8f0"/>'
                       f'<text x="{x(d) + 2:.1f}" y="{top - 8}" font-size="9" fill="#4a5568">{d:%b %Y}</text>')
    for i, (r, s, e) in enumerate(zip(dated, starts, ends)):
        yy = top + i * row_h
        label = (r["speaker"] or "reporter") + ": " + r["quote"]
        label = label if len(label) <= 38 else label[:37] + "…"
        colour = STATUS_COLOURS.get(r["status"], "#4a5568")
        x0 = x(s)
        w = max(x(e) - x0, 3)
        vague = r["deadline_granularity"] == "vague"
        out.append(f'<text x="{label_w - 6}" y="{yy + 12}" font-size="9" text-anchor="end">#{r["claim_id"]} {escape(label)}</text>'
                   f'<rect x="{x0:.1f}" y="{yy + 3}" width="{w:.1f}" height="{row_h - 7}" rx="2" fill="{colour}" '
                   f'fill-opacity="{0.35 if vague else 0.75}" stroke="{colour}"><title>{escape(r["deadline_expression"] or "")}: '
                   f'{s} – {e}</title></rect>')
        if r["status_observed_on"]:
            ox = x(r["status_observed_on"])
            out.append(f'<path d="M{ox:.1f} {yy + 1} l5 7 l-5 7 l-5 -7 z" fill="#1a202c"><title>{escape(Status(r["status"]).label)} '
                       f'on {r["status_observed_on"]}</title></path>')
    ax = x(as_of)
    out.append(f'<line x1="{ax:.1f}" y1="{top - 4}" x2="{ax:.1f}" y2="{h}" stroke="#c53030" stroke-dasharray="4 3"/>'
               f'<text x="{ax + 3:.1f}" y="{h - 2}" font-size="9" fill="#c53030">as of {as_of}</text></svg>')
    more = len([r for r in records if r["deadline_latest"] or r["deadline_earliest"]]) - len(dated)
    note = f"<p class=meta>Showing the first {len(dated)} claims with deadlines; {more} more below.</p>" if more > 0 else ""
    legend = " ".join(f'{_badge(s.value)}' for s in Status)
    return "".join(out) + f"<p class=meta>Bars: deadline windows (faint: vague). ◆ outcome observed. Dashed line: as-of date. {legend}</p>" + note


def _link(url: str | None) -> str:
    if not url:
        return ""
    safe = url if url.lower().startswith(("http://", "https://")) else ""
    return f'<a href="{escape(safe)}">{escape(url)}</a>' if safe else escape(url)


def _claim_section(r: dict, history: Iterable[tuple]) -> str:
    """``history``: (event, ((url, quote), …)) pairs, oldest first."""
    deadline = "—"
    if r["deadline_expression"] or r["deadline_latest"]:
        bounds = " … ".join(str(b) for b in (r["deadline_earliest"], r["deadline_latest"]) if b)
        deadline = f'“{escape(r["deadline_expression"] or "")}” → {bounds} ({escape(r["deadline_granularity"] or "")})'
    overdue = ' <span class="overdue">overdue</span>' if r["overdue"] else ""
    timing = ""
    if r["days_early_or_late"] is not None:
        d = r["days_early_or_late"]
        timing = f" — {abs(d)} days {'early' if d < 0 else 'late'}" if d else " — on the deadline day"
    rows = "".join(
        f"<tr><td>{e.observed_on}</td><td>{_badge(e.status)}</td><td>{escape(e.note)}"
        + "".join(f"<blockquote>{escape(q)}</blockquote>" for _u, q in evidence if q)
        + f"</td><td>{'<br>'.join(_link(u) for u, _q in evidence if u)}</td><td>{escape(e.author)}</td></tr>"
        for e, evidence in history)
    hist = (f"<table><tr><th>Observed</th><th>Status</th><th>Note</th><th>Evidence</th><th>By</th></tr>{rows}</table>"
            if rows else "<p class=meta>No outcome recorded yet.</p>")
    source = escape(r["article_title"]) + (f" — {escape(r['outlet'])}" if r["outlet"] else "") + f", {r['published_on']}"
    if r["url"]:
        source += f" ({_link(r['url'])})"
    speaker = escape(r["speaker"] or "the reporter") + (f" ({escape(r['speaker_affiliation'])})" if r["speaker_affiliation"] else "")
    return (f'<section class="claim" id="claim-{r["claim_id"]}"><h3>#{r["claim_id"]} {_badge(r["status"])}{overdue} '
            f'{escape(r["kind"].capitalize())} by {speaker}</h3><blockquote>{escape(r["quote"])}</blockquote>'
            f'<dl><dt>Source</dt><dd>{source}</dd><dt>Deadline</dt><dd>{deadline}{timing}</dd>'
            + (f'<dt>Condition</dt><dd>{escape(r["condition"])}</dd>' if r["condition"] else "")
            + (f'<dt>Summary</dt><dd>{escape(r["summary"])}</dd>' if r["summary"] else "")
            + f"</dl>{hist}</section>")


def write_html(out: IO[str], *, title: str, records: Sequence[dict], histories: dict[int, Sequence], counts,
               track_records, as_of: date, generated_by: str) -> int:
    total = counts.total
    tr_rows = "".join(
        f"<tr><td>{escape(t.speaker)}</td><td class=n>{t.total}</td><td class=n>{t.fulfilled}</td>"
        f"<td class=n>{t.partially_fulfilled}</td><td class=n>{t.not_fulfilled}</td><td class=n>{t.unresolved}</td>"
        f"<td class=n>{t.overdue}</td><td class=n>{'' if t.median_days_early_or_late is None else f'{t.median_days_early_or_late:+g}'}</td></tr>"
        for t in track_records)
    out.write(f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{escape(title)}</title><style>{CSS}</style></head><body>
<h1>{escape(title)}</h1>
<p class=meta>The record as of <b>{as_of}</b> · {total} claims · {counts.overdue} overdue · {escape(generated_by)}</p>
<h2>Summary</h2>{_status_chart(counts.by_status)}
<h2>Track records</h2>
<table><tr><th>Speaker</th><th>Claims</th><th>Fulfilled</th><th>Partly</th><th>Not fulfilled</th><th>Unresolved</th>
<th>Overdue</th><th>Median days early (−) / late (+)</th></tr>{tr_rows}</table>
<h2>Deadline timeline</h2>{_timeline(records, as_of)}
<h2>Claims</h2>
""")
    for r in records:
        out.write(_claim_section(r, histories.get(r["claim_id"], ())))
    out.write("</body></html>\n")
    return len(records)
