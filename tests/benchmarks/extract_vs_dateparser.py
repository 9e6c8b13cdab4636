"""Whole claim extraction against dateparser's date search on the same news texts, one core.

    .venv/bin/python tests/benchmarks/extract_vs_dateparser.py [DIR] [--limit N] [--rounds K] [--max-ratio R]

DIR holds plain-text news articles (*.txt), e.g. a folder of real articles such as
../shared/eval/polnear/dev/text; without it, the generated wire articles of extract_speed.py are
used. Both systems are warmed up first (spaCy's model load and dateparser's first call are not
counted), then each runs over every text once a round, the two taking turns, for ``--rounds``
rounds (default 3). Prints each round's times, the best time of each system and the ratio of
the best times (a shared machine's load comes and goes within a run: one pass each swung the
ratio by a tenth either way), and exits 1 above ``--max-ratio`` (default 2.5: extraction
parses, attributes, classifies and resolves deadlines, and may cost at most 2.5 times what
finding the dates alone costs dateparser).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

from claimledger.extraction import claims


def _texts(folder: str | None, limit: int) -> list[str]:
    if folder:
        return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))[:limit]]
    sys.path.insert(0, str(Path(__file__).parent))
    import extract_speed

    rng = random.Random(20210706)
    return [extract_speed.article(rng) for _ in range(limit)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=2.5)
    args = ap.parse_args()
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    from dateparser.search import search_dates

    texts = _texts(args.folder, args.limit)
    published = date(2016, 9, 1)
    claims.extract(texts[0], published)
    search_dates(texts[0], languages=["en"])
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars / len(texts):.0f} chars on average")
    t_extract, t_dp = [], []
    for k in range(args.rounds):
        t0 = time.perf_counter()
        n_claims = sum(len(claims.extract(t, published)) for t in texts)
        t_extract.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_dates = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)
        t_dp.append(time.perf_counter() - t0)
        print(f"round {k + 1}: extract {t_extract[-1]:.2f} s, dateparser {t_dp[-1]:.2f} s "
              f"({t_extract[-1] / t_dp[-1]:.2f}x)")
    best_x, best_dp = min(t_extract), min(t_dp)
    ratio = best_x / best_dp
    print(f"claimledger extract: best {best_x:.2f} s ({len(texts) / best_x:.1f} articles/s, {n_claims} claims)")
    print(f"dateparser search_dates: best {best_dp:.2f} s ({len(texts) / best_dp:.1f} articles/s, {n_dates} dates)")
    print(f"ratio of the best times: {ratio:.2f}x (budget {args.max_ratio}x)")
    if ratio > args.max_ratio:
        print(f"FAIL: extraction is {ratio:.2f}x dateparser's search", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
