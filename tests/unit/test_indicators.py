"""Indicators: the % of target rule, number parsing, validation, and IndicatorsService."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from agencydesk.data.models import AuditEntry, Indicator, Measurement
from agencydesk.domain.enums import AuditAction, IndicatorDirection
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.indicators import (
    IndicatorDraft,
    MeasurementDraft,
    direction_mismatch,
    format_decimal,
    indicator_errors,
    measurement_errors,
    parse_decimal,
    percent_of_target,
)
from agencydesk.services.database import Database
from agencydesk.services.indicators import IndicatorsService

UP = IndicatorDirection.INCREASE
DOWN = IndicatorDirection.DECREASE


def D(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


# --- % of target met -------------------------------------------------------------------------

# (baseline, target, actual, direction, expected fraction)
PERCENT_CASES = {
    # increasing indicators
    "increase: at the baseline": ("0", "150", "0", UP, 0.0),
    "increase: a third of the way": ("0", "150", "50", UP, 1 / 3),
    "increase: from a non-zero baseline": ("9.5", "15", "10.6", UP, 0.2),
    "increase: exactly at the target": ("4200", "6000", "6000", UP, 1.0),
    "increase: beyond the target is clamped to 100 %": ("0", "150", "180", UP, 1.0),
    "increase: went the wrong way is clamped to 0 %": ("100", "200", "80", UP, 0.0),
    "increase: negative values": ("-20", "0", "-5", UP, 0.75),
    # decreasing indicators: both differences are negative, the ratio is positive
    "decrease: at the baseline": ("180", "60", "180", DOWN, 0.0),
    "decrease: part of the way (180 → 118 of 180 → 60 days)": ("180", "60", "118", DOWN, 62 / 120),
    "decrease: exactly at the target": ("38", "15", "15", DOWN, 1.0),
    "decrease: below the target is clamped to 100 %": ("38", "15", "10", DOWN, 1.0),
    "decrease: went up instead is clamped to 0 %": ("54", "40", "60", DOWN, 0.0),
    "decrease: down to zero": ("10", "0", "0", DOWN, 1.0),
    # zero-width ranges (target == baseline): met or not, by the side of the target
    "zero width, increase: at the target is met": ("40", "40", "40", UP, 1.0),
    "zero width, increase: above the target is met": ("40", "40", "41", UP, 1.0),
    "zero width, increase: below the target is not met": ("40", "40", "39.9", UP, 0.0),
    "zero width, decrease: at the target is met": ("40", "40", "40", DOWN, 1.0),
    "zero width, decrease: below the target is met": ("40", "40", "30", DOWN, 1.0),
    "zero width, decrease: above the target is not met": ("40", "40", "40.5", DOWN, 0.0),
    # target on the wrong side of the baseline for the direction: the target decides
    "mismatch: says increase, target below baseline, half way down": ("50", "40", "45", UP, 0.5),
    "mismatch: says increase, target below baseline, went up": ("50", "40", "55", UP, 0.0),
    "mismatch: says decrease, target above baseline, reached": ("10", "20", "20", DOWN, 1.0),
}


@pytest.mark.parametrize(
    ("baseline", "target", "actual", "direction", "expected"),
    list(PERCENT_CASES.values()),
    ids=list(PERCENT_CASES),
)
def test_percent_of_target(
    baseline: str, target: str, actual: str, direction: IndicatorDirection, expected: float
) -> None:
    result = percent_of_target(D(baseline), D(target), D(actual), direction)
    assert result == pytest.approx(expected)
    assert 0.0 <= result <= 1.0  # a fraction: the UI shows it as a percentage


MISSING_CASES = {
    "no measurement yet": ("0", "150", None),
    "no baseline": (None, "150", "50"),
    "no target": ("0", None, "50"),
    "nothing at all": (None, None, None),
}


@pytest.mark.parametrize(
    ("baseline", "target", "actual"), MISSING_CASES.values(), ids=MISSING_CASES
)
@pytest.mark.parametrize("direction", [UP, DOWN], ids=["increase", "decrease"])
def test_percent_of_target_is_unknown_when_a_figure_is_missing(
    baseline: str | None, target: str | None, actual: str | None, direction: IndicatorDirection
) -> None:
    assert percent_of_target(D(baseline), D(target), D(actual), direction) is None


def test_percent_of_target_accepts_the_stored_code_of_the_direction() -> None:
    assert percent_of_target(D("5"), D("5"), D("4"), "decrease") == 1.0
    assert percent_of_target(D("5"), D("5"), D("4"), "increase") == 0.0


@pytest.mark.parametrize(
    ("baseline", "target", "direction", "mismatch"),
    [
        ("0", "10", UP, False),
        ("10", "0", DOWN, False),
        ("10", "0", UP, True),
        ("0", "10", DOWN, True),
        ("5", "5", UP, False),
        (None, "5", DOWN, False),
    ],
)
def test_direction_mismatch(
    baseline: str | None, target: str, direction: IndicatorDirection, mismatch: bool
) -> None:
    draft = IndicatorDraft(plan_id=1, name="x", baseline=D(baseline), target=D(target))
    assert direction_mismatch(replace(draft, direction=direction)) is mismatch


# --- numbers as typed ----------------------------------------------------------------------

SPANISH = {"decimal_point": ",", "group_separator": "."}
ENGLISH = {"decimal_point": ".", "group_separator": ","}

PARSE_CASES = {
    "plain integer": ("1500", SPANISH, "1500"),
    "decimal comma in Spanish": ("12,5", SPANISH, "12.5"),
    "decimal point typed in Spanish": ("12.5", SPANISH, "12.5"),
    "grouped thousands in Spanish": ("1.500", SPANISH, "1500"),
    "grouped with decimals in Spanish": ("1.500,25", SPANISH, "1500.25"),
    "English grouping in a Spanish locale": ("1,500.25", SPANISH, "1500.25"),
    "millions": ("12.500.000", SPANISH, "12500000"),
    "decimal comma in English": ("12,5", ENGLISH, "12.5"),
    "grouped thousands in English": ("1,500", ENGLISH, "1500"),
    "1.500 is one and a half in English": ("1.500", ENGLISH, "1.500"),
    "Spanish grouping in an English locale": ("1.500,25", ENGLISH, "1500.25"),
    "spaces as groups": ("1 500 000,5", SPANISH, "1500000.5"),
    "non-breaking space as group": ("1\u00a0500", SPANISH, "1500"),
    "negative": ("-3,25", SPANISH, "-3.25"),
    "leading decimal": (",5", SPANISH, "0.5"),
    "surrounding spaces": ("  42 ", ENGLISH, "42"),
    "more than three decimals": ("1.2345", SPANISH, "1.2345"),
}


@pytest.mark.parametrize(("text", "locale", "expected"), PARSE_CASES.values(), ids=PARSE_CASES)
def test_parse_decimal(text: str, locale: dict[str, str], expected: str) -> None:
    assert parse_decimal(text, **locale) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "   ", None])
def test_parse_decimal_empty_is_none(text: str | None) -> None:
    assert parse_decimal(text) is None


@pytest.mark.parametrize(
    "text", ["abc", "12a", "1.2.3,4,5", "1,50.000", "--1", "1.5.0", "12,34,5", ".", "1e5", "5%"]
)
def test_parse_decimal_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text, **SPANISH)


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        ("250000.0000", SPANISH, "250.000"),
        ("9.5000", SPANISH, "9,5"),
        ("1500.25", ENGLISH, "1,500.25"),
        ("-1234567.5", SPANISH, "-1.234.567,5"),
        ("0", ENGLISH, "0"),
        ("100", ENGLISH, "100"),
        ("12345678901234.5678", ENGLISH, "12,345,678,901,234.5678"),
    ],
)
def test_format_decimal(value: str, locale: dict[str, str], expected: str) -> None:
    assert format_decimal(Decimal(value), **locale) == expected


@pytest.mark.parametrize("value", ["250000", "9.5", "1.5", "1234.5678", "-0.25", "1500"])
@pytest.mark.parametrize("locale", [SPANISH, ENGLISH], ids=["es", "en"])
def test_format_then_parse_gives_the_number_back(value: str, locale: dict[str, str]) -> None:
    assert parse_decimal(format_decimal(Decimal(value), **locale), **locale) == Decimal(value)


# --- validation ------------------------------------------------------------------------------


def test_indicator_errors() -> None:
    good = IndicatorDraft(plan_id=1, name="Exports", baseline_date=date(2025, 1, 1))
    assert indicator_errors(good) == {}
    assert indicator_errors(replace(good, name=" ")) == {"name": "required"}
    assert indicator_errors(replace(good, target_date=date(2024, 12, 31))) == {
        "target_date": "end_before_start"
    }
    assert indicator_errors(replace(good, target_date=date(2025, 1, 1))) == {}
    assert indicator_errors(replace(good, plan_id=None)) == {"plan_id": "required"}
    assert indicator_errors(replace(good, agenda_id=2)) == {"agenda_id": "out_of_range"}
    assert indicator_errors(replace(good, target=Decimal("1e15"))) == {"target": "out_of_range"}
    assert indicator_errors(replace(good, unit="u" * 61)) == {"unit": "too_long"}


def test_measurement_errors() -> None:
    good = MeasurementDraft(1, date(2025, 3, 1), Decimal("12.5"))
    assert measurement_errors(good) == {}
    assert measurement_errors(replace(good, value=None)) == {"value": "required"}  # type: ignore[arg-type]
    assert measurement_errors(replace(good, date=None)) == {"date": "required"}  # type: ignore[arg-type]
    assert measurement_errors(replace(good, source="s" * 201)) == {"source": "too_long"}


# --- the service -----------------------------------------------------------------------------


@pytest.fixture
def service(demo_database: Database) -> IndicatorsService:
    return IndicatorsService(demo_database.uow, lambda: "tester")


def _count(database: Database, model: type) -> int:
    with database.uow() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _audit(database: Database, entity: str) -> list[tuple[int, AuditAction, dict]]:
    with database.uow() as s:
        rows = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        )
        return [(a.entity_id, a.action, a.changes) for a in rows]


def _by_name(service: IndicatorsService, fragment: str, **owner: int):
    return next(i for i in service.indicators_of(**owner) if fragment in i.name)


def test_demo_has_ten_indicators_with_twenty_two_measurements(service: IndicatorsService) -> None:
    everything = service.indicators_of()
    assert len(everything) == 10
    assert sum(len(i.measurements) for i in everything) == 22
    for record in everything:
        dates = [m.draft.date for m in record.measurements]
        assert dates == sorted(dates)
        assert record.latest == record.measurements[-1]
        assert record.percent_met is not None and 0.0 <= record.percent_met <= 1.0


def test_indicators_of_a_plan_and_of_an_agenda(service: IndicatorsService) -> None:
    plan_ids = {i.draft.plan_id for i in service.indicators_of()} - {None}
    assert len(plan_ids) == 2
    for plan_id in plan_ids:
        found = service.indicators_of(plan_id=plan_id)
        assert len(found) == 3
        assert all(i.draft.plan_id == plan_id and i.draft.agenda_id is None for i in found)
    agenda_ids = {i.draft.agenda_id for i in service.indicators_of()} - {None}
    assert sum(len(service.indicators_of(agenda_id=a)) for a in agenda_ids) == 4


def test_percent_met_comes_from_the_latest_measurement(service: IndicatorsService) -> None:
    days = _by_name(service, "aprobación de planes de manejo")  # 180 → 60 days, decrease
    assert days.draft.direction is IndicatorDirection.DECREASE
    assert days.latest is not None and days.latest.draft.value == Decimal("118")
    assert days.percent_met == pytest.approx(62 / 120)
    volume = _by_name(service, "madera transportada")  # 0 → 250000 m³
    assert volume.percent_met == pytest.approx(91200 / 250000)
    # Numeric(18, 4) reads back as 250000.0000; records carry the number as entered.
    assert str(volume.draft.target) == "250000"


def test_create_update_and_audit(service: IndicatorsService, demo_database: Database) -> None:
    plan_id = _by_name(service, "aprobación de planes").draft.plan_id
    draft = IndicatorDraft(
        plan_id=plan_id,
        name="  Hectáreas con plan de manejo ",
        unit="ha",
        baseline=Decimal("1000"),
        baseline_date=date(2025, 1, 1),
        target=Decimal("3000"),
        target_date=date(2026, 12, 31),
    )
    created = service.create_indicator(draft)
    assert created.name == "Hectáreas con plan de manejo"
    assert created.measurements == () and created.latest is None and created.percent_met is None
    first = service.add_measurement(MeasurementDraft(created.id, date(2025, 6, 1), Decimal("1500")))
    service.add_measurement(MeasurementDraft(created.id, date(2025, 3, 1), Decimal("1200")))
    record = service.indicator(created.id)
    assert [m.draft.value for m in record.measurements] == [Decimal("1200"), Decimal("1500")]
    assert record.latest is not None and record.latest.id == first.id
    assert record.percent_met == pytest.approx(0.25)

    updated = service.update_indicator(created.id, replace(created.draft, target=Decimal("2000")))
    assert updated.percent_met == pytest.approx(0.5)
    service.update_measurement(first.id, replace(first.draft, value=Decimal("2500")))
    assert service.indicator(created.id).percent_met == 1.0

    indicator_audit = _audit(demo_database, "indicator")
    assert [a[:2] for a in indicator_audit] == [
        (created.id, AuditAction.CREATE),
        (created.id, AuditAction.UPDATE),
    ]
    assert indicator_audit[1][2] == {"target": ["3000", "2000"]}
    measurement_audit = _audit(demo_database, "measurement")
    assert [a[1] for a in measurement_audit] == [
        AuditAction.CREATE,
        AuditAction.CREATE,
        AuditAction.UPDATE,
    ]
    assert measurement_audit[2][2] == {"value": ["1500", "2500"]}


def test_writes_are_validated(service: IndicatorsService) -> None:
    plan_id = _by_name(service, "aprobación de planes").draft.plan_id
    with pytest.raises(ValidationError) as refused:
        service.create_indicator(IndicatorDraft(plan_id=plan_id, name=""))
    assert refused.value.fields == {"name": "required"}
    with pytest.raises(ValidationError) as refused:
        service.create_indicator(IndicatorDraft(plan_id=9999, name="x"))
    assert refused.value.fields == {"plan_id": "not_found"}
    with pytest.raises(ValidationError) as refused:
        service.add_measurement(MeasurementDraft(9999, date(2025, 1, 1), Decimal(1)))
    assert refused.value.fields == {"indicator_id": "not_found"}
    with pytest.raises(UserError):
        service.update_indicator(9999, IndicatorDraft(plan_id=plan_id, name="x"))


def test_delete_takes_the_measurements_and_restore_brings_them_back(
    service: IndicatorsService, demo_database: Database
) -> None:
    volume = _by_name(service, "madera transportada")
    assert len(volume.measurements) == 3
    assert service.indicator_usages(volume.id) == {}  # its measurements are not "uses"
    deleted = service.delete_indicator(volume.id)
    assert deleted == volume
    assert _count(demo_database, Indicator) == 9
    assert _count(demo_database, Measurement) == 19
    with pytest.raises(UserError):
        service.indicator(volume.id)
    audit = _audit(demo_database, "measurement")
    assert sorted(a[0] for a in audit) == sorted(m.id for m in volume.measurements)
    assert {a[1] for a in audit} == {AuditAction.DELETE}

    restored = service.restore_indicator(deleted)
    assert restored.id == volume.id and restored.uuid == volume.uuid
    assert [(m.id, m.uuid, m.draft) for m in restored.measurements] == [
        (m.id, m.uuid, m.draft) for m in volume.measurements
    ]
    assert restored.percent_met == volume.percent_met
    assert _count(demo_database, Measurement) == 22
    assert [a[1] for a in _audit(demo_database, "indicator")] == [
        AuditAction.DELETE,
        AuditAction.CREATE,
    ]


def test_measurement_delete_and_restore(
    service: IndicatorsService, demo_database: Database
) -> None:
    days = _by_name(service, "aprobación de planes")
    latest = days.latest
    assert latest is not None
    removed = service.delete_measurement(latest.id)
    after = service.indicator(days.id)
    assert len(after.measurements) == 2
    assert after.latest is not None and after.latest.draft.value == Decimal("140")
    assert after.percent_met == pytest.approx(40 / 120)
    back = service.restore_measurement(removed)
    assert (back.id, back.uuid, back.draft) == (latest.id, latest.uuid, latest.draft)
    assert service.indicator(days.id).percent_met == days.percent_met
    assert [a[1] for a in _audit(demo_database, "measurement")] == [
        AuditAction.DELETE,
        AuditAction.CREATE,
    ]


def test_restoring_a_measurement_of_a_deleted_indicator_is_refused(
    service: IndicatorsService,
) -> None:
    days = _by_name(service, "aprobación de planes")
    assert days.latest is not None
    removed = service.delete_measurement(days.latest.id)
    service.delete_indicator(days.id)
    with pytest.raises(UserError) as refused:
        service.restore_measurement(removed)
    assert refused.value.code == "not_found"
