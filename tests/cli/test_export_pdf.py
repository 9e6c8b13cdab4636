"""`claimledger export --format pdf`: the printed report from the command line."""
import re
import shutil
import subprocess

import pytest

from helpers import SEED
from helpers.cli import run


def test_pdf_needs_an_output_file(tmp_path, capsys):
    db = tmp_path / "p.db"
    run(capsys, "--db", db, "import", SEED)
    code, out, err = run(capsys, "--db", db, "export", "--format", "pdf")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "needs -o FILE" in err


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_pdf_written_with_title_filters_and_as_of(tmp_path, capsys):
    db = tmp_path / "afghanistan.db"
    run(capsys, "--db", db, "import", SEED)
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "--db", db, "export", "--format", "pdf", "--as-of", "2021-09-01", "--kind", "plan",
                       "--title", "Plans in Afghanistan", "-o", out)
    assert code == 0 and re.search(r"wrote \d+ claims to", err)
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".r.pdf.*"))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^afghanistan\s+as of 2021-09-01$", text, re.M)
    assert "Plans in Afghanistan" in text and re.search(r"page 1 of \d+", text)
    assert "withdraw all foreign troops" in text and "Prediction by" not in text  # --kind plan
