"""Undoable edits over the ledger, and the Undo/Redo actions with the platform's standard keys.

Each command is pushed *after* its first, already done, write (so a failure is shown before
anything enters the stack): ui/review.ClaimActions.run_write, the window's one write path, does
the write and pushes the command; the command's first redo is that write and is not repeated. Undo of a field edit writes the previous values back with the
version check; undo of an outcome never deletes history: ``retract_outcome`` appends an event
restoring the previous status ("undo of event N"), and redo records the outcome again.
A command whose undo or redo fails (someone else changed the claim meanwhile) is reported through
``on_error`` and becomes obsolete, so the stack never claims a state the database does not have.
"""
from __future__ import annotations

from collections.abc import Callable

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


def undo_redo_actions(stack: QUndoStack, parent) -> tuple[QAction, QAction]:
    """Edit ▸ Undo / Redo for ``stack``: the standard key sequences (Redo also Ctrl+Y), active in
    the whole application, so they work whatever has the focus and right after a dialog closes
    (where the window may not be the active one again yet). A text field with the focus still
    takes Ctrl+Z for its own typing."""
    undo = stack.createUndoAction(parent, "&Undo")
    undo.setShortcuts(standard_keys(QKeySequence.StandardKey.Undo))
    redo = stack.createRedoAction(parent, "&Redo")
    redo.setShortcuts(standard_keys(QKeySequence.StandardKey.Redo, EXTRA_REDO))
    for a in (undo, redo):
        a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    return undo, redo


FIELD_LABELS = {
    "summary": "summary", "kind": "kind", "tags": "tags", "speaker": "speaker", "review": "review",
    "deadline_expression": "deadline", "deadline_earliest": "deadline", "deadline_latest": "deadline",
    "deadline_granularity": "deadline", "modality": "modality", "condition": "condition",
    "start": "quote", "end": "quote",
}


class _LedgerCommand(QUndoCommand):
    def __init__(self, text: str, on_change: Callable[[int], None], on_error: Callable[..., None]):
        super().__init__(text)
        self._first = True
        self._on_change, self._on_error = on_change, on_error

    def _run(self, fn: Callable[[], None], claim_id: int) -> None:
        try:
            fn()
        except LedgerError as exc:
            self.setObsolete(True)
            self._on_error(f"Could not {self.actionText().lower()}: {exc}", exc)
            return
        self._on_change(claim_id)


class EditClaimCommand(_LedgerCommand):
    """``before``/``after``: the edited fields' values; ``version``: the claim's version after the edit."""

    def __init__(self, ledger, claim_id: int, before: dict, after: dict, version: int, *,
                 on_change: Callable[[int], None], on_error: Callable[[str], None], text: str | None = None):
        names = sorted({FIELD_LABELS.get(k, k) for k in after})
        super().__init__(text or f"Edit {', '.join(names)} of claim #{claim_id}", on_change, on_error)
        self.ledger, self.claim_id = ledger, claim_id
        self.before, self.after, self.version = dict(before), dict(after), version

    def undo(self) -> None:
        def write():
            self.version = self.ledger.outcomes.update_claim(self.claim_id, self.before, expected_version=self.version)
        self._run(write, self.claim_id)

    def redo(self) -> None:
        if self._first:  # done before the push
            self._first = False
            return

        def write():
            self.version = self.ledger.outcomes.update_claim(self.claim_id, self.after, expected_version=self.version)
        self._run(write, self.claim_id)


class OutcomeCommand(_LedgerCommand):
    """An outcome recorded (event ``event_id``); ``params``: the record_outcome arguments."""

    def __init__(self, ledger, claim_id: int, event_id: int, status: str, params: dict, *,
                 on_change: Callable[[int], None], on_error: Callable[[str], None]):
        super().__init__(f"Record {status.replace('_', ' ')} for claim #{claim_id}", on_change, on_error)
        self.ledger, self.claim_id, self.event_id = ledger, claim_id, event_id
        self.status, self.params = status, dict(params)

    def undo(self) -> None:
        def write():
            self.ledger.workbench.retract_outcome(self.event_id)
        self._run(write, self.claim_id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def write():
            self.event_id = self.ledger.outcomes.record_outcome(self.claim_id, self.status, **self.params).event_id
        self._run(write, self.claim_id)
