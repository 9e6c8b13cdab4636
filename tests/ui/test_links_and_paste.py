"""Issue 16 in the window: File ▸ Import from links…, links dropped from a browser and
Edit ▸ Paste as article. Offline: a throwaway http.server on 127.0.0.1 serves the fixture pages."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from claimledger.services import ClaimFilter
from claimledger.ui.link_import import links_in_mime, refusal, split_links
from helpers.web import WEB, QuietHandler, serving, without_proxies
from ui_helpers import open_window


class Handler(QuietHandler):
    def do_GET(self):
        route = self.path.split("?")[0]
        if route == "/rates":
            self.page("og_meta.html")
        elif route == "/port":
            self.page("json_ld.html")
        elif route.startswith("/slow"):
            time.sleep(0.4)
            self.page("og_meta.html")
        elif route == "/image":
            self.send(b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self.send(b"gone", "text/plain", 404)


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    without_proxies(monkeypatch)


def test_lines_that_are_not_links_are_refused_in_words():
    links, refused = split_links("https://a.example/x\n\n  ftp://b.example/y\nhttps://a.example/x\nnotes about it\nhttp://")
    assert links == ["https://a.example/x"]
    assert [n for n, _line in refused] == [3, 5, 6]
    message = refusal(refused, links)
    assert message.startswith("Line 3 is not an http or https link: “ftp://b.example/y” (and 2 more lines)")
    assert refusal([], []) .startswith("Paste at least one link")
    assert refusal([], links) == ""


def test_the_dialog_refuses_a_bad_line_and_starts_nothing(qtbot, ledger, settings, server):
    w = open_window(qtbot, ledger, settings)
    QGuiApplication.clipboard().setText("")
    w.menus.import_links_action.trigger()
    dialog = w.links_dialog
    assert dialog.isVisible()
    dialog.edit.setPlainText(f"{server}/rates\nfile:///etc/passwd\n")
    dialog.import_button.click()
    assert "Line 2 is not an http or https link" in dialog.error.text()
    assert dialog.count_label.text() == "1 link · 1 line is not a link"
    assert dialog.isVisible() and not w.importer.is_running()
    assert ledger.reader.list_articles() == []


def test_links_import_in_the_background_with_failures_named_and_duplicates_reported(qtbot, ledger, settings, server):
    w = open_window(qtbot, ledger, settings)
    QGuiApplication.clipboard().setText(f"{server}/rates\n{server}/image\n")
    w.menus.import_links_action.trigger()
    dialog = w.links_dialog
    assert dialog.edit.toPlainText().split() == [f"{server}/rates", f"{server}/image"]  # prefilled
    seen = []
    real = w.import_progress.set_progress
    w.import_progress.set_progress = lambda d, t, m: (seen.append(m), real(d, t, m))
    dialog.import_button.click()
    assert not dialog.isVisible() and w.importer.is_running()
    qtbot.waitUntil(lambda: w.importer.failures_dialog is not None, timeout=30_000)
    failures = w.importer.failures_dialog
    texts = [failures.list.item(i).text() for i in range(failures.list.count())]
    assert texts == [f"{server}/image: the link serves image/png, not an article (HTML, text or PDF)"]
    assert failures.windowTitle() == "Some links were not imported"
    assert f"Fetching {server}/rates" in seen
    w.wait_idle()
    (article,) = ledger.reader.list_articles()
    assert article.title == "Central bank to cut rates in June, governor says"
    assert ledger.reader.count_claims(ClaimFilter()) > 0
    assert w.articles_model.rowCount() == 2
    failures.close()

    w.importer.start([f"{server}/rates"])  # again: already in the ledger, not fetched twice
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=30_000)
    assert f"1 already in the ledger ({server}/rates)" in w.statusBar().currentMessage()
    assert len(ledger.reader.list_articles()) == 1


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")  # PySide6 marks its only constructor
def test_a_link_dropped_from_a_browser_is_imported(qtbot, ledger, settings, server):
    w = open_window(qtbot, ledger, settings)
    mime = QMimeData()
    mime.setUrls([QUrl(f"{server}/port")])
    assert links_in_mime(mime) == [f"{server}/port"]
    plain = QMimeData()
    plain.setText(f"{server}/port")
    assert links_in_mime(plain) == [f"{server}/port"]
    words = QMimeData()
    words.setText("see https://example.org for more")
    assert links_in_mime(words) == []
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    w.dragEnterEvent(enter)
    assert enter.isAccepted()
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, words, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    w.dragEnterEvent(refused)
    assert not refused.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert w.importer.is_running()
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=30_000)
    assert len(ledger.reader.list_articles()) == 1


def test_paste_html_reads_the_page_and_selects_the_new_article(qtbot, ledger, settings):
    w = open_window(qtbot, ledger, settings)
    mime = QMimeData()
    mime.setHtml((WEB / "og_meta.html").read_text(encoding="utf-8"))
    mime.setText("Central bank to cut rates in June")
    QGuiApplication.clipboard().setMimeData(mime)
    w.menus.paste_article_action.trigger()
    dialog = w.paste_dialog
    assert dialog.title_edit.text() == "Central bank to cut rates in June, governor says"
    assert dialog.date_edit.text() == "2024-03-01"
    assert dialog.outlet_edit.text() == "The Daily Ledger"
    assert dialog.url_edit.text() == "https://news.example.org/2024/03/01/rates-cut"
    text = dialog.text_edit.toPlainText()
    assert "governor Maria Lopez said" in text and "cookies" not in text  # the body only
    dialog.outlet_edit.setText("Ledger Daily")
    dialog.import_button.click()
    assert "after today" in dialog.error.text()  # the fixture's today is 2021-09-01
    dialog.date_edit.setText("2021-08-30")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=30_000)
    w.wait_idle()
    (article,) = ledger.reader.list_articles()
    assert article.outlet == "Ledger Daily" and article.published_on.isoformat() == "2021-08-30"
    assert w.selected_article_id() == article.id
    assert w.model.rowCount() == ledger.reader.count_claims(ClaimFilter(article_id=article.id)) > 0


def test_paste_plain_text_needs_a_date(qtbot, ledger, settings):
    w = open_window(qtbot, ledger, settings)
    body = "The mayor said the new bridge will open by June 30, 2022.\n\nWork starts next month."
    QGuiApplication.clipboard().setText(body)
    w.menus.paste_article_action.trigger()
    dialog = w.paste_dialog
    assert dialog.text_edit.toPlainText() == body and dialog.date_edit.text() == ""
    dialog.import_button.click()
    assert dialog.error.text().startswith("The publication date is required")
    assert dialog.isVisible() and not w.importer.is_running()
    dialog.date_edit.setText("2021-13-01")
    dialog.import_button.click()
    assert "is not a date" in dialog.error.text()
    dialog.date_edit.setText("2021-08-05")
    dialog.url_edit.setText("www.example.org")
    dialog.import_button.click()
    assert "not an http or https link" in dialog.error.text()
    dialog.url_edit.clear()
    dialog.title_edit.setText("Bridge")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=30_000)
    w.wait_idle()
    (article,) = ledger.reader.list_articles()
    assert (article.title, article.published_on.isoformat(), article.origin) == ("Bridge", "2021-08-05", "clipboard")
    assert ledger.reader.get_article(article.id).text == body
    assert w.selected_article_id() == article.id


def test_a_claim_from_a_pdf_shows_its_page(qtbot, ledger, settings):
    from claimledger.extraction.pdf import page_at

    pdf = WEB.parent / "pdf" / "one_column.pdf"
    result = ledger.importer.import_file(pdf, published="2021-07-06")
    text = ledger.reader.get_article(result.article_id).text
    claims = ledger.reader.claims(ClaimFilter(article_id=result.article_id), sort="id", limit=100)
    later = [c for c in claims if page_at(text, c.start) > 1]
    assert later, "the fixture has claims after its first page"
    w = open_window(qtbot, ledger, settings)
    assert w.show_claim(later[0].id)
    page = page_at(text, later[0].start)
    assert w.detail_pane.page == page
    assert f"{result.title} (2021-07-06), p. {page}" in w.detail_pane.history_text()
    first = [c for c in claims if page_at(text, c.start) == 1]
    if first:
        w.show_claim(first[0].id)
        assert "p. 1" in w.detail_pane.history_text()


def test_a_claim_from_a_text_article_shows_no_page(qtbot, seeded_ledger, settings):
    w = open_window(qtbot, seeded_ledger, settings)
    assert w.current_claim() is not None
    assert w.detail_pane.page is None and "p. " not in w.detail_pane.history_text()


def test_cancel_stops_between_links_and_stores_nothing_half_done(qtbot, ledger, settings, server):
    w = open_window(qtbot, ledger, settings)
    links = [f"{server}/slow{i}" for i in range(5)]
    fetching = []
    real = w.import_progress.set_progress
    w.import_progress.set_progress = lambda d, t, m: (fetching.append(m), real(d, t, m))
    w.importer.start(links)
    qtbot.waitUntil(lambda: f"Fetching {links[1]}" in fetching, timeout=10_000)
    w.import_progress.cancel_button.click()
    qtbot.waitUntil(lambda: not w.importer.is_running(), timeout=10_000)
    assert f"Fetching {links[4]}" not in fetching  # stopped before the last links were fetched
    assert ledger.reader.list_articles() == [] and ledger.reader.count_claims(ClaimFilter()) == 0
    assert w.import_progress.isHidden()
