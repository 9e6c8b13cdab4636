"""Track records: per speaker, how their claims under the current filter turned out (as of the
filter's date) — kept, broken, open, overdue and how early or late the kept ones came. A switch
counts people under the organisation they speak for (the Taliban with its spokesman). Read in
the background; double-clicking a speaker filters the table by them."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from claimledger.services import ClaimFilter
from claimledger.ui.eliding import ElidedLabel, ElidedToolTipDelegate
from claimledger.ui.lazy_pane import LoadWhenShown
from claimledger.ui.tasks import TaskRunner

SpeakerIdRole = Qt.ItemDataRole.UserRole + 11
GROUP_KEY = "track_records/group_by_organisation"

COLUMNS = (  # header, tooltip
    ("Speaker", "Who made the claims; the reporter's own statements are nobody's record"),
    ("Claims", "Claims under the current filters"),
    ("Kept", "Fulfilled, fully or partly"),
    ("Broken", "Not fulfilled"),
    ("Open", "Unresolved: pending, in progress, stalled"),
    ("Overdue", "Unresolved after their deadline"),
    ("Kept %", "Share of the judged claims kept (a partial fulfilment counts half)"),
    ("±Days", "Median days early (−) or late (+) of the fulfilments"),
)


def _number(value, text: str | None = None) -> QStandardItem:
    item = QStandardItem()
    item.setData(value if value is not None else -1e9, Qt.ItemDataRole.UserRole)  # sort key
    item.setText("" if value is None else (text if text is not None else str(value)))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class TrackRecordsPane(LoadWhenShown, QWidget):
    speaker_activated = Signal(int)

    def __init__(self, ledger, runner: TaskRunner, parent: QWidget | None = None, *,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("trackRecords")
        self._ledger, self._runner, self._settings = ledger, runner, settings
        self.group_check = QCheckBox("&Group people under their organisation", self)
        self.group_check.setToolTip("Count a spokesperson's claims under the organisation they speak for "
                                    "(e.g. Zabihullah Mujahid under the Taliban) instead of listing them apart")
        grouped = settings.value(GROUP_KEY, False, type=bool) if settings is not None else False
        self.group_check.setChecked(bool(grouped))
        self.group_check.toggled.connect(self._group_toggled)
        self.note = QLabel(self)
        self.note.setObjectName("trackRecordsNote")

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setSortRole(Qt.ItemDataRole.UserRole)
        for col, (title, tip) in enumerate(COLUMNS):
            header = QStandardItem(title)
            header.setToolTip(tip)
            self.model.setHorizontalHeaderItem(col, header)
        self.view = QTreeView(self)
        self.view.setObjectName("trackRecordsView")
        self.view.setAccessibleName("Track records")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(ElidedToolTipDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names get what is left
        fm = header.fontMetrics()
        for col in range(1, len(COLUMNS)):  # numbers: as wide as their title and the sort arrow, no wider
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(fm.horizontalAdvance(COLUMNS[col][0]), fm.horizontalAdvance("9,999")) + 22)
        self.view.activated.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.group_check)
        top.addWidget(ElidedLabel("· double-click a speaker to filter the claims by them", self,
                                  mode=Qt.TextElideMode.ElideRight), 1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def grouped(self) -> bool:
        return self.group_check.isChecked()

    def _group_toggled(self, on: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(GROUP_KEY, on)
        self.load(self._filter)

    def _activated(self, index) -> None:
        value = index.sibling(index.row(), 0).data(SpeakerIdRole)
        if value is not None:
            self.speaker_activated.emit(int(value))

    def _load(self, f: ClaimFilter, generation: int) -> None:
        ledger, grouped = self._ledger, self.grouped()

        def show(records) -> None:
            if generation == self._generation:
                self._show(records, grouped)

        self._runner.run(lambda _t: ledger.stats.track_records(f, group_by_organisation=grouped), on_success=show)

    def _show(self, records, grouped: bool) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for t in records:
            name = QStandardItem(t.speaker)
            name.setData(t.speaker_id, SpeakerIdRole)
            name.setData(t.speaker.casefold(), Qt.ItemDataRole.UserRole)
            rate = t.fulfilment_rate
            median = t.median_days_early_or_late
            self.model.appendRow([
                name, _number(t.total), _number(t.fulfilled + t.partially_fulfilled), _number(t.not_fulfilled),
                _number(t.unresolved), _number(t.overdue),
                _number(rate, None if rate is None else f"{rate:.0%}"),
                _number(median, None if median is None else f"{median:+g}")])
        n = len(records)
        who = "speaker" + ("s" if n != 1 else "") + (" and organisations" if grouped and n else "")
        self.note.setText(f"{n:,} {who}")

    def claims_changed(self, update) -> None:
        """Claims were written: read again only if what a track record counts changed and the
        claim's speaker (or, grouped, their organisation) is listed — or has none listed yet."""
        if not update.changed("status", "review", "speaker", "speaker_affiliation", "deadline_latest"):
            return
        listed = set(self.names())
        people = {n for r in update.rows() for n in (r.speaker, r.speaker_affiliation) if n}
        if update.reloaded or people & listed or any(r.speaker and r.speaker not in listed for r in update.after.values()):
            self.load(self._filter)

    def names(self) -> list[str]:
        """The speakers listed, top to bottom (tests)."""
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]
