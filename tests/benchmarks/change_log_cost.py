#!/usr/bin/env python3
"""What live updates (issue 18: the change log's triggers, the feed) cost the writers: a bulk
load and single outcome writes, this checkout against a baseline revision of the code, in the
same run, on the same machine, alternating so that both see the same load.

    .venv/bin/python tests/benchmarks/change_log_cost.py [--baseline e0e5cd3] [--claims 200000] [--rounds 2]
                                                         [--db sqlite|pgcluster]

Each measurement is a fresh process on a fresh database: ``Bulk.bulk_load`` of ``--claims``
generated claims (tests/benchmarks/generate.py), then 300 ``record_outcome`` calls (with the
ledger's change feed subscribed in the checkout, as in an open window: each write also notes
which log ids were its own). Prints the medians and ratios (checkout / baseline); exits 1 if
the bulk load is more than 15 % slower than the baseline.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BUDGET = 1.15

CHILD = r"""
import json, sys, time
from datetime import date
sys.path.insert(0, sys.argv[3])
from generate import articles
from claimledger.services import Ledger
led = Ledger.open(sys.argv[1], today=date(2026, 11, 28), author="bench")
n = int(sys.argv[2])
t = time.perf_counter()
added = led.bulk.bulk_load(articles(n))
bulk = time.perf_counter() - t
feed = getattr(led, "changes", None)
unsubscribe = feed.subscribe(lambda ch: None) if feed is not None else None
ids = [c.id for c in led.reader.claims(limit=300)]
t = time.perf_counter()
for i in ids:
    led.outcomes.record_outcome(i, "stalled", observed_on="2021-08-01")
writes = (time.perf_counter() - t) / len(ids)
if unsubscribe:
    unsubscribe()
led.close()
print(json.dumps({"bulk_s": bulk, "claims": added["claims"], "write_ms": writes * 1000}))
"""


def run(src: Path | None, db: str, claims: int) -> dict:
    env = dict(os.environ, LANG="C.UTF-8")
    if src is not None:
        env["PYTHONPATH"] = str(src)
    out = subprocess.run([sys.executable, "-c", CHILD, db, str(claims), str(HERE)], env=env,
                         capture_output=True, text=True)
    if out.returncode:
        sys.stderr.write(out.stderr)
        raise SystemExit(1)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--baseline", default="e0e5cd3", help="git revision before live updates")
    ap.add_argument("--claims", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--db", default="sqlite", choices=["sqlite", "pgcluster"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimledger-changelog-") as tmp:
        work = Path(tmp)
        base = work / "baseline"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.baseline, "desktop"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        srv = None
        if args.db == "pgcluster":
            sys.path.insert(0, str(REPO / "tests"))
            from pgcluster import server
            srv_cm = server()
            srv = srv_cm.__enter__()
        try:
            results: dict[str, list[dict]] = {"baseline": [], "checkout": []}
            for r in range(args.rounds):
                for name, src in (("baseline", base / "desktop"), ("checkout", None)):
                    if srv is None:
                        db = str(work / f"{name}{r}.db")
                    else:
                        import psycopg
                        from sqlalchemy.engine import make_url
                        admin = make_url(srv.url).set(drivername="postgresql", database="postgres")
                        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
                            c.execute(f"CREATE DATABASE {name}{r}")
                        db = make_url(srv.url).set(database=f"{name}{r}").render_as_string(hide_password=False)
                    res = run(src, db, args.claims)
                    results[name].append(res)
                    print(f"round {r + 1} {name:8}: bulk load {res['claims']:,} claims {res['bulk_s']:.1f} s, "
                          f"record_outcome {res['write_ms']:.2f} ms", flush=True)
        finally:
            if srv is not None:
                srv_cm.__exit__(None, None, None)
    med = {k: {m: statistics.median(x[m] for x in v) for m in ("bulk_s", "write_ms")} for k, v in results.items()}
    bulk = med["checkout"]["bulk_s"] / med["baseline"]["bulk_s"]
    write = med["checkout"]["write_ms"] / med["baseline"]["write_ms"]
    print(f"{args.db}: bulk load checkout/baseline {bulk:.2f}x; record_outcome checkout/baseline {write:.2f}x "
          f"(medians of {args.rounds}; load average {os.getloadavg()[0]:.1f})")
    return 0 if bulk <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
