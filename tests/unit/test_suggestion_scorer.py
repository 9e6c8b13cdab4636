"""The arithmetic of tests/benchmarks/suggestion_quality.py (issue 17's outcome-suggestion scorer),
on small hand-made inputs, and its plumbing end to end against the self-test fake CLI."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load():
    spec = importlib.util.spec_from_file_location("suggestion_quality", BENCH / "suggestion_quality.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["suggestion_quality"] = mod
    spec.loader.exec_module(mod)
    return mod


sq = _load()

GOLD = (100, 160)
SENT = (90, 170)


def sug(claim=1, article=2, start=110, end=150, status="fulfilled", score=0.8):
    return {"claim_id": claim, "article_id": article, "evidence_start": start, "evidence_end": end,
            "status": status, "score": score, "evidence_quote": "x"}


def test_claim_match_needs_half_of_the_shorter_span():
    claims = [{"id": 1, "start": 0, "end": 100}, {"id": 2, "start": 40, "end": 60},
              {"id": 3, "start": 95, "end": 200}]
    # gold 50-100: claim 1 covers all of it, claim 2 is half inside (10 of 20), claim 3 only 5 of 50
    assert [c["id"] for c in sq.matching_claims((50, 100), claims)] == [1, 2]
    assert sq.matching_claims((50, 100), [{"id": 4, "start": 89, "end": 130}]) == []   # 11 of 41


def test_judge_pair_cases():
    j = sq.judge_pair
    # no claim: claim missing, nothing else counted
    o = j("p", "s", "fulfilled", [], 2, [sug()], GOLD, SENT)
    assert (o.claim_found, o.proposed, o.found) == (False, False, False)
    # right passage, right status
    o = j("p", "s", "fulfilled", [1], 2, [sug()], GOLD, SENT)
    assert (o.proposed, o.top_on_passage, o.found, o.status_right) == (True, True, True, True)
    # same sentence but outside the gold passage counts as on the passage
    o = j("p", "s", "fulfilled", [1], 2, [sug(start=165, end=169)], GOLD, SENT)
    assert o.top_on_passage and o.found
    # off the passage: proposed, not found
    o = j("p", "s", "fulfilled", [1], 2, [sug(start=300, end=340)], GOLD, SENT)
    assert (o.proposed, o.top_on_passage, o.found) == (True, False, False)
    # the best is off, a lower one on: found (recall) but the top is wrong (precision)
    o = j("p", "s", "not_fulfilled", [1], 2, [sug(start=300, end=340), sug(status="not fulfilled")], GOLD, SENT)
    assert (o.top_on_passage, o.found, o.status_right) == (False, True, True)
    # suggestions for another claim or from another article do not count for this pair
    o = j("p", "s", "fulfilled", [1], 2, [sug(claim=9), sug(article=7)], GOLD, SENT)
    assert not o.proposed
    # "partially fulfilled" and "partially_fulfilled" are one status
    o = j("p", "s", "partially_fulfilled", [1], 2, [sug(status="Partially fulfilled")], GOLD, SENT)
    assert o.status_right
    o = j("p", "s", "fulfilled", [1], 2, [sug(status="in_progress")], GOLD, SENT)
    assert o.found and not o.status_right


def test_aggregate_figures():
    j = sq.judge_pair
    outcomes = [
        j("a", "s", "fulfilled", [], 2, [], GOLD, SENT),                                  # claim missing
        j("b", "s", "fulfilled", [1], 2, [sug()], GOLD, SENT),                            # right
        j("c", "s", "fulfilled", [1], 2, [sug(status="moot")], GOLD, SENT),               # status wrong
        j("d", "s", "fulfilled", [1], 2, [sug(start=300, end=340)], GOLD, SENT),          # off passage
        j("e", "s", "fulfilled", [1], 2, [], GOLD, SENT),                                 # nothing proposed
    ]
    f = sq.aggregate(outcomes, false_gold=3, false_any=5, unrelated_articles=6, min_score=None)
    assert f["pairs"] == 5 and f["claim_missing"] == 1 and f["pairs_with_claim"] == 4
    assert f["proposed"] == 3 and f["top_suggestion_precision"] == round(2 / 3, 3)
    assert f["found"] == 2 and f["recall"] == 0.5 and f["recall_including_missing_claims"] == 0.4
    assert f["status_accuracy"] == 0.5
    assert f["false_proposals_per_unrelated_article"] == 0.5
    assert f["false_any_claim_per_unrelated_article"] == round(5 / 6, 3)
    empty = sq.aggregate([], 0, 0, 0, None)
    assert empty["top_suggestion_precision"] is None and empty["recall"] is None


def test_sentence_bounds_and_tml_text():
    text = "First one here. The second sentence is it. Third."
    start = text.index("second")
    assert text[slice(*sq.sentence_bounds(text, (start, start + 6)))] == "The second sentence is it."
    raw = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">'
           '08/07/1998</TIMEX3></DCT><TEXT> A &amp; B <EVENT eid="e1">said</EVENT> it would '
           '<TIMEX3 tid="t1">Friday</TIMEX3>.</TEXT></TimeML>')
    assert sq.tml_text(raw) == "A & B said it would Friday."
    assert sq.tml_dct(raw) == "1998-08-07"


def _mini_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "news").mkdir(parents=True)
    docs = {
        "news/a_2016-01-01.txt": "Intro line. The senator said he will resign next week. Other news.\n",
        "news/b_2016-01-09.txt": "Headline.\n\nThe senator resigned on Friday, his office said. Weather follows.\n",
        "news/c_2016-01-02.txt": "The mayor plans to open the bridge in March. Nothing else.\n",
        "news/d_2016-04-01.txt": "The bridge opened on Tuesday. Traffic was light.\n",
        "news/u_2016-01-10.txt": "A football team won a match. Fans cheered.\n",
        "news/v_2016-04-02.txt": "Rain is expected over the weekend. Bring umbrellas.\n",
    }
    for name, text in docs.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def _ref(corpus: Path, doc: str, needle: str, published: str) -> dict:
    text = (corpus / doc).read_text(encoding="utf-8")
    start = text.index(needle)
    end = start + len(needle)
    return {"doc": doc, "published": published, "start": start, "end": end,
            "sha1": sq.short_sha1(text[start:end])}


def _pairs_file(tmp_path: Path, corpus: Path) -> Path:
    pairs = [
        {"pair_id": "senator/1", "story": "senator",
         "claim": _ref(corpus, "news/a_2016-01-01.txt", "The senator said he will resign next week.", "2016-01-01"),
         "evidence": dict(_ref(corpus, "news/b_2016-01-09.txt", "The senator resigned on Friday", "2016-01-09"),
                          status="fulfilled", observed_on="2016-01-08")},
        {"pair_id": "bridge/1", "story": "bridge",
         "claim": _ref(corpus, "news/c_2016-01-02.txt", "The mayor plans to open the bridge in March.", "2016-01-02"),
         "evidence": dict(_ref(corpus, "news/d_2016-04-01.txt", "The bridge opened on Tuesday.", "2016-04-01"),
                          status="fulfilled", observed_on="2016-03-29")},
    ]
    unrelated = []
    for story, doc, published in (("senator", "news/u_2016-01-10.txt", "2016-01-10"),
                                  ("bridge", "news/v_2016-04-02.txt", "2016-04-02")):
        text = (corpus / doc).read_text(encoding="utf-8")
        unrelated.append({"story": story, "doc": doc, "published": published, "sha1": sq.short_sha1(text)})
    path = tmp_path / "pairs.json"
    path.write_text(json.dumps({"version": 1, "pairs": pairs, "unrelated": unrelated}), encoding="utf-8")
    return path


@pytest.mark.parametrize("mode", ["perfect", "flawed"])
def test_end_to_end_with_the_fake_cli(tmp_path, monkeypatch, mode):
    corpus = _mini_corpus(tmp_path)
    pairs = _pairs_file(tmp_path, corpus)
    monkeypatch.setenv("FAKE_PAIRS", str(pairs))
    monkeypatch.setenv("FAKE_CORPUS", str(corpus))
    monkeypatch.setenv("FAKE_MODE", mode)
    out = tmp_path / "figures.json"
    errors = tmp_path / "errors.tsv"
    cmd = f"{sys.executable} {BENCH / 'outcome_pairs' / 'fake_cli.py'}"
    assert sq.main(["--pairs", str(pairs), "--corpus", str(corpus), "--cmd", cmd,
                    "--json", str(out), "--errors", str(errors)]) == 0
    f = json.loads(out.read_text())["figures"]
    if mode == "perfect":
        assert (f["claim_missing"], f["top_suggestion_precision"], f["recall"], f["status_accuracy"]) == (0, 1.0, 1.0, 1.0)
        assert f["false_proposals_gold_claims"] == 0
        assert errors.read_text().count("\n") == 1          # the header only
    else:
        # pair 0 (senator) has no claim; pair 1 (bridge) gets only an off-passage suggestion;
        # the bridge story's unrelated article proposes something for the bridge claim
        assert f["claim_missing"] == 1 and f["proposed"] == 1 and f["found"] == 0
        assert f["top_suggestion_precision"] == 0.0 and f["recall"] == 0.0
        assert f["false_proposals_gold_claims"] == 1
        assert f["false_proposals_per_unrelated_article"] == 0.5
        lines = errors.read_text().splitlines()
        assert any("claim missing" in line for line in lines)
        assert any("no suggestion on the gold passage" in line for line in lines)


def test_a_changed_corpus_stops_the_run(tmp_path, capsys):
    corpus = _mini_corpus(tmp_path)
    pairs = _pairs_file(tmp_path, corpus)
    (corpus / "news/b_2016-01-09.txt").write_text("Headline.\n\nThe governor resigned on Friday.\n")
    assert sq.main(["--pairs", str(pairs), "--corpus", str(corpus), "--check-only"]) == 2
    err = capsys.readouterr().err
    assert "news/b_2016-01-09.txt" in err and "does not match" in err
