"""The speaker filter and the editor's speaker box with thousands of speakers: names are found
as the analyst types, a few dozen at a time; the window never lists them all."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from claimledger.services import ClaimFilter, Ledger
from claimledger.services.bulk import BulkArticle, BulkClaim
from claimledger.ui.claim_editor import ClaimEditor
from ui_helpers import open_window, rows

N_SPEAKERS = 3_000
FIRST = ["Ana", "Boris", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jia"]


def _name(i: int) -> str:
    return f"{FIRST[i % 10]} Speaker{i:04d}"


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """3,000 speakers; speaker i has i % 3 + 1 claims (so some are quoted more than others)."""
    ledger = Ledger.open(tmp_path_factory.mktemp("crowd") / "crowd.db")
    arts = []
    for i in range(N_SPEAKERS):
        text = f"Claim number {i} will come true by 2030, said {_name(i)}."
        arts.append(BulkArticle(title=f"a{i}", published_on=date(2024, 1, 1), text=text, claims=[
            BulkClaim(quote=text[:40], start=0, end=40, kind="prediction", speaker=_name(i), speaker_kind="person")
            for _ in range(i % 3 + 1)]))
    ledger.bulk.bulk_load(arts)
    yield ledger
    ledger.close()


@pytest.fixture
def window(qtbot, crowded, settings):
    return open_window(qtbot, crowded, settings)


@pytest.mark.slow
def test_the_dropdown_holds_the_most_quoted_not_everyone(window, crowded):
    combo = window.filter_bar.speaker_combo
    assert 1 < combo.count() <= 31  # "All speakers" and the 30 most quoted
    quoted = {combo.itemData(i) for i in range(1, combo.count())}
    most = max(len(crowded.reader.claims(ClaimFilter(speaker_id=sid), limit=None)) for sid in quoted)
    assert most == 3


def test_typing_a_name_finds_it_and_picking_it_filters(window, crowded, qtbot):
    fb = window.filter_bar
    edit = fb.speaker_combo.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "speaker2345")
    names = fb.speaker_completer.names()
    assert names == ["Farah Speaker2345"]  # a word of the name, case-insensitive
    fb.speaker_completer.popup().setCurrentIndex(fb.speaker_completer.completionModel().index(0, 0))
    qtbot.keyClick(fb.speaker_completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2345 % 3 + 1)
    assert {c.speaker for c in rows(window.model)} == {"Farah Speaker2345"}
    assert fb.speaker_combo.lineEdit().text() == "Farah Speaker2345"


def test_a_broad_prefix_shows_a_bounded_list(window, qtbot):
    fb = window.filter_bar
    edit = fb.speaker_combo.lineEdit()
    edit.setFocus()
    qtbot.keyClicks(edit, "a")
    assert 0 < len(fb.speaker_completer.names()) <= 50


def test_an_exact_name_and_enter_selects_it_and_an_empty_box_is_everyone(window, qtbot):
    fb = window.filter_bar
    edit = fb.speaker_combo.lineEdit()
    edit.setFocus()
    edit.setText("hana speaker0007")
    fb.speaker_completer.popup().hide()
    edit.editingFinished.emit()
    qtbot.waitUntil(lambda: fb.speaker_combo.lineEdit().text() == "Hana Speaker0007")
    assert {c.speaker for c in rows(window.model)} == {"Hana Speaker0007"}
    edit.setText("")
    edit.editingFinished.emit()
    assert fb.speaker_id() is None
    edit.setText("nobody at all")
    edit.editingFinished.emit()
    assert fb.speaker_id() is None and fb.speaker_combo.lineEdit().text() == ""
    assert fb.speaker_combo.lineEdit().placeholderText() == "All speakers"


def test_a_remembered_speaker_is_shown_by_name(window, crowded):
    sid = dict((n, i) for i, n in crowded.reader.find_speakers("Jia Speaker2999"))["Jia Speaker2999"]
    window.filter_bar.restore({"speaker": sid})
    assert window.filter_bar.speaker_combo.lineEdit().text() == "Jia Speaker2999"
    assert window.filter_bar.speaker_id() == sid


def test_the_editor_completes_names_from_the_ledger(qtbot, crowded):
    editor = ClaimEditor({"speaker": ""}, "quote", speakers=crowded.reader.find_speakers)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.speaker_edit, "Boris Speaker000")
    assert editor.speaker_completer.names() == ["Boris Speaker0001"]


