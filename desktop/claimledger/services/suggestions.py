"""What happened since: outcomes of open claims proposed from later articles (issue 17).

When an article comes in, :func:`propose` reads it passage by passage (sentences) and proposes
outcomes for the open claims it reports on. It runs inside the import's write transaction, so an
article and its suggestions are stored together.

1. Passages: sentences holding a status cue (``_suggest_rules.STATUS_CUES``: "left", "failed
   to", "was postponed" …); the cue with the highest priority gives the suggested status, a
   fulfilment cue after a negation reads as not fulfilled. A passage with no cue proposes nothing.
2. Candidates (:func:`candidates`): open claims (pending, in progress, stalled) of a forward kind,
   not rejected, from an article published on or before this one, that name an actor of the
   passage (capitalised names with ``ACTOR_ALIASES``; the article's when the passage names none)
   AND an event word of it (its inflections, or its ``EVENT_GROUPS`` synonyms). One bounded
   search for the whole article; when the ledger holds more matches than :data:`CANDIDATES`
   (a large ledger), per passage the newest claims of its tightest searches (its rarest event
   words by counts read from the index, all of the three rarest first). Nothing reads more
   than its LIMIT: at a million claims an article costs tens of milliseconds
   (``tests/benchmarks/suggest_speed.py``).
3. Score of a (passage, claim) pair, 0 … 1: the claim's actors (speaker, its aliases and
   organisation, the names in the quote) named in the passage (else elsewhere in the article: less);
   the share of the claim's content words (stems, event groups) found in the passage; whether the
   observed date is plausible (on or after the claim's article, near its deadline); the cue.
   A claim takes its best passage of the article; pairs under :data:`THRESHOLD` are not stored.
4. Observed date: the passage's own time expression (``extraction.timex``) that lies between the
   claim's article and this one, the nearest to the cue; else this article's date.

Accepting a suggestion records an outcome (``services.outcomes.append_outcome``) with the passage
as evidence quote and the article's link as evidence, in one transaction with the suggestion's new
state; dismissing one keeps its row, so the passage is never proposed again for that claim.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from claimledger.domain import ClaimKind, Status, days_early_or_late
from claimledger.services import _suggest_rules as rules
from claimledger.services.errors import InputError, NotFoundError
from claimledger.services.outcomes import append_outcome, check_url
from claimledger.services.workbench import retract_event
from claimledger.store import articles
from claimledger.store import suggestions as store
from claimledger.store.models import utcnow

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

THRESHOLD = 0.45  # pairs scoring less are not proposed (documented in README)
MAX_PER_ARTICLE = 25
OPEN_STATUSES = (Status.PENDING.value, Status.IN_PROGRESS.value, Status.STALLED.value)
FORWARD_KINDS = (ClaimKind.PREDICTION.value, ClaimKind.PLAN.value, ClaimKind.PROMISE.value,
                 ClaimKind.CONDITIONAL.value)
MAX_PASSAGE = 600  # characters: longer "sentences" (lists, tables) are not passages

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_NAME = re.compile(r"(?:[A-Z][\w’'-]*\.?(?:[A-Z]\.)*)(?:\s+(?:(?:of|the|for|and|de|al)\s+)?[A-Z][\w’'-]*\.?(?:[A-Z]\.)*)*")


# -- words ------------------------------------------------------------------------------------
_POSSESSIVE = re.compile(r"['’]s\b")
_RUN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-case words as the full-text index splits them ("U.S." → u, s; "Mujahid's" → mujahid)."""
    return _RUN.findall(_POSSESSIVE.sub(" ", text.lower()))


@lru_cache(maxsize=50000)
def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "als", "al", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
    return word


def _build_groups() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, group in enumerate(rules.EVENT_GROUPS):
        for w in group:
            out.setdefault(w, i)
            out.setdefault(_stem(w), i)
    return out


GROUP_OF = _build_groups()
GROUP_WORDS = [sorted({w for w in g if " " not in w}) for g in rules.EVENT_GROUPS]


@lru_cache(maxsize=50000)
def concept(word: str) -> str:
    """A word's concept: its event group, else its crude stem."""
    g = GROUP_OF.get(word)
    if g is None:
        g = GROUP_OF.get(_stem(word))
    return f"#{g}" if g is not None else _stem(word)


def content_words(text: str) -> list[str]:
    return [w for w in tokens(text) if w not in rules.STOPWORDS and len(w) > 1 and not w.isdigit()]


def concepts(text: str) -> set[str]:
    return {concept(w) for w in content_words(text)}


def _alias_table() -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    table: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for group in rules.ACTOR_ALIASES:
        phrases = {tuple(tokens(p)) for p in group}
        for p in phrases:
            table.setdefault(p, set()).update(phrases)
    return table


ALIASES = _alias_table()


def actor_phrases(names: list[str]) -> set[tuple[str, ...]]:
    """Word sequences naming the actors ``names`` (with the alias table's other names)."""
    out: set[tuple[str, ...]] = set()
    for name in names:
        if name:
            out.update(_phrases_of(name))
    return out


@lru_cache(maxsize=20000)
def _phrases_of(name: str) -> frozenset[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for part in re.split(r"[\n;,]", name):
        t = tuple(w for w in tokens(part) if w not in ("the", "a", "an"))
        if not t or (len(t) == 1 and t[0] in rules.STOPWORDS):
            continue
        out.add(t)
        out.update(ALIASES.get(t, ()))
    return frozenset(out)


def names_in(text: str) -> list[str]:
    """Capitalised names in ``text`` ("Zabihullah Mujahid", "U.S.", "Ministry of Finance"),
    sentence-initial function words left out."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        while words and words[0].lower() in rules.STOPWORDS:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def _contains(seq: list[str] | str, phrase: tuple[str, ...]) -> bool:
    """Whether the words ``seq`` (or their ``_joined`` string) hold ``phrase`` in a row."""
    if isinstance(seq, list):
        return phrase[0] in seq if len(phrase) == 1 else _contains(_joined(seq), phrase)
    return " " + " ".join(phrase) + " " in seq


def _joined(words: list[str]) -> str:
    return " " + " ".join(words) + " "


# -- status -----------------------------------------------------------------------------------
_CUES = [(status, prio, re.compile(r"\b(?:" + "|".join(pats) + r")\b", re.I)) for status, prio, pats in rules.STATUS_CUES]
_NEGATION = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in rules.NEGATIONS) + r")\W+(?:\w+\W+){0,2}$", re.I)


@dataclass(frozen=True, slots=True)
class Cue:
    status: str
    priority: int
    start: int  # offsets in the passage
    end: int


def status_cue(passage: str) -> Cue | None:
    """The passage's status cue of the highest priority (then the first), negation-aware."""
    best: Cue | None = None
    for status, prio, rx in _CUES:
        for m in rx.finditer(passage):
            st, pr = status, prio
            if status == Status.FULFILLED.value and _NEGATION.search(passage[max(0, m.start() - 40):m.start()]):
                st, pr = Status.NOT_FULFILLED.value, 70
            if best is None or pr > best.priority:
                best = Cue(st, pr, m.start(), m.end())
    return best


# -- passages ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    text: str
    cue: Cue
    words: list[str]
    concepts: set[str]
    joined: str  # " w1 w2 … ": phrase lookups


def passages(text: str) -> list[Passage]:
    from claimledger.extraction import sentences

    out = []
    for s in sentences.split(text):
        if len(s.text) > MAX_PASSAGE or len(s.text) < 12:
            continue
        cue = status_cue(s.text)
        if cue is None:
            continue
        words = tokens(s.text)
        out.append(Passage(s.start, s.end, s.text, cue, words, concepts(s.text), _joined(words)))
    return out


def passage_dates(p: Passage, published: date) -> list[tuple[date, date, int]]:
    """The passage's dates (time expressions of type DATE, not after ``published``): (earliest,
    last day capped at ``published``, distance in characters from the cue)."""
    from claimledger.extraction import timex
    from claimledger.extraction.model import TimexType

    out = []
    for t in timex.tag(p.text, published):
        if t.earliest is None or t.latest is None or t.type != TimexType.DATE or t.earliest > published:
            continue
        out.append((t.earliest, min(t.latest, published), min(abs(t.start - p.cue.end), abs(p.cue.start - t.end))))
    return out


def observed_date(dates: list[tuple[date, date, int]], *, published: date, after: date) -> date:
    """The passage's own date of what happened: of its dates (``passage_dates``) that end on or
    after ``after`` (the claim's article), the nearest to the cue, at least ``after``; else
    ``published``."""
    best = None
    for _earliest, latest, dist in dates:
        if latest >= after and (best is None or dist < best[1]):
            best = (latest, dist)
    return max(best[0], after) if best else published


# -- scoring ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Proposal:
    claim_id: int
    start: int
    end: int
    quote: str
    status: str
    observed_on: date
    score: float


def _claim_actors(row) -> set[tuple[str, ...]]:
    names = [row.speaker or "", row.affiliation or "", *(row.aliases or "").split("\n")]
    names += names_in(row.quote)
    return actor_phrases(names)


def base_score(p: Passage, article_words: str, claim_concepts: set[str], actors: set[tuple[str, ...]]) -> float:
    """The actor and word-overlap part of :func:`score_pair` (0 … 0.8; the date and cue add at most 0.2)."""
    if any(_contains(p.joined, a) for a in actors):
        actor = 1.0
    elif any(_contains(article_words, a) for a in actors):
        actor = 0.5
    else:
        actor = 0.0
    overlap = len(claim_concepts & p.concepts) / max(1, min(len(claim_concepts), 6)) if claim_concepts else 0.0
    if overlap == 0:
        return 0.0
    return 0.35 * actor + 0.45 * min(1.0, overlap)


def score_pair(row, p: Passage, article_words: str, observed: date, claim_concepts: set[str],
               actors: set[tuple[str, ...]], base: float | None = None) -> float:
    if base is None:
        base = base_score(p, article_words, claim_concepts, actors)
    if base == 0:
        return 0.0
    latest = row.deadline_latest
    if latest is None:
        timing = 0.5
    else:
        gap = (observed - latest).days
        timing = 1.0 if -120 <= gap <= 60 else 0.6 if -365 <= gap <= 365 else 0.3
    cue = 1.0 if p.cue.priority >= 50 or p.cue.status == Status.FULFILLED.value else 0.8
    return round(base + 0.1 * timing + 0.1 * cue, 4)


# -- candidates -------------------------------------------------------------------------------
CANDIDATES = 200  # claims read per article at most (one search when the ledger holds no more matches)
PER_PASSAGE = 20  # candidate claims read per passage when the whole article's search finds more
MAX_PASSAGES = 40  # passages searched one by one per article (the first ones)
SLOTS = 6  # a passage's rarest event words searched
COMMON = 2000  # a word in this many claims or more is common (its count is read up to here)
_common: dict[tuple[str, str], int] = {}  # (database, word) -> count: stays common as claims grow


def forms(word: str) -> tuple[str, ...]:
    """The index's words that may be ``word`` in another inflection ("released" → release,
    released, releases, releasing …): its stem with regular endings. The index holds words as
    written (no stemming); words that no claim holds cost one lookup each."""
    stem = _stem(word)
    out = {word, stem}
    if len(stem) >= 3:
        out.update(stem + e for e in ("e", "s", "es", "ed", "d", "ing", "ment", "ments", "ion", "ions", "er", "ers"))
    return tuple(sorted(out))


def event_slots(p: Passage, actor_words: set[str]) -> list[tuple[tuple[str, ...], ...]]:
    """The passage's event words as search slots, each a word's forms (:func:`forms`) or its
    event group's words ("left" → withdraw, withdrew, left, exit …): the passage's content
    words that are not part of the names used as the actor side."""
    out, seen = [], set()
    for w in content_words(p.text):
        if w in actor_words:
            continue
        key = concept(w)
        if key in seen:
            continue
        seen.add(key)
        g = GROUP_OF.get(w, GROUP_OF.get(_stem(w)))
        words = set(GROUP_WORDS[g]) | {w} if g is not None else set(forms(w))
        out.append(tuple((x,) for x in sorted(words)))
    return out


def _any(parts):
    parts = list(parts)
    return parts[0] if len(parts) == 1 else ("or", parts)


def _loosest(actors, slots):
    return ("and", [_any(sorted(actors)), _any(x for s in slots for x in s)])


def candidates(conn, found: list[Passage], text: str, *, article_id: int, published: date) -> list:
    """The open claims the passages may settle (rows of ``store.claims_by_ids``).

    One search for the whole article first: for each passage, (any actor) AND (any event word),
    OR-ed over the passages, the newest :data:`CANDIDATES` + 1 open claims. Fewer than that: they
    are all there is (a ledger of a few thousand claims). Else, per passage, its searches from
    the tightest (its three rarest event words, by counts read from the index up to
    :data:`COMMON`) to the loosest, newest first, up to :data:`PER_PASSAGE`. Every read is bounded
    by its LIMIT, whatever the size of the ledger (the index finds AND-ed words by seeks). The
    actor side is the names in the passage, else the article's."""
    article_actors = actor_phrases(names_in(text))
    per: list[tuple[set, list]] = []
    for p in found[:MAX_PASSAGES]:
        actors = actor_phrases(names_in(p.text)) or article_actors
        if not actors:
            continue
        slots = event_slots(p, {w for a in actors for w in a})
        if slots:
            per.append((actors, slots))
    if not per:
        return []
    scope = dict(published_on=published, article_id=article_id, statuses=OPEN_STATUSES, kinds=FORWARD_KINDS)
    by_actors: dict[frozenset, dict] = {}  # passages naming the same actors: one branch
    for actors, slots in per:
        by_actors.setdefault(frozenset(actors), {}).update(dict.fromkeys(slots))
    whole = _any(_loosest(a, list(s)) for a, s in by_actors.items())
    ids = store.candidate_ids(conn, whole, limit=CANDIDATES + 1, **scope)
    if len(ids) <= CANDIDATES:
        return store.claims_by_ids(conn, ids)
    words = sorted({x for _a, slots in per for s in slots for x in s})
    known = {w: _common[(str(conn.engine.url), w)] for w in words if (str(conn.engine.url), w) in _common}
    ask = [w for w in words if w not in known]
    for w, n in zip(ask, store.match_counts(conn, ask, cap=COMMON)):
        known[w] = n
        if n >= COMMON and len(_common) < 200_000:
            _common[(str(conn.engine.url), w)] = n
    found_ids: dict[int, None] = {}
    for actors, slots in per:
        ranked = [s for n, _i, s in sorted((sum(known[x] for x in s), i, s) for i, s in enumerate(slots)) if n > 0]
        ranked = ranked[:SLOTS]
        if not ranked:
            continue
        side = _any(sorted(actors))
        searches = [("and", [side, *(_any(s) for s in ranked[:k])]) for k in (3, 2) if len(ranked) >= k]
        searches.append(_loosest(actors, ranked))
        got: dict[int, None] = {}
        for expr in searches:
            got.update(dict.fromkeys(store.candidate_ids(conn, expr, limit=PER_PASSAGE, **scope)))
            if len(got) >= PER_PASSAGE:
                break
        found_ids.update(got)
    return store.claims_by_ids(conn, list(found_ids))


def propose(conn, *, article_id: int, text: str, published: date) -> list[Proposal]:
    """Proposals for the article (``text`` published on ``published``), best first; not stored."""
    found = passages(text)
    if not found:
        return []
    article_words = _joined(tokens(text))
    rows = candidates(conn, found, text, article_id=article_id, published=published)
    best: dict[int, Proposal] = {}
    dates: dict[int, list] = {}
    for row in rows:
        claim_concepts = concepts(row.quote)
        actors = _claim_actors(row)
        for p in found:
            if not (claim_concepts & p.concepts):
                continue
            base = base_score(p, article_words, claim_concepts, actors)
            if base + 0.2 < max(THRESHOLD, best[row.id].score if row.id in best else 0.0):
                continue  # cannot pass, or cannot beat this claim's best passage: no dates read
            if p.start not in dates:
                dates[p.start] = passage_dates(p, published)
            observed = observed_date(dates[p.start], published=published, after=row.published_on)
            s = score_pair(row, p, article_words, observed, claim_concepts, actors, base)
            if s < THRESHOLD:
                continue
            if row.id not in best or s > best[row.id].score:
                best[row.id] = Proposal(row.id, p.start, p.end, p.text, p.cue.status, observed, s)
    return sorted(best.values(), key=lambda x: (-x.score, x.claim_id))[:MAX_PER_ARTICLE]


def store_proposals(conn, *, article_id: int, text: str, published: date) -> int:
    """:func:`propose` and store what it found (inside the caller's transaction); how many new."""
    found = propose(conn, article_id=article_id, text=text, published=published)
    now = utcnow()
    return store.insert_suggestions(conn, [
        dict(claim_id=p.claim_id, article_id=article_id, start=p.start, end=p.end, quote=p.quote, status=p.status,
             observed_on=p.observed_on, score=p.score, state=store.OPEN, created_at=now) for p in found])


# -- the ledger's part ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SuggestionView:
    suggestion_id: int
    claim_id: int
    article_id: int
    status: str
    observed_on: date
    evidence_quote: str
    evidence_start: int
    evidence_end: int
    score: float
    state: str
    article_title: str
    article_url: str | None
    claim_quote: str
    days_early_or_late: int | None

    def contract(self) -> dict:
        """The ``suggestions --format json`` object (README)."""
        return {"suggestion_id": self.suggestion_id, "claim_id": self.claim_id, "article_id": self.article_id,
                "status": self.status, "observed_on": self.observed_on.isoformat(),
                "evidence_quote": self.evidence_quote, "evidence_start": self.evidence_start,
                "evidence_end": self.evidence_end, "score": self.score}


def _view(r) -> SuggestionView:
    return SuggestionView(
        r.id, r.claim_id, r.article_id, r.status, r.observed_on, r.quote, r.start, r.end, round(r.score, 4), r.state,
        r.article_title, r.article_url, r.claim_quote,
        days_early_or_late(Status(r.status), r.observed_on, r.deadline_latest))


@dataclass(frozen=True, slots=True)
class Accepted:
    suggestion_id: int
    claim_id: int
    event_id: int
    status: str
    observed_on: date


class Suggestions:
    """Possible outcomes: list, accept (records the outcome), dismiss, and their undo."""

    def __init__(self, uow: UnitOfWork):
        self.uow = uow

    def list(self, *, article_id: int | None = None, claim_id: int | None = None,
             states: tuple[str, ...] = (store.OPEN,), limit: int | None = None) -> list[SuggestionView]:
        with self.uow.read() as conn:
            return [_view(r) for r in store.suggestions(conn, states=states, article_id=article_id,
                                                         claim_id=claim_id, limit=limit)]

    def get(self, suggestion_id: int) -> SuggestionView:
        with self.uow.read() as conn:
            r = store.suggestion_by_id(conn, suggestion_id=suggestion_id)
        if r is None:
            raise NotFoundError(f"no suggestion with id {suggestion_id}")
        return _view(r)

    def count_open(self) -> int:
        with self.uow.read() as conn:
            return store.count_open(conn)

    def match_article(self, article_id: int) -> int:
        """Propose outcomes from an article already in the ledger (one imported before this
        feature, or to look again after claims were added); how many new suggestions."""
        with self.uow.write() as conn:
            row = articles.article_text_and_date(conn, article_id=article_id)
            if row is None:
                raise NotFoundError(f"no article with id {article_id}")
            return store_proposals(conn, article_id=article_id, text=row.text, published=row.published_on)

    def _open_one(self, conn, suggestion_id: int, *, want: str):
        r = store.suggestion_by_id(conn, suggestion_id=suggestion_id)
        if r is None:
            raise NotFoundError(f"no suggestion with id {suggestion_id}")
        if r.state != want:
            raise InputError(f"suggestion {suggestion_id} is {r.state}, not {want}")
        return r

    def accept(self, suggestion_id: int, *, status: str | None = None, observed_on: date | None = None,
               author: str | None = None, note: str = "") -> Accepted:
        """Record the suggested outcome (``status``/``observed_on`` may correct it) with the passage
        as evidence quote and the article's link as evidence; the suggestion becomes accepted."""
        with self.uow.write() as conn:
            r = self._open_one(conn, suggestion_id, want=store.OPEN)
            try:
                st = Status.parse(status or r.status)
            except ValueError as exc:
                raise InputError(str(exc)) from None
            observed = min(observed_on or r.observed_on, self.uow.today())
            try:
                url = check_url(r.article_url)
            except InputError:
                url = None
            title = (r.article_title or "")[:120]
            event_id = append_outcome(
                conn, r.claim_id, st, observed_on=observed, author=author or self.uow.author,
                note=note or f"from article {r.article_id} ({title}), suggestion {suggestion_id}",
                evidence_url=url, evidence_quote=r.quote)
            store.set_state(conn, suggestion_id=suggestion_id, state=store.ACCEPTED, decided_at=utcnow(),
                            event_id=event_id)
        return Accepted(suggestion_id, r.claim_id, event_id, st.value, observed)

    def unaccept(self, suggestion_id: int) -> None:
        """Undo of accept: the outcome retracted (an event restoring the previous status, history
        kept) and the suggestion open again, in one transaction."""
        with self.uow.write() as conn:
            r = self._open_one(conn, suggestion_id, want=store.ACCEPTED)
            if r.event_id is not None:
                retract_event(conn, r.event_id, author=self.uow.author, note=f"suggestion {suggestion_id} reopened")
            store.set_state(conn, suggestion_id=suggestion_id, state=store.OPEN, decided_at=None)

    def dismiss(self, suggestion_id: int) -> int:
        """Never propose this passage for this claim again; the claim id."""
        with self.uow.write() as conn:
            r = self._open_one(conn, suggestion_id, want=store.OPEN)
            store.set_state(conn, suggestion_id=suggestion_id, state=store.DISMISSED, decided_at=utcnow())
        return r.claim_id

    def undismiss(self, suggestion_id: int) -> None:
        with self.uow.write() as conn:
            self._open_one(conn, suggestion_id, want=store.DISMISSED)
            store.set_state(conn, suggestion_id=suggestion_id, state=store.OPEN, decided_at=None)
