"""Interviews printed as questions and answers (extraction/interview.py).

The transcripts here were written for these tests; the form (an introduction, then "Q:" and
"A:" paragraphs) is how papers print interviews.
"""
from __future__ import annotations

from datetime import date

from claimledger.extraction import claims
from claimledger.extraction.interview import turns
from claimledger.extraction.sentences import split
from helpers.extraction import claim_containing

PUB = date(2021, 7, 6)

TRANSCRIPT = """Q&A with Transport Minister Ada Kone.

Transport Minister Ada Kone spent Thursday in Ostby, where she spoke with Gazette reporter Tom Pell. Kone defended the bridge project and the fare rise. Here is the edited transcript.

Q: You told the council the bridge would open in May. Is that still the plan?

A: It is. The steel is in place and the deck will be finished by April. I think the first buses will cross in May.

Our engineers are confident too. The council's budget chief warned that the cost will rise again.

Q: Critics say the fares will double.

A: That is simply wrong. Fares will rise by 5% at most.
"""


def test_answers_are_the_interviewees():
    c = claim_containing(TRANSCRIPT, "the deck will be finished by April", PUB)
    assert c.speaker == "Ada Kone"
    assert not c.quote.startswith("A:")
    # "I think ..." in an answer: "I" is the interviewee
    assert claim_containing(TRANSCRIPT, "the first buses will cross in May", PUB).speaker == "Ada Kone"
    # a paragraph after an answer, with no label of its own, goes on with it
    assert claim_containing(TRANSCRIPT, "Our engineers are confident", PUB).speaker == "Ada Kone"
    assert claim_containing(TRANSCRIPT, "Fares will rise by 5% at most", PUB).speaker == "Ada Kone"


def test_a_reporters_paragraph_after_the_last_answer_ends_the_transcript():
    text = TRANSCRIPT + ("\nIn an interview on Monday, Tor Lind, the council's budget chief, disputed her figures. He "
                         "said the deck would not be finished before June.\n\n"
                         "The bridge's opening ceremony is scheduled for May 12.\n")
    assert claim_containing(text, "not be finished before June", PUB).speaker == "Tor Lind"
    assert claim_containing(text, "opening ceremony", PUB).speaker != "Ada Kone"
    # (the answers before it are still hers)
    assert claim_containing(text, "Fares will rise by 5% at most", PUB).speaker == "Ada Kone"


def test_a_source_named_in_an_answer_keeps_its_words():
    c = claim_containing(TRANSCRIPT, "the cost will rise again", PUB)
    # (the unnamed official speaks for the body: "council", as anywhere else)
    assert c.speaker is not None and c.speaker != "Ada Kone"


def test_questions_are_not_the_interviewees_except_you():
    # "Critics say ...": the critics, as anywhere
    c = claim_containing(TRANSCRIPT, "the fares will double", PUB)
    assert c.speaker == "Critics"
    # "You told the council ...": "you" in a question is the interviewee
    assert claim_containing(TRANSCRIPT, "the bridge would open in May", PUB).speaker == "Ada Kone"


def test_the_interviewer_named_in_the_introduction_is_not_the_interviewee():
    speakers = {c.speaker for c in claims.extract(TRANSCRIPT, PUB)}
    assert "Tom Pell" not in speakers


def test_a_question_label_run_into_its_first_word():
    text = TRANSCRIPT.replace("Q: Critics say", "QCritics say")
    assert [t[0] if t else None for t in turns(split(text))].count("Q") >= 2
    assert claim_containing(text, "Fares will rise by 5% at most", PUB).speaker == "Ada Kone"


def test_one_answer_label_is_no_transcript():
    # a lone "A:" (a list item, a heading) does not make the article an interview
    text = ("Ada Kone said on Monday the bridge will open in May.\n\n"
            "A: The deck will be finished by April, engineers at the site say.\n")
    assert all(t is None for t in turns(split(text)))
    assert claim_containing(text, "The deck will be finished by April", PUB).speaker != "Ada Kone"


def _speaker(text: str, containing: str) -> str | None:
    return claim_containing(text, containing, PUB).speaker


BROADCAST = """Governor backs the levy.

On Sunday, Gov. Ada Kone said on Nordby Radio that the ferry levy will pass, whatever the baker Tom Pell says.

Partial transcript as follows:

LARS BECK: The council voted on Friday. Take a listen.

(BEGIN AUDIO CLIP.)

PELL: The levy will ruin the island's shops.

(END AUDIO CLIP.)

BECK: You support the levy. I have heard from many shop owners who will fight it.

Specifically I have heard that they will sue the council. Will you meet them?

KONE: I will meet them next week. He said the shops would close, and I think he is wrong.

The council approved the levy in May 2019 by a vote of 5 to 4.
"""


def test_a_broadcast_transcripts_turns_are_their_labelled_speakers():
    # a label names the speaker in full when the article or another label does
    assert _speaker(BROADCAST, "The levy will ruin") == "Tom Pell"
    assert _speaker(BROADCAST, "I have heard from many shop owners") == "Lars Beck"
    # an unlabelled paragraph in the first person goes on with the turn before it
    assert _speaker(BROADCAST, "they will sue the council") == "Lars Beck"
    # a cue inside a turn is the turn's speaker's account
    assert _speaker(BROADCAST, "I will meet them next week") == "Ada Kone"
    assert _speaker(BROADCAST, "the shops would close") == "Ada Kone"
    # a line of the reporter's after the last turn is nobody's
    assert _speaker(BROADCAST, "approved the levy in May 2019") is None


WIKI_INTERVIEW = """Reporter Lars Beck met the singer Ada Kone before her show in Ostby.

Lars Beck: How is the tour going?
:Ada Kone: The tour is going great. We played in Nordby last night.

LB: Will you come back to Ostby?
:AK: We will play here again next summer, I promise.

LB: What about the new album?
:AK: It will be out in May.
"""


def test_an_interview_labelled_with_names_and_initials_is_its_speakers():
    for containing in ("We played in Nordby last night", "We will play here again next summer", "It will be out in May"):
        assert _speaker(WIKI_INTERVIEW, containing) == "Ada Kone", containing
    # the label is no part of what was said
    assert claim_containing(WIKI_INTERVIEW, "It will be out", PUB).quote.startswith("It will")


def test_a_few_labelled_lines_are_no_interview():
    text = ("Breaking News: The council voted on the levy.\n\nTom Pell: the levy will pass in May, he said on Monday.\n\n"
            "The vote was 5 to 4.")
    assert claim_containing(text, "The council voted", PUB).speaker != "Breaking News"
