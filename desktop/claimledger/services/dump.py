"""Full-fidelity JSON: articles (with text), speakers, claims and every outcome event, and the
import that loads such a file into another database (export → import → export is identical).

Format (``"format": "claimledger-dump"``, ``"version": 1``): one object with the lists
``articles``, ``speakers``, ``claims``, ``outcome_events``; dates ISO 8601, timestamps UTC
``YYYY-MM-DDTHH:MM:SS``; ids are the source database's and cross-reference the lists. Loading
into an empty database keeps the ids; into a non-empty one, articles already present (same
text) are reused, their claims matched by offsets and quote, and events not already recorded
are appended — so importing the same dump twice changes nothing.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import func, select

from claimledger.domain import ClaimKind, Review, Status
from claimledger.services.errors import InputError
from claimledger.store import queries
from claimledger.store.models import Article, Claim, OutcomeEvent, Speaker
from claimledger.store.queries import ClaimFilter

FORMAT, VERSION = "claimledger-dump", 1
A, S, C, E = Article.__table__, Speaker.__table__, Claim.__table__, OutcomeEvent.__table__
ARTICLE_FIELDS = ("id", "title", "outlet", "url", "published_on", "text", "sha256", "imported_at", "origin")
SPEAKER_FIELDS = ("id", "name", "kind", "affiliation_id", "aliases")
CLAIM_FIELDS = ("id", "article_id", "speaker_id", "quote", "start", "end", "summary", "kind", "modality", "condition",
                "negated", "review", "confidence", "deadline_expression", "deadline_anchor", "deadline_earliest",
                "deadline_latest", "deadline_granularity", "event_expression", "event_earliest", "event_latest", "tags",
                "version", "created_at", "updated_at")
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


class DumpService:
    def export_json(self, out: IO[str], f: ClaimFilter = ClaimFilter()) -> int:
        """Write the dump of the claims selected by ``f`` (events observed up to ``f.as_of``)."""
        with self._read() as conn:
            ids = queries.claim_ids_select(f, today=self.today(), dialect=self.dialect).subquery()
            claims = conn.execute(select(C).where(C.c.id.in_(select(ids.c.id))).order_by(C.c.id)).all()
            art_ids = sorted({c.article_id for c in claims})
            spk_ids = {c.speaker_id for c in claims if c.speaker_id}
            speakers = conn.execute(select(S).order_by(S.c.id)).all()
            by_id = {s.id: s for s in speakers}
            for sid in list(spk_ids):  # affiliations come along
                while sid and by_id[sid].affiliation_id and by_id[sid].affiliation_id not in spk_ids:
                    sid = by_id[sid].affiliation_id
                    spk_ids.add(sid)
            ev_q = select(E).where(E.c.claim_id.in_(select(ids.c.id)))
            if f.as_of is not None:
                ev_q = ev_q.where(E.c.observed_on <= f.as_of)
            events = conn.execute(ev_q.order_by(E.c.id)).all()
            articles = conn.execute(select(A).where(A.c.id.in_(art_ids)).order_by(A.c.id)).all() if art_ids else []
        doc = {
            "format": FORMAT, "version": VERSION, "as_of": _jsonable(f.as_of),
            "articles": [_record(a, ARTICLE_FIELDS) for a in articles],
            "speakers": [_record(s, SPEAKER_FIELDS) for s in speakers if s.id in spk_ids],
            "claims": [_record(c, CLAIM_FIELDS) for c in claims],
            "outcome_events": [_record(e, EVENT_FIELDS) for e in events],
        }
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return len(claims)

    def import_json_file(self, path: str | Path) -> dict[str, int]:
        path = Path(path)
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
        added = {"articles": 0, "speakers": 0, "claims": 0, "outcome_events": 0}
        with self._write() as conn:
            keep_ids = conn.execute(select(func.count()).select_from(A)).scalar() == 0 and \
                conn.execute(select(func.count()).select_from(S)).scalar() == 0
            art_map: dict[int, int] = {}
            for a in doc["articles"]:
                found = conn.execute(select(A.c.id).where(A.c.sha256 == a["sha256"])).scalar()
                if found is None:
                    values = _values(a, ARTICLE_FIELDS, keep_ids)
                    found = conn.execute(A.insert().values(**values)).inserted_primary_key[0]
                    added["articles"] += 1
                art_map[a["id"]] = found
            spk_map: dict[int, int] = {}
            pending_aff = []
            for s in doc["speakers"]:
                key = " ".join(s["name"].split()).casefold()
                found = conn.execute(select(S.c.id).where(S.c.key == key)).scalar()
                if found is None:
                    values = _values(s, SPEAKER_FIELDS, keep_ids) | {"key": key, "affiliation_id": None,
                                                                     "aliases": "\n".join(s.get("aliases") or [])}
                    found = conn.execute(S.insert().values(**values)).inserted_primary_key[0]
                    added["speakers"] += 1
                    if s.get("affiliation_id"):
                        pending_aff.append((found, s["affiliation_id"]))
                spk_map[s["id"]] = found
            for sid, aff in pending_aff:
                if aff in spk_map:
                    conn.execute(S.update().where(S.c.id == sid).values(affiliation_id=spk_map[aff]))
            claim_map: dict[int, int] = {}
            for c in doc["claims"]:
                if c["article_id"] not in art_map:
                    raise InputError(f"claim {c['id']} refers to article {c['article_id']}, which is not in the file")
                aid = art_map[c["article_id"]]
                found = conn.execute(select(C.c.id).where(C.c.article_id == aid, C.c.start == c["start"],
                                                          C.c.end == c["end"], C.c.quote == c["quote"])).scalar()
                if found is None:
                    values = _values(c, CLAIM_FIELDS, keep_ids) | {
                        "article_id": aid, "speaker_id": spk_map.get(c["speaker_id"]) if c.get("speaker_id") else None}
                    found = conn.execute(C.insert().values(**values)).inserted_primary_key[0]
                    added["claims"] += 1
                claim_map[c["id"]] = found
            for e in doc["outcome_events"]:
                if e["claim_id"] not in claim_map:
                    raise InputError(f"outcome event {e['id']} refers to claim {e['claim_id']}, which is not in the file")
                cid = claim_map[e["claim_id"]]
                values = _values(e, EVENT_FIELDS, keep_ids) | {"claim_id": cid}
                dup = conn.execute(select(E.c.id).where(
                    E.c.claim_id == cid, E.c.status == values["status"], E.c.observed_on == values["observed_on"],
                    E.c.recorded_at == values["recorded_at"], E.c.author == values["author"])).first()
                if dup is None:
                    conn.execute(E.insert().values(**values))
                    added["outcome_events"] += 1
            queries.refresh_status_cache(conn, claim_ids=sorted(set(claim_map.values())))
            if keep_ids:
                queries.reset_id_sequences(conn)
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
            v = datetime.fromisoformat(v)
        out[f] = v
    return out


def _validate(doc) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(f"not a Claim Ledger JSON export (no \"format\": \"{FORMAT}\")")
    if doc.get("version") != VERSION:
        raise InputError(f"export version {doc.get('version')!r} is not supported (this app reads version {VERSION})")
    need = {"articles": ARTICLE_FIELDS, "speakers": ("id", "name"), "claims": CLAIM_FIELDS,
            "outcome_events": EVENT_FIELDS}
    for key, fields in need.items():
        items = doc.get(key)
        if not isinstance(items, list):
            raise InputError(f"\"{key}\" must be a list")
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise InputError(f"{key}[{i}] must be an object")
            missing = [f for f in fields if f not in item and f not in ("outlet", "url", "modality", "condition")]
            if missing:
                raise InputError(f"{key}[{i}] lacks {', '.join(missing)}")
    try:
        for c in doc["claims"]:
            ClaimKind(c["kind"]), Review(c["review"])
            for f in DATE_FIELDS & set(c):
                c[f] and date.fromisoformat(c[f])
        for e in doc["outcome_events"]:
            Status(e["status"]), date.fromisoformat(e["observed_on"]), datetime.fromisoformat(e["recorded_at"])
        for a in doc["articles"]:
            date.fromisoformat(a["published_on"])
    except (ValueError, TypeError) as exc:
        raise InputError(f"invalid value in export: {exc}") from None
