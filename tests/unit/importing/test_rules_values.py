"""normalize: each quirk partners type, with the status and reason the preview shows."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from agencydesk.domain.enums import ActionStatus, ActorType, AgreementStatus, Gender
from agencydesk.domain.importing.kinds import FieldSpec, ImportKind, ValueType, field_spec
from agencydesk.domain.importing.values import (
    REASONS,
    CellResult,
    CellStatus,
    ValueOptions,
    normalize,
    percent_column_is_fraction,
)
from agencydesk.domain.importing.workbook import CellValue, ExcelError

EMPTY, VALID, CORRECTED, INVALID = (
    CellStatus.EMPTY,
    CellStatus.VALID,
    CellStatus.CORRECTED,
    CellStatus.INVALID,
)
START = field_spec(ImportKind.ACTIONS, "start_date")
BUDGET = field_spec(ImportKind.ACTIONS, "budget")
PROGRESS = field_spec(ImportKind.ACTIONS, "progress_pct")
NAME = field_spec(ImportKind.ORGANIZATIONS, "name")
NOTES = field_spec(ImportKind.ORGANIZATIONS, "notes")
TAX_ID = field_spec(ImportKind.ORGANIZATIONS, "tax_id")
EMAIL = field_spec(ImportKind.ORGANIZATIONS, "email")
WEBSITE = field_spec(ImportKind.ORGANIZATIONS, "website")
MEMBERS = field_spec(ImportKind.ORGANIZATIONS, "members_count")
ACTOR_TYPE = field_spec(ImportKind.ORGANIZATIONS, "actor_type")
VALUE = field_spec(ImportKind.MEASUREMENTS, "value")
ATTENDED = field_spec(ImportKind.ATTENDANCE, "attended")
MARCH_15 = date(2024, 3, 15)


def check(raw: CellValue, spec: FieldSpec, status: CellStatus, value: object, reason: str | None,
          options: ValueOptions | None = None) -> CellResult:  # fmt: skip
    result = normalize(raw, spec, options) if options else normalize(raw, spec)
    assert (result.status, result.value, result.reason) == (status, value, reason), raw
    if reason is not None:
        assert reason in REASONS
    return result


# Empty cells and Excel errors, whatever the field.


@pytest.mark.parametrize("spec", [START, BUDGET, PROGRESS, NAME, EMAIL, ACTOR_TYPE, ATTENDED])
def test_empty_and_error_cells(spec: FieldSpec) -> None:
    for raw in (None, "", "   ", "\t"):
        check(raw, spec, EMPTY, None, None)
    check(ExcelError("#N/A"), spec, INVALID, None, "excel_error")


# Dates.


def test_date_cells() -> None:
    check(MARCH_15, START, VALID, MARCH_15, None)
    check(datetime(2024, 3, 15), START, VALID, MARCH_15, None)
    check(datetime(2024, 3, 15, 10, 30), START, CORRECTED, MARCH_15, "time_dropped")
    check(time(10, 30), START, INVALID, None, "bad_date")
    check(True, START, INVALID, None, "bad_date")


@pytest.mark.parametrize(
    "text",
    [
        "15/03/2024",
        "15-03-2024",
        "15.03.2024",
        "15/3/24",
        " 15/03/2024 ",
        "15/03/2024 00:00",
        "15 de marzo de 2024",
        "15 marzo 2024",
        "15-mar-2024",
        "15-Mar-24",
        "Viernes, 15 de marzo del 2024",
        "15 de março de 2024",
        "March 15, 2024",
        "2024/03/15",
        "20240315",
    ],
)
def test_dates_typed_as_text(text: str) -> None:
    check(text, START, CORRECTED, MARCH_15, "date_from_text")


def test_iso_text_is_already_the_stored_form() -> None:
    check("2024-03-15", START, VALID, MARCH_15, None)
    check("2024-03-15 00:00:00", START, VALID, MARCH_15, None)
    check("2024-03-15T10:30:00", START, CORRECTED, MARCH_15, "time_dropped")


def test_day_first_by_default_and_month_first_on_request() -> None:
    check("03/04/2025", START, CORRECTED, date(2025, 4, 3), "date_from_text")
    month_first = ValueOptions(day_first=False)
    check("04/03/2025", START, CORRECTED, date(2025, 4, 3), "date_from_text", month_first)
    check("03/15/2024", START, CORRECTED, MARCH_15, "date_from_text", month_first)
    # Month first in a day-first file: say so instead of guessing.
    check("03/15/2024", START, INVALID, None, "date_order")
    check("15/03/2024", START, INVALID, None, "date_order", month_first)


def test_two_digit_years_follow_excel() -> None:
    check("1/2/29", START, CORRECTED, date(2029, 2, 1), "date_from_text")
    check("1/2/30", START, CORRECTED, date(1930, 2, 1), "date_from_text")


def test_excel_serials_in_a_date_column() -> None:
    check(45366, START, CORRECTED, MARCH_15, "date_from_serial")
    check(45366.0, START, CORRECTED, MARCH_15, "date_from_serial")
    check(45366.75, START, CORRECTED, MARCH_15, "date_from_serial")
    check("45366", START, CORRECTED, MARCH_15, "date_from_serial")
    check(20240315, START, CORRECTED, MARCH_15, "date_from_text")


@pytest.mark.parametrize("raw", [0, -5, 2024, 2958466, 3e9, float("nan"), 12.5])
def test_implausible_serials_are_refused(raw: float) -> None:
    check(raw, START, INVALID, None, "bad_date")


@pytest.mark.parametrize(
    "text", ["31/02/2024", "2024-02-30", "32/01/2024", "15/13/2024", "hola", "marzo 2024", "15 de"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    check(text, START, INVALID, None, "bad_date")


# Numbers and money.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$ 12.500.000", Decimal("12500000")),  # Chile
        ("S/ 12,500.00", Decimal("12500.00")),  # Peru
        ("S/. 12,500.00", Decimal("12500.00")),
        ("$12,500.00", Decimal("12500.00")),  # Mexico
        ("$1,500.00 M.N.", Decimal("1500.00")),
        ("USD 1,500.50", Decimal("1500.50")),
        ("1.234,56", Decimal("1234.56")),
        ("0,3", Decimal("0.3")),
        ("12 500 000", Decimal("12500000")),
        ("12\u00a0500", Decimal("12500")),
        (" 12500 ", Decimal("12500")),
    ],
)
def test_money_typed_as_text(text: str, value: Decimal) -> None:
    check(text, BUDGET, CORRECTED, value, "number_from_text")


def test_money_plain_values() -> None:
    check("12500", BUDGET, VALID, Decimal("12500"), None)
    check("12500.50", BUDGET, VALID, Decimal("12500.50"), None)
    check(12500, BUDGET, VALID, Decimal("12500"), None)
    check(12500.0, BUDGET, VALID, Decimal("12500"), None)
    check(12500.5, BUDGET, VALID, Decimal("12500.5"), None)
    result = check(12500.555, BUDGET, CORRECTED, Decimal("12500.56"), "rounded")
    assert result.shown() == "12500.56"


def test_a_single_separator_before_three_digits() -> None:
    # Undecided (decimal_comma None): thousands, as Spanish-speaking offices write them.
    check("12.500", BUDGET, CORRECTED, Decimal("12500"), "thousands_assumed")
    check("12,500", BUDGET, CORRECTED, Decimal("12500"), "thousands_assumed")
    # A zero integer part is a decimal.
    check("0.500", BUDGET, VALID, Decimal("0.500"), None)
    # Told by the file's options.
    point = ValueOptions(decimal_comma=False)
    comma = ValueOptions(decimal_comma=True)
    check("12.500", VALUE, VALID, Decimal("12.500"), None, point)
    check("12,500", VALUE, CORRECTED, Decimal("12500"), "number_from_text", point)
    check("12.500", VALUE, CORRECTED, Decimal("12500"), "number_from_text", comma)
    check("12,500", VALUE, CORRECTED, Decimal("12.500"), "number_from_text", comma)
    check("12,5", VALUE, CORRECTED, Decimal("12.5"), "number_from_text", comma)


def test_negative_money_is_refused_but_a_measurement_may_be_negative() -> None:
    check(-5, BUDGET, INVALID, None, "negative")
    check("-$ 1.500", BUDGET, INVALID, None, "negative")
    check("(1.500,00)", BUDGET, INVALID, None, "negative")
    check("-3,5", VALUE, CORRECTED, Decimal("-3.5"), "number_from_text")
    check(-3, VALUE, VALID, Decimal("-3"), None)
    check("(1.500,00)", VALUE, CORRECTED, Decimal("-1500.00"), "number_from_text")


@pytest.mark.parametrize("raw", ["abc", "1.2.3", "12,50,0", "1,234.567,8", "ABC 123", True])
def test_not_numbers(raw: CellValue) -> None:
    check(raw, BUDGET, INVALID, None, "bad_number")
    check(raw, VALUE, INVALID, None, "bad_number")


def test_number_limits() -> None:
    check(1e17, BUDGET, INVALID, None, "out_of_range")
    check(float("inf"), VALUE, INVALID, None, "bad_number")
    check("1,23456", VALUE, CORRECTED, Decimal("1.2346"), "rounded")


def test_integers() -> None:
    check("12", MEMBERS, VALID, 12, None)
    check(12.0, MEMBERS, VALID, 12, None)
    check("1.200", MEMBERS, CORRECTED, 1200, "thousands_assumed")
    check(12.5, MEMBERS, INVALID, None, "not_integer")
    check(-1, MEMBERS, INVALID, None, "negative")
    check("muchos", MEMBERS, INVALID, None, "bad_number")


# Percentages.


def test_percentages() -> None:
    check("45%", PROGRESS, CORRECTED, 45, "number_from_text")
    check(" 45 % ", PROGRESS, CORRECTED, 45, "number_from_text")
    check(45, PROGRESS, VALID, 45, None)
    check("45", PROGRESS, VALID, 45, None)
    check(0.45, PROGRESS, CORRECTED, 45, "percent_scaled")
    check("0,45", PROGRESS, CORRECTED, 45, "percent_scaled")
    check("45,5%", PROGRESS, CORRECTED, 46, "rounded")
    check(100, PROGRESS, VALID, 100, None)
    check(0, PROGRESS, VALID, 0, None)
    check(120, PROGRESS, INVALID, None, "out_of_range")
    check("120%", PROGRESS, INVALID, None, "out_of_range")
    check(-3, PROGRESS, INVALID, None, "out_of_range")


def test_a_percent_formatted_column() -> None:
    column: list[CellValue] = [0.45, 1.0, 0, None, "30%"]
    assert percent_column_is_fraction(column)
    assert not percent_column_is_fraction([45, 0.5])
    assert not percent_column_is_fraction([0, 1, 1])
    fractions = ValueOptions(percent_fractions=True)
    check(1.0, PROGRESS, CORRECTED, 100, "percent_scaled", fractions)
    check("30%", PROGRESS, CORRECTED, 30, "number_from_text", fractions)
    check(0.5, PROGRESS, CORRECTED, 1, "rounded", ValueOptions(percent_fractions=False))


# Identifiers and text.


def test_identifiers() -> None:
    check(76123456.0, TAX_ID, CORRECTED, "76123456", "id_from_number")
    check(20123456789, TAX_ID, CORRECTED, "20123456789", "id_from_number")
    check("0012345678", TAX_ID, VALID, "0012345678", None)
    check("76.123.456-7", TAX_ID, VALID, "76.123.456-7", None)
    check(" 76.123.456-7 ", TAX_ID, CORRECTED, "76.123.456-7", "trimmed")
    check("X" * 41, TAX_ID, INVALID, None, "too_long")
    dni = field_spec(ImportKind.PEOPLE, "national_id")
    check("01234567", dni, VALID, "01234567", None)


def test_text() -> None:
    check("Cooperativa Café Sierra", NAME, VALID, "Cooperativa Café Sierra", None)
    check("  Cooperativa  Café\tSierra ", NAME, CORRECTED, "Cooperativa Café Sierra", "trimmed")
    check("Av. Lima 123\nPucallpa", NAME, CORRECTED, "Av. Lima 123 Pucallpa", "trimmed")
    check("Café\u00a0Sierra", NAME, CORRECTED, "Café Sierra", "trimmed")
    check("Café\x07 Sierra\u200b", NAME, CORRECTED, "Café Sierra", "cleaned")
    check(12.0, NAME, VALID, "12", None)
    check(12.5, NAME, VALID, "12.5", None)
    check(7, NAME, VALID, "7", None)
    check(MARCH_15, NAME, VALID, "2024-03-15", None)


def test_text_beyond_the_column_is_refused_never_cut() -> None:
    check("a" * 300, NAME, VALID, "a" * 300, None)
    check("a" * 301, NAME, INVALID, None, "too_long")
    check("a" * 10_000, NOTES, VALID, "a" * 10_000, None)


def test_long_text_keeps_its_lines() -> None:
    check("Primera línea\nSegunda", NOTES, VALID, "Primera línea\nSegunda", None)
    check("Uno_x000D_\nDos", NOTES, VALID, "Uno\nDos", None)
    check("Uno\r\nDos", NOTES, VALID, "Uno\nDos", None)
    check(" Uno  dos \n  tres\n", NOTES, CORRECTED, "Uno dos\ntres", "trimmed")
    check("_x005F_x000D_", NOTES, VALID, "_x000D_", None)  # an escaped escape stays literal
    check("Uno_x000D_Dos", NAME, CORRECTED, "Uno Dos", "trimmed")


# E-mail and web.


def test_emails() -> None:
    check("ana.perez@cafe.pe", EMAIL, VALID, "ana.perez@cafe.pe", None)
    check(" Ana@Cafe.pe ", EMAIL, CORRECTED, "Ana@Cafe.pe", "trimmed")
    check("mailto:ana@cafe.pe", EMAIL, CORRECTED, "ana@cafe.pe", "trimmed")
    check("<ana@cafe.pe>", EMAIL, CORRECTED, "ana@cafe.pe", "trimmed")
    check("ana@cafe.pe; luis@cafe.pe", EMAIL, CORRECTED, "ana@cafe.pe", "email_first_kept")
    check("ana@cafe.pe / luis@cafe.pe", EMAIL, CORRECTED, "ana@cafe.pe", "email_first_kept")
    for bad in ("ana", "ana@cafe", "ana @cafe.pe x", 12):
        check(bad, EMAIL, INVALID, None, "bad_email")


def test_websites() -> None:
    check("www.cafe.pe", WEBSITE, VALID, "www.cafe.pe", None)
    check("https://cafe.pe/nosotros", WEBSITE, VALID, "https://cafe.pe/nosotros", None)
    check("no tiene", WEBSITE, INVALID, None, "bad_url")


# Choices and yes/no.


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("privado ", ActorType.PRIVATE),
        ("Privado", ActorType.PRIVATE),
        ("PÚBLICO", ActorType.PUBLIC),
        ("Sector público", ActorType.PUBLIC),
        ("Municipalidad", ActorType.PUBLIC),
        ("Gobierno", ActorType.PUBLIC),
        ("Empresa", ActorType.PRIVATE),
        ("Cooperativa", ActorType.PRIVATE),
        ("Gremio", ActorType.PRIVATE),
        ("Universidad", ActorType.ACADEMIA),
        ("Sociedad civil", ActorType.CIVIL_SOCIETY),
        ("ONG", ActorType.CIVIL_SOCIETY),
        ("A.C.", ActorType.CIVIL_SOCIETY),
        ("Cooperación internacional", ActorType.INTERNATIONAL),
        ("civil society", ActorType.CIVIL_SOCIETY),
        ("CIVIL_SOCIETY", ActorType.CIVIL_SOCIETY),
    ],
)
def test_actor_types_from_the_words_users_type(text: str, member: ActorType) -> None:
    result = check(text, ACTOR_TYPE, CORRECTED, member, "choice_from_synonym")
    assert result.shown() == member.value


def test_choices() -> None:
    check("civil_society", ACTOR_TYPE, VALID, ActorType.CIVIL_SOCIETY, None)
    check("Marciano", ACTOR_TYPE, INVALID, None, "unknown_choice")
    check(3, ACTOR_TYPE, INVALID, None, "unknown_choice")
    status = field_spec(ImportKind.ACTIONS, "status")
    check("En ejecución", status, CORRECTED, ActionStatus.IN_PROGRESS, "choice_from_synonym")
    check("Retrasada", status, CORRECTED, ActionStatus.DELAYED, "choice_from_synonym")
    check("done", status, VALID, ActionStatus.DONE, None)
    agreement = field_spec(ImportKind.AGREEMENTS, "status")
    check("Cumplido", agreement, CORRECTED, AgreementStatus.DONE, "choice_from_synonym")
    check("Pendiente", agreement, CORRECTED, AgreementStatus.OPEN, "choice_from_synonym")
    gender = field_spec(ImportKind.PEOPLE, "gender")
    check("F", gender, CORRECTED, Gender.FEMALE, "choice_from_synonym")
    check("Masculino", gender, CORRECTED, Gender.MALE, "choice_from_synonym")


@pytest.mark.parametrize(
    "text", ["Sí", "Si", "SI", "X", "x", "✓", "Yes", "Sim", "Asistió", "Presente"]
)
def test_yes(text: str) -> None:
    check(text, ATTENDED, CORRECTED, True, "bool_from_text")


@pytest.mark.parametrize("text", ["No", "NO", "Ausente", "Falso", "Não"])
def test_no(text: str) -> None:
    check(text, ATTENDED, CORRECTED, False, "bool_from_text")


def test_plain_booleans() -> None:
    check(True, ATTENDED, VALID, True, None)
    check(False, ATTENDED, VALID, False, None)
    check(1, ATTENDED, VALID, True, None)
    check(0.0, ATTENDED, VALID, False, None)
    check("true", ATTENDED, VALID, True, None)
    check("0", ATTENDED, VALID, False, None)
    check("Quizás", ATTENDED, INVALID, None, "bad_bool")
    check(2, ATTENDED, INVALID, None, "bad_bool")


# What the preview and the report show.


def test_shown_is_the_stored_value_as_text() -> None:
    assert normalize("15/03/2024", START).shown() == "2024-03-15"
    assert normalize("$ 12.500.000", BUDGET).shown() == "12500000"
    assert normalize("45%", PROGRESS).shown() == "45"
    assert normalize("privado ", ACTOR_TYPE).shown() == "private"
    assert normalize("Sí", ATTENDED).shown() == "true"
    assert normalize(None, NAME).shown() == ""
    assert normalize("abc", BUDGET).shown() == ""


def test_every_type_has_a_rule() -> None:
    for value_type in ValueType:
        spec = FieldSpec("x", value_type, enum=ActorType if value_type is ValueType.ENUM else None)
        assert normalize("x", spec).status in CellStatus
