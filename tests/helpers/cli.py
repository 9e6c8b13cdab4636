"""The command line called in-process, as the CLI tests call it."""
from __future__ import annotations


def run(capsys, *argv) -> tuple[int, str, str]:
    """``claimledger *argv`` in this process: (exit status, stdout, stderr); arguments may be paths."""
    from claimledger.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
