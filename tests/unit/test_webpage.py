"""Web pages reduced to their article (issue 16): boilerplate never becomes claims, and the
page's metadata (title, author, site name, canonical URL, publication date) is read."""
import io
import json
from datetime import date
from pathlib import Path

import pytest

from claimledger.extraction.article import ArticleError, parse_article

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"

# Sentences of each page's navigation, cookie banner, teasers, comments and footer: many are
# forward-looking ("will"), so an extractor fed the whole page would make claims of them.
BOILERPLATE = {
    "og_meta.html": ["Home", "cookies", "Oil prices will soar", "mayor will resign", "new factory",
                     "Reader42", "currency will collapse", "governor will be fired", "newsletter", "All rights"],
    "json_ld.html": ["partners will use cookies", "change your choice", "Log in", "Ferry company", "close three schools",
                     "Storm will hit", "newsletter", "HarbourFan", "Costs will triple", "take credit",
                     "never sell your data"],
    "silent_meta.html": ["About", "Contact", "Share this"],
}
# A sentence of each article body that holds a claim.
BODY_CLAIM = {
    "og_meta.html": "will cut its main interest rate in June",
    "json_ld.html": "will build a second container terminal",
    "silent_meta.html": "plans to open a new reservoir",
}


def page(name: str, **kw):
    return parse_article((WEB / name).read_bytes(), filename=name, **kw)


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_the_text_is_the_article_body_only(name):
    a = page(name)
    for fragment in BOILERPLATE[name]:
        assert fragment not in a.text, fragment
    assert BODY_CLAIM[name] in a.text
    assert "\n\n" in a.text  # paragraphs stay paragraphs (the sentence splitter relies on it)


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_claims_come_from_the_body_only(name):
    from claimledger.extraction import claims

    a = page(name)
    found = claims.extract(a.text, a.published or date(2024, 1, 1))
    quotes = [c.quote for c in found]
    assert any(BODY_CLAIM[name] in q for q in quotes), quotes
    for q in quotes:
        assert not any(fragment in q for fragment in BOILERPLATE[name]), q


def test_open_graph_metadata():
    a = page("og_meta.html")
    assert (a.title, a.author, a.outlet, a.url, a.published, a.format) == (
        "Central bank to cut rates in June, governor says", "Jane Roe", "The Daily Ledger",
        "https://news.example.org/2024/03/01/rates-cut", date(2024, 3, 1), "html")


def test_json_ld_metadata():
    a = page("json_ld.html")
    assert (a.title, a.author, a.outlet, a.url, a.published) == (
        "City to build second container terminal by 2027", "Sam Ortiz", "Harbour Times",
        "https://harbourtimes.example.com/news/port-terminal", date(2023, 11, 14))


def test_silent_metadata_gives_no_date_rather_than_a_deadline():
    """htmldate's extensive search would take "by September 11, 2026" from the body as the date."""
    a = page("silent_meta.html")
    assert a.published is None
    assert a.title == "Water board plans new reservoir"


def test_the_link_a_page_came_from_dates_it_when_the_page_is_silent():
    a = page("silent_meta.html", url="https://water.example.net/2026/01/20/reservoir")
    assert a.published == date(2026, 1, 20)
    assert a.url == "https://water.example.net/2026/01/20/reservoir"


@pytest.mark.parametrize("raw", [
    b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
    b"<!doctype html><html><head><title>Only a title</title></head><body></body></html>",
])
def test_a_page_without_article_text_is_refused_in_one_line(raw):
    with pytest.raises(ArticleError, match="no article text") as exc:
        parse_article(raw, filename="x.html")
    assert "\n" not in str(exc.value)


def test_importing_a_saved_page_stores_its_metadata(ledger):
    r = ledger.importer.import_file(WEB / "json_ld.html")
    view = ledger.reader.get_article(r.article_id)
    assert (view.title, view.outlet, view.url, view.published_on) == (
        "City to build second container terminal by 2027", "Harbour Times",
        "https://harbourtimes.example.com/news/port-terminal", date(2023, 11, 14))
    assert "HarbourFan" not in view.text and r.claims >= 2
    assert view.author and view.author == parse_article((WEB / "json_ld.html").read_bytes(), filename="x.html").author
    out = io.StringIO()
    ledger.dump.export_json(out)
    assert [a["author"] for a in json.loads(out.getvalue())["articles"]] == [view.author]  # and into the JSON dump
