"""Live updates in the window (issue 18): what other programs on the same ledger change shows up
within a second or two, without a full reload and without moving the analyst's selection or
scroll position.

The ledger's change feed (services/changes.py) reports on its own thread; ``LiveUpdates`` turns
each report into a queued Qt signal, so the window applies it on the GUI thread:

* changed claims: only their rows are read again (``MainWindow.claims_changed``), and the claim's
  details if it is the one shown;
* a speaker renamed or merged: the rows the table has read are read again (they show names);
* new or edited articles (an import elsewhere): the article list and the counts too;
* not known what (the connection to the server was lost and is back, a bulk load): everything
  shown is read again, once, keeping the selection.

While the feed cannot watch (the server is down …) the status bar says so in words, and says when
live updates resume.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from claimledger.services import LedgerError
from claimledger.services.changes import Changes


class LiveUpdates(QObject):
    arrived = Signal(object)  # Changes, from the feed's thread
    state_changed = Signal(object)  # str | None, from the feed's thread

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.applied = 0  # reports applied (tests)
        self.label = QLabel(window)
        self.label.setObjectName("liveUpdatesPaused")
        self.label.setStyleSheet("#liveUpdatesPaused { color: #9a5b00; }")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        queued = Qt.ConnectionType.QueuedConnection
        self.arrived.connect(self.apply, queued)
        self.state_changed.connect(self.show_state, queued)
        self._unsubscribe = None
        try:
            self._unsubscribe = window.ledger.changes.subscribe(self.arrived.emit, on_state=self.state_changed.emit)
        except LedgerError as exc:  # the ledger cannot be read now: said in words, the window still opens
            self.show_state(f"Live updates are off: {exc}")

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- on the GUI thread ------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        if self._unsubscribe is None:
            return  # posted before the window stopped listening (it is closing)
        w = self.window
        bars = w.table.verticalScrollBar(), w.table.horizontalScrollBar()
        place = [b.value() for b in bars]
        if changes.everything or (changes.article_ids and not changes.claim_ids):
            w.refresh()  # which claims changed is not known (or a bulk load: thousands)
        else:
            ids = set(changes.claim_ids)
            if changes.speaker_ids or changes.article_ids:  # rows show speakers' names, articles' titles
                ids |= set(w.model.cached_ids())
            if changes.article_ids:
                w._load_lists()  # the article list and its claim counts
            if ids:
                w.claims_changed(ids)
        for bar, value in zip(bars, place):
            bar.setValue(value)
        self.applied += 1

    def show_state(self, text: str | None) -> None:
        if text:
            self.label.setText("Live updates paused")
            self.label.setToolTip(text)
            self.label.show()
            self.window.statusBar().showMessage(text)
        elif self.label.isVisible():
            self.label.hide()
            self.window.statusBar().showMessage("Live updates resumed; everything shown was read again.", 8000)
