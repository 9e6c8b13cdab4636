"""Role words and titles: which named person a description of a person stands for.

"the senator" after "Sen. Ted Cruz", "the former president" after "former President Bill
Clinton", "the Republican presidential candidate" after "Republican presidential candidate
Donald Trump". Read by :mod:`attribution` when it resolves a source mention; nothing here names
an article's actors.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction.mentions import Mention, country, is_orgish, one_with_two_roles, strip_possessive
from claimledger.extraction.model import Sentence
from claimledger.extraction.names import KIN_F, KIN_M, PARTICLES, agrees, calendar_only, gerund, last_person, persons_before
from claimledger.extraction.sentences import is_headline


class _Heard(Protocol):
    """What :func:`compatible` reads of a speaker heard before (``speakers.Speaker``)."""
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


# Person nouns that name someone new to the story rather than describe the one it is about ("the
# man", "a witness", "the spokesman"): never an epithet for a person named before.
_NEWCOMERS = frozenset("""person man woman boy girl child kid victim suspect witness resident voter supporter
donor delegate worker farmer trader dealer investor operator teacher nurse player owner source reporter
journalist host moderator caller reader user commenter narrator speaker attendee student passenger
passerby neighbor neighbour friend employee pilot driver officer doctor lawyer attorney author judge
prosecutor inspector investigator captain sheriff commissioner superintendent mediator""".split())
# Nouns for a person by a stance or a standing, no office ("the self-described democratic socialist",
# "the political novice", "the star", "the real-estate developer"): the person the story is about, as a role word
# would be
_EPITHETS = frozenset("""socialist populist realist novice newcomer outsider maverick firebrand star superstar
celebrity veteran developer financier industrialist banker politician incumbent""".split())
# Roles anyone in a race holds beside an office ("Gov. John Kasich ... the candidate").
RACE_ROLES = frozenset("candidate nominee challenger contender front-runner frontrunner hopeful".split())
_FEMALE_ROLES = frozenset("actress businesswoman congresswoman assemblywoman councilwoman chairwoman lady queen "
                          "comedienne".split())
_MALE_ROLES = frozenset("businessman congressman assemblyman councilman king prince".split())


def epithet(head: str) -> bool:
    """Whether "the <head>" can stand for the person the story is about, named before ("the
    candidate", "the former president", "the businessman")."""
    return (head in L.PERSON_ROLES or head in L.NAME_DESCRIPTORS or head in _EPITHETS) and head not in L.GROUP_ROLES \
        and head not in L.REPRESENTATIVE_ROLES and head not in _NEWCOMERS


def sex_of(head: str) -> str | None:
    """The pronoun a role word implies ("the actress": she), None for most."""
    return "she" if head in _FEMALE_ROLES or head in KIN_F else "he" if head in _MALE_ROLES or head in KIN_M else None


def known_roles(text: str, name: str, end: int) -> set[str]:
    """The role words the text gives ``name`` before ``end`` as a title or an apposition ("Sen. Ted
    Cruz", "Laura Bush, the former first lady", "the Texas senator, Ted Cruz"), "former " before
    those marked so."""
    surname = re.escape(name.split()[-1])
    full = re.escape(name)
    found: set[str] = set()
    pats = (rf"\b(?=([A-Za-z-]+)\.?\s+(?:[A-Z][\w'\u2019-]*\.?\s+){{0,2}}{surname}\b)",
            rf"\b{surname},\s+(?:the|a|an)\s+((?:[\w.'\u2019-]+\s+){{0,4}}?[a-z-]+)\b(?=[,.;]|\s+(?:who|and|of|for|in|at)\b)",
            rf"\b(?:the|a|an)\s+((?:[\w.'\u2019-]+\s+){{0,4}}?[a-z-]+),\s+{full}\b")
    for pat in pats:
        for m in re.finditer(pat, text[:end]):
            head = role_word(m.group(1))
            if head in L.PERSON_ROLES or head in L.NAME_DESCRIPTORS or head in TITLE_ROLE.values():
                former = FORMER.search(text, max(0, m.start() - 12), m.end())
                found.add(("former " if former else "") + head)
    return found


def fits_role(text: str, name: str, end: int, head: str, former: bool) -> bool:
    """Whether the person ``name`` can be "the [former] <head>": the text gives the person no other
    office, nor the same one with "former" the other way ("Laura Bush, the former first lady" is not
    "the former president"; "President Obama" is not "the former president")."""
    if head in RACE_ROLES or head in L.NAME_DESCRIPTORS or head in _EPITHETS:
        return True  # (no office: "Sen. Ada Kone" is "the socialist" too)
    roles = {r for r in known_roles(text, name, end) if r.split()[-1] not in RACE_ROLES}
    return not roles or ("former " if former else "") + head in roles


# Words that may stand before the name of a sentence's subject: "Republican presidential
# front-runner Ben Carson", "the billionaire"; and words that open a sentence before it ("But Trump")
_LEAD_IN = frozenset("""the a former presidential front-runner frontrunner hopeful real estate retired
but and yet so still meanwhile however later earlier instead then now also""".split())
# "Clinton's husband, Bill": the subject is someone else than the possessor
_OTHERS_OWN = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:husband|wife|son|daughter|brother|sister|father|"
                         r"mother|family|campaign|spokes\w+|aides?|advisers?|lawyers?|attorneys?|staff|team|"
                         r"opponents?|rivals?|critics|supporters|manager|allies)\b", re.I)


def subject_person(text: str, start: int, end: int, found: list[tuple[int, str]]) -> str | None:
    """The person named as the subject that text[start:end] (one sentence) begins with: "Bill
    Clinton got in on the game", "Later on Sunday, Carson shared", "Mr. Trump's tone often seems".
    ``found``: the persons named in it, in order (:func:`names.persons_before`)."""
    first = next((p for p in found if start <= p[0] < end), None)
    if first is None:
        return None
    lead = text[start:first[0]]
    if "," in lead:  # a phrase before the subject ("In his debut for the race, the former ...")
        head, _, lead = lead.rpartition(",")
        if len(head.split()) > 10 or any(q in head for q in "\"\u201c\u201d"):
            return None
    if not all(w[:1].isupper() or w.lower() in _LEAD_IN or w.lower() in L.PERSON_ROLES or w.lower() in L.NAME_DESCRIPTORS
               or w.lower() in L.ROLE_MODIFIERS for w in lead.split()) or any(gerund(w) for w in lead.split()):
        return None  # (not the object of an opening gerund: "Praising Ada Kone for her work, the minister said")
    name_end = text.find(first[1].split()[-1], first[0]) + len(first[1].split()[-1])
    return None if _OTHERS_OWN.match(text, name_end) else first[1]


def topic_person(text: str, sentences: Sequence[Sentence], i: int, end: int, found: list[tuple[int, str]],
                 heard: Callable[[int], tuple[str, bool, tuple[tuple[int, int], ...]] | None], head: str,
                 mention: str, quoted: bool = False) -> str | None:
    """Whom "the <head>" (``mention``, at ``end`` in sentence ``i``) stands for when no one is titled
    so: the person the story is about there, the subject of the sentence (before the mention) or of
    one of the two sentences before it, or the one ``heard`` in it ((name, is a person, what they
    said) of the speaker heard in sentence k). None when someone else who could be it has been named
    since ("Jeb Bush ... brought his brother, George W. Bush"; not one the text gives another office,
    nor, for a quotation before its cue (``quoted``), one named in what the person heard said: "X
    plans to ..., Ben Carson said. "...," the retired neurosurgeon told ..." is Carson), the text
    gives the person another office or the other sex, the subject is a body, or the mention is two
    people. ``found``: the persons named before ``end``."""
    if " and " in mention and one_with_two_roles(mention) is None:
        return None  # ("the Kentucky Republican and the New York businessman"; not one person's two roles)
    found = [p for p in found  # (not "New Hampshire")
             if p[1].lower() not in L.US_STATES and not country(p[1]) and not is_orgish(p[1].split())]
    former = bool(FORMER.search(mention))
    for k in range(i, max(-1, i - 3), -1):
        if is_headline(sentences[k]):
            return None
        said = heard(k) if k < i else None
        if said is not None and not said[1]:
            return None
        who = said[0] if said else subject_person(text, sentences[k].start, sentences[k].end, found)
        if who is None:
            continue
        if any(p[0] >= sentences[k].start and p[1] not in (who, who.split()[-1])
               and not _in_relative_of(text, sentences[k].start, who, p[0])
               and not (quoted and said and any(a <= p[0] < b for a, b in said[2]))
               and fits_role(text, p[1], end, head, former) for p in found):
            return None  # (someone named since who could be it; not "bashing Sanders", a senator, for "the former president")
        sx = sex_of(head)
        if not fits_role(text, who, end, head, former) or (sx and not agrees(text, who, end, sx)):
            return None
        return who
    return None


def _in_relative_of(text: str, start: int, who: str, at: int) -> bool:
    """Whether the name at ``at`` is inside a "who" clause set off after ``who`` in the sentence that
    starts at ``start`` ("Bernie Sanders, who on Tuesday endorsed Clinton, said ...": Clinton is no
    one the story turns to)."""
    named = text.find(who.split()[-1], start, at)
    return named >= 0 and re.fullmatch(r"\W*,\s+who\s[^,;.]*", text[named + len(who.split()[-1]):at]) is not None


# a full name as titles and party labels introduce it: "Ted Cruz", "Paul D. Ryan", "Sarah Huckabee Sanders",
# "Bill de Blasio" (a particle before the surname)
_FULL_NAME = rf"([A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+(?:(?:{PARTICLES})\s+){{0,2}}[A-Z][\w'\u2019-]+){{1,2}})"


def titled_person(text: str, end: int, role: str, former: bool = False, party: str | None = None,
                  vice: bool = False, only: bool = False, place: str | None = None) -> str | None:
    """The person last named before ``end`` with ``role`` as a title or an apposition: "Sen. Ted
    Cruz", "Senator Ted Cruz", "President Obama", "Ted Cruz, the Texas senator" for "the senator".
    With ``former`` ("the former president") only a title marked former counts ("former President
    Bill Clinton"), and without it only one that is not; likewise ``vice`` ("the vice president":
    "Vice President Joe Biden"; a deputy, lieutenant or assistant alike: "the governor" is not "deputy
    governor Ada Kone" nor "Lt. Gov. Tor Lind"). With ``party``, the title must carry it ("Republican presidential
    candidate Donald Trump" for "the Republican presidential candidate"). With ``only``, None unless one
    person (by surname) has the title; with ``place``, not one labelled with another state ("Sen. Joni
    Ernst, R-Iowa" is not "the Florida senator"). None if no one is."""
    titles = [t for t, r in TITLE_ROLE.items() if r == role] + [role]
    name = _FULL_NAME
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
            marked = bool(_FORMER_BEFORE.search(text[max(0, m.start() - 60):m.start() + 1])) or bool(
                FORMER.search(m.group(0)))
            deputy = bool(_VICE.search(text, max(0, m.start() - 11), m.start()))
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


_PARTY_FORMS = {"republican": ("Republican|GOP", "R"), "democrat": ("Democrat|Democratic", "D"),
                "libertarian": ("Libertarian", "L")}


def party_person(text: str, end: int, member: str) -> str | None:
    """"the Republican": the one person (by surname) the article labels with that party before
    ``end`` ("Republican nominee Donald Trump", "Republican Donald Trump", "Ted Cruz (R-Tex.)"),
    else None."""
    forms = _PARTY_FORMS.get(member.lower())
    if forms is None:
        return None
    name = _FULL_NAME
    return _one_labelled(text, end, (re.compile(rf"\b(?:{forms[0]})\s+(?:[a-z][\w-]*\s+){{0,3}}{name}"),
                                     re.compile(rf"{name}\s*\(\s*{forms[1]}-")))


def _one_labelled(text: str, end: int, pats, keep=lambda k, m: True) -> str | None:
    """The one person (by surname) whom a pattern of ``pats`` (group 1: the name) finds before ``end``
    and ``keep`` (the pattern's index, the match) accepts, by the fullest name last given; else None.
    A title before the name is no part of it; a body's name is no person ("Republican National
    Committee", "GOP Convention")."""
    found: dict[str, tuple[int, str]] = {}
    for k, pat in enumerate(pats):
        for m in pat.finditer(text, 0, end):
            if not keep(k, m):
                continue
            words = strip_possessive(m.group(1)).split()
            while len(words) > 2 and ((w := words[0].lower().rstrip(".")) in TITLE_ROLE or w in L.PERSON_ROLES):
                words = words[1:]  # ("Senator Ada Kone, an Ohio Democrat")
            if is_orgish(words) or words[0].lower() in L.CAP_FUNCTION:
                continue
            if words[-1] not in found or m.start() > found[words[-1]][0]:
                found[words[-1]] = (m.start(), " ".join(words))
    return next(iter(found.values()))[1] if len(found) == 1 else None


def party_epithet(text: str, member: str, end: int, near_start: int, persons: dict,
                  quoted: Callable[[int], bool], heard: set[str]) -> str | None:
    """"The Democrat told ...", "the Republican said": the one person the article labels with that
    party; else the person named last, when the text since ``near_start`` (two sentences back) names
    no other outside quotations and no other was ``heard`` (surnames of the persons heard there)
    speaking ("Trump ... debate with Hillary Clinton. He says, '... than working Crooked Hillary
    Clinton.' The Republican is ...": no guess); else None."""
    if (labelled := party_person(text, end, member)) is not None:
        return labelled
    last = last_person(text, end, persons)
    while last is not None and quoted(last[0]):
        last = last_person(text, last[0], persons)
    near = {n.split()[-1] for p, n in persons_before(text, end, persons) if p >= near_start and not quoted(p)} | heard
    return last[1] if last is not None and near <= {last[1].split()[-1]} else None


def state_party_person(text: str, end: int, state: str, member: str) -> str | None:
    """"the Wisconsin Republican": the one person (by surname) the article labels before ``end``
    with that party and state ("Paul Ryan (R-Wis.)", "Ryan, R-Wis.", "Wisconsin Republican Paul
    Ryan", "Ryan, a Wisconsin Republican"), else None."""
    forms = _PARTY_FORMS.get(member.lower())
    if forms is None:
        return None
    name, st = _FULL_NAME, re.escape(state)
    pats = (re.compile(rf"{name}\s*(?:,\s*|\(\s*){forms[1]}-([A-Z][a-z]+)\.?"),
            re.compile(rf"\b{st}\s+(?:{forms[0]})\s+(?:[a-z][\w-]*\s+){{0,3}}{name}"),
            re.compile(rf"{name},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{st}\s+(?:{forms[0]})\b"))
    # ("Joni Ernst, R-Iowa" is no Wisconsin Republican)
    return _one_labelled(text, end, pats, lambda k, m: k != 0 or _abbreviates(m.group(2), state))


# the state a name is labelled with right after it: "Joni Ernst, R-Iowa", "Ted Cruz (R-Tex.)", "Ted Cruz of Texas"
_STATE_LABEL = re.compile(r"\s*(?:,\s*|\(|\s+of\s+)(?:[RDI]-)?([A-Z][a-z]+\.?)")


# what follows a description of an office, not of a person named before: "the California secretary
# of state", "the Florida senator's office"
_OFFICE_OF = re.compile(r"\s*(?:of\b|['\u2019]s\b)")


def office(text: str, mention_text: str, start: int, head: str) -> bool:
    """Whether the role word ``head`` of the mention at ``start`` names an office ("the California
    secretary of state's website")."""
    at = mention_text.lower().rfind(head)
    return at >= 0 and _OFFICE_OF.match(text, start + at + len(head)) is not None


def labelled(text: str, name: str, label: str) -> bool:
    """Whether the text gives ``name`` the party word ``label`` just before it, anywhere (a live
    blog's newest entry comes first): "Democratic front-runner Hillary Clinton", "the Democratic
    nominee, Clinton", "Democratic Sen. Tim Kaine" (a title's period goes on)."""
    return re.search(rf"\b{re.escape(label)}\b(?:[^.;\"\u201c\u201d]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{{2}})\.){{0,40}}"
                     rf"\b{re.escape(name.split()[-1])}\b", text) is not None


def party_of(text: str, name: str, label: str) -> bool | None:
    """Whether the text labels ``name`` with the party word ``label`` (see :func:`labelled`): True;
    with another party's word only ("Republican Ted Cruz" for "the Democrat"): False; with none: None."""
    if labelled(text, name, label):
        return True
    own = next((forms for forms, _ in _PARTY_FORMS.values() if re.fullmatch(forms, label, re.I)), None)
    others = [w for forms, _ in _PARTY_FORMS.values() if forms != own for w in forms.split("|")]
    return False if any(labelled(text, name, w) for w in others) else None


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or its abbreviation: its letters in order, the first the same
    ("Fla" and "Florida", "Calif" and "California"; not "Iowa" and "Florida")."""
    short, full = short.lower(), full.lower()
    rest = iter(full[1:])
    return short[:1] == full[:1] and all(ch in rest for ch in short[1:])


FORMER = re.compile(r"\b(?:former|ex-|late)\b", re.I)
# "former" just before a title, or before the place or body the title is of ("Former Texas Gov.
# Rick Perry", "former New York City Mayor X")
_FORMER_BEFORE = re.compile(r"\b(?i:former|ex-|late)[\s-]+(?:[A-Z][\w.'\u2019-]*\s+){0,3}\S?$")
_VICE = re.compile(r"\b(?:vice|deputy|lieutenant|assistant)[\s-]+$|\bLt\.\s+$", re.I)


_VICE_OR_DEPUTY = re.compile(r"\b(?:vice|deputy)\b", re.I)


def compatible(prev: _Heard, m: Mention) -> bool:
    """Can a description ("the official", "the minister") stand for ``prev``, a speaker heard before?"""
    if not m.role:
        return True
    head = role_word(m.role)
    prev_role = [role_word(prev.role)]
    if head == prev_role[0]:
        if FORMER.search(prev.role or "") and not FORMER.search(m.role):
            return False  # "the governor" is not the one heard as "the former New Jersey governor"
        if bool(_VICE_OR_DEPUTY.search(prev.role or "")) != bool(_VICE_OR_DEPUTY.search(m.role)):
            return False  # "the president" is not the one heard as "the vice president" (nor the other way)
        # ("Indiana governor endorses Cruz" heard as Indiana: "the governor" is a person, no state)
        return prev.kind == SpeakerKind.PERSON or prev.name.lower() not in L.US_STATES
    if head in ("official", "spokesperson", "spokesman", "spokeswoman", "representative") and prev_role[0] in L.REPRESENTATIVE_ROLES:
        return True
    if head in ("official",) and prev.kind == SpeakerKind.PERSON and prev_role[0] in L.PERSON_ROLES:
        return True
    return False
