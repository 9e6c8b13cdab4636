"""A web page reduced to its article: main text and metadata, with trafilatura (and htmldate).

Pure: the caller reads or fetches the page; nothing is fetched or executed here (trafilatura
parses the markup with lxml; scripts, styles and remote resources are never loaded).

What a page gives (README, "Where articles come from"):
- text: the article body only (trafilatura's main-content extraction, precision first):
  navigation, cookie banners, "related stories" teasers, comments, footers and tables are left
  out, so they never become claims. Paragraphs are separated by a blank line.
- title (og:title / <title> / <h1>), author (meta author, JSON-LD, byline), site name
  (og:site_name, JSON-LD publisher), canonical URL (<link rel=canonical>, og:url).
- publication date: from the page's metadata (meta tags, JSON-LD, <time>, a date in the URL)
  through htmldate *without* its "extensive search": that search guesses a date from the body
  text and picks a claim's deadline ("will resign by September 11, 2025") as the publication
  date. A page whose metadata is silent therefore has no date, and the import asks for
  ``--published``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

# trafilatura, htmldate and courlan log every odd page at ERROR; with no logging set up that goes to
# stderr (Python's last-resort handler) beside the one line the command prints. The reader's own
# refusal says what matters.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# never text, whatever trafilatura's fallbacks think: executable, embedded or hidden content
_PRUNE = "//script|//style|//noscript|//template|//iframe|//frame|//object|//embed|//svg|//canvas"
MIN_WORDS = 4  # fewer words than this is not an article (a "Home" link, a "Log in" label)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_ISO = re.compile(r"\A(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class WebPage:
    text: str
    title: str | None
    author: str | None
    site_name: str | None
    url: str | None
    published: date | None


def _as_date(value: str | None) -> date | None:
    m = _ISO.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _paragraphs(text: str) -> str:
    """trafilatura's lines (one per paragraph) as paragraphs separated by a blank line."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


class PageError(ValueError):
    """The markup cannot be read as a page (the message says why, in one line)."""


def read_page(markup: str, *, url: str | None = None) -> WebPage | None:
    """The article in ``markup`` (``url``: where it was fetched from, if it was), or None when
    the page holds no article text at all."""
    import trafilatura  # 0.3 s to import (lxml, htmldate, courlan): only when a page is read

    markup = _XML_INVALID.sub(" ", markup)  # lxml refuses control characters outright
    try:
        return _read(markup, url)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise PageError(f"the page cannot be read as HTML ({type(exc).__name__})") from None


def _read(markup: str, url: str | None) -> WebPage | None:
    import trafilatura

    options = dict(with_metadata=True, include_comments=False, include_tables=False, include_images=False,
                   include_links=False, date_extraction_params=_DATE_PARAMS, url=url, prune_xpath=_PRUNE)
    doc = trafilatura.bare_extraction(markup, favor_precision=True, **options)
    if doc is None or not (doc.text or "").strip():
        # a short page (a note, a press release of two paragraphs) that precision mode drops
        doc = trafilatura.bare_extraction(markup, favor_recall=True, **options)
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        return None  # nothing, or a lone link or label that trafilatura keeps from a page with no article
    published = _as_date(doc.date)
    if published is None:
        import htmldate

        published = _as_date(htmldate.find_date(markup, url=doc.url or url, **_DATE_PARAMS))
    return WebPage(text=_paragraphs(doc.text), title=(doc.title or "").strip() or None,
                   author=(doc.author or "").strip() or None, site_name=(doc.sitename or "").strip() or None,
                   url=doc.url or url, published=published)
