"""Importing from the window: background import with progress, failures shown, drag and drop."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

import pytest

from claimledger.services import ClaimFilter
from claimledger.ui import file_dialogs
from claimledger.ui.main_window import MainWindow
from ui_helpers import generated_article


def make_window(qtbot, ledger):
    w = MainWindow(ledger)
    qtbot.addWidget(w)
    w.show()
    w.wait_idle()
    return w


def test_background_import_reports_progress_and_refreshes(qtbot, ledger, tmp_path, monkeypatch):
    files = []
    for i in range(3):
        p = tmp_path / f"article{i}.txt"
        p.write_bytes(generated_article(i, 20))
        files.append(str(p))
    w = make_window(qtbot, ledger)
    assert w.model.rowCount() == 0
    seen = []
    real = w.import_progress.set_progress
    monkeypatch.setattr(w.import_progress, "set_progress", lambda d, t, m: (seen.append((d, t)), real(d, t, m)))
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *a, **k: files)
    w.menus.import_action.trigger()
    assert w.importer.is_running()
    assert not w.import_progress.isHidden()
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=20_000)
    w.wait_idle()
    assert (3, 3) in seen and len(seen) >= 3
    assert w.import_progress.isHidden()
    assert w.importer.failures_dialog is None
    assert w.articles_model.rowCount() == 4
    assert w.model.rowCount() == ledger.reader.count_claims(ClaimFilter()) == 60
    assert "Imported 3 articles (60 claims)" in w.statusBar().currentMessage()


def test_undated_and_binary_files_fail_cleanly_then_undated_one_imports_with_a_date(qtbot, ledger, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("The minister will open the bridge next month, she said.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    w = make_window(qtbot, ledger)
    w.importer.start([undated, binary])
    qtbot.waitUntil(lambda: w.importer.failures_dialog is not None, timeout=20_000)
    dialog = w.importer.failures_dialog
    assert dialog.isVisible()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 2
    assert any(t.startswith("undated.txt") and "no publication date" in t for t in texts)
    assert any(t.startswith("photo.txt") and "binary" in t for t in texts)
    assert ledger.reader.list_articles() == [] and ledger.reader.count_claims(ClaimFilter()) == 0  # nothing half-written
    assert dialog.undated == [str(undated)]

    dialog.date_edit.setText("2021-07-01")
    dialog.reimport_button.click()
    qtbot.waitUntil(lambda: len(ledger.reader.list_articles()) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not w.importer.is_running())
    w.wait_idle()
    (article,) = ledger.reader.list_articles()
    assert article.published_on.isoformat() == "2021-07-01"
    assert w.articles_model.rowCount() == 2


def test_dropping_files_imports_them(qtbot, ledger, tmp_path):
    p = tmp_path / "dropped.md"
    p.write_bytes(generated_article(7, 5))
    w = make_window(qtbot, ledger)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=20_000)
    assert w.model.rowCount() == 5


@pytest.mark.slow
def test_window_stays_responsive_during_import(qtbot, ledger, tmp_path):
    paths = []
    for i in range(8):
        p = tmp_path / f"a{i}.txt"
        p.write_bytes(generated_article(i, 150))
        paths.append(p)
    w = make_window(qtbot, ledger)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer(w)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    w.importer.start(paths)
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=30_000)
    timer.stop()
    assert ticks, "the event loop ran while the import worked"
    assert w.model.rowCount() == 8 * 150
