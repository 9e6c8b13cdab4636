"""Who said it: speaker attribution through reported speech (pure, deterministic).

For every sentence :func:`attribute` returns an :class:`Attribution`: the speaker (or None
for the reporter's own voice), the words that attribute it (the *cue*, e.g. ``", a
spokesperson for the insurgents said"``) and the spans of what is reported (the *content*).

Handled constructions::

    <content>, X said [on Monday] [, adding that <content>]      tail
    "<content>," X told Reuters.  /  "<content>," said X, the ...  quote tail, inverted
    [Preamble,] X said [on Monday] [that] <content>                front
    X said: "<content>"                                            front with colon
    According to X, <content>  /  <content>, according to X        according
    "<s1> <s2> <s3>," he said.                                     quote spanning sentences
    "<quote>"  (next paragraph, no cue)                            continuation of last speaker

The cue of a sentence comes from :mod:`surface` (patterns on the text) or :mod:`speech` (the
dependency parse), whichever reads it better; its source mention is parsed by :mod:`mentions`,
and :mod:`speakers` makes a speaker of the mention's own words.
Mentions are resolved to the name an analyst files a claim under: a named person keeps
their name with the organisation as affiliation ("Taliban spokesperson Zabihullah Mujahid");
an unnamed representative speaks for the organisation ("a spokesperson for the US State
Department" -> "US State Department"); pronouns and definite descriptions ("he", "the
official") go to the last compatible speaker; a generic organisation ("a spokesperson for
the insurgents") is linked to a named one the article ties it to (the armed group named in
the same sentence, or the organisation of a later-named speaker with the same role).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction.mentions import (COMMERCIAL, GAVE_NAME_AFTER, SUBJECT_FORMS, TITLE_ABBR, Mention, canonical_org,
                                              country, is_orgish, is_role, is_share, org_kind, parse_mention, singular,
                                              strip_possessive)
from claimledger.extraction.model import CueForm, Sentence
from claimledger.extraction.documents import BODY_DOCUMENT, DOCUMENTS, LEGAL, documentary, filer, issued_by, puts_out, sent_to
from claimledger.extraction.names import (BODY_NAME, PAPER_WORDS, TITLES, agrees, calendar_only, described_body, full_name, full_name_for,
                                          full_names, kin_named, label_name, named_with, same_kind,
                                          last_person,
                                          name_in, one_name_each, opening_body, orgs_in, persons_before,
                                          same_surname_person, sex, speakable)
from claimledger.extraction.parse import parse
from claimledger.extraction.roles import (AGE_EPITHET, FORMER, RACE_ROLES, TITLE_ROLE, compatible, epithet, office,
                                         party_epithet, party_of, role_word, state_party_person, titled_person, topic_person)
from claimledger.extraction._cues import SOURCE_NOUNS, SPEAKING
from claimledger.extraction.choice import parse_cue_wins
from claimledger.extraction.speech import (SyntaxCue, also as other_cues, find_cues as syntax_cues, may_hold_cue,
                                          no_one_speaks, speaking_to)
from claimledger.extraction.tree import colon_quotation, noun_in_phrase, np_tokens, span
from claimledger.extraction.speakers import (BODY_DESCRIPTIONS, Speaker, as_described, party_people, bare_description, common_plural, from_mention, opening_group,
                                              named_speaker, one_close, one_described, sentence_group)
from claimledger.extraction.sentences import QUOTE_MARKS, QUOTED_TITLE, is_headline, quote_regions, trim_span
from claimledger.extraction.surface import (BARE_CUE, BARE_LINE, CAME_FROM, COLON_QUOTE, DASH_LINE, HOW_PUT, INTRO_LINE, PARENS, TRANSCRIPT_LABEL, Cue, addressed_cue, colon_cue,
                                           colon_quotation_span, dash_cue, final_period, find_cue)

__all__ = ["Speaker", "Attribution", "attribute", "parse_mention", "quote_regions"]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Attribution of one sentence. Spans are absolute offsets into the article text."""
    speaker: Speaker | None
    how: CueForm
    cue: tuple[int, int] | None = None
    content: tuple[tuple[int, int], ...] = ()
    verb: str | None = None
    quoted: bool = False
    source: int | None = None  # index of the sentence whose attribution this one continues
    reporter: tuple[tuple[int, int], ...] = ()  # parts of the sentence the reporter states ("X cut ... and said")
    also: tuple["Attribution", ...] = ()  # other statements of the sentence with sources of their own


# ---------------------------------------------------------------------------------------------
# resolution

_SUBJECT = re.compile(r"[\"\u201c]?((?:[A-Z][\w.'\u2019&+-]*)(?:\s+(?:[A-Z][\w.'\u2019&+-]*|ten|van|von|de|al|bin))*)\s+"
                      r"(?:is|are|was|were|has|have|had|will|would|could|may|might|can|plans?|expects?|intends?|aims?|"
                      r"wants?|hopes?|said|says|[a-z]+ed)\b")


_DASH_APPOSITION = re.compile(r"^((?:[A-Z][\w.'\u2019-]*\s+){1,3}[A-Z][\w.'\u2019-]*)\s+[-\u2013\u2014]\s+\S.*$")


_TRAILING_NAME = re.compile(r"^(?P<pre>.+?\s(?:for|of)\s+(?!(?:the|a|an)\s)(?:[a-z][\w-]*\s+){1,4})"  # (not "of the United States")
                            r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+)$")


def _name_last(mention: str) -> str:
    """"Sirius XM Vice President for news and talk Dave Gorab" -> "Dave Gorab, Sirius XM Vice
    President for news and talk": a title whose department is in lower-case words, then the name,
    read as the name with its title in apposition."""
    m = _TRAILING_NAME.match(mention)
    # (a name with its apposition already, "Ada Kone, the leader of the opposition in North Norland": as it is)
    if not m or "," in m.group("pre") or not any(w.lower().strip(".,") in TITLES or w.lower().strip(".,") in L.PERSON_ROLES
                        for w in m.group("pre").split()):
        return mention
    return f"{m.group('name')}, {m.group('pre').strip()}"


# what a text of rules says ("It states that", "it stipulates"), and the texts a sentence names ("the
# Purcell doctrine", "a bill", "the new law")
_A_TEXT_SAYS = frozenset("states stated reads stipulates stipulated provides requires specifies specified".split())
_INSTRUMENT = re.compile(r"\b(?:" + "|".join(sorted(w for w in L.INSTRUMENTS if not w.endswith("s") or w == "bills") + [
    "doctrine", "ruling", "constitution", "statute", "charter", "clause", "code"]) + r")\b", re.I)
# a short phrase of time opening a sentence before its subject ("On Sunday, ", "Later, ", "Last week ")
_TIME_PHRASE = r"(?:On|In|At|By|Last|Later|Earlier|Then|Now|Since|Over|During)\b[^,;:\"\u201c\u201d.]{0,25},?\s+"
_TIME_LEAD = re.compile(_TIME_PHRASE)
# what may stand before a "they" that opens its sentence: nothing, a joining word, a phrase of time
_OPENS_WITH = re.compile(rf"[\s\"\u201c]*(?:(?:But|And|Yet|Still|So|Now|Instead)\s+)?(?:{_TIME_PHRASE})?")
# the rest of a cue set off by commas after its pronoun ("..., they said, ...")
_INSERTED_CUE = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s*,")
# a person's pronoun joined with others: "she and other Democrats", "He and Chairman Ivo Vane"
_PRONOUN_AND = re.compile(r"([Hh]e|[Ss]he)\s+and\s+(\S.*?)(?:\s+(?:both|all|together))?")
# who speaks for the one a possessive pronoun stands for, as they do for a name ("Kone's campaign said"
# is Kone's): "his campaign", "her spokeswoman", "its press office"
_SPEAKS_FOR_OWNER = re.compile(r"(his|her|its|their)\s+(?:(?:top|senior|chief|longtime|presidential|re-?election|campaign|press|"
                               r"communications)\s+)*(?:campaign|office|spokes(?:man|woman|person|people|men|women)|secretary|manager|"
                               r"chairman|chairwoman|chair|(?P<agent>chief\s+executive(?:\s+officer)?|ceo|lawyers?|attorneys?|aides?|leader|head|president))",
                               re.I)


# "its leader", "its chief executive", "its foreign minister": whoever speaks for the body "its" stands for
_ITS_ROLE = re.compile(r"[Ii]ts\s+((?:[a-z-]+\s+){0,3}?([a-z-]+))")
_ITS_OFFICES = frozenset("ministry department office embassy agency cabinet government board".split())  # ("its energy ministry")
# words that name a public body, never a company ("the Indian Coast Guard", "the Port Authority")
_PUBLIC_BODY = frozenset("""guard police authority ministry department agency court army navy forces council commission
parliament congress senate assembly embassy government administration service office university committee board
school college academy museum church party movement""".split())  # (nor a school: "the company" after "Tamsen High School"
# is no school; nor a party: "the Movement for Democratic Change")


# a football club's name ("Norburg City", "Ostby Rovers", "Valmora FC")
_CLUB = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+){1,2}(?:City|United|Rovers|FC|Athletic|Wanderers|Albion|Rangers|Town|County))\b")
# an airline's name ("Kestrel Air", "Albatros Airways", "Norvane Airlines")
_AIRLINE = re.compile(r"\b((?:[A-Z][\w'\u2019-]+\s+){1,2}(?:Air|Airways|Airlines|Aviation))\b(?!\s+(?:Force|Guard|Command)\b)")
# two bodies by description ("the two banks", "both companies")
_THE_TWO = re.compile(r"(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(banks|companies|firms|groups|unions|airlines|carmakers|"
                      r"automakers|insurers|lenders|retailers|operators|parties|agencies)")
# a description set beside a name that calls it a body, never a person ("Free Choice Corvia, a parents' group, said")
_BODY_NOUN = "(?:" + "|".join(sorted(BODY_DESCRIPTIONS)) + ")"
_A_BODY_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}" + _BODY_NOUN + r"\s*,")
_A_BODY_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w'\u2019-]+\s+){0,3}" + _BODY_NOUN + r"\s*,\s*$")


def _a_firm(name: str) -> bool:
    """Whether the organisation ``name`` may be what "the company" stands for: no country, state body or public office."""
    return not country(name) and org_kind(name) != SpeakerKind.GOVERNMENT \
        and not any(w in _PUBLIC_BODY for w in name.lower().split()) and not _central_bank(name)


def _central_bank(name: str) -> bool:
    """Whether the body ``name`` is a central bank, which no "the company" stands for."""
    return "central bank" in name.lower()


# what a body that is neither a state's nor a firm is called ("the charity", "the bloc")
_CIVIL_BODIES = frozenset("charity nonprofit organisation organization bloc alliance coalition".split())


# the words of a state's office, which no firm's name holds (unlike "agency" or "board": "Three Stars
# Advertising Agency")
_STATE_OFFICE = frozenset("office ministry department court parliament congress senate assembly embassy government "
                          "administration police army navy".split())


# a body by description opening a clause ("the union will ...", "If the talks fail, the airline expects ...")
_BODY_SUBJECT = re.compile(r"\s*(?:(?:If|Unless|Once|When)\s[^,]+,\s*)?[Tt]he\s+((?:[a-z-]+\s+){0,2}?([a-z]+))\s+(?:will|would|is|are|"
                           r"was|were|has|have|had|expects?|plans?|can|could|may|might|should|must)\b")
# the agent of a document's being seen, right before the source the patterns read ("..., seen by Reuters, shows")
_SEEN = r"(?:seen|obtained|reviewed|viewed)\s+by\s+(?:the\s+)?"
_SEEN_BY = re.compile(rf",\s+(?:first\s+)?{_SEEN}$")
# what a maker recalls: a number of goods, or its goods ("recalled 40,000 trucks", "recalled its sedans")
_PRODUCT_RECALL = re.compile(r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|roughly|around)\s+)?(?:\d|(?:hundreds|thousands|"
                             r"millions|dozens)\b)|\s+(?:(?:its|the|their|all|some)\s+)?(?:[\w-]+\s+){0,2}(?:vehicles|cars|trucks|"
                             r"models|products|units|devices|batteries|drugs|medicines|toys|sedans|aircraft|jets)\b", re.I)
# a condition opening a sentence, before the source of what it conditions ("If it doesn't slow down, "; "Once
# X, the mayor hopes Y" tells when, tested as no content of the cue)
_LEADING_CONDITION = re.compile(r"[\"\u201c]?(?:If(?!\s+(?:anything|nothing\s+else|only|so|not)\b)|Unless|Should|Provided)\s"
                                r"[^,;:.\"\u201c\u201d]{2,100},\s+")  # (not "If anything, experts say ...")
# a description opening a sentence that a name set off by commas follows ("The opposition leader, Tor Lind,")
_APPOSED_BEFORE = re.compile(r"[\"\u201c]?(?:The|A|An|Its|His|Her|Their|[A-Z][\w.'\u2019-]*['\u2019]s?)\s+[^,;:\"\u201c\u201d]{1,60}?,\s+")




# between two names of a pair: the rest of the first run, "and", a title ("Mike Crapo and Sen. Jim Risch")
_AND_BEFORE_NAME = re.compile(r"[^,;:]*?\s+and\s+(?:[A-Z][\w.'\u2019-]*\s+)*")


def _named_pair(text: str, s: Sentence, known: dict) -> str | None:
    """"A and B" when sentence ``s`` names exactly two persons, in full and joined by "and" ("Take Sens.
    Mike Crapo and Jim Risch."), else None."""
    found = [p for p in persons_before(text, s.end, known) if p[0] >= s.start]
    if len(found) != 2 or not all(" " in n for _, n in found):
        return None
    (a, first), (b, second) = found
    return f"{first} and {second}" if _AND_BEFORE_NAME.fullmatch(text, a + len(first), b) else None


def _only_full_name(text: str, surname: str, pronoun: str, at: int) -> str | None:
    """The one full name the whole article gives ``surname``, when the pronoun at ``at`` agrees with it."""
    full = full_name_for(text, len(text), surname, None, at)
    return full if full is not None and agrees(text, full, at, pronoun) else None


def _content_subject(content: str, text: str) -> str | None:
    """The capitalised name a reported clause starts with ("Roger Federer will retire ..."). A
    single word counts only if the article also writes it capitalised inside a sentence ("Rates
    are likely to rise ..., the bank said": no name)."""
    m = _SUBJECT.match(content)
    if not m:
        return None
    words = m.group(1).split()
    if words and words[0].lower() in L.CAP_FUNCTION:
        return None
    if len(words) == 1 and not re.search(r"[a-z,;]\s+" + re.escape(words[0]) + r"\b", text):
        return None
    name = " ".join(words)
    return re.sub(r"['\u2019]s$", "", name) or None


_THE_CAMPAIGN = re.compile(r"the\s+campaign", re.I)
_NAMED_CAMPAIGN = re.compile(r"(?:[Tt]he\s+)?(?!(?:The|His|Her|Its|Their|Our|My|This|That|Your|A|An)\b)([A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*)?)\s+(?:presidential\s+)?campaign")
_A_CAMPAIGN = re.compile(r"[A-Z][\w.-]*(?:['\u2019]s?)?\s+campaign\b")  # ("The Sanders campaign", "Clinton's campaign")


def attribute(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """One Attribution per sentence, in order."""
    n = len(sentences)
    starts = [s.start for s in sentences]
    # paragraph quote regions
    regions_by_par: dict[int, list[tuple[int, int, bool]]] = {}
    par_bounds: dict[int, list[int]] = {}
    for s in sentences:
        b = par_bounds.setdefault(s.paragraph, [s.start, s.end])
        b[0] = min(b[0], s.start)
        b[1] = max(b[1], s.end)
    for p, (a, b) in par_bounds.items():
        regions_by_par[p] = quote_regions(text, a, b)

    opens = sorted(r for rs in regions_by_par.values() for r in rs)

    def in_quotation(pos: int) -> bool:
        """Is the absolute offset inside a quotation (the quoted speaker's own words)?"""
        k = bisect.bisect_right(opens, (pos, len(text) + 1)) - 1
        return k >= 0 and opens[k][0] < pos < opens[k][1]

    cues: list[Cue | SyntaxCue | None] = []
    for s in sentences:
        c = colon_cue(s.text)
        if not is_headline(s) and (c is None or not (COLON_QUOTE.match(s.text, c.verb[0])
                                                     or TRANSCRIPT_LABEL.fullmatch(s.text[c.np[0]:c.np[1]]))):
            c = find_cue(s.text) or c  # 'Jones: "..."' is the colon's; otherwise a verb cue comes first
        if c is not None and c.how != CueForm.COLON and in_quotation(s.start + c.verb[0]):
            c = None  # "I think ...", "Bernie believes ..." inside a quotation: not the attribution
        if c is None and (not text[:s.start].strip() or text[:s.start].rstrip(" \t").endswith("\n")) \
                and text[s.end:].lstrip(" \t")[:1] in ("\n", "") \
                and (c := addressed_cue(s.text)) is not None \
                and re.search(r"\b%s\b" % re.escape(s.text[c.np[0]:c.np[1]].split()[-1]), text[s.end:]) is None:
            c = None  # (a line of its own, a headline's; "Road to Recovery: ...": no speaker the article names again)
        if c is None and not is_headline(s):
            c = dash_cue(s.text)  # '"...." ― Ana Ruiz': a quotation signed after it
        cues.append(c)
    # the parse finds what the surface patterns miss: "has repeatedly insisted that", "who said",
    # "was announced by", "warned of", cue verbs of cognition and intention
    todo = [i for i, s in enumerate(sentences) if not is_headline(s) and (
        may_hold_cue(s.text) or (cues[i] is None and colon_quotation_span(s.text)))]
    lowered: set[int] = set()  # a source whose capital is only the sentence's first letter
    pools: dict[int, list[SyntaxCue]] = {}  # every cue the parse shows in a sentence
    acts: set[int] = set()  # sentences whose cue only says whom someone spoke to ("Kone spoke to reporters")
    for i, doc in zip(todo, parse([sentences[i].text for i in todo])):
        s = sentences[i]
        c, pools[i] = syntax_cues(s.text, doc, outside=lambda rel, s=s: not in_quotation(s.start + rel))
        r = cues[i]
        if r is not None and r.how in (CueForm.FRONT, CueForm.FRONT_INNER) and (
                noun_in_phrase(doc, r.verb[0]) or no_one_speaks(doc, r.verb[0])):
            r = cues[i] = None  # the surface pattern's "verb" is a noun in the parse, or says nothing ("the debate promised to be")
        if r is None and (q := colon_quotation_span(s.text)) and (sv := colon_quotation(doc, q)) \
                and (np := span(np_tokens(sv[0]))):
            # 'Ostby continued: "..."', 'Kone delivered a blunt message: "..."': the subject's words
            # are the quotation (the cue the parse may find in the clause says so too, with the whole
            # clause; "she is sure that X: "..."" keeps X)
            if c is None:
                c = Cue(np, (sv[1].idx, sv[1].idx + len(sv[1].text)), (np[0], q[0]), [q], CueForm.FRONT, sv[1].text)
            elif c.whole and c.verb[1] <= q[0] and c.np == np:
                c = replace(c, content=[q], whole=False)
        if c is None:
            continue
        if r is None or parse_cue_wins(s.text, r, c, pools[i]):
            if r is not None and r.how == CueForm.ACCORDING and c.verb[1] < r.verb[0] and c.content \
                    and c.content[-1][0] < r.verb[0] < c.content[-1][1]:
                # "Kone says the port will close, according to the Herald": what Kone says ends before
                # the paper that reports it
                end = len(s.text[:r.verb[0]].rstrip(" ,;\u2014-"))
                c = replace(c, content=[*c.content[:-1], (c.content[-1][0], end)])
            cues[i] = c
            first = next((t for t in doc if t.idx == c.np[0]), None)
            head = next((t for t in doc if t.idx <= c.np[1] - 1 < t.idx + len(t.text)), None)
            if c.np[0] == 0 and first is not None and (first.tag_ in ("JJ", "JJR", "JJS", "VBG", "VBN", "RB") or (
                    head is not None and first.i == head.i and first.lower_ in SOURCE_NOUNS)) \
                    and first.lower_ not in L.PROPER_ADJECTIVES and not _proper_elsewhere(text, first.text):
                lowered.add(i)  # "Developing countries urged", "Polls show": no name ("Saudi officials": one)
        elif r.how == c.how == CueForm.FRONT and r.verb == c.verb and not c.whole and c.content and r.content \
                and s.text[c.content[0][0]:r.content[0][0]].strip().lower() == "that":
            # "Kone said that would be a mistake": the "that" the patterns drop as a conjunction is the
            # clause's subject in the parse
            cues[i] = replace(r, content=[(c.content[0][0], r.content[0][1]), *r.content[1:]])
        if cues[i] is not None and (speaking_to(doc, cues[i].verb[0]) or (
                s.text[cues[i].verb[0]:cues[i].verb[1]].lower().startswith("recall")
                and _PRODUCT_RECALL.match(s.text, cues[i].verb[1]) is not None)):
            acts.add(i)  # (nor "Norvane recalled 40,000 trucks": a recall of goods, no memory told)
    np_texts: dict[int, str] = {}
    for i, (s, c) in enumerate(zip(sentences, cues)):
        if c is not None:
            np_text = _mention_text(s.text, c)
            np_texts[i] = np_text[:1].lower() + np_text[1:] if i in lowered else np_text
    mentions: list[Mention | None] = [parse_mention(np_texts[i]) if c else None
                                      for i, (s, c) in enumerate(zip(sentences, cues))]

    def region_of(pos: int, par: int) -> tuple[int, int, bool] | None:
        for r in regions_by_par.get(par, ()):
            if r[0] <= pos < r[1]:
                return r
        return None

    history: list[tuple[int, Speaker]] = []  # (sentence index, speaker)
    persons: dict[str, Speaker] = {}  # surname / full name -> registered person
    described: dict[str, str] = {}  # role word -> the person a description with it stood for ("the senator")
    sexes: dict[str, str] = {}  # full name -> the sex a "Mr."/"Mrs." mention of it showed
    out: list[Attribution] = []

    # forward links for generic organisations: role head -> first later named org
    def forward_org(i: int, role: str | None) -> str | None:
        if not role:
            return None
        head = role.split()[-1]
        for j in range(i + 1, n):
            mj = mentions[j]
            if mj and mj.role and mj.role.split()[-1] == head and mj.org and not mj.org_generic:
                return mj.org
        return None

    def resolve(i: int, m: Mention, mention_text: str, abs_np_start: int,
                content_text: str = "", names_end: int | None = None,
                quoted_before: int | None = None, content_first: bool = True) -> tuple[Speaker | None, int | None]:
        if re.match(r"\s*[Tt]hose\s", mention_text):
            return as_described(m, mention_text), None  # "Those mourning Ada Kone's death": people by description, not her
        if (both := _PRONOUN_AND.fullmatch(mention_text.strip())) is not None:
            # "she and other Democrats on the stage", "He and Committee Chairman Ivo Vane": the person
            # the pronoun stands for, with the others (not "Democrats" as a person, nor "He and
            # Committee" as a body)
            pron = both.group(1)
            sp, _ = resolve(i, parse_mention(pron), pron, abs_np_start, content_text, names_end)
            if sp is None or sp.kind != SpeakerKind.PERSON or sp.name != last_heard():
                # (only the one just heard: the pronoun may stand for someone never named, "a
                # reporter ... as she tried to ask, she and another reporter said")
                return Speaker(f"{pron} and {both.group(2)}", SpeakerKind.GROUP, mention_text, None, None), None
            other = parse_mention(both.group(2))
            named = bool(other.name) and not other.plural
            rest = other.name if named else re.split(r"\s+(?:on|in|at|from|of|with|who)\s", both.group(2))[0]
            return Speaker(f"{sp.name} and {rest}", SpeakerKind.PERSON if named else SpeakerKind.GROUP, mention_text, None, None), None
        if (owner := _SPEAKS_FOR_OWNER.fullmatch(mention_text.strip())) is not None and not (
                owner.group("agent") and owner.group(1).lower() == "their"):  # (whom "their" lawyers act for: a family?)
            pron = SUBJECT_FORMS[owner.group(1).lower()]
            sp, j = resolve(i, parse_mention(pron), pron, abs_np_start, content_text, names_end)
            if sp is not None and (sp.kind == SpeakerKind.PERSON) == (pron in ("he", "she")):
                return replace(sp, mention=mention_text), j
        if (its := _ITS_ROLE.fullmatch(mention_text.strip())) is not None and (its.group(2) in L.PERSON_ROLES or its.group(2) in _ITS_OFFICES) \
                and content_first and quoted_before is None:
            # "The union will strike in March, its leader said", "Ostland will not recognise the vote, its foreign
            # minister said", "..., its energy ministry said": the body or the country the clause before it is about
            # (after "according to", the clause before it: "..., according to its chief executive")
            content_text = content_text or text[sentences[i].start:abs_np_start]
            if (body := _BODY_SUBJECT.match(content_text)) is not None and body.group(2) in L.BODY_ROLES:
                return Speaker(body.group(1), org_kind(body.group(1)), mention_text, None, its.group(1)), None
            lead = re.match(r"\s*((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*)", content_text)
            if (subj := (lead.group(1) if lead and country(lead.group(1)) else _content_subject(content_text, text))) is not None \
                    and (country(subj) or is_orgish(subj.split())):
                name = country(subj) or canonical_org(subj)
                return Speaker(name, org_kind(name), mention_text, name, its.group(1)), None
            at = text.find(content_text[:40], sentences[i].start) if content_text else -1
            if at >= 0 and len(named := {o for _, o in orgs_in(text, at, at + len(content_text))}) == 1:
                # ("The emergency room at Harlow County Memorial Hospital has ..., its chief executive said": the one
                # body the clause names)
                name = named.pop()
                return Speaker(name, org_kind(name), mention_text, name, its.group(1)), None
        if m.pronoun:
            if m.pronoun in ("i", "me", "you", "we", "us"):
                return None, None  # outside a quotation: the writer or the reader, never someone named
            want_person = m.pronoun in L.PRONOUNS_PERSON
            if want_person:
                # the person named last, unless the last person heard is as recent ("X said ... He added");
                # ('"Smith will be charged," he said': not a name in what he said)
                end = abs_np_start if names_end is None else names_end
                k = i  # "He is set to meet X and Y. He will talk ...": the "he" a run of sentences starts with
                # (also after a short phrase of time: "She has gone public ... On Sunday, she disclosed ...")
                while k and m.pronoun in ("he", "she") and (end == sentences[i].start or (
                        k == i and _TIME_LEAD.fullmatch(text, sentences[i].start, end))) and \
                        re.match(rf"{m.pronoun}\s", text[sentences[k - 1].start:sentences[k - 1].start + 4], re.I):
                    k, end = k - 1, sentences[k - 1].start
                last = last_person(text, end, persons, m.pronoun, starts)
                while last is not None and in_quotation(last[0]) and not in_quotation(abs_np_start):
                    # ('Feinstein said "I don't know anything about Jake Sullivan," she said': a name in
                    # what someone said is not whom a pronoun outside it stands for)
                    last = last_person(text, last[0], persons, m.pronoun, starts)
                while last is not None and m.pronoun in ("he", "she") and (k := bisect.bisect_right(starts, last[0]) - 1) >= 0 \
                        and last[0] > starts[k] and re.match(rf"{m.pronoun}\s", text[starts[k]:starts[k] + 4], re.I) \
                        and agrees(text, last[1], len(text), "she" if m.pronoun == "he" else "he"):
                    # ("She faces Lt. Gov. Tor Lind in the primary. Her pitch is simple, she says": a name after a
                    # sentence's own "she" is someone else than the "she" that goes on)
                    last = last_person(text, starts[k], persons, m.pronoun, starts)
                if history and (just := history[-1][1]).kind == SpeakerKind.UNKNOWN and just.name.isalpha() \
                        and just.name[:1].isupper() and not is_orgish([just.name]) and not just.role \
                        and not common_plural(just.name, text) \
                        and (last is None or sentences[history[-1][0]].start > last[0]) \
                        and agrees(text, just.name, abs_np_start, m.pronoun):
                    # ('"...," Kell said. "...," he said': the one word just heard, whom the article
                    # never named in full, is a person after all)
                    return replace(just, kind=SpeakerKind.PERSON, mention=mention_text), history[-1][0]
                heard = next(((j, sp) for j, sp in reversed(history) if (sp.kind == SpeakerKind.PERSON and " and " not in sp.name
                              and agrees(text, sp.name, abs_np_start, m.pronoun)) or one_described(sp)
                              or one_close(sp, m.pronoun)), None)
                if last is not None and (heard is None or sentences[heard[0]].end <= last[0]):
                    known = persons.get(last[1]) or persons.get(last[1].split()[-1])
                    if known is not None and not agrees(text, known.name, abs_np_start, m.pronoun):
                        known = None  # ("she" for "Clinton", last heard as Bill Clinton)
                    full = (full_name_for(text, last[0], last[1], m.pronoun, abs_np_start)
                            or full_name_for(text, abs_np_start, last[1], m.pronoun, abs_np_start)
                            or _only_full_name(text, last[1], m.pronoun, abs_np_start)) \
                        if known is None and " " not in last[1] else None  # ("Kone" pages after "Bernt Kone"; or
                    # before it, in a headline: "the Kone family drama ... As Rep. Bernt Kone's campaign ..., he";
                    # or the one the article names in full later: "Kone caught flak when she said ... Ada Kone")
                    return (replace(known, mention=mention_text) if known else
                            Speaker(full or last[1], SpeakerKind.PERSON, mention_text, None, None)), None
            prev = sentences[i - 1] if i and m.pronoun in ("it", "they") else None
            opens = not text[sentences[i].start:abs_np_start].strip(" \"\u201c")  # the pronoun opens its sentence
            quiet = prev is not None and (not history or history[-1][0] < i - 1)  # no one spoke in the sentence before
            if prev is not None and m.pronoun == "it" and opens and history and history[-1][0] == i - 1 \
                    and documentary(np_texts.get(i - 1, "")) and not in_quotation(abs_np_start):
                # "The letter also accuses X of .... It also accused Y of ...": the document the sentence
                # before was heard from, whoever issued it
                return replace(history[-1][1], mention=mention_text), i - 1
            if quiet and m.pronoun == "it" and opens and documentary(np_texts.get(i - 1, "")) \
                    and issued_by(np_texts[i - 1]) is None:
                # "..., the congressional report said. It accused the FDIC of ...": the document the sentence
                # before cited, which speaks for nobody named
                return None, None
            if quiet and opens and "\n" not in text[prev.end:abs_np_start] and (body := opening_body(text, orgs_in(  # ("Norvane ... It said")
                    text, prev.start, min(prev.end, prev.start + 80)), prev.start, m.pronoun)):
                return Speaker(body, org_kind(body), mention_text, body, None), None
            if quiet and m.pronoun == "they" and not in_quotation(abs_np_start) and "\n\n" not in text[prev.end:abs_np_start]:
                if (opens or _TIME_LEAD.fullmatch(text, sentences[i].start, abs_np_start)) \
                        and (pair := _named_pair(text, prev, persons)) is not None:
                    # "Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they endorsed ...": the
                    # two persons the sentence before named, joined by "and"
                    return Speaker(pair, SpeakerKind.PERSON, mention_text, None, None), None
                if (_OPENS_WITH.fullmatch(text, sentences[i].start, abs_np_start) or _INSERTED_CUE.match(
                        text, abs_np_start + len(mention_text)) and text[sentences[i].start:abs_np_start].rstrip().endswith(",")) \
                        and (group := opening_group(text, prev.start, prev.end)) is not None:
                    # (or a "they said" set off inside it: "Two officials offered a more cautious picture. Some
                    # advisers, they said, have grown frustrated")
                    # "Republican leaders in the House and Senate have made it a goal. But they disagree on
                    # ...": the group the sentence before opened with
                    return Speaker(group, SpeakerKind.GROUP, mention_text, None, None), None
            if m.pronoun == "they" and not opens \
                    and not (history and history[-1][0] == i) and not in_quotation(abs_np_start) \
                    and (group := sentence_group(text, sentences[i].start, abs_np_start)) is not None:
                # "That frustrates many analysts because they believe ...": the people the sentence named
                return Speaker(group, SpeakerKind.GROUP, mention_text, None, None), None
            for j, sp in reversed(history):
                if _POLLS_SAY.fullmatch(sp.name):
                    continue  # ("surveys suggest ... They privately doubted": people, never the polls)
                if want_person and (sp.kind == SpeakerKind.PERSON or (sp.role and sp.role.split()[-1] in L.PERSON_ROLES and sp.role.split()[-1] not in L.GROUP_ROLES)
                                    or one_close(sp, m.pronoun)):  # ("..., my father often said. He also told ...")
                    if sp.kind == SpeakerKind.PERSON and (" and " in sp.name or not agrees(text, sp.name, abs_np_start, m.pronoun)):
                        continue  # "Mrs. Clinton ... he said": someone else ("Wilcox and Beruff": two, not "he")
                    return replace(sp, mention=mention_text), j
                if not want_person and (sp.kind != SpeakerKind.PERSON or m.pronoun == "we" or sp.role == "campaign"
                                        or (m.pronoun == "they" and " and " in sp.name and not any(  # ("Kone and Pell")
                                            w.lower() in L.PRONOUNS for w in sp.name.split()))):
                    if m.pronoun == "it" and (sp.kind == SpeakerKind.GROUP or sp.mention.split()[-1:] and
                                              sp.mention.split()[-1].lower().endswith("s") and sp.kind == SpeakerKind.UNKNOWN) \
                            and not _A_CASE_FILED.match(sp.mention):
                        continue  # "It said": one body, not "experts" or "officials" (but "The suit says ... It seeks": the
                        # suit, theirs)
                    if m.pronoun == "they" and sp.kind not in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT,
                                                               SpeakerKind.GROUP) and (one_described(sp) or one_close(sp)):
                        continue  # "They said": not the one "federal judge" heard before
                    return replace(sp, mention=mention_text), j
            return None, None  # no compatible antecedent: no speaker rather than the wrong one
        if m.name and " and " in m.name and not m.org and (not m.role or m.plural):
            # "Mr. Rubio and Senator Ted Cruz", "Republican presidential hopefuls Jeb Bush and Chris
            # Christie": each by the full name the article gave them (not the person one surname stands for)
            names = []
            for part in m.name.split(" and "):
                words = part.split()
                while len(words) > 1 and (words[0].lower() in L.PARTY_WORDS or (words[0].endswith("s") and is_role(words[0]))):
                    words = words[1:]  # "Senators Rubio", "Republican Trump": the name
                part = " ".join(words)
                known = persons.get(part)  # (a surname alone is a key too)
                names.append(known.name if known else named_in_full(part, mention_text, abs_np_start) or part)
            return Speaker(" and ".join(names), SpeakerKind.PERSON, mention_text, None, None), None
        if m.org and not m.name and not m.role and not m.plural and not m.definite and country(m.org) \
                and (who := _surname_of_someone(mention_text, abs_np_start)):
            return person(who, mention_text), None  # ("Washington, star of ...", "Paris, who" after "Jeremy Paris")
        if _THE_CAMPAIGN.fullmatch(mention_text.strip()) and (heard := next((
                (j, sp) for j, sp in reversed(history) if _A_CAMPAIGN.search(sp.mention)), None)) is not None:
            # "The Sanders campaign said ... The campaign says ...": the campaign last heard by name
            return replace(heard[1], mention=mention_text), heard[0]
        if (named_campaign := _NAMED_CAMPAIGN.fullmatch(mention_text.strip())) is not None:
            # "The Kone campaign said": the person it is named for, as "Kone's campaign" is (one person of that
            # surname named in full before); else the campaign, a body
            word = named_campaign.group(1)
            if (full := only_person_called(word, abs_np_start)):
                return replace(person(full, mention_text), role="campaign"), None
            return Speaker(f"{word} campaign", SpeakerKind.ORGANISATION, mention_text, None, "campaign"), None
        if _THE_CAMPAIGN.fullmatch(mention_text.strip()) and (
                told := list(_A_CAMPAIGN.finditer(text, sentences[max(0, i - 2)].start, abs_np_start))):
            # "Donald Trump's campaign is making its biggest ad buy ... The campaign is expecting ...": the
            # campaign the last two sentences name, as the person it is named for reads
            owner = re.sub(r"['\u2019]s?$", "", told[-1].group(0).rsplit(None, 1)[0])
            sp, _ = resolve(i, parse_mention(owner), owner, told[-1].end(), content_text, None)
            if sp is not None and sp.kind == SpeakerKind.PERSON:
                return replace(sp, mention=mention_text), None
        named = _earlier_org_called(mention_text, abs_np_start)
        if named:
            return Speaker(named, org_kind(named), mention_text, named, m.role), None
        if m.name and not m.org:
            key = m.name.split()[-1]
            # ("a New Hampshire Democrat" after "an Iowa Democrat": a party member's description, no surname)
            known = persons.get(m.name) or (persons.get(key) if key.lower() not in L.PARTY_MEMBERS else None)
            if known and (who := same_surname_person(text, abs_np_start, known.name, mention_text, m.name, sexes)) != known.name:
                known = persons.get(who) or Speaker(who or m.name, SpeakerKind.PERSON, mention_text, None, m.role)
            if known:
                return replace(known, mention=mention_text), None
            # "Kone told Reuters" after "Health Minister Ada Kone spoke": the person named in full
            full = named_in_full(m.name, mention_text, abs_np_start)
            # "Norvane said" after "Norvane Systems Inc": the company, by its short name; not a titled
            # "Mr. Pell" ("Pell Force One" is a plane named for the man), nor a surname one person was
            # named in full with (one given name: not "Tony" and "John Podesta"; a word the text also
            # writes in lower case is none: "Internal Trump University records", a headline's)
            if not TITLE_ABBR.match(mention_text.strip()) and (full is None or len({
                    g for f in full_names(text, abs_np_start, m.name)
                    if not re.search(r"\b" + re.escape((g := f.split()[0]).lower()) + r"\b", text)}) != 1):
                for _, o in reversed(orgs_in(text, 0, abs_np_start)):
                    if o != m.name and o.split()[:len(m.name.split())] == m.name.split():
                        return Speaker(o, org_kind(o), mention_text, o, m.role), None
            if full:
                sp = Speaker(full, SpeakerKind.PERSON, mention_text, None, m.role)
                persons[full] = persons[m.name] = sp
                return sp, None
        if m.definite and m.name and not m.plural and not m.role and not m.org and (ws := m.name.split())[-1].lower() in L.PARTY_MEMBERS \
                and (len(ws) == 1 or " ".join(ws[:-1]).lower() in L.US_STATES):
            # "the Democrat", "the Wisconsin Republican" (the one the article labels with that state and party, else
            # as the party alone)
            if len(ws) > 1:  # (the state's: labelled so, else the person the story is about there)
                if (member := state_party_person(text, abs_np_start, " ".join(ws[:-1]), ws[-1])) is not None:
                    return person(member, mention_text), None
                # (else the person heard in the last two sentences, whom the text gives no other party)
                near = next((a.speaker for a in reversed(out[max(0, i - 2):i]) if a.speaker is not None), None)
                if near is not None and near.kind == SpeakerKind.PERSON and " and " not in near.name \
                        and party_of(text, near.name, ws[-1]) is not False:
                    return replace(near, mention=mention_text), None
            elif (member := party_epithet(text, m.name, abs_np_start, sentences[max(0, i - 2)].start, persons, in_quotation, {
                    sp.name.split()[-1] for j, sp in history if j >= i - 2 and sp.kind == SpeakerKind.PERSON})) is not None:
                return person(member, mention_text), None
        if m.name and not m.org and " " not in m.name and not m.role and not TITLE_ABBR.match(mention_text.strip()) \
                and sex(text, m.name, len(text)) is None \
                and not re.search(re.escape(m.name) + r",\s+(?:who\b|\d{1,3},)", text):  # "Whitfield, who", "Wrobel, 39,"
            # "Twitter said": one word that the article never gives a first name, a title or a he/she
            # ("Democrats", "Republicans": a party's people)
            return Speaker(m.name, SpeakerKind.GROUP if party_people(m.name) else SpeakerKind.UNKNOWN, mention_text, None, None), None
        state = m.org is not None and m.org.lower() in L.US_STATES
        place = state or (m.org is not None and country(m.org) is not None)
        # (a party's nominee, by the party's name: "the Norburg Party's presumptive nominee"; its leader is its voice)
        party_name = bool(re.fullmatch(r"(?:[A-Z][\w'\u2019-]*\s+){1,3}Party", m.org or "")) and role_word(m.role) in RACE_ROLES
        if m.definite and not m.plural and not m.name and ((m.org or "").lower() in L.PARTY_WORDS or place or party_name) \
                and role_word(m.role) in L.PERSON_ROLES - L.GROUP_ROLES:
            # "the Republican presidential candidate", "the Florida senator": the person the article
            # gives that title (the place is where the person is from, no body that speaks)
            titled = titled_person(text, abs_np_start, role_word(m.role), party=m.org)
            if titled is None and state:  # "Sen. Marco Rubio ... the Florida senator": the one senator named
                titled = titled_person(text, abs_np_start, role_word(m.role), only=True, place=m.org)
            if titled:
                return person(titled, mention_text, m.role, None if place else m.org), None
            # the person the story is about there: a state's unless the words name an office ("the
            # California secretary of state's website"), a party's when the text gives it that party, or
            # gives it none and it is the one just heard ("Clinton said ... The Democratic front-runner
            # said"; not "de Blasio disbanded the unit ... the Republican candidate said")
            if (not place or state) and epithet(role_word(m.role)) and (
                    sp := story_person(i, mention_text, abs_np_start, m.role, role_word(m.role), names_end is not None)) and (
                    not office(text, mention_text, abs_np_start, role_word(m.role)) if state else
                    (party := party_of(text, sp.name, m.org)) or (party is None and sp.name == last_heard())):
                return sp, None
            if not place or state:  # ("the Republican candidate" is no party's voice; "the French president" is France's)
                described = re.sub(r"^(?:the|a|an)\s+", "", mention_text.strip(), flags=re.I)
                last = re.search(rf"\b{re.escape(m.role.split()[-1])}\b", described, re.I)  # (not "... repeated his")
                return Speaker(described[:last.end()] if last else described, SpeakerKind.PERSON, mention_text, None, m.role), None
        if m.definite and not m.plural and not m.name and m.org and not m.org_generic and role_word(m.role) in _BODY_HEADS \
                and (titled := titled_person(text, abs_np_start, role_word(m.role), party=m.org)
                     or _only_titled(text, abs_np_start, role_word(m.role), m.org)):
            # "the Social Front leader" after "opposition leader Bram Okafor-Lind": the one the article titles so
            return person(titled, mention_text, m.role, m.org), None
        sp = from_mention(m, mention_text)
        if sp is not None and sp.kind == SpeakerKind.PERSON and (full := named_in_full(sp.name, mention_text, abs_np_start)):
            sp = replace(sp, name=full)  # "Ms. Brainard, a Fed governor," after "Lael Brainard"
        elif sp is not None and sp.kind != SpeakerKind.PERSON and m.role and sp.name == m.org and m.org.isalpha() \
                and not country(m.org) and m.org[1:].islower() and m.org.lower() not in L.US_STATES | L.PARTY_WORDS \
                and (full := only_person_called(m.org, abs_np_start)):
            # "Osei's spokesman", "a Kone campaign aide" after "Mara Osei": they speak for the person, as "a
            # spokesman for Mara Osei" does (not a body called by her surname; not one of two of that name)
            return replace(person(full, mention_text), role=m.role), None  # (heard by the role: "the spokesman" again)
        if sp is not None and m.org_generic is False:
            if sp.kind == SpeakerKind.PERSON and " and " not in sp.name:  # ("Sens. X and Y": nobody's surname)
                persons[sp.name] = persons[sp.name.split()[-1]] = sp
            return sp, None
        if m.name:  # named person with generic organisation
            org = _link_generic(i, m, abs_np_start)
            sp = Speaker(m.name, SpeakerKind.PERSON, mention_text, org, m.role)
            if " and " not in m.name:
                persons[m.name] = persons[m.name.split()[-1]] = sp
            return sp, None
        if m.definite and m.plural and not m.org and re.fullmatch(r"(?i:the\s+)?(?:rebels|insurgents|militants|guerrillas)",
                                                                 mention_text.strip()) \
                and (armed := [o for _, o in orgs_in(text, 0, abs_np_start) if _ARMED_NAME.search(o)]):
            # "The rebels said" after "the Sardan Liberation Front": the armed group the article named last
            return Speaker(armed[-1], SpeakerKind.GROUP, mention_text, armed[-1], m.role), None
        if m.definite and m.plural and m.role and (pair := _THE_TWO.fullmatch(mention_text.strip())) is not None:
            # "the two banks said in a joint statement": the last two bodies named with the word, together
            one = singular(pair.group(1))
            named = []
            for _, o in reversed(orgs_in(text, 0, abs_np_start)):
                if o not in named and (one in o.lower().split() or (one in COMMERCIAL and _a_firm(o)
                                                                   and org_kind(o) == SpeakerKind.ORGANISATION)):
                    named.append(o)
            if len(named) >= 2:
                both = f"{named[1]} and {named[0]}"
                return Speaker(both, SpeakerKind.ORGANISATION, mention_text, None, m.role), None
        # definite description without organisation: "the official", "the minister"
        if m.definite and m.role and not m.org:
            for j, sp in reversed(history):
                if compatible(sp, m):
                    if sp.kind == SpeakerKind.UNKNOWN and sp.name[:1].islower() and not m.plural \
                            and (titled := titled_person(text, abs_np_start, role_word(m.role), only=True)) is not None \
                            and text.find(titled) > sentences[j].end:
                        # ("A federal judge ruled that ... U.S. District Judge Ada Kone granted ... the judge wrote": the
                        # judge the story has named since, not the description it began with)
                        return person(titled, mention_text, m.role), None
                    return replace(sp, mention=mention_text), j
            if not m.plural and AGE_EPITHET.search(mention_text):
                # "the 70-year-old former president": an epithet for the person the story is about,
                # the one named last
                last = last_person(text, quoted_before or abs_np_start, persons)
                if last is not None:
                    return person(last[1], mention_text, m.role), None
            # "the senator" with no senator heard yet: the one the article names with that title
            # (a "former" one is someone else than the one holding the title now)
            if not m.plural and role_word(m.role) in L.PERSON_ROLES | set(TITLE_ROLE.values()):
                titled = titled_person(text, abs_np_start, role_word(m.role), former=bool(FORMER.search(mention_text)),
                                       vice=bool(re.search(r"\b(?:vice|deputy|lieutenant|assistant)\b", mention_text, re.I)))
                if titled:
                    return person(titled, mention_text, m.role), None
            if not m.plural and epithet(role_word(m.role)):
                sp = story_person(i, mention_text, abs_np_start, m.role, role_word(m.role), names_end is not None)
                if sp is not None:
                    return sp, None
        if m.definite and not m.name and not m.org and not m.role:
            # an epithet for the subject of what is reported: "Roger Federer will retire ..., the
            # 20-times Grand Slam champion said"
            # (not of a quotation before it: "'John is an amazing leader,' said the 46-year-old" is about someone
            # else; nor of a clause after it: "The 46-year-old said Lind would win" looks back)
            subj = _content_subject(content_text, text) if quoted_before is None and content_first else None
            if subj and not country(subj) and not is_orgish(subj.split()) and not any(
                    (w := strip_possessive(x)) not in subj.split() and w[:1].isupper() and (
                        w in persons or full_name(text, abs_np_start, w)) for x in mention_text.split()[1:]):
                # (a person, not a country or a body; not someone else's: "The Clinton campaign suggested that
                # Mr. Band ...")
                return person(subj, mention_text), None
            # (named before the quotation it says, not in it)
            if not m.plural and AGE_EPITHET.search(mention_text) and (
                    last := last_person(text, quoted_before or abs_np_start, persons)):
                return person(last[1], mention_text), None  # "the 34-year-old mother of three": as below
            name = re.sub(r"^(?:the|his|her|its|their)\s+", "", mention_text.strip(), flags=re.I)
            if not m.plural and epithet(name.split()[-1].lower()) and \
                    (sp := story_person(i, mention_text, abs_np_start, None, name.split()[-1].lower(),
                                                names_end is not None)):
                return sp, None
            return Speaker(name, SpeakerKind.UNKNOWN, mention_text, None, None), None
        if m.plural and not m.org:
            name = re.sub(r"^(?:the|a|an|some|several|many|(?:two|three|four|five)(?!\s+(?:in|out\s+of)\s)|"
                          r"(?:most|all|both|few)(?=\s+of\s))\s+", "", mention_text.strip(), flags=re.I)  # (not "Two in three")
            name = re.sub(r"(?<=\w)(?<!\bthose),?\s+(?:who|whom|whose|which|that)\s.*$", "", name)  # ("leaders who would ...")
            if name.lower().startswith("of "):  # "Some of the workers": the workers; "Many of her supporters": whose?
                name = " ".join(bare_description(name))
                if not name:
                    return None, None
            return Speaker(name, SpeakerKind.GROUP, mention_text, None, m.role), None
        if m.org_generic or (m.role and m.role.split()[-1] in L.REPRESENTATIVE_ROLES and not m.plural
                             and not (m.role.split()[-1] == "source" and not m.org)):
            # (an unnamed source speaks for no body it does not name: "a source familiar with the
            # agency's investigation" after "Washington has accused Beijing" is not Washington)
            org = _link_generic(i, m, abs_np_start)
            if org is None and m.definite and m.is_org:
                subj = _content_subject(content_text, text)
                if subj and subj not in persons and (role_word(m.role) in COMMERCIAL or is_orgish(subj.split())):
                    org = canonical_org(subj)  # ("Norvane will cut jobs, the company said"; not "The agency
                    # said that Ada Kone had moved the money": a body speaks of someone else)
            if org:
                return Speaker(org, org_kind(org), mention_text, org, m.role), None
        if m.org:
            if m.org_generic and (m.is_org or (m.role or "").split()[-1:] and (m.role or "").split()[-1] in L.BODY_ROLES):
                # "the labour ministry": a body of its own, never named in full ("a 2009 paper": what someone wrote)
                name = re.sub(r"^(?:the|a|an)\s+", "", m.org)
                return Speaker(name, SpeakerKind.UNKNOWN if name.split()[-1] == "paper" else org_kind(name), mention_text,
                               None, m.role), None
            return Speaker(m.org, SpeakerKind.UNKNOWN, mention_text, None, m.role), None
        if m.role:
            # (its own words: "the mayor" of "a briefing by the mayor")
            name = re.sub(r"^(?:the|a|an)\s+", "", m.text.strip(), flags=re.I)
            return Speaker(name, SpeakerKind.GROUP if m.plural else SpeakerKind.UNKNOWN, mention_text, None, m.role), None
        return None, None

    def only_person_called(name: str, abs_np_start: int) -> str | None:
        """The one full name the article gave the surname ``name`` before ``abs_np_start`` (a name of two
        words is full already), when it reads as a person's: a first word capitalised only, no body's words
        ("Kone's spokesman", "the Kone campaign" after "Ada Kone"; not after "Ada Kone" and "Tor Kone")."""
        fulls = {name} if " " in name else set(full_names(text, abs_np_start, name))
        if len(fulls) != 1 or not (one := fulls.pop()).split()[0][1:].islower() or is_orgish(one.split()):
            return None
        return one

    def named_in_full(name: str, mention_text: str, abs_np_start: int) -> str | None:
        """The full name the article gave the surname ``name`` before ``abs_np_start`` (of two, the
        one of the title's sex: "Mrs. Pell" after "Anna Pell" and "Tom Pell"); None for a full name."""
        full = full_name(text, abs_np_start, name) if " " not in name else None
        return same_surname_person(text, abs_np_start, full, mention_text, name, sexes) if full else None

    def _surname_of_someone(mention_text: str, abs_np_start: int) -> str | None:
        """The person a capital's or country's name stands for when the article named someone in full
        with it as surname ("Kerry Washington ... Washington, star of ..."); not a name followed by
        more of a name ("George Washington University")."""
        word = strip_possessive(re.split(r"[,\s]", mention_text.strip(), maxsplit=1)[0])
        full = named_in_full(word, mention_text, abs_np_start) if word[:1].isupper() else None
        if full is None or not re.search(re.escape(full) + r"(?![\w'\u2019-]|\s+[A-Z])", text[:abs_np_start]):
            return None
        return full

    def last_heard() -> str | None:
        """The name of the speaker heard last before the sentence being read: words of theirs, not a
        sentence about them ("Tom Pell spoke in Nordby on Monday", its cue inside what it reports)."""
        return next((a.speaker.name for a in reversed(out) if a.speaker is not None and not (
            (a.verb or "").lower() in SPEAKING and a.cue and any(x <= a.cue[0] < y for x, y in a.content))), None)

    def story_person(i: int, mention_text: str, abs_np_start: int, role: str | None, head: str,
                     quoted: bool) -> Speaker | None:
        """"the candidate", "the former president" whom no one is titled (``quoted``: of a quotation
        before the cue): see :func:`roles.topic_person`."""
        found = [p for p in persons_before(text, abs_np_start, persons) if not in_quotation(p[0])]  # ("... Donald Trump offers," she said)
        # (whom sentence k was heard from: its cue's speaker, or the speaker its quotation goes on with)
        who = topic_person(text, sentences, i, abs_np_start, found, lambda k: (
            (sp.name, sp.kind == SpeakerKind.PERSON, out[k].content) if k < len(out) and (sp := out[k].speaker) is not None
            else None),
            head, mention_text, quoted)
        if who is None or described.setdefault(head, who) != who:
            return None  # ("the senator" after "the Vermont senator" was Sanders: not the host heard since)
        return person(who, mention_text, role)

    def person(name: str, mention_text: str, role: str | None = None, org: str | None = None) -> Speaker:
        """The person ``name`` as heard by ``mention_text``: the registered speaker, if any."""
        known = persons.get(name) or persons.get(name.split()[-1])
        return replace(known, mention=mention_text) if known else Speaker(name, SpeakerKind.PERSON, mention_text, org, role)

    def _earlier_org_called(mention_text: str, abs_np_start: int) -> str | None:
        """"The Rural fire service has stated" after "the NSW Rural Fire Service", "The International
        Olympic committee" after "The International Olympic Committee": the named body whose name
        ends in the mention's words, whatever their capitals."""
        words = [w for w in mention_text.strip(" ,.").split() if w.lower() not in L.DETERMINERS]
        if len(words) < 2 or words == [w.capitalize() if w.islower() else w for w in words]:
            return None  # every word already capitalised: the mention is a name of its own
        tail = " " + " ".join(words).lower()
        for _, o in reversed(orgs_in(text, 0, abs_np_start)):
            if (" " + o.lower()).endswith(tail) and len(o.split()) >= len(words):  # ("the International Olympic committee")
                return o
        return None

    def _link_generic(i: int, m: Mention, abs_np_start: int) -> str | None:
        s = sentences[i]
        generic = (m.org or "").lower()
        want_group = any(w in generic for w in ("insurgent", "militant", "rebel", "group", "militia", "movement"))
        # the organisation named earlier in the same sentence (the subject the cue speaks about)
        cands = orgs_in(text, s.start, abs_np_start)
        if want_group:
            g = [o for _, o in cands if org_kind(o) == SpeakerKind.GROUP]
            if g:
                return g[0]
        # "the agency" after "the Environment Agency": a named organisation carrying the head noun
        head = generic.split()[-1] if generic else ""
        if head and not want_group:
            for _, o in reversed(orgs_in(text, 0, abs_np_start)):
                if head in o.lower().split():
                    return o
            # "the government" after "the New South Wales government": named with the word after it
            if len(generic.split()) <= 2 and (called := named_with(text, abs_np_start, head)) is not None:
                # ("the poll" after "a Whitlow University poll": whose poll it is)
                return called[:-len(head)].rstrip() if head in DOCUMENTS and called.endswith(" " + head) else called
        if head and (introduced := [m.group(1) for m in re.finditer(
                rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)},\s+({BODY_NAME}),", text[:abs_np_start])]):
            return introduced[-1]  # ("A parent group, Norburg Families for Reading, ... The group says": the name set off after it)
        if head and head not in COMMERCIAL and len(generic.split()) <= 2 \
                and (described := described_body(text, head, abs_np_start, set_off=True)) is not None \
                and not any(sentences[j].start > described[0] and sp.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT)
                            and sp.name != described[1] for j, sp in history):
            return described[1]  # ("The Community of Coastal States, the regional bloc, ... the bloc said": the body so
            # described, unless another has spoken since)
        if (kin := [o for _, o in cands if same_kind(o, head)]):
            return kin[-1]  # ("Members of the Ostland Teachers' Association voted ..., the union said": that association)
        if head == "club" and (clubs := _CLUB.findall(text, s.start, abs_np_start)[:1]
                               or _CLUB.findall(text, sentences[i - 1].start if i else s.start, s.start)
                               or [sp.name for _, sp in history if _CLUB.fullmatch(sp.name)]):
            return clubs[-1]  # ("Norburg City sacked coach ..., the club said": a football club by its name, the first
            # in the sentence, else the last in the sentence before, else the last club heard)
        if head in ("airline", "carrier") and (lines := _AIRLINE.findall(text, 0, abs_np_start)):
            return lines[-1]  # ("The low-cost carrier" after "Kestrel Air": an airline by its name, not the BBC that reported)
        fwd = forward_org(i, m.role)
        if fwd:
            return fwd
        own = [w for w in m.text.split() if w.lower() not in L.DETERMINERS]
        if head in COMMERCIAL:  # (a company is no country: "... on sale in the United States ..., the company said")
            cands = [(k, o) for k, o in cands if _a_firm(o)]
        if cands and not want_group and (len(own) <= 1 or head in COMMERCIAL or any(w[:1].isupper() for w in own)):
            # "..., the company said": the body named before it; "the prosecutor's office" names a
            # body of its own, not the firm it speaks about
            return cands[0][1]
        if head in COMMERCIAL and (described := described_body(text, head, abs_np_start)) is not None:
            at, firm = described
            if not any(sentences[j].start > at and sp.kind == SpeakerKind.ORGANISATION and _a_firm(sp.name) and sp.name != firm
                       for j, sp in history):
                return firm  # ("built by private company Orbital Forge ...", "Trellis Pay, a payments company, ...
                # The company said": the firm so described, unless another has spoken since)
        words = [w for w in generic.split() if w not in ("the", "a", "an")]
        # earlier in the article
        prev = orgs_in(text, 0, s.start)
        if want_group:
            g = [o for _, o in prev if org_kind(o) == SpeakerKind.GROUP]
            if g:
                return g[-1]
            # ("The group said" after "The Petroleum Exporters' Forum ... ended its meeting": a body of that kind named
            # in the sentence before)
            g = [o for k, o in prev if k >= sentences[i - 1].start and same_kind(o, "group")] if i else []
            if g:
                return g[-1]
        elif head in COMMERCIAL and (heard := next((sp.name for j, sp in reversed(history) if j >= i - 6 and sp.kind in (
                SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT) and head in sp.name.lower().split()
                and len(sp.name.split()) >= 2), None)) is not None:
            return heard  # ("..., the bank said" after "the central bank" spoke, not the data source named since)
        elif head in COMMERCIAL:
            # "the social media company" right after "Twitter added ...": the one word just heard, which no
            # suffix marks as a company (nor as a person)
            just = next((sp for j, sp in reversed(history) if j >= i - 2), None)
            if just is not None and just.kind == SpeakerKind.UNKNOWN and re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", just.name) \
                    and just.name not in persons and not common_plural(just.name, text):
                return just.name
            # "the Detroit automaker" after "General Motors Co": the company last named
            firms = [o for _, o in prev if org_kind(o) == SpeakerKind.ORGANISATION and _a_firm(o)]
            if firms:
                return firms[-1]
        for j, sp in reversed(history):
            if head in COMMERCIAL and (sp.kind == SpeakerKind.GOVERNMENT or (sp.kind == SpeakerKind.ORGANISATION and (
                    any(w in _STATE_OFFICE for w in sp.name.lower().split()) or _central_bank(sp.name)))):
                continue  # ("the company" is no audit office nor central bank heard since)
            if sp.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT) or (want_group and sp.kind == SpeakerKind.GROUP) \
                    or (sp.role and _POLL_NOUN.fullmatch(sp.role) and role_word(sp.role) == head):  # (whoever issued "the poll")
                # "the company" is the body last heard; "the labour ministry", "the army delegation"
                # name a body of their own unless the last one carries those words ("the union"
                # after "the ministry": another body); a document is the last body's
                if any(w in sp.name.lower().split() for w in words) or (len(words) <= 2 and same_kind(sp.name, head)) \
                        or (len(words) <= 2 and head in SOURCE_NOUNS and role_word(sp.role) == head) \
                        or (len(words) <= 1 and (
                        (head in COMMERCIAL and sp.kind == SpeakerKind.ORGANISATION) or role_word(sp.role) == head
                        or (head in SOURCE_NOUNS and not re.match(r"\s*(?:an?|one|another)\s", m.text, re.I)))):
                    # "Data show" after "according to U.S. Census data" (not "A study found": another one)
                    return sp.name
                if len(words) <= 1 and head in _CIVIL_BODIES and m.definite and sp.kind == SpeakerKind.ORGANISATION and j >= i - 2 \
                        and not any(w in L.BODY_ROLES or w in _STATE_OFFICE for w in sp.name.lower().split()) and _a_firm(sp.name):
                    return sp.name  # ("Medics Across Borders said ... The charity warned": the body just heard, which no
                    # word of its name calls another kind of body)
                break
        if head == "union" and len(unions := {o for _, o in prev if same_kind(o, head)}) == 1:
            return unions.pop()  # ("the union" after "the Dunmore Education Association" and other bodies since: the one
            # body of a union's kind the article names)
        if head in ("newspaper", "paper") and (papers := _NAMED_PAPER.findall(text, 0, abs_np_start)) \
                and not (head == "paper" and _A_PAPER_WRITTEN.search(text, 0, s.start)):
            # ("Enter The Norburg Times. ..., the paper's editorial board wrote": the paper named last, by its fullest name,
            # "The Times" after "The Norburg Times"; not a paper someone wrote, "a new paper by economists at ...")
            return max((p for p in papers if p == papers[-1] or p.endswith(" " + papers[-1])), key=len)
        return None

    pending_lookahead: list[int] = []

    def goes_on(k: int) -> Attribution | None:
        """The attribution of the sentence before ``k`` when ``k`` goes on with the same quotation,
        however long: a quotation that opened before sentence ``k``, or a paragraph
        opening with a quotation mark after one left open (a speech or a transcript quoted at length,
        paragraph after paragraph)."""
        last = out[k - 1] if 0 < k <= len(out) else None
        if last is None or not last.quoted:
            return None  # (a speaker of None goes on too)
        s, before = sentences[k], sentences[k - 1]
        if last.speaker is None and last.cue is not None and before.paragraph == s.paragraph \
                and re.search(r"\b(?:I|[Ww]e)\b", text[last.cue[0]:last.cue[1]]):
            return last  # ('"Okay," I said. "I was seventeen ...": the writer's, no one heard before)
        reg = region_of(s.start, s.paragraph)
        if reg is not None and reg[0] < before.end:
            return last
        r = region_of(before.end - 1, before.paragraph)
        return last if before.paragraph != s.paragraph and s.text[:1] in "\"\u201c" and r is not None and not r[2] else None

    def heard_before(k: int, anchor: int) -> tuple[int, Speaker] | None:
        """(sentence, speaker) a quotation at sentence ``k`` with no cue of its own is from: the
        quotation it goes on (:func:`goes_on`; nobody when that one's speaker is nobody), else the
        speaker heard at most six sentences before ``anchor``, where the quotation began."""
        if (last := goes_on(k)) is not None:
            return (last.source if last.source is not None else k - 1, last.speaker) if last.speaker else None
        prev = [(j, sp) for j, sp in history if j < anchor]  # (a share of those polled gives no quotation)
        return prev[-1] if prev and prev[-1][0] >= anchor - 6 and not is_share(prev[-1][1].mention) else None

    def flush_pending() -> None:
        """A quotation whose attribution never came: the speaker it was heard from before it."""
        if pending_lookahead and (heard := heard_before(pending_lookahead[0], pending_lookahead[0])) is not None:
            for k in pending_lookahead:
                out[k] = replace(out[k], speaker=heard[1], how=CueForm.CONTINUATION, source=heard[0])
        pending_lookahead.clear()

    def _put_out(i: int, mention_text: str) -> tuple[Speaker | None, int | None]:
        """"The report" after "In a report released today, X reported" or "X released a report", "The
        statement" after "X's office issued a statement": X."""
        # (a report, a statement, an editorial; a suit, a complaint)
        noun = next((w for w in mention_text.lower().split() if w in DOCUMENTS or w in LEGAL), None)
        for j, heard in reversed(history):
            if j < i - 4:
                break
            if noun and j < i and puts_out(sentences[j].text, noun):
                return replace(heard, mention=mention_text), j
        for j in range(i - 1, max(-1, i - 5), -1) if noun in LEGAL else ():
            # ("The Valmora Securities Commission on Tuesday sued ... The suit says": who went to court, though not heard)
            if (who := filer(sentences[j].text)) is not None:
                sp, _ = resolve(j, parse_mention(who), who, sentences[j].start + sentences[j].text.find(who))
                if sp is not None:
                    return replace(sp, mention=mention_text), j
        return None, None

    def speaker_of(i: int, s: Sentence, c: Cue | SyntaxCue, m: Mention | None,
                   mention_text: str) -> tuple[Speaker | None, int | None]:
        """The speaker of cue ``c`` of sentence ``i`` whose source mention reads ``mention_text``."""
        np_abs = s.start + c.np[0]
        if m is not None and not m.name and not m.pronoun and (gave := GAVE_NAME_AFTER.match(s.text, c.np[1])) is not None:
            # ("A spokesman for the group, who gave his name as Teodor Vashti, confirmed": that person)
            mention_text = f"{gave.group(1)}, {mention_text.strip(' ,')}"
            m = parse_mention(mention_text)
        if c.how == CueForm.FRONT and _SEEN_BY.search(s.text, 0, c.np[0]) is not None:
            return None, None  # "A draft of the budget, seen by Reuters, shows ...": who saw the draft says nothing
        first = c.content[0] if c.content else (0, 0)
        # a quotation before its cue: a person it names is not the "he" that says it
        quote_first = c.how == CueForm.QUOTE and first[1] <= c.np[0] and any(
            ch in QUOTE_MARKS for ch in s.text[max(0, first[0] - 1):first[0] + 1])
        # ("according to the latest average of polls" is no epithet for the subject of what it says)
        sp, src = resolve(i, m, mention_text, np_abs, "" if c.how == CueForm.ACCORDING else s.text[first[0]:first[1]],
                          s.start + first[0] if quote_first else None,
                          # (where a quotation the cue follows begins)
                          quoted_before=s.start + first[0] if first[1] <= c.np[0] and any(
                              ch in QUOTE_MARKS for ch in s.text[:first[0] + 1]) else None,
                          content_first=first[1] <= c.np[0])
        if sp is not None and src is not None and m is not None and m.pronoun in ("he", "she") and src >= i - 3 \
                and c.verb_word.lower() in _REPLIES and "?" in sentences[src].text and (other := next(
                    ((j, h) for j, h in reversed(history) if h.kind == SpeakerKind.PERSON and h.name != sp.name
                     and agrees(text, h.name, np_abs, m.pronoun)), None)) is not None:
            # ('"So your memory has improved?" Lind asked. "...," she replied.': who answers is not who asked)
            sp, src = replace(other[1], mention=mention_text), other[0]
        if sp is not None and m is not None and m.pronoun == "it" and i and c.verb_word.lower() in _A_TEXT_SAYS \
                and _INSTRUMENT.search(sentences[i - 1].text):
            sp, src = None, None  # "... the Purcell doctrine from a Supreme Court case. It states that ...": the text named
        if sp is not None and sp.kind == SpeakerKind.PERSON and sp.name == mention_text.strip() and (
                _A_BODY_AFTER.match(s.text, c.np[1]) or _A_BODY_BEFORE.search(s.text, 0, c.np[0])):
            # "Free Choice Corvia, a parents' group, said", "A parents' group, Free Choice Corvia, said": a body
            sp = replace(sp, kind=SpeakerKind.ORGANISATION, affiliation=sp.name)
        is_document = documentary(mention_text)
        # ("a filing with the Securities and Exchange Commission", "a statement to the Oslo stock exchange": whom
        # the document was sent to, not whose it is)
        recipients = sent_to(mention_text) if is_document else None

        def received(name: str) -> bool:
            return recipients is not None and name in recipients

        if sp is not None and received(sp.name):
            sp = None
        if sp is None and recipients is not None and (filer := _content_subject(s.text[first[0]:first[1]], text)) is not None:
            # (whose it is: the body the clause it reports is about, "Albatros will review its options, according to
            # a filing to the Oslo stock exchange")
            body, _ = resolve(i, parse_mention(filer), filer, s.start + s.text.find(filer, first[0]))
            sp = replace(body, mention=mention_text) if body is not None and body.kind not in (
                SpeakerKind.PERSON, SpeakerKind.GROUP, SpeakerKind.UNKNOWN) else None
        if sp is not None and is_document and (sp.kind in (SpeakerKind.GROUP, SpeakerKind.UNKNOWN)
                                               or sp.name == sp.name.lower()) and not _POLLS_SAY.fullmatch(mention_text.strip()):
            # "Polls show", "Data showed": the reporter's evidence, nobody speaking; "a report
            # released by the Brookings Institution": whoever released it, below
            sp = None
        issuer = issued_by(mention_text) if is_document else None
        if is_document and issuer is None and c.how == CueForm.ACCORDING and c.cue[1] > c.np[1]:
            issuer = issued_by(s.text[c.np[0]:c.cue[1]])  # "according to the document she released"
        if issuer is not None:
            # "a press release from the company": the body that issued it, as "the company" reads
            # ("a police statement": as "the police" reads)
            body = f"the {issuer.group(1)}" if issuer.re is BODY_DOCUMENT else None
            # ("a statement from her office": whom "her office" speaks for)
            owned = issuer.group(1) if _SPEAKS_FOR_OWNER.fullmatch(issuer.group(1)) else None
            sp, src = resolve(i, parse_mention(body or issuer.group(1)), body or owned or mention_text, np_abs + issuer.start(1))
            if (body or owned) and sp is not None:
                sp = replace(sp, mention=mention_text)
            if sp is not None and sp.role is None \
                    and (noun := _POLL_NOUN.search(mention_text, 0, issuer.start(1))) is not None:
                sp = replace(sp, role=noun.group(0).lower())  # (whose poll "the poll" is, paragraphs later)
        elif sp is None and is_document and m is not None and m.definite:
            # "In a report released today, UN envoys reported ... The report concludes that ...": the report
            # a speaker heard in the last few sentences put out
            sp, src = _put_out(i, mention_text)
        elif sp is not None and sp.kind == SpeakerKind.UNKNOWN and _A_CASE_FILED.match(mention_text) \
                and (filed := _put_out(i, mention_text))[0] is not None:
            sp, src = filed  # ("X filed suit on Tuesday ... The complaint alleges": X; else the suit as written)
        if sp is None and not (m is not None and m.pronoun):  # ("as I've suggested": the writer)
            # a source the mention rules could not read ("Minnesota state delegate Mary Susan")
            name = (c.name if isinstance(c, SyntaxCue) else None) or name_in(mention_text)
            name = None if name and calendar_only(name) else name  # "an indictment filed Wednesday"
            if name and is_document and re.search(rf"\b{_SEEN}{re.escape(name)}", mention_text):
                name = None  # "A draft of the budget, seen by Reuters": who saw it, not whose it is
            if name and (after := re.search(re.escape(name) + r"\s+([a-z][\w-]*)\s*$", mention_text)) \
                    and after.group(1) in L.NOT_SPEAKING_FOR:
                name = None  # "an Elvis impersonator", "a Pell ally": whom they are around, not who speaks
            sp = None if recipients is not None and (name is None or received(name)) else \
                named_speaker(name, mention_text) if name else as_described(m, s.text[c.np[0]:c.np[1]])
            if sp is not None and one_close(sp) and (kin := kin_named(text, np_abs, mention_text)) is not None:
                sp = replace(persons[kin], mention=mention_text) if kin in persons else \
                    Speaker(kin, SpeakerKind.PERSON, mention_text, None, None)  # "his brother Alastair Osman ..., his brother added"
                persons[kin] = sp
            if sp is not None and is_document and sp.kind == SpeakerKind.PERSON and " " not in sp.name:
                sp = replace(sp, kind=SpeakerKind.UNKNOWN)  # "a new report by Politico": a person or a body
        if sp is not None and (named := speakable(sp.name)) != sp.name:
            # "Q:", "49%", "themselves", "the rest of the": a misread source ("The Royal Society
            # went on to": the name the parse ran on past)
            sp = None if named is None else replace(sp, name=named, kind=org_kind(named) if is_orgish(named.split())
                                                    else sp.kind)
        if sp is not None and sp.kind == SpeakerKind.PERSON and sp.role is None and sp.name == mention_text.strip(" ,") \
                and (desc := _DESCRIPTION_BEFORE.search(s.text, 0, c.np[0])) is not None \
                and (said := parse_mention(desc.group(1))).role and not said.name and role_word(said.role) in L.PERSON_ROLES:
            # ("A company spokesman, Ivo Rask, said": the role the description before the name gives him)
            sp = replace(sp, role=said.role)
        if (sp is None or sp.kind in (SpeakerKind.GROUP, SpeakerKind.UNKNOWN)) and _THE_STUDY.fullmatch(mention_text.strip()) \
                and len(led := list(_LED_BY.finditer(text, 0, s.start))) == 1:
            # ("The study, ... led by Dr. Ada Kone of ... The researchers found": who led the one study named so, for the
            # team)
            sp, src = person(led[-1].group(1), mention_text), None
        if sp is not None and c.how == CueForm.COLON and TRANSCRIPT_LABEL.fullmatch(mention_text.strip()) and (
                full := label_name(text, mention_text)):
            sp = replace(persons.get(full) or Speaker(full, SpeakerKind.PERSON, ""), mention=mention_text)  # "TAPPER: ..."
        return sp, src

    def line_speaker(i: int, s: Sentence, m: re.Match, how: CueForm) -> Speaker | None:
        """The speaker of a line that is only who (group "np") and a verb of saying (group "v"):
        "Hewitt writes:", "Kone disagreed.", "Tom Pell told reporters."."""
        cue = Cue(m.span("np"), m.span("v"), (0, len(s.text)), [], how, m.group("v"))
        return speaker_of(i, s, cue, parse_mention(m.group("np")), m.group("np"))[0]

    block: dict[int, tuple[int, Speaker]] = {}  # paragraph -> (sentence, speaker) of the line that introduced it
    for i, s in enumerate(sentences):
        c = cues[i]
        if (intro := block.get(s.paragraph)) is not None:
            # "Hewitt writes:" alone on its line: the paragraph after it is his, whatever it reports
            out.append(Attribution(intro[1], CueForm.CONTINUATION, None, (trim_span(text, s.start, s.end),), None, True,
                                   intro[0]))
            continue
        if is_headline(s) and c is None:
            out.append(Attribution(None, CueForm.HEADLINE))
            continue
        if out and sentences[i - 1].paragraph == s.paragraph and out[-1].quoted \
                and out[-1].how in ("quote-unknown", CueForm.CONTINUATION) \
                and (came := CAME_FROM.match(s.text) or HOW_PUT.match(s.text)) is not None \
                and (named := line_speaker(i, s, came, CueForm.TAIL)) is not None:
            # '"We confirmed a justice in 33 days." The reminder came from Sen. Ada Kone, ...' ('That was how
            # Ada Kone put it'): the quotation before, with no cue of its own, is hers (not whoever was heard
            # before it)
            k = i - 1
            while k >= 0 and sentences[k].paragraph == s.paragraph and out[k].quoted \
                    and out[k].how in ("quote-unknown", "quote-pending", CueForm.CONTINUATION):
                out[k] = replace(out[k], speaker=named, how=CueForm.LOOKAHEAD, source=i)
                k -= 1
        reg = region_of(s.start, s.paragraph)
        starts_quoted = reg is not None or s.text[:1] in "\"\u201c"
        if reg is not None and reg[2] and reg[1] < s.end and QUOTED_TITLE.fullmatch(text, reg[0] + 1, reg[1] - 1) \
                and re.match(r"\s+[a-z]", text[reg[1]:s.end]):
            starts_quoted = False  # '“The Walking Dead” is a drama that ...': a quoted title, no quotation
        if c is not None:
            own, extras = other_cues(c, pools.get(i, []), s.text)
            # the sentence's sources in the order they come, each heard by those after it ("While
            # analysts expect X, they also say Y"; "Kone said X, but he also said Y")
            found: dict[int, tuple[Speaker | None, int | None]] = {}
            heard_here: list[tuple[int, Speaker]] = []
            for k, e in sorted(enumerate([c, *extras]), key=lambda ke: ke[1].np[0]):
                e_text = np_texts.get(i, s.text[c.np[0]:c.np[1]]) if k == 0 else _mention_text(s.text, e)
                history.extend(heard_here)
                e_sp, e_src = speaker_of(i, s, e, mentions[i] if k == 0 else parse_mention(e_text), e_text)
                del history[len(history) - len(heard_here):]
                found[k] = (e_sp, None if e_src == i else e_src)
                if e_sp is not None:
                    heard_here.append((i, e_sp))
            sp, src = found[0]
            if sp is None and own and c.how == CueForm.FRONT and c.np[1] <= c.verb[0] < own[0][0] \
                    and documentary(np_texts.get(i, "")):  # "A study claims that X" by no one named: the whole clause
                own = [(c.np[0], own[0][1]), *own[1:]]
            if own and c.how == CueForm.FRONT and own[0][0] == c.np[0] > 0 \
                    and _APPOSED_BEFORE.fullmatch(text, s.start, s.start + c.np[0]) is not None \
                    and text[s.start + c.np[1]:s.start + c.verb[0]].strip().startswith(","):
                # "The opposition leader, Tor Lind, vowed to fight it": the claim whole from the description
                # the name is set off after (not "Tor Lind, vowed ...")
                own = [(0, own[0][1]), *own[1:]]
            elif own and c.how == CueForm.FRONT and (own[0][0] >= c.verb[1] or own[0][0] == c.np[0]) \
                    and _LEADING_CONDITION.fullmatch(text, s.start, s.start + c.np[0]) is not None:
                # "If it doesn't slow down, forecasters say health spending will cripple the economy": the
                # condition leads what they say, not their saying it (the claim whole, the cue inside it)
                own = [(0, own[0][1]), *own[1:]]
            content = tuple((s.start + a, s.start + b) for a, b in own if b > a)
            if content and (reg := region_of(content[-1][1] - 1, s.paragraph)) is not None and reg[2] \
                    and content[-1][0] - 1 <= reg[0] and content[-1][1] < reg[1] <= s.end \
                    and not any(content[-1][1] <= s.start + e.np[0] < reg[1] for e in extras):
                # 'said that the toll is "a regrettable toll, but we think we now control ..."': a
                # quotation opened in the content is the speaker's to its closing mark
                content = (*content[:-1], (content[-1][0], reg[1]))
            # (or a quotation opened right after the cue's colon: 'The email goes on to say: "..."')
            quoted = c.how in (CueForm.QUOTE, CueForm.INVERTED) or starts_quoted or (
                c.how == CueForm.FRONT and bool(content) and _COLON_QUOTE.search(text, s.start, content[0][0]) is not None)
            reporter = tuple((s.start + a, s.start + b) for a, b in c.reporter if b > a)
            # other statements of the sentence, each its own source's ("After Pell said that ..., Kone said")
            more: list[Attribution] = []
            for k, e in enumerate(extras, 1):
                e_sp, e_src = found[k]
                more.append(Attribution(e_sp, e.how, (s.start + e.cue[0], s.start + e.cue[1]), tuple(
                    (s.start + a, s.start + b) for a, b in e.content if b > a), e.verb_word, False, e_src))
            how = c.how
            # ("In a speech last July, he said:", "Soerens argued that:": no words of its own after the verb)
            said = [(a, b) for a, b in content if text[a:b].strip().lower() != "that"]
            if sp is not None and not any(b > s.start + c.verb[1] for _, b in said) \
                    and _introduces(s, sentences[i + 1] if i + 1 < n else None):
                block[s.paragraph + 1] = (i, sp)
                how = how if said else CueForm.INTRO  # (what comes before the verb stays a claim of the line)
            if i in acts and not more and not quoted:
                # "Kone spoke to the pilots' union in June": no words of hers, the reporter's fact;
                # its subject is heard all the same, for a pronoun or a quotation after it
                out.append(Attribution(None, CueForm.REPORTER, None, ((s.start, s.end),), None, False))
                if sp is not None:
                    history.append((i, sp))
                continue
            out.append(Attribution(sp, how, (s.start + c.cue[0], s.start + c.cue[1]), content, c.verb_word, quoted,
                                   src, reporter, tuple(more)))
            if sp is not None:
                history.append((i, sp))  # (a quotation after the sentence goes on with its attribution's speaker)
                # earlier sentences of the same quotation get this speaker
                for k in pending_lookahead:
                    if sentences[k].paragraph == s.paragraph:
                        out[k] = replace(out[k], speaker=replace(sp), how=CueForm.LOOKAHEAD, source=i)
                pending_lookahead.clear()
            continue
        if starts_quoted:
            # the quotation continues to a later sentence with an attribution?
            if reg is not None and reg[1] > s.end and reg[2]:
                pending_lookahead.append(i)
                out.append(Attribution(None, "quote-pending", None, ((s.start, s.end),), None, True))
                continue
            # the quotation's last sentence, or a one-sentence quotation, with no cue of its own
            anchor = pending_lookahead[0] if pending_lookahead else i
            flush_pending()
            if (heard := heard_before(i, anchor)) is not None:
                out.append(Attribution(heard[1], CueForm.CONTINUATION, None, (trim_span(text, s.start, s.end),), None, True,
                                       heard[0]))
            else:
                out.append(Attribution(None, "quote-unknown", None, (trim_span(text, s.start, s.end),), None, True))
            continue
        flush_pending()
        after = sentences[i + 1] if i + 1 < n else None
        if _introduces(s, after) and (intro_m := INTRO_LINE.fullmatch(s.text)) is not None \
                and (sp := line_speaker(i, s, intro_m, CueForm.FRONT)) is not None:
            block[s.paragraph + 1] = (i, sp)
            history.append((i, sp))
            out.append(Attribution(sp, CueForm.INTRO, (s.start, s.end), (), intro_m.group("v")))
            continue
        prev = out[-1] if out and sentences[i - 1].paragraph == s.paragraph else None
        after_unknown = prev is not None and prev.quoted and prev.how in ("quote-unknown", CueForm.CONTINUATION)
        if not after_unknown and after is not None and after.paragraph <= s.paragraph + 1 \
                and after.text[:1] in "\"\u201c" and cues[i + 1] is None and (bare_m := BARE_LINE.fullmatch(s.text)) \
                and (sp := line_speaker(i, s, bare_m, CueForm.FRONT)) is not None:
            # 'Kone disagreed. "Leadership is about the future."': the quotation after the line, with no
            # cue of its own, is Kone's
            history.append((i, sp))
            out.append(Attribution(sp, CueForm.INTRO, (s.start, s.end), (), bare_m.group("v")))
            continue
        if after_unknown and (bare := BARE_CUE.fullmatch(s.text)) \
                and (sp := line_speaker(i, s, bare, CueForm.TAIL)) is not None:
            # '"The levy will ruin us all." Tom Pell told reporters.': a stop for the comma, the cue on its own
            out[-1] = replace(prev, speaker=sp, how=CueForm.LOOKAHEAD, source=i)
            history.append((i, sp))
        if prev is None and s.text[:1] in "-\u2013\u2014" and (dash := DASH_LINE.fullmatch(s.text)) is not None \
                and (i + 1 == n or sentences[i + 1].paragraph > s.paragraph) \
                and (quoted_before := _paragraph_before(sentences, i)) \
                and all(out[k].quoted and out[k].how in ("quote-unknown", CueForm.CONTINUATION) for k in quoted_before) \
                and (sp := line_speaker(i, s, dash, CueForm.TAIL)) is not None:
            # '"... almost all new income goes to the top 1 percent."\n\n- Bernie Sanders.': the quotation
            # above is his
            for k in quoted_before:
                out[k] = replace(out[k], speaker=sp, how=CueForm.LOOKAHEAD, source=i)
            history.append((i, sp))
            out.append(Attribution(sp, CueForm.INTRO, (s.start, s.end), (), dash.group("v")))
            continue
        if prev is not None and prev.speaker is not None and prev.quoted and any(
                s.start < r[0] and r[1] - r[0] > 20 for r in regions_by_par.get(s.paragraph, ()) if r[0] < s.end):
            # 'Unless rivals quit, "it is very difficult to see ..."': the speaker just quoted goes on
            out.append(Attribution(prev.speaker, CueForm.CONTINUATION, None, (trim_span(text, s.start, s.end),), None, True,
                                   prev.source if prev.source is not None else i - 1))
            continue
        out.append(Attribution(None, CueForm.REPORTER, None, ((s.start, s.end),), None, False))
    flush_pending()
    # a description lowered to be read ("Polls show", "Small groups of protesters continued to call") speaks as
    # written when its name is those words, wherever it is heard again
    written = {sp.name: sp.name[:1].upper() + sp.name[1:] for i in lowered if (sp := out[i].speaker) is not None
               and sp.name[:1].islower() and np_texts.get(i) and sp.name.split()[0] == np_texts[i].split()[0]}
    if written:
        def as_written(a: Attribution) -> Attribution:
            sp = replace(a.speaker, name=written[a.speaker.name]) if a.speaker is not None and a.speaker.name in written \
                else a.speaker
            return replace(a, speaker=sp, also=tuple(as_written(x) for x in a.also))
        out = [as_written(a) for a in out]
    out = _named_after(text, sentences, out)
    return one_name_each(text, out)  # ("Silverman" before "Sarah Silverman said": one person)


# what a description's words say of a body without naming it ("the country's largest rail union")
_NOT_TELLING = frozenset("""the a an of for in at on and its their his her country's nation's state's city's region's
largest biggest main leading top chief senior national local new former""".split())


def _named_after(text: str, sentences: Sequence[Sentence], out: list[Attribution]) -> list[Attribution]:
    """A wire lede's description of one person ("..., the head of the country's largest rail union said") that the
    next two sentences name, as the person heard there with words of it ("Chidi Abara, general secretary of the Rail
    Workers' Union, told reporters") or, right after, by a name the story had not given: that person, in the lede
    too. Only a lede's own description may be indefinite ("A federal judge on Tuesday blocked ..."): one later on
    is someone the story leaves unnamed ("A Treasury spokesman said ...")."""
    if len(out) != len(sentences):
        return out
    # (a lede opens the first or second paragraph: after a headline, a title line that may end in a quotation mark)
    ledes = {k for k, s in enumerate(sentences) if s.paragraph <= 1 and (k == 0 or sentences[k - 1].paragraph != s.paragraph)}
    for k, a in enumerate(out):
        sp = a.speaker
        if sp is None or (sp.kind == SpeakerKind.PERSON and not sp.name[:1].islower()) \
                or not re.match(r"\s*the\s" if k not in ledes else r"\s*(?:the|an?)\s", sp.mention or "", re.I) \
                or role_word(sp.role) not in L.PERSON_ROLES - L.GROUP_ROLES or (sp.role or "").endswith("s"):
            continue
        words = {strip_possessive(w.lower()) for w in re.findall(r"[\w'\u2019-]+", sp.mention)} - _NOT_TELLING \
            - {role_word(sp.role)}
        for j in range(k + 1, min(k + 3, len(out))):
            b = out[j].speaker
            if b is None or b.kind != SpeakerKind.PERSON or " " not in b.name:
                continue
            # ("the judge" after "U.S. District Judge Ada Kone", named in between by the lede's role as a title)
            titled = role_word(b.role) == role_word(sp.role) and b.name not in text[:sentences[k].end] and re.search(
                rf"(?i:{re.escape(role_word(sp.role))})\.?\s+{re.escape(b.name)}", text[sentences[k].end:sentences[j].start])
            if sentences[j].paragraph > sentences[k].paragraph + 1 and not titled:
                continue
            # (or a name the story first gives right after, with nothing said of it: "..., the chief negotiator for the
            # Contact Group said. '...,' Marja Kallio told reporters"; ", 71,": an age set off after it is no more of it)
            before = text[sentences[1 if k else 0].start:sentences[j].start]
            bare = _AGE_AFTER.sub("", (b.mention or "").strip(" ,"))
            if titled or words & {strip_possessive(w.lower()) for w in re.findall(r"[\w'\u2019-]+", b.mention or "")} or (
                    j == k + 1 and bare == b.name and b.name.split()[-1] not in before
                    and re.search(rf"(?:^|[\"\u201d]\s*){re.escape(b.name)}(?:,\s*\d{{1,3}},)?\s+[a-z]", sentences[j].text)):
                out[k] = replace(a, speaker=replace(b, mention=sp.mention))
                break
    return out


# an age set off after a name ("Ada Kone, 71")
_AGE_AFTER = re.compile(r",\s*\d{1,3}$")


# an armed group's name ("the Sardan Liberation Front", "the Black Ridge Militia", "the Northern Resistance Army")
_ARMED_NAME = re.compile(r"\b(?:Liberation|Front|Militia|Brigades?|Resistance|Rebels|Insurgents|Mujahideen|Guerrillas?|"
                         r"(?:Revolutionary|Liberation|Resistance|Rebel|Insurgent|People's|Islamic)\s+(?:Army|Forces|Movement))\b")


# who leads a body, one person ("the Social Front leader")
_BODY_HEADS = frozenset("leader chairman chairwoman chair head".split())


def _only_titled(text: str, end: int, role: str, org: str) -> str | None:
    """The one person titled ``role`` before ``end`` whose title names no other body ("opposition leader X" for
    "the Social Front leader"; not "Senate Majority Leader X" for "the Democratic leader"), else None."""
    who = titled_person(text, end, role, only=True)
    if who is None:
        return None
    for t in re.finditer(rf"(\S+)\s+(?i:{re.escape(role)})\.?\s+{re.escape(who)}", text[:end]):
        if t.group(1)[:1].isupper() and t.group(1).lower() not in org.lower().split() \
                and not re.search(r"(?:^|[.!?:\"\u201d]\s+|\n)$", text[:t.start()]):  # (not a sentence's first word)
            return None
    return who


# a paper someone wrote ("a working paper", "The new paper", "a 2009 paper by"), not a newspaper
_A_PAPER_WRITTEN = re.compile(r"\b(?:[Aa]n?|[Tt]he\s+(?:new|latest|research|working|white))\s+(?:[\w-]+\s+){0,3}paper\b(?!\s*['\u2019]s\s+editorial)")


# a newspaper by its name ("The Norburg Times", "the Ostby Herald", "The Daily Ledger")
_NAMED_PAPER = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'\u2019.-]*\s+){0,3}(?:"
                          + "|".join(sorted(w.capitalize() for w in PAPER_WORDS - {"daily"}))
                          + r"|Daily(?:\s+[A-Z][a-z]+)?))\b(?!\s+[A-Z])")  # (the words names.same_kind reads as a paper's)


_COLON_QUOTE = re.compile(r":\s*[\"\u201c]$")


# a description opening the sentence, set off before the name it describes ("A company spokesman, Ivo Rask, said")
_DESCRIPTION_BEFORE = re.compile(r"^\s*((?:[Aa]n?|[Tt]he)\s+(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+),\s*$")
# verbs of answering, whose speaker is not the one who just asked
_REPLIES = frozenset("replied replies answered answers responded responds retorted".split())
# a study's team, and the one who led it ("a 137-patient trial led by Dr. Ada Kone")
_THE_STUDY = re.compile(r"(?i:the\s+(?:study['\u2019]s\s+|report['\u2019]s\s+)?(?:researchers|authors|scientists|study|team|trial))")
_LED_BY = re.compile(r"\b(?:study|trial|research|team|researchers|analysis|report)\b[^.;]{0,120}?\b(?:led|headed|co-led)\s+by\s+"
                     r"(?:(?:Dr|Prof|Professor)\.?\s+)?((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+)")
# a suit, a complaint: what a party to a case filed
_A_CASE_FILED = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(LEGAL)) + r")\b", re.I)
# a poll's word, which a body that issued one is heard by again ("the poll", "the survey")
_POLL_NOUN = re.compile(r"\b(?:poll|survey|study)\b", re.I)
# polls in general, a source of their own ("Polls show Kone ahead", "Recent national polls suggest ...")
_POLLS_SAY = re.compile(r"(?i:(?:recent|new|newer|latest|early|earlier|exit|national|statewide|state|opinion|public|private|"
                        r"internal|independent|other|several|many|most|some|multiple)\s+){0,3}(?:[Pp]olls|[Ss]urveys)")


def _proper_elsewhere(text: str, word: str) -> bool:
    """Whether the text capitalises ``word`` inside a sentence, on its own ("Trump allies" where "said
    Trump" is read; "the Philippine government"; not "the Federal Reserve", a name of which it is part)."""
    return word[:1].isupper() and re.search(rf"(?<=[a-z,;] ){re.escape(word)}(?=[\s,.;:'\u2019]+[a-z]|[.,;:])", text) is not None


def _paragraph_before(sentences: list[Sentence], i: int) -> list[int]:
    """The indices of the sentences of the paragraph right before sentence ``i``'s (none when a
    paragraph number is skipped)."""
    out: list[int] = []
    k = i - 1
    while k >= 0 and sentences[k].paragraph >= sentences[i].paragraph - 1:
        if sentences[k].paragraph == sentences[i].paragraph - 1:
            out.append(k)
        k -= 1
    return out


def _introduces(s: Sentence, after: Sentence | None) -> bool:
    """Whether sentence ``s`` ends its paragraph with a colon ("Hewitt writes:", "He told his
    audience:"): the paragraph after it is what it introduces."""
    return s.text.rstrip().endswith(":") and after is not None and after.paragraph == s.paragraph + 1


def _mention_text(s: str, c: Cue | SyntaxCue) -> str:
    """The source mention of cue ``c`` in sentence ``s``, as the mention rules read it."""
    np_text = final_period(PARENS.sub("", s[c.np[0]:c.np[1]]))  # "Gov. John Kasich (R-OH)", "NBC."
    # "Deborah Jordan Reynolds - Santilli's girlfriend and co-host -": the name before the dash
    np_text = _DASH_APPOSITION.sub(r"\1", np_text)
    # "officials in the administration, including 51 employees who signed ...": the officials
    # ("experts, including Mr. Goldberg,": a name to keep)
    np_text = re.sub(r",\s+including\s(?=.*\b(?:who|which|that)\s).*$", "", np_text)
    # "my editor at the time at Politico", "All of a sudden, black voters", "Saturday at the state party's
    # convention Sen. Elizabeth Warren": when and where are no part of who
    np_text = _WHEN_WORDS.sub("", _WHEN_FIRST.sub("", _WHEN_WHERE_FIRST.sub("", np_text)))
    return _name_last(np_text)


_WHEN_FIRST = re.compile(r"^(?:all\s+of\s+a\s+sudden|of\s+course|in\s+the\s+end|at\s+first|in\s+fact|after\s+all|"
                         r"by\s+then|since\s+then|until\s+then|at\s+the\s+time|in\s+turn|for\s+now|so\s+far),\s+(?=\S)", re.I)
_WHEN_WHERE_FIRST = re.compile(r"^(?:On|In|At|During|After|Before|Earlier|Later|Speaking|Monday|Tuesday|Wednesday|Thursday|"
                               r"Friday|Saturday|Sunday)\s+\S.*?\s(?=(?:(?:Sen|Rep|Gov|Gen|Dr|Mr|Mrs|Ms)\.\s+)?[A-Z][\w'\u2019-]+"
                               r"(?:\s+[A-Z]\.)?\s+[A-Z][\w'\u2019-]+$)")
_WHEN_WORDS = re.compile(r",?\s+at\s+(?:the|that)\s+(?:time|point|moment)\b,?(?=\s|$)")
