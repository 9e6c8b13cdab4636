"""The claim details pane: who said it, what kind, the deadline window, status and review, the
articles reporting it when there are several (the earliest marked as its origin, each further
source with an "unlink" link), and the outcome history as a dated list with evidence links.
Buttons and links ask the window to act."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from claimledger.domain import Status
from claimledger.extraction.pdf import PAGE_BREAK, page_at
from claimledger.services.dto import ArticleView, ClaimDetail


def _e(value) -> str:
    return html.escape(str(value)) if value not in (None, "") else "<span style='color:gray'>—</span>"


def _status_label(value: str) -> str:
    try:
        return Status(value).label
    except ValueError:
        return value


def timeliness(days: int) -> str:
    """``days_early_or_late`` in words: "12 days early", "1 day late", "on the deadline day"."""
    if not days:
        return "on the deadline day"
    return f"{abs(days)} day{'s' if abs(days) != 1 else ''} {'early' if days < 0 else 'late'}"


def pdf_page(article: ArticleView | None, start: int) -> int | None:
    """The page of a claim in an article imported from a PDF (its pages end with form feeds);
    None for other articles."""
    if article is None:
        return None
    if PAGE_BREAK in article.text or article.origin.lower().endswith(".pdf"):
        return page_at(article.text, start)
    return None


def detail_html(d: ClaimDetail, page: int | None = None) -> str:
    r = d.row
    speaker = _e(r.speaker)
    if r.speaker_affiliation:
        speaker += f" <span style='color:gray'>({html.escape(r.speaker_affiliation)})</span>"
    status = html.escape(_status_label(r.status))
    if r.overdue:
        status += " <b style='color:#c81e1e'>overdue</b>"
    timing = d.days_early_or_late
    if timing is not None:
        status += f" — {timeliness(timing)}"
    window = ""
    if r.deadline_earliest or r.deadline_latest:
        window = f"{_e(r.deadline_earliest.isoformat() if r.deadline_earliest else '…')} – " \
                 f"{_e(r.deadline_latest.isoformat() if r.deadline_latest else '…')}"
        if r.deadline_granularity:
            window += f" ({html.escape(r.deadline_granularity)})"
    rows = [
        ("Speaker", speaker),
        ("Kind", _e(r.kind) + (" <i>(negated)</i>" if d.negated else "")),
        ("Modality", _e(d.modality)),
        ("Condition", _e(d.condition)),
        ("Deadline", f"“{html.escape(r.deadline_expression)}”" if r.deadline_expression else _e(None)),
        ("Window", window or _e(None)),
        ("Status", status),
        ("Review", _e(r.review)),
        ("Article", f"{html.escape(r.article_title)} ({r.published_on.isoformat()})"
                    + (f", p.&nbsp;{page}" if page is not None else "")),
    ]
    if r.tags:
        rows.append(("Tags", _e(r.tags)))
    table = "".join(f"<tr><td style='color:gray;padding-right:8px'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    out = [f"<p><b>Claim #{r.id}</b></p>", f"<blockquote>“{html.escape(r.quote)}”</blockquote>",
           f"<table cellspacing='2'>{table}</table>", *sources_html(d),
           f"<p><a href='{LINK_SCHEME}:'>Same claim as…</a> <span style='color:gray'>(another claim reports the "
           f"same: this one becomes its source)</span></p>", "<h4>Outcome history</h4>"]
    if not d.history:
        out.append("<p style='color:gray'>No outcome recorded yet (pending).</p>")
    else:
        items = []
        for ev in reversed(d.history):  # newest first
            line = f"<b>{ev.observed_on.isoformat()}</b> — {html.escape(_status_label(ev.status))}"
            evidence = ev.all_evidence
            for n, (url, quote) in enumerate(evidence, 1):
                if url:
                    label = "evidence" if len(evidence) == 1 else f"evidence {n}"
                    line += f" — <a href='{html.escape(url, quote=True)}'>{label}</a>"
                if quote:
                    line += f"<br><i>“{html.escape(quote)}”</i>"
            if ev.note:
                line += f"<br>{html.escape(ev.note)}"
            line += (f"<br><span style='color:gray'>recorded {ev.recorded_at:%Y-%m-%d %H:%M} by "
                     f"{html.escape(ev.author)}</span>")
            items.append(f"<li>{line}</li>")
        out.append("<ul>" + "".join(items) + "</ul>")
    return "".join(out)


UNLINK_SCHEME = "claimledger-unlink"  # href of a source's "unlink" link: claimledger-unlink:ARTICLE_ID
LINK_SCHEME = "claimledger-link"  # href of "Same claim as…" (no button: the pane stays as narrow as it was)


def sources_html(d: ClaimDetail) -> list[str]:
    """The articles reporting the claim, earliest first, when there are several."""
    if not d.sources:
        return []
    items = []
    for s in d.sources:
        role = "origin" if s.origin else ("this claim's article" if s.own else "")
        tags = [t for t in (role, "" if s.own else f"linked {'by hand' if s.linked_by == 'analyst' else 'on import'}") if t]
        title = html.escape(s.title)
        if s.url:
            title = f"<a href='{html.escape(s.url, quote=True)}'>{title}</a>"
        line = (f"<b>{s.published_on.isoformat()}</b> — {title}"
                + (f" ({html.escape(s.outlet)})" if s.outlet else "")
                + (f" <span style='color:gray'>[{', '.join(tags)}]</span>" if tags else "")
                + ("" if s.own else f" <a href='{UNLINK_SCHEME}:{s.article_id}'>unlink</a>")
                + f"<br><i>“{html.escape(s.quote)}”</i>")
        items.append(f"<li>{line}</li>")
    return [f"<h4>Reported by {len(d.sources)} articles</h4>", "<ul>" + "".join(items) + "</ul>"]


class ClaimDetailPane(QWidget):
    record_outcome_requested = Signal()
    review_requested = Signal(str)
    link_requested = Signal()  # "Same claim as…": the claim becomes a source of another
    unlink_requested = Signal(int)  # article id of the source to make a claim of its own again
    suggestions_requested = Signal(int)  # a claim id: its possible outcomes in the queue

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # links: evidence and articles open outside; "unlink" asks the window
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.setObjectName("claimDetail")
        self.record_button = QPushButton("Record outcome…", self)
        self.accept_button = QPushButton("Accept", self)
        self.reject_button = QPushButton("Reject", self)
        self.accept_button.setToolTip("Mark the extracted claim as correct")
        self.reject_button.setToolTip("Mark the extracted claim as not a claim")
        self.record_button.clicked.connect(self.record_outcome_requested)
        self.accept_button.clicked.connect(lambda: self.review_requested.emit("accepted"))
        self.reject_button.clicked.connect(lambda: self.review_requested.emit("rejected"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        # possible outcomes that later articles suggest for this claim (issue 17)
        self.suggestions_label = QLabel(self)
        self.suggestions_label.setObjectName("claimSuggestions")
        self.suggestions_label.setWordWrap(True)
        self.suggestions_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions_label.linkActivated.connect(
            lambda _link: self.detail is not None and self.suggestions_requested.emit(self.detail.row.id))
        self.suggestions_label.hide()
        layout.addWidget(self.suggestions_label)
        layout.addLayout(buttons)
        self.detail: ClaimDetail | None = None
        self.page: int | None = None  # the claim's page in a PDF article
        self.set_detail(None)

    def set_detail(self, detail: ClaimDetail | None, page: int | None = None) -> None:
        """The claim's details; ``page``: its page in a PDF article (``pdf_page``)."""
        if detail is None or self.detail is None or self.detail.row.id != detail.row.id:
            self.suggestions_label.hide()  # another claim: its own come from the window (set_suggestions)
        self.detail = detail
        self.page = page if detail is not None else None
        for b in (self.record_button, self.accept_button, self.reject_button):
            b.setEnabled(detail is not None)
        if detail is None:
            self.browser.setHtml("<p style='color:gray'>Select a claim to see its details and outcome history.</p>")
            return
        self.browser.setHtml(detail_html(detail, page))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.link_requested.emit()
            return
        if url.scheme() == UNLINK_SCHEME:
            try:
                self.unlink_requested.emit(int(url.path()))
            except ValueError:
                pass
            return
        QDesktopServices.openUrl(url)

    def set_suggestions(self, rows: list) -> None:
        """The claim's open possible outcomes (services.suggestions.SuggestionView), best first."""
        if not rows:
            self.suggestions_label.hide()
            return
        items = "".join(f"<li>{_e(s.status.replace('_', ' '))} on {s.observed_on.isoformat()} "
                        f"(score {s.score:.2f}): “{_e(s.evidence_quote[:160])}”</li>" for s in rows[:3])
        self.suggestions_label.setText(
            f"<b>Possible outcomes</b> from later articles ({len(rows)}): <ul style='margin:0'>{items}</ul>"
            "<a href='review'>Review them…</a>")
        self.suggestions_label.show()

    def history_text(self) -> str:
        return self.browser.toPlainText()
