"""The timeline: the current filter's claims along time (the first 500 by deadline). Each claim
is a lane: its deadline window as a bar coloured by status (a month-long window is a month wide;
vague deadlines faint and dashed; an open end fades out), outcomes as diamonds, the as-of date as a
dashed red line. Clicking a lane selects the claim in the table."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from claimledger.domain import Status
from claimledger.services import ClaimFilter
from claimledger.services.report_charts import STATUS_COLOURS  # (not html_report: not before the first paint)
from claimledger.ui.lazy_pane import LoadWhenShown
from claimledger.ui.tasks import TaskRunner

LANE, LABEL_W, LABEL_MIN, MARGIN, PLOT_MIN = 18, 270, 110, 12, 200
YEAR_Y, MONTH_Y, AS_OF_Y, TOP = 2, 17, 32, 48  # the axis rows: years, months, the as-of label; lanes below
ClaimRole = 0  # QGraphicsItem.data key holding the claim id


def _months(lo: date, hi: date):
    d = date(lo.year, lo.month, 1)
    while d <= hi:
        yield d
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)


class TimelineView(QGraphicsView):
    claim_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Timeline of claim deadlines")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._data = None
        self._as_of: date | None = None
        self._selected: int | None = None
        self._width = 0
        self.lanes: dict[int, QGraphicsRectItem] = {}  # claim id -> lane background (selection, tests)
        self.axis_labels: list[str] = []  # years and months written on the axis (tests)
        self.as_of_label = None

    def set_data(self, data, as_of: date) -> None:
        self._data, self._as_of = data, as_of
        self._draw()

    def select_claim(self, claim_id: int | None) -> None:
        self._selected = claim_id
        pal = self.palette()
        for cid, lane in self.lanes.items():
            on = cid == claim_id
            lane.setBrush(QBrush(pal.color(QPalette.ColorRole.Highlight).lighter(100)) if on else QBrush(Qt.BrushStyle.NoBrush))
            lane.setOpacity(0.35 if on else 1.0)
            if on:  # scroll up or down to it, never sideways (the labels stay in sight)
                self.ensureVisible(QRectF(0, lane.rect().y(), 1, LANE), 0, 40)

    def lane_center(self, claim_id: int) -> QPointF:
        """Where the claim's bar is, in view coordinates (tests click there)."""
        lane = self.lanes[claim_id]
        return QPointF(self.mapFromScene(lane.rect().center()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._data is not None and abs(self.viewport().width() - self._width) > 8:
            self._draw()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._data is not None:
            self._draw()  # View ▸ Theme: the text and grid colours come from the palette

    def mousePressEvent(self, event) -> None:
        for item in self.items(event.position().toPoint()):
            cid = item.data(ClaimRole)
            if cid is not None:
                self.claim_clicked.emit(int(cid))
                break
        super().mousePressEvent(event)

    # -- drawing ----------------------------------------------------------------------------------
    def label_width(self) -> int:
        """The lane labels' column: up to LABEL_W, less in a narrow view (the plot keeps the rest)."""
        return int(max(LABEL_MIN, min(LABEL_W, self.viewport().width() * 0.32)))

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.lanes = {}
        self.axis_labels: list[str] = []
        self.as_of_label = None
        pal = self.palette()
        text_colour = pal.color(QPalette.ColorRole.Text)
        grid = QPen(pal.color(QPalette.ColorRole.Mid), 0)
        grid.setCosmetic(True)
        year_grid = QPen(pal.color(QPalette.ColorRole.Text), 0)
        year_grid.setCosmetic(True)
        self._width = self.viewport().width()
        rows = self._data.rows if self._data else []
        if not rows:
            t = scene.addSimpleText("No claim with a deadline under these filters.")
            t.setBrush(text_colour)
            scene.setSceneRect(QRectF(0, 0, max(self._width - 4, 1), 40))
            return
        as_of = self._as_of
        starts = [r.deadline_earliest or r.published_on for r in rows]
        ends = [r.deadline_latest or r.deadline_earliest for r in rows]
        observed = [d for evs in self._data.events.values() for _i, d, _s in evs]
        lo = min(starts + observed + [as_of]) - timedelta(days=3)
        hi = max(ends + observed + [as_of]) + timedelta(days=3)
        label_w = self.label_width()
        plot = max(self._width - label_w - 2 * MARGIN - 4, PLOT_MIN)
        scale = plot / max((hi - lo).days, 1)
        right = label_w + plot + MARGIN

        def x(d: date) -> float:
            return label_w + (d - lo).days * scale

        height = TOP + LANE * len(rows) + 8
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        bold = QFont(small)
        bold.setBold(True)
        fm, fm_bold = QFontMetricsF(small), QFontMetricsF(bold)
        self._axis(scene, lo, hi, x, right, height, small, bold, fm, fm_bold, grid, year_grid, text_colour)
        for i, (r, s, e) in enumerate(zip(rows, starts, ends)):
            y = TOP + i * LANE
            lane = scene.addRect(QRectF(0, y, right, LANE), QPen(Qt.PenStyle.NoPen))
            lane.setData(ClaimRole, r.id)
            lane.setZValue(-2)
            lane.setToolTip(f"#{r.id} {r.quote}")
            self.lanes[r.id] = lane
            words = " ".join((r.summary or r.quote).split())
            text = f"{r.speaker or 'reporter'}: {words}"
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, label_w - 10)
            label = scene.addSimpleText(shown, small)
            label.setBrush(QColor(208, 48, 48) if r.overdue else text_colour)
            label.setPos(6, y + 2)
            label.setData(ClaimRole, r.id)
            label.setToolTip(text)
            self._bar(scene, r, x(s), x(e + timedelta(days=1)) if e else x(s) + 3, y)
            for _eid, d, status in self._data.events.get(r.id, []):
                self._marker(scene, r.id, x(d), y + LANE / 2, status, d)
        line = QPen(QColor(208, 48, 48), 1.5, Qt.PenStyle.DashLine)
        ax = x(as_of)
        scene.addLine(ax, AS_OF_Y, ax, height, line).setZValue(5)
        text = f"as of {as_of.isoformat()}"
        tag = scene.addSimpleText(text, small)
        tag.setBrush(QColor(208, 48, 48))
        width = fm.horizontalAdvance(text)
        # right of the line when it fits, else left of it: always whole inside the view
        tag.setPos(ax + 4 if ax + 4 + width <= right else max(0.0, ax - 4 - width), AS_OF_Y)
        tag.setZValue(6)
        self.as_of_label = tag
        scene.setSceneRect(QRectF(0, 0, right, height))
        if self._selected is not None:
            self.select_claim(self._selected)

    def _axis(self, scene, lo: date, hi: date, x, right: float, height: float, small, bold, fm, fm_bold,
              grid: QPen, year_grid: QPen, text_colour) -> None:
        """Two rows above the lanes: the years (at each January; the first year also at the left,
        over the labels' column when the plot has no room before the next January) and the
        months under them — every month when they fit, else every quarter, else none — with a
        grid line for each month or quarter shown, darker at each new year."""
        months = [m for m in _months(lo, hi) if m > lo]
        per_month = (x(hi) - x(lo)) / max(1, len(months))
        room = fm.horizontalAdvance("Sep") + 8
        every = 1 if per_month >= room else 3 if per_month * 3 >= room else 0

        def text(at: float, y: float, words: str, font) -> None:
            label = scene.addSimpleText(words, font)
            label.setBrush(text_colour)
            label.setPos(at, y)
            self.axis_labels.append(words)

        first_january = next((m for m in months if m.month == 1), None)
        year_w = fm_bold.horizontalAdvance(str(lo.year))
        at = x(lo) + 2
        if first_january is not None:
            at = min(at, x(first_january) - year_w - 8)
        text(max(0.0, at), YEAR_Y, str(lo.year), bold)
        if every and x(months[0] if months else hi) - x(lo) > room:  # the first, partial month
            text(x(lo) + 2, MONTH_Y, lo.strftime("%b"), small)
        for m in months:
            mx = x(m)
            if m.month == 1:
                scene.addLine(mx, YEAR_Y, mx, height, year_grid)
                text(mx + 3, YEAR_Y, str(m.year), bold)
            elif every and (m.month - 1) % every == 0:
                scene.addLine(mx, MONTH_Y, mx, height, grid)
            if every and (m.month - 1) % every == 0 and mx + 3 + fm.horizontalAdvance(m.strftime("%b")) <= right:
                text(mx + 3, MONTH_Y, m.strftime("%b"), small)

    def _bar(self, scene, r, x0: float, x1: float, y: float) -> None:
        colour = QColor(STATUS_COLOURS.get(r.status, "#4a5568"))
        vague = r.deadline_granularity == "vague"
        fill = QColor(colour)
        fill.setAlphaF(0.3 if vague else 0.8)
        pen = QPen(colour, 1, Qt.PenStyle.DashLine if vague else Qt.PenStyle.SolidLine)
        if r.overdue:
            pen = QPen(QColor(208, 48, 48), 2)
        rect = scene.addRect(QRectF(x0, y + 3, max(x1 - x0, 3), LANE - 6), pen, QBrush(fill))
        rect.setData(ClaimRole, r.id)
        window = f"{r.deadline_earliest or '…'} – {r.deadline_latest or '…'}"
        rect.setToolTip(f"#{r.id} “{r.deadline_expression or ''}”: {window} ({r.deadline_granularity or '?'})\n"
                        f"{Status(r.status).label}{' — overdue' if r.overdue else ''}")
        if r.deadline_latest is None:  # open end ("after X"): a fading tail
            tail = scene.addRect(QRectF(x1, y + 5, 40, LANE - 10), QPen(Qt.PenStyle.NoPen), QBrush(QColor(colour.red(), colour.green(), colour.blue(), 60)))
            tail.setData(ClaimRole, r.id)

    def _marker(self, scene, claim_id: int, cx: float, cy: float, status: str, d: date) -> None:
        poly = QPolygonF([QPointF(cx, cy - 7), QPointF(cx + 5, cy), QPointF(cx, cy + 7), QPointF(cx - 5, cy)])
        colour = QColor(STATUS_COLOURS.get(status, "#4a5568"))
        item = scene.addPolygon(poly, QPen(self.palette().color(QPalette.ColorRole.Text), 1), QBrush(colour))
        item.setZValue(3)
        item.setData(ClaimRole, claim_id)
        item.setToolTip(f"{Status(status).label} on {d.isoformat()}")
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)


class TimelinePane(LoadWhenShown, QWidget):
    """The view with its legend and a note when more claims exist than are drawn."""

    claim_clicked = Signal(int)

    def __init__(self, ledger, runner: TaskRunner, parent: QWidget | None = None, *, limit: int = 500):
        super().__init__(parent)
        self._ledger, self._runner, self.limit = ledger, runner, limit
        self.view = TimelineView(self)
        self.view.claim_clicked.connect(self.claim_clicked)
        self.note = QLabel(self)
        self.note.setObjectName("timelineNote")
        legend = QLabel("Bars: deadline windows (faint, dashed: vague; red outline: overdue) · "
                        "◆ outcome observed · dashed red line: as-of date", self)
        legend.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(legend, 1)
        head.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)

    def claims_changed(self, update) -> None:
        """Claims were written: read again only if one is drawn or, with a deadline, may be now."""
        if update.reloaded or any(r.id in self.view.lanes for r in update.rows()) or any(
                r.deadline_latest is not None or r.deadline_earliest is not None for r in update.after.values()):
            self.load(self._filter)

    def _load(self, f: ClaimFilter, generation: int) -> None:
        ledger, limit = self._ledger, self.limit
        as_of = f.as_of or ledger.uow.today()

        def show(data) -> None:
            if generation != self._generation:
                return
            more = data.total - len(data.rows)
            self.note.setText(f"First {len(data.rows):,} of {data.total:,} claims with deadlines, by deadline"
                              if more > 0 else f"{data.total:,} claims with deadlines")
            self.view.set_data(data, as_of)

        self._runner.run(lambda _t: ledger.workbench.timeline(f, limit=limit), on_success=show)
