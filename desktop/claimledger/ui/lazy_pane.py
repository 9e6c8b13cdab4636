"""Panes that re-read only while they are shown (a hidden tab costs no queries)."""
from __future__ import annotations

from claimledger.services import ClaimFilter


class LoadWhenShown:
    """Mixin for a QWidget pane. ``load(f)`` records the filter; the pane's ``_load(f, generation)``
    runs now if the pane is visible, else when it is next shown. ``generation`` grows with each
    run, so a background answer can check ``generation == self._generation`` and drop itself
    when a newer one is on its way."""

    _filter: ClaimFilter = ClaimFilter()
    _dirty = False
    _generation = 0

    def load(self, f: ClaimFilter) -> None:
        self._filter, self._dirty = f, True
        if self.isVisible():
            self._run()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._run()

    def _run(self) -> None:
        self._dirty = False
        self._generation += 1
        self._load(self._filter, self._generation)

    def _load(self, f: ClaimFilter, generation: int) -> None:
        raise NotImplementedError
