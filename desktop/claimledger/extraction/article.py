"""Turn the bytes of an article file into its text, title and publication date.

Pure functions: the caller reads the file. Accepted: UTF-8 (with or without BOM) or UTF-16
with a BOM; plain text, Markdown (optional ``---`` front matter with ``title:``, ``date:``,
``outlet:``, ``url:``; a leading ``# Heading`` becomes the title), HTML (reduced to the
article itself and its metadata by :mod:`extraction.webpage`: navigation, banners, teasers and
comments are dropped; scripts and remote resources are never run or fetched) and PDF (its text
layer, a form feed between pages: :mod:`extraction.pdf`). Plain text may
also open with a mail-style header block (``Title:``, ``Date:``/``Published:``, ``Source:``/
``Outlet:``, ``URL:``, ``Author:`` lines, then a blank line), as articles pasted from a news
database or an e-mail do. A date is ISO (``2022-03-15``) or has its month spelled out
(``March 15, 2022``, ``15 Mar 2022``); an all-number date other than ISO is refused as ambiguous.

The wire-copy header of the seed articles, `` date 2021-07-06 `` before the first sentence, is
the publication date and is not part of the stored text. The text is otherwise stored exactly
as given (line endings normalised to ``\\n``), so claim offsets stay valid for the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claimledger.domain import ISO_DATE as _ISO_DATE, InvalidDate, parse_date

MAX_BYTES = 5 * 1024 * 1024  # 5 MiB: far above any news article, well below what hurts


class ArticleError(ValueError):
    """The input is not an importable article; the message names the problem in one line."""


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    text: str
    title: str
    published: date | None
    outlet: str | None = None
    url: str | None = None
    format: str = "text"
    author: str | None = None  # web pages: the byline (stored as the article's author)


_HEADER_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|\s*\n)", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_FM_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_MAIL_KEYS = r"(?:title|headline|date|published|dateline|source|outlet|publication|url|link|author|by|byline)"
_MAIL_HEADER = re.compile(rf"\A(?:[ \t]*{_MAIL_KEYS}[ \t]*:[^\n]*\n)+[ \t]*\n", re.IGNORECASE)
_MD_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+(.+?)[ \t#]*\n")
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


def _date(value: str, what: str, spelled: bool = False) -> date:
    """domain.parse_date, its failure as this module's one-line ArticleError."""
    try:
        return parse_date(value, what=what, spelled=spelled)
    except InvalidDate as exc:
        raise ArticleError(str(exc)) from None


def decode(raw: bytes) -> str:
    """Text of the file, or ArticleError for empty, binary or undecodable input."""
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"file is too large ({len(raw) / 1048576:.1f} MiB; an article is at most {MAX_BYTES // 1048576} MiB)")
    if not raw.strip():
        raise ArticleError("file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"invalid UTF-16 text ({exc.reason} at byte {exc.start})") from None
    else:
        if b"\x00" in raw[:8192]:
            raise ArticleError("binary data, not a text article")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8 and retry"
            ) from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise ArticleError("binary data, not a text article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _headline(text: str) -> str:
    """The first line as a title; a long one is cut at a sentence end or a word, marked "..."
    (ASCII: a spreadsheet opening the CSV report in a legacy encoding shows "…" as "â€¦")."""
    first = text.strip().split("\n", 1)[0].strip()
    if len(first) <= 100:
        return first
    cut = first[:100]
    m = re.match(r"(.{20,100}?[.!?])[\s\"'”]", first)
    if m:
        return m.group(1)
    return cut.rsplit(" ", 1)[0] + "..."


def parse_article(raw: bytes, *, filename: str = "", url: str | None = None) -> ParsedArticle:
    """Decode and split an article file into stored text and metadata (see module doc);
    ``url``: where a fetched page came from (its links and dates are read against it)."""
    if raw.startswith(b"%PDF-") or filename.lower().endswith(".pdf"):
        from claimledger.extraction.pdf import PdfError, read_pdf

        try:
            pdf = read_pdf(raw)
        except PdfError as exc:
            raise ArticleError(str(exc)) from None
        return ParsedArticle(text=pdf.text, title=pdf.title or _headline(pdf.text.lstrip("\f\n")),
                             published=pdf.published, url=url, format="pdf")
    text = decode(raw)
    title = outlet = None
    published: date | None = None
    fmt = "text"
    if filename.lower().endswith((".html", ".htm", ".xhtml")) or _HTML_START.match(text):
        from claimledger.extraction.webpage import PageError, read_page

        try:
            page = read_page(text, url=url)
        except PageError as exc:
            raise ArticleError(str(exc)) from None
        if page is None:
            raise ArticleError("the page holds no article text (only navigation, banners or links)")
        return ParsedArticle(text=page.text, title=page.title or _headline(page.text), published=page.published,
                             outlet=page.site_name, url=page.url, format="html", author=page.author)
    else:
        fm = _FRONT_MATTER.match(text)
        mail = None if fm else _MAIL_HEADER.match(text)
        if fm or mail:
            fmt = "markdown" if fm else "text"
            meta = {}
            for line in (fm.group(1) if fm else mail.group(0)).splitlines():
                m = _FM_LINE.match(line.strip())
                if m:
                    meta[m.group(1).lower()] = m.group(2).strip("\"'")
            text = text[(fm or mail).end():]
            title = meta.get("title") or meta.get("headline") or None
            outlet = meta.get("outlet") or meta.get("source") or meta.get("publication") or None
            url = meta.get("url") or meta.get("link") or url
            when = meta.get("date") or meta.get("published") or meta.get("dateline")
            if when:
                iso = _ISO_DATE.match(when[:10].strip())  # "2022-03-15T10:00Z": its date
                published = _date(when[:10] if iso else when, "front-matter date" if fm else "header date", spelled=True)
        m = _HEADER_DATE.match(text)
        if m:
            published = _date(m.group(1), "header date")
            text = text[m.end():]
        h = _MD_HEADING.match(text)
        if h and filename.lower().endswith((".md", ".markdown")) or (h and fmt == "markdown"):
            fmt = "markdown"
            title = title or h.group(1).strip()
    text = text.strip()
    if not text:
        raise ArticleError("file has no article text")
    return ParsedArticle(text=text, title=title or _headline(text), published=published, outlet=outlet, url=url, format=fmt)
