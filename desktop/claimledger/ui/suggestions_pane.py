"""Possible outcomes (issue 17): the queue of outcomes that later articles suggest for open
claims. A side tab of the window ("Possible outcomes"), its count in the status bar (a button
that opens the tab), one claim's suggestions in the claim details.

Selecting a suggestion shows its article with the passage highlighted. Accept records the
suggested outcome with the passage as evidence (author: Edit ▸ Your name) and Dismiss keeps it
from ever being proposed again for that claim; both go through the window's one write path
(``ClaimActions.run_write``) and are undoable (``SuggestionCommand``). The list is read in the
background (at most :data:`SHOWN` rows, best first); the window re-reads it after imports and
after every write.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from claimledger.services import LedgerError, StorageError
from claimledger.ui.undo import _LedgerCommand

SHOWN = 1000
COLUMNS = ("Score", "Status", "Observed", "Claim", "Evidence (later article)")
ObjectRole = Qt.ItemDataRole.UserRole + 1


class SuggestionCommand(_LedgerCommand):
    """Accepting (undo: the outcome retracted, history kept, the suggestion open again) or
    dismissing (undo: open again) suggestion ``suggestion_id`` of claim ``claim_id``."""

    def __init__(self, ledger, suggestion_id: int, claim_id: int, action: str, *,
                 on_change: Callable[[int], None], on_error: Callable[..., None]):
        verb = "Accept" if action == "accept" else "Dismiss"
        super().__init__(f"{verb} possible outcome for claim #{claim_id}", on_change, on_error)
        self.ledger, self.suggestion_id, self.claim_id, self.action = ledger, suggestion_id, claim_id, action

    def write_undo(self) -> None:
        part = self.ledger.suggestions
        part.unaccept(self.suggestion_id) if self.action == "accept" else part.undismiss(self.suggestion_id)

    def write_redo(self) -> None:
        part = self.ledger.suggestions
        part.accept(self.suggestion_id) if self.action == "accept" else part.dismiss(self.suggestion_id)


class SuggestionsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        if role == ObjectRole:
            return s
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"Claim #{s.claim_id}: {s.claim_quote}\n\nFrom “{s.article_title}”:\n{s.evidence_quote}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return f"{s.score:.2f}"
        if col == 1:
            return s.status.replace("_", " ")
        if col == 2:
            early = s.days_early_or_late
            return s.observed_on.isoformat() + (f" ({-early} d early)" if early and early < 0 else
                                                f" ({early} d late)" if early else "")
        if col == 3:
            return f"#{s.claim_id} {' '.join(s.claim_quote.split())}"
        return " ".join(s.evidence_quote.split())


class SuggestionsPane(QWidget):
    """The queue. ``window``: the MainWindow (its ledger, runner, write path and article pane)."""

    count_changed = Signal(int)

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.window = window
        self.claim_id: int | None = None  # only this claim's suggestions
        self.model = SuggestionsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("suggestionsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)  # the claim: a narrow column
        header.resizeSection(3, 170)
        self.scope = QLabel(self)
        self.scope.setTextFormat(Qt.TextFormat.RichText)
        self.scope.linkActivated.connect(lambda _link: self.show_claim(None))
        self.accept_button = QPushButton("&Accept", self)
        self.accept_button.setToolTip("Record this outcome with the passage as evidence (Ctrl+Z undoes it)")
        self.dismiss_button = QPushButton("Dis&miss", self)
        self.dismiss_button.setToolTip("Not an outcome of this claim: never propose this passage for it again")
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismiss"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.scope, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.total = 0
        self._generation = 0
        self._update_buttons()

    def current(self):
        i = self.view.currentIndex()
        return i.data(ObjectRole) if i.isValid() else None

    def show_claim(self, claim_id: int | None) -> None:
        """Only claim ``claim_id``'s suggestions (None: all of them)."""
        self.claim_id = claim_id
        self.load()

    def load(self) -> None:
        """Read the open suggestions (and their count) in the background; a newer read wins."""
        self._generation += 1
        generation, claim_id, ledger = self._generation, self.claim_id, self.window.ledger

        def read(_task):
            return ledger.suggestions.list(claim_id=claim_id, limit=SHOWN), ledger.suggestions.count_open()

        def show(result) -> None:
            if generation != self._generation:
                return
            rows, total = result
            keep = self.current()
            self.model.set_rows(rows)
            self.total = total
            self.count_changed.emit(total)
            self.scope.setText(f"Claim #{claim_id} only — <a href='all'>show all {total:,}</a>" if claim_id
                               else f"{total:,} possible outcome{'s' if total != 1 else ''}, best first")
            if rows:
                ids = [r.suggestion_id for r in rows]
                at = ids.index(keep.suggestion_id) if keep is not None and keep.suggestion_id in ids else 0
                self.view.selectRow(at)
            self._update_buttons()

        def failed(exc) -> None:
            if isinstance(exc, StorageError):
                self.window.storage.read_failed(exc, "possible outcomes")
            else:
                self.scope.setText(f"Could not read the possible outcomes: {exc}")

        self.window.runner.run(read, on_success=show, on_failure=failed)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        s = current.data(ObjectRole) if current.isValid() else None
        if s is not None and self.isVisible():  # hidden: the article pane keeps the selected claim's article
            self.window.show_passage(s.article_id, s.evidence_start, s.evidence_end)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._selected(self.view.currentIndex(), QModelIndex())

    def _update_buttons(self) -> None:
        on = self.current() is not None
        self.accept_button.setEnabled(on)
        self.dismiss_button.setEnabled(on)

    def decide(self, action: str) -> None:
        s = self.current()
        if s is None:
            return
        ledger, actions = self.window.ledger, self.window.claim_actions

        def write():
            if action == "accept":
                return ledger.suggestions.accept(s.suggestion_id)
            return ledger.suggestions.dismiss(s.suggestion_id)

        def failed(exc: LedgerError) -> None:
            if isinstance(exc, StorageError):
                self.window.storage.write_failed(exc, what="The possible outcome", retry=lambda: self.decide(action))
            else:
                self.window.statusBar().showMessage(str(exc), 8000)
            self.load()

        def done(_r) -> None:
            what = "Outcome recorded" if action == "accept" else "Dismissed"
            self.window.statusBar().showMessage(f"{what} for claim #{s.claim_id} (Ctrl+Z undoes it).", 5000)

        actions.run_write(write, lambda _r: SuggestionCommand(
            ledger, s.suggestion_id, s.claim_id, action, on_change=actions.changed.emit,
            on_error=actions._error),
            failed=failed, done=done)
