"""The window's "Include rejected" switch and the track records' "group people under their
organisation" switch."""
from __future__ import annotations

from PySide6.QtCore import Qt

from claimledger.services import ClaimFilter
from claimledger.ui.track_records import SpeakerIdRole
from ui_helpers import open_window, row_of_quote, rows


def reject(ledger, words: str) -> int:
    (claim,) = [c for c in ledger.reader.claims(ClaimFilter(), limit=500) if words in c.quote]
    ledger.outcomes.set_review(claim.id, "rejected")
    return claim.id


def test_rejected_claims_are_out_until_the_switch_is_on(qtbot, seeded_ledger, settings):
    total = seeded_ledger.reader.count_claims(ClaimFilter())
    rejected = reject(seeded_ledger, "withdraw all foreign troops")  # dated: on the timeline and due soon
    w = open_window(qtbot, seeded_ledger, settings)
    switch = w.filter_bar.include_rejected_check
    assert switch.isVisible() and not switch.isChecked() and "rejected" in switch.text().replace("&", "").lower()
    assert w.current_filter().include_rejected is False
    # off: gone from the table, the counts, the due list, the timeline, the track records, the highlights
    assert w.model.rowCount() == total - 1
    assert rejected not in [c.id for c in rows(w.model)]
    assert f"{total - 1} claims" in w.counts_label.text()
    w.side_tabs.setCurrentWidget(w.due_view)
    w.lower_tabs.setCurrentWidget(w.timeline)
    w.wait_idle()
    assert rejected not in w.due_view.due_claim_ids()
    assert rejected not in w.timeline.view.lanes
    w.lower_tabs.setCurrentWidget(w.track_records)
    w.wait_idle()
    assert "United States" not in w.track_records.names()  # its only claim was the rejected one
    w.select_row(0)
    assert rejected not in [c.id for c in w.article_pane._claims]

    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)  # on: all of them back
    w.wait_idle()
    assert switch.isChecked() and w.current_filter().include_rejected is True
    assert w.model.claim_filter.include_rejected is True
    assert w.model.rowCount() == total
    assert f"{total} claims" in w.counts_label.text()
    assert "United States" in w.track_records.names()
    w.lower_tabs.setCurrentWidget(w.timeline)
    w.wait_idle()
    assert rejected in w.timeline.view.lanes
    assert rejected in w.due_view.due_claim_ids()
    w.select_row(row_of_quote(w.model, "withdraw all foreign troops"))
    assert rejected in [c.id for c in w.article_pane._claims]


def test_the_switch_is_kept_between_runs_and_cleared_with_the_filters(qtbot, seeded_ledger, settings):
    w = open_window(qtbot, seeded_ledger, settings)
    w.filter_bar.include_rejected_check.setChecked(True)
    w.close()
    again = open_window(qtbot, seeded_ledger, settings)
    assert again.filter_bar.include_rejected_check.isChecked()
    assert again.model.claim_filter.include_rejected is True
    again.filter_bar.clear_button.click()
    assert not again.filter_bar.include_rejected_check.isChecked()
    assert again.model.claim_filter.include_rejected is False


def test_track_records_group_people_under_their_organisation(qtbot, seeded_ledger, settings):
    w = open_window(qtbot, seeded_ledger, settings)
    w.lower_tabs.setCurrentWidget(w.track_records)
    w.wait_idle()
    pane = w.track_records
    assert not pane.group_check.isChecked() and pane.group_check.isVisible()

    def claims_of(name: str) -> int:
        return int(pane.model.index(pane.names().index(name), 1).data())

    apart = {name: claims_of(name) for name in pane.names()}
    assert "Zabihullah Mujahid" in apart and "Taliban" in apart
    assert "(reporter)" not in apart
    qtbot.mouseClick(pane.group_check, Qt.MouseButton.LeftButton)
    w.wait_idle()
    assert "Zabihullah Mujahid" not in pane.names()
    assert claims_of("Taliban") == apart["Taliban"] + apart["Zabihullah Mujahid"]
    expected = seeded_ledger.stats.track_records(w.model.claim_filter, group_by_organisation=True)
    assert pane.names() == [t.speaker for t in sorted(expected, key=lambda t: -t.total)]
    w.close()
    again = open_window(qtbot, seeded_ledger, settings)  # remembered
    assert again.track_records.group_check.isChecked()


def test_double_clicking_a_speaker_filters_the_table(qtbot, seeded_ledger, settings):
    w = open_window(qtbot, seeded_ledger, settings)
    w.lower_tabs.setCurrentWidget(w.track_records)
    w.wait_idle()
    pane = w.track_records
    index = pane.model.index(pane.names().index("Taliban"), 0)
    taliban = index.data(SpeakerIdRole)
    pane.view.activated.emit(index)
    w.wait_idle()
    assert w.filter_bar.speaker_combo.currentText() == "Taliban"
    assert w.model.claim_filter.speaker_id == taliban
    shown = seeded_ledger.reader.count_claims(ClaimFilter(speaker_id=taliban))
    assert w.model.rowCount() == shown < seeded_ledger.reader.count_claims(ClaimFilter())
    assert "Taliban" in {c.speaker for c in rows(w.model)}
