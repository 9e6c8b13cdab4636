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
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO

from sqlalchemy import Connection

from claimledger.domain import Status, days_early_or_late
from claimledger.store import queries
from claimledger.store.queries import ClaimFilter

# The contract columns (DESIGN.md) first, in order; then what an analyst also needs.
CSV_COLUMNS = (
    "claim_id", "article_title", "outlet", "published_on", "url", "speaker", "kind", "quote", "quote_start",
    "quote_end", "deadline_expression", "deadline_earliest", "deadline_latest", "deadline_granularity", "status",
    "status_observed_on", "days_early_or_late", "overdue", "evidence_url", "note", "tags", "updated_at",
    # extensions
    "article_id", "speaker_affiliation", "review", "modality", "condition", "summary", "evidence_quote", "author",
    "as_of",
)
TEXT_COLUMNS = frozenset({
    "article_title", "outlet", "url", "speaker", "kind", "quote", "deadline_expression", "deadline_granularity",
    "status", "evidence_url", "note", "tags", "speaker_affiliation", "review", "modality", "condition", "summary",
    "evidence_quote", "author",
})
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A text cell made inert for spreadsheets (see module doc)."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


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
    }


class ExportService:
    def _report_rows(self, conn: Connection, f: ClaimFilter, sort: str) -> Iterator:
        q = queries.claim_rows_select(f, today=self.today(), with_event=True)
        q = q.order_by(*queries._sort(sort, False, queries.status_as_of(f.as_of)))
        yield from conn.execution_options(stream_results=True, yield_per=2000).execute(q)

    def report(self, f: ClaimFilter = ClaimFilter(), *, sort: str = "id") -> Iterator[dict]:
        as_of = f.as_of or self.today()
        with self._read() as conn:
            for r in self._report_rows(conn, f, sort):
                yield report_record(r, as_of)

    def export_csv(self, out: IO[str], f: ClaimFilter = ClaimFilter(), *, excel: bool = False, sort: str = "id") -> int:
        """Write the CSV report to a text stream opened with newline=''. Returns the row count."""
        if excel:
            out.write("\ufeff")
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(CSV_COLUMNS)
        n = 0
        for rec in self.report(f, sort=sort):
            w.writerow([neutralise(_cell(rec[c])) if c in TEXT_COLUMNS else _cell(rec[c]) for c in CSV_COLUMNS])
            n += 1
        return n

    def export_json(self, out: IO[str], f: ClaimFilter = ClaimFilter(), *, sort: str = "id") -> int:
        """A JSON document: {"as_of", "claims": [...]} with the CSV fields plus outcome history."""
        as_of = f.as_of or self.today()
        out.write('{"as_of": %s, "claims": [' % json.dumps(as_of.isoformat()))
        n = 0
        for rec in self.report(f, sort=sort):
            history = [
                {"status": e.status, "observed_on": e.observed_on.isoformat(), "recorded_at": _cell(e.recorded_at),
                 "author": e.author, "note": e.note, "evidence_url": e.evidence_url,
                 "evidence_quote": e.evidence_quote}
                for e in self.claim(rec["claim_id"], f=ClaimFilter(as_of=f.as_of)).history
            ]
            item = {k: (_cell(v) if isinstance(v, (date, datetime)) else v) for k, v in rec.items()}
            item["history"] = history
            out.write(("," if n else "") + "\n  " + json.dumps(item, ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
        return n
