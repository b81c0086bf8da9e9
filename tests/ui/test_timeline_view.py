"""The timeline view: bars where the dates say, hit-testing, activation, keys, painting."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip

from agencydesk.domain.enums import ActionStatus as S
from agencydesk.domain.timeline import timeline_bars
from agencydesk.services.database import Database
from agencydesk.ui.plans.timeline import TimelineView
from agencydesk.ui.plans.timeline_paint import TODAY_COLOUR

TODAY = date(2026, 11, 22)


@dataclass(frozen=True)
class Draft:
    """Stands in for ActionDraft: the attributes the timeline reads."""

    axis: str | None
    code: str | None
    title: str
    start_date: date | None
    end_date: date | None
    status: S
    progress_pct: int


@dataclass(frozen=True)
class Action:
    id: int
    draft: Draft


def act(action_id: int, axis: str | None, code: str, title: str, *rest: object) -> Action:
    """An action from its fields in Draft's order after the title: start, end, status, %."""
    return Action(action_id, Draft(axis, code, title, *rest))  # type: ignore[arg-type]


FOREST = "Eje 1. Gestión forestal y normativa"
MONEY = "Eje 3. Financiamiento"
D = date
# Shaped like the demo's Mesa Ejecutiva Forestal plan, given out of order on purpose.
PLAN = [
    act(12, MONEY, "A3.1", "Línea de crédito", D(2026, 7, 25), D(2027, 1, 21), S.DELAYED, 30),
    act(11, FOREST, "A1.10", "Diplomado", D(2026, 11, 2), D(2027, 5, 1), S.IN_PROGRESS, 10),
    act(
        10,
        FOREST,
        "A1.2",
        "Aprobación de 25 planes",
        D(2026, 8, 24),
        D(2026, 11, 2),
        S.IN_PROGRESS,
        56,
    ),
    act(
        9, FOREST, "A1.1", "Diagnóstico de expedientes", D(2026, 6, 20), D(2026, 7, 20), S.DONE, 100
    ),
    act(13, MONEY, "A3.2", "Concurso PROCOMPITE", D(2026, 8, 14), D(2027, 3, 22), S.CANCELLED, 0),
    act(14, None, "X1", "Rueda de negocios", D(2027, 3, 1), None, S.NOT_STARTED, 0),
    act(15, None, "X2", "Sin fechas todavía", None, None, S.NOT_STARTED, 0),
]
ORDER = [9, 10, 11, 12, 13, 14, 15]


def make_view(qtbot, width: int = 1280, height: int = 800) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.set_bars(timeline_bars(PLAN), TODAY)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_bars_follow_the_plan_order_and_dates(qtbot) -> None:
    view = make_view(qtbot)
    rects = {action_id: view.bar_rect(action_id) for action_id in ORDER}
    assert rects[15] is None  # no dates: listed, but no bar
    tops = [rects[i].top() for i in ORDER[:-1]]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # Later starts lie further right; a longer action is a wider bar.
    assert rects[9].left() < rects[12].left() < rects[10].left() < rects[11].left()
    assert rects[13].width() > rects[10].width()
    # Only a start date: a square diamond, not a bar.
    assert rects[14].width() == rects[14].height()


def test_bar_at_hits_the_right_action(qtbot) -> None:
    view = make_view(qtbot)
    for action_id in ORDER[:-1]:
        assert view.bar_at(view.bar_rect(action_id).center()) == action_id
    assert view.bar_at(QPoint(view.bar_rect(9).center().x(), 5)) is None  # the month header
    axis_row = QPoint(50, view.bar_rect(9).top() - 12)
    assert view.bar_at(axis_row) is None  # the axis band above the first action
    # The row's label counts too, and the undated action is reachable by its label.
    assert view.bar_at(QPoint(30, view.bar_rect(10).center().y())) == 10
    below_x1 = QPoint(30, view.bar_rect(14).center().y() + view.bar_rect(14).height() * 2)
    assert view.bar_at(below_x1) == 15
    assert view.bar_at(QPoint(30, view.viewport().height() - 5)) is None  # under the last row


def test_double_click_activates_the_action(qtbot) -> None:
    view = make_view(qtbot)
    centre = view.bar_rect(12).center()
    with qtbot.waitSignal(view.action_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [12]
    assert view.current_action_id() == 12


def test_keyboard_moves_the_highlight_and_enter_activates(qtbot) -> None:
    view = make_view(qtbot)
    view.setFocus()
    assert view.chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.current_action_id() is None
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)
    assert view.current_action_id() == 9
    for expected in (10, 11, 12):  # 11 → 12 crosses the axis band of "Eje 3"
        qtbot.keyClick(view.chart, Qt.Key.Key_Down)
        assert view.current_action_id() == expected
    qtbot.keyClick(view.chart, Qt.Key.Key_Up)
    assert view.current_action_id() == 11
    qtbot.keyClick(view.chart, Qt.Key.Key_End)
    assert view.current_action_id() == 15
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)  # stays on the last
    assert view.current_action_id() == 15
    qtbot.keyClick(view, Qt.Key.Key_Home)  # keys sent to the view reach the chart
    assert view.current_action_id() == 9
    with qtbot.waitSignal(view.action_activated) as blocker:
        qtbot.keyClick(view.chart, Qt.Key.Key_Return)
    assert blocker.args == [9]


def test_long_plans_scroll_to_the_highlighted_action(qtbot) -> None:
    end, going = date(2029, 6, 30), S.IN_PROGRESS
    actions = [
        act(
            i,
            f"Eje {i // 20}",
            f"{i // 20}.{i}",
            f"Acción {i}",
            date(2026, 1, 1 + i % 28),
            end,
            going,
            50,
        )
        for i in range(1, 301)
    ]
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.set_bars(timeline_bars(actions), TODAY)
    view.show()
    qtbot.waitExposed(view)
    assert view.chart.verticalScrollBar().maximum() > 0
    assert view.chart.horizontalScrollBar().maximum() > 0  # 3½ years do not fit in 700 px
    qtbot.keyClick(view.chart, Qt.Key.Key_End)
    last = view.current_action_id()
    assert last == 300
    rect = view.bar_rect(last)
    assert 0 < rect.center().y() < view.viewport().height()
    assert view.bar_at(QPoint(30, rect.center().y())) == last


def test_tooltip_tells_dates_status_and_progress(qtbot) -> None:
    view = make_view(qtbot)
    text = view.tooltip_at(view.bar_rect(10).center())
    for part in ("A1.2", "Aprobación de 25 planes", "24/08/2026", "02/11/2026", "In progress"):
        assert part in text
    assert "56%" in text and "Past its end date" in text  # still open after its end date
    done = view.tooltip_at(view.bar_rect(9).center())
    assert "Done" in done and "Past its end date" not in done
    undated = view.tooltip_at(QPoint(30, view.bar_rect(14).bottom() + 20))
    assert "Sin fechas todavía" in undated and "No dates" in undated
    assert view.tooltip_at(QPoint(-5, -5)) == ""


def test_past_its_end_date_stays_readable_on_a_dark_tooltip(qtbot) -> None:
    view = make_view(qtbot)
    point = view.bar_rect(10).center()
    assert 'color:#d93b3b">Past its end date' in view.tooltip_at(point)  # a pale tooltip
    before = QToolTip.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.ToolTipText, QColor("#e6e6e6"))
    try:
        QToolTip.setPalette(dark)  # a desktop's dark mode gives tooltips a dark background
        assert 'color:#ff6b6b">Past its end date' in view.tooltip_at(point)
    finally:
        QToolTip.setPalette(before)


def test_paints_without_warnings_at_small_and_large_sizes(qtbot, qtlog) -> None:
    view = make_view(qtbot)
    for width, height in ((160, 90), (520, 320), (1280, 800), (2560, 1440)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width: view.chart.width() == w)
        image = view.viewport().grab().toImage()
        assert image.width() == view.viewport().width() > 0
        assert view.legend.isVisible() is (height >= 320)  # no room for it in a corner
        if width >= 1280:
            # The today line crosses the rows: between A1.10's start (02/11) and its end.
            xs = range(view.bar_rect(11).left(), view.bar_rect(11).right())
            ys = range(view.bar_rect(9).top(), view.bar_rect(10).bottom())
            colours = {image.pixelColor(x, y).name() for x in xs for y in ys}
            assert TODAY_COLOUR.name() in colours
    problems = [r.message for r in qtlog.records if "QPainter" in r.message]
    assert problems == []


def test_dark_palette_uses_the_palette_text_colour(qtbot) -> None:
    view = make_view(qtbot)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    view.setPalette(dark)
    image = view.grab().toImage()
    rect = view.bar_rect(9)
    label_row = image.copy(0, rect.top(), view.chart._left_w - 1, rect.height())
    lightness = sorted(
        label_row.pixelColor(x, y).lightness()
        for x in range(label_row.width())
        for y in range(label_row.height())
    )
    assert lightness[0] < 60  # a dark background...
    assert lightness[-1] > 200  # ...with light text on it


def test_empty_plan_shows_a_sentence(qtbot) -> None:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_bars([], TODAY)
    view.show()
    qtbot.waitExposed(view)
    assert view.placeholder_text() == "No actions with dates yet"
    assert not view.legend.isVisible()
    assert view.bar_at(QPoint(300, 200)) is None
    qtbot.keyClick(view.chart, Qt.Key.Key_Down)
    assert view.current_action_id() is None
    view.set_bars(timeline_bars([PLAN[-1]]), TODAY)  # one action, no dates
    assert view.placeholder_text().startswith("No actions with dates yet\n")
    view.set_bars(timeline_bars(PLAN), TODAY)
    assert view.placeholder_text() is None
    assert view.legend.isVisible()


def test_demo_plan_draws_every_dated_action(qtbot, demo_database: Database) -> None:
    with sqlite3.connect(demo_database.path) as db:
        rows = db.execute(
            "SELECT id, axis, code, title, start_date, end_date, status, progress_pct "
            "FROM actions WHERE plan_id = (SELECT MIN(id) FROM action_plans)"
        ).fetchall()

    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    actions = [act(r[0], r[1], r[2], r[3], day(r[4]), day(r[5]), S(r[6]), r[7]) for r in rows]
    assert len(actions) >= 10
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_bars(timeline_bars(actions), date.today())
    view.show()
    qtbot.waitExposed(view)
    visible = view.viewport().rect()
    for action in actions:
        rect = view.bar_rect(action.id)
        if rect is not None and visible.contains(rect.center()):
            assert view.bar_at(rect.center()) == action.id
    assert view.placeholder_text() is None


def test_code_column_fits_its_title_and_the_longest_code(qtbot) -> None:
    """Short codes must not squeeze the column's title ("Código" in Spanish was cut to
    "Códig"): the column is as wide as the wider of the two, from the font's metrics."""
    view = make_view(qtbot)
    chart = view.chart
    metrics = chart.fontMetrics()
    room = chart._code_w - 24  # the painter's text rect (20 px before, 4 after)
    assert room >= metrics.horizontalAdvance(chart.tr("Code"))
    assert room >= max(metrics.horizontalAdvance(a.draft.code) for a in PLAN)
    short = [act(1, "Eje", "1", "Uno", D(2026, 6, 1), D(2026, 7, 1), S.DONE, 100)]
    view.set_bars(timeline_bars(short), TODAY)
    assert chart._code_w - 24 >= metrics.horizontalAdvance(chart.tr("Code"))
    long_code = [act(1, "Eje", "PROG-2026-A1.10", "Uno", D(2026, 6, 1), None, S.DONE, 100)]
    view.set_bars(timeline_bars(long_code), TODAY)
    assert chart._code_w - 24 >= metrics.horizontalAdvance("PROG-2026-A1.10")
