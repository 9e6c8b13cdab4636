"""What the window keeps between runs (QSettings): geometry, splitters, columns, tabs, the filters
(not the as-of date: it starts at today), and the recently opened databases."""
from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def restore(w) -> None:
    s = w._settings
    if s is None:
        return
    for key, target in (("geometry", w.restoreGeometry), ("hsplit", w.hsplit.restoreState),
                        ("rsplit", w.rsplit.restoreState), ("vsplit", w.vsplit.restoreState),
                        ("columns", w.table.restore_columns)):
        value = s.value(f"main/{key}")
        if isinstance(value, QByteArray):
            target(value)
    for key, tabs in (("lower_tab", w.lower_tabs), ("side_tab", w.side_tabs)):
        try:
            tabs.setCurrentIndex(int(s.value(f"main/{key}", 0)))
        except (TypeError, ValueError):
            pass
    try:
        state = json.loads(s.value("main/filter", "{}") or "{}")
    except (TypeError, ValueError):
        state = {}
    if isinstance(state, dict) and state:
        blocked = w.filter_bar.blockSignals(True)
        w.filter_bar.restore(state)
        w.filter_bar.blockSignals(blocked)


def save(w) -> None:
    s = w._settings
    if s is None:
        return
    s.setValue("main/geometry", w.saveGeometry())
    s.setValue("main/hsplit", w.hsplit.saveState())
    s.setValue("main/rsplit", w.rsplit.saveState())
    s.setValue("main/vsplit", w.vsplit.saveState())
    s.setValue("main/columns", w.table.save_columns())
    s.setValue("main/lower_tab", w.lower_tabs.currentIndex())
    s.setValue("main/side_tab", w.side_tabs.currentIndex())
    s.setValue("main/filter", json.dumps(w.filter_bar.state()))
    s.sync()


def recent_databases(s: QSettings | None) -> list[str]:
    if s is None:
        return []
    value = s.value("recent/databases", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent(s: QSettings | None, location: str) -> None:
    if s is None:
        return
    items = [location] + [p for p in recent_databases(s) if p != location]
    s.setValue("recent/databases", items[:MAX_RECENT])
