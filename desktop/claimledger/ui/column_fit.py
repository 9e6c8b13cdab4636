"""Keep a table's main column (the claim text) readable at any width.

The main column is the one the header stretches. When the other visible columns, at the widths
the analyst gave them, would leave it less than its share of the table, they are narrowed — the
least needed first, each down to its floor (a column whose floor is its width never narrows) —
and widen again when the table does. The widths the analyst chose
are remembered, not overwritten by the fitting; cut text is elided, whole in the tooltip."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from claimledger.ui import claims_model as cm

SHARE = 0.4  # of the viewport, for the main column
FLOOR = 44  # px: the default floor of the other columns
MAIN_FLOOR = 100  # px: the main column's


class MainColumnFit(QObject):
    def __init__(self, view: QTableView, column: int, *, share: float = SHARE,
                 floors: dict[int, int] | None = None, order: list[int] | None = None):
        super().__init__(view)
        self.view, self.column, self.share = view, column, share
        self.floors = dict(floors or {})
        self.order = list(order or [])
        header = view.horizontalHeader()
        self._preferred = {c: header.sectionSize(c) for c in range(header.count()) if c != column}
        self._fitting = False
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.fit)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def preferred_width(self, column: int) -> int:
        return self._preferred.get(column, self.view.horizontalHeader().sectionSize(column))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == self.column:
            return
        if new > 0:  # 0: hidden; the width it had comes back with it
            self._preferred[column] = new
        self._pending.start()

    def widths(self, viewport_width: int) -> dict[int, int]:
        """The other visible columns' widths for a viewport this wide: the columns first in
        ``order`` give up their width first, each down to its floor."""
        header = self.view.horizontalHeader()
        room = viewport_width - int(viewport_width * self.share)
        others = [c for c in range(header.count()) if c != self.column and not header.isSectionHidden(c)]
        widths = {c: self._preferred.setdefault(c, header.sectionSize(c)) for c in others}
        excess = sum(widths.values()) - room
        for c in sorted(others, key=lambda c: self.order.index(c) if c in self.order else len(self.order)):
            if excess <= 0:
                break
            give = min(excess, max(0, widths[c] - self.floors.get(c, FLOOR)))
            widths[c] -= give
            excess -= give
        return widths

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        viewport = self.view.viewport().width()
        self._fitting = True
        try:
            widths = self.widths(viewport)
            for c, w in widths.items():
                if header.sectionSize(c) != w:
                    header.resizeSection(c, w)
            if header.length() > viewport and not header.isSectionHidden(self.column):
                # a stretched last section never gets narrower than the width it was last given
                # (here or by restoring the header's state): give it the room there is
                header.resizeSection(self.column, max(MAIN_FLOOR, viewport - sum(widths.values())))
        finally:
            self._fitting = False


def keep_claim_column(table: QTableView) -> MainColumnFit:
    """The claims table's fit: the article column gives up its width first (the article list
    says which article is which), then the speaker, status and kind; a deadline stays whole,
    a status keeps "Pending…" even when bold (overdue)."""
    fm, pad = table.fontMetrics(), 18
    bold = QFont(table.font())
    bold.setBold(True)
    date_w = fm.horizontalAdvance("0000-00-00") + pad
    floors = {cm.COL_DEADLINE: date_w, cm.COL_PUBLISHED: date_w,
              cm.COL_STATUS: QFontMetrics(bold).horizontalAdvance("Pending…") + pad,
              cm.COL_KIND: fm.horizontalAdvance("prediction") + pad,
              cm.COL_SPEAKER: fm.horizontalAdvance("Speaker n") + pad}
    order = [cm.COL_ARTICLE, cm.COL_EXPRESSION, cm.COL_SPEAKER, cm.COL_STATUS, cm.COL_KIND]
    return MainColumnFit(table, cm.COL_QUOTE, floors=floors, order=order)
