"""Edit ▸ Paste as article (Ctrl+Shift+V): the clipboard as a new article. HTML (copied from a
browser) goes through the same extractor as web pages (``parse_article``: the article body,
its title, date, site name and link); plain text is taken as it is. The analyst checks the
title, date, outlet and link (the date is required: deadlines such as "next month" are read
from it) and OK imports it through the importer's bytes path, in the background like any
import; the new article is then selected."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from claimledger.extraction.article import ArticleError, parse_article
from claimledger.services.files import is_link

ORIGIN = "clipboard"


@dataclass(frozen=True, slots=True)
class Clipped:
    """What the clipboard holds, read as an article (fields empty when it does not say)."""

    text: str
    title: str = ""
    published: date | None = None
    outlet: str = ""
    url: str = ""
    source: str = "text"  # "html" when read from HTML, "text" otherwise


def read_clipboard(mime: QMimeData | None) -> Clipped:
    """HTML through the web-page extractor (falling back to the plain text when it finds no
    article in it, as in a copied fragment of a few words); plain text as is."""
    if mime is None:
        return Clipped("")
    plain = mime.text() if mime.hasText() else ""
    if mime.hasHtml():
        try:
            parsed = parse_article(mime.html().encode("utf-8"), filename="clipboard.html")
        except ArticleError:
            parsed = None
        if parsed is not None and parsed.text.strip():
            return Clipped(parsed.text, parsed.title or "", parsed.published, parsed.outlet or "", parsed.url or "",
                           "html")
    return Clipped(plain)


class PasteArticleDialog(QDialog):
    """Collects the article; ``submitted(dict)`` carries ``import_bytes``' arguments."""

    submitted = Signal(dict)

    def __init__(self, clipped: Clipped, *, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._today = today
        self.setWindowTitle("Paste as article")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        source = ("Read from the web page on the clipboard: the article's text only." if clipped.source == "html"
                  else "The text on the clipboard, as it is.")
        hint = QLabel(f"{source} Check the title and the date it was published, then Import.", self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.title_edit = QLineEdit(clipped.title, self)
        self.title_edit.setPlaceholderText("(the first line of the text)")
        self.date_edit = QLineEdit(clipped.published.isoformat() if clipped.published else "", self)
        self.date_edit.setPlaceholderText("YYYY-MM-DD (required)")
        self.date_edit.setMaxLength(10)
        self.outlet_edit = QLineEdit(clipped.outlet, self)
        self.outlet_edit.setPlaceholderText("(optional) e.g. Reuters")
        self.url_edit = QLineEdit(clipped.url, self)
        self.url_edit.setPlaceholderText("(optional) https://…")
        form.addRow("&Title:", self.title_edit)
        form.addRow("&Published on:", self.date_edit)
        form.addRow("&Outlet:", self.outlet_edit)
        form.addRow("&Link:", self.url_edit)
        layout.addLayout(form)
        self.text_edit = QPlainTextEdit(clipped.text, self)
        self.text_edit.setAccessibleName("Article text")
        self.text_edit.setPlaceholderText("The clipboard holds no text: paste or type the article here.")
        layout.addWidget(self.text_edit, 1)
        self.error = QLabel(self)
        self.error.setObjectName("pasteError")
        self.error.setStyleSheet("color: #d03030")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.date_edit, self.url_edit):
            edit.textChanged.connect(lambda _t: self.error.clear())
        self.resize(640, 480)
        (self.date_edit if not clipped.published else self.title_edit).setFocus()

    def problem(self) -> str:
        """What stops the import, in one line; "" when nothing does."""
        if not self.text_edit.toPlainText().strip():
            return "There is no text to import: paste or type the article."
        text = self.date_edit.text().strip()
        if not text:
            return "The publication date is required (YYYY-MM-DD): deadlines like “next month” are read from it."
        try:
            d = date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            d = None
        if d is None:
            return f"“{text}” is not a date: write it as YYYY-MM-DD, e.g. 2021-07-06."
        if d > self._today:
            return f"{d.isoformat()} is after today: an article cannot have been published yet."
        url = self.url_edit.text().strip()
        if url and not (is_link(url) and urlsplit(url).hostname):
            return f"“{url}” is not an http or https link: correct it or leave it empty."
        return ""

    def values(self) -> dict:
        """``import_bytes``' arguments (the text as UTF-8; empty fields left to the text)."""
        return {"raw": self.text_edit.toPlainText().encode("utf-8"), "origin": ORIGIN,
                "published": date.fromisoformat(self.date_edit.text().strip()),
                "title": self.title_edit.text().strip() or None, "outlet": self.outlet_edit.text().strip() or None,
                "url": self.url_edit.text().strip() or None}

    def _submit(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            return
        self.submitted.emit(self.values())
        self.accept()


def select_article(window, article_id: int) -> None:
    """The article selected in the window's list (its claims shown), once it is in the ledger."""
    model = window.articles_model
    model.refresh()
    window.articles_view.setCurrentIndex(model.index(model.row_of(article_id)))
    window.articles_view.scrollTo(window.articles_view.currentIndex())


def open_paste_dialog(window) -> PasteArticleDialog:
    """Edit ▸ Paste as article: the dialog, prefilled from the clipboard; OK imports (``window.importer``)."""
    from PySide6.QtGui import QGuiApplication

    clipped = read_clipboard(QGuiApplication.clipboard().mimeData())
    dialog = PasteArticleDialog(clipped, today=window.ledger.uow.today(), parent=window)

    def submitted(values: dict) -> None:
        raw = values.pop("raw")
        window.importer.start_bytes(raw, then=lambda result: select_article(window, result.article_id), **values)

    dialog.submitted.connect(submitted)
    dialog.open()
    window.paste_dialog = dialog
    return dialog
