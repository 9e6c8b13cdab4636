"""Importing many articles: the language analysis in worker processes, storing in this one."""
from __future__ import annotations

import pytest

from claimledger.services import ClaimFilter, Ledger
from claimledger.services import importing
from claimledger.services.dto import ImportResult

ARTICLE = """Title: Port works {n}
Date: 2021-07-06

The harbour authority said on Monday it would finish dredging berth {n} by September {d}.
"We will open the new terminal next year," port director Anna Berg told reporters.
"""


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(1, 6):
        (folder / f"{n:02d}.txt").write_text(ARTICLE.format(n=n, d=n + 10), encoding="utf-8")
    (folder / "06.txt").write_text(ARTICLE.format(n=1, d=11), encoding="utf-8")  # the same text as 01
    (folder / "07.txt").write_text("Title: no date\n\nNothing to see.", encoding="utf-8")
    return folder


def _claims(ledger):
    return sorted((c.article_title, c.quote, c.speaker, c.deadline_latest) for c in ledger.reader.claims(ClaimFilter()))


@pytest.mark.slow  # worker processes started, each running the language analysis
def test_workers_store_the_same_claims_as_one_process(tmp_path, articles, monkeypatch):
    monkeypatch.setattr(importing, "PARALLEL_MIN", 2)
    one, two = Ledger.open(tmp_path / "one.db"), Ledger.open(tmp_path / "two.db")
    try:
        seen = []
        done1, failed1 = one.importer.import_many([articles], workers=1)
        done2, failed2 = two.importer.import_many([articles], workers=2, progress=lambda d, t, m: seen.append((d, t, m)))
        assert [r.origin for r in done2] == [r.origin for r in done1]
        assert sum(r.created for r in done2) == 5  # 06 repeats 01's text: stored once
        assert [f.origin for f in failed2] == [str(articles / "07.txt")] == [f.origin for f in failed1]
        assert "no publication date" in failed2[0].message
        # five dredging claims (other berths, other dates); the terminal claim, word for word the same
        # in every article, is one claim reported by five (issue 17) — alike in both ledgers
        assert _claims(two) == _claims(one) and len(_claims(two)) == 6
        for ledger in (one, two):
            terminal = next(c for c in ledger.reader.claims(ClaimFilter()) if "new terminal" in c.quote)
            assert len(ledger.sources.of(terminal.id)) == 5
        assert seen[-1] == (7, 7, "") and [d for d, _t, _m in seen] == sorted(d for d, _t, _m in seen)
    finally:
        one.close()
        two.close()


@pytest.mark.slow  # worker processes started, each running the language analysis
def test_cancel_stops_between_articles_and_keeps_what_was_stored(tmp_path, articles, monkeypatch):
    monkeypatch.setattr(importing, "PARALLEL_MIN", 2)
    ledger = Ledger.open(tmp_path / "c.db")
    try:
        stored = []
        done, _failed = ledger.importer.import_many([articles], workers=2, on_result=stored.append,
                                           cancelled=lambda: sum(isinstance(r, ImportResult) for r in stored) >= 2)
        assert 2 <= len(done) < 6
        assert len(ledger.reader.list_articles()) == sum(r.created for r in done)
    finally:
        ledger.close()


def test_the_model_is_announced_while_it_loads(tmp_path, articles, monkeypatch):
    from claimledger.extraction import parse

    monkeypatch.setattr(parse, "is_loaded", lambda: False)
    ledger = Ledger.open(tmp_path / "m.db")
    try:
        messages = []
        ledger.importer.import_many([articles / "01.txt"], progress=lambda d, t, m: messages.append(m))
        assert messages[0] == importing.PREPARING_MODEL
    finally:
        ledger.close()


def test_an_import_of_many_articles_keeps_the_search_index_in_few_segments(tmp_path):
    """Each article is its own transaction and adds a segment to SQLite's full-text index;
    FTS5 alone left 15 segments after these 60, and every search looks each word up in each
    (store/fts.py: IndexUpkeep)."""
    from claimledger.store import fts

    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03d}.txt").write_text(
            f"date 2021-03-{1 + i % 28:02d}\nMinister Ada Kone{i} said the council will open road number {i} by June.\n",
            encoding="utf-8")
    led = Ledger.open(tmp_path / "x.db")
    try:
        done, failed = led.importer.import_many([folder], workers=1)
        assert len(done) == 60 and not failed
        with led.uow.read() as conn:
            assert fts.fts_segments(conn) <= 4
        assert len(led.reader.claims(ClaimFilter(search="road"), limit=None)) == 60  # and it still finds them all
    finally:
        led.close()


@pytest.mark.slow  # worker processes started, each running the language analysis
def test_workers_search_outcome_suggestions_as_one_process_does(tmp_path, monkeypatch):
    """With workers, an article's suggestions are searched in a worker once it is stored, on the
    claims of the articles stored before it (services/importing.py: _Analysis)."""
    import shutil

    from helpers import SEED
    from test_suggestions import WITHDRAWAL

    monkeypatch.setattr(importing, "PARALLEL_MIN", 2)
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "1-seed.txt")
    (folder / "2-withdrawal.txt").write_text(WITHDRAWAL, encoding="utf-8")
    for n in range(3, 6):
        (folder / f"{n}-port.txt").write_text(ARTICLE.format(n=n, d=n + 10), encoding="utf-8")

    def suggested(workers):
        led = Ledger.open(tmp_path / f"{workers}.db")
        try:
            done, failed = led.importer.import_many([folder], workers=workers)
            assert len(done) == 5 and not failed
            return sorted((s.claim_quote, s.status, s.observed_on.isoformat(), s.score, s.evidence_quote)
                          for s in led.suggestions.list())
        finally:
            led.close()

    one, two = suggested(1), suggested(2)
    assert one == two
    # a worker that cannot open the ledger: its searches are done again in this process
    monkeypatch.setattr(importing.Importer, "_url_for_workers", lambda self: f"sqlite:///{tmp_path}")
    assert suggested(3) == one
    assert any("withdraw all foreign troops" in q and (st, day) == ("fulfilled", "2021-08-30")
               for q, st, day, _s, _e in two), two
