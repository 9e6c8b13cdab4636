"""Use case: the analyst's summary — counts by status, what is due, speakers' track records."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from claimledger.domain import Status, days_early_or_late
from claimledger.services.dto import ClaimRow
from claimledger.store import queries
from claimledger.store.queries import ClaimFilter


@dataclass(frozen=True, slots=True)
class TrackRecord:
    speaker_id: int | None
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


class StatsService:
    def track_records(self, f: ClaimFilter = ClaimFilter()) -> list[TrackRecord]:
        """Per speaker (claims of people count for their organisation too), as of ``f.as_of``."""
        today = self.today()
        S = queries.S
        base = queries.claim_rows_select(f, today=today, with_event=True, dialect=self.dialect).subquery()
        with self._read() as conn:
            rows = conn.execute(
                select(base.c.speaker_id, base.c.speaker, base.c.status, base.c.overdue, base.c.status_observed_on,
                       base.c.deadline_latest)
            ).all()
            affiliation = dict(conn.execute(select(S.c.id, S.c.affiliation_id).where(S.c.affiliation_id.is_not(None))).all())
            names = dict(conn.execute(select(S.c.id, S.c.name)).all())
        groups: dict[int | None, list] = {}
        for r in rows:
            groups.setdefault(r.speaker_id, []).append(r)
            if r.speaker_id in affiliation:
                groups.setdefault(affiliation[r.speaker_id], []).append(r)
        out = []
        for sid, items in groups.items():
            counts = {s: 0 for s in Status}
            days = []
            for r in items:
                st = Status(r.status)
                counts[st] += 1
                d = days_early_or_late(st, r.status_observed_on, r.deadline_latest)
                if d is not None:
                    days.append(d)
            out.append(TrackRecord(
                speaker_id=sid, speaker=names.get(sid, "(reporter)") if sid else "(reporter)", total=len(items),
                fulfilled=counts[Status.FULFILLED], partially_fulfilled=counts[Status.PARTIALLY_FULFILLED],
                not_fulfilled=counts[Status.NOT_FULFILLED],
                unresolved=counts[Status.PENDING] + counts[Status.IN_PROGRESS] + counts[Status.STALLED],
                other=counts[Status.MOOT] + counts[Status.UNVERIFIABLE],
                overdue=sum(1 for r in items if r.overdue),
                median_days_early_or_late=statistics.median(days) if days else None,
            ))
        return sorted(out, key=lambda t: (-t.total, t.speaker.casefold()))

    def due_soon(self, days: int, f: ClaimFilter = ClaimFilter(), *, limit: int = 500) -> list[ClaimRow]:
        """Unresolved claims whose deadline falls in the next ``days`` days after the as-of date."""
        as_of = f.as_of or self.today()
        unresolved = frozenset(s.value for s in Status if not s.resolved)
        window = replace(f, due_after=as_of, due_before=as_of + timedelta(days=days),
                         statuses=f.statuses & unresolved if f.statuses else unresolved)
        return self.claims(window, sort="deadline", limit=limit)
