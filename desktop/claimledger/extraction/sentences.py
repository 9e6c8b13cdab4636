"""Paragraphs and sentences of an article body, with exact character offsets.

Pure and deterministic: ``text[s.start:s.end] == s.text`` for every sentence returned.

News text needs more than a split at ``". "``:

* abbreviations and initials do not end a sentence ("Gen. Austin", "U.S. officials",
  "at 9 a.m. on Monday", "John F. Kennedy"), yet an initialism can end one when the next
  word is a typical sentence opener ("... in the U.S. The economy ...");
* a sentence may end inside a quotation (``...dialogue."``) - the closing mark stays with it;
* a paragraph without closing punctuation is a headline or subhead ("US urges negotiated
  settlement"); :func:`is_headline` tells them apart;
* a wire dateline ("KABUL, July 5 (Reuters) - ") is not part of the first sentence;
  :func:`dateline_span` finds it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extraction.model import Sentence
from claimledger.extraction import _lexicon as L

__all__ = ["Paragraph", "paragraphs", "by_paragraph", "split", "is_headline", "dateline_span", "TITLE_ABBREVIATIONS",
           "typographic_quotes", "plain_spaces", "trim_span", "QUOTE_MARKS", "QUOTED_TITLE", "quote_regions"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str
    index: int


# Words whose period never ends a sentence: a name follows.
TITLE_ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig
    gov sen rep rev fr hon pres supt insp det st mt ft sr jr amb atty gens sens reps const cst
    no nos vol fig art sec para pp op""".split()
)
# Abbreviations that usually sit mid-sentence but may end one.
OTHER_ABBREVIATIONS = frozenset(
    """inc corp ltd co plc bros llc assn dept est approx etc vs al cf ca
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    am pm ave blvd rd km kg cm mm lb lbs oz ft yd mi min max""".split()
)
# Capitalised words that typically open a sentence (after an ambiguous abbreviation).
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there
    but and so yet however meanwhile in on at for after before when while although though if
    as since during under over many some most several few all both no not one two three
    officials analysts police authorities critics experts residents""".split()
)

QUOTE_MARKS = "\"\u201c\u201d"


def trim_span(text: str, a: int, b: int, lead: str = QUOTE_MARKS, tail: str = QUOTE_MARKS) -> tuple[int, int]:
    """``(a, b)`` narrowed past whitespace and the characters of ``lead`` at the start and of
    ``tail`` at the end (by default quotation marks)."""
    while a < b and (text[a].isspace() or text[a] in lead):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in tail):
        b -= 1
    return a, b


# Quotation marks typed as two apostrophes or backquotes (older newspaper and wire text, Penn
# Treebank style: ''It is over,'' he said. ``Yes.''): an opening pair begins a paragraph or follows a
# space or bracket, and a letter, digit or mark follows it; a closing pair follows a non-space
# (or a comma or stop and one space: "coalitions, '' said").
_OPEN_PAIR = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))(?:''|``)(?=[\w$\u2018'\[(.\u2026-])", re.M)
_CLOSE_TRIPLE = re.compile(r"(?<=[^\s'`])'''(?=[\s.,;:!?)\]\u2014\u2013-]|$)", re.M)
_CLOSE_PAIR = re.compile(r"(?:(?<=[^\s'`])|(?<=[,.!?;:] ))''(?=[\s.,;:!?)\]\u2014\u2013-]|$)", re.M)


def typographic_quotes(text: str) -> str:
    """The text with two-character quotation marks written as typographic ones, *same length*, so
    every offset still points at the original: an opening pair becomes two \u201c, a closing
    pair two \u201d (a doubled mark is read as one). The rest of the text is unchanged."""
    if "''" not in text and "``" not in text:
        return text
    text = _OPEN_PAIR.sub("\u201c\u201c", text)
    text = _CLOSE_TRIPLE.sub("'\u201d\u201d", text)  # "on 'Fox and Friends,''' said": a quotation closed inside one
    return _CLOSE_PAIR.sub("\u201d\u201d", text)


# spaces of other widths, from web pages and word processors ("Khan,\u00a0decried"): the parser
# reads a no-break space as a token of its own and loses the sentence's structure round it; and the
# marks of writing direction and the byte order mark, which stand between words ("\u202a\u201dThis is
# why ...": the closing mark typed to open a paragraph's quotation follows one)
_SPACE_LIKE = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f" \
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_PLAIN_SPACE = str.maketrans(_SPACE_LIKE, " " * len(_SPACE_LIKE))


def plain_spaces(text: str) -> str:
    """The text with no-break, thin and other fixed-width spaces written as plain ones, *same
    length* (the article's own characters are shown; this is the text the analysis reads)."""
    return text.translate(_PLAIN_SPACE) if any(ch in text for ch in _SPACE_LIKE) else text


_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_TERMINAL = '.!?'
_CLOSERS = '"\u201d\u2019\')]'
_OPENERS = '"\u201c\u2018\'(['
_END_CANDIDATE = re.compile(r"(?:\.{3}|\u2026|[.!?]+)[\"\u201d\u2019')\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.'-]*[A-Za-z])?)\.?$")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}$")
# after a quotation ending in ! or ?: a name (one to three capitalised words) and a verb of saying
# (a capitalised pronoun starts a sentence: '"... long run!" She replied that ...')
_NAME_SAID = re.compile(r"(?!(?:He|She|They|It|We|I|You)\s)[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
                        r"(?:,\s+[^,.!?;:\"\u201c\u201d]{2,80},)?\s+"  # ("Ada Kone, the chairman for the exurb, said")
                        r"(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|went\s+on|[a-z]{3,}ed)\b")
_HEADLINE_END = re.compile(r"[.!?:;,\"\u201d\u2019)\u2026]\s*$")
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+)*"  # KABUL / NEW YORK / ST. LOUIS
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?"  # , Afghanistan
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # , July 5
    r"\s*(?:\([A-Z][\w.&'\u2019]*(?:\s+[A-Z][\w.&'\u2019]*){0,3}\))?"  # (Reuters) / (CNN) / (Kyodo News)
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"  # Washington (AFP)
    r"\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|UPI)\))"
    r"\s*[-\u2013\u2014\u2015]{1,2}\s+"  # (HuffPost's "WASHINGTON \u2015 ": a horizontal bar)
)


def by_paragraph(sentences: Sequence[Sentence]) -> list[list[int]]:
    """The indices of ``sentences`` (in text order), paragraph by paragraph."""
    out: list[list[int]] = []
    for k, s in enumerate(sentences):
        if out and sentences[out[-1][-1]].paragraph == s.paragraph:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def paragraphs(text: str) -> list[Paragraph]:
    """Blank-line separated blocks; inside a block, a line break also separates paragraphs
    when the line before is complete (ends a sentence) or looks like a headline, but a
    soft-wrapped line (ending mid-sentence) is joined with the next one."""
    out: list[Paragraph] = []
    pos = 0
    blocks: list[tuple[int, int]] = []
    for m in _PARA_BREAK.finditer(text):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, len(text)))
    for b_start, b_end in blocks:
        for s, e in _split_block_lines(text, b_start, b_end):
            # trim whitespace, keep exact offsets
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Paragraph(s, e, text[s:e], len(out)))
    return out


def _split_block_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    if "\n" not in block:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    cur = start
    offset = start
    lines = block.split("\n")
    for i, line in enumerate(lines):
        line_end = offset + len(line)
        if i < len(lines) - 1:
            stripped = line.strip()
            nxt = lines[i + 1].strip()
            hard = (
                not stripped
                or stripped[-1] in _TERMINAL + _CLOSERS + ":"
                or (len(stripped.split()) <= 12 and not stripped[-1] in ",;-" and nxt[:1].isupper())
                or nxt[:1] in "\"\u201c-*\u2022"
            )
            if hard:
                pieces.append((cur, line_end))
                cur = line_end + 1
        offset = line_end + 1
    pieces.append((cur, end))
    return pieces


def dateline_span(paragraph_text: str) -> tuple[int, int] | None:
    """(start, end) of a wire dateline at the start of a paragraph, e.g. ``"KABUL, July 5
    (Reuters) - "``, relative to the paragraph; None when there is none."""
    m = _DATELINE.match(paragraph_text)
    if not m:
        return None
    head = paragraph_text[: m.end()]
    # an all-caps place name or an agency credit is required
    if "(" not in head and not re.match(r"\s*[A-Z]{2,}", head):
        return None
    if m.end() >= len(paragraph_text):
        return None
    return (m.start(), m.end())


# a quotation signed with a dash after it: '"...." ― Ana Ruiz', '"...." — Sen. Ann Hale (R-Ohio), 19, student'
DASH_SIGNED = re.compile(r"[\"\u201d]\s*(?:[\u2015\u2014\u2013]|\s-)\s*"
                         r"((?:[A-Z][\w.'\u2019-]*)(?:\s+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin))*)"
                         r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*[^\"\u201c\u201d,]{1,60}){0,3}\s*$")


def is_headline(sentence: Sentence | str) -> bool:
    """A headline / subhead: a short line without closing punctuation, or a byline."""
    text = sentence.text if isinstance(sentence, Sentence) else sentence
    t = text.strip()
    if not t:
        return False
    if re.match(r"(?i)by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+and\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?$", t):
        return True
    if _HEADLINE_END.search(t) or DASH_SIGNED.search(t):
        return False  # (a quotation signed after it ends with the name)
    return len(t.split()) <= 25


def _is_boundary(par: str, dot_start: int, end: int) -> bool:
    """Does the punctuation run par[dot_start:end] end a sentence?  ``end`` is just after
    the run (closing quotes included); whitespace follows."""
    # what follows
    j = end
    n = len(par)
    while j < n and par[j].isspace():
        j += 1
    if j >= n:
        return True
    nxt = par[j]
    # skip an opening quote/bracket to see the first letter
    k = j
    while k < n and par[k] in _OPENERS:
        k += 1
    first = par[k] if k < n else ""
    run = par[dot_start:end]
    if not (first.isupper() or first.isdigit() or nxt in _OPENERS):
        return False  # lowercase continuation: "in the coming days ... and they"
    if run[0] != ".":
        # ! or ?; but '"... right?" Kell remarked': a quotation's name and verb of saying follow
        return not (any(c in _CLOSERS for c in run) and _NAME_SAID.match(par, j))
    if run.startswith("...") or run.startswith("\u2026"):
        return True
    if len(run.rstrip(_CLOSERS)) > 1:
        return True
    if any(c in _CLOSERS for c in run):
        return True  # period inside a closing quote: `...dialogue."`
    before = par[max(0, dot_start - 40):dot_start]
    wm = _WORD_BEFORE.search(before + ".")
    word = wm.group(1) if wm else ""
    # the token just before the period (may be an initialism like U.S)
    tok_m = re.search(r"(\S+)$", before)
    tok = tok_m.group(1) if tok_m else ""
    tok_clean = tok.lstrip(_OPENERS + "(").lower()
    if not tok_clean:
        return True
    if tok_clean.rstrip(".") in TITLE_ABBREVIATIONS and not (tok_clean.rstrip(".") in ("no", "nos") and not first.isdigit()):
        return False  # (but "would vote no. Sen. Ada Kone said": "No. 2" takes a number)
    if tok == "Del" and not before[:len(before) - len(tok)].rstrip().endswith(","):
        return False  # "said Del. Stacey Plaskett": a delegate's title ("Dover, Del." is Delaware)
    # single initial "John F. Kennedy", but not a lone "I." or a number
    if len(tok_clean) == 1 and tok_clean.isalpha():
        return False
    next_word_m = re.match(r"[\"\u201c'(]*([A-Za-z]+)", par[j:])
    next_word = next_word_m.group(1).lower() if next_word_m else ""
    if _INITIALISM.search(tok + ".") or tok_clean.rstrip(".") in OTHER_ABBREVIATIONS:
        # "U.S. officials" never reaches here (lowercase); "U.S. President" is a name part
        return next_word in SENTENCE_OPENERS or (nxt in _OPENERS and not first.islower())  # ('the U.S. "clearly" needed')
    del word
    return True


# a section heading in capitals at a paragraph's start ("THE FACTS: ", "WHAT'S NEXT: ", "UPDATE: "): no part of the
# sentence after it
_CAPS_HEADING = re.compile(r"\s*([A-Z][A-Z'\u2019.-]*(?:\s+[A-Z][A-Z'\u2019.-]*){0,4}):\s+(?=\S)")


def _heading_end(ptext: str, start: int) -> int:
    m = _CAPS_HEADING.match(ptext, start)
    return m.end() if m and any(w.lower() in L.EDITORIAL for w in m.group(1).split()) else start


_GLUED_PLACE = re.compile(r"\s*((?:[A-Z][a-z]+ )?[A-Z][a-z]+)(?=[A-Z][a-z]*\b)")


def split(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, each with its paragraph index."""
    out: list[Sentence] = []
    for para in paragraphs(text):
        ptext = para.text
        base = para.start
        start = 0
        dl = dateline_span(ptext) if para.index == 0 or para.index <= 2 else None
        if dl:
            start = dl[1]
        elif para.index == 0 and (g := _GLUED_PLACE.match(ptext)) and (
                g.group(1).lower() in L.COUNTRIES or re.match(r"(?:The|An?)\s", ptext[g.end(1):])):
            start = g.end(1)  # "IraqGeneral Ray Odierno said ...": a page's category glued to its first word
        start = _heading_end(ptext, start)
        for m in _END_CANDIDATE.finditer(ptext, start):
            if m.start() < start:
                continue
            if _is_boundary(ptext, m.start(), m.end()):
                _emit(out, text, base + start, base + m.end(), para.index)
                start = m.end()
        _emit(out, text, base + start, base + len(ptext), para.index)
    return out


def _emit(out: list[Sentence], text: str, s: int, e: int, pindex: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        out.append(Sentence(s, e, text[s:e], pindex))


# --- quotation regions -------------------------------------------------------------------------

_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(open, close, closed) of double-quoted stretches in text[start:end] (one paragraph).
    An unclosed quotation runs to the end of the paragraph (news style: it continues)."""
    out: list[tuple[int, int, bool]] = []
    opened = -1
    inner = 0  # quotations opened inside the open one ('“... the number of “cell phone only” households ...”')
    for i in range(start, end):
        c = text[i]
        closing = c == _CLOSE_Q
        if closing and opened < 0 and (i == start or text[i - 1].isspace()) and i + 1 < end and text[i + 1].isalnum():
            opened, closing = i, False  # '\u201dFear. I am afraid ...\u201d \u2015 X': a closing mark typed to open
        if c == '"':
            if opened < 0:
                opened = i
            else:
                out.append((opened, i + 1, True))
                opened, inner = -1, 0
        elif c == _OPEN_Q:
            if opened < 0:
                opened = i
            elif text[i - 1].isspace() and i + 1 < end and text[i + 1].isalnum():
                inner += 1
            else:  # '..., her here,“ said X', 'called them “rapists“ while ...': an opening mark typed to close
                closing = (text[i - 1] in ",.!?" or text[i - 1].isalnum()) and (
                    i + 1 >= end or text[i + 1].isspace() or text[i + 1] in ",.;:!?")
        if closing and opened >= 0:
            if inner:
                inner -= 1
            else:
                out.append((opened, i + 1, True))
                opened = -1
    if opened >= 0:
        out.append((opened, end, False))
    return out


# a title in quotation marks: up to six words, each capitalised but for short function words
# ("Orange is the New Black"); no sentence of a quotation ('“You went on television to blame”')
QUOTED_TITLE = re.compile(r"[A-Z0-9][\w'\u2019&:-]*(?:\s+(?:[A-Z0-9][\w'\u2019&:-]*|is|the|of|and|a|an|in|on|to|for|with|at|by|or)){0,5}")
