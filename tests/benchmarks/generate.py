"""Realistic synthetic ledgers for scale tests: wire-style articles whose sentences carry claims
by a pool of speakers, deadlines spread over years, outcome events for a share of them.
Everything goes through the project's own bulk path (``ledger.bulk.bulk_load``). Deterministic per seed.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from claimledger.services.bulk import BulkArticle, BulkClaim, BulkEvent

FIRST = ["Amina", "Boris", "Carlos", "Deepa", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tomas", "Ute", "Viktor", "Wen", "Yusuf"]
LAST = ["Okafor", "Ivanova", "Mendes", "Sharma", "Kowalski", "Haddad", "Nakamura", "Berg", "Costa", "Dubois",
        "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Khan", "Lopez", "Moreau", "Novak", "Olsen"]
ORGS = ["Ministry of Finance", "Central Bank", "Health Agency", "Port Authority", "Energy Board", "Transport Ministry",
        "City Council", "Weather Service", "Football Federation", "Defence Ministry", "Election Commission",
        "Housing Agency", "Rail Operator", "Telecom Regulator", "Water Utility"]
TOPICS = ["a new rail line", "the fuel subsidy", "interest rates", "the vaccine rollout", "the harbour expansion",
          "the wind farm", "ticket prices", "the flood defences", "the stadium", "troop levels", "the census",
          "housing permits", "the broadband plan", "water tariffs", "the budget deficit", "school meals"]
VERBS = [("plan", "plans to complete {t}"), ("promise", "promised to deliver {t}"), ("prediction", "expects {t} to rise"),
         ("prediction", "said {t} will be approved"), ("plan", "intends to review {t}"),
         ("promise", "vowed to cut {t}"), ("conditional", "will expand {t} only if parliament agrees"),
         ("position", "is firmly opposed to {t}"), ("fact", "confirmed that {t} was delayed")]
STATUSES = ["fulfilled", "not_fulfilled", "partially_fulfilled", "in_progress", "stalled", "moot", "unverifiable"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def articles(n_claims: int, *, seed: int = 7, per_article: int = 10, start: date = date(2015, 1, 1),
             years: int = 11):
    rng = random.Random(seed)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ORGS)) for _ in range(2000)]
    made = 0
    i = 0
    while made < n_claims:
        k = min(per_article, n_claims - made)
        published = start + timedelta(days=rng.randrange(365 * years))
        parts, claims = [], []
        pos = 0
        lede = f"Officials met on Monday to discuss {rng.choice(TOPICS)} and related matters (report {i}). "
        parts.append(lede)
        pos += len(lede)
        for _ in range(k):
            person, org = rng.choice(people)
            kind, verb = rng.choice(VERBS)
            topic = rng.choice(TOPICS)
            deadline = None
            tail = ""
            if kind in ("plan", "promise", "prediction", "conditional") and rng.random() < 0.8:
                due = published + timedelta(days=rng.randrange(7, 900))
                if rng.random() < 0.5:
                    tail = f" by {MONTHS[due.month - 1]} {due.day}, {due.year}"
                    deadline = (tail.strip(), None, due, "day")
                else:
                    last = (date(due.year + (due.month == 12), due.month % 12 + 1, 1) - timedelta(days=1))
                    tail = f" in {MONTHS[due.month - 1]} {due.year}"
                    deadline = (tail.strip(), due.replace(day=1), last, "month")
            quote = f"The {org} {verb.format(t=topic)}{tail}"
            sentence = f"{quote}, {person} said. "
            events = []
            if rng.random() < 0.35:
                when = published + timedelta(days=rng.randrange(1, 1000))
                if when <= date.today():
                    events.append(BulkEvent(status=rng.choice(STATUSES), observed_on=when, author="generator",
                                            note=rng.choice(["", "", "confirmed by ministry statement", "see gazette"]),
                                            evidence_url=f"https://example.org/evidence/{i}-{len(claims)}"))
            claims.append(BulkClaim(
                quote=quote, start=pos, end=pos + len(quote), kind=kind, speaker=person, speaker_kind="person",
                deadline_expression=deadline[0] if deadline else None, deadline_anchor=published if deadline else None,
                deadline_earliest=deadline[1] if deadline else None, deadline_latest=deadline[2] if deadline else None,
                deadline_granularity=deadline[3] if deadline else None,
                tags=rng.choice(["", "", "economy", "transport", "health,budget", "security"]), events=events))
            parts.append(sentence)
            pos += len(sentence)
        text = "".join(parts).strip()
        yield BulkArticle(title=f"{rng.choice(ORGS)} on {rng.choice(TOPICS)} ({i})", published_on=published,
                          text=text, origin=f"generated-{i}.txt", outlet="Generated Wire", claims=claims)
        made += k
        i += 1
