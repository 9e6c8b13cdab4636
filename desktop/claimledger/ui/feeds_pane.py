"""The Feeds tab (beside the claim details and "What is due"): the news feeds the ledger follows,
each with its title, the articles it brought, how many were new at the last refresh, when it
was last read and its last error. Add, Remove and Refresh buttons; the feeds are also refreshed
on a schedule while the window is open (every N minutes, kept in the settings; 0: never).

Every ledger call runs in the background (``TaskRunner``): reading a feed and the pages it links
to takes seconds. A refresh reads the feeds one by one (``ledger.feeds.refresh(feed_id)``), so
that it can stop between two when the window closes, and a broken feed only records its error:
the others are read. New articles are imported as any import is (their claims suggested, in
the review queue); ``imported(n)`` then asks the window to show them."""
from __future__ import annotations

import html
from datetime import datetime, timezone

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from claimledger.services import LedgerError
from claimledger.ui.eliding import ElidedToolTipDelegate
from claimledger.ui.tasks import Task, TaskRunner

INTERVAL_KEY = "feeds/refresh_minutes"
DEFAULT_MINUTES = 30
FeedIdRole = Qt.ItemDataRole.UserRole + 20
# narrow enough for the side panel: when it was last read is in the details under the list
COLUMNS = ["Feed", "New", "Articles", "Last error"]
COL_FEED, COL_NEW, COL_ARTICLES, COL_ERROR = range(len(COLUMNS))
DetailsRole = Qt.ItemDataRole.UserRole + 21
ERROR_COLOUR = QColor("#d03030")


def refresh_minutes(settings: QSettings | None) -> int:
    """The schedule kept in the settings: minutes between two refreshes, 0 for never."""
    if settings is None:
        return DEFAULT_MINUTES
    try:
        return max(0, int(settings.value(INTERVAL_KEY, DEFAULT_MINUTES)))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "never"
    if moment.tzinfo is None:  # stored in UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _short_error(error: str, url: str) -> str:
    """The error without the link in front (the row names the feed already)."""
    return error.removeprefix(url + ": ")


class FeedsPane(QWidget):
    imported = Signal(int)  # articles new in the ledger after a refresh

    def __init__(self, ledger, runner: TaskRunner, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, load: bool = True):
        """``load=False``: the list is read when the caller says (``load``), not now."""
        super().__init__(parent)
        self._ledger = ledger
        self._runner = runner
        self._settings = settings
        self._new: dict[int, int] = {}  # feed id -> articles new at its last refresh (this session)
        self._refresh_task: Task | None = None
        self._busy = 0  # add / remove / list in flight
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(COLUMNS)
        self.view = QTreeView(self)
        self.view.setObjectName("feedList")
        self.view.setAccessibleName("Feeds")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegate(ElidedToolTipDelegate(self.view))
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(30)  # the error column takes what is left, however little, elided
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)  # shrinks with the panel
        header.resizeSection(COL_FEED, 120)
        for col in (COL_ARTICLES, COL_NEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = QPushButton("&Add…", self)
        self.add_button.setToolTip("Follow an RSS or Atom feed (its link)")
        self.remove_button = QPushButton("Remo&ve", self)
        self.remove_button.setToolTip("Stop following the selected feed (its articles stay in the ledger)")
        self.refresh_button = QPushButton("&Refresh", self)
        self.refresh_button.setToolTip("Read every feed now and import the articles of new entries")
        self.add_button.clicked.connect(self.ask_feed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 24 * 60)
        self.interval.setSingleStep(5)
        self.interval.setSuffix(" min")
        self.interval.setSpecialValueText("never")
        self.interval.setAccessibleName("Refresh the feeds every")
        self.interval.setToolTip("How often the feeds are read while the window is open (0: never)")
        self.interval.setValue(refresh_minutes(settings))
        self.interval.valueChanged.connect(self._interval_changed)
        schedule = QHBoxLayout()
        label = QLabel("Re&fresh every", self)
        label.setBuddy(self.interval)
        schedule.addWidget(label)
        schedule.addWidget(self.interval)
        schedule.addStretch(1)
        self.details = QLabel(self)  # the selected feed: its link, when it was read, its whole error
        self.details.setObjectName("feedDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("feedStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addLayout(schedule)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self._interval_changed(self.interval.value(), save=False)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()
        if load:
            self.load()

    # -- the list --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the feeds again (in the background) and show them."""
        self._run(lambda _task: self._ledger.feeds.list(), self._show, "read the feeds")

    def _show(self, feeds) -> None:
        selected = self.selected_feed_id()
        self.model.removeRows(0, self.model.rowCount())
        for f in feeds:
            name = QStandardItem(f.title or f.url)
            name.setData(f.id, FeedIdRole)
            details = f"{f.url}\nLast read: {_when(f.checked_at)}" + (f"\nLast error: {_short_error(f.last_error, f.url)}" if f.last_error else "")
            name.setToolTip(details)
            name.setData(details, DetailsRole)
            articles = QStandardItem(str(f.entries))
            new = QStandardItem(str(self._new[f.id]) if f.id in self._new else "–")
            for item in (articles, new):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            error = QStandardItem(_short_error(f.last_error, f.url) if f.last_error else "")
            if f.last_error:
                error.setToolTip(f.last_error)
                for item in (name, error):
                    item.setForeground(QBrush(ERROR_COLOUR))
            self.model.appendRow([name, new, articles, error])
            if f.id == selected:
                self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, 0))
        if not feeds:
            self.status.setText("No feeds yet: Add… one (the link of a news site's RSS or Atom feed).")
        self._update_buttons()

    def selected_feed_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.index(index.row(), COL_FEED).data(FeedIdRole) if index.isValid() else None

    def feed_ids(self) -> list[int]:
        return [self.model.index(r, COL_FEED).data(FeedIdRole) for r in range(self.model.rowCount())]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_feed_id() is not None and not self.is_refreshing())
        index = self.view.currentIndex()
        details = self.model.index(index.row(), COL_FEED).data(DetailsRole) if index.isValid() else None
        self.details.setText(details or "")
        self.details.setVisible(bool(details))
        self.refresh_button.setEnabled(not self.is_refreshing())
        self.refresh_button.setText("Refreshing…" if self.is_refreshing() else "&Refresh")

    # -- add, remove -------------------------------------------------------------------------------
    def ask_feed(self) -> None:
        url, ok = QInputDialog.getText(self, "Follow a feed", "Link of the RSS or Atom feed (http:// or https://):",
                                       QLineEdit.EchoMode.Normal, "")
        if ok and url.strip():
            self.add_feed(url.strip())

    def add_feed(self, url: str) -> None:
        self.status.setText(f"Reading {html.escape(url)}…")

        def added(info) -> None:
            self.status.setText(f"Following “{html.escape(info.title or info.url)}”. Refresh to import its articles.")
            self.load()

        self._run(lambda _task: self._ledger.feeds.add(url), added, "add the feed")

    def remove_selected(self) -> None:
        feed_id = self.selected_feed_id()
        if feed_id is None:
            return
        name = self.model.index(self.view.currentIndex().row(), COL_FEED).data()
        answer = QMessageBox.question(self, "Remove feed",
                                      f"Stop following “{name}”? The articles it brought stay in the ledger.")
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_feed(feed_id)

    def remove_feed(self, feed_id: int) -> None:
        def removed(info) -> None:
            self._new.pop(feed_id, None)
            self.status.setText(f"No longer following “{html.escape(info.title or info.url)}”.")
            self.load()

        self._run(lambda _task: self._ledger.feeds.remove(feed_id), removed, "remove the feed")

    # -- refresh -----------------------------------------------------------------------------------
    def is_refreshing(self) -> bool:
        return self._refresh_task is not None

    def refresh(self) -> None:
        """Read every feed, one after the other, in the background; a broken one records its error."""
        if self._refresh_task is not None:
            return
        ledger = self._ledger

        def work(task: Task):
            reports = []
            feeds = ledger.feeds.list()
            for i, f in enumerate(feeds):
                if task.cancelled():
                    break
                task.progress(i, len(feeds), f.title or f.url)
                reports.extend(ledger.feeds.refresh(f.id))
            return reports, ledger.feeds.list()

        def progress(done: int, total: int, name: str) -> None:
            self.status.setText(f"Reading feed {done + 1} of {total}: {html.escape(name)}…")

        self._refresh_task = self._runner.run(work, on_success=self._refreshed, on_failure=self._refresh_failed,
                                              on_progress=progress)
        self.status.setText("Reading the feeds…")
        self._update_buttons()

    def _refreshed(self, result) -> None:
        reports, feeds = result
        self._refresh_task = None
        new = 0
        for r in reports:
            self._new[r.feed_id] = len(r.imported)
            new += len(r.imported)
        broken = sum(1 for r in reports if r.error)
        failed = sum(len(r.failed) for r in reports)
        parts = [f"{new} new article{'s' if new != 1 else ''}"]
        present = sum(len(r.present) for r in reports)
        if present:
            parts.append(f"{present} already in the ledger")
        if failed:
            parts.append(f"{failed} entr{'ies' if failed != 1 else 'y'} could not be imported (tried again next time)")
        if broken:
            parts.append(f"{broken} feed{'s' if broken != 1 else ''} could not be read (see Last error)")
        self.status.setText(f"Feeds read at {datetime.now():%H:%M}: " + "; ".join(parts) + ".")
        self._show(feeds)
        if new:
            self.imported.emit(new)

    def _refresh_failed(self, exc: BaseException) -> None:
        self._refresh_task = None
        self._update_buttons()
        self.status.setText(f"<span style='color:#d03030'>The feeds could not be refreshed: {html.escape(str(exc))}</span>")

    def stop(self) -> None:
        """The window closes: no more scheduled refreshes; one running stops after its feed."""
        self.timer.stop()
        if self._refresh_task is not None:
            self._refresh_task.cancel()

    def _interval_changed(self, minutes: int, *, save: bool = True) -> None:
        if save and self._settings is not None:
            self._settings.setValue(INTERVAL_KEY, minutes)
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    # -- background calls ----------------------------------------------------------------------------
    def _run(self, fn, done, what: str) -> None:
        def failed(exc: BaseException) -> None:
            self._busy -= 1
            message = str(exc) if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
            self.status.setText(f"<span style='color:#d03030'>Could not {what}: {html.escape(message)}</span>")

        def succeeded(result) -> None:
            self._busy -= 1
            done(result)

        self._busy += 1
        self._runner.run(fn, on_success=succeeded, on_failure=failed)
