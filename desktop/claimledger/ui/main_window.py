"""The main window — the analyst's workbench: articles (left); filters, the claims table and, below
it, the article text and the timeline (centre); the claim's details and "what is due" (right).

It only wires widgets together. Data comes from ``Ledger`` methods; background work goes
through ``TaskRunner``; edits go through ``ClaimActions`` (``claim_actions``: undo stack,
conflicts); the actions, menus and toolbar are ``WindowMenus`` (``menus``), settings live in
``window_state``.
"""
from __future__ import annotations

import gc
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from claimledger.domain import Review
from claimledger.services import ClaimFilter, Ledger, LedgerError, StorageError
from claimledger.services.dto import ArticleView, ClaimRow
from claimledger.ui import claims_model as cm
from claimledger.ui import window_state
from claimledger.ui.article_view import ArticlePane
from claimledger.ui.articles_model import ArticlesModel, ElidingDelegate
from claimledger.ui.claim_detail import ClaimDetailPane, pdf_page
from claimledger.ui.claims_table import ClaimsTable
from claimledger.ui.column_fit import keep_claim_column
from claimledger.ui.due_view import DueView
from claimledger.ui.eliding import ElidedLabel, ElidedToolTipDelegate
from claimledger.ui.feeds_pane import FeedsPane
from claimledger.ui.filter_bar import FilterBar
from claimledger.ui.import_flow import ImportController, ImportProgress
from claimledger.ui.link_import import links_in_mime
from claimledger.ui.live_updates import LiveUpdates
from claimledger.ui.review import ClaimActions
from claimledger.ui.storage_alert import StorageAlerts
from claimledger.ui.tasks import TaskRunner
from claimledger.ui.suggestions_pane import SuggestionsPane
from claimledger.ui.timeline import TimelinePane
from claimledger.ui.track_records import TrackRecordsPane
from claimledger.ui.speakers_sources import SpeakerSourceActions
from claimledger.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # (the dialogs' modules are imported when one is first opened, not before the first paint)
    from claimledger.ui.export_dialog import ExportDialog
    from claimledger.ui.outcome_dialog import OutcomeDialog


COUNTS_DELAY_MS = 250
START_SIZE = (1440, 880)  # a smaller screen gets a window that fits it, a larger one 85% of it


def start_sizes(width: int) -> tuple[int, int]:
    """The article list's and the side panel's widths in a window ``width`` pixels wide: what is
    left goes to the claims table."""
    return max(130, min(260, int(width * 0.15) - 20)), max(280, min(420, int(width * 0.26)))


class AfterFirstPaint(QObject):
    """Calls ``then`` once, when the event loop runs after the first paint of ``widget`` (a
    0 ms timer started from its first paint event), or at ``now()``. A widget not shown after
    ``UNSHOWN_MS`` (a window built and not shown: tests) does not wait for a paint, nor does a
    shown one (minimised) after ``LATEST_MS`` more."""

    UNSHOWN_MS, LATEST_MS = 500, 3000

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self._widget, self._then = widget, then
        self._timer = QTimer(self, singleShot=True, interval=self.UNSHOWN_MS)
        self._timer.timeout.connect(self._timeout)
        self._timer.start()
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            watched.removeEventFilter(self)
            self._timer.start(0)
        return False

    def _timeout(self) -> None:
        if self._timer.interval() == self.UNSHOWN_MS and self._widget.isVisible():
            self._timer.start(self.LATEST_MS)  # shown, its first paint still to come
            return
        self.now()

    @property
    def pending(self) -> bool:
        return self._then is not None

    def now(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._timer.stop()
            self._widget.removeEventFilter(self)
            then()


class MainWindow(QMainWindow):
    def __init__(self, ledger, *, settings: QSettings | None = None, page_size: int = 100, owns_ledger: bool = False):
        super().__init__()
        self.ledger = ledger
        self._settings = settings
        self._owns_ledger = owns_ledger
        self._article_cache: tuple[tuple[int, bool], ArticleView, list[ClaimRow]] | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.links_dialog = None  # File ▸ Import from links… (ui/link_import.py)
        self.paste_dialog = None  # Edit ▸ Paste as article… (ui/paste_article.py)
        self.setWindowTitle("Claim Ledger")
        self.setAcceptDrops(True)
        self.runner = TaskRunner(self)

        self.articles_model = ArticlesModel(ledger, self, load=False)
        self.articles_view = QListView(self)
        self.articles_view.setObjectName("articleList")
        self.articles_view.setAccessibleName("Articles")
        self.articles_view.setModel(self.articles_model)
        self.articles_view.setUniformItemSizes(True)  # two lines each: no per-item measuring of long lists
        self.articles_view.setWordWrap(False)
        self.articles_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.articles_view.setItemDelegate(ElidingDelegate(self.articles_view))
        self.articles_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles_view.setSpacing(2)
        self.articles_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._counts_generation = 0
        self._applied: ClaimFilter | None = None  # the filter the table was last read with (apply_filter)
        self._counts_after_model = False  # the status-bar counts wait for the table's count (_count_now)
        self._frozen = False  # gc.freeze() once start-up is over (_started)
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._count_now)

        self.filter_bar = FilterBar(self, today=ledger.uow.today())
        self.filter_bar.set_speaker_source(self.ledger.reader.find_speakers, self.ledger.reader.speaker_name)
        # counted once, by apply_filter below
        self.model = cm.ClaimsTableModel(ledger, page_size=page_size, parent=self, load=False, runner=self.runner)
        self.table = ClaimsTable(self.model, self)
        self.table.setAccessibleName("Claims")
        self.table.setItemDelegate(ElidedToolTipDelegate(self.table))  # elided names: whole in a tooltip
        self.claim_column_fit = keep_claim_column(self.table)  # the claim text keeps its share
        self.article_pane = ArticlePane(self)
        self.timeline = TimelinePane(ledger, self.runner, self)
        self.track_records = TrackRecordsPane(ledger, self.runner, self, settings=settings)
        self.detail_pane = ClaimDetailPane(self)
        self.due_view = DueView(ledger, self.runner, self)
        self.feeds_pane = FeedsPane(ledger, self.runner, self, settings=settings, load=False)  # (_load_after_paint)

        self.storage = StorageAlerts(self)  # storage errors are never silent
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.storage.banner)
        centre_layout.addWidget(self.table, 1)
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.setObjectName("lowerTabs")
        self.lower_tabs.addTab(self.article_pane, "&Article")
        self.lower_tabs.addTab(self.timeline, "&Timeline")
        self.lower_tabs.addTab(self.track_records, "Trac&k records")
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sideTabs")
        self.side_tabs.addTab(self.detail_pane, "&Claim")
        self.side_tabs.addTab(self.due_view, "What is &due")
        self.side_tabs.addTab(self.feeds_pane, "Feed&s")
        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        self.vsplit.addWidget(centre)
        self.vsplit.addWidget(self.lower_tabs)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 2)
        # two splitters, not one with three panes: dragging the handle between the table and the
        # side panel moves only those two, never the article list
        self.rsplit = QSplitter(Qt.Orientation.Horizontal, self)
        self.rsplit.setObjectName("rightSplitter")
        self.rsplit.addWidget(self.vsplit)
        self.rsplit.addWidget(self.side_tabs)
        self.rsplit.setStretchFactor(0, 1)
        self.rsplit.setStretchFactor(1, 0)
        self.rsplit.setCollapsible(0, False)
        self.hsplit = QSplitter(Qt.Orientation.Horizontal, self)
        self.hsplit.setObjectName("mainSplitter")
        self.hsplit.addWidget(self.articles_view)
        self.hsplit.addWidget(self.rsplit)
        self.hsplit.setStretchFactor(0, 0)
        self.hsplit.setStretchFactor(1, 1)
        self.hsplit.setCollapsible(1, False)
        self.setCentralWidget(self.hsplit)
        self._fit_to_screen()

        self.counts_label = QLabel(self)
        # the counts never widen the window
        self.counts_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.import_progress = ImportProgress(self)
        self.location_label = ElidedLabel(ledger.location, self)  # a long path is elided in the middle
        self.location_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.location_label.setObjectName("ledgerLocation")
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(self.location_label)
        self.importer = ImportController(ledger, self.runner, self.import_progress, self)
        self.importer.finished.connect(self._imported)
        self.claim_actions = ClaimActions(self)
        self.claim_actions.changed.connect(self.claims_changed)
        # possible outcomes from later articles (issue 17): a side tab, its count in the status bar
        self.suggestions_pane = SuggestionsPane(self)
        self.side_tabs.addTab(self.suggestions_pane, "Possible &outcomes")
        self.suggestions_button = QPushButton(self)
        self.suggestions_button.setObjectName("suggestionsCount")
        self.suggestions_button.setFlat(True)
        self.suggestions_button.setToolTip("Outcomes that later articles suggest for open claims (Ctrl+Shift+O)")
        self.suggestions_button.hide()
        self.suggestions_button.clicked.connect(self.show_suggestions)
        self.statusBar().addPermanentWidget(self.suggestions_button)
        self.suggestions_pane.count_changed.connect(self._show_suggestion_count)
        self.detail_pane.suggestions_requested.connect(self.show_suggestions)

        self.menus = WindowMenus(self, self.claim_actions, settings)
        self.speakers_sources = SpeakerSourceActions(self)  # merge/split speakers, link/unlink sources
        self.runner.unhandled.connect(self.storage.read_failed)
        queued = Qt.ConnectionType.QueuedConnection  # they fail inside data(): report after the paint
        self.model.read_failed.connect(self._table_read_failed, queued)
        self.model.counted.connect(self._model_counted)
        self.articles_model.read_failed.connect(self._articles_read_failed, queued)
        self.filter_bar.changed.connect(self.apply_filter)
        self.articles_view.selectionModel().currentChanged.connect(self._article_selected)
        self.table.selectionModel().currentRowChanged.connect(self._claim_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_outcome_dialog())
        self.detail_pane.record_outcome_requested.connect(self.open_outcome_dialog)
        self.detail_pane.review_requested.connect(self.claim_actions.review)
        self.timeline.claim_clicked.connect(self.show_claim)
        self.due_view.claim_activated.connect(self.show_claim)
        self.track_records.speaker_activated.connect(self.filter_speaker)
        self.feeds_pane.imported.connect(lambda _n: self.refresh())  # new articles: in the list and review queue
        self.live = LiveUpdates(self)  # other programs' changes to the ledger, as they happen
        window_state.restore(self)
        self._after_paint = AfterFirstPaint(self.table.viewport(), self._load_after_paint)
        self.apply_filter()
        self.model.hold_pending_count()  # (counted after the first paint too)
        if self.model.rowCount() and self.current_claim() is None:
            self.select_row(0)  # something to read from the first moment

    def _fit_to_screen(self) -> None:
        """The starting size: 1440×880, or most of a larger screen (1632×918 of 1920×1080),
        never more than the screen has room for (at 1000×700 every filter and the claim text are
        still on screen: the filter bar wraps, the table's other columns narrow)."""
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = START_SIZE
        if room is not None and room.width() > 0 and room.height() > 0:
            width = min(max(width, int(room.width() * 0.85)), room.width())
            height = min(max(height, int(room.height() * 0.85)), room.height())
        self.start_at(width, height)

    def start_at(self, width: int, height: int) -> None:
        """This size, with the panes shared out as for a first start at it."""
        self.resize(width, height)
        articles, side = start_sizes(width)
        self.hsplit.setSizes([articles, width - articles])
        self.rsplit.setSizes([width - articles - side, side])

    # -- filter, counts ---------------------------------------------------------------------
    def selected_article_id(self) -> int | None:
        a = self.articles_model.article_at(self.articles_view.currentIndex().row())
        return a.id if a else None

    def as_of(self):
        return self.filter_bar.as_of()

    def current_filter(self) -> ClaimFilter:
        fb = self.filter_bar
        due_after, due_before = fb.due_range()
        as_of = fb.as_of()
        return ClaimFilter(search=fb.search(), statuses=fb.statuses(), kinds=fb.kinds(), reviews=fb.reviews(),
                           speaker_id=fb.speaker_id(), article_id=self.selected_article_id(), tag=fb.tag(),
                           due_after=due_after, due_before=due_before, overdue_only=fb.overdue_only(),
                           as_of=None if as_of == self.ledger.uow.today() else as_of,
                           include_rejected=fb.include_rejected())

    def apply_filter(self) -> None:
        """Show the list the filters select. The list shown already (a space typed after a word,
        Enter after the typing pause: the same filter) is not read again, unless its last read
        failed (``_table_read_failed``): the next look reads again."""
        f = self.current_filter()
        if f == self._applied:
            return
        self._applied = f
        keep = self.current_claim()
        if self.articles_model.set_view(as_of=f.as_of, include_rejected=f.include_rejected):
            self._load_lists()  # as of another date the article list holds other articles
        self.model.set_filter(f)
        self._reselect(keep.id if keep else None, near=0)
        self._update_counts()
        self.due_view.load(f)
        self.timeline.load(f)
        self.track_records.load(f)

    def filter_speaker(self, speaker_id: int) -> None:
        self.filter_bar.select_speaker(speaker_id)

    def _load_lists(self) -> None:
        """The article list's totals and the most quoted speakers, read in the background (long at
        scale); the list itself reads its rows page by page as they are shown, and other speakers
        are found as the analyst types a name."""
        def loaded(result) -> None:
            articles, claims, speakers = result
            article_id = self.selected_article_id()
            blocked = self.articles_view.selectionModel().blockSignals(True)
            self.articles_model.set_totals(articles, claims)
            self.articles_view.setCurrentIndex(self.articles_model.index(self.articles_model.row_of(article_id)))
            self.articles_view.selectionModel().blockSignals(blocked)
            self.filter_bar.set_speakers(speakers)
            self._started()

        ledger, articles = self.ledger, self.articles_model
        self.runner.run(lambda _task: (*articles.totals(), ledger.reader.top_speakers()),
                        on_success=loaded, on_failure=lambda exc: self.storage.read_failed(exc, "article list"))

    def _load_after_paint(self) -> None:
        """What the window reads once its first page is painted (``AfterFirstPaint``): the article
        list's totals and the speakers (~0.2 s of a background thread at a million claims), the
        feeds and the possible outcomes (their modules imported then, ~0.1 s). Read during the
        first paint, they took the CPU from it on a busy machine; nothing is written before them.
        So is the table's count, and the selected claim's possible outcomes."""
        self.model.start_pending_count()
        self._load_lists()
        self.feeds_pane.load()
        self.suggestions_pane.load()
        claim = self.current_claim()
        if claim is not None:
            self._load_claim_suggestions(claim.id)

    def _table_read_failed(self, exc) -> None:
        self._applied = None  # (the same filter applied again reads again)
        self._counts_after_model = False  # (the counts stay greyed: the read failed)
        self.storage.read_failed(exc, "claims table")

    def _articles_read_failed(self, exc) -> None:
        self.storage.read_failed(exc, "article list")

    def _started(self) -> None:
        """Start-up is over (its background reads delivered). What exists now (Qt wrappers,
        modules, SQLAlchemy's compiled statements…) lives as long as the window: moved out of the
        garbage collector's sight (``gc.freeze``), a full collection no longer walks it — at a
        million claims one took ~40 ms, in the middle of a keystroke in the search box.
        Then the storage self-check runs in the background (it speaks up only about problems)."""
        if not self._frozen:
            self._frozen = True
            gc.freeze()
            self.storage.check(integrity=None, startup=True)

    def _update_counts(self) -> None:
        """Status-bar counts, soon after the filter settles: while the analyst types, each
        keystroke restarts the wait, so count queries do not compete with the table's."""
        self._counts_generation += 1
        if self.counts_label.isEnabled():  # greyed, colour gone: the last filter's counts until the new ones come
            self.counts_label.setText(QTextDocumentFragment.fromHtml(self.counts_label.text()).toPlainText())
            self.counts_label.setEnabled(False)
        self._counts_timer.start()

    def _count_now(self) -> None:
        """Compute the counts in the background; a newer filter's answer wins. While the table
        counts the same filter's rows, they wait for that count: it may bring them (the model's
        ``status_counts``), and else they are read after it, not beside it."""
        if self.model.counting:
            self._counts_after_model = True
            return
        if self.model.status_counts is not None:
            self._show_counts(self.model.status_counts)
            return
        generation, f = self._counts_generation, self.model.claim_filter

        def show(counts) -> None:
            if generation == self._counts_generation:
                self._show_counts(counts)

        self.runner.run(lambda _task: self.ledger.reader.counts(f), on_success=show)

    def _model_counted(self, _rows: int) -> None:
        """The table's count came: the status-bar counts from it when it brought them (no wait
        for the filter to settle: nothing more is read), else read now if they were waiting."""
        waiting, self._counts_after_model = self._counts_after_model, False
        if self.model.status_counts is not None and (waiting or self._counts_timer.isActive()):
            self._counts_timer.stop()
            self._show_counts(self.model.status_counts)
        elif waiting:
            self._count_now()

    def _show_counts(self, c) -> None:
        parts = [f"{c.total:,} claim{'s' if c.total != 1 else ''}"]
        parts += [f"{n:,} {s.replace('_', ' ')}" for s, n in sorted(c.by_status.items(), key=lambda kv: -kv[1]) if n]
        parts.append(f"<b style='color:#d03030'>{c.overdue:,} overdue</b>" if c.overdue else "0 overdue")
        as_of = self.as_of()
        if as_of != self.ledger.uow.today():
            parts.append(f"<b>as of {as_of.isoformat()}</b>")
        self.counts_label.setText(" · ".join(parts))
        self.counts_label.setEnabled(True)

    def refresh(self) -> None:
        """Re-read everything shown (after an import, an outcome, another program's change)."""
        keep = self.current_claim()
        row = self.table.currentIndex().row()
        self._load_lists()
        self._article_cache = None
        self.model.refresh()
        self._reselect(keep.id if keep else None, near=max(row, 0))
        self._update_counts()
        self.due_view.load(self.model.claim_filter)
        self.timeline.load(self.model.claim_filter)
        self.track_records.load(self.model.claim_filter)
        self.suggestions_pane.load()

    def claims_changed(self, claim_id: int | set[int]) -> None:
        """A write of the window (or of another program: ui/live_updates.py) changed claim
        ``claim_id``, or these claims (0: not known which — everything is read again): the table
        re-reads just those rows, keeping the selection and the scroll position (a claim the
        filter no longer selects leaves it); the other views re-read only if they show the claim
        or its speaker."""
        ids = set(claim_id) if isinstance(claim_id, (set, frozenset)) else {claim_id} if claim_id else set()
        if not ids:
            self.refresh()
            return
        keep, row = self.current_claim(), self.table.currentIndex().row()
        update = self.model.update_claims(ids)
        if update.failed:
            return
        rows = update.rows()
        if self._article_cache is not None and any(r.article_id == self._article_cache[0][0] for r in rows):
            self._article_cache = None
        if update.reloaded:
            self._reselect(keep.id if keep else None, near=max(row, 0))
        elif keep is not None and keep.id in update.after:
            self._claim_selected(self.table.currentIndex(), QModelIndex())  # its details and article anew
        elif keep is not None and keep.id not in update.removed and any(r.article_id == keep.article_id for r in rows):
            self._claim_selected(self.table.currentIndex(), QModelIndex())  # its article's highlights
        rejected = Review.REJECTED.value
        toggled = any((r.review == rejected) != (update.before[i].review == rejected)
                      for i, r in update.after.items() if i in update.before)
        if update.reloaded or update.removed or toggled:  # removed: its review may have changed
            self._load_lists()  # the article list's claim counts leave rejected claims out
        self._update_counts()
        self.due_view.claims_changed(update)
        self.timeline.claims_changed(update)
        self.track_records.claims_changed(update)
        self.suggestions_pane.load()

    # -- selection --------------------------------------------------------------------------
    def current_claim(self) -> ClaimRow | None:
        index = self.table.currentIndex()
        return index.data(cm.ObjectRole) if index.isValid() else None

    def _reselect(self, claim_id: int | None, *, near: int) -> None:
        row = self.model.row_of(claim_id, near=near) if claim_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.detail_pane.set_detail(None)
            self.timeline.view.select_claim(None)
            self._update_actions()
            return
        self._select(row)

    def _select(self, row: int) -> None:
        index = self.model.index(row, cm.COL_QUOTE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._claim_selected(index, QModelIndex())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def show_claim(self, claim_id: int) -> bool:
        """Select claim ``claim_id`` in the table (the timeline, the due list); filters that hide
        it are cleared (the as-of date stays)."""
        m = self.model
        row = m.row_of(claim_id)
        if row is None:
            row = self.ledger.workbench.claim_row_number(claim_id, m.claim_filter, sort=m.sort_key, descending=m.descending)
        if row is None:
            self.statusBar().showMessage(f"Claim #{claim_id} was hidden by the filters: they were cleared.", 6000)
            self.articles_view.setCurrentIndex(self.articles_model.index(0))
            self.filter_bar.clear()
            row = self.ledger.workbench.claim_row_number(claim_id, m.claim_filter, sort=m.sort_key, descending=m.descending)
            if row is None:
                return False
        self._select(row)
        return True

    def wait_idle(self, msecs: int = 10_000) -> None:
        """Let background reads finish and deliver their results (tests, screenshots)."""
        if self._counts_timer.isActive():  # counts waiting for the filter to settle: now
            self._counts_timer.stop()
            self._count_now()
        self.model.start_pending_count()  # (a new filter's count waits for the event loop)
        self._after_paint.now()  # (so do the reads after the first paint)
        self.runner.drain(msecs)

    def _article_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.current_filter() != self.model.claim_filter:  # (the list's first focus selects the row it shows)
            self.apply_filter()
        a = self.articles_model.article_at(current.row())
        if a is not None and self.current_claim() is None:
            article, claims = self._article(a.id)
            self.article_pane.set_article(article, claims)

    def _article(self, article_id: int) -> tuple[ArticleView, list[ClaimRow]]:
        """The article and the claims to highlight in it (rejected ones only when they are shown)."""
        with_rejected = not self.model.claim_filter.rejected_hidden
        if self._article_cache is None or self._article_cache[0] != (article_id, with_rejected):
            article = self.ledger.reader.get_article(article_id)
            claims = self.ledger.reader.claims(ClaimFilter(article_id=article_id, include_rejected=with_rejected),
                                        sort="id", limit=2000)
            self._article_cache = ((article_id, with_rejected), article, claims)
        return self._article_cache[1:]

    def _claim_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        row = current.data(cm.ObjectRole) if current.isValid() else None
        if row is None:
            return
        try:
            detail = self.ledger.reader.claim(row.id, f=ClaimFilter(as_of=self.model.claim_filter.as_of))
            article, claims = self._article(row.article_id)
        except StorageError as exc:
            self.storage.read_failed(exc, "claim details")
            return
        except LedgerError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.detail_pane.set_detail(detail, pdf_page(article, row.start))  # "p. 3" for a PDF's claim
        self.article_pane.set_article(article, claims)
        self.article_pane.highlight(row.start, row.end)
        self.timeline.view.select_claim(row.id)
        self._load_claim_suggestions(row.id)

    # -- possible outcomes (ui/suggestions_pane.py) -------------------------------------------
    def show_suggestions(self, claim_id: int | None = None) -> None:
        """The "Possible outcomes" tab, all of them (or one claim's)."""
        self.side_tabs.setCurrentWidget(self.suggestions_pane)
        self.suggestions_pane.show_claim(claim_id or None)

    def show_passage(self, article_id: int, start: int, end: int) -> None:
        """A later article in the article pane with the passage ``text[start:end]`` highlighted."""
        try:
            article, claims = self._article(article_id)
        except StorageError as exc:
            self.storage.read_failed(exc, "the article")
            return
        self.article_pane.set_article(article, claims)
        self.article_pane.highlight(start, end)
        self.lower_tabs.setCurrentWidget(self.article_pane)

    def _show_suggestion_count(self, n: int) -> None:
        self.suggestions_button.setText(f"{n:,} possible outcome{'s' if n != 1 else ''}")
        self.suggestions_button.setVisible(n > 0)

    def _load_claim_suggestions(self, claim_id: int) -> None:
        if self._after_paint.pending:  # (read after the first paint: _load_after_paint)
            return

        def show(rows) -> None:
            current = self.current_claim()
            if current is not None and current.id == claim_id:
                self.detail_pane.set_suggestions(rows)

        self.runner.run(lambda _t: self.ledger.suggestions.list(claim_id=claim_id, limit=20), on_success=show)

    def _update_actions(self) -> None:
        self.menus.enable_claim_actions(self.table.currentIndex().isValid())

    # -- actions ----------------------------------------------------------------------------
    def open_outcome_dialog(self) -> OutcomeDialog | None:
        claim = self.current_claim()
        if claim is None:
            return None
        from claimledger.ui.outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(claim, self, today=self.ledger.uow.today(), as_of=self.as_of())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda status, params, d=dialog: self.claim_actions.record_outcome(d, status, params))
        dialog.open()
        self.outcome_dialog = dialog
        return dialog

    def open_export_dialog(self) -> ExportDialog:
        f = self.model.claim_filter
        from claimledger.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ledger, replace(f, as_of=f.as_of or self.ledger.uow.today()), self.model.rowCount(),
                              self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def _imported(self, results: list, failures: list) -> None:
        created = sum(1 for r in results if r.created)
        claims = sum(r.claims for r in results)
        self.refresh()
        self.statusBar().showMessage(
            f"Imported {created} article{'s' if created != 1 else ''} ({claims} claims)"
            + (f"; {len(results) - created} already in the ledger" if len(results) > created else "")
            + (f" ({present[0].origin})" if len(present := [r for r in results if not r.created]) == 1 else "")
            + (f"; {len(failures)} failed" if failures else ""), 8000)

    # -- the ledger's storage ------------------------------------------------------------------
    def open_database(self, path: str) -> MainWindow | None:
        """A new window on ``path`` (this one closes); an error says what to do and keeps this one."""
        try:
            ledger = Ledger.open(path)
        except LedgerError as exc:
            QMessageBox.critical(self, "Cannot open the database",
                                 f"{exc}\n\nChoose a Claim Ledger database file (made by this program), or a new "
                                 "file name to start an empty ledger.")
            return None
        window_state.add_recent(self._settings, ledger.location)
        other = MainWindow(ledger, settings=self._settings, owns_ledger=True)
        other.setWindowIcon(self.windowIcon())
        other.show()
        self.close()
        return other

    def reopen_ledger(self) -> None:
        """Close the ledger's connections and open them again (after a storage error; File ▸
        Reopen ledger), then read everything again. Writes asked for and background reads are let
        finish first."""
        self.claim_actions.finish_writes()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        self.runner.drain(2_000)
        self.ledger.reopen()
        self.storage.clear()
        self.statusBar().showMessage("The ledger was reopened; everything shown was read again.", 8000)
        self.refresh()

    def check_ledger(self) -> None:
        """File ▸ Check ledger…: the storage check with SQLite's page check, shown in words."""
        self.storage.check(integrity=True)

    # -- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _local_files(event) -> list[str]:
        md = event.mimeData()
        return [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event) or links_in_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)
        elif links := links_in_mime(event.mimeData()):  # a link dragged from a browser
            event.acceptProposedAction()
            self.importer.start(links)

    # -- closing ------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.claim_actions.finish_writes()  # every write asked for is written first: none is dropped
        self.feeds_pane.stop()
        self.live.stop()
        if self.runner.is_busy():
            self.runner.cancel_all()
            self.runner.wait(10_000)  # each file is its own transaction: stopping loses nothing confirmed
        window_state.save(self)
        if self._frozen:
            self._frozen = False
            gc.unfreeze()
        super().closeEvent(event)
        if self._owns_ledger:
            self.ledger.close()
