"""Reporting periods: "the 1998 period", "the year-earlier quarter", "the comparable period",
"year-end", "the full year"."""
from __future__ import annotations

import re

from claimledger.extraction.timex.rules.registry import rule


@rule(r"\b(?P<the2>the\s+)(?P<yr>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?:period|quarter)\b", prio=2,
      first={"the"})
def _year_period(m, ctx):
    return "DATE", f"@YQ{m['yr']}"


@rule(r"\b(?:(?P<the>the)\s+)?(?P<adj>year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|year-before|"
      r"comparable|corresponding|latest|most\s+recent|recent|same|just-ended|just\s+ended)\s+(?P<per>period|quarter|nine\s+months|"
      r"six\s+months|three\s+months|fiscal\s+year|year|half)\b(?P<ly>\s+(?:of\s+)?last\s+year)?|\b(?P<bare>year-earlier|year-ago|year\s+ago|year\s+earlier)\b",
      prio=3,
      first={"the", "year", "prior", "comparable", "latest", "most", "recent", "same", "just",
             "corresponding"})
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


@rule(r"\b(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next)\s+)?(?:year[\s-]end|year['’]s\s+end|end\s+of\s+the\s+year|full\s+year|"
      r"(?P<cal>calendar|fiscal)\s+year)\b", prio=4,
      first={"the", "this", "last", "next", "year", "full", "calendar", "fiscal", "end"})
def _year_end(m, ctx):
    low = m.group(0).lower()
    rel = (m["rel"] or "").lower()
    if m["cal"] and not (m["the"] or rel):
        return None
    if "full year" in low and not m["the"]:
        return None
    y = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{y:04d}"
