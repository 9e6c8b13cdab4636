"""One speaker and one claim across articles, in the window (issue 17): Claim ▸ Merge speakers…,
Claim ▸ Split speaker…, Claim ▸ Same claim as…, and "unlink" beside a source in the claim's
details. Each goes through the window's one write path (``ClaimActions.run_write``: off the GUI
thread, in order) and is undoable from Edit ▸ Undo; the dialogs only collect input.

Undo of a merge reverses it (the speaker comes back with its id, name and claims); undo of a
split merges back; undo of "same claim as" unlinks (the claim comes back as it was, with its
id); undo of an unlink links again.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
)

from claimledger.services import LedgerError
from claimledger.ui.speaker_lookup import SpeakerCompleter
from claimledger.ui.undo import _LedgerCommand


class _WindowCommand(_LedgerCommand):
    """A command whose change the whole window re-reads (``claim_id`` 0: claims moved or went)."""

    claim_id = 0


class MergeSpeakersCommand(_WindowCommand):
    def __init__(self, ledger, result, *, on_change, on_error):
        super().__init__(f"Merge speaker {result.from_name} into {result.into_name}", on_change, on_error)
        self.ledger, self.merge_id, self.from_id, self.into_id = ledger, result.merge_id, result.from_id, result.into_id

    def write_undo(self) -> None:
        self.from_id = self.ledger.speakers.undo_merge(self.merge_id).speaker_id

    def write_redo(self) -> None:
        self.merge_id = self.ledger.speakers.merge(self.from_id, self.into_id).merge_id


class SplitSpeakerCommand(_WindowCommand):
    """A split: of a merge (``result.merge_id``), or of an alias (``alias``)."""

    def __init__(self, ledger, result, alias: str | None, *, on_change, on_error):
        text = f"Split {result.name} off speaker #{result.from_id}"
        super().__init__(text, on_change, on_error)
        self.ledger, self.alias = ledger, alias
        self.speaker_id, self.from_id, self.merge_id = result.speaker_id, result.from_id, result.merge_id

    def write_undo(self) -> None:  # merge back
        self.merge_id = self.ledger.speakers.merge(self.speaker_id, self.from_id).merge_id

    def write_redo(self) -> None:
        if self.alias is None:
            self.speaker_id = self.ledger.speakers.undo_merge(self.merge_id).speaker_id
        else:
            self.speaker_id = self.ledger.speakers.split(self.from_id, alias=self.alias).speaker_id


class LinkCommand(_WindowCommand):
    """``linked``: claim ``detached`` became a source of ``claim`` (in ``article``); else the reverse."""

    def __init__(self, ledger, result, *, linked: bool, on_change, on_error):
        text = (f"Claim #{result.detached_claim_id} is the same claim as #{result.claim_id}" if linked
                else f"Unlink article #{result.article_id} from claim #{result.claim_id}")
        super().__init__(text, on_change, on_error)
        self.ledger, self.linked = ledger, linked
        self.claim, self.article, self.detached = result.claim_id, result.article_id, result.detached_claim_id

    def _link(self) -> None:
        self.ledger.sources.link(self.detached, self.claim)

    def _unlink(self) -> None:
        self.detached = self.ledger.sources.unlink(self.claim, self.article).detached_claim_id

    def write_undo(self) -> None:
        self._unlink() if self.linked else self._link()

    def write_redo(self) -> None:
        self._link() if self.linked else self._unlink()


class MergeSpeakersDialog(QDialog):
    """Two speakers, found as the analyst types: the first is merged into the second."""

    def __init__(self, lookup: Callable, parent=None, *, first: tuple[int, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Merge speakers")
        self.setMinimumWidth(440)
        self.ids: dict[str, int | None] = {"from": None, "into": None}
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label in (("from", "&Merge speaker:"), ("into", "&into speaker:")):
            edit = QLineEdit(self)
            edit.setPlaceholderText("Type a name…")
            completer = SpeakerCompleter(lookup, self)
            completer.attach(edit)
            completer.picked.connect(lambda sid, _name, k=key: self.ids.__setitem__(k, sid))
            edit.textEdited.connect(lambda _t, k=key: self.ids.__setitem__(k, None))
            self.edits[key] = edit
            form.addRow(label, edit)
        if first is not None:
            self.ids["from"] = first[0]
            self.edits["from"].setText(first[1])
        self.note = QLabel("Its claims, name and aliases go to the second speaker. Edit ▸ Undo reverses it.", self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if self.ids["from"] is None or self.ids["into"] is None:
            self.note.setText("Choose both speakers from the names offered as you type.")
            return
        if self.ids["from"] == self.ids["into"]:
            self.note.setText("Choose two different speakers.")
            return
        self.accept()


class SplitSpeakerDialog(QDialog):
    """A speaker, and what to split off it: the last merge into it, or one of its aliases."""

    def __init__(self, ledger, parent=None, *, first: tuple[int, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle("Split speaker")
        self.setMinimumWidth(480)
        self.ledger = ledger
        self.speaker_id: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Type a name…")
        completer = SpeakerCompleter(ledger.reader.find_speakers, self)
        completer.attach(self.edit)
        completer.picked.connect(lambda sid, _name: self._choose(sid))
        self.choice = QComboBox(self)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Speaker:", self.edit)
        form.addRow("Split &off:", self.choice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Split")
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        if first is not None:
            self.edit.setText(first[1])
            self._choose(first[0])

    def _choose(self, speaker_id: int) -> None:
        self.speaker_id = speaker_id
        self.choice.clear()
        try:
            info = self.ledger.speakers.get(speaker_id)
            merged = self.ledger.speakers.last_merge(speaker_id)
        except LedgerError as exc:
            self.note.setText(str(exc))
            return
        if merged:
            self.choice.addItem(f"{merged} (reverse the last merge)", None)
        for alias in info.aliases:
            self.choice.addItem(f"the alias “{alias}”, with the claims attributed under it", alias)
        self.note.setText("" if self.choice.count() else f"{info.name} has no alias and no merge to reverse.")

    def selected(self) -> tuple[int, str | None]:
        return self.speaker_id, self.choice.currentData()

    def _check(self) -> None:
        if self.speaker_id is None or not self.choice.count():
            self.note.setText("Choose a speaker from the names offered as you type, then what to split off.")
            return
        self.accept()


class SpeakerSourceActions:
    """The window's speaker merge/split and claim link/unlink, through its write path."""

    def __init__(self, window):
        self.window = window
        self.ledger = window.ledger
        self.acts = window.claim_actions
        self.dialog: QDialog | None = None
        w = window
        from claimledger.ui.window_menus import _action

        self.merge_action = _action(w, "&Merge speakers…", self.merge_speakers, None,
                                    "Two speakers are one person or organisation: merge them (undoable)")
        self.split_action = _action(w, "S&plit speaker…", self.split_speaker, None,
                                    "Reverse a merge, or make a speaker of one of a speaker's aliases (undoable)")
        self.link_action = _action(w, "Same claim &as…", self.link_current, None,
                                   "The selected claim is the same claim as another: it becomes that claim's "
                                   "source (undoable)")
        menu = next((a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == "Claim"), None)
        if isinstance(menu, QMenu):
            menu.addSeparator()
            for a in (self.link_action, self.merge_action, self.split_action):
                menu.addAction(a)
        w.detail_pane.link_requested.connect(self.link_current)
        w.detail_pane.unlink_requested.connect(self.unlink)

    def _error(self, exc: LedgerError) -> None:
        self.acts._error(str(exc), exc)

    def _current_speaker(self) -> tuple[int, str] | None:
        row = self.window.current_claim()
        if row is None or row.speaker is None:
            return None
        try:
            found = [sid for sid, name in self.ledger.reader.find_speakers(row.speaker, limit=5) if name == row.speaker]
        except LedgerError:
            return None
        return (found[0], row.speaker) if found else None

    def merge_speakers(self) -> MergeSpeakersDialog:
        first = self._current_speaker()
        d = MergeSpeakersDialog(self.ledger.reader.find_speakers, self.window,
                                first=first if first and first[0] else None)
        self.dialog = d

        def accepted() -> None:
            from_id, into_id = d.ids["from"], d.ids["into"]
            self.acts.run_write(
                lambda: self.ledger.speakers.merge(from_id, into_id),
                lambda r: MergeSpeakersCommand(self.ledger, r, on_change=self.acts.changed.emit,
                                               on_error=self.acts._error),
                failed=self._error,
                done=lambda r: self.window.statusBar().showMessage(
                    f"Merged {r.from_name} into {r.into_name}: {r.claims} claims moved (Ctrl+Z undoes it).", 6000))

        d.accepted.connect(accepted)
        d.open()
        return d

    def split_speaker(self) -> SplitSpeakerDialog:
        first = self._current_speaker()
        d = SplitSpeakerDialog(self.ledger, self.window, first=first if first and first[0] else None)
        self.dialog = d

        def accepted() -> None:
            speaker_id, alias = d.selected()
            self.acts.run_write(
                lambda: self.ledger.speakers.split(speaker_id, alias=alias),
                lambda r: SplitSpeakerCommand(self.ledger, r, alias, on_change=self.acts.changed.emit,
                                              on_error=self.acts._error),
                failed=self._error,
                done=lambda r: self.window.statusBar().showMessage(
                    f"{r.name} is a speaker of its own again: {r.claims} claims (Ctrl+Z undoes it).", 6000))

        d.accepted.connect(accepted)
        d.open()
        return d

    def link_current(self) -> None:
        row = self.window.current_claim()
        if row is None:
            return
        other, ok = QInputDialog.getInt(
            self.window, "Same claim as…",
            f"Claim #{row.id} is the same claim as claim #\n(it becomes a source of that claim):", 1, 1, 2**31 - 1)
        if ok:
            self.link(row.id, other)

    def link(self, claim_id: int, same_as: int) -> None:
        self.acts.run_write(
            lambda: self.ledger.sources.link(claim_id, same_as),
            lambda r: LinkCommand(self.ledger, r, linked=True, on_change=self.acts.changed.emit,
                                  on_error=self.acts._error),
            failed=self._error, done=lambda r: self.window.show_claim(r.claim_id))

    def unlink(self, article_id: int) -> None:
        d = self.window.detail_pane.detail
        if d is None:
            return
        claim_id = d.row.id
        self.acts.run_write(
            lambda: self.ledger.sources.unlink(claim_id, article_id),
            lambda r: LinkCommand(self.ledger, r, linked=False, on_change=self.acts.changed.emit,
                                  on_error=self.acts._error),
            failed=self._error,
            done=lambda r: self.window.statusBar().showMessage(
                f"Claim #{r.detached_claim_id} made of the source in article #{r.article_id} (Ctrl+Z undoes it).", 6000))
