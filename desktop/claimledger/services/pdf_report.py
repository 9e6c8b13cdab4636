"""The HTML report as PDF, laid out by WeasyPrint (a CSS engine for paged media: ``@page``, running
headers and footers, ``counter(pages)``, ``target-counter()`` for the contents' page numbers).

No Qt here: the command line and the window (in a background task) call the same function.
WeasyPrint needs Pango (Debian: libpango-1.0-0, libpangoft2-1.0-0, libharfbuzz-subset0 and a font
such as fonts-dejavu-core); without them ``PdfUnavailable`` says which packages to install.

Nothing is fetched: the report is self-contained, and the URL fetcher allows ``data:`` only.
Progress comes from WeasyPrint's own progress log ("Creating layout - Page N"), read on the
rendering thread only, so two renders at once do not see each other's pages.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import IO

from claimledger.services.errors import LedgerError

Progress = Callable[[int, int, str], None]  # (done, total, message); total 0: not known yet

SYSTEM_PACKAGES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core"


class PdfUnavailable(LedgerError):
    """WeasyPrint or the system libraries it loads are missing."""


def _weasyprint():
    try:
        import weasyprint
    except ImportError as exc:
        raise PdfUnavailable(f"cannot make PDF: WeasyPrint is missing ({exc}); install the project's dependencies") from None
    except OSError as exc:  # cffi could not load Pango or GObject
        raise PdfUnavailable(f"cannot make PDF: a system library is missing ({exc}); on Debian or Ubuntu: "
                             f"sudo apt-get install {SYSTEM_PACKAGES}") from None
    return weasyprint


class _PageLog(logging.Handler):
    """Turns WeasyPrint's progress records of this thread into ``progress(page, 0, message)``."""

    def __init__(self, progress: Progress):
        super().__init__(logging.INFO)
        self.progress = progress
        self.thread = threading.get_ident()
        self.pages = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        msg = record.msg
        if isinstance(msg, str) and msg.startswith("Step 5") and "up-to-date" not in msg and record.args:
            self.pages = max(self.pages, int(record.args[0]))
            self.progress(self.pages, 0, f"Laying out page {self.pages}…")


def write_pdf(html: str, out: IO[bytes], *, title: str = "Claim report", progress: Progress | None = None) -> int:
    """Lay out ``html`` (the report, with its print CSS) as A4 PDF into ``out``; returns the page count."""
    weasyprint = _weasyprint()
    log = logging.getLogger("weasyprint.progress")
    handler = _PageLog(progress) if progress else None
    if handler:
        log.addHandler(handler)
        if log.level == logging.NOTSET or log.level > logging.INFO:
            log.setLevel(logging.INFO)
        log.propagate = False  # the page log is ours to show, not the console's
    try:
        fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
        document = weasyprint.HTML(string=html, url_fetcher=fetcher, base_url="about:blank").render()
        pages = len(document.pages)
        if progress:
            progress(pages, pages, f"Writing {pages} pages…")
        document.metadata.title = document.metadata.title or title
        document.write_pdf(out)
    finally:
        if handler:
            log.removeHandler(handler)
    return pages
