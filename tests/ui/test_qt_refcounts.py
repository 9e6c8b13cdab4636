"""The Qt binding keeps Python's reference counts: a binding that drops a reference to None on
every call of a void method (PySide6 6.12.0 does) crashes a long session ("Fatal Python error:
bool_dealloc") once the count reaches zero. pyproject.toml excludes such a release; this test
fails on one."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_bool_signals_keep_the_reference_counts(qapp):
    action = QAction("x")
    before = sys.getrefcount(None)
    for _ in range(200):
        action.setEnabled(True)
    assert sys.getrefcount(None) >= before - 5  # a few may move elsewhere; 200 lost is the bug
    emitter, seen = _Emitter(), []
    emitter.flag.connect(seen.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.flag.emit(True)
    seen.clear()
    assert sys.getrefcount(True) >= before - 5
