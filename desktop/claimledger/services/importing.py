"""Use case: import articles (parse, extract claims, store all of it in one transaction)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from claimledger.domain import Review
from claimledger.extraction.article import ArticleError, ParsedArticle, parse_article, parse_date
from claimledger.resources import seeds_dir
from claimledger.services.dto import ImportResult
from claimledger.services.errors import InputError
from claimledger.store import queries
from claimledger.store.models import Article, Claim, utcnow

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SEEDED_KEY = "seeded"
A = Article.__table__
C = Claim.__table__


@dataclass(frozen=True, slots=True)
class ImportFailure:
    origin: str
    message: str


def article_files(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files named, with directories expanded to the articles inside them (sorted)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES))
        else:
            out.append(p)
    return out


def read_article_bytes(path: Path) -> bytes:
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


def dated_article(raw: bytes, *, origin: str, published: date | str | None = None) -> tuple[ParsedArticle, date]:
    """The parsed article and its publication date (``published`` overrides the file's), or an
    InputError naming ``origin`` and the problem. No database involved."""
    try:
        if isinstance(published, str):
            published = parse_date(published, what="--published date")
        parsed = parse_article(raw, filename=Path(origin).name)
    except ArticleError as exc:
        raise InputError(f"{origin}: {exc}") from None
    published = published or parsed.published
    if published is None:
        raise InputError(f"{origin}: no publication date in the file; give one with --published YYYY-MM-DD")
    return parsed, published


class ImportService:
    def import_file(self, path: str | os.PathLike, *, published: date | str | None = None, title: str | None = None,
                    outlet: str | None = None, url: str | None = None) -> ImportResult:
        path = Path(path)
        return self.import_bytes(read_article_bytes(path), origin=str(path), published=published, title=title,
                                 outlet=outlet, url=url)

    def import_bytes(self, raw: bytes, *, origin: str, published: date | str | None = None, title: str | None = None,
                     outlet: str | None = None, url: str | None = None) -> ImportResult:
        """Parse, extract and store one article. Re-importing the same text is a no-op."""
        name = Path(origin).name
        parsed, published = dated_article(raw, origin=origin, published=published)
        text = parsed.text
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        with self._read() as conn:
            existing = conn.execute(select(A.c.id, A.c.title, A.c.published_on).where(A.c.sha256 == digest)).first()
        if existing:
            return ImportResult(origin, existing.id, existing.title, existing.published_on, created=False, claims=0)
        from claimledger.extraction import claims as claim_extraction  # heavy; not needed to open the app

        found = claim_extraction.extract(text, published)  # pure CPU, outside the transaction
        with self._write() as conn:
            # checked again inside the write lock: another process may have imported it meanwhile
            again = conn.execute(select(A.c.id, A.c.title, A.c.published_on).where(A.c.sha256 == digest)).first()
            if again:
                return ImportResult(origin, again.id, again.title, again.published_on, created=False, claims=0)
            article_id = conn.execute(
                A.insert().values(
                    title=(title or parsed.title)[:1000], outlet=outlet or parsed.outlet, url=url or parsed.url,
                    published_on=published, text=text, sha256=digest, imported_at=utcnow(), origin=name,
                )
            ).inserted_primary_key[0]
            speakers: dict[tuple, int | None] = {}  # one upsert per distinct attribution, not per claim
            rows = [self._claim_row(article_id, c, self._speaker_of(conn, c, speakers)) for c in found]
            if rows:
                conn.execute(C.insert(), rows)
        return ImportResult(origin, article_id, title or parsed.title, published, created=True, claims=len(rows))

    @staticmethod
    def _speaker_of(conn, c, known: dict[tuple, int | None]) -> int | None:
        key = (c.speaker, c.speaker_kind, c.speaker_affiliation, c.speaker_mention)
        if key not in known:
            speaker_id = None
            if c.speaker:
                affiliation_id = None
                if c.speaker_affiliation and c.speaker_affiliation.casefold() != c.speaker.casefold():
                    affiliation_id = queries.upsert_speaker(conn, name=c.speaker_affiliation, kind="organisation")
                speaker_id = queries.upsert_speaker(
                    conn, name=c.speaker, kind=c.speaker_kind or "unknown", affiliation_id=affiliation_id,
                    alias=c.speaker_mention,
                )
            known[key] = speaker_id
        return known[key]

    @staticmethod
    def _claim_row(article_id: int, c, speaker_id: int | None) -> dict:
        d, ev = c.deadline, c.event_time
        now = utcnow()
        return dict(
            article_id=article_id, speaker_id=speaker_id, quote=c.quote, start=c.start, end=c.end, summary="",
            kind=c.kind.value, modality=c.modality, condition=c.condition, negated=c.negated,
            review=Review.SUGGESTED.value, confidence=c.confidence,
            deadline_expression=d.expression if d else None, deadline_anchor=d.anchor if d else None,
            deadline_earliest=d.earliest if d else None, deadline_latest=d.latest if d else None,
            deadline_granularity=d.granularity.value if d and d.granularity else None,
            event_expression=ev.expression if ev else None, event_earliest=ev.earliest if ev else None,
            event_latest=ev.latest if ev else None, tags="", status="pending", status_observed_on=None,
            version=1, created_at=now, updated_at=now,
        )

    def import_many(self, paths: Iterable[str | os.PathLike], *, published: date | str | None = None,
                    progress: Callable[[int, int, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> tuple[list[ImportResult], list[ImportFailure]]:
        """Import each file in its own transaction; a bad file is reported, the others go in."""
        files = article_files(paths)
        done: list[ImportResult] = []
        failed: list[ImportFailure] = []
        for i, path in enumerate(files):
            if cancelled and cancelled():
                break
            if progress:
                progress(i, len(files), str(path))
            try:
                done.append(self.import_file(path, published=published))
            except InputError as exc:
                failed.append(ImportFailure(str(path), str(exc)))
        if progress:
            progress(len(done) + len(failed), len(files), "")
        return done, failed

    def import_seeds_once(self) -> list[ImportResult]:
        """First run: import the articles shipped in seeds/ (once per database, ever)."""
        if self.get_meta(SEEDED_KEY):
            return []
        folder = seeds_dir()
        results: list[ImportResult] = []
        with self._read() as conn:
            empty = conn.execute(select(A.c.id).limit(1)).first() is None
        if folder is not None and empty:
            results, _failed = self.import_many([folder])
        with self._write() as conn:
            self._set_meta(conn, SEEDED_KEY, utcnow().isoformat())
        return results
