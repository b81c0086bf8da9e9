"""A meeting's Agreements tab and the agreement dialog as a user drives them (pytest-qt,
offscreen), on the demo data: session 3 of the Mesa Ejecutiva Forestal is held (its agreement
2 is overdue), session 2's minutes are approved."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QTableView

from agencydesk.domain.agreements import AgreementDraft, Urgency
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingDraft, MeetingRecord
from agencydesk.domain.records import ListQuery, NamedRef
from agencydesk.services.actors import ActorsService
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService
from agencydesk.services.database import Database
from agencydesk.services.initiatives import InitiativesService
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.meetings.agreement_form import AgreementDialog
from agencydesk.ui.meetings.agreements_tab import AgreementsTab
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.undo import WriteContext
from agencydesk.ui.widgets import set_current_enum
from agencydesk.ui.widgets.urgency import urgency_brush, urgency_foreground

MEF = "Mesa Ejecutiva Forestal de Ucayali"
TODAY = date.today()
Script = Callable[[AgreementDialog], None]


@dataclass
class Setup:
    tab: AgreementsTab
    stack: QUndoStack
    context: MeetingsContext
    mef_id: int
    script: list[Script] = field(default_factory=list)
    dialogs: list[AgreementDialog] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reports: list[UserError] = field(default_factory=list)

    def session(self, number: int) -> MeetingRecord:
        meetings = self.context.meetings.meetings_of(initiative_id=self.mef_id)
        return next(m for m in meetings if m.number == number)

    def new_session(self, title: str, days: int) -> MeetingRecord:
        start = datetime.combine(TODAY + timedelta(days=days), time(9))
        return self.context.meetings.create(
            MeetingDraft(initiative_id=self.mef_id, title=title, starts_at=start)
        )

    def org(self, text: str) -> NamedRef:
        return self.context.actors.organization_choices(text)[0]

    def refs(self, view: QTableView) -> list[str]:
        model = view.model()
        return [model.record_at(row).reference for row in range(model.rowCount())]

    def select(self, view: QTableView, reference: str) -> None:
        row = self.refs(view).index(reference)
        view.selectRow(row)


@pytest.fixture
def demo(qtbot, demo_database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Setup]:
    db = demo_database
    user = lambda: "tester"  # noqa: E731
    actors = ActorsService(db.uow, user)
    stack = QUndoStack()
    context = MeetingsContext(
        actors,
        InitiativesService(db.uow, user),
        MeetingsService(db.uow, user),
        AttendanceService(db.uow, user),
        AgreementsService(db.uow, user),
        WriteContext(actors, stack, lambda: None, lambda _e: None),
    )
    tab = AgreementsTab(context)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    mef_id = context.initiatives.initiative_ids(ListQuery(text=MEF))[0]
    setup = Setup(tab, stack, context, mef_id)

    def exec_(dialog: AgreementDialog) -> int:
        """The modal dialog, filled in by the test's script instead of a person."""
        setup.dialogs.append(dialog)
        setup.script.pop(0)(dialog)
        return dialog.result()

    def warning(_parent, _title, text, *_args):
        setup.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def question(*_args):
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(AgreementDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    tab.show_meeting(setup.session(3))
    yield setup
    stack.clear()


def test_both_lists_colour_overdue_and_due_soon_rows(qtmodeltester, demo: Setup) -> None:
    tab = demo.tab
    own, pending = tab.session_model, tab.pending_model
    qtmodeltester.check(own)
    qtmodeltester.check(pending)
    assert [own.record_at(r).number for r in range(own.rowCount())] == [1, 2, 3]
    assert demo.refs(tab.pending_view) == ["1.3", "2.1", "2.2", "2.3"]
    status = own.status_column
    # 3.2 was due five days ago and is open: red, and said in words too.
    assert own.index(1, status).data() == "Open · Overdue"
    overdue = urgency_brush(Urgency.OVERDUE)
    assert own.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) == overdue
    assert own.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == urgency_foreground(
        Urgency.OVERDUE
    )
    # 3.1 is due in 40 days, 3.3 is done: no colour.
    for row in (0, 2):
        assert own.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert own.index(2, status).data().startswith("Done ")
    assert pending.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == overdue
    assert pending.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert tab.pending_count.text() == "4 still open · 3 overdue"

    # One due in three days is amber.
    soon = TODAY + timedelta(days=3)
    demo.context.agreements.update(
        own.record_at(0).id, AgreementDraft(**{**_fields(own.record_at(0).draft), "due_date": soon})
    )
    tab.refresh()
    assert own.index(0, status).data() == "Open · Due soon"
    assert own.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) == urgency_brush(Urgency.DUE_SOON)
    assert set(tab.legend.swatches) == {Urgency.OVERDUE, Urgency.DUE_SOON}
    assert tab.legend.swatches[Urgency.OVERDUE].text() == "Overdue"
    qtmodeltester.check(own)


def _fields(draft: AgreementDraft) -> dict:
    return {name: getattr(draft, name) for name in AgreementDraft.__slots__}


def test_two_agreements_recorded_at_a_new_session_are_numbered_1_and_2(demo: Setup) -> None:
    tab, stack = demo.tab, demo.stack
    session = demo.new_session("Cuarta sesión", 0)
    tab.show_meeting(session)
    assert tab.session_model.rowCount() == 0 and tab.session_empty.isVisible()
    # The open agreements of sessions 1-3 are carried into it (3.3 was done before it).
    assert demo.refs(tab.pending_view) == ["1.3", "2.1", "2.2", "2.3", "3.1", "3.2"]
    assert tab.new_button.isEnabled()

    ccitu = demo.org("Cámara de Comercio, Industria")
    osinfor = demo.org("OSINFOR")
    soon, later = TODAY + timedelta(days=3), TODAY + timedelta(days=30)

    def first(dialog: AgreementDialog) -> None:
        form = dialog.form
        assert form.number.value() == 1  # proposed
        assert form.lock_note.isHidden()
        form.text.setPlainText("Convocar a los compradores de Lima a la rueda de negocios.")
        form.responsible.choose(ccitu)
        people = form.person.combo
        assert people.count() > 2  # no one, the institution's people, someone else
        people.setCurrentIndex(1)
        form.due_date.set_date(soon)
        assert form.save()

    def second(dialog: AgreementDialog) -> None:
        form = dialog.form
        assert form.number.value() == 2
        form.text.setPlainText("Presentar el cronograma de supervisiones del semestre.")
        form.responsible.choose(osinfor)
        form.due_date.set_date(later)
        assert form.save()

    demo.script += [first, second]
    tab.new_button.click()
    tab.new_button.click()
    stored = demo.context.agreements.agreements_of(session.id)
    assert [(a.number, a.draft.responsible_org_id, a.due_date) for a in stored] == [
        (1, ccitu.id, soon),
        (2, osinfor.id, later),
    ]
    assert stored[0].draft.responsible_person_id is not None
    assert stored[1].draft.responsible_person_id is None
    assert demo.dialogs[1].saved == stored[1]
    own = tab.session_model
    assert [own.record_at(r).reference for r in range(own.rowCount())] == ["4.1", "4.2"]
    assert own.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == urgency_brush(Urgency.DUE_SOON)
    assert own.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert [stack.text(i) for i in range(stack.count())] == [
        "Record agreement 4.1",
        "Record agreement 4.2",
    ]
    # (The English plural forms come with the translations at the end of the issue.)
    assert tab.session_count.text() in ("2 agreements", "2 agreement(s)")

    stack.undo()
    assert [a.number for a in demo.context.agreements.agreements_of(session.id)] == [1]
    assert own.rowCount() == 1
    stack.redo()
    assert own.rowCount() == 2

    # Delete one (asked, then undoable).
    demo.select(tab.session_view, "4.2")
    tab.delete_button.click()
    assert [a.number for a in demo.context.agreements.agreements_of(session.id)] == [1]
    stack.undo()
    assert [a.number for a in demo.context.agreements.agreements_of(session.id)] == [1, 2]
    assert demo.warnings == []


def test_a_pending_agreement_marked_done_is_not_pending_at_the_next_session(
    demo: Setup,
) -> None:
    tab, stack = demo.tab, demo.stack
    fourth = demo.new_session("Cuarta sesión", 0)
    tab.show_meeting(fourth)
    demo.select(tab.pending_view, "2.1")
    assert tab.pending_done_button.isEnabled()
    tab.pending_done_button.click()
    # Still listed where it was marked done (it was open when this session met), as done.
    assert demo.refs(tab.pending_view) == ["1.3", "2.1", "2.2", "2.3", "3.1", "3.2"]
    row = demo.refs(tab.pending_view).index("2.1")
    model = tab.pending_model
    record = model.record_at(row)
    assert record.status is AgreementStatus.DONE and record.draft.done_on == TODAY
    assert model.index(row, model.status_column).data() == f"Done {TODAY:%d/%m/%Y}"
    assert model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert stack.text(stack.count() - 1) == "Mark agreement 2.1 done"
    assert not tab.pending_done_button.isEnabled()  # the selection holds no open one now

    fifth = demo.new_session("Quinta sesión", 14)
    tab.show_meeting(fifth)
    assert "2.1" not in demo.refs(tab.pending_view)
    assert demo.refs(tab.pending_view) == ["1.3", "2.2", "2.3", "3.1", "3.2"]

    stack.undo()  # open again: pending at the fifth session too
    assert "2.1" in demo.refs(tab.pending_view)
    stack.redo()
    assert "2.1" not in demo.refs(tab.pending_view)

    # Marked done from a session that has not met yet: done before it meets, so no longer
    # pending there; the tab says where it went.
    demo.select(tab.pending_view, "3.2")
    tab.pending_done_button.click()
    assert "3.2" not in demo.refs(tab.pending_view)
    assert "no longer pending here" in tab.notice.text()
    stack.undo()
    assert "3.2" in demo.refs(tab.pending_view)


def test_approved_minutes_keep_their_wording_and_take_follow_up(demo: Setup) -> None:
    tab, stack = demo.tab, demo.stack
    session_2 = demo.session(2)
    tab.show_meeting(session_2)
    assert not tab.new_button.isEnabled()
    demo.select(tab.session_view, "2.2")
    assert not tab.delete_button.isEnabled()
    assert tab.edit_button.isEnabled() and tab.edit_button.text() == "Follow-&up…"
    before = demo.context.agreements.agreements_of(session_2.id)[1]

    def follow_up(dialog: AgreementDialog) -> None:
        form = dialog.form
        assert not form.lock_note.isHidden()  # the dialog is not on screen in tests
        assert form.text.isReadOnly() and form.responsible.isReadOnly()
        assert not form.action.isEnabled() and form.due_date.edit.isReadOnly()
        assert not form.follow_up.isReadOnly()
        assert not form.form_layout.isRowVisible(form.done_label)
        set_current_enum(form.status, AgreementStatus.DONE)
        assert form.form_layout.isRowVisible(form.done_label)
        assert form.done_on.date() == TODAY  # proposed
        form.follow_up.setPlainText("Incluido en la programación multianual 2026-2028.")
        assert form.save()

    demo.script.append(follow_up)
    tab.edit_button.click()
    after = demo.context.agreements.agreements_of(session_2.id)[1]
    assert after.status is AgreementStatus.DONE and after.draft.done_on == TODAY
    assert after.draft.follow_up == "Incluido en la programación multianual 2026-2028."
    assert after.text == before.text and after.due_date == before.due_date
    assert stack.text(0) == "Edit agreement 2.2"
    stack.undo()
    assert demo.context.agreements.agreements_of(session_2.id)[1].draft == before.draft

    # Mark done works on locked minutes too: it is follow-up.
    demo.select(tab.session_view, "2.1")
    tab.done_button.click()
    assert demo.context.agreements.agreements_of(session_2.id)[0].status is AgreementStatus.DONE
    stack.undo()
    assert demo.context.agreements.agreements_of(session_2.id)[0].status is AgreementStatus.OPEN
    assert demo.warnings == []


def test_the_dialog_checks_as_you_type(demo: Setup) -> None:
    session = demo.session(3)
    dialog = AgreementDialog(demo.context, None, AgreementDraft(meeting_id=session.id))
    form = dialog.form
    assert form.number.value() == 4
    assert not form.save_button.isEnabled()  # nothing typed yet
    form.text.setPlainText("Enviar la propuesta de fondos concursables.")
    assert form.save_button.isEnabled()
    form.number.setValue(2)  # taken: the service says so under the field
    assert not form.save()
    assert form.field_message("number").text() != ""
    form.number.setValue(4)
    form.responsible.setText("no such institution")
    form.responsible.textEdited.emit("no such institution")
    form.touch("responsible_org_id")
    assert "responsible_org_id" in form.field_errors()
    form.responsible.clear()
    form.responsible.textEdited.emit("")
    form.done_on.set_date(TODAY + timedelta(days=2))
    set_current_enum(form.status, AgreementStatus.DONE)
    form.done_on.set_date(TODAY + timedelta(days=2))
    assert form.field_errors() == {"done_on": "future_date"}
    dialog.deleteLater()
