"""The article list (left pane): "All articles" first, then each article, newest first."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from claimledger.services import Ledger
from claimledger.services.dto import ArticleSummary

ObjectRole = Qt.ItemDataRole.UserRole + 2  # the ArticleSummary, None for "All articles"


class ArticlesModel(QAbstractListModel):
    def __init__(self, ledger: Ledger, parent=None, *, load: bool = True):
        super().__init__(parent)
        self._ledger = ledger
        self._articles: list[ArticleSummary] = []
        if load:
            self.refresh()

    def refresh(self) -> None:
        self.set_articles(self._ledger.list_articles())

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        """Replace the list (the window loads it in the background: it can be long)."""
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def article_at(self, row: int) -> ArticleSummary | None:
        return self._articles[row - 1] if 1 <= row <= len(self._articles) else None

    def row_of(self, article_id: int | None) -> int:
        if article_id is None:
            return 0
        for i, a in enumerate(self._articles, start=1):
            if a.id == article_id:
                return i
        return 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._articles) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.article_at(index.row())
        if role == ObjectRole:
            return a
        if a is None:
            if role == Qt.ItemDataRole.DisplayRole:
                total = sum(x.claim_count for x in self._articles)
                n = len(self._articles)
                return f"All articles\n{n:,} article{'s' if n != 1 else ''} · {total:,} claim{'s' if total != 1 else ''}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            claims = f"{a.claim_count:,} claim{'s' if a.claim_count != 1 else ''}"
            meta = " · ".join(x for x in (a.published_on.isoformat(), a.outlet, claims) if x)
            return f"{a.title}\n{meta}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{a.title}\n{a.origin}" + (f"\n{a.url}" if a.url else "")
        return None


class ElidingDelegate(QStyledItemDelegate):
    """Items as wide as the list, text elided: no horizontal scrolling for long titles."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(16)
        return size
