"""Documents, polls and occasions in a source mention (with :mod:`names`, stage 2 of the
pipeline): whether a mention is a document or a poll, which speaks for nobody ("a poll", "a draft
seen by Reuters"), and who issued it ("a press release from the company", "an editorial in The
Herald", "figures her campaign released"). Pure, deterministic.
"""
from __future__ import annotations

import re

__all__ = ["BODY_DOCUMENT", "DOCUMENTS", "LEGAL", "SOURCE_NOUNS", "documentary", "filer", "issued_by", "puts_out", "sent_to"]

# What names.name_in and documentary read as a document (a wider table than the parse's
# _cues.SOURCE_NOUNS, which decides whole-clause content; merging the two changes speakers).
SOURCE_NOUNS = frozenset("""poll polls survey surveys results result data figures report reports study studies
    analysis article articles document documents records count tally estimates statement transcript filing
    memo letter review investigation examination assessment evaluation audit editorial editorials column op-ed""".split())
DOCUMENTS = SOURCE_NOUNS | {"draft", "copy", "release", "releases", "communique", "announcement", "tweet", "tweets",
                              "email", "emails", "e-mail", "e-mails", "indictment", "indictments", "lawsuit",
                              "story", "stories", "minutes", "notice", "notices", "bulletin", "newsletter", "circular",
                              "advisory"}  # ("the truck story suggests": an anecdote, nobody speaking)
# documents a newspaper prints: "an editorial in The Herald" is the Herald's
_PRINTED = ("editorial", "editorials", "column", "op-ed", "article", "articles", "story", "stories")
# occasions where someone speaks: "a press conference with the mayor", "a briefing by the army"
_OCCASIONS = ("conference", "briefing", "speech", "remarks")


# "a press release from the company", "a statement by the ministry", "an editorial in The Herald":
# the document, then who issued it ("a draft seen by Reuters" is not issued by Reuters; "a poll in
# Iowa" is not Iowa's: only what a newspaper prints is its own with "in"; whoever an occasion is
# "with" is who speaks at it)
_ISSUE_VERBS = r"(?:issued|released|filed|published|sent|posted|unveiled|distributed|brought|put\s+out)"
_ISSUED_BY = re.compile(r"\b(?:(?:" + "|".join(sorted(DOCUMENTS)) + r")\s+(?:" + _ISSUE_VERBS + r"\s+)?(?:from|by|of)|(?:"
                        + "|".join(_PRINTED) + r")\s+in|(?:" + "|".join(_OCCASIONS) + r")\s+(?:by|with|of|from))\s+"
                        # ("a tweet from Mexico president Felipe Calderon": a title inside the issuer's name)
                        # ("the nonpartisan Better Government Association": an adjective after the article)
                        # ("a statement from her office", "from Kone's office": whoever the office speaks for)
                        r"((?:the|its|their|his|her|[A-Z][\w.&-]*['\u2019]s)\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+(?:[a-z][\w-]*\s+)?)?[A-Z][\w.&'\u2019-]*"
                        r"(?:\s+(?:[a-z]+\s+)?[A-Z][\w.&'\u2019-]*)*)"
                        r"\s*$")
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "a poll by the University of Washington in early May 2010": when, after the issuer
_WHEN_AFTER = re.compile(r",?\s+(?:in|on|during|from|last|this|earlier)\s+(?:(?:early|mid|late|the|this|last)[\s-]+)?"
                         r"(?:" + _MONTHS + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
                         r"\d{4})\b(?:(?!\s(?:by|from)\s)[\w\s,-])*$")  # (not "... on Monday by the X Institute": its maker)


_DOCS = "|".join(sorted(DOCUMENTS))
# "data released by state gaming regulators", "a report from city officials": a group as the issuer
_ISSUED_BY_GROUP = re.compile(rf"\b(?:{_DOCS})\s+(?:{_ISSUE_VERBS}\s+)?(?:from|by)\s+((?:[a-z]+\s+){{0,2}}[a-z]+s)\s*$")
# "figures her campaign released", "the document he released": the issuer before its verb
_RELEASED = re.compile(rf"\b(?:{_DOCS})\s+(he|she|they|it|(?:his|her|its|their|the)\s+[a-z]+|"
                       rf"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*)\s+(?:has\s+|had\s+)?{_ISSUE_VERBS}\s*$")
# "a report Tuesday from X", "data released Friday by X", "a study last year by X": when is the
# document's, kept as spaces so that offsets into the mention stay right
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY = re.compile(r"\s(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                  r"yesterday)\b|\s(?:(?:late\s+|early\s+)?last|(?:earlier\s+|late\s+|early\s+)?this)\s+"
                  r"(?:year|month|week|spring|summer|fall|autumn|winter)\b|"
                  r"\s(?:in|on)\s+(?:early\s+|late\s+|mid-)?" + _MONTHS + r"(?:\s+\d{1,2})?(?=\s+(?:by|from)\s)")
# "from KXOB, the ABC affiliate in Ostby": an apposition after the issuer
_APPOSITION_AFTER = re.compile(r"(?<=[\w.]),\s+(?:the|a|an)\s.*$")


def _dated_cut(mention: str) -> str:
    """The mention without the time after it ("in early May 2010"), and its days blanked out
    ("a report Tuesday from X"), offsets unchanged."""
    return _DAY.sub(lambda m: " " * len(m.group(0)), _WHEN_AFTER.sub("", mention))


# "a ministry statement", "a company statement", "a police report": the body the word before the
# document names, read as "the ministry" is (not "a campaign statement": no body of its own, nor "a
# court filing", filed with the court)
BODY_DOCUMENT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(ministry|police|company|government|army|military|embassy|agency|"
                            r"department|prosecutors?|regulator|central\s+bank|bank|party|union|hospital|airline|"
                            r"presidency|kremlin|pentagon)(?:['\u2019]s)?\s+(?:statement|release|announcement|report)\s*$")


# whom a survey asked, between it and its maker ("a survey of 1,200 growers by the council", "... of 400 voters
# released on Friday by X"), kept as spaces
_COUNTED_OF = re.compile(r"\s+of\s+(?:more\s+than\s+|about\s+|nearly\s+|almost\s+|some\s+|over\s+)?[\d,]+\s+"
                         r"(?:[\w-]+\s+){0,3}?(?=(?:" + _ISSUE_VERBS + r"\s+)?(?:by|from)\s)")


# who paid for or asked for a document, set off after its issuer ("a report by the firm X, commissioned by the
# authority and released last month"): no issuer of it
_COMMISSIONED = re.compile(r",\s+(?:commissioned|funded|paid\s+for|requested|ordered)\s+by\s.*$")


def issued_by(mention: str) -> re.Match | None:
    """The issuer of a document in its mention (group 1), or None."""
    text = _APPOSITION_AFTER.sub("", _COUNTED_OF.sub(lambda m: " " * len(m.group(0)), _dated_cut(mention))).rstrip()
    text = _COMMISSIONED.sub("", text)
    for rx in (_ISSUED_BY, _ISSUED_BY_GROUP, _RELEASED, BODY_DOCUMENT):
        if (m := rx.search(text)) is not None:
            return m
    return None


# a document and whom it went to, right after its noun ("a filing with the Securities and Exchange Commission",
# "a statement to the Oslo stock exchange"; not "a statement from an assistant to Kone", the assistant's)
_SENT_TO = re.compile(r"^\s*(?:[\w'\u2019-]+\s+){0,3}?(?:" + "|".join(sorted(DOCUMENTS)) + r")\s+(?:to|with)\s+(?:the\s+)?(?=[A-Z])")


def sent_to(mention: str) -> str | None:
    """The words naming whom the document of ``mention`` was sent to (a recipient, not its author), or None."""
    m = _SENT_TO.search(mention)
    return mention[m.end():] if m else None


def documentary(mention: str) -> bool:
    """A poll, a study, a draft: evidence the reporter cites, with no one named behind it."""
    return any(_document_head(m) for m in (mention, _dated_cut(mention))) or _RELEASED.search(_dated_cut(mention)) is not None


def _document_head(mention: str) -> bool:
    """Whether the words of ``mention`` before its first preposition or participle end in a document's
    noun ("a report by X", "a report filed Friday"; "a study last year by X" once its time is blanked out)."""
    head = re.split(rf"\s(?:in|of|at|for|from|with|on|to|by|seen|obtained|conducted|dated|submitted|{_ISSUE_VERBS})\s",
                    mention.strip() + " ", maxsplit=1)[0]
    words = [w for w in head.lower().strip(" .,").split() if w not in _WEEKDAYS]  # ("a report Tuesday from X")
    return bool(words) and (words[-1] in DOCUMENTS or words[-1] in _OCCASIONS)


def puts_out(sentence: str, noun: str) -> bool:
    """Whether ``sentence`` tells of someone putting out a document called ``noun`` ("In a report
    released today, the envoys reported ...", "X released a report", "..., according to a poll by X"):
    "the report" later is theirs."""
    if noun in LEGAL and _GOES_TO_COURT.search(sentence):
        return True  # ("X filed suit on Tuesday ... The complaint alleges": whoever went to court)
    return re.search(rf"\b(?:(?:in|with|according\s+to)\s+(?:a|an|its|their|his|her)|{_PUTS_OUT})\s+(?:[\w-]+\s+){{0,3}}"
                     rf"{re.escape(noun)}\b", sentence, re.I) is not None


# what a party to a case files, and how a sentence tells of filing it ("sued", "filed a federal lawsuit")
LEGAL = frozenset("suit lawsuit complaint petition".split())
_TO_COURT = r"(?:sued|filed\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:" + "|".join(sorted(LEGAL)) + r"))\b"
_GOES_TO_COURT = re.compile(r"\b" + _TO_COURT, re.I)
# who went to court, opening the sentence ("The Valmora Securities Commission on Tuesday sued ...")
_FILER = re.compile(r"\s*(?P<who>[A-Z][^,;:\"\u201c\u201d]{1,90}?)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                    r"Saturday|Sunday|last\s+week|this\s+week))?\s+(?:has\s+|have\s+|had\s+)?" + _TO_COURT)


def filer(sentence: str) -> str | None:
    """The words naming who went to court, when ``sentence`` opens by telling so, else None."""
    m = _FILER.match(sentence)
    return m.group("who") if m is not None and len(m.group("who").split()) <= 10 else None


# the verbs of _ISSUE_VERBS that put a document out under the speaker's name, in either tense (not
# "filed", "sent", "posted": "freshly filed FEC reports" are no one heard's)
_PUTS_OUT = r"(?:released|publishe[sd]|issue[sd]|unveil(?:ed|s)|puts?\s+out|releases)"
