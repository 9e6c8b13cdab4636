"""The claims model never holds more than its window of pages, and sorts/filters in SQL."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim
from claimledger.ui import claims_model as cm

ARTICLES, PER_ARTICLE = 15, 200


def _article(i: int) -> BulkArticle:
    """Article i: PER_ARTICLE sentences "... road project k by March d ...", each a claim with its
    March 2022 deadline (what import extracts from such an article, loaded without extraction:
    these tests are about the model's paging, not about extraction, which costs ~1 s an article)."""
    text, claims = "", []
    for k in range(PER_ARTICLE):
        quote = f"The council of district {i} will finish road project {k} by March {1 + k % 28}"
        start = len(text)
        text += quote + ", the mayor said.\n\n"
        due = date(2022, 3, 1 + k % 28)
        claims.append(BulkClaim(quote=quote, start=start, end=start + len(quote), kind="plan", speaker="the mayor",
                                speaker_kind="person", deadline_expression=f"by March {1 + k % 28}",
                                deadline_anchor=date(2021, 7, 6), deadline_latest=due, deadline_granularity="day"))
    return BulkArticle(title=f"District {i} roads", published_on=date(2021, 7, 6), text=text, origin=f"gen{i}.txt",
                       claims=claims)


@pytest.fixture(scope="module")
def big_ledger(tmp_path_factory):
    """A few thousand claims, built once for this module (the tests here only read)."""
    ledger = Ledger.open(tmp_path_factory.mktemp("big") / "big.db", today=date(2021, 9, 1))
    ledger.bulk.bulk_load(_article(i) for i in range(ARTICLES))
    assert ledger.reader.count_claims(ClaimFilter()) == ARTICLES * PER_ARTICLE
    yield ledger
    ledger.close()


@pytest.fixture
def calls(big_ledger, monkeypatch):
    """Every ledger.reader.claims() call the model makes: (offset, limit, rows returned)."""
    log = []
    real = big_ledger.reader.claims

    def counting(f=ClaimFilter(), **kw):
        out = real(f, **kw)
        log.append((kw.get("offset"), kw.get("limit"), len(out)))
        return out

    monkeypatch.setattr(big_ledger.reader, "claims", counting)
    return log


@pytest.mark.slow
def test_model_fetches_pages_lazily_and_keeps_a_bounded_window(qtbot, big_ledger, calls):
    model = cm.ClaimsTableModel(big_ledger, page_size=50, max_pages=4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(calls))  # the first paint asks for the visible rows
    total = ARTICLES * PER_ARTICLE
    assert model.rowCount() == total
    assert calls and all(limit == 50 for _o, limit, _n in calls)
    assert sum(n for *_x, n in calls) <= 2 * 50  # only what is on screen

    for row in (total // 2, total - 1, 10, total // 3, total - 200):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(1)
        assert model.index(row, cm.COL_ID).data(cm.ObjectRole) is not None
        assert model.cached_rows() <= 4 * 50
    assert all(limit == 50 for _o, limit, _n in calls)
    assert len(calls) < 20
    assert sum(n for *_x, n in calls) < total // 5


def test_rows_match_the_ledger_pages_in_order(big_ledger):
    model = cm.ClaimsTableModel(big_ledger, page_size=64, max_pages=2)
    expected = big_ledger.reader.claims(ClaimFilter(), sort="deadline", offset=1000, limit=130)
    got = [model.index(r, 0).data(cm.ObjectRole) for r in range(1000, 1130)]
    assert [c.id for c in got] == [c.id for c in expected]
    assert model.cached_rows() <= 2 * 64


def test_the_table_lays_its_text_out_without_shaping_and_keeps_the_apps_font(qtbot, big_ledger):
    """PreferNoShaping (a third of a repaint) on the table's cells, the bold ones too; the
    family and size still the app's."""
    from PySide6.QtGui import QFont, QGuiApplication

    from claimledger.ui.claims_table import ClaimsTable

    model = cm.ClaimsTableModel(big_ledger, page_size=100)
    table = ClaimsTable(model)
    qtbot.addWidget(table)
    font, app_font = table.font(), QGuiApplication.font()
    assert font.styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    assert (font.family(), font.pointSizeF(), font.bold()) == (app_font.family(), app_font.pointSizeF(), app_font.bold())
    # an overdue claim's status is bold: its font, as the delegate resolves it against the table's
    bold = model._bold.resolve(table.font())
    assert bold.bold() and bold.styleStrategy() & QFont.StyleStrategy.PreferNoShaping


def test_sort_requery_invalidates_the_window(big_ledger, calls):
    model = cm.ClaimsTableModel(big_ledger, page_size=100, max_pages=3)
    first = model.index(0, 0).data(cm.ObjectRole)
    model.sort(cm.COL_ID, Qt.SortOrder.DescendingOrder)
    assert model.cached_rows() == 0
    top = model.index(0, 0).data(cm.ObjectRole)
    assert top.id == ARTICLES * PER_ARTICLE and top.id != first.id
    assert calls[-1][:2] == (0, 100)


def test_filter_change_recounts(big_ledger):
    model = cm.ClaimsTableModel(big_ledger, page_size=100)
    assert model.rowCount() == ARTICLES * PER_ARTICLE
    f = ClaimFilter(search="project 117")
    model.set_filter(f)
    assert 0 < model.rowCount() == big_ledger.reader.count_claims(f) < ARTICLES * PER_ARTICLE
    assert model.cached_rows() == 0
    assert all("project 117" in model.index(r, 0).data(cm.ObjectRole).quote for r in range(model.rowCount()))


@pytest.fixture
def counts(big_ledger, monkeypatch):
    """The filters ledger.reader.count_claims() was called with (by the model, in any thread)."""
    log = []
    real = big_ledger.reader.count_claims

    def counting(f=ClaimFilter()):
        log.append(f)
        return real(f)

    monkeypatch.setattr(big_ledger.reader, "count_claims", counting)
    return log


def test_with_a_runner_the_first_page_comes_before_the_count(qtbot, big_ledger, counts):
    """A new filter shows its first page without waiting for a count; the count runs in the
    background and the rows after the first page are added when it comes."""
    from claimledger.ui.tasks import TaskRunner

    runner = TaskRunner()
    model = cm.ClaimsTableModel(big_ledger, page_size=50, load=False, runner=runner)
    f = ClaimFilter(search="project")
    expected = big_ledger.reader.count_claims(f)
    counts.clear()
    assert expected > 50
    with qtbot.waitSignal(model.counted, timeout=10_000) as got:
        model.set_filter(f)
        assert model.counting and model.rowCount() == 50  # the full first page, shown now
        assert model.cached_rows() == 50
    assert got.args == [expected] and model.rowCount() == expected and not model.counting
    assert counts == [f]
    ids = [model.index(r, 0).data(cm.ObjectRole).id for r in range(expected)]
    assert ids == [c.id for c in big_ledger.reader.claims(f, sort="deadline", limit=None)]


def test_a_new_filter_reads_only_the_rows_the_view_shows_first(qtbot, big_ledger, calls):
    """The first page of a new filter is read as far as the view shows (and a few rows more);
    the rest of the page when a row after them is wanted — the same rows as a full page, in the
    same order. Before the view is shown, a full page."""
    from claimledger.ui.claims_table import ClaimsTable
    from claimledger.ui.tasks import TaskRunner

    runner = TaskRunner()
    model = cm.ClaimsTableModel(big_ledger, page_size=50, load=False, runner=runner)
    table = ClaimsTable(model)
    f = ClaimFilter(search="project")
    model.set_filter(f)
    assert table.rows_in_view() == 0 and calls[-1] == (0, 50, 50)  # not shown: a full page
    table.resize(600, 200)
    table.show()
    qtbot.waitExposed(table)
    shown = table.rows_in_view()
    assert 0 < shown < 50 - model.FIRST_ROWS_MARGIN
    with qtbot.waitSignal(model.counted, timeout=10_000):
        model.set_filter(replace(f, search="project 1"))
        first = shown + model.FIRST_ROWS_MARGIN
        assert calls[-1] == (0, first, first) and model.rowCount() == first and model.counting
    want = [c.id for c in big_ledger.reader.claims(replace(f, search="project 1"), limit=120)]
    del calls[:]
    ids = [model.index(r, 0).data(cm.ObjectRole).id for r in range(120)]
    assert ids == want
    assert [c[:2] for c in calls] == [(0, 50), (50, 50), (100, 50)]  # page 0 read again, in full, once
    assert model.row_of(want[45], near=45) == 45


def test_the_count_starts_after_the_first_page_is_painted(qtbot, big_ledger):
    """The background count waits for the event loop: started from set_filter itself, it took
    the CPU from the paint of the first page (at a million claims, a keystroke's repaint went
    from ~12 ms to ~30 ms on two busy cores)."""
    from PySide6.QtCore import QEvent, QObject

    view = QTableView()
    view.resize(600, 400)
    paints = []

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                paints.append(model.rowCount())
            return False

    class Recording:
        """A runner that notes what it is asked to run (and how many paints came before)."""

        def __init__(self):
            self.started = []

        def run(self, fn, *, on_success=None, on_failure=None):
            self.started.append((fn, on_success, len(paints)))

    runner = Recording()
    model = cm.ClaimsTableModel(big_ledger, page_size=50, load=False, runner=runner)
    view.setModel(model)
    spy = Spy()
    view.viewport().installEventFilter(spy)
    view.show()
    qtbot.waitUntil(lambda: bool(paints))
    f = ClaimFilter(search="project")
    model.set_filter(f)
    assert model.counting and runner.started == []  # not from set_filter
    qtbot.waitUntil(lambda: bool(runner.started))
    fn, counted, painted_before = runner.started[0]
    assert painted_before > 0 and paints[-1] == 50  # the first page was painted first
    counted(fn(None))
    assert not model.counting and model.rowCount() == big_ledger.reader.count_claims(f) > 50
    assert len(runner.started) == 1


def test_a_pending_count_can_be_started_at_once(big_ledger):
    """``start_pending_count`` (the window's wait_idle) starts the count that waits for the event
    loop, once; with none waiting it does nothing."""
    started = []

    class Recording:
        def run(self, fn, *, on_success=None, on_failure=None):
            started.append(fn)

    model = cm.ClaimsTableModel(big_ledger, page_size=50, load=False, runner=Recording())
    model.start_pending_count()
    assert started == []
    model.set_filter(ClaimFilter(search="project"))
    assert started == []
    model.start_pending_count()
    model.start_pending_count()
    assert len(started) == 1 and model.counting


def test_a_page_not_full_is_the_whole_list_and_nothing_is_counted(qtbot, big_ledger, counts):
    from claimledger.ui.tasks import TaskRunner

    runner = TaskRunner()
    model = cm.ClaimsTableModel(big_ledger, page_size=100, load=False, runner=runner)
    f = ClaimFilter(search="project 117")
    n = len(big_ledger.reader.claims(f, limit=None))
    model.set_filter(f)
    assert 0 < model.rowCount() == n < 100 and not model.counting
    runner.drain()
    assert counts == []


def test_a_count_for_an_older_filter_is_dropped(qtbot, big_ledger, counts, monkeypatch):
    """The analyst typed on while a count ran: its answer is not used, the current filter's is,
    and only one count runs at a time (the keystrokes typed meanwhile are not counted)."""
    import threading

    from claimledger.ui.tasks import TaskRunner

    runner = TaskRunner()
    model = cm.ClaimsTableModel(big_ledger, page_size=20, load=False, runner=runner)
    shown = []
    model.counted.connect(shown.append)
    filters = [ClaimFilter(search=s) for s in ("p", "pr", "pro", "project")]
    want = big_ledger.reader.count_claims(filters[-1])
    counts.clear()
    started, gate, logged = [], threading.Event(), big_ledger.reader.count_claims

    def held(f=ClaimFilter()):
        started.append(f)
        if f == filters[0]:
            gate.wait(10)  # the first count runs until the others are typed
        return logged(f)

    monkeypatch.setattr(big_ledger.reader, "count_claims", held)
    model.set_filter(filters[0])
    qtbot.waitUntil(lambda: started == [filters[0]])
    for f in filters[1:]:
        model.set_filter(f)
    gate.set()
    qtbot.waitUntil(lambda: not model.counting, timeout=10_000)
    assert runner.drain()
    assert model.rowCount() == want and shown == [want] and not model.counting
    assert started == [filters[0], filters[-1]] and counts == started
