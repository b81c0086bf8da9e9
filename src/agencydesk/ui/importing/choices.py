"""What the wizard offers to choose from, read from the workspace: meetings, date order."""

from __future__ import annotations

from agencydesk.domain.enums import Country
from agencydesk.domain.meetings import MeetingQuery
from agencydesk.domain.records import NamedRef
from agencydesk.services.meetings import MeetingsService
from agencydesk.ui.widgets.date_field import format_date


def meeting_choices(meetings: MeetingsService) -> list[NamedRef]:
    """Every meeting (upcoming soonest first, then past ones newest first), as "3. Title"
    with its date and its mesa or agenda as detail."""
    records = meetings.meetings(meetings.meeting_ids(MeetingQuery()))
    return [
        NamedRef(
            m.id,
            (f"{m.number}. " if m.number else "") + m.title,
            " · ".join(p for p in (format_date(m.starts_on), m.owner_name or "") if p),
        )
        for m in records
    ]


def day_first_for(country: Country) -> bool:
    """Whether dates like 03/04/2025 are read day first by default.

    Every country the program knows writes dates day first (Mexico, Peru, Chile, the rest of
    Latin America); "other" is most often another Latin American office too. The wizard's
    options step lets the user say otherwise for one file.
    """
    return country in (Country.MEXICO, Country.PERU, Country.CHILE, Country.OTHER)
