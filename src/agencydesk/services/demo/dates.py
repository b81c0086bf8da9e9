"""Dates of the demo, all relative to one ``today`` so the data always looks current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta


@dataclass(frozen=True)
class Days:
    """Turns offsets in days from ``today`` into dates (negative: in the past)."""

    today: date

    def __call__(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def workday(self, offset: int) -> date:
        """Like calling it, moved off the weekend (Saturday back to Friday, Sunday to Monday)."""
        day = self(offset)
        if day.weekday() == 5:
            return day - timedelta(days=1)
        if day.weekday() == 6:
            return day + timedelta(days=1)
        return day

    def at(self, offset: int, hour: int, minute: int = 0) -> datetime:
        """A time on the workday ``offset`` days from today (meetings)."""
        return datetime.combine(self.workday(offset), time(hour, minute))

    def moment(self) -> datetime:
        """The demo's "now", for its records' timestamps (stored as the program stores them:
        naive UTC): today at 08:00, or a minute ago when that is still ahead (the demo loaded
        early in the day). Nothing the demo writes may look newer than an edit made right
        after loading it: the exchange between offices tells who changed what by these times."""
        morning = datetime.combine(self.today, time(8, 0))
        present = datetime.now(UTC).replace(tzinfo=None, microsecond=0) - timedelta(minutes=1)
        return min(morning, present)

    def year_start(self, years: int) -> date:
        return date(self.today.year + years, 1, 1)

    def year_end(self, years: int) -> date:
        return date(self.today.year + years, 12, 31)
