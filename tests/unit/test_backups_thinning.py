"""Backup names and the thinning rule (domain/backups.py), over simulated dates."""

from __future__ import annotations

import random
from bisect import bisect_left
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from agencydesk.domain.backups import (
    BackupInfo,
    BackupReason,
    Retention,
    backup_name,
    folder_for,
    manual_name,
    parse_manual_name,
    parse_name,
    to_keep,
    to_remove,
)

ONE = Retention(recent=1)  # the rule as the issue states it: 7 days, 4 weeks, 12 months, newest


def at(day: str, time: str = "09:00") -> datetime:
    return datetime.fromisoformat(f"{day} {time}")


# --- names -----------------------------------------------------------------------------------


def test_a_backup_name_says_its_database_when_and_why() -> None:
    name = backup_name("agencydesk", at("2025-05-01", "09:15:07"), "daily")
    assert name == "agencydesk-2025-05-01-091507-daily.sqlite3"
    assert parse_name(name) == (at("2025-05-01", "09:15:07"), "daily")


@pytest.mark.parametrize(
    "reason", ["daily", "before-upgrade-0003", "before-delete", "before-restore", "manual"]
)
def test_names_read_back_with_a_serial_and_a_detailed_reason(reason: str) -> None:
    name = backup_name("office-2024-data", at("2025-12-31", "23:59:59"), reason, serial=2)
    assert parse_name(name) == (at("2025-12-31", "23:59:59"), reason)


def test_other_files_are_not_backups() -> None:
    for name in (
        "agencydesk.sqlite3",
        "notes.txt",
        "agencydesk-2025-05-01-091507-daily.sqlite3.partial",
        "agencydesk-2025-13-01-091507-daily.sqlite3",  # no month 13
        manual_name("agencydesk", at("2025-05-01")),  # "Back up now" files: never thinned
    ):
        assert parse_name(name) is None, name


def test_a_back_up_now_file_says_when_it_was_written() -> None:
    name = manual_name("agencydesk", at("2025-05-01", "10:30:00"), serial=1)
    assert name == "agencydesk-backup-2025-05-01-103000-1.sqlite3"
    assert parse_manual_name(name) == at("2025-05-01", "10:30:00")
    assert parse_manual_name(backup_name("agencydesk", at("2025-05-01"), "daily")) is None


def test_two_databases_of_the_same_name_have_their_own_folders(tmp_path: Path) -> None:
    one = folder_for(tmp_path, Path("/oficina/lima/agencydesk.sqlite3"))
    two = folder_for(tmp_path, Path("/oficina/piura/agencydesk.sqlite3"))
    assert one != two
    assert one.parent == two.parent == tmp_path
    assert one.name.startswith("agencydesk-") and two.name.startswith("agencydesk-")
    assert folder_for(tmp_path, Path("/oficina/lima/agencydesk.sqlite3")) == one


def test_the_kind_of_a_backup() -> None:
    def kind(reason: str) -> BackupReason | None:
        return BackupInfo(Path("x"), at("2025-01-01"), reason, 0).kind

    assert kind("before-upgrade-0003") is BackupReason.BEFORE_UPGRADE
    assert kind("daily") is BackupReason.DAILY
    assert kind("something-else") is None


# --- the rule ----------------------------------------------------------------------------------


def test_nothing_to_keep_from_nothing() -> None:
    assert to_keep([], at("2025-05-01")) == set()


def test_the_newest_is_always_kept_however_old() -> None:
    old = at("2019-03-04")
    assert to_keep([old], at("2025-05-01"), ONE) == {old}


def test_the_newest_of_each_of_the_last_seven_days() -> None:
    now = at("2025-05-10", "18:00")
    times = [at(f"2025-05-{d:02d}", h) for d in range(1, 11) for h in ("08:00", "17:00")]
    kept = to_keep(times, now, Retention(recent=1, weeks=0, months=0))
    assert kept == {at(f"2025-05-{d:02d}", "17:00") for d in range(4, 11)}


def test_the_newest_of_each_of_the_last_four_weeks() -> None:
    now = at("2025-05-28", "12:00")  # a Wednesday
    times = [at("2025-04-01") + timedelta(days=d) for d in range(58)]  # daily, to the 28th
    kept = to_keep(times, now, Retention(recent=1, days=0, months=0))
    # This week's newest (today) and the Sundays ending the three weeks before it.
    assert kept == {at("2025-05-28"), at("2025-05-25"), at("2025-05-18"), at("2025-05-11")}


def test_the_newest_of_each_of_the_last_twelve_months() -> None:
    now = at("2025-06-15")
    times = [at("2023-01-01") + timedelta(days=d) for d in range(0, 896, 3)]
    kept = to_keep(times, now, Retention(recent=1, days=0, weeks=0))
    months = sorted({(t.year, t.month) for t in kept})
    assert len(kept) == 12
    assert months[0] == (2024, 7) and months[-1] == (2025, 6)
    for t in kept:  # each is the last backup of its month
        assert not any(o > t and (o.year, o.month) == (t.year, t.month) for o in times)


def test_the_safety_copies_of_a_busy_day_stay() -> None:
    now = at("2025-05-10", "18:00")
    busy = [at("2025-05-10", f"{h:02d}:00") for h in range(9, 18)]  # nine in one day
    kept = to_keep(busy, now, Retention(recent=5))
    assert kept == set(busy[-5:])


def test_a_backup_from_the_future_is_never_thinned() -> None:
    now = at("2025-05-10")
    future = at("2031-01-01")
    assert future in to_keep([at("2025-05-09"), future], now, ONE)


def test_to_remove_returns_the_rest_in_order() -> None:
    now = at("2025-05-10")
    items = [("a", at("2020-01-01")), ("b", at("2025-05-09")), ("c", at("2021-01-01"))]
    assert to_remove(items, lambda item: item[1], now, ONE) == [items[0], items[2]]


def test_two_years_of_daily_use_thinned_as_it_goes() -> None:
    """A backup at each day's first start (some days skipped, some with extra safety copies),
    thinned after each one as the service does: at every moment the day, week and month
    rules hold, the newest is there, and the folder stays small."""
    rng = random.Random(7)
    retention = Retention()
    folder: list[datetime] = []
    every: list[datetime] = []
    day = date(2023, 1, 1)
    while day < date(2025, 1, 1):
        if rng.random() < 0.8:  # an office that does not open the program every day
            starts = [datetime.combine(day, datetime.min.time()) + timedelta(hours=8)]
            starts += [starts[0] + timedelta(minutes=rng.randint(1, 600)) for _ in range(3)]
            for taken in sorted(starts[: rng.choice([1, 1, 1, 2, 4])]):
                folder.append(taken)
                every.append(taken)
                keep = to_keep(folder, taken, retention)
                folder = [t for t in folder if t in keep]
                # Only the last 400 days matter to the rules (``every`` is in time order).
                recent = every[bisect_left(every, taken - timedelta(days=400)) :]
                _check_rules(folder, recent, taken, retention)
        day += timedelta(days=1)
    # Thinning as it goes keeps what thinning once at the end would keep.
    assert set(folder) == to_keep(every, every[-1], retention)


def _check_rules(kept: list[datetime], every: list[datetime], now: datetime, r: Retention):
    newest_first = sorted(kept, reverse=True)
    assert every[-1] == newest_first[0]
    assert every[-r.recent :][::-1] == newest_first[: r.recent]
    assert len(kept) <= r.recent + r.days + r.weeks + r.months
    newest_of: dict[object, datetime] = {}
    for t in every:  # in time order: the last one written for a period is its newest
        day = t.date()
        newest_of[day] = t
        newest_of[("week", day - timedelta(days=day.weekday()))] = t
        newest_of[("month", t.year, t.month)] = t
    today = now.date()
    monday = today - timedelta(days=today.weekday())
    periods: list[object] = [today - timedelta(days=back) for back in range(r.days)]
    periods += [("week", monday - timedelta(weeks=back)) for back in range(r.weeks)]
    for back in range(r.months):
        year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
        periods.append(("month", year, month + 1))
    for period in periods:
        if period in newest_of:
            assert newest_of[period] in kept, period
    oldest_month = today.year * 12 + today.month - r.months
    for t in newest_first[r.recent :]:  # nothing older than the twelve months but the recent
        assert t.year * 12 + t.month > oldest_month
