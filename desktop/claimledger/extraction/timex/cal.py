"""Calendar arithmetic and TIMEX3 value helpers for the temporal tagger (pure, no I/O).

Values follow TIMEX3/ISO 8601: ``2021``, ``2021-08``, ``2021-08-06``, ``2021-W26``, ``2021-Q3``,
``2021-H1``, ``2021-SU``, ``202`` (decade), ``20`` (century), ``P1M``, ``PT3H``.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    if y < 1 or y > 9999:
        return d
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d: date, n: int) -> date:
    return add_months(d, 12 * n)


def month_last(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def season_of(d: date) -> str:
    m = d.month
    if m in (3, 4, 5):
        return "SP"
    if m in (6, 7, 8):
        return "SU"
    if m in (9, 10, 11):
        return "FA"
    return "WI"


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) weekday (0=Monday) of a month."""
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(weekday - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = month_last(y, month)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


_VAL_RE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{1,2})(?:-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)


def bounds(value: str) -> tuple[date, date, str] | None:
    """Inclusive (earliest, latest, granularity name) of a DATE/TIME value, or None if not calendar."""
    if re.fullmatch(r"\d{3}", value):  # decade
        y = int(value) * 10
        if y < 1:
            return None
        return date(y, 1, 1), date(y + 9, 12, 31), "year"
    if re.fullmatch(r"\d{2}", value):  # century
        y = int(value) * 100
        if y < 1:
            return None
        return date(y, 1, 1), date(min(y + 99, 9999), 12, 31), "year"
    m = _VAL_RE.match(value)
    if not m:
        return None
    try:
        y = int(m["y"])
        if y < 1:
            return None
        if m["d"]:
            d = date(y, int(m["m"]), int(m["d"]))
            return d, d, "day"
        if m["m"]:
            mo = int(m["m"])
            return date(y, mo, 1), month_last(y, mo), "month"
        if m["w"]:
            wk = int(m["w"])
            start = date.fromisocalendar(y, wk, 1)
            if value.endswith("-WE"):
                return start + timedelta(days=5), start + timedelta(days=6), "week"
            return start, start + timedelta(days=6), "week"
        if m["q"]:
            q = int(m["q"])
            return date(y, 3 * q - 2, 1), month_last(y, 3 * q), "quarter"
        if m["h"]:
            h = int(m["h"])
            return date(y, 6 * h - 5, 1), month_last(y, 6 * h), "quarter"
        if m["s"]:
            a, b = SEASON_MONTHS[m["s"]]
            if m["s"] == "WI":
                return date(y, 12, 1), month_last(y + 1, 2) if y < 9999 else date(y, 12, 31), "quarter"
            return date(y, a, 1), month_last(y, b), "quarter"
        return date(y, 1, 1), date(y, 12, 31), "year"
    except (ValueError, OverflowError):
        return None


_DUR_RE = re.compile(r"^P(?:(\d+(?:\.\d+)?)([YMWDQEL]))?(?:(\d+)M)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def duration_end(value: str, start: date, sign: int = 1) -> tuple[date, str] | None:
    """The date ``value`` (e.g. P1M, P20Y, PT3H) after (sign=1) or before (sign=-1) ``start``."""
    m = _DUR_RE.match(value)
    if not m or value == "P":
        return None
    n, unit, extra_m, hh, mm, ss = m.groups()
    try:
        if n is not None:
            k = float(n)
            if unit in "YELM" or unit == "Q":
                months = {"Y": 12, "E": 120, "L": 12000, "M": 1, "Q": 3}[unit] * k
                months = int(round(months)) + (int(extra_m) if extra_m else 0)
                end = add_months(start, sign * months)
                gran = {"Y": "year", "E": "year", "L": "year", "M": "month", "Q": "quarter"}[unit]
            elif unit == "W":
                end = start + sign * timedelta(days=int(round(7 * k)))
                gran = "week"
            else:  # D
                end = start + sign * timedelta(days=int(round(k)))
                gran = "day"
            return end, gran
        hours = int(hh or 0) + int(mm or 0) / 60 + int(ss or 0) / 3600
        return start + sign * timedelta(days=int(hours // 24)), "day"
    except (ValueError, OverflowError):
        return None



def part_of(lo: date, hi: date, part: str) -> tuple[date, date]:
    """The early / mid / late part of the inclusive period lo..hi: thirds of a year, quarter or
    season in whole months ("early 2022" -> January to April; but mid-year is June-July), days 1-10 / 11-20 / 21-end of a
    month, Monday-Wednesday / Wednesday-Friday / Friday-Sunday of a week, years 0-3 / 4-6 / 7-9 of
    a decade ("the mid-1990s" -> 1994 to 1996); any other period in thirds of its days."""
    if part not in ("early", "mid", "late"):
        raise ValueError(part)
    k = ("early", "mid", "late").index(part)
    n = (hi - lo).days + 1
    whole_months = lo.day == 1 and hi == month_last(hi.year, hi.month)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if whole_months and months >= 120 and months % 12 == 0:
        years = months // 12
        cuts = (0, 4, 7, 10) if years == 10 else (0, years // 3, years - years // 3, years)
        return date(lo.year + cuts[k], 1, 1), date(lo.year + cuts[k + 1] - 1, 12, 31)
    if whole_months and months == 12 and part == "mid":
        return date(lo.year, 6, 1), date(lo.year, 7, 31)  # "mid-2026": June and July
    if whole_months and months >= 3 and months % 3 == 0:
        a = months // 3
        y0, m0 = divmod(lo.month - 1 + a * k, 12)
        y1, m1 = divmod(lo.month - 1 + a * (k + 1) - 1, 12)
        return date(lo.year + y0, m0 + 1, 1), month_last(lo.year + y1, m1 + 1)
    if whole_months and months == 1:
        first, last = ((0, 9), (10, 19), (20, n - 1))[k]
    elif n == 7:
        first, last = ((0, 2), (2, 4), (4, 6))[k]
    elif n >= 3:
        a = n // 3
        first, last = ((0, a - 1), (a, n - a - 1), (n - a, n - 1))[k]
    else:
        return lo, hi
    return lo + timedelta(days=first), lo + timedelta(days=last)
