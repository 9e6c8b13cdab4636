"""The rules of the temporal grammar, one module a family.

The registry is sorted by priority; between rules of the same priority the family's place in
``FAMILIES`` decides, then the order of the rules in the family's module.
"""
from __future__ import annotations

from claimledger.extraction.timex.rules import (
    anaphora, dates, deictic, durations, holidays, periods, quarters, relative, seasons, sets, spelled, weekdays,
)
from claimledger.extraction.timex.rules.registry import RULES

FAMILIES = (dates, quarters, seasons, weekdays, holidays, deictic, relative, durations, sets, spelled, periods, anaphora)
_FAMILY_RANK = {f.__name__: k for k, f in enumerate(FAMILIES)}
RULES.sort(key=lambda r: (r[2], _FAMILY_RANK[r[1].__module__]))
