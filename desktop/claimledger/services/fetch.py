"""Fetch an article from an http(s) link, defensively (the standard library's urllib; no Qt).

- http and https only, also after a redirect; at most :data:`MAX_REDIRECTS` redirects.
- A connect timeout and a read timeout (each wait for data), and a deadline for the whole download.
- At most :data:`MAX_BYTES` read, streamed: a larger page is refused at the cap, not loaded. A
  gzip- or deflate-encoded body is decompressed in steps under the same cap (a zip bomb stops
  there); another encoding is refused.
- Only what can be an article: HTML, plain text, Markdown, PDF (by the Content-Type); an image,
  a video or a zip archive is refused.
- A User-Agent naming the application and its version.
- Proxies from the environment (``http_proxy``, ``https_proxy``, ``no_proxy``), as urllib does.

Every failure is a :class:`FetchError` with one line that names the link.
"""
from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from claimledger import __version__
from claimledger.services.errors import InputError

CONNECT_TIMEOUT = 10.0  # seconds to open the connection (and the TLS handshake)
READ_TIMEOUT = 30.0  # seconds to wait for each piece of the answer
DEADLINE = 120.0  # seconds for the whole download
MAX_BYTES = 20 * 1024 * 1024  # a long PDF report; an HTML or text article is capped again at 5 MiB when read
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
USER_AGENT = f"ClaimLedger/{__version__} (news claim tracker; +https://github.com/claimledger)"

# media type -> the file name suffix that tells the article reader what it is
MEDIA_TYPES = {
    "text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt", "text/markdown": ".md",
    "text/x-markdown": ".md", "application/pdf": ".pdf", "application/x-pdf": ".pdf",
}
_TEXT_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
# what a news feed is served as (RSS, Atom, RDF; plenty of servers say plain XML or even text)
FEED_TYPES = {"application/rss+xml": ".xml", "application/atom+xml": ".xml", "application/rdf+xml": ".xml",
              "application/xml": ".xml", "text/xml": ".xml", "text/plain": ".xml"}


class FetchError(InputError):
    """The link could not be fetched as an article; the message names the link."""


@dataclass(frozen=True, slots=True)
class Fetched:
    link: str  # as given
    url: str  # after redirects
    body: bytes  # decompressed; an article's text re-encoded as UTF-8, a feed as served
    media_type: str
    charset: str | None = None  # as the server named it (a feed's XML may declare its own)

    @property
    def filename(self) -> str:
        """A file name whose suffix says what the body is (for the article reader)."""
        return "page" + MEDIA_TYPES.get(self.media_type, ".html")


class _Connection(http.client.HTTPConnection):
    def connect(self):
        super().connect()  # under the connect timeout
        self.sock.settimeout(READ_TIMEOUT)


class _TLSConnection(http.client.HTTPSConnection):
    def connect(self):
        super().connect()
        self.sock.settimeout(READ_TIMEOUT)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_Connection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self):
        super().__init__(context=ssl.create_default_context())

    def https_open(self, req):
        return self.do_open(_TLSConnection, req, context=self._context)


class _Redirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        hops = getattr(req, "hops", 0) + 1
        if hops > MAX_REDIRECTS:
            fp.close()
            raise FetchError(f"{req.origin_link}: more than {MAX_REDIRECTS} redirects (a redirect loop?)")
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise FetchError(f"{req.origin_link}: redirected to a link that is not http or https ({newurl[:100]})")
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            new.hops = hops
            new.origin_link = req.origin_link
        return new


def _opener() -> urllib.request.OpenerDirector:
    # built for each fetch: ProxyHandler (added by build_opener) reads the proxy variables now
    return urllib.request.build_opener(_HTTPHandler, _HTTPSHandler(), _Redirects)


def _media_type(headers: Message) -> tuple[str, str | None]:
    return headers.get_content_type().lower(), headers.get_content_charset()


def _read_capped(link: str, resp, started: float) -> bytes:
    encoding = (resp.headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding == "identity":
        inflater = None
    else:
        raise FetchError(f"{link}: the server sent the page in an encoding this program does not read ({encoding})")
    out = bytearray()
    while True:
        if time.monotonic() - started > DEADLINE:
            raise FetchError(f"{link}: the download took longer than {DEADLINE:.0f} s; refused")
        chunk = resp.read(CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, MAX_BYTES + 1 - len(out))
            except zlib.error:
                raise FetchError(f"{link}: the page's {encoding} compression is damaged") from None
        out += chunk
        if len(out) > MAX_BYTES:
            what = "expands to" if inflater is not None else "is"
            raise FetchError(f"{link}: the page {what} more than {MAX_BYTES // 1048576} MiB; refused")
    return bytes(out)


def _as_utf8(link: str, body: bytes, media_type: str, charset: str | None) -> bytes:
    """Text in the charset the server names (else UTF-8, else Windows-1252) as UTF-8 bytes."""
    if media_type not in _TEXT_TYPES:
        return body
    for name in filter(None, (charset, "utf-8", "cp1252")):
        try:
            return body.decode(name).encode("utf-8")
        except LookupError:
            if name == charset:
                raise FetchError(f"{link}: the page's character set {charset!r} is unknown") from None
        except UnicodeDecodeError:
            if name == charset:
                raise FetchError(f"{link}: the page is not valid {charset} text") from None
    return body


def fetch(link: str, *, media_types: dict[str, str] | None = None, what: str = "an article (HTML, text or PDF)",
          ) -> Fetched:
    """The article at ``link`` (see module doc), or FetchError naming the link. ``media_types``
    and ``what``: other content types to accept (a feed's), and how to name them in a refusal."""
    media_types = MEDIA_TYPES if media_types is None else media_types
    parts = urlsplit(link)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{link}: only http and https links can be imported")
    req = urllib.request.Request(link, headers={
        "User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
        "Accept": "text/html, application/xhtml+xml, application/pdf;q=0.9, text/plain;q=0.8, */*;q=0.1"})
    req.origin_link = link
    started = time.monotonic()
    try:
        with _opener().open(req, timeout=CONNECT_TIMEOUT) as resp:
            media_type, charset = _media_type(resp.headers)
            if media_type not in media_types:
                raise FetchError(f"{link}: the link serves {media_type}, not {what}")
            length = resp.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > MAX_BYTES:
                raise FetchError(f"{link}: the page is {int(length) / 1048576:.0f} MiB, more than "
                                 f"{MAX_BYTES // 1048576} MiB; refused")
            body = _read_capped(link, resp, started)
            final = resp.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{link}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise FetchError(f"{link}: no answer within {CONNECT_TIMEOUT:.0f} s") from None
        if isinstance(reason, socket.gaierror):
            raise FetchError(f"{link}: unknown host {parts.hostname}") from None
        raise FetchError(f"{link}: cannot connect ({getattr(reason, 'strerror', None) or reason})") from None
    except (socket.timeout, TimeoutError):
        raise FetchError(f"{link}: the server stopped sending for {READ_TIMEOUT:.0f} s") from None
    except (http.client.HTTPException, OSError) as exc:
        raise FetchError(f"{link}: the connection failed ({type(exc).__name__}: {exc})"[:300]) from None
    if not body.strip():
        raise FetchError(f"{link}: the page is empty")
    if media_types is MEDIA_TYPES:  # an article: UTF-8 for the reader; a feed's XML names its own encoding
        body = _as_utf8(link, body, media_type, charset)
    return Fetched(link=link, url=final, body=body, media_type=media_type,
                   charset=charset)
