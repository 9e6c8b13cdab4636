"""Full-text search syntax and the index behind it: FTS5 (SQLite) MATCH expressions, PostgreSQL
tsquery expressions, the index's vocabulary and segments, and counts from the index alone.
The planner that decides how a search is read (``store.search``) stands on these."""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import Connection, column, func, literal_column, select, table, text
from sqlalchemy.sql import ColumnElement

FTS = table("claim_fts", column("rowid"))


def fts_words(search: str) -> list[str]:
    """The words of a search as FTS5 sees them: surrounding punctuation stripped, words with no
    letter or digit dropped."""
    words = (w.strip(".,;:!?()[]{}'\"") for w in search.split())
    return [w for w in words if any(ch.isalnum() for ch in w)]


def _fts_prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def fts_query(search: str) -> str | None:
    """An FTS5 MATCH expression: every word must appear, each as a prefix ("withdr" finds
    "withdraw"). Words are quoted, so FTS5 operators typed by the user are plain text."""
    return " ".join(_fts_prefix(w) for w in fts_words(search)) or None


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
# The text search configuration of the stored vectors and of every query (migration 0009):
# ``simple`` with ``unaccent`` in front, so accents fold as in SQLite's unicode61 tokenizer.
TS_CONFIG = "claimledger"


def ts_match(q: str) -> ColumnElement:
    """``claim.search @@ to_tsquery('claimledger', q)`` for a ``ts_query`` expression."""
    return CLAIM_SEARCH.op("@@")(func.to_tsquery(literal_column(f"'{TS_CONFIG}'::regconfig"), q))


def accent_folding(conn: Connection) -> bool | None:
    """Whether PostgreSQL search folds accents (the ``claimledger`` configuration maps words
    through ``unaccent``: False where the server did not allow the extension); None on SQLite,
    whose index always folds them."""
    if conn.dialect.name != "postgresql":
        return None
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg "
        "JOIN pg_ts_dict d ON d.oid = m.mapdict JOIN pg_ts_template t ON t.oid = d.dicttemplate "
        "WHERE c.cfgname = :cfg AND t.tmplname = 'unaccent')"), {"cfg": TS_CONFIG}).scalar())


def match_clause(q: str) -> ColumnElement:
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
    asking the index about one row at a time is cheap; ``lookups``: how many per row.
    ``terms``: each word's own expression (``query`` is them joined by AND), with its lookups and
    whether it is probeable, for plans that treat the words apart; empty when not known."""

    query: str | None
    probeable: bool
    words: int
    lookups: int = 0
    terms: tuple[FtsTerm, ...] = ()

    def ordered(self, order: list[int]) -> FtsMatch:
        """The same match with its terms in ``order`` (indexes into ``terms``): the order in
        which plans that treat the words apart read them."""
        terms = tuple(self.terms[i] for i in order)
        return replace(self, query=" AND ".join(t.query for t in terms), terms=terms)

    def led_by(self, lead: int) -> FtsMatch:
        """The same match with term ``lead`` first."""
        return self.ordered([lead, *(i for i in range(len(self.terms)) if i != lead)])


@dataclass(frozen=True)
class FtsTerm:
    """One word of a search as a MATCH expression of its own (see ``FtsMatch``)."""

    query: str
    probeable: bool
    lookups: int


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
    words = fts_words(search)
    if not words:
        return None
    terms: list[FtsTerm] = []
    for word in words:
        if len(word) > PREFIX_INDEXED and word.isascii() and word.isalnum():
            expanded = _index_words(conn, word.lower())
            if expanded is not None:
                if not expanded:
                    return FtsMatch(None, True, len(words))
                quoted = ['"' + t.replace('"', '""') + '"' for t in expanded]
                terms.append(FtsTerm(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")", True,
                                     len(quoted)))
                continue
        terms.append(FtsTerm(_fts_prefix(word), len(word) <= PREFIX_INDEXED, 1))
    # FTS5 wants AND spelled out after "(…)"
    return FtsMatch(" AND ".join(t.query for t in terms), all(t.probeable for t in terms), len(words),
                    sum(t.lookups for t in terms), tuple(terms))


SAMPLE_SLICES, SAMPLE_WIDTH = 8, 1250  # fts_share: slices of the id range and their width


def fts_share(conn: Connection, q: str, everything: int) -> float:
    """The share of ids up to ``everything`` that match ``q`` in a sample of the FTS index:
    SAMPLE_SLICES slices of SAMPLE_WIDTH ids spread over the range (all of it when small)."""
    return fts_shares(conn, [q], everything)[0]


def fts_shares(conn: Connection, queries: list[str], everything: int) -> list[float]:
    """``fts_share`` of each of ``queries``, sampled in one statement (its text written here:
    built as a SQLAlchemy expression, the sample of one query cost ~1 ms of Python a keystroke)."""
    if everything <= 0:
        return [0.0] * len(queries)
    bounds = sorted({everything * i // SAMPLE_SLICES for i in range(SAMPLE_SLICES + 1)})
    slices = [(max(lo, hi - SAMPLE_WIDTH), hi) for lo, hi in zip(bounds, bounds[1:])]
    sampled = sum(hi - lo for lo, hi in slices)
    one = " + ".join(f"(SELECT count(*) FROM claim_fts WHERE claim_fts MATCH ? AND rowid > {int(lo)} "
                     f"AND rowid <= {int(hi)})" for lo, hi in slices)
    sql = "SELECT " + ", ".join([one] * len(queries))
    params = tuple(q for q in queries for _ in slices)
    return [hits / sampled for hits in conn.exec_driver_sql(sql, params).one()]


def optimize_search_index(conn: Connection) -> None:
    """Merge the SQLite full-text index into one segment (see migration 0005); PostgreSQL: nothing."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO claim_fts(claim_fts) VALUES ('optimize')")


def claim_id_bound(conn: Connection) -> int:
    """The highest claim id (0 for none): an upper bound of the ledger's size, read from the
    primary key's end at once."""
    return conn.exec_driver_sql("SELECT max(id) FROM claim").scalar() or 0


class IndexUpkeep:
    """The SQLite full-text index kept in few segments while articles are imported one
    transaction each (PostgreSQL: nothing to do).

    Each transaction that writes claims adds a segment to the index, and FTS5 merges them only
    in proportion to what was written: 1,000 imported articles of 20 claims left 23 segments, and
    every search looks each of its words up in each segment (the suggestion searches of an
    import took 2.4 times as long as on one segment). So after each article (:meth:`after_write`)
    some merge work (:data:`MERGE_PAGES` pages, a few milliseconds; it merges levels holding
    several segments), and once the ledger has grown by a tenth since the first article of the
    run, or since the last time (and by :data:`MIN_NEW` claims at least), the whole index merged
    into one segment ('optimize'; its cost grows with the index, hence the geometric steps: they
    add up to about ten times one optimize of the final index, 0.15 s at 20,000 claims; an
    import into a ledger of a million claims, which grows it by far less, never pays it).
    Measured on 150 generated articles imported into a ledger of 11,000 claims: 28.0 s with
    FTS5's own merging (24 segments at the end), 24.1 s with the merges alone, 23.0 s with the
    optimize steps too (2 segments)."""

    MERGE_PAGES = 64
    GROWTH, MIN_NEW = 1.1, 500

    def __init__(self) -> None:
        self._base: int | None = None

    def after_write(self, conn: Connection) -> None:
        if conn.dialect.name != "sqlite":
            return
        bound = claim_id_bound(conn)
        if self._base is None:
            self._base = bound
        if bound >= max(self._base * self.GROWTH, self._base + self.MIN_NEW):
            optimize_search_index(conn)
            self._base = bound
        else:
            conn.exec_driver_sql(f"INSERT INTO claim_fts(claim_fts, rank) VALUES ('merge', {self.MERGE_PAGES})")


def fts_segments(conn: Connection) -> int:
    """How many segments the FTS5 index has (each holds a b-tree of its pages in the
    ``claim_fts_idx`` shadow table, keyed by segment id first)."""
    return conn.exec_driver_sql("SELECT count(DISTINCT segid) FROM claim_fts_idx").scalar() or 1




def fts_count(conn: Connection, search: str, match: FtsMatch | None = None) -> int | None:
    """How many claims the words match, from the full-text index alone (SQLite; else None)."""
    if conn.dialect.name != "sqlite" or not search.split():
        return None
    match = match or fts_match(conn, search)
    if match is None or match.query is None:
        return 0
    return conn.execute(select(func.count()).select_from(FTS).where(match_clause(match.query))).scalar_one()
