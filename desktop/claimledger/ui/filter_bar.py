"""The bar above the claims table: search, status, kind, review, speaker, tag, deadline range and
the "as of" date. Typing is debounced so one query runs per pause, not per keystroke. The state
round-trips through ``state()``/``restore()`` (kept in QSettings between runs).

The speaker filter never lists every speaker: its drop-down holds the most quoted ones, and
typing a name asks the ledger for the matches (see ui/speaker_lookup.py)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from claimledger.domain import ClaimKind, Review, Status
from claimledger.ui.claim_editor import OptionalDateEdit
from claimledger.ui.flow_layout import FlowLayout
from claimledger.ui.speaker_lookup import Lookup, SpeakerCompleter

OVERDUE = "__overdue__"
UNRESOLVED = "__unresolved__"


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _group(parent: QWidget, *parts) -> QWidget:
    """Labels (str; the first one the buddy of the first field) and fields on one unbreakable line."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    buddy = next((p for p in parts if isinstance(p, QWidget)), None)
    for p in parts:
        if isinstance(p, str):
            label = QLabel(p, box)
            if "&" in p and buddy is not None:
                label.setBuddy(buddy)
            p = label
        row.addWidget(p)
    return box


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = 150, today: date | None = None):
        super().__init__(parent)
        self._today = today or date.today()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchBox")
        self.search_edit.setPlaceholderText("Search claims, speakers, notes, tags…  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("All statuses", None)
        self.status_combo.addItem("Unresolved", UNRESOLVED)
        self.status_combo.addItem("Overdue", OVERDUE)
        for s in Status:
            self.status_combo.addItem(s.label, s.value)
        self.status_combo.setToolTip("Status as of the as-of date; Overdue: unresolved after the deadline")
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("All kinds", None)
        for k in ClaimKind:
            self.kind_combo.addItem(k.value.capitalize(), k.value)
        self.review_combo = QComboBox(self)
        self.review_combo.addItem("Any review", None)
        self.review_combo.addItem("To review", Review.SUGGESTED.value)
        self.review_combo.addItem("Accepted", Review.ACCEPTED.value)
        self.review_combo.addItem("Rejected", Review.REJECTED.value)
        self.review_combo.setToolTip("Review state: to review (suggested by the extraction), accepted, rejected")
        self.speaker_combo = QComboBox(self)
        self.speaker_combo.setEditable(True)
        self.speaker_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker_combo.addItem("All speakers", None)
        self.speaker_combo.setMinimumContentsLength(11)
        self.speaker_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker_combo.lineEdit().setPlaceholderText("All speakers")
        self.speaker_combo.setToolTip("Speaker: type part of a name to find one; empty: all speakers")
        self.speaker_combo.lineEdit().editingFinished.connect(self._speaker_typed)
        # "All speakers" is an empty box (its placeholder says so): typing starts a name at once
        self.speaker_combo.currentIndexChanged.connect(self._show_speaker)
        self.speaker_combo.lineEdit().clear()
        self.speaker_completer: SpeakerCompleter | None = None
        self._speaker_name: Callable[[int], str | None] | None = None
        self.tag_edit = QLineEdit(self)
        self.tag_edit.setPlaceholderText("tag")
        self.tag_edit.setClearButtonEnabled(True)
        self.tag_edit.setFixedWidth(80)
        self.due_after_edit = OptionalDateEdit(None, self)
        self.due_before_edit = OptionalDateEdit(None, self)
        self.due_after_edit.setToolTip("Deadlines on or after this date (— : no limit)")
        self.due_before_edit.setToolTip("Deadlines on or before this date (— : no limit)")
        self.as_of_edit = OptionalDateEdit(self._today, self)
        self.as_of_edit.setMinimumDate(QDate(1900, 1, 2))  # always a date
        self.as_of_edit.setToolTip("Replay the record as of this date: statuses, overdue, history and counts")
        self.today_button = QToolButton(self)
        self.today_button.setText("Today")
        self.today_button.clicked.connect(lambda: self.set_as_of(self._today))
        self.clear_button = QPushButton("Clear filters", self)
        self.clear_button.clicked.connect(self.clear)
        self.include_rejected_check = QCheckBox("Include re&jected", self)
        self.include_rejected_check.setToolTip(
            "Also count and list the claims you rejected (not claims). Off: they are left out of the table, "
            "counts, track records, what is due, the timeline and exports.")
        self.include_rejected_check.toggled.connect(lambda _on: self.flush())
        names = {self.search_edit: "Search", self.status_combo: "Status filter", self.kind_combo: "Kind filter",
                 self.review_combo: "Review filter", self.speaker_combo: "Speaker filter", self.tag_edit: "Tag filter",
                 self.due_after_edit: "Deadline from", self.due_before_edit: "Deadline to",
                 self.as_of_edit: "As of date", self.today_button: "As of today", self.clear_button: "Clear filters",
                 self.include_rejected_check: "Include rejected claims"}
        for w, name in names.items():
            w.setAccessibleName(name)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.tag_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.flush)
        self.tag_edit.returnPressed.connect(self.flush)
        for combo in (self.status_combo, self.kind_combo, self.review_combo, self.speaker_combo):
            combo.currentIndexChanged.connect(lambda _i: self.flush())
        for edit in (self.due_after_edit, self.due_before_edit, self.as_of_edit):
            edit.dateChanged.connect(lambda _d: self._timer.start())

        # groups keep a label with its field; the flow layout wraps them onto more rows when the
        # window is narrow (every filter stays reachable, "As of" and "Clear filters" never clipped)
        flow = FlowLayout(self)
        flow.addWidget(self.search_edit)
        for w in (self.status_combo, self.kind_combo, self.review_combo):
            flow.addWidget(w)
        flow.addWidget(self.speaker_combo)  # no label: its placeholder says "All speakers"
        flow.addWidget(_group(self, "Ta&g:", self.tag_edit))
        flow.addWidget(_group(self, "D&ue", self.due_after_edit, "to", self.due_before_edit))
        flow.addWidget(self.include_rejected_check)
        flow.addWidget(_group(self, "As &of:", self.as_of_edit, self.today_button))
        flow.addWidget(self.clear_button)
        self.flow = flow

    def flush(self) -> None:
        """Apply now (Enter, combo change) instead of waiting for the pause."""
        self._timer.stop()
        self.changed.emit()

    # -- values -------------------------------------------------------------------------------
    def search(self) -> str:
        return self.search_edit.text().strip()

    def statuses(self) -> frozenset[str]:
        value = self.status_combo.currentData()
        if value == UNRESOLVED:
            return frozenset(s.value for s in Status if not s.resolved)
        if value in (None, OVERDUE):
            return frozenset()
        return frozenset({value})

    def overdue_only(self) -> bool:
        return self.status_combo.currentData() == OVERDUE

    def kinds(self) -> frozenset[str]:
        value = self.kind_combo.currentData()
        return frozenset({value}) if value else frozenset()

    def reviews(self) -> frozenset[str]:
        value = self.review_combo.currentData()
        return frozenset({value}) if value else frozenset()

    def include_rejected(self) -> bool:
        return self.include_rejected_check.isChecked()

    def speaker_id(self) -> int | None:
        return self.speaker_combo.currentData()

    def tag(self) -> str:
        return self.tag_edit.text().strip()

    def due_range(self) -> tuple[date | None, date | None]:
        return self.due_after_edit.value(), self.due_before_edit.value()

    def as_of(self) -> date:
        return self.as_of_edit.value() or self._today

    def set_as_of(self, d: date) -> None:
        self.as_of_edit.set_value(d)
        self.flush()

    def set_speaker_source(self, lookup: Lookup, name_of: Callable[[int], str | None]) -> None:
        """Where names come from: ``lookup(text)`` -> [(id, name)] matching what was typed,
        ``name_of(id)`` -> the name of a remembered speaker."""
        self._speaker_name = name_of
        self.speaker_completer = SpeakerCompleter(lookup, self.speaker_combo)
        self.speaker_completer.attach(self.speaker_combo.lineEdit())
        self.speaker_completer.picked.connect(self.select_speaker)

    def set_speakers(self, speakers: list[tuple[int, str]]) -> None:
        """The drop-down's short list (the most quoted speakers); the current choice stays."""
        current = self.speaker_combo.currentData()
        current_name = self._chosen_name()
        blocked = self.speaker_combo.blockSignals(True)
        self.speaker_combo.clear()
        self.speaker_combo.addItem("All speakers", None)
        for sid, name in speakers:
            self.speaker_combo.addItem(name, sid)
        if current is not None and self.speaker_combo.findData(current) < 0:
            self.speaker_combo.addItem(current_name, current)
        self.speaker_combo.setCurrentIndex(max(0, self.speaker_combo.findData(current)))
        self.speaker_combo.blockSignals(blocked)
        self._show_speaker()

    def select_speaker(self, speaker_id: int | None, name: str | None = None) -> None:
        """Filter by that speaker (None: all), adding it to the drop-down if needed."""
        combo = self.speaker_combo
        if speaker_id is not None and combo.findData(speaker_id) < 0:
            name = name or (self._speaker_name(speaker_id) if self._speaker_name else None) or f"speaker #{speaker_id}"
            combo.addItem(name, speaker_id)
        combo.setCurrentIndex(max(0, combo.findData(speaker_id)) if speaker_id is not None else 0)
        self._show_speaker()

    def _show_speaker(self, _index: int = 0) -> None:
        combo = self.speaker_combo
        combo.setEditText("" if combo.currentIndex() <= 0 else self._chosen_name())

    def _chosen_name(self) -> str:
        """The chosen speaker's name (an editable combo's currentText is whatever is typed)."""
        combo = self.speaker_combo
        return combo.itemText(combo.currentIndex()) if combo.currentIndex() > 0 else ""

    def _speaker_typed(self) -> None:
        """Enter or leaving the box: an empty box is all speakers, a typed name that is exactly one
        speaker's is that speaker, anything else goes back to the current choice."""
        combo = self.speaker_combo
        text = combo.lineEdit().text().strip()
        if self.speaker_completer is not None and self.speaker_completer.popup().isVisible():
            return  # choosing in the list
        if not text:
            combo.setCurrentIndex(0)
        elif text.casefold() != self._chosen_name().casefold() and self.speaker_completer is not None:
            exact = [(sid, name) for sid, name in self.speaker_completer.lookup(text) if name.casefold() == text.casefold()]
            if len(exact) == 1:
                self.select_speaker(*exact[0])
                return
        self._show_speaker()

    # -- state ----------------------------------------------------------------------------------
    def state(self) -> dict:
        after, before = self.due_range()
        return {"search": self.search_edit.text(), "status": self.status_combo.currentData(),
                "kind": self.kind_combo.currentData(), "review": self.review_combo.currentData(),
                "speaker": self.speaker_id(), "tag": self.tag(), "include_rejected": self.include_rejected(),
                "due_after": after.isoformat() if after else None, "due_before": before.isoformat() if before else None}

    def restore(self, state: dict) -> None:
        """Set the controls from ``state()`` output (unknown values are ignored); one change signal."""
        self.blockSignals(True)
        try:
            self.search_edit.setText(str(state.get("search") or ""))
            for combo, key in ((self.status_combo, "status"), (self.kind_combo, "kind"), (self.review_combo, "review")):
                combo.setCurrentIndex(max(0, combo.findData(state.get(key))))
            speaker = state.get("speaker")
            self.select_speaker(speaker if isinstance(speaker, int) else None)
            self.tag_edit.setText(str(state.get("tag") or ""))
            self.due_after_edit.set_value(_date(state.get("due_after")))
            self.due_before_edit.set_value(_date(state.get("due_before")))
            self.include_rejected_check.setChecked(state.get("include_rejected") is True)
        finally:
            self.blockSignals(False)
        self.flush()

    def clear(self) -> None:
        self.restore({})
