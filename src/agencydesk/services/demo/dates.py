"""Dates of the demo, all relative to one ``today`` so the data always looks current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


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

    def year_start(self, years: int) -> date:
        return date(self.today.year + years, 1, 1)

    def year_end(self, years: int) -> date:
        return date(self.today.year + years, 12, 31)
