#!/usr/bin/env python3
"""From a review key to the row updated, on a big ledger (issue 15): how long the GUI thread is
blocked by the key press, and how long until the reviewed claim has left the review queue's table
(its write done and the table updated), per press and in all.

    python tests/benchmarks/write_latency.py --claims 100000 [--db /tmp/scale-100000.db] [--presses 20]

The ledger is built by ``scale.generate`` (the bulk path) and reused when it is there. The window
runs offscreen in this process; the figures are printed, never checked by a unit test. Each run
reviews claims, so a second run on the same file starts from a shorter queue (the figures hardly
depend on it). Runs against whatever ``claimledger`` is importable (PYTHONPATH can point at an
older checkout to compare)."""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--presses", type=int, default=20)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from scale import generate

    import claimledger

    source = args.db or Path(tempfile.gettempdir()) / f"scale-{args.claims}.db"
    generate(source, args.claims)
    db = Path(tempfile.mkdtemp()) / "review.db"  # a copy: every run starts from the same queue
    shutil.copy(source, db)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from claimledger.services import Ledger
    from claimledger.ui.app import make_app
    from claimledger.ui.main_window import MainWindow

    app = make_app()
    ledger = Ledger.open(db)
    window = MainWindow(ledger, settings=None)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    window.wait_idle(60_000)
    window.menus.review_queue_action.trigger()
    window.wait_idle(60_000)
    acts = window.claim_actions
    pending = getattr(acts, "pending", lambda: False)
    print(f"claimledger from {Path(claimledger.__file__).parent}; {ledger.reader.count_claims():,} claims, "
          f"{window.model.rowCount():,} in the review queue")
    window.select_row(0)
    window.table.setFocus()
    window.wait_idle(60_000)
    blocked, updated = [], []
    for _ in range(args.presses):
        claim = window.current_claim()
        t = time.perf_counter()
        QTest.keyClick(window.table, Qt.Key.Key_A)
        blocked.append((time.perf_counter() - t) * 1000)
        while pending() or window.model.row_of(claim.id) is not None:
            app.processEvents()
        updated.append((time.perf_counter() - t) * 1000)
        window.wait_idle(60_000)  # the background reads a press started: not counted in the next press
        assert ledger.reader.claim(claim.id).row.review == "accepted"
    for name, xs in (("key press blocks the GUI thread", blocked), ("key press -> row updated", updated)):
        print(f"{name}: median {statistics.median(xs):.1f} ms, max {max(xs):.1f} ms "
              f"({', '.join(f'{x:.0f}' for x in xs)})")
    window.close()
    ledger.close()
    shutil.rmtree(db.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
