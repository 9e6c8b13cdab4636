"""A search typed on ("wind", then "wind f") may be answered from the first page read before it
(services.reading.Reader.claims, store.search.narrows; on SQLite: store.search.narrowing_pays):
always the rows a full read gives, in the same order, also after a write (`make test-postgres`
runs this file too: there every page is read in full)."""
import os
import random
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent
from claimledger.services.reading import Reader
from claimledger.store import search as queries

TODAY = date(2024, 6, 1)
# pairs that always come together ("wind farm") and words sharing prefixes ("ministry", "minister")
PHRASES = ["wind farm", "wind turbine", "ministry of finance", "minister for schools", "vaccine rates",
           "school meals", "rate cut", "rates rise", "harbour expansion", "harbour export", "2015 budget"]
FILLER = ["the", "will", "said", "by", "plan", "agency", "council", "open", "deliver", "Über", "école"]
TYPED = ["wind farm", "ministry fin", "minister f", "vaccine r", "school m", "rates", "harbour exp", "2015 b",
         "w", "zzz", "wind zzz"]
FILTERS = [ClaimFilter(), ClaimFilter(statuses=frozenset({"pending"})), ClaimFilter(kinds=frozenset({"plan"})),
           ClaimFilter(include_rejected=True, overdue_only=True)]
ORDERS = [("deadline", False), ("deadline", True), ("id", True), ("quote", False)]


def _articles(n_claims: int, seed: int = 5, first_deadline: date = date(2020, 1, 1)):
    rng = random.Random(seed)
    made, i = 0, 0
    while made < n_claims:
        claims = []
        for _ in range(min(5, n_claims - made)):
            words = [rng.choice(PHRASES) if rng.random() < 0.4 else rng.choice(FILLER) for _ in range(rng.randrange(2, 6))]
            quote = " ".join(words)
            due = first_deadline + timedelta(days=rng.randrange(1500)) if rng.random() < 0.8 else None
            events = [BulkEvent(status="fulfilled", observed_on=date(2021, 3, 1))] if rng.random() < 0.2 else []
            claims.append(BulkClaim(quote=quote, start=0, end=len(quote), kind=rng.choice(["plan", "promise"]),
                                    speaker=rng.choice(["Amina Okafor", None]), speaker_kind="person",
                                    deadline_latest=due, deadline_earliest=due, events=events))
        yield BulkArticle(title=f"Article {seed}-{i}", published_on=date(2019, 1, 1) + timedelta(days=i),
                          text=f"text {seed} {i}", claims=claims)
        made += len(claims)
        i += 1


@pytest.fixture(scope="module")
def ledger(tmp_path_factory, _pg_admin):
    test_db = os.environ.get("CLAIMLEDGER_TEST_DB", "").strip()  # (tests/conftest.py's new_db, for a module)
    on_postgres = test_db.startswith("postgresql")
    if on_postgres:
        from sqlalchemy.engine import make_url

        name = f"t_narrowed_{random.randrange(1 << 30)}"
        _pg_admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        url = make_url(test_db).set(database=name).render_as_string(hide_password=False)
    else:
        url = tmp_path_factory.mktemp("narrowed") / "n.db"
    led = Ledger.open(url, today=TODAY)
    led.bulk.bulk_load(_articles(400))
    with led.uow.write() as conn:  # some rejected claims: listed only when asked for
        conn.execute(queries.C.update().where(queries.C.c.id % 9 == 0).values(review="rejected"))
    yield led
    led.close()
    if on_postgres:
        _pg_admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _typing(text: str):
    """What the search box holds as ``text`` is typed, a character at a time."""
    return [text[:n] for n in range(1, len(text) + 1)]


@pytest.fixture
def full_reads(monkeypatch):
    """How many pages were read with the page query (``after``: those read on from a row, kept
    in ``full_reads.after``)."""
    class Calls(list):
        after: list[int]

    calls = Calls([0])
    calls.after = []
    real = queries.fetch_claim_rows

    def counted(*a, **k):
        calls[0] += 1
        if k.get("after") is not None:
            calls.after.append(k["after"].id)
        return real(*a, **k)

    monkeypatch.setattr(queries, "fetch_claim_rows", counted)
    return calls


@pytest.mark.parametrize("f", FILTERS, ids=range(len(FILTERS)))
def test_typing_gives_the_rows_of_full_reads_with_fewer_of_them(ledger, full_reads, f):
    typed = Reader(ledger.uow)  # keeps its last first page, as the window's reader does
    steps = 0
    for sort, descending in ORDERS:
        for text in TYPED:
            for search in _typing(text):
                g = replace(f, search=search)
                for limit in (10, 4):  # (then a shorter first page)
                    got = typed.claims(g, sort=sort, descending=descending, limit=limit)
                    want = Reader(ledger.uow).claims(g, sort=sort, descending=descending, limit=limit)
                    assert got == want, (search, sort, descending, limit)
                    steps += 1
    if queries.narrowing_pays(ledger.uow.dialect):  # (full reads alone: 2 a step) many came from the page before
        assert full_reads[0] < 2 * steps - steps // 4
    else:
        assert full_reads[0] == 2 * steps


@pytest.mark.parametrize("sort", ["deadline", "id"])
def test_a_page_whose_rows_do_not_all_match_is_read_on_from_its_last_row(ledger, full_reads, sort):
    """By deadline, the rows after the page's last one are read (the rows of the page that match
    come first); in another order the page is read afresh."""
    reader = Reader(ledger.uow)
    for before, after in [("wind", "wind t"), ("wind t", "wind tu"), ("ministry", "ministry o"), ("rate", "rates")]:
        page = reader.claims(ClaimFilter(search=before), sort=sort, limit=10)
        everything = {r.id for r in Reader(ledger.uow).claims(ClaimFilter(search=after), limit=None)}
        want = Reader(ledger.uow).claims(ClaimFilter(search=after), sort=sort, limit=10)
        reads, read_on = full_reads[0], len(full_reads.after)
        assert reader.claims(ClaimFilter(search=after), sort=sort, limit=10) == want
        if not queries.narrowing_pays(ledger.uow.dialect):
            assert (full_reads[0] - reads, len(full_reads.after)) == (1, read_on)  # read afresh
            continue
        all_match = {r.id for r in page} <= everything
        assert full_reads[0] - reads == (0 if all_match else 1), (before, after)
        if not all_match and sort == "deadline":
            assert full_reads.after[read_on:] == [page[-1].id]
        else:
            assert len(full_reads.after) == read_on


def test_a_write_between_two_keystrokes_is_seen(new_db, full_reads):
    led = Ledger.open(new_db("w"), today=TODAY)
    try:
        quotes = [f"wind farm number {k} opens" for k in range(10)]
        led.bulk.bulk_load([BulkArticle(title="Farms", published_on=date(2019, 1, 1), text="farms", claims=[
            BulkClaim(quote=q, start=0, end=len(q), kind="plan", deadline_latest=date(2021, 1, 1 + k),
                      deadline_earliest=date(2021, 1, 1 + k)) for k, q in enumerate(quotes)])])
        reader = led.reader
        assert len(reader.claims(ClaimFilter(search="wind"), limit=5)) == 5
        reads = full_reads[0]
        reader.claims(ClaimFilter(search="wind "), limit=5)  # (the same rows: from the page before)
        assert full_reads[0] == reads + (0 if queries.narrowing_pays(led.uow.dialect) else 1)
        # another program adds a "wind farm" claim due before every other: the next keystroke shows it
        quote = "the new wind farm opens"
        led.bulk.bulk_load([BulkArticle(title="Later", published_on=date(2019, 1, 1), text="later", claims=[
            BulkClaim(quote=quote, start=0, end=len(quote), kind="plan", deadline_latest=date(2000, 1, 1),
                      deadline_earliest=date(2000, 1, 1))])])
        page = reader.claims(ClaimFilter(search="wind f"), limit=5)
        assert page[0].quote == quote
        assert page == Reader(led.uow).claims(ClaimFilter(search="wind f"), limit=5)
    finally:
        led.close()


@pytest.mark.parametrize("before, after, narrower", [
    ("wind", "wind f", True), ("wind f", "wind fa", True), ("wind", "wind", True), ("", "wind", True),
    ("Wind", "wind farm", True), ("win", "wind farm x", True), ("wind f", "wind", False), ("wind", "win", False),
    ("wind farm", "farm wind", False), ("wind", "", False), ("école", "écoles", False), ("pull-o", "pull-out", False),
    ("o'ne", "o'neill", False), ("wind", "wind-f", False),
])
def test_which_searches_narrow_which(before, after, narrower):
    assert queries.narrows(ClaimFilter(search=before), ClaimFilter(search=after)) is narrower
    assert not queries.narrows(ClaimFilter(search=before), ClaimFilter(search=after, kinds=frozenset({"plan"})))


@pytest.mark.parametrize("descending", [False, True])
def test_the_rows_after_a_row_by_deadline(ledger, descending):
    """``follows``: after a claim with a deadline and after one without (those come last)."""
    f = ClaimFilter(search="harbour")
    every = [r.id for r in Reader(ledger.uow).claims(f, descending=descending, limit=None)]
    rows = Reader(ledger.uow).claims(f, descending=descending, limit=None)
    assert any(r.deadline_latest is None for r in rows) and any(r.deadline_latest for r in rows)
    with ledger.uow.read() as conn:
        for i, row in enumerate(rows):
            after = queries.fetch_claim_rows(conn, f=f, today=TODAY, descending=descending, limit=None, after=row)
            assert [r.id for r in after] == every[i + 1:]


def _forced(plan: str | None):
    """``queries._choose_plan`` choosing ``plan`` (None: its own choice)."""
    real = queries._choose_plan

    def choose(conn, f, sort, total, match=None, rows=200):
        chosen, match = real(conn, f, sort, total, match, rows)
        return (chosen if plan is None or chosen == "set" and sort != "deadline" else plan), match
    return choose


# what is typed: words of the ledger's phrases and fillers, letters typed and taken back
_KEYS = st.lists(st.one_of(st.sampled_from(sorted({w for p in PHRASES + FILLER for w in p.lower().split()})),
                           st.sampled_from(["w", "f", "r", "m", "s", "zz", " ", "<", "<<"])), min_size=1, max_size=6)


@pytest.mark.parametrize("plan", [None, "probe", "split", "walk"])
@settings(max_examples=60, deadline=None)
@given(keys=_KEYS, f=st.sampled_from(FILTERS), order=st.sampled_from(ORDERS[:3]), limits=st.lists(
    st.integers(1, 12), min_size=1, max_size=3))
def test_any_typing_gives_the_rows_of_a_full_read(ledger, plan, keys, f, order, limits):
    """Whatever is typed (words, prefixes, spaces, letters taken back), each keystroke's first
    page (a page of one of ``limits`` rows, as a window of that height reads it) is the page a
    full read gives — the rows the plain set of matches gives, sorted — with each way of reading
    a page forced (SQLite; rejected claims among the rows walked and probed)."""
    if plan is not None and ledger.uow.dialect != "sqlite":
        return  # (PostgreSQL reads every page one way)
    text, typed = "", []
    for key in keys:
        text = text[:-len(key)] if key.startswith("<") else text + key  # ("<": a letter taken back)
        typed.append(text)
    sort, descending = order
    reader = Reader(ledger.uow)
    with pytest.MonkeyPatch.context() as mp:
        for i, search in enumerate(typed):
            g = replace(f, search=search)
            limit = limits[i % len(limits)]
            mp.setattr(queries, "_choose_plan", _forced(plan))
            got = reader.claims(g, sort=sort, descending=descending, limit=limit)
            mp.setattr(queries, "_choose_plan", _forced("set"))
            want = Reader(ledger.uow).claims(g, sort=sort, descending=descending, limit=limit)
            assert [r.id for r in got] == [r.id for r in want], (search, limit)
            assert got == want
