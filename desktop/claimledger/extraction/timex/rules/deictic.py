"""Deictic words: "today", "now", "recently", "soon", "the coming weeks", "the weekend",
"daily"."""
from __future__ import annotations

import re
from datetime import timedelta

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _AFTER, _FORWARD, _FUTURE, _I, _tense_with_signal
from claimledger.extraction.timex.rules.registry import rule

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


@rule(_DEICTIC_RE.pattern, prio=6,
      first={k.split()[0] for k in _DEICTIC})
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
