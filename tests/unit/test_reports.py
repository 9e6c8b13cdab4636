"""Report formats: JSON dump round-trips, ClaimReview validates, HTML is self-contained, events CSV."""
import csv
import io
import json
import re
from datetime import date

import pytest

from claimledger.services import ClaimFilter, InputError, Ledger
from claimledger.services.claimreview import RATING
from claimledger.services.export import EVENT_COLUMNS

TODAY = date(2026, 11, 28)
EVIL = ["=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


@pytest.fixture
def recorded(new_db, seed_path):
    ledger = Ledger.open(new_db("r"), today=TODAY, author="analyst")
    ledger.importer.import_file(seed_path)
    rows = {r.quote: r for r in ledger.reader.claims(limit=None)}
    troops = next(r for q, r in rows.items() if "withdraw all foreign troops" in q)
    peace = next(r for q, r in rows.items() if "written peace proposal" in q)
    ledger.outcomes.record_outcome(troops.id, "in_progress", observed_on="2021-07-15", note="drawdown")
    ledger.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30", evidence_url="https://example.org/x",
                          evidence_quote="The last US troops left Kabul.")
    ledger.outcomes.record_outcome(peace.id, "not_fulfilled", observed_on="2021-08-15", note="Kabul fell",
                          evidence_url="https://example.org/kabul")
    ledger.outcomes.update_claim(peace.id, {"summary": "Written peace plan to Kabul", "tags": "afghanistan,peace"})
    ledger.troops, ledger.peace = troops.id, peace.id
    yield ledger
    ledger.close()


def dump(ledger, f=ClaimFilter()) -> str:
    buf = io.StringIO()
    ledger.dump.export_json(buf, f)
    return buf.getvalue()


def test_json_round_trip_is_identical(recorded, tmp_path, new_db):
    first = dump(recorded)
    doc = json.loads(first)
    assert doc["format"] == "claimledger-dump" and len(doc["outcome_events"]) == 3
    assert {"articles", "speakers", "claims", "outcome_events"} <= set(doc)
    path = tmp_path / "dump.json"
    path.write_text(first, encoding="utf-8")
    other = Ledger.open(new_db("other"), today=TODAY)
    added = other.dump.import_json_file(path)
    assert added["claims"] == len(doc["claims"]) and added["outcome_events"] == 3
    assert dump(other) == first
    assert other.reader.claim(recorded.troops).row.status == "fulfilled"
    # loading it again adds nothing
    assert other.dump.import_json_file(path) == {"articles": 0, "speakers": 0, "claims": 0, "outcome_events": 0}
    assert dump(other) == first


def test_json_into_non_empty_database_merges(recorded, tmp_path, new_db):
    path = tmp_path / "d.json"
    path.write_text(dump(recorded), encoding="utf-8")
    other = Ledger.open(new_db("o"), today=TODAY)
    other.importer.import_bytes(b" date 2020-01-01 The mayor will open the bridge next year.", origin="b.txt")
    added = other.dump.import_json_file(path)
    assert added["articles"] == 1 and added["outcome_events"] == 3
    assert len(other.reader.list_articles()) == 2
    troops = next(r for r in other.reader.claims(limit=None) if "withdraw all foreign troops" in r.quote)
    assert other.reader.claim(troops.id).days_early_or_late == -12


@pytest.mark.parametrize("content, message", [
    ("{", "not JSON"),
    ('{"format": "other"}', "not a Claim Ledger JSON export"),
    ('{"format": "claimledger-dump", "version": 9}', "version 9 is not supported"),
    ('{"format": "claimledger-dump", "version": 1, "articles": [], "speakers": [], "claims": [{}], "outcome_events": []}', "claims[0] lacks"),
])
def test_bad_json_import_refused_nothing_written(tmp_path, new_db, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    ledger = Ledger.open(new_db("x"))
    with pytest.raises(InputError, match=re.escape(message)):
        ledger.dump.import_json_file(path)
    assert ledger.reader.list_articles() == []


def test_json_as_of_drops_later_events(recorded):
    doc = json.loads(dump(recorded, ClaimFilter(as_of=date(2021, 8, 20))))
    assert [e["status"] for e in doc["outcome_events"]] == ["in_progress", "not_fulfilled"]


def test_claimreview(recorded):
    buf = io.StringIO()
    n = recorded.reports.export_claimreview(buf)
    doc = json.loads(buf.getvalue())
    assert n == 2 and doc["@context"][0] == "https://schema.org"
    by_status = {item["claimledger:status"]: item for item in doc["@graph"]}
    t = by_status["fulfilled"]
    assert t["@type"] == "ClaimReview" and "withdraw all foreign troops" in t["claimReviewed"]
    assert t["itemReviewed"]["@type"] == "Claim" and t["itemReviewed"]["author"]["name"] == "United States"
    assert t["itemReviewed"]["datePublished"] == "2021-07-06"
    assert t["reviewRating"] == {"@type": "Rating", "alternateName": "Fulfilled", "bestRating": 5, "worstRating": 1,
                                 "ratingValue": RATING[next(s for s in RATING if s.value == "fulfilled")]}
    assert t["datePublished"] == "2021-08-30" and t["author"]["name"] == "analyst"
    assert t["claimledger:deadline"]["latest"] == "2021-09-11" and t["claimledger:daysEarlyOrLate"] == -12
    assert by_status["not_fulfilled"]["reviewRating"]["ratingValue"] == 1


def test_html_report_self_contained(recorded):
    buf = io.StringIO()
    n = recorded.reports.export_html(buf, ClaimFilter(as_of=date(2021, 9, 1)), title="Afghanistan <claims>")
    html = buf.getvalue()
    assert n == recorded.reader.count_claims()
    assert "<script" not in html.lower() and "src=\"http" not in html and "@import" not in html
    assert "Afghanistan &lt;claims&gt;" in html and "as of <b>2021-09-01</b>" in html
    assert html.count('<section class="claim"') == n
    assert "12 days early" in html and "The last US troops left Kabul." in html
    assert '<a href="https://example.org/x">' in html
    assert html.count("<svg") == 2


def test_events_csv(recorded):
    buf = io.StringIO(newline="")
    n = recorded.reports.export_events_csv(buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == 3 and tuple(rows[0]) == EVENT_COLUMNS
    assert [r["status"] for r in rows if r["claim_id"] == str(recorded.troops)] == ["in_progress", "fulfilled"]
    buf = io.StringIO(newline="")
    assert recorded.reports.export_events_csv(buf, ClaimFilter(as_of=date(2021, 8, 1))) == 1


def test_formula_payloads_neutralised_everywhere(new_db):
    ledger = Ledger.open(new_db("evil"), today=TODAY, author="=evil()")
    for i, payload in enumerate(EVIL):
        ledger.importer.import_bytes(f" date 2021-07-06 {payload} The council will vote on plan {i} next week.".encode(),
                            origin=f"{i}.txt", outlet=payload, title=payload)
    for r in ledger.reader.claims(limit=None):
        ledger.outcomes.update_claim(r.id, {"tags": "@tag", "summary": "=1+1", "speaker": "-Minister"})
        ledger.outcomes.record_outcome(r.id, "stalled", observed_on="2021-08-01", note="+note", evidence_quote="=quote")
    for export in (ledger.reports.export_csv, ledger.reports.export_events_csv):
        buf = io.StringIO(newline="")
        assert export(buf) > 0
        for row in csv.reader(io.StringIO(buf.getvalue())):
            for cell in row:
                assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
                assert not cell.startswith("-") or re.fullmatch(r"-\d+", cell), cell


def test_as_of_withdrawal_pending_then_fulfilled(recorded):
    def status(as_of):
        buf = io.StringIO(newline="")
        recorded.reports.export_csv(buf, ClaimFilter(as_of=as_of))
        row = next(r for r in csv.DictReader(io.StringIO(buf.getvalue())) if r["claim_id"] == str(recorded.troops))
        return row["status"], row["overdue"]

    assert status(date(2021, 8, 20)) == ("in_progress", "false")
    assert status(date(2021, 9, 1)) == ("fulfilled", "false")


def test_track_records(recorded):
    records = {t.speaker: t for t in recorded.stats.track_records(ClaimFilter(as_of=date(2021, 9, 1)))}
    us = records["United States"]
    assert us.fulfilled == 1 and us.median_days_early_or_late == -12
    assert records["Taliban"].not_fulfilled == 1


def test_several_pieces_of_evidence_per_outcome_travel_everywhere(recorded, tmp_path):
    troops = recorded.reader.claims(limit=None)
    cid = next(r.id for r in troops if "withdraw all foreign troops" in r.quote)
    recorded.outcomes.record_outcome(cid, "fulfilled", observed_on="2021-08-31",
                            more_evidence=[("https://example.org/a", "last flight left"), ("https://example.org/b", None)])
    last = recorded.reader.claim(cid).history[-1]
    assert last.all_evidence == (("https://example.org/a", "last flight left"), ("https://example.org/b", None))
    recorded.outcomes.record_outcome(cid, "fulfilled", observed_on="2021-08-31", evidence_url="https://example.org/main",
                            more_evidence=[("https://example.org/c", "=formula?")])
    assert recorded.reader.claim(cid).history[-1].all_evidence == (("https://example.org/main", None), ("https://example.org/c", "=formula?"))
    with pytest.raises(InputError, match="not an http"):
        recorded.outcomes.record_outcome(cid, "fulfilled", more_evidence=[("ftp://x", None)])
    # JSON round trip keeps them
    first = dump(recorded)
    path = tmp_path / "e.json"
    path.write_text(first, encoding="utf-8")
    other = Ledger.open(tmp_path / "e.db", today=TODAY)
    other.dump.import_json_file(path)
    assert dump(other) == first
    assert other.reader.claim(cid).history[-1].more_evidence == (("https://example.org/c", "=formula?"),)
    # events CSV lists them (neutralised), HTML links them all
    buf = io.StringIO(newline="")
    recorded.reports.export_events_csv(buf)
    rows = [r for r in csv.DictReader(io.StringIO(buf.getvalue())) if r["claim_id"] == str(cid)]
    assert rows[-1]["more_evidence"] == "https://example.org/c | =formula?"
    assert rows[-2]["more_evidence"] == "https://example.org/b"
    html = io.StringIO()
    recorded.reports.export_html(html)
    for url in ("https://example.org/a", "https://example.org/b", "https://example.org/c"):
        assert f'<a href="{url}">' in html.getvalue()
