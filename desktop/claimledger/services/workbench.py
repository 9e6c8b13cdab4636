"""Use cases of the analyst's workbench (the desktop window): claims added by hand from a text
selection, outcomes retracted by a compensating event, the timeline's bounded data, and the row a
claim has in a filtered, sorted list. The ledger's ``workbench`` part; no Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from claimledger.domain import ClaimKind, Granularity, Review, Status
from claimledger.services.dto import ClaimRow
from claimledger.services.errors import InputError, NotFoundError
from claimledger.services.outcomes import RecordedOutcome, as_date, normalise_tags
from claimledger.store import articles, claims, events as event_store, search, speakers
from claimledger.store.tables import utcnow
from claimledger.store.search import ClaimFilter

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

TIMELINE_LIMIT = 500


@dataclass(frozen=True, slots=True)
class TimelineData:
    """Claims with a deadline (first ``limit`` by deadline) and their outcome events up to as-of."""

    rows: list[ClaimRow]
    events: dict[int, list[tuple[int, date, str]]]  # claim id -> [(event id, observed_on, status)]
    total: int  # claims with a deadline under the filter (may exceed len(rows))


def retract_event(conn, event_id: int, *, author: str, note: str = "") -> RecordedOutcome:
    """Inside the caller's write transaction: ``Workbench.retract_outcome`` (also used to undo
    accepting a suggestion)."""
    ev = event_store.event_by_id(conn, event_id=event_id)
    if ev is None:
        raise NotFoundError(f"no outcome event with id {event_id}")
    events = event_store.events_of(conn, claim_id=ev.claim_id)
    if events[-1].id != event_id:
        raise InputError(f"event {event_id} is no longer the latest outcome of claim {ev.claim_id} "
                         f"(event {events[-1].id} came after it); record a new outcome instead")
    before = events[-2] if len(events) > 1 else None
    text = f"undo of event {event_id}" + (f" (restores event {before.id})" if before else "")
    new_id = event_store.insert_event(
        conn, claim_id=ev.claim_id, status=before.status if before else Status.PENDING.value,
        observed_on=ev.observed_on, recorded_at=utcnow(), author=author,
        note=text + (f": {note}" if note else ""),
        evidence_url=before.evidence_url if before else None,
        evidence_quote=before.evidence_quote if before else None,
    )
    claims.refresh_status_cache(conn, claim_ids=[ev.claim_id])
    claims.touch_claim(conn, claim_id=ev.claim_id, updated_at=utcnow())
    status = before.status if before else Status.PENDING.value
    return RecordedOutcome(new_id, ev.claim_id, status, ev.observed_on)


class Workbench:
    """The workbench: claims added from a selection, outcome retraction, the timeline, tags."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    # -- claims added by hand ------------------------------------------------------------------
    def _article_text(self, conn, article_id: int):
        a = articles.article_text_and_date(conn, article_id=article_id)
        if a is None:
            raise NotFoundError(f"no article with id {article_id}")
        return a

    @staticmethod
    def _span(text: str, start: int, end: int) -> tuple[int, int]:
        if not (0 <= start < end <= len(text)):
            raise InputError(f"selection {start}–{end} is outside the article (0–{len(text)})")
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            raise InputError("the selection is empty: select the words of the claim")
        return start, end

    def propose_claim(self, article_id: int, start: int, end: int) -> dict:
        """What a claim quoting ``text[start:end]`` would be: the span trimmed of spaces, kind and
        speaker from an extracted claim overlapping it (if any), and a deadline read from the
        selected words against the publication date, by extraction's own deadline rule
        (``deadlines.of_text``). Nothing is written."""
        from claimledger.extraction import claims as extraction
        from claimledger.extraction import deadlines

        with self.uow.read() as conn:
            a = self._article_text(conn, article_id)
        start, end = self._span(a.text, start, end)
        quote = a.text[start:end]
        kind, speaker, modality = ClaimKind.PREDICTION.value, None, None
        overlapping = [c for c in extraction.extract(a.text, a.published_on) if c.start < end and c.end > start]
        if overlapping:
            best = max(overlapping, key=lambda c: min(c.end, end) - max(c.start, start))
            kind, speaker, modality = best.kind.value, best.speaker, best.modality
        found = deadlines.of_text(quote, a.published_on)  # the rule extracted claims use
        deadline = None if found is None else {
            "expression": found.expression, "earliest": found.earliest, "latest": found.latest,
            "granularity": found.granularity.value if found.granularity else None}
        return {"article_id": article_id, "start": start, "end": end, "quote": quote, "kind": kind,
                "speaker": speaker, "modality": modality, "published_on": a.published_on, "deadline": deadline}

    def add_claim(self, article_id: int, start: int, end: int, *, kind: str, speaker: str | None = None,
                  summary: str = "", tags: str | list[str] = "", deadline_expression: str | None = None,
                  deadline_earliest: date | str | None = None, deadline_latest: date | str | None = None,
                  deadline_granularity: str | None = None, modality: str | None = None,
                  review: str = Review.ACCEPTED.value) -> int:
        """Store a claim quoting ``text[start:end]`` of the article (one transaction); its id."""
        try:
            kind = ClaimKind.parse(kind).value
            review = Review.parse(review).value
            granularity = Granularity.parse(deadline_granularity).value if deadline_granularity else None
        except ValueError as exc:
            raise InputError(str(exc)) from None
        earliest = as_date(deadline_earliest or None, "deadline earliest")
        latest = as_date(deadline_latest or None, "deadline latest")
        if earliest and latest and earliest > latest:
            raise InputError(f"deadline earliest {earliest} is after latest {latest}")
        with self.uow.write() as conn:
            a = self._article_text(conn, article_id)
            start, end = self._span(a.text, start, end)
            name = " ".join((speaker or "").split())
            speaker_id = speakers.upsert_speaker(conn, name=name).id if name else None
            expression = (deadline_expression or "").strip() or None
            return claims.insert_claim(conn, claims.new_claim_row(
                article_id=article_id, speaker_id=speaker_id, quote=a.text[start:end], start=start, end=end,
                summary=summary.strip(), kind=kind, modality=modality, condition=None, negated=False, review=review,
                confidence=1.0, deadline_expression=expression,
                deadline_anchor=a.published_on if (expression or earliest or latest) else None,
                deadline_earliest=earliest, deadline_latest=latest, deadline_granularity=granularity,
                tags=normalise_tags(tags), status=Status.PENDING.value, status_observed_on=None, version=1,
                now=utcnow(),
            ))

    # -- outcomes ---------------------------------------------------------------------------------
    def retract_outcome(self, event_id: int, *, note: str = "") -> RecordedOutcome:
        """Undo an outcome without rewriting history: append an event that restores the status
        (and evidence) the claim had before event ``event_id``, noted "undo of event N". Only the
        claim's latest event can be retracted (otherwise record a new outcome)."""
        with self.uow.write() as conn:
            return retract_event(conn, event_id, author=self.uow.author, note=note)

    # -- views ------------------------------------------------------------------------------------
    def timeline(self, f: ClaimFilter = ClaimFilter(), *, limit: int = TIMELINE_LIMIT) -> TimelineData:
        """The first ``limit`` claims with a deadline by deadline, with their events up to as-of."""
        today = self.uow.today()
        with self.uow.read() as conn:
            found, total = search.claims_with_deadline(conn, f=f, today=today, limit=limit)
            rows = ClaimRow.from_rows(found)
            events: dict[int, list] = {}
            if rows:
                events = event_store.events_of_claims(conn, claim_ids=[r.id for r in rows], as_of=f.as_of)
        return TimelineData(rows, events, total)

    def claim_row_number(self, claim_id: int, f: ClaimFilter = ClaimFilter(), *, sort: str = "deadline",
                         descending: bool = False) -> int | None:
        """The 0-based row of ``claim_id`` in ``claims(f, sort=…, descending=…)``, None when the
        filter hides it (one SQL window query; the table uses it to select a claim by id)."""
        today = self.uow.today()
        with self.uow.read() as conn:
            n = search.claim_row_number(conn, claim_id=claim_id, f=f, today=today, sort=sort, descending=descending)
        return None if n is None else n - 1

    def tag_names(self, limit: int = 2000) -> list[str]:
        """Tags in use (for completion), sorted."""
        with self.uow.read() as conn:
            return claims.tag_names(conn, limit=limit)
