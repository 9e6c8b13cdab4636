"""Importing articles from the GUI: choose files (or drop them), import in the background with
progress in the status bar, then report files that could not be imported and offer to import
the ones without a publication date once the analyst picks it."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from claimledger.services import InputError, Ledger
from claimledger.services.importing import PREPARING_MODEL, ImportFailure
from claimledger.ui import file_dialogs
from claimledger.ui.tasks import Task, TaskRunner

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


def needs_date(failure: ImportFailure) -> bool:
    return "no publication date" in failure.message


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
        self.setWindowTitle("Some files were not imported")
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        n = len(failures)
        summary = QLabel(
            f"{imported} file{'s' if imported != 1 else ''} imported. {n} file{'s' if n != 1 else ''} could not be "
            "imported; nothing was stored from them. Fix the files (UTF-8 text, Markdown or HTML) and import "
            "them again.", self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.list = QListWidget(self)
        for f in failures:
            self.list.addItem(f"{Path(f.origin).name}: {f.message.removeprefix(f.origin + ': ')}")
            self.list.item(self.list.count() - 1).setToolTip(f.origin)
        layout.addWidget(self.list, 1)
        self.undated = [f.origin for f in failures if needs_date(f)]
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.reimport_button = QPushButton("Import with this date", self)
        self.reimport_button.clicked.connect(self._reimport)
        if self.undated:
            hint = QLabel(
                f"{len(self.undated)} file{'s have' if len(self.undated) != 1 else ' has'} no publication date. "
                "Claim deadlines such as “next month” are read from it: pick the date the article was "
                "published and import again.", self)
            hint.setWordWrap(True)
            layout.addWidget(hint)
            row = QHBoxLayout()
            row.addWidget(QLabel("Published on:", self))
            row.addWidget(self.date_edit)
            row.addWidget(self.reimport_button)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            self.date_edit.hide()
            self.reimport_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_date(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def _reimport(self) -> None:
        self.reimport_requested.emit(list(self.undated), self.chosen_date())
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
                return ledger.import_many(paths, progress=task.progress, cancelled=task.cancelled)
            _wait_for_model(task, len(paths))
            done, failed = [], []
            for i, p in enumerate(paths):
                if task.cancelled():
                    break
                task.progress(i, len(paths), p)
                try:
                    done.append(ledger.import_file(p, published=published))
                except InputError as exc:
                    failed.append(ImportFailure(p, str(exc)))
            task.progress(len(paths), len(paths), "")
            return done, failed

        self._progress.set_progress(0, len(paths), "")
        self._progress.show()
        self._task = self._runner.run(work, on_success=self._succeeded, on_failure=self._failed,
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
            return ledger.import_seeds_once(progress=task.progress), []

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
            self.failures_dialog = ImportFailuresDialog(failed, len(done), self._ledger.today(), self._window)
            self.failures_dialog.reimport_requested.connect(lambda paths, d: self.start(paths, published=d))
            self.failures_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.finished.emit([], [])
        QMessageBox.critical(self._window, "Import failed", f"The import stopped: {exc}")
