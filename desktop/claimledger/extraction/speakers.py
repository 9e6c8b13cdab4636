"""A speaker as the analyst files it, and what a source mention's own words make of it (pure; no
article context: :mod:`attribution` resolves pronouns, descriptions and surnames against the
article and falls back on these)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction.mentions import Mention, country, is_orgish, is_role, org_kind, split_title, strip_possessive
from claimledger.extraction.documents import documentary
from claimledger.extraction.roles import FORMER, role_word, sex_of

__all__ = ["BODY_DESCRIPTIONS", "Speaker", "as_described", "bare_description", "common_plural", "from_mention", "named_speaker", "one_described"]


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: SpeakerKind
    mention: str
    affiliation: str | None = None
    role: str | None = None


# what a description beside a name calls a body, never a person ("the operator Mineras Talca", "Free Choice
# Corvia, a parents' group")
BODY_DESCRIPTIONS = frozenset("""operator company firm group union association federation alliance coalition movement
    organisation organization network league club chipmaker automaker carmaker drugmaker manufacturer retailer lender
    insurer airline conglomerate bank institute charity service platform provider""".split())


def from_mention(m: Mention, mention_text: str) -> Speaker | None:
    """The speaker a mention names: a body by its name, a person with the body as affiliation, a
    possessed role the possessor ("Pell's spokesman": Pell); None when it names nobody."""
    if m.name and not m.role and (_THE_NAME.match(mention_text) or is_orgish(m.name.split())):
        # "The United Nations", "the White House", "Human Rights Watch": no person's name takes "the"
        return Speaker(m.name, org_kind(m.name), mention_text, m.name, None)
    if m.name:
        aff = m.org if m.org and not m.org_generic else None
        if party_people(m.name):
            return Speaker(m.name, SpeakerKind.GROUP, mention_text, aff, m.role)  # "Leading Democrats": a party's people
        if m.role and m.role.split()[-1] in BODY_DESCRIPTIONS and (not (m.org and not m.org_generic) or (
                ", " in mention_text and mention_text.rstrip(" ,").endswith(m.name))):
            # "the operator Mineras Talca", "the chipmaker Norvane": a body the description names ("Korvania's biggest
            # payments service, Zentra": a body of that country)
            return Speaker(m.name, SpeakerKind.ORGANISATION, mention_text, m.name, m.role)
        return Speaker(m.name, SpeakerKind.PERSON, mention_text, aff, m.role)
    if m.org and not m.org_generic:
        if m.role and (FORMER.match(m.role) or (m.role.split()[-1] in L.NOT_SPEAKING_FOR and "," not in mention_text)
                       or _party_member(m)) \
                and m.org[:1].isupper() and " and " not in mention_text and len(mention_text.split()) <= 10:
            # "Pell's former strategist": who no longer speaks for Pell; "a Trump supporter", "one Clinton
            # donor": who never did; "a top GOP strategist", "another Republican governor": a party's
            # members, not its voice
            return Speaker(" ".join(bare_description(mention_text)) or mention_text.strip(" ,"), SpeakerKind.UNKNOWN,
                           mention_text, None, m.role)
        if (who := _person_spoken_for(m.org)) is not None:
            return Speaker(who, SpeakerKind.PERSON, mention_text, None, m.role)
        # ("French officials", "an American official who was briefed": as written, of the country they serve)
        return Speaker(of_a_country(m, mention_text) or m.org, org_kind(m.org), mention_text, m.org, m.role)
    return None


def of_a_country(m: Mention, mention_text: str) -> str | None:
    """A description that names a country only by its adjective, as written up to its role ("Senior
    American officials", "French official" for "a French official who was briefed", "German
    government"): who speaks, whose country is the speaker's affiliation; None for any other mention."""
    words = bare_description(mention_text)
    low = [strip_possessive(w.lower()).strip(",") for w in words]
    head = role_word(m.role)
    for j, w in enumerate(low):
        two = " ".join(low[j:j + 2])
        at = j + 2 if L.DEMONYMS.get(two) == m.org else j + 1 if L.DEMONYMS.get(w) == m.org else None
        if at is not None:
            end = next((k for k in range(at, len(low)) if low[k] == head or low[k].rstrip("s") == head), None)
            # (a document's maker: "a statement by the Norvanian government")
            start = next((k + 1 for k in range(j - 1, -1, -1) if low[k] in ("by", "from", "of")), 0)
            start += low[start] in L.DETERMINERS
            return " ".join(words[start:end + 1]).strip(",") if end is not None else None
    return None


# who speaks for a party, as its officers do (its strategists, governors and lawmakers speak as members)
_PARTY_VOICE = frozenset("""spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen chairman chairwoman
chair chairs committee committees official officials leader leaders leadership aide aides staff staffer staffers
office headquarters""".split())


def _party_member(m: Mention) -> bool:
    """A role qualified by a party's name that is one of its members, not its voice ("a Florida
    Republican strategist", "GOP lawmakers"; not "a Democratic Party spokesman")."""
    words = (m.org or "").lower().split()
    return bool(words) and words[-1] in L.PARTY_WORDS and role_word(m.role) not in _PARTY_VOICE


def party_people(name: str) -> bool:
    """"Leading Democrats", "Republicans": a party's people, a group."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and last[:-1].lower() in L.PARTY_MEMBERS


def _person_spoken_for(org: str) -> str | None:
    """"A spokesman for Democratic presidential candidate Hillary Clinton": the person, by name, whom
    the role speaks for: two or three capitalised words after a role word ("candidate"), or opening
    with a given name ("a spokesman for Hillary Clinton"); never a body ("the Center for Responsive Politics")."""
    toks = org.split()
    k = max((i for i, w in enumerate(toks) if w[:1].islower()), default=-1)
    run = toks[k + 1:]
    if not 2 <= len(run) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in run) \
            or is_orgish(run) or country(" ".join(run)):
        return None
    return " ".join(run) if (is_role(toks[k]) if k >= 0 else run[0].lower() in L.GIVEN_NAMES) else None


_THE_NAME = re.compile(r"\s*[Tt]he\s+[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*)*\s*$")


def common_plural(word: str, text: str) -> bool:
    """"Audiences", "Republicans" opening a sentence: a plural noun, not a surname ("Sanders"): its
    singular is a party's member or a word the article writes in lower case ("the audience")."""
    one = word[:-1].lower()
    return word.endswith("s") and (is_role(word) or one in L.PARTY_MEMBERS
                                   or re.search(rf"\b{re.escape(one)}\b", text) is not None)


def one_described(sp: Speaker) -> bool:
    """A speaker heard as one person by description only ("the senator", "a federal judge")."""
    return sp.kind != SpeakerKind.PERSON and role_word(sp.role) in L.PERSON_ROLES - L.GROUP_ROLES \
        and not (sp.role or "").endswith("s")


def one_close(sp: Speaker, pronoun: str | None = None) -> bool:
    """A speaker heard as one person close to someone ("her friend", "my father"); with ``pronoun``
    (he/she), only a kin the word marks as of that sex ("my father" for he)."""
    role = role_word(sp.role)
    return sp.kind != SpeakerKind.PERSON and role in L.NOT_SPEAKING_FOR and not role.endswith("s") \
        and (pronoun is None or sex_of(role) == pronoun)


_POSSESSIVE_PRONOUNS = frozenset("its their his her our my your".split())


# a plural of people, with what leads it in its noun phrase ("many analysts", "Senate Republicans")
_PEOPLE_NP = r"((?:[A-Z][\w-]*\s+)?([a-z]+s|(?:Democrat|Republican)s))\b"
_PEOPLE = re.compile(r"\b" + _PEOPLE_NP)
# ... opening a sentence ("Republican leaders in the House ...", "Many analysts ...")
_OPENING_GROUP = re.compile(r"\s*(?:(?:The|Many|Most|Some)\s+)?" + _PEOPLE_NP)
# ... counted, with a word saying whose ("Two administration officials offered ...")
_COUNTED_GROUP = re.compile(r"\s*(?:Two|Three|Four|Five|Several|A\s+few|Both)\s+((?:[a-z]+\s+)?([a-z]+s))\b")
# a "they" opening a clause joined to the one before it ("..., because they ...", "and they")
_JOINED_THEY = re.compile(r"\b(?:because|as|since|when|while|and|but|if|although|though|so|that|after|before|until|"
                          r"unless|once)\s+$", re.I)


def _group(m: re.Match) -> str | None:
    """The group of people a match of ``_PEOPLE_NP`` names, as written ("Senate Republicans"; "analysts"
    for "many analysts"), or None when its noun is no group of people."""
    noun = m.group(2)
    if noun.lower() not in L.GROUP_ROLES and noun[:-1].lower() not in L.PARTY_MEMBERS:
        return None
    lead = m.group(1)[:len(m.group(1)) - len(noun)].strip()
    return noun if not lead or lead.lower() in L.CAP_FUNCTION else m.group(1)


def sentence_group(text: str, start: int, end: int) -> str | None:
    """The one group of people text[start:end] (a sentence up to a "they" that opens a clause
    joined to the one before it) names, for that "they" ("That frustrates many analysts because
    they believe ..."); None when the "they" opens no joined clause, or the sentence names no group,
    or two ("officials told voters that they ...")."""
    if not _JOINED_THEY.search(text, start, end):
        return None
    found = {}
    for m in _PEOPLE.finditer(text, start, end):
        if (group := _group(m)) is not None:
            found.setdefault(m.group(2).lower(), group)
    return next(iter(found.values())) if len(found) == 1 else None


def opening_group(text: str, start: int, end: int) -> str | None:
    """The group of people a sentence text[start:end] opens with as its subject ("Republican leaders in
    the House and Senate have made ..."), for a "they" that opens the next sentence; None if it opens
    with anything else."""
    m = _OPENING_GROUP.match(text, start, end) or _COUNTED_GROUP.match(text, start, end)
    return _group(m) if m is not None else None


def as_described(m: Mention, mention: str) -> Speaker | None:
    """A source the article never names, kept as the words it uses ("Multiple outlets", "About
    three-quarters of voters"): better than no speaker, and never someone else's name."""
    if m.pronoun:
        return None
    if re.match(r"(?:its|their|his|her|our|my|your)\s", mention.strip(), re.I):
        words = mention.strip(" ,").split()
        if 2 <= len(words) <= 4 and words[-1].lower() in L.NOT_SPEAKING_FOR:
            # "her friend said", "his colleague wrote": someone close to the one the pronoun stands for,
            # who speaks for no one else (as "her lawyer" is kept)
            return Speaker(" ".join(words), SpeakerKind.GROUP if words[-1].endswith("s") else SpeakerKind.UNKNOWN,
                           mention.strip(), None, words[-1].lower())
        return None  # "its own estimates": whose, the rules could not tell
    words = bare_description(mention)
    if not words or len(words) > 10:
        return None
    if documentary(mention):
        return None  # "Polls show", "a draft seen by Reuters": the reporter's evidence, nobody speaking
    text = " ".join(words)
    return Speaker(text, SpeakerKind.GROUP if m.plural or words[-1].endswith("s") else SpeakerKind.UNKNOWN, mention.strip(), None, m.role)


def bare_description(mention: str) -> list[str]:
    """A description's words without what quantifies it ("Some of Clinton's longtime allies" ->
    Clinton's longtime allies); none when a possessive pronoun then leads ("Many of her
    supporters": whose, the rules could not tell)."""
    words = mention.strip(" ,").split()
    while words and (words[0].lower() in L.DETERMINERS or words[0].lower() in ("of", "even")):
        words = words[1:]  # ("even a top GOP strategist")
    return [] if words and words[0].lower() in _POSSESSIVE_PRONOUNS else words


def named_speaker(name: str, mention: str) -> Speaker:
    """``name`` found in a mention the rules could not read whole: a body, a country, or a person."""
    name = split_title(name)[0]
    toks = name.split()
    kind = org_kind(name) if (is_orgish(toks) or country(name) or (len(toks) == 1 and name.isupper())) else \
        SpeakerKind.GROUP if party_people(name) else SpeakerKind.PERSON  # ("several senior Democrats": the party's people)
    return Speaker(name, kind, mention.strip(), name if kind != SpeakerKind.PERSON else None, None)
