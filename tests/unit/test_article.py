"""Article files: decoding, the wire header, Markdown/HTML, and refusals with clear messages."""
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from claimledger.domain import InvalidDate, parse_date
from claimledger.extraction.article import ArticleError, parse_article


def test_seed_header_is_the_date_and_not_text(seed_bytes):
    a = parse_article(seed_bytes, filename="000.txt")
    assert a.published == date(2021, 7, 6)
    assert a.text.startswith("The Taliban has plans to present")
    assert "date 2021" not in a.text
    assert a.title.startswith("The Taliban has plans")


def test_a_title_cut_from_a_long_first_line_ends_in_ascii_dots(seed_bytes):
    """LibreOffice's default CSV import (a legacy charset) shows "…" as "â€¦" (issue 14)."""
    a = parse_article(seed_bytes, filename="000.txt")
    long_line = ("word " * 40).strip() + "\n\nThe bank will cut rates."
    b = parse_article(long_line.encode(), filename="x.txt")
    for title in (a.title, b.title):
        assert title.isascii() and "\u2026" not in title
    assert b.title.endswith("word...") and len(b.title) <= 103


def test_markdown_front_matter_and_heading():
    raw = b"---\ntitle: Rates decision\ndate: 2024-03-01\noutlet: Wire\nurl: https://e.org/a\n---\n# Ignored heading\n\nThe bank will cut rates.\n"
    a = parse_article(raw, filename="a.md")
    assert (a.title, a.published, a.outlet, a.url, a.format) == ("Rates decision", date(2024, 3, 1), "Wire", "https://e.org/a", "markdown")
    assert a.text.startswith("# Ignored heading")


def test_mail_style_header_block():
    raw = (b"Title: Automaker pledges EVs\nDate: Tue, 15 Mar 2022\nSource: Wire\nURL: https://e.org/b\n\n"
           b"DETROIT - The company will stop selling petrol cars by 2030.\n")
    a = parse_article(raw, filename="a.txt")
    assert (a.title, a.published, a.outlet, a.url, a.format) == (
        "Automaker pledges EVs", date(2022, 3, 15), "Wire", "https://e.org/b", "text")
    assert a.text.startswith("DETROIT")
    assert parse_article(b"Date: March 15, 2022\n\nIt will rain.").published == date(2022, 3, 15)
    assert parse_article(b"Published: 2022-03-15\n\nIt will rain.").published == date(2022, 3, 15)


def test_mail_style_header_needs_known_keys_and_a_blank_line():
    a = parse_article(b"Update: the storm will hit on Friday.\n\nMore later.")
    assert a.published is None and a.text.startswith("Update:")
    a = parse_article(b"Title: Storm\nThe storm will hit on Friday.")
    assert a.published is None and a.text.startswith("Title:")


@pytest.mark.parametrize("raw, message", [
    (b"Date: 03/04/2022\n\nIt will rain.", "not a date in the form YYYY-MM-DD or with the month in words"),
    (b"Date: Febtember 40, 2022\n\nIt will rain.", "is not a date"),
])
def test_mail_style_header_bad_dates_are_named(raw, message):
    with pytest.raises(ArticleError, match=message):
        parse_article(raw)


def test_markdown_heading_is_title():
    a = parse_article(b"# Storm to hit coast\n\nThe storm will reach land on Friday.", filename="s.md")
    assert a.title == "Storm to hit coast"
    assert a.published is None


def test_html_is_reduced_to_visible_text():
    raw = b"<!doctype html><html><head><title>T</title><script>alert(1)</script><link href='http://x/y.css'></head>" \
          b"<body><p>The minister said taxes <b>will</b> rise.</p><img src='http://evil/x.png'><style>p{}</style></body></html>"
    a = parse_article(raw, filename="a.html")
    assert a.title == "T"
    assert a.text == "The minister said taxes will rise."


def test_utf16_with_bom_and_crlf():
    a = parse_article(" date 2020-01-02 It will rain.\r\nMore.".encode("utf-16"))
    assert a.published == date(2020, 1, 2) and a.text == "It will rain.\nMore."


@pytest.mark.parametrize("raw, message", [
    (b"", "file is empty"),
    (b"   \n\t ", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    (b"caf\xe9 will open", "not UTF-8 text (byte 0xe9 at offset 3)"),
    (b" date 2021-02-30 It will rain.", "header date '2021-02-30' is impossible"),
    (b" date 2021-07-06 ", "no article text"),
])
def test_refusals_name_the_problem(raw, message):
    with pytest.raises(ArticleError) as exc:
        parse_article(raw)
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_huge_file_refused():
    with pytest.raises(ArticleError, match="too large"):
        parse_article(b"a" * (6 * 1024 * 1024))


@pytest.mark.parametrize("value", ["2021-13-01", "2021-02-29", "yesterday", "06/07/2021"])
def test_parse_date_refuses(value):
    with pytest.raises(InvalidDate):
        parse_date(value)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_parse_or_refuse_cleanly(raw):
    try:
        a = parse_article(raw)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert a.text and a.title


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_spelled_header_dates_parse_or_refuse_cleanly(value):
    try:
        d = parse_date(value, what="header date", spelled=True)
    except InvalidDate as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(d, date)
