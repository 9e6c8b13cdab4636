"""Speed of the temporal tagger against ``dateparser.search.search_dates`` on the same text.

Run:  .venv/bin/python tests/benchmarks/timex_speed.py [--docs N] [--repeat R]

Documents: the shipped seed article(s), a set of generated news paragraphs, and (when the
shared evaluation folder ``../shared/eval/tbaq`` is present next to the repository) the
TempEval-3 training news, read at run time and never copied into the project. Both systems
see the same paragraphs; dateparser gets ``languages=['en']`` and ``RELATIVE_BASE=dct``.
Prints figures only (DESIGN.md budget: the tagger at least 5x faster); exits 1 if it is not.
"""
from __future__ import annotations

import argparse
import glob
import html
import os
import random
import re
import sys
import time
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "desktop"))

from claimledger.extraction import timex  # noqa: E402

_SUBJECTS = ["The ministry", "A spokesperson for the rebels", "The central bank", "Union leaders", "The company",
             "Officials in the capital", "The prime minister", "Investigators"]
_VERBS_PAST = ["said on Monday", "told reporters on Thursday", "announced last week", "confirmed yesterday",
               "said in a statement late on Friday", "disclosed earlier this month"]
_CLAIMS = ["it will present a written proposal as soon as next month", "talks will be accelerated in the coming days",
           "all troops would leave by September 11", "it would take a month to reach that stage",
           "profits rose 12% in the third quarter from a year earlier", "inflation will ease early next year",
           "the plant will reopen in the first half of 2022", "the ban has been in force for almost two decades",
           "a decision is expected within two weeks", "the vote, scheduled for Nov. 3, would go ahead",
           "output fell for the past three years", "dividends are paid quarterly",
           "negotiations began last year and resumed on Tuesday", "the system was built in the 1990s"]


def generated_paragraphs(n: int, seed: int = 7) -> list[tuple[str, date]]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        sents = []
        for _ in range(rnd.randint(3, 6)):
            sents.append(f"{rnd.choice(_SUBJECTS)} {rnd.choice(_VERBS_PAST)} that {rnd.choice(_CLAIMS)}.")
        out.append((" ".join(sents), date(2021, rnd.randint(1, 12), rnd.randint(1, 28))))
    return out


def seed_articles() -> list[tuple[str, date]]:
    out = []
    for path in sorted(glob.glob(os.path.join(REPO, "..", "shared", "seeds", "*.txt"))) + \
            sorted(glob.glob(os.path.join(REPO, "seeds", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s", text)
        dct = date.fromisoformat(m.group(1)) if m else date(2021, 7, 6)
        for para in re.split(r"\n\s*\n", text[m.end() if m else 0:]):
            if para.strip():
                out.append((para, dct))
    return out


def eval_corpus(limit: int) -> list[tuple[str, date]]:
    root = os.path.join(REPO, "..", "shared", "eval", "tbaq")
    files = sorted(glob.glob(os.path.join(root, "**", "*.tml"), recursive=True))[:limit]
    out = []
    for f in files:
        raw = open(f, encoding="utf-8").read()
        m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4})-?(\d{2})-?(\d{2})'
                      r'|value="(\d{4})-?(\d{2})-?(\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"', raw)
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        if not m or not body:
            continue
        g = [x for x in m.groups() if x]
        dct = date(int(g[0]), int(g[1]), int(g[2]))
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1)))
        for para in re.split(r"\n\s*\n", text):
            if para.strip():
                out.append((para, dct))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=40, help="eval documents to include (0: none)")
    ap.add_argument("--generated", type=int, default=60, help="generated paragraphs")
    ap.add_argument("--repeat", type=int, default=3, help="tagger repetitions (best of)")
    args = ap.parse_args(argv)

    paras = seed_articles() + generated_paragraphs(args.generated) + (eval_corpus(args.docs) if args.docs else [])
    chars = sum(len(p) for p, _ in paras)
    print(f"paragraphs: {len(paras)}  characters: {chars:,}")

    from dateparser.search import search_dates
    search_dates("warm up on Monday", languages=["en"], settings={"RELATIVE_BASE": datetime(2021, 7, 6)})
    timex.tag("warm up on Monday", date(2021, 7, 6))

    best = float("inf")
    n_tags = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_tags = sum(len(timex.tag(p, d)) for p, d in paras)
        best = min(best, time.perf_counter() - t0)
    t0 = time.perf_counter()
    n_dp = 0
    for p, d in paras:
        res = search_dates(p, languages=["en"], settings={"RELATIVE_BASE": datetime(d.year, d.month, d.day)})
        n_dp += len(res or [])
    dp = time.perf_counter() - t0

    print(f"timex.tag:              {best:8.3f} s  ({best / len(paras) * 1000:6.2f} ms/paragraph, {n_tags} expressions)")
    print(f"dateparser search_dates: {dp:8.3f} s  ({dp / len(paras) * 1000:6.2f} ms/paragraph, {n_dp} dates)")
    ratio = dp / best if best else float("inf")
    print(f"ratio: timex.tag is {ratio:.1f}x faster than dateparser.search.search_dates (budget: >= 5x)")
    return 0 if ratio >= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
