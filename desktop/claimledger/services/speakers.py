"""One speaker across articles (issue 17): the speaker an imported claim's name resolves to,
and the analyst's merge and split of speakers.

Resolution on import (``resolve_speaker``, inside the import's transaction), in order:

1. the same name (case-insensitive: the speaker's key) — that speaker;
2. a name that is exactly one speaker's alias — that speaker ("Mr. Biden" once merged in);
3. a surname on its own, or with a title in the article's words ("Biden", "Mr. Biden",
   "President Biden"), of a person: the one person whose name or an alias ends in it; never a
   guess — two persons with that surname, and it becomes a speaker of its own;
4. a person's full name ("Joe Biden") when the ledger knows that surname only as a speaker of
   its own ("Biden", from an article that never named him in full) and no other person with
   it: that speaker, now under the full name (the surname kept as an alias).

The words the article used ("President Biden") are added as an alias, and the organisation a
person speaks for is kept (an affiliation is filled in, never replaced). Organisations and
governments resolve by name and alias only (steps 1-2).

Merge (``merge(from_id, into_id)``): the claims of one speaker go to the other, its name and
aliases become the other's aliases, speakers who spoke for it speak for the other, and a kind
or an affiliation the other lacks is taken; the speaker is then removed. Each merge is recorded
(table ``speaker_merge``) with what it changed, so that ``split(speaker_id)`` reverses the
newest merge into a speaker (the speaker comes back with its id, name and claims). ``split(
speaker_id, alias=NAME)`` instead makes a new speaker of one alias, with the claims the articles
attributed under exactly those words.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.services.errors import InputError, NotFoundError
from claimledger.store import speakers
from claimledger.store.tables import utcnow
from claimledger.store.speakers import speaker_key

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

PERSON = "person"
TITLES = frozenset("""mr mrs ms miss dr sen rep gov gen lt col sgt capt maj rev president senator governor
    representative secretary minister judge justice mayor chairman chairwoman speaker sir lady lord prince king
    queen pope professor prof former vice prime chancellor premier ambassador commissioner general
    congressman congresswoman councilman councilwoman""".split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _words(name: str) -> list[str]:
    return [w.strip(".,'\u2019") for w in name.split() if w.strip(".,'\u2019")]


def surname(name: str) -> str:
    """The last word of a person's name, case-folded ("Joe Biden Jr." -> "biden")."""
    words = [w for w in _words(name) if w.casefold() not in SUFFIXES]
    return words[-1].casefold() if words else ""


def _is_bare_surname(name: str, mention: str | None) -> bool:
    """A surname alone ("Biden"), or with only titles before it in the article's words
    ("President Biden", "Mr. Biden")."""
    if len(_words(name)) == 1:
        return True
    if mention:
        words = _words(mention)
        return len(words) >= 2 and all(w.casefold() in TITLES for w in words[:-1])
    return False


def _names_of(row) -> list[str]:
    return [row.name, *(a for a in (row.aliases or "").split("\n") if a)]


def _alias_list(aliases: str) -> list[str]:
    return [a for a in (aliases or "").split("\n") if a]


def _with_aliases(row, *new: str | None) -> str | None:
    """The row's aliases with ``new`` ones added (not its name, not twice); None if unchanged."""
    have = _alias_list(row.aliases)
    seen = {speaker_key(a) for a in have} | {row.key}
    added = False
    for a in new:
        a = " ".join((a or "").split())
        if a and speaker_key(a) not in seen:
            have.append(a)
            seen.add(speaker_key(a))
            added = True
    return "\n".join(have) if added else None


def resolve_speaker(conn, *, name: str, kind: str, mention: str | None, affiliation_id: int | None) -> int:
    """The speaker an imported claim's ``name`` stands for, created when none is (module doc)."""
    key = speaker_key(name)
    row = speakers.speaker_with_key(conn, key=key)
    if row is None:
        row = _known_as(conn, name=name, kind=kind, mention=mention)
    if row is None:
        return speakers.upsert_speaker(conn, name=name, kind=kind or "unknown", affiliation_id=affiliation_id,
                                       alias=mention).id
    changes = {}
    if row.kind == "unknown" and kind and kind != "unknown":
        changes["kind"] = kind
    if row.affiliation_id is None and affiliation_id is not None and affiliation_id != row.id:
        changes["affiliation_id"] = affiliation_id
    aliases = _with_aliases(row, name, mention)
    if aliases is not None:
        changes["aliases"] = aliases
    speakers.update_speaker(conn, speaker_id=row.id, **changes)
    return row.id


def _known_as(conn, *, name: str, kind: str, mention: str | None):
    """The one speaker ``name`` is an alias or (for a person) a surname of; None when none is,
    or when more than one could be."""
    key = speaker_key(name)
    rows = speakers.speakers_mentioning(conn, word=name)
    by_alias = [r for r in rows if key in {speaker_key(a) for a in _alias_list(r.aliases)}]
    if len(by_alias) == 1:
        return by_alias[0]
    if by_alias or kind not in (PERSON, "unknown"):
        return None
    last = surname(name)
    if not last:
        return None
    if _is_bare_surname(name, mention):
        # "Biden" / "President Biden": the one person whose name or an alias ends in that surname
        rows = rows if len(_words(name)) == 1 else speakers.speakers_mentioning(conn, word=last)
        persons = [r for r in rows if r.kind == PERSON and any(surname(n) == last for n in _names_of(r))]
        return persons[0] if len(persons) == 1 else None
    if kind == PERSON and len(_words(name)) >= 2:
        # "Joe Biden" where the ledger only knew "Biden": that speaker, named in full from now on
        rows = speakers.speakers_mentioning(conn, word=last)
        same = [r for r in rows if r.kind in (PERSON, "unknown") and surname(r.name) == last]
        bare = [r for r in same if len(_words(r.name)) == 1]
        if len(same) == 1 and len(bare) == 1:
            r = bare[0]
            aliases = _with_aliases(r, r.name)
            speakers.update_speaker(conn, speaker_id=r.id, name=" ".join(name.split()), key=key,
                                    **({"aliases": aliases} if aliases is not None else {}))
            return speakers.speaker_row(conn, speaker_id=r.id)
    return None


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...]
    affiliation: str | None
    claims: int


@dataclass(frozen=True, slots=True)
class MergeResult:
    merge_id: int
    from_id: int
    from_name: str
    into_id: int
    into_name: str
    claims: int  # claims moved


@dataclass(frozen=True, slots=True)
class SplitResult:
    speaker_id: int  # the speaker made (or brought back)
    name: str
    from_id: int  # the speaker it was taken from
    claims: int  # claims moved to it
    merge_id: int | None = None  # the merge reversed (a split of a merge)


class Speakers:
    """Speakers listed, merged and split (each call one transaction)."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def list(self) -> list[SpeakerInfo]:
        with self.uow.read() as conn:
            rows = speakers.speaker_listing(conn)
        return [SpeakerInfo(r.id, r.name, r.kind, tuple(_alias_list(r.aliases)), r.affiliation, r.claims) for r in rows]

    def get(self, speaker_id: int) -> SpeakerInfo:
        """One speaker, with its aliases and whether a merge into it can be reversed (``claims``:
        how many claims it has)."""
        with self.uow.read() as conn:
            r = _speaker(conn, speaker_id)
            n = len(speakers.claim_ids_of_speaker(conn, speaker_id=speaker_id))
            aff = speakers.speaker_name(conn, speaker_id=r.affiliation_id) if r.affiliation_id else None
        return SpeakerInfo(r.id, r.name, r.kind, tuple(_alias_list(r.aliases)), aff, n)

    def last_merge(self, speaker_id: int) -> str | None:
        """The name of the speaker last merged into this one (not reversed yet), None if none."""
        with self.uow.read() as conn:
            m = speakers.last_merge_into(conn, into_id=speaker_id)
        return json.loads(m.record)["from"]["name"] if m is not None else None

    def merge(self, from_id: int, into_id: int) -> MergeResult:
        """Speaker ``from_id`` merged into ``into_id`` (module doc); recorded for ``split``."""
        if from_id == into_id:
            raise InputError(f"cannot merge speaker {from_id} into itself")
        with self.uow.write() as conn:
            a = _speaker(conn, from_id)
            b = _speaker(conn, into_id)
            now = utcnow()
            moved = speakers.set_claims_speaker(conn, claim_ids=speakers.claim_ids_of_speaker(conn, speaker_id=a.id),
                                                speaker_id=b.id)
            followers = [s for s in speakers.affiliated_to(conn, speaker_id=a.id) if s != b.id]
            speakers.set_affiliations(conn, speaker_ids=followers, affiliation_id=b.id)
            changes: dict = {}
            if b.affiliation_id == a.id:  # b spoke for a: a is b now
                changes["affiliation_id"] = a.affiliation_id if a.affiliation_id != b.id else None
            elif b.affiliation_id is None and a.affiliation_id is not None and a.affiliation_id != b.id:
                changes["affiliation_id"] = a.affiliation_id
            if b.kind == "unknown" and a.kind != "unknown":
                changes["kind"] = a.kind
            aliases = _with_aliases(b, a.name, *_alias_list(a.aliases))
            if aliases is not None:
                changes["aliases"] = aliases
            added = [x for x in _alias_list(aliases or b.aliases) if x not in _alias_list(b.aliases)]
            record = {
                "from": {k: getattr(a, k) for k in ("id", "name", "key", "kind", "affiliation_id", "aliases")},
                "claims": moved, "followers": followers, "aliases_added": added,
                "into_before": {k: getattr(b, k) for k in ("kind", "affiliation_id") if k in changes},
            }
            speakers.update_speaker(conn, speaker_id=b.id, **changes)
            speakers.delete_speaker(conn, speaker_id=a.id)
            merge_id = speakers.insert_merge(conn, from_id=a.id, into_id=b.id, record=json.dumps(record), merged_at=now)
        return MergeResult(merge_id, a.id, a.name, b.id, b.name, len(moved))

    def split(self, speaker_id: int, *, alias: str | None = None) -> SplitResult:
        """Without ``alias``: the newest merge into the speaker reversed. With it: a new speaker
        of that alias, with the claims attributed under exactly those words (module doc)."""
        if alias is not None:
            return self._split_alias(speaker_id, alias)
        with self.uow.write() as conn:
            b = _speaker(conn, speaker_id)
            m = speakers.last_merge_into(conn, into_id=b.id)
            if m is None:
                raise InputError(f"speaker {b.id} ({b.name}) has no merge to reverse; "
                                 f"give --alias NAME to split one of its aliases off")
            return self._reverse(conn, b, m)

    def undo_merge(self, merge_id: int) -> SplitResult:
        """Reverse that merge (the window's undo), provided it is the newest one into its speaker."""
        with self.uow.write() as conn:
            m = speakers.merge_record(conn, merge_id=merge_id)
            if m is None or m.undone_at is not None:
                raise InputError(f"merge {merge_id} is not in the ledger or was reversed already")
            b = _speaker(conn, m.into_id)
            last = speakers.last_merge_into(conn, into_id=b.id)
            if last is None or last.id != m.id:
                raise InputError(f"speaker {b.id} ({b.name}) was merged with another one since; reverse that first")
            return self._reverse(conn, b, m)

    @staticmethod
    def _reverse(conn, b, m) -> SplitResult:
        rec = json.loads(m.record)
        a = rec["from"]
        taken = speakers.speaker_with_key(conn, key=a["key"])
        if taken is not None:
            raise InputError(f"cannot bring back speaker {a['id']} ({a['name']}): speaker {taken.id} has that name now")
        affiliation = a["affiliation_id"]
        if affiliation is not None and speakers.speaker_row(conn, speaker_id=affiliation) is None:
            affiliation = None
        values = {"name": a["name"], "key": a["key"], "kind": a["kind"], "affiliation_id": affiliation,
                  "aliases": a["aliases"]}
        if speakers.speaker_row(conn, speaker_id=a["id"]) is None:  # its id back (SQLite may have given it away)
            values["id"] = a["id"]
        back = speakers.insert_speaker_row(conn, values=values)
        moved = speakers.set_claims_speaker(conn, claim_ids=rec["claims"], speaker_id=back, only_from=b.id)
        speakers.set_affiliations(conn, speaker_ids=rec["followers"], affiliation_id=back, only_from=b.id)
        added = {speaker_key(x) for x in rec["aliases_added"]}
        changes: dict = {"aliases": "\n".join(x for x in _alias_list(b.aliases) if speaker_key(x) not in added)}
        for k, v in rec["into_before"].items():
            changes[k] = v
        speakers.update_speaker(conn, speaker_id=b.id, **changes)
        speakers.mark_merge_undone(conn, merge_id=m.id, at=utcnow())
        return SplitResult(back, a["name"], b.id, len(moved), merge_id=m.id)

    def _split_alias(self, speaker_id: int, alias: str) -> SplitResult:
        name = " ".join(alias.split())
        if not name:
            raise InputError("the alias to split off is empty")
        key = speaker_key(name)
        with self.uow.write() as conn:
            b = _speaker(conn, speaker_id)
            aliases = _alias_list(b.aliases)
            if key not in {speaker_key(x) for x in aliases}:
                shown = ", ".join(f'"{x}"' for x in aliases) or "none"
                raise InputError(f'"{name}" is not an alias of speaker {b.id} ({b.name}); its aliases: {shown}')
            taken = speakers.speaker_with_key(conn, key=key)
            if taken is not None:
                raise InputError(f'speaker {taken.id} is already called "{taken.name}"; merge instead')
            exact = next(x for x in aliases if speaker_key(x) == key)
            new_id = speakers.insert_speaker_row(conn, values={
                "name": exact, "key": key, "kind": b.kind, "affiliation_id": b.affiliation_id, "aliases": ""})
            moved = speakers.set_claims_speaker(
                conn, claim_ids=speakers.claim_ids_of_speaker(conn, speaker_id=b.id, mention_key=key), speaker_id=new_id)
            speakers.update_speaker(conn, speaker_id=b.id,
                                    aliases="\n".join(x for x in aliases if speaker_key(x) != key))
        return SplitResult(new_id, exact, b.id, len(moved))


def _speaker(conn, speaker_id: int):
    row = speakers.speaker_row(conn, speaker_id=speaker_id)
    if row is None:
        raise NotFoundError(f"no speaker with id {speaker_id}")
    return row

