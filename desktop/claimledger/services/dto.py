"""Read-only views handed to the UI and CLI (never ORM objects, never sessions)."""
from __future__ import annotations

import operator
from dataclasses import dataclass, field
from datetime import date, datetime

from claimledger.domain import Status, days_early_or_late


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    title: str
    outlet: str | None
    url: str | None
    published_on: date
    origin: str
    claim_count: int


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: int
    title: str
    outlet: str | None
    url: str | None
    published_on: date
    origin: str
    text: str
    imported_at: datetime
    author: str | None = None  # a web page's byline


@dataclass(frozen=True, slots=True)
class ImportResult:
    origin: str
    article_id: int
    title: str
    published_on: date
    created: bool  # False: the same text was already in the ledger
    claims: int
    sources: int = 0  # claims it repeats, stored as further sources of claims already there (issue 17)


@dataclass(frozen=True, slots=True)
class ImportFailure:
    origin: str
    message: str


PREPARING_MODEL = "Preparing the language model\u2026"  # import progress: the extraction's model is loading
FETCHING = "Fetching "  # progress message before a link is fetched: FETCHING + the link


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of the claims table, as of the filter's date."""

    id: int
    article_id: int
    article_title: str
    published_on: date
    speaker: str | None
    speaker_affiliation: str | None
    kind: str
    quote: str
    start: int
    end: int
    summary: str
    review: str
    deadline_expression: str | None
    deadline_earliest: date | None
    deadline_latest: date | None
    deadline_granularity: str | None
    status: str
    overdue: bool
    tags: str
    version: int

    @classmethod
    def from_row(cls, r) -> "ClaimRow":
        return cls.from_rows((r,))[0]

    @classmethod
    def from_rows(cls, rows) -> list["ClaimRow"]:
        """Rows of one query (the same columns), by position: a Row's attribute look-up by name
        costs ~0.7 µs, 21 of them a row (a page of 100 rows took 1.7 ms, by position 0.3 ms);
        the positions are found once per set of columns (and a Row's _fields is built anew at
        each call: read once per page)."""
        if not rows:
            return []
        fields = rows[0]._fields
        take = _CLAIM_ROW_TAKE.get(fields)
        if take is None:
            take = _CLAIM_ROW_TAKE[fields] = operator.itemgetter(*(fields.index(name) for name in cls.__slots__))
        out = []
        for r in rows:
            values = list(take(r))
            values[_OVERDUE_AT] = bool(values[_OVERDUE_AT])
            out.append(cls(*values))
        return out


_CLAIM_ROW_TAKE: dict[tuple[str, ...], operator.itemgetter] = {}  # a query's columns -> ClaimRow's fields, in order
_OVERDUE_AT = ClaimRow.__slots__.index("overdue")


@dataclass(frozen=True, slots=True)
class OutcomeView:
    id: int
    status: str
    observed_on: date
    recorded_at: datetime
    author: str
    note: str
    evidence_url: str | None
    evidence_quote: str | None
    more_evidence: tuple[tuple[str, str | None], ...] = ()  # further (url, quoted passage) pairs

    @property
    def all_evidence(self) -> tuple[tuple[str | None, str | None], ...]:
        """Every (url, quoted passage) of the event, its own first."""
        first = ((self.evidence_url, self.evidence_quote),) if self.evidence_url or self.evidence_quote else ()
        return first + self.more_evidence


@dataclass(frozen=True, slots=True)
class ClaimDetail:
    row: ClaimRow
    modality: str | None
    condition: str | None
    negated: bool
    confidence: float
    deadline_anchor: date | None
    outlet: str | None
    url: str | None
    history: tuple[OutcomeView, ...] = field(default=())
    sources: tuple = field(default=())  # services.sources.SourceView: the articles reporting it, when several

    @property
    def status_observed_on(self) -> date | None:
        return self.history[-1].observed_on if self.history else None

    @property
    def days_early_or_late(self) -> int | None:
        return days_early_or_late(Status(self.row.status), self.status_observed_on, self.row.deadline_latest)


@dataclass(frozen=True, slots=True)
class Counts:
    total: int
    by_status: dict[str, int]
    overdue: int
