"""The bar above the claims table: a search box and a status filter. Typing is debounced so
one query runs per pause, not per keystroke."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from claimledger.domain import Status

OVERDUE = "__overdue__"
UNRESOLVED = "__unresolved__"


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = 150):
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchBox")
        self.search_edit.setPlaceholderText("Search claims, speakers, notes, tags…  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem("All statuses", None)
        self.status_combo.addItem("Unresolved", UNRESOLVED)
        self.status_combo.addItem("Overdue", OVERDUE)
        for s in Status:
            self.status_combo.addItem(s.label, s.value)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.changed)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.flush)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.flush())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 1)
        layout.addWidget(QLabel("Status:", self))
        layout.addWidget(self.status_combo)

    def flush(self) -> None:
        """Apply now (Enter, combo change) instead of waiting for the pause."""
        self._timer.stop()
        self.changed.emit()

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
