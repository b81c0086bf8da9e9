"""The dashboard's overdue agreements card, next meetings list and due-soon note."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from agencydesk.domain.agreements import DUE_SOON_DAYS
from agencydesk.services.dashboard import DashboardService
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.dashboard.meetings import meeting_when
from agencydesk.ui.widgets.urgency import urgency_colour


def _page(qtbot, database) -> DashboardPage:
    page = DashboardPage(DashboardService(database.uow))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.refresh()
    return page


def _emitted(qtbot, page: DashboardPage, trigger) -> tuple[str, dict]:
    with qtbot.waitSignal(page.navigate, timeout=1000) as blocker:
        trigger()
    return blocker.args[0], blocker.args[1]


def test_overdue_agreements_card_is_red_and_opens_the_tracker(qtbot, demo_database) -> None:
    page = _page(qtbot, demo_database)
    summary = page.summary
    assert summary is not None and summary.headline.overdue_agreements > 0
    card = page.cards["agreements"]
    assert card.number.text() == str(summary.headline.overdue_agreements)
    colour = card.number.palette().color(QPalette.ColorRole.Text)
    assert colour == urgency_colour("overdue")
    click = lambda: qtbot.mouseClick(card, Qt.MouseButton.LeftButton)  # noqa: E731
    assert _emitted(qtbot, page, click) == ("agreements", {"overdue": True})


def test_no_overdue_agreement_leaves_the_card_plain(qtbot, database) -> None:
    page = _page(qtbot, database)
    card = page.cards["agreements"]
    assert card.number.text() == "0"
    assert card.number.palette().color(QPalette.ColorRole.Text) != urgency_colour("overdue")
    # No meeting planned: a sentence says where they come from.
    panel = page.meetings_panel
    assert panel.is_empty() and "Meetings" in panel.empty.text()
    assert panel.meeting_rows == []


def test_next_meetings_are_listed_soonest_first_and_open_on_click(qtbot, demo_database) -> None:
    page = _page(qtbot, demo_database)
    summary = page.summary
    assert summary is not None and summary.next_meetings
    rows = page.meetings_panel.meeting_rows
    assert [r.meeting.meeting_id for r in rows] == [m.meeting_id for m in summary.next_meetings]
    starts = [r.meeting.starts_at for r in rows]
    assert starts == sorted(starts) and starts[0].date() >= date.today()
    first = rows[0]
    assert first.number == f"No. {first.meeting.number}"
    assert first.meeting.title in first.toolTip()
    target = _emitted(qtbot, page, lambda: qtbot.mouseClick(first, Qt.MouseButton.LeftButton))
    assert target == ("meeting", {"meeting_id": first.meeting.meeting_id})
    # The keyboard works too.
    first.setFocus()
    assert _emitted(qtbot, page, lambda: qtbot.keyClick(first, Qt.Key.Key_Space)) == (
        "meeting",
        {"meeting_id": first.meeting.meeting_id},
    )
    image = page.grab()
    assert not image.isNull()


def test_due_soon_note_links_to_the_tracker(qtbot, demo_database) -> None:
    # Seen from five days on, the demo's agreement due in ten days is due soon.
    page = DashboardPage(DashboardService(demo_database.uow))
    qtbot.addWidget(page)
    page.refresh(date.today() + timedelta(days=5))
    summary = page.summary
    assert summary is not None and summary.due_soon_agreements > 0
    note = page.meetings_panel.note
    assert note.text().startswith("<a href='#due_soon'")  # its colour follows: a style
    assert f"{summary.due_soon_agreements} open agreement" in note.text()
    assert f"due in the next {DUE_SOON_DAYS} day" in note.text()  # the domain's threshold
    assert _emitted(qtbot, page, lambda: note.linkActivated.emit("#due_soon")) == (
        "agreements",
        {"due_soon": True},
    )
    page.refresh(date.today() - timedelta(days=400))  # before any agreement was due
    assert "No open agreement" in note.text()
    assert f"the next {DUE_SOON_DAYS} day" in note.text()


def test_meeting_time_is_left_out_at_midnight() -> None:
    assert meeting_when(datetime(2025, 5, 12, 10, 30)) == "12/05/2025 10:30"
    assert meeting_when(datetime(2025, 5, 12)) == "12/05/2025"
