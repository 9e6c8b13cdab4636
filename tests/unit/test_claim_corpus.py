"""Score the claim extractor on the hand-annotated corpus in tests/fixtures/claims/.

    .venv/bin/python -m pytest -s tests/unit/test_claim_corpus.py     # prints the figures
    .venv/bin/python tests/unit/test_claim_corpus.py -v                # per-document detail

Claims: recall over ``must`` annotations, precision over extracted claims (a claim matching a
``must`` or ``may`` annotation is a true positive). Kinds, speakers and deadlines: accuracy over
the matched ``must`` annotations. The floors below are set under the current figures so that a
regression fails; raise them as the extractor improves.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from claimledger.extraction import claims as extraction
from helpers.scripts import seed_check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
CORPUS = FIXTURES / "corpus.json"  # annotated first, then used while developing the rules
HELDOUT = FIXTURES / "heldout.json"  # annotated before the extractor ever saw it; not tuned on
HELDOUT2 = FIXTURES / "heldout2.json"  # 20 more, annotated blind on 2026-11-28 by someone who never ran the extractor
HELDOUT3 = FIXTURES / "heldout3.json"  # 16 more, blind; scored in aggregate only, its misses never looked at
DEV4 = FIXTURES / "dev4.json"  # 16 more, written to develop the claim kinds on (not blind)

FLOORS = {"claim_recall": 0.90, "claim_precision": 0.85, "kind": 0.90, "speaker": 0.90, "deadline": 0.85}
# first (blind) run on heldout.json: claims P 0.96 R 0.91, kinds 0.92, speakers 0.80, deadlines 0.91
HELDOUT_FLOORS = {"claim_recall": 0.85, "claim_precision": 0.85, "kind": 0.85, "speaker": 0.80, "deadline": 0.80}
# first (blind) run on heldout2.json: claims P 0.92 R 0.96, kinds 0.81, speakers 0.82, deadlines 0.62
# after the general fixes its misses led to: P 0.95 R 0.96, kinds 0.90, speakers 0.93, deadlines 0.95
HELDOUT2_FLOORS = {"claim_recall": 0.92, "claim_precision": 0.90, "kind": 0.85, "speaker": 0.88, "deadline": 0.90}
# heldout3.json, first and only run (2026-11-28): P 0.90 R 0.93, kinds 0.77, speakers 0.83, deadlines 0.73
HELDOUT3_FLOORS = {"claim_recall": 0.88, "claim_precision": 0.85, "kind": 0.70, "speaker": 0.78, "deadline": 0.65}
# dev4.json: first run P 0.95 R 0.94, kinds 0.77, speakers 0.84, deadlines 0.87; after the kind work
# it led to: kinds 0.84, deadlines 0.93
DEV4_FLOORS = {"claim_recall": 0.90, "claim_precision": 0.90, "kind": 0.78, "speaker": 0.80, "deadline": 0.88}


SC = seed_check()  # the shared scorer's matching rules, so the corpus and the seed are judged alike


def matches(gold: dict, text: str, claim) -> bool:
    return SC.find_claim(gold, text, [claim.to_json()]) is not None


def speaker_ok(gold: dict, claim) -> bool:
    return SC.speaker_ok(gold, claim.to_json())


def kind_ok(gold: dict, claim) -> bool:
    kinds = gold.get("kind_any") or [gold["kind"]]
    return claim.kind.value in kinds


def deadline_ok(gold: dict, claim) -> bool:
    return SC.deadline_ok({"deadline": gold.get("deadline") or None}, claim.to_json())[0]


def score(verbose: bool = False, path: Path = CORPUS) -> dict:
    corpus = json.loads(path.read_text(encoding="utf-8"))
    tally = {"must": 0, "found": 0, "extracted": 0, "true_pos": 0, "kind": 0, "speaker": 0,
             "dl_total": 0, "dl_ok": 0, "sentences": 0}
    for doc in corpus["documents"]:
        text = doc["text"]
        got = extraction.extract(text, date.fromisoformat(doc["published"]))
        from claimledger.extraction.sentences import split
        tally["sentences"] += len(split(text))
        tally["extracted"] += len(got)
        for c in got:
            if any(matches(g, text, c) for g in doc["claims"]):
                tally["true_pos"] += 1
            elif verbose:
                print(f"  {doc['id']}: EXTRA {c.kind.value} {c.speaker!r}: {c.quote[:90]!r}")
        for g in doc["claims"]:
            if g.get("level", "must") != "must":
                continue
            tally["must"] += 1
            c = next((c for c in got if matches(g, text, c)), None)
            if c is None:
                if verbose:
                    print(f"  {doc['id']}: MISSED {g['quote_contains']!r}")
                continue
            tally["found"] += 1
            k, s = kind_ok(g, c), speaker_ok(g, c)
            tally["kind"] += k
            tally["speaker"] += s
            if g.get("deadline"):
                tally["dl_total"] += 1
                d = deadline_ok(g, c)
                tally["dl_ok"] += d
            else:
                d = True
            if verbose and not (k and s and d):
                dl = c.deadline
                print(f"  {doc['id']}: {g['quote_contains'][:50]!r}: kind {c.kind.value}{'' if k else ' WRONG'}, "
                      f"speaker {c.speaker!r}{'' if s else ' WRONG'}, deadline "
                      f"{(dl.expression, str(dl.earliest), str(dl.latest), str(dl.granularity)) if dl else None}{'' if d else ' WRONG'}")
    found = tally["found"] or 1
    res = {
        "documents": len(corpus["documents"]),
        "sentences": tally["sentences"],
        "annotated_must": tally["must"],
        "extracted": tally["extracted"],
        "claim_recall": tally["found"] / tally["must"],
        "claim_precision": tally["true_pos"] / (tally["extracted"] or 1),
        "kind": tally["kind"] / found,
        "speaker": tally["speaker"] / found,
        "deadline": tally["dl_ok"] / (tally["dl_total"] or 1),
    }
    # kind / speaker "precision and recall" over the must annotations: found-and-right / must
    res["kind_recall"] = tally["kind"] / tally["must"]
    res["speaker_recall"] = tally["speaker"] / tally["must"]
    return res


def report(res: dict, name: str = "corpus") -> str:
    return (f"{name}: {res['documents']} documents, {res['sentences']} sentences, {res['annotated_must']} must-claims, "
            f"{res['extracted']} extracted\n"
            f"  claims   precision {res['claim_precision']:.2f}  recall {res['claim_recall']:.2f}\n"
            f"  kinds    accuracy {res['kind']:.2f} (of found)  recall {res['kind_recall']:.2f} (right kind / annotated)\n"
            f"  speakers accuracy {res['speaker']:.2f} (of found)  recall {res['speaker_recall']:.2f}\n"
            f"  deadlines accuracy {res['deadline']:.2f} (of found claims with an annotated deadline)")


def test_corpus_has_enough_annotations():
    res, held = score(), score(path=HELDOUT)
    assert res["sentences"] + held["sentences"] >= 40
    assert res["annotated_must"] >= 60 and held["annotated_must"] >= 40


@pytest.mark.parametrize("name, path, floors", [
    ("corpus", CORPUS, FLOORS),
    ("held-out", HELDOUT, HELDOUT_FLOORS),
    ("held-out 2", HELDOUT2, HELDOUT2_FLOORS),
    ("held-out 3", HELDOUT3, HELDOUT3_FLOORS),  # aggregate only: blind while nobody reads its misses
    ("dev 4", DEV4, DEV4_FLOORS),
])
def test_scores_above_floor(name, path, floors):
    res = score(path=path)
    print("\n" + report(res, name))
    assert floors, name
    for key, floor in floors.items():
        assert res[key] >= floor, f"{name}: {key} {res[key]:.2f} fell below {floor}"


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for name, path in (("corpus", CORPUS), ("held-out", HELDOUT), ("held-out 2", HELDOUT2), ("held-out 3", HELDOUT3),
                       ("dev 4", DEV4)):
        if verbose and path is HELDOUT3:
            print(report(score(path=path), name) + "   (aggregate only: -v does not list its misses)")
            continue
        if verbose:
            print(f"--- {name}")
        print(report(score(verbose=verbose, path=path), name))
