"""The article list (left pane): "All articles" first, then each article, newest first.

Like the claims table it never holds the whole list: it knows how many articles there are and
reads pages of them as they come into view (100,000 articles cost no start-up time)."""
from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QStyledItemDelegate

from claimledger.services import ClaimFilter, Ledger, LedgerError
from claimledger.services.dto import ArticleSummary

ObjectRole = Qt.ItemDataRole.UserRole + 2  # the ArticleSummary, None for "All articles"


class ArticlesModel(QAbstractListModel):
    read_failed = Signal(object)  # a page could not be read (the window says why)

    def __init__(self, ledger: Ledger, parent=None, *, load: bool = True, page_size: int = 200, max_pages: int = 5):
        super().__init__(parent)
        self._ledger = ledger
        self.page_size, self.max_pages = page_size, max_pages
        self._count = 0
        self._claims = 0
        self._pages: OrderedDict[int, list[ArticleSummary]] = OrderedDict()
        self.as_of: date | None = None  # as of a date: articles published after it are not listed
        self.include_rejected = False  # each article's claim count with its rejected claims
        if load:
            self.refresh()

    def set_view(self, *, as_of: date | None, include_rejected: bool) -> bool:
        """The window's as-of date and rejected switch; True when they changed (then the caller
        reads the totals again, in the background)."""
        if (as_of, include_rejected) == (self.as_of, self.include_rejected):
            return False
        self.as_of, self.include_rejected = as_of, include_rejected
        return True

    def totals(self) -> tuple[int, int]:
        """(articles, claims) as this list shows them: what ``set_totals`` wants."""
        return (self._ledger.reader.count_articles(as_of=self.as_of),
                self._ledger.reader.count_claims(ClaimFilter(as_of=self.as_of, include_rejected=self.include_rejected)))

    def refresh(self) -> None:
        self.set_totals(*self.totals())

    def set_totals(self, articles: int, claims: int) -> None:
        """New totals (the window reads them in the background): the pages are read again."""
        self.beginResetModel()
        self._count, self._claims = articles, claims
        self._pages.clear()
        self.endResetModel()

    def _page(self, number: int) -> list[ArticleSummary]:
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._ledger.reader.list_articles(offset=number * self.page_size, limit=self.page_size, as_of=self.as_of,
                                                  include_rejected=self.include_rejected)
            except LedgerError as exc:
                self.read_failed.emit(exc)
                return []
            self._pages[number] = page
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def article_at(self, row: int) -> ArticleSummary | None:
        if not 1 <= row <= self._count:
            return None
        page = self._page((row - 1) // self.page_size)
        i = (row - 1) % self.page_size
        return page[i] if i < len(page) else None

    def row_of(self, article_id: int | None) -> int:
        if article_id is None:
            return 0
        try:
            position = self._ledger.reader.article_position(article_id, as_of=self.as_of)
        except LedgerError as exc:
            self.read_failed.emit(exc)
            return 0
        return 0 if position is None else position + 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                n, total = self._count, self._claims
                return f"All articles\n{n:,} article{'s' if n != 1 else ''} · {total:,} claim{'s' if total != 1 else ''}"
            return None
        a = self.article_at(index.row())
        if role == ObjectRole:
            return a
        if a is None:
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
        """Every item is two lines of the same font (the list's sizes are uniform): measured on
        the first row ("All articles", always there), so that the view's measuring — it asks
        about the last row — reads no page of articles (the last one, at start-up, on a server)."""
        if index.row() > 0:
            index = index.siblingAtRow(0)
        size = super().sizeHint(option, index)
        size.setWidth(16)
        return size
