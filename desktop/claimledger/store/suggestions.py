"""Possible outcomes (table ``suggestion``, migration 0013) and the full-text search that finds
the open claims a new article may report on. The caller owns the transaction.

The candidate search (its policy is ``services.suggestions.candidates``) is made of bounded
reads: a search tree (phrases under AND / OR) rendered as an FTS5 MATCH expression on SQLite or
as ``to_tsquery`` expressions on PostgreSQL (one ``@@`` test per part of a top-level AND);
:func:`candidate_ids` reads the newest matching claims that are open, of a forward kind, not
rejected and from an earlier article (the filters joined before the LIMIT, so closed claims
never take the places); :func:`match_counts` counts a word's claims up to a cap;
:func:`held_words` tells which words some claim holds at all; inside :func:`custom_plans`
PostgreSQL plans each of these statements for its own words. Nothing is ranked by the index:
FTS5's bm25 first counts the rows of every word of the search in the whole index, which for
common words at a million claims is most of a second.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, case, func, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from claimledger.store import tables
from claimledger.store.fts import CLAIM_SEARCH, TS_CONFIG

SG = tables.suggestion
C = tables.claim
A = tables.article
S = tables.speaker

OPEN, ACCEPTED, DISMISSED = "open", "accepted", "dismissed"


def _fts5_phrase(words: Sequence[str]) -> str:
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _ts_literal(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _candidate_columns():
    aff = S.alias("aff")
    return aff, [C.c.id, C.c.article_id, C.c.quote, C.c.kind, C.c.deadline_expression, C.c.deadline_earliest,
                 C.c.deadline_latest, C.c.status, A.c.published_on, A.c.title, S.c.name.label("speaker"),
                 S.c.aliases.label("aliases"), aff.c.name.label("affiliation")]


# -- the candidate search ---------------------------------------------------------------------
# A search is a tree: a phrase (a tuple of words), a prefix ("*", "releas": any word starting so),
# or ("and", [parts]) / ("or", [parts]).
Expr = tuple


def _node(e: Expr) -> bool:
    return len(e) == 2 and isinstance(e[1], list)


def _prefix(e: Expr) -> bool:
    return len(e) == 2 and e[0] == "*" and isinstance(e[1], str)


def _fts5(e: Expr) -> str:
    if _node(e):
        op = " AND " if e[0] == "and" else " OR "
        return "(" + op.join(_fts5(x) for x in e[1]) + ")"
    if _prefix(e):
        return _fts5_phrase([e[1]]) + "*"
    return _fts5_phrase(e)


def _ts(e: Expr) -> str:
    if _node(e):
        op = " & " if e[0] == "and" else " | "
        return "(" + op.join(_ts(x) for x in e[1]) + ")"
    if _prefix(e):
        return _ts_literal(e[1]) + ":*"
    return "(" + " <-> ".join(_ts_literal(w) for w in e) + ")"


def _conjuncts(e: Expr) -> list[Expr]:
    """The searches whose AND the search is: the parts of a top-level AND (and of ANDs in it),
    else the search itself."""
    if _node(e) and e[0] == "and":
        return [x for part in e[1] for x in _conjuncts(part)]
    return [e]


def _width(e: Expr) -> int:
    """How many words (and prefixes) a search names."""
    if _node(e):
        return sum(_width(x) for x in e[1])
    return 1 if _prefix(e) else len(e)


def _ts_where(e: Expr, name: str, params: dict) -> str:
    """``claim.search`` matching the search, as one ``@@`` test per part of its top-level AND
    (their tsquery texts put in ``params`` as ``name``_0, _1 …), the parts of fewest words
    first. The same rows as one test of the whole: the parts share no phrase. Faster: GIN reads
    one scan key per ``@@`` and skips from one key's next match to the next key's (a leapfrog),
    where for one tsquery of ANDed OR groups it checks every claim holding any word of the group
    of its rarest words against the whole query (at a million generated claims, 100k claims each
    time: a search of three such groups took 110 ms as one test, 45 ms as four). The first key
    is read most often, and a key of many words costs more per read: with the names (a few words)
    after the single event words, suggest_speed.py's article took 100 ms instead of 120."""
    out = []
    for i, part in enumerate(sorted(_conjuncts(e), key=_width)):
        params[f"{name}_{i}"] = _ts(part)
        out.append(f"claim.search @@ to_tsquery('{TS_CONFIG}'::regconfig, :{name}_{i})")
    return " AND ".join(out)


def _other_article(earlier: bool) -> str:
    """How a candidate claim's article id compares with the matched article's: another article,
    or (``earlier``) one stored before it."""
    return "<" if earlier else "!="


def match_counts(conn: Connection, exprs: Sequence[Expr], *, cap: int, article_id: int = 0,
                 earlier: bool = False) -> list[int]:
    """How many claims each search of ``exprs`` matches, not counting article ``article_id``'s own
    (the article being matched; with ``earlier``, counting only the claims of articles stored
    before it: lower ids), counted up to ``cap`` (the index reads at most ``cap`` entries per
    search: a word in half a million claims costs as much as one in ``cap``); one statement for
    them all."""
    out: list[int] = []
    for i in range(0, len(exprs), 100):
        chunk = exprs[i:i + 100]
        if conn.dialect.name == "sqlite":
            one = ("(SELECT count(*) FROM (SELECT rowid FROM claim_fts WHERE claim_fts MATCH :q{} "
                   # (the complement of _other_article, read as the few rows to leave out)
                   f"AND rowid NOT IN (SELECT id FROM claim WHERE article_id {'>=' if earlier else '='} :a) LIMIT :k))")
            params = {f"q{j}": _fts5(e) for j, e in enumerate(chunk)}
            sql = "SELECT " + ", ".join(one.format(j) for j in range(len(chunk)))
        else:
            params = {}
            sql = "SELECT " + ", ".join(
                f"(SELECT count(*) FROM (SELECT 1 FROM claim WHERE {_ts_where(e, f'q{j}', params)} "
                f"AND claim.article_id {_other_article(earlier)} :a LIMIT :k) AS m)" for j, e in enumerate(chunk))
        params.update(k=cap, a=article_id)
        row = conn.execute(text(sql), params).one()
        out.extend(int(n) for n in row)
    return out


def common_words(conn: Connection) -> set[str]:
    """Words the planner's statistics find in many claims (PostgreSQL: the most common elements
    of ``claim.search``, as of the last ANALYZE; SQLite: none)."""
    if conn.dialect.name != "postgresql":
        return set()
    found = conn.execute(text("SELECT most_common_elems::text::text[] FROM pg_stats "
                              "WHERE tablename = 'claim' AND attname = 'search' AND schemaname = current_schema()")).scalar()
    return set(found or ())


def held_words(conn: Connection, words: Sequence[str]) -> set[str]:
    """The words of ``words`` that some claim's search vector holds, wherever the claim is (its
    status, kind and article are not asked). Only a word of ASCII letters and digits is asked
    (the index holds it as it is written); any other word, and on SQLite every word, is returned
    as held. One statement: each word a lookup in the index, and for a word in many claims the
    reading of all of them (a few milliseconds for one in 100,000 claims: see
    :func:`common_words`)."""
    if conn.dialect.name != "postgresql":
        return set(words)
    ask = [w for w in words if w.isascii() and w.isalnum() and len(w) <= 64]
    held = set(words) - set(ask)
    if ask:
        with _index_only(conn):
            held.update(conn.execute(text(
                "SELECT w FROM unnest(CAST(:words AS text[])) AS w WHERE EXISTS (SELECT FROM claim WHERE "
                f"claim.search @@ to_tsquery('{TS_CONFIG}'::regconfig, quote_literal(w)))"), {"words": ask}).scalars())
    return held


@contextmanager
def custom_plans(conn: Connection) -> Iterator[None]:
    """Inside: PostgreSQL plans every statement for its own values, also one that psycopg has
    prepared (after five runs of the same text; the server may then keep one plan for any
    values). Such a plan reckons each ``@@`` test of a search it does not know true for one
    claim in 200, two of them for 25 claims of a million, and reads every match through the
    index and sorts them: at a million claims, from the eleventh article whose searches had the
    same shape, 3 s for the whole article's search that the newest claims answer in 10 ms.
    SQLite: nothing."""
    if conn.dialect.name != "postgresql":
        yield
        return
    with _settings(conn, plan_cache_mode="force_custom_plan"):
        yield


@contextmanager
def _index_only(conn: Connection) -> Iterator[None]:
    """Inside: statements read claims through the full-text index (no scan of the table or of
    another index) and are not compiled (JIT). The planner reckons a word it has no statistics
    for in a claim of a thousand, and one such claim found sooner by reading the table in
    order: for a word no claim holds, all of it (0.5 s at a million claims), where the index
    answers at once."""
    with _settings(conn, enable_seqscan="off", enable_indexscan="off", jit="off"):
        yield


@contextmanager
def _settings(conn: Connection, **values: str) -> Iterator[None]:
    """PostgreSQL settings for the statements inside; a savepoint rolled back after them puts
    back the ones before (the statements inside must only read)."""
    savepoint = conn.begin_nested()
    try:
        conn.execute(text("SELECT " + ", ".join(f"set_config('{k}', '{v}', true)" for k, v in values.items())))
        yield
    finally:
        savepoint.rollback()


def candidate_ids(conn: Connection, exprs: Sequence[Expr], *, published_on: date, article_id: int,
                  statuses: Sequence[str], kinds: Sequence[str], limit: int, earlier: bool = False) -> list[list[int]]:
    """For each search of ``exprs``, the ids of the newest ``limit`` claims matching it that are of
    ``kinds`` with a status in ``statuses``, not rejected, of another article (with ``earlier``:
    of an article stored before article ``article_id``, a lower id) published on or before
    ``published_on``; one statement for them all (UNION ALL of LIMITed reads). Not ranked
    by the index: FTS5's bm25 counts the rows of every word of the search in the whole index
    first (a quarter of a second for common words at a million claims); the caller's searches
    carry the ranking (rarest words, tightest first)."""
    scope = ("claim.status IN :statuses AND claim.kind IN :kinds AND claim.review != 'rejected' "
             f"AND claim.article_id {_other_article(earlier)} :article_id AND article.published_on <= :published_on")
    out: list[list[int]] = [[] for _ in exprs]
    for i in range(0, len(exprs), 50):
        chunk = exprs[i:i + 50]
        if conn.dialect.name == "sqlite":
            one = ("SELECT * FROM (SELECT {j} AS k, claim.id AS id FROM claim_fts "
                   "JOIN claim ON claim.id = claim_fts.rowid JOIN article ON article.id = claim.article_id "
                   f"WHERE claim_fts MATCH :q{{j}} AND {scope} ORDER BY claim_fts.rowid DESC LIMIT :limit)")
            params = {f"q{j}": _fts5(e) for j, e in enumerate(chunk)}
            parts = [one.format(j=j) for j in range(len(chunk))]
        else:
            params = {}
            parts = [f"(SELECT {j} AS k, claim.id AS id FROM claim JOIN article ON article.id = claim.article_id "
                     f"WHERE {_ts_where(e, f'q{j}', params)} AND {scope} ORDER BY claim.id DESC LIMIT :limit)"
                     for j, e in enumerate(chunk)]
        stmt = text(" UNION ALL ".join(parts)).bindparams(
            bindparam("statuses", expanding=True), bindparam("kinds", expanding=True))
        params.update(statuses=list(statuses), kinds=list(kinds), article_id=article_id, published_on=published_on,
                      limit=limit)
        for k, cid in conn.execute(stmt, params):
            out[i + k].append(cid)
    return out


def claims_by_ids(conn: Connection, ids: Sequence[int]) -> Sequence:
    """Rows of the claims ``ids`` (in no order): claim id, article_id, quote, kind, deadline expression and bounds,
    status, the claim article's published_on and title, speaker, aliases, affiliation."""
    if not ids:
        return []
    aff, cols = _candidate_columns()
    stmt = (select(*cols).select_from(
        C.join(A, A.c.id == C.c.article_id).outerjoin(S, S.c.id == C.c.speaker_id)
        .outerjoin(aff, aff.c.id == S.c.affiliation_id)).where(C.c.id.in_(list(ids))))
    return conn.execute(stmt).all()


def text_before(conn: Connection, claim_ids: Sequence[int], chars: int) -> dict[int, str]:
    """For each of the claims ``claim_ids``: the ``chars`` characters of its article's text just
    before its quote (fewer at the article's start)."""
    if not claim_ids:
        return {}
    first = case((C.c.start > chars, C.c.start - chars), else_=0)  # PostgreSQL has no two-argument max
    stmt = (select(C.c.id, func.substr(A.c.text, first + 1, C.c.start - first))
            .select_from(C.join(A, A.c.id == C.c.article_id)).where(C.c.id.in_(list(claim_ids))))
    return {cid: before or "" for cid, before in conn.execute(stmt)}


def sole_speakers(conn: Connection, article_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """For each of the articles ``article_ids`` whose claims with a speaker all have the same one:
    that speaker's name, aliases and affiliation ("" when none)."""
    if not article_ids:
        return {}
    aff = S.alias("aff")
    stmt = (select(C.c.article_id, func.min(S.c.name), func.min(S.c.aliases), func.min(aff.c.name))
            .select_from(C.join(S, S.c.id == C.c.speaker_id).outerjoin(aff, aff.c.id == S.c.affiliation_id))
            .where(C.c.article_id.in_(list(article_ids))).group_by(C.c.article_id)
            .having(func.count(func.distinct(C.c.speaker_id)) == 1))
    return {a: (name or "", aliases or "", affiliation or "") for a, name, aliases, affiliation in conn.execute(stmt)}


def insert_suggestions(conn: Connection, rows: Sequence[dict]) -> int:
    """Insert the rows (claim_id, article_id, start, end, quote, status, observed_on, score,
    created_at); a passage already proposed for the claim (open, accepted or dismissed) is left
    as it is. How many were new."""
    if not rows:
        return 0
    ins = sqlite_insert(SG) if conn.dialect.name == "sqlite" else pg_insert(SG)
    ins = ins.on_conflict_do_nothing(index_elements=["claim_id", "article_id", "start", "end"])
    # RETURNING, not rowcount: psycopg reports -1 for a row skipped by ON CONFLICT DO NOTHING; the
    # rows as parameters of one statement (SQLAlchemy's "insertmanyvalues" batches them), which is
    # compiled once and cached, not once per article as a statement with the rows written in it was
    return len(conn.execute(ins.returning(SG.c.id), [dict(r) for r in rows]).all())


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
