"""Live updates in the window (issue 18): another program records an outcome on the same ledger
(here ledger B, a second Ledger on the file: its own connections, as another process has) and
window A shows it within 2 s — only the changed row read again, no full reload, the analyst's
selection and scroll position where they were; an import elsewhere shows in A's article list."""
from __future__ import annotations

import time

import pytest

from claimledger.services import Ledger
from claimledger.ui import claims_model as cm
from helpers import LATER_ARTICLE, TODAY
from ui_helpers import open_window


@pytest.fixture
def two(qtbot, seeded_ledger, settings):
    w = open_window(qtbot, seeded_ledger, settings)
    other = Ledger.open(seeded_ledger.location, today=TODAY, author="bob")
    yield w, other
    w.close()
    other.close()


def test_an_outcome_recorded_elsewhere_shows_in_the_row_without_moving_the_selection(qtbot, two, monkeypatch):
    w, other = two
    w.resize(1200, 420)  # rows below the fold: a scroll position to keep
    w.select_row(3)
    selected = w.current_claim()
    bar = w.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 or 0)
    scroll = bar.value()
    assert scroll > 0, "the window shows every row: no scroll position to keep"
    target = w.model.claim_at(1)  # a row the analyst is not on
    assert target.status != "moot" and selected.status != "moot"
    reloads, refreshes = [], []
    w.model.modelReset.connect(lambda: reloads.append(1))
    real_refresh = w.refresh
    monkeypatch.setattr(w, "refresh", lambda: (refreshes.append(1), real_refresh()))

    t0 = time.monotonic()
    other.outcomes.record_outcome(target.id, "moot", observed_on="2021-08-20", note="overtaken by events")
    qtbot.waitUntil(lambda: w.model.claim_at(1).status == "moot", timeout=2000)
    print(f"shown after {time.monotonic() - t0:.2f} s")
    assert w.model.index(1, cm.COL_STATUS).data() == cm.status_label(w.model.claim_at(1))
    assert w.current_claim().id == selected.id and w.table.currentIndex().row() == 3
    assert bar.value() == scroll
    assert not reloads and not refreshes  # the one row, not the table

    # the claim on screen in the detail pane changes: the pane shows it
    other.outcomes.record_outcome(selected.id, "moot", observed_on="2021-08-21")
    qtbot.waitUntil(lambda: w.current_claim().status == "moot", timeout=2000)
    qtbot.waitUntil(lambda: w.detail_pane.detail is not None and w.detail_pane.detail.row.status == "moot", timeout=2000)
    assert w.current_claim().id == selected.id and w.table.currentIndex().row() == 3


def test_an_import_elsewhere_shows_in_the_article_list(qtbot, two):
    w, other = two
    w.select_row(2)
    selected = w.current_claim()
    before = w.articles_model.rowCount()
    other.importer.import_bytes(LATER_ARTICLE.encode(), origin="later.txt", published="2021-08-02")
    qtbot.waitUntil(lambda: w.articles_model.rowCount() == before + 1, timeout=5000)
    w.wait_idle()
    assert w.current_claim().id == selected.id


def test_the_window_says_when_live_updates_are_paused_and_resumed(qtbot, two):
    w, _ = two
    w.live.show_state("Live updates paused: the database server cannot be reached. Trying again.")
    assert w.live.label.isVisible() and "cannot be reached" in w.statusBar().currentMessage()
    w.live.show_state(None)
    assert not w.live.label.isVisible() and "resumed" in w.statusBar().currentMessage()
