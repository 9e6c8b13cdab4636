"""Periods of the date last mentioned: "that year", "later that day", "that same quarter"."""
from __future__ import annotations

import re
from datetime import date

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _I
from claimledger.extraction.timex.parsers import _POD
from claimledger.extraction.timex.rules.registry import rule


@rule(r"\b(?:(?P<el>earlier|later)\s+)?that\s+(?:same\s+)?(?P<u>day|week|month|year|quarter|morning|afternoon|evening|"
      r"night)\b(?![-\w])", prio=4,
      first={"that", "earlier", "later"})
def _that_unit(m, ctx):
    """"that year", "later that day", "that same quarter": the period of the date last mentioned."""
    u = m["u"].lower()
    if re.match(r"\s+(?:of|when|after|before)\b", ctx.after(m.end(), 10), _I) and u not in ("day", "year"):
        return None
    return ("TIME" if u in ("morning", "afternoon", "evening", "night") else "DATE"), "@THAT:" + u


def _that_value(unit: str, ref: str) -> str:
    y = ref[:4]
    mo = ref[5:7] if re.match(r"\d{4}-\d\d", ref) else None
    full = re.match(r"\d{4}-\d\d-\d\d", ref)
    if unit == "year":
        return y
    if unit == "quarter":
        if re.match(r"\d{4}-Q[1-4]", ref):
            return ref[:7]
        return f"{y}-Q{(int(mo) - 1) // 3 + 1}" if mo else f"{y}-QX"
    if unit == "month":
        return f"{y}-{mo}" if mo else f"{y}-XX"
    if unit == "week":
        return cal.iso_week(date.fromisoformat(full.group())) if full else f"{y}-WXX"
    day = full.group() if full else (f"{y}-{mo}-XX" if mo else f"{y}-XX-XX")
    if unit == "day":
        return day
    return f"{day}T{_POD[unit]}"
