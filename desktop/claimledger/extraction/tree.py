"""Reading the parse: word classes from the tagger's Penn Treebank tags, phrases and spans.

Helpers of the parse-based attribution stage (:mod:`speech`). The pipeline runs without its
attribute ruler, which maps the fine tags to coarse classes and cost half of the parse time (4.2
of 8.6 s measured), so word classes are read off ``tag_`` here.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimledger.extraction import _cues as C
from claimledger.extraction import _lexicon as L

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["agent", "colon_quotation", "subject_on_opening", "subject_set_off_before", "noun", "noun_in_phrase", "nominal", "verb", "to_infinitive", "depth", "span", "np_tokens", "np_start", "proper_name",
           "own_clause", "clause_end", "cut", "has_modal", "token_at"]


def noun(t: "Token") -> bool:
    return t.tag_ in ("NN", "NNS", "NNP", "NNPS")


def those_described(t: "Token") -> bool:
    """"Those close to the family", "those familiar with the talks", "Those who know him": people, by
    what is said of them."""
    return t.lower_ == "those" and any(c.i > t.i and c.dep_ in ("amod", "acl", "relcl", "prep") for c in t.children)


def nominal(t: "Token") -> bool:
    """A noun or a personal pronoun; or a number or quantifier with its "of" phrase ("one of the
    delegates", "Some of Clinton's allies", "Most of the senators" but not "..., most of them seeking
    asylum"), or a share ("nine out of 10", "six in 10")."""
    quantifier = t.tag_ in ("CD", "DT") or (t.lower_ in ("most", "many", "few", "several") and t.head.tag_ != "VBG")
    return t.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP") or misread_name(t) or those_described(t) or _age(t) or (
        quantifier and any(c.dep_ == "prep" and (c.lower_ == "of" or (
            t.tag_ == "CD" and c.lower_ in ("out", "in") and any(g.tag_ == "CD" or g.lower_ == "of" for g in c.children)))
            for c in t.children)) or (
        # ("About 4 in 10": the parser may hang "4" and "in" on "10")
        t.tag_ == "CD" and {c.lower_ for c in t.children if c.dep_ == "quantmod"} & {"in", "out"}
        and any(c.tag_ == "CD" and c.dep_ == "quantmod" for c in t.children)) or (
        # ("Nearly two-thirds of Democratic primary voters": the parser may hang "thirds of ..." on "two")
        t.tag_ == "CD" and any(c.dep_ == "quantmod" and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                               for c in t.children))


def _age(t: "Token") -> bool:
    """"The 54-year-old said ...": an age standing for the person (the parse reads "old", an adjective)."""
    le = t.left_edge.i  # ("The" may hang on the verb: the parse then reads "old" as the verb's modifier)
    return t.lower_ == "old" and t.tag_ == "JJ" and (t.doc[le].lower_ == "the" or (le and t.doc[le - 1].lower_ == "the")) \
        and any(c.lower_ in ("year", "years") and c.i == t.i - 2 for c in t.children)


def misread_name(t: "Token") -> bool:
    """A subject the tagger read as a verb: a name ending in "-ed" ("Husted continued by saying
    ...") or in "-ing" right before its finite verb, with nothing of its own ("Ebeling reminisced
    about ..., and said"; not a gerund with an object or an adverb: "Raising taxes will ...")."""
    if t.dep_ != "nsubj" or not (t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if t.tag_ == "VBG":
        return not any(t.children) and t.head.i == t.i + 1 and t.head.tag_ in ("VBD", "VBZ", "VBP")
    return t.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("det", "aux", "auxpass") for c in t.children)


def token_at(doc, offset: int) -> "Token | None":
    """The word of a parsed sentence that starts at ``offset``, if one does."""
    return next((x for x in doc if x.idx == offset), None)


def noun_in_phrase(doc, offset: int) -> bool:
    """Whether the word at ``offset`` is a noun inside a noun phrase ("The most telling promise Mrs.
    X has made ...", "His cost estimates have been ...": not the verbs "promise", "estimates")."""
    t = token_at(doc, offset)
    return t is not None and t.tag_ in ("NN", "NNS") and (t.dep_ == "pobj" or (  # "into development projects"
        t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            c.dep_ in ("det", "poss") or (c.dep_ == "compound" and c.tag_ == "NN") for c in t.children)) or (
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.tag_ in ("VBD", "VBZ", "VBP")  # "Cadell estimates were"
        and any(c.dep_ in ("compound", "amod") for c in t.children)))  # ("Initial estimates put")


def verb(t: "Token") -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def has_modal(t: "Token") -> bool:
    """Whether verb ``t`` carries a modal auxiliary ("will be", "might name")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in t.children)


def to_infinitive(t: "Token") -> bool:
    """ "to predict", "to have told": the verb carries the infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def depth(t: "Token") -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def span(tokens: list["Token"]) -> tuple[int, int] | None:
    toks = [t for t in tokens if not t.is_space]
    # (a "that" opening a sentence or a quotation is the demonstrative: '"That is a disservice," Pell charged';
    # so is one right after a verb that the parse makes the clause's subject: "said that would be a mistake")
    while toks and (toks[0].is_punct or toks[0].lower_ in ("and", "but") or (
            toks[0].lower_ == "that" and toks[0].i > 0 and not toks[0].doc[toks[0].i - 1].is_punct
            and not (toks[0].dep_ in ("nsubj", "nsubjpass") and toks[0].doc[toks[0].i - 1].tag_.startswith("VB")))) \
            and len(toks) > 1:
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


# what opens a clause set off by commas inside a subject ("many Democrats, while still confident in X, are warning")
_SET_OFF_MARKS = frozenset("while though although albeit if when once because since unless whether".split())


_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))
_WHEN_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning
afternoon evening night week weekend month year""".split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def np_tokens(head: "Token") -> list["Token"]:
    """The source mention: the subject's phrase without a relative clause or a trailing comma (a "those"
    keeps its own: "Those who know him")."""
    cut = set()
    for c in head.children:
        if c.i > head.i and ((c.dep_ in ("relcl", "acl") and head.lower_ != "those") or (
                c.left_edge.lower_ in _SET_OFF_MARKS and head.doc[c.left_edge.i - 1].text == ",")):
            cut.update(x.i for x in c.subtree)  # (nor a clause set off after it: "many Democrats, while still confident ...,")
        elif c.i > head.i and c.dep_ in ("prep", "npadvmod") and any(x.lower_ in _WHEN_WORDS or _YEAR.fullmatch(x.text)
                                                                  for x in c.subtree) \
                and (c.dep_ == "npadvmod" or c.lower_ in ("on", "in", "at", "during", "over")) and len(list(c.subtree)) <= 4 \
                and not any(b.i > c.i and b.dep_ == "prep" and b.lower_ in ("by", "from") for b in head.children):
            # ("German unions on Monday called for ...": when, not who; but "A study last year by the X
            # Institute found": when, then who made it)
            cut.update(x.i for x in c.subtree)
    for x in head.subtree:
        if x.dep_ == "relcl" and x.head.i != head.i and x.left_edge.i > head.i and head.doc[x.left_edge.i - 1].text == "," \
                and _within_description(x.head, head):
            cut.update(y.i for y in x.subtree)  # (one set off deeper in: "Tor Lind, a Republican from Norburg, who told ...")
    toks = [x for x in head.subtree if x.i not in cut]
    # keep it contiguous from the left edge
    out = []
    for x in toks:
        if out and x.i != out[-1].i + 1:
            break
        out.append(x)
    while out and (out[-1].is_punct or out[-1].lower_ in ("who", "which", "that")
                   or (out[-1].lower_ == "out" and out[-1].i + 1 in cut)):  # ("a poll out this week")
        out.pop()
    if len(out) > 1 and out[-1].dep_ == "case" and out[-1].lower_ in ("'s", "\u2019s") and out[-1].head.i == head.i \
            and head.dep_ in ("nsubj", "nsubjpass"):
        out.pop()  # "Christie's been making the case": "has", not a possessor
    dash = max((k for k, x in enumerate(out) if k and x.i < head.i and x.text in _DASHES
                and x.whitespace_ and out[k - 1].whitespace_), default=None)  # (a dash set off by spaces, no hyphen)
    end = head.head.i if head.head.i > head.i else len(head.doc)
    if dash is not None and not any(y.text in _DASHES and y.whitespace_ for y in head.doc[out[dash].i + 1:end]):
        # (not the first of two around an aside after a name: "Ada Kone -- author of a book on the port -- said")
        out = out[dash + 1:]  # ("... is also predictable - Donald J. Trump has vowed": the parse runs the clause before in)
    while out and out[0].is_punct:
        out.pop(0)
    if out and _age(head) and out[0].i and (det := head.doc[out[0].i - 1]).lower_ == "the":
        out.insert(0, det)  # ("The 46-year-old said": the parse hangs "The" on the verb)
    return out


def _within_description(t: "Token", head: "Token") -> bool:
    """Whether ``t`` is in what the phrase of ``head`` says of it (an apposition, what it is of or from,
    another joined to it: "Tor Lind, a Republican from Norburg", "one person with knowledge of the
    matter"), not in a clause the parse ran into the phrase."""
    while t.i != head.i:
        if t.dep_ not in ("appos", "prep", "pobj", "compound", "conj"):
            return False
        t = t.head
    return True


_JOINED = ("advcl", "conj", "parataxis")


def own_clause(c: "Token") -> bool:
    """A clause joined to a verb that has a subject of its own ("..., while Pell is arguing that
    ...", "... and Gates said ..."): another statement, not more of the verb's ("pressed for the
    mayor to resign" is the verb's own)."""
    return c.dep_ in _JOINED and verb(c) and not to_infinitive(c) and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)


def clause_end(t: "Token") -> int:
    """The index of the last word of verb ``t``'s own clause: its right edge, short of a clause
    joined after it with a subject of its own (and the comma or conjunction before that)."""
    joined = min((c.i for c in t.children if c.i > t.i and own_clause(c)), default=None)
    if joined is None:
        return t.right_edge.i
    end = t.doc[joined].left_edge.i - 1
    while end > t.i and (t.doc[end].is_punct or t.doc[end].dep_ == "cc"):
        end -= 1
    return end


def cut(t: "Token") -> int | None:
    """Where verb ``t``'s own clause ends, when a clause with a subject of its own is joined after
    it ("Kone is describing the bridge, while Pell argues that ..."): a sentence offset."""
    e = clause_end(t)
    return t.doc[e].idx + len(t.doc[e].text) if e < t.right_edge.i else None


def own_time_end(t: "Token") -> int:
    """The last index of a short time phrase of word ``t``'s own right after it ("his prediction a
    year ago that ...", "were hopeful Tuesday that ..."), else ``t``'s own index."""
    return next((x.right_edge.i for x in t.rights if x.dep_ in ("advmod", "npadvmod") and x.left_edge.i == t.i + 1
                 and x.right_edge.i - t.i <= 4 and not any(y.is_punct for y in x.subtree)
                 and x.lower_ not in ("enough", "so", "too")), t.i)  # ("concerned enough that ...": a result)


def that_clause(t: "Token") -> "Token | None":
    """The clause "that ..." right after noun or adjective ``t`` ("her claim that ...", "confident
    that ...", after a time of its own: "hopeful Tuesday that ..."), if the parse hangs one on it."""
    after = own_time_end(t) + 1
    return next((g for g in t.children if g.dep_ in ("acl", "ccomp") and g.i > t.i and g.left_edge.i == after
                 and g.left_edge.lower_ == "that" and g.left_edge.dep_ == "mark" and g.left_edge.head.i == g.i), None)


def np_start(src: "Token") -> int:
    """Index of the source mention's first token: where a whole-clause content begins."""
    toks = np_tokens(src)
    return toks[0].i if toks else src.i


def proper_name(src: "Token") -> str | None:
    """The run of proper nouns that ends at the source's head ("Minnesota state delegate Mary
    Susan" -> "Mary Susan"); None when the head is a common noun or a pronoun."""
    if src.tag_ not in ("NNP", "NNPS") or src.lower_ in C.SOURCE_NOUNS:
        return None
    toks = [src]
    i = src.i - 1
    doc = src.doc
    while i >= 0:
        if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ \
                and doc[i - 1].tag_ in ("NNP", "NNPS"):
            toks[:0] = [doc[i - 1], doc[i]]  # "Alex Seitz-Wald": the parser splits at the hyphen
            i -= 2
            continue
        if doc[i].tag_ in ("NNP", "NNPS") and doc[i].head.i in (src.i, *(x.i for x in toks)):
            toks.insert(0, doc[i])
            i -= 1
            continue
        break
    while len(toks) > 1 and toks[0].lower_ in L.PARTY_WORDS:
        toks = toks[1:]  # "Democrat Hillary Clinton": the party is no part of the name
    name = "".join(x.text_with_ws for x in toks).strip(" .,")
    return name or None


_GERUND_PREPS = frozenset("by in after before upon since while to of".split())
QUOTED_FORMS = frozenset("quoted cited reported".split())


def by_gerund_verb(t: "Token") -> "Token | None":
    """The verb a "by ...ing", "in ...ing" or "after ...ing" phrase hangs on, when ``t`` is that gerund
    ("began by crediting", "erred in saying", "changed course after saying", "pivoted to arguing that"):
    its subject is the gerund's."""
    h = t.head
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and h.lower_ == "as" and h.dep_ == "prep" and h.head.lower_ in QUOTED_FORMS \
            and any(c.dep_ == "nsubjpass" for c in h.head.children):  # (not "shouldn't be read as saying")
        return h.head  # "Kone was quoted (by Reuters) as saying ...": the one quoted says it
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and h.lower_ in _GERUND_PREPS and h.dep_ == "prep" and verb(h.head) and (
            h.lower_ in ("by", "in") or any(c.dep_ == "ccomp" for c in t.children)):  # ("after tweeting a photo": an act)
        if h.lower_ == "in" and any(c.dep_ == "neg" or (c.dep_ == "nsubj" and c.left_edge.lower_ in ("neither", "no", "none"))
                                    for c in h.head.children):
            return None  # "neither X nor Y have gone as far as Z in chiding him": nobody said it
        if h.lower_ == "of" and any(c.dep_ == "dobj" and (c.tag_ in ("PRP", "NNP", "NNPS") or (
                c.tag_.startswith("NN") and agent(c))) for c in h.head.children):
            return None  # "cleared Pell of claiming that ...": Pell's words ("took the step of announcing": hers)
        return h.head  # ("pivoted to arguing that ...")
    return None


_PEOPLE = frozenset("""critic voter supporter opponent member citizen parent student teacher lawmaker democrat
republican conservative liberal progressive delegate donor fan observer commentator pundit reporter journalist
writer author host moderator candidate leader nominee senator governor mayor woman man girl boy employee friend
neighbor neighbour everyone everybody someone somebody ally staffer associate colleague insider audience crowd""".split())
_ROLES = L.PERSON_ROLES | L.BODY_ROLES | L.GROUP_ROLES | _PEOPLE


def agent(t: "Token") -> bool:
    """A source that can hold a view: a name, a personal pronoun, a role or a body ("critics",
    "the ministry")."""
    if t.tag_ in ("NNP", "NNPS") or t.lower_ in ("he", "she", "they", "we", "i", "you"):
        return True
    w = t.lower_
    return w in _ROLES or (w.endswith("s") and w[:-1] in _ROLES) or (w.endswith("ies") and w[:-3] + "y" in _ROLES)


def colon_quotation(doc, content: tuple[int, int]) -> tuple["Token", "Token"] | None:
    """'Ostby continued: "..."', 'Kone delivered a blunt message to the board: "..."', 'She was far
    less cheerful: "..."': in a sentence whose own clause ends in a colon and whose rest is one
    quotation (``content``, sentence offsets), the quotation is what the clause's subject says.
    The subject and its verb, when the subject can speak (a name, he or she, a role or a body;
    never "there", "it" or "the timing of X"; "they hold banners reading: ..." is too loose)."""
    colon = next((t for t in doc if t.text == ":" and t.idx < content[0]), None)
    if colon is None:
        return None
    # the clause's own verb: the first before the colon with a subject before it, outside a relative
    # clause ("leaned in and boomed": the first of the two; the parse may hang it on the quotation's)
    root = next((t for t in doc[: colon.i] if verb(t) and t.dep_ not in ("relcl", "acl", "amod") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in t.children)
        and not (t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children))), None)  # ("As the crowd cheered, ...")
    if root is None:
        return None
    subj = next(c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i)
    if not agent(subj) or subj.lower_ in ("i", "we", "you", "they") or any(  # ("they will hold banners")
            t.text in ("\"", "\u201c", "\u201d") or (t.dep_ == "mark" and t.lower_ == "that") for t in doc[: colon.i]):
        return None  # ("she is sure that X: "..."": the clause holds its own content)
    return subj, root


def with_subject(t: "Token") -> "Token | None":
    """The subject of a gerund that reports a clause after "with" ("..., with Kone saying the levy
    will rise", "with Cruz promising to ...", "with 47 percent saying they will ..."): its own
    subject, or the noun the parse hangs on "with" right before it; a name or a share of people
    only ("with each candidate questioning the other's fitness", "with the prosecution hoping to
    rest its case" describe what is going on)."""
    if t.tag_ != "VBG" or not any((c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                                  or (c.dep_ == "xcomp" and to_infinitive(c))
                                  # ("with Kone calling Mensah a fascist", "with Kone calling for a ban")
                                  or (C.FORMS.get(t.lower_) in C.OBJECT_CONTENT and c.i > t.i
                                      and (c.dep_ in ("dobj", "oprd") or (c.dep_ == "prep" and c.lower_ == "for")))
                                  for c in t.children):
        return None
    if t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.lower_ == "with":
        subj = t.head  # (the parse may hang the gerund on the noun)
    elif t.dep_ == "pcomp" and t.head.lower_ == "with":
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None:
            subj = next((c for c in t.head.children if c.dep_ == "pobj" and c.right_edge.i == t.i - 1), None)
    else:
        return None
    if subj is None or not (subj.tag_ in ("NNP", "NNPS") or subj.lower_ in ("percent", "%")):
        return None
    return subj


def free_relative(t: "Token") -> "Token | None":
    """The "what" of a free relative a verb of speech makes its subject's ("focused on what he said
    were the failures of ...", "led to what aide Kevin Phillips called \u201cthe beginning of ...\u201d")."""
    what = t.left_edge
    if what.lower_ != "what" or what.i >= t.i or C.FAMILY.get(C.FORMS.get(t.lower_, "")) != "speech" \
            or not any(c.dep_ == "nsubj" and c.left_edge.i == what.i + 1 and c.lower_ != "it" for c in t.children):
        return None  # ("a company which builds what it calls ...": "it" is too often read as the wrong body)
    # what it is said to be, after the verb ("asked what Kone said about the levy": a question); the
    # parse may hang it on the preposition before "what" ("adapt to what she said is growing demand")
    if any(c.dep_ in ("ccomp", "oprd", "dobj", "attr") and c.i > t.i and c.tag_ != "PRP" for c in t.children) or (
            t.dep_ == "pcomp" and any(c.dep_ == "pobj" and c.i > t.i for c in t.head.children)):
        return what
    return None


# nouns of a phrase that says when or where something was said ("from the start", "in an interview")
_WHEN_OR_WHERE_SAID = frozenset("""start outset beginning time past month week year day weekend statement interview
speech post letter email tweet message video conference briefing rally debate hearing meeting event appearance
program show broadcast monday tuesday wednesday thursday friday saturday sunday""".split())


def clause_on_phrase(t: "Token") -> "Token | None":
    """ "has said from the start that X will ...", "told reporters at the time that ...": the clause
    the parse hangs on the noun of a phrase after cue verb ``t`` as a relative clause, though it has
    a subject of its own; None if there is none."""
    return next((r for p in t.children if p.dep_ == "prep" and p.i > t.i for o in p.children if o.dep_ == "pobj"
                 and o.lower_.rstrip("s") in _WHEN_OR_WHERE_SAID
                 for r in o.children if r.dep_ == "relcl" and r.left_edge.lower_ == "that" and r.left_edge.i > o.i
                 and not any(x.text == "," for x in t.doc[o.i:r.left_edge.i])
                 and any(g.dep_ == "nsubj" and g.lower_ != "that" for g in r.children)), None)


def _last_before_verb(t: "Token") -> int:
    """The index of the last word before verb ``t`` that is neither a comma nor one of the verb's own
    auxiliaries or adverbs: where a subject set off before the verb ends."""
    k = t.i - 1
    while k > 0 and (t.doc[k].text == "," or (t.doc[k].head.i == t.i and t.doc[k].dep_ in ("aux", "advmod"))):
        k -= 1
    return k


def subject_on_opening(t: "Token") -> "Token | None":
    """The subject of root verb ``t`` that the parse hung on the noun of the phrase the sentence opens
    with, leaving the verb without one; None if it did not."""
    if t.dep_ != "ROOT" or not any(c.dep_ in ("prep", "advcl") and c.i < t.i for c in t.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    # "In a statement to the Observer, her adviser, Jake Sullivan, said": the name set off by commas
    # right before the verb
    prep = any(c.dep_ == "prep" and c.i < t.i for c in t.children)
    # "Speaking in Harlem, Ada Kone, without naming him, also accused ...": the name the parse hung on the opening
    # participle's noun, set off by commas
    lead = next((c for c in t.children if c.dep_ == "advcl" and c.i == 0 and c.tag_ in ("VBG", "VBN")), None)
    if lead is not None and t.tag_ in ("VBD", "VBZ", "VBP"):
        name = next((x for x in lead.subtree if x.dep_ == "appos" and x.tag_ in ("NNP", "NNPS") and x.head.dep_ == "pobj"
                     and x.left_edge.i > 0 and t.doc[x.left_edge.i - 1].text == "," and x.right_edge.i + 1 < t.i
                     and t.doc[x.right_edge.i + 1].text == ","
                     and all(y.tag_ in ("NNP", "NNPS") for y in t.doc[x.left_edge.i:x.i + 1])), None)
        if name is not None:
            return name
    if prep and t.tag_ in ("VBD", "VBZ", "VBP") and t.i >= 3 and t.doc[t.i - 1].text == ",":
        name = t.doc[t.i - 2]
        first = name.left_edge.i
        # ("her adviser, Jake Sullivan", "the mayor of Ostby, Tom Pell": a description set off by commas
        # too, not "an interview with X's son, Y")
        desc = name.head
        while desc.dep_ in ("pobj", "prep") and desc.head.i != desc.i:
            desc = desc.head
        if name.tag_ in ("NNP", "NNPS") and name.dep_ == "appos" and t.doc[first - 1].text == "," and all(
                x.tag_ in ("NNP", "NNPS") for x in t.doc[first:name.i + 1]) and desc.dep_ == "appos" \
                and t.doc[desc.left_edge.i - 1].text == ",":
            return name
    # "In her New Year speech, Merkel, who has adopted ..., warned": a name set off after the opening
    # phrase's noun, with a clause of its own before the verb
    if prep and t.i >= 3 and t.doc[t.i - 1].text == ",":
        name = next((x for x in t.doc[:t.i - 1] if x.dep_ == "appos" and x.tag_ in ("NNP", "NNPS")
                     and x.right_edge.i == t.i - 2 and any(c.dep_ == "relcl" for c in x.children)
                     and x.head.dep_ == "pobj" and x.head.head.dep_ == "prep" and x.head.head.head.i == t.i), None)
        if name is not None and t.doc[name.left_edge.i - 1].text == "," and all(
                x.tag_ in ("NNP", "NNPS") for x in t.doc[name.left_edge.i:name.i + 1]):
            return name
    # "Shortly after the launch of the iPad, Jetstar chief executive Ada Kone said": the parse may make the
    # subject the opening phrase's last noun, with the phrase's own noun hung on it; the name after the
    # phrase's comma, right before the verb
    last = t.doc[t.i - 1]
    if last.tag_ == "NNP" and last.dep_ == "pobj" and t.i >= 4 and any(
            x.text == "," and x.head.i < x.i for x in t.doc[last.left_edge.i:last.i]):
        comma = max(x.i for x in t.doc[last.left_edge.i:last.i] if x.text == ",")
        if all(x.tag_ in ("NNP", "NNPS", "NN", "JJ") for x in t.doc[comma + 1:last.i + 1]) \
                and t.doc[comma + 1].tag_ in ("NNP", "NNPS"):
            return last
    # "According to Reuters, a source from the ministry said", "In addition to Mr. Pell, two members of the
    # council, Ada Kone and Tom Ruiz, have said": a description set off by commas after the phrase's last
    # name, its apposition, with nothing but the verb's auxiliaries after it
    # ... or after an opening clause ("Although there is no such overlap with Pell's team, a city official
    # who spoke anonymously said"), whose last noun is no name
    clause = not prep and t.tag_ in ("VBD", "VBZ", "VBP") and any(
        c.dep_ == "advcl" and c.i < t.i and any(m.dep_ == "mark" for m in c.children) for c in t.children)
    if not prep and not clause:
        return None
    k = _last_before_verb(t)
    app = t.doc[k] if t.doc[k].dep_ == "appos" else next(
        (a for a in t.doc[k].ancestors if a.dep_ == "appos" and a.head.dep_ == "pobj"), None)
    if app is None or app.head.dep_ != "pobj" or app.right_edge.i != k or app.left_edge.i == 0 \
            or t.doc[app.left_edge.i - 1].text != "," or not nominal(app) or app.tag_ not in ("NN", "NNS") \
            or app.head.tag_ not in (("NNP", "NNPS") if not clause else ("NN", "NNS", "NNP", "NNPS")):  # (not "X's son,
        return None  # Tom Pell": his name)
    # ("a message to Clinton, Tanden, head of the Center, recounted": the name the description follows)
    return next((n for n in app.head.children if n.dep_ == "appos" and n.i < app.i and n.tag_ in ("NNP", "NNPS")
                 and t.doc[n.left_edge.i - 1].text == "," and t.doc[n.i + 1:app.left_edge.i].text == ","), app)


def subject_set_off_before(t: "Token") -> "Token | None":
    """The subject of root verb ``t`` that the parse hung on the opening phrase: a description and a
    name, each set off by commas, right before the verb ("Addressing the committee, the campaign
    chief, Tom Pell, suggested that ...", "..., many of them skeptical about his candidacy, the
    campaign chief, Tom Pell, said": read as a second thing addressed, or an apposition of the
    phrase's last noun); the description (its name hangs on it), or None."""
    if t.dep_ != "ROOT" or t.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None
    k = _last_before_verb(t)
    name, desc = t.doc[k], t.doc[k].head
    if name.tag_ != "NNP" or name.dep_ != "appos" or desc.dep_ not in ("appos", "conj") or desc.tag_ not in ("NN", "NNS") \
            or t.doc[name.left_edge.i - 1].text != "," or desc.left_edge.lower_ != "the" or desc.left_edge.i < 2 \
            or t.doc[desc.left_edge.i - 1].text != "," or t.i not in (a.i for a in desc.ancestors):
        return None
    return desc


def perfect_participle(t: "Token") -> bool:
    """"Having announced that ..., the judge proceeded": a perfect participle leading the sentence, whose
    subject is the sentence's, with what it announced ("..., having campaigned with Clinton": no cue)."""
    return t.i < t.head.i and any(c.dep_ == "aux" and c.lower_ == "having" for c in t.children) \
        and any(c.dep_ == "ccomp" for c in t.children)
