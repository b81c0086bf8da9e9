"""Who was invited to a meeting and who came: records, the three states, the counts.

An attendance row is an invitation (``invited``) of a person (and the organization they
represent there) or of an organization without a named person. After the session it says
attended, excused (apologised in advance) or absent (neither); and whether the person sat as
titular or alternate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agencydesk.domain.enums import ActorType, Gender, ParticipationRole, Presence, Representation


def presence(attended: bool, excused: bool) -> Presence:
    if attended:
        return Presence.ATTENDED
    return Presence.EXCUSED if excused else Presence.ABSENT


def flags(state: Presence) -> tuple[bool, bool]:
    """(attended, excused) for a presence."""
    state = Presence(state)
    return state is Presence.ATTENDED, state is Presence.EXCUSED


@dataclass(frozen=True, slots=True)
class AttendanceDraft:
    meeting_id: int
    person_id: int | None = None
    organization_id: int | None = None
    invited: bool = True
    attended: bool = False
    excused: bool = False
    representation: Representation = Representation.TITULAR


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    id: int
    uuid: str
    draft: AttendanceDraft
    person_name: str | None = None
    organization_name: str | None = None
    position: str | None = None
    actor_type: ActorType | None = None  # of the organization represented
    gender: Gender | None = None
    role: ParticipationRole | None = None  # in the initiative, when the person takes part

    @property
    def presence(self) -> Presence:
        return presence(self.draft.attended, self.draft.excused)

    def name(self) -> str:
        return self.person_name or self.organization_name or ""


@dataclass(frozen=True, slots=True)
class Invitee:
    """Someone to invite: a person (with the organization they represent), or an organization."""

    person_id: int | None
    organization_id: int | None
    representation: Representation = Representation.TITULAR


@dataclass(frozen=True, slots=True)
class InvitationPlan:
    """What inviting an initiative's participants would do: who is not on the list yet, and
    how many of them already are (so the user is told "3 invited · 12 already invited")."""

    to_invite: list[Invitee] = field(default_factory=list)
    already_invited: int = 0


@dataclass(frozen=True, slots=True)
class AttendanceCounts:
    invited: int = 0
    attended: int = 0
    excused: int = 0
    absent: int = 0
    # Of those who attended: every actor type is a key; gender None means not recorded.
    by_actor_type: dict[ActorType, int] = field(default_factory=dict)
    by_gender: dict[Gender | None, int] = field(default_factory=dict)


def count_attendance(records: list[AttendanceRecord]) -> AttendanceCounts:
    by_type = {t: 0 for t in ActorType}
    by_gender: dict[Gender | None, int] = {}
    states = {p: 0 for p in Presence}
    for r in records:
        state = r.presence
        states[state] += 1
        if state is Presence.ATTENDED:
            if r.actor_type is not None:
                by_type[ActorType(r.actor_type)] += 1
            if r.person_name is not None:
                by_gender[r.gender] = by_gender.get(r.gender, 0) + 1
    return AttendanceCounts(
        invited=sum(1 for r in records if r.draft.invited),
        attended=states[Presence.ATTENDED],
        excused=states[Presence.EXCUSED],
        absent=states[Presence.ABSENT],
        by_actor_type=by_type,
        by_gender=by_gender,
    )
