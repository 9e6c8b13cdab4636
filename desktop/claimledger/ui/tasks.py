"""Background work through one helper (Anki's ``QueryOp`` in spirit).

    runner = TaskRunner(parent)
    runner.run(lambda task: ledger.importer.import_many(paths, progress=task.progress, cancelled=task.cancelled),
               on_success=show_result, on_failure=show_error, on_progress=update_bar)

The function runs on a QThreadPool thread and receives a :class:`Task` handle (progress
reporting, cancellation). Every callback runs on the GUI thread: the worker only emits
signals, which Qt queues to the runner's own thread. The window never blocks.
"""
from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, SIGNAL, Slot

SIGNAL_UNHANDLED = SIGNAL("unhandled(PyObject)")


class Task:
    """What the background function sees: report progress, ask whether it was cancelled."""

    def __init__(self, task_id: int, signals: "_Signals"):
        self.id = task_id
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(self.id, done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Task], Any], task: Task, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._task, self._signals = fn, task, signals

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self._task)
        except BaseException as exc:  # reported to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(self._task.id, exc)
        else:
            self._signals.finished.emit(self._task.id, result)


class TaskRunner(QObject):
    """Runs functions in the background; callbacks come back on the GUI thread. A failure without
    an ``on_failure`` callback is emitted as ``unhandled`` (the window shows it: never only a
    traceback on stderr that nobody sees)."""

    busy_changed = Signal(bool)
    unhandled = Signal(object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._signals = _Signals(self)  # lives on the GUI thread: emissions from workers are queued
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.progress.connect(self._on_progress)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None, Callable | None]] = {}
        self._tasks: dict[int, Task] = {}
        self._next_id = 0

    def run(self, fn: Callable[[Task], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        self._next_id += 1
        task = Task(self._next_id, self._signals)
        self._callbacks[task.id] = (on_success, on_failure, on_progress)
        self._tasks[task.id] = task
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Runnable(fn, task, self._signals))
        return task

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are done (used when the window closes)."""
        return self._pool.waitForDone(msecs)

    def drain(self, msecs: int = 10_000) -> bool:
        """Process events until every task has delivered its callbacks (tests, shutdown)."""
        deadline = QDeadlineTimer(msecs)
        while self._tasks and not deadline.hasExpired():
            QCoreApplication.processEvents()
            self._pool.waitForDone(10)
        QCoreApplication.processEvents()
        return not self._tasks

    def _done(self, task_id: int):
        callbacks = self._callbacks.pop(task_id, (None, None, None))
        self._tasks.pop(task_id, None)
        if not self._tasks:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        on_success, _f, _p = self._done(task_id)
        if on_success:
            on_success(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        _s, on_failure, _p = self._done(task_id)
        if on_failure:
            on_failure(exc)
        elif self.receivers(SIGNAL_UNHANDLED):
            self.unhandled.emit(exc)
        else:
            sys.stderr.write(getattr(exc, "__traceback_text__", repr(exc)))

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        _s, _f, on_progress = self._callbacks.get(task_id, (None, None, None))
        if on_progress:
            on_progress(done, total, message)
