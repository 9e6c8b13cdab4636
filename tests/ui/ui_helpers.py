"""Helpers for the UI tests (no fixtures here: those live in conftest.py)."""
from __future__ import annotations

from claimledger.ui import claims_model as cm


def generated_article(i: int, sentences: int) -> bytes:
    """A dated article whose every sentence is a future-tense claim with a deadline."""
    lines = [f"The council of district {i} will finish road project {k} by March {1 + k % 28}, the mayor said."
             for k in range(sentences)]
    return (" date 2021-07-06 " + "\n\n".join(lines)).encode()


def rows(model) -> list:
    return [model.index(r, 0).data(cm.ObjectRole) for r in range(model.rowCount())]


def row_of_quote(model, words: str) -> int:
    for r, claim in enumerate(rows(model)):
        if words in claim.quote:
            return r
    raise AssertionError(f"no claim quoting {words!r}")


def fill_outcome(dialog, status: str = "in_progress", observed_on: str = "2021-08-01") -> None:
    """What the outcome dialog needs before Record is enabled: nothing is pre-set."""
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(status))
    dialog.date_edit.setText(observed_on)


def open_window(qtbot, ledger, settings, *, active: bool = False):
    """The main window on ``ledger``, shown, its start-up reads done; with ``active``, the active
    window (its shortcuts answer keys)."""
    from claimledger.ui.main_window import MainWindow

    w = MainWindow(ledger, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.wait_idle()
    if active:
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)
    return w


def written(qtbot, window, timeout: int = 10_000) -> None:
    """Wait until every write the window was asked for is written and its results delivered (the
    window's writes run off the GUI thread, one at a time)."""
    qtbot.waitUntil(lambda: not window.claim_actions.pending(), timeout=timeout)
