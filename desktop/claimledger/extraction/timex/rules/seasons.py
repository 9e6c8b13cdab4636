"""Seasons: "last summer", "the winter of 1994", "spring 2022"."""
from __future__ import annotations

import re

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _FUTURE, _I, _PAST
from claimledger.extraction.timex.lex import SEASONS
from claimledger.extraction.timex.rules.registry import rule


@rule(r"\b(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the|early|late|mid|earlier\s+this|"
      r"later\s+this)[\s-]+)?(?P<sea>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<yr>(?:19|20)\d\d)\b)?"
      r"|\b(?P<yr2>(?:19|20)\d\d)\s+(?P<sea2>spring|summer|fall|autumn|winter)\b", prio=4,
      first={"last", "next", "this", "coming", "past", "the", "early", "late", "mid", "earlier", "later", "#"}
            | set(SEASONS))
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
