"""Record an outcome for one claim: status, the date it was observed, evidence and a note.

Nothing is pre-set: the analyst chooses the status and types (or picks) the date it was
observed; until both are there and the date lies between the article's publication and today,
Record is disabled, so Enter on an incomplete form does nothing. The date is a plain text field
(YYYY-MM-DD): select-all and typing replaces all of it. Below it, the outcome's timing against the
claim's deadline ("Fulfilled 12 days early …") is shown as the form changes, before it is saved.

The dialog only collects the input: Record emits ``submitted(status, params)`` (the
``record_outcome`` arguments) and the window writes it (ui/review.ClaimActions.run_write, its one
write path), then closes the dialog with ``saved()``. When the write fails, the window shows why
inside the dialog (``show_error``), which stays open so nothing typed is lost.
"""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from claimledger.domain import Status, days_early_or_late
from claimledger.services import LedgerError
from claimledger.services.dto import ClaimRow
from claimledger.services.outcomes import check_url
from claimledger.ui.claim_detail import timeliness
from claimledger.ui.claim_editor import ERROR_STYLE, give_back_focus

ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# what may stand in the field while a date is being typed: digits and dashes in the ISO shape
TYPING = QRegularExpression(r"\d{0,4}(-(\d{0,2}(-\d{0,2})?)?)?")


def more_evidence(text: str) -> list[tuple[str, str | None]]:
    """Lines "URL" or "URL | quoted passage" → [(url, quote)]; a bad link raises LedgerError."""
    out = []
    for line in text.splitlines():
        url, _sep, quote = line.partition("|")
        if url.strip():
            out.append((check_url(url.strip()), quote.strip() or None))
    return out


def parse_iso_date(text: str) -> date | None:
    """``YYYY-MM-DD`` (month and day may have one digit) → the date; None when incomplete or impossible."""
    m = ISO_DATE.fullmatch(text.strip())
    if m is None:
        return None
    try:
        return date(*(int(g) for g in m.groups()))
    except ValueError:
        return None


class DateField(QWidget):
    """A date typed as YYYY-MM-DD (empty until the analyst gives one), with a calendar button.
    A plain line edit: select-all and typing replaces the whole date, year included."""

    def __init__(self, parent: QWidget | None = None, *, earliest: date | None = None, latest: date | None = None,
                 start: date | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setValidator(QRegularExpressionValidator(TYPING, self.edit))
        self.edit.setMaxLength(10)
        self.edit.setClearButtonEnabled(True)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        if earliest is not None:  # the calendar offers only the dates the dialog accepts
            self.calendar.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        if latest is not None:
            self.calendar.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        if start is not None:  # the month the calendar opens on while the field is empty
            self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._sync_calendar)
        self.button = QToolButton(self)
        self.button.setText("Calendar…")
        self.button.setToolTip("Pick the date on a calendar")
        self.button.setAccessibleName("Pick the observed date on a calendar")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        return parse_iso_date(self.edit.text())

    def set_value(self, d: date | None) -> None:
        self.edit.setText(d.isoformat() if d else "")

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (the QLineEdit spelling, for tests and callers)
        self.edit.setText(text)

    def _sync_calendar(self) -> None:
        d = self.value()
        if d is not None:
            self.calendar.setSelectedDate(QDate(d.year, d.month, d.day))

    def _picked(self, qd: QDate) -> None:
        self.set_value(date(qd.year(), qd.month(), qd.day()))
        self.menu.hide()
        self.edit.setFocus()


class OutcomeDialog(QDialog):
    submitted = Signal(str, dict)  # Record on a complete form: the status and the record_outcome arguments

    def __init__(self, claim: ClaimRow, parent: QWidget | None = None, *, today: date, as_of: date | None = None):
        super().__init__(parent)
        self.claim = claim
        self.today = today
        self.params: dict = {}  # the record_outcome arguments last submitted
        self.saving = False  # submitted, the window's write not done yet
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
        self.status_combo.setPlaceholderText("Choose what happened…")
        self.status_combo.setCurrentIndex(-1)  # nothing chosen: the analyst decides, every time

        # empty: the date is the analyst's to give; the calendar opens on the as-of month
        self.date_edit = DateField(self, earliest=claim.published_on, latest=self.today,
                                   start=max(claim.published_on, min(as_of or self.today, self.today)))
        self.date_edit.setToolTip("When it happened (not when you record it), as YYYY-MM-DD")
        self.timing_label = QLabel(self)
        self.timing_label.setObjectName("timingLabel")
        self.timing_label.setWordWrap(True)

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
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow("&Status:", self.status_combo)
        date_label = QLabel("&Observed on:", self)
        date_label.setBuddy(self.date_edit.edit)
        form.addRow(date_label, self.date_edit)
        form.addRow("", self.timing_label)
        form.addRow("&Evidence link:", self.url_edit)
        form.addRow("Evidence &quote:", self.quote_edit)
        form.addRow("&More evidence:", self.more_edit)
        form.addRow("&Note:", self.note_edit)
        for w, name in ((self.status_combo, "Status"), (self.date_edit.edit, "Observed on"),
                        (self.url_edit, "Evidence link"), (self.quote_edit, "Evidence quote"),
                        (self.more_edit, "More evidence links"), (self.note_edit, "Note")):
            w.setAccessibleName(name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.record_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText("Record")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._update)
        self.date_edit.edit.textChanged.connect(self._update)
        self._update()
        self.status_combo.setFocus()

    @staticmethod
    def _context(c: ClaimRow) -> str:
        parts = [c.speaker or "unattributed", c.kind]
        if c.deadline_expression:
            parts.append(f"deadline “{c.deadline_expression}”"
                         + (f" (by {c.deadline_latest.isoformat()})" if c.deadline_latest else ""))
        parts.append(f"now {c.status.replace('_', ' ')}")
        parts.append(f"article published {c.published_on.isoformat()}")
        return " · ".join(parts)

    # -- the form's state ----------------------------------------------------------------------
    def status(self) -> Status | None:
        value = self.status_combo.currentData()
        return Status(value) if value else None

    def observed_on(self) -> date | None:
        return self.date_edit.value()

    def date_problem(self) -> str | None:
        """Why the observed date cannot be recorded, in words; None when it can."""
        text = self.date_edit.text().strip()
        if not text:
            return "Give the date it was observed, as YYYY-MM-DD."
        d = self.observed_on()
        if d is None:
            if ISO_DATE.fullmatch(text):
                return f"{text} is not a date in the calendar."
            return "Type the whole date as YYYY-MM-DD, e.g. 2021-08-30."
        published = self.claim.published_on
        if d < published:
            return (f"{d.isoformat()} is before the article was published ({published.isoformat()}): "
                    "an outcome of the claim cannot be observed before the claim was made.")
        if d > self.today:
            return f"{d.isoformat()} is after today ({self.today.isoformat()}): record only what has happened."
        return None

    def timing_text(self) -> str:
        """The outcome's timing against the deadline, for the line under the date."""
        d, status, latest = self.observed_on(), self.status(), self.claim.deadline_latest
        if d is None or self.date_problem():
            return ""
        if latest is None:
            return "The claim has no deadline date: no early or late."
        days = days_early_or_late(status, d, latest) if status else None
        if days is not None:
            return f"{status.label} {timeliness(days)} (deadline {latest.isoformat()})."
        gap = (d - latest).days
        when = "on the deadline day" if not gap else \
            f"{abs(gap)} day{'s' if abs(gap) != 1 else ''} {'before' if gap < 0 else 'after'} the deadline"
        return f"Observed {when} ({latest.isoformat()})."

    def is_complete(self) -> bool:
        return self.status() is not None and self.date_problem() is None

    def _update(self, *_args) -> None:
        problem = self.date_problem()
        if problem:  # a whole date that cannot be is an error; a date not finished yet, a hint
            whole = self.observed_on() is not None or ISO_DATE.fullmatch(self.date_edit.text().strip())
            style, message = (ERROR_STYLE if whole else "color: gray;"), problem
        else:
            style, message = "", self.timing_text()
            if self.status() is None:
                message += " Choose the status to record it."
        self.timing_label.setStyleSheet(style)
        self.timing_label.setText(message)
        complete = self.is_complete()
        self.record_button.setEnabled(complete)
        self.record_button.setToolTip("" if complete else "Choose the status and give the date it was observed")

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def set_saving(self, saving: bool) -> None:
        """While the window writes what was submitted: Record (and closing) wait for it; then
        ``saved()`` closes the dialog, or the input stays for another try."""
        self.saving = saving
        self.buttons.setEnabled(not saving)
        if saving:
            self.error_label.hide()
        else:
            self._update()

    def reject(self) -> None:
        if not self.saving:  # a write on its way: it is recorded or fails first
            super().reject()

    def accept(self) -> None:
        if self.saving:
            return
        if not self.is_complete():  # Enter (or a caller) on an incomplete form: nothing happens
            self._update()
            return
        try:
            extra = more_evidence(self.more_edit.toPlainText())
            params = dict(observed_on=self.observed_on(), evidence_url=self.url_edit.text().strip() or None,
                          evidence_quote=self.quote_edit.toPlainText().strip() or None,
                          note=self.note_edit.toPlainText().strip(), more_evidence=extra)
        except LedgerError as exc:  # a bad further link: stay open
            self.show_error(str(exc))
            return
        self.params = params
        self.submitted.emit(self.status().value, params)  # the window writes it, then calls saved()

    def saved(self) -> None:
        """The window wrote what was submitted: close as accepted."""
        self.saving = False
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        give_back_focus(self)
