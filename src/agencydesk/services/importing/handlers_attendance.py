"""Handler of a meeting's attendance list (sign-in sheet): who was invited, who came.

It works inside one meeting whose content must be editable (``check_meeting``, shared with the
agreements handler). People are named by full name, ID or e-mail; ``PeopleIndex`` finds them in
the directory, read once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos.importing import Session
from agencydesk.domain.attendance import flags, presence
from agencydesk.domain.enums import (
    MeetingStatus,
    Presence,
    Representation,
)
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.name_parts import JOINED_FROM
from agencydesk.domain.importing.names import email_key, organization_key, person_key
from agencydesk.domain.importing.spellings import national_id_key
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.handlers_actors import add_email, by_email, by_id
from agencydesk.services.importing.handlers_meetings import check_meeting
from agencydesk.services.importing.people_index import (
    ID_REASONS,
    PERSON_REASONS,
    PeopleIndex,
    as_text,
    create_people,
    people_of,
)
from agencydesk.services.importing.scoped import (
    SCOPE_REASONS,
    foreign_uuids,
    free_uuids,
    kept_uuid,
    other_scope,
)
from agencydesk.services.importing.setup import ImportSetup, RowMatch

# --- attendance ------------------------------------------------------------------------------


class AttendanceIndex(KeyIndex):
    """The meeting's list by person; the directory's people; the meeting's status.

    The index of the file's own rows has no people: its rows are keyed by ID, e-mail and
    name with organization (the same person twice in the sheet is a duplicate).
    """

    __slots__ = ("by_person", "people", "status")

    def __init__(self) -> None:
        super().__init__(("uuid", "national_id", "email", "name"))
        self.people: PeopleIndex | None = None
        self.by_person: dict[int, tuple[int, str]] = {}  # person id -> (attendance id, label)
        self.status: MeetingStatus | None = None


def _flags(values: Mapping[str, Any]) -> dict[str, bool]:
    """The presence flags a row sets (domain.attendance: attending wins over excused; excused
    means absent). A flag the sheet leaves empty is not set, so a sheet with only "Asistió"
    keeps who had apologised."""
    attended, excused = values.get("attended"), values.get("excused")
    if attended is not None and excused is not None:
        state = presence(bool(attended), bool(excused))
    elif attended:
        state = Presence.ATTENDED
    elif excused:
        state = Presence.EXCUSED
    elif attended is not None:
        return {"attended": False}
    elif excused is not None:
        return {"excused": False}
    else:
        return {}
    came, apologised = flags(state)
    return {"attended": came, "excused": apologised}


def _find_person(people: PeopleIndex, values: Mapping[str, Any]) -> tuple[int, str] | str | None:
    return people.find(
        values.get("full_name"),
        values.get("organization"),
        values.get("national_id"),
        values.get("email"),
        values.get(JOINED_FROM),
    )


class AttendanceHandler(BaseHandler):
    """The attendance list of a meeting, a person per row: found in the directory (by ID,
    e-mail or name, within the named organization) or added to it; then their row on the
    meeting's list is created or updated."""

    kind = ImportKind.ATTENDANCE
    table = "attendances"
    entity = "attendance"
    updates_matches = True
    reasons: ClassVar[Mapping[str, str]] = {
        **PERSON_REASONS,
        **ID_REASONS,
        "other_meeting": SCOPE_REASONS["other_meeting"],
        "meeting_not_held": "the meeting has not been held yet: presence cannot be recorded",
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_meeting(session, setup)

    def new_index(self) -> AttendanceIndex:
        return AttendanceIndex()

    def load_index(self, session: Session, setup: ImportSetup) -> AttendanceIndex:
        index = AttendanceIndex()
        index.people = people = PeopleIndex(session)
        [(status,)] = repo.fetch_rows(session, "meetings", ("status",), id=setup.meeting_id)
        index.status = MeetingStatus(status)
        columns = ("id", "uuid", "person_id")
        for row_id, uid, person_id in repo.fetch_rows(
            session, self.table, columns, meeting_id=setup.meeting_id
        ):
            if person_id is None:
                continue  # an organization invited without a named person
            label = people.names.get(person_id, "")
            index.by_person.setdefault(person_id, (row_id, label))
            if uid:
                index.add("uuid", uid, row_id, label)
        index.elsewhere = foreign_uuids(session, self.table, "meeting_id", setup.meeting_id)
        return index

    def add(self, index: KeyIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        if uid := valid_uuid(values.get("uuid")):
            index.add("uuid", uid, ref, label)
        name_k = person_key(as_text(values.get("full_name")))
        index.add("national_id", _id_key(values), ref, label, (name_k,))
        add_email(index, email_key(as_text(values.get("email"))), ref, label, name_k)
        index.add("name", _file_name_key(values), ref, label)

    def match(self, index: AttendanceIndex, values: Mapping[str, Any]) -> RowMatch | None:
        uid = valid_uuid(values.get("uuid"))
        if uid and (found := index.find("uuid", uid)):
            return found
        if index.people is None:  # the file's own rows
            name_k = person_key(as_text(values.get("full_name")))
            return (
                by_id(index, "national_id", _id_key(values), (name_k,))[0]
                # not a shared address of people with other names
                or by_email(index, email_key(as_text(values.get("email"))), name_k)
                or index.find("name", _file_name_key(values))
            )
        person = _find_person(index.people, values)
        if not isinstance(person, tuple):
            return None
        listed = index.by_person.get(person[0])
        return RowMatch(listed[0], listed[1], person[1]) if listed else None

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("full_name") or "")

    def check_row(
        self, index: AttendanceIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        problems: list[tuple[str | None, str]] = []
        if index.status is MeetingStatus.PLANNED:
            # Presence is recorded once the meeting is held (as on the meeting page).
            for name in ("attended", "excused"):
                if values.get(name):
                    problems.append((name, "meeting_not_held"))
        found = _find_person(index.people, values) if index.people is not None else None
        if found == "ambiguous_person":
            problems.append(("full_name", "ambiguous_person"))
        elif found == "id_other_name":  # a typo in the ID must not mark its holder present
            problems.append(("national_id", "id_other_name"))
        # Someone's presence at another meeting is not their presence at this one (scoped.py).
        problems += other_scope(index, values, "other_meeting")
        return problems

    def check_in_file(
        self, index: AttendanceIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        uid = valid_uuid(values.get("uuid"))
        if uid and index.get("uuid", uid):
            return ()
        name_k = person_key(as_text(values.get("full_name")))
        if by_id(index, "national_id", _id_key(values), (name_k,))[1]:
            return (("national_id", "id_other_name_in_file"),)
        return ()

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        flags = _flags(values)
        if not flags and ctx.setup.listed_attended and _held(ctx):
            flags = {"attended": True, "excused": False}  # on a signed sign-in sheet: came
        out: dict[str, Any] = {"invited": True, **flags}
        if (org_id := ctx.organization_id(values.get("organization"))) is not None:
            out["organization_id"] = org_id
        if (representation := values.get("representation")) is not None:
            out["representation"] = Representation(representation)
        return out

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        people = people_of(ctx)
        person_ids: list[int | None] = []
        new_people: list[dict[str, Any]] = []
        for values in rows:
            found = _find_person(people, values)
            if isinstance(found, tuple):
                person_ids.append(found[0])
                continue
            person_ids.append(None)
            new_people.append(
                {
                    "full_name": str(values["full_name"]),
                    "sort_name": fold(str(values["full_name"])),
                    "organization_id": ctx.organization_id(values.get("organization")),
                    "position": values.get("position"),
                    "email": values.get("email"),
                    "national_id": values.get("national_id"),
                }
            )
        created = iter(create_people(ctx, new_people))
        free = free_uuids(ctx.session, self.table, rows)
        prepared = []
        for values, person_id in zip(rows, person_ids, strict=True):
            if person_id is None:
                person_id, organization_id = next(created)
            else:
                organization_id = people.organization_of.get(person_id)
            row = {
                "meeting_id": ctx.setup.meeting_id,
                "person_id": person_id,
                "organization_id": organization_id,
                "invited": True,
                "attended": False,
                "excused": False,
                "representation": Representation.TITULAR,
            }
            row |= self.columns(ctx, values)
            row |= kept_uuid(values, free)
            prepared.append(row)
        return repo.insert_many(ctx.session, self.table, prepared)


def _id_key(values: Mapping[str, Any]) -> str:
    return national_id_key(as_text(values.get("national_id")))


def _held(ctx: ApplyContext) -> bool:
    """Whether the batch's meeting was held (read once): a planned meeting's list of people is
    its invitations, whatever the sheet's signature column says."""
    held = ctx.memo.get("held")
    if held is None:
        [(status,)] = repo.fetch_rows(ctx.session, "meetings", ("status",), id=ctx.setup.meeting_id)
        held = ctx.memo["held"] = MeetingStatus(status) is not MeetingStatus.PLANNED
    return bool(held)


def _file_name_key(values: Mapping[str, Any]) -> str:
    name = person_key(as_text(values.get("full_name")))
    if not name:
        return ""
    return f"{name}|{organization_key(as_text(values.get('organization')))}"


HANDLERS = (AttendanceHandler(),)
