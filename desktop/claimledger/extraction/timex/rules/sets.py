"""Sets of times: "every day", "each Monday", "every other week"."""
from __future__ import annotations

from claimledger.extraction.timex.lex import MONTH, NUMBER, SEASONS, UNIT_S, WEEKDAY
from claimledger.extraction.timex.parsers import _UNIT_CODE, _duration_value, _month_no, _num, _unit, _weekday_no
from claimledger.extraction.timex.rules.registry import rule


@rule(rf"\b(?P<ev>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT_S}|(?P<wd>{WEEKDAY})|"
      rf"(?P<mon>{MONTH})|(?P<sea>spring|summer|fall|autumn|winter)|(?P<pod>morning|afternoon|evening|night))\b", prio=3,
      first={"every", "each", "per"})
def _set_every(m, ctx):
    if m["wd"]:
        return "SET", f"XXXX-WXX-{_weekday_no(m['wd']) + 1}"
    if m["mon"]:
        return "SET", f"XXXX-{_month_no(m['mon']):02d}"
    if m["sea"]:
        return "SET", f"XXXX-{SEASONS[m['sea'].lower()]}"
    if m["pod"]:
        return "SET", "P1D"
    unit = _unit(m["unit"])
    if unit not in _UNIT_CODE:
        return None
    n = _num(m["num"]) if m["num"] else 1
    if m["other"] and m["other"].lower() == "other":
        n = 2
    if n is None:
        return None
    return "SET", _duration_value(n, unit)
