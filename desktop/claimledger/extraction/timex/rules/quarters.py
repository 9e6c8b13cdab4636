"""Quarters and halves: "the third quarter", "Q3 2021", "the year-earlier quarter", "the first
half of 2022", "H2 2022"."""
from __future__ import annotations

import re
from datetime import date

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _PAST
from claimledger.extraction.timex.rules.registry import rule

_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


@rule(r"\b(?P<pre>(?:(?:this|last|next)\s+year['’]s|the\s+year['’]s|(?P<py>(?:19|20)\d\d)['’]?s?)\s+)?"
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
      r"|\b(?P<qq>Q[1-4]|[1-4]Q)(?:\s+(?P<qy>(?:19|20)?\d\d))?\b", prio=3,
      first={"this", "last", "next", "the", "#", "q", "year", "comparable", "corresponding", "same", "prior",
             "fiscal", "calendar", "quarter", "final", "latest", "current", "past", "previous", "coming", "recent",
             "most", "just", "preceding", "following", "june", "march", "september", "december", "first",
             "second", "third", "fourth", "st", "nd", "rd", "th"})
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


@rule(r"\b(?:(?P<the>the)\s+)?(?P<ord>first|second|last|latter)[\s-]+half\b(?:\s+of\s+(?:(?P<yr>(?:19|20)\d\d)\b|"
      r"(?:the\s+)?(?:fiscal\s+)?(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year\b)|\s+(?P<yr2>(?:19|20)\d\d)\b)?"
      r"|\b(?P<hh>H[12]|[12]H)[\s-]?(?P<hy>(?:19|20)\d\d|\d\d)\b", prio=3,
      first={"the", "first", "second", "last", "latter", "h", "#"})
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
