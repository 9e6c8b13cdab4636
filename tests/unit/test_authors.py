"""Letters, tweets and columns: the writer's own words are the writer's (extraction.authors)."""
from __future__ import annotations

from datetime import date

from claimledger.extraction import claims

PUB = date(2021, 7, 6)

LETTERS = """Readers on the ferry levy.

LETTERS.

I have lived in Ostby for thirty years. The levy will drive families off the island. I hope the council drops it.

Ada Kone.

Ostby.

My husband and I run a bakery on the quay. "Nobody will pay," the mayor told us, and he is right.

Lars Ostrand Beck.

Nordby.

Tourists will simply stop coming. The council has not counted the cost. Analysis shows that the levy is a loss.

Ivo Pell.

TWITTER.

We asked readers whether the levy would pass.

It will never pass the vote.

@ferry_fan99.

The island needs the money.

@nordby_mum.
"""


def _by_quote(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in claims.extract(text, PUB)}


def _speaker_of(text: str, containing: str) -> str | None:
    got = _by_quote(text)
    hits = [sp for q, sp in got.items() if containing in q]
    assert hits, f"no claim with {containing!r} in {list(got)}"
    return hits[0]


def test_a_letter_is_its_signers_and_a_quotation_in_it_keeps_its_speaker():
    assert _speaker_of(LETTERS, "drive families off the island") == "Ada Kone"
    assert _speaker_of(LETTERS, "the council drops it") == "Ada Kone"
    assert _speaker_of(LETTERS, "Nobody will pay") != "Lars Ostrand Beck"
    # (a letter in the third person on a letters page is still its signer's)
    assert _speaker_of(LETTERS, "Tourists will simply stop coming") == "Ivo Pell"
    # (a cue of its own in a letter keeps its source, even one that is nobody)
    assert all(sp != "Ivo Pell" for q, sp in _by_quote(LETTERS).items() if "levy is a loss" in q)


def test_a_tweet_is_its_handles_and_the_papers_question_is_nobodys():
    assert _speaker_of(LETTERS, "It will never pass the vote") == "@ferry_fan99"
    assert _speaker_of(LETTERS, "The island needs the money") == "@nordby_mum"
    assert all(sp is None for q, sp in _by_quote(LETTERS).items() if "We asked" in q)


def test_a_column_is_its_authors_when_its_last_line_is_about_the_author():
    text = ("Why the levy must go.\n\nI grew up on the island. The levy will empty its schools within a decade, "
            "and the council knows it.\n\nMayor Tom Pell said on Monday that the levy will stay.\n\n"
            "Ada Kone is a historian at Nordby University and the author of a book about the ferries.")
    assert _speaker_of(text, "The levy will empty its schools") == "Ada Kone"
    assert _speaker_of(text, "the levy will stay") == "Tom Pell"


def test_a_column_in_the_first_person_plural_is_its_authors_too():
    text = ("The ferry must stay.\n\nOur island cannot live without it, and we will say so at the vote.\n\n"
            "The council will meet on Monday.\n\nAda Kone is the former mayor of Ostby.")
    assert _speaker_of(text, "we will say so at the vote") == "Ada Kone"


def test_no_writer_without_first_person_or_with_one_signature():
    # a story ending with a line about someone, whose only "I" is a party label
    story = ("The levy passed on Monday.\n\nSen. Tom Pell (I-Vt.) voted for it. The levy will raise $4 million.\n\n"
             "Ada Kone is a historian at Nordby University.")
    assert _speaker_of(story, "The levy will raise") is None
    # names with a paragraph about each, in the third person: no letters page
    people = ("The missing.\n\nThe ferry carried 40 people. Their families will meet on Monday.\n\nAda Kone.\n\n"
              "She worked at the bakery and will be missed.\n\nIvo Pell.\n\nHe was a pilot.")
    assert _speaker_of(people, "Their families will meet") is None
    # one letter signed in the first person is no letters page either
    one = "I think the levy will pass on Monday.\n\nAda Kone.\n\nThe council will vote on Monday.\n\nIvo Pell."
    assert _speaker_of(one, "The council will vote") is None


EXCERPT = """Ada Kone's 'The Ferries,' Part 2.

Editor's Note: The following is an exclusive excerpt from historian Ada Kone's new book, The Ferries: A Memoir.

The judge turned to me. "Ms. Kone?" I said I would like to answer the question he raised.

Pell finished his plea. Indeed, "We cite in our memo a dozen cases far worse than hers, and all of the judges in those cases imposed a fine."

I knew the council would never forgive me. The levy will outlive us all.

From THE FERRIES by Ada Kone. Copyright 2015 by Ada Kone. Reprinted courtesy of Nordby Books.
"""


def test_a_book_excerpt_is_its_authors_as_the_note_above_it_says():
    assert _speaker_of(EXCERPT, "would like to answer") == "Ada Kone"
    assert _speaker_of(EXCERPT, "the council would never forgive me") == "Ada Kone"
    # (a quotation with no cue is someone else's; the credit line and the note are the paper's)
    assert all(sp != "Ada Kone" for q, sp in _by_quote(EXCERPT).items() if "cases" in q or "Reprinted" in q
               or "Copyright" in q or "exclusive excerpt" in q)
    # the same story in the third person, or with no note, is the paper's
    third = EXCERPT.replace("to me", "to her").replace("I said I", "she said she").replace(
        "I knew the council would never forgive me", "The council never forgave her").replace("us all", "them all")
    assert _speaker_of(third, "The levy will outlive") is None
    assert _speaker_of(EXCERPT.split("\n\n", 2)[2], "The levy will outlive") is None
