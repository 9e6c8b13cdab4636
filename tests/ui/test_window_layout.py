"""The window at 1000×700 and at 1920×1080: every filter reachable and whole, the claim text on
screen, names elided with their whole text in a tooltip, the splitters, the timeline's axis."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from claimledger.ui import claims_model as cm
from claimledger.ui.eliding import ElidedLabel, tooltip_for
from claimledger.ui.main_window import MainWindow
from ui_helpers import row_of_quote


def open_at(qtbot, ledger, width: int, height: int, settings=None) -> MainWindow:
    w = MainWindow(ledger, settings=settings)
    qtbot.addWidget(w)
    w.start_at(width, height)
    w.show()
    qtbot.waitExposed(w)
    w.wait_idle()
    qtbot.wait(10)  # let the layouts settle
    return w


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def filter_controls(w: MainWindow) -> list[QWidget]:
    fb = w.filter_bar
    return [fb.search_edit, fb.status_combo, fb.kind_combo, fb.review_combo, fb.speaker_combo, fb.tag_edit,
            fb.due_after_edit, fb.due_before_edit, fb.include_rejected_check, fb.as_of_edit, fb.today_button,
            fb.clear_button]


def claim_column(w: MainWindow) -> tuple[int, int, int]:
    """(left, width, viewport width) of the claim text column, in the table's viewport."""
    header = w.table.horizontalHeader()
    return header.sectionViewportPosition(cm.COL_QUOTE), header.sectionSize(cm.COL_QUOTE), w.table.viewport().width()


@pytest.mark.parametrize("size", [(1000, 700), (1920, 1080)])
def test_every_filter_is_whole_and_the_claim_text_on_screen(qtbot, seeded_ledger, size):
    w = open_at(qtbot, seeded_ledger, *size)
    assert (w.width(), w.height()) == size, "the window fits the screen size it is given"
    hint = w.minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 700
    window_rect = w.rect()
    bar = rect_in(w.filter_bar, w)
    for control in filter_controls(w):
        r = rect_in(control, w)
        assert control.isVisible(), control.accessibleName()
        assert window_rect.contains(r) and bar.contains(r), f"{control.accessibleName()} clipped: {r} in {bar}"
        assert r.width() >= control.minimumSizeHint().width(), control.accessibleName()
    # no two controls overlap (a wrapped row is a row of its own)
    rects = [rect_in(c, w) for c in filter_controls(w)]
    for i, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[i + 1:])
    left, width, viewport = claim_column(w)
    assert left + width <= viewport, "the claim column ends inside the table"
    assert width >= 0.3 * viewport and width >= 150
    assert not w.table.horizontalScrollBar().isVisible()
    if size == (1920, 1080):
        assert len(w.filter_bar.flow.rows()) <= 2
        header = w.table.horizontalHeader()
        assert header.sectionSize(cm.COL_STATUS) == w.claim_column_fit.preferred_width(cm.COL_STATUS)


def test_at_1000_the_deadline_stays_whole_and_cut_names_have_tooltips(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1000, 700)
    r = row_of_quote(w.model, "The peace talks and process")
    fm = w.table.fontMetrics()
    header = w.table.horizontalHeader()
    assert header.sectionSize(cm.COL_DEADLINE) > fm.horizontalAdvance("2021-07-19")
    speaker = w.model.index(r, cm.COL_SPEAKER)
    assert speaker.data() == "Zabihullah Mujahid"
    assert header.sectionSize(cm.COL_SPEAKER) < fm.horizontalAdvance("Zabihullah Mujahid"), "narrowed"
    assert "Zabihullah Mujahid" in tooltip_for(w.table, speaker)
    article = w.model.index(r, cm.COL_ARTICLE)
    assert tooltip_for(w.table, article) == article.data()
    kind = w.model.index(r, cm.COL_KIND)
    assert tooltip_for(w.table, kind) is None, "a whole word needs no tooltip"


def test_the_claim_column_gives_back_when_the_table_widens(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1000, 700)
    header = w.table.horizontalHeader()
    narrow = header.sectionSize(cm.COL_ARTICLE)
    w.start_at(1920, 1080)
    qtbot.waitUntil(lambda: header.sectionSize(cm.COL_ARTICLE) > narrow)
    assert header.sectionSize(cm.COL_ARTICLE) == w.claim_column_fit.preferred_width(cm.COL_ARTICLE)


def test_dragging_the_right_splitter_leaves_the_article_list_alone(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1440, 880)
    articles = w.articles_view.width()
    side = w.side_tabs.width()
    handle = w.rsplit.handle(1)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for dx in range(-50, -1001, -50):  # far to the left: the table reaches its minimum
        qtbot.mouseMove(handle, start + QPoint(dx, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + QPoint(-1000, 0))
    assert w.side_tabs.width() > side + 200, "the drag moved the handle"
    assert w.articles_view.width() == articles, "the article list kept its width"


def test_track_record_names_are_readable_at_1440(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1440, 880)
    w.lower_tabs.setCurrentWidget(w.track_records)
    w.wait_idle()
    pane = w.track_records
    assert "Zabihullah Mujahid" in pane.names()
    fm = QFontMetrics(pane.view.font())
    longest = max(fm.horizontalAdvance(n) for n in pane.names())
    assert pane.view.header().sectionSize(0) > longest + 8
    assert not pane.view.horizontalScrollBar().isVisible()
    row = pane.names().index("Zabihullah Mujahid")
    assert tooltip_for(pane.view, pane.model.index(row, 0)) is None, "whole, so no tooltip needed"


def test_track_record_names_elide_with_a_tooltip_when_narrow(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1000, 700)
    w.lower_tabs.setCurrentWidget(w.track_records)
    w.wait_idle()
    pane = w.track_records
    pane.view.header().resizeSection(0, 40)
    pane.view.header().setSectionResizeMode(0, pane.view.header().ResizeMode.Interactive)
    pane.view.header().resizeSection(0, 40)
    row = pane.names().index("Zabihullah Mujahid")
    assert tooltip_for(pane.view, pane.model.index(row, 0)) == "Zabihullah Mujahid"


def test_a_long_ledger_path_is_elided_not_widening_the_window(qtbot, seeded_ledger):
    w = open_at(qtbot, seeded_ledger, 1000, 700)
    label = w.location_label
    assert isinstance(label, ElidedLabel) and label.full_text() == seeded_ledger.location
    label.set_full_text("/very/long/" * 40 + "ledger.db")
    qtbot.wait(10)
    assert w.minimumSizeHint().width() <= 1000
    assert label.text().endswith("ledger.db") and "…" in label.text()
    assert label.toolTip() == label.full_text()


@pytest.mark.parametrize("as_of", [date(2021, 9, 1), date(2026, 12, 2), date(2021, 9, 20)])
def test_timeline_shows_years_months_and_the_whole_as_of_label(qtbot, seeded_ledger, as_of):
    w = open_at(qtbot, seeded_ledger, 1000, 700)
    w.lower_tabs.setCurrentWidget(w.timeline)
    w.filter_bar.set_as_of(as_of)
    w.wait_idle()
    view = w.timeline.view
    qtbot.waitUntil(lambda: view.as_of_label is not None)
    assert "2021" in view.axis_labels
    if as_of.year == 2021:
        assert {"Jul", "Aug", "Sep"} <= set(view.axis_labels)
    else:
        assert {"2022", "2023", "2024", "2025", "2026"} <= set(view.axis_labels)
    label = view.as_of_label
    assert label.text() == f"as of {as_of.isoformat()}"
    scene_rect = view.sceneRect()
    assert scene_rect.contains(label.sceneBoundingRect()), "the as-of label is whole"
    assert scene_rect.width() <= view.viewport().width(), "no sideways scrolling at 1000 px"
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(label.sceneBoundingRect())


def test_the_window_starts_no_larger_than_the_screen(qtbot, seeded_ledger):
    w = MainWindow(seeded_ledger)
    qtbot.addWidget(w)
    room = w.screen().availableGeometry()
    assert w.width() <= room.width() and w.height() <= room.height()
    assert w.width() >= min(1440, room.width()) and w.height() >= min(880, room.height())
