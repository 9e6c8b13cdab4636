#!/usr/bin/env python3
"""The printed report: `ledger.reports.export_pdf` (WeasyPrint) of the seed article with two outcomes,
and of a generated ledger of 1,000 claims (tests/benchmarks/generate.py), as the CLI and the
window make it.

    .venv/bin/python tests/benchmarks/pdf_speed.py [--claims 1000] [--budget 10]

Prints, for each render, wall seconds and CPU seconds (``time.process_time``: this process only,
so less sensitive to other programs on a shared machine), pages, and the load average next to
them; then the large report against the seed report's warm render measured in the same run (a
ratio, which carries over between machines and loads better than seconds do). Exits 1 when the
large report's CPU time is over the budget (issue 19: 1,000 claims in under 10 s). On an idle
machine wall time is about the CPU time; under load the CPU time is inflated too (shared caches
and cores), so the check errs on the strict side.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import articles  # noqa: E402

from claimledger.services import ClaimFilter, Ledger  # noqa: E402

SEED = HERE.parents[1] / "seeds" / "000_5b4a2467856888dd.txt"


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def calibration() -> float:
    """CPU seconds of a fixed pure-Python loop: how fast this machine runs Python right now, a
    yardstick no change to the report can move (compare runs taken under different loads by it)."""
    c = time.process_time()
    x = 0
    for i in range(10_000_000):
        x += i
    return time.process_time() - c


def render(ledger: Ledger, path: Path, f: ClaimFilter) -> tuple[float, float, int, int]:
    """(wall s, CPU s, claims, pages counted by the progress callback)."""
    pages = [0]
    w, c = time.perf_counter(), time.process_time()
    with open(path, "wb") as out:
        n = ledger.reports.export_pdf(out, f, progress=lambda done, total, _m: pages.__setitem__(0, max(done, pages[0])))
    return time.perf_counter() - w, time.process_time() - c, n, pages[0]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=1000)
    ap.add_argument("--budget", type=float, default=10.0)
    ap.add_argument("--keep", type=Path, help="copy the two PDFs into this folder (seed.pdf, big.pdf)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seed = Ledger.open(tmp / "seed.db", today=date(2026, 11, 28), author="bench")
        seed.importer.import_file(SEED)
        rows = {r.quote: r for r in seed.reader.claims(limit=None)}
        troops = next(r for q, r in rows.items() if "withdraw all foreign troops" in q)
        peace = next(r for q, r in rows.items() if "written peace proposal" in q)
        seed.outcomes.record_outcome(troops.id, "fulfilled", observed_on="2021-08-30")
        seed.outcomes.record_outcome(peace.id, "not_fulfilled", observed_on="2021-08-15")
        f = ClaimFilter(as_of=date(2021, 9, 1))
        first = render(seed, tmp / "seed.pdf", f)  # loads WeasyPrint, Pango and the fonts
        warm = render(seed, tmp / "seed.pdf", f)
        print(f"seed report: {first[2]} claims, {first[3]} pages: first {first[0]:.2f} s wall / {first[1]:.2f} s CPU, "
              f"warm {warm[0]:.2f} s wall / {warm[1]:.2f} s CPU ({load()})")
        big = Ledger.open(tmp / "big.db", today=date(2026, 11, 28), author="bench")
        big.bulk.bulk_load(articles(args.claims))
        wall, cpu, n, pages = render(big, tmp / "big.pdf", ClaimFilter())
        print(f"{n:,} claims: {pages} pages in {wall:.2f} s wall / {cpu:.2f} s CPU ({pages / cpu:.1f} pages per CPU s; "
              f"{load()}); budget {args.budget:g} s")
        print(f"{n:,} claims against the seed's warm render: {wall / warm[0]:.1f}x wall, {cpu / warm[1]:.1f}x CPU")
        print(f"yardstick: a 10^7-step Python loop took {calibration():.2f} CPU s in this run ({load()})")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("seed.pdf", "big.pdf"):
                (args.keep / name).write_bytes((tmp / name).read_bytes())
    if cpu > args.budget:
        print(f"OVER BUDGET by {cpu - args.budget:.1f} CPU s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
