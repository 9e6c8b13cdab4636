"""Value objects returned by the extraction functions (pure data, no behaviour beyond views).

These are the interface between ``extraction`` and everything above it (services, CLI
``extract``/``timex`` output). Field names follow DESIGN.md's JSON contracts.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from claimledger.domain import ClaimKind, Deadline, Granularity


class TimexType(StrEnum):
    """TIMEX3 types (TimeML): a calendar date or period, a clock time, a length of time, a repetition."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class CueForm(StrEnum):
    """How a sentence's attribution is written (``Attribution.how``)."""

    FRONT = "front"  # "X said (that) ...", "X vowed to ..."
    FRONT_INNER = "front-inner"  # a cue verb inside the reporter's clause ("... told The Guardian that he believes")
    TAIL = "tail"  # "..., X said"
    QUOTE = "quote"  # '"...," X said'
    INVERTED = "inverted"  # '"...," said X'
    ACCORDING = "according"  # "according to X"
    ACCORDING_DATA = "according-data"  # "according to LSEG data": where a number comes from
    SAYING = "saying"  # "X cut its forecast, saying ..."
    COLON = "colon"  # 'X: "..."', headline "McCaul: If elected, ..."
    PASSIVE = "passive"  # "it was announced by X"
    HEADLINE = "headline"  # a headline line: no claims of its own
    INTRO = "intro"  # "Hewitt writes:" ending its paragraph: the next paragraph is his; no claims of its own
    CONTINUATION = "continuation"  # a quotation that goes on from an earlier sentence
    LOOKAHEAD = "lookahead"  # a quotation whose attribution comes in a later sentence
    ANSWER = "answer"  # an interview's answer after "A:": the interviewee's words (:mod:`interview`)
    REPORTER = "reporter"  # the reporter's own statement


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression. ``text == source[start:end]`` always holds.

    ``type``/``value`` follow TIMEX3 (DATE, TIME, DURATION, SET; ``2021-08``, ``P1M``,
    ``FUTURE_REF`` ...). ``earliest``/``latest``/``granularity`` are the deadline view of it:
    inclusive calendar bounds, either open when the expression does not fix it.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    earliest: date | None = None
    latest: date | None = None
    granularity: Granularity | None = None
    anchor: date | None = None

    def to_json(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "earliest": self.earliest.isoformat() if self.earliest else None,
            "latest": self.latest.isoformat() if self.latest else None,
            "granularity": self.granularity.value if self.granularity else None,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """A claim found in an article. ``quote == text[start:end]`` always holds.

    ``speaker`` is the resolved name an analyst would file it under ("Taliban"), ``speaker_mention``
    the words in the text that attribute it ("a spokesperson for the insurgents"), None when
    the reporter states it. ``event_time`` is when a reported fact happened (not a deadline).
    """

    quote: str
    start: int
    end: int
    kind: ClaimKind
    speaker: str | None = None
    speaker_kind: str | None = None
    speaker_mention: str | None = None
    speaker_affiliation: str | None = None
    modality: str | None = None
    condition: str | None = None
    negated: bool = False
    deadline: Deadline | None = None
    event_time: Deadline | None = None
    confidence: float = 0.5
    timexes: tuple[Timex, ...] = field(default=(), repr=False)

    def to_json(self) -> dict:
        def dl(d: Deadline | None) -> dict | None:
            if d is None:
                return None
            return {
                "expression": d.expression,
                "earliest": d.earliest.isoformat() if d.earliest else None,
                "latest": d.latest.isoformat() if d.latest else None,
                "granularity": d.granularity.value if d.granularity else None,
            }

        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "modality": self.modality,
            "condition": self.condition,
            "negated": self.negated,
            "deadline": dl(self.deadline),
            "event_time": dl(self.event_time),
        }
