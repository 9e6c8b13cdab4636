"""Claim extraction throughput: 1,000 generated news articles of about 3 KB in one process.

    .venv/bin/python tests/benchmarks/extract_speed.py [--articles N] [--min-rate R]

Prints articles per second (one core, one process) and exits 1 below ``--min-rate``
(default 12/s, issue 13's budget once extraction parses with spaCy: the parser alone runs
~7,200 tokens/s here, so only the sentences that can hold an attribution are parsed).
Articles are built deterministically from wire-style sentence templates with quotes,
attributions, dates, headlines and datelines so every code path is exercised.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta

from claimledger.extraction import claims

PEOPLE = [
    ("Finance Minister", "Maria Lopez", "the Finance Ministry"), ("Prime Minister", "John Carter", "the government"),
    ("central bank governor", "Anil Rao", "the Reserve Bank"), ("spokesperson", "Lena Fischer", "the European Commission"),
    ("chief executive", "Tom Reyes", "Acme Corp"), ("coach", "Carlo Benitez", "Real Madrid"),
    ("Health Minister", "Sara Okafor", "the Health Ministry"), ("army spokesman", "Col. Ahmed Nouri", "the army"),
]
ORGS = ["the United Nations", "the World Bank", "the IMF", "NATO", "the Kremlin", "the White House", "the EU",
        "the Labor Department", "the National Weather Service", "Reuters"]
TIMES = ["next month", "by the end of the year", "in the coming days", "by September 11", "within two weeks",
         "next year", "on Monday", "as soon as March", "later this month", "in the first quarter", "by 2030"]
PAST = ["last week", "on Tuesday", "in March", "last year", "on Friday", "earlier this month"]
VERBS = ["raise taxes", "cut interest rates", "withdraw its troops", "open talks", "hire 5,000 workers",
         "build a new bridge", "hold elections", "release the hostages", "sign the agreement", "close the plant"]
NUMS = ["Hundreds", "Thousands", "More than 1,200", "At least 40", "Nearly 3 million", "About 26%"]


def sentence(rng: random.Random) -> str:
    title, name, org = rng.choice(PEOPLE)
    surname = name.split()[-1]
    t, p, v, o = rng.choice(TIMES), rng.choice(PAST), rng.choice(VERBS), rng.choice(ORGS)
    forms = [
        f"{org[0].upper() + org[1:]} plans to {v} {t}, {title} {name} said on Monday.",
        f'"We will {v} {t}," {surname} told reporters. "There is no other way."',
        f"{title.capitalize()} {name} vowed to {v} {t}, according to a statement from {org}.",
        f"{rng.choice(NUMS)} people have fled the region since the fighting began {p}, {o} said.",
        f'"Possibly it will take a month to {v}," he said, adding that talks were at a critical juncture.',
        f"The economy is expected to grow 2.5% {t}, economists polled by Reuters said.",
        f"A spokesperson for {o} said the government would {v} only if parliament approved the budget.",
        f"Prices rose 3.1% in the year to {rng.choice(['January', 'June', 'October'])}, the fastest pace since 2008.",
        f"{o[0].upper() + o[1:]} said it was very serious about talks and urged both sides to {v}.",
        f"While the storm weakened overnight, forecasters warned that heavy rain could cause flooding {t}.",
        f"U.S. officials, who spoke on condition of anonymity, said Gen. Mark Smith would visit Kabul {t}.",
        f"The team has won four of its last five matches and is set to {v} {t}.",
    ]
    return rng.choice(forms)


def article(rng: random.Random, size: int = 3000) -> str:
    parts = ["Officials urge calm as talks resume", "KABUL, July 5 (Reuters) - " + sentence(rng)]
    length = sum(len(p) for p in parts)
    while length < size:
        par = " ".join(sentence(rng) for _ in range(rng.randint(1, 3)))
        parts.append(par)
        length += len(par) + 2
    return "\n\n".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--min-rate", type=float, default=12.0)
    args = ap.parse_args()
    rng = random.Random(20210706)
    docs = [article(rng) for _ in range(args.articles)]
    published = [date(2021, 7, 6) + timedelta(days=i % 365) for i in range(args.articles)]
    claims.extract(docs[0], published[0])  # warm up (regex compilation, the language model's load)
    t0 = time.perf_counter()
    n_claims = 0
    for text, pub in zip(docs, published):
        n_claims += len(claims.extract(text, pub))
    dt = time.perf_counter() - t0
    rate = args.articles / dt
    avg = sum(len(d) for d in docs) / len(docs)
    print(f"extract: {args.articles} articles (avg {avg:.0f} chars) in {dt:.2f} s = {rate:.1f} articles/s, "
          f"{n_claims} claims ({n_claims / args.articles:.1f}/article)")
    if rate < args.min_rate:
        print(f"FAIL: below {args.min_rate} articles/s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
