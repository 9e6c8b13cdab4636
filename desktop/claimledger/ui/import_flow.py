"""Importing articles from the GUI: choose files (or drop them), import in the background with
progress in the status bar, then report files that could not be imported and offer to import
the ones without a publication date once the analyst picks it."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from claimledger.services import InputError, Ledger
from claimledger.services.files import is_link
from claimledger.services.dto import FETCHING, PREPARING_MODEL, ImportFailure
from claimledger.ui import file_dialogs
from claimledger.ui.tasks import Task, TaskRunner

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def needs_date(failure: ImportFailure) -> bool:
    return "no publication date" in failure.message


UNDATED = ("no publication date in the file: choose the date it was published below, "
           "then “Import with this date”")


def shown_name(origin: str) -> str:
    """A file by its name, a link whole (its last segment alone would not say which page)."""
    return origin if is_link(origin) else Path(origin).name


def window_message(failure: ImportFailure) -> str:
    """Why a file was not imported, in the window's words (the service's undated-file message
    names the command line's --published; here the date is given in this dialog)."""
    if needs_date(failure):
        return UNDATED.replace("in the file", "on the page") if is_link(failure.origin) else UNDATED
    return failure.message.removeprefix(failure.origin + ": ")


class ImportProgress(QWidget):
    """Status-bar widget: a progress bar and a cancel button, visible while importing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setFormat("Importing %v/%m")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.label = QLabel(self)  # a busy bar draws no text: the words go beside it
        self.label.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def set_progress(self, done: int, total: int, message: str) -> None:
        if message == PREPARING_MODEL:
            # loading spaCy's model takes a few seconds the first time: say so, with a busy bar
            self.bar.setFormat(PREPARING_MODEL)
            self.bar.setMaximum(0)
            self.bar.setToolTip("The language model that finds claims and speakers is loading (once per session).")
            self.label.setText(PREPARING_MODEL)
            self.label.show()
            return
        if message.startswith(FETCHING):  # a link is being fetched: say which, beside the bar
            link = message.removeprefix(FETCHING)
            self.label.setText(self.label.fontMetrics().elidedText(
                f"Fetching {link}", Qt.TextElideMode.ElideMiddle, 320))
            self.label.setToolTip(link)
            self.label.show()
        else:
            self.label.hide()
        self.bar.setFormat("Importing %v/%m")
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        self.bar.setToolTip(message)


class ImportFailuresDialog(QDialog):
    """Lists the files that were not imported and why; offers a date for undated ones."""

    reimport_requested = Signal(list, object)  # paths, date

    def __init__(self, failures: list[ImportFailure], imported: int, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.failures = failures
        links = all(is_link(f.origin) for f in failures)
        what = "link" if links else "file"
        self.setWindowTitle(f"Some {what}s were not imported")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        n = len(failures)
        fix = ("Check the links (an article page, a PDF or a text, reachable from here) and import them again."
               if links else "Fix the files (UTF-8 text, Markdown, HTML or PDF) and import them again.")
        summary = QLabel(
            f"{imported} article{'s' if imported != 1 else ''} imported. {n} {what}{'s' if n != 1 else ''} could not "
            f"be imported; nothing was stored from {'them' if n != 1 else 'it'}. {fix}", self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # the reasons are sentences: read whole, not scrolled sideways
        for f in failures:
            self.list.addItem(f"{shown_name(f.origin)}: {window_message(f)}")
            self.list.item(self.list.count() - 1).setToolTip(f.origin)
        layout.addWidget(self.list, 1)
        self.undated = [f.origin for f in failures if needs_date(f)]
        self._today = today
        # no date is offered: today's would silently anchor every "next month" to the wrong month
        self.date_edit = QLineEdit(self)
        self.date_edit.setPlaceholderText("YYYY-MM-DD")
        self.date_edit.setAccessibleName("Publication date")
        self.date_edit.setMaxLength(10)
        self.date_edit.setFixedWidth(self.date_edit.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("Calendar…")
        self.calendar_button.setToolTip("Pick the date on a calendar")
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setMaximumDate(QDate(today.year, today.month, today.day))
        self.calendar.setGridVisible(True)
        popup = QMenu(self.calendar_button)
        picker = QWidgetAction(popup)
        picker.setDefaultWidget(self.calendar)
        popup.addAction(picker)
        self.calendar_button.setMenu(popup)
        self.calendar.clicked.connect(lambda d: (self.date_edit.setText(d.toString("yyyy-MM-dd")), popup.close()))
        self.date_error = QLabel(self)
        self.date_error.setObjectName("dateError")
        self.date_error.setWordWrap(True)
        self.date_error.setStyleSheet("color: #d03030")
        self.reimport_button = QPushButton("Import with this date", self)
        self.reimport_button.setEnabled(False)
        self.reimport_button.setDefault(True)  # Enter imports once a date is there, and only then
        self.reimport_button.clicked.connect(self._reimport)
        self.date_edit.textChanged.connect(self._check_date)
        if self.undated:
            hint = QLabel(
                f"{len(self.undated)} file{'s have' if len(self.undated) != 1 else ' has'} no publication date. "
                "Claim deadlines such as “next month” are read from it, so it is needed: type the date the "
                "article was published (or pick it on the calendar) and press “Import with this date”.", self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            row = QHBoxLayout()
            label = QLabel("&Published on:", self)
            label.setBuddy(self.date_edit)
            row.addWidget(label)
            row.addWidget(self.date_edit)
            row.addWidget(self.calendar_button)
            row.addWidget(self.reimport_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.date_error)
            self.date_edit.setFocus()
        else:
            for w in (self.date_edit, self.calendar_button, self.date_error, self.reimport_button):
                w.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_date(self) -> date | None:
        """The publication date typed or picked; None until it is a real date, not after today."""
        text = self.date_edit.text().strip()
        try:
            d = date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            return None
        return d if d is not None and d <= self._today else None

    def _check_date(self, _text: str = "") -> None:
        text = self.date_edit.text().strip()
        d = self.chosen_date()
        if d is not None or not text:
            message = ""
        elif len(text) < 10:
            message = "Type the whole date: year, month and day, e.g. 2021-07-06."
        else:
            try:
                typed = date.fromisoformat(text)
            except ValueError:
                message = f"{text} is not a real date (write it as YYYY-MM-DD, e.g. 2021-07-06)."
            else:
                message = (f"{typed.isoformat()} is after today ({self._today.isoformat()}): an article "
                           "cannot have been published yet.")
        self.date_error.setText(message)
        self.reimport_button.setEnabled(d is not None)

    def _reimport(self) -> None:
        chosen = self.chosen_date()
        if chosen is None:  # the button is disabled until then; Enter must not slip through either
            self._check_date()
            return
        self.reimport_requested.emit(list(self.undated), chosen)
        self.accept()


def _wait_for_model(task: Task, total: int) -> None:
    """Load the language model first, saying so, when it is not loaded yet."""
    from claimledger.extraction import parse

    if not parse.is_loaded():
        task.progress(0, total, PREPARING_MODEL)
        parse.load()


class ImportController(QObject):
    """Owns the import use case in the GUI; the window connects ``finished`` to refresh."""

    finished = Signal(list, list)  # results, failures

    def __init__(self, ledger: Ledger, runner: TaskRunner, progress: ImportProgress, parent: QWidget):
        super().__init__(parent)
        self._ledger = ledger
        self._runner = runner
        self._progress = progress
        self._window = parent
        self._task: Task | None = None
        self.failures_dialog: ImportFailuresDialog | None = None
        progress.cancel_button.clicked.connect(self.cancel)

    def is_running(self) -> bool:
        return self._task is not None

    def choose_files(self) -> None:
        paths = file_dialogs.get_open_file_names(self._window, "Import articles", "", FILE_FILTER)
        if paths:
            self.start(paths)

    def start(self, paths: list[str | os.PathLike], *, published: date | None = None) -> bool:
        if self._task is not None:
            QMessageBox.information(self._window, "Import", "An import is already running; wait for it to finish.")
            return False
        paths = [str(p) for p in paths]
        ledger = self._ledger

        def work(task: Task):
            if published is None:
                return ledger.importer.import_many(paths, progress=task.progress, cancelled=task.cancelled)
            _wait_for_model(task, len(paths))
            done, failed = [], []
            for i, p in enumerate(paths):
                if task.cancelled():
                    break
                task.progress(i, len(paths), p)
                try:
                    if is_link(p):
                        done.append(ledger.importer.import_link(p, published=published))
                    else:
                        done.append(ledger.importer.import_file(p, published=published))
                except InputError as exc:
                    failed.append(ImportFailure(p, str(exc)))
            task.progress(len(paths), len(paths), "")
            return done, failed

        self._progress.set_progress(0, len(paths), "")
        self._progress.show()
        self._task = self._runner.run(work, on_success=self._succeeded, on_failure=self._failed,
                                      on_progress=self._progress.set_progress)
        return True

    def start_bytes(self, raw: bytes, *, origin: str, then=None, **meta) -> bool:
        """One article's bytes (Edit ▸ Paste as article), imported in the background like a file
        (``meta``: published, title, outlet, url); ``then(result)`` once it is in the ledger."""
        if self._task is not None:
            QMessageBox.information(self._window, "Import", "An import is already running; wait for it to finish.")
            return False
        ledger = self._ledger

        def work(task: Task):
            _wait_for_model(task, 1)
            task.progress(0, 1, origin)
            try:
                result = ledger.importer.import_bytes(raw, origin=origin, **meta)
            except InputError as exc:
                return [], [ImportFailure(origin, str(exc))]
            task.progress(1, 1, "")
            return [result], []

        def succeeded(result) -> None:
            self._succeeded(result)
            if then is not None and result[0]:
                then(result[0][0])

        self._progress.set_progress(0, 1, "")
        self._progress.show()
        self._task = self._runner.run(work, on_success=succeeded, on_failure=self._failed,
                                      on_progress=self._progress.set_progress)
        return True

    def import_seeds(self) -> None:
        """First run: the sample articles shipped with the app, in the background (the window
        paints first; the language model loads meanwhile). The progress shows only if there is
        anything to import."""
        if self._task is not None:
            return
        ledger = self._ledger

        def work(task: Task):
            return ledger.importer.import_seeds_once(progress=task.progress), []

        def shown_progress(done: int, total: int, message: str) -> None:
            self._progress.show()
            self._progress.set_progress(done, total, message)

        self._task = self._runner.run(work, on_success=self._succeeded, on_failure=self._failed,
                                      on_progress=shown_progress)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _end(self) -> None:
        self._task = None
        self._progress.hide()

    def _succeeded(self, result) -> None:
        self._end()
        done, failed = result
        self.finished.emit(list(done), list(failed))
        if failed:
            self.failures_dialog = ImportFailuresDialog(failed, len(done), self._ledger.uow.today(), self._window)
            self.failures_dialog.reimport_requested.connect(lambda paths, d: self.start(paths, published=d))
            self.failures_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.finished.emit([], [])
        QMessageBox.critical(self._window, "Import failed", f"The import stopped: {exc}")
