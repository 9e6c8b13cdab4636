"""Possible outcomes from later articles (issue 17): matching, status cues, dates, accept /
dismiss with their undo, and the CLI contract. Runs on SQLite and (make test-postgres) PostgreSQL."""
from __future__ import annotations

import json
from datetime import date

import pytest

from claimledger.services import InputError, Ledger, NotFoundError
from claimledger.services._suggest_text import status_cue
from claimledger.services.suggestions import THRESHOLD
from helpers import SEED, TODAY
from helpers.cli import run

# Written for these tests (not real reporting): what happened after the seed article.
WITHDRAWAL = (" date 2021-08-31 The last U.S. troops left Afghanistan on August 30, ending America's longest war "
              "nearly two weeks before the deadline President Joe Biden had set.\n\n"
              "Thousands of Afghans crowded the airport in the final days of the evacuation.\n\n"
              "Taliban envoys presented a written peace proposal to the Afghan government side in Doha on August 20.\n")
UNRELATED = (" date 2021-08-31 The city council approved a new budget for school meals on Wednesday, the mayor "
             "said.\n\nConstruction of the harbour bridge in Lisbon was completed last month, officials said.\n")
EARLIER = (" date 2021-06-01 The last U.S. troops left the base on May 30, officials said, as the withdrawal of "
           "all foreign troops went ahead.\n")


@pytest.fixture
def led(new_db):
    ledger = Ledger.open(new_db("s"), today=TODAY, author="tester")
    ledger.importer.import_file(SEED)
    yield ledger
    ledger.close()


def _withdrawal_id(ledger) -> int:
    from sqlalchemy import text

    with ledger.engine.connect() as c:
        return c.execute(text("SELECT id FROM claim WHERE quote LIKE '%withdraw all foreign troops%'")).scalar_one()


def _import(ledger, text: str, name: str = "later.txt"):
    return ledger.importer.import_bytes(text.encode(), origin=name)


def test_a_later_article_proposes_the_seed_withdrawal_as_fulfilled_early(led):
    claim_id = _withdrawal_id(led)
    art = _import(led, WITHDRAWAL)
    found = led.suggestions.list(article_id=art.article_id)
    best = [s for s in found if s.claim_id == claim_id]
    assert best, found
    s = best[0]
    assert (s.status, s.observed_on) == ("fulfilled", date(2021, 8, 30))
    assert s.days_early_or_late == -12
    assert s.score >= THRESHOLD
    from sqlalchemy import text as sql

    with led.engine.connect() as c:
        body = c.execute(sql("SELECT text FROM article WHERE id = :i"), {"i": art.article_id}).scalar_one()
    assert body[s.evidence_start:s.evidence_end] == s.evidence_quote
    assert "left Afghanistan on August 30" in s.evidence_quote
    assert found == sorted(found, key=lambda x: -x.score)  # best first


def test_an_article_about_something_else_proposes_nothing(led):
    art = _import(led, UNRELATED)
    assert led.suggestions.list(article_id=art.article_id) == []


def test_a_sentence_sharing_only_a_circumstance_of_a_claim_proposes_nothing_for_it(led):
    """"troops left Afghanistan" shares "force" (troops) with "will not accept the imposition by
    force of a government", not the claim's verb ("accept the imposition")."""
    art = _import(led, WITHDRAWAL)
    assert _claim_like(led, "%imposition by force%") not in {
        s.claim_id for s in led.suggestions.list(article_id=art.article_id)}


def test_an_actor_leaving_the_race_settles_their_claims_about_it(new_db):
    ledger = Ledger.open(new_db("quit"), today=TODAY, author="tester")
    try:
        _import(ledger, " date 2024-03-01 Senator Tom Berg said on Friday that he will win the party's nomination "
                        "in June.\n", "claim.txt")
        art = _import(ledger, " date 2024-04-10 Senator Tom Berg suspended his presidential campaign on "
                              "Wednesday.\n", "quit.txt")
        found = ledger.suggestions.list(article_id=art.article_id)
        assert [(s.status, "nomination" in s.claim_quote) for s in found] == [("not_fulfilled", True)]
    finally:
        ledger.close()


def test_an_article_published_before_the_claim_proposes_nothing_for_it(led):
    art = _import(led, EARLIER)
    assert _withdrawal_id(led) not in {s.claim_id for s in led.suggestions.list(article_id=art.article_id)}


def test_accept_records_the_outcome_with_evidence_and_author_and_undo_restores(led):
    claim_id = _withdrawal_id(led)
    art = _import(led, WITHDRAWAL)
    (s,) = [s for s in led.suggestions.list(article_id=art.article_id) if s.claim_id == claim_id]
    done = led.suggestions.accept(s.suggestion_id, author="analyst")
    assert (done.claim_id, done.status, done.observed_on) == (claim_id, "fulfilled", date(2021, 8, 30))
    from sqlalchemy import text as sql

    with led.engine.connect() as c:
        ev = c.execute(sql("SELECT status, author, evidence_quote, note FROM outcome_event WHERE id = :i"),
                       {"i": done.event_id}).one()
        status = c.execute(sql("SELECT status FROM claim WHERE id = :i"), {"i": claim_id}).scalar_one()
    assert (ev.status, ev.author, status) == ("fulfilled", "analyst", "fulfilled")
    assert ev.evidence_quote == s.evidence_quote and f"suggestion {s.suggestion_id}" in ev.note
    assert led.suggestions.get(s.suggestion_id).state == "accepted"
    with pytest.raises(InputError):
        led.suggestions.accept(s.suggestion_id)  # once
    led.suggestions.unaccept(s.suggestion_id)
    with led.engine.connect() as c:
        status = c.execute(sql("SELECT status FROM claim WHERE id = :i"), {"i": claim_id}).scalar_one()
        events = c.execute(sql("SELECT count(*) FROM outcome_event WHERE claim_id = :i"), {"i": claim_id}).scalar_one()
    assert status == "pending" and events == 2  # history kept: the retraction is an event
    assert led.suggestions.get(s.suggestion_id).state == "open"


def test_dismissed_is_never_proposed_again_and_undo_reopens(led):
    claim_id = _withdrawal_id(led)
    art = _import(led, WITHDRAWAL)
    (s,) = [s for s in led.suggestions.list(article_id=art.article_id) if s.claim_id == claim_id]
    assert led.suggestions.dismiss(s.suggestion_id) == claim_id
    assert led.suggestions.match_article(art.article_id) == 0  # looked at again: nothing new
    assert claim_id not in {x.claim_id for x in led.suggestions.list(article_id=art.article_id)}
    led.suggestions.undismiss(s.suggestion_id)
    assert claim_id in {x.claim_id for x in led.suggestions.list(article_id=art.article_id)}
    with pytest.raises(NotFoundError):
        led.suggestions.dismiss(999999)


PLANS = (" date 2024-03-01 Governor Ana Ruiz said on Friday that she will endorse the transit levy before the "
         "council vote in May.\n\nThe council is not expected to approve the stadium loan, said Mayor Tom Berg.\n")
OUTCOMES = (" date 2024-05-02 Governor Ana Ruiz, who endorsed the transit levy on Tuesday, spoke at the station.\n\n"
            "The council approved the stadium loan on Monday, Mayor Tom Berg said.\n\nThe weather was mild.\n")


def _claim_like(ledger, pattern: str) -> int:
    from sqlalchemy import text

    with ledger.engine.connect() as c:
        return c.execute(text("SELECT min(id) FROM claim WHERE quote LIKE :p"), {"p": pattern}).scalar_one()


def test_a_past_form_of_the_claims_verb_and_a_negated_claim(new_db):
    """No cue word in either sentence: "endorsed" (the claim's "endorse") says it happened; the
    claim that the council will *not* approve is not fulfilled when it approved."""
    ledger = Ledger.open(new_db("p"), today=TODAY, author="tester")
    try:
        _import(ledger, PLANS, "plans.txt")
        art = _import(ledger, OUTCOMES, "outcomes.txt")
        got = {s.claim_id: s for s in ledger.suggestions.list(article_id=art.article_id)}
        levy, loan = _claim_like(ledger, "%endorse the transit levy%"), _claim_like(ledger, "%stadium loan%")
        assert (got[levy].status, got[levy].observed_on) == ("fulfilled", date(2024, 4, 30))
        assert "endorsed the transit levy" in got[levy].evidence_quote
        assert got[loan].status == "not_fulfilled" and "approved the stadium loan" in got[loan].evidence_quote
        assert len(got) == 2  # the weather says nothing
    finally:
        ledger.close()


@pytest.mark.parametrize("prefix_up_to", [50_000, 0])
def test_an_inflected_word_is_found_as_a_stem_prefix_or_as_its_forms(new_db, monkeypatch, prefix_up_to):
    """"repaved" finds the claim's "repave" (no synonym group holds it): as the prefix "repav"* on
    a small ledger, as the stem's regular forms on a large one (PREFIX_UP_TO 0)."""
    from claimledger.services import suggestions as sg

    monkeypatch.setattr(sg, "PREFIX_UP_TO", prefix_up_to)
    ledger = Ledger.open(new_db("f"), today=TODAY, author="tester")
    try:
        _import(ledger, " date 2024-03-01 Mayor Tom Berg said the city will repave Elm Avenue by June.\n", "p.txt")
        art = _import(ledger, " date 2024-06-03 Mayor Tom Berg repaved Elm Avenue last week.\n", "o.txt")
        got = [s for s in ledger.suggestions.list(article_id=art.article_id)
               if s.claim_id == _claim_like(ledger, "%repave Elm Avenue%")]
        assert got and got[0].status == "fulfilled"
    finally:
        ledger.close()


def test_a_large_ledgers_passage_by_passage_search_finds_the_same_claim(led, monkeypatch):
    """When the whole article's search matches more than CANDIDATES claims (here: any), each
    passage's own searches are read, rarest words first: the withdrawal is still proposed."""
    from claimledger.services import suggestions as sg

    monkeypatch.setattr(sg, "CANDIDATES", 0)
    monkeypatch.setattr(sg, "PER_PASSAGE", 2)
    art = _import(led, WITHDRAWAL)
    best = [s for s in led.suggestions.list(article_id=art.article_id) if s.claim_id == _withdrawal_id(led)]
    assert best and best[0].status == "fulfilled"


def test_store_candidate_reads_are_capped_and_keep_to_open_earlier_claims(led):
    from claimledger.services import suggestions as sg
    from claimledger.store import suggestions as store

    claim_id = _withdrawal_id(led)
    with led.uow.read() as conn:
        assert store.match_counts(conn, [("peace",), ("zzqx",), ("and", [("tajikistan",), ("afghan",)])], cap=2) \
            == [2, 0, 1]
        scope = dict(article_id=0, statuses=sg.OPEN_STATUSES, kinds=sg.FORWARD_KINDS, limit=5)
        expr = ("and", [("or", [("u", "s"), ("united", "states")]), ("or", [("withdraw",), ("troops",)])])
        assert claim_id in store.candidate_ids(conn, [expr], published_on=date(2021, 9, 1), **scope)[0]
        assert store.candidate_ids(conn, [expr], published_on=date(2000, 1, 1), **scope) == [[]]  # later claims
        assert store.candidate_ids(conn, [expr], published_on=date(2021, 9, 1), **{**scope, "statuses": ("moot",)}) \
            == [[]]


def test_postgres_plans_the_searches_for_their_own_words(led):
    """Inside custom_plans PostgreSQL plans each statement for its values, also a prepared one;
    the setting as it was after. SQLite: nothing to set."""
    from claimledger.store import suggestions as store

    with led.uow.read() as conn:
        if conn.dialect.name == "postgresql":
            with store.custom_plans(conn):
                assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "force_custom_plan"
            assert conn.exec_driver_sql("SHOW plan_cache_mode").scalar() == "auto"
        else:
            with store.custom_plans(conn):
                pass


def test_postgres_searches_test_each_part_of_an_and_apart_fewest_words_first():
    """One @@ per part of a search's top-level AND (GIN reads each as a scan key of its own),
    the parts naming fewest words first; the same rows as the whole search."""
    from claimledger.store import suggestions as store

    params: dict = {}
    where = store._ts_where(("and", [("or", [("a",), ("b", "c")]), ("d",), ("and", [("e",), ("f", "g")])]), "q0", params)
    assert where.count("claim.search @@") == 4
    assert [params[f"q0_{i}"] for i in range(4)] == ["('d')", "('e')", "('f' <-> 'g')", "(('a') | ('b' <-> 'c'))"]


@pytest.mark.parametrize("per_passage", [1, 20])
def test_a_large_ledgers_searches_find_what_every_search_with_every_word_finds(new_db, monkeypatch, per_passage):
    """On a large ledger (here: a generated one of 2,000 claims, read as large) the passages'
    searches leave out the words no claim holds, and a passage reads its looser searches only
    while its places are not filled: the same candidates in the same order as every search of
    every passage with all its words, and fewer searches."""
    import sys
    from pathlib import Path

    from claimledger.services import suggestions as sg
    from claimledger.services._suggest_text import passages
    from claimledger.store import suggestions as store

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    try:
        from generate import articles
        from suggest_speed import new_article
    finally:
        sys.path.pop(0)
    ledger = Ledger.open(new_db("large"), today=TODAY, author="tester")
    ledger.bulk.bulk_load(articles(2000, seed=7))
    text = new_article()
    for name, value in (("PREFIX_UP_TO", 0), ("CANDIDATES", 0), ("PER_PASSAGE", per_passage)):
        monkeypatch.setattr(sg, name, value)

    real_ids, real_rows = store.candidate_ids, store.claims_by_ids

    def read() -> tuple[list[int], list]:
        """The candidate ids (in the order read) and the searches read, caches emptied first."""
        monkeypatch.setattr(sg, "_common", {})
        monkeypatch.setattr(sg, "_held", {})
        ids, searches = [], []

        def searched(conn, exprs, **kw):
            searches.extend(exprs)
            return real_ids(conn, exprs, **kw)

        def rows(conn, got):
            ids.extend(got)
            return real_rows(conn, got)

        with monkeypatch.context() as m:
            m.setattr(store, "candidate_ids", searched)
            m.setattr(store, "claims_by_ids", rows)
            with ledger.uow.read() as conn:
                sg.candidates(conn, passages(text), text, article_id=0, published=date(2026, 6, 30))
        return ids, searches

    try:
        ids, searches = read()
        monkeypatch.setattr(sg, "_filled", lambda parts: False)
        monkeypatch.setattr(sg, "_held_only", lambda conn, per: per)
        every_ids, every_search = read()
    finally:
        ledger.close()
    assert ids == every_ids and len(ids) > per_passage
    assert len(searches) < len(every_search) if per_passage == 1 else len(searches) == len(every_search)
    if ledger.dialect == "postgresql":  # "rail" is also searched as its stem's guessed forms ("railate" …)
        assert "railate" in repr(every_search) and "railate" not in repr(searches)


def test_held_words_are_the_words_some_claim_holds(led):
    """Asked of PostgreSQL's index, the settings that make it answer put back after; a word that
    is not ASCII letters and digits is not asked. SQLite: every word (not asked)."""
    from claimledger.store import suggestions as store

    with led.uow.read() as conn:
        got = store.held_words(conn, ["withdraw", "zzqx", "troops", "ça"])
        if conn.dialect.name == "postgresql":
            assert got == {"withdraw", "troops", "ça"}
            assert conn.exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
        else:
            assert got == {"withdraw", "zzqx", "troops", "ça"}


def test_counts(led):
    before = led.suggestions.count_open()
    _import(led, WITHDRAWAL)
    assert led.suggestions.count_open() > before == 0


@pytest.mark.parametrize(("passage", "status"), [
    ("The last U.S. troops left Afghanistan on August 30.", "fulfilled"),
    ("Parliament passed the budget on Tuesday.", "fulfilled"),
    ("The Taliban did not present a written proposal.", "not_fulfilled"),
    ("The government never signed the accord.", "not_fulfilled"),
    ("The ministry failed to deliver the trains on time.", "not_fulfilled"),
    ("The troops have not yet left the base.", "in_progress"),
    ("Construction of the rail line began in March.", "in_progress"),
    ("The vote was postponed until next year.", "stalled"),
    ("Talks have stalled since May.", "stalled"),
    ("Only part of the promised aid was delivered.", "partially_fulfilled"),
    ("The pledge is no longer relevant after the coup.", "moot"),
    ("The proposal was withdrawn in July.", "moot"),
    ("The weather was mild on Sunday.", None),
])
def test_status_cues(passage, status):
    cue = status_cue(passage)
    assert (cue.status if cue else None) == status


def test_cli_suggestions_json_contract_accept_and_dismiss(tmp_path, capsys):
    db = tmp_path / "c.db"
    later = tmp_path / "later.txt"
    later.write_text(WITHDRAWAL, encoding="utf-8")
    assert run(capsys, "--db", db, "import", SEED, later)[0] == 0
    code, out, _ = run(capsys, "--db", db, "suggestions", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and rows
    assert all(list(r) == ["suggestion_id", "claim_id", "article_id", "status", "observed_on", "evidence_quote",
                           "evidence_start", "evidence_end", "score"] for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    top = next(r for r in rows if "troops left" in r["evidence_quote"] and r["status"] == "fulfilled")
    code, out, _ = run(capsys, "--db", db, "suggestions", "--claim", top["claim_id"], "--format", "json")
    assert top in json.loads(out)
    code, out, _ = run(capsys, "--db", db, "suggestion", "accept", top["suggestion_id"])
    assert code == 0 and "fulfilled on 2021-08-30" in out
    code, out, _ = run(capsys, "--db", db, "suggestions", "--format", "json")
    assert top["suggestion_id"] not in {r["suggestion_id"] for r in json.loads(out)}
    other = json.loads(out)[0]["suggestion_id"]
    assert run(capsys, "--db", db, "suggestion", "dismiss", other)[0] == 0
    code, _, err = run(capsys, "--db", db, "suggestion", "dismiss", other)
    assert code == 2 and "dismissed" in err and "\n" == err[-1] and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db, "suggestion", "accept", "4242")
    assert code == 2 and "no suggestion with id 4242" in err
    code, out, _ = run(capsys, "--db", db, "suggestions", "--state", "all")
    assert code == 0 and "accepted" in out and "dismissed" in out


def test_a_deadline_lifted_holds_up_the_claim_due_by_it(new_db):
    """"lifted the deadline" shares no word with "will be handed back … by March 3": a claim with a
    deadline ("by …") that is near, whose actor the passage names, is stalled; not a claim whose
    deadline is far off."""
    ledger = Ledger.open(new_db("deadline"), today=TODAY, author="tester")
    try:
        _import(ledger, " date 2024-02-20 Port director Ada Kone said on Monday that the ferry Ostby Star will be "
                        "handed back to its owner by March 3.\n\nAda Kone said the port will repaint the Ostby Star "
                        "by December 2025.\n", "claim.txt")
        art = _import(ledger, " date 2024-03-01 On Wednesday, the transport minister lifted the deadline to give the "
                              "crew of the Ostby Star time to appeal.\n", "lifted.txt")
        found = ledger.suggestions.list(article_id=art.article_id)
        assert [(s.status, "handed back" in s.claim_quote) for s in found] == [("stalled", True)]
    finally:
        ledger.close()


@pytest.mark.parametrize("second, found", [("", True), ("Mayor Tom Berg said he will back her rival.\n\n", False)])
def test_a_first_person_claim_without_a_speaker_is_its_articles_sole_speakers(new_db, second, found):
    """A speech quoted at length: the extractor may leave "we are going to … win the nomination"
    without a speaker. When every attributed claim of its article is one person's, it is theirs;
    when the article quotes two people, it is nobody's. (It is searched by the names it holds:
    here the town, named again where she quits.)"""
    from sqlalchemy import text

    ledger = Ledger.open(new_db("sole"), today=TODAY, author="tester")
    try:
        _import(ledger, " date 2024-03-01 Senator Ada Kone told supporters in Ostby on Friday that she will keep "
                        f"campaigning in every county.\n\n{second}\"I want you to know something: we are going to go "
                        "all the way to Ostby and win the party nomination.\"\n", "claim.txt")
        nomination = _claim_like(ledger, "%win the party nomination%")
        with ledger.engine.begin() as c:
            c.execute(text("UPDATE claim SET speaker_id = NULL WHERE id = :i"), {"i": nomination})
        art = _import(ledger, " date 2024-04-10 Senator Ada Kone suspended her presidential campaign in Ostby on "
                              "Wednesday.\n", "quit.txt")
        got = {s.claim_id: s.status for s in ledger.suggestions.list(article_id=art.article_id)}
        assert got.get(nomination) == ("not_fulfilled" if found else None)
    finally:
        ledger.close()


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("later, status", [
    (" date 2024-05-02 Mayor Ada Kone backed the harbour levy at the council on Tuesday.\n", "fulfilled"),
    (" date 2024-05-02 Mayor Ada Kone opened the new library on Tuesday.\n", None),
    (" date 2024-05-02 Mayor Ada Kone backed her deputy in a council vote on Tuesday.\n", None),
])
def test_a_claim_that_leaves_its_verb_to_the_sentence_before_it(new_db, monkeypatch, later, status, large):
    """"I hope to" says nothing of what is hoped: the sentences before it in its article do ("not
    ready to back the harbour levy"). A later passage naming its speaker and reporting that done
    settles it; one reporting something else of the speaker does not, nor one that shares a single
    word of the sentences before it ("backed her deputy"). Found by the small
    ledger's search and by the large one's (passage by passage: the whole article's search finds
    more than CANDIDATES, the harbour office)."""
    from sqlalchemy import text

    from claimledger.services import suggestions as sg

    if large:
        monkeypatch.setattr(sg, "CANDIDATES", 0)
        monkeypatch.setattr(sg, "PREFIX_UP_TO", 0)
    ledger = Ledger.open(new_db("ellipsis"), today=TODAY, author="tester")
    try:
        body = (" date 2024-03-01 Mayor Ada Kone will open the harbour office in June, her aides said. "
                "Kone said on Friday that she is not ready to back the harbour levy. "
                "\"I am not there yet. But I hope to,\" Kone said.\n")
        _import(ledger, body, "claim.txt")
        fragment = _claim_like(ledger, "I hope to")
        if fragment is None:  # the extractor kept the sentence whole: the fragment as another one would cut it
            fragment = _claim_like(ledger, "%")
            at = body.strip().index("I hope to")
            with ledger.engine.begin() as c:
                c.execute(text("UPDATE claim SET quote = 'I hope to', start = :s, \"end\" = :e, kind = 'plan' "
                               "WHERE id = :i"), {"s": at, "e": at + 9, "i": fragment})
        art = _import(ledger, later, "later.txt")
        got = {s.claim_id: s.status for s in ledger.suggestions.list(article_id=art.article_id)}
        assert got.get(fragment) == status
    finally:
        ledger.close()


def test_a_claim_to_give_a_short_speech_is_settled_by_the_speech_given(new_db):
    """The claim's verb is its object's noun past an adjective: "gave a speech" settles "will give
    a short speech"."""
    ledger = Ledger.open(new_db("speech"), today=TODAY, author="tester")
    try:
        _import(ledger, " date 2024-03-01 Mayor Ada Kone will give a short speech at the Ostby harbour festival "
                        "next month, her office said.\n", "claim.txt")
        speech = _claim_like(ledger, "%short speech%")
        art = _import(ledger, " date 2024-04-08 Mayor Ada Kone gave a speech at the Ostby harbour festival on "
                              "Sunday.\n", "later.txt")
        got = {s.claim_id: s.status for s in ledger.suggestions.list(article_id=art.article_id)}
        assert speech is not None and got.get(speech) == "fulfilled"
    finally:
        ledger.close()
