"""One speaker and one claim across articles (issue 17), end to end on a real database (SQLite,
or PostgreSQL under `make test-postgres`): names resolved to known speakers on import, speakers
merged and split, repeated claims stored as sources of one claim, linked and unlinked by hand,
and what follows (track records, the speaker filter, search, the JSON dump, the CSV report).
The articles and sentences are the project's own."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from claimledger.services import ClaimFilter, InputError, Ledger, NotFoundError
from claimledger.services.sources import SAME_CLAIM, similarity
from helpers import TODAY

# The same claim as two outlets word it (each pair: one speaker, one kind).
SAME = [
    ("the United States will cut its greenhouse gas emissions in half by 2030",
     "leaders that the United States will cut its greenhouse gas emissions in half by 2030"),
    ("the government will raise the minimum wage to 15 dollars by 2025",
     "the government would raise the minimum wage to $15 by 2025"),
    ("the company will open a new factory in Ohio next year",
     "the company would open a new factory in Ohio next year"),
    ("we will withdraw all foreign troops by September 11",
     "all foreign troops will be withdrawn by September 11"),
    ("the central bank will keep interest rates unchanged until the end of the year",
     "the central bank would keep rates unchanged until the end of the year"),
    ("the ministry plans to build 200 new schools by 2026",
     "the ministry plans to build 200 schools by 2026"),
    ("the bridge will reopen to traffic in March",
     "the bridge is set to reopen to traffic in March"),
    ("the party will hold its leadership election on June 3",
     "the party would hold a leadership election on June 3"),
]
# Different claims of one speaker on one subject.
DIFFERENT = [
    ("the United States will cut its greenhouse gas emissions in half by 2030",
     "the United States will rejoin the Paris climate agreement"),
    ("the government will raise the minimum wage to 15 dollars by 2025",
     "the government will cut taxes for small businesses by 2025"),
    ("the company will open a new factory in Ohio next year",
     "the company will close its factory in Texas next year"),
    ("we will withdraw all foreign troops by September 11",
     "we will keep a small embassy guard in Kabul after September 11"),
    ("the central bank will keep interest rates unchanged until the end of the year",
     "the central bank will raise interest rates in January"),
    ("the ministry plans to build 200 new schools by 2026",
     "the ministry plans to hire 5,000 new teachers by 2026"),
    ("the bridge will reopen to traffic in March",
     "the tunnel will close to traffic in March"),
    ("the party will hold its leadership election on June 3",
     "the party will publish its manifesto on June 3"),
    ("the council of district 3 will finish road project 5 by March 6",
     "the council of district 4 will finish road project 5 by March 6"),
    ("the council of district 3 will finish road project 4 by March 5",
     "the council of district 5 will finish road project 3 by March 4"),
]


def test_the_threshold_separates_the_same_claim_from_different_ones():
    same = [similarity(a, b) for a, b in SAME]
    different = [similarity(a, b) for a, b in DIFFERENT]
    assert min(same) >= SAME_CLAIM > max(different), (sorted(same), sorted(different))


@pytest.fixture
def led(new_db):
    ledger = Ledger.open(new_db("src"), today=TODAY, author="tester")
    yield ledger
    ledger.close()


def add(ledger, text: str, published: str, name: str):
    return ledger.importer.import_bytes(text.encode(), origin=f"{name}.txt", published=published, title=name)


def speaker_of(ledger, quote_words: str):
    rows = [r for r in ledger.reader.claims(ClaimFilter(include_rejected=True), limit=None) if quote_words in r.quote]
    assert len(rows) == 1, [r.quote for r in rows]
    return rows[0]


EMISSIONS = "President Joe Biden said on Thursday that the United States will cut its greenhouse gas emissions in half by 2030.\n"
SUMMIT = "President Biden told leaders that the United States would cut its greenhouse gas emissions in half by 2030.\n"
EUROPE = "Mr. Biden also said he would visit Europe in June.\n"
RAIL = "Biden said the administration would announce new rail funding next month.\n"


# -- one speaker across articles -----------------------------------------------------------------------
def test_a_surname_title_or_full_name_in_later_articles_is_the_same_speaker(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, EUROPE, "2021-04-23", "two")
    add(led, RAIL, "2021-04-24", "three")
    names = {speaker_of(led, w).speaker for w in ("cut its greenhouse", "visit Europe", "rail funding")}
    assert names == {"Joe Biden"}
    [biden] = [s for s in led.speakers.list() if s.name == "Joe Biden"]
    assert {"Mr. Biden", "Biden", "President Joe Biden"} <= set(biden.aliases)
    assert biden.claims == 3


def test_two_persons_with_the_surname_are_never_guessed_between(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, "Hunter Biden said he will publish a memoir in the autumn.\n", "2021-04-22", "two")
    add(led, RAIL, "2021-04-24", "three")
    assert speaker_of(led, "rail funding").speaker == "Biden"  # a speaker of its own
    assert speaker_of(led, "publish a memoir").speaker == "Hunter Biden"


def test_a_full_name_after_the_surname_alone_names_that_speaker_in_full(led):
    add(led, RAIL, "2021-04-20", "one")
    assert speaker_of(led, "rail funding").speaker == "Biden"
    add(led, EMISSIONS, "2021-04-22", "two")
    first, second = speaker_of(led, "rail funding"), speaker_of(led, "cut its greenhouse")
    assert first.speaker == second.speaker == "Joe Biden"
    assert len([s for s in led.speakers.list() if "Biden" in s.name]) == 1


def test_a_person_keeps_the_organisation_they_speak_for(led):
    add(led, "Taliban spokesman Zabihullah Mujahid said the group will open a new office in Doha by January.\n",
        "2021-07-01", "one")
    add(led, "Mujahid said the group will release 200 prisoners next week.\n", "2021-07-03", "two")
    row = speaker_of(led, "release 200 prisoners")
    assert row.speaker == "Zabihullah Mujahid" and row.speaker_affiliation == "Taliban"


def _two_speakers(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, "Senator Ada Kone said the bill will pass the Senate by June.\n", "2021-04-23", "two")
    a = speaker_of(led, "pass the Senate")
    b = speaker_of(led, "cut its greenhouse")
    return a, b


def test_merge_moves_claims_aliases_and_follows_into_track_records_filter_and_search(led):
    a, b = _two_speakers(led)
    led.outcomes.record_outcome(a.id, "fulfilled", observed_on=date(2021, 5, 30))
    before = {t.speaker: t.total for t in led.stats.track_records()}
    assert before == {"Ada Kone": 1, "Joe Biden": 1}
    r = led.speakers.merge(a_id := _sid(led, "Ada Kone"), b_id := _sid(led, "Joe Biden"))
    assert (r.from_id, r.into_id, r.claims) == (a_id, b_id, 1)
    records = {t.speaker: (t.total, t.fulfilled) for t in led.stats.track_records()}
    assert records == {"Joe Biden": (2, 1)}
    assert {x.id for x in led.reader.claims(ClaimFilter(speaker_id=b_id))} == {a.id, b.id}
    # the old name is an alias now: searching for it finds every claim of the merged speaker
    assert {x.id for x in led.reader.claims(ClaimFilter(search="Kone"))} == {a.id, b.id}
    [biden] = [s for s in led.speakers.list() if s.id == b_id]
    assert "Ada Kone" in biden.aliases
    # and later articles naming the merged-away speaker find the merged one
    add(led, "Ada Kone said the committee will vote on Friday.\n", "2021-04-25", "three")
    assert speaker_of(led, "committee will vote").speaker == "Joe Biden"


def test_split_reverses_the_newest_merge(led):
    a, b = _two_speakers(led)
    a_id, b_id = _sid(led, "Ada Kone"), _sid(led, "Joe Biden")
    aliases_before = {s.id: s.aliases for s in led.speakers.list()}
    led.speakers.merge(a_id, b_id)
    back = led.speakers.split(b_id)
    assert (back.speaker_id, back.name, back.claims, back.from_id) == (a_id, "Ada Kone", 1, b_id)
    assert {s.id: s.aliases for s in led.speakers.list()} == aliases_before
    assert speaker_of(led, "pass the Senate").speaker == "Ada Kone"
    assert {t.speaker for t in led.stats.track_records()} == {"Ada Kone", "Joe Biden"}
    with pytest.raises(InputError, match="no merge to reverse"):
        led.speakers.split(b_id)


def test_split_an_alias_takes_the_claims_attributed_under_it(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, EUROPE, "2021-04-23", "two")
    b_id = _sid(led, "Joe Biden")
    r = led.speakers.split(b_id, alias="mr. biden")
    assert (r.name, r.claims) == ("Mr. Biden", 1)
    assert speaker_of(led, "visit Europe").speaker == "Mr. Biden"
    assert speaker_of(led, "cut its greenhouse").speaker == "Joe Biden"
    assert "Mr. Biden" not in next(s for s in led.speakers.list() if s.id == b_id).aliases
    led.speakers.merge(r.speaker_id, b_id)  # the window's undo of a split
    assert speaker_of(led, "visit Europe").speaker == "Joe Biden"


def test_merge_and_split_refuse_bad_input_and_write_nothing(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    b_id = _sid(led, "Joe Biden")
    with pytest.raises(InputError, match="into itself"):
        led.speakers.merge(b_id, b_id)
    with pytest.raises(NotFoundError, match="no speaker with id 999"):
        led.speakers.merge(999, b_id)
    with pytest.raises(InputError, match="is not an alias"):
        led.speakers.split(b_id, alias="Nobody")
    assert [s.claims for s in led.speakers.list() if s.id == b_id] == [1]


def _sid(led, name: str) -> int:
    return next(s.id for s in led.speakers.list() if s.name == name)


# -- one claim, several sources ------------------------------------------------------------------------
def test_the_same_claim_in_a_later_article_is_a_source_not_a_second_claim(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    second = add(led, SUMMIT, "2021-04-23", "two")
    assert (second.claims, second.sources) == (0, 1)
    rows = led.reader.claims(ClaimFilter(include_rejected=True), limit=None)
    assert len(rows) == 1
    d = led.reader.claim(rows[0].id)
    assert [(s.published_on.isoformat(), s.own, s.origin, s.linked_by) for s in d.sources] == [
        ("2021-04-22", True, True, None), ("2021-04-23", False, False, "auto")]
    assert d.sources[1].quote.startswith("the United States would cut")
    # an article published earlier, imported later, is the origin from then on
    add(led, "Two days ago Joe Biden said the United States will cut its greenhouse gas emissions in half by 2030.\n",
        "2021-04-20", "zero")
    d = led.reader.claim(rows[0].id)
    assert [(s.published_on.isoformat(), s.origin) for s in d.sources] == [
        ("2021-04-20", True), ("2021-04-22", False), ("2021-04-23", False)]


def test_one_import_of_many_files_links_repeats_of_its_own_earlier_articles(led, tmp_path):
    (tmp_path / "articles").mkdir()
    for i, (text, day) in enumerate([(EMISSIONS, "2021-04-22"), (SUMMIT, "2021-04-23"), (EMISSIONS.replace(
            "on Thursday", "on Friday"), "2021-04-24")]):
        (tmp_path / "articles" / f"{i}.txt").write_text(f"date {day}\n{text}", encoding="utf-8")
    done, failed = led.importer.import_many([tmp_path / "articles"], workers=1)
    assert not failed and [(r.claims, r.sources) for r in done] == [(1, 0), (0, 1), (0, 1)]


def test_a_claim_another_program_rejects_or_reclassifies_during_an_import_is_not_joined(led, tmp_path):
    """The import keeps what it read of a speaker's claims between articles (sources.RepeatPool);
    a claim changed meanwhile by another program on the same ledger is judged as it is now."""
    # 0-3: each speaker-and-kind read once its second claim comes (the rail plan reads the
    # emissions plan; the Pope visit reads the Europe visit); then the colleague steps in
    files = [(EMISSIONS, "2021-04-22"), (RAIL, "2021-04-22"), (EUROPE, "2021-04-22"),
             ("Mr. Biden said he would meet the Pope in July.\n", "2021-04-22"),
             (SUMMIT, "2021-04-23"), (EUROPE.replace("also said", "said again"), "2021-04-23"),
             (SUMMIT.replace("President Biden", "Mr. Biden"), "2021-04-24")]
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, (text, day) in enumerate(files):
        (folder / f"{i}.txt").write_text(f"date {day}\n{text}", encoding="utf-8")
    other = Ledger.open(led.uow.url, today=TODAY, author="colleague")

    def meanwhile(r):
        if r.origin.endswith("3.txt"):  # rejects the emissions plan; the Europe visit is a promise
            other.outcomes.set_review(speaker_of(other, "greenhouse").id, "rejected")
            europe = speaker_of(other, "visit Europe")
            other.outcomes.update_claim(europe.id, {"kind": "promise" if europe.kind != "promise" else "plan"})

    try:
        done, failed = led.importer.import_many([folder], workers=1, on_result=meanwhile)
    finally:
        other.close()
    # the rejected claim is no claim to join: the summit's is a claim of its own, and the next
    # article's repeat joins that one; the Europe claim is now of another kind than its repeat
    assert not failed and [(r.claims, r.sources) for r in done] == [(1, 0)] * 6 + [(0, 1)]


def test_different_speakers_or_claims_are_not_linked(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    r = add(led, "Senator Ada Kone said that the United States will cut its greenhouse gas emissions in half by 2030.\n",
            "2021-04-23", "two")
    r2 = add(led, "President Biden said the United States will rejoin the Paris climate agreement.\n", "2021-04-24", "three")
    assert (r.claims, r.sources, r2.claims, r2.sources) == (1, 0, 1, 0)


def test_link_and_unlink_by_hand_give_back_the_claim_as_it_was(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, "Senator Ada Kone said the bill will pass the Senate by June.\n", "2021-04-23", "two")
    y = speaker_of(led, "cut its greenhouse")
    x = speaker_of(led, "pass the Senate")
    led.outcomes.update_claim(x.id, {"summary": "Kone's bill", "tags": "senate"}, expected_version=x.version)
    r = led.sources.link(x.id, y.id)
    assert (r.claim_id, r.article_id, r.detached_claim_id) == (y.id, x.article_id, x.id)
    assert [c.id for c in led.reader.claims(ClaimFilter(include_rejected=True), limit=None)] == [y.id]
    assert [s.linked_by for s in led.reader.claim(y.id).sources] == [None, "analyst"]
    with pytest.raises(InputError, match="source of itself"):
        led.sources.link(y.id, y.id)
    back = led.sources.unlink(y.id, x.article_id)
    assert back.detached_claim_id == x.id
    again = led.reader.claim(x.id).row
    assert (again.summary, again.tags, again.speaker, again.quote) == ("Kone's bill", "senate", "Ada Kone", x.quote)
    assert led.reader.claim(y.id).sources == ()


def test_link_refuses_a_claim_with_outcomes_and_unlink_an_unknown_source(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, "Senator Ada Kone said the bill will pass the Senate by June.\n", "2021-04-23", "two")
    y = speaker_of(led, "cut its greenhouse")
    x = speaker_of(led, "pass the Senate")
    led.outcomes.record_outcome(x.id, "fulfilled", observed_on=date(2021, 6, 1))
    with pytest.raises(InputError, match="has outcomes recorded"):
        led.sources.link(x.id, y.id)
    with pytest.raises(NotFoundError, match="no source in article"):
        led.sources.unlink(y.id, x.article_id)
    with pytest.raises(InputError, match="own article"):
        led.sources.unlink(y.id, y.article_id)
    assert len(led.reader.claims(ClaimFilter(include_rejected=True), limit=None)) == 2


def test_an_auto_source_unlinked_becomes_a_claim_with_its_deadline(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, SUMMIT, "2021-04-23", "two")
    y = speaker_of(led, "cut its greenhouse")
    source = led.reader.claim(y.id).sources[1]
    r = led.sources.unlink(y.id, source.article_id)
    new = led.reader.claim(r.detached_claim_id).row
    assert new.quote == source.quote and new.deadline_latest == date(2030, 12, 31) and new.speaker == "Joe Biden"
    led.sources.link(r.detached_claim_id, y.id)  # the window's undo of an unlink
    assert len(led.reader.claim(y.id).sources) == 2


def test_sources_go_into_the_json_dump_and_come_back(led, new_db, tmp_path):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, SUMMIT, "2021-04-23", "two")
    out = io.StringIO()
    led.dump.export_json(out)
    doc = json.loads(out.getvalue())
    [src] = doc["claim_sources"]
    assert src["linked_by"] == "auto" and src["quote"].startswith("the United States would cut")
    other = Ledger.open(new_db("copy"), today=TODAY, author="tester")
    try:
        added = other.dump.import_dump(doc)
        assert added["claim_sources"] == 1
        assert other.dump.import_dump(doc)["claim_sources"] == 0  # twice changes nothing
        [row] = other.reader.claims(limit=None)
        assert [s.origin for s in other.reader.claim(row.id).sources] == [True, False]
        again = io.StringIO()
        other.dump.export_json(again)
        assert json.loads(again.getvalue())["claim_sources"] == doc["claim_sources"]
    finally:
        other.close()


def test_the_csv_report_counts_the_articles_reporting_each_claim(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, SUMMIT, "2021-04-23", "two")
    add(led, "Senator Ada Kone said the bill will pass the Senate by June.\n", "2021-04-23", "three")
    out = io.StringIO()
    led.reports.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0])[-1] == "sources"
    assert sorted((r["quote"][:20], r["sources"]) for r in rows) == [
        ("the United States wi", "2"), ("the bill will pass t", "1")]


def test_relative_deadlines_of_different_months_or_generic_groups_are_not_one_claim(led):
    add(led, "Mr. Biden said the talks will resume next month.\n", "2021-01-10", "one")
    r = add(led, "Mr. Biden said the talks will resume next month.\n Later.\n", "2021-03-10", "two")
    assert (r.claims, r.sources) == (1, 0)  # February and April: two claims
    add(led, "Officials said the bridge will reopen to traffic in March.\n", "2021-01-10", "three")
    r = add(led, "Officials said the bridge will reopen to traffic in March.\n Later.\n", "2021-01-12", "four")
    assert (r.claims, r.sources) == (1, 0)  # "officials" in two articles are not one speaker


def test_the_html_report_names_the_other_articles(led):
    add(led, EMISSIONS, "2021-04-22", "one")
    add(led, SUMMIT, "2021-04-23", "two")
    out = io.StringIO()
    led.reports.export_html(out)
    page = out.getvalue()
    assert "Origin: one, 2021-04-22" in page and "Also: two, 2021-04-23" in page
    assert "the United States would cut" in page
