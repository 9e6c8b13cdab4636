"""Durations and ago/later: "three years", "a few weeks", "two days ago", "for months"."""
from __future__ import annotations

import re

from claimledger.extraction.timex.context import _FUTURE, _I
from claimledger.extraction.timex.lex import APPROX, NUMBER, UNIT_S, VAGUE_QUANT
from claimledger.extraction.timex.parsers import _UNIT_CODE, _duration_value, _num, _shift, _unit
from claimledger.extraction.timex.rules.registry import _W_NUM, rule

_DUR_NUM = rf"(?P<num>{NUMBER}|a|an|one|{VAGUE_QUANT})"
_DUR_QUAL = r"(?:\s+(?:more|additional|full|straight|consecutive|long|short|trading|business|working|calendar|school|light|fiscal|extra|odd|plus))?"
# the words the approximation before a duration can start with
_W_APPROX = {w.split()[0].lower() for w in re.findall(r"[a-z][a-z ]*", APPROX.replace("\\s+", " "))} | {"the"}


@rule(rf"\b(?:(?P<approx>{APPROX})\s+)?(?P<few>few\s+|several\s+|couple\s+of\s+)?{_DUR_NUM}{_DUR_QUAL}[\s-]+(?P<unit>{UNIT_S})\b(?P<andhalf>\s+and\s+a\s+half\b)?"
      rf"(?:\s+or\s+(?:so|more|less|longer|two|three|so\s+years))?"
      rf"(?P<tail>\s+(?:ago|earlier|later|from\s+now|hence|back|before|after|since|previously|on)\b)?"
      rf"(?P<old>[\s-]+old\b)?", prio=4,
      first=_W_APPROX | _W_NUM)
def _duration(m, ctx):
    unit = _unit(m["unit"])
    if unit not in _UNIT_CODE:
        return None
    raw_num = re.sub(r"\s+", " ", m["num"].lower())
    approx = re.sub(r"\s+", " ", (m["approx"] or "").lower())
    n = _num(raw_num)
    vague = n is None
    if m["few"]:
        n, vague = None, True
    if m["andhalf"] and n is not None:
        n += 0.5  # "a minute and a half"
    if unit == "second" and raw_num in ("a", "one") and not approx and \
            re.match(r"\s+(?!or\b|and\b|later\b|earlier\b|ago\b|after\b|before\b|to\b|in\b|of\b|for\b|when\b)[a-z]",
                     ctx.after(m.end(), 20)):
        return None  # "a second group", "a second betrayal": the ordinal, not a unit of time
    if not vague and n == 0:
        return None
    plural = m["unit"].lower().endswith("s") and unit not in ("millennia",)
    after = ctx.after(m.end(), 30)
    before = ctx.before(m.start(), 30)
    if unit == "quarter" and ((not plural and re.match(r"\s+of\b", after, _I)) or re.search(r"-quarters?$", m.group(0), _I)
                              or re.match(r"\s*(?:%|percent|point|mile|inch|cent)", after, _I)):
        return None  # "three-quarters of", "a quarter of the shares": a fraction
    if not vague and n is not None and n > 1 and not plural and not re.search(r"[\s-]", m.group(0)[-len(m["unit"]) - 1:]):
        return None
    if raw_num in ("a", "an", "one") and not approx:
        # "$5 a year", "twice a week" -> SET
        if re.search(r"(?:times|once|twice|\bper)\s*$|\b(?:flights|trains|seats|meals|visits|sessions|issues)\s*$",
                     before, _I) and raw_num in ("a", "an"):
            return "SET", _duration_value(1, unit)
        if raw_num in ("a", "an") and not m["tail"] and re.search(r"(?:[\d%]|cents?|dollars?|percent|shares|units|tons|barrels|[mb]illion|trillion|thousand)\s*$", before, _I):
            return None  # "$2 million a year": a rate
        if raw_num in ("a", "an") and not m["tail"] and re.search(r"(?:\d|[mb]illion|trillion|thousand)\s+[a-zA-Z]+s\s*$", before):
            return "SET", _duration_value(1, unit)  # "1.4 billion marks a year", "10,000 cars a year": so many each year
        if unit == "day" and raw_num == "one" and not m["tail"] and ctx.tense(m.start(), m.end()) == _FUTURE and \
                not re.search(r"\b(?:for|in|within|after|over|than)\s+$", before, _I):
            return "DATE", "FUTURE_REF"
        if unit in ("night", "weekend") and raw_num in ("a", "an"):
            return None
    if raw_num in ("some",) and not plural:
        return None
    if raw_num == "a" and unit in ("second", "minute", "hour") and re.match(r"\s+(?:or\s+two)", after):
        pass
    tail = (m["tail"] or "").strip().lower()
    if tail:
        tail = re.sub(r"\s+", " ", tail)
        if tail in ("before", "after", "since", "on"):
            tail = ""
            end = m.start("tail")
            return ("DURATION", _duration_value(None if vague else n, unit), m.start(), end)
        if tail in ("earlier", "later") and not (unit in ("year", "yr") and n == 1):
            # "three days later", "a day earlier": anaphoric to an event of the text, not to the
            # creation time; TimeML tags the length ("three days") as a DURATION
            return ("DURATION", _duration_value(None if vague else n, unit), m.start(), m.start("tail"))
        sign = -1 if tail in ("ago", "earlier", "back", "previously") else 1
        if vague:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
        if approx in ("more than", "over", "nearly", "almost", "about") and unit in ("year", "decade") and n >= 2 and sign < 0:
            pass
        base = ctx.dct
        if tail in ("earlier", "later") and ctx.ref_date is not None:
            base = ctx.ref_date
        if unit == "year" and tail in ("earlier", "ago") and n == 1:
            return "DATE", "@Y-1"  # resolved in document order against the period being reported
        if unit in ("second", "sec", "minute", "min", "hour", "hr"):
            return "DATE", base.isoformat()
        value, _ = _shift(base, sign * n, unit)
        return "DATE", value
    if m["old"]:
        return None  # ages ("a 52-year-old", "52 years old") are not tagged in TimeML news
    if raw_num in ("some",) and approx:
        return None
    value = _duration_value(None if vague else n, unit)
    if vague and raw_num in ("many",) and not approx:
        pass
    return "DURATION", value


@rule(r"\b(?:the\s+)?(?:recent|past\s+few|last\s+few|next\s+few|past\s+several|last\s+several|next\s+several|"
      r"coming\s+few|few|several)\s+(?P<u>days|weeks|months|years|quarters|decades|hours|minutes)\b", prio=3,
      first={"the", "recent", "past", "last", "next", "coming", "few", "several"})
def _recent_units(m, ctx):
    u = _unit(m["u"])
    if m.group(0).lower().startswith(("few", "several")):
        return None  # handled by the duration rule
    if u == "year" and m.group(0).lower().startswith(("recent", "the recent")):
        return "DATE", "PAST_REF"  # "in recent years": a vague past period
    return "DURATION", _duration_value(None, u)


@rule(r"\b(?:(?P<approx>for|over|in|within|after|took|take|takes|lasted|last|lasting)\s+)(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b"
      r"|\b(?P<unit2>years|months|weeks|days|decades)\s+(?:of|later|earlier|ago)\b"
      r"|\b(?P<unit3>decades|centuries|years|months|weeks)[\s-]+long\b", prio=7,
      first={"for", "over", "in", "within", "after", "took", "take", "takes", "lasted", "last", "lasting",
             "years", "months", "weeks", "days", "decades", "centuries", "hours", "minutes"})
def _bare_units(m, ctx):
    u = m["unit"] or m["unit2"] or m["unit3"]
    start = m.start("unit") if m["unit"] else m.start()
    unit = _unit(u)
    tail = m.group(0)[len(u):].strip().lower() if m["unit2"] else ""
    end = m.start("unit") + len(u) if m["unit"] else m.start() + len(u) if m["unit2"] else m.end()
    if m["unit"] and m["approx"].lower() == "in" and not re.search(r"\b(?:first|last|time)\s+in\s*$", ctx.before(start, 20), _I):
        if not re.search(r"\bfor\s+the\s+first\s+time\s+in\s*$", ctx.before(start, 30), _I):
            pass
    if tail in ("later", "earlier", "ago"):
        return "DATE", "PAST_REF" if tail != "later" else "FUTURE_REF", start, m.end()
    return "DURATION", _duration_value(None, unit), start, end
