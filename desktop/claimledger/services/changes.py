"""Live updates: what other programs on the same ledger changed, as it happens (issue 18).

    unsubscribe = ledger.changes.subscribe(on_changes, on_state=on_state)

``on_changes(Changes)`` is called on the feed's own thread (never the caller's: a window marshals
it to its GUI thread) within about a second of another program's commit: the claims, articles
and speakers it changed (from the change log, store/changes.py), or ``everything=True`` when what
changed is not known (the listener's connection was lost and is back, the log was pruned past
what this program had read, the ledger was restored from a copy). ``on_state(text | None)``: a
sentence while live updates are paused (the server cannot be reached …), None once they work
again.

This ledger's own writes are not reported back to it: the unit of work tells the feed which log
ids its transactions wrote (``own_writes``), and the window already shows what it wrote.

The feed also keeps the log short: a day of changes, and never fewer than the last
``KEEP_ROWS`` (at most once an hour, only when it holds more).
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from claimledger.services.errors import LedgerError
from claimledger.store import changes as log
from claimledger.store.tables import utcnow

if TYPE_CHECKING:
    from claimledger.services.unit_of_work import UnitOfWork

BATCH = 5_000  # more log rows than this at once: "everything changed" (a mass update) rather than ids
KEEP_ROWS = 100_000
KEEP_FOR = timedelta(days=1)
PRUNE_EVERY_S = 3600.0
WAIT_S = 0.5  # the longest the feed's thread sleeps before it looks at ``stop`` again
RETRY_S = (0.5, 1.0, 2.0, 5.0)  # waits between attempts to reconnect


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed since the last report. ``article_ids``: articles added, edited or deleted,
    and (from the bulk loader) articles whose claims were added."""

    claim_ids: frozenset[int] = frozenset()
    article_ids: frozenset[int] = frozenset()
    speaker_ids: frozenset[int] = frozenset()
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.claim_ids or self.article_ids or self.speaker_ids)


EVERYTHING = Changes(everything=True)


class ChangeFeed:
    def __init__(self, uow: UnitOfWork):
        self.uow = uow
        self._lock = threading.Lock()
        self._subscribers: list[tuple[Callable[[Changes], None], Callable[[str | None], None] | None]] = []
        self._last: int | None = None  # the newest log id read (or written by this ledger)
        self._own: list[tuple[int, int]] = []  # (after, upto]: log ids this ledger's writes made
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._paused: str | None = None
        self._pruned_at = 0.0

    # -- subscribing ------------------------------------------------------------------------------
    def subscribe(self, on_changes: Callable[[Changes], None], *,
                  on_state: Callable[[str | None], None] | None = None) -> Callable[[], None]:
        """Report changes to ``on_changes`` (on the feed's thread) until the returned function
        is called. The first subscriber starts the feed from the log's current end."""
        entry = (on_changes, on_state)
        with self._lock:
            self._subscribers.append(entry)
            start = self._thread is None
        if start:
            try:
                self.start()
            except BaseException:
                self._unsubscribe(entry)
                raise
        return lambda: self._unsubscribe(entry)

    def _unsubscribe(self, entry) -> None:
        with self._lock:
            if entry in self._subscribers:
                self._subscribers.remove(entry)
            idle = not self._subscribers
        if idle:
            self.stop()

    def start(self) -> None:
        """Start watching from the log's current end (raises StorageError if it cannot be read)."""
        with self._lock:
            if self._thread is not None:
                return
        self.mark_current()
        self._stop = threading.Event()
        self.uow.own_writes = self._wrote
        thread = threading.Thread(target=self._run, args=(self._stop,), name="claimledger-changes", daemon=True)
        with self._lock:
            self._thread = thread
        thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the feed's thread (and close its connection). Idempotent."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        self.uow.own_writes = None
        if thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def paused(self) -> str | None:
        """Why live updates are paused now, in words (None: they are live)."""
        return self._paused

    # -- reading the log --------------------------------------------------------------------------
    def mark_current(self) -> None:
        """From now on, report only what comes after the log's current end."""
        with self.uow.read() as conn:
            last = log.last_change_id(conn)
        with self._lock:
            self._last, self._own = last, []

    def poll(self) -> Changes:
        """What other programs changed since the last call (read now, on the caller's thread)."""
        if self._last is None:
            self.mark_current()
            return Changes()
        with self.uow.read() as conn:
            rows, missed = log.changes_after(conn, after=self._last, limit=BATCH + 1)
            newest = log.last_change_id(conn) if (missed or len(rows) > BATCH) else None
        with self._lock:
            if newest is not None:
                self._last, self._own = newest, []
                return EVERYTHING
            claims, articles, speakers = set(), set(), set()
            own = self._own
            for change_id, kind, row_id in rows:
                if any(lo < change_id <= hi for lo, hi in own):
                    continue
                (claims if kind == "claim" else articles if kind == "article" else speakers).add(row_id)
            if rows:
                self._last = rows[-1][0]
                self._own = [(lo, hi) for lo, hi in own if hi > self._last]
        return Changes(frozenset(claims), frozenset(articles), frozenset(speakers))

    def _wrote(self, after: int, upto: int, *, cancel: bool = False) -> None:
        """The unit of work: one of this ledger's transactions is committing log ids (after,
        upto] (``cancel``: it failed to; the ids may be handed out again)."""
        with self._lock:
            if cancel:
                if (after, upto) in self._own:
                    self._own.remove((after, upto))
            elif self._last is not None and upto > self._last:
                self._own.append((after, upto))

    def prune(self) -> int:
        """Drop log rows older than a day (always keeping the newest KEEP_ROWS)."""
        with self.uow.read() as conn:
            if log.log_size(conn) <= KEEP_ROWS:
                return 0
        with self.uow.write() as conn:
            return log.prune(conn, keep_rows=KEEP_ROWS, before=utcnow() - KEEP_FOR)

    # -- the thread -------------------------------------------------------------------------------
    def _run(self, stop: threading.Event) -> None:
        watcher = None
        failures = 0
        while not stop.is_set():
            try:
                if watcher is None:
                    watcher = log.watcher(self.uow.engine)
                    watcher.open()
                    if failures:  # back after a loss: notifications may have been missed
                        self.mark_current()
                        self._set_state(None)
                        self._deliver(EVERYTHING)
                        failures = 0
                    else:
                        self._deliver(self.poll())  # what came between mark_current and the watch
                self._maybe_prune()
                if watcher.wait(WAIT_S, stop) and not stop.is_set():
                    self._deliver(self.poll())
            except Exception as exc:  # the storage (StorageError), or the driver's own errors while waiting
                if watcher is not None:
                    watcher.close()
                    watcher = None
                if stop.is_set():
                    break
                if not failures:
                    self._set_state(_paused_text(exc))
                stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
        if watcher is not None:
            watcher.close()

    def _maybe_prune(self) -> None:
        now = time.monotonic()
        if now - self._pruned_at < PRUNE_EVERY_S and self._pruned_at:
            return
        self._pruned_at = now
        try:
            self.prune()
        except LedgerError:
            pass  # a read-only ledger, a busy one: the next hour's turn

    def _deliver(self, changes: Changes) -> None:
        if not changes:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for on_changes, _ in subscribers:
            try:
                on_changes(changes)
            except Exception as exc:  # a subscriber's bug must not stop the feed for the others
                sys.stderr.write(f"claimledger: live update not applied: {type(exc).__name__}: {exc}\n")

    def _set_state(self, text: str | None) -> None:
        self._paused = text
        with self._lock:
            subscribers = list(self._subscribers)
        for _, on_state in subscribers:
            if on_state is not None:
                try:
                    on_state(text)
                except Exception as exc:
                    sys.stderr.write(f"claimledger: live update state not shown: {type(exc).__name__}: {exc}\n")


def _paused_text(exc: BaseException) -> str:
    if isinstance(exc, LedgerError):
        detail = str(exc)
    else:
        text = str(getattr(exc, "orig", None) or exc).strip()
        detail = text.splitlines()[0] if text else type(exc).__name__
        if any(w in text.lower() for w in ("connection", "server", "terminating", "closed")):
            detail = "the database server cannot be reached (it may be restarting, or the network is down)"
    return (f"Live updates paused: {detail}. Changes made by others are not shown until they resume; "
            "trying again.")
