#!/usr/bin/env python3
"""The printed report: `ledger.reports.export_pdf` (WeasyPrint) of the seed article with two outcomes,
and of a generated ledger of 1,000 claims (tests/benchmarks/generate.py), as the CLI and the
window make it.

    .venv/bin/python tests/benchmarks/pdf_speed.py [--claims 1000] [--budget 10]

Prints seconds, pages and pages per second for each; exits 1 when the large report is over the
budget (issue 19: 1,000 claims in under 10 s).
"""
from __future__ import annotations

import argparse
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


def render(ledger: Ledger, path: Path, f: ClaimFilter) -> tuple[float, int, int]:
    pages = [0]
    t = time.perf_counter()
    with open(path, "wb") as out:
        n = ledger.reports.export_pdf(out, f, progress=lambda done, total, _m: pages.__setitem__(0, max(done, pages[0])))
    return time.perf_counter() - t, n, pages[0]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=1000)
    ap.add_argument("--budget", type=float, default=10.0)
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
        print(f"seed report: {first[1]} claims, {first[2]} pages: {first[0]:.2f} s first, {warm[0]:.2f} s warm")
        big = Ledger.open(tmp / "big.db", today=date(2026, 11, 28), author="bench")
        big.bulk.bulk_load(articles(args.claims))
        secs, n, pages = render(big, tmp / "big.pdf", ClaimFilter())
        print(f"{n:,} claims: {pages} pages in {secs:.2f} s ({pages / secs:.1f} pages/s); budget {args.budget:g} s")
    if secs > args.budget:
        print(f"OVER BUDGET by {secs - args.budget:.1f} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
