"""Attribution cues read off the dependency parse (stage 2 of the pipeline, with attribution).

For one sentence and its parse, :func:`find_cue` returns the attribution cue: the cue verb (of
speech, cognition or intention, see :mod:`_cues`), its source (the verb's subject, the agent of a
passive "was announced by X", the object of "according to", the noun a "who said" clause hangs
on) and its content (the verb's clausal complement; for verbs such as "accused", "warned of",
"cited", the rest of the verb phrase; for a cue inserted in a quotation, the clause it interrupts).
Offsets are relative to the sentence text. The resolution of the source mention to a speaker
(names, roles, pronouns, organisations) is :mod:`attribution`'s.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from claimledger.extraction import _cues as C
from claimledger.extraction import _lexicon as L
from claimledger.extraction.model import CueForm
from claimledger.extraction.mentions import SET_OFF_NAME, is_share
from claimledger.extraction.documents import documentary
from claimledger.extraction.sentences import QUOTE_MARKS
from claimledger.extraction.speech_forms import (CITED, POSSESSED, SIDE_SOURCE, SyntaxCue, contrast, according, adjective_verb, as_reported,
                                                  in_source, leading_clause, may_hold_a_view, not_source, phrasal,
                                                  possessed_claims, reported_within)
from claimledger.extraction.timex.lex import MONTH_FULL, WEEKDAYS
from claimledger.extraction.tree import agent as _agent
from claimledger.extraction.tree import by_gerund_verb as _by_gerund_verb
from claimledger.extraction.tree import cut as _cut
from claimledger.extraction.tree import depth as _depth
from claimledger.extraction.tree import nominal as _nominal
from claimledger.extraction.tree import noun as _noun
from claimledger.extraction.tree import np_start as _np_start
from claimledger.extraction.tree import np_tokens as _np_tokens
from claimledger.extraction.tree import proper_name as _proper_name
from claimledger.extraction.tree import span as _span
from claimledger.extraction.tree import that_clause as _that_clause
from claimledger.extraction.tree import perfect_participle as _perfect_participle
from claimledger.extraction.tree import to_infinitive as _to_infinitive
from claimledger.extraction.tree import token_at as _token_at
from claimledger.extraction.tree import verb as _verb
from claimledger.extraction.tree import QUOTED_FORMS, clause_on_phrase, has_modal, free_relative, subject_set_off_before, subject_on_opening, with_subject

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["SyntaxCue", "also", "find_cue", "find_cues", "may_hold_cue", "no_one_speaks", "speaking_to"]

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_CONTENT_DEPS = ("ccomp", "xcomp")
# a time that a preposition after "debated" may name ("on Tuesday night"): the temporal lexicon's months
# and weekdays, and the parts of a day
_TIME_WORD = re.compile("|".join([MONTH_FULL, *sorted(w for w in WEEKDAYS if w.endswith("day")), "night", "morning",
                                  "evening", "afternoon", "day", "week", "month", "year", "weekend", "tonight", "today"]))
_SKIP_OBJ_DEPS = ("dative", "npadvmod", "advmod", "aux", "auxpass", "neg", "punct", "cc", "mark", "prt")
_WORDS = frozenset(C.FORMS)
_WH = C.WH
# words of a time phrase ("on Tuesday", "last week", "this morning")
_WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today tonight morning
    afternoon evening night week weekend month year january february march april may june july august september
    october november december""".split())
_TELLS = frozenset("explain describe note reveal detail outline recall recount disclose".split())  # "explained why ..."
_JOINS = frozenset("but and or so yet because although though while whereas".split())
_LIKEN = frozenset("compare liken".split())
_LEAVES = frozenset("leave leaves left leaving".split())
_DOUBT = frozenset("question doubt dispute challenge".split())  # with a wh-clause: a stance, not a question


def may_hold_cue(sentence: str) -> bool:
    """A cheap test before parsing: does any word of the sentence look like a cue (a cue verb, a
    noun of communication after a light verb, an adjective of stance)?"""
    low = sentence.lower()
    if "according to" in low or re.search(r"\bputs? it\b", low):
        return True  # ("as Ola Holm put it": see speech_forms._put_it)
    words = {w.strip(".,;:!?\"\u201c\u201d()'") for w in low.replace("\u2019", "'").split()}
    if any(words & forms and (prt or prep) in words for forms, prt, prep, _ in C.PARTICLE_CUES):
        return True  # "came out against": the verb only with its particle ("came" alone is common)
    return bool(words & _WORDS) or bool(words & C.STANCE_ADJ) or bool(words & C.COMM_NOUNS and (
        words & C.LIGHT_VERBS or POSSESSED.search(low.replace("\u2019", "'")))) or bool("in" in words and words & CITED) \
        or SIDE_SOURCE.search(low) is not None  # (the slowest test last: "in Pell's view", see speech_forms.according)


def _issuer(doc_noun: "Token") -> "tuple[Token, str] | None":
    """"Greenberg released data that suggest ...", "Pew published a survey that shows ...": the
    subject that issued the document a relative clause of saying hangs on."""
    maker = doc_noun.head
    if doc_noun.lower_ in C.SOURCE_NOUNS | C.STATEMENT_NOUNS and doc_noun.dep_ == "dobj" and maker.lower_ in C.ISSUE_FORMS \
            and maker.i < doc_noun.i:
        by = next((c for c in maker.children if c.dep_ == "nsubj"), None)
        if by is not None and _nominal(by) and all(x.dep_ in ("aux", "neg", "punct", "prt") or x.tag_.startswith("RB") or x.i == by.i
                                                   for x in doc_noun.doc[by.right_edge.i + 1:maker.i]):  # ("Black Lives Matter issued")
            return by, "issuer"
    return None


def _sent_item(noun: "Token") -> "Token":
    """The thing sent, when the parse hangs what it says on its addressee ("Pell sent an email to
    supporters saying ..."); else ``noun``."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.dep_ in ("dative", "prep"):
        verb = noun.head.head
        sent = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in C.STATEMENT_NOUNS), None)
        if sent is not None and sent.i < noun.i:
            return sent
    return noun


def _described_name(desc: "Token") -> "Token | None":
    """The name a description is set off after by a comma ("Harold Doley, a banker and former Reagan
    administration official who has suggested ...": Doley, not Reagan), if any; not a name's own
    last word ("Democracy for America, an organization that ...")."""
    name = desc.head
    # (a description after where the person is of, "Sen. Tor Lind of Norburg, the committee's top Republican,
    # who said ...", which the parse may hang on the place)
    if name.dep_ == "pobj" and name.head.lower_ in ("of", "from") and name.head.head.tag_ in ("NNP", "NNPS") \
            and name.head.i == name.head.head.i + 1:
        place, name = name, name.head.head
    else:
        place = next((g for c in name.children if c.dep_ == "prep" and c.lower_ in ("of", "from") and c.i == name.i + 1
                      for g in c.children if g.dep_ == "pobj"), None)
    if desc.dep_ != "appos" or name.tag_ not in ("NNP", "NNPS") or not name.text[:1].isupper() \
            or not (desc.tag_ in ("NN", "NNS") or any(c.dep_ in ("det", "poss") for c in desc.children)) \
            or not (desc.left_edge.i == name.i + 2 or (place is not None and place.i == desc.left_edge.i - 2
                                                         and desc.doc[place.i + 1].text == ",")):
        return None
    first = name.left_edge.i
    inside = first > 1 and desc.doc[first - 1].lower_ in ("of", "for") and desc.doc[first - 2].tag_ in ("NNP", "NNPS")
    return None if inside else name


def _predicated_name(desc: "Token") -> "Token | None":
    """The name a description is said of with a copula ("Kone is a serial liar, ... and bully who
    has pledged to ...": Kone, not "bully"), if any; a name is its own ("Trump was out-brutalizing
    Ted Cruz, who said ...")."""
    if not desc.text[:1].islower():
        return None
    while desc.dep_ in ("appos", "conj") and desc.head.i != desc.i:
        desc = desc.head
    if desc.dep_ != "attr" or desc.head.lower_ not in ("is", "was", "are", "were", "'s", "\u2019s"):
        return None
    verb = desc.head
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # ("Trump regularly incites violence and is a serial liar, ... who ...": the first verb's)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.tag_ in ("NNP", "NNPS") else None


def _joined_in_relative(t: "Token", h: "Token") -> bool:
    """Cue ``t`` is joined to verb ``h`` of a relative clause on a person ("Kone, who came out and
    endorsed Pell"), ``h`` itself a verb and no cue (a cue there is the clause's own: "who endorsed X
    and said"; "delegates who may or may not pledge their support" is read with "may" as a verb)."""
    return t.dep_ == "conj" and h.dep_ == "relcl" and h.tag_.startswith("VB") and h.lower_ not in C.FORMS and any(
        c.dep_ == "nsubj" and c.lower_ == "who" for c in h.children)


def _relative_source(rel: "Token", subj: "Token") -> "tuple[Token, str] | None":
    """The source a relative clause ``rel`` whose subject is ``subj`` ("who", "which", "that") speaks
    for: the noun it hangs on, or the name that noun describes, or what issued it."""
    h = rel.head
    if subj.lower_ not in ("who", "which", "that") or not _noun(h):
        return None
    if subj.lower_ == "who" and h.dep_ == "pobj" and h.head.lower_ == "from" and h.head.head.dep_ == "appos" \
            and h.head.head.head.tag_ in ("NNP", "NNPS") and h.head.head.head.i < h.head.head.i:
        return h.head.head.head, "relative"  # ("Tor Lind, a Republican from Norburg, who told reporters": Lind, not where he is from)
    return _issuer(h) or (_described_name(h) or (_predicated_name(h) if subj.lower_ == "who" else None) or h, "relative")


def _says_after_passive(t: "Token") -> bool:
    """Whether verb of saying ``t``, joined to a passive verb, reports words of the passive's subject:
    "Kone was joined on stage by X and joked, '...'", "officials were angered by the deal and
    predicted that ..." (not "was found guilty by the court but found him not guilty", "the case was
    brought by X and seeks records")."""
    return t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and C.FAMILY.get(C.FORMS.get(t.lower_, "")) == "speech" \
        and (any(c.dep_ == "ccomp" for c in t.children) or _quote_after(t) is not None)


# who, besides a person or a body ``tree.agent`` knows, takes a side ("Others supported ...", "the campaign
# has responded", "a business entrepreneur who backed ...", "Another child responded"), and what they put
# out ("The ad supports ..."); not "pronouncements", "the overall backdrop", "rising rates"
_SIDE_TAKER = re.compile(r"^(?:others|campaigns?|communit(?:y|ies)|respondents?|child(?:ren)?|kids?|people|states?|"
                         r"countr(?:y|ies)|nations?|cit(?:y|ies)|"
                         + "|".join(sorted(C.STATEMENT_NOUNS | C.SOURCE_NOUNS))
                         + r")$|(?:er|or|ist|ian|ant|(?<!m)ent|eur|ee|man|men)s?$")


def _people_of(t: "Token") -> bool:
    """Whether ``t``'s "of" phrase names someone who can speak ("A number of members", "62 percent of voters")."""
    return any(_agent(g) for p in t.children if p.lower_ == "of" for g in p.children)


def _a_thing(src: "Token") -> bool:
    """A source that can hold no view: no person, body or name, nor a share of people ("the tone",
    "the overall backdrop"; not "Sanders", a name the tagger missed, nor "A number of members")."""
    return not _agent(src) and not src.text[:1].isupper() and not _people_of(src)


def _of_object(h: "Token") -> "Token | None":
    """The noun of ``h``'s "of" phrase ("The proportion of voters": voters)."""
    return next((x for p in h.children if p.lower_ == "of" for x in p.children if x.dep_ == "pobj"), None)


_SHARE_HEADS = frozenset("proportion share percentage number majority plurality minority half third quarter".split())


def _saying_people(t: "Token") -> bool:
    """A gerund of saying or thinking on a share of people, with a clause of its own: "The
    proportion of GOP voters saying they want a ban ..." (the voters say it)."""
    h = t.head
    if t.dep_ != "acl" or t.tag_ != "VBG" or not _noun(h) or C.FAMILY.get(C.FORMS.get(t.lower_, "")) not in ("speech", "cognition"):
        return False
    if not any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in t.children):
        return False
    # (only a share of people: the parse hangs the gerund on whatever noun is nearest, "emailed
    # supporters saying", "staff members suggesting", "during the convention showing")
    people = _of_object(h) if h.lower_ in _SHARE_HEADS else None
    return people is not None and (_agent(people) or people.tag_ in ("NNP", "NNPS"))


def _conceding_subject(t: "Token", subj: "Token") -> "Token | None":
    """The main clause's subject, when a "though"/"although" clause after it speaks with an "it"
    that can stand for it, a thing ("The constitution makes no mention of it, although it does say
    that ..."); None otherwise."""
    if t.dep_ != "advcl" or t.i < t.head.i or not any(c.dep_ == "mark" and c.lower_ in ("though", "although")
                                                       for c in t.children):
        return None
    main = next((c for c in t.head.children if c.dep_ == "nsubj" and c.i < t.head.i and _noun(c)), None)
    if main is None:
        return None
    # (a he or she is left to the article's names, which know whose sex it is)
    # ("Her pronouncements drove her antagonists to distraction, though they suspected ...": a "they"
    # may stand for the object)
    return main if subj.lower_ == "it" and main.tag_ == "NN" and not _agent(main) else None


# the conjunctions of time the parse takes for prepositions ("after Kone, asked about it, had said")
_TIME_CONJUNCTIONS = frozenset("after before since until once".split())


def _named_after_conjunction(t: "Token", h: "Token") -> "Token | None":
    """"The issue had come up after Mr. Kone, asked about the port, had said, '...'": the parse hangs
    the name on "after" as a preposition's object and "had said", with no subject of its own, on the
    main verb; the name is its subject (not the main clause's "The issue")."""
    if t.dep_ != "dep" or not any(c.dep_ == "aux" for c in t.children):  # (a verb with a subject of its own never comes here)
        return None
    conj = next((c for c in h.children if c.dep_ == "prep" and c.lower_ in _TIME_CONJUNCTIONS and h.i < c.i < t.i), None)
    return next((c for c in conj.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None) if conj is not None else None


def _source(t: "Token") -> tuple["Token | None", str]:
    """The source of cue verb ``t`` and how it was found."""
    kids = list(t.children)
    # ("he's predicted big wins": the parser may take the "'s" of "has" for a passive auxiliary)
    # ("who's called for 20,000 troops": the parse reads the "'s" of "has" as a passive's "is"; not "he's
    # called a genius", "'s called by")
    has_s = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s") for c in kids) and not any(
        c.dep_ in ("oprd", "attr", "agent") or (c.dep_ == "prep" and c.lower_ == "as") for c in kids) \
        and not any(x.lower_ == "by" for x in t.subtree)  # ("who's viewed as honest by half of voters")
    if any((c.dep_ == "nsubjpass" and not has_s) or (c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s")) for c in kids):
        if any(_by_gerund_verb(g) is not None for p in kids if p.lower_ == "as" for g in p.children):
            return None, ""  # "was quoted by Reuters as saying ...": the one quoted speaks, below
        agent = next((c for c in kids if c.dep_ == "agent"), None) or next((  # ("deemed a threat by the Home
            p for k in kids if k.dep_ in ("oprd", "attr") for p in k.children  # Office": the parse may hang
            if p.lower_ == "by" and any(g.dep_ == "pobj" and _agent(g) for g in p.children)), None)  # "by" on it)
        form = C.FORMS.get(t.lower_, "")
        if agent is not None and C.FAMILY.get(form) == "speech" and form not in C.AS_ONLY \
                and not (form == "rule" and not any(c.dep_ == "ccomp" for c in kids)):
            # ("the deciding vote could be cast by X"; "when ruled by General X", "ruled by a junta": governed)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, "passive"
        return None, ""
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) \
            and any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an", "any") for d in c.children) for c in kids):
        return None, ""  # "It is unusual for a sitting judge to weigh in": what anyone of a kind might do, nobody
        # saying anything (not "a reason for Kone to back Lind": hers)
    if _issued_saying(t) and (issued := _issuer(_sent_item(t.head))) is not None:
        return issued  # "The ministry put out a statement saying ...": who issued it
    if t.dep_ == "acl" and _main_verb_misparsed(t):
        # "Two analysts, X and Y, found that ...": the noun the parse hangs it on, or the phrase that opens the sentence
        return _misparsed_subject(t) or t.head, "subject"
    subjs = [c for c in kids if c.dep_ == "nsubj" or (has_s and c.dep_ == "nsubjpass")]  # two are a misparse: the nearest (test_quotations_and_roles)
    subj = max((c for c in subjs if c.i < t.i), key=lambda c: c.i, default=subjs[0] if subjs else None)
    if subj is not None and (first := min(subjs, key=lambda c: c.i)).i < subj.i and any(
            a.dep_ == "appos" and a.tag_ in ("NN", "NNS") and a.right_edge.i + 1 == subj.left_edge.i
            for a in first.children) and first.tag_ == "NNP" and t.doc[first.i + 1].text == ",":
        # "Jalen Thorsby, a doctor with the charity Harbour Relief, which runs ..., said": the second "subject"
        # ends the first one's description (the parse broke it off)
        subj = first
    if t.dep_ == "parataxis" and t.i and t.doc[t.i - 1].text == ",":
        # "The new bridge, said Ada Kone, will open": an inserted "said X" speaks for X, after it
        subj = next((c for c in subjs if c.i > t.i), subj)
    if subj is not None and subj.i > t.i and subj.tag_ not in ("NNP", "NNPS") and (named := next((
            c for c in subjs if c.i > subj.i and c.tag_ == "NNP" and (c.left_edge.i == subj.right_edge.i + 1 or (
                c.left_edge.i == subj.right_edge.i + 2 and t.doc[subj.right_edge.i + 1].text == ","))), None)) is not None:
        subj = named  # '"...," said one of them, Sen. Ada Kone of Norburg': the name the parse broke off the description
        # ('"...," said delegate Ama Richter': the name its title was broken off)
    if subj is not None and t.dep_ == "relcl" and (rel := _relative_source(t, subj)) is not None:
        return rel  # ("Ted Cruz, who said he would ...": the noun the clause hangs on)
    if subj is not None and (main := _conceding_subject(t, subj)) is not None:
        return main, "subject"  # ("The constitution makes no mention of it, although it does say that ...")
    if subj is not None:
        return subj, "subject"
    if t.dep_ == "ROOT" and t.i and (t.doc[t.i - 1].text == "," or (t.i > 1 and t.doc[t.i - 1].text in _CLOSING_QUOTES
                                                                     and t.doc[t.i - 2].text in (",", "!", "?"))) \
            and C.FAMILY.get(C.FORMS.get(t.lower_, "")) == "speech" and any(c.dep_ == "ccomp" and c.i < t.i for c in kids):
        # "He had a voice in those decisions, said a former spokesman for the ministry, Oleg Voloshyn":
        # the one after the verb, which the parse took for its object
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > t.i), None) or next((  # (or hung elsewhere:
            x for x in t.doc[t.i + 1:t.i + 6] if _noun(x) and x.left_edge.i == t.i + 1 and x.dep_ != "npadvmod"), None)  # "..., said a former
        if obj is not None and (obj.tag_ in ("NNP", "NNPS") or _agent(obj)):  # spokesman ..., who also ran as ...")
            return obj, "subject"
    if (with_subj := with_subject(t)) is not None:
        return with_subj, "subject"
    if t.tag_ in ("VBD", "VBZ", "VBP") and (placed := next((s2 for c in kids if c.dep_ == "advmod" and c.i == t.i - 1
                                                          for s2 in c.children if s2.dep_ == "nsubj" and _nominal(s2)), None)):
        return placed, "subject"  # ("Residents downstream said ...": the parse hangs the people on where they live)
    if t.tag_ in ("VBD", "VBZ", "VBP") and t.i and _nominal(age := t.doc[t.i - 1]) and age.head.i == t.i and age.dep_ == "amod":
        return age, "subject"  # ("The 46-year-old said Kone would win": the parse hangs "The" and "old" on the verb)
    share = next((c for c in kids if c.dep_ in ("nummod", "npadvmod") and c.i < t.i and (
        c.tag_ == "CD" or is_share(" ".join(x.text for x in c.subtree)))), None)  # ("Less than a third agreed that ...")
    if share is not None and (t.tag_ in ("VBP", "VBD", "VBZ") or (t.tag_ == "VBN" and t.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in kids))):  # (a past tense read as a participle)
        return share, "subject"  # "About 4 in 10 say ...": the parser may hang the share on the verb
    # "X is reported to have told", "Dell went on to predict", "she appeared to suggest": the
    # subject of the verb the cue's infinitive completes
    h = t.head
    if t.dep_ == "xcomp" and h.dep_ == "acomp" and h.head.i != h.i and _verb(h.head):
        h = h.head  # "Yellen is likely to stress that ...": the subject of the copula
    if t.dep_ == "xcomp" and h.i != t.i and _verb(h):
        obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < t.i), None) if h.lower_ in C.CAUSING or (
            t.tag_ == "VBG" and h.lower_ in _LEAVES) else None  # ("left many nations feeling that ...": theirs)
        if obj is not None and _nominal(obj) and not not_source(obj) and any(
                c.dep_ == "ccomp" or (c.dep_ == "dobj" and C.FAMILY.get(C.FORMS.get(t.lower_, "")) == "cognition")
                for c in t.children):  # ("has led the journalist to fear a new pact": the fear is hers)
            return obj, "subject"  # "The timing led Republicans to say that ...": they say it ("forced X to respond": none)
        if obj is not None and h.lower_ in C.CAUSING:
            return None, ""  # ("Opposition has forced Kone to distance herself from ...": no one's words)
        subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj, "raised"
    if (taken := _effort_verb(t)) is not None and (subj := next((c for c in taken.children if c.dep_ == "nsubj"), None)) is not None:
        return subj, "raised"  # "He went out of his way to say that ...", "Lind took pains to note that ...": his words
    if t.dep_ == "advcl" and t.tag_ == "VBG" and h.lower_ in _LEAVES and (obj := next(
            (c for c in h.children if c.dep_ == "dobj" and c.i < t.i), None)) is not None and _nominal(obj) \
            and not not_source(obj) and any(c.dep_ == "ccomp" for c in t.children) \
            and (_agent(obj) or _people_of(obj)):  # (not "left the hall saying")
        return obj, "subject"  # "have left 62 percent of voters saying that ...": they say it (the parse's clause)
    if t.dep_ == "ccomp" and t.tag_ in ("VBD", "VBZ") and h.i != t.i and _verb(h) and t.i and t.doc[t.i - 1].dep_ == "cc" \
            and C.FAMILY.get(C.FORMS.get(h.lower_, "")) == "speech" \
            and (subj := next((c for c in h.children if c.dep_ == "nsubj"), None)) is not None:
        return subj, "shared"  # "X said that ... but warned that ...": the parse may read the second verb as a clause of the first
    if t.dep_ in ("conj", "advcl", "dep") and h.i != t.i and _verb(h):
        if t.dep_ == "advcl" and not (t.tag_ == "VBG" or _to_infinitive(t) or _perfect_participle(t)):
            return None, ""
        if (named := _named_after_conjunction(t, h)) is not None:
            return named, "subject"
        if any(c.dep_ == "agent" for c in t.children):
            return None, ""  # ("Employment has been falling, pushed more by market forces": a passive participle)
        while (h.dep_ == "conj" or (h.dep_ == "xcomp" and t.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in h.head.children))) \
                and h.head.i != h.i and _verb(h.head) and not any(c.dep_ == "nsubj" for c in h.children):
            h = h.head  # "they reversed themselves, rushed everyone in and said": the first verb's subject; "Dobner
            # keeps calling his office, begging him to ...": the subject of the verb a gerund's verb completes (not
            # an infinitive of purpose: "would have to break out the data to show how ...")
        h = _finite_conjunct(t) or h
        if t.dep_ == "conj" and t.tag_ in ("VBD", "VBZ") and h.dep_ == "ccomp" and h.head.i != h.i and _verb(h.head) \
                and has_modal(h):
            h = h.head  # "X backed off his forecast that Ostby would recover, and blamed ...": no verb after "would" is
            # in the past; it joins the sentence's own verb, whose subject blamed
        subj = next((c for c in h.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and _says_after_passive(t))), None)
        nxt = next((c for c in h.children if c.dep_ == "nsubj" and subj is not None and c.i > subj.i), None)
        if nxt is not None and nxt.i < h.i and nxt.left_edge.i == subj.right_edge.i + 2 \
                and t.doc[subj.right_edge.i + 1].text == ",":
            subj = nxt  # "Speaking in Salem, New Hampshire, Trump went ...": the place ends a phrase before the subject
        if subj is not None and _joined_in_relative(t, h) and (rel := _relative_source(h, subj)) is not None:
            return rel  # ("Mayor Kone, who came out and endorsed Pell": the noun the first verb's clause hangs on)
        if subj is not None:
            return subj, "shared"
    # "officials who said ...", "a spokesman, who declined to be named, said": the noun ("a bill to portray": not)
    if _saying_people(t):
        h = t.head
        return _of_object(h), "relative"
    if t.dep_ == "relcl" and _noun(h) and not _to_infinitive(t):
        return _issuer(h) or (h, "relative")
    if (hung := subject_on_opening(t) or subject_set_off_before(t)) is not None:
        return hung, "subject"  # "In a statement to the Observer, her adviser, Jake Sullivan, said"
    # "Limbaugh began by crediting Trump", "Hart started winning campaigns by denouncing the New Deal"
    v = _by_gerund_verb(t)
    if v is not None:
        # ("appeared on the radio and began by saying": the verb it is joined to has the subject)
        while (v.dep_ == "xcomp" or (v.dep_ == "conj" and v.head.tag_ in ("VBD", "VBZ", "VBP"))) and v.head.i != v.i \
                and not any(c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and t.head.lower_ == "as") for c in v.children):
            v = v.head  # (not "Nine months of Trump soaring ... and slaying all comers by talking")
        subj = next((c for c in v.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and t.head.lower_ == "as")), None)
        if subj is not None:  # ("Kone was quoted as saying": Kone; not "hostility is justified by arguing")
            return subj, "shared"
    return None, ""


def _content(t: "Token", lemma: str, src: "Token") -> tuple[list[tuple[int, int]], bool]:
    """Content spans of cue verb ``t``, and whether they take in the source (the whole clause)."""
    kids = list(t.children)
    if (what := free_relative(t)) is not None:
        # the whole free relative, to the end of the phrase it fills ("what she said is growing
        # demand": the parse may hang the rest on the preposition)
        end = t.head.right_edge.i if t.dep_ == "pcomp" else t.right_edge.i
        sp = _span([x for x in t.doc[what.i:end + 1] if not (x.is_punct and x.i == end)] or [what])
        return ([sp] if sp else []), True
    comp = [c for c in kids if c.dep_ in _CONTENT_DEPS and c.i != src.i and not (  # (not a clause the source after the
            src.i > t.i and c.left_edge.i <= src.i <= c.right_edge.i) and not (  # verb is hung in: "said a spokesman ...")
        c.i < t.i and any(x.text == ";" for x in t.doc[c.right_edge.i + 1:t.i]))]  # "A advocates X; B seeks Y"
    if not comp and lemma in ("tell", "say"):
        # "told reporters outside the courthouse that his client would appeal": the parse hangs the clause on the
        # place as a relative clause, whose "that" it reads as a conjunction all the same
        comp = [r for p in kids if p.dep_ == "prep" and p.i > t.i for o in p.children if o.dep_ == "pobj"
                for r in o.children if r.dep_ == "relcl" and any(g.dep_ == "mark" and g.lower_ == "that" for g in r.children)
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in r.children)][:1]
    # ("..., he believes will define his career", "...: He also said that ...": the clause right after it)
    comp.sort(key=lambda c: c.left_edge.i != t.i + 1)
    before_quoted = None
    if not comp and t.i > src.i and (v := _by_gerund_verb(t)) is not None and v.lower_ in QUOTED_FORMS:
        # '"The port will close," Kone was quoted as saying': the words are the clause before the one
        # quoted, hung on "quoted", or read as its auxiliary ('The cause was "weather", X was quoted as
        # saying') or as the clause "quoted" is joined to
        before_quoted = src.left_edge.i
        comp = [c for c in v.children if c.i < before_quoted and (c.dep_ == "ccomp" or (
            c.dep_ == "auxpass" and any(g.dep_ in ("nsubj", "expl") and g.i < c.i for g in c.children)))]
        if not comp and v.dep_ in ("conj", "ccomp") and v.head.i < before_quoted and _verb(v.head) \
                and t.doc[before_quoted - 1].text in (",", *QUOTE_MARKS):  # (set off: not "Pell said Kone was quoted as saying")
            comp = [v.head]
    if lemma in _LIKEN:
        comp = [c for c in comp if c.dep_ != "xcomp"]  # "likened the rules to 'burning ...'": "to" is no infinitive
    if comp and lemma in C.THAT_ONLY and [g.lower_ for g in comp[0].children if g.dep_ == "mark"] != ["that"]:
        comp = []  # "saw him speak", "didn't see the irony": what was seen; "sees that ...": a view
        # ("learned that in 1990 after he expressed doubts": "that" is what he learned)
    if comp:
        c = comp[0]
        # (a wh-word of the clause itself; "When I spoke ..., he said" only starts with one)
        if c.left_edge.lower_ in _WH and c.left_edge.head.i == c.i and c.left_edge.i > t.i and lemma not in _DOUBT \
                and lemma not in _TELLS:
            return [], False  # "asked what would happen": a question, no claim ("questioned how" doubts)
        sub = [x for x in c.subtree if before_quoted is None or x.i < before_quoted]
        rest = next((g for g in kids if g.dep_ == "ccomp" and g.left_edge.i == c.right_edge.i + 1 and c.dep_ == "ccomp"
                     and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)
                     and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for x in g.children)), None)
        if rest is not None and c.left_edge.i > t.i:
            # 'told reporters that "to beat expectations would be helpful"': the parse may split a
            # clause with an infinitive for its subject in two, each hung on the verb
            sub += list(rest.subtree)
        tail = next((g for g in kids if g.dep_ == "ccomp" and g.left_edge.i == c.right_edge.i + 1 and g.left_edge.lower_ == "that"
                     and c.dep_ == "ccomp" and c.i > t.i and any(x.dep_ == "acomp" and x.right_edge.i >= c.right_edge.i - 1
                                                                 for x in c.children)), None)
        if tail is not None:
            # 'say he's "confident" that once the elections are over, "these two men are going to ..."': the
            # adjective's clause, which the parse hung on the verb of saying
            sub += list(tail.subtree)
        lost = next((n for n in kids if (n.dep_ == "npadvmod" or (n.dep_ == "dobj" and lemma not in C.DIRECTIVE))
                     and t.i < n.i < c.left_edge.i and n.left_edge.i == t.i + 1
                     and n.tag_ in ("NN", "NNS") and n.ent_type_ not in ("DATE", "TIME")), None)
        if lost is not None and c.dep_ == "ccomp" and c.i > t.i and c.left_edge.i > lost.right_edge.i \
                and not re.search(r"(?:^|[^a-z])(?:and|or|but)$", t.doc[c.left_edge.i - 1].lower_) \
                and not any(x.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for x in c.children):
            # "said the days when the nation had X are gone": the clause's subject, which the parse hung on the verb
            sub = list(t.doc[lost.left_edge.i:c.right_edge.i + 1])
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "that"), None)
        if mark is not None and sub[0].i < mark.i and mark.i > t.i:
            sub = [x for x in sub if x.i >= mark.i]  # "confirmed this morning that ...": the time is the cue's
        # ... and "said on Tuesday it would cut 10,000 jobs" with no "that": the parse hangs the time on the
        # clause's verb, before its subject
        when = next((g for g in c.children if g.dep_ in ("prep", "npadvmod") and g.left_edge.i == t.i + 1 and g.i < c.i
                     and any(x.lower_ in _WHEN_WORDS for x in g.subtree) and len(list(g.subtree)) <= 4
                     and any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i > g.right_edge.i for x in c.children)), None)
        if when is not None:
            sub = [x for x in sub if x.i > when.right_edge.i]
        if (q := _quote_after(t)) is not None and next((x.i for x in sub if not x.is_punct), -1) == q.i + 1 \
                and (end := _closing_mark(q)) is not None and end.i <= sub[-1].i and t.doc[end.i - 1].text in (",", ".", "?", "!"):
            # 'joked, "You are being ridiculous," drawing jeers': a quotation closed after its last
            # words ends there (the parse may hang what follows it on the quoted clause)
            sub = [x for x in sub if x.i < end.i]
        whole = False
        # "plans to present", "vowed to rebuild": for an intention or a kind-making verb whose
        # complement is a bare infinitive, the subject belongs to the claim ("the Taliban plans to ...")
        # ("warned that fares will rise": a clause with its own subject is the claim alone)
        own_subject = c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") and g.i < c.i for g in c.children) \
            and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ == "mark" or (g.dep_ in ("aux", "auxpass") and g.tag_ in (
                "MD", "VBD", "VBZ", "VBP")) for g in c.children))  # (finite: not "wants the courts to order")
        if (((lemma in C.KIND_OF or C.FAMILY.get(lemma) == "intention" or (lemma == "hope" and c.dep_ == "xcomp")
              # ("The bank is considering raising rates": a course it weighs, as "mulling" is)
              # (in the present, no modal: not "voters should consider switching", "considered selling")
              or (lemma in ("consider", "weigh") and c.dep_ == "xcomp" and c.tag_ == "VBG" and t.tag_ == "VBG"
                  and any(a.dep_ == "aux" and a.lower_ in ("is", "are", "'s", "'re") for a in kids)
                  and not any(a.tag_ == "MD" for a in kids)))
             and not own_subject)  # ("are hoping to see her focus on ...": theirs, subject and all)
                or (src.lower_ in C.SOURCE_NOUNS and not (own_subject and lemma not in C.EVIDENCING  # ("The report concludes
                                                          and not any(k.dep_ == "neg" for k in kids)))  # that X": X)
                or (lemma in C.COMMIT and c.dep_ == "xcomp" and len([x for x in c.subtree if x.dep_ != "aux"]) > 1)
                or (lemma in C.DIRECTIVE and c.dep_ == "xcomp" and any(k.dep_ == "dobj" or (  # (the hearer)
                    k.dep_ == "prep" and k.lower_ in ("on", "upon", "with", "for") and any(g.dep_ == "pobj" for g in k.children))
                    for k in kids) and not any(x.lower_ in ("what", "whatever") and x.i < src.i for x in t.subtree)  # ("what X told them to do")
                    and not has_modal(t))) \
                and src.i < t.i < c.i:  # ("something both agreed to do": a gap, no commitment of its own)
            sub = list(t.doc[_np_start(src): c.right_edge.i + 1])
            whole = True
        sp = _span(sub)
        return ([sp] if sp else []), whole
    if (subj := _clause_after_participle(t)) is not None and _opening_participle(t):
        sp = _span(list(t.doc[subj.left_edge.i: subj.head.right_edge.i + 1]))  # ("Multiple outlets reported ... the
        return ([sp] if sp else []), False  # Secret Service had ...": the clause after it)
    # "Kasich, who brags he has held 100 town halls, ...": the parse hangs the reported clause on the
    # noun beside the cue verb; the clause that starts right after the verb, with its own subject
    nxt = t.i + 2 if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that" else t.i + 1
    if not any(c.dep_ in ("dobj", "attr", "oprd") for c in kids) and t.head.i != t.i:
        beside = next((v for v in t.head.children if v.i > t.i and v.left_edge.i == nxt and _verb(v)
                       and v.dep_ in ("relcl", "conj", "ccomp", "advcl")
                       and any(g.dep_ in ("nsubj", "nsubjpass") and g.i < v.i for g in v.children)), None)
        if beside is not None:
            sp = _span(list(beside.subtree))
            return ([sp] if sp else []), False
    if C.FAMILY.get(lemma) == "speech" and (rel := clause_on_phrase(t)) is not None:  # "has said for months that X ..."
        sp = _span([x for x in rel.subtree if x.i > rel.left_edge.i])
        return ([sp] if sp else []), False
    # inserted in a quotation: `"We will win," he said` parsed with "said" hanging on "win"
    closing = _closing_report(t)
    if (t.dep_ == "parataxis" and t.head.i != t.i) or closing:
        h = t.head
        lo, hi = t.left_edge.i, t.right_edge.i
        if t.i and t.doc[t.i - 1].text == "," and src.i > t.i:
            # "The new bridge, said Ada Kone, will open": the aside runs from its commas (the
            # parse may hang the clause's subject on "said")
            lo, hi = t.i - 1, next((x.i for x in t.doc[src.i:] if x.text == ","), hi)
        before = [x for x in h.subtree if x.i < lo]
        after = [x for x in h.subtree if x.i > hi and not closing]  # (not "..., X reported -- a development that")
        # (a noun phrase however short: "The levy, Kone said, will rise")
        spans = [sp for part in (before, after) if (sp := _span(part)) and (sp[1] - sp[0] > 8 or any(
            x.tag_.startswith("NN") or x.tag_ == "PRP" for x in part))]
        return spans, False
    subj_pass = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj_pass is not None and src.i > t.i and lemma not in C.THAT_ONLY:  # ("a view shared by many": held, not said)
        # "Sanders' stridency was echoed by O'Malley", "the meeting was first reported by Politico":
        # the agent is the source, the clause from its subject on the content
        sp = _span(list(t.doc[subj_pass.left_edge.i: t.right_edge.i + 1]))
        return ([sp] if sp and subj_pass.left_edge.i < t.i else []), True
    if lemma in C.AS_STANCE and src.i < t.i and (_as_after_object(t) or lemma not in C.AS_ONLY and any(
            g.dep_ == "prep" and g.lower_ == "as" for c in kids if c.dep_ == "dobj" or (
                c.dep_ == "prep" and (t.dep_ == "relcl" or any(o.dep_ == "dobj" and o.i < c.i for o in kids))) or (
                # (an object before "as", or the noun a relative clause is on: "seeing as ..." is "since")
                c.dep_ == "ccomp" and not any(m.dep_ == "mark" for m in c.children))  # ("see if ...": no view)
            for g in (c.subtree if c.dep_ != "prep" else (c, *c.children)))):
        # "sees these gains as evidence" (not a verb joined after it: "..., but he didn't see the irony")
        end = max([t.i] + [c.right_edge.i for c in kids if c.dep_ not in ("conj", "cc", "punct") and c.i > t.i])
        sp = _span(list(t.doc[_np_start(src): end + 1]))
        return ([sp] if sp else []), True
    if (q := _quote_after(t)) is not None and all(x.is_punct for x in t.doc[t.i + 1:q.i]) \
            and any(c.dep_ == "dobj" and c.i > q.i for c in kids) and (words := _quotation(q)) and any(
                x.tag_ in ("VBZ", "VBD", "VBP", "MD") and ((v := x.head if x.dep_ in ("aux", "auxpass") else x).dep_ == "ROOT"
                                                          or not words[0][0] <= v.head.idx < words[0][1])
                for x in t.doc[q.i + 1:] if x.idx < words[0][1]):
        # ('joked, "Bernie or Bust people, you are ..."': the object is the quotation's, a clause of
        # its own; not 'saying, "nothing more than a flimsy cover for ..."', a phrase)
        return words, False
    documentary = src.lower_ in C.SOURCE_NOUNS  # "a Fox News poll shows Sanders with 47 percent"
    # (a directive's object alone is whom it serves: "advises banks on mergers" reports no words)
    if (lemma in C.OBJECT_CONTENT or documentary
            or (lemma not in C.CLAUSE_ONLY | C.DIRECTIVE_ONLY | C.AS_ONLY and C.FAMILY.get(lemma) == "speech")) and src.i < t.i:
        # "accused X of Y", "warned of rough seas", "cited the audit as the reason": the object is
        # no claim on its own, so the claim is the whole clause from its source on
        rest = [x for x in t.doc[t.i + 1: t.right_edge.i + 1]]
        while rest and rest[0].dep_ in _SKIP_OBJ_DEPS and rest[0].head.i == t.i:
            rest = rest[1:]
        # ("Monsanto, which opposed the bill": in a relative clause the noun it hangs on is in the claim)
        # ("called it 'predatory'": a verb with an object predicate says enough in two words)
        # ("had endorsed Clinton", "has defended the company": a named or described object is enough)
        obj = next((c for c in kids if c.dep_ == "dobj" and c.tag_ != "PRP"), None)
        # "repeated her claim that the port will close", "issued a warning that ...": the claim is the
        # clause (not "rejected the claim that ...", "repeated Ruiz's claim that ...": somebody else's)
        told = _that_clause(obj) if obj is not None and obj.lower_ in C.ASSERTED_NOUNS and lemma in C.LIGHT_VERBS \
            and not any(g.dep_ == "poss" and g.tag_ != "PRP$" for g in obj.children) \
            and not any(k.dep_ == "neg" for k in kids) else None
        if told is not None:
            sp = _span(list(told.subtree))
            return ([sp] if sp else []), False
        short = t.dep_ == "relcl" or any(c.dep_ == "oprd" for c in kids)
        least = 1 if obj is not None and lemma in C.OBJECT_CONTENT else 2 if short else 3
        if len([x for x in rest if not x.is_punct]) >= least:
            end = t.right_edge.i
            if _opening_participle(t) and t.head.head.dep_ == "ROOT" and t.head.head.tag_ in ("NN", "NNS"):
                end = max(end, t.head.head.right_edge.i)  # ('called AP's report a "rush to judgment"': the parse's root)
            tail = list(t.doc[end + 1:])
            marks = [k for k, x in enumerate(tail) if x.text in ('"', "\u201c", "\u201d", "``", "''")]
            if tail and marks[:1] == [0] and len(marks) == 2 and all(x.is_punct for x in tail[marks[1]:]) \
                    and not any(x.text in (",", ";") for x in tail[1:marks[1] - 1]):
                end = len(t.doc) - 1  # ('called Lind's approach "a recipe for more closures."': the quotation that ends
                # the sentence, which the parse hangs elsewhere)
            sp = _span(list(t.doc[_np_start(src): end + 1]))
            if sp:
                return [sp], True
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < t.i), None)
    if t.dep_ == "ROOT" and lemma in C.REPORTS_AFTER and subj is not None and subj.left_edge.i >= 3 \
            and t.doc[subj.left_edge.i - 1].text == "," and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "aux", "neg") for c in kids) \
            and subj.left_edge.lower_ not in ("neither", "no", "none", "nobody") \
            and all(x.is_punct or x.dep_ in ("prep", "pobj", "npadvmod", "advmod", "det", "compound") for x in t.doc[t.i + 1:]):
        # "X marched in the parade, CNN reported", the parse hanging the clause before it elsewhere
        sp = _span(list(t.doc[:subj.left_edge.i - 1]))
        return ([sp] if sp else []), False
    if (q := _quote_after(t)) is not None:
        # 'was prompted to say, "So far, ..."' with the quotation hung elsewhere: the quotation itself
        return _quotation(q), False
    return [], False


_NAME_SET_OFF = re.compile(r",\s+(" + SET_OFF_NAME + r"),\s*")  # ", Ivo Rask, " before a verb
_CLOSE_IN = re.compile(r"[,!?][\"\u201d]\s+(?=\w)")  # a quotation's closing mark before the words that say whose
_CLOSING_QUOTES = frozenset(("\u201d", '"', "''"))  # the marks that close a quotation, as the parse's tokens


def _closing_mark(q: "Token") -> "Token | None":
    """The mark closing the quotation that mark ``q`` opens, or None."""
    return next((x for x in q.doc[q.i + 1:] if x.text in _CLOSING_QUOTES), None)


def _quotation(q: "Token") -> list[tuple[int, int]]:
    """The words of the quotation that mark ``q`` opens, up to its closing mark (or the sentence's
    end: 'telling reporters: "The plan is bad. It will fail."' quotes on past it)."""
    end = _closing_mark(q)
    words = list(q.doc[q.i + 1:end.i if end is not None else len(q.doc)])
    while words and words[-1].is_punct:
        words.pop()
    sp = _span(words) if words else None
    return [sp] if sp else []


def _cue_words(t: "Token", src_span: tuple[int, int], content: list[tuple[int, int]]) -> tuple[int, int]:
    """The attribution's own words: the source, the verb and what hangs on the verb outside the
    content ("told Reuters on Monday", "in a statement")."""
    a = min(src_span[0], t.idx)
    b = max(src_span[1], t.idx + len(t.text))
    for c in t.children:
        if c.dep_ in _SUBJ or c.dep_ in _CONTENT_DEPS or c.dep_ in ("punct", "cc", "conj", "parataxis", "advcl"):
            continue
        s0, s1 = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
        if any(x0 <= s0 < x1 for x0, x1 in content):
            continue
        a, b = min(a, s0), max(b, s1)
    return a, b


def _made_by(src: "Token") -> "Token | None":
    """"The survey, conducted by the Public Policy Institute of California, finds": the maker of a
    document is the source of what it finds."""
    if src.lower_ not in C.SOURCE_NOUNS and not documentary(src.text):
        return None  # ("said a press release issued by the company": the company)
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in src.children):
        return None  # ("A report by the firm X, commissioned by the authority, found": X made it, the authority paid)
    for c in src.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if obj is not None and _nominal(obj):
                return obj
    return None


def _main_verb_misparsed(t: "Token") -> bool:
    """The small parser's ways of losing a sentence's main verb that is a cue form: "Two analysts,
    X and Y, found that ...", "Beruff, a Scott ally, called ..." and "Stevens, who served as
    Romney's strategist, called ..." read as a noun phrase with a participle on it (see
    :func:`_misparsed_subject`); "Donald Trump called Wednesday for ..."; "A Gallup poll found last
    week that ..."; "The candidate plans to be back" with "plans" a plural noun that still has a
    subject and a complement."""
    h = t.head
    if _misparsed_subject(t) is not None:
        return True
    if t.dep_ == "acl" and t.tag_ == "VBD" and h.dep_ == "ROOT" and h.tag_ in ("NNP", "NNPS") and t.i == h.i + 1 \
            and not any(c.dep_ == "agent" for c in t.children):
        return True  # "Donald Trump called Wednesday for X to resign": a name, then its verb, read as "Trump (called ...)"
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and h.dep_ == "ROOT" and _noun(h) and t.i == h.i + 1 \
            and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for c in t.children):
        return True  # "A Gallup poll found last week that ...": a clause with "that" is no participle's
    if _opening_participle(t) and h.dep_ == "nsubj" and h.head.dep_ == "ROOT" and (
            h.head.tag_ in ("NN", "NNS") or _clause_after_participle(t) is not None):
        return True  # "Sanders' campaign called AP's report a "rush to judgment"" (no other verb); "Multiple
        # outlets reported on Wednesday the Secret Service had ..." (the parse gives "had" two subjects)
    return t.dep_ == "ROOT" and t.tag_ in ("NNS", "NN") and any(c.dep_ == "nsubj" for c in t.children) \
        and any(c.dep_ in _CONTENT_DEPS for c in t.children)


def _opening_participle(t: "Token") -> bool:
    """A past form right after the noun the sentence opens with, which the parse hangs on it as a
    participle, with no agent ("outlets reported", not "documents released by the court")."""
    h = t.head
    return t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.i == h.i + 1 and _noun(h) and h.left_edge.i == 0 \
        and not any(c.dep_ == "agent" for c in t.children)


def _clause_after_participle(t: "Token") -> "Token | None":
    """The subject of the clause that follows participle ``t`` when the parse has given that clause's
    verb ``t``'s noun for a second subject: what ``t`` reports ("Multiple outlets reported on Wednesday
    the Secret Service had ..."); None otherwise ("The documents released on Tuesday show that ...")."""
    v = t.head.head
    if t.head.dep_ != "nsubj" or not _verb(v):
        return None
    # (right after the participle's words: not "The candidates debated on Tuesday, and their rivals were ...")
    return next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == t.right_edge.i + 1
                 and c.i < v.i), None)


def _misparsed_subject(t: "Token") -> "Token | None":
    """The noun phrase opening the sentence whose verb ``t`` is, when the parse read ``t`` as a
    participle after the comma closing the phrase's apposition or relative clause: "Two analysts, X
    and Y, found that ...", "Stevens, who served as Romney's strategist during the campaign, called
    ..." (the parse may hang the verb on the clause's last noun, "campaign"); None otherwise."""
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.i < 2 or t.doc[t.i - 1].text != "," \
            or any(c.dep_ == "agent" for c in t.children):
        return None
    h = t.head
    if _noun(h) and h.left_edge.i == 0:
        return h if any(c.dep_ in ("appos", "relcl") and c.i < t.i for c in h.children) else None
    root = next((a for a in h.ancestors if a.dep_ == "ROOT"), None)
    if root is not None and _noun(root) and root.left_edge.i == 0 and any(
            c.dep_ in ("appos", "relcl") and c.i < t.i and h in c.subtree for c in root.children):
        return root
    return None


def _no_one_speaks(t: "Token", lemma: str | None, src: "Token | None") -> bool:
    """Whether cue verb ``t`` with source ``src`` says nothing of anyone: "all signs point to a
    deal", "as technology threatens to change the industry", "the debate promised to be a crucial
    moment" (a thing that can hold no view, before an infinitive); "maintained their lead" (a verb of a
    view with no clause and no view for its object: :data:`C.VIEW_OBJECTS`)."""
    if lemma in C.VIEW_OBJECTS and not any(c.dep_ in ("ccomp", "parataxis") or (
            c.dep_ == "dobj" and c.lower_ in C.VIEW_OBJECTS[lemma]) for c in t.children) and _quote_after(t) is None:
        return True  # ("Trump and Cruz maintained their battle", "has maintained support among ...": nothing said)
    if lemma in C.JUDGING and t.tag_ in ("VBD", "VBN") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("of", "for", "over") \
            and t.dep_ != "relcl" and not any(c.dep_ in ("dobj", "agent") or (c.dep_ == "mark" and c.lower_ in ("that", "which"))
                                              for c in t.children):
        return True  # "Tom Lind Accused Of Shocking Act" (a headline's passive): said of him, not by him (not "countries
        # that the State Department criticized for ...", whose object is the relative's)
    return src is not None and ((lemma == "point" and src.lower_ in C.POINTING_THINGS) or (
        lemma in ("threaten", "promise") and src.tag_ == "NN" and not _agent(src) and not documentary(src.text)
        and not any(c.tag_ in ("NNP", "NNPS") for c in src.children)
        and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in t.children)))


def no_one_speaks(doc: "Doc", offset: int) -> bool:
    """Whether the verb at ``offset`` of a parsed sentence is a cue verb whose subject says nothing
    (see :func:`_no_one_speaks`): the surface patterns' cue there is none."""
    t = _token_at(doc, offset)
    return t is not None and _no_one_speaks(t, C.FORMS.get(t.lower_), _source(t)[0])


def speaking_to(doc: "Doc", verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` is "speak" or "talk" said of whom someone spoke to, with no
    words, topic or stance of theirs ("Kone spoke to the pilots' union in June", "will speak to a
    station in Norburg on Friday"; not "spoke about the levy", "talked to his aides about launching
    ...", "spoke out against", "spoke on the levy", "talked to them, saying ...", "spoke to reporters
    and said ...")."""
    t = _token_at(doc, verb_start)
    if t is None or C.FORMS.get(t.lower_) not in ("speak", "talk") or _quote_after(t) is not None:
        return False
    kids = list(t.children)
    return any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in kids) \
        and not any(g.dep_ == "prep" and g.lower_ == "about" for g in t.subtree) \
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt", "parataxis", "advcl", "conj") or (c.dep_ == "prep" and (
            c.lower_ in ("of", "against", "for", "out", "over") or _on_a_topic(c))) for c in kids)  # ("about": above)


def _on_a_topic(prep: "Token") -> bool:
    """An "on" that names what was said, not when ("debated on immigration", "spoke on the levy"; not
    "on Tuesday night")."""
    return prep.lower_ == "on" and not any(_TIME_WORD.fullmatch(g.lower_) for g in prep.subtree)


def _an_act(t: "Token", lemma: str) -> bool:
    """Whether cue verb ``t`` (of ``lemma``) is used for an act, no words said: an object of
    :data:`C.LITERAL_OBJECTS` ("pitched seven innings", "a perfect 9th", "attacked a school"; not with
    a name given or a clause: "called the police heroes"), "the hall echoed with ...", "added to her
    lead", "added other forms of debris" (not "added a note of caution", "adding, \"...\"", "added
    those with injuries have been taken to hospital", a clause the parse split), "the festival
    concluded on Saturday", "concluding the process" (not "concluded that ...", "concluded by saying
    ...", "concluded with a history lesson", "..., they concluded, ...")."""
    kids = list(t.children)
    if lemma in C.LITERAL_OBJECTS:
        return any(c.dep_ == "dobj" and (c.lower_ in C.LITERAL_OBJECTS[lemma] or (
            lemma == "pitch" and re.fullmatch(r"\d+(?:st|nd|rd|th)", c.lower_))) for c in kids) \
            and not any(c.dep_ in ("oprd", "ccomp") for c in kids)
    if lemma == "echo":
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
    if lemma == "add":
        return _quote_after(t) is None and not any(c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "advcl" and any(
            a.dep_ in ("aux", "auxpass") for a in c.children)) for c in kids) and any(
            (c.dep_ == "dobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS") and c.lower_ not in C.ADDED_WORDS)
            or (c.dep_ == "prep" and c.lower_ == "to") for c in kids)
    if lemma == "debate":  # "the candidates debated on Tuesday night": the event (not "debated whether",
        return not any(c.dep_ in ("dobj", "ccomp", "xcomp") or (c.dep_ == "prep" and (  # "debated the levy",
            c.lower_ in ("about", "over", "with", "against") or _on_a_topic(c))) for c in kids) \
            and _quote_after(t) is None  # ("debated on immigration")
    if lemma == "conclude":
        doc = t.doc
        return any(c.dep_ == "dobj" for c in kids) or not (
            any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in ("by", "with")) for c in kids)
            or (t.i + 1 < len(doc) and doc[t.i + 1].text in (",", ":")))
    return False


def _issued_saying(t: "Token") -> bool:
    """"a statement saying that ...": a verb of saying with a clause or a quotation, hung on a noun."""
    return t.dep_ == "acl" and t.tag_ == "VBG" and (any(c.dep_ == "ccomp" for c in t.children) or _quote_after(t) is not None)


def _quote_after(t: "Token") -> "Token | None":
    """The mark opening a quotation right after verb of saying ``t`` and its hearer ('said, "...',
    'telling reporters, "..."'), or None."""
    if C.FORMS.get(t.lower_) not in C.QUOTING or any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
        return None  # ('As one employee told the Weekly, "..."': the sentence's own form)
    for x in t.doc[t.i + 1:t.i + 6]:
        if x.text in QUOTE_MARKS or x.text == "``":
            return x
        if not (x.text in (",", ":") or (x.lower_ == "that" and x.dep_ == "mark") or (x.head.i == t.i and x.dep_ in ("dobj", "dative")) or x.head.dep_ in ("dobj", "dative")
                and x.head.head.i == t.i):
            return None
    return None


def _closing_report(t: "Token") -> bool:
    """"Traffic will fall, the Budget Office reported on Monday": a closing cue with its own subject
    and nothing of its own to say, which the parse hangs on the verb before it as a clause."""
    kids = list(t.children)
    # (or joined to it by a comma, whom it was told to its only object: "..., his top aide, Tad Devine, told The
    # Huffington Post")
    # (or "said": "... and will ask Congress for aid, its president, Martin Kovaleski, said in an interview"; or
    # "said" before its subject: "It will meet on Friday to vote on the sections, said its chairwoman, Ada Kone")
    told = t.dep_ == "conj" and t.lower_ in ("told", "tells", "said", "says") and not any(c.dep_ == "cc" for c in kids)
    return (t.dep_ == "advcl" or told) and t.tag_ in ("VBD", "VBZ", "VBP") and t.head.i < t.i and t.left_edge.i > 0 \
        and t.doc[t.left_edge.i - 1].text == "," and any(c.dep_ == "nsubj" and (c.i < t.i or told) for c in kids) \
        and not any(c.dep_ in ("ccomp", "xcomp", "mark") or (c.dep_ == "dobj" and not told) for c in kids) \
        and (all(x.is_punct for x in t.doc[t.right_edge.i + 1:]) or any(  # (a dash's afterthought is the reporter's)
            x.text in ("--", "\u2014", "\u2013", ";") for x in t.doc[t.right_edge.i:t.right_edge.i + 2]))


def _as_after_object(t: "Token") -> bool:
    """"cast her rival as ...", "painted the mogul as part of the elite": "as" right after the verb's
    object (an adverb between), not "cast their votes for other candidates as questions nag"; the
    parse may hang it on what follows ("cast X as unqualified": "as" marks "unqualified")."""
    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    nxt = obj.right_edge.i + 1
    if nxt < len(t.doc) and t.doc[nxt].tag_ == "RB":
        nxt += 1
    if nxt >= len(t.doc) or t.doc[nxt].lower_ != "as":
        return False
    h = t.doc[nxt].head
    return h.i == t.i or (h.dep_ == "advcl" and h.head.i == t.i and t.doc[nxt].dep_ == "mark"
                          and not any(k.dep_ in _SUBJ for k in h.children))


def _first_conjunct(h: "Token") -> "Token":
    """The first of the verbs ``h`` is joined to ("cut ..., rushed ... and said": "cut")."""
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    return h


def _finite_conjunct(t: "Token") -> "Token | None":
    """The verb a joined verb in the past or present tense really joins when the parse hung it on
    a bare verb or a gerund ("Trump went after Clinton for following Obama's refusal to use the
    term and called for her to quit": "called" joins "went", not "use"): the nearest verb above in
    the same tense with a subject of its own."""
    h = t.head
    if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBZ") or h.tag_ not in ("VB", "VBG"):
        return None
    return next((a for a in h.ancestors if a.tag_ == t.tag_ and any(c.dep_ == "nsubj" for c in a.children)), None)


# words of a schedule in the clause a "where" clause hangs on ("will hold", "is scheduled to")
_SCHEDULED = frozenset("scheduled due set slated planned expected".split())


# what one goes to or takes in order to say something ("went out of his way to say", "took pains to note", "made a
# point of noting" is a gerund's, not these)
_EFFORT_NOUNS = frozenset("way pains care trouble".split())


def _effort_verb(t: "Token") -> "Token | None":
    """The verb whose subject went to lengths to say what cue ``t`` says ("went out of his way to say",
    "took pains to note", "took care to stress"), or None."""
    h = t.head
    if t.dep_ not in ("relcl", "acl") or not _to_infinitive(t) or h.lower_ not in _EFFORT_NOUNS or h.dep_ not in ("dobj", "pobj") \
            or (h.lower_ == "way" and not any(c.dep_ == "poss" for c in h.children)):
        return None  # (not "a more transparent way to report profits": one's own way only)
    return next((a for a in h.ancestors if _verb(a)), None)


def _governs(t: "Token") -> bool:
    """A cue verb that heads its sentence (or a verb joined to the head, an inserted "he said", a
    "..., saying that" clause, a "who said" clause): not a verb in a subordinate clause ("prices
    rose after OPEC+ agreed to ..."), whose main clause the reporter states."""
    dep = t.dep_
    if (taken := _effort_verb(t)) is not None:
        return _governs(taken)  # ("Lind took pains to note that ...": as "took" does)
    if dep == "relcl" and t.head.lower_ in C.ASSERTED_NOUNS and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                    for c in t.children):
        return False  # "accusations that Pell recites the same points": what the noun says, not a relative clause
    if dep in ("ROOT", "parataxis", "relcl") or _quote_after(t) is not None or _saying_people(t):
        return True  # (a quotation right after "say" is its subject's words wherever the verb sits)
    if dep == "xcomp":  # "is reported to have told", "went on to predict", "is likely to stress"
        h = t.head.head if t.head.dep_ == "acomp" else t.head
        return _governs(h) if h.i != t.i else False
    if _issued_saying(t) and _issuer(_sent_item(t.head)) is not None:
        return True  # "put out a statement saying ...", "sent an email to supporters saying ..."
    if dep == "advcl":  # "..., saying that", "went on to predict", "Having announced that ..., the judge"
        if t.lower_ in C.SUPPOSING and t.i < t.head.i and has_modal(t.head):
            return False  # "Assuming Kone wins, she might name Lind": a condition the reporter sets, nobody assuming
        return t.tag_ == "VBG" or _to_infinitive(t) or _closing_report(t) or _perfect_participle(t) or contrast(t)
    if dep == "dep":  # "Clinton paused, then revealed why ...": a joined verb the parser left unlabelled
        return t.tag_ in ("VBD", "VBZ", "VBP") and t.head.dep_ == "ROOT" and _verb(t.head) and t.head.i < t.i
    if dep == "conj":
        h = _first_conjunct(_finite_conjunct(t) or t.head)
        return (h.dep_ in ("ROOT", "ccomp") and _verb(h)) or contrast(h) or (  # ("..., while X proposed ... and said ...")
            _joined_in_relative(t, h) and _governs(h))  # ("Kone, who came out and endorsed Pell")
    if free_relative(t) is not None:
        return True  # "what he said were the failures of ...": his words wherever they stand
    if (subj := with_subject(t)) is not None:  # "..., with Kone saying ...": as the clause "with" hangs on
        w = subj.head if t.dep_ == "acl" else t.head
        h = w.head
        if h.i != w.i and h.tag_.startswith("NN") and h.dep_ in ("dobj", "pobj") and h.head.i != h.i:
            h = h.head  # ("welcomed the decision, with Lind saying ...": the parse hangs "with" on the object)
        return _governs(h) if h.i != w.i else False
    if dep == "pcomp":  # "began by crediting"
        v = _by_gerund_verb(t)
        return v is not None and _governs(v)
    if dep == "ccomp":
        # "He said he believes ...": the outer verb wins by depth; a ccomp cue is kept for
        # "It is clear, officials said, that ..." shapes
        return t.head.dep_ == "ROOT"
    return False


def _joined_after(t: "Token", content: list[tuple[int, int]], clauseless: bool = False) -> tuple[int, int] | None:
    """The clause joined after cue verb ``t``'s content with "but" or "yet" and a subject of its
    own ("Kone said the port would close, but the council voted to keep it open"): the reporter's
    statement, as a span; None if there is none. After a cue that reports no clause (``clauseless``:
    "Pell criticized Ford for ..., but it is uncertain whether ..."), any subject of its own will do."""
    end = content[-1][1] if not clauseless else t.idx + len(t.text)
    for v in t.children:
        # (a noun subject and a plain past: "..., but jobs would be saved", "..., and they had decided to ...",
        # "..., but it is ..." go on with what was said, in the reported tense)
        if v.dep_ != "conj" or v.idx < end:
            continue
        if not clauseless and (v.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in v.children) or not any(
                c.dep_ == "nsubj" and c.i < v.i and c.tag_ in ("NN", "NNS", "NNP", "NNPS") for c in v.children)):
            continue
        if clauseless and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < v.i for c in v.children):
            continue
        cc = next((c for c in t.children if c.dep_ == "cc" and c.i < v.i and c.lower_ in ("but", "yet")), None)
        if cc is None or t.doc[cc.i - 1].text != "," or any(x.text in QUOTE_MARKS or x.text in ("``", "''")
                                                          for x in t.doc[cc.i:v.right_edge.i + 1]):
            continue  # (a quotation after "but" is the speaker's own words)
        return _span(list(t.doc[cc.i + 1:v.right_edge.i + 1]))
    return None


def _even_as(t: "Token", content: list[tuple[int, int]]) -> "tuple[int, tuple[int, int]] | None":
    """Where the content of cue ``t`` ends before a closing ", even as X did Y" with a subject of its own, and
    that clause's span; None if it has none."""
    if not content or ", even as " not in t.doc.text[content[-1][0]:content[-1][1]]:
        return None
    a, b = content[-1]
    for x in t.doc:
        if x.idx < a or x.idx >= b or x.lower_ != "even" or x.i < 1 or x.i + 1 >= len(t.doc):
            continue
        mark = t.doc[x.i + 1]
        v = mark.head
        if t.doc[x.i - 1].text == "," and mark.lower_ == "as" and mark.dep_ == "mark" and v.dep_ == "advcl" \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "PRP" for c in v.children) \
                and v.right_edge.idx + len(v.right_edge.text) >= b - 1:  # (not "even as he understands ...": his own)
            sp = _span(list(t.doc[x.i:v.right_edge.i + 1]))
            if sp is not None:
                return t.doc[x.i - 1].idx, sp
    return None


def _reporter_part(t: "Token", np_toks: list["Token"], how: str, whole: bool = False) -> list[tuple[int, int]]:
    """"Nordair cut its forecast on Thursday and said it would ground 20 jets": the clause before
    the joined cue verb ("Nordair cut its forecast on Thursday") is the reporter's (not, for a cue
    whose claim is its whole clause, a clause that another verb reports)."""
    h = _finite_conjunct(t) or t.head
    if h.i == t.i or not np_toks:
        return []
    if how == "shared" and whole and _first_conjunct(h).dep_ == "ccomp":
        return []  # (what another verb reports: "went on to note that she had bought X, and boast about Y")
    rest = None
    if how in ("relative", "issuer"):  # the sentence around the relative clause
        inner = {x.i for x in t.subtree}
        toks = [x for x in t.doc if x.i not in inner and x.i < t.left_edge.i]
        after = [x for x in t.doc if x.i > t.right_edge.i] if how == "relative" else []
        while after and (after[0].is_punct or after[0].dep_ == "cc"):
            after.pop(0)
        if len([x for x in after if not x.is_punct]) >= 3 and any(x.dep_ == "ROOT" and _verb(x) for x in after) \
                and not any(x.lower_ in _WORDS and x.tag_.startswith("VB") and x.lower_ not in C.FUTURE_RAISING
                            for x in after):  # (a cue of its own there; not "is expected to be sentenced")
            rest = _span(after)  # ("Ivo Pell, who said the port would close, will run for the seat next year")
    elif how == "free":
        # "The sailors were released, displaying what analysts said was a sign of ...": the words
        # before it, without the verb or preposition that takes it in ("displaying", "led to")
        above = {x.i for x in t.ancestors}
        toks = [x for x in t.doc if x.i < t.left_edge.i]
        while toks and (toks[-1].i in above or toks[-1].is_punct
                        or toks[-1].tag_ in ("IN", "TO", "DT", "MD", "CC", "PRP$", "POS", "WDT", "WP")):
            toks.pop()
        # ... and what follows it ("...; but the incident still provided ...")
        end = t.head.right_edge.i if t.dep_ == "pcomp" else t.right_edge.i
        after = [x for x in t.doc if x.i > end]
        while after and (after[0].is_punct or after[0].dep_ == "cc"):
            after.pop(0)
        inside = {x.i for x in after}
        if len([x for x in after if not x.is_punct]) >= 4 and any(
                x.dep_ in ("nsubj", "nsubjpass") and x.head.i in inside and x.left_edge.i == after[0].i
                for x in after):
            rest = _span(after)  # (a clause of its own, from its subject on)
    else:
        toks = [x for x in h.subtree if x.i < t.left_edge.i]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    sp = _span(toks) if len([x for x in toks if not x.is_punct]) >= 4 else None
    return [x for x in (sp, rest) if x]


def _after_quote(s: str, doc: "Doc", t: "Token", lemma: str) -> SyntaxCue | None:
    """`"We had better conventions," Texas delegate Bill Eastland, wearing a cowboy hat, said`:
    when the parse hangs the name on the quotation, the words between the closing quotation mark
    and the first comma (or the verb) are the source, the quotation the content."""
    close = max(s.rfind("\u201d", 0, t.idx), s.rfind('"', 0, t.idx))
    lead = len(s) - len(s.lstrip())
    if s[lead:lead + 1] in ('"', "\u201c"):
        # the mark that closes the opening quotation ('..., wearing "Ted Cruz" pins, said': not a later one)
        first = [k for k in (s.find("\u201d", lead + 1, t.idx), s.find('"', lead + 1, t.idx)) if k > 0]
        close = min(first) if first else close
    if close <= 0:
        return None
    seg_end = s.find(",", close + 1, t.idx)
    named = None
    if seg_end > 0 and (named := _NAME_SET_OFF.fullmatch(s, seg_end, t.idx)) is not None:
        seg_end = named.end(1)  # ('"...," the commission's co-chairman, Ivo Rask, said': the role, then the name)
    seg_end = seg_end if seg_end > 0 else t.idx
    toks = [x for x in doc if close < x.idx and x.idx + len(x.text) <= seg_end and not x.is_punct]
    if not toks or len(toks) > (12 if named else 8) or not (toks[-1].tag_ in ("NNP", "NNPS", "NN", "NNS")):
        # (a longer role before a name set off by commas: "the institute's head of forecasting, Dr. Ada Kone,")
        return None
    inside = [x for x in doc if x.idx < close and not x.is_punct and not x.is_space]
    content = (inside[0].idx, inside[-1].idx + len(inside[-1].text)) if inside else None  # "That was ...": keep "That"
    np = _span(toks)
    if content is None or np is None:
        return None
    run = []
    for x in reversed(toks):  # the proper nouns that end the source: "Bill Eastland"
        if x.tag_ not in ("NNP", "NNPS"):
            break
        run.insert(0, x.text)
    return SyntaxCue(np, (t.idx, t.idx + len(t.text)), (content[1], t.idx + len(t.text)), [content], CueForm.QUOTE, t.text,
                     lemma, 0, " ".join(run).strip(" .,") or None)


def _said_after_quotation(s: str, doc: "Doc", t: "Token", lemma: str) -> SyntaxCue | None:
    """'"There's no data to suggest that," said one strategist': a verb of speech right after the
    quotation that opens the sentence, its subject after it, which the parse hangs inside the quotation
    ("suggest that ... said": a clause of the quoted verb's). The subject speaks the quotation."""
    if C.FAMILY.get(lemma) != "speech" or t.i < 3 or doc[t.i - 1].text not in _CLOSING_QUOTES \
            or doc[t.i - 2].text not in (",", "?", "!") or s.lstrip()[:1] not in ('"', "\u201c"):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i), None)
    if subj is None or not _nominal(subj) or not_source(subj):
        return None
    inside = [x for x in doc[:t.i - 2] if not x.is_punct and not x.is_space]
    np = _span(_np_tokens(subj))
    if not inside or np is None:
        return None
    content = [(inside[0].idx, inside[-1].idx + len(inside[-1].text))]
    return SyntaxCue(np, (t.idx, t.idx + len(t.text)), _cue_words(t, np, content), content, CueForm.INVERTED, t.text,
                     lemma, 0, _proper_name(subj))


def find_cue(s: str, doc: "Doc", outside=lambda pos: True) -> SyntaxCue | None:
    """The attribution cue of one sentence (``doc`` is the parse of ``s``), if the parse shows one.
    ``outside(pos)`` tells whether a sentence offset lies outside quotation marks: a cue verb
    inside a quotation ("I think", "Bernie believes") is the quoted speaker's own words."""
    return find_cues(s, doc, outside)[0]


def find_cues(s: str, doc: "Doc", outside=lambda pos: True) -> tuple[SyntaxCue | None, list[SyntaxCue]]:
    """:func:`find_cue`'s cue, and every cue the parse shows in the sentence (for :func:`also`)."""
    verbs = [t for t in doc if t.lower_ in _WORDS]  # (each pass over a parse makes its tokens anew)
    leading = [c for c in leading_clause(doc, verbs, outside) if outside(c.verb[0])]
    cands: list[SyntaxCue] = []
    asked: set[int] = set()  # directives with a hearer and an infinitive (the verbs' offsets)
    for t in verbs:
        lemma = C.FORMS.get(t.lower_)
        if lemma is None or not outside(t.idx):
            continue
        if not (_main_verb_misparsed(t) or (t.tag_.startswith("VB") and _governs(t))):
            if (misread := _said_after_quotation(s, doc, t, lemma)) is not None:
                cands.append(misread)
            continue
        if lemma in C.WOULD_ONLY and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in t.children):
            continue  # "voters like him": no intention; "would like to shrink it": one
        if lemma == "speak" and (any(c.dep_ == "dobj" for c in t.children) or (t.dep_ == "relcl" and not any(
                (c.dep_ == "prep" and c.lower_ in ("about", "of", "against")) or c.dep_ in ("prt", "ccomp")
                for c in t.children) and _quote_after(t) is None)):
            continue  # "that fact speaks volumes", "an official who spoke anonymously to discuss strategy said": no words
        if any(c.dep_ == "prt" and (lemma, c.lower_) in C.NOT_SPOKEN for c in t.children):
            continue  # "The baggage she brings, pointed up in the race": a verb made another by its particle
        if lemma == "refer" and [x.lower_ for x in t.doc[t.i + 1:t.i + 3]] == ["to", "as"]:
            continue  # "His jet, often referred to as Pell Force One, ...": a name given, no words (the parse may read a verb)
        if t.left_edge.lower_ == "what" and t.left_edge.head.i == t.i and t.left_edge.dep_ == "dobj" \
                and free_relative(t) is None:
            continue  # "asked what Pell said about the levy", "repeated what Kone said": no words of theirs given
        src, how = _source(t)
        if lemma in C.THING_DOES and src is not None and _a_thing(src) and any(c.dep_ == "dobj" for c in t.children):
            continue  # "the tone echoed the themes of": no speech (but "Sanders", a name the tagger missed; "A number of members")
        if lemma in C.SIDE_TAKING and src is not None and src.tag_ in ("NN", "NNS") and src.text[:1].islower() \
                and _a_thing(src) and not any(_agent(x) or _SIDE_TAKER.search(x.lower_) for x in (src, *src.conjuncts)) \
                and not documentary(src.text) and not is_share(" ".join(x.text for x in src.doc[src.left_edge.i:src.i + 1])) \
                and _quote_after(t) is None:
            continue  # ("The overall backdrop should favor Democrats": a thing takes no side)
        if lemma == "weigh" and any(c.dep_ in ("dobj", "npadvmod") and any(g.dep_ == "nummod" for g in c.children)
                                    for c in t.children):
            continue  # ("The Boeing also weighs more than 100,000 pounds": a weight, no thought)
        if _no_one_speaks(t, lemma, src):
            continue  # "all signs point to a deal", "as technology threatens to change the industry": no one speaks
        if _an_act(t, lemma):
            continue  # "Schilling pitched seven innings", "the festival concluded on Saturday": no words said
        if t.tag_ == "VBN" and how == "subject" and src is not None and src.i < t.i \
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children) \
                and any(c.dep_ == "ccomp" and c.lower_ in ("is", "are", "was", "were") and c.i > t.i and not any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") and g.i < c.i for g in c.children) for c in t.children):
            continue  # ("Three names prominently mentioned as nominees are X": what was mentioned, no one who did;
            # the tagger's VBN alone is no proof: "Trump joked that Brooklyn was ...")
        if src is None and t.dep_ == "ROOT" and C.FAMILY.get(lemma) == "speech":
            quoted = _after_quote(s, doc, t, lemma)  # the parser lost the subject of `"...," X, ..., said`
            if quoted is not None:
                cands.append(quoted)
            continue
        quotation = None  # the words of a quotation the parse made the verb's subject
        if src is not None and not outside(src.idx) and (
                alt := next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i and outside(c.idx)), None)):
            # '"... the foundation, all the old stuff," said a person close to them': the subject after it
            quotation, src = [x for x in doc[:t.i] if not outside(x.idx) and not x.is_punct], alt
        if src is None or not_source(src) or src.dep_ == "expl" or not _nominal(src) \
                or any(c.dep_ == "det" and c.lower_ == "no" for c in src.children):
            continue  # ("no terrorist group has claimed ...": nobody)
        if not outside(src.idx):
            # '... One of the brightest members," X said': a source inside the quotation is a misparse;
            # the words after the closing quotation mark are the source ('"..., Mr. President," Steve Cohen told')
            quoted = _after_quote(s, doc, t, lemma) if C.FAMILY.get(lemma) == "speech" else None
            if quoted is not None and outside(quoted.np[0]):
                cands.append(quoted)
            continue
        if src.tag_ in ("NN", "NNS"):
            # "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said": the
            # name in apposition is the source
            # (the parser may hang it on the last noun before it: "supporting Mr. Cruz, Darran Whiting")
            appos = next((c for c in src.subtree if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and c.i > src.i
                          and c.i < t.i and c.doc[c.left_edge.i - 1].text == ","), None)
            if appos is not None and _proper_name(appos) and " " in _proper_name(appos):
                src = appos
        if lemma in C.EVIDENCING and not may_hold_a_view(src, lemma):
            continue  # "the transfer would mean that ...", "The presence of opal indicates": evidence, nobody's view
        if t.dep_ == "xcomp" and (up := C.FORMS.get(t.head.lower_)) in C.EVIDENCING and not may_hold_a_view(src, up):
            continue  # ("For Rubio, assimilation meant embracing his American and Cuban sides": nobody embraced)
        if lemma in C.FINDING and not _agent(src):
            continue  # ("none uncovered that ...", "only to have it discovered that ..."): a finding, no one's view
        if C.FAMILY.get(lemma) == "intention" and src.lower_ in L.INSTRUMENTS:
            continue  # "The bill seeks to cap rents": the aim of whoever wrote it, not a source
        content, whole = _content(t, lemma, src)
        if not content and quotation:  # ('"Thanks for welcoming them," said X': the parse made the quotation a subject)
            content, whole = [(quotation[0].idx, quotation[-1].idx + len(quotation[-1].text))], False
        if not content or (how == "raised" and whole and t.head.lower_ in C.FUTURE_RAISING and not any(
                c.lower_ in ("more", "less", "most", "least") for c in t.head.children)):
            continue  # ("The Herald is expected to endorse Kone": nobody has said anything yet)
        maker = _made_by(src)
        who = maker if maker is not None else src  # the survey's maker, else the source itself
        np_toks = _np_tokens(who)
        if how == "relative" and who.dep_ == "ROOT" and any(c.dep_ == "prep" and c.i < who.i for c in who.children):
            continue  # "In interviews Wednesday, Trump dismissed critics who called ...", read as one noun phrase
        if np_toks and np_toks[0].tag_ == "IN" and not (len(np_toks) > 1 and np_toks[0].lower_ == "at"
                                                       and np_toks[1].lower_ in ("least", "most")):  # ("At least a dozen members")
            # "In television interviews Wednesday, Trump": the phrase before the comma is no source;
            # "Between 3,000 (police estimate) and 8,000 people took ..., protesting": a misparse
            comma = next((k for k, x in enumerate(np_toks) if x.text == "," and x.i < who.i), None)
            if comma is None:
                continue
            np_toks = np_toks[comma + 1:]
        np = _span(np_toks)
        if np is None or (not whole and any(x0 <= np[0] < x1 for x0, x1 in content)):
            continue  # the source inside what it is said to say: a misparse
        cue = _cue_words(t, np, content)
        first = content[0]
        if how == "passive":
            kind = CueForm.PASSIVE
        elif whole or first[0] >= t.idx:
            kind = CueForm.FRONT
        elif np[0] > t.idx:
            kind = CueForm.INVERTED
        else:
            kind = CueForm.TAIL
        if kind == CueForm.TAIL and (s[:first[0]].strip()[-1:] in QUOTE_MARKS or s[first[1]:first[1] + 2].strip()[:1] in QUOTE_MARKS):
            kind = CueForm.QUOTE
            if s[:first[0]].strip()[-1:] in QUOTE_MARKS and (close := _CLOSE_IN.search(s, first[0], first[1])) is not None \
                    and not any(ch in QUOTE_MARKS for ch in s[first[0]:close.start()]):
                # ('"...," the commission's co-chairman, Ivo Rask, said': the parse ran the quotation on into the words
                # of the source after it, which split at a hyphen; what was said ends with its closing mark)
                content = [(first[0], len(s[:close.start()].rstrip(" ,.;:"))), *content[1:]]
        reporter = _reporter_part(t, np_toks, how, whole) if how in ("shared", "relative", "issuer") or contrast(t) else \
            _reporter_part(t, np_toks, "free") if free_relative(t) is not None else []
        if not reporter and t.dep_ == "relcl" and t.doc[t.left_edge.i].lower_ == "where" \
                and any(x.lower_ in ("will", "would") or x.lower_ in _SCHEDULED for x in t.doc[:t.left_edge.i]):
            # "The company will hold its investor day on Sept. 22, where it plans to outline targets": the clause the
            # place or time hangs on is the reporter's
            before = [x for x in t.doc if x.i < t.left_edge.i]
            while before and before[-1].is_punct:
                before.pop()
            reporter = [_span(before)] if len(before) >= 3 else []
        if kind == CueForm.FRONT and not whole and (aside := _even_as(t, content)) is not None:
            # "Kone said the package would clear the chamber, even as Republicans lined up amendments": the
            # reporter's setting, not what Kone said
            content, reporter = [*content[:-1], (content[-1][0], aside[0])], [*reporter, aside[1]]
        if kind == CueForm.FRONT and (after := _joined_after(t, content, clauseless=whole and not any(
                c.dep_ in ("ccomp", "xcomp") for c in t.children))) is not None:
            reporter = [*reporter, after]  # "Kone said the port would close, but the council voted to ...": the reporter's
        if t.dep_ == "parataxis" and len(content) == 2 and content[0][1] <= min(np[0], t.idx) and content[1][0] >= t.idx \
                and not _JOINS & set(s[t.idx:content[1][0] + 12].lower().split()[1:3]):  # ("..., he said, but if": two clauses)
            # "The levy, Kone said, will rise": one clause around the cue, its claim whole
            how, content = "inserted", [(content[0][0], content[1][1])]
        if whole and lemma in C.DIRECTIVE and any(c.dep_ == "xcomp" for c in t.children):
            asked.add(t.idx)  # "asked Kone to repudiate ...": a stance, as "urged ... to" is
        cands.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), cue, content, kind, t.text, lemma, _depth(t),
                               _proper_name(who), reporter, whole, how, _cut(t) if whole else None))
    cands.extend(c for c in phrasal(s, doc) if outside(c.verb[0]))
    if not cands:
        cands.extend(c for c in adjective_verb(doc) if outside(c.verb[0]))
    cands.extend(c for c in according(doc) if outside(c.verb[0]))
    cands.extend(c for c in as_reported(doc) if outside(c.verb[0]))
    if not cands:
        cands.extend(c for c in possessed_claims(doc) if outside(c.verb[0]))
    if not cands:
        cands.extend(c for c in in_source(doc) if outside(c.verb[0]))
    pool = cands + leading
    if not cands:
        cands.extend(leading)
    if not cands:
        return None, []
    fam = {"speech": 0, "cognition": 1, "intention": 2}
    # a clause reported in a relative clause ("X praised Y, who said the depot would reopen")
    # before the act described around it; then the verb nearest the root, speech before
    # cognition before intention
    relative = any(c.route in ("relative", "issuer") and not c.whole for c in cands)
    cands.sort(key=lambda c: (relative and c.whole and c.lemma not in C.KIND_OF and c.verb[0] not in asked, c.depth,
                              0 if c.how == CueForm.ACCORDING else fam.get(C.FAMILY.get(c.lemma, ""), 1), c.verb[0]))
    best = cands[0]
    if best.whole and (alt := next((
            c for c in cands if not c.whole and c.np == best.np and c.route == "shared" and c.content and best.content
            and best.content[0][0] <= c.content[0][0] and c.content[-1][1] <= best.content[-1][1]
            and (best.lemma in C.SENDING or re.fullmatch(r"\s+by\s+", s[best.verb[1]:c.verb[0]]))), None)):
        best = alt  # "Pell emailed her condolences, telling her, "...": what he told her, not the act of emailing;
        # "Kone responded by saying that ...": what she said
    if best.whole and best.how == CueForm.FRONT and (outer := next((
            c for c in cands if c.how in (CueForm.TAIL, CueForm.QUOTE) and not c.whole and c.depth == best.depth + 1
            and c.content and c.content[0][0] <= best.np[0] and best.verb[1] <= c.content[-1][1] <= c.np[0]), None)) is not None:
        best = outer  # "The coalition plans to release a list and will ask Congress for aid, its president, Ivo Rask,
        # said": the closing cue the parse hung on the plan as a joined verb says the whole of it
    if (inner := next((c for c in cands if not c.whole and reported_within(s, c, [best])), None)) is not None:
        # "He said that X, The Herald reported": the one the report quotes said it, and said X alone
        return inner, pool
    if best.whole and best.depth == 0 and (lead := next((c for c in leading if c.route == "leading" and c.verb[0] < best.verb[0]),
                                                        None)) is not None:
        # "While Ruiz has maintained that the levy is unfair, Kone has called his vote a mistake": the
        # clause said in the leading clause, not the main clause's act upon an object
        return lead, pool
    if best.how in (CueForm.TAIL, CueForm.QUOTE) and s[best.np[0]:best.np[1]].lower() in _PERSONAL:
        # "Ada Lind suggested that the plan was unserious - "...," she said - and ...", "Other
        # candidates said they support X, ..., they said": the pronoun of a parenthetical cue stands
        # for the subject of the cue before it; that cue, with its own content, is the attribution
        front = [c for c in cands[1:] if c.how == CueForm.FRONT and c.np[1] <= best.np[0]
                 and s[c.np[0]:c.np[1]].lower() not in _PERSONAL and c.content and c.content[0][0] < best.np[0]]
        if front:
            return min(front, key=lambda c: c.verb[0]), pool
    return best, pool


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# verbs whose relative clause inside a source's description says something ("..., who said he would not vote")
_EXPECTS = frozenset("expect forecast".split())
_SAYS_A_CLAUSE = frozenset("say tell add write warn predict insist argue claim note explain expect forecast believe think fear "
                           "estimate".split())  # (", who expects the shares to remain under pressure")
# what joins a second speaker's statement to the first's ("X suggested that A, while Y said that B")
_JOINT = re.compile(r",\s+(?:while|whereas|but|and|to\s+which|with)\s+$|(?<=\w)\s+(?:while|whereas|but|and)\s+$")


def also(chosen, pool: list[SyntaxCue], text: str = "") -> tuple[list[tuple[int, int]], list[SyntaxCue]]:
    """The other statements of a sentence whose attribution is ``chosen`` (a cue with ``np``,
    ``verb`` and ``content``): each cue of the parse whose source, verb and content lie outside the
    chosen cue's and outside each other's ("After Pell said that ..., Kone said: ...", "A advocates
    X; B seeks Y"), in text order; and the chosen cue's content, which ends where such a cue's
    own clause begins ("Kone is describing the bridge, while Pell argues that it will fall")."""
    content = list(chosen.content)
    cut = getattr(chosen, "cut", None)
    out, theirs = [], []  # the other statements, and the spans they hold
    for c in sorted(pool, key=lambda c: c.verb[0]):
        # (deeper in the sentence only the chosen source's own: "Kone issued a statement saying ...
        # and said ...", or a clause of its own after the main clause: "... when Pell replied that ...")
        same = c.np == chosen.np
        joined = False
        if text and not same and cut is None and c.how == CueForm.FRONT and c.content and c.content[0][0] >= c.verb[1] and (
                span := next(((a, b) for a, b in content if a < c.np[0] and c.content[-1][1] <= b), None)) is not None \
                and (joint := _JOINT.search(text, span[0], c.np[0])) is not None \
                and not (c.name and c.name == getattr(chosen, "name", None)):
            # "Rask suggested that X, while Kone said that Y", "Rask said X, and rights groups warned that Y",
            # "Rask said X, to which Kone replied: '...'": the chosen cue's content ends at the joint, where the
            # second statement begins with its own source (the parse may hang it deep inside the first)
            cut, joined = joint.start(), True
        # ('..., said Capt. Ivo Rask, who said he would not vote for either': the relative clause the
        # source's description holds is a statement of its own)
        # (words said, not a stance that describes the source: "Harlan Crow, who had supported Rubio")
        inside = c.route == "relative" and bool(c.content) and chosen.np[0] <= c.np[0] and (
            c.content[-1][1] <= chosen.np[1] or (chosen.how == CueForm.INVERTED and c.verb[0] > chosen.verb[1])) \
            and c.lemma in _SAYS_A_CLAUSE and (not c.whole or c.lemma in _EXPECTS) and c.content[-1][1] > c.verb[1]
        # (after an inverted cue's source the rest of the sentence describes it: '"...," said Ada Kone, 24, from
        # Norburg, who said ...' with the description cut short)
        # (or a clause joined right after the chosen one's, one level below it: "The debate is predictable - X has
        # vowed ..., and Y is promising ...")
        level = c.depth == getattr(chosen, "depth", 0) + 1 and bool(chosen.content) and text != "" \
            and re.fullmatch(r"\s*,?\s*(?:and|but|while|whereas)\s+", text[chosen.content[-1][1]:c.np[0]]) is not None
        if c.how != CueForm.FRONT or (c.depth > 1 and not same and c.route != "trailing" and not joined and not inside
                                      and not level) \
                or not c.content or c.verb_word.lower() in ("citing", "quoting"):
            continue  # ("..., the newspaper reported, citing documents it had seen": whence the report, no statement)
        if inside:
            c = dataclasses.replace(c, np=chosen.np)  # (who says it is the source, not the noun nearest the "who")
            if c.whole:  # ("who expects the shares to remain ...": what is expected, from the verb on)
                c = dataclasses.replace(c, content=[(c.verb[0], c.content[-1][1])], whole=False)
        if same and c.whole and c.reporter and c.content[0][0] <= c.np[0] < c.verb[0] < c.content[-1][1]:
            # "Kone sees the plan as a mistake and accused Pell of lying": the joined verb's clause, from
            # the verb on (what comes before it is the chosen cue's)
            c = dataclasses.replace(c, content=[(c.verb[0], c.content[-1][1])])
        mine = [c.np, c.verb, *c.content]
        said = mine[1:] if same and c.route == "trailing" else mine  # ("X is worried ..., because she thinks ...": X's)
        if cut is not None and all(a >= cut for a, _ in said) and any(_overlap(a, b) for a in said for b in content):
            content, cut = [(a, min(b, cut)) for a, b in content if a < cut], None
        if any(_overlap(a, b) for a in (mine[1:] if same else mine)
               for b in ((chosen.verb, *content, *theirs) if inside else (chosen.np, chosen.verb, *content, *theirs))):
            continue
        out.append(c)
        theirs.extend(mine)
    return content, out


_PERSONAL = L.PRONOUNS_PERSON | L.PRONOUNS_GROUP
