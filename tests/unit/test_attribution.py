"""Speaker attribution through reported speech."""
from __future__ import annotations

from datetime import date

import pytest

from claimledger.domain import ClaimKind
from claimledger.extraction import claims
from claimledger.extraction.attribution import attribute, parse_mention
from claimledger.extraction.model import CueForm
from claimledger.extraction.sentences import split
from helpers.extraction import claim_containing


def speakers(text):
    ss = split(text)
    return [(a.speaker.name if a.speaker else None) for a in attribute(text, ss)]


def content(text, i=0):
    ss = split(text)
    a = attribute(text, ss)[i]
    return [text[x:y] for x, y in a.content]


@pytest.mark.parametrize("text, name", [
    ("The economy will grow, Finance Minister Maria Lopez said.", "Maria Lopez"),
    ('"The economy will grow," said Maria Lopez, the finance minister.', "Maria Lopez"),
    ('"The economy will grow," Lopez told Reuters on Monday.', "Lopez"),
    ("Maria Lopez said on Monday that the economy would grow.", "Maria Lopez"),
    ("According to the central bank, the economy will grow.", "central bank"),
    ("The economy will grow, according to the IMF.", "IMF"),
    ("A spokesperson for the US State Department said talks were the only way.", "US State Department"),
    ("Responding to questions, a spokesperson for the Pentagon said troops would stay.", "Pentagon"),
    ("Analysts expect growth to slow.", "Analysts"),
    ("Economists polled by Reuters expect rates to rise.", "Economists polled by Reuters"),
    ("The Kremlin said it was open to talks.", "Russia"),
    ("U.S. President Joe Biden on Thursday promised to veto the bill.", "Joe Biden"),
    ("Manchester United manager Erik ten Hag said the striker would play.", "Erik ten Hag"),
])
def test_attribution_forms(text, name):
    got = speakers(text)[0]
    assert got is not None and name.lower() in got.lower(), got


@pytest.mark.parametrize("text, name", [
    ("Pell's spokesman said the company will appeal the ruling.", "Pell"),
    # one who no longer holds the post speaks for nobody but themselves
    ("Pell's former strategist said the plan would collapse by March.", "Pell's former strategist"),
    ("Norvane's ex-chief executive said the plant would close.", "Norvane's ex-chief executive"),
])
def test_a_possessed_role_speaks_for_the_possessor_while_it_holds_the_post(text, name):
    assert speakers(text)[0] == name


def test_reporter_sentences_have_no_speaker():
    assert speakers("Hundreds of soldiers have fled into Tajikistan. Prices rose 3% in May.") == [None, None]


def test_tail_attribution_content_excludes_the_cue():
    text = "The Taliban has plans to present a proposal next month, a spokesperson for the insurgents said even as they advanced."
    assert content(text) == ["The Taliban has plans to present a proposal next month"]


def test_adding_that_is_more_content_from_the_same_speaker():
    text = '"It will take a month," he said, adding that the talks were at a critical juncture.'
    assert content(text) == ["It will take a month", "the talks were at a critical juncture"]


def test_pronoun_and_definite_description_resolve_to_last_speaker():
    text = ('"Talks will speed up," Taliban spokesperson Zabihullah Mujahid told Reuters. '
            '"It will take a month," he said.\n\n'
            'A spokesperson for the US State Department said talks were vital. '
            '"The world will not accept force," the official added.')
    assert speakers(text) == ["Zabihullah Mujahid", "Zabihullah Mujahid", "US State Department", "US State Department"]


def test_he_after_a_quotation_is_not_someone_named_in_it():
    text = ('Police commissioner Tom Rudd spoke to reporters on Monday. '
            '"Prosecutor Ann Morley will ask the court to close the hearing," he said.')
    assert speakers(text)[1] == "Tom Rudd"
    # nor a body whose name reads like a person's
    text = ('Mayor Tom Rudd spoke in Ohio. You could leave thinking Rudd is fine doing dark things in the name of '
            'defeating the Islamic State. "It is interesting what happens with the convention," he said.')
    assert speakers(text)[2] in ("Tom Rudd", "Rudd")


def test_quote_continuation_next_paragraph_and_next_sentence():
    text = ('"It will take a month," Mujahid said.\n\n'
            '"We are very serious about talks."\n\n'
            '"The world will not accept it," the official added. "Legitimacy is possible only if rights are respected."')
    got = speakers(text)
    assert got[0] == got[1] == "Mujahid"
    assert got[3] == got[2]


def test_quote_spanning_sentences_gets_the_later_attribution():
    text = 'Prices rose.\n\n"The truce will start on Thursday. Fifty hostages will be freed," spokesman Majed al-Ansari said.'
    assert speakers(text) == [None, "Majed al-Ansari", "Majed al-Ansari"]


def test_generic_organisation_is_linked_to_the_named_one():
    text = ("The Taliban has plans to present a proposal next month, a spokesperson for the insurgents said. "
            '"Talks will speed up," Taliban spokesperson Zabihullah Mujahid told Reuters.')
    ss = split(text)
    a = attribute(text, ss)
    assert a[0].speaker.name == "Taliban" and a[0].speaker.mention == "a spokesperson for the insurgents"
    assert a[1].speaker.name == "Zabihullah Mujahid" and a[1].speaker.affiliation == "Taliban"
    assert a[1].speaker.kind == "person"


def test_surname_mentions_reuse_the_registered_person():
    text = "Finance Minister Maria Lopez said taxes would fall. Lopez said spending would rise."
    ss = split(text)
    a = attribute(text, ss)
    assert a[1].speaker.name == "Maria Lopez" and a[1].speaker.mention == "Lopez"


@pytest.mark.parametrize("np, name, org, kind_role", [
    ("Taliban spokesperson Zabihullah Mujahid", "Zabihullah Mujahid", "Taliban", "spokesperson"),
    ("a spokesperson for the US State Department", None, "US State Department", "spokesperson"),
    ("U.S. Secretary of State Antony Blinken", "Antony Blinken", "United States", "secretary of state"),
    ("Sarah House, a senior economist at Wells Fargo", "Sarah House", "Wells Fargo", "senior economist"),
    ("a senior U.S. official", None, "United States", "senior official"),
    ("the Labor Department", None, "Labor Department", None),
    # an office with what it is of or for, then the person
    ("U.S. Ambassador to Vestria Ilse Marrow", "Ilse Marrow", "United States", "ambassador to vestria"),
    ("Secretary of Homeland Security Dana Okafor", "Dana Okafor", None, "secretary of homeland security"),
    ("Minister for Foreign Affairs Julie Brandt", "Julie Brandt", None, "minister for foreign affairs"),
    ("Ambassador to the United Nations Tova Lind", "Tova Lind", None, "ambassador to united nations"),
    ("spokesman for the Taliban Qari Rahim", "Qari Rahim", "Taliban", "spokesman"),
    ("a spokesman for the Norland Police Department", None, "Norland Police Department", "spokesman"),
    # a capitalised body word after a name belongs to the body's name
    ("A Norland Police spokesman", None, "Norland Police", "spokesman"),
    ("a police spokesman", None, None, "police spokesman"),
    ("Senate Majority Whip Ada Kone", "Ada Kone", "Senate", "majority whip"),
    # a nickname in quotation marks is no part of the name
    ('Herbert "Joe" Pase', "Herbert Pase", None, None),
    ("William \u201cBill\u201d Okafor, a state official", "William Okafor", None, "state official"),
    # an epithet before a body's or a person's name is no part of it, a tenure is part of the role
    ("the nonpartisan Ostby Budget Office", None, "Ostby Budget Office", None),
    ("the liberal Center for Port Progress", None, "Center for Port Progress", None),
    ("the ubiquitous Tom J. Pell", "Tom J. Pell", None, None),
    ("a former Ostby Mayor", None, "Ostby", "former mayor"),
    # a plural owner's apostrophe alone
    ("Harbour Corps\u2019 Ada Kone", "Ada Kone", "Harbour Corps", None),
    # a body named for its members and the country it is of or for, not a person or the country
    ("the Concerned Parents for America", None, "Concerned Parents for America", None),
    ("the Harbour Workers of Canada", None, "Harbour Workers of Canada", None),
    ("Ostby Veterans of America", None, "Ostby Veterans of America", None),
    # a person of a country, whatever the surname ends in
    ("Tom Adams of Canada", "Tom Adams", "Canada", None),
    ("Dana Okafor of Canada", "Dana Okafor", "Canada", None),
    ("Amir Harris of Canada", "Amir Harris", "Canada", None),
])
def test_parse_mention(np, name, org, kind_role):
    m = parse_mention(np)
    assert m.name == name
    assert m.org == org
    assert m.role == kind_role


def test_headline_is_not_attributed():
    text = "US urges negotiated settlement\n\nThe minister said talks would resume."
    ss = split(text)
    a = attribute(text, ss)
    assert a[0].speaker is None and a[0].how == CueForm.HEADLINE


@pytest.mark.parametrize("text,speaker,kind", [
    # a dateline's dash ends it; a descriptor + body role + name is the named body
    ("March 6 (Reuters) - U.S. home goods retailer Harbor & Pine Co said on Wednesday it would close 150 stores.",
     "Harbor & Pine Co", "organisation"),
    # appositions between the subject and the verb
    ("Whitfield, who took over in October, said the closures would not lead to layoffs.", "Whitfield", "person"),
    ("Chief executive Tomasz Wrobel, 39, said the glasses will ship in March.", "Tomasz Wrobel", "person"),
    # "according to X data" is where a number comes from, not who speaks
    ("Harbor & Pine expects net sales of $8 billion, above the average estimate, according to LSEG data.",
     "Harbor & Pine", "organisation"),
    ("Typhoon Marisol will make landfall on Friday, the state weather bureau PAGASA said.", "PAGASA", "organisation"),
    # a document speaks for whoever issued it; an occasion for whoever spoke at it
    ('"Some batches may contain lead," said a press release issued by Dunmore Foods Inc.', "Dunmore Foods Inc.",
     "organisation"),
    ("A statement released by the Kerwin Group said the plant would close in May.", "Kerwin Group", "organisation"),
    # ... also after "according to", whatever verb issued it
    ("The plant will close in May, according to a statement issued by the Kerwin Group.", "Kerwin Group",
     "organisation"),
    ("The plant will close in May, according to a report put out by the Kerwin Group.", "Kerwin Group",
     "organisation"),
    ("According to a press conference with the mayor, the road will reopen next week.", "mayor", "unknown"),
    # the body the word before the document names ("a ministry statement" as "the ministry" reads)
    ("A ministry statement said the port would reopen in May.", "ministry", "government"),
    ("Norvane Shipping Ltd builds ferries in Norburg. The plant will close in May, according to a company statement.",
     "Norvane Shipping Ltd", "organisation"),
    # an adjective between the article and the maker's name; an examination is a document too
    ("A 2014 examination by the nonpartisan Keld Civic Association found that the city had spent $50 million "
     "on settlements.", "Keld Civic Association", "organisation"),
    ("A report by the progressive Centre for Harbour Studies found that the levy would raise $20 million a year.",
     "Centre for Harbour Studies", "organisation"),
])
def test_news_attributions(text, speaker, kind):
    att = next(a for a in attribute(text, split(text)) if a.speaker is not None and a.how != CueForm.REPORTER)
    assert (att.speaker.name, att.speaker.kind) == (speaker, kind)


def test_a_possessive_is_no_speaker():
    text = "Norvane forecast revenue of $4.1 billion, above analysts' estimates, as demand stays strong."
    att = attribute(text, split(text))[0]
    assert att.speaker is not None and att.speaker.name.startswith("Norvane")


def test_a_body_with_its_own_modifier_is_not_the_last_one_heard():
    text = "NS said it would run a limited timetable. The labour ministry said it would not intervene."
    atts = attribute(text, split(text))
    assert (atts[1].speaker.name, atts[1].speaker.kind) == ("labour ministry", "government")
    text = "Officials said it would rain. The company said it would not."
    assert attribute(text, split(text))[1].speaker.name != "Officials"
    # the firm under investigation, named inside the quotation, is not the office that says it
    text = '"The inquiry will check whether Brackwell Ltd owes tax," the prosecutor\'s office said.'
    assert attribute(text, split(text))[0].speaker.name == "prosecutor's office"
    text = "Brackwell Ltd will cut 300 jobs, the Leeds carmaker said."
    assert attribute(text, split(text))[0].speaker.name == "Brackwell Ltd"


def test_a_name_before_its_description_speaks():
    text = ("Sydney Metro, the state agency running the project, said in a statement that tunnel boring machines "
            "would resume work within three months.")
    assert attribute(text, split(text))[0].speaker.name == "Sydney Metro"
    text = "In Paris, the minister said the plan would work."
    assert attribute(text, split(text))[0].speaker.name == "minister"


def test_data_sources_speak_only_for_reporter_sentences():
    text = "The war has killed tens of thousands of people, according to U.N. figures."
    assert attribute(text, split(text))[0].speaker.name == "U.N."
    text = "Harbor & Pine expects net sales of $8 billion, above the average estimate, according to LSEG data."
    assert attribute(text, split(text))[0].speaker.name == "Harbor & Pine"


@pytest.mark.parametrize("text,speaker,content", [
    # the whole name owns the records, and what they say starts after the phrase, not inside it
    ("According to Marlow County Election Board records, the committee raised $57 million.",
     "Marlow County Election Board", "the committee raised $57 million"),
    ("The committee raised $57 million, according to Marlow County Election Board records.",
     "Marlow County Election Board", "The committee raised $57 million"),
    ("According to MCEB filings, the committee raised $57 million.", "MCEB", "the committee raised $57 million"),
    # a lower-case word between owner and data is the data's, a capitalised data word the name's
    ("According to Ostrava trading data, the shares rose 5 percent on Monday.", "Ostrava",
     "the shares rose 5 percent on Monday"),
    ("Nearly a third of workers lack a pension, according to the Office of Wage Statistics.",
     "Office of Wage Statistics", "Nearly a third of workers lack a pension"),
])
def test_the_owner_of_data_is_a_whole_name(text, speaker, content):
    att = attribute(text, split(text))[0]
    assert att.speaker.name == speaker
    assert [text[a:b].rstrip(".") for a, b in att.content] == [content]


@pytest.mark.parametrize("text, quote, speaker", [
    # "according to X" set off inside its clause: the clause around it is X's, in one piece
    ("The depot, according to the company, will close in May.",
     "The depot, according to the company, will close in May", "company"),
    ("Since last November, according to Harbour Watch, the port police have arrested more than 400 dockers.",
     "Since last November, according to Harbour Watch, the port police have arrested", "Harbour Watch"),
    ("Dr. Pell was, according to Kone, \"reasonably boisterous and drunk\" that night.",
     "Dr. Pell was, according to Kone", "Kone"),
    # the quotation right after the phrase, with no comma
    ("The depot will, according to Kone \u201cclose before the winter.\u201d",
     "The depot will, according to Kone \u201cclose before the winter", "Kone"),
])
def test_according_to_inside_its_clause(text, quote, speaker):
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if c.quote.startswith(quote))
    assert c.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # with its own subject, the reporter's
    ("The plant will close, according to the company, and the port reopened in May after a long strike.", None),
    ("Kone doesn't like surprises, in the words of one aide, and 12 of her aides quit in May.", None),
    # sharing the subject, the source's too
    ("Pell leads by 15 points in Nordland, according to the Harbour Times, and has a small lead in Sudland.",
     "Harbour Times"),
    ("Kone doesn't like surprises, in the words of one aide, and walks out of every meeting that runs late.", "one aide"),
])
def test_a_clause_joined_after_according_to(text, speaker):
    found = claims.extract(text, date(2021, 7, 6))
    assert found[0].speaker is not None and found[-1].end > text.index(" and ") + 6
    assert found[-1].speaker == speaker


def test_an_apposition_after_according_to_is_the_sources_not_the_claims():
    text = "According to Nordby Radio, the official broadcaster, a cargo plane crashed after take-off on Friday."
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if "cargo plane" in c.quote)
    assert c.quote.startswith("a cargo plane") and c.speaker == "Nordby Radio"
    # (not the subject of the claim with a relative clause after it)
    text = "According to Ada Kone, the 17-year-old, who worked at the fair, went into cardiac arrest."
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if "cardiac" in c.quote)
    assert c.quote.startswith("the 17-year-old")


@pytest.mark.parametrize("text, expected", [
    # a second statement joined with its own source is that source's, not the first's
    ("The debate is predictable - Tom Pell has vowed to bring back mining jobs and cut rules, and Ada Kone is "
     "promising to help mining towns move away from coal.",
     [("Tom Pell has vowed", "Tom Pell"), ("Ada Kone is promising", "Ada Kone")]),
    ("Tom Pell has vowed to bring back jobs, while Ada Kone has promised to help mining towns.",
     [("Tom Pell has vowed", "Tom Pell"), ("Ada Kone has promised", "Ada Kone")]),
    # the main clause before a "while" with its own source stays the reporter's
    ("Prices rose sharply in May, while analysts had expected that they would fall.",
     [("Prices rose sharply in May", None), ("they would fall", "analysts")]),
])
def test_a_second_statement_with_its_own_source(text, expected):
    got = claims.extract(text, date(2021, 7, 6))
    assert [(c.quote[:len(q)], c.speaker) for c, (q, _) in zip(got, expected)] == expected and len(got) == len(expected)


@pytest.mark.parametrize("text, quote, speaker", [
    # the one whose view, words or account a side phrase names says the clause, as with "according to"
    ("In Mr. Pell's view, the port will reopen next year.", "the port will reopen next year", "Pell"),
    ("By the mayor's own admission, the budget will run out in March.", "the budget will run out in March", "mayor"),
    ("In the words of Senator Ada Kone, the bill will pass.", "the bill will pass", "Ada Kone"),
    ("Tom Pell spoke on Monday. In his view, the port will reopen next year.", "the port will reopen", "Tom Pell"),
    # not a noun's phrase, nor the reporter's or a thing's own estimate
    ("There has been a change in his views on trade, and the port will reopen.", "the port will reopen", None),
    ("In its estimate, the port will reopen.", "In its estimate, the port will reopen", None),
    # the verb's own phrase, not one set off from its clause
    ("The voters re-elected Kone because they believed in her judgment.", "The voters re-elected Kone", None),
    ("The speech can be summed up in the words of Ada Kone when she opened the port.", "The speech can be summed up", None),
])
def test_in_someones_view_names_the_source_of_the_clause(text, quote, speaker):
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if c.quote.startswith(quote))
    assert c.speaker == speaker


@pytest.mark.parametrize("text, quote, speaker", [
    # an inserted "X said" inside its clause: the clause around it, in one piece, with its subject
    ("The depot will, the company said, close in May.", "The depot will, the company said, close in May", "company"),
    ("Ada Kone runs the port. The golf industry, she said, is \"doing much better than it has since 2009.\"",
     "The golf industry, she said, is", "Ada Kone"),
    # inside a relative clause, that clause; what comes before it is the writer's
    ("The park is near the Nordby stadium, which, Kone said, will be full on game days.",
     "which, Kone said, will be full on game days", "Kone"),
    ("The Nordby park opened in 2009 near the stadium, which, Kone said, will be full on game days.",
     "The Nordby park opened in 2009 near the stadium", None),
])
def test_said_inside_its_clause(text, quote, speaker):
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if c.quote.startswith(quote))
    assert c.speaker == speaker
    # ... not after an opening phrase, when a clause with its own subject follows the cue
    text = "Back then, Ms. Ripert said, she found Ms. Sherry very quiet in 2009."
    assert [c.quote for c in claims.extract(text, date(2021, 7, 6))] == ["she found Ms. Sherry very quiet in 2009"]


def test_a_reason_after_the_cue_leaves_the_content_before_it():
    text = "While the council might soon raise the levy, that is cause for celebration, Kone said, because the mill is thriving."
    out = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert out.get("that is cause for celebration") == "Kone"
    assert out.get("While the council might soon raise the levy") == "Kone"


@pytest.mark.parametrize("text", [
    "Ada Brenner told the Herald last week she would rather vote for Ruiz.",
    "Ada Brenner told The Ostby Ledger of Marlow last week she would rather vote for Ruiz.",
])
def test_when_after_the_hearer_is_the_cues(text):
    # (the occasion too: "after the debate" is when the words were said)
    quoted = '"The port will close," Kone told reporters after the debate, "and the levy will rise next year."'
    assert "the levy will rise next year" in [c.quote for c in claims.extract(quoted, date(2021, 7, 6))]
    assert [c.quote for c in claims.extract(text, date(2021, 7, 6))] == ["she would rather vote for Ruiz"]


@pytest.mark.parametrize("joined", ["while", "but", "whereas"])
def test_the_clause_before_a_joined_statement_stays_the_reporters(joined):
    text = f"The council approved the levy on Monday, {joined} Pell said it would hurt small firms."
    out = claims.extract(text, date(2021, 7, 6))
    first = next(c for c in out if c.quote == "The council approved the levy on Monday")
    assert first.speaker is None
    assert next(c for c in out if c.quote == "it would hurt small firms").speaker == "Pell"


def test_capitalised_common_nouns_and_dates_are_no_part_of_a_name():
    # a lone "State" at a sentence's start is no body for "the company" to stand for
    text = ("State regulations limit withdrawals to $50 a day. "
            "One person's pension company told him he would no longer receive statements.")
    assert speakers(text)[1] != "State"
    # the date after a poll's maker is when, not who
    text = "A poll by the University of Keswick in early May 2010 showed that the race would be close."
    assert speakers(text)[0] == "University of Keswick"
    # "Secretary General of the Andean Community Wagner": Wagner, not "Community Wagner"
    text = ('The summit was opened by Secretary General of the Andean Community Wagner. '
            '"These projects will be carried out over five years," said Wagner.')
    assert speakers(text)[1] == "Wagner"


def test_who_says_the_whole_sentence_speaks_not_the_verb_inside_it():
    text = ("The risk is so great that Mayor Tom Rudd warned the council last week not to raise taxes in May, "
            "said a city official who spoke anonymously.")
    assert speakers(text) == ["city official"]


def test_what_hangs_after_a_source_is_no_part_of_it():
    text = ("But officials in the city council, including 12 members who signed a ''no confidence'' letter in May, "
            "have pressed for the mayor to resign.")
    assert speakers(text) == ["officials in the city council"]
    # a document is named with when it was filed, and speaks for whoever filed it
    assert speakers("A court document filed Thursday says the manager will not be prosecuted.") == [None]
    assert speakers("A lawsuit filed by the Kerwin Group says the plant will close in May.") == ["Kerwin Group"]


def test_a_quotation_signed_with_a_dash_is_the_signers():
    text = ("The letters came in on Monday.\n\n"
            "\u201cThe council has failed us. The new road will ruin the valley.\u201d \u2015 Marta Ellison\n\n"
            "\u201cHe will never listen.\u201d\u2015 Pam Tapley, 19, student\n\n"
            '"Taxes will fall next year." \u2014 Sen. Ann Hale (R-Ohio)\n\n'
            "The vote was close - very close.")
    assert speakers(text) == [None, "Marta Ellison", "Marta Ellison", "Pam Tapley", "Ann Hale", None]
    assert content(text, 2) == ["The new road will ruin the valley."]


def test_a_source_phrase_cut_short_is_no_speaker():
    text = 'The Harbour Society went on to say: "However, if a pupil asks, teachers should explain the tides."'
    assert speakers(text) == ["Harbour Society"]
    assert speakers("It assumes the rest of the delegates will swarm to him.") == [None]


def test_a_surname_before_the_full_name_is_that_person():
    text = "Kone, a port supporter, said the levy will fail. Later, councillor Ada Kone said the port will close."
    assert [a.speaker.name for a in attribute(text, split(text))] == ["Ada Kone", "Ada Kone"]
    # ... but not where the article names two people of that surname, or "Mr." says it is another
    text = ("Kone said the levy will fail. Ada Kone said the port will close. Tom Kone was not there.")
    assert attribute(text, split(text))[0].speaker.name == "Kone"
    text = "Mr. Kone said the levy will fail. Later, councillor Ada Kone said the port will close."
    assert attribute(text, split(text))[0].speaker.name == "Kone"


def test_the_name_before_a_description_and_a_relative_clause_speaks():
    text = "Mike Pell, the former Ostby governor, who is also running for the seat, said Kone should resign."
    assert attribute(text, split(text))[0].speaker.name == "Mike Pell"
    # ... not a name the parse joins to an inserted "a top aide said"
    text = "Kone, a top aide said, \u201cis very confident in the contrast\u201d with Pell."
    assert attribute(text, split(text))[0].speaker.name != "Kone"


def test_a_sentence_that_is_only_its_cue_speaks_the_quotation_before_it():
    text = "Kone spoke first.\n\n\u201cThe levy will ruin us all.\u201d Tom Pell told reporters."
    assert attribute(text, split(text))[1].speaker.name == "Tom Pell"


@pytest.mark.parametrize("text", [
    "Kone spoke first.\n\n\u201cThe levy will ruin us all. The port cannot pay.\u201d The warning came from Sen. Tor Lind "
    "of Norburg, who sits on the harbour committee.",
    "Kone spoke first.\n\n\u201cThe levy will ruin us all. The port cannot pay.\u201d The remark came from Tor Lind.",
    "Kone spoke first.\n\n\u201cThe levy will ruin us all. The port cannot pay.\u201d That line came from harbour master "
    "Tor Lind, who said the board would appeal.",
    "Kone spoke first.\n\n\u201cThe levy will ruin us all. The port cannot pay.\u201d That was how harbour master Tor "
    "Lind put it at a briefing.",
])
def test_a_sentence_naming_where_a_quotation_came_from_gives_its_speaker(text):
    # (not Kone, heard before it)
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 5, 18))}
    assert got["The levy will ruin us all"] == got["The port cannot pay"] == "Tor Lind", got


@pytest.mark.parametrize("text", [
    "The vote was praised by Tor Lind of Norburg, the committee's top Republican, who said the port would close.",
    "The vote was praised by Sen. Tor Lind of New Norburg, the committee's top Republican, who said the port would close.",
])
def test_a_relative_clause_on_a_description_after_where_a_person_is_from_is_theirs(text):
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 5, 18))}
    assert got.get("the port would close") == "Tor Lind", got


def test_a_pronoun_in_a_clause_with_a_subject_of_its_own_tells_nothing_of_the_speakers_sex():
    # ("staff would watch her race": hers is the runner's, not Rask's; so "he" is Rask)
    text = ("Her coach, Ben Osei, said the injury had healed.\n\nOwner Ivo Rask said staff would watch her race on a "
            "screen in the shop. \u201cWe'll close the ovens for an hour. She has earned that,\u201d he said.")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert got["We'll close the ovens for an hour"] == "Ivo Rask", got


def test_a_they_set_off_inside_a_sentence_is_the_group_the_sentence_before_opened_with():
    text = ("The company said its loan was approved properly.\n\nTwo administration officials offered a more cautious "
            "picture. Her future, they said, will depend on what the inspector general finds.")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert [sp for q, sp in got.items() if "inspector general" in q] == ["administration officials"], got


def test_a_body_described_then_named_by_its_short_form_is_that_body():
    text = "Unions want outdoor work halted. The dockworkers' union, NDU, said it would strike on Friday."
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert got["it would strike on Friday"] == "NDU", got


def test_a_long_role_before_a_name_set_off_after_a_quotation_is_no_source():
    # (the quotation's second sentence, the cue after it, the role and the name set off by commas)
    text = ("The Ostby Weather Institute issued a red alert on Tuesday.\n\n\"This is an exceptional event. We are "
            "looking at several days with night-time temperatures that will not drop below 28 degrees, which is very "
            "dangerous for the elderly,\" the institute's head of forecasting, Dr. Mara Osei, said at a briefing.")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert {sp for q, sp in got.items() if "exceptional" in q or "looking at" in q} == {"Mara Osei"}, got


def test_we_outside_a_quotation_is_the_writer_not_the_last_speaker():
    text = ("The Ostby Harbour Board said the levy was unfair. We believe the harbour will recover by spring, "
            "and we expect the board to drop its appeal.")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 5, 18))}
    assert got["the levy was unfair"] == "Ostby Harbour Board"
    assert all(sp is None for q, sp in got.items() if "harbour will recover" in q or "drop its appeal" in q)


def test_a_quotation_opened_in_the_content_is_the_speakers_to_its_close():
    text = ("The harbour minister, Ada Kone, said that the toll is \"a regrettable toll, but we think we now "
            "control the situation at the port.\"")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 5, 18))}
    assert got.get("we think we now control the situation at the port") == "Ada Kone"


def test_a_name_that_only_qualifies_a_noun_is_no_one_a_pronoun_stands_for():
    # ("a possible Pell administration": the administration is no one; "he" is Mr. Kone)
    text = ("Mr. Kone has long advised Mayor Tom Pell. Three aides told me they believed Mr. Kone wanted a role in a "
            "possible Pell administration.\n\nBut he did not dispute that he lends his thoughts to the mayor.")
    got = {c.quote: c.speaker for c in claims.extract(text, date(2021, 7, 6))}
    assert got["he lends his thoughts to the mayor"] == "Kone"


@pytest.mark.parametrize("intro", ["Councillor Ada Kone echoed:", "The Ostby Herald responded:", "Kone argued that:"])
def test_a_line_with_any_verb_of_saying_introduces_the_paragraph_after_it(intro):
    text = f"The council met on Monday.\n\n{intro}\n\n“The levy will ruin the harbour within a year.”\n"
    c = claim_containing(text, "ruin the harbour", date(2021, 7, 6))
    assert c.speaker and ("Kone" in c.speaker or "Herald" in c.speaker)


def test_an_instruction_to_the_reader_introduces_no_speaker():
    text = ("Ada Kone spoke on Monday.\n\nListen to audio of Pell’s remarks on the levy below:\n\n"
            "“The levy will ruin the harbour within a year.”\n")
    c = claim_containing(text, "ruin the harbour", date(2021, 7, 6))
    assert c.speaker is None or "Listen" not in c.speaker


@pytest.mark.parametrize("mention, name", [
    ("A spokesman for Democratic mayoral candidate Ada Kone", "Ada Kone"),
    ("a spokeswoman for Tom Pell", "Tom Pell"),
    ("a spokesman for the Center for Harbour Policy", "Center for Harbour Policy"),
])
def test_a_spokesman_speaks_for_the_person_by_name_or_the_body(mention, name):
    text = f"{mention} called the report “outrageous” on Monday and said the levy will not pass."
    c = claim_containing(text, "levy will not pass", date(2021, 7, 6))
    assert c.speaker == name


def test_the_report_a_speaker_put_out_speaks_for_them():
    text = ("In a 40-page report released today, the Ostby harbour inspectors reported their findings on the port. "
            "The report concludes that the eastern pier will collapse within a decade.")
    c = claim_containing(text, "eastern pier", date(2021, 7, 6))
    assert (c.quote, c.speaker) == ("the eastern pier will collapse within a decade", "Ostby harbour inspectors")


def test_a_report_someone_only_spoke_about_is_not_theirs():
    text = ("A spokesman for Mayor Ada Kone called a report on the harbour “outrageous.” "
            "The report published Tuesday concludes that the eastern pier will collapse within a decade.")
    c = claim_containing(text, "eastern pier", date(2021, 7, 6))
    assert c.speaker is None and c.quote.startswith("The report")  # (no one named: the report stays in the claim)


@pytest.mark.parametrize("line", ["WOW: Ada Kone Just Said Something Unexpected About The Levy",
                                  "BOMBSHELL: The Port Authority Just Gave Tom Pell A New Reason To Worry",
                                  "Contributing: Tom Pell and Ada Kone, Ostby Herald"])
def test_a_headline_exclamation_or_credit_label_is_no_speaker(line):
    assert all(c.speaker not in ("WOW", "BOMBSHELL", "Contributing") for c in claims.extract(line + "\n\nText.\n", date(2021, 7, 6)))


@pytest.mark.parametrize("text, speaker", [
    ('President Ada Kone of the Ostby Republic condemned the launch as "provocative."', "Ada Kone"),
    # (a source named by a two-word adjective: as written, of that country)
    ("A South Korean source told the agency that the rocket carried a satellite.", "South Korean source"),
])
def test_a_person_of_a_country_is_the_person_and_a_two_word_demonym_its_country(text, speaker):
    c = claims.extract(text, date(2021, 7, 6))[0]
    assert c.speaker == speaker and (c.speaker_affiliation == "South Korea" or speaker == "Ada Kone")


@pytest.mark.parametrize("words", ["this year", "This week", "two years", "last month"])
def test_a_span_of_time_is_no_speaker(words):
    from claimledger.extraction.names import speakable
    assert speakable(words) is None and speakable("Time") == "Time"  # (the magazine is one)


def test_a_quotation_that_goes_on_after_went_on_is_the_speakers():
    text = ("Ada Kone spoke first. “You know, it happens, right?” Pell went on, as if he didn’t hear her. "
            "“But you will get over it and fight back.”")
    c = claim_containing(text, "get over it", date(2021, 7, 6))
    assert c.speaker == "Pell"


@pytest.mark.parametrize("text, speaker", [
    ("Australian police said more arrests would follow within days.", "Australian police"),
    ("Canberra police said more arrests would follow within days.", "Canberra police"),
    ("Italian investigators say the suspect had links with the group.", "Italian investigators"),
    ("French officials said more arrests would follow within days.", "French officials"),
])
def test_a_country_s_police_speak_as_the_force_not_the_state(text, speaker):
    # (its officials speak for the state, their affiliation; its police and investigators for the investigation)
    found = claims.extract(text, date(2024, 3, 4))
    assert [c.speaker for c in found] == [speaker]
    assert found[0].speaker_affiliation == ("France" if speaker == "French officials" else None)


def test_an_epithet_is_not_the_country_its_clause_begins_with():
    # ("Roger Federer will retire ..., the champion said": the epithet is the clause's subject; a country is none)
    text = ('Tor Lind is touting a cautious stance in other interviews. "We are sitting on a bubble also," he said. '
            "The businessman said China is expecting a 6.5 percent growth rate.")
    assert claim_containing(text, "China is expecting", date(2024, 3, 4)).speaker == "Tor Lind"


def test_a_named_person_and_other_leaders_of_a_country_are_a_group_not_the_state():
    text = ("Ada Kone and other right-wing Israeli leaders shunned Tor Lind during his trips, claiming that the "
            "former president is \"anti-Israel.\"")
    said = claim_containing(text, "the former president", date(2024, 3, 4))
    assert said.speaker == "Ada Kone and other right-wing Israeli leaders"


@pytest.mark.parametrize("text, speaker", [
    ("Norburg News, like the Herald, declared Ada Kone had enough delegates to become the nominee.", "Norburg News"),
    # (a group's examples: the named members the track record wants)
    ("Critics of the levy, like Senator Ada Kone, said it would fail.", "Ada Kone"),
])
def test_a_named_source_compared_with_another_is_itself(text, speaker):
    assert [c.speaker for c in claims.extract(text, date(2024, 3, 4))] == [speaker]


def test_a_name_before_the_pronoun_that_says_is_the_hearer_of_another_verb():
    text = ("Ada Kone did not stop to answer questions, but at least a dozen members of Congress told The Norburg Post "
            "she thinks the House is within reach.")
    [claim] = claims.extract(text, date(2024, 3, 4))
    assert claim.speaker == "at least a dozen members of Congress" and claim.quote.endswith("the House is within reach")


def test_at_least_opening_a_subject_is_part_of_it():
    [claim] = claims.extract("At least a dozen lawmakers said the talks would resume next week.", date(2024, 3, 4))
    assert (claim.speaker, claim.quote) == ("At least a dozen lawmakers", "the talks would resume next week")


@pytest.mark.parametrize("text, quote", [
    ('Ada Kone chairs the group. Recently she announced on her page, in capital letters, "I am getting off the ship '
     'and boarding the train!"', "I am getting off the ship and boarding the train"),
    ('Tor Lind spoke in Norburg. (On Monday he said he would "strongly consider" closing mosques.)',
     'he would "strongly consider" closing mosques'),
])
def test_a_time_or_an_adverb_before_the_pronoun_is_no_name(text, quote):
    assert [c.quote for c in claims.extract(text, date(2024, 3, 4))][-1:] == [quote]


def test_a_share_in_words_is_a_source_however_the_parse_hangs_it():
    # (the parser hangs "thirds of ... voters" on "two")
    text = "Nearly two-thirds of Democratic primary voters said that the plan would hurt the economy."
    [claim] = claims.extract(text, date(2024, 3, 4))
    assert (claim.speaker, claim.quote) == ("Nearly two-thirds of Democratic primary voters", "the plan would hurt the economy")


@pytest.mark.parametrize("text, speaker", [
    # a relative clause after a source with no article: the people it describes speak
    ("Ada Kone is not seeking re-election, but her budget will be a major topic of the race, according to "
     "Republicans who critiqued the speech.", "Republicans"),
    ("The port will close in May, according to two dockers present who asked not to be named.", "dockers present"),
])
def test_according_to_people_a_relative_clause_describes(text, speaker):
    c = next(c for c in claims.extract(text, date(2021, 7, 6)) if "will close" in c.quote or "major topic" in c.quote)
    assert c.speaker == speaker


@pytest.mark.parametrize("text, containing, speaker", [
    # an age standing for the person named before it, whatever clause follows or quotation precedes it
    ("Mary Kone spoke in Norburg on Monday. The 46-year-old said Tor Lind would win the race.", "would win", "Mary Kone"),
    ('Mary Kone spoke in Norburg on Monday. "Tor Lind will win the race," said the 46-year-old.', "will win", "Mary Kone"),
    # what a document says of someone is not theirs
    ("The ad says Tor Lind is too dangerous to be mayor.", "too dangerous", "ad"),
    ('Mary Kone\'s campaign emailed supporters on Monday. The email goes on to say: "Tor Lind wants to raise every '
     'tax in Norburg."', "raise every tax", None),
])
def test_an_epithet_is_not_the_subject_of_a_clause_after_it_or_a_quotation_before_it(text, containing, speaker):
    c = claim_containing(text, containing, date(2021, 7, 6))
    assert (c.speaker, "46-year-old" in c.quote) == (speaker, False), (c.quote, c.speaker)


def test_a_quotation_after_a_cue_s_colon_is_quoted_words():
    # ("I will ..." in the speaker's own words is a promise, as after '"...," she said')
    c = claim_containing('Ada Kone told the crowd: "I will fight for you."', "fight for you", date(2021, 7, 6))
    assert (c.speaker, c.kind.value) == ("Ada Kone", "promise"), c


@pytest.mark.parametrize("text, containing, speaker", [
    # a country's adjective is its country, the speaker's affiliation ("Philippine" was read as a name)
    ("The Philippine government said the port would reopen in May.", "port would reopen", "Philippine government/Philippines"),
    ("Sudanese officials said talks would resume in May.", "talks would resume", "Sudanese officials/Sudan"),
    # a word the text capitalises inside a sentence keeps its capital opening one ("kone allies")
    ("Kone allies were hopeful Tuesday that the opening day's problems would be forgotten by the end of the week. "
     "Ada Kone did not comment.", "forgotten", "Kone allies"),
])
def test_proper_adjectives_at_the_start_of_a_sentence(text, containing, speaker):
    c = claim_containing(text, containing, date(2021, 7, 6))
    assert (f"{c.speaker}/{c.speaker_affiliation}" if "/" in speaker else c.speaker) == speaker


def test_a_word_is_proper_where_the_text_capitalises_it_on_its_own():
    from claimledger.extraction.attribution import _proper_elsewhere
    assert _proper_elsewhere("Allies met on Monday, said Kone.", "Kone")
    assert not _proper_elsewhere("Officials said the Federal Reserve would act.", "Federal")  # part of a name
    assert not _proper_elsewhere("Federal officials met federal judges.", "Federal")  # only opening a sentence


@pytest.mark.parametrize("text", [
    "The central bank now forecasts inflation of 2.5 percent in 2026.",
    "The bank still expects inflation to fall next year.",
])
def test_an_adverb_before_the_verb_is_no_part_of_the_source(text):
    assert attribute(text, split(text))[0].speaker.name in ("central bank", "bank")


@pytest.mark.parametrize("text, containing, speaker, kind", [
    # someone's spokesman, office or campaign aide speaks for the person the article named in full, not for a
    # body called by a surname (and says the person's plan)
    ("Mara Osei arrived in Ostby on Monday. Osei's spokesman said she would attend the summit.", "attend",
     "Mara Osei", "person"),
    ("Mara Osei arrived in Ostby on Monday. An Osei campaign aide said the tour would go on.", "tour", "Mara Osei", "person"),
    # (the role is kept: "the senator's spokesman" later is that spokesman again)
    ("Senator Mara Osei arrived in Ostby on Monday. Osei's spokesman said she would attend the summit. The visit "
     "would be short, the senator's spokesman added.", "short", "Mara Osei", "person"),
    # (two people of that name: neither; a firm by that word: the firm)
    ("Mara Osei and Tor Osei arrived in Ostby on Monday. Osei's spokesman said the tour would go on.", "tour", "Osei", None),
    ("Norvane Shipping Ltd opened a yard in Ostby. Norvane's spokesman said the yard would hire 200 people.", "hire",
     "Norvane", "organisation"),
    ("The Ostby GOP met on Monday. A GOP spokesman said the vote would go ahead.", "vote", "GOP", None),
])
def test_a_person_s_spokesman_speaks_for_the_person_named_in_full(text, containing, speaker, kind):
    c = claim_containing(text, containing, date(2021, 7, 6))
    assert c.speaker == speaker and (kind is None or c.speaker_kind == kind), c


def test_a_spokesman_says_the_person_s_plan():
    text = "Mara Osei arrived in Ostby on Monday. Osei's spokesman said she would attend the summit."
    assert claim_containing(text, "attend", date(2021, 7, 6)).kind.value == "plan"


@pytest.mark.parametrize("text, speaker", [
    ("The ministry of defence said it would send more troops to the border.", "ministry of defence"),
    ("The department of health said the clinics would close in May.", "department of health"),
    ("A senior official in the Ostland government said talks would resume next week.", "Ostland government"),
    # (where a judge sits is no body she speaks for; the mayor's office is the mayor's; a group of rabbis are rabbis)
    ("A federal judge in Ostby said the trial would resume in May.", "federal judge in Ostby"),
    ("The office of the mayor said the bridge would reopen in March.", "mayor"),
    ("A group of rabbis said they would boycott the speech.", "rabbis"),
    ("Officials in the treasury and at the finance ministry said taxes would rise.", "Officials in the treasury and at the finance ministry"),
])
def test_a_body_named_by_what_it_is_of_or_someone_in_it(text, speaker):
    assert attribute(text, split(text))[0].speaker.name == speaker


@pytest.mark.parametrize("text, containing, speaker", [
    ("Ada Kone lost the vote on Monday. Her lawyer said she would appeal the ruling.", "appeal", "Ada Kone"),
    ("Ada Kone lost the vote on Monday. Her senior aides said the campaign would go on.", "campaign", "Ada Kone"),
    ("Norvane Shipping Ltd cut its forecast. Its chief executive said the yard would close.", "yard", "Norvane Shipping Ltd"),
])
def test_his_her_or_its_lawyer_aide_or_chief_executive_speaks_for_the_owner(text, containing, speaker):
    assert claim_containing(text, containing, date(2021, 7, 6)).speaker == speaker


def test_whom_their_lawyers_speak_for_is_left_as_said():
    # (the "they" heard last is the officials; the attorneys are the families')
    text = ("The families of the two men watched the videos on Thursday, officials said. Their attorneys said the "
            "families would sue the city.")
    assert claim_containing(text, "sue", date(2021, 7, 6)).speaker == "Their attorneys"


@pytest.mark.parametrize("text", [
    "The party expects to win 40 seats, said campaign manager Tor Lind.",
    "The party expects to win 40 seats, said its campaign manager, Tor Lind.",
])
def test_a_closing_said_with_a_described_name_is_the_cue_not_the_subject_s_own_verb(text):
    # (the sentence whole was the party's, its closing "said ..." and all)
    c = claim_containing(text, "40 seats", date(2021, 7, 6))
    assert (c.speaker, c.quote) == ("Tor Lind", "The party expects to win 40 seats"), c


@pytest.mark.parametrize("text", [
    "The opposition leader, Tor Lind, vowed to fight the plan.",
    "Kone's rival, Tor Lind, plans to run again.",
])
def test_an_act_claimed_whole_starts_with_the_description_the_name_is_set_off_after(text):
    # (was "Tor Lind, vowed to fight the plan": the description cut off, a stray comma left)
    c = claim_containing(text, "Tor Lind", date(2021, 7, 6))
    assert (c.quote, c.speaker) == (text.rstrip("."), "Tor Lind"), c


@pytest.mark.parametrize("text", [
    "Norvane Motors said it would fix the brakes. In January, it recalled 40,000 trucks over a steering defect.",
    "Norvane recalled its sedans in May.",
])
def test_a_recall_of_goods_is_the_reporter_s_fact(text):
    c = claim_containing(text, "recalled", date(2021, 7, 6))
    assert (c.kind.value, c.speaker) == ("fact", None), c


def test_recalling_a_memory_is_still_said():
    assert claim_containing("Kone recalled that the plant had closed in 1990.", "plant", date(2021, 7, 6)).speaker == "Kone"


@pytest.mark.parametrize("text, speaker", [
    ("If the talks fail, the union will strike in March, its leader said.", "union"),
    ("The airline expects to return to profit next year, its chief executive said.", "airline"),
])
def test_its_leader_after_the_body_s_own_clause_speaks_for_that_body(text, speaker):
    assert attribute(text, split(text))[-1].speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Ada Kone arrived on Monday. According to a statement from her office, she will travel to Ostby on Thursday.",
    "Ada Kone arrived on Monday. A statement from her office said she would travel to Ostby on Thursday.",
    "Ada Kone arrived on Monday. According to a statement from Kone's office, she will travel to Ostby on Thursday.",
])
def test_a_statement_from_someone_s_office_is_theirs(text):
    c = claim_containing(text, "travel", date(2021, 7, 6))
    assert (c.speaker, c.kind.value) == ("Ada Kone", "plan"), c


@pytest.mark.parametrize("text, kind", [
    ("Council member Tor Lind said the fee would fall hardest on poor families.", "person"),
    ("City council member Tor Lind said the fee would fall hardest on poor families.", "person"),
    ("Ostby school board member Tor Lind said the fee would fall hardest on poor families.", "person"),
])
def test_a_body_s_member_by_name_is_the_member(text, kind):
    # (was a body called "council member tor lind", or "City")
    c = claim_containing(text, "fee", date(2021, 7, 6))
    assert (c.speaker, c.speaker_kind) == ("Tor Lind", kind), c


def test_members_in_a_description_are_no_name():
    text = "House members in competitive races voiced concerns about what might be out there."
    assert claim_containing(text, "concerns", date(2021, 7, 6)).speaker == "House members in competitive races"


def test_the_campaign_is_the_one_the_sentences_before_name():
    # (was a speaker named "campaign": the campaign named two sentences before was no speaker of its own)
    text = ("Ada Kone spoke in Ostby on Monday. Ada Kone's campaign is making its biggest ad buy to date. The campaign "
            "said it would air a new ad on Friday.")
    c = claim_containing(text, "new ad", date(2021, 7, 6))
    assert (c.speaker, c.speaker_kind) == ("Ada Kone", "person"), c


@pytest.mark.parametrize("text, speaker", [
    ("Tech giant Norvane said on Tuesday it would cut 10,000 jobs.", "Norvane"),
    ("Chipmaker Norvane said it would build a plant in Ostby.", "Norvane"),
    ("Retail giant Norvane Ltd said it would close 40 stores.", "Norvane Ltd"),
])
def test_a_trade_then_a_firm_s_name_is_the_firm(text, speaker):
    # (was no one, or a firm called "Chipmaker Norvane"; and "on Tuesday" opened the claim)
    c = claim_containing(text, "would", date(2021, 7, 6))
    assert (c.speaker, c.speaker_kind, c.kind.value, c.quote.split()[0]) == (speaker, "organisation", "plan", "it"), c


@pytest.mark.parametrize("text", ["Democrats said they would block the bill.", "Republicans warned the vote would fail."])
def test_a_party_s_people_are_a_group(text):
    # (were "unknown": one word the article gives no first name)
    assert claim_containing(text, "would", date(2021, 7, 6)).speaker_kind == "group"


def test_a_campaign_named_for_a_person_is_that_person_and_so_is_its_it():
    text = ("Ada Kone spoke in Ostby on Monday. The Kone campaign sent an email on Tuesday saying that the race was close. "
            "It said the new ads would run in May.")
    assert [claim_containing(text, w, date(2021, 7, 6)).speaker for w in ("was close", "ads")] == ["Ada Kone", "Ada Kone"]


def test_a_campaign_named_for_no_one_named_is_a_body():
    c = claim_containing("The Kone campaign said it would spend more in June.", "June", date(2021, 7, 6))
    assert (c.speaker, c.speaker_kind) == ("Kone campaign", "organisation"), c


@pytest.mark.parametrize("text, speaker, kind", [
    ("Portugal will not recognise the vote, its foreign minister said.", "Portugal", "government"),
    ("Norvane Shipping Ltd will close the yard, its chief executive said.", "Norvane Shipping Ltd", "organisation"),
    ("Portugal said it would recall its ambassador.", "Portugal", "government"),  # (a country by name: 76 were missing)
])
def test_its_minister_or_chief_after_the_clause_speaks_for_its_subject(text, speaker, kind):
    c = claim_containing(text, "would" if "would" in text else "will", date(2021, 7, 6))
    assert (c.speaker, c.speaker_kind) == (speaker, kind), c


def test_according_to_someone_a_relative_clause_on_them_is_no_part_of_what_they_say():
    c = claim_containing("According to Kone, who spoke to reporters after the vote, the levy will be scrapped.", "levy",
                         date(2021, 7, 6))
    assert (c.speaker, c.quote) == ("Kone", "the levy will be scrapped"), c


@pytest.mark.parametrize("verb", ["signaled", "signalled"])
def test_british_spellings_of_a_cue_are_cues(verb):
    # (British news doubles the l: "signalled" was no cue, the claim no one's)
    text = f"The bank raised rates and {verb} that more hikes were likely."
    assert claim_containing(text, "more hikes", date(2021, 7, 6)).speaker == "bank"


@pytest.mark.parametrize("text", [
    "A draft of the budget, seen by the Ostby Times, shows the deficit will widen to 4 percent next year.",
    "According to court documents obtained by the Ostby Times, Kone has decided to sue the city.",
])
def test_who_saw_or_obtained_a_document_says_nothing(text):
    assert all(c.speaker != "Ostby Times" for c in claims.extract(text, date(2021, 7, 6)))


@pytest.mark.parametrize("text, speaker", [
    ("German unions called for a 10.5% pay rise for public sector workers.", "German unions"),
    ("German carmakers said the levy would cost jobs.", "German carmakers"),
    ("A German company said the levy would cost jobs.", "German company"),
    ("German officials said the levy would pass.", "German officials"),  # (officials speak for the state)
])
def test_a_country_s_unions_and_firms_speak_for_themselves_not_for_its_state(text, speaker):
    c = claims.extract(text, date(2021, 7, 6))[0]
    assert c.speaker == speaker and (c.speaker_affiliation == "Germany") == (speaker == "German officials")


@pytest.mark.parametrize("text, speaker", [
    ("German unions on Monday called for a 10.5% pay rise.", "German unions"),
    ("Ada Kone spoke in Ostby. Kone on Tuesday dismissed the governor as an ineffective leader.", "Ada Kone"),
    ("The Monday Club said the levy would pass.", "Monday Club"),  # (a name, no time)
])
def test_a_time_after_the_source_is_no_part_of_its_name(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_a_poll_out_this_week_is_the_poll():
    c = claims.extract("A University of Ostby poll out this week shows Kone leading by five points.", date(2021, 7, 6))[0]
    assert c.speaker == "University of Ostby poll", c


@pytest.mark.parametrize("text, speaker", [
    ("Saudi Arabia will account for half of the cut, its energy ministry said in a statement.", "Saudi Arabia"),
    ("OPEC+ agreed to cut output. The group's next meeting is scheduled for June 4.", None),  # (a meeting, no owner said)
])
def test_its_ministry_speaks_for_the_country_and_a_group_s_meeting_is_no_one_s_plan(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_a_second_statement_joined_after_a_dash_lead_in_is_its_own_speaker_s():
    text = ("The fight over the port is familiar - Mayor Tor Lind has vowed to keep the docks open and cut fees, and Ada "
            "Kone is promising to move the yards out of the city.")
    got = [(c.speaker, c.quote[:12]) for c in claims.extract(text, date(2021, 7, 6))]
    assert got == [("Tor Lind", "Mayor Tor Li"), ("Ada Kone", "Ada Kone is ")], got


@pytest.mark.parametrize("text, speaker", [
    ("Jo-Renee Kone, political science professor at Ostby University in New Jersey, described the approach in terms of "
     "a game.", "Jo-Renee Kone"),
    ("Justine Lind-Hardenne apologized to her opponent, the tournament organisers and a disappointed crowd.",
     "Justine Lind-Hardenne"),
])
def test_a_hyphenated_name_is_kept_whole(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Norvane unveiled its first folding phone on Tuesday. The phone will go on sale in the United States on Oct. 12 "
     "and in Europe a week later, the company said.", "Norvane"),
    ("A statement released by Norvane Shipping Lines, Ltd, the owners of the tanker, said the crew was safe. The "
     "Ostland Coast Guard has been informed of the incident. The tanker was carrying crude oil to Japan, according "
     "to the company.", "Norvane Shipping Lines, Ltd"),
    ("The two ships collided at 1:00 p.m. (3:00 p.m. JST) on Monday. The tanker was carrying crude oil to Japan, "
     "according to the company.", "company"),  # (a time zone is no body; no firm named)
    # a share ticker after the name is the name said again, never a body of its own
    ("OSTBY, July 6 (Wire) - Norvane Foods Inc (NRVF.N) said on Tuesday it would build a plant. Sales rose 11% in "
     "the quarter, the company said.", "Norvane Foods Inc"),
    # where a firm is based is no part of a name
    ("Norvane Foods Inc said on Tuesday it would build a plant.\n\nThe Ostby-based company said it expects sales "
     "to rise. Sales rose 11% in the quarter, the company said.", "Norvane Foods Inc"),
    # a firm named after its description, with no word of a firm in its name
    ("The rocket, built by private company Orbital Kelland, will lift off on Thursday. The company said the launch "
     "window would stay open until Saturday.", "Orbital Kelland"),
    # ... and no audit office heard since
    ("The rocket, built by private company Orbital Kelland, will lift off on Thursday. The National Audit Office "
     "said the agency's budget had grown by 40%. The company said engineers had fixed the valve.", "Orbital Kelland"),
    # ... itself heard since, and an agency after it
    ("The rocket, built by private company Orbital Kelland, will lift off on Thursday. The company said the window "
     "would stay open until Saturday. The Ostby Space Agency said it would put 12 satellites in orbit by 2025. The "
     "company said engineers had fixed the valve.", "Orbital Kelland"),
    # ... or before it
    ("Trellis Kelland, a digital payments company backed by Norvane Partners, said on Tuesday it would list its "
     "shares on the Ostby Stock Exchange. The company will offer 16 million shares, according to a filing.",
     "Trellis Kelland"),
    # a football club heard before, not one named since
    ("Norburg City have signed striker Ivo Rask from Kelland FC, the club confirmed on Tuesday. Rask scored 31 goals "
     "last season. Fans welcomed the deal.\n\nThe club has said ticket prices will be announced by the end of March.",
     "Norburg City"),
    # no audit office, heard last, when no firm was
    ("The plant was built by Kelland in 2009. The National Audit Office said the plant had lost money for years. "
     "The cuts will begin in May, the company said.", "company"),
    # a firm's name ending in what it makes
    ("Norvane Electronics unveiled its first folding phone on Tuesday. The phone will go on sale in May, the "
     "company said.", "Norvane Electronics"),
])
def test_the_company_is_a_firm_named_not_a_country_a_coast_guard_or_a_time_zone(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_a_possessive_after_a_name_s_relative_clause_and_verb_tells_nothing_of_its_sex():
    text = ("Sen. Ada Kone and Rep. Tor Lind clashed on Sunday. Lind, who wrote the bill, dismissed her threat. He said "
            "the House would pass it this week regardless.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Tor Lind"


def test_the_service_is_the_body_before_its_officer_s_title_and_name():
    text = ("Rural Fire Service Commissioner Ivo Rask told reporters that the danger was extreme. The fires have destroyed "
            "at least 150 homes since the start of the season, according to the service.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Rural Fire Service"


@pytest.mark.parametrize("text", [
    "Seismologist Ada Kone of Ostby University said aftershocks are likely to continue.",
    "Epidemiologist Ada Kone said cases would rise.",
])
def test_a_scientist_s_profession_before_the_name_is_no_part_of_it(text):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Ada Kone"


def test_a_statement_set_after_with_is_its_own_speaker_s():
    text = ("The government welcomed the decision, with Finance Minister Tor Lind saying it would give businesses "
            "\u201cmuch-needed certainty\u201d.")
    got = [(c.speaker, c.quote) for c in claims.extract(text, date(2021, 7, 6))]
    assert got == [("government", "The government welcomed the decision"),
                   ("Tor Lind", "it would give businesses \u201cmuch-needed certainty\u201d")], got


def test_the_bank_is_the_bank_heard_not_the_data_source_named_since():
    text = ("The central bank held rates steady but signalled that it could cut them as early as June. Markets are "
            "pricing in three cuts this year, according to Refinitiv data. The decision was unanimous, the bank said.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "central bank"


def test_a_pronoun_opening_the_sentence_after_one_naming_a_person_alone_tells_her_sex():
    text = ("Ada Kone, the mayor, opened the bridge on Monday. She said traffic would ease by June. Tor Lind, the council "
            "leader, criticised the cost. Kone defended the project on Tuesday. He said the city would pay for years.")
    assert claim_containing(text, "pay for years", date(2021, 7, 6)).speaker == "Tor Lind"


@pytest.mark.parametrize("text, name, marked", [
    ("Finance Minister Ada Kone spoke on Monday. She said the levy would stay.", "Kone", "f"),
    ("The court sentenced Tor Lind on Monday. She said the term was fair.", "Lind", None),  # (no subject: the judge)
    ("Ada Kone met Tor Lind in Norburg on Monday. She said talks went well.", "Kone", None),  # (another name between)
    ("Ada Kone spoke on Monday. Lind said she was wrong.", "Kone", None),  # (no pronoun opening the next sentence)
])
def test_what_the_next_sentence_s_pronoun_tells_of_a_person_s_sex(text, name, marked):
    from claimledger.extraction.names import sex
    assert sex(text, name, len(text)) == marked


def test_a_party_s_member_or_an_adverb_before_a_full_name_is_no_part_of_it():
    from claimledger.extraction.names import persons_before
    text = "Democrat Ada Kone won. Only Tor Lind was older than Kone would be."
    assert [n for _, n in persons_before(text, len(text), {})] == ["Ada Kone", "Tor Lind", "Kone"]


def test_a_firm_named_with_a_possessive_is_the_company_that_speaks():
    text = ("Ostland's medicines regulator on Tuesday approved Halden Pharma's drug for adults with kidney disease, making it "
            "the first treatment of its kind, the company said.")
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Halden Pharma"


def test_the_operator_before_a_name_makes_a_body_its_it_then_speaks_for():
    text = ("The collapse happened at about 3:00 am in the Cerro Azul mine, the operator Mineras Talca said in a statement. "
            "It said 34 other workers had been brought to the surface.")
    assert claim_containing(text, "34 other workers", date(2021, 7, 6)).speaker == "Mineras Talca"


@pytest.mark.parametrize("text, speaker", [
    ("Kestrel Bank agreed to buy smaller rival Harbor Mutual Bank for about 4.1 billion crowns. Harbor Mutual shareholders "
     "will receive 0.42 Kestrel shares for each share, the two banks said in a joint statement.",
     "Kestrel Bank and Harbor Mutual Bank"),
    ("Norvane Ltd agreed to buy Ostby Motors Inc for 2 billion crowns. The deal will close in March, the two companies said.",
     "Norvane Ltd and Ostby Motors Inc"),
])
def test_the_two_banks_are_the_two_banks_named_before(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_the_newspaper_is_the_paper_that_reported_and_what_it_cites_is_no_statement():
    text = ("The Norburg Times reported that prosecutors were examining payments. The consultancy had no employees, and its "
            "director was the brother-in-law of a former mayor, the newspaper reported, citing registry documents it had seen.")
    got = claims.extract(text, date(2021, 7, 6))
    assert [c.speaker for c in got] == ["Norburg Times"] * 3 and not any("citing" in c.quote for c in got), got


def test_a_person_described_as_working_for_a_charity_is_the_speaker_not_the_charity():
    text = ("Jalen Thorsby, a doctor with the charity Harbour Relief, which runs a clinic at the port, said many of the "
            "survivors were dehydrated.")
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Jalen Thorsby"


def test_the_group_is_the_forum_the_sentence_before_names():
    text = ("The Petroleum Exporters' Forum, whose 14 members pump a third of the world's oil, ended its meeting on Monday "
            "without agreeing to raise production. The group said in a statement that its members would meet again in July.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Petroleum Exporters' Forum"


def test_minutes_are_a_document_not_a_speaker():
    text = ("The Bank of Ostland kept its main rate at 1.5% on Tuesday. Two of the seven members of the committee voted for "
            "an immediate increase, according to minutes published alongside the decision.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker != "minutes"


@pytest.mark.parametrize("text", [
    "A person with knowledge of the talks said the mediators hoped to secure a deal by August.",
    "A source with direct knowledge of the matter said the deal would close in March.",
])
def test_someone_with_knowledge_of_the_talks_is_no_body_called_knowledge(text):
    sp = claims.extract(text, date(2021, 7, 6))[0].speaker
    assert sp and not sp.startswith("knowledge"), sp


def test_a_description_s_relative_clause_after_a_comma_is_no_part_of_the_speaker_s_name():
    text = ('"There won\'t be a path for Kone to win," said one of those advisers, who spoke on the condition of anonymity '
            'to share internal figures.')
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "one of those advisers"


def test_a_possessive_after_a_name_s_description_and_verb_tells_nothing_of_its_sex():
    text = ("President Tor Lind is seeking a third term. Kone, a former trade minister, left his government in 2018. Kone "
            'said the president was using state television. "Every night I am the villain on the news," she said.')
    assert claim_containing(text, "villain", date(2021, 7, 6)).speaker != "Tor Lind"


def test_the_club_is_the_football_club_named_before():
    text = "Norburg City sacked coach Tor Lind on Tuesday after six defeats in seven matches, the club said."
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Norburg City"


def test_the_union_is_the_association_its_own_sentence_names_not_one_named_later():
    text = ("Members of the Ostland Teachers' Association voted 71% in favour of the offer, the union said on Tuesday. "
            "The smaller Union of Secondary Teachers rejected the deal.")
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Ostland Teachers' Association"


def test_a_firm_described_by_where_it_is_based_is_the_firm_named_before():
    text = ("Lumora Technologies will recall 1.4 million of its smart speakers. The Calder Bay-based company said it had "
            "received 212 reports of overheating.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Lumora Technologies"


def test_a_justice_is_a_title_before_a_name():
    text = "Supreme Court Justice Ivo Rask said he does not intend to retire this year."
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Ivo Rask"


def test_what_anyone_of_a_kind_might_say_is_nobody_s_statement():
    text = ("Ada Kone criticised the senator on Monday. It is highly unusual for a sitting judge to weigh in so publicly on a "
            "campaign, though Kone is known for speaking her mind. In a later interview, she said the senator would lose.")
    assert claim_containing(text, "would lose", date(2021, 7, 6)).speaker == "Ada Kone"


def test_a_clause_after_a_semicolon_with_a_source_of_its_own_is_that_source_s():
    text = ("Conservatives say the bill would strengthen election security; Liberals and civil rights groups say it would "
            "make it harder for elderly voters to cast ballots.")
    assert claim_containing(text, "elderly voters", date(2021, 7, 6)).speaker == "Liberals and civil rights groups"


def test_a_document_s_statement_after_a_semicolon_is_its_owner_s():
    text = ("Kone argued that Lind, then the firm's chief operating officer, personally signed off on the deal; Lind's "
            'letter said he "had no role in approving" it.')
    assert claim_containing(text, "no role in approving", date(2021, 7, 6)).speaker == "Lind"


@pytest.mark.parametrize("text", [
    "The alliance plans to publish a list of hospitals at risk next week and will ask parliament for $8 billion in aid, its "
    "president, Ivo Rask, said in an interview.",
    "The alliance will publish a list next week and will ask parliament for aid, its president, Ivo Rask, said on Tuesday.",
])
def test_a_closing_cue_after_two_joined_plans_says_them_both(text):
    got = claims.extract(text, date(2021, 7, 6))
    assert [c.speaker for c in got] == ["Ivo Rask"], got
    assert "said" not in got[0].quote


@pytest.mark.parametrize("text", [
    '"These debates are the one moment when voters see the candidates," the commission\'s co-chairman, Ivo Rask, said.',
    '"These debates are the one moment when voters see the candidates," the commission\'s co-chairman, Ivo Rask, said '
    "at a news conference.",
])
def test_a_quotation_ends_at_its_closing_mark_before_a_hyphenated_role(text):
    got = claim_containing(text, "These debates", date(2021, 7, 6))
    assert (got.speaker, got.quote) == ("Ivo Rask", "These debates are the one moment when voters see the candidates")


def test_a_possessive_description_after_a_name_is_set_off_before_the_verb():
    # (the parse reads "a conference call that he expected ..." as a relative clause; the words still say it)
    text = ("Ivo Rask, Kone's finance chairman, told reporters on a conference call that he expected the campaign to "
            "raise at least $100 million over July and August combined.")
    got = claim_containing(text, "$100 million", date(2021, 7, 6))
    assert got.speaker == "Ivo Rask" and got.kind == ClaimKind.PREDICTION


def test_the_company_is_the_firm_named_before_not_a_school():
    text = ("Students at Tamsen High School were sent home. A spokesman for Cresthaven Electric, Gordon Lee, said the "
            "utility had received a report of a downed line. The company plans to file a report with regulators "
            "within two weeks.")
    assert claim_containing(text, "file a report", date(2021, 7, 6)).speaker == "Cresthaven Electric"


@pytest.mark.parametrize("text", [
    '"I have got a state to take care of," said one of them, Sen. Ada Kone of Norburg.',
    '"I have got a state to take care of," said a senator, Ada Kone.',
])
def test_a_name_after_a_description_after_said_is_the_source(text):
    assert claim_containing(text, "a state to take care of", date(2021, 7, 6)).speaker == "Ada Kone"


@pytest.mark.parametrize("text, containing, speaker", [
    ('Ivo Rask, who has courted Lind\'s supporters, mocked the endorsement on Tuesday. "His voters should come with us," '
     "the Norburg Party's presumptive nominee wrote on Twitter.", "His voters", "Ivo Rask"),
    # (of two nominees, the party's)
    ("Ivo Rask, the Norburg Party nominee, spoke in Ostby. Ada Kone, the Civic Party nominee, spoke in Lund. The Civic "
     "Party's nominee said her voters would come back.", "her voters", "Ada Kone"),
    # (a party's leader, unnamed, speaks for the party)
    ("Ada Kone spoke in Lund on Monday. The Civic Party's leader said the tax would fall.", "tax would fall", "Civic Party"),
])
def test_a_named_partys_nominee_is_the_person_the_story_is_about(text, containing, speaker):
    assert claim_containing(text, containing, date(2021, 7, 6)).speaker == speaker


@pytest.mark.parametrize("text", [
    "It will meet again in Ostby on Friday to vote on the trade sections, said its chairwoman, Ada Kone.",
    "The panel adopted the language on Saturday. It will meet again in Ostby on Friday to vote on the trade sections, "
    "said its chairwoman, Rep. Ada Kone of Norburg.",
])
def test_said_before_its_subject_closing_a_sentence_is_the_subjects(text):
    got = claim_containing(text, "meet again", date(2021, 7, 6))
    assert got.speaker == "Ada Kone" and got.quote.endswith("trade sections")


@pytest.mark.parametrize("text, second", [
    ("Kone said the plan was flawed and Lind said it would fail.", "Lind"),
    ("Ostland said the accusations were groundless and the opposition said it would respond.", "opposition"),
])
def test_a_second_source_joined_by_and_without_a_comma_says_its_own_clause(text, second):
    got = claims.extract(text, date(2021, 7, 6))
    assert len(got) == 2 and second in (got[1].speaker or ""), got
    assert " said " not in got[0].quote


@pytest.mark.parametrize("text, speaker", [
    ("Shares in Albatros Airways fell 9% on Tuesday. Albatros will review all strategic options, including a sale of its "
     "cargo unit, according to a filing to the Norburg stock exchange.", "Albatros Airways"),
    ("Norvane Motors Inc will raise $5 billion in new shares, according to a filing with the Securities and Exchange "
     "Commission.", "Norvane Motors Inc"),
])
def test_a_filing_is_the_filer_s_not_the_exchange_s_it_went_to(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_an_acronym_a_story_spells_out_in_lower_case_is_no_company():
    text = ("Halden Biologics said on Tuesday its vaccine against respiratory syncytial virus (RSV) was 81% effective in "
            "a late-stage trial. The trial enrolled 24,600 people. The company said there were no serious safety concerns.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Halden Biologics"


@pytest.mark.parametrize("text, speaker", [
    ("Polls show Ada Kone with a commanding lead in the race.", "polls"),
    ("Recent polls suggest the issue plays well for the governor.", "recent polls"),
])
def test_polls_in_general_are_the_source_of_what_they_show(text, speaker):
    assert (claims.extract(text, date(2021, 7, 6))[0].speaker or "").lower() == speaker


@pytest.mark.parametrize("text, speaker", [
    # a description opening its sentence, lowered to be read as no name, speaks as written
    ("Polls show Ada Kone with a commanding lead in the race.", "Polls"),
    ("Small groups of protesters continued to call for more information about the shooting.",
     "Small groups of protesters"),
    ("Federal and state officials said the two raised $350 million for the resort.", "Federal and state officials"),
    # ... as "Analysts" always did
    ("Analysts said the bank would cut rates in May.", "Analysts"),
])
def test_a_description_opening_its_sentence_speaks_as_written(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_a_pronoun_after_what_polls_show_is_people_not_the_polls():
    text = ("Party leaders gathered in Norburg on Monday. Surveys suggest that even some members find Kone unlikable. They "
            "privately doubted that he could sustain his momentum.")
    assert (claim_containing(text, "sustain his momentum", date(2021, 7, 6)).speaker or "").lower() != "surveys"


def test_people_s_word_before_a_body_s_word_is_all_one_name():
    text = "The Valmora Supporters' Trust said it would stage a protest at the first home game."
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Valmora Supporters' Trust"


def test_a_poll_published_on_a_day_by_its_maker_is_the_maker_s():
    text = ("Kone has 38 percent support, against 29 percent for Lind, according to a poll published on Monday by the "
            "Ostby Institute of Public Opinion.")
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Ostby Institute of Public Opinion"


@pytest.mark.parametrize("text, speaker", [
    ("Public polls show Ada Kone leading slightly in Ostland.", "Public polls"),
    ("Early polls show voters in the district rejecting Tor Lind.", "Early polls"),
])
def test_polls_in_general_with_a_word_before_them_are_a_source_too(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_what_a_poll_found_closing_the_sentence_is_the_poll_maker_s():
    # (the parse reads "approved" as a participle of "percent": the finding is found by its words)
    text = ("Kone leads Lind by six points, according to a Norburg University Polling Institute survey released on "
            "Tuesday. Just 29 percent approved of Lind's handling of the economy, the poll found.")
    claim = claim_containing(text, "29 percent", date(2021, 7, 6))
    assert (claim.quote, claim.speaker) == ("Just 29 percent approved of Lind's handling of the economy",
                                            "Norburg University Polling Institute")


def test_what_a_study_no_one_is_named_behind_found_is_still_a_claim():
    text = ("While older workers tend to stay, younger workers move away, emptying the towns of the north, the study "
            "found. Rents rose 9 percent in Norburg last year, a new study found.")
    quotes = [c.quote for c in claims.extract(text, date(2021, 7, 6))]
    assert quotes == ["younger workers move away, emptying the towns of the north",
                      "Rents rose 9 percent in Norburg last year"]


@pytest.mark.parametrize("text", [
    "Kone leads Lind by six points, according to a Norburg University poll released on Tuesday. The poll found Kone "
    "ahead by 6 points in Ostland.",
    "Kone leads Lind 46 percent to 39 percent according to a Norburg University poll released Monday. Lind slipped "
    "back to 39 percent in Monday's poll. The new poll showed that Kone remains the leader among women.",
])
def test_the_poll_is_its_maker_not_the_poll_or_its_day(text):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Norburg University"


def test_the_poll_paragraphs_after_a_poll_by_its_maker_is_the_maker_s():
    text = ("Kone's views have hurt the party in Ostland, according to a poll of 400 registered voters released on "
            "Friday by Norpoll Decisions, a public opinion research group. The party won the state in 2012. It lost it "
            "in 2016. The race is close. Turnout was low. Ostland's farmers, 82 percent of whom view Kone unfavorably "
            "according to the poll, have a strong presence in the south.")
    found = claims.extract(text, date(2021, 7, 6))
    assert (found[0].speaker, claim_containing(text, "82 percent", date(2021, 7, 6)).speaker) == ("Norpoll Decisions",
                                                                                                 "Norpoll Decisions")


@pytest.mark.parametrize("text, speaker", [
    ("More than 200 residents of Norburg filed suit on Tuesday against Ostby Chemical Co., accusing the company of "
     "polluting their wells. The complaint, filed in Kelland County Circuit Court, alleges that the company's engineers "
     "warned managers as early as 2012 that the tanks were leaking.", "More than 200 residents of Norburg"),
    ("The Valmora Securities Commission on Tuesday sued the founder of lending platform Brightpay. The suit says Ivo "
     "Rask moved the deposits into a trading firm he owned.", "Valmora Securities Commission"),
])
def test_the_suit_or_the_complaint_is_whoever_filed_it(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == speaker


def test_it_after_the_suit_is_the_suit_of_those_who_filed_it():
    text = ("More than 200 residents of Norburg filed suit on Tuesday against Ostby Chemical Co. The suit says tests "
            "found the solvent in 61 of 88 wells. It seeks damages and a medical monitoring program.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "More than 200 residents of Norburg"


def test_a_suit_no_sentence_says_was_filed_speaks_as_written():
    text = "Ada Kone is a former aide. The suit says Tor Lind made statements that damaged her reputation."
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "suit"


def test_the_judge_is_the_one_named_after_the_lede_described_a_judge():
    text = ("Judge blocks protest law\n\nNORBURG, July 6 (Wire) - A federal judge on Tuesday blocked a new state law, "
            "ruling that the measure likely violates free-speech protections.\n\nU.S. District Judge Ada Kone granted "
            "a preliminary injunction sought by a coalition of groups.\n\n\"The statute is a blunt instrument,\" the "
            "judge wrote in a 41-page opinion.")
    found = claims.extract(text, date(2021, 7, 6))
    assert (claim_containing(text, "free-speech", date(2021, 7, 6)).speaker, found[-1].speaker) == ("Ada Kone", "Ada Kone")


def test_a_lede_s_witness_is_the_one_named_next_with_her_age():
    text = ("Neighbour testifies in murder trial\n\nNORBURG, July 6 - A neighbour told jurors on Tuesday that she "
            "heard two men shouting outside the house an hour before the killing.\n\nMara Osei, 71, testified on the "
            "second day of the trial.")
    assert claim_containing(text, "two men shouting", date(2021, 7, 6)).speaker == "Mara Osei"


@pytest.mark.parametrize("text", [
    "Markets slipped on Tuesday. A Treasury spokesman said the agency does not comment on specific deals. In a call "
    "last week, Treasury Secretary Ada Kone acknowledged the limits of the rules.",
])
def test_an_unnamed_source_after_the_lede_stays_unnamed(text):
    assert claim_containing(text, "specific deals", date(2021, 7, 6)).speaker != "Ada Kone"


@pytest.mark.parametrize("text, speaker", [
    ("Ostland's main opposition party, the Liberty and Progress Alliance, has insisted that Ivo Rask was a loyalist "
     "until 2018.", "Liberty and Progress Alliance"),
    ("Kone's party, the Social Front, said it would vote against the budget.", "Social Front"),
])
def test_a_possessed_body_then_its_name_is_that_body(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_a_lede_that_follows_a_title_ending_in_a_quotation_is_still_the_lede():
    text = ("Judge blocks law, calling it \"a blunt instrument\"\n\nNORBURG, July 6 (Wire) - A federal judge on "
            "Tuesday blocked a new state law, ruling that the measure likely violates free-speech protections.\n\n"
            "U.S. District Judge Ada Kone granted a preliminary injunction.\n\n\"The statute is a blunt instrument,\" "
            "the judge wrote.")
    assert claim_containing(text, "free-speech", date(2021, 7, 6)).speaker == "Ada Kone"


def test_a_country_s_payments_service_then_its_name_is_a_company_the_company_stands_for():
    text = ("Ostland's biggest mobile payments service, Zentro, said on Tuesday that a faulty update caused an outage. "
            "The Central Bank of Ostland said Zentro must submit a full report within 14 days. Zentro declined to "
            "comment on the central bank's concerns. In its blog post, the company said it would hire an independent "
            "firm to review its systems.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Zentro"


def test_the_authors_of_a_study_led_by_someone_are_that_person():
    text = ("The study, published in the journal Water Letters and led by Dr. Ada Kone of the Ostland Institute of "
            "Water Research, tracked the virus in sewage. The authors wrote that heavy rain could dilute samples.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Ada Kone"


def test_research_conducted_by_several_has_no_one_leader():
    text = ("In addition to Ada Kone, the research was conducted by Tor Lind of Norburg University and Mara Osei of "
            "Kelland University. The authors wrote that heavy rain could dilute samples.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker != "Tor Lind"


def test_the_union_is_the_one_body_of_its_kind_though_others_spoke_since():
    text = ("Teachers voted to strike, according to the Norburg Education Association. In a statement, the Norburg "
            "School District said it could not afford the proposal. The union said it would file notice by Aug. 12.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Norburg Education Association"


@pytest.mark.parametrize("text, speaker", [
    ("A report by the consulting firm Lind & Osei, commissioned by the authority and released last month, found that "
     "only 23 percent of residents live near a frequent bus.", "Lind & Osei"),
    ("A study released in June by Norburg State University estimated that the drought would cost farms $310 million "
     "this year.", "Norburg State University"),
])
def test_who_made_a_report_not_who_paid_for_it_nor_the_month(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_a_study_is_not_the_body_heard_before():
    text = "The firm Lind & Osei said rents fell. A study found that rents rose sharply in the city."
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker is None


def test_who_replies_to_a_question_is_not_who_asked_it():
    text = ("Under cross-examination by defence lawyer Tor Lind, Mara Osei acknowledged that she did not see either "
            "man.\n\n\"So eight months later, your memory has improved?\" Lind asked.\n\n\"My memory hasn't changed. "
            "I was frightened that night,\" she replied.")
    assert [c.speaker for c in claims.extract(text, date(2021, 7, 6))][-2:] == ["Mara Osei", "Mara Osei"]


@pytest.mark.parametrize("text, speaker", [
    ("Norburg's largest teachers union said on Tuesday that its members would strike on July 19.",
     "Norburg's largest teachers union"),
    ("Ohio's central bank said rates would rise.", "Ohio's central bank"),
])
def test_a_place_s_ranked_body_is_that_body_not_the_place(text, speaker):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == speaker


def test_the_carrier_is_the_airline_named_before_not_the_broadcaster_that_reported():
    text = ("Kestrel Air said it would appeal, the BBC reported. The low-cost carrier, which flies to 94 destinations, "
            "said it would cut fares by a fifth next year.")
    assert claims.extract(text, date(2021, 7, 6))[-1].speaker == "Kestrel Air"


@pytest.mark.parametrize("text, theirs", [
    ("Ada Kone said on Tuesday that the package would clear the chamber before the recess, even as opponents lined up "
     "a string of amendments.", False),
    ("Tor Lind has long said that he will support the nominee, even as he has taken frequent shots at her.", True),
])
def test_a_closing_even_as_clause_with_a_subject_of_its_own_is_the_reporter_s(text, theirs):
    got = [c for c in claims.extract(text, date(2021, 7, 6)) if "amendments" in c.quote or "shots" in c.quote]
    assert bool(got and got[0].speaker) == theirs, got


def test_what_a_source_s_relative_clause_expects_is_the_source_s_forecast():
    text = ('"The market was braced for a cut," said Ivo Rask, an analyst at Norburg Securities, who expects the shares to '
            "remain under pressure until the supply picture clears.")
    c = claim_containing(text, "remain under pressure", date(2021, 7, 6))
    assert c.speaker == "Ivo Rask" and c.kind == ClaimKind.PREDICTION, c


@pytest.mark.parametrize("text", [
    "Norburg County Memorial Hospital has about four months of cash left, according to its chief executive.",
    "The emergency room at Norburg County Memorial Hospital has about four months of cash left, its chief executive said.",
])
def test_its_chief_executive_speaks_for_the_body_the_clause_names(text):
    assert claims.extract(text, date(2021, 7, 6))[0].speaker == "Norburg County Memorial Hospital"
