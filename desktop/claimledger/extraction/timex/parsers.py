"""Small parsers of the temporal grammar: number phrases, units and duration values, month and
weekday names, and the year or date an underspecified month or weekday resolves to."""
from __future__ import annotations

import re
from datetime import date, timedelta

from claimledger.extraction.timex import cal
from claimledger.extraction.timex.context import _AFTER, _FORWARD, _FUTURE, _I, _PAST
from claimledger.extraction.timex.lex import MONTHS, ONES, TENS, WEEKDAYS

_FRACTION = re.compile(r"\s*(?:1/2|-1/2|and a half)$", _I)


def _num(s: str) -> float | None:
    """Parse a number phrase (digits, words, 'a', 'a couple of'); None when vague (several, few)."""
    s = s.lower().strip().replace(",", "")
    half = 0.0
    if _FRACTION.search(s):
        s = _FRACTION.sub("", s).strip()
        half = 0.5
    if s in ("a", "an", "one", "a full", "another", "an additional", "an extra", "a further"):
        return 1 + half
    if s in ("a couple of", "a couple", "couple of", "couple"):
        return 2
    try:
        return float(s) + half
    except ValueError:
        pass
    s = re.sub(r"^(?:a|one) ", "", s)
    if s == "hundred":
        return 100 + half
    if s == "dozen":
        return 12 + half
    if s == "thousand":
        return 1000 + half
    if s in ONES:
        return ONES[s] + half
    parts = re.split(r"[- ]", s)
    if parts and parts[0] in TENS:
        v = TENS[parts[0]]
        if len(parts) > 1 and parts[1] in ONES:
            v += ONES[parts[1]]
        return v + half
    return None


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"


_UNIT_CODE = {
    "second": ("S", True), "sec": ("S", True), "minute": ("M", True), "min": ("M", True),
    "hour": ("H", True), "hr": ("H", True), "day": ("D", False), "night": ("D", False),
    "week": ("W", False), "weekend": ("D", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "yr": ("Y", False), "decade": ("E", False),
    "century": ("C", False), "centurie": ("C", False), "millennium": ("L", False), "millennia": ("L", False),
}


def _unit(s: str) -> str:
    s = s.lower()
    if s in _UNIT_CODE:
        return s
    if s.endswith("s") and s[:-1] in _UNIT_CODE:
        return s[:-1]
    if s == "centuries":
        return "century"
    return s


def _duration_value(n: float | None, unit: str) -> str:
    code, is_time = _UNIT_CODE[unit]
    if n is None:
        return ("PTX" if is_time else "PX") + code
    if unit == "weekend":
        n, code = n * 2, "D"
    if unit == "fortnight":
        n *= 2
    if unit == "decade":
        n, code = n * 10, "Y"
    if unit in ("century", "centurie"):
        n, code = n * 100, "Y"
    if unit in ("millennium", "millennia"):
        n, code = n * 1000, "Y"
    if n != int(n):  # fractions: 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M
        whole = int(n)
        frac = n - whole
        sub = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60), "Q": ("M", 3)}
        if is_time:
            sub = {"H": ("M", 60), "M": ("S", 60)}
        if code in sub:
            c2, k = sub[code]
            part2 = f"{int(round(frac * k))}{c2}"
            if is_time:
                return f"PT{whole}{code}{part2}" if whole else f"PT{part2}"
            if code == "D":
                return f"P{whole}DT{part2}" if whole else f"PT{part2}"
            return f"P{whole}{code}{part2}" if whole else f"P{part2}"
    return ("PT" if is_time else "P") + _fmt_num(n) + code


def _shift(d: date, n: float, unit: str) -> tuple[str, date]:
    """d shifted by n units (n may be negative); returns (value at the unit's granularity, date)."""
    code = _UNIT_CODE.get(unit, ("D", False))[0]
    k = int(round(n))
    if unit in ("year", "yr"):
        t = cal.add_years(d, k)
        return f"{t.year:04d}", t
    if unit == "decade":
        t = cal.add_years(d, 10 * k)
        return f"{t.year:04d}", t
    if unit in ("century", "centurie"):
        t = cal.add_years(d, 100 * k)
        return f"{t.year // 100:02d}", t
    if unit == "month":
        t = cal.add_months(d, k)
        return f"{t.year:04d}-{t.month:02d}", t
    if unit == "quarter":
        t = cal.add_months(d, 3 * k)
        return f"{t.year:04d}-Q{cal.quarter_of(t)}", t
    if unit in ("week", "fortnight", "weekend"):
        t = d + timedelta(weeks=k * (2 if unit == "fortnight" else 1))
        return cal.iso_week(t), t
    if code in ("H", "M", "S") and _UNIT_CODE[unit][1]:
        t = d
        return t.isoformat(), t
    t = d + timedelta(days=k)
    return t.isoformat(), t


def _cap(m: re.Match, group: str) -> bool:
    """The named group starts with an upper-case letter (month/weekday names must)."""
    g = m.group(group)
    return bool(g) and g[0].isupper()


def _month_no(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _weekday_no(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _resolve_month(mo: int, day: int | None, dct: date, tense: str | None) -> int:
    """Year of an underspecified month (and day): the nearest occurrence when it is close to the
    creation date (a month or two), otherwise the direction given by the tense of the clause."""
    y = dct.year
    if tense == _AFTER:  # this month, or the first occurrence of that month ahead
        return y if mo >= dct.month else y + 1
    best = None
    for cy in (y - 1, y, y + 1):
        try:
            c = date(cy, mo, min(day or 15, 28 if mo == 2 else 30 if mo in (4, 6, 9, 11) else 31))
        except ValueError:
            continue
        dist = abs((c - dct).days)
        if best is None or dist < best[0]:
            best = (dist, cy)
    if best is not None and best[0] <= (75 if day else 62):
        last = day or (29 if mo == 2 else 30 if mo in (4, 6, 9, 11) else 31)
        if not (tense == _FUTURE and date(best[1], mo, min(last, 28)) < dct and (best[1], mo) < (dct.year, dct.month)):
            return best[1]  # (but "will run until May", written in July, is next May)
    if tense == _FORWARD:
        tense = _FUTURE
    here = (dct.month, dct.day)
    there = (mo, day if day else (1 if tense == _FUTURE else 31))
    if tense == _FUTURE and there < here and (dct.month - mo) % 12 <= 10:
        return y + 1 if mo != dct.month or day else y
    if tense == _PAST and there > here:
        return y - 1 if mo != dct.month or day else y
    if tense is None:
        # nearest occurrence
        diff = mo - dct.month
        if diff > 6:
            return y - 1
    return y


def _resolve_weekday(wd: int, dct: date, tense: str | None, rel: str | None = None) -> date:
    delta = wd - dct.weekday()
    rel = (rel or "").lower()
    if rel in ("next", "coming", "this coming"):
        return dct + timedelta(days=delta % 7 or 7)
    if rel in ("last", "past", "this past", "previous"):
        return dct - timedelta(days=(-delta) % 7 or 7)
    if delta == 0:
        return dct
    if rel == "this":
        return dct + timedelta(days=delta)
    if tense in (_FUTURE, _AFTER, _FORWARD):
        return dct + timedelta(days=delta % 7)
    return dct - timedelta(days=(-delta) % 7)


_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
        "tonight": "NI", "midday": "MI", "noon": "MI"}
