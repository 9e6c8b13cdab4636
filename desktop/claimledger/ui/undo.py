"""Undoable edits over the ledger, and the Undo/Redo actions with the platform's standard keys.

Each command is pushed *after* its first, already done, write (so a failure is shown before
anything enters the stack): ui/review.ClaimActions.run_write, the window's one write path, does
the write off the GUI thread and pushes the command; the command's first redo is that write and
is not repeated. Undo and redo go the same way (``ClaimActions.undo``/``redo``, which the Edit
menu's actions trigger): after the writes before them, the command's ``write_undo`` or
``write_redo`` runs on the write worker, and only then does the stack move (``undo()``/``redo()``
then do not write again). Undo of a field edit writes the previous values back with the
version check; undo of an outcome never deletes history: ``retract_outcome`` appends an event
restoring the previous status ("undo of event N"), and redo records the outcome again.
A command whose undo or redo fails (someone else changed the claim meanwhile) is reported
and becomes obsolete (it leaves the stack), so the stack never claims a state the database does
not have. Driven directly (``QUndoStack.undo()``, not through the window), a command writes on
the calling thread.
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from claimledger.services import LedgerError

EXTRA_REDO = QKeySequence("Ctrl+Y")  # where the platform's Redo lacks it (Linux: Ctrl+Shift+Z only)


def standard_keys(key: QKeySequence.StandardKey, *extra: QKeySequence,
                  bindings: Callable[[QKeySequence.StandardKey], list[QKeySequence]] = QKeySequence.keyBindings,
                  ) -> list[QKeySequence]:
    """The platform's key sequences for ``key`` (``bindings``) plus ``extra``, each once: a
    sequence given twice to one action is an "Ambiguous shortcut overload" and does nothing
    (Linux's Redo is Ctrl+Shift+Z: adding it again broke Redo there)."""
    out: list[QKeySequence] = []
    for seq in [*bindings(key), *extra]:
        if not seq.isEmpty() and seq not in out:
            out.append(seq)
    return out


def undo_redo_actions(stack: QUndoStack, parent, *, undo: Callable[[], None] | None = None,
                      redo: Callable[[], None] | None = None, busy: Callable[[], bool] | None = None,
                      busy_changed=None) -> tuple[QAction, QAction]:
    """Edit ▸ Undo / Redo for ``stack``: the standard key sequences (Redo also Ctrl+Y), active in
    the whole application, so they work whatever has the focus and right after a dialog closes
    (where the window may not be the active one again yet). A text field with the focus still
    takes Ctrl+Z for its own typing. ``undo``/``redo``: what the actions trigger instead of the
    stack's own undo()/redo() (the window's write queue); their text follows the stack. While
    ``busy()`` (writes on their way, whose commands are not on the stack yet; ``busy_changed``
    says when it changes) both stay enabled: Ctrl+Z right after a key undoes that key's write."""
    undo_action = stack.createUndoAction(parent, "&Undo")
    undo_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Undo))
    redo_action = stack.createRedoAction(parent, "&Redo")
    redo_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Redo, EXTRA_REDO))
    for action, slot in ((undo_action, undo), (redo_action, redo)):
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if slot is not None:
            action.triggered.disconnect()  # not the stack's own undo()/redo()
            action.triggered.connect(lambda _checked=False, run=slot: run())
    if busy is not None:
        def update(*_args) -> None:  # after the stack's own updates (connected later: runs later)
            if not (shiboken6.isValid(stack) and shiboken6.isValid(undo_action) and shiboken6.isValid(redo_action)):
                return  # the window is being deleted
            undo_action.setEnabled(stack.canUndo() or busy())
            redo_action.setEnabled(stack.canRedo() or busy())

        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged,
                       *([busy_changed] if busy_changed is not None else [])):
            signal.connect(update)
        update()
    return undo_action, redo_action


FIELD_LABELS = {
    "summary": "summary", "kind": "kind", "tags": "tags", "speaker": "speaker", "review": "review",
    "deadline_expression": "deadline", "deadline_earliest": "deadline", "deadline_latest": "deadline",
    "deadline_granularity": "deadline", "modality": "modality", "condition": "condition",
    "start": "quote", "end": "quote",
}


class _LedgerCommand(QUndoCommand):
    claim_id: int

    def __init__(self, text: str, on_change: Callable[[int], None], on_error: Callable[..., None]):
        super().__init__(text)
        self._written = True  # the first redo: the write run_write did before the push
        self._on_change, self._on_error = on_change, on_error

    # the ledger writes (run on the window's write worker: no Qt here)
    def write_undo(self) -> None:
        raise NotImplementedError

    def write_redo(self) -> None:
        raise NotImplementedError

    def mark_written(self) -> None:
        """The next undo() or redo() moves the stack only: its write is done."""
        self._written = True

    def failed(self, exc: LedgerError) -> str:
        """Its undo or redo could not be written: obsolete (the stack drops it when it moves);
        the sentence that says so."""
        self.setObsolete(True)
        return f"Could not {self.actionText().lower()}: {exc}"

    def _apply(self, fn: Callable[[], None]) -> None:
        if self._written:
            self._written = False
            return
        try:
            fn()
        except LedgerError as exc:
            self._on_error(self.failed(exc), exc)
            return
        self._on_change(self.claim_id)

    def undo(self) -> None:
        self._apply(self.write_undo)

    def redo(self) -> None:
        self._apply(self.write_redo)


class EditClaimCommand(_LedgerCommand):
    """``before``/``after``: the edited fields' values; ``version``: the claim's version after the edit."""

    def __init__(self, ledger, claim_id: int, before: dict, after: dict, version: int, *,
                 on_change: Callable[[int], None], on_error: Callable[[str], None], text: str | None = None):
        names = sorted({FIELD_LABELS.get(k, k) for k in after})
        super().__init__(text or f"Edit {', '.join(names)} of claim #{claim_id}", on_change, on_error)
        self.ledger, self.claim_id = ledger, claim_id
        self.before, self.after, self.version = dict(before), dict(after), version

    def write_undo(self) -> None:
        self.version = self.ledger.outcomes.update_claim(self.claim_id, self.before, expected_version=self.version)

    def write_redo(self) -> None:
        self.version = self.ledger.outcomes.update_claim(self.claim_id, self.after, expected_version=self.version)


class OutcomeCommand(_LedgerCommand):
    """An outcome recorded (event ``event_id``); ``params``: the record_outcome arguments."""

    def __init__(self, ledger, claim_id: int, event_id: int, status: str, params: dict, *,
                 on_change: Callable[[int], None], on_error: Callable[[str], None]):
        super().__init__(f"Record {status.replace('_', ' ')} for claim #{claim_id}", on_change, on_error)
        self.ledger, self.claim_id, self.event_id = ledger, claim_id, event_id
        self.status, self.params = status, dict(params)

    def write_undo(self) -> None:
        self.ledger.workbench.retract_outcome(self.event_id)

    def write_redo(self) -> None:
        self.event_id = self.ledger.outcomes.record_outcome(self.claim_id, self.status, **self.params).event_id
