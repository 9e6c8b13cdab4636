#!/usr/bin/env python3
"""Possible outcomes for one new article against a large ledger (issue 17: < 200 ms at 1,000,000
claims), with the full-text candidate search first.

    .venv/bin/python tests/benchmarks/suggest_speed.py [--claims 1000000] [--db FILE|URL|pgcluster] [--budget 200]

The ledger is the scale benchmark's (tests/benchmarks/generate.py through scale.py's
``generate``: /tmp/claimledger-scale-N.db, reused when it holds N claims). The new article is
written in the generator's style about its people, organisations and topics, dated after every
generated claim, so its passages hit many candidates. Prints the median and worst of 7 runs of
``services.suggestions.propose`` (read transaction, nothing stored), how many candidate claims the
full-text search returned, and — as a baseline measured in the same run — the median of
``claimledger claims --search`` for the same article's first actor name (``reader.count_claims``
of that filter). Exits 1 over the budget.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def new_article(seed: int = 7) -> str:
    """Outcome reports about the generator's first people and topics (its own random draws)."""
    from generate import FIRST, LAST, ORGS

    rng = random.Random(seed)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ORGS)) for _ in range(2000)]
    (p1, o1), (p2, o2), (p3, o3) = people[:3]
    return (
        f"The {o1} completed a new rail line on June 12, {p1} said on Monday.\n\n"
        f"The {o2} has postponed the review of the fuel subsidy until next year, {p2} told reporters.\n\n"
        f"Work on the harbour expansion began in May, according to the {o3}.\n\n"
        f"{p3} said the budget deficit target was missed and water tariffs were not cut.\n\n"
        "Officials met on Monday to discuss the wind farm and related matters.\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--db", help="a SQLite file, a postgresql+psycopg:// URL, or 'pgcluster' (a throwaway server)")
    ap.add_argument("--budget", type=float, default=200.0, help="milliseconds for one article")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--overhead", type=int, metavar="N",
                    help="instead: import N of import_speed.py's generated articles into a new ledger, one process, "
                         "and print what matching costs next to extraction, article by article")
    args = ap.parse_args()
    if args.overhead:
        return overhead(args.overhead)
    if args.db == "pgcluster":
        sys.path.insert(0, str(HERE.parent))
        from pgcluster import cluster
        from scale import _new_database

        with cluster() as base:
            return run(_new_database(base, f"suggest_{args.claims}"), args)
    return run(args.db or f"/tmp/claimledger-scale-{args.claims}.db", args)


def overhead(n: int) -> int:
    """Import's share: extraction vs matching (``store_proposals`` inside the import's write
    transaction, timed by wrapping it) for ``n`` generated ~3 KB wire articles."""
    import tempfile
    from datetime import timedelta

    from claimledger.extraction import claims as extraction
    from claimledger.services import Ledger
    from claimledger.services import importing
    from extract_speed import article

    rng = random.Random(11)
    spent = {"extract": 0.0, "match": 0.0}
    real_extract, real_match = extraction.extract, importing.suggestions.store_proposals

    def timed(key, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[key] += time.perf_counter() - t
        return wrapper

    extraction.extract = timed("extract", real_extract)
    importing.suggestions.store_proposals = timed("match", real_match)
    try:
        with tempfile.TemporaryDirectory() as work:
            ledger = Ledger.open(Path(work) / "o.db")
            ledger.importer.import_bytes(f" date 2020-01-01 {article(rng)}".encode(), origin="warm.txt")
            spent.update(extract=0.0, match=0.0)
            for i in range(n):
                day = date(2020, 1, 2) + timedelta(days=i)
                ledger.importer.import_bytes(f" date {day} {article(rng)}".encode(), origin=f"{i}.txt")
            made = ledger.suggestions.count_open()
            ledger.close()
    finally:
        extraction.extract, importing.suggestions.store_proposals = real_extract, real_match
    e, m = spent["extract"], spent["match"]
    print(f"import of {n} generated articles: extraction {e * 1000 / n:.1f} ms/article, matching "
          f"{m * 1000 / n:.1f} ms/article ({m / e:.1%} of extraction); {made} suggestions open")
    return 0


def run(db: str, args) -> int:
    from claimledger.domain import ClaimFilter
    from claimledger.extraction import parse  # noqa: F401  (imported before timing, as in the app)
    from claimledger.services import Ledger
    from claimledger.services import suggestions as sg
    from scale import generate

    generate(db, args.claims)
    ledger = Ledger.open(db)
    text = new_article()
    published = date(2026, 6, 30)
    times, found, candidates = [], [], []
    real = sg.candidates

    def counting(conn, *a, **kw):
        rows = real(conn, *a, **kw)
        candidates.append(len(rows))
        return rows

    sg.candidates = counting
    try:
        with ledger.uow.read() as conn:
            sg.propose(conn, article_id=0, text=text, published=published)
        for _ in range(args.runs):
            with ledger.uow.read() as conn:
                t = time.perf_counter()
                found = sg.propose(conn, article_id=0, text=text, published=published)
                times.append((time.perf_counter() - t) * 1000)
    finally:
        sg.candidates = real
    name = sg.names_in(text)[1]
    base = []
    for _ in range(args.runs):
        t = time.perf_counter()
        ledger.reader.count_claims(ClaimFilter(search=name))
        base.append((time.perf_counter() - t) * 1000)
    n = ledger.reader.count_claims()
    med, worst, bmed = statistics.median(times), max(times), statistics.median(base)
    print(f"ledger: {n:,} claims ({ledger.dialect})")
    print(f"suggestions for one article: median {med:.1f} ms, worst {worst:.1f} ms over {args.runs} runs "
          f"(budget {args.budget:.0f} ms); {candidates[-1]} candidate claims read, {len(found)} proposed")
    print(f"baseline, count of claims --search {name!r}: median {bmed:.1f} ms; ratio {med / bmed:.2f}x")
    for p in found[:5]:
        print(f"  claim {p.claim_id}: {p.status} on {p.observed_on} score {p.score:.2f} — {p.quote[:70]}")
    ledger.close()
    return 0 if med < args.budget else 1


if __name__ == "__main__":
    sys.exit(main())
