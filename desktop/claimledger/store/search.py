"""The claims table's search planner (SQLAlchemy Core): the analyst's filter (``ClaimFilter``) as
conditions on ``claim``, sort orders, the row select every list and report reads, counts, and
how a page of a full-text search is read. Keyword-only; the caller owns the transaction and
passes its connection. Filtering, sorting and paging happen in SQL so that no caller ever needs
every row in Python. The full-text syntax itself is ``store.fts``.

"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

from sqlalchemy import (
    Connection,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    Date,
    DateTime,
    String,
    select,
    type_coerce,
)
from sqlalchemy.sql import ColumnElement, Select

from claimledger.domain import ClaimFilter, Status
from claimledger.store.fts import (
    FTS,
    FtsMatch,
    claim_id_bound,
    fts_count,
    fts_match,
    fts_query,
    fts_segments,
    fts_shares,
    match_clause,
    ts_match,
    ts_query,
)
from claimledger.store import tables

A = tables.article
C = tables.claim
E = tables.outcome_event
S = tables.speaker
AFF = S.alias("affiliation")

UNRESOLVED = tuple(s.value for s in Status if not s.resolved)
SORT_COLUMNS = ("id", "published_on", "article", "speaker", "kind", "quote", "deadline", "status", "review", "updated_at")


def latest_event_id(as_of: date | None) -> ColumnElement:
    """Correlated subquery: id of the claim's latest outcome event observed on or before as_of."""
    q = select(E.c.id).where(E.c.claim_id == C.c.id)
    if as_of is not None:
        q = q.where(E.c.observed_on <= as_of)
    return q.order_by(E.c.observed_on.desc(), E.c.id.desc()).limit(1).scalar_subquery()


def status_as_of(as_of: date | None, today: date) -> ColumnElement:
    """A claim's status as of a date, replayed from its events; the cached column for ``today``
    (the ledger's clock) and later."""
    if as_of is None or as_of >= today:
        return C.c.status
    q = (
        select(E.c.status)
        .where(E.c.claim_id == C.c.id, E.c.observed_on <= as_of)
        .order_by(E.c.observed_on.desc(), E.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return func.coalesce(q, literal(Status.PENDING.value))


def overdue_expr(status: ColumnElement, as_of: date) -> ColumnElement:
    return and_(status.in_(UNRESOLVED), C.c.deadline_latest.is_not(None), C.c.deadline_latest < as_of)


# A literal, not a bound parameter: SQLite uses a partial index only for a WHERE it can read.
REJECTED = literal_column("'rejected'")
REJECTED_INDEX = "ix_claim_rejected"


def published_by(as_of: date) -> ColumnElement:
    """The claim's article was published on or before ``as_of`` (later articles did not exist yet)."""
    return C.c.article_id.in_(select(A.c.id).where(A.c.published_on <= as_of))


def not_rejected_by_index() -> ColumnElement:
    """The claim is not rejected, asked of the partial index ix_claim_rejected (the claim's id
    looked up among the rejected ones) instead of the claim's row: ``review != 'rejected'`` (never
    NULL) read from the index alone. SQLite, asking the full-text index about each row read
    (plans "probe", "split" and "filter"): it tests this before the row's words, and
    reading each walked claim's row for its review cost ~2.5 µs a row on an idle machine, a
    quarter of the probe's time (at a million claims, a common word's first page 14.7 -> 10.6 ms)."""
    return _NOT_REJECTED


_REJECTED_CLAIM = C.alias("rejected_claim")
_NOT_REJECTED = ~exists(select(literal(1)).select_from(_REJECTED_CLAIM)
                        .where(_REJECTED_CLAIM.c.id == C.c.id, _REJECTED_CLAIM.c.review == REJECTED)
                        .with_hint(_REJECTED_CLAIM, f"INDEXED BY {REJECTED_INDEX}", "sqlite"))


def visible(f: ClaimFilter, *, by_index: bool = False) -> list[ColumnElement]:
    """What every count and list leaves out before the analyst's own choices: rejected claims
    (unless asked for) and, as of a date, the claims of articles published after it.
    ``by_index``: rejected claims left out through their partial index (``not_rejected_by_index``;
    SQLite only)."""
    conds: list[ColumnElement] = []
    if f.rejected_hidden:
        conds.append(not_rejected_by_index() if by_index else C.c.review != REJECTED)
    if f.as_of is not None:
        conds.append(published_by(f.as_of))
    return conds


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _search_condition(search: str, dialect: str, *, probe: bool = False, split: bool = False,
                      match: FtsMatch | None = None) -> ColumnElement | None:
    """``probe``: test each candidate row against the index (EXISTS … rowid = claim.id) instead
    of building the set of all matches — the better plan when a large share of rows match and
    rows are read in index order until a page is full. ``split``: the set of the matches of the
    first of ``match.terms`` only, and each row in it tested against the index for the others
    (a rare word and a short prefix: the prefix's long list of matches is never read whole).
    ``match``: ``fts_match`` of the same search on the connection that runs the query (SQLite),
    else ``fts_query`` is used."""
    if not search.split():
        return None
    if dialect == "sqlite":
        q = match.query if match is not None else fts_query(search)
        if q is None:
            return literal(False)

        def probed(expression: str) -> ColumnElement:
            return exists(select(literal(1)).select_from(FTS).where(match_clause(expression), FTS.c.rowid == C.c.id))

        terms = [t.query for t in match.terms] if match is not None and len(match.terms) > 1 else None
        if split and terms:
            return and_(C.c.id.in_(select(FTS.c.rowid).where(match_clause(terms[0]))), *map(probed, terms[1:]))
        if probe:
            # one probe a word, in the order of ``match.terms``: SQLite asks about the next word
            # only when the row has the words before it (a probe of several words at once
            # looks each of them up every time)
            return and_(*map(probed, terms)) if terms else probed(q)
        return C.c.id.in_(select(FTS.c.rowid).where(match_clause(q)))
    if dialect == "postgresql":
        q = ts_query(search)
        if q is None:
            return literal(False)
        return ts_match(q)
    conds = []
    for word in search.split():
        pattern = _like(word)
        conds.append(or_(
            C.c.quote.ilike(pattern, escape="\\"),
            C.c.summary.ilike(pattern, escape="\\"),
            C.c.tags.ilike(pattern, escape="\\"),
            exists().where(S.c.id == C.c.speaker_id,
                           or_(S.c.name.ilike(pattern, escape="\\"), S.c.aliases.ilike(pattern, escape="\\"))),
            exists().where(E.c.claim_id == C.c.id, E.c.note.ilike(pattern, escape="\\")),
        ))
    return and_(*conds)


def _where(f: ClaimFilter, status: ColumnElement, today: date, dialect: str, *, probe: bool = False,
           split: bool = False, match: FtsMatch | None = None) -> list[ColumnElement]:
    """Conditions on ``claim`` alone (no joins), so counting needs no join either. SQLite, rows
    probed (``probe``: plans "probe" and "filter"; ``split``): rejected claims left out through
    their index (``visible``)."""
    conds = visible(f, by_index=dialect == "sqlite" and (probe or split) and bool(f.search.split()))
    if f.statuses:
        conds.append(status.in_(sorted(f.statuses)))
    if f.kinds:
        conds.append(C.c.kind.in_(sorted(f.kinds)))
    if f.reviews:
        conds.append(C.c.review.in_(sorted(f.reviews)))
    if f.speaker_id is not None:
        conds.append(or_(C.c.speaker_id == f.speaker_id, C.c.speaker_id.in_(select(S.c.id).where(S.c.affiliation_id == f.speaker_id))))
    if f.article_id is not None:
        conds.append(C.c.article_id == f.article_id)
    if f.tag.strip():
        conds.append(("," + C.c.tags + ",").like(_like("," + f.tag.strip().lower() + ","), escape="\\"))
    if f.due_after is not None:
        conds.append(C.c.deadline_latest >= f.due_after)
    if f.due_before is not None:
        conds.append(C.c.deadline_latest <= f.due_before)
    if f.overdue_only:
        conds.append(overdue_expr(status, f.as_of or today))
    found = _search_condition(f.search, dialect, probe=probe, split=split, match=match)
    if found is not None:
        conds.append(found)
    return conds


def sort_order(key: str, descending: bool, status: ColumnElement, *, reverse: bool = False) -> list:
    """ORDER BY terms for a sort key. Rows without a value go last in both directions; id breaks
    ties so that paging is stable. ``reverse`` gives the exact reverse order (for reading a page
    near the end of the list from the other side)."""
    if key == "deadline":
        # matches the expression indexes of migration 0002, so the order is walked, not sorted
        missing = C.c.deadline_latest.is_not(None) if descending else C.c.deadline_latest.is_(None)
        terms = [(missing, not descending), (C.c.deadline_latest, not descending), (C.c.id, not descending)]
    else:
        col = {
            "id": C.c.id, "published_on": A.c.published_on, "article": A.c.title, "speaker": func.lower(S.c.name),
            "kind": C.c.kind, "quote": C.c.quote, "status": status, "review": C.c.review, "updated_at": C.c.updated_at,
        }.get(key)
        if col is None:
            raise ValueError(f"cannot sort by {key!r} (choose from {', '.join(SORT_COLUMNS)})")
        terms = [(col, not descending), (C.c.id, not descending)]
        if key == "speaker":
            terms.insert(0, (S.c.name.is_(None), True))
    if reverse:
        terms = [(expr, not asc) for expr, asc in terms]
    return [expr.asc() if asc else expr.desc() for expr, asc in terms]


def claim_rows_select(f: ClaimFilter, *, today: date, with_event: bool = False, dialect: str = "sqlite",
                      probe: bool = False, split: bool = False, match: FtsMatch | None = None) -> Select:
    """Every column a table row or report needs, filtered; order and limit added by callers."""
    status = status_as_of(f.as_of, today).label("status")
    as_of = f.as_of or today
    cols = [
        C.c.id,
        C.c.article_id,
        A.c.title.label("article_title"),
        A.c.outlet,
        A.c.url,
        A.c.published_on,
        S.c.name.label("speaker"),
        S.c.kind.label("speaker_kind"),
        AFF.c.name.label("speaker_affiliation"),
        C.c.speaker_id,
        C.c.kind,
        C.c.quote,
        C.c.start,
        C.c.end,
        C.c.summary,
        C.c.modality,
        C.c.condition,
        C.c.negated,
        C.c.review,
        C.c.confidence,
        C.c.deadline_expression,
        C.c.deadline_anchor,
        C.c.deadline_earliest,
        C.c.deadline_latest,
        C.c.deadline_granularity,
        C.c.tags,
        C.c.version,
        C.c.created_at,
        C.c.updated_at,
        status,
        overdue_expr(status_as_of(f.as_of, today), as_of).label("overdue"),
    ]
    q = select(*cols).select_from(
        C.join(A, A.c.id == C.c.article_id).outerjoin(S, S.c.id == C.c.speaker_id).outerjoin(AFF, AFF.c.id == S.c.affiliation_id)
    )
    if with_event:
        ev = E.alias("latest_event")
        q = q.add_columns(
            ev.c.observed_on.label("status_observed_on"),
            ev.c.evidence_url,
            ev.c.evidence_quote,
            ev.c.note,
            ev.c.author,
        ).outerjoin(ev, ev.c.id == latest_event_id(f.as_of))
    conds = _where(f, status_as_of(f.as_of, today), today, dialect, probe=probe, split=split, match=match)
    return q.where(*conds) if conds else q


def raw_dates(q: Select, dialect: str = "sqlite") -> Select:
    """The same rows with date and timestamp columns as ISO 8601 text, skipping per-value
    conversion on bulk paths such as CSV export: on SQLite as stored (ISO text already); on
    PostgreSQL written as text by the server (dates ``YYYY-MM-DD``, timestamps
    ``YYYY-MM-DDTHH:MM:SS``, fractions of a second dropped), so the driver makes no date objects."""
    sub = q.subquery()
    if dialect == "postgresql":
        def text_of(c):
            if isinstance(c.type, DateTime):
                return func.to_char(c, 'YYYY-MM-DD"T"HH24:MI:SS', type_=String).label(c.name)
            if isinstance(c.type, Date):
                return cast(c, String).label(c.name)
            return c
        return select(*[text_of(c) for c in sub.c])
    return select(*[type_coerce(c, String) if isinstance(c.type, (Date, DateTime)) else c for c in sub.c])


def claim_ids_select(f: ClaimFilter, *, today: date, dialect: str = "sqlite") -> Select:
    conds = _where(f, status_as_of(f.as_of, today), today, dialect)
    return select(C.c.id).where(*conds)


def events_select(f: ClaimFilter, *, today: date, dialect: str = "sqlite") -> Select:
    """Outcome events of the claims ``f`` selects (observed up to ``f.as_of``), oldest first."""
    ids = claim_ids_select(f, today=today, dialect=dialect).subquery()
    q = (
        select(E.c.id.label("event_id"), E.c.claim_id, E.c.status, E.c.observed_on, E.c.recorded_at, E.c.author,
               E.c.note, E.c.evidence_url, E.c.evidence_quote, C.c.quote, S.c.name.label("speaker"),
               A.c.title.label("article_title"), A.c.published_on, C.c.deadline_latest)
        .select_from(E.join(C, C.c.id == E.c.claim_id).join(A, A.c.id == C.c.article_id)
                     .outerjoin(S, S.c.id == C.c.speaker_id))
        .where(E.c.claim_id.in_(select(ids.c.id)))
    )
    if f.as_of is not None:
        q = q.where(E.c.observed_on <= f.as_of)
    return q.order_by(E.c.claim_id, E.c.observed_on, E.c.id)


def _only_search(f: ClaimFilter) -> bool:
    """Nothing but words, rejected claims in or out (an as-of date also hides later articles)."""
    return f.as_of is None and replace(f, search="", include_rejected=True) == ClaimFilter(include_rejected=True)


def _match_for(conn: Connection, f: ClaimFilter) -> FtsMatch | None:
    return fts_match(conn, f.search) if conn.dialect.name == "sqlite" else None


@contextmanager
def _words_from_index(conn: Connection, f: ClaimFilter) -> Iterator[None]:
    """PostgreSQL, a count or grouping over the claims a search matches: read them through the
    GIN index (a bitmap of the matches), never by testing ``search @@ …`` on every row of the
    table. The planner prices that test like a comparison, so for a word in many claims it
    chose a sequential scan: at 100,000 claims 420 ms for "w" (51% of claims) against 230 ms
    through the index, 670 ms against 63 ms for "wind" (6%) — measured under load, but the
    ratio is the point. Only for the statement(s) inside; the transaction is the caller's."""
    if conn.dialect.name != "postgresql" or not f.search.split():
        yield
        return
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    yield  # (after an error the transaction is rolled back, and the setting with it)
    conn.exec_driver_sql("SET LOCAL enable_seqscan = on")


def counts_share_the_scan(dialect: str, f: ClaimFilter) -> bool:
    """Whether the status counts of the claims ``f`` selects (``status_counts``) cost about what
    their count costs, so that one statement should give both. PostgreSQL with words to match:
    yes — the count reads every matching row of the table (the GIN index's matches are checked
    on the heap), and grouping them by status in the same pass costs little more (at a million
    claims, 281 ms against 201 ms for "wind", 823 ms against 654 ms for "w"), far less than a
    second pass, which on a busy machine also takes the CPU from the next keystroke's page.
    Without words the count may come from an index alone where the status counts read the
    table (every claim of a million: 63-71 ms against 258-263 ms): no. SQLite: no — a search is counted from the full-text index alone."""
    return dialect == "postgresql" and bool(f.search.split())


def count_claims(conn: Connection, *, f: ClaimFilter, today: date, match: FtsMatch | None = None) -> int:
    with _words_from_index(conn, f):
        return _count_claims(conn, f=f, today=today, match=match)


def _count_claims(conn: Connection, *, f: ClaimFilter, today: date, match: FtsMatch | None = None) -> int:
    match = match or _match_for(conn, f)
    if f.rejected_hidden:  # the count with them (from the indexes, as fast as ever), less the rejected ones
        everything = replace(f, include_rejected=True)
        n = _count_claims(conn, f=everything, today=today, match=match)
        q = _rejected_only(conn, select(func.count()).select_from(C), everything, today, match, candidates=n)
        return n if q is None else n - conn.execute(q).scalar_one()
    if _only_search(f):
        n = fts_count(conn, f.search, match)
        if n is not None:
            return n
    conds = _where(f, status_as_of(f.as_of, today), today, conn.dialect.name, match=match)
    return conn.execute(select(func.count()).select_from(C).where(*conds)).scalar_one()


# Measured at a million claims, 10,000 of them rejected: looking a rejected claim up in the full-text
# index costs ~12.5 µs (its row read through the partial index included); building the set of a
# word's matches for "id IN (…)" ~0.65 µs a match. "w" (512k matches): probe 140 ms, set 330 ms;
# "wind" (62k): probe 125 ms, set 27 ms.
REJECTED_PROBE_US, IN_SET_US = 12.5, 0.65


def _rejected_only(conn: Connection, q: Select, f: ClaimFilter, today: date, match: FtsMatch | None,
                   candidates: int | None = None) -> Select | None:
    """``q`` (a select from ``claim``) narrowed to the rejected claims among those ``f`` selects,
    read through the partial index ix_claim_rejected (migration 0007) when that is the shorter
    way; None when no claim is rejected. ``candidates``: how many claims ``f`` selects, if known.
    With words to match, each rejected claim is looked up in the full-text index ("probe") when
    that costs less than building the set of every match."""
    sqlite = conn.dialect.name == "sqlite"
    rejected = C.c.review == REJECTED
    count = select(func.count()).select_from(C).where(rejected)
    many = conn.execute(count.with_hint(C, f"INDEXED BY {REJECTED_INDEX}", "sqlite")).scalar_one()
    if not many:
        return None
    lead = candidates is None or many <= candidates  # else the other filters' indexes lead
    probe = False
    if sqlite and lead and match is not None and match.query is not None and match.probeable:
        probe = candidates is None or many * match.lookups * REJECTED_PROBE_US < candidates * match.words * IN_SET_US
    q = q.where(rejected, *_where(f, status_as_of(f.as_of, today), today, conn.dialect.name, probe=probe, match=match))
    return q.with_hint(C, f"INDEXED BY {REJECTED_INDEX}", "sqlite") if lead else q


# How a page of a full-text search is read, ordered by deadline (measured at 1M claims, SQLite):
# - "set":   build the set of matches and sort it — cost grows with the matches; best when few match.
# - "walk":  walk the deadline index, keeping rows in the set of matches. Building the set costs
#            ~0.1 µs per match and word (8 ms for 60k matches of one word, 30 ms for 150k of two);
#            slow when almost nothing matches (the walk reaches the end of the index).
# - "filter": few rows pass the other filters (the count says so) but many match the words: SQLite
#            reads the rows through the other filters' indexes and asks the full-text index about each.
# - "probe": walk the index and ask the full-text index about each row until the page is full
#            (rows / share probes). A probe costs ~6 µs per word looked up (a word spelled out
#            as several indexed words is several lookups) plus ~1.2 µs per lookup for each
#            segment of the index (FTS5 looks a word up in every segment: ~36 µs with the 25
#            segments many imports leave, ~8 µs once merged); only for words found by lookups
#            (FtsMatch.probeable: an indexed prefix, or whole words).
# - "split": several words, one of them rare and the others probeable (a short prefix typed after a
#            word: "wind f"): walk the index, keeping rows in the set of the rare word's matches, and
#            probe those for the other words. Building the set of all the words' matches reads the
#            short prefix's long list whole (at 1M claims "wind" AND "f"*, 62k matches, 463k of
#            "f"*: 20 ms, against 12 ms for the set of "wind" and ~100 probes of "f"*).
# The share of matching claims comes from the count when it is known, else from a sample of the
# index (slices across the id range, ~0.5 ms; each word's own share is sampled with it for
# "split"). Other filters count in through the count, when the caller passes it: with few rows
# in all, the other filters' indexes lead ("filter" or "set").
WALK_SHARE = 0.002
SET_US_PER_MATCH = 0.1
SET_ROW_US = 1.0  # "set" may read each match's row (SQLite leads with the set): ~1 µs a match
PROBE_US, PROBE_US_PER_SEGMENT = 6.0, 1.2
DEADLINE_INDEXES = {False: "ix_claim_deadline_asc", True: "ix_claim_deadline_desc"}


def _search_plan(conn: Connection, f: ClaimFilter, sort: str, total: int | None, match: FtsMatch | None = None,
                 rows: int = 200) -> str:
    """``rows``: how far into the order the page ends (offset + limit)."""
    return _choose_plan(conn, f, sort, total, match, rows)[0]


def _choose_plan(conn: Connection, f: ClaimFilter, sort: str, total: int | None, match: FtsMatch | None = None,
                 rows: int = 200) -> tuple[str, FtsMatch | None]:
    """The plan (``_search_plan``) and the match to read it with: for "split", its lead term
    first (the one whose set of matches costs least, the others probed)."""
    if conn.dialect.name != "sqlite" or sort != "deadline" or not f.search.split():
        return "set", match
    match = match or fts_match(conn, f.search)
    if match is None or match.query is None:
        return "set", match
    everything = claim_id_bound(conn)
    # "split" (several words, some to probe) weighs each word's own matches: sampled with the search's
    splittable = len(match.terms) > 1 and any(t.probeable for t in match.terms)
    known = total is not None and _only_search(f)
    sample = ([] if known else [match.query]) + ([t.query for t in match.terms] if splittable else [])
    shares = fts_shares(conn, sample, everything) if sample else []
    matches = total if known else shares.pop(0) * everything
    if matches <= WALK_SHARE * everything:
        return "set", match
    lookup_us = PROBE_US + PROBE_US_PER_SEGMENT * fts_segments(conn)
    set_us = matches * match.words * SET_US_PER_MATCH
    # each word's share (at least the search's); the words probed one at a time go rarest first
    term_shares = [max(x, matches / everything) for x in shares] if splittable else []
    by_share = sorted(range(len(term_shares)), key=term_shares.__getitem__)
    # the rows kept in all: with other filters, the count (when the caller knows it) says how many
    kept = matches if total is None else min(total, matches)
    if kept <= WALK_SHARE * everything:
        # many rows match the words, few pass the other filters: let SQLite read those rows
        # through the other filters' indexes, asking the full-text index about each
        candidates = kept * everything / matches
        if match.probeable and candidates * match.lookups * lookup_us < matches * SET_ROW_US:
            return "filter", (match.ordered(by_share) if splittable else match)
        return "set", match
    # walking, SQLite tests the other filters first: it probes the rows that pass them, of which
    # the words' share match (rows / share probes); the rows it walks cost every plan the same.
    # Several words are probed one at a time: a row is asked about a word only when it has the
    # ones before it.
    def probes(indexes) -> float:
        """Lookups a row walked costs, probed for the words ``indexes`` in that order."""
        out, passed = 0.0, 1.0
        for i in indexes:
            out += passed * match.terms[i].lookups
            passed *= term_shares[i]
        return out

    costs = {"walk": set_us}
    if match.probeable:
        per_row = probes(by_share) if splittable else match.lookups
        costs["probe"] = (rows * everything / matches) * per_row * lookup_us
    order = by_share
    for lead in range(len(term_shares)):
        others = [i for i in by_share if i != lead]
        if not all(match.terms[i].probeable for i in others):
            continue
        # the set of this word's matches; the walked rows in it (rows / their share of the
        # search's matches) are probed for the other words
        term_matches = term_shares[lead] * everything
        cost = term_matches * SET_US_PER_MATCH + rows * term_matches / matches * probes(others) * lookup_us
        if cost < costs.get("split", float("inf")):
            costs["split"], order = cost, [lead, *others]
    plan = min(costs, key=costs.__getitem__)
    return plan, (match.ordered(order) if splittable and plan in ("probe", "split") else match)


def fetch_claim_rows(
    conn: Connection, *, f: ClaimFilter, today: date, sort: str = "deadline", descending: bool = False,
    offset: int = 0, limit: int | None = 200, with_event: bool = False, total: int | None = None,
    match: FtsMatch | None = None, after=None,
) -> Sequence:
    """One page of rows. Given ``total``, a page in the second half of the list is read from
    the other end (a short OFFSET instead of skipping most of a million rows). ``match``:
    ``fts_match(conn, f.search)`` when the caller has it already. ``after``: a row (its ``id``
    and ``deadline_latest``), the page then the rows after it in the order by deadline
    (``follows``; ``offset`` counted from there)."""
    if after is not None and sort != "deadline":
        raise ValueError("rows after a row are read in the order by deadline only")
    match = match or _match_for(conn, f)
    if total is not None and offset >= total:
        return []  # nothing there (the caller's count)
    backwards = total is not None and limit is not None and offset > total // 2
    if limit is None:
        rows = total if total is not None else 1 << 62  # every row: never probe
    else:
        rows = (max(0, total - offset) if backwards else offset + limit)
    plan, match = _choose_plan(conn, f, sort, total, match, rows=max(rows, 1))
    q = claim_rows_select(f, today=today, with_event=with_event, dialect=conn.dialect.name,
                          probe=plan in ("probe", "filter"), split=plan == "split", match=match)
    if plan in ("walk", "probe", "split"):
        q = q.with_hint(C, f"INDEXED BY {DEADLINE_INDEXES[descending]}", "sqlite")
    if after is not None:
        q = q.where(follows(after, descending))
    status = status_as_of(f.as_of, today)
    if backwards:
        count = max(0, min(limit, total - offset))
        q = q.order_by(*sort_order(sort, descending, status, reverse=True)).offset(max(0, total - offset - count)).limit(count)
        return list(reversed(conn.execute(q).all()))
    q = q.order_by(*sort_order(sort, descending, status)).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return conn.execute(q).all()


# -- a search typed on ("wind", then "wind f"): the first page before it, narrowed ----------------------
def follows(row, descending: bool) -> ColumnElement:
    """The claims after ``row`` in the order by deadline (``sort_order("deadline", descending)``:
    claims without one last, id breaking ties): a range of the deadline index."""
    deadline, claim_id = row.deadline_latest, row.id
    later = C.c.id < claim_id if descending else C.c.id > claim_id
    if deadline is None:
        return and_(C.c.deadline_latest.is_(None), later)
    beyond = C.c.deadline_latest < deadline if descending else C.c.deadline_latest > deadline
    return or_(beyond, and_(C.c.deadline_latest == deadline, later), C.c.deadline_latest.is_(None))


def narrows(before: ClaimFilter, after: ClaimFilter) -> bool:
    """Whether every claim ``after`` selects is one that ``before`` selects, from the filters alone:
    the same but for the words, each word of ``before`` continued by the word in its place in
    ``after`` ("wind" -> "wind f" -> "wind fa"; more words allowed), ``after`` with words. Plain
    words only (ASCII letters and digits, compared without case): each is then one token, and a
    longer prefix matches fewer tokens, on both engines (FTS5's unicode61 tokenizer; PostgreSQL's
    ``simple`` configuration with ``unaccent``, no stemming). Where it is used: ``narrowing_pays``."""
    if replace(before, search="") != replace(after, search=""):
        return False
    old, new = before.search.lower().split(), after.search.lower().split()
    if not new or len(new) < len(old) or not all(w.isascii() and w.isalnum() for w in (*old, *new)):
        return False
    return all(n.startswith(o) for o, n in zip(old, new))


def narrowing_pays(dialect: str) -> bool:
    """Whether a search typed on is better read from the first page before it (``narrows``,
    ``claim_ids_matching``, ``fetch_claim_rows(after=…)``) than afresh. SQLite: yes — a full
    read builds the set of a word's matches (at a million claims 14-30 ms for a common word; the
    narrowed page 2-4 ms, or a few more when it is read on). PostgreSQL: no — the first page comes
    from the GIN index in 4-6 ms at 200,000 claims, a narrowed one saved ~2 ms when every row
    matched and cost 4-7 ms more when not (its statements' round trips, and to_tsquery for each
    row)."""
    return dialect == "sqlite"


def claim_ids_matching(conn: Connection, *, ids: Sequence[int], search: str, before: str = "",
                       all_or_none: bool = False) -> set[int] | None:
    """Those of ``ids`` whose claims the words of ``search`` match, each looked up in the
    full-text index (SQLite). ``before``: a search every one of ``ids`` matches and that ``search``
    continues (``narrows``): its words in the same place in ``search`` are not looked up again
    ("ministry f" -> "ministry fi": only "fi"*; at a million claims 100 rows in ~4 ms instead of ~7.5).
    ``all_or_none``: all of ``ids`` when every one matches, else the empty set — the rows read only
    until one does not. None when looking rows up one by one is not cheap (a word whose matches
    are no index lookups: a long prefix that FTS5 would merge anew for each row), or on another
    engine."""
    if conn.dialect.name != "sqlite":
        return None
    match = fts_match(conn, search)
    if match is None:
        return None
    if match.query is None:
        return set()  # a word that no indexed word starts with: nothing matches
    old, new = before.lower().split(), search.lower().split()
    if len(match.terms) == len(new):  # (one term a word: fts_match's; the words the rows have, left out)
        changed = [i for i, word in enumerate(new) if i >= len(old) or word != old[i]]
        if not changed:
            return set(ids)
        match = match.ordered(changed)
    probeable = all(t.probeable for t in match.terms) if match.terms else match.probeable
    if not probeable:
        return None
    q, found = select(C.c.id).where(C.c.id.in_(list(ids))), _search_condition(search, "sqlite", probe=True, match=match)
    if all_or_none:
        return set() if conn.execute(q.where(~found).limit(1)).first() is not None else set(ids)
    return set(conn.execute(q.where(found)).scalars())


def status_counts(conn: Connection, *, f: ClaimFilter, today: date) -> dict[str, tuple[int, int]]:
    """{status: (claims, of which overdue)} in one pass over the filtered claims."""
    return {s: (n, o) for _sid, s, n, o in status_counts_by_speaker(conn, f=f, today=today, per_speaker=False)}


def status_counts_by_speaker(conn: Connection, *, f: ClaimFilter, today: date,
                             per_speaker: bool = True) -> list[tuple[int | None, str, int, int]]:
    """(speaker id, status, claims, of which overdue) for the filtered claims, grouped in SQL
    (speaker id None when ``per_speaker`` is off). Rejected claims left out by subtraction, as
    in ``count_claims``: the grouped counts with them come from the indexes alone."""
    everything = replace(f, include_rejected=True)
    status = status_as_of(f.as_of, today)
    match = _match_for(conn, f)
    overdue = func.sum(case((overdue_expr(status, f.as_of or today), 1), else_=0))
    keys = [C.c.speaker_id, status] if per_speaker else [status]
    grouped = select(*keys, func.count(), overdue).select_from(C)
    conds = _where(everything, status, today, conn.dialect.name, match=match)
    with _words_from_index(conn, f):
        counts = {tuple(r[:-2]): [r[-2], int(r[-1] or 0)] for r in conn.execute(grouped.where(*conds).group_by(*keys))}
        less = _rejected_only(conn, grouped, everything, today, match) if f.rejected_hidden else None
        if less is not None:
            for r in conn.execute(less.group_by(*keys)):
                counts[tuple(r[:-2])][0] -= r[-2]
                counts[tuple(r[:-2])][1] -= int(r[-1] or 0)
    return [(key[0] if per_speaker else None, key[-1], n, o) for key, (n, o) in counts.items() if n]


# -- reads the use cases make of the filtered claims -------------------------------------------------
def claim_row_by_id(conn: Connection, *, claim_id: int, today: date):
    """The claim's row as lists show it (``claim_rows_select``), whatever its review state or its
    article's date; None if there is none."""
    return conn.execute(claim_rows_select(ClaimFilter(include_rejected=True), today=today)
                        .where(C.c.id == claim_id)).first()


def _has_deadline() -> ColumnElement:
    return or_(C.c.deadline_latest.is_not(None), C.c.deadline_earliest.is_not(None))


def claims_with_deadline(conn: Connection, *, f: ClaimFilter, today: date, limit: int) -> tuple[Sequence, int]:
    """The first ``limit`` rows of the claims ``f`` selects that have a deadline, by deadline,
    and how many such claims there are in all."""
    dialect = conn.dialect.name
    q = claim_rows_select(f, today=today, dialect=dialect).where(_has_deadline())
    rows = conn.execute(q.order_by(*sort_order("deadline", False, status_as_of(f.as_of, today))).limit(limit)).all()
    ids = claim_ids_select(f, today=today, dialect=dialect).where(_has_deadline()).subquery()
    return rows, conn.execute(select(func.count()).select_from(ids)).scalar_one()


def claim_row_number(conn: Connection, *, claim_id: int, f: ClaimFilter, today: date, sort: str = "deadline",
                     descending: bool = False) -> int | None:
    """The 1-based row of ``claim_id`` among the claims ``f`` selects in this order, None when
    the filter hides it (one window query)."""
    status = status_as_of(f.as_of, today)
    q = claim_rows_select(f, today=today, dialect=conn.dialect.name)
    numbered = q.with_only_columns(
        C.c.id, func.row_number().over(order_by=sort_order(sort, descending, status)).label("n"),
        maintain_column_froms=True).subquery()
    return conn.execute(select(numbered.c.n).where(numbered.c.id == claim_id)).scalar_one_or_none()


def fulfilment_timing(conn: Connection, *, f: ClaimFilter, today: date) -> Sequence:
    """(speaker_id, status, status_observed_on, deadline_latest) of the claims ``f`` selects
    that have a speaker (the caller narrows ``f`` to the statuses it wants timed)."""
    base = claim_rows_select(f, today=today, with_event=True, dialect=conn.dialect.name).subquery()
    return conn.execute(select(base.c.speaker_id, base.c.status, base.c.status_observed_on,
                               base.c.deadline_latest).where(base.c.speaker_id.is_not(None))).all()
