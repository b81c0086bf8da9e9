"""The Agreements tracker: filters, order, bulk mark done with undo, the dashboard's overdue
count following it, and the link to the meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from agencydesk.domain.agreements import DUE_SOON_DAYS, AgreementQuery, AgreementRecord, Urgency
from agencydesk.domain.enums import AgreementStatus
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.dashboard import DashboardService
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.agreements import AgreementsArea
from agencydesk.ui.agreements.model import DUE_COLUMN, TEXT_COLUMN, WHEN_COLUMN
from agencydesk.ui.dashboard import DashboardPage
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import urgency
from agencydesk.ui.widgets.urgency import UrgencyLegend, urgency_brush

OPEN = AgreementStatus.OPEN


def _user() -> str:
    return "tester"


@pytest.fixture
def context(demo_database) -> MeetingsContext:
    uow = demo_database.uow
    actors = ActorsService(uow, _user)
    initiatives = InitiativesService(uow, _user)
    stack = QUndoStack()
    reported: list = []
    context = MeetingsContext(
        actors,
        initiatives,
        MeetingsService(uow, _user),
        AttendanceService(uow, _user),
        AgreementsService(uow, _user),
        WriteContext(actors, stack, lambda: None, reported.append),
        initiative_choices=initiatives.initiative_choices,
        agenda_choices=initiatives.agenda_choices,
    )
    context.reported = reported  # type: ignore[attr-defined]
    return context


@pytest.fixture
def area(qtbot, context) -> AgreementsArea:
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    area.resize(1280, 800)
    area.show()
    qtbot.waitExposed(area)
    return area


@pytest.fixture
def no_questions(monkeypatch):
    """Fails the test if anything asks; returns the questions asked (none)."""

    def question(*_args, **_kwargs):
        raise AssertionError("asked a question")

    monkeypatch.setattr(QMessageBox, "question", question)


@pytest.fixture
def say_yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _records(area: AgreementsArea) -> list[AgreementRecord]:
    return area.model.records(list(range(area.model.rowCount())))


def _select(area: AgreementsArea, ids: list[int]) -> None:
    area.select_ids(ids)
    assert sorted(area.selected_ids()) == sorted(ids)


def _overdue_card(page: DashboardPage) -> int:
    return int(page.cards["agreements"].number.text())


def test_model_passes_the_model_tester(qtmodeltester, area: AgreementsArea) -> None:
    assert area.model.rowCount() > 0
    qtmodeltester.check(area.model)


def test_opens_on_open_agreements_sorted_by_due_date(area: AgreementsArea) -> None:
    records = _records(area)
    assert records and all(r.status is OPEN for r in records)
    dues = [r.due_date for r in records]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated)
    # Undated ones (if any) come last.
    assert dues[: len(dated)] == dated
    total = len(records)
    overdue = sum(r.is_overdue(date.today()) for r in records)
    assert overdue > 0
    assert area.count_label.text().startswith(f"{total} agreement")
    assert f"{overdue} overdue" in area.count_label.text()


def test_overdue_rows_are_red_and_say_how_late(area: AgreementsArea) -> None:
    today = date.today()
    records = _records(area)
    row = next(i for i, r in enumerate(records) if r.is_overdue(today))
    late = (today - records[row].due_date).days
    index = area.model.index(row, WHEN_COLUMN)
    # (Plurals read "120 days" once the English catalogue has the string, "day(s)" before.)
    when = area.model.data(index, Qt.ItemDataRole.DisplayRole)
    assert when.startswith(f"{late} day") and when.endswith(" overdue")
    background = area.model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert background.color() == urgency_brush("overdue").color()
    calm = next(
        i
        for i, r in enumerate(records)
        if r.due_date is not None and r.due_date > today + timedelta(days=7)
    )
    assert area.model.data(area.model.index(calm, 0), Qt.ItemDataRole.BackgroundRole) is None
    due = area.model.data(area.model.index(row, DUE_COLUMN), Qt.ItemDataRole.DisplayRole)
    assert due == records[row].due_date.strftime("%d/%m/%Y")


def test_due_soon_rows_are_amber(qtbot, context) -> None:
    # The demo's nearest open agreement is due in 10 days: seen from 5 days later, it is due
    # soon (and counted so).
    context.today = lambda: date.today() + timedelta(days=5)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    records = _records(area)
    soon = [i for i, r in enumerate(records) if r.urgency(context.today()) == "due_soon"]
    assert soon
    index = area.model.index(soon[0], TEXT_COLUMN)
    assert area.model.data(index, Qt.ItemDataRole.BackgroundRole).color() == (
        urgency_brush("due_soon").color()
    )
    assert f"{len(soon)} due soon" in area.count_label.text()


def test_status_filter(area: AgreementsArea) -> None:
    area.show_list(status="done")
    done = _records(area)
    assert done and all(r.status is AgreementStatus.DONE for r in done)
    assert "overdue" not in area.count_label.text()
    area.show_list(status=None)
    every = _records(area)
    assert {r.status for r in every} >= {OPEN, AgreementStatus.DONE}
    assert len(every) > len(done)
    # The status combo is a real filter too.
    area.filters.status_filter.setCurrentIndex(
        area.filters.status_filter.findData(AgreementStatus.CANCELLED.value)
    )
    assert all(r.status is AgreementStatus.CANCELLED for r in _records(area))


def test_overdue_only(area: AgreementsArea) -> None:
    area.show_list(overdue=True)
    today = date.today()
    records = _records(area)
    assert records and all(r.is_overdue(today) for r in records)
    assert area.filters.overdue_check.isChecked()
    area.filters.overdue_check.setChecked(False)
    assert len(_records(area)) > len(records)


def test_responsible_institution_filter(area: AgreementsArea, context) -> None:
    every = _records(area)
    org_id = every[0].draft.responsible_org_id
    assert org_id is not None
    combo = area.filters.responsible_filter
    combo.setCurrentIndex(combo.findData(org_id))
    records = _records(area)
    assert records and all(r.draft.responsible_org_id == org_id for r in records)
    assert len(records) < len(every)


def test_initiative_filter(area: AgreementsArea, context) -> None:
    initiative = context.initiative_choices()[0]
    area.show_list(initiative_id=initiative.id, status=None)
    records = _records(area)
    assert records and all(r.initiative_id == initiative.id for r in records)
    assert area.filters.owner_filter.currentText() == initiative.name


def test_due_before(qtbot, area: AgreementsArea) -> None:
    limit = date.today()
    area.show_list(due_before=limit.isoformat())
    records = _records(area)
    assert records and all(r.due_date is not None and r.due_date <= limit for r in records)
    # Typed in the field: read after the pause in typing.
    later = date.today() + timedelta(days=20)
    with qtbot.waitSignal(area.model.modelReset, timeout=2000):
        area.filters.due_before.set_date(later)
    assert all(r.due_date <= later for r in _records(area))
    assert len(_records(area)) > len(records)
    with qtbot.waitSignal(area.model.modelReset, timeout=2000):
        area.filters.due_before.edit.setText("31/02/20")
    assert area.empty_label.isVisible()
    assert "not a date" in area.empty_label.text()


def test_text_search(qtbot, area: AgreementsArea) -> None:
    with qtbot.waitSignal(area.model.modelReset, timeout=2000):
        qtbot.keyClicks(area.filters.search, "FIRA")
    records = _records(area)
    assert len(records) == 1 and "FIRA" in records[0].text
    area.show_list(text="ningún acuerdo dice esto")
    assert area.model.rowCount() == 0
    assert area.empty_label.isVisible()


def test_one_agreement_marked_done_asks_nothing_and_undoes(
    qtbot, area: AgreementsArea, context, no_questions
) -> None:
    today = date.today()
    first = next(r for r in _records(area) if r.is_overdue(today))
    _select(area, [first.id])
    assert area.mark_done_button.isEnabled()
    stack = context.undo_stack
    qtbot.mouseClick(area.mark_done_button, Qt.MouseButton.LeftButton)
    after = context.agreements.agreement(first.id)
    assert after.status is AgreementStatus.DONE and after.draft.done_on == today
    assert first.id not in [r.id for r in _records(area)]  # the list shows open ones
    assert stack.count() == 1
    assert area.feedback.text().startswith("1 agreement")
    stack.undo()
    qtbot.waitUntil(lambda: first.id in [r.id for r in _records(area)])
    assert context.agreements.agreement(first.id).draft == first.draft
    assert area.feedback.text() == ""


def test_bulk_mark_done_is_one_undo_step(qtbot, area: AgreementsArea, context, say_yes) -> None:
    today = date.today()
    late = [r for r in _records(area) if r.is_overdue(today)][:3]
    assert len(late) == 3
    _select(area, [r.id for r in late])
    with qtbot.waitSignal(area.data_changed, timeout=1000):
        area.mark_done()
    assert len(say_yes) == 1 and "3 agreement" in say_yes[0]
    service = context.agreements
    assert all(service.agreement(r.id).status is AgreementStatus.DONE for r in late)
    assert "3 agreement" in area.feedback.text() and "marked done" in area.feedback.text()
    stack = context.undo_stack
    assert stack.count() == 1
    assert stack.undoText().startswith("Mark 3 agreement")
    with qtbot.waitSignal(area.data_changed, timeout=1000):
        stack.undo()
    assert [service.agreement(r.id).draft for r in late] == [r.draft for r in late]
    stack.redo()
    assert all(service.agreement(r.id).draft.done_on == today for r in late)
    assert context.reported == []


def test_declining_the_question_changes_nothing(area: AgreementsArea, context, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    ids = [r.id for r in _records(area)[:2]]
    _select(area, ids)
    area.mark_done()
    assert all(context.agreements.agreement(i).status is OPEN for i in ids)
    assert context.undo_stack.count() == 0


def test_closed_agreements_cannot_be_marked_done(area: AgreementsArea) -> None:
    area.show_list(status="done")
    _select(area, [_records(area)[0].id])
    assert not area.mark_done_button.isEnabled()
    assert area.open_button.isEnabled()


def test_marking_an_overdue_agreement_done_lowers_the_dashboards_count(
    qtbot, area: AgreementsArea, context, demo_database, no_questions
) -> None:
    page = DashboardPage(DashboardService(demo_database.uow))
    qtbot.addWidget(page)
    page.refresh()
    before = _overdue_card(page)
    overdue_ids = context.agreements.agreement_ids(AgreementQuery(overdue_only=True))
    assert before == len(overdue_ids) > 0
    area.show_list(overdue=True)
    _select(area, [area.model.id_at(0)])
    area.mark_done()
    page.refresh()
    assert _overdue_card(page) == before - 1
    assert area.model.rowCount() == before - 1
    context.undo_stack.undo()
    page.refresh()
    assert _overdue_card(page) == before


def test_go_to_meeting_and_open(qtbot, area: AgreementsArea, monkeypatch) -> None:
    record = _records(area)[0]
    _select(area, [record.id])
    with qtbot.waitSignal(area.meeting_requested, timeout=1000) as blocker:
        qtbot.mouseClick(area.meeting_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [record.draft.meeting_id, "agreements"]

    opened: list = []

    class FakeDialog:
        def __init__(self, context, record, draft=None, parent=None) -> None:
            opened.append(record)
            self.saved = None

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("agencydesk.ui.agreements.area.AgreementDialog", FakeDialog)
    area.view.setFocus()
    area.view.selectionModel().setCurrentIndex(
        area.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(area.view, Qt.Key.Key_Return)
    assert [r.id for r in opened] == [record.id]


def test_the_dialog_saves_follow_up_with_undo(qtbot, area: AgreementsArea, context) -> None:
    record = _records(area)[0]
    _select(area, [record.id])
    from agencydesk.ui.meetings.agreement_form import AgreementDialog

    def fill_and_save() -> None:
        dialog = next(w for w in area.findChildren(AgreementDialog) if w.isVisible())
        dialog.form.follow_up.setPlainText("Llamar al responsable el lunes.")
        dialog.form.save()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_and_save)
    with qtbot.waitSignal(area.data_changed, timeout=3000):
        area.open_current()
    saved = context.agreements.agreement(record.id)
    assert saved.draft.follow_up == "Llamar al responsable el lunes."
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert context.agreements.agreement(record.id).draft.follow_up == record.draft.follow_up


def test_keyboard_commands(qtbot, area: AgreementsArea, context) -> None:
    area.focus_search()
    assert area.filters.search.hasFocus()
    assert area.confirm_close()
    area.save_current()  # nothing to save: no error
    # Enter in the search box goes to the list, first row selected.
    qtbot.keyClick(area.filters.search, Qt.Key.Key_Return)
    assert area.view.hasFocus() and area.selected_ids()


def test_the_legend_says_the_domains_due_soon_threshold(qtbot, monkeypatch) -> None:
    """Not a number of its own: the domain's DUE_SOON_DAYS, said as a plural."""
    legend = UrgencyLegend()
    qtbot.addWidget(legend)
    assert legend.swatches[Urgency.DUE_SOON].toolTip().startswith(f"due within {DUE_SOON_DAYS} day")
    monkeypatch.setattr(urgency, "DUE_SOON_DAYS", 1)
    legend = UrgencyLegend()
    qtbot.addWidget(legend)
    # ("1 day" once the English catalogue has the new plural; "1 day(s)" until then.)
    assert legend.swatches[Urgency.DUE_SOON].toolTip().startswith("due within 1 day")


def test_an_undo_after_the_area_is_gone_reaches_nothing(qtbot, context, no_questions) -> None:
    """The undo stack outlives the area: undoing its write later must not reach the deleted
    widget (the guard comes before anything of the area is touched)."""
    area = AgreementsArea(context)
    area.show()
    record = _records(area)[0]
    _select(area, [record.id])
    area.mark_done()
    assert context.agreements.agreement(record.id).status is AgreementStatus.DONE
    shiboken6.delete(area)
    assert not shiboken6.isValid(area)
    area._written()  # what the command's undo calls: nothing happens, nothing raises
    context.undo_stack.undo()
    assert context.agreements.agreement(record.id).status is OPEN
    assert context.reported == []
