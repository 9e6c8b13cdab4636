"""Edit a claim (or a new one from a text selection): its quote, speaker, kind, summary, tags and
the deadline — expression, earliest, latest and granularity in one group. The dialog only collects
values; the window writes them (with the version check and an undo entry). ``ConflictDialog``
shows someone else's saved version beside the analyst's edit and lets them choose.

A quote is always words of its article, ``text[start:end] == quote``: a corrected quote is looked
up in the article (the occurrence nearest the old one; spaces, line breaks and straight or curly
quotation marks may differ) and its offsets follow; a quote that is not in the article is refused.
``clean_selection`` turns a raw mouse selection into whole words without dangling punctuation."""
from __future__ import annotations

import html
import re
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
ERROR_STYLE = "color: #d03030; font-weight: bold;"
LABELS = {"speaker": "Speaker", "kind": "Kind", "summary": "Summary", "tags": "Tags", "review": "Review",
          "deadline_expression": "Deadline (as said)", "deadline_earliest": "Earliest", "deadline_latest": "Latest",
          "deadline_granularity": "Granularity", "start": "Quote starts at", "end": "Quote ends at"}

# -- quotes and selections ----------------------------------------------------------------------
_INNER = "'’-"  # inside a word between letters: "Taliban's", "long-stalled"
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘«„", "”’»"
_LEAD_JUNK = set(",;:.!?)]}…—–-") | set(_CLOSE_QUOTES)
_TAIL_JUNK = set(",;:([{…—–-") | set(_OPEN_QUOTES)
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "ltd", "corp", "gen", "gov", "sen", "rep"}
_QUOTE_CLASSES = {"'": "['‘’]", "‘": "['‘’]", "’": "['‘’]", '"': '["“”]', "“": '["“”]', "”": '["“”]',
                  "-": "[-–—]", "–": "[-–—]", "—": "[-–—]"}


def _in_word(text: str, i: int) -> bool:
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    return ch.isalnum() or (ch in _INNER and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())


def _keeps_full_stop(words: str) -> bool:
    """"U.S." or "Inc." ends in an abbreviation's full stop, not a sentence's."""
    last = words.split()[-1] if words.split() else ""
    stem = last.rstrip(".")
    return "." in stem or (len(stem) == 1 and stem.isupper()) or stem.lower() in _ABBREVIATIONS


def clean_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A mouse selection ``text[start:end]`` made into whole words without dangling punctuation:
    a word cut at an edge is taken whole when more of it is selected than not, else left out (a
    selection that runs a letter into the next word does not take it); spaces, commas,
    dashes, a sentence's full stop and quotation marks left unpaired are trimmed from both ends.
    Returns the new (start, end); the selection trimmed of spaces only when nothing would remain."""
    start, end = selected = _clamp(text, start, end)
    if start >= end:
        return selected
    if _in_word(text, start - 1) and _in_word(text, start):  # the first word is cut
        left = start
        while _in_word(text, left - 1):
            left -= 1
        right = start
        while right < end and _in_word(text, right):
            right += 1
        start = left if right - start > start - left else right
    if _in_word(text, end - 1) and _in_word(text, end):  # the last word is cut
        left = end
        while left > start and _in_word(text, left - 1):
            left -= 1
        right = end
        while _in_word(text, right):
            right += 1
        end = right if end - left > right - end else left
    while start < end:
        span, first, last = text[start:end], text[start], text[end - 1]
        if first.isspace() or first in _LEAD_JUNK:
            start += 1
        elif last.isspace() or last in _TAIL_JUNK:
            end -= 1
        elif last == "." and not _keeps_full_stop(span):
            end -= 1
        elif first in _OPEN_QUOTES and not any(c in _CLOSE_QUOTES for c in span[1:]):
            start += 1
        elif last in _CLOSE_QUOTES and not any(c in _OPEN_QUOTES for c in span[:-1]):
            end -= 1
        elif first == '"' and span.count('"') % 2:
            start += 1
        elif last == '"' and span.count('"') % 2:
            end -= 1
        elif last == ")" and "(" not in span:
            end -= 1
        else:
            break
    if start >= end:  # only punctuation: keep what was selected, trimmed of spaces
        return _strip_spaces(text, *selected)
    return start, end


def _clamp(text: str, start: int, end: int) -> tuple[int, int]:
    return max(0, min(start, len(text))), max(0, min(end, len(text)))


def _strip_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def locate_quote(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Where ``quote`` stands in ``text``: (start, end) of the occurrence nearest ``near``, or None.
    Spaces and line breaks, straight or curly quotation marks and dashes may differ from the
    article's; the offsets are those of the article's own characters."""
    words = quote.split()
    if not words:
        return None
    exact = quote.strip()
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(exact), text)]
    if not spans:
        loose = r"\s+".join("".join(_QUOTE_CLASSES.get(c, re.escape(c)) for c in w) for w in words)
        spans = [(m.start(), m.end()) for m in re.finditer(loose, text)]
    if not spans:
        return None
    return min(spans, key=lambda sp: abs(sp[0] - near))


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
    """``article_text`` and ``span`` (the quote's offsets in it) make the quote correctable: the
    values then carry ``start`` and ``end`` too. ``ok_text`` names the OK button ("Save and accept")."""

    def __init__(self, values: dict, quote: str, *, speakers: Lookup | None = None, title: str = "Edit claim",
                 parent: QWidget | None = None, article_text: str | None = None,
                 span: tuple[int, int] | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.article_text = article_text
        self.span: tuple[int, int] | None = None
        self.original = dict(values)
        self.quote_edit: QPlainTextEdit | None = None
        self.quote_note = QLabel(self)
        self.quote_note.setWordWrap(True)
        if article_text is not None and span is not None:
            self.span = (int(span[0]), int(span[1]))
            self.original |= {"start": self.span[0], "end": self.span[1]}
            self.quote_edit = QPlainTextEdit(quote, self)
            self.quote_edit.setTabChangesFocus(True)
            self.quote_edit.setFixedHeight(64)
            self.quote_edit.setAccessibleName("Quote")
            self.quote_edit.setToolTip("The claim's words exactly as the article prints them; correct them here")
            self.quote_edit.textChanged.connect(self._quote_changed)
            quote_widget: QWidget = self.quote_edit
        else:
            quote_widget = QLabel(f"“{quote}”", self)
            quote_widget.setWordWrap(True)
            quote_widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        if self.quote_edit is not None:
            form.addRow("&Quote:", self.quote_edit)
            form.addRow("", self.quote_note)
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
        granularity_label = QLabel("&granularity", self)
        granularity_label.setBuddy(self.granularity_combo)
        window.addWidget(granularity_label)
        window.addWidget(self.granularity_combo)
        window_label = QLabel("&Window:", self)  # a row of several fields: the label needs its buddy said
        window_label.setBuddy(self.earliest_edit)
        dform.addRow(window_label, window)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.quote_edit is None:
            layout.addWidget(quote_widget)
        layout.addLayout(form)
        layout.addWidget(deadline)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._quote_changed()

    # -- the quote ------------------------------------------------------------------------------
    def quote_problem(self) -> str | None:
        """Why the quote as typed cannot be saved, in words; None when it is words of the article."""
        if self.quote_edit is None:
            return None
        typed = self.quote_edit.toPlainText().strip()
        if not typed:
            return "The quote is empty: give the claim's words as the article prints them."
        if self.span is None:
            return (f"“{_clip(typed)}” is not in the article. A quote must be the article's own words, "
                    "as printed: copy them from the article text.")
        return None

    def _quote_changed(self) -> None:
        if self.quote_edit is None or self.article_text is None:
            return
        near = self.span[0] if self.span else self.original.get("start", 0)
        self.span = locate_quote(self.article_text, self.quote_edit.toPlainText(), near)
        problem = self.quote_problem()
        if problem:
            self.quote_note.setStyleSheet(ERROR_STYLE)
            self.quote_note.setText(problem)
        else:
            start, end = self.span
            self.quote_note.setStyleSheet("color: gray;")
            was = (self.original["start"], self.original["end"])
            self.quote_note.setText(f"Characters {start:,}–{end:,} of the article"
                                    + (f" (were {was[0]:,}–{was[1]:,})" if self.span != was else ""))

    def quote(self) -> str | None:
        """The quote as the article prints it (None when it is not in the article or not editable)."""
        if self.article_text is None or self.span is None:
            return None
        return self.article_text[self.span[0]:self.span[1]]

    # -- values ---------------------------------------------------------------------------------
    def values(self) -> dict:
        out = {"speaker": " ".join(self.speaker_edit.text().split()), "kind": self.kind_combo.currentData(),
               "summary": self.summary_edit.toPlainText().strip(), "tags": self.tags_edit.text().strip(),
               "deadline_expression": self.expression_edit.text().strip(),
               "deadline_earliest": self.earliest_edit.value(), "deadline_latest": self.latest_edit.value(),
               "deadline_granularity": self.granularity_combo.currentData()}
        if self.quote_edit is not None and self.span is not None:
            out |= {"start": self.span[0], "end": self.span[1]}
        return out

    def changes(self) -> dict:
        """The fields that differ from the values the dialog opened with."""
        return {k: v for k, v in self.values().items() if v != self.original.get(k)}

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _check(self) -> None:
        problem = self.quote_problem()
        if problem:
            self.show_error(problem)
            return
        v = self.values()
        if v["deadline_earliest"] and v["deadline_latest"] and v["deadline_earliest"] > v["deadline_latest"]:
            self.show_error("The deadline's earliest date is after its latest date: fix one of them.")
            return
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        give_back_focus(self)


def give_back_focus(dialog: QDialog) -> None:
    """A dialog closed: its window becomes the active one again, so that the window's shortcuts
    (Ctrl+Z, Ctrl+R …) work at once (without a window manager, or with some, none is active)."""
    parent = dialog.parentWidget()
    if parent is not None and parent.isVisible():
        parent.window().activateWindow()


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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

    def done(self, result: int) -> None:
        super().done(result)
        give_back_focus(self)
