"""A PDF's text layer as an article's text, pages kept (pdfminer.six's layout analysis).

Pure: the caller reads the file; pdfminer parses the bytes in memory.

The stored text is the pages' text in order with a form feed (U+000C) where a page ends, so a
claim's page is computed from its offset and nothing else is stored: ``page_at(text, start)``
is 1 + the number of form feeds before it. A page that ends at a paragraph's end is followed by
"\\n\\f\\n" (a paragraph break for the sentence splitter); a sentence that runs on to the next page
has only "\\f" there (white space inside the sentence). Inside a paragraph the lines are joined
with spaces and a word hyphenated at a line end is joined again. Running heads and feet (a line
repeated at the top or bottom of most pages) and bare page numbers are left out.

Refused with one line: a file that is not a PDF or is damaged, an encrypted one that needs a
password, one with no text layer (a scan without OCR), one too large.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from datetime import date

from dataclasses import dataclass


class PdfError(ValueError):
    """Not a readable PDF with text; the message says why in one line (the caller names the file)."""


@dataclass(frozen=True, slots=True)
class PdfText:
    text: str
    title: str | None
    published: date | None

logging.getLogger("pdfminer").addHandler(logging.NullHandler())  # its warnings on odd files: not for the user
logging.getLogger("pdfminer").setLevel(logging.ERROR)

MAX_PDF_BYTES = 50 * 1024 * 1024  # a long report with pictures; its text is capped like any article's
MAX_TEXT_CHARS = 5 * 1024 * 1024
PAGE_BREAK = "\f"

_PAGE_NUMBER = re.compile(r"(?i)\A[\s\-\u2013\u2014]*(?:page|p\.|seite)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\s\-\u2013\u2014]*\Z")
_SENTENCE_END = re.compile(r"[.!?:\u2026][\"'\u201d\u2019)\]]*\Z")
_PDF_DATE = re.compile(r"\A(?:D:)?(\d{4})(\d{2})(\d{2})")


def page_at(text: str, offset: int) -> int:
    """The page (1-based) of the character at ``offset`` of a text imported from a PDF (any
    text: without form feeds, everything is on page 1)."""
    return text.count(PAGE_BREAK, 0, offset) + 1


def _unwrap(block: str) -> str:
    """A paragraph's lines as one line: a word broken with a hyphen at a line end joined again."""
    lines = [" ".join(line.split()) for line in block.split("\n")]
    out = ""
    for line in filter(None, lines):
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and out[-2].islower() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


def _key(paragraph: str) -> str:
    return re.sub(r"\d+", "#", paragraph.casefold())


def _pages(raw: bytes) -> list[list[str]]:
    from pdfminer.high_level import extract_text  # 0.26 s to import: only when a PDF is read
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        text = extract_text(io.BytesIO(raw))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise PdfError("the PDF is encrypted and needs a password; save an unprotected copy and import that") from None
    except Exception as exc:  # pdfminer raises many kinds on a broken file (PDFSyntaxError, KeyError, ...)
        if type(exc).__name__.startswith("PDFPassword") or "password" in str(exc).lower():
            raise PdfError("the PDF is encrypted and needs a password; save an unprotected copy and import that") from None
        raise PdfError(f"the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    pages = text.split(PAGE_BREAK)
    if pages and not pages[-1].strip():
        pages.pop()  # pdfminer ends every page, the last one too, with a form feed
    return [[p for p in (_unwrap(b) for b in re.split(r"\n\s*\n", page)) if p] for page in pages]


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Pages without bare page numbers and without the heads and feet repeated on most pages."""
    edges = Counter()
    for paras in pages:
        for key in {_key(p) for p in paras[:2] + paras[-2:]}:
            edges[key] += 1
    running = {k for k, n in edges.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
    out = []
    for paras in pages:
        n = len(paras)
        keep = [p for i, p in enumerate(paras)
                if not _PAGE_NUMBER.match(p) and not ((i < 2 or i >= n - 2) and _key(p) in running)]
        out.append(keep)
    return out


def _metadata(raw: bytes) -> tuple[str | None, date | None]:
    """(Title, CreationDate) from the document's info dictionary, each None where pdfminer finds
    none (the document is parsed once for both)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.utils import decode_text

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(raw)))
        info = doc.info[0] if doc.info else {}
    except Exception:
        return None, None
    title = published = None
    try:
        value = info.get("Title")
        title = " ".join((decode_text(value) if isinstance(value, bytes) else str(value or "")).split())[:300] or None
    except Exception:
        pass
    try:
        value = info.get("CreationDate")
        value = value.decode("latin-1") if isinstance(value, bytes) else str(value or "")
        m = _PDF_DATE.match(value)
        published = date(int(m[1]), int(m[2]), int(m[3])) if m else None
    except Exception:
        pass
    return title, published


def read_pdf(raw: bytes) -> PdfText:
    """The text (pages kept) and metadata of a PDF file (see module doc), or PdfError in one line."""
    if len(raw) > MAX_PDF_BYTES:
        raise PdfError(f"the PDF is too large ({len(raw) / 1048576:.1f} MiB; at most {MAX_PDF_BYTES // 1048576} MiB)")
    if not raw.lstrip()[:5] == b"%PDF-":
        raise PdfError("not a PDF file (it does not start with %PDF-)")
    pages = _drop_running_lines(_pages(raw))
    if not any(pages):
        raise PdfError("the PDF has no text layer (a scan?); run it through OCR first and import the result")
    text = ""
    for i, paras in enumerate(pages):
        body = "\n\n".join(paras)
        if i:
            text += PAGE_BREAK if not _SENTENCE_END.search(text) and body[:1].islower() else "\n" + PAGE_BREAK + "\n"
        text += body
    if len(text) > MAX_TEXT_CHARS:
        raise PdfError(f"the PDF's text is too long for an article ({len(text) // 1024} KiB)")
    title, published = _metadata(raw)
    return PdfText(text=text, title=title, published=published)
