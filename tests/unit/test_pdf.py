"""PDF articles (issue 16): the text layer in reading order, pages kept as form feeds so a
claim's page follows from its offset, and clear refusals. Fixtures: tests/fixtures/pdf/make_pdfs.py."""
from pathlib import Path

import pytest

from claimledger.extraction.article import ArticleError, parse_article
from claimledger.extraction.pdf import page_at

PDF = Path(__file__).resolve().parents[1] / "fixtures" / "pdf"


def pdf(name: str):
    return parse_article((PDF / f"{name}.pdf").read_bytes(), filename=f"{name}.pdf")


def test_pages_are_kept_and_a_claim_knows_its_page():
    a = pdf("one_column")
    assert a.format == "pdf" and a.title == "Quarterly outlook"
    assert a.text.count("\f") == 2
    for phrase, page in [("will cut its main interest rate", 1), ("would present a new budget", 2),
                         ("second container terminal", 3)]:
        assert page_at(a.text, a.text.index(phrase)) == page, phrase


def test_running_heads_and_page_numbers_are_left_out():
    a = pdf("one_column")
    assert "Page 1" not in a.text and "Page 3" not in a.text
    assert "Quarterly outlook" not in a.text  # the running head (and the title, which repeats it)


def test_lines_of_a_paragraph_are_joined():
    a = pdf("two_columns")
    assert "Lopez told reporters in the capital." in a.text  # broken over two lines in the PDF


def test_columns_drawn_line_by_line_across_the_page_are_read_in_order():
    """The content stream alternates left and right lines; pypdf's text interleaves them."""
    a = pdf("interleaved")
    assert '"We expect to lower rates by a quarter point at the June meeting," Lopez told reporters' in a.text
    assert "present a new budget by the end of April." in a.text


@pytest.mark.parametrize("name, message", [
    ("scanned", "no text layer"),
    ("encrypted", "encrypted and needs a password"),
    ("damaged", "damaged"),
])
def test_unreadable_pdfs_are_refused_in_one_line(name, message):
    with pytest.raises(ArticleError, match=message) as exc:
        pdf(name)
    assert "\n" not in str(exc.value)


def test_a_file_named_pdf_that_is_not_one():
    with pytest.raises(ArticleError, match="not a PDF"):
        parse_article(b"The council will vote next week.", filename="notes.pdf")


def test_claims_of_an_imported_pdf_carry_their_pages(ledger):
    r = ledger.importer.import_file(PDF / "one_column.pdf", published="2024-03-01")
    text = ledger.reader.get_article(r.article_id).text
    rows = ledger.reader.claims()
    pages = {page_at(text, c.start) for c in rows}
    assert r.claims >= 3 and pages == {1, 2, 3}
    assert all(text[c.start:c.end] == c.quote for c in rows)


def test_page_at_without_form_feeds_is_page_one():
    assert page_at("no pages here", 5) == 1


def test_extract_prints_each_claims_page(capsys):
    import json

    from helpers.cli import run

    code, out, _err = run(capsys, "extract", PDF / "one_column.pdf", "--published", "2024-03-01")
    pages = [c["page"] for c in json.loads(out)["claims"]]
    assert code == 0 and pages[0] == 1 and pages[-1] == 3 and pages == sorted(pages)
