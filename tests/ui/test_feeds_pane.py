"""The Feeds tab (issue 16): add, refresh (by hand and on the schedule), a broken feed shown with
its error while the others are read, remove. Offline: a throwaway http.server on 127.0.0.1."""
from __future__ import annotations

import pytest

from claimledger.services import ClaimFilter
from claimledger.ui import feeds_pane as fp
from helpers.web import QuietHandler, serving, without_proxies
from ui_helpers import open_window

STATE = {"broken": False}


def rss(base: str) -> bytes:
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire feed</title>"
            f"<item><guid>g1</guid><link>{base}/a1</link><pubDate>Tue, 05 Mar 2021 10:00:00 GMT</pubDate></item>"
            f"</channel></rss>").encode()


class Handler(QuietHandler):
    def do_GET(self):
        base = f"http://{self.headers['Host']}"
        route = self.path.split("?")[0]
        if route == "/rss.xml":
            self.send(rss(base), "application/rss+xml")
        elif route == "/flaky.xml" and not STATE["broken"]:
            self.send(rss(base).replace(b"Wire feed", b"Flaky feed"), "application/rss+xml")
        elif route == "/a1":
            self.page("og_meta.html")
        else:
            self.send(b"gone", "text/plain", 404)


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    without_proxies(monkeypatch)
    STATE["broken"] = False


def cells(pane) -> list[list[str]]:
    m = pane.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_feeds_are_added_refreshed_shown_with_errors_and_removed(qtbot, ledger, settings, server):
    w = open_window(qtbot, ledger, settings)
    pane = w.feeds_pane
    w.menus.feeds_action.trigger()
    assert w.side_tabs.currentWidget() is pane
    assert pane.model.rowCount() == 0 and "No feeds yet" in pane.status.text()

    pane.add_feed(f"{server}/not-there.xml")  # refused: nothing stored, the reason shown
    w.wait_idle()
    assert pane.model.rowCount() == 0 and "Could not add the feed: " in pane.status.text()
    pane.add_feed(f"{server}/rss.xml")
    w.wait_idle()
    pane.add_feed(f"{server}/flaky.xml")
    w.wait_idle()
    assert [row[0] for row in cells(pane)] == ["Wire feed", "Flaky feed"]

    STATE["broken"] = True  # the second feed breaks: its error is shown, the first is still read
    pane.refresh_button.click()
    assert pane.is_refreshing() and not pane.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not pane.is_refreshing(), timeout=30_000)
    w.wait_idle()
    wire, flaky = cells(pane)
    assert (wire[fp.COL_NEW], wire[fp.COL_ARTICLES], wire[fp.COL_ERROR]) == ("1", "1", "")
    assert flaky[fp.COL_NEW] == "0" and "404" in flaky[fp.COL_ERROR]
    assert "1 new article" in pane.status.text() and "1 feed could not be read" in pane.status.text()
    (article,) = ledger.reader.list_articles()
    assert w.articles_model.rowCount() == 2  # the window was refreshed: the article is listed
    suggested = ledger.reader.count_claims(ClaimFilter(article_id=article.id, reviews=frozenset({"suggested"})))
    assert suggested > 0  # in the review queue like any import

    pane.view.setCurrentIndex(pane.model.index(1, 0))
    assert pane.details.text().startswith(f"{server}/flaky.xml\nLast read: ") and "404" in pane.details.text()
    pane.remove_feed(pane.selected_feed_id())
    w.wait_idle()
    assert [row[0] for row in cells(pane)] == ["Wire feed"]
    assert len(ledger.reader.list_articles()) == 1  # its articles stay


def test_the_schedule_is_kept_in_the_settings_and_refreshes(qtbot, ledger, settings, server, monkeypatch):
    settings.setValue(fp.INTERVAL_KEY, 15)
    w = open_window(qtbot, ledger, settings)
    pane = w.feeds_pane
    assert pane.interval.value() == 15 and pane.timer.isActive() and pane.timer.interval() == 15 * 60_000
    pane.interval.setValue(0)
    assert not pane.timer.isActive() and int(settings.value(fp.INTERVAL_KEY)) == 0
    assert pane.interval.text() == "never"
    pane.interval.setValue(5)
    assert pane.timer.isActive() and pane.timer.interval() == 5 * 60_000
    refreshed = []
    monkeypatch.setattr(ledger.feeds, "refresh", lambda feed_id=None, **k: refreshed.append(feed_id) or [])
    ledger.feeds.add(f"{server}/rss.xml")
    pane.timer.timeout.emit()  # the schedule's moment: the feeds are read in the background
    qtbot.waitUntil(lambda: not pane.is_refreshing(), timeout=10_000)
    assert len(refreshed) == 1
    w.close()
    assert not pane.timer.isActive()
