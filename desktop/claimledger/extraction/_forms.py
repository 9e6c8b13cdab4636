"""Word forms that make a claim's kind, read by :mod:`claimledger.extraction.claims` (data).

An inverted condition, a directive with its hearer, a schedule told from the past: each is a
form the kind rules read off the clause's words. Nothing here names an article's actors.
"""
from __future__ import annotations

import re

from claimledger.domain import ClaimKind
from claimledger.extraction import _cues as _C
from claimledger.extraction.timex.context import DAY_EVENTS

# past forms without "-ed" (a past event; after "could have" a guess about the past)
IRREGULAR_PAST = (
    "fled rose fell won lost met left took gave made held began sent killed struck hit cut shut spent sold "
    "bought grew became came went saw found paid ran led kept brought built drew threw wrote chose froze broke "
    "beat fought flew stood sank shot swept tore wore woke stole spoke sought taught caught brought overtook "
    "withdrew undertook arose dealt felt heard meant quit set split spread slid struck hung rang laid knew "
    "taught caught swore drove rode ate sat lent slept wept hid shook forgot forgave blew swam sang drank dug "
    "spun overcame understood mistook oversaw upheld withheld forbade overthrew rebuilt sped bled bred"
).split()
# regular past forms too short for the "[a-z]{3,}ed" the patterns take for one ("three people died",
# "the city sued", "367 companies used havens"; not "aged", mostly an adjective: "voters aged 18 to 29"),
# and "got" where it is no present ("Kasich got 10 percent"; "we've got to", "you've got a problem" are)
# ("a used car", "a used-car lot": an adjective)
SHORT_PAST = ["(?<!\\ba )(?<!\\bthe )used(?![-\\s]+cars?\\b|-)", *"died sued owed tied lied eyed axed vied".split(),
              "(?<!['\u2019]ve )(?<!['\u2019]s )(?<!\\bve )(?<!\\bhave )(?<!\\bhas )got(?!\\s+to\\b)"]

# "all I could see was smoke", "we could hear the shelling": what someone was able to perceive, told
# in a narrative, forecasts nothing
PERCEIVED = re.compile(r"could(?:n't)?\s+(?:not\s+|even\s+|only\s+|barely\s+|hardly\s+|just\s+|clearly\s+|still\s+)?(?:see|hear|smell|feel|make\s+out|notice|sense|tell|remember|recall|understand)\b", re.I)
# "the PGA could not find a new sponsor", "Trump couldn't break 50 percent": what someone was unable
# to do, told by the writer as a past event (a speaker's "we could not accept it" is a stance)
UNABLE = re.compile(r"\bcould(?:\s+not|n['\u2019]t|\s+never)\b", re.I)
_HYPOTHESIS = re.compile(r"\b(?:without|unless|otherwise|if|even)\b", re.I)  # "Without the loan, the mill could not survive"


# "could not be more different", "couldn't get any worse", "couldn't come at a better time": a judgment
_EMPHATIC = re.compile(r"(?:\s+[\w'\u2019]+){0,3}?\s+(?:more|less|any\s+\w+er|(?:at\s+)?a\s+(?:better|worse)|"
                       r"better|worse|higher|lower|greater|clearer|bigger)\b", re.I)


# "musicians who would go on to superstardom", "did not explain how he could harm himself": a modal in a
# relative clause or an indirect question after a verb in the past tells what was then ahead or
# possible, no forecast of the writer's
_WH_BEFORE = re.compile(r"\b(?:(how)|who)\s+(?:[\w'\u2019-]+\s+){0,5}$", re.I)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|" + "|".join(IRREGULAR_PAST) + r")\b|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
                        r"(?<!\bhas )(?<!\bhave )(?<!\bthe )(?<!\ba )(?<!\ban )(?<![a-z]ly )\b(?:[a-z]{3,}ed|" + "|".join(SHORT_PAST) + r")\b")
_LATER_ON = re.compile(r"would\s+(?:go\s+on\s*to|later|eventually|one\s+day)\b", re.I)


# a verb of the present or a modal: a clause not told in the past, or a condition with a verb of its own
_NOT_PAST = re.compile(r"\b(?:is|are|am|has|have|does|do|will|shall|can|must|should|may|might|would|could)\b|"
                           r"['\u2019](?:s|re|m|ll)\b", re.I)


def past_condition(clause: str, if_at: int, modal_at: int) -> bool:
    """Whether the modal at ``modal_at`` is the only verb of a condition trailing a clause told in the
    past ("He faced repercussions if he could not meet the quotas", "named Cruz as a running mate, if
    he should become the nominee"): what happened, on a condition, nothing ahead (not "the idea that if
    he became president he would help": the modal comes after the condition's own verb, in what it
    conditions; not "There are vulnerabilities to exploit if his opponents can summon the will"; not a
    verb of saying or thinking: "projected a failure if these would be overlooked" is a forecast)."""
    told = [v.group(0).lower() for v in _PAST_VERB.finditer(clause, 0, if_at)]
    return bool(told) and not any(v in _C.FORMS for v in told) \
        and not _PAST_VERB.search(clause, if_at, modal_at) and not _NOT_PAST.search(clause, if_at, modal_at) \
        and not _NOT_PAST.search(clause, 0, if_at)


def past_relative(clause: str, at: int) -> bool:
    """Whether the would/could/might at ``at`` in ``clause`` sits in an indirect question ("how he
    would form a coalition") or, as a possibility or a future seen from the past ("voters who could
    read them", "who would go on to fame"), in a relative clause, hung on a clause told in the past
    ("the deal, which would cut taxes", "Clinton, who would be the first woman": what is still ahead,
    kept)."""
    wh = _WH_BEFORE.search(clause, 0, at)
    return wh is not None and bool(_PAST_VERB.search(clause, 0, wh.start())) and (
        re.match(r"(?:could|might)\b" if not wh.group(1) else r"(?:would|could|might)\b", clause[at:], re.I) is not None
        or _LATER_ON.match(clause, at) is not None)


_WORD_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u2019(?=[A-Za-z])")


def plain_apostrophes(text: str) -> str:
    """``text`` with a typographic apostrophe inside a word written as a plain one, same length:
    the kind rules read "he\u2019ll", "won\u2019t", "I\u2019m going to" as "he'll", "won't", "I'm
    going to" (a closing single quotation mark is left as it is)."""
    return _WORD_APOSTROPHE.sub("'", text) if "\u2019" in text else text


def unable(clause: str, at: int) -> bool:
    """Whether the "could" at ``at`` in ``clause`` tells what someone was unable to do (:data:`UNABLE`),
    not what could not happen under a hypothesis."""
    return bool(UNABLE.match(clause, at)) and not _HYPOTHESIS.search(clause, 0, at)


def unable_done(clause: str) -> re.Match | None:
    """The "could not" that makes ``clause`` a past event told by the writer (:func:`unable`), not
    a judgment ("could not be more different")."""
    m = UNABLE.search(clause)
    return m if m and unable(clause, m.start()) and not _EMPHATIC.match(clause, m.end()) else None

# the content kinds a kind-making cue verb overrides ("vowed to rebuild", "insisted that the count was
# rigged"); what is promised or planned as a clause of its own ("promised that she would rebuild") is
# a promise or plan even with the "would" that alone reads as a prediction (not what is hoped,
# assured or threatened: "hope they will gain ground" stays a prediction)
STATED = (ClaimKind.FACT, ClaimKind.POSITION)
VERB_DECIDES = {**{lemma: (*STATED, ClaimKind.PREDICTION, ClaimKind.PLAN) for lemma in "promise pledge vow swear".split()},
                **{lemma: (*STATED, ClaimKind.PREDICTION) for lemma in "plan intend".split()}}

# a condition by inversion: "Should the levy pass, ...", "... close the port should the levy pass",
# "crush the rebels should they attempt to", "Were he to win", "Were the council to raise ..." (a
# modal "should" takes a verb, never a subject after it, except in a question: "why should the
# nomination be ..."; a headline's "Trump Should Win" is a modal in capitals; "were" needs its "to",
# and a noun phrase after it only at the sentence's start: "X and Y, were the only ones to vote")
INVERTED_COND = re.compile(r"(?:^|(?<=[,;]\s)|(?<=[\"\u201c]))(?:Should|should)\s+(?:the|a|an|this|that|these|those|his|her|its|"
                           r"their|our|any|[A-Z][\w.'\u2019-]*)\s|(?<!\b[Ww]hy\s)(?<!\b[Hh]ow\s)(?<!\b[Ww]hat\s)\bshould\s+"
                           r"(?:the|a|an|this|that|these|those|his|her|its|their|our|any|(?-i:[A-Z])[\w.'\u2019-]*)\s"
                           r"|(?:^|(?<=[,;]\s)|(?<=[\"\u201c])|\b)(?:[Ss]hould|[Ww]ere)\s+(?:he|she|they|it|we|you|I)\s+(?=to\s)"
                           r"|(?<!\b[Ww]hy\s)(?<!\b[Hh]ow\s)(?<!\b[Ww]hat\s)\b[Ss]hould\s+(?:he|she|they|it|we|you|I)\s+"
                           r"(?!(?:not|be|have|also)\b)(?=[a-z]+\b)"
                           r"|(?:^|(?<=[\"\u201c]))Were\s+(?:the|a|an|this|that|his|her|its|their|our|[A-Z][\w.'\u2019-]*)"
                           r"(?:\s+[\w.'\u2019-]+){0,4}?\s+to\s+[a-z]")

# a directive with its hearer and an infinitive, when the directive is the cue ("Blinken advised all
# citizens to leave": his stance; "X said Congress had instructed the Fed to ...": X's fact)
DIRECTIVE = re.compile(r"\b(?:" + "|".join(sorted(f for f, v in _C.FORMS.items() if v in _C.DIRECTIVE and not f.endswith("ing")))
                       + r")\s+(?!for\s+(?:an?|the)\s|(?:not\s+)?guilty\b|no\s+contest\b)"
                       r"(?:(?!(?:if|whether|what|how|why|who|when|where)\b)[\w'\u2019.-]+\s+){1,6}?"
                       r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)[a-z]{2,}",
                       re.I)  # (not "asked if they planned to attend", a question; "asks for an inquiry to ...")

# "was/were to" + verb: a schedule told from the past ("The minister was to arrive on Monday"); not
# in a condition ("If she were to win"), nor of an aim ("The goal was to end poverty"), nor "were to blame"
WAS_TO = re.compile(r"\b(?:was|were)\s+to\s+(?!be\b|have\b|blame\b)[a-z]{2,}", re.I)
# ... and only with the time it was due ("on Monday", "within six months", "until the end of the
# season", "after the debate Kone was to fly to Rome"; "before bidding was to begin" hangs on the
# sentence's own verb): "The upshot was to shift power", "the payments were to purchase copies"
# say what something was, not when it was due
WHEN_DUE = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|(?:on|this|next|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday|morning|afternoon|evening|night|week|month|year)|(?:Monday|Tuesday|Wednesday|"
                      r"Thursday|Friday|Saturday|Sunday)|(?:in|on|by|until|before|from)\s+(?:January|February|March|April|"
                      r"May|June|July|August|September|October|November|December|\d{4}|the\s+end)|within\s+\w+\s+(?:hours?|"
                      r"days?|weeks?|months?|years?)|until|later\s+(?:this|that|in|on)|the\s+following\s+\w+)\b", re.I)
IF_BEFORE = re.compile(r"\b(?:if|unless|whether|though)\b", re.I)
PURPOSE_NOUNS = frozenset("""goal goals aim aims idea ideas purpose point plan plans mission job task priority strategy
    hope hopes intention intent challenge answer solution way message objective focus aspiration dream thought
    instinct reaction response effect result problem question role duty wish desire ambition hope tactic""".split())


def past_schedule(c: str, before: str) -> re.Match | None:
    """The "was/were to" of a schedule in clause ``c`` (``before``: the text just before it), or None."""
    w = WAS_TO.search(c)
    if w is None or IF_BEFORE.search(c, 0, w.start()) \
            or PURPOSE_NOUNS & {x.lower() for x in re.findall(r"[A-Za-z]+", c[:w.start()])[-6:]}:
        return None
    return w if WHEN_DUE.search(c) or re.search(r"\bafter\s+[^.;:]{1,40},?\s*$", before + c[:w.start()], re.I) else None


# "The council is voting on the levy tomorrow", "Kone is meeting Pell on Tuesday": an arrangement
# told in the present progressive, with a time ahead it is due (not "this week": the one going on;
# not "next week's primary": a time that names something else); states and aims are no arrangement
# ("is leading", "is hoping")
ARRANGED = re.compile(r"\b(?:is|are|am)\s+(?:also\s+|now\s+|still\s+)?(?!(?:going|being|trying|expecting|hoping|"
                      r"planning|looking|considering|seeking|working|facing|leading|trailing|running|waiting|"
                      r"struggling|suffering|getting|becoming|doing)\b)([a-z]{3,}ing)\b", re.I)
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
FUTURE_DUE = re.compile(r"\b(?:tonight|tomorrow|(?:next|this)\s+(?:" + WEEKDAYS + r"|morning|afternoon|evening|weekend)|"
                        r"next\s+(?:week|month|year|spring|summer|fall|autumn|winter)|on\s+(?:" + WEEKDAYS + r")|"
                        r"later\s+(?:today|tonight|this|next))\b(?!['\u2019]s)", re.I)


# what puts a time after it in another clause than the "is V-ing" before it ("is moving closer after
# three wins on Tuesday", "are showing that 80,000 caucused on Saturday")
_OTHER_CLAUSE = re.compile(r"[,;:\u2014]|\s[-\u2013]\s|\b(?:after|during|as|when|since|following|while|who|which|that|"
                           r"for|into|to|ahead)\b|\b[a-z]+ed\b", re.I)


# "The new rate takes effect on Jan. 1", "Voting begins on Monday", "The law comes into force next month": a
# schedule told in the simple present, with a date ahead (not "took effect", nor "opens at 9 a.m.": a habit)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# events a day is given for ("The final is on Saturday", "Kick-off is at 3 p.m. on Saturday")
_EVENTS_ON_A_DAY = sorted(DAY_EVENTS | {"kick-off"})
SCHEDULED = re.compile(r"\b(?:takes\s+effect|take\s+effect|comes?\s+into\s+(?:force|effect)|goes?\s+into\s+effect|"
                       r"starts|begins|opens|closes|ends|expires|resumes|kicks\s+off|meets|convenes|reconvenes|runs(?=\s+from)|"
                       # ("The bank's next policy meeting is on September 14": the event, then its date)
                       + "".join(rf"(?<={noun}\s)is|" for noun in _EVENTS_ON_A_DAY) +
                       # ("Full results are due on July 27", "The verdict is due next week": what is expected, then when)
                       r"(?:is|are)\s+due(?:\s+out|\s+back)?)\s+(?=(?:on|from|in|at|next|this|later\s+this|"
                       # (or the day at once, in the agencies' style: "The council meets Thursday", "opens July 12")
                       r"tomorrow|tonight|" + WEEKDAYS + r")\b(?!['\u2019]s)|(?:" + MONTHS + "|" + _MONTH_ABBR + r"\.?)\s+\d)", re.I)
# when, ahead ("on July 12", "from Monday", "next week"; in the agencies' style the day alone, "Thursday")
DATE_AHEAD = re.compile(r"\s*(?:(?:(?:on|from)\s+)?(?:" + _MONTH_ABBR + r"\.?\s+\d|(?:" + MONTHS
                         + r")\s+\d|(?:" + WEEKDAYS + r")\b(?!['\u2019]s))|in\s+(?:(?:" + MONTHS + r")\b|20\d\d\b)|next\s+(?:week|month|year|"
                         + WEEKDAYS + r")|tomorrow|tonight|(?:later\s+)?this\s+(?:" + MONTHS + r"|" + WEEKDAYS
                         + r"|week|weekend|month|year|spring|summer|autumn|fall|winter)\b)")  # ("ends this September")


_DATED_EVENT = re.compile(r"\s*(?:The|the)\s+(?:" + _MONTH_ABBR + r"\.?|" + MONTHS + r")\s+\d{1,2}\s+"
                          r"[a-z]+\s+$|\s*(?:" + WEEKDAYS + r")['\u2019]s\s+[a-z]+\s+$")
# where an event is held, named ("in Dunmore", "at the Old Mill")
PLACE = r"(?:in|at)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},?"
_PLACE_FIRST = re.compile(r"\s*" + PLACE + r"(?=\s+(?:on|from|next)\b)")
_CLOCK_FIRST = re.compile(r"\s*at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)(?:\s+local\s+time)?,?"
                          r"(?=\s+(?:on|next|this|tomorrow)\b)")


def scheduled(c: str) -> re.Match | None:
    """The verb of a schedule told in the present in clause ``c`` ("takes effect on Jan. 1"), or None."""
    w = SCHEDULED.search(c)
    if w is None or IF_BEFORE.search(c, 0, w.start()):
        return None
    place = _PLACE_FIRST.match(c, w.end()) or _CLOCK_FIRST.match(c, w.end())  # ("The convention opens in Dunmore
    # on July 18": where, then when; "Kick-off is at 3 p.m. on Saturday": the hour, then the day)
    if DATE_AHEAD.match(c, place.end() if place else w.end()):
        return w
    # ("The July 12 meeting begins at 6:30 p.m.", "Thursday's vote opens at 9 a.m.": the event named by its date)
    return w if _DATED_EVENT.match(c, 0, w.start()) else None


# an event held on a day ahead, told in the simple present with what is held between ("The Assembly votes on the
# budget on Thursday", "The bill faces a vote in the Senate on July 21", "Rask takes office on August 3", "Norburg
# holds its primary on Tuesday"): the verb after its subject, not a noun ("won 52 votes on Tuesday"); holding or
# facing an event, not "holds unusual fascination this winter"
_HELD = re.compile(r"(?<![\w'\u2019-])(?P<prev>[\w'\u2019-]+),?\s+"
                   r"(?P<v>(?P<votes>votes)|(?:faces|holds|hosts)(?:\s+(?:its|a|an|the|their|his|her))?(?:\s+[\w'\u2019-]+){0,3}?"
                   r"\s+(?:primary|primaries|caucus|caucuses|elections?|votes?|referendum|runoff|meetings?|talks|summit|"
                   r"hearings?|congress|conference|convention|rally|debate|session|ceremony|trial|deadline)|takes\s+office|"
                   r"visits|travels\s+to|heads\s+to|returns\s+to|testifies|goes\s+to\s+the\s+polls|stands\s+trial|"
                   r"is\s+sworn\s+in)\b")
# who votes on a day: a place or a body by name, or the one a relative clause is about ("Missouri votes", "which votes")
_VOTERS = frozenset("which that who council committee board senate house assembly parliament court panel jury state "
                    "city county party".split())
# what makes the word after it a noun ("won 52 votes", "the votes", "his visits", "Kone's visits")
_NOUN_BEFORE = frozenset("""the a an its his her our their my your whose new few two three four any all and more many some
such what each those these enough fewer several no""".split())
# where the clause of the event ends, or its time is a habit's ("every Thursday")
_HELD_END = re.compile(r"[.;:!?]|\b(?:that|which|who|after|when|because|since|while|as|if|but|and|every|each)\b")
_WHEN_STARTS = re.compile(r"\s+(?=(?:on|from|in|next|this|tomorrow|" + WEEKDAYS + "|" + MONTHS + r")\b)")


def held(c: str) -> re.Match | None:
    """The verb of an event held on a date ahead, told in the present in clause ``c`` (see ``_HELD``), or None."""
    for w in _HELD.finditer(c):
        prev = w.group("prev").lower()
        if w.start("v") > 100 or prev in _NOUN_BEFORE or prev[:1].isdigit() or re.search(r"['\u2019]s?$", prev) \
                or IF_BEFORE.search(c, 0, w.start()) or (w.group("votes") and not (
                    w.group("prev")[:1].isupper() or prev in _VOTERS)):  # ("cast votes", "60 million votes": a noun)
            continue
        stop = _HELD_END.search(c, w.end())
        end = stop.start() if stop else len(c)
        if any(DATE_AHEAD.match(c, d.start()) for d in _WHEN_STARTS.finditer(c, w.end(), end)
               if len(c[w.end():d.start()].split()) <= 12
               and not re.search(r"\b(?:a|an|the|every|each|last|past|previous)\s*$", c[w.end():d.start()], re.I)):
            return w  # (not "hosts a Sunday talk show", "votes last Saturday")
    return None


# an event called or declared for a day ("The union has called a mass meeting for Wednesday", "A day of mourning
# has been declared for Wednesday")
_CALLED_FOR = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:called|declared|convened|scheduled|rescheduled|set|arranged)\b"
                         r"(?:\s+[^,.;:]{1,40}?)?\s+for\b", re.I)


def called_for(c: str) -> re.Match | None:
    """The "has called ... for" of an event called for a date ahead in clause ``c``, or None."""
    w = _CALLED_FOR.search(c)
    return w if w is not None and not IF_BEFORE.search(c, 0, w.start()) and DATE_AHEAD.match(c, w.end()) else None


def arranged(c: str) -> re.Match | None:
    """The "is V-ing" of an arrangement in clause ``c`` ("is meeting Pell on Tuesday"), or None."""
    w = ARRANGED.search(c)
    if w is None or w.group(1).lower() in _C.FORMS or IF_BEFORE.search(c, 0, w.start()) \
            or (due := FUTURE_DUE.search(c, w.end())) is None:  # ("are warning of high waves this weekend": a cue)
        return None
    return None if _OTHER_CLAUSE.search(c, w.end(), due.start()) else w


# "the way Lennon or Dylan would", "more attention than people thought it would": a "would" with
# nothing after it, in a comparison, forecasts nothing ("he said he would" does)
_COMPARED = re.compile(r"\b(?:as|than|way|like|thought|expected)\b", re.I)


def elliptic(c: str, m: re.Match) -> bool:
    """Whether the modal ``m`` in clause ``c`` is a comparison's elliptical "would"."""
    return m.group(0).lower() in ("would", "wouldn't") and not c[m.end():].strip(" .,;:!?)\"\u201d") \
        and _COMPARED.search(c, 0, m.start()) is not None
