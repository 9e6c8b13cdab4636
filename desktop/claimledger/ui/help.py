"""Help ▸ Keyboard shortcuts (F1) and Help ▸ Getting started.

The shortcut list is read from the window itself — its menus' actions, other actions with keys,
and the claims table's own keys (QShortcut) — so it cannot drift from what the keys do. The
getting-started page names menu entries and keys the same way."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from claimledger.ui.review import REVIEW_KEYS

# the claims table's bare keys stand for these menu entries (ui/review.py makes the keys)
TABLE_KEY_ACTIONS = {"A": "accept_action", "R": "reject_action", "E": "edit_action", "Return": "record_action",
                     "Enter": "record_action"}


def window_action(window, name: str) -> QAction | None:
    """The window's action ``name`` (``accept_action``…: ui/window_menus.py), if it has one."""
    action = getattr(getattr(window, "menus", None), name, None)
    return action if isinstance(action, QAction) else None


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(sequences) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _menu_rows(menu: QMenu, path: str, seen: set[int]) -> list[tuple[str, str, str]]:
    rows = []
    for a in menu.actions():
        if a.isSeparator():
            continue
        if a.menu() is not None:
            rows += _menu_rows(a.menu(), f"{path} ▸ {plain(a.text())}", seen)
            continue
        seen.add(id(a))
        keys = keys_text(a.shortcuts())
        if keys:
            rows.append((path, plain(a.text()), keys))
    return rows


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every key the window answers to, menus first, in menu order."""
    seen: set[int] = set()
    rows: list[tuple[str, str, str]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows += _menu_rows(top.menu(), plain(top.text()), seen)
    for a in window.findChildren(QAction):
        if id(a) in seen or a.isSeparator() or not keys_text(a.shortcuts()):
            continue
        seen.add(id(a))
        owner = a.parent()
        where = "Window" if owner is window else (getattr(owner, "accessibleName", lambda: "")() or "Window")
        rows.append((where, plain(a.text()) or a.toolTip(), keys_text(a.shortcuts())))
    queue = getattr(getattr(window, "claim_actions", None), "queue_shortcuts", {}) or {}
    queue_ids = {id(s) for s in queue.values()}
    for s in window.findChildren(QShortcut):
        if not s.isEnabled() or s.key().isEmpty():
            continue
        key = s.key().toString(QKeySequence.SequenceFormat.PortableText)
        what = s.whatsThis()
        if not what:
            action = window_action(window, TABLE_KEY_ACTIONS.get(key, ""))
            if action is not None:
                what = plain(action.text())
            elif key in REVIEW_KEYS:
                what = f"Mark as {REVIEW_KEYS[key]}"
            else:
                what = key
        owner = s.parent()
        where = (owner.accessibleName() if isinstance(owner, QWidget) and owner.accessibleName() else "Window")
        if id(s) in queue_ids:
            where = f"{where} — review queue only (Claim ▸ Review queue)"
        elif s.context() == Qt.ShortcutContext.WidgetShortcut:
            where = f"{where} — while it has the focus"
        rows.append((where, what, keys_text([s.key()])))
    return rows


class ShortcutsDialog(QDialog):
    """Every shortcut, grouped by menu; typing filters the list."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(560, 560)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Find a command or a key…")
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.rows = shortcut_rows(window)
        groups: dict[str, QTreeWidgetItem] = {}
        for where, what, keys in self.rows:
            group = groups.get(where)
            if group is None:
                group = groups[where] = QTreeWidgetItem(self.tree, [where])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            QTreeWidgetItem(group, [what, keys])
        self.tree.expandAll()
        self.filter_edit.textChanged.connect(self._filter)
        note = QLabel("Alt with an underlined letter opens a menu or moves to a field. "
                      "In the review queue, bare keys review the selected claim.", self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                hay = f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                hide = not all(w in hay for w in words)
                item.setHidden(hide)
                shown += not hide
            group.setHidden(shown == 0)

    def visible_commands(self) -> list[str]:
        """The commands left after filtering (tests)."""
        out = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            out += [group.child(i).text(0) for i in range(group.childCount()) if not group.child(i).isHidden()]
        return out


def _entry(window, name: str, path: str) -> str:
    """'Menu ▸ Entry (keys)' for the window's action ``name`` — its live text and keys."""
    action = window_action(window, name)
    if action is None:
        return html.escape(path)
    keys = keys_text([action.shortcut()])  # the first of its keys: the one to remember
    label = f"{path} ▸ {plain(action.text())}"
    return f"<b>{html.escape(label)}</b>" + (f" ({html.escape(keys)})" if keys else "")


def queue_key(window, action_name: str) -> str | None:
    """The claims table's bare key that does ``action_name`` (in the review queue), if any."""
    keys = {s.key().toString(QKeySequence.SequenceFormat.PortableText): s
            for s in window.findChildren(QShortcut) if s.parent() is getattr(window, "table", None)}
    for key, name in TABLE_KEY_ACTIONS.items():
        if name == action_name and key in keys and keys[key].isEnabled():
            return keys[key].key().toString(QKeySequence.SequenceFormat.NativeText)
    return None


def _review_keys(window) -> str:
    parts = [f"<b>{html.escape(k)}</b> {what}" for k, what in (
        (queue_key(window, "accept_action"), "accepts the selected claim"),
        (queue_key(window, "reject_action"), "rejects it (not a claim)"),
        (queue_key(window, "edit_action"), "edits its speaker, kind, deadline or quote")) if k]
    if not parts:
        return "the Claim menu accepts, rejects or edits the selected claim"
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


def getting_started_html(window) -> str:
    e = lambda name, path: _entry(window, name, path)  # noqa: E731
    return f"""
<h2>Getting started</h2>
<p><b>1. Import an article.</b> {e("import_action", "File")} reads text, Markdown or HTML files —
or drop them on the window. The claims found in it appear in the table: predictions, plans,
promises, conditions, positions and checkable facts, each with its speaker and a deadline read
from the article's publication date (“next month” of an article published on 6 July 2021 is
August 2021). A file without a date is not imported; the window then asks for the date it was
published.</p>
<p><b>2. Review what was found.</b> {e("review_queue_action", "Claim")} lists the claims still to
review. There, {_review_keys(window)}; the next claim to review is selected. Rejected claims
are left out of counts, track records and exports unless <b>Include rejected</b> is ticked above
the table.</p>
<p><b>3. Record what happened.</b> When a deadline passes or news comes in, select the claim and
use {e("record_action", "Claim")}: choose the status (fulfilled, not fulfilled, partly…), the date it
was observed and the evidence (a link and a quote). {e("undo_action", "Edit")} takes it back. The
<b>As of</b> date above the table replays the record as it stood on any day; overdue claims are
shown in red, and <b>What is due</b> lists the coming deadlines.</p>
<p><b>4. Export a report.</b> {e("export_action", "File")} writes the claims shown (with the current
filters and as-of date) as CSV for a spreadsheet, JSON, ClaimReview or an HTML/PDF report.
<b>Track records</b>, below the table, sum up each speaker's kept and broken claims.</p>
<p>{e("shortcuts_action", "Help")} lists every key.</p>
"""


class GettingStartedDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle("Getting started")
        self.resize(620, 480)
        self.text = QTextBrowser(self)
        self.text.setObjectName("gettingStarted")
        self.text.setOpenExternalLinks(False)
        self.text.setHtml(getting_started_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
