"""The Attendance tab's invitations: the Invite button and its menu (all participants, by
role, from the directory, a new person on the spot) and removing invitations, each one
undoable step that says how many were invited and how many were already there."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from agencydesk.domain.attendance import AttendanceRecord
from agencydesk.domain.enums import ParticipationRole
from agencydesk.domain.errors import UserError
from agencydesk.domain.meetings import MeetingRecord
from agencydesk.ui.labels import label
from agencydesk.ui.meetings.attendance_commands import InviteCommand, UninviteCommand
from agencydesk.ui.meetings.context import MeetingsContext
from agencydesk.ui.meetings.invite import InvitePeopleDialog, NewPersonDialog
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.undo import CreateCommand, person_ops
from agencydesk.ui.widgets import tell, undo_keys


class InviteActions(QObject):
    """Owns the Invite button. ``changed(message, ids)`` after a write here (what to tell
    the user, the rows to select) and after its undo or redo (both empty)."""

    def __init__(
        self,
        context: MeetingsContext,
        changed: Callable[[str, list[int]], None],
        tab: QWidget,
    ) -> None:
        super().__init__(tab)
        self.context = context
        self._changed = changed
        self._tab = tab
        self.button = QPushButton(self.tr("In&vite"), tab)
        self.button.setToolTip(
            self.tr(
                "Invite the initiative's participants, people from the directory, or a new person"
            )
        )
        self.menu = QMenu(tab)
        self.all_action = self.menu.addAction(self.tr("&All participants"))
        self.all_action.setToolTip(
            self.tr("Everyone taking part in the initiative on the meeting's date")
        )
        self.role_menu = self.menu.addMenu(self.tr("By &role"))
        self.role_actions = {}
        for role in ParticipationRole:
            action = self.role_menu.addAction(label(role))
            action.triggered.connect(lambda _c=False, r=role: self.invite_participants([r]))
            self.role_actions[role] = action
        self.menu.addSeparator()
        self.directory_action = self.menu.addAction(self.tr("From the &directory…"))
        self.new_person_action = self.menu.addAction(self.tr("&New person…"))
        self.menu.setToolTipsVisible(True)
        self.button.setMenu(self.menu)
        self.all_action.triggered.connect(lambda _c=False: self.invite_participants(None))
        self.directory_action.triggered.connect(lambda _c=False: self.invite_from_directory())
        self.new_person_action.triggered.connect(lambda _c=False: self.invite_new_person())

    # --- what the tab shows ----------------------------------------------------------------

    def show_for(self, meeting: MeetingRecord | None) -> None:
        """An agenda's meeting has no participants to invite: only people."""
        has_participants = meeting is not None and meeting.draft.initiative_id is not None
        self.all_action.setEnabled(has_participants)
        self.role_menu.setEnabled(has_participants)

    def _meeting(self) -> MeetingRecord | None:
        meeting = getattr(self._tab, "meeting", None)
        return meeting if isinstance(meeting, MeetingRecord) and not meeting.is_locked else None

    def _rows(self) -> list[AttendanceRecord]:
        return self._tab.model.records()  # type: ignore[attr-defined]

    # --- inviting --------------------------------------------------------------------------

    def invite_participants(self, roles: Collection[ParticipationRole] | None) -> None:
        """The initiative's participants (with ``roles``; None: all) not yet invited."""
        meeting = self._meeting()
        if meeting is None:
            return
        title = self.tr("Invite participants")
        service = self.context.attendance
        try:
            plan = service.invitation_plan(meeting.id, roles)
            created = service.invite(meeting.id, plan.to_invite) if plan.to_invite else []
        except UserError as exc:
            tell(self._tab, title, user_error_text(exc))
            return
        # Invited meanwhile (another window) counts as already there too.
        already = plan.already_invited + len(plan.to_invite) - len(created)
        if meeting.draft.initiative_id is None:
            message = self.tr(
                "This meeting belongs to an agenda, which has no participants: invite people "
                "from the directory."
            )
        elif created:
            message = self._counted(len(created), already)
        elif already:
            message = self.tr("Nobody new to invite: %n already invited.", "", already)
        elif roles is None:
            message = self.tr("The initiative has no participants on the meeting's date.")
        else:
            message = self.tr(
                "The initiative has nobody with the role “%1” on the meeting's date."
            ).replace("%1", ", ".join(label(r) for r in roles))
        self._push(created, self.tr("Invite %n participant(s)", "", len(created)), message)

    def invite_from_directory(self) -> None:
        meeting = self._meeting()
        if meeting is None:
            return
        invited = {r.draft.person_id for r in self._rows() if r.draft.person_id is not None}
        dialog = InvitePeopleDialog(self.context.actors, invited, self._tab)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        invitees = dialog.invitees()
        if not invitees:
            return
        try:
            created = self.context.attendance.invite(meeting.id, invitees)
        except UserError as exc:
            tell(self._tab, self.tr("Invite from the directory"), user_error_text(exc))
            return
        message = self._counted(len(created), len(invitees) - len(created))
        self._push(created, self.tr("Invite %n person(s)", "", len(created)), message)

    def invite_new_person(self) -> None:
        """Create a person in the directory and invite them: one undo step removes both."""
        meeting = self._meeting()
        if meeting is None:
            return
        dialog = NewPersonDialog(self.context.actors, self._tab)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            person, invited = self.context.attendance.invite_new_person(meeting.id, dialog.draft())
        except UserError as exc:
            tell(self._tab, self.tr("Invite a new person"), user_error_text(exc))
            return
        actors = self.context.actors
        created = [invited]
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Invite new person “%1”").replace("%1", person.full_name))
        stack.push(
            CreateCommand(
                self.tr("Create person “%1”").replace("%1", person.full_name),
                person_ops(actors),
                self.context.write,
                person,
            )
        )
        self._push(
            created,
            self.tr("Invite %n person(s)", "", len(created)),
            self.tr("%1 was added to the directory and invited.").replace("%1", person.full_name),
        )
        stack.endMacro()

    def remove(self, records: list[AttendanceRecord]) -> None:
        """Remove the invitations of ``records`` (one step; undo puts them back)."""
        meeting = self._meeting()
        if meeting is None or not records:
            return
        if len(records) > 1:
            self.context.safety_backup()  # several rows go at once: a backup first
        try:
            removed = self.context.attendance.uninvite([r.id for r in records])
        except UserError as exc:
            tell(self._tab, self.tr("Remove invitation"), user_error_text(exc))
            return
        n = len(removed)
        self.context.notify()
        self._changed(
            self.tr("%n invitation(s) removed (%1 puts them back).", "", n).replace(
                "%1", undo_keys()
            ),
            [],
        )
        self.context.undo_stack.push(
            UninviteCommand(
                self.tr("Remove %n invitation(s)", "", n),
                self.context,
                lambda: self._changed("", []),
                removed,
            )
        )

    # --- helpers ---------------------------------------------------------------------------

    def _counted(self, invited: int, already: int) -> str:
        text = self.tr("%n invited", "", invited)
        if already:
            text += " · " + self.tr("%n already invited", "", already)
        return text

    def _push(self, created: list[AttendanceRecord], text: str, message: str) -> None:
        if created:
            self.context.notify()
        self._changed(message, [r.id for r in created])
        if created:
            self.context.undo_stack.push(
                InviteCommand(text, self.context, lambda: self._changed("", []), created)
            )
