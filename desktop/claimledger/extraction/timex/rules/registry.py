"""The rule registry of the temporal grammar.

A rule is a function ``fn(m, ctx)`` of a match of its pattern and the text's context
(:class:`~claimledger.extraction.timex.context._Ctx`) returning ``(type, value)``, ``(type,
value, start, end)`` when its span differs from the match, or None. It is registered with
``@rule(pattern, prio=..., first={...})``:

- ``prio``: among candidates of the same length the lower priority is tried first, then (at
  the same start) the rule that comes first in the registry (see ``rules.FAMILIES``);
- ``first``: the tokens that can start a match (lower case; ``#`` stands for any number,
  ``'`` and ``’`` for an apostrophe): the tagger tries a rule only at those tokens.
"""
from __future__ import annotations

import re
from typing import Callable

from claimledger.extraction.timex.context import _I
from claimledger.extraction.timex.lex import MONTHS, ONES, TENS, WEEKDAYS

RULES: list[tuple[re.Pattern, Callable, int, frozenset[str]]] = []


def rule(pattern: str, prio: int = 5, flags: int = _I, *, first: set[str]):
    """Register the decorated function as a rule of ``pattern`` (compiled with ``flags``)."""
    rx = re.compile(pattern, flags)
    words = frozenset(first)

    def deco(fn):
        RULES.append((rx, fn, prio, words))
        return fn

    return deco


# ---- vocabularies of the tokens rules start with (see ``first``) --------------------------------
_W_MONTH = set(MONTHS)
_W_WEEKDAY = set(WEEKDAYS) | {"thur", "thurs", "tues"}
_W_NUM = set(ONES) | set(TENS) | {"a", "an", "one", "hundred", "dozen", "thousand", "few", "several", "some", "many",
                                   "couple", "#"}
