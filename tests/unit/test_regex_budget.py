"""No regular expression of the extraction backtracks for ever.

A pattern such as ``(?:(?:[A-Z]\\w*|and|,)\\s*)+`` (a word's letters may also be read as several
words) takes seconds at 25 capitals and hours at 40: in an article it hangs the import, and in a
test it held the interpreter so that no timeout could end it. Every pattern the extraction's
modules hold (at module level, in their tables, on their rule objects) is tried on runs of the
units such patterns trip on (capitals, words, spaces, commas, apostrophes, quotation marks), each
followed by a character that makes the match fail; each try must end within its budget. The
alarm is handled inside the matching engine, which stops it there and names the pattern."""
from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re
import signal
import time
from datetime import date

import pytest

import claimledger.extraction as extraction

BUDGET_S = 0.5  # the slowest pattern takes about 1 ms on these inputs

UNITS = ["A", "a", "Ab", "AB", "1", " ", ",", ".", "'", "\u2019", '"', "\u201c", "-", "\n", "  ", ". ",
         "Ab ", "ab ", "AB ", "and ", "a, ", "Ab, ", "Mr. ", "A. ", "ab.", "1,", "'s ", "ab-", "Ab Cd "]
ENDS = ["", "x", "!", "\u201d", "1", "\n", " .", "?"]
INPUTS = [unit * n + end for unit in UNITS for n in (12, 25) for end in ENDS]


def _patterns_in(value, depth: int = 0):
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _patterns_in(v, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for k, v in value.items():
            yield from _patterns_in(k, depth + 1)
            yield from _patterns_in(v, depth + 1)
    elif depth < 3 and hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from _patterns_in(getattr(value, name, None), depth + 1)


def _all_patterns() -> dict[str, re.Pattern]:
    found: dict[int, tuple[str, re.Pattern]] = {}
    for info in pkgutil.walk_packages(extraction.__path__, extraction.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for p in _patterns_in(value):
                found.setdefault(id(p), (f"{info.name}.{name}", p))
    ordered = sorted(found.values(), key=lambda np: (np[0], np[1].pattern))
    return {f"{n} #{i} {p.pattern[:40]!r}": p for i, (n, p) in enumerate(ordered)}


class _OverBudget(Exception):
    pass


@contextlib.contextmanager
def _alarms():
    """SIGALRM raises _OverBudget meanwhile; pytest-timeout's own alarm (the same signal) is set
    again afterwards with the time it had left."""

    def alarm(signum, frame):
        raise _OverBudget

    left, t0 = signal.getitimer(signal.ITIMER_REAL)[0], time.monotonic()
    old = signal.signal(signal.SIGALRM, alarm)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if left:
            signal.setitimer(signal.ITIMER_REAL, max(0.01, left - (time.monotonic() - t0)))


def _over_budget(pattern: re.Pattern, *, first: bool = False) -> list[str]:
    """The inputs on which ``pattern`` (search, match or fullmatch) runs past the budget (with
    ``first``, only the first such input)."""
    slow = []
    with _alarms():
        for text in INPUTS:
            for method in (pattern.search, pattern.match, pattern.fullmatch):
                signal.setitimer(signal.ITIMER_REAL, BUDGET_S)
                try:
                    method(text)
                except _OverBudget:
                    slow.append(f"{method.__name__}({text[:30]!r}...)")
                    break
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            if slow and first:
                break
    return slow


def test_every_pattern_is_found():
    patterns = _all_patterns()
    assert len(patterns) > 200  # the tables of cues, clauses and the temporal tagger among them
    assert any(".timex." in name for name in patterns)


def test_no_pattern_backtracks_for_ever():
    slow = {name: s for name, p in _all_patterns().items() if (s := _over_budget(p))}
    assert not slow, slow


def test_no_pattern_built_while_extracting_backtracks_for_ever():
    """The patterns the extraction builds as it goes (``re.search(r"...", ...)`` in a function,
    one made from a name it met), caught as the seed article is read."""
    from claimledger.extraction import claims
    from helpers import SEED

    built: dict[int, re.Pattern] = {}
    compile_ = re._compile  # re's own compile-and-cache step, which every re.* function goes through

    def spy(pattern, flags):
        p = compile_(pattern, flags)
        built[id(p)] = p
        return p

    re.purge()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(re, "_compile", spy)
        claims.extract(SEED.read_text(encoding="utf-8"), date(2021, 7, 6))
    patterns = [p for p in built.values() if isinstance(p.pattern, str)]
    assert len(patterns) > 50
    slow = {p.pattern[:60]: s for p in patterns if (s := _over_budget(p, first=True))}
    assert not slow, slow


def test_a_pattern_that_backtracks_for_ever_is_caught():
    """The check itself: the pattern that once hung the suite is over budget on these inputs, and
    its repair is not."""
    assert _over_budget(re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*|and|or|,)\s*)+"), first=True)
    assert not _over_budget(re.compile(r"(?:[A-Z][\w.'\u2019-]*|and|or)(?:,?\s+(?:[A-Z][\w.'\u2019-]*|and|or))*,?"))


@pytest.mark.parametrize("text", ["A" * 40 + " x", "Ab " * 40 + "!", ("and " * 30) + "\u201d"])
def test_extraction_ends_quickly_on_runs(text):
    """The same runs through the whole extraction (the patterns built inside functions too)."""
    from claimledger.extraction import claims

    with _alarms():
        signal.setitimer(signal.ITIMER_REAL, 20)
        claims.extract(text, date(2021, 7, 6))
