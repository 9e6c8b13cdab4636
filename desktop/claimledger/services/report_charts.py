"""The report's two charts as inline SVG: claims by status, and the deadline timeline.

Both are drawn in user units sized to an A4 text column (``TEXT_WIDTH`` ≈ 180 mm at 96 px/in), so
printed at the column's width a font size of 10 is about 7.5 pt; the page's CSS scales them to the
column (``width:100%``) on paper and never beyond their natural size on screen. Every mark that a
colour distinguishes also says it in words (the status label beside a bar), so the charts read
the same printed in black and white.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from html import escape

from claimledger.domain import Status

STATUS_COLOURS = {
    "pending": "#8a8f98", "in_progress": "#2f6fb3", "stalled": "#b7791f", "fulfilled": "#2f855a",
    "partially_fulfilled": "#68a063", "not_fulfilled": "#c53030", "moot": "#6b46c1", "unverifiable": "#4a5568",
}
TIMELINE_LIMIT = 120
TIMELINE_ROWS = 40      # claims per chart: 40 rows fit a printed page (about 180 mm at the text width)
TEXT_WIDTH = 680       # user units: the width of an A4 text column at 96 px/in (180 mm)
CHAR_WIDTH = 0.62      # DejaVu Sans' average advance, as a share of the font size (for label widths)
TICK_STEPS = (1, 2, 3, 4, 6, 12, 24, 36, 60, 120)  # months between labelled ticks


def status_chart(by_status: dict[str, int]) -> str:
    items = [(s.value, by_status.get(s.value, 0)) for s in Status]
    top = max([n for _, n in items] + [1])
    row_h, width, label_w = 20, TEXT_WIDTH, 150
    h = row_h * len(items) + 6
    parts = [f'<svg class="chart" role="img" aria-label="Claims by status" width="{width}" height="{h}" '
             f'viewBox="0 0 {width} {h}" xmlns="http://www.w3.org/2000/svg">']
    for i, (status, n) in enumerate(items):
        y = i * row_h + 3
        w = 0 if not n else max(2, (width - label_w - 60) * n / top)
        parts.append(f'<text x="{label_w - 8}" y="{y + 13}" font-size="11" text-anchor="end">{escape(Status(status).label)}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" fill="{STATUS_COLOURS[status]}"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 13}" font-size="11">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _month_start(d: date, add: int = 0) -> date:
    m = d.month - 1 + add
    return date(d.year + m // 12, m % 12 + 1, 1)


def axis_ticks(lo: date, hi: date, plot_width: float, *, font_size: float = 10) -> tuple[list[date], str]:
    """The labelled ticks of a date axis from ``lo`` to ``hi``: month starts, every N months, N the
    smallest step whose labels do not touch; labels ``Sep 2021`` or, from a year's step, ``2021``."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    per_month = plot_width / max(months, 1)
    for step in TICK_STEPS:
        fmt = "%Y" if step >= 12 else "%b %Y"
        label_w = len("Sep 2021" if step < 12 else "2021") * CHAR_WIDTH * font_size + 8
        if step * per_month >= label_w:
            break
    first = _month_start(lo, 0 if lo.day == 1 else 1)
    if step >= 12:
        first = date(first.year + (first.month > 1), 1, 1)
        first = date(first.year + (-first.year) % (step // 12), 1, 1)
    elif step > 1:
        first = _month_start(first, (-(first.month - 1)) % step)
    ticks, d = [], first
    while d <= hi:
        ticks.append(d)
        d = _month_start(d, step)
    return ticks, fmt


def _span(dated: Sequence[dict], starts: list[date], ends: list[date]) -> tuple[date, date]:
    """The claims' own span: their deadline windows and observed outcomes (not today, not the
    publication dates), widened to whole months."""
    observed = [r["status_observed_on"] for r in dated if r["status_observed_on"]]
    lo, hi = min(starts + observed), max(ends + observed)
    lo = lo.replace(day=1)
    hi = _month_start(hi, 1) - timedelta(days=1)
    return lo, hi


def timeline(records: Sequence[dict], as_of: date) -> str:
    """The deadline timeline: one chart per ``TIMELINE_ROWS`` claims, each with the same axis (the
    claims' own span) and as-of line, so a chart never runs past a printed page (a chart is a
    picture: it cannot break across pages, and a taller one is cut off at the page's foot)."""
    dated = [r for r in records if r["deadline_latest"] or r["deadline_earliest"]][:TIMELINE_LIMIT]
    if not dated:
        return "<p class=meta>No claim has a deadline.</p>"
    starts = [r["deadline_earliest"] or r["deadline_anchor"] or r["published_on"] for r in dated]
    ends = [r["deadline_latest"] or r["deadline_earliest"] for r in dated]
    lo, hi = _span(dated, starts, ends)
    n = TIMELINE_ROWS
    charts = "".join(f'<div class="chart-box">{_timeline_chart(dated[i:i + n], starts[i:i + n], ends[i:i + n], lo, hi, as_of)}</div>'
                     for i in range(0, len(dated), n))
    more = len([r for r in records if r["deadline_latest"] or r["deadline_earliest"]]) - len(dated)
    note = f"<p class=meta>Showing the first {len(dated)} claims with deadlines; {more} more below.</p>" if more > 0 else ""
    return (charts + "<p class=meta>Bars: deadline windows (faint: vague), the status beside each. ◆ outcome "
            "observed. Dashed line: the as-of date (at the edge when it lies outside the claims' span).</p>" + note)


def _timeline_chart(dated: Sequence[dict], starts: list[date], ends: list[date], lo: date, hi: date, as_of: date) -> str:
    span = max((hi - lo).days, 1)
    label_w, width, row_h, top, fs = 220, TEXT_WIDTH, 16, 26, 9
    status_w = 78  # room right of the plot for the longest status word
    plot = width - label_w - status_w

    def x(d: date) -> float:
        return label_w + plot * min(max((d - lo).days, 0), span) / span

    h = top + row_h * len(dated) + 18
    out = [f'<svg class="chart timeline" role="img" aria-label="Deadline timeline" width="{width}" height="{h}" '
           f'viewBox="0 0 {width} {h}" xmlns="http://www.w3.org/2000/svg">']
    ticks, fmt = axis_ticks(lo, hi, plot, font_size=fs)
    for d in ticks:
        tx = x(d)
        out.append(f'<line x1="{tx:.1f}" y1="{top - 4}" x2="{tx:.1f}" y2="{h - 16}" stroke="#cbd5e0"/>')
        if tx + len(format(d, fmt)) * CHAR_WIDTH * fs <= width:
            out.append(f'<text x="{tx + 2:.1f}" y="{top - 8}" font-size="{fs}" fill="#4a5568">{d:{fmt}}</text>')
    for i, (r, s, e) in enumerate(zip(dated, starts, ends)):
        yy = top + i * row_h
        label = (r["speaker"] or "reporter") + ": " + r["quote"]
        label = label if len(label) <= 36 else label[:35] + "…"
        colour = STATUS_COLOURS.get(r["status"], "#4a5568")
        x0 = x(s)
        w = max(x(e) - x0, 3)
        vague = r["deadline_granularity"] == "vague"
        out.append(f'<text x="{label_w - 6}" y="{yy + 11}" font-size="{fs}" text-anchor="end">#{r["claim_id"]} {escape(label)}</text>'
                   f'<rect x="{x0:.1f}" y="{yy + 2}" width="{w:.1f}" height="{row_h - 5}" rx="2" fill="{colour}" '
                   f'fill-opacity="{0.35 if vague else 0.75}" stroke="{colour}"><title>{escape(r["deadline_expression"] or "")}: '
                   f'{s} – {e}</title></rect>'
                   f'<text x="{label_w + plot + 6}" y="{yy + 11}" font-size="{fs - 1}" fill="#1a202c">'
                   f'{escape(Status(r["status"]).label)}</text>')
        if r["status_observed_on"]:
            ox = x(r["status_observed_on"])
            out.append(f'<path d="M{ox:.1f} {yy} l5 7 l-5 7 l-5 -7 z" fill="#1a202c" stroke="#fff" stroke-width="0.8">'
                       f'<title>{escape(Status(r["status"]).label)} on {r["status_observed_on"]}</title></path>')
    # the as-of date: its line where it falls, else at the edge it lies beyond, with an arrow
    ax = x(as_of)
    text = f"as of {as_of}"
    if as_of > hi:
        text += " →"
    elif as_of < lo:
        text = "← " + text
    tw = len(text) * CHAR_WIDTH * fs
    tx = min(max(ax - tw / 2, label_w), width - tw)
    out.append(f'<line x1="{ax:.1f}" y1="{top - 4}" x2="{ax:.1f}" y2="{h - 14}" stroke="#c53030" stroke-width="1.5" '
               f'stroke-dasharray="4 3"/><text x="{tx:.1f}" y="{h - 3}" font-size="{fs}" fill="#c53030">{text}</text></svg>')
    return "".join(out)
