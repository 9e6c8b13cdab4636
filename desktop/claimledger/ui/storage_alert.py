"""A storage error in the window is never silent (issue 12).

* A failed read (a background task, a page of the table): the status bar says so, and a bar
  above the table stays until a read works again, with Retry (read everything again), Reopen
  ledger (close its connections and open them again) and Check ledger.
* A failed write: the status bar, and a dialog saying that it was not saved, that what the
  analyst entered is kept, with Retry, Reopen and retry, and Close. The dialog that collected the
  input (outcome, claim editor) stays open where it can.
* File ▸ Check ledger… runs the storage check (services/health.py) with SQLite's page check
  and shows it in words; at start-up the same check runs in the background (page check on small
  ledgers only) and speaks up only when something is wrong.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from claimledger.services import LedgerError, StorageError

REPEAT_S = 2.0  # the same failure again within this time is not announced again
WIDE = "QLabel { min-width: 30em; }"  # message boxes wrap long sentences into a narrow column otherwise


class StorageBanner(QFrame):
    """The bar above the claims table while the ledger cannot be read."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("storageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#storageBanner { background: #fbe3e3; border: 1px solid #d03030; border-radius: 3px; }"
                           "#storageBanner QLabel { color: #7a1010; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("&Retry", self)
        self.reopen_button = QPushButton("Re&open ledger", self)
        self.check_button = QPushButton("C&heck ledger…", self)
        self.close_button = QPushButton("×", self)
        self.close_button.setFlat(True)
        self.close_button.setToolTip("Hide this message")
        self.close_button.setFixedWidth(28)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        for b in (self.retry_button, self.reopen_button, self.check_button, self.close_button):
            layout.addWidget(b)
        self.close_button.clicked.connect(self.hide)
        self.setAccessibleName("Storage problem")
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class StorageAlerts(QObject):
    """Reports storage failures of one main window and offers what can be done about them."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.banner = StorageBanner(window)
        self.banner.retry_button.clicked.connect(self.retry_reads)
        self.banner.reopen_button.clicked.connect(window.reopen_ledger)
        self.banner.check_button.clicked.connect(lambda: self.check(integrity=True))
        self.write_box: QMessageBox | None = None  # the open "not saved" dialog (tests look at it)
        self.check_box: QMessageBox | None = None
        self.last_check = None
        self._last: tuple[str, float] = ("", 0.0)

    # -- reads ------------------------------------------------------------------------------
    def read_failed(self, exc: BaseException, what: str = "") -> None:
        """A read went wrong: say so in the status bar and in the bar above the table."""
        if not isinstance(exc, LedgerError):  # a bug, not the storage: keep the traceback for the report
            sys.stderr.write(getattr(exc, "__traceback_text__", f"{type(exc).__name__}: {exc}\n"))
        text = f"Could not read the ledger{' (' + what + ')' if what else ''}: {exc}"
        if self._repeated(text):
            return
        self.window.statusBar().showMessage(text)  # no time-out: it stays until something else is shown
        self.banner.show_message(f"<b>The ledger could not be read</b>{' (' + what + ')' if what else ''}: {exc}"
                                 "<br>What is shown may be out of date. Retry, or reopen the ledger; "
                                 "Check ledger says what is wrong.")

    def retry_reads(self) -> None:
        self.banner.hide()
        self._last = ("", 0.0)
        self.window.statusBar().clearMessage()
        self.window.refresh()

    def clear(self) -> None:
        self.banner.hide()
        self._last = ("", 0.0)

    def _repeated(self, text: str) -> bool:
        now = time.monotonic()
        if text == self._last[0] and now - self._last[1] < REPEAT_S:
            return True
        self._last = (text, now)
        return False

    # -- writes -----------------------------------------------------------------------------
    def write_failed(self, exc: BaseException, *, what: str = "The change",
                     retry: Callable[[], None] | None = None) -> QMessageBox:
        """A save went wrong: the status bar, and a dialog offering to retry or reopen first."""
        self.window.statusBar().showMessage(f"Not saved: {exc}")
        box = QMessageBox(QMessageBox.Icon.Warning, "Not saved", f"<b>{what} was not saved.</b>",
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setStyleSheet(WIDE)
        box.setInformativeText(f"{exc}\n\nWhat you entered is kept. Try again, or reopen the ledger first (its "
                               "connections are closed and opened again); Check ledger says what is wrong.")
        retry_button = box.addButton("&Retry", QMessageBox.ButtonRole.AcceptRole) if retry else None
        reopen_button = box.addButton("Re&open ledger" + (" and retry" if retry else ""),
                                      QMessageBox.ButtonRole.ActionRole)
        check_button = box.addButton("C&heck ledger…", QMessageBox.ButtonRole.HelpRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def reopen_and_retry() -> None:
            self.window.reopen_ledger()
            if retry:
                retry()

        def decided(_result: int) -> None:
            clicked = box.clickedButton()
            self.write_box = None
            action = {check_button: lambda: self.check(integrity=True), reopen_button: reopen_and_retry,
                      retry_button: retry}.get(clicked) if clicked is not None else None
            if action:  # after the box is gone: reopening processes events, which deletes it
                QTimer.singleShot(0, action)

        box.finished.connect(decided)
        box.open()
        self.write_box = box
        return box

    def failed(self, exc: BaseException, *, what: str = "The change", retry: Callable[[], None] | None = None,
               title: str = "Claim Ledger") -> None:
        """Any error of a write: storage errors as above, others (a conflict, bad input) as a message."""
        if isinstance(exc, StorageError):
            self.write_failed(exc, what=what, retry=retry)
        else:
            QMessageBox.warning(self.window, title, str(exc))

    # -- the storage check ---------------------------------------------------------------------
    def check(self, *, integrity: bool | None = True, startup: bool = False) -> None:
        """Run the storage check in the background; show the result (at start-up: only problems)."""
        ledger = self.window.ledger
        if not startup:
            self.window.statusBar().showMessage("Checking the ledger…")

        def done(report) -> None:
            self.last_check = report
            if startup and report.ok:
                if report.warnings:
                    self.window.statusBar().showMessage(f"{report.summary()}: see File ▸ Check ledger.", 10000)
                return
            self.window.statusBar().showMessage(report.summary() + ".", 10000)
            self._show_report(report)

        self.window.runner.run(lambda _task: ledger.health.check_storage(integrity=integrity), on_success=done,
                               on_failure=lambda exc: self.read_failed(exc, "storage check"))

    def _show_report(self, report) -> None:
        icon = QMessageBox.Icon.Information if report.ok and not report.warnings else QMessageBox.Icon.Warning
        box = QMessageBox(icon, "Check ledger", f"<b>{report.summary()}</b>", QMessageBox.StandardButton.Close,
                          self.window)
        box.setStyleSheet(WIDE)
        box.setInformativeText(report.text().split("\n\n", 1)[1] if "\n\n" in report.text() else "")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not report.ok:
            reopen = box.addButton("Re&open ledger", QMessageBox.ButtonRole.ActionRole)
            box.finished.connect(lambda _r: QTimer.singleShot(0, self.window.reopen_ledger)
                                 if box.clickedButton() is reopen else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "check_box", None))
        box.open()
        self.check_box = box
