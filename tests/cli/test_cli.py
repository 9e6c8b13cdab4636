"""The command line as a user meets it: exit statuses, one-line errors, the documented loop."""
import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from claimledger.cli import main
from helpers import SEED
from helpers.cli import run

EXE = Path(sys.executable).with_name("claimledger")


def counts(db: Path) -> tuple:
    if not db.exists():
        return ()
    with sqlite3.connect(db) as c:
        return tuple(c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("article", "claim", "outcome_event"))


def test_mission_loop_import_mark_export(tmp_path, capsys):
    db = tmp_path / "a.db"
    code, out, _ = run(capsys, "--db", db, "import", SEED)
    assert code == 0 and "imported article 1 (2021-07-06)" in out
    code, out, _ = run(capsys, "--db", db, "claims", "--format", "json", "--search", "withdraw all foreign troops")
    (troops,) = json.loads(out)
    # the contract's keys (DESIGN.md: claims --format json)
    assert {"claim_id", "article_id", "quote", "speaker", "kind", "status", "deadline_expression", "deadline_earliest",
            "deadline_latest", "deadline_granularity"} <= set(troops) and troops["claim_id"] == troops["id"]
    code, out, _ = run(capsys, "--db", db, "mark", troops["claim_id"], "fulfilled", "--on", "2021-08-30",
                       "--evidence", "https://example.org/x")
    assert code == 0 and "fulfilled on 2021-08-30" in out
    report = tmp_path / "a.csv"
    code, _, err = run(capsys, "--db", db, "export", "--format", "csv", "-o", report)
    assert code == 0 and "wrote" in err
    rows = list(csv.DictReader(report.open(encoding="utf-8", newline="")))
    by_quote = {r["quote"]: r for r in rows}
    t = next(r for q, r in by_quote.items() if "withdraw all foreign troops by September 11" in q)
    assert (t["speaker"], t["deadline_latest"], t["deadline_granularity"]) == ("United States", "2021-09-11", "day")
    assert (t["status"], t["status_observed_on"], t["days_early_or_late"]) == ("fulfilled", "2021-08-30", "-12")
    p = next(r for q, r in by_quote.items() if "plans to present a written peace proposal" in q)
    assert (p["deadline_earliest"], p["deadline_latest"], p["deadline_granularity"]) == ("2021-08-01", "2021-08-31", "month")
    assert "Taliban" in p["speaker"] + p["speaker_affiliation"]


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "file is empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary data"),
    ("latin1.txt", b" date 2021-07-06 Caf\xe9 will open next week.", "not UTF-8 text"),
    ("impossible.txt", b" date 2021-02-30 The council will vote next week.", "impossible"),
    ("nodate.txt", b"The council will vote next week.", "no publication date"),
])
def test_bad_import_exit_2_one_line_db_unchanged(tmp_path, capsys, name, content, message):
    db = tmp_path / "b.db"
    assert run(capsys, "--db", db, "import", SEED)[0] == 0
    before = counts(db)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "--db", db, "import", path)
    assert code == 2
    assert err.count("\n") == 1 and name in err and message in err and "Traceback" not in err
    assert counts(db) == before


def test_impossible_published_flag(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "c.db"), "import", str(SEED), "--published", "2021-02-30"])
    assert exc.value.code == 2
    assert "impossible" in capsys.readouterr().err
    assert not (tmp_path / "c.db").exists()


@pytest.mark.parametrize("argv, message", [
    (["mark", "99999", "fulfilled"], "no claim with id 99999"),
    (["mark", "1", "done"], "unknown status 'done'"),
    (["mark", "1", "fulfilled", "--evidence", "file:///etc/passwd"], "not an http(s) link"),
])
def test_bad_mark(tmp_path, capsys, argv, message):
    db = tmp_path / "m.db"
    run(capsys, "--db", db, "import", SEED)
    before = counts(db)
    code, _, err = run(capsys, "--db", db, *argv)
    assert code == 2 and message in err and err.count("\n") == 1
    assert counts(db) == before


def test_corrupt_database_exit_1_untouched(tmp_path, capsys):
    db = tmp_path / "notes.db"
    db.write_bytes(b"not a database at all")
    code, _, err = run(capsys, "--db", db, "claims")
    assert code == 1 and "not a Claim Ledger database" in err
    assert db.read_bytes() == b"not a database at all"


def test_export_to_missing_folder_leaves_nothing(tmp_path, capsys):
    db = tmp_path / "e.db"
    run(capsys, "--db", db, "import", SEED)
    code, _, err = run(capsys, "--db", db, "export", "-o", tmp_path / "nope" / "x.csv")
    assert code == 2 and "does not exist" in err


def test_export_stdout_and_as_of(tmp_path, capsys):
    db = tmp_path / "s.db"
    run(capsys, "--db", db, "import", SEED)
    code, out, _ = run(capsys, "--db", db, "export", "--as-of", "2021-09-01", "--overdue")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and all(r["overdue"] == "true" for r in rows)
    assert any("peace proposal" in r["quote"] for r in rows)


def test_claims_table_and_csv(tmp_path, capsys):
    db = tmp_path / "t.db"
    run(capsys, "--db", db, "import", SEED)
    code, out, err = run(capsys, "--db", db, "claims", "--status", "pending", "--due-before", "2021-12-31")
    assert code == 0 and "2021-09-11" in out and "claims" in err
    code, out, _ = run(capsys, "--db", db, "claims", "--format", "csv")
    assert out.startswith("claim_id,article_title,")


def test_extract_jsonl_contract(capsys):
    code, out, _ = run(capsys, "extract", "--format", "jsonl", SEED)
    (line,) = out.splitlines()
    doc = json.loads(line)
    assert doc["file"] == str(SEED) and doc["published"] == "2021-07-06"
    text = SEED.read_text(encoding="utf-8")
    assert doc["claims"], "the seed article yields claims"
    for c in doc["claims"]:
        assert set(c) >= {"quote", "start", "end", "kind", "speaker", "deadline"}
        assert c["deadline"] is None or set(c["deadline"]) >= {"expression", "earliest", "latest", "granularity"}
        assert c["quote"] in text


def test_extract_many_files_reports_bad_one(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out, err = run(capsys, "extract", "--format", "jsonl", SEED, bad, SEED)
    assert code == 2 and len(out.splitlines()) == 2 and "bad.txt: file is empty" in err


def test_timex_json_lines(capsys):
    code, out, _ = run(capsys, "timex", SEED)
    items = [json.loads(x) for x in out.splitlines()]
    assert code == 0
    assert any(t["value"] == "2021-09-11" for t in items)
    assert all(set(t) >= {"start", "end", "text", "type", "value", "earliest", "latest", "granularity"} for t in items)


def test_installed_entry_point_and_env_var(tmp_path):
    env = dict(os.environ, CLAIMLEDGER_DB=str(tmp_path / "env.db"))
    proc = subprocess.run([str(EXE), "import", str(SEED)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "env.db").exists()
    proc = subprocess.run([str(EXE), "--version"], capture_output=True, text=True)
    assert proc.stdout.startswith("claimledger ")


def test_gui_without_display_is_a_clear_message(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([str(EXE), "--db", str(tmp_path / "g.db")], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert "no display" in proc.stderr and "Traceback" not in proc.stderr


def test_backup_and_restore(tmp_path, capsys):
    db = tmp_path / "live.db"
    run(capsys, "--db", db, "import", SEED)
    code, out, _ = run(capsys, "--db", db, "backup", tmp_path / "copy.db")
    assert code == 0 and "backed up" in out
    with sqlite3.connect(tmp_path / "copy.db") as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    before = counts(db)
    run(capsys, "--db", db, "mark", "1", "fulfilled", "--on", "2021-08-01")
    assert counts(db) != before
    code, out, _ = run(capsys, "--db", db, "restore", tmp_path / "copy.db")
    assert code == 0 and "previous content" in out
    assert counts(db) == before
    bak = next(tmp_path.glob("live.db.before-restore-*.bak"))
    with sqlite3.connect(bak) as c:
        assert c.execute("SELECT count(*) FROM outcome_event").fetchone()[0] == 1


@pytest.mark.parametrize("content, message", [(b"junk", "not a Claim Ledger backup"), (None, "no such file")])
def test_restore_refuses_bad_backup(tmp_path, capsys, content, message):
    db = tmp_path / "live.db"
    run(capsys, "--db", db, "import", SEED)
    before = counts(db)
    bad = tmp_path / "bad.db"
    if content is not None:
        bad.write_bytes(content)
    code, _, err = run(capsys, "--db", db, "restore", bad)
    assert code == 2 and message in err and counts(db) == before


def test_backup_onto_itself_refused(tmp_path, capsys):
    db = tmp_path / "live.db"
    run(capsys, "--db", db, "import", SEED)
    code, _, err = run(capsys, "--db", db, "backup", db)
    assert code == 2 and "is the database itself" in err


def test_bare_files_mean_gui(monkeypatch):
    from claimledger import cli

    seen = {}
    monkeypatch.setattr(cli, "cmd_gui", lambda args: seen.setdefault("files", args.files) and 0)
    monkeypatch.setitem(cli.COMMANDS, "gui", cli.cmd_gui)
    assert cli._gui_for_files(["--db", "x.db", str(SEED)]) == ["--db", "x.db", "gui", str(SEED)]
    assert cli._gui_for_files(["import", str(SEED)]) == ["import", str(SEED)]
    assert cli._gui_for_files(["nonexistent.txt"]) == ["nonexistent.txt"]
    main([str(SEED)])
    assert seen["files"] == [str(SEED)]
