"""Use cases that only read: articles, the claims table (paged, filtered, sorted in SQL),
one claim with its history, counts."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from claimledger.domain import Status, is_overdue
from claimledger.services.dto import (
    ArticleSummary,
    ArticleView,
    ClaimDetail,
    ClaimRow,
    Counts,
    OutcomeView,
)
from claimledger.services.errors import NotFoundError
from claimledger.services.sources import reporting_articles
from claimledger.store import articles, changes, events, search, speakers
from claimledger.store.claims import claim_rows_by_ids
from claimledger.store.search import ClaimFilter

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork


class Reader:
    """Reads only: articles, speakers, the claims table (paged, filtered, sorted in SQL), one claim, counts."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow
        # the last first page of the claims table read (``claims``): (filter, (sort, descending,
        # today), its rows, whether they are the whole list, the change log's last id then)
        self._first_page: tuple | None = None

    def list_articles(self, *, offset: int = 0, limit: int | None = None, as_of: date | None = None,
                      include_rejected: bool = False) -> list[ArticleSummary]:
        """Articles newest first (published date, then id); a page of them with ``limit``. As of
        a date, the articles published after it are left out. ``claim_count`` leaves out
        rejected claims unless ``include_rejected``."""
        with self.uow.read() as conn:
            rows = articles.article_summaries(conn, offset=offset, limit=limit, as_of=as_of,
                                              include_rejected=include_rejected)
        return [ArticleSummary(**r._mapping) for r in rows]

    def count_articles(self, *, as_of: date | None = None) -> int:
        with self.uow.read() as conn:
            return articles.count_articles(conn, as_of=as_of)

    def article_position(self, article_id: int, *, as_of: date | None = None) -> int | None:
        """Where the article stands in list_articles' order (0 = newest), None if absent (or
        published after ``as_of``)."""
        with self.uow.read() as conn:
            return articles.article_position(conn, article_id=article_id, as_of=as_of)

    def get_article(self, article_id: int) -> ArticleView:
        with self.uow.read() as conn:
            r = articles.article_view(conn, article_id=article_id)
        if r is None:
            raise NotFoundError(f"no article with id {article_id}")
        return ArticleView(**r._mapping)

    def list_speakers(self) -> list[tuple[int, str]]:
        """Every speaker, by name. For scripts and exports; the window asks find_speakers."""
        with self.uow.read() as conn:
            return speakers.speakers_by_name(conn)

    def find_speakers(self, text: str = "", *, limit: int = 50) -> list[tuple[int, str]]:
        """Speakers matching what an analyst has typed so far (name start first, then a word of
        the name, then anywhere in it): at most ``limit``, however many speakers there are."""
        with self.uow.read() as conn:
            return speakers.find_speakers(conn, text=text, limit=limit)

    def top_speakers(self, *, limit: int = 30) -> list[tuple[int, str]]:
        """The speakers with the most claims, most first."""
        with self.uow.read() as conn:
            return speakers.top_speakers(conn, limit=limit)

    def speaker_name(self, speaker_id: int) -> str | None:
        with self.uow.read() as conn:
            return speakers.speaker_name(conn, speaker_id=speaker_id)

    def count_claims(self, f: ClaimFilter = ClaimFilter()) -> int:
        with self.uow.read() as conn:
            return search.count_claims(conn, f=f, today=self.uow.today())

    def claims(self, f: ClaimFilter = ClaimFilter(), *, sort: str = "deadline", descending: bool = False,
               offset: int = 0, limit: int | None = 200, total: int | None = None) -> list[ClaimRow]:
        """One page of the claims table, as of ``f.as_of``. Pass ``total`` (from count_claims)
        when paging a long list: pages near its end are then read from the other end.

        A first page whose search continues the last first page read ("wind", then "wind f":
        ``store.search.narrows``), nothing written since (the change log's last id the same),
        starts with that page's rows that the new words match, asked about those rows alone;
        in the order by deadline the rest is read on from that page's last row, in another order
        all must match (or that page held the whole list). The rows a full read gives, in the
        same order, without walking the index again for a word's tens of thousands of matches
        (at a million claims, "wind" then "wind f": 3 ms against 24 ms). SQLite only: on
        PostgreSQL a full read is as quick (``store.search.narrowing_pays``)."""
        first = offset == 0 and limit is not None and search.narrowing_pays(self.uow.dialect)
        key = (sort, descending, self.uow.today())
        with self.uow.read() as conn:
            page = self._narrowed(conn, f, key, limit) if first else None
            if page is not None:
                return page
            mark = changes.last_change_id(conn) if first else None  # (before the read: see _narrowed)
            rows = ClaimRow.from_rows(search.fetch_claim_rows(conn, f=f, today=key[2], sort=sort, descending=descending,
                                                              offset=offset, limit=limit, total=total))
        if first:
            self._first_page = (f, key, tuple(rows), len(rows) < limit, mark)  # (callers may change their list)
        return rows

    def _narrowed(self, conn, f: ClaimFilter, key: tuple, limit: int) -> list[ClaimRow] | None:
        """The first ``limit`` rows of ``f`` from the last first page read, or None (see ``claims``)."""
        last = self._first_page
        if last is None:
            return None
        before, before_key, rows, whole, mark = last
        sort, descending, today = key
        if before_key != key or not search.narrows(before, f):
            return None
        # the page's rows that the new words match are the new list's first ones; in the order by
        # deadline the rows after them are read from the page's last row on, else all must match
        go_on = not whole and sort == "deadline" and bool(rows)
        if not whole and not go_on and len(rows) < limit:
            return None
        matching = search.claim_ids_matching(conn, ids=[r.id for r in rows], search=f.search, before=before.search,
                                             all_or_none=not whole and not go_on)
        if matching is None:
            return None
        kept = [r for r in rows if r.id in matching]
        if not whole and len(kept) < limit:
            if not go_on:
                return None
            more = ClaimRow.from_rows(search.fetch_claim_rows(conn, f=f, today=today, sort=sort, descending=descending,
                                                              limit=limit - len(kept), after=rows[-1]))
            whole = len(more) < limit - len(kept)
            kept += more
        # read after the rows were (PostgreSQL reads each statement's own snapshot; the mark was
        # read before the page was): the same id, so no read here saw a write the page missed
        if changes.last_change_id(conn) != mark:
            return None
        self._first_page = (f, key, tuple(kept), whole, mark)
        return kept[:limit]

    def claims_by_ids(self, claim_ids, f: ClaimFilter = ClaimFilter()) -> dict[int, ClaimRow]:
        """{id: row} of those of ``claim_ids`` that ``f`` selects, as of ``f.as_of`` (one query):
        an id missing from the answer is not in that list (any more)."""
        with self.uow.read() as conn:
            rows = claim_rows_by_ids(conn, claim_ids=claim_ids, f=f, today=self.uow.today())
        return {r.id: r for r in ClaimRow.from_rows(rows)}

    def claim(self, claim_id: int, *, f: ClaimFilter = ClaimFilter()) -> ClaimDetail:
        """One claim, whatever its review state or its article's date, with its history and
        status as of ``f.as_of``."""
        with self.uow.read() as conn:
            r = search.claim_row_by_id(conn, claim_id=claim_id, today=self.uow.today())
            if r is None:
                raise NotFoundError(f"no claim with id {claim_id}")
            history_rows = events.events_of(conn, claim_id=claim_id)
            more = events.more_evidence_of(conn, event_ids=[e.id for e in history_rows])
            reported_by = reporting_articles(conn, claim_id)
        history = tuple(
            OutcomeView(id=e.id, status=e.status, observed_on=e.observed_on, recorded_at=e.recorded_at, author=e.author,
                        note=e.note, evidence_url=e.evidence_url, evidence_quote=e.evidence_quote,
                        more_evidence=more.get(e.id, ()))
            for e in history_rows if f.as_of is None or e.observed_on <= f.as_of
        )
        row = ClaimRow.from_row(r)
        if f.as_of is not None:  # the status replayed from the events up to then
            status = Status(history[-1].status if history else Status.PENDING.value)
            row = replace(row, status=status.value, overdue=is_overdue(status, row.deadline_latest, f.as_of))
        return ClaimDetail(row=row, modality=r.modality, condition=r.condition, negated=r.negated,
                           confidence=r.confidence, deadline_anchor=r.deadline_anchor, outlet=r.outlet, url=r.url,
                           history=history, sources=reported_by)

    def counts(self, f: ClaimFilter = ClaimFilter()) -> Counts:
        with self.uow.read() as conn:
            per_status = search.status_counts(conn, f=f, today=self.uow.today())
        by_status = {s: n for s, (n, _o) in per_status.items()}
        return Counts(total=sum(by_status.values()), by_status=by_status,
                      overdue=sum(o for _n, o in per_status.values()))

    def table_count(self, f: ClaimFilter = ClaimFilter()) -> tuple[int, Counts | None]:
        """``count_claims(f)`` and, where they cost about as much to read (on PostgreSQL, a
        search: ``store.search.counts_share_the_scan``), ``counts(f)`` from the same statement
        (their total is the count); else None. The claims table counts each new filter: with this the
        status bar's counts need no second read of every match."""
        if search.counts_share_the_scan(self.uow.dialect, f):
            counts = self.counts(f)
            return counts.total, counts
        return self.count_claims(f), None
