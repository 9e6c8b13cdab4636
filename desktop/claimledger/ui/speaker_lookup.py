"""Speaker names completed from the ledger as the analyst types.

A ledger of years may hold tens of thousands of speakers: nothing here loads them all. Each
edit asks the ledger for at most ``limit`` names matching the text so far (a ~1 ms indexed
query) and shows those; the widget never holds more.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Lookup = Callable[[str], list[tuple[int, str]]]
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SpeakerCompleter(QCompleter):
    """Attach to a line edit; ``picked(id, name)`` when the analyst chooses a name."""

    picked = Signal(int, str)

    def __init__(self, lookup: Lookup, parent: QWidget | None = None, *, limit: int = 50):
        self._names = QStandardItemModel(parent)
        super().__init__(self._names, parent)
        self._lookup = lookup
        self._limit = limit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the ledger already chose the matches (also "Biden" for "Joe Biden"): show them as they are
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)
        self.activated[QModelIndex].connect(self._activated)

    def attach(self, edit: QLineEdit) -> None:
        edit.setCompleter(self)
        edit.textEdited.connect(self.refresh)

    def lookup(self, text: str) -> list[tuple[int, str]]:
        return self._lookup(text.strip())[:self._limit] if text.strip() else []

    def refresh(self, text: str) -> None:
        """Ask the ledger for the names matching ``text`` and show them under the edit."""
        self._names.clear()
        for sid, name in self.lookup(text):
            item = QStandardItem(name)
            item.setData(sid, ID_ROLE)
            item.setEditable(False)
            self._names.appendRow(item)
        if self._names.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def names(self) -> list[str]:
        return [self._names.item(r).text() for r in range(self._names.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        sid = index.data(ID_ROLE)
        if sid is not None:
            self.picked.emit(int(sid), str(index.data(Qt.ItemDataRole.DisplayRole)))
