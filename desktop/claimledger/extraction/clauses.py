"""Clause segmentation (stage 3 of the pipeline, before each clause is classified): a reported
region cut at semicolons, dashes, ", and/but/while ...", a second verb with its own time or
that-clause; a fronted condition stays with the clause it conditions, a fronted concessive
("While X, ...") is marked subordinate. Pure text patterns, no parse.
"""
from __future__ import annotations

import re

from claimledger.extraction._cues import SUPPOSING
from claimledger.extraction.sentences import QUOTE_MARKS, trim_span

__all__ = ["clauses", "DONE_TO", "MAIN_RESUMES", "WHEN_ONLY"]

_I = re.IGNORECASE

_CLAUSE_BREAK = re.compile(
    r"(?<!&amp)(?<!&quot)(?<!&nbsp)(?<!&lt)(?<!&gt)\s*;\s*"  # (not the end of an HTML entity: "Venison &amp; Rice")
    r"|\s+(?:\.\.\.|\u2026)\s*"
    r"|\s+(?:--|\u2014|\u2013|-)\s+"
    r"|,\s+(?=(?:and|but|while|whereas|yet|so|although|though|as\s+part\s+of|adding|saying|even\s+as|seeing\s+(?:as|that)|"
    r"in\s+a\s+(?:bid|move|plan|push)\b)\b)"
    r"|\s+(?=(?:and|but)\s+(?:he|she|it|they|we|I|there|officials|analysts)\s)"
    r"|,\s+(?=as\s+(?!well\b|part\b|soon\b|long\b|much\b|many\b|early\b|far\b|of\b|a\s+result\b|planned\b|expected\b)\w+\s+\w+)"
    # (not after a length of time: "..., hours after the vote", "a week after Kone lost": one adverbial; nor before a
    # verb joined to the clause's own: "were treating the death as suspicious and appealed for witnesses")
    r"|(?<!\bseeing)(?<!\bthat)(?<!\bmaybe)(?<!\bperhaps)(?<!\bday)(?<!\bdays)(?<!\bweek)(?<!\bweeks)(?<!\bmonth)"
    r"(?<!\bmonths)(?<!\byear)(?<!\byears)(?<!\bhour)(?<!\bhours)(?<!\bminutes)(?<!\bmoments)(?<!\bshortly)(?<!\bsoon)"
    r"\s+(?=(?:after|because|when|as)\s+(?:[\w+.'\u2019-]+\s+){1,5}?(?<!\band\s)(?<!\bbut\s)(?:[a-z]{3,}ed|agreed|said|was|were|had|has|have|fell|rose|won|lost|broke|met|began|took|made|bet|bets|expect|expects|fear|fears)\b)"
    r"|(?<!\ball)\s+(?=(?:but|and)\s+(?:also\s+)?(?:signalled|signaled|said|warned|added|announced|promised|pledged|vowed|threatened|predicted|called|urged|insisted|denied|rejected|confirmed|advised|appealed|cautioned|stressed|acknowledged|conceded|"
    r"argued|recommended|encouraged|accused|blamed|criticized|criticised|praised|welcomed|dismissed|demanded|thanked|declined|offered|expressed|(?:did\s+not|didn't|would\s+not|wouldn't)\s+rule\s+out)\b)"
    # a second that-clause of the same verb: "said the state had prepared shelters and that troops would ..."
    # (a subject after "that": not the demonstrative, "and that is why", nor a relative, "and that represents")
    r"|,?\s+(?=(?:and|but)\s+that\s+(?:the|a|an|he|she|it|they|we|I|there|his|her|its|their|more|most|some|many|several|"
    r"no|all|any|other|further|[A-Z0-9])\w*\s+\w)"
    # a second verb with its own that-clause: "will keep rates on hold and signal that ..."
    r"|\s+(?=and\s+(?:signal|say|warn|argue|insist|add|note|stress|predict|forecast|expect|suggest|indicate)s?\s+that\b)"
    # a second commitment of the same subject: "X will stop selling ... and plans to invest ..."
    r"|\s+(?=(?:and|but)\s+(?:also\s+)?(?:plans|intends|aims|expects|hopes|wants|pledges|promises|vows|will|would|could|might)\s+(?:to\s+)?(?!be\b)[a-z]{3,})"
    r"|,\s+(?=(?:\w+ly\s+)?(?:he|she|it|they|we|I|there)\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must|'ll|expects?)\b)",
)
_COMMA = re.compile(r",[\u2019'\"\u201d]*\s+")
# the comma that closes a relative clause before the main clause's own verb ("The changes, which officials said
# will go into effect in May, will not affect ...")
MAIN_RESUMES = re.compile(r",\s+(?=(?:(?:also|still|now|not|never|already)\s+)*(?:will|would|could|can|may|might|should|must|"
                          r"is|are|was|were|has|have|had|does|did|do)\b)")
_BOTH = re.compile(r"\bboth\s+(?:[a-z]+ly\s+)?(?!(?:wo)?men\b)[a-z]{2,}(?:ed|en)\b", _I)  # "both" before the first of two joined verbs
_DASH = re.compile(r"\s+(?:--|\u2014|\u2013|-)\s+")
# a predicate with no subject of its own, after an aside set off by dashes
_PREDICATE = re.compile(r"(?:(?:also|already|now|still|so\s+far|has|have|had|not|never|long|just|only|quietly|recently)\s+)*"
                        r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do|[a-z]{3,}ed)\b")
# a subordinate clause the break may open without a comma ("... after the levy passed")
_TIME_CLAUSE = re.compile(r"(?:after|because|when|as)\s")
# a list of names with a comma before its last item: ", Canada" then "and Mexico,"
_LIST_ITEM = re.compile(r",\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}(?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,2})?"
                        r"[A-Z][\w.'\u2019-]*$")  # (", Orin Kramer of Boston Provident, and ...")
_LIST_LAST = re.compile(r"(?:and|or)\s+(?:the\s+)?(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,")
# names only, joined by "and" or commas: the first part of a subject a break split before its "and"
_NAMES_ONLY = re.compile(r"(?:[A-Z][\w.'\u2019-]*|and|or)(?:,?\s+(?:[A-Z][\w.'\u2019-]*|and|or))*,?")
# a verb that takes a stance on its object with "as" ("framed gun control as an issue that is ..."),
# then its object, up to where the "as" would begin a clause of its own
_SEES_AS = re.compile(r"\b(?:cast|casts|casting|treat|treats|treated|treating|paint|paints|painted|painting|frames?|framed|framing|depicts?|depicted|"
                      r"depicting|portrays?|portrayed|portraying|sees|saw|seen|seeing|views?|viewed|viewing|regards?|"
                      r"regarded|regarding|describes?|described|describing|characteri[sz](?:es|ed|ing|e))\s+(?:[\w'\u2019.-]+\s+){0,5}"
                      r"[\w'\u2019.-]+$", _I)
_FRONT_COND = re.compile(r"(?:if|unless|provided|" + "|".join(sorted(SUPPOSING)) + r"|as\s+long\s+as|only\s+if)\b", _I)
_LED_COND = re.compile(r"(?:(?:and|but|or|so|yet)\s+)?" + _FRONT_COND.pattern, _I)  # ("..., and if anyone is responsible, they ...")
_FRONTED = re.compile(r"(?:while|although|though|whereas|despite|even\s+though)\b", _I)
# a predicate with no subject of its own, led by its auxiliary ("and will instead focus on ...")
_SUBJECTLESS = re.compile(r"(?:(?:also|instead|now|still|then|later|soon|not|never|even|already)\s+)*(?:will|would|could|can|may|"
                          r"might|should|must|is|are|was|were|has|have|had)\b(?!\s+(?:he|she|it|they|we|I|you|there)\b|\s*,)", _I)  # (not "and never will, accept")
_LEAD_CONJ = re.compile(r"(?:and|but|so(?!\s+(?:far|much|many|long|few|little)\b)|yet|adding(?:\s+that)?|saying(?:\s+that)?|even\s+as)\s+", _I)
# "..., but added that X": after its conjunction, the second cue of the same speaker is no content
_LEAD_CUE = re.compile(r"(?:also\s+)?(?:added|noted|said|stressed|explained|acknowledged|conceded|insisted|argued|"
                       r"warned|cautioned|predicted)\s+that\s+", _I)
# a complementizer left at a clause's start, before its subject ("that the levy will pass", "that, if
# ..."; not the demonstrative of "that is not my recollection", "that group was", "that could change")
_SUBJECT_WORDS = "he she they we I you it the his her their its our there all many some most only every each both no"


def subject_next(extra: str, *more: str) -> str:
    """A lookahead for a clause's subject: a quotation mark, a capital or a digit, or a word of
    _SUBJECT_WORDS and ``extra`` (or one of the patterns ``more``)."""
    return r"(?=[\"\u201c]|(?:" + "|".join((_SUBJECT_WORDS + " " + extra).split()) + r")\b|[A-Z0-9]" \
        + "".join("|" + m for m in more) + ")"


# ... or a plural noun with no article, or a noun after "a" or "any", then its verb ("that members would not
# accept", "said cases could double", "said a curfew would continue"; not the demonstrative's singular, "that
# strategy may rest on ...")
_BARE_PLURAL = r"(?=(?:(?:a|an|any|another)\s+(?:[\w-]+\s+){0,4}[\w-]+|(?:[a-z]+\s+){0,2}[a-z]+[a-rt-z]s)\s+" \
               r"(?:will|would|could|can|may|might|should|must|had|have|are|were)\b)"
# (after a verb of saying, any noun before a modal: "and said inflation would fall")
_NOUN_MODAL = r"(?=(?:(?!that\b)[\w-]+\s+){0,2}(?!that\b)[\w-]+\s+(?:will|would|could|may|might|should|must)\s)"
_LEAD_THAT = re.compile(r"[Tt]hat\s*,?\s*" + subject_next(
    "a an if when while because unless once after before maybe perhaps neither nothing nobody none everyone everything "
    "someone something more several further other", _BARE_PLURAL))
_LEAD_SAID = re.compile(r"(?:also\s+)?(?:said|says|added|adds|predicted|argued|noted|insisted|wrote|announced|"
                        r"acknowledged|conceded|claimed|declared|stressed)\s+(?:that\s+)?"
                        + subject_next("this these those", _BARE_PLURAL, _NOUN_MODAL))
_SUBORD = re.compile(r"(?:while|although|though|whereas|despite|even\s+though|as|after|because|when)\b", _I)
# a "when" clause alone, with no clause it leads ("When he says he will fight", split from "I don't
# take it as a joke"; "when Kone learned that Pell would run"): it says when, and is no claim of its
# own, forward or not (a concession or a cause is: "Although no debate will take place")
WHEN_ONLY = re.compile(r"(?:when|whenever)\b(?![^,]*,\s)", _I)
# a passive participle's clause ("After being informed that he would be charged, police said, ..."): what
# was done to the main clause's subject, and when; no claim of its own, forward or not
DONE_TO = re.compile(r"(?:after|before|while|when|since|upon|once|until)\s+(?:not\s+)?being\s", _I)


_FINITE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|should|may|might|must|has|have|had|do|does|did)\b|"
                          r"\w+(?:ed|n't)\b", re.I)


def clauses(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, subordinate) clause spans of text[start:end]. ``subordinate`` marks a
    fronted concessive clause ("While X, ...") that only sets the scene."""
    pieces: list[tuple[int, int]] = []
    pos = start
    aside_end = -1  # where the second dash of an aside set off inside the clause ends
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() < aside_end:
            continue
        if _DASH.fullmatch(m.group()) and (pair := _DASH.search(text, m.end(), end)) is not None \
                and _PREDICATE.match(text, pair.end()):
            # "The convention in Ostby — the city's first in 40 years — has so far been ...": an aside
            # between the subject and its verb; the clause is whole across it (not "has so far been ...")
            aside_end = pair.end()
            continue
        if _LIST_LAST.match(text, m.end()) and _LIST_ITEM.search(text[max(start, m.start() - 60):m.start()]):
            continue  # "Similar to NAFTA among the U.S., Canada, and Mexico, CAFTA would ...": a list's last item
        if text.startswith("and ", m.end()) and (both := _BOTH.search(text, pos, m.start())) is not None \
                and re.search(r",|\band\b", text[both.end():m.start()]) is None:  # (its own "and", the first after it)
            continue  # "who has both endorsed Mr. Trump and criticized his campaign": one predicate, two verbs
        if text.startswith("but not ", m.end()) and m.group().strip() == "," and _FINITE_WORD.search(
                text, m.end() + 8, nxt.start() if (nxt := _CLAUSE_BREAK.search(text, m.end(), end)) else end) is None:
            continue  # "The market was braced for a cut, but not one of this size": no clause of its own
        if text.startswith("as ", m.end()) and _SEES_AS.search(text, max(pos, m.start() - 80), m.start()):
            continue  # "cast the attacks as the consequence of failed leadership": what they were cast as
        if not m.group().strip() and _TIME_CLAUSE.match(text, m.end()) and (
                len(text[pos:m.start()].split()) < 4 or text[pos:m.start()].endswith(" that")):
            continue  # "Guarantees are good when you have a good venture": too short a clause to stand alone;
            # "history teaches that when hatred is unleashed, it takes on a life of its own": inside what is said
        if m.start() > pos:
            pieces.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        pieces.append((pos, end))
    # a fronted condition ("If X, it would ...") stays with the clause it conditions, and with a part of
    # its own before the comma that closes it ("If X and would get Y, she might ...")
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and _LED_COND.match(text, *_trim(text, *merged[-1])) and merged[-1][1] - merged[-1][0] < 200 and (
                text.find(",", merged[-1][1], a + 1) >= 0
                or ("," not in text[merged[-1][0]:merged[-1][1]] and text.startswith(",", b))):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    pieces = merged
    out: list[tuple[int, int, bool]] = []
    carry = None
    for k, (a, b) in enumerate(pieces):
        a, b = _trim(text, a, b)
        if b <= a:
            continue
        a, carry = (a, None) if carry is None else (carry, None)
        if k == 0 and len(pieces) > 1 and _NAMES_ONLY.fullmatch(text, a, b) and re.match(r"(?:and|or)\s", text[pieces[1][0]:pieces[1][1]].lstrip(" ,")):
            carry = a  # ("Kone and Pell, and Gov. Nixon, tweeted ...", "Sheldon and I have been ...": one subject)
            continue
        m = _LEAD_CONJ.match(text, a, b)
        if m and out and not out[-1][2] and _SUBJECTLESS.match(text, m.end(), b) \
                and re.fullmatch(r"[\s,]*", text[out[-1][1]:a]) is not None and m.group(0).split()[0].lower() in ("and", "but"):
            # "Kone quit the race after a poor showing and will instead focus on her re-election": the second
            # predicate has no subject of its own; the claim keeps the one it shares
            out[-1] = (out[-1][0], b, False)
            continue
        if m and len(text[m.end():b].split()) >= 3:
            a = m.end()
            m = _LEAD_CUE.match(text, a, b)
            if m and len(text[m.end():b].split()) >= 3:
                a = m.end()
        m = _LEAD_SAID.match(text, a, b)
        if m and len(text[m.end():b].split()) >= 3:
            a = m.end()  # ("Trump ... and said he would make an exception": the speaker's verb is no part of the claim)
        m = _LEAD_THAT.match(text, a, b)
        if m and len(text[m.end():b].split()) >= 3:  # ('he said that, "we have ...", "..., and that the levy ...")
            a = _trim(text, m.end(), b)[0]  # the complementizer is no part of the claim
        comma = _COMMA.search(text, a, b)  # (the comma closing the subordinate clause, and a quotation in it:
        # "When Pell says ‘Let’s win again,’ that is code for ...")
        if _SUBORD.match(text, a, b) and ((a > start and not _FRONTED.match(text, a, b)) or (b < end and comma is None)):
            out.append((a, b, True))
            continue
        if _SUBORD.match(text, a, b):
            if comma is not None and len(text[comma.end():b].split()) >= 3:
                out.append((a, comma.start(), True))
                a, b = _trim(text, comma.end(), b)
        if len(text[a:b].split()) < 3 and out:
            pa, pb, ps = out[-1]
            out[-1] = (pa, b, ps)
            continue
        out.append((a, b, False))
    return [(_opened(text, a, b), _closed(text, a, b), sub) for a, b, sub in out]


# the mark that closes a quotation opened inside a clause, after the clause's last word and its stop
# (not past a question mark: a question is no claim; '' typed as two marks)
_CLOSING = re.compile(r"[,.!;:]{0,2}(?:\u201d{1,2}|\")")


def _opened(text: str, a: int, b: int) -> int:
    """The start of clause ``text[a:b]`` before the mark that opens a quotation it closes ('"catastrophic"
    fire danger was forecast' keeps its opening mark, not 'catastrophic" fire danger')."""
    if a == 0 or text[a - 1] not in ('"', "\u201c"):
        return a
    s = text[a:b]
    closes = s.count("\u201d") > s.count("\u201c") if text[a - 1] == "\u201c" else s.count('"') % 2 == 1
    return a - 1 if closes else a


def _closed(text: str, a: int, b: int) -> int:
    """The end of clause ``text[a:b]`` past the mark that closes a quotation it opens ('the levy would
    "ruin us all," ...' keeps its closing mark, not 'the levy would "ruin us all')."""
    s = text[a:b]
    last = s.rfind('"')
    opened = s.count("\u201c") > s.count("\u201d") or (
        s.count('"') % 2 == 1 and (last == 0 or s[last - 1].isspace() or s[last - 1] in "([\u2014\u2013-"))
    m = _CLOSING.match(text, b) if opened else None
    return m.end() if m else b


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    a, b = trim_span(text, a, b, QUOTE_MARKS + ",;:(-\u2014\u2013", QUOTE_MARKS + ",;:.!?-\u2014\u2013")
    # keep a closing bracket only when its opener is inside
    if b > a and text[b - 1] == ")" and "(" not in text[a:b - 1]:
        b -= 1
    return _trim_and(text, a, b)


_TRAILING_CONJ = re.compile(r"(?:,\s*|\s+)(?:and|but|or)\s*$")


def _trim_and(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b] without a conjunction the next clause was cut from ("79 percent said they were satisfied and
    | 60 percent said")."""
    # (the clause's last few characters only: every clause piece passes through here)
    if (conj := _TRAILING_CONJ.search(text, max(a, b - 12), b)) is not None and len(text[a:conj.start()].split()) >= 3:
        return _trim(text, a, conj.start())
    return a, b


def without_trailing_conjunction(text: str, a: int, b: int) -> int:
    """The end of claim text[a:b] without a trailing "and", "but" or "or" (and the comma before it)."""
    return _trim_and(text, a, b)[1]
