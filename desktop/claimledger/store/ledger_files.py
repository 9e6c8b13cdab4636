"""A SQLite ledger's files while this process has them open: keep them locked, notice if they
were replaced, and keep the app's own code from opening them.

Why (issue 12). SQLite locks its files with POSIX advisory locks, and those belong to the
*process*: closing any descriptor of the file, anywhere in the process, drops all of them
(SQLite, "How To Corrupt Your Database Files", section 2.2). Qt's file dialog does exactly that:
to fill its "Type" column it sniffs each file's content (QFileSystemModel → QFileInfoGatherer →
QAbstractFileIconProvider::type → QMimeDatabase::mimeTypeForFile → QFile::open/close; seen with
strace). Then another program (the command line beside the window) believes it is the last
connection when it closes: it checkpoints and deletes -wal and -shm while the window still has
them open, and the window's next confirmed saves go into a deleted file. If only the -shm lock
is gone, the next program to open the ledger truncates the -shm that the window has mapped, and
the window dies of SIGBUS.

Remedies, measured with tests/reliability/test_lost_locks.py and ``kill_harness.py --drop-locks``
(numbers in the commit message and the issue's note):

* SQLite's other locking VFSes do not help: ``unix-flock`` is not compiled into Linux builds
  ("no such vfs"), ``unix-dotfile`` and ``unix-none`` refuse WAL (journal_mode stays
  ``delete``), ``unix-excl`` and ``locking_mode=EXCLUSIVE`` lock the command line out ("database
  is locked"). This SQLite (3.40) uses only F_SETLK/F_GETLK, never open-file-description (OFD)
  locks; Python's sqlite3 cannot set SQLITE_FCNTL_PERSIST_WAL.
* **The guard (chosen).** Beside SQLite's own locks this process takes the two locks that
  matter as Linux OFD locks (F_OFD_SETLK), on descriptors it keeps open as long as the ledger is
  open: a read lock on the database's SHARED byte range (what a reader holds in WAL mode; the
  last connection needs the range for itself before it may checkpoint and delete -wal/-shm),
  and a read lock on the -shm "dead-man switch" byte (held by every connection using the
  -shm; whoever finds it free believes it is first and resets the -shm). OFD locks belong to
  the open file description, not the process, so closing other descriptors leaves them alone.
  They are the same read locks SQLite itself holds while a connection is open, so another
  program sees exactly what it sees beside a healthy window: it reads and writes as before
  (readers need shared locks, the writer's lock is on another -shm byte), and only the
  "last connection" clean-up and a journal-mode change wait until this window closes — as they
  would anyway. The window releases the guard before its own last connection closes, so that
  closing the app still checkpoints and removes -wal/-shm as usual.
* **The fail-safe.** Every transaction compares the -wal and -shm on disk (device, inode) with
  the ones its connection opened. If they differ (no guard on this system, or files replaced by
  hand) the transaction is not run: the connections are closed and opened afresh first, so no
  confirmed write can land in a deleted file; a write whose files changed while it committed
  is reported as not confirmed.
* **The app's own code never opens the ledger's files** except through SQLite (backups use the
  online backup API): :func:`refuse_ledger_file` guards imports, exports, backups and restores.

No Qt here.
"""
from __future__ import annotations

import collections
import errno
import os
import struct
import sys
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path

# SQLite's lock bytes (os_unix.c): the SHARED range of the database file (PENDING_BYTE + 2, 510
# bytes) and the -shm dead-man switch (UNIX_SHM_DMS: (22 + 8) * 4 + 8).
PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
SHM_DMS = 128
SUFFIXES = ("-wal", "-shm", "-journal")
STALE_WAIT_S = 3.0  # how long a transaction waits for this process's old connections to close

_F_OFD_SETLK = getattr(__import__("fcntl") if os.name == "posix" else None, "F_OFD_SETLK", None)


class StaleLedgerFiles(Exception):
    """The ledger's -wal/-shm on disk are not the ones this process's connections use."""


class LedgerFileError(Exception):
    """A path names a file of a ledger open in this process (opening it would drop its locks)."""


def _flock(kind: int, start: int, length: int) -> bytes:
    return struct.pack("hhqqi4x", kind, os.SEEK_SET, start, length, 0)  # struct flock, x86-64/arm64 Linux


def _ident(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


@dataclass
class LedgerFiles:
    """One SQLite ledger file open in this process, shared by every engine on it."""

    path: str
    key: tuple[int, int]
    engines: int = 0
    generation: int = 0  # bumped when its -wal/-shm were found replaced: older connections are stale
    open_by_generation: dict[int, int] = field(default_factory=dict)
    guard: str = "not taken"  # "held", "unsupported: ...", "not taken", "waiting: ..."
    replaced_at: list[float] = field(default_factory=list)  # when its -wal/-shm were found replaced
    _db_fd: int | None = None
    _shm_fd: int | None = None
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _engines: weakref.WeakSet = field(default_factory=weakref.WeakSet)

    def add_engine(self, engine) -> None:
        self._engines.add(engine)

    def dispose_all(self) -> None:
        """Close the idle connections of every engine of this process on the file (after its
        -wal/-shm were found replaced: none may stay on the old files)."""
        for engine in list(self._engines):
            engine.dispose()

    # -- the guard -------------------------------------------------------------------------------
    def take_guard(self) -> None:
        """OFD read locks on the SHARED range and the -shm dead-man switch (WAL mode only)."""
        with self._lock:
            if self.guard == "held" or self.guard.startswith("unsupported"):
                return
            if _F_OFD_SETLK is None:
                self.guard = "unsupported: this system has no open-file-description locks"
                return
            import fcntl

            try:
                if self._db_fd is None:
                    self._db_fd = os.open(self.path, os.O_RDONLY | os.O_CLOEXEC)
                st = os.fstat(self._db_fd)
                if (st.st_dev, st.st_ino) != self.key:
                    raise OSError(errno.ESTALE, "the database file was replaced")
                fcntl.fcntl(self._db_fd, _F_OFD_SETLK, _flock(fcntl.F_RDLCK, SHARED_FIRST, SHARED_SIZE))
                shm = self.path + "-shm"
                if not os.path.exists(shm) or not _mapped_here(shm):  # only a -shm SQLite uses here
                    raise OSError(errno.ENOENT, "the -shm is not open here yet")
                if self._shm_fd is None:
                    self._shm_fd = os.open(self.path + "-shm", os.O_RDONLY | os.O_CLOEXEC)
                fcntl.fcntl(self._shm_fd, _F_OFD_SETLK, _flock(fcntl.F_RDLCK, SHM_DMS, 1))
            except OSError as exc:
                if exc.errno == errno.EINVAL:  # a kernel or file system without OFD locks
                    self.guard = "unsupported: the file system does not support open-file-description locks"
                else:  # -shm not there yet, or another program holds a write lock a moment: later
                    self.guard = f"waiting: {exc.strerror or exc}"
                return
            self.guard = "held"

    def _drop_guard(self) -> None:
        """Unlock (descriptors kept open: closing them would drop SQLite's own locks too). Also a
        guard half taken (the database's lock, waiting for the -shm) is let go."""
        if _F_OFD_SETLK is None or (self._db_fd is None and self._shm_fd is None):
            return
        import fcntl

        for fd, start, length in ((self._db_fd, SHARED_FIRST, SHARED_SIZE), (self._shm_fd, SHM_DMS, 1)):
            if fd is not None:
                try:
                    fcntl.fcntl(fd, _F_OFD_SETLK, _flock(fcntl.F_UNLCK, start, length))
                except OSError:
                    pass
        self.guard = "not taken"

    def _close_fds(self) -> None:
        for name in ("_db_fd", "_shm_fd"):
            fd = getattr(self, name)
            if fd is not None:
                setattr(self, name, None)
                try:
                    os.close(fd)
                except OSError:
                    pass

    # -- connections -----------------------------------------------------------------------------
    def connected(self, info: dict, *, wal: bool) -> None:
        """A new SQLite connection of this process (its pragmas run: -wal/-shm are open)."""
        with self._lock:
            older = sum(n for g, n in self.open_by_generation.items() if g < self.generation)
            info["cl_gen"] = self.generation
            info["cl_clean"] = older == 0  # else it shares SQLite's per-process state with stale ones
            info["cl_files"] = self.current() if wal else None
            self.open_by_generation[self.generation] = self.open_by_generation.get(self.generation, 0) + 1
            if wal and self.guard != "held":
                self.take_guard()

    def closed(self, info: dict) -> None:
        with self._lock:
            g = info.get("cl_gen")
            if g in self.open_by_generation:
                self.open_by_generation[g] -= 1
                if not self.open_by_generation[g]:
                    del self.open_by_generation[g]

    def current(self) -> tuple | None:
        """(-wal, -shm) identities on disk now; None while either does not exist yet."""
        wal, shm = _ident(self.path + "-wal"), _ident(self.path + "-shm")
        return None if wal is None or shm is None else (wal, shm)

    def usable(self, info: dict) -> bool:
        """Whether a connection may run a transaction: not stale, and its files still the ledger's."""
        if info.get("cl_gen") != self.generation or not info.get("cl_clean", True):
            return False
        if self.guard.startswith("waiting"):  # a new ledger: its -shm appears with the first write
            self.take_guard()
        opened = info.get("cl_files")
        now = self.current()
        if opened is None:  # a new ledger: -wal/-shm appear with the first write
            info["cl_files"] = now
            return True
        if now == opened:
            return True
        with self._lock:
            if info.get("cl_gen") == self.generation:
                self.generation += 1  # every connection opened so far is stale
                self.replaced_at.append(time.time())
                self._close_shm_guard()
        return False

    def _close_shm_guard(self) -> None:
        """The -shm was replaced: the guard's switch lock is on the old one; take it again on the
        new one once this process's SQLite uses that. The database's lock stays."""
        if self._shm_fd is None or self.guard.startswith("unsupported"):
            return
        fd, self._shm_fd = self._shm_fd, None
        try:
            os.close(fd)  # its OFD lock, and only locks on the old, deleted -shm, go with it
        except OSError:
            pass
        self.guard = "waiting: the -shm was replaced"

    def stale_connections(self) -> int:
        with self._lock:
            return sum(n for g, n in self.open_by_generation.items() if g < self.generation)

    def report(self) -> dict:
        """What a "Check ledger" shows: the guard, and (Linux) the locks this process holds."""
        locks = _posix_locks(self.path)
        with self._lock:
            open_here = sum(self.open_by_generation.values())
        return {"guard": self.guard, "posix_locks": None if locks is None else sum(locks.values()),
                "replaced_at": list(self.replaced_at),
                "locks_dropped": bool(locks is not None and open_here and 0 in locks.values()),
                "connections": open_here, "generation": self.generation,
                "stale_connections": self.stale_connections()}


# -- the registry: one LedgerFiles per file open in this process ----------------------------------
_REGISTRY: dict[tuple[int, int], LedgerFiles] = {}
_REGISTRY_LOCK = threading.Lock()
# files of engines collected unclosed while the registry lock was held (see :func:`_collected`)
_COLLECTED: "collections.deque[LedgerFiles]" = collections.deque()


def attach(path: str | os.PathLike) -> LedgerFiles | None:
    """The shared state of the ledger file ``path`` (which exists); one more engine uses it."""
    path = os.fspath(path)
    key = _ident(path)
    if key is None:
        return None
    _reap()
    with _REGISTRY_LOCK:
        files = _live(_REGISTRY.get(key))
        if files is None:
            files = _REGISTRY[key] = LedgerFiles(path=path, key=key)
        files.engines += 1
    _reap()
    return files


def _live(files: LedgerFiles | None) -> LedgerFiles | None:
    """``files`` if its path still names its file. An entry whose file was deleted (or replaced
    by a rename) while an engine left unclosed still holds it must not be handed to a new file
    that the file system gave the same inode number."""
    if files is not None and _ident(files.path) != files.key:
        return None
    return files


def detach(files: LedgerFiles, dispose, *, collected: bool = False) -> None:
    """One engine is done with the file: ``dispose()`` closes its connections. The last one
    unlocks the guard first (so that SQLite's own last close may checkpoint and remove -wal/-shm
    as usual), then closes the guard's descriptors once no connection of this process is left."""
    with _REGISTRY_LOCK:
        files.engines -= 1
        last = files.engines <= 0
        if last:
            if _REGISTRY.get(files.key) is files:
                del _REGISTRY[files.key]
            files._drop_guard()
    _reap()
    dispose()
    if last:
        with files._lock:
            # The descriptors are closed only once SQLite has closed all of this process's
            # connections (closing one drops their locks). A connection still in use (background
            # work while the ledger is closed) keeps them open until the process ends; an engine
            # collected unclosed has none in use (a connection in use keeps its engine alive).
            if not files.open_by_generation or collected:
                files._close_fds()


def registered(path: str | os.PathLike) -> LedgerFiles | None:
    key = _ident(os.fspath(path))
    _reap()
    with _REGISTRY_LOCK:
        files = _live(_REGISTRY.get(key)) if key else None
    _reap()
    return files


def finalizer(owner, files: LedgerFiles) -> weakref.finalize:
    """If ``owner`` (an engine) is garbage-collected without being closed, let go of the file.
    Whoever closes it properly calls ``.detach()`` on the returned object first."""
    return weakref.finalize(owner, _collected, files)


def _collected(files: LedgerFiles) -> None:
    """An engine was collected unclosed. The collector runs this wherever it happens to run, also
    inside a registry section of this very thread, whose lock it must not wait for (it never comes
    free): the files are queued, and whoever holds the lock lets them go as it leaves the section."""
    _COLLECTED.append(files)
    _reap()


def _reap() -> None:
    """Let go of the files queued by :func:`_collected`, unless the registry lock is held (its
    holder calls this as it lets the lock go; each registry call also does before it reads)."""
    while _COLLECTED and _REGISTRY_LOCK.acquire(blocking=False):
        _REGISTRY_LOCK.release()
        try:
            files = _COLLECTED.popleft()
        except IndexError:  # (another thread took it)
            return
        detach(files, _nothing, collected=True)


def _nothing() -> None:
    pass


# -- the app's own code never opens the ledger's files -----------------------------------------------
def ledger_file_of(path: str | os.PathLike) -> str | None:
    """The ledger (open in this process) that ``path`` is a file of — the database itself, its
    -wal, -shm or -journal, also under another name (a hard link) — else None."""
    text = os.fspath(path)
    ident = _ident(text)
    _reap()
    with _REGISTRY_LOCK:
        ledgers = [f for f in _REGISTRY.values() if _live(f) is not None]
    _reap()
    for files in ledgers:
        names = [files.path] + [files.path + s for s in SUFFIXES]
        if ident is not None and ident in {files.key, *(_ident(n) for n in names[1:])}:
            return files.path
        try:
            resolved = str(Path(text).resolve())
        except OSError:
            continue
        if resolved in {str(Path(n).resolve()) for n in names}:
            return files.path
    return None


def refuse_ledger_file(path: str | os.PathLike, what: str) -> None:
    """Raise LedgerFileError if ``path`` is a file of a ledger open in this process: opening and
    closing it would drop the process's locks on it; writing it would destroy the ledger."""
    ledger = ledger_file_of(path)
    if ledger is not None:
        name = Path(os.fspath(path)).name
        own = "the ledger database itself" if Path(ledger).name == name else f"a file of the ledger {Path(ledger).name}"
        raise LedgerFileError(f"{path}: is {own} (open in this program); {what}")


def _mapped_here(path: str) -> bool:
    """Whether this process has ``path`` mapped (SQLite maps the -shm it uses); True where unknown."""
    try:
        with open("/proc/self/maps") as fh:
            maps = fh.read()
    except OSError:
        return True
    return os.path.realpath(path) in maps


# -- Linux: the locks this process holds ---------------------------------------------------------------
def _posix_locks(path: str) -> dict[str, int] | None:
    """POSIX locks this process holds on the database and on its -shm (None where /proc/locks is
    missing). A WAL-mode connection holds one on each while it is open: its SHARED lock on the
    database, the dead-man switch on the -shm; a 0 while connections are open means dropped."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/locks") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    inodes = {}
    for name, p in (("db", path), ("shm", path + "-shm")):
        ident = _ident(p)
        if ident:
            inodes[ident[1]] = name
    counts = {"db": 0, "shm": 0}
    pid = str(os.getpid())
    for line in lines:
        f = line.split()
        if len(f) > 5 and f[1] == "POSIX" and f[4] == pid:
            try:
                name = inodes.get(int(f[5].rsplit(":", 1)[1]))
            except ValueError:
                continue
            if name:
                counts[name] += 1
    return counts
