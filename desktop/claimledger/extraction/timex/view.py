"""The deadline view of a timex: its inclusive earliest/latest window and granularity, and the
window of a deadline phrased with a signal before the timex ("by X", "before X", "within X")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.domain import Granularity
from claimledger.extraction.model import Timex, TimexType
from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _I, _PAST

_FUTURE_SPAN = {"D": ("day", 14), "W": ("week", 42), "M": ("month", 183), "Y": ("year", 730), "Q": ("quarter", 365)}
_PART = re.compile(r"(?:the\s+)?(?:very\s+)?(?:(?P<early>early|beginning\s+of|start\s+of|start(?=-))|(?P<mid>mid|middle\s+of)|"
                   r"(?P<late>late|end\s+of|close\s+of|end(?=-))|(?P<earlier>earlier)|(?P<later>later))\b", _I)


def _narrow(span: str, lo: date, hi: date, anchor: date) -> tuple[date, date]:
    """The deadline view of "early 2022", "mid-August", "the end of the year" is that part of the
    period, and "later this month" / "earlier this year" the part after / before the anchor. The
    TIMEX3 value stays the whole period (TimeML puts the part in a mod attribute)."""
    m = _PART.match(span)
    if not m:
        return lo, hi
    if m["later"]:
        return (max(lo, anchor), hi) if anchor <= hi else (lo, hi)
    if m["earlier"]:
        return (lo, min(hi, anchor)) if anchor >= lo else (lo, hi)
    return cal.part_of(lo, hi, "early" if m["early"] else "mid" if m["mid"] else "late")


def _view(typ: str, value: str, text: str, dct: date, direction: str | None) -> tuple[date | None, date | None, Granularity | None]:
    if typ in ("DATE", "TIME"):
        if value.startswith("FUTURE_REF"):
            code = value.partition(":")[2]
            if code:
                _, days = _FUTURE_SPAN[code]
                return dct, dct + timedelta(days=days), Granularity.VAGUE
            low = text.lower()
            if "soon" in low or "shortly" in low or "near" in low or "short" in low:
                return dct, dct + timedelta(days=183), Granularity.VAGUE
            return dct, None, Granularity.VAGUE
        if value == "PRESENT_REF":
            return dct, dct, Granularity.DAY
        if value == "PAST_REF":
            return None, dct, Granularity.VAGUE
        b = cal.bounds(value)
        if b is None:
            return None, None, None
        lo, hi, g = b
        return lo, hi, Granularity(g)
    if typ == "DURATION":
        if "X" in value:
            if direction == _PAST:
                return None, dct, Granularity.VAGUE
            return dct, None, Granularity.VAGUE
        if direction == _PAST:
            r = cal.duration_end(value, dct, -1)
            if r is None:
                return None, None, None
            return r[0], dct, Granularity(r[1])
        r = cal.duration_end(value, dct, 1)
        if r is None:
            return None, None, None
        return dct, r[0], Granularity(r[1])
    return None, None, None


_SIGNAL_RE = re.compile(
    r"\b(as\s+soon\s+as|as\s+early\s+as|no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|by\s+the\s+end\s+of|"
    r"by|before|after|until|till|up\s+to|through|within|in|since|from|starting|beginning|on|during|ahead\s+of|prior\s+to|"
    r"around|about|at)\s+(?:the\s+)?$",
    _I,
)


def signal_before(source: str, timex: Timex) -> str | None:
    """The temporal preposition right before a timex ("by", "within", "as soon as" ...), lower case."""
    m = _SIGNAL_RE.search(source[max(0, timex.start - 30):timex.start])
    return re.sub(r"\s+", " ", m.group(1).lower()) if m else None


def deadline_window(source: str, timex: Timex) -> tuple[date | None, date | None, Granularity | None]:
    """(earliest, latest, granularity) of a deadline phrased with the signal before the timex.

    "by X" / "no later than X" -> (anchor, end of X); "before X" -> (anchor, day before X);
    "as soon as X" / "after X" / "starting X" -> (start of X, None) for after, (start, end) for
    "as soon as"; "within"/"in" + duration -> the duration's window; otherwise the timex's own.
    """
    sig = signal_before(source, timex)
    lo, hi, g = timex.earliest, timex.latest, timex.granularity
    anchor = timex.anchor
    if timex.type in (TimexType.DATE, TimexType.TIME) and lo is not None:
        if sig in ("by", "no later than", "not later than", "until", "till", "up to", "through", "by the end of"):
            return (anchor if anchor and anchor <= hi else lo), hi, g
        if sig in ("before", "prior to", "ahead of"):
            return (anchor if anchor and anchor < lo else None), lo - timedelta(days=1), g
        if sig in ("after", "since", "starting", "beginning", "from", "no earlier than"):
            return (hi + timedelta(days=1) if sig == "after" else lo), None, g
    return lo, hi, g
