"""Text that does not fit is elided ("…") and shown whole in a tooltip: table cells and labels."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)


def is_elided(option: QStyleOptionViewItem, index: QModelIndex, widget: QWidget | None = None) -> bool:
    """Whether the cell's text is wider than the room the style gives it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return False
    opt = QStyleOptionViewItem(option)
    QStyledItemDelegate().initStyleOption(opt, index)
    style = widget.style() if widget is not None else None
    if style is None:
        return False
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
    return QFontMetrics(opt.font).horizontalAdvance(str(text)) > room - 2 * margin


class ElidedToolTipDelegate(QStyledItemDelegate):
    """A cell's own tooltip when the model gives one; otherwise its whole text when it is elided."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex) -> bool:
        if event is None or view is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        if index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text and is_elided(option, index, view):
            QToolTip.showText(event.globalPos(), str(text), view)
            return True
        QToolTip.hideText()
        event.ignore()
        return True


def tooltip_for(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """What hovering ``index`` in ``view`` shows (tests): the model's tooltip, else the whole text
    of an elided cell, else nothing."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    return str(index.data()) if is_elided(option, index, view) else None


class ElidedLabel(QLabel):
    """A one-line label that elides (``mode``) instead of widening its window; the whole text is
    its tooltip when cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle):
        super().__init__(parent)
        self._full, self._mode = "", mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def sizeHint(self):
        size = super().sizeHint()
        size.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8)
        return size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(self.width() - 4, 0))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
