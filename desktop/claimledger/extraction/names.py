"""Persons the article names (stage 2 of the pipeline, with attribution): runs of capitalised
words that are a person's name, the full name a surname stands for, the last person named
before a point, and what the text says of a person's sex (for he/she). Pure, deterministic.
"""
from __future__ import annotations

import re

from claimledger.extraction import _lexicon as L
from claimledger.extraction.mentions import country, is_orgish, is_role, strip_possessive

NAME_RUN = re.compile(r"(?<![\w'\u2019])((?:[A-Z][\w.'\u2019&-]*)(?:\s+(?:(?:de|van|von|der|al|bin|ibn|la|le|du)\s+)?[A-Z][\w.'\u2019&-]*)*)")


TITLES = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt col col. sgt capt maj rev
    president senator governor representative secretary minister judge justice mayor chairman chairwoman speaker
    sir lady lord prince king queen pope professor prof prof. former""".split())
NOT_NAME = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday republican republicans democrat democrats democratic
    gop american americans god christmas easter twitter facebook press news times post journal herald tribune
    agency network radio television tv channel magazine""".split())


def full_name(text: str, end: int, surname: str) -> str | None:
    """The last full name ending in ``surname`` before ``end`` ("Ada Kone" for "Kone")."""
    best = None
    for m in re.finditer(r"((?:[A-Z][\w'\u2019.-]*\s+){1,3})" + re.escape(surname) + r"(?![\w'\u2019-])", text[:end]):
        words = [w for w in m.group(1).split() if w.lower().rstrip(".") not in TITLES | L.CAP_FUNCTION
                 and w.lower() not in NOT_NAME and not is_role(w)]
        # only the given names right before the surname: "Health Minister Ada Kone" -> "Ada"
        given = []
        for w in reversed(m.group(1).split()):
            if w not in words or not w[:1].isupper():
                break
            given.insert(0, w)
        if given and not is_orgish(given + [surname]):
            best = " ".join(given + [surname])
    return best


def agrees(text: str, name: str, end: int, pronoun: str) -> bool:
    """Whether he/she can stand for ``name``: the text does not mark the person as the other sex."""
    return sex(text, name, end) in (None, "m" if pronoun == "he" else "f")


def last_person(text: str, end: int, known: dict, pronoun: str | None = None) -> tuple[int, str] | None:
    """(offset, name) of the last person named before ``end``: a run of two to four capitalised
    words that is no organisation or place ("Sebastian Gorka", "Sen. Ted Cruz" -> Ted Cruz), or a
    surname already met in full. Looks back at most 3,000 characters. With ``pronoun`` (he/she),
    a person the text marks as the other sex is passed over (see :func:`sex`)."""
    found = persons_before(text, end, known)
    for pos, name in reversed(found):
        if pronoun not in ("he", "she") or agrees(text, name, end, pronoun):
            return pos, name
    return None


_SEX_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+)")
# the subject's pronouns after a name mark its sex ("Jana Kell said her ...", "Kell said he ..."); an
# object ("Ruiz attacked her", "Ruiz thanked him") is somebody else
_SEX_PRONOUN = re.compile(r"\b(he|his|she|her)\b", re.I)
_OBJECT_HER = re.compile(r"her\b(?=\s*(?:[.,;:!?)\"\u201d]|$|\s(?:to|for|with|of|on|in|at|by|from|as|and|or|but|that|if|when|after|"
                         r"before|about|over|into|again|back|out|up|down|off|too|then|now|so|because|while)\b))", re.I)


def sex(text: str, name: str, end: int) -> str | None:
    """What the text says of a person's sex before ``end``: a title ("Mrs. Clinton"), or the first
    personal pronoun right after the name as a subject ("Jana Kell said her ..."). None when the
    text does not say, or says both."""
    surname = name.split()[-1]
    seen = set()
    for m in _SEX_TITLE.finditer(text, 0, end):
        if m.group(2) == surname:
            seen.add("m" if m.group(1) == "Mr" else "f")
    for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w-])", text[:end]):
        nxt = _SEX_PRONOUN.search(text, m.end(), min(end, m.end() + 40))
        if nxt and not re.search(r"[.;!?\"\u201c\u201d]|\b[A-Z][a-z]+\b", text[m.end():nxt.start()]) \
                and not _OBJECT_HER.match(text, nxt.start()):
            seen.add("m" if nxt.group(1).lower() in ("he", "his") else "f")
    return seen.pop() if len(seen) == 1 else None


_RUN_END = re.compile(r"(?<=[a-z]{3})\.\s+")  # "... in Vårt Land. Such a translation": a sentence ends


def name_runs(text: str, start: int, end: int):
    """(offset, run) of capitalised runs in text[start:end], cut where a sentence ends inside one."""
    for m in NAME_RUN.finditer(text, start, end):
        run, pos = m.group(1), m.start()
        for cut in _RUN_END.finditer(run):
            if cut.start() == 0 or run[:cut.start()].split()[-1].lower() not in TITLES:
                yield pos, run[:cut.start()]
                pos, run = pos + cut.end(), run[cut.end():]
                break  # one cut is enough: a second sentence end in a capitalised run is rare
        yield pos, run


def persons_before(text: str, end: int, known: dict) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    surnames = {k for k in known if " " not in k}
    start = max(0, end - 3000)
    for pos, run in name_runs(text, start, end):
        words = [w.rstrip(".,") for w in run.split()]
        words = [w for w in words if w]
        courtesy = bool(words) and words[0].lower() in L.COURTESY_TITLES  # "Mr. Estrada": a person
        while words and words[0].lower() in (TITLES | L.CAP_FUNCTION):
            words = words[1:]
        # "Florida Sen. Bob Graham", "U.S. Rep. Gwen Graham": the name follows the title inside the run
        inner = [k for k, w in enumerate(words) if k and w.lower() in TITLES and len(words) - k - 1 >= 2]
        if inner:
            words = words[inner[-1] + 1:]
        words = [strip_possessive(w) for w in words]
        if not words or any(w.lower() in NOT_NAME for w in words):
            continue
        name = " ".join(words)
        if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
                                         for w in words) and not is_orgish(words) and not country(name) \
                and name.lower() not in L.DEMONYMS and not any(w.isupper() and len(w) > 1 for w in words) \
                and words[-1].lower() not in L.PLACE_HEADS:
            out.append((pos, name))
            surnames.add(words[-1])
        elif len(words) == 1 and (words[0] in surnames or (courtesy and words[0].isalpha())):
            out.append((pos, words[0]))
    return out
