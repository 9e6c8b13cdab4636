"""The main window: articles (left), claims table over the article text (centre), claim details
(right); actions for import, CSV export and recording outcomes; counts in the status bar.

It only wires widgets together. Data comes from ``Ledger`` methods; background work goes
through ``TaskRunner``; each pane is its own widget module.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from claimledger.services import ClaimFilter, ConflictError, Ledger, LedgerError
from claimledger.services.dto import ArticleView, ClaimRow
from claimledger.ui import claims_model as cm
from claimledger.ui.article_view import ArticlePane
from claimledger.ui.articles_model import ArticlesModel, ElidingDelegate
from claimledger.ui.claim_detail import ClaimDetailPane
from claimledger.ui.claims_table import ClaimsTable
from claimledger.ui.filter_bar import FilterBar
from claimledger.ui.import_flow import ImportController, ImportProgress
from claimledger.ui.outcome_dialog import OutcomeDialog
from claimledger.ui.tasks import TaskRunner

class MainWindow(QMainWindow):
    def __init__(self, ledger: Ledger, *, settings: QSettings | None = None, page_size: int = 100):
        super().__init__()
        self.ledger = ledger
        self._settings = settings
        self._article_cache: tuple[ArticleView, list[ClaimRow]] | None = None
        self.setWindowTitle("Claim Ledger")
        self.setAcceptDrops(True)
        self.runner = TaskRunner(self)

        self.articles_model = ArticlesModel(ledger, self, load=False)
        self.articles_view = QListView(self)
        self.articles_view.setObjectName("articleList")
        self.articles_view.setModel(self.articles_model)
        self.articles_view.setUniformItemSizes(True)  # two lines each: no per-item measuring of long lists
        self.articles_view.setWordWrap(False)
        self.articles_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.articles_view.setItemDelegate(ElidingDelegate(self.articles_view))
        self.articles_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.articles_view.setSpacing(2)
        self._counts_generation = 0
        self.articles_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.filter_bar = FilterBar(self)
        self.model = cm.ClaimsTableModel(ledger, page_size=page_size, parent=self)
        self.table = ClaimsTable(self.model, self)
        self.article_pane = ArticlePane(self)
        self.detail_pane = ClaimDetailPane(self)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.table, 1)
        self.vsplit = QSplitter(Qt.Orientation.Vertical, self)
        self.vsplit.addWidget(centre)
        self.vsplit.addWidget(self.article_pane)
        self.vsplit.setStretchFactor(0, 3)
        self.vsplit.setStretchFactor(1, 2)
        self.hsplit = QSplitter(Qt.Orientation.Horizontal, self)
        self.hsplit.addWidget(self.articles_view)
        self.hsplit.addWidget(self.vsplit)
        self.hsplit.addWidget(self.detail_pane)
        self.hsplit.setStretchFactor(1, 1)
        self.hsplit.setSizes([230, 850, 320])
        self.setCentralWidget(self.hsplit)

        self.counts_label = QLabel(self)
        self.import_progress = ImportProgress(self)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.import_progress)
        self.statusBar().addPermanentWidget(QLabel(ledger.location, self))
        self.importer = ImportController(ledger, self.runner, self.import_progress, self)
        self.importer.finished.connect(self._imported)

        self._make_actions()
        self.filter_bar.changed.connect(self.apply_filter)
        self.articles_view.selectionModel().currentChanged.connect(self._article_selected)
        self.table.selectionModel().currentRowChanged.connect(self._claim_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_outcome_dialog())
        self.detail_pane.record_outcome_requested.connect(self.open_outcome_dialog)
        self.detail_pane.review_requested.connect(self.set_review)
        self.resize(1400, 860)
        self._restore()
        self._load_articles()
        self._update_counts()
        self._update_actions()
        if self.model.rowCount():
            self.select_row(0)  # something to read from the first moment

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.setStatusTip(tip)
        a.triggered.connect(lambda _checked=False: slot())
        self.addAction(a)
        return a

    def _make_actions(self) -> None:
        self.import_action = self._action("&Import articles…", self.importer.choose_files, "Ctrl+I",
                                          "Import article files (text, Markdown, HTML)")
        self.export_action = self._action("&Export CSV…", self.export_csv, "Ctrl+E",
                                          "Export the claims shown to a CSV report")
        self.record_action = self._action("&Record outcome…", self.open_outcome_dialog, "Ctrl+R",
                                          "Record what happened to the selected claim")
        self.refresh_action = self._action("Re&fresh", self.refresh, QKeySequence.StandardKey.Refresh)
        self.search_action = self._action("&Search", self._focus_search, QKeySequence.StandardKey.Find)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        about = self._action("&About Claim Ledger", self._about)
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for a in (self.import_action, self.export_action, None, self.quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        claim_menu = menu.addMenu("&Claim")
        claim_menu.addAction(self.record_action)
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.refresh_action)
        menu.addMenu("&Help").addAction(about)
        bar = self.addToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.import_action, self.export_action, self.record_action, self.refresh_action):
            bar.addAction(a)

    # -- filter, counts ---------------------------------------------------------------------
    def selected_article_id(self) -> int | None:
        a = self.articles_model.article_at(self.articles_view.currentIndex().row())
        return a.id if a else None

    def current_filter(self) -> ClaimFilter:
        return ClaimFilter(search=self.filter_bar.search(), statuses=self.filter_bar.statuses(),
                           overdue_only=self.filter_bar.overdue_only(), article_id=self.selected_article_id())

    def apply_filter(self) -> None:
        keep = self.current_claim()
        self.model.set_filter(self.current_filter())
        self._reselect(keep.id if keep else None, near=0)
        self._update_counts()

    def _load_articles(self) -> None:
        """The article list, read in the background (tens of thousands of articles take a while)."""
        def loaded(articles) -> None:
            article_id = self.selected_article_id()
            blocked = self.articles_view.selectionModel().blockSignals(True)
            self.articles_model.set_articles(articles)
            self.articles_view.setCurrentIndex(self.articles_model.index(self.articles_model.row_of(article_id)))
            self.articles_view.selectionModel().blockSignals(blocked)

        self.runner.run(lambda _task: self.ledger.list_articles(), on_success=loaded,
                        on_failure=lambda exc: self.statusBar().showMessage(f"Articles not loaded: {exc}", 8000))

    def _update_counts(self) -> None:
        """Status-bar counts, computed in the background; a newer filter's answer wins."""
        self._counts_generation += 1
        generation, f = self._counts_generation, self.model.claim_filter

        def show(counts) -> None:
            if generation == self._counts_generation:
                self._show_counts(counts)

        self.runner.run(lambda _task: self.ledger.counts(f), on_success=show)

    def _show_counts(self, c) -> None:
        parts = [f"{c.total:,} claim{'s' if c.total != 1 else ''}"]
        parts += [f"{n:,} {s.replace('_', ' ')}" for s, n in sorted(c.by_status.items(), key=lambda kv: -kv[1]) if n]
        if c.overdue:
            parts.append(f"<b style='color:#c81e1e'>{c.overdue:,} overdue</b>")
        else:
            parts.append("0 overdue")
        self.counts_label.setText(" · ".join(parts))

    def refresh(self) -> None:
        """Re-read everything shown (after an import, an outcome, another program's change)."""
        keep = self.current_claim()
        row = self.table.currentIndex().row()
        self._load_articles()
        self._article_cache = None
        self.model.refresh()
        self._reselect(keep.id if keep else None, near=max(row, 0))
        self._update_counts()

    # -- selection --------------------------------------------------------------------------
    def current_claim(self) -> ClaimRow | None:
        index = self.table.currentIndex()
        return index.data(cm.ObjectRole) if index.isValid() else None

    def _reselect(self, claim_id: int | None, *, near: int) -> None:
        row = self.model.row_of(claim_id, near=near) if claim_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            if claim_id is None:
                self.detail_pane.set_detail(None)
            self._update_actions()
            return
        index = self.model.index(row, cm.COL_QUOTE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._claim_selected(index, QModelIndex())

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def wait_idle(self, msecs: int = 10_000) -> None:
        """Let background reads finish and deliver their results (tests, screenshots)."""
        self.runner.drain(msecs)

    def _article_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.apply_filter()
        a = self.articles_model.article_at(current.row())
        if a is not None and self.current_claim() is None:
            article, claims = self._article(a.id)
            self.article_pane.set_article(article, claims)

    def _article(self, article_id: int) -> tuple[ArticleView, list[ClaimRow]]:
        if self._article_cache is None or self._article_cache[0].id != article_id:
            article = self.ledger.get_article(article_id)
            claims = self.ledger.claims(ClaimFilter(article_id=article_id), sort="id", limit=2000)
            self._article_cache = (article, claims)
        return self._article_cache

    def _claim_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        row = current.data(cm.ObjectRole) if current.isValid() else None
        if row is None:
            return
        try:
            detail = self.ledger.claim(row.id)
            article, claims = self._article(row.article_id)
        except LedgerError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return
        self.detail_pane.set_detail(detail)
        self.article_pane.set_article(article, claims)
        self.article_pane.highlight(row.start, row.end)

    def _update_actions(self) -> None:
        has = self.table.currentIndex().isValid()
        self.record_action.setEnabled(has)

    # -- actions ----------------------------------------------------------------------------
    def open_outcome_dialog(self) -> OutcomeDialog | None:
        claim = self.current_claim()
        if claim is None:
            return None
        dialog = OutcomeDialog(self.ledger, claim, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._outcome_recorded)
        dialog.open()
        self.outcome_dialog = dialog
        return dialog

    def _outcome_recorded(self) -> None:
        self.refresh()
        self.statusBar().showMessage("Outcome recorded.", 4000)

    def set_review(self, review: str) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        try:
            self.ledger.set_review(claim.id, review, expected_version=claim.version)
        except ConflictError as exc:
            QMessageBox.warning(self, "Changed elsewhere", f"{exc}. The claim was reloaded; try again.")
        except LedgerError as exc:
            QMessageBox.warning(self, "Review", str(exc))
        self.refresh()

    def export_csv(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, "Export claims to CSV", "claims.csv",
                                              "CSV files (*.csv);;All files (*)")
        if not path:
            return None
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                n = self.ledger.export_csv(fh, self.model.claim_filter)
        except OSError as exc:
            QMessageBox.critical(self, "Export failed", f"Cannot write {path}: {exc.strerror or exc}")
            return None
        except LedgerError as exc:
            QMessageBox.critical(self, "Export failed", str(exc))
            return None
        self.statusBar().showMessage(f"Exported {n} claims to {path}", 6000)
        return Path(path)

    def _imported(self, results: list, failures: list) -> None:
        created = sum(1 for r in results if r.created)
        claims = sum(r.claims for r in results)
        self.refresh()
        self.statusBar().showMessage(
            f"Imported {created} article{'s' if created != 1 else ''} ({claims} claims)"
            + (f"; {len(results) - created} already in the ledger" if len(results) > created else "")
            + (f"; {len(failures)} failed" if failures else ""), 8000)

    def _focus_search(self) -> None:
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    def _about(self) -> None:
        QMessageBox.about(self, "About Claim Ledger",
                          "<b>Claim Ledger</b><p>Track what people in the news say will happen, "
                          f"and record what did.</p><p>Database: {self.ledger.location}</p>")

    # -- drag and drop ----------------------------------------------------------------------
    @staticmethod
    def _local_files(event) -> list[str]:
        md = event.mimeData()
        return [u.toLocalFile() for u in md.urls() if u.isLocalFile()] if md.hasUrls() else []

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.importer.start(paths)

    # -- settings, closing ------------------------------------------------------------------
    def _restore(self) -> None:
        if self._settings is None:
            return
        for key, target in (("geometry", self.restoreGeometry), ("hsplit", self.hsplit.restoreState),
                            ("vsplit", self.vsplit.restoreState), ("columns", self.table.restore_columns)):
            value = self._settings.value(f"main/{key}")
            if isinstance(value, QByteArray):
                target(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_busy():
            self.runner.cancel_all()
            self.runner.wait(10_000)  # each file is its own transaction: stopping loses nothing confirmed
        if self._settings is not None:
            self._settings.setValue("main/geometry", self.saveGeometry())
            self._settings.setValue("main/hsplit", self.hsplit.saveState())
            self._settings.setValue("main/vsplit", self.vsplit.saveState())
            self._settings.setValue("main/columns", self.table.save_columns())
        super().closeEvent(event)
