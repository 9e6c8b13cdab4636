"""Opinion pieces and letters: whose the writer's own words are (pure, deterministic).

News prints two kinds of text whose writer is not the paper's reporter, and says so by form,
not by a cue verb::

    I live in Ostby and have written to the council twice. The levy will not pass.

    Ada Kone.

    Ostby.

A letters page signs each letter with its writer's name in a paragraph of its own (a place may
follow), and a column ends with a line about its author ("Ada Kone is a historian at Nordby
University."). What the writer says without a source of its own ("I hope ...", "The levy will not
pass") is the writer's: the letter's signer, the column's author; a tweet printed above its handle
("@ada_kone.") is the handle's.

A page is a letters page when two letters or more, each signed so, speak in the first person
outside quotation marks (a list of names with a paragraph about each is none); then every
signature signs the letter above it. A column's author is read only when the column speaks in the
first person ("I", "we"; not "Sanders (I-Vt.)"): a news story ending with a line about a person is
no column. A statement with a cue of its own keeps its source (:func:`interview.writers_own`).
Nothing here names an article's actors.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction.attribution import Attribution, Speaker
from claimledger.extraction.interview import I_OR_WE, writers_own
from claimledger.extraction.model import Sentence
from claimledger.extraction.sentences import by_paragraph, is_headline, quote_regions

_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'\u2019][A-Z]?[a-z]+)*|[A-Z]\.)"
# a paragraph that is a person's name and nothing else: "Kathryn Kates.", "Toni LeAnn Williams."
_SIGNATURE = re.compile(rf"({_WORD}(?:\s+{_WORD}){{1,3}}(?:,?\s+Jr\.)?)\.?")
_HANDLE = re.compile(r"(@\w{2,30})\.?")
# a column's last paragraph about its author: "Ada Kone is a historian at ...", "Ada Kone, a
# historian, is the author of ...", "Ada Kone is playwright-in-residence at ..."
_BIO = re.compile(rf"({_WORD}(?:\s+{_WORD}){{1,3}})(?:,[^,.]{{2,80}},)?\s+is\s+(?:an?\b|the\b|[a-z-]+\s+(?:at|of|for|in|with)\b)")
_HEADING = re.compile(r"[A-Z][A-Z&' -]{2,40}\.?")  # "LETTERS.", "TWITTER."
# an editor's note above a book's excerpt, naming its author: "The following is an excerpt from
# historian Ada Kone's new book, ...", "Adapted from 'The Ferries' by Ada Kone."
_CREDIT = re.compile(r"\b(?:Copyright|Reprinted|Excerpted)\b|\u00a9")  # ("From THE FERRIES by Ada Kone. Copyright ...")
_NAME = r"[A-Z][\w'\u2019-]*[a-z](?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]*[a-z]){1,3}"
_EXCERPT = re.compile(rf"\b(?:[Ee]xcerpt(?:s|ed)?|[Aa]dapted)\s+(?:\w+\s+){{0,2}}?from\s+(?:[a-z][\w-]*\s+){{0,4}}?(?:(?P<own>{_NAME})"
                      rf"['\u2019]s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:book|memoir|novel)\b|[^.]{{0,120}}?\bby\s+(?P<by>{_NAME})\b)")


def _unquoted(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` occurs in text[start:end] outside quotation marks."""
    regions = quote_regions(text, start, end)
    return any(not any(a <= m.start() < b for a, b, _ in regions) for m in pattern.finditer(text, start, end))


def _signer(par: str) -> str | None:
    m = _SIGNATURE.fullmatch(par)
    if m is None or par.split()[0].lower() in L.DETERMINERS | L.CAP_FUNCTION:
        return None
    return m.group(1)


def signed(text: str, sentences: Sequence[Sentence]) -> list[tuple[list[int], Speaker]]:
    """The sentences (indices) each writer signs: letters and tweets above their signatures, a
    column above its author's line. Empty when the article has none."""
    pars = [(sentences[ks[0]].start, sentences[ks[-1]].end, ks) for ks in by_paragraph(sentences)]
    body = [text[a:b].strip() for a, b, _ in pars]
    out: list[tuple[list[int], Speaker]] = []
    letters: list[tuple[list[int], Speaker, bool]] = []  # (sentences, signer, in the first person)
    since: list[int] = []  # paragraphs since the last signature or heading
    for p, par in enumerate(body):
        heading = _HEADING.fullmatch(par) is not None and par.upper() == par
        handle = _HANDLE.fullmatch(par)
        name = None if heading or handle else _signer(par)
        if handle and since:
            who = handle.group(1)
            out.append((pars[since[-1]][2], Speaker(who, SpeakerKind.PERSON, who)))
        elif name and since:
            first = any(_unquoted(text, pars[q][0], pars[q][1], I_OR_WE) for q in since)
            letters.append(([k for q in since for k in pars[q][2]], Speaker(name, SpeakerKind.PERSON, name), first))
        elif not heading and not name:
            since.append(p)
            continue
        since = []
    if sum(first for _, _, first in letters) >= 2:  # a letters page: every signature signs its letter
        out += [(ks, who) for ks, who, _ in letters]
    if len(pars) > 2 and (bio := _BIO.match(body[-1])) and not any(s for s, _ in out) and any(
            _unquoted(text, a, b, I_OR_WE) for a, b, _ in pars[:-1]):
        who = bio.group(1)
        out.append(([k for _, _, ks in pars[:-1] for k in ks if not is_headline(sentences[k])],
                    Speaker(who, SpeakerKind.PERSON, who)))
    if not out:
        # a book's excerpt, its author named in the note above it, told in the first person: the
        # author's (the note itself and any headline are the paper's)
        note = next(((p, m) for p, par in enumerate(body[:3]) if (m := _EXCERPT.search(par))), None)
        if note is not None and any(_unquoted(text, a, b, I_OR_WE) for a, b, _ in pars[note[0] + 1:]):
            who = note[1].group("own") or note[1].group("by")
            out.append(([k for (_, _, ks), par in zip(pars[note[0] + 1:], body[note[0] + 1:]) if not _CREDIT.search(par)
                         for k in ks if not is_headline(sentences[k])], Speaker(who, SpeakerKind.PERSON, who)))
    return out


def speakers(text: str, sentences: Sequence[Sentence], atts: Sequence[Attribution]) -> list[Attribution]:
    """``atts`` with what a signed writer says without a source of its own given to the writer
    (unchanged when the article signs nobody)."""
    out = list(atts)

    def quoted(a: Attribution, s: Sentence) -> bool:  # ('Indeed, "We cite ..."': a quotation with no cue is someone else's)
        if not a.content:
            return False
        regions = quote_regions(text, s.start, s.end)
        outside = [text[i] for x, y in a.content for i in range(x, y) if not any(o <= i <= c for o, c, _ in regions)]
        return bool(regions) and len("".join(outside).split()) <= 2
    for ks, who in signed(text, sentences):
        def mend(a: Attribution, s: Sentence) -> Attribution:
            return replace(a, speaker=who) if writers_own(text, a) and not (a.cue is None and quoted(a, s)) else a
        for k in ks:
            out[k] = replace(mend(out[k], sentences[k]), also=tuple(mend(a, sentences[k]) for a in out[k].also))
    return out
