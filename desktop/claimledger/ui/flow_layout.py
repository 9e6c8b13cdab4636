"""A layout that lays its items out left to right and starts a new row when the width runs out
(the filter bar: one or two rows on a wide window, more on a narrow one, nothing ever clipped).

On each row the items that expand horizontally (the search box) share the width left over; an
item wider than the whole row is given the row, down to its minimum width."""
from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


def _expands(item: QLayoutItem) -> bool:
    w = item.widget()
    return w is not None and bool(w.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, row_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ----------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one row."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(self._width(i) for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item's minimum (each item then has a row of its own)."""
        shown = self._shown()
        m = self.contentsMargins()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    # -- placing ----------------------------------------------------------------------------------
    def rows(self, width: int | None = None) -> list[list[QWidget]]:
        """The widgets row by row at ``width`` (default: the current width) — tests, debugging."""
        rect = QRect(0, 0, self.geometry().width() if width is None else width, 0)
        return [[i.widget() for i in row] for row in self._rows(rect.marginsRemoved(self.contentsMargins()).width())]

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    @staticmethod
    def _width(item: QLayoutItem) -> int:
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        used = 0
        for item in self._shown():
            w = self._width(item)
            if row and used + self._spacing + w > width:
                rows.append(row)
                row, used = [], 0
            used += (self._spacing if row else 0) + w
            row.append(item)
        if row:
            rows.append(row)
        return rows

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        rows = self._rows(area.width())
        for n, row in enumerate(rows):
            widths = [min(self._width(i), max(area.width(), i.minimumSize().width())) for i in row]
            spare = area.width() - sum(widths) - self._spacing * (len(row) - 1)
            grow = [k for k, i in enumerate(row) if _expands(i)]
            if spare > 0 and grow:
                for k in grow:
                    widths[k] += spare // len(grow)
            height = max(i.sizeHint().height() for i in row)
            if move:
                x = area.x()
                for item, w in zip(row, widths):
                    h = min(item.sizeHint().height(), height) if not item.hasHeightForWidth() else height
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                    x += w + self._spacing
            y += height + (self._row_spacing if n < len(rows) - 1 else 0)
        return y - rect.y() + margins.bottom()
