"""Reading a later article for outcome suggestions (stage 1 of :mod:`services.suggestions`): its
passages (sentences) with their status cues, clauses and the concepts they report as done, the
actors they name, their own dates; a word's concept (its ``EVENT_GROUPS`` group, else its Snowball
stem). Pure text functions, no database.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import snowballstemmer

from claimledger.domain import Status
from claimledger.services import _suggest_rules as rules

MAX_PASSAGE = 600  # characters: longer "sentences" (lists, tables) are not passages

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_NAME = re.compile(r"(?:[A-Z][\w’'-]*\.?(?:[A-Z]\.)*)(?:\s+(?:(?:of|the|for|and|de|al)\s+)?[A-Z][\w’'-]*\.?(?:[A-Z]\.)*)*")


# -- words ------------------------------------------------------------------------------------
_POSSESSIVE = re.compile(r"['’]s\b")
_RUN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-case words as the full-text index splits them ("U.S." → u, s; "Mujahid's" → mujahid)."""
    return _RUN.findall(_POSSESSIVE.sub(" ", text.lower()))


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50000)
def word_stem(word: str) -> str:
    """Snowball's English (Porter2) stem ("endorsed", "endorsement" → endors), after an irregular
    past form is taken back to its verb ("met" → meet)."""
    return _STEMMER.stemWord(rules.IRREGULAR_PAST.get(word, word))


def _build_groups() -> dict[str, int]:
    out: dict[str, int] = {}
    for i, group in enumerate(rules.EVENT_GROUPS):
        for w in group:
            out.setdefault(w, i)
            out.setdefault(word_stem(w), i)
    return out


GROUP_OF = _build_groups()
GROUP_WORDS = [sorted({w for w in g if " " not in w}) for g in rules.EVENT_GROUPS]


@lru_cache(maxsize=50000)
def concept(word: str) -> str:
    """A word's concept: its event group, else its stem. An agent noun ("supporters", "publisher")
    names who does it, not the event: its own stem, not its verb's group."""
    g = GROUP_OF.get(word, GROUP_OF.get(rules.IRREGULAR_PAST.get(word, word)))
    if g is None and not _agent_noun(word):
        g = GROUP_OF.get(word_stem(word))
    return f"#{g}" if g is not None else word_stem(word)


def _agent_noun(word: str) -> bool:
    """Whether the stemmer took "-er"/"-ers" off a word that an event group does not list as a
    verb ("supporters" → support; not "delivers": deliver is a verb of its group)."""
    if word.endswith("ers"):
        base, single = word[:-3], word[:-1]
    elif word.endswith("er"):
        base, single = word[:-2], word
    else:
        return False
    return word_stem(word) == base and single not in GROUP_OF


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
        t = tuple(tokens(part))
        while t and t[0] in rules.STOPWORDS:  # "the", titles ("Mr.")
            t = t[1:]
        if not t or (len(t) == 1 and t[0] in rules.STOPWORDS):
            continue
        out.add(t)
        out.update(ALIASES.get(t, ()))
    return frozenset(out)


def surnames(phrases: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The last word of each name of two or three words, alone: a person's surname ("Paul Ryan"
    is "Mr. Ryan", "Ryan" later on); an organisation's last word is a loose match."""
    return {t[-1:] for t in phrases
            if 2 <= len(t) <= 3 and len(t[-1]) > 2 and t[-1] not in rules.STOPWORDS and not t[-1].isdigit()}


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


_QUOTE_MARK = re.compile(r"''|[\"“”]")
_SAYS = r"(?:said|says|told|added|wrote|declared|insisted)"
_NAME_RE = _NAME.pattern
_SAID_AFTER = re.compile(r"\W*(?:(?:he|she|they)\s+)?" + _SAYS + r"\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}?(" + _NAME_RE + ")")
_SAID_BY = re.compile(r"\W*(" + _NAME_RE + r")\s+" + _SAYS)
_SAID_BEFORE = re.compile("(" + _NAME_RE + r")\s+" + _SAYS + r"\W*$")


@lru_cache(maxsize=20000)
def quoted_speaker(text: str, at: int) -> str | None:
    """The name a quotation is attributed to ("... ,'' said Senator Tom Berg"; "Tom Berg said:
    \"...\""), when offset ``at`` lies inside the quotation; else None."""
    inside, opened, close = False, -1, None
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group(0)
        if m.start() >= at:
            if inside and mark != "“":
                close = m.end()
            break
        if mark == "“" or (mark != "”" and not inside):
            inside, opened = True, m.start()
        else:
            inside = False
    if not inside:
        return None
    if close is not None:
        m = _SAID_AFTER.match(text, close) or _SAID_BY.match(text, close)
        if m:
            return m.group(1)
    m = _SAID_BEFORE.search(text[:opened])
    return m.group(1) if m else None


_OBJECT = re.compile(r"\s+(?:his|her|their|its|our|the|a|an|this|these|those)\s+([^.,;:!?()“”\"]{1,80})", re.I)


@lru_cache(maxsize=20000)
def object_concepts(text: str, end: int) -> tuple[str, ...]:
    """The concepts of the direct object after a verb ending at ``end`` ("released a statement
    praising ...": statement, prais, ...): up to three content words after a determiner or a
    possessive, before any punctuation; () when no determiner follows ("released it", "met with")."""
    m = _OBJECT.match(text, end)
    return tuple(concept(w) for w in content_words(m.group(1))[:3]) if m else ()


def contains(seq: list[str] | str, phrase: tuple[str, ...]) -> bool:
    """Whether the words ``seq`` (or their ``joined`` string) hold ``phrase`` in a row."""
    if isinstance(seq, list):
        return phrase[0] in seq if len(phrase) == 1 else contains(joined(seq), phrase)
    return " " + " ".join(phrase) + " " in seq


def joined(words: list[str]) -> str:
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


_NOT_DOING = re.compile(r"\b" + rules.NOT_DOING, re.I)
NOT_DOING_PRIORITY = 55  # "he's not releasing": stalled, above the weaker stalled words


def cues(passage: str) -> list[Cue]:
    """Every status cue of the passage, in order (a fulfilment cue after a negation reads as not
    fulfilled; a negated -ing form, ``rules.NOT_DOING``, as stalled)."""
    out = []
    for status, prio, rx in _CUES:
        for m in rx.finditer(passage):
            st, pr = status, prio
            if status == Status.FULFILLED.value and _NEGATION.search(passage[max(0, m.start() - 40):m.start()]):
                st, pr = Status.NOT_FULFILLED.value, 70
            out.append(Cue(st, pr, m.start(), m.end()))
    for m in _NOT_DOING.finditer(passage):
        out.append(Cue(Status.STALLED.value, NOT_DOING_PRIORITY, m.start(), m.end()))
    return sorted(out, key=lambda c: c.start)


def best_cue(found: list[Cue]) -> Cue | None:
    best = None
    for c in found:
        if best is None or c.priority > best.priority:
            best = c
    return best


def status_cue(passage: str) -> Cue | None:
    """The passage's status cue of the highest priority (then the first), negation-aware."""
    return best_cue(cues(passage))


_CLAUSE_BREAK = re.compile(r"[;—–]|\b(?:but|while|whereas|although|though)\b", re.I)


def clauses(text: str) -> list[tuple[int, int]]:
    """The passage cut at semicolons, dashes and contrasting conjunctions, a clause that such a
    conjunction opens ending at its first comma ("While X, Y": X and Y; "X, but Y": X and Y):
    (start, end) offsets."""
    cuts = {0, len(text)}
    for m in _CLAUSE_BREAK.finditer(text):
        cuts.add(m.start())
        if m.group(0)[0].isalpha():
            comma = text.find(",", m.end())
            if comma != -1:
                cuts.add(comma + 1)
    cuts = sorted(cuts)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


# -- passages ---------------------------------------------------------------------------------
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether|would|could|might|should)\b", re.I)


def hypothetical(text: str) -> bool:
    return _HYPOTHETICAL.search(text) is not None


_FACTIVE = re.compile(r"\bwhy\b", re.I)


def _in_hypothetical(text: str, parts: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` follows "if", "would", "could" … in its clause, with no "why" between
    (what a "why" clause says is taken as a fact: "if anyone asks why the audit is not yet complete")."""
    for a, b in parts:
        if a <= at < b:
            last = None
            for last in _HYPOTHETICAL.finditer(text, a, at):
                pass
            return last is not None and _FACTIVE.search(text, last.end(), at) is None
    return False


_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b")
_AFTER = re.compile(r"\bafter\s+(?:(?:a|an|the|his|her|their|its|our|this|that|last)\s+)?([a-z]+)(?:\s+([a-z]+))?")


@dataclass(frozen=True, slots=True)
class Passage:
    start: int
    end: int
    text: str
    cue: Cue | None  # the strongest cue
    cues: list[Cue]
    words: list[str]
    concepts: set[str]
    joined: str  # " w1 w2 … ": phrase lookups
    done: dict[str, tuple[int, int]]  # concepts of words reported as done -> where (see passages)
    parts: list[tuple[int, int]]  # its clauses
    real: list[Cue]  # its cues outside hypothetical clauses
    wordset: frozenset[str]  # ``words``, for quick lookups


@lru_cache(maxsize=5000)
def to_come(text: str) -> frozenset[str]:
    """Concepts of the words the passage gives as still to come: after a modal, "to" or "being"
    ("must be returned", "plans to release")."""
    return frozenset(concept(m.group(0)) for m in re.finditer(r"[a-z]+", text)
                     if m.group(0) not in rules.STOPWORDS and _NOT_YET.search(text[max(0, m.start() - 30):m.start()]))


@lru_cache(maxsize=5000)
def _spots(text: str) -> tuple[tuple[str, int, int], ...]:
    """(concept, start, end) of each content word of a passage's text (read for the passages judged)."""
    low = _POSSESSIVE.sub("  ", text.lower())
    return tuple((concept(m.group(0)), m.start(), m.end()) for m in _RUN.finditer(low)
                 if m.group(0) not in rules.STOPWORDS and len(m.group(0)) > 1 and not m.group(0).isdigit())


def near_any(p: "Passage", wanted: set[str] | frozenset[str], span: tuple[int, int], reach: int = 40) -> bool:
    """Whether a word of one of the concepts ``wanted`` lies within ``reach`` characters of ``span``
    (the cue is about the claim's event: "he cannot support", not a cue three clauses away)."""
    return any(c in wanted and s < span[1] + reach and e > span[0] - reach for c, s, e in _spots(p.text))


_NOT_YET = re.compile(r"\b(?:must|would|could|should|might|may|will|shall|can|to|being)\s+(?:\w+\s+)?$", re.I)


_LIGHT = re.compile(r"\b(?:" + "|".join(rules.LIGHT_VERBS) + r")\s+(?:his|her|their|its|our|the|a|an)\s+"
                    r"(?:(?:full|formal|public|strong|first|final)\s+)?([A-Za-z]+)")


def reported_done(text: str) -> dict[str, tuple[int, int]]:
    """Concepts the passage reports as having happened, with their offsets: verbs in a past form
    ("endorsed", "met") — not after a modal, "to" or "being" ("must be returned", "is being
    audited") nor in a hypothetical clause ("even if they were audited") — the event after
    "after" ("after a meeting Thursday"), and the event a past light verb gives as its object
    ("reiterated his support", "gave her endorsement", ``rules.LIGHT_VERBS``)."""
    out: dict[str, tuple[int, int]] = {}
    parts = clauses(text)
    past = [m for m in _PAST_ED.finditer(text)]
    past += [m for m in re.finditer(r"\b[a-z]+\b", text) if m.group(0) in rules.IRREGULAR_PAST]
    for m in sorted(past, key=lambda m: m.start()):
        if (m.group(0) in rules.STOPWORDS or _NOT_YET.search(text[max(0, m.start() - 30):m.start()])
                or _in_hypothetical(text, parts, m.start())):
            continue
        out.setdefault(concept(m.group(0)), m.span())
    for m in _AFTER.finditer(text):
        for g in (1, 2):  # "after the meeting", "after their first meeting"
            if m.group(g):
                out.setdefault(concept(m.group(g)), m.span(g))
    for m in _LIGHT.finditer(text):  # "reiterated his support": the support is given
        if not (_NOT_YET.search(text[max(0, m.start() - 30):m.start()]) or _in_hypothetical(text, parts, m.start())):
            out.setdefault(concept(m.group(1).lower()), m.span(1))
    return out


def passages(text: str) -> list[Passage]:
    """The article's sentences (12 to :data:`MAX_PASSAGE` characters) with their cues, words
    and concepts."""
    from claimledger.extraction import sentences

    out = []
    for s in sentences.split(text):
        if len(s.text) > MAX_PASSAGE or len(s.text) < 12:
            continue
        found = cues(s.text)
        words = tokens(s.text)
        parts = clauses(s.text)
        real = [c for c in found if not _in_hypothetical(s.text, parts, c.start)]
        out.append(Passage(s.start, s.end, s.text, best_cue(found), found, words, concepts(s.text), joined(words),
                           reported_done(s.text), parts, real, frozenset(words)))
    return out


def passage_dates(p: Passage, published: date) -> list[tuple[date, date, int, int]]:
    """The passage's dates (time expressions of type DATE, not after ``published``): (earliest,
    last day capped at ``published``, start, end in the passage)."""
    from claimledger.extraction import timex
    from claimledger.extraction.model import TimexType

    out = []
    for t in timex.tag(p.text, published):
        if t.earliest is None or t.latest is None or t.type != TimexType.DATE or t.earliest > published:
            continue
        out.append((t.earliest, min(t.latest, published), t.start, t.end))
    return out


def observed_date(dates: list[tuple[date, date, int, int]], *, published: date, after: date,
                  anchor: tuple[int, int] = (0, 0)) -> date:
    """The passage's own date of what happened: of its dates (``passage_dates``) that end on or
    after ``after`` (the claim's article), the nearest to ``anchor`` (the cue or the word that
    says it happened), at least ``after``; else ``published``."""
    best = None
    for _earliest, latest, start, end in dates:
        dist = min(abs(start - anchor[1]), abs(anchor[0] - end))
        if latest >= after and (best is None or dist < best[1]):
            best = (latest, dist)
    return max(best[0], after) if best else published
