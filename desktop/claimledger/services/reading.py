"""Use cases that only read: articles, the claims table (paged, filtered, sorted in SQL),
one claim with its history, counts."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

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
from claimledger.store import queries
from claimledger.store.models import Article, Claim, Speaker
from claimledger.store.queries import ClaimFilter

A = Article.__table__
C = Claim.__table__
S = Speaker.__table__


def _published_by(as_of: date | None) -> list:
    return [] if as_of is None else [A.c.published_on <= as_of]


class ReadService:
    def list_articles(self, *, offset: int = 0, limit: int | None = None, as_of: date | None = None,
                      include_rejected: bool = False) -> list[ArticleSummary]:
        """Articles newest first (published date, then id); a page of them with ``limit``. As of
        a date, the articles published after it are left out. ``claim_count`` leaves out
        rejected claims unless ``include_rejected``."""
        counted = queries.ClaimFilter(include_rejected=include_rejected)
        n = select(func.count()).where(C.c.article_id == A.c.id, *queries.visible(counted)).scalar_subquery()
        q = select(A.c.id, A.c.title, A.c.outlet, A.c.url, A.c.published_on, A.c.origin, n.label("claim_count"))
        q = q.where(*_published_by(as_of)).order_by(A.c.published_on.desc(), A.c.id.desc()).offset(offset)
        with self._read() as conn:
            rows = conn.execute(q if limit is None else q.limit(limit)).all()
        return [ArticleSummary(**r._mapping) for r in rows]

    def count_articles(self, *, as_of: date | None = None) -> int:
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(A).where(*_published_by(as_of))).scalar_one()

    def article_position(self, article_id: int, *, as_of: date | None = None) -> int | None:
        """Where the article stands in list_articles' order (0 = newest), None if absent (or
        published after ``as_of``)."""
        with self._read() as conn:
            a = conn.execute(select(A.c.published_on).where(A.c.id == article_id, *_published_by(as_of))).first()
            if a is None:
                return None
            newer = (A.c.published_on > a.published_on) | ((A.c.published_on == a.published_on) & (A.c.id > article_id))
            return conn.execute(select(func.count()).select_from(A).where(newer, *_published_by(as_of))).scalar_one()

    def get_article(self, article_id: int) -> ArticleView:
        q = select(A.c.id, A.c.title, A.c.outlet, A.c.url, A.c.published_on, A.c.origin, A.c.text, A.c.imported_at)
        with self._read() as conn:
            r = conn.execute(q.where(A.c.id == article_id)).first()
        if r is None:
            raise NotFoundError(f"no article with id {article_id}")
        return ArticleView(**r._mapping)

    def list_speakers(self) -> list[tuple[int, str]]:
        """Every speaker, by name. For scripts and exports; the window asks find_speakers."""
        with self._read() as conn:
            return [(r.id, r.name) for r in conn.execute(select(S.c.id, S.c.name).order_by(func.lower(S.c.name)))]

    def find_speakers(self, text: str = "", *, limit: int = 50) -> list[tuple[int, str]]:
        """Speakers matching what an analyst has typed so far (name start first, then a word of
        the name, then anywhere in it): at most ``limit``, however many speakers there are."""
        with self._read() as conn:
            return queries.find_speakers(conn, text=text, limit=limit)

    def top_speakers(self, *, limit: int = 30) -> list[tuple[int, str]]:
        """The speakers with the most claims, most first."""
        with self._read() as conn:
            return queries.top_speakers(conn, limit=limit)

    def speaker_name(self, speaker_id: int) -> str | None:
        with self._read() as conn:
            return conn.execute(select(S.c.name).where(S.c.id == speaker_id)).scalar()

    def count_claims(self, f: ClaimFilter = ClaimFilter()) -> int:
        with self._read() as conn:
            return queries.count_claims(conn, f=f, today=self.today())

    def claims(self, f: ClaimFilter = ClaimFilter(), *, sort: str = "deadline", descending: bool = False,
               offset: int = 0, limit: int | None = 200, total: int | None = None) -> list[ClaimRow]:
        """One page of the claims table, as of ``f.as_of``. Pass ``total`` (from count_claims)
        when paging a long list: pages near its end are then read from the other end."""
        with self._read() as conn:
            rows = queries.fetch_claim_rows(conn, f=f, today=self.today(), sort=sort, descending=descending,
                                            offset=offset, limit=limit, total=total)
        return [ClaimRow.from_row(r) for r in rows]

    def claim(self, claim_id: int, *, f: ClaimFilter = ClaimFilter()) -> ClaimDetail:
        """One claim, whatever its review state or its article's date, with its history and
        status as of ``f.as_of``."""
        with self._read() as conn:
            q = queries.claim_rows_select(ClaimFilter(include_rejected=True), today=self.today()).where(C.c.id == claim_id)
            r = conn.execute(q).first()
            if r is None:
                raise NotFoundError(f"no claim with id {claim_id}")
            events = queries.events_of(conn, claim_id=claim_id)
            more = queries.more_evidence_of(conn, event_ids=[e.id for e in events])
        history = tuple(
            OutcomeView(id=e.id, status=e.status, observed_on=e.observed_on, recorded_at=e.recorded_at, author=e.author,
                        note=e.note, evidence_url=e.evidence_url, evidence_quote=e.evidence_quote,
                        more_evidence=more.get(e.id, ()))
            for e in events if f.as_of is None or e.observed_on <= f.as_of
        )
        row = ClaimRow.from_row(r)
        if f.as_of is not None:  # the status replayed from the events up to then
            status = Status(history[-1].status if history else Status.PENDING.value)
            row = replace(row, status=status.value, overdue=is_overdue(status, row.deadline_latest, f.as_of))
        return ClaimDetail(row=row, modality=r.modality, condition=r.condition, negated=r.negated,
                           confidence=r.confidence, deadline_anchor=r.deadline_anchor, outlet=r.outlet, url=r.url,
                           history=history)

    def counts(self, f: ClaimFilter = ClaimFilter()) -> Counts:
        with self._read() as conn:
            per_status = queries.status_counts(conn, f=f, today=self.today())
        by_status = {s: n for s, (n, _o) in per_status.items()}
        return Counts(total=sum(by_status.values()), by_status=by_status,
                      overdue=sum(o for _n, o in per_status.values()))
