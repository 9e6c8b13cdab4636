"""Help ▸ Keyboard shortcuts (F1) read from the window's own actions and keys, Help ▸ Getting
started, View ▸ Theme (system, light, dark) remembered and applied at start, and the undated-file
message and date in the window's own terms."""
from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from claimledger.services import ClaimFilter
from claimledger.ui import theme
from claimledger.ui.help import GettingStartedDialog, ShortcutsDialog, plain, shortcut_rows
from claimledger.ui.import_flow import ImportFailuresDialog
from ui_helpers import open_window


@pytest.fixture
def window(qtbot, seeded_ledger, settings):
    return open_window(qtbot, seeded_ledger, settings)


@pytest.fixture
def system_theme_after(qapp):
    yield qapp
    theme.apply_theme(qapp, "system")


def native(seq) -> str:
    return QKeySequence(seq).toString(QKeySequence.SequenceFormat.NativeText)


# -- Help ▸ Keyboard shortcuts -------------------------------------------------------------------------
def test_f1_opens_the_shortcut_list(window, qtbot):
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F1)
    dialog = window.menus.help_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Keyboard shortcuts"
    help_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")
    assert window.menus.shortcuts_action in help_menu.actions()
    assert QKeySequence("F1") in window.menus.shortcuts_action.shortcuts()


def test_every_action_with_keys_is_listed_with_its_keys(window):
    rows = shortcut_rows(window)
    listed = {(what, keys) for _where, what, keys in rows}
    with_keys = [a for a in window.findChildren(QAction) if not a.isSeparator() and a.shortcuts()]
    assert len(with_keys) >= 12
    for a in with_keys:
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts())
        assert (plain(a.text()), keys) in listed, a.text()
    by_what = {what: (where, keys) for where, what, keys in rows}
    assert by_what["Undo"][0] == "Edit" and native(QKeySequence.StandardKey.Undo) in by_what["Undo"][1]
    assert by_what["Import articles"][0] == "File" and native("Ctrl+I") in by_what["Import articles"][1]
    # the claims table's bare review keys, marked as working only in the review queue
    table_keys = {(what, keys): where for where, what, keys in rows if where.startswith("Claims")}
    for pair in (("Accept", "A"), ("Reject", "R"), ("Edit claim", "E")):
        assert pair in table_keys
        if getattr(window.claim_actions, "queue_shortcuts", None):
            assert "review queue only" in table_keys[pair]


def test_the_list_follows_the_actions_not_a_copy(window):
    claim_menu = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Claim")
    extra = QAction("&Something new", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+N"))
    claim_menu.addAction(extra)
    window.menus.record_action.setShortcut(QKeySequence("Ctrl+Alt+R"))
    rows = shortcut_rows(window)
    assert ("Claim", "Something new", native("Ctrl+Alt+N")) in rows
    assert ("Claim", "Record outcome", native("Ctrl+Alt+R")) in rows
    assert not any(what == "Record outcome" and keys == native("Ctrl+R") for _w, what, keys in rows)


def test_typing_filters_the_shortcut_list(window, qtbot):
    window.menus.shortcuts_action.trigger()
    dialog = window.menus.help_dialog
    assert {"Undo", "Redo", "Export", "Keyboard shortcuts"} <= set(dialog.visible_commands())
    qtbot.keyClicks(dialog.filter_edit, "undo")
    assert dialog.visible_commands() == ["Undo"]


def test_no_key_does_two_things(window):
    """Two actions on one key is Qt's "Ambiguous shortcut overload": neither runs."""
    keys = Counter(s.toString() for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []


# -- Help ▸ Getting started ----------------------------------------------------------------------------
def test_getting_started_walks_through_the_loop_with_the_real_keys(window):
    window.menus.getting_started_action.trigger()
    dialog = window.menus.help_dialog
    assert isinstance(dialog, GettingStartedDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    for words in ("Import an article", "Review what was found", "Record what happened", "Export a report",
                  f"File ▸ Import articles ({native('Ctrl+I')})", f"Claim ▸ Record outcome ({native('Ctrl+R')})",
                  "Claim ▸ Review queue", "File ▸ Export", "Help ▸ Keyboard shortcuts"):
        assert words in text, words
    assert "A accepts" in text and "R rejects" in text
    window.menus.import_action.setShortcut(QKeySequence("Ctrl+Alt+I"))  # the page says what the keys are now
    assert "Import articles (" + native("Ctrl+Alt+I") + ")" in GettingStartedDialog(window).text.toPlainText()


# -- View ▸ Theme --------------------------------------------------------------------------------------
def test_view_theme_switches_and_is_remembered(window, settings, system_theme_after, qtbot):
    app = system_theme_after
    view = next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "View")
    theme_menu = next(a.menu() for a in view.actions() if a.menu() is not None)
    assert [plain(a.text()) for a in theme_menu.actions()] == ["System", "Light", "Dark"]
    assert window.menus.theme_actions["system"].isChecked()
    window.lower_tabs.setCurrentWidget(window.timeline)
    window.wait_idle()
    view_colour = window.timeline.view.palette().color(window.timeline.view.palette().ColorRole.Text)

    window.menus.theme_actions["dark"].trigger()
    assert theme.is_dark(app.palette())
    qtbot.waitUntil(lambda: theme.is_dark(window.palette()))
    assert window.menus.theme_actions["dark"].isChecked() and not window.menus.theme_actions["system"].isChecked()
    assert settings.value(theme.THEME_KEY) == "dark"
    labels = [i for i in window.timeline.view.scene().items() if hasattr(i, "text") and i.text() == "2021"]
    assert labels and labels[0].brush().color() != view_colour, "the timeline redrew in the dark colours"

    window.menus.theme_actions["light"].trigger()
    assert not theme.is_dark(app.palette()) and settings.value(theme.THEME_KEY) == "light"
    window.menus.theme_actions["system"].trigger()
    assert theme.current_theme(app) == "system" and settings.value(theme.THEME_KEY) == "system"


def test_the_theme_to_start_with(settings):
    assert theme.start_theme(settings, {}) == "system"
    settings.setValue(theme.THEME_KEY, "dark")
    assert theme.start_theme(settings, {}) == "dark"
    assert theme.start_theme(settings, {theme.ENV: "light"}) == "light", "the environment wins for one run"
    settings.setValue(theme.THEME_KEY, "purple")
    assert theme.start_theme(settings, {}) == "system"


START = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from claimledger.ui import app, theme

qapp = app.make_app()
QSettings().setValue(theme.THEME_KEY, sys.argv[2])
QSettings().sync()

def report():
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and hasattr(w, "menus"):
            checked = [k for k, a in w.menus.theme_actions.items() if a.isChecked()]
            print("THEME", theme.current_theme(qapp), theme.is_dark(qapp.palette()), checked, sep="|")
            w.close()
            return
    QTimer.singleShot(50, report)

QTimer.singleShot(200, report)
sys.exit(app.run(sys.argv[1]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("saved, dark", [("dark", True), ("light", False)])
def test_the_remembered_theme_is_applied_at_start(tmp_path, saved, dark):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               CLAIMLEDGER_SEEDS=str(tmp_path))  # no sample article to import
    env.pop(theme.ENV, None)
    done = subprocess.run([sys.executable, "-c", START, str(tmp_path / "t.db"), saved], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = [line.split("|") for line in done.stdout.splitlines() if line.startswith("THEME|")]
    assert lines == [["THEME", saved, str(dark), f"['{saved}']"]]


# -- the undated-file message and its date ----------------------------------------------------------------
def _undated_dialog(qtbot, ledger, tmp_path):
    from claimledger.ui.main_window import MainWindow

    undated = tmp_path / "undated.txt"
    undated.write_text("The minister will open the bridge next month, she said.\n", encoding="utf-8")
    w = MainWindow(ledger)
    qtbot.addWidget(w)
    w.show()
    w.wait_idle()
    w.importer.start([undated])
    qtbot.waitUntil(lambda: w.importer.failures_dialog is not None, timeout=20_000)
    return w, w.importer.failures_dialog


def test_the_undated_file_message_speaks_of_the_window(qtbot, ledger, tmp_path):
    w, dialog = _undated_dialog(qtbot, ledger, tmp_path)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    assert not any("--published" in t or "--" in t for t in texts), texts
    (item,) = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert item.startswith("undated.txt: no publication date") and "Import with this date" in item
    assert dialog.reimport_button.text() == "Import with this date" and dialog.reimport_button.isVisible()


def test_the_publication_date_is_never_preset(qtbot, ledger, tmp_path):
    w, dialog = _undated_dialog(qtbot, ledger, tmp_path)
    assert dialog.date_edit.text() == "" and dialog.chosen_date() is None
    assert not dialog.reimport_button.isEnabled()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # Enter with no date: nothing happens
    assert dialog.isVisible() and not w.importer.is_running() and ledger.reader.list_articles() == []

    for typed, words in (("2021-07", "whole date"), ("2021-02-30", "not a real date"), ("2099-01-01", "after today")):
        dialog.date_edit.setText(typed)
        assert not dialog.reimport_button.isEnabled(), typed
        assert words in dialog.date_error.text(), typed
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2021-07-06")
    assert dialog.reimport_button.isEnabled() and dialog.date_error.text() == ""
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ledger.reader.list_articles()) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: not w.importer.is_running())
    (article,) = ledger.reader.list_articles()
    assert article.published_on.isoformat() == "2021-07-06"
    claims = ledger.reader.claims(ClaimFilter(), limit=10)
    assert any(c.deadline_latest and c.deadline_latest.isoformat() == "2021-08-31" for c in claims)


def test_the_calendar_fills_in_the_date(qtbot, ledger, tmp_path):
    from datetime import date

    from PySide6.QtCore import QDate

    dialog = ImportFailuresDialog([], 0, date(2021, 9, 1))
    qtbot.addWidget(dialog)
    dialog.calendar.clicked.emit(QDate(2021, 7, 6))
    assert dialog.date_edit.text() == "2021-07-06" and dialog.chosen_date() == date(2021, 7, 6)
    assert dialog.calendar.maximumDate() == QDate(2021, 9, 1)
