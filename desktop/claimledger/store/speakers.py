"""Speakers (SQLAlchemy Core): stored and matched under a case-folded key; one upsert for every
path that adds them (import, bulk load, JSON import, claims added or edited by hand). The caller
owns the transaction."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import Connection, func, select

from claimledger.store import tables

C = tables.claim
S = tables.speaker


def speaker_key(name: str) -> str:
    """The case-folded, space-normalised form speakers are stored and matched under."""
    return " ".join(name.split()).casefold()


def find_speakers(conn: Connection, *, text: str, limit: int) -> list[tuple[int, str]]:
    """Speakers whose name starts with ``text`` (case-insensitive, an index range on the key),
    then, to fill ``limit``, those with a word starting with it ("biden" finds "Joe Biden"),
    then those containing it. At most ``limit`` rows, whatever the number of speakers."""
    key = speaker_key(text)
    if not key:
        return [(r.id, r.name) for r in conn.execute(select(S.c.id, S.c.name).order_by(S.c.key).limit(limit))]
    out: dict[int, str] = {}
    starts = (S.c.key >= key) & (S.c.key < key + "\U0010ffff")
    for r in conn.execute(select(S.c.id, S.c.name).where(starts).order_by(S.c.key).limit(limit)):
        out[r.id] = r.name
    if len(out) < limit:
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        contains = conn.execute(select(S.c.id, S.c.name, S.c.key).where(S.c.key.like(pattern, escape="\\"))
                                .order_by(S.c.key).limit(limit * 4)).all()
        word_start = [r for r in contains if f" {key}" in f" {r.key}"]  # a word of the name starts with it
        for r in word_start + contains:
            if len(out) >= limit:
                break
            out.setdefault(r.id, r.name)
    return list(out.items())[:limit]


def top_speakers(conn: Connection, *, limit: int) -> list[tuple[int, str]]:
    """The ``limit`` speakers with the most claims (the speaker index, no table scan)."""
    n = func.count().label("n")
    counted = select(C.c.speaker_id, n).where(C.c.speaker_id.is_not(None)).group_by(C.c.speaker_id) \
        .order_by(n.desc()).limit(limit).subquery()
    q = select(S.c.id, S.c.name).join(counted, counted.c.speaker_id == S.c.id).order_by(counted.c.n.desc(), S.c.key)
    return [(r.id, r.name) for r in conn.execute(q)]


class UpsertedSpeaker(NamedTuple):
    id: int
    created: bool


def upsert_speaker(conn: Connection, *, name: str, kind: str = "unknown", affiliation_id: int | None = None,
                   alias: str | None = None, aliases: Sequence[str] = (), speaker_id: int | None = None,
                   exact_name: bool = False, fill_in: bool = True) -> UpsertedSpeaker:
    """The speaker called ``name`` (case-insensitive): its id, and whether it was created now.

    A new speaker is stored under ``name`` with its spaces normalised (``exact_name``: as given),
    with ``kind``, ``affiliation_id``, the ``aliases`` and ``alias`` (unless that is the name
    itself), and the id ``speaker_id`` when given. A speaker already there keeps what it has;
    with ``fill_in`` it gets what it lacks: a kind for "unknown", an affiliation, the alias."""
    key = speaker_key(name)
    row = conn.execute(select(S.c.id, S.c.kind, S.c.affiliation_id, S.c.aliases).where(S.c.key == key)).first()
    if row is None:
        extra = [alias] if alias and alias.casefold() != key else []
        values = dict(name=name if exact_name else " ".join(name.split()), key=key, kind=kind,
                      affiliation_id=affiliation_id, aliases="\n".join([*aliases, *extra]))
        if speaker_id is not None:
            values["id"] = speaker_id
        return UpsertedSpeaker(conn.execute(S.insert().values(**values)).inserted_primary_key[0], True)
    if fill_in:
        changes = {}
        if row.kind == "unknown" and kind != "unknown":
            changes["kind"] = kind
        if row.affiliation_id is None and affiliation_id is not None and affiliation_id != row.id:
            changes["affiliation_id"] = affiliation_id
        if alias and alias.casefold() != key and alias not in row.aliases.split("\n"):
            changes["aliases"] = "\n".join(a for a in (row.aliases, alias) if a)
        if changes:
            conn.execute(S.update().where(S.c.id == row.id).values(**changes))
    return UpsertedSpeaker(row.id, False)


def set_affiliation(conn: Connection, *, speaker_id: int, affiliation_id: int | None) -> None:
    conn.execute(S.update().where(S.c.id == speaker_id).values(affiliation_id=affiliation_id))


def speakers_by_name(conn: Connection) -> list[tuple[int, str]]:
    """Every speaker (id, name), by name case-insensitively."""
    return [(r.id, r.name) for r in conn.execute(select(S.c.id, S.c.name).order_by(func.lower(S.c.name)))]


def all_speakers(conn: Connection) -> Sequence:
    """Every speaker's row, by id."""
    return conn.execute(select(S).order_by(S.c.id)).all()


def speaker_name(conn: Connection, *, speaker_id: int) -> str | None:
    return conn.execute(select(S.c.name).where(S.c.id == speaker_id)).scalar()


def speaker_names(conn: Connection, *, speaker_ids: Iterable[int]) -> dict[int, str]:
    """{speaker id: name} for the ids that exist."""
    return dict(conn.execute(select(S.c.id, S.c.name).where(S.c.id.in_(list(speaker_ids)))).all())


def affiliations_of(conn: Connection, *, speaker_ids: Iterable[int]) -> dict[int, int]:
    """{speaker id: the organisation it speaks for} for those of the ids that have one."""
    return dict(conn.execute(select(S.c.id, S.c.affiliation_id)
                             .where(S.c.id.in_(list(speaker_ids)), S.c.affiliation_id.is_not(None))).all())


def speaker_kinds(conn: Connection, *, speaker_ids: Iterable[int]) -> dict[int, str]:
    """{speaker id: kind} for the ids that exist."""
    return dict(conn.execute(select(S.c.id, S.c.kind).where(S.c.id.in_(list(speaker_ids)))).all())


def count_speakers(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(S)).scalar()


# -- one speaker across articles (issue 17): lookups for the resolution, merge and split -------------
def speaker_row(conn: Connection, *, speaker_id: int):
    """The speaker's row (every column), None if there is none."""
    return conn.execute(select(S).where(S.c.id == speaker_id)).first()


def speaker_with_key(conn: Connection, *, key: str):
    return conn.execute(select(S).where(S.c.key == key)).first()


def speakers_mentioning(conn: Connection, *, word: str) -> Sequence:
    """Speakers whose name or one of whose aliases contains ``word`` (case-insensitively; a
    superset, the caller checks words): the candidates of a surname or an alias."""
    w = speaker_key(word)
    pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    q = select(S).where(S.c.key.like(pattern, escape="\\") | func.lower(S.c.aliases).like(pattern, escape="\\"))
    return conn.execute(q.order_by(S.c.id).limit(500)).all()


def update_speaker(conn: Connection, *, speaker_id: int, **values) -> None:
    """Set the given columns (name, key, kind, affiliation_id, aliases) of one speaker."""
    if values:
        conn.execute(S.update().where(S.c.id == speaker_id).values(**values))


def insert_speaker_row(conn: Connection, *, values: dict) -> int:
    """A speaker inserted with exactly these columns (an id among them when given)."""
    return conn.execute(S.insert().values(**values)).inserted_primary_key[0]


def delete_speaker(conn: Connection, *, speaker_id: int) -> None:
    conn.execute(S.delete().where(S.c.id == speaker_id))


def claim_ids_of_speaker(conn: Connection, *, speaker_id: int, mention_key: str | None = None) -> list[int]:
    """The ids of the speaker's claims (with ``mention_key``: those attributed under that
    mention, compared case-folded)."""
    q = select(C.c.id, C.c.speaker_mention).where(C.c.speaker_id == speaker_id).order_by(C.c.id)
    rows = conn.execute(q).all()
    if mention_key is None:
        return [r.id for r in rows]
    return [r.id for r in rows if r.speaker_mention and speaker_key(r.speaker_mention) == mention_key]


def set_claims_speaker(conn: Connection, *, claim_ids: Sequence[int], speaker_id: int, only_from: int | None = None) -> list[int]:
    """Attribute those claims to ``speaker_id`` (with ``only_from``: only those still
    attributed to that speaker); the ids changed."""
    ids = list(claim_ids)
    changed: list[int] = []
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        cond = C.c.id.in_(part)
        if only_from is not None:
            cond = cond & (C.c.speaker_id == only_from)
        hit = list(conn.execute(select(C.c.id).where(cond)).scalars())
        if hit:
            conn.execute(C.update().where(C.c.id.in_(hit)).values(speaker_id=speaker_id))
        changed.extend(hit)
    return changed


def affiliated_to(conn: Connection, *, speaker_id: int) -> list[int]:
    """The speakers who speak for ``speaker_id``."""
    return list(conn.execute(select(S.c.id).where(S.c.affiliation_id == speaker_id).order_by(S.c.id)).scalars())


def set_affiliations(conn: Connection, *, speaker_ids: Sequence[int], affiliation_id: int | None,
                     only_from: int | None = None) -> None:
    ids = list(speaker_ids)
    if ids:
        cond = S.c.id.in_(ids)
        if only_from is not None:
            cond = cond & (S.c.affiliation_id == only_from)
        conn.execute(S.update().where(cond).values(affiliation_id=affiliation_id))


def speaker_listing(conn: Connection) -> Sequence:
    """Every speaker with its number of claims and its affiliation's name, by name."""
    aff = S.alias("aff")
    n = select(C.c.speaker_id, func.count().label("n")).where(C.c.speaker_id.is_not(None)) \
        .group_by(C.c.speaker_id).subquery()
    q = (select(S.c.id, S.c.name, S.c.kind, S.c.aliases, aff.c.name.label("affiliation"),
                func.coalesce(n.c.n, 0).label("claims"))
         .outerjoin(aff, aff.c.id == S.c.affiliation_id).outerjoin(n, n.c.speaker_id == S.c.id)
         .order_by(S.c.key))
    return conn.execute(q).all()


def insert_merge(conn: Connection, *, from_id: int, into_id: int, record: str, merged_at) -> int:
    return conn.execute(_merges().insert().values(from_id=from_id, into_id=into_id, record=record,
                                                  merged_at=merged_at)).inserted_primary_key[0]


def merge_record(conn: Connection, *, merge_id: int):
    return conn.execute(select(_merges()).where(_merges().c.id == merge_id)).first()


def last_merge_into(conn: Connection, *, into_id: int):
    """The newest merge into the speaker not reversed yet, None if there is none."""
    M = _merges()
    return conn.execute(select(M).where(M.c.into_id == into_id, M.c.undone_at.is_(None))
                        .order_by(M.c.id.desc()).limit(1)).first()


def mark_merge_undone(conn: Connection, *, merge_id: int, at) -> None:
    M = _merges()
    conn.execute(M.update().where(M.c.id == merge_id).values(undone_at=at))


def _merges():
    return tables.speaker_merge
