"""The language model's parse with thinc's default CPU matrix products (BLIS) against the one the
project uses (numpy's BLAS, ``claimledger.extraction.parse.use_numpy_blas``), on the same sentences,
one core.

    taskset -c 0 .venv/bin/python tests/benchmarks/parse_ops.py [DIR] [--limit N] [--rounds K]

DIR holds plain-text news articles (*.txt), e.g. ../shared/eval/polnear/dev/text; without it, the
generated wire articles of extract_speed.py are used. The sentences of each article (the
project's own splitter) are parsed by two copies of the pipeline, taking turns, ``--rounds``
times (default 3); prints each round's times and the ratio of the best times, and exits 1 if
any sentence's tags, labels or heads differ between the two.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from claimledger.extraction import parse, sentences


def _parses(nlp, texts: list[str]) -> tuple[float, list]:
    t0 = time.perf_counter()
    docs = []
    for k in range(0, len(texts), 32):  # (as the extraction does: an article's sentences at a time)
        docs.extend(nlp.pipe(texts[k:k + 32], batch_size=64))
    took = time.perf_counter() - t0
    return took, [[(t.tag_, t.dep_, t.head.i) for t in doc] for doc in docs]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?")
    ap.add_argument("--limit", type=int, default=84)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    if args.folder:
        articles = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))[:args.limit]]
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        import random

        import extract_speed

        rng = random.Random(20210706)
        articles = [extract_speed.article(rng) for _ in range(args.limit)]
    texts = [s.text for a in articles for s in sentences.split(a)]
    blis = spacy.load(parse.MODEL, exclude=list(parse._EXCLUDE))
    ours = spacy.load(parse.MODEL, exclude=list(parse._EXCLUDE))
    parse.use_numpy_blas(ours)
    for nlp in (blis, ours):
        _parses(nlp, texts[:20])  # warm up
    print(f"{len(texts)} sentences of {len(articles)} articles")
    t_blis, t_ours = [], []
    for k in range(args.rounds):
        took, a = _parses(blis, texts)
        t_blis.append(took)
        took, b = _parses(ours, texts)
        t_ours.append(took)
        print(f"round {k + 1}: thinc's BLIS {t_blis[-1]:.2f} s, numpy's BLAS {t_ours[-1]:.2f} s")
        if a != b:
            bad = sum(x != y for x, y in zip(a, b))
            print(f"FAIL: {bad} of {len(texts)} sentences parse differently", file=sys.stderr)
            return 1
    print(f"best: BLIS {min(t_blis):.2f} s, numpy's BLAS {min(t_ours):.2f} s "
          f"({min(t_blis) / min(t_ours):.2f}x faster); every parse the same")
    return 0


if __name__ == "__main__":
    sys.exit(main())
