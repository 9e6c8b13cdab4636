"""Query functions over the tables (SQLAlchemy Core). Keyword-only; the caller owns the
transaction and passes its connection. Filtering, sorting and paging happen in SQL so that no
caller ever needs every row in Python.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import (
    Connection,
    and_,
    case,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    text,
    Date,
    DateTime,
    String,
    select,
    table,
    type_coerce,
)
from sqlalchemy.sql import ColumnElement, Select

from sqlalchemy.dialects.sqlite.base import SQLiteCompiler

from claimledger.domain import Review, Status
from claimledger.store.models import Article, Claim, OutcomeEvent, OutcomeEvidence, Speaker

if not getattr(SQLiteCompiler, "_claimledger_hints", False):
    # SQLAlchemy's SQLite compiler drops table hints (MySQL's renders them the same way):
    # render ``with_hint(table, "INDEXED BY ix", "sqlite")`` as SQLite's own INDEXED BY clause.
    SQLiteCompiler.get_from_hint_text = lambda self, table, text: text
    SQLiteCompiler._claimledger_hints = True

A = Article.__table__
C = Claim.__table__
E = OutcomeEvent.__table__
S = Speaker.__table__
EV = OutcomeEvidence.__table__
AFF = S.alias("affiliation")

UNRESOLVED = tuple(s.value for s in Status if not s.resolved)
SORT_COLUMNS = ("id", "published_on", "article", "speaker", "kind", "quote", "deadline", "status", "review", "updated_at")


@dataclass(frozen=True)
class ClaimFilter:
    """What the analyst asked to see. Empty fields do not filter."""

    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    reviews: frozenset[str] = field(default_factory=frozenset)
    speaker_id: int | None = None
    article_id: int | None = None
    tag: str = ""
    due_after: date | None = None
    due_before: date | None = None
    overdue_only: bool = False
    as_of: date | None = None  # None: today, from the cached current status; a date also hides
    #                            the articles published after it, and their claims
    include_rejected: bool = False  # rejected claims are left out unless asked for (here or in reviews)

    @property
    def rejected_hidden(self) -> bool:
        return not self.include_rejected and Review.REJECTED.value not in self.reviews


def latest_event_id(as_of: date | None) -> ColumnElement:
    """Correlated subquery: id of the claim's latest outcome event observed on or before as_of."""
    q = select(E.c.id).where(E.c.claim_id == C.c.id)
    if as_of is not None:
        q = q.where(E.c.observed_on <= as_of)
    return q.order_by(E.c.observed_on.desc(), E.c.id.desc()).limit(1).scalar_subquery()


def status_as_of(as_of: date | None) -> ColumnElement:
    """A claim's status as of a date, replayed from its events; the cached column for today."""
    if as_of is None or as_of >= date.today():
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


def visible(f: ClaimFilter) -> list[ColumnElement]:
    """What every count and list leaves out before the analyst's own choices: rejected claims
    (unless asked for) and, as of a date, the claims of articles published after it."""
    conds: list[ColumnElement] = []
    if f.rejected_hidden:
        conds.append(C.c.review != REJECTED)
    if f.as_of is not None:
        conds.append(published_by(f.as_of))
    return conds


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


FTS = table("claim_fts", column("rowid"))


def _fts_words(search: str) -> list[str]:
    """The words of a search as FTS5 sees them: surrounding punctuation stripped, words with no
    letter or digit dropped."""
    words = (w.strip(".,;:!?()[]{}'\"") for w in search.split())
    return [w for w in words if any(ch.isalnum() for ch in w)]


def _fts_prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def fts_query(search: str) -> str | None:
    """An FTS5 MATCH expression: every word must appear, each as a prefix ("withdr" finds
    "withdraw"). Words are quoted, so FTS5 operators typed by the user are plain text."""
    return " ".join(_fts_prefix(w) for w in _fts_words(search)) or None


def ts_query(search: str) -> str | None:
    """A PostgreSQL ``to_tsquery`` expression: every word must appear, each as a prefix
    ("withdr" finds "withdraw"). Each word is a quoted tsquery literal, so operators typed by the
    user (``& | ! ( ) : * <->``, quotes, backslashes) are plain text. PostgreSQL's parser splits
    a literal as it splits the text ("pull-out" is the phrase pull <-> out, "2021-09-11" keeps
    its parts); a word with inner punctuation may also match as its alphanumeric runs in a row
    ("pull-out" also finds "pull out")."""
    terms = []
    for word in search.replace("\x00", " ").split():
        word = word.strip(".,;:!?()[]{}'\"")
        if not any(ch.isalnum() for ch in word):
            continue
        literal_ = "'" + word.replace("\\", "\\\\").replace("'", "''") + "':*"
        parts = "".join(ch if ch.isalnum() else " " for ch in word).split()
        if len(parts) > 1:
            terms.append(f"({literal_} | '{' '.join(parts)}':*)")
        else:
            terms.append(literal_)
    return " & ".join(terms) or None


CLAIM_SEARCH = literal_column("claim.search")  # tsvector of migration 0003 (PostgreSQL only)


def _fts_match(q: str) -> ColumnElement:
    return literal_column("claim_fts").op("MATCH")(q)


# The FTS5 table keeps prefix indexes for prefixes of 1 to 3 characters (migration 0002,
# prefix = '1 2 3'): such a prefix is one index lookup. A longer prefix makes FTS5 merge the
# entries of every word that starts with it into one list first — for a word in a quarter of a
# million claims, twice the time of the word alone, and for each row when the index is probed
# row by row (seconds). So a longer prefix is replaced by the words of the index that start with
# it ("ministr" → "ministry" OR "ministries"), read from the index's vocabulary in the same
# transaction: the same rows, found faster. Too many such words, and the prefix stays.
PREFIX_INDEXED = 3
MAX_EXPANSION = 8
_VOCAB = "claim_fts_terms"


@dataclass(frozen=True)
class FtsMatch:
    """A search as an FTS5 MATCH expression for one connection's view of the index.
    ``query`` None: some word is no prefix of any indexed word, so nothing matches.
    ``probeable``: every word is found by index lookups (an indexed prefix or whole words), so
    asking the index about one row at a time is cheap; ``lookups``: how many per row."""

    query: str | None
    probeable: bool
    words: int
    lookups: int = 0


def _index_words(conn: Connection, prefix: str) -> list[str] | None:
    """The indexed words that start with ``prefix`` (ASCII, lower case), in index order; None
    when there are more than MAX_EXPANSION. One seek in the vocabulary per word."""
    # per connection (TEMP; ~7 µs when it exists — created anew if a rolled-back transaction
    # took it away): the fts5vocab table reads the index of main.claim_fts itself
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_VOCAB} USING fts5vocab(main, claim_fts, instance)")
    found: list[str] = []
    # "instance" rows come in index order (UTF-8 bytes); each step seeks just past the last word
    # found (no indexed word contains a control character: unicode61 separates at them)
    step = text(f"SELECT term FROM temp.{_VOCAB} WHERE term >= :after LIMIT 1")
    after = prefix
    while True:
        term = conn.execute(step, {"after": after}).scalar()
        if term is None or not term.startswith(prefix):
            return found
        if len(found) == MAX_EXPANSION:
            return None
        found.append(term)
        after = term + "\x01"


def fts_match(conn: Connection, search: str) -> FtsMatch | None:
    """``fts_query(search)``, with each prefix longer than the FTS prefix indexes spelled out as
    the indexed words it stands for (ASCII words only: their case folding is plain lower case,
    as the unicode61 tokenizer's, and each is one token). SQLite only; None without words."""
    words = _fts_words(search)
    if not words:
        return None
    terms, probeable, lookups = [], True, 0
    for word in words:
        if len(word) > PREFIX_INDEXED and word.isascii() and word.isalnum():
            expanded = _index_words(conn, word.lower())
            if expanded is not None:
                if not expanded:
                    return FtsMatch(None, True, len(words))
                quoted = ['"' + t.replace('"', '""') + '"' for t in expanded]
                terms.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
                lookups += len(quoted)
                continue
        terms.append(_fts_prefix(word))
        probeable = probeable and len(word) <= PREFIX_INDEXED
        lookups += 1
    return FtsMatch(" AND ".join(terms), probeable, len(words), lookups)  # FTS5 wants AND spelled out after "(…)"


def _search_condition(search: str, dialect: str, *, probe: bool = False,
                      match: FtsMatch | None = None) -> ColumnElement | None:
    """``probe``: test each candidate row against the index (EXISTS … rowid = claim.id) instead
    of building the set of all matches — the better plan when a large share of rows match and
    rows are read in index order until a page is full. ``match``: ``fts_match`` of the same
    search on the connection that runs the query (SQLite), else ``fts_query`` is used."""
    if not search.split():
        return None
    if dialect == "sqlite":
        q = match.query if match is not None else fts_query(search)
        if q is None:
            return literal(False)
        if probe:
            return exists(select(literal(1)).select_from(FTS).where(_fts_match(q), FTS.c.rowid == C.c.id))
        return C.c.id.in_(select(FTS.c.rowid).where(_fts_match(q)))
    if dialect == "postgresql":
        q = ts_query(search)
        if q is None:
            return literal(False)
        return CLAIM_SEARCH.op("@@")(func.to_tsquery(literal_column("'simple'::regconfig"), q))
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
           match: FtsMatch | None = None) -> list[ColumnElement]:
    """Conditions on ``claim`` alone (no joins), so counting needs no join either."""
    conds = visible(f)
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
    found = _search_condition(f.search, dialect, probe=probe, match=match)
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
                      probe: bool = False, match: FtsMatch | None = None) -> Select:
    """Every column a table row or report needs, filtered; order and limit added by callers."""
    status = status_as_of(f.as_of).label("status")
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
        overdue_expr(status_as_of(f.as_of), as_of).label("overdue"),
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
    conds = _where(f, status_as_of(f.as_of), today, dialect, probe=probe, match=match)
    return q.where(*conds) if conds else q


def raw_dates(q: Select) -> Select:
    """The same rows with date and timestamp columns left as the database returns them (ISO
    text on SQLite), skipping per-value conversion on bulk paths such as CSV export."""
    sub = q.subquery()
    return select(*[type_coerce(c, String) if isinstance(c.type, (Date, DateTime)) else c for c in sub.c])


def claim_ids_select(f: ClaimFilter, *, today: date, dialect: str = "sqlite") -> Select:
    conds = _where(f, status_as_of(f.as_of), today, dialect)
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


def fts_count(conn: Connection, search: str, match: FtsMatch | None = None) -> int | None:
    """How many claims the words match, from the full-text index alone (SQLite; else None)."""
    if conn.dialect.name != "sqlite" or not search.split():
        return None
    match = match or fts_match(conn, search)
    if match is None or match.query is None:
        return 0
    return conn.execute(select(func.count()).select_from(FTS).where(_fts_match(match.query))).scalar_one()


def _only_search(f: ClaimFilter) -> bool:
    """Nothing but words, rejected claims in or out (an as-of date also hides later articles)."""
    return f.as_of is None and replace(f, search="", include_rejected=True) == ClaimFilter(include_rejected=True)


def _match_for(conn: Connection, f: ClaimFilter) -> FtsMatch | None:
    return fts_match(conn, f.search) if conn.dialect.name == "sqlite" else None


def count_claims(conn: Connection, *, f: ClaimFilter, today: date, match: FtsMatch | None = None) -> int:
    match = match or _match_for(conn, f)
    if f.rejected_hidden:  # the count with them (from the indexes, as fast as ever), less the rejected ones
        everything = replace(f, include_rejected=True)
        n = count_claims(conn, f=everything, today=today, match=match)
        q = _rejected_only(conn, select(func.count()).select_from(C), everything, today, match, candidates=n)
        return n if q is None else n - conn.execute(q).scalar_one()
    if _only_search(f):
        n = fts_count(conn, f.search, match)
        if n is not None:
            return n
    conds = _where(f, status_as_of(f.as_of), today, conn.dialect.name, match=match)
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
    q = q.where(rejected, *_where(f, status_as_of(f.as_of), today, conn.dialect.name, probe=probe, match=match))
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
# The share of matching claims comes from the count when it is known, else from a sample of the
# index (slices across the id range, ~0.5 ms). Other filters count in through the count, when the
# caller passes it: with few rows in all, the other filters' indexes lead ("filter" or "set").
WALK_SHARE = 0.002
SET_US_PER_MATCH = 0.1
SET_ROW_US = 1.0  # "set" may read each match's row (SQLite leads with the set): ~1 µs a match
PROBE_US, PROBE_US_PER_SEGMENT = 6.0, 1.2
SAMPLE_SLICES, SAMPLE_WIDTH = 8, 1250
DEADLINE_INDEXES = {False: "ix_claim_deadline_asc", True: "ix_claim_deadline_desc"}


def fts_share(conn: Connection, q: str, everything: int) -> float:
    """The share of ids up to ``everything`` that match ``q`` in a sample of the FTS index:
    SAMPLE_SLICES slices of SAMPLE_WIDTH ids spread over the range (all of it when small)."""
    if everything <= 0:
        return 0.0
    bounds = sorted({everything * i // SAMPLE_SLICES for i in range(SAMPLE_SLICES + 1)})
    slices = [(max(lo, hi - SAMPLE_WIDTH), hi) for lo, hi in zip(bounds, bounds[1:])]
    counts = [select(func.count()).select_from(FTS)
              .where(_fts_match(q), FTS.c.rowid > lo, FTS.c.rowid <= hi).scalar_subquery()
              for lo, hi in slices]
    sampled = sum(hi - lo for lo, hi in slices)
    hits = conn.execute(select(sum(counts[1:], counts[0]))).scalar_one()
    return hits / sampled


def optimize_search_index(conn: Connection) -> None:
    """Merge the SQLite full-text index into one segment (see migration 0005); PostgreSQL: nothing."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")


def fts_segments(conn: Connection) -> int:
    """How many segments the FTS5 index has (each holds a b-tree of its pages in the
    ``claim_fts_idx`` shadow table, keyed by segment id first)."""
    return conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM claim_fts_idx").scalar() or 1


def _search_plan(conn: Connection, f: ClaimFilter, sort: str, total: int | None, match: FtsMatch | None = None,
                 rows: int = 200) -> str:
    """``rows``: how far into the order the page ends (offset + limit)."""
    if conn.dialect.name != "sqlite" or sort != "deadline" or not f.search.split():
        return "set"
    match = match or fts_match(conn, f.search)
    if match is None or match.query is None:
        return "set"
    everything = conn.execute(select(func.max(C.c.id))).scalar() or 0
    if total is not None and _only_search(f):
        matches = total
    else:
        matches = fts_share(conn, match.query, everything) * everything
    if matches <= WALK_SHARE * everything:
        return "set"
    lookup_us = match.lookups * (PROBE_US + PROBE_US_PER_SEGMENT * fts_segments(conn))
    set_us = matches * match.words * SET_US_PER_MATCH
    # the rows kept in all: with other filters, the count (when the caller knows it) says how many
    kept = matches if total is None else min(total, matches)
    if kept <= WALK_SHARE * everything:
        # many rows match the words, few pass the other filters: let SQLite read those rows
        # through the other filters' indexes, asking the full-text index about each
        candidates = kept * everything / matches
        return "filter" if match.probeable and candidates * lookup_us < matches * SET_ROW_US else "set"
    if not match.probeable:
        return "walk"
    # walking, SQLite tests the other filters first: it probes the rows that pass them, of which
    # the words' share match (rows / share probes); the rows it walks cost both plans the same
    return "probe" if (rows * everything / matches) * lookup_us < set_us else "walk"


def fetch_claim_rows(
    conn: Connection, *, f: ClaimFilter, today: date, sort: str = "deadline", descending: bool = False,
    offset: int = 0, limit: int | None = 200, with_event: bool = False, total: int | None = None,
    match: FtsMatch | None = None,
) -> Sequence:
    """One page of rows. Given ``total``, a page in the second half of the list is read from
    the other end (a short OFFSET instead of skipping most of a million rows). ``match``:
    ``fts_match(conn, f.search)`` when the caller has it already."""
    match = match or _match_for(conn, f)
    if total is not None and offset >= total:
        return []  # nothing there (the caller's count)
    backwards = total is not None and limit is not None and offset > total // 2
    if limit is None:
        rows = total if total is not None else 1 << 62  # every row: never probe
    else:
        rows = (max(0, total - offset) if backwards else offset + limit)
    plan = _search_plan(conn, f, sort, total, match, rows=max(rows, 1))
    q = claim_rows_select(f, today=today, with_event=with_event, dialect=conn.dialect.name,
                          probe=plan in ("probe", "filter"), match=match)
    if plan in ("walk", "probe"):
        q = q.with_hint(C, f"INDEXED BY {DEADLINE_INDEXES[descending]}", "sqlite")
    status = status_as_of(f.as_of)
    if backwards:
        count = max(0, min(limit, total - offset))
        q = q.order_by(*sort_order(sort, descending, status, reverse=True)).offset(max(0, total - offset - count)).limit(count)
        return list(reversed(conn.execute(q).all()))
    q = q.order_by(*sort_order(sort, descending, status)).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return conn.execute(q).all()


def status_counts(conn: Connection, *, f: ClaimFilter, today: date) -> dict[str, tuple[int, int]]:
    """{status: (claims, of which overdue)} in one pass over the filtered claims."""
    return {s: (n, o) for _sid, s, n, o in status_counts_by_speaker(conn, f=f, today=today, per_speaker=False)}


def status_counts_by_speaker(conn: Connection, *, f: ClaimFilter, today: date,
                             per_speaker: bool = True) -> list[tuple[int | None, str, int, int]]:
    """(speaker id, status, claims, of which overdue) for the filtered claims, grouped in SQL
    (speaker id None when ``per_speaker`` is off). Rejected claims left out by subtraction, as
    in ``count_claims``: the grouped counts with them come from the indexes alone."""
    everything = replace(f, include_rejected=True)
    status = status_as_of(f.as_of)
    match = _match_for(conn, f)
    overdue = func.sum(case((overdue_expr(status, f.as_of or today), 1), else_=0))
    keys = [C.c.speaker_id, status] if per_speaker else [status]
    grouped = select(*keys, func.count(), overdue).select_from(C)
    conds = _where(everything, status, today, conn.dialect.name, match=match)
    counts = {tuple(r[:-2]): [r[-2], int(r[-1] or 0)] for r in conn.execute(grouped.where(*conds).group_by(*keys))}
    less = _rejected_only(conn, grouped, everything, today, match) if f.rejected_hidden else None
    if less is not None:
        for r in conn.execute(less.group_by(*keys)):
            counts[tuple(r[:-2])][0] -= r[-2]
            counts[tuple(r[:-2])][1] -= int(r[-1] or 0)
    return [(key[0] if per_speaker else None, key[-1], n, o) for key, (n, o) in counts.items() if n]


def events_of(conn: Connection, *, claim_id: int) -> Sequence:
    return conn.execute(select(E).where(E.c.claim_id == claim_id).order_by(E.c.observed_on, E.c.id)).all()


def more_evidence_of(conn: Connection, *, event_ids: Iterable[int]) -> dict[int, tuple[tuple[str, str | None], ...]]:
    """{event id: ((url, quote), ...)} — the evidence beyond each event's own first link."""
    ids = list(event_ids)
    if not ids:
        return {}
    out: dict[int, list] = {}
    for r in conn.execute(select(EV.c.event_id, EV.c.url, EV.c.quote).where(EV.c.event_id.in_(ids))
                          .order_by(EV.c.event_id, EV.c.position)):
        out.setdefault(r.event_id, []).append((r.url, r.quote))
    return {k: tuple(v) for k, v in out.items()}


def add_more_evidence(conn: Connection, *, event_id: int, items: Sequence[tuple[str, str | None]]) -> None:
    if items:
        conn.execute(EV.insert(), [dict(event_id=event_id, position=i, url=u, quote=q or None)
                                   for i, (u, q) in enumerate(items, 1)])


def latest_event(conn: Connection, *, claim_id: int):
    return conn.execute(
        select(E).where(E.c.claim_id == claim_id).order_by(E.c.observed_on.desc(), E.c.id.desc()).limit(1)
    ).first()


def speaker_key(name: str) -> str:
    """The case-folded, space-normalised form speakers are stored and matched under."""
    return " ".join(name.split()).casefold()


def find_speakers(conn: Connection, *, text: str, limit: int) -> list[tuple[int, str]]:
    """Speakers whose name starts with ``text`` (case-insensitive, an index range on the key),
    then, to fill ``limit``, those with a word starting with it ("biden" finds "Joe Biden"),
    then those containing it. At most ``limit`` rows, whatever the number of speakers."""
    key = speaker_key(text)
    if not key:
        return [(r.id, r.name) for r in conn.execute(select(S.c.id, S.c.name).order_by(S.c.key).limit(limit))]
    out: dict[int, str] = {}
    starts = (S.c.key >= key) & (S.c.key < key + "\U0010ffff")
    for r in conn.execute(select(S.c.id, S.c.name).where(starts).order_by(S.c.key).limit(limit)):
        out[r.id] = r.name
    if len(out) < limit:
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        contains = conn.execute(select(S.c.id, S.c.name, S.c.key).where(S.c.key.like(pattern, escape="\\"))
                                .order_by(S.c.key).limit(limit * 4)).all()
        word_start = [r for r in contains if f" {key}" in f" {r.key}"]  # a word of the name starts with it
        for r in word_start + contains:
            if len(out) >= limit:
                break
            out.setdefault(r.id, r.name)
    return list(out.items())[:limit]


def top_speakers(conn: Connection, *, limit: int) -> list[tuple[int, str]]:
    """The ``limit`` speakers with the most claims (the speaker index, no table scan)."""
    n = func.count().label("n")
    counted = select(C.c.speaker_id, n).where(C.c.speaker_id.is_not(None)).group_by(C.c.speaker_id) \
        .order_by(n.desc()).limit(limit).subquery()
    q = select(S.c.id, S.c.name).join(counted, counted.c.speaker_id == S.c.id).order_by(counted.c.n.desc(), S.c.key)
    return [(r.id, r.name) for r in conn.execute(q)]


def upsert_speaker(conn: Connection, *, name: str, kind: str = "unknown", affiliation_id: int | None = None,
                   alias: str | None = None) -> int:
    """The id of the speaker called ``name`` (case-insensitive), created if new."""
    key = speaker_key(name)
    row = conn.execute(select(S.c.id, S.c.kind, S.c.affiliation_id, S.c.aliases).where(S.c.key == key)).first()
    if row is None:
        aliases = alias if alias and alias.casefold() != key else ""
        return conn.execute(
            S.insert().values(name=" ".join(name.split()), key=key, kind=kind, affiliation_id=affiliation_id, aliases=aliases)
        ).inserted_primary_key[0]
    changes = {}
    if row.kind == "unknown" and kind != "unknown":
        changes["kind"] = kind
    if row.affiliation_id is None and affiliation_id is not None and affiliation_id != row.id:
        changes["affiliation_id"] = affiliation_id
    if alias and alias.casefold() != key and alias not in row.aliases.split("\n"):
        changes["aliases"] = "\n".join(a for a in (row.aliases, alias) if a)
    if changes:
        conn.execute(S.update().where(S.c.id == row.id).values(**changes))
    return row.id


def refresh_status_cache(conn: Connection, *, claim_ids: Iterable[int]) -> None:
    """Set each claim's cached status to its latest event (pending when it has none)."""
    for cid in claim_ids:
        ev = latest_event(conn, claim_id=cid)
        conn.execute(
            C.update().where(C.c.id == cid).values(
                status=ev.status if ev else Status.PENDING.value,
                status_observed_on=ev.observed_on if ev else None,
            )
        )


def reset_id_sequences(conn: Connection) -> None:
    """After inserting explicit ids (PostgreSQL keeps its sequences apart from the data)."""
    if conn.dialect.name != "postgresql":
        return
    for table in (A, S, C, E):
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )
