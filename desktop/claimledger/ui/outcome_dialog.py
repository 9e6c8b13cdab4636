"""Record an outcome for one claim: status, the date it was observed, evidence and a note.

The dialog calls ``ledger.record_outcome`` itself when OK is pressed; an input error (bad
link, future date …) is shown inside the dialog, which stays open so nothing typed is lost. So
does a storage error, which is also emitted (``storage_error``) for the window to offer a retry
or a reopen of the ledger.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimledger.domain import Status
from claimledger.services import Ledger, LedgerError, StorageError
from claimledger.services.dto import ClaimRow
from claimledger.services.outcomes import RecordedOutcome, check_url


def more_evidence(text: str) -> list[tuple[str, str | None]]:
    """Lines "URL" or "URL | quoted passage" → [(url, quote)]; a bad link raises LedgerError."""
    out = []
    for line in text.splitlines():
        url, _sep, quote = line.partition("|")
        if url.strip():
            out.append((check_url(url.strip()), quote.strip() or None))
    return out


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class OutcomeDialog(QDialog):
    storage_error = Signal(object)  # the outcome could not be saved for a storage reason

    def __init__(self, ledger: Ledger, claim: ClaimRow, parent: QWidget | None = None, *, as_of: date | None = None):
        super().__init__(parent)
        self._ledger = ledger
        self.claim = claim
        self.recorded: RecordedOutcome | None = None
        self.params: dict = {}  # the record_outcome arguments used (redo records them again)
        self.setWindowTitle(f"Record outcome — claim #{claim.id}")
        self.setMinimumWidth(520)

        quote = QLabel(f"“{claim.quote}”", self)
        quote.setWordWrap(True)
        quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = QLabel(self._context(claim), self)
        who.setWordWrap(True)

        self.status_combo = QComboBox(self)
        for s in Status:
            self.status_combo.addItem(s.label, s.value)
        current = self.status_combo.findData(claim.status)
        default = self.status_combo.findData(Status.FULFILLED.value) if claim.status == Status.PENDING.value else current
        self.status_combo.setCurrentIndex(max(default, 0))

        today = ledger.today()
        # the date the analyst is looking at (the as-of date), never later than today
        self.date_edit = QDateEdit(_qdate(min(as_of or today, today)), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(_qdate(today))
        self.date_edit.setToolTip("When it happened (not when you record it)")

        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://… (a source showing the outcome)")
        self.quote_edit = QPlainTextEdit(self)
        self.quote_edit.setPlaceholderText("The words of the source that show it (optional)")
        self.quote_edit.setTabChangesFocus(True)
        self.quote_edit.setFixedHeight(70)
        self.more_edit = QPlainTextEdit(self)
        self.more_edit.setPlaceholderText("More links, one per line: https://… | the quoted passage")
        self.more_edit.setTabChangesFocus(True)
        self.more_edit.setFixedHeight(56)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText("Your note (optional)")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d03030; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow("&Status:", self.status_combo)
        form.addRow("&Observed on:", self.date_edit)
        form.addRow("&Evidence link:", self.url_edit)
        form.addRow("Evidence &quote:", self.quote_edit)
        form.addRow("&More evidence:", self.more_edit)
        form.addRow("&Note:", self.note_edit)
        for w, name in ((self.status_combo, "Status"), (self.date_edit, "Observed on"),
                        (self.url_edit, "Evidence link"), (self.quote_edit, "Evidence quote"),
                        (self.more_edit, "More evidence links"), (self.note_edit, "Note")):
            w.setAccessibleName(name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Record")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @staticmethod
    def _context(c: ClaimRow) -> str:
        parts = [c.speaker or "unattributed", c.kind]
        if c.deadline_expression:
            parts.append(f"deadline “{c.deadline_expression}”"
                         + (f" (by {c.deadline_latest.isoformat()})" if c.deadline_latest else ""))
        parts.append(f"now {c.status.replace('_', ' ')}")
        return " · ".join(parts)

    def observed_on(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        try:
            extra = more_evidence(self.more_edit.toPlainText())
            params = dict(observed_on=self.observed_on(), evidence_url=self.url_edit.text().strip() or None,
                          evidence_quote=self.quote_edit.toPlainText().strip() or None,
                          note=self.note_edit.toPlainText().strip(), more_evidence=extra)
            self.recorded = self._ledger.record_outcome(self.claim.id, self.status_combo.currentData(), **params)
            self.params = params
        except StorageError as exc:  # not saved: stay open, keep the input, let the window offer more
            self.show_error(f"Not saved: {exc}. What you entered is kept; press Record to try again.")
            self.storage_error.emit(exc)
            return
        except LedgerError as exc:  # InputError, NotFoundError: stay open
            self.show_error(str(exc))
            return
        super().accept()
