"""Stage 4 of the pipeline, and its entry point: what a careful reader would underline.

``extract(text, published)`` splits the article into sentences, attributes each to a speaker
(:mod:`attribution`, which reads the parse through :mod:`speech`), cuts the reported content
into clauses and classifies each clause that makes a claim:

* ``conditional`` - a forward-looking or modal clause with a condition ("only if", "unless",
  "provided that"); the condition is kept;
* ``promise`` - vowed, pledged, promised, committed to, guaranteed;
* ``plan`` - plans to, a plan to, intends to, is set/scheduled/due to, aims to, is to;
* ``prediction`` - will, would, expected to, likely, could, may, might, forecast, "it will
  take a month";
* ``position`` - a stance stated by a speaker (urge, call for, believe, "the only way",
  "serious about", must, should);
* ``fact`` - a checkable assertion of a past or present event (past tense with a number, a
  name or a date), low confidence.

The cue verb's meaning refines the kind: what a speaker insists or claims is a position (what a
suit or a prosecutor alleges stays a fact, to be proved), what
a body announces will happen its plan, what it vows a promise. Hedges ("possibly", "as soon
as", "expected to") become the modality; negation is kept. Deadlines (:mod:`deadlines`) come
from :func:`timex.tag` on the claim's own region, resolved against the date the statement was
made when the attribution gives one ("told Reuters on Monday"), otherwise the publication date.
Every quote is a verbatim span: ``text[start:end] == quote``. Pure and deterministic: no I/O, no Qt,
no database.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from claimledger.domain import ClaimKind, SpeakerKind
from claimledger.extraction import _lexicon as L
from claimledger.extraction._cues import DIRECTIVE, FORMS as _CUE_FORMS, SUPPOSING
from claimledger.extraction import deadlines as D
from claimledger.extraction import _forms as F
from claimledger.extraction import authors, interview
from claimledger.extraction import timex as _timex
from claimledger.extraction.attribution import Attribution, Speaker, attribute
from claimledger.extraction.clauses import DONE_TO, MAIN_RESUMES, WHEN_ONLY, clauses, without_trailing_conjunction
from claimledger.extraction.documents import documentary
from claimledger.extraction.mentions import COMMERCIAL, TITLE_ABBR, canonical_org, org_kind, parse_mention, strip_possessive
from claimledger.extraction.model import CueForm, ExtractedClaim, Sentence, Timex, TimexType
from claimledger.extraction.names import (bodies_called, described_body, full_name, named_with, orgs_in, same_kind,
                                          same_surname_person, speakable)
from claimledger.extraction.sentences import is_headline, plain_spaces, split, typographic_quotes

__all__ = ["extract", "clauses", "classify"]

_I = re.IGNORECASE

# ---------------------------------------------------------------------------------------------
# triggers

_NOT_NOUN = r"(?!\s+(?:of|for|in|on|at|to|the|a|an|and|or|from|with|among|behind)\b)(?!\s*[,.;:)])"
_NOT_CAUSE = r"(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|some|bad|poor|heavy|high|low|\d+|[a-z]{3,}(?<!e)ed|[a-z]{3,}ing)\b)"  # "due to the storm", "due to increased demand"
_WHEN = r"(?:\s+(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day|\s+(?:last|this)\s+week|\s+again|\s+publicly|\s+repeatedly|\s+in\s+principle)?"
_NOT_COND = "".join(rf"(?<!{w} )" for w in "even as asked see know knows knew wondered determine decide prove clear sure tell".split())
_COND = re.compile(_NOT_COND + r"\b(only\s+if|if|unless|(?<!have )(?<!has )(?<!had )(?<!been )(?<!not )"  # ("know if": a question)
    r"provided\s+(?!by\b|to\b|for\b|with\b|in\b|on\b|at\b|under\b|through\b)(?:that\s+)?|providing\s+that|"
    r"(?<!\S)(?<![^,\s]\s)(?:" + "|".join(sorted(SUPPOSING)) + r")(?:\s+that)?|as\s+long\s+as|so\s+long\s+as|on\s+(?:the\s+)?condition\s+that|in\s+the\s+event\s+(?:that|of)|only\s+when|once)\b(?!-)", _I)
# "he'd hold a hearing", "we'd win": the "'d" that is "would", before a verb's plain form (not "had":
# "she'd already left", "they'd been told", "he'd better")
_D_WOULD = (r"(?=\s+(?:not\s+|never\s+|also\s+|still\s+|just\s+|even\s+|[a-z]+ly\s+)?"
            r"(?!(?:been|had|better|rather|gone|done|seen|known|given|taken|become|got|gotten|begun|written|spoken|won|lost|left|"
            r"made|met|told|said|heard|found|thought|brought|bought|sent|spent|held|kept|run|come|already|always|once|"
            r"not|never|also|still|just|even|long|ever|" + "|".join(F.IRREGULAR_PAST) + r")\b)[a-z]+\b(?<![^e]ed)(?<!ly))")
# "assuming", "supposing": a condition only before a modal verb
_VERB_MODAL = re.compile(r"\b(?:will|won't|'ll|shall|(?:would|could|might|must|should)(?:n't)?|can|may)\b", _I)
_MODAL = re.compile(r"\b(?:will|won't|wo\s*n't|'ll|shall|(?:would|could|might|must|should)(?:n't)?|can|may|going\s+to|expect\w*|likely|plans?|intends?|vow\w*|pledg\w*|promis\w*)\b|(?<=[a-z])'d" + _D_WOULD, _I)
# ("pledged delegates", "the promised land": adjectives, nobody promising)
_PROMISE = re.compile(
    r"\b(vow(?:s|ed|ing)?" + _WHEN + r"\s+(?:to|that|not)|vow(?:s|ed)|pledg(?:e|es|ed|ing)" + _WHEN + r"\s+(?:to|that|not)|pledged(?!\s+(?:delegates?|votes?|funds|money|sums?|amounts?|donations?)\b)|"
    r"promis(?:e|es|ed|ing)" + _WHEN + r"\s+(?:to|that|not)|promised(?!\s+land\b)|"
    r"(?<!remain )(?<!remains )(?<!remained )(?:is\s+|are\s+)?committed\s+to|commits?\s+to|guarantee(?:s|d)?\s+(?:that|to)|swore\s+to|sworn\s+to|"
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bhad\s)threatened\s+to|assur(?:ed|es)\s+\w+\s+(?:that|it)|gave\s+(?:an?\s+)?(?:assurance|guarantee|undertaking)|undertook\s+to)\b",
    _I)
# a plan as a noun, and a modal that tells its fate as the clause's own verb ("her plan to cut taxes would pass")
_PLAN_NOUN_RX = r"(?:a|the|its|their|his|her|our)\s+(?:\w+\s+)?plan\s+to"
_PLAN_NOUN = re.compile(_PLAN_NOUN_RX, _I)
_PLAN_FATE = re.compile(r"[^,;]*?\s(?:would|will|could|may|might|is\s+likely\s+to)\s+(?:not\s+)?(?:pass|fail|survive|succeed|"
                        r"work|clear|win|die|collapse|stall|face|cost|hurt|help|boost|raise|cut|create|save|lead)\b", _I)
_PLAN = re.compile(
    r"\b((?:has|have|had)\s+plans?\s+to|plans?\s+to|planned\s+to|planning\s+to|" + _PLAN_NOUN_RX + r"|"
    r"plans?\s+for|(?:plans?|planning|planned)\s+on\s+[a-z]+ing|intends?\s+to|intended\s+to|intentions?\s+(?:to|of\s+[a-z]+ing)|intent\s+on|"
    r"(?:is|are|was|were)\s+(?:set|scheduled|slated|due)\s+to" + _NOT_CAUSE + r"|(?:is|are)\s+to\s+(?!be\b)[a-z]+|"
    r"(?:is|are)\s+to\s+be\s+[a-z]+(?:ed|en|eld|ent|ade)\b|(?:is|are|was|were)\s+(?:being\s+)?planned\b|"
    r"aims?\s+to|aimed\s+to|aiming\s+to|hopes?\s+to|hoping\s+to|(?:is|are|(?:has|have)\s+been)\s+(?:provisionally\s+|tentatively\s+|now\s+)?(?:set|scheduled|slated)\s+for|(?:is|are)\s+preparing\s+to|prepares?\s+to|(?:is|are|am)\s+(?:\w+\s+)?prepared\s+to|propos(?:es|ed)\s+to|"
    r"decided" + _WHEN + r"\s+to|(?:has|have)\s+agreed" + _WHEN + r"\s+to|agreed" + _WHEN + r"\s+to|seeks?\s+to|seeking\s+to|(?:is|are)\s+(?:(?:now|also|still|actively|seriously)\s+)?(?:considering|mulling)|"
    r"(?:is|are)\s+(?:looking|moving)\s+to|will\s+(?:seek|try|move)\s+to|roadmap\s+to|timetable\s+(?:to|for))\b"
    # ("compared the plan to a Ponzi scheme": no infinitive; "agreed to a debate" stays a commitment)
    r"(?!(?:(?<=plan\sto)|(?<=plans\sto))\s+(?:an?|the|his|her|their|its|our|my|your|this|these|those|\d[\d,.]*)(?=[\s,.;:!?]|$))", _I)
# "advanced warnings likely reduced the toll", "the species is likely a member of": "likely"
# before a past verb or a noun phrase judges what is or was, it forecasts nothing
_NOT_ASSESSED = r"(?!\s+(?:an?|the|his|her|their|its|one|[a-z]{3,}ed|was|were|had|did|is|are|been|came|went|began|took|made|fell|rose|won|lost)\b)"
_LATER = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later|soon|future|(?:this|the)\s+(?:year|month|week|summer|winter|spring|autumn|fall)|"
                    r"by\s+(?:the\s+end|\d{4}|(?-i:[A-Z])))\b", _I)
# a clause of reported speech that opens with its subject's hope or aim ("he hoped to", "her goal was to"; not "a
# state she hoped to carry")
_REPORTED_HOPE = re.compile(r"\s*(?:that\s+)?(?:(?:he|she|they|we|I|it|[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+"
                            r"(?:still\s+|also\s+|now\s+)?(?:hoped\s+to|(?:was|were)\s+(?!not\b)(?:\w+\s+)?[\"\u201c]?(?:prepared|ready|willing)\s+to(?!\s+be\b))|"
                            r"(?:the|The)\s+(?:[a-z-]+\s+)?(?:bank|government|company|ministry|party|union|council|army)\s+"
                            r"(?:was|were)\s+(?!not\b)(?:\w+\s+)?[\"\u201c]?(?:prepared|ready|willing)\s+to(?!\s+be\b)|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Tt]he)\s+(?:[a-z-]+\s+)?"
                            r"(?:goal|aim|objective|intention|priority|mission)\s+was\s+to(?!\s+be\b))\b")
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:no|every|any)\s+intention\b|(?:not\s+|never\s+|long\s+|originally\s+|once\s+)?(?:been\s+)?"
                         r"(?:intended|planned|hoped|scheduled|set|slated|due|expected|aimed|meant|plans?)\s+(?:to|for)\b)", _I)
# a share of people before what they intend ("22% of adults did not intend to", "half of voters plan to")
_SHARE_INTENDS = re.compile(r"(?:\d+(?:\.\d+)?\s*(?:%|percent)|\b(?:half|thirds?|quarters?|majority|minority|most|many))"
                            r"(?:\s+of(?:\s+(?:the|all|those))?)?\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+"
                            r"(?:(?:did|do|does)\s+not\s+|(?:didn't|don't|doesn't)\s+)?$")
_PREDICT = re.compile(
    r"(?<!\bthe )(?<!\bpolitical )(?<!\bgood )(?<!\bfree )(?<!\bmilitary )(?<!\byour )(?<!\bmy )(?<!\bour )\b((?:will|might(?:n't)?)" + _NOT_NOUN + r"|(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!'s )(?<!\u2019s )will(?=,\s+[^,;]{1,40}(?:,\s+|\s+[\"\u201c])[a-z]{2,}\b)|won't|wo\s*n't|shall|(?<!\bI )(?<!\bI'd )(?<!\bwe )would(?:n't)?(?!-)(?!\s+(?:also\s+)?(?:like|love)\s+to\s+(?:thank|congratulate|encourage|express|welcome|apologi[sz]e|acknowledge|say|invite|remind|extend|see)\b)(?!\s+have\s+(?:been\s+)?[a-z]+(?:ed|en)\b)|(?<!\bwas )(?<!\bwere )(?<!\bwas just )(?<!\bwere just )going\s+to(?!\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|church|school|work|bed|court|war|jail|prison|college|town|sea|\d|(?-i:[A-Z]))\b)(?!\s+[a-z]+[^siu\W]s\b)|(?:is|are|was|were|be)\s+(?:widely\s+)?expected\s+to|expects?\s+(?:to|that)|"
    r"(?<=we )expect|(?<=I )expect|(?<=We )expect|"
    r"expects?\s+(?:[\w-]+\s+){1,4}to\b|expected\s+to|(?:is|are|was|were)\s+(?:widely\s+)?expected\s+(?:by|in|on|at|before|within|next|later|early|soon|tomorrow|tonight|around|across|throughout|from|during|over|this|"
    r"until|through|shortly|as\s+(?:soon|early)\s+as)\b|"
    r"(?:is|are|was|were)\s+(?:widely\s+|also\s+|not\s+)?expected$|(?:is|are|(?:was|were)(?!\s+(?:more|less)\s)|seems?|looks?)\s+(?:\w+\s+)?(?:likely|unlikely)" + _NOT_ASSESSED + r"|(?<!\bwere\smore\s)(?<!\bwere\sless\s)(?<!\bwas\smore\s)(?<!\bwas\sless\s)(?:un)?likely(?!\s+(?:(?-i:[A-Z])\w*|voters?|nominees?|candidates?|contenders?|successors?|winners?|suspects?|choices?)\b)" + _NOT_ASSESSED + r"|"
    r"could(?!\s+not\s+(?:immediately\s+)?be\s+reached)(?!\s+(?:immediately\s+)?be\s+reached(?:\s+(?:for|at|on|via|through|immediately|by\s+(?:tele)?phone|by\s+e-?mail)\b|\s*[.,;:)\"\u201d]|\s*$))|"
    r"(?<!\bits )(?<!\btheir )(?<!\bthe )(?<!\bprofit )(?<!\bsales )(?<!\brevenue )(?<!\bearnings )(?<!\bfull-year )"
    r"(?<!\bannual )(?<!\bweather )(?<!\bgrowth )(?<!\bthan )(?<!\bwhat was )(?<!\bas )forecasts?|forecast\s+to|predicts?|predicted|projects?\s+(?:that|\w+\s+to)|"
    r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bwe )|(?<=\bit ))expected\s+(?:[\w-]+\s+){1,6}to\b|"
    # ("crews expected the winds to ease overnight": what people expect of something ahead)
    r"(?<=[a-z]{2}s )(?<!\bwas )(?<!\bhas )(?<!\bthis )expected\s+(?:the|a|an|its|their|his|her|more|further)\s+(?:[\w-]+\s+){0,4}to\b|"
    # ("she now expected two more hikes this year": what a speaker expects ahead, told in the past of the telling)
    r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bwe )|(?<=\bit )|(?<=\bnow )|(?<=\bstill ))expected\s+(?:[\w$.,%-]+\s+){1,5}?"
    r"(?=(?:this|next)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter)\b|by\s+(?:the\s+end|\d{4})|in\s+\d{4}\b)|"
    # (... and told in the present: "she expects inflation of 3% next year", "it now expects sales growth of 7% in
    # 2021", "it expects earnings of $3.10 a share for fiscal 2022")
    r"(?:(?<=\bhe )|(?<=\bshe )|(?<=\bthey )|(?<=\bwe )|(?<=\bit )|(?<=\bnow )|(?<=\bstill )|(?<=\bI ))expects?\s+"
    r"(?:[\w$.,%-]+\s+){1,8}?(?=(?:this|next)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter)\b|"
    r"by\s+(?:the\s+end|\d{4}|(?:" + F.WEEKDAYS + "|" + F.MONTHS + r")\b)|in\s+\d{4}\b|for\s+(?:fiscal|the\s+(?:full\s+)?year)\b|"
    r"in\s+the\s+(?:first|second|third|"
    r"fourth|final)\s+(?:quarter|half)\b)|"
    r"projected\s+to|anticipates?|(?<!\bthan )(?<!\bhad )(?<!\bhave )(?<!\bwas )(?<!\bwere )anticipated|anticipated(?=\s+(?:to|for|in|on|by|within|next|later|tomorrow|soon)\b)|poised\s+to|(?:(?<=forecast )|(?<=outlook ))(?:is|calls?)\s+for|on\s+(?:course|track)\s+to|(?:is|are)\s+about\s+to|bound\s+to|"
    r"(?:is|are)\s+(?:set|due|slated)\s+to" + _NOT_CAUSE + r"|on\s+the\s+verge\s+of|risks?\s+\w+ing|threatens?\s+to|warned\s+(?:of|that)|warns?\s+(?:of|that))\b|'ll\b|"
    r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit)|(?<=\bthey)|(?<=\byou)|(?<=\bwho)|(?<=\bthat))'d" + _D_WOULD,
    _I)
# Forecasts without a modal: "a new version should be available soon" (with a time ahead, "should"
# expects rather than urges), "flash flooding is possible", "Estrada faces life in prison"
_EXPECTED_FORM = re.compile(
    r"\bshould\s+(?:be\s+)?(?:available|ready|completed?|finished|done|operational|open|reopen(?:ed)?|restored|back|"
    r"over|known|arrive|begin|start|end|resume|return|finish|reach|land|take\s+effect|improve|ease|rise|fall|recover|"
    r"pick\s+up|slow|peak|subside|clear|stabili[sz]e)\b"
    r"(?=.{0,60}?\b(?:soon|shortly|tomorrow|tonight|next|later|within|by\s+(?:the\s+)?(?:end|weekend|[A-Z0-9])|"
    r"(?:late|early)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this|next)|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)"
    r"|\b(?:is|are)\s+(?:still\s+|also\s+|now\s+|quite\s+|very\s+|entirely\s+)?(?:possible|probable)\b(?!\s+(?:to|for|because|thanks)\b)"
    r"|\bfaces?\s+(?:(?:up\s+to|at\s+least|as\s+(?:much|many)\s+as|more\s+than)\s+|a\s+(?:maximum|minimum|possible|potential)\s+(?:of\s+)?)?"
    r"(?:a\s+)?(?:lifetime|life|\d[\d,.]*|"
    r"(?:\w+\s+)?years|charges?|(?:a\s+)?fines?|the\s+death\s+penalty|jail|prison|trial|deportation|extradition|"
    r"(?:possible\s+)?sentence|impeachment|eviction|bankruptcy)\b", _I)
# "I would say half and half", "I would probably go with nature": a first person's hedged answer;
# "I would never sign it", "we would leave the euro if ...": a forecast or a commitment all the same
_FIRST_WOULD = re.compile(r"(?:(?:(?<=\bI )|(?<=\bwe )|(?<=\bWe ))would|(?:(?<=\bI)|(?<=\bwe)|(?<=\bWe))'d" + _D_WOULD + r")(?!\s+(?:probably\s+|definitely\s+|just\s+|also\s+|personally\s+|"
                          r"rather\s+|have\s+to\s+)?(?:say|call|describe|go\s+(?:more\s+)?(?:with|for)|pick|choose|want|rather|prefer|"
                          r"guess|imagine|think|argue|suggest|agree|love|like|regard|consider)\b)(?!-)(?!\s+have\s+(?:been\s+)?[a-z]+(?:ed|en)\b)")
# cue lemmas whose content the speaker says is untrue ("doubts the levy will pass": that it will not)
_DENIALS = frozenset("deny refute rebut dispute doubt".split())
_ASKED = re.compile(r"(?<!questions )(?<!question )\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|inquir(?:es|ed|ing))\s+(?:[\w.'\u2019-]+\s+){0,5}?"
                    r"(?:whether|if|how|why|what|when|where|which|who)\b", _I)
_LEADING_IF = re.compile(r"\s*[\"\u201c]?(?:If|Unless)\s[^,;]+,\s+(?=\S)")
_QUESTION = re.compile(r"[\"\u201d\u2019')]*\s*\?")
_AHEAD = re.compile(r"\b(?:next|coming|tomorrow|upcoming|later|by|from|starting|beginning|until|within|soon|future)\b", _I)
_MAY = re.compile(r"\b(may|May(?=\s+(?:be|have|not|well|also|need|take|rise|fall|come|go|continue|see|face|lead|help|increase|decrease|happen)\b))\b")
_POSITION = re.compile(
    r"\b(urge[sd]?|urging|(?<!conference\s)(?<!phone\s)(?<!\ba\s)call(?:s|ed|ing)?\s+(?:on|for|upon)(?!\s+(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day\b)|believes?|believed|support(?:s|ed)?|oppose[sd]?|opposed\s+to|reject(?:s|ed)?|"
    r"condemn(?:s|ed)?|welcome[sd]?|(?:the\s+)?only\s+(?:way|solution|option|path)|serious\s+about|must|should|ought\s+to|needs?\s+to|"
    r"insist(?:s|ed)?|important|crucial|essential|vital|unacceptable|determined\s+to|ready\s+to|willing\s+to|wants?\s+to|"
    r"(?:is|are|was|were)\s+(?:the\s+)?(?:best|right|wrong)|firmly|stands?\s+(?:with|by)|remains?\s+committed|committed\s+to|"
    r"deserves?|(?:is|are|was|were)\s+not\s+(?:acceptable|justified)|"
    r"we\s+(?:are|were|have\s+been)\s+(?:very\s+|fully\s+|deeply\s+|not\s+)?\w+\s+(?:about|to|of|with|that)|"
    r"confident|concerned|worried|opposition\s+to|would\s+(?:also\s+)?(?:like|love)\s+to\s+see|"
    r"(?-i:I)\s+(?:really\s+|still\s+|just\s+)?think(?=(?:\s+[\w'\u2019,-]+){4}))\b",  # ("I think in the end she wants roads fixed")
    _I)
# words of a harsh judgement, a speaker's or the reporter's ("reckless", "misguided")
_HARSH = r"reckless|irresponsible|disgraceful|ridiculous|absurd|misguided|hypocritical|unworkable"
_REPORTED_STANCE = re.compile(
    r"\b(?:urged|urges|called\s+(?:on|for|upon)|calls\s+(?:on|for|upon)|condemned|condemns|demanded|demands|"
    # (a charge laid or blame put: "accused negotiators of watering down the bill")
    r"accus(?:ed|es|ing)\s+(?:[\w'\u2019-]+\s+){1,4}?of|blam(?:ed|es|ing)\s+(?:[\w'\u2019-]+\s+){1,4}?for|"
    r"call(?:ed|ing)\s+(?:the|it|this|that|his|her|their|its|him|them|[A-Z][\w.-]*['\u2019]s?)\s+(?:[\w'\u2019.-]+\s+){0,3}[\"\u201c]|"
    # (a judgement in the reporter's words: "called the plan reckless", "called his vote an irresponsible gamble")
    r"call(?:s|ed)?\s+(?:the|it|this|that|these|those|his|her|their|its|them|him)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:an?\s+)?"
    r"(?:[a-z]+ly\s+)?(?-i:" + _HARSH + r"|flawed|unacceptable|dangerous|outrageous|shameful|unfair|illegal|unconstitutional|racist|"
    r"wrong|premature|unrealistic|mistake|disaster|failure|betrayal|insult|disgrace|joke|sham|hoax|fraud|scam|lie|offensive|"
    r"divisive|inappropriate|un-American|foolish|stupid|crazy|pathetic|terrible|horrible|disappointing)\b)", _I)
_HEDGE = re.compile(
    r"\b(possibly|probably|perhaps|maybe|likely|unlikely|as\s+soon\s+as|as\s+early\s+as|at\s+the\s+earliest|at\s+the\s+latest|"
    r"expected\s+to|could|might" + _NOT_NOUN + r"|hopes?\s+to|almost\s+certainly|potentially|reportedly|tentatively|no\s+later\s+than)\b",
    _I,
)
_NEG = re.compile(r"\b(not|never|no\s+longer|neither|nor|cannot)\b|n['\u2019]t\b", _I)
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n['\u2019]t)\s+(?:[a-z]+ly\s+)?$", _I)  # ("did not dispute", "never denied")
_COUNTERFACTUAL = re.compile(r"(?:could|may|might|would|should|must|'d)(?:\s+not|n't)?\s+have\s+(?:been\s+)?(?:[a-z]+(?:ed|en|wn|ne|un|ght|ept|ound)|"
                             + "|".join(F.IRREGULAR_PAST) + r"|put|had|let|said|told|got|won|lost|read|run|come|become|cost|hurt|cast|upset)\b", _I)
_PAST = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:not\s+|never\s+)?(?:been\s+|also\s+|already\s+)?[a-z]+|"
    r"(?:was|were)\s+(?:not\s+|also\s+|being\s+)?(?:[a-z]{2,}ed|[a-z]+en|" + "|".join(F.IRREGULAR_PAST) + r"|made|held|hit|set|sent|shut|cut|put|paid|sold|told|left|lost|won|found|kept|led|met|seen|given|taken|known|shown|done|born)|"
    r"did\s+not\s+[a-z]+|[a-z]{3,}ed|" + "|".join(F.IRREGULAR_PAST + F.SHORT_PAST) + r")\b"
)
_PRESENT_FACT = re.compile(
    r"\b(?:is|are|has|have|had|remains?|stands?|totals?|includes?|amounts?\s+to|accounts?\s+for|represents?|makes?\s+up|"
    r"costs?|employs?|owns?|controls?|holds?|kills?|produces?|exports?|imports?|earns?|spends?|reaches|exceeds?|tops?|"
    r"shows?|leads?|trails?|lags?)\b", _I)
_WAS_FIGURE = re.compile(r"\b(?:was|were)\b(?=[^.;]*\d)", _I)  # "The rate was 7.8 percent in January 2009"
_PASSIVE_EVENT = re.compile(r"\b(?:has|have|had)\s+been\s+[a-z]+(?:ed|en)\b|\b(?:was|were)\s+(?:[a-z]+ed|killed|shot|taken)\s+(?:by|in|on|at|after)\b")
_EVALUATIVE = re.compile(
    r"\b(?:(?:not\s+)?(?:go|goes|went|gone)\s+far\s+enough|enough|too\s+(?:little|late|much|slow|fast|far|high|low|weak|"
    r"slowly|quickly|soon|early|costly|risky|timid|cautious|harsh|lenient)|(?:not|never)\s+(?:been\s+)?adequately|inadequate(?:ly)?|"
    # (a stance held: "the paper stood by its reporting", "has full confidence in his chief of staff", "has done more
    # than its share")
    r"(?:stood|stands|stand|standing)\s+by\s+(?:its|his|her|their|our|the|every)\b|(?:full|complete|total)\s+confidence\s+in|"
    r"more\s+than\s+(?:its|his|her|their|our|your)\s+(?:fair\s+)?share|"
    r"disappointing|historic|unacceptable|unaffordable|outrageous|shameful|excellent|remarkabl[ey]|resilient|"
    r"(?-i:(?:deeply\s+|fundamentally\s+|seriously\s+)?flawed|" + _HARSH + r"|wrongheaded|ill-conceived|short-sighted|shortsighted)|"
    r"a\s+(?:mistake|disaster|failure|turning\s+point|betrayal|victory)|the\s+right\s+(?:thing|decision)|clearly|"
    # (a verdict in a word: "is a gamble", "a cartel waiting to happen", "is stonewalling"; "I am not convinced")
    r"an?\s+(?:gamble|cartel|sham|farce|charade|scam|joke|travesty|mess|fiasco|hoax|smear|witch[\s-]hunt|fantasy|fabrication)"
    r"(?![\w-])(?!\s+artists?\b)|stonewall(?:ing|ed)?|(?:work|piece|act)\s+of\s+(?:fantasy|fiction)|gossip|"
    r"(?:not|never)\s+(?:been\s+)?convinced)\b", _I)
_COPULA = re.compile(r"\b(?:is|are|am|was|were|remains?|remained|seems?|looks?|appears?|feels?|do(?:es)?\s+not|did\s+not|don't|doesn't|didn't|isn't|aren't|can|cannot|can't|"
                     r"(?:it|that|there|he|she|this|what|here)['\u2019]s|(?:we|they|you)['\u2019]re|I['\u2019]m)\b", _I)
_BOILERPLATE = re.compile(
    r"\b(?:(?:declined|refused)\s+to\s+(?:comment|say|specify|disclose|elaborate|discuss|predict|give|provide|confirm|answer|speculate)|"
    r"(?:would\s+not|wouldn't)\s+(?:directly\s+)?(?:say|specify|disclose|elaborate|comment|speculate)|declined\s+comment|(?:neither|nobody|no\s+one|none)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?would\s+(?:comment|say|confirm|discuss|elaborate|speculate)|"
    r"(?:did\s+not|didn't|would\s+not|wouldn't|could\s+not|couldn't)\s+say\s+(?:whether|if|how|when|what|why|who)|"
    r"asked\s+(?:whether|if|how|what|when|why|who)|did\s+not\s+(?:immediately\s+)?(?:respond|reply|return)|"
    # (someone who "could not be reached", not an agreement: "if an agreement could not be reached by Sept. 30")
    r"(?<!agreement\s)(?<!deal\s)(?<!consensus\s)(?<!compromise\s)(?<!settlement\s)(?<!decision\s)(?<!accord\s)(?<!verdict\s)"
    r"(?<!target\s)(?<!goal\s)could\s+not\s+(?:immediately\s+)?be\s+reached|"
    r"not\s+to\s+be\s+(?:named|identified|quoted)|(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that\s+(?:he|she|they)\s+not\s+be)\s+"
    r"(?:anonymity|named|identified)|no\s+immediate\s+comment|(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment|requests?\s+for\s+comment|"
    r"(?:has|have)\s+contributed\s+(?:to\s+)?(?:this|reporting)|(?:writing|reporting|editing)\s+by)\b", _I)
# a first person's belief that something will come, not a commitment ("I'm confident we'll get a deal")
_SURE_FIRST = re.compile(r"\b(?:confident|sure|certain|convinced|optimistic|hopeful|(?:I|we)\s+(?:\w+\s+)?(?:think|believe|expect|"
                         r"hope|bet|guess|suspect|predict))\b(?:\s+that)?\s*$", _I)
# what is not known, said as such: "Lawmakers have not said when they would vote", "Neither side has said
# when talks will resume" (a question left open claims nothing, as "did not say whether" does) and, the
# reporter's own, "It is unclear whether the plan will work" (a speaker's "it's unclear" is their position)
_UNSAID = re.compile(r"\b(?:(?:has|have|had)\s+(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:said|announced|disclosed|revealed|specified|"
                     r"indicated|decided|determined)|(?:has|have|had)\s+yet\s+to\s+(?:say|announce|disclose|reveal|specify|"
                     r"indicate|decide|determine)|(?:neither|nobody|no\s+one|none)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:has|have|had)\s+"
                     r"(?:yet\s+)?(?:said|announced|disclosed|indicated|decided))\s+(?:whether|if|how|when|what|why|who|which)\b", _I)
_UNCLEAR = re.compile(r"\b(?:it\s+(?:is|was|remains|remained|has\s+been|had\s+been)|it['\u2019]s)\s+(?:still\s+|also\s+|not\s+yet\s+)?"
                      r"(?:unclear|not\s+(?:yet\s+)?clear|uncertain|unknown|(?:hard|difficult|impossible|too\s+early|too\s+soon)\s+"
                      r"to\s+(?:know|say|tell|predict|gauge|judge))\s+(?:whether|if|how|when|what|why|who|which|where)\b", _I)
# a question's clause after a verb of telling denied ("though it did not say how many jobs will go", "Neither
# Kone nor Lind would say whether they planned to attend"): the wh-word ends the text it is searched in
_NOT_TOLD_WH = re.compile(r"\b(?:not|n['\u2019]t|never|yet\s+to|neither|nobody|no\s+one|none|declined\s+to|refused\s+to)\b"
                          r"[^.;:\"\u201c]{0,60}?\b(?:say|said|disclosed?|reveal(?:ed)?|specif(?:y|ied)|indicated?|announced?|"
                          r"decided?|determined?|confirm(?:ed)?|explain(?:ed)?)\s+(?:whether|if|how|when|what|why|who|which|where)\s*$", _I)
_WH = re.compile(r"\s*(?:whether|if|how|when|what|why|who|which)\b", _I)
_DECLINED = re.compile(r"\b(?:declined|refused)\s+to\s+(?:say|specify|disclose|comment|confirm)|(?:did\s+not|didn't|would\s+not|wouldn't)\s+say\b")
_JOINED_SOURCE = re.compile(r"[,;]\s+(?:but|while|whereas|and|though|although)\s+[^,;]*$")
_NUMBER = re.compile(
    r"\d|\b(?:hundreds|thousands|millions|billions|dozens|scores|tens\s+of\s+thousands|percent|per\s+cent|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|"
    r"half|quarter|doubled|tripled|record)\b",
    _I,
)
_PROPER = re.compile(r"(?<=\s)[A-Z][a-z]+|(?<=\s)[A-Z]{2,}")
_TIME_WORD = re.compile(
    r"\b(?:yesterday|today|last\s+\w+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|"
    r"since|ago|earlier\s+this)\b"
)
# events (a schedule's subject when "scheduled" or "slated"; what no one does when "set" or "due")
_EVENTS = frozenset("vote election talks meeting summit trial hearing ruling report match game final tournament race".split())
_NON_AGENT = frozenset(
    """storm hurricane typhoon cyclone rain rains temperatures temperature prices price inflation rates rate
    growth economy market markets index shares stocks oil gas demand output unemployment cases infections
    deaths figures deficit debt weather heatwave snow winds wind flooding floods river levels sales revenue
    revenues profit profits earnings costs bill law currency dollar euro yen pound yields yield season data""".split()) | _EVENTS
_AGENT_VERB = re.compile(
    r"(?:^|[\s,(])(?:the\s+)?((?:[A-Z][\w.'\u2019&-]*)(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&-]*){0,4})\s+"
    r"(?:has|have|had|is|are|was|were|will|would|does|do|did|plans?|intends?|wants?|aims?|hopes?|said|says|announced|"
    r"vowed|pledged|promised|agreed|decided|[a-z]{3,}ed\b)"
)


@dataclass(slots=True)
class _Hit:
    kind: ClaimKind
    start: int  # trigger span, absolute
    end: int
    trigger: str
    condition: tuple[int, int] | None = None


# the words that open a phrase set off before a clause (_FRONTED, _FRONTED_PLACE)
_OPENING_WORDS, _PLACE_WORDS = "For With By As From Of".split(), "In On At During After Before".split()
# what opens a quoted sentence inside another: "that", then a quotation mark
_OPENED = re.compile(r"\bthat\s+[\"\u201c\u2018]?\s*$")
_JOINED_BY_AND = re.compile(r",\s+(?:and|but)\s+$")
# (after the phrase, no clause: a relative, a verb whose subject came before, or a gerund and its object)
_NO_CLAUSE_NEXT = re.compile(r"(?:who|whom|whose|which|where|is|are|was|were|has|have|had|will|would)\b"
                             r"|[a-z]+ing\s+(?:the|a|an|his|her|their|its|to|with|in|on|at|for)\b")
_LOWER_FRONTED = re.compile("(?:" + "|".join(w.lower() for w in _OPENING_WORDS + _PLACE_WORDS) + r")\s")


def _opens_a_sentence(text: str, a: int, c: str) -> bool:
    """Whether clause ``c`` (at ``a``), opening with a phrase in lower case, starts a sentence of its own:
    after "that" and a quotation mark ('says that "for all practical purposes, there's no path forward"'),
    or after ", and"/", but" when a clause follows the phrase ("..., and for all their grit, manufacturing
    jobs are ...")."""
    if not _LOWER_FRONTED.match(c):
        return False
    if _OPENED.search(text, max(0, a - 12), a):
        return True
    up = c[:1].upper() + c[1:]
    fr = _FRONTED.match(up) or _FRONTED_PLACE.match(up) if _JOINED_BY_AND.search(text, max(0, a - 8), a) else None
    return fr is not None and not _NO_CLAUSE_NEXT.match(c, fr.end())


def classify(text: str, a: int, b: int, *, attributed: bool, quoted: bool, actor_speaker: int = 0) -> _Hit | None:
    """Kind of the clause text[a:b] (or None when it makes no claim). ``actor_speaker`` (see
    _speaks_for_an_actor): "it/we/they will open ..." is then the speaker's own plan."""
    c = text[a:b]
    if _opens_a_sentence(text, a, c):
        c = c[:1].upper() + c[1:]
    if _BOILERPLATE.search(c) or _QUESTION.match(text, b) or c.rstrip().endswith("?") or (c.lstrip().lower().startswith("whether ") and "," not in c):
        return None  # a question asks; it claims nothing ("Todd asked Pence whether ...", "whether it was arson")
    if (u := _UNSAID.search(c) or (None if attributed else _UNCLEAR.search(c))) is not None \
            and not ((md := _search(_MODAL, c)) is not None and (md.start() < u.start() or c[:md.start()].endswith(" and "))):
        return None  # (not "Kone will sign it, though it is unclear when": the forecast comes first; nor "had not decided
        # whether to accept it and would respond in the coming weeks": a second verb, with what will come)
    if _NOT_TOLD_WH.search(text, max(0, a - 100), a + ((w := _WH.match(c)) is not None and w.end())):
        return None  # ("Neither Kone nor Lind would say whether they planned to attend": the question, no answer)
    if (q := _ASKED.search(c)) is not None and not ((fc := _LEADING_IF.match(c)) is not None and q.end() <= fc.end()):
        c = c[:q.start()]  # (not inside a condition that leads the clause: "If anyone wonders why ..., the report is ...")
    if len(c.split()) < 3:
        return None
    modal = _search(_MODAL, c) or _search(_MAY, c)
    m = _search(_COND, c) or F.INVERTED_COND.search(c)
    if m and _COUNTERFACTUAL.search(c) and (re.search(r"\bhad\s+(?:not\s+)?(?:been\s+)?[a-z]+", c[m.end():], _I) or (
            modal and _COUNTERFACTUAL.match(c, modal.start()) and not _AHEAD.search(c))):  # ("if they'd surfaced")
        m = None  # "If he had voted, it would have been against": what did not happen, not a condition ahead
    if m and m.group(0).split()[0].lower() in SUPPOSING and not _VERB_MODAL.search(c, m.end()):
        m = None  # ("assuming that X seems ...": a gerund; "— assuming a two-way race, the likely nominee": no clause)
    past_if = None  # where a trailing condition begins whose modal is the clause's only one
    if m and m.group(0).lower() in ("if", "once", "only when") and m.start() >= 8 and modal and modal.start() > m.start() \
            and c.find(",", m.end()) < 0 and F.past_condition(c, m.end(), modal.start()):
        # "He faced repercussions if he could not meet the quotas": the modal only the condition's, after a
        # clause told in the past: what happened, conditional or forecast neither
        modal, past_if = None, m.start()
    if m and (modal or m.group(0).lower() not in ("if", "once", "only when")):
        cond_s = a + m.start()
        # condition runs to the next comma (fronted "If X, Y") or to the clause end
        comma = c.find(",", m.end())
        if m.start() < 8 and comma > 0:
            cond_e = a + comma
        else:
            cond_e = b
        return _Hit(ClaimKind.CONDITIONAL, a + m.start(), a + m.end(), m.group(0).lower(), (cond_s, cond_e))
    m = _search(_PROMISE, c)
    if m:
        return _Hit(ClaimKind.PROMISE, a + m.start(), a + m.end(), m.group(0))
    m = _search(_PLAN, c)
    if m and m.start() <= 4 and _PLAN_NOUN.match(m.group(0)) and _PLAN_FATE.match(c, m.end()):
        m = None  # "her plan to cut the tax rate would pass the Legislature this fall": what becomes of the plan
    if m and re.match(r"decided\b", m.group(0), _I) and not _AHEAD.search(c, m.end()):
        m = None  # "the climbers decided to turn back": a decision taken, told as a past event
    if m and _PLUPERFECT.search(c, max(0, m.start() - 40), m.end()):
        m = None  # "It had been intended to float it in 2005", "she had planned to attend": a plan of the past
    if m and _SHARE_INTENDS.search(c, max(0, m.start() - 80), m.start()):
        m = None  # "22% of adults did not intend to get vaccinated", "most voters plan to": a count of people, no one's plan
    if m is None and attributed and (w := _REPORTED_HOPE.match(c)):
        m = w  # "told the paper that he hoped to save one of the yards": a hope said, in the tense of the telling
    if m is None and (w := F.past_schedule(c, text[max(0, a - 60):a])) \
            and not _search(_PREDICT, c):  # ("Hours before Obama was to speak, word emerged that he would ...")
        m = w  # "world leaders were to gather at the UN on Friday": the schedule as the reporter had it
    if m is None and (w := F.arranged(c) or F.scheduled(c) or F.called_for(c) or F.held(c)) and not _search(_PREDICT, c):
        m = w  # "is meeting Pell on Tuesday", "takes effect on Jan. 1", "has called a meeting for Wednesday", "The
        # Assembly votes on the budget on Thursday"
    if m:
        trig = m.group(0)
        kind = ClaimKind.PLAN
        if re.search(r"\b(?:set|scheduled|slated|due)\s+to\b", trig, _I):
            head = _subject_head(c[: m.start()])
            if head in _NON_AGENT and not (re.search(r"\b(?:scheduled|slated)\b", trig, _I) and head in _EVENTS):
                kind = ClaimKind.PREDICTION  # ("prices are set to rise"; but "the hearing is scheduled to begin" is a schedule)
        return _Hit(kind, a + m.start(), a + m.end(), trig)
    m = _search(_PREDICT, c) or _search(_MAY, c) or _search(_EXPECTED_FORM, c) or _search(_FIRST_WOULD, c) \
        or _NOT_RULED_OUT.search(c)  # ("did not rule out further cuts": a possibility held open; not a relative's)
    if m and past_if is not None and m.start() > past_if:
        m = None
    if m and (F.PERCEIVED.match(c, m.start()) or ((F.unable(c, m.start()) or F.past_relative(c, m.start())) and not (
            attributed or quoted)) or F.elliptic(c, m)) and not _LATER.search(c, m.end()):  # ("all I could see was smoke")
        m = _PREDICT.search(c, m.end()) or _MAY.search(c, m.end())
    if m and _COUNTERFACTUAL.match(c, m.start()):
        # "it could have exploded", "may have been found": a guess about the past, not the future
        m = next((x for x in (_PREDICT.search(c, m.end()), _MAY.search(c, m.end())) if x and not _COUNTERFACTUAL.match(c, x.start())), None)
    if m:
        trig = m.group(0)
        # first-person commitment in a quotation: "we will rebuild" is a promise
        if quoted and re.match(r"(?:will|shall|'ll|going)", trig, _I) and (mine := re.search(
                r"\b(?:we|I)\s*(?:will|shall|'ll|(?:are|am|'re|'m)\s+(?:not\s+)?going\s+to)\s+(?:not\s+|never\s+|always\s+)?"
                r"(?!be\b|have\b|see\b|need\b|know\b|continue\s+to\s+monitor|(?:win|lose|beat|become|find|think|remember|"
                r"hear|prevail|succeed|fail)\b)\w+", c, _I)) and not _SURE_FIRST.search(c, 0, mine.start()):
            # (not an outcome no one commits to, "We're going to win this election", nor one held likely: "I'm
            # confident we'll get a deal")
            return _Hit(ClaimKind.PROMISE, a + m.start(), a + m.end(), trig)
        kind = _actor_kind(c, m, actor_speaker, lambda w: full_name(text, a, w) is not None or bool(bodies_called(text, a, w)))
        if kind is not None:
            return _Hit(kind, a + m.start(), a + m.end(), trig)
        return _Hit(ClaimKind.PREDICTION, a + m.start(), a + m.end(), trig)
    # "the group urged the banks to ...", "X called it 'predatory'": X's stance, whoever tells it
    m = (_search(_POSITION, c) if attributed else None) or _search(_REPORTED_STANCE, c)
    if m:
        return _Hit(ClaimKind.POSITION, a + m.start(), a + m.end(), m.group(0))
    if attributed and _EVALUATIVE.search(c):
        m = _EVALUATIVE.search(c)
        return _Hit(ClaimKind.POSITION, a + m.start(), a + m.end(), m.group(0))
    m = _search(_PAST, c)
    pm = m or (_PRESENT_FACT.search(c) if _NUMBER.search(c) else None) or _WAS_FIGURE.search(c) or \
        (None if attributed else F.unable_done(c))
    if pm and (_NUMBER.search(c) or _PROPER.search(" " + c[1:]) or _TIME_WORD.search(c) or attributed
               or _PASSIVE_EVENT.search(c)):
        if _looks_like_clause(c):
            return _Hit(ClaimKind.FACT, a + pm.start(), a + pm.end(), pm.group(0))
    if attributed and _looks_like_clause(c):
        # a speaker's assertion without a tense marker we know: a stance ("the market is very tight")
        m = _COPULA.search(c)
        if m:  # (no trigger: "is" is no modality)
            return _Hit(ClaimKind.POSITION, a + m.start(), a + m.end(), "")
        # any other statement a source makes ("It doesn't make any sense", "people misunderstand
        # him"): its position, when it reads as a sentence of its own, not a fragment
        first = _STATEMENT.match(c, fr.end() if (fr := _FRONTED.match(c) or _FRONTED_PLACE.match(c)) else 0)  # ("In my view, ...")
        if first and not (first.group(1).lower() in _NP_START and not _VERBISH.search(c, first.end(1))):
            return _Hit(ClaimKind.POSITION, a + first.start(1), a + first.end(1), "")
    return None


# a statement's first word, when the statement has five words or more and starts as a sentence does
# (a gerund opens no statement, "nothing" and "everything" do: "nothing actually goes down anyone's throat";
# a gerund that is the subject does, when an adverb and its verb follow: "holding them only increases resentment")
_STATEMENT = re.compile(r"\s*[\"\u201c\u2018']?(?!(?:or|and|but|just|then|so|nor|yet|also|not|in|on|at|during|after|"
                        r"before|because|while|if|when|as)\b|(?!(?:no|some|any|every)thing\b)[a-z]+ing\b(?![^,;:]*?\b"
                        r"(?:only|also|just|often|always|never|still|actually|simply|merely|really|clearly|usually)\s+[a-z]{3,}s\b))"
                        r"([A-Za-z][\w'\u2019-]*\.?)"
                        r"(?:,(?=\s+(?:too|also|though|however|in\s+turn|for\s+(?:example|instance|one|his|her|their|its)\s+part),))?"
                        r"(?:\s+\S+){4,}", _I)  # ("Mrs. X ...", "she, too, wants ...")
# ("the high cost of childcare", "a member of the Kennedy clan": a noun phrase, no statement; "the VAT's a great tax" is one)
_NP_START = frozenset("the a an this that these those".split())
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|may|might|"
                      r"must|\w+n['\u2019]t|\w+ed|\w{3,}s)\b|(?<=\w)['\u2019]s\s+(?:a|an|the|not|no|never|very|so|too|just|still|going|been)\b", _I)


_ACTOR_NOUNS = L.ORG_WORDS | frozenset(
    """maker producer airline developer bloc alliance coalition country city town state states countries
    nations county district province region municipality defence defense prosecution""".split()) | frozenset(  # (and who holds an office, acting in it: "the president would travel")
    """president minister senator governor mayor chairman chairwoman chancellor premier secretary commissioner
    ambassador envoy commander prosecutor""".split())
_ACTION_VERBS = frozenset(
    """open close build invest launch cut hire stop start begin end sell buy acquire raise lower reduce
    increase introduce present release deploy send withdraw sign submit file publish announce expand spend
    pay create add phase ban impose lift host appoint nominate resume suspend halt scrap cancel delay
    postpone extend offer provide deliver supply ship produce move shift relocate merge list issue repay
    restructure lay fire replace upgrade install complete finish retire pull exit enter join leave seek
    apply appeal challenge sue vote approve reject adopt implement enforce unveil roll set keep hold
    invite visit meet return restore reopen shut sack slash double triple boost fund hand transfer run
    propose attempt try table convene organise organize hold operate test trial recruit train build
    expand begin sign ratify review investigate inspect audit oppose press push lobby block veto decide
    sentence ground compensate free release exchange award grant approve drop back endorse field
    summon recall expel attend testify travel retaliate donate rebuild repair evacuate deport prosecute
    boycott demolish negotiate stand cooperate comply contest abide honour honor assist call bring
    debate discuss consider question examine finalize finalise ballot campaign tour address
    protect defend fight repeal reform renegotiate fix work give take lead tackle guarantee ensure restart
    consult circulate form ask brief name chair
    place stage respond direct ask lodge walk strike protest march rally waive resign quit step campaign
    prioritise prioritize focus pursue consider study report wait continue write explain
    rule hear act plead surrender arrest""".split())
_UP = re.compile(r"\s+up\b")
# "it would take two months", "it will take more hours": how long, no act
_TAKES_TIME = re.compile(r"(?<=take)\s+[\"\u201c]?(?:(?:at|least|up|to|about|some|several|many|a|an|few|more|much|longer|even|\d+|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|twelve)\s+){0,3}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                         r"decades?|generations?|time|while)\b", _I)
_WILL = re.compile(r"(?:will|would(?:n't)?|shall|'ll|going\s+to|expects?\s+to|expected\s+to)$", _I)  # (not "is expected to")
_WILL_WORD = re.compile(r"\b(?:will|would(?:n't)?|shall|going\s+to)\b|'ll\b", _I)  # where _actor_kind can apply
# what an actor says it will not do: "would not sign", "will never recognise", "would not tolerate"
_REFUSALS = frozenset("""accept allow tolerate recognise recognize negotiate talk rush bow yield give back
    compromise surrender pay sign support""".split())
# "Flights will be suspended", "the scheme will first be rolled out": the speaking body's own act
_PASSIVE_ACT = re.compile(r"\s+(?:also\s+|first\s+|now\s+|then\s+|soon\s+)*be\s+(?:[a-z]+ed|[a-z]+en|shut|cut|set|put|"
                          r"held|built|sent|sold|kept|run)\b")
# an event arranged: held, published, resumed ... (with its date ahead right after: a schedule)
_HELD = re.compile(r"\s+(?:also\s+|then\s+)?(?:be\s+(?:held|published|released|announced|unveiled|signed|opened|debated|heard)|"
                   r"take\s+place|resume|reconvene|convene|begin|start|open|close)\b(?:\s+" + F.PLACE + r")?")
_STAY = re.compile(r"\s+(?:also\s+)?(?:stay|remain)\s+(?:closed|open|shut|suspended|in\s+place)\b")


_NOT_RULED_OUT = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:did\s+not|didn't|would\s+not|wouldn't|will\s+not|won't|could\s+not|couldn't|refused\s+to|"
                            r"declined\s+to|not\s+to)\s+rule\s+out\b", _I)
_THIRD_PARTY = re.compile(r"\b(?:analysts?|economists?|strategists?|experts?|forecasters?|observers?|professors?|"
                          r"researchers?|scientists?|critics?|poll|survey|investors?|traders?)\b", _I)
_REPRESENTS = re.compile(r"\b(?:chief|ceo|president|chair(?:man|woman)?|spokes(?:person|man|woman)|minister|secretary|"
                         r"director|head|governor|mayor|executive|founder|commissioner|official|judge|prosecutor|"
                         r"attorney|commander|coach|manager|negotiator|leader)\b", _I)


_HE_SHE = re.compile(r"\s*(?:he|she)\b", _I)


def _reported_actor(text: str, sentence: Sentence, clause_start: int, speaker: Speaker | None = None) -> int:
    """2 when the reporter's sentence is about an organisation's own doings ("Nordair cut its
    forecast and said it would ground 20 jets"): its "it would ..." is then that body's plan. Not
    when that subject is the person speaking ("Kone said she would sign the bill", a surname never
    given in full: hers; 3, a person's own act, when the name's kind is unknown and "he" or "she" follows)."""
    owner = _plan_owner(text, sentence, clause_start) if clause_start > sentence.start else None
    if owner and speaker is not None and (speaker.kind == SpeakerKind.PERSON or (
            speaker.kind == SpeakerKind.UNKNOWN and _HE_SHE.match(text, clause_start))) \
            and owner[2] in (speaker.name, speaker.mention):
        # (a name of unknown kind whose "she would vote" follows: a person's own act, as "Kone stopped short of
        # endorsing Lind but said she would vote for him")
        return 3 if speaker.kind == SpeakerKind.UNKNOWN else 0
    return 2 if owner and owner[1] in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT) else 0


def _speaks_for_an_actor(sp: Speaker | None) -> int:
    """2: an organisation speaks; 1: a person for one (its chief executive, minister, spokesperson);
    3: any other person ("she will vote against it": her own act); 4: a group or people named together
    ("they will ...": theirs); 5: a name of no known kind, whose "it" is itself; 0: anyone else; -1: an
    analyst or critic ("the bank will hold rates")."""
    if sp is None:
        return 0
    if _THIRD_PARTY.search(f"{sp.mention or ''} {sp.role or ''} {sp.name}"):
        return -1
    if sp.kind in (SpeakerKind.ORGANISATION, SpeakerKind.GOVERNMENT):
        return 2
    if sp.kind in (SpeakerKind.PERSON, SpeakerKind.UNKNOWN) and _REPRESENTS.search(f"{sp.role or ''} {sp.mention or ''}"):
        return 1  # "the minister said", "Chief Executive Mary Barra said"
    if sp.kind == SpeakerKind.UNKNOWN and sp.role and sp.role.split()[-1] in L.BODY_ROLES and sp.role.split()[-1] != "paper":
        return 2  # "the operator said": a body never named ("a 2009 paper": what someone wrote, no actor)
    return 4 if sp.kind == SpeakerKind.GROUP or " and " in sp.name else 3 if sp.kind == SpeakerKind.PERSON else \
        5 if sp.kind == SpeakerKind.UNKNOWN and re.fullmatch(r"(?:[A-Z][\w&.'\u2019-]*\s?)+", sp.name) else 0
    # (a name of no known kind: "Norvane cut its forecast and said it would close 20 stores")


def _actor_kind(c: str, m: re.Match, actor_speaker: int = 0, met_in_full=lambda w: False) -> ClaimKind | None:
    """"GM will stop selling petrol cars", "the ministry would open three clinics": an actor's
    stated intention is a plan ("it would not sign any agreement": binding itself not to act, a
    promise); None for "prices will rise", "it will rain", which stay predictions. When an
    organisation speaks (``actor_speaker``), "it/we/they will ...", a named actor's "X will ...",
    "flights will be suspended" and "schools will stay closed" are its own arrangements too."""
    if actor_speaker < 0 or not _WILL.match(m.group(0).strip()):
        return None
    rest = c[m.end():]
    negated = re.match(r"\s+(?:not|never|n't)\b", rest)
    if negated:
        rest = rest[negated.end():]
    elif m.group(0).lower().endswith("n't"):
        negated = True  # ("the board wouldn't raise the levy")
    after = re.match(r"\s+(?:also\s+|soon\s+|now\s+|then\s+|still\s+|gradually\s+|immediately\s+|first\s+|ever\s+)*([a-z]+)", rest)
    acts = bool(after) and (after.group(1) in _ACTION_VERBS or bool(negated and after.group(1) in _REFUSALS)) \
        and not _TAKES_TIME.match(rest, after.end()) and not (negated and after.group(1) in _NO_COMMENT) \
        and not (after.group(1) == "end" and _UP.match(rest, after.end()))  # ("would end up campaigning": an outcome)
    if not negated and (ev := _HELD.match(rest)) and F.DATE_AHEAD.match(rest, ev.end()):
        return ClaimKind.PLAN  # "a pledging conference would be held on July 22", "Hearings will resume on Thursday"
    if not acts and actor_speaker == 2 and not negated and (_PASSIVE_ACT.match(rest) or _STAY.match(rest)):
        return ClaimKind.PLAN
    if not acts:
        return None
    yes = ClaimKind.PROMISE if negated else ClaimKind.PLAN
    subject = re.sub(r"^(?:(?:also\s+)?(?:said|says|added|announced|stated)\s+(?:that\s+)?)", "", c[:m.start()].strip(), flags=_I)
    if (shared := _SHARED_SUBJECT.fullmatch(subject)) is not None:
        subject = shared.group(1)  # "it had suspended services and would not resume them": the first verb's subject
    words = re.findall(r"[A-Za-z][\w.'\u2019&-]*", subject)
    if not words or len(words) > 8:
        return None
    head = words[-1].lower().strip(".")
    if len(words) == 1 and head in ("it", "we", "they", "he", "she", "i"):  # (a person's "he", "she", "I": the speaker)
        return yes if actor_speaker in {"he": (1, 3), "she": (1, 3), "i": (1, 3), "it": (1, 2, 5)}.get(head, (1, 2, 4)) else None
    if head in ("who", "which", "that"):
        return None  # ("We need people who will bring ...": a relative clause, no actor named; not the WHO)
    if _OWN_PEOPLE.match(subject) is not None and actor_speaker in (1, 2, 3, 4):
        return yes  # "She said her team would begin a second trial next year": the speaker's own people act
    if (head in _ACTOR_NOUNS or head.rstrip("s") in _ACTOR_NOUNS) and words[0].lower() not in ("no", "any", "every"):
        return yes  # (not "no reasonable prosecutor would bring charges": anyone's, no actor's)
    if words[0].lower() in ("if", "when", "once") or not words[-1][0].isupper():
        return None
    # a named actor: "General Motors Co", "the European Union", "Chile", "Lunaris" (when a body speaks)
    caps = [w for w in words if w.lower() not in ("de", "da", "do", "del", "la", "le", "of", "van", "von", "al")]
    named = any(w.lower().strip(".,") in _ACTOR_NOUNS for w in words) or bool(L.COUNTRIES.get(" ".join(words).lower())) \
        or (actor_speaker in (1, 2) and len(caps) <= 3 and all(w[0].isupper() for w in caps))
    # a person the reporter names ("President Ada Kone will sign the bill on Friday", "Mr. Kone will hold two
    # events", "Kone will visit" after "Ada Kone"), or a body named before ("Norvane will present its targets"
    # after "Norvane Foods Inc"): their own schedule, told by the reporter
    person = actor_speaker == 0 and 1 <= len(caps) <= 4 and all(w[0].isupper() for w in caps) and (
        TITLE_ABBR.match(" ".join(words)) is not None or words[0].lower() in L.GIVEN_NAMES
        or words[0].lower() in _PERSON_TITLES or (len(caps) == 1 and met_in_full(caps[0])))
    return yes if named or person else None


# the speaker's own people ("her team", "our four ministers", "its members at all sites", a lawyer's "his
# client"; company, government, party ... are actor nouns already)
# a first predicate and "and" before the modal: the subject the second predicate shares ("it remained open to
# dialogue and would meet ...", "Ostland had also asked ... and would file ...")
_SHARED_SUBJECT = re.compile(r"((?:[Tt]he\s+|[Hh]is\s+|[Hh]er\s+|[Ii]ts\s+|[Tt]heir\s+|[Oo]ur\s+)?(?:[\w.'\u2019&-]+\s+){0,3}?"
                             r"[\w.'\u2019&-]+)\s+(?:(?:also|now|still|already)\s+)?(?:had|has|have|was|were|is|are|"
                             r"(?!(?:need|speed|feed|seed)\b)[a-z]{3,}ed)\b[^,;]{3,120}?,?\s+and", _I)
_OWN_PEOPLE = re.compile(r"(?:my|our|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:team|campaign|staff|members|ministers|"
                         r"lawmakers|troops|clients?)(?![\w'\u2019-])(?!\s+(?:of|who|whom|that)\b)", _I)
_PERSON_TITLES = frozenset("president senator governor mayor secretary minister chancellor premier".split())
# what one "would not" do when declining to comment ("Spokesmen would not discuss the investigation"), no promise
_NO_COMMENT = frozenset("discuss address question examine".split())


def _by_cue_meaning(hit: _Hit, att: Attribution, region: int) -> _Hit:
    """The cue verb's meaning refines the content's kind: what a speaker insists or claims is a
    position it takes, not a checked fact ("insisted that the count was rigged");
    what a body announces or confirms will happen is an arrangement, a plan ("confirmed that the
    minister will not attend")."""
    lemma = _CUE_FORMS.get((att.verb or "").lower())
    if lemma is None or region != 0:
        return hit
    if hit.kind == ClaimKind.FACT and lemma in _ASSERTING:
        return replace(hit, kind=ClaimKind.POSITION)
    if hit.kind == ClaimKind.PREDICTION and lemma in _ANNOUNCING and _WILL.match(hit.trigger.strip()):
        return replace(hit, kind=ClaimKind.PLAN)
    return hit


# (not "allege" nor "charge": what a suit or an indictment alleges is a fact to be proved, "prosecutors allege Rask shot ...")
_ASSERTING = frozenset("insist claim argue maintain contend assert deny dispute liken".split())
# verbs that belittle or question the clause after them, not say it is false ("dismissed the idea that",
# "questioned whether"): the claim is the verb with its clause, never the clause alone (a denial's clause
# is a claim of its own, negated: _DENIALS)
_GAINSAYING = frozenset("reject dismiss question downplay contest deride scoff ridicule".split())
_DOUBTING = frozenset("question".split())  # (a question whether it will happen keeps the forecast's kind)
_ANNOUNCING = frozenset("announce confirm".split())


def _search(rx: re.Pattern, c: str):
    """First match of ``rx`` in clause ``c`` that is not a capitalised name word mid-clause
    ("Rapid Support Forces" is no "support", "Will Smith" no "will")."""
    pos = 0
    while True:
        m = rx.search(c, pos)
        if m is None or m.start() == 0 or not c[m.start()].isupper() or c[m.start():m.start() + 3] == "I'l":
            return m
        pos = m.start() + 1


_SHORT_VERB = frozenset("is are was were has have had".split())
_NOT_A_SUBJECT = L.PRONOUNS | frozenset("this that these those there here what which who it to of for with by as from and but so some "
                                              "would could will should might may can must".split())


def _looks_like_clause(c: str) -> bool:
    """A clause with a subject before its verb, not a bare phrase (nor the phrase opening a sentence)."""
    words = _FRONTED.sub("", c, count=1).split()
    if len(words) == 3:
        # three words, a noun, its "were" or "had" and the rest ("hospitals were overwhelmed"; not a pronoun's
        # "it was over", nor a phrase)
        return words[1].lower() in _SHORT_VERB and words[0].isalpha() and words[0].lower() not in _NOT_A_SUBJECT \
            and words[2].lower() != "not"  # ("some are not": the rest of a comparison)
    if len(words) < 4:
        return False
    first = words[0].lower()
    return first not in ("to", "of", "for", "with", "by", "as", "from") or (
        first == "to" and _INFINITIVE_SUBJECT.match(" ".join(words)) is not None) or (
        first in ("with", "for", "by", "from") and not words[1].endswith("ing")
        and _PRONOUN_CLAUSE.search(" ".join(words[2:])) is not None)


# a personal pronoun and its verb: a clause after an opening phrase with no comma ("with the backing of
# conservatives alone he can win the nomination")
_PRONOUN_CLAUSE = re.compile(r"\b(?:he|she|they|we|I|it)\s+(?:[a-z]+ly\s+|not\s+|also\s+|still\s+)?"
                             r"(?:can|cannot|will|would|could|is|are|was|were|has|have|had|may|might|must|should|"
                             r"does|do|did|won't|can't|'ll|'s|'re|'d)\b(?=\s+\S)")


# an infinitive that is a clause's subject: "to be religious is to be in sync with mainstream norms" (not one of
# purpose with a clause of its own, "to suggest the dispute is ...", nor one with a relative, "To have a President who is")
_INFINITIVE_SUBJECT = re.compile(r"to\s+(?!(?:suggest|say|argue|claim|show|prove|note|imply|assume|pretend|insist)\b)[a-z]+"
                                  r"(?:\s+(?!(?:who|which|that)\b)[\w'’-]+){0,5}\s+(?:is|was)\s+(?:to\s+[a-z]+|not|the|a|an|[a-z]+ly)\b", _I)


# a sentence's opening phrase, set off by a comma: "For the past 40 years, protections have been weakened"
_FRONTED = re.compile(rf"^\s*[\"\u201c]?(?:{'|'.join(_OPENING_WORDS)})\s[^,;:]{{1,60}},\s+(?=\S)")
_FRONTED_PLACE = re.compile(rf"^\s*[\"\u201c]?(?:{'|'.join(_PLACE_WORDS)})\s(?!least\b|most\b)[^,;:]{{1,60}},\s+(?=\S)")


def _subject_head(before: str) -> str:
    words = re.findall(r"[A-Za-z]+", before)
    return words[-1].lower() if words else ""


# ---------------------------------------------------------------------------------------------
# plan owner for plans the reporter states

_AND_VERB = re.compile(r"\s+and\s+(?!(?:the|a|an|its|their|his|her|our|then|also|other|more|less|not|then|so|yet|"
                       r"that|this|these|those|which|who|its|in|on|at|by|for|to|from|with|as)\b)([a-z]{3,})\s+"
                       r"(?=(?:its|their|his|her|our|the|a|an|\d|[a-z]+)\b)")


def _second_dated_verb(text: str, a: int, b: int, hit: _Hit, published: date) -> tuple[int, int] | None:
    """Where a forward clause splits in two: a second verb phrase after "and", each half with a time
    of its own ("would fall below 4% by the end of the year and reach its 2% target in the first
    half of 2025"). Returns (end of the first half, start of the second) or None."""
    for m in _AND_VERB.finditer(text, hit.end, b):
        left, right = text[a:m.start()], text[m.start(1):b]
        if len(right.split()) < 4 or not (_TIME_HINT.search(left) and _TIME_HINT.search(right)):
            continue
        if re.match(r"(?:[a-z]+ly|[a-z]+ed|[a-z]+ing)\b", m.group(1)) and not re.match(r"(?:need|proceed|exceed|succeed)", m.group(1)):
            continue  # "and increasingly ...", "and delayed ...", "and rising ...": not a bare verb
        dated = [t for t in _timex.tag(left, published) if D.future_facing(t, published)]
        dated_r = [t for t in _timex.tag(right, published) if D.future_facing(t, published)]
        if dated and dated_r:
            return m.start(), m.start(1)
    return None


def _plan_owner(text: str, sentence: Sentence, trigger_start: int) -> tuple[str, str, str] | None:
    """(name, kind, mention) of the actor whose plan the reporter describes: the subject
    nearest before the plan ("the United States vacated its base ... as part of a plan")."""
    seg = text[sentence.start:trigger_start]
    if (own := _OWNED_PLAN.search(seg)) is not None:
        # "Voters cheered Kone's pledge to cut taxes": Kone's, not the voters'
        return _plan_owner_named(text, sentence, own.group(1))
    best = None
    for m in _AGENT_VERB.finditer(seg):
        if _DASH.search(seg, 0, m.start()) and _DASH.search(seg, m.end()):
            continue  # ("a grumpy Trump -- angry at how Fox News has treated him -- stood by his plan": an aside's)
        words = m.group(1).split()
        while words and words[0].lower() in L.CAP_FUNCTION:
            words = words[1:]
        if not words or (len(words) == 1 and _EVENT_NOUN.fullmatch(words[0]) and not seg[:m.start(1)].strip(" \"\u201c")
                         and full_name(text, sentence.start, words[0]) is None):
            continue  # ("Sentencing is scheduled for March 3", "Construction is due to begin": an event, no one's plan)
        name = " ".join(words)
        best = speakable(name)  # (not "None are scheduled for votes")
    if not best:
        m = re.match(r"\s*(?:The|the|Its|its)\s+([a-z]+)\b(?!['\u2019]s)", text[sentence.start:trigger_start])  # (not "The group's next meeting")
        if m and (m.group(1) in L.BODY_ROLES or m.group(1) in ("drugmaker", "carmaker", "automaker", "airline", "lender",
                                                                "retailer", "insurer", "miner", "group", "firm", "company")):
            prev = orgs_in(text, 0, sentence.start)
            # "the government" after "the New South Wales government": the one carrying the word
            named = [o for _, o in prev if m.group(1) in o.lower().split()]
            if not named and (called := named_with(text, sentence.start, m.group(1))) is not None:
                named = [called]
            # (else the body last named, of the kind the word names: "the company" after "Norvane Shipping"
            # and "The United States", never the country)
            want = SpeakerKind.ORGANISATION if m.group(1) in COMMERCIAL or m.group(1) in ("miner", "group") \
                else SpeakerKind.GOVERNMENT if org_kind(m.group(1)) == SpeakerKind.GOVERNMENT else None
            prev = [(o, name) for o, name in prev if want is None or org_kind(name) == want]
            prev = [(o, name) for o, name in prev if same_kind(name, m.group(1))] or prev  # (a coalition for "the group")
            if not named and m.group(1) in COMMERCIAL and (described := described_body(text, m.group(1), sentence.start)) \
                    and (not prev or described[0] > max(text.rfind(". ", 0, prev[-1][0]), text.rfind("\n", 0, prev[-1][0]))):
                # ("Trellis Pay, a payments company backed by Norvane Partners, ... The company will offer": the firm so
                # described, unless another was named in a later sentence)
                named = [described[1]]
            if named or prev:
                # (of several firms, the one the article names most, the latest of those: "The company will hold its
                # investor day" after an analyst's firm named once)
                if named:
                    name = named[-1]
                elif m.group(1) in COMMERCIAL:
                    counts = Counter(o for _, o in prev)
                    name = max(reversed(prev), key=lambda p: counts[p[1]])[1]
                else:
                    name = prev[-1][1]
                return name, org_kind(name), text[sentence.start:trigger_start].strip().split(" plans")[0][:60]
        return None
    return _plan_owner_named(text, sentence, best)


_DASH = re.compile(r"\s(?:--|\u2014|\u2013)\s")
# a modal right before a verb ("will question", "would also announce")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|'ll|\u2019ll)(?:\s+(?:also|then|now|not|soon))?\s+$", _I)
# a capitalised word opening the sentence that names an event or a thing done, no actor
_EVENT_NOUN = re.compile(r"[A-Z][a-z]+(?:ing|tion|sion|ment|ance|ence|ure|ity)s?|Talks|Votes?|Trials?|Summits?|Ceremon(?:y|ies)|"
                         r"Kick-?off|Match(?:es)?|Games?|Finals?|Launch(?:es)?|Deadlines?|Funerals?|Concerts?|Parades?")
# a named possessor right before the plan's noun ("Kone's pledge to", "Kone's repeated promise to"; "its plan
# to" is most often the subject's, read as before)
_OWNED_PLAN = re.compile(r"\b([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})['\u2019]s\s+(?:[a-z-]+\s+){0,2}"
                         r"(?:plans?|pledges?|promises?|vows?|hopes?|intentions?|proposals?|bids?|goals?|aims?|threats?)"
                         r"(?:\s+to)?\s*$")


# a body's one word, never a surname ("The House is scheduled to", not "White House")
_CHAMBERS = frozenset("house senate congress parliament assembly court council commission cabinet".split())


def _plan_owner_named(text: str, sentence: Sentence, best: str) -> tuple[str, str, str] | None:
    """:func:`_plan_owner` for the name found: a person by the full name the article gives, else a body."""
    best = speakable(best)
    if not best:
        return None
    titled = TITLE_ABBR.match(best)
    if (titled and len(best[titled.end():].split()) == 1) or (" " not in best and best.lower() not in _CHAMBERS
                                                               and full_name(text, sentence.start, best)):
        surname = strip_possessive(best[titled.end():] if titled else best)  # ("Ms. Kone", or "Bryant" after "John Bryant")
        full = full_name(text, sentence.start, surname)  # (of two of one surname, the one of the title's sex)
        full = same_surname_person(text, sentence.start, full, best, surname, {}) if full else None
        return full or surname, SpeakerKind.PERSON, best
    if " " not in best and (body := next((o for o in reversed(bodies_called(text, sentence.start, best)) if " " in o),
                                         None)) is not None:
        return body, org_kind(body), best  # ("Norvane will present its targets" after "Norvane Foods Inc": that body)
    canon = canonical_org(best)
    kind = org_kind(canon)
    low = [w.lower() for w in canon.split()]
    if kind == SpeakerKind.ORGANISATION and not any(w in L.ORG_WORDS or w in L.ARMED_GROUPS for w in low) \
            and not re.fullmatch(r"[A-Z][A-Z.&]{1,7}", canon) and len(low) >= 2:
        kind = SpeakerKind.PERSON
        canon = parse_mention(best).name or canon  # ("President Ada Kone": the name, not the title)
    return canon, kind, best


# ---------------------------------------------------------------------------------------------

_CONFIDENCE = {
    ClaimKind.PLAN: 0.8, ClaimKind.PROMISE: 0.8, ClaimKind.CONDITIONAL: 0.7, ClaimKind.PREDICTION: 0.65,
    ClaimKind.POSITION: 0.55, ClaimKind.FACT: 0.35,
}
_FORWARD = (ClaimKind.PLAN, ClaimKind.PROMISE, ClaimKind.PREDICTION, ClaimKind.CONDITIONAL)


def _modality(text: str, a: int, b: int, hit: _Hit) -> str | None:
    found: list[str] = []
    for m in _HEDGE.finditer(text, a, b):
        found.append((m.start(), re.sub(r"\s+", " ", m.group(0).lower())))
    trig = re.sub(r"\s+", " ", hit.trigger.lower())
    if hit.kind != ClaimKind.FACT and trig:
        found.append((hit.start, trig))
    out: list[str] = []
    for _, w in sorted(found):
        if w not in out and not any(w in o or o in w for o in out):
            out.append(w)
    return ", ".join(out) if out else None


# the comma that closes a cue set off inside its clause, and the space after it
_SET_OFF_CUE_END = re.compile(r"\s*,\s*(?=\S)")


def extract(text: str, published: date) -> list[ExtractedClaim]:
    """Claims of an article body, in text order."""
    if not isinstance(text, str) or not text.strip():
        return []
    original = text
    # ''It is over,'' he said; "soldier,\u00a0decried": the same length, offsets unchanged
    text = plain_spaces(typographic_quotes(text))
    forms = F.plain_apostrophes(text)  # what the kind rules read: "he’ll" as "he'll" (same length)
    sents = split(text)
    atts = authors.speakers(text, sents, interview.speakers(text, sents, attribute(text, sents)))
    fiscal_ends = D.fiscal_year_ends(text, published)
    claims: list[ExtractedClaim] = []
    stmt_dates: dict[int, date] = {}
    for i, (s, att) in enumerate(zip(sents, atts)):
        if att.how in (CueForm.HEADLINE, CueForm.INTRO) or (is_headline(s) and att.how != CueForm.COLON):
            continue
        # "A spokesperson declined to say how many ...": what follows was not said (but what the sentence
        # goes on to say was: "declined to comment on the cause but said it was sending a team")
        no_say = _DECLINED.search(forms, s.start, min(s.end, att.cue[1] + 20)) if att.cue is not None else None
        # (not another's declining in a clause of its own before the cue: "Kone declined to say whether ..., but two
        # lawmakers told Reuters that ...")
        declined = no_say is not None and not _JOINED_SOURCE.search(forms, no_say.end(), max(no_say.end(), att.cue[0]))
        found: list[tuple[int, int, _Hit, tuple[int, int], Attribution]] = []
        for who in (att, *att.also):  # the sentence's attribution, then other statements in it
            if (who is not att and not who.content) or (declined and (who is att or who.content[0][0] < att.cue[1])):
                continue  # (another statement is only its own words, never the whole sentence again)
            regions = who.content if who.content else ((s.start, s.end),)
            lemma = _CUE_FORMS.get((who.verb or "").lower())
            gainsaid = who.cue is not None and who.how in (CueForm.FRONT, CueForm.FRONT_INNER) and regions[0][0] >= who.cue[1] \
                and lemma in _GAINSAYING
            if gainsaid:
                # "Kone questioned whether the levy would pass", "dismissed the idea that it would": the clause
                # alone would say what she doubts; the claim keeps who questions it
                # (from its source, not a phrase the cue opens with: "in an election year in which ..., even
                # some allies questioned why ...")
                at = re.compile(rf"\b{re.escape(who.speaker.mention.strip())}\b").search(text, who.cue[0], who.cue[1]) \
                    if who.speaker and who.speaker.mention.strip() else None
                regions = ((at.start() if at else who.cue[0], regions[0][1]), *regions[1:])
            # (a document no one is named behind keeps its cue in the claim, "The report said the port had
            # lost money": what it asserts, as a speaker's would be)
            attributed = who.speaker is not None or who.quoted or _document_found(text, who)
            doc = _document_says(text, who)
            kind_verb = (L.KIND_VERBS.get(who.verb or "") or _directive(text, who)) \
                if who.how in (CueForm.FRONT, CueForm.FRONT_INNER, CueForm.SAYING) else None  # (", promising that ...")
            for r_i, (ra, rb) in enumerate(regions):
                # the verb's kind goes to the clause that holds the verb, when the region does (a region
                # whole from its source: "Kone, while ..., urged X to": not the piece "Kone" before "while")
                v_at = text.find(who.verb, ra, rb) if who.verb else -1
                for c_i, (ca, cb, subordinate) in enumerate(clauses(text, ra, rb)):
                    if who.cue is not None and ra < who.cue[0] and ca <= who.cue[0] and who.cue[1] < cb and not text[ca:who.cue[0]].strip(" ,") \
                            and (m := _SET_OFF_CUE_END.match(text, who.cue[1], cb)) is not None:
                        ca = m.end()  # "While X, she added, revoking Y would be ...": the piece after the cue, not the cue
                    if who is att and v_at >= 0 and not ca <= v_at < cb \
                            and any(min(cb, pb) - max(ca, pa) > 0.5 * (cb - ca) for pa, pb in att.reporter):
                        continue  # "Kone went to Ohio and called for X to quit": the first clause is the reporter's, below
                    if who.speaker is not None and text[ca:cb].strip(" ,") == who.speaker.mention.strip(" ,") \
                            and 0 <= v_at and cb <= v_at:
                        continue  # "An increasing number of Democrats, while ..., are warning": the source alone is no claim
                    hit = classify(forms, ca, cb, attributed=attributed or (doc and ca <= who.cue[0] and len(text[who.cue[1]:cb].split()) > 2), quoted=who.quoted,
                                   actor_speaker=own if (own := _speaks_for_an_actor(who.speaker)) not in (0, 3, 5) else (
                                       _reported_actor(text, s, ca, who.speaker) if _WILL_WORD.search(forms, ca, cb) else 0) or own)
                    if kind_verb and r_i == 0 and (ca <= v_at < cb if v_at >= 0 else c_i == 0) and (hit is None or hit.kind in F.VERB_DECIDES.get(_CUE_FORMS.get(who.verb or ""), F.STATED)) \
                            and not _BOILERPLATE.search(text, ca, cb):
                        # "analysts expect sales of ...", "vowed to liberate ...": the verb makes the kind
                        vpos = max(ca, text.find(who.verb, ca, cb))
                        hit = _Hit(ClaimKind(kind_verb), vpos, vpos + len(who.verb), who.verb)
                    if hit is None or (subordinate and (hit.kind in (ClaimKind.FACT, ClaimKind.POSITION) or WHEN_ONLY.match(text, ca, cb)
                                                         or DONE_TO.match(text, ca, cb))):
                        continue
                    hit = _by_cue_meaning(hit, who, r_i)
                    if gainsaid and r_i == 0 and lemma not in _DOUBTING:
                        hit = replace(hit, kind=ClaimKind.POSITION)  # ("denied that it would pass": a stance, no forecast)
                    split_at = _second_dated_verb(text, ca, cb, hit, published) if hit.kind in _FORWARD else None
                    if split_at is not None:
                        # "would fall below 4% by the end of the year and reach its target in 2025": two claims
                        lb, rs = split_at
                        sp = text.find(" ", rs, cb)
                        te = sp if sp > 0 else cb
                        found.append((ca, lb, hit, (ra, rb), who))
                        found.append((rs, cb, replace(hit, start=rs, end=te, condition=None), (ra, rb), who))
                        continue
                    found.append((ca, cb, hit, (ra, rb), who))
        # the date the statement was made ("told Reuters on Monday"), also for later sentences
        if att.cue is not None and _CUE_DATE.search(text, att.cue[0], min(len(text), att.cue[1] + 1)):
            cue_text = text[att.cue[0]:att.cue[1]]
            d = D.statement_date(att.cue[0], _timex.tag(cue_text, published), att.cue, published)
            if d is not None:
                stmt_dates[i] = d
        if i not in stmt_dates and att.source is not None and att.source in stmt_dates:
            stmt_dates[i] = stmt_dates[att.source]
        for ra, rb in () if declined else att.reporter:
            # "Nordair cut its forecast and said ...": the first clause is the reporter's
            for ca, cb, subordinate in clauses(text, ra, rb):
                hit = classify(forms, ca, cb, attributed=False, quoted=False)
                if hit is not None and not (subordinate and hit.kind in (ClaimKind.FACT, ClaimKind.POSITION)) \
                        and not any(_mostly_shared(ca, cb, fa, fb) and not (ca < fa and fb < cb and MAIN_RESUMES.match(text, fb))
                                    for fa, fb, *_ in found):
                    # (a clause the attribution already holds, source and all, is not said twice; one that holds it in
                    # a relative clause, "The changes, which officials said will go into effect in May, will not ...", is)
                    found.append((ca, cb, hit, (ra, rb), _REPORTER))
        if not found:
            continue
        anchor = stmt_dates.get(i, published)
        # tag each reported region on its own: its tense decides the direction of "on Thursday"
        tagged: dict[tuple[int, int], list[tuple[Timex, str, int]]] = {}
        for _ca, _cb, _hit, reg, who in found:
            if reg not in tagged:
                # a region that begins with its own source ("Most economists polled by Reuters expect
                # the bank to cut in May") is tagged from after the cue: its past tense is not the claim's
                r0 = reg[0]
                if who.cue and who.cue[0] <= reg[0] < who.cue[1] < reg[1]:
                    r0 = who.cue[1]
                    v = text.rfind(who.verb, reg[0], who.cue[1]) if who.verb else -1
                    if v >= 0 and not text[v + len(who.verb):who.cue[1]].strip():
                        r0 = v  # keep the verb: "expect ... in March" looks ahead
                        if (modal := _MODAL_BEFORE.search(text, reg[0], v)) is not None:
                            r0 = modal.start()  # ... and its modal: "will question the minister on Monday"
                src = text[r0:reg[1]]
                tagged[reg] = [(t, src, r0) for t in _timex.tag(src, anchor)] if _TIME_HINT.search(src) else []
        for ca, cb, hit, reg, who in found:
            claims.append(_make_claim(text, s, who, ca, cb, hit, tagged[reg], anchor, fiscal_ends))
    claims.sort(key=lambda c: (c.start, c.end))
    if text is not original:  # what is shown is the article's own text, verbatim
        claims = [_verbatim(c, text, original) for c in claims]
    return claims


def _verbatim(c: ExtractedClaim, work: str, original: str) -> ExtractedClaim:
    """A claim found in the working text (quotes, spaces), in the article's own characters."""
    def back(s: str | None) -> str | None:
        if not s:
            return s
        at = work.find(s, c.start)  # a condition lies inside its claim's sentence
        return original[at:at + len(s)] if at >= 0 else s
    return replace(c, quote=original[c.start:c.end], condition=back(c.condition),
                   speaker_mention=(c.speaker_mention or "").replace("\u201c\u201c", "''").replace("\u201d\u201d", "''") or None,
                   timexes=tuple(replace(t, text=original[t.start:t.end]) for t in c.timexes))


_REPORTER = Attribution(None, CueForm.REPORTER)


def _document_says(text: str, who: Attribution) -> bool:
    """Whether ``who`` is a document no one is named behind, its cue kept in the claim ("The report
    said the port had lost money", "Polls show that the race is tight")."""
    if who.speaker is not None or who.cue is None or not who.verb \
            or not any(a <= who.cue[0] and who.cue[1] <= b for a, b in who.content):
        return False
    v = text.rfind(who.verb, who.cue[0], who.cue[1])
    return v > who.cue[0] and documentary(text[who.cue[0]:v])


def _document_found(text: str, who: Attribution) -> bool:
    """Whether ``who`` closes its sentence with a document no one is named behind ("..., the study
    concluded.", "..., a new poll shows."): what comes before is what it found."""
    if who.speaker is not None or who.cue is None or not who.verb or who.how != CueForm.TAIL \
            or not all(b <= who.cue[0] for _, b in who.content):
        return False
    v = text.rfind(who.verb, who.cue[0], who.cue[1])
    return v > who.cue[0] and documentary(text[who.cue[0]:v].strip(" ,"))


def _directive(text: str, who: Attribution) -> str | None:
    if _CUE_FORMS.get((who.verb or "").lower()) not in DIRECTIVE or not who.content:
        return None
    a, b = who.content[0]
    return "position" if F.DIRECTIVE.match(text, max(a, text.find(who.verb, a, b))) else None


def _mostly_shared(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Do spans [a0, a1) and [b0, b1) share more than half of the shorter?"""
    return min(a1, b1) - max(a0, b0) > 0.5 * min(a1 - a0, b1 - b0)

# cheap pre-filter: a region without any of these words has no temporal expression worth tagging
_TIME_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,.;]|$)|day|week|month|year|quarter|"
    r"decade|centur|season|spring|summer|autumn|fall\b|winter|hour|minute|second|morning|evening|night|noon|midnight|"
    r"tomorrow|tonight|today|yesterday|now\b|soon|shortly|later|earlier|recent|ago\b|future|past\b|next|last|coming|"
    r"early|late|eve\b|christmas|easter|ramadan|eid\b|thanksgiving|new\s+year|term\b|weekend|fortnight|time",
    _I,
)
_CUE_DATE = re.compile(r"\b(?:on|late|early)\s+[A-Z][a-z]+day\b|yesterday|today|last\s+\w+|\d")


# "The printer is scheduled to be released in October": the subject is what the plan is for,
# not whose it is
_PLANNED_FOR_IT = re.compile(r"(?:is|are|was|were)\s+(?:set|scheduled|slated|due|to)\s+(?:to\s+)?be\s+[a-z]+(?:ed|en|t)\b", _I)


def _make_claim(text: str, s: Sentence, att: Attribution, ca: int, cb: int, hit: _Hit,
                tx: list[tuple[Timex, str, int]], anchor: date,
                fiscal_ends: dict[int, date] | None = None) -> ExtractedClaim:
    cb = max(hit.end, without_trailing_conjunction(text, ca, cb))  # (where a split left one)
    sp: Speaker | None = att.speaker
    speaker = sp.name if sp else None
    speaker_kind = sp.kind if sp else None
    mention = sp.mention if sp else None
    affiliation = sp.affiliation if sp else None
    if sp is None and hit.kind in (ClaimKind.PLAN, ClaimKind.PROMISE) and not att.quoted \
            and not _PLANNED_FOR_IT.match(text, hit.start):
        owner = _plan_owner(text, s, hit.end)
        if owner:
            speaker, speaker_kind, mention = owner
            affiliation = speaker if speaker_kind != SpeakerKind.PERSON else None
    deadline = event = None
    if hit.kind in _FORWARD:
        deadline = D.deadline(tx, ca, cb, anchor, att.cue, fiscal_ends, hit.start)
    elif hit.kind in (ClaimKind.FACT, ClaimKind.POSITION):
        event = D.event_time(tx, ca, cb, anchor, att.cue) if hit.kind == ClaimKind.FACT else None
        if event is None:
            # a fact about a fixed future date ("set a trial date of Jan. 10, 2022") or a demand with
            # one ("urged the banks to pass on the cut by the end of the week") can be checked then;
            # a length ("for almost two decades") or a vague future is no such date
            dated = [x for x in tx if (x[0].type in (TimexType.DATE, TimexType.TIME) and not x[0].value.startswith("FUTURE_REF")
                                       and x[0].earliest is not None and x[0].earliest > anchor)
                     or (hit.kind == ClaimKind.POSITION and x[0].type == TimexType.DURATION
                         and _timex.signal_before(x[1], x[0]) == "within")]  # ("must submit a report within 14 days")
            deadline = D.deadline(dated, ca, cb, anchor, att.cue, fiscal_ends, hit.start)
    neg = bool(_NEG.search(text, max(ca, hit.start - 30), min(cb, hit.end + 25)))
    if att.verb and _CUE_FORMS.get(att.verb.lower()) in _DENIALS and att.cue is not None and ca >= att.cue[1] - 1:
        # "DIMIA denied issuing a banned drug": what the speaker says did not happen ("did not dispute that
        # he advises the mayor": that he does; "denied that it would not pass": that it will)
        v = text.find(att.verb, att.cue[0])
        if not _NOT_BEFORE.search(text[max(att.cue[0], v - 20):v]):
            neg = not neg
    condition = text[hit.condition[0]:hit.condition[1]].strip() if hit.condition else None
    conf = _CONFIDENCE[hit.kind]
    if speaker:
        conf += 0.1
    if deadline is not None:
        conf += 0.05
    return ExtractedClaim(
        quote=text[ca:cb], start=ca, end=cb, kind=hit.kind, speaker=speaker,
        speaker_kind=str(speaker_kind) if speaker_kind else None,  # the plain string, as the store keeps it
        speaker_mention=mention, speaker_affiliation=affiliation, modality=_modality(text, ca, cb, hit),
        condition=condition, negated=neg, deadline=deadline, event_time=event, confidence=round(min(conf, 0.95), 2),
        timexes=tuple(replace(t, start=base + t.start, end=base + t.end) for t, _src, base in tx if ca <= base + t.start < cb),
    )
