"""Full-fidelity JSON: articles (with text), speakers, claims and every outcome event, and the
import that loads such a file into another database (export → import → export is identical).

Format (``"format": "claimledger-dump"``, ``"version": 1``): one object with the lists
``articles``, ``speakers``, ``claims``, ``outcome_events`` and (since 0012, optional when
loading) ``claim_sources`` — further articles reporting a claim (``claim_id``, ``article_id``,
``start``, ``end``, ``quote``, ``linked_by``, ``score``, ``linked_at``, ``detached``: the claim the
source is on its own, an object or null); dates ISO 8601, timestamps UTC
``YYYY-MM-DDTHH:MM:SS``; ids are the source database's and cross-reference the lists. Loading
into an empty database keeps the ids; into a non-empty one, articles already present (same
text) are reused, their claims matched by offsets and quote, and events not already recorded
are appended — so importing the same dump twice changes nothing.
"""
from __future__ import annotations

import enum
import hashlib
import json
import math
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, IO
from urllib.parse import urlsplit

from sqlalchemy.exc import DataError, IntegrityError

from claimledger.domain import ClaimKind, Granularity, Review, SpeakerKind, Status
from claimledger.services.errors import InputError
from claimledger.services.files import refuse_ledger_file
from claimledger.store import articles, claims, events, sequences, sources, speakers
from claimledger.domain import ClaimFilter

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

FORMAT, VERSION = "claimledger-dump", 1
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published_on", "text", "sha256", "imported_at", "origin", "author")
SPEAKER_FIELDS = ("id", "name", "kind", "affiliation_id", "aliases")
CLAIM_FIELDS = ("id", "article_id", "speaker_id", "quote", "start", "end", "summary", "kind", "modality", "condition",
                "negated", "review", "confidence", "deadline_expression", "deadline_anchor", "deadline_earliest",
                "deadline_latest", "deadline_granularity", "event_expression", "event_earliest", "event_latest", "tags",
                "version", "created_at", "updated_at", "speaker_mention")
SOURCE_FIELDS = ("claim_id", "article_id", "start", "end", "quote", "linked_by", "score", "linked_at", "detached")
EVENT_FIELDS = ("id", "claim_id", "status", "observed_on", "recorded_at", "author", "note", "evidence_url",
                "evidence_quote")
DATE_FIELDS = {"published_on", "deadline_anchor", "deadline_earliest", "deadline_latest", "event_earliest",
               "event_latest", "observed_on"}
TIME_FIELDS = {"imported_at", "created_at", "updated_at", "recorded_at"}


def _jsonable(v):
    if isinstance(v, datetime):
        return v.replace(microsecond=0).isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return v


def _record(row, fields) -> dict:
    out = {f: _jsonable(getattr(row, f)) for f in fields}
    if "aliases" in out:
        out["aliases"] = [a for a in (out["aliases"] or "").split("\n") if a]
    return out


class Dump:
    """The JSON dump of the ledger (or of the claims a filter selects), written and loaded."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def export_json(self, out: IO[str], f: ClaimFilter = ClaimFilter()) -> int:
        """Write the dump of the claims selected by ``f`` (events observed up to ``f.as_of``)."""
        with self.uow.read() as conn:
            today = self.uow.today()
            claim_rows = claims.claims_selected(conn, f=f, today=today, dialect=self.uow.dialect)
            source_rows = sources.all_sources_of_claims(conn, claim_ids=[c.id for c in claim_rows])
            art_ids = sorted({c.article_id for c in claim_rows} | {s.article_id for s in source_rows})
            spk_ids = {c.speaker_id for c in claim_rows if c.speaker_id}
            speaker_rows = speakers.all_speakers(conn)
            by_id = {s.id: s for s in speaker_rows}
            for sid in list(spk_ids):  # affiliations come along
                while sid and by_id[sid].affiliation_id and by_id[sid].affiliation_id not in spk_ids:
                    sid = by_id[sid].affiliation_id
                    spk_ids.add(sid)
            event_rows = events.events_of_selected_claims(conn, f=f, today=today, dialect=self.uow.dialect)
            more = events.more_evidence_of(conn, event_ids=[e.id for e in event_rows])
            article_rows = articles.articles_by_ids(conn, article_ids=art_ids)
        doc = {
            "format": FORMAT, "version": VERSION, "as_of": _jsonable(f.as_of),
            "articles": [_record(a, ARTICLE_FIELDS) for a in article_rows],
            "speakers": [_record(s, SPEAKER_FIELDS) for s in speaker_rows if s.id in spk_ids],
            "claims": [_record(c, CLAIM_FIELDS) for c in claim_rows],
            "outcome_events": [_record(e, EVENT_FIELDS) | {"more_evidence": [{"url": u, "quote": q} for u, q in
                                                                              more.get(e.id, ())]} for e in event_rows],
            "claim_sources": [_record(s, SOURCE_FIELDS) | {"detached": json.loads(s.detached) if s.detached else None}
                              for s in source_rows],
        }
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return len(claim_rows)

    def import_json_file(self, path: str | Path) -> dict[str, int]:
        path = Path(path)
        refuse_ledger_file(path, "choose a JSON export (export --format json)")
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
        try:
            return self.import_dump(doc)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None

    def import_dump(self, doc: dict) -> dict[str, int]:
        """Load a dump in one transaction; returns how many rows of each kind were added."""
        _validate(doc)
        try:
            return self._load_dump(doc)
        except (IntegrityError, DataError) as exc:  # rolled back: nothing of the file was written
            detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
            raise InputError(f"the file does not fit this database ({detail})") from None

    def _load_dump(self, doc: dict) -> dict[str, int]:
        added = {"articles": 0, "speakers": 0, "claims": 0, "outcome_events": 0}
        if doc.get("claim_sources"):
            added["claim_sources"] = 0
        with self.uow.write() as conn:
            keep_ids = articles.count_articles(conn) == 0 and speakers.count_speakers(conn) == 0
            art_map: dict[int, int] = {}
            for a in doc["articles"]:
                found = articles.article_id_with_text(conn, sha256=a["sha256"])
                if found is None:
                    found = articles.insert_article(conn, **_values(a, ARTICLE_FIELDS, keep_ids))
                    added["articles"] += 1
                art_map[a["id"]] = found
            spk_map: dict[int, int] = {}
            pending_aff = []
            for s in doc["speakers"]:
                # a speaker already there (same name) is taken as it is; a new one keeps the
                # file's spelling of its name (and its id, into an empty ledger)
                found, created = speakers.upsert_speaker(
                    conn, name=s["name"], kind=s.get("kind") or "unknown", aliases=s.get("aliases") or [],
                    speaker_id=s["id"] if keep_ids else None, exact_name=True, fill_in=False)
                if created:
                    added["speakers"] += 1
                    if s.get("affiliation_id"):
                        pending_aff.append((found, s["affiliation_id"]))
                spk_map[s["id"]] = found
            for sid, aff in pending_aff:
                if aff in spk_map:
                    speakers.set_affiliation(conn, speaker_id=sid, affiliation_id=spk_map[aff])
            claim_map: dict[int, int] = {}
            for c in doc["claims"]:
                if c["article_id"] not in art_map:
                    raise InputError(f"claim {c['id']} refers to article {c['article_id']}, which is not in the file")
                aid = art_map[c["article_id"]]
                found = claims.claim_at(conn, article_id=aid, start=c["start"], end=c["end"], quote=c["quote"])
                if found is None:
                    values = _values(c, CLAIM_FIELDS, keep_ids) | {
                        "article_id": aid, "speaker_id": spk_map.get(c["speaker_id"]) if c.get("speaker_id") else None}
                    # status and its date are the events' to say: set below, from the events
                    found = claims.insert_claim(conn, claims.new_claim_row(**values))
                    added["claims"] += 1
                claim_map[c["id"]] = found
            for e in doc["outcome_events"]:
                if e["claim_id"] not in claim_map:
                    raise InputError(f"outcome event {e['id']} refers to claim {e['claim_id']}, which is not in the file")
                cid = claim_map[e["claim_id"]]
                values = _values(e, EVENT_FIELDS, keep_ids) | {"claim_id": cid}
                same = {k: v for k, v in values.items() if k != "id"}
                if not events.same_event_exists(conn, **same):
                    event_id = events.insert_event(conn, **values)
                    events.add_more_evidence(conn, event_id=event_id, items=[
                        (m["url"], m.get("quote")) for m in e.get("more_evidence") or ()])
                    added["outcome_events"] += 1
            for s in doc.get("claim_sources") or ():
                cid, aid = claim_map[s["claim_id"]], art_map[s["article_id"]]
                if aid in sources.articles_of_claim(conn, claim_id=cid):
                    continue  # there already (the claim's own article, or a source loaded before)
                detached = s.get("detached")
                if detached is not None and not keep_ids:  # the file's ids mean nothing here
                    detached = {k: v for k, v in detached.items() if k not in ("id", "_moved_sources")}
                    if detached.get("speaker_id") is not None:
                        detached["speaker_id"] = spk_map.get(detached["speaker_id"])
                sources.insert_source(
                    conn, claim_id=cid, article_id=aid, start=s["start"], end=s["end"], quote=s["quote"],
                    linked_by=s["linked_by"], score=s.get("score"),
                    linked_at=_naive_utc(datetime.fromisoformat(s["linked_at"])),
                    detached=json.dumps(detached, ensure_ascii=False) if detached is not None else None)
                added["claim_sources"] += 1
            claims.refresh_status_cache(conn, claim_ids=sorted(set(claim_map.values())))
            if keep_ids:
                sequences.reset_id_sequences(conn)
        return added


def _values(rec: dict, fields, keep_ids: bool) -> dict:
    out = {}
    for f in fields:
        if f == "id" and not keep_ids:
            continue
        v = rec.get(f)
        if v is not None and f in DATE_FIELDS:
            v = date.fromisoformat(v)
        elif v is not None and f in TIME_FIELDS:
            v = _naive_utc(datetime.fromisoformat(v))
        out[f] = v
    return out


def _naive_utc(v: datetime) -> datetime:
    """How timestamps are stored: naive UTC (an offset in the file is honoured)."""
    if v.tzinfo is not None:
        v = v.astimezone(timezone.utc).replace(tzinfo=None)
    return v.replace(microsecond=0)


MAX_ID = 2**31 - 1  # PostgreSQL integer; far beyond any ledger
# field -> (kind, required). Kinds: id, ref (an id or null), int, text (str), opt (str or null),
# date, opt_date, time, bool, number, aliases; an enum class for enum strings.
_OPT = ("outlet", "url", "modality", "condition")
SCHEMA = {
    "articles": {"id": "id", "title": "text", "outlet": "opt", "url": "opt", "published_on": "date", "text": "text",
                 "sha256": "text", "imported_at": "time", "origin": "text", "author": "opt"},
    "speakers": {"id": "id", "name": "text", "kind": SpeakerKind, "affiliation_id": "ref", "aliases": "aliases"},
    "claims": {"id": "id", "article_id": "id", "speaker_id": "ref", "quote": "text", "start": "int", "end": "int",
               "summary": "text", "kind": ClaimKind, "modality": "opt", "condition": "opt", "negated": "bool",
               "review": Review, "confidence": "number", "deadline_expression": "opt", "deadline_anchor": "opt_date",
               "deadline_earliest": "opt_date", "deadline_latest": "opt_date", "deadline_granularity": Granularity,
               "event_expression": "opt", "event_earliest": "opt_date", "event_latest": "opt_date", "tags": "text",
               "version": "id", "created_at": "time", "updated_at": "time", "speaker_mention": "opt"},
    "outcome_events": {"id": "id", "claim_id": "id", "status": Status, "observed_on": "date", "recorded_at": "time",
                       "author": "text", "note": "text", "evidence_url": "opt", "evidence_quote": "opt",
                       "more_evidence": "evidence"},
}
_OPTIONAL_KEYS = {"speakers": {"kind", "affiliation_id", "aliases"}, "articles": set(_OPT) | {"author"}, "claims": set(_OPT) | {"speaker_mention"},
                  "outcome_events": {"more_evidence"}}
_NULLABLE_ENUMS = {"deadline_granularity"}


def _check_value(where: str, field: str, kind, v) -> None:
    def bad(expected: str):
        shown = repr(v) if len(repr(v)) <= 40 else repr(v)[:37] + "..."
        raise InputError(f"{where}.{field} must be {expected}, not {shown}")

    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        if v is None and field in _NULLABLE_ENUMS:
            return
        if v is None and field == "kind" and kind is SpeakerKind:
            return
        if not isinstance(v, str) or v not in {m.value for m in kind}:
            bad("one of " + ", ".join(m.value for m in kind))
    elif kind in ("id", "int", "ref"):
        if v is None and kind == "ref":
            return
        if not isinstance(v, int) or isinstance(v, bool) or not (0 if kind == "int" else 1) <= v <= MAX_ID:
            bad("a whole number" + (" from 0" if kind == "int" else " from 1") + f" to {MAX_ID}")
    elif kind in ("text", "opt"):
        if v is None and kind == "opt":
            return
        if not isinstance(v, str):
            bad("text")
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            bad("valid Unicode text")
    elif kind in ("date", "opt_date"):
        if v is None and kind == "opt_date":
            return
        try:
            date.fromisoformat(v)
        except (TypeError, ValueError):
            bad("a date YYYY-MM-DD")
    elif kind == "time":
        try:
            datetime.fromisoformat(v)
        except (TypeError, ValueError):
            bad("a timestamp YYYY-MM-DDTHH:MM:SS")
    elif kind == "bool":
        if not isinstance(v, bool):
            bad("true or false")
    elif kind == "number":
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
            bad("a number")
    elif kind == "evidence":
        ok = v is None or (isinstance(v, list) and all(
            isinstance(m, dict) and isinstance(m.get("url"), str) and isinstance(m.get("quote"), (str, type(None)))
            and urlsplit(m["url"]).scheme in ("http", "https") for m in v))
        if not ok:
            bad('a list of {"url": "http(s)://…", "quote": text or null}')
    elif kind == "aliases":
        if v is not None and (not isinstance(v, list) or not all(isinstance(a, str) for a in v)):
            bad("a list of names")


def _validate(doc) -> None:
    """Everything the import relies on, checked before anything is written; the message names
    the record and field (``claims[3].start must be ...``)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"not a Claim Ledger JSON export (no \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION or isinstance(doc.get("version"), bool):
        raise InputError(f"export version {doc.get('version')!r} is not supported (this app reads version {VERSION})")
    for key, fields in SCHEMA.items():
        items = doc.get(key)
        if not isinstance(items, list):
            raise InputError(f"\"{key}\" must be a list")
        seen: set[int] = set()
        for i, item in enumerate(items):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                raise InputError(f"{where} must be an object")
            missing = [f for f in fields if f not in item and f not in _OPTIONAL_KEYS[key]]
            if missing:
                raise InputError(f"{where} lacks {', '.join(missing)}")
            for f, kind in fields.items():
                if f in item:
                    _check_value(where, f, kind, item[f])
            if item["id"] in seen:
                raise InputError(f"{where}: id {item['id']} appears twice in \"{key}\"")
            seen.add(item["id"])
    articles = {a["id"]: a for a in doc["articles"]}
    for i, a in enumerate(doc["articles"]):
        if not a["text"].strip():
            raise InputError(f"articles[{i}] has no text")
        if hashlib.sha256(a["text"].encode("utf-8")).hexdigest() != a["sha256"]:
            raise InputError(f"articles[{i}].sha256 does not match its text (the file was edited or damaged)")
    speakers = {s["id"] for s in doc["speakers"]}
    claims = {c["id"] for c in doc["claims"]}
    for i, s in enumerate(doc["speakers"]):
        if not " ".join(s["name"].split()):
            raise InputError(f"speakers[{i}] has an empty name")
    for i, c in enumerate(doc["claims"]):
        art = articles.get(c["article_id"])
        if art is None:
            raise InputError(f"claim {c['id']} refers to article {c['article_id']}, which is not in the file")
        if c.get("speaker_id") is not None and c["speaker_id"] not in speakers:
            raise InputError(f"claim {c['id']} refers to speaker {c['speaker_id']}, which is not in the file")
        if not (c["start"] <= c["end"] <= len(art["text"])) or art["text"][c["start"]:c["end"]] != c["quote"]:
            raise InputError(f"claims[{i}].quote is not the article's text at {c['start']}..{c['end']}")
    for e in doc["outcome_events"]:
        if e["claim_id"] not in claims:
            raise InputError(f"outcome event {e['id']} refers to claim {e['claim_id']}, which is not in the file")
    _validate_sources(doc.get("claim_sources"), articles, claims)


def _validate_sources(items, articles: dict, claims: set) -> None:
    """``claim_sources`` (optional: dumps made before 0012 have none), checked like the rest."""
    if items is None:
        return
    if not isinstance(items, list):
        raise InputError('"claim_sources" must be a list')
    fields = {"claim_id": "id", "article_id": "id", "start": "int", "end": "int", "quote": "text",
              "linked_at": "time"}
    for i, s in enumerate(items):
        where = f"claim_sources[{i}]"
        if not isinstance(s, dict):
            raise InputError(f"{where} must be an object")
        missing = [f for f in (*fields, "linked_by") if f not in s]
        if missing:
            raise InputError(f"{where} lacks {', '.join(missing)}")
        for f, kind in fields.items():
            _check_value(where, f, kind, s[f])
        if s["linked_by"] not in ("auto", "analyst"):
            raise InputError(f"{where}.linked_by must be one of auto, analyst")
        if s.get("score") is not None:
            _check_value(where, "score", "number", s["score"])
        if s.get("detached") is not None and not isinstance(s["detached"], dict):
            raise InputError(f"{where}.detached must be an object or null")
        if s["claim_id"] not in claims:
            raise InputError(f"{where} refers to claim {s['claim_id']}, which is not in the file")
        art = articles.get(s["article_id"])
        if art is None:
            raise InputError(f"{where} refers to article {s['article_id']}, which is not in the file")
        if not (s["start"] <= s["end"] <= len(art["text"])) or art["text"][s["start"]:s["end"]] != s["quote"]:
            raise InputError(f"{where}.quote is not the article's text at {s['start']}..{s['end']}")
