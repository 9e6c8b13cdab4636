"""Use case: import articles (parse, extract claims, store each article with its claims in one transaction)."""
from __future__ import annotations

import hashlib
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimledger.domain import InvalidDate, Review, parse_date
from claimledger.extraction.article import ArticleError, ParsedArticle, parse_article
from claimledger.resources import seeds_dir
# (defined with the other views: the window's import progress names them without importing this module)
from claimledger.services.dto import FETCHING, PREPARING_MODEL, ImportFailure, ImportResult
from claimledger.services.errors import InputError
from claimledger.services import suggestions
from claimledger.services.files import is_link, refuse_ledger_file
from claimledger.services.sources import RepeatPool, link_repeats
from claimledger.services.speakers import resolve_speaker
from claimledger.store import articles, claims, fts, speakers
from claimledger.store.tables import utcnow

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
SEEDED_KEY = "seeded"


def article_files(paths: Iterable[str | os.PathLike]) -> list[Path | str]:
    """Files named, with directories expanded to the articles inside them (sorted); http(s)
    links as they are."""
    out: list[Path | str] = []
    for p in paths:
        if is_link(p):
            out.append(p)
            continue
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(p)
    return out


def read_article_bytes(path: Path) -> bytes:
    refuse_ledger_file(path, "choose an article file (text, Markdown or HTML)")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def dated_article(raw: bytes, *, origin: str, published: date | str | None = None, filename: str | None = None,
                  page_url: str | None = None, fallback_published: date | None = None) -> tuple[ParsedArticle, date]:
    """The parsed article and its publication date (``published`` overrides the file's), or an
    InputError naming ``origin`` and the problem. No database involved. A fetched page gives
    ``filename`` (its kind) and ``page_url`` (where it came from); ``fallback_published`` dates an
    article whose file gives no date (a feed entry's date)."""
    try:
        if isinstance(published, str):
            published = parse_date(published, what="--published date")
        parsed = parse_article(raw, filename=filename or Path(origin).name, url=page_url)
    except (ArticleError, InvalidDate) as exc:
        raise InputError(f"{origin}: {exc}") from None
    published = published or parsed.published or fallback_published
    if published is None:
        raise InputError(f"{origin}: no publication date in the file; give one with --published YYYY-MM-DD")
    return parsed, published


PARALLEL_MIN = 8  # fewer new articles than this: extraction in this process (a worker costs ~2 s to start)
MAX_WORKERS = 4
BATCH_SEARCHED = 8  # suggestions of this many articles searched in workers are stored in one transaction


@dataclass(frozen=True, slots=True)
class _Pending:
    """An article read, dated and not yet in the ledger, waiting for its claims."""

    origin: str
    parsed: ParsedArticle
    published: date
    digest: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None

    @property
    def text(self) -> str:
        return self.parsed.text


def _extract_job(job: tuple[str, date]) -> list:
    from claimledger.extraction import claims as claim_extraction

    return claim_extraction.extract(*job)


_worker_ledgers: dict[str, "UnitOfWork"] = {}  # a worker's own connection to each ledger it searched


def _propose_job(job: tuple[str, int, str, date]) -> list:
    """A worker's suggestion search for an article just stored, on the claims of the articles
    stored before it (``suggestions.propose(earlier=True)``), read through its own connection."""
    url, article_id, text, published = job
    uow = _worker_ledgers.get(url)
    if uow is None:
        from claimledger.services.unit_of_work import UnitOfWork
        from claimledger.store.engine import make_engine

        uow = _worker_ledgers[url] = UnitOfWork(make_engine(url))
    with uow.read() as conn:
        return suggestions.propose(conn, article_id=article_id, text=text, published=published, earlier=True)


def _worker_start() -> None:
    from claimledger.extraction import parse

    parse.preload()  # each worker loads the model once, before its first article


class _Here:
    """A job run in this process when its result is asked for (the same ``result()`` as a
    worker's future)."""

    def __init__(self, fn, job):
        self._fn, self._job = fn, job

    def result(self):
        return self._fn(self._job)

    def cancel(self) -> bool:
        return True


class _Analysis:
    """Where an import's language analysis and outcome-suggestion searches run. Many articles
    on a machine with several cores: worker processes (spawned, never forked: the caller may be
    a GUI with threads) extract the claims, and search suggestions for each article once it is
    stored, each worker through its own connection to the ledger (``searches_apart``). A few
    articles, one core, or a ledger no other process can open (SQLite in memory): all here, the
    suggestions searched inside each article's transaction."""

    def __init__(self, count: int, *, workers: int | None, url: str | None):
        n = workers if workers is not None else min(MAX_WORKERS, os.cpu_count() or 1)
        self.width = n
        self._pool = None
        if n > 1 and count >= PARALLEL_MIN:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(max_workers=min(n, count), initializer=_worker_start,
                                             mp_context=multiprocessing.get_context("spawn"))
        self._url = url
        self.searches_apart = self._pool is not None and url is not None

    def extract(self, p: _Pending):
        job = (p.text, p.published)
        return self._pool.submit(_extract_job, job) if self._pool else _Here(_extract_job, job)

    def propose(self, article_id: int, p: _Pending):
        return self._pool.submit(_propose_job, (self._url, article_id, p.text, p.published))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


@dataclass(slots=True)
class _Batch:
    """One import of many articles: the claims read for repeats (:class:`RepeatPool`) and the
    search index's upkeep (:class:`fts.IndexUpkeep`), carried from one article to the next."""

    pool: RepeatPool = field(default_factory=RepeatPool)
    upkeep: fts.IndexUpkeep = field(default_factory=fts.IndexUpkeep)


class Importer:
    """Import articles: parse, extract claims, store each article with its claims in one transaction."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def import_file(self, path: str | os.PathLike, *, published: date | str | None = None, title: str | None = None,
                    outlet: str | None = None, url: str | None = None) -> ImportResult:
        path = Path(path)
        return self.import_bytes(read_article_bytes(path), origin=str(path), published=published, title=title,
                                 outlet=outlet, url=url)

    def import_bytes(self, raw: bytes, *, origin: str, published: date | str | None = None, title: str | None = None,
                     outlet: str | None = None, url: str | None = None) -> ImportResult:
        """Parse, extract and store one article. Re-importing the same text is a no-op."""
        return self._extract_and_store(
            self._prepare(raw, origin=origin, published=published, title=title, outlet=outlet, url=url))

    def _extract_and_store(self, pending: "_Pending | ImportResult") -> ImportResult:
        """A prepared article's claims extracted and stored (an article already there as it is)."""
        if isinstance(pending, ImportResult):
            return pending
        from claimledger.extraction import claims as claim_extraction  # heavy; not needed to open the app

        return self._store(pending, claim_extraction.extract(pending.text, pending.published))

    def _prepare(self, raw: bytes, *, origin: str, published: date | str | None = None, title: str | None = None,
                 outlet: str | None = None, url: str | None = None, filename: str | None = None,
                 page_url: str | None = None, fallback_published: date | None = None) -> "_Pending | ImportResult":
        """The article read and dated, or the result for a text already in the ledger (for a
        fetched page, also one stored from the same canonical link)."""
        parsed, published = dated_article(raw, origin=origin, published=published, filename=filename, page_url=page_url,
                                          fallback_published=fallback_published)
        text = parsed.text
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self.uow.read() as conn:
            existing = articles.article_with_text(conn, sha256=digest)
            if not existing and page_url:
                existing = articles.article_at_link(conn, links=list(dict.fromkeys(filter(None, (parsed.url, page_url)))))
        if existing:
            return ImportResult(origin, existing.id, existing.title, existing.published_on, created=False, claims=0)
        return _Pending(origin, parsed, published, digest, title, outlet, url)

    def _store(self, pending: "_Pending", found: list, batch: "_Batch | None" = None, *,
               search_here: bool = True) -> ImportResult:
        """One transaction: the article, the claims extracted from it (``found``) and, with
        ``search_here``, the outcome suggestions it gives; ``batch``: what the import's earlier
        articles left for the next (:class:`_Batch`)."""
        batch = batch or _Batch()
        origin, parsed, published, digest = pending.origin, pending.parsed, pending.published, pending.digest
        title, outlet, url, text = pending.title, pending.outlet, pending.url, pending.text
        name = pending.origin if is_link(pending.origin) else Path(pending.origin).name
        with self.uow.write() as conn:
            # checked again inside the write lock: another process may have imported it meanwhile
            again = articles.article_with_text(conn, sha256=digest)
            if again:
                return ImportResult(origin, again.id, again.title, again.published_on, created=False, claims=0)
            article_id = articles.insert_article(
                conn, title=(title or parsed.title)[:1000], outlet=outlet or parsed.outlet, url=url or parsed.url,
                published_on=published, text=text, sha256=digest, imported_at=utcnow(), origin=name,
                author=(parsed.author or None) and parsed.author[:300],
            )
            known: dict[tuple, int | None] = {}  # one upsert per distinct attribution, not per claim
            rows = [self._claim_row(article_id, c, self._speaker_of(conn, c, known)) for c in found]
            rows, repeated = link_repeats(conn, article_id=article_id, rows=rows, pool=batch.pool)  # issue 17: one claim, several sources
            claims.insert_claims(conn, rows)
            batch.upkeep.after_write(conn)  # the search index kept in few segments (fts.IndexUpkeep)
            # what happened since: outcomes of open claims that this article may report (issue 17)
            if search_here:
                suggestions.store_proposals(conn, article_id=article_id, text=text, published=published, earlier=True)
        return ImportResult(origin, article_id, title or parsed.title, published, created=True, claims=len(rows),
                            sources=repeated)

    @staticmethod
    def _speaker_of(conn, c, known: dict[tuple, int | None]) -> int | None:
        key = (c.speaker, c.speaker_kind, c.speaker_affiliation, c.speaker_mention)
        if key not in known:
            speaker_id = None
            if c.speaker:
                affiliation_id = None
                if c.speaker_affiliation and c.speaker_affiliation.casefold() != c.speaker.casefold():
                    affiliation_id = speakers.upsert_speaker(conn, name=c.speaker_affiliation, kind="organisation").id
                speaker_id = resolve_speaker(conn, name=c.speaker, kind=c.speaker_kind or "unknown",
                                             mention=c.speaker_mention, affiliation_id=affiliation_id)
            known[key] = speaker_id
        return known[key]

    @staticmethod
    def _claim_row(article_id: int, c, speaker_id: int | None) -> dict:
        """The row of an extracted claim (``c``), suggested for review."""
        d, ev = c.deadline, c.event_time
        return claims.new_claim_row(
            article_id=article_id, speaker_id=speaker_id, quote=c.quote, start=c.start, end=c.end, summary="",
            kind=c.kind.value, modality=c.modality, condition=c.condition, negated=c.negated,
            review=Review.SUGGESTED.value, confidence=c.confidence,
            deadline_expression=d.expression if d else None, deadline_anchor=d.anchor if d else None,
            deadline_earliest=d.earliest if d else None, deadline_latest=d.latest if d else None,
            deadline_granularity=d.granularity.value if d and d.granularity else None,
            event_expression=ev.expression if ev else None, event_earliest=ev.earliest if ev else None,
            event_latest=ev.latest if ev else None, tags="", now=utcnow(), speaker_mention=c.speaker_mention,
        )

    def import_many(self, paths: Iterable[str | os.PathLike], *, published: date | str | None = None,
                    title: str | None = None, outlet: str | None = None, url: str | None = None,
                    progress: Callable[[int, int, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    on_result: Callable[["ImportResult | ImportFailure"], None] | None = None,
                    workers: int | None = None) -> tuple[list[ImportResult], list[ImportFailure]]:
        """Import each file in its own transaction; a bad file is reported, the others go in.

        The language analysis runs in ``workers`` processes (default: one per core, at most
        :data:`MAX_WORKERS`) when there are at least :data:`PARALLEL_MIN` new articles; reading
        and storing stay in this process, one transaction per article, in the files' order. The
        workers also search each stored article's outcome suggestions (:class:`_Analysis`); they
        are all stored when this returns.
        ``progress(done, total, message)`` is called as articles are stored, and with the message
        "Preparing the language model…" while it loads; ``cancelled()`` stops the import between
        two articles (those stored stay); ``on_result`` gets each result or failure as it comes."""
        files = article_files(paths)
        total = len(files)
        done: list[ImportResult] = []
        failed: list[ImportFailure] = []
        settled = 0

        def settle(r: "ImportResult | ImportFailure") -> None:
            nonlocal settled
            settled += 1
            (failed if isinstance(r, ImportFailure) else done).append(r)
            if on_result:
                on_result(r)
            if progress:
                progress(settled, total, r.origin)

        pending: list[_Pending] = []
        for path in files:
            if cancelled and cancelled():
                return done, failed
            try:
                if is_link(path):
                    if progress:
                        progress(settled, total, FETCHING + str(path))
                    p = self._prepare_link(path, published=published, title=title, outlet=outlet, url=url)
                else:
                    p = self._prepare(read_article_bytes(path), origin=str(path), published=published, title=title,
                                      outlet=outlet, url=url)
            except InputError as exc:
                settle(ImportFailure(str(path), str(exc)))
                continue
            if isinstance(p, ImportResult):
                settle(p)
            else:
                pending.append(p)
        if pending and progress:
            from claimledger.extraction import parse

            if not parse.is_loaded():
                progress(settled, total, PREPARING_MODEL)
        analysis = _Analysis(len(pending), workers=workers, url=self._url_for_workers())
        batch = _Batch()
        searching: deque = deque()  # (article stored, its suggestion search in a worker), in order
        try:
            window = 4 * analysis.width  # articles in flight: enough to keep the workers busy, few to lose on cancel
            extracting: dict[int, object] = {}
            nxt = 0
            for i, p in enumerate(pending):
                while nxt < len(pending) and nxt < i + window:
                    extracting[nxt] = analysis.extract(pending[nxt])
                    nxt += 1
                if cancelled and cancelled():
                    for f in extracting.values():
                        f.cancel()
                    break
                try:
                    r = self._store(p, extracting.pop(i).result(), batch, search_here=not analysis.searches_apart)
                except InputError as exc:
                    settle(ImportFailure(p.origin, str(exc)))
                    continue
                settle(r)
                if r.created and analysis.searches_apart:
                    searching.append((r.article_id, p, analysis.propose(r.article_id, p)))
                self._store_searched(searching, wait=False)
            self._store_searched(searching, wait=True)
        finally:
            analysis.close()
        if progress:
            progress(settled, total, "")
        return done, failed

    def _url_for_workers(self) -> str | None:
        """The ledger's address for a worker's own connection (None: SQLite in memory)."""
        url = self.uow.engine.url
        if url.get_backend_name() == "sqlite" and not url.database:
            return None
        return url.render_as_string(hide_password=False)

    def _store_searched(self, searching: deque, *, wait: bool) -> None:
        """The suggestions the workers found for stored articles, in one transaction: those
        finished (all of them with ``wait``), in the articles' order. A search that failed in its
        worker is done again here; a claim removed meanwhile by another program gets none."""
        if not wait and sum(1 for _a, _p, f in itertools.islice(searching, BATCH_SEARCHED) if f.done()) < BATCH_SEARCHED:
            return  # a few at a time: each transaction ends in a sync of the ledger file
        ready = []
        while searching and (wait or searching[0][2].done()):
            article_id, p, future = searching.popleft()
            try:
                ready.append((article_id, p, future.result()))
            except Exception:  # the worker's connection failed, say: searched here below, errors in words
                ready.append((article_id, p, None))
        if not ready:
            return
        with self.uow.write() as conn:
            for article_id, p, found in ready:
                if found is None:
                    suggestions.store_proposals(conn, article_id=article_id, text=p.text, published=p.published,
                                                earlier=True)
                    continue
                alive = claims.existing_claim_ids(conn, claim_ids={f.claim_id for f in found})
                if alive and articles.article_exists(conn, article_id=article_id):
                    suggestions.insert_proposals(conn, article_id=article_id,
                                                 found=[f for f in found if f.claim_id in alive])

    def _prepare_link(self, link: str, **options) -> "_Pending | ImportResult":
        """A link already imported (as its article's link or origin) is not fetched again."""
        from claimledger.services.fetch import fetch

        with self.uow.read() as conn:
            known = articles.article_at_link(conn, links=[link])
        if known:
            return ImportResult(link, known.id, known.title, known.published_on, created=False, claims=0)
        page = fetch(link)
        return self._prepare(page.body, origin=link, filename=page.filename, page_url=page.url, **options)

    def import_link(self, link: str, **options) -> ImportResult:
        """One link's article, as `claimledger import LINK` imports it (``options``: published,
        fallback_published, title, outlet, url)."""
        return self._extract_and_store(self._prepare_link(link, **options))

    def import_seeds_once(self, *, progress: Callable[[int, int, str], None] | None = None) -> list[ImportResult]:
        """First run: import the articles shipped in seeds/ (once per database, ever)."""
        if self.uow.get_meta(SEEDED_KEY):
            return []
        folder = seeds_dir()
        results: list[ImportResult] = []
        with self.uow.read() as conn:
            empty = not articles.has_articles(conn)
        if folder is not None and empty:
            results, _failed = self.import_many([folder], progress=progress)
        with self.uow.write() as conn:
            self.uow.set_meta(conn, SEEDED_KEY, utcnow().isoformat())
        return results
