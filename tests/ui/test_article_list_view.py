"""The article list follows the window's "As of" date and its "Include rejected" switch."""
from __future__ import annotations

from datetime import date

from claimledger.services import ClaimFilter
from ui_helpers import open_window

LATER = """Title: Kabul airport reopens
Date: 2021-09-20

The airport will reopen to civilian flights next week, the transport ministry said on Monday.
"""


def test_article_list_hides_later_articles_as_of_a_date_and_counts_without_rejected(qtbot, seeded_ledger, settings,
                                                                                  tmp_path):
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    seeded_ledger.importer.import_file(later)
    (claim,) = [c for c in seeded_ledger.reader.claims(ClaimFilter(), limit=500) if "withdraw all foreign troops" in c.quote]
    seeded_ledger.outcomes.set_review(claim.id, "rejected")
    w = open_window(qtbot, seeded_ledger, settings)
    m = w.articles_model
    qtbot.waitUntil(lambda: m.rowCount() == 3)  # "All articles" and both articles
    seed = next(m.article_at(r) for r in (1, 2) if m.article_at(r).published_on == date(2021, 7, 6))
    assert seed.claim_count == seeded_ledger.reader.count_claims(ClaimFilter(article_id=seed.id))  # rejected left out

    w.filter_bar.set_as_of(date(2021, 8, 1))
    qtbot.waitUntil(lambda: m.rowCount() == 2)  # the September article is not there yet
    assert m.article_at(1).published_on == date(2021, 7, 6)
    assert "1 article" in m.data(m.index(0))

    w.filter_bar.include_rejected_check.setChecked(True)
    qtbot.waitUntil(lambda: m.article_at(1) is not None and m.article_at(1).claim_count == seed.claim_count + 1)
