"""File ▸ Import from links…: paste one link or many (one a line) and import the articles they
lead to, in the background as files are imported (``ImportController``: progress, cancel, one
line per failure naming the link). Links dropped on the window from a browser go the same way
(``links_in_mime``).

Lines that are not http(s) links are refused in words before anything starts: nothing is
fetched until every line is a link (or blank)."""
from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from claimledger.services.files import is_link

MAX_LINKS = 500  # a paste of a whole page by mistake is refused, not fetched


def split_links(text: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The links in ``text`` (one a line, blank lines skipped, each once, in order) and the lines
    that are not http(s) links, as (line number, line)."""
    links: list[str] = []
    refused: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if is_link(line) and not any(c.isspace() for c in line) and urlsplit(line).hostname:
            if line not in links:
                links.append(line)
        else:
            refused.append((n, line))
    return links, refused


def refusal(refused: list[tuple[int, str]], links: list[str]) -> str:
    """Why nothing starts, in one or two sentences; "" when the links can be imported."""
    if refused:
        n, line = refused[0]
        shown = line if len(line) <= 60 else line[:57] + "…"
        more = f" (and {len(refused) - 1} more line{'s' if len(refused) > 2 else ''})" if len(refused) > 1 else ""
        return (f"Line {n} is not an http or https link: “{shown}”{more}. Only http:// and https:// links can be "
                "imported; remove or fix the line.")
    if not links:
        return "Paste at least one link (http:// or https://), one a line."
    if len(links) > MAX_LINKS:
        return f"{len(links)} links: at most {MAX_LINKS} at a time."
    return ""


def links_in_mime(mime: QMimeData) -> list[str]:
    """The http(s) links a browser drags: its text/uri-list, else plain text that is only links."""
    if mime.hasUrls():
        links = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
        if links:
            return list(dict.fromkeys(links))
    if mime.hasText():
        links, refused = split_links(mime.text())
        if links and not refused:
            return links
    return []


class LinksDialog(QDialog):
    """Collects the links; ``links_chosen(list)`` once every line is a link."""

    links_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, text: str = ""):
        super().__init__(parent)
        self.setWindowTitle("Import from links")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        hint = QLabel("Paste the links of the articles to import, one a line: web pages, PDFs or texts "
                      "(http:// or https://). A link already in the ledger is not imported twice.", self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName("Links, one a line")
        self.edit.setPlaceholderText("https://www.example.com/news/2024/03/05/article.html\nhttps://…")
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.setPlainText(text)
        layout.addWidget(self.edit, 1)
        self.error = QLabel(self)
        self.error.setObjectName("linksError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #d03030")
        layout.addWidget(self.error)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._count)
        self._count()
        self.resize(640, 360)
        self.edit.setFocus()

    def links(self) -> list[str]:
        return split_links(self.edit.toPlainText())[0]

    def _count(self) -> None:
        links, refused = split_links(self.edit.toPlainText())
        parts = [f"{len(links)} link{'s' if len(links) != 1 else ''}"] if links else []
        if refused:
            parts.append(f"{len(refused)} line{'s are' if len(refused) != 1 else ' is'} not a link")
        self.count_label.setText(" · ".join(parts))
        self.error.clear()  # said again at Import, not while the analyst is still typing

    def _import(self) -> None:
        links, refused = split_links(self.edit.toPlainText())
        message = refusal(refused, links)
        if message:
            self.error.setText(message)
            return
        self.links_chosen.emit(links)
        self.accept()


def clipboard_links() -> str:
    """Links on the clipboard (to prefill the dialog), else ""."""
    from PySide6.QtGui import QGuiApplication

    text = QGuiApplication.clipboard().text()
    links, refused = split_links(text)
    return "\n".join(links) + "\n" if links and not refused else ""


def open_links_dialog(window) -> LinksDialog:
    """The dialog, window-modal, its links going to the window's import (``window.importer``)."""
    dialog = LinksDialog(window, text=clipboard_links())
    dialog.links_chosen.connect(window.importer.start)
    dialog.open()
    window.links_dialog = dialog
    return dialog
