"""At 20,000 claims the table model holds a window of rows, never the list: scrolling through,
sorting, searching and jumping to the end keep at most ``page_size * max_pages`` rows in Python;
the article list likewise, on 1,200 articles (four times its window)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from claimledger.services import Ledger
from claimledger.ui import claims_model as cm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate import articles  # noqa: E402

N = 20_000


@pytest.fixture(scope="module")
def ledger_20k(tmp_path_factory):
    ledger = Ledger.open(tmp_path_factory.mktemp("n20k") / "n20k.db")
    assert ledger.bulk.bulk_load(articles(N))["claims"] == N
    yield ledger
    ledger.close()


@pytest.fixture(scope="module")
def ledger_many_articles(tmp_path_factory):
    """1,200 articles (three claims each): four times the article list's window of 300 rows."""
    ledger = Ledger.open(tmp_path_factory.mktemp("n1200") / "n1200.db")
    assert ledger.bulk.bulk_load(articles(3_600, per_article=3))["claims"] == 3_600
    yield ledger
    ledger.close()


@pytest.mark.slow
def test_model_holds_a_window_not_the_list(qtbot, ledger_20k, monkeypatch):
    fetched = []
    real = ledger_20k.reader.claims

    def spy(f, **kw):
        rows = real(f, **kw)
        fetched.append(len(rows))
        return rows

    monkeypatch.setattr(ledger_20k.reader, "claims", spy)
    model = cm.ClaimsTableModel(ledger_20k, page_size=100, max_pages=4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == N
    window = model.page_size * model.max_pages

    def visit(row):
        view.scrollTo(model.index(row, 0))
        qtbot.wait(1)
        assert model.index(row, cm.COL_ID).data(cm.ObjectRole) is not None
        assert model.cached_rows() <= window

    for row in range(0, N, 997):
        visit(row)
    visit(N - 1)
    view.sortByColumn(cm.COL_DEADLINE, Qt.SortOrder.DescendingOrder)
    visit(N // 2)
    model.set_filter(model.claim_filter.__class__(search="wind farm"))
    assert 0 < model.rowCount() < N
    visit(model.rowCount() - 1)
    assert model.cached_rows() <= window
    assert max(fetched) <= model.page_size  # every query asked for one page, never the list


def test_article_list_reads_pages_and_finds_positions(qtbot, ledger_many_articles):
    from PySide6.QtWidgets import QListView

    from claimledger.ui.articles_model import ArticlesModel

    model = ArticlesModel(ledger_many_articles, page_size=100, max_pages=3)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    n = ledger_many_articles.reader.count_articles()
    assert n == 1_200
    assert model.rowCount() == n + 1 and "3,600 claims" in model.index(0).data()
    newest_first = [a.published_on for a in (model.article_at(r) for r in range(1, 300))]
    assert newest_first == sorted(newest_first, reverse=True)
    for row in (1, 150, n // 2, n - 1, n):
        view.scrollTo(model.index(row))
        a = model.article_at(row)
        assert model.row_of(a.id) == row
        assert model.cached_rows() <= model.page_size * model.max_pages
