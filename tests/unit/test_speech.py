"""Attribution and kinds from the dependency parse (extraction/speech.py, attribution.py, claims.py).

Every sentence here was written for these tests; each construction is one that surface patterns
missed in real news (the figures are in the README's "Measuring extraction").
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimledger.domain import ClaimKind, SpeakerKind
from claimledger.extraction import claims, parse
from claimledger.extraction.mentions import parse_mention
from claimledger.extraction.speech import find_cue, may_hold_cue
from helpers.extraction import claim_containing

PUB = date(2021, 7, 6)


def one(text: str, containing: str):
    return claim_containing(text, containing, PUB)


@pytest.mark.parametrize("text, quote, speaker, kind", [
    # the subject of a cue verb speaks; its complement is the claim, not the whole sentence
    ("Forecasters say the cyclone could reach Category 2 strength by Friday.",
     "the cyclone could reach Category 2 strength by Friday", "Forecasters", ClaimKind.PREDICTION),
    ("Senate candidate Maria Lopez has repeatedly insisted that the count was rigged.",
     "the count was rigged", "Maria Lopez", ClaimKind.POSITION),
    # an apposition between the name and the verb
    ("A spokesman for the mayor, Daniel Okoro, has confirmed that the governor will not be attending the summit.",
     "the governor will not be attending the summit", "Daniel Okoro", ClaimKind.PLAN),
    # "warning X of Y": the warning is a prediction by those who give it
    ("Port officials are warning fishermen of the possibility of high waves this weekend.",
     "the possibility of high waves", "Port officials", ClaimKind.PREDICTION),
    # headline and transcript form
    ("Jensen: If re-elected, the council could raise fares", "the council could raise fares", "Jensen",
     ClaimKind.CONDITIONAL),
    # passive with its agent
    ("The new bridge will open in May, it was announced by the transport ministry on Monday.",
     "The new bridge will open in May", "transport ministry", ClaimKind.PLAN),
    # a relative clause: the noun it hangs on speaks
    ("The mayor praised Ted Marlow, who said the depot would reopen next spring.",
     "the depot would reopen next spring", "Ted Marlow", ClaimKind.PREDICTION),
    # a light verb and a noun of communication
    ("Governor Ellen Park raised questions about whether the tunnel can be finished by 2027.",
     "raised questions about", "Ellen Park", None),
    # an adjective of stance
    ("Finance Minister Jorge Ruiz is confident that inflation will fall below 3% next year.",
     "inflation will fall below 3% next year", "Jorge Ruiz", ClaimKind.PREDICTION),
    # a body's name inside a description of people: the people speak, not a piece of the name
    ("Many Norvane Bank watchers expect the lender to cut its forecast next month.",
     "cut its forecast next month", "Norvane Bank watchers", ClaimKind.PREDICTION),
    # a sentence adverb set off by commas before the relative clause that describes the speaker
    ("Kone, meanwhile, who has no such endorsements, said the race would tighten before May.",
     "the race would tighten before May", "Kone", ClaimKind.PREDICTION),
    # a directive with its hearer and an infinitive: the whole clause is the speaker's stance
    ("In a press conference, Ada Kone advised all residents to leave the coast within 48 hours.",
     "all residents to leave the coast within 48 hours", "Ada Kone", ClaimKind.POSITION),
    ("Tom Pell also encouraged the dock workers to reject the offer.",
     "the dock workers to reject the offer", "Tom Pell", ClaimKind.POSITION),
    # "X did A and said B": A is the reporter's, B the speaker's
    ("Nordvik Airlines cut its profit forecast on Thursday and said it would ground 12 jets over the winter.",
     "it would ground 12 jets over the winter", "Nordvik Airlines", ClaimKind.PLAN),
    # a description holding a town and its state's abbreviation, which the small parser misreads
    ("Ada Brenner, a Dover, Del., rabbi helping to organize the march, said she and other rabbis were alarmed "
     "about the levy.", "she and other rabbis were alarmed about the levy", "Ada Brenner", None),
    # the subject of a gerund after "with" that reports a clause: a name, or a share of people
    ("The council is split, with Alderman Tomas Reyes saying the levy will rise next year.",
     "the levy will rise next year", "Tomas Reyes", ClaimKind.PREDICTION),
    ("Both have used harsh words, with Kone recently promising to close the depot by May.",
     "close the depot by May", "Kone", ClaimKind.PROMISE),
    ("Support has slipped, with 47 percent of Ostby voters saying they will back the levy.",
     "they will back the levy", "47 percent of Ostby voters", None),
])
def test_construction(text, quote, speaker, kind):
    c = one(text, quote)
    assert c.speaker and speaker.lower() in c.speaker.lower(), c.speaker
    if kind is not None:
        assert c.kind == kind, c.kind
    assert text[c.start:c.end] == c.quote


@pytest.mark.parametrize("text", [
    # a gerund after "with" that describes what goes on, or whose subject is no one in particular
    "Tension flared in the council, with each member questioning the other's fitness to lead.",
    "The trial was expected to take two weeks, with the prosecution hoping to rest its case Tuesday.",
    "The hall was full, with Pell speaking to a packed house at the depot.",
])
def test_a_gerund_after_with_that_reports_no_clause_has_no_speaker(text):
    assert all(c.speaker is None for c in claims.extract(text, PUB))


@pytest.mark.parametrize("text, quote, speaker", [
    # a free relative a verb of speech makes its subject's: the characterisation is the speaker's
    ("Mayor Ada Kone spoke in Ostby on Monday. She focused her remarks on what she said were the failures of "
     "the port authority.", "what she said were the failures of the port authority", "Ada Kone"),
    ("The levy led to what union leader Karl Brandt called \u201cthe worst winter for dock workers.\u201d",
     "what union leader Karl Brandt called", "Karl Brandt"),
    # the parse may hang what follows on the preposition
    ("Tom Pell, a lawyer in Ostby, has helped clubs adapt to what he said is growing demand for shorter rounds.",
     "what he said is growing demand for shorter rounds", "Tom Pell"),
])
def test_what_someone_said_is_theirs(text, quote, speaker):
    assert one(text, quote).speaker == speaker


def test_the_sentence_around_what_someone_said_stays_the_reporters():
    text = ("The crew was released on Tuesday, displaying what many analysts said was a sign of better relations; "
            "but the opposition won 40 seats in the election in May.")
    assert one(text, "The crew was released on Tuesday").speaker is None
    assert one(text, "what many analysts said").speaker == "analysts"
    assert one(text, "the opposition won 40 seats").speaker is None
    # a question about what someone said is no statement of theirs
    text = "Kone asked what Pell said about the levy last week."
    assert not any(c.speaker == "Pell" for c in claims.extract(text, PUB))


def test_a_source_the_parser_hangs_on_the_quotation_is_still_found():
    text = '"We have had better conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat, said.'
    assert one(text, "We have had better conventions").speaker == "Bill Eastland"
    # a quotation inside the words between the quotation and the verb does not end the first one
    text = '"Turnout will be low in May," county delegate Ann Morrow, wearing a sun hat and "Vote Yes" badges, said.'
    assert one(text, "Turnout will be low").speaker == "Ann Morrow"


def test_a_party_and_state_in_brackets_is_no_speaker():
    assert one('Gov. Ada Kell (R-OH) said, "We will rebuild the bridge."', "We will rebuild").speaker == "Ada Kell"


@pytest.mark.parametrize("text, quote, speaker", [
    ("Envoy Carl Dane is reported to have told The Times that he believes prices will double by 2027.",
     "prices will double by 2027", "Carl Dane"),
    ("Dane went on to predict that the regime would fall within a year.", "the regime would fall", "Dane"),
])
def test_the_subject_of_the_verb_a_cue_completes(text, quote, speaker):
    assert one(text, quote).speaker == speaker


def test_the_clause_before_a_joined_cue_stays_the_reporters():
    text = "Nordvik Airlines cut its profit forecast on Thursday and said it would ground 12 jets over the winter."
    first = one(text, "cut its profit forecast")
    assert first.speaker is None and first.kind == ClaimKind.FACT


def test_a_cue_inside_a_quotation_is_the_quoted_speakers_own_words():
    text = ('"Maria believes the plant can reopen by June, and so do I," union leader Karl Brandt said on Monday.')
    c = one(text, "the plant can reopen by June")
    assert c.speaker == "Karl Brandt"


@pytest.mark.parametrize("text, quote, speaker, kind", [
    # the small parser reads "X, a Y ally, called ..." as a noun phrase with a participle on it
    ('Mendez, a Ruiz ally, called Ohio\'s schools "failing."', "called Ohio's schools", "Mendez", None),
    # ... and "plans" after a long subject as a plural noun
    ("The presidential candidate plans to hold a rally in Ohio next week.", "hold a rally in Ohio",
     "presidential candidate", ClaimKind.PLAN),
    # "according to X" without its comma: the parse finds where the source ends
    ("According to the fire brigade the blaze may spread to the harbour by Friday.", "the blaze may spread",
     "fire brigade", ClaimKind.PREDICTION),
    # a document speaks for whoever made it
    ("The survey, conducted by the Riverside Institute, finds the mayor with a narrow lead.", "narrow lead",
     "Riverside Institute", None),
])
def test_misparsed_or_hidden_sources(text, quote, speaker, kind):
    c = one(text, quote)
    assert c.speaker == speaker
    if kind is not None:
        assert c.kind == kind


def test_a_body_of_the_country_is_named_without_the_country():
    text = "According to the chairman of the country's Electoral Commission, the vote may be delayed until June."
    assert one(text, "the vote may be delayed").speaker == "Electoral Commission"


def test_a_threat_joined_to_an_act_is_a_promise_of_its_own():
    c = one("The ministry fined the operator for the delays and threatened to revoke its licence next year.",
            "revoke its licence")
    assert c.quote.startswith("threatened to") and c.kind == ClaimKind.PROMISE and c.speaker == "ministry"


def test_the_body_last_heard_is_no_other_body():
    text = "The ministry announced new rules for taxis. The union called a strike for Monday."
    assert one(text, "called a strike").speaker == "union"


def test_an_instrument_that_aims_or_seeks_is_nobody_who_speaks():
    c = one("The bill seeks to cap rents at 3% a year.", "cap rents")
    assert c.speaker is None and c.kind == ClaimKind.PLAN
    assert one("The council plans to cap rents at 3% a year.", "cap rents").speaker == "council"


def test_a_surname_is_the_last_part_of_a_hyphenated_one():
    text = ("Finance Minister Lucia Ferro-Batista toured the port on Monday. "
            "Batista said the new terminal will open in May.")
    assert one(text, "the new terminal will open").speaker == "Lucia Ferro-Batista"


@pytest.mark.parametrize("text, quote, speaker", [
    ("Jewish groups widely condemned the proposal to close the border.", "condemned the proposal", "Jewish groups"),
    ("Republican legislators have questioned that determination in court.", "questioned that determination",
     "Republican legislators"),
    # a common adjective is read without the capital it has only as the sentence's first letter (no name), and
    # the description is given as written, as a noun opening the sentence is ("Analysts")
    ("Nuclear proliferation experts have speculated that the reactor might restart next year.",
     "the reactor might restart", "Nuclear proliferation experts"),
])
def test_a_proper_adjective_keeps_its_capital_at_the_start_of_a_sentence(text, quote, speaker):
    assert one(text, quote).speaker == speaker


@pytest.mark.parametrize("text", [
    "Kone has said for months that the council may wait until May to decide.",
    "Kone said for the first time that the council may wait until May to decide.",
])
def test_a_phrase_of_when_it_was_said_is_no_part_of_the_content(text):
    c = one(text, "wait until May")
    assert c.speaker == "Kone" and c.quote == "the council may wait until May to decide"


def test_a_clause_the_parser_hangs_on_a_phrase_of_when_it_was_said_is_the_content():
    c = one("Courted by most of the candidates and widely expected to be the top donor in the race, Sheldon Kone "
            "said earlier on Friday during a news conference that he may wait until May to decide whom to back.",
            "wait until May")
    assert c.speaker == "Sheldon Kone" and c.quote.startswith("he may wait until May")
    c = one("The State Department less than two weeks ago said for the first time that secret files had passed "
            "through the server.", "secret files")
    assert c.speaker == "State Department" and c.quote.startswith("secret files")
    # (a clause that tells what a thing is stays the reporter's: "the price that ...")
    c = one("Pell spoke about the price that Nordby will pay for the new harbour wall.", "harbour wall")
    assert c.quote != "Nordby will pay for the new harbour wall"


def test_a_noun_of_the_quotation_the_parser_takes_for_a_subject_yields_to_the_one_after_the_verb():
    text = ("Mara Lind spoke. \u201cThe slump is attributable to the tolls, the foundation, all the old trust stuff,\u201d "
            "said a person close to the council.")
    c = one(text, "attributable")
    assert c.speaker == "person close to the council" and c.quote.endswith("old trust stuff")


def test_what_someone_told_while_sending_a_thing_is_the_claim_not_the_sending():
    text = ("Pell emailed her condolences, telling her, \u201cyou are a fine mayor and we will need you for the "
            "long run!\u201d She thanked him.")
    c = one(text, "fine mayor")
    assert c.speaker == "Pell" and c.quote == "you are a fine mayor"


def test_an_acronym_that_spells_a_pronoun_is_a_body():
    c = one("The WHO also said that the virus has not mutated in Nordby.", "not mutated")
    assert c.speaker == "WHO" and c.quote == "the virus has not mutated in Nordby"


def test_a_clause_the_parser_hangs_beside_the_cue_is_its_content():
    c = one("Mendes, who brags he has held more than 90 rallies in Ohio, doesn't have the money to compete in "
            "the next round.", "90 rallies")
    assert c.speaker == "Mendes" and c.quote == "he has held more than 90 rallies in Ohio"


@pytest.mark.parametrize("text, quote, speaker, kind", [
    ("Mayor Ruiz sees the closures as evidence that the port can no longer compete.", "the port can no longer",
     "Ruiz", ClaimKind.POSITION),
    ("Most farmers preferred the northern route for the new canal.", "the northern route", "Most farmers", None),
    ("Port officials are mulling closing the old terminal for good.", "closing the old terminal",
     "Port officials", ClaimKind.PLAN),
    # "as" hung by the parser on a participle inside the object
    ("Analysts see the vote held Sunday as a test of whether the council will cut spending.", "a test of whether",
     "Analysts", None),
    ("All three of the harbour candidates would like to close the old ferry terminal.", "close the old ferry",
     "All three of the harbour candidates", None),
])
def test_stances_without_a_verb_of_saying(text, quote, speaker, kind):
    c = one(text, quote)
    assert c.speaker == speaker
    if kind is not None:
        assert c.kind == kind


@pytest.mark.parametrize("text, quote, speaker", [
    ("Nearly nine out of 10 say they will need new skills to keep their jobs.", "new skills", "Nearly nine out of 10"),
    ("Six in 10 voters say the economy will get worse next year.", "the economy will get worse", "Six in 10 voters"),
    ("About 4 in 10 say they want the next president to have more liberal policies.", "they want the next",
     "About 4 in 10"),  # (as written, as "Six in 10 voters")
])
def test_a_share_of_those_polled_is_a_group_that_speaks(text, quote, speaker):
    c = one(text, quote)
    assert c.speaker == speaker and c.speaker_kind == SpeakerKind.GROUP


@pytest.mark.parametrize("text", [
    "Voters going to the polls in Ohio on Tuesday waited for hours in the rain.",
    # (a plural noun after "going to" is where something goes, not what will happen)
    "Most of the new money is going to schools in the north.",
    "The visits meant staying in the old palace and going to weddings.",
])
def test_going_to_a_place_is_no_forecast(text):
    assert all(c.kind != ClaimKind.PREDICTION for c in claims.extract(text, PUB))


def test_going_to_a_verb_ending_in_s_is_still_a_forecast():
    for text in ("The board is going to discuss the merger on Monday.", "The mayor is going to focus on the port."):
        assert any(c.kind == ClaimKind.PREDICTION for c in claims.extract(text, PUB)), text


def test_seeing_or_viewing_a_thing_is_no_stance():
    for text in ("Mayor Ruiz saw the flooded terminal on Monday and visited the port to view the damage.",
                 "Ada Lind and Tom Bell saw the governor speak at a rally in Dayton on Monday."):
        assert all(c.speaker is None for c in claims.extract(text, PUB)), text


def test_a_bodys_person_is_named_by_the_name_after_the_possessive():
    c = one("The Harbor Times's Ada Lind sees the strike as a turning point for the union.", "turning point")
    assert c.speaker == "Ada Lind"


def test_a_status_before_a_title_is_no_part_of_the_name():
    assert one("Retired Lt. Gen. Ana Lind said the army will need 5,000 more recruits next year.",
               "the army will need").speaker == "Ana Lind"


def test_a_noun_closing_an_aside_is_no_cue_and_a_misparsed_phrase_no_source():
    text = ("Between 2,000 (police estimate) and 6,000 people (organisers' estimate) marched in Bremen today, "
            "protesting the planned closure of the shipyard.")
    speakers = [c.speaker for c in claims.extract(text, PUB)]
    assert not any(sp and ("police" in sp or "Between" in sp) for sp in speakers), speakers
    assert one("In radio interviews Monday, Ruiz dismissed critics who called the remarks sexist.",
               "dismissed critics").speaker in (None, "critics", "Ruiz")


def test_where_a_statement_was_made_is_no_part_of_it():
    c = one('Nordvik has said on its blog that it finds the merger "troubling."', "the merger")
    assert c.quote.startswith("it finds") and c.speaker == "Nordvik"


def test_according_to_him_is_the_person_he_would_be():
    text = ('"This is integration in reverse," said Per Lund, the party spokesman. According to him, "the '
            'best gift the newcomers could give would be learning the language."')
    assert one(text, "the best gift").speaker == "Per Lund"


def test_what_a_speaker_denies_is_a_negated_claim():
    c = one("The immigration department today denied issuing a banned drug to detainees.", "issuing a banned drug")
    assert c.speaker == "immigration department" and c.negated
    assert one("The ministry denied that the plant will close in May.", "the plant will close").negated
    assert not one("The ministry said that the plant will close in May.", "the plant will close").negated


def test_a_body_of_an_unnamed_place_is_the_body():
    text = ("The municipal council of a small town in the Canadian Prairies has said it accidentally donated "
            "$10,000 to the Red Cross.")
    assert one(text, "accidentally donated").speaker == "municipal council"


def test_a_nickname_in_quotation_marks_does_not_cut_a_name_for_he():
    text = ('Rep. Ada M. "Dee" Kell opened the fair on Monday. '
            'Later he said the county will build a new bridge next year.')
    assert one(text, "a new bridge").speaker == "Ada M. Kell"


def test_a_statement_that_opens_with_a_title_is_a_position():
    c = one("Mrs. Lind seeks an additional $1 billion in revenue, and she would leave small firms alone.",
            "an additional $1 billion")
    assert c.speaker == "Lind" and c.kind == ClaimKind.POSITION


def test_a_letter_a_number_or_a_reflexive_is_nobody():
    assert one("Q: Lund has a particular plan for the harbour: the ferries will run every hour from May.",
               "the ferries will run").speaker == "Lund"
    assert one("Just shy of half, 49%, say the new tax will hurt small firms next year.",
               "the new tax will hurt").speaker is None
    assert all(c.speaker != "themselves" for c in claims.extract(
        "Billionaires themselves often disagree with the valuations of their companies.", PUB))


@pytest.mark.parametrize("text", [
    "The council has nine members, two of whom have already pledged their support to Kone.",
    "Several aides joined the call. Some of them said the levy would rise next year.",
])
def test_a_pronoun_left_as_the_whole_source_is_nobody(text):
    assert all(c.speaker not in ("whom", "them") for c in claims.extract(text, PUB))


def test_a_possessive_with_an_adjective_is_no_subject_of_a_cue_verb():
    # "estimates" is the noun of "the mayors' respective estimates", not a verb the mayors' say
    text = "The two mayors\u2019 respective estimates of the cost of the bridge range from $10 million to $25 million."
    c = one(text, "respective estimates")
    assert c.speaker is None and c.start == 0


def test_who_spoke_without_words_reported_is_no_statement():
    # a relative clause that says only that, how or where someone spoke reports no words of theirs
    text = "Instead she passed the microphone to a Marlow delegate, who spoke in her stead to hail Kone."
    assert all(c.speaker is None for c in claims.extract(text, PUB))
    text = "The race has been dominated by Kone and Pell, two outsider candidates who largely speak to different voters."
    assert all(c.speaker is None for c in claims.extract(text, PUB))


def test_an_acronym_that_spells_a_pronoun_is_a_name_and_a_thing_confirms_nothing():
    from claimledger.extraction.names import speakable

    assert speakable("WHO") == "WHO" and speakable("whom") is None and speakable("Them") is None
    text = "The verdict, albeit harsh, had confirmed my faith in the courts."
    assert all(c.speaker is None for c in claims.extract(text, PUB))


def test_a_score_an_ordinal_or_a_based_adjective_is_nobody_and_where_a_name_wrote_is_no_part_of_it():
    from claimledger.extraction.names import speakable

    assert speakable("9-8)") is None
    assert speakable("Fourth") is None
    assert speakable("Boston-based") is None
    assert speakable("Allen in his letter to BP") == "Allen"
    assert speakable("Church in the October 18 press release") == "Church"
    assert speakable("Fourth Estate Trust") == "Fourth Estate Trust"
    assert speakable("E.U.") == "E.U."
    assert speakable("third") == "third"  # "a third said ..."
    assert speakable("Libya in particular") == "Libya"
    assert speakable("the ministry, for its part") == "the ministry"
    assert speakable("Don\u2019t") is None  # a headline's "Don't Let The Media ..."
    assert speakable("one of two witnesses who didn't want to be named") is not None


def test_a_party_title_stands_for_the_person_who_holds_it():
    text = ("Republican candidate Ann Hollis spoke in Ohio on Friday. Senator Peter Crane said the count was fair. "
            "The Republican candidate plans to return to Ohio on Saturday.")
    assert one(text, "return to Ohio").speaker == "Ann Hollis"


@pytest.mark.parametrize("text, quote, speaker", [
    # told names the listener not the speaker
    ('Health Minister Ada Kone spoke in Abuja. "We will open ten clinics by March," Kone told Reuters.',
     "We will open ten clinics", "Ada Kone"),
    # pronoun goes to the person named last in the narration
    ("Sebastian Morel, the party's treasurer, spent the week in Lyon. "
     '"The budget will balance by 2026," he noted.',
     "The budget will balance", "Sebastian Morel"),
    # pronoun stays with the speaker just heard over a company in the same sentence
    ('"Hiring is strong," said Lena Vogt, an economist at Harbor Capital. '
     "She said the central bank was likely to hold rates next month.",
     "likely to hold rates", "Lena Vogt"),
    # an event that raises doubts is nobodys view
    ("The surge in fighting and the flight of Afghan soldiers have raised grave doubt about the Doha talks.",
     "raised grave doubt", None),
    # he and she skip a person the text marks as the other sex
    ('Senator Maria Ortiz met Governor Paul Kern on Monday. "We will fix the dam," Ortiz said. '
     'Mrs. Ortiz left early. "The money is there," he said.',
     "The money is there", "Paul Kern"),
])
def test_who_speaks(text, quote, speaker):
    assert one(text, quote).speaker == speaker


def test_a_pronoun_without_a_fitting_antecedent_gets_no_speaker_rather_than_a_wrong_one():
    text = ("Judge Ellen Marsh heard the case in May. I told the court that the ruling would be appealed. "
            "Critics of the ruling gathered outside. It suggests that the appeal will fail.")
    assert one(text, "the ruling would be appealed").speaker is None  # the writer, not the judge
    assert one(text, "the appeal will fail").speaker is None


def test_polls_in_general_are_a_source_and_a_draft_is_its_author_s():
    # (polls are the source of what they show, as PolNeAR's annotators read "Polls show ...")
    text = ("Polls show the Green party leading by six points ahead of the May 4 vote. "
            "According to a draft seen by Reuters, the Commission intends to propose a levy next year.")
    assert one(text, "Polls show").speaker == "Polls"  # (as written)
    assert one(text, "intends to propose a levy").speaker == "Commission"


def test_a_source_only_described_keeps_the_words_that_describe_it():
    text = "Several outlets reported on Wednesday that the envoy would resign before the summit."
    assert one(text, "the envoy would resign").speaker == "outlets"


def test_a_wh_complement_is_a_question_not_a_claim():
    text = "The union asked what would happen to the 900 workers at the mill."
    assert not [c for c in claims.extract(text, PUB) if "would happen" in c.quote]


@pytest.mark.parametrize("text", [
    "It could have exploded at any moment, a witness said.",
    "Would the council really raise fares before the election?",
    "The records were provided by police on Monday.",
])
def test_no_forward_claim(text):
    forward = [c for c in claims.extract(text, PUB) if c.kind in (ClaimKind.PREDICTION, ClaimKind.PLAN,
                                                                   ClaimKind.PROMISE, ClaimKind.CONDITIONAL)]
    assert not forward, [(c.kind, c.quote) for c in forward]


@pytest.mark.parametrize("text, kind", [
    ("A second summit is to be held in Lima in October.", ClaimKind.PLAN),
    ("No further strikes are planned before the holidays.", ClaimKind.PLAN),
    ("Heavy snow and gale-force winds were expected.", ClaimKind.PREDICTION),
])
def test_forward_forms(text, kind):
    assert [c.kind for c in claims.extract(text, PUB)] == [kind]


def test_the_regions_own_source_does_not_turn_a_month_into_last_month():
    text = "Most economists polled by Reuters expect the bank to cut rates again in March."
    c = one(text, "cut rates again in March")
    assert c.deadline is not None and c.deadline.earliest == date(2022, 3, 1)


def test_parse_only_runs_where_a_cue_can_be():
    assert may_hold_cue("The minister insisted on it.")
    assert may_hold_cue("Officials raised concerns about the dam.")
    assert not may_hold_cue("Rain fell overnight in the valley.")


def test_syntax_cue_offsets_are_relative_to_the_sentence():
    s = "Analysts at Kestrel Bank expect the index to rise by June."
    cue = find_cue(s, parse.parse([s])[0])
    assert cue is not None
    assert s[cue.np[0]:cue.np[1]] == "Analysts at Kestrel Bank"
    assert "the index to rise by June" in s[cue.content[0][0]:cue.content[0][1]]
    assert s[cue.verb[0]:cue.verb[1]] == "expect"


CUE_WORDS = ["The", "senator", "Maria", "Lopez", "who", "said", "insisted", "that", "raised", "questions", "about",
             "is", "confident", "according", "to", "a", "poll", "shows", ":", "\u201c", "\u201d", "\"", ",", ".",
             "will", "would", "could", "have", "been", "announced", "by", "it", "was", "she", "he", "told", "Reuters",
             "next", "month", "?", "and", "added", "warning", "of", "rough", "seas", "\n\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(CUE_WORDS), max_size=60))
# an input with output, tried on every run: the loop below is never only over nothing
@example(["The", "senator", "Maria", "Lopez", "said", "it", "will", "rough", "seas", "next", "month", "."])
def test_never_raises_and_quotes_are_verbatim_for_cue_soup(words):
    text = " ".join(words)
    for c in claims.extract(text, PUB):
        assert text[c.start:c.end] == c.quote
        assert c.quote.strip()
        assert c.speaker is None or (c.speaker.strip() and not c.speaker.endswith("."))


def test_a_source_phrase_ending_in_a_conjunction_is_the_name_it_starts_with():
    """"Ostby demands accountability from our president, yet refuses to ...": the parse gave the
    second verb the whole first clause for a subject; no name or description ends with "yet"."""
    from claimledger.extraction.names import speakable

    assert speakable("Ostby demands accountability and transparency from our president, yet") == "Ostby"
    assert speakable("the harbour board, so") is None


# ---------------------------------------------------------------------------------------------
# one sentence, two speakers

_TWO = "Ada Kone and Tom Pell met the council in Ostby on Monday."


@pytest.mark.parametrize("sentence, containing", [
    # the clause joined with "while" has its own subject: no part of what the first verb describes
    ("She's describing the benefits of the new bridge, while Pell is arguing that the bridge will collapse "
     "within a year.", "the bridge will collapse"),
    # a clause before a semicolon is no content of the verb after it
    ("Tom Pell advocates tax increases of $5 million affecting all residents; Ms. Kone seeks an additional "
     "$1 million in revenue and would leave the poorest families alone.", "Tom Pell advocates"),
])
def test_a_clause_with_its_own_subject_is_never_the_other_speakers(sentence, containing):
    c = one(f"{_TWO}\n\n{sentence}", containing)
    assert "Kone" not in (c.speaker or ""), (c.quote, c.speaker)
    assert "describing" not in c.quote and "seeks" not in c.quote, c.quote


@pytest.mark.parametrize("sentence, containing, speaker", [
    # each statement of the sentence is its own source's
    ("She's describing the benefits of the new bridge, while Pell is arguing that the bridge will collapse "
     "within a year.", "the bridge will collapse", "Tom Pell"),
    ("Tom Pell advocates tax increases of $5 million affecting all residents; Ms. Kone seeks an additional "
     "$1 million in revenue and would leave the poorest families alone.", "Tom Pell advocates", "Tom Pell"),
    # a statement in a leading clause, before the main clause's own
    ('After Pell said that poor students might do better at smaller schools, Kone said: "I do not like what '
     'he said."', "poor students might do better", "Tom Pell"),
    ("While Kone said there was clear evidence that the mayor had been careless, she said there was no "
     "precedent for a case like this.", "there was clear evidence", "Ada Kone"),
    ("While Kone said there was clear evidence that the mayor had been careless, she said there was no "
     "precedent for a case like this.", "there was no precedent", "Ada Kone"),
])
def test_a_second_statement_in_a_sentence_is_its_own_sources(sentence, containing, speaker):
    c = one(f"{_TWO}\n\n{sentence}", containing)
    assert c.speaker == speaker, (c.quote, c.speaker)
    assert "said" not in c.quote and "arguing" not in c.quote, c.quote


def test_a_day_is_no_source():
    c = one("Fares will rise in May, according to a council report on Friday.", "Fares will rise")
    assert c.speaker is None, c.speaker


@pytest.mark.parametrize("sentence, speaker", [
    # who issued the document a claim is "according to", named around the document
    ("Fares will rise by 9 percent next year, according to data released Friday by state transport regulators.",
     "state transport regulators"),
    ("Fares will rise by 9 percent next year, according to a report Tuesday from KXOB, the ABC affiliate in Ostby.",
     "KXOB"),
    ('The plan would cost about $2 million a year, according to the "Ostby first" document she released.',
     "Ada Kone"),
    # when it came out, between the document and its maker
    ("A study last year by the Norburg Institute, a research group, found that fares will rise by 9 percent.",
     "Norburg Institute"),
    ("A report earlier this month from the Ostby Policy Center found that fares will rise by 9 percent.",
     "Ostby Policy Center"),
    # whom it asked, between the document and its maker
    ("A survey of 1,200 commuters by the Norburg Institute found that fares will rise by 9 percent.",
     "Norburg Institute"),
    ("The Ostby Commuters Council said the levy was flawed. A survey of 1,200 commuters by the council found that fares "
     "will rise by 9 percent.", "Ostby Commuters Council"),
])
def test_the_issuer_of_a_document_named_around_it_is_the_source(sentence, speaker):
    c = one(f"Mayor Ada Kone unveiled her budget on Monday.\n\n{sentence}", "would" if "plan" in sentence else "ares will rise")
    assert c.speaker == speaker, (c.quote, c.speaker)


def test_councillor_is_a_title_not_a_given_name():
    c = one("Councillor Tom Pell spoke on Monday.\n\nThe levy will be scrapped in May, she said.\n\n"
            "Mayor Ada Kone agreed.", "levy")
    assert c.speaker != "Councillor Tom Pell" and "Tom Pell" not in (c.speaker or ""), c.speaker


def test_a_cue_joined_to_a_leading_when_clause_is_its_subjects():
    c = one(f'{_TWO}\n\nWhen Kone later referred to the flooding in Ostby and said she would "protect every '
            'family," the crowd applauded loudly.', "protect every family")
    assert c.speaker == "Ada Kone" and "applauded" not in c.quote, (c.quote, c.speaker)


def test_an_opening_mark_typed_to_close_a_quotation_closes_it():
    c = one(f"{_TWO}\n\n\u201cIf the council loses the vote, that could create new problems for her here,\u201c said "
            "Ben Ostrow, a councillor from Ostby.", "could create new problems")
    assert c.speaker == "Ben Ostrow" and "said" not in c.quote, (c.quote, c.speaker)


def test_a_possessor_before_a_full_name_is_no_given_name():
    c = one("The revolt is led by Ostby\u2019s Ada Kone, a delegate on the rules committee.\n\n"
            "\u201cThe delegates will vote their conscience,\u201d said Kone.", "delegates will vote")
    assert c.speaker == "Ada Kone", c.speaker


@pytest.mark.parametrize("text, containing, speaker", [
    ("Billionaire Ada Kone praised the new bridge on Monday.\n\n\u201cIt will open in May,\u201d she said.",
     "open in May", "Ada Kone"),
    ("House Speaker Tom Pell said the levy will be scrapped in May.", "levy will be scrapped", "Tom Pell"),
    # two persons, not a description and a name
    ("Ada Kone and House Speaker Tom Pell pledged to work together on the budget next year.",
     "pledged to work together", "Ada Kone and House Speaker Tom Pell"),
])
def test_a_description_before_a_full_name_is_no_part_of_it(text, containing, speaker):
    c = one(text, containing)
    assert c.speaker == speaker, (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing, speaker", [
    # a state before a person's role is where the person is from, not a body that speaks
    ("Florida Sen. Ada Kone and Sen. Tom Pell met on Monday.\n\nThe Florida senator is predicting that she "
     "will win the nomination in May.", "will win the nomination", "Ada Kone"),
    ("The Florida governor said taxes will rise next year.", "taxes will rise", "Florida governor"),
])
def test_a_state_before_a_persons_role_is_no_speaker(text, containing, speaker):
    c = one(text, containing)
    assert c.speaker == speaker, (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing, speaker, starts", [
    # the hearer told, however described, is no part of what was told
    ("Ada Kone told her aides that she will vote against the levy.", "vote against the levy", "Ada Kone", "she will"),
    ("Tom Pell has told the raucous crowd in Ostby that the bridge will open in May.", "bridge will open",
     "Tom Pell", "the bridge"),
])
def test_the_hearer_of_told_is_no_part_of_the_claim(text, containing, speaker, starts):
    c = one(text, containing)
    assert c.speaker == speaker and c.quote.startswith(starts), (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing, speaker", [
    # "made clear" with the clause hung on "made", or a time between them
    ("Ada Kone made clear that the bridge would open in May.", "bridge would open", "Ada Kone"),
    ("Officials with the Norvane party made clear Monday they have no plans to fund the race.",
     "no plans to fund", "Norvane party"),
    # a noun of stance after a light verb
    ("Ada Kone voiced confidence that the bridge would open in May.", "bridge would open", "Ada Kone"),
    # agreeing to do something is a commitment of the subject's
    ("The bridge opened in May. Tom Pell has agreed to serve as chairman of the fund.", "serve as chairman",
     "Tom Pell"),
])
def test_stances_made_plain_and_commitments_are_the_subjects(text, containing, speaker):
    c = one(text, containing)
    assert c.speaker == speaker, (c.quote, c.speaker)


def test_agreeing_to_act_is_a_plan_with_its_subject():
    c = one("The bridge opened in May. Tom Pell has agreed to serve as chairman of the fund.", "serve as chairman")
    assert c.kind == ClaimKind.PLAN and c.quote.startswith("Tom Pell"), (c.quote, c.kind)


@pytest.mark.parametrize("title, speaker", [("Mrs.", "Anna Pell"), ("Mr.", "Tom Pell")])
def test_a_title_picks_the_person_of_its_sex_among_two_of_one_surname(title, speaker):
    # (the given names say who is who; "joined her later": an object, not the man's pronoun)
    text = ("Anna Pell spoke in Ostby on Monday. Tom Pell joined her later.\n\n"
            f"{title} Pell said the campaign will go on until May.")
    c = one(text, "campaign will go on")
    assert c.speaker == speaker, (c.quote, c.speaker)


def test_a_surname_with_an_apposition_is_the_person_named_in_full_before():
    text = ("Mara Lind is poised to win another round. Ms. Lind, a Nordby Bank governor since 2014, has emerged as a "
            "leading advocate, pressing the case that low rates matter. \u201cThe levy will stay low,\u201d Ms. Lind said in May.")
    assert one(text, "levy will stay low").speaker == "Mara Lind"


_HEADLINED = "Lind: Pell\u2019s Levy Will Ruin The Port.\n\n{middle}\n\nLind said, \u201cThe levy will ruin the port by May.\u201d"


@pytest.mark.parametrize("middle, full", [
    ("On Thursday in Nordby, Sen. Susan Lind (R-NL) called out her rival Tom Pell.", "Susan Lind"),
    # a given name of no list, with a title before the whole name
    ("On Thursday in Nordby, Sen. Torvald Lind (R-NL) called out his rival Tom Pell.", "Torvald Lind"),
])
def test_a_surname_heard_first_in_a_headline_is_the_full_name_the_article_gives(middle, full):
    assert one(_HEADLINED.format(middle=middle), "ruin the port by May").speaker == full


def test_a_surname_heard_first_in_a_headline_is_no_full_name_of_the_other_sex():
    text = _HEADLINED.format(middle="Susan Lind watched as Mr. Lind spoke in Nordby.")  # ("Mr. Lind" is not Susan)
    assert one(text, "ruin the port by May").speaker != "Susan Lind"


def test_a_descriptor_before_a_full_name_is_no_given_name():
    text = "Actress Mara Lind and her sister, Jo, came to Nordby. Lind said the levy will hurt the port."
    assert one(text, "levy will hurt").speaker == "Mara Lind"


@pytest.mark.parametrize("text, containing, speaker", [
    # (both women: no pronoun tells them apart; the given name does)
    ("Sara Pell said the school will reopen in May.\n\nAnna Pell said on Monday, \u201cWe will be so glad to see "
     "the children back.\u201d", "so glad", "Anna Pell"),
    # ... but a middle initial, or the surname with its particle, is the one named before
    ("Corinne Le Fay said the levy will rise. Le Fay said the port will close in May.", "port will close",
     "Corinne Le Fay"),
])
def test_a_full_name_with_another_given_name_is_another_person_of_the_surname(text, containing, speaker):
    assert one(text, containing).speaker == speaker


@pytest.mark.parametrize("title, speaker", [("Mrs.", "Ilsabet Pell"), ("Mr.", "Orvar Pell")])
def test_a_kinship_word_tells_the_sex_a_rare_given_name_does_not(title, speaker):
    # ("his wife Ilsabet Pell": a woman; the other Pell is then the man, whoever was heard last)
    text = ("Orvar Pell and his wife Ilsabet Pell arrived in Ostby on Monday.\n\n"
            "Mrs. Pell said the visit would help the city.\n\n"
            f"{title} Pell said the campaign will go on until May.")
    c = one(text, "campaign will go on")
    assert c.speaker == speaker, (c.quote, c.speaker)


def test_the_owner_of_a_plan_the_reporter_tells_is_the_person_of_the_title_s_sex():
    text = ("Tom Pell and his sister Anna Pell arrived in Ostby on Monday.\n\n"
            "Mrs. Pell is set to visit the school on Friday.\n\nMr. Pell is due to visit the port on Saturday.")
    assert one(text, "visit the school").speaker == "Anna Pell"
    assert one(text, "visit the port").speaker == "Tom Pell"


def test_a_name_that_only_qualifies_a_noun_in_a_leading_phrase_is_not_he():
    text = ("The first volunteer is Wayne Borders, a retired teacher from Ostby. Dismayed by his memory of "
            "Tom Pell's years in office, he now backs Ada Kone.")
    assert one(text, "he now backs").speaker == "Wayne Borders"


def test_of_three_of_one_surname_a_title_picks_the_first_named_of_its_sex():
    text = ("Anna Pell opened the Ostby fund in 2010. Her daughter, Maria Pell, joined its board. Tom Pell spoke "
            "later.\n\nMrs. Pell said the fund will close in May.")
    c = one(text, "fund will close")
    assert c.speaker == "Anna Pell", (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing", [
    ("Ten bills were filed in Ostby. None are scheduled for votes next week.", "scheduled for votes"),
])
def test_none_is_nobody_speaking(text, containing):
    c = one(text, containing)
    assert c.speaker in (None, "") or c.speaker.lower() != "none", (c.quote, c.speaker)


def test_a_full_name_met_only_as_a_possessor_names_the_person():
    c = one("With the vote a week away, Ada Kone's campaign opened two offices in Ostby.\n\n"
            "Kone said the levy will be scrapped in May.", "levy will be scrapped")
    assert c.speaker == "Ada Kone", (c.quote, c.speaker)


def test_agreeing_to_a_gap_is_no_commitment():
    text = ("When Pell suspended his campaign, he asked both Kone and Ostrow to make poverty a central issue in the "
            "election, something both agreed to do.")
    assert not any((c.speaker or "").startswith("something") for c in claims.extract(text, PUB))


@pytest.mark.parametrize("text, containing, speaker", [
    # the reporter's "X does not plan to ...": the plan is X's, named in full
    ("Ada Kone spoke in Ostby on Monday.\n\nAlthough Ms. Kone does not plan to endorse Mr. Pell from her pulpit, "
     "she has told her congregation that she will vote.", "does not plan to endorse", "Ada Kone"),
    ("Tom Pell spoke in Ostby on Monday.\n\nIt is why the mayor canceled Mr. Pell's plans to attend a rally in "
     "Ostby next week.", "plans to attend", "Tom Pell"),
])
def test_the_owner_of_a_plan_the_reporter_tells(text, containing, speaker):
    c = one(text, containing)
    assert c.speaker == speaker, (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing, speaker", [
    # an "it"/"they" opening a sentence is the body the sentence before opens with
    ("Norvane Systems cut its forecast on Monday. It said sales will fall next year.", "sales will fall",
     "Norvane Systems"),
    ("The Taliban took the district on Monday. They said talks will resume in May.", "talks will resume", "Taliban"),
    # (its possessor is no subject; with nobody heard before, no speaker rather than the wrong one)
    ("Norvane's chief quit on Monday. It said sales will fall next year.", "sales will fall", None),
])
def test_it_or_they_after_a_sentence_a_body_opens(text, containing, speaker):
    c = one(text, containing)
    assert c.speaker == speaker, (c.quote, c.speaker)


@pytest.mark.parametrize("text, containing, speaker, starts", [
    # a cue set off by commas inside the clause it reports: the speaker is its own subject, and the
    # claim is the whole clause around it
    ("The new bridge, said Ada Kone, will open in May.", "will open in May", "Ada Kone", "The new bridge"),
    ("Ada Kone spoke on Monday.\n\nThe levy, Kone said, will rise next year.", "will rise next year", "Ada Kone",
     "The levy"),
    ("Tom Pell spoke on Monday.\n\nThe contrast with Ostby, said Pell, would be clear since Ostby has no bridge.",
     "would be clear", "Tom Pell", "The contrast"),
])
def test_a_cue_inserted_in_the_clause_it_reports(text, containing, speaker, starts):
    c = one(text, containing)
    assert c.speaker == speaker and c.quote.startswith(starts), (c.quote, c.speaker)


def test_an_inserted_cue_between_two_clauses_keeps_them_apart():
    c = one("Tom Pell spoke on Monday.\n\nThe levy should not be raised, Pell said, but if it is, the council will "
            "vote again.", "should not be raised")
    assert "said" not in c.quote, c.quote


def test_a_directive_told_inside_what_someone_says_is_their_fact():
    # the directive is what Kone reports, not what she urges
    c = one("Ada Kone said the council had instructed the agency to cut its costs.", "instructed the agency")
    assert c.speaker == "Ada Kone" and c.kind == ClaimKind.FACT
    # without a hearer and an infinitive, "advises" reports no words
    assert not any(c.kind == ClaimKind.POSITION for c in claims.extract(
        "Norvane Systems, which advises banks on mergers, advised on three deals last year.", PUB))


@pytest.mark.parametrize("text, speaker", [
    # a description of the speaker's own, with "of" inside it, before the full name
    ('"The port will close in May," said master of ceremonies Tom Pell.', "Tom Pell"),
    ('"The port will close in May," said director of communications Ada Kone.', "Ada Kone"),
])
def test_a_description_before_a_full_name_is_no_part_of_it(text, speaker):
    assert one(text, "The port will close").speaker == speaker


def test_a_party_title_nobody_holds_in_the_article_is_no_party_s_voice():
    # the article never writes "Republican presidential candidate Ben Carson": the description
    # stays, rather than the party ("Republican") or a guess at who it is
    text = ("Ben Carson spoke in Ostby on Sunday.\n\n"
            '"The port will close in May," the Republican presidential candidate told reporters.')
    assert one(text, "The port will close").speaker == "Republican presidential candidate"


@pytest.mark.parametrize("text, speaker", [
    ("Tom Pell spoke in Ostby on Monday. The crowd cheered his warning that fares would rise next year.", "Tom Pell"),
    ("Norvane Systems cut its forecast. Its warning that fares would rise next year worried traders.",
     "Norvane Systems"),
])
def test_a_possessive_pronoun_before_a_claim_noun_stands_for_who_was_named(text, speaker):
    assert one(text, "fares would rise").speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # a noun of communication with its that-clause, after a light verb: the clause is the claim
    ("Ada Kone repeated her claim that the port will close in May.", "the port will close in May", "Ada Kone"),
    ("Tom Pell issued a warning that fares will rise next year.", "fares will rise next year", "Tom Pell"),
    ("Ada Kone expressed confidence that the levy will pass.", "the levy will pass", "Ada Kone"),
    # an adjective of belief with its that-clause
    ("Tom Pell is confident that the port will close in May.", "the port will close in May", "Tom Pell"),
])
def test_the_that_clause_of_a_claim_noun_or_belief_is_the_claim(text, quote, speaker):
    c = one(text, quote)
    assert (c.quote, c.speaker) == (quote, speaker)


@pytest.mark.parametrize("text", [
    "Ada Kone is not convinced that the port will close in May.",  # a belief denied
    "Tom Pell is pleased that the port will close in May.",  # a given, not a belief
    "Ada Kone expressed doubts that the port will close in May.",  # a doubt
    "Tom Pell rejected the claim that the port will close in May.",  # somebody else's claim
    "Tom Pell repeated Ada Kone's claim that the port will close in May.",
])
def test_a_that_clause_the_subject_does_not_hold_stays_in_its_sentence(text):
    c = one(text, "the port will close")
    assert c.quote != "the port will close in May", (c.quote, c.speaker)


@pytest.mark.parametrize("text, quote, speaker, kind", [
    # a cue verb that makes the kind, with a clause of its own: the clause is the claim, the verb its kind
    ("Tom Pell warned on Monday that fares will rise next year.", "fares will rise next year", "Tom Pell",
     ClaimKind.PREDICTION),
    ("Ada Kone promised that she would rebuild the bridge.", "she would rebuild the bridge", "Ada Kone",
     ClaimKind.PROMISE),
    ("Ada Kone vowed that the port would stay open.", "the port would stay open", "Ada Kone", ClaimKind.PROMISE),
    # (a relative "that" further on is no clause of the verb's own)
    ("Tom Pell promised to veto any levy that raises fares.", "Tom Pell promised to veto any levy that raises fares",
     "Tom Pell", ClaimKind.PROMISE),
])
def test_the_clause_a_kind_making_verb_reports(text, quote, speaker, kind):
    c = one(text, quote)
    assert (c.quote, c.speaker, c.kind) == (quote, speaker, kind)


def test_what_is_hoped_stays_a_prediction():
    assert one("Port officials hope that fares will fall next year.", "fares will fall").kind == ClaimKind.PREDICTION


@pytest.mark.parametrize("text", [
    "Their report did not mention the studies that project a levy on ferries, aimed at curbing traffic, would be "
    "a major source of revenue for Ostby.",
    "Ada Kone, the mayor of Ostby, said the port would close in May.",
])
def test_a_no_break_space_reads_as_a_space(text):
    # web pages put no-break spaces anywhere; the parser took one for a word of its own
    def seen(t):
        return [(c.start, c.end, c.speaker, c.kind) for c in claims.extract(t, PUB)]
    nbsp = text.replace(", ", ",\u00a0")
    assert seen(nbsp) == seen(text) != []
    assert all("\u00a0" in c.quote or ", " not in text[c.start:c.end] for c in claims.extract(nbsp, PUB))


def test_the_name_set_off_before_the_verb_after_an_opening_phrase_speaks():
    # the parser hangs "Tom Pell" on the opening phrase and leaves "said" without a subject
    c = one("In an interview with the Gazette, the mayor of Ostby, Tom Pell, said the port would close in May.",
            "would close")
    assert (c.speaker, c.quote) == ("Tom Pell", "the port would close in May")
    # a name set off inside the opening phrase's own noun phrase is not the one that speaks
    c = one("According to Kone an interview with the Prime Minister's son, Tom Pell, reveals the mayor's involvement "
            "in the sale.", "involvement in the sale")
    assert c.speaker != "Tom Pell", c.speaker


def test_who_issued_the_data_a_relative_clause_reports_speaks():
    text = "Ada Kone, a pollster, released data on Monday that suggest voters are ignored by the council."
    c = one(text, "voters are ignored")
    assert (c.speaker, c.quote) == ("Ada Kone", "voters are ignored by the council")
    # a document somebody else issued, the object of another verb, stays the reporter's
    assert one("The council rejected a report that shows the port will close.", "the port will close").speaker \
        != "Ada Kone"


@pytest.mark.parametrize("text", [
    "The crowd cheers, and Pell continues: \u201cThe port will close in May.\u201d",
    "The crowd cheers, and then Pell continues: \u201cThe port will close in May.\u201d",
])
def test_continues_before_a_colon_and_a_quotation_is_a_cue(text):
    assert one(text, "The port will close").speaker == "Pell"


def test_a_verb_of_speech_the_parser_reads_as_an_adjective_still_speaks():
    # the small parser reads "rubbished" as an adjective on "claim" and the sentence as a noun phrase
    text = "Repeating lines from his speech at the congress, Pell rubbished Page\u2019s claim to understand the fishing towns."
    c = one(text, "rubbished")
    assert c.speaker == "Pell" and c.quote.startswith("Pell rubbished"), (c.speaker, c.quote)


def test_a_time_or_place_between_a_kind_making_verb_and_its_that_clause():
    c = one("Tom Pell predicted at the last council debate that the levy will pass in May.", "the levy will pass")
    assert (c.quote, c.speaker, c.kind) == ("the levy will pass in May", "Tom Pell", ClaimKind.PREDICTION)


def test_a_share_of_those_polled_the_parser_hangs_on_the_verb_speaks():
    c = one("Less than a third agreed with the mayor that the port would have to close, while 13 percent were unsure.",
            "the port would have to close")
    assert (c.speaker, c.quote) == ("Less than a third", "the port would have to close")
    # ... but gives no quotation that follows with no cue of its own
    c = one("Less than a third agreed with the mayor that the port would have to close.\n\n"
            "\u201cThe port will close by May, whatever the council says.\u201d", "whatever the council")
    assert c.speaker is None, c.speaker


def test_what_a_speaker_erred_in_saying_is_what_was_said():
    c = one("Ada Kone clearly erred in saying that the figure came from the ministry.", "the figure came")
    assert (c.speaker, c.quote) == ("Ada Kone", "the figure came from the ministry")


def test_a_wish_with_its_own_object_and_infinitive_keeps_the_wish():
    c = one("Ada Kone wants the courts to order Pell to stop.", "the courts to order")
    assert c.quote == "Ada Kone wants the courts to order Pell to stop", c.quote


def test_what_nobody_went_as_far_as_saying_has_no_speaker():
    c = one("But neither Germany\u2019s Ada Kone nor France\u2019s Tom Pell have gone as far as Cameron in chiding Ruiz "
            "who, if he wins in November, would be in charge of the port.", "chiding")
    assert c.speaker is None, c.speaker


def test_the_subject_of_an_aside_between_dashes_is_no_source():
    text = ("As the Ostby Gazette\u2014even the devil can quote election statistics\u2014observed, the council now "
            "controls both chambers in 30 towns.")
    assert one(text, "controls both chambers").speaker != "even the devil"


def test_names_after_a_counted_description_are_the_speakers():
    c = one("Two Ostby Republicans, Reps. Ada Kone and Tom Pell, have said they will not back Mr. Ruiz.", "not back")
    assert c.speaker == "Ada Kone and Tom Pell", c.speaker
    # one named among them is not the group
    c = one("Some Republicans, including Senator Tom Pell of Ostby, said they would back a smaller levy.", "smaller levy")
    assert c.speaker != "Tom Pell", c.speaker


@pytest.mark.parametrize("text, quote, speaker", [
    ("Ada Kone told investigators in July she was advised by Tom Pell to close the port, the Ostby Gazette reported "
     "late Thursday.", "she was advised by Tom Pell to close the port", "Ada Kone"),
    ("Pell acknowledged that the levy could be called \u201ca burden,\u201d the Ostby Gazette reported in 1991.",
     "the levy could be called \u201ca burden,\u201d", "Pell"),
    ("Kone believes that the levy will fail, the Gazette reported.", "the levy will fail", "Kone"),
])
def test_what_a_report_says_someone_said_is_theirs_without_the_report(text, quote, speaker):
    c = one(text, "the levy" if "levy" in text else "advised")
    assert (c.quote, c.speaker) == (quote, speaker)


@pytest.mark.parametrize("text, quote", [
    # the writer's own words, set in a quotation attributed to others
    ("I guess that settles it, said six-million riders who lost their ferry.", "I guess that settles it"),
    # a clause of its own, not a report of the one before
    ("On the levy they lean left: 42% say the levy is fair, 32% call it a burden on the port.", None),
])
def test_a_closing_cue_that_reports_nothing_before_it_keeps_the_sentence(text, quote):
    found = claims.extract(text, PUB)
    assert found, "no claim"
    if quote is not None:
        assert any(c.quote == quote for c in found), [c.quote for c in found]


@pytest.mark.parametrize("text", [
    "The Ostby Gazette is expected to endorse Ada Kone next week.",
    "Tom Pell is also expected to unveil on Monday his second advert of the campaign.",
    "The leaders were expected to discuss the levy and the port.",
])
def test_an_act_of_speech_still_to_come_has_no_source_yet(text):
    c = claims.extract(text, PUB)[0]
    assert (c.speaker, c.kind) == (None, ClaimKind.PREDICTION), (c.speaker, c.kind)


def test_what_someone_is_likely_to_stress_is_still_theirs():
    assert one("Lind is likely to stress that the council would pause its building plans.", "pause").speaker == "Lind"


@pytest.mark.parametrize("text", [
    "The raids, ordered by Tom Pell, will continue through May.",
    "The levy bill, opposed by Ostby Republicans, never became law.",
    "Levy Days, a biography written by Ada Kone, will be out in May.",
])
def test_a_side_phrase_with_an_act_by_someone_names_no_source(text):
    assert claims.extract(text, PUB)[0].speaker is None


@pytest.mark.parametrize("text, speaker", [
    ("The port, first reported by the Ostby Gazette, will close in May.", "Ostby Gazette"),
    ("Recent satellite images published by Norvane Systems show a build-up of ships along the coast.", "Norvane Systems"),
    ("An article written by the Gazette\u2019s Ada Kone accuses Pell of wrecking the port.", "Ada Kone"),
])
def test_a_side_phrase_that_reports_or_issues_names_its_source(text, speaker):
    assert claims.extract(text, PUB)[0].speaker == speaker


def test_a_closing_report_the_parser_hangs_on_the_verb_before_it_speaks():
    text = ("Port traffic will fall this year, sooner than expected, the Ostby Budget Office reported on Monday "
            "\u2014 a development that worries the council.")
    c = one(text, "Port traffic")
    assert (c.quote, c.speaker) == ("Port traffic will fall this year", "Ostby Budget Office")
    assert all("development" not in x.quote or x.speaker is None for x in claims.extract(text, PUB))


def test_what_someone_said_in_an_after_or_upon_phrase_is_theirs():
    c = one("Mr. Pell, after initially saying he would not advertise in the state, changed course.", "advertise")
    assert (c.quote, c.speaker) == ("he would not advertise in the state", "Pell")
    assert one("Kone drew boos upon saying, \u201cThe levy is fair.\u201d", "levy is fair").speaker == "Kone"
    # ... an act in such a phrase is no speech
    assert all(c.speaker is None for c in claims.extract("Kone resigned after tweeting a photo of the port.", PUB))


def test_a_quotation_right_after_say_is_its_subjects_in_any_clause():
    text = "The debate was so calm that Mr. Pell was prompted to say, \u201cSo far, I cannot believe how civil it has been.\u201d"
    c = one(text, "civil")
    assert (c.speaker, c.quote) == ("Pell", "So far, I cannot believe how civil it has been")
    text = "The debate was so calm that Mr. Pell was prompted to say, \"So far, I cannot believe how civil it has been.\""
    assert one(text, "civil").speaker == "Pell"


@pytest.mark.parametrize("text, quote, speaker", [
    ("Weaver did not seem impressed, telling reporters, \u201cThe mayor should step down.\u201d",
     "The mayor should step down", "Weaver"),
    ("Said Pell, \u201cThe levy is a disaster for the port.\u201d", "The levy is a disaster for the port", "Pell"),
    ("Said Pell: \u201cThe levy is a disaster for the port.\u201d", "The levy is a disaster for the port", "Pell"),
])
def test_a_quotation_after_a_hearer_or_after_a_fronted_said_is_the_speakers(text, quote, speaker):
    c = one(text, quote[:12])
    assert (c.quote, c.speaker) == (quote, speaker)


@pytest.mark.parametrize("text, quote, speaker", [
    ("The ministry put out a statement saying the port will close in May.", "the port will close in May", "ministry"),
    ("Ada Kone released a statement saying the levy \u201chas no place in Ostby.\u201d",
     "the levy \u201chas no place in Ostby.\u201d", "Ada Kone"),
    ("Pell sent an email to supporters saying the levy will fail.", "the levy will fail", "Pell"),
    ("The ministry sent out a statement saying the port will close.", "the port will close", "ministry"),
])
def test_what_a_statement_someone_issued_says_is_theirs(text, quote, speaker):
    c = one(text, quote[:10])
    assert (c.quote, c.speaker) == (quote, speaker)


def test_a_name_the_parser_breaks_issues_nothing():
    text = "Black Lives Matter issued a statement saying it took the action because of unsafe conditions."
    assert all(c.speaker != "Lives" for c in claims.extract(text, PUB))


def test_a_closing_report_whose_clause_the_parser_hangs_elsewhere_speaks():
    c = one("Presumptive Democratic presidential nominee Ada Kone marched in the Ostby parade, CNN reported.", "marched")
    assert (c.quote, c.speaker) == ("Presumptive Democratic presidential nominee Ada Kone marched in the Ostby parade", "CNN")
    # ... not what nobody would say
    text = "If the two spoke about the levy, neither side would say so."
    assert all(c.speaker is None for c in claims.extract(text, PUB))


def test_a_name_the_tagger_reads_as_a_past_verb_still_speaks():
    # (the small tagger reads "Nysted" as a past participle; the parse still makes it the subject)
    c = one("Nysted continued by saying, \u201cWe will appeal the levy ruling in May.\u201d", "appeal")
    assert (c.quote, c.speaker) == ("We will appeal the levy ruling in May", "Nysted")


def test_the_subject_of_a_passive_cue_in_a_leading_clause_is_no_source():
    text = ("Pell said the levy was unfair. While it\u2019s assumed the ruling should favour the port because of "
            "its size, the fact remains the port trails.")
    assert all(c.speaker is None for c in claims.extract(text, PUB) if "ruling" in c.quote)


@pytest.mark.parametrize("text, quote", [
    ("The presence of salt in the Ostby mud indicates that the port was flooded in 1790.", "port was flooded"),
    ("Footage from the Ostby game shows that several students wore masks.", "students wore masks"),
    ("Exit polling showed that Kone won every district except the harbour.", "Kone won every"),
])
def test_a_thing_that_points_to_something_is_no_source(text, quote):
    assert all(c.speaker is None for c in claims.extract(text, PUB))


def test_a_named_subject_of_a_verb_of_evidence_still_speaks():
    # (the tagger may take a sentence-initial name for a common noun; "a ward and Kone": a misparse)
    c = one("Pell has raised questions about the levy, falsely suggesting that Kone was paid by the port.", "was paid")
    assert c.speaker == "Pell"
    c = one("Neither Bysted nor Lind has won a ward and Kone strongly suggested they should drop out.", "drop out")
    assert c.speaker == "Kone"


@pytest.mark.parametrize("text, speaker", [
    ("The levy was criticised by Tom Pell, a banker and former Ostby council official who has suggested the "
     "port will close.", "Tom Pell"),
    ("The fund was backed by Ada Kone, the harbour pilot who has argued that the levy will ruin the port.", "Ada Kone"),
    # ... set off after where the person is from, which the parse hangs it on
    ("The levy was drafted by Sen. Tor Lind, a Republican from Norburg, who told reporters the port would close "
     "by July 30.", "Tor Lind"),
])
def test_a_relative_clause_on_a_description_of_a_named_person_is_theirs(text, speaker):
    assert one(text, "port").speaker == speaker


def test_a_relative_clause_set_off_in_a_description_is_no_part_of_the_source():
    # (the mention ends before it, so the claim's date is the claim's, not the cue's)
    c = one("The levy was drafted by Sen. Tor Lind, a Republican from Norburg, who told reporters the port would "
            "close by July 30.", "port")
    assert (c.quote, c.speaker) == ("the port would close by July 30", "Tor Lind")
    assert c.deadline is not None and c.deadline.latest == date(2021, 7, 30), c.deadline


def test_allies_are_a_group_not_the_person_they_back():
    assert one("Some Kone allies said that the levy was unfair.", "levy").speaker == "Kone allies"
    assert one("Some Kone allies suggested that the levy was unfair.", "levy").speaker == "Kone allies"


def test_a_statement_issued_and_a_second_said_in_one_sentence_are_both_the_issuers():
    text = ("Kone issued a statement saying the remark \u201chas no place in our town\u201d and said the council "
            "will face a \u201cday of reckoning.\u201d")
    got = {c.quote: c.speaker for c in claims.extract(text, PUB)}
    assert got.get("the remark \u201chas no place in our town\u201d") == "Kone"
    assert got.get("the council will face a \u201cday of reckoning.\u201d") == "Kone"


@pytest.mark.parametrize("text, quote", [
    ("Courted by most of the candidates and widely expected to be the top donor in the race, Pell said earlier on "
     "Friday that he may wait until the primaries to decide who to back.", "he may wait until the primaries to decide who to back"),
    ("Like other harbour owners who foresee an upside in new offerings, Mr. Pell said he was building a new clubhouse.",
     "he was building a new clubhouse"),
    ("Pressed by the host, Mr. Pell said there was no direct evidence of the mayor's involvement.",
     "there was no direct evidence of the mayor's involvement"),
])
def test_a_phrase_before_x_said_is_no_quote_when_a_clause_follows_the_verb(text, quote):
    assert [(c.quote, c.speaker) for c in claims.extract(text, PUB)] == [(quote, "Pell")]


def test_a_closing_x_said_still_speaks_for_what_comes_before():
    assert one("The levy will ruin the harbour, Pell said as he left the building.", "levy").quote == \
        "The levy will ruin the harbour"
    c = one("As for how the levy would hit the harbour, he said: \u201cIt would spark a fight for the berths, and I "
            "think it would spur innovation.\u201d", "innovation")
    assert c.quote == "I think it would spur innovation"


@pytest.mark.parametrize("text, quote", [
    ("Pell said Tuesday his plans are consistent with the harbour charter.", "his plans are consistent with the harbour charter"),
    ("Pell said Thursday during a taping of a town hall in Ostby, Norland, that the levy will pass.", "the levy will pass"),
    ("Pell said on Tuesday, after the vote, that the port will reopen.", "the port will reopen"),
    ("Pell said this was the only chance to save the port.", "this was the only chance to save the port"),
])
def test_when_and_where_a_statement_was_made_are_no_part_of_it(text, quote):
    assert one(text, quote[-12:]).quote == quote


def test_a_demonstrative_that_opening_a_quotation_stays():
    text = "\u201cThey are being sent out piecemeal. That is a disservice to them,\u201d Pell charged."
    assert one(text, "disservice").quote == "That is a disservice to them"
    assert one("Kone said that the port will close in May.", "port").quote == "the port will close in May"


def test_one_clause_around_an_inserted_x_said_with_quotation_marks_is_one_claim():
    text = "If the levy passes, he said, \u201cthe port might close within a year.\u201d"
    got = claims.extract("Tom Pell spoke in Ostby. " + text, PUB)
    assert [(c.kind, c.speaker) for c in got if "port might close" in c.quote] == [(ClaimKind.CONDITIONAL, "Tom Pell")]


def test_a_vow_after_a_fronted_phrase_keeps_its_subject():
    c = one("At rally after rally, to rapturous crowds, Pell vows to impose a tax on ferry tickets from Norland.", "impose")
    assert (c.quote, c.kind) == ("Pell vows to impose a tax on ferry tickets from Norland", ClaimKind.PROMISE)


@pytest.mark.parametrize("text", ["Kone told host Tom Pell she believed that the levy would pass in May.",
                                  "Kone has told audiences she believed that the levy would pass in May."])
def test_a_hearer_after_told_is_no_part_of_the_quote(text):
    assert one(text, "levy").quote == "she believed that the levy would pass in May"


def test_a_described_party_member_after_said_is_the_named_member():
    """'"...," said Oversight ranking Democrat Elijah Cummings (D-Md.)': the member, by name."""
    text = "\u201cThe levy will fail in the spring,\u201d said Harbour ranking Democrat Ada Kone (D-Ostby)."
    assert one(text, "The levy will fail").speaker == "Ada Kone"


def test_a_subject_of_names_split_at_its_and_stays_one_subject():
    """"Kone and Pell, and Gov. Ostby, tweeted their approval": the first names are no clause of
    their own; "Pell and I have been friends": the quote keeps its whole subject."""
    found = claims.extract("Ada Kone and Tom Pell, and Gov. Bert Ostby, tweeted their approval of the levy.", PUB)
    assert [c.quote for c in found] == ["Ada Kone and Tom Pell, and Gov. Bert Ostby, tweeted their approval of the levy"]
    c = one("\u201cTom Pell and I have been friends for a long time,\u201d Ada Kone said.", "friends")
    assert c.quote == "Tom Pell and I have been friends for a long time"


@pytest.mark.parametrize("text, quote", [
    ("Ada Kone said in an interview with NBC News on Thursday the situation in Ostby \u201ccould go crazy quickly.\u201d",
     "the situation in Ostby \u201ccould go crazy quickly"),
    ("Tom Pell, the board's chairman, said of the decision by the 53 member states \u201cWe will act alone next year.\u201d",
     "We will act alone next year"),
])
def test_whom_a_statement_was_made_to_or_about_is_no_part_of_the_quote(text, quote):
    c = one(text, "next year" if "next year" in quote else "crazy")
    assert c.quote.startswith(quote) and c.speaker in ("Ada Kone", "Tom Pell")


@pytest.mark.parametrize("text", [
    "Norvane and Ostby Holdings called off a $54 billion merger on Monday.",
    "Those promises add up to more than $8.5 million, records show.",
    "Like Pell, the harbour board has written off efforts by the dockers to block the levy.",
])
def test_a_verb_made_another_by_its_particle_reports_no_speech(text):
    """"called off", "add up", "written off": no speech, and no speaker for the reporter's fact."""
    assert all(c.speaker is None for c in claims.extract(text, PUB)), [c.speaker for c in claims.extract(text, PUB)]


@pytest.mark.parametrize("text, speaker", [
    ("Ada Kone is a serial liar, rampant xenophobe, racist and bully who has repeatedly pledged to ban all imports.",
     "Ada Kone"),
    ("Tom Pell was out-debating Ada Kone, who said she would only raise the levy in an emergency.", "Ada Kone"),
    ("Ada Kone regularly incites political violence and is a serial liar, rampant xenophobe, racist, misogynist and "
     "birther who has repeatedly pledged to ban all imports.", "Ada Kone"),
])
def test_who_said_it_after_a_copula_is_the_person_described(text, speaker):
    """A relative clause on the description a copula gives a named subject ("Kone is a ... bully
    who has pledged ...") speaks for that subject; a named head is its own speaker."""
    assert {c.speaker for c in claims.extract(text, PUB)} == {speaker}


def test_the_secretary_of_state_is_a_person_not_a_state():
    text = "Ada Kone spoke in Ostby on Monday. The former secretary of state said the levy will fail next year."
    assert one(text, "levy will fail").speaker not in ("state", "State")
    assert one(text, "levy will fail").speaker in ("Ada Kone", "former secretary of state")


@pytest.mark.parametrize("text, speaker", [
    ("The sound system, cycling through the usual mix of songs by Ostby bands, added Latin hits including "
     "\u201cLa Gozadera\u201d.", None),
    ("Social media has added another link to the misinformation chain, Ada Kone noted.", "Ada Kone"),
    ("The spokesperson added those with serious injuries have been taken to the Ostby hospital.", "spokesperson"),
])
def test_a_thing_that_adds_something_says_nothing(text, speaker):
    """"added" with an object and a subject that is no one is no speech; a person's "added" still is,
    also when the parse takes the clause's subject for the object."""
    assert {c.speaker for c in claims.extract(text, PUB)} == {speaker}


@pytest.mark.parametrize("text", [
    "The aides told the board that they were not expecting to win Ostby or Norvane, the first two states to vote.",
    "Most Southern states that will hold contests in March have sizable port towns.",
])
def test_states_after_a_count_is_a_noun(text):
    assert all(c.speaker not in ("first two", "Southern") for c in claims.extract(text, PUB))


@pytest.mark.parametrize("text, containing, speaker", [
    # ('... stay away from that Middle East stuff." He added, "...': the region ends in a place's word)
    ("Ada Kone said that \u201cthe port is important. Let's stay away from that Middle East stuff.\u201d\n\n"
     "She added, \u201cactually, the levy will fail next year.\u201d", "the levy will fail", "Ada Kone"),
    # ("Indiana governor endorses ..." heard as Indiana: a state is no governor)
    ("Indiana governor endorses Kone.\n\nOSTBY - Ada Kone received the endorsement of Gov. Tom Pell on Friday.\n\n"
     "\u201cI will be voting for Ada Kone in the upcoming primary,\u201d Pell said in an interview.\n\n"
     "\u201cI particularly want to commend Bert Norvane, who has given voice to millions,\u201d the governor said.",
     "commend Bert Norvane", "Tom Pell"),
])
def test_a_region_or_a_state_is_no_one_a_pronoun_or_a_title_stands_for(text, containing, speaker):
    assert one(text, containing).speaker == speaker


@pytest.mark.parametrize("text", [
    "The levy will drive families off the island, and Pell said the council will drop it in May.",
    "The levy will drive families off the island, but Pell said the council will drop it in May.",
])
def test_a_clause_of_the_reporters_before_and_or_but_x_said_stays_the_reporters(text):
    got = {c.quote: c.speaker for c in claims.extract(text, PUB)}
    assert got.get("The levy will drive families off the island", "missing") is None
    assert got.get("the council will drop it in May") == "Pell"


def test_names_joined_by_and_before_said_are_no_clause_of_the_reporters():
    got = [c.quote for c in claims.extract("Tom Pell, a senator from Ostby, and Ada Kone said the council will "
                                           "drop it in May.", PUB)]
    assert not any(q.startswith("Tom Pell, a senator") for q in got), got


def test_a_past_verb_the_parse_joins_to_a_would_clause_is_the_sentences_subjects():
    # ("... that Ostby would pull out of its slump, and blamed ...": nothing after "would" is in the
    # past; the parse hangs "blamed" on "pull", but Ostby blamed nothing)
    got = {c.quote: c.speaker for c in claims.extract(
        "Mayor Ada Kone backpedaled on her forecast a year ago that Ostby would pull out of its slump within two "
        "years, and blamed the strike at the docks.", PUB)}
    assert "Ostby" not in got.values(), got
    assert got.get("blamed the strike at the docks") == "Ada Kone"


@pytest.mark.parametrize("text, subject", [
    ("The levy benefits from a double standard, seeing as attacks on the council have bounced off it.", "levy"),
    ("The council's rivals gained ground, seeing as attacks on the council have bounced off it.", "rivals"),
])
def test_seeing_as_is_a_because_not_a_view(text, subject):
    # ("seeing as attacks ... have bounced off it": since they have; nobody sees anything as anything)
    got = [(c.quote, c.speaker) for c in claims.extract(text, PUB)]
    assert all(sp is None or subject not in sp for _, sp in got), got


def test_a_clause_ends_before_its_seeing_as():
    assert [c.quote for c in claims.extract("Prices will fall, seeing as demand has collapsed.", PUB)] == ["Prices will fall"]


@pytest.mark.parametrize("text, speaker", [
    ("All of a sudden, young voters saw that Kone could actually win.", "young voters"),
    ("The story never ran; my editor at the time at the Ostby Herald argued the piece made Kone look too good.",
     "Ostby Herald"),
    ("The mayor at the time argued that the levy would pass.", "mayor"),
    ("Saturday at the Ostby party's convention Sen. Ada Kone said the levy would be a proven failure.", "Ada Kone"),
])
def test_when_a_source_spoke_is_no_part_of_who_it_is(text, speaker):
    assert [c.speaker for c in claims.extract(text, PUB)] == [speaker]


@pytest.mark.parametrize("text", [
    "Supporters who backed Tom Pell said they will stay home.",
    "Many of the local Ostby leaders who would rather be working on a campaign for Kone or Ruiz or Tom Pell said they "
    "will back the levy.",
])
def test_a_name_inside_the_subjects_relative_clause_is_not_the_source(text):
    got = [c.speaker for c in claims.extract(text, PUB)]
    assert len(got) == 1 and got[0] and "Pell" not in got[0], got  # (nor the relative clause that names him)


def test_a_name_after_its_relative_clause_is_the_source():
    # (a name set off by commas before its relative clause is the source all the same)
    assert [c.speaker for c in claims.extract("Ada Kone, who backed Tom Pell, said she will stay home.", PUB)] == ["Ada Kone"]


@pytest.mark.parametrize("text, quote, speaker", [
    # (the parse hangs the subject on the opening phrase's noun, as its apposition)
    ("According to the Herald, a source at the Ostby finance ministry said the port authority is also pursuing "
     "the company for back taxes.", "the port authority is also pursuing the company for back taxes", "Ostby finance ministry"),
    ("In addition to Mr. Pell, two Republican members of the council from Ostby, Ada Kone-Lind and Tom Ruiz, have "
     "said they will not back the levy.", "they will not back the levy", "Ada Kone-Lind and Tom Ruiz"),
    # (... or on an opening clause's last noun, a common one)
    ("Although there is no such overlap with Pell's team, a city official who spoke anonymously to discuss "
     "internal strategy said Wednesday, \"Certainly there are discussions.\"", "Certainly there are discussions",
     "city official"),
])
def test_a_subject_after_an_opening_phrase_speaks_not_the_phrase(text, quote, speaker):
    assert one(text, quote).speaker == speaker


def test_a_name_the_parse_made_the_opening_phrases_last_noun_speaks():
    # (the parse hangs "the iPad" on "Kone" and "Kone" on "of", and leaves "speculated" without a subject)
    c = one("Shortly following the release of the iPad, Harbour Air chief executive Ada Kone speculated that the iPad "
            "may replace seat-back screens.", "may replace")
    assert (c.speaker, c.quote) == ("Ada Kone", "the iPad may replace seat-back screens")


def test_the_shares_a_poll_reports_are_the_polls_findings():
    c = one("According to the Ostby Herald survey, 51 percent of respondents said they would vote for Kone, versus 39 "
            "percent for Pell.", "would vote for Kone")
    assert c.speaker == "Ostby Herald"


def test_a_name_before_the_description_after_an_opening_phrase_speaks():
    c = one("In a message to Kone, Tanvi, head of the Ostby Port Authority, recounted that she had been seated next "
            "to Pell.", "seated next to Pell")
    assert c.speaker == "Tanvi"


@pytest.mark.parametrize("text, quote, speaker", [
    # a leading perfect participle speaks for the sentence's subject
    ("Having announced that the levy would not rise, Mayor Ada Kone left the chamber.", "the levy would not rise",
     "Ada Kone"),
    ("Having said that the port will reopen in May, the harbour master took questions.", "the port will reopen in May",
     "harbour master"),
    # a quotation after a participle of writing is the subject's
    ('Ada Kone offered a retort, tweeting at him, "you are a loser and you will lose in May."',
     "you are a loser and you will lose in May", "Ada Kone"),
    ("Tom Pell shared the news on Friday, writing “the levy will go to a vote in May.”",
     "the levy will go to a vote in May", "Tom Pell"),
    # who is quoted as saying something says it
    ("Ada Kone was quoted by the Herald as saying the port will reopen in May.", "the port will reopen in May", "Ada Kone"),
    ("Ada Kone, director of the Ostby port, was quoted as saying that the crash was probably weather related.",
     "the crash was probably weather related", "Ada Kone"),
    # ... also when the words come first: the clause before the one quoted (the parse hangs it on
    # "quoted", reads its verb as the passive's auxiliary, or joins "quoted" to it)
    ('"The ferry will sail again in May," Ada Kone is quoted as saying.', "The ferry will sail again in May", "Ada Kone"),
    ('The cause of the crash was "probably weather related", Ada Kone, director of the port, was quoted as saying '
     'by the Herald.', 'The cause of the crash was "probably weather related"', "Ada Kone"),
    ('"We will not see the ferry sail again", one skipper was quoted as saying to the Ostby Herald.',
     "We will not see the ferry sail again", "skipper"),
    # (not a clause joined before, unset off: the reporter's own)
    ("The port will close in May and Ada Kone was quoted as saying nothing about it.",
     "Ada Kone was quoted as saying nothing about it", "Ada Kone"),
])
def test_participles_of_saying_speak_for_the_subject_they_hang_on(text, quote, speaker):
    c = one(text, quote)
    assert (c.quote, c.speaker) == (quote, speaker)


def test_a_trailing_perfect_participle_of_no_clause_is_no_cue():
    # ("having campaigned with Pell": a deed, not what the subject says)
    c = one("Ada Kone will appear at the rally on Thursday, having campaigned with Tom Pell last week.", "will appear")
    assert c.speaker is None


def test_a_place_ending_the_opening_phrase_is_not_the_subject():
    # the misparse itself, built by hand: "went" given two subjects, the place that ends the opening
    # phrase ("Speaking in Ostby, Harbour County,") and Kone; the one next to the verb is its subject
    from spacy.tokens import Doc

    from claimledger.extraction.speech import find_cues
    words = "Speaking in Ostby , Harbour County , Kone went after Pell , calling him a liar .".split()
    heads = [8, 0, 1, 8, 5, 8, 8, 8, 8, 8, 9, 8, 8, 12, 15, 12, 8]
    deps = ["advcl", "prep", "pobj", "punct", "compound", "nsubj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct",
            "advcl", "dobj", "det", "oprd", "punct"]
    tags = ["VBG", "IN", "NNP", ",", "NNP", "NNP", ",", "NNP", "VBD", "IN", "NNP", ",", "VBG", "PRP", "DT", "NN", "."]
    doc = Doc(parse.load().vocab, words=words, spaces=[w not in (",", ".") and nxt not in (",", ".")
                                                       for w, nxt in zip(words, words[1:] + [""])],
              heads=heads, deps=deps, tags=tags)
    chosen, _ = find_cues(doc.text, doc)
    assert chosen is not None and doc.text[chosen.np[0]:chosen.np[1]] == "Kone"


def test_a_closing_report_speaks_for_a_clause_whose_verb_says_nothing():
    # ("maintained support": kept, not asserted; the Herald found it)
    c = one("In contrast, Kone has maintained support among older voters and those with a degree, the Herald found.",
            "older voters")
    assert c.speaker == "Herald"


def test_a_clause_a_noun_of_saying_holds_is_no_cue_of_its_own():
    # the misparse itself, built by hand: "accusations that Pell recites ..." read as a relative clause
    from spacy.tokens import Doc

    from claimledger.extraction.speech import find_cues
    words = "Kone repeated accusations that Pell recites the same points .".split()
    heads = [1, 1, 1, 5, 5, 2, 8, 8, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "relcl", "det", "amod", "dobj", "punct"]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "VBZ", "DT", "JJ", "NNS", "."]
    doc = Doc(parse.load().vocab, words=words, spaces=[True] * 8 + [False, False], heads=heads, deps=deps, tags=tags)
    chosen, pool = find_cues(doc.text, doc)
    assert all(doc.text[c.np[0]:c.np[1]] != "Pell" for c in pool)


@pytest.mark.parametrize("text", [
    "The tone of the mayor's speech echoed the dark themes of the 1968 campaign.",
    "The vote in Ostby underscored the deep divide between the two parties.",
    "The applause from the audience and the praise people poured online reaffirmed the power of the platform.",
])
def test_a_thing_that_echoes_or_underscores_says_nothing(text):
    assert all(c.speaker is None for c in claims.extract(text, PUB))


def test_a_person_who_echoes_speaks():
    assert [c.speaker for c in claims.extract("Ada Kone echoed the dark themes of the 1968 campaign.", PUB)] == ["Ada Kone"]


def test_the_clause_before_a_colon_quotation_is_not_a_leading_as_clause():
    # ("As the crowd cheered ...": the clause of the colon is Pell's, after it)
    got = claims.extract('As the crowd cheered Kone in Ostby, Tom Pell leaned over to her: "They are still with you '
                         'and they will vote."', PUB)
    assert [(c.quote, c.speaker) for c in got] == [("They are still with you", "Tom Pell"), ("they will vote", "Tom Pell")]


@pytest.mark.parametrize("text, speaker", [
    ('"Everything you have said has overlapped," the judge exclaimed.', "judge"),
    ("The audience gathered in the East Room followed him by softly echoing “too many.”", "audience"),
])
def test_exclaiming_and_an_audience_echoing_words_speak(text, speaker):
    assert [c.speaker for c in claims.extract(text, PUB)] == [speaker]


def test_a_plural_noun_after_an_adjective_is_no_verb_of_saying():
    # ("Initial estimates put ...": estimates that put a figure, not "Initial" who estimates)
    got = claims.extract("Initial estimates put the total number of emails in the account at 55,000 pages.", PUB)
    assert [c.speaker for c in got] == [None]


def test_hoping_to_do_something_keeps_who_hopes_in_the_claim():
    c = one("Some close allies of the mayor are hoping to see her focus on the harbour when she takes on Pell.", "hoping")
    assert (c.quote, c.speaker) == ("Some close allies of the mayor are hoping to see her focus on the harbour when she "
                                    "takes on Pell", "close allies of the mayor")


@pytest.mark.parametrize("text, speaker", [
    ('The detainees are deemed a "threat to national security" by the Ostby Home Office.', "Ostby Home Office"),
    ("State police have been accused of hindering attempts by private citizens to rescue people.", None),
])
def test_the_agent_of_a_passive_verb_of_saying_the_parse_hung_on_its_object(text, speaker):
    assert [c.speaker for c in claims.extract(text, PUB)] == [speaker]


def test_what_a_thing_is_justified_or_read_as_saying_has_no_such_speaker():
    got = claims.extract("The levy is often justified by arguing that the harbour is incompatible with modern trade.", PUB)
    assert all(c.speaker != "levy" for c in got)


def test_left_feeling_that_is_the_feelings_of_those_left_so():
    text = "The dissolution of the alliance also left many voters feeling that they faced no threat."
    c = claims.extract(text, date(2021, 7, 6))[-1]
    assert c.quote == "they faced no threat" and c.speaker_mention == "many voters"


def test_an_initialism_keeps_its_last_stop_as_a_speaker():
    c = claims.extract("Many E.U. nations said that the port would close.", date(2021, 7, 6))[0]
    assert c.speaker == "E.U."


@pytest.mark.parametrize("text, speaker, quote", [
    # a light verb and its noun of saying as the infinitive of the sentence's verb
    ("Pell tried on Tuesday to make the case that this was a few bad apples.", "Pell", "this was a few bad apples"),
    # (not an endorsement not made, nor how a group seemed to the reporter)
    ("Gore remains one of the last party leaders not to make a formal endorsement of Kone.", None, None),
    ("Voters leaving the hall did not seem to be worried about the levy.", None, None),
])
def test_a_light_verb_cue_in_an_infinitive(text, speaker, quote):
    found = claims.extract(text, date(2021, 7, 6))
    assert [c.speaker for c in found if c.speaker is not None] == ([speaker] if speaker else [])
    assert quote is None or found[-1].quote == quote


@pytest.mark.parametrize("text, speaker, quote", [
    # "charges that": the speaker's charge, even where the tagger reads a noun ("Trump charges")
    ("Trump charges that countries that stand to benefit from the deal donated millions to the Kone Fund.", "Trump",
     None),
    # (a noun of charges, or a charge laid by a court, says nothing)
    ("Kone faces charges that she lied to the council in May.", None, None),
    ("Kone was charged with lying to the council in May.", None, None),
    # a stance adjective after a linking verb other than "be", with its that-clause
    ("Tom Pell seemed sure that the reforms would last.", "Tom Pell", "the reforms would last"),
    ("Before the storm, Ada Kone appeared hopeful that the port could reopen in May.", "Ada Kone", None),
    ("Kone became convinced that the levy would pass.", "Kone", None),
    # (how someone seems to the reporter is the reporter's: "seemed certain to leave")
    ("Before Pell left, Ms. Kone seemed certain to leave the council in May.", None, None),
    # "a call for X to ...": the noun of saying with its for-clause
    ("President Tom Pell sounded a call for the council to accept more refugees on Monday.", "Tom Pell", None),
    # "led X to expect Y": X expects it, also with an object rather than a clause
    ("The delay led investors to expect a rate cut in May.", "investors", None),
    # (what the subject was made to do says nothing: "forced the council to respond")
    ("The delay forced the council to respond in May.", None, None),
    # a noun of saying with its that-clause after "in" / "with": the subject's
    ("Democrats also persisted in arguments that the panel is trying to second-guess the court.", "Democrats",
     "the panel is trying to second-guess the court"),
    ("Kone entered the debate with an even more forceful argument that the race is now a two-man contest.", "Kone",
     "the race is now a two-man contest"),
    # (a document dealing with claims, or someone else's claim, is not the subject's)
    ("The report dealt with claims that the port would close.", None, None),
    ("Pell persisted in Kone's claim that the port would close.", "Kone", "the port would close"),
])
def test_the_last_claims_speaker(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def _last_claim(text: str, quote: str | None) -> tuple[str | None, str | None]:
    """The speaker of a text's last claim, and its quote when the case names one (None, None: no claim)."""
    found = claims.extract(text, date(2021, 7, 6))
    return (found[-1].speaker, found[-1].quote if quote is not None else None) if found else (None, None)


@pytest.mark.parametrize("text, speaker, quote", [
    # "fired back that", "shot back:": a retort, its clause or quotation the speaker's words
    ("Kone fired back that the people of Ohio had voted for her twice.", "Kone", "the people of Ohio had voted for her twice"),
    ("Ada Kone shot back that the report was wrong.", "Ada Kone", "the report was wrong"),
    ("Mensah fired back at Kone over the state's credit rating being cut nine times.", "Mensah", None),
    # (the same words as an act: "the officers fired back at the gunmen")
    ("The officers shot back at the gunmen near the harbour.", None, None),
    # "..., with X calling Y a Z", "with X calling for ...": X's words, as "with X saying ..." is
    ("Democratic candidates went further, with former Maryland Gov. Paul Mensah calling Kone a fascist.",
     "Paul Mensah", "former Maryland Gov. Paul Mensah calling Kone a fascist"),
    ("The biggest difference is on immigration, with Kone calling for a ban on visitors.", "Kone", None),
    # (what X is doing at the time says nothing: "with Kone speaking to a packed house")
    ("With Kone speaking to a packed house at the university, the debate turned to the port.", None, None),
    # a plural role before two names: the two, by name ("former Mexican presidents": not Mexico)
    ("Former Mexican presidents Paul Mensah and Ada Kone said the wall would never be built.", "Paul Mensah and Ada Kone",
     "the wall would never be built"),
    ("Democratic candidates Paul Mensah and Ada Kone have said the port would close.", "Paul Mensah and Ada Kone", None),
    # "They" after two persons named together: the two
    ("Paul Mensah and Ada Kone said the union was right. They also expressed support for a higher minimum wage.",
     "Paul Mensah and Ada Kone", "They also expressed support for a higher minimum wage"),
    # a name, then its verb, that the parse read as a noun with a participle ("Trump (called ...)")
    ("Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign for saying publicly that she "
     "feels he is unfit to be president.", "Donald Trump", None),
    # a circumstance "as X warns that ...": X's words, the main clause the reporter's
    ("The vote comes as Republicans continue to warn that the nuclear deal with Ostby was a dangerous mistake.",
     "Republicans", "the nuclear deal with Ostby was a dangerous mistake"),
    # (not "as he urges ...": the main clause's subject again, nor a meeting "as the meeting began vowing")
    ("Sen. Tom Kone is highlighting his Iowa win over Paul Pell as he urges conservatives to unite behind him.",
     "Tom Kone", None),
    # a name after the opening phrase, with a relative clause before its verb (the parse hangs it on the phrase)
    ("In her New Year speech, Kone, who has adopted one of the most open policies in Europe toward asylum seekers "
     "fleeing war in the Middle East, warned against the forces of hate once again brewing in the country.", "Kone", None),
    # "X's been arguing": "has", no possessor, in the speaker's name
    ("Kone's been arguing that the tax will rise.", "Kone", "the tax will rise"),
])
def test_retorts_with_clauses_and_named_pairs(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speaker, quote", [
    # people around a person, or for them, never speak for that person
    ("Ada Kone's longtime associates said she is not planning to run again.", "Ada Kone's longtime associates", None),
    ("A Kone supporter said the port would close.", "Kone supporter", None),
    ("One Pell donor said the levy would fail.", "Pell donor", None),
    ("Kone's inner circle believes the nominee has earned the right to set the terms.", "Kone's inner circle", None),
    ("Pell's niece said the race would be close.", "Pell's niece", None),
    # (one list for both readings: allies and a friend are no more the body or the name they go with)
    ("Some NATO allies said the plan would fail.", "NATO allies", None),
    ("Pell's former neighbor said the house had been sold in May.", "Pell's former neighbor", None),
    ("Tom Pell's wife told reporters that the campaign would go on.", "Tom Pell's wife", None),
    # a group and the members it includes: not the country an included body's name begins with
    ("Other major unions, including the American Federation of Teachers and the AFL-CIO, said the plan would fail.",
     "Other major unions, including the American Federation of Teachers and the AFL-CIO", None),
    # what something means is nobody's act: "assimilation meant embracing ..." (embracing is no stance here)
    ("For many voters, assimilation meant embracing both sides with equal gusto.", None, None),
    # a stance adjective of speaking out: "has been outspoken on", "vocal about"
    ("Mensah has been particularly outspoken on the issue of the port's debts.", "Mensah", None),
    ("Leading Democrats have become increasingly vocal about the need to unify the party.", "Democrats", None),
    # (a spokesman still speaks for the one he speaks for; a name in apposition is the speaker)
    ("A Kone spokesman said the port would close.", "Kone", None),
    ("State Sen. Tom Pell, another early Kone supporter, said the levy would fail.", "Tom Pell", None),
    # a quotation the parse made the subject of the verb after it: the quotation is what was said
    ('"Thanks for welcoming these refugees," said master of ceremonies Asab Tabchi.', "Asab Tabchi",
     "Thanks for welcoming these refugees"),
])
def test_who_speaks_for_a_person(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speaker, kind", [
    # "asked X to do Y": a request, the asker's stance, as "urged X to" is
    ("Kone asked the council to delay the vote.", "Kone", "position"),
    ("The RCMP are asking the public to take every precaution in the backcountry.", "RCMP", "position"),
    # ... and it stays the asker's when the request names someone who said something
    ("Eleven organizations are asking Ada Kone to repudiate the support of a retired general who suggested that the "
     "country should segregate radicals.", "Eleven organizations", "position"),
    # (a question is no request: "asked workers if they planned to attend")
    ("Kone shook hands and asked workers if they planned to attend the caucuses.", None, None),
    # the other verbs of saying that make a request with a hearer and an infinitive
    ("Kone told supporters to vote early.", "Kone", "position"),
    ("Sen. Ada Kone called on Gov. Tom Pell to resign over the water crisis.", "Ada Kone", "position"),
    ("The Kone campaign challenged Pell to debate her in Brooklyn on April 14.", "Kone campaign", "position"),
    ("Mr. Pell pleaded with them to reject his brand of politics.", "Pell", "position"),
    ("Kone's aides are pressuring Mr. Pell to run on issues.", "Kone's aides", "position"),
    ("Pell last week invited Ostby to dig up the missing emails.", "Pell", "position"),
    # (not a plea in court, attention called to something, or what someone was told to do)
    ("Pell pleaded guilty to making straw donations to several candidates.", None, None),
    ("The bank's policies have called more attention to the central bank.", None, None),
    ("Or you could do what a partner at his former firm told him to do with his money.", None, None),
])
def test_a_request_is_the_askers_stance(text, speaker, kind):
    found = [c for c in claims.extract(text, date(2021, 7, 6)) if c.kind.value == "position"]
    assert ([(c.speaker, c.kind.value) for c in found] == [(speaker, kind)]) if kind else not found


def test_a_subject_set_off_before_its_verb_is_no_claim_of_its_own():
    # "Kone, while being interviewed ..., advised X to ...": the verb's kind goes to the clause that holds it
    found = claims.extract("Ada Kone, while being interviewed on Monday, advised the council to delay the vote.",
                           date(2021, 7, 6))
    assert [(c.quote, c.kind.value) for c in found] == [("advised the council to delay the vote", "position")]


@pytest.mark.parametrize("text, speaker", [
    # a named possessor's promise, plan or pledge is the possessor's, not the sentence subject's
    ("Voters cheered Kone's pledge to cut taxes.", "Kone"),
    ("Kone's promise to build a wall along the border has alarmed Ostby.", "Kone"),
    # ("its plan": the subject's, as before; a lawsuit set to begin is no one's plan)
    ("The company unveiled its plan to cut 500 jobs.", "company"),
    ("Pell's lawsuit is set to begin in federal court in November.", None),
])
def test_whose_plan_a_possessor_names(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker, quote", [
    # "X's argument is that ...", "One of X's talking points is that ...": the clause is the possessor's
    ("Kone's central argument throughout the long campaign was that the tax would cut jobs.", "Kone",
     "the tax would cut jobs"),
    ("One of Pell's main talking points during his rallies is that as governor he would stop the outflow of jobs.",
     "Pell", "as governor he would stop the outflow of jobs"),
    ("Mayor Ada Kone spoke on Monday. Her argument is that the levy would cut jobs.", "Ada Kone", "the levy would cut jobs"),
    # (a problem with a plan is nobody's argument)
    ("The problem with Kone's plan is that the levy would cut jobs.", None,
     "The problem with Kone's plan is that the levy would cut jobs"),
    # a time phrase between the noun and its clause: "his prediction a year ago that ..."
    ("Kone's prediction a year ago that the port would close proved wrong.", "Kone", "the port would close"),
])
def test_what_a_possessors_argument_is(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_a_verb_joined_after_an_infinitive_has_the_first_verbs_subject():
    # "X went after Y for following Z's refusal to use the term and called for her to quit": "called"
    # joins "went" (the parse hangs it on "use"); the clause before it is the reporter's
    found = claims.extract("Likewise, Kone went after Ada Pell for following Ostby's refusal to use the term as well "
                           "and called for her to quit her bid for governor.", date(2021, 7, 6))
    assert [(c.speaker, c.kind.value) for c in found] == [(None, "fact"), ("Kone", "position")]
    assert found[1].quote == "called for her to quit her bid for governor"


@pytest.mark.parametrize("text, expected", [
    # the clause before a joined request is the reporter's, not the requester's words
    ("Kone went to the plant in Ohio and called for the mayor to quit.",
     [(None, "Kone went to the plant in Ohio"), ("Kone", "called for the mayor to quit")]),
    # "cast / paint / frame / depict X as Y": the subject's view of X, with what X is cast as
    ("Sen. Ada Kone has cast former governor Tom Pell as unqualified and accused him of making racist remarks.",
     [("Ada Kone", "Sen. Ada Kone has cast former governor Tom Pell as unqualified"),
      ("Ada Kone", "accused him of making racist remarks")]),
    ("Kone sees the plan as a mistake and accused Pell of lying about it.",
     [("Kone", "Kone sees the plan as a mistake"), ("Kone", "accused Pell of lying about it")]),
    ("Democrats also framed gun control as an issue that is directly linked to national security.",
     [("Democrats", "Democrats also framed gun control as an issue that is directly linked to national security")]),
    # (a vote cast, a house painted, a vote cast by someone: no view)
    ("Mayor Ada Kone cast her vote for the bill.", []),
    ("Kone painted the house red.", []),
    ("On Monday, hundreds of delegates cast their votes for other candidates as questions nag the campaign.", []),
    ("The deciding vote could well be cast by Justice Kone's replacement in the spring of 2022.",
     [(None, "The deciding vote could well be cast by Justice Kone's replacement in the spring of 2022")]),
])
def test_joined_clauses_and_views_cast_as(text, expected):
    assert [(c.speaker, c.quote) for c in claims.extract(text, date(2021, 7, 6))] == expected


def test_a_place_that_qualifies_a_title_is_nobody_a_pronoun_stands_for():
    # "Dan Fishman, the campaign's New England director, ... he said": Fishman, not New England
    found = claims.extract("Dan Fishman, the campaign's 48-year-old New England director, has walked away from each "
                           "rally with new sign-ups. \"It's getting easier and easier to train people,\" he said.",
                           date(2021, 7, 6))
    assert found[-1].speaker == "Dan Fishman"
    # (a name after a possessor with no title after it is still a person: "The campaign's Ada Kone spoke")
    found = claims.extract("The campaign's Ada Kone spoke first. \"We will win,\" she said.", date(2021, 7, 6))
    assert found[-1].speaker == "Ada Kone"


def test_a_stat_of_the_week_is_a_heading_not_a_speaker():
    found = claims.extract("STAT OF THE WEEK: Paintings portraying the founder as a saint should be removed from "
                           "the museum walls.", date(2021, 7, 6))
    # (the heading is no part of the sentence, which then reads as without it: the reporter's own judgement)
    assert all(c.speaker is None for c in found) and [c.quote for c in found] == [
        c.quote for c in claims.extract("Paintings portraying the founder as a saint should be removed from the "
                                        "museum walls.", date(2021, 7, 6))]


@pytest.mark.parametrize("text, speaker, quote", [
    # a cue joined to the verb of a relative clause on a person: the person the clause hangs on
    ("The approach has won over Mayor Ada Kone, who came out and endorsed Pell during a conference call on Tuesday.",
     "Ada Kone", "Mayor Ada Kone, who came out and endorsed Pell during a conference call on Tuesday"),
])
def test_a_cue_joined_in_a_relative_clause(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_a_cue_in_a_relative_clause_keeps_its_claim_beside_a_joined_one():
    # "who endorsed X in May and said ...": the endorsement is still the endorser's
    found = claims.extract("Mensah, who endorsed Kone in late May and said he would probably campaign with her, "
                           "did not show up.", date(2021, 7, 6))
    assert [(c.speaker, c.quote) for c in found] == [("Mensah", "Mensah, who endorsed Kone in late May"),
                                                      ("Mensah", "he would probably campaign with her")]


def test_a_conference_call_on_a_day_is_no_call_on_anyone():
    found = claims.extract("Mayor Ada Kone endorsed Pell during a conference call on Tuesday.", date(2021, 7, 6))
    assert [(c.speaker, c.kind.value) for c in found] == [("Ada Kone", "fact")]


def test_who_may_or_may_not_pledge_makes_no_promise():
    found = claims.extract("Kone, meanwhile, has 19 pledged delegates who may or may not pledge their support for Pell "
                           "at the August convention.", date(2021, 7, 6))
    assert [(c.speaker, c.kind.value) for c in found] == [(None, "prediction")]


@pytest.mark.parametrize("text, speaker", [
    # an unnamed source speaks for no body it does not name (not the last one heard)
    ("The Norland Herald said the mayor was ill. A source familiar with her thinking said the mayor would resign.",
     "source familiar with her thinking"),
    ("The Norland Herald said the mayor was ill. The source said the mayor would resign.", "source"),
    # (a source at a named body still speaks for it)
    ("The ministry said the port would close. A source at the ministry said the workers would be paid.", "ministry"),
])
def test_an_unnamed_source_is_nobodys_voice(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker, quote", [
    # "pivoted to arguing that", "took the last step of announcing that": the subject's words
    ("Kone pivoted to arguing that the epidemic was one more reason to secure the border.", "Kone",
     "the epidemic was one more reason to secure the border"),
    ("Attorney General Ada Kone took the official last step Wednesday of announcing that the department would not "
     "prosecute Pell.", "Ada Kone", "the department would not prosecute Pell"),
    # (not "cleared Pell of claiming that ...": Pell's claim, not the court's)
    ("The court cleared Pell of claiming that the vote was rigged.", None,
     "The court cleared Pell of claiming that the vote was rigged"),
])
def test_a_gerund_of_saying_after_to_or_of(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_the_one_after_an_inverted_said_the_parse_took_for_its_object():
    found = claims.extract("He also had a voice in decisions about major investments in Norland, said a former spokesman "
                           "for Norland's Foreign Ministry, Oleg Voloshyn.", date(2021, 7, 6))
    assert [(c.speaker, c.quote) for c in found] == [
        ("Oleg Voloshyn", "He also had a voice in decisions about major investments in Norland")]


@pytest.mark.parametrize("text, speaker", [
    # what points or threatens without saying anything: no speaker
    ("All signs pointed to Kone endorsing Pell on Thursday.", None),
    ("Workers struck as technology threatens to change the industry ever more quickly.", None),
    ("The decision, concerning how many gallons must be blended into the fuel supply, threatens to create a rift.", None),
    # (people and bodies still point and threaten)
    ("Other defenders pointed to previous examples of plagiarism in political speech.", "defenders"),
    ("The Kone campaign threatened to sue the paper.", "Kone campaign"),
    ("Miners threatened to strike in May.", "Miners"),
    # a share of people keeps its number: "Two in three say ..." (was "in three")
    ("Two in three say they are less likely to vote for Pell in November.", "Two in three"),
    ("One out of every nine students has reported use of the drug.", "One out of every nine students"),
])
def test_things_that_point_or_threaten_and_shares_that_say(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("name, speakable", [
    # a phrase cut from a longer one, or a season, is no one's name
    ("and National", None), ("than waterboarding", None), ("on Twitter", None), ("this summer", None),
    ("whose political arm", None),
    # (shares and seasons' names keep theirs)
    ("about 4 in 10", "about 4 in 10"), ("at least half of voters", "at least half of voters"), ("Spring", "Spring"),
])
def test_a_cut_phrase_is_no_speaker(name, speakable):
    from claimledger.extraction.names import speakable as check
    assert check(name) == speakable


@pytest.mark.parametrize("text, speaker, quote", [
    # "A Norpoll survey found last week that ...": the parse reads "found" as a participle on the noun;
    # a "that" clause makes it the sentence's verb
    ("A Norpoll survey found last week that Kone would beat Pell 46 to 40 percent.", "Norpoll", None),
    # (a participle with no clause of its own stays one: the survey is the subject of "showed")
    ("A Norpoll survey conducted last week showed Kone ahead.", None, None),
])
def test_a_verb_read_as_a_participle_before_that(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speakers", [
    # a line that is only who and a verb of saying gives the quotation after it its speaker
    ('"That is what the council is for," Pell said.\nKone disagreed.\n"Leadership is about the future."',
     ["Pell", "Kone"]),
    ('"The vote was close," said Tom Pell, a pollster.\n\nNorland State University\'s Ada Kone agreed. '
     '"Voters are running out of time."', ["Tom Pell", "Ada Kone"]),
    # (a line of what someone did is no such line: the quotation stays with who was quoted before)
    ('"That is what the council is for," Pell said.\nThe crowd cheered.\n"Leadership is about the future."',
     ["Pell", "Pell"]),
    ('"That is what the council is for," Pell said.\nMensah was asked.\n"Leadership is about the future."',
     ["Pell", "Pell"]),
])
def test_a_bare_line_of_saying_before_a_quotation(text, speakers):
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))] == speakers


@pytest.mark.parametrize("mention, name, org", [
    # a body's person by name, when the body's own name has a body's word in it
    ("Norland State University's Ada Kone", "Ada Kone", "Norland State University"),
    ("the Zionist Union Party\u2019s Tom Pell", "Tom Pell", "Zionist Union Party"),
    # (a body's part stays a body)
    ("Norland University's Law School", None, "Norland University's Law School"),
])
def test_a_bodys_person_by_name(mention, name, org):
    from claimledger.extraction.mentions import parse_mention
    m = parse_mention(mention)
    assert (m.name, m.org) == (name, org)


@pytest.mark.parametrize("first, speaker", [
    # "the former minister" is the sentence's subject before it, though someone else is named in that
    # sentence, when the text gives that one another office
    ("Tom Pell, the Norland senator, criticised the plan.", "Ada Kone"),
    # (someone named since who could be the former minister: no one)
    ("Tom Pell criticised the plan.", "former minister"),
])
def test_an_epithet_past_someone_of_another_office(first, speaker):
    text = (first + " Ada Kone is choosing not to answer Pell's attacks on her record. Instead, the former "
            "minister is sticking to her message, hoping to hold her lead.")
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a day's or a month's possessive before a poll's owner is when, not who
    ("Kone led Pell on most questions, according to Sunday's Norpoll survey.", "Norpoll"),
    ("Kone led Pell on most questions, according to May's Norland Times poll.", "Norland Times"),
    # (a body with no document after it keeps the name as written)
    ("May's Conservative Party said the vote would be close.", "May's Conservative Party"),
    # "X, who served as ..., called Y's statements 'childish'": the parse hangs "called" on the relative
    # clause's last noun as a participle; it is the sentence's verb, and X its subject
    ('Tom Stevens, who served as Ada Kone\'s chief strategist during the 2012 campaign, called Pell\'s '
     'statements and actions on Sunday "childish."', "Tom Stevens"),
    ("Tom Stevens, who served as Ada Kone's chief strategist during the 2012 campaign, called Pell's "
     "statements and actions a disgrace.", "Tom Stevens"),
    # a name ending in "-ing" that the tagger reads as a gerund is still the subject that speaks
    ("Ebeling reminisced about her days with Kone, and said their views were both changed by the war.", "Ebeling"),
    # "pitched seven innings" is a game, not a pitch of an idea
    ("Kone pitched seven innings, and the Reds won, 4-2.", None),
    ("Kone pitched a perfect 9th for the save.", None),
    ("Kone pitched a perfect ninth for the save.", None),
    ("Kone pitched her plan to voters in Ohio.", "Kone"),
    # verbs of saying that are acts with some objects: no speaker for what was done
    ("Militants attacked a children's festival at a school in Norvik.", None),
    ("Officials are recounting a sample of the votes from last month's election.", None),
    ("The Norvik Week festival concluded on Saturday night, after a performance by a comedian.", None),
    # (words said: the speaker stays)
    ("Kone attacked Pell's record on taxes.", "Kone"),
    ("Kone recounted her story to the court.", "Kone"),
    ("But to hit its long-term target, the advisory panel concluded, the tax must start increasing again in 2018.",
     "advisory panel"),
    ("Kone concluded by making it clear to the judge that a prison sentence would be unusual.", "Kone"),
    ("Hackers attacked the agency's website in 2008, taking it off-line for two days.", None),
    ("A passerby pushed a woman off the platform.", None),
    ("He added other forms of debris and trash to the pile.", None),
    ("Kone, who added to her delegate lead on Tuesday, spoke in Ohio.", None),
    ("The spokesperson added those with serious injuries have been taken to hospital.", "spokesperson"),
    ('Pell praised her, adding, "Kone is overwhelmingly qualified to lead."', "Pell"),
    ("Kone added a note of caution about the plan.", "Kone"),
    ("The 400-pound bear attacked the family near the lake.", None),
    ("Forty parties are contesting the elections, and 23 million people are registered to vote.", None),
    ("Kone was hurt in an attack that could have claimed her life.", None),
    ("The Norvik Bears said the game would go ahead.", "Norvik Bears"),
    ("The hall echoed with the strains of the anthem, and the crowd was on its feet.", None),
    ("Kone spoke Hebrew at the dinner, and the guests were on their feet.", None),
    ("A share of voters say they are unsure, Pell added.", "Pell"),
    # "as X threatens to ...", "as she spoke to accept ...": a circumstance, no one cited for the main clause
    ("But as technology threatens to change the industry ever more quickly, the agreement may merely reset the clock.",
     None),
    # (not "As Western Journalism reported, ...")
    ("As the Norland Herald reported, the plant will close in May.", "Norland Herald"),
    # a call on the telephone is no name given (not "called the police heroes")
    ("She and her family immediately called the navy, and the sighting was confirmed.", None),
    ("Kone called the police heroes.", "Kone"),
    # a gerund on a verb that completes another: the subject of the one it completes
    ("Dobner keeps visiting Pell's office begging him to stop his hold.", "Dobner"),
    # (not an infinitive of purpose: "to show how ..." is no one's statement)
    ("States would still have to break out testing data to show how poor students are performing.", None),
    # a thing that "promised to be" promised nothing (the surface patterns' cue had made "debate" a speaker) ...
    ("The debate promised to be a crucial moment for Tom Pell, the retired surgeon.", None),
    # ... as one who can promise did
    ("The mayor promised to be a voice for the harbour.", "mayor"),
    # a role word after a given name is a surname: "Mary Pope" is no pope of "Mary"
    ("\u201cThe harbour levy will have to rise,\u201d said Mary Pope, an adviser to the Ostby board.", "Mary Pope"),
])
def test_the_speaker_of_a_sentence(text, speaker):
    """Misreadings of who speaks, one sentence each (the last claim's speaker; None: no one)."""
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # one person's two roles after one article: the whole phrase, read by its first role, and the
    # person just heard (the quotation's last sentences are Kone's too); the party is given to no one
    ('"We are not winning," Ada Kone said on Sunday. "I think that is what we will hear from the president. And '
     'there are more steps we have to take." The Democratic front-runner and former secretary of state said the '
     'country clearly needed a stronger air campaign.', "Ada Kone"),
    # "front-runner" is a role: "the front-runner" after "Democratic front-runner Ada Kone"
    ("Democratic front-runner Ada Kone said on Sunday that she will win. The front-runner said the country needed "
     "a new plan.", "Ada Kone"),
    # (a stance heard is heard: "wants to see" is Kone's, so "she" is Kone, not the description)
    ("Ada Kone wants to see the port become a city. The Democratic front-runner wrote that the district is often "
     "neglected. She promised to fight for statehood if elected.", "Ada Kone"),
    # (a party the text gives someone else: not the one just heard)
    ('Republican Tom Pell said on Sunday that he would win. "We are ahead of everyone," he said. The Democratic '
     'front-runner said the country needed a new plan.', "Democratic front-runner"),
    # (a party given to no one, and the one the sentences are about was not heard: no guess)
    ('Ada Kone called on Mayor Tom Pell to restart the program. Pell disbanded the unit in April. "There is hatred '
     'like nobody has ever seen," the Republican presidential candidate said.', "Republican presidential candidate"),
    # (a body's name with "and" in it is no two roles)
    ("A spokesperson for the Parks and Recreation Department said the department would follow City Hall.",
     "Parks and Recreation Department"),
    # "former" before the place a title is of: "Former Ostby Gov. Tom Pell" is "the former governor"
    ("Former Ostby Gov. Tom Pell endorsed Ada Kone on Sunday. \u201cShe is the most consistent conservative,\u201d "
     "Pell said. The former three-term governor said that Kone would work well with the assembly.", "Tom Pell"),
    # (not a title before it that was never former: "Gov. Ivo Vane")
    ("Former Ostby Mayor Tom Pell spoke. Gov. Ivo Vane spoke too. The former governor said the port will close.",
     "former governor"),
    # a stance or a standing, no office: the person the story is about, whatever office the text gives her
    ("Sen. Ada Kone visited Ostby on Saturday, holding a rally that drew 5,000 people. The self-described "
     "democratic socialist said she would win the primary if turnout were high.", "Ada Kone"),
    ("In fact, Tom Pell is not even in Ostby. Instead, the political novice said the race will be close.", "Tom Pell"),
    ("Ivo Rask, the Norburg Party's nominee, told supporters that he would win. The real-estate developer said he "
     "would impose a tariff on imports.", "Ivo Rask"),
    ("Ivo Rask, the Norburg Party's nominee, spoke in Ostby on Tuesday. The incumbent said he would win.", "Ivo Rask"),
    # (someone named in a "who" clause on the subject is no one the story turns to)
    ("Former Democratic candidate Tom Pell, who on Tuesday endorsed Ada Kone, said Wednesday he agrees with the "
     "ruling. The Vermont senator said the record is quite clear.", "Tom Pell"),
    # "she and others": the one just heard, with the others (not "Democrats" as one person, nor "He and
    # Committee" as a body) ...
    ("Ada Kone did well in the debate. But at key moments, she appeared to step on her own momentum. First, she and "
     "other Democrats on the stage refused to say the words. Then she invoked the attacks to defend herself.",
     "Ada Kone"),
    ('"The port will close," Tom Pell said. He and Committee Chairman Ivo Vane both said the levy will rise.',
     "Tom Pell and Ivo Vane"),
    # ... not someone else named, when the pronoun may stand for someone never named
    ("Tom Pell grabbed the arm of a reporter as she tried to ask Ada Kone about the levy, she and another reporter "
     "said.", "she and another reporter"),
])
def test_a_description_stands_for_the_person_heard(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_a_heading_line_is_no_part_of_a_name():
    text = ("Norland\nNorland Islamists marched through Rafah on Friday.\n\nBefore the march, the Islamists issued "
            "warnings about the festival.")
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6)) if c.speaker] == ["Norland Islamists"]


def test_a_circumstance_with_as_cites_no_one():
    # "As she spoke to accept ...": what she spoke is not the main clause (was Kone's)
    text = ("Ada Kone flew to Ohio. As she spoke to accept her party's nomination, Kone became the first candidate "
            "to buy a promoted trend.")
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6)) if c.speaker] == []


def test_a_dash_line_after_a_quotation_names_its_source():
    # a fact-check's form: the claim quoted in a paragraph of its own, then a line with a dash and who
    text = ('Not every statement could be checked.\n\n"Almost all new income and wealth is going to the top 1 '
            'percent."\n\n- Ada Kone.\n\nThe senator is relying on an outdated statistic.\n\n"The port will close in '
            'May, and the levy will rise."\n\n-Mayor Tom Pell, speaking after the vote.')
    found = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert found["Almost all new income and wealth is going to the top 1 percent"] == "Ada Kone"
    assert found["The port will close in May"] == found["the levy will rise"] == "Tom Pell"
    # ... not a byline under the reporter's own paragraph, nor a list item
    text = ("Before the hearing, the committee interviewed aides.\n\n- Ada Kone.\n\nThe plan has three parts:\n\n"
            "\u2014 Reduce the levy on small businesses.")
    assert all(c.speaker is None for c in claims.extract(text, date(2021, 7, 6)))


def test_a_name_inside_a_quotation_is_not_whom_a_pronoun_outside_it_stands_for():
    text = ('Sen. Ada Feinstein spoke last week. Asked Tuesday about Sullivan, Feinstein said "I do not know anything '
            'about Jake Sullivan and the emails," she said.')
    assert _last_claim(text, None) == ("Ada Feinstein", None)  # (was Jake Sullivan)


@pytest.mark.parametrize("text, speaker", [
    # two persons joined, each with a title: both, each by the full name the article gave them (the
    # title after "and" had been read as a role of the whole, and only the second person was left)
    ("Sen. Ivo Rubel spoke. On Sunday, Mr. Rubel and Senator Tom Pell urged the party to unite around their "
     "campaigns.", "Ivo Rubel and Tom Pell"),
    ("Sen. Ivo Rubel and Sen. Tom Pell spoke. Senators Rubel and Pell said the port will close.",
     "Ivo Rubel and Tom Pell"),
    # (a "he" after them is one of them, never the two)
    ('Todd Wilcox spoke. Carlos Beruff spoke. Wilcox and Beruff said the department is not needed. "I am not that '
     'cynical," he said.', "Carlos Beruff"),
])
def test_two_persons_joined_speak_together(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker, quote", [
    # a quotation closed after its last words ends there, whatever the parse hangs on it
    ('Kone joked, "You are being ridiculous," drawing jeers from the hall.', "Kone", "You are being ridiculous"),
    # a description and a name set off by commas before the verb, after an opening participle
    ("Addressing the committee, the campaign chief, Tom Pell, suggested that the party would lose.", "Tom Pell",
     "the party would lose"),
    # a possessor's assertion with adjectives between; a light verb and "suggestion"
    ("Pell's recent evidence-free assertion that thousands of people celebrated the attack drew criticism.", "Pell",
     "thousands of people celebrated the attack"),
    ("Ivo Vane spoke on Monday. He made the suggestion that Pell should receive only false information.", "Ivo Vane",
     "Pell should receive only false information"),
    # a belief adjective with a time before its clause; what was made plain, the clause alone
    ("Kone's allies were hopeful Tuesday that the problems would be forgotten.", "Kone's allies",
     "the problems would be forgotten"),
    ("Mayor Pell made clear over the weekend that the port would close.", "Pell", "the port would close"),
    ("Pell made it clear that the port would close.", "Pell", "the port would close"),
    # (a result clause is no belief; rejected assertions and somebody else's suggestion are not theirs)
    ("Other Democrats are concerned enough that they have begun looking to drive up turnout.", "Democrats",
     "Other Democrats are concerned enough that they have begun looking to drive up turnout"),
    ("Kone and co-host Ada Pell have forcefully struck down assertions that their show has favored Vane.", None, None),
    ("Some Democrats would take issue with the suggestion that the divisions are less clear than before.", None, None),
])
def test_clauses_of_belief_and_assertion_and_where_a_quotation_ends(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_a_team_named_for_a_person_is_not_that_person():
    text = ("Ada Pell spoke in Ohio. Team Pell's claim that he ran well in Iowa because voters there are white "
            "is wrong. Pell said the state would vote for her.")
    assert _last_claim(text, None) == ("Ada Pell", None)  # (was "Team Pell", its surname taken for hers)


@pytest.mark.parametrize("text, speaker, quote", [
    # a verb of saying joined to a passive speaks for the passive's subject, with a clause or a quotation
    ('Kone was joined on stage by Senator Vane and joked, "You are being ridiculous," drawing jeers.', "Kone",
     "You are being ridiculous"),
    ("Mayor Kone was angered by the deal and predicted that it would hurt the port.", "Kone", "it would hurt the port"),
    # (the quotation the parse read as the verb's object: its words, a clause of their own)
    ("Kone was joined on stage by Senator Al Vane and joked, \u201cOstby or Bust people, you\u2019re being "
     "ridiculous,\u201d drawing loud jeers.", "Kone", "Ostby or Bust people, you\u2019re being ridiculous"),
    # (a thing joined to a passive says nothing; a quoted phrase with no clause of its own stays in its sentence)
    ("The case was brought by Ada Kone in 2013 and seeks records about the port.", None, None),
    ('Andy Kone, the union president, is quoted as saying, "nothing more than a flimsy cover for union busting that '
     'we normally see from employers."', "Andy Kone", 'Andy Kone, the union president, is quoted as saying, "nothing '
     'more than a flimsy cover for union busting that we normally see from employers."'),
])
def test_words_joined_to_a_passive_and_a_quotation_read_as_an_object(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speaker, quote", [
    # verbs of finding out and "sniped", with a that-clause: the subject's
    ("Investigators discovered this month that four officials had taken bribes.", "Investigators",
     "four officials had taken bribes"),
    ("Walter Kone sniped that Pell was learning on the job.", "Walter Kone", "Pell was learning on the job"),
    ("Ostby News has learned that the mayor's campaign assembled a data team last year.", "Ostby News",
     "the mayor's campaign assembled a data team last year"),
    # (no one finds out; "that" as what was learned; an infinitive is no finding)
    ("Ada Pell passed three background checks, but none uncovered that she had posted about the plot.", None,
     "Ada Pell passed three background checks"),
    ("Ivo Kone learned to live with the noise of the port.", None, "Ivo Kone learned to live with the noise of the port"),
])
def test_verbs_of_finding_out_with_a_that_clause(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speaker", [
    # a body with no name speaks for itself, never for the person its clause is about
    ("The committee said that Ada Kone had moved the money.", "committee"),
    ("The agency said that Kone would close the port.", "agency"),
])
def test_a_body_described_is_not_the_person_it_speaks_of(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker, quote", [
    # "per X" at the end of a sentence is "according to X"
    ("She had been visiting her sister in Ostby, per KXOB News.", "KXOB News", "She had been visiting her sister in Ostby"),
    ("The port will close next year, per a statement from the council.", "council", "The port will close next year"),
    # (not a rate, nor a source set inside a clause of saying)
    ("The firm earned $2, per share.", None, "The firm earned $2, per share"),
])
def test_per_x_at_the_end_names_the_source(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


@pytest.mark.parametrize("text, speaker", [
    # "Maybe" opening a quotation is no given name
    ("\u201cMaybe Ivo Vane has difficulty doing that because his positions are so close to Pell's,\u201d she "
     "remarked. In the past, Vane had voiced support for a single-payer health system.", "Ivo Vane"),
    # "X and Y both": the two
    ("Jeb Vane spoke. Ted Pell spoke. In a twist, Jeb Vane and Ted Pell both floated the notion Sunday of admitting "
     "refugees.", "Jeb Vane and Ted Pell"),
    # "left X saying that ...": X says it (not the place left: "Kone left the hall saying that ...")
    ("The killings have left 62 percent of voters saying race relations are growing worse.", "62 percent of voters"),
    ("Kone left the hall saying that the port would close.", "Kone"),
])
def test_a_name_after_maybe_two_both_and_those_left_saying(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # what a poster or a sign says is nobody a "she" stands for
    ("Ada Gionfriddo, a native of Ostby, is saddled with debt. At 29, she still lives in her childhood bedroom, walls "
     "plastered with the same Dirty Dancing, 98 Degrees and Justin Lake posters from her tween years. \"Who wants to "
     "live at home at 29?\" she said. \"I don't. But luckily, I can afford it.\"", "Ada Gionfriddo"),
    ('Lori Bernstein held up a sign saying "Jews Against Vane - Because We\'ve Seen This Before." The 57-year-old '
     "scientist says she does not take such comparisons lightly. But she said she has been deeply disturbed by the "
     "front-runner.", "Lori Bernstein"),
])
def test_a_title_or_a_signs_words_are_no_person(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a kin named by a given name alone ("his wife, Jane") is a person, of the kin word's sex, whatever
    # pronoun of the husband's follows it; "New Yorkers" is no one
    ('Ivo Sanders spoke in Ostby. But his wife, Jane, offered a preview of his thinking in an interview with The Post '
     'just before New Yorkers went to the polls. "If he is president, he wants to keep this movement going," she said.',
     "Jane"),
    # what the text says of a family's surname is not said of each of them: "Ada Vane, 34" is a woman
    # although "Vane" is a "he" elsewhere
    ("Ivo Vane said he would win. His wife, Mila, spoke on Monday. Ada Vane, 34, could be a bridge to female voters. "
     "She has pushed back against accusations of sexism against her father, saying he is a pioneer.", "Ada Vane"),
])
def test_a_kin_by_given_name_and_a_familys_surname(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a state after a place named inside a description is no body speaking
    ("Officials familiar with the server taken from Mrs. Pell's house in Ostby, N.Y., said that it did appear to "
     "have some security features.", "Officials familiar with the server taken from Mrs. Pell's house in Ostby, N.Y."),
    # a participle with its agent joined to the verb says nothing of the subject's
    ("Employment in Ostby coal mines has been falling for decades, pushed more by market forces than policy.", None),
])
def test_a_place_in_a_description_and_a_passive_participle(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_a_party_member_from_another_state_is_someone_else():
    text = ('"She is too far behind," said an Ostby Democrat, "and the vote was not decisive." "The gap between Pell '
            'and Vane is awfully large," added a New Riverton Democrat.')
    assert _last_claim(text, None) == ("New Riverton Democrat", None)  # (was the Ostby Democrat, "Democrat" as a surname)


@pytest.mark.parametrize("text, speaker, quote", [
    # a clause joined with "but" after what was said, with a noun subject and a plain past, is the reporter's
    ("Kone said the port would close, but the council voted to keep the port open on Monday.", None,
     "the council voted to keep the port open on Monday"),
    # (what was said goes on: a modal of the reported tense, a quotation)
    ("Kone said the port would close, but jobs would be saved.", "Kone", "jobs would be saved"),
    ('Kone said he had received offers for the gun, but "the offers were to use the gun in a fashion I did not like."',
     "Kone", '"the offers were to use the gun in a fashion I did not like."'),
])
def test_a_clause_joined_with_but_after_what_was_said(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_the_reporters_clause_after_but_is_nobodys_claim():
    found = claims.extract("Hewitt suggested Vane had not meant his statement to be taken literally, but the candidate "
                           "cut him off.", date(2021, 7, 6))
    assert [(c.speaker, c.quote) for c in found] == [("Hewitt", "Vane had not meant his statement to be taken literally")]


def test_he_after_a_sentence_whose_subject_follows_an_opening_phrase():
    text = ('Ivo Calderon spoke in Ostby. In his assessment of the tycoon, Calderon intimated disappointment that voters '
            'have given Vane a real shot at succeeding Barack Obama in the office next January. "It is incredible that '
            'a society could produce such candidates," he said.')
    assert _last_claim(text, None) == ("Ivo Calderon", None)  # (was Barack Obama, the name after the verb)


@pytest.mark.parametrize("text, speaker", [
    # a capital's name that is the surname of someone the article named in full is that person
    ('Dana Washington, star of the series "Harbour," spoke at the gala. Washington, star of the series "Harbour," '
     'thanked the mayor for "taking these steps to make us all safer."', "Dana Washington"),
    ('Jeremy Paris moved to Ostby to lead the host committee. "You get your house ready for a party," Paris, who '
     'used to work on Capitol Hill, said.', "Jeremy Paris"),
    # (no one of that surname: the government; "George Washington University" names no one)
    ('Washington has accused Norvane of hacking computers at federal agencies.', "United States"),
    ('A study at George Washington University was cited. Washington has accused Norvane of hacking computers at '
     'federal agencies.', "United States"),
])
def test_a_capitals_name_that_is_a_persons_surname(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_a_region_of_a_country_is_no_full_name():
    text = ('Residents of Southern Israel braced for more rockets. Israel said it would hold Hamas responsible for any '
            'rocket attacks from the Strip.')
    assert _last_claim(text, None) == ("Israel", None)


def test_made_clear_with_the_clause_taken_for_the_adjectives_subject():
    # (the parse hangs "that they would like ..." on "clear" as its subject)
    assert _last_claim("Pell made clear that they would like to see more from the council.", "") == \
        ("Pell", "they would like to see more from the council")


def test_where_someone_was_born_is_no_given_name():
    text = ('South Korean-born Moon Hale, 44, was deported in May. "I was living on the street under a bridge," Hale said.')
    assert _last_claim(text, None) == ("Moon Hale", None)


def test_weighed_down_is_no_speech():
    # "weighed in", "weigh plans": a view; "the baggage ... has weighed Kone down", a weight: nobody's statement
    for text in ("The baggage she brings as an insider, pointed up by the sums she took from banks, has weighed Kone down "
                 "in a year in which outsiders have thrived.",
                 "The Pell jet also weighs more than 100,000 pounds, making it too heavy to land at smaller airports."):
        found = claims.extract(text, date(2021, 7, 6))
        assert [c.speaker for c in found] == [None] * len(found)
    assert _last_claim("Pell weighed in, arguing that the levy would hurt farmers.", "") == ("Pell", "the levy would hurt farmers")
    assert _last_claim("The ministers are weighing plans for greater military coordination in the region.", None) == \
        ("ministers", None)


@pytest.mark.parametrize("text, speaker", [
    # a thing takes no side: "favor", "challenge", "respond", "support" need someone, or what someone put out
    ("The overall backdrop, an economy that is strong, should favor the Norvane party in the autumn.", None),
    ("The insecurity around migration has challenged key beliefs of the union.", None),
    ("The whole system will have to respond by focusing on quality.", None),
    ("Rising rates will support a stronger krone while other central banks cut.", None),
    ("One key to stopping the crisis will be reminding voters every day that the council caused it.", None),
    # (people, a body, a share of people, what a campaign put out)
    ("Others supported Pell's bid to win over the delegates.", "Others"),
    ("About three-quarters support a temporary ban on imports.", "About three-quarters"),
    ("Pell's campaign has responded to Kone more aggressively.", "Pell"),
    ("The ad supports Pell's bid for the seat in Ostby.", "ad"),
    ("Twenty-seven states led by Ostby are challenging the agency's rules before the court.", "Twenty-seven states"),
    ('Another child responded, "That is the mayor\'s husband, he is famous."', "child"),
    ("The Ostby community, which largely supports the levy, ranks it as a higher priority.", "Ostby community"),
])
def test_a_thing_takes_no_side(text, speaker):
    found = {c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert found <= {None} if speaker is None else found == {speaker}


def test_a_share_of_people_taking_a_side_is_still_read():
    # (the share is the words up to its head: "A majority of those who said ..." is people, not a thing)
    text = ("A majority of those who said their top concern was the port supported Pell in Ostby, but that group was "
            "slightly more likely to support Kone in Nordby.")
    assert claims.extract(text, date(2021, 7, 6))[0].quote.startswith("A majority of those")


@pytest.mark.parametrize("text, speaker, quote", [
    # the small parser's ways of losing the main verb after the noun a sentence opens with: a second
    # subject for the reported clause's verb, no verb but a noun, a subject hung on a later verb
    ('Multiple outlets reported on Wednesday the Coast Guard had "more than one conversation" with Kone or his staff '
     'about the statement.', "Multiple outlets",
     'the Coast Guard had "more than one conversation" with Kone or his staff about the statement'),
    ("Rogers’ campaign called AP’s report a “rush to judgment,” because delegates can change their mind until the "
     "July 25 vote.", "Rogers", None),
    ("He also had a voice in decisions about major Nordic investments in Ostby, said a former spokesman for Ostby's "
     "Foreign Ministry, Ivo Lund, who also ran as a candidate in the new bloc Mr. Pell helped form.", "Ivo Lund",
     "He also had a voice in decisions about major Nordic investments in Ostby"),
    # (a participle that is one: what the documents show is nobody's word; a clause joined with "and"; a
    # day after "said")
    ("The documents released on Tuesday show that the port lost money.", None, None),
    ("The Norvane party candidates debated on Tuesday night, and their Ostby counterparts were having none of it.", None,
     None),
])
def test_a_main_verb_the_parse_lost(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_a_day_after_said_is_no_speaker():
    # (two sentences run together; the parse gives "said" no subject and "Tuesday" after it)
    text = ("Pell is keeping up his attacks on his rivals before the first Super Tuesday polls \nPell, in Nordby, said "
            "Tuesday that the levy would rise.")
    assert not any("Tuesday" in (c.speaker or "") for c in claims.extract(text, date(2021, 7, 6)))


def test_a_closing_mark_typed_to_open_after_a_direction_mark():
    # (paragraphs that start with U+202A, then a closing mark used to open the quotation)
    text = ("Her post resonated with readers.\n\n\u202a\u201dThe group declares death on a lot of people and will burn "
            "for it because children are precious!!! Thanks Ada!!!\u201d wrote Pete Hale.\n\n\u202a\u201dThis is why the "
            "group has to be stopped. They are cruel. Children are gifts and are to be protected,\u201d said Ivo Lund.")
    found = claims.extract(text, date(2021, 7, 6))
    assert [c.speaker for c in found] == ["Pete Hale", "Ivo Lund", "Ivo Lund"]  # (one subject, two predicates: one claim)
    assert all(c.quote == text[c.start:c.end] for c in found)


@pytest.mark.parametrize("text, speakers", [
    # two given names of one surname, neither on the lists, are two people (brothers, spouses)
    ('"The levy is unfair to every family in the valley," wrote Pete Lund. "The group has to be stopped before it is '
     'too late," said Ivo Lund.', ["Pete Lund", "Ivo Lund"]),
    # (not a heading's word the text also writes in lower case)
    ('"The levy is unfair to every family in the valley," Ivo Lund said. The talk continued. Continued Lund: "The group '
     'has to be stopped before it is too late."', ["Ivo Lund", "Ivo Lund"]),
    ('"The levy is unfair to every family in the valley," Ivo Lund said. Resumed Lund: "The group has to be stopped '
     'before it is too late."', ["Ivo Lund", "Ivo Lund"]),
    ('"The levy is unfair to every family in the valley," Ivo Lund said. "The group has to be stopped before it is too '
     'late," said Norvane Institute\'s Lund.', ["Ivo Lund", "Ivo Lund"]),
])
def test_two_given_names_of_one_surname(text, speakers):
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))] == speakers


@pytest.mark.parametrize("text, speakers", [
    # "the campaign" is the campaign last heard by name
    ("The Pell campaign said it raised $21 million in January. The campaign says the average donation was $27.",
     ["Pell campaign", "Pell campaign"]),
    ("Kone's campaign said it raised $21 million in January. The campaign says the average donation was $27.",
     ["Kone", "Kone"]),
    # (none heard: the words as written)
    ("Kone said the levy would rise in May. The campaign says the average donation was $27.", ["Kone", "campaign"]),
])
def test_the_campaign_is_the_one_heard_by_name(text, speakers):
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))] == speakers


@pytest.mark.parametrize("text, speaker", [
    # "they" opening a sentence after one that names two persons joined by "and" (a plural title before them)
    ("There are councillors with ferries in their towns that need crews, despite the fact that their party controls "
     "the council. \nTake Norvik Liberal Sens. Tom Crane and Ada Rask. Last week, they enthusiastically endorsed the "
     "nomination of Per Nye to the harbour board.", "Tom Crane and Ada Rask"),
    ("The board met on Monday. Tom Crane and Ada Rask were there. They said the ferry would run again in May.",
     "Tom Crane and Ada Rask"),
])
def test_they_after_a_sentence_naming_two_persons(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the social media company" is the one-word name just heard, not an organisation named before it
    ("Kwitter said in January that it would hire more reviewers. The Islamic State has used the service for years. "
     "Days before its earnings report, the social media company said on Friday that it had suspended 125,000 accounts.",
     "Kwitter"),
    # a "they" opening a sentence after one that opens with a group, in which no one spoke
    ("Some experts said the levy is unfair. Liberal leaders in the council and the assembly have made cutting the levy "
     "a major goal. But they disagree on when and how to move forward.", "Liberal leaders"),
    # an organisation's name does not run across a line break (an image's caption, then the paragraph after it)
    ("Unemployment rose to 2.53 million, the highest since 1994. Department for Work and Transport\n\nThe Office for "
     "Norvik Statistics stated that the jobless rate was eight per cent. The executive office also commented that, in "
     "February, 10,200 fewer people were requesting benefits.", "Office for Norvik Statistics"),
    # a she after a short phrase of time continues the run of sentences that open with "She"
    ("A woman who has accused former President Tom Lind of fraud said Sunday night that Lind was trying to strike a "
     "deal with her. Ada Brodd, who said Lind cheated her in 1978, recounted the incident on the radio. She has gone "
     "public with her story again as Lind has emerged to play a role in the campaign of his wife, Mary Lind, as she "
     "pursues the nomination. On Sunday, she disclosed for the first time that Tom Lind called her again.", "Ada Brodd"),
    # a kin's name with a particle, any of the lexicon's ("his nephew Tom el Sadi" is not "Sadi")
    ('"We had called him just before he boarded and everything was fine," his nephew Tom el Sadi told the paper.',
     "Tom el Sadi"),
    # an office before a name with a particle: the whole name ("Mayor Tom de Lanza" is not "Tom")
    ("The executives sat next to Mayor Tom de Lanza, who has been fighting the airline. The mayor said the port will "
     "reopen in May.", "Tom de Lanza"),
])
def test_whom_a_later_mention_stands_for(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_it_after_a_document_the_sentence_before_cited_is_no_one_heard_earlier():
    text = ("But a source familiar with the inquiry said the intruders were seeking economic intelligence. In all, hackers "
            "compromised 12 workstations, the council report said. It accused the harbour board of trying to cover up "
            "the hacks.")
    assert all(c.speaker is None for c in claims.extract(text, date(2021, 7, 6)) if "accused" in c.quote)
    assert "source" not in str([c.speaker for c in claims.extract(text, date(2021, 7, 6))][1:])


@pytest.mark.parametrize("text", [
    "Norland was a member of the union from its inception in 1969, but withdrew six years later when ruled by General "
    "Tom Pinot.",
    "Kane was the most powerful intelligence chief in Ostland, which was ruled by Norland until its withdrawal in May.",
])
def test_ruled_by_someone_is_governed_no_ruling(text):
    assert all(c.speaker is None for c in claims.extract(text, date(2021, 7, 6)))


def test_plus_opening_a_sentence_is_no_given_name():
    text = ("Plus Liberals are defending a number of seats. Liberals believe the pressure will become too great for "
            "the council to resist. They say it has been evident in the talks.")
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))][1:] == ["Liberals", "Liberals"]


@pytest.mark.parametrize("text, quote, speaker", [
    # a surname the article names in full only later stands for that person
    ("During her campaign, Kone caught flak from both sides when she said she could not support the trade deal. "
     "Ada Kone later changed her mind.", "she could not support the trade deal", "Ada Kone"),
    # (not someone of the other sex)
    ("During his campaign, Kone caught flak from both sides when he said he could not support the trade deal. "
     "Mary Kone later changed her mind.", "he could not support the trade deal", None),
])
def test_a_surname_before_its_full_name(text, quote, speaker):
    found = [c for c in claims.extract(text, date(2021, 7, 6)) if c.quote.startswith(quote)]
    assert [c.speaker for c in found] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speakers", [
    # "his campaign", "her spokeswoman", "its press office": who speaks for the one the pronoun
    # stands for, as "Kone's campaign" does for Kone
    ("Mary Kone raised $21 million in January. Her campaign said the average donation was $27.",
     [None, "Mary Kone"]),
    ("Tom Pell spoke in Ostby. He had a rally that night, and the permit, his campaign said, had been hard to get.",
     [None, "Tom Pell"]),
    ("Norvane Systems reported a loss on Monday. Its spokeswoman said the plant would close in May.",
     ["Norvane Systems", "Norvane Systems"]),
    # (not someone the pronoun cannot stand for)
    ("Mary Kone raised $21 million in January. His campaign said the average donation was $27.", [None, None]),
])
def test_a_pronouns_campaign_or_spokesman_speaks_for_whom_it_stands_for(text, speakers):
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))] == speakers


def test_a_named_campaign_is_no_epithet_for_whom_its_clause_names():
    text = ("Mr. Ivo Band wrote that the request was important. Ada Kone spoke on Monday. The Kone campaign suggested that "
            "Mr. Band was acting in his capacity as a personal assistant. The campaign said in a statement that neither "
            "email involved the foundation.")
    # (the campaign is the person it is named for, as "Kone's campaign" is)
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))][-2:] == ["Ada Kone", "Ada Kone"]
    # (an epithet with capitals of no one named before it still is: "the 20-times Grand Slam champion")
    assert _last_claim("Ivo Pell will retire at the end of the season, the 20-times Grand Slam champion said on Monday.",
                       None) == ("Ivo Pell", None)


@pytest.mark.parametrize("text, speaker", [
    # "who's called for": the "'s" of "has", which the parse reads as a passive's "is"
    ("Other than Ostby Sen. Ivo Pell, who's called for 20,000 troops split between the two provinces, the candidates "
     "aren't offering specifics.", "Ivo Pell"),
    # (an "is": "who's viewed as ... by", "he's called a genius by")
    ("Kone is the only candidate in either party who\u2019s viewed as somewhat or very compassionate, honest and likable by "
     "at least half of all registered voters, and has a significant advantage over Mensah among all voters on each of "
     "those measures.", None),
])
def test_has_written_as_s_before_a_participle(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_the_sentence_goes_on_after_a_relative_clause_that_reports():
    # (the main clause after "Ivo Pell, who said ...," is the reporter's, and a forward claim of its own)
    found = claims.extract("Ivo Pell, who said the port would close, will run for the seat in Ostby next year.", date(2021, 7, 6))
    assert [(c.speaker, c.quote, c.kind.value) for c in found] == [
        ("Ivo Pell", "the port would close", "prediction"), (None, "will run for the seat in Ostby next year", "prediction")]
    assert found[1].deadline is not None and found[1].deadline.latest == date(2022, 12, 31)


def test_a_plan_is_not_owned_by_a_subject_inside_an_aside():
    text = ("A dozen candidates who want to be president squared off, but a grumpy Pell -- angry at how Norvane News has "
            "treated him -- stood by his plan to boycott the debate and sponsor a separate event.")
    assert "Norvane News" not in {c.speaker for c in claims.extract(text, date(2021, 7, 6))}


@pytest.mark.parametrize("text, speaker, quote", [
    # a "though"/"although" clause after the main one says what its own subject says
    ("Ivo Pell spoke on Monday. Pell may run for the seat, though he has denied that he would seriously consider it.",
     "Ivo Pell", "he would seriously consider it"),
    ("The port will stay open, although Kone said last week that it would close in May.", "Kone", "it would close in May"),
    # ("it" there is the main clause's subject, not the body heard before)
    ("The Norvane Times said the vote was close. The Ostby constitution makes no specific mention of nuclear weapons, "
     "although it does say that Ostby agrees to renounce war.", "Ostby constitution", "Ostby agrees to renounce war"),
])
def test_a_conceding_clause_that_reports(text, speaker, quote):
    assert _last_claim(text, quote) == (speaker, quote)


def test_they_in_a_conceding_clause_is_left_to_resolution():
    text = ("Mrs. Kone's pronouncements drove her antagonists to distraction, though they suspected that her biting "
            "language was calculated precisely to provoke their outrage.")
    assert _last_claim(text, None)[0] != "Kone"


@pytest.mark.parametrize("text, speaker, quote", [
    # a share of people saying something: the people say it, the share is the reporter's
    ("The proportion of Norvane primary voters saying they want a ban on imports is as high as three-quarters in Ostby.",
     "Norvane primary voters", "they want a ban on imports"),
    # (a gerund the parse hangs on some other noun is not read so)
    ("The Ostby senator emailed supporters saying: \u201cThe struggle continues\u201d and vowing to compete in the "
     "season\u2019s final primary contest next week in the capital.", None, None),
])
def test_a_share_of_people_saying(text, speaker, quote):
    found = claims.extract(text, date(2021, 7, 6))
    if quote is None:
        assert "supporters" not in {c.speaker for c in found}
    else:
        assert (speaker, quote) in [(c.speaker, c.quote) for c in found]


def test_told_a_programme_named_after_its_network():
    # ('told ABC\u2019s \u201cGood Morning America\u201d that ...': the hearer, a curly possessive and the
    # programme's quoted name, is no part of what was said)
    text = "Ada Kone spoke on Monday. But she told ABC\u2019s \u201cGood Morning America\u201d that she agrees Pell is a \u201ctotal opportunist.\u201d"
    assert _last_claim(text, "") == ("Ada Kone", "she agrees Pell is a \u201ctotal opportunist.\u201d")


def test_a_quotation_after_the_verbs_colon_is_what_was_said():
    # (not the quoted words that close the leading clause before "Pell said:")
    text = ('After Kone said that minority students who did not qualify for elite universities might do better at "less '
            'advanced schools," Pell said: "I don\'t like what she said, no, I don\'t like what she said."')
    assert [(c.speaker, c.quote) for c in claims.extract(text, date(2021, 7, 6))] == [
        ("Kone", 'minority students who did not qualify for elite universities might do better at "less advanced schools,"'),
        ("Pell", "I don't like what she said, no, I don't like what she said")]


def test_a_second_statement_by_others_after_and():
    # (", and other Norvane leaders said ...": the second source says it is someone else)
    text = ("Ivo Pell spoke. He said he intends to pursue a slot as an at-large delegate next week, and other Norvane "
            "leaders said he's an example of a self-identified backer who could make it through the process.")
    found = claims.extract(text, date(2021, 7, 6))
    assert [c.speaker for c in found][-2:] != ["Ivo Pell", "Ivo Pell"]
    assert found[-1].quote == "he's an example of a self-identified backer who could make it through the process"


def test_a_party_and_state_after_the_name():
    # (", R-Mass.": the senator's party and state, no name of their own; "former Sen." a tenure and a title)
    assert _last_claim('"What Pell has said privately about Kone is a different story," said former Sen. Scott Dane, '
                       'R-Mass.', None) == ("Scott Dane", None)
    assert _last_claim("What Pell has said privately about Kone is a different story, according to former Sen. Scott "
                       "Dane, R-Mass.", None) == ("Scott Dane", None)
    from claimledger.extraction.mentions import parse_mention
    assert parse_mention("former Gov. Ada Kone").name == "Ada Kone"


@pytest.mark.parametrize("text, speaker", [
    # "maintain" says something with a clause or a view for its object; otherwise it keeps something going
    ("Among the candidates, Ivo Pell and Ted Kone maintained their battle as they sit atop most polls ahead of "
     "Monday's caucuses.", None),
    ("Pell has maintained that the levy is unfair.", "Pell"),
    ("Pell maintained his innocence throughout the trial.", "Pell"),
    ('"The levy is unfair to every family," Pell maintained.', "Pell"),
])
def test_maintain_with_a_clause_or_a_view(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # pollsters joined by a slash are the poll's source together, not the last of them
    ("A Norpoll/Ostby Herald poll showed a one-point difference between Pell and Kone.", "Norpoll/Ostby Herald"),
    ("Pell leads by five points, according to a Daily Ledger/Norpoll survey.", "Daily Ledger/Norpoll"),
    # a capitalised "Poll" after the pollster's name is what it put out; a month before it is when
    ("An Ostby News/Daily Ledger Poll found that Pell leads by five points.", "Ostby News/Daily Ledger"),
    ("A September Ostby Herald poll found that Pell leads by five points.", "Ostby Herald"),
    # (a body whose name ends in "Survey"; a newspaper whose name starts with a day)
    ("The Ostby Geological Survey said that the quake struck 30 miles from the test site.", "Ostby Geological Survey"),
    ("A Sunday Ledger poll found that Pell leads by five points.", "Sunday Ledger"),
])
def test_a_polls_source_by_name(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_an_epithet_after_a_quotation_is_the_speaker_heard_before_not_whom_they_spoke_of():
    # (a person named in what the speaker said is no other candidate for "the retired neurosurgeon")
    text = ('Ivo Pell plans to empower the community, Ted Kone said Monday. "Well first of all, they have to stop and '
            'listen," the retired neurosurgeon told a radio station in an interview.')
    assert _last_claim(text, None) == ("Ted Kone", None)
    # (not for a sentence of the reporter's: "the president" may be the one the speaker named)
    text = ("Neither Kone nor Pell acknowledged the Ostby administration's efforts, Ted Kone said. Earlier this week, "
            "the president proposed nearly $1 billion in funds to help states provide treatment for addicts.")
    assert _last_claim(text, None)[0] not in ("Ted Kone", "Kone")


@pytest.mark.parametrize("text, speaker", [
    # someone named by whom they are around or stand in for is not that person
    ("A Pell ally said the senator would run again next year.", "Pell ally"),
    ("An Elvis impersonator said the senator would run again next year.", "Elvis impersonator"),
    ("One Kone confidant said the senator would run again next year.", "Kone confidant"),
    # (a name with its own emphasis is the person)
    ("Ted Kone spoke on Monday. Kone herself said the senator would run again next year.", "Ted Kone"),
])
def test_a_name_before_those_around_them(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_the_byline_names_no_one_a_pronoun_stands_for():
    text = ("By Amber Vale\n\nDuring her primary campaign, Kone caught flak from both sides when she said she could not "
            "support the trade deal.")
    assert all(c.speaker != "Amber Vale" for c in claims.extract(text, date(2021, 7, 6)))


def test_two_named_after_their_plural_role_are_both_the_source():
    # (not the one of them the article named before: the role describes the two)
    text = ("New Jersey Gov. Ted Kone spoke on Sunday. Republican presidential hopefuls Ivo Pell and Ted Kone say "
            "Florida Sen. Ada Mensah hasn't been tested in a way that the governors have.")
    assert _last_claim(text, None) == ("Ivo Pell and Ted Kone", None)


@pytest.mark.parametrize("text, speaker", [
    # a participle the parser made the main verb: what was mentioned, not who mentioned it
    ("Three names prominently mentioned as potential nominees are Ada Kone, a judge on the appeals court, and "
     "Ivo Pell.", None),
    # (the tagger's participle with a clause of its own is a verb of saying: "joked that ...")
    ("Pell joked that Ostby was his answer.", "Pell"),
    ("Two military analysts, Ivo Pell and Ted Kone, found in 2014 that the air force is the best in the world.",
     "Ivo Pell and Ted Kone"),
])
def test_a_participle_read_as_the_main_verb(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # after a cue that reports no clause, a clause joined with "but" and a subject of its own is the reporter's
    ("Pell criticized Nordair for opening a new factory in Ostby, but it is uncertain whether his criticism had "
     "anything to do with the company's decision to cancel the launch next month.", None),
    ("The protester yelled and held up a banner, but she disrupted the proceedings for more than a minute before the "
     "police managed to remove her.", None),
    # (a clause reported by the cue goes on after "but": "..., but it is ..." in the reported tense)
    ("Pell said the port would close, but it is likely to reopen next spring.", "Pell"),
])
def test_a_but_clause_after_a_cue_without_a_clause_is_the_reporters(text, speaker):
    after = text.index(", but ") + 6
    assert {c.speaker for c in claims.extract(text, date(2021, 7, 6)) if c.start >= after} <= {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a capitalised description, then a party's member and the name: the name
    ("Senate Intelligence Ranking Democrat Ada Kone said the emails were not classified.", "Ada Kone"),
    ("House Republican Ivo Pell said the emails were not classified.", "Ivo Pell"),
])
def test_a_party_member_named_after_a_capitalised_description(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a surname that is also a role word, after an initial; a journalist's job before the full name
    ("Representative Ivo T. King of Ostby said the levy would not pass.", "Ivo T. King"),
    ("Journalist Ada Kone said the levy would not pass.", "Ada Kone"),
    ("Reporter Ada Kone said the levy would not pass.", "Ada Kone"),
])
def test_a_name_after_a_title_or_a_job(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text", [
    "Assuming Kone wins the vote, she might name Lind to the board.",
    "Assuming that Kone remains the favourite to win the vote and would get to name her own chair, she might name "
    "Lind to the board.",
    "Supposing the levy passes, the council would have to close the port by May.",
    # (a part with a modal of its own inside the condition, before the comma that closes it)
    "If Kone wins the vote and would get her own chair, she might name Lind to the board.",
])
def test_an_opening_participle_of_supposing_before_a_modal_is_a_condition_no_cue(text):
    found = claims.extract(text, date(2021, 7, 6))
    assert [(c.speaker, c.kind.value) for c in found] == [(None, "conditional")]
    assert found[0].quote == text.rstrip(".")


@pytest.mark.parametrize("text", [
    # a gerund subject, and a phrase after a dash with no modal verb after it: no condition
    "But assuming that what won the first vote is a recipe for winning the second seems to be a shaky idea.",
    "Polls show Kone could win in some wards -- assuming a two-way race between Kone and Lind, the likely winner.",
])
def test_assuming_with_no_modal_verb_after_it_sets_no_condition(text):
    assert all(c.kind.value != "conditional" for c in claims.extract(text, date(2021, 7, 6)))


def test_an_opening_participle_of_supposing_with_no_modal_is_the_subjects():
    assert _last_claim("Assuming the vote was rigged, Kone walked out.", None) == ("Kone", None)


@pytest.mark.parametrize("text, speaker", [
    # a gerund opening a sentence is no given name of the person after it
    ("Ada Kone spoke on Monday. Entrusting Ada Kone with our economic future is a risky proposition. Kone's "
     "inexperience has shown in many ways. She has openly questioned the pact.", "Ada Kone"),
    # nor is its object the subject an office after it stands for
    ("Praising Kone for her work, the minister said the port will close in May.", "minister"),
    ("Entrusting Ada Kone with the port would be a mistake. The minister said the port will close in May.", "minister"),
    # (a given name that ends like a gerund)
    ("Sterling Kone spoke on Monday. He said the port will close in May.", "Sterling Kone"),
])
def test_a_gerund_before_a_name(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, mention", [
    # an adverb in -ly between the subject and its verb is no part of the subject
    ("After years of delay, the government in Ostland finally acknowledged the costs of the port.", "Ostland",
     "the government in Ostland"),
    ("Former Secretary of Harbours Ada Kone recently urged voters to back Lind.", "Ada Kone",
     "Former Secretary of Harbours Ada Kone"),
])
def test_an_adverb_before_the_verb_is_no_part_of_its_subject(text, speaker, mention):
    found = claims.extract(text, date(2021, 7, 6))[-1]
    assert (found.speaker, found.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    # someone close to the one a possessive pronoun stands for is a source, by the words used
    ("Ada Kone, a mother of three, was also headed to Ostby, her friend said.", "her friend"),
    ('"One of the reasons why I work in shipping was the support I got from Tom Lind," his colleague wrote on Facebook.',
     "his colleague"),
    # ... one person, whom a later "they" does not stand for
    ("His wife had warned Lind not to get too nasty in his attacks. Throughout the debate, Lind was unhappy with the "
     "way he was treated by his fellow delegates, though, at the end, they swore that they would support him if he "
     "becomes the nominee.", None),
    # ... nor a later she (not the one someone close to her spoke of)
    ("Ada Kone was also headed to Ostby, her friend said. She had said that she would stay there until May.", "Ada Kone"),
    # a he or she after a kin the word marks as of that sex
    ('"We live in a bad kingdom," my father often said. He also told his friends that "force is the answer."',
     "my father"),
    # a kin the article named with the same words before ("her brother Tom Kone") is that person
    ('Ada Kone was killed in the crash, according to an interview her brother Tom Kone gave to the radio. She had just '
     'moved to Ostby, her brother added.', "Tom Kone"),
])
def test_someone_close_to_a_possessive_pronoun(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


@pytest.mark.parametrize("text, speakers", [
    # a verb of judging someone with no object before "of"/"for": said of the subject (a headline's passive)
    ("Tom Lind Accused Of Shocking Act With Bible In Fit Of Rage.\n\nThe board met on Monday to discuss the port deal.",
     ["board"]),
    # (with its object, the subject judges)
    ("Kone accused Lind of lying about the port deal.", ["Kone"]),
])
def test_accused_of_with_no_object_is_said_of_the_subject(text, speakers):
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))] == speakers


@pytest.mark.parametrize("text, speaker", [
    # a stance the reporter forecasts ("will not be happy about") is no one's statement
    ("The group has released a new video. Liberal candidate Ada Kone will not be happy about the new video.", None),
    # a surname alone after a kin named in full is the one the article names otherwise, not the kin
    ("Ada Kone has run the port board for a decade. The video features two others: her husband, former Governor Tom "
     "Kone, and Per Lind. Kone said the board will meet in May.", "Ada Kone"),
])
def test_a_forecast_stance_and_a_surname_after_a_kin(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_it_states_after_a_sentence_naming_a_text_of_rules_is_that_text():
    text = ("Norland said the rules will change in May. The Ostby case faces the tightest deadline, especially in light "
            "of what is known as the Pell doctrine from a high court case. It states that courts should not issue an "
            "opinion too close to a vote if it will cause confusion.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker is None
    # (a body that says it is still the body heard before)
    text = "Norland said the rules will change in May. It signed a deal with Ostby on Monday. It said the port will reopen."
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Norland"


@pytest.mark.parametrize("text, speaker", [
    # a name in quotation marks is a term, no person's full name ("Kwitter" stays the company)
    ("Accounts linked to the group put the location on their profile as ''Wilayat Kwitter,'' or ''the province of "
     "Kwitter.'' Kwitter acknowledged that the issue remained tricky.", "Kwitter"),
    # an organisation named at a sentence's end is named without the full stop
    ("The figures come from the Pell Institute for Port Economics. The company said its army of researchers has found "
     "more than 2,400 ships.", "Pell Institute for Port Economics"),
])
def test_a_quoted_term_and_a_name_before_a_full_stop(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_a_party_before_a_state_in_a_description_is_no_name():
    text = "Sen. Tom Lind of Vermont spoke on Monday. The Independent Vermont senator said he will fight for every vote."
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Tom Lind"
    # (a party's word opening a body's name stays: "the Democratic National Committee")
    text = "Officials with the Democratic National Committee said they will not spend money on the race."
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Democratic National Committee"


def test_a_title_in_quotation_marks_inside_a_description_of_the_source():
    text = ('"If we want young voters to support the party, we have to engage them and show our sincerity," wrote the '
            'authors of the "Growth and Renewal Project," giving the example of Tom Lind.')
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "authors of the Growth and Renewal Project"


@pytest.mark.parametrize("text, speaker", [
    # "X reported that, according to an analysis ..., Z": X's own analysis, so X's Z
    ("The Herald reported that, according to an analysis of her calendar and contact records, 85 of the 154 meetings "
     "Kone held were with donors.", "Herald"),
    # (a source named there is the source: the paper passes it on)
    ("The Herald has reported that, according to military sources, the minister has ordered troops to the border.",
     "military sources"),
])
def test_reported_that_according_to_a_document_is_the_reporters(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_a_partys_people_named_with_a_capital_are_no_person():
    # ("Leading Liberals" is a group: "Some Liberals" later is not the same speaker by a surname)
    text = ("Leading Liberals say this time is different. Some Liberals say the best step Kone could take would be to "
            "tap Lind for the ticket.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Liberals"


def test_two_roles_joined_by_and_after_a_name_with_no_closing_comma():
    text = "Ada Kone, president and CEO of Ostby Port Association stated, \"It's not a political problem; it's a math problem.\""
    assert {c.speaker for c in claims.extract(text, date(2021, 7, 6))} == {"Ada Kone"}


@pytest.mark.parametrize("text, quote, speaker", [
    # a clause after the main clause, with its own cue and subject: the subject's words
    ("The anchor was trying insistently to ask a question about taxes when Pell replied that the journalist had not "
     "been called on.", "the journalist had not been called on", "Pell"),
    ("Tom Vask, 53, a security guard at a casino, is backing Ada Kone because he worries Lind would have trouble "
     "winning in the fall.", "Lind would have trouble winning in the fall", "Tom Vask"),
    # (its he or she, after a description that is the main clause's subject, is the one described)
    ("The head of the Nordland Workers Union is worried about what Tom Pell is stirring up in her members, because "
     "she thinks he can win the nomination.", "he can win the nomination", "Nordland Workers Union"),
])
def test_a_trailing_clause_with_a_cue_of_its_own(text, quote, speaker):
    c = one(text, quote)
    assert c.quote == quote and c.speaker == speaker


def test_a_trailing_clause_leaves_the_main_clauses_stance_its_own():
    text = ("A lawmaker in Norland is calling for Tom Pell to be banned from the country after the candidate suggested "
            "that Norland immigrants posed a threat to the country.")
    got = claims.extract(text, PUB)
    assert [c.quote for c in got] == ["A lawmaker in Norland is calling for Tom Pell to be banned from the country",
                                      "Norland immigrants posed a threat to the country"]
    assert got[0].speaker == "lawmaker in Norland"


@pytest.mark.parametrize("text, words", [
    # a question, not a clause said; someone's own telling in the first person
    ("Tom Pell congratulated his rivals, as he explained how tough it is to run for the office.", "how tough it is"),
    ("Liberals got mad because they didn't think I did enough to protect the earned income tax credit.",
     "I did enough to protect"),
])
def test_no_trailing_clause_speaks(text, words):
    assert not any(c.speaker and c.quote.startswith(words) for c in claims.extract(text, PUB))


def test_a_demonstrative_that_is_the_said_clauses_subject():
    assert one("Ada Kone said that would be a serious mistake for the town.", "mistake").quote == \
        "that would be a serious mistake for the town"
    # (the conjunction is no part of it)
    assert one("Ada Kone said that the levy would be a serious mistake for the town.", "mistake").quote == \
        "the levy would be a serious mistake for the town"


def test_a_clause_after_a_leading_clauses_verb_is_no_trailing_clause():
    # ("when they would prefer ..." hangs on the leading "even though" clause: the main clause after it stays a claim)
    text = ("Still, even though some of Kone's allies are growing frustrated that she has to keep spending money on the "
            "primary when they would prefer she save her resources for the fall, there have been few calls for Lind to "
            "drop out.")
    assert one(text, "few calls").quote == "there have been few calls for Lind to drop out"


@pytest.mark.parametrize("text, speaker", [
    # the parse hangs '"...," said X' inside the quotation ("suggest that ... said"): X said it
    ("\u201cThere is no data to suggest that,\u201d said one unaligned strategist.", "one unaligned strategist"),
])
def test_a_verb_of_speech_right_after_the_opening_quotation(text, speaker):
    c = claims.extract(text, PUB)[-1]
    assert (c.quote, c.speaker) == ("There is no data to suggest that", speaker)


@pytest.mark.parametrize("mention, speaker", [
    # a party's strategists, governors and lawmakers speak as its members, not as the party
    ("A top Republican strategist", "top Republican strategist"),
    ("Even a top Republican strategist", "top Republican strategist"),
    ("Several GOP lawmakers", "GOP lawmakers"),
    ("Another Republican governor", "Republican governor"),
    # (its officers are its voice)
    ("A Republican spokesman", "Republican"),
    ("A GOP official", "GOP"),
])
def test_a_partys_member_is_no_voice_of_the_party(mention, speaker):
    assert claims.extract(f"{mention} said the levy would hurt the port.", PUB)[-1].speaker == speaker


def test_a_clause_set_off_inside_the_subject_is_no_part_of_the_source():
    text = ("Outside the campaign, an increasing number of Democrats, while still confident in Kone's ultimate victory, "
            "are warning against her waging a Lind-only campaign.")
    # (nor is the source, cut from it, a claim of its own)
    assert [(c.quote, c.speaker) for c in claims.extract(text, PUB)] == [
        ("are warning against her waging a Lind-only campaign", "increasing number of Democrats")]


@pytest.mark.parametrize("text, quote", [
    # an infinitive that is the said clause's subject: a statement
    ("Kone writes that to be religious is to be in sync with mainstream norms.",
     "to be religious is to be in sync with mainstream norms"),
    ("\u201cTo bring them here under these circumstances is a suspension of intellect,\u201d Kone said.",
     "To bring them here under these circumstances is a suspension of intellect"),
])
def test_an_infinitive_as_the_subject_of_a_statement(text, quote):
    assert one(text, quote).quote == quote


def test_an_infinitive_of_purpose_is_no_statement():
    text = "Tom Ryder, the council's chief counsel, replied later Saturday to suggest the dispute is a simple misunderstanding."
    assert not any(c.quote.startswith("to suggest") for c in claims.extract(text, PUB))


@pytest.mark.parametrize("text, speaker", [
    # "those" said to be someone's is people, by what is said of them
    ("Those familiar with the talks said the deal would be signed next week.", "Those familiar with the talks"),
    ("Those close to the family speculated that the schedule could have caused the collapse.",
     "Those close to the family"),
    ("Those who know him say he will run again.", "Those who know him"),
    ("By 58%-33%, those surveyed said the group's funding should not be eliminated.", "those surveyed"),
    # (never a name inside the description)
    ("Those mourning Ada Kone's death at the gathering said the town would miss her.",
     "Those mourning Ada Kone's death at the gathering"),
])
def test_those_described_are_a_source(text, speaker):
    assert claims.extract(text, PUB)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # the document a sentence before tells someone put out speaks for them, whatever it is called
    ("Ada Kone's office issued a statement on Monday. The statement said the port would reopen in May.", "Ada Kone"),
    ("The Norland Herald published an editorial on Sunday. The editorial said the levy would ruin the port.",
     "Norland Herald"),
    # (and so does an "it" that goes on from it)
    ("Norvane Oil contended in its letter that some of the foundations, including the Lind Fund, had a bias against "
     "the oil industry. The letter also accuses one of the journalists of ignoring information favorable to the "
     "company. It also accused another reporter of misrepresenting herself in interviews.", "Norvane Oil"),
])
def test_a_document_put_out_speaks_for_whoever_put_it_out(text, speaker):
    last = claims.extract(text, PUB)[-1]
    assert last.speaker == speaker and last.start > text.rindex(". ")  # (a claim of the last sentence)


def test_a_surname_with_a_particle_capitalised_at_a_sentences_start():
    text = "Cleric Muqtada al-Sadr called the rally. Al-Sadr said the army will stop cooperating with the occupiers."
    assert claims.extract(text, PUB)[-1].speaker == "Muqtada al-Sadr"


def test_a_headlines_verb_of_saying_ends_a_name():
    # ("Ada Kone Says Pell's ..." had made "Ada Pell" a full name, so "Pell" could be a "she")
    text = ("Ada Kone Says Pell\u2019s Levy Doesn\u2019t Fit.\n\nAda Kone does not recognize Tom Pell as the man she, "
            "sort of, used to know. Kone and her husband, former President Dan Kone, attended Pell\u2019s third wedding "
            "in 2005. She has since said that she attended because she thought it would be fun.")
    assert claims.extract(text, PUB)[-1].speaker == "Ada Kone"


def test_a_garden_is_a_place_no_person():
    text = ("Tennis great Ada Kone remembered Lind as fun to be around. She saw the fight at Norburg Square Garden in "
            "1971. \u201cHe always whispered in my ear, \u2018Ada, you are the Queen,\u2019\u201d she said.")
    assert claims.extract(text, PUB)[-1].speaker == "Ada Kone"


@pytest.mark.parametrize("mention", ["Norvane general counsel Ada Kone", "Norvane counsel Ada Kone",
                                     "Norvane party boss Ada Kone"])
def test_a_role_word_before_a_name(mention):
    # ("FBI general counsel James Baker said" spoke as the FBI: "general" read as the rank, "counsel" as nothing;
    # "Republican party boss Reince Priebus" was a description, "boss" no role)
    assert claims.extract(f"{mention} said the probe is ongoing.", PUB)[-1].speaker == "Ada Kone"


def test_a_partys_people_found_inside_a_description_are_a_group():
    # ("several senior Democrats" read as a person named "Democrats", so a "They" after it found no one)
    text = "Several senior Democrats said the debate is a trap. They said she should prepare for a long fight."
    last = claims.extract(text, PUB)[-1]
    assert (last.quote, last.speaker, last.speaker_kind) == ("she should prepare for a long fight", "Democrats",
                                                             SpeakerKind.GROUP)


@pytest.mark.parametrize("mention, speaker", [
    # an office "of" something, in capitals or in a title's own lower-case word, then a name of three words
    ("Former secretary of state Anna Rodham Kone", "Anna Rodham Kone"),
    ("Secretary of State Anna Rodham Kone", "Anna Rodham Kone"),
    ("Former secretary of state Anna Kone", "Anna Kone"),
    # where someone is based or born is no part of the name
    ("Texas-based Matt Lind", "Matt Lind"),
])
def test_a_description_before_a_full_name(mention, speaker):
    assert claims.extract(f"{mention} said the levy would hurt the port.", PUB)[-1].speaker == speaker


@pytest.mark.parametrize("text, subject", [
    # "as X spoke", "as X blasts Y": while, not according to
    ("As Lind spoke, the union was going into overdrive, whipping lawmakers against any and all port levies.", "Lind"),
    ("The levy has become a political football in the race as Democrats blast Kone almost daily for his vote.",
     "Democrats"),
])
def test_an_as_clause_of_an_act_names_no_source(text, subject):
    assert all(c.speaker != subject for c in claims.extract(text, PUB))


def test_as_someone_told_a_hearer_is_a_source():
    text = "As one employee told the Norburg Weekly, \u201cShe wants to put fear in our hearts, and she has done that.\u201d"
    assert one(text, "fear in our hearts").speaker == "employee"


@pytest.mark.parametrize("text, quote, kind", [
    # a condition or a concession opening the sentence, the cue set off after it, the clause it leads in
    # the speaker's words: the whole thought is the speaker's, without the cue in what is quoted
    ("If the levy is not cut, Mr. Lind warned, the dockers plan to strike in May.",
     "If the levy is not cut, Mr. Lind warned, the dockers plan to strike in May", ClaimKind.CONDITIONAL),
    ("While some small firms could get a reprieve, Lind added, closing the port would be \u201ca very harsh step.\u201d",
     "closing the port would be \u201ca very harsh step.\u201d", ClaimKind.PREDICTION),
])
def test_a_cue_set_off_after_a_fronted_clause(text, quote, kind):
    found = claims.extract(f"Tor Lind chairs the port board. {text}", PUB)
    assert [(c.speaker, c.kind) for c in found if c.quote == quote] == [("Tor Lind", kind)]


def test_a_scene_before_a_set_off_cue_and_a_quotation_is_the_reporters():
    text = "Tor Lind chairs the port board. When he spoke in Norburg on Friday, he said, \u201cThe port will close.\u201d"
    assert [c.quote for c in claims.extract(text, PUB) if c.speaker == "Tor Lind"] == ["The port will close"]


def test_a_passive_participle_before_a_set_off_cue_is_no_claim():
    # what was done to the main clause's subject, and when: no claim, forward or not
    text = "After being told that he would be charged, police said, Lind went to the station on his own."
    assert [c.quote for c in claims.extract(text, PUB)] == ["Lind went to the station on his own"]


def test_a_cue_that_opens_its_own_claim_stays_in_it():
    # (the cue set off by commas is taken out of a piece only where it interrupts a clause begun before it)
    text = "Tor Lind refused, at least in public, to concede that the levy would hurt the port."
    assert claims.extract(text, PUB)[0].quote.startswith("Tor Lind refused")


def test_a_question_closing_a_quotation_before_a_described_speaker_ends_no_sentence():
    # '"...?" Kone, a retired pilot, said': the name, its description and the verb go on the sentence
    text = ("The volunteers are Ada Kone and Ivo Rask. \"I am calling from the port board. How are you today?\" "
            "Kone, a retired pilot, said into the phone.")
    assert one(text, "calling from the port board").speaker == "Ada Kone"


def test_a_description_set_off_by_dashes_after_a_name():
    text = ("Republican pollster Ada Kone -- author of a book on the port, which urged the board to cut the levy -- "
            "said the levy would fail.")
    c = claims.extract(text, PUB)[-1]
    assert (c.speaker, c.speaker_kind) == ("Ada Kone", SpeakerKind.PERSON)


def test_a_list_set_off_by_dashes_is_no_apposition():
    # (only a description in lower case after a name is read as one: not the candidates a dash lists)
    m = parse_mention("two other presidential candidates - Sen. Tor Lind of Ostland and Gov. Ivo Rask of Norburg")
    assert m.name is None and m.plural


def test_a_group_and_the_members_a_dash_sets_off():
    c = claims.extract("Democrats -- including Kone -- quickly accused Lind of suggesting violence.", PUB)[-1]
    assert (c.speaker, c.speaker_kind) == ("Democrats", SpeakerKind.GROUP)


def test_whom_someone_spoke_to_is_no_statement_of_theirs():
    # "spoke to the union in June": the reporter's fact, not the speaker's words; the one who spoke is
    # still the "he" after it (not the last name before it)
    text = ("Tor Lind spoke to the Norburg Pilots Union in June and to Ivo Rask in September. "
            "He said the levy would fail.")
    first, second = claims.extract(text, PUB)
    assert (first.speaker, second.speaker) == (None, "Tor Lind")


@pytest.mark.parametrize("text", [
    "Tor Lind has been talking to his inner circle about launching a union to fight the levy.",
    "Tor Lind spoke out against the levy at the union hall.",
])
def test_speaking_of_something_is_the_speakers(text):
    assert claims.extract(text, PUB)[0].speaker == "Tor Lind"


def test_a_quotation_opened_after_telling_runs_on_past_the_sentence():
    # 'was critical of X, telling Norburg Radio: "... . ..."': the quotation's first sentence, which
    # does not close it, is the teller's words too (it had no speaker, the next one none either)
    text = "Sen. Ada Kone was critical of the plan, telling Norburg Radio: \u201cThe plan is bad. It will fail.\u201d"
    assert [(c.quote, c.speaker) for c in claims.extract(text, PUB)] == [
        ("The plan is bad", "Ada Kone"), ("It will fail", "Ada Kone")]


def test_a_typographic_apostrophe_in_a_negation_is_read_as_a_plain_one():
    # the parser read "they don\u2019t yet know" as two clauses ("they do", then "n\u2019t" a punctuation
    # mark), and the claim was lost
    c = claims.extract("But 16 percent of voters still say they don\u2019t yet know enough about Rask.", PUB)
    assert [(x.quote, x.speaker) for x in c] == [("they don\u2019t yet know enough about Rask", "16 percent of voters")]


def test_the_speaker_of_the_main_clause_after_a_leading_clause_with_a_quotation():
    # the leading clause's "claimed that" had taken the whole sentence for Rask's, and the quotation's
    # closing mark made the prosecutor's "said" the tail of a quotation
    text = ("But even as Ivo Rask claimed on Tuesday that \u201cLind got in trouble for far less,\u201d one of the "
            "former prosecutors for Tor Lind said the two cases were quite different.")
    assert [(c.quote, c.speaker) for c in claims.extract(text, PUB)] == [
        ("the two cases were quite different", "one of the former prosecutors for Tor Lind")]


@pytest.mark.parametrize("text, quote", [
    ("Sunday on Norburg Radio\u2019s \u201cSunday Morning,\u201d Rep. Ivo Rask said Governor Ada Kone\u2019s \u201cjudgment\u201d "
     "and \u201chonesty\u201d are in question.", "Governor Ada Kone\u2019s \u201cjudgment\u201d and \u201chonesty\u201d are in question"),
    # (a quotation before the name is what was said when the words after the verb say only when or to whom)
    ("\u201cThe levy is a disaster,\u201d Ivo Rask told Norburg Radio in May.", "The levy is a disaster"),
    ("\u201cThe levy is a disaster,\u201d Ivo Rask said Tuesday as he was leaving the hall.", "The levy is a disaster"),
])
def test_a_title_in_quotation_marks_before_the_speaker_is_not_what_he_said(text, quote):
    assert [c.quote for c in claims.extract(text, PUB)] == [quote]


def test_said_then_a_description_then_the_name_closing_the_sentence():
    # (the parse hangs "said" on the sentence's second clause; the pattern needed the name first)
    text = ("In nearby Decatur, the steel plant is hanging on, but it is under intense pressure from imports, "
            "said the company's chief executive, Ivo Rask.")
    assert {c.speaker for c in claims.extract(text, PUB)} == {"Ivo Rask"}


@pytest.mark.parametrize("text", [
    "Tor Lind said the levy can't pass, while Ada Kone said the levy would pass easily.",
    "Tor Lind suggested that the levy can't pass, while Ada Kone said that the \"stakes are too high\" for the levy to fail.",
])
def test_a_second_speaker_after_while_has_her_own_statement(text):
    # the parse hangs "while Kone said ..." inside Lind's clause: his statement ends at the joint
    first, second = claims.extract(text, PUB)
    assert (first.speaker, second.speaker) == ("Tor Lind", "Ada Kone")
    assert "Kone" not in first.quote and second.quote.startswith(("the levy would", "the \"stakes"))


@pytest.mark.parametrize("text, quote", [
    # the parse hangs the clause's subject on the verb ("the days" a time, "the meeting" its object): the
    # clause keeps it
    ("Tor Lind, the co-author of \"Going Viral,\" about the spread of news, said the days when the port had "
     "\"a somewhat unifying story\" from newspapers are gone.",
     "the days when the port had \"a somewhat unifying story\" from newspapers are gone"),
    # (not the object of a verb before one joined to it by "and")
    ("She has touted her husband\u2019s economic record\u2014\u201cthe longest expansion in our history\u201d\u2014and promised "
     "to put him in charge of fixing the economy.", "promised to put him in charge of fixing the economy"),
])
def test_a_clause_whose_subject_the_parse_hung_on_the_verb(text, quote):
    assert quote in [c.quote for c in claims.extract(text, PUB)]


@pytest.mark.parametrize("text, speaker", [
    # a titled surname after the subject's kin was named in full: the subject
    ("Senator Tom Lind's success reflects his courtship of the group. He has deployed his pastor father, Ivo Lind, "
     "as a surrogate. Mr. Lind said the levy would fail.", "Tom Lind"),
    # (unless the title's sex is the kin's and the other's is not shown: "Mr. Lind" after "her husband, Tor Lind")
    ("Senator Ada Lind's success reflects her courtship of the group. She has deployed her husband, Tor Lind, "
     "as a surrogate. Mr. Lind said the levy would fail.", "Tor Lind"),
])
def test_a_titled_surname_after_a_relative_named_in_full(text, speaker):
    assert claims.extract(text, PUB)[-1].speaker == speaker


def test_a_relative_clause_of_saying_in_the_description_of_an_inverted_source():
    # '"...," said Army Capt. Ivo Rask, who said he would not vote ...': the rank's service is no body that
    # speaks, and what the relative clause says is his too (the "who" is the source, not the nearest noun)
    text = ("\u201cThe candidates just don\u2019t understand the military,\u201d said Army Capt. Ivo Rask, who said he "
            "would not vote for either Kone or Lind.")
    assert [(c.speaker, c.quote) for c in claims.extract(text, PUB)] == [
        ("Ivo Rask", "The candidates just don\u2019t understand the military"),
        ("Ivo Rask", "he would not vote for either Kone or Lind")]
    text = ("\u201cIt was not a convincing argument,\u201d said one Democrat familiar with the discussion, who added "
            "that the Port Authority seemed \"rattled\" by the opposition.")
    assert [c.speaker for c in claims.extract(text, PUB)] == ["Democrat", "Democrat"]


def test_the_clause_of_a_quoted_adjective_of_stance_after_a_verb_of_saying():
    # the parse hangs "that ..." on "say", beside the "he's confident" it completes
    text = ("Ada Kone went on to say she\u2019s \u201cconfident\u201d that once the elections are over, \u201cthese two "
            "men are going to do great things.\u201d")
    assert "she\u2019s \u201cconfident\u201d that once the elections are over, \u201cthese two men are going to do great " \
           "things.\u201d" in [c.quote for c in claims.extract(text, PUB)]


def test_a_closing_told_with_its_own_subject_after_a_comma():
    # the misparse itself, built by hand: "told" joined to the sentence's verb as a second clause with
    # its own subject and its hearer for object; what was told is the clause before
    from spacy.tokens import Doc

    from claimledger.extraction.speech import find_cues
    words = "Kone remains committed to the race , his top aide , Tad Rask , told The Post .".split()
    heads = [1, 1, 1, 2, 5, 3, 1, 9, 9, 14, 9, 12, 9, 9, 1, 16, 14, 14]
    deps = ["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "punct", "poss", "amod", "nsubj", "punct", "compound",
            "appos", "punct", "conj", "det", "dobj", "punct"]
    tags = ["NNP", "VBZ", "JJ", "IN", "DT", "NN", ",", "PRP$", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NNP", "."]
    doc = Doc(parse.load().vocab, words=words, spaces=[w not in (",", ".") and nxt not in (",", ".")
                                                       for w, nxt in zip(words, words[1:] + [""])],
              heads=heads, deps=deps, tags=tags)
    chosen, _ = find_cues(doc.text, doc)
    assert [doc.text[a:b] for a, b in chosen.content] == ["Kone remains committed to the race"]


def test_a_quotation_right_after_the_verb_of_a_long_preamble():
    # the phrases before the source ("Tuesday on a show, while discussing a tweet, ...") are no words of
    # his; the quotation after "said" is, and "Speaker of the House" is his office, no body
    text = ("Tuesday on Norburg Radio\u2019s \u201cMidday with Tor Lind,\u201d while discussing a controversial tweet from "
            "Ada Kone featuring an image of the levy, Speaker of the House Rep. Ivo Rask (R-WI) said \u201canti-levy "
            "images, they\u2019ve got no place in a campaign.\u201d")
    assert [(c.speaker, c.quote) for c in claims.extract(text, PUB)] == [
        ("Ivo Rask", "anti-levy images, they\u2019ve got no place in a campaign")]


def test_the_patterns_take_a_quotation_right_after_the_verb_for_what_was_said():
    from claimledger.extraction.surface import find_cue
    s = ("Tuesday on Norburg Radio, while discussing a tweet from Ada Kone featuring an image of the levy, Rep. Ivo Rask "
         "said \u201canti-levy images, they\u2019ve got no place in a campaign.\u201d")
    cue = find_cue(s)
    assert [s[a:b].rstrip(".") for a, b in cue.content] == ["anti-levy images, they\u2019ve got no place in a campaign"]


@pytest.mark.parametrize("text, quote", [
    ("\"Go back to your seat,\" Tor Lind barked and a security guard escorted Ivo Rask out.", "Go back to your seat"),
    ("Tor Lind tried to laugh it off by interjecting, \"Only Ada Kone and her friends.\"", "Only Ada Kone and her friends"),
])
def test_barking_and_interjecting_are_saying(text, quote):
    # (a verb of saying that is no act here: the words are the one who barked them)
    [claim] = claims.extract(text, PUB)
    assert (claim.speaker, claim.quote) == ("Tor Lind", quote)


def test_a_second_speaker_after_to_which_has_her_own_statement():
    # the parse hangs "to which Rask interjected" inside Kone's clause: hers ends at the joint
    text = "Ada Kone said the plan was strong, to which Ivo Rask interjected: \"That is not true at all, and she knows it.\""
    first, second = claims.extract(text, PUB)[:2]
    assert (first.speaker, first.quote) == ("Ada Kone", "the plan was strong")
    assert (second.speaker, second.quote) == ("Ivo Rask", "That is not true at all")


def test_what_a_cause_forced_someone_to_say_is_not_the_cause_speaking():
    # ("led Republicans to say that ...": theirs; "forced Kone to distance herself from ...": no one's words)
    text = "Opposition to trade deals has forced Ada Kone to distance herself from trade agreements she once supported."
    assert [c.speaker for c in claims.extract(text, PUB)] == [None]


def test_sharing_with_a_that_clause_is_saying():
    text = "The pastor shared with the crowd that he believes Tor Lind is the right man for this hour."
    [claim] = claims.extract(text, PUB)
    assert (claim.speaker, claim.quote) == ("pastor", "he believes Tor Lind is the right man for this hour")


@pytest.mark.parametrize("text", [
    "Ada Kone shared the recording with the newspaper and a link to her fundraising page.",
    "That resentment may be shared by like-minded supporters of Tor Lind in the northern districts.",
])
def test_sharing_a_thing_or_a_view_held_by_others_is_no_one_saying(text):
    assert [c.speaker for c in claims.extract(text, PUB)] in ([], [None])


def test_calling_for_someone_to_act_is_the_caller_s_position_whole():
    # ("called on the council to ...", and likewise "called for a prosecutor to ...": the infinitive alone is no claim)
    [claim] = claims.extract("Ada Kone called for a special prosecutor to review the findings before the vote.", PUB)
    assert (claim.speaker, claim.kind.value) == ("Ada Kone", "position")
    assert claim.quote == "Ada Kone called for a special prosecutor to review the findings before the vote"


@pytest.mark.parametrize("text", [
    "\"Whoever opens the borders has no place pretending here,\" wrote a man calling himself Tor Lind.",
    "\"Whoever opens the borders has no place pretending here!\" wrote a man calling himself Tor Lind.",
])
def test_the_one_after_the_verb_that_closes_a_quotation_is_its_source(text):
    # (the parse takes "a man" for the object of "wrote", with the quotation's mark between the comma and the verb)
    [claim] = claims.extract(text, PUB)
    assert (claim.speaker, claim.quote) == ("man", "Whoever opens the borders has no place pretending here")


@pytest.mark.parametrize("text", [
    "Asked by Tor Lind whether the levy \"works\" at all, Ivo Rask avoided a direct answer.",
    "Asked by Tor Lind if the levy works, Ivo Rask avoided a direct answer.",
])
def test_who_asked_is_not_the_source_of_the_answer(text):
    assert "Tor Lind" not in [c.speaker for c in claims.extract(text, PUB)]


def test_a_who_said_after_an_inverted_source_and_its_description_is_the_source_s():
    text = ('"I am going to vote in this primary for Tor," said Ada Kone, 24, from Norburg, who said Lind is best '
            "suited to get corporate money out of government.")
    said = [(c.speaker, c.quote) for c in claims.extract(text, PUB)]
    assert said == [("Ada Kone", "I am going to vote in this primary for Tor"),
                    ("Ada Kone", "Lind is best suited to get corporate money out of government")]


@pytest.mark.parametrize("text, second", [
    ("Tor Lind said the visit was a success, and human rights groups warned that the council was giving up critical "
     "leverage over the army.", ("human rights groups", "the council was giving up critical leverage over the army")),
    ("Protest groups say the restrictions are less for safety than to minimize their visibility, and the Civil "
     "Liberties Union has already sued the city over the rules, saying they violate free-speech rights.", None),
])
def test_a_second_source_after_and_ends_the_first_statement(text, second):
    first, *rest = claims.extract(text, PUB)
    assert first.speaker in ("Tor Lind", "Protest groups") and " and " not in first.quote
    assert [(c.speaker, c.quote) for c in rest if c.speaker in ("Tor Lind", "Protest groups")] == []
    assert second is None or (rest[0].speaker, rest[0].quote) == second


def test_a_manner_after_the_verb_closing_a_quotation_is_part_of_the_cue():
    text = '"They are all here because he is promising them free stuff," Tor Lind shot back with a laugh.'
    [claim] = claims.extract(text, PUB)
    assert (claim.speaker, claim.quote) == ("Tor Lind", "They are all here because he is promising them free stuff")


def test_a_name_after_a_conjunction_of_time_is_the_subject_of_its_had_said():
    # (the parse hangs "Mr. Lind" on "after" and "had said", with no subject, on "come")
    text = ('The issue had come up Friday after Mr. Lind, asked about the deaths of reporters, had said, '
            '"I think our country does plenty of killing also."')
    claim = claim_containing(text, "plenty of killing", PUB)
    assert (claim.speaker, claim.speaker_mention) == ("Lind", "Mr. Lind")


@pytest.mark.parametrize("text, speaker", [
    # a country named only by its adjective: the description as written, up to its role, not the country
    ("Swedish officials said the ferry would resume service next week.", "Swedish officials"),
    ("A Dutch official who was briefed on the talks said the ferry would resume service next week.", "Dutch official"),
    ("Senior Norwegian officials disagree on what the ferry will carry.", "Senior Norwegian officials"),
    ("A statement by the Greek government said the ferry would resume service next week.", "Greek government"),
    ("The Polish president said the ferry would resume service next week.", "Polish president"),
    # (the country by its name is the country; a person named after the adjective is that person)
    ("Sweden said the ferry would resume service next week.", "Sweden"),
    ("Swedish Prime Minister Ada Kone said the ferry would resume service next week.", "Ada Kone"),
])
def test_a_description_naming_a_country_by_its_adjective_is_given_as_written(text, speaker):
    assert _last_claim(text, None) == (speaker, None)
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker_kind != "person" or speaker == "Ada Kone"


@pytest.mark.parametrize("role", ["host", "anchor", "presenter", "moderator"])
def test_a_broadcasters_role_is_a_description_of_the_one_titled_with_it(role):
    text = (f'Ivo Rask told {role} Tor Lind on his late-night programme that the army would leave. Lind pressed him on '
            f'the date. "I have never seen one announce a withdrawal without telling his boss first," the {role} said.')
    assert _last_claim(text, None) == ("Tor Lind", None)


@pytest.mark.parametrize("text, speaker", [
    # "the paper" / "the newspaper": the newspaper the article named last, though it has not spoken yet
    ("The Ostby Herald has covered the tender for weeks. Citing three people involved, the paper said the mayor had "
     "intervened.", "Ostby Herald"),
    ('Enter The Norburg Times. "He is a politician selling fiction," the paper\'s editorial board wrote.', "Norburg Times"),
    ("The Norburg Times has covered the tender for weeks, and The Times has a second bid. The newspaper said the mayor "
     "had intervened.", "Norburg Times"),
    # (a paper someone wrote is no newspaper)
    ("The Ostby Herald has covered the tender for weeks. A new paper by economists at the university was published "
     "on Monday. The paper said the levy would cost jobs.", "paper"),
])
def test_the_paper_is_the_newspaper_named_last(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # "the bloc", "the charity": the body a description set off beside its name called so, or the one just heard
    ("The Community of Coastal States, the regional bloc, condemned the takeover. In a statement, the bloc said it "
     "would suspend Ostland from all its bodies.", "Community of Coastal States"),
    ("Teachers Across Frontiers said its teams had reached 300 schools. The charity warned that children would miss "
     "the term if the roads stayed shut.", "Teachers Across Frontiers"),
    # (a place before "a group" is where it marched, not its name; "every organization" is none in particular)
    ("In downtown Norburg, a group dressed in white marched in silence. The group said it would march again on "
     "Friday.", "group"),
    ("Teachers Across Frontiers said its teams had reached 300 schools. Not every organization is staying, "
     "observers said.", "observers"),
])
def test_a_body_described_beside_its_name_or_just_heard(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a surname alone is the one the article names otherwise, not a kin named with it nor one who died
    ("Mara Lindqvist is a lawmaker. Her grandmother, Ebba Lindqvist, 84, still lives in the row house. The congress "
     "will be held on Nov. 13, and Lindqvist is widely expected to run. Asked directly, she would say only that she "
     'would "decide by the end of August."', "Mara Lindqvist"),
    ("Mara Lindqvist is a lawmaker. Olle Lindqvist, who died in 2011, spent 14 months in prison. Lindqvist, a former "
     "mine inspector, plans to introduce a bill by Sept. 30.", "Mara Lindqvist"),
    ("Mara Lindqvist is a lawmaker. The late Olle Lindqvist spent 14 months in prison. Lindqvist, a former "
     "mine inspector, plans to introduce a bill by Sept. 30.", "Mara Lindqvist"),
    # (a kin of the pronoun's sex, when the one named otherwise is of the other)
    ("Mara Lindqvist is a lawmaker and she votes often. Her husband, Olle Lindqvist, runs the farm. Lindqvist was "
     "asked about the harvest, and he said it would be late.", "Olle Lindqvist"),
])
def test_a_surname_alone_is_not_a_kin_or_someone_who_died(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("title", ["deputy governor", "Lt. Gov.", "Lieutenant Governor"])
def test_the_governor_is_not_the_one_titled_deputy_or_lieutenant(title):
    text = (f"Ada Kone will step down as governor of the bank on Sept. 30. The shortlist has narrowed to {title} Mara Osei "
            "and Tor Lind. In a rare interview, the governor said she had no regrets.")
    assert _last_claim(text, None)[0] in ("governor", "Ada Kone")  # (was Mara Osei)


def test_a_name_after_a_sentences_own_she_is_not_whom_the_next_she_stands_for():
    text = ("Ada Kone founded a payments company in 2008. Now she is asking voters to trust her. She faces Lieutenant "
            "Governor Ivo Rask, 64, in the Aug. 10 primary. Her pitch is simple: government should work like good "
            "software, she says.")
    assert _last_claim(text, None) == ("Ada Kone", None)


@pytest.mark.parametrize("firm", ["Norvane Appliances", "Ostby Hotels", "Kelland Instruments", "Valmora Beverages"])
def test_a_firm_named_for_what_it_makes_is_the_company(firm):
    text = (f"The lunch whistle at the {firm} plant still blows at 11:45. {firm.split()[0]} said in May that it would "
            "close the plant by Dec. 15. In a letter, chief executive Ivo Rask wrote that the decision was painful. "
            "The company has said it will offer severance of two weeks' pay for every year of service.")
    assert _last_claim(text, None) == (firm, None)


@pytest.mark.parametrize("noun", ["the think tank", "the charity", "the consultancy", "the payments company"])
def test_a_name_after_a_bodys_noun_is_no_person_a_pronoun_stands_for(noun):
    text = (f'Finally, Ada Kone of {noun} Civitas Norvane is the most cautious. "Anyone who tells you they know what '
            'will happen is selling something," she said.')
    assert _last_claim(text, None) == ("Ada Kone", None)


def test_a_title_the_parse_broke_off_the_name_after_said_is_the_names():
    # (the parse makes both "delegate" and "Ama Richter" subjects of "said")
    text = '"This is the speech we have been waiting for," said delegate Ama Richter, a nurse from Ostby.'
    assert _last_claim(text, None) == ("Ama Richter", None)


@pytest.mark.parametrize("text, speaker", [
    # a wire lede's description that the next paragraph names, with words of it
    ("Talks to end the strike on Ostland's rail network will resume on Thursday, the head of the country's largest "
     "rail union said on Tuesday.\n\n\"We have agreed to go back to the table,\" Ada Kone, general secretary of the "
     "Rail Workers' Union, told reporters.", "Ada Kone"),
    # (not a body's description, nor a person named without its words)
    ("Talks to end the strike will resume on Thursday, the company said on Tuesday.\n\n\"We have agreed to go back "
     "to the table,\" Ada Kone, the company's chief executive, told reporters.", "company"),
    ("Talks to end the strike will resume on Thursday, the head of the country's largest rail union said on "
     "Tuesday.\n\n\"We have agreed to go back to the table,\" Ada Kone, a commuter from Norburg, told reporters.",
     "country's largest rail union"),
])
def test_a_ledes_description_named_in_the_next_paragraph(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a body named at a sentence's end is named ("... the Norvane Mill Workers Guild. The guild said")
    ("Ivo Rask leads the Harbor and Dockworkers' Guild. The guild said it would hold a strike vote on July 24.",
     "Harbor and Dockworkers' Guild"),
    ("Tor Lind chairs the Ostby Savings Bank. The bank said it would cut its rate next month.", "Ostby Savings Bank"),
    # (a document sent to members speaks for the body its clause is about, never as itself)
    ("Ivo Rask leads the Harbor and Dockworkers' Guild. The guild will hold a strike vote on July 24, according to a "
     "notice sent to members on Saturday.", "Harbor and Dockworkers' Guild"),
    # (a party is no firm "the company" stands for; a title-case headline is no body)
    ("Talks were held with the opposition party, the Movement for Democratic Renewal. One person's pension company "
     "informed him he would no longer receive statements.", "person's pension company"),
])
def test_a_body_named_at_a_sentences_end(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_a_title_case_headline_is_no_body():
    from claimledger.extraction.names import orgs_in
    text = "Kone's Poll Numbers Jump Post-Party Convention\n\nThe poll showed that Kone leads."
    assert orgs_in(text, 0, len(text)) == []


def test_a_name_set_off_after_an_opening_participles_place_is_the_subject():
    # (the parse hangs "Ada Kone" on "Harlem" as its apposition, leaving "accused" without a subject)
    text = "Speaking in Harlem, Ada Kone, without naming him, also accused Tor Lind of being a latecomer to the issue."
    assert _last_claim(text, None) == ("Ada Kone", None)


@pytest.mark.parametrize("text, speaker", [
    # "the <body> leader": the one person the article titles leader, unless that title names another body
    ("Ostland's opposition leader Tor Lind spoke on Tuesday. Speaking in the Assembly, the Social Front leader said "
     "the budget was a gift to landlords.", "Tor Lind"),
    ("Senate Majority Leader Tor Lind spoke on Tuesday. The Democratic leader said the bill would fail.",
     "Democratic leader"),
])
def test_a_bodys_leader_is_the_one_titled_leader(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


def test_what_follows_a_kin_or_one_who_died_says_nothing_of_the_surname_alone():
    text = ("Mara Lindqvist is a lawmaker in Ostby. Olle Lindqvist, who died in 2011, spent 14 months in "
            "prison. He never gave up. The party's leader, Ivo Rask, praised her. The congress will be held on Nov. 13, "
            'and Lindqvist is widely expected to run. Asked directly, she would say only that she would "decide by the '
            'end of August."')
    assert _last_claim(text, None) == ("Mara Lindqvist", None)


@pytest.mark.parametrize("text, speaker", [
    # the name someone unnamed gave is theirs, and the next "he" too
    ("A spokesman for the group, who gave his name as Tor Lind, confirmed the talks in a voice message. He said the "
     "rebels would halt all offensive operations from Thursday.", "Tor Lind"),
    ("A guard, who identified himself only as Ivo, said the prisoners were unharmed.", "Ivo"),
])
def test_the_name_an_unnamed_source_gave_is_theirs(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # "the rebels": the armed group the article named last
    ("The government and the Norvane Liberation Front will resume talks next week. The army said 14 soldiers had been "
     "killed. The rebels said they had lost six fighters.", "Norvane Liberation Front"),
    # (none named: the rebels as written)
    ("The government will resume talks next week. The rebels said they had lost six fighters.", "rebels"),
])
def test_the_rebels_are_the_armed_group_named(text, speaker):
    assert _last_claim(text, None) == (speaker, None)


@pytest.mark.parametrize("text, speaker", [
    # a lede's description, and right after a quotation by a name the story had not given, nothing said of it
    ("Norburg, July 6 (Wire) - A deal is within reach and could be concluded as soon as next month, the chief "
     "negotiator for the Contact Group said on Tuesday.\n\n\"We have never been closer,\" Ada Kone told reporters.",
     "Ada Kone"),
    # (not one with a description of their own, another person)
    ("Norburg, July 6 (Wire) - A deal is within reach and could be concluded as soon as next month, the chief "
     "negotiator for the Contact Group said on Tuesday.\n\nThe security minister, Tor Lind, said the talks had failed.",
     "Contact Group"),
])
def test_a_ledes_description_and_the_name_given_right_after(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


@pytest.mark.parametrize("text, speaker, quote", [
    ("Prosecutors allege Ivo Rask shot the owner in October 2020 after the two fell out.", "Prosecutors",
     "Ivo Rask shot the owner in October 2020"),
    ("Critics contend the plan will cost more than it saves.", "Critics", "the plan will cost more than it saves"),
    ("Officials acknowledge the bridge will not open before May.", "Officials", "the bridge will not open before May"),
])
def test_a_plural_subject_s_present_allege_or_contend_is_a_cue(text, speaker, quote):
    claim = claims.extract(text, date(2021, 7, 6))[0]
    assert (claim.speaker, claim.quote) == (speaker, quote)


def test_acknowledge_after_to_is_an_infinitive_not_a_cue():
    text = "The short schedule struck voters as unfair, something the party seemed to acknowledge by adding debates in March."
    assert all(c.speaker is None or "seemed" not in c.speaker for c in claims.extract(text, date(2021, 7, 6)))


@pytest.mark.parametrize("text, speaker, quote", [
    ("Ivo Rask spoke for three hours. He went out of his way to say that the economy had hit bottom this year.",
     "Ivo Rask", "the economy had hit bottom this year"),
    ("Tor Lind took pains to note that the bank had not lost money.", "Tor Lind", "the bank had not lost money"),
    ("Ada Kone took care to stress that the bridge would open in May.", "Ada Kone", "the bridge would open in May"),
])
def test_going_to_lengths_to_say_is_saying(text, speaker, quote):
    claim = claims.extract(text, date(2021, 7, 6))[-1]
    assert (claim.speaker, claim.quote) == (speaker, quote)


def test_a_way_to_report_is_no_one_going_out_of_their_way():
    text = "The first element of a better tax system is simply creating a more transparent way to report offshore profits."
    assert all(c.speaker is None for c in claims.extract(text, date(2021, 7, 6)))


def test_people_named_by_where_they_live_speak():
    claim = claims.extract("Residents downstream said the response had been too slow.", date(2021, 7, 6))[0]
    assert (claim.speaker, claim.quote) == ("Residents", "the response had been too slow")

