"""SELF-TEST ONLY: a fake `claimledger` for checking the plumbing of suggestion_quality.py.

It is not the application and measures nothing about it. It answers the few commands the scorer
uses (`--db DB import FILE --published D --title T`, `claims --format json --include-rejected`,
`suggestions --format json`) from the gold pairs themselves, so the scorer's figures on it are
known in advance:

    FAKE_PAIRS=tests/benchmarks/outcome_pairs/dev.json FAKE_CORPUS=/work/shared/eval \
        .venv/bin/python tests/benchmarks/suggestion_quality.py --pairs tests/benchmarks/outcome_pairs/dev.json \
        --cmd ".venv/bin/python tests/benchmarks/outcome_pairs/fake_cli.py"

FAKE_MODE=perfect (default): every gold claim is a claim, every pair gets one suggestion on its
passage with the gold status, nothing from unrelated articles -> precision, recall and status 1.0,
no false proposals. FAKE_MODE=flawed, counting the pairs in file order from 0: pair 0 has no
claim (claim missing); pair 1's only suggestion is off the passage (at the document's end);
pair 2 has the wrong status; pair 3 has an off-passage suggestion ranked above the right one;
and the first unrelated article of each story proposes something for the story's first claim.
The ledger is a JSON file at the --db path.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from suggestion_quality import document_text  # noqa: E402


def main(argv: list[str]) -> int:
    db = argv[argv.index("--db") + 1]
    rest = argv[argv.index("--db") + 2:]
    state = json.loads(Path(db).read_text()) if Path(db).exists() else {"articles": []}
    pairs_doc = json.loads(Path(os.environ["FAKE_PAIRS"]).read_text(encoding="utf-8"))
    corpus = Path(os.environ.get("FAKE_CORPUS", "/work/shared/eval"))
    mode = os.environ.get("FAKE_MODE", "perfect")
    pairs = pairs_doc["pairs"]

    def article_of(doc: str):
        text = document_text(corpus, doc)
        return next((a for a in state["articles"] if a["text"] == text), None)

    if rest[0] == "import":
        text = Path(rest[1]).read_text(encoding="utf-8")
        found = next((a for a in state["articles"] if a["text"] == text), None)
        if found is None:
            found = {"id": len(state["articles"]) + 1, "text": text,
                     "published": rest[rest.index("--published") + 1]}
            state["articles"].append(found)
            Path(db).write_text(json.dumps(state))
        print(f"imported article {found['id']} ({found['published']}): 0 claims — {rest[1]}")
        return 0

    # one claim per distinct gold claim span, numbered in file order
    claims, claim_id_of = [], {}
    for i, p in enumerate(pairs):
        c = p["claim"]
        key = (c["doc"], c["start"], c["end"])
        if key in claim_id_of or (mode == "flawed" and i == 0):
            continue
        art = article_of(c["doc"])
        if art is None:
            continue
        claim_id_of[key] = len(claims) + 1
        claims.append({"id": len(claims) + 1, "article_id": art["id"], "start": c["start"], "end": c["end"],
                       "quote": art["text"][c["start"]:c["end"]], "kind": "prediction", "status": "pending"})
    if rest[0] == "claims":
        print(json.dumps(claims))
        return 0
    if rest[0] == "suggestions":
        out = []
        for i, p in enumerate(pairs):
            c, e = p["claim"], p["evidence"]
            cid = claim_id_of.get((c["doc"], c["start"], c["end"]))
            art = article_of(e["doc"])
            if cid is None or art is None:
                continue
            right = {"claim_id": cid, "article_id": art["id"], "status": e["status"],
                     "observed_on": e["observed_on"], "evidence_start": e["start"], "evidence_end": e["end"],
                     "evidence_quote": art["text"][e["start"]:e["end"]], "score": 0.9}
            n = len(art["text"])
            wrong = dict(right, evidence_start=n - 1, evidence_end=n, evidence_quote=art["text"][n - 1:],
                         score=0.95)
            if mode == "flawed" and i == 1:
                out.append(wrong)
            elif mode == "flawed" and i == 2:
                out.append(dict(right, status="moot" if e["status"] != "moot" else "fulfilled"))
            elif mode == "flawed" and i == 3:
                out.extend([wrong, right])
            else:
                out.append(right)
        if mode == "flawed":
            seen = set()
            for u in pairs_doc.get("unrelated", []):
                if u["story"] in seen:
                    continue
                seen.add(u["story"])
                first = next((p for p in pairs if p["story"] == u["story"]), None)
                art = article_of(u["doc"])
                cid = first and claim_id_of.get((first["claim"]["doc"], first["claim"]["start"],
                                                 first["claim"]["end"]))
                if art and cid:
                    out.append({"claim_id": cid, "article_id": art["id"], "status": "fulfilled",
                                "observed_on": u["published"], "evidence_start": 0, "evidence_end": 5,
                                "evidence_quote": art["text"][:5], "score": 0.5})
        print(json.dumps(out))
        return 0
    print(f"fake_cli: unknown command {rest[0]}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
