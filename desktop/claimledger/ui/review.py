"""The review queue and claim edits.

In the review queue (Claim ▸ Review queue: the claims still suggested) bare keys act on the
selected claim: A accepts, R rejects, E edits (saving accepts it: the claim has been looked at
and corrected), U sets it back to suggested; then the claim that followed it in the queue is
selected, so the next key acts on the next claim to review. Elsewhere a bare key changes nothing
and says where it works; the Claim menu's entries (keys with modifiers) act everywhere. Enter
records an outcome. Every write of the window goes through one path, ``ClaimActions.run_write``:
the dialogs (claim editor, outcome dialog) only collect input; the write runs there — off the GUI
thread, one at a time, in the order the analyst made them (undo and redo too) —, its undo command
is pushed there after it succeeded and ``changed`` announces the claim it changed. After a review
key the selection moves on at once; the write catches up. A stale edit opens the conflict
dialog (theirs vs yours). A claim added from the article's selected text starts from whole words
(``clean_selection``); its quote, like any claim's, can be corrected in the editor."""
from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox

from claimledger.domain import Review
from claimledger.services import ConflictError, LedgerError, StorageError
from claimledger.services.dto import ClaimRow
from claimledger.ui.claim_editor import ClaimEditor, ConflictDialog, clean_selection, row_values
from claimledger.ui.tasks import TaskRunner
from claimledger.ui.undo import EditClaimCommand, OutcomeCommand

if TYPE_CHECKING:
    from claimledger.ui.outcome_dialog import OutcomeDialog

REVIEW_KEYS = {"A": "accepted", "R": "rejected", "U": "suggested"}
QUEUE_KEYS = (*REVIEW_KEYS, "E")  # bare keys that act only in the review queue
REVIEW_QUEUE = frozenset({Review.SUGGESTED.value})


def _clean(changes: dict) -> dict:
    """Empty text means "none" for the deadline's expression and granularity."""
    out = dict(changes)
    for key in ("deadline_expression", "deadline_granularity"):
        if key in out and not out[key]:
            out[key] = None
    return out


def _before(claim: ClaimRow, keys) -> dict:
    values = row_values(claim) | {"review": claim.review, "start": claim.start, "end": claim.end}
    return _clean({k: values.get(k) for k in keys})


class ClaimActions(QObject):
    changed = Signal(int)  # claim id written (the window re-reads it); 0: not known which (it reads everything)
    pending_changed = Signal()  # writes asked for began or ended (pending())

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ledger = window.ledger
        self.undo_stack = QUndoStack(self)
        self.writes = TaskRunner(self, max_threads=1)  # the one write worker
        self._waiting: deque[Callable[[], None]] = deque()  # writes not started yet, in order
        self._running = False  # one write (or undo, redo) in flight until its callbacks ran
        self.editor: ClaimEditor | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.queue_shortcuts: dict[str, QShortcut] = {}
        for key, review in REVIEW_KEYS.items():
            self._queue_key(key, lambda r=review: self.review(r))
        self._queue_key("E", self.edit_current)
        self._key("Return", self.window.open_outcome_dialog)

    def _key(self, key: str, slot) -> QShortcut:
        s = QShortcut(QKeySequence(key), self.window.table)
        s.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the table has the focus
        s.activated.connect(slot)
        return s

    def _queue_key(self, key: str, slot) -> None:
        self.queue_shortcuts[key] = self._key(key, lambda: slot() if self.in_review_queue() else self._not_here(key))

    def in_review_queue(self) -> bool:
        """The table lists the claims still to review (and only those)."""
        return self.window.model.claim_filter.reviews == REVIEW_QUEUE

    def _not_here(self, key: str) -> None:
        """A bare review key outside the review queue: nothing changes; say where it works."""
        attribute = {"A": "accept_action", "R": "reject_action", "E": "edit_action"}.get(key, "")
        action = getattr(self.window.menus, attribute, None)
        here = ""
        if action is not None and not action.shortcut().isEmpty():
            name = action.text().replace("&", "").rstrip("…")
            here = f"; here: Claim ▸ {name} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        self.window.statusBar().showMessage(
            f"The {key} key acts only in the review queue (Claim ▸ Review queue){here}.", 8000)

    def _error(self, message: str, exc: BaseException | None = None, retry=None) -> None:
        """A write failed: a storage error offers to retry or reopen (the window's StorageAlerts);
        others (a conflict on undo, bad input) are a message."""
        if isinstance(exc, StorageError):
            self.window.storage.write_failed(exc, what="The change" if retry else "The undo or redo", retry=retry)
        else:
            QMessageBox.warning(self.window, "Claim Ledger", message)
        self.changed.emit(0)

    # -- the one write path -------------------------------------------------------------------------
    def run_write(self, write: Callable[[], Any], command: Callable[[Any], EditClaimCommand | OutcomeCommand], *,
                  failed: Callable[[LedgerError], None], done: Callable[[Any], None] | None = None) -> None:
        """Every change the window makes to the ledger: ``write()`` (one ledger transaction) runs
        on the write worker, after the writes asked for before it; then, on the GUI thread,
        ``command(result)``, the undo command of what was written (its first redo is this write,
        so it is not written twice), goes on the undo stack, ``changed`` tells the views which
        claim changed, and ``done(result)`` follows. A failure goes to ``failed(exc)`` and nothing
        enters the stack."""
        def succeeded(result: Any) -> None:
            cmd = command(result)
            self.undo_stack.push(cmd)
            self.changed.emit(cmd.claim_id)
            if done:
                done(result)

        self._enqueue(write, succeeded, failed)

    def undo(self) -> None:
        """Edit ▸ Undo: after the writes asked for before it, the top command's undo is written
        on the worker; then the stack moves (a failed one leaves the stack)."""
        self._waiting.append(lambda: self._move(undo=True))
        self._pump()

    def redo(self) -> None:
        self._waiting.append(lambda: self._move(undo=False))
        self._pump()

    def _move(self, *, undo: bool) -> None:
        stack = self.undo_stack
        index = stack.index() - 1 if undo else stack.index()
        if not 0 <= index < stack.count():
            self._finished()
            return
        cmd = stack.command(index)
        claim_id = cmd.claim_id

        def moved(_result) -> None:
            cmd.mark_written()
            stack.undo() if undo else stack.redo()
            self.changed.emit(claim_id)

        def failed(exc: LedgerError) -> None:
            message = cmd.failed(exc)
            stack.undo() if undo else stack.redo()  # obsolete: it leaves the stack
            self._error(message, exc)

        self._start(cmd.write_undo if undo else cmd.write_redo, moved, failed)

    # -- the queue: one write at a time, in the order asked ------------------------------------------
    def _enqueue(self, write: Callable[[], Any], succeeded: Callable[[Any], None],
                 failed: Callable[[LedgerError], None]) -> None:
        self._waiting.append(lambda: self._start(write, succeeded, failed))
        self._pump()

    def _pump(self) -> None:
        if not self._running and self._waiting:
            self._running = True
            self.pending_changed.emit()
            self._waiting.popleft()()

    def _finished(self) -> None:
        self._running = False
        self._pump()
        if not self.pending():
            self.pending_changed.emit()

    def _start(self, write: Callable[[], Any], succeeded: Callable[[Any], None],
               failed: Callable[[LedgerError], None]) -> None:
        def on_success(result: Any) -> None:
            try:
                succeeded(result)
            finally:
                self._finished()

        def on_failure(exc: BaseException) -> None:
            try:
                if isinstance(exc, LedgerError):
                    failed(exc)
                else:  # a bug, not the storage: the traceback for the report, and "not saved"
                    sys.stderr.write(getattr(exc, "__traceback_text__", f"{type(exc).__name__}: {exc}\n"))
                    self.window.storage.write_failed(exc)
                    self.changed.emit(0)
            finally:
                self._finished()

        self.writes.run(lambda _task: write(), on_success=on_success, on_failure=on_failure)

    def pending(self) -> bool:
        """A write (or undo, redo) asked for has not delivered its result yet."""
        return self._running or bool(self._waiting)

    def finish_writes(self) -> None:
        """Wait until every write asked for is written and its results delivered (the window
        closes, the ledger is reopened): a confirmed write is never dropped."""
        while self.pending():
            QCoreApplication.processEvents()
            self.writes.wait(10)

    # -- review -----------------------------------------------------------------------------
    def review(self, value: str) -> None:
        claim = self.window.current_claim()
        if claim is None:
            return
        self._select_following(*self._following())  # at once: the next key acts on the next claim
        self.write(claim, {"review": value}, text=f"{value.capitalize()} claim #{claim.id}", then=self._queue_empty)

    # -- selection after a write --------------------------------------------------------------------
    def _following(self) -> tuple[int | None, int]:
        """(the id of the claim after the selected one — before it when it is the last —, its row)."""
        m, row = self.window.model, self.window.table.currentIndex().row()
        for r in (row + 1, row - 1):
            c = m.claim_at(r) if r >= 0 else None
            if c is not None:
                return c.id, row
        return None, row

    def _select_following(self, next_id: int | None, row: int) -> None:
        """On a review (before its write is done): the claim that followed the reviewed one;
        never an unrelated one. When it is gone too (someone else reviewed it), the claim now at
        the reviewed one's place; none when the reviewed one is the only one left."""
        if next_id is None:
            return
        if self.select_claim(next_id, near=row):
            return
        total = self.window.model.rowCount()
        if total:
            self.window.select_row(max(0, min(row, total - 1)))
            self.window.table.setFocus()

    def _queue_empty(self) -> None:
        """After a review's write: say so when it emptied the review queue."""
        if self.in_review_queue() and not self.window.model.rowCount():
            self.window.statusBar().showMessage("The review queue is empty: every claim has been reviewed.", 8000)

    def select_claim(self, claim_id: int, *, near: int = 0) -> bool:
        """Select ``claim_id`` in the table as it is filtered and sorted now (False: not listed)."""
        m = self.window.model
        row = m.row_of(claim_id, near=near)
        if row is None:
            try:
                row = self.ledger.workbench.claim_row_number(claim_id, m.claim_filter, sort=m.sort_key, descending=m.descending)
            except LedgerError:
                row = None
        if row is None:
            return False
        self.window.select_row(row)
        self.window.table.scrollTo(self.window.table.currentIndex())
        self.window.table.setFocus()
        return True

    # -- edits --------------------------------------------------------------------------------
    def edit_current(self) -> ClaimEditor | None:
        """The editor for the selected claim; in the review queue saving also accepts it."""
        claim = self.window.current_claim()
        if claim is None:
            return None
        queue = self.in_review_queue()
        following = self._following()
        return self._open_editor(row_values(claim), claim.quote, f"Edit claim #{claim.id}",
                                 lambda e: self._edited(claim, e.changes(), queue, following),
                                 article_id=claim.article_id, span=(claim.start, claim.end),
                                 ok_text="Save and accept" if queue else None)

    def _article_text(self, article_id: int) -> str | None:
        try:
            return self.ledger.reader.get_article(article_id).text
        except LedgerError:  # the editor still opens; only the quote cannot be corrected
            return None

    def _open_editor(self, values: dict, quote: str, title: str, on_accept, *, article_id: int,
                     span: tuple[int, int], ok_text: str | None = None, article_text: str | None = None) -> ClaimEditor:
        """The claim editor, its speaker box completed from the ledger; ``on_accept(editor)``."""
        text = article_text if article_text is not None else self._article_text(article_id)
        self.editor = ClaimEditor(values, quote, speakers=self.ledger.reader.find_speakers, title=title, parent=self.window,
                                  article_text=text, span=span if text is not None else None, ok_text=ok_text)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.accepted.connect(lambda e=self.editor: on_accept(e))
        self.editor.open()
        return self.editor

    def _edited(self, claim: ClaimRow, changes: dict, queue: bool, following: tuple[int | None, int]) -> None:
        self.editor = None
        if queue:  # looked at and corrected: reviewed; on to the next claim of the queue at once
            changes = changes | {"review": Review.ACCEPTED.value}
            if self.window.current_claim() is not None and self.window.current_claim().id == claim.id:
                self._select_following(*following)
            self.write(claim, changes, text=f"Edit and accept claim #{claim.id}", then=self._queue_empty)
        elif changes:  # the edited claim stays selected, wherever the sort puts it now
            self.write(claim, changes, then=lambda: self.select_claim(claim.id, near=following[1]))

    def write(self, claim: ClaimRow, changes: dict, *, text: str | None = None, then=None) -> None:
        """Save ``changes`` with the version the claim was read at; on a conflict, ask."""
        changes = _clean(changes)

        def failed(exc: LedgerError) -> None:
            if isinstance(exc, ConflictError):
                self._conflict(claim.id, changes, text, then)
            else:  # the edit is kept in the retry: nothing typed is lost
                self._error(str(exc), exc, retry=lambda: self.write(claim, changes, text=text, then=then))

        self.run_write(
            lambda: self.ledger.outcomes.update_claim(claim.id, changes, expected_version=claim.version),
            lambda version: EditClaimCommand(self.ledger, claim.id, _before(claim, changes), changes, version,
                                             on_change=self.changed.emit, on_error=self._error, text=text),
            failed=failed, done=lambda _version: then() if then else None)

    def _conflict(self, claim_id: int, changes: dict, text, then) -> None:
        try:
            theirs = self.ledger.reader.claim(claim_id).row
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
        """The editor for a new claim quoting the selected words (made whole words, without
        dangling punctuation); its quote can still be corrected there."""
        pane = self.window.article_pane
        span = pane.text_selection()
        if pane.article_id is None or span is None:
            QMessageBox.information(self.window, "Add a claim",
                                    "Select the words of the claim in the article text first, then add it.")
            return None
        try:
            text = self.ledger.reader.get_article(pane.article_id).text
            proposal = self.ledger.workbench.propose_claim(pane.article_id, *clean_selection(text, *span))
        except LedgerError as exc:
            QMessageBox.warning(self.window, "Add a claim", str(exc))
            return None
        d = proposal["deadline"] or {}
        values = {"speaker": proposal["speaker"] or "", "kind": proposal["kind"], "summary": "", "tags": "",
                  "deadline_expression": d.get("expression") or "", "deadline_earliest": d.get("earliest"),
                  "deadline_latest": d.get("latest"), "deadline_granularity": d.get("granularity") or ""}
        return self._open_editor(values, proposal["quote"], "New claim", lambda e: self._add(proposal, e.values()),
                                 article_id=proposal["article_id"], span=(proposal["start"], proposal["end"]),
                                 article_text=text)

    def _add(self, proposal: dict, values: dict) -> None:
        self.editor = None
        fields = dict(values)
        start, end = fields.pop("start", proposal["start"]), fields.pop("end", proposal["end"])
        def added(claim_id: int) -> None:
            self.window.show_claim(claim_id)
            self.window.statusBar().showMessage(f"Claim #{claim_id} added.", 5000)

        self.run_write(
            lambda: self.ledger.workbench.add_claim(proposal["article_id"], start, end,
                                                    modality=proposal.get("modality"), **_clean(fields)),
            # undoing an addition marks the claim rejected (claims are never deleted from the ledger)
            lambda claim_id: EditClaimCommand(
                self.ledger, claim_id, {"review": "rejected"}, {"review": "accepted"}, 1,
                on_change=self.changed.emit, on_error=self._error, text=f"Add claim #{claim_id}"),
            failed=lambda exc: self._error(str(exc), exc, retry=lambda: self._add(proposal, values)), done=added)

    # -- outcomes -------------------------------------------------------------------------------
    def record_outcome(self, dialog: OutcomeDialog, status: str, params: dict) -> None:
        """Write the outcome the dialog collected. Recorded: the dialog closes, the outcome is
        undoable at once, Ctrl+Z from anywhere; the table (where its claim is selected) has the
        focus, not a text field that would take Ctrl+Z for its own typing. Not recorded: the
        dialog stays open with the reason, and a storage failure offers a retry or a reopen."""
        claim_id = dialog.claim.id

        def failed(exc: LedgerError) -> None:
            dialog.set_saving(False)
            if isinstance(exc, StorageError):  # not saved: the input is kept; the window offers more
                dialog.show_error(f"Not saved: {exc}. What you entered is kept; press Record to try again.")
                self.window.storage.write_failed(exc, what="The outcome",
                                                 retry=lambda: dialog.accept() if dialog.isVisible() else None)
            else:  # InputError, NotFoundError: said inside the dialog
                dialog.show_error(str(exc))

        def recorded(_r) -> None:
            dialog.saved()
            self.window.activateWindow()
            self.window.table.setFocus()
            self.window.statusBar().showMessage("Outcome recorded (Ctrl+Z undoes it).", 4000)

        dialog.set_saving(True)  # Record once: the dialog waits for the write
        self.run_write(
            lambda: self.ledger.outcomes.record_outcome(claim_id, status, **params),
            lambda r: OutcomeCommand(self.ledger, claim_id, r.event_id, r.status, params,
                                     on_change=self.changed.emit, on_error=self._error),
            failed=failed, done=recorded)
