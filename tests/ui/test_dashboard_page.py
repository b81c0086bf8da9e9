"""The home dashboard page: renders on demo and empty data, every figure clicks through."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCharts import QChart
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from agencydesk.domain.enums import ActionStatus, ActorType, Gender
from agencydesk.services.dashboard import DashboardService
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.dashboard.charts import STATUS_ORDER


def _page(qtbot, database) -> DashboardPage:
    page = DashboardPage(DashboardService(database.uow))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, demo_database) -> DashboardPage:
    return _page(qtbot, demo_database)


def _emitted(qtbot, page: DashboardPage, trigger) -> tuple[str, dict]:
    with qtbot.waitSignal(page.navigate, timeout=1000) as blocker:
        trigger()
    return blocker.args[0], blocker.args[1]


def _slice_value(page: DashboardPage, status: ActionStatus) -> float:
    from agencydesk.ui.labels import label

    return page.actions_chart.donut.slices[label(status)].value()


def test_renders_the_demo_figures(page: DashboardPage, demo_database) -> None:
    summary = page.summary
    assert summary is not None
    assert not any(panel.is_empty() for panel in page.panels)
    cards = page.cards
    assert cards["initiatives"].number.text() == str(summary.headline.active_initiatives)
    assert cards["bottlenecks"].number.text() == str(summary.headline.open_bottlenecks)
    assert cards["delayed"].number.text() == str(summary.delayed_actions)
    assert cards["organizations"].number.text() == str(summary.headline.organizations)
    for status in STATUS_ORDER:
        n = summary.actions_by_status[status]
        if n:
            assert _slice_value(page, status) == n
    assert page.actions_chart.donut.centre.text() == str(summary.total_actions)
    rows = page.plans_panel.plan_rows
    assert [r.plan.plan_id for r in rows] == [p.plan_id for p in summary.plans]
    assert all(r.percent.endswith("%") for r in rows)
    chart = page.bottlenecks_chart
    assert chart.open_set is not None and chart.resolved_set is not None
    # The most open initiative is read first, at the top (the last bar, bottom to top).
    assert chart.open_set.at(chart.open_set.count() - 1) == summary.bottlenecks[0].open
    actor = page.actor_type_chart
    assert actor.bar_set is not None
    assert actor.bar_set.at(actor.types.index(ActorType.PUBLIC)) == (
        summary.participation_by_actor_type[ActorType.PUBLIC].participations
    )
    image = page.grab()
    assert not image.isNull() and image.width() == 1280


def test_empty_database_says_there_is_nothing_yet(qtbot, database) -> None:
    page = _page(qtbot, database)
    for panel in page.panels:
        assert panel.is_empty()
        assert len(panel.empty.text()) > 30  # a sentence, not an empty axis
    assert "create an action plan" in page.actions_chart.empty.text()
    assert all(card.number.text() == "0" for card in page.cards.values())
    assert page.plans_panel.plan_rows == []


def test_clicking_a_status_slice_or_its_legend_lists_those_actions(qtbot, page) -> None:
    from agencydesk.ui.labels import label

    piece = page.actions_chart.donut.slices[label(ActionStatus.IN_PROGRESS)]
    assert _emitted(qtbot, page, piece.clicked.emit) == ("actions", {"status": "in_progress"})
    series = page.actions_chart.donut.series
    markers = page.actions_chart.chart.legend().markers(series)
    done = next(m for m in markers if m.label().startswith(label(ActionStatus.DONE)))
    assert _emitted(qtbot, page, done.clicked.emit) == ("actions", {"status": "done"})


def test_clicking_cards_opens_their_lists(qtbot, page) -> None:
    cards = page.cards
    click = lambda key: lambda: qtbot.mouseClick(cards[key], Qt.MouseButton.LeftButton)  # noqa: E731
    assert _emitted(qtbot, page, click("delayed")) == ("actions", {"delayed": True})
    assert _emitted(qtbot, page, click("initiatives")) == ("initiatives", {"status": "active"})
    assert _emitted(qtbot, page, click("organizations")) == ("organizations", {})
    assert _emitted(qtbot, page, click("people")) == ("people", {})
    # The keyboard works too: cards are focusable buttons.
    cards["people"].setFocus()
    assert _emitted(qtbot, page, lambda: qtbot.keyClick(cards["people"], Qt.Key.Key_Space)) == (
        "people",
        {},
    )


def test_the_open_bottlenecks_card_brings_the_bottlenecks_chart_into_view(qtbot, page) -> None:
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    bar = page.scroll.verticalScrollBar()
    assert bar.value() == 0
    with qtbot.assertNotEmitted(page.navigate):
        qtbot.mouseClick(page.cards["bottlenecks"], Qt.MouseButton.LeftButton)
    assert bar.value() > 0
    chart = page.bottlenecks_chart
    top = chart.mapTo(page.scroll.widget(), chart.rect().topLeft()).y()
    assert bar.value() <= top <= bar.value() + page.scroll.viewport().height()


def test_clicking_a_plan_opens_it(qtbot, page) -> None:
    row = page.plans_panel.plan_rows[1]
    target = _emitted(qtbot, page, lambda: qtbot.mouseClick(row, Qt.MouseButton.LeftButton))
    assert target == ("plan", {"plan_id": row.plan.plan_id})


def test_clicking_a_bottleneck_bar_opens_the_initiatives_register(qtbot, page) -> None:
    chart = page.bottlenecks_chart
    top = chart.open_set.count() - 1
    first = page.summary.bottlenecks[0]
    for bar_set in (chart.open_set, chart.resolved_set):
        assert _emitted(qtbot, page, lambda s=bar_set: s.clicked.emit(top)) == (
            "initiative",
            {"initiative_id": first.initiative_id, "tab": "bottlenecks"},
        )


# Hovering the bar shows its tooltip, which asks the offscreen platform to raise() it.
@pytest.mark.qt_log_ignore("This plugin does not support .*")
def test_a_real_mouse_click_on_a_bar_reaches_navigate(qtbot, page) -> None:
    page.show()
    qtbot.waitExposed(page)
    chart = page.actor_type_chart
    page.scroll.ensureWidgetVisible(chart)
    index = chart.types.index(ActorType.PUBLIC)
    series = chart.chart.series()[0]
    # Halfway along the Public bar, in the chart's coordinates, then on the screen.
    value = chart.bar_set.at(index)
    scene = chart.chart.mapToScene(chart.chart.mapToPosition(QPointF(value / 2, index), series))
    point = chart.view.mapFromScene(scene)
    target = _emitted(
        qtbot,
        page,
        lambda: qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=point),
    )
    assert target == ("organizations", {"actor_type": "public"})


def test_clicking_gender_slices_lists_people(qtbot, page, demo_database) -> None:
    slices = page.gender_chart.donut.slices
    from agencydesk.ui.labels import label

    female = slices[label(Gender.FEMALE)]
    assert _emitted(qtbot, page, female.clicked.emit) == ("people", {"gender": "female"})
    with demo_database.uow() as s:
        s.execute(text("UPDATE people SET gender = NULL WHERE gender = 'male'"))
    page.refresh()
    unknown = page.gender_chart.donut.slices["Not recorded"]
    assert _emitted(qtbot, page, unknown.clicked.emit) == ("people", {"gender": ""})
    assert label(Gender.MALE) not in page.gender_chart.donut.slices


@pytest.mark.qt_log_ignore("This plugin does not support .*")  # the tooltip's raise()
def test_hovering_a_figure_shows_a_hand_cursor(page) -> None:
    from agencydesk.ui.labels import label

    piece = page.actions_chart.donut.slices[label(ActionStatus.DELAYED)]
    viewport = page.actions_chart.view.viewport()
    piece.hovered.emit(True)
    assert viewport.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert piece.isExploded()
    piece.hovered.emit(False)
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor
    actor = page.actor_type_chart
    tip = actor._tooltip(actor.bar_set, actor.types.index(ActorType.PUBLIC))
    assert tip.startswith("Public: ") and "organization" in tip


def test_refresh_after_a_change_updates_the_figures(qtbot, page, demo_database) -> None:
    summary = page.summary
    before = _slice_value(page, ActionStatus.DONE)
    plan = summary.plans[0]
    with demo_database.uow() as s:
        s.execute(
            text(
                "UPDATE actions SET status = 'done', progress_pct = 100 WHERE id = ("
                "SELECT id FROM actions WHERE plan_id = :p AND status = 'in_progress' LIMIT 1)"
            ),
            {"p": plan.plan_id},
        )
        s.execute(
            text(
                "UPDATE bottlenecks SET status = 'resolved' WHERE id = (SELECT id FROM "
                "bottlenecks WHERE initiative_id = :i AND status = 'identified' LIMIT 1)"
            ),
            {"i": summary.bottlenecks[0].initiative_id},
        )
    page.refresh()
    assert _slice_value(page, ActionStatus.DONE) == before + 1
    assert page.cards["bottlenecks"].number.text() == str(summary.headline.open_bottlenecks - 1)
    new_row = page.plans_panel.plan_rows[0]
    assert new_row.plan.progress is not None and new_row.plan.progress > plan.progress
    chart = page.bottlenecks_chart
    top = chart.open_set.count() - 1
    first = page.summary.bottlenecks[-1 - top]
    assert chart.open_set.at(top) == first.open


def test_late_actions_not_marked_are_pointed_out(qtbot, demo_database) -> None:
    page = DashboardPage(DashboardService(demo_database.uow))
    qtbot.addWidget(page)
    page.refresh(date.today() + timedelta(days=3650))
    note = page.actions_chart.note
    assert not note.isHidden() and "href" in note.text()
    target = _emitted(qtbot, page, lambda: note.linkActivated.emit("#delayed"))
    assert target == ("actions", {"delayed": True})


def test_a_dark_palette_gives_dark_charts_with_readable_text(qtbot, page) -> None:
    app = QApplication.instance()
    light = QPalette(app.palette())
    assert page.actions_chart.chart.theme() == QChart.ChartTheme.ChartThemeLight
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    try:
        app.setPalette(dark)  # as when the desktop switches to its dark mode
        chart = page.actions_chart
        qtbot.waitUntil(lambda: chart.chart.theme() == QChart.ChartTheme.ChartThemeDark)
        assert chart.chart.legend().labelColor() == QColor("#eeeeee")
        axis = page.actor_type_chart.chart.axes()[0]
        assert axis.labelsColor() == QColor("#eeeeee")
    finally:
        app.setPalette(light)


@pytest.mark.parametrize(("width", "columns"), [(1024, 2), (1920, 2), (700, 1)])
def test_layout_reflows_with_the_width(qtbot, page, width, columns) -> None:
    page.resize(width, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.chart_grid._columns == columns)
    assert page.scroll.horizontalScrollBar().maximum() == 0


def test_more_plans_than_shown_link_to_the_plans_list(qtbot, demo_database) -> None:
    from sqlalchemy import insert

    from agencydesk.data.models import ActionPlan
    from agencydesk.ui.dashboard.plans import MAX_PLANS

    with demo_database.uow() as s:
        s.execute(insert(ActionPlan), [{"title": f"Plan {n}"} for n in range(MAX_PLANS + 1)])
    page = _page(qtbot, demo_database)
    hidden = len(page.summary.plans) - MAX_PLANS
    assert hidden > 0 and len(page.plans_panel.plan_rows) == MAX_PLANS
    note = page.plans_panel.note
    assert "<a href='#plans'" in note.text()
    assert f">{hidden} more plans not shown.</a>" in note.text()
    assert _emitted(qtbot, page, lambda: note.linkActivated.emit("#plans")) == ("plans", {})


def test_few_plans_have_no_link(page) -> None:
    note = page.plans_panel.note
    assert "href" not in note.text() and "cancelled ones left out" in note.text()


def test_bottleneck_names_wrap_instead_of_being_cut(page) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    chart = page.bottlenecks_chart
    axis = next(a for a in chart.chart.axes() if isinstance(a, QBarCategoryAxis))
    labels = {label.replace("<br>", " ").rstrip("\u200b"): label for label in axis.categories()}
    for row in page.summary.bottlenecks:
        assert row.initiative_name in labels  # whole, not elided
    long_name = next(n for n in labels if "proveedores lácteos del Ranco" in n)
    assert "<br>" in labels[long_name]  # on two lines
    # A row tall enough for two lines: QtCharts cuts taller labels back to one elided line.
    rows = len(page.summary.bottlenecks)
    assert chart.stack.height() >= 70 + rows * 2 * chart.fontMetrics().lineSpacing()


def test_bottleneck_tooltip_counts_the_dropped_ones_so_the_total_adds_up(page) -> None:
    chart = page.bottlenecks_chart
    index = next(i for i, r in enumerate(chart.rows) if r.dropped)
    row = chart.rows[index]
    tip = chart._tooltip(chart.open_set, index)
    assert f"Open: {row.open} · Resolved: {row.resolved}" in tip
    assert f"{row.dropped} dropped" in tip
    assert f"{row.open + row.resolved + row.dropped} bottlenecks in all" in tip
    plain = next(i for i, r in enumerate(chart.rows) if not r.dropped)
    assert "dropped" not in chart._tooltip(chart.open_set, plain)


def test_actor_type_bars_are_sorted_by_count_most_at_the_top(page) -> None:
    chart = page.actor_type_chart
    counts = page.summary.participation_by_actor_type
    # Bars run bottom to top: the last bar is the top one.
    top_down = list(reversed(chart.types))
    values = [counts[t].participations for t in top_down]
    assert values == sorted(values, reverse=True)
    assert [chart.bar_set.at(i) for i in range(chart.bar_set.count())] == list(reversed(values))
    assert set(chart.types) == set(ActorType)
