"""The article pane: heading (title, outlet, date, link) and the read-only text, with every claim
of the article lightly marked and the selected claim's quote highlighted and scrolled into view.

Claim offsets are Python string indices into ``ArticleView.text``; Qt counts UTF-16 code units,
so positions are converted (identity when the text has no characters outside the BMP).
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from claimledger.services.dto import ArticleView, ClaimRow

CLAIM_MARK = QColor(255, 200, 0, 45)
SELECTED_MARK = QColor(255, 190, 0, 150)


class ArticlePane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setOpenExternalLinks(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        self.editor.setObjectName("articleText")
        self.editor.setAccessibleName("Article text (select words, then N or Claim ▸ Add claim from selection)")
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.editor.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.editor.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        self._article: ArticleView | None = None
        self._claims: list[ClaimRow] = []
        self._wide = False  # text has characters outside the BMP: offsets need converting
        self._selected: tuple[int, int] | None = None
        self.clear()

    @property
    def article_id(self) -> int | None:
        return self._article.id if self._article else None

    def clear(self) -> None:
        self._article, self._claims, self._selected = None, [], None
        self.heading.setText("<i>Select an article or a claim to read its text.</i>")
        self.editor.clear()

    def set_article(self, article: ArticleView, claims: list[ClaimRow] = ()) -> None:
        if self._article is None or article.id != self._article.id or article.text != self._article.text:
            self._article = article
            self._wide = any(ord(ch) > 0xFFFF for ch in article.text)
            self.editor.setPlainText(article.text)
            self.heading.setText(self._heading_html(article))
            self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self._claims = list(claims)
        self._selected = None
        self._apply()

    def highlight(self, start: int, end: int) -> None:
        """Mark ``text[start:end]`` as the selected claim and scroll it into view."""
        if self._article is None:
            return
        n = len(self._article.text)
        start, end = max(0, min(start, n)), max(0, min(end, n))
        self._selected = (start, end)
        self._apply()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt_pos(end))
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        cursor.setPosition(self._qt_pos(start))
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        QTimer.singleShot(0, self.editor.centerCursor)  # again once a new layout has settled

    def selected_range(self) -> tuple[int, int] | None:
        return self._selected

    def text_selection(self) -> tuple[int, int] | None:
        """The analyst's selection in the text as Python offsets (start, end), or None."""
        cursor = self.editor.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        return self._py_pos(cursor.selectionStart()), self._py_pos(cursor.selectionEnd())

    def select_text(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` as the analyst would with the mouse (tests, "find")."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt_pos(start))
        cursor.setPosition(self._qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def highlighted_text(self) -> str:
        """The text under the strong highlight, as Qt sees it (paragraph breaks as ``\\n``)."""
        for sel in self.editor.extraSelections():
            if sel.format.property(QTextFormat.Property.UserProperty) == "selected":
                return sel.cursor.selectedText().replace("\u2029", "\n")
        return ""

    # -- internals --------------------------------------------------------------------------
    def _qt_pos(self, i: int) -> int:
        if not self._wide or self._article is None:
            return i
        return len(self._article.text[:i].encode("utf-16-le")) // 2

    def _py_pos(self, q: int) -> int:
        if not self._wide or self._article is None:
            return q
        n = 0
        for i, ch in enumerate(self._article.text):
            if n >= q:
                return i
            n += 2 if ord(ch) > 0xFFFF else 1
        return len(self._article.text)

    def _selection(self, start: int, end: int, color: QColor, tag: str) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._qt_pos(start))
        cursor.setPosition(self._qt_pos(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setProperty(QTextFormat.Property.UserProperty, tag)
        if tag == "selected":
            fmt.setFontUnderline(True)
        sel.cursor, sel.format = cursor, fmt
        return sel

    def _apply(self) -> None:
        if self._article is None:
            self.editor.setExtraSelections([])
            return
        sels = [self._selection(c.start, c.end, CLAIM_MARK, "claim") for c in self._claims]
        if self._selected:
            sels.append(self._selection(*self._selected, SELECTED_MARK, "selected"))
        self.editor.setExtraSelections(sels)

    @staticmethod
    def _heading_html(a: ArticleView) -> str:
        parts = [f"<b style='font-size:larger'>{html.escape(a.title)}</b>"]
        meta = [a.published_on.isoformat()]
        if a.outlet:
            meta.append(html.escape(a.outlet))
        if a.author:
            meta.append("by " + html.escape(a.author))
        if a.url:
            meta.append(f"<a href='{html.escape(a.url, quote=True)}'>{html.escape(a.url)}</a>")
        meta.append(html.escape(a.origin))
        return parts[0] + "<br>" + " · ".join(meta)

