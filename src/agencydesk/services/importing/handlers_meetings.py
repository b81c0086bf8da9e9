"""Handler of a meeting's agreements sheet (its attendance list: handlers_attendance.py).

Both kinds work inside one meeting (``ImportSetup.meeting_id``) whose content must be editable:
approved minutes and cancelled meetings refuse an import with the same ``UserError`` the
meeting page gives (``domain.meetings.check_editable``). People are named in these sheets by
their full name (and, for attendance, possibly their ID or e-mail); ``PeopleIndex`` finds them
in the directory, read once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, ClassVar

from agencydesk.data.repos import importing as repo
from agencydesk.data.repos import meetings as meetings_repo
from agencydesk.data.repos.common import lock_numbering
from agencydesk.data.repos.importing import Session
from agencydesk.domain.agreements import AgreementDraft, agreement_errors, meeting_date_errors
from agencydesk.domain.enums import (
    AgreementStatus,
)
from agencydesk.domain.errors import UserError
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.meetings import next_number
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import (
    ApplyContext,
    BaseHandler,
    KeyIndex,
    valid_uuid,
)
from agencydesk.services.importing.people_index import (
    PERSON_REASONS,
    PeopleIndex,
    as_text,
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


def check_meeting(session: Session, setup: ImportSetup) -> None:
    """Refuse an import without a meeting, into an unknown one, or into a locked one."""
    if setup.meeting_id is None:
        raise UserError("import_meeting_required", kind=setup.kind.value)
    if not repo.row_exists(session, "meetings", setup.meeting_id):
        raise UserError("import_unknown_meeting", meeting=setup.meeting_id)
    meetings_repo.editable(session, setup.meeting_id)  # minutes_locked / meeting_cancelled


# --- agreements ------------------------------------------------------------------------------


class AgreementIndex(KeyIndex):
    """The meeting's agreements; ``meeting_on``: the day it was held (its agreements' dates
    cannot be earlier), None in the index of the file's own rows."""

    __slots__ = ("meeting_on", "people")

    def __init__(self, people: PeopleIndex | None = None, meeting_on: date | None = None) -> None:
        super().__init__(("uuid", "number", "text"))
        self.people = people
        self.meeting_on = meeting_on


def _meeting_on(session: Session, meeting_id: int | None) -> date | None:
    found = repo.fetch_rows(session, "meetings", ("starts_at",), id=meeting_id)
    starts = found[0][0] if found else None
    return starts.date() if isinstance(starts, datetime) else starts


def _number_key(number: Any) -> str:
    return str(int(number)) if isinstance(number, int) and not isinstance(number, bool) else ""


def _add_agreement(index: KeyIndex, ref: int, uid: Any, number: Any, text: Any) -> None:
    label = _agreement_label(number, text)
    if uid:
        index.add("uuid", str(uid), ref, label)
    index.add("number", _number_key(number), ref, label)
    index.add("text", fold(as_text(text)), ref, label, _number_key(number))


def _agreement_label(number: Any, text: Any) -> str:
    text = str(text or "")
    text = text if len(text) <= 60 else text[:59] + "…"
    return f"{number}. {text}" if number else text


def _closing(values: Mapping[str, Any]) -> dict[str, Any]:
    """Status and closing dates of a row. The sheet's one date column ("done_on") is the
    closing date of a cancelled agreement too; a date without a status means done.

    A done or cancelled row without a date gets none: the form proposes today to someone
    closing an agreement now, but a sheet's "Cumplido" may be weeks old, and today would be
    an invented date (listing the agreement as pending at every session until the import).
    The model keeps closed agreements without a date (``is_pending_at``: pending nowhere).
    No key at all, not None: a new record stores NULL, an update keeps a date it has."""
    status = values.get("status")
    closed = values.get("done_on")
    if status is None:
        if closed is None:
            return {}
        status = AgreementStatus.DONE
    status = AgreementStatus(status)
    out: dict[str, Any] = {"status": status, "done_on": None, "cancelled_on": None}
    if status is not AgreementStatus.OPEN:
        field = "done_on" if status is AgreementStatus.DONE else "cancelled_on"
        if closed is None:
            del out[field]
        else:
            out[field] = closed
    return out


class AgreementsHandler(BaseHandler):
    """Agreements of a meeting: matched by uuid, then number, then the same text; numbered
    after the meeting's last one, in file order, when the sheet gives no number."""

    kind = ImportKind.AGREEMENTS
    table = "agreements"
    entity = "agreement"
    column_names: ClassVar[Mapping[str, str]] = {
        "responsible": "responsible_org_id",
        "responsible_person": "responsible_person_id",
    }
    reasons: ClassVar[Mapping[str, str]] = {
        **PERSON_REASONS,
        "other_meeting": SCOPE_REASONS["other_meeting"],
        "future_date": "a date in the future",
        "out_of_range": "agreement numbers start at 1",
        "done_on_but_open": "a completion date on an agreement marked open",
        "due_before_meeting": (
            "the due date is before the meeting where the agreement was made: check the year"
        ),
        "closed_before_meeting": (
            "the completion date is before the meeting where the agreement was made: check the year"
        ),
    }

    def check_setup(self, session: Session, setup: ImportSetup) -> None:
        check_meeting(session, setup)

    def new_index(self) -> AgreementIndex:
        return AgreementIndex()

    def load_index(self, session: Session, setup: ImportSetup) -> AgreementIndex:
        index = AgreementIndex(PeopleIndex(session), _meeting_on(session, setup.meeting_id))
        columns = ("id", "uuid", "number", "text")
        for row_id, uid, number, text in repo.fetch_rows(
            session, self.table, columns, meeting_id=setup.meeting_id
        ):
            _add_agreement(index, row_id, uid, number, text)
        index.elsewhere = foreign_uuids(session, self.table, "meeting_id", setup.meeting_id)
        return index

    def add(self, index: KeyIndex, values: Mapping[str, Any], ref: int, label: str) -> None:
        uid = valid_uuid(values.get("uuid"))
        _add_agreement(index, ref, uid, values.get("number"), values.get("text"))

    def match(self, index: KeyIndex, values: Mapping[str, Any]) -> RowMatch | None:
        uid = valid_uuid(values.get("uuid"))
        if uid and (found := index.find("uuid", uid)):
            return found
        number = _number_key(values.get("number"))
        if found := index.find("number", number):
            return found
        hit = index.get("text", fold(as_text(values.get("text"))))
        # The same words under another number are another agreement.
        if hit and not (number and hit[2] and hit[2] != number):
            return RowMatch(hit[0], hit[1], "text")
        return None

    def label(self, values: Mapping[str, Any]) -> str:
        return _agreement_label(values.get("number"), values.get("text"))

    def check_row(
        self, index: AgreementIndex, values: Mapping[str, Any]
    ) -> Sequence[tuple[str | None, str]]:
        status = values.get("status")
        is_open = status is not None and AgreementStatus(status) is AgreementStatus.OPEN
        draft = AgreementDraft(
            meeting_id=0,
            number=values.get("number"),
            text="-",  # required: checked by the pipeline
            due_date=values.get("due_date"),
            done_on=values.get("done_on"),
        )
        problems: list[tuple[str | None, str]] = list(agreement_errors(draft, date.today()).items())
        # Agreement 1 of another meeting is not this meeting's agreement 1 (scoped.py).
        problems += other_scope(index, values, "other_meeting")
        if is_open and values.get("done_on") is not None:
            problems.append(("done_on", "done_on_but_open"))
        if index.meeting_on is not None:
            # Made at the meeting: a due date before it is a typo (of the year, mostly), and
            # the row goes back to the partner rather than in with a date nobody meant.
            flagged = {name for name, _ in problems}
            problems += [
                (name, code)
                for name, code in meeting_date_errors(draft, index.meeting_on).items()
                if name not in flagged
            ]
        person = values.get("responsible_person")
        if person not in (None, "") and index.people is not None:
            found = index.people.find(person, values.get("responsible"))
            if found is None:
                problems.append(("responsible_person", "unknown_person"))
            elif isinstance(found, str):
                problems.append(("responsible_person", found))
        return problems

    def columns(self, ctx: ApplyContext, values: Mapping[str, Any]) -> dict[str, Any]:
        plain = {k: v for k, v in values.items() if k not in ("responsible_person", "done_on")}
        out = super().columns(ctx, plain)
        out.pop("status", None)
        out |= _closing(values)
        person = values.get("responsible_person")
        if person not in (None, ""):
            found = people_of(ctx).find(person, values.get("responsible"))
            assert isinstance(found, tuple), "the preview rejects unknown people"
            out["responsible_person_id"] = found[0]
        return out

    def insert_rows(self, ctx: ApplyContext, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        meeting_id = ctx.setup.meeting_id
        lock_numbering(ctx.session, "agreements", meeting_id=meeting_id)
        # The numbers taken: the meeting's (earlier chunks included) and those the file gives.
        existing = repo.fetch_rows(ctx.session, self.table, ("number",), meeting_id=meeting_id)
        taken: list[int | None] = [n for (n,) in existing]
        taken += [v["number"] for v in rows if _number_key(v.get("number"))]
        number = next_number(taken)  # the domain's rule: after the highest, gaps kept
        free = free_uuids(ctx.session, self.table, rows)
        prepared = []
        for values in rows:
            row = {"meeting_id": meeting_id, "status": AgreementStatus.OPEN}
            row |= self.columns(ctx, values)
            if not _number_key(row.get("number")):
                row["number"] = number
                number += 1
            row |= kept_uuid(values, free)
            prepared.append(row)
        return repo.insert_many(ctx.session, self.table, prepared)


HANDLERS = (AgreementsHandler(),)
