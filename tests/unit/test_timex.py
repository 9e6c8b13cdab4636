"""Temporal tagger: spans, TIMEX3 values and the deadline view, on our own sentences."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimledger.domain import Granularity
from claimledger.extraction import timex
from claimledger.extraction.model import Timex

DCT = date(2021, 7, 6)  # a Tuesday


def find(text: str, needle: str, dct: date = DCT) -> Timex:
    """The timex whose span contains ``needle``."""
    i = text.index(needle)
    j = i + len(needle)
    for t in timex.tag(text, dct):
        if t.start <= i and j <= t.end:
            return t
    raise AssertionError(f"no timex covers {needle!r} in {[(t.text, t.value) for t in timex.tag(text, dct)]}")


def values(text: str, dct: date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in timex.tag(text, dct)]


# ---- the seed constructions ------------------------------------------------------------------

def test_as_soon_as_next_month_before_a_comma():
    s = "The rebels plan to present a written proposal as soon as next month, a spokesman said."
    t = find(s, "next month")
    assert (t.type, t.value) == ("DATE", "2021-08")
    assert (t.earliest, t.latest, t.granularity) == (date(2021, 8, 1), date(2021, 8, 31), Granularity.MONTH)
    assert t.anchor == DCT
    assert "soon" not in [x.text for x in timex.tag(s, DCT)]


def test_by_a_day_excludes_the_preposition():
    s = "The army wants all troops withdrawn by September 11."
    t = find(s, "September 11")
    assert t.text == "September 11"
    assert (t.value, t.latest, t.granularity) == ("2021-09-11", date(2021, 9, 11), Granularity.DAY)


def test_in_the_coming_days_is_vague_future():
    t = find("Talks will speed up in the coming days, he said.", "coming days")
    assert t.value == "FUTURE_REF" and t.granularity == Granularity.VAGUE
    assert date(2021, 7, 7) <= t.latest <= date(2021, 7, 31)


@pytest.mark.parametrize("phrase,latest", [("coming weeks", date(2021, 8, 17)), ("coming months", date(2022, 1, 5))])
def test_coming_weeks_and_months_are_bounded(phrase, latest):
    t = find(f"More will follow in the {phrase}.", phrase)
    assert t.value == "FUTURE_REF" and t.latest == latest


def test_take_a_month_is_an_anchored_duration():
    t = find("Possibly it will take a month to reach that stage.", "a month")
    assert (t.type, t.value) == ("DURATION", "P1M")
    assert (t.earliest, t.latest) == (DCT, date(2021, 8, 6))


def test_within_a_month():
    t = find("The report is due within a month.", "a month")
    assert (t.value, t.earliest, t.latest) == ("P1M", DCT, date(2021, 8, 6))


def test_last_week_is_the_iso_week_before():
    t = find("Leaders renewed the talks in Doha last week.", "last week")
    assert (t.value, t.earliest, t.latest, t.granularity) == (
        "2021-W26", date(2021, 6, 28), date(2021, 7, 4), Granularity.WEEK)


def test_weekday_in_past_tense_report_is_the_previous_one():
    t = find('"We are serious," the spokesman told Reuters on Monday.', "Monday")
    assert t.text == "Monday" and t.value == "2021-07-05"


def test_weekday_in_future_clause_is_the_next_one():
    assert find("The two sides will meet on Monday in Doha.", "Monday").value == "2021-07-12"
    assert find("The ministers will meet on Friday.", "Friday").value == "2021-07-09"


def test_a_participle_after_if_or_when_tells_no_past():
    # ("if needed", "when asked": a clause cut short, no verb in the past)
    assert find("The Red Cross said it would open a second shelter at the fairgrounds on Wednesday if needed.",
                "Wednesday").value == "2021-07-07"
    assert find("The ministers will take questions at the summit on Friday when asked.", "Friday").value == "2021-07-09"


def test_a_second_that_clause_after_the_date_is_another_clauses_tense():
    text = ("Her attorney said the family will file a request under the state's open records law on Wednesday and that "
            "the family is prepared to sue.")
    assert find(text, "Wednesday").value == "2021-07-07"


def test_a_dated_event_in_a_clause_about_what_will_come_is_the_nearest():
    text = ("Officials will begin a hand recount Monday in the race for county clerk, where Kone trails by nine votes out "
            "of more than 14,000 cast in the June 22 primary.")
    assert find(text, "June 22").value == "2021-06-22"
    # (a month alone still looks ahead: "the November ballot", written in March, is this year's)
    assert find("The bill would put a measure on the November ballot.", "November").value == "2021-11"


def test_weekday_equal_to_dct_is_the_dct():
    assert find("The minister resigned Tuesday.", "Tuesday").value == "2021-07-06"


def test_last_year_and_this_year():
    assert find("Negotiations began last year.", "last year").value == "2020"
    t = find("Growth will slow this year.", "this year")
    assert (t.value, t.earliest, t.latest, t.granularity) == ("2021", date(2021, 1, 1), date(2021, 12, 31), Granularity.YEAR)


def test_decades_and_years_of_are_durations():
    assert find("US forces stayed for almost two decades in the country.", "two decades").value == "P20Y"
    t = find("It is the only way to end 40 years of war.", "40 years")
    assert (t.type, t.value, t.text) == ("DURATION", "P40Y", "40 years")


def test_we_is_never_a_date():
    text = "We urge the sides to negotiate. Although we have the upper hand, we are serious. WE WILL WIN."
    assert timex.tag(text, DCT) == []


# ---- more constructions -----------------------------------------------------------------------

@pytest.mark.parametrize("text,needle,typ,value", [
    ("The firm said today it would cut jobs.", "today", "DATE", "2021-07-06"),
    ("The ship sank yesterday.", "yesterday", "DATE", "2021-07-05"),
    ("The vote is tomorrow.", "tomorrow", "DATE", "2021-07-07"),
    ("Prices are now falling.", "now", "DATE", "PRESENT_REF"),
    ("The company currently employs 500.", "currently", "DATE", "PRESENT_REF"),
    ("She recently moved to Paris.", "recently", "DATE", "PAST_REF"),
    ("Sales grew in the past three years.", "the past three years", "DURATION", "P3Y"),
    ("Output will rise in the third quarter.", "the third quarter", "DATE", "2021-Q3"),
    ("Third-quarter profit rose 5%.", "Third-quarter", "DATE", "2021-Q3"),
    ("The company pays dividends quarterly.", "quarterly", "SET", "P3M"),
    ("The paper is published weekly.", "weekly", "SET", "P1W"),
    ("They meet every Thursday.", "every Thursday", "SET", "XXXX-WXX-4"),
    ("It was a boom in the 1990s.", "the 1990s", "DATE", "199"),
    ("The law was passed in 1998.", "1998", "DATE", "1998"),
    ("Results for fiscal 2020 were weak.", "fiscal 2020", "DATE", "2020"),
    ("Talks resumed on March 3, 2019.", "March 3, 2019", "DATE", "2019-03-03"),
    ("The deal closed in August 2020.", "August 2020", "DATE", "2020-08"),
    ("Sales fell in June.", "June", "DATE", "2021-06"),
    ("The plant will open in October.", "October", "DATE", "2021-10"),
    ("The plant opened last October.", "last October", "DATE", "2020-10"),
    ("The season starts this summer.", "this summer", "DATE", "2021-SU"),
    ("They met last fall.", "last fall", "DATE", "2020-FA"),
    ("Elections are due next year.", "next year", "DATE", "2022"),
    ("Rates rose two years ago.", "two years ago", "DATE", "2019"),
    ("The project will be finished three days from now.", "three days from now", "DATE", "2021-07-09"),
    ("The strike lasted 10 days.", "10 days", "DURATION", "P10D"),
    ("A two-year contract was signed.", "two-year", "DURATION", "P2Y"),
    ("The meeting lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
    ("Shops close at 10 p.m. on Fridays.", "10 p.m.", "TIME", "2021-07-06T22:00"),
    ("Police arrived Friday morning.", "Friday morning", "TIME", "2021-07-02TMO"),
    ("The shooting happened last night.", "last night", "TIME", "2021-07-05TNI"),
    ("Shops shut on Christmas Day.", "Christmas Day", "DATE", "2021-12-25"),
    ("Turnout was high on Thanksgiving 2020.", "Thanksgiving 2020", "DATE", "2020-11-26"),
    ("Earnings fell in the first half of 2020.", "the first half of 2020", "DATE", "2020-H1"),
    ("Sales rose earlier this month.", "earlier this month", "DATE", "2021-07"),
    ("The launch is set for early next year.", "early next year", "DATE", "2022"),
    ("Prices peaked at the end of 1990.", "the end of 1990", "DATE", "1990"),
    ("The index was higher a year earlier.", "a year earlier", "DATE", "2020"),
    ("Ministers met over the weekend.", "the weekend", "DATE", "2021-W26-WE"),
    ("Pay rose in the past two months.", "the past two months", "DURATION", "P2M"),
    ("The talks could take several weeks.", "several weeks", "DURATION", "PXW"),
    ("The rebels have fought for years.", "years", "DURATION", "PXY"),
    ("Sales for the second quarter of 2020 rose.", "the second quarter of 2020", "DATE", "2020-Q2"),
])
def test_constructions(text, needle, typ, value):
    t = find(text, needle)
    assert (t.type, t.value) == (typ, value), t


def test_past_duration_deadline_view_looks_back():
    t = find("Sales grew in the past three years.", "the past three years")
    assert (t.earliest, t.latest) == (date(2018, 7, 6), DCT)


def test_quarter_and_decade_bounds():
    q = find("Output will rise in the third quarter.", "third quarter")
    assert (q.earliest, q.latest, q.granularity) == (date(2021, 7, 1), date(2021, 9, 30), Granularity.QUARTER)
    d = find("It was a boom in the 1990s.", "1990s")
    assert (d.earliest, d.latest) == (date(1990, 1, 1), date(1999, 12, 31))


@pytest.mark.parametrize("text", [
    "May I come in? You may go.",
    "Troops will march on the capital.",
    "They sat down and we waited.",
    "The army has 2021 soldiers and $1990 in cash.",
    "He scored 2,000 points; the fall in prices was sharp.",
    "The sun rose over the hills.",
    # ages are not temporal expressions in the TimeBank/AQUAINT annotation
    "He is 45 years old.",
    "The 6-year-old boy stayed with his relatives.",
    # rates are not sets of times
    "The plan would save $500 million a year.",
    # unit-to-unit compounds are adjectives
    "The quarter-to-quarter comparison was enhanced by charges.",
    "She ran the day-to-day operations of the firm.",
])
def test_no_false_alarms(text):
    assert timex.tag(text, DCT) == [], timex.tag(text, DCT)


def test_datetime_dct_and_anchor():
    t = find("It happened yesterday.", "yesterday", dct=datetime(2021, 7, 6, 15, 30))
    assert t.value == "2021-07-05" and t.anchor == DCT


def test_spans_are_sorted_and_disjoint():
    text = "On Monday, March 3, 2019, at 10 a.m. the talks began; they will resume next week and end in 2020."
    tags = timex.tag(text, DCT)
    assert [t.start for t in tags] == sorted(t.start for t in tags)
    assert len(tags) >= 2, tags  # pairs to compare (Monday, March 3, 2019 / 10 a.m. / next week / 2020)
    for a, b in zip(tags, tags[1:]):
        assert a.end <= b.start


def test_helpers_signal_and_deadline_window():
    s = "All troops must leave by September 11, officials said."
    t = find(s, "September 11")
    assert timex.signal_before(s, t) == "by"
    assert timex.deadline_window(s, t) == (DCT, date(2021, 9, 11), Granularity.DAY)
    s2 = "The vote must happen before October."
    t2 = find(s2, "October")
    assert timex.deadline_window(s2, t2)[1] == date(2021, 9, 30)


def test_tag_one_and_reanchor():
    t = timex.tag_one("as soon as next month", DCT)
    assert t is not None and t.value == "2021-08"
    src = "He said he would visit next week."
    t = find(src, "next week")
    t2 = timex.reanchor(t, src, date(2021, 1, 1))
    assert (t2.value, t2.anchor) == ("2021-W01", date(2021, 1, 1))


def test_deterministic_and_empty():
    text = "The ministers met last week and will meet again in the coming days."
    assert timex.tag(text, DCT) == timex.tag(text, DCT)
    assert timex.tag("", DCT) == []


_alphabet = st.sampled_from(list("abcdefgmnorstuwyMJSTW0123456789 ,.-/:'’\n$%") + [
    "May ", "March ", "Monday ", "next ", "last ", "week", "month", "year", "s", " ago", "the ", "quarter",
    "1990", "2021", "a.m.", "p.m.", " of ", "fiscal ", "half", "early ", "mid-", "every ", "coming days",
    "Christmas", "Easter", " 1/2", "decade", "century", "two ", "twenty-", "one", "Q3", "31", "29 February ",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=40).map("".join), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
# an input with output, tried on every run: the loop below is never only over nothing
@example("May 2021, next week and every Monday", date(2021, 7, 6))
def test_never_raises_and_spans_are_exact(text, dct):
    for t in timex.tag(text, dct):
        assert 0 <= t.start < t.end <= len(text)
        assert t.text == text[t.start:t.end]
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.earliest and t.latest:
            assert t.earliest <= t.latest


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.dates())
# an input with output, tried on every run: the loop below is never only over nothing
@example("May 2021, next week and every Monday", date(2021, 7, 6))
def test_never_raises_on_any_text(text, dct):
    for t in timex.tag(text, dct):
        assert t.text == text[t.start:t.end]


# ---- direction and reference time --------------------------------------------------------------

@pytest.mark.parametrize("text,needle,dct,value", [
    # "since X" looks back, "through/by X" forward
    ("His relatives have cared for him since November.", "November", date(2000, 4, 17), "1999-11"),
    ("The bank extended the loans through January.", "January", date(1989, 10, 30), "1990-01"),
    ("The company must repay the debt by February.", "February", date(1989, 10, 30), "1990-02"),
    # "until X" in the past perfect is behind us
    ("Until Thursday, they had not called him a suspect.", "Thursday", date(1999, 5, 7), "1999-05-06"),
    # a fronted adverbial takes the main clause's tense, not the embedded "must"
    ("In January, the commissioner ruled that the boy must be returned.", "January", date(2000, 4, 3), "2000-01"),
    # a dated event noun names a known, past event
    ("Police are still investigating the Oct. 23 slaying.", "Oct. 23", date(1999, 5, 6), "1998-10-23"),
    # near dates resolve to the nearest occurrence whatever the tense
    ("The judge ruled that he must be returned by Jan. 14.", "Jan. 14", date(2000, 1, 6), "2000-01-14"),
    ("Sales dropped in December.", "December", date(2000, 1, 10), "1999-12"),
    ("Possessive weekdays name known events: Wednesday's ruling stands.", "Wednesday", date(2000, 1, 7), "2000-01-05"),
    # the futurate present of news looks forward; its past and negated forms do not
    ("He and Arafat meet separately Monday with the secretary of state.", "Monday", date(1998, 5, 1), "1998-05-04"),
    ("The envoy leaves for Paris on Tuesday.", "Tuesday", date(2000, 1, 7), "2000-01-11"),
    ("The envoy left for Paris on Tuesday.", "Tuesday", date(2000, 1, 7), "2000-01-04"),
    ("The two did not meet on Tuesday, officials said.", "Tuesday", date(2000, 1, 7), "2000-01-04"),
])
def test_direction(text, needle, dct, value):
    assert find(text, needle, dct).value == value


def test_a_year_earlier_follows_the_reported_quarter():
    text = ("Net income for the third quarter rose to $5 million from $4 million a year earlier. "
            "In the year-ago quarter, sales were flat; the latest quarter was better.")
    dct = date(1989, 10, 26)
    assert find(text, "the third quarter", dct).value == "1989-Q3"
    assert find(text, "a year earlier", dct).value == "1988-Q3"
    assert find(text, "the year-ago quarter", dct).value == "1988-Q3"
    assert find(text, "the latest quarter", dct).value == "1989-Q3"
    text2 = ("Third-quarter profit was $24 million, compared with a loss of $3 million last year, "
             "and with $1 million for the corresponding period last year at the unit.")
    assert find(text2, "last year", dct).value == "1988-Q3"
    assert find(text2, "the corresponding period last year", dct).value == "1988-Q3"
    # without a quarter in sight it is just the year before
    assert find("Exports were higher a year ago.", "a year ago", dct).value == "1988"


def test_following_year_uses_the_last_year_mentioned():
    t = find("The plant opened in 1995 and closed the following year.", "the following year", date(2021, 7, 6))
    assert t.value == "1996"


@pytest.mark.parametrize("text,needle,value", [
    ("The attack of nineteen ninety-six shocked the city.", "nineteen ninety-six", "1996"),
    ("The deal should close by year-end.", "year-end", "2021"),
    ("Talks are set for the week of March 6.", "the week of March 6", "2022-W09"),
    ("Officials met two weeks ago.", "two weeks ago", "2021-W25"),
    ("The vote happened in mid-1996.", "mid-1996", "1996"),
    ("Sales rose in the 1988 period.", "the 1988 period", "1988"),
    ("Problems have grown in recent years.", "recent years", "PAST_REF"),
])
def test_more_constructions(text, needle, value):
    assert find(text, needle).value == value


# ---- precision and value rules (TimeML conventions checked against news annotation) ----------

@pytest.mark.parametrize("text,needle,typ,value,span", [
    # "N units later/earlier" is anaphoric to an event of the story: the length is the timex
    ("The ferry sank. Three days later, divers found the hull.", "Three days", "DURATION", "P3D", "Three days"),
    ("A day earlier, the minister had resigned.", "A day", "DURATION", "P1D", "A day"),
    ("A few weeks later the plant closed.", "A few weeks", "DURATION", "PXW", "A few weeks"),
    ("But a minute and a half later the alarm rang.", "a minute and a half", "DURATION", "PT1M30S",
     "a minute and a half"),
])
def test_later_earlier_after_an_event_are_durations(text, needle, typ, value, span):
    t = find(text, needle)
    assert (t.type, t.value, t.text) == (typ, value, span), t


@pytest.mark.parametrize("text", [
    "A second group of investors joined the bid.",
    "It would be a second defeat for the coalition.",
    "The senator told NBC's \"Meet the Press\" and ABC's \"This Week\" that talks had failed.",
    "She spoke on CBS's \"60 Minutes\" about the case.",
    "The poster showed a still from the western High Noon.",
    "The average daily volume on the exchange was 90 million shares.",
])
def test_no_false_alarms_names_ordinals_measures(text):
    assert timex.tag(text, DCT) == [], timex.tag(text, DCT)


def test_capitalised_time_word_at_sentence_start_is_still_a_timex():
    assert find("Today the council meets again.", "Today").value == "2021-07-06"
    assert find("\"This week we will decide,\" he said.", "This week").value == "2021-W27"


@pytest.mark.parametrize("text,needle,typ,value", [
    ("Hate groups multiplied over the past year.", "the past year", "DATE", "2020"),
    ("Rates will stay low over the next year, the bank said.", "the next year", "DATE", "2022"),
    ("The bank grew fast in recent years.", "recent years", "DATE", "PAST_REF"),
])
def test_year_periods_relative_to_now(text, needle, typ, value):
    t = find(text, needle)
    assert (t.type, t.value) == (typ, value), t


def test_initials_and_abbreviations_do_not_end_the_sentence():
    # the future tense of "will succeed" reaches the date across "P." and "Feb."
    t = find("Mr. Smith will succeed Daniel P. Jones Feb. 1, the company said.", "Feb. 1", dct=date(2021, 10, 26))
    assert t.value == "2022-02-01"


def test_month_without_tense_cue_is_this_years():
    t = find("The shares hit a high in June, up from $29.75 in March.", "March", dct=date(2021, 10, 30))
    assert t.value == "2021-03"


@pytest.mark.parametrize("text,needle,typ,value", [
    ("He moved to Miami in June 2019 and left later that year.", "later that year", "DATE", "2019"),
    ("Imports reached $2 billion in 2018, up from a year before; that year exports fell.", "that year", "DATE",
     "2018"),
    ("The mayor resigned on March 3, 2020. The council met that same day.", "that same day", "DATE", "2020-03-03"),
    ("Sales slumped in the second quarter of 2019. Results for that quarter included a charge.", "that quarter",
     "DATE", "2019-Q2"),
])
def test_that_unit_takes_the_date_last_mentioned(text, needle, typ, value):
    t = find(text, needle)
    assert (t.type, t.value) == (typ, value), t


def test_possessive_and_longer_words_stay_outside_the_span():
    assert find("Sales beat last year's record.", "last year").text == "last year"
    assert "a week" not in [t.text for t in timex.tag("After a weekend of talks, the strike ended.", DCT)]


def test_passive_participle_takes_the_tense_of_its_auxiliary():
    dct = date(2021, 10, 26)
    assert find("The dividend would be paid in January to holders of record.", "January", dct=dct).value == "2022-01"
    assert find("The plants will be closed over the next year or so.", "the next year", dct=dct).value == "2022"


def test_could_is_not_a_future_marker():
    # 2021-07-06 is a Tuesday; "could not be reached Monday" reports the day before
    assert find("His parents could not be reached Monday.", "Monday").value == "2021-07-05"


@pytest.mark.parametrize("text,needle,value", [
    ("Oil fell to the level we saw in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four",
     "1994-WI"),
    ("January nineteen ninety-seven. Another bomb exploded.", "January nineteen ninety-seven", "1997-01"),
])
def test_spoken_years_after_a_month_or_season(text, needle, value):
    t = find(text, needle)
    assert (t.text, t.value) == (needle, value)


# ---- the deadline view of parts of periods, forward signals, analysts' shorthand ---------------

@pytest.mark.parametrize("text,needle,value,earliest,latest", [
    ("Production will start early next year.", "early next year", "2022", date(2022, 1, 1), date(2022, 4, 30)),
    ("The plant will be ready in mid-2023.", "mid-2023", "2023", date(2023, 6, 1), date(2023, 7, 31)),
    ("Unemployment will fall below 5% in late 2022.", "late 2022", "2022", date(2022, 9, 1), date(2022, 12, 31)),
    ("The talks end at the end of August.", "the end of August", "2021-08", date(2021, 8, 21), date(2021, 8, 31)),
    ("Inflation will peak at end-2022.", "end-2022", "2022", date(2022, 9, 1), date(2022, 12, 31)),
    ("Emissions will fall at the end of the decade.", "the end of the decade", "202", date(2027, 1, 1),
     date(2029, 12, 31)),
    ("A decision is due later this month.", "later this month", "2021-07", DCT, date(2021, 7, 31)),
    ("Sales rose earlier this year.", "earlier this year", "2021", date(2021, 1, 1), DCT),
    ("Growth will recover in H2 2022.", "H2 2022", "2022-H2", date(2022, 7, 1), date(2022, 12, 31)),
    ("Margins narrowed in 1H22.", "1H22", "2022-H1", date(2022, 1, 1), date(2022, 6, 30)),
    ("Deliveries resume in second-half 2022.", "second-half 2022", "2022-H2", date(2022, 7, 1), date(2022, 12, 31)),
])
def test_parts_of_periods(text, needle, value, earliest, latest):
    t = find(text, needle)
    assert (t.text, t.value, t.earliest, t.latest) == (needle, value, earliest, latest)


@pytest.mark.parametrize("text,needle,value", [
    # a forward signal in a clause that is not past never lands before the creation date
    ("Payment is due no later than March 31.", "March 31", "2022-03-31"),
    ("Prices will stay high between now and June.", "June", "2022-06"),
    ("The ministry wants the bill passed before Christmas.", "Christmas", "2021-12-25"),
    ("The law must pass ahead of the Nov. 3 election.", "Nov. 3", "2021-11-03"),
    # ... but in a past clause it keeps the nearest reading
    ("Sales rose until June, the company said.", "June", "2021-06"),
])
def test_forward_signals(text, needle, value):
    assert find(text, needle).value == value


def test_a_promise_in_the_past_tense_still_points_forward():
    t = find("He promised an answer in a fortnight.", "a fortnight")
    assert (t.value, t.earliest, t.latest) == ("P2W", DCT, date(2021, 7, 20))
    t = find("The company doubled its sales in five years.", "five years")
    assert t.latest == DCT


def test_lower_case_half_shorthand_is_not_a_date():
    assert values("He took 2h of rest; h1 2022 was a typo.") == []


@pytest.mark.parametrize("text,needle,value,earliest,latest", [
    ("The vote takes place on Tuesday next week.", "Tuesday next week", "2021-07-13", None, None),
    ("The plant reopens in the first week of August.", "the first week of August", "2021-W31", None, None),
    ("The tender closes in the last week of March.", "the last week of March", "2022-W13", None, None),
    ("The shop closes on New Year's Day.", "New Year's Day", "2022-01-01", None, None),
    ("Hiring resumes early in the new year.", "early in the new year", "2022", date(2022, 1, 1), date(2022, 4, 30)),
    ("Prices will ease later in the year.", "later in the year", "2021", DCT, date(2021, 12, 31)),
    ("Margins will improve in FY23.", "FY23", "2023", None, None),
    ("The ceasefire expires at 6 p.m. local time on Sunday.", "6 p.m. local time on Sunday", "2021-07-11T18:00",
     None, None),
    ("The strike enters its third week on Monday.", "Monday", "2021-07-12", None, None),
    # a future clause does not take the nearest past month
    ("Repairs will run from March to May.", "May", "2022-05", None, None),
])
def test_news_deadline_constructions(text, needle, value, earliest, latest):
    t = find(text, needle)
    assert (t.text, t.value) == (needle, value)
    if earliest or latest:
        assert (t.earliest, t.latest) == (earliest, latest)


def test_every_rule_declares_the_tokens_it_starts_at():
    """Each rule names, at its definition, the lower-case tokens it can start at (the tagger tries
    it only there); the registry is in priority order and holds only the families' rules."""
    from claimledger.extraction.timex.rules import FAMILIES, RULES

    families = {f.__name__ for f in FAMILIES}
    assert len({fn for _rx, fn, _prio, _first in RULES}) == len(RULES) > 30
    assert [prio for _rx, _fn, prio, _first in RULES] == sorted(prio for _rx, _fn, prio, _first in RULES)
    for _rx, fn, _prio, first in RULES:
        assert fn.__module__ in families, fn.__name__
        assert first and all(w == w.lower() for w in first), fn.__name__


def test_public_api_is_importable_from_the_package():
    from claimledger.extraction.timex import deadline_window, reanchor, signal_before, tag, tag_one  # noqa: F401

    assert set(timex.__all__) == {"tag", "tag_one", "reanchor", "signal_before", "deadline_window"}


def test_timex_types_are_the_timeml_vocabulary_and_print_as_its_words():
    import json

    from claimledger.extraction.model import TimexType
    types = {t.type for t in timex.tag("Talks resume next month, run for two weeks and meet every Monday.", date(2021, 7, 6))}
    assert types and all(isinstance(t, TimexType) for t in types)
    assert json.dumps(sorted(types)) == json.dumps(sorted(str(t) for t in types))  # "DATE", not "TimexType.DATE"
