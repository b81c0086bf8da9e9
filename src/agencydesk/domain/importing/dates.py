"""Reading the dates users type: "15/03/2024", "15-mar-2024", "15 de marzo de 2024", ISO text,
Excel serial numbers and "20240315".

Each parser returns ``(date, correction)`` or ``(None, reason)``: the correction is None when the
text already was the stored form (ISO), a code from ``values.REASONS`` otherwise.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from agencydesk.domain.importing.vocabulary import vocabulary_key

# Excel's day 0 for serials after its phantom 29 February 1900 (serial 60).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MAX = 2_958_465  # 9999-12-31, Excel's last day
# Serials outside these years are mistakes (a year "2024" typed in a date column is serial
# 2024, in July 1905), never dates anybody meant.
_PLAUSIBLE_FIRST = date(1910, 1, 1)
_PLAUSIBLE_LAST = date(2199, 12, 31)

_TIME = r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:[ap]\.?\s?m\.?)?)?"
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})" + _TIME + r"(?:Z|[+-]\d{2}:?\d{2})?", re.I)
_YMD = re.compile(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})" + _TIME, re.I)
_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})" + _TIME, re.I)
_DIGITS = re.compile(r"\d{1,8}(?:\.0+)?")

_WEEKDAYS = (
    "lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    "segunda|terca|quarta|quinta|sexta|feira|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "lun|mar|mie|jue|vie|sab|dom|mon|tue|wed|thu|fri|sat|sun"
)
_NAMED_DMY = re.compile(
    rf"(?:(?:{_WEEKDAYS})\s+)*(\d{{1,2}})(?:ro|er|o|st|nd|rd|th)?\s+(?:de\s+)?([a-z]+)\s+"
    r"(?:de\s+|del\s+)?(\d{4}|\d{2})(?:\s+\d{1,2}\s+\d{2}(?:\s+\d{2})?)?"
)
_NAMED_MDY = re.compile(
    rf"(?:(?:{_WEEKDAYS})\s+)*([a-z]+)\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(\d{{4}})"
)

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "enero ene jan january janeiro",
        "febrero feb fev february fevereiro",
        "marzo mar march marco",
        "abril abr apr april",
        "mayo may maio mai",
        "junio jun june junho",
        "julio jul july julho",
        "agosto ago aug august",
        "septiembre setiembre sep sept set september setembro",
        "octubre oct out october outubro",
        "noviembre nov november novembro",
        "diciembre dic dec december dez dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Excel's rule for two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999.
        year += 2000 if year < 30 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _has_time(match: re.Match[str], first: int) -> bool:
    hour, minute, second = match.group(first, first + 1, first + 2)
    return any(part and int(part) for part in (hour, minute, second))


def date_from_serial(serial: float) -> tuple[date | None, str]:
    """An Excel serial day number (45366 is 2024-03-15); the time of day is dropped."""
    if not 1 <= serial <= _SERIAL_MAX:
        return None, "bad_date"
    value = _EXCEL_EPOCH + timedelta(days=int(serial))
    if not _PLAUSIBLE_FIRST <= value <= _PLAUSIBLE_LAST:
        return None, "bad_date"
    return value, "date_from_serial"


def _day_month(first: int, second: int, day_first: bool) -> tuple[int, int] | str:
    day, month = (first, second) if day_first else (second, first)
    if month > 12 and day <= 12:
        # "03/15/2024" read day first: the file's order is the other one; say so rather than
        # guess, since its "03/04/2024" would then be wrong too.
        return "date_order"
    return day, month


@lru_cache(maxsize=8192)
def parse_date_text(text: str, day_first: bool = True) -> tuple[date | None, str | None]:
    """A date typed as text; ``text`` is already stripped and not empty."""
    if match := _ISO.fullmatch(text):
        value = _make(int(match[1]), int(match[2]), int(match[3]))
        if value is None:
            return None, "bad_date"
        return value, ("time_dropped" if _has_time(match, 4) else None)
    if match := _DMY.fullmatch(text):
        order = _day_month(int(match[1]), int(match[2]), day_first)
        if isinstance(order, str):
            return None, order
        value = _make(_year(match[3]), order[1], order[0])
        return (value, "date_from_text") if value else (None, "bad_date")
    if match := _YMD.fullmatch(text):
        value = _make(int(match[1]), int(match[2]), int(match[3]))
        return (value, "date_from_text") if value else (None, "bad_date")
    if _DIGITS.fullmatch(text):
        return _date_from_digits(text.split(".")[0], day_first)
    return _named_month(vocabulary_key(text))


def order_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a date whose reading depends on the day-first setting
    ("04/02/2025", "04-02-25", "04022025"): (first, second); None for any other text (ISO,
    "2025/02/04", "4 de febrero de 2025"). ``text`` is already stripped."""
    if match := _DMY.fullmatch(text):
        return int(match[1]), int(match[2])
    if len(text) == 8 and text.isdigit() and text[:2] not in ("19", "20", "21"):
        return int(text[:2]), int(text[2:4])
    return None


def _date_from_digits(digits: str, day_first: bool) -> tuple[date | None, str | None]:
    if len(digits) == 8:
        if digits[:2] in ("19", "20", "21"):
            value = _make(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        else:
            first, second = int(digits[:2]), int(digits[2:4])
            day, month = (first, second) if day_first else (second, first)
            value = _make(int(digits[4:]), month, day)
        return (value, "date_from_text") if value else (None, "bad_date")
    return date_from_serial(int(digits))


def _named_month(key: str) -> tuple[date | None, str | None]:
    if match := _NAMED_DMY.fullmatch(key):
        day, month_name, year = match[1], match[2], match[3]
    elif match := _NAMED_MDY.fullmatch(key):
        month_name, day, year = match[1], match[2], match[3]
    else:
        return None, "bad_date"
    month = _MONTHS.get(month_name)
    if month is None:
        return None, "bad_date"
    value = _make(_year(year), month, int(day))
    return (value, "date_from_text") if value else (None, "bad_date")
