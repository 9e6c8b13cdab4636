"""A write of the window re-reads only what it changed (issue 15): the claims table re-reads the
changed rows by id and keeps the analyst's selection and scroll position; a row the filter no
longer selects leaves the table; the other views re-read only when they show the claim."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from claimledger.services import ClaimFilter
from claimledger.ui import claims_model as cm
from ui_helpers import generated_article, open_window, rows


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings, active=True)


def _spy(monkeypatch, obj, name: str) -> list:
    calls = []
    real = getattr(obj, name)

    def spy(*a, **kw):
        calls.append(a)
        return real(*a, **kw)

    monkeypatch.setattr(obj, name, spy)
    return calls


def _ids(model) -> list[int]:
    return [c.id for c in rows(model)]


def _fresh_ids(ledger, model) -> list[int]:
    return [c.id for c in ledger.reader.claims(model.claim_filter, sort=model.sort_key,
                                                descending=model.descending, limit=None)]


@pytest.mark.parametrize("page_size", [2, 3, 100])
def test_update_claims_patches_rows_and_takes_out_the_ones_the_filter_no_longer_selects(qtbot, seeded_ledger, page_size):
    model = cm.ClaimsTableModel(seeded_ledger, page_size=page_size, max_pages=50)
    model.set_filter(ClaimFilter(reviews=frozenset({"suggested"})))
    before = _ids(model)  # every page read
    assert len(before) > 6
    reloads = []
    model.modelReset.connect(lambda: reloads.append("reset"))
    # a summary edit: the row is patched where it is
    seeded_ledger.outcomes.update_claim(before[2], {"summary": "Patched in place"})
    update = model.update_claims({before[2]})
    assert not update.reloaded and not update.removed
    assert model.claim_at(2).summary == "Patched in place" and _ids(model) == before
    # reviewed: it leaves the queue; the rows after it move up, pages stay consistent
    seeded_ledger.outcomes.update_claim(before[1], {"review": "accepted"})
    update = model.update_claims({before[1]})
    assert update.removed == [before[1]] and not update.reloaded
    assert model.rowCount() == len(before) - 1
    assert _ids(model) == [i for i in before if i != before[1]] == _fresh_ids(seeded_ledger, model)
    assert reloads == []


def test_update_claims_reloads_when_a_claim_moves_or_enters(seeded_ledger):
    model = cm.ClaimsTableModel(seeded_ledger, page_size=100)
    model.set_filter(ClaimFilter(reviews=frozenset({"suggested"})))
    ids = _ids(model)
    first = model.claim_at(0)
    assert first.deadline_latest is not None
    seeded_ledger.outcomes.update_claim(first.id, {"deadline_latest": date(2099, 1, 1), "deadline_earliest": None})
    assert model.update_claims({first.id}).reloaded  # sorted by deadline: it moved to the end
    assert _ids(model) == _fresh_ids(seeded_ledger, model) != ids
    # accepted, then set back to suggested: it enters the queue again
    seeded_ledger.outcomes.update_claim(first.id, {"review": "accepted"})
    model.update_claims({first.id})
    assert first.id not in _ids(model)
    seeded_ledger.outcomes.update_claim(first.id, {"review": "suggested"})
    update = model.update_claims({first.id})
    assert update.reloaded and first.id in _ids(model) and _ids(model) == _fresh_ids(seeded_ledger, model)


def test_a_review_key_rereads_only_the_reviewed_row(window, seeded_ledger, qtbot, monkeypatch):
    window.menus.review_queue_action.trigger()
    queue = _ids(window.model)
    window.lower_tabs.setCurrentWidget(window.track_records)  # shown: it lists the speakers
    window.select_row(1)
    window.table.setFocus()
    window.wait_idle()
    speaker = window.current_claim().speaker
    assert speaker in window.track_records.names()
    full = _spy(monkeypatch, window, "refresh")
    model_reloads = _spy(monkeypatch, window.model, "refresh")
    by_ids = _spy(monkeypatch, seeded_ledger.reader, "claims_by_ids")
    track = _spy(monkeypatch, window.track_records, "load")

    qtbot.keyClick(window.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: seeded_ledger.reader.claim(queue[1]).row.review == "accepted")
    qtbot.waitUntil(lambda: by_ids != [])
    window.wait_idle()
    assert full == [] and model_reloads == []
    assert [set(a[0]) for a in by_ids] == [{queue[1]}]
    assert _ids(window.model) == [i for i in queue if i != queue[1]]
    assert window.current_claim().id == queue[2]
    assert window.detail_pane.history_text() is not None
    assert track  # it lists the reviewed claim's speaker: read again
    window.wait_idle()
    assert speaker in window.track_records.names()
    # undo: the claim is back in the queue (it entered the list: the model re-counts)
    window.menus.undo_action.trigger()
    qtbot.waitUntil(lambda: queue[1] in _ids(window.model))
    assert full == [] and _ids(window.model) == queue


def test_an_edit_keeps_the_selection_and_scroll_and_leaves_other_views_alone(qtbot, ledger, settings, monkeypatch):
    for i in range(3):
        ledger.importer.import_bytes(generated_article(i, 40), origin=f"gen{i}.txt")
    window = open_window(qtbot, ledger, settings, active=True)
    window.resize(1200, 500)
    middle = window.model.rowCount() // 2
    window.select_row(middle)
    window.table.scrollTo(window.model.index(middle, 0))
    window.wait_idle()
    claim = window.current_claim()
    scroll = window.table.verticalScrollBar().value()
    assert scroll > 0
    track = _spy(monkeypatch, window.track_records, "load")
    due = _spy(monkeypatch, window.due_view, "load")
    full = _spy(monkeypatch, window, "refresh")

    window.claim_actions.write(claim, {"summary": "A summary of my own"})
    qtbot.waitUntil(lambda: window.current_claim().summary == "A summary of my own")
    window.wait_idle()
    assert window.current_claim().id == claim.id
    assert window.table.verticalScrollBar().value() == scroll
    assert "A summary of my own" in window.model.index(middle, cm.COL_QUOTE).data()
    assert full == [] and track == [] and due == []  # a summary counts in no track record or due list
