"""How well the ledger proposes outcomes of earlier claims from later articles (issue 17).

    .venv/bin/python tests/benchmarks/suggestion_quality.py --pairs tests/benchmarks/outcome_pairs/dev.json \
        [--cmd .venv/bin/claimledger] [--corpus /work/shared/eval] [--errors FILE] [--json FILE] \
        [--min-score X] [--jobs N]

The pairs file (tests/benchmarks/outcome_pairs/README.md) holds only references into a corpus of
real news that is not part of the repository: document paths relative to --corpus, character
offsets and a short sha1 of each span's text. At start every span is checked against the corpus;
a mismatch stops the run with a message naming the document (the corpus changed, or the wrong
--corpus was given).

For each story a fresh ledger (a temporary SQLite file) is filled through the command line alone:
the claim articles are imported with their publication dates, the app's claim overlapping the
gold claim span is located (>= 50 % of the shorter span; none: "claim missing"), then the
settling and unrelated articles are imported with their dates, and `suggestions --format json` is
read. Figures:

- top-suggestion precision: for each (gold claim, settling article) for which the app proposes
  anything, is its best suggestion for that claim from that article on the gold evidence passage
  (overlapping it, or in a sentence the passage touches)?
- recall: the share of settled claims for which some suggestion from the settling article is on
  the gold passage; given over the pairs whose claim the app extracted, and over all pairs.
- status accuracy: of the pairs found, is the status of the best suggestion on the passage the
  gold status ("partially fulfilled" and "partially_fulfilled" are one status)?
- false proposals: suggestions from unrelated articles (later articles on other subjects), for the
  gold claims and for any claim of the story's claim articles; count and rate per unrelated article.

Documents: `.txt` files are imported as they are (offsets are into the file's text). TimeML
`.tml` files (TBAQ) are turned into plain text by `tml_text`: the content of the <TEXT> element
with every tag removed, the XML entities (&amp; &lt; &gt; &quot; &apos;) decoded and the whitespace
at both ends stripped (as the ledger stores an imported text), nothing else changed; offsets are into that text, and the publication date is the document creation time
(<DCT><TIMEX3 value=...>). The converted text is written to a temporary .txt file and imported.

Exit status 0 when the run completes (the figures are for reading, not a pass/fail gate); 2 for a
pairs file or corpus that does not check out; 1 when the command under test fails.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_CORPUS = "/work/shared/eval"
SHA_LEN = 12
CLAIM_OVERLAP = 0.5


class PairsError(Exception):
    """The pairs file does not resolve against the corpus."""


class CommandError(Exception):
    """The command under test failed."""


# ---------------------------------------------------------------------------------------------
# Documents and spans


def tml_text(raw: str) -> str:
    """Plain text of a TimeML document: <TEXT> content, tags removed, XML entities decoded, and the
    whitespace at both ends removed (the ledger stores an imported text without it)."""
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not m:
        raise PairsError("no <TEXT> element")
    inner = re.sub(r"<[^>]*>", "", m.group(1))
    return html.unescape(inner).strip()


def tml_dct(raw: str) -> str:
    m = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    if not m:
        raise PairsError("no document creation time")
    return m.group(1)


def document_text(corpus: Path, doc: str) -> str:
    path = corpus / doc
    if not path.is_file():
        raise PairsError(f"{doc}: not found under {corpus}")
    raw = path.read_text(encoding="utf-8")
    return tml_text(raw) if doc.endswith(".tml") else raw


def short_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:SHA_LEN]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_of_shorter(a: tuple[int, int], b: tuple[int, int]) -> float:
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap(a, b) / shorter if shorter > 0 else 0.0


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n|\n")


def sentence_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span widened to the sentences it touches (a plain punctuation/newline splitter)."""
    start, end = span
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    stop = len(text)
    m = _SENTENCE_END.search(text, max(end - 1, start))
    if m:
        stop = m.start() + 1
    return begin, max(stop, end)


# ---------------------------------------------------------------------------------------------
# The pairs file


def load_pairs(path: Path, corpus: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts: dict[str, str] = {}

    def text_of(doc: str) -> str:
        if doc not in texts:
            texts[doc] = document_text(corpus, doc)
        return texts[doc]

    problems = []
    for pair in data["pairs"]:
        for side in ("claim", "evidence"):
            ref = pair[side]
            text = text_of(ref["doc"])
            got = short_sha1(text[ref["start"]:ref["end"]])
            if got != ref["sha1"]:
                problems.append(f"{pair['pair_id']}: {side} span {ref['start']}-{ref['end']} of "
                                f"{ref['doc']} has sha1 {got}, the pairs file says {ref['sha1']}")
    for ref in data.get("unrelated", []):
        got = short_sha1(text_of(ref["doc"]))
        if got != ref["sha1"]:
            problems.append(f"unrelated {ref['doc']}: text sha1 {got}, the pairs file says {ref['sha1']}")
    if problems:
        raise PairsError("the corpus does not match the pairs file (changed corpus or wrong --corpus):\n  "
                         + "\n  ".join(problems))
    data["_texts"] = texts
    return data


# ---------------------------------------------------------------------------------------------
# Pure scoring (tested in tests/unit/test_suggestion_scorer.py)


def norm_status(status: str | None) -> str:
    return re.sub(r"[\s\-]+", "_", (status or "").strip().lower())


def matching_claims(gold: tuple[int, int], app_claims: list[dict]) -> list[dict]:
    """The app's claims overlapping the gold claim span by >= 50 % of the shorter span, best first."""
    hits = []
    for c in app_claims:
        ratio = overlap_of_shorter(gold, (c["start"], c["end"]))
        if ratio >= CLAIM_OVERLAP:
            hits.append((ratio, c))
    hits.sort(key=lambda h: -h[0])
    return [c for _, c in hits]


def on_passage(sug: dict, gold: tuple[int, int], gold_sentences: tuple[int, int]) -> bool:
    span = (sug.get("evidence_start"), sug.get("evidence_end"))
    if not isinstance(span[0], int) or not isinstance(span[1], int):
        return False
    if span[1] <= span[0]:
        return False
    return overlap(span, gold) > 0 or overlap(span, gold_sentences) > 0


@dataclass
class PairOutcome:
    pair_id: str
    story: str
    claim_found: bool
    proposed: bool = False          # any suggestion for the claim from the settling article
    top_on_passage: bool = False    # the best of those is on the gold passage
    found: bool = False             # some suggestion from the settling article is on the passage
    status_right: bool = False      # (of found) the best one on the passage has the gold status
    gold_status: str = ""
    top_status: str = ""
    found_status: str = ""
    top_evidence: str = ""
    top_score: float | None = None
    app_claim_ids: list = field(default_factory=list)


def judge_pair(pair_id: str, story: str, gold_status: str, claim_ids: list, settling_article: int,
               suggestions: list[dict], gold_passage: tuple[int, int],
               gold_sentences: tuple[int, int]) -> PairOutcome:
    """One (claim, settling article) pair against the app's suggestions (given best first)."""
    out = PairOutcome(pair_id, story, claim_found=bool(claim_ids), gold_status=norm_status(gold_status),
                      app_claim_ids=list(claim_ids))
    if not claim_ids:
        return out
    mine = [s for s in suggestions
            if s.get("claim_id") in claim_ids and s.get("article_id") == settling_article]
    if not mine:
        return out
    out.proposed = True
    top = mine[0]
    out.top_status = norm_status(top.get("status"))
    out.top_evidence = str(top.get("evidence_quote") or "")
    out.top_score = top.get("score")
    out.top_on_passage = on_passage(top, gold_passage, gold_sentences)
    hit = next((s for s in mine if on_passage(s, gold_passage, gold_sentences)), None)
    if hit is not None:
        out.found = True
        out.found_status = norm_status(hit.get("status"))
        out.status_right = out.found_status == out.gold_status
    return out


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def aggregate(outcomes: list[PairOutcome], false_gold: int, false_any: int, unrelated_articles: int,
              min_score: float | None) -> dict:
    with_claim = [o for o in outcomes if o.claim_found]
    proposed = [o for o in with_claim if o.proposed]
    found = [o for o in with_claim if o.found]
    return {
        "pairs": len(outcomes),
        "claim_missing": len(outcomes) - len(with_claim),
        "pairs_with_claim": len(with_claim),
        "proposed": len(proposed),
        "top_on_passage": sum(o.top_on_passage for o in proposed),
        "top_suggestion_precision": ratio(sum(o.top_on_passage for o in proposed), len(proposed)),
        "found": len(found),
        "recall": ratio(len(found), len(with_claim)),
        "recall_including_missing_claims": ratio(len(found), len(outcomes)),
        "status_right": sum(o.status_right for o in found),
        "status_accuracy": ratio(sum(o.status_right for o in found), len(found)),
        "unrelated_articles": unrelated_articles,
        "false_proposals_gold_claims": false_gold,
        "false_proposals_any_claim": false_any,
        "false_proposals_per_unrelated_article": ratio(false_gold, unrelated_articles),
        "false_any_claim_per_unrelated_article": ratio(false_any, unrelated_articles),
        "min_score": min_score,
    }


# ---------------------------------------------------------------------------------------------
# Driving the command line


def run(cmd: list[str], *args: str) -> str:
    proc = subprocess.run([*cmd, *args], capture_output=True, text=True,
                          env={**os.environ, "LANG": "C.UTF-8"})
    if proc.returncode != 0:
        raise CommandError(f"{' '.join([*cmd, *args])!r} exited {proc.returncode}: "
                           f"{(proc.stderr or proc.stdout).strip()[:500]}")
    return proc.stdout


def import_doc(cmd: list[str], db: str, corpus: Path, doc: str, published: str, text: str,
               tmp: Path) -> int:
    if doc.endswith(".tml"):
        path = tmp / (Path(doc).stem + ".txt")
        path.write_text(text, encoding="utf-8")
    else:
        path = corpus / doc
    out = run(cmd, "--db", db, "import", str(path), "--published", published, "--title", Path(doc).stem)
    m = re.search(r"article (\d+)", out)
    if not m:
        raise CommandError(f"import of {doc} printed no article id: {out.strip()[:300]}")
    return int(m.group(1))


def load_json(out: str, what: str):
    try:
        return json.loads(out)
    except json.JSONDecodeError as exc:
        raise CommandError(f"{what} did not print JSON: {exc}: {out[:200]!r}") from None


def app_claims_of(cmd: list[str], db: str) -> list[dict]:
    rows = load_json(run(cmd, "--db", db, "claims", "--format", "json", "--include-rejected"), "claims")
    claims = []
    for r in rows:
        cid = r.get("claim_id", r.get("id"))
        start = r.get("start", r.get("quote_start"))
        end = r.get("end", r.get("quote_end"))
        claims.append({"id": cid, "article_id": r.get("article_id"), "start": start, "end": end,
                       "quote": r.get("quote", "")})
    return claims


def score_story(story: str, pairs: list[dict], unrelated: list[dict], data: dict, cmd: list[str],
                corpus: Path, min_score: float | None,
                claims_only: bool = False) -> tuple[list[PairOutcome], int, int, list[str]]:
    texts = data["_texts"]
    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="suggestion_quality_") as tmpdir:
        tmp = Path(tmpdir)
        db = str(tmp / "ledger.db")
        ids: dict[str, int] = {}
        claim_docs = sorted({(p["claim"]["published"], p["claim"]["doc"]) for p in pairs})
        for published, doc in claim_docs:
            ids[doc] = import_doc(cmd, db, corpus, doc, published, texts[doc], tmp)
        claims = app_claims_of(cmd, db)
        for c in claims:
            doc = next((d for d, i in ids.items() if i == c["article_id"]), None)
            if doc and isinstance(c["start"], int) and texts[doc][c["start"]:c["end"]] != c["quote"]:
                warnings.append(f"{story}: claim {c['id']} quote differs from the corpus text of {doc} "
                                f"at {c['start']}-{c['end']} (the stored text is not the file's text)")
                break
        later = sorted({(p["evidence"]["published"], p["evidence"]["doc"]) for p in pairs}
                       | {(u["published"], u["doc"]) for u in unrelated})
        suggestions: list[dict] = []
        if not claims_only:
            for published, doc in later:
                if doc not in ids:
                    ids[doc] = import_doc(cmd, db, corpus, doc, published, texts[doc], tmp)
            suggestions = load_json(run(cmd, "--db", db, "suggestions", "--format", "json"), "suggestions")
        else:
            ids.update({doc: -1 for _, doc in later if doc not in ids})
    if min_score is not None:
        suggestions = [s for s in suggestions if (s.get("score") or 0) >= min_score]

    story_claim_ids = set()
    outcomes = []
    for p in pairs:
        c, e = p["claim"], p["evidence"]
        in_doc = [x for x in claims if x["article_id"] == ids[c["doc"]] and isinstance(x["start"], int)]
        matched = [x["id"] for x in matching_claims((c["start"], c["end"]), in_doc)]
        story_claim_ids.update(matched)
        passage = (e["start"], e["end"])
        outcomes.append(judge_pair(p["pair_id"], story, e["status"], matched, ids[e["doc"]], suggestions,
                                   passage, sentence_bounds(texts[e["doc"]], passage)))
    unrelated_ids = {ids[u["doc"]] for u in unrelated}
    claim_article_ids = {ids[d] for _, d in claim_docs}
    all_claims_of_story = {x["id"] for x in claims if x["article_id"] in claim_article_ids}
    false_gold = sum(1 for s in suggestions
                     if s.get("article_id") in unrelated_ids and s.get("claim_id") in story_claim_ids)
    false_any = sum(1 for s in suggestions
                    if s.get("article_id") in unrelated_ids and s.get("claim_id") in all_claims_of_story)
    return outcomes, false_gold, false_any, warnings


# ---------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", required=True, type=Path)
    ap.add_argument("--cmd", default=".venv/bin/claimledger",
                    help="the command under test (split on spaces), default .venv/bin/claimledger")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, type=Path)
    ap.add_argument("--errors", type=Path, help="write a TSV of the misses here")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here ('-' for stdout)")
    ap.add_argument("--min-score", type=float, default=None,
                    help="count only suggestions scoring at least this (default: all the app prints)")
    ap.add_argument("--jobs", type=int, default=1, help="stories scored at once")
    ap.add_argument("--check-only", action="store_true", help="only check the pairs file against the corpus")
    ap.add_argument("--claims-only", action="store_true",
                    help="import the claim articles only and report how many gold claims the app extracts "
                         "(for an app without the suggestions command)")
    args = ap.parse_args(argv)

    try:
        data = load_pairs(args.pairs, args.corpus)
    except (PairsError, OSError, KeyError, json.JSONDecodeError) as exc:
        print(f"suggestion_quality: {args.pairs}: {exc}", file=sys.stderr)
        return 2
    stories: dict[str, list[dict]] = {}
    for p in data["pairs"]:
        stories.setdefault(p["story"], []).append(p)
    unrelated: dict[str, list[dict]] = {}
    for u in data.get("unrelated", []):
        unrelated.setdefault(u["story"], []).append(u)
    n_unrelated = sum(len(v) for k, v in unrelated.items() if k in stories)
    print(f"{args.pairs}: {len(data['pairs'])} pairs, {len(stories)} stories, {n_unrelated} unrelated "
          f"articles; every span matches the corpus at {args.corpus}")
    if args.check_only:
        return 0

    cmd = args.cmd.split()
    outcomes: list[PairOutcome] = []
    false_gold = false_any = 0
    warnings: list[str] = []
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(score_story, s, ps, unrelated.get(s, []), data, cmd, args.corpus,
                                   args.min_score, args.claims_only) for s, ps in stories.items()]
            for f in futures:
                o, fg, fa, w = f.result()
                outcomes.extend(o)
                false_gold += fg
                false_any += fa
                warnings.extend(w)
    except CommandError as exc:
        print(f"suggestion_quality: {exc}", file=sys.stderr)
        return 1

    figures = aggregate(outcomes, false_gold, false_any, n_unrelated, args.min_score)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)

    def show(v):
        return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)

    rows = [
        ("pairs", figures["pairs"], ""),
        ("claim missing (app extracted no such claim)", figures["claim_missing"], "excluded below"),
        ("top-suggestion precision", figures["top_suggestion_precision"],
         f"{figures['top_on_passage']}/{figures['proposed']} pairs with a proposal (target >= 0.8)"),
        ("recall (settled claims found)", figures["recall"],
         f"{figures['found']}/{figures['pairs_with_claim']} (target >= 0.7)"),
        ("recall including missing claims", figures["recall_including_missing_claims"],
         f"{figures['found']}/{figures['pairs']}"),
        ("status accuracy (of found)", figures["status_accuracy"],
         f"{figures['status_right']}/{figures['found']} (target >= 0.8)"),
        ("false proposals, unrelated -> gold claims", figures["false_proposals_gold_claims"],
         f"{show(figures['false_proposals_per_unrelated_article'])} per unrelated article "
         f"({figures['unrelated_articles']} articles)"),
        ("false proposals, unrelated -> any claim", figures["false_proposals_any_claim"],
         f"{show(figures['false_any_claim_per_unrelated_article'])} per unrelated article"),
        ("score threshold", "app's own" if args.min_score is None else args.min_score, ""),
    ]
    if args.claims_only:
        rows = rows[:2] + [("gold claims the app extracted", figures["pairs_with_claim"],
                            f"of {figures['pairs']} pairs (claims only: no later articles, no suggestions)")]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {show(value):>9}  {note}")

    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            fh.write("pair_id\tstory\tproblem\tgold_status\tapp_status\tscore\tapp_evidence\n")
            for o in outcomes:
                if not o.claim_found:
                    problem = "claim missing"
                elif not o.proposed:
                    problem = "nothing proposed from the settling article"
                elif not o.found:
                    problem = "no suggestion on the gold passage"
                elif not o.top_on_passage:
                    problem = "best suggestion off the gold passage"
                elif not o.status_right:
                    problem = "status wrong"
                else:
                    continue
                status = o.found_status or o.top_status
                fh.write("\t".join([o.pair_id, o.story, problem, o.gold_status, status,
                                    "" if o.top_score is None else str(o.top_score),
                                    o.top_evidence.replace("\t", " ").replace("\n", " ")[:300]]) + "\n")
    if args.json:
        payload = json.dumps({"figures": figures, "warnings": warnings,
                              "pairs": [o.__dict__ for o in outcomes]}, indent=2)
        if str(args.json) == "-":
            print(payload)
        else:
            args.json.write_text(payload + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
