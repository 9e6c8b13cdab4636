"""Possible outcomes (table ``suggestion``, migration 0013) and the full-text search that finds
the open claims a new article may report on. The caller owns the transaction.

The candidate search is one full-text query per article: (any actor phrase) AND (any event
word), best first by the index's own ranking (FTS5 ``bm25`` on SQLite, ``ts_rank`` on
PostgreSQL), at most ``limit`` rows; only then are the rows joined to their claims and articles
and kept if open, not rejected, of a forward kind and published on or before the new article.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Connection, Float, Integer, bindparam, column, func, literal_column, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from claimledger.store.fts import CLAIM_SEARCH, TS_CONFIG
from claimledger.store.models import Article, Claim, Speaker, Suggestion

SG = Suggestion.__table__
C = Claim.__table__
A = Article.__table__
S = Speaker.__table__

OPEN, ACCEPTED, DISMISSED = "open", "accepted", "dismissed"
# bm25 weights of claim_fts's columns (quote, summary, tags, speaker, notes): outcome notes say
# nothing about what was claimed
BM25_WEIGHTS = "1.0, 0.6, 0.2, 1.0, 0.0"


def _fts5_phrase(words: Sequence[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def fts5_expression(actors: Iterable[Sequence[str]], events: Iterable[str]) -> str | None:
    """``(actor phrases OR ...) AND (event words OR ...)`` as an FTS5 MATCH expression (every
    word quoted: nothing the article says is an operator); None when either side is empty."""
    a = sorted({_fts5_phrase(p) for p in actors if p})
    e = sorted({_fts5_phrase([w]) for w in events if w})
    if not a or not e:
        return None
    return f"({' OR '.join(a)}) AND ({' OR '.join(e)})"


def _ts_literal(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def ts_expression(actors: Iterable[Sequence[str]], events: Iterable[str]) -> str | None:
    """The same search as a PostgreSQL ``to_tsquery`` expression (phrases as ``<->``)."""
    a = sorted({"(" + " <-> ".join(_ts_literal(w) for w in p) + ")" for p in actors if p})
    e = sorted({_ts_literal(w) for w in events if w})
    if not a or not e:
        return None
    return f"({' | '.join(a)}) & ({' | '.join(e)})"


def _candidate_columns():
    aff = S.alias("aff")
    return aff, [C.c.id, C.c.article_id, C.c.quote, C.c.kind, C.c.deadline_earliest, C.c.deadline_latest,
                 C.c.status, A.c.published_on, A.c.title, S.c.name.label("speaker"), S.c.aliases.label("aliases"),
                 aff.c.name.label("affiliation")]


def candidate_claims(conn: Connection, *, actors: Sequence[Sequence[str]], events: Sequence[str],
                     published_on: date, article_id: int, statuses: Sequence[str], kinds: Sequence[str],
                     limit: int) -> Sequence:
    """The open claims the words may be about: the full-text index's best ``limit`` matches,
    then those of ``kinds`` with a status in ``statuses``, not rejected, of another article
    published on or before ``published_on``. Rows: claim id, article_id, quote, kind, deadline
    bounds, status, the claim article's published_on and title, speaker, aliases, affiliation."""
    aff, cols = _candidate_columns()
    if conn.dialect.name == "sqlite":
        q = fts5_expression(actors, events)
        if q is None:
            return []
        hits = text(f"SELECT rowid AS id, bm25(claim_fts, {BM25_WEIGHTS}) AS rank FROM claim_fts "
                    "WHERE claim_fts MATCH :q ORDER BY rank LIMIT :k").columns(column("id", Integer), column("rank", Float)).subquery("hits")
        stmt = (select(*cols).select_from(
            hits.join(C, C.c.id == hits.c.id).join(A, A.c.id == C.c.article_id)
            .outerjoin(S, S.c.id == C.c.speaker_id).outerjoin(aff, aff.c.id == S.c.affiliation_id))
            .order_by(hits.c.rank))
        params = {"q": q, "k": limit}
    else:
        q = ts_expression(actors, events)
        if q is None:
            return []
        tsq = func.to_tsquery(literal_column(f"'{TS_CONFIG}'::regconfig"), bindparam("q"))
        rank = func.ts_rank(CLAIM_SEARCH, tsq)
        hits = (select(C.c.id.label("id"), rank.label("rank"))
                .where(CLAIM_SEARCH.op("@@")(tsq))
                .order_by(rank.desc()).limit(limit).subquery("hits"))
        stmt = (select(*cols).select_from(
            hits.join(C, C.c.id == hits.c.id).join(A, A.c.id == C.c.article_id)
            .outerjoin(S, S.c.id == C.c.speaker_id).outerjoin(aff, aff.c.id == S.c.affiliation_id))
            .order_by(hits.c.rank.desc()))
        params = {"q": q}
    stmt = stmt.where(C.c.status.in_(list(statuses)), C.c.kind.in_(list(kinds)), C.c.review != "rejected",
                      C.c.article_id != article_id, A.c.published_on <= published_on)
    return conn.execute(stmt, params).all()


def insert_suggestions(conn: Connection, rows: Sequence[dict]) -> int:
    """Insert the rows (claim_id, article_id, start, end, quote, status, observed_on, score,
    created_at); a passage already proposed for the claim (open, accepted or dismissed) is left
    as it is. How many were new."""
    if not rows:
        return 0
    ins = sqlite_insert(SG) if conn.dialect.name == "sqlite" else pg_insert(SG)
    ins = ins.on_conflict_do_nothing(index_elements=["claim_id", "article_id", "start", "end"])
    # RETURNING, not rowcount: psycopg reports -1 for a row skipped by ON CONFLICT DO NOTHING
    return sum(len(conn.execute(ins.values(**r).returning(SG.c.id)).all()) for r in rows)


def _listing():
    return select(SG, A.c.title.label("article_title"), A.c.url.label("article_url"),
                  A.c.published_on.label("article_published_on"), C.c.quote.label("claim_quote"),
                  C.c.deadline_latest.label("deadline_latest")).select_from(
        SG.join(A, A.c.id == SG.c.article_id).join(C, C.c.id == SG.c.claim_id))


def suggestions(conn: Connection, *, states: Sequence[str] = (OPEN,), article_id: int | None = None,
                claim_id: int | None = None, min_score: float = 0.0, limit: int | None = None) -> Sequence:
    """Suggestions, best first (score, then newest article, then id), with their article's title,
    url and date, the claim's quote and deadline."""
    stmt = _listing().where(SG.c.state.in_(list(states)), SG.c.score >= min_score)
    if article_id is not None:
        stmt = stmt.where(SG.c.article_id == article_id)
    if claim_id is not None:
        stmt = stmt.where(SG.c.claim_id == claim_id)
    stmt = stmt.order_by(SG.c.score.desc(), SG.c.article_id.desc(), SG.c.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return conn.execute(stmt).all()


def suggestion_by_id(conn: Connection, *, suggestion_id: int):
    return conn.execute(_listing().where(SG.c.id == suggestion_id)).first()


def set_state(conn: Connection, *, suggestion_id: int, state: str, decided_at: datetime | None,
              event_id: int | None = None) -> None:
    conn.execute(update(SG).where(SG.c.id == suggestion_id)
                 .values(state=state, decided_at=decided_at, event_id=event_id))


def count_open(conn: Connection, *, min_score: float = 0.0) -> int:
    return conn.execute(select(func.count()).select_from(SG)
                        .where(SG.c.state == OPEN, SG.c.score >= min_score)).scalar_one()


def open_counts_by_claim(conn: Connection, *, claim_ids: Sequence[int]) -> dict[int, int]:
    if not claim_ids:
        return {}
    rows = conn.execute(select(SG.c.claim_id, func.count()).where(SG.c.state == OPEN, SG.c.claim_id.in_(list(claim_ids)))
                        .group_by(SG.c.claim_id)).all()
    return {r[0]: r[1] for r in rows}
