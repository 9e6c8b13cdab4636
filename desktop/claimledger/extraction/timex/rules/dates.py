"""Absolute dates: month and day, weeks, fiscal years, numeric dates, months, years, decades,
centuries."""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _I, _tense_with_signal
from claimledger.extraction.timex.lex import DAYNUM, MONTH, MONTH_D, ORDINALS, SEASONS, WEEKDAY, YEAR4
from claimledger.extraction.timex.parsers import _cap, _month_no, _resolve_month
from claimledger.extraction.timex.rules.registry import _W_MONTH, _W_WEEKDAY, rule

_MOD = (r"(?:(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|"
        r"latter\s+half|last\s+half|first\s+part|latter\s+part|early\s+part|later\s+part|rest|remainder|balance|"
        r"spring|summer|fall|autumn|winter)\s+of\s+(?:the\s+)?|(?:early|mid|late|earlier|later)[\s-]+|mid-|(?:end|start)-(?=\d)))?")
# the words _MOD can start with
_W_MOD = {"the", "very", "end", "beginning", "start", "middle", "close", "turn", "first", "second", "latter", "last",
          "early", "later", "rest", "remainder", "balance", "spring", "summer", "fall", "autumn", "winter", "mid",
          "earlier", "late"}


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


def _on_day(m, ctx):
    """The match's month ("mon") and day ("day"), in the year written ("yr") or the one the
    sentence's tense points to."""
    mo, day = _month_no(m["mon"]), int(re.match(r"\d+", m["day"]).group())
    y = int(m["yr"]) if m["yr"] else _resolve_month(mo, day, ctx.dct, _tense_with_signal(ctx, m.start(), m.end()))
    try:
        return "DATE", date(y, mo, day).isoformat()
    except ValueError:
        return None


@rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mod2>early|mid|late)[\s-])?(?P<mon>{MONTH_D})\s+(?P<day>{DAYNUM})\b(?![-/:.]?\d)"
      rf"(?:(?:,\s*|\s+)(?P<yr>{YEAR4})\b(?!-\d))?", prio=2,
      first=_W_WEEKDAY | _W_MONTH | {"early", "mid", "late"})
def _month_day(m, ctx):
    if not _cap(m, "mon"):
        return None
    if m["mon"].lower() == "may" and not m["yr"] and ctx.before(m.start(), 1).isalpha():
        return None
    return _on_day(m, ctx)


@rule(rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAYNUM})(?:\s+of)?\s+(?P<mon>{MONTH_D})\b"
      rf"(?:,?\s+(?P<yr>{YEAR4})\b)?", prio=2,
      first=_W_WEEKDAY | {"the", "#"})
def _day_month(m, ctx):
    if not _cap(m, "mon") or (m["mon"].lower() == "may" and not m["yr"] and not m["wd"]):
        return None
    if m["mon"].lower() in ("march", "may") and not m["yr"] and not re.search(r"(?:st|nd|rd|th)$|^the", m.group(0)):
        return None
    return _on_day(m, ctx)


@rule(rf"\b(?:the\s+)?week\s+(?:of|beginning|starting|ending)\s+(?P<mon>{MONTH_D})\s+(?P<day>{DAYNUM})\b(?![-/:.]?\d)"
      rf"(?:(?:,\s*|\s+)(?P<yr>{YEAR4})\b)?", prio=1,
      first={"the", "week"})
def _week_of(m, ctx):
    r = _month_day(m, ctx)
    if r is None:
        return None
    return "DATE", cal.iso_week(date.fromisoformat(r[1]))


@rule(rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)\s+week\s+of\s+(?P<mon>{MONTH})"
      rf"(?:,?\s+(?P<yr>{YEAR4})\b)?", prio=1,
      first={"the", "first", "second", "third", "fourth", "final", "last"})
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


@rule(r"\bFY['’]?(?P<yy>\d\d)\b", prio=3, flags=0,
      first={"fy"})
def _fiscal_short(m, ctx):
    """"FY23": fiscal 2023 (TimeML gives a fiscal year the calendar year's value)."""
    yy = int(m["yy"])
    return "DATE", f"{(1900 if yy > 50 else 2000) + yy:04d}"


@rule(r"\bthe\s+(?P<u>decade|year|month|week)(?=\s+(?:is|was)\s+(?:out|over|up)\b)", prio=3,
      first={"the"})
def _period_is_out(m, ctx):
    """"before the decade is out", "before the year is over": the current one."""
    d, u = ctx.dct, m["u"].lower()
    return "DATE", {"decade": f"{d.year // 10:03d}", "year": f"{d.year:04d}", "month": f"{d.year:04d}-{d.month:02d}",
                    "week": cal.iso_week(d)}[u]


@rule(r"\bthis\s+time\s+(?P<rel>next|last)\s+year\b", prio=2,
      first={"this"})
def _this_time_next_year(m, ctx):
    """"by this time next year": the same month a year on (or back)."""
    d = ctx.dct
    return "DATE", f"{d.year + (1 if m['rel'].lower() == 'next' else -1):04d}-{d.month:02d}"


@rule(r"\bthe\s+new\s+year\b(?![\w-]|['’]s)", prio=3,
      first={"the"})
def _new_year(m, ctx):
    """"in the new year": the coming calendar year (this one, in its first month)."""
    return "DATE", f"{ctx.dct.year + (ctx.dct.month > 1):04d}"


@rule(r"\b(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b(?!-)"
      r"|(?<![\d/])(?P<m2>0?[1-9]|1[0-2])/(?P<d2>0?[1-9]|[12]\d|3[01])/(?P<y2>(?:19|20)?\d\d)\b(?!/)", prio=1,
      first={"#"})
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


@rule(rf"\b{_MOD}(?P<mon>{MONTH})(?:(?:,?\s+|\s+of\s+)(?P<yr>{YEAR4})\b(?!-\d)|\s+['’](?P<yy>\d\d)\b"
      r"|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)", prio=2,
      first=_W_MOD | _W_MONTH)
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


@rule(rf"\b{_MOD}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|previous)\s+)?(?P<mon>{MONTH})(?![\w-])"
      r"(?!\s*\d)", prio=4,
      first=_W_MOD | _W_MONTH | {"last", "next", "this", "coming", "past", "previous"})
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


@rule(rf"\b{_MOD}(?:(?P<fy>(?:the\s+)?fiscal(?:\s+year)?|(?:the\s+)?(?:calendar\s+)?year|FY|model\s+year)[\s-]*)?(?P<yr>{YEAR4})\b"
      rf"(?:-(?P<yr2>\d\d)\b)?", prio=5,
      first=_W_MOD | {"the", "fiscal", "calendar", "year", "fy", "model", "#"})
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


@rule(rf"\b{_MOD}(?P<the>the\s+)?(?:(?P<dec>(?:1[0-9]|20)?\d0)|['’](?P<dec2>\d0))['’]?s\b"
      r"|\b(?P<the3>the\s+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", prio=4,
      first=_W_MOD | {"the", "#", "'", "’", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                      "eighties", "nineties"})
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


@rule(r"\b(?:(?P<the>the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
      r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
      r"twentieth|twenty-first)\s+century\b|\b(?P<rel>this|last|next|the\s+(?:last|past|next|coming))\s+century\b",
      prio=4,
      first={"the", "#", "this", "last", "next", "twenty"} | {w for w in ORDINALS if w.isalpha()})
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
