"""Word lists shared by attribution and claim detection (private).

Kept small and general: reporting verbs, role nouns, organisation cues, country names.
Nothing here names a particular article's actors.
"""
from __future__ import annotations

# Reporting verbs that introduce (or close) reported speech.
SPEECH_VERBS = frozenset(
    """said says say told tells added adds stated states announced announces warned warns
    noted notes explained explains argued argues insisted insists claimed claims declared declares
    confirmed confirms predicted predicts forecast forecasts projected projects estimated estimates
    vowed vows pledged pledges promised promises wrote writes tweeted posted acknowledged
    acknowledges admitted admits cautioned cautions suggested suggests stressed stresses
    emphasised emphasized emphasises emphasizes urged urges asserted asserts maintained maintains
    contended remarked replied replies responded responds countered recalled signalled signaled
    indicated indicates reiterated reiterates observed conceded concedes alleged alleges disclosed
    revealed reveals expects expected believes believed thinks thought hopes hoped fears feared
    reckons reckoned assured assures threatened threatens expect believe think predict
    warn estimate fear hope forecast vow pledge promise urge insist argue
    allege contend concede acknowledge testify assert
    continued continues charged charges""".split()
)
# Of those, base forms added for a plural subject's present ("Prosecutors allege ...", "Critics contend ..."),
# which after "to" are an infinitive ("seemed to acknowledge")
PLURAL_PRESENT_ONLY = frozenset("allege contend concede acknowledge testify assert".split())
# Of those, the ones that speak only right after a quotation ('"...," Ada Kone continued'):
# elsewhere they go on doing something ("the council continued to meet").
AFTER_QUOTE_ONLY = frozenset("continued continues".split())
# Of those, the ones that also make the claim kind (their complement is the claim).
KIND_VERBS = {
    "vowed": "promise", "vows": "promise", "pledged": "promise", "pledges": "promise",
    "promised": "promise", "promises": "promise", "assured": "promise", "assures": "promise",
    "predicted": "prediction", "predicts": "prediction", "forecast": "prediction",
    "forecasts": "prediction", "projected": "prediction", "projects": "prediction",
    "expects": "prediction", "expected": "prediction", "warned": "prediction", "warns": "prediction",
    "threatened": "promise", "threatens": "promise",
    "urged": "position", "urges": "position", "urge": "position",
    "expect": "prediction", "predict": "prediction", "warn": "prediction",
    "vow": "promise", "pledge": "promise", "promise": "promise",
    "warning": "prediction", "predicting": "prediction", "promising": "promise", "vowing": "promise",
    "hopes": "plan", "hope": "plan", "hoped": "plan", "hoping": "plan",
}

PRONOUNS_PERSON = frozenset("he she".split())
PRONOUNS_GROUP = frozenset("they it we".split())
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"i"}

# Head nouns of a description that can speak: roles of people.
PERSON_ROLES = frozenset(
    """spokesperson spokesman spokeswoman spokespeople spokesmen official officials minister
    ministers secretary president vice-president premier chancellor governor mayor senator lawmaker
    neighbour neighbor juror jurors passenger passengers patient patients
    lawmakers legislator legislators mp mps representative representatives envoy ambassador diplomat
    diplomats general commander chief head leader leaders director chairman chairwoman chair ceo coo cfo cto
    executive executives founder economist economists analyst analysts strategist strategists expert
    experts scientist scientists researcher researchers forecaster forecasters meteorologist
    meteorologists doctor doctors officer officers aide aides adviser advisers advisor advisors
    witness witnesses resident residents coach manager captain player players striker goalkeeper
    owner negotiator negotiators investigator investigators prosecutor prosecutors judge justice lawyer
    lawyers attorney source sources commissioner superintendent inspector spokesperson's sheriff
    king queen prince pope cleric imam bishop professor teacher nurse worker workers farmer farmers
    trader traders dealer dealers investor investors candidate candidates activist activists
    organiser organisers organizer organizers administrator operator operators president-elect
    people person mediator mediators observers monitors planners bankers
    governor-general secretary-general director-general
    congressman congresswoman congressmen assemblyman assemblywoman councilman councilwoman councillor
    councilor nominee nominees challenger hopeful hopefuls front-runner frontrunner voter voters supporter supporters donor donors delegate
    delegates pollster pollsters editor editors columnist columnists publisher correspondent
    commentator commentators pundit pundits historian historians author consultant consultants allies whip counsel boss
    co-chairman co-chairwoman co-chair co-founder co-director co-author vice-chairman vice-chairwoman vice-chair
    undersheriff regent trustee host anchor anchorman anchorwoman presenter moderator interviewer newsreader""".split()
) | frozenset(w + end for w in """seismologist epidemiologist virologist climatologist volcanologist psychologist sociologist
    geologist archaeologist anthropologist criminologist cardiologist neurologist oncologist immunologist toxicologist
    physicist chemist astronomer statistician physician pediatrician paediatrician psychiatrist engineer architect
    pharmacist veterinarian""".split() for end in ("", "s"))  # (professions, and their plurals)
# Words that describe a person before the full name, capitalised at a sentence's start or as a
# title ("Billionaire Donald Trump", "Actor Clint Howard", "House Speaker Paul Ryan", "Rear Admiral
# X"): no part of the name. Not role words of their own ("the businessman" is nobody in particular).
NAME_DESCRIPTORS = frozenset("""billionaire businessman businesswoman actor actress singer rapper comedian
    comedienne entrepreneur writer novelist filmmaker producer tycoon mogul magnate philanthropist
    evangelist televangelist pastor speaker admiral neurosurgeon surgeon reporter journalist""".split())
# Titles that stand before a person's surname and nothing else ("Mr. Prince", "Dr. Judge").
COURTESY_TITLES = frozenset("mr mrs ms miss dr".split())
# Heads that denote a body speaking collectively.
BODY_ROLES = frozenset(
    """police authorities agency department government administration company firm bank group
    statement report ministry military army navy court council committee commission board union
    regulator regulators watchdog airline carrier club team federation league association
    institute university hospital service office embassy parliament congress senate cabinet
    insurgents militants rebels protesters campaigners organisers movement party alliance coalition
    presidency kremlin pentagon fund organisation organization newspaper network website data
    survey poll study bureau operator automaker carmaker chipmaker drugmaker manufacturer retailer lender insurer
    conglomerate records documents center centre charity nonprofit broadcaster paper bloc guild""".split()
)
# Plural or group roles that are not one person.
GROUP_ROLES = frozenset(
    """officials ministers lawmakers legislators diplomats leaders executives economists analysts
    strategists experts scientists researchers forecasters doctors officers aides advisers advisors
    witnesses residents players negotiators investigators prosecutors lawyers sources workers farmers
    traders dealers investors candidates activists organisers organizers insurgents militants rebels
    protesters campaigners authorities police people operators mediators observers monitors planners
    bankers congressmen nominees hopefuls voters supporters donors delegates pollsters editors columnists
    commentators pundits historians consultants allies""".split()
)
# Role words that stand for the organisation ("a spokesperson for X" speaks for X).
REPRESENTATIVE_ROLES = frozenset(
    """spokesperson spokesman spokeswoman spokespeople spokesmen official officials representative
    representatives source sources aide aides statement envoy negotiator negotiators""".split()
)
# Words that modify a role inside a title ("Foreign Minister", "Deputy Chief"), or follow it after
# "of" ("the secretary of state": a title, no body).
ROLE_MODIFIERS = frozenset(
    """foreign finance defence defense interior economy economic trade health education justice
    energy environment labour labor transport transportation commerce agriculture prime deputy vice senior chief acting
    former interim top junior assistant associate executive managing general head lead principal
    state home culture sports treasury press communications security military political regional
    local provincial district police fire emergency public majority minority""".split()
)

# Of those, the ones that name a body on their own ("the Kremlin said"); the others alone are a
# common noun with a capital ("State regulations limit ...", "Exchange rules").
ORG_NAME_WORDS = frozenset("taliban hamas hezbollah houthis kremlin pentagon reuters senate congress parliament".split())

# Words marking a capitalised phrase as an organisation.
ORG_WORDS = frozenset(
    """ministry department government administration agency bank fund union council committee
    commission board office service services party movement front army forces force navy police
    court parliament congress senate assembly embassy inc inc. corp corp. corporation ltd ltd. plc
    llc group co co. company companies association federation league club university institute
    organisation organization authority bureau reserve exchange airlines airways motors systems
    holdings partners network news times post journal reuters cabinet presidency secretariat
    pharma pharmaceuticals therapeutics biologics biosciences diagnostics bio biotech labs laboratories technologies telecom ventures
    taliban hamas hezbollah houthis kremlin pentagon nato who imf opec un eu
    firm automaker carmaker chipmaker drugmaker manufacturer retailer lender insurer carrier operator
    regulator watchdog conglomerate startup utility miner programme program
    watch telegraph command guard associates center centre foundation society trust state convention community
    school college academy hospital museum partnership alliance coalition caucus initiative
    foods industries technologies pharmaceuticals enterprises resources communications laboratories labs studios
    stores brands entertainment petroleum railways insurance securities investments ventures electric utilities
    electronics robotics semiconductor semiconductors software logistics chemicals aerospace automotive mining minerals
    steel textiles apparel materials networks solutions dynamics automation analytics insights shipping
    appliances beverages foundry furniture cosmetics toys devices instruments components plastics packaging
    fertilizers breweries brewery distillery outfitters builders developers properties realty resorts hotels cruises
    freight trucking metals refining supermarkets guild""".split()
)
ARMED_GROUPS = frozenset(
    """taliban hamas hezbollah houthis houthi al-qaeda al-shabaab isis isil boko haram pkk farc
    insurgents militants rebels militia""".split()
)

# Country / capital names (for government actors) and the adjective → country map.
COUNTRIES = {
    "us": "United States", "u.s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states": "United States", "america": "United States", "washington": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "united kingdom": "United Kingdom", "london": "United Kingdom",
    "china": "China", "beijing": "China", "russia": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "france": "France", "paris": "France", "germany": "Germany", "berlin": "Germany",
    "japan": "Japan", "tokyo": "Japan", "india": "India", "new delhi": "India",
    "pakistan": "Pakistan", "islamabad": "Pakistan", "afghanistan": "Afghanistan", "kabul": "Afghanistan",
    "iran": "Iran", "tehran": "Iran", "iraq": "Iraq", "baghdad": "Iraq", "israel": "Israel",
    "turkey": "Turkey", "ankara": "Turkey", "ukraine": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "canada": "Canada", "ottawa": "Canada", "australia": "Australia", "canberra": "Australia",
    "brazil": "Brazil", "mexico": "Mexico", "italy": "Italy", "rome": "Italy", "spain": "Spain",
    "madrid": "Spain", "egypt": "Egypt", "cairo": "Egypt", "saudi arabia": "Saudi Arabia",
    "riyadh": "Saudi Arabia", "qatar": "Qatar", "doha": "Qatar", "syria": "Syria",
    "damascus": "Syria", "south korea": "South Korea", "seoul": "South Korea",
    "north korea": "North Korea", "pyongyang": "North Korea", "nigeria": "Nigeria",
    "south africa": "South Africa", "kenya": "Kenya", "ethiopia": "Ethiopia", "poland": "Poland",
    "tajikistan": "Tajikistan", "indonesia": "Indonesia", "philippines": "Philippines",
    "vietnam": "Vietnam", "thailand": "Thailand", "argentina": "Argentina", "chile": "Chile",
    "colombia": "Colombia", "venezuela": "Venezuela", "greece": "Greece", "sweden": "Sweden",
    "norway": "Norway", "netherlands": "Netherlands", "switzerland": "Switzerland",
}
DEMONYMS = {
    "american": "United States", "british": "United Kingdom", "chinese": "China",
    "russian": "Russia", "french": "France", "german": "Germany", "japanese": "Japan",
    "indian": "India", "pakistani": "Pakistan", "afghan": "Afghanistan", "iranian": "Iran",
    "iraqi": "Iraq", "israeli": "Israel", "turkish": "Turkey", "ukrainian": "Ukraine",
    "canadian": "Canada", "australian": "Australia", "brazilian": "Brazil", "mexican": "Mexico",
    "italian": "Italy", "spanish": "Spain", "egyptian": "Egypt", "saudi": "Saudi Arabia",
    "qatari": "Qatar", "syrian": "Syria", "korean": "South Korea", "nigerian": "Nigeria",
    "kenyan": "Kenya", "polish": "Poland", "greek": "Greece", "swedish": "Sweden",
    "dutch": "Netherlands", "swiss": "Switzerland", "european": "European Union",
    "north korean": "North Korea", "south korean": "South Korea",
    "philippine": "Philippines", "filipino": "Philippines", "venezuelan": "Venezuela", "cuban": "Cuba",
    "colombian": "Colombia", "argentine": "Argentina", "argentinian": "Argentina", "chilean": "Chile",
    "peruvian": "Peru", "bolivian": "Bolivia", "ecuadorian": "Ecuador", "uruguayan": "Uruguay",
    "paraguayan": "Paraguay", "guatemalan": "Guatemala", "honduran": "Honduras", "salvadoran": "El Salvador",
    "nicaraguan": "Nicaragua", "panamanian": "Panama", "haitian": "Haiti", "jamaican": "Jamaica",
    "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia", "malaysian": "Malaysia",
    "singaporean": "Singapore", "taiwanese": "Taiwan", "cambodian": "Cambodia", "burmese": "Myanmar",
    "bangladeshi": "Bangladesh", "nepali": "Nepal", "nepalese": "Nepal", "sri lankan": "Sri Lanka",
    "mongolian": "Mongolia", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "belarusian": "Belarus", "lithuanian": "Lithuania",
    "latvian": "Latvia", "estonian": "Estonia", "finnish": "Finland", "norwegian": "Norway",
    "danish": "Denmark", "icelandic": "Iceland", "irish": "Ireland", "scottish": "United Kingdom",
    "belgian": "Belgium", "austrian": "Austria", "hungarian": "Hungary", "czech": "Czech Republic",
    "slovak": "Slovakia", "slovenian": "Slovenia", "croatian": "Croatia", "serbian": "Serbia",
    "bosnian": "Bosnia and Herzegovina", "romanian": "Romania", "bulgarian": "Bulgaria",
    "portuguese": "Portugal", "lebanese": "Lebanon", "jordanian": "Jordan", "yemeni": "Yemen",
    "kuwaiti": "Kuwait", "emirati": "United Arab Emirates", "bahraini": "Bahrain", "omani": "Oman",
    "libyan": "Libya", "tunisian": "Tunisia", "moroccan": "Morocco", "algerian": "Algeria",
    "sudanese": "Sudan", "ethiopian": "Ethiopia", "eritrean": "Eritrea", "somali": "Somalia",
    "south african": "South Africa", "ghanaian": "Ghana", "zimbabwean": "Zimbabwe", "ugandan": "Uganda",
    "rwandan": "Rwanda", "tanzanian": "Tanzania", "congolese": "Democratic Republic of the Congo",
    "cameroonian": "Cameroon", "senegalese": "Senegal", "malian": "Mali", "angolan": "Angola",
    "mozambican": "Mozambique", "zambian": "Zambia", "namibian": "Namibia", "new zealand": "New Zealand",
}
# every country a demonym names is a country by name too ("Portugal said"), except names that are as often
# a US state or a person's ("Georgia", "Jordan"); the European Union is no country
COUNTRIES.update({c.lower(): c for c in DEMONYMS.values() if c not in ("Georgia", "Jordan", "European Union")})

# Words that cannot be inside a speaker noun phrase (finite verbs, relatives, negation).
NP_STOP = frozenset(
    """is are was were be been being has have had will would can could may might shall should must
    do does did not never which who whom whose that this these those when where while whereas because
    although though if unless whether also but yet and or so than as after before since until
    it's there's here""".split()
)
DETERMINERS = frozenset(
    """a an the one two three four five several many some most another other its his her their our
    my your both all each every no""".split()
)
# Capitalised words that start a sentence but are not names.
# words of a section heading, nobody speaking
EDITORIAL = frozenset("""clarification clarifications correction corrections update updates note editor's editors
    disclaimer disclosure abstract summary related background context transcript exclusive breaking watch video
    analysis opinion live photos latest wow look boom busted revealed bombshell shocking huge urgent alert name contributing
    plus remember hey stat stats quote quotes fact facts claim assessment verdict next what what's why how where when
    """.split()) | {"what\u2019s"}  # ("WOW: Glenn Beck just responded ...", "Name: Ada Kone Age: 27", "Contributing: Tom Pell, ...",
    # "STAT OF THE WEEK: ...", "Quote of the day: ...", a fact check's "THE FACTS: ...", "WHAT'S NEXT: ...",
    # "WHY IT MATTERS: ...")
CAP_FUNCTION = frozenset(
    """the a an he she it they we i you his her its their our my this that these those there but
    and so yet however meanwhile in on at for after before when while although though if as since
    during under over many some most several few all both no not one two three also still even
    asked speaking responding having being earlier later separately instead despite according moreover furthermore
    additionally nevertheless nonetheless indeed besides likewise similarly thus therefore hence initially
    eventually ultimately originally previously recently currently then now finally
    is are was were do does did would could should has have had why how what where who
    with from by to of about against without than into until unless whether because unlike like beyond
    amid among toward towards upon within maybe perhaps plus""".split()
)

# The last word of a place's name ("Silicon Valley", "Wall Street", "the Middle East", "Latin
# America"; "Sandy Hook Elementary School" is an organisation): a capitalised run ending in one is
# no person.
PLACE_HEADS = frozenset(
    """valley street avenue road highway boulevard square plaza park city county district province region
    village town island islands peninsula coast beach bay gulf sea ocean river lake lakes mountain mountains
    hill hills heights springs falls canyon desert harbor harbour airport station stadium arena hall garden gardens
    bridge tower building mall belt east america americas europe asia africa strip balkans caucasus""".split()
)

# The first word of a place's name ("Mount Hutt", "Lake Placid", "Eastern Mediterranean", "South
# Island"): a capitalised run starting with one is no person.
PLACE_LEADS = frozenset("""mount mt lake cape fort port isle eastern western northern southern central north south
    east west""".split())

# Party labels before a name ("Republican Donald Trump", "Democrat Hillary Clinton"): no part of it.
PARTY_WORDS = frozenset("democrat democratic republican gop independent libertarian labour tory".split())
# A party's member as an epithet ("the Democrat told ...", "the Republican said"): a person, not the
# party ("The Independent" is a newspaper, "the Greens" a party).
PARTY_MEMBERS = frozenset("democrat republican libertarian liberal conservative socialist tory".split())

# Lower-case particles inside personal names ("Erik ten Hag", "Ursula von der Leyen").
NAME_PARTICLES = frozenset("ten van von der den de da di du del della la le al el bin ibn bint abu".split())

# Instruments that "aim", "seek" or "are meant" to do something: their aim is their makers', and
# the noun itself is nobody who speaks ("The bill seeks to cap rents", "legislation that aims to").
INSTRUMENTS = frozenset("""legislation bill bills law laws act amendment measure measures proposal proposals
program programme programs programmes project projects scheme initiative initiatives investigation inquiry
probe strategy policy policies budget treaty deal agreement reform reforms rule rules regulation regulations
order decree plan plans effort efforts move""".split())

# Adjectives of a faith or a people, spelled with a capital anywhere in a sentence ("Jewish groups",
# "Hispanic voters"): a sentence's first word that is one of these keeps its capital.
PROPER_ADJECTIVES = frozenset("""jewish muslim christian catholic protestant evangelical mormon hindu sikh
buddhist arab hispanic latino latina asian african kurdish palestinian""".split()) | frozenset(DEMONYMS) | PARTY_WORDS

# Given names that mark a person's sex in English-language news, when the text itself says nothing
# ("When Ada Kone called Lars Ostby, he said ...": not Kone). Common given names only, each used
# overwhelmingly for one sex; names used for both (Jordan, Kelly, Chris, Pat, Sam, Alex, Robin,
# Dana, Leslie, Jamie, Casey, Morgan, Taylor, Jean, Andrea, Kim, Lee, Lindsey, Marion, Tracy,
# Ashley, Terry, Ali) are left out.
FEMALE_GIVEN = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
betty margaret sandra kimberly kimberley emily donna michelle dorothy carol amanda melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine catherine christine debra rachel carolyn janet ruth maria heather diane julie joyce victoria
olivia christina lauren joan evelyn judith megan cheryl hannah martha jacqueline frances gloria ann anne teresa
theresa kathryn sara janice alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary hilary nikki chelsea sonia
elena michele maxine kirsten tammy dianne jeanne sheila loretta hope debbie kamala jill betsy claire valerie
susanne suzanne wendy tina paula rosa irene lucy ellen eleanor caroline katie kate jane joanne joanna
monica vanessa veronica yvonne sylvia marian marianne vera wanda esther ingrid greta ursula angelika
nadia natasha svetlana olga irina tatiana fatima aisha ayesha priya abby alexandra alicia alison allison alyssa
angie anita annie april audrey beth bonnie brooke candace carla carly carmen carrie cathy cecilia cindy colleen
connie courtney crystal dawn della dolores edith eileen elaine elise eliza ella ellie erica erin eva faith felicia
gabrielle gina hayley heidi holly huma ivanka jeanette jenna jenny juanita karla kathy katy kelsey kristen
krista kristin kristina leah lena lillian lily lois lorraine louise lucia lynn marcia marsha maureen megyn melania
melinda melanie miriam molly nadine naomi nina nora norma patty peggy penny phyllis rachael regina renee rita
roberta rosemary roxanne sally selena stacy stella sue susie tamara tanya tara tiffany trisha vicki vicky vivian
whitney yolanda zoe kellyanne condoleezza madeleine""".split())
MALE_GIVEN = frozenset("""irving sterling channing james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory frank
alexander raymond patrick jack dennis jerry tyler aaron adam nathan henry douglas zachary peter kyle walter
ethan jeremy harold keith roger noah gerald carl sean arthur lawrence jesse dylan bryan joe billy bruce
albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip
johnny mitch mitchell ted bernie bernard bill mike chuck harry newt rick ben hugh tom tim jim bob dick ron
ronnie marco mario carlos luis jorge pedro miguel antonio francisco manuel rafael pablo diego fernando hans
klaus jurgen wolfgang helmut dieter pierre jacques francois emmanuel nicolas vladimir sergei sergey dmitry
dmitri ivan igor boris mikhail alexei yuri mohammed muhammad mohammad ahmed ahmad hassan hussein omar abdullah
mahmoud khalid ibrahim yusuf rahul raj narendra shinzo hiroshi jake jeb jeff jeffery greg doug dave danny
andy tony nick nate sam steve stan stanley howard leonard marvin martin glenn gordon jon joel josh luke max neil
norman oliver oscar phil rand reince rudy rudolph sheldon stuart stewart todd travis trevor troy vernon victor
warren wesley willard marty barney barry chad clint cody colin corey craig curt curtis darrell derek donnie
duncan earl eddie edwin elliot elliott ernest evan floyd fred freddie gene glen hal hank herbert herman ian isaac
jared jerome jimmy joey karl ken kurt lance leon lloyd marcus milton mitt morris nathaniel neal nelson nigel
orrin otis owen perry pete preston quentin reggie richie robbie rodney rupert seth shaun shawn simon spencer
terrence theodore tommy trent vince wade wendell xavier zach""".split())
GIVEN_NAMES = FEMALE_GIVEN | MALE_GIVEN  # either sex: a word that is a given name


# The states of the United States: where a person is from ("the Florida senator"), never a body
# that speaks (a state's government is "the state", "Florida officials").
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
    mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
    virginia washington wisconsin wyoming""".split()) | frozenset(("new hampshire", "new jersey", "new mexico",
                                                                   "new york", "north carolina", "north dakota",
                                                                   "rhode island", "south carolina", "south dakota",
                                                                   "west virginia"))

# People around a person, for or against them, giving them money or votes, or their kin: they never
# speak for that person ("a Trump supporter said", "Some of Clinton's longtime allies", "Pell's niece")
NOT_SPEAKING_FOR = frozenset("""ally allies supporter supporters critic critics friend friends confidant confidants
rival rivals opponent opponents detractor detractors fan fans admirer admirers enemy enemies booster boosters backer
backers defender defenders donor donors follower followers loyalist loyalists associate associates colleague
colleagues neighbor neighbors neighbour neighbours relative relatives acquaintance acquaintances voter voters circle
wife husband son sons daughter daughters brother brothers sister sisters father mother niece nieces nephew nephews
cousin cousins aunt uncle grandson grandsons granddaughter granddaughters grandfather grandfathers grandmother
grandmothers widow widower fiance fiancee fianc\u00e9 fianc\u00e9e girlfriend boyfriend parent parents child
children impersonator impersonators doppelganger doppelgangers lookalike lookalikes imitator imitators operative
operatives insider insiders veteran veterans employee employees""".split())
