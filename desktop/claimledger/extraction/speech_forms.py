"""Side constructions of attribution read off the dependency parse, beside :mod:`speech`'s cue
verbs: a light verb with a noun of communication ("raised questions about"), a phrasal verb or an
adjective of stance ("came out against", "is confident that"), a possessed claim ("Trump's claim
that ..."), "according to X", a named poll the figures come from ("in a new X poll"), "as
reported by X", and a cue verb in a leading subordinate clause ("After X said that ..., ...").
Each returns :class:`SyntaxCue` candidates for :func:`speech.find_cue` to choose from; offsets
are relative to the sentence text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimledger.extraction import _cues as C
from claimledger.extraction.model import CueForm
from claimledger.extraction.documents import documentary
from claimledger.extraction.names import calendar_only
from claimledger.extraction.sentences import QUOTE_MARKS
from claimledger.extraction.tree import agent as _agent
from claimledger.extraction.tree import cut as _cut
from claimledger.extraction.tree import depth as _depth
from claimledger.extraction.tree import nominal as _nominal
from claimledger.extraction.tree import noun as _noun
from claimledger.extraction.tree import np_start as _np_start
from claimledger.extraction.tree import np_tokens as _np_tokens
from claimledger.extraction.tree import proper_name as _proper_name
from claimledger.extraction.tree import span as _span
from claimledger.extraction.tree import has_modal, own_time_end, that_clause, those_described
from claimledger.extraction.tree import verb as _verb

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["SyntaxCue", "NOT_SOURCE", "not_source", "phrasal", "possessed_claims", "according", "SIDE_SOURCE", "contrast", "in_source", "as_reported",
           "leading_clause", "adjective_verb", "CITED", "POSSESSED"]


@dataclass(slots=True)
class SyntaxCue:
    np: tuple[int, int]  # the source mention
    verb: tuple[int, int]
    cue: tuple[int, int]  # the attribution's own words (source, verb, "told reporters on Monday")
    content: list[tuple[int, int]]
    how: CueForm
    verb_word: str
    lemma: str = ""
    depth: int = 0
    name: str | None = None  # the source's proper name as the parse tags it ("Mary Susan")
    reporter: list[tuple[int, int]] = field(default_factory=list)  # the rest of the sentence, the reporter's
    whole: bool = False  # the content is the whole clause, source included ("accused X of Y")
    route: str = ""  # how the source was found: subject, shared, relative, passive
    cut: int | None = None  # where the cue's own clause ends, short of one joined with its own subject


NOT_SOURCE = frozenset("there what which that this these those who whom whatever nothing nobody".split())


def not_source(t: "Token") -> bool:
    """A word that is no source (:data:`NOT_SOURCE`, an animal); "the WHO", an acronym in capitals, is one, and so
    is a "those" said to be someone's ("those close to him")."""
    if those_described(t):
        return False  # "Those close to the family", "those familiar with the talks", "Those who know him": people
    return (t.lower_ in NOT_SOURCE and not (t.text.isupper() and len(t.text) > 1)) or (t.text.islower() and t.text in C.ANIMALS)
_ABOUT = frozenset("about at against on over of to for that behind".split())
_PLAIN = frozenset("clear plain known".split())  # "made it clear that"


def _made_plain(g: "Token") -> bool:
    """Is ``g`` the clause a "made clear" makes plain, as the parse hangs it: a complement, or a
    clause after "clear" that it took for the adjective's subject ("made clear that they would like")?"""
    return g.dep_ in ("ccomp", "advcl") or (g.dep_ == "csubj" and g.i > g.head.i)
# verbs that link a subject to its stance adjective ("is confident that", "seemed sure that", "grew convinced that")
_LINKING = frozenset("""is are was were be been am remain remains remained seem seems seemed appear appears appeared
become becomes became grew grows feel feels felt sounded sounds 's 're 'm \u2019s \u2019re \u2019m""".split())
_SEEMING = frozenset("seem seems seemed appear appears appeared sounded sounds".split())
POSSESSED = re.compile(r"(?:'s|\b(?:his|her|their|its))\s+(?:(?:[\w-]+\s+){0,4}[a-z]+|(?:[\w-]+\s+){1,8}?(?:is|was|remains|"
                       r"remained))\s+that\b")  # "Trump's claim that", "his argument during the debate was that"


def _particle_cue(t: "Token", kids: list) -> "Token | None":
    """The particle or preposition that makes ``t`` a phrasal cue of stance ("came out against",
    "ripped into", "weighed in"), if its children have what an entry of C.PARTICLE_CUES needs."""
    for forms, prt, prep, heads in C.PARTICLE_CUES:
        if t.lower_ not in forms:
            continue
        p = next((c for c in kids if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == prt), None) if prt else None
        if prt and p is None:
            continue
        q = next((c for c in kids if c.dep_ == "prep" and c.lower_ == prep and c.i > t.i), None) if prep else None
        if prep and (q is None or not any(g.dep_ == "pobj" and (heads is None or g.lower_ in heads) for g in q.children)):
            continue
        if t.lower_ in C.RETORT_FORMS and not (
                any((c.dep_ in ("ccomp", "parataxis") or (c.dep_ == "prep" and c.lower_ == "over")) and c.i > t.i for c in kids)
                or (p.i + 1 < len(t.doc) and t.doc[p.i + 1].text[:1] in ":\"'\u201c\u2018")):
            continue  # ("the officers fired back at the gunmen": an act)
        return q if q is not None else p
    return None


def phrasal(s: str, doc: "Doc") -> list[SyntaxCue]:
    """Cues made of a light verb and a noun of communication ("raised questions about", "took
    swipes at"), of a phrasal verb of stance ("came out against", "ripped into") or of a copula
    and an adjective of stance ("is confident that", "is critical of"): the subject is the source,
    the clause from it on the content."""
    out = []
    for t in doc:
        if not t.tag_.startswith("VB") or t.dep_ not in ("ROOT", "conj", "xcomp") or (
                t.dep_ in ("conj", "xcomp") and t.head.dep_ != "ROOT"):
            continue  # ("tried to make the case that ...": the infinitive of the sentence's verb too)
        if t.dep_ == "xcomp" and (t.lower_ in _LINKING or t.head.lower_ in _LINKING or any(
                c.dep_ == "neg" for c in t.children) or t.head.i > t.i):
            continue  # (not "did not seem to be worried", "one of the last not to make an endorsement")
        low = t.lower_
        kids = list(t.children)
        hit = plain = None
        last = t.right_edge
        if low in C.LIGHT_VERBS and not any(c.dep_ == "prt" and c.lower_ in ("down", "off", "aside") for c in kids):
            # (not "struck down assertions that ...", "brushed off claims that ...": somebody else's, rejected)
            # the noun must say what about ("raised questions about", "issued a warning that"):
            # "issued 300 flood warnings across England" counts events
            # ("threw her support behind X": the parse may hang the preposition on the verb)
            about_verb = any(g.dep_ == "prep" and g.lower_ in _ABOUT and g.i > t.i for g in kids)
            hit = next((c for c in kids if c.dep_ == "dobj" and c.lower_ in C.COMM_NOUNS and (any(
                g.dep_ in ("acl", "ccomp", "relcl") or (g.dep_ == "prep" and g.lower_ in _ABOUT)
                or (g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in g.children))  # ("a call for X to")
                for g in c.children)
                or (about_verb and not any(g.dep_ == "nummod" for g in c.children)))), None)
            if hit is None and low in ("make", "makes", "made", "making"):
                # "made it clear (that) the comment hit a nerve": what was made plain is the content
                # ("made clear that ...", "made clear Monday they ...": the parse hangs the clause on "made")
                told = next((g for g in kids if g.dep_ == "ccomp" and g.i > t.i + 1), None)
                hit = next((c for c in t.doc[t.i + 1: t.i + 3] if c.lower_ in _PLAIN and c.head.i in (t.i, t.i + 2) and (
                    any(_made_plain(g) for g in c.children) or told)), None)
                if hit is not None:  # (what was made plain ends with its clause: "..., even as X" is the reporter's)
                    last = max(hit.right_edge, told.right_edge if told is not None else hit, key=lambda x: x.i)
                    plain = next((g for g in (told, *hit.children) if g is not None and _made_plain(g)
                                  and g.left_edge.lower_ == "that" and g.left_edge.dep_ == "mark"), None) \
                        if not any(g.dep_ == "neg" for g in kids) else None  # ("made it clear that ...": the clause)
        elif any(low in forms for forms, *_ in C.PARTICLE_CUES):
            hit = _particle_cue(t, kids)
        elif low in _LINKING and not has_modal(t):
            # (what someone seems or appears to hold only with its clause: "seemed sure that ...", not the
            # reporter's "seemed certain to leave", "appeared pleased with"; nor the reporter's forecast of a
            # stance: "Kone will not be happy about ...")
            hit = next((c for c in kids if c.dep_ in ("acomp", "oprd") and c.lower_ in C.STANCE_ADJ
                        and any(g.dep_ in (("ccomp",) if low in _SEEMING else ("prep", "ccomp", "xcomp")) for g in c.children)), None)
            if hit is None:
                # "were hopeful Tuesday that ...": the parse may hang the clause, and a time before it, on the verb
                adj = next((c for c in kids if c.dep_ == "acomp" and c.lower_ in C.BELIEF_ADJ and not c.n_lefts + c.n_rights), None)
                after = adj.i + 1 if adj is not None else -1
                while 0 < after < len(t.doc) and t.doc[after].head.i == t.i and t.doc[after].dep_ == "npadvmod":
                    after += 1
                plain = next((g for g in kids if g.dep_ == "ccomp" and g.left_edge.i == after and g.left_edge.lower_ == "that"
                              and g.left_edge.dep_ == "mark" and not any(k.dep_ == "neg" for k in kids)), None)
                hit = adj if plain is not None else None
        if hit is None and low not in _LINKING and low not in C.FORMS:
            # "Democrats persisted in arguments that ...", "came back with claims that ...": their own
            # (not "Pell's claim that ...", somebody else's)
            hit = next((g for p in kids if p.dep_ == "prep" and p.lower_ in ("in", "with") for g in p.children
                        if g.dep_ == "pobj" and g.lower_ in C.ASSERTED_NOUNS and that_clause(g) is not None
                        and not any(x.dep_ == "poss" or (x.dep_ == "det" and x.lower_ in ("the", "this", "that"))
                                    for x in g.children)), None)  # ("took issue with the suggestion that ...")
        if hit is None:
            continue
        src = next((c for c in kids if c.dep_ == "nsubj"), None)
        if src is None and t.dep_ in ("conj", "xcomp"):
            src = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if src is None or not_source(src) or not _nominal(src) or src.i > t.i or not _agent(src):
            continue  # "the upsurge in fighting has raised doubts": an event, nobody speaking
        np = _span(_np_tokens(src))
        # "repeated her claim that the port will close", "is confident that rates will fall": what is
        # claimed is the that-clause; without one ("raised questions about X") the clause from the subject on
        # (not "are not convinced that ...", "is pleased that ...": the whole clause says it)
        told = (that_clause(hit) if hit.lower_ in C.ASSERTED_NOUNS | C.BELIEF_ADJ and not any(
            c.dep_ == "neg" for c in (*kids, *hit.children)) else None) or plain  # ("made clear Monday that ...")
        if told is None and hit.dep_ in ("prt", "advmod") and hit.head.i == t.i:  # "fired back that ...": the clause said
            told = next((c for c in kids if c.dep_ == "ccomp" and c.i > hit.i and not any(
                g.dep_ == "neg" for g in kids)), None)
        content = _span(list(doc[told.left_edge.i: told.right_edge.i + 1])) if told is not None else \
            _span(list(doc[_np_start(src): last.i + 1]))
        if np is None or content is None or len(t.doc[hit.i:last.i + 1]) < 3:
            continue
        out.append(SyntaxCue(np, (t.idx, hit.idx + len(hit.text)), (np[0], hit.idx + len(hit.text)), [content], CueForm.FRONT,
                             f"{t.text} {hit.text}", hit.lower_, _depth(t), _proper_name(src), whole=told is None,
                             cut=_cut(t)))
    return out


_COPULAS = frozenset("is was remains remained".split())


def _copula_clause(noun: "Token") -> "Token | None":
    """The that-clause a copula says ``noun`` is, when the noun (or "one of" it) is the copula's
    subject: "Her argument is that the tax would cut jobs" -> "cut"."""
    subj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "among"):
        subj = noun.head.head  # ("One of Trump's main talking points ... is that")
    cop = subj.head
    if subj.dep_ != "nsubj" or cop.i == subj.i or cop.lower_ not in _COPULAS:
        return None
    return next((c for c in cop.children if c.dep_ == "ccomp" and c.i > cop.i and c.left_edge.lower_ == "that"
                 and c.left_edge.dep_ == "mark" and c.left_edge.i == cop.i + 1), None)


def possessed_claims(doc: "Doc") -> list[SyntaxCue]:
    """"Trump's claim that Clinton is unqualified", "her warning that rates will rise": a noun of
    communication with a possessor and a that-clause; the possessor is the source, the clause the
    content, and the rest of the sentence the reporter's."""
    out = []
    for t in doc:
        if t.lower_ not in C.COMM_NOUNS or not _noun(t):
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and (c.tag_ in ("NNP", "NNPS") or c.lower_ in (
            "his", "her", "their", "its"))), None)
        # the that-clause right after the noun (the parser may hang it on the main verb)
        # (after a time phrase of the noun's own: "his prediction a year ago that ...")
        gap = own_time_end(t)
        clause = next((c for c in doc if _verb(c) and c.left_edge.i == gap + 1 and c.left_edge.lower_ == "that"
                       and c.left_edge.dep_ == "mark" and c.left_edge.head.i == c.i), None)
        if owner is not None and clause is None and t.lower_ in C.ASSERTED_NOUNS:
            clause = _copula_clause(t)  # "Her argument is that ...", "One of Trump's talking points is that ..."
        if owner is None or clause is None:
            continue
        end = clause.right_edge.i
        root = next((x for x in doc if x.dep_ == "ROOT"), None)
        if root is not None and root.i > clause.i and root.i != clause.i:
            # "X's accusation that the council hid the figures was rejected": up to the main verb's group
            first = min([root.i] + [c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg") and c.i > clause.i])
            end = max(end, first - 1)
        content = _span(list(doc[clause.left_edge.i:end + 1]))
        np_toks = [x for x in _np_tokens(owner) if x.tag_ != "POS"]  # "Donald Trump's" -> Donald Trump
        np = _span(np_toks) if owner.tag_.startswith("NNP") else (owner.idx, owner.idx + len(owner.text))
        if content is None or np is None or content[1] - content[0] < 12:
            continue
        before = [x for x in doc if x.i < owner.left_edge.i]
        while before and (before[-1].is_punct or before[-1].dep_ == "cc"):
            before.pop()
        # the reporter's part only when it is a clause of its own, not "... will be targets for"
        whole_clause = before and before[-1].tag_ not in ("IN", "DT", "TO", "CC", "PRP$", "POS") and any(
            _verb(x) for x in before)
        rep = _span(before) if whole_clause and len([x for x in before if not x.is_punct]) >= 4 else None
        out.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), (np[0], t.idx + len(t.text)), [content], CueForm.FRONT,
                             t.text, t.lower_, _depth(t), _proper_name(owner) if owner.tag_.startswith("NNP") else None,
                             [rep] if rep else []))
    return out


# "in X's view", "in the words of X", "by X's own admission": the one whose view, words or
# account the sentence gives, as "according to X" names it
VIEW_NOUNS = {"in": frozenset("view views opinion words estimation estimate judgment judgement reckoning telling "
                              "eyes mind".split()),
              "by": frozenset("admission account accounts estimate estimates reckoning telling".split())}


# a cheap test before parsing (:func:`speech.may_hold_cue`): a side phrase naming a source ("in
# Pell's view", "by her own admission") or a noun of saying with its clause after "in"/"with"
SIDE_SOURCE = re.compile(r"\b(?:%s)\b(?:\s+\S+){1,5}?\s+(?:%s)\b|\b(?:in|with)\s+(?:[\w-]+\s+){0,2}?(?:%s)\s+that\b" % (
    "|".join(VIEW_NOUNS), "|".join(sorted(set().union(*VIEW_NOUNS.values()))), "|".join(sorted(C.ASSERTED_NOUNS))))


def contrast(t: "Token") -> bool:
    """"X has vowed to ..., while Kone has promised to ...", "The vote comes as Republicans warn that
    ...", "Pell may run, though he has denied that he would": a cue in a contrast or a circumstance after the main clause, with a source of its own and
    words said (the main clause is the reporter's; not "As Kone said, ...", whose verb says nothing of its own)."""
    kids = list(t.children)
    mark = next((c.lower_ for c in kids if c.dep_ == "mark"), None)
    # ("..., as he seeks to ...": the main clause's subject again, whose sentence it stays; "as the
    # committee meeting began vowing to ...": the parse's, not the meeting's vow)
    return t.dep_ == "advcl" and t.i > t.head.i and mark in ("while", "whereas", "as", "though", "although") \
        and any(c.dep_ == "nsubj" and (mark != "as" or (c.tag_ != "PRP" and _agent(c))) for c in kids) \
        and any(c.dep_ in ("ccomp", "xcomp") for c in kids)  # (not "backed Trump")


def _viewer(t: "Token") -> "Token | None":
    """The owner of the view a side phrase "in X's view" / "in the view of X" opens with ``t``."""
    if t.dep_ != "prep" or t.lower_ not in VIEW_NOUNS or not (t.head.pos_ in ("VERB", "AUX") or t.head.dep_ == "ROOT"):
        return None  # (a noun's phrase is no side phrase: "a change in his views")
    doc, end = t.doc, t.right_edge.i + 1
    if (t.i > 0 and not doc[t.i - 1].is_punct) or (end < len(doc) and not doc[end].is_punct):
        return None  # set off from its clause, else the verb's own ("believed in her judgment", "summed up in the words of")
    noun = next((c for c in t.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in VIEW_NOUNS[t.lower_]:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and (of := next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
        owner = next((g for g in of.children if g.dep_ == "pobj"), None)
    if owner is None or owner.lower_ in ("its", "my", "our", "your") or owner.pos_ == "DET":
        return None  # (the reporter's own view, or a thing's: "in its estimate")
    return owner


def according(doc: "Doc") -> list[SyntaxCue]:
    out = []
    for t in doc:
        if t.lower_ == "according":
            to = next((c for c in t.children if c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        else:
            obj = _viewer(t)
        if obj is None:
            continue
        np = _span([x for x in _np_tokens(obj) if x.tag_ != "POS"])  # ("by the mayor's own admission")
        if np is None:
            continue
        ph0, ph1 = t.idx, t.right_edge.idx + len(t.right_edge.text)
        before = [x for x in doc if x.idx + len(x.text) <= ph0]
        after = [x for x in doc if x.idx >= ph1]
        sp = _span(before) if len([x for x in before if not x.is_punct]) >= 3 else _span(after)
        words_after = len([x for x in after if not x.is_punct])
        words_before = len([x for x in before if not x.is_punct])
        if words_before and words_after >= 2 and any(x.head.idx >= ph1 for x in before if not x.is_punct):
            # inserted in its clause ("The team will, according to the statement, include ...", "The
            # plant, according to the company, will close"): the clause around it, as one span
            sp = _span(before + after)
        if sp is None or (words_after < 3 and words_before < 3):
            sp = _span(list(doc))  # "That's according to exit polls": the whole sentence
        if sp is None:
            continue
        # a clause joined after it: with its own subject, the reporter's ("The plant will close,
        # according to the company, and the port reopened ..."); else the source's too
        rest = [x for x in after if not x.is_punct]
        joined = next((x for x in rest if _verb(x) and x.dep_ == "conj"), None) \
            if sp[1] <= ph0 and len(rest) >= 3 and rest[0].dep_ == "cc" else None
        more = _span(after) if joined is not None else None
        own = joined is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in joined.children)
        out.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), (ph0, ph1), [sp] + ([more] if more and not own else []),
                             CueForm.ACCORDING, "according to", "according", _depth(t),
                             reporter=[more] if more and own else []))
    return out


CITED = frozenset("poll polls survey surveys study studies report analysis average tally count projection projections".split())


def in_source(doc: "Doc") -> list[SyntaxCue]:
    """"In a new Washington Post-ABC News poll released Sunday, three of four Americans
    disapproved ...", "... leads by 9 points in the RealClearPolitics average": a named poll or
    study the sentence's figures come from is their source, as with "according to". Only a named
    one (a proper noun before the noun), and only when no verb in the sentence names a source."""
    out = []
    for t in doc:
        if t.lower_ != "in" or t.dep_ != "prep":
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lower_ not in CITED:
            continue
        np_toks = [x for x in _np_tokens(obj) if x.i <= obj.i]
        if not any(x.i < obj.i and (x.tag_ in ("NNP", "NNPS") or (x.text[:1].isupper() and x.tag_.startswith("NN")))
                   and not calendar_only(x.text) for x in np_toks):
            continue  # (a day's or a month's poll is a vote: "in Wednesday's poll")
        np = _span(np_toks)
        ph0, ph1 = t.idx, t.right_edge.idx + len(t.right_edge.text)
        before = [x for x in doc if x.idx + len(x.text) <= ph0]
        after = [x for x in doc if x.idx >= ph1]
        words_before = len([x for x in before if any(ch.isalnum() for ch in x.text)])  # (a symbol is no word)
        words_after = len([x for x in after if any(ch.isalnum() for ch in x.text)])
        if words_before >= 3 and words_after >= 3:
            sp = _span(list(doc))  # in the middle: the sentence around it
        else:
            sp = _span(after) if words_after >= 3 else _span(before) if words_before >= 3 else None
        if np is None or sp is None:
            continue
        out.append(SyntaxCue(np, (t.idx, t.idx + 2), (ph0, ph1), [sp], CueForm.ACCORDING, "in", "according",
                             _depth(t)))
    return out


# verbs of saying whose object is the one told or the one named ("As one employee told Palo Alto Weekly, ...",
# "as The Daily Beast called them, ''Manchurian anchors''")
_TO_A_HEARER = frozenset("tell inform assure remind advise warn call describe dub label term characterize".split())


def as_reported(doc: "Doc") -> list[SyntaxCue]:
    """"As reported by Politico, ...", "The campaign, first reported by The Washington Post, ...",
    "As Western Journalism reported, ...": a reporting verb in a side phrase names the source of
    the sentence around it, as "according to" does."""
    out = []
    for t in doc:
        lemma = "say" if _put_it(t) else C.FORMS.get(t.lower_)
        if lemma is None or C.FAMILY.get(lemma) != "speech" or not t.tag_.startswith("VB") or t.dep_ not in ("acl", "advcl"):
            continue
        kids = list(t.children)
        if any(c.dep_ in ("ccomp", "xcomp") for c in kids) or lemma == "rule":
            continue  # "As Pell announces that he is ready, he is set to ...": what he announces is his clause
            # ("as technology threatens to change the industry, ...": a circumstance, no one cited; "when ruled
            # by General X": governed, nothing ruled on)
        if lemma in ("speak", "talk") or (lemma not in _TO_A_HEARER and not _put_it(t)
                                           and any(c.dep_ == "dobj" and c.lower_ != "it" for c in kids)):
            continue  # "As Lind spoke, the union was ...", "..., as Democrats blast Portman for ...": while, not
            # according to (but "As one employee told Palo Alto Weekly, ...", "as she put it")
        agent = next((c for c in kids if c.dep_ == "agent"), None)
        if agent is not None and lemma in C.ASKING:
            continue  # ("Asked by Lind if ..., Rask avoided an answer": who asks vouches for nothing that follows)
        src = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ == "as"), None)
        if src is None and mark is not None:
            src = next((c for c in kids if c.dep_ == "nsubj"), None)  # "As Western Journalism reported,"
            if src is None and t.tag_ in ("VBD", "VBZ", "VBP"):
                # ("As Ola Holm, a former harbour master, put it": the parse may take "As" for a preposition)
                src = next((g for g in mark.children if g.dep_ == "pobj" and g.i < t.i), None)
            if src is not None and any(x.text in _DASHES for x in doc[mark.i:src.i]):
                continue  # "As the Post—even the devil can quote statistics—observed": an aside's subject
        if src is None or not _nominal(src) or not_source(src):
            continue
        if t.dep_ == "acl" and (t.tag_ != "VBN" or (mark is None and lemma not in C.REPORTED_BY and not (
                lemma in C.ISSUED_BY and (documentary(t.head.lower_) or t.head.lower_ in CITED | _MEDIA)))):
            # "a report saying ...": another construction; "raids ordered by X", "a biography written by
            # X": an act, no source ("first reported by X", "a survey published by X": the source)
            continue
        lo, hi = t.left_edge.i, t.right_edge.i
        np = _span(_np_tokens(src))
        before = [x for x in doc if x.i < lo]
        after = [x for x in doc if x.i > hi]
        words_before = len([x for x in before if any(ch.isalnum() for ch in x.text)])  # (not "~ As Vulture put it")
        words_after = len([x for x in after if any(ch.isalnum() for ch in x.text)])
        middle = words_before >= 1 and words_after >= 3
        if middle:
            content = _span([x for x in doc])  # in the middle: the sentence around it
        else:
            content = _span(after) if words_after >= 3 else _span(before) if words_before >= 3 else None
        if np is None or content is None:
            continue
        ph0, ph1 = t.doc[lo].idx, t.doc[hi].idx + len(t.doc[hi].text)
        out.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), (ph0, ph1), [content], CueForm.ACCORDING,
                             t.text, lemma, _depth(t), _proper_name(src), whole=middle))
    return out


def _put_it(t: "Token") -> bool:
    """"As Ola Holm put it, ...", "..., as she puts it": the idiom says what someone said, in their
    words ("put it on the table" is no such phrase: it needs the "as")."""
    return t.lower_ in ("put", "puts") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)


# what is issued as a document is, besides the documents names.py knows ("images published by X")
_MEDIA = frozenset("images photographs photos video videos footage numbers".split())
_DASHES = frozenset("\u2014 \u2013 -- -".split())
_LEADING_MARKS = frozenset("after when before since once as because although though while until".split())


def leading_clause(doc: "Doc", verbs: "list[Token] | None" = None, outside=lambda pos: True) -> list[SyntaxCue]:
    """"After Judge Amadi said that the law might be struck down, the senator criticized him": a
    cue verb in a leading subordinate clause, with a clause of its own, attributes that clause;
    the main clause after it is the reporter's. (Only when the sentence has no cue of its own.)
    The same for such a clause after the main clause (route "trailing": "The anchor was trying to
    ask a question when Pell replied that the journalist had not been called on"). ``outside(pos)``: is
    a sentence offset outside quotation marks."""
    out = []
    for t in (doc if verbs is None else verbs):  # (``verbs``: the words of the sentence that are cue verbs)
        lemma = C.FORMS.get(t.lower_)
        if lemma is None or C.FAMILY.get(lemma) == "intention" or not t.tag_.startswith("VB"):
            continue
        # the clause's own verb, or a verb joined to it that shares its subject ("When Kone referred
        # to the flooding and said she would ...")
        h = t.head if t.dep_ == "conj" and t.head.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in t.children) else t
        if h.dep_ != "advcl":
            continue
        kids = list(t.children)
        mark = next((c for c in h.children if c.dep_ in ("mark", "advmod") and c.lower_ in _LEADING_MARKS), None)
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in kids if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
        if mark is None or subj is None or comp is None or not _nominal(subj) or not_source(subj):
            continue
        if any(c.dep_ == "auxpass" for c in h.children):
            continue  # "While it’s assumed the ruling should ...": a passive's subject says nothing
        if lemma in C.ASKING and comp.left_edge.lower_ in C.WH:
            continue  # "When a reporter asked Kone if the levy would pass": a question, no claim
        if h.left_edge.i != mark.i:
            continue  # the clause opens with its mark
        trailing = mark.i > h.head.i
        if not trailing and (h.right_edge.i >= h.head.i or h.head.i <= comp.right_edge.i):
            continue  # leading, and before the main clause's verb
        main_verb = h.head.head if h.head.dep_ == "xcomp" else h.head  # ("was trying to ask ... when": "trying")
        if trailing and (main_verb.dep_ != "ROOT" or comp.left_edge.lower_ in C.WH
                         or any(x.lower_ in ("i", "me", "my") and outside(x.idx) for x in doc)):
            continue  # after the main clause, and hung on its verb (not inside a clause that leads the main one), a
            # clause said, not a question ("as he explained how tough it is"); and not in someone's own telling
            # ("Liberals got mad because they didn't think I did enough": the one who speaks says so)
        sub = [x for x in comp.subtree]
        that = next((g for g in comp.children if g.dep_ == "mark" and g.lower_ == "that"), None)
        if that is not None:
            sub = [x for x in sub if x.i > that.i]
        content = _span(sub)
        own = _span(_np_tokens(subj))
        who = _described_subject(main_verb, subj) if trailing else None
        np = _span(_np_tokens(who)) if who is not None else own
        main = [x for x in doc if (x.i < mark.i if trailing else x.i > h.right_edge.i) and not x.is_punct]
        rep = _span(main) if len(main) >= 3 else None
        if content is None or np is None or own is None:
            continue
        out.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), (own[0], t.idx + len(t.text)), [content], CueForm.FRONT,
                             t.text, lemma, _depth(t), _proper_name(subj) if subj.tag_.startswith("NNP") else None,
                             [rep] if rep else [], route="trailing" if trailing else "leading"))
    return out


def _described_subject(verb: "Token", pronoun: "Token") -> "Token | None":
    """"The head of the union is worried about X, because she thinks he can win": the description
    that is the subject of the main clause's ``verb``, for the he, she or they that is the subject of a
    clause after it (of the same number; a name is left to the pronoun's own resolution, which knows
    its sex)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or pronoun.lower_ not in ("he", "she", "they") or subj.tag_ not in ("NN", "NNS") or not _agent(subj):
        return None
    return subj if (subj.tag_ == "NNS") == (pronoun.lower_ == "they") else None


def adjective_verb(doc: "Doc") -> list[SyntaxCue]:
    """"Trump described families playing in Central Park", "Biden rubbished Trump's claim to ...",
    "Khan, the father of a slain soldier, decried Trump's calls ...": the small parser may read a
    sentence's only finite verb, a verb of speech, as an adjective on the noun after it, and the
    sentence as a noun phrase. The proper name right before the verb (or before the description
    set off by commas) speaks; the clause from it on is what it says, as for "accused X of Y"."""
    root = next((x for x in doc if x.dep_ == "ROOT"), None)
    if root is None or root.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD"):
        return []
    out = []
    for t in doc:
        if t.dep_ != "amod" or t.tag_ not in ("VBD", "VBN") or C.FAMILY.get(C.FORMS.get(t.lower_, "")) != "speech" \
                or t.i < 1 or len(doc) - t.i < 4 or not (t.head.i > t.i and _noun(t.head)):
            continue
        end = t.i - 1
        if doc[end].text == ",":  # "Khan, the father of a slain soldier, decried": the name before the description
            first_comma = next((x.i for x in doc[:end] if x.text == ","), None)
            if first_comma is None or first_comma == end:
                continue
            end = first_comma - 1
        start = end
        while start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS"):
            start -= 1
        if doc[end].tag_ not in ("NNP", "NNPS") or (start > 0 and doc[start - 1].text not in (",", ";")):
            continue
        np = _span(list(doc[start:end + 1]))
        content = _span(list(doc[start:]))
        if np is None or content is None:
            continue
        out.append(SyntaxCue(np, (t.idx, t.idx + len(t.text)), (np[0], t.idx + len(t.text)), [content], CueForm.FRONT,
                             t.text, C.FORMS[t.lower_], 0, doc[start:end + 1].text, whole=True, route="subject"))
    return out


def reported_within(s: str, inner, pool: list[SyntaxCue]) -> bool:
    """Whether ``inner`` (a cue at the sentence's second level: "He said that X") is what a cue of
    ``pool`` reports right after it ("..., The Herald reported"; "..., reported the Herald")."""
    if inner.how != CueForm.FRONT or inner.depth != 1 or s[inner.np[0]:inner.np[1]].lower() in ("i", "we", "you"):
        return False  # ("I guess that settles it, said six-million people": their words)
    end = inner.content[-1][1]
    return any(c.depth == 0 and c.how in (CueForm.TAIL, CueForm.QUOTE, CueForm.INVERTED) and not c.whole
               and c.lemma in C.REPORTS_AFTER  # (not "42% say they're liberal, 32% call themselves conservative")
               and c.content[0][0] <= inner.np[0] and end <= c.content[-1][1] <= min(c.np[0], c.verb[0])
               and not any(q in s[c.verb[1]:] for q in QUOTE_MARKS)
               and s[end:min(c.np[0], c.verb[0])].strip(" '" + QUOTE_MARKS) == "," for c in pool)


def may_hold_a_view(src: "Token", lemma: str) -> bool:
    """Whether the subject of a verb of evidence ("shows", "indicates") may be someone: an agent or
    one joined to it ("a state and Cruz", a misparse); and, except after "mean" ("Unity means ...",
    "Clinton's win means ..."), a document or a phrase that names one, a number or share of people
    ("Twelve percent indicated"), or a bare capitalised singular the tagger may have taken for a
    common noun ("Trump has raised questions ..., falsely suggesting")."""
    if _agent(src) or any(_agent(c) for c in src.conjuncts):
        return True
    return lemma != "mean" and (any(x.lower_ in C.SOURCE_NOUNS for x in src.subtree) or documentary(src.text)
                                or src.tag_ in ("CD", "DT") or src.lower_ in ("percent", "%")
                                or (src.tag_ == "NN" and src.text[:1].isupper() and not list(src.children)))
