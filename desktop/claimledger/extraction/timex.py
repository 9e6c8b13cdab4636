"""Temporal-expression tagger: TIMEX3 spans and values plus a deadline view.

``tag(text, dct)`` finds every temporal expression with the project's own grammar (compiled
regular expressions over number, month, weekday, unit and modifier vocabularies), normalises
it to a TIMEX3 type/value against the document creation time ``dct``, and adds the inclusive
``earliest``/``latest`` window and ``granularity`` a deadline needs.

Span extents follow TimeML: no leading prepositions ("by September 11" -> "September 11");
modifiers that change the meaning stay ("almost two decades", "the past three years").
Direction of an underspecified expression ("Monday", "in March") comes from the tense of its
clause: the Monday before the article in "told Reuters on Monday", the next one in "will meet
on Monday".

Pure functions: no I/O, deterministic, regexes compiled at import time.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Callable

from claimledger.domain import Granularity
from claimledger.extraction import _timex_cal as cal
from claimledger.extraction._timex_lex import (
    APPROX, DAYNUM, MONTH, MONTH_D, MONTH_FULL, MONTHS, NUMBER, NUMWORD, ONES, ORDINALS, PART_OF_DAY, SEASONS, TENS,
    UNIT_S, VAGUE_QUANT, WEEKDAY, WEEKDAYS, YEAR4,
)
from claimledger.extraction.model import Timex

__all__ = ["tag", "tag_one", "reanchor", "signal_before", "deadline_window"]

_I = re.IGNORECASE
_PAST, _FUTURE, _PRESENT = "past", "future", "present"
_AFTER = "after"  # a forward signal in a clause that is not past ("due no later than March 31"): not before the DCT
_FORWARD = "forward"  # a forward signal in a past clause ("extended the loans through January"): ahead unless near

# --------------------------------------------------------------------------------------------
# context: sentences and tense
# --------------------------------------------------------------------------------------------
_SENT_BREAK = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]*[A-Z0-9])|\n\s*\n|(?<=[.!?]['\"”’])\s+|``")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|'ll|n't")
_SCHEDULED = frozenset("due set scheduled expected slated likely poised planned forecast predicted projected".split())
_FUT_BEFORE_TO = frozenset(
    "going plans plan planning intends intend intended expects expect hopes hope aims aim wants want needs need has "
    "have agreement agreements deal offer proposal bid pact agreed agrees agree decided promised pledged vowed "
    "offered voted proposed".split())
_EXPECT_OBJ_TO = frozenset("expect expects expected forecast forecasts predict predicts".split())
_TO_VERBS = frozenset("be begin start meet visit resume open close take leave return hold".split())
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
_CLAUSE_BREAK = re.compile(r"[,;:\"“”]|''|--")


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
                if prev not in _ADJ_DET and prev not in ("be", "being") and prev not in _PREP_BEFORE_ADJ:
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


# --------------------------------------------------------------------------------------------
# small parsers
# --------------------------------------------------------------------------------------------
_FRACTION = re.compile(r"\s*(?:1/2|-1/2|and a half)$", _I)


def _num(s: str) -> float | None:
    """Parse a number phrase (digits, words, 'a', 'a couple of'); None when vague (several, few)."""
    s = s.lower().strip().replace(",", "")
    half = 0.0
    if _FRACTION.search(s):
        s = _FRACTION.sub("", s).strip()
        half = 0.5
    if s in ("a", "an", "one", "a full", "another", "an additional", "an extra", "a further"):
        return 1 + half
    if s in ("a couple of", "a couple", "couple of", "couple"):
        return 2
    try:
        return float(s) + half
    except ValueError:
        pass
    s = re.sub(r"^(?:a|one) ", "", s)
    if s == "hundred":
        return 100 + half
    if s == "dozen":
        return 12 + half
    if s == "thousand":
        return 1000 + half
    if s in ONES:
        return ONES[s] + half
    parts = re.split(r"[- ]", s)
    if parts and parts[0] in TENS:
        v = TENS[parts[0]]
        if len(parts) > 1 and parts[1] in ONES:
            v += ONES[parts[1]]
        return v + half
    return None


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


_UNIT_CODE = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "weekend": ("D", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "yr": ("Y", False), "decade": ("E", False),
    "century": ("C", False), "centurie": ("C", False), "millennium": ("L", False), "millennia": ("L", False),
}


def _unit(s: str) -> str:
    s = s.lower()
    if s in _UNIT_CODE:
        return s
    if s.endswith("s") and s[:-1] in _UNIT_CODE:
        return s[:-1]
    if s == "centuries":
        return "century"
    return s


def _duration_value(n: float | None, unit: str) -> str:
    code, is_time = _UNIT_CODE[unit]
    if n is None:
        return ("PTX" if is_time else "PX") + code
    if unit == "weekend":
        n, code = n * 2, "D"
    if unit == "fortnight":
        n *= 2
    if unit == "decade":
        n, code = n * 10, "Y"
    if unit in ("century", "centurie"):
        n, code = n * 100, "Y"
    if unit in ("millennium", "millennia"):
        n, code = n * 1000, "Y"
    if n != int(n):  # fractions: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
        whole = int(n)
        frac = n - whole
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "Q": ("M", 3)}
        if is_time:
            sub = {"H": ("M", 60), "M": ("S", 60)}
        if code in sub:
            c2, k = sub[code]
            part2 = f"{int(round(frac * k))}{c2}"
            if is_time:
                return f"PT{whole}{code}{part2}" if whole else f"PT{part2}"
            if code == "D":
                return f"P{whole}DT{part2}" if whole else f"PT{part2}"
            return f"P{whole}{code}{part2}" if whole else f"P{part2}"
    return ("PT" if is_time else "P") + _fmt_num(n) + code


def _shift(d: date, n: float, unit: str) -> tuple[str, date]:
    """d shifted by n units (n may be negative); returns (value at the unit's granularity, date)."""
    code = _UNIT_CODE.get(unit, ("D", False))[0]
    k = int(round(n))
    if unit in ("year", "yr"):
        t = cal.add_years(d, k)
        return f"{t.year:04d}", t
    if unit == "decade":
        t = cal.add_years(d, 10 * k)
        return f"{t.year:04d}", t
    if unit in ("century", "centurie"):
        t = cal.add_years(d, 100 * k)
        return f"{t.year // 100:02d}", t
    if unit == "month":
        t = cal.add_months(d, k)
        return f"{t.year:04d}-{t.month:02d}", t
    if unit == "quarter":
        t = cal.add_months(d, 3 * k)
        return f"{t.year:04d}-Q{cal.quarter_of(t)}", t
    if unit in ("week", "fortnight", "weekend"):
        t = d + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return cal.iso_week(t), t
    if code in ("H", "M", "S") and _UNIT_CODE[unit][1]:
        t = d
        return t.isoformat(), t
    t = d + timedelta(days=k)
    return t.isoformat(), t


def _cap(m: re.Match, group: str) -> bool:
    """The named group starts with an upper-case letter (month/weekday names must)."""
    g = m.group(group)
    return bool(g) and g[0].isupper()


def _month_no(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _weekday_no(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _resolve_month(mo: int, day: int | None, dct: date, tense: str | None) -> int:
    """Year of an underspecified month (and day): the nearest occurrence when it is close to the
    creation date (a month or two), otherwise the direction given by the tense of the clause."""
    y = dct.year
    if tense == _AFTER:  # this month, or the first occurrence of that month ahead
        return y if mo >= dct.month else y + 1
    best = None
    for cy in (y - 1, y, y + 1):
        try:
            c = date(cy, mo, min(day or 15, 28 if mo == 2 else 30 if mo in (4, 6, 9, 11) else 31))
        except ValueError:
            continue
        dist = abs((c - dct).days)
        if best is None or dist < best[0]:
            best = (dist, cy)
    if best is not None and best[0] <= (75 if day else 62):
        last = day or (29 if mo == 2 else 30 if mo in (4, 6, 9, 11) else 31)
        if not (tense == _FUTURE and date(best[1], mo, min(last, 28)) < dct and (best[1], mo) < (dct.year, dct.month)):
            return best[1]  # (but "will run until May", written in July, is next May)
    if tense == _FORWARD:
        tense = _FUTURE
    here = (dct.month, dct.day)
    there = (mo, day if day else (1 if tense == _FUTURE else 31))
    if tense == _FUTURE and there < here and (dct.month - mo) % 12 <= 10:
        return y + 1 if mo != dct.month or day else y
    if tense == _PAST and there > here:
        return y - 1 if mo != dct.month or day else y
    if tense is None:
        # nearest occurrence
        diff = mo - dct.month
        if diff > 6:
            return y - 1
    return y


def _resolve_weekday(wd: int, dct: date, tense: str | None, rel: str | None = None) -> date:
    delta = wd - dct.weekday()
    rel = (rel or "").lower()
    if rel in ("next", "coming", "this coming"):
        return dct + timedelta(days=delta % 7 or 7)
    if rel in ("last", "past", "this past", "previous"):
        return dct - timedelta(days=(-delta) % 7 or 7)
    if delta == 0:
        return dct
    if rel == "this":
        return dct + timedelta(days=delta)
    if tense in (_FUTURE, _AFTER, _FORWARD):
        return dct + timedelta(days=delta % 7)
    return dct - timedelta(days=(-delta) % 7)


_FUTURE_SIGNAL = re.compile(
    r"\b(?:(?:by|until|till|through|effective|starting|beginning|before|no\s+later\s+than|not\s+later\s+than|"
    r"between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:early|mid|late|the\s+end\s+of)?|"
    r"(?:ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?)[\s-]*$", _I)


_EVENT_NOUN_AFTER = re.compile(r"\s+(?!of\b|and\b|or\b|to\b|in\b|through\b|until\b|when\b|for\b|at\b|on\b)[a-z]{3,}\b")
_PAST_SIGNAL = re.compile(r"\b(?:since|as\s+of|dating\s+(?:back\s+)?to)\s+(?:early|mid|late|the\s+end\s+of)?[\s-]*$", _I)


def _tense_with_signal(ctx: "_Ctx", start: int, end: int) -> str | None:
    """Tense of the clause, except that "since X" looks back and "by/until/through/effective X" looks
    forward unless the clause is in the past perfect ("had ... by March", "Until Thursday, they had")."""
    before = ctx.before(start, 30)
    if _PAST_SIGNAL.search(before):
        return _PAST
    sig = _FUTURE_SIGNAL.search(before)
    if sig:
        s, e = ctx.sentence(start)
        if not re.search(r"\bhad\b", ctx.text[max(s, start - 80):min(e, end + 60)], _I):
            # the clause's own tense, the signal word ("until") left out
            return _FORWARD if ctx.tense(start - len(before) + sig.start(), end) == _PAST else _AFTER
        return _PAST
    t = ctx.tense(start, end)
    if t != _FUTURE and re.search(r"\bthe\s+$", before, _I) and _EVENT_NOUN_AFTER.match(ctx.text, end):
        return _PAST  # "the Oct. 23 slaying": a date naming a known event
    return None if t == _PRESENT else t


_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        "tonight": "NI", "midday": "MI", "noon": "MI"}

# --------------------------------------------------------------------------------------------
# rules
# --------------------------------------------------------------------------------------------
_Cand = tuple  # (start, end, type, value, prio, extra)
_RULES: list[tuple[re.Pattern, Callable, int]] = []


def _rule(pattern: str, prio: int = 5, flags: int = _I):
    rx = re.compile(pattern, flags)

    def deco(fn):
        _RULES.append((rx, fn, prio))
        return fn

    return deco


_MOD = (r"(?:(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
        r"latter\s+half|last\s+half|first\s+part|latter\s+part|early\s+part|later\s+part|rest|remainder|balance|"
        r"spring|summer|fall|autumn|winter)\s+of\s+(?:the\s+)?|(?:early|mid|late|earlier|later)[\s-]+|mid-|(?:end|start)-(?=\d)))?")


def _mod_value(m: re.Match, value: str) -> str:
    """Apply a half/season modifier ("the first half of 1989" -> 1989-H1) to a year value."""
    mod = (m.groupdict().get("mod") or "").lower()
    if re.fullmatch(r"\d{4}", value):
        if "first half" in mod:
            return value + "-H1"
        if "second half" in mod or "last half" in mod or "latter half" in mod:
            return value + "-H2"
        for w, code in SEASONS.items():
            if mod.startswith(w):
                return f"{value}-{code}"
    if re.fullmatch(r"\d{3}", value) and mod:
        return value
    return value


# ---- absolute dates -------------------------------------------------------------------------
@_rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod2>early|mid|late)[\s-])?(?P<mon>{MONTH_D})\s+(?P<day>{DAYNUM})\b(?![-/:.]?\d)"
       rf"(?:(?:,\s*|\s+)(?P<yr>{YEAR4})\b(?!-\d))?", prio=2)
def _month_day(m, ctx):
    if not _cap(m, "mon"):
        return None
    mo, day = _month_no(m["mon"]), int(re.match(r"\d+", m["day"]).group())
    if m["mon"].lower() == "may" and not m["yr"] and ctx.before(m.start(), 1).isalpha():
        return None
    if m["yr"]:
        y = int(m["yr"])
    else:
        y = _resolve_month(mo, day, ctx.dct, _tense_with_signal(ctx, m.start(), m.end()))
    try:
        d = date(y, mo, day)
    except ValueError:
        return None
    return "DATE", d.isoformat()


@_rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH_D})\b"
       rf"(?:,?\s+(?P<yr>{YEAR4})\b)?", prio=2)
def _day_month(m, ctx):
    if not _cap(m, "mon") or (m["mon"].lower() == "may" and not m["yr"] and not m["wd"]):
        return None
    if m["mon"].lower() in ("march", "may") and not m["yr"] and not re.search(r"(?:st|nd|rd|th)$|^the", m.group(0)):
        return None
    mo, day = _month_no(m["mon"]), int(re.match(r"\d+", m["day"]).group())
    y = int(m["yr"]) if m["yr"] else _resolve_month(mo, day, ctx.dct, _tense_with_signal(ctx, m.start(), m.end()))
    try:
        d = date(y, mo, day)
    except ValueError:
        return None
    return "DATE", d.isoformat()


@_rule(rf"\b(?:the\s+)?week\s+(?:of|beginning|starting|ending)\s+(?P<mon>{MONTH_D})\s+(?P<day>{DAYNUM})\b(?![-/:.]?\d)"
       rf"(?:(?:,\s*|\s+)(?P<yr>{YEAR4})\b)?", prio=1)
def _week_of(m, ctx):
    r = _month_day(m, ctx)
    if r is None:
        return None
    return "DATE", cal.iso_week(date.fromisoformat(r[1]))


@_rule(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)\s+week\s+of\s+(?P<mon>{MONTH})"
       rf"(?:,?\s+(?P<yr>{YEAR4})\b)?", prio=1)
def _nth_week_of(m, ctx):
    """"the first week of August", "the last week of March 2022": the ISO week holding the
    middle of those seven days."""
    mo = _month_no(m["mon"])
    y = int(m["yr"]) if m["yr"] else _resolve_month(mo, None, ctx.dct, _tense_with_signal(ctx, m.start(), m.end()))
    n = m["ord"].lower()
    if n in ("final", "last"):
        first = cal.month_last(y, mo) - timedelta(days=6)
    else:
        first = date(y, mo, 1) + timedelta(days=7 * ("first", "second", "third", "fourth").index(n))
    return "DATE", cal.iso_week(first + timedelta(days=3))


@_rule(r"\bFY['’]?(?P<yy>\d\d)\b", prio=3, flags=0)
def _fiscal_short(m, ctx):
    """"FY23": fiscal 2023 (TimeML gives a fiscal year the calendar year's value)."""
    yy = int(m["yy"])
    return "DATE", f"{(1900 if yy > 50 else 2000) + yy:04d}"


@_rule(r"\bthe\s+(?P<u>decade|year|month|week)(?=\s+(?:is|was)\s+(?:out|over|up)\b)", prio=3)
def _period_is_out(m, ctx):
    """"before the decade is out", "before the year is over": the current one."""
    d, u = ctx.dct, m["u"].lower()
    return "DATE", {"decade": f"{d.year // 10:03d}", "year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}",
                    "week": cal.iso_week(d)}[u]


@_rule(r"\bthis\s+time\s+(?P<rel>next|last)\s+year\b", prio=2)
def _this_time_next_year(m, ctx):
    """"by this time next year": the same month a year on (or back)."""
    d = ctx.dct
    return "DATE", f"{d.year + (1 if m['rel'].lower() == 'next' else -1):04d}-{d.month:02d}"


@_rule(r"\bthe\s+new\s+year\b(?![\w-]|['’]s)", prio=3)
def _new_year(m, ctx):
    """"in the new year": the coming calendar year (this one, in its first month)."""
    return "DATE", f"{ctx.dct.year + (ctx.dct.month > 1):04d}"


@_rule(r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b(?!-)"
       r"|(?<![\d/])(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)?\d\d)\b(?!/)", prio=1)
def _numeric_date(m, ctx):
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if y < 100:
            y += 1900 if y > 40 else 2000
    try:
        return "DATE", date(y, mo, d).isoformat()
    except ValueError:
        return None


@_rule(rf"\b{_MOD}(?P<mon>{MONTH})(?:(?:,?\s+|\s+of\s+)(?P<yr>{YEAR4})\b(?!-\d)|\s+['’](?P<yy>\d\d)\b"
       r"|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)", prio=2)
def _month_year(m, ctx):
    g = "mon"
    if not _cap(m, g):
        return None
    if m["rel"]:
        y = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    else:
        y = int(m["yr"]) if m["yr"] else 1900 + int(m["yy"])
    return "DATE", f"{y:04d}-{_month_no(m[g]):02d}"


_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|before|after|from|through|to|during|last|next|this|early|late|mid|"
    r"until|between|and|or|for|on|at|around|about|past|coming|end|beginning|late|throughout|within)[\s-]*|-)$",
    _I,
)


@_rule(rf"\b{_MOD}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|previous)\s+)?(?P<mon>{MONTH})(?![\w-])"
       r"(?!\s*\d)", prio=4)
def _month(m, ctx):
    if not _cap(m, "mon"):
        return None
    name = m["mon"].lower()
    if name in ("may", "march") and not (m["rel"] or m["mod"] or _PREP_BEFORE.search(ctx.before(m.start(), 12))):
        return None
    if name == "may" and re.match(r"\s+(?:be|have|not|also|well|still|never|soon|take|make|need|want|help|"
                                  r"become|only|even|already|just|yet|do|go|get|face)\b", ctx.after(m.end(), 12)):
        return None
    mo = _month_no(m["mon"])
    rel = (m["rel"] or "").lower()
    dct = ctx.dct
    if rel in ("last", "past", "this past", "previous"):
        y = dct.year if mo < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = dct.year if mo > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        y = _resolve_month(mo, None, dct, _tense_with_signal(ctx, m.start(), m.end()))
    return "DATE", f"{y:04d}-{mo:02d}"


_YEAR_AFTER_BAD = re.compile(
    r"(?:['’]?s\b|-\d|\.\d|,\d{3}|\s*%|\s*percent|\s*(?:a\.m|p\.m|hours|GMT|EST|EDT|PST|UTC)\b|\s*(?:-|to)\s*\d+\s*(?:vote|margin))",
    _I)
_YEAR_BEFORE_BAD = re.compile(r"(?:[$£€#]\s*|\d[\d,.]*\s*|\bNo\.\s*|\bNos?\s|\bnumber\s|\bRoute\s|\bFlight\s|"
                              r"\bRoom\s|\b(?:Model|Boeing|Airbus|Article|Section|Resolution|Chapter)\s|-)$", _I)


@_rule(rf"\b{_MOD}(?:(?P<fy>(?:the\s+)?fiscal(?:\s+year)?|(?:the\s+)?(?:calendar\s+)?year|FY|model\s+year)[\s-]*)?(?P<yr>{YEAR4})\b"
       rf"(?:-(?P<yr2>\d\d)\b)?", prio=5)
def _year(m, ctx):
    y = int(m["yr"])
    if y < 1600 and not m["fy"]:
        return None
    if _YEAR_BEFORE_BAD.search(ctx.before(m.start("yr") if not (m["mod"] or m["fy"]) else m.start(), 12)) or _YEAR_AFTER_BAD.match(ctx.after(m.end(), 12)):
        return None
    nxt = re.match(r"\s+([a-z]+)", ctx.after(m.end(), 20))
    if not m["fy"] and not m["mod"] and nxt and nxt.group(1) in _YEAR_NEXT_BAD:
        return None
    if m["yr2"]:
        return None
    return "DATE", _mod_value(m, f"{y:04d}")


_YEAR_NEXT_BAD = frozenset(
    "people persons troops soldiers men women children workers employees residents members students "
    "shares cars units tons pounds miles feet meters votes seats jobs homes houses acres points times "
    "dollars yen marks francs barrels delegates cases deaths prisoners refugees civilians officers "
    "police visitors passengers copies pages words tanks planes aircraft vehicles rounds lb kg km".split()
)


@_rule(rf"\b{_MOD}(?P<the>the\s+)?(?:(?P<dec>(?:1[0-9]|20)?\d0)|['’](?P<dec2>\d0))['’]?s\b"
       r"|\b(?P<the3>the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", prio=4)
def _decade(m, ctx):
    if m["word"]:
        if not m["the3"]:
            return None
        n = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
             "eighties": 8, "nineties": 9}[m["word"].lower()]
        return "DATE", f"19{n}"
    if m["dec"]:
        d = m["dec"]
        if len(d) == 2:
            if not (m["the"] or m["mod"]):
                return None
            d = "19" + d
        if len(d) == 3 or (len(d) == 4 and not d.startswith(("1", "20"))):
            return None
        if d.endswith("00") and not (m["the"] or m["mod"]):
            return None
        return "DATE", d[:3]
    return "DATE", "19" + m["dec2"][0]


@_rule(r"\b(?:(?P<the>the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
       r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
       r"twentieth|twenty-first)\s+century\b|\b(?P<rel>this|last|next|the\s+(?:last|past|next|coming))\s+century\b",
       prio=4)
def _century(m, ctx):
    if m["ord"]:
        o = m["ord"].lower()
        n = ORDINALS.get(o) or (21 if o == "twenty-first" else int(re.match(r"\d+", o).group()) if o[0].isdigit() else None)
        if not n:
            return None
        return "DATE", f"{n - 1:02d}"
    rel = m["rel"].lower()
    c = ctx.dct.year // 100
    if rel.startswith("the"):
        return "DURATION", "P100Y"
    c += {"this": 0, "last": -1, "next": 1}[rel]
    return "DATE", f"{c:02d}"


# ---- quarters and halves ----------------------------------------------------------------------
_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@_rule(r"\b(?P<pre>(?:(?:this|last|next)\s+year['’]s|the\s+year['’]s|(?P<py>(?:19|20)\d\d)['’]?s?)\s+)?"
       r"(?:(?P<the>the)\s+)?(?:(?P<back>(?:comparable\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year|year-before)|"
       r"comparable|corresponding|same)[\s-]+)?(?:(?P<fisc>fiscal)[\s-]+)?(?:(?P<yrq>(?:19|20)\d\d)\s+)?"
       r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|this|past|previous|prior|next|"
       r"coming|recent|most\s+recent|just-ended|just\s+ended|just-completed|preceding|following|fiscal|June|March|"
       r"September|December|calendar)[\s-]+)?"
       r"(?:(?P<fisc2>fiscal|calendar)[\s-]+)?(?P<q>quarter)(?P<pl>s)?\b(?![\s-]+(?:of\s+(?:a|an|one|the|its|their|his|her)\b|"
       r"point|mile|percent|century|hour|inch|cent))"
       r"(?:\s+of\s+(?:(?P<ofyr>(?:19|20)\d\d)\b|(?:the\s+)?(?:fiscal\s+)?(?P<ofrel>this|last|next|the\s+current|the\s+previous|"
       r"the\s+next|the\s+same|the)\s+(?:fiscal\s+)?year\b|(?:fiscal\s+)(?P<ofyr2>(?:19|20)\d\d)\b)|"
       r"\s+(?P<ago>a\s+year\s+(?:ago|earlier))\b)?"
       r"|\b(?P<qq>Q[1-4]|[1-4]Q)(?:\s+(?P<qy>(?:19|20)?\d\d))?\b", prio=3)
def _quarter(m, ctx):
    dct = ctx.dct
    if m["qq"]:
        if not m["qq"].isupper():
            return None
        n = int(m["qq"].strip("Qq"))
        y = dct.year
        if m["qy"]:
            y = int(m["qy"]) if len(m["qy"]) == 4 else 1900 + int(m["qy"]) if int(m["qy"]) > 40 else 2000 + int(m["qy"])
        return "DATE", f"{y:04d}-Q{n}"
    if m["pl"]:
        return None
    ordw = re.sub(r"\s+", "-", (m["ord"] or "").lower())
    if ordw in ("june", "march", "september", "december") and not m.group("ord")[0].isupper():
        return None
    back = bool(m["back"] and not m["back"].lower().startswith(("same", "corresponding", "comparable")) or m["ago"]) or \
        bool(m["back"] and "year" in m["back"].lower())
    if not (m["the"] or ordw or m["pre"] or m["back"] or m["yrq"]) and not re.match(r"[A-Z]", m.group(0)):
        # bare "quarter": only as a compound modifier ("quarter profit") or with a possessive
        return None
    if not (m["the"] or ordw or m["pre"] or m["back"] or m["yrq"]):
        return None
    cur_q = cal.quarter_of(dct)
    prev = (dct.year, cur_q - 1) if cur_q > 1 else (dct.year - 1, 4)
    year = None
    if m["py"]:
        year = int(m["py"])
    elif m["pre"]:
        p = m["pre"].lower()
        year = dct.year + (-1 if p.startswith("last") else 1 if p.startswith("next") else 0)
    if m["yrq"]:
        year = int(m["yrq"])
    if m["ofyr"] or m["ofyr2"]:
        year = int(m["ofyr"] or m["ofyr2"])
    elif m["ofrel"]:
        r = m["ofrel"].lower()
        year = dct.year + (-1 if "last" in r or "previous" in r else 1 if "next" in r else 0)
    if ordw in _QORD or ordw in ("june", "march", "september", "december"):
        n = _QORD.get(ordw) or {"march": 1, "june": 2, "september": 3, "december": 4}[ordw]
        if year is None:
            year = dct.year
            tense = ctx.tense(m.start(), m.end())
            q_start = date(year, 3 * n - 2, 1)
            if q_start > dct and tense == _PAST and n > cur_q:
                year -= 1
            if back:
                year -= 1
        return "DATE", f"{year:04d}-Q{n}"
    if ordw == "final":
        return "DATE", f"{year or dct.year:04d}-Q4"
    if back:
        return "DATE", "@Y-1"
    if ordw in ("latest", "recent", "most-recent", "just-ended", "just-completed") and year is None:
        y, q = prev
        return "DATE", f"{y:04d}-Q{q}"
    if not ordw or ordw in ("fiscal", "calendar"):
        if year is not None:
            return "DATE", f"@YQ{year:04d}"
        if not (m["the"] or ordw or m["back"]):
            return None
        return "DATE", "@CUR"
    if ordw in ("current", "this"):
        return "DATE", f"{dct.year:04d}-Q{cur_q}"
    if ordw in ("last", "past", "previous", "prior", "preceding"):
        if m["the"] and ordw in ("past", "last"):
            return "DURATION", "P1Q"
        y, q = prev
        return "DATE", f"{y:04d}-Q{q}"
    if ordw in ("next", "coming", "following"):
        q = cur_q + 1
        y = dct.year + (q > 4)
        return "DATE", f"{y:04d}-Q{(q - 1) % 4 + 1}"
    return None


@_rule(r"\b(?:(?P<the>the)\s+)?(?P<ord>first|second|last|latter)[\s-]+half\b(?:\s+of\s+(?:(?P<yr>(?:19|20)\d\d)\b|"
       r"(?:the\s+)?(?:fiscal\s+)?(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year\b)|\s+(?P<yr2>(?:19|20)\d\d)\b)?"
       r"|\b(?P<hh>H[12]|[12]H)[\s-]?(?P<hy>(?:19|20)\d\d|\d\d)\b", prio=3)
def _half(m, ctx):
    if m["hh"]:  # "H2 2022", "1H22": the analysts' shorthand, upper case only
        if not m["hh"].isupper():
            return None
        hy = int(m["hy"])
        return "DATE", f"{hy if hy > 99 else 2000 + hy:04d}-H{m['hh'].strip('H')}"
    h = 1 if m["ord"].lower() == "first" else 2
    y = ctx.dct.year
    if m["yr"] or m["yr2"]:
        y = int(m["yr"] or m["yr2"])
    elif m["rel"]:
        y += {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
    elif not m["the"]:
        # "first-half profit": adjective, keep
        pass
    return "DATE", f"{y:04d}-H{h}"


# ---- seasons ----------------------------------------------------------------------------------
@_rule(r"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the|early|late|mid|earlier\s+this|"
       r"later\s+this)[\s-]+)?(?P<sea>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<yr>(?:19|20)\d\d)\b)?"
       r"|\b(?P<yr2>(?:19|20)\d\d)\s+(?P<sea2>spring|summer|fall|autumn|winter)\b", prio=4)
def _season(m, ctx):
    dct = ctx.dct
    if m["sea2"]:
        return "DATE", f"{m['yr2']}-{SEASONS[m['sea2'].lower()]}"
    code = SEASONS[m["sea"].lower()]
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if m["yr"]:
        return "DATE", f"{m['yr']}-{code}"
    if not rel or rel in ("the", "early", "late", "mid"):
        if m["sea"].lower() == "fall" and not rel:
            return None
        if not re.search(r"\b(?:in|during|by|until|till|since|before|after|through|over|this|next|last|early|late|of)\s+(?:the\s+)?$",
                         ctx.before(m.start(), 14), _I) and rel not in ("early", "late", "mid"):
            if rel != "the":
                return None
            if not re.search(r"\b(?:in|during|by|until|since|before|after|through|over)\s+$", ctx.before(m.start(), 10), _I):
                return None
    if m["sea"].lower() == "fall" and re.match(r"\s+(?:in|of|to|from|by)\s+(?:the\s+)?(?:[\d$]|prices?|value|number|sales)",
                                               ctx.after(m.end(), 20), _I) and not m["yr"] and rel == "the":
        return None
    here = cal.season_of(dct)
    order = ["WI", "SP", "SU", "FA"]
    y = dct.year
    if code == "WI" and dct.month <= 2:
        y -= 1
    if rel in ("last", "past", "this past"):
        if order.index(code) >= order.index(here) or code == here:
            y -= 1
    elif rel in ("next", "coming", "this coming"):
        if order.index(code) <= order.index(here):
            y += 1
    elif rel in ("this", "earlier this", "later this"):
        pass
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == _PAST and order.index(code) > order.index(here):
            y -= 1
        elif tense == _FUTURE and order.index(code) < order.index(here):
            y += 1
    return "DATE", f"{y:04d}-{code}"


# ---- weekdays, times of day -------------------------------------------------------------------
@_rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|previous|early|late)\s+)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<pod>{PART_OF_DAY}))?(?:,?\s+(?P<wk>next|this|last)\s+week\b)?(?![\w-])", prio=4)
def _weekday(m, ctx):
    if not _cap(m, "wd"):
        return None
    wd = _weekday_no(m["wd"])
    if m["wk"] and not m["rel"]:  # "on Tuesday next week": that day of that week
        monday = ctx.dct - timedelta(days=ctx.dct.weekday())
        d = monday + timedelta(days=7 * {"next": 1, "this": 0, "last": -1}[m["wk"].lower()] + wd)
        if m["pod"]:
            return "TIME", f"{d.isoformat()}T{_POD[m['pod'].lower()]}"
        return "DATE", d.isoformat()
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    if rel in ("early", "late"):
        rel = ""
    tense = _tense_with_signal(ctx, m.start(), m.end()) if not rel else None
    if not rel and re.match(r"['’]s\s", ctx.after(m.end(), 3)):
        tense = _PAST  # "Wednesday's ruling": a known event
    d = _resolve_weekday(wd, ctx.dct, tense, rel)
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{_POD[m['pod'].lower()]}"
    return "DATE", d.isoformat()


@_rule(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b|\b(?P<pod>morning|afternoon|evening|night)s\b", prio=5)
def _weekday_plural(m, ctx):
    if m["wd"]:
        if not _cap(m, "wd"):
            return None
        return "SET", f"XXXX-WXX-{_weekday_no(m['wd']) + 1}"
    return None


_TZ = r"(?:\s+(?:(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT|[A-Z]{2,4}T)\b|local\s+time\b|\(\d{4}\s+GMT\)))?"
_DAYREF = rf"(?P<dref>{WEEKDAY}|today|tonight|yesterday|tomorrow|(?:{MONTH_D})\s+{DAYNUM})(?![\w-])"


@_rule(rf"\b(?:(?P<approx>about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?"
       rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)|(?P<h2>\d{{1,2}}):(?P<mi2>[0-5]\d)(?![\d:])"
       rf"|(?P<noon>noon|midnight|midday)|(?P<h3>\d{{1,2}}|{NUMWORD})\s+(?P<oc>o['’]clock))"
       rf"(?:\s+(?P<inthe>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?{_TZ}(?:,?\s+(?:on\s+)?{_DAYREF})?", prio=2)
def _clock(m, ctx):
    if m["noon"]:
        w = m["noon"].lower()
        hh, mi = (24, 0) if w == "midnight" else (12, 0)
    elif m["h"]:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        if hh > 12:
            return None
        ap = m["ap"].lower()
        if ap.startswith("p") and hh < 12:
            hh += 12
        if ap.startswith("a") and hh == 12:
            hh = 0
    elif m["h2"]:
        hh, mi = int(m["h2"]), int(m["mi2"])
        if hh > 24 or ctx.before(m.start(), 1) in "$.,":
            return None
        if not (m["dref"] or m["inthe"]) and not re.search(r"\b(?:at|by|until|before|after|around|about)\s+$",
                                                            ctx.before(m.start(), 10), _I):
            return None
    else:
        n = _num(m["h3"])
        if n is None or n > 12:
            return None
        hh, mi = int(n), 0
    inthe = (m["inthe"] or "").lower()
    if ("afternoon" in inthe or "evening" in inthe or "night" in inthe) and hh < 12:
        hh += 12
    d = _day_ref(m["dref"], ctx, m) if m["dref"] else ctx.dct
    if d is None:
        return None
    return "TIME", f"{d.isoformat()}T{hh:02d}:{mi:02d}"


def _day_ref(s: str, ctx: _Ctx, m: re.Match) -> date | None:
    s2 = s.lower().rstrip(".")
    dct = ctx.dct
    if s2 in ("today", "tonight"):
        return dct
    if s2 == "yesterday":
        return dct - timedelta(days=1)
    if s2 == "tomorrow":
        return dct + timedelta(days=1)
    if s2 in WEEKDAYS:
        return _resolve_weekday(WEEKDAYS[s2], dct, ctx.tense(m.start(), m.end()))
    mm = re.match(rf"({MONTH_D})\s+(\d+)", s, _I)
    if mm:
        mo, day = _month_no(mm.group(1)), int(mm.group(2))
        try:
            return date(_resolve_month(mo, day, dct, ctx.tense(m.start(), m.end())), mo, day)
        except ValueError:
            return None
    return None


@_rule(rf"\b(?P<rel>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|earlier\s+this|(?:early|late)\s+"
       rf"(?:yesterday|tomorrow))\s+(?P<pod>morning|afternoon|evening|night)\b|\b(?P<tonight>tonight|overnight)\b"
       rf"|\b(?P<pod2>morning|afternoon|evening|night|mid-?afternoon|mid-?morning)\s+(?P<dref2>yesterday|today|tomorrow)\b",
       prio=3)
def _part_of_day(m, ctx):
    dct = ctx.dct
    if m["tonight"]:
        if m["tonight"].lower() == "overnight":
            return "TIME", f"{dct.isoformat()}TNI"
        return "TIME", f"{dct.isoformat()}TNI"
    if m["pod2"]:
        d = _day_ref(m["dref2"], ctx, m)
        p = m["pod2"].lower().replace("mid-", "").replace("mid", "")
        return "TIME", f"{d.isoformat()}T{_POD[p]}"
    rel = m["rel"].lower()
    d = dct
    if "yesterday" in rel:
        d = dct - timedelta(days=1)
    elif "tomorrow" in rel:
        d = dct + timedelta(days=1)
    elif rel == "last":
        d = dct - timedelta(days=1)
        if m["pod"].lower() != "night":
            return None
    return "TIME", f"{d.isoformat()}T{_POD[m['pod'].lower()]}"


# ---- holidays ---------------------------------------------------------------------------------
_FIXED_HOLIDAYS = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "new year": (1, 1), "new years day": (1, 1), "independence day": (7, 4),
    "the fourth of july": (7, 4), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "veterans day": (11, 11),
    "armistice day": (11, 11), "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14),
    "guy fawkes night": (11, 5), "all saints' day": (11, 1), "epiphany": (1, 6), "d-day": (6, 6),
}


def _holiday_date(name: str, y: int) -> date | None:
    n = name.lower().replace("’", "'")
    if n in _FIXED_HOLIDAYS:
        mo, d = _FIXED_HOLIDAYS[n]
        return date(y, mo, d)
    if n in ("thanksgiving", "thanksgiving day"):
        return cal.nth_weekday(y, 11, 3, 4)
    if n in ("labor day",):
        return cal.nth_weekday(y, 9, 0, 1)
    if n in ("memorial day",):
        return cal.nth_weekday(y, 5, 0, -1)
    if n in ("martin luther king day", "martin luther king jr. day"):
        return cal.nth_weekday(y, 1, 0, 3)
    if n in ("presidents' day", "presidents day"):
        return cal.nth_weekday(y, 2, 0, 3)
    if n in ("easter", "easter sunday", "easter day"):
        return cal.easter(y)
    if n == "good friday":
        return cal.easter(y) - timedelta(days=2)
    if n == "easter monday":
        return cal.easter(y) + timedelta(days=1)
    return None


_HOLI_RE = (r"christmas(?:\s+(?:day|eve))?|new\s+year['’]?s(?:\s+(?:day|eve))?|independence\s+day|(?:the\s+)?fourth\s+of\s+july|"
            r"halloween|valentine['’]s\s+day|st\.\s+patrick['’]s\s+day|veterans\s+day|armistice\s+day|boxing\s+day|"
            r"bastille\s+day|thanksgiving(?:\s+day)?|labor\s+day|memorial\s+day|martin\s+luther\s+king(?:\s+jr\.)?\s+day|"
            r"presidents['’]?\s+day|easter(?:\s+(?:sunday|monday|day))?|good\s+friday|d-day")


_HOLIDAY_SPAN = re.compile(rf"(?:(?:last|next|this|this\s+past|coming)\s+)?(?:{_HOLI_RE})(?:\s+week(?:end)?)?"
                           rf"(?:,?\s+(?:19|20)\d\d)?", _I)


@_rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|coming)\s+)?(?P<h>{_HOLI_RE})(?![\w-])(?:\s+(?P<wk>week(?:end)?))?"
       rf"(?:,?\s+(?P<yr>(?:19|20)\d\d)\b)?", prio=3)
def _holiday(m, ctx):
    if not _cap(m, "h") and m["h"].lower() not in ("d-day",):
        return None
    name = re.sub(r"\s+", " ", m["h"]).replace("’", "'")
    name = name.replace("new year's", "new year's") if "year" in name.lower() else name
    if name.lower() == "new years":
        name = "new year"
    if name.lower() in ("new year's",):
        name = "new year"
    dct = ctx.dct
    if m["yr"]:
        y = int(m["yr"])
    else:
        y = dct.year
        d0 = _holiday_date(name, y)
        if d0 is None:
            return None
        rel = (m["rel"] or "").lower()
        tense = _tense_with_signal(ctx, m.start(), m.end())
        if not rel and abs((d0 - dct).days) <= 45 and tense != _AFTER:
            tense = None  # a holiday a few weeks away or ago: this year's
        if rel in ("last", "this past") or (not rel and tense == _PAST):
            if d0 > dct:
                y -= 1
        elif rel in ("next", "coming") or (not rel and tense in (_FUTURE, _AFTER, _FORWARD)):
            if d0 < dct:
                y += 1
    d = _holiday_date(name, y)
    if d is None:
        return None
    if m["wk"]:
        v = cal.iso_week(d)
        return "DATE", v + ("-WE" if m["wk"].lower() == "weekend" else "")
    return "DATE", d.isoformat()


# ---- deictic words ----------------------------------------------------------------------------
_DEICTIC: dict[str, tuple[str, str]] = {
    "today": ("DATE", "+0D"), "yesterday": ("DATE", "-1D"), "tomorrow": ("DATE", "+1D"),
    "the day before yesterday": ("DATE", "-2D"), "the day after tomorrow": ("DATE", "+2D"),
    "now": ("DATE", "PRESENT_REF"), "right now": ("DATE", "PRESENT_REF"), "just now": ("DATE", "PRESENT_REF"),
    "currently": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"), "these days": ("DATE", "PRESENT_REF"),
    "at present": ("DATE", "PRESENT_REF"), "the present": ("DATE", "PRESENT_REF"), "presently": ("DATE", "PRESENT_REF"),
    "current": ("DATE", "PRESENT_REF"), "present-day": ("DATE", "PRESENT_REF"), 
    "the moment": ("DATE", "PRESENT_REF"), "at the moment": ("DATE", "PRESENT_REF"), "so far": ("DATE", "PRESENT_REF"),
    "to date": ("DATE", "PRESENT_REF"), "as yet": ("DATE", "PRESENT_REF"), "immediately": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"), "recent": ("DATE", "PAST_REF"), "lately": ("DATE", "PAST_REF"),
    "more recently": ("DATE", "PAST_REF"), "most recently": ("DATE", "PAST_REF"),
    "the past": ("DATE", "PAST_REF"), 
    "in the old days": ("DATE", "PAST_REF"), "the old days": ("DATE", "PAST_REF"), 
    "former": ("DATE", "PAST_REF"), "then": ("DATE", "PAST_REF"),
    "soon": ("DATE", "FUTURE_REF"), "shortly": ("DATE", "FUTURE_REF"), "the future": ("DATE", "FUTURE_REF"),
    "future": ("DATE", "FUTURE_REF"), "the near future": ("DATE", "FUTURE_REF"),
    "the foreseeable future": ("DATE", "FUTURE_REF"), "the distant future": ("DATE", "FUTURE_REF"),
    "the near term": ("DATE", "FUTURE_REF"), "the short term": ("DATE", "FUTURE_REF"),
    "the long term": ("DATE", "FUTURE_REF"), "the medium term": ("DATE", "FUTURE_REF"),
    "the long run": ("DATE", "FUTURE_REF"), "the short run": ("DATE", "FUTURE_REF"),
    "the coming days": ("DATE", "FUTURE_REF:D"), "the coming weeks": ("DATE", "FUTURE_REF:W"),
    "the coming months": ("DATE", "FUTURE_REF:M"), "the coming years": ("DATE", "FUTURE_REF:Y"),
    "coming days": ("DATE", "FUTURE_REF:D"), "coming weeks": ("DATE", "FUTURE_REF:W"),
    "coming months": ("DATE", "FUTURE_REF:M"), "coming years": ("DATE", "FUTURE_REF:Y"),
    "the days ahead": ("DATE", "FUTURE_REF:D"), "the weeks ahead": ("DATE", "FUTURE_REF:W"),
    "the months ahead": ("DATE", "FUTURE_REF:M"), "the years ahead": ("DATE", "FUTURE_REF:Y"),
    "days to come": ("DATE", "FUTURE_REF:D"), "weeks to come": ("DATE", "FUTURE_REF:W"),
    "months to come": ("DATE", "FUTURE_REF:M"), "years to come": ("DATE", "FUTURE_REF:Y"),
    "the coming quarters": ("DATE", "FUTURE_REF:Q"), "coming quarters": ("DATE", "FUTURE_REF:Q"),
    "future quarters": ("DATE", "FUTURE_REF:Q"),
    "as soon as possible": ("DATE", "FUTURE_REF"), "a later date": ("DATE", "FUTURE_REF"),
    "one day": ("DATE", "FUTURE_REF"), "some day": ("DATE", "FUTURE_REF"), "someday": ("DATE", "FUTURE_REF"),
    "later": ("DATE", "FUTURE_REF"), "eventually": ("DATE", "FUTURE_REF"),
    "the weekend": ("DATE", "WE"), "this weekend": ("DATE", "WE0"), "last weekend": ("DATE", "WE-1"),
    "next weekend": ("DATE", "WE+1"), "the past weekend": ("DATE", "WE-1"), "the coming weekend": ("DATE", "WE+1"),
    "this past weekend": ("DATE", "WE-1"),
    "daily": ("SET", "P1D"), "weekly": ("SET", "P1W"), "monthly": ("SET", "P1M"), "quarterly": ("SET", "P3M"),
    "annually": ("SET", "P1Y"), "yearly": ("SET", "P1Y"), "hourly": ("SET", "PT1H"), "nightly": ("SET", "P1D"),
    "biweekly": ("SET", "P2W"), "semiannually": ("SET", "P6M"), "semi-annually": ("SET", "P6M"),
    "bimonthly": ("SET", "P2M"), "every day": ("SET", "P1D"), "every night": ("SET", "P1D"),
    "each day": ("SET", "P1D"), "a day": ("SET?", "P1D"), "per day": ("SET", "P1D"),
}
# words that are temporal only in the right context are checked in _deictic
_DEICTIC_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_DEICTIC, key=len, reverse=True)) + r")\b",
    _I,
)


@_rule(_DEICTIC_RE.pattern, prio=6)
def _deictic(m, ctx):
    key = re.sub(r"\s+", " ", m.group(0).lower())
    typ, spec = _DEICTIC[key]
    dct = ctx.dct
    after = ctx.after(m.end(), 30)
    before = ctx.before(m.start(), 30)
    if key == "now":
        if re.match(r"\s+(?:that|on|defunct|-?\s*defunct|famous|infamous|retired|former|deceased|closed|ousted)\b", after, _I):
            if re.match(r"\s+that\b", after, _I):
                return None
        if re.search(r"\b(?:from|until|till|by|up\s+to|since)\s+$", before, _I):
            pass
    if key == "once":
        if not re.match(r"\s+(?:was|were|had|been|a|an|the|\w+ed)\b", after, _I) or re.search(r"\b(?:at|more|than)\s+$", before, _I):
            return None
    if key == "then":
        return None
    if key == "soon" and re.search(r"\bas\s+$", before, _I) and re.match(r"\s+as\b", after, _I):
        return None  # "as soon as X": a signal, X is the timex
    if key in ("earlier", "later"):
        if not re.match(r"\s*[,.;]", after) or re.search(r"\b(?:\d|year|month|week|day|hour|minute)s?\s+$", before, _I):
            return None
        if key == "later":
            return None
    if key == "former" or key == "immediately" or key == "eventually":
        return None
    if key in ("so far", "to date", "as yet", "this time", "the moment"):
        if key == "the moment" and not re.search(r"\b(?:at|for)\s+$", before, _I):
            return None
        if key == "this time" and re.match(r"\s+(?:of|next|last|around)\b", after, _I):
            return None
        if key in ("so far", "as yet"):
            return None
    if key == "current":
        if re.match(r"\s+(?:account|accounts|affairs|events)\b", after, _I) or re.match(r"\s*[,.;:)]", after):
            return None
    if key == "recent":
        if re.match(r"\s*[,.;:)]", after):
            return None
    if key == "future":
        # the noun after a possessive ("Elian's future"); the adjective ("future earnings") is not a time
        if not re.search(r"['’]s?\s+$", before) or re.match(r"\s+[a-z]", after):
            return None
    if key == "one day":
        if ctx.tense(m.start(), m.end()) != _FUTURE or re.match(r"\s+(?:after|before|later|earlier|of|in|to)\b", after, _I):
            if re.match(r"\s+(?:after|before|later|earlier)\b", after, _I):
                return None
            return "DURATION", "P1D"
    if key in ("a day", "per day"):
        if key == "a day" and not re.search(r"(?:times|once|twice|hours|meals|flights|trains)\s*$|\bper\s+$", before, _I):
            return None
        return "SET", "P1D"
    if key in ("weekly", "monthly", "quarterly", "annually", "yearly") and re.match(r"\s+[A-Z]", after):
        return None  # "the Communist Party daily Granma": a newspaper
    if key in ("quarterly", "monthly", "weekly", "yearly") and re.match(r"\s+[a-z]", after) and \
            not re.match(r"\s+(?:and|or|in|on|at|by|to|from|for|through|since|until|basis|thereafter)\b", after):
        return None  # adjective: "its quarterly dividend"
    if typ == "SET" and re.search(r"\baverage\s+$", before, _I):
        return None  # "average daily volume": a measure, not a set of times
    if key in ("annually", "yearly") and re.search(r"(?:%|percent|\d)\s*$", before, _I):
        return None  # "grow 8% annually": a rate, not a set of times
    if key in ("soon", "shortly") and re.match(r"\s+(?:after|before|afterwards?|thereafter)\b", after, _I):
        return None
    if key in ("now",) and re.search(r"\bfrom\s+$", before, _I):
        return None
    if typ == "SET":
        return typ, spec
    if spec.startswith(("+", "-")):
        d = dct + timedelta(days=int(spec[:-1]))
        return "DATE", d.isoformat()
    if spec.startswith("WE"):
        off = spec[2:]
        if off:
            k = int(off)
        else:
            tense = _tense_with_signal(ctx, m.start(), m.end())
            k = 0 if tense in (_FUTURE, _AFTER, _FORWARD) or dct.weekday() >= 5 else -1
        wk = dct + timedelta(weeks=k)
        return "DATE", cal.iso_week(wk) + "-WE"
    return typ, spec


# ---- relative units: this/next/last week, the past year, earlier this month -------------------
_COMPARISON_BEFORE = re.compile(r"\b(?:from|with|versus|vs\.|than)\s+(?:(?:a\s+)?(?:net\s+)?(?:loss|profit|gain|earnings|income|sales|revenue)\s+of\s+)?"
                                r"(?:about\s+)?(?:[$£#]|C\$|US\$)?\s*[\d.,]+\s*(?:million|billion|%|cents)?"
                                r"(?:\s*,?\s*or\s+[$\d.,]+\s*(?:cents\s+)?(?:a\s+share)?,?)?\s*$", _I)
_REL = (r"(?P<rel>this|next|last|past|previous|coming|current|following|present|the\s+past|the\s+last|the\s+next|"
        r"the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+same|the\s+present|earlier\s+this|"
        r"later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|late\s+last|this\s+past|"
        r"this\s+coming|so\s+far\s+this|mid-?\s*next|mid-?\s*last|mid-?\s*this|the|a\s+year\s+ago\s+this|"
        r"(?:the\s+)?end\s+of\s+(?:this|last|next|the)|(?:the\s+)?(?:beginning|start|middle)\s+of\s+(?:this|last|next|the)"
        r"|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:this|last|next|the))")


@_rule(rf"\b{_REL}\s+(?P<fisc>fiscal\s+|calendar\s+)?(?P<unit>week|month|year|decade|day|fortnight)\b(?P<poss>['’]s)?", prio=5)
def _rel_unit(m, ctx):
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    unit = m["unit"].lower()
    dct = ctx.dct
    after = ctx.after(m.end(), 30)
    if rel == "the":
        if unit in ("day", "decade", "fortnight"):
            return None
        if re.match(r"\s+(?:before|after|earlier|later|ago|of|in\s+which|when|that|since|to\s+date)\b", after, _I):
            if not re.match(r"\s+to\s+date\b", after, _I):
                return None
        if unit == "year" and re.match(r"\s+(?:ended|ending|through|to)\b", after, _I):
            return "DURATION", "P1Y"
        if not (m["poss"] or re.search(r"\b(?:for|during|in|of|over|throughout|through)\s+$", ctx.before(m.start(), 12), _I)):
            return None
    if unit == "day":
        if rel in ("the next", "the following"):
            d = (ctx.ref_date or dct) + timedelta(days=1)
            return "DATE", d.isoformat()
        if rel in ("the previous",):
            d = (ctx.ref_date or dct) - timedelta(days=1)
            return "DATE", d.isoformat()
        if rel in ("the same",):
            return "DATE", (ctx.ref_date or dct).isoformat()
        return None
    if unit == "year" and rel in ("the past", "past") and not m["fisc"]:
        return "DATE", f"{dct.year - 1:04d}"  # "over the past year": the news annotation's year before
    if unit == "year" and rel in ("the next", "the coming") and not m["fisc"] and \
            ctx.tense(m.start(), m.end()) == _FUTURE:
        return "DATE", f"{dct.year + 1:04d}"
    if rel in ("the past", "the next", "the coming", "past", "the following") and unit != "weekend":
        if rel in ("past", "the past") or rel in ("the next", "the coming"):
            code = {"week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y", "fortnight": "P2W"}[unit]
            return "DURATION", code
    if unit == "fortnight":
        return None
    if unit == "year" and rel in ("the following", "the previous", "the next", "the same") and not m["poss"]:
        return "DATE", {"the following": "@NEXTY", "the next": "@NEXTY", "the previous": "@PREVY", "the same": "@NEXTY0"}[rel]
    off = 0
    if rel in ("next", "coming", "following", "the coming", "early next", "late next", "this coming", "mid-next",
               "mid next", "midnext") or rel.endswith("of next"):
        off = 1
    elif rel in ("last", "past", "previous", "the last", "the previous", "early last", "late last", "this past",
                 "mid-last", "mid last", "a year ago this") or rel.endswith("of last"):
        off = -1
    if rel == "a year ago this":
        off = 0
        if unit in ("week", "month"):
            dd = cal.add_years(dct, -1)
            if unit == "week":
                return "DATE", cal.iso_week(dd)
            return "DATE", f"{dd.year:04d}-{dd.month:02d}"
    if unit == "week":
        return "DATE", cal.iso_week(dct + timedelta(weeks=off))
    if unit == "month":
        d = cal.add_months(dct, off)
        return "DATE", f"{d.year:04d}-{d.month:02d}"
    if unit == "year":
        if rel == "last" and not m["poss"] and _COMPARISON_BEFORE.search(ctx.before(m.start(), 70)):
            return "DATE", "@Y-1"  # "up from $4 million last year" in a quarterly report: the year-ago quarter
        v = f"{dct.year + off:04d}"
        if "first half" in rel:
            v += "-H1"
        elif "second half" in rel:
            v += "-H2"
        return "DATE", v
    if unit == "decade":
        return "DATE", f"{(dct.year // 10) + off:03d}"
    return None


# ---- durations and ago/later ------------------------------------------------------------------
_DUR_NUM = rf"(?P<num>{NUMBER}|a|an|one|{VAGUE_QUANT})"
_DUR_QUAL = r"(?:\s+(?:more|additional|full|straight|consecutive|long|short|trading|business|working|calendar|school|light|fiscal|extra|odd|plus))?"


@_rule(rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<few>few\s+|several\s+|couple\s+of\s+)?{_DUR_NUM}{_DUR_QUAL}[\s-]+(?P<unit>{UNIT_S})\b(?P<andhalf>\s+and\s+a\s+half\b)?"
       rf"(?:\s+or\s+(?:so|more|less|longer|two|three|so\s+years))?"
       rf"(?P<tail>\s+(?:ago|earlier|later|from\s+now|hence|back|before|after|since|previously|on)\b)?"
       rf"(?P<old>[\s-]+old\b)?", prio=4)
def _duration(m, ctx):
    unit = _unit(m["unit"])
    if unit not in _UNIT_CODE:
        return None
    raw_num = re.sub(r"\s+", " ", m["num"].lower())
    approx = re.sub(r"\s+", " ", (m["approx"] or "").lower())
    n = _num(raw_num)
    vague = n is None
    if m["few"]:
        n, vague = None, True
    if m["andhalf"] and n is not None:
        n += 0.5  # "a minute and a half"
    if unit == "second" and raw_num in ("a", "one") and not approx and \
            re.match(r"\s+(?!or\b|and\b|later\b|earlier\b|ago\b|after\b|before\b|to\b|in\b|of\b|for\b|when\b)[a-z]",
                     ctx.after(m.end(), 20)):
        return None  # "a second group", "a second betrayal": the ordinal, not a unit of time
    if not vague and n == 0:
        return None
    plural = m["unit"].lower().endswith("s") and unit not in ("millennia",)
    after = ctx.after(m.end(), 30)
    before = ctx.before(m.start(), 30)
    if unit == "quarter" and ((not plural and re.match(r"\s+of\b", after, _I)) or re.search(r"-quarters?$", m.group(0), _I)
                              or re.match(r"\s*(?:%|percent|point|mile|inch|cent)", after, _I)):
        return None  # "three-quarters of", "a quarter of the shares": a fraction
    if not vague and n is not None and n > 1 and not plural and not re.search(r"[\s-]", m.group(0)[-len(m["unit"]) - 1:]):
        return None
    if raw_num in ("a", "an", "one") and not approx:
        # "$5 a year", "twice a week" -> SET
        if re.search(r"(?:times|once|twice|\bper)\s*$|\b(?:flights|trains|seats|meals|visits|sessions|issues)\s*$",
                     before, _I) and raw_num in ("a", "an"):
            return "SET", _duration_value(1, unit)
        if raw_num in ("a", "an") and not m["tail"] and re.search(r"(?:[\d%]|cents?|dollars?|percent|shares|units|tons|barrels|[mb]illion|trillion|thousand)\s*$", before, _I):
            return None  # "$2 million a year": a rate
        if unit == "day" and raw_num == "one" and not m["tail"] and ctx.tense(m.start(), m.end()) == _FUTURE and \
                not re.search(r"\b(?:for|in|within|after|over|than)\s+$", before, _I):
            return "DATE", "FUTURE_REF"
        if unit in ("night", "weekend") and raw_num in ("a", "an"):
            return None
    if raw_num in ("some",) and not plural:
        return None
    if raw_num == "a" and unit in ("second", "minute", "hour") and re.match(r"\s+(?:or\s+two)", after):
        pass
    tail = (m["tail"] or "").strip().lower()
    if tail:
        tail = re.sub(r"\s+", " ", tail)
        if tail in ("before", "after", "since", "on"):
            tail = ""
            end = m.start("tail")
            return ("DURATION", _duration_value(None if vague else n, unit), m.start(), end)
        if tail in ("earlier", "later") and not (unit in ("year", "yr") and n == 1):
            # "three days later", "a day earlier": anaphoric to an event of the text, not to the
            # creation time; TimeML tags the length ("three days") as a DURATION
            return ("DURATION", _duration_value(None if vague else n, unit), m.start(), m.start("tail"))
        sign = -1 if tail in ("ago", "earlier", "back", "previously") else 1
        if vague:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if approx in ("more than", "over", "nearly", "almost", "about") and unit in ("year", "decade") and n >= 2 and sign < 0:
            pass
        base = ctx.dct
        if tail in ("earlier", "later") and ctx.ref_date is not None:
            base = ctx.ref_date
        if unit == "year" and tail in ("earlier", "ago") and n == 1:
            return "DATE", "@Y-1"  # resolved in document order against the period being reported
        if unit in ("second", "sec", "minute", "min", "hour", "hr"):
            return "DATE", base.isoformat()
        value, _ = _shift(base, sign * n, unit)
        return "DATE", value
    if m["old"]:
        return None  # ages ("a 52-year-old", "52 years old") are not tagged in TimeML news
    if raw_num in ("some",) and approx:
        return None
    value = _duration_value(None if vague else n, unit)
    if vague and raw_num in ("many",) and not approx:
        pass
    return "DURATION", value


@_rule(r"\b(?:the\s+)?(?:recent|past\s+few|last\s+few|next\s+few|past\s+several|last\s+several|next\s+several|"
       r"coming\s+few|few|several)\s+(?P<u>days|weeks|months|years|quarters|decades|hours|minutes)\b", prio=3)
def _recent_units(m, ctx):
    u = _unit(m["u"])
    if m.group(0).lower().startswith(("few", "several")):
        return None  # handled by the duration rule
    if u == "year" and m.group(0).lower().startswith(("recent", "the recent")):
        return "DATE", "PAST_REF"  # "in recent years": a vague past period
    return "DURATION", _duration_value(None, u)


@_rule(r"\b(?:(?P<approx>for|over|in|within|after|took|take|takes|lasted|last|lasting)\s+)(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b"
       r"|\b(?P<unit2>years|months|weeks|days|decades)\s+(?:of|later|earlier|ago)\b"
       r"|\b(?P<unit3>decades|centuries|years|months|weeks)[\s-]+long\b", prio=7)
def _bare_units(m, ctx):
    u = m["unit"] or m["unit2"] or m["unit3"]
    start = m.start("unit") if m["unit"] else m.start()
    unit = _unit(u)
    tail = m.group(0)[len(u):].strip().lower() if m["unit2"] else ""
    end = m.start("unit") + len(u) if m["unit"] else m.start() + len(u) if m["unit2"] else m.end()
    if m["unit"] and m["approx"].lower() == "in" and not re.search(r"\b(?:first|last|time)\s+in\s*$", ctx.before(start, 20), _I):
        if not re.search(r"\bfor\s+the\s+first\s+time\s+in\s*$", ctx.before(start, 30), _I):
            pass
    if tail in ("later", "earlier", "ago"):
        return "DATE", "PAST_REF" if tail != "later" else "FUTURE_REF", start, m.end()
    return "DURATION", _duration_value(None, unit), start, end


@_rule(rf"\b(?P<ev>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT_S}|(?P<wd>{WEEKDAY})|"
       rf"(?P<mon>{MONTH})|(?P<sea>spring|summer|fall|autumn|winter)|(?P<pod>morning|afternoon|evening|night))\b", prio=3)
def _set_every(m, ctx):
    if m["wd"]:
        return "SET", f"XXXX-WXX-{_weekday_no(m['wd']) + 1}"
    if m["mon"]:
        return "SET", f"XXXX-{_month_no(m['mon']):02d}"
    if m["sea"]:
        return "SET", f"XXXX-{SEASONS[m['sea'].lower()]}"
    if m["pod"]:
        return "SET", "P1D"
    unit = _unit(m["unit"])
    if unit not in _UNIT_CODE:
        return None
    n = _num(m["num"]) if m["num"] else 1
    if m["other"] and m["other"].lower() == "other":
        n = 2
    if n is None:
        return None
    return "SET", _duration_value(n, unit)


@_rule(r"\b(?P<the2>the\s+)(?P<yr>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:period|quarter)\b", prio=2)
def _year_period(m, ctx):
    return "DATE", f"@YQ{m['yr']}"


@_rule(r"\b(?:(?P<the>the)\s+)?(?P<adj>year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|year-before|"
       r"comparable|corresponding|latest|most\s+recent|recent|same|just-ended|just\s+ended)\s+(?P<per>period|quarter|nine\s+months|"
       r"six\s+months|three\s+months|fiscal\s+year|year|half)\b(?P<ly>\s+(?:of\s+)?last\s+year)?|\b(?P<bare>year-earlier|year-ago|year\s+ago|year\s+earlier)\b",
       prio=3)
def _reporting_period(m, ctx):
    if m["bare"]:
        if m["bare"].lower() in ("year ago", "year earlier"):
            return None
        return "DATE", "@Y-1"
    adj = re.sub(r"\s+", " ", m["adj"].lower())
    per = re.sub(r"\s+", " ", m["per"].lower())
    back = adj in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year", "year-before") or bool(m["ly"])
    if per in ("nine months", "six months", "three months"):
        return "DURATION", {"nine months": "P9M", "six months": "P6M", "three months": "P3M"}[per]
    if per in ("year", "fiscal year"):
        if adj in ("same",):
            return None
        return "DATE", f"{ctx.dct.year - 1 if back else ctx.dct.year:04d}"
    if per == "half":
        return None
    if adj == "same" and per == "period" and not m["the"]:
        return None
    return "DATE", "@Y-1" if back else "@CUR"


_SPELLED_YEAR = re.compile(r"^(?:nineteen|twenty)\s+(?:hundred\s+and\s+|hundred\s+)?", _I)


@_rule(r"\b(?P<c>nineteen|twenty)[\s-]+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
       r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
       r"oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b"
       r"|\b(?:the\s+year\s+)?(?P<tt>two\s+thousand(?:\s+(?:and\s+)?(?P<tr>one|two|three|four|five|six|seven|eight|nine|ten|"
       r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)\b", prio=4)
def _spelled_year(m, ctx):
    if m["tt"]:
        if not m.group(0).lower().startswith("the year") and not re.search(r"\b(?:in|by|since|until|of|year)\s+$",
                                                                           ctx.before(m.start(), 10), _I):
            return None
        n = ONES.get((m["tr"] or "").lower(), 0) if m["tr"] and m["tr"].lower() != "twenty" else (20 if m["tr"] else 0)
        return "DATE", f"{2000 + n:04d}"
    c = 19 if m["c"].lower() == "nineteen" else 20
    rest = m["rest"].lower().replace("oh ", "").replace("oh-", "")
    n = _num(rest)
    if n is None or n >= 100:
        return None
    y = f"{c * 100 + int(n):04d}"
    # spoken dates of broadcast transcripts: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    pre = _SPOKEN_PREFIX.search(ctx.text, max(0, m.start() - 30), m.start())
    if pre:
        if pre["mon"] and pre["mon"][0].isupper():
            return "DATE", f"{y}-{_month_no(pre['mon']):02d}", pre.start(), m.end()
        if pre["sea"]:
            return "DATE", f"{y}-{SEASONS[pre['sea'].lower()]}", pre.start(), m.end()
    return "DATE", y


_SPOKEN_PREFIX = re.compile(rf"(?:\b(?P<mon>{MONTH_FULL})|\b(?:the\s+)?(?P<sea>spring|summer|fall|autumn|winter)\s+of)\s+$", _I)


@_rule(r"\b(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next)\s+)?(?:year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year|full\s+year|"
       r"(?P<cal>calendar|fiscal)\s+year)\b", prio=4)
def _year_end(m, ctx):
    low = m.group(0).lower()
    rel = (m["rel"] or "").lower()
    if m["cal"] and not (m["the"] or rel):
        return None
    if "full year" in low and not m["the"]:
        return None
    y = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{y:04d}"


@_rule(r"\b(?:(?P<el>earlier|later)\s+)?that\s+(?:same\s+)?(?P<u>day|week|month|year|quarter|morning|afternoon|evening|"
       r"night)\b(?![-\w])", prio=4)
def _that_unit(m, ctx):
    """"that year", "later that day", "that same quarter": the period of the date last mentioned."""
    u = m["u"].lower()
    if re.match(r"\s+(?:of|when|after|before)\b", ctx.after(m.end(), 10), _I) and u not in ("day", "year"):
        return None
    return ("TIME" if u in ("morning", "afternoon", "evening", "night") else "DATE"), "@THAT:" + u


def _that_value(unit: str, ref: str) -> str:
    y = ref[:4]
    mo = ref[5:7] if re.match(r"\d{4}-\d\d", ref) else None
    full = re.match(r"\d{4}-\d\d-\d\d", ref)
    if unit == "year":
        return y
    if unit == "quarter":
        if re.match(r"\d{4}-Q[1-4]", ref):
            return ref[:7]
        return f"{y}-Q{(int(mo) - 1) // 3 + 1}" if mo else f"{y}-QX"
    if unit == "month":
        return f"{y}-{mo}" if mo else f"{y}-XX"
    if unit == "week":
        return cal.iso_week(date.fromisoformat(full.group())) if full else f"{y}-WXX"
    day = full.group() if full else (f"{y}-{mo}-XX" if mo else f"{y}-XX-XX")
    if unit == "day":
        return day
    return f"{day}T{_POD[unit]}"


_RULES.sort(key=lambda r: r[2])

# ---- which tokens can start which rule (rules are only tried where they can match) -------------
_TOKEN = re.compile(r"[A-Za-z]+|\d+|['’]")
_W_MONTH = set(MONTHS)
_W_WEEKDAY = set(WEEKDAYS) | {"thur", "thurs", "tues"}
_W_MOD = {"the", "very", "end", "beginning", "start", "middle", "close", "turn", "first", "second", "latter", "last",
          "early", "later", "rest", "remainder", "balance", "spring", "summer", "fall", "autumn", "winter", "mid",
          "earlier", "late"}
_W_REL = {"last", "next", "this", "coming", "past", "previous", "current", "following", "present", "the", "earlier",
          "later", "early", "late", "so", "mid", "a", "end", "beginning", "start", "middle", "first", "second"}
_W_NUM = set(ONES) | set(TENS) | {"a", "an", "one", "hundred", "dozen", "thousand", "few", "several", "some", "many",
                                   "couple", "#"}
_W_APPROX = {w.split()[0].lower() for w in re.findall(r"[a-z][a-z ]*", APPROX.replace("\\s+", " "))} | {"the"}
_FIRST = {
    "_month_day": _W_WEEKDAY | _W_MONTH | {"early", "mid", "late"},
    "_day_month": _W_WEEKDAY | {"the", "#"},
    "_numeric_date": {"#"},
    "_month_year": _W_MOD | _W_MONTH,
    "_month": _W_MOD | _W_MONTH | {"last", "next", "this", "coming", "past", "previous"},
    "_year": _W_MOD | {"the", "fiscal", "calendar", "year", "fy", "model", "#"},
    "_decade": _W_MOD | {"the", "#", "'", "’", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                         "eighties", "nineties"},
    "_century": {"the", "#", "this", "last", "next", "twenty"} | {w for w in ORDINALS if w.isalpha()},
    "_quarter": {"this", "last", "next", "the", "#", "q", "year", "comparable", "corresponding", "same", "prior",
                 "fiscal", "calendar", "quarter", "final", "latest", "current", "past", "previous", "coming", "recent",
                 "most", "just", "preceding", "following", "june", "march", "september", "december", "first",
                 "second", "third", "fourth", "st", "nd", "rd", "th"},
    "_half": {"the", "first", "second", "last", "latter", "h", "#"},
    "_season": {"last", "next", "this", "coming", "past", "the", "early", "late", "mid", "earlier", "later", "#"}
               | set(SEASONS),
    "_weekday": _W_WEEKDAY | {"last", "next", "this", "coming", "past", "previous", "early", "late"},
    "_weekday_plural": {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
                        "mornings", "afternoons", "evenings", "nights"},
    "_clock": {"about", "around", "approximately", "shortly", "just", "noon", "midnight", "midday", "#"} | _W_NUM,
    "_part_of_day": {"this", "yesterday", "tomorrow", "last", "early", "late", "later", "earlier", "tonight",
                     "overnight", "morning", "afternoon", "evening", "night", "mid", "midafternoon", "midmorning"},
    "_holiday": {"last", "next", "this", "coming", "christmas", "new", "independence", "the", "fourth", "halloween",
                 "valentine", "st", "veterans", "armistice", "boxing", "bastille", "thanksgiving", "labor",
                 "memorial", "martin", "presidents", "easter", "good", "d"},
    "_deictic": {k.split()[0] for k in _DEICTIC},
    "_rel_unit": _W_REL,
    "_duration": _W_APPROX | _W_NUM,
    "_bare_units": {"for", "over", "in", "within", "after", "took", "take", "takes", "lasted", "last", "lasting",
                    "years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"},
    "_recent_units": {"the", "recent", "past", "last", "next", "coming", "few", "several"},
    "_set_every": {"every", "each", "per"},
    "_spelled_year": {"nineteen", "twenty", "the", "two"},
    "_year_end": {"the", "this", "last", "next", "year", "full", "calendar", "fiscal", "end"},
    "_reporting_period": {"the", "year", "prior", "comparable", "latest", "most", "recent", "same", "just",
                          "corresponding"},
    "_year_period": {"the"},
    "_week_of": {"the", "week"},
    "_new_year": {"the"},
    "_period_is_out": {"the"},
    "_this_time_next_year": {"this"},
    "_fiscal_short": {"fy"},
    "_nth_week_of": {"the", "first", "second", "third", "fourth", "final", "last"},
    "_that_unit": {"that", "earlier", "later"},
}
_UNITS_ALL = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
              "weeks", "weekend", "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years",
              "decade", "decades", "century", "centuries", "millennium", "millennia"}
_NEXT_GATE: dict[str, set[str]] = {
    "the": _W_MOD | _W_MONTH | _UNITS_ALL | set(ORDINALS) | set(SEASONS) | set(ONES) | set(TENS) | {
        "#", "'", "’", "past", "last", "next", "coming", "current", "previous", "following", "same", "present", "future",
        "near", "foreseeable", "distant", "short", "long", "medium", "moment", "old", "fiscal", "calendar", "latest",
        "recent", "most", "comparable", "corresponding", "prior", "just", "full", "very", "third", "fourth", "final",
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "few",
        "several", "days", "weeks", "months", "years", "year", "a", "day", "twentieth", "period", "time", "new"},
    "a": _UNITS_ALL | set(ONES) | set(TENS) | {"few", "couple", "number", "fraction", "dozen", "hundred", "thousand",
                                               "full", "further", "later", "year", "half"},
    "an": _UNITS_ALL | {"additional", "extra", "hour"},
    "in": _UNITS_ALL | {"the"},
    "that": {"day", "week", "month", "year", "quarter", "same", "morning", "afternoon", "evening", "night"},
    "'": {"#"}, "’": {"#"},
}
_FIRST_INDEX: dict[str, list[int]] = {}
for _i, (_rx, _fn, _prio) in enumerate(_RULES):
    for _w in _FIRST[_fn.__name__]:
        _FIRST_INDEX.setdefault(_w, []).append(_i)

# --------------------------------------------------------------------------------------------
# deadline view
# --------------------------------------------------------------------------------------------
_FUTURE_SPAN = {"D": ("day", 14), "W": ("week", 42), "M": ("month", 183), "Y": ("year", 730), "Q": ("quarter", 365)}
_PAST_DUR_RE = re.compile(r"\b(?:the\s+)?(?:past|last|previous|recent|preceding|first|prior)\b|\bago\b|\bearlier\b", _I)
_FUT_DUR_RE = re.compile(r"\b(?:the\s+)?(?:next|coming|following|remaining|more|additional|another|further)\b", _I)


_TIME_AHEAD = re.compile(r"['\u2019]s?\s+time\b|\s+from\s+now\b", _I)  # "in two weeks' time"
_PART_IN_BEFORE = re.compile(r"\b(?:early|late|later|earlier)\s+in\s+$", _I)
_COMMITMENT = re.compile(r"\b(?:promised|pledged|vowed|threatened|offered|proposed|planned|predicted|forecast|"
                         r"warned|expected|undertook|committed)\b", _I)
_PART = re.compile(r"(?:the\s+)?(?:very\s+)?(?:(?P<early>early|beginning\s+of|start\s+of|start(?=-))|(?P<mid>mid|middle\s+of)|"
                   r"(?P<late>late|end\s+of|close\s+of|end(?=-))|(?P<earlier>earlier)|(?P<later>later))\b", _I)


def _narrow(span: str, lo: date, hi: date, anchor: date) -> tuple[date, date]:
    """The deadline view of "early 2022", "mid-August", "the end of the year" is that part of the
    period, and "later this month" / "earlier this year" the part after / before the anchor. The
    TIMEX3 value stays the whole period (TimeML puts the part in a mod attribute)."""
    m = _PART.match(span)
    if not m:
        return lo, hi
    if m["later"]:
        return (max(lo, anchor), hi) if anchor <= hi else (lo, hi)
    if m["earlier"]:
        return (lo, min(hi, anchor)) if anchor >= lo else (lo, hi)
    return cal.part_of(lo, hi, "early" if m["early"] else "mid" if m["mid"] else "late")


def _view(typ: str, value: str, text: str, dct: date, direction: str | None) -> tuple[date | None, date | None, Granularity | None]:
    if typ in ("DATE", "TIME"):
        if value.startswith("FUTURE_REF"):
            code = value.partition(":")[2]
            if code:
                _, days = _FUTURE_SPAN[code]
                return dct, dct + timedelta(days=days), Granularity.VAGUE
            low = text.lower()
            if "soon" in low or "shortly" in low or "near" in low or "short" in low:
                return dct, dct + timedelta(days=183), Granularity.VAGUE
            return dct, None, Granularity.VAGUE
        if value == "PRESENT_REF":
            return dct, dct, Granularity.DAY
        if value == "PAST_REF":
            return None, dct, Granularity.VAGUE
        b = cal.bounds(value)
        if b is None:
            return None, None, None
        lo, hi, g = b
        return lo, hi, Granularity(g)
    if typ == "DURATION":
        if "X" in value:
            if direction == _PAST:
                return None, dct, Granularity.VAGUE
            return dct, None, Granularity.VAGUE
        if direction == _PAST:
            r = cal.duration_end(value, dct, -1)
            if r is None:
                return None, None, None
            return r[0], dct, Granularity(r[1])
        r = cal.duration_end(value, dct, 1)
        if r is None:
            return None, None, None
        return dct, r[0], Granularity(r[1])
    return None, None, None


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------
def _as_date(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def tag(text: str, dct: date | datetime) -> list[Timex]:
    """Every temporal expression in ``text``, normalised against the creation date ``dct``."""
    if not isinstance(text, str) or not text:
        return []
    anchor = _as_date(dct)
    ctx = _Ctx(text, anchor)
    # candidate starts: only tokens that can begin a rule (see _FIRST); rx.match there
    raw: list[tuple[int, int, int, int]] = []  # (-len, prio, start, rule index) for sorting
    seen: set[tuple[int, int]] = set()
    rules = _RULES
    toks = [(tm.start(), tm.group()) for tm in _TOKEN.finditer(text)]
    keys = ["#" if t[0].isdigit() else t.lower() for _, t in toks]
    nkeys = len(keys)
    for k in range(nkeys):
        key = keys[k]
        idxs = _FIRST_INDEX.get(key)
        if not idxs:
            continue
        gate = _NEXT_GATE.get(key)
        if gate is not None and (k + 1 >= nkeys or keys[k + 1] not in gate):
            continue
        pos = toks[k][0]
        for i in idxs:
            m = rules[i][0].match(text, pos)
            if m is None or m.end() <= pos or (pos, i) in seen:
                continue
            seen.add((pos, i))
            raw.append((pos - m.end(), rules[i][2], pos, i, m))
    raw.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for _neg, prio, start, i, m in raw:
        end = m.end()
        if any(start < te and ts < end for ts, te in taken):
            continue
        try:
            r = rules[i][1](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            r = None
        if r is None:
            continue
        if len(r) == 4:
            typ, value, s0, e0 = r
        else:
            typ, value = r
            s0, e0 = start, end
        if e0 <= s0 or any(s0 < te and ts < e0 for ts, te in taken):
            continue
        taken.append((s0, e0))
        chosen.append((s0, e0, prio, typ, value))
    chosen.sort()
    out: list[Timex] = []
    for s, e, _prio, typ, value in chosen:
        # trim trailing punctuation/space that a pattern may have swallowed
        while e > s and text[e - 1] in " \t\n,;:":
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e - s > 2 and text[e - 2] in "'’" and text[e - 1] in "sS":
            e -= 2  # a possessive is not part of the expression ("last year's results")
        if e <= s:
            continue
        if typ == "DATE":
            part = _PART_IN_BEFORE.search(text, max(0, s - 16), s)
            if part:
                s = part.start()  # "early in the new year", "later in the month": that part of it
        span = text[s:e]
        if _is_title(text, s, e, span) or _UNIT_TO_UNIT.match(text, e) or _UNIT_TO_UNIT_BEFORE.search(text, 0, s):
            continue
        direction = None
        if typ == "DURATION":
            if _PAST_DUR_RE.search(span):
                direction = _PAST
            elif _FUT_DUR_RE.search(span) or _TIME_AHEAD.match(text, e):
                direction = _FUTURE
            else:
                t = ctx.tense(s, e)
                before = ctx.before(s, 24).lower()
                if re.search(r"\b(?:for|over|in|during|throughout)\s+(?:the\s+)?$", before) and t == _PAST and not (
                        before.endswith("in ") and _COMMITMENT.search(text, ctx.sentence(s)[0], s)):
                    direction = _PAST  # "rose 5% over the past year", but "promised an answer in a fortnight"
                elif re.search(r"\b(?:since)\s+$", before):
                    direction = _PAST
        explicit = not value.startswith("@")
        if not explicit:
            value = _resolve_reference(value, ctx)
        earliest, latest, gran = _view(typ, value, span, anchor, direction)
        if typ == "DATE" and earliest is not None and latest is not None and earliest < latest:
            earliest, latest = _narrow(span, earliest, latest, anchor)
        if value.startswith("FUTURE_REF:"):
            value = "FUTURE_REF"
        out.append(Timex(s, e, span, typ, value, earliest, latest, gran, anchor))
        if typ == "DATE" and explicit and re.fullmatch(r"\d{4}-Q[1-4]", value) and earliest is not None and earliest <= anchor:
            ctx.ref_quarter = value
        elif value in ("P9M", "P6M", "P1Y") or re.fullmatch(r"\d{4}-H[12]", value):
            ctx.ref_quarter = None
        if typ == "DATE" and explicit and re.match(r"\d{4}(?:$|-)", value) and not span.lower().startswith(
                ("last", "next", "this", "the past", "the next")):
            ctx.ref_year = int(value[:4])
        if typ in ("DATE", "TIME") and explicit and re.match(r"\d{4}(?:$|-)", value):
            ctx.ref_value = value
    return out


# "quarter-to-quarter comparison", "day-to-day running": a compound adjective, not a time
_UNIT_TO_UNIT = re.compile(r"-to-(?:day|week|month|quarter|year)\b", _I)
_UNIT_TO_UNIT_BEFORE = re.compile(r"\b(?:day|week|month|quarter|year)-to-$", _I)
_COMMON_TIME_WORD = re.compile(
    r"\b(?:Week|Weeks|Minutes?|Hours?|Noon|Today|Tonight|Tomorrow|Yesterday|Morning|Night|Days|Months?|Years?|"
    r"Now|Future|Decades?|Century|Daily|Weekly)\b")
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.-]*|\d+)\s+$")
_SENT_START_BEFORE = re.compile(r"(?:^|[.!?:;]|``|[\"“‘(\[]|\n)\s*$")


def _is_title(text: str, s: int, e: int, span: str) -> bool:
    """A capitalised common time word inside a sentence names a work or a programme ("ABC's This
    Week", "CBS's 60 Minutes", "High Noon", "VOA Today"): not a temporal expression. A holiday's
    name is capitalised by right ("New Year's Day")."""
    if _HOLIDAY_SPAN.fullmatch(span):
        return False
    for w in _COMMON_TIME_WORD.finditer(span):
        ws = s + w.start()
        if ws > s:
            if span[:w.start()].strip() and not span[:w.start()].rstrip().endswith(("'s", "’s")):
                return not span.isupper()
        before = text[max(0, ws - 40):ws]
        if _SENT_START_BEFORE.search(before):
            return False
        if _TITLE_BEFORE.search(before) and not re.search(r"\b(?:[A-Z][a-z]+day|[A-Z][a-z]{2}\.|[A-Z]+)\s+$", before):
            return True
    return False


def _resolve_reference(value: str, ctx: _Ctx) -> str:
    """Values relative to the period being reported ("a year earlier", "the latest period")."""
    dct = ctx.dct
    q = ctx.ref_quarter
    if q is None:
        cq = cal.quarter_of(dct)
        prev = f"{dct.year:04d}-Q{cq - 1}" if cq > 1 else f"{dct.year - 1:04d}-Q4"
    if value == "@Y-1":
        if q:
            y, n = q.split("-Q")
            return f"{int(y) - 1:04d}-Q{n}"
        return f"{dct.year - 1:04d}"
    if value == "@CUR":
        return q or prev
    if value.startswith("@YQ"):
        y = value[3:]
        return f"{y}-Q{q.split('-Q')[1]}" if q else y
    if value.startswith("@THAT:"):
        return _that_value(value[6:], ctx.ref_value or dct.isoformat())
    if value == "@NEXTY0":
        return f"{ctx.ref_year if ctx.ref_year is not None else dct.year:04d}"
    if value.startswith("@NEXTY") or value.startswith("@PREVY"):
        k = 1 if value.startswith("@NEXTY") else -1
        base = ctx.ref_year if ctx.ref_year is not None else dct.year
        return f"{base + k:04d}"
    return value


def tag_one(expression: str, dct: date | datetime) -> Timex | None:
    """The longest temporal expression in a short ``expression`` (e.g. a deadline phrase)."""
    found = tag(expression, dct)
    return max(found, key=lambda t: t.end - t.start) if found else None


def reanchor(timex: Timex, source: str, dct: date | datetime) -> Timex:
    """The same span of ``source`` re-resolved against another anchor date (e.g. the date a
    statement was made rather than the article's publication date)."""
    for t in tag(source, dct):
        if t.start == timex.start and t.end == timex.end:
            return t
    return replace(timex, anchor=_as_date(dct))


_SIGNAL_RE = re.compile(
    r"\b(as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|by\s+the\s+end\s+of|"
    r"by|before|after|until|till|up\s+to|through|within|in|since|from|starting|beginning|on|during|ahead\s+of|prior\s+to|"
    r"around|about|at)\s+(?:the\s+)?$",
    _I,
)


def signal_before(source: str, timex: Timex) -> str | None:
    """The temporal preposition right before a timex ("by", "within", "as soon as" ...), lower case."""
    m = _SIGNAL_RE.search(source[max(0, timex.start - 30):timex.start])
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else None


def deadline_window(source: str, timex: Timex) -> tuple[date | None, date | None, Granularity | None]:
    """(earliest, latest, granularity) of a deadline phrased with the signal before the timex.

    "by X" / "no later than X" -> (anchor, end of X); "before X" -> (anchor, day before X);
    "as soon as X" / "after X" / "starting X" -> (start of X, None) for after, (start, end) for
    "as soon as"; "within"/"in" + duration -> the duration's window; otherwise the timex's own.
    """
    sig = signal_before(source, timex)
    lo, hi, g = timex.earliest, timex.latest, timex.granularity
    anchor = timex.anchor
    if timex.type in ("DATE", "TIME") and lo is not None:
        if sig in ("by", "no later than", "not later than", "until", "till", "up to", "through", "by the end of"):
            return (anchor if anchor and anchor <= hi else lo), hi, g
        if sig in ("before", "prior to", "ahead of"):
            return (anchor if anchor and anchor < lo else None), lo - timedelta(days=1), g
        if sig in ("after", "since", "starting", "beginning", "from", "no earlier than"):
            return (hi + timedelta(days=1) if sig == "after" else lo), None, g
    return lo, hi, g
