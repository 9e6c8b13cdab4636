"""Importing articles from links (issue 16), offline: a throwaway http.server on 127.0.0.1 serves
the fixture pages and hostile ones. Each hostile link is refused in one line naming it, and
nothing is written to the ledger."""
from __future__ import annotations

import gzip
import time
from functools import lru_cache
from pathlib import Path

import pytest

from claimledger.services import fetch as fetch_module
from claimledger.services.errors import InputError
from claimledger.services.fetch import FetchError, fetch
from helpers.web import QuietHandler, serving, without_proxies

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "web" / "og_meta.html").read_bytes()
CANONICAL = "https://news.example.org/2024/03/01/rates-cut"
MB = 1024 * 1024


@lru_cache(maxsize=1)
def bomb() -> bytes:
    return gzip.compress(b" " * (60 * MB), compresslevel=9)  # 60 MiB of spaces in ~60 KB


class Handler(QuietHandler):
    hits: dict[str, int] = {}
    seen: list[tuple[str, dict]] = []

    def redirect(self, where: str, code: int = 302):
        self.send_response(code)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream(self, total: int, declared: bool):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if declared:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b"<p>" + b"The council will vote next week. " * 2000 + b"</p>\n"
        sent = 0
        try:
            while sent < total:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its cap

    def do_GET(self):
        path = self.path
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        Handler.seen.append((path, dict(self.headers)))
        if path.startswith("http://"):  # a proxy is asked for the absolute URL
            return self.send(PAGE)
        route = path.split("?")[0]
        if route == "/article":
            self.send(PAGE)
        elif route == "/updated":  # the same story (same canonical link), one sentence changed
            self.send(PAGE.replace(b"fourth month", b"fifth month"))
        elif route == "/moved":
            self.redirect("/article", 301)
        elif route == "/latin1":
            self.send("<html><body><article><p>The caf\u00e9 owners' union said prices would rise by "
                      "ten percent in March, its chairman told reporters on Monday.</p></article></body></html>"
                      .encode("latin-1"), "text/html; charset=iso-8859-1")
        elif route == "/report.pdf":
            self.send((FIXTURES / "pdf" / "one_column.pdf").read_bytes(), "application/pdf")
        elif route == "/notes.txt":
            self.send(b"Date: 2024-05-02\n\nThe mayor said the bridge would reopen by June 1.", "text/plain")
        elif route == "/big":
            self.stream(50 * MB, declared=False)
        elif route == "/big-declared":
            self.stream(50 * MB, declared=True)
        elif route == "/loop":
            n = int(path.split("?")[1]) if "?" in path else 0
            self.redirect(f"/loop?{n + 1}")
        elif route == "/to-ftp":
            self.redirect("ftp://127.0.0.1/article.html")
        elif route == "/image":
            self.send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048, "image/png")
        elif route == "/bomb":
            self.send(bomb(), "text/html", Content_Encoding="gzip")
        elif route == "/brotli":
            self.send(b"\x0b\x02\x80hello\x03", "text/html", Content_Encoding="br")
        elif route == "/slow":
            time.sleep(2)
            self.send(PAGE)
        elif route == "/empty-page":
            self.send(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
        else:
            self.send(b"not found", "text/plain", code=404)


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
def no_proxies(monkeypatch):
    without_proxies(monkeypatch)
    Handler.hits.clear()
    Handler.seen.clear()


def articles_in(ledger) -> int:
    return len(ledger.reader.list_articles())


# -- the fetcher ---------------------------------------------------------------------------------

def test_a_page_is_fetched_with_the_apps_user_agent(server):
    page = fetch(f"{server}/article")
    assert page.body == PAGE and page.media_type == "text/html" and page.filename == "page.html"
    (_path, headers), = Handler.seen
    assert headers["User-Agent"].startswith("ClaimLedger/0.1.0")


def test_a_redirect_within_the_cap_is_followed(server):
    page = fetch(f"{server}/moved")
    assert page.url == f"{server}/article" and page.link == f"{server}/moved"


def test_text_in_another_charset_arrives_as_utf8(server):
    assert "café".encode() in fetch(f"{server}/latin1").body


@pytest.mark.parametrize("route, message", [
    ("/big", "more than 20 MiB; refused"),
    ("/big-declared", "is 50 MiB, more than 20 MiB; refused"),
    ("/loop", "more than 5 redirects"),
    ("/to-ftp", "not http or https"),
    ("/image", "serves image/png, not an article"),
    ("/bomb", "expands to more than 20 MiB; refused"),
    ("/brotli", "an encoding this program does not read (br)"),
    ("/missing", "the server answered 404"),
])
def test_hostile_or_broken_links_are_refused_in_one_line_naming_the_link(server, route, message):
    link = f"{server}{route}"
    with pytest.raises(FetchError) as exc:
        fetch(link)
    text = str(exc.value)
    assert text.startswith(link + ": ") and message in text and "\n" not in text


def test_the_fifty_megabyte_page_is_streamed_and_reading_stops_at_the_cap(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 1 * MB)
    read = 0
    real = fetch_module._read_capped

    def counting(link, resp, started):
        nonlocal read
        raw_read = resp.read

        def read_counted(n=-1):
            nonlocal read
            data = raw_read(n)
            read += len(data)
            return data

        resp.read = read_counted
        return real(link, resp, started)

    monkeypatch.setattr(fetch_module, "_read_capped", counting)
    with pytest.raises(FetchError, match="more than 1 MiB"):
        fetch(f"{server}/big")
    assert 1 * MB < read <= 1 * MB + fetch_module.CHUNK


def test_a_server_that_stops_answering_times_out(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "CONNECT_TIMEOUT", 0.5)
    monkeypatch.setattr(fetch_module, "READ_TIMEOUT", 0.5)
    with pytest.raises(FetchError, match="no answer within|stopped sending"):
        fetch(f"{server}/slow")


@pytest.mark.parametrize("link", ["ftp://127.0.0.1/a.html", "file:///etc/passwd", "http://"])
def test_only_http_and_https(link):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(link)


def test_proxy_settings_come_from_the_environment(server, monkeypatch):
    monkeypatch.setenv("http_proxy", server)  # the test server plays the proxy
    page = fetch("http://news.invalid/story")
    assert page.body == PAGE
    assert Handler.seen[0][0] == "http://news.invalid/story"  # asked of the proxy, in absolute form


# -- importing links -------------------------------------------------------------------------------

def test_import_a_link_stores_the_article_with_its_link(ledger, server):
    done, failed = ledger.importer.import_many([f"{server}/article"])
    assert not failed and done[0].created and done[0].claims >= 2
    view = ledger.reader.get_article(done[0].article_id)
    assert (view.url, view.origin, view.outlet) == (CANONICAL, f"{server}/article", "The Daily Ledger")
    assert "Reader42" not in view.text


def test_the_same_link_is_not_fetched_or_imported_twice(ledger, server):
    ledger.importer.import_many([f"{server}/article"])
    done, failed = ledger.importer.import_many([f"{server}/article"])
    assert not failed and not done[0].created
    assert Handler.hits["/article"] == 1  # known link: not even fetched again
    assert articles_in(ledger) == 1


def test_the_same_article_under_another_link_is_not_imported_twice(ledger, server):
    ledger.importer.import_many([f"{server}/article"])
    done, _ = ledger.importer.import_many([f"{server}/article?utm_source=feed"])  # same text
    assert not done[0].created
    done, _ = ledger.importer.import_many([f"{server}/updated"])  # text changed, same canonical link
    assert not done[0].created
    assert articles_in(ledger) == 1


def test_pdf_and_text_links(ledger, server):
    done, failed = ledger.importer.import_many([f"{server}/report.pdf", f"{server}/notes.txt"], published="2024-05-02")
    assert not failed and [r.created for r in done] == [True, True]
    assert ledger.reader.get_article(done[0].article_id).url == f"{server}/report.pdf"


@pytest.mark.parametrize("route", ["/big", "/loop", "/image", "/bomb", "/missing", "/empty-page"])
def test_a_refused_link_writes_nothing_and_the_others_go_in(ledger, server, route):
    done, failed = ledger.importer.import_many([f"{server}{route}", f"{server}/article"])
    assert [f.origin for f in failed] == [f"{server}{route}"]
    assert failed[0].message.startswith(f"{server}{route}: ") and "\n" not in failed[0].message
    assert len(done) == 1 and articles_in(ledger) == 1


def test_cli_imports_links_beside_files(capsys, tmp_path, server):
    from helpers.cli import run

    code, out, err = run(capsys, "--db", tmp_path / "c.db", "import", f"{server}/article", f"{server}/image",
                         FIXTURES / "web" / "json_ld.html")
    assert code == 2
    assert f"imported article 1 (2024-03-01)" in out and f"— {server}/article" in out
    assert "imported article 2 (2023-11-14)" in out
    assert err.strip() == f"claimledger: {server}/image: the link serves image/png, not an article (HTML, text or PDF)"
    code, out, err = run(capsys, "--db", tmp_path / "c.db", "import", f"{server}/article")
    assert code == 0 and out.strip() == f"already imported as article 1: {server}/article"
