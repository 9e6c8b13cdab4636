"""The claims table model: a total count plus a bounded window of lazily fetched pages.

Nothing here holds every claim. ``rowCount`` is ``ledger.reader.count_claims(filter)``; ``data`` asks
for the page a row falls in (``ledger.reader.claims(filter, sort=…, offset=…, limit=…)``) and keeps at
most ``max_pages`` pages, least recently used first out. Sorting re-queries SQL with a key from
``store.search.SORT_COLUMNS``; a new filter or sort empties the window.

With a ``runner`` (the window's), a new filter or sort reads the first page before anything is
counted: a page that is not full is the whole list (its length is the count); a full one is shown
at once while the exact count runs in the background, and the rows after it are added when it
comes (``counted``). Counting the matches of a search is the slow half of a keystroke on a large
ledger (PostgreSQL at a million claims: hundreds of milliseconds for a word in half the claims,
against a few for the first page), and the first page is all the analyst sees of it — read only
as far as the view shows (``rows_in_view``, set by the view), the rest of it when shown. Until the
count comes ``counting`` is True; no number is shown from the provisional row count. Where the
ledger reads them at about the same cost (PostgreSQL), the count brings the filter's status counts
too (``status_counts``): the window's status bar shows them instead of reading every match again.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

from claimledger.domain import Review, Status
from claimledger.services import ClaimFilter, Ledger, LedgerError
from claimledger.services.dto import ClaimRow, Counts

COL_ID = 0
COL_DEADLINE = 1
COL_STATUS = 2
COL_SPEAKER = 3
COL_KIND = 4
COL_EXPRESSION = 5
COL_ARTICLE = 6
COL_PUBLISHED = 7
COL_REVIEW = 8
COL_QUOTE = 9  # last: the view stretches it over the remaining width
COLUMN_COUNT = 10

HEADERS = {
    COL_DEADLINE: "Deadline",
    COL_STATUS: "Status",
    COL_SPEAKER: "Speaker",
    COL_KIND: "Kind",
    COL_QUOTE: "Claim",
    COL_EXPRESSION: "When (as said)",
    COL_ARTICLE: "Article",
    COL_PUBLISHED: "Published",
    COL_REVIEW: "Review",
    COL_ID: "ID",
}
# column -> sort key understood by ledger.reader.claims(sort=...) (store.search.SORT_COLUMNS)
SORT_KEYS = {
    COL_DEADLINE: "deadline",
    COL_STATUS: "status",
    COL_SPEAKER: "speaker",
    COL_KIND: "kind",
    COL_QUOTE: "quote",
    COL_EXPRESSION: "deadline",
    COL_ARTICLE: "article",
    COL_PUBLISHED: "published_on",
    COL_REVIEW: "review",
    COL_ID: "id",
}

ObjectRole = Qt.ItemDataRole.UserRole + 2
# (plain ints: the keys of the cells' dicts, compared with the ints the view passes)
_DISPLAY, _TOOLTIP, _DECORATION = (int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                                    Qt.ItemDataRole.DecorationRole))
_ACCESSIBLE, _BACKGROUND = int(Qt.ItemDataRole.AccessibleTextRole), int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND, _FONT, _ALIGNMENT = (int(r) for r in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                                                   Qt.ItemDataRole.TextAlignmentRole))
_ANSWERED = frozenset({_DISPLAY, ObjectRole, _TOOLTIP, _DECORATION, _ACCESSIBLE, _BACKGROUND, _FOREGROUND, _FONT,
                       _ALIGNMENT})
# the roles the view's delegate asks of every visible cell at each paint (QStyledItemDelegate's
# initStyleOption: font, alignment, foreground, check state, decoration, display, background)
_PAINTED = frozenset({_DISPLAY, _DECORATION, _BACKGROUND, _FOREGROUND, _FONT, _ALIGNMENT,
                      int(Qt.ItemDataRole.CheckStateRole)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

OVERDUE_BACKGROUND = QColor(220, 50, 47, 60)  # translucent red: legible on light and dark palettes
OVERDUE_FOREGROUND = QColor(200, 30, 30)
OVERDUE_FOREGROUND_DARK = QColor(255, 140, 140)  # on a dark base


# the review state: a mark before the claim's text (and words in the Review column)
REVIEW_LABELS = {Review.SUGGESTED.value: "To review", Review.ACCEPTED.value: "Accepted",
                 Review.REJECTED.value: "Rejected"}
REVIEW_TIPS = {
    Review.SUGGESTED.value: "To review: found by the extraction, not looked at yet (Claim ▸ Review queue)",
    Review.ACCEPTED.value: "Accepted: reviewed, a claim",
    Review.REJECTED.value: "Rejected: not a claim (left out of counts and reports)",
}
REVIEW_COLOURS = {Review.SUGGESTED.value: QColor(215, 150, 0), Review.ACCEPTED.value: QColor(40, 150, 70),
                  Review.REJECTED.value: QColor(130, 130, 130)}


def review_label(review: str) -> str:
    return REVIEW_LABELS.get(review, review)


def review_icon(review: str, size: int = 16) -> QIcon:
    """A round mark: "?" to review (amber), a tick accepted (green), a cross rejected (grey)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(REVIEW_COLOURS.get(review, QColor(130, 130, 130)))
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), size / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    u = size / 16
    if review == Review.ACCEPTED.value:
        p.drawPolyline([QPointF(4.5 * u, 8.5 * u), QPointF(7 * u, 11 * u), QPointF(11.5 * u, 5.5 * u)])
    elif review == Review.REJECTED.value:
        p.drawLine(QPointF(5.5 * u, 5.5 * u), QPointF(10.5 * u, 10.5 * u))
        p.drawLine(QPointF(10.5 * u, 5.5 * u), QPointF(5.5 * u, 10.5 * u))
    else:
        font = p.font()
        font.setBold(True)
        font.setPixelSize(int(11 * u))
        p.setFont(font)
        p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "?")
    p.end()
    icon = QIcon(pix)
    icon.addPixmap(pix, QIcon.Mode.Selected)  # as vivid on a selected row (not tinted)
    return icon


def status_label(row: ClaimRow) -> str:
    try:
        label = Status(row.status).label
    except ValueError:
        label = row.status
    return f"{label} (overdue)" if row.overdue else label


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _RowCells:
    """What the view paints of one row: per column, {role: value} (the roles the row answers),
    and whether its foreground is tinted (overdue, rejected: read from the palette when asked,
    so that a theme switched since still shows)."""

    __slots__ = ("claim", "values", "tinted")

    def __init__(self, claim: ClaimRow, values: tuple[dict[int, object], ...], tinted: bool):
        self.claim, self.values, self.tinted = claim, values, tinted


# the ClaimRow field each sort key orders by: an update that changes it moves the row (see update_claims)
SORT_FIELDS = {"deadline": ("deadline_latest", "deadline_earliest"), "status": ("status",), "speaker": ("speaker",),
               "kind": ("kind",), "quote": ("quote",), "review": ("review",), "article": ("article_title",),
               "published_on": ("published_on",), "id": ()}


@dataclass
class ClaimsUpdate:
    """What ``ClaimsTableModel.update_claims`` did. ``before``: the rows the table had of the changed
    claims (those it had read); ``after``: the changed claims the filter selects now, as read;
    ``removed``: ids whose rows left the table (the filter no longer selects them); ``reloaded``:
    the rows could not be patched in place (a claim entered the list or moved in the sort order),
    so the model re-counted and dropped its pages as ``refresh`` does."""

    before: dict[int, ClaimRow] = field(default_factory=dict)
    after: dict[int, ClaimRow] = field(default_factory=dict)
    removed: list[int] = field(default_factory=list)
    reloaded: bool = False
    failed: bool = False

    def rows(self) -> list[ClaimRow]:
        return [*self.before.values(), *self.after.values()]

    def changed(self, *fields: str) -> bool:
        """Whether the filtered list's membership, or one of ``fields`` of a listed claim, changed:
        what counts and statistics over the list depend on."""
        return self.reloaded or bool(self.removed) or any(
            getattr(self.before[i], k) != getattr(r, k) for i, r in self.after.items() if i in self.before for k in fields)


class ClaimsTableModel(QAbstractTableModel):
    """``read_failed(exc)``: a count or a page could not be read (the rows show empty; the window
    says why). Nothing is cached from a failed read: the next look reads again."""

    read_failed = Signal(object)
    counted = Signal(int)  # the exact row count of a new filter or sort came (see the module's docstring)

    def __init__(self, ledger: Ledger, *, page_size: int = 100, max_pages: int = 8, parent=None, load: bool = True,
                 runner=None):
        """``load=False``: no count yet (no rows until ``set_filter``), for a caller that sets
        its filter next (a count of a million claims is not free on a server). ``runner``: a
        ``ui.tasks.TaskRunner`` to count in the background after the first page."""
        super().__init__(parent)
        self._ledger = ledger
        self._runner = runner
        self._generation = 0  # of the filter and sort: a count for an older one is dropped
        self._counting = False  # the exact count of this generation is still to come
        self._count_task = False  # a count is running in the background (one at a time)
        # (filter, its status counts) when a count brought them; dropped when the ledger's data change
        self._status_counts: tuple[ClaimFilter, Counts] | None = None
        # the count starts once the event loop has run again (the first page painted): started at
        # once, on a machine with a core to spare for it or not, it took the CPU from the paint
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._start_count)
        self._count_held = False  # (hold_pending_count)
        self.page_size = page_size
        self.max_pages = max_pages
        # how many rows the view shows (0: not known), set by the view: the first page of a new
        # filter or sort is read only that far (``_reset_first_page``)
        self.rows_in_view: Callable[[], int] | None = None
        self._short_first = False  # page 0 holds only the rows read for the view (the rest read when shown)
        self._filter = ClaimFilter()
        self._sort_key = "deadline"
        self._descending = False
        self._pages: OrderedDict[int, list[ClaimRow]] = OrderedDict()
        # row -> what the view paints of it (``_painted``), made the first time the row is painted
        # and dropped whenever the pages change: a repaint asks ~700 times for a role of a cell
        self._cells: dict[int, _RowCells] = {}
        self._total = 0
        if load:
            self._total = self._count()
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._review_icons: dict[str, QIcon] = {}

    # -- state ------------------------------------------------------------------------------
    @property
    def claim_filter(self) -> ClaimFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        return self._total

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def cached_ids(self) -> list[int]:
        """The claims of the rows read (at most ``max_pages`` pages)."""
        return [r.id for p in self._pages.values() for r in p]

    @property
    def status_counts(self) -> Counts | None:
        """The current filter's status counts when its background count brought them (see the
        module's docstring) and nothing changed since; else None. A new sort keeps them."""
        known = self._status_counts
        return known[1] if known is not None and known[0] == self._filter else None

    @property
    def counting(self) -> bool:
        """The rows after the first page are still being counted (``rowCount`` is provisional)."""
        return self._counting

    def set_filter(self, f: ClaimFilter) -> None:
        self._filter = f
        self._reset_first_page()

    def set_sort(self, key: str, descending: bool = False) -> None:
        self._sort_key, self._descending = key, descending
        self._reset_first_page()

    def refresh(self) -> None:
        """Data changed in the ledger: re-count, drop the window; keep the view's place if the
        number of rows did not change (an outcome recorded, a review set)."""
        self._status_counts = None
        total = self._count()
        if total != self._total or self._counting:
            self._reset(total)
            return
        self._pages.clear()
        self._cells.clear()
        if total:
            self.dataChanged.emit(self.index(0, 0), self.index(total - 1, COLUMN_COUNT - 1))

    def update_claims(self, claim_ids) -> ClaimsUpdate:
        """Claims ``claim_ids`` were written: re-read just those (one query by ids) and patch the
        rows the table has read. A claim the filter no longer selects leaves the table (rows
        removed, so the view keeps the selection and scroll position of the others); one that
        moved in the sort order, or entered the list, makes the model ``refresh`` instead."""
        ids = set(claim_ids)
        self._status_counts = None  # (their statuses may have changed)
        before = {r.id: r for p in self._pages.values() for r in p if r.id in ids}
        if self._counting:  # rows not counted yet: read the list again, counted now
            self.refresh()
            return ClaimsUpdate(before=before, reloaded=True)
        try:
            after = self._ledger.reader.claims_by_ids(ids, self._filter)
        except LedgerError as exc:
            self.read_failed.emit(exc)
            return ClaimsUpdate(before=before, failed=True)
        out = ClaimsUpdate(before=before, after=after)
        keys = SORT_FIELDS.get(self._sort_key)
        moved = keys is None or any(getattr(before[i], k) != getattr(after[i], k)
                                    for i in before.keys() & after.keys() for k in keys)
        if moved or ids - before.keys():
            # it moves, enters, or was not read (whether it was listed is not known): the count
            # and fresh pages say where it is now
            self.refresh()
            out.reloaded = True
            return out
        self._cells.clear()
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id in after:
                    page[i] = after[r.id]
                    row = number * self.page_size + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        for claim_id in sorted(before.keys() - after.keys(), key=lambda c: -(self.row_of(c) or 0)):
            row = self.row_of(claim_id)
            if row is not None:
                self._remove_row(row)
                out.removed.append(claim_id)
        return out

    def _remove_row(self, row: int) -> None:
        """Take ``row`` out: the cached rows after it move up one; a page left short of what
        the list now holds there is dropped (read again when shown)."""
        self.beginRemoveRows(QModelIndex(), row, row)
        self._cells.clear()
        number, i = divmod(row, self.page_size)
        del self._pages[number][i]
        for n in sorted(k for k in self._pages if k > number):
            first = self._pages[n].pop(0) if self._pages[n] else None
            if first is not None and n - 1 in self._pages:
                self._pages[n - 1].append(first)
        self._total -= 1
        for n in [k for k, p in self._pages.items() if len(p) != max(0, min(self.page_size, self._total - k * self.page_size))]:
            del self._pages[n]
        self.endRemoveRows()

    def _reset(self, total: int | None = None) -> None:
        self.beginResetModel()
        self._generation += 1
        self._counting = False
        self._status_counts = None
        self._pages.clear()
        self._cells.clear()
        self._total = self._count() if total is None else total
        self.endResetModel()

    def _reset_first_page(self) -> None:
        """A new filter or sort: the first page now, the count after it (in the background) when
        the page is full; without a runner, the count first as ``_reset`` does."""
        if self._runner is None:
            self._reset()
            return
        self.beginResetModel()
        self._generation += 1
        self._count_held = False
        self._pages.clear()
        self._cells.clear()
        limit = self._first_rows()
        try:
            page = self._ledger.reader.claims(self._filter, sort=self._sort_key, descending=self._descending,
                                              offset=0, limit=limit)
        except LedgerError as exc:
            self.read_failed.emit(exc)
            page = None
        if page is None:  # (nothing cached from a failed read) the count says how many rows to ask for
            self._counting = False
            self._total = self._count()
        else:
            self._pages[0] = page
            self._total = len(page)
            self._counting = len(page) == limit  # a page not full is the whole list
            self._short_first = self._counting and limit < self.page_size
        self.endResetModel()
        if self._counting:
            self._count_timer.start()

    def _start_count(self) -> None:
        if self._counting:  # (not when a refresh counted in the meantime)
            self._count_in_background()

    def start_pending_count(self) -> None:
        """Start now the count that waits for the event loop, if one does (``wait_idle``), or
        that is held (``hold_pending_count``)."""
        if self._count_timer.isActive() or self._count_held:
            self._count_timer.stop()
            self._count_held = False
            self._start_count()

    def hold_pending_count(self) -> None:
        """The count that waits for the event loop waits for ``start_pending_count`` instead (the
        window's start: its first paint on a 0 ms timer is not sure to come before the count's).
        A new filter or sort counts as usual."""
        if self._count_timer.isActive():
            self._count_timer.stop()
            self._count_held = True

    def _count_in_background(self) -> None:
        """Count the current generation's rows, one count at a time: a count that comes back for
        an older filter (the analyst typed on) is dropped and the current one started."""
        if self._count_task:
            return
        self._count_task = True
        generation, f = self._generation, self._filter

        def counted(result: tuple[int, Counts | None]) -> None:
            n, counts = result
            self._count_task = False
            if generation != self._generation:
                if self._counting:
                    self._count_in_background()
                return
            self._counting = False
            if n > self._total:
                self.beginInsertRows(QModelIndex(), self._total, n - 1)
                self._total = n
                self.endInsertRows()
            elif n < self._total:  # (claims deleted since the page was read) a fresh read
                self._reset(n)
            if counts is not None:
                self._status_counts = (f, counts)
            self.counted.emit(self._total)

        def failed(exc) -> None:
            self._count_task = False
            if generation == self._generation:
                self._counting = False
                self.read_failed.emit(exc)  # the first page stays shown, marked as possibly incomplete
            elif self._counting:
                self._count_in_background()

        reader = self._ledger.reader
        if self.status_counts is None:
            count = reader.table_count
        else:  # (a new sort of the same rows: their status counts are known, the plain count is enough)
            def count(f):
                return reader.count_claims(f), None
        self._runner.run(lambda _task: count(f), on_success=counted, on_failure=failed)

    def _count(self) -> int:
        try:
            return self._ledger.reader.count_claims(self._filter)
        except LedgerError as exc:
            self.read_failed.emit(exc)
            return self._total  # what was shown stays (marked as possibly out of date)

    # -- rows -------------------------------------------------------------------------------
    FIRST_ROWS_MARGIN = 8

    def _first_rows(self) -> int:
        """How many rows the first page of a new filter or sort reads: the rows the view shows and
        a few more (the view's height), at most a page; a page when the view is not shown. A search
        reads its first rows by deadline by asking the full-text index about each claim in that
        order until it has them (store.search, plan "probe"), so its cost grows with the rows: at a
        million claims, "gazette" (8% of claims) 13.6 ms for 100 rows, 4.8 ms for 33 (the window
        at 1400x900 shows 17). The rest of page 0 is read when shown (``_page``)."""
        shown = self.rows_in_view() if self.rows_in_view is not None else 0
        return min(self.page_size, shown + self.FIRST_ROWS_MARGIN) if shown > 0 else self.page_size

    def _page(self, number: int, need: int = 0) -> list[ClaimRow]:
        """Page ``number``, read if not held; ``need``: the index in it of the row wanted (a first
        page read only for the view is read in full when a row after its end is wanted)."""
        page = self._pages.get(number)
        if page is not None and number == 0 and self._short_first and need >= len(page):
            del self._pages[0]  # (its rows read again: the reader reads on from the rows it has)
            self._cells.clear()
            page = None
        if page is not None:
            self._pages.move_to_end(number)
            return page
        if number == 0:
            self._short_first = False
        try:
            page = self._ledger.reader.claims(self._filter, sort=self._sort_key, descending=self._descending,
                                       offset=number * self.page_size, limit=self.page_size,
                                       total=self._total)
        except LedgerError as exc:
            self.read_failed.emit(exc)
            return []
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
            self._cells.clear()
        return page

    def claim_at(self, row: int) -> ClaimRow | None:
        if not 0 <= row < self._total:
            return None
        number, i = divmod(row, self.page_size)
        page = self._page(number, i)
        return page[i] if i < len(page) else None

    def row_of(self, claim_id: int, *, near: int | None = None) -> int | None:
        """The row showing ``claim_id`` among the cached pages (and the page around ``near``)."""
        if near is not None and 0 <= near < self._total:
            self._page(*divmod(near, self.page_size))
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == claim_id:
                    return number * self.page_size + i
        return None

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return f"Sort by {SORT_KEYS.get(section, '')}" if section in SORT_KEYS else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called ~700 times a repaint (every visible cell for each of seven roles): what a row
        # paints is made once (``_painted``) and each of those calls is a look-up in it; roles
        # are compared with module constants (an attribute lookup on Qt.ItemDataRole costs ~0.7 µs).
        if role in _PAINTED:
            cells = self._cells.get(index.row())  # (an invalid index's row, -1, is never there)
            if cells is None:
                cells = self._painted(index)
                if cells is None:
                    return None
            if role == _FOREGROUND:
                return self._foreground(cells.claim, index.column()) if cells.tinted else None
            return cells.values[index.column()].get(role)
        return self._data(index, role)

    def _painted(self, index: QModelIndex | QPersistentModelIndex) -> _RowCells | None:
        if not index.isValid():
            return None
        number = index.row()
        row = self.claim_at(number)
        if row is None:
            return None
        overdue, rejected = row.overdue, row.review == Review.REJECTED.value
        background = {_BACKGROUND: QBrush(OVERDUE_BACKGROUND)} if overdue else {}
        values = tuple({_DISPLAY: self._display(row, col), **background} for col in range(COLUMN_COUNT))
        icon = self._review_icon(row.review)
        values[COL_QUOTE][_DECORATION] = values[COL_REVIEW][_DECORATION] = icon
        values[COL_ID][_ALIGNMENT] = _RIGHT
        if overdue:
            values[COL_STATUS][_FONT] = self._bold
        if rejected:
            values[COL_QUOTE][_FONT] = self._struck
        cells = self._cells[number] = _RowCells(row, values, overdue or rejected)
        return cells

    def _foreground(self, row: ClaimRow, col: int):
        if row.overdue and col in (COL_STATUS, COL_DEADLINE):
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(OVERDUE_FOREGROUND_DARK if dark else OVERDUE_FOREGROUND)
        if row.review == Review.REJECTED.value:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int):
        """The roles the view does not paint with: the claim, tooltips, accessible text."""
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self.claim_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == ObjectRole:
            return row
        if role == _TOOLTIP:
            return self._tooltip(row, col)
        if role == _ACCESSIBLE:
            return f"{review_label(row.review)}: {self._display(row, col)}" if col == COL_QUOTE else None
        return None

    @staticmethod
    def _display(row: ClaimRow, col: int):
        if col == COL_DEADLINE:
            return _iso(row.deadline_latest) or ("open" if row.deadline_earliest else "")
        if col == COL_STATUS:
            return status_label(row)
        if col == COL_SPEAKER:
            return row.speaker or "—"
        if col == COL_KIND:
            return row.kind
        if col == COL_QUOTE:
            return _one_line(row.summary or row.quote)
        if col == COL_EXPRESSION:
            return row.deadline_expression or ""
        if col == COL_ARTICLE:
            return row.article_title
        if col == COL_PUBLISHED:
            return _iso(row.published_on)
        if col == COL_REVIEW:
            return review_label(row.review)
        if col == COL_ID:
            return str(row.id)
        return None

    @staticmethod
    def _tooltip(row: ClaimRow, col: int) -> str | None:
        if col in (COL_DEADLINE, COL_EXPRESSION) and (row.deadline_expression or row.deadline_latest):
            window = f"{_iso(row.deadline_earliest) or '…'} – {_iso(row.deadline_latest) or '…'}"
            gran = f" ({row.deadline_granularity})" if row.deadline_granularity else ""
            return f"“{row.deadline_expression or ''}”: {window}{gran}"
        if col == COL_QUOTE:
            return f"{row.quote}\n\n{REVIEW_TIPS.get(row.review, row.review)}"
        if col == COL_REVIEW:
            return REVIEW_TIPS.get(row.review, row.review)
        if col == COL_SPEAKER and row.speaker_affiliation:
            return f"{row.speaker} ({row.speaker_affiliation})"
        if col == COL_STATUS and row.overdue:
            return f"Unresolved after its deadline ({_iso(row.deadline_latest)})"
        return None

    def _review_icon(self, review: str) -> QIcon:
        icon = self._review_icons.get(review)
        if icon is None:
            icon = self._review_icons[review] = review_icon(review)
        return icon

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self.set_sort(key, descending)
