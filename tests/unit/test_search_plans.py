"""Searching fast must not change what a search finds: the vocabulary expansion of long prefixes
(fts.fts_match), the sampled share and every way of reading a page (set, walk, probe, filter) give the
rows of the plain query — the same rows, in the same order, with the same counts — for every filter
and sort."""
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent
from claimledger.store import fts
from claimledger.store import search as queries
from claimledger.store.fts import FTS, FtsMatch, fts_match, fts_query, match_clause

pytestmark = pytest.mark.sqlite_only("FTS5 search plans")

TODAY = date(2024, 6, 1)
# words sharing long prefixes ("minist…"), more than MAX_EXPANSION sharing one ("report…"),
# words with digits, punctuation and diacritics
WORDS = (["ministry", "ministries", "minister", "ministerial", "mint", "wind", "windfall", "window", "farm", "farmer",
          "far", "rate", "rates", "rated", "vaccine", "vaccines", "école", "Über", "pull-out", "O'Neill", "2015",
          "2015-03", "harbour", "expansion", "export", "school", "meals"]
         + [f"report{i}" for i in range(fts.MAX_EXPANSION + 3)])
FILLER = ["the", "will", "said", "by", "plan", "agency", "council", "open", "cut", "deliver"]
SEARCHES = ["minist", "ministry", "ministry ", "MINISTRY f", "ministr fa", "min", "m", "wind", "wind far",
            "windo", "report", "report1", "report10", "repo", "2015", "2015-03", "pull-out", "pull", "o'neill",
            "neill", "ecole", "école", "uber", "Über", "zzzz", "zzzz wind", "ministry zzzz", "vaccines",
            "vaccine rates", "harbour exp", '"unbalanced AND (', "r", "ra", "rat"]
FILTERS = [
    ClaimFilter(),
    ClaimFilter(statuses=frozenset({"pending"})),
    ClaimFilter(kinds=frozenset({"plan", "promise"})),
    ClaimFilter(overdue_only=True),
    ClaimFilter(due_after=date(2022, 1, 1), due_before=date(2023, 6, 30)),
    ClaimFilter(as_of=date(2022, 1, 1), statuses=frozenset({"pending", "fulfilled"})),
]


def _articles(n_claims: int, seed: int = 3):
    rng = random.Random(seed)
    speakers = ["Amina Okafor", "Boris Ivanova", "Carlos Mendes", "Deepa Sharma", None]
    made, i = 0, 0
    while made < n_claims:
        claims = []
        for _ in range(min(6, n_claims - made)):
            quote = " ".join(rng.choice(WORDS if rng.random() < 0.5 else FILLER) for _ in range(rng.randrange(3, 9)))
            due = date(2020, 1, 1) + timedelta(days=rng.randrange(2000)) if rng.random() < 0.8 else None
            events = []
            if rng.random() < 0.3:
                events.append(BulkEvent(status=rng.choice(["fulfilled", "in_progress", "stalled"]),
                                        observed_on=date(2021, 1, 1) + timedelta(days=rng.randrange(900)),
                                        note=rng.choice(["", "confirmed by ministry statement", "window closed"])))
            claims.append(BulkClaim(quote=quote, start=0, end=len(quote), kind=rng.choice(["plan", "promise", "prediction"]),
                                    speaker=rng.choice(speakers), speaker_kind="person", deadline_latest=due,
                                    deadline_earliest=due, deadline_expression="by then" if due else None,
                                    tags=rng.choice(["", "energy", "health,schools"]), events=events))
        yield BulkArticle(title=f"Article {i}", published_on=date(2019, 1, 1) + timedelta(days=i), text=f"text {i}",
                          claims=claims)
        made += len(claims)
        i += 1


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    ledger = Ledger.open(tmp_path_factory.mktemp("plans") / "plans.db", today=TODAY)
    ledger.bulk.bulk_load(_articles(700), chunk=7)  # many transactions: many FTS segments
    yield ledger
    ledger.close()


def _plain(conn, search: str) -> FtsMatch | None:
    """The search as it was before the expansion: every word a prefix."""
    words = fts.fts_words(search)
    return FtsMatch(fts_query(search), False, len(words)) if words else None


def _forced(plan: str):
    """A stand-in for ``queries._choose_plan`` that always chooses ``plan`` ("split-last": "split"
    led by the last word)."""
    def choose(conn, f, sort, total, match=None, rows=200):
        if plan == "split-last" and match is not None and match.terms:
            return "split", match.led_by(len(match.terms) - 1)
        return plan.removesuffix("-last"), match
    return choose


def _matching(conn, q: str | None) -> list[int]:
    if q is None:
        return []
    return list(conn.execute(select(FTS.c.rowid).where(match_clause(q)).order_by(FTS.c.rowid)).scalars())


def test_expansion_finds_what_the_prefixes_find(ledger):
    with ledger.uow.read() as conn:
        assert fts.fts_segments(conn) > 1
        for search in SEARCHES:
            plain = _plain(conn, search)
            match = fts_match(conn, search)
            assert _matching(conn, match and match.query) == _matching(conn, plain and plain.query), search
            assert fts.fts_count(conn, search) == len(_matching(conn, plain and plain.query)), search
        ministry = fts_match(conn, "minist")
        assert ministry.query == '("minister" OR "ministerial" OR "ministries" OR "ministry")' and ministry.probeable
        assert fts_match(conn, "report").query == '"report"*'  # more words than MAX_EXPANSION: the prefix stays
        assert not fts_match(conn, "report").probeable
        assert fts_match(conn, "report10").query == '"report10"'
        assert fts_match(conn, "zzzz wind").query is None  # no indexed word starts with zzzz
        assert fts_match(conn, "Über").query == '"Über"*'  # non-ASCII: FTS5 folds it itself
        assert fts_match(conn, "ra").query == '"ra"*' and fts_match(conn, "ra").probeable  # prefix index
        assert fts_match(conn, "  ") is None


@pytest.mark.slow  # 7 searches x 6 filters x 4 sorts, every page read: about two minutes for the four plans
@pytest.mark.parametrize("plan", ["set", "walk", "probe", "filter", "split", "split-last"])
def test_every_plan_gives_the_plain_rows(ledger, monkeypatch, plan):
    """Each plan, with the expanded words, against the plain query read as one sorted set."""
    today = ledger.uow.today()
    searches = ("minist", "ministry f", "wind", "r", "report1", "zzzz", "o'neill", "wind far r")
    with_rows = set()  # the searches compared on rows, not only on two empty lists
    for search in searches:
        for base in FILTERS:
            f = ClaimFilter(**{**base.__dict__, "search": search})
            for sort, desc in (("deadline", False), ("deadline", True), ("id", True), ("speaker", False)):
                with ledger.uow.read() as conn:
                    monkeypatch.setattr(queries, "fts_match", _plain)
                    monkeypatch.setattr(queries, "_choose_plan", _forced("set"))
                    want = [r.id for r in queries.fetch_claim_rows(conn, f=f, today=today, sort=sort, descending=desc,
                                                                   limit=None)]
                    want_count = queries.count_claims(conn, f=f, today=today)
                    monkeypatch.undo()
                    monkeypatch.setattr(queries, "_choose_plan", _forced(plan))
                    total = queries.count_claims(conn, f=f, today=today)
                    got = [r.id for off in range(0, total, 9)
                           for r in queries.fetch_claim_rows(conn, f=f, today=today, sort=sort, descending=desc,
                                                             offset=off, limit=9, total=total)]
                    monkeypatch.undo()
                assert (total, got) == (want_count, want), (plan, f, sort, desc)
                assert total == len(want)
                if want:
                    with_rows.add(search)
    assert with_rows == set(searches) - {"zzzz"}


@pytest.mark.slow  # 34 searches x 3 filters x 2 orders on the 700-claim ledger
def test_the_chosen_plans_agree_with_the_plain_query(ledger, monkeypatch):
    today = ledger.uow.today()
    with_rows = set()  # the searches compared on rows, not only on two empty lists
    for search in SEARCHES:
        for base in FILTERS[:3]:
            f = ClaimFilter(**{**base.__dict__, "search": search})
            for desc in (False, True):
                total = ledger.reader.count_claims(f)
                pages = [ledger.reader.claims(f, descending=desc, offset=off, limit=25, total=total) for off in (0, 25)]
                with ledger.uow.read() as conn:
                    monkeypatch.setattr(queries, "fts_match", _plain)
                    monkeypatch.setattr(queries, "_choose_plan", _forced("set"))
                    want = [r.id for r in queries.fetch_claim_rows(conn, f=f, today=today, descending=desc, limit=None)]
                    monkeypatch.undo()
                assert total == len(want), (f, desc)
                assert [[r.id for r in p] for p in pages] == [want[:25], want[25:50]], (f, desc)
                if want:
                    with_rows.add(search)
    assert with_rows == set(SEARCHES) - {"zzzz", "zzzz wind", "ministry zzzz", '"unbalanced AND ('}


def test_the_sampled_share_is_the_share_on_a_small_ledger(ledger):
    with ledger.uow.read() as conn:
        everything = conn.execute(select(func.max(queries.C.c.id))).scalar()
        for search in ("ministry", "wind far", "r", "zzzz"):
            q = fts_query(search)
            assert bool(_matching(conn, q)) == (search != "zzzz"), search  # a share of something, but for zzzz
            assert fts.fts_share(conn, q, everything) == pytest.approx(len(_matching(conn, q)) / everything)
        several = [fts_query(search) for search in ("ministry", "wind far", "r", "zzzz")]  # in one statement
        assert fts.fts_shares(conn, several, everything) == pytest.approx(
            [len(_matching(conn, q)) / everything for q in several])
        assert fts.fts_shares(conn, several[:2], 0) == [0.0, 0.0]


def test_plan_choice(ledger, monkeypatch):
    with ledger.uow.read() as conn:
        everything = conn.execute(select(func.max(queries.C.c.id))).scalar()
        broad = ClaimFilter(search="r")  # one prefix index lookup, in most claims
        assert queries._search_plan(conn, broad, "deadline", None, rows=everything) == "walk"  # probes: every row
        assert queries._search_plan(conn, broad, "id", None) == "set"  # only the deadline order has plans
        assert queries._search_plan(conn, ClaimFilter(search="report"), "deadline", None, rows=1) == "walk"  # a long prefix
        assert queries._search_plan(conn, ClaimFilter(search="zzzz"), "deadline", None) == "set"
        monkeypatch.setattr(queries, "PROBE_US", 0.0)
        monkeypatch.setattr(queries, "PROBE_US_PER_SEGMENT", 0.0)
        assert queries._search_plan(conn, broad, "deadline", None, rows=1) == "probe"
        assert queries._search_plan(conn, ClaimFilter(search="minist"), "deadline", None, rows=1) == "probe"
        one = ClaimFilter(search="r", article_id=1)  # few rows pass the other filters: their index leads
        assert queries._search_plan(conn, one, "deadline", 1, rows=1) == "filter"
        assert queries.fetch_claim_rows(conn, f=one, today=TODAY, offset=5, total=5) == []  # past the count


def test_a_rare_word_and_a_short_prefix_split(tmp_path, monkeypatch):
    """A rare word typed with a short prefix ("zephyr f"): the set of the rare word's matches, the
    prefix probed (its long list of matches never read whole); a broad word with it is probed."""
    def claims(n, words):
        return [BulkClaim(quote=f"{words} {k}", start=0, end=1, kind="plan", deadline_latest=date(2021, 1, 1 + k % 28))
                for k in range(n)]

    ledger = Ledger.open(tmp_path / "split.db", today=TODAY)
    ledger.bulk.bulk_load([BulkArticle(title="a", published_on=date(2020, 1, 1), text="t",
                                       claims=claims(190, "farmers fund fairs") + claims(10, "zephyr fans"))])
    monkeypatch.setattr(queries, "SET_US_PER_MATCH", 10.0)  # sets as dear as on a million claims
    with ledger.uow.read() as conn:
        plan, match = queries._choose_plan(conn, ClaimFilter(search="f zephyr"), "deadline", None, rows=5)
        assert (plan, [t.query for t in match.terms]) == ("split", ['"zephyr"', '"f"*'])
        assert match.query == '"zephyr" AND "f"*'
        rows = queries.fetch_claim_rows(conn, f=ClaimFilter(search="f zephyr"), today=TODAY, limit=5)
        assert [r.quote for r in rows] == [f"zephyr fans {k}" for k in range(5)]
        # most claims have both: probing beats building either word's set; one probe a word,
        # the rarer first (a row is asked about "fa"* only when it has "fund")
        plan, match = queries._choose_plan(conn, ClaimFilter(search="fa fund"), "deadline", None, rows=5)
        assert (plan, [t.query for t in match.terms]) == ("probe", ['"fund"', '"fa"*'])
        sql = str(queries.claim_rows_select(ClaimFilter(search="fa fund"), today=TODAY, probe=True, match=match))
        assert sql.count("FROM claim_fts") == 2  # (one probe a word)
        rows = queries.fetch_claim_rows(conn, f=ClaimFilter(search="fa fund"), today=TODAY, limit=5)
        first = sorted(range(190), key=lambda k: k % 28)[:5]  # by deadline, then id
        assert [r.quote for r in rows] == [f"farmers fund fairs {k}" for k in first]
        assert queries._search_plan(conn, ClaimFilter(search="fund fa"), "deadline", None, rows=5) == "probe"
        monkeypatch.setattr(queries, "PROBE_US", 1e6)
        assert queries._search_plan(conn, ClaimFilter(search="fund fa"), "deadline", None, rows=5) == "walk"
    ledger.close()


def test_opening_an_older_ledger_merges_its_search_index(tmp_path):
    """Migration 0005: one segment afterwards, the same matches."""
    path = tmp_path / "m.db"
    ledger = Ledger.open(path, today=TODAY)
    ledger.bulk.bulk_load(_articles(120), chunk=2)
    searches = ("minist", "wind", "r", "2015-03")
    with ledger.uow.read() as conn:
        before = [_matching(conn, fts_match(conn, s).query) for s in searches]
        assert fts.fts_segments(conn) > 1
    with ledger.uow.write() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")  # as written before 0005
        conn.exec_driver_sql("DROP INDEX ix_claim_speaker_status")  # (and before 0006)
        conn.exec_driver_sql("DROP INDEX ix_claim_rejected")  # (and before 0007)
        conn.exec_driver_sql("DROP TABLE feed_entry")  # (and before 0008)
        conn.exec_driver_sql("DROP TABLE feed")
        conn.exec_driver_sql("ALTER TABLE article DROP COLUMN author")  # (and before 0010)
        for (trigger,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_log%'").all():
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")  # (and before 0011)
        conn.exec_driver_sql("DROP TABLE change_log")
        conn.exec_driver_sql("DROP TABLE change_log_mute")
        conn.exec_driver_sql("DROP TABLE claim_source")  # (and before 0012)
        conn.exec_driver_sql("DROP TABLE speaker_merge")
        conn.exec_driver_sql("ALTER TABLE claim DROP COLUMN speaker_mention")
        conn.exec_driver_sql("DROP TABLE suggestion")  # (and before 0013)
    ledger.close()
    ledger = Ledger.open(path, today=TODAY)
    assert ledger.backup_path is not None  # a SQLite change: copied aside first
    with ledger.uow.read() as conn:
        assert fts.fts_segments(conn) == 1
        assert [_matching(conn, fts_match(conn, s).query) for s in searches] == before
    ledger.close()


def test_the_vocabulary_table_survives_a_rolled_back_read(ledger):
    """It is a TEMP table made inside a read; rolling that read back must not break searches."""
    with ledger.engine.connect() as conn:
        tx = conn.begin()
        first = fts_match(conn, "minist").query
        tx.rollback()
        with conn.begin():
            assert fts_match(conn, "minist").query == first


def test_a_big_bulk_load_leaves_one_search_segment(tmp_path, monkeypatch):
    from claimledger.services import bulk
    monkeypatch.setattr(bulk, "OPTIMIZE_AFTER", 50)  # as if it were ten thousand
    ledger = Ledger.open(tmp_path / "big.db")
    ledger.bulk.bulk_load(_articles(120), chunk=2)
    with ledger.engine.connect() as conn:
        assert fts.fts_segments(conn) == 1


@pytest.mark.parametrize("probe_us", [0.0, 1e9])  # each rejected claim looked up, or the set of matches built
def test_rejected_claims_are_counted_out_alike_by_every_plan(tmp_path, monkeypatch, probe_us):
    """Counts leave rejected claims out by subtraction through the partial index (queries.
    _rejected_only); the rows listed leave them out by a plain condition: the two agree."""
    ledger = Ledger.open(tmp_path / "rejected.db", today=TODAY)
    ledger.bulk.bulk_load(_articles(300, seed=5), chunk=10)
    with ledger.uow.write() as conn:
        conn.execute(queries.C.update().where(queries.C.c.id % 7 == 0).values(review="rejected"))
    monkeypatch.setattr(queries, "REJECTED_PROBE_US", probe_us)
    with_rows, rejected_seen = set(), False  # the counts compared on rows, rejected ones among them
    for search in ("", "minist", "wind", "r", "ministry f", "zzzz"):
        for base in FILTERS + [ClaimFilter(reviews=frozenset({"rejected", "suggested"}))]:
            for include in (False, True):
                f = ClaimFilter(**{**base.__dict__, "search": search, "include_rejected": include})
                rows = ledger.reader.claims(f, limit=None)
                assert ledger.reader.count_claims(f) == len(rows), f
                by_status: dict[str, int] = {}
                for r in rows:
                    by_status[r.status] = by_status.get(r.status, 0) + 1
                counts = ledger.reader.counts(f)
                assert (counts.total, counts.by_status, counts.overdue) == (len(rows), by_status,
                                                                           sum(r.overdue for r in rows)), f
                if not include and not base.reviews:
                    assert not [r for r in rows if r.review == "rejected"]
                if rows:
                    with_rows.add(search)
                rejected_seen |= any(r.review == "rejected" for r in rows)
    assert with_rows == {"", "minist", "wind", "r", "ministry f"} and rejected_seen
    ledger.close()
