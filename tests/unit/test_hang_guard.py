"""The suite's guard against a test that hangs (tests/helpers/hang_guard.py), run on small suites
of its own in a child pytest, with a limit of two seconds."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]

CONFTEST = "from helpers.hang_guard import configure, pytest_runtest_protocol, pytest_unconfigure\n" \
           "def pytest_configure(config):\n    configure(config)\n"

REGEX = r'''
import re

def test_before():
    pass

def test_regex_holds_the_interpreter():
    re.match(r"(a+)+$", "a" * 40 + "b")   # hours of backtracking, inside C

def test_after():
    pass
'''

BLOCKED = r'''
import signal, time

def test_alarm_blocked_in_c():
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(600)
'''


def _suite(tmp_path: Path, body: str) -> Path:
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_suite.py").write_text(body)
    # the project's own way of timing out (pyproject), with a limit of two seconds
    method = tomllib.loads((TESTS.parent / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["timeout_method"]
    (tmp_path / "pytest.ini").write_text(f"[pytest]\ntimeout = 2\ntimeout_method = {method}\n")
    return tmp_path


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}


def _pytest(*args: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args]


def _run(root: Path, *args: str) -> tuple[subprocess.CompletedProcess, str]:
    t0 = time.monotonic()
    run = subprocess.run(_pytest(*args), cwd=root, env=_env(), capture_output=True, text=True, timeout=120)
    out = run.stdout + run.stderr
    assert time.monotonic() - t0 < 60, out
    return run, out


def test_a_regular_expression_that_never_ends_fails_its_test_and_the_run_goes_on(tmp_path):
    """A match that backtracks for hours holds the interpreter: the "thread" method's timer never
    ran; the alarm is handled inside the match, and the test fails with its traceback."""
    run, out = _run(_suite(tmp_path, REGEX))
    assert "Timeout (>2.0s)" in out and "test_regex_holds_the_interpreter" in out, out
    assert "1 failed, 2 passed" in out, out


@pytest.mark.parametrize("workers", [[], ["-n", "2", "--max-worker-restart", "1"]], ids=["one process", "xdist"])
def test_a_hang_the_alarm_cannot_reach_prints_its_stack_and_ends(tmp_path, workers):
    run, out = _run(_suite(tmp_path, BLOCKED), *workers)
    assert "Timeout (0:00:02" in out and "line 6 in test_alarm_blocked_in_c" in out, out
    assert run.returncode != 0


def test_a_sigterm_prints_every_stack(tmp_path):
    root = _suite(tmp_path, "import time, pathlib\n\ndef test_waits():\n"
                            "    pathlib.Path('started').touch()\n    time.sleep(60)\n")
    child = subprocess.Popen(_pytest(), cwd=root, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while not (root / "started").exists() and time.monotonic() < deadline and child.poll() is None:
        time.sleep(0.05)
    # (the file exists before touch() returns: a signal at once can find the child still in pathlib,
    # on line 4; half a second puts it in the sleep on line 5)
    time.sleep(0.5)
    child.send_signal(signal.SIGTERM)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGTERM, out
    assert "line 5 in test_waits" in out, out
