"""Finding one claim in what the extractor returns for a test's own sentences."""
from __future__ import annotations

from datetime import date

from claimledger.extraction import claims


def claim_containing(text: str, containing: str, published: date):
    """The first claim whose quote contains ``containing`` (fails, listing the quotes, when none does)."""
    got = claims.extract(text, published)
    found = [c for c in got if containing in c.quote]
    assert found, f"no claim with {containing!r} in {[c.quote for c in got]}"
    return found[0]


def kinds(text: str, published: date) -> set:
    """The kinds of the claims the extractor returns for ``text``."""
    return {c.kind for c in claims.extract(text, published)}
