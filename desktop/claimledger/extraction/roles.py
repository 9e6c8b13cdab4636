"""Role words and titles: which named person a description of a person stands for.

"the senator" after "Sen. Ted Cruz", "the former president" after "former President Bill
Clinton", "the Republican presidential candidate" after "Republican presidential candidate
Donald Trump". Read by :mod:`attribution` when it resolves a source mention; nothing here names
an article's actors.
"""
from __future__ import annotations

import re
from typing import Protocol

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction.mentions import Mention, is_orgish, strip_possessive
from claimledger.extraction.names import calendar_only


class _Heard(Protocol):
    """What :func:`compatible` reads of a speaker heard before (``attribution.Speaker``)."""
    name: str
    kind: SpeakerKind
    role: str | None


# A title before a name and the role noun it stands for ("Sen. Ted Cruz" ... "the senator").
TITLE_ROLE = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
              "pres": "president", "sec": "secretary", "amb": "ambassador", "adm": "admiral",
              "prof": "professor", "supt": "superintendent", "insp": "inspector", "det": "detective",
              "capt": "captain", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "atty": "attorney",
              "dr": "doctor"}


def role_word(role: str | None) -> str:
    """The role's head noun, titles spelled out: "Sen." -> senator, "former President" -> president."""
    head = (role or "").split()[-1:] or [""]
    w = head[0].lower().rstrip(".")
    return TITLE_ROLE.get(w, w)


# "the 70-year-old former president": an epithet for the person the story is about
AGE_EPITHET = re.compile(r"\b\d{1,3}-year-old\b", re.I)


def titled_person(text: str, end: int, role: str, former: bool = False, party: str | None = None,
                  vice: bool = False, only: bool = False, place: str | None = None) -> str | None:
    """The person last named before ``end`` with ``role`` as a title or an apposition: "Sen. Ted
    Cruz", "Senator Ted Cruz", "President Obama", "Ted Cruz, the Texas senator" for "the senator".
    With ``former`` ("the former president") only a title marked former counts ("former President
    Bill Clinton"), and without it only one that is not; likewise ``vice`` ("the vice president":
    "Vice President Joe Biden"). With ``party``, the title must carry it ("Republican presidential
    candidate Donald Trump" for "the Republican presidential candidate"). With ``only``, None unless one
    person (by surname) has the title; with ``place``, not one labelled with another state ("Sen. Joni
    Ernst, R-Iowa" is not "the Florida senator"). None if no one is."""
    titles = [t for t, r in TITLE_ROLE.items() if r == role] + [role]
    name = r"([A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})"
    surname = r"([A-Z][a-z][\w'\u2019-]+)\b(?!\s+[A-Z])"  # "President Obama made": a title before a surname alone
    of = rf"(?i:{re.escape(party)})\s+(?:[\w'\u2019-]+\s+){{0,3}}" if party else ""
    title = rf"\b{of}(?i:{'|'.join(titles)})\.?\s+"
    pats = (re.compile(title + name), re.compile(title + surname),
            re.compile(rf"{name},\s+(?:the|a)\s+(?:[\w.'\u2019-]+\s+){{0,4}}{of}(?i:{role})\b"))
    best: tuple[int, str] | None = None
    surnames: set[str] = set()
    for pat in pats:
        for m in pat.finditer(text, max(0, end - 4000), end):
            words = m.group(1).split()
            marked = bool(FORMER.search(text, max(0, m.start() - 12), m.start() + 1)) or bool(
                FORMER.search(m.group(0)))
            deputy = bool(_VICE.search(text, max(0, m.start() - 6), m.start()))
            if len(words) == 1 and (words[0].lower() in L.CAP_FUNCTION or calendar_only(words[0])):
                continue
            label = _STATE_LABEL.match(text, m.end()) if place else None
            if label and not _abbreviates(label.group(1).rstrip("."), place):
                continue
            if marked == former and deputy == vice and not is_orgish(words):
                surnames.add(strip_possessive(words[-1]))
                if best is None or m.start() > best[0]:
                    best = (m.start(), strip_possessive(m.group(1)))  # "premier Gordon Campbell's office"
    return best[1] if best and not (only and len(surnames) > 1) else None


# the state a name is labelled with right after it: "Joni Ernst, R-Iowa", "Ted Cruz (R-Tex.)", "Ted Cruz of Texas"
_STATE_LABEL = re.compile(r"\s*(?:,\s*|\(|\s+of\s+)(?:[RDI]-)?([A-Z][a-z]+\.?)")


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or its abbreviation: its letters in order, the first the same
    ("Fla" and "Florida", "Calif" and "California"; not "Iowa" and "Florida")."""
    short, full = short.lower(), full.lower()
    rest = iter(full[1:])
    return short[:1] == full[:1] and all(ch in rest for ch in short[1:])


FORMER = re.compile(r"\b(?:former|ex-|late)\b", re.I)
_VICE = re.compile(r"\bvice[\s-]+$", re.I)


def compatible(prev: _Heard, m: Mention) -> bool:
    """Can a description ("the official", "the minister") stand for ``prev``, a speaker heard before?"""
    if not m.role:
        return True
    head = role_word(m.role)
    prev_role = [role_word(prev.role)]
    if head == prev_role[0]:
        if FORMER.search(prev.role or "") and not FORMER.search(m.role):
            return False  # "the governor" is not the one heard as "the former New Jersey governor"
        # ("Indiana governor endorses Cruz" heard as Indiana: "the governor" is a person, no state)
        return prev.kind == SpeakerKind.PERSON or prev.name.lower() not in L.US_STATES
    if head in ("official", "spokesperson", "spokesman", "spokeswoman", "representative") and prev_role[0] in L.REPRESENTATIVE_ROLES:
        return True
    if head in ("official",) and prev.kind == SpeakerKind.PERSON and prev_role[0] in L.PERSON_ROLES:
        return True
    return False
