"""The workbench part, ledger.workbench (no Qt): claims added from a selection, outcome retraction, timeline data."""
from __future__ import annotations

from datetime import date

import pytest

from claimledger.services import ClaimFilter, InputError


def _article(ledger):
    a = ledger.reader.list_articles()[0]
    return ledger.reader.get_article(a.id)


def test_propose_and_add_claim_validate_offsets(seeded_ledger):
    art = _article(seeded_ledger)
    with pytest.raises(InputError, match="outside the article"):
        seeded_ledger.workbench.add_claim(art.id, 10, len(art.text) + 5, kind="plan")
    with pytest.raises(InputError, match="empty"):
        seeded_ledger.workbench.propose_claim(art.id, 0, 1) if art.text[0].isspace() else seeded_ledger.workbench.add_claim(
            art.id, art.text.index("\n\n"), art.text.index("\n\n") + 2, kind="plan")
    i = art.text.index("withdraw all foreign troops by September 11")
    p = seeded_ledger.workbench.propose_claim(art.id, i - 1, i + 43)
    assert p["quote"] == art.text[p["start"]:p["end"]] == "withdraw all foreign troops by September 11"
    assert p["deadline"]["latest"] == date(2021, 9, 11) and p["speaker"] == "United States"
    cid = seeded_ledger.workbench.add_claim(art.id, p["start"], p["end"], kind="plan", speaker="United States",
                                  deadline_expression="by September 11", deadline_latest="2021-09-11",
                                  deadline_granularity="day")
    row = seeded_ledger.reader.claim(cid).row
    assert (row.quote, row.review, row.deadline_latest) == (p["quote"], "accepted", date(2021, 9, 11))


def test_retract_appends_and_restores_the_previous_outcome(seeded_ledger):
    cid = seeded_ledger.reader.claims(ClaimFilter())[0].id
    first = seeded_ledger.outcomes.record_outcome(cid, "in_progress", observed_on=date(2021, 8, 1),
                                         evidence_url="https://example.org/a")
    second = seeded_ledger.outcomes.record_outcome(cid, "fulfilled", observed_on=date(2021, 8, 30))
    undone = seeded_ledger.workbench.retract_outcome(second.event_id)
    history = seeded_ledger.reader.claim(cid).history
    assert [e.status for e in history] == ["in_progress", "fulfilled", "in_progress"]
    assert history[-1].note == f"undo of event {second.event_id} (restores event {first.event_id})"
    assert history[-1].evidence_url == "https://example.org/a" and undone.status == "in_progress"
    with pytest.raises(InputError, match="no longer the latest"):
        seeded_ledger.workbench.retract_outcome(first.event_id)


def test_timeline_and_row_numbers(seeded_ledger):
    data = seeded_ledger.workbench.timeline(ClaimFilter(), limit=2)
    assert len(data.rows) == 2 and data.total > 2
    assert [r.deadline_latest for r in data.rows] == sorted(r.deadline_latest for r in data.rows)
    for sort in ("deadline", "speaker", "id"):
        rows = seeded_ledger.reader.claims(ClaimFilter(), sort=sort, descending=True)
        assert [seeded_ledger.workbench.claim_row_number(r.id, ClaimFilter(), sort=sort, descending=True) for r in rows] \
            == list(range(len(rows)))
    assert seeded_ledger.workbench.claim_row_number(rows[0].id, ClaimFilter(search="zzzz")) is None


def test_a_selected_claim_gets_its_deadline_by_extractions_rule(ledger):
    text = ("Council delays vote\n\nThe council said on Thursday it will decide on the bridge plan.\n\n"
            "The mayor said the bridge will open by September 30.\n")
    art_id = ledger.importer.import_bytes(text.encode(), origin="test", published="2021-07-09").article_id
    body = ledger.reader.get_article(art_id).text
    i = body.index("The council said")
    p = ledger.workbench.propose_claim(art_id, i, body.index(".", i))
    assert p["deadline"] is None  # "said on Thursday" is when it was said, not when it is due
    j = body.index("The mayor said")
    p = ledger.workbench.propose_claim(art_id, j, body.index(".", j))
    assert p["deadline"]["latest"] == date(2021, 9, 30) and p["deadline"]["expression"] == "by September 30"
