"""Edit a claim (or a new one from a text selection): speaker, kind, summary, tags and the
deadline — expression, earliest, latest and granularity in one group. The dialog only collects
values; the window writes them (with the version check and an undo entry). ``ConflictDialog``
shows someone else's saved version beside the analyst's edit and lets them choose."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimledger.domain import ClaimKind, Granularity
from claimledger.services.dto import ClaimRow
from claimledger.ui.speaker_lookup import Lookup, SpeakerCompleter

NO_DATE = QDate(1900, 1, 1)
FIELDS = ("speaker", "kind", "summary", "tags", "deadline_expression", "deadline_earliest", "deadline_latest",
          "deadline_granularity")
LABELS = {"speaker": "Speaker", "kind": "Kind", "summary": "Summary", "tags": "Tags", "review": "Review",
          "deadline_expression": "Deadline (as said)", "deadline_earliest": "Earliest", "deadline_latest": "Latest",
          "deadline_granularity": "Granularity"}


class OptionalDateEdit(QDateEdit):
    """A date or none: the lowest date shows as "—" (clear it with the "none" value)."""

    def __init__(self, value: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)

    def value(self) -> date | None:
        d = self.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())


def row_values(row: ClaimRow) -> dict:
    return {"speaker": row.speaker or "", "kind": row.kind, "summary": row.summary, "tags": row.tags,
            "deadline_expression": row.deadline_expression or "", "deadline_earliest": row.deadline_earliest,
            "deadline_latest": row.deadline_latest, "deadline_granularity": row.deadline_granularity or ""}


class ClaimEditor(QDialog):
    def __init__(self, values: dict, quote: str, *, speakers: Lookup | None = None, title: str = "Edit claim",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.original = dict(values)
        quote_label = QLabel(f"“{quote}”", self)
        quote_label.setWordWrap(True)
        quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.speaker_edit = QLineEdit(values.get("speaker") or "", self)
        self.speaker_edit.setPlaceholderText("Who said it (empty: the reporter)")
        self.speaker_completer = None
        if speakers is not None:  # names from the ledger as the analyst types
            self.speaker_completer = SpeakerCompleter(speakers, self)
            self.speaker_completer.attach(self.speaker_edit)
        self.kind_combo = QComboBox(self)
        for k in ClaimKind:
            self.kind_combo.addItem(k.value, k.value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(values.get("kind") or "prediction")))
        self.summary_edit = QPlainTextEdit(values.get("summary") or "", self)
        self.summary_edit.setPlaceholderText("Your paraphrase (optional)")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(60)
        self.tags_edit = QLineEdit(values.get("tags") or "", self)
        self.tags_edit.setPlaceholderText("comma-separated, e.g. troops, withdrawal")

        self.expression_edit = QLineEdit(values.get("deadline_expression") or "", self)
        self.expression_edit.setPlaceholderText("the words, e.g. “by September 11”")
        self.earliest_edit = OptionalDateEdit(values.get("deadline_earliest"), self)
        self.latest_edit = OptionalDateEdit(values.get("deadline_latest"), self)
        self.granularity_combo = QComboBox(self)
        self.granularity_combo.addItem("—", "")
        for g in Granularity:
            self.granularity_combo.addItem(g.value, g.value)
        self.granularity_combo.setCurrentIndex(max(0, self.granularity_combo.findData(values.get("deadline_granularity") or "")))
        for w, name in ((self.speaker_edit, "Speaker"), (self.kind_combo, "Kind"), (self.summary_edit, "Summary"),
                        (self.tags_edit, "Tags"), (self.expression_edit, "Deadline expression"),
                        (self.earliest_edit, "Deadline earliest"), (self.latest_edit, "Deadline latest"),
                        (self.granularity_combo, "Deadline granularity")):
            w.setAccessibleName(name)

        form = QFormLayout()
        form.addRow("&Speaker:", self.speaker_edit)
        form.addRow("&Kind:", self.kind_combo)
        form.addRow("S&ummary:", self.summary_edit)
        form.addRow("&Tags:", self.tags_edit)
        deadline = QGroupBox("Deadline", self)
        dform = QFormLayout(deadline)
        dform.addRow("&Expression:", self.expression_edit)
        window = QHBoxLayout()
        window.addWidget(self.earliest_edit)
        window.addWidget(QLabel("to", self))
        window.addWidget(self.latest_edit)
        window.addWidget(QLabel("granularity", self))
        window.addWidget(self.granularity_combo)
        dform.addRow("&Window:", window)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d03030; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addLayout(form)
        layout.addWidget(deadline)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        return {"speaker": " ".join(self.speaker_edit.text().split()), "kind": self.kind_combo.currentData(),
                "summary": self.summary_edit.toPlainText().strip(), "tags": self.tags_edit.text().strip(),
                "deadline_expression": self.expression_edit.text().strip(),
                "deadline_earliest": self.earliest_edit.value(), "deadline_latest": self.latest_edit.value(),
                "deadline_granularity": self.granularity_combo.currentData()}

    def changes(self) -> dict:
        """The fields that differ from the values the dialog opened with."""
        return {k: v for k, v in self.values().items() if v != self.original.get(k)}

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _check(self) -> None:
        v = self.values()
        if v["deadline_earliest"] and v["deadline_latest"] and v["deadline_earliest"] > v["deadline_latest"]:
            self.show_error("The deadline's earliest date is after its latest date: fix one of them.")
            return
        self.accept()


def _show(v) -> str:
    if v in (None, ""):
        return "<span style='color:gray'>—</span>"
    return html.escape(v.isoformat() if isinstance(v, date) else str(v))


class ConflictDialog(QDialog):
    """Someone saved the claim after it was read: show theirs beside yours; the analyst chooses."""

    OVERWRITE, KEEP_THEIRS = 1, 2

    def __init__(self, theirs: ClaimRow, yours: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Claim #{theirs.id} was changed by someone else")
        self.choice = 0
        current = row_values(theirs) | {"review": theirs.review}
        rows = "".join(
            f"<tr><td><b>{LABELS.get(k, k)}</b></td><td>{_show(current.get(k))}</td><td>{_show(v)}</td></tr>"
            for k, v in yours.items())
        text = QLabel(
            f"<p>Claim #{theirs.id} was saved by someone else (now version {theirs.version}) after you opened it. "
            "Nothing of yours was written yet.</p>"
            f"<table cellspacing='6'><tr><th></th><th align='left'>Theirs (saved)</th><th align='left'>Yours</th></tr>"
            f"{rows}</table><p>Overwrite their values with yours, or keep theirs and drop your edit?</p>", self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.table_label = text
        buttons = QDialogButtonBox(self)
        self.overwrite_button = buttons.addButton("Overwrite with mine", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton("Keep theirs", QDialogButtonBox.ButtonRole.RejectRole)
        self.overwrite_button.clicked.connect(lambda: self._done(self.OVERWRITE))
        self.keep_button.clicked.connect(lambda: self._done(self.KEEP_THEIRS))
        self.keep_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice == self.OVERWRITE else self.reject()
