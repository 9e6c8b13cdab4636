"""A test that hangs ends, and says where: the suite's hooks (imported by tests/conftest.py).

pytest-timeout (pyproject: `timeout`, method "signal") fails a test that runs too long, with its
traceback, and the run goes on. Its alarm is handled between two steps of the interpreter, and
code inside C can keep those from coming (Qt's event loop waiting on nothing of ours, a lock taken
in C, a signal blocked). faulthandler's watchdog is a thread of its own in C: a fifth of the limit
later it prints every thread's stack and ends the process (under xdist the worker, which is
replaced once; see the Makefile). It writes to the terminal's own descriptor, taken before any
test captures output: what a dying process wrote into a capture is lost with it. A SIGTERM (CI's
time limit, `timeout`) prints the stacks the same way before ending the process as it would.
"""
from __future__ import annotations

import faulthandler
import io
import os
import signal
import sys

import pytest

BACKSTOP = 1.2  # the watchdog's time, as a multiple of the test's own limit
_STACKS = pytest.StashKey[int]()


def configure(config) -> None:
    # pytest_configure runs with the output not yet captured (as for pytest's own faulthandler);
    # a stream with no descriptor of its own (a runner's replacement) leaves the process's own
    try:
        fileno = sys.stderr.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        fileno = 2
    fd = os.dup(fileno)
    config.stash[_STACKS] = fd
    faulthandler.register(signal.SIGTERM, file=fd, all_threads=True, chain=True)


def limit(item) -> float:
    """The test's pytest-timeout limit in seconds (its own mark, else the ini's); 0: none."""
    mark = item.get_closest_marker("timeout")
    value = mark.args[0] if mark is not None and mark.args else item.config.getini("timeout")
    return float(value or 0)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    seconds = limit(item)
    if seconds > 0:
        faulthandler.dump_traceback_later(seconds * BACKSTOP, exit=True, file=item.config.stash[_STACKS])
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


def pytest_unconfigure(config):
    fd = config.stash.get(_STACKS, None)
    if fd is not None:
        faulthandler.unregister(signal.SIGTERM)
        os.close(fd)
