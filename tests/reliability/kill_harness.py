"""Kill the app at random moments; nothing it confirmed may be lost, the file must stay sound.

    python tests/reliability/kill_harness.py --trials 200          # prints: trials 200, confirmed M, lost 0

A SQLite ledger is created and the seed article imported. Then, per trial, a child process opens
the ledger through the services (``Ledger.open``: the file check, migrations, the pragmas) and
works in a loop: mostly ``record_outcome`` with a note, sometimes ``update_claim`` (summary and
tags) and sometimes ``import_bytes`` of a new article. Only after a call returned does it write
a line naming what was saved to its stdout (an unbuffered pipe) — that is "confirmed to the
user". The parent SIGKILLs it after a random delay (during start-up, mid-transaction, mid-fsync:
wherever it lands), then checks with a separate connection that:

* ``PRAGMA integrity_check`` is ``ok`` and the FTS5 index is consistent with its content;
* every confirmed outcome event is there with its claim, status and note (confirmed = lost if not);
* every confirmed edit is there (the claim's version is at least the confirmed one, and at that
  version has the confirmed summary); every confirmed article is there with its claims;
* every claim's cached status is its latest event (event and cache written in one transaction).

Children are forked from this process by default (fast: ~2 ms instead of ~1 s of interpreter
start per trial; the parent holds no database connection and no threads when it forks).
``--exec`` starts each child as a fresh interpreter instead.

``--writers`` mode is the two-writer test: processes writing to one file at once, each
confirming what it saved; afterwards nothing may be missing and no call may have failed.

``--drop-locks`` adds the step of issue 12 to every trial: now and then the child opens and closes
the ledger's own files (``os.close(os.open(...))`` of the database, its -wal and -shm, as a file
dialog, a thumbnailer or a drag-and-drop handler in the same process would), which drops every
POSIX lock the process holds on them; meanwhile the parent plays a colleague's program beside
it: it opens the ledger with its own connection, checks that every write confirmed so far is
there ("seen while it runs"), and closes it again, so that it is the last connection whenever
the child's locks are gone. A confirmed write the colleague did not see counts as lost too.

``hold DB`` (used by tests/reliability/test_lost_locks.py) is a stand-in for the window: it opens
the ledger and then obeys commands read line by line from stdin (``record NOTE``, ``drop SUFFIX...``,
``locks``), answering each with one JSON line once it is done.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_5b4a2467856888dd.txt"
STATUSES = ["in_progress", "stalled", "fulfilled", "partially_fulfilled", "not_fulfilled", "moot", "unverifiable"]
FIRST_DAY = date(2021, 7, 6)
COLLEAGUE_EVERY = 0.03  # --drop-locks: seconds between two reads by the colleague's program


# -- the worker: what the user's app does ---------------------------------------------------------
def drop_locks(db: str, suffixes=("", "-wal", "-shm")) -> None:
    """What a file dialog's mime sniffing does to the ledger's files: open one and close it again.
    Closing any descriptor of a file drops every POSIX lock this process holds on it."""
    for suffix in suffixes:
        try:
            os.close(os.open(db + suffix, os.O_RDONLY))
        except FileNotFoundError:
            pass


def without(remedies: str) -> None:
    """Measure one remedy of issue 12 without the other (store/ledger_files.py): switch off
    ``guard`` (the OFD lock guard), ``failsafe`` (the check of -wal/-shm before and after each
    transaction) or ``both`` (the app as it was before the issue) in this process."""
    from claimledger.store import ledger_files

    if remedies in ("guard", "both"):
        def no_guard(self):
            self.guard = "unsupported: switched off"
        ledger_files.LedgerFiles.take_guard = no_guard
    if remedies in ("failsafe", "both"):
        ledger_files.LedgerFiles.usable = lambda self, info: True


def work(db: str, out_fd: int, seed: int, *, steps: int | None = None, author: str = "harness",
         drop_every: int = 0, ready=None) -> None:
    """Open the ledger and save things in a loop; report each one on ``out_fd`` after it returned.
    ``drop_every``: about every so many saves, open and close the ledger's files (drop_locks).
    ``ready``: called once the ledger is open and the language model loaded, before the first
    save (a writer that loads the model at its first import, seconds into the run, leaves the
    other writer alone in the file: the race then proves nothing)."""
    from claimledger.services import Ledger

    rng = random.Random(seed)
    ledger = Ledger.open(db, author=author)
    ids = [r.id for r in ledger.reader.claims(limit=None)]
    if ready is not None:
        from claimledger.extraction import parse

        parse.load()
        ready()
    span = (date.today() - FIRST_DAY).days
    i = 0
    while steps is None or i < steps:
        i += 1
        if drop_every and rng.randrange(drop_every) == 0:
            drop_locks(db)
        op = rng.random()
        cid = rng.choice(ids)
        if op < 0.85:
            status = rng.choice(STATUSES)
            note = f"note {seed}-{i} {'x' * rng.randrange(0, 400)}"
            r = ledger.outcomes.record_outcome(cid, status, observed_on=FIRST_DAY + timedelta(days=rng.randrange(span)),
                                      note=note, evidence_url=f"https://example.org/{seed}/{i}")
            line = {"t": "e", "id": r.event_id, "claim": cid, "status": status, "note": note}
        elif op < 0.95:
            summary = f"summary {seed}-{i}"
            version = ledger.outcomes.update_claim(cid, {"summary": summary, "tags": f"t{seed},s{i % 7}"})
            line = {"t": "v", "claim": cid, "version": version, "summary": summary}
        else:
            text = (f" date 2021-07-{1 + i % 28:02d} Officials in district {seed}-{i} said the council will vote "
                    f"on the harbour plan by September {1 + i % 28}. The mayor promised to publish the budget next "
                    f"month.")
            r = ledger.importer.import_bytes(text.encode(), origin=f"kill-{seed}-{i}.txt")
            line = {"t": "a", "id": r.article_id, "claims": r.claims, "created": r.created}
            ids = [c.id for c in ledger.reader.claims(limit=None)]
        line["at"] = time.time()
        os.write(out_fd, (json.dumps(line) + "\n").encode())


def own_locks(db: str) -> int:
    """POSIX locks this process holds on the ledger and its -shm (Linux /proc/locks; -1 elsewhere)."""
    try:
        with open("/proc/locks") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return -1
    inodes = set()
    for suffix in ("", "-shm"):
        try:
            inodes.add(os.stat(db + suffix).st_ino)
        except FileNotFoundError:
            pass
    pid = str(os.getpid())
    return sum(1 for line in lines if len(f := line.split()) > 5 and f[1] == "POSIX" and f[4] == pid
               and int(f[5].rsplit(":", 1)[1]) in inodes)


def hold(db: str) -> None:
    """The window's stand-in: open the ledger, then obey stdin, one JSON answer line per command.

    ``record NOTE`` records an outcome (answer once it returned: confirmed); ``drop [SUFFIX...]``
    opens and closes the ledger's files (default: the database, -wal and -shm); ``locks`` counts
    the POSIX locks held. EOF ends it."""
    from claimledger.services import Ledger

    ledger = Ledger.open(db, author="window")
    claim = ledger.reader.claims(limit=1)[0].id
    n = 0
    for line in sys.stdin:
        cmd, _, arg = line.strip().partition(" ")
        if cmd == "record":
            n += 1
            status = STATUSES[n % len(STATUSES)]
            try:
                r = ledger.outcomes.record_outcome(claim, status, observed_on=FIRST_DAY + timedelta(days=n), note=arg)
                answer = {"t": "e", "id": r.event_id, "claim": claim, "status": status, "note": arg}
            except Exception as exc:  # noqa: BLE001 - the test wants to see it, in words
                answer = {"t": "error", "error": f"{type(exc).__name__}: {exc}"}
        elif cmd == "drop":
            drop_locks(db, tuple("" if s == "db" else s for s in arg.split()) or ("", "-wal", "-shm"))
            answer = {"t": "dropped"}
        elif cmd == "locks":
            answer = {"t": "locks"}
        else:
            answer = {"t": "error", "error": f"unknown command {cmd!r}"}
        answer["locks"] = own_locks(db)
        print(json.dumps(answer), flush=True)


def prepare(db: Path) -> None:
    from claimledger.services import Ledger

    ledger = Ledger.open(db)
    ledger.importer.import_file(SEED)
    ledger.close()


# -- checking -------------------------------------------------------------------------------------
@dataclass
class Confirmed:
    events: dict[int, tuple[int, str, str]] = field(default_factory=dict)
    versions: dict[int, tuple[int, str]] = field(default_factory=dict)  # claim -> (version, summary)
    articles: dict[int, int] = field(default_factory=dict)  # id -> claims

    def add(self, line: dict) -> None:
        if line["t"] == "e":
            self.events[line["id"]] = (line["claim"], line["status"], line["note"])
        elif line["t"] == "v":
            if line["version"] >= self.versions.get(line["claim"], (0, ""))[0]:
                self.versions[line["claim"]] = (line["version"], line["summary"])
        elif line["t"] == "a" and line["created"]:
            self.articles[line["id"]] = line["claims"]

    def __len__(self) -> int:
        return len(self.events) + len(self.versions) + len(self.articles)


def check(db: Path, confirmed: Confirmed) -> tuple[list[str], int]:
    """Problems found (empty if none) and how many confirmed items are missing."""
    problems: list[str] = []
    lost = 0
    conn = sqlite3.connect(db, isolation_level=None)  # read-write: recovers a WAL left by the kill
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        try:
            conn.execute("INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"FTS5 integrity-check: {exc}")
        events = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, claim_id, status, note FROM outcome_event")}
        for eid, want in confirmed.events.items():
            if events.get(eid) != want:
                lost += 1
                problems.append(f"confirmed event {eid} {want[:2]} is {'missing' if eid not in events else 'different'}")
        claims = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, version, summary, status FROM claim")}
        for cid, (version, summary) in confirmed.versions.items():
            have = claims.get(cid)
            if have is None or have[0] < version or (have[0] == version and have[1] != summary):
                lost += 1
                problems.append(f"confirmed edit of claim {cid} (v{version}) lost: {have}")
        counts = dict(conn.execute("SELECT article_id, count(*) FROM claim GROUP BY article_id").fetchall())
        present = {r[0] for r in conn.execute("SELECT id FROM article")}
        for aid, n in confirmed.articles.items():
            if aid not in present or counts.get(aid, 0) != n:
                lost += 1
                problems.append(f"confirmed article {aid} ({n} claims) lost or incomplete")
        stale = conn.execute(
            "SELECT c.id, c.status, (SELECT e.status FROM outcome_event e WHERE e.claim_id = c.id "
            "ORDER BY e.observed_on DESC, e.id DESC LIMIT 1) AS latest FROM claim c "
            "WHERE c.status <> coalesce(latest, 'pending')").fetchall()
        if stale:
            problems.append(f"cached status differs from the latest event for claims {stale[:5]}")
    finally:
        conn.close()
    return problems, lost


def colleague_misses(db: Path, confirmed: Confirmed) -> list[int]:
    """Another program beside the writer: open the ledger with a connection of its own (read-write,
    as the command line opens it), list the confirmed outcome events it cannot see, close it."""
    if not confirmed.events:
        return []
    conn = sqlite3.connect(db, timeout=10)
    try:
        have = {r[0] for r in conn.execute("SELECT id FROM outcome_event")}
    except sqlite3.Error as exc:  # e.g. "locking protocol" when the writer's locks are gone
        COLLEAGUE_ERRORS.append(str(exc))
        return []
    finally:
        conn.close()  # the last connection, if the writer's locks are gone: it checkpoints, deletes -wal
    return sorted(set(confirmed.events) - have)


COLLEAGUE_ERRORS: list[str] = []


# -- one trial ------------------------------------------------------------------------------------
def _read_lines(fd: int, buf: bytearray, confirmed: Confirmed) -> int:
    """Take complete lines from buf (a torn last line was never confirmed: the child died first)."""
    n = 0
    while b"\n" in buf:
        line, _, rest = bytes(buf).partition(b"\n")
        buf[:] = rest
        confirmed.add(json.loads(line))
        n += 1
    return n


def trial(db: Path, seed: int, delay: float, confirmed: Confirmed, *, use_exec: bool, drop_every: int = 0,
          unseen: set[int] | None = None, remedies_off: str = "") -> tuple[int, bool]:
    """Run one child, kill it after ``delay`` seconds. Returns (confirmed lines, killed).
    ``drop_every``: the child drops its locks now and then (drop_locks) while the parent, a
    colleague's program, reads the ledger every COLLEAGUE_EVERY s; confirmed events it could not
    see go into ``unseen``."""
    if use_exec:
        proc = subprocess.Popen([sys.executable, __file__, "--child", str(db), str(seed), str(drop_every)]
                                + (["--without", remedies_off] if remedies_off else []),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        rfd, pid = proc.stdout.fileno(), proc.pid
    else:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: its stdout is the pipe
            os.close(r)
            os.dup2(w, 1)
            os.close(w)
            code = 0
            try:
                if remedies_off:
                    without(remedies_off)
                work(str(db), 1, seed, drop_every=drop_every)
            except BaseException as exc:  # noqa: BLE001 - report and die; never return into the parent's code
                os.write(2, f"child {seed} failed: {type(exc).__name__}: {exc}\n".encode())
                code = 3
            os._exit(code)
        os.close(w)
        rfd = r
    buf = bytearray()
    got = 0
    deadline = time.monotonic() + delay
    exited = False
    next_read = time.monotonic() + COLLEAGUE_EVERY
    while (left := deadline - time.monotonic()) > 0:
        if drop_every:
            if time.monotonic() >= next_read:
                unseen.update(colleague_misses(db, confirmed))
                next_read = time.monotonic() + COLLEAGUE_EVERY
            left = min(left, max(0.0, next_read - time.monotonic()))
        ready, _, _ = select.select([rfd], [], [], left)
        if ready:
            chunk = os.read(rfd, 65536)
            if not chunk:
                exited = True
                break
            buf += chunk
            got += _read_lines(rfd, buf, confirmed)
    os.kill(pid, signal.SIGKILL)
    if use_exec:
        proc.wait()
        status_ok = exited is False or proc.returncode in (0, -signal.SIGKILL)
        err = proc.stderr.read().decode(errors="replace")
    else:
        _, status = os.waitpid(pid, 0)
        status_ok = not exited or os.waitstatus_to_exitcode(status) == 0
        err = ""
    while chunk := os.read(rfd, 65536):  # what it wrote before dying
        buf += chunk
    got += _read_lines(rfd, buf, confirmed)
    if use_exec:
        proc.stdout.close()
        proc.stderr.close()
    else:
        os.close(rfd)
    if exited and not status_ok:
        code = proc.returncode if use_exec else os.waitstatus_to_exitcode(status)
        how = f"killed by {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
        raise ChildFailed(f"child {seed} died by itself ({how}){': ' + err.strip() if err else ''}")
    return got, not exited


class ChildFailed(Exception):
    """The worker ended on its own (an error, or a signal such as SIGBUS), not by the harness's kill."""


def run_trials(trials: int, *, db: Path, max_delay: float, use_exec: bool, seed: int, verbose: bool,
               drop_every: int = 0, remedies_off: str = "") -> int:
    rng = random.Random(seed)
    prepare(db)
    confirmed = Confirmed()
    unseen: set[int] = set()
    crashes: list[str] = []
    total_lost = 0
    t0 = time.monotonic()
    for t in range(1, trials + 1):
        delay = rng.uniform(0.0, max_delay)
        try:
            got, killed = trial(db, seed * 100_000 + t, delay, confirmed, use_exec=use_exec, drop_every=drop_every,
                                unseen=unseen, remedies_off=remedies_off)
        except ChildFailed as exc:  # still count what it had confirmed
            crashes.append(str(exc))
            got = 0
            print(f"trial {t}: {exc}", file=sys.stderr, flush=True)
        problems, lost = check(db, confirmed)
        total_lost = max(total_lost, lost)  # every check counts all confirmed so far: lost items stay lost
        if verbose or problems:
            print(f"trial {t}: killed after {delay * 1000:.0f} ms, {got} confirmed"
                  + ("" if not problems else " — " + "; ".join(problems[:5])), file=sys.stderr, flush=True)
        if problems and lost == 0:
            print(f"trials {t}, confirmed {len(confirmed)}, lost {total_lost} — database damaged", flush=True)
            return 1
    elapsed = time.monotonic() - t0
    print(f"trials {trials}, confirmed {len(confirmed)}, lost {total_lost}", flush=True)
    if drop_every:
        print(f"locks dropped about every {drop_every} saves; confirmed outcome events a colleague's read did not "
              f"see while the writer ran: {len(unseen)}", flush=True)
    print(f"({len(confirmed.events)} outcome events, {len(confirmed.versions)} claims edited, "
          f"{len(confirmed.articles)} articles; {elapsed:.1f} s, {'exec' if use_exec else 'fork'} children)",
          file=sys.stderr, flush=True)
    if crashes:
        kinds = sorted({c.split("(", 1)[1].split(")")[0] for c in crashes})
        print(f"workers that died by themselves: {len(crashes)} ({', '.join(kinds)})", flush=True)
    if COLLEAGUE_ERRORS:
        print(f"reads by the colleague that failed: {len(COLLEAGUE_ERRORS)} ({COLLEAGUE_ERRORS[0]})", flush=True)
    return 1 if total_lost or unseen or crashes or COLLEAGUE_ERRORS else 0


# -- two writers ------------------------------------------------------------------------------------
def run_writers(db: Path, *, writers: int, steps: int, seed: int) -> dict:
    """``writers`` processes (fresh interpreters) save ``steps`` things each into one file at once."""
    go = db.with_name(db.name + ".go")
    outs = [db.with_name(f"{db.name}.writer{k}.out") for k in range(writers)]
    # stdout to files, not pipes: a pipe nobody reads yet fills up and stalls its writer
    procs = []
    for k, out in enumerate(outs):
        with open(out, "wb") as fh:
            procs.append(subprocess.Popen([sys.executable, __file__, "--writer", str(db), str(seed + k), str(steps),
                                           str(go), f"{out}.ready"], stdout=fh, stderr=subprocess.PIPE))
    # all start writing at (nearly) the same moment: once every writer has imported the app (on
    # a busy machine one import can take seconds, and a writer still importing when the other
    # starts found it almost done: the run then proved nothing)
    deadline = time.monotonic() + 120
    while not all(Path(f"{out}.ready").exists() for out in outs) and time.monotonic() < deadline \
            and all(p.poll() is None for p in procs):
        time.sleep(0.01)
    go.touch()
    confirmed = Confirmed()
    errors, lines = [], 0
    longest_wait = 0.0
    for p, out in zip(procs, outs):
        _, err = p.communicate(timeout=600)
        times = []
        for line in out.read_text().splitlines():
            item = json.loads(line)
            confirmed.add(item)
            times.append(item["at"])
            lines += 1
        longest_wait = max([longest_wait] + [b - a for a, b in zip(times, times[1:])])
        if p.returncode != 0 or err.strip():
            errors.append(f"writer exit {p.returncode}: {err.decode(errors='replace').strip()[-500:]}")
    problems, lost = check(db, confirmed)
    return {"lines": lines, "confirmed": len(confirmed), "events": len(confirmed.events), "errors": errors,
            "problems": problems, "lost": lost, "longest_wait": longest_wait}


def _writer_main(db: str, seed: int, steps: int, go: str, ready: str) -> None:
    def wait_for_go() -> None:  # the app imported, the ledger open, the model loaded: only the writing races
        Path(ready).touch()
        while not os.path.exists(go):
            time.sleep(0.005)

    work(db, sys.stdout.fileno(), seed, steps=steps, author=f"writer-{seed}", ready=wait_for_go)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--max-delay", type=float, default=0.6, help="kill within this many seconds of the start")
    ap.add_argument("--db", type=Path, help="ledger file to use (default: a new temporary one)")
    ap.add_argument("--exec", dest="use_exec", action="store_true", help="fresh interpreter per child (slow)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--writers", type=int, default=0, help="run the concurrent-writers test instead")
    ap.add_argument("--steps", type=int, default=150, help="writers mode: saves per writer")
    ap.add_argument("--drop-locks", type=int, default=0, metavar="N",
                    help="the child opens and closes the ledger's files about every N saves (issue 12) while "
                         "the parent reads the ledger beside it as a colleague's program")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--without", choices=["guard", "failsafe", "both"], default="",
                    help="switch a remedy of issue 12 off in the children, to measure the other one")
    ap.add_argument("--child", nargs=3, metavar=("DB", "SEED", "DROP_EVERY"), help=argparse.SUPPRESS)
    ap.add_argument("--hold", metavar="DB", help=argparse.SUPPRESS)
    ap.add_argument("--writer", nargs=5, metavar=("DB", "SEED", "STEPS", "GO", "READY"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.without and (args.child or args.hold):
        without(args.without)
    if args.child:
        work(args.child[0], sys.stdout.fileno(), int(args.child[1]), drop_every=int(args.child[2]))
        return 0
    if args.hold:
        hold(args.hold)
        return 0
    if args.writer:
        _writer_main(args.writer[0], int(args.writer[1]), int(args.writer[2]), args.writer[3], args.writer[4])
        return 0
    with tempfile.TemporaryDirectory(prefix="claimledger-kill-") as tmp:
        db = args.db or Path(tmp) / "kill.db"
        if args.writers:
            prepare(db)
            t0 = time.monotonic()
            result = run_writers(db, writers=args.writers, steps=args.steps, seed=args.seed)
            print(f"writers {args.writers}, confirmed {result['confirmed']}, lost {result['lost']}, "
                  f"errors {len(result['errors'])}, longest wait between two saves of one writer "
                  f"{result['longest_wait']:.2f} s ({time.monotonic() - t0:.1f} s)")
            for line in result["errors"] + result["problems"]:
                print("  " + line)
            return 1 if result["errors"] or result["problems"] else 0
        return run_trials(args.trials, db=db, max_delay=args.max_delay, use_exec=args.use_exec, seed=args.seed,
                          verbose=args.verbose, drop_every=args.drop_locks, remedies_off=args.without)


if __name__ == "__main__":
    sys.exit(main())
