"""The same claim reported by several articles (issue 17): one claim with several sources.

On import (``link_repeats``, inside the import's transaction) a claim extracted from the new
article that repeats a claim already in the ledger — same speaker, same kind, another article,
near-identical words (``similarity`` at least :data:`SAME_CLAIM`), deadlines that overlap when
both have one ("next month" in articles of different months is not the same claim) — and whose
speaker is not a generic group ("officials", "analysts": kind ``group``) is not stored as a claim of
its own: it becomes a source of that claim (``claim_source``, ``linked_by = "auto"``), with the
claim it would have been kept beside it (``detached``). The analyst links by hand (``link``:
"claim X is the same claim as Y": X becomes a source of Y, ``linked_by = "analyst"``) and
unlinks (``unlink``: the source becomes a claim of its own again, with its deadline, kind and,
for a claim linked by hand, its id and its own sources back).

The origin of a claim is the earliest published of the articles reporting it (its own and its
sources'), ties to the claim's own article; it is computed, not stored, so a later import of an
earlier article makes that article the origin at once. The claim itself stays anchored in the
article it was first stored from (its quote, offsets, outcomes and the as-of filter go by that
article).

Similarity: the Jaccard overlap of the two quotes' content words (lower case, letters and
digits, a short list of function words and auxiliaries left out, so "will" and "would" agree),
and none when the numbers in them differ ("district 3" is not "district 4").
Measured on the project's own pairs (tests/unit/test_claim_sources.py: ``SAME`` and
``DIFFERENT``): the same claim worded by two outlets scores 0.71–1.0, different claims of one
speaker on one subject 0.0–0.44; the threshold sits between.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from claimledger.services.errors import InputError, NotFoundError
from claimledger.store import claims, fts, sources, speakers
from claimledger.store.tables import utcnow
from claimledger.store.sources import ANALYST, AUTO

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

SAME_CLAIM = 0.55
GENERIC_KINDS = frozenset({"group"})  # "officials", "analysts": not one speaker across articles
MIN_WORDS = 3  # quotes with fewer content words are never linked automatically
_WORD = re.compile(r"[^\W_]+")
FUNCTION_WORDS = frozenset("""a an the of to in on at by for from with and or but as that this these those it its
    is are was were be been being am will would shall should can could may might must do does did has have had
    not no there their they them he she his her we our us i you your said says say told""".split())


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.casefold()) if w not in FUNCTION_WORDS)


def _numbers(text: str) -> tuple[str, ...]:
    """The numbers of a quote, in order ("district 3 … project 4" is not "district 4 … project 3")."""
    return tuple(w for w in _WORD.findall(text) if any(ch.isdigit() for ch in w))


def _features(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    return content_words(text), _numbers(text)


def _similar(fa: tuple[frozenset[str], tuple[str, ...]], fb: tuple[frozenset[str], tuple[str, ...]]) -> float:
    (wa, na), (wb, nb) = fa, fb
    if not wa or not wb or na != nb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def similarity(a: str, b: str) -> float:
    """Jaccard overlap of the content words of two quotes (0 … 1); 0 when their numbers differ
    or come in another order ("road project 4" is not "road project 5", whatever else they share)."""
    return _similar(_features(a), _features(b))


# -- the claim a source would be on its own (``claim_source.detached``) ------------------------------
_DATES = ("deadline_anchor", "deadline_earliest", "deadline_latest", "event_earliest", "event_latest",
          "status_observed_on")
_TIMES = ("created_at", "updated_at")


def _encode(row: dict) -> str:
    return json.dumps({k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in row.items()},
                      ensure_ascii=False)


def _decode(text: str) -> dict:
    d = json.loads(text)
    for k in _DATES:
        if d.get(k):
            d[k] = date.fromisoformat(d[k])
    for k in _TIMES:
        if d.get(k):
            d[k] = datetime.fromisoformat(d[k])
    return d


def _deadlines_meet(row: dict, c) -> bool:
    """Both deadline windows overlap, or one of the claims has none."""
    a0, a1 = row.get("deadline_earliest"), row.get("deadline_latest")
    b0, b1 = c.deadline_earliest, c.deadline_latest
    if (a0 is None and a1 is None) or (b0 is None and b1 is None):
        return True
    lo = max(x for x in (a0, b0, date.min) if x is not None)
    hi = min(x for x in (a1, b1, date.max) if x is not None)
    return lo <= hi


CANDIDATES = 2000  # a new claim is compared with its speaker's newest claims of its kind, this many


_COMPARED = ("article_id", "quote", "review", "deadline_earliest", "deadline_latest")


class _Kept:
    """The claims of one speaker and kind read so far: their rows, their words, and an index
    from (numbers, word) to the claims that have them (only those sharing words are scored)."""

    __slots__ = ("rows", "feats", "index")

    def __init__(self) -> None:
        self.rows: dict[int, object] = {}
        self.feats: dict[int, tuple[frozenset[str], tuple[str, ...]]] = {}
        self.index: dict[tuple[str, ...], dict[str, set[int]]] = {}

    def add(self, row) -> None:
        self.drop(row.id)
        if row.review == "rejected":
            return
        f = _features(row.quote)
        self.rows[row.id], self.feats[row.id] = row, f
        by_word = self.index.setdefault(f[1], {})
        for w in f[0]:
            by_word.setdefault(w, set()).add(row.id)

    def drop(self, claim_id: int) -> None:
        f = self.feats.pop(claim_id, None)
        self.rows.pop(claim_id, None)
        if f is not None:
            by_word = self.index[f[1]]
            for w in f[0]:
                by_word[w].discard(claim_id)

    def trim(self) -> None:
        """Only the newest :data:`CANDIDATES` kept, once twice as many were read."""
        if len(self.rows) > 2 * CANDIDATES:
            for cid in sorted(self.rows)[:-CANDIDATES]:
                self.drop(cid)


class RepeatPool:
    """What :func:`link_repeats` has read of the ledger, kept across the articles of one import
    (``Importer.import_many``): per speaker and kind, the claims read and their words. Each later
    article reads only the claims stored since the one before (one query), not each speaker's
    newest :data:`CANDIDATES` again. The claim a new claim would join is read once more before
    it is linked: another program may have changed, rejected or removed it since (then it is
    scored again as it is now, or left out)."""

    def __init__(self) -> None:
        self._kept: dict[tuple[int, str], _Kept] = {}
        self._upto: int | None = None  # every claim up to this id has been seen

    def refresh(self, conn) -> None:
        """The claims stored since the last call added to the speakers and kinds kept (all of
        them dropped when there are more than :data:`CANDIDATES`: another program imported much
        meanwhile, each is read anew when needed)."""
        if self._upto is None:
            self._upto = fts.claim_id_bound(conn)
            return
        rows = sources.claims_since(conn, after=self._upto, limit=CANDIDATES + 1)
        if len(rows) > CANDIDATES:
            self._kept.clear()
            self._upto = fts.claim_id_bound(conn)
            return
        for row in rows:
            k = self._kept.get((row.speaker_id, row.kind))
            if k is not None:
                k.add(row)
                k.trim()
            self._upto = row.id

    def kept(self, conn, *, speaker_id: int, kind: str, article_id: int) -> _Kept:
        k = self._kept.get((speaker_id, kind))
        if k is None:
            k = self._kept[(speaker_id, kind)] = _Kept()
            for row in reversed(sources.candidates(conn, speaker_id=speaker_id, kind=kind, not_article=article_id,
                                                   limit=CANDIDATES)):
                k.add(row)
        return k


def _best(kept: _Kept, row: dict, mine, taken: set[int]) -> tuple[int | None, float]:
    """The kept claim most like ``row`` (``mine``: its features) at or above :data:`SAME_CLAIM`,
    its deadline meeting the row's, not ``taken``; ties to the newest."""
    by_word = kept.index.get(mine[1], {})
    shared: dict[int, int] = {}
    for w in mine[0]:
        for cid in by_word.get(w, ()):
            shared[cid] = shared.get(cid, 0) + 1
    n = len(mine[0])
    best, score = None, 0.0
    for cid, both in shared.items():
        s = both / (n + len(kept.feats[cid][0]) - both)  # = _similar: the index is by numbers
        if s < SAME_CLAIM or (s, cid) <= (score, best or 0) or cid in taken or not _deadlines_meet(row, kept.rows[cid]):
            continue
        best, score = cid, s
    return best, score


def _reread(conn, chosen: dict[int, tuple[_Kept, int, str]]) -> dict[int, bool]:
    """The claims ``chosen`` ({claim id: (the kept claims it is among, their speaker, kind)}) read
    again in one query; each one's kept row made what it is now (dropped if it is gone or has
    another speaker or kind now). {claim id: True if it was unchanged, False if it was changed}."""
    now = {r.id: r for r in sources.candidates_by_ids(conn, claim_ids=list(chosen))}
    out: dict[int, bool] = {}
    for cid, (kept, sid, kind) in chosen.items():
        r = now.get(cid)
        same_key = r is not None and r.speaker_id == sid and r.kind == kind
        out[cid] = same_key and cid in kept.rows and all(getattr(r, f) == getattr(kept.rows[cid], f) for f in _COMPARED)
        if not out[cid]:
            kept.drop(cid)
            if same_key:
                kept.add(r)
    return out


def link_repeats(conn, *, article_id: int, rows: list[dict], pool: RepeatPool | None = None) -> tuple[list[dict], int]:
    """The rows of a new article's claims (``claims.new_claim_row``) that are claims of their own,
    and the number that became sources of claims already in the ledger (module doc). ``pool``:
    what earlier articles of the same import read (:class:`RepeatPool`)."""
    pool = pool or RepeatPool()
    pool.refresh(conn)
    sids = {row["speaker_id"] for row in rows if row.get("speaker_id") is not None}
    kinds = speakers.speaker_kinds(conn, speaker_ids=sids) if sids else {}
    # each row that may repeat a claim: its words, its speaker's claims of its kind, the best of them
    todo: list[tuple | None] = []
    for row in rows:
        sid = row.get("speaker_id")
        mine = _features(row["quote"])
        if sid is None or kinds.get(sid, "group") in GENERIC_KINDS or len(mine[0]) < MIN_WORDS:
            todo.append(None)
            continue
        kept = pool.kept(conn, speaker_id=sid, kind=row["kind"], article_id=article_id)
        todo.append((mine, kept, _best(kept, row, mine, set())))
    # the claims they would join, read again at once: as they are now (RepeatPool)
    current = _reread(conn, {t[2][0]: (t[1], r["speaker_id"], r["kind"]) for r, t in zip(rows, todo)
                             if t is not None and t[2][0] is not None})
    keep: list[dict] = []
    linked: list[dict] = []
    taken: set[int] = set()  # claims given a source in this article already (one per article)
    now = utcnow()
    for row, t in zip(rows, todo):
        if t is None:
            keep.append(row)
            continue
        mine, kept, (best, score) = t
        if best is None or best in taken or not current[best]:  # (unchanged: the first pass's best stands)
            while True:  # another claim (or the same, read again) is the best now
                best, score = _best(kept, row, mine, taken)
                if best is None or best in current:  # read again in this article: as it is now
                    break
                current.update(_reread(conn, {best: (kept, row["speaker_id"], row["kind"])}))
        if best is None:
            keep.append(row)
            continue
        taken.add(best)
        linked.append(dict(claim_id=best, article_id=article_id, start=row["start"], end=row["end"], quote=row["quote"],
                           linked_by=AUTO, linked_at=now, score=round(score, 3), detached=_encode(row)))
    sources.insert_sources(conn, linked)
    return keep, len(linked)


@dataclass(frozen=True, slots=True)
class SourceView:
    """An article reporting a claim: the claim's own (``own``) or a further source."""

    article_id: int
    title: str
    outlet: str | None
    url: str | None
    published_on: date
    quote: str
    start: int
    end: int
    own: bool
    linked_by: str | None  # auto, analyst; None for the claim's own article
    origin: bool = False  # the earliest published of them


@dataclass(frozen=True, slots=True)
class LinkResult:
    claim_id: int  # the claim the source belongs to
    article_id: int  # the source's article
    detached_claim_id: int  # the claim that became the source (link) or was made of it (unlink)


def reporting_articles(conn, claim_id: int) -> tuple[SourceView, ...]:
    """The claim's own article and its sources, earliest first, the origin marked (module doc)."""
    further = sources.sources_of(conn, claim_id=claim_id)
    if not further:
        return ()
    c = sources.claim_and_article(conn, claim_id=claim_id)
    if c is None:
        return ()
    out = [SourceView(c.article_id, c.title, c.outlet, c.url, c.published_on, c.quote, c.start, c.end, True, None)]
    out += [SourceView(s.article_id, s.article_title, s.outlet, s.url, s.published_on, s.quote, s.start, s.end,
                       False, s.linked_by) for s in further]
    out.sort(key=lambda v: (v.published_on, not v.own, v.article_id))
    first = out[0]
    return (SourceView(*[getattr(first, f) for f in SourceView.__slots__ if f != "origin"], origin=True), *out[1:])


class Sources:
    """Sources of claims: listed, linked and unlinked by hand (each call one transaction)."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def of(self, claim_id: int) -> tuple[SourceView, ...]:
        """The articles reporting the claim, earliest first (empty: only its own article)."""
        with self.uow.read() as conn:
            if not claims.claim_exists(conn, claim_id=claim_id):
                raise NotFoundError(f"no claim with id {claim_id}")
            return reporting_articles(conn, claim_id)

    def link(self, claim_id: int, same_as: int) -> LinkResult:
        """Claim ``claim_id`` is the same claim as ``same_as``: it becomes a source of that claim
        (its own sources with it); it can be given back with ``unlink``."""
        if claim_id == same_as:
            raise InputError(f"claim {claim_id} cannot be a source of itself")
        with self.uow.write() as conn:
            x = claims.claim_by_id(conn, claim_id=claim_id)
            y = claims.claim_by_id(conn, claim_id=same_as)
            for cid, row in ((claim_id, x), (same_as, y)):
                if row is None:
                    raise NotFoundError(f"no claim with id {cid}")
            if x.article_id in sources.articles_of_claim(conn, claim_id=y.id):
                raise InputError(f"claim {y.id} is already reported by article {x.article_id} "
                                 f"(a claim has one quote per article)")
            if sources.events_count(conn, claim_id=x.id):
                raise InputError(f"claim {x.id} has outcomes recorded; a source carries none — "
                                 f"link the other way (claim link {y.id} {x.id}) or record them on claim {y.id}")
            own = sources.articles_of_claim(conn, claim_id=y.id)
            mine = sources.sources_of(conn, claim_id=x.id)
            kept = [s for s in mine if s.article_id in own]  # y already has those articles: kept in the record
            moved = sources.move_sources(conn, from_claim=x.id, to_claim=y.id)
            row = {k: getattr(x, k) for k in x._fields}
            row["_moved_sources"] = moved
            row["_kept_sources"] = [{k: (getattr(s, k).isoformat() if isinstance(getattr(s, k), (date, datetime))
                                         else getattr(s, k)) for k in ("article_id", "start", "end", "quote",
                                                                       "linked_by", "score", "linked_at", "detached")}
                                    for s in kept]
            sources.insert_source(conn, claim_id=y.id, article_id=x.article_id, start=x.start, end=x.end, quote=x.quote,
                                  linked_by=ANALYST, linked_at=utcnow(), detached=_encode(row))
            sources.delete_claim(conn, claim_id=x.id)
        return LinkResult(y.id, x.article_id, x.id)

    def unlink(self, claim_id: int, article_id: int) -> LinkResult:
        """The claim's source in that article becomes a claim of its own again (module doc)."""
        with self.uow.write() as conn:
            y = claims.claim_by_id(conn, claim_id=claim_id)
            if y is None:
                raise NotFoundError(f"no claim with id {claim_id}")
            s = sources.source_of(conn, claim_id=claim_id, article_id=article_id)
            if s is None:
                if y.article_id == article_id:
                    raise InputError(f"article {article_id} is claim {claim_id}'s own article, not a further source")
                raise NotFoundError(f"claim {claim_id} has no source in article {article_id}")
            row = _decode(s.detached) if s.detached else {}
            moved = row.pop("_moved_sources", [])
            kept = row.pop("_kept_sources", [])
            values = claims.new_claim_row(
                article_id=s.article_id, quote=s.quote, start=s.start, end=s.end, kind=row.get("kind", y.kind),
                speaker_id=y.speaker_id, now=utcnow())
            for k, v in row.items():
                if k in values and k not in ("article_id", "quote", "start", "end", "speaker_id", "status",
                                             "status_observed_on"):
                    values[k] = v
            if row.get("speaker_id") and speakers.speaker_row(conn, speaker_id=row["speaker_id"]) is not None:
                values["speaker_id"] = row["speaker_id"]
            if "speaker_mention" in row:
                values["speaker_mention"] = row["speaker_mention"]
            if row.get("id") and not claims.claim_exists(conn, claim_id=row["id"]):
                values["id"] = row["id"]  # a claim linked by hand comes back as itself
            sources.delete_source(conn, source_id=s.id)
            new_id = claims.insert_claim(conn, values)
            sources.set_claim_of_sources(conn, source_ids=moved, claim_id=new_id)
            for k in kept:
                sources.insert_source(conn, claim_id=new_id, article_id=k["article_id"], start=k["start"], end=k["end"],
                                      quote=k["quote"], linked_by=k["linked_by"], score=k["score"],
                                      linked_at=datetime.fromisoformat(k["linked_at"]), detached=k["detached"])
        return LinkResult(claim_id, article_id, new_id)
