"""The meeting form: owner, number (proposed), title, kind, modality, date and hours, place,
convener, the date of the next meeting. Validated as you type; saves are undoable. It creates
a meeting, edits one, or creates the session after one (same invitees). Its window is
``MeetingDialog`` (meeting_dialog.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from agencydesk.domain.enums import MeetingKind, MeetingModality
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import (
    DEFAULT_DURATION_HOURS,
    MeetingDraft,
    MeetingRecord,
    clean_meeting,
    meeting_errors,
)
from agencydesk.ui.actors.org_picker import OrgPicker
from agencydesk.ui.meetings.commands import meeting_ops
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.owner_field import OwnerField
from agencydesk.ui.meetings.time_field import TimeField
from agencydesk.ui.undo import write_record
from agencydesk.ui.widgets import (
    DateField,
    RecordForm,
    current_enum,
    fill_enum_combo,
    set_current_enum,
)

MAX_NUMBER = 9999
DEFAULT_START = time(9, 0)


class MeetingForm(RecordForm):
    def __init__(self, context: MeetingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._record: MeetingRecord | None = None
        self._from: MeetingRecord | None = None  # "next meeting": the session it follows
        self._kept = MeetingDraft()  # what the form does not edit (the minutes)
        self._taken: set[int] = set()
        self._number_edited = False

        self.owner = OwnerField(context.initiative_choices, context.agenda_choices)
        self.number = QSpinBox()
        self.number.setObjectName("meetingNumber")
        self.number.setRange(1, MAX_NUMBER)
        self.number.setMaximumWidth(self.number.fontMetrics().averageCharWidth() * 8 + 40)
        self.number.setToolTip(
            self.tr(
                "Sessions are numbered per initiative or agenda; the next free number is proposed"
            )
        )
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("meetingTitle")
        self.title_edit.setPlaceholderText(self.tr("Required, e.g. Third ordinary session"))
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        fill_enum_combo(self.kind, MeetingKind, None)
        self.modality = QComboBox()
        self.modality.setObjectName("meetingModality")
        fill_enum_combo(self.modality, MeetingModality, None)
        self.start_date = DateField()
        self.start_date.setObjectName("meetingDate")
        self.start_time = TimeField()
        self.start_time.setObjectName("meetingStartTime")
        self.start_time.setAccessibleName(self.tr("Starts at"))
        start_box = QWidget()
        start_layout = QHBoxLayout(start_box)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(self.start_date, 1)
        start_layout.addWidget(QLabel(self.tr("at")))
        start_layout.addWidget(self.start_time)
        start_box.setFocusProxy(self.start_date)
        self.end_time = TimeField()
        self.end_time.setObjectName("meetingEndTime")
        end_box = QWidget()
        end_layout = QHBoxLayout(end_box)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_time)
        end_hint = QLabel(self.tr("the same day; optional"))
        end_hint.setEnabled(False)
        end_layout.addWidget(end_hint, 1)
        end_box.setFocusProxy(self.end_time)
        self.place = QLineEdit()
        self.place.setObjectName("meetingPlace")
        self.place.setPlaceholderText(self.tr("e.g. Municipal auditorium, or the video-call link"))
        self.convener = OrgPicker(context.actors)
        self.convener.setObjectName("meetingConvener")
        self.convener.setToolTip(self.tr("The organization that convenes the session"))
        self.next_meeting_on = DateField()
        self.next_meeting_on.setObjectName("meetingNextOn")
        self.next_meeting_on.setToolTip(
            self.tr("The date agreed for the next session, if any (it is proposed for it)")
        )
        self.save_button.setObjectName("meetingSave")

        self.owner_label = self.add_field(
            "initiative_id", self.tr("Initiative or a&genda:"), self.owner
        )
        self.add_field("number", self.tr("N&umber:"), self.number)
        self.add_field("title", self.tr("&Title:"), self.title_edit)
        self.add_field("kind", self.tr("&Kind:"), self.kind)
        self.add_field("modality", self.tr("&Modality:"), self.modality)
        self.add_field("starts_at", self.tr("&Date and time:"), start_box)
        self.add_field("ends_at", self.tr("&Ends at:"), end_box)
        self.add_field("place", self.tr("&Place:"), self.place)
        self.add_field("convener_id", self.tr("Con&vener:"), self.convener)
        self.add_field("next_meeting_on", self.tr("Ne&xt meeting on:"), self.next_meeting_on)
        self.finish_tab_order()
        for first, second in (
            (self.owner.combo, self.number),
            (self.start_date, self.start_time),
            (self.start_time, self.end_time),
        ):
            QWidget.setTabOrder(first, second)

        self.owner.changed.connect(self._owner_changed)
        self.number.valueChanged.connect(self._number_changed)
        self.title_edit.textChanged.connect(lambda _t: self.field_changed("title"))
        self.kind.currentIndexChanged.connect(lambda _i: self.field_changed("kind"))
        self.modality.currentIndexChanged.connect(lambda _i: self.field_changed("modality"))
        self.start_date.changed.connect(lambda: self.field_changed("starts_at"))
        self.start_time.changed.connect(lambda: self.field_changed("starts_at"))
        self.end_time.changed.connect(lambda: self.field_changed("ends_at"))
        self.place.textChanged.connect(lambda _t: self.field_changed("place"))
        self.convener.textChanged.connect(lambda _t: self.field_changed("convener_id", touch=False))
        self.convener.editingFinished.connect(lambda: self.touch("convener_id"))
        self.convener.chosen.connect(lambda: self.field_changed("convener_id"))
        self.next_meeting_on.changed.connect(lambda: self.field_changed("next_meeting_on"))

    # --- loading ---------------------------------------------------------------------------

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record else None

    @property
    def record(self) -> MeetingRecord | None:
        return self._record

    def load_new(self, initiative_id: int | None = None, agenda_id: int | None = None) -> None:
        """A new meeting; with an owner given, it is fixed (created from the initiative's or
        agenda's page), otherwise chosen here (the Meetings area)."""
        self._record = None
        self._from = None
        self.title.setText(self.tr("New meeting"))
        fixed = initiative_id is not None or agenda_id is not None
        start = datetime.combine(self._context.today(), DEFAULT_START)
        draft = MeetingDraft(
            initiative_id=initiative_id,
            agenda_id=agenda_id,
            starts_at=start,
            ends_at=start + timedelta(hours=DEFAULT_DURATION_HOURS),
        )
        convener_name = None
        if initiative_id is not None:
            # The initiative's convener usually convenes its sessions too.
            try:
                initiative = self._context.initiatives.initiative(initiative_id)
            except UserError:
                initiative = None
            if initiative is not None:
                draft = replace(draft, convener_id=initiative.draft.convener_id)
                convener_name = initiative.convener_name
        self._fill(draft, owner_fixed=fixed, convener_name=convener_name, owner_name=None)

    def load_next(self, current: MeetingRecord, draft: MeetingDraft) -> None:
        """The session after ``current``, from the service's proposal (``proposed_next``)."""
        self._record = None
        self._from = current
        self.title.setText(
            self.tr("Next meeting after session %1").replace("%1", str(current.number or ""))
        )
        self._fill(
            draft,
            owner_fixed=True,
            convener_name=current.convener_name
            if draft.convener_id == current.draft.convener_id
            else None,
            owner_name=current.owner_name,
        )

    def load(self, record: MeetingRecord) -> None:
        self._record = record
        self._from = None
        self.title.setText(self.tr("Edit meeting %1").replace("%1", record.name()))
        self._fill(
            record.draft,
            owner_fixed=True,
            convener_name=record.convener_name,
            owner_name=record.owner_name,
        )

    def _fill(
        self,
        draft: MeetingDraft,
        *,
        owner_fixed: bool,
        convener_name: str | None,
        owner_name: str | None,
    ) -> None:
        self.begin_load()
        self._kept = draft
        self._number_edited = False
        self.owner.set_owner(
            draft.initiative_id, draft.agenda_id, fixed=owner_fixed, name=owner_name
        )
        self.owner_label.setText(self.owner.caption())
        self._read_taken(draft)
        number = draft.number if draft.number is not None else self._proposed_number(draft)
        self.number.setValue(number)
        # Numbers are per initiative or agenda: none to propose before one is chosen.
        self.number.setEnabled(draft.initiative_id is not None or draft.agenda_id is not None)
        self.title_edit.setText(draft.title)
        set_current_enum(self.kind, draft.kind)
        set_current_enum(self.modality, draft.modality)
        starts = draft.starts_at
        self.start_date.set_date(starts.date() if starts else None)
        self.start_time.set_time(starts.time() if starts else None)
        self.end_time.set_time(draft.ends_at.time() if draft.ends_at else None)
        self.place.setText(draft.place or "")
        self.convener.set_organization(draft.convener_id, convener_name)
        self.next_meeting_on.set_date(draft.next_meeting_on)
        self.end_load()

    # --- the number --------------------------------------------------------------------------

    def _read_taken(self, draft: MeetingDraft) -> None:
        """The numbers other sessions of the same owner already have (checked as you type)."""
        self._taken = set()
        if draft.initiative_id is None and draft.agenda_id is None:
            return
        try:
            others = self._context.meetings.meetings_of(draft.initiative_id, draft.agenda_id)
        except UserError:
            return
        self._taken = {m.number for m in others if m.number is not None and m.id != self.record_id}

    def _proposed_number(self, draft: MeetingDraft) -> int:
        if draft.initiative_id is None and draft.agenda_id is None:
            return 1
        try:
            return self._context.meetings.next_number(draft.initiative_id, draft.agenda_id)
        except UserError:
            return max(self._taken, default=0) + 1

    def _owner_changed(self) -> None:
        if self._loading:
            return
        draft = self.draft()
        self._read_taken(draft)
        if not self._number_edited:
            # Keep proposing while the user has not chosen a number of their own.
            self._loading = True
            self.number.setValue(self._proposed_number(draft))
            self._loading = False
        self.number.setEnabled(draft.initiative_id is not None or draft.agenda_id is not None)
        self.field_changed("initiative_id")

    def _number_changed(self, _value: int) -> None:
        if not self._loading:
            self._number_edited = True
        self.field_changed("number")

    # --- reading the widgets ---------------------------------------------------------------

    def draft(self) -> MeetingDraft:
        kept = self._kept
        initiative_id, agenda_id = self.owner.ids()
        day = self.start_date.date()
        start_time = self.start_time.time()
        starts_at = datetime.combine(day, start_time) if day and start_time else None
        end_time = self.end_time.time()
        ends_at = datetime.combine(day, end_time) if day and end_time else None
        return MeetingDraft(
            initiative_id=initiative_id,
            agenda_id=agenda_id,
            number=self.number.value(),
            title=self.title_edit.text(),
            kind=current_enum(self.kind, MeetingKind) or MeetingKind.ORDINARY,
            modality=current_enum(self.modality, MeetingModality) or MeetingModality.IN_PERSON,
            starts_at=starts_at,
            ends_at=ends_at,
            place=self.place.text(),
            convener_id=self.convener.organization_id(),
            minutes=kept.minutes,  # the Agenda and minutes tab writes it
            next_meeting_on=self.next_meeting_on.date(),
        )

    def field_errors(self) -> dict[str, str]:
        draft = clean_meeting(self.draft())
        errors = meeting_errors(draft)
        if not self.start_date.is_valid():
            errors["starts_at"] = "bad_date"
        elif self.start_date.date() is not None and not self.start_time.is_valid():
            errors["starts_at"] = "bad_time"
        elif self.start_date.date() is not None and self.start_time.time() is None:
            errors["starts_at"] = "time_required"
        if not self.end_time.is_valid():
            errors["ends_at"] = "bad_time"
        if not self.next_meeting_on.is_valid():
            errors["next_meeting_on"] = "bad_date"
        if self.convener.is_unresolved():
            errors["convener_id"] = "choose_organization"
        if draft.number is not None and draft.number in self._taken:
            errors["number"] = "duplicate_number"
        return errors

    def error_text(self, code: str) -> str:
        if code == "choose_organization":
            return self.tr("Choose an organization from the list, or leave the field empty.")
        if code == "bad_time":
            return self.tr("Write the time as hours:minutes, such as 9:30 or 15:00.")
        if code == "time_required":
            return self.tr("Write the time it starts, such as 9:30.")
        if code == "end_before_start":
            return self.tr("It cannot end before it starts.")
        return super().error_text(code)

    def message_for(self, key: str) -> str:
        """The message shown under a field right now ("" when none): for tests."""
        return self.field_message(key).text()

    # --- writing ---------------------------------------------------------------------------

    def write(self) -> int:
        context = self._context
        service = context.meetings
        draft = self.draft()
        source = self._from
        if source is None:
            create = service.create
            create_text = self.tr("Create meeting “%1”")
        else:
            # The same invitees as the session it follows; pending agreements need no copy.
            def create(d: MeetingDraft) -> MeetingRecord:
                return service.create_next(source.id, d)

            create_text = self.tr("Create the next meeting “%1”")

        def remember(record: MeetingRecord) -> None:
            self._record = record
            self._from = None

        saved = write_record(
            context.write,
            meeting_ops(service),
            create,
            self._record,
            draft,
            remember,
            lambda r: create_text.replace("%1", r.name()),
            lambda r: self.tr("Edit meeting “%1”").replace("%1", r.name()),
        )
        return saved.id
