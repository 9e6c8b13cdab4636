"""schema.org ClaimReview (JSON-LD) for every claim that has an outcome.

Rating mapping (``reviewRating``: ``bestRating`` 5, ``worstRating`` 1, ``alternateName`` = our
status label):

| status | ratingValue |
|---|---|
| fulfilled | 5 |
| partially_fulfilled | 4 |
| in_progress | 3 |
| stalled | 2 |
| not_fulfilled | 1 |
| pending, moot, unverifiable | none (only ``alternateName``: not a point on the scale) |

The deadline travels in an extension property ``claimledger:deadline`` (namespace
``https://claimledger.github.io/ns#`` declared in ``@context``): ``expression``, ``earliest``,
``latest``, ``granularity``, plus ``claimledger:status`` and ``claimledger:daysEarlyOrLate``.
"""
from __future__ import annotations

import json
from typing import IO

from claimledger.domain import Status

NAMESPACE = "https://claimledger.github.io/ns#"
RATING = {Status.FULFILLED: 5, Status.PARTIALLY_FULFILLED: 4, Status.IN_PROGRESS: 3, Status.STALLED: 2,
          Status.NOT_FULFILLED: 1}


def claim_review(rec: dict, *, reviewer: str) -> dict:
    status = Status(rec["status"])
    rating = {"@type": "Rating", "alternateName": status.label, "bestRating": 5, "worstRating": 1}
    if status in RATING:
        rating["ratingValue"] = RATING[status]
    author = {"@type": "Organization" if rec.get("speaker_kind") in ("organisation", "government", "group") else "Person",
              "name": rec["speaker"]} if rec.get("speaker") else {"@type": "Organization", "name": rec.get("outlet") or "Reporter"}
    appearance = {"@type": "CreativeWork", "headline": rec["article_title"], "datePublished": rec["published_on"]}
    if rec.get("url"):
        appearance["url"] = rec["url"]
    review = {
        "@type": "ClaimReview",
        "claimReviewed": rec["quote"],
        "itemReviewed": {"@type": "Claim", "author": author, "datePublished": rec["published_on"],
                         "appearance": appearance},
        "reviewRating": rating,
        "datePublished": rec["status_observed_on"],
        "author": {"@type": "Person", "name": rec.get("author") or reviewer},
        "claimledger:status": status.value,
        "claimledger:deadline": {"expression": rec["deadline_expression"], "earliest": rec["deadline_earliest"],
                                 "latest": rec["deadline_latest"], "granularity": rec["deadline_granularity"]},
    }
    if rec.get("evidence_url"):
        review["url"] = rec["evidence_url"]
    if rec.get("days_early_or_late") is not None:
        review["claimledger:daysEarlyOrLate"] = rec["days_early_or_late"]
    if rec.get("note"):
        review["reviewBody"] = rec["note"]
    return review


def write_claimreview(out: IO[str], records, *, reviewer: str) -> int:
    items = [claim_review(r, reviewer=reviewer) for r in records if r["status_observed_on"] is not None]
    doc = {"@context": ["https://schema.org", {"claimledger": NAMESPACE}], "@graph": items}
    json.dump(doc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(items)

