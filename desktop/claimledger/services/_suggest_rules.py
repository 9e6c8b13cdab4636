"""Rule tables of the outcome matcher (services/suggestions.py): data, not code.

STATUS_CUES: what a later passage says happened, as (status, priority, regular expressions).
A passage takes the status of its cue with the highest priority; a fulfilment cue right after a
negation ("did not leave", "never signed") is read as not fulfilled. The statuses are
``domain.Status`` values.

EVENT_GROUPS: words that name the same event in a claim and in a later report ("withdraw" /
"left" / "pulled out"); each group is one concept for the word overlap and each of its words is
searched in the full-text index.

ACTOR_ALIASES: names of the same actor that the speaker table may not hold ("United States" /
"U.S." / "Washington"); both sides are compared by their word sequences.
"""
from __future__ import annotations

# Highest priority first wins. Each pattern is matched case-insensitively on word boundaries.
STATUS_CUES: list[tuple[str, int, list[str]]] = [
    ("moot", 90, [
        r"no longer (?:relevant|applies|applicable|needed|necessary)", r"overtaken by events", r"rendered moot",
        r"(?:is|was|became|become) moot", r"made (?:it )?obsolete", r"(?:plan|proposal|bill|offer|pledge) (?:was|has been|had been) (?:withdrawn|dropped|shelved)",
    ]),
    ("in_progress", 80, [
        r"not yet (?:been )?(?:completed|complete|finished|done|left|withdrawn|passed|signed|delivered|opened|over|ready|\w+ed)",
        r"(?:has|have|had) yet to", r"still (?:under way|underway|in progress|ongoing)",
    ]),
    # giving up: the actor left the race, whatever was claimed for it ("suspended" alone is stalled)
    ("not_fulfilled", 75, [
        r"(?:suspended|ended|abandoned|halted) (?:his|her|their|its) (?:presidential |election |re-election )?(?:campaign|bid|candidacy)",
        r"dropped out", r"drop out", r"(?:withdrew|pulled out) (?:from|of) the (?:race|contest|election)", r"quit the (?:race|contest)",
    ]),
    ("not_fulfilled", 70, [
        r"failed to", r"did not", r"didn['’]t", r"has not", r"hasn['’]t", r"have not", r"haven['’]t", r"had not",
        r"never (?:came|happened|materiali[sz]ed|arrived|took place|presented|delivered)", r"missed", r"cancel(?:l)?ed",
        r"scrapped", r"abandoned", r"fell short", r"collapsed", r"fell apart", r"broke (?:its|his|her|their) (?:promise|pledge)",
        r"was not (?:completed|delivered|passed|approved|met|presented)", r"were not (?:completed|delivered|met)",
        # support taken back: "withdrew his early support"
        r"(?:withdrew|withdrawn|rescinded|revoked|retracted|pulled) (?:his|her|their|its) (?:\w+ )?(?:support|endorsement|backing)",
    ]),
    ("partially_fulfilled", 60, [
        r"partly", r"partially", r"some of the", r"half of the", r"only (?:part|some|a fraction|a portion) of", r"in part",
        r"fewer than (?:planned|promised|pledged)", r"short of (?:the|its) (?:target|goal)",
    ]),
    # held back on purpose, not (yet) done: "refused to sign", "withheld her endorsement"; the
    # priority of a negated -ing form ("he's not releasing"), above the delays
    ("stalled", 55, [
        r"refused to", r"declined to", r"withh(?:e|o)ld(?:ing)? (?:his|her|their|its)",
    ]),
    ("stalled", 50, [
        r"delayed", r"stalled", r"postponed", r"stuck", r"put on hold", r"on hold", r"suspended", r"pushed back",
        r"halted", r"paused", r"deadlocked", r"at a standstill", r"behind schedule",
        # held up, not refused: "can't because", "unable to"; a deadline moved or lifted
        r"can['’]t", r"cannot", r"unable to",
        r"(?:lifted|extended|suspended|postponed|pushed back|moved|waived|delayed) (?:the|a|its|their|his|her) deadline",
    ]),
    ("in_progress", 40, [
        r"began", r"begun", r"(?:has|have|had) started", r"started (?:to|work|construction|building|withdrawing|pulling)",
        r"(?:is|are|was|were) under way", r"underway", r"in the process of", r"on track", r"(?:is|are) (?:being|now being)",
        r"continu(?:e|es|ed|ing) to", r"progress(?:ed|ing)", r"(?:is|are) proceeding", r"has kicked off",
    ]),
    ("fulfilled", 30, [
        r"completed", r"finished", r"left", r"withdrew", r"(?:has|have|had|was|were) withdrawn", r"pulled out",
        r"passed", r"signed", r"approved", r"delivered", r"opened", r"launched", r"(?:was|were) held", r"reached",
        r"achieved", r"presented", r"submitted", r"handed (?:over|in)", r"unveiled", r"published", r"released",
        r"came into force", r"took effect", r"took place", r"was accelerated", r"accelerated", r"entered",
        r"met (?:its|their|the) (?:target|goal|deadline)", r"ended", r"exited", r"departed", r"raised", r"cut",
        r"lowered", r"rose", r"fell", r"won", r"adopted", r"enacted", r"implemented", r"introduced", r"kept (?:its|his|her|their) promise",
        r"fulfilled", r"carried out", r"went ahead", r"was built", r"were built", r"finalised", r"finalized",
        r"agreed", r"shared", r"finally",
    ]),
]

# Past verbs that report the event named by their object as done ("reiterated his support", "gave
# her endorsement", "held the meeting"): the object's concept is read as done (a verb that undoes
# or holds back its object, "withdrew his support", "withheld her endorsement", is not one).
LIGHT_VERBS = ("gave", "given", "offered", "reiterated", "reaffirmed", "repeated", "declared", "expressed",
               "lent", "voiced", "confirmed", "made", "held", "completed", "finished", "threw", "thrown")

# Giving up (the "not_fulfilled", 75 cues: "suspended his campaign", "dropped out"): the words that
# make a claim one about the race the actor left ("will win the nomination", "will clear the way
# for Kasich in the upcoming contests"), searched for as one slot beside the passage's own words.
GIVING_UP_PRIORITY = 75
RACE_WORDS = ("race", "campaign", "nomination", "nominee", "candidacy", "bid", "primary", "primaries", "caucus",
              "caucuses", "contest", "contests", "convention", "delegates", "ballot", "election", "presidency",
              "ticket")
# a claim about the race whose verb is one of these (winning it) is not fulfilled; any other moot
WINNING = ("win", "secure", "clinch", "capture", "lock")

# A claim due by a date ("must be returned by Jan. 9", "until March"): its deadline expression
# starts with one of these; a passage's cue naming a deadline ("lifted the deadline") may be about
# it without sharing its words (judge: deadline_moved; these words are searched as one more slot)
DEADLINE_WORDS = ("by", "before", "until", "till", "within")

# A claim's quote that ends with one of these and "to" ("I hope to", "we plan to") leaves what is to
# be done to the sentences before it in its article ("I'm not ready to back her. But I hope to."):
# the matcher reads its event words there (judge: elliptical; "hope to" … are searched as one more
# slot of a passage that names its actors)
ELLIPSIS_VERBS = ("hope", "hopes", "want", "wants", "plan", "plans", "intend", "intends", "going", "try", "tries",
                  "expect", "expects", "like", "mean", "means", "ready", "willing", "able", "promise", "promised",
                  "vow", "vowed", "pledge", "pledged", "aim", "aims")

NEGATIONS = ("not", "never", "no", "n't", "didn't", "hasn't", "haven't", "wasn't", "weren't", "without", "nor")

# A negation right before a verb's -ing form ("he's not releasing", "is not paying"): the thing is
# not happening now -> stalled (suggestions.status_cue), unless the verb is "going" (a plan).
NOT_DOING = r"(?:not|n['’]t|never)\s+(?:(?:yet|still|even|actually)\s+)?(?!going\b)[a-z]{3,}ing\b"

# Irregular past forms -> the word whose stem they share (regular ones: "-ed" and the stemmer).
IRREGULAR_PAST: dict[str, str] = {
    "met": "meet", "gave": "give", "given": "give", "made": "make", "won": "win", "left": "leave", "took": "take",
    "taken": "take", "began": "begin", "begun": "begin", "held": "hold", "went": "go", "gone": "go",
    "came": "come", "sent": "send", "spent": "spend", "built": "build", "brought": "bring", "kept": "keep",
    "sold": "sell", "paid": "pay", "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise",
    "ran": "run", "chose": "choose", "chosen": "choose", "threw": "throw", "thrown": "throw", "wrote": "write",
    "written": "write", "drew": "draw", "drawn": "draw", "drove": "drive", "driven": "drive", "found": "find",
    "lost": "lose", "struck": "strike", "spoke": "speak", "spoken": "speak", "stood": "stand", "sought": "seek",
    "bought": "buy", "caught": "catch", "taught": "teach", "fought": "fight", "led": "lead", "withheld": "withhold",
    "upheld": "uphold", "broke": "break", "broken": "break", "froze": "freeze", "frozen": "freeze",
    "shut": "shut", "quit": "quit", "put": "put", "set": "set", "hit": "hit", "cut": "cut", "let": "let",
    "swore": "swear", "sworn": "swear", "overtook": "overtake", "undertook": "undertake", "forgave": "forgive",
    "became": "become",
}

# Each tuple: words that name one event. Matching uses Snowball stems (suggestions._stem) after
# IRREGULAR_PAST, so regular inflections and derivations ("endorsing", "endorsement") come free.
EVENT_GROUPS: list[tuple[str, ...]] = [
    ("withdraw", "withdrew", "withdrawn", "withdrawal", "leave", "left", "exit", "depart", "departure", "pullout",
     "pull", "evacuate", "evacuation", "vacate", "vacated"),
    ("present", "presented", "submit", "submitted", "share", "shared", "unveil", "unveiled", "table", "tabled",
     "propose", "proposal", "offer"),
    ("complete", "completed", "finish", "finished", "build", "built", "construct", "construction", "deliver",
     "delivered", "delivery"),
    ("approve", "approved", "approval", "pass", "passed", "adopt", "adopted", "enact", "enacted", "ratify", "ratified"),
    ("sign", "signed", "signing", "agreement", "deal", "accord"),
    ("cut", "reduce", "reduced", "reduction", "lower", "lowered", "slash", "slashed"),
    ("raise", "raised", "increase", "increased", "hike", "hiked", "rise", "rose", "risen"),
    ("open", "opened", "opening", "launch", "launched", "inaugurate", "inaugurated", "start", "started"),
    ("hold", "held", "stage", "staged", "convene", "convened"),
    ("elect", "elected", "election", "vote", "voted", "win", "won", "victory"),
    ("talk", "talks", "negotiation", "negotiations", "negotiate", "dialogue"),
    ("peace", "ceasefire", "truce"),
    ("troop", "troops", "forces", "force", "soldiers", "military"),
    ("accelerate", "accelerated", "speed", "sped", "hasten", "hastened"),
    ("meet", "meeting", "visit", "summit", "audience"),
    ("endorse", "endorsement", "support", "backing"),
    ("release", "publish", "publication", "unveil", "disclose", "disclosure"),
    ("reunite", "reunion", "reconnect", "rejoin", "reunification"),
    ("resign", "resignation", "quit", "step down"),
    ("sentence", "convict", "conviction", "jail", "imprison"),
]

ACTOR_ALIASES: list[tuple[str, ...]] = [
    ("united states", "u s", "us", "usa", "u s a", "america", "american", "americans", "washington", "biden administration",
     "white house", "pentagon"),
    ("united kingdom", "uk", "u k", "britain", "british", "london", "downing street"),
    ("european union", "eu", "e u", "brussels", "european commission"),
    ("russia", "russian", "moscow", "kremlin"),
    ("china", "chinese", "beijing"),
    ("taliban", "insurgents", "islamic emirate"),
    ("afghan government", "kabul", "afghanistan", "afghan"),
    ("nato", "north atlantic treaty organization", "alliance"),
    ("united nations", "un", "u n"),
    ("us state department", "state department", "united states", "u s", "washington"),
]

# Words that carry no event: function words, reporting verbs, hedges, generic nouns, time words.
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can cannot could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
not of off on once only or other ought our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours yourself yourselves
said say says saying told tell tells according added adding stated announced statement spokesperson spokesman
spokeswoman official officials reporter reporters reuters news agency press conference
plan plans planned planning intend intends intended expect expects expected expecting aim aims hope hopes
possibly probably likely might may must shall soon next last week weeks month months year years day days today
yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april june july
august september october november december time times part side sides stage way ways new one two three first
per cent percent mr mrs ms dr end late early already now still yet
promise promised promises promising pledge pledged pledges vow vowed vows predict predicted predicts forecast
warn warned insist insisted believe believed believes think thinks thought going hope hoped hoping want wants
wanted schedule scheduled would could can also even again ago more less many much
take took taken taking get got getting make made making give gave given giving go went gone come came coming
keep kept put use used using show showed shown think know knew see saw seen seem seemed become became
""".split())
