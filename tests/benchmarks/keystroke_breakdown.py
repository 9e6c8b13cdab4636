#!/usr/bin/env python3
"""Where a keystroke's time goes in the window: scale.py's search keystrokes, each split into the
page read, the rest of applying the filter, and the repaint; then the claims table's repaint alone.

    python tests/benchmarks/keystroke_breakdown.py --claims 1000000 [--db /tmp/claimledger-scale-1000000.db] [--runs 2]

``--db``: a ledger of ``--claims`` claims made by scale.py (a SQLite file or a postgresql+psycopg://
URL); the default is scale.py's, /tmp/claimledger-scale-N.db, generated as scale.py does when it is
not there (N = 100,000 without --claims: ``make bench`` runs every script without arguments). The
window is only read. The window is built as scale.py's child builds it (offscreen, 1400x900), its start-up reads
are let finish, then for each keystroke of scale.SEARCHES (``--runs`` times):
  total      setText + flush (the filter applied) -> the table's viewport repainted, as scale.py
  page read  ledger.reader.claims: the first page's query and its rows converted (GUI thread)
  rest       the rest of applying the filter (reselect, status bar, panes)
  paint      the event loop until the viewport has painted (the table, and whatever else is dirty)
  cpu        the process's CPU time over the keystroke (the count of the rows after it excluded:
             the next keystroke waits for it, as in scale.py)
Then ``viewport.repaint()`` 200 times on the last search's rows (the table's paint alone).
Prints one line per keystroke and the medians and 95th percentiles; figures only, no budget.
On a shared machine compare builds alternately (PYTHONPATH), several runs each.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000, help="claims in the ledger (default 100000)")
    ap.add_argument("--db", help="a ledger scale.py made (SQLite file or URL; default /tmp/claimledger-scale-N.db)")
    ap.add_argument("--runs", type=int, default=1, help="times through the keystrokes (default 1)")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    from claimledger.services import Ledger
    from claimledger.ui.app import make_app
    from claimledger.ui.main_window import MainWindow
    from scale import SEARCHES, generate

    db = args.db or f"/tmp/claimledger-scale-{args.claims}.db"
    db = db if "://" in db else str(Path(db).resolve())
    generate(db, args.claims)  # (reused when it holds that many claims; refuses one with another number)
    app = make_app()
    ledger = Ledger.open(db)
    reads = [0.0]
    real = ledger.reader.claims

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return real(*a, **k)
        finally:
            reads[0] += time.perf_counter() - t

    ledger.reader.claims = timed
    window = MainWindow(ledger, settings=None)
    window.resize(1400, 900)
    painted = [0]

    class PaintSpy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted[0] += 1
            return False

    spy = PaintSpy()
    viewport = window.table.viewport()
    viewport.installEventFilter(spy)
    window.show()
    while not painted[0]:
        app.processEvents()
    window.wait_idle()
    bar = window.filter_bar

    def settle():
        before = painted[0]
        viewport.update()
        while painted[0] == before:
            app.processEvents()

    settle()
    rows = []
    for _ in range(args.runs):
        for text in SEARCHES:
            reads[0] = 0.0
            t, c = time.perf_counter(), time.process_time()
            bar.search_edit.setText(text)
            bar.flush()
            t1 = time.perf_counter()
            settle()
            t2, c2 = time.perf_counter(), time.process_time()
            rows.append((text, (t2 - t) * 1000, reads[0] * 1000, (t1 - t - reads[0]) * 1000, (t2 - t1) * 1000,
                         (c2 - c) * 1000))
            while window.model.counting:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    print(f"{'keystroke':16s} {'total':>7s} {'page read':>9s} {'rest':>6s} {'paint':>6s} {'cpu':>6s}  (ms)")
    for text, *figures in rows:
        print(f"{text!r:16s} " + " ".join(f"{x:{w}.1f}" for x, w in zip(figures, (7, 9, 6, 6, 6))))
    columns = list(zip(*[r[1:] for r in rows]))
    for name, pick in (("median", statistics.median), ("p95", lambda xs: statistics.quantiles(xs, n=20)[18])):
        print(f"{name:16s} " + " ".join(f"{pick(xs):{w}.1f}" for xs, w in zip(columns, (7, 9, 6, 6, 6))))

    times = []
    for _ in range(200):
        t = time.perf_counter()
        viewport.repaint()
        times.append((time.perf_counter() - t) * 1000)
    print(f"table viewport repaint ({SEARCHES[-1]!r}'s rows, 200 times): median {statistics.median(times):.2f} ms, "
          f"min {min(times):.2f} ms")
    window.close()
    ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
