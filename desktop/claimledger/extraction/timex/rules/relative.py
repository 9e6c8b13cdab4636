"""Relative units: this/next/last week, the past year, earlier this month."""
from __future__ import annotations

import re
from datetime import timedelta

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _FUTURE, _I
from claimledger.extraction.timex.rules.registry import rule

_COMPARISON_BEFORE = re.compile(r"\b(?:from|with|versus|vs\.|than)\s+(?:(?:a\s+)?(?:net\s+)?(?:loss|profit|gain|earnings|income|sales|revenue)\s+of\s+)?"
                                r"(?:about\s+)?(?:[$£#]|C\$|US\$)?\s*[\d.,]+\s*(?:million|billion|%|cents)?"
                                r"(?:\s*,?\s*or\s+[$\d.,]+\s*(?:cents\s+)?(?:a\s+share)?,?)?\s*$", _I)
_REL = (r"(?P<rel>this|next|last|past|previous|coming|current|following|present|the\s+past|the\s+last|the\s+next|"
        r"the\s+coming|the\s+current|the\s+previous|the\s+following|the\s+same|the\s+present|earlier\s+this|"
        r"later\s+this|early\s+this|late\s+this|early\s+next|late\s+next|early\s+last|late\s+last|this\s+past|"
        r"this\s+coming|so\s+far\s+this|mid-?\s*next|mid-?\s*last|mid-?\s*this|the|a\s+year\s+ago\s+this|"
        r"(?:the\s+)?end\s+of\s+(?:this|last|next|the)|(?:the\s+)?(?:beginning|start|middle)\s+of\s+(?:this|last|next|the)"
        r"|(?:the\s+)?(?:first|second)\s+half\s+of\s+(?:this|last|next|the))")
# the words _REL can start with
_W_REL = {"last", "next", "this", "coming", "past", "previous", "current", "following", "present", "the", "earlier",
          "later", "early", "late", "so", "mid", "a", "end", "beginning", "start", "middle", "first", "second"}


@rule(rf"\b{_REL}\s+(?P<fisc>fiscal\s+|calendar\s+)?(?P<unit>week|month|year|decade|day|fortnight)\b(?P<poss>['’]s)?", prio=5,
      first=_W_REL)
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
