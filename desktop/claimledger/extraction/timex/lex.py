"""Vocabulary and regular-expression fragments of the temporal grammar (pure data).

Fragments are plain strings meant to be combined into the patterns of ``timex``; they use no
named groups so that they can be repeated inside one pattern.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1, "final": -1,
}

# ---- regex fragments (all used with re.IGNORECASE) ---------------------------------------------
MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
MONTH_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
# an abbreviation needs its period or a following day number (checked by the pattern using it)
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.)"
MONTH_D = rf"(?:{MONTH_FULL}|{MONTH_ABBR}\.?)"  # before a day number
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie|millenni(?:um|a))"
UNIT_S = rf"{UNIT}s?"
ONES_RE = "|".join(sorted(ONES, key=len, reverse=True))
TENS_RE = "|".join(TENS)
NUMWORD = rf"(?:(?:{TENS_RE})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{ONES_RE}|(?:a |one )?hundred|(?:a |one )?dozen|(?:a |one )?thousand)"
NUMBER = rf"(?:\d+(?:\.\d+)?(?: 1/2|-1/2| and a half)?|{NUMWORD}(?: and a half)?)"
VAGUE_QUANT = r"(?:a few|few|several|some|many|a couple of|a couple|couple of|a number of|a fraction of)"
APPROX = (r"(?:about|around|almost|nearly|roughly|approximately|some|more than|less than|fewer than|at least|"
          r"at most|over|under|up to|no more than|no less than|not more than|just over|just under|just|only|"
          r"barely|well over|an additional|another|an extra|a full|a further|the better part of|over the|"
          r"the next|the past|the last|the first|the final|the previous|the coming|the following|the remaining|"
          r"the|past|last|next|first|final|previous|coming|following|further|additional|more|extra|those|these)")
PART_OF_DAY = r"(?:morning|afternoon|evening|night|overnight)"
