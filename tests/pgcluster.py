"""A throwaway PostgreSQL server for tests: initdb into a temporary directory, start it on a free
loopback port, run a command with ``CLAIMLEDGER_TEST_DB`` pointing at it, stop and delete it —
also when the command fails or is interrupted.

    python tests/pgcluster.py -- python -m pytest -q tests/unit/test_services.py

The server is the one of the image (``/usr/lib/postgresql/<major>/bin``, or ``$PG_BIN``) with
``fsync=off`` (a test server's data does not need to survive a power cut). When run as root,
the server runs as the ``postgres`` user on a directory it owns (PostgreSQL refuses root).
The tests then create a database per test (see ``tests/conftest.py``, fixture ``new_db``).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ENV_VAR = "CLAIMLEDGER_TEST_DB"


def find_bin() -> Path:
    explicit = os.environ.get("PG_BIN")
    if explicit:
        return Path(explicit)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise SystemExit("pgcluster: no PostgreSQL server binaries (apt-get install postgresql, or set PG_BIN)")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(argv: list[str], user: str | None) -> list[str]:
    if user is None:
        return argv
    return ["runuser", "-u", user, "--", *argv]


class Server:
    """A throwaway server that a test may stop and start again (same directory, same port).
    ``stop("fast")`` is an administrator's restart (open connections are ended, committed work
    kept); the default ``immediate`` is a crash, which with this server's settings
    (synchronous_commit off) may lose the last fraction of a second of commits."""

    def __init__(self, bindir: Path, data: Path, base: Path, port: int, user: str | None):
        self.bindir, self.data, self.base, self.port, self.user = bindir, data, base, port, user
        self.log = base / "server.log"
        self.running = False
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/"

    def start(self) -> None:
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
               f"-c full_page_writes=off -c max_connections=200"
        subprocess.run(_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o",
                                        opts, "-w", "-t", "60", "start"], self.user),
                       check=True, stdout=subprocess.DEVNULL)
        self.running = True

    def stop(self, mode: str = "immediate") -> None:
        subprocess.run(_as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                                        "stop"], self.user), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.running = False


@contextmanager
def server():
    """Yields a started ``Server``; stopped and deleted afterwards."""
    bindir = find_bin()
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        pw = pwd.getpwnam(user)
    base = Path(tempfile.mkdtemp(prefix="claimledger-pg-"))
    data = base / "data"
    if user:
        os.chown(base, pw.pw_uid, pw.pw_gid)
    srv = Server(bindir, data, base, free_port(), user)
    try:
        subprocess.run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                        "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], user),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        srv.start()
        yield srv
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip()
        if srv.log.exists():
            detail += "\n" + srv.log.read_text(errors="replace")
        raise SystemExit(f"pgcluster: {' '.join(exc.cmd[-3:])} failed\n{detail}") from None
    finally:
        if srv.running:
            srv.stop()
        shutil.rmtree(base, ignore_errors=True)


@contextmanager
def cluster():
    """Yields the server's base URL (``postgresql+psycopg://postgres@127.0.0.1:PORT/``)."""
    with server() as srv:
        yield srv.url


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    # SIGTERM (a CI timeout, make being stopped) takes the same way out as Ctrl-C: the server stops.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    t0 = time.monotonic()
    with cluster() as url:
        print(f"pgcluster: PostgreSQL at {url} (ready in {time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
        proc = subprocess.Popen(argv, env=dict(os.environ, **{ENV_VAR: url}))
        try:
            return proc.wait()
        except KeyboardInterrupt:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
