"""The claims table view: fixed row heights (never measures a million rows), sortable headers
that re-query through the model, the claim text stretched over the remaining width, and a
header menu to show or hide columns. Its cells' text is laid out without shaping where the
script does not need it (``QFont.StyleStrategy.PreferNoShaping``: Latin text loses kerning and
ligatures, scripts that need shaping keep it): the text layout is most of a repaint, which every
search keystroke waits for (at 1400x900, the table's repaint 7.4 -> 5.3 ms, min of 150)."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from claimledger.ui import claims_model as cm

COLUMN_WIDTHS = {
    cm.COL_DEADLINE: 88, cm.COL_STATUS: 140, cm.COL_SPEAKER: 140, cm.COL_KIND: 84, cm.COL_QUOTE: 200,
    cm.COL_EXPRESSION: 150, cm.COL_ARTICLE: 140, cm.COL_PUBLISHED: 88, cm.COL_REVIEW: 80, cm.COL_ID: 56,
}
HIDDEN_BY_DEFAULT = (cm.COL_ID, cm.COL_EXPRESSION, cm.COL_PUBLISHED, cm.COL_REVIEW)


class ClaimsTable(QTableView):
    def __init__(self, model: cm.ClaimsTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("claimsTable")
        # only the strategy is set: the rest of the font still follows the window's and the app's
        font = QFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the claim text (last column) takes what the others leave
        header.setHighlightSections(False)
        for col, width in COLUMN_WIDTHS.items():
            self.setColumnWidth(col, width)
        for col in HIDDEN_BY_DEFAULT:
            self.setColumnHidden(col, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicator(cm.COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)  # header clicks call model.sort(): a new SQL query
        model.rows_in_view = self.rows_in_view  # (a new filter's first page: these rows)

    def rows_in_view(self) -> int:
        """How many rows the table shows at its height (0 while it is not shown: not laid out yet)."""
        if not self.isVisible():
            return 0
        return self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize()) + 1

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        for col in range(self.model().columnCount()):
            if col == cm.COL_QUOTE:
                continue
            action = menu.addAction(cm.HEADERS[col])
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self.setColumnHidden(c, not on))
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    def save_columns(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_columns(self, state: QByteArray) -> None:
        header = self.horizontalHeader()
        header.restoreState(state)
        model: cm.ClaimsTableModel = self.model()
        col = next((c for c, k in cm.SORT_KEYS.items() if k == model.sort_key), cm.COL_DEADLINE)
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(col, order)  # the indicator shows what the model really sorts by
