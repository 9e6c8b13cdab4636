"""Whole claim extraction against dateparser's date search on the same news texts, one core.

    .venv/bin/python tests/benchmarks/extract_vs_dateparser.py [DIR] [--limit N] [--max-ratio R]

DIR holds plain-text news articles (*.txt), e.g. a folder of real articles such as
../shared/eval/polnear/dev/text; without it, the generated wire articles of extract_speed.py are
used. Both systems are warmed up first (spaCy's model load and dateparser's first call are not
counted), then each runs over every text once. Prints both times and their ratio, and exits 1
above ``--max-ratio`` (default 2.5: extraction parses, attributes, classifies and resolves
deadlines, and may cost at most 2.5 times what finding the dates alone costs dateparser).
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
    ap.add_argument("--max-ratio", type=float, default=2.5)
    args = ap.parse_args()
    from dateparser.search import search_dates

    texts = _texts(args.folder, args.limit)
    published = date(2016, 9, 1)
    claims.extract(texts[0], published)
    search_dates(texts[0], languages=["en"])
    t0 = time.perf_counter()
    n_claims = sum(len(claims.extract(t, published)) for t in texts)
    t_extract = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_dates = sum(len(search_dates(t, languages=["en"]) or []) for t in texts)
    t_dp = time.perf_counter() - t0
    ratio = t_extract / t_dp
    chars = sum(map(len, texts))
    print(f"{len(texts)} texts, {chars / len(texts):.0f} chars on average")
    print(f"claimledger extract: {t_extract:.2f} s ({len(texts) / t_extract:.1f} articles/s, {n_claims} claims)")
    print(f"dateparser search_dates: {t_dp:.2f} s ({len(texts) / t_dp:.1f} articles/s, {n_dates} dates)")
    print(f"ratio: {ratio:.2f}x (budget {args.max_ratio}x)")
    if ratio > args.max_ratio:
        print(f"FAIL: extraction is {ratio:.2f}x dateparser's search", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
