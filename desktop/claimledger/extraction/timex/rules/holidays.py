"""Holidays: "Christmas", "last Thanksgiving", "Easter Monday", "the Labor Day weekend"."""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _AFTER, _FORWARD, _FUTURE, _PAST, _tense_with_signal
from claimledger.extraction.timex.parsers import _cap
from claimledger.extraction.timex.rules.registry import rule

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


@rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|coming)\s+)?(?P<h>{_HOLI_RE})(?![\w-])(?:\s+(?P<wk>week(?:end)?))?"
      rf"(?:,?\s+(?P<yr>(?:19|20)\d\d)\b)?", prio=3,
      first={"last", "next", "this", "coming", "christmas", "new", "independence", "the", "fourth", "halloween",
             "valentine", "st", "veterans", "armistice", "boxing", "bastille", "thanksgiving", "labor",
             "memorial", "martin", "presidents", "easter", "good", "d"})
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
