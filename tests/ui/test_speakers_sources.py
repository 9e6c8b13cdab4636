"""Issue 17 in the window: the claim's details list the articles reporting it (origin first, an
"unlink" link beside each further source); Claim ▸ Merge speakers / Split speaker / Same claim
as…, and unlink, each undone and redone from Edit ▸ Undo / Redo."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from claimledger.services import ClaimFilter
from ui_helpers import open_window, written

EMISSIONS = "President Joe Biden said on Thursday that the United States will cut its greenhouse gas emissions in half by 2030.\n"
SUMMIT = "President Biden told leaders that the United States would cut its greenhouse gas emissions in half by 2030.\n"
KONE = "Senator Ada Kone said the bill will pass the Senate by June.\n"


def _ledger(ledger):
    for text, day, name in ((EMISSIONS, "2021-04-22", "one"), (SUMMIT, "2021-04-23", "two"), (KONE, "2021-04-23", "three")):
        ledger.importer.import_bytes(text.encode(), origin=f"{name}.txt", published=day, title=f"Article {name}")
    return ledger


def _claims(ledger) -> dict[str, tuple[int, str]]:
    """{first words of the quote: (claim id, speaker)}"""
    return {r.quote[:12]: (r.id, r.speaker) for r in ledger.reader.claims(ClaimFilter(include_rejected=True), limit=None)}


def _count(ledger) -> int:
    return len(ledger.reader.claims(ClaimFilter(include_rejected=True), limit=None))


def test_details_list_the_sources_and_unlink_is_undoable(qtbot, ledger, settings):
    _ledger(ledger)
    w = open_window(qtbot, ledger, settings)
    biden_claim = _claims(ledger)["the United S"][0]
    assert w.show_claim(biden_claim)
    text = w.detail_pane.history_text()
    assert "Reported by 2 articles" in text and "origin" in text and "linked on import" in text
    assert "the United States would cut" in text
    second = w.detail_pane.detail.sources[1].article_id
    w.detail_pane.unlink_requested.emit(second)
    written(qtbot, w)
    assert _count(ledger) == 3 and ledger.reader.claim(biden_claim).sources == ()
    assert w.menus.undo_action.text().startswith("&Undo Unlink article")
    w.claim_actions.undo()
    written(qtbot, w)
    assert _count(ledger) == 2 and len(ledger.reader.claim(biden_claim).sources) == 2
    w.claim_actions.redo()
    written(qtbot, w)
    assert _count(ledger) == 3


def test_merge_speakers_from_the_dialog_then_undo_and_redo(qtbot, ledger, settings):
    _ledger(ledger)
    w = open_window(qtbot, ledger, settings)
    kone = _claims(ledger)["the bill wil"][0]
    assert w.show_claim(kone)
    d = w.speakers_sources.merge_speakers()
    assert d.edits["from"].text() == "Ada Kone"  # the selected claim's speaker
    into = [sid for sid, name in ledger.reader.find_speakers("Joe Biden") if name == "Joe Biden"][0]
    d.ids["into"] = into
    d.edits["into"].setText("Joe Biden")
    d.buttons.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted
    written(qtbot, w)
    assert _claims(ledger)["the bill wil"][1] == "Joe Biden"
    assert [t.speaker for t in ledger.stats.track_records()] == ["Joe Biden"]
    w.claim_actions.undo()
    written(qtbot, w)
    assert _claims(ledger)["the bill wil"][1] == "Ada Kone"
    assert w.model.rowCount() == 2
    w.claim_actions.redo()
    written(qtbot, w)
    assert _claims(ledger)["the bill wil"][1] == "Joe Biden"


def test_split_an_alias_and_same_claim_as_are_undoable(qtbot, ledger, settings):
    _ledger(ledger)
    ledger.importer.import_bytes(b"Mr. Biden also said he would visit Europe in June.\n", origin="four.txt",
                                 published="2021-04-24", title="Article four")
    w = open_window(qtbot, ledger, settings)
    europe = _claims(ledger)["he would vis"][0]
    assert w.show_claim(europe)
    d = w.speakers_sources.split_speaker()
    aliases = [d.choice.itemData(i) for i in range(d.choice.count())]
    assert "Mr. Biden" in aliases
    d.choice.setCurrentIndex(aliases.index("Mr. Biden"))
    d.buttons.accepted.emit()
    written(qtbot, w)
    assert _claims(ledger)["he would vis"][1] == "Mr. Biden"
    w.claim_actions.undo()
    written(qtbot, w)
    assert _claims(ledger)["he would vis"][1] == "Joe Biden"
    # the Kone claim is (say) the same claim as the emissions one: linked, undone, redone
    kone, biden = _claims(ledger)["the bill wil"][0], _claims(ledger)["the United S"][0]
    w.speakers_sources.link(kone, biden)
    written(qtbot, w)
    assert "the bill wil" not in _claims(ledger) and len(ledger.reader.claim(biden).sources) == 3
    w.claim_actions.undo()
    written(qtbot, w)
    assert _claims(ledger)["the bill wil"] == (kone, "Ada Kone")


def test_the_same_claim_as_link_in_the_details_asks_for_the_other_claim(qtbot, ledger, settings, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QInputDialog

    _ledger(ledger)
    w = open_window(qtbot, ledger, settings)
    kone, biden = _claims(ledger)["the bill wil"][0], _claims(ledger)["the United S"][0]
    assert w.show_claim(kone)
    assert "Same claim as…" in w.detail_pane.history_text()
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (biden, True))
    w.detail_pane.browser.anchorClicked.emit(QUrl("claimledger-link:"))
    written(qtbot, w)
    assert "the bill wil" not in _claims(ledger) and len(ledger.reader.claim(biden).sources) == 3
