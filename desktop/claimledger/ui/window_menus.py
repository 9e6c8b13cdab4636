"""The main window's actions, menus and toolbar; the recent-databases menu; View ▸ Theme; Help (shortcuts,
getting started, About).

``WindowMenus`` holds them; the window makes one and keeps it (``MainWindow.menus``). The actions'
slots are the window's own methods and widgets; this module never imports the window (opening
another database is ``MainWindow.open_database``), so the two modules do not import each other."""
from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from claimledger.ui import file_dialogs, window_state
from claimledger.ui.link_import import open_links_dialog
from claimledger.ui.undo import undo_redo_actions


def _open_paste_dialog(w) -> None:
    from claimledger.ui.paste_article import open_paste_dialog  # (when asked: not before the first paint)

    open_paste_dialog(w)


def _help(name: str):
    """The Help page class ``name`` (ui/help.py, imported when a page is first opened)."""
    from claimledger.ui import help as pages

    return getattr(pages, name)


def _action(w, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    a = QAction(text, w)
    if shortcut is not None:
        a.setShortcut(QKeySequence(shortcut))
    a.setStatusTip(tip)
    a.setToolTip(tip or text.replace("&", "").rstrip("…"))
    a.triggered.connect(lambda _checked=False: slot())
    w.addAction(a)
    return a


AUTHOR_KEY = "analyst/name"


class WindowMenus:
    """The window's actions (``import_action``, ``accept_action``…), its menu bar and toolbar, and
    what the menus keep: the Open recent menu, the theme actions, the Help page last opened."""

    def __init__(self, w, claim_actions, settings) -> None:
        self.window = w
        self.settings = settings  # the window's QSettings, or None (nothing kept)
        acts = claim_actions
        self.import_action = _action(w, "&Import articles…", w.importer.choose_files, "Ctrl+I",
                                     "Import article files (text, Markdown, HTML); you can also drop them on the "
                                     "window")
        self.import_links_action = _action(w, "Import from &links…", lambda: open_links_dialog(w), "Ctrl+Shift+I",
                                           "Import articles from web links (pages, PDFs), one a line; you can also "
                                           "drop a link from the browser on the window")
        self.paste_article_action = _action(w, "&Paste as article…", lambda: _open_paste_dialog(w), "Ctrl+Shift+V",
                                            "Import the web page or text on the clipboard as an article")
        self.export_action = _action(w, "&Export…", w.open_export_dialog, "Ctrl+E",
                                     "Export the claims shown: CSV, JSON, ClaimReview, HTML or PDF report")
        self.open_db_action = _action(w, "&Open database…", self.open_database_dialog, QKeySequence.StandardKey.Open,
                                      "Open another ledger database (SQLite file)")
        self.record_action = _action(w, "&Record outcome…", w.open_outcome_dialog, "Ctrl+R",
                                     "Record what happened to the selected claim (Enter in the table)")
        # bare A, R, E act only in the review queue (review.ClaimActions); here, keys with modifiers
        self.edit_action = _action(w, "&Edit claim…", acts.edit_current, "Ctrl+Shift+E",
                                   "Edit quote, speaker, kind, summary, tags, deadline (E in the review queue)")
        self.accept_action = _action(w, "&Accept", lambda: acts.review("accepted"), "Ctrl+Shift+A",
                                     "Accept the extracted claim (A in the review queue)")
        self.reject_action = _action(w, "Re&ject", lambda: acts.review("rejected"), "Ctrl+Shift+J",
                                     "Reject: not a claim (R in the review queue)")
        self.add_action = _action(w, "Add claim from &selection…", acts.add_from_selection, "Ctrl+N",
                                  "Select words in the article text, then add them as a claim")
        self.review_queue_action = _action(w, "Review &queue", self.show_review_queue, "Ctrl+Shift+R",
                                           "Show the claims still to review (suggested); A accepts, R rejects, "
                                           "E edits")
        self.undo_action, self.redo_action = undo_redo_actions(acts.undo_stack, w, undo=acts.undo, redo=acts.redo,
                                                                busy=acts.pending, busy_changed=acts.pending_changed)
        w.addAction(self.undo_action)
        w.addAction(self.redo_action)
        self.refresh_action = _action(w, "Re&fresh", w.refresh, QKeySequence.StandardKey.Refresh)
        self.search_action = _action(w, "&Search", self.focus_search, QKeySequence.StandardKey.Find)
        self.timeline_action = _action(w, "&Timeline", lambda: w.lower_tabs.setCurrentWidget(w.timeline), "Ctrl+T")
        self.due_action = _action(w, "What is &due", lambda: w.side_tabs.setCurrentWidget(w.due_view), "Ctrl+D")
        self.feeds_action = _action(w, "&Feeds", lambda: w.side_tabs.setCurrentWidget(w.feeds_pane), None,
                                    "The news feeds followed: add, remove, refresh, and how often they are read")
        self.suggestions_action = _action(w, "Possible &outcomes", w.show_suggestions, "Ctrl+Shift+O",
                                          "Outcomes that later articles suggest for open claims: accept or dismiss")
        self.track_records_action = _action(w, "Trac&k records",
                                            lambda: w.lower_tabs.setCurrentWidget(w.track_records),
                                            "Ctrl+K", "Each speaker's kept, broken and open claims")
        self.shortcuts_action = _action(w, "&Keyboard shortcuts", lambda: self.show_help(_help("ShortcutsDialog")),
                                        QKeySequence.StandardKey.HelpContents, "Every key the window answers to")
        if QKeySequence("F1") not in self.shortcuts_action.shortcuts():  # F1 everywhere, whatever the platform says
            self.shortcuts_action.setShortcuts(self.shortcuts_action.shortcuts() + [QKeySequence("F1")])
        self.getting_started_action = _action(w, "&Getting started",
                                              lambda: self.show_help(_help("GettingStartedDialog")),
                                              None, "Import, review, record outcomes, export: the loop in four steps")
        self.quit_action = _action(w, "&Quit", w.close, QKeySequence.StandardKey.Quit)
        self.check_action = _action(w, "Chec&k ledger…", w.check_ledger, None,
                                    "Check the ledger's file for damage, its write-ahead log, its locks and where it "
                                    "lives")
        self.reopen_action = _action(w, "Reop&en ledger", w.reopen_ledger, None,
                                     "Close the ledger's connections and open them again (after a storage error)")
        self.about_action = _action(w, "&About Claim Ledger", self.show_about)
        self.author_action = _action(w, "Your &name…", self.ask_author, None,
                                     "The name recorded with the outcomes you enter (default: your login name)")
        self.help_dialog: QDialog | None = None  # the Help page last opened (show_help)
        self.theme_actions: dict[str, QAction] = {}
        self.apply_author()

        menu = w.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addAction(self.open_db_action)
        self.recent_menu: QMenu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()
        for a in (None, self.import_action, self.import_links_action, self.export_action, None, self.check_action, self.reopen_action, None,
                  self.quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = menu.addMenu("&Edit")
        for a in (self.undo_action, self.redo_action, None, self.paste_article_action, None, self.search_action, None,
                  self.author_action):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        claim_menu = menu.addMenu("&Claim")
        for a in (self.review_queue_action, self.accept_action, self.reject_action, self.edit_action, None,
                  self.add_action, self.record_action, self.suggestions_action):
            claim_menu.addSeparator() if a is None else claim_menu.addAction(a)
        view_menu = menu.addMenu("&View")
        for a in (self.timeline_action, self.track_records_action, self.due_action, self.feeds_action, None, self.refresh_action, None):
            view_menu.addSeparator() if a is None else view_menu.addAction(a)
        self._build_theme_menu(view_menu.addMenu("T&heme"))
        help_menu = menu.addMenu("&Help")
        for a in (self.getting_started_action, self.shortcuts_action, None, self.about_action):
            help_menu.addSeparator() if a is None else help_menu.addAction(a)
        bar = w.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.import_action, self.export_action, None, self.review_queue_action, self.add_action,
                  self.record_action, None, self.undo_action, self.redo_action, self.refresh_action):
            bar.addSeparator() if a is None else bar.addAction(a)

    def enable_claim_actions(self, enabled: bool) -> None:
        """The actions on the selected claim: enabled while there is one."""
        for a in (self.record_action, self.edit_action, self.accept_action, self.reject_action):
            a.setEnabled(enabled)

    def _build_theme_menu(self, menu: QMenu) -> None:
        """View ▸ Theme: System, Light, Dark — applied at once, remembered for the next start."""
        from PySide6.QtGui import QActionGroup
        from PySide6.QtWidgets import QApplication

        from claimledger.ui import theme

        app = QApplication.instance()
        group = QActionGroup(self.window)
        group.setExclusive(True)
        for value, text in theme.THEMES.items():
            a = menu.addAction(text)
            a.setCheckable(True)
            a.setChecked(theme.current_theme(app) == value)
            a.setStatusTip({"system": "Follow the desktop's colours", "light": "Dark text on light backgrounds",
                            "dark": "Light text on dark backgrounds"}[value])
            a.triggered.connect(lambda _c=False, v=value: theme.choose_theme(app, self.settings, v))
            group.addAction(a)
            self.theme_actions[value] = a

    def show_help(self, dialog_type):
        """Help ▸ Keyboard shortcuts or Getting started: a window-modal page, kept as ``help_dialog``."""
        dialog = dialog_type(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    def focus_search(self) -> None:
        search = self.window.filter_bar.search_edit
        search.setFocus()
        search.selectAll()

    def show_review_queue(self) -> None:
        w = self.window
        combo = w.filter_bar.review_combo
        combo.setCurrentIndex(combo.findData("suggested"))
        if w.model.rowCount():
            w.select_row(0)
        w.table.setFocus()
        w.statusBar().showMessage("Review queue: A accept · R reject · E edit · Enter record outcome · Ctrl+Z undo",
                                  8000)

    def fill_recent(self) -> None:
        w = self.window
        self.recent_menu.clear()
        paths = [p for p in window_state.recent_databases(self.settings) if p != w.ledger.location]
        for p in paths:
            a = self.recent_menu.addAction(p)
            a.triggered.connect(lambda _c=False, p=p: w.open_database(p))
        if not paths:
            self.recent_menu.addAction("(none yet)").setEnabled(False)

    def open_database_dialog(self) -> None:
        w = self.window
        path = file_dialogs.get_open_file_name(w, "Open a ledger database", str(Path(w.ledger.location).parent),
                                               "Claim Ledger databases (*.db *.sqlite *.sqlite3);;All files (*)")
        if path:
            w.open_database(path)

    def apply_author(self) -> None:
        """Outcomes record the analyst's name from the settings (else the ledger's default, the login)."""
        name = self.settings.value(AUTHOR_KEY, "", type=str) if self.settings is not None else ""
        if name.strip():
            self.window.ledger.uow.author = name.strip()

    def ask_author(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        w = self.window
        name, ok = QInputDialog.getText(w, "Your name", "Name recorded with the outcomes you enter:",
                                        QLineEdit.EchoMode.Normal, w.ledger.uow.author)
        if ok and name.strip():
            w.ledger.uow.author = name.strip()
            if self.settings is not None:
                self.settings.setValue(AUTHOR_KEY, w.ledger.uow.author)

    def show_about(self) -> None:
        w = self.window
        try:
            version = metadata.version("claimledger")
        except metadata.PackageNotFoundError:
            version = "development"
        settings = self.settings.fileName() if self.settings is not None else "not kept"
        QMessageBox.about(w, "About Claim Ledger",
                          f"<b>Claim Ledger</b> {version}<p>Track what people in the news say will happen, "
                          "and record what did.</p>"
                          f"<p>Database: <code>{w.ledger.location}</code><br>Settings: <code>{settings}</code></p>")
