"""Who said it: speaker attribution through reported speech (pure, deterministic).

For every sentence :func:`attribute` returns an :class:`Attribution`: the speaker (or None
for the reporter's own voice), the words that attribute it (the *cue*, e.g. ``", a
spokesperson for the insurgents said"``) and the spans of what is reported (the *content*).

Handled constructions::

    <content>, X said [on Monday] [, adding that <content>]      tail
    "<content>," X told Reuters.  /  "<content>," said X, the ...  quote tail, inverted
    [Preamble,] X said [on Monday] [that] <content>                front
    X said: "<content>"                                            front with colon
    According to X, <content>  /  <content>, according to X        according
    "<s1> <s2> <s3>," he said.                                     quote spanning sentences
    "<quote>"  (next paragraph, no cue)                            continuation of last speaker

Mentions are resolved to the name an analyst files a claim under: a named person keeps
their name with the organisation as affiliation ("Taliban spokesperson Zabihullah Mujahid");
an unnamed representative speaks for the organisation ("a spokesperson for the US State
Department" -> "US State Department"); pronouns and definite descriptions ("he", "the
official") go to the last compatible speaker; a generic organisation ("a spokesperson for
the insurgents") is linked to a named one the article ties it to (the armed group named in
the same sentence, or the organisation of a later-named speaker with the same role).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimledger.extraction import _lexicon as L
from claimledger.extraction.model import Sentence
from claimledger.extraction.parse import parse
from claimledger.extraction._cues import SOURCE_NOUNS
from claimledger.extraction.speech import SyntaxCue, may_hold_cue
from claimledger.extraction.speech import find_cue as syntax_cue
from claimledger.extraction.sentences import is_headline

__all__ = ["Speaker", "Attribution", "attribute", "parse_mention", "quote_regions"]


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str  # person, organisation, government, group, unknown
    mention: str
    affiliation: str | None = None
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Attribution of one sentence. Spans are absolute offsets into the article text."""

    speaker: Speaker | None
    how: str  # reporter, tail, quote, inverted, front, according, lookahead, continuation
    cue: tuple[int, int] | None = None
    content: tuple[tuple[int, int], ...] = ()
    verb: str | None = None
    quoted: bool = False
    source: int | None = None  # index of the sentence whose attribution this one continues
    reporter: tuple[tuple[int, int], ...] = ()  # parts of the sentence the reporter states ("X cut ... and said")


# ---------------------------------------------------------------------------------------------
# quotation regions

_OPEN_Q = "\u201c"
_CLOSE_Q = "\u201d"


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(open, close, closed) of double-quoted stretches in text[start:end] (one paragraph).
    An unclosed quotation runs to the end of the paragraph (news style: it continues)."""
    out: list[tuple[int, int, bool]] = []
    opened = -1
    for i in range(start, end):
        c = text[i]
        if c == '"':
            if opened < 0:
                opened = i
            else:
                out.append((opened, i + 1, True))
                opened = -1
        elif c == _OPEN_Q:
            if opened < 0:
                opened = i
        elif c == _CLOSE_Q:
            if opened >= 0:
                out.append((opened, i + 1, True))
                opened = -1
    if opened >= 0:
        out.append((opened, end, False))
    return out


# ---------------------------------------------------------------------------------------------
# mention parsing

_TOKEN = re.compile(r"[A-Za-z0-9][\w'\u2019.&-]*|\S")
_PREPS = frozenset("for of at with from in to on".split())


def _cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit() and tok.endswith("+")


def _namey(tok: str) -> bool:
    """A token that can be part of a proper name: capitalised, or a particle ("ten", "al-")."""
    return tok[:1].isupper() or tok.lower() in L.NAME_PARTICLES or bool(re.match(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z]", tok))


def _strip_possessive(s: str) -> str:
    return re.sub(r"['\u2019]s?$", "", s)


def _country(name: str) -> str | None:
    key = name.lower().strip()
    if key.startswith("the "):
        key = key[4:]
    return L.COUNTRIES.get(key)


def canonical_org(name: str) -> str:
    name = name.strip().strip(",")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = _strip_possessive(name)
    c = _country(name)
    return c or name


def org_kind(name: str) -> str:
    low = name.lower()
    words = set(re.findall(r"[a-z.-]+", low))
    if _country(name) or low in L.COUNTRIES.values() or words & {"ministry", "government",
                                                                  "administration", "cabinet",
                                                                  "presidency", "embassy",
                                                                  "kremlin", "pentagon"}:
        return "government"
    if "department" in words and ("state" in words or _leading_country(name)):
        return "government"
    if words & L.ARMED_GROUPS:
        return "group"
    return "organisation"


def _leading_country(name: str) -> bool:
    first = name.split()[0] if name.split() else ""
    return bool(_country(first) or first.lower() in L.DEMONYMS)


def _is_orgish(tokens: list[str]) -> bool:
    if not tokens:
        return False
    low = [t.lower().strip(",") for t in tokens]
    joined = " ".join(low)
    if _country(joined):
        return True
    if any(t in L.ORG_WORDS or t in L.ARMED_GROUPS for t in low) or "&" in low:
        return True
    if len(tokens) == 1 and re.fullmatch(r"[A-Z][A-Z.&]{1,7}", tokens[0]):
        return True  # acronym: NATO, IMF, WHO
    if len(tokens) == 1 and re.fullmatch(r"[A-Z][a-z]{3,}(?:bank|corp)", tokens[0]):
        return True  # Riksbank, Bundesbank
    return False


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


_TITLE_ABBR = re.compile(r"^(?:(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Amb|Cmdr|Supt|Insp|Det|Brig|Const|Cst)\.?\s+)+(?=[A-Z])")


def parse_mention(np: str) -> Mention:
    """Parse a speaker noun phrase into name / role / organisation. A title abbreviation before
    a name ("Gov. Ada Kell", "Dr. Laura Benavides") is the role, not part of the name."""
    m = _parse_mention(np)
    if m.name:
        t = _TITLE_ABBR.match(m.name)
        if t and len(m.name[t.end():].split()) >= 1:
            return replace(m, name=m.name[t.end():], role=m.role or t.group(0).strip().rstrip(".").lower())
    return m


def _parse_mention(np: str) -> Mention:
    """Parse a speaker noun phrase into name / role / organisation."""
    np = np.strip().strip(",").strip()
    # appositive: "Zabihullah Mujahid, a Taliban spokesperson" / "Smith, chief economist at X"
    if "," in np:
        head, _, rest = np.partition(",")
        a, b = parse_mention(head), parse_mention(rest.strip().rstrip(","))
        name = a.name or b.name
        org = a.org or b.org
        if a.is_org and not name:
            org = org or canonical_org(head)
        role = b.role or a.role
        if a.role and a.org and not a.name and not b.name and b.role not in L.PERSON_ROLES:
            role = a.role  # "The editor of Utrop, a newspaper for ...": the apposition is Utrop's
        return Mention(np, name=name, org=org, org_generic=(a.org_generic or b.org_generic) and not (a.org and not a.org_generic) and not (b.org and not b.org_generic),
                       role=role, definite=a.definite, plural=a.plural, is_org=a.is_org and not name)
    toks = _TOKEN.findall(np)
    low = [t.lower() for t in toks]
    if len(toks) == 1 and low[0] in L.PRONOUNS:
        return Mention(np, pronoun=low[0], plural=low[0] in ("they", "we"))
    definite = bool(low) and low[0] in ("the", "this", "that")
    while toks and low[0] in L.DETERMINERS:
        toks, low = toks[1:], low[1:]
    if not toks:
        return Mention(np)
    # role word: last token that is a role (before any preposition phrase)
    prep_at = next((i for i, t in enumerate(low) if t in _PREPS and i > 0), len(toks))
    role_idx = None
    for i in range(prep_at - 1, -1, -1):
        if _is_role(low[i]):
            role_idx = i
            break
    if role_idx is not None and role_idx > 0 and low[role_idx - 1].rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") \
            and _cap(toks[role_idx]):
        role_idx = None  # "Mr. Prince", "Ms. Judge": a surname, not a role
    # a capitalised body word inside a proper name: "Network Rail", "Labor Department", "the Kremlin"
    if role_idx is not None and _cap(toks[role_idx]) and _strip_possessive(low[role_idx]) not in L.PERSON_ROLES \
            and all(_namey(t) or t.lower() in ("of", "and", "&", "for") for t in toks[:prep_at]):
        role_idx = None
    name = org = role = None
    org_generic = False
    is_org = False
    if role_idx is None:
        core = toks[:prep_at]
        # "his wife Stella Assange": a description, then the full name
        if len(core) >= 3 and _cap(core[-1]) and _cap(core[-2]) and not any(_cap(t) for t in core[:-2]):
            k = len(core)
            while k > 0 and _namey(core[k - 1]):
                k -= 1
            return Mention(np, name=" ".join(core[k:]), role=" ".join(core[:k]).lower() or None, definite=definite)
        if core and all(_namey(t) for t in core if t.lower() not in ("of", "and", "&", "for")):
            if prep_at < len(toks) and 2 <= len(core) <= 3 and not _is_orgish(core) and not _country(" ".join(core)) \
                    and all(t[:1].isupper() and t.replace(".", "").replace("-", "").isalpha() for t in core) \
                    and any(_cap(t) for t in toks[prep_at + 1:]):
                # "Robert Antonacci of the New York delegation": a person and where they come from
                rest = [t for t in toks[prep_at + 1:] if t.lower() not in ("the", "a", "an")]
                return Mention(np, name=" ".join(core), org=canonical_org(" ".join(rest)) if rest else None,
                               definite=definite)
            if _is_orgish(core) or prep_at < len(toks):
                is_org = True
                org = canonical_org(" ".join(toks))
            else:
                name = " ".join(core)
        return Mention(np, name=name, org=org, role=None, definite=definite, is_org=is_org)
    # role found
    role_toks = [toks[role_idx]]
    j = role_idx - 1
    while j >= 0 and (low[j] in L.ROLE_MODIFIERS or (not _cap(toks[j]) and not toks[j].endswith(("'s", "\u2019s")))):
        role_toks.insert(0, toks[j])
        j -= 1
    pre = toks[: j + 1]
    post = toks[role_idx + 1:]
    role = " ".join(role_toks).lower()
    head = _strip_possessive(low[role_idx])
    plural = head in L.GROUP_ROLES or (head.endswith("s") and head not in L.PERSON_ROLES and head not in L.BODY_ROLES)
    if head not in L.PERSON_ROLES and head not in L.BODY_ROLES:
        head = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    # "Secretary of State Antony Blinken"
    if post and post[0].lower() == "of" and head in ("secretary", "minister", "chief") and len(post) >= 2 and _cap(post[1]):
        role += " of " + post[1].lower()
        post = post[2:]
        if post and post[0].lower() == "the":
            post = post[1:]
    if post and post[0].lower() == "in" and head in L.PERSON_ROLES:
        pass  # "a federal judge in Texas": where, not whom the judge speaks for
    elif post and post[0].lower() in _PREPS:
        rest = post[1:]
        if rest and rest[0].lower() in ("the", "a", "an"):
            rest = rest[1:]
        if rest:
            org_text = " ".join(rest)
            if any(_cap(t) for t in rest):
                org = canonical_org(org_text)
            else:
                org = org_text.lower()
                org_generic = True
    elif post and all(_namey(t) or t == "&" for t in post) and any(_cap(t) for t in post):
        if head in L.BODY_ROLES and head not in L.PERSON_ROLES:
            # "home goods retailer Harbor & Pine Co", "chipmaker Nvidia": the body is named
            org = canonical_org(" ".join(post))
            return Mention(np, org=org, role=role, definite=definite, is_org=True)
        name = " ".join(post)
    if pre:
        # the capitalised run nearest the role is the organisation; lower-case words modify the role
        k = len(pre)
        while k > 0 and (_cap(pre[k - 1]) or (pre[k - 1].lower() in ("of", "and", "&") and k > 1 and k < len(pre))):
            k -= 1
        run = pre[k:]
        mods = pre[:k]
        if mods and not any(_cap(t) for t in mods):
            role = " ".join(mods).lower() + " " + role
        pre_clean = _strip_possessive(" ".join(run)) if run else ""
        # the organisation before the role wins over a "for X" topic: "UN envoy for Yemen"
        if run and definite and head in _COMMERCIAL and not name and (
                pre_clean.lower() in L.DEMONYMS or _country(pre_clean) or (len(run) == 1 and not _is_orgish(run))):
            # "the Detroit automaker", "the German carmaker", "the Swiss bank": a company already named
            org, org_generic = "the " + head, True
        elif run and pre_clean.lower() in L.DEMONYMS:
            org, org_generic = L.DEMONYMS[pre_clean.lower()], False
        elif run and head in L.BODY_ROLES and head not in _STATE_BODIES and not _is_orgish(run) \
                and re.search(r"['\u2019]s?$", run[-1]) and (_country(pre_clean) or pre_clean.lower() in L.DEMONYMS):
            # "Sweden's central bank": a body of that country, not the country itself
            org, org_generic = f"{pre_clean}'s {role}", False
        elif run:
            org, org_generic = canonical_org(pre_clean), False
        elif _strip_possessive(pre[-1].lower()) in L.BODY_ROLES:
            org = org or _strip_possessive(" ".join(pre)).lower()
            org_generic = True
    if plural and not name and not org and not any(_cap(t) for t in pre):
        return Mention(np, role=role, definite=definite, plural=True)
    if plural and org and not name and not (_country(org) or org in L.COUNTRIES.values() or org in L.DEMONYMS.values()
                                            or _is_orgish(org.split())):
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


# ---------------------------------------------------------------------------------------------
# finding the cue in a sentence

_VERB_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(L.SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w-])")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_DATA_SOURCE = re.compile(r"\b(?:data|figures|statistics|stats|estimates|calculations|records|tallies|tally|count|"
                          r"numbers|database|filings?|registers?)$", re.I)
_SKIP_BEFORE_VERB = frozenset("also later previously has had have earlier again repeatedly separately then once further".split())
_PREAMBLE_START = re.compile(
    r"^\s*[\"\u201c]?(?:[A-Z][a-z]+ing\b|In\b|On\b|At\b|Asked\b|Earlier\b|Later\b|Separately\b|Meanwhile\b|"
    r"However\b|But\b|And\b|Also\b|Last\b|This\b|Speaking\b|Responding\b|Writing\b|After\b|Before\b|"
    r"During\b|From\b|Since\b|Elsewhere\b|Still\b|Yet\b|Overall\b|Instead\b)"
)
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_EXTRAS = re.compile(
    r"(?:\s*,?\s+(?:"
    rf"(?:late\s+|early\s+)?on\s+{_DAYS}(?:\s+(?:night|morning|evening|afternoon))?"
    r"|in\s+(?:an?|the|his|her|their|its)\s+(?:\w+\s+)?(?:statement|interview|speech|post|letter|report|note|briefing|email|e-mail|tweet|message|address|video|announcement|filing|update)"
    r"|on\s+(?:Twitter|X|Facebook|Telegram|Instagram|social\s+media|television|TV|state\s+TV|radio)"
    r"|(?:last|this)\s+(?:week|month|year|weekend)|yesterday|today|earlier|later|recently|previously|afterwards|afterward|then"
    r"|(?:at|during|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|summit|meeting|hearing|event|rally|session|forum)"
    r"|(?:to|in)\s+(?:Reuters|reporters|journalists|the\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
    r"|by\s+(?:phone|telephone)"
    r"))+"
)
_TOLD_OBJ = re.compile(
    r"\s+(?:Reuters|AFP|AP|Bloomberg|reporters|journalists|lawmakers|parliament|Parliament|Congress|"
    r"(?:analysts|investors|shareholders|legislators|senators|delegates|supporters|residents|students|voters|"
    r"workers|employees|staff|diplomats|officials|members|parliamentarians|lawmakers|him|her|them|us|me)\b|"
    r"the\s+(?:[A-Z][\w.&'-]*\s*)+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|briefing|audience|meeting|crowd|rally|committee|hearing|summit|call|forum|panel)|"
    r"(?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*)*)"
)


_NP_TIME_TAIL = re.compile(
    rf"(?:\s+(?:(?:late|early)\s+)?on\s+{_DAYS}|\s+(?:yesterday|today|earlier|last\s+week|this\s+week|in\s+a\s+statement))+$")


_SAYING = re.compile(r",\s+(saying|warning|adding|arguing|insisting|predicting|promising|vowing)\s+(?:that\s+)?")
_SENT_SUBJECT = re.compile(r"\s*((?:[A-Z][\w.'\u2019&-]*|of|the|and)(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|the|and|ten|van|von|de|al))*)\s+(?:[a-z]+ed|said|says|told|met|spoke|wrote)\b")


@dataclass(slots=True)
class _Cue:
    np: tuple[int, int]  # relative to sentence
    verb: tuple[int, int]
    cue: tuple[int, int]
    content: list[tuple[int, int]]
    how: str
    verb_word: str
    reporter: tuple[tuple[int, int], ...] = ()  # as SyntaxCue's; the surface patterns find none


def _tokens_back(s: str, end: int) -> tuple[int, str]:
    """Start of the speaker NP ending at ``end`` and the kind of boundary before it."""
    i = end
    # skip adverbs / auxiliaries between subject and verb: "the official also said"
    while True:
        m = re.search(r"(\S+)\s*$", s[:i])
        if m and m.group(1).lower() in _SKIP_BEFORE_VERB:
            i = m.start(1)
            continue
        break
    np_end = i
    toks = list(re.finditer(r"[^\s,;:\"\u201c\u201d()\[\]\u2014\u2013]+", s[:np_end]))
    start = np_end
    boundary = "start"
    n = 0
    for m in reversed(toks):
        gap = s[m.end():start]
        if gap.strip():  # punctuation between tokens: boundary
            boundary = _boundary_kind(gap)
            break
        w = m.group(0)
        if w in ("-", "--", "_"):  # "LONDON, March 3 (Reuters) - X said": the dateline ends here
            boundary = "start"
            break
        if w.lower() == "and" and n and _cap(s[start:].split()[0]) and _cap_before(s, m.start()):
            start = m.start()
            n += 1
            continue
        if w.lower() in L.NP_STOP or w.lower() in L.SPEECH_VERBS or n >= 12:
            boundary = "stop"
            break
        start = m.start()
        n += 1
    else:
        gap = s[:start]
        boundary = _boundary_kind(gap) if gap.strip() else "start"
    while start < np_end and s[start].isspace():
        start += 1
    return start, boundary if start < np_end else "none"


_APPOSITION = re.compile(r"(?<=[A-Za-z.])\s*,\s+(?:(?:who|whose)\b[^,;:\"\u201c\u201d]{2,80}|\d{1,3}|a\s+former\s+[^,;:\"\u201c\u201d]{2,60}),\s*$")


_DESCRIPTION = re.compile(r"(?<=[A-Za-z.])\s*,\s+(?:the|a|an)\s+[^,;:\"\u201c\u201d]{2,60},\s*$")


def _cap_before(s: str, pos: int) -> bool:
    m = re.search(r"(\S+)\s*$", s[:pos])
    return bool(m) and _cap(m.group(1))


def _boundary_kind(gap: str) -> str:
    g = gap.strip()
    if not g:
        return "start"
    if g[-1] in "\"\u201d" or (len(g) >= 2 and g[-2] in "\"\u201d"):
        return "quote"
    if set(g) <= set("\"\u201c"):
        return "start"
    if g[-1] == ",":
        return "comma"
    if g[-1] in ":;(\u2014\u2013":
        return "comma"
    return "other"


_STATE_BODIES = frozenset("government administration cabinet presidency kremlin".split())
_COMMERCIAL = frozenset(
    "company firm automaker carmaker chipmaker drugmaker manufacturer retailer lender insurer conglomerate "
    "airline carrier bank".split())


def _is_role(w: str) -> bool:
    w = _strip_possessive(w.lower())
    if w in L.PERSON_ROLES or w in L.BODY_ROLES:
        return True
    if w.endswith("ies") and w[:-3] + "y" in L.BODY_ROLES:
        return True
    return w.endswith("s") and (w[:-1] in L.PERSON_ROLES or w[:-1] in L.BODY_ROLES)


def _np_ok(np: str) -> bool:
    toks = _TOKEN.findall(np)
    if not toks or len(toks) > 12:
        return False
    low = [t.lower() for t in toks]
    if len(toks) == 1 and low[0] in L.PRONOUNS:
        return low[0] != "i" or True
    if any(t in L.NP_STOP and not (t == "and" and 0 < i < len(toks) - 1 and _cap(toks[i - 1]) and _cap(toks[i + 1]))
           for i, t in enumerate(low)):
        return False
    if low[0] in L.CAP_FUNCTION and low[0] not in L.DETERMINERS:
        return False
    core = [t for t in toks if t.lower() not in L.DETERMINERS]
    if not core:
        return False
    if any(re.fullmatch(r"[^\w]+", t) and t not in ("&", "-", ".") for t in core):
        return False
    prep_at = next((i for i, t in enumerate(core) if t.lower() in _PREPS and i > 0), len(core))
    head = _strip_possessive(core[prep_at - 1].lower()) if prep_at else ""
    if _is_role(head):
        return True
    # a capitalised name / organisation: every word before the preposition capitalised
    pre = core[:prep_at]
    if pre and all(_namey(t) or t.lower() in ("of", "and", "&") for t in pre) and _cap(pre[-1]):
        if pre[0].lower() in L.CAP_FUNCTION:
            return False
        return True
    # lowercase modifiers then a role and a name: "Manchester United manager Erik ten Hag",
    # "U.S. home goods retailer Harbor & Pine Co"
    if any(t.lower() in L.PERSON_ROLES or t.lower() in L.BODY_ROLES for t in pre) and _namey(pre[-1]) and \
            any(_cap(t) for t in pre):
        return True
    # a participle or adjective after the head: "economists polled by Reuters", "people familiar with"
    if len(pre) >= 2 and any(_is_role(t) for t in pre[:2]) and (
            re.fullmatch(r"[a-z]+(?:ed|ar|ing|ent|ble)", pre[-1]) or pre[-1] in ("close", "near", "loyal", "allied", "opposed")):
        return True
    # lower-case description + full name: "his wife Stella Assange", "veteran striker John Smith"
    if len(pre) >= 3 and _cap(pre[-1]) and _cap(pre[-2]) and not any(_cap(t) for t in pre[:-2]) and len(pre) <= 6:
        return True
    # a short definite description: "the district", "the 20-times Grand Slam champion"
    if toks[0].lower() in ("the", "his", "her", "its", "their") and 2 <= len(toks) <= 6 and \
            re.fullmatch(r"[a-z][a-z-]+", toks[-1]) and not toks[-1].endswith("ly"):
        return True
    return False


def _cue_words_end(s: str, vend: int, verb: str) -> int:
    """Where the attribution's own words after the verb end ("told Reuters on Monday in a
    statement")."""
    i = vend
    if verb in ("told", "tells"):
        m = _TOLD_OBJ.match(s, i)
        if m:
            i = m.end()
    m = _EXTRAS.match(s, i)
    return m.end() if m else i


def _after_verb(s: str, vend: int, verb: str) -> int:
    """Skip what belongs to the attribution after the verb; return where content starts."""
    i = _cue_words_end(s, vend, verb)
    m = re.match(r"\s*,?\s*that\s+", s[i:])
    if m:
        return i + m.end()
    m = re.match(r"\s*[:,]?\s*", s[i:])
    return i + (m.end() if m else 0)


def _tail_extent(s: str, vend: int, verb: str) -> tuple[int, list[tuple[int, int]]]:
    """End of a tail attribution after the verb and any ', adding that ...' content."""
    i = _cue_words_end(s, vend, verb)
    extra: list[tuple[int, int]] = []
    m = re.match(r"\s*,\s*(?:adding|saying|noting|warning|stressing|insisting|arguing|explaining)\s+(?:that\s+)?", s[i:])
    if m:
        cs = i + m.end()
        ce = len(s.rstrip().rstrip(".!?\"\u201d"))
        if ce > cs:
            extra.append((cs, ce))
            return ce, extra
    return i, extra


def _strip_span(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (s[a].isspace() or s[a] in "\"\u201c\u201d,:"):
        a += 1
    while b > a and (s[b - 1].isspace() or s[b - 1] in "\"\u201c\u201d,:;"):
        b -= 1
    return a, b


_PARENS = re.compile(r"\s*\([^()]{1,40}(?:\)|$)")
_COLON = re.compile(r"\s*[\"\u201c]?(?:(?:More\s+)?[Ff]rom\s+)?((?:(?:[A-Z][\w.'\u2019&-]*|of|the|for|and)\s+){0,6}[A-Z][\w.'\u2019&-]*)\s*:\s+(?=\S)")
_COLON_QUOTE = re.compile(r":\s+[\"\u201c]")
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,2}")  # "FALLIN: ...", "SEN. KAINE: ..."


_KEEP_PERIOD = re.compile(r"(?:\b(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros|St|Mt)|\b(?:[A-Z]\.){2,}|\b[A-Z])\.$")


def _final_period(np: str) -> str:
    """A sentence's last word keeps no full stop in a speaker ("told NBC." -> NBC), unless it is
    an abbreviation ("Jr.", "Inc.", "U.S.")."""
    np = np.rstrip()
    return np[:-1] if np.endswith(".") and not _KEEP_PERIOD.search(np) else np


def _colon_cue(s: str) -> _Cue | None:
    """"McCaul: If elected, Clinton could be impeached", "TAPPER: ...": a name, a colon, what
    the name says (headline and transcript form)."""
    m = _COLON.match(s)
    if not m or not _np_ok(m.group(1)) or m.group(1).lower() in L.CAP_FUNCTION:
        return None
    cs, ce = _strip_span(s, m.end(), len(s))
    if len(s[cs:ce].split()) < 3:
        return None
    return _Cue(m.span(1), (m.end(1), m.end(1) + 1), (m.start(1), m.end()), [(cs, ce)], "colon", ":")


def find_cue(s: str) -> _Cue | None:
    """The attribution cue of one sentence (relative offsets), if any."""
    cands: list[_Cue] = []
    for vm in _VERB_RE.finditer(s):
        verb = vm.group(1)
        vs, ve = vm.span()
        nxt = s[ve:ve + 30]
        # "added momentum", "claimed the lives", "posted a loss": a transitive, non-speech use
        if verb in ("added", "adds", "posted", "claimed", "claims", "reported", "estimated", "projected",
                    "revealed", "disclosed", "recalled", "observed", "agreed", "agrees", "expected",
                    "thought", "noted", "states", "projects") and re.match(r"\s+(?!that\b|on\b|in\b|to\b|by\b)[a-z$\d]", nxt):
            if not (verb in ("expected", "estimated", "projected") and re.match(r"\s+\w+\s+to\b", nxt)):
                continue
        if verb == "expected" and re.search(r"\b(?:is|are|was|were|be|been|being)\s*$", s[:vs]):
            continue  # "are expected to" is modality, not attribution
        # inverted: `"...," said X` / `..., said X, the ...`
        before = s[:vs].rstrip()
        closing = before[-1:] in ("\"", "\u201d") or before[-2:] in (",\"", ",\u201d")
        if before and before[-1] in ",\"\u201d" and (verb in ("said", "says", "added", "adds", "wrote", "writes", "noted", "explained", "warned", "stated", "declared", "insisted", "argued", "continued", "replied", "asked")
                                                   or (closing and verb.endswith(("ed", "s")) and verb not in ("believes", "thinks", "hopes", "fears", "expects"))):
            # `"...," predicted Rep. Sherrod Brown`: right after a closing quotation mark, any cue verb
            m = re.match(r"\s+((?:the\s+|a\s+)?(?:[A-Z][\w.'\u2019&-]*|of|for|at|the|and)(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|for|at|the|and|[a-z]+(?=\s+[A-Z])))*)(?:,\s*([^,.;\"\u201c]{2,80}))?(?=[,.;]|$)", s[ve:])
            if m and _np_ok(m.group(1)):
                np_s, np_e = ve + m.start(1), ve + m.end(2 if m.group(2) else 1)
                cs, ce = _strip_span(s, 0, len(before))
                if ce > cs:
                    cands.append(_Cue((np_s, np_e), (vs, ve), (ce, ve + m.end()), [(cs, ce)], "inverted", verb))
                    continue
        # "Whitfield, who took over in October, said", "Wrobel, 39, said": the apposition is skipped
        appo = _APPOSITION.search(s, 0, vs)
        np_s, boundary = _tokens_back(s, appo.start() if appo else vs)
        desc = None if appo else _DESCRIPTION.search(s, 0, vs)
        if desc and not _np_ok(s[np_s:vs].strip()):
            # "Sydney Metro, the state agency running the project, said": the name before the description
            d_s, d_boundary = _tokens_back(s, desc.start())
            if d_boundary != "none" and _np_ok(s[d_s:desc.start()].strip()) and _cap(s[d_s:desc.start()].split()[-1]):
                appo, np_s, boundary = desc, d_s, d_boundary
        if boundary == "none":
            continue
        np_text = s[np_s:appo.start() if appo else vs].strip()
        if re.search(r"['\u2019]s?$", np_text):
            continue  # "analysts' estimates", "the company's forecasts": a possessive is no subject
        # drop adverbs that _tokens_back skipped
        np_text = re.sub(r"(?:\s+(?:" + "|".join(_SKIP_BEFORE_VERB) + r"))+$", "", np_text)
        np_text = _NP_TIME_TAIL.sub("", np_text)
        if not _np_ok(np_text):
            continue
        np_e = np_s + len(np_text)
        if boundary in ("quote", "comma"):
            left = s[:np_s].rstrip().rstrip(",").rstrip()
            preamble = boundary == "comma" and (
                _PREAMBLE_START.match(left) or len(left.split()) <= 3
                or re.match(r"\s+that\s", s[ve:])  # "Although ..., officials say that ...": the content follows
            ) and not re.search(r"[\"\u201d]\s*$", left)
            content_after = _after_verb(s, ve, verb)
            rest = s[content_after:].strip().strip(".!?\"\u201d ")
            if preamble and len(rest.split()) >= 3:
                cands.append(_Cue((np_s, np_e), (vs, ve), (np_s, content_after), [_strip_span(s, content_after, len(s))], "front", verb))
                continue
            end, extra = _tail_extent(s, ve, verb)
            cs, ce = _strip_span(s, 0, len(left))
            if ce > cs:
                how = "quote" if boundary == "quote" else "tail"
                cue_end = end if not extra else extra[0][0]
                cands.append(_Cue((np_s, np_e), (vs, ve), (ce, cue_end), [(cs, ce)] + extra, how, verb))
            continue
        if boundary in ("start", "stop"):
            content_after = _after_verb(s, ve, verb)
            span = _strip_span(s, content_after, len(s))
            if span[1] - span[0] < 3:
                continue
            if verb in L.KIND_VERBS:
                span = (np_s, span[1])  # "X vowed to rebuild ...", "analysts expect rates to rise"
            how = "front" if boundary == "start" else "front-inner"
            cands.append(_Cue((np_s, np_e), (vs, ve), (np_s, content_after), [span], how, verb))
    for m in _ACCORDING.finditer(s):
        after = s[m.end():]
        nm = re.match(r"((?:[^,.;\"\u201c\u201d]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s+[A-Za-z]))+)", after)  # "U.N. figures"
        if not nm:
            continue
        np_text = nm.group(1).strip()
        # "according to LSEG data": where a number comes from; the sentence's own speaker, if any, comes first
        how = "according"
        data = _DATA_SOURCE.search(np_text)
        if data:
            how = "according-data"
            owner = re.sub(r"(?:['\u2019]s)?\s+(?:\w+\s+)?$", "", np_text[:data.start()])  # "U.N. figures" -> U.N.
            if owner and _np_ok(owner):
                np_text = owner
        if not _np_ok(np_text) and not re.match(r"(?:an?|the)\s+", np_text):
            continue
        np_s = m.end()
        np_e = np_s + len(np_text)
        left = s[:m.start()].rstrip().rstrip(",")
        if left.strip(" \"\u201c"):
            cs, ce = _strip_span(s, 0, len(left))
            cands.append(_Cue((np_s, np_e), (m.start(), m.end()), (ce, np_e), [(cs, ce)], how, "according to"))
        else:
            cs, ce = _strip_span(s, np_e, len(s))
            cands.append(_Cue((np_s, np_e), (m.start(), m.end()), (m.start(), cs), [(cs, ce)], how, "according to"))
    if not cands:
        m = _SAYING.search(s)
        if m:
            sm = _SENT_SUBJECT.match(s)
            if sm and _np_ok(sm.group(1)):
                cs, ce = _strip_span(s, m.end(), len(s))
                if ce - cs > 3:
                    cands.append(_Cue(sm.span(1), m.span(1), m.span(), [(cs, ce)], "saying", m.group(1)))
    if not cands:
        return None
    order = {"quote": 0, "inverted": 0, "tail": 1, "according": 1, "front": 2, "saying": 2, "front-inner": 3,
             "according-data": 4}
    cands.sort(key=lambda c: (order.get(c.how, 2), c.verb[0]))
    return cands[0]


# ---------------------------------------------------------------------------------------------
# resolution

_NAMED_ORG = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w.'\u2019&-]*)(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.'\u2019&-]*)*)")


# the wire services and data vendors of datelines and "according to LSEG data": never the body a
# later "the company" or "the government" stands for
_WIRES = frozenset({"reuters", "ap", "afp", "bloomberg", "xinhua", "tass", "lseg", "refinitiv", "factset",
                    "associated press", "dow jones"})


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s|\s\()")  # "SYDNEY, Nov 5 (Reuters)", "GENEVA (AP)"


def _orgs_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out = []
    for m in _NAMED_ORG.finditer(text, start, end):
        toks = m.group(1).split()
        while toks and toks[0].lower() in L.CAP_FUNCTION:
            toks = toks[1:]
        if not toks or not _is_orgish(toks) or " ".join(toks).lower().strip(".") in _WIRES:
            continue
        at_line_start = m.start(1) == 0 or text[m.start(1) - 1] == "\n"
        if at_line_start and _DATELINE_PLACE.match(text, m.start(1)):
            continue  # the dateline's place, "SYDNEY, Nov 5 (Reuters) -"
        out.append((m.start(1), canonical_org(" ".join(toks))))
    return out


_SUBJECT = re.compile(r"[\"\u201c]?((?:[A-Z][\w.'\u2019&+-]*)(?:\s+(?:[A-Z][\w.'\u2019&+-]*|ten|van|von|de|al|bin))*)\s+"
                      r"(?:is|are|was|were|has|have|had|will|would|could|may|might|can|plans?|expects?|intends?|aims?|"
                      r"wants?|hopes?|said|says|[a-z]+ed)\b")


def _content_subject(content: str) -> str | None:
    """The capitalised name a reported clause starts with ("Roger Federer will retire ...")."""
    m = _SUBJECT.match(content)
    if not m:
        return None
    words = m.group(1).split()
    if words and words[0].lower() in L.CAP_FUNCTION:
        return None
    name = " ".join(words)
    return re.sub(r"['\u2019]s$", "", name) or None


def _speaker_from(m: Mention, mention_text: str) -> Speaker | None:
    if m.name:
        aff = m.org if m.org and not m.org_generic else None
        return Speaker(m.name, "person", mention_text, aff, m.role)
    if m.org and not m.org_generic:
        return Speaker(m.org, org_kind(m.org), mention_text, m.org, m.role)
    return None


# A title before a name and the role noun it stands for ("Sen. Ted Cruz" ... "the senator").
_TITLE_ROLE = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general",
               "pres": "president", "sec": "secretary", "amb": "ambassador", "adm": "admiral",
               "prof": "professor", "supt": "superintendent", "insp": "inspector", "det": "detective",
               "capt": "captain", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant", "atty": "attorney",
               "dr": "doctor"}


def _role_word(role: str | None) -> str:
    """The role's head noun, titles spelled out: "Sen." -> senator, "former President" -> president."""
    head = (role or "").split()[-1:] or [""]
    w = head[0].lower().rstrip(".")
    return _TITLE_ROLE.get(w, w)


_AGE_EPITHET = re.compile(r"\b\d{1,3}-year-old\b", re.I)


def _titled_person(text: str, end: int, role: str) -> str | None:
    """The person last named before ``end`` with ``role`` as a title or an apposition: "Sen. Ted
    Cruz", "Senator Ted Cruz", "Ted Cruz, the Texas senator" for "the senator". None if no one is."""
    titles = [t for t, r in _TITLE_ROLE.items() if r == role] + [role]
    name = r"([A-Z][\w'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})"
    pats = (re.compile(rf"\b(?i:{'|'.join(titles)})\.?\s+{name}"),
            re.compile(rf"{name},\s+(?:the|a)\s+(?:[\w.'\u2019-]+\s+){{0,4}}(?i:{role})\b"))
    best: tuple[int, str] | None = None
    for pat in pats:
        for m in pat.finditer(text, max(0, end - 4000), end):
            words = m.group(1).split()
            if not _is_orgish(words) and (best is None or m.start() > best[0]):
                best = (m.start(), m.group(1))
    return best[1] if best else None


def _compatible(prev: Speaker, m: Mention) -> bool:
    if not m.role:
        return True
    head = _role_word(m.role)
    prev_role = [_role_word(prev.role)]
    if head == prev_role[0]:
        return True
    if head in ("official", "spokesperson", "spokesman", "spokeswoman", "representative") and prev_role[0] in L.REPRESENTATIVE_ROLES:
        return True
    if head in ("official",) and prev.kind == "person" and prev_role[0] in L.PERSON_ROLES:
        return True
    return False


def attribute(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """One Attribution per sentence, in order."""
    n = len(sentences)
    # paragraph quote regions
    regions_by_par: dict[int, list[tuple[int, int, bool]]] = {}
    par_bounds: dict[int, list[int]] = {}
    for s in sentences:
        b = par_bounds.setdefault(s.paragraph, [s.start, s.end])
        b[0] = min(b[0], s.start)
        b[1] = max(b[1], s.end)
    for p, (a, b) in par_bounds.items():
        regions_by_par[p] = quote_regions(text, a, b)

    def quoted(s: Sentence, rel: int) -> bool:
        """Is the sentence-relative offset inside a quotation (the quoted speaker's own words)?"""
        pos = s.start + rel
        return any(r[0] < pos < r[1] for r in regions_by_par.get(s.paragraph, ()))

    cues: list[_Cue | SyntaxCue | None] = []
    for s in sentences:
        c = _colon_cue(s.text)
        if not is_headline(s) and (c is None or not (_COLON_QUOTE.match(s.text, c.verb[0])
                                                     or _TRANSCRIPT_LABEL.fullmatch(s.text[c.np[0]:c.np[1]]))):
            c = find_cue(s.text) or c  # 'Jones: "..."' is the colon's; otherwise a verb cue comes first
        if c is not None and c.how != "colon" and quoted(s, c.verb[0]):
            c = None  # "I think ...", "Bernie believes ..." inside a quotation: not the attribution
        cues.append(c)
    # the parse finds what the surface patterns miss: "has repeatedly insisted that", "who said",
    # "was announced by", "warned of", cue verbs of cognition and intention
    todo = [i for i, s in enumerate(sentences) if not is_headline(s) and may_hold_cue(s.text)]
    lowered: set[int] = set()  # a source whose capital is only the sentence's first letter
    for i, doc in zip(todo, parse([sentences[i].text for i in todo])):
        s = sentences[i]
        c = syntax_cue(s.text, doc, outside=lambda rel, s=s: not quoted(s, rel))
        if c is None:
            continue
        r = cues[i]
        # the surface patterns' weakest form, a verb inside the reporter's clause ("... told The
        # Guardian that he believes"), yields to a cue the parse finds before it
        if r is None or (r.how == "front-inner" and c.verb[0] < r.verb[0]):
            cues[i] = c
            first = next((t for t in doc if t.idx == c.np[0]), None)
            head = next((t for t in doc if t.idx <= c.np[1] - 1 < t.idx + len(t.text)), None)
            if c.np[0] == 0 and first is not None and (first.tag_ in ("JJ", "JJR", "JJS", "VBG", "VBN", "RB") or (
                    head is not None and first.i == head.i and first.lower_ in SOURCE_NOUNS)):
                lowered.add(i)  # "Developing countries urged", "Polls show": no name
    np_texts: dict[int, str] = {}
    for i, (s, c) in enumerate(zip(sentences, cues)):
        if c is not None:
            np_text = _final_period(_PARENS.sub("", s.text[c.np[0]:c.np[1]]))  # "Gov. John Kasich (R-OH)", "NBC."
            np_texts[i] = np_text[:1].lower() + np_text[1:] if i in lowered else np_text
    mentions: list[Mention | None] = [parse_mention(np_texts[i]) if c else None
                                      for i, (s, c) in enumerate(zip(sentences, cues))]

    def region_of(pos: int, par: int) -> tuple[int, int, bool] | None:
        for r in regions_by_par.get(par, ()):
            if r[0] <= pos < r[1]:
                return r
        return None

    history: list[tuple[int, Speaker]] = []  # (sentence index, speaker)
    persons: dict[str, Speaker] = {}  # surname / full name -> registered person
    out: list[Attribution] = []

    # forward links for generic organisations: role head -> first later named org
    def forward_org(i: int, role: str | None) -> str | None:
        if not role:
            return None
        head = role.split()[-1]
        for j in range(i + 1, n):
            mj = mentions[j]
            if mj and mj.role and mj.role.split()[-1] == head and mj.org and not mj.org_generic:
                return mj.org
        return None

    def resolve(i: int, m: Mention, mention_text: str, abs_np_start: int,
                content_text: str = "") -> tuple[Speaker | None, int | None]:
        if m.pronoun:
            if m.pronoun in ("i", "me", "you"):
                return None, None  # outside a quotation: the writer or the reader, never someone named
            want_person = m.pronoun in L.PRONOUNS_PERSON
            if want_person:
                # the person named last, unless the last person heard is as recent ("X said ... He added")
                last = _last_person(text, abs_np_start, persons, m.pronoun)
                heard = next(((j, sp) for j, sp in reversed(history) if (sp.kind == "person"
                              and _agrees(text, sp.name, abs_np_start, m.pronoun)) or (
                              sp.kind != "person" and _role_word(sp.role) in L.PERSON_ROLES - L.GROUP_ROLES
                              and not sp.role.endswith("s"))), None)
                if last is not None and (heard is None or sentences[heard[0]].end <= last[0]):
                    known = persons.get(last[1]) or persons.get(last[1].split()[-1])
                    return (replace(known, mention=mention_text) if known else
                            Speaker(last[1], "person", mention_text, None, None)), None
            for j, sp in reversed(history):
                if want_person and (sp.kind == "person" or (sp.role and sp.role.split()[-1] in L.PERSON_ROLES and sp.role.split()[-1] not in L.GROUP_ROLES)):
                    if sp.kind == "person" and not _agrees(text, sp.name, abs_np_start, m.pronoun):
                        continue  # "Mrs. Clinton ... he said": someone else
                    return replace(sp, mention=mention_text), j
                if not want_person and (sp.kind != "person" or m.pronoun == "we"):
                    if m.pronoun == "it" and (sp.kind == "group" or sp.mention.split()[-1:] and
                                              sp.mention.split()[-1].lower().endswith("s") and sp.kind == "unknown"):
                        continue  # "It said": one body, not "experts" or "officials"
                    return replace(sp, mention=mention_text), j
            return None, None  # no compatible antecedent: no speaker rather than the wrong one
        if m.name and not m.org:
            key = m.name.split()[-1]
            known = persons.get(m.name) or persons.get(key)
            if known:
                return replace(known, mention=mention_text), None
            # "Norvane said" after "Norvane Systems Inc": the company, by its short name
            for _, o in reversed(_orgs_in(text, 0, abs_np_start)):
                if o != m.name and o.split()[:len(m.name.split())] == m.name.split():
                    return Speaker(o, org_kind(o), mention_text, o, m.role), None
            # "Kone told Reuters" after "Health Minister Ada Kone spoke": the person named in full
            full = _full_name(text, abs_np_start, m.name) if " " not in m.name else None
            if full:
                sp = Speaker(full, "person", mention_text, None, m.role)
                persons[full] = persons[m.name] = sp
                return sp, None
        sp = _speaker_from(m, mention_text)
        if sp is not None and m.org_generic is False:
            if sp.kind == "person":
                persons[sp.name] = sp
                persons[sp.name.split()[-1]] = sp
            return sp, None
        if m.name:  # named person with generic organisation
            org = _link_generic(i, m, abs_np_start)
            sp = Speaker(m.name, "person", mention_text, org, m.role)
            persons[m.name] = sp
            persons[m.name.split()[-1]] = sp
            return sp, None
        # definite description without organisation: "the official", "the minister"
        if m.definite and m.role and not m.org:
            for j, sp in reversed(history):
                if _compatible(sp, m):
                    return replace(sp, mention=mention_text), j
            if not m.plural and _AGE_EPITHET.search(mention_text):
                # "the 70-year-old former president": an epithet for the person the story is about,
                # the one named last
                last = _last_person(text, abs_np_start, persons)
                if last is not None:
                    known = persons.get(last[1]) or persons.get(last[1].split()[-1])
                    return (replace(known, mention=mention_text) if known else
                            Speaker(last[1], "person", mention_text, None, m.role)), None
            # "the senator" with no senator heard yet: the one the article names with that title
            # (a "former" one is someone else than the one holding the title now)
            if not m.plural and _role_word(m.role) in L.PERSON_ROLES | set(_TITLE_ROLE.values()) \
                    and not re.search(r"\b(?:former|ex-|late)\b", mention_text, re.I):
                titled = _titled_person(text, abs_np_start, _role_word(m.role))
                if titled:
                    known = persons.get(titled) or persons.get(titled.split()[-1])
                    return (replace(known, mention=mention_text) if known else
                            Speaker(titled, "person", mention_text, None, m.role)), None
        if m.definite and not m.name and not m.org and not m.role:
            # an epithet for the subject of what is reported: "Roger Federer will retire ..., the
            # 20-times Grand Slam champion said"
            subj = _content_subject(content_text)
            if subj:
                known = persons.get(subj) or persons.get(subj.split()[-1])
                return (replace(known, mention=mention_text) if known else
                        Speaker(subj, "person", mention_text, None, None)), None
            name = re.sub(r"^(?:the|his|her|its|their)\s+", "", mention_text.strip(), flags=re.I)
            return Speaker(name, "unknown", mention_text, None, None), None
        if m.plural and not m.org:
            name = re.sub(r"^(?:the|a|an|some|several|many|two|three|four|five)\s+", "", mention_text.strip(), flags=re.I)
            return Speaker(name, "group", mention_text, None, m.role), None
        if m.org_generic or (m.role and m.role.split()[-1] in L.REPRESENTATIVE_ROLES and not m.plural):
            org = _link_generic(i, m, abs_np_start)
            if org is None and m.definite and m.is_org:
                subj = _content_subject(content_text)
                if subj:
                    org = canonical_org(subj)
            if org:
                return Speaker(org, org_kind(org), mention_text, org, m.role), None
        if m.org:
            if m.org_generic and (m.is_org or (m.role or "").split()[-1:] and (m.role or "").split()[-1] in L.BODY_ROLES):
                # "the labour ministry": a body of its own, never named in full
                name = re.sub(r"^(?:the|a|an)\s+", "", m.org)
                return Speaker(name, org_kind(name), mention_text, None, m.role), None
            return Speaker(m.org, "unknown", mention_text, None, m.role), None
        if m.role:
            name = re.sub(r"^(?:the|a|an)\s+", "", mention_text.strip(), flags=re.I)
            return Speaker(name, "group" if m.plural else "unknown", mention_text, None, m.role), None
        return None, None

    def _link_generic(i: int, m: Mention, abs_np_start: int) -> str | None:
        s = sentences[i]
        generic = (m.org or "").lower()
        want_group = any(w in generic for w in ("insurgent", "militant", "rebel", "group", "militia", "movement"))
        # the organisation named earlier in the same sentence (the subject the cue speaks about)
        cands = _orgs_in(text, s.start, abs_np_start)
        if want_group:
            g = [o for _, o in cands if org_kind(o) == "group"]
            if g:
                return g[0]
        # "the agency" after "the Environment Agency": a named organisation carrying the head noun
        head = generic.split()[-1] if generic else ""
        if head and not want_group:
            for _, o in reversed(_orgs_in(text, 0, abs_np_start)):
                if head in o.lower().split():
                    return o
            # "the government" after "the New South Wales government": named with the word after it
            called = list(re.finditer(rf"\b((?:[A-Z][\w.'\u2019&-]*\s+){{1,4}}){re.escape(head)}\b", text[:abs_np_start]))
            if called and len(generic.split()) <= 2:
                words = [w for w in called[-1].group(1).split() if w.lower() not in L.CAP_FUNCTION]
                if words:
                    return f"{' '.join(words)} {head}"
        fwd = forward_org(i, m.role)
        if fwd:
            return fwd
        if cands and not want_group:
            return cands[0][1]
        # earlier in the article
        prev = _orgs_in(text, 0, s.start)
        if want_group:
            g = [o for _, o in prev if org_kind(o) == "group"]
            if g:
                return g[-1]
        elif head in _COMMERCIAL:
            # "the Detroit automaker" after "General Motors Co": the company last named
            firms = [o for _, o in prev if org_kind(o) == "organisation"]
            if firms:
                return firms[-1]
        words = [w for w in generic.split() if w not in ("the", "a", "an")]
        for j, sp in reversed(history):
            if sp.kind in ("organisation", "government") or (want_group and sp.kind == "group"):
                # "the company" is the body last heard; "the labour ministry", "the army delegation"
                # name a body of their own unless the last one carries those words
                if len(words) <= 1 or any(w in sp.name.lower().split() for w in words):
                    return sp.name
                break
        return None

    pending_lookahead: list[int] = []

    def flush_pending() -> None:
        """A quotation whose attribution never came: the speaker heard just before it goes on."""
        if pending_lookahead:
            k0 = pending_lookahead[0]
            prev = [(j, sp) for j, sp in history if j < k0]
            if prev and prev[-1][0] >= k0 - 6:
                for k in pending_lookahead:
                    out[k] = replace(out[k], speaker=prev[-1][1], how="continuation", source=prev[-1][0])
        pending_lookahead.clear()

    for i, s in enumerate(sentences):
        c = cues[i]
        if is_headline(s) and c is None:
            out.append(Attribution(None, "headline"))
            continue
        reg = region_of(s.start, s.paragraph)
        starts_quoted = reg is not None or s.text[:1] in "\"\u201c"
        if c is not None:
            m = mentions[i]
            np_abs = s.start + c.np[0]
            first = c.content[0] if c.content else (0, 0)
            mention_text = np_texts.get(i, s.text[c.np[0]:c.np[1]])
            sp, src = resolve(i, m, mention_text, np_abs, s.text[first[0]:first[1]])
            if sp is not None and sp.kind in ("group", "unknown") and _documentary(mention_text):
                sp = None  # "Polls show", "Data showed": the reporter's evidence, nobody speaking
            if sp is None:
                # a source the mention rules could not read ("Minnesota state delegate Mary Susan")
                name = (c.name if isinstance(c, SyntaxCue) else None) or _name_in(mention_text)
                sp = _named(name, mention_text) if name else _described(m, s.text[c.np[0]:c.np[1]])
            content = tuple((s.start + a, s.start + b) for a, b in c.content if b > a)
            quoted = c.how in ("quote", "inverted") or starts_quoted
            if c.how == "front-inner":
                # the attribution sits inside a reporter clause; its content is attributed
                pass
            reporter = tuple((s.start + a, s.start + b) for a, b in c.reporter if b > a)
            att = Attribution(sp, c.how, (s.start + c.cue[0], s.start + c.cue[1]), content, c.verb_word, quoted, src,
                              reporter)
            out.append(att)
            if sp is not None:
                history.append((i, sp))
                # earlier sentences of the same quotation get this speaker
                for k in pending_lookahead:
                    if sentences[k].paragraph == s.paragraph:
                        out[k] = replace(out[k], speaker=replace(sp), how="lookahead", source=i)
                pending_lookahead.clear()
            continue
        if starts_quoted:
            # the quotation continues to a later sentence with an attribution?
            if reg is not None and reg[1] > s.end and reg[2]:
                pending_lookahead.append(i)
                out.append(Attribution(None, "quote-pending", None, ((s.start, s.end),), None, True))
                continue
            # the quotation's last sentence, or a one-sentence quotation, with no cue of its own
            anchor = pending_lookahead[0] if pending_lookahead else i
            flush_pending()
            if history and history[-1][0] >= anchor - 6:
                j, sp = history[-1]
                out.append(Attribution(sp, "continuation", None, (_strip_abs(text, s.start, s.end),), None, True, j))
                continue
            out.append(Attribution(None, "quote-unknown", None, (_strip_abs(text, s.start, s.end),), None, True))
            continue
        flush_pending()
        prev = out[-1] if out and sentences[i - 1].paragraph == s.paragraph else None
        if prev is not None and prev.speaker is not None and prev.quoted and any(
                s.start < r[0] and r[1] - r[0] > 20 for r in regions_by_par.get(s.paragraph, ()) if r[0] < s.end):
            # 'Unless rivals quit, "it is very difficult to see ..."': the speaker just quoted goes on
            out.append(Attribution(prev.speaker, "continuation", None, (_strip_abs(text, s.start, s.end),), None, True,
                                   prev.source if prev.source is not None else i - 1))
            continue
        out.append(Attribution(None, "reporter", None, ((s.start, s.end),), None, False))
    flush_pending()
    return out


_NAME_RUN = re.compile(r"(?<![\w'\u2019])((?:[A-Z][\w.'\u2019&-]*)(?:\s+(?:(?:de|van|von|der|al|bin|ibn|la|le|du)\s+)?[A-Z][\w.'\u2019&-]*)*)")


# What _name_in and _documentary read as a document (a wider table than the parse's
# _cues.SOURCE_NOUNS, which decides whole-clause content; merging the two changes speakers).
_SOURCE_NOUNS = frozenset("""poll polls survey surveys results result data figures report reports study studies
    analysis article articles document documents records count tally estimates statement transcript filing
    memo letter review investigation""".split())
_DOCUMENTS = _SOURCE_NOUNS | {"draft", "copy"}


def _name_in(mention: str) -> str | None:
    """The last proper name before any preposition of a mention ("Minnesota state delegate Mary
    Susan" -> Mary Susan; "O'Malley's campaign" -> O'Malley; "a federal judge in Texas" -> None);
    for a document or a poll, the name after it ("early results of exit polls conducted for the
    Associated Press" -> Associated Press)."""
    # split at the first preposition that does not join a name ("Centers for Disease Control")
    parts = [mention]
    for pm in re.finditer(r"\s(?:in|of|at|for|from|with|on|to|by)\s", mention):
        before = mention[:pm.start()].split()[-1:] or [""]
        joins = before[0][:1].isupper() and re.match(r"(?:the\s+)?[A-Z]", mention[pm.end():])
        if not joins:
            parts = [mention[:pm.start()], mention[pm.end():]]
            break
    head = parts[0]
    runs = []
    for m in _NAME_RUN.finditer(head):
        words = [w for w in m.group(1).split() if w.lower() not in L.CAP_FUNCTION and w.lower() not in L.PRONOUNS]
        # a capitalised first word of the sentence followed by lower-case words is no name
        # ("More than 40 countries", "Experts on ..."), unless it owns what follows ("O'Malley's campaign")
        lone_first = m.start() == 0 and len(m.group(1).split()) == 1 and " " in head.strip() \
            and not re.search(r"['\u2019]s?$", m.group(1))
        common = len(words) == 1 and (words[0].lower() in _SOURCE_NOUNS or _is_role(words[0]))  # "Polls show"
        if words and not lone_first and not common:
            runs.append(_strip_possessive(" ".join(words)).rstrip(".,"))
    runs = [r for r in runs if r.lower() not in _WIRES]  # "a draft seen by Reuters": the wire only saw it
    if runs and runs[-1]:
        return runs[-1]
    low = [w.lower().strip(".,") for w in head.split()]
    if len(parts) > 1 and low and (low[-1] in _SOURCE_NOUNS or any(w in _SOURCE_NOUNS for w in parts[1].lower().split()[:3])):
        for m in _NAME_RUN.finditer(parts[1]):
            words = [w for w in m.group(1).split() if w.lower() not in L.CAP_FUNCTION and w.lower() not in L.PRONOUNS]
            if words:
                return _strip_possessive(" ".join(words)).rstrip(".,")
    return None


_TITLES = frozenset("""mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. gen gen. lt col col. sgt capt maj rev
    president senator governor representative secretary minister judge justice mayor chairman chairwoman speaker
    sir lady lord prince king queen pope professor prof prof. former""".split())
_NOT_NAME = frozenset("""january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday republican republicans democrat democrats democratic
    gop american americans god christmas easter twitter facebook press news times post journal herald tribune
    agency network radio television tv channel magazine""".split())


def _full_name(text: str, end: int, surname: str) -> str | None:
    """The last full name ending in ``surname`` before ``end`` ("Ada Kone" for "Kone")."""
    best = None
    for m in re.finditer(r"((?:[A-Z][\w'\u2019.-]*\s+){1,3})" + re.escape(surname) + r"(?![\w'\u2019-])", text[:end]):
        words = [w for w in m.group(1).split() if w.lower().rstrip(".") not in _TITLES | L.CAP_FUNCTION
                 and w.lower() not in _NOT_NAME and not _is_role(w)]
        # only the given names right before the surname: "Health Minister Ada Kone" -> "Ada"
        given = []
        for w in reversed(m.group(1).split()):
            if w not in words or not w[:1].isupper():
                break
            given.insert(0, w)
        if given and not _is_orgish(given + [surname]):
            best = " ".join(given + [surname])
    return best


def _agrees(text: str, name: str, end: int, pronoun: str) -> bool:
    """Whether he/she can stand for ``name``: the text does not mark the person as the other sex."""
    return _sex(text, name, end) in (None, "m" if pronoun == "he" else "f")


def _last_person(text: str, end: int, known: dict, pronoun: str | None = None) -> tuple[int, str] | None:
    """(offset, name) of the last person named before ``end``: a run of two to four capitalised
    words that is no organisation or place ("Sebastian Gorka", "Sen. Ted Cruz" -> Ted Cruz), or a
    surname already met in full. Looks back at most 3,000 characters. With ``pronoun`` (he/she),
    a person the text marks as the other sex is passed over (see :func:`_sex`)."""
    found = _persons_before(text, end, known)
    for pos, name in reversed(found):
        if pronoun not in ("he", "she") or _agrees(text, name, end, pronoun):
            return pos, name
    return None


_SEX_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+)")
_SEX_PRONOUN = re.compile(r"\b(he|him|his|she|her|hers)\b", re.I)


def _sex(text: str, name: str, end: int) -> str | None:
    """What the text says of a person's sex before ``end``: a title ("Mrs. Clinton"), or the first
    personal pronoun right after the name as a subject ("Jana Kell said her ..."). None when the
    text does not say, or says both."""
    surname = name.split()[-1]
    seen = set()
    for m in _SEX_TITLE.finditer(text, 0, end):
        if m.group(2) == surname:
            seen.add("m" if m.group(1) == "Mr" else "f")
    for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w-])", text[:end]):
        nxt = _SEX_PRONOUN.search(text, m.end(), min(end, m.end() + 40))
        if nxt and not re.search(r"[.;!?\"\u201c\u201d]|\b[A-Z][a-z]+\b", text[m.end():nxt.start()]):
            seen.add("m" if nxt.group(1).lower() in ("he", "him", "his") else "f")
    return seen.pop() if len(seen) == 1 else None


_RUN_END = re.compile(r"(?<=[a-z]{3})\.\s+")  # "... in Vårt Land. Such a translation": a sentence ends


def _name_runs(text: str, start: int, end: int):
    """(offset, run) of capitalised runs in text[start:end], cut where a sentence ends inside one."""
    for m in _NAME_RUN.finditer(text, start, end):
        run, pos = m.group(1), m.start()
        for cut in _RUN_END.finditer(run):
            if cut.start() == 0 or run[:cut.start()].split()[-1].lower() not in _TITLES:
                yield pos, run[:cut.start()]
                pos, run = pos + cut.end(), run[cut.end():]
                break  # one cut is enough: a second sentence end in a capitalised run is rare
        yield pos, run


def _persons_before(text: str, end: int, known: dict) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    surnames = {k for k in known if " " not in k}
    start = max(0, end - 3000)
    for pos, run in _name_runs(text, start, end):
        words = [w.rstrip(".,") for w in run.split()]
        words = [w for w in words if w]
        courtesy = bool(words) and words[0].lower() in ("mr", "mrs", "ms", "miss", "dr")  # "Mr. Estrada": a person
        while words and words[0].lower() in (_TITLES | L.CAP_FUNCTION):
            words = words[1:]
        words = [_strip_possessive(w) for w in words]
        if not words or any(w.lower() in _NOT_NAME for w in words):
            continue
        name = " ".join(words)
        if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
                                         for w in words) and not _is_orgish(words) and not _country(name) \
                and name.lower() not in L.DEMONYMS and not any(w.isupper() and len(w) > 1 for w in words):
            out.append((pos, name))
            surnames.add(words[-1])
        elif len(words) == 1 and (words[0] in surnames or (courtesy and words[0].isalpha())):
            out.append((pos, words[0]))
    return out


def _documentary(mention: str) -> bool:
    """A poll, a study, a draft: evidence the reporter cites, with no one named behind it."""
    head = re.split(r"\s(?:in|of|at|for|from|with|on|to|by|seen|obtained|published|released|conducted)\s", mention.strip(), maxsplit=1)[0]
    words = head.lower().strip(" .,").split()
    return bool(words) and words[-1] in _DOCUMENTS


def _described(m: Mention, mention: str) -> Speaker | None:
    """A source the article never names, kept as the words it uses ("Multiple outlets", "About
    three-quarters of voters"): better than no speaker, and never someone else's name."""
    if m.pronoun or re.match(r"(?:its|their|his|her|our|my|your)\s", mention.strip(), re.I):
        return None  # "its own estimates": whose, the rules could not tell
    words = mention.strip(" ,").split()
    while words and words[0].lower() in L.DETERMINERS:
        words = words[1:]
    if not words or len(words) > 10:
        return None
    if _documentary(mention):
        return None  # "Polls show", "a draft seen by Reuters": the reporter's evidence, nobody speaking
    text = " ".join(words)
    return Speaker(text, "group" if m.plural or words[-1].endswith("s") else "unknown", mention.strip(), None, m.role)


def _named(name: str, mention: str) -> Speaker:
    t = _TITLE_ABBR.match(name)
    if t and name[t.end():].strip():
        name = name[t.end():]
    toks = name.split()
    kind = org_kind(name) if (_is_orgish(toks) or _country(name) or (len(toks) == 1 and name.isupper())) else "person"
    return Speaker(name, kind, mention.strip(), name if kind != "person" else None, None)


def _strip_abs(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in "\"\u201c\u201d"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "\"\u201c\u201d"):
        b -= 1
    return a, b
