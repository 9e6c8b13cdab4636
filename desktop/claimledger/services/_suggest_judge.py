"""Judging a later article's passage against an open claim (stage 3 of :mod:`services.suggestions`):
what the claim is about (:class:`ClaimWords`: its concepts, its own verb, what it negates, its
actors and the names after its verb), whether and what the passage reports about it
(:func:`judge`), and the pair's score (:func:`score_pair`). Pure text functions, no database.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from claimledger.domain import Status
from claimledger.services import _suggest_rules as rules
from claimledger.services._suggest_text import (Passage, actor_phrases, best_cue, concept, concepts, contains,
    hypothetical, joined, names_in, near_any, NOT_DOING_PRIORITY, object_concepts, quoted_speaker, surnames,
    to_come, tokens)


def _claim_actors(row) -> set[tuple[str, ...]]:
    """The speaker's names and the names in the quote, a person's surname alone too ("Ana Ruiz
    will release" is "Ms. Ruiz released" later on)."""
    named = actor_phrases(names_in(row.quote))
    return _claim_who(row) | named | surnames(named)


def _claim_who(row) -> set[tuple[str, ...]]:
    """The claim's speaker: its name (and surname), aliases and organisation."""
    own = actor_phrases([row.speaker or "", *(row.aliases or "").split("\n")])
    return own | surnames(own) | actor_phrases([row.affiliation or ""])


@dataclass(frozen=True, slots=True)
class _SpeakerRow:
    quote: str
    speaker: str
    affiliation: str
    aliases: str


_NEGATORS = frozenset(("not", "never", "no", "unlikely", "cannot", "nor", "neither", "without"))
# verbs whose object or next verb names the event: "throw his support behind", "begin to withdraw"
_LIGHT = frozenset(("throw", "give", "offer", "lend", "voice", "express", "hold", "pay", "begin", "start", "continue", "try",
                    "seek", "help", "need", "work", "move"))
_RELATIVE = frozenset(("who", "which", "that", "whom", "whose"))
# a claim's first event word after one of these is an object's (of "make", "give" …: stopwords, or
# of a light verb): the word after it, when it follows at once, names the event with it
_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these"))
_MODALS = frozenset(("will", "would", "shall", "should", "must", "can", "could", "may", "might", "to", "ll"))


@dataclass(frozen=True, slots=True)
class ClaimWords:
    """What a claim's quote is about: its concepts, the event concepts among them (words outside
    capitalised names), those of them under a negation ("is not expected to meet"), its actors."""
    concepts: frozenset[str]
    events: frozenset[str]
    negated: frozenset[str]
    actors: frozenset[tuple[str, ...]]
    who: frozenset[tuple[str, ...]]  # the speaker's names among ``actors``
    verbs: frozenset[str] = frozenset()  # its own verb: the first two event words after a modal or "to"
    objects: frozenset[tuple[str, ...]] = frozenset()  # names of the quote after its verb ("to meet Ana Ruiz")
    subjects: frozenset[tuple[str, ...]] = frozenset()  # the speaker's names and those of the quote before its verb
    deadline: date | None = None  # the last day of its deadline when it is due by a date ("by Jan. 9": :func:`_due`)
    least: int = 1  # concepts a passage must share with it (2 for words read around it: :func:`_elided`)


def claim_words(row, speaker: tuple[str, str, str] | None = None, before: str | None = None) -> ClaimWords:
    """What the claim ``row`` is about; ``speaker``: (name, aliases, affiliation) to read as its
    speaker instead of the row's (:func:`first_person`); ``before``: its article's text before
    its quote, read for a quote that leaves its verb there (:func:`elliptical`)."""
    name, aliases, affiliation = speaker or (row.speaker or "", row.aliases or "", row.affiliation or "")
    due = _due(row)
    if before and elliptical(row.quote):
        cw = _elided(row.quote, name, affiliation, aliases, antecedent(before))
        return cw if due is None else replace(cw, deadline=due)
    return _claim_words(row.quote, name, affiliation, aliases) if due is None else _dated(row.quote, name, affiliation,
                                                                                         aliases, due)


_ELLIPSIS = re.compile(r"\b(?:" + "|".join(rules.ELLIPSIS_VERBS) + r")\s+to\W*$", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+")
_INTENT = frozenset(rules.ELLIPSIS_VERBS)
ANTECEDENT = 2  # whole sentences before an elliptical quote read for its verb


def elliptical(quote: str) -> bool:
    """Whether the quote ends in a verb of intent and "to", what is to be done left out ("I hope
    to", "and we plan to."): it was said in the sentences before it."""
    return _ELLIPSIS.search(quote) is not None


def antecedent(before: str) -> str:
    """The text before an elliptical quote that says what it is about: the :data:`ANTECEDENT`
    sentences before the quote's own, and its own up to the quote."""
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    return before[ends[-ANTECEDENT - 1]:] if len(ends) > ANTECEDENT else before


@lru_cache(maxsize=5000)
def _elided(quote: str, speaker: str, affiliation: str, aliases: str, context: str) -> ClaimWords:
    """:func:`claim_words` of an elliptical quote: its own, with the words of ``context`` (the
    sentences before it, but the words of intent and its speaker's names) as its concepts and
    event words (not their names), any of which may be its verb; all of them negated when the
    quote is ("but I don't want to"). As the words are many, a passage must share two of them
    (the event and what it is about: "backed the harbour levy", "his support for Ms. Ruiz"), not
    one ("backed her deputy")."""
    own = _claim_words(quote, speaker, affiliation, aliases)
    names = {w for n in names_in(context) for w in tokens(n)}
    who = {w for a in own.who for w in a}
    words = [w for w in tokens(context) if w not in rules.STOPWORDS and len(w) > 1 and not w.isdigit()
             and w not in _INTENT and w not in who]  # "not ready to", "wants to": a stance, not the event
    events = frozenset(concept(w) for w in words if w not in names)
    return replace(own, concepts=own.concepts | {concept(w) for w in words}, events=own.events | events,
                   negated=own.negated | (events if own.negated or _negated(quote) else frozenset()),
                   verbs=frozenset(), objects=frozenset(), least=2)


def _negated(quote: str) -> bool:
    words = tokens(quote)
    return any(w in _NEGATORS or (w == "t" and i and words[i - 1].endswith("n")) for i, w in enumerate(words))


@lru_cache(maxsize=20000)
def _dated(quote: str, speaker: str, affiliation: str, aliases: str, due: date) -> ClaimWords:
    return replace(_claim_words(quote, speaker, affiliation, aliases), deadline=due)


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b")


def first_person(quote: str) -> bool:
    """Whether the quote speaks in the first person ("we are going to win", "I will"): said by
    whoever the article quotes, when the extractor found no speaker for it."""
    return _FIRST_PERSON.search(quote) is not None


def _due(row) -> date | None:
    """The claim's deadline when it is due by a date: its deadline expression opens with a word of
    ``rules.DEADLINE_WORDS`` ("by Jan. 9", "until March") and ends after the claim's article."""
    expr, latest = getattr(row, "deadline_expression", None), getattr(row, "deadline_latest", None)
    if not expr or latest is None or expr.split(None, 1)[0].lower() not in rules.DEADLINE_WORDS:
        return None
    published = getattr(row, "published_on", None)
    return latest if published is None or latest > published else None


@lru_cache(maxsize=20000)
def _claim_words(quote: str, speaker: str, affiliation: str, aliases: str) -> ClaimWords:
    """:func:`claim_words` of a claim's quote and speaker (the same claims are read again for
    every article that may settle them)."""
    row = _SpeakerRow(quote, speaker, affiliation, aliases)
    name_words = {w for n in names_in(quote) for w in tokens(n)}
    words = tokens(quote)
    events, negated, verbs, since_negation, since_modal = set(), set(), set(), 99, 99
    phrase, verbs_words = False, set()
    for i, w in enumerate(words):
        if w in _NEGATORS or (w == "t" and i and words[i - 1].endswith("n")):  # isn't, won't, can't
            since_negation = 0
            continue
        if w in _MODALS and not (verbs and i and words[i - 1] in _RELATIVE):
            since_modal = 0  # not a relative clause's once the claim has its verb ("those who may be running")
        if w in rules.STOPWORDS or len(w) < 2 or w.isdigit() or w in name_words:
            continue
        since_negation += 1
        since_modal += 1
        c = concept(w)
        events.add(c)
        if since_negation <= 2:  # the first two event words after it: "not expected to meet X"
            negated.add(c)
        if since_modal == 1 and (w in _LIGHT or w.endswith("ly")):  # "will throw his support behind": the
            since_modal = 0  # support; "would begrudgingly support": support
        if since_modal == 1:  # "will be closed quickly", "plans to release a report"
            verbs.add(c)
            phrase = i and words[i - 1] in _DETERMINERS  # "make a short speech": the object names the event
        elif since_modal == 2 and phrase and words[i - 1] in verbs_words:
            verbs.add(c)  # its noun after an adjective: "a short speech", "his full support"
        if since_modal == 1:
            verbs_words = {w}
    return ClaimWords(frozenset(concepts(quote)), frozenset(events), frozenset(negated),
                      frozenset(_claim_actors(row)), frozenset(_claim_who(row)), frozenset(verbs),
                      frozenset(_objects(quote, verbs)), frozenset(_claim_who(row) | _subjects(quote, verbs)))


def _subjects(quote: str, verbs: set[str]) -> set[tuple[str, ...]]:
    """The names of the quote before the first word of its verb (who does it)."""
    low = quote.lower()
    at = next((m.start() for m in re.finditer(r"[a-z]+", low) if concept(m.group(0)) in verbs), len(quote))
    named = actor_phrases(names_in(quote[:at]))
    return named | surnames(named)


def _objects(quote: str, verbs: set[str]) -> set[tuple[str, ...]]:
    """The names of the quote after the first word of its verb (who or what it is done to)."""
    low = quote.lower()
    at = next((m.start() for m in re.finditer(r"[a-z]+", low) if concept(m.group(0)) in verbs), None)
    if at is None:
        return set()
    named = actor_phrases([n for n in names_in(quote[at:])])
    return named | surnames(named)


def _actor_at(p: Passage, actors: frozenset[tuple[str, ...]]) -> int | None:
    """Where in the passage the first of ``actors`` is named (None: not named)."""
    named = [a for a in actors if a[0] in p.wordset and (len(a) == 1 or contains(p.joined, a))]
    return _first_at(p.text, tuple(sorted(named))) if named else None


@lru_cache(maxsize=20000)
def _first_at(text: str, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    low = text.lower()
    best = None
    for a in phrases:
        m = re.search(r"\b" + r"\W+".join(re.escape(w) for w in a) + r"\b", low)
        if m and (best is None or m.start() < best):
            best = m.start()
    return best


def _concept_at(text: str, span: tuple[int, int]) -> str | None:
    """The concept of the last word of ``text[span]`` (a cue's verb, a past form)."""
    words = tokens(text[span[0]:span[1]])
    return concept(words[-1]) if words else None


_FLIP = {Status.FULFILLED.value: Status.NOT_FULFILLED.value, Status.NOT_FULFILLED.value: Status.FULFILLED.value}


@dataclass(frozen=True, slots=True)
class Judgement:
    status: str
    strength: float  # how plainly the passage says it: 0.6 (a past-tense sentence) … 1
    anchor: tuple[int, int]  # the words that say it, in the passage
    base: float  # actor and word overlap, 0 … 0.8
    deadline: bool = False  # read from a cue about a deadline only (:func:`deadline_moved`)


def judge(p: Passage, article_words: str, cw: ClaimWords, in_article: bool | None = None) -> Judgement | None:
    """Whether the passage reports on the claim, and what: None unless it shares an event word
    with the claim and the claim's actor is named (in the passage; less, elsewhere in the article;
    less still when the clause that says it names someone else before it). The status: the
    strongest cue in the clause naming the claim's speaker (else its other names; else the
    passage's), unless that clause or the next reports something done; cues in a hypothetical
    clause ("if", "would", "could" before them) are not read. With no cue, a claim's event word
    in a past form ("endorsed", "met", "after a meeting") reads as fulfilled, any past form in a
    sentence that is not hypothetical less surely. A claim that something will not happen (its
    verb under a negation: "is not expected to meet") is fulfilled when the passage says it did
    not, and not fulfilled when it did. ``in_article``: whether the
    article names one of the claim's actors (read from ``article_words`` when not given)."""
    shared = cw.events & p.concepts
    if cw.least > 1 and len(cw.concepts & p.concepts) < cw.least:
        return None
    if not shared or (cw.verbs and not shared & cw.verbs):
        return left_the_race(p, cw) or deadline_moved(p, cw)  # else nothing in common, or words of its circumstances
    parts = p.parts
    at, named = _actor_at(p, cw.who), 1.0
    if at is None:
        at, named = _actor_at(p, cw.actors), 0.7  # a name in the quote: maybe not who acts
    real = p.real
    cue = None
    if real:
        here = next(((a, b) for a, b in parts if a <= at < b), None) if at is not None else None
        if here is None:
            cue = best_cue(real)
        else:
            near = [c for c in real if here[0] <= c.start < here[1]]
            near = [c for c in near if c.start > at] or near  # the actor's act follows the actor's name
            after = [(a, b) for a, b in parts if a >= here[1]][:1]
            held = [(c.start, c.end) for c in real if c.status != Status.FULFILLED.value]  # "withheld", "postponed"
            done_near = any(c in shared and here[0] <= s0 < (after[0][1] if after else here[1])
                            and not any(a <= s0 < b for a, b in held) for c, (s0, _e) in p.done.items())
            cue = best_cue(near) if near else (None if done_near else best_cue(real))
    if cue is not None:
        status, strength, anchor = cue.status, 1.0 if cue.priority >= 50 or cue.status == Status.FULFILLED.value else 0.8, (cue.start, cue.end)
        if not near_any(p, shared, anchor):
            strength *= 0.6  # the cue is about something else of the passage
    else:
        # the speaker's own act follows the speaker's name ("Sanders, who on Tuesday endorsed")
        direct = [p.done[c] for c in shared if c in p.done and (named < 1.0 or at is None or p.done[c][0] > at)]
        if direct:
            status, strength, anchor = Status.FULFILLED.value, 0.9, min(direct)
        elif p.done and len(shared) >= 2 and not hypothetical(p.text) and not _restated(p, shared & cw.verbs):
            status, strength, anchor = Status.FULFILLED.value, 0.6, min(p.done.values())
        else:
            return None
    said = _concept_at(p.text, anchor)
    if _other_object(p.text, anchor, cw):
        return None  # the claim's verb done to something else: "released a statement" for "release a report"
    if status in _FLIP:
        if said in cw.negated or (said not in cw.events and shared & cw.negated):
            status = _FLIP[status]
    elif (status == Status.STALLED.value and cue is not None and cue.priority == NOT_DOING_PRIORITY
          and (said in cw.negated or (said not in cw.events and shared & cw.negated))):
        status = Status.FULFILLED.value  # "is not endorsing", "withheld her endorsement": as the claim said
    if at is not None:
        actor = named * (0.5 if _someone_else(p, anchor, cw.actors, cw.objects) else 1.0)
    elif in_article or (in_article is None and any(contains(article_words, a) for a in cw.actors)):
        clause = _clause_at(p, anchor[0])
        speaker = quoted_speaker(p.text, anchor[0])
        # someone else did it, or says it: a quotation of someone who is not the claim's actor
        actor = 0.25 if names_in(p.text[clause[0]:anchor[0]]) or speaker is not None else 0.5
    else:
        return None
    return Judgement(status, strength, anchor, 0.35 * actor + 0.45 * _overlap(cw, p))


def _overlap(cw: ClaimWords, p: Passage) -> float:
    """0 … 1: the share of the claim's concepts (at most six counted) that the passage holds."""
    return min(1.0, len(cw.concepts & p.concepts) / max(1, min(len(cw.concepts), 6)))


def _clause_at(p: Passage, pos: int) -> tuple[int, int]:
    """The passage's clause holding offset ``pos`` (the whole passage when none does)."""
    return next(((a, b) for a, b in p.parts if a <= pos < b), (0, len(p.text)))


_RACE = frozenset(concept(w) for w in rules.RACE_WORDS)
_WINNING = frozenset(concept(w) for w in rules.WINNING)


def left_the_race(p: Passage, cw: ClaimWords) -> Judgement | None:
    """A claim about a race (``rules.RACE_WORDS``) whose subject the passage reports leaving it
    (a giving-up cue, the nearest name before it one of the claim's subjects: "leading Texas Sen.
    Ted Cruz to drop out of the race"): not fulfilled when the claim was that they would win it
    (``rules.WINNING``), else moot (what was planned for the race: "Cruz will clear the way for
    Kasich in the upcoming contests")."""
    if not (cw.concepts & _RACE and cw.subjects):
        return None
    for c in p.real:
        if c.priority != rules.GIVING_UP_PRIORITY or quoted_speaker(p.text, c.start) is not None:
            continue
        clause = _clause_at(p, c.start)
        names = names_in(p.text[clause[0]:c.start])
        if names and _names_any(names[-1], cw.subjects):
            status = Status.NOT_FULFILLED.value if cw.verbs & _WINNING else Status.MOOT.value
            return Judgement(status, 1.0, (c.start, c.end), 0.35 + 0.45 * _overlap(cw, p))
    return None


_DEADLINE_NEXT = re.compile(r"\s+(?:the|a|its|their|his|her)\s+deadline\b", re.I)


def deadline_cues(p: Passage) -> list:
    """The passage's cues about a deadline ("lifted the deadline", "met the deadline", "missed the
    deadline"), outside hypothetical clauses."""
    return [c for c in p.real if "deadline" in p.text[c.start:c.end].lower() or _DEADLINE_NEXT.match(p.text, c.end)]


def deadline_moved(p: Passage, cw: ClaimWords) -> Judgement | None:
    """A claim due by a date (``cw.deadline``) whose actor the passage names, and a cue of the
    passage about a deadline that is not a quotation of someone else ("Reno lifted the deadline to
    give Ana's relatives a chance" for "Ana must be returned by Jan. 14"): the cue's status, the
    deadline counted as one shared concept. Whether the deadline is near enough to be the claim's
    is the caller's to check (:attr:`Judgement.deadline`)."""
    if cw.deadline is None:
        return None
    for c in deadline_cues(p):
        speaker = quoted_speaker(p.text, c.start)
        if speaker is not None and not _names_any(speaker, cw.actors):
            continue
        named = 1.0 if _actor_at(p, cw.who) is not None else 0.7 if _actor_at(p, cw.actors) is not None else 0.0
        if not named:
            return None
        overlap = min(1.0, (len(cw.concepts & p.concepts) + 1) / max(1, min(len(cw.concepts), 6)))
        return Judgement(c.status, 1.0, (c.start, c.end), 0.35 * named + 0.45 * overlap, deadline=True)
    return None


def _other_object(text: str, anchor: tuple[int, int], cw: ClaimWords) -> bool:
    """Whether the words that say it give the claim's verb (their first or last word) with a
    direct object the claim does not name ("released a statement", "withdrew his support" for
    "release a report", "leave such spending untouched")."""
    m = re.match(r"\W*([^\W_]+)", text[anchor[0]:anchor[1]])
    ends = [anchor[0] + m.end(1)] if m and concept(m.group(1).lower()) in cw.verbs else []
    if _concept_at(text, anchor) in cw.verbs:
        ends.append(anchor[1])
    return any((obj := object_concepts(text, e)) and not cw.concepts.intersection(obj) for e in ends)


def _restated(p: Passage, verbs: set[str]) -> bool:
    """Whether the passage gives the claim's own verb only as still to come ("had ruled that the
    ferry must be returned"): it restates the claim, whatever else it reports done."""
    pending = to_come(p.text) if verbs else frozenset()
    return bool(verbs) and all(c in pending and c not in p.done for c in verbs)


# capitalised words that open a sentence without naming anyone ("Later, ...", "Meanwhile ...")
_OPENERS = frozenset(("later", "earlier", "meanwhile", "however", "instead", "afterward", "afterwards", "since",
                      "separately", "still", "yet", "thus", "moreover", "nevertheless", "nonetheless", "overall"))


def _someone_else(p: Passage, anchor: tuple[int, int], actors: frozenset[tuple[str, ...]],
                  objects: frozenset[tuple[str, ...]] = frozenset()) -> bool:
    """Whether the words that say it are someone else's: a quotation attributed to someone who is
    not the claim's actor ("'I cannot support the levy,' said Tom Berg"), else the nearest name
    before them in their clause ("A survey released in May found that voters said Ms. Ruiz
    should"; "Ms. Ruiz cast her vote for Tom Berg, who has left the race")."""
    speaker = quoted_speaker(p.text, anchor[0])
    if speaker is not None:  # a quotation: its speaker's words
        return not _names_any(speaker, actors)
    clause = _clause_at(p, anchor[0])
    before = p.text[clause[0]:anchor[0]]
    if before.islower():
        return False
    names = [n for n in names_in(before) if " " in n or not (n.lower().endswith("ly") or n.lower() in _OPENERS)]
    if not names or _names_any(names[-1], actors):
        return False  # nobody named before it, or the nearest name is the claim's actor
    # the claim's object after the verb: whoever did it, it is about them
    return not objects or not _names_any(p.text[anchor[0]:clause[1]], objects)


def _names_any(text: str, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``text`` names one of ``phrases`` (word sequences, as the passage's words are read)."""
    seq = joined(tokens(text))
    return any(contains(seq, a) for a in phrases)


def score_pair(row, j: Judgement, observed: date) -> float:
    """0 … 1: the judgement's actor and overlap (0.8), the observed date near the claim's deadline
    (0.1) and how plainly the passage says it (0.1)."""
    latest = row.deadline_latest
    if latest is None:
        timing = 0.5
    else:
        gap = (observed - latest).days
        timing = 1.0 if -120 <= gap <= 60 else 0.6 if -365 <= gap <= 365 else 0.3
    return round(j.base + 0.1 * timing + 0.1 * j.strength, 4)
