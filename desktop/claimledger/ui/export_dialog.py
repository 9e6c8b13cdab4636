"""Export (Ctrl+E): the claims of the current filters, as of the chosen date, in one of the
report formats, with a preview of the first rows; the HTML report also previews rendered and
saves as PDF — the same PDF as ``claimledger export --format pdf`` (services/pdf_report.py), laid
out in the background with a progress bar. Reading and writing run in the background."""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimledger.services import ClaimFilter, LedgerError
from claimledger.services.files import refuse_ledger_file
from claimledger.ui import file_dialogs
from claimledger.ui.report_pdf import report_document
from claimledger.ui.tasks import TaskRunner

PREVIEW_CHARS = 6000


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    suffix: str
    file_filter: str


FORMATS = (
    Format("csv", "CSV — one row per claim", ".csv", "CSV files (*.csv)"),
    Format("events", "CSV — one row per outcome event (audit)", ".csv", "CSV files (*.csv)"),
    Format("json", "JSON — complete dump (re-importable)", ".json", "JSON files (*.json)"),
    Format("claimreview", "ClaimReview — schema.org JSON-LD", ".jsonld", "JSON-LD files (*.jsonld *.json)"),
    Format("html", "HTML report — printable, charts included", ".html", "HTML files (*.html)"),
)


class _Enough(Exception):
    pass


class _Head(io.StringIO):
    """A stream that stops the export once it holds enough for a preview."""

    def write(self, s: str) -> int:
        n = super().write(s)
        if self.tell() >= PREVIEW_CHARS:
            raise _Enough
        return n


def write_export(ledger, key: str, out, f: ClaimFilter, *, excel: bool = False) -> int:
    if key == "csv":
        return ledger.reports.export_csv(out, f, excel=excel)
    if key == "events":
        return ledger.reports.export_events_csv(out, f, excel=excel)
    if key == "json":
        return ledger.dump.export_json(out, f)
    if key == "claimreview":
        return ledger.reports.export_claimreview(out, f)
    if key == "html":
        return ledger.reports.export_html(out, f)
    raise ValueError(key)


def preview_text(ledger, key: str, f: ClaimFilter) -> str:
    out = _Head()
    try:
        write_export(ledger, key, out, f)
    except _Enough:
        return out.getvalue()[:PREVIEW_CHARS] + "\n…"
    return out.getvalue()


def describe(f: ClaimFilter, as_of) -> str:
    parts = [f"as of <b>{as_of.isoformat()}</b>"]
    if f.search:
        parts.append(f"search “{f.search}”")
    for name, values in (("status", f.statuses), ("kind", f.kinds), ("review", f.reviews)):
        if values:
            parts.append(f"{name} {', '.join(sorted(v.replace('_', ' ') for v in values))}")
    if f.overdue_only:
        parts.append("overdue only")
    if f.speaker_id is not None:
        parts.append(f"speaker #{f.speaker_id}")
    if f.article_id is not None:
        parts.append(f"article #{f.article_id}")
    if f.tag:
        parts.append(f"tag {f.tag}")
    if f.due_after or f.due_before:
        parts.append(f"deadline {f.due_after or '…'} – {f.due_before or '…'}")
    return " · ".join(parts)


class ExportDialog(QDialog):
    def __init__(self, ledger, f: ClaimFilter, count: int, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export claims")
        self.resize(820, 600)
        self._ledger, self._filter, self._runner = ledger, f, runner
        self._generation = 0
        self.saved: list[Path] = []
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName("Export format")
        for fmt in FORMATS:
            self.format_combo.addItem(fmt.label, fmt.key)
        self.excel_check = QCheckBox("For Excel (byte-order mark)", self)
        scope = QLabel(f"{count:,} claim{'s' if count != 1 else ''} — {describe(f, f.as_of or ledger.uow.today())}", self)
        scope.setWordWrap(True)
        scope.setTextFormat(Qt.TextFormat.RichText)
        self.text_preview = QPlainTextEdit(self)
        self.text_preview.setReadOnly(True)
        self.text_preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_preview.setAccessibleName("Export preview")
        self.html_preview = QTextBrowser(self)
        self.html_preview.setAccessibleName("Report preview")
        self.html_preview.setStyleSheet("QTextBrowser { background: white; color: black; }")  # paper
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.text_preview)
        self.stack.addWidget(self.html_preview)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)  # shown while the PDF is laid out
        self.progress.setAccessibleName("PDF progress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        self._pdf_task = None

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton("&Save…", self)
        self.pdf_button = QPushButton("Save as &PDF…", self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_file)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.format_combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())

        form = QFormLayout()
        form.addRow("&Format:", self.format_combo)
        form.addRow("", self.excel_check)
        form.addRow("Claims:", scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview (the first rows):", self))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.refresh_preview()

    def format(self) -> Format:
        return FORMATS[self.format_combo.currentIndex()]

    def set_format(self, key: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def refresh_preview(self) -> None:
        fmt = self.format()
        self.excel_check.setEnabled(fmt.key in ("csv", "events"))
        self.pdf_button.setVisible(fmt.key == "html")
        self.stack.setCurrentIndex(1 if fmt.key == "html" else 0)
        self._generation += 1
        generation, ledger, f = self._generation, self._ledger, self._filter
        self.status_label.setText("Reading…")

        def show(text: str) -> None:
            if generation != self._generation:
                return
            if fmt.key == "html":
                self._doc = report_document(text)  # the browser does not own it
                self.html_preview.setDocument(self._doc)
            else:
                self.text_preview.setPlainText(text)
            if self.status_label.text() == "Reading…":
                self.status_label.setText("")

        def work(_task):
            if fmt.key == "html":
                out = io.StringIO()
                write_export(ledger, "html", out, f)
                return out.getvalue()
            return preview_text(ledger, fmt.key, f)

        self._runner.run(work, on_success=show, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(f"<b style='color:#d03030'>Export failed: {exc}</b>")

    def choose_file(self) -> None:
        fmt = self.format()
        path = file_dialogs.get_save_file_name(self, "Export claims", f"claims{fmt.suffix}",
                                               f"{fmt.file_filter};;All files (*)")
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> None:
        """Write the export in the background; the label says where it went (or what failed)."""
        fmt, ledger, f, excel = self.format(), self._ledger, self._filter, self.excel_check.isChecked()
        path = Path(path)

        def work(_task):
            refuse_ledger_file(path, "choose another file name for the export")
            with open(path, "w", encoding="utf-8", newline="") as out:
                return write_export(ledger, fmt.key, out, f, excel=excel and self.excel_check.isEnabled())

        def done(n: int) -> None:
            self.saved.append(path)
            self.status_label.setText(f"Exported {n:,} claim{'s' if n != 1 else ''} to {path}")

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.status_label.setText(f"<b style='color:#d03030'>Cannot write {path}: {reason}.</b> "
                                      "Choose another folder or file name.")

        self.status_label.setText(f"Writing {path}…")
        self._runner.run(work, on_success=done, on_failure=failed)

    def choose_pdf(self) -> None:
        path = file_dialogs.get_save_file_name(self, "Save report as PDF", "claim-report.pdf",
                                               "PDF files (*.pdf);;All files (*)")
        if path:
            self.save_pdf(path)

    def save_pdf(self, path: str | Path) -> bool:
        """Lay the report out as PDF in the background (``ledger.reports.export_pdf``, as the command
        line does), into a file beside ``path`` renamed when complete; a progress bar counts the
        pages. Returns whether it started (False: a PDF is already being made, or the path is the
        ledger's own file)."""
        if self._pdf_task is not None:
            self.status_label.setText("A PDF is already being made; wait for it to finish.")
            return False
        path = Path(path)
        try:
            refuse_ledger_file(path, "choose another file name for the report")
        except LedgerError as exc:
            self.status_label.setText(f"<b style='color:#d03030'>Cannot write {exc}.</b>")
            return False
        ledger, f = self._ledger, self._filter
        part = path.with_name(f".{path.name}.part")

        def work(task):
            try:
                with open(part, "wb") as out:
                    n = ledger.reports.export_pdf(out, f, progress=task.progress)
                os.replace(part, path)
            except BaseException:
                part.unlink(missing_ok=True)
                raise
            return n

        def progress(done: int, total: int, message: str) -> None:
            self.progress.setRange(0, total)  # total 0: busy (pages are counted as they are laid out)
            self.progress.setValue(done)
            self.progress.setFormat(message or "%v")
            self.status_label.setText(message)

        def finished() -> None:
            self._pdf_task = None
            self.progress.hide()
            self.pdf_button.setEnabled(True)

        def done(n: int) -> None:
            finished()
            self.saved.append(path)
            self.status_label.setText(f"Saved the report of {n:,} claim{'s' if n != 1 else ''} as PDF to {path}")

        def failed(exc: BaseException) -> None:
            finished()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            self.status_label.setText(f"<b style='color:#d03030'>Cannot write {path}: {reason}.</b> "
                                      "Choose another folder or file name.")

        self.pdf_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setFormat("Reading the report…")
        self.progress.show()
        self.status_label.setText(f"Making {path}…")
        self._pdf_task = self._runner.run(work, on_success=done, on_failure=failed, on_progress=progress)
        return True
