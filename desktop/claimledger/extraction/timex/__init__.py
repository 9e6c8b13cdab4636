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

import re
from dataclasses import replace
from datetime import date, datetime

from claimledger.extraction.model import Timex, TimexType
from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _FUTURE, _I, _PAST, _Ctx
from claimledger.extraction.timex.lex import ONES, ORDINALS, SEASONS, TENS
from claimledger.extraction.timex.rules import RULES
from claimledger.extraction.timex.rules.anaphora import _that_value
from claimledger.extraction.timex.rules.dates import _W_MOD
from claimledger.extraction.timex.rules.holidays import _HOLI_RE
from claimledger.extraction.timex.rules.registry import _W_MONTH
from claimledger.extraction.timex.view import _narrow, _view, deadline_window, signal_before

__all__ = ["tag", "tag_one", "reanchor", "signal_before", "deadline_window"]


# ---- which tokens can start which rule (rules are only tried where they can match) -------------
_TOKEN = re.compile(r"[A-Za-z]+|\d+|['’]")
_UNITS_ALL = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week",
              "weeks", "weekend", "weekends", "fortnight", "month", "months", "quarter", "quarters", "year", "years",
              "decade", "decades", "century", "centuries", "millennium", "millennia"}
# after these tokens a rule is only tried when the next token is one of these
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
for _i, (_rx, _fn, _prio, _first) in enumerate(RULES):
    for _w in _first:
        _FIRST_INDEX.setdefault(_w, []).append(_i)

# ---- the direction of a duration, the part of a period ----------------------------------------
_PAST_DUR_RE = re.compile(r"\b(?:the\s+)?(?:past|last|previous|recent|preceding|first|prior)\b|\bago\b|\bearlier\b", _I)
_FUT_DUR_RE = re.compile(r"\b(?:the\s+)?(?:next|coming|following|remaining|more|additional|another|further)\b", _I)

_TIME_AHEAD = re.compile(r"['\u2019]s?\s+time\b|\s+from\s+now\b", _I)  # "in two weeks' time"
_PART_IN_BEFORE = re.compile(r"\b(?:early|late|later|earlier)\s+in\s+$", _I)
_COMMITMENT = re.compile(r"\b(?:promised|pledged|vowed|threatened|offered|proposed|planned|predicted|forecast|"
                         r"warned|expected|undertook|committed)\b", _I)


def _as_date(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d


def tag(text: str, dct: date | datetime) -> list[Timex]:
    """Every temporal expression in ``text``, normalised against the creation date ``dct``."""
    if not isinstance(text, str) or not text:
        return []
    anchor = _as_date(dct)
    ctx = _Ctx(text, anchor)
    # candidate starts: only tokens that can begin a rule (see each rule's ``first``); rx.match there
    raw: list[tuple[int, int, int, int]] = []  # (-len, prio, start, rule index) for sorting
    seen: set[tuple[int, int]] = set()
    rules = RULES
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
        out.append(Timex(s, e, span, TimexType(typ), value, earliest, latest, gran, anchor))
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
_HOLIDAY_SPAN = re.compile(rf"(?:(?:last|next|this|this\s+past|coming)\s+)?(?:{_HOLI_RE})(?:\s+week(?:end)?)?"
                           rf"(?:,?\s+(?:19|20)\d\d)?", _I)



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
