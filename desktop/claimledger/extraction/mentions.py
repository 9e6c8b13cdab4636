"""Speaker mentions: what a source noun phrase names (stage 2 of the pipeline, with attribution).

:func:`parse_mention` reads a mention such as "Taliban spokesperson Zabihullah Mujahid", "a
spokesperson for the US State Department", "the ministry" or "he" into its parts: a name, an
organisation (named or generic), a role word, a pronoun, definiteness and number. The tables it
reads are in :mod:`_lexicon`. :mod:`attribution` resolves mentions to speakers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimledger.domain import SpeakerKind
from claimledger.extraction import _lexicon as L

# (names joined by a slash are one word: "a CNN/ORC poll" is the two pollsters', not ORC's)
TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019.&-]*(?:/[A-Z][\w'\u2019.&-]*)*|\S")
PREPS = frozenset("for of at with from in to on".split())
# a poll's name ("the Gallup Poll"; not the U.S. Geological Survey, a body), and what a headline's
# capitals say of a poll ("New Poll Shows ...")
_POLLS = frozenset("poll polls".split())
_POLL_WORDS = frozenset("new latest national recent online exit straw state".split())


def cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit() and tok.endswith("+")


def namey(tok: str) -> bool:
    """A token that can be part of a proper name: capitalised, or a particle ("ten", "al-")."""
    return tok[:1].isupper() or tok.lower() in L.NAME_PARTICLES or bool(re.match(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z]", tok))


# a body someone "in" it speaks for ("a senior official in the Ostland government")
_SPOKEN_FOR_IN = frozenset("government administration ministry department cabinet presidency embassy".split())
# bodies named by what they are of ("the ministry of defence", "the department of health")
_OFFICES = frozenset("ministry department office bureau agency commission committee council board institute".split())


def strip_possessive(s: str) -> str:
    return re.sub(r"['\u2019]s?$", "", s)


def singular(plural: str) -> str:
    """A plural noun's singular, the regular way ("companies" -> company, "banks" -> bank)."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def country(name: str) -> str | None:
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    return L.COUNTRIES.get(key)


def canonical_org(name: str) -> str:
    name = name.strip().strip(",")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = strip_possessive(name)
    c = country(name)
    return c or name


def org_kind(name: str) -> SpeakerKind:
    low = name.lower()
    words = set(re.findall(r"[a-z.-]+", low))
    if country(name) or low in L.COUNTRIES.values() or words & {"ministry", "government",
                                                                  "administration", "cabinet",
                                                                  "presidency", "embassy",
                                                                  "kremlin", "pentagon"}:
        return SpeakerKind.GOVERNMENT
    if "department" in words and ("state" in words or _leading_country(name)):
        return SpeakerKind.GOVERNMENT
    if words & L.ARMED_GROUPS:
        return SpeakerKind.GROUP
    return SpeakerKind.ORGANISATION


def _leading_country(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return bool(country(first) or first.lower() in L.DEMONYMS)


def is_orgish(tokens: list[str]) -> bool:
    if not tokens:
        return False
    low = [t.lower().strip(",") for t in tokens]
    joined = " ".join(low)
    if country(joined):
        return True
    if any(t in L.ORG_WORDS or t in L.ARMED_GROUPS for t in low) or "&" in low or (low[0] == "team" and len(low) > 1):
        return True  # ("Team Clinton": a campaign, not a person whose surname is Clinton)
    if len(tokens) == 1 and re.fullmatch(r"[A-Z][A-Z.&]{1,7}", tokens[0]):
        return True  # acronym: NATO, IMF, WHO
    if any(t in _INNER_PREPOSITIONS for t in tokens[1:-1]):
        return True  # ("Doctors Without Borders", "Teachers Across Frontiers": no person's name holds such a word)
    if len(tokens) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?:bank|corp)", tokens[0]):
        return True  # Riksbank, Bundesbank
    return False


# prepositions written with a capital inside a body's name
_INNER_PREPOSITIONS = frozenset("Across Without Against Beyond Within Through Between Among Under Over Into".split())


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    name: str | None = None  # a person's name
    org: str | None = None  # organisation named (surface form, canonicalised)
    org_generic: bool = False  # "the insurgents", "the company": needs linking
    role: str | None = None
    pronoun: str | None = None
    definite: bool = False
    plural: bool = False
    is_org: bool = False  # the mention itself is an organisation ("the Pentagon")


TITLE_ABBR = re.compile(r"^(?:(?:(?:Govs|Sens|Reps|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Amb|Cmdr|Supt|Insp|Det|Brig|Const|Cst)\.?|Del\.|AG)\s+)+(?=[A-Z])")


# a US state's abbreviation after a place's name and a comma ("in Chappaqua, N.Y.", "..., N.Y., speaking on
# the condition of anonymity"): the mention ends with the place
_PLACE_AFTER = re.compile(r"(?<=[a-z]),\s+(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z]\.)?|[A-Z]\.[A-Z]\.)(?=,|\s*$)")


_LIKE_ASIDE = re.compile(r"\s*(.+?),\s+(?:like|unlike)\s+\S.*", re.S)


# what an unnamed source knows of ("with knowledge of the talks", "with direct knowledge of the matter")
_WITH_KNOWLEDGE = re.compile(r"\s+with\s+(?:direct\s+|first-hand\s+|firsthand\s+|detailed\s+)?knowledge\s+of\b.*$", re.I)


# the name someone unnamed gave ("who gave his name as X", "who identified herself as X", "identified only as X")
_GAVE = (r",?\s+(?:who\s+)?(?:gave\s+(?:his|her|their)\s+(?:full\s+)?name\s+(?:only\s+)?as|identified\s+"
         r"(?:(?:himself|herself)\s+)?(?:only\s+)?as|(?:who\s+)?(?:goes|went)\s+by)\s+"
         r"((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*)")
_GAVE_NAME = re.compile(_GAVE + r"\s*,?\s*$")
# ... right after a mention the parse ended before it
GAVE_NAME_AFTER = re.compile(_GAVE + r"(?![\w'\u2019-])")


def parse_mention(np: str) -> Mention:
    """Parse a speaker noun phrase into name / role / organisation. A title abbreviation before
    a name ("Gov. Ada Kell", "Dr. Laura Benavides") is the role, not part of the name; a nickname
    in quotation marks inside one ('Herbert "Joe" Pase') is left out of the name."""
    if (aside := _LIKE_ASIDE.fullmatch(np)) is not None and not (first := parse_mention(aside.group(1))).plural \
            and (first.name or (first.is_org and _CAPS_REST.fullmatch(first.org or ""))):
        # "CNN, like The Associated Press, which was the first to do so": the one named, compared with
        # another ("Critics of the program, like Senator X": the examples of a group are its named members)
        return replace(first, text=np)
    if (named := _GAVE_NAME.search(np)) is not None and named.start() > 0:
        # "a spokesman for the group, who gave his name as Teodor Vashti,": that person, so described
        return replace(parse_mention(f"{named.group(1)}, {np[:named.start()].strip(' ,')}"), text=np)
    if (knows := _WITH_KNOWLEDGE.search(np)) is not None and knows.start() > 0:
        # "a person with knowledge of the talks": someone unnamed who knows them, no body called "knowledge of the talks"
        return replace(parse_mention(np[:knows.start()]), text=np)
    status = _STATUS.match(np)
    contracted = _CONTRACTED.fullmatch(np.strip())
    bare = _PARTY_LABEL.sub("", np[status.end():] if status else np)  # "X (D-Newport News)"
    if (former := _FORMER_TITLE.match(bare)) is not None:
        # "former Sen. Scott Brown", "former Gov. Bill Richardson of New Mexico": the titled name, then
        # the tenure on its role
        m = parse_mention(bare[former.end(1):])
        return replace(m, text=np, role=f"former {m.role}" if m.role and m.role.split()[0] == former.group(2).lower() else m.role)
    if (member := _DESCRIBED_MEMBER.fullmatch(bare)) is not None and not is_orgish(member.group(1).split()[1:]):
        bare = member.group(1)  # "Oversight ranking Democrat Elijah Cummings": the party's member, by name
    if (trade := _TRADE_THEN_NAME.fullmatch(bare)) is not None and not is_role(trade.group(2).split()[0]):
        # "Chipmaker Norvane", "Tech giant Norvane": what the firm is, then its name (not "Chipmaker
        # Norvane" as a name of its own, nor no one)
        return Mention(np, org=canonical_org(trade.group(2)), role=trade.group(1).lower(), is_org=True)
    if (body_member := _BODY_MEMBER.fullmatch(bare)) is not None and not is_orgish(body_member.group(3).split()):
        # "Council member Tor Lind", "city council member Ada Kone": the member, by name; the body is
        # not the speaker (nor "council member tor lind" a body of its own)
        body = body_member.group(1).strip()
        org = canonical_org(body) if any(w[:1].isupper() for w in body.split()[1:]) else None
        return Mention(np, name=body_member.group(3), org=org, role=f"{body.lower()} {body_member.group(2).lower()}")
    if (first := one_with_two_roles(bare)) is not None:
        bare = first  # "the Florida senator and Republican presidential candidate": one person, the first role
    adj = _LEAD_ADJ.match(bare)
    if adj and _CAPS_REST.fullmatch(bare[adj.end():]) and not any(
            is_role(w) or w in _TENURE or w in L.CAP_FUNCTION for w in adj.group(2).split()):
        bare = adj.group(1) + bare[adj.end():]  # "the nonpartisan Pew Research Center": the body's name
    if " and " in bare:
        bare = re.sub(r"\s+(?:both|together)$", "", bare)  # "Jeb Bush and Ted Cruz both": the two
    if (pair := _TWO_NAMED.fullmatch(bare)) is not None:
        a, b = parse_mention(pair.group(1)), parse_mention(pair.group(2))
        if a.name and b.name and not (a.org or b.org or a.is_org or b.is_org or a.plural or b.plural):
            # "Mr. Rubio and Senator Ted Cruz", "Sen. Ada Kone and Rep. Tom Pell": two persons, by name
            # (the title after "and" had been read as a role of the whole, "Mr. Rubio" as its body)
            return Mention(np, name=f"{a.name} and {b.name}")
    counted = _ROLES_THEN_NAMES.fullmatch(bare)
    if counted is not None and is_role(counted.group(2)) and not any(
            is_orgish(n.split()) or country(n) for n in counted.group(3).split(" and ")):
        # "Democratic candidates Ada Kone and Tom Pell", "former Mexican presidents X and Y": the two, by name
        a = _parse_mention(counted.group(1))
        return Mention(np, name=counted.group(3), org=a.org, role=a.role, definite=a.definite, plural=True)
    m = _parse_mention(contracted.group(1) if contracted else NICKNAME.sub(r"\1 ", bare))
    m = replace(m, text=np)
    if m.name and len(m.name.split()) >= 3 and m.name.split()[0].lower() in L.PARTY_WORDS:
        m = replace(m, name=m.name.split(maxsplit=1)[1])  # "Republican Donald Trump"
    if m.org and m.role and not m.name and len(m.org.split()) >= 2 and m.org.split()[0].lower() in L.PARTY_WORDS \
            and m.org.split(maxsplit=1)[1].lower() in L.US_STATES:
        m = replace(m, org=m.org.split(maxsplit=1)[1])  # "the Independent Vermont senator": the state's senator
    if m.org and m.org_generic and m.org.lower() in L.ROLE_MODIFIERS and (m.role or "").split()[-1:] == ["secretary"]:
        m = replace(m, org=None, org_generic=False)  # "the former secretary of state": a person's title, no body
    if m.org and m.role and (day := _DAY_OWNER.match(m.org)) is not None:
        m = replace(m, org=m.org[day.end():])  # "May's Washington Post-ABC News poll", "Sunday's X poll": the poll's owner
    if m.is_org and not m.name and (own := _OWNER_THEN_NAME.fullmatch(re.sub(r"^[Tt]he\s+", "", m.org or ""))) \
            and is_orgish(own.group(1).split()) and not is_orgish(own.group(2).split()) \
            and not any(is_role(w.lower()) for w in own.group(2).split()):
        # "Iowa State University's Dianne Bystrom": the body's person, by name (the body's word had
        # made the whole phrase a body)
        m = replace(m, name=own.group(2), org=canonical_org(own.group(1)), is_org=False)
    if m.name and not m.org:
        own = _OWNER_THEN_NAME.fullmatch(m.name)
        if own and not TITLE_ABBR.match(own.group(2)):
            # "Politico's Alex Isenstadt", "the New Republic's Jeet Heer": a body's person, by name
            m = replace(m, name=own.group(2), org=canonical_org(own.group(1)))
    if m.name:
        name, title = split_title(m.name)
        if title:
            inner, more = split_title(name)  # "Lt. Gen. Michael Flynn": one title after another
            return replace(m, name=inner if more else name, role=m.role or (f"{title} {more}" if more else title))
    return m


_PERSON_NAME = r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2}"
# a plural role in lower case, then two persons' names (group 3)
_ROLES_THEN_NAMES = re.compile(rf"((?:[\w.'\u2019-]+\s+){{0,3}}?([a-z][\w-]*s))\s+({_PERSON_NAME}\s+and\s+{_PERSON_NAME})")
# two persons' mentions, each with a title or none ("Mr. Rubio and Senator Ted Cruz")
_TWO_NAMED = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+and\s+"
                        r"((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)")
# two roles of one person after one article ("the Florida senator and Republican presidential
# candidate"; not "the governor and the mayor", two people)
_TWO_ROLES = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[^,;:()]+?)\s+and\s+(?!(?:the|a|an|his|her|their|its|other)\s)([^,;:()]+)")
# lower-case words between the article and a name that ends the phrase ("the nonpartisan
# Congressional Budget Office"; not "the former Ostby mayor", whose last word is the role)
_LEAD_ADJ = re.compile(r"((?:the|a|an)\s+)((?:[a-z][a-z-]+\s+){1,2})(?=[A-Z])")
_STATUS_WORDS = "retired outgoing acting incoming interim"  # a holder's status, before a title or a role
_TENURE = frozenset(f"{_STATUS_WORDS} former late then future".split())  # (part of a role)
_CAPS_REST = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.&'\u2019-]*))*")
# words of a description, then a party's member and a name ("Oversight ranking Democrat Elijah
# Cummings", "Senate Intelligence Ranking Democrat Dianne Feinstein")
_DESCRIBED_MEMBER = re.compile(r".*\S\s+((?:Democrat|Republican|Libertarian|Tory)\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})\s*")
# a trade, then a firm's name ("Chipmaker Norvane", "tech giant Norvane", "Retail giant Norvane Ltd")
_TRADE_THEN_NAME = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:(?:[Tt]ech|[Rr]etail|[Ee]nergy|[Oo]il|[Ss]oftware|[Mm]edia|[Ss]teel|[Mm]ining|"
                              r"[Ff]ood|[Bb]anking|[Ii]nternet|[Ss]ocial\s+media|[Ee]-commerce|[Pp]harmaceutical|[Cc]hemicals?)\s+giant|"
                              r"(?i:automaker|carmaker|chipmaker|drugmaker|planemaker|lender|insurer|retailer|conglomerate)))\s+"
                              r"([A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s*")
# "Council member Tor Lind", "Ostby school board member Ada Kone": a body's member, then the name
_BODY_MEMBER = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?((?:[\w.'\u2019-]+\s+){0,3}?(?i:council|board|committee|commission|assembly|"
                          r"parliament|cabinet|congress|senate|house|jury|panel))\s+(members?|member-elect)\s+"
                          r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s*")
# ("X (D-Newport News)", "former Sen. Scott Brown, R-Mass.": the party and state after the name)
_PARTY_LABEL = re.compile(r"\s*\((?:[DRI]|Dem|Rep|Ind)-[^()]{1,30}\)\s*$|,\s*(?:[DRI]|Dem|Rep|Ind)-[A-Z][\w.]{1,12}\.?\s*$")
# "former Sen.", "former Gov.": a tenure, then a title's abbreviation
_FORMER_TITLE = re.compile(r"(former\s+)([A-Z][a-z]{1,5})\.\s+[A-Z]")
# a pronoun with its auxiliary ("as I've suggested", "they'd argued"): the pronoun
_CONTRACTED = re.compile(r"(?i)(i|we|they|he|she|you|it)['\u2019](?:ve|d|ll|re|m|s)")
# a holder's status before a title ("retired Lt. Gen. X", "outgoing Gov. Y", "state Sen. Z"): not part of the name
_STATUS = re.compile(r"(?i:" + "|".join(_STATUS_WORDS.split()) + r")\s+(?=[A-Z])|(?:[Ss]tate|[Cc]ity|[Cc]ounty|[Ff]ederal)\s+(?=(?:Sen|Rep|Del|Gov)\.\s)")


# a day's or a month's possessive before a body's name ("Sunday's Norpoll survey"), or a month
# without one ("a September Norpoll survey"; not "May", a name too, nor a day: "a Sunday Times poll")
_DAY_OWNER = re.compile(r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|May)['\u2019]s|(?:January|February|"
                        r"March|April|June|July|August|September|October|November|December)(?:['\u2019]s)?)\s+(?=[A-Z])")
_OWNER_THEN_NAME = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+([A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,2})")
# a nickname in quotation marks between the parts of a name ('Herbert "Joe" Pase'); group 1 is the
# word before it
NICKNAME = re.compile(r"(\b[A-Z][\w.'-]*)\s+[\"\u201c\u2018'][A-Z][\w.'-]*[\"\u201d\u2019']\s+(?=[A-Z])")


def one_with_two_roles(np: str) -> str | None:
    """The first description of ``np`` when it is one person's two roles after one article ("the
    Florida senator and Republican presidential candidate", "The Democratic front-runner and former
    secretary of state"), else None ("the governor and the mayor" are two people)."""
    both = _TWO_ROLES.fullmatch(np.strip())
    if both is None:
        return None
    first, second = both.group(1), re.split(r"\s+(?:of|for|at|to)\s+", both.group(2))[0]
    # (both ending in a person's role: not "a spokesperson for the Parks and Recreation Department",
    # a body's name with "and" in it)
    return first if all(strip_possessive(p.split()[-1].lower()) in L.PERSON_ROLES for p in (first, second)) else None


def split_title(name: str) -> tuple[str, str | None]:
    """(name, title) of a name run that holds a title abbreviation: "Gov. Ada Kell" -> (Ada Kell,
    gov); "Former Florida Sen. Bob Graham", "Texas Gov. Greg Abbott": a place (or "Former") before
    the title is the office's, the name is what follows it -> (Bob Graham, former florida sen); after
    "Former" alone, a surname alone ("Former Gov. Kone", "Former AG Kone")."""
    t = TITLE_ABBR.match(name)
    if t and len(name[t.end():].split()) >= 1:
        return name[t.end():], t.group(0).strip().rstrip(".").lower()
    inner = _INNER_TITLE.search(name)
    if inner and len(name[inner.end():].split()) >= (1 if name[:inner.start()].strip().lower() == "former" else 2):
        return name[inner.end():], name[:inner.end()].strip().rstrip(".").lower()
    return name, None


_INNER_TITLE = re.compile(r"(?<=[\w.])\s+(?:(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Amb|Cmdr|Supt|Insp|Det|Brig)\.|AG)\s+(?=[A-Z])")


# a share of people, the way polls report them: "Majorities of Democrats", "Nearly nine out of 10",
# "Six in 10 voters", "67 percent of voters", "two-thirds of Republicans"
_SHARE = re.compile(r"(?i:(?:nearly|almost|about|roughly|around|some|just|only|over|under|more\s+than|fewer\s+than|"
                    r"less\s+than|a\s+full)\s+)?(?:(?i:majorit(?:y|ies)|minorit(?:y|ies)|half|a\s+third|a\s+quarter|"
                    r"(?:one|two|three)-(?:thirds?|quarters?|fifths?))\s+of\b|(?i:\d[\d.,]*|one|two|three|four|five|six|"
                    r"seven|eight|nine|ten)\s+(?i:percent\b|%|(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|"
                    r"eight|nine|ten)\b))")  # (and "Two in three", "One out of every nine")


# the object and possessive forms of the pronouns ("According to him", "his warning that ..."): the
# subject form they stand for
SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "his": "he", "its": "it", "their": "they",
                 "our": "we"}


# a name of one to four capitalised words, as set off by commas (", Ivo Rask,")
SET_OFF_NAME = r"(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
_FUNCTION = PREPS | frozenset("by as and or than".split())
_NAME_JOINS = ("of", "and", "&", "for")  # the small words inside a body's name ("Center for ...", "Bank of ...")
_COUNTS = frozenset("both two three four five six seven eight nine ten".split())
_LIST_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*"
_NAME_LIST = re.compile(rf"{_LIST_NAME}(?:,\s+{_LIST_NAME})+,?\s+and\s+{_LIST_NAME}")


# a dash that sets an apposition off, as a comma does ("Republican pollster Whit Ayres -- author of ...")
# after a name, before a description in lower case (not a list: "two candidates - Sen. X and Gov. Y"; not
# the members a group includes: "Democrats -- including Kone")
_SET_OFF_DASH = re.compile(r"\b([A-Z][\w.'\u2019-]*)\s+(?:-{1,2}|[\u2013\u2014])\s+(?=(?:an?\s+|the\s+)?[a-z]+\s)(?!including\b)")


# a military branch before a rank ("Army Capt. Ada Kone", "Air Force Gen. Ivo Rask"): the rank's service,
# no body that speaks
_BRANCH_RANK = re.compile(r"(?:U\.S\.\s+)?(?:Army|Navy|Marine(?:s|\s+Corps)?|Air\s+Force|Coast\s+Guard|National\s+Guard)\s+"
                          r"(?=(?:Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Spc)\.?\s)")


_HOUSE_SPEAKER = re.compile(r"(?:[Tt]he\s+)?(?:former\s+)?Speaker\s+of\s+the\s+House\s+(?:(?:Rep|Sen)\.\s+)?(?=[A-Z][a-z])")


def _parse_mention(np: str) -> Mention:
    """Parse a speaker noun phrase into name / role / organisation."""
    np = np.strip().strip(",").strip()
    if (office := _HOUSE_SPEAKER.match(np)) is not None:
        # "Speaker of the House Rep. Paul Ryan": the office before the name, no body named "Speaker"
        return replace(parse_mention(np[office.end():]), text=np, role="speaker of the house")
    if (branch := _BRANCH_RANK.match(np)) is not None:
        m = parse_mention(np[branch.end():])
        return replace(m, text=np, org=m.org or canonical_org(branch.group().strip()))
    if _SHARE.match(np):
        return Mention(np, plural=True)  # a share of those polled: a group, never a body or a person
    if (commas := _SET_OFF_DASH.sub(r"\1, ", np)) != np:
        return replace(parse_mention(commas), text=np)  # (the dash read as a name's part made "Whit Ayres" a body)
    # appositive: "Zabihullah Mujahid, a Taliban spokesperson" / "Smith, chief economist at X"
    # ("Two Ostby Republicans, Reps. Ada Kone and Tom Pell": a description, then the names)
    if "," in np and _NAME_LIST.fullmatch(np) and np.split()[0].lower() not in _COUNTS and not any(
            is_role(p.split()[-1].lower()) or p.split()[-1].isupper() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", np)):
        return Mention(np, name=np, plural=True)  # "Ben Kone, Ted Ruiz and Rand Ostby": a list of persons, no apposition
    if "," in np and (place := _PLACE_AFTER.search(np)) is not None and np[:place.start()].split()[-1][:1].isupper():
        # "officials familiar with the server taken from her house in Chappaqua, N.Y.": the state of a
        # place named inside the description, no apposition naming a body
        return replace(parse_mention(np[:place.start()]), text=np)
    if "," in np:
        head, _, rest = np.partition(",")
        a, b = parse_mention(head), parse_mention(rest.strip().rstrip(","))
        including = rest.lstrip().lower().startswith(("including", "among", "such as"))
        if including:
            b = replace(b, org=None, org_generic=False)  # ("Other unions, including the American Federation of ...")
        # ("Two Ostby Republicans, Reps. Ada Kone and Tom Pell": after a counted description, the names
        # it counts; not "some Republicans, including Senator X": one of them)
        counted = head.split()[:1] and head.split()[0].lower() in _COUNTS and not including
        if a.is_org and not a.name and b.name and not b.org and not b.role and not including \
                and b.name.split()[0].lower() not in L.GIVEN_NAMES and " and " not in b.name:
            # "The national weather service, MeteoAltavia", "the operator, Baltgrid": a body, then its name
            return Mention(np, org=canonical_org(b.name), role=a.role, definite=a.definite, is_org=True)
        if a.is_org and not a.name and a.org and not a.org[:1].isupper() and not b.name and b.org and not b.org_generic \
                and b.org[:1].isupper() and not b.role and not including:
            # "The construction workers' union, BUV,": a body described, then its name (not "the union, the
            # Norburg branch")
            return Mention(np, org=b.org, role=a.role, definite=a.definite, is_org=True)
        if not a.name and a.org and a.org[:1].isupper() and (a.role or "").split()[-1:] and a.role.split()[-1] in L.BODY_ROLES \
                and not b.name and b.org and b.is_org and not b.org_generic and b.org[:1].isupper() and not b.role and not including:
            # "Ostland's main opposition party, the Liberty and Progress Alliance,": the body so described, by its name
            # (not the country or the person it belongs to)
            return Mention(np, org=b.org, role=a.role, definite=a.definite, is_org=True)
        name = (b.name or a.name) if counted else (a.name or b.name)
        org = a.org or b.org
        if a.is_org and not name:
            org = org or canonical_org(head)
        role = b.role or a.role
        if a.role and a.org and not a.name and not b.name and b.role not in L.PERSON_ROLES:
            role = a.role  # "The editor of Utrop, a newspaper for ...": the apposition is Utrop's
        return Mention(np, name=name, org=org, org_generic=(a.org_generic or b.org_generic) and not (a.org and not a.org_generic) and not (b.org and not b.org_generic),
                       role=role, definite=a.definite, plural=a.plural, is_org=a.is_org and not name)
    toks = TOKEN.findall(np)
    low = [t.lower() for t in toks]
    if len(toks) == 1 and low[0] in SUBJECT_FORMS:  # "According to him": the person "he" would be
        low = [SUBJECT_FORMS[low[0]]]
    if len(toks) == 1 and (low[0] in L.PRONOUNS or low[0] in ("you", "me", "us")):  # "You could leave it thinking"
        return Mention(np, pronoun=low[0], plural=low[0] in ("they", "we"))
    while len(toks) > 1 and low[0] in L.CAP_FUNCTION and low[0] not in L.PRONOUNS and low[0] not in L.DETERMINERS:
        toks, low = toks[1:], low[1:]  # "Moreover the report", "Meanwhile the company": a sentence adverb
    definite = bool(low) and low[0] in ("the", "this", "that")
    while toks and low[0] in L.DETERMINERS:
        toks, low = toks[1:], low[1:]
    if len(toks) > 1 and low[0] == "of":  # "Many of his supporters": his supporters
        toks, low = toks[1:], low[1:]
        while len(toks) > 1 and low[0] in L.DETERMINERS:
            toks, low = toks[1:], low[1:]
    if not toks:
        return Mention(np)
    based = next((i for i, t in enumerate(toks) if re.fullmatch(r"[A-Z][\w.]*-based", t)), None)
    if based is not None and len(toks) == based + 2 and low[-1] in L.BODY_ROLES \
            and all(cap(t) for t in toks[:based]):
        toks, low = toks[based + 1:], low[based + 1:]  # "the Calder Bay-based company": where it is, then what it is
    if len(toks) in (3, 4) and re.fullmatch(r"[A-Z][\w.]*-(?:based|born|raised)", toks[0]) and all(
            namey(t) and cap(t) for t in toks[1:]) and not is_orgish(toks[1:]):
        return Mention(np, name=" ".join(toks[1:]), role=low[0], definite=definite)  # "Texas-based Matt Mackowiak"
    # "master of ceremonies Tom Pell", "director of communications Ada Kone": a description of its
    # own, then the full name ("a friend of Tom Pell" is someone else: the description ends in "of";
    # "a projection from the Cook Political Report" is a body's)
    tail = len(toks)
    while tail > 0 and namey(toks[tail - 1]) and cap(toks[tail - 1]):
        tail -= 1
    if 2 <= len(toks) - tail <= 3 and tail >= 2 and PREPS & set(low[:tail]) and low[tail - 1] not in PREPS \
            and low[tail - 1].isalpha() and not low[tail - 1].endswith(("ed", "ing")) \
            and not {"the", "a", "an", "by", "from"} & set(low[:tail]) \
            and not any(cap(t) for t in toks[:tail]) and not is_orgish(toks[tail:]) and not country(" ".join(toks[tail:])):
        return Mention(np, name=" ".join(toks[tail:]), role=" ".join(low[:tail]), definite=definite)
    # role word: last token that is a role (before any preposition phrase)
    prep_at = next((i for i, t in enumerate(low) if t in PREPS and i > 0), len(toks))
    lead = next((k for k, t in enumerate(toks) if cap(t)), len(toks))
    if 1 <= lead <= 3 and lead < prep_at and all(re.fullmatch(r"[a-z][a-z-]*", t) and not is_role(t) and t not in _FUNCTION
                                                  for t in toks[:lead]) \
            and is_orgish(toks[lead:prep_at]) and not any(t.lower() in L.PERSON_ROLES for t in toks[lead:prep_at]) \
            and all(cap(t) or t.lower() in _NAME_JOINS for t in toks[lead:prep_at]):
        # "the opposition Democratic Front", "the ruling Labour Party": what the body is, then its name
        return replace(parse_mention(" ".join(toks[lead:])), text=np, definite=definite)
    role_idx = None
    for i in range(prep_at - 1, -1, -1):
        if is_role(low[i]) and not (i and cap(toks[i]) and (low[i - 1] in L.GIVEN_NAMES or re.fullmatch(r"[A-Z]\.", toks[i - 1]))
                                    and cap(toks[i - 1])):
            role_idx = i  # (not "Amy Pope", "CNN anchor John King", "Peter T. King": a surname after a given name or an initial)
            break
    if role_idx is not None and role_idx > 0 and low[role_idx - 1].rstrip(".") in L.COURTESY_TITLES \
            and cap(toks[role_idx]):
        role_idx = None  # "Mr. Prince", "Ms. Judge": a surname, not a role
    # a capitalised body word inside a proper name: "Network Rail", "Labor Department", "the Kremlin"
    # (not "an ABC News Poll": the pollster's name, then what it put out)
    if role_idx is not None and cap(toks[role_idx]) and (strip_possessive(low[role_idx]) not in L.PERSON_ROLES or (
            # ("The Valmora Supporters' Trust": people's word before the body's, all one name)
            role_idx + 1 < prep_at and cap(toks[role_idx + 1]) and low[role_idx + 1] in L.ORG_WORDS)) \
            and all(namey(t) or t.lower() in _NAME_JOINS for t in toks[:prep_at]) \
            and not (role_idx == prep_at - 1 and role_idx > 0 and low[role_idx] in _POLLS
                     and low[role_idx - 1] not in _POLL_WORDS):
        role_idx = None
    if role_idx is not None and role_idx == prep_at - 1 and _members_of_a_country(toks[:prep_at], toks[prep_at + 1:]) \
            and all(cap(t) for t in toks[:prep_at]):
        role_idx = None  # "the Communications Workers of America": a body's name, not workers of a country
    if role_idx is not None and role_idx > 0 and cap(toks[role_idx]) and role_idx < prep_at - 1 \
            and all(not cap(t) for t in toks[role_idx + 1:prep_at]) and low[prep_at - 1].endswith("s"):
        # "Many World Bank watchers": the capitalised body word names what they watch; the people are
        # the common noun after it, a group ("Government security forces": a sentence's first capital)
        return Mention(np, plural=True, definite=definite)
    name = org = role = None
    org_generic = False
    is_org = False
    if role_idx is None:
        core = toks[:prep_at]
        k = max((i for i, t in enumerate(core[:-2]) if t.lower() in L.NAME_DESCRIPTORS), default=None)
        if k is not None and 2 <= len(core) - k - 1 <= 3 and all(namey(t) for t in core[k + 1:]) \
                and not {"and", "&"} & {t.lower() for t in core}:  # ("Trump and House Speaker Paul Ryan": two)
            # "Billionaire Donald Trump", "House Speaker Paul Ryan": a description, then the full name
            return Mention(np, name=" ".join(core[k + 1:]), role=" ".join(core[:k + 1]).lower(), definite=definite)
        # "his wife Stella Assange": a description, then the full name
        if len(core) >= 3 and cap(core[-1]) and cap(core[-2]) and not any(cap(t) for t in core[:-2]):
            k = len(core)
            while k > 0 and namey(core[k - 1]):
                k -= 1
            return Mention(np, name=" ".join(core[k:]), role=" ".join(core[:k]).lower() or None, definite=definite)
        if core and all(namey(t) for t in core if t.lower() not in _NAME_JOINS):
            if prep_at < len(toks) and 2 <= len(core) <= 3 and not is_orgish(core) and not country(" ".join(core)) \
                    and all(t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha() for t in core) \
                    and any(cap(t) for t in toks[prep_at + 1:]) and not _members_of_a_country(core, toks[prep_at + 1:]):
                # "Robert Antonacci of the New York delegation": a person and where they come from
                rest = [t for t in toks[prep_at + 1:] if t.lower() not in ("the", "a", "an")]
                return Mention(np, name=" ".join(core), org=canonical_org(" ".join(rest)) if rest else None,
                               definite=definite)
            if is_orgish(core) or prep_at < len(toks):
                is_org = True
                org = canonical_org(" ".join(toks))
            else:
                name = " ".join(core)
        return Mention(np, name=name, org=org, role=None, definite=definite, is_org=is_org)
    # role found
    role_toks = [toks[role_idx]]
    j = role_idx - 1
    while j >= 0 and (low[j] in L.ROLE_MODIFIERS or (not cap(toks[j]) and not toks[j].endswith(("'s", "\u2019s")))):
        if low[j] in L.BODY_ROLES and cap(toks[j]) and j and cap(toks[j - 1]):
            break  # "A NSW Police spokesman": the body's name ends in its capitalised word
        role_toks.insert(0, toks[j])
        j -= 1
    pre = toks[: j + 1]
    post = toks[role_idx + 1:]
    role = " ".join(role_toks).lower()
    head = strip_possessive(low[role_idx])
    plural = head in L.GROUP_ROLES or (head.endswith("s") and head not in L.PERSON_ROLES and head not in L.BODY_ROLES)
    if head not in L.PERSON_ROLES and head not in L.BODY_ROLES:
        head = singular(head)
    office_of = _office_then_name(post) if head in L.PERSON_ROLES and head not in L.GROUP_ROLES else None
    if office_of is not None:
        # "Ambassador to Vestria Ilse Marrow", "Secretary of Homeland Security Dana Okafor": what the
        # office is of (a spokesman's: whom he speaks for), then the person
        office, name = office_of
        if head in L.REPRESENTATIVE_ROLES:
            org = canonical_org(office)
        else:
            role += " " + post[0].lower() + " " + office.lower()
        post = []
    # "Secretary of State Antony Blinken"
    if post and post[0].lower() == "of" and head in ("secretary", "minister", "chief") and len(post) >= 2 and cap(post[1]):
        role += " of " + post[1].lower()
        post = post[2:]
        if post and post[0].lower() == "the":
            post = post[1:]
    if post and post[0].lower() == "in" and head in L.PERSON_ROLES and (
            strip_possessive(low[-1]) not in _SPOKEN_FOR_IN or PREPS & set(low[prep_at + 1:])):
        pass  # "a federal judge in Texas": where, not whom the judge speaks for ("an official in the Ostland government" is)
    elif post and post[0].lower() in PREPS:
        rest = post[1:]
        if len(rest) > 1 and rest[0].lower() in ("a", "an") and not cap(rest[1]) and head in L.BODY_ROLES \
                and head not in L.PERSON_ROLES:
            rest = []  # "The municipal council of a small town in Canada's Prairies": the body, unnamed
        if rest and rest[0].lower() in ("the", "a", "an"):
            rest = rest[1:]
        if len(rest) > 1 and not cap(rest[0]) and rest[0].endswith(("'s", "\u2019s")) and cap(rest[1]):
            rest = rest[1:]  # "of the country's Securities and Exchange Commission": the body's name
        if rest:
            org_text = " ".join(rest)
            if any(cap(t) for t in rest):
                org = canonical_org(org_text)
            elif post[0].lower() == "of" and head in _OFFICES and rest == post[1:] \
                    and len(rest) <= 2:  # (not "the office of the mayor": the mayor's)
                org = f"{head} of {org_text.lower()}"  # "the ministry of defence": the ministry, by what it is of
                org_generic = True
            else:
                org = org_text.lower()
                org_generic = True
    elif post and all(namey(t) or t == "&" for t in post) and any(cap(t) for t in post):
        if head in L.BODY_ROLES and head not in L.PERSON_ROLES:
            # "home goods retailer Harbor & Pine Co", "chipmaker Nvidia": the body is named
            org = canonical_org(" ".join(post))
            return Mention(np, org=org, role=role, definite=definite, is_org=True)
        name = " ".join(post)
    elif post and any(t.lower() in PREPS for t in post[1:]):
        # "Senator Mary Smith of Ohio": the name, then where the person comes from
        k = next(i for i, t in enumerate(post) if i and t.lower() in PREPS)
        rest = [t for t in post[k + 1:] if t.lower() not in ("the", "a", "an")]
        if all(namey(t) and cap(t) for t in post[:k]) and rest:
            name = " ".join(post[:k])
            if post[k].lower() not in ("of", "from"):
                pass  # "President Obama in a speech": where or when, not whom the person speaks for
            elif any(cap(t) for t in rest):
                org = canonical_org(" ".join(rest))
            else:
                org, org_generic = " ".join(rest).lower(), True  # "John Doe of the ministry"
    if pre:
        # the capitalised run nearest the role is the organisation; lower-case words modify the role
        k = len(pre)
        while k > 0 and (cap(pre[k - 1]) or (pre[k - 1].lower() in ("of", "and", "&") and k > 1 and k < len(pre))):
            k -= 1
        run = pre[k:]
        mods = pre[:k]
        if mods and not any(cap(t) for t in mods):
            role = " ".join(mods).lower() + " " + role
        pre_clean = strip_possessive(" ".join(run)) if run else ""
        # the organisation before the role wins over a "for X" topic: "UN envoy for Yemen"
        if run and definite and head in COMMERCIAL and not name and (
                pre_clean.lower() in L.DEMONYMS or country(pre_clean) or (len(run) == 1 and not is_orgish(run))):
            # "the Detroit automaker", "the German carmaker", "the Swiss bank": a company already named
            org, org_generic = "the " + head, True
        elif run and (pre_clean.lower() in L.DEMONYMS or (head in _LAW_ENFORCEMENT and country(pre_clean))) and not name \
                and any(w in _PRIVATE_ROLES or (w.endswith("s") and w[:-1] in _PRIVATE_ROLES) or w in _LAW_ENFORCEMENT
                        for w in low[role_idx:prep_at]):
            # "Chinese military commentators", "a German economist": people of that country, who do
            # not speak for its state; "Australian police", "Canberra police", "Italian investigators":
            # the force that investigates, not the state's voice
            return Mention(np, role=f"{pre_clean.lower()} {role}", definite=definite, plural=plural)
        elif run and pre_clean.lower() in L.DEMONYMS and "and" not in low[:k]:
            # (not "Ada Kone and other right-wing Israeli leaders": a named person and a group, no state)
            org, org_generic = L.DEMONYMS[pre_clean.lower()], False
        elif run and head in L.BODY_ROLES and head not in _STATE_BODIES and not is_orgish(run) \
                and re.search(r"['\u2019]s?$", run[-1]) and (country(pre_clean) or pre_clean.lower() in L.DEMONYMS
                                                            or pre_clean.lower() in L.US_STATES or _RANKED.match(role)):
            # "Sweden's central bank": a body of that country, not the country itself ("Ohio's biggest utility",
            # "Chicago's largest teachers union": a body of a state or a city, ranked among its kind there)
            org, org_generic = f"{pre_clean}'s {role}", False
        elif run:
            org, org_generic = canonical_org(pre_clean), False
        elif strip_possessive(pre[-1].lower()) in L.BODY_ROLES:
            org = org or strip_possessive(" ".join(pre)).lower()
            org_generic = True
    if plural and not name and not org and not any(cap(t) for t in pre):
        return Mention(np, role=role, definite=definite, plural=True)
    if plural and org and not name and not (country(org) or org in L.COUNTRIES.values() or org in L.DEMONYMS.values()
                                            or is_orgish(org.split())):
        # "Rail operators", "City officials": the group, not an organisation called "Rail"
        return Mention(np, role=" ".join(toks[:prep_at]).lower(), definite=definite, plural=True)
    if head in L.BODY_ROLES and not name and not org:
        # "the insurgents", "the company" speak as a body
        org = ("the " if definite else "") + " ".join(toks[: prep_at]).lower()
        if head in ("police", "authorities", "government", "military", "army"):
            org = " ".join(toks[: prep_at]).lower()
        org_generic = True
        is_org = True
    return Mention(np, name=name, org=org, org_generic=org_generic, role=role, definite=definite,
                   plural=plural, is_org=is_org)


# Roles whose holders speak for themselves, not for the state their demonym names (their singular
# and plural forms: ``head`` is singular by the time it is compared)
_PRIVATE_ROLES = frozenset("""commentator analyst expert economist scientist researcher academic scholar voter
resident citizen people student trader investor activist worker farmer doctor journalist reporter blogger
fan critic observer pundit columnist historian writer banker lawyer businessman businesswoman
entrepreneur executive strategist pollster union carmaker automaker company firm business employer manufacturer
exporter bank lender insurer retailer airline lawmaker legislator""".split())  # (bodies of that country, not its state)
_LAW_ENFORCEMENT = frozenset("police investigators investigator prosecutors prosecutor detectives detective".split())
_STATE_BODIES = frozenset("government administration cabinet presidency kremlin".split())
COMMERCIAL = frozenset(
    "company firm automaker carmaker chipmaker drugmaker manufacturer retailer lender insurer conglomerate "
    "airline carrier bank".split())


# a body ranked among those of a place ("largest", "second-biggest", "main", "leading")
_RANKED = re.compile(r"(?:(?:second|third|fourth|fifth)[\s-]+)?(?:largest|biggest|main|leading|oldest|top|dominant|"
                     r"principal|most\s+\w+)\b")


def _members_of_a_country(core: list[str], rest: list[str]) -> bool:
    """Capitalised words that end in a plural and name no one, then a country or a state ("Concerned
    Veterans for America", "Communications Workers of America", "Boy Scouts of America"): a body
    named for its members and where they are, not a person ("Tom Adams of Canada", "Ana Harris of
    Peru") or the country."""
    place = " ".join(t for t in rest if t.lower() not in ("the", "a", "an"))
    last = strip_possessive(core[-1].lower())
    return len(core) >= 2 and (country(place) is not None or place.lower() in L.US_STATES) \
        and last.endswith("s") and not last.endswith(("ss", "is", "us")) \
        and core[0].lower() not in L.GIVEN_NAMES and not TITLE_ABBR.match(" ".join(core))


def is_share(np: str) -> bool:
    """"59 percent", "Less than a third", "About 4 in 10": a share of those polled."""
    return bool(_SHARE.match(np.strip()) or _BARE_SHARE.fullmatch(np.strip()))


_BARE_SHARE = re.compile(r"(?i:(?:nearly|almost|about|roughly|just|only|over|under|more|less|fewer)\s+(?:than\s+)?)?"
                         r"(?i:(?:a|one|two|three)[\s-]+)?(?i:half|thirds?|quarters?|fifths?|majority|minority)")


def is_role(w: str) -> bool:
    w = strip_possessive(w.lower())
    if w in L.PERSON_ROLES or w in L.BODY_ROLES:
        return True
    if w.endswith("ies") and w[:-3] + "y" in L.BODY_ROLES:
        return True
    return w.endswith("s") and (w[:-1] in L.PERSON_ROLES or w[:-1] in L.BODY_ROLES)


def _office_then_name(post: list[str]) -> tuple[str, str] | None:
    """After a role word, a preposition, what the office is of or for, and a person's name:
    ("to", "Vestria", "Ilse", "Marrow") -> ("Vestria", "Ilse Marrow"). The name is the last two
    capitalised words (three with a particle: "Pieter de Vries"); None when the words do not read
    so ("for the New York Police Department": a body, no person)."""
    if len(post) < 4 or post[0].lower() not in PREPS:
        return None
    rest = post[2:] if post[1].lower() == "the" else post[1:]
    n = 3 if len(rest) >= 4 and rest[-2].lower() in L.NAME_PARTICLES else 2
    office, who = rest[:-n], rest[-n:]
    while len(office) > 1 and office[-1].lower() in L.GIVEN_NAMES and cap(office[-1]):
        who = [office.pop()] + who  # ("Secretary of State Hillary Rodham Clinton": three names)
    # (the office's words capitalised, or a title's own word in lower case: "secretary of state Ada Kone")
    if not office or not all(cap(t) or t in L.ROLE_MODIFIERS for t in office) or not (cap(who[0]) and cap(who[-1])) or not all(
            re.fullmatch(r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*|[a-z]+", t) for t in who):
        return None
    if is_orgish(who) or country(" ".join(who)) or who[-1].lower() in L.PLACE_HEADS or who[0].lower() in L.DEMONYMS:
        return None
    return " ".join(office), " ".join(who)
