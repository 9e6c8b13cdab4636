"""Interviews printed as questions and answers: whose words the answers are (pure, deterministic).

News prints interviews as a transcript after a short introduction::

    Q&A with Vice President Ada Kone.
    Ada Kone spent Thursday in Ostby, where she spoke with our reporter. ...
    Q: You said the bridge would open in May. Will it?
    A: It will. I think we will be done by April.

Nothing in an answer says who speaks; the transcript form does. An answer is the interviewee's
until the next question, and so is every paragraph between them that has no label of its own
(an answer running over several paragraphs). In an answer, "I" and "we" are the interviewee; in
a question, "you" is. A statement with a speaker of its own ("My staff warned me that ...") keeps
it.

The interviewee is the person the introduction is about: of the persons it names, the one named
most often (a surname alone counts for the full name it ends), the first named on a tie. The
interviewer is named there too, usually once, as the one the interviewee "spoke with".

A transcript needs two answers labelled "A:" (or "Answer:"); questions are labelled "Q:",
"Question:", or (some papers print it so) a "Q" run into the question's first word ("QWhat
happened?").

Broadcast transcripts label each turn with its speaker instead ("TAPPER: ...", "FALLIN: ...";
two speakers or more): a turn is its speaker's whole, whatever cue its words carry ("he talked
about ..." is the governor's account), and runs on over the paragraphs after it that speak in the
first or second person, until the next label; a stage direction ("(BEGIN VIDEO CLIP.)") or a line
of the reporter's ends it. So do interviews whose turns are labelled with a full name or its
initials ("David Shankbone: ...", "DS: ...", ":AN: ..."; four turns or more, of two speakers or
more). Nothing here names an article's actors.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Sequence

from claimledger.domain import SpeakerKind
from claimledger.extraction.attribution import Attribution, Speaker
from claimledger.extraction.model import CueForm, Sentence
from claimledger.extraction.names import persons_before
from claimledger.extraction.sentences import by_paragraph
from claimledger.extraction.surface import TRANSCRIPT_LABEL

_ANSWER = re.compile(r"(?:A|Answer)\s*:\s*")
_QUESTION = re.compile(r"(?:Q|Question)\s*:\s*|Q(?=[A-Z][a-z]|[\"\u201c][A-Z])")
_FIRST_PERSON = frozenset("i we me us my our".split())
_SECOND_PERSON = frozenset("you your".split())


def turns(sentences: Sequence[Sentence]) -> list[tuple[str, int] | None]:
    """For each sentence: ("Q" or "A", length of the label it opens with) inside a transcript,
    None outside one (the introduction, or an article that is no transcript)."""
    openers: dict[int, tuple[str, int]] = {}
    seen: set[int] = set()
    for i, s in enumerate(sentences):
        if s.paragraph in seen:
            continue
        seen.add(s.paragraph)
        if (m := _ANSWER.match(s.text)) is not None:
            openers[i] = ("A", m.end())
        elif (m := _QUESTION.match(s.text)) is not None:
            openers[i] = ("Q", m.end())
    if sum(1 for who, _ in openers.values() if who == "A") < 2:
        return [None] * len(sentences)
    out: list[tuple[str, int] | None] = []
    state: str | None = None
    firsts = {ks[0]: ks for ks in by_paragraph(sentences)}
    for i, s in enumerate(sentences):
        if i in openers:
            state = openers[i][0]
            out.append(openers[i])
        else:
            if state and i in firsts and _reporters(" ".join(sentences[k].text for k in firsts[i])):
                state = None  # ("In an interview Monday, Kone disputed her account. He said ...": the transcript is over)
            out.append((state, 0) if state else None)
    return out


# a verb of saying in the past or present third person
_SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes)\b")


def _reporters(paragraph: str) -> bool:
    """Whether an unlabelled paragraph after a transcript's turn is the reporter's again: outside its
    quotations, a verb of saying and no "I", "we" or "you"."""
    outside = re.sub(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]?", " ", paragraph)
    words = set(re.findall(r"[a-z]+", outside.lower()))
    return _SAID.search(outside) is not None and not words & (_FIRST_PERSON | _SECOND_PERSON)


def interviewee(text: str, lead_end: int) -> Speaker | None:
    """The person the introduction (``text[:lead_end]``) is about."""
    named = persons_before(text, lead_end, {})
    full = [n for _, n in named if " " in n]
    if not full:
        return None
    by_surname = {n.split()[-1]: n for n in full}
    counts = Counter(by_surname.get(n.split()[-1], n) for _, n in named)
    order = {n: k for k, n in enumerate(dict.fromkeys(by_surname.get(n.split()[-1], n) for _, n in named))}
    best = max((n for n in counts if " " in n), key=lambda n: (counts[n], -order[n]))
    return Speaker(best, SpeakerKind.PERSON, best)


def writers_own(text: str, a: Attribution) -> bool:
    """Whether ``a`` is what the writer of the words says: no cue, or a cue whose source is "I" or
    "we" (resolved to nobody, or read as someone before)."""
    said = {a.speaker.mention.strip().lower()} if a.speaker is not None else _cue_words(text, a)
    return bool(said & _FIRST_PERSON) or (a.speaker is None and a.how in (CueForm.REPORTER, CueForm.ANSWER))


def _cue_words(text: str, att: Attribution) -> set[str]:
    if att.cue is None:
        return set()
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text[att.cue[0]:att.cue[1]])}


def _unlabelled(att: Attribution, s: Sentence, label: int) -> Attribution:
    """The attribution with the sentence's label ("A: ") out of its content."""
    if not label:
        return att
    cut = s.start + label
    content = tuple((max(a, cut), b) for a, b in att.content if b > cut)
    return replace(att, content=content)


# "I" and "we" in their forms (not the "I" of a party label, "Sanders (I-Vt.)"): words that speak
# for themselves, as a letter's or a column's do, or a turn's (with "you")
I_OR_WE = re.compile(r"(?<![(\w-])I(?:'m|'ve|'d|'ll)?(?![\w-])|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|us)\b")
_SPEAKS = re.compile(I_OR_WE.pattern + r"|\b[Yy]ou(?:r)?\b")


# a turn's label in an interview printed with names or initials ("David Shankbone: How's the tour
# going?", "DS: ...", ":AN: ..." where a wiki indents an answer)
_NAME_LABEL = re.compile(r":?([A-Z][a-z]+(?:\s+[A-Z][\w'\u2019-]+){1,2}|[A-Z]{2,3}):\s+(?=\S)")


def _named_turns(sentences: Sequence[Sentence], firsts: Iterable[int]) -> dict[int, tuple[Speaker, int]]:
    """The sentences that open a turn labelled with a full name or its initials, with the speaker
    and the label's length; empty unless four turns or more of two speakers or more are so.
    ``firsts``: the sentences that open a paragraph."""
    raw = {i: m for i in firsts if (m := _NAME_LABEL.match(sentences[i].text))}
    full = {m.group(1) for m in raw.values() if " " in m.group(1)}
    out: dict[int, tuple[Speaker, int]] = {}
    for i, m in raw.items():
        whose = [m.group(1)] if " " in m.group(1) else [f for f in full if "".join(w[0] for w in f.split()) == m.group(1)]
        if len(whose) == 1:
            out[i] = (Speaker(whose[0], SpeakerKind.PERSON, m.group(1)), m.end())
    return out if len(out) >= 4 and len({sp.name for sp, _ in out.values()}) >= 2 else {}


def labelled(text: str, sentences: Sequence[Sentence], atts: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` with each turn of a transcript labelled by speaker given to its speaker (unchanged
    when the article has no such transcript)."""
    firsts = {ks[0]: ks for ks in by_paragraph(sentences)}  # a paragraph's first sentence -> its sentences
    labels: dict[int, tuple[Speaker, int]] = {}
    for i in firsts:
        s, a = sentences[i], atts[i]
        if (m := TRANSCRIPT_LABEL.match(s.text)) and s.text[m.end():].startswith(":") \
                and a.how == CueForm.COLON and a.speaker is not None:
            labels[i] = (a.speaker, 0)  # (the colon cue's content starts after the label)
    if len({sp.name for sp, _ in labels.values()}) < 2:
        labels = _named_turns(sentences, firsts)
        if not labels:
            return list(atts)
    out: list[Attribution] = []
    who: Speaker | None = None
    for i, (s, a) in enumerate(zip(sentences, atts)):
        if i in labels:
            who, cut = labels[i]
            a = _unlabelled(replace(a, speaker=who, quoted=True), s, cut) if cut else a
        elif who is not None and i in firsts:
            par = " ".join(sentences[k].text for k in firsts[i])
            heading = text[sentences[i - 1].end if i else 0:s.start].rstrip().endswith(":")  # ("THE FACTS: ...")
            who = who if _SPEAKS.search(par) and not par.startswith("(") and not heading else None
        if who is not None and i not in labels:
            a = replace(a, speaker=who, quoted=True, also=tuple(replace(x, speaker=who) for x in a.also))
        out.append(a)
    return out


def speakers(text: str, sentences: Sequence[Sentence], atts: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` with the transcript's answers given to the interviewee (unchanged when the
    article is no transcript or names nobody to have been interviewed); a transcript labelled by
    speaker, see :func:`labelled`."""
    atts = labelled(text, sentences, atts)
    marks = turns(sentences)
    first = next((k for k, t in enumerate(marks) if t is not None), None)
    if first is None:
        return list(atts)
    who = interviewee(text, sentences[first].start)
    if who is None:
        return list(atts)
    out: list[Attribution] = []
    for s, att, mark in zip(sentences, atts, marks):
        if mark is None:
            out.append(att)
            continue
        turn, label = mark

        def mend(a: Attribution) -> Attribution:
            a = _unlabelled(a, s, label)
            # who the cue's subject is: its own words when resolved ("We" read as someone else
            # before), else the cue's words
            said = {a.speaker.mention.strip().lower()} if a.speaker is not None else _cue_words(text, a)
            if turn == "A" and writers_own(text, a):
                return replace(a, speaker=who, quoted=True)
            if turn == "Q" and said & _SECOND_PERSON:
                return replace(a, speaker=who)
            return a

        if att.how == CueForm.REPORTER and not att.content and label:
            att = replace(att, content=((s.start + label, s.end),))
        if turn == "A" and att.how == CueForm.REPORTER:
            att = replace(att, how=CueForm.ANSWER)
        out.append(replace(mend(att), also=tuple(mend(a) for a in att.also)))
    return out
