"""The main window's actions, menus and toolbar; the recent-databases menu; View ▸ Theme; Help (shortcuts,
getting started, About)."""
from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from claimledger.ui import file_dialogs, window_state
from claimledger.ui.help import GettingStartedDialog, ShortcutsDialog
from claimledger.ui.undo import undo_redo_actions


def _action(w, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    a = QAction(text, w)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    a.setStatusTip(tip)
    a.setToolTip(tip or text.replace("&", "").rstrip("…"))
    a.triggered.connect(lambda _checked=False: slot())
    w.addAction(a)
    return a


def build(w) -> None:
    acts = w.actions
    w.import_action = _action(w, "&Import articles…", w.importer.choose_files, "Ctrl+I",
                              "Import article files (text, Markdown, HTML); you can also drop them on the window")
    w.export_action = _action(w, "&Export…", w.open_export_dialog, "Ctrl+E",
                              "Export the claims shown: CSV, JSON, ClaimReview, HTML or PDF report")
    w.open_db_action = _action(w, "&Open database…", lambda: open_database_dialog(w), QKeySequence.StandardKey.Open,
                               "Open another ledger database (SQLite file)")
    w.record_action = _action(w, "&Record outcome…", w.open_outcome_dialog, "Ctrl+R",
                              "Record what happened to the selected claim (Enter in the table)")
    # bare A, R, E act only in the review queue (review.ClaimActions); here, keys with modifiers
    w.edit_action = _action(w, "&Edit claim…", acts.edit_current, "Ctrl+Shift+E",
                            "Edit quote, speaker, kind, summary, tags, deadline (E in the review queue)")
    w.accept_action = _action(w, "&Accept", lambda: acts.review("accepted"), "Ctrl+Shift+A",
                              "Accept the extracted claim (A in the review queue)")
    w.reject_action = _action(w, "Re&ject", lambda: acts.review("rejected"), "Ctrl+Shift+J",
                              "Reject: not a claim (R in the review queue)")
    w.add_action = _action(w, "Add claim from &selection…", acts.add_from_selection, "Ctrl+N",
                           "Select words in the article text, then add them as a claim")
    w.review_queue_action = _action(w, "Review &queue", lambda: show_review_queue(w), "Ctrl+Shift+R",
                                    "Show the claims still to review (suggested); A accepts, R rejects, E edits")
    w.undo_action, w.redo_action = undo_redo_actions(acts.undo_stack, w)
    w.addAction(w.undo_action)
    w.addAction(w.redo_action)
    w.refresh_action = _action(w, "Re&fresh", w.refresh, QKeySequence.StandardKey.Refresh)
    w.search_action = _action(w, "&Search", lambda: focus_search(w), QKeySequence.StandardKey.Find)
    w.timeline_action = _action(w, "&Timeline", lambda: w.lower_tabs.setCurrentWidget(w.timeline), "Ctrl+T")
    w.due_action = _action(w, "What is &due", lambda: w.side_tabs.setCurrentWidget(w.due_view), "Ctrl+D")
    w.track_records_action = _action(w, "Trac&k records", lambda: w.lower_tabs.setCurrentWidget(w.track_records),
                                     "Ctrl+K", "Each speaker's kept, broken and open claims")
    w.shortcuts_action = _action(w, "&Keyboard shortcuts", lambda: show_help(w, ShortcutsDialog),
                                 QKeySequence.StandardKey.HelpContents, "Every key the window answers to")
    if QKeySequence("F1") not in w.shortcuts_action.shortcuts():  # F1 everywhere, whatever the platform says
        w.shortcuts_action.setShortcuts(w.shortcuts_action.shortcuts() + [QKeySequence("F1")])
    w.getting_started_action = _action(w, "&Getting started", lambda: show_help(w, GettingStartedDialog), None,
                                       "Import, review, record outcomes, export: the loop in four steps")
    w.quit_action = _action(w, "&Quit", w.close, QKeySequence.StandardKey.Quit)
    w.check_action = _action(w, "Chec&k ledger…", w.check_ledger, None,
                             "Check the ledger's file for damage, its write-ahead log, its locks and where it lives")
    w.reopen_action = _action(w, "Reop&en ledger", w.reopen_ledger, None,
                              "Close the ledger's connections and open them again (after a storage error)")
    about = _action(w, "&About Claim Ledger", lambda: show_about(w))
    w.author_action = _action(w, "Your &name…", lambda: ask_author(w), None,
                              "The name recorded with the outcomes you enter (default: your login name)")
    apply_author(w)

    menu = w.menuBar()
    file_menu = menu.addMenu("&File")
    file_menu.addAction(w.open_db_action)
    w.recent_menu = file_menu.addMenu("Open &recent")
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    fill_recent(w)
    for a in (None, w.import_action, w.export_action, None, w.check_action, w.reopen_action, None, w.quit_action):
        file_menu.addSeparator() if a is None else file_menu.addAction(a)
    edit_menu = menu.addMenu("&Edit")
    for a in (w.undo_action, w.redo_action, None, w.search_action, None, w.author_action):
        edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
    claim_menu = menu.addMenu("&Claim")
    for a in (w.review_queue_action, w.accept_action, w.reject_action, w.edit_action, None, w.add_action,
              w.record_action):
        claim_menu.addSeparator() if a is None else claim_menu.addAction(a)
    view_menu = menu.addMenu("&View")
    for a in (w.timeline_action, w.track_records_action, w.due_action, None, w.refresh_action, None):
        view_menu.addSeparator() if a is None else view_menu.addAction(a)
    build_theme_menu(w, view_menu.addMenu("T&heme"))
    help_menu = menu.addMenu("&Help")
    for a in (w.getting_started_action, w.shortcuts_action, None, about):
        help_menu.addSeparator() if a is None else help_menu.addAction(a)
    bar = w.addToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for a in (w.import_action, w.export_action, None, w.review_queue_action, w.add_action, w.record_action, None,
              w.undo_action, w.redo_action, w.refresh_action):
        bar.addSeparator() if a is None else bar.addAction(a)


def build_theme_menu(w, menu) -> None:
    """View ▸ Theme: System, Light, Dark — applied at once, remembered for the next start."""
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QApplication

    from claimledger.ui import theme

    app = QApplication.instance()
    group = QActionGroup(w)
    group.setExclusive(True)
    w.theme_actions = {}
    for value, text in theme.THEMES.items():
        a = menu.addAction(text)
        a.setCheckable(True)
        a.setChecked(theme.current_theme(app) == value)
        a.setStatusTip({"system": "Follow the desktop's colours", "light": "Dark text on light backgrounds",
                        "dark": "Light text on dark backgrounds"}[value])
        a.triggered.connect(lambda _c=False, v=value: theme.choose_theme(app, w._settings, v))
        group.addAction(a)
        w.theme_actions[value] = a


def show_help(w, dialog_type):
    """Help ▸ Keyboard shortcuts or Getting started: a window-modal page, kept as w.help_dialog."""
    dialog = dialog_type(w)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    w.help_dialog = dialog
    return dialog


def focus_search(w) -> None:
    w.filter_bar.search_edit.setFocus()
    w.filter_bar.search_edit.selectAll()


def show_review_queue(w) -> None:
    combo = w.filter_bar.review_combo
    combo.setCurrentIndex(combo.findData("suggested"))
    if w.model.rowCount():
        w.select_row(0)
    w.table.setFocus()
    w.statusBar().showMessage("Review queue: A accept · R reject · E edit · Enter record outcome · Ctrl+Z undo", 8000)


def fill_recent(w) -> None:
    w.recent_menu.clear()
    paths = [p for p in window_state.recent_databases(w._settings) if p != w.ledger.location]
    for p in paths:
        a = w.recent_menu.addAction(p)
        a.triggered.connect(lambda _c=False, p=p: open_database(w, p))
    if not paths:
        w.recent_menu.addAction("(none yet)").setEnabled(False)


def open_database_dialog(w) -> None:
    path = file_dialogs.get_open_file_name(w, "Open a ledger database", str(Path(w.ledger.location).parent),
                                           "Claim Ledger databases (*.db *.sqlite *.sqlite3);;All files (*)")
    if path:
        open_database(w, path)


AUTHOR_KEY = "analyst/name"


def apply_author(w) -> None:
    """Outcomes record the analyst's name from the settings (else the ledger's default, the login)."""
    name = w._settings.value(AUTHOR_KEY, "", type=str) if w._settings is not None else ""
    if name.strip():
        w.ledger.author = name.strip()


def ask_author(w) -> None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    name, ok = QInputDialog.getText(w, "Your name", "Name recorded with the outcomes you enter:",
                                    QLineEdit.EchoMode.Normal, w.ledger.author)
    if ok and name.strip():
        w.ledger.author = name.strip()
        if w._settings is not None:
            w._settings.setValue(AUTHOR_KEY, w.ledger.author)


def open_database(w, path: str):
    """A new window on ``path`` (this one closes); an error says what to do and keeps this one."""
    from claimledger.services import Ledger, LedgerError
    from claimledger.ui.main_window import MainWindow

    try:
        ledger = Ledger.open(path)
    except LedgerError as exc:
        QMessageBox.critical(w, "Cannot open the database",
                             f"{exc}\n\nChoose a Claim Ledger database file (made by this program), or a new "
                             "file name to start an empty ledger.")
        return None
    window_state.add_recent(w._settings, ledger.location)
    other = MainWindow(ledger, settings=w._settings, owns_ledger=True)
    other.setWindowIcon(w.windowIcon())
    other.show()
    w.close()
    return other


def show_about(w) -> None:
    try:
        version = metadata.version("claimledger")
    except metadata.PackageNotFoundError:
        version = "development"
    settings = w._settings.fileName() if w._settings is not None else "not kept"
    QMessageBox.about(w, "About Claim Ledger",
                      f"<b>Claim Ledger</b> {version}<p>Track what people in the news say will happen, "
                      "and record what did.</p>"
                      f"<p>Database: <code>{w.ledger.location}</code><br>Settings: <code>{settings}</code></p>")
