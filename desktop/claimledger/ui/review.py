"""The review queue and claim edits: A accepts, R rejects, E edits the selected claim (then the
next one is selected); N adds a claim from the text selected in the article. Every write goes
through the undo stack; a stale edit opens the conflict dialog (theirs vs yours)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox

from claimledger.services import ConflictError, LedgerError, StorageError
from claimledger.services.dto import ClaimRow
from claimledger.ui.claim_editor import ClaimEditor, ConflictDialog, row_values
from claimledger.ui.undo import EditClaimCommand, OutcomeCommand

REVIEW_KEYS = {"A": "accepted", "R": "rejected", "U": "suggested"}


def _clean(changes: dict) -> dict:
    """Empty text means "none" for the deadline's expression and granularity."""
    out = dict(changes)
    for key in ("deadline_expression", "deadline_granularity"):
        if key in out and not out[key]:
            out[key] = None
    return out


def _before(claim: ClaimRow, keys) -> dict:
    values = row_values(claim) | {"review": claim.review}
    return _clean({k: values.get(k) for k in keys})


class ClaimActions(QObject):
    changed = Signal(int)  # a claim was written (the window refreshes and keeps the selection)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ledger = window.ledger
        self.undo_stack = QUndoStack(self)
        self.editor: ClaimEditor | None = None
        self.conflict_dialog: ConflictDialog | None = None
        for key, review in REVIEW_KEYS.items():
            self._key(key, lambda r=review: self.review(r))
        self._key("E", self.edit_current)
        self._key("Return", self.window.open_outcome_dialog)

    def _key(self, key: str, slot) -> None:
        s = QShortcut(QKeySequence(key), self.window.table)
        s.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the table has the focus
        s.activated.connect(slot)

    def _error(self, message: str, exc: BaseException | None = None, retry=None) -> None:
        """A write failed: a storage error offers to retry or reopen (the window's StorageAlerts);
        others (a conflict on undo, bad input) are a message."""
        if isinstance(exc, StorageError):
            self.window.storage.write_failed(exc, what="The change" if retry else "The undo or redo", retry=retry)
        else:
            QMessageBox.warning(self.window, "Claim Ledger", message)
        self.changed.emit(0)

    # -- review -----------------------------------------------------------------------------
    def review(self, value: str) -> None:
        claim = self.window.current_claim()
        if claim is None:
            return
        row = self.window.table.currentIndex().row()
        self.write(claim, {"review": value}, text=f"{value.capitalize()} claim #{claim.id}",
                   then=lambda: self.window.select_next(claim.id, row))

    # -- edits --------------------------------------------------------------------------------
    def edit_current(self) -> ClaimEditor | None:
        claim = self.window.current_claim()
        if claim is None:
            return None
        return self._open_editor(row_values(claim), claim.quote, f"Edit claim #{claim.id}",
                                 lambda e: self._edited(claim, e.changes()))

    def _open_editor(self, values: dict, quote: str, title: str, on_accept) -> ClaimEditor:
        """The claim editor, its speaker box completed from the ledger; ``on_accept(editor)``."""
        self.editor = ClaimEditor(values, quote, speakers=self.ledger.find_speakers, title=title, parent=self.window)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.accepted.connect(lambda e=self.editor: on_accept(e))
        self.editor.open()
        return self.editor

    def _edited(self, claim: ClaimRow, changes: dict) -> None:
        self.editor = None
        if changes:
            row = self.window.table.currentIndex().row()
            self.write(claim, changes, then=lambda: self.window.select_next(claim.id, row))

    def write(self, claim: ClaimRow, changes: dict, *, text: str | None = None, then=None) -> None:
        """Save ``changes`` with the version the claim was read at; on a conflict, ask."""
        changes = _clean(changes)
        try:
            version = self.ledger.update_claim(claim.id, changes, expected_version=claim.version)
        except ConflictError:
            self._conflict(claim.id, changes, text, then)
            return
        except LedgerError as exc:  # the edit is kept in the retry: nothing typed is lost
            self._error(str(exc), exc, retry=lambda: self.write(claim, changes, text=text, then=then))
            return
        self._push(claim, changes, version, text, then)

    def _push(self, claim: ClaimRow, changes: dict, version: int, text, then) -> None:
        self.undo_stack.push(EditClaimCommand(self.ledger, claim.id, _before(claim, changes), changes, version,
                                              on_change=self.changed.emit, on_error=self._error, text=text))
        self.changed.emit(claim.id)
        if then:
            then()

    def _conflict(self, claim_id: int, changes: dict, text, then) -> None:
        try:
            theirs = self.ledger.claim(claim_id).row
        except LedgerError as exc:
            self._error(str(exc), exc, retry=lambda: self._conflict(claim_id, changes, text, then))
            return
        dialog = ConflictDialog(theirs, changes, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict_dialog = dialog

        def decided(_result: int) -> None:
            self.conflict_dialog = None
            if dialog.choice != ConflictDialog.OVERWRITE:
                self.changed.emit(claim_id)  # show theirs
                return
            self.write(theirs, changes, text=text, then=then)  # with their version number

        dialog.finished.connect(decided)
        dialog.open()

    # -- a claim from the article's selected text ------------------------------------------------
    def add_from_selection(self) -> ClaimEditor | None:
        pane = self.window.article_pane
        span = pane.text_selection()
        if pane.article_id is None or span is None:
            QMessageBox.information(self.window, "Add a claim",
                                    "Select the words of the claim in the article text first, then add it.")
            return None
        try:
            proposal = self.ledger.propose_claim(pane.article_id, *span)
        except LedgerError as exc:
            QMessageBox.warning(self.window, "Add a claim", str(exc))
            return None
        d = proposal["deadline"] or {}
        values = {"speaker": proposal["speaker"] or "", "kind": proposal["kind"], "summary": "", "tags": "",
                  "deadline_expression": d.get("expression") or "", "deadline_earliest": d.get("earliest"),
                  "deadline_latest": d.get("latest"), "deadline_granularity": d.get("granularity") or ""}
        return self._open_editor(values, proposal["quote"], "New claim", lambda e: self._add(proposal, e.values()))

    def _add(self, proposal: dict, values: dict) -> None:
        self.editor = None
        try:
            claim_id = self.ledger.add_claim(proposal["article_id"], proposal["start"], proposal["end"],
                                             modality=proposal.get("modality"), **_clean(values))
        except LedgerError as exc:
            self._error(str(exc), exc, retry=lambda: self._add(proposal, values))
            return
        # undoing an addition marks the claim rejected (claims are never deleted from the ledger)
        self.undo_stack.push(EditClaimCommand(
            self.ledger, claim_id, {"review": "rejected"}, {"review": "accepted"}, 1,
            on_change=self.changed.emit, on_error=self._error, text=f"Add claim #{claim_id}"))
        self.window.refresh()
        self.window.show_claim(claim_id)
        self.window.statusBar().showMessage(f"Claim #{claim_id} added.", 5000)

    # -- outcomes -------------------------------------------------------------------------------
    def outcome_recorded(self, claim_id: int, event_id: int, status: str, params: dict) -> None:
        self.undo_stack.push(OutcomeCommand(self.ledger, claim_id, event_id, status, params,
                                            on_change=self.changed.emit, on_error=self._error))
        self.changed.emit(claim_id)
