"""Weekdays and times of day: "on Monday", "Tuesday next week", "Mondays", "3 p.m. Friday",
"this morning", "tonight"."""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.extraction.timex.context import _FUTURE, _I, _PAST, _Ctx, _tense_with_signal
from claimledger.extraction.timex.lex import DAYNUM, MONTH_D, NUMWORD, PART_OF_DAY, WEEKDAY, WEEKDAYS
from claimledger.extraction.timex.parsers import _POD, _cap, _month_no, _num, _resolve_month, _resolve_weekday, _weekday_no
from claimledger.extraction.timex.rules.registry import _W_NUM, _W_WEEKDAY, rule


@rule(rf"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|previous|early|late)\s+)?(?P<wd>{WEEKDAY})"
      rf"(?:\s+(?P<pod>{PART_OF_DAY}))?(?:,?\s+(?P<wk>next|this|last)\s+week\b)?(?![\w-])", prio=4,
      first=_W_WEEKDAY | {"last", "next", "this", "coming", "past", "previous", "early", "late"})
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
    if not rel and _SET_FOR.search(ctx.before(m.start(), 60)):
        tense = _FUTURE  # "has called a mass meeting for Wednesday", "a day of mourning has been declared for Wednesday"
    if not rel and re.match(r"['’]s\s", ctx.after(m.end(), 3)):
        # "Wednesday's ruling": a known event (but "would attack ... in Saturday's final", told ahead in its own
        # clause and taken part in: the one to come)
        before = ctx.before(m.start(), 80)
        tense = _FUTURE if _AHEAD_IN_CLAUSE.search(before) and _TAKING_PART.search(before) else _PAST
    d = _resolve_weekday(wd, ctx.dct, tense, rel)
    if m["pod"]:
        return "TIME", f"{d.isoformat()}T{_POD[m['pod'].lower()]}"
    return "DATE", d.isoformat()


# a day an event has been called or declared for, ahead
_SET_FOR = re.compile(r"\b(?:called|declared|convened|summoned|scheduled|rescheduled|set|arranged)\b[^,.;:]{0,40}\bfor\s+$", _I)
# where one takes part in the event ("in Saturday's final", "before Friday's vote"; not "get around Wednesday's ruling")
_TAKING_PART = re.compile(r"\b(?:in|at|for|before|ahead\s+of|until)\s+$", _I)
# a modal of what is to come earlier in the clause, with no comma or stop since
_AHEAD_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:set|due|scheduled)\s+to)\b[^,.;:]*$|['’]ll\b[^,.;:]*$", _I)


@rule(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b|\b(?P<pod>morning|afternoon|evening|night)s\b", prio=5,
      first={"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
             "mornings", "afternoons", "evenings", "nights"})
def _weekday_plural(m, ctx):
    if m["wd"]:
        if not _cap(m, "wd"):
            return None
        return "SET", f"XXXX-WXX-{_weekday_no(m['wd']) + 1}"
    return None


_TZ = r"(?:\s+(?:(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT|[A-Z]{2,4}T)\b|local\s+time\b|\(\d{4}\s+GMT\)))?"
_DAYREF = rf"(?P<dref>{WEEKDAY}|today|tonight|yesterday|tomorrow|(?:{MONTH_D})\s+{DAYNUM})(?![\w-])"


@rule(rf"\b(?:(?P<approx>about|around|approximately|shortly\s+(?:after|before)|just\s+(?:after|before))\s+)?"
      rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am\b|pm\b)|(?P<h2>\d{{1,2}}):(?P<mi2>[0-5]\d)(?![\d:])"
      rf"|(?P<noon>noon|midnight|midday)|(?P<h3>\d{{1,2}}|{NUMWORD})\s+(?P<oc>o['’]clock))"
      rf"(?:\s+(?P<inthe>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?{_TZ}(?:,?\s+(?:on\s+)?{_DAYREF})?", prio=2,
      first={"about", "around", "approximately", "shortly", "just", "noon", "midnight", "midday", "#"} | _W_NUM)
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


@rule(rf"\b(?P<rel>this|yesterday|tomorrow|last|early\s+this|late\s+this|later\s+this|earlier\s+this|(?:early|late)\s+"
      rf"(?:yesterday|tomorrow))\s+(?P<pod>morning|afternoon|evening|night)\b|\b(?P<tonight>tonight|overnight)\b"
      rf"|\b(?P<pod2>morning|afternoon|evening|night|mid-?afternoon|mid-?morning)\s+(?P<dref2>yesterday|today|tomorrow)\b",
      prio=3,
      first={"this", "yesterday", "tomorrow", "last", "early", "late", "later", "earlier", "tonight",
             "overnight", "morning", "afternoon", "evening", "night", "mid", "midafternoon", "midmorning"})
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
