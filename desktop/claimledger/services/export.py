"""Use case: claim reports. Rows stream from SQL (Core, server-side cursor) to the file; the
whole report is never held in memory.

CSV: UTF-8, RFC 4180 (``csv`` module, CRLF line ends, minimal quoting), a header row, one row
per claim, ISO 8601 dates. Spreadsheet safety (OWASP "CSV injection"): a *text* cell whose first
character is ``=``, ``+``, ``-``, ``@``, tab or carriage return is written with a leading
apostrophe (``'``), which spreadsheets show as text and never evaluate. Numbers, dates and
booleans the app computes (``days_early_or_late`` may be ``-12``) are not text and are written
as they are. ``excel=True`` adds a UTF-8 byte-order mark so Excel detects the encoding.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, IO

from claimledger.domain import Status, days_early_or_late
from claimledger.store import events, reports, sources
from claimledger.store.search import ClaimFilter

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork
    from claimledger.services.reading import Reader
    from claimledger.services.stats import Stats

# The contract columns (DESIGN.md) first, in order; then what an analyst also needs.
CSV_COLUMNS = (
    "claim_id", "article_title", "outlet", "published_on", "url", "speaker", "kind", "quote", "quote_start",
    "quote_end", "deadline_expression", "deadline_earliest", "deadline_latest", "deadline_granularity", "status",
    "status_observed_on", "days_early_or_late", "overdue", "evidence_url", "note", "tags", "updated_at",
    # extensions
    "article_id", "speaker_affiliation", "review", "modality", "condition", "summary", "evidence_quote", "author",
    "as_of", "sources",
)
TEXT_COLUMNS = frozenset({
    "article_title", "outlet", "url", "speaker", "kind", "quote", "deadline_expression", "deadline_granularity",
    "status", "evidence_url", "note", "tags", "speaker_affiliation", "review", "modality", "condition", "summary",
    "evidence_quote", "author",
})
FORMULA_TRIGGERS = frozenset("=+-@\t\r")


def neutralise(value: str) -> str:
    """A text cell made inert for spreadsheets (see module doc)."""
    return "'" + value if value and value[0] in FORMULA_TRIGGERS else value


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def report_record(r, as_of: date) -> dict:
    """One claim row of a report, keyed by CSV column, as Python values."""
    status = Status(r.status)
    observed = r.status_observed_on
    return {
        "claim_id": r.id, "article_title": r.article_title, "outlet": r.outlet, "published_on": r.published_on,
        "url": r.url, "speaker": r.speaker, "kind": r.kind, "quote": r.quote, "quote_start": r.start,
        "quote_end": r.end, "deadline_expression": r.deadline_expression, "deadline_earliest": r.deadline_earliest,
        "deadline_latest": r.deadline_latest, "deadline_granularity": r.deadline_granularity, "status": r.status,
        "status_observed_on": observed,
        "days_early_or_late": days_early_or_late(status, observed, r.deadline_latest),
        "overdue": bool(r.overdue), "evidence_url": r.evidence_url, "note": r.note, "tags": r.tags,
        "updated_at": r.updated_at, "article_id": r.article_id, "speaker_affiliation": r.speaker_affiliation,
        "review": r.review, "modality": r.modality, "condition": r.condition, "summary": r.summary,
        "evidence_quote": r.evidence_quote, "author": r.author, "as_of": as_of,
        "deadline_anchor": r.deadline_anchor, "speaker_kind": r.speaker_kind,
    }


_FULFILMENTS = ("fulfilled", "partially_fulfilled")


def _iso(v) -> str | None:
    """A date or timestamp as ISO 8601 (second precision), from a date object or stored text."""
    if v is None:
        return None
    if isinstance(v, str):
        return v if len(v) <= 10 else v[:10] + "T" + v[11:19]
    return _cell(v)


def _csv_row(r, as_of: str) -> list:
    """The hot loop of the CSV export: one row in CSV_COLUMNS order, text cells neutralised.
    Dates arrive as ISO text already (``store.search.raw_dates``); only the timestamp may need
    its form changed (SQLite stores ``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    (cid, article_id, title, outlet, url, published, speaker, _skind, affiliation, _sid, kind, quote, start, end,
     summary, modality, condition, _neg, review, _conf, expression, _anchor, earliest, latest, granularity, tags,
     _version, _created, updated, status, overdue, observed, evidence_url, evidence_quote, note, author) = r
    days = None
    if status in _FULFILMENTS and observed is not None and latest is not None:
        days = (date.fromisoformat(observed) - date.fromisoformat(latest)).days
    t = FORMULA_TRIGGERS
    return [
        cid, title if not title or title[0] not in t else "'" + title,
        outlet if not outlet or outlet[0] not in t else "'" + outlet, published,
        url if not url or url[0] not in t else "'" + url,
        speaker if not speaker or speaker[0] not in t else "'" + speaker, kind,
        quote if not quote or quote[0] not in t else "'" + quote, start, end,
        expression if not expression or expression[0] not in t else "'" + expression,
        earliest, latest, granularity, status, observed, days, "true" if overdue else "false",
        evidence_url if not evidence_url or evidence_url[0] not in t else "'" + evidence_url,
        note if not note or note[0] not in t else "'" + note,
        tags if not tags or tags[0] not in t else "'" + tags,
        updated if updated is None or (len(updated) == 19 and updated[10] == "T") else _iso(updated), article_id,
        affiliation if not affiliation or affiliation[0] not in t else "'" + affiliation, review,
        modality if not modality or modality[0] not in t else "'" + modality,
        condition if not condition or condition[0] not in t else "'" + condition,
        summary if not summary or summary[0] not in t else "'" + summary,
        evidence_quote if not evidence_quote or evidence_quote[0] not in t else "'" + evidence_quote,
        author if not author or author[0] not in t else "'" + author, as_of,
    ]


EVENT_COLUMNS = ("event_id", "claim_id", "status", "observed_on", "recorded_at", "author", "note", "evidence_url",
                 "evidence_quote", "quote", "speaker", "article_title", "published_on", "deadline_latest",
                 "more_evidence")
EVENT_TEXT = frozenset({"status", "author", "note", "evidence_url", "evidence_quote", "quote", "speaker", "article_title",
                        "more_evidence"})


def _csv_rows(w, columns, text_columns, records) -> int:
    n = 0
    for rec in records:
        w.writerow([neutralise(_cell(rec[c])) if c in text_columns else _cell(rec[c]) for c in columns])
        n += 1
    return n


class Reports:
    """Claim reports: CSV (claims or outcome events), ClaimReview JSON-LD, HTML."""

    def __init__(self, uow: UnitOfWork, *, reader: Reader, stats: Stats):
        self.uow = uow
        self.reader = reader
        self.stats = stats

    def report(self, f: ClaimFilter = ClaimFilter(), *, sort: str = "id") -> Iterator[dict]:
        """The report's records, streamed from SQL, as of ``f.as_of`` (default today)."""
        as_of = f.as_of or self.uow.today()
        with self.uow.read() as conn:
            for r in reports.report_rows(conn, f=f, today=self.uow.today(), sort=sort):
                yield report_record(r, as_of)

    def export_csv(self, out: IO[str], f: ClaimFilter = ClaimFilter(), *, excel: bool = False, sort: str = "id") -> int:
        """Write the CSV report (one row per claim) to a text stream opened with newline=''."""
        if excel:
            out.write("\ufeff")
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(CSV_COLUMNS)
        as_of = (f.as_of or self.uow.today()).isoformat()
        n = 0
        with self.uow.read() as conn:
            linked = sources.has_sources(conn)  # most ledgers: no claim reported twice, no lookups
            for batch in reports.report_tuples(conn, f=f, today=self.uow.today(), sort=sort):
                # sources: the articles reporting the claim, its own included (issue 17)
                more = sources.source_counts(conn, claim_ids=[r[0] for r in batch]) if linked else {}
                w.writerows([[*_csv_row(r, as_of), 1 + more.get(r[0], 0)] for r in batch])
                n += len(batch)
        return n

    def export_events_csv(self, out: IO[str], f: ClaimFilter = ClaimFilter(), *, excel: bool = False) -> int:
        """The audit CSV: one row per outcome event of the selected claims (observed up to as-of)."""
        if excel:
            out.write("\ufeff")
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(EVENT_COLUMNS)
        n = 0
        with self.uow.read() as conn:
            for batch in reports.event_report_batches(conn, f=f, today=self.uow.today()):
                more = events.more_evidence_of(conn, event_ids=[r.event_id for r in batch])
                n += _csv_rows(w, EVENT_COLUMNS, EVENT_TEXT, (
                    dict(r._mapping, more_evidence="\n".join(f"{u} | {q}" if q else u for u, q in more.get(r.event_id, ())))
                    for r in batch))
        return n

    def export_claimreview(self, out: IO[str], f: ClaimFilter = ClaimFilter()) -> int:
        from claimledger.services.claimreview import write_claimreview

        records = ({k: _cell(v) if isinstance(v, (date, datetime)) else v for k, v in rec.items()} for rec in self.report(f))
        return write_claimreview(out, records, reviewer=self.uow.author)

    def export_html(self, out: IO[str], f: ClaimFilter = ClaimFilter(), *, title: str = "Claim report") -> int:
        from claimledger.services.html_report import write_html

        records = list(self.report(f, sort="deadline"))
        histories: dict[int, list] = {}
        with self.uow.read() as conn:
            if sources.has_sources(conn):  # the further articles reporting each claim (issue 17)
                from claimledger.services.sources import reporting_articles

                ids = [r["claim_id"] for r in records]
                counted = {}
                for i in range(0, len(ids), 500):
                    counted |= sources.source_counts(conn, claim_ids=ids[i:i + 500])
                for r in records:
                    if r["claim_id"] in counted:
                        r["reported_by"] = reporting_articles(conn, r["claim_id"])
            rows = reports.event_report_rows(conn, f=f, today=self.uow.today())
            more = events.more_evidence_of(conn, event_ids=[e.event_id for e in rows])
        for e in rows:  # (event, every (url, quote) of its evidence)
            first = ((e.evidence_url, e.evidence_quote),) if e.evidence_url or e.evidence_quote else ()
            histories.setdefault(e.claim_id, []).append((e, first + more.get(e.event_id, ())))
        return write_html(out, title=title, records=records, histories=histories, counts=self.reader.counts(f),
                          track_records=self.stats.track_records(f), as_of=f.as_of or self.uow.today(),
                          generated_by=f"Claim Ledger, {self.uow.author}", ledger_name=self.ledger_name())

    def ledger_name(self) -> str:
        """What the printed report calls the ledger: the SQLite file's name without ``.db``, else the
        database's name on the server."""
        from pathlib import PurePath

        from sqlalchemy.engine import make_url

        location = self.uow.location
        if "://" not in location:
            return PurePath(location).stem
        return make_url(location).database or location

    def export_pdf(self, out: IO[bytes], f: ClaimFilter = ClaimFilter(), *, title: str = "Claim report",
                   progress=None) -> int:
        """The HTML report laid out as A4 PDF (services/pdf_report.py) into a binary stream; returns
        the number of claims. ``progress(done, total, message)`` hears of each page laid out."""
        from claimledger.services.pdf_report import write_pdf

        html = io.StringIO()
        n = self.export_html(html, f, title=title)
        if progress:
            progress(0, 0, f"Laying out the report of {n:,} claims…")
        write_pdf(html.getvalue(), out, title=title, progress=progress)
        return n
