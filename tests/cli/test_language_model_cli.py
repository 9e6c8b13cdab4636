"""A missing language model is a broken install: one line naming it, exit status 1, no traceback."""
from __future__ import annotations

import subprocess
import sys

from helpers import SEED

SCRIPT = """
import sys
from claimledger.extraction import parse
parse.MODEL = "en_core_web_sm_not_installed"
from claimledger import cli
sys.exit(cli.main(["extract", "--format", "jsonl", "--published", "2021-07-06", sys.argv[1]]))
"""


def test_missing_model_is_one_line_and_status_1():
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(SEED)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimledger: the language model")
    assert "en_core_web_sm_not_installed" in lines[0] and "Traceback" not in done.stderr
    assert done.stdout == ""
