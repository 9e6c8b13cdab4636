"""Persons the article names (stage 2 of the pipeline, with attribution): runs of capitalised
words that are a person's name, the full name a surname stands for, the last person named
before a point, and what the text says of a person's sex (for he/she); the name inside a
source mention ("O'Malley's campaign", "a report released by the Brookings Institution"; whether
a mention is a document or a poll is :mod:`documents`). Pure, deterministic.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from claimledger.extraction import _cues as C
from claimledger.extraction import _lexicon as L
from claimledger.domain import SpeakerKind
from claimledger.extraction.documents import SOURCE_NOUNS as _SOURCE_NOUNS
from claimledger.extraction.mentions import NICKNAME, canonical_org, country, is_orgish, is_role, org_kind, strip_possessive

_SP = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"  # spaces, or one line break: a blank line ends a name ("Canada\n\nArnold")
PARTICLES = "|".join(sorted(L.NAME_PARTICLES))  # the words a name may hold before a surname ("de", "van", "el"), as alternatives
NAME_RUN = re.compile(r"(?<![\w'\u2019])((?:[A-Z][\w.'\u2019&-]*)(?:" + _SP + r"(?:(?:" + PARTICLES + r")" + _SP
                      + r")?[A-Z][\w.'\u2019&-]*)*)")


TITLES = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sen sen. sens sens. rep rep. reps reps. gov gov. govs govs. gen gen. lt col col. sgt capt maj rev
    president senator governor representative secretary minister judge justice mayor chairman chairwoman speaker
    sir lady lord prince king queen pope professor prof prof. former
    councillor councilor councilman councilwoman congressman congresswoman assemblyman assemblywoman
    ambassador commissioner sheriff undersheriff regent trustee chancellor admiral ag""".split())
_CALENDAR = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
NOT_NAME = _CALENDAR | frozenset("""republican republicans democrat democrats democratic
    gop american americans god christmas easter twitter facebook press news times post journal herald tribune
    agency network radio television tv channel magazine""".split())


def calendar_only(name: str) -> bool:
    """"August", "Wednesday", "August 27": a date read as a name ("results from the August 20 vote")."""
    words = [w.strip(".,'\u2019s") for w in name.split()]
    return bool(words) and words[0].lower() in _CALENDAR and all(w.lower() in _CALENDAR or w.isdigit() for w in words)


def full_name(text: str, end: int, surname: str) -> str | None:
    """The last full name ending in ``surname`` before ``end`` ("Ada Kone" for "Kone")."""
    found = full_names(text, end, surname)
    return found[-1] if found else None


_NOT_GIVEN = frozenset("other plus leading top senior fellow".split())


def one_name_each(text: str, atts: list) -> list:
    """One person, one name in an article: a speaker of attributions ``atts`` (and of their other
    statements, ``also``) named by surname alone ("Silverman", before the article names her in full)
    is the person spoken of in full ("Comedian Sarah Silverman said"), when that is the only full
    name with that surname the article holds (not "Clinton" where it names Bill and Hillary)."""
    def speakers(a):
        yield a.speaker
        for x in a.also:
            yield from speakers(x)
    full = {sp.name.split()[-1]: sp.name for a in atts for sp in speakers(a)
            if sp is not None and sp.kind == SpeakerKind.PERSON and " " in sp.name}
    # a person heard only by surname ("Graham:" in a headline, then "Sen. Lindsey Graham (R-SC)" as
    # no speaker): the one full name the article gives it
    for k in {sp.name for a in atts for sp in speakers(a) if sp is not None and sp.kind == SpeakerKind.PERSON
              and " " not in sp.name} - set(full):
        if len(named := set(full_names(text, len(text), k))) == 1 and _plain_full(text, v := named.pop(), k):
            full[k] = v
    full = {k: v for k, v in full.items() if set(full_names(text, len(text), k)) == {v} and k.lower() not in NOT_NAME
            and all(w[:1].isupper() for w in v.split()) and v.split()[0].lower() not in L.CAP_FUNCTION | _NOT_GIVEN
            and not is_role(v.split()[0])}  # (not "Other Republicans", "Wilayat Twitter", "Ohio governor")

    def fix(a):
        sp = a.speaker
        if sp is not None and sp.kind in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN) and sp.name in full \
                and not re.search(r"\b(?:Mr|Mrs|Ms|Miss)\b", sp.mention or ""):  # ("Mr. Clinton" beside Hillary Clinton)
            sp = replace(sp, name=full[sp.name], kind=SpeakerKind.PERSON)  # ("Kone said": a person or a body)
        return replace(a, speaker=sp, also=tuple(fix(x) for x in a.also)) if sp is not a.speaker or a.also else a
    return [fix(a) for a in atts] if full else atts


_TITLE_BEFORE = r"\b(?i:" + "|".join(map(re.escape, sorted(TITLES))) + r")\.?\s+"  # "Sen. ", "Gov "


def _plain_full(text: str, name: str, surname: str) -> bool:
    """Whether ``name`` reads as a person's full name beyond doubt: a given name, maybe an initial,
    the surname ("Paul D. Ryan"; not "Maybe Trump", "Glenn Beck Blasts Drudge"). A known given name
    must be of the sex the text gives the surname, if any, and of no "Mr."/"Mrs." of the other sex
    ("Michelle Obama" beside "Mr. Obama"); any other needs a title before the whole name ("Sen.
    Lindsey Graham") and no titles of both sexes."""
    words = name.split()
    first = words[0].lower()
    given = "f" if first in L.FEMALE_GIVEN else "m" if first in L.MALE_GIVEN else None
    titled = {"m" if m.group(1) == "Mr" else "f" for m in _SEX_TITLE.finditer(text) if strip_possessive(m.group(2)) == surname}
    if not all(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1]):
        return False
    if given is None:  # a given name of no list: a title before the whole name says it is a person's
        return len(titled) <= 1 and bool(re.search(_TITLE_BEFORE + re.escape(name) + r"\b", text))
    return sex(text, surname, len(text)) in (None, given) and titled <= {given}


def _surname_pattern(surname: str) -> str:
    """``surname`` as a pattern; a particle joined by a hyphen in either case ("Al-Sadr" opening a
    sentence is "Muqtada al-Sadr")."""
    m = re.match(r"([A-Za-z]+)-(?=[A-Z])", surname)
    if m is None or m.group(1).lower() not in L.NAME_PARTICLES:
        return re.escape(surname)
    return f"(?:{re.escape(m.group(1))}|{re.escape(m.group(1).lower())})" + re.escape(surname[m.end(1):])


def full_names(text: str, end: int, surname: str) -> list[str]:
    """The full names ending in ``surname`` before ``end``, in the order met."""
    found: list[str] = []
    readings = _readings(text)
    for m in _ending_in(surname).finditer(text, 0, end):
        if (key := ("full name", surname, m.start(), m.end(1), m.end(2), m.end())) not in readings:
            readings[key] = _full_name_reading(text, m, surname)
        if (name := readings[key]) is not None:
            found.append(name)
    return found


@functools.lru_cache(maxsize=512)
def _ending_in(surname: str) -> re.Pattern:
    """A run of capitalised words ending in ``surname``: the given names (group 1), a first part of a
    double surname (group 2), then the surname."""
    # (a double surname joined by a hyphen ends in the one given: "Gloria Macapagal-Arroyo" for "Arroyo")
    # (not from inside a word: "10:57PMJeb Bush", a live blog's time run into the name)
    return re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]*" + _SP + r"){1,3})((?:[A-Z][\w'\u2019]+-)?)" + _surname_pattern(surname)
                      + r"(?=['\u2019]s\b|(?![\w'\u2019-]))")  # ("Hillary Clinton's campaign" names her)


@functools.lru_cache(maxsize=4)
def _readings(text: str) -> dict[tuple, object]:
    """What the name rules read in ``text``, kept for the article (the same runs come back in every
    call, and in every window of :func:`persons_before`), each by its kind and its bounds: the full
    name a match of :func:`_ending_in` is (:func:`full_names`), the person a capitalised run names
    (:func:`_persons`), the organisation one names (:func:`orgs_in`). Filled as they are met; a
    window that cuts a run meets it with other bounds, read anew."""
    return {}


def _full_name_reading(text: str, m: re.Match, surname: str) -> str | None:
    """The full name a match of :func:`_ending_in` ``surname`` is, if it is one."""
    words = [w for w in m.group(1).split() if w.lower().rstrip(".") not in TITLES | L.CAP_FUNCTION
             and w.lower() not in NOT_NAME and not is_role(w) and w.lower() not in L.NAME_DESCRIPTORS]  # ("Evangelist")
    # only the given names right before the surname: "Health Minister Ada Kone" -> "Ada"; a
    # stop that is no initial ends a sentence ("debated in the House. Paul has ...")
    given = []
    run = m.group(1).split()
    if "\n" in m.group(1) and (m.start(1) == 0 or text[m.start(1) - 1] == "\n"):
        # a run that begins its line and breaks it: that line is a heading ("Palestine\nPalestinian Islamists")
        run = m.group(1)[m.group(1).index("\n") + 1:].split()
    for w in reversed(run):
        if w not in words or not w[:1].isupper() or (w.endswith(".") and len(w) > 2) \
                or w.endswith(("'s", "\u2019s")):  # ("Colorado's Kendal Unruh": the possessor is no given name)
            break
        given.insert(0, w)
    if given and (gs := text.rfind(given[0], m.start(1), m.end(1))) > 0 and (
            text[max(0, gs - 2):gs] == "''" or text[gs - 1] in "\"\u201c") and re.match(r",?(?:''|[\"\u201d])", text[m.end():]):
        return None  # ("put the location on their profile as ''Wilayat Twitter,''": a term in quotation marks)
    if given and _title_case_before(text, m, run[:len(run) - len(given)]):
        return None  # "Officeholders Who Endorse Trump Are Sellouts": a headline's verb, no given name
    if given and _OFFICE_OF.search(text, max(0, m.start() - 60), m.start()):
        given = given[-1:]  # "Secretary of State Colin Powell": the office's words, then the name
    if given and _gerund_first(given + [surname]):
        given = given[1:]  # ("Entrusting Donald Trump with ...")
    born = next((k for k in range(len(given) - 1, -1, -1) if given[k].lower().endswith("-born")), None)
    if born is not None:
        given = given[born + 1:]  # ("South Korean-born Monte Haines": Monte Haines)
    if given and not is_orgish(given + [surname]) and given[0].lower() not in L.PLACE_LEADS:  # ("Southern Israel")
        return " ".join(given + [m.group(2) + text[m.end(2):m.end()]])  # (as written: "al-Sadr")
    return None


def _title_case_before(text: str, m: re.Match, before: list[str]) -> bool:
    """Is the word before a full name's given names a capitalised function word inside a sentence
    ("... Officeholders Who Endorse Trump"), a sign of a title-case headline, not a sentence's
    first word ("When Ada Kone spoke")?"""
    if not before or before[-1].lower() not in L.CAP_FUNCTION - {"the", "a", "an"} or not before[-1][:1].isupper():
        return False
    pos = m.start() + m.group(1).rfind(before[-1])
    lead = text[:pos].rstrip()
    return bool(lead) and lead[-1] not in ".!?:;-()\"'\u201c\u201d\u2013\u2014\n"


def same_surname_person(text: str, end: int, known: str, mention: str, name: str, sexes: dict[str, str]) -> str | None:
    """The person a mention ``name`` stands for when the article names two with its surname, and
    ``known`` is the one the surname stood for last. A full name the text marks as the other sex
    than ``known`` is someone else ("Bill Clinton said he ..." after "Hillary Clinton said she
    ..."). A titled surname ("Mrs. Clinton") is ``known`` unless ``known`` is of the other sex (an
    earlier choice in ``sexes``, its given name, or a pronoun after the full name); then the first
    other full name not marked so (the article's subject is named first), or None. Without such
    evidence ``known`` stands."""
    if " " not in known:
        return known
    titled = re.match(r"\s*(Mr|Mrs|Ms|Miss)\b\.?\s", mention)
    want = None if titled is None else ("m" if titled.group(1) == "Mr" else "f")  # (the sex a title asks for)
    if name == known.split()[-1] and re.fullmatch(rf"\s*(?:(?:Mr|Mrs|Ms|Miss)\b\.?\s+)?{re.escape(name)}(?:['\u2019]s?)?(?:[\s,]*|,\s+(?:an?|the)\s.*)",
                                                  mention, re.S) and _set_apart(text, known):
        # a surname alone after "her husband, former President Bill Clinton": not the kin, but the one
        # the article named with it otherwise (its subject); a titled one ("Mr. Cruz" after "his father,
        # Rafael Cruz") if that one is of the title's sex, or of none the text shows
        # (the other's sex shown, when the kin's is the title's: "Mr. Lind" after "her husband, Tor Lind")
        # (and a surname alone after "Haile Tsegaye, who died in 2011": not the one who died)
        allowed = (want,) if want in {k_sex for _, k_sex in _kin_marks(text).get(known, ())} else (want, None)
        if others := [f for f in full_names(text, end, name) if f != known and not _set_apart(text, f)
                      and (want is None or (given_sex(text, f) or sex(text, f, len(text), whole=True)) in allowed)]:
            return others[0]
    marked = sexes.get(known) or sex(text, known, len(text), whole=True)
    if " " in name and name != known:
        # ("Hillary Clinton" after "Chelsea Clinton": another given name is another person; "Donald J.
        # Trump" after "Donald Trump" is the same)
        other = sex(text, name, len(text), whole=True)
        return name if (other and marked and other != marked) or not _same_given(name, known) \
            or _other_given(text, name, known) else known
    if titled is None:
        return known
    # (a title asks for a sex, so a common given name answers first, as in agrees(): "Mr. Pell" after
    # "Tom Pell" and "Anna Pell"; "Hillary Clinton at his duplex" is someone else's duplex)
    marked = sexes.get(known) or given_sex(text, known) or marked
    if marked is None:
        # ("Mr. Trump" after "Donald J. Trump" and, once, "Ivanka Trump", a given name of no list): the
        # one full name named before it whose given name is of the title's sex (not "Mr. Bush" after
        # Jeb Bush, named twice, and George W. Bush)
        fit = [f for f in full_names(text, end, known.split()[-1]) if f != known and given_sex(text, f) == want]
        if len({f.split()[0] for f in fit}) == 1 and len(re.findall(re.escape(known) + r"\b", text)) == 1 \
                and text.find(fit[0]) < text.find(known):
            return fit[0]  # ("Donald J." and "Donald": one)
        return known
    if marked == want:
        return known
    others = [f for f in full_names(text, end, known.split()[-1]) if f != known
              and (sexes.get(f) or given_sex(text, f) or sex(text, f, len(text), whole=True)) != marked]
    if not others:
        return None
    # (of two more, the one the article named first: its subject, as "Hillary Clinton" before "Chelsea Clinton")
    sexes[others[0]] = want
    return others[0]


def _same_given(a: str, b: str) -> bool:
    """Whether a full name ``a`` may be the person ``b``: unless ``a`` starts with a given name
    (L.FEMALE_GIVEN, L.MALE_GIVEN) that ``b`` does not ("Hillary Clinton", "Chelsea Clinton"), an
    initial aside ("Ada K. Lind"); "Le Quere" and "Corinne Le Quere", "Mr. de Vos" are one."""
    x, y = a.split()[0].rstrip(".").lower(), b.split()[0].rstrip(".").lower()
    given = x in L.FEMALE_GIVEN or x in L.MALE_GIVEN
    return not given or x == y or (min(len(x), len(y)) == 1 and x[:1] == y[:1]) or b.endswith(" " + a)


def _other_given(text: str, a: str, b: str) -> bool:
    """Whether full names ``a`` and ``b`` of one surname start with two given names, neither on the
    lists: "Freddy Ortega" is not "German Ortega", "Ivo Lund" not "Pete Lund"; not a word the text
    also writes in lower case, nor a name seen only as a label ("Continued Stone: ..."); not names of
    other lengths ("Le Quere" and "Corinne Le Quere")."""
    x, y = a.split()[0], b.split()[0]
    return x != y and len(a.split()) == len(b.split()) and all(  # ("Abul Gheit", "Ahmed Aboul Gheit"; "Purple PAC's Crane")
        w.isalpha() and w[:1].isupper() and len(w) > 1 and w.lower() not in L.NAME_PARTICLES for w in (x, y)) \
        and re.search(r"\b" + re.escape(x.lower()) + r"\b", text) is None \
        and re.search(re.escape(a) + r"(?!\s*:)\b", text) is not None  # (a label's "Continued Stone: ...")


_OFFICE_OF = re.compile(r"\b[A-Z][a-z]+(?:[- ]General)?\s+(?:of|for|to)\s+(?:the\s+)?$")  # "Secretary of ", "Envoy to the "


def agrees(text: str, name: str, end: int, pronoun: str) -> bool:
    """Whether he/she can stand for ``name``: neither the person's given name (:func:`given_sex`)
    nor the text marks the person as the other sex."""
    # (a full name's given name first: what the text says of "Clinton" may be of another Clinton)
    if " " in name:
        # (what the text says of the surname is of the family when it names several of them: "Ivanka
        # Trump, 34, ... She has pushed back")
        family = len(_givens_by_surname(text).get(name.split()[-1], ())) > 1
        said = given_sex(text, name) or sex(text, name, end, whole=family)
    else:
        # (a title or a kinship word first, then the given name of those named in full with the surname,
        # then a pronoun after it: "voting for Trump ... she" is no Mrs. Trump)
        said = sex(text, name, end, pronouns=False) or given_sex(text, name) or sex(text, name, end)
    return said in (None, "m" if pronoun == "he" else "f")


@functools.lru_cache(maxsize=4)
def _givens_by_surname(text: str) -> dict[str, set[str]]:
    """Surname -> the given names the article names in full with it (one pass per article)."""
    out: dict[str, set[str]] = {}
    for _, n in _full_names_in(text):
        out.setdefault(n.split()[-1], set()).add(n.split()[0])
    return out


def given_sex(text: str, name: str) -> str | None:
    """The sex a person's given name marks ("Ada Kone": f); for a surname alone, that of the
    persons the article names in full with it, when they agree."""
    words = name.split()
    givens = {words[0]} if len(words) > 1 else _givens_by_surname(text).get(words[-1], set())
    found = {"f" if g.lower() in L.FEMALE_GIVEN else "m" if g.lower() in L.MALE_GIVEN else None for g in givens}
    return found.pop() if len(found) == 1 else None


def full_name_for(text: str, end: int, surname: str, pronoun: str, at: int) -> str | None:
    """The full name a surname stands for when a he/she stands for it at ``at`` ("Oz" pages after
    "Mehmet Oz"): the last full name with that surname that the text marks as the pronoun's sex,
    or whose given name is of that sex, else the only one the article gives; None when that is not
    clear ("Clinton" for "she" with two Clintons named, nothing said of their sex and given names
    that say nothing either) or the surname is a country."""
    if country(surname):
        return None  # ("Urges Britain", from a headline)
    names = [f for f in full_names(text, end, surname) if len(f.split()) <= 3]  # ("Glenn Beck Blasts Drudge")
    want = {"he": "m", "she": "f"}.get(pronoun)
    marked = [f for f in names if want and (sex(text, f, at, whole=True) or given_sex(text, f)) == want]
    if marked and all(_set_apart(text, f) for f in marked) and (subject := next((
            f for f in names if not _set_apart(text, f)
            and (sex(text, f, at, whole=True) or given_sex(text, f)) is None), None)) is not None:
        return subject  # (a surname alone is not a kin named with it, "her grandmother, Almaz Tsegaye", nor one who died,
        # but the one named otherwise, the story's subject, when nothing says that one is of the other sex)
    if marked:
        return marked[-1]
    plain = [f for f in names if not _set_apart(text, f)]
    if plain and len(plain) < len(names) and len({(f.split()[0], f.split()[-1]) for f in plain}) == 1 \
            and agrees(text, plain[-1], at, pronoun):
        return plain[-1]  # (nothing said of anyone's sex: the one not named as a kin nor as one who died)
    one = len({(f.split()[0], f.split()[-1]) for f in names}) == 1  # ("Donald J. Trump" and "Donald Trump": one)
    return names[-1] if names and one and agrees(text, names[-1], at, pronoun) else None


def last_person(text: str, end: int, known: dict, pronoun: str | None = None,
                sentence_starts: Sequence[int] = ()) -> tuple[int, str] | None:
    """(offset, name) of the last person named before ``end``: a run of two to four capitalised
    words that is no organisation or place ("Sebastian Gorka", "Sen. Ted Cruz" -> Ted Cruz), or a
    surname already met in full. Looks back at most 3,000 characters. With ``pronoun`` (he/she),
    a person the text marks as the other sex is passed over (see :func:`sex`). With
    ``sentence_starts`` (the article's, in order), a name inside a relative clause hung on its
    sentence's first person ("Gray, who served under George Bush, ...") yields to that person; a
    name in a participle's phrase right before the pronoun ("Asked about her vote if Clinton faces
    Trump, she replied") is not whom the pronoun, the participle's own subject, stands for."""
    found = persons_before(text, end, known)
    if pronoun in ("he", "she") and sentence_starts:
        s0 = sentence_starts[max(0, bisect.bisect_right(sentence_starts, end - 1) - 1)]
        lead = _PARTICIPLE_LEAD.match(text, s0, end)
        if lead is not None and lead.end() == end:
            found = [p for p in found if not s0 <= p[0] < end]

    def fits(name: str) -> bool:
        return pronoun not in ("he", "she") or agrees(text, name, end, pronoun)

    def span_of(p: tuple[int, str]) -> tuple[int, int]:
        """Where a found name's own words begin and end (its run may start with "After", "Mr.")."""
        a, b = text.find(p[1].split()[0], p[0]), text.find(p[1].split()[-1], p[0])
        return (a if a >= 0 else p[0]), (b + len(p[1].split()[-1]) if b >= 0 else p[0] + len(p[1]))

    def attributive(p: tuple[int, str]) -> bool:
        """"a possible Trump administration", "the Clinton phone bank": a name that qualifies a noun, no one."""
        a, b = span_of(p)
        if _DETERMINED.search(text, max(0, a - 40), a) and _NOUN_NEXT.match(text, b):
            return True
        role = _WORD_AFTER.match(text, b)
        return bool(role and role.group(1) in L.PERSON_ROLES and _OWNED_BEFORE.search(text, max(0, a - 40), a))

    def owned(p: tuple[int, str]) -> bool:
        """"Bill Clinton's years", "Obama's Affordable Care Act", or a name that qualifies a noun: no
        subject of its sentence."""
        return bool(_POSSESSOR.match(text, span_of(p)[1]) or _OWNS_A_NAME.match(text, span_of(p)[1])) or attributive(p)

    def title(p: tuple[int, str]) -> bool:
        """'promote “Celebrity Apprentice,”': a name in quotation marks of its own is a title, no one."""
        a, b = span_of(p)
        return text[a - 1:a] in ("\u201c", '"') and bool(re.match(r"[,.]?[\u201d\"]", text[b:b + 2]))

    def byline(p: tuple[int, str]) -> bool:
        """"By Ada Kone", "BYLINE: Ada Kone": the line naming the writer, whom no "he" or "she" stands for."""
        return _BYLINE.match(text, text.rfind("\n", 0, p[0]) + 1) is not None

    last = next((p for p in reversed(found) if fits(p[1]) and not attributive(p) and not title(p) and not byline(p)), None)
    if last is None:
        return None

    k0 = bisect.bisect_right(sentence_starts, last[0])
    if pronoun in ("he", "she") and k0 and k0 == bisect.bisect_right(sentence_starts, end - 1) and owned(last) \
            and ((_LEADING_PHRASE.match(text, sentence_starts[k0 - 1]) and "," in text[last[0]:end])
                 or _OWNS_A_NAME.match(text, span_of(last)[1])):
        # "... is Wayne Borders, a teacher. Dismayed by his memory of Bill Clinton's years, he backs
        # Sanders": a name that only qualifies a noun in a phrase leading the pronoun's sentence
        # yields to the person the sentences are about, named in this one or the one before; so does
        # the owner of what has a name of its own ("Grayson has introduced Sen. Bernie Sanders'
        # College for All Act ..., he said")
        lo = sentence_starts[k0 - 2] if k0 >= 2 else 0
        last = next((p for p in reversed(found) if lo <= p[0] < last[0] and p[1] != last[1] and fits(p[1])
                     and not owned(p)), last)
    k = bisect.bisect_right(sentence_starts, last[0])

    if k:
        # "Gray, who served under Mr. Bush's father, George Bush, ticked through it: '...,' he said":
        # the sentence's subject, not a name in the relative clause hung on it
        first = next(p for p in found if p[0] >= sentence_starts[k - 1])
        if first != last and _HUNG_ON.match(text[first[0]:last[0]]) and fits(first[1]):
            return first
        # "Later on Tuesday Mitsotakis met with President Trump, where he denounced ...": in the same
        # sentence, a clause joined after the object is about the subject
        if first != last and bisect.bisect_right(sentence_starts, end) == k and fits(first[1]) \
                and len(text[sentence_starts[k - 1]:first[0]].split()) <= 4 \
                and _JOINED_CLAUSE.search(text, last[0] + len(last[1]), end):
            return first
        # "Although Mr. Kone does not plan to endorse Mr. Ostby, he has told ...": the subject of a
        # leading subordinate clause, not its object, is the main clause's he/she
        if first != last and pronoun in ("he", "she") and bisect.bisect_right(sentence_starts, end) == k \
                and fits(first[1]) and _LEADING_SUBORDINATE.fullmatch(text[sentence_starts[k - 1]:span_of(first)[0]]) \
                and "," in text[last[0]:end] and _VERB_BETWEEN.search(text[span_of(first)[1]:last[0]]):
            return first
        # "Kone read Pell's words differently: '...,' she said": in the pronoun's own sentence, a name
        # that only qualifies a noun after the verb yields to the subject
        if first != last and pronoun in ("he", "she") and bisect.bisect_right(sentence_starts, end) == k and owned(last) \
                and fits(first[1]) and _SUBJECT_START.fullmatch(text[sentence_starts[k - 1]:first[0]]) \
                and _LOWER_RUN.fullmatch(text[span_of(first)[1]:span_of(last)[0]]):
            return first
        # "Ada Kone crossed party lines to vote for Ostby. 'It was the right thing,' he said": a
        # he/she that opens a later sentence stands for the earlier sentence's subject, not for a
        # name after its verb (one of the same sex, when the text tells)
        if first != last and pronoun in ("he", "she") and bisect.bisect_right(sentence_starts, end) > k \
                and fits(first[1]) and (_SUBJECT_START.fullmatch(text[sentence_starts[k - 1]:first[0]])
                                        or _SUBJECT_AFTER_PHRASE.fullmatch(text[sentence_starts[k - 1]:first[0]])) \
                and (_VERB_BETWEEN.search(text[span_of(first)[1]:last[0]])
                     or (_APPOSITION_OPEN.fullmatch(text, span_of(first)[1], last[0])  # (or inside its apposition:
                         and _VERB_BETWEEN.search(text[span_of(first)[1]:end]))) \
                and not _INTRODUCED.match(text, span_of(last)[1]):  # "Ed Rendo, one of Kone's supporters, was ...")
            return first
    return last


_LEADING_PHRASE = re.compile(r"\s*[\"\u201c]?(?:[A-Z][a-z]+(?:ed|ing)|For|In|With|Despite|Unlike|Like|Among|Beyond|Besides|"
                             r"Inspired|Driven|Moved|Angered|Dismayed|Frustrated|Encouraged|Impressed)\s")
# a sentence opening with a participle's phrase, up to the comma before its subject (not one that
# has no subject of its own: "Assuming that Clinton remains the favorite, she might ...")
_PARTICIPLE_LEAD = re.compile(r"\s*[\"\u201c]?(?!(?:Assuming|Given|Considering|Including|According|Regarding|Concerning|"
                              r"Following|Barring|Pending|Excluding|Notwithstanding)\b)[A-Z][a-z]+(?:ed|ing)\b"
                              r"[^.;:!?\"\u201c\u201d]*,\s+")
_OWNS_A_NAME = re.compile(r"['\u2019]s?\s+[A-Z]")
_BYLINE = re.compile(r"[ \t]*(?:BYLINE:|By)\s+[A-Z][^\n]{0,80}$", re.M)
_POSSESSOR = re.compile(r"['\u2019]s?\s+(?!(?:said|says|told|added|wrote|is|was|has|had)\b)[a-z]")
_NOUN_NEXT = re.compile(r"\s+(?!(?:said|says|told|tells|added|wrote|writes|who|is|was|has|had|and|or|of|in|on|at|to|"
                        r"for|would|will|could|can|did|does|do|may|might|should|must|never|also|still|now|then|just|"
                        r"even|already|always|often|once|again|not)\b)[a-z]+(?<!ed)(?<!ly)\b")
# a determiner, then at most two adjectives, before a name ("a possible Trump administration"; not
# "every moment Trump opens his mouth": a noun between them)
_DETERMINED = re.compile(r"\b(?:the|a|an|any|another|every|no|this)\s+(?:(?:[a-z][\w-]*(?:ible|able|al|ive|ous|ic|ful|ary|"
                         r"ory)|possible|potential|new|likely|future|entire|whole|latest|first|next|old|young|"
                         r"prospective|would-be)\s+){0,2}$", re.I)
# a possessor, then at most two words, before a name and a title ("the campaign's 48-year-old New
# England director": a place that qualifies the title; not "CNN's Jake Tapper asks")
_OWNED_BEFORE = re.compile(r"[a-z][\w-]*['\u2019]s?\s+(?:[\w-]+\s+){0,2}$", re.I)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_LEADING_SUBORDINATE = re.compile(r"\s*(?:Although|Though|Even though|While|Whilst|When|After|Before|Because|Since|If|"
                                  r"Once|Until|Unless|As)\s+(?:[A-Z][a-z]*\.\s+)?")  # (and a title: "Mr.", "Sen.")
# a person introduced with an apposition ("courtesy of Bernt Kone, a delegate from Ostby who ...")
# is the one the next quotation is about to be from
_INTRODUCED = re.compile(r",\s+(?:a|an|the|who)\s")
# before a sentence's subject: nothing, or a title ("Sen.", "Former Gov.", "Former Vermont governor"), never a
# quotation's start
_SUBJECT_START = re.compile(r"\s*(?:[A-Z][a-z]*\.?\s+){0,2}(?:(?<=[a-z.]\s)(?:%s)\s+)?"
                            % "|".join(sorted((r for r in L.PERSON_ROLES if r.isalpha() and not r.endswith("s")), key=len, reverse=True)))
# ... or after an opening phrase of circumstance ("In his assessment of the magnate, Calderon ...")
_SUBJECT_AFTER_PHRASE = re.compile(r"\s*(?:In|On|At|During|After|Before|For|With|Despite|Asked|Speaking|Writing)\s"
                                   r"[^,;:\"\u201c\u201d]{1,80},\s+(?:[A-Z][a-z]*\.?\s+){0,2}")
# words in lower case only, no clause's punctuation: a verb and what hangs on it ("read", "saw all of")
_LOWER_RUN = re.compile(r"\s+(?:[a-z][\w'\u2019-]*\s+){1,6}")
# a finite verb after the subject ("crossed", "told", "has met", "is"), no mere "and" or apposition
# (an apposition before the verb may hold a place's comma: "Naureen Jahangir, a Sanders supporter from
# Hemet, California, is among ...")
_VERB_BETWEEN = re.compile(r"^(?:,[^,;:\"\u201c\u201d(]*(?:,[^,;:\"\u201c\u201d(]*)?,)?[^,;:\"\u201c\u201d(]*?\s(?:[a-z]+ed|[a-z]+s|told|met|"
                           r"went|gave|took|made|said|is|was|has|had|will|would)\s")


# the opening of an apposition set off after a name, up to a name inside it ("Ed Rendo, one of Kone's ...")
_APPOSITION_OPEN = re.compile(r",\s+(?:one\s+of|among|an?|the|his|her|their)\s[^,;:\"\u201c\u201d(]*")

_JOINED_CLAUSE = re.compile(r",\s+(?:where|when|and|but|while|saying|after|before)\s")


_HUNG_ON = re.compile(r"[^,;:]*,\s+(?:who|whose)\s[^;:\"\u201c\u201d]*$")  # "X, who ... <name>"


_SEX_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+)")


@functools.lru_cache(maxsize=4)
def _sex_titles(text: str) -> tuple[list[int], list[int], list[tuple[str, str]]]:
    """Each courtesy title of ``text`` (one pass, kept for the article): the starts, the ends, and
    (the sex it says, the name after it) of the matches of :data:`_SEX_TITLE`."""
    found = list(_SEX_TITLE.finditer(text))
    return [m.start() for m in found], [m.end() for m in found], [_title_mark(m) for m in found]


def _title_mark(m: re.Match) -> tuple[str, str]:
    return "m" if m.group(1) == "Mr" else "f", strip_possessive(m.group(2))


def _titles_before(text: str, end: int) -> list[tuple[str, str]]:
    """:func:`_title_mark` of each title in text[:end], as a scan of that alone finds them (a title
    that runs past ``end`` is read as cut there)."""
    starts, ends, marks = _sex_titles(text)
    k = bisect.bisect_right(ends, end)
    if k < len(starts) and starts[k] < end:
        return marks[:k] + [_title_mark(m) for m in _SEX_TITLE.finditer(text, starts[k], end)]
    return marks[:k]


@functools.lru_cache(maxsize=512)
def _as_word(word: str) -> re.Pattern:
    """``word`` as a whole word (not inside a longer one, a hyphenated one or a possessive's "s")."""
    return re.compile(r"(?<![\w'\u2019-])" + re.escape(word) + r"(?![\w'\u2019-])")
# the subject's pronouns after a name mark its sex ("Jana Kell said her ...", "Kell said he ..."); an
# object ("Ruiz attacked her", "Ruiz thanked him") is somebody else
_SEX_PRONOUN = re.compile(r"\b(he|his|she|her)\b", re.I)
_OBJECT_HER = re.compile(r"her\b(?=\s*(?:[.,;:!?)\"\u201d]|$|\s(?:to|for|with|of|on|in|at|by|from|as|and|or|but|that|if|when|after|"
                         r"before|about|over|into|again|back|out|up|down|off|too|then|now|so|because|while|later|earlier|today|"
                         r"yesterday|tonight|here|there|once|twice)\b))", re.I)


KIN_F = frozenset("wife daughter mother sister widow girlfriend fiancee fianc\u00e9e grandmother aunt niece".split())
KIN_M = frozenset("husband son father brother widower boyfriend fiance fianc\u00e9 grandfather uncle nephew".split())
_KIN = re.compile(r"\b(?i:(" + "|".join(sorted(KIN_F | KIN_M)) + r")),?\s+(?:(?:former|late)\s+(?:President|Gov\.|Governor|Sen\.|"
                  r"Senator|Rep\.|Mayor)\s+)?((?:[A-Z][\w'\u2019-]+\s+){0,2}?[A-Z][\w'\u2019-]+)"
                  r"(?![\w'\u2019-])(?!\s+[A-Z])")


def kin_named(text: str, end: int, mention: str) -> str | None:
    """The name the words of ``mention`` ("his brother") introduced before ``end`` ("an interview his
    brother Alastair Osman gave"), else None."""
    words = mention.strip(" ,").split()
    if len(words) != 2 or words[1].lower() not in KIN_F | KIN_M:
        return None
    found = [m.group(2) for m in _KIN.finditer(text, 0, end) if m.group(1).lower() == words[1].lower() and " " in m.group(2)
             and re.search(rf"\b{re.escape(words[0])}\s+$", text[max(0, m.start() - 12):m.start()], re.I)]
    return found[-1] if found else None


@functools.lru_cache(maxsize=64)
def _givens_set_apart(text: str, surname: str) -> frozenset[str]:
    """The first words of the full names with ``surname`` that :func:`_set_apart` sets apart."""
    return frozenset(f.split()[0] for f in _departed(text) | set(_kin_marks(text)) if f.split()[-1] == surname)


def _set_apart(text: str, name: str) -> bool:
    """Whether the full name ``name`` is a kin named with a surname ("her grandmother, Almaz Tsegaye") or one who
    died ("Haile Tsegaye, who died in 2011"): never whom the surname alone stands for."""
    return bool(_kin_marks(text).get(name)) or name in _departed(text)


@functools.lru_cache(maxsize=4)
def _departed(text: str) -> frozenset[str]:
    """Full names the text says are of someone dead ("Haile Tsegaye, who died in 2011,", "the late Ivo Rask")."""
    return frozenset(m.group(1) or m.group(2) for m in _DEPARTED.finditer(text))


_DEPARTED = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+),\s+who\s+died\b"
                       r"|\b[Tt]he\s+late\s+((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+)")


@functools.lru_cache(maxsize=4)
def _kin_marks(text: str) -> dict[str, list[tuple[int, str]]]:
    """Full name -> (offset, sex) of each kinship word right before it (one pass per article)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for m in _KIN.finditer(text):
        out.setdefault(m.group(2), []).append((m.start(), "f" if m.group(1).lower() in KIN_F else "m"))
    return out


def sex(text: str, name: str, end: int, whole: bool = False, pronouns: bool = True) -> str | None:
    """What the text says of a person's sex before ``end``: a title ("Mrs. Clinton"), or (with
    ``pronouns``) the first personal pronoun right after the name as a subject ("Jana Kell said her
    ..."). None when the text does not say, or says both. By the surname; with ``whole``, by the
    full name only (of two Clintons, what the text says of "Bill Clinton" himself)."""
    surname = name.split()[-1]
    if " " not in name and (kin := {sx for pos, sx in _kin_marks(text).get(name, ()) if pos < end}):
        return kin.pop() if len(kin) == 1 else None  # "his wife, Jane, offered a preview of his thinking": hers
    # ("Mr. Obama's record": Obama is a man)
    seen = set() if whole else {sx for sx, after in _titles_before(text, end) if after == surname}
    # a kinship noun before the full name ("his wife Melania Trump"; by the surname alone it would mark
    # the whole family: "Lazar ... his wife, Gabriela Violeta Lazar")
    for pos, sx in _kin_marks(text).get(name, ()) if " " in name else ():
        if pos < end:
            seen.add(sx)
    # (not a possessive: "to puncture Sanders's appeal and regain her footing" is the subject's footing)
    mentions = _as_word(name if whole else surname).finditer(text, 0, end) if pronouns else ()
    others = _givens_set_apart(text, surname) if not whole and " " not in name else frozenset()
    for m in mentions:
        if others and (given := re.search(r"([A-Z][\w'\u2019-]*)\s+$", text[max(0, m.start() - 30):m.start()])) \
                and given.group(1) in others:
            continue  # (a kin or one who died, named in full, says nothing of the surname alone: "Haile Tsegaye, who
            # died in 2011, ... He" is no word on "Tsegaye" the subject)
        nxt = _SEX_PRONOUN.search(text, m.end(), min(end, m.end() + 40))
        if nxt and not re.search(r"[.;!?\"\u201c\u201d]|\b[A-Z][a-z]+\b|\b(?:would|will|could|should|can|may|might|must)\b",
                                 text[m.end():nxt.start()]) \
                and not _OBJECT_HER.match(text, nxt.start()) \
                and not (nxt.group(1).lower() in ("his", "her") and re.match(r",\s+(?:who|whose|an?|the)\s[^,]+,\s+[a-z]+\s+$",
                                                                              text[m.end():nxt.start()])):
            # (a possessive after the name's relative clause or description and verb is its object's: "Lind, who
            # wrote the bill, dismissed her threat", "Osei, a former trade minister, left his government"; nor
            # is a pronoun after another subject's modal: "Rask said staff would watch her race")
            seen.add("m" if nxt.group(1).lower() in ("he", "his") else "f")
        elif (nxt := _NEXT_OPENS.match(text, m.end())) is not None and nxt.end() <= end \
                and _OPENS_SENTENCE.search(text, max(0, m.start() - 60), m.start()) is not None:
            # "Ada Kone, the mayor, opened the bridge on Monday. She said ...": the one person the sentence
            # names, its subject, and no other name before the next sentence's pronoun
            seen.add("m" if nxt.group(1) == "He" else "f")
    return seen.pop() if len(seen) == 1 else None


# the rest of a sentence with no other name (a weekday or a month may stand in it) and the next sentence's
# subject pronoun
_NEXT_OPENS = re.compile(r"(?:[^.!?;:\"\u201c\u201dA-Z]|(?<=\s)(?:%s)\b){0,200}?[.!?]\s+(He|She)\s" % "|".join(
    w.capitalize() for w in sorted(_CALENDAR)))
# a name that opens its sentence, after its titles ("Finance Minister Ada Kone"; not "The court sentenced Tor Lind")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w.'\u2019-]*\s+)*$")


_RUN_END = re.compile(r"(?<=[a-z]{3})\.\s+")  # "... in Vårt Land. Such a translation": a sentence ends


def name_runs(text: str, start: int, end: int):
    """(offset, run) of capitalised runs in text[start:end], cut where a sentence ends inside one."""
    # ('Rep. Robert C. "Bobby" Scott': the nickname in quotation marks is read as spaces, so the run
    # is the whole name)
    part = NICKNAME.sub(lambda n: n.group(1) + " " * (len(n.group(0)) - len(n.group(1))), text[start:end])
    for m in NAME_RUN.finditer(part):
        run, pos = m.group(1), start + m.start()
        for cut in _RUN_END.finditer(run):
            if cut.start() == 0 or run[:cut.start()].split()[-1].lower() not in TITLES:
                yield pos, run[:cut.start()]
                pos, run = pos + cut.end(), run[cut.end():]
                break  # one cut is enough: a second sentence end in a capitalised run is rare
        yield pos, run


def persons_before(text: str, end: int, known: dict) -> list[tuple[int, str]]:
    """The persons named in the 3,000 characters before ``end``, in order: full names, and single
    words that are the surname of a full name the article gives anywhere ("Mehmet Oz" at the top,
    "Oz" pages later; "Clinton caught flak ..." before "Hillary Clinton") or of a ``known`` speaker,
    or follow a title."""
    start = max(0, end - 3000)
    surnames = {k for k in known if " " not in k} | {n.split()[-1] for _, n in _full_names_in(text)}
    return _persons(text, start, end, surnames)


def label_name(text: str, label: str) -> str | None:
    """The full name a transcript's speaker label stands for ("TAPPER", "JAKE TAPPER", "SEN. KAINE":
    the one person the article names in full with that surname, and that given name if the label
    has one), None if none or several."""
    words = [w for w in label.replace(".", " ").split() if w.lower() not in TITLES] or [""]  # ("SEN.": nobody)
    found = {n for n in [n for _, n in _full_names_in(text)] + _name_labels(text) if n.split()[-1].upper() == words[-1]
             and (len(words) == 1 or n.split()[0].upper() == words[0])
             and n.split()[0][1:].islower() and not any(w.lower().rstrip(".") in TITLES for w in n.split())}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=4)
def _name_labels(text: str) -> list[str]:
    """The two-word speaker labels of a transcript, title-cased ("JAKE TAPPER:" -> Jake Tapper)."""
    return [f"{a} {b}".title() for a, b in re.findall(r"^([A-Z][A-Z'\u2019-]+) ([A-Z][A-Z'\u2019-]+):", text, re.M)]


@functools.lru_cache(maxsize=4)
def _full_names_in(text: str) -> list[tuple[int, str]]:
    """Every full name of a person in ``text``, with its offset (one pass, kept for the article)."""
    # ("Electing Hillary", from a headline: a gerund is no given name)
    return [(p, n) for p, n in _persons(text, 0, len(text), set()) if " " in n and not n.split()[0].endswith("ing")]


def gerund(word: str) -> bool:
    """Whether a word, capitalised or not, reads as a gerund ("Entrusting", "praising"), not a given
    name ("Sterling")."""
    return word.endswith("ing") and word[1:].islower() and word.lower() not in L.GIVEN_NAMES


def _gerund_first(words: list[str]) -> bool:
    """Whether a capitalised run's first word is a gerund before the name ("Entrusting Donald Trump
    with ...", "Praising Kone")."""
    return len(words) >= 2 and gerund(words[0])


def _persons(text: str, start: int, end: int, surnames: set[str]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    readings = _readings(text)
    for pos, run in name_runs(text, start, end):
        if (key := ("person", pos, run)) not in readings:
            readings[key] = _run_reading(text, pos, run)
        if (reading := readings[key]) is None:
            continue
        at, name, surname, sure = reading
        if surname is not None:  # a full name
            out.append((at, name))
            surnames.add(surname)
        elif sure or name in surnames:
            out.append((at, name))
    return out


# a body's noun right before its name ("the think tank", "the payments company")
_BODY_BEFORE_NAME = re.compile(r"\b(?:think[\s-]+tank|company|firm|group|charity|nonprofit|newspaper|magazine|broadcaster|"
                               r"consultancy|party|union|institute|foundation|chipmaker|automaker|carmaker|drugmaker|"
                               r"retailer|lender|insurer|airline|club|bloc|alliance|coalition)\s+$", re.I)


def _run_reading(text: str, pos: int, run: str) -> tuple[int, str, str | None, bool] | None:
    """The person a capitalised run at ``pos`` names, if any: (offset, full name, its surname, True),
    or (offset, a single word, None, whether it names a person even when it is no surname the text
    gave before: after a title, or a kin named by a given name alone)."""
    words = [w.rstrip(".,") for w in run.split()]
    words = [w for w in words if w]
    courtesy = bool(words) and words[0].lower() in L.COURTESY_TITLES | TITLES  # "Mr. Estrada", "President Obama": a person
    prev = ""
    while words and (words[0].lower() in (TITLES | L.CAP_FUNCTION | _CALENDAR)  # ("Later on Tuesday Mitsotakis")
                     or (words[0].lower() == "general" and prev in _GENERAL_AFTER)  # "Secretary General X"
                     or (len(words) >= 3 and words[0].lower() in L.NAME_DESCRIPTORS | _LEAD_WORDS)):  # "Billionaire Donald Trump"
        # ("Democrat Hillary Clinton", "Only Ronald Reagan was older")
        prev, words = words[0].lower(), words[1:]
        courtesy = courtesy or prev in L.COURTESY_TITLES | TITLES  # ("Although Mr. Brown")
    if _gerund_first(words):
        pos, words = text.find(words[1], pos), words[1:]
    # "Florida Sen. Bob Graham", "U.S. Rep. Gwen Graham": the name follows the title inside the run
    inner = [k for k, w in enumerate(words) if k and len(words) - k - 1 >= 2 and (
        w.lower() in TITLES or (w.lower() == "general" and words[k - 1].lower() in _GENERAL_AFTER))]
    if inner:
        words = words[inner[-1] + 1:]
    owner = next((k for k, w in enumerate(words[:-1]) if re.search(r"\w['\u2019]s?$", w)), None)
    if owner is not None:
        # "President Obama's Affordable Care Act": the owner's name ends there (what follows is
        # the owner's thing, or a person the owner's body employs: "CNN's Jake Tapper", whom
        # a later he or she is seldom about)
        words = words[:owner + 1]
    words = [strip_possessive(w) for w in words]
    if not words or any(w.lower() in NOT_NAME or _CONTRACTION.search(w) for w in words) \
            or any(w.lower() in L.CAP_FUNCTION or _headline_verb(w) for w in words[1:]):
        return None  # (a contraction or a function word inside is no name's: "Because We've Seen This Before",
        # "Jews Against Trump", a sign's words; "Trump Says He Will", "Hillary Clinton Says Trump's Bigotry",
        # a headline's)
    if not courtesy and len(words) > 1 and text[max(0, pos - 4):pos].lower() == "the ":
        # "in the Middle East", "the Weekly Standard": no person's full name follows "the" without a
        # title ("the Sanders campaign" names him)
        return None
    if not courtesy and len(words) > 1 and _BODY_BEFORE_NAME.search(text, max(0, pos - 40), pos):
        return None  # ("the think tank Civitas Norvane", "the charity Teachers Abroad": a body the noun calls so)
    name = " ".join(words)
    if 2 <= len(words) <= 4 and len(words[-1]) > 1 and all(  # ("Maybe I can": no initial ends a name)
            w[:1].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
            for w in words) and not is_orgish(words) and not country(name) and name.lower() not in L.US_STATES \
            and words[0].lower() not in L.DEMONYMS and not any(w.isupper() and len(w) > 1 and w not in _GENERATION for w in words) \
            and words[-1].lower() not in L.PLACE_HEADS and words[0].lower() not in L.PLACE_LEADS | {"new"} \
            and not _modifier_run(text, pos, run, words) and not all(is_role(w.lower()) for w in words):
        # (not "the former Attorney General of Delaware": an office)
        return pos, " ".join(w + "." if len(w) == 1 else w for w in words), words[-1], True  # "C. Boyden Gray" as written
    if len(words) == 1 and words[0].lower() not in L.COURTESY_TITLES | L.ORG_WORDS | L.US_STATES \
            and not _modifier_run(text, pos, run, words):  # ("Tupelo, Miss.", "Justice Department", "a Romney caricature")
        return pos, words[0], None, (courtesy and words[0].isalpha()) or (
            words[0].isalpha() and bool(_KIN_BEFORE.search(text[max(0, pos - 40):pos]))
            and text[pos + len(run):pos + len(run) + 1] == ",")
    return None


# a party's member or a sentence's adverb before a full name, no part of it
_LEAD_WORDS = frozenset("republican democrat democratic independent libertarian only even just also still both neither".split())


def _headline_verb(word: str) -> bool:
    """A verb of saying in a headline's capitals ("Says", "Warned"), which no given name or surname is."""
    low = word.lower()
    return low.endswith(("s", "ed")) and low in C.FORMS and low not in L.GIVEN_NAMES


_GENERATION = frozenset({"II", "III", "IV"})  # "Joseph R. Murray II"
# offices that "General" completes: "Secretary General Ban Ki-moon", "Attorney General Loretta Lynch"
_GENERAL_AFTER = TITLES | frozenset("attorney surgeon solicitor inspector postmaster governor".split())


# before a capitalised run: it names a thing in a noun phrase ("her first Grand Slam title")
_NOT_BEFORE_PERSON = frozenset("a an her his its their our my your first second third last next same".split())
# "his wife, Jane, ...", "Trump's son, Eric, ...": a kin named by a given name alone is a person
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|[A-Z][\w.-]*['\u2019]s)\s+(?:wife|husband|son|daughter|mother|father|brother|"
                         r"sister|widow|widower|fianc[eé]e?|partner)\s*,\s*$", re.I)
_CONTRACTION = re.compile(r"['\u2019](?:ve|re|ll|m|d)$|n['\u2019]t$", re.I)


def _modifier_run(text: str, pos: int, run: str, words: list[str]) -> bool:
    """Whether the run ``words`` at ``pos`` ("Australian Open", "Grand Slam") is no person: after a
    possessive, an article or an ordinal, unless a title starts it ("a Sen. Bob Graham")."""
    before = text[max(0, pos - 30):pos].split()
    return bool(before) and before[-1].lower() in _NOT_BEFORE_PERSON and run.split()[0] == words[0]


# the wire services and data vendors of datelines and "according to LSEG data": never the body a
# later "the company" or "the government" stands for
WIRES = frozenset({"reuters", "ap", "afp", "bloomberg", "xinhua", "tass", "lseg", "refinitiv", "factset",
                    "associated press", "dow jones"})


def _trim_stop(name: str) -> str:
    """A name without a trailing comma or full stop, but with the stop of an initialism ("E.U.", "U.N.")."""
    name = name.rstrip(",")
    return name if re.search(r"(?:\b[A-Z]\.){2,}$", name) else name.rstrip(".,")


# "Some of Clinton's longtime allies", "Pell's niece": people around the possessor (L.NOT_SPEAKING_FOR)
_AROUND = re.compile(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:%s)\b"
                     % "|".join(sorted(L.NOT_SPEAKING_FOR, key=len, reverse=True)))


def name_in(mention: str) -> str | None:
    """The last proper name before any preposition of a mention ("Minnesota state delegate Mary
    Susan" -> Mary Susan; "O'Malley's campaign" -> O'Malley; "a federal judge in Texas" -> None);
    for a document or a poll, the name after it ("early results of exit polls conducted for the
    Associated Press" -> Associated Press)."""
    # split at the first preposition that does not join a name ("Centers for Disease Control")
    parts = [mention]
    for pm in re.finditer(r"\s(?:in|of|at|for|from|with|on|to|by)\s", mention):
        before = mention[:pm.start()].split()[-1:] or [""]
        joins = before[0][:1].isupper() and re.match(r"(?:the\s+)?[A-Z]", mention[pm.end():])
        if not joins:
            parts = [mention[:pm.start()], mention[pm.end():]]
            break
    head = parts[0]
    runs = []
    for m in NAME_RUN.finditer(head):
        words = [w for w in m.group(1).split() if w.lower() not in L.CAP_FUNCTION and w.lower() not in L.PRONOUNS]
        words = words[1:] if m.start() == 0 and _gerund_first(words) else words
        # a capitalised first word of the sentence followed by lower-case words is no name
        # ("More than 40 countries", "Experts on ..."), unless it owns what follows ("O'Malley's campaign")
        lone_first = m.start() == 0 and len(m.group(1).split()) == 1 and " " in head.strip() \
            and not re.search(r"['\u2019]s?$", m.group(1))
        # "Polls show"; "A Spanish language tweet": a demonym alone names nobody
        common = len(words) == 1 and (words[0].lower() in _SOURCE_NOUNS or is_role(words[0])
                                      or words[0].lower() in L.DEMONYMS)
        if words and not lone_first and not common:
            runs.append(_trim_stop(strip_possessive(" ".join(words))))
    runs = [r for r in runs if r.lower() not in WIRES]  # "a draft seen by Reuters": the wire only saw it
    if runs and _AROUND.search(head):
        return None  # "Some of Clinton's longtime allies": people around the name, not the name
    if runs and runs[-1]:
        return runs[-1]
    low = [w.lower().strip(".,") for w in head.split()]
    # ("a report released by the Brookings Institution": the noun may come before its participle)
    if len(parts) > 1 and low and (any(w in _SOURCE_NOUNS for w in low[-3:]) or any(
            w in _SOURCE_NOUNS for w in parts[1].lower().split()[:3])):
        for m in NAME_RUN.finditer(parts[1]):
            words = [w for w in m.group(1).split() if w.lower() not in L.CAP_FUNCTION and w.lower() not in L.PRONOUNS]
            if words:
                return _trim_stop(strip_possessive(" ".join(words)))
    return None


_REFLEXIVE = frozenset("himself herself itself themselves ourselves myself yourself yourselves".split())
# words no name or description ends with: where one does, the parse cut a phrase short
_DANGLING = frozenset("the a an of in on at to for with by from and or but nor yet so then as than that he she it they we most first".split())


def _can_speak(name: str) -> bool:
    """Whether a speaker's name can be anyone's at all: not a letter ("Q:" of a transcript), a
    number ("Just shy of half, 49%, say"), a reflexive ("Billionaires themselves often
    disagree"), a phrase cut short ("the rest of the", "the political divides he") or markup.
    What a description's words denote is left to the mention rules: a guard on them here removed
    real speakers ("the woman", "the bloc") and moved later pronouns elsewhere."""
    words = name.strip(" ,.").split()
    if not words or len(name.strip()) < 2 or len(re.findall(r"[^\W\d_]", name)) < 2:
        return False  # ("9-8)": a score)
    if len(words) == 1 and ((words[0].lower() in _ORDINALS and words[0][:1].isupper())  # ("a third said": a share)
                            or words[0].lower().endswith("-based")):
        return False  # "Fourth victim Jack Taylor", "Boston-based rock group": a word of the noun phrase
    if all(w.replace(",", "").replace(".", "").replace("%", "").isdigit() for w in words) or calendar_only(name):
        return False  # ("a report on Wednesday": a day)
    if words[-1] in _DANGLING or any(ch in name for ch in '="<>\u201c\u201d') or re.search(r"\b[A-Z][a-z]*n['\u2019]t\b", name):
        return False  # ("Don\u2019t Let The Media ...": a headline's contraction, no name)
    if words[0] in _JOINING:
        return False  # ("and National", "than waterboarding", "on Twitter": a phrase cut from a longer one)
    bare = name.strip(" ,.")
    # (a pronoun in lower case or capitalised, not an acronym: "WHO" is the World Health Organization)
    return bare.lower() not in _NO_ONE or (bare.lower() in _PRONOUN_LEFT and bare not in (bare.lower(), bare.capitalize()))


_TIME_SPAN = re.compile(r"(?i:(?:this|that|last|next|every|each|the|one|two|three|a\s+few|several|\d+)\s+)?"
                        r"(?:years?|months?|weeks?|days?|nights?|mornings?|evenings?|decades?|century|season|quarter|time|"
                        r"(?<=\s)(?:summer|spring|autumn|winter|weekend))")  # ("Time": a magazine; "this summer", not "Spring")
# lower-case words that join a phrase to another, never the first word of a speaker's name
_JOINING = frozenset("and or nor but than on in into to for with by from if because through whose".split())
_NOBODY = frozenset(("none", "neither", "no one", "nobody", "nothing"))  # ("None showed Mrs. Clinton deciding")
# a pronoun left as the whole name ("Some of them spoke on condition of anonymity", "two of whom have
# pledged"): a partitive the mention rules could not resolve
_PRONOUN_LEFT = frozenset("them whom who us me him it you".split())
_NO_ONE = _REFLEXIVE | _NOBODY | _PRONOUN_LEFT  # (once, not for every name asked about)
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last next".split())
# "Allen in his letter to BP", "Church in the October 18 press release": who, not where he wrote it
_WRITTEN_IN = re.compile(r"\s+in\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:letter|statement|interview|"
                         r"speech|op-ed|column|release|tweet|post|e-?mail|memo|remarks|book|blog)\b.*$", re.I)


_AS_FOR_IT = re.compile(r"(?<=\w),?\s+(?:in\s+particular|in\s+turn|for\s+its\s+part|for\s+his\s+part|for\s+her\s+part|"
                        r"for\s+their\s+part|as\s+well)$", re.I)  # "Libya in particular had pressed for it"


# a title in quotation marks inside a description
_QUOTED_TITLE = re.compile(r"(?<=\s)[\"\u201c]([A-Z][^\"\u201c\u201d]{1,60}?)(?:[,.]?[\"\u201d](?=[,.]?\s*$|\s)|[,.]?\s*$)")


def speakable(name: str) -> str | None:
    """``name`` if it can be a speaker's; else the capitalised name a phrase cut short starts
    with ("Royal Society went on to" -> Royal Society); else None."""
    name = _AS_FOR_IT.sub("", _WRITTEN_IN.sub("", name))
    name = _QUOTED_TITLE.sub(r"\1", name)  # ('the authors of the "Growth and Opportunity Project,"': the title's words)
    if _TIME_SPAN.fullmatch(name.strip(" ,.")):
        return None  # ("This week", "last year": when, not who)
    if _can_speak(name):
        return name
    words = name.strip(" ,.").split()
    while words and not words[-1][:1].isupper():
        words.pop()
    if words and all(w[:1].isupper() or w in ("of", "for", "and") for w in words) and _can_speak(" ".join(words)):
        return " ".join(words)
    return None


def opening_body(text: str, orgs: Sequence[tuple[int, str]], start: int, pronoun: str) -> str | None:
    """The named body a sentence at ``start`` opens with, for an "it" or "they" opening the next
    ("Norvane Systems cut its forecast. It said ..."; "The Taliban took the district. They said
    ..."): ``orgs`` are the bodies named in the sentence (offset, name). "it" is one organisation
    or government; "they" a group or a party's members ("Senate Republicans"). None when the
    sentence opens otherwise, or with the body as a possessor ("Norvane's chief said")."""
    if not orgs or text[start:orgs[0][0]].strip(" \"\u201c") not in ("", "The", "the"):
        return None
    pos, name = orgs[0]
    if re.match(re.escape(name) + r"['\u2019]", text[pos:]):
        return None
    kind = org_kind(name)
    members = name.split()[-1].lower().rstrip("s") in L.PARTY_MEMBERS
    if pronoun == "it":
        return name if kind in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT) and not members else None
    return name if kind == SpeakerKind.GROUP or members else None


_NAMED_ORG = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w.'\u2019&-]*)(?:(?<![a-z][a-z]\.)\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.'\u2019&-]*)*"
                        r"(?:,\s+(?:Inc|Ltd|Corp|LLC|PLC|Plc|AG|SA|NV|GmbH)(?![\w'\u2019-])\.?)?)")  # ("Norvane Shipping, Inc.")


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s|\s\()")  # "SYDNEY, Nov 5 (Reuters)", "GENEVA (AP)"
_HEADLINE_VERBS = frozenset("Says Said Tells Told Will Would Is Are Was Were".split())


def orgs_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, name) of each organisation named in text[start:end], in order."""
    out = []
    readings = _readings(text)
    for m in _NAMED_ORG.finditer(text, start, end):
        if (key := ("organisation", *m.span(1))) not in readings:
            readings[key] = _org_reading(text, m)
        if (reading := readings[key]) is not None:
            out.append(reading)
    return out


# a body's name of two capitalised words or more ("Norburg Families for Reading", "Orbital Forge")
BODY_NAME = r"[A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z][\w'\u2019&.-]*|of|for|and|the|&))*\s+[A-Z][\w'\u2019&.-]*"
# a place's word that says where a body is or who owns it, no part of its name ("the Linthaven-based company")
_WHERE_BASED = re.compile(r"-(?:based|owned|run|backed|controlled|listed|headquartered)$")


# the words of a body's name that a description with this head may stand for ("the union" after "the National
# Mineworkers' Federation", "the patient group" after "the Ostland Kidney Foundation", "the newspaper" after "The
# Norburg Times")
_SAME_KIND = {
    "union": frozenset("federation confederation association guild syndicate".split()),
    "group": frozenset("""foundation association alliance coalition society network federation union league council
        forum campaign movement""".split()),
    "newspaper": (PAPER_WORDS := frozenset("times post journal herald tribune gazette telegraph chronicle daily mail".split())),
    "paper": PAPER_WORDS,
}


def same_kind(name: str, head: str) -> bool:
    """Whether the body ``name`` may be what a description with head noun ``head`` stands for (see _SAME_KIND)."""
    return not set(name.lower().split()).isdisjoint(_SAME_KIND.get(head, ()))


def bodies_called(text: str, end: int, word: str) -> list[str]:
    """The organisations named in ``text[:end]`` whose name is or begins with ``word``, in order ("Norvane Foods
    Inc" for "Norvane")."""
    return [o for _, o in orgs_in(text, 0, end) if o.split()[0] == word]


def named_with(text: str, end: int, noun: str) -> str | None:
    """The name the last capitalised run before ``noun`` gives it in ``text[:end]`` ("New South Wales government"
    for "the government"), if that run names anything: not one across a full stop ("ABSTRACT. The company"),
    nor where a body is ("The Linthaven-based company"), nor small words alone ("The company"), nor a day
    ("in Monday's poll")."""
    called = [c for c in re.finditer(rf"\b((?:[A-Z][\w.'\u2019&-]*[ \t]+){{1,4}}){re.escape(noun)}\b", text[:end])
              if not any(w.endswith(".") and len(w) > 3 and w[:-1].lower() not in TITLES for w in c.group(1).split())
              and not _WHERE_BASED.search(c.group(1).rstrip()) and not calendar_only(c.group(1))]
    words = [w for w in called[-1].group(1).split() if w.lower() not in L.CAP_FUNCTION] if called else []
    return f"{' '.join(words)} {noun}" if words else None


def described_body(text: str, noun: str, end: int, set_off: bool = False) -> tuple[int, str] | None:
    """(where, name) of the last body ``text[:end]`` names beside what it is, the description's noun
    ``noun`` ("built by private company Orbital Forge", "Trellis Pay, a digital payments company", "the Community
    of Coastal States, the regional bloc"), if any (with ``set_off``, a description after the name only between
    commas, not "In Norburg, a group marched"); not a person's title and name ("the company Chairman Ivo Rask")
    nor a run across a sentence's end ("the company Theranos. Forbes")."""
    found = [(d.end(), d.group(d.lastindex)) for d in re.finditer(
        rf"\b{re.escape(noun)}\s+({BODY_NAME})|\b({BODY_NAME}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}\b"
        + (r"(?=\s*,)" if set_off else ""), text[:end])]
    found = [(at, re.sub(r"^The\s+", "", name)) for at, name in found if not re.search(r"\.\s", name) and not _titled(name)]
    return found[-1] if found else None


def _titled(name: str) -> bool:
    """Whether a capitalised run begins with a person's title or role, or a given name."""
    first = name.split()[0].lower().rstrip(".")
    return first in TITLES or is_role(first) or first in L.GIVEN_NAMES


# a capitalised name, then the opening bracket of a short form or a share ticker right after it
_ALIAS_AFTER_NAME = re.compile(r"[A-Z][\w.&'\u2019-]*\s+\($")
_TIME_ZONES = frozenset("""UTC GMT BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AKST HST JST KST IST
AEST AEDT ACST AWST NZST NZDT SGT HKT MSK""".split())


_DEFINED_ACRONYM = re.compile(r"((?:[a-z][\w-]*\s+){2,6})\(([A-Z]{2,6})\)")


@functools.lru_cache(maxsize=8)
def common_acronyms(text: str) -> frozenset[str]:
    """Acronyms ``text`` defines as the initials of words in lower case ("respiratory syncytial virus (RSV)",
    "gross domestic product (GDP)"): the short forms of common nouns, no body's name."""
    out = set()
    for m in _DEFINED_ACRONYM.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        if "".join(w[0] for w in words[-len(acronym):]) == acronym.lower():
            out.add(acronym)
    return frozenset(out)


def _ends_sentence(word: str) -> bool:
    """Whether a capitalised word ends with a sentence's full stop ("Guild.", not "Inc." nor "Mr.")."""
    return len(word) >= 4 and word.endswith(".") and word[-2].islower() and word.lower() not in ("inc.", "corp.", "bros.")


def _org_reading(text: str, m: re.Match) -> tuple[int, str] | None:
    """(offset, name) of the organisation the capitalised run ``m`` of :data:`_NAMED_ORG` names, if any."""
    # (nor across a line break: "Department for Work and Pensions\n\nThe Office for National Statistics",
    # an image's caption and the paragraph after it)
    run_start = m.start(1) + m.group(1).rfind("\n") + 1
    toks = text[run_start:m.end(1)].split()
    # "Monday. The NSW Rural Fire Service": a run of capitals across a full stop is two sentences
    cut = [k for k, w in enumerate(toks[:-1]) if _ends_sentence(w)]
    if cut:
        toks = toks[cut[-1] + 1:]
    if toks and _ends_sentence(toks[-1]):
        toks[-1] = toks[-1][:-1]  # ("... leads the Norvane Guild. It said": the name, not the full stop)
    if toks and (glued := re.fullmatch(r"[A-Z][a-z]+((?:The|An?))", toks[0])):
        toks[0] = glued.group(1)  # "IraqThe International Olympic Committee": a wiki page's place, glued on
    while toks and toks[0].lower() in L.CAP_FUNCTION:
        toks = toks[1:]
    if toks and re.search(r"[a-z]['\u2019]s$", toks[-1]):
        toks[-1] = strip_possessive(toks[-1])  # ("Halden Pharma's drug": the firm, the owner of what follows)
    if len(toks) == 1 and toks[0].strip("().,;") in _TIME_ZONES:
        return None  # ("at 1:00 p.m. (3:00 p.m. JST)": a time, no body)
    if len(toks) == 1 and toks[0].strip("().,;") in common_acronyms(text):
        return None  # ("respiratory syncytial virus (RSV)": the short form of a common noun, no body)
    if len(toks) == 1 and _ALIAS_AFTER_NAME.search(text, 0, run_start) and text.startswith(")", m.end(1)):
        return None  # ("Ostrander Foods Inc (OSTF.N)", "the Integrity Board (AIB)": the name before it, said again)
    if (title := next((k for k in range(1, len(toks) - 1) if toks[k].lower() in L.PERSON_ROLES
                       and toks[k + 1][:1].isupper() and toks[k + 1].lower() not in L.ORG_WORDS), None)) is not None:
        toks = toks[:title]  # ("Rural Fire Service Commissioner Ivo Rask": the service, before its officer's title and name)
    if not toks or not is_orgish(toks) or " ".join(toks).lower().strip(".") in WIRES \
            or sum(w[:1].isupper() for w in toks) > 5 \
            or any(w in _HEADLINE_VERBS for w in toks[1:]):  # "Obama Says African-American Museum Will Tell"; (six
        # capitalised words are a title-case headline's: "Clinton's Poll Numbers Jump Post-Democratic Convention")
        return None
    if len(toks) == 1 and toks[0].lower() in L.ORG_WORDS and toks[0].lower() not in L.ORG_NAME_WORDS \
            and not toks[0].isupper():
        return None  # "State regulations limit ...": a common noun with a capital
    at_line_start = run_start == 0 or text[run_start - 1] == "\n"
    if at_line_start and _DATELINE_PLACE.match(text, run_start):
        return None  # the dateline's place, "SYDNEY, Nov 5 (Reuters) -"
    return run_start, canonical_org(_trim_stop(" ".join(toks)))  # (not "... for Justice." at a sentence end)
