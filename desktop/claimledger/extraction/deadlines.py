"""Stage 4 of the pipeline: a claim's deadline (or a fact's event time) from the temporal
expressions of its region.

:func:`deadline` picks, among the timexes :mod:`timex` found in the claim's clause, the one that
says by when: it must face forward from the anchor (the date the statement was made, else the
publication date), is not the date the statement was made ("said on Thursday"), not a magnitude
("by a quarter of a percentage point"), not a length ("a 24-hour strike"), not background in a
relative clause ("inflation, which stood at 10.6% in March, ..."); signals such as "by",
"before", "within", "as soon as" make it stronger. Its window follows DESIGN.md: "by X" -> latest
X; "next month" -> the whole month; "as soon as next month" -> earliest the first of it; "X or Y"
-> by Y; "before the end of the year"; fiscal years as the article defines them.

Pure functions: no I/O, no Qt, no database.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.domain import Deadline, Granularity
from claimledger.extraction import timex as _timex
from claimledger.extraction.model import Timex, TimexType

__all__ = ["deadline", "event_time", "statement_date", "fiscal_year_ends", "future_facing"]

_I = re.IGNORECASE

_GOVERNING = re.compile(
    r"(?:\b(?:as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|not\s+later\s+than|by\s+the\s+end\s+of|by\s+the\s+start\s+of|"
    r"by|before|until|till|within|in|over|during|after|from|starting|beginning|ahead\s+of|prior\s+to|for|"
    r"(?:will|would|could|may|might|to)?\s*(?:take|takes|took|taking|last|lasts)|around|about|on|at|through|up\s+to)\s+"
    r"(?:the\s+(?=next|coming|end|start|first|second|middle)|up\s+to\s+|at\s+least\s+|at\s+most\s+|about\s+|around\s+|nearly\s+|almost\s+)?)+$",
    _I,
)


def _expression(text: str, t: Timex) -> tuple[int, str]:
    m = _GOVERNING.search(text, max(0, t.start - 40), t.start)
    s = m.start() if m else t.start
    s = _skip_modal(text, s, t.start)
    return s, text[s:t.end]


def _skip_modal(text: str, s: int, limit: int) -> int:
    m = re.match(r"(?:will|would|could|may|might|to)\s+", text[s:limit], _I)
    return s + m.end() if m else s


def future_facing(t: Timex, anchor: date) -> bool:
    if t.type == TimexType.SET:
        return False
    if t.value.startswith("FUTURE_REF"):
        return True
    if t.type == TimexType.DURATION:
        return t.latest is not None and t.latest > anchor
    if t.latest is not None and t.latest >= anchor:
        return t.earliest is None or t.latest > anchor or t.granularity == Granularity.DAY
    return False


def _past_facing(t: Timex, anchor: date) -> bool:
    if t.type not in (TimexType.DATE, TimexType.TIME) or t.value.startswith("FUTURE_REF"):
        return False
    return t.earliest is not None and t.latest is not None and t.earliest <= anchor


# a perfect tense in the clause right before a "for" span ("have been shut ... for 20 years", "has served for a decade")
_PERFECT_SPAN = re.compile(r"\b(?:has|have|had|'ve)\s+(?:not\s+|never\s+)?(?:been\s+)?([a-z]+(?:\s+[\w'\u2019-]+){0,6}?)\s+for\s+$", _I)
_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]")  # ("agreed to serve")
_STATEMENT_DATE = re.compile(
    r"\b(?:said|says|announced|told\s+(?:[A-Z][\w.]*\s*)+|told\s+(?:reporters|analysts|journalists)|confirmed|"
    r"reported|forecast|predicted|warned|added|stated|declared|wrote|tweeted)\s+(?:late\s+|early\s+)?(?:on\s+)?$")


_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight", _I)
# "a day", "per week" after what it counts ("1,500 trips a day", "$500 a month"): a rate
_RATE = re.compile(r"(?:a|an|per|each|every)\s+(?:day|week|month|year|hour)", _I)
_RATE_BEFORE = re.compile(r"(?:\d|\b[a-z]+s)\s+$")
_NOTICE = re.compile(r"['\u2019]\s+(?!time\b)[a-z]")  # "180 days' notice", "two weeks' pay" (not "in two weeks' time")
# what a length of time is counted from, other than now ("90 days after it is signed", "within 30 days of the ruling")
_AFTER_EVENT = re.compile(r"\s+(?:after|following|of|from|before|prior\s+to)\s+(?!now\b|today\b|this\b|the\s+date\s+of\s+(?:this|publication))", _I)


# an event told in the past right after "after" ("after the Health Department rejected its plan")
_EVENT_DONE = re.compile(r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:(?!(?:is|are|be|been|being|will|would|shall|has|have|"
                         r"gets?|it|they|he|she)\b)[\w'\u2019-]+\s+){1,5}?"
                         r"(?:rejected|approved|announced|signed|passed|voted|ruled|decided|issued|released|filed|ended|"
                         r"collapsed|failed|refused|denied|blocked|vetoed)\b", _I)


def _in_relative_clause(src: str, pos: int, lo: int, trigger: int) -> bool:
    """Whether ``pos`` sits in a ", which/who ..." clause that has not closed by then and does not
    hold the claim's own trigger ("..., which is expected by June" is the claim)."""
    m = None
    for m in re.finditer(r",\s+(?:which|who|whose)\b", src[lo:pos]):
        pass
    return m is not None and "," not in src[lo + m.end():pos] and not (lo + m.start() <= trigger < pos)


def _alternative(src: str, t: Timex, tx: list[tuple[Timex, str, int]]) -> date | None:
    """The latest date of Y in "X or Y", "X and Y" (Y right after the conjunction: "over July and August combined")."""
    m = re.match(r",?\s+(?:or|and)\s+(?:in\s+|by\s+|on\s+)?", src[t.end:])
    if not m:
        return None
    at = t.end + m.end()
    for u, usrc, _base in tx:
        if usrc is src and u.start == at and u.latest is not None:
            return u.latest
    return None


_FISCAL_ENDS = re.compile(r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d),?\s+which\s+(?:ends|will\s+end|runs\s+to|runs\s+through)"
                          r"\s+(?:in\s+|on\s+)?(?P<when>[^,.;()]{3,30})", _I)
_IS_OUT = re.compile(r"\s+(?:is|was)\s+(?:out|over|up)\b", _I)  # "before the decade is out": before its end
_FISCAL_YEAR = re.compile(r"\bfiscal\s+(?:year\s+)?((?:19|20)\d\d)\b", _I)


def fiscal_year_ends(text: str, published: date) -> dict[int, date]:
    """Fiscal years whose end the article states: "fiscal 2025, which ends next June" -> 2025-06-30,
    used wherever the article names that fiscal year."""
    out: dict[int, date] = {}
    for m in _FISCAL_ENDS.finditer(text):
        ends = [t for t in _timex.tag(m["when"], published) if t.type == TimexType.DATE and t.latest]
        if ends:
            out[int(m["y"])] = ends[0].latest
    return out


# "overnight" as an adjective, or in what will not happen overnight (quickly), rather than a night
_NOT_OVERNIGHT = re.compile(r"(?:\b(?:the|an?|its|their|his|her)\s+$|\b(?:not|n't|never|no)\b[^,.;]*$)", _I)


def deadline(tx: list[tuple[Timex, str, int]], a: int, b: int, anchor: date,
              exclude: tuple[int, int] | None = None, fiscal_ends: dict[int, date] | None = None,
              trigger: int | None = None) -> Deadline | None:
    """The deadline of the claim text[a:b] from timexes tagged on its region (timex, region text,
    region offset)."""
    best = None
    best_score = -1
    for t, src, base in tx:
        ts, te = base + t.start, base + t.end
        if ts < a or te > b or (exclude and exclude[0] <= ts < exclude[1]):
            continue
        if not future_facing(t, anchor):
            continue
        sig = _timex.signal_before(src, t)
        if t.value == "PRESENT_REF" and sig is None and t.text.lower() in ("now", "right now", "currently"):
            continue  # "it will now review its options": from now on, no day it is due by
        if t.value == "PRESENT_REF" and (re.fullmatch(r"(?:at\s+)?current(?:ly)?", t.text, _I) or sig == "by"):
            continue  # "At current rates of warming ... by 2060", "the current trial", "would be answering to a judge
            # by now": how things stand, no day
        if t.type == TimexType.DURATION and (sig in ("by", "to", "from") or re.match(r"\s+of\b", src[t.end:t.end + 4])):
            continue  # "by a quarter of a percentage point" is a magnitude, not a time
        if t.type == TimexType.DURATION and re.search(r"\w-(?:hour|day|week|month|year)s?$", t.text) and \
                re.match(r"\s+[a-z]", src[t.end:t.end + 3]):
            continue  # "a 24-hour strike": a length, not when
        if t.type == TimexType.DURATION and (span := _PERFECT_SPAN.search(src, max(0, t.start - 80), t.start)) \
                and not _TO_VERB.search(span.group(1)):
            continue  # "doors that have been shut to American wheat for 20 years": how long it has lasted, not when
            # (not "has agreed to serve for two more years": what is to come)
        if t.type == TimexType.DURATION and (after := _AFTER_EVENT.match(src, t.end)) \
                and not _EVENT_DONE.match(src, after.end()):
            continue  # "would take effect 90 days after it is signed": counted from an event, not from today (but "would
            # sue within 30 days after the department rejected its plan": from an event past, so from now)
        if t.type == TimexType.DURATION and (_RATE.fullmatch(t.text) and _RATE_BEFORE.search(src, 0, t.start)
                                             or _NOTICE.match(src, t.end)):
            continue  # "1,500 vehicle trips a day": a rate; "180 days' notice": a length, neither when
        if _STATEMENT_DATE.search(src, max(0, t.start - 40), t.start):
            continue  # "said on Thursday": when it was said, not when it is due
        if t.text.lower() == "overnight" and _NOT_OVERNIGHT.search(src, max(0, t.start - 80), t.start):
            continue  # "the overnight horror", "it's not going to happen overnight": no night, a manner
        if _in_relative_clause(src, t.start, max(0, a - base), trigger - base if trigger is not None else -1):
            continue  # "inflation, which stood at 10.6% in March, would fall ...": background
        strong = sig in ("by", "before", "within", "as soon as", "no later than", "by the end of", "until", "in", "on",
                         "before the end of", "at", "from", "starting") or (
            sig is None and re.match(r"(?:next|this|tomorrow|tonight|later\s+this|early\s+next)\b", t.text, _I))
        score = 1 + (2 if strong else 0)
        score += 1 if t.granularity and t.granularity != Granularity.VAGUE else 0
        score += 0.5 if t.type in (TimexType.DATE, TimexType.TIME) else 0  # "within 90 days by the end of 2027": the date
        if _CLOCK.fullmatch(t.text):
            score = 0.5  # "The July 12 meeting begins at 6:30 p.m.": an hour alone is of the day named beside it
        if score > best_score:
            best, best_score = (t, src, sig), score
    if best is None:
        return None
    t, src, sig = best
    lo, hi, g = _timex.deadline_window(src, t)
    if sig in ("from", "starting", "beginning", "effective") and hi is None:
        hi = t.latest  # "suspended from Thursday": true by then
    alt = _alternative(src, t, tx)
    if alt is not None and hi is not None and alt > hi:
        hi = alt  # "in June or September", "in June and September": by September at the latest
    if (re.match(r"the\s+end\s+of\b", t.text, _I) or _IS_OUT.match(src, t.end)) and t.latest and (hi is None or hi < t.latest):
        lo, hi = (t.anchor if t.anchor and t.anchor <= t.latest else lo), t.latest  # "before the end of the year"
    if hi is not None and t.text.lower() == "overnight":
        hi += timedelta(days=1)  # ("would be sent down overnight": by the next morning)
    fy = _FISCAL_YEAR.search(t.text)
    if fy and fiscal_ends and int(fy.group(1)) in fiscal_ends and hi is not None:
        hi = fiscal_ends[int(fy.group(1))]  # the fiscal year as the article defines it
        if lo is not None and lo > hi:
            lo = None
    if lo and hi and lo > hi:
        lo = None
    _s, expr = _expression(src, t)
    return Deadline(expression=expr, anchor=t.anchor or anchor, earliest=lo, latest=hi, granularity=g)


def of_text(text: str, anchor: date) -> Deadline | None:
    """The deadline of a claim that is the whole of ``text`` (the words an analyst selected),
    by the same rule as extracted claims."""
    return deadline([(t, text, 0) for t in _timex.tag(text, anchor)], 0, len(text), anchor)


def event_time(tx: list[tuple[Timex, str, int]], a: int, b: int, anchor: date,
                exclude: tuple[int, int] | None = None) -> Deadline | None:
    for t, _src, base in tx:
        ts, te = base + t.start, base + t.end
        if ts < a or te > b or (exclude and exclude[0] <= ts < exclude[1]):
            continue
        if _past_facing(t, anchor):
            return Deadline(expression=t.text, anchor=t.anchor or anchor, earliest=t.earliest, latest=t.latest,
                            granularity=t.granularity)
    return None


def statement_date(base: int, tx: list[Timex], cue: tuple[int, int] | None, published: date) -> date | None:
    """The date the statement was made, when the attribution gives it ("told Reuters on Monday")."""
    if cue is None:
        return None
    for t in tx:
        ts = base + t.start
        if cue[0] <= ts <= cue[1] + 1 and t.type in (TimexType.DATE, TimexType.TIME) and t.granularity == Granularity.DAY:
            if t.earliest and t.earliest <= published:
                return t.earliest
    return None
