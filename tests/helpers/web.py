"""A throwaway web server on 127.0.0.1 for the offline link, feed and page tests: nothing leaves
the machine. A test module subclasses :class:`QuietHandler` with its own ``do_GET`` and serves it
from a module-scoped fixture::

    @pytest.fixture(scope="module")
    def server():
        with serving(Handler) as base:
            yield base

and clears the machine's proxy settings per test with :func:`without_proxies` (a proxy would send
the loopback requests elsewhere).
"""
from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"  # the fixture pages
HTML = "text/html; charset=utf-8"
PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers with :meth:`send`."""

    def log_message(self, *args):
        pass

    def send(self, body: bytes, ctype: str = HTML, code: int = 200, **headers: str) -> None:
        """One whole answer; ``Content_Encoding="gzip"`` sends a ``Content-Encoding`` header."""
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def page(self, name: str) -> None:
        """A fixture page (tests/fixtures/web/NAME) as HTML."""
        self.send((WEB / name).read_bytes())


class _Server(ThreadingHTTPServer):
    """A test server that stays quiet when the client hangs up early (the fetcher stops reading a body it will
    not import, an image): the traceback the standard server prints would land in the test's captured stderr."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError, ConnectionAbortedError)):
            super().handle_error(request, client_address)


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free port of 127.0.0.1 in a background thread; yields the base URL."""
    srv = _Server(("127.0.0.1", 0), handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


def without_proxies(monkeypatch) -> None:
    """Unset the proxy variables (both spellings) for this test."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
