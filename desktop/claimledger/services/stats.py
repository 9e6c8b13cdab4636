"""Use case: the analyst's summary — counts by status, what is due, speakers' track records."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from claimledger.domain import Status, days_early_or_late
from claimledger.services.dto import ClaimRow
from claimledger.store import search, speakers
from claimledger.store.search import ClaimFilter

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork
    from claimledger.services.reading import Reader


@dataclass(frozen=True, slots=True)
class TrackRecord:
    speaker_id: int
    speaker: str
    total: int
    fulfilled: int
    partially_fulfilled: int
    not_fulfilled: int
    unresolved: int  # pending, in progress, stalled
    other: int  # moot, unverifiable
    overdue: int
    median_days_early_or_late: float | None

    @property
    def fulfilment_rate(self) -> float | None:
        judged = self.fulfilled + self.partially_fulfilled + self.not_fulfilled
        return (self.fulfilled + 0.5 * self.partially_fulfilled) / judged if judged else None


class Stats:
    """The analyst's summary: speakers' track records, what is due soon."""

    def __init__(self, uow: UnitOfWork, *, reader: Reader):
        self.uow = uow
        self.reader = reader

    def track_records(self, f: ClaimFilter = ClaimFilter(), *, group_by_organisation: bool = False) -> list[TrackRecord]:
        """Per speaker, as of ``f.as_of``; claims the reporter states (no speaker) are nobody's
        record. ``group_by_organisation``: a person affiliated with an organisation counts under
        it (Taliban = the Taliban's own claims + its spokesman's) and is not listed apart.
        Counting is grouped in SQL; only fulfilled claims come to Python, for the median."""
        today = self.uow.today()
        fulfilments = frozenset({Status.FULFILLED.value, Status.PARTIALLY_FULFILLED.value})
        timed = replace(f, statuses=f.statuses & fulfilments if f.statuses else fulfilments)
        with self.uow.read() as conn:
            grouped = [g for g in search.status_counts_by_speaker(conn, f=f, today=today) if g[0] is not None]
            timing = search.fulfilment_timing(conn, f=timed, today=today)
            ids = {sid for sid, *_ in grouped}
            affiliation = {}
            if group_by_organisation:
                affiliation = speakers.affiliations_of(conn, speaker_ids=ids)
                ids |= set(affiliation.values())
            names = speakers.speaker_names(conn, speaker_ids=ids)

        def owner(sid: int) -> int:  # the speaker, or the organisation they speak for
            return affiliation.get(sid, sid)

        counts: dict[int, dict[str, int]] = {}
        overdue: dict[int, int] = {}
        for sid, status, n, late in grouped:
            per = counts.setdefault(owner(sid), {})
            per[status] = per.get(status, 0) + n
            overdue[owner(sid)] = overdue.get(owner(sid), 0) + late
        days: dict[int, list[int]] = {}
        for r in timing:
            d = days_early_or_late(Status(r.status), r.status_observed_on, r.deadline_latest)
            if d is not None:
                days.setdefault(owner(r.speaker_id), []).append(d)
        out = []
        for sid, per in counts.items():
            n = lambda *statuses: sum(per.get(s.value, 0) for s in statuses)  # noqa: E731
            out.append(TrackRecord(
                speaker_id=sid, speaker=names.get(sid, f"speaker {sid}"), total=sum(per.values()),
                fulfilled=n(Status.FULFILLED), partially_fulfilled=n(Status.PARTIALLY_FULFILLED),
                not_fulfilled=n(Status.NOT_FULFILLED), unresolved=n(Status.PENDING, Status.IN_PROGRESS, Status.STALLED),
                other=n(Status.MOOT, Status.UNVERIFIABLE), overdue=overdue.get(sid, 0),
                median_days_early_or_late=statistics.median(days[sid]) if days.get(sid) else None,
            ))
        return sorted(out, key=lambda t: (-t.total, t.speaker.casefold()))

    def due_soon(self, days: int, f: ClaimFilter = ClaimFilter(), *, limit: int = 500) -> list[ClaimRow]:
        """Unresolved claims whose deadline falls in the next ``days`` days after the as-of date."""
        as_of = f.as_of or self.uow.today()
        unresolved = frozenset(s.value for s in Status if not s.resolved)
        window = replace(f, due_after=as_of, due_before=as_of + timedelta(days=days),
                         statuses=f.statuses & unresolved if f.statuses else unresolved)
        return self.reader.claims(window, sort="deadline", limit=limit)
