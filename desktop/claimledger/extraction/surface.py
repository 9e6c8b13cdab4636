"""Attribution cues found by surface patterns (stage 2 of the pipeline, with attribution).

:func:`find_cue` reads one sentence's text for the attribution forms news uses most, without
the parse: `"<content>," X said`, `"<content>," said X, the ...`, `X said [that] <content>`,
`According to X, <content>`, `<content>, X said`, `..., saying that <content>`, and
:func:`colon_cue` the headline and transcript form `X: <content>`. Offsets are relative to the
sentence. :mod:`speech` finds the cues these patterns miss from the dependency parse;
:mod:`attribution` chooses between the two and resolves the source to a speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extraction import _lexicon as L
from claimledger.extraction._cues import FAMILY as CUE_FAMILY, FORMS as CUE_FORMS
from claimledger.extraction.clauses import MAIN_RESUMES, subject_next
from claimledger.extraction.documents import documentary, issued_by
from claimledger.extraction.model import CueForm
from claimledger.extraction.mentions import PREPS, SET_OFF_NAME, TOKEN, cap, is_role, namey, strip_possessive
from claimledger.extraction.names import TITLES
from claimledger.extraction.sentences import DASH_SIGNED, QUOTE_MARKS, quote_regions, trim_span

_VERB_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(L.SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w-])")
# ("..., per CTV News", "..., per a statement from the council": the same, set off at a clause's end)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+|(?<=,\s)per\s+(?=(?:the|a|an)\s|[A-Z])")
_JOINED_REST = re.compile(r",?\s+(?:and|but)\s+(?=\S)")
_OWN_SUBJECT = re.compile(subject_next("a an this these those"))  # (a clause joined with its own subject)
_CLOSE_QUOTE = re.compile(r"[\"\u201d]")
_DATA_SOURCE = re.compile(r"\b(?:data|figures|statistics|stats|estimates|calculations|records|tallies|tally|count|"
                          r"numbers|database|filings?|registers?)$", re.I)
_SKIP_BEFORE_VERB = frozenset("also later previously has had have earlier again repeatedly separately then once further "
                              "now still already too".split())
# an adverb in -ly between the source and its verb ("Ruiz jokingly said"), but not a noun in -ly
_OPENS_QUOTE = re.compile(r"\s*[,:]?\s*[\"\u201c]")
_LY_ADVERB = re.compile(r"(?!(?:family|assembly|anomaly|monopoly|supply|weekly|monthly|quarterly|homily|butterfly)\b)[a-z]{4,}ly")
_LY_TAIL = re.compile(r"\s+" + _LY_ADVERB.pattern + "$")
_PREAMBLE_START = re.compile(
    r"^\s*[\"\u201c]?(?:[A-Z][a-z]+ing\b|In\b|On\b|At\b|Asked\b|Earlier\b|Later\b|Separately\b|Meanwhile\b|"
    r"However\b|But\b|And\b|Also\b|Last\b|This\b|Speaking\b|Responding\b|Writing\b|After\b|Before\b|"
    r"During\b|From\b|Since\b|Elsewhere\b|Still\b|Yet\b|Overall\b|Instead\b|"
    r"Once\b|When\b|While\b|Although\b|Though\b|Despite\b|Because\b|Until\b)"  # ("Once the bill passes, X hopes ...")
)
_CONCESSION = re.compile(r"\s*[\"\u201c]?(?:Although|Though|While|Despite)\b")
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EXTRAS = re.compile(
    r"(?:\s*,?\s+(?:"
    rf"(?:late\s+|early\s+)?on\s+{_DAYS}(?:\s+(?:night|morning|evening|afternoon))?"
    r"|in\s+(?:an?|the|his|her|their|its)\s+(?:\w+\s+)?(?:statement|interview|speech|post|letter|report|note|briefing|email|e-mail|tweet|message|address|video|announcement|filing|update)"
    r"|on\s+(?:Twitter|X|Facebook|Telegram|Instagram|social\s+media|television|TV|state\s+TV|radio)"
    r"|(?:last|on\s+\w+)\s+night|later|afterwards|afterward|then"
    # ("said Tuesday his actions ...", "announced Thursday that", "said one year ago that")
    rf"|(?:{_DAYS}|yesterday|today|tonight|earlier|recently|previously|(?:this|last)\s+(?:{_DAYS}|week|month|year|morning|"
    r"afternoon|evening|night|spring|summer|fall|autumn|winter|weekend|time)|(?:[\w-]+\s+)?(?:days?|weeks?|months?|years?)\s+ago)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:at|during|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|summit|meeting|hearing|event|rally|session|forum|"
    r"debate|interview|speech|appearance|ceremony|dinner|convention|caucus|town\s+hall)"
    r"|(?:to|in)\s+(?:Reuters|reporters|journalists|the\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
    r"|by\s+(?:phone|telephone)"
    # ("has said for months that", "said for the first time that", "has said from the start that")
    r"|for\s+(?:the\s+(?:first|second|third|last)\s+time|(?:several\s+|many\s+)?(?:days|weeks|months|years|decades))"
    r"|from\s+the\s+(?:start|outset|beginning)|(?:at\s+the\s+time|in\s+the\s+past)(?=\s+that\b|,)"  # (not "at the time the X was")
    # ("in an interview with NBC News on Thursday the situation ...", 'said of the decision "They ..."')
    r"|with\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*(?=,|\s+(?:on|in|at|that|last|this|earlier|after|before|during)\b)|of\s+[^,;:\"\u201c\u201d]{1,80}?(?=,?\s*[\"\u201c])"
    r"))+"
)
_TOLD_OBJ = re.compile(
    # ("told her aides that", "told the raucous crowd in Iowa": a described hearer before the clause,
    # before "her" alone is taken for the hearer)
    r"\s+(?:(?:his|her|their|its|our|my|your|the|a|an)\s+(?:(?!(?:that|who|which|what|how)\b)[a-z][\w'\u2019-]*\s+){0,3}?"
    r"(?!(?:that|who|which|what|how)\b)[a-z][\w-]*(?=,?\s+(?:that|on|in|at|during|last|this|earlier)\b)|"
    r"Reuters|AFP|AP|Bloomberg|reporters|journalists|lawmakers|parliament|Parliament|Congress|"
    r"(?:analysts|investors|shareholders|legislators|senators|delegates|supporters|residents|students|voters|"
    r"workers|employees|staff|diplomats|officials|members|parliamentarians|lawmakers|audiences|crowds|listeners|viewers|"
    r"readers|followers|fans|guests|attendees|donors|him|her|them|us|me)\b|"
    r"(?:(?:co-)?host|anchor|moderator|interviewer|reporter|journalist|columnist)\s+(?:[A-Z][\w.&'-]*\s*)+|"
    r"the\s+(?:[A-Z][\w.&'-]*(?:\s+of(?=\s+[A-Z]))?\s*)+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|audience|meeting|crowd|rally|committee|hearing|summit|call|forum|panel)|"
    r"(?:[A-Z][\w.&'\u2019-]*)(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*)*"  # ("told The Star-Ledger of Newark")
    r"(?:(?<=['\u2019]s)\s+[\"\u201c][A-Z][^\"\u201c\u201d]{0,40}[\"\u201d])?)"  # ('told ABC\u2019s \u201cGood Morning America\u201d that')
)


# the finite verbs and modals that show a clause going on after a subject
_FINITE = r"(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must)"
# after an inverted verb, a description in lower case, then the name it describes, closing the sentence
_DESCRIBED_NAME = re.compile(r"\s+((?:the|an?)\s+(?:[a-z][\w'\u2019-]*\s+){0,5}[a-z][\w'\u2019-]*,\s+"
                             r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})()(?=\.?[\"\u201d]?\s*$)")
# a clause's subject and its finite verb, right after a verb of saying ("said the two cases were ...")
# (a name for its subject too, "said Kone's \u201cjudgment\u201d is in question"; not a day's: "said Tuesday as she was")
_SUBJECT_AND_VERB = re.compile(r"\s+(?:(?i:the|a|an|he|she|they|it|we|i|his|her|their|its|our|this|these|those)\s+|"
                               rf"(?!{_DAYS}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                               r"[A-Z][\w.'\u2019-]*\s+)"
                               r"(?:(?!(?i:as|when|while|after|before|because|since|if|who|which|that|but)\b)[\w'\u2019\u201c\u201d\"-]+\s+){0,8}?"
                               rf"{_FINITE}\b")
_CLAUSE_GOES_ON = re.compile(rf"\s+{_FINITE}\b")
_LAST_PRONOUN = re.compile(r"^(?!(?:On|In|At|By|For|From|After|Before|During|Since|Until|Then|Now|Later|Earlier|[A-Z][a-z]+ly)\b)"
                           r"(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+(he|she|they|we)$")
_NP_TIME_TAIL = re.compile(
    rf"(?:\s+(?:(?:late|early)\s+)?on\s+{_DAYS}|\s+(?:yesterday|today|earlier|last\s+week|this\s+week|in\s+a\s+statement))+$")


_NAME_NP = r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2})?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|of|de|van|von))*"
# a quotation opening the sentence (one or two marks: ''...,'' as typographic_quotes leaves it)
_LEADING_QUOTE = r"\s*(?P<q>[\"\u201c]{1,2}.{8,}?[,!?][\"\u201d]{1,2})\s+"
_AFTER_QUOTE = re.compile(
    _LEADING_QUOTE +
    rf"(?:(?P<np1>{_NAME_NP})\s+(?P<v1>[a-z]{{3,}}ed|went\s+on|shot\s+back)|(?P<v2>[a-z]{{3,}}ed)\s+(?P<np2>{_NAME_NP}))"
    r"(?:\s+[a-z-]+ly|\s+with\s+a\s+(?:laugh|smile|shrug|grin|chuckle|sigh|wink|nod))?"  # ("shot back with a laugh")
    r"(?:,\s+as\s+if\s[^\"\u201c\u201d]*)?"  # ('"...," Pell went on, as if he didn't hear her')
    # '..., who snuck onto the floor', '..., a delegate from Ohio': who the speaker is, after the name
    r"(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*(?=,))?(?:,\s+(?:who|whose|an?|the)\s[^\"\u201c\u201d]*)?"
    r"(?:,\s+[a-z]{3,}ing\s.*)?"  # '..., referring to his "formal settings."': what the speaker did as well
    r"\s*[.!]?\s*$")
# '"There are invertebrates with more spine," reads an editorial in The Herald': what a document says
_READS_AFTER_QUOTE = re.compile(
    _LEADING_QUOTE + r"(?P<v>reads|read)\s+(?P<np>(?:an?|the|one)\s[^\"\u201c\u201d]{3,120}?)"
    r"\s*[.!]?\s*$")
# 'He continued, "There will be ..."', 'Asked which county was his favourite, he demurred: "..."': before
# a quotation that ends the sentence, any past-tense verb of a name or a pronoun is how it was said
_BEFORE_QUOTE = re.compile(
    r"(?:[^\"\u201c\u201d]{0,160}?,\s+)?"
    rf"(?P<np>(?i:he|she|they|we)|{_NAME_NP})(?P<who>,\s+who\b[^\"\u201c\u201d]{{2,120}}?,)?\s+"
    r"(?:(?:then|also|later|again|simply|quickly)\s+)?"
    r"(?P<v>[a-z]{3,}ed(?:\s+to\s+(?:say|add|ask|note))?|began|went\s+on(?:\s+to\s+(?:say|add|ask|note))?|shot\s+back|wrote)\s*[,:]\s+(?P<q>[\"\u201c].{8,})$")
_WHEN_WORD = re.compile(rf"(?:{_DAYS}|January|February|March|April|June|July|August|September|October|November|"
                        r"December|Today|Yesterday|Tonight|Earlier|Later|Last|This|Next)\b", re.I)
# a document's finding set off at the sentence's end (", the poll found.", ", a new study shows.")
_FINDING_TAIL = re.compile(r",\s+(?P<np>(?:the|a|an|this|its|their|[A-Z][\w.'\u2019&-]*['\u2019]s)\s+(?:[\w./'\u2019&-]+\s+){0,5}?"
                           r"[\w-]+)\s+(?P<v>found|finds|showed|shows|concluded|concludes)\s*[.!]?\s*$")
_SAYING = re.compile(r",\s+(saying|warning|adding|arguing|insisting|predicting|promising|vowing)\s+(?:that\s+)?"
                     # 'tweeting at him, "..."', 'writing "...': a verb of writing with its quotation
                     r"|,\s+(writing|tweeting|posting)(?:\s+(?:at|to|on)\s+\w+)?,?\s+(?=[\"\u201c])")
_SENT_SUBJECT = re.compile(r"\s*((?:[A-Z][\w.'\u2019&-]*|of|the|and)(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|the|and|ten|van|von|de|al))*)\s+(?:[a-z]+ed|said|says|told|met|spoke|wrote)\b")


@dataclass(slots=True)
class Cue:
    np: tuple[int, int]  # relative to sentence
    verb: tuple[int, int]
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    how: CueForm
    verb_word: str
    reporter: tuple[tuple[int, int], ...] = ()  # as SyntaxCue's: a concession before a front cue


def _tokens_back(s: str, end: int, adverbs: bool = False) -> tuple[int, str]:
    """Start of the speaker NP ending at ``end`` and the kind of boundary before it; with
    ``adverbs``, any adverb in -ly before ``end`` is skipped too."""
    i = end
    # skip adverbs / auxiliaries between subject and verb: "the official also said"
    while True:
        m = re.search(r"(\S+)\s*$", s[:i])
        if m and (m.group(1).lower() in _SKIP_BEFORE_VERB or (adverbs and _LY_ADVERB.fullmatch(m.group(1)))):
            i = m.start(1)
            continue
        p = re.search(r"\s*\([^()]{1,40}\)\s*$", s[:i])  # "Rep. Elijah E. Cummings (D-Md.) said"
        if p and p.start() > 0:
            i = p.start()
            continue
        break
    np_end = i
    toks = list(re.finditer(r"[^\s,;:\"\u201c\u201d()\[\]\u2014\u2013]+", s[:np_end]))
    start = np_end
    boundary = "start"
    n = 0
    for m in reversed(toks):
        gap = s[m.end():start]
        if gap.strip():  # punctuation between tokens: boundary
            boundary = _boundary_kind(gap)
            break
        w = m.group(0)
        if w in ("-", "--", "_"):  # "LONDON, March 3 (Reuters) - X said": the dateline ends here
            boundary = "start"
            break
        if w.lower() == "and" and n and (before := _word_before(s, m.start())) and (
                (cap(nxt := s[start:].split()[0]) and cap(before)) or (is_role(nxt.lower()) and is_role(before.lower()))):
            # a run of names or of roles joined by "and" ("Kone and Lind", "president and CEO of X")
            start = m.start()
            n += 1
            continue
        if w.lower() in L.NP_STOP or w.lower() in L.SPEECH_VERBS or n >= 12 or (
                n == 0 and w.endswith("ed") and CUE_FAMILY.get(CUE_FORMS.get(w, "")) == "speech"):
            boundary = "stop"  # ("Wilton denied claims that ...": a verb before the "verb", which is a noun)
            break
        start = m.start()
        n += 1
    else:
        gap = s[:start]
        boundary = _boundary_kind(gap) if gap.strip() else "start"
    while start < np_end and s[start].isspace():
        start += 1
    return start, boundary if start < np_end else "none"


_APPOSITION = re.compile(r"(?<=[A-Za-z.])\s+[-\u2013\u2014]\s+[^-\u2013\u2014\"\u201c\u201d]{2,90}\s+[-\u2013\u2014]\s*$|"
                         r"(?<=[A-Za-z.])(?:\s*,\s+(?:meanwhile|however|though|too|also|instead|for\s+(?:his|her|its|their)\s+part))?"
                         r"\s*,\s+(?:(?:who|whose)\b[^,;:\"\u201c\u201d]{2,80}|whose\b[^;:\"\u201c\u201d]{2,140}|\d{1,3}|a\s+former\s+[^,;:\"\u201c\u201d]{2,60}),\s*$")
# (a sentence adverb set off by commas may come first: "Sanders, meanwhile, who sits at zero such endorsements, said")


# the words before an inserted "according to X" or "X said" that are no clause of their own: a
# subject of up to three words, or a clause cut after its auxiliary ("The team will, according to ...")
_INSERTED_IN = re.compile(r"(?:^\s*[\"\u201c]?(?:[\w.'\u2019-]+\s+){0,2}[\w.'\u2019-]+|\b(?:will|would|can|could|may|might|"
                          r"must|should|shall|is|are|was|were|has|have|had))\s*,?$")
# the conjunction that joins a cue's clause to the one before it ("..., while Pell said", "..., and Pell said")
_JOINED_BY = re.compile(r"[,;]\s*(?:while|but|whereas|yet|and)$"
                        r"|,?\s+(?:after|because|since|when|before|until|once|although|though)$")  # ("cut the levy after X said")
_COPULA_END = re.compile(r"\b(?:is|was|are|were)$")  # ("the reason is because X said": no clause before it)
# the clause an inserted "X said" interrupts goes on after it, with no subject of its own ("The
# levy, Kone said, will rise"; not "Back then, she said, her boss told her ...")
_CLAUSE_RESUMES = re.compile(r",\s+[\"\u201c\u2018']*(?!(?:the|a|an|he|she|they|it|we|i|you|her|his|their|its|our|my|there)\b)"
                             r"[a-z][\w'\u2019-]*\s+\S")
# "While X, that is cause for celebration, Kone said, because ...": a reason after the cue, whose
# content is before it
_REASON_NEXT = re.compile(r",\s+because\b(?!\s+of\b)")
_NP_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w'\u2019-]*\s+){0,4}[a-z][\w'\u2019-]*"
                            r"(?:\s+(?:of|for|in|at)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019&-]*\s*)+)?,\s+(?!(?:who|which|whose|whom|where)\b)")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which)\s[^,;:\"\u201c\u201d]{2,120},\s+")  # (", who spoke after the vote, ")
_VERB_IN = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|said|says|can|could|may|might|[a-z]+ed)\b")
_RELATIVE_LEFT = re.compile(r",\s+(which|who|whom|where)$")
# ... but a lone pronoun before it is no subject to keep ("That, the commission said, ...")
_LONE_PRONOUN = re.compile(r"\s*[\"\u201c]?(?:that|this|it|these|those|he|she|they|we|i)\s*,", re.I)
# a clause that opens the sentence with a subordinator and runs to the cue ("If the demands are not met,"
# before "Mr. Taylor warned, die-hard supporters plan to ..."), and the clause it leads going on after the
# set-off cue (not a second clause: "..., he said, but ...")
_FRONTED_CLAUSE = re.compile(r"\s*(?:If|Unless|While|Although|Though|Whereas|Even\s+(?:if|though|as)|Despite|Because|Since|"
                             r"When|Whenever|After|Before|Once|Until|As)\s[^,;:\"\u201c\u201d\u2014]+")
# a that-clause opened by a phrase that a comma sets off ("Turkish media reported that during the visit this
# week"): the clause goes on after the comma, so a name and a verb there are its subject and verb, no tail
_THAT_OPENED = re.compile(r"\bthat\s+(?:during|after|before|in|on|at|despite|since|amid|following|under|with|without|"
                          r"by|for|in\s+the\s+wake\s+of)\s[^,;:\"\u201c\u201d]+$")
_CLAUSE_AFTER_CUE = re.compile(r",\s+(?!(?:and|but|or|nor|so|yet|because|as|while|though|although|if|"
                               r"adding|saying|noting|citing|according|who|which|in|at|on)\b)[\w$]")
# a possessive, maybe with an adjective of the thing possessed ("the candidates' respective estimates")
_POSSESSED = re.compile(r"['\u2019]s?(?:\s+(?:respective|own|latest|new|previous|earlier|recent|initial|official|"
                        r"annual|original|updated|revised|preliminary|internal|separate|independent))?$")
# a description set off by commas, with a state's abbreviation after a town in it ("a Hollywood, Fla., rabbi")
_DESCRIPTION = re.compile(r"(?<=[A-Za-z.])\s*,\s+(?:the|a|an|[A-Z][\w.-]*['\u2019]s)\s+"  # (or "Lind's finance chairman")
                          r"(?:[^,;:\"\u201c\u201d]|,\s+[A-Z][A-Za-z.]{0,4}\.,){2,60},\s*$")


def _word_before(s: str, pos: int) -> str:
    """The word before ``pos`` ("" at the start)."""
    m = re.search(r"(\S+)\s*$", s[:pos])
    return m.group(1) if m else ""


def _boundary_kind(gap: str) -> str:
    g = gap.strip()
    if not g:
        return "start"
    if g[-1] in "\"\u201d" or (len(g) >= 2 and g[-2] in "\"\u201d"):
        return "quote"
    if set(g) <= set("\"\u201c"):
        return "start"
    if g[-1] == ",":
        return "comma"
    if g[-1] in ":;(\u2014\u2013":
        return "comma"
    return "other"


def _np_ok(np: str) -> bool:
    toks = TOKEN.findall(np)
    if not toks or len(toks) > 12:
        return False
    low = [t.lower() for t in toks]
    if len(toks) == 1 and low[0] in L.PRONOUNS:
        return low[0] != "i" or True
    if any(t in L.NP_STOP and not (t == "and" and 0 < i < len(toks) - 1 and cap(toks[i - 1]) and cap(toks[i + 1]))
           for i, t in enumerate(low)):
        return False
    if low[0] in L.CAP_FUNCTION and low[0] not in L.DETERMINERS:
        return False
    core = [t for t in toks if t.lower() not in L.DETERMINERS]
    if not core:
        return False
    if any(re.fullmatch(r"[^\w]+", t) and t not in ("&", "-", ".") for t in core):
        return False
    prep_at = next((i for i, t in enumerate(core) if t.lower() in PREPS and i > 0), len(core))
    head = strip_possessive(core[prep_at - 1].lower()) if prep_at else ""
    if is_role(head):
        return True
    # a capitalised name / organisation: every word before the preposition capitalised
    pre = core[:prep_at]
    if pre and all(namey(t) or t.lower() in ("of", "and", "&") for t in pre) and cap(pre[-1]):
        if pre[0].lower() in L.CAP_FUNCTION:
            return False
        return True
    # lowercase modifiers then a role and a name: "Manchester United manager Erik ten Hag",
    # "U.S. home goods retailer Harbor & Pine Co", "Oversight ranking Democrat Elijah Cummings"
    if any(t.lower() in L.PERSON_ROLES or t.lower() in L.BODY_ROLES or t.lower() in L.PARTY_MEMBERS for t in pre) and namey(pre[-1]) and \
            any(cap(t) for t in pre):
        return True
    # a participle or adjective after the head: "economists polled by Reuters", "people familiar with"
    if len(pre) >= 2 and any(is_role(t) for t in pre[:2]) and (
            re.fullmatch(r"[a-z]+(?:ed|ar|ing|ent|ble)", pre[-1]) or pre[-1] in ("close", "near", "loyal", "allied", "opposed")):
        return True
    # lower-case description + full name: "his wife Stella Assange", "veteran striker John Smith"
    if len(pre) >= 3 and cap(pre[-1]) and cap(pre[-2]) and not any(cap(t) for t in pre[:-2]) and len(pre) <= 6:
        return True
    # a short definite description: "the district", "the 20-times Grand Slam champion"
    if toks[0].lower() in ("the", "his", "her", "its", "their") and 2 <= len(toks) <= 6 and \
            re.fullmatch(r"[a-z][a-z-]+", toks[-1]) and not toks[-1].endswith("ly"):
        return True
    return False


def _cue_words_end(s: str, vend: int, verb: str) -> int:
    """Where the attribution's own words after the verb end ("told Reuters on Monday in a
    statement")."""
    i = vend
    if verb in ("told", "tells"):
        m = _TOLD_OBJ.match(s, i)
        if m:
            i = m.end()
            while i > vend and s[i - 1].isspace():
                i -= 1  # (the hearer's trailing space is the next phrase's: "told the Herald last week")
    m = _EXTRAS.match(s, i)
    return m.end() if m else i


def _after_verb(s: str, vend: int, verb: str) -> int:
    """Skip what belongs to the attribution after the verb; return where content starts."""
    i = _cue_words_end(s, vend, verb)
    # (after the cue's own words, _EXTRAS: "said on its blog that"; with commas only a phrase of when or
    # where closed by one: "said Thursday during a taping in Buffalo, New York, that")
    # ("told the Times in an interview published on Monday that": the interview's, too)
    m = re.match(r"\s*,?\s*(?:(?:(?:published|broadcast|aired|posted|released|recorded|conducted)\s+)?"
                 r"(?:on|in|at|via|during|through|over|from|to|while|after|before|outside|inside|near|beside)\s+"
                 r"[^,;:\"\u201c\u201d]{1,50}?\s+)?that\s+", s[i:]) \
        or re.match(r"\s*,?\s*(?:(?:on|in|at|during|while|after|before)\s+[^;:\"\u201c\u201d]{1,90}?)?,\s*that\s+", s[i:])
    if m:
        return i + m.end()
    m = re.match(r"\s*[:,]?\s*", s[i:])
    return i + (m.end() if m else 0)


def _quotation_only(s: str, vend: int, span: tuple[int, int]) -> tuple[int, int]:
    """'as she said, "I am sick of it" about the record, Ruiz jabbed at her': a quotation set off
    after the verb that closes before the sentence goes on is all the speaker said (not 'has said
    that "a wise judge" can bring ...', a few words quoted inside the speaker's clause)."""
    if not re.match(r"\s*[,:]\s*[\"\u201c]", s[vend:span[0] + 1]):
        return span
    close = re.search(r"[\"\u201d]", s[span[0]:span[1]])
    if close is None or len(re.findall(r"\w+", s[span[0] + close.end():span[1]])) < 2:
        return span
    return _strip_span(s, span[0], span[0] + close.start())


# "warned that", "warned on Monday that", "predicted at the GOP debate that" (not "promised to veto
# any bill that": a relative clause)
_THAT_NEXT = re.compile(r"\s*(?:(?:on|at|in|during|after|before|last|this|early|late)\s+[^,;\"\u201c]{1,40}?\s+)?that\s*")
_LEAD_ADVERB = re.compile(r"(?:then|now|later|finally)\s+(?=[A-Z])")
_COUNTED_BEFORE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|first|last|other|both|all|several|"
                             r"many|some|few|those|these|swing|early|key|battleground|southern|northern|western|eastern)\s+$", re.I)
_SAID_QUOTE_END = re.compile(r"[,?!][\"\u201d]\s*$")  # '"...," X continued' (not 'the "Never Trump" movement continues')


# a clause after a semicolon that opens with a source of its own and its verb ("...; Marsh's letter said he ...")
_OWN_SOURCE_SAYS = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,4}?\s+(?:said|says|told|tells|added|wrote|writes|"
                              r"argued|insisted|warned|stated|replied|countered|responded)\s")


def _tail_extent(s: str, vend: int, verb: str) -> tuple[int, list[tuple[int, int]]]:
    """End of a tail attribution after the verb and any ', adding that ...' content."""
    i = _cue_words_end(s, vend, verb)
    extra: list[tuple[int, int]] = []
    m = re.match(r"\s*,\s*(?:adding|saying|noting|warning|stressing|insisting|arguing|explaining)\s+(?:that\s+)?", s[i:])
    if m:
        cs = i + m.end()
        ce = len(s.rstrip().rstrip(".!?\"\u201d"))
        if ce > cs:
            extra.append((cs, ce))
            return ce, extra
    # '"We are ready," Ada Kone said, "and we will win in May."': the quotation goes on after the cue (and after
    # where it was said: 'Kone told reporters in Ostby, "and ..."')
    m = re.match(r"(?:\s+(?:in|at|outside|near)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})?\s*,\s*[\"\u201c]", s[i:])
    if m:
        close = _CLOSE_QUOTE.search(s, i + m.end())
        cs, ce = _strip_span(s, i + m.end(), close.start() if close else len(s))
        if ce - cs > 3:
            extra.append((cs, ce))
            return i, extra
    return i, extra


def _strip_span(s: str, a: int, b: int) -> tuple[int, int]:
    """A content span without the quotation marks and the punctuation that joins it to its cue."""
    return trim_span(s, a, b, QUOTE_MARKS + ",:", QUOTE_MARKS + ",:;")


PARENS = re.compile(r"\s*\([^()]{1,40}(?:\)|$)")
# (lower-case words only of a title: "Former secretary of state Ada Kone:")
_TITLE_WORD = "|".join(sorted(L.PERSON_ROLES | L.ROLE_MODIFIERS | {"of", "the", "for", "and"}))
_COLON = re.compile(r"\s*[\"\u201c]?(?:(?:More\s+)?[Ff]rom\s+)?((?:(?:[A-Z][\w.'\u2019&-]*|" + _TITLE_WORD
                    + r")\s+){0,6}[A-Z][\w.'\u2019&-]*)(?:\s*\([^()]{1,20}\))?\s*:(?:\s+(?=\S)|(?=[\"\u201c]))")
# '... for Republican contests - Philip Bump: "Two weeks ago ..."': a name and a quotation after a dash
_DASH_COLON = re.compile(r".*\s[-\u2013\u2014]\s+(?=[A-Z][^:]{1,80}:\s*[\"\u201c])")
COLON_QUOTE = re.compile(r":\s*[\"\u201c]")
TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,2}")  # "FALLIN: ...", "SEN. KAINE: ..."


_KEEP_PERIOD = re.compile(r"(?:\b(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros|St|Mt)|\b(?:[A-Z]\.){2,}|\b[A-Z])\.$")


def final_period(np: str) -> str:
    """A sentence's last word keeps no full stop in a speaker ("told NBC." -> NBC), unless it is
    an abbreviation ("Jr.", "Inc.", "U.S.")."""
    np = np.rstrip()
    return np[:-1] if np.endswith(".") and not _KEEP_PERIOD.search(np) else np


# words that join the parts of a name or a body's name ("Mara Lind and Jon Pike", "Center for ...")
_NAME_JOINS = frozenset("and & of the de van von al bin".split())


def _heading(label: str) -> bool:
    """'CLARIFICATION:', 'Editor's note:', 'Veto Power Impedes Peace Efforts:': a section heading,
    nobody speaking. A heading of four or more capitalised words names no role, title or body."""
    words = label.split()
    if any(w.lower().strip(".") in L.EDITORIAL for w in words):
        return True
    low = [w.lower().strip(".,") for w in words]
    body = any(w in L.PERSON_ROLES or w in L.BODY_ROLES or w in L.ORG_WORDS for w in low)
    if any((w in L.CAP_FUNCTION or (not body and not words[k + 1][:1].isupper())) and w not in _NAME_JOINS
           and not (body and w in ("for", "on", "at", "in")) for k, w in enumerate(low[1:])):
        return True  # "The Gap Goes On", "Stealth Over Health", "Little Relief for Refugees"
    return len(words) >= 4 and not any(w in L.PERSON_ROLES or w in L.BODY_ROLES or w in L.ORG_WORDS
                                       or w in TITLES or w in ("of", "for", "and", "the")
                                       for w in low)


# a name set off by a comma that ends the sentence (", Mara Osei.")
_NAME_CLOSING = re.compile(r",\s+(" + SET_OFF_NAME + r")\s*[.!?]?[\"\u201d]?\s*$")


def colon_cue(s: str) -> Cue | None:
    """"McCaul: If elected, Clinton could be impeached", "TAPPER: ...": a name, a colon, what
    the name says (headline and transcript form)."""
    m = _COLON.match(s)
    if m is None and (dash := _DASH_COLON.match(s)):
        m = _COLON.match(s, dash.end())
    if not m or _SAID_FIRST.match(s) \
            or len(m.group(1)) == 1:  # ("Q: You said ...", "A: I think ...": a transcript's turn, see interview.py)
        return None
    return _label_cue(s, m, (m.end(1), m.end(1) + 1))


def _label_cue(s: str, m: re.Match, verb: tuple[int, int]) -> Cue | None:
    """The cue of a label (group 1 of ``m``, which ends after its colon) and what follows it to the end: none
    when the label names nobody (a heading, a function word) or fewer than three words follow."""
    if not _np_ok(m.group(1)) or m.group(1).lower() in L.CAP_FUNCTION or _heading(m.group(1)):
        return None
    cs, ce = _strip_span(s, m.end(), len(s))
    if len(s[cs:ce].split()) < 3:
        return None
    return Cue(m.span(1), verb, (m.start(1), m.end()), [(cs, ce)], CueForm.COLON, ":")


# whom a headline's name spoke to, no verb ("Kone to Resign: ..." says what she will do): a determiner, a
# plural, a participle, an acronym ("to the Council", "to Farmers", "to Planned Parenthood", "to NATO")
_NO_VERB = r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s|[A-Z][a-z]*(?<![su]s)s\b|[A-Z][a-z]*(?<!e)ed\b|[A-Z]{2,}\b)"
# a headline's name, whom or what it spoke to or on, a colon: "Kone to Farmers: ...", "Kone on the Levy: ...",
# "Former Mayor Kone at Rally: ..."
_ADDRESSED = re.compile(r"\s*((?:(?:[A-Z][\w.'\u2019&-]*|" + _TITLE_WORD + r")\s+){0,3}[A-Z][\w.'\u2019&-]*)\s+"
                        r"(?:[Tt]o\s+(?=" + _NO_VERB + r")|[Oo]n\s+|[Aa]t\s+)[^:;\"\u201c\u201d]{2,60}?:\s+(?=\S)")


def addressed_cue(s: str) -> Cue | None:
    """"Kone to Farmers: Subsidies will stay": a headline's name, whom or what it spoke to or on, a colon, what
    the name says (the caller checks that the article names the speaker again: not "Road to Recovery: ...")."""
    m = _ADDRESSED.match(s)
    return _label_cue(s, m, (m.end(1), m.end() - 1)) if m else None


# a clause, a colon, then one quotation to the sentence's end ('Ostby continued: "A. B."')
# (a doubled mark is one: ''...'' as typographic_quotes leaves it)
_CLAUSE_COLON_QUOTE = re.compile(r"([^:\"\u201c\u201d]{3,200}?):\s*[\"\u201c]{1,2}([^\"\u201c\u201d]{2,}?)[\"\u201d]{1,2}\s*[.!?]?\s*$")


def colon_quotation_span(s: str) -> tuple[int, int] | None:
    """The quotation (relative offsets, without its marks) of a sentence that is a clause, a
    colon and one quotation running to its end; the clause's subject says it (see
    :func:`tree.colon_quotation`)."""
    m = _CLAUSE_COLON_QUOTE.fullmatch(s)
    if m is None or len(m.group(1).split()) < 2:  # ('Jones: "..."' is the label form, :func:`colon_cue`)
        return None
    cs, ce = _strip_span(s, m.start(2), m.end(2))
    return (cs, ce) if len(s[cs:ce].split()) >= 3 else None


def dash_cue(s: str) -> Cue | None:
    """A quotation signed with a dash and a name at the end of the sentence (a pull quote, an
    epigraph): the name says the quotation."""
    m = DASH_SIGNED.search(s)
    if m is None or not _np_ok(m.group(1)) or len(m.group(1).split()) < 2:
        return None
    lead = len(s) - len(s.lstrip())
    cs, ce = _strip_span(s, lead, m.start() + 1)
    if len(s[cs:ce].split()) < 2:
        return None
    return Cue(m.span(1), (m.start() + 1, m.start(1)), (m.start() + 1, m.end()), [(cs, ce)], CueForm.QUOTE,
               s[m.start() + 1:m.start(1)].strip())


# a sentence that is only its cue ('"...." Tom Pell told reporters.': a stop where the comma belongs)
BARE_CUE = re.compile(r"\s*(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+"
                      r"(?P<v>said|says|added|adds|wrote|writes|told reporters|explained|continued)\s*\.\s*")
# a line that introduces the paragraph after it ("Hewitt writes:", "In a post, Wallnau wrote:", "One
# activist echoed:", "Breitbart News responded:"): who, a finite verb of saying, where or to whom, and the colon
_INTRO_VERBS = sorted({f for f, lemma in CUE_FORMS.items() if CUE_FAMILY.get(lemma) == "speech" and f != lemma
                       and not f.endswith("ing")} | {"issued", "issues", "continued", "continues"},
                      key=lambda f: (-len(f), f))
# (not an instruction to the reader, "Listen to Swanson's remarks below:", nor a noun: "Pell's comments")
INTRO_LINE = re.compile(r"(?:[^:,]*,\s+)?(?!(?:While|When|As|But|And|So|Then|After|Before|Watch|See|Read|Listen|Click|Here)\s)"
                        r"(?P<np>(?:[\w.'\u2019-]+\s+){0,4}?[\w.'\u2019-]+)(?<!['\u2019]s)(?<!\bthe)(?<!\bhis)(?<!\bher)"
                        r"(?<!\btheir)(?<!\bits)\s+(?:also\s+|then\s+)?"
                        rf"(?P<v>{'|'.join(_INTRO_VERBS)})(?:\s+[^:]{{1,60}})?\s*:\s*")
# a line that is only who and a finite verb of saying ("Kone disagreed.", "The State University's Ada Kone
# agreed."): with a quotation after it, the quotation is theirs
BARE_LINE = re.compile(r"\s*(?P<np>He|She|They|(?:The\s+)?(?!(?:It|This|That|There|Here|What|Which|Who)\s)[A-Z][\w.'\u2019-]*"
                       r"(?:\s+[A-Z][\w.'\u2019-]*){0,5})"
                       rf"\s+(?:also\s+|then\s+)?(?P<v>{'|'.join(_INTRO_VERBS)})\s*\.\s*")
# who said a quotation before, named in the sentence after it: a few words of a role in lower case, then the
# capitalised name ("harbour master Tor Lind", "Sen. Ada Kone")
_WHO_SAID = r"(?P<np>(?:[a-z][\w'\u2019-]*\s+){0,3}(?:[A-Z][\w.'\u2019-]*\s+){0,6}?[A-Z][\w.'\u2019-]*?)"
# a sentence naming who said the quotation before it ('"...." The remark came from Sen. Ada Kone of
# Norburg, who ...'): the words, where they came from, and who (up to a comma, "of" or "who")
CAME_FROM = re.compile(r"\s*(?:The|That|This|Those|These)\s+(?:[a-z-]+\s+)?(?:line|lines|remarks?|comments?|words|reminder|"
                       r"warnings?|message|quip|jab|retort|assessment|admission|plea|rebuke|criticism|response|"
                       r"predictions?|statement|sentiment|verdict|vow|pledge|promise)\s+(?P<v>came|comes)\s+from\s+"
                       + _WHO_SAID + r"(?=\s*[,;]|\.?\s*$|\s+(?:of|who|in|at|on)\b)")
# ... or how who put it ('"...." That was how Labor Secretary Ada Kone framed it at a briefing.')
HOW_PUT = re.compile(r"\s*(?:That|This|Such)\s+(?:was|is)\s+how\s+" + _WHO_SAID
                     + r"(?:,[^,]{1,80},)?\s+(?P<v>put|framed|described|summed\s+up|explained|characteri[sz]ed)\s+(?:it|the\s+\w+)\b")
# a line that is only a dash and who ("- Bernie Sanders.", "-President Obama, tweeting after the speech."):
# after a paragraph that is only a quotation, the quotation's source (the form of a fact-check's claims)
DASH_LINE = re.compile(r"\s*(?P<v>[-\u2013\u2014])\s*(?P<np>[A-Z][\w.'\u2019-]*?(?:\s+[A-Z][\w.'\u2019-]*?){0,4})"
                       r"(?:,\s*[^.\"\u201c\u201d]{1,80})?\.?\s*")
# 'Said Kone, "The levy is a disaster."', 'Added Pell: "..."': the verb first, then who, then the quotation
_SAID_FIRST = re.compile(r"(?P<v>Said|Says|Added|Adds|Wrote|Writes|Explained|Recalled|Tweeted)\s+"
                         r"(?P<np>[A-Z][^,:;\"\u201c\u201d]{1,80}?)\s*[,:]\s*[\"\u201c]")


def find_cue(s: str) -> Cue | None:
    """The attribution cue of one sentence (relative offsets), if any."""
    if (m := _SAID_FIRST.match(s)) is not None:
        end = _CLOSE_QUOTE.search(s, m.end())
        cs, ce = _strip_span(s, m.end(), end.start() if end else len(s))
        if len(s[cs:ce].split()) >= 2:
            return Cue(m.span("np"), m.span("v"), (0, m.end("np")), [(cs, ce)], CueForm.INVERTED, m.group("v"))
    cands: list[Cue] = []
    for vm in _VERB_RE.finditer(s):
        verb = vm.group(1)
        vs, ve = vm.span()
        nxt = s[ve:ve + 30]
        if verb == "think" and re.match(r"\s+tanks?\b", nxt):
            continue  # "the center-left think tank Third Way": a noun
        if verb in ("states", "projects", "reports") and _COUNTED_BEFORE.search(s, 0, vs):
            continue  # "the first two states to vote", "all 50 states", "both reports": a noun
        if nxt.lstrip().startswith(")"):
            continue  # "Between 3,000 (police estimate) and 8,000 people": a noun closing an aside
        if verb in L.PLURAL_PRESENT_ONLY and s.endswith("to ", 0, vs):
            continue  # "something the party seemed to acknowledge by ...": an infinitive, no one's cue
        # "added momentum", "claimed the lives", "posted a loss": a transitive, non-speech use
        if verb in ("charged", "charges") and not re.match(r"\s+that\b", nxt):
            continue  # "was charged with", "faces charges of": only "charges that ..." says something
        if verb in ("added", "adds", "posted", "claimed", "claims", "reported", "estimated", "projected",
                    "revealed", "disclosed", "recalled", "observed", "agreed", "agrees", "expected",
                    "thought", "noted", "states", "projects") and re.match(r"\s+(?!that\b|on\b|in\b|to\b|by\b)[a-z$\d]", nxt):
            if not (verb in ("expected", "estimated", "projected") and re.match(r"\s+\w+\s+to\b", nxt)):
                continue
        if verb == "expected" and re.search(r"\b(?:is|are|was|were|be|been|being)\s*$", s[:vs]):
            continue  # "are expected to" is modality, not attribution
        # inverted: `"...," said X` / `..., said X, the ...`
        before = s[:vs].rstrip()
        closing = before[-1:] in ("\"", "\u201d") or before[-2:] in (",\"", ",\u201d")
        if before and before[-1] in ",\"\u201d" and (verb in ("said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "warned", "stated", "declared", "insisted", "argued", "continued", "replied", "asked")
                                                   or (closing and verb.endswith(("ed", "s")) and verb not in ("believes", "thinks", "hopes", "fears", "expects"))):
            # `"...," predicted Rep. Sherrod Brown`: right after a closing quotation mark, any cue verb
            m = re.match(r"\s+((?:the\s+|a\s+)?(?:[A-Z][\w.'\u2019&-]*|of|for|at|the|and)(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|for|at|the|and|[a-z]+(?=\s+[A-Z])))*)(?:\s+\([^()]{1,30}\))?(?:,(?!\s*(?:adding|saying|noting|arguing|insisting|explaining|warning|predicting|promising|vowing|calling|pointing)\b)\s*([^,.;\"\u201c]{2,80}))?(?=[,.;]|$|\s+who\s)", s[ve:]) \
                or _DESCRIBED_NAME.match(s[ve:])  # ('..., said the company's chief executive, Ivo Rask.')
            # ('..., said Mr. Trump was ...': "Mr" before its period is no name; '..., said Sen. Tom Whelk who
            # represents ...': a relative clause with no comma after the name)
            if m and _np_ok(m.group(1).rsplit(", ", 1)[-1]) and m.group(1).split()[-1].lower() not in TITLES \
                    and not _WHEN_WORD.match(m.group(1)) and not re.match(r"(?:of|for|at|and)\b", m.group(1)):
                # ('..., R-Ky., said Tuesday': when, not who; '..., said of RT': about whom)
                np_s, np_e = ve + m.start(1), ve + m.end(2 if m.group(2) else 1)
                cs, ce = _strip_span(s, 0, len(before))
                if ce > cs:
                    cands.append(Cue((np_s, np_e), (vs, ve), (ce, ve + m.end()), [(cs, ce)], CueForm.INVERTED, verb))
                    continue
        # "Whitfield, who took over in October, said", "Wrobel, 39, said": the apposition is skipped
        appo = _APPOSITION.search(s, 0, vs)
        # ("Ruiz jokingly said, “...": before a quotation the parse may misread, any -ly adverb)
        quote_follows = bool(_OPENS_QUOTE.match(s, ve))
        np_s, boundary = _tokens_back(s, appo.start() if appo else vs, adverbs=quote_follows)
        desc = None if appo else _DESCRIPTION.search(s, 0, vs)
        if desc and not _np_ok(s[np_s:vs].strip()):
            # "Sydney Metro, the state agency running the project, said": the name before the description
            d_s, d_boundary = _tokens_back(s, desc.start())
            if d_boundary != "none" and _np_ok(s[d_s:desc.start()].strip()) and cap(s[d_s:desc.start()].split()[-1]):
                appo, np_s, boundary = desc, d_s, d_boundary
        if boundary == "none" or (verb in L.AFTER_QUOTE_ONLY and not _SAID_QUOTE_END.search(s, 0, np_s)
                                  and not COLON_QUOTE.match(s, ve)):  # ('X continues: "..."')
            continue
        np_text = s[np_s:appo.start() if appo else vs].strip()
        np_text = re.sub(r"\s*\([^()]{1,40}\)$", "", np_text)  # "Rep. Elijah E. Cummings (D-Md.)"
        if _POSSESSED.search(np_text):
            continue  # "analysts' estimates", "the company's forecasts": a possessive is no subject
        # drop adverbs that _tokens_back skipped
        np_text = re.sub(r"(?:\s+(?:" + "|".join(_SKIP_BEFORE_VERB) + (("|" + _LY_ADVERB.pattern) if quote_follows else "")
                         + r"))+$", "", np_text)
        np_text = _NP_TIME_TAIL.sub("", np_text)
        if (lead := _LEAD_ADVERB.match(np_text)) is not None:  # "and then Pell continues: ..."
            np_s, np_text = np_s + lead.end(), np_text[lead.end():]
        if (own := _LAST_PRONOUN.search(np_text)) is not None:
            # "... told The Herald she thinks": the pronoun alone is the subject (the words before it are the
            # hearer of another verb)
            np_s, np_text = np_s + own.start(1), own.group(1)
        if not _np_ok(np_text):
            continue
        np_text = _LY_TAIL.sub("", np_text)  # ("the government in Ostland finally acknowledged": the adverb is the verb's)
        np_e = np_s + len(np_text)
        left = s[:np_s].rstrip().rstrip(",").rstrip()
        if boundary == "comma" and (_INSERTED_IN.search(left) or _RELATIVE_LEFT.search(left)) and not _PREAMBLE_START.match(s) \
                and _CLAUSE_RESUMES.match(s, ve) and not _LONE_PRONOUN.match(s) and not left.endswith(("\"", "\u201d")):
            # set off inside its clause ("The plant will, the company said, close in May"): the clause around it;
            # inside a relative clause, that clause alone ("The park is near the stadium, which, Kone said, is
            # full on game days": the rest is the writer's)
            rel = _RELATIVE_LEFT.search(left)
            cs, ce = _strip_span(s, rel.start(1) if rel else 0, len(s))
            mine = (_strip_span(s, 0, rel.start()),) if rel else ()
            cands.append(Cue((np_s, np_e), (vs, ve), (np_s, ve), [(cs, ce)], CueForm.FRONT, verb, mine))
            continue
        if boundary == "comma" and _FRONTED_CLAUSE.fullmatch(left) and _CLAUSE_AFTER_CUE.match(s, ve):
            # "If the demands are not met, Mr. Taylor warned, die-hard supporters plan to leave": the
            # condition and the clause it leads are his, around the cue
            cs, ce = _strip_span(s, 0, len(s))
            cands.append(Cue((np_s, np_e), (vs, ve), (np_s, ve), [(cs, ce)], CueForm.FRONT, verb))
            continue
        if boundary in ("quote", "comma"):
            preamble = boundary == "comma" and (
                _PREAMBLE_START.match(left) or len(left.split()) <= 3
                or re.match(r"\s+that\s", s[ve:])  # "Although ..., officials say that ...": the content follows
            ) and not re.search(r"[\"\u201d]\s*$", left) and not _REASON_NEXT.match(s, ve)
            content_after = _after_verb(s, ve, verb)
            rest = s[content_after:].strip().strip(".!?\"\u201d ")
            if preamble and len(rest.split()) >= 3:
                # "Although a city official said X, police say Y": a concession is the reporter's own
                mine = (_strip_span(s, 0, len(left)),) if _CONCESSION.match(left) else ()
                span = _strip_span(s, content_after, len(s))
                if verb in L.KIND_VERBS and s.startswith("to ", span[0]):
                    span = (np_s, span[1])  # ("At rally after rally, he vows to impose ...": the vow whole)
                cands.append(Cue((np_s, np_e), (vs, ve), (np_s, content_after), [span], CueForm.FRONT, verb, mine))
                continue
            if boundary == "comma" and (qm := re.match(r"\s*[\"\u201c]", s[ve:])) is not None:
                # '..., while discussing a tweet, Rep. Ryan said "anti-Semitic images, they've got no place in
                # a campaign."': the quotation right after the verb is what was said, not the phrase before
                close = _CLOSE_QUOTE.search(s, ve + qm.end())
                span = _strip_span(s, ve + qm.end(), close.start() if close else len(s))
                if len(s[span[0]:span[1]].split()) >= 3:
                    cands.append(Cue((np_s, np_e), (vs, ve), (np_s, ve), [span], CueForm.FRONT, verb))
                    continue
            if _CLAUSE_GOES_ON.match(s, ve) or (boundary == "comma" and _THAT_OPENED.search(left)):
                continue  # "the cause - gun control - he believes will define his career": inside a clause
            if boundary == "quote" and _SUBJECT_AND_VERB.match(s, _cue_words_end(s, ve, verb)):
                continue  # ('... that "X got in trouble for far less," one of the prosecutors said the two cases were
                # different': what the verb says comes after it, the quotation before is another's)
            if boundary == "comma" and re.match(r"(?:[a-z]+\s+){1,2}what\s", np_text):
                continue  # ("..., below what many analysts had expected": a comparison, nobody's closing cue)
            end, extra = _tail_extent(s, ve, verb)
            cs, ce = _strip_span(s, 0, len(left))
            if boundary == "quote" and (q := colon_quotation_span(left)) is not None:
                cs, ce = q  # ('Kone read it differently: "...," she said': what she said is the quotation)
            if ce > cs:
                how = CueForm.QUOTE if boundary == "quote" else CueForm.TAIL
                cue_end = end if not extra else extra[0][0]
                cands.append(Cue((np_s, np_e), (vs, ve), (ce, cue_end), [(cs, ce)] + extra, how, verb))
            continue
        if boundary in ("start", "stop"):
            content_after = _after_verb(s, ve, verb)
            span = _strip_span(s, content_after, len(s))
            if span[1] - span[0] < 3:
                continue
            for semi in re.finditer(r";\s*", s[span[0]:span[1]]):
                rest = s[span[0] + semi.end():]
                other = find_cue(rest)
                if (other is not None and other.how in (CueForm.FRONT, CueForm.FRONT_INNER)
                        and not re.search(r"[,;:\"\u201c\u201d]", rest[:other.np[0]])) or _OWN_SOURCE_SAYS.match(rest):
                    # "Republicans say it would ...; Democrats and rights groups say it would ...": the second
                    # clause has a source of its own
                    span = _strip_span(s, span[0], span[0] + semi.start())
                    break
            span = _quotation_only(s, ve, span)
            if verb in L.KIND_VERBS and not _THAT_NEXT.fullmatch(s, ve, span[0]):
                # "X vowed to rebuild ...", "analysts expect rates to rise" ("warned that fares will
                # rise": the clause alone)
                span = (np_s, span[1])
            how = CueForm.FRONT if boundary == "start" else CueForm.FRONT_INNER
            mine: tuple[tuple[int, int], ...] = ()
            if boundary == "stop" and (joined := _JOINED_BY.search(left)) is not None \
                    and len(left[:joined.start()].split()) >= 4 and not _COPULA_END.search(left[:joined.start()]):
                # "The council approved the levy, but Pell said ...": the clause before is the reporter's
                mine = (_strip_span(s, 0, len(left[:joined.start()].rstrip(" ,;"))),)
            if boundary == "stop" and _RELATIVE_LEFT.search(left) \
                    and (close := MAIN_RESUMES.search(s, span[0], span[1])) is not None:
                # "The policy changes, which officials said will go into effect next month, will not affect current
                # students": what they said ends with the relative clause; the sentence around it is the reporter's
                span, mine = (span[0], close.start()), (*mine, _strip_span(s, 0, len(s)))
            cands.append(Cue((np_s, np_e), (vs, ve), (np_s, content_after), [span], how, verb, mine))
    for m in _ACCORDING.finditer(s):
        after = s[m.end():]
        # ("U.N. figures", "a speech Mrs. Clinton delivered": a period inside an abbreviation goes on)
        nm = re.match(r"((?:[^,.;\"\u201c\u201d]|\.(?=\w)|(?:(?<=\b[A-Z])|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr))|(?<=\bMrs)|"
                      r"(?<=\b(?:Sen|Rep|Gov|Gen)))\.(?=\s+[A-Za-z]))+)", after)
        if not nm:
            continue
        np_text = nm.group(1).strip()
        phrase_e = m.end() + len(np_text)  # the whole phrase: "according to Census Bureau figures"
        if m.group(0).startswith("per") and s[phrase_e:].strip(" .\"\u201d"):
            continue  # "per X" only at the end ("Guccifer said, per a translator, that ...": whose words?)
        # "according to LSEG data": where a number comes from; the sentence's own speaker, if any, comes first
        how = CueForm.ACCORDING
        data = _DATA_SOURCE.search(np_text)
        if data:
            how = CueForm.ACCORDING_DATA
            # "U.N. figures" -> U.N., "LSEG trading data" -> LSEG, "Census Bureau figures" -> Census Bureau
            # (but "the Bureau of Labor Statistics" is a name)
            owner = re.sub(r"(?:['\u2019]s)?\s+(?:[a-z][\w-]*\s+)?$", "", np_text[:data.start()])
            if owner and _np_ok(owner) and not np_text[data.start()].isupper():
                np_text = owner
        if not _np_ok(np_text) and not re.match(r"(?:an?|the)\s+", np_text):
            rel = re.search(r",?\s+who\s", np_text)
            if rel is None or not _np_ok(np_text[:rel.start()]):
                continue
            np_text = np_text[:rel.start()]  # "according to Republicans who critiqued the speech": the people
        np_s = m.end()
        if (named := _NAME_CLOSING.match(s, phrase_e)) and not data and is_role(np_text.split()[-1]):
            # "..., according to her spokeswoman, Mara Osei.": the role and the name after it, to the sentence's end
            np_text, phrase_e = s[np_s:named.end(1)], named.end(1)
        np_e = np_s + len(np_text)
        left = s[:m.start()].rstrip().rstrip(",")
        if re.search(r"\sthat$", left) and re.match(r",\s*\S+\s+\S+", s[phrase_e:]):
            if documentary(np_text) and issued_by(np_text) is None:
                continue  # ("The AP reported that, according to an analysis of her calendar, ...": its own analysis)
            # "The Herald has reported that, according to military sources, the minister has ordered ...":
            # what the sources say is the clause after it (the paper only passes it on)
            appo = _NP_APPOSITION.match(s, phrase_e)
            cs, ce = _strip_span(s, appo.end() if appo and not _VERB_IN.search(appo.group(0)) else phrase_e, len(s))
            cands.append(Cue((np_s, np_e), (m.start(), m.end()), (m.start(), cs), [(cs, ce)], how, "according to"))
        elif left.strip(" \"\u201c") and _INSERTED_IN.search(left) and re.match(r"(?:,|\s+[\"\u201c])\s*\S+\s+\S+", s[phrase_e:]):
            # set off inside its clause ("The plant, according to the company, will close in May", "The
            # team will, according to the statement, include ...", '... to the statement "include ..."'):
            # the clause around it, as one span
            cs, ce = _strip_span(s, 0, len(s))
            cands.append(Cue((np_s, np_e), (m.start(), m.end()), (m.start(), phrase_e), [(cs, ce)], how, "according to"))
        elif left.strip(" \"\u201c"):
            cs, ce = _strip_span(s, 0, len(left))
            # a clause joined after it: with its own subject, the reporter's ("The plant will close,
            # according to the company, and the port reopened ..."); else the source's too ("Pell leads by
            # 15 points, according to the poll, and has a small lead in Ohio")
            rest = _JOINED_REST.match(s, phrase_e)
            rest = _strip_span(s, rest.end(), len(s)) if rest and len(s[rest.end():].split()) >= 3 else None
            own = rest is not None and _OWN_SUBJECT.match(s, rest[0]) is not None
            cands.append(Cue((np_s, np_e), (m.start(), m.end()), (ce, phrase_e), [(cs, ce)] + ([rest] if rest and not own else []),
                             how, "according to", (rest,) if own else ()))
        else:  # ("According to Nordby Radio, the official broadcaster, ...": the apposition is the source's)
            # (and so is a relative clause on it: "According to Kone, who spoke after the vote, ...")
            appo = _NP_APPOSITION.match(s, phrase_e) or _RELATIVE_AFTER.match(s, phrase_e)
            cs, ce = _strip_span(s, appo.end() if appo and (not _VERB_IN.search(appo.group(0))
                                                           or appo.re is _RELATIVE_AFTER) else phrase_e, len(s))
            cands.append(Cue((np_s, np_e), (m.start(), m.end()), (m.start(), cs), [(cs, ce)], how, "according to"))
    if not cands:
        m = _SAYING.search(s)
        if m:
            sm = _SENT_SUBJECT.match(s)
            if sm and _np_ok(sm.group(1)):
                cs, ce = _strip_span(s, m.end(), len(s))
                if ce - cs > 3:
                    v = 1 if m.group(1) else 2
                    cands.append(Cue(sm.span(1), m.span(v), m.span(), [(cs, ce)], CueForm.SAYING, m.group(v)))
    if not cands:
        m = _AFTER_QUOTE.match(s)
        if m:
            # '"This is fantastic!" beamed Donald Hartley', '"France will always be France," an angry
            # Hollande retaliated': after a quotation, any past-tense verb with a name is how it was said
            np_g, v_g = ("np1", "v1") if m.group("np1") else ("np2", "v2")
            np_s, np_e = m.span(np_g)
            name = re.search(r"[A-Z]", s[np_s:np_e])  # "an angry Hollande" -> Hollande
            np_s += name.start() if name else 0
            if name and _np_ok(s[np_s:np_e]):
                cs, ce = _strip_span(s, 0, m.end("q"))
                how = CueForm.INVERTED if np_g == "np2" else CueForm.QUOTE
                cands.append(Cue((np_s, np_e), m.span(v_g), (ce, m.end()), [(cs, ce)], how, m.group(v_g)))
    if not cands:
        m = _READS_AFTER_QUOTE.match(s)
        if m:
            cs, ce = _strip_span(s, 0, m.end("q"))
            cands.append(Cue(m.span("np"), m.span("v"), (ce, m.end()), [(cs, ce)], CueForm.INVERTED, m.group("v")))
    if not cands:
        m = _BEFORE_QUOTE.match(s)
        single = m is not None and m.start("np") == 0 and " " not in m.group("np") and not m.group("who")
        # (a lone capitalised first word is as often a common noun: 'Sales climbed: "..."')
        if m and _np_ok(m.group("np")) and (not single or m.group("np").lower() in ("he", "she", "they", "we")):
            cs, ce = _strip_span(s, m.start("q"), len(s))
            if ce - cs > 8:
                cands.append(Cue(m.span("np"), m.span("v"), (m.start("np"), m.start("q")), [(cs, ce)], CueForm.FRONT, m.group("v")))
    if not cands and (m := _FINDING_TAIL.search(s)) is not None and documentary(m.group("np")):
        # "Just 29 percent approved of her handling of the economy, the poll found.": what a document
        # found, closing the sentence, whatever the parse made of the clause before it
        cs, ce = _strip_span(s, 0, m.start())
        if len(s[cs:ce].split()) >= 3:
            cands.append(Cue(m.span("np"), m.span("v"), (ce, m.end("v")), [(cs, ce)], CueForm.TAIL, m.group("v")))
    if not cands:
        return None
    if len(cands) > 1:
        # 'Villa recalled, "Out of nowhere, he said, ..."': a cue inside the quotation another cue opens is
        # the quoted speaker's own words, when that cue's content is the quotation
        shut = [(a, b) for a, b, closed in quote_regions(s, 0, len(s)) if closed]
        outside = [c for c in cands if not any(a < c.verb[0] < b and a > o.verb[1] for a, b in shut for o in cands)]
        if outside and all(s[c.content[0][0] - 1:c.content[0][0]] in QUOTE_MARKS for c in outside):
            cands = outside
    order = {CueForm.QUOTE: 0, CueForm.INVERTED: 0, CueForm.TAIL: 1, CueForm.ACCORDING: 1, CueForm.FRONT: 2,
             CueForm.SAYING: 2, CueForm.FRONT_INNER: 3, CueForm.ACCORDING_DATA: 4}
    cands.sort(key=lambda c: (order.get(c.how, 2), c.verb[0]))
    return cands[0]
