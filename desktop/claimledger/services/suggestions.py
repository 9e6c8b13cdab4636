"""What happened since: outcomes of open claims proposed from later articles (issue 17).

When an article comes in, :func:`propose` reads it passage by passage (sentences) and proposes
outcomes for the open claims it reports on, from the claims of the articles stored before it. An
article imported alone is searched inside its import's write transaction, so the article and its
suggestions are stored together; an import of many articles with worker processes searches each
article in a worker as soon as it is stored, and stores what it found a moment later, a few
articles to a transaction (``services.importing``). Either way the search sees the ledger as it
was when the article was stored, except for what the import's next articles taught it about
speakers' names.

1. Passages (:mod:`services._suggest_text`): the article's sentences, with their status cues (``_suggest_rules.STATUS_CUES``:
   "left", "failed to", "refused to", "withheld her …", "was postponed" …), their clauses, the
   concepts they report as done (past forms not after a modal, "to" or "being", nor in a
   hypothetical clause; the event after "after"; the object of a past light verb, "reiterated
   his support") and those they give as still to come ("must be returned"). A word's concept is
   its ``EVENT_GROUPS`` group, else its Snowball stem.
2. Candidates (:func:`candidates`): open claims (pending, in progress, stalled) of a forward kind,
   not rejected, from an article published on or before this one, that name an actor of the
   passage (capitalised names with ``ACTOR_ALIASES``; the article's when the passage names none)
   AND an event word of it (its inflections, or its ``EVENT_GROUPS`` synonyms). One bounded
   search for the whole article; when the ledger holds more matches than :data:`CANDIDATES`
   (a large ledger), per passage the newest claims of its own search, and when those fill its
   places, of its tighter ones (two, then three of its rarest event words, by counts read from
   the index), tightest first. Nothing reads more
   than its LIMIT: at a million claims an article costs tens of milliseconds
   (``tests/benchmarks/suggest_speed.py``).
3. Judgement of a (passage, claim) pair (:mod:`services._suggest_judge`: :func:`judge`): the
   passage shares the claim's own verb (the first event word after its modal or "to", past a
   light verb or an adverb: "will throw his support behind" → support) and the claim's actor is
   named in the article. The status: the cue of the actor's clause, after the actor's name first,
   else a past form of the claim's verb (fulfilled); flipped for a claim that something will not
   happen. Not judged: the claim's verb done to an object the claim does not name ("released a
   statement" for "release a report"), a passage giving the claim's verb only as still to come.
   A passage saying that someone left the race (a giving-up cue) also settles the claims about
   the race whose subject they are, without their verb (:func:`_suggest_judge.left_the_race`;
   their race words are searched as one more slot of the passage). A passage's cue about a
   deadline ("lifted the deadline", "met the deadline") settles the claims due by a date ("must
   be returned by Jan. 14") whose actor it names, when their deadline is near the article
   (:func:`_suggest_judge.deadline_moved`; "by", "until" … are searched as one more slot). A
   first-person claim the extractor left without a speaker ("we're going to … secure the
   nomination" in a speech quoted at length) is read as its article's speaker's when all the
   article's attributed claims are one person's (``store.sole_speakers``). A claim whose quote
   ends in a verb of intent and "to" ("I hope to", a fragment of "I'm not ready to back her. But
   I hope to") takes the words of the two sentences before it in its article as its own, any of
   them its verb (:func:`_suggest_judge.elliptical`; found by one more search: the passages'
   actors AND "hope to", "want to" …).
   Score 0 … 1 (:func:`score_pair`): the actor (the speaker in the passage counts most; half when
   the nearest name before the words that say it is someone else's, or they are a quotation of
   someone else), the share of the claim's concepts in the passage, the observed date near the
   deadline, how plainly the passage says it (less for a cue far from the claim's words). A claim
   takes its best passage of the article; pairs under :data:`THRESHOLD` are not stored. On the
   paired real news of ``tests/benchmarks/outcome_pairs/dev.json`` (README: figures and command):
   top-suggestion precision 0.875, recall 0.737, status 14/14, no false proposals.
4. Observed date: the passage's own time expression (``extraction.timex``) that lies between the
   claim's article and this one, the nearest to the words that say it happened; else this
   article's date.

Accepting a suggestion records an outcome (``services.outcomes.append_outcome``) with the passage
as evidence quote and the article's link as evidence, in one transaction with the suggestion's new
state; dismissing one keeps its row, so the passage is never proposed again for that claim.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

import snowballstemmer

from claimledger.domain import ClaimKind, Status, days_early_or_late
from claimledger.services import _suggest_rules as rules
from claimledger.services._suggest_judge import (claim_words, deadline_cues, elliptical, first_person, judge,
    score_pair)
from claimledger.services._suggest_text import (GROUP_OF, GROUP_WORDS, Passage, actor_phrases, best_cue, clauses,
    concept, concepts, contains, content_words, cues, hypothetical, joined, names_in, observed_date, passage_dates,
    passages, surnames, tokens, word_stem)
from claimledger.services.errors import InputError, NotFoundError
from claimledger.services.outcomes import append_outcome, check_url
from claimledger.services.workbench import retract_event
from claimledger.store import articles, fts
from claimledger.store import suggestions as store
from claimledger.store.tables import utcnow

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

THRESHOLD = 0.45  # pairs scoring less are not proposed (documented in README)
MAX_PER_ARTICLE = 25
OPEN_STATUSES = (Status.PENDING.value, Status.IN_PROGRESS.value, Status.STALLED.value)
FORWARD_KINDS = (ClaimKind.PREDICTION.value, ClaimKind.PLAN.value, ClaimKind.PROMISE.value,
                 ClaimKind.CONDITIONAL.value)


@dataclass(frozen=True, slots=True)
class Proposal:
    claim_id: int
    start: int
    end: int
    quote: str
    status: str
    observed_on: date
    score: float


# -- candidates -------------------------------------------------------------------------------
CANDIDATES = 500  # claims read per article at most (one search when the ledger holds no more matches)
PER_PASSAGE = 20  # candidate claims read per passage when the whole article's search finds more
MAX_PASSAGES = 40  # passages searched one by one per article (the first ones)
SLOTS = 6  # a passage's rarest event words searched
PREFIX_UP_TO = 50_000  # claims: up to here the whole article's search reads stems as prefixes
COMMON = 2000  # a word in this many claims or more is common (its count is read up to here)
_common: dict[tuple[str, tuple], int] = {}  # (database, slot) -> count: stays common as claims grow
_held: dict[str, set[str]] = {}  # database -> words its claims hold (one gone since is only searched in vain)


@lru_cache(maxsize=50000)
def forms(word: str) -> tuple[str, ...]:
    """The index's words that may be ``word`` in another inflection ("released" → release,
    released, releases, releasing …): its stem with the regular endings. The index holds words as
    written (no stemming); a word no claim holds costs one lookup."""
    stem = word_stem(word)
    out = {word, stem}
    if len(stem) >= 3:
        out.update(stem + e for e in ("e", "s", "es", "ed", "d", "ing", "ment", "ion", "ation", "ate", "ee"))
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
        out.append(_slot(w))
    return out


@lru_cache(maxsize=50000)
def _slot(w: str) -> tuple[tuple[str, ...], ...]:
    g = GROUP_OF.get(w, GROUP_OF.get(word_stem(w)))
    words = set(GROUP_WORDS[g]) | {w} if g is not None else set(forms(w))
    return tuple((x,) for x in sorted(words))


_RACE_SLOT = tuple((w,) for w in rules.RACE_WORDS)
_DEADLINE_SLOT = tuple((w,) for w in rules.DEADLINE_WORDS)
_ELLIPSIS_SLOT = tuple((w, "to") for w in rules.ELLIPSIS_VERBS)
BEFORE = 400  # characters of an elliptical claim's article before its quote read for its verb (judge: elliptical)
# a deadline moved or met is a claim's when the claim was due by a date this near the article
DEADLINE_BEFORE, DEADLINE_AFTER = timedelta(days=31), timedelta(days=366)
SOLE_ARTICLES = 50  # articles asked for their sole speaker per article matched (store.sole_speakers)


def _prefixed(slot) -> list:
    """A slot as few index terms: a word's forms as the prefix of its stem ("releas"*), an event
    group's words as they are."""
    words = [x[0] for x in slot if len(x) == 1]
    stem = min(words, key=len) if words else ""
    if len(stem) >= 4 and len(words) == len(slot) and all(w.startswith(stem) for w in words):
        return [("*", stem)]
    return list(slot)


def _any(parts):
    parts = list(parts)
    return parts[0] if len(parts) == 1 else ("or", parts)


def _loosest(actors, slots):
    return ("and", [_any(sorted(actors)), _any(dict.fromkeys(x for s in slots for x in s))])


def _held_only(conn, per: list[tuple[set, list]]) -> list[tuple[set, list]]:
    """The passages' actors and event slots without the words no claim holds (most of a stem's
    guessed forms: "railate", "railment" …; names new to the ledger): their searches find the
    same claims, and the index checks each claim against fewer words (suggest_speed.py's article
    at a million generated claims names 280 words, 252 of which no claim holds: 158 ms with
    them, 100 ms without). A phrase with a word no claim holds goes, and a passage left without
    an actor or an event word (its searches found nothing). The words found held are kept for
    the next article (a word that leaves the index costs a lookup, no more), with the words the
    planner's statistics find in many claims, which are not asked."""
    db = str(conn.engine.url)
    if (held := _held.get(db)) is None:
        held = _held[db] = store.common_words(conn)  # not asked: a word kept in vain costs no more than before
    words = {w for actors, slots in per for phrase in (*actors, *(x for s in slots for x in s)) for w in phrase}
    ask = sorted(words - held)
    found = store.held_words(conn, ask)
    if len(held) < 200_000:
        held |= found
    gone = set(ask) - found

    def kept(phrases):
        return [x for x in phrases if not gone.intersection(x)]

    out = []
    for actors, slots in per:
        actors, slots = set(kept(actors)), [t for s in slots if (t := tuple(kept(s)))]
        if actors and slots:
            out.append((actors, slots))
    return out


def candidates(conn, found: list[Passage], text: str, *, article_id: int, published: date,
               earlier: bool = False) -> list:
    """The open claims the passages may settle (rows of ``store.claims_by_ids``).

    Only passages that report something (a cue, a past form) are searched, the first
    :data:`MAX_PASSAGES`. One search for the whole article first: (any of their actors) AND (any
    of their event words), the newest :data:`CANDIDATES` + 1 open claims. Fewer than that: they
    are all there is (a ledger of a few thousand claims). Else, per passage, its own search
    (newest first, :data:`PER_PASSAGE`), and for a passage whose search fills its places its
    tighter ones (two, then three of its rarest event words, by counts read from the index up to
    :data:`COMMON`, the article's own claims left out), tightest first. Each round is one
    statement; every read is bounded by its LIMIT, whatever the size of the ledger (the index
    finds AND-ed words by seeks). On a large ledger the searches leave out the words no claim
    holds (:func:`_held_only`). The actor side is the names in the passage, else the article's."""
    article_actors = actor_phrases(names_in(text))
    article_actors |= surnames(article_actors)
    per: list[tuple[set, list]] = []
    named: list[set] = []  # the actors of each passage of ``per`` that names its own (else empty)
    for p in found:
        if not (p.cues or p.done):
            continue  # says nothing happened: judge() reads no status from it
        own = actor_phrases(names_in(p.text))
        actors = own | surnames(own) if own else article_actors
        if not actors:
            continue
        slots = event_slots(p, {w for a in actors for w in a})
        if any(c.priority == rules.GIVING_UP_PRIORITY for c in p.real):
            slots.append(_RACE_SLOT)  # someone left the race: their claims about it (judge: left_the_race)
        if deadline_cues(p):
            slots.append(_DEADLINE_SLOT)  # a deadline lifted or met: claims due by a date (judge: deadline_moved)
        if slots:
            per.append((actors, slots))
            named.append(actors if own else set())
    per = per[:MAX_PASSAGES]
    if not per:
        return []
    elided = set().union(*named[:MAX_PASSAGES])
    with store.custom_plans(conn):
        return _search(conn, per, article_id=article_id, published=published, earlier=earlier, elided=elided)


def _search(conn, per: list[tuple[set, list]], *, article_id: int, published: date, earlier: bool,
            elided: set = frozenset()) -> list:
    """:func:`candidates`' searches, for the passages' actors and event slots ``per``; and one
    search for the claims of the actors ``elided`` that may leave their verb to the sentences
    before them ("I hope to" …: judge.elliptical), in the statement of the whole article's search
    on a small ledger, else of the passages' first round (its newest :data:`PER_PASSAGE`); of
    what it finds, only the claims whose quote does leave its verb out are kept."""
    scope = dict(published_on=published, article_id=article_id, statuses=OPEN_STATUSES, kinds=FORWARD_KINDS,
                 earlier=earlier)
    # the whole article: any of its actors AND any of its event words (each once)
    # a small ledger's index merges a stem's words cheaply ("releas"*: one term instead of a dozen
    # forms); a large one's would merge long lists of common words first: there, the forms
    small = fts.claim_id_bound(conn) <= PREFIX_UP_TO
    if small:
        terms = _prefixed
    else:
        terms, per = list, _held_only(conn, per)
        if not per:
            return []
        elided &= {a for actors, _s in per for a in actors}  # those some claim holds
    ell = [("and", [_any(sorted(elided)), _any(_ELLIPSIS_SLOT)])] if elided else []
    whole = ("and", [_any(sorted({a for actors, _s in per for a in actors})),
                      _any(sorted({x for _a, sl in per for s in sl for x in terms(s)}))])
    ids, *more = store.candidate_ids(conn, [whole, *(ell if small else [])], limit=CANDIDATES + 1, **scope)
    if len(ids) <= CANDIDATES:
        if ell and not small:
            more = store.candidate_ids(conn, ell, limit=PER_PASSAGE, **scope)
        return _with_elided(store.claims_by_ids(conn, list(dict.fromkeys([*ids, *(more[0] if more else [])]))),
                            set(ids))
    db = str(conn.engine.url)
    slots_here = list(dict.fromkeys(s for _a, slots in per for s in slots))
    known = {s: _common[(db, s)] for s in slots_here if (db, s) in _common}
    ask = [s for s in slots_here if s not in known]
    for s, n in zip(ask, store.match_counts(conn, [_any(s) for s in ask], cap=COMMON, article_id=article_id,
                                                 earlier=earlier)):
        known[s] = n
        if n >= COMMON and len(_common) < 200_000:
            _common[(db, s)] = n
    groups: dict[tuple, list] = {}  # passages that search the same words: one search
    for actors, slots in per:
        ranked = [s for n, _i, s in sorted((known[s], i, s) for i, s in enumerate(slots)) if n > 0]
        ranked = ranked[:SLOTS]
        if ranked:
            side = _any(sorted(actors))
            groups.setdefault((frozenset(actors), tuple(ranked)),
                              [_loosest(actors, ranked), *(("and", [side, *(_any(s) for s in ranked[:k])])
                                                           for k in (2, 3) if len(ranked) >= k)])
    # loosest first, for all passages at once; a passage whose loosest search fills its places
    # reads its tighter ones, tightest first (three, then two of its rarest words), newest first
    # within each, one statement a round for all such passages; a passage's reads stop once they
    # fill its places (a looser search could add nothing: the tighter ones come first)
    searches = list(groups.values())
    loose = store.candidate_ids(conn, [g[0] for g in searches] + ([] if small else ell), limit=PER_PASSAGE, **scope)
    more = loose[len(searches):] or more
    loose = loose[:len(searches)]
    tighter = {i: searches[i][:0:-1] for i, got in enumerate(loose) if len(got) >= PER_PASSAGE}
    read: dict[int, list[list[int]]] = {i: [] for i in tighter}
    while todo := [i for i, left in tighter.items() if left and not _filled(read[i])]:
        for i, got in zip(todo, store.candidate_ids(conn, [tighter[i][0] for i in todo], limit=PER_PASSAGE, **scope)):
            read[i].append(got)
            tighter[i] = tighter[i][1:]
    found_ids: dict[int, None] = {}
    for i, got in enumerate(loose):
        mine: dict[int, None] = {}
        for part in [*read.get(i, []), got]:  # tightest first
            for cid in part:
                if len(mine) < PER_PASSAGE:
                    mine[cid] = None
        found_ids.update(mine)
    searched = set(found_ids)
    found_ids.update(dict.fromkeys(more[0][:PER_PASSAGE] if more else []))
    return _with_elided(store.claims_by_ids(conn, list(found_ids)), searched)


def _with_elided(rows, searched: set[int]) -> list:
    """``rows`` found by the passages' searches (``searched``), and of the others those whose quote
    leaves its verb to the sentences before it."""
    return [r for r in rows if r.id in searched or elliptical(r.quote)]


def _filled(parts: list[list[int]]) -> bool:
    """Whether a passage's searches read so far give it :data:`PER_PASSAGE` claims."""
    return len({cid for part in parts for cid in part}) >= PER_PASSAGE


def propose(conn, *, article_id: int, text: str, published: date, earlier: bool = False) -> list[Proposal]:
    """Proposals for the article (``text`` published on ``published``), best first; not stored.
    ``earlier``: only claims of articles stored before this one (an import's own rule, so that
    it proposes the same whether it searches as each article is stored or a little after)."""
    found = passages(text)
    if not found:
        return []
    words = tokens(text)
    article_words, article_set = joined(words), frozenset(words)
    rows = candidates(conn, found, text, article_id=article_id, published=published, earlier=earlier)
    best: dict[int, Proposal] = {}
    dates: dict[int, list] = {}
    quitting = {p.start for p in found if any(c.priority == rules.GIVING_UP_PRIORITY for c in p.real)}
    moving = {p.start for p in found if deadline_cues(p)}
    # a first-person claim without a speaker (a speech quoted at length) is its article's speaker's
    # when all its article's attributed claims are one person's; asked only for the claims that
    # may be judged (an event word in some passage), of at most SOLE_ARTICLES articles
    said = set().union(*(p.concepts for p in found))
    # a quote that leaves its verb to the sentences before it ("I hope to"): they are read
    before = store.text_before(conn, sorted(r.id for r in rows if elliptical(r.quote)), BEFORE)
    lone = {r.id: r.article_id for r in rows if not r.speaker and first_person(r.quote)
            and (quitting or moving or claim_words(r, None, before.get(r.id)).events & said)}
    sole = store.sole_speakers(conn, sorted(set(lone.values()))[-SOLE_ARTICLES:]) if lone else {}
    for row in rows:
        cw = claim_words(row, sole.get(row.article_id) if row.id in lone else None, before.get(row.id))
        if not any(a[0] in article_set and (len(a) == 1 or contains(article_words, a)) for a in cw.actors):
            continue  # none of its actors named anywhere in the article
        for p in found:
            if not (cw.events & p.concepts) and p.start not in quitting and not (cw.deadline and p.start in moving):
                continue
            j = judge(p, article_words, cw, True)
            if j is not None and j.deadline and not (
                    published - DEADLINE_BEFORE <= cw.deadline <= published + DEADLINE_AFTER):
                continue  # a deadline long past or far off: another one
            if j is None or j.base + 0.2 < max(THRESHOLD, best[row.id].score if row.id in best else 0.0):
                continue  # cannot pass, or cannot beat this claim's best passage: no dates read
            if p.start not in dates:
                dates[p.start] = passage_dates(p, published)
            observed = observed_date(dates[p.start], published=published, after=row.published_on, anchor=j.anchor)
            s = score_pair(row, j, observed)
            if s < THRESHOLD:
                continue
            if row.id not in best or s > best[row.id].score:
                best[row.id] = Proposal(row.id, p.start, p.end, p.text, j.status, observed, s)
    return sorted(best.values(), key=lambda x: (-x.score, x.claim_id))[:MAX_PER_ARTICLE]


def store_proposals(conn, *, article_id: int, text: str, published: date, earlier: bool = False) -> int:
    """:func:`propose` and store what it found (inside the caller's transaction); how many new."""
    return insert_proposals(conn, article_id=article_id,
                            found=propose(conn, article_id=article_id, text=text, published=published, earlier=earlier))


def insert_proposals(conn, *, article_id: int, found: list[Proposal]) -> int:
    """Store the proposals :func:`propose` made for the article (inside the caller's
    transaction); how many new."""
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
