"""Use cases end to end on a real database: import, outcomes, as-of replay, conflicts, CSV."""
import csv
import io
from dataclasses import replace
import json
import re
from datetime import date

import pytest
from sqlalchemy import text

from claimledger.services import ClaimFilter, ConflictError, InputError, Ledger, NotFoundError
from claimledger.services.export import CSV_COLUMNS
from helpers import LATER_ARTICLE

TODAY = date(2026, 11, 28)
CONTRACT = ("claim_id, article_title, outlet, published_on, url, speaker, kind, quote, quote_start, quote_end, "
            "deadline_expression, deadline_earliest, deadline_latest, deadline_granularity, status, "
            "status_observed_on, days_early_or_late, overdue, evidence_url, note, tags, updated_at").split(", ")


@pytest.fixture
def fresh(new_db):
    ledger = Ledger.open(new_db("s"), today=TODAY, author="tester")
    yield ledger
    ledger.close()


@pytest.fixture
def seeded(fresh, seed_path):
    fresh.importer.import_file(seed_path)
    return fresh


def claim_with(ledger, words: str):
    rows = [r for r in ledger.reader.claims(limit=None) if words in r.quote]
    assert rows, f"no claim quoting {words!r}"
    return rows[0]


def table_counts(ledger):
    with ledger.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("article", "claim", "speaker", "outcome_event")}


def test_import_seed_stores_text_and_claims(seeded, seed_path):
    (art,) = seeded.reader.list_articles()
    assert art.published_on == date(2021, 7, 6) and art.origin == seed_path.name
    view = seeded.reader.get_article(art.id)
    assert view.text.startswith("The Taliban has plans")
    rows = seeded.reader.claims(limit=None)
    assert len(rows) == art.claim_count >= 2
    for r in rows:
        assert view.text[r.start:r.end] == r.quote
        assert r.review == "suggested" and r.status == "pending"


def test_mission_claims_have_speakers_and_deadlines(seeded):
    peace = claim_with(seeded, "plans to present a written peace proposal")
    assert (peace.kind, peace.deadline_earliest, peace.deadline_latest, peace.deadline_granularity) == \
        ("plan", date(2021, 8, 1), date(2021, 8, 31), "month")
    assert "Taliban" in (peace.speaker or "") + (peace.speaker_affiliation or "")
    troops = claim_with(seeded, "withdraw all foreign troops by September 11")
    assert (troops.kind, troops.deadline_latest, troops.deadline_granularity) == ("plan", date(2021, 9, 11), "day")
    assert troops.speaker == "United States"


def test_same_text_twice_is_one_article(seeded, seed_path):
    before = table_counts(seeded)
    again = seeded.importer.import_file(seed_path)
    assert not again.created and again.claims == 0
    assert table_counts(seeded) == before


@pytest.mark.parametrize("name, raw, message", [
    ("empty.txt", b"", "file is empty"),
    ("bin.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary data"),
    ("latin1.txt", b" date 2021-07-06 Caf\xe9 will open.", "not UTF-8"),
    ("bad.txt", b" date 2021-02-30 It will rain.", "impossible"),
    ("nodate.txt", b"It will rain tomorrow.", "no publication date"),
])
def test_bad_input_refused_nothing_written(fresh, tmp_path, name, raw, message):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(InputError) as exc:
        fresh.importer.import_file(path)
    assert message in str(exc.value) and name in str(exc.value)
    assert table_counts(fresh) == {"article": 0, "claim": 0, "speaker": 0, "outcome_event": 0}


def test_missing_file_and_bad_published(fresh, tmp_path):
    with pytest.raises(InputError, match="no such file"):
        fresh.importer.import_file(tmp_path / "nope.txt")
    (tmp_path / "a.txt").write_text("It will rain.")
    with pytest.raises(InputError, match="impossible"):
        fresh.importer.import_file(tmp_path / "a.txt", published="2021-02-31")


def test_published_flag_overrides_header(fresh, seed_path):
    r = fresh.importer.import_file(seed_path, published=date(2022, 1, 3))
    assert r.published_on == date(2022, 1, 3)


def test_record_outcome_appends_and_replays(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    seeded.outcomes.record_outcome(troops.id, "in_progress", observed_on="2021-07-20", note="drawdown under way")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", evidence_url="https://example.org/x",
                          evidence_quote="the last US troops left")
    detail = seeded.reader.claim(troops.id)
    assert [h.status for h in detail.history] == ["in_progress", "fulfilled"]
    assert detail.row.status == "fulfilled" and detail.days_early_or_late == -12
    assert detail.history[-1].author == "tester"
    as_of = lambda d: seeded.reader.claim(troops.id, f=ClaimFilter(as_of=d)).row  # noqa: E731
    assert as_of(date(2021, 7, 10)).status == "pending"
    assert as_of(date(2021, 8, 20)).status == "in_progress" and not as_of(date(2021, 8, 20)).overdue
    assert as_of(date(2021, 9, 1)).status == "fulfilled"


def test_overdue_is_derived_from_as_of(seeded):
    peace = claim_with(seeded, "plans to present a written peace proposal")
    overdue_on = lambda d: {r.id for r in seeded.reader.claims(ClaimFilter(as_of=d, overdue_only=True), limit=None)}  # noqa: E731
    assert peace.id not in overdue_on(date(2021, 8, 31))
    assert peace.id in overdue_on(date(2021, 9, 1))
    seeded.outcomes.record_outcome(peace.id, "not_fulfilled", observed_on="2021-08-15", note="Kabul fell")
    assert peace.id not in overdue_on(date(2021, 9, 1))
    assert seeded.reader.counts(ClaimFilter(as_of=date(2021, 9, 1))).by_status["not_fulfilled"] == 1


@pytest.mark.parametrize("kwargs, message", [
    (dict(status="done"), "unknown status 'done'"),
    (dict(status="fulfilled", observed_on="2030-01-01"), "in the future"),
    (dict(status="fulfilled", observed_on="2021-13-01"), "impossible"),
    (dict(status="fulfilled", evidence_url="javascript:alert(1)"), "not an http(s) link"),
])
def test_bad_outcomes_refused(seeded, kwargs, message):
    cid = seeded.reader.claims(limit=1)[0].id
    before = table_counts(seeded)
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        seeded.outcomes.record_outcome(cid, **kwargs)
    assert table_counts(seeded) == before


def test_unknown_claim(seeded):
    with pytest.raises(NotFoundError, match="no claim with id 99999"):
        seeded.outcomes.record_outcome(99999, "fulfilled")


def test_edit_with_stale_version_conflicts(seeded):
    row = seeded.reader.claims(limit=1)[0]
    v2 = seeded.outcomes.update_claim(row.id, {"summary": "mine", "tags": "Afghanistan, talks,afghanistan"}, expected_version=row.version)
    assert v2 == row.version + 1
    with pytest.raises(ConflictError) as exc:
        seeded.outcomes.update_claim(row.id, {"summary": "theirs"}, expected_version=row.version)
    assert exc.value.theirs["summary"] == "mine"
    assert seeded.reader.claim(row.id).row.tags == "afghanistan,talks"
    with pytest.raises(InputError, match="after latest"):
        seeded.outcomes.update_claim(row.id, {"deadline_earliest": "2022-01-02", "deadline_latest": "2022-01-01"})


def test_filters_search_and_sort(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    assert [r.id for r in seeded.reader.claims(ClaimFilter(search="WITHDRAW foreign"))] == [troops.id]
    assert seeded.reader.claims(ClaimFilter(search="100%_")) == []
    assert seeded.reader.count_claims(ClaimFilter(kinds=frozenset({"plan"}))) >= 2
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30")
    assert [r.id for r in seeded.reader.claims(ClaimFilter(statuses=frozenset({"fulfilled"})))] == [troops.id]
    dated = [r.deadline_latest for r in seeded.reader.claims(sort="deadline", limit=None) if r.deadline_latest]
    assert dated == sorted(dated)
    latest_first = seeded.reader.claims(sort="deadline", descending=True, limit=None)
    assert latest_first[0].deadline_latest == max(dated)
    for f in (ClaimFilter(search="withdr foreign"), ClaimFilter(search="the", kinds=frozenset({"plan"})),
              ClaimFilter(search="zzzz")):  # words spelled out from the index (SQLite), or not
        total = seeded.reader.count_claims(f)
        assert total == len(seeded.reader.claims(f, limit=None)) == len(seeded.reader.claims(f, sort="speaker", limit=None))
        assert [r.id for off in range(0, total, 2) for r in seeded.reader.claims(f, offset=off, limit=2, total=total)] == \
            [r.id for r in seeded.reader.claims(f, limit=None)]


def test_csv_report(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", evidence_url="https://example.org/x",
                          note="=HYPERLINK(\"http://evil\")")
    seeded.outcomes.update_claim(troops.id, {"tags": "@risk, +1, -2"})
    buf = io.StringIO(newline="")
    n = seeded.reports.export_csv(buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert list(rows[0].keys())[:len(CONTRACT)] == CONTRACT and tuple(rows[0].keys()) == CSV_COLUMNS
    assert n == len(rows) == seeded.reader.count_claims()
    row = next(r for r in rows if r["claim_id"] == str(troops.id))
    assert (row["status"], row["status_observed_on"], row["days_early_or_late"], row["overdue"]) == \
        ("fulfilled", "2021-08-30", "-12", "false")
    assert (row["deadline_latest"], row["deadline_granularity"], row["speaker"]) == ("2021-09-11", "day", "United States")
    assert row["note"] == "'=HYPERLINK(\"http://evil\")"
    assert row["tags"] == "'@risk,+1,-2"
    assert buf.getvalue().count("\r\n") >= n + 1


def test_csv_as_of_and_excel(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30")
    buf = io.StringIO(newline="")
    seeded.reports.export_csv(buf, ClaimFilter(as_of=date(2021, 8, 20)), excel=True)
    assert buf.getvalue().startswith("\ufeffclaim_id,")
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue().lstrip("\ufeff")))}
    assert rows[str(troops.id)]["status"] == "pending" and rows[str(troops.id)]["overdue"] == "false"
    assert rows[str(troops.id)]["as_of"] == "2021-08-20"


def test_seeds_imported_once_on_empty_database(fresh, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_SEEDS", str(tmp_path / "seeds"))
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_bytes(b" date 2021-07-06 The council will vote next week.")
    assert len(fresh.importer.import_seeds_once()) == 1
    assert fresh.importer.import_seeds_once() == []
    assert len(fresh.reader.list_articles()) == 1


def test_seeds_skipped_when_database_has_articles(fresh, tmp_path, monkeypatch, seed_path):
    fresh.importer.import_file(seed_path)
    monkeypatch.setenv("CLAIMLEDGER_SEEDS", str(tmp_path))
    (tmp_path / "a.txt").write_bytes(b" date 2021-07-06 The council will vote next week.")
    assert fresh.importer.import_seeds_once() == []
    assert len(fresh.reader.list_articles()) == 1


def test_search_covers_speakers_notes_tags_and_prefixes(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    ids = lambda q: {r.id for r in seeded.reader.claims(ClaimFilter(search=q), limit=None)}  # noqa: E731
    assert troops.id in ids("withdr") and troops.id in ids("united states")
    assert ids("Mujahid") and all("Mujahid" in (r.speaker or "") for r in seeded.reader.claims(ClaimFilter(search="Mujahid")))
    assert troops.id not in ids("bagram-evacuation")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", note="Bagram-evacuation complete")
    assert ids("bagram-evacuation") == {troops.id}
    seeded.outcomes.update_claim(troops.id, {"tags": "drawdown", "summary": "Pull-out deadline"})
    assert ids("drawdown") == {troops.id} == ids("pull-out")
    assert ids('"unbalanced quote AND (') == set()  # typed operators are text, never an error


def test_pages_read_from_the_end_match_forward_paging(new_db, seed_path):
    ledger = Ledger.open(new_db("p"), today=TODAY)
    for i in range(12):
        ledger.importer.import_bytes(f" date 2021-0{1 + i % 9}-1{i % 9} The agency will publish report {i} by March {1 + i}. "
                            f"Officials said the talks may resume next month.".encode(), origin=f"{i}.txt")
    for sort in ("deadline", "speaker", "status", "id"):
        for desc in (False, True):
            everything = [r.id for r in ledger.reader.claims(sort=sort, descending=desc, limit=None)]
            total = len(everything)
            assert total >= 12, (sort, desc)  # every article's claim, over several pages of 5
            paged = []
            for offset in range(0, total, 5):
                paged += [r.id for r in ledger.reader.claims(sort=sort, descending=desc, offset=offset, limit=5, total=total)]
            assert paged == everything, (sort, desc)


def _forced(plan: str):
    """A stand-in for the search planner (``queries._choose_plan``) that always chooses ``plan``."""
    return lambda conn, f, sort, total, match=None, rows=200: (plan, match)


@pytest.mark.parametrize("plan", ["set", "walk", "probe", "split"])
def test_every_search_plan_gives_the_same_pages(tmp_path, monkeypatch, plan):
    """The ways of reading a searched page (set, walk, probe, split) must agree row for row
    (tests/unit/test_search_plans.py checks them against the plain query on a larger ledger)."""
    from claimledger.store import search as queries

    ledger = Ledger.open(tmp_path / "plans.db", today=TODAY)
    for i in range(15):
        ledger.importer.import_bytes(f" date 2021-0{1 + i % 9}-1{i % 9} The agency will publish report {i} by March {1 + i}. "
                            f"Officials said wind farms may open next month.".encode(), origin=f"{i}.txt")
    for search in ("w", "wind", "report 3", "wind f", "zzz"):
        for desc in (False, True):
            f = ClaimFilter(search=search)
            monkeypatch.setattr(queries, "_choose_plan", _forced(plan))
            total = ledger.reader.count_claims(f)
            got = [r.id for off in range(0, total, 4) for r in ledger.reader.claims(f, descending=desc, offset=off, limit=4, total=total)]
            monkeypatch.setattr(queries, "_choose_plan", _forced("set"))
            want = [r.id for r in ledger.reader.claims(f, descending=desc, limit=None)]
            assert got == want, (search, desc)
            assert bool(want) == (search != "zzz"), (search, desc)  # pages of rows compared, not empty lists


def test_find_speakers_prefix_then_word_then_anywhere_bounded(ledger):
    from claimledger.services.bulk import BulkArticle, BulkClaim
    names = ["Joe Biden", "Bidenomics Institute", "Ana Obidenko", "50% Club", "under_score Ltd", "Zed"]
    ledger.bulk.bulk_load([BulkArticle(title=n, published_on=date(2024, 1, 1), text=f"{n} said it will rain.",
                                  claims=[BulkClaim(quote="it will rain", start=0, end=12, kind="prediction", speaker=n)])
                      for n in names])
    found = [n for _, n in ledger.reader.find_speakers("biden")]
    assert found == ["Bidenomics Institute", "Joe Biden", "Ana Obidenko"]  # name start, a word's start, anywhere
    assert [n for _, n in ledger.reader.find_speakers("BIDEN", limit=1)] == ["Bidenomics Institute"]
    assert [n for _, n in ledger.reader.find_speakers("%")] == ["50% Club"]  # LIKE wildcards are literal
    assert [n for _, n in ledger.reader.find_speakers("_s")] == ["under_score Ltd"]
    assert len(ledger.reader.find_speakers("", limit=3)) == 3
    sid = dict((n, i) for i, n in ledger.reader.find_speakers("zed"))["Zed"]
    assert ledger.reader.speaker_name(sid) == "Zed" and ledger.reader.speaker_name(10**9) is None
    assert [n for _, n in ledger.reader.top_speakers(limit=2)] and len(ledger.reader.top_speakers(limit=2)) == 2


# -- issue 14: rejected claims, as-of, track records -------------------------------------------
LATER = LATER_ARTICLE.encode()


def csv_ids(ledger, f=ClaimFilter()) -> set[int]:
    buf = io.StringIO(newline="")
    ledger.reports.export_csv(buf, f)
    return {int(r["claim_id"]) for r in csv.DictReader(io.StringIO(buf.getvalue()))}


def everywhere(ledger, f: ClaimFilter) -> dict[str, set[int] | int]:
    """The claim ids (or numbers) each view of the ledger shows under ``f``."""
    events = io.StringIO(newline="")
    ledger.reports.export_events_csv(events, f)
    html, review, dump = io.StringIO(), io.StringIO(), io.StringIO()
    ledger.reports.export_html(html, f)
    ledger.reports.export_claimreview(review, f)
    ledger.dump.export_json(dump, f)
    return {
        "claims": {r.id for r in ledger.reader.claims(f, limit=None)},
        "count": ledger.reader.count_claims(f),
        "counts": ledger.reader.counts(f).total,
        "track": sum(t.total for t in ledger.stats.track_records(f)),
        "due": {r.id for r in ledger.stats.due_soon(3650, replace(f, as_of=f.as_of or date(2021, 7, 6)))},
        "timeline": {r.id for r in ledger.workbench.timeline(f).rows},
        "timeline_total": ledger.workbench.timeline(f).total,
        "csv": csv_ids(ledger, f),
        "events": {int(r["claim_id"]) for r in csv.DictReader(io.StringIO(events.getvalue()))},
        "json": {c["id"] for c in json.loads(dump.getvalue())["claims"]},
        "claimreview": len(json.loads(review.getvalue())["@graph"]),
        "html": set(map(int, re.findall(r'id="claim-(\d+)"', html.getvalue()))),
    }


def test_rejected_claims_are_out_of_every_count_list_and_report_by_default(seeded):
    troops = claim_with(seeded, "withdraw all foreign troops")
    peace = claim_with(seeded, "plans to present a written peace proposal")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30")
    seeded.outcomes.record_outcome(peace.id, "in_progress", observed_on="2021-08-01")
    all_ids = {r.id for r in seeded.reader.claims(limit=None)}
    seeded.outcomes.set_review(peace.id, "rejected")
    seeded.outcomes.set_review(troops.id, "accepted")
    shown = everywhere(seeded, ClaimFilter())
    assert peace.id not in shown["claims"] | shown["due"] | shown["timeline"] | shown["csv"] | shown["json"] | shown["html"]
    assert shown["claims"] == shown["csv"] == shown["json"] == all_ids - {peace.id}
    assert shown["count"] == shown["counts"] == len(all_ids) - 1
    assert shown["events"] == {troops.id} and shown["claimreview"] == 1
    assert "Taliban" not in {t.speaker for t in seeded.stats.track_records()}  # its one claim was rejected
    assert seeded.reader.list_articles()[0].claim_count == len(all_ids) - 1
    # asked for: everything again, and the rejected claim alone through the review filter
    with_rejected = everywhere(seeded, ClaimFilter(include_rejected=True))
    assert with_rejected["claims"] == with_rejected["csv"] == with_rejected["json"] == all_ids
    assert with_rejected["count"] == with_rejected["counts"] == len(all_ids)
    assert peace.id in with_rejected["due"] & with_rejected["timeline"] & with_rejected["html"]
    assert with_rejected["timeline_total"] == shown["timeline_total"] + 1
    assert with_rejected["claimreview"] == 2 and with_rejected["events"] == {troops.id, peace.id}
    assert seeded.reader.list_articles(include_rejected=True)[0].claim_count == len(all_ids)
    assert [r.id for r in seeded.reader.claims(ClaimFilter(reviews=frozenset({"rejected"})))] == [peace.id]
    assert seeded.reader.claim(peace.id).row.review == "rejected"  # its own page still opens
    # the full-text count (SQLite counts from the index alone) leaves it out too
    for words in ("peace", "written peace", "Taliban"):
        for f in (ClaimFilter(search=words), ClaimFilter(search=words, include_rejected=True)):
            assert seeded.reader.count_claims(f) == len(seeded.reader.claims(f, limit=None)), f
    assert seeded.reader.count_claims(ClaimFilter(search="written peace")) == \
        seeded.reader.count_claims(ClaimFilter(search="written peace", include_rejected=True)) - 1
    # set back: counted again
    seeded.outcomes.set_review(peace.id, "suggested")
    assert seeded.reader.count_claims() == len(all_ids)


def test_as_of_leaves_out_articles_published_later_and_their_claims(seeded):
    later = seeded.importer.import_bytes(LATER, origin="later.txt", published="2024-11-20")
    later_ids = {r.id for r in seeded.reader.claims(ClaimFilter(article_id=later.article_id), limit=None)}
    assert len(later_ids) == 2
    today = everywhere(seeded, ClaimFilter())
    assert later_ids <= today["claims"] and later_ids <= today["csv"] and later_ids <= today["timeline"]
    then = ClaimFilter(as_of=date(2021, 12, 2))
    shown = everywhere(seeded, then)
    for view in ("claims", "due", "timeline", "csv", "json", "html"):
        assert not later_ids & shown[view], view
    reporters = len([r for r in seeded.reader.claims(then, limit=None) if r.speaker is None])  # the reporter's facts
    assert shown["count"] == shown["counts"] == shown["track"] + reporters == today["count"] - 2
    assert {t.speaker for t in seeded.stats.track_records(then)} == {"Taliban", "United States", "Zabihullah Mujahid",
                                                                "US State Department"}
    assert next(t for t in seeded.stats.track_records(then) if t.speaker == "Zabihullah Mujahid").total == 6
    # the article list as of then
    assert [a.id for a in seeded.reader.list_articles(as_of=date(2021, 12, 2))] == [1]
    assert seeded.reader.count_articles(as_of=date(2021, 12, 2)) == 1 and seeded.reader.count_articles() == 2
    assert seeded.reader.article_position(later.article_id, as_of=date(2021, 12, 2)) is None
    assert seeded.reader.article_position(1, as_of=date(2021, 12, 2)) == 0 and seeded.reader.article_position(1) == 1
    # a search counted as of then (the fast full-text count must not count the later article)
    assert seeded.reader.count_claims(ClaimFilter(search="fuel taxes")) == 1
    assert seeded.reader.count_claims(ClaimFilter(search="fuel taxes", as_of=date(2021, 12, 2))) == 0
    # on its publication day it is there
    assert later_ids <= {r.id for r in seeded.reader.claims(ClaimFilter(as_of=date(2024, 11, 20)), limit=None)}


def test_track_records_leave_out_the_reporter_and_can_group_people_under_their_organisation(seeded):
    speakers = {t.speaker: t for t in seeded.stats.track_records()}
    assert "(reporter)" not in speakers and None not in {t.speaker_id for t in speakers.values()}
    assert (speakers["Taliban"].total, speakers["Zabihullah Mujahid"].total) == (1, 6)  # apart by default
    assert sum(t.total for t in speakers.values()) == len([r for r in seeded.reader.claims(limit=None) if r.speaker])
    mujahid = claim_with(seeded, "accelerated in the coming days")
    seeded.outcomes.record_outcome(mujahid.id, "fulfilled", observed_on="2021-07-17")
    grouped = {t.speaker: t for t in seeded.stats.track_records(group_by_organisation=True)}
    assert "Zabihullah Mujahid" not in grouped
    taliban = grouped["Taliban"]
    assert (taliban.total, taliban.fulfilled, taliban.median_days_early_or_late) == (7, 1, -2)
    assert taliban.overdue == speakers["Taliban"].overdue + speakers["Zabihullah Mujahid"].overdue - 1
    assert grouped["United States"] == speakers["United States"]
    assert sum(t.total for t in grouped.values()) == sum(t.total for t in speakers.values())


def test_table_count_is_the_count_and_brings_the_status_counts_on_postgresql(seeded):
    """``reader.table_count``: the claims table's count; for a search on PostgreSQL with the
    status bar's counts of the same filter (one read of the matches), equal to ``reader.counts``;
    else without them (SQLite counts a search from the full-text index alone; without words a
    count may come from an index alone)."""
    troops = claim_with(seeded, "withdraw all foreign troops")
    peace = claim_with(seeded, "plans to present a written peace proposal")
    seeded.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30")
    seeded.outcomes.set_review(peace.id, "rejected")
    on_postgres = seeded.uow.dialect == "postgresql"
    for f in (ClaimFilter(), ClaimFilter(search="peace"), ClaimFilter(search="w"), ClaimFilter(include_rejected=True),
              ClaimFilter(search="Taliban", include_rejected=True), ClaimFilter(statuses=frozenset({"fulfilled"})),
              ClaimFilter(overdue_only=True), ClaimFilter(as_of=date(2021, 8, 1)), ClaimFilter(search="zzzz")):
        n, counts = seeded.reader.table_count(f)
        assert n == seeded.reader.count_claims(f), f
        if on_postgres and f.search:
            assert counts == seeded.reader.counts(f) and counts.total == n, f
        else:
            assert counts is None
