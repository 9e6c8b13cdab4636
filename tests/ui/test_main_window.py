"""The main window over the seed article: table, article pane, details, filters, sorting, export."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, Qt

from claimledger.services import ClaimFilter
from claimledger.ui import claims_model as cm
from claimledger.ui import file_dialogs
from claimledger.ui.main_window import MainWindow
from ui_helpers import fill_outcome, row_of_quote, rows, written


@pytest.fixture
def window(qtbot, seeded_ledger):
    w = MainWindow(seeded_ledger)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.wait_idle()  # the article list and the counts are read in the background
    return w


def test_window_lists_the_seed_claims(window, seeded_ledger):
    assert window.windowTitle() == "Claim Ledger"
    total = seeded_ledger.reader.count_claims(ClaimFilter())
    assert total > 0
    assert window.model.rowCount() == total
    # the article list: "All articles" and the seed
    assert window.articles_model.rowCount() == 2
    assert "Taliban" in window.articles_model.index(1).data()
    assert f"{total} claims" in window.counts_label.text()
    quotes = [c.quote for c in rows(window.model)]
    assert any("withdraw all foreign troops by September 11" in q for q in quotes)
    assert any("written peace proposal" in q for q in quotes)


def test_overdue_rows_are_marked(window, seeded_ledger):
    overdue = [r for r, c in enumerate(rows(window.model)) if c.overdue]
    assert overdue, "the peace proposal (due by 2021-08-31) is overdue on 2021-09-01"
    r = overdue[0]
    assert window.model.index(r, cm.COL_STATUS).data().endswith("(overdue)")
    assert window.model.index(r, cm.COL_QUOTE).data(Qt.ItemDataRole.BackgroundRole) is not None
    fine = [r for r, c in enumerate(rows(window.model)) if not c.overdue][0]
    assert window.model.index(fine, cm.COL_QUOTE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert f"{seeded_ledger.reader.counts(ClaimFilter()).overdue} overdue" in window.counts_label.text()


def test_selecting_a_claim_highlights_its_quote_and_shows_details(window, seeded_ledger):
    r = row_of_quote(window.model, "withdraw all foreign troops")
    window.select_row(r)
    claim = window.current_claim()
    article = seeded_ledger.reader.get_article(claim.article_id)
    assert window.article_pane.selected_range() == (claim.start, claim.end)
    assert window.article_pane.highlighted_text() == article.text[claim.start:claim.end] == claim.quote
    editor = window.article_pane.editor
    assert editor.textCursor().position() == claim.start
    assert editor.viewport().rect().intersects(editor.cursorRect())  # scrolled into view
    details = window.detail_pane.history_text()
    assert claim.speaker in details
    assert "2021-09-11" in details and "No outcome recorded yet" in details


def test_record_outcome_through_the_dialog(window, seeded_ledger, qtbot):
    r = row_of_quote(window.model, "withdraw all foreign troops")
    window.select_row(r)
    claim_id = window.current_claim().id
    dialog = window.open_outcome_dialog()
    assert dialog.isVisible()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("fulfilled"))
    dialog.date_edit.setText("2021-08-30")
    dialog.url_edit.setText("https://example.org/withdrawal")
    dialog.quote_edit.setPlainText("The last US troops left Kabul.")
    dialog.note_edit.setPlainText("12 days early")
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # written, then it closes
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    history = seeded_ledger.reader.claim(claim_id).history
    assert [(e.status, e.observed_on.isoformat()) for e in history] == [("fulfilled", "2021-08-30")]
    assert window.current_claim().id == claim_id  # the selection survived the refresh
    row = window.table.currentIndex().row()
    assert window.model.index(row, cm.COL_STATUS).data() == "Fulfilled"
    details = window.detail_pane.history_text()
    assert "2021-08-30" in details and "Fulfilled" in details and "evidence" in details
    assert "12 days early" in details
    assert "href='https://example.org/withdrawal'" in window.detail_pane.browser.toHtml().replace('"', "'")
    window.wait_idle()
    assert "1 fulfilled" in window.counts_label.text()


def test_outcome_dialog_keeps_input_errors_inside(window, seeded_ledger, qtbot):
    window.select_row(0)
    claim_id = window.current_claim().id
    dialog = window.open_outcome_dialog()
    fill_outcome(dialog)
    dialog.url_edit.setText("javascript:alert(1)")
    dialog.accept()
    written(qtbot, window)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "not an http(s) link" in dialog.error_label.text()
    assert seeded_ledger.reader.claim(claim_id).history == ()
    dialog.url_edit.setText("")
    with qtbot.waitSignal(dialog.finished, timeout=5000):  # written, then it closes
        dialog.accept()
    assert len(seeded_ledger.reader.claim(claim_id).history) == 1


def test_export_csv_action_writes_the_filtered_claims(window, seeded_ledger, tmp_path, monkeypatch, qtbot):
    out = tmp_path / "report.csv"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: str(out))
    window.menus.export_action.trigger()
    dialog = window.export_dialog
    dialog.save_button.click()
    window.wait_idle()
    with open(out, encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    assert len(data) == seeded_ledger.reader.count_claims(ClaimFilter())
    assert {"claim_id", "quote", "deadline_latest", "status", "overdue"} <= set(data[0])
    dialog.close()

    qtbot.keyClicks(window.filter_bar.search_edit, "withdraw")
    window.filter_bar.flush()
    window.menus.export_action.trigger()
    window.export_dialog.save_button.click()
    window.wait_idle()
    with open(out, encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    assert len(data) == 1 and "September 11" in data[0]["quote"]


def test_export_cancelled_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: "")
    dialog = window.open_export_dialog()
    dialog.save_button.click()
    window.wait_idle()
    assert dialog.saved == []


def _click_header(qtbot, table, column):
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_sort_by_clicking_headers(window, qtbot):
    model = window.model
    assert (model.sort_key, model.descending) == ("deadline", False)
    dated = [c.deadline_latest for c in rows(model) if c.deadline_latest]
    assert dated == sorted(dated)
    _click_header(qtbot, window.table, cm.COL_DEADLINE)
    assert (model.sort_key, model.descending) == ("deadline", True)
    latest = [c.deadline_latest for c in rows(model)]
    dated = [d for d in latest if d]
    assert dated == sorted(dated, reverse=True)
    assert latest[: len(dated)] == dated  # claims without a deadline go last either way
    _click_header(qtbot, window.table, cm.COL_SPEAKER)
    assert model.sort_key == "speaker"
    speakers = [(c.speaker or "").lower() for c in rows(model) if c.speaker]
    assert speakers == sorted(speakers)


def test_search_box_and_status_filter(window, seeded_ledger, qtbot):
    total = window.model.rowCount()
    qtbot.keyClicks(window.filter_bar.search_edit, "withdraw")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # debounced
    assert "withdraw" in rows(window.model)[0].quote
    window.wait_idle()
    assert window.counts_label.text().startswith("1 claim ")
    window.filter_bar.search_edit.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total)

    combo = window.filter_bar.status_combo
    combo.setCurrentIndex(combo.findText("Overdue"))
    overdue = seeded_ledger.reader.counts(ClaimFilter()).overdue
    assert window.model.rowCount() == overdue > 0
    assert all(c.overdue for c in rows(window.model))
    combo.setCurrentIndex(combo.findData("fulfilled"))
    assert window.model.rowCount() == 0


def test_selecting_an_article_filters_and_shows_its_text(window, seeded_ledger):
    article_id = seeded_ledger.reader.list_articles()[0].id
    window.articles_view.setCurrentIndex(window.articles_model.index(1))
    assert window.model.claim_filter.article_id == article_id
    assert window.article_pane.article_id == article_id
    assert window.article_pane.editor.toPlainText().startswith("The Taliban has plans")
    window.articles_view.setCurrentIndex(window.articles_model.index(0))
    assert window.model.claim_filter.article_id is None


def test_review_buttons(window, qtbot, seeded_ledger):
    window.select_row(0)
    claim_id = window.current_claim().id
    window.detail_pane.accept_button.click()
    written(qtbot, window)
    assert seeded_ledger.reader.claim(claim_id).row.review == "accepted"
    assert window.model.claim_at(0).review == "accepted"
    assert window.table.currentIndex().row() == 1  # the next claim, ready for review


def test_counts_are_greyed_without_colour_until_the_new_filters_come(window, seeded_ledger):
    """Typing a search: the status bar keeps the last filter's counts only greyed and without the
    red of its overdue number (they are not the new list's), then shows the new ones."""
    before = window.counts_label.text()
    assert window.counts_label.isEnabled() and "color" in before  # the overdue number in red
    window.filter_bar.search_edit.setText("withdraw")
    window.filter_bar.flush()
    assert not window.counts_label.isEnabled()
    assert "color" not in window.counts_label.text() and "<b" not in window.counts_label.text()
    window.wait_idle()
    n = seeded_ledger.reader.count_claims(ClaimFilter(search="withdraw"))
    assert window.counts_label.isEnabled()
    assert window.counts_label.text().startswith(f"{n} claim")


def test_wait_idle_delivers_the_count_of_a_new_filter(window, seeded_ledger):
    """A new filter's first page is shown at once and its count starts once the event loop runs
    again: wait_idle starts that count and waits for it (nothing left provisional)."""
    window.model.page_size = 2  # a full first page: the rest of the list is counted in the background
    window.filter_bar.search_edit.setText("the")
    window.filter_bar.flush()
    assert window.model.counting and window.model.rowCount() == 2
    window.wait_idle()
    n = seeded_ledger.reader.count_claims(ClaimFilter(search="the"))
    assert n > 2 and not window.model.counting and window.model.rowCount() == n


@pytest.mark.parametrize("shared", [True, False])
def test_status_counts_come_with_the_tables_count_where_they_cost_the_same(window, seeded_ledger, monkeypatch,
                                                                             shared):
    """Where the ledger reads the status counts at about the cost of the count (PostgreSQL:
    store.search.counts_share_the_scan), a new filter's matches are read once: the table's
    background count brings the status bar's counts. Elsewhere the two are read apart, the
    status counts after the table's count, not beside it."""
    from claimledger.store import search

    monkeypatch.setattr(search, "counts_share_the_scan", lambda dialect, f: shared)
    calls = []
    for name in ("count_claims", "counts"):
        def spy(f=ClaimFilter(), _real=getattr(seeded_ledger.reader, name), _name=name):
            calls.append(_name)
            return _real(f)
        monkeypatch.setattr(seeded_ledger.reader, name, spy)
    window.model.page_size = 2  # a full first page: the rest is counted in the background
    window.filter_bar.search_edit.setText("the")
    window.filter_bar.flush()
    assert window.model.counting
    window.wait_idle()
    assert calls == (["counts"] if shared else ["count_claims", "counts"])
    want = seeded_ledger.reader.counts(ClaimFilter(search="the"))
    assert window.model.rowCount() == want.total > 2
    assert window.counts_label.isEnabled() and window.counts_label.text().startswith(f"{want.total} claims")
    assert (window.model.status_counts == want) if shared else window.model.status_counts is None
    calls.clear()
    window.table.sortByColumn(cm.COL_DEADLINE, Qt.SortOrder.DescendingOrder)  # the same rows: only counted
    window.wait_idle()
    assert calls == ["count_claims"] and window.model.rowCount() == want.total
    assert (window.model.status_counts == want) if shared else window.model.status_counts is None


def test_showing_the_window_reads_the_table_once(qtbot, seeded_ledger, monkeypatch):
    """The window reads its first page (and the first claim's details) while it is built; the
    article list's first focus, which selects the row it shows ("All articles") before the list's
    background read has come, reads nothing again (at a million claims on PostgreSQL that was a
    page and two claim reads before the first paint)."""
    w = MainWindow(seeded_ledger)
    qtbot.addWidget(w)
    reads = []
    for name in ("claims", "claim"):
        def spy(*a, _real=getattr(seeded_ledger.reader, name), _name=name, **k):
            reads.append(_name)
            return _real(*a, **k)
        monkeypatch.setattr(seeded_ledger.reader, name, spy)
    assert not w.articles_view.currentIndex().isValid() and w.articles_model.index(0).isValid()
    w.articles_view.setCurrentIndex(w.articles_model.index(0))  # what its first focus does
    w.show()
    qtbot.waitExposed(w)
    w.wait_idle()
    assert reads == [] and w.current_claim() is not None
    w.articles_view.setCurrentIndex(w.articles_model.index(1))  # another article: read
    assert "claims" in reads and w.model.claim_filter.article_id is not None


def test_the_same_filter_applied_again_reads_nothing_unless_its_read_failed(window, seeded_ledger, monkeypatch, qtbot):
    """A space typed after a word (or Enter after the typing pause) selects the list shown: it is
    not read again. After a failed read of the table the same filter reads again."""
    from claimledger.services import StorageError

    reads = []
    real = seeded_ledger.reader.claims

    def spy(*a, **k):
        reads.append(a[0] if a else k.get("f"))
        return real(*a, **k)

    monkeypatch.setattr(seeded_ledger.reader, "claims", spy)
    bar = window.filter_bar
    bar.search_edit.setText("troops")
    bar.flush()
    assert len(reads) == 1 and window.model.claim_filter.search == "troops"
    shown = [c.id for c in rows(window.model)]
    bar.search_edit.setText("troops ")
    bar.flush()
    bar.flush()
    assert len(reads) == 1 and [c.id for c in rows(window.model)] == shown

    def fail(*_a, **_k):
        raise StorageError("the ledger could not be read or written (disk I/O error)")

    monkeypatch.setattr(seeded_ledger.reader, "claims", fail)
    bar.search_edit.setText("peace")
    bar.flush()
    qtbot.waitUntil(window.storage.banner.isVisible, timeout=3000)  # (reported after the paint: queued)
    monkeypatch.setattr(seeded_ledger.reader, "claims", spy)
    bar.flush()  # the same filter: its last read failed, so it is read again
    assert len(reads) == 2 and reads[-1].search == "peace"
    assert any("peace" in c.quote for c in rows(window.model))
