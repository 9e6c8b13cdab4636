"""Context of a temporal expression: its sentence and the tense of its clause.

Direction of an underspecified expression ("Monday", "in March") comes from the tense of its
clause: the Monday before the article in "told Reuters on Monday", the next one in "will meet
on Monday". A signal word overrides it: "since X" looks back, "by/until/through X" forward.
"""
from __future__ import annotations

import bisect
import re
from datetime import date

_I = re.IGNORECASE
_PAST, _FUTURE, _PRESENT = "past", "future", "present"
_AFTER = "after"  # a forward signal in a clause that is not past ("due no later than March 31"): not before the DCT
_FORWARD = "forward"  # a forward signal in a past clause ("extended the loans through January"): ahead unless near

_SENT_BREAK = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]*[A-Z0-9])|\n\s*\n|(?<=[.!?]['\"”’])\s+|``")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|'ll|n't")
_SCHEDULED = frozenset("due set scheduled expected slated likely poised planned forecast predicted projected".split())
_FUT_BEFORE_TO = frozenset(
    "going plans plan planning intends intend intended expects expect hopes hope aims aim wants want needs need has "
    "have agreement agreements deal offer proposal bid pact agreed agrees agree decided promised pledged vowed "
    "offered voted proposed".split())
_EXPECT_OBJ_TO = frozenset("expect expects expected forecast forecasts predict predicts".split())
_TO_VERBS = frozenset("be begin start meet visit resume open close take leave return hold".split())
# events a day is given for, before "is on ..." (forms' schedules read the same list; "kick-off" is read as two words)
DAY_EVENTS = frozenset("meeting vote hearing summit election trial debate referendum kickoff match game final "
                        "launch ceremony funeral concert parade deadline sentencing auction inauguration premiere".split())
# what may follow "is due" when it says when something is expected (not "due to", taken above)
_DUE_WHEN = frozenset("on in next this out back by at later before monday tuesday wednesday thursday friday saturday "
                      "sunday tomorrow tonight".split())
_FUT_WORDS = frozenset("will shall might may must should would 'll gonna scheduled slated effective upcoming "
                       "tomorrow until till planning".split())
_PAST_WORDS = frozenset(
    "was were had did said told says ago last yesterday earlier brought took came went made began fell rose gave got "
    "held left met paid saw sold won lost led ran found thought became bought built broke chose drew drove fought flew "
    "grew kept knew sent spent spoke stood struck wrote withdrew sought caught taught felt heard meant shot slid sank "
    "swept overtook arose dealt fled forgot hung laid lent lit rode rang sang shook slept stole stuck swore swam threw "
    "tore understood woke wore wound".split())
_PRESENT_WORDS = frozenset("is are am has have do does can".split())
# The futurate present of news ("Arafat meets Albright Monday", "the envoy leaves for Paris on
# Tuesday") points forward.
_FUTURATE = frozenset(
    "meet meets leave leaves arrive arrives begin begins start starts resume resumes return returns visit visits "
    "travel travels fly flies depart departs convene convenes vote votes testify testifies host hosts launch launches "
    "expire expires opens closes ends holds heads sails enters takes goes comes kicks".split())
_NOT_FUTURATE_AFTER = frozenset("a an the its their his her our this that of did didn not never to 't".split())
_NOT_PAST_ED = frozenset(
    "indeed need speed feed seed bleed breed proceed exceed succeed hundred united limited based related concerned "
    "involved interested unprecedented detailed advanced armed alleged supposed used required estimated combined owned "
    "scheduled planned expected proposed intended embed shred creed greed tweed".split())
_ADJ_DET = frozenset("a an the still very newly its their his her our so".split())
_PREP_BEFORE_ADJ = frozenset("with of for amid into from among under".split())  # "with sustained winds"
_ADJ_BEFORE = re.compile(r"\b(?:a|an|the|still|very|newly|its|their|his|her|our|so-?)\s+$", _I)
_FRONTED = re.compile(r"[\W_]*(?:(?:in|on|at|by|since|until|during|early|late|last|this|next|and|but|then|so|for|from|"
                      r"the|also|as|of|that|earlier|later)[\W_]+)*", _I)
# a period after an initial, a title or a month abbreviation does not end the sentence
_ABBREV_END = re.compile(r"(?:^|[\s(\"'`])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Prof|Rev|Jr|Sr|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|U\.S|U\.N)\.$")
_CLAUSE_BREAK = re.compile(r"[,;:\"“”]|''|--|\b(?:and|but)\s+that\b")  # (a second that-clause: "... on Wednesday and that")


class _Ctx:
    __slots__ = ("text", "dct", "_breaks", "_tense_cache", "_marker_cache", "ref_quarter", "ref_date", "ref_year",
                 "ref_value")

    def __init__(self, text: str, dct: date):
        self.text = text
        self.dct = dct
        self._breaks: list[int] | None = None
        self._tense_cache: dict[tuple[int, int], str | None] = {}
        self._marker_cache: dict[tuple[int, int], list] = {}
        self.ref_quarter: str | None = None
        self.ref_date: date | None = None
        self.ref_year: int | None = None
        self.ref_value: str | None = None  # the last explicit date value, in document order

    def sentence(self, pos: int) -> tuple[int, int]:
        if self._breaks is None:
            text = self.text
            self._breaks = [m.end() for m in _SENT_BREAK.finditer(text)
                            if not _ABBREV_END.search(text, max(0, m.start() - 8), m.start())]
        i = bisect.bisect_right(self._breaks, pos)
        s = self._breaks[i - 1] if i else 0
        e = self._breaks[i] if i < len(self._breaks) else len(self.text)
        return s, e

    def _markers(self, s: int, e: int) -> list[tuple[int, int, str, int]]:
        """Tense markers of text[s:e]: (start, end, kind, flags) with flags 1 = bare -ed word,
        2 = "to VERB" (counts only before a timex)."""
        key = (s, e)
        cached = self._marker_cache.get(key)
        if cached is not None:
            return cached
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(self.text, s, e)]
        out: list[tuple[int, int, str, int]] = []
        n = len(words)
        i = 0
        while i < n:
            ws, we, w = words[i]
            nxt = words[i + 1][2] if i + 1 < n else ""
            nxt2 = words[i + 2][2] if i + 2 < n else ""
            if w == "had" and nxt == "been" and nxt2 in _SCHEDULED:
                out.append((ws, words[i + 2][1], _PAST, 0))
                i += 3
                continue
            if w in ("is", "are", "be", "was", "were") and nxt in _SCHEDULED and nxt2 == "to":
                out.append((ws, words[i + 2][1], _FUTURE, 0))
                i += 3
                continue
            if nxt == "to" and (w in _FUT_BEFORE_TO or (w in ("is", "are", "was", "were"))):
                out.append((ws, words[i + 1][1], _FUTURE, 0))
                i += 2
                continue
            if w in _EXPECT_OBJ_TO and any(words[k][2] == "to" for k in range(i + 2, min(n, i + 6))):
                out.append((ws, we, _FUTURE, 0))  # "expect the bank to cut rates in March"
                i += 1
                continue
            if w == "to" and nxt in _TO_VERBS:
                out.append((ws, words[i + 1][1], _FUTURE, 2))
                i += 2
                continue
            if w in ("set", "slated", "planned", "due") and nxt == "for":
                out.append((ws, words[i + 1][1], _FUTURE, 0))
                i += 2
                continue
            if w in ("is", "are") and i and (words[i - 1][2] in DAY_EVENTS or words[i - 1][2] == "off" and i > 1
                                             and words[i - 2][2] == "kick") and nxt in ("on", "at", "next", "this"):
                out.append((ws, we, _FUTURE, 0))  # "The final is on Saturday", "Kick-off is at 3 p.m. on Saturday"
                i += 1
                continue
            if w == "due" and i and words[i - 1][2] in ("is", "are") and nxt in _DUE_WHEN:
                out.append((ws, we, _FUTURE, 0))  # "Full results are due on July 27", "The verdict is due Friday"
                i += 1
                continue
            if w == "as" and nxt == "soon" and nxt2 == "as":
                out.append((ws, words[i + 2][1], _FUTURE, 0))
                i += 3
                continue
            if w in _FUT_WORDS or (w == "next" and nxt != "to") or (w in ("won", "wo") and nxt in ("t", "n't")):
                out.append((ws, we, _FUTURE, 0))
            elif w in _PAST_WORDS and not (i and words[i - 1][2] in ("be", "been", "being") and w not in ("had", "did")):
                out.append((ws, we, _PAST, 0))
            elif w in _PRESENT_WORDS:
                out.append((ws, we, _PRESENT, 0))
            elif w in _FUTURATE and (not i or words[i - 1][2] not in _NOT_FUTURATE_AFTER):
                out.append((ws, we, _FUTURE, 0))
            elif len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED and w.isalpha():
                prev = words[i - 1][2] if i else ""
                if prev not in _ADJ_DET and prev not in ("be", "being") and prev not in _PREP_BEFORE_ADJ \
                        and prev not in ("if", "unless", "when", "once", "as", "than"):  # ("if needed", "when asked")
                    out.append((ws, we, _PAST, 1))
            i += 1
        self._marker_cache[key] = out
        return out

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key in self._tense_cache:
            return self._tense_cache[key]
        s, e = self.sentence(start)
        lo = max(s, start - 160)
        hi = min(e, end + 120)
        best_d = 1e9
        best: str | None = None
        text = self.text
        # a fronted adverbial ("In January, the commissioner ruled ...") takes the tense of the main clause
        fronted = _FRONTED.fullmatch(text, s, start) is not None
        for ms, me, kind, flags in self._markers(s, e):
            if me <= lo or ms >= hi or (ms < end and me > start):
                continue
            if me <= start:
                dist = start - me
            else:
                if flags & 2:
                    continue  # "... on Friday to close at $20": a purpose clause after the date
                dist = (ms - end) * 1.8
                if not fronted and _CLAUSE_BREAK.search(text, end, ms):
                    dist *= 4  # "..., officials said": the reporting clause, not the content's tense
            if kind == _FUTURE:
                dist *= 0.9
            elif flags & 1:
                dist *= 1.4  # a bare -ed word may be an adjective
            if dist < best_d:
                best_d, best = dist, kind
        self._tense_cache[key] = best
        return best

    def before(self, pos: int, n: int = 40) -> str:
        return self.text[max(0, pos - n):pos]

    def after(self, pos: int, n: int = 40) -> str:
        return self.text[pos:pos + n]


_FUTURE_SIGNAL = re.compile(
    r"\b(?:(?:by|until|till|through|effective|starting|beginning|before|no\s+later\s+than|not\s+later\s+than|"
    r"between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:early|mid|late|the\s+end\s+of)?|"
    r"(?:ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?)[\s-]*$", _I)


_EVENT_NOUN_AFTER = re.compile(r"\s+(?!of\b|and\b|or\b|to\b|in\b|through\b|until\b|when\b|for\b|at\b|on\b)[a-z]{3,}\b")
_PAST_SIGNAL = re.compile(r"\b(?:since|as\s+of|dating\s+(?:back\s+)?to)\s+(?:early|mid|late|the\s+end\s+of)?[\s-]*$", _I)


_HAD = re.compile(r"\bhad\b", _I)


def _tense_with_signal(ctx: "_Ctx", start: int, end: int) -> str | None:
    """Tense of the clause, except that "since X" looks back and "by/until/through/effective X" looks
    forward unless the clause is in the past perfect ("had ... by March", "Until Thursday, they had")."""
    before = ctx.before(start, 30)
    if _PAST_SIGNAL.search(before):
        return _PAST
    sig = _FUTURE_SIGNAL.search(before)
    if sig:
        s, e = ctx.sentence(start)
        had = None
        for had in _HAD.finditer(ctx.text, max(s, start - 80), min(e, end + 60)):
            pass
        if had is None or (had.end() < start and re.search(r"\b(?:will|would|shall)\b|'ll\b", ctx.text[had.end():start], _I)):
            # (not the past perfect of a clause the modal's follows: "every family that had lost its home would be
            # given housing by the end of October")
            # the clause's own tense, the signal word ("until") left out
            return _FORWARD if ctx.tense(start - len(before) + sig.start(), end) == _PAST else _AFTER
        return _PAST
    t = ctx.tense(start, end)
    if re.search(r"\bthe\s+$", before, _I) and _EVENT_NOUN_AFTER.match(ctx.text, end):
        # "the Oct. 23 slaying": a date naming a known event; in a clause about what will come, the one nearest
        # ("will begin a recount Monday in the race ... cast in the June 22 primary", written in July)
        return _PAST if t != _FUTURE else None if re.search(r"\d", ctx.text[start:end]) else t
    return None if t == _PRESENT else t
