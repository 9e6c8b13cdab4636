"""Use cases that change claims: record an outcome (append-only), review, edit with a version check."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit
from typing import TYPE_CHECKING

from claimledger.domain import ClaimKind, Granularity, InvalidDate, Review, Status, parse_date
from claimledger.services.errors import ConflictError, InputError, NotFoundError
from claimledger.store import articles, claims, events, speakers
from claimledger.store.tables import utcnow

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

# "start"/"end" move the quote to other words of the article: the quote is always text[start:end]
EDITABLE = ("summary", "kind", "modality", "condition", "tags", "speaker", "deadline_expression", "deadline_earliest",
            "deadline_latest", "deadline_granularity", "review", "start", "end")


@dataclass(frozen=True, slots=True)
class RecordedOutcome:
    event_id: int
    claim_id: int
    status: str
    observed_on: date


def check_url(url: str | None) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"evidence {url!r} is not an http(s) link")
    return url


def as_date(value: date | str | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_date(value, what=what)
    except InvalidDate as exc:
        raise InputError(str(exc)) from None


def normalise_tags(tags: str | list[str]) -> str:
    items = tags.split(",") if isinstance(tags, str) else tags
    seen: list[str] = []
    for t in items:
        t = " ".join(t.split()).lower()
        if t and t not in seen:
            seen.append(t)
    return ",".join(seen)


def _requoted(conn, article_id: int, start, end) -> dict:
    """The claim's quote moved to ``text[start:end]`` of its article: the new start, end and quote."""
    text = articles.article_text(conn, article_id=article_id)
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        raise InputError(f"quote offsets {start!r}–{end!r} are not numbers") from None
    if not (0 <= start < end <= len(text)) or not text[start:end].strip():
        raise InputError(f"quote {start}–{end} is not words of the article (its text is 0–{len(text)})")
    return {"start": start, "end": end, "quote": text[start:end]}


def append_outcome(conn, claim_id: int, status: Status, *, observed_on: date, author: str, note: str = "",
                   evidence_url: str | None = None, evidence_quote: str | None = None,
                   more_evidence: Sequence[tuple[str, str | None]] = ()) -> int:
    """Inside the caller's write transaction: the event appended (values already checked), the
    claim's status cache refreshed; the event's id (also used by accepting a suggestion)."""
    if not claims.claim_exists(conn, claim_id=claim_id):
        raise NotFoundError(f"no claim with id {claim_id}")
    event_id = events.insert_event(
        conn, claim_id=claim_id, status=status.value, observed_on=observed_on, recorded_at=utcnow(),
        author=author, note=note or "", evidence_url=evidence_url, evidence_quote=(evidence_quote or None),
    )
    events.add_more_evidence(conn, event_id=event_id, items=list(more_evidence))
    claims.refresh_status_cache(conn, claim_ids=[claim_id])
    claims.touch_claim(conn, claim_id=claim_id, updated_at=utcnow())
    return event_id


class Outcomes:
    """Changes to claims: outcomes (append-only), review, edits with a version check."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def record_outcome(self, claim_id: int, status: str | Status, *, observed_on: date | str | None = None,
                       evidence_url: str | None = None, evidence_quote: str | None = None, note: str = "",
                       author: str | None = None,
                       more_evidence: Sequence[tuple[str, str | None]] = ()) -> RecordedOutcome:
        """Append an outcome event; the claim's status becomes its latest event. ``more_evidence``:
        further (url, quoted passage) pairs beyond ``evidence_url``/``evidence_quote``."""
        try:
            status = Status.parse(status) if isinstance(status, str) else status
        except ValueError as exc:
            raise InputError(str(exc)) from None
        observed = as_date(observed_on, "observed date") or self.uow.today()
        if observed > self.uow.today():
            raise InputError(f"observed date {observed} is in the future")
        url = check_url(evidence_url)
        more = [(check_url(u), (q or "").strip() or None) for u, q in more_evidence if (u or "").strip()]
        if more and url is None:  # the first link is the event's own
            (url, evidence_quote), more = more[0], more[1:]
        with self.uow.write() as conn:
            event_id = append_outcome(conn, claim_id, status, observed_on=observed, author=author or self.uow.author,
                                      note=note, evidence_url=url, evidence_quote=evidence_quote, more_evidence=more)
        return RecordedOutcome(event_id, claim_id, status.value, observed)

    def set_review(self, claim_id: int, review: str | Review, *, expected_version: int | None = None) -> int:
        try:
            review = Review.parse(review) if isinstance(review, str) else review
        except ValueError as exc:
            raise InputError(str(exc)) from None
        return self.update_claim(claim_id, {"review": review.value}, expected_version=expected_version)

    def update_claim(self, claim_id: int, changes: dict, *, expected_version: int | None = None) -> int:
        """Edit a claim's fields. With ``expected_version`` the edit fails with ConflictError when
        someone saved the claim since it was read. Returns the new version."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise InputError(f"cannot edit {', '.join(sorted(unknown))}")
        values = self._validated(changes)
        with self.uow.write() as conn:
            current = claims.claim_by_id(conn, claim_id=claim_id)
            if current is None:
                raise NotFoundError(f"no claim with id {claim_id}")
            if "speaker" in values:
                name = (values.pop("speaker") or "").strip()
                values["speaker_id"] = speakers.upsert_speaker(conn, name=name).id if name else None
            if "start" in values or "end" in values:
                values |= _requoted(conn, current.article_id, values.pop("start", current.start),
                                    values.pop("end", current.end))
            earliest = values.get("deadline_earliest", current.deadline_earliest)
            latest = values.get("deadline_latest", current.deadline_latest)
            if earliest and latest and earliest > latest:
                raise InputError(f"deadline earliest {earliest} is after latest {latest}")
            version = current.version if expected_version is None else expected_version
            if not claims.update_claim_at_version(conn, claim_id=claim_id, version=version, values=values,
                                                  updated_at=utcnow()):
                raise ConflictError(
                    f"claim {claim_id} was changed by someone else (version {current.version}, you had {version})",
                    claim_id=claim_id, theirs=dict(current._mapping),
                )
        return version + 1

    @staticmethod
    def _validated(changes: dict) -> dict:
        out = dict(changes)
        try:
            if "kind" in out:
                out["kind"] = ClaimKind.parse(out["kind"]).value
            if "review" in out:
                out["review"] = Review.parse(out["review"]).value
            if out.get("deadline_granularity"):
                out["deadline_granularity"] = Granularity.parse(out["deadline_granularity"]).value
        except ValueError as exc:
            raise InputError(str(exc)) from None
        for key in ("deadline_earliest", "deadline_latest"):
            if key in out:
                out[key] = as_date(out[key] or None, key.replace("_", " "))
        if "tags" in out:
            out["tags"] = normalise_tags(out["tags"])
        return out
