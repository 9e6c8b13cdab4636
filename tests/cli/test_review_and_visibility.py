"""Issue 14 on the command line: `review`, rejected claims left out unless --include-rejected,
--as-of leaving out later articles, the claims table's header and columns, ASCII titles in CSV."""
import csv
import io
import json
import sqlite3

import pytest

from helpers import LATER_ARTICLE as LATER, SEED
from helpers.cli import run


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "v.db"
    assert run(capsys, "--db", path, "import", SEED)[0] == 0
    return path


def ids(capsys, db, *argv) -> set[int]:
    code, out, _ = run(capsys, "--db", db, "claims", "--format", "json", *argv)
    assert code == 0
    return {r["id"] for r in json.loads(out)}


def export_ids(capsys, db, *argv) -> set[int]:
    code, out, _ = run(capsys, "--db", db, "export", *argv)
    assert code == 0
    return {int(r["claim_id"]) for r in csv.DictReader(io.StringIO(out))}


def reviews(db) -> list:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT id, review, version FROM claim ORDER BY id").fetchall()


def test_review_rejects_and_rejected_claims_are_left_out_unless_asked(db, capsys):
    everything = ids(capsys, db)
    code, out, err = run(capsys, "--db", db, "review", "1", "rejected")
    assert (code, out, err) == (0, "claim 1: rejected\n", "")
    assert ids(capsys, db) == everything - {1}
    assert ids(capsys, db, "--include-rejected") == everything
    assert export_ids(capsys, db) == everything - {1}
    assert export_ids(capsys, db, "--include-rejected") == everything
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json")
    assert 1 not in {c["id"] for c in json.loads(out)["claims"]}
    code, out, _ = run(capsys, "--db", db, "claims")
    assert not [line for line in out.splitlines()[1:] if line.split()[0] == "1"]
    code, out, _ = run(capsys, "--db", db, "claims", "--include-rejected")
    assert [line for line in out.splitlines()[1:] if line.split()[0] == "1"][0].split()[5] == "rejected"
    assert run(capsys, "--db", db, "review", "1", "Accepted")[1] == "claim 1: accepted\n"
    assert ids(capsys, db) == everything
    assert run(capsys, "--db", db, "review", "1", "suggested")[1] == "claim 1: suggested\n"


@pytest.mark.parametrize("argv, message", [
    (["review", "99999", "rejected"], "no claim with id 99999"),
    (["review", "1", "maybe"], "unknown review 'maybe' (choose from suggested, accepted, rejected)"),
    (["review", "one", "rejected"], "claim id 'one' is not a number"),
])
def test_bad_review_is_one_line_exit_2_nothing_changed(db, capsys, argv, message):
    before = reviews(db)
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 2 and out == "" and err == f"claimledger: {message}\n"
    assert reviews(db) == before


def test_as_of_leaves_out_articles_published_later(db, tmp_path, capsys):
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    assert run(capsys, "--db", db, "import", later, "--published", "2024-11-20")[0] == 0
    code, out, _ = run(capsys, "--db", db, "claims", "--format", "json", "--search", "fuel taxes")
    (fuel,) = json.loads(out)
    now = ids(capsys, db)
    then = ids(capsys, db, "--as-of", "2021-12-02")
    assert fuel["id"] in now and fuel["id"] not in then and len(now - then) == 2
    assert export_ids(capsys, db, "--as-of", "2021-12-02") == then
    assert ids(capsys, db, "--as-of", "2021-12-02", "--status", "pending") == then  # not listed as pending
    code, out, _ = run(capsys, "--db", db, "export", "--format", "html", "--as-of", "2021-12-02")
    assert code == 0 and "Maria Lopez" not in out and "fuel taxes" not in out and "Zabihullah Mujahid" in out
    code, out, _ = run(capsys, "--db", db, "export", "--format", "json", "--as-of", "2021-12-02")
    assert [a["title"] for a in json.loads(out)["articles"]] != [] and "Taliban office" not in out
    assert fuel["id"] in ids(capsys, db, "--as-of", "2024-11-20")


def test_claims_table_has_a_header_and_aligned_columns(db, capsys):
    run(capsys, "--db", db, "review", "2", "rejected")
    code, out, err = run(capsys, "--db", db, "claims", "--include-rejected")
    lines = out.splitlines()
    header = lines[0]
    assert header.split() == ["ID", "KIND", "STATUS", "DUE", "OVERDUE", "REVIEW", "SPEAKER", "QUOTE"]
    assert len(lines) == 16 and err == "15 claims\n"
    starts = [header.index(name) for name in header.split()[1:]]
    for line in lines[1:]:
        for at in starts:  # every column starts where its heading does, after a gap
            assert line[at - 2:at] == "  " and line[at] != " ", (line, at)
        cells = line.split()
        assert cells[4] in ("yes", "no")  # OVERDUE: a column of its own, never run into the quote
        assert "OVERDUE" not in line and "\u2026" not in line
    overdue = {line.split()[0] for line in lines[1:] if line.split()[4] == "yes"}
    assert overdue == {str(i) for i in ids(capsys, db, "--overdue")}
    assert any(line.endswith("...") for line in lines[1:])  # long quotes are cut, in ASCII
    code, out, _ = run(capsys, "--db", db, "claims", "--search", "nothing-matches-this")
    assert out.splitlines() == ["ID  KIND  STATUS  DUE  OVERDUE  REVIEW  SPEAKER  QUOTE"]  # the header even then


@pytest.mark.parametrize("excel", [False, True])
def test_csv_titles_the_app_makes_are_ascii(db, tmp_path, capsys, excel):
    report = tmp_path / "r.csv"
    code, _, _ = run(capsys, "--db", db, "export", "-o", report, *(["--excel"] if excel else []))
    raw = report.read_bytes()
    assert code == 0 and raw.startswith(b"\xef\xbb\xbf") == excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    titles = {r["article_title"] for r in rows}
    assert titles == {"The Taliban has plans to present a written peace proposal to the Afghan government side as soon as..."}
    assert all(t.isascii() for t in titles)
