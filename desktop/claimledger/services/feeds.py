"""Use case: follow news feeds (RSS, Atom) and import the articles their entries link to.

``ledger.feeds`` (``Feeds(uow, importer=)``): ``add`` checks the link is a feed (fetched and parsed) and stores it; ``refresh``
reads each feed and imports each new entry's article as ``claimledger import LINK`` does (fetched
under the same limits, deduplicated by link and by text); ``remove`` forgets a feed and its
entries (the articles stay). An entry is new when its GUID (else its link) was not seen in that
feed; it is recorded once its article is in the ledger, so an entry that failed is tried again
at the next refresh. A feed that cannot be read records its error and the others go on.

Feeds are parsed by feedparser from the bytes fetched here: feedparser itself never fetches.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from claimledger.services.dto import ImportResult
from claimledger.services.errors import InputError, NotFoundError
from claimledger.services.fetch import FEED_TYPES, fetch
from claimledger.services.files import is_link
from claimledger.services.importing import ImportFailure
from claimledger.store import feeds as feed_rows
from claimledger.store.tables import utcnow

if TYPE_CHECKING:
    from claimledger.services.importing import Importer
    from claimledger.services.unit_of_work import UnitOfWork

MAX_ENTRIES = 50  # per feed and refresh, newest first as the feed lists them


@dataclass(frozen=True, slots=True)
class FeedInfo:
    id: int
    url: str
    title: str | None
    entries: int  # entries imported (or found in the ledger) so far
    checked_at: datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class Entry:
    key: str  # GUID, else link
    link: str | None
    published: date | None


@dataclass(slots=True)
class RefreshReport:
    feed_id: int
    url: str
    title: str | None
    error: str | None = None  # the feed itself could not be read
    imported: list[ImportResult] = field(default_factory=list)
    present: list[ImportResult] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)


def _entry_date(entry) -> date | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def read_feed(url: str) -> tuple[str | None, list[Entry]]:
    """The feed's title and entries (in the feed's order), or an InputError naming the link."""
    import feedparser  # 0.1 s to import: only when feeds are read

    page = fetch(url, media_types=FEED_TYPES, what="a news feed (RSS or Atom)")
    headers = {"content-type": page.media_type + (f"; charset={page.charset}" if page.charset else "")}
    doc = feedparser.parse(page.body, response_headers=headers, resolve_relative_uris=False, sanitize_html=False)
    if not doc.get("version") and not doc.entries:
        reason = doc.get("bozo_exception")
        raise InputError(f"{url}: not an RSS or Atom feed" + (f" ({str(reason)[:120]})" if reason else ""))
    entries = []
    for e in doc.entries:
        link = e.get("link")
        link = urljoin(page.url, link.strip()) if link else None
        key = (e.get("id") or "").strip() or link
        if key:
            entries.append(Entry(key=key[:2000], link=link if link and is_link(link) else None, published=_entry_date(e)))
    return (doc.feed.get("title") or "").strip() or None, entries


class Feeds:
    """The ledger's feeds (a part of the ledger; see module doc)."""

    def __init__(self, uow: "UnitOfWork", *, importer: "Importer") -> None:
        self.uow = uow
        self._importer = importer

    def add(self, url: str) -> FeedInfo:
        url = url.strip()
        if not is_link(url):
            raise InputError(f"{url}: a feed is an http or https link")
        with self.uow.read() as conn:
            known = feed_rows.feed_with_url(conn, url=url)
        if known:
            raise InputError(f"{url}: already followed as feed {known.id}")
        title, _entries = read_feed(url)
        with self.uow.write() as conn:
            known = feed_rows.feed_with_url(conn, url=url)
            if known:
                raise InputError(f"{url}: already followed as feed {known.id}")
            feed_id = feed_rows.insert_feed(conn, url=url, title=title, added_at=utcnow())
        return self.get(feed_id)

    def get(self, feed_id: int) -> FeedInfo:
        with self.uow.read() as conn:
            rows = feed_rows.feed_rows(conn, feed_id=feed_id)
        if not rows:
            raise NotFoundError(f"no feed {feed_id} (see `claimledger feed list`)")
        return _info(rows[0])

    def list(self) -> list[FeedInfo]:
        with self.uow.read() as conn:
            return [_info(r) for r in feed_rows.feed_rows(conn)]

    def remove(self, feed_id: int) -> FeedInfo:
        info = self.get(feed_id)
        with self.uow.write() as conn:
            if not feed_rows.delete_feed(conn, feed_id=feed_id):
                raise NotFoundError(f"no feed {feed_id} (see `claimledger feed list`)")
        return info

    def refresh(self, feed_id: int | None = None, *,
                on_result: Callable[["ImportResult | ImportFailure"], None] | None = None) -> list[RefreshReport]:
        """Read each feed (or the one given) and import its new entries' articles."""
        targets = [self.get(feed_id)] if feed_id is not None else self.list()
        return [self._refresh_one(f, on_result) for f in targets]

    def _refresh_one(self, feed: FeedInfo, on_result) -> RefreshReport:
        report = RefreshReport(feed.id, feed.url, feed.title)
        try:
            title, entries = read_feed(feed.url)
        except InputError as exc:
            report.error = str(exc)
            with self.uow.write() as conn:
                feed_rows.mark_checked(conn, feed_id=feed.id, checked_at=utcnow(), error=report.error)
            return report
        report.title = title or feed.title
        entries = entries[:MAX_ENTRIES]
        with self.uow.read() as conn:
            seen = feed_rows.keys_seen(conn, feed_id=feed.id, keys=[e.key for e in entries])
        for entry in entries:
            if entry.key in seen or entry.link is None:
                continue
            seen.add(entry.key)
            try:
                result = self._import(entry)
            except InputError as exc:
                failure = ImportFailure(entry.link, str(exc))
                report.failed.append(failure)
                if on_result:
                    on_result(failure)
                continue
            with self.uow.write() as conn:
                feed_rows.record_entry(conn, feed_id=feed.id, key=entry.key, link=entry.link,
                                       article_id=result.article_id, seen_at=utcnow())
            (report.imported if result.created else report.present).append(result)
            if on_result:
                on_result(result)
        with self.uow.write() as conn:
            feed_rows.mark_checked(conn, feed_id=feed.id, checked_at=utcnow(), error=None, title=title)
        return report

    def _import(self, entry: Entry) -> ImportResult:
        """The entry's article, imported as `claimledger import LINK` does; the entry's date
        dates a page that gives none."""
        return self._importer.import_link(entry.link, fallback_published=entry.published)


def _info(row) -> FeedInfo:
    return FeedInfo(id=row.id, url=row.url, title=row.title, entries=row.entries, checked_at=row.checked_at,
                    last_error=row.last_error)
