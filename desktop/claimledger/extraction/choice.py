"""Which cue a sentence's attribution rests on when the surface patterns (:mod:`surface`) and the
parse (:mod:`speech`) both find one: the surface cue stands unless one of the rules here says the
parse read the sentence better (pure; offsets relative to the sentence)."""
from __future__ import annotations

import re

from claimledger.extraction import _lexicon as L
from claimledger.extraction._cues import CAUSING, DIRECTIVE, FAMILY as CUE_FAMILY
from claimledger.extraction.mentions import one_with_two_roles
from claimledger.extraction.model import CueForm
from claimledger.extraction.sentences import QUOTE_MARKS
from claimledger.extraction.speech import reported_within

__all__ = ["parse_cue_wins"]

# words after a closing "X said" that go on the cue (its time, place or an aside), not a clause of what was said
_NOT_A_CLAUSE = re.compile(r"(?:as|while|when|whenever|after|before|because|since|in|at|on|during|of|about|to|from|with|"
                           r"for|by|amid|despite|though|although|if|but|and|or|so|then|than|adding|saying|noting|citing|"
                           r"referring|according|outside|inside|near|through|without|following|under|over|yesterday|today|"
                           r"tonight|last|this|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\b|[\-\u2013\u2014(,;:]", re.I)


# verbs of passing on what someone else found: "Bloomberg reports that ..., according to the Roper Center"
# is the center's finding (but "The campaign announced ..., according to Politico" is the campaign's)
_PASSES_ON = frozenset("report note find reveal show".split())

# a source that says it is someone else ("other GOP leaders said", "others say")
_OTHERS = re.compile(r"(?:other|others|another)\b", re.I)

# what polls and counts people ("According to exit polls, majorities say ...": the poll's findings)
_POLLED = re.compile(r"\b(?:polls?|polling|surveys?|results|stud(?:y|ies)|data|figures|tally|count|estimates|census)\b", re.I)

# between two clauses joined as two statements: ", and", "; but", ", while"
_JOINED = re.compile(r"\s*(?:[,;\u2014]|\s-)\s*(?:(?:and|but|while|whereas)\s+)?|\s+(?:and|but|while|whereas)\s+", re.I)

# between a verb and its clause: a hearer pronoun, "that", an opening quotation mark ("assured him it was")
_RIGHT_AFTER = re.compile(r"\s*(?:,\s*(?:however|though|too|also|meanwhile|moreover|nonetheless|nevertheless|in\s+turn|"
                          r"for\s+(?:his|her|its|their)\s+part)\s*,\s*)?(?:(?:him|her|them|me|us)\s+)?(?:that\s+)?[\"\u201c]?")
# (a sentence adverb set off by commas may stand between them: "warned, however, that ...")


# a place or an occasion the patterns left at the start of what was said ("in Norburg ", "at a rally in Ostby ")
_PLACE = re.compile(r"(?:in|at|on|during|outside|from)\s+[^,;:\"\u201c\u201d]{1,60}?\s+")

# ... or whom he told, and where ("a union rally in Norburg ")
_HEARER = re.compile(r"(?:a|an|the|his|her|their|its)\s+[^,;:\"\u201c\u201d]{1,60}?\s+")

# a noun phrase's first word: the object of "confirmed the closure", "announced her candidacy", "$430 million"
_OBJECT = re.compile(r"(?:(?:the|a|an|his|her|its|their|our|my|this|these|those)\b|\d|[$\u00a3\u20ac])", re.I)
# a verb that makes what follows a clause ("the port would close"): no object alone
_FINITE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|shall|is|are|was|were|has|have|had)\b|n't\b", re.I)


# a subordinate clause opening the sentence ("But even as ...", "While ...")
_LEADING_MARK = re.compile(r"\W*(?:(?:But|And|Yet)\s+)?(?:even\s+)?(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]lthough|"
                           r"[Tt]hough|[Ss]ince|[Bb]ecause|[Ee]ven\s+though)\s")


def parse_cue_wins(text: str, r, c, pool: list) -> bool:
    """Whether parse cue ``c`` replaces surface cue ``r`` in sentence ``text`` (``pool``: every cue
    the parse found in it)."""
    # the surface patterns' weakest form, a verb inside the reporter's clause ("... told The
    # Guardian that he believes"), yields to a cue the parse finds before it
    # ... and so does a quotation's "she said" set off by dashes or brackets inside a sentence
    # whose own verb comes first ('Clinton suggested that ... - "Again, ...," she said - and')
    # (the parse may hang the sentence's verb on the aside's "said": depth 1)
    aside = r.how in (CueForm.QUOTE, CueForm.TAIL) and c.depth <= 1 and c.how == CueForm.FRONT \
        and c.verb[0] < r.np[0] and re.search(r"\s[-\u2013\u2014]\s|\(", text[c.verb[1]:r.np[0]]) is not None \
        and re.search(r"\s[-\u2013\u2014]\s|\)", text[r.verb[1]:]) is not None
    # ... and "Jeff Weaver says his streak is proof ..., according to the Associated Press", "According
    # to Reuters, a source at the ministry said ...": the one who says it speaks, the agency only reports it
    reported = r.how == CueForm.ACCORDING and c.how == CueForm.FRONT and c.depth == 0 and (
        (c.verb[0] < r.verb[0] and (c.lemma in ("say", "tell") or (
            CUE_FAMILY.get(c.lemma) == "speech" and not c.whole and c.lemma not in _PASSES_ON)))
        or (r.np[1] <= c.np[0] and CUE_FAMILY.get(c.lemma) == "speech" and not c.whole
            and not _POLLED.search(text, r.np[0], r.np[1])))  # (a poll's "majorities say" are the poll's findings)
    # ... and a pronoun's closing "they said" after a clause whose own subject says it ("Other
    # candidates said they support X, but ..., they said"): the pronoun stands for that subject
    # (not a quotation's: '... fundraising: "There's a ton of it," he said' quotes him anew)
    pron_tail = r.how == CueForm.TAIL and c.how == CueForm.FRONT \
        and c.verb[0] < r.np[0] and text[r.np[0]:r.np[1]].lower() in L.PRONOUNS_PERSON | L.PRONOUNS_GROUP \
        and text[c.np[0]:c.np[1]].lower() not in L.PRONOUNS | {"you"}
    # ... and a leading "After X said that ..., " clause read by the parse, ending where the main clause begins
    leading = r.how == CueForm.FRONT_INNER and c.route == "leading" and c.verb == r.verb
    # ... and a surface cue left with no content ("According to the police the suspect may face charges":
    # no comma, the whole sentence the source), or a cue inserted in a clause ("The levy, X said, will")
    hollow = sum(b - a for a, b in r.content) < 4 and sum(b - a for a, b in c.content) >= 4
    # (a quotation broken by its cue only where its first part is no clause of its own: '"The levy," Kone
    # said, "will pass"', not '"We will win," Kone said, "and we will do it soon"')
    inserted = c.route == "inserted" and (not any(q in text for q in QUOTE_MARKS) or (
        len(r.content) == 2 and _FINITE.search(text, *r.content[0]) is None and len(text[slice(*r.content[0])].split()) <= 8
        and r.content[0][0] > 0 and text[r.content[0][0] - 1] in QUOTE_MARKS and c.content[-1][1] >= r.content[-1][1] - 2))
    # ... and a verb inside the reporter's clause whose whole sentence someone is said to say
    # ("The stakes are so high that Obama warned X ..., said an American official who ...")
    outer = r.how == CueForm.FRONT_INNER and c.how == CueForm.INVERTED and c.depth == 0 \
        and CUE_FAMILY.get(c.lemma) == "speech" and any(a <= r.verb[0] < b for a, b in c.content) \
        and len(text[:r.np[0]].split()) >= 3
    # ... and "The party expects to win 40 seats, said campaign manager Tor Lind": the patterns took the
    # subject's own verb for the cue and the sentence whole, its closing "said X" and all
    swallowed = r.how == CueForm.FRONT and c.how == CueForm.INVERTED and c.depth == 0 \
        and CUE_FAMILY.get(c.lemma) == "speech" and any(a <= r.verb[0] < b for a, b in c.content) \
        and r.content[-1][1] > c.verb[0]
    within = r.how == c.how == CueForm.FRONT and r.verb == c.verb and not c.whole \
        and c.content[-1][1] < r.content[-1][1] and reported_within(text, c, pool)  # ("..., the Herald reported")
    # ... and the same verb's source, which the parse reads whole where the pattern took only the
    # description after the name ("Mike Pell, the former Ostby governor, who ..., said")
    named = r.how == c.how == CueForm.FRONT and r.verb == c.verb and c.np[0] < r.np[0] and r.np[1] <= c.np[1] \
        and bool(c.name) and c.name not in text[r.np[0]:r.np[1]] and text[c.np[0]:r.np[0]].rstrip().endswith(",") \
        and text[r.np[1]:r.verb[0]].lstrip().startswith(",")  # (not "Clinton, a top aide said, is ...")
    # ... and a closing "X said" the patterns took for a tail while a clause of its own follows the verb
    # ("Courted by ..., Pell said he may wait ...": the clause after the verb is Pell's, not the phrase before)
    after = re.sub(r"^[,:]\s*(?=[\"\u201c])", "", text[r.cue[1]:].strip()).strip(".!?\"\u201d ")  # ('said, "It would ..."')
    # (or one clause around an inserted "X said": "The club's investment, Kone said, ''is a perfect example''")
    misread_tail = r.how == CueForm.TAIL and c.verb == r.verb and not c.whole and len(after.split()) >= 3 \
        and (not _NOT_A_CLAUSE.match(after) or (  # (or a place, then "that" and the clause: "Two hours later, Pell told a
            c.content and re.search(r"\bthat\s+$", text[r.cue[1]:c.content[0][0]]) is not None  # rally in Ostby that ...")
            and _FINITE.search(text, *r.content[0]) is None)) and ((c.how == CueForm.FRONT and c.content[0][0] >= c.verb[1])
                                                or (c.route == "inserted" and re.match(r"\W*[a-z]", after) is not None))
    # ... and a side phrase "As X wrote in his memo, ..." that the parse reads to its comma, where the
    # patterns took the words after its verb ("in his memo, the plant will close") for what was said
    side = r.how == CueForm.FRONT_INNER and c.how == CueForm.ACCORDING and c.verb == r.verb \
        and r.content[0][0] < c.content[0][0] < r.content[-1][1]
    # ... and "The vote prompted Mayor Pell to warn that ...": the one made to speak, whom the parse
    # finds inside the pattern's source phrase
    caused = r.how == c.how == CueForm.FRONT and r.verb == c.verb and r.np[0] <= c.np[0] and c.np[1] <= r.np[1] \
        and any(w in CAUSING for w in text[r.np[0]:c.np[0]].lower().split())
    # ... and "Tom Pell and his attorneys have said": the whole joined subject, not the group after "and"
    # (what they said after the verb, as the patterns read it; not "The State Department and the
    # Department of Homeland Security", which the mention rules cannot read as one)
    joined = r.how == CueForm.FRONT_INNER and c.how == CueForm.FRONT and r.verb == c.verb and c.np[0] < r.np[0] \
        and r.np[1] <= c.np[1] and re.fullmatch(r"[^,]*\sand\s+", text[c.np[0]:r.np[0]]) is not None \
        and re.fullmatch(r"[a-z]+s", text[r.np[0]:r.np[1]].split()[-1]) is not None and not c.whole \
        and c.content[0][0] >= c.verb[1]  # (a group: not "The front-runner and former secretary of state", below)
    # ... and "The Democratic front-runner and former secretary of state said": one person's two roles,
    # the whole of them, not the second alone
    two_roles = r.verb == c.verb and c.np[0] < r.np[0] and r.np[1] <= c.np[1] \
        and one_with_two_roles(text[c.np[0]:c.np[1]]) is not None
    # ... and "Pell told friends that ...": whom he told is no part of what he said ('wrote for the
    # Informer that "..."': nor where he wrote it, before a quotation)
    hearer = r.how == c.how == CueForm.FRONT and r.verb == c.verb and r.content[0][0] < c.content[0][0] < r.content[-1][1] \
        and re.fullmatch(r"(?!(?:In|On|At|By|With|After|Before|During|For|From)\s)[^,]*\bthat\s+[\"\u201c]?",
                         text[r.content[0][0]:c.content[0][0]]) is not None  # (not "In sending out that one tweet, X")
    # ... and "Kone told lawmakers in Norburg the city would build ...", "told a union rally in Ostby she will
    # ...": where and whom she told are no part of it either (no "that"; the parse's clause starts with its subject)
    place = r.how == c.how == CueForm.FRONT and r.verb == c.verb and r.content[0][0] >= r.verb[1] \
        and r.content[0][0] < c.content[0][0] < r.content[-1][1] and c.content[-1][1] >= r.content[-1][1] - 2 \
        and (_PLACE.fullmatch(text, r.content[0][0], c.content[0][0]) is not None or (c.lemma == "tell" and _HEARER.fullmatch(
            text, r.content[0][0], c.content[0][0]) is not None and _FINITE.search(text, r.content[0][0], c.content[0][0]) is None)) \
        and _FINITE.match(text, c.content[0][0]) is None
    # ... and "FBI officials predicted it would ...", which the patterns took whole, source and all, where
    # the parse reads the same clause after the verb to the same end (not "X hopes to ...": the
    # subject of an infinitive belongs to the claim)
    whole = r.how == c.how == CueForm.FRONT and r.verb == c.verb and r.content[0][0] == r.np[0] \
        and c.content[0][0] >= c.verb[1] and not c.whole and c.content[-1][1] >= r.content[-1][1] - 2 \
        and _RIGHT_AFTER.fullmatch(text, c.verb[1], c.content[0][0]) is not None \
        and not text[c.content[0][0]:].startswith("to ")
    # ... and "Voters who backed Ada Kone said", "Many of the leaders who'd rather work for Cruz or Ben Carson
    # said": the subject, whose relative clause holds the name the patterns took for the source (not a
    # name set off by commas after it: "The two who marched, Ada Kone and Tom Pell, said")
    relative = r.how == CueForm.FRONT_INNER and c.how == CueForm.FRONT and r.verb == c.verb and c.np[0] < r.np[0] \
        and not c.whole and re.search(r"\b(?:who|whom|which|that)\b", text[c.np[0]:r.np[0]]) is not None \
        and not text[:r.np[0]].rstrip().endswith(",")
    # ... and "Clinton has maintained support among ..., Fox found": a closing report whose clause holds a
    # verb the patterns took for saying, which the parse reads with no clause of its own to say
    closing = r.how == CueForm.FRONT and c.how in (CueForm.TAIL, CueForm.QUOTE) and c.depth == 0 \
        and any(a <= r.verb[0] < b for a, b in c.content) and any(p.verb == r.verb and p.whole for p in pool) \
        and text[:c.np[0]].rstrip().endswith(",") and len(text[c.verb[1]:].split()) <= 3
    # ... and "Pell has vowed to ..., and Kone is promising to ...": the patterns took the sentence whole
    # for the first source; the parse reads a second statement after the first, by someone else named
    # (not "..., and they rejected ...": a pronoun or a description is most often the first source again,
    # unless it says it is another: "..., and other GOP leaders said ...")
    second = r.how == c.how == CueForm.FRONT and r.verb == c.verb and c.content and any(
        p.how == CueForm.FRONT and p.depth <= max(1, c.depth + 1) and ((p.name and p.name != c.name) or _OTHERS.match(text, p.np[0]))
        and p.verb[0] > c.verb[0] and p.np[0] >= c.content[-1][1]
        and r.content[-1][1] > p.verb[0] and _JOINED.fullmatch(text, c.content[-1][1], p.np[0]) is not None for p in pool)
    # ... and "Kone told supporters to vote early": the patterns took the infinitive alone after the
    # hearer; the parse reads a request, the whole clause
    request = r.how == c.how == CueForm.FRONT and r.verb == c.verb and c.whole and c.lemma in DIRECTIVE \
        and text[r.content[0][0]:].startswith("to ")
    # ... and "Kone confirmed the closure on Monday", "The ministry announced a new levy": the patterns took
    # the object after the verb for what was said; the parse reads no clause there, an act whole
    # (an object that reads as one: not a quotation, a clause or a phrase the parse may have misread; nor
    # after a source with words set off between it and the verb: "Reid, who endorsed Clinton, reiterated ...")
    # (up to a verb of saying joined to it with its own clause: "The agency declared an emergency and said cases
    # could double": what was said is the second verb's)
    act_end = min((p.verb[0] for p in pool if p.route == "shared" and p.np == c.np and not p.whole
                   and r.content[0][0] < p.verb[0] < r.content[-1][1]), default=r.content[-1][1])
    act = r.how == c.how == CueForm.FRONT and r.verb == c.verb and c.whole and r.content[0][0] >= r.verb[1] \
        and "," not in text[r.np[1]:r.verb[0]] \
        and _OBJECT.match(text, r.content[0][0]) is not None and not any(q in text[r.content[0][0]:act_end] for q in QUOTE_MARKS) \
        and _FINITE.search(text, r.content[0][0], act_end) is None
    # ... and "Kone said the port would close, but the council voted to keep it open": the parse ends
    # what was said where a clause with a subject of its own is joined, the reporter's
    then = r.how == c.how == CueForm.FRONT and r.verb == c.verb and not c.whole and any(
        c.content[-1][1] <= a and b <= r.content[-1][1] + 1 for a, b in c.reporter)
    # ... and 'After Kone said that ... at "less advanced schools," Pell said: "I don't like ..."': a
    # quotation after the verb's colon is what was said, not the quoted words that close the clause before it
    colon = r.how in (CueForm.QUOTE, CueForm.TAIL) and c.how == CueForm.FRONT and c.verb == r.verb and not c.whole \
        and c.content and re.fullmatch(r"\s*:\s*[\"\u201c]?\s*", text[c.verb[1]:c.content[0][0]]) is not None
    # ... and "But even as Pell claimed that ..., one of the prosecutors said the cases were different": a
    # verb inside a clause leading the sentence, whose content the patterns ran on to the end, where the
    # parse reads the sentence's own verb of saying after it, with its own clause
    led = r.how == CueForm.FRONT_INNER and c.how == CueForm.FRONT and c.depth == 0 and c.verb[0] > r.verb[0] \
        and not c.whole and c.content and c.content[0][0] >= c.verb[1] and any(a <= c.verb[0] < b for a, b in r.content) \
        and _LEADING_MARK.match(text) is not None and CUE_FAMILY.get(c.lemma) == "speech"
    # ... and "Kone responded by saying that ...": the patterns took the first verb and "by saying ..." for what
    # was said; the parse reads the gerund's clause
    by_saying = r.how == c.how == CueForm.FRONT and not c.whole and c.verb[0] > r.verb[0] \
        and re.fullmatch(r"\s+by\s+", text[r.verb[1]:c.verb[0]]) is not None
    return place or by_saying or led or colon or two_roles or request or act or second or closing or relative or whole or hearer or joined or caused or side or aside or reported or pron_tail or leading or hollow or inserted \
        or outer or swallowed or within or named or misread_tail or then or (r.how == CueForm.FRONT_INNER and (c.verb[0] < r.verb[0] or any(
            # (or the parse reads another cue before it whose clause it is inside: "Some 20 percent said they
            # believe X; 29 percent said they believe Y")
            p.how == CueForm.FRONT and p.verb[0] < r.verb[0] < c.verb[0] and any(a <= r.np[0] < b for a, b in p.content)
            for p in pool)))
