"""Cue verbs for attribution from the parse (data, read by :mod:`claimledger.extraction.speech`).

Each verb's subject is the source of what its complement says. Three families, as in the
attribution literature (Pareti 2016; PolNeAR's annotation guide): verbs of *speech* (say,
insist, warn, confirm), of *cognition* (believe, expect, fear) and of *intention* (plan, vow,
intend). The inflected forms are generated here, so that the parse needs no lemmatiser.
Nothing here names an article's actors.
"""
from __future__ import annotations

# Verbs that take a stance only with "as" after their object ("cast her rival as a tool of Wall Street",
# "painted Mr. Trump as unfit"; not "cast a vote", "painted the house", "framed the picture")
AS_ONLY = frozenset("cast paint frame depict".split())

SPEECH = """say tell add state announce declare write tweet post explain note remark reply respond answer
comment report reveal disclose confirm deny admit acknowledge concede claim allege assert insist
maintain argue contend stress emphasize emphasise reiterate repeat warn caution predict forecast project
estimate promise pledge vow swear threaten urge suggest propose recommend demand accuse blame
criticize criticise praise complain boast joke recall testify describe characterize characterise dismiss
signal indicate hint inform assure reassure counter retort quip mention cite conclude
write declare proclaim announce brag lament concede vow guarantee advise tout hail decry
denounce condemn slam blast attack mock defend savage pummel eviscerate castigate admonish upbraid applaud welcome echo insist contend speculate
theorize theorise muse observe point charge quote assert publish release order call
ask respond express refer discuss talk complain echo endorse support back oppose reject favor favour
extol pan champion lobby push tout speak debate protest rail campaign notice illustrate
chide scold ridicule lambaste assail berate fault snipe
agree disagree concur dispute contest contradict refute rebut question challenge thank congratulate commend
laud salute credit apologize apologise regret bemoan deplore fume vent grumble gripe rant deride belittle
disparage lampoon taunt insult rebuke reprimand chastise excoriate hammer bash skewer needle trash
downplay advocate implore plead beg reaffirm affirm underscore highlight clarify elaborate outline detail
unveil float pitch trumpet embrace rebuff spurn email text deem label dub brand articulate emphasize remind
rule distance lash side attribute identify weigh single
encourage press reference invoke utter coin herald rubbish tease demonize demonise compare liken regard peg
calculate admire demur point request opine underline posit insinuate imply intimate attest grouse fret
shout yell scream chant recount recite portray exhort instruct whisper mutter murmur exclaim invite dare pressure
interject bark scoff share
""".split() + sorted(AS_ONLY)

COGNITION = """believe think expect hope fear worry feel know reckon doubt suspect anticipate assume
consider understand guess imagine realize realise trust bet figure
acknowledge recognize recognise show find surmise foresee envision envisage see view prefer learn discover determine
uncover""".split()

# verbs of judging someone, whose person is their object: "X accused of Y", "X criticized for Y" (no
# object before the preposition) is said of X, by someone else
JUDGING = frozenset("""accuse blame criticize criticise praise slam blast mock attack condemn denounce thank congratulate
chide scold ridicule lambaste assail berate fault rebuke reprimand chastise excoriate hammer bash skewer castigate
admonish upbraid savage pummel eviscerate commend laud salute credit""".split())

# participles that open a condition ("Assuming the levy passes, the council would ...")
SUPPOSING = frozenset({"assuming", "supposing", "presuming"})

INTENTION = """plan intend aim want seek prepare decide refuse vow pledge promise wish mean mull like""".split()
# ... of which "like" only as "would like to"
WOULD_ONLY = frozenset({"like"})

# Verbs whose object, not a clause, carries the content ("accused X of Y", "cited problems ...",
# "warned of rough seas"): the rest of the verb phrase is what is attributed.
OBJECT_CONTENT = frozenset("""accuse blame criticize criticise praise describe characterize characterise
dismiss cite attack slam blast mock defend applaud savage pummel eviscerate castigate admonish upbraid welcome hail decry denounce condemn
tout warn predict forecast promise pledge vow threaten demand urge propose recommend call deny
confirm announce reveal disclose admit acknowledge report release publish order charge endorse support back
oppose reject favor favour extol pan champion lobby push tout express echo speak debate protest rail
campaign illustrate chide scold ridicule lambaste assail berate fault
dispute contest contradict refute rebut question challenge thank congratulate commend laud salute credit
bemoan deplore deride belittle disparage lampoon taunt insult rebuke reprimand chastise excoriate hammer bash
skewer needle trash downplay advocate reaffirm underscore highlight outline detail unveil float pitch trumpet
embrace rebuff spurn deem label dub brand articulate distance lash side attribute identify single
want seek encourage press reference invoke utter coin herald rubbish tease demonize demonise compare liken regard
peg calculate admire point request expect anticipate shout yell scream chant recount recite portray
prefer""".split())

# Cognition verbs that report the subject's own mind only with a clause after them ("know that",
# "see that"); with an object they describe ("knows Washington", "saw the video").
CLAUSE_ONLY = frozenset("know understand realize realise feel figure consider recognize recognise show find "
                        "believe think see share".split())
# Verbs that report a view or a finding only with a that-clause: "sees that ...", "learned that ...",
# "the bureau determined that ..." (not "saw him speak", "learned to live with it", "determined the date",
# "sniped at the mayor", "shared the recording with the Times"; "shared with the crowd that ..." says it)
THAT_ONLY = frozenset("see learn discover determine uncover snipe share".split())
# Verbs that say something with a clause, or with an object that is a view ("maintained his innocence"),
# and otherwise keep something going ("maintained their battle", "maintained support among ...")
VIEW_OBJECTS = {"maintain": frozenset("innocence position positions stance view views claim claims denial denials "
                                      "belief beliefs opposition support".split()) - {"support"}}
# ... of which the verbs of finding out, whose subject must be someone who can know ("none uncovered
# that ...", "only to have it discovered that ...": a finding, no one's)
FINDING = frozenset("learn discover determine uncover".split())
# Verbs that take a stance with "as" after their object: "Sanders sees these gains as evidence that ...",
# "voters view him as ..." (without it, "saw the video" describes)
AS_STANCE = frozenset("see view regard".split()) | AS_ONLY

# Speech verbs that commit the subject with an infinitive after them ("agreed to serve as chair"):
# the commitment is the claim, subject and verb included; with a clause ("agreed that ...") they speak.
COMMIT = frozenset("agree".split())

# Verbs of a directive: with a hearer and an infinitive ("advised all citizens to leave within 48
# hours", "asked the council to delay the vote") the claim is the whole clause, the speaker's stance,
# as "urged ... to" is; without them ("advised him during the campaign", "advises corporations on
# mergers") they report no words ("asked for a sentence of three years" is still a request).
DIRECTIVE_ONLY = frozenset("advise encourage implore exhort instruct order direct command invite dare pressure".split())
# ... and verbs of saying that make one with them ("told supporters to vote early", "called on the
# council to delay the vote", "challenged the mayor to release his returns", "pleaded with X to")
DIRECTIVE = DIRECTIVE_ONLY | frozenset("ask tell challenge press beg plead remind call".split())

# Of all cue verbs, those that make the claim's kind (their complement is the claim).
KIND_OF = {
    **{v: "promise" for v in "promise pledge vow swear guarantee threaten assure".split()},
    **{v: "prediction" for v in "predict forecast project expect anticipate warn caution fear bet".split()},
    **{v: "plan" for v in "plan intend aim prepare decide seek".split()},
    **{v: "position" for v in "urge demand recommend propose insist".split()},
}

_IRREGULAR = {
    "say": "says said saying", "tell": "tells told telling", "write": "writes wrote written writing",
    "think": "thinks thought thinking", "know": "knows knew known knowing", "feel": "feels felt feeling",
    "swear": "swears swore sworn swearing", "see": "sees saw seen seeing", "mean": "means meant meaning",
    "forecast": "forecasts forecasted forecasting", "bet": "bets betting", "seek": "seeks sought seeking",
    "understand": "understands understood understanding", "speak": "speaks spoke spoken speaking", "find": "finds found finding", "lament": "laments lamented lamenting",
    "quote": "quotes quoted quoting", "release": "releases released releasing",
    "foresee": "foresees foresaw foreseen foreseeing", "put": "puts putting", "send": "sends sent sending",
    "lead": "leads led leading", "drive": "drives drove driven driving", "spur": "spurs spurred spurring",
}


def _forms(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return [lemma, *_IRREGULAR[lemma].split()]
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, lemma + "s", lemma + "d", stem + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    # a short final syllable doubles: "plan" -> "planned", "admit" -> "admitted", "regret"
    if lemma in ("plan", "admit", "commit", "regret", "bet", "omit", "quip", "slam", "demur", "concur", "stop", "prefer", "refer", "pan", "rebut", "dub", "peg", "fret", "beg"):
        last = lemma[-1]
        return [lemma, lemma + "s", lemma + last + "ed", lemma + last + "ing"]
    if lemma.endswith(("al", "el")) and lemma[-3] not in "aeiou":
        # "signal": "signaled" and, as British news writes it, "signalled", "signalling"
        return [lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "led", lemma + "ling"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _table(*families: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for fam in families:
        for lemma in fam:
            for f in _forms(lemma):
                out.setdefault(f, lemma)
    return out


# surface form -> lemma
FORMS: dict[str, str] = _table(SPEECH, COGNITION, INTENTION)
# Verbs that issue a document ("Greenberg released data that suggest ...": who released it speaks)
ISSUE_FORMS = frozenset(f for f in _table("release publish issue conduct commission unveil circulate put send post "
                                          "distribute fire".split()) if not f.endswith("ing"))  # ("fired off a tweet saying")
# ... and what they issue that speaks for them ("The ministry put out a statement saying ...")
STATEMENT_NOUNS = frozenset(w + s for w in """statement message email e-mail letter release note memo tweet post video
ad advert advertisement editorial notice announcement response reply""".split() for s in ("", "s"))
FAMILY: dict[str, str] = {**{v: "intention" for v in INTENTION}, **{v: "cognition" for v in COGNITION},
                          **{v: "speech" for v in SPEECH}}

# Verbs of saying whose quotation follows them, after a hearer if any ('telling reporters, "..."',
# 'was prompted to say, "..."'): the quotation is the subject's words wherever the verb sits
QUOTING = frozenset("say add tell declare write tweet reply respond answer joke quip shout yell interject".split())
# Verbs that report another's statement after it ("He said that X, the Herald reported", "Hovind
# wrote that X, Beard testified"): the one reported said X, without the report
REPORTS_AFTER = frozenset("say report write add testify state note tell recount".split())
# ... and, in a side phrase, name their agent the source ("The port, first reported by the Gazette,
# will close"); other verbs there are acts ("raids ordered by X", "a bill opposed by X") ...
REPORTED_BY = frozenset("report reveal disclose confirm announce note state say describe detail quote cite".split())
# ... unless they issue a document or figures ("a survey published by X", "an average calculated by X")
ISSUED_BY = frozenset("publish release calculate conduct write".split())
# Verbs of speaking that report no words when they take no clause ("Tom Pell spoke in Nordby on Monday"):
# no one heard saying something
SPEAKING = frozenset(_table("speak talk".split()))
# Verbs that make their object say or think something ("led Republicans to say that ...", "compelled
# the bureau to admit ..."): the object, not the subject, is the source of the cue after it
CAUSING = frozenset(_table("lead prompt force cause spur drive compel inspire".split()))
# A cue raised by these ("is expected / likely / due to endorse X") is an act still to come: nobody
# has said anything yet ("is likely to stress that ...": what she will say; "were more likely to
# say": a comparison of those polled)
FUTURE_RAISING = frozenset("expected likely unlikely due poised".split())

# Light verbs with a noun of communication or stance make a cue of their own: "raised questions
# about", "took swipes at", "made the point that", "has taken a firm stance against".
LIGHT_VERBS = frozenset("""make made makes making raise raised raises raising take took taken takes taking
unleash unleashed unleashes launch launched launches issue issued issues express expressed expresses voice voiced
voices deliver delivered delivers give gave given gives send sent sends offer offered offers level leveled levelled
lodge lodged file filed stake staked renew renewed repeat repeated throw threw thrown throws sound sounded
sounds strike struck strikes spell spelled spelt spells lay laid lays""".split())
COMM_NOUNS = frozenset("""attack attacks swipe swipes question questions point points case stance position statement
statements argument arguments criticism criticisms concern concerns remark remarks comment comments speech
address warning warnings promise promises pledge pledges vow prediction predictions claim claims accusation
accusations call calls appeal plea endorsement support opposition objection objections complaint complaints
charge charges allegation allegations assurance assurances threat threats demand demands proposal proposals
plan plans announcement apology defense defence rebuke rebuttal critique praise doubts doubt fears fear
hopes hope view views opinion opinions message mention reference aim shot shots jab jabs note tone
shout broadside salvo mention assessment tribute apologies confidence optimism skepticism scepticism belief
conviction certainty expectation expectations frustration assertion assertions contention contentions suggestion
suggestions insistence reminder reminders""".split())
# Of those, the nouns whose that-clause is what their holder says, hopes or fears ("repeated her
# claim that ...", "voiced confidence that ..."); not "doubts that", "criticism that", "denial that"
ASSERTED_NOUNS = frozenset("""point points case statement statements argument arguments concern concerns warning
warnings promise promises pledge pledges vow prediction predictions claim claims accusation accusations charge
charges allegation allegations assurance assurances threat threats demand demands proposal proposals announcement
fears fear hopes hope view views opinion opinions message assessment confidence optimism belief conviction
certainty expectation expectations assertion assertions contention contentions suggestion suggestions insistence
reminder reminders""".split())
# Adjectives of stance after a copula: "X is confident that", "is critical of", "remains opposed to".
STANCE_ADJ = frozenset("""confident sure certain convinced worried concerned optimistic pessimistic hopeful
critical skeptical sceptical opposed supportive adamant insistent determined eager keen willing reluctant
unwilling afraid fearful proud happy unhappy pleased disappointed angry furious frustrated upset clear
adamant outspoken vocal""".split())
# Of those, the ones whose that-clause is what the holder believes, hopes or fears ("is confident
# that ..."); not "is pleased that ..." (the clause a given) nor "is skeptical that ..."
BELIEF_ADJ = frozenset("""confident sure certain convinced worried concerned optimistic pessimistic hopeful
adamant insistent afraid fearful determined clear""".split())

# Phrasal verbs of stance, figurative in news: the subject takes a position on the rest of the verb
# phrase ("came out against the tax", "came out in support of X", "ripped into the mayor",
# "vouched for the proposal", "weighed in on", "lashed out at"). Each entry: verb forms, the
# particle it needs (or None), the preposition it needs (or None), and for that preposition the
# nouns its object must be (or None: any).
PARTICLE_CUES: tuple[tuple[frozenset[str], str | None, str | None, frozenset[str] | None], ...] = tuple(
    (frozenset(forms.split()), prt, prep, frozenset(heads.split()) if heads else None)
    for forms, prt, prep, heads in (
        ("come comes came coming", "out", "against", None),
        ("come comes came coming", "out", "in", "support favor favour opposition defense defence"),
        ("rip rips ripped ripping", None, "into", None),
        ("tear tears tore torn tearing", None, "into", None),
        ("lay lays laid laying", None, "into", None),
        ("vouch vouches vouched vouching", None, "for", None),
        ("weigh weighs weighed weighing", "in", None, None),
        ("lash lashes lashed lashing", "out", None, None),
        ("hit hits hitting", "out", None, None),
        ("sound sounds sounded sounding", "off", None, None),
        ("speak speaks spoke spoken speaking", "out", None, None),
        ("double doubles doubled doubling", "down", "on", None),
        ("hit hits hitting", "back", None, None),
        ("push pushes pushed pushing", "back", None, None),
        ("fire fires fired firing", "back", None, None),
        ("shoot shoots shot shooting", "back", None, None),
    ))
# Of those, the ones that are also acts ("the officers fired back at the gunmen"): words only with a
# clause, a quotation or a topic ("fired back that ...", "shot back: ...", "fired back at X over Y")
RETORT_FORMS = frozenset("fire fires fired firing shoot shoots shot shooting".split())

# A cue verb and a particle that make a verb of no speech ("pointed up the flaws", "wrote off the
# debt", "the numbers don't add up", "called off the strike", "backed down")
NOT_SPOKEN = frozenset({("point", "up"), ("write", "off"), ("write", "down"), ("add", "up"), ("call", "off"),
                        ("back", "down"), ("back", "off"), ("talk", "down"), ("tell", "apart"), ("weigh", "down")})

# Heads of a documentary source: a poll or a study "shows" or "finds" with an object, not only a clause.
SOURCE_NOUNS = frozenset("""poll polls survey surveys study studies data figures report reports analysis results
records document documents review audit census tally count research projections projection estimates statistics
filings""".split())

# Words that open an indirect question ("asked what would happen", "asked Kone if ...") ...
WH = frozenset("what whether if how why who whom when where which".split())
# ... and the verbs whose clause such a word makes a question, no claim
ASKING = frozenset("ask wonder inquire".split())

# verbs of saying that a thing does to an object ("the sentence confirmed my faith", "the tone echoed the dark
# themes of 1968", "the vote underscored the divide"): no speech when the subject can hold no view
THING_DOES = frozenset("add confirm reaffirm affirm echo underscore underline highlight illustrate".split())
# verbs of taking a side that only someone, or what someone put out, does ("the backdrop should favor
# Democrats", "the insecurity has challenged key beliefs", "the whole system will have to respond")
SIDE_TAKING = frozenset("favor favour challenge respond remind back support oppose".split())
# what points to something without saying it ("all signs point to a deal", "the evidence points to")
POINTING_THINGS = frozenset("sign signs indication indications indicator indicators evidence everything arrows trends".split())
# Verbs of saying that are acts with these objects (the object's head word): a game or a tent is
# pitched, votes are recounted, a festival or a convoy is attacked, without a word said ("Schilling
# pitched seven innings", "officials are recounting a sample of the votes", "militants attacked a
# school"; not "pitched her plan", "recounted her story", "attacked Pell's record")
LITERAL_OBJECTS = {
    "pitch": frozenset("""inning innings game games shutout no-hitter ball balls strike strikes tent tents camp
        first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth""".split()),
    "recount": frozenset("vote votes ballot ballots sample count".split()),
    "attack": frozenset("""festival school schools convoy base bases village villages town city embassy checkpoint
        patrol station building buildings church mosque temple synagogue market bus train ship vessel tanker camp
        outpost compound headquarters hotel hospital prison jail home homes house houses airport pipeline plant
        soldiers troops civilians protesters positions website websites site sites server servers network""".split()),
    "push": frozenset("man woman boy girl child person car cart wheelchair button".split()),
    "claim": frozenset("life lives victim victims".split()),  # "an attack that could have claimed his life"
    # a call made on the telephone, not a name given: "called the navy", "called the minister's office to ..."
    "call": frozenset("police navy army coastguard office offices ambulance 911 hotline number station embassy".split()),
    "point": frozenset("gun guns rifle pistol weapon camera cameras".split()),  # "pointed a gun at" (not "pointed fingers at", a blame)
    "speak": frozenset("""english spanish french german hebrew arabic russian chinese mandarin cantonese italian
        portuguese japanese korean hindi urdu farsi persian turkish greek latin""".split()),  # "spoke Hebrew"
    "contest": frozenset("election elections seat seats race races primary primaries".split()),  # "parties contesting the elections"
}
# what "add" takes as its object when it says something ("added a note of caution", "added a caveat"):
# a noun of words said, or of an assertion
ADDED_WORDS = ASSERTED_NOUNS | frozenset("note caution caveat comment comments remark remarks word words voice thought "
                                         "thoughts".split())
# animals, which act but say nothing ("The 400-pound bear attacked the family")
ANIMALS = frozenset("bear dog shark wolf lion tiger snake bull horse crocodile alligator elephant cougar leopard".split())
# verbs whose subject may be a thing that points to something rather than someone who says it
EVIDENCING = frozenset("mean indicate show reveal suggest prove demonstrate signal find".split())
SENDING = frozenset("email tweet post text message write".split())  # verbs of sending words, or a thing
