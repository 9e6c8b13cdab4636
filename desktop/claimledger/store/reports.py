"""The rows of reports, streamed from SQL (a server-side cursor where the database has one), so
that a report of a million claims is never all in memory. The caller owns the transaction."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import Connection

from claimledger.store.search import ClaimFilter, claim_rows_select, events_select, raw_dates, sort_order, status_as_of


def _report_select(f: ClaimFilter, today: date, sort: str, dialect: str):
    q = claim_rows_select(f, today=today, with_event=True, dialect=dialect)
    return q.order_by(*sort_order(sort, False, status_as_of(f.as_of, today)))


def report_rows(conn: Connection, *, f: ClaimFilter, today: date, sort: str) -> Iterator:
    """The claims ``f`` selects with their latest event's fields, in ``sort`` order, one by one."""
    q = _report_select(f, today, sort, conn.dialect.name)
    yield from conn.execution_options(stream_results=True, yield_per=2000).execute(q)


def report_tuples(conn: Connection, *, f: ClaimFilter, today: date, sort: str, size: int = 5000) -> Iterator[list]:
    """``report_rows`` as plain tuples in batches, dates and timestamps as ISO text (``raw_dates``),
    straight from the DBAPI cursor: skipping SQLAlchemy's row objects halves the export time.
    SQLite's cursor reads lazily; elsewhere a server-side cursor fetches ``size`` rows at a time,
    so a million rows are never all in memory."""
    q = raw_dates(_report_select(f, today, sort, conn.dialect.name), conn.dialect.name)
    if conn.dialect.name == "sqlite":
        result = conn.execute(q)
        try:
            while batch := result.cursor.fetchmany(size):
                yield batch
        finally:
            result.close()
        return
    # a named (server-side) cursor of the driver, in this connection's transaction: SQLAlchemy's
    # streaming result would buffer rows of its own ahead of the cursor
    compiled = q.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    cursor = conn.connection.driver_connection.cursor(name="claimledger_report")
    try:
        cursor.execute(str(compiled), compiled.params)
        while batch := cursor.fetchmany(size):
            yield batch
    finally:
        cursor.close()


def event_report_batches(conn: Connection, *, f: ClaimFilter, today: date) -> Iterator[Sequence]:
    """``events_select`` rows (the events of the claims ``f`` selects), streamed in batches."""
    q = events_select(f, today=today, dialect=conn.dialect.name)
    yield from conn.execution_options(stream_results=True, yield_per=2000).execute(q).partitions()


def event_report_rows(conn: Connection, *, f: ClaimFilter, today: date) -> Sequence:
    """Every ``events_select`` row at once (for reports that hold them all, such as HTML)."""
    return conn.execute(events_select(f, today=today, dialect=conn.dialect.name)).all()
