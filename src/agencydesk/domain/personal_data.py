"""Personal data of a contact (Peru's Ley 29733, Chile's Ley 19.628, Mexico's LFPDPPP):
everything the office holds about one person, for an export at their request, and what an
erasure changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from agencydesk.domain.agreements import AgreementRecord
from agencydesk.domain.enums import ParticipationRole, Representation
from agencydesk.domain.history import HistoryEntry
from agencydesk.domain.records import NamedRef, PersonRecord

PERSONAL_FIELDS = (
    "full_name",
    "national_id",
    "position",
    "phone",
    "email",
    "gender",
    "consent_on",
    "consent_purpose",
    "notes",
)
"""What an erasure clears (the name is replaced). The organization they belong to stays: it
is the organization's data, and it keeps the attendance of each organization counted."""


def anonymous_name(person_id: int) -> str:
    """The name an erased person keeps (stored in the database, so one language)."""
    return f"Persona anonimizada #{person_id}"


@dataclass(frozen=True, slots=True)
class PersonParticipation:
    initiative_id: int
    initiative_name: str
    organization_name: str
    role: ParticipationRole
    representation: Representation
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True)
class PersonAttendance:
    meeting_id: int
    meeting_number: int | None
    meeting_title: str
    owner_name: str  # the initiative's name or the agenda's title
    starts_at: datetime | None
    organization_name: str | None
    invited: bool
    attended: bool
    excused: bool
    representation: Representation


@dataclass(frozen=True, slots=True)
class PersonData:
    """Everything about one person: their fields, where they take part, the meetings they
    were invited to, the agreements they are responsible for, and the audit trail about
    them (their record and those rows)."""

    person: PersonRecord
    participations: tuple[PersonParticipation, ...] = ()
    attendance: tuple[PersonAttendance, ...] = ()
    agreements: tuple[AgreementRecord, ...] = ()
    coordinated: tuple[NamedRef, ...] = ()  # initiatives whose coordinator they are
    history: tuple[HistoryEntry, ...] = ()  # newest first


@dataclass(frozen=True, slots=True)
class TextMention:
    """A free text of another record where the person's name, e-mail, phone or national
    ID appears (an erasure does not rewrite what the office wrote)."""

    table: str
    record_id: int
    column: str
    name: str


@dataclass(frozen=True, slots=True)
class ErasePreview:
    """What "Erase this person" will do, for its confirmation."""

    person_id: int
    full_name: str
    new_name: str
    attendance: int
    agreements: int
    participations: int
    coordinated: int
    mentions: tuple[TextMention, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class EraseResult:
    person: PersonRecord
    audit_entries_scrubbed: int
    import_batches_scrubbed: int
    compacted: bool = True  # False: the file could not be rewritten now (another connection)
