"""The printed report (services/pdf_report.py): the seed's report with outcomes recorded, laid out
by WeasyPrint and read back as text (pdftotext -layout) and as pictures (pdftoppm)."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.report_charts import CHAR_WIDTH, TEXT_WIDTH, axis_ticks, timeline
from helpers import SEED

TODAY = date(2026, 11, 28)
AS_OF = date(2021, 9, 1)
LONG = "Ministry of Foreign Affairs of the Islamic Republic of Afghanistan"
poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                             reason="poppler-utils (pdftotext, pdftoppm) not installed: apt-get install poppler-utils")


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """The seed with two outcomes and a long speaker name, built once for the module: its tests
    only read it (a SQLite file: this module is not in `make test-postgres`'s list)."""
    ledger = Ledger.open(tmp_path_factory.mktemp("report") / "report.db", today=TODAY, author="analyst")
    ledger.importer.import_file(SEED)
    rows = {r.quote: r for r in ledger.reader.claims(limit=None)}
    troops = next(r for q, r in rows.items() if "withdraw all foreign troops" in q)
    peace = next(r for q, r in rows.items() if "written peace proposal" in q)
    ledger.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", evidence_url="https://example.org/x")
    ledger.outcomes.record_outcome(peace.id, "not_fulfilled", observed_on="2021-08-15", note="Kabul fell")
    other = next(r for r in rows.values() if r.id not in (troops.id, peace.id) and r.speaker)
    ledger.outcomes.update_claim(other.id, {"speaker": LONG})
    yield ledger
    ledger.close()


@pytest.fixture(scope="module")
def pdf(recorded, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    seen = []
    with open(path, "wb") as out:
        n = recorded.reports.export_pdf(out, ClaimFilter(as_of=AS_OF), title="Afghanistan claims",
                                        progress=lambda done, total, msg: seen.append((done, total, msg)))
    assert n == recorded.reader.count_claims()
    return path, seen


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@poppler
def test_pdf_pages_carry_ledger_as_of_and_page_n_of_m(pdf):
    path, seen = pdf
    assert path.read_bytes().startswith(b"%PDF")
    text, n = _text(path), _pages(path)
    assert n >= 2
    pages = text.split("\f")
    for i, page in enumerate(pages[:n], 1):
        assert f"page {i} of {n}" in page
        assert re.search(r"^report\s+as of 2021-09-01$", page.strip().splitlines()[0]), page[:200]
    assert [d for d, _t, _m in seen if d] and seen[-1][:2] == (n, n)  # pages counted, then the total


@poppler
def test_track_records_rows_on_one_line_headers_whole(pdf, recorded):
    text = _text(pdf[0])
    header = next(line for line in text.splitlines() if line.lstrip().startswith("Speaker"))
    assert re.search(r"Speaker\s+Claims\s+Fulfilled\s+Partly\s+Not fulfilled\s+Unresolved\s+Overdue\s+Median days", header)
    records = recorded.stats.track_records(ClaimFilter(as_of=AS_OF))
    assert len(records) >= 3
    for t in records:
        name = t.speaker if len(t.speaker) <= 30 else None
        numbers = r"\s+".join(str(v) for v in (t.total, t.fulfilled, t.partially_fulfilled, t.not_fulfilled,
                                                 t.unresolved, t.overdue))
        pattern = (re.escape(name) if name else r"\S.*…\d") + r"\s+" + numbers
        assert re.search(pattern, text), (t, pattern)
    # the long name is cut in the table and given whole in the note below it
    assert re.search(r"Ministry of Foreign Affairs…1\s+\d", text)
    assert re.search(r"1\s*" + re.escape(LONG), text.replace("\n", " "))
    assert re.search(r"United States\s+1\s+1\s+0\s+0\s+0\s+0\s+-12", text)


@poppler
def test_contents_lists_sections_with_page_numbers(pdf):
    text = _text(pdf[0])
    assert "Contents" in text
    for section in ("Summary", "Track records", "Deadline timeline", "Claims (15)"):
        assert re.search(re.escape(section) + r"\s*\.{3,}\s*\d+$", text, re.M), section


@poppler
def test_timeline_axis_spans_the_claims_and_nothing_crosses_the_right_margin(pdf, tmp_path):
    path = pdf[0]
    text = _text(path)
    assert re.search(r"Jul 2021\s+Aug 2021\s+Sep 2021", text)
    assert "2026" not in text.split("Deadline timeline", 2)[2].split("Claims", 1)[0]
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "p")], check=True)
    from PIL import Image

    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == _pages(path)
    for png in pngs:
        im = Image.open(png).convert("L")
        w, h = im.size
        band = im.crop((int(w * (1 - 14 / 210)), 0, w, h))  # the right margin is 15 mm of 210
        assert band.getextrema()[0] > 200, f"ink in the right margin of {png.name}"
        assert im.getextrema()[0] < 100  # the page is not blank


def test_axis_labels_never_touch():
    for lo, hi in [(date(2021, 7, 1), date(2021, 9, 30)), (date(2015, 1, 1), date(2026, 12, 31)),
                   (date(2020, 3, 1), date(2022, 2, 28)), (date(2019, 5, 1), date(2019, 5, 31))]:
        for width in (200, 380, 600):
            ticks, fmt = axis_ticks(lo, hi, width, font_size=9)
            assert ticks and all(lo <= t <= hi for t in ticks)
            span = (hi - lo).days
            xs = [width * (t - lo).days / span for t in ticks]
            label = len(format(ticks[0], fmt)) * CHAR_WIDTH * 9
            assert all(b - a > label for a, b in zip(xs, xs[1:])), (lo, hi, width, fmt)


def _record(cid, earliest, latest, status="pending", observed=None):
    return {"claim_id": cid, "deadline_latest": latest, "deadline_earliest": earliest, "deadline_anchor": None,
            "published_on": date(2021, 1, 1), "status_observed_on": observed, "speaker": "X", "quote": "q",
            "status": status, "deadline_granularity": "day", "deadline_expression": "by then"}


def test_timeline_covers_the_claims_span_and_clips_the_as_of_line():
    records = [_record(1, None, date(2021, 3, 31)), _record(2, date(2021, 6, 1), date(2021, 6, 30), "fulfilled",
                                                           date(2021, 6, 20))]
    svg = timeline(records, as_of=date(2026, 11, 28))
    labels = re.findall(r'fill="#4a5568">([^<]+)</text>', svg)
    assert labels and all(s.endswith("2021") for s in labels)
    assert "as of 2026-11-28 →" in svg and "Fulfilled" in svg and "Pending" in svg
    width = int(re.search(r'viewBox="0 0 (\d+)', svg).group(1))
    xs = [float(x) for x in re.findall(r'<line x1="([\d.]+)"', svg)]
    assert max(xs) <= width
    earlier = timeline(records, as_of=date(2020, 1, 1))
    assert "← as of 2020-01-01" in earlier


def test_a_long_timeline_is_split_into_page_sized_charts_on_one_axis():
    from claimledger.services.report_charts import TIMELINE_LIMIT, TIMELINE_ROWS

    records = [_record(i, date(2020, 1, 1) + timedelta(days=7 * i), date(2020, 2, 1) + timedelta(days=7 * i))
               for i in range(1, TIMELINE_LIMIT + 11)]
    html = timeline(records, as_of=date(2022, 1, 1))
    charts = re.findall(r"<svg\b.*?</svg>", html, re.S)
    assert len(charts) == -(-TIMELINE_LIMIT // TIMELINE_ROWS) and "10 more below" in html
    rows = [len(re.findall(r'text-anchor="end">#', c)) for c in charts]
    assert sum(rows) == TIMELINE_LIMIT and max(rows) <= TIMELINE_ROWS
    axes = {tuple(re.findall(r'fill="#4a5568">([^<]+)</text>', c)) for c in charts}
    assert len(axes) == 1 and next(iter(axes))  # every chart: the same ticks, the claims' whole span
    # each chart fits a printed page: the text width is 180 mm, the page's text height 259 mm
    heights = [int(re.search(r'viewBox="0 0 \d+ (\d+)"', c).group(1)) for c in charts]
    assert all(h * 180 / TEXT_WIDTH < 240 for h in heights)


# -- a long report (issue 19: 1,000 claims in under 10 s): compact claims, track records as text ---------

LONG_REPORT = 60  # claims: past COMPACT_FROM; the generator's speakers: past RECORDS_COMPACT_FROM


@pytest.fixture(scope="module")
def long_ledger(tmp_path_factory):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate import articles

    ledger = Ledger.open(tmp_path_factory.mktemp("long") / "long.db", today=TODAY, author="analyst")
    ledger.bulk.bulk_load(articles(LONG_REPORT))
    rows = ledger.reader.claims(limit=None)
    first, second = rows[0], rows[1]
    ledger.outcomes.update_claim(first.id, {"summary": "Two lines\nof summary", "speaker": LONG + " and Partners"})
    ledger.outcomes.record_outcome(second.id, "not_fulfilled", observed_on="2026-01-05", note="It did not\nhappen",
                                   evidence_url="https://example.org/proof", evidence_quote="Nothing was built.")
    yield ledger, first.id, second.id
    ledger.close()


def _long_html(ledger) -> str:
    import io

    buf = io.StringIO()
    ledger.reports.export_html(buf, ClaimFilter(), title="Long report")
    return buf.getvalue()


def test_a_long_report_gives_every_claim_compactly_with_all_its_facts(long_ledger):
    from html import unescape

    from claimledger.domain import Status
    from claimledger.services.html_report import COMPACT_FROM

    ledger, first, second = long_ledger
    html = _long_html(ledger)
    records = list(ledger.reports.report(ClaimFilter()))
    assert len(records) == LONG_REPORT > COMPACT_FROM
    entries = dict(re.findall(r'<p class="entry" id="claim-(\d+)">(.*?)</p>', html, re.S))
    assert '<section class="claim"' not in html and len(entries) == LONG_REPORT
    for r in records:
        text = unescape(re.sub(r"<[^>]+>", "", entries[str(r["claim_id"])]))
        lines = text.split("\n")
        head = f'#{r["claim_id"]} [{Status(r["status"]).label}]' + (" overdue" if r["overdue"] else "")
        assert lines[0].startswith(head) and f'{r["kind"].capitalize()} by {r["speaker"] or "the reporter"}' in lines[0]
        assert lines[1] == f'“{r["quote"]}”'
        assert lines[2].startswith(f'Source: {r["article_title"]}') and str(r["published_on"]) in lines[2]
        deadline = next(line for line in lines if line.startswith("Deadline: "))
        if r["deadline_expression"]:
            assert f'“{r["deadline_expression"]}” → ' in deadline and str(r["deadline_latest"]) in deadline
        assert any(line.startswith("Outcome") for line in lines)
    one = unescape(re.sub(r"<[^>]+>", "", entries[str(first)])).split("\n")
    assert f"by {LONG} and Partners" in one[0] and "Summary: Two lines of summary" in one  # a field's own breaks flattened
    two = entries[str(second)]
    assert '<a href="https://example.org/proof">' in two
    assert re.search(r"Outcome 2026-01-05: Not fulfilled — It did not happen <a [^>]+>https://example.org/proof</a> "
                     r"\(recorded by analyst\) — “Nothing was built.”", two)


def test_many_speakers_track_records_come_as_aligned_text_columns(long_ledger):
    from html import unescape

    from claimledger.services.html_report import RECORD_HEADERS, RECORDS_COMPACT_FROM, cells

    ledger, first, _ = long_ledger
    html = _long_html(ledger)
    records = ledger.stats.track_records(ClaimFilter())
    assert len(records) > RECORDS_COMPACT_FROM and '<table class="records"' not in html
    text = re.search(r'<table class="records-text"[^>]*>(.*?)</table>', html, re.S).group(1)
    lines = [unescape(line) for block in re.findall(r"<pre[^>]*>(.*?)</pre>", text, re.S) for line in block.split("\n")]
    header, rows = lines[0], lines[1:]
    assert re.fullmatch(r"Speaker\s+Claims\s+Fulfilled\s+Partly\s+Not fulfilled\s+Unresolved\s+Overdue\s+Median days",
                        header)
    assert len(rows) == len(records)
    # each figure ends where its header ends (right-aligned), counted in monospaced cells
    ends = [cells(header[:header.index(h) + len(h)]) for h in RECORD_HEADERS[1:]]
    for t, row in zip(records, rows):
        name = t.speaker if len(t.speaker) <= 30 else None
        figures = [str(v) for v in (t.total, t.fulfilled, t.partially_fulfilled, t.not_fulfilled, t.unresolved, t.overdue)]
        assert name is None or row.startswith(name + " "), (t.speaker, row)
        for figure, end in zip(figures, ends):
            assert row[:end].endswith(" " + figure), (row, figure, end)
    assert re.search(r"Ministry of Foreign Affairs…¹ ", "\n".join(rows))  # elided, the note's number after it
    assert f"<sup>1</sup> {LONG} and Partners" in html


def test_cells_counts_wide_letters_twice_and_marks_not_at_all():
    from claimledger.services.html_report import cells

    assert cells("Ana") == 3 and cells("李明") == 4 and cells("Zoë") == 3 and cells("Zoe\u0308") == 3


@poppler
def test_a_long_report_prints_every_claim_and_stays_inside_the_margins(long_ledger, tmp_path):
    ledger = long_ledger[0]
    path = tmp_path / "long.pdf"
    with open(path, "wb") as out:
        n = ledger.reports.export_pdf(out, ClaimFilter(), title="Long report")
    text, pages = _text(path), _pages(path)
    for i, page in enumerate(text.split("\f")[:pages], 1):
        assert f"page {i} of {pages}" in page
    heads = re.findall(r"^\s*#(\d+) \[([^\]]+)\]", text, re.M)
    assert len({cid for cid, _s in heads}) == n == LONG_REPORT
    assert re.search(r"Speaker\s+Claims\s+Fulfilled\s+Partly\s+Not fulfilled\s+Unresolved\s+Overdue\s+Median days", text)
    assert re.search(r"Claims \(60\)\s*\.{3,}\s*\d+$", text, re.M)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(path), str(tmp_path / "p")], check=True)
    from PIL import Image

    for png in sorted(tmp_path.glob("p-*.png")):
        im = Image.open(png).convert("L")
        w, h = im.size
        assert im.crop((int(w * (1 - 14 / 210)), 0, w, h)).getextrema()[0] > 200, f"ink in the right margin of {png.name}"


def test_track_records_text_wider_than_the_printed_column_gets_a_smaller_size():
    from types import SimpleNamespace

    from claimledger.services.html_report import (MONO_ADVANCE, RECORDS_COMPACT_FROM, TEXT_COLUMN_PT, _track_records,
                                                   cells)

    def record(name):
        return SimpleNamespace(speaker=name, total=1, fulfilled=0, partially_fulfilled=0, not_fulfilled=0, unresolved=1,
                               overdue=0, median_days_early_or_late=None)

    short = _track_records([record(f"Ana\n{i}") for i in range(RECORDS_COMPACT_FROM + 1)])
    assert '<table class="records-text">' in short  # fits at the print size: no size of its own
    assert "<pre class=\"rec\">Ana 0  " in short and "Ana\n" not in short  # a name's line break: a space
    wide = _track_records([record("李" * 29 + str(i)) for i in range(RECORDS_COMPACT_FROM + 1)])
    size = float(re.search(r'<table class="records-text" style="font-size:([\d.]+)pt">', wide).group(1))
    line = re.search(r'<pre class="rec">([^\n<]+)', wide).group(1)
    assert cells(line) * MONO_ADVANCE * size <= TEXT_COLUMN_PT
