"""Matching keys (organizations, people, tax ids, e-mails) and rows that are not data."""

from __future__ import annotations

import pytest

from agencydesk.domain.importing.names import (
    email_key,
    is_blank_row,
    is_total_row,
    organization_key,
    person_key,
    tax_key,
)
from agencydesk.domain.importing.workbook import ExcelError


@pytest.mark.parametrize(
    "name",
    [
        "Cooperativa Café Sierra S.C. de R.L.",
        "COOPERATIVA CAFE SIERRA",
        "Cooperativa Café Sierra, S.C.",
        "Cooperativa  Café-Sierra SC de RL de CV",
        "cooperativa cafe sierra s. de r.l. de c.v.",
        "Cooperativa Café Sierra S.P.R. de R.L.",
    ],
)
def test_organization_key_ignores_legal_forms(name: str) -> None:
    assert organization_key(name) == "cooperativa cafe sierra"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Agroexportadora del Sur S.A.", "agroexportadora del sur"),
        ("Agroexportadora del Sur S.A. de C.V.", "agroexportadora del sur"),
        ("Maderas Ucayali S.A.C.", "maderas ucayali"),
        ("Maderas Ucayali SAA", "maderas ucayali"),
        ("Transportes Pucallpa E.I.R.L.", "transportes pucallpa"),
        ("Transportes Pucallpa EIRL", "transportes pucallpa"),
        ("Servicios Forestales S.R.L.", "servicios forestales"),
        ("Viña Los Andes SpA", "vina los andes"),
        ("Viña Los Andes S.p.A.", "vina los andes"),
        ("Comercial Pérez Ltda.", "comercial perez"),
        ("Comercial Pérez Limitada", "comercial perez"),
        ("Comercial Pérez & Cía.", "comercial perez"),
        ("Comercial Pérez y Cía. Ltda.", "comercial perez"),
        ("Café Tech S.A.S.", "cafe tech"),
        ("Red de Mujeres Rurales A.C.", "red de mujeres rurales"),
        ("Global Coffee Inc.", "global coffee"),
        ("Global Coffee LLC", "global coffee"),
        ("Global Coffee Ltd.", "global coffee"),
        ("Fundación Ayuda S.C.", "fundacion ayuda"),
    ],
)
def test_organization_key_legal_forms(name: str, key: str) -> None:
    assert organization_key(name) == key


def test_organization_key_never_strips_a_name_to_nothing() -> None:
    assert organization_key("S.A.") == "sa"
    assert organization_key("SpA") == "spa"
    assert organization_key(None) == organization_key("") == ""


def test_organization_key_keeps_words_that_only_look_like_forms_inside() -> None:
    assert organization_key("Sacha Inca Café") == "sacha inca cafe"
    assert organization_key("Universidad Nacional de Ucayali") == "universidad nacional de ucayali"


def test_tax_key() -> None:
    assert tax_key("76.123.456-7") == "761234567"
    assert tax_key(" 76123456-7 ") == "761234567"
    assert tax_key("RUC 20123456789") == "20123456789"
    assert tax_key("RUT: 12.345.678-k") == "12345678K"
    assert tax_key("NIT N° 900.123.456-1") == "9001234561"
    assert tax_key("xaxx-010101-000") == "XAXX010101000"
    assert tax_key("RFC") == "RFC"  # a label alone is kept: it is all there is
    assert tax_key(None) == tax_key("") == ""


def test_email_and_person_keys() -> None:
    assert email_key("  Ana.Perez@Cafe.PE ") == "ana.perez@cafe.pe"
    assert email_key("mailto:ana@cafe.pe") == "ana@cafe.pe"
    assert email_key(None) == ""
    assert person_key("José  Núñez-Pérez") == person_key("JOSE NUNEZ PEREZ") == "jose nunez perez"
    assert person_key(None) == ""


@pytest.mark.parametrize(
    "row",
    [
        ["TOTAL", None, None, 12500000],
        ["TOTAL"],  # a totals label alone (the sums elsewhere or left out)
        ["Total general", 25, "$ 12.500.000"],
        ["Totales", 3.5],
        [None, "Total:", 100],
        ["Suma", 1, 2, 3],
        ["  total general  ", "45%", ExcelError("#REF!")],
    ],
)
def test_total_rows(row: list[object]) -> None:
    assert is_total_row(row)


@pytest.mark.parametrize(
    "row",
    [
        ["Total", "Av. Lima 123", "Privado"],  # an organization named "Total"
        ["Cooperativa", 12],
        [None, None],
        [],
        [12, "Total"],
    ],
)
def test_rows_that_are_not_totals(row: list[object]) -> None:
    assert not is_total_row(row)


def test_blank_rows() -> None:
    assert is_blank_row([])
    assert is_blank_row([None, "", "  ", "\t"])
    assert not is_blank_row([None, 0])
    assert not is_blank_row(["", "x"])
    assert not is_blank_row([ExcelError("#N/A")])
