"""Years in words: "nineteen ninety-seven", "two thousand and one", "January nineteen
ninety-seven" (broadcast transcripts)."""
from __future__ import annotations

import re

from claimledger.extraction.timex.context import _I
from claimledger.extraction.timex.lex import MONTH_FULL, ONES, SEASONS
from claimledger.extraction.timex.parsers import _month_no, _num
from claimledger.extraction.timex.rules.registry import rule

_SPELLED_YEAR = re.compile(r"^(?:nineteen|twenty)\s+(?:hundred\s+and\s+|hundred\s+)?", _I)


@rule(r"\b(?P<c>nineteen|twenty)[\s-]+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|"
      r"four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
      r"oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))\b"
      r"|\b(?:the\s+year\s+)?(?P<tt>two\s+thousand(?:\s+(?:and\s+)?(?P<tr>one|two|three|four|five|six|seven|eight|nine|ten|"
      r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)\b", prio=4,
      first={"nineteen", "twenty", "the", "two"})
def _spelled_year(m, ctx):
    if m["tt"]:
        if not m.group(0).lower().startswith("the year") and not re.search(r"\b(?:in|by|since|until|of|year)\s+$",
                                                                           ctx.before(m.start(), 10), _I):
            return None
        n = ONES.get((m["tr"] or "").lower(), 0) if m["tr"] and m["tr"].lower() != "twenty" else (20 if m["tr"] else 0)
        return "DATE", f"{2000 + n:04d}"
    c = 19 if m["c"].lower() == "nineteen" else 20
    rest = m["rest"].lower().replace("oh ", "").replace("oh-", "")
    n = _num(rest)
    if n is None or n >= 100:
        return None
    y = f"{c * 100 + int(n):04d}"
    # spoken dates of broadcast transcripts: "January nineteen ninety-seven", "the winter of nineteen ninety-four"
    pre = _SPOKEN_PREFIX.search(ctx.text, max(0, m.start() - 30), m.start())
    if pre:
        if pre["mon"] and pre["mon"][0].isupper():
            return "DATE", f"{y}-{_month_no(pre['mon']):02d}", pre.start(), m.end()
        if pre["sea"]:
            return "DATE", f"{y}-{SEASONS[pre['sea'].lower()]}", pre.start(), m.end()
    return "DATE", y


_SPOKEN_PREFIX = re.compile(rf"(?:\b(?P<mon>{MONTH_FULL})|\b(?:the\s+)?(?P<sea>spring|summer|fall|autumn|winter)\s+of)\s+$", _I)
