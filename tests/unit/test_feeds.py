"""News feeds (issue 16), offline: a throwaway http.server on 127.0.0.1 serves RSS and Atom
feeds, the pages they link to and broken feeds."""
from __future__ import annotations

import pytest

from claimledger.services.errors import InputError, NotFoundError
from helpers.web import QuietHandler, serving, without_proxies

STATE = {"extra": False, "hits": {}}


def rss(base: str) -> bytes:
    items = [
        ("g1", "/a1", "Tue, 05 Mar 2024 10:00:00 GMT"),
        ("g2", "/a2", "Wed, 20 Mar 2024 08:00:00 GMT"),  # the page gives no date: the entry's is used
        ("g3", "/a1?utm_source=rss", "Tue, 05 Mar 2024 10:00:00 GMT"),  # the same article again
        ("g4", "/image", "Tue, 05 Mar 2024 11:00:00 GMT"),  # not an article: fails, tried again later
    ]
    if STATE["extra"]:
        items.insert(0, ("g5", "/a3", "Thu, 21 Mar 2024 09:00:00 GMT"))
    body = "".join(f"<item><guid isPermaLink='false'>{g}</guid><link>{base}{link}</link><title>t</title>"
                   f"<pubDate>{d}</pubDate></item>" for g, link, d in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire feed</title>{body}</channel></rss>".encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour news</title><id>urn:x</id><updated>2023-11-14T00:00:00Z</updated>
<entry><id>urn:port</id><title>Port</title><link href="/a3"/><updated>2023-11-14T07:00:00Z</updated></entry>
</feed>"""


class Handler(QuietHandler):
    def do_GET(self):
        base = f"http://{self.headers['Host']}"
        route = self.path.split("?")[0]
        STATE["hits"][self.path] = STATE["hits"].get(self.path, 0) + 1
        if route == "/rss.xml":
            self.send(rss(base), "application/rss+xml")
        elif route == "/atom.xml":
            self.send(ATOM, "application/atom+xml; charset=utf-8")
        elif route == "/not-a-feed":
            self.send(b"<html><body><p>Just a page.</p></body></html>", "text/xml")
        elif route == "/a1":
            self.page("og_meta.html")
        elif route == "/a2":
            self.page("silent_meta.html")
        elif route == "/a3":
            self.page("json_ld.html")
        elif route == "/image":
            self.send(b"\x89PNG\r\n\x1a\n", "image/png")
        else:
            self.send(b"gone", "text/plain", code=404)


@pytest.fixture
def ledger(new_db):
    """On PostgreSQL too under `make test-postgres` (the link and feed queries are in store/)."""
    from helpers import TODAY

    from claimledger.services import Ledger

    led = Ledger.open(new_db("links"), today=TODAY, author="tester")
    yield led
    led.close()


@pytest.fixture(scope="module")
def server():
    with serving(Handler) as base:
        yield base


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch):
    without_proxies(monkeypatch)
    STATE["extra"] = False
    STATE["hits"].clear()


def test_add_reads_the_feed_and_stores_it(ledger, server):
    f = ledger.feeds.add(f"{server}/rss.xml")
    assert (f.id, f.title, f.entries, f.checked_at) == (1, "Wire feed", 0, None)
    assert [x.url for x in ledger.feeds.list()] == [f"{server}/rss.xml"]


@pytest.mark.parametrize("route, message", [
    ("/not-a-feed", "not an RSS or Atom feed"),
    ("/a1", "serves text/html, not a news feed"),
    ("/gone.xml", "answered 404"),
])
def test_add_refuses_what_is_not_a_feed_and_stores_nothing(ledger, server, route, message):
    with pytest.raises(InputError, match=message) as exc:
        ledger.feeds.add(f"{server}{route}")
    assert str(exc.value).startswith(f"{server}{route}: ") and "\n" not in str(exc.value)
    assert ledger.feeds.list() == []


def test_add_twice_is_refused(ledger, server):
    ledger.feeds.add(f"{server}/rss.xml")
    with pytest.raises(InputError, match="already followed as feed 1"):
        ledger.feeds.add(f"{server}/rss.xml")


def test_refresh_imports_new_entries_once(ledger, server):
    feeds = ledger.feeds
    feeds.add(f"{server}/rss.xml")
    (rep,) = feeds.refresh()
    assert rep.error is None and rep.title == "Wire feed"
    assert [r.origin for r in rep.imported] == [f"{server}/a1", f"{server}/a2"]
    assert [r.created for r in rep.present] == [False]  # g3: the same text under another link
    assert [f.origin for f in rep.failed] == [f"{server}/image"]
    assert rep.imported[1].published_on.isoformat() == "2024-03-20"  # from the entry: the page is silent
    assert feeds.get(1).entries == 3 and len(ledger.reader.list_articles()) == 2

    STATE["extra"] = True
    (rep,) = feeds.refresh(1)
    assert [r.origin for r in rep.imported] == [f"{server}/a3"]  # only the new entry
    assert rep.present == [] and [f.origin for f in rep.failed] == [f"{server}/image"]  # the failed one retried
    assert STATE["hits"]["/a1"] == 1 and STATE["hits"]["/a2"] == 1  # seen entries are not fetched again
    assert len(ledger.reader.list_articles()) == 3


def test_an_article_imported_by_hand_is_not_imported_again_from_a_feed(ledger, server):
    ledger.importer.import_many([f"{server}/a3"])
    feeds = ledger.feeds
    feeds.add(f"{server}/atom.xml")
    (rep,) = feeds.refresh()
    assert rep.imported == [] and len(rep.present) == 1 and len(ledger.reader.list_articles()) == 1


def test_a_broken_feed_reports_itself_and_the_others_go_on(ledger, server):
    feeds = ledger.feeds
    feeds.add(f"{server}/atom.xml")
    feeds.add(f"{server}/rss.xml")
    from claimledger.store import feeds as feed_rows

    with ledger.uow.write() as conn:  # the first feed's server has since moved it away
        conn.execute(feed_rows.F.update().where(feed_rows.F.c.id == 1).values(url=f"{server}/gone.xml"))
    broken, good = feeds.refresh()
    assert broken.error == f"{server}/gone.xml: the server answered 404 Not Found" and broken.imported == []
    assert len(good.imported) == 2
    assert feeds.get(1).last_error == broken.error and feeds.get(2).last_error is None


def test_remove_forgets_the_feed_and_keeps_its_articles(ledger, server):
    feeds = ledger.feeds
    feeds.add(f"{server}/atom.xml")
    feeds.refresh()
    assert feeds.remove(1).entries == 1
    assert feeds.list() == [] and len(ledger.reader.list_articles()) == 1
    with pytest.raises(NotFoundError, match="no feed 1"):
        feeds.remove(1)


def test_cli_feed_commands(capsys, tmp_path, server):
    from helpers.cli import run

    db = tmp_path / "f.db"
    code, out, _ = run(capsys, "--db", db, "feed", "add", f"{server}/atom.xml")
    assert code == 0 and out.startswith("following feed 1: Harbour news")
    code, out, err = run(capsys, "--db", db, "feed", "add", f"{server}/not-a-feed")
    assert code == 2 and err.startswith(f"claimledger: {server}/not-a-feed: not an RSS or Atom feed")
    code, out, _ = run(capsys, "--db", db, "feed", "refresh")
    assert code == 0 and "imported article 1 (2023-11-14)" in out
    assert "feed 1 (Harbour news): 1 imported, 0 already present, 0 failed" in out
    code, out, _ = run(capsys, "--db", db, "feed", "list")
    header, row = out.splitlines()
    assert header.split() == ["ID", "ENTRIES", "CHECKED", "STATUS", "TITLE", "URL"]
    assert row.split()[:2] == ["1", "1"] and " ok " in row and row.endswith(f"{server}/atom.xml")
    code, out, _ = run(capsys, "--db", db, "feed", "remove", "1")
    assert code == 0 and out.strip() == "removed feed 1: Harbour news (its 1 articles stay)"
    code, _, err = run(capsys, "--db", db, "feed", "remove", "1")
    assert code == 2 and err.strip() == "claimledger: no feed 1 (see `claimledger feed list`)"


def test_cli_refresh_with_a_broken_feed_exits_1_and_says_which(capsys, tmp_path, server):
    from helpers.cli import run

    from claimledger.services import Ledger
    from claimledger.store import feeds as feed_rows

    db = tmp_path / "g.db"
    run(capsys, "--db", db, "feed", "add", f"{server}/atom.xml")
    led = Ledger.open(db)
    with led.uow.write() as conn:
        conn.execute(feed_rows.F.update().values(url=f"{server}/gone.xml"))
    led.close()
    code, out, err = run(capsys, "--db", db, "feed", "refresh")
    assert code == 1 and err.strip() == f"claimledger: feed 1: {server}/gone.xml: the server answered 404 Not Found"
