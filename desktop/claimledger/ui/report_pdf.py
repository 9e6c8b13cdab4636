"""The HTML report as a QTextDocument, for the export dialog's on-screen preview only (the PDF
is laid out by services/pdf_report.py). QTextDocument cannot draw inline <svg>, so each chart is
rendered with QSvgRenderer to an image resource and the <svg> block is replaced by an <img> of
it; services/html_report.py stays untouched."""
from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QSize, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer

SVG_BLOCK = re.compile(r"<svg\b.*?</svg>", re.S | re.I)
SCALE = 2  # images at twice their CSS size: crisp in print


def svg_image(svg: str) -> tuple[QImage, QSize] | None:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    image = QImage(size * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image, size


def report_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    count = 0

    def replace(m: re.Match) -> str:
        nonlocal count
        rendered = svg_image(m.group(0))
        if rendered is None:
            return ""
        image, size = rendered
        count += 1
        name = f"chart{count}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        return f'<p><img src="{name}" width="{size.width()}" height="{size.height()}"></p>'

    doc.setHtml(SVG_BLOCK.sub(replace, html))
    doc.setProperty("charts", count)
    return doc
