"""The analyst's workflows, driven through the widgets: review with keys, a claim from a text
selection, outcomes with evidence and their undo, filters, as-of, timeline, due view, export,
conflicts, settings kept between runs."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from claimledger.services import ClaimFilter
from claimledger.ui import claims_model as cm
from claimledger.ui.main_window import MainWindow
from ui_helpers import fill_outcome, open_window, row_of_quote, rows, written


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def test_review_queue_with_keys(window, seeded_ledger, qtbot):
    window.menus.review_queue_action.trigger()
    total = window.model.rowCount()
    assert total == seeded_ledger.reader.count_claims(ClaimFilter(reviews=frozenset({"suggested"}))) > 3
    assert window.table.hasFocus() or window.table.setFocus() is None
    first = window.current_claim().id
    qtbot.keyClick(window.table, Qt.Key.Key_A)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(first).row.review == "accepted"
    assert window.model.rowCount() == total - 1  # it left the queue
    second = window.current_claim().id
    assert second != first
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    written(qtbot, window)
    assert seeded_ledger.reader.claim(second).row.review == "rejected"
    third = window.current_claim()
    qtbot.keyClick(window.table, Qt.Key.Key_E)
    editor = window.claim_actions.editor
    assert editor is not None and editor.isVisible()
    editor.summary_edit.setPlainText("Edited summary")
    editor.tags_edit.setText("Afghanistan, Troops")
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    written(qtbot, window)
    row = seeded_ledger.reader.claim(third.id).row
    assert (row.summary, row.tags, row.version) == ("Edited summary", "afghanistan,troops", third.version + 1)
    # Ctrl+Z three times: the edit, the rejection and the acceptance are undone in turn
    for _ in range(3):
        window.menus.undo_action.trigger()
        written(qtbot, window)
    assert seeded_ledger.reader.claim(third.id).row.summary == ""
    assert seeded_ledger.reader.claim(second).row.review == "suggested"
    assert seeded_ledger.reader.claim(first).row.review == "suggested"
    assert window.model.rowCount() == total
    window.menus.redo_action.trigger()
    written(qtbot, window)
    assert seeded_ledger.reader.claim(first).row.review == "accepted"


def test_add_a_claim_from_a_text_selection(window, qtbot, seeded_ledger):
    article = seeded_ledger.reader.get_article(seeded_ledger.reader.list_articles()[0].id)
    window.select_row(0)
    before = window.model.rowCount()
    phrase = "present a written peace proposal to the Afghan government side as soon as next month"
    start = article.text.index(phrase)
    window.article_pane.select_text(start, start + len(phrase))
    window.menus.add_action.trigger()
    editor = window.claim_actions.editor
    assert editor.windowTitle() == "New claim"
    assert editor.speaker_edit.text() == "Taliban"
    assert editor.expression_edit.text() == "as soon as next month"
    assert (editor.earliest_edit.value(), editor.latest_edit.value()) == (date(2021, 8, 1), date(2021, 8, 31))
    assert editor.granularity_combo.currentData() == "month"
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData("promise"))
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    written(qtbot, window)
    new = window.current_claim()
    assert new.quote == phrase == article.text[new.start:new.end]
    assert (new.kind, new.speaker, new.review, new.deadline_latest) == ("promise", "Taliban", "accepted", date(2021, 8, 31))
    assert window.model.rowCount() == before + 1
    window.menus.undo_action.trigger()  # claims are never deleted: undoing the addition rejects it
    written(qtbot, window)
    assert seeded_ledger.reader.claim(new.id).row.review == "rejected"


def test_record_an_outcome_with_evidence_then_undo_it(window, seeded_ledger, qtbot):
    window.select_row(row_of_quote(window.model, "withdraw all foreign troops"))
    claim_id = window.current_claim().id
    dialog = window.open_outcome_dialog()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("fulfilled"))
    dialog.date_edit.setText("2021-08-30")
    dialog.url_edit.setText("https://example.org/withdrawal")
    dialog.quote_edit.setPlainText("The last US troops left Kabul.")
    dialog.more_edit.setPlainText("https://example.org/second | A second source says so.\nhttps://example.org/third")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    written(qtbot, window)
    (event,) = seeded_ledger.reader.claim(claim_id).history
    assert (event.status, event.observed_on, event.evidence_url) == ("fulfilled", date(2021, 8, 30),
                                                                     "https://example.org/withdrawal")
    assert event.more_evidence == (("https://example.org/second", "A second source says so."),
                                   ("https://example.org/third", None))
    assert event.note == ""
    assert window.current_claim().status == "fulfilled"
    assert "12 days early" in window.detail_pane.history_text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    history = seeded_ledger.reader.claim(claim_id).history
    assert [e.status for e in history] == ["fulfilled", "pending"]  # appended, never deleted
    assert history[-1].note == f"undo of event {event.id}"
    assert window.current_claim().status == "pending"
    assert "undo of event" in window.detail_pane.history_text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    written(qtbot, window)
    assert [e.status for e in seeded_ledger.reader.claim(claim_id).history] == ["fulfilled", "pending", "fulfilled"]
    assert window.current_claim().status == "fulfilled"


def test_bad_extra_evidence_link_stays_in_the_dialog(window, seeded_ledger):
    window.select_row(0)
    dialog = window.open_outcome_dialog()
    fill_outcome(dialog)
    dialog.more_edit.setPlainText("ftp://nope")
    dialog.accept()
    assert dialog.isVisible() and "not an http(s) link" in dialog.error_label.text()
    assert seeded_ledger.reader.claim(window.current_claim().id).history == ()


def test_filters_kind_review_speaker_tag_and_deadline_range(window, seeded_ledger):
    fb = window.filter_bar
    total = window.model.rowCount()
    fb.kind_combo.setCurrentIndex(fb.kind_combo.findData("plan"))
    assert 0 < window.model.rowCount() < total
    assert {c.kind for c in rows(window.model)} == {"plan"}
    fb.clear()
    speakers = dict((name, sid) for sid, name in seeded_ledger.reader.list_speakers())
    fb.speaker_combo.setCurrentIndex(fb.speaker_combo.findData(speakers["Taliban"]))
    assert window.model.rowCount() > 0 and all(c.speaker for c in rows(window.model))
    fb.clear()
    fb.due_after_edit.set_value(date(2021, 9, 1))
    fb.due_before_edit.set_value(date(2021, 9, 30))
    fb.flush()
    assert [c.deadline_latest for c in rows(window.model)] == [date(2021, 9, 11)]
    fb.clear()
    claim = window.model.claim_at(0)
    seeded_ledger.outcomes.update_claim(claim.id, {"tags": "watch"})
    fb.tag_edit.setText("watch")
    fb.flush()
    assert [c.id for c in rows(window.model)] == [claim.id]
    assert window.model.claim_filter.tag == "watch"


def test_as_of_change_moves_a_claim_to_overdue_everywhere(window, seeded_ledger):
    r = row_of_quote(window.model, "withdraw all foreign troops")
    assert not window.model.claim_at(r).overdue
    overdue_now = seeded_ledger.reader.counts(ClaimFilter()).overdue
    window.filter_bar.set_as_of(date(2021, 9, 12))
    window.wait_idle()
    assert window.model.claim_filter.as_of == date(2021, 9, 12)
    r = row_of_quote(window.model, "withdraw all foreign troops")
    assert window.model.claim_at(r).overdue
    assert window.model.index(r, cm.COL_STATUS).data().endswith("(overdue)")
    assert f"{overdue_now + 1} overdue" in window.counts_label.text()
    assert "as of 2021-09-12" in window.counts_label.text()
    window.select_row(r)
    assert "overdue" in window.detail_pane.history_text()
    window.filter_bar.today_button.click()
    assert window.model.claim_filter.as_of is None


def test_as_of_replays_history(window, seeded_ledger):
    claim = window.model.claim_at(row_of_quote(window.model, "withdraw all foreign troops"))
    seeded_ledger.outcomes.record_outcome(claim.id, "fulfilled", observed_on=date(2021, 8, 30))
    window.filter_bar.set_as_of(date(2021, 8, 20))
    r = row_of_quote(window.model, "withdraw all foreign troops")
    assert window.model.claim_at(r).status == "pending"
    window.select_row(r)
    assert "No outcome recorded yet" in window.detail_pane.history_text()


def test_timeline_click_selects_the_claim(window, seeded_ledger, qtbot):
    window.lower_tabs.setCurrentWidget(window.timeline)
    window.wait_idle()
    view = window.timeline.view
    data = seeded_ledger.workbench.timeline(ClaimFilter())
    assert set(view.lanes) == {r.id for r in data.rows} and view.lanes
    target = data.rows[-1].id
    view.centerOn(view.lanes[target])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.lane_center(target).toPoint())
    assert window.current_claim().id == target
    assert "claims with deadlines" in window.timeline.note.text()


def test_timeline_notes_when_more_claims_exist(window, seeded_ledger):
    window.timeline.limit = 2
    window.lower_tabs.setCurrentWidget(window.timeline)
    window.timeline.load(window.model.claim_filter)
    window.wait_idle()
    total = seeded_ledger.workbench.timeline(ClaimFilter()).total
    assert len(window.timeline.view.lanes) == 2
    assert window.timeline.note.text() == f"First 2 of {total} claims with deadlines, by deadline"


def test_due_view_lists_claims_due_and_track_records(window, seeded_ledger, qtbot):
    window.side_tabs.setCurrentWidget(window.due_view)
    window.wait_idle()
    due = window.due_view
    ids = due.due_claim_ids()
    expected = [c.id for c in seeded_ledger.stats.due_soon(30, ClaimFilter())]
    assert ids == expected and ids
    window.lower_tabs.setCurrentWidget(window.track_records)  # track records: a tab of their own
    window.wait_idle()
    assert any("Taliban" in name for name in window.track_records.names())
    assert "Overdue" in due.counts_label.text()
    due.days_spin.setValue(5)
    window.wait_idle()
    assert due.due_claim_ids() == []
    due.days_spin.setValue(30)
    window.wait_idle()
    window.filter_bar.kind_combo.setCurrentIndex(window.filter_bar.kind_combo.findData("fact"))
    window.due_view.claim_activated.emit(ids[0])  # hidden by the kind filter: filters are cleared
    assert window.current_claim().id == ids[0]


def test_conflict_dialog_on_a_stale_edit(window, qtbot, seeded_ledger):
    window.select_row(0)
    stale = window.current_claim()
    seeded_ledger.outcomes.update_claim(stale.id, {"summary": "Theirs"})  # another analyst saves first
    window.claim_actions.write(stale, {"summary": "Mine"})
    written(qtbot, window)
    dialog = window.claim_actions.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.table_label.text()
    assert "Theirs" in text and "Mine" in text
    dialog.keep_button.click()
    assert seeded_ledger.reader.claim(stale.id).row.summary == "Theirs"

    window.claim_actions.write(stale, {"summary": "Mine"})
    written(qtbot, window)
    window.claim_actions.conflict_dialog.overwrite_button.click()
    written(qtbot, window)
    row = seeded_ledger.reader.claim(stale.id).row
    assert (row.summary, row.version) == ("Mine", stale.version + 2)
    window.menus.undo_action.trigger()  # undo writes their value back
    written(qtbot, window)
    assert seeded_ledger.reader.claim(stale.id).row.summary == "Theirs"


def test_filter_state_and_geometry_are_kept(qtbot, seeded_ledger, settings):
    w = MainWindow(seeded_ledger, settings=settings)
    qtbot.addWidget(w)
    w.filter_bar.kind_combo.setCurrentIndex(w.filter_bar.kind_combo.findData("plan"))
    w.filter_bar.search_edit.setText("troops")
    w.lower_tabs.setCurrentIndex(1)
    w.close()
    assert json.loads(settings.value("main/filter"))["kind"] == "plan"
    again = MainWindow(seeded_ledger, settings=settings)
    qtbot.addWidget(again)
    assert again.filter_bar.kind_combo.currentData() == "plan"
    assert again.filter_bar.search() == "troops"
    assert again.model.claim_filter.kinds == frozenset({"plan"}) and again.model.claim_filter.search == "troops"
    assert again.lower_tabs.currentIndex() == 1


def test_controls_have_accessible_names(window):
    fb = window.filter_bar
    for w in (fb.search_edit, fb.status_combo, fb.kind_combo, fb.speaker_combo, fb.as_of_edit, window.table,
              window.timeline.view):
        assert w.accessibleName()


def test_analyst_name_from_settings_is_recorded_with_outcomes(qtbot, seeded_ledger, settings, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from claimledger.ui.main_window import MainWindow

    settings.setValue("analyst/name", "Ada Analyst")
    w = MainWindow(seeded_ledger, settings=settings)
    qtbot.addWidget(w)
    assert seeded_ledger.uow.author == "Ada Analyst"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Grace Hopper", True)))
    w.menus.author_action.trigger()
    assert settings.value("analyst/name") == "Grace Hopper"
    claim = seeded_ledger.reader.claims(limit=1)[0]
    seeded_ledger.outcomes.record_outcome(claim.id, "in_progress", observed_on="2021-08-01")
    assert seeded_ledger.reader.claim(claim.id).history[-1].author == "Grace Hopper"
