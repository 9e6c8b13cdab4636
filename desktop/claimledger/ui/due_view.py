"""What is due: claims whose deadline falls in the next N days after the as-of date, and counts by
status — for the current filter, read in the background. Activating a due claim asks the window
to show it. (Track records have a tab of their own: ui/track_records.py.)"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from claimledger.domain import Status
from claimledger.services import ClaimFilter
from claimledger.ui.eliding import ElidedToolTipDelegate
from claimledger.ui.lazy_pane import LoadWhenShown
from claimledger.ui.tasks import TaskRunner

ClaimIdRole = Qt.ItemDataRole.UserRole + 10


def _tree(parent: QWidget, name: str, headers: list[str]) -> tuple[QTreeView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    view = QTreeView(parent)
    view.setObjectName(name)
    view.setAccessibleName(name)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setItemDelegate(ElidedToolTipDelegate(view))
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view, model


def _item(text, *, data=None, role=ClaimIdRole, right: bool = False) -> QStandardItem:
    item = QStandardItem("" if text is None else str(text))
    if data is not None:
        item.setData(data, role)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DueView(LoadWhenShown, QWidget):
    claim_activated = Signal(int)

    def __init__(self, ledger, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self._ledger, self._runner = ledger, runner
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, 3650)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(" days")
        self.days_spin.setAccessibleName("Due within days")
        self.days_spin.valueChanged.connect(lambda _v: self.load(self._filter))
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)  # a long sentence must not widen the side panel
        self.due_view, self.due_model = _tree(self, "Claims due soon", ["Due by", "Speaker", "Claim"])
        self.due_view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.due_view.header().resizeSection(1, 120)  # long names elide (whole in the tooltip)
        self.due_view.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.due_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.counts_label = QLabel(self)
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_view.activated.connect(lambda i: self._activated(i, ClaimIdRole, self.claim_activated))
        self.due_view.clicked.connect(lambda i: self._activated(i, ClaimIdRole, self.claim_activated))

        row = QHBoxLayout()
        row.addWidget(QLabel("<b>Due within</b>", self))
        row.addWidget(self.days_spin)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.due_label)
        layout.addWidget(self.due_view, 3)
        layout.addWidget(QLabel("<b>By status</b>", self))
        layout.addWidget(self.counts_label)

    def _activated(self, index, role, signal) -> None:
        value = index.sibling(index.row(), 0).data(role)
        if value is not None:
            signal.emit(value)

    def _load(self, f: ClaimFilter, generation: int) -> None:
        days, ledger = self.days_spin.value(), self._ledger
        # due soon ignores the deadline range of the table (its own window is the next N days)
        due_filter = replace(f, due_after=None, due_before=None, overdue_only=False)

        def work(_task):
            return ledger.stats.due_soon(days, due_filter), ledger.reader.counts(f)

        def show(result) -> None:
            if generation == self._generation:
                self._show(*result)

        self._runner.run(work, on_success=show)

    def _show(self, due, counts) -> None:
        as_of = self._filter.as_of or self._ledger.uow.today()
        until = as_of + timedelta(days=self.days_spin.value())
        self.due_label.setText(f"{len(due):,} unresolved claim{'s' if len(due) != 1 else ''} due between "
                               f"{as_of.isoformat()} and {until.isoformat()}")
        self.due_model.removeRows(0, self.due_model.rowCount())
        for c in due:
            self.due_model.appendRow([_item(c.deadline_latest.isoformat() if c.deadline_latest else "", data=c.id),
                                      _item(c.speaker or "—"), _item(" ".join((c.summary or c.quote).split()))])
        parts = [f"{Status(s).label if s in Status._value2member_map_ else s}: <b>{n:,}</b>"
                 for s, n in sorted(counts.by_status.items(), key=lambda kv: -kv[1]) if n]
        parts.append(f"<span style='color:#d03030'>Overdue: <b>{counts.overdue:,}</b></span>")
        self.counts_label.setText(" · ".join(parts) if counts.total else "No claims under these filters.")

    def claims_changed(self, update) -> None:
        """Claims were written (``ClaimsTableModel.update_claims``): read again only if the list
        shows one of them, one may now be due in its window, or the counts by status count them
        differently."""
        listed = set(self.due_claim_ids())
        as_of = self._filter.as_of or self._ledger.uow.today()
        until = as_of + timedelta(days=self.days_spin.value())
        if (update.changed("status", "review") or any(r.id in listed for r in update.rows())
                or any(r.deadline_latest is not None and as_of <= r.deadline_latest <= until for r in update.after.values())):
            self.load(self._filter)

    def due_claim_ids(self) -> list[int]:
        return [self.due_model.index(r, 0).data(ClaimIdRole) for r in range(self.due_model.rowCount())]
