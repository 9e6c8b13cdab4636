"""Vocabulary shared by every layer: claim kinds, statuses, deadlines.

Pure Python, no I/O. Enum values are the strings stored in the database and written in
exports, so they are part of the contracts in DESIGN.md: never rename one.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date


class StrEnum(str, enum.Enum):
    def __str__(self) -> str:  # "plan", not "ClaimKind.plan"
        return self.value

    @classmethod
    def parse(cls, value: str):
        """The member named by ``value`` (case and separators forgiven), else ValueError."""
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(m.value for m in cls)
            raise ValueError(f"unknown {cls.__name__.lower()} {value!r} (choose from {choices})") from None


class ClaimKind(StrEnum):
    PREDICTION = "prediction"
    PLAN = "plan"
    PROMISE = "promise"
    CONDITIONAL = "conditional"
    POSITION = "position"
    FACT = "fact"


class Status(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    STALLED = "stalled"
    FULFILLED = "fulfilled"
    PARTIALLY_FULFILLED = "partially_fulfilled"
    NOT_FULFILLED = "not_fulfilled"
    MOOT = "moot"
    UNVERIFIABLE = "unverifiable"

    @property
    def resolved(self) -> bool:
        """A resolved claim can no longer become overdue."""
        return self not in (Status.PENDING, Status.IN_PROGRESS, Status.STALLED)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Review(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    VAGUE = "vague"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    GROUP = "group"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Deadline:
    """When a claim should come true: an expression and the window it denotes.

    ``earliest``/``latest`` are inclusive; either may be open (None). ``anchor`` is the date the
    expression was resolved against (publication date, or the date the statement was made).
    """

    expression: str
    anchor: date | None = None
    earliest: date | None = None
    latest: date | None = None
    granularity: Granularity | None = None

    def __post_init__(self) -> None:
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(f"deadline {self.expression!r}: earliest {self.earliest} is after latest {self.latest}")


def is_overdue(status: Status, latest: date | None, as_of: date) -> bool:
    """Derived, never stored: unresolved and the deadline's last day has passed."""
    return latest is not None and not status.resolved and latest < as_of


def days_early_or_late(status: Status, observed_on: date | None, latest: date | None) -> int | None:
    """Timeliness of a fulfilment against the deadline's last day (negative = early)."""
    if status not in (Status.FULFILLED, Status.PARTIALLY_FULFILLED) or observed_on is None or latest is None:
        return None
    return (observed_on - latest).days


@dataclass(frozen=True)
class ClaimFilter:
    """What the analyst asked to see. Empty fields do not filter."""

    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    reviews: frozenset[str] = field(default_factory=frozenset)
    speaker_id: int | None = None
    article_id: int | None = None
    tag: str = ""
    due_after: date | None = None
    due_before: date | None = None
    overdue_only: bool = False
    as_of: date | None = None  # None: today, from the cached current status; a date also hides
    #                            the articles published after it, and their claims
    include_rejected: bool = False  # rejected claims are left out unless asked for (here or in reviews)

    @property
    def rejected_hidden(self) -> bool:
        return not self.include_rejected and Review.REJECTED.value not in self.reviews


# -- dates the user types -----------------------------------------------------------------------
class InvalidDate(ValueError):
    """A date given by the user (a command-line option, a dialog, a file's header) that is not
    one; the message names it in one line."""


ISO_DATE = re.compile(r"\A(\d{4})-(\d{1,2})-(\d{1,2})\Z")


def parse_date(value: str, *, what: str = "date", spelled: bool = False) -> date:
    """An ISO calendar date (YYYY-MM-DD), or InvalidDate naming what is wrong with it. With
    ``spelled``, also a date whose month is written out ("March 15, 2022", "Tue, 15 Mar 2022")."""
    m = ISO_DATE.match(value.strip())
    if not m and spelled and re.search(r"[A-Za-z]{3}", value):
        return _spelled_date(value, what)
    if not m:
        raise InvalidDate(f"{what} {value!r} is not a date in the form YYYY-MM-DD"
                          + (" or with the month in words" if spelled else ""))
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise InvalidDate(f"{what} {value!r} is impossible ({exc})") from None


def _spelled_date(value: str, what: str) -> date:
    import dateparser  # only here: 0.15 s to import, and most files carry ISO dates

    try:
        parsed = dateparser.parse(value[:200], languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError, TypeError, AttributeError, KeyError, IndexError):
        parsed = None  # dateparser's own failures on odd strings: still "not a date"
    if parsed is None:
        raise InvalidDate(f"{what} {value!r} is not a date (write it as YYYY-MM-DD)")
    return parsed.date()
