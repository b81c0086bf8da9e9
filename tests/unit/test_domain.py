"""Plain-Python rules: text folding, field validation, user errors, progress and cancel."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest

from agencydesk.domain.enums import ActorType, GovernmentLevel
from agencydesk.domain.errors import ENGLISH, InUseError, UserError, ValidationError
from agencydesk.domain.progress import Cancelled, CancelToken, no_progress
from agencydesk.domain.records import OrganizationDraft, PersonDraft, coded_name
from agencydesk.domain.text import fold, search_terms
from agencydesk.domain.validation import (
    MAX_NAME,
    check_email,
    check_members,
    check_name,
    check_not_future,
    check_required,
    check_website,
    clean_organization,
    organization_errors,
    person_errors,
    validate_organization,
    validate_person,
)

# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("José Núñez", "jose nunez"),
        ("  ÁLAMO   de  la   Sierra ", "alamo de la sierra"),
        ("Ñandú", "nandu"),
        ("Municipalidad\tde\nCusco", "municipalidad de cusco"),
        ("São Paulo", "sao paulo"),
        ("Çatalhöyük", "catalhoyuk"),
        # A character that stays ("°") beside accents: the same key every time it is met.
        ("Asociación N° 5", "asociacion n° 5"),
        ("Comité N° 12 – Cañete", "comite n° 12 – canete"),
        # Marks outside the Latin block (Guaraní's g̃ is g + U+0303; U+20D7 is a symbol mark).
        ("Mba'apo g̃uasu", "mba'apo guasu"),
        ("Vector a\u20d7 b\u20d7", "vector a b"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(raw: str | None, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_makes_accented_and_plain_names_equal_sort_keys() -> None:
    assert fold("Álamo") == fold("alamo") == fold("ALAMO")
    assert sorted(["Alberto", "Álamo", "Alameda"], key=fold) == ["Alameda", "Álamo", "Alberto"]


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("jose", ["jose"]),
        ("José Núñez", ["jose", "nunez"]),
        ("NÚÑEZ", ["nunez"]),
        ("  coop.   agraria ", ["coop", "agraria"]),
        ("76.123.456-7", ["76", "123", "456", "7"]),
        ("ana@muni.gob.pe", ["ana", "muni", "gob", "pe"]),
        ('"AND" OR * (x)', ["and", "or", "x"]),
        ("", []),
        (None, []),
        ("¡¿!?", []),
    ],
)
def test_search_terms(query: str | None, terms: list[str]) -> None:
    assert search_terms(query) == terms


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("Junta Nº 12", ["junta", "nº", "12"]),
        ("1ª Región", ["1ª", "region"]),
        ("Straße", ["straße"]),
    ],
)
def test_search_terms_keep_the_characters_the_index_keeps(query: str, terms: list[str]) -> None:
    # The FTS5 tokenizer keeps "º", "ª" and "ß" as they are; folding them to "o", "a", "ss"
    # (as NFKD and casefold do) made "Nº 12" unfindable by what the user sees on screen.
    assert search_terms(query) == terms


# --- validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "email",
    [
        "ana@muni.gob.pe",
        "jose.nunez+mesa@corfo.cl",
        "x@y.co",
        "  ana@muni.gob.mx  ",
        "ñandu@ong.org",
    ],
)
def test_valid_emails(email: str) -> None:
    assert check_email(email) is None


@pytest.mark.parametrize(
    "email",
    ["ana", "ana@", "@muni.pe", "ana@muni", "ana muni@x.pe", "ana@@muni.pe", "ana@muni.pe."],
)
def test_invalid_emails(email: str) -> None:
    assert check_email(email) == "bad_email"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_email_and_website_are_allowed(empty: str | None) -> None:
    assert check_email(empty) is None
    assert check_website(empty) is None


def test_websites() -> None:
    assert check_website("https://www.muni.gob.pe/desarrollo") is None
    assert check_website("corfo.cl") is None
    assert check_website("not a site") == "bad_url"
    assert check_website("http://") == "bad_url"


@pytest.mark.parametrize("name", [None, "", "   ", "\t\n"])
def test_name_is_required(name: str | None) -> None:
    assert check_required(name) == "required"
    assert check_name(name) == "required"


def test_name_length() -> None:
    assert check_name("x" * MAX_NAME) is None
    assert check_name("x" * (MAX_NAME + 1)) == "too_long"
    assert check_name("  " + "x" * MAX_NAME + "  ") is None  # surrounding spaces are trimmed


def test_dates_in_the_future_are_refused() -> None:
    today = date(2025, 6, 15)
    assert check_not_future(None, today) is None
    assert check_not_future(today, today) is None
    assert check_not_future(today - timedelta(days=1), today) is None
    assert check_not_future(today + timedelta(days=1), today) == "future_date"
    assert check_not_future(date.today() + timedelta(days=1)) == "future_date"


def test_members_count() -> None:
    assert check_members(None) is None
    assert check_members(0) is None
    assert check_members(-1) == "negative"


def test_organization_errors_name_each_bad_field() -> None:
    draft = OrganizationDraft(
        name=" ",
        email="nope",
        website="nope",
        members_count=-3,
        registered_on=date.today() + timedelta(days=2),
    )
    assert organization_errors(draft) == {
        "name": "required",
        "email": "bad_email",
        "website": "bad_url",
        "members_count": "negative",
        "registered_on": "future_date",
    }


def test_validate_organization_trims_and_drops_empty_text() -> None:
    cleaned = validate_organization(
        OrganizationDraft(name="  Cámara de Comercio  ", short_name="  ", sector=" Turismo ")
    )
    assert cleaned.name == "Cámara de Comercio"
    assert cleaned.short_name is None
    assert cleaned.sector == "Turismo"


def test_validate_organization_raises_validation_error_with_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_organization(OrganizationDraft(name="\t", email="bad"))
    assert caught.value.fields == {"name": "required", "email": "bad_email"}
    assert caught.value.code == "invalid_fields"
    assert str(caught.value) == "Some fields are not valid: email, name."


@pytest.mark.parametrize(
    "actor_type",
    [ActorType.PRIVATE, ActorType.ACADEMIA, ActorType.CIVIL_SOCIETY, ActorType.INTERNATIONAL],
)
def test_non_public_actor_drops_government_level(actor_type: ActorType) -> None:
    draft = OrganizationDraft(
        name="Org", actor_type=actor_type, government_level=GovernmentLevel.LOCAL
    )
    assert clean_organization(draft).government_level is None


def test_public_actor_keeps_government_level() -> None:
    draft = OrganizationDraft(
        name="Muni", actor_type=ActorType.PUBLIC, government_level=GovernmentLevel.LOCAL
    )
    assert clean_organization(draft).government_level is GovernmentLevel.LOCAL


def test_public_actor_given_as_plain_code_keeps_government_level() -> None:
    # Drafts built from an import mapping or a JSON file carry plain codes, not enum members.
    draft = OrganizationDraft(name="Muni", actor_type="public", government_level="local")  # type: ignore[arg-type]
    assert clean_organization(draft).government_level == "local"
    private = OrganizationDraft(name="SA", actor_type="private", government_level="local")  # type: ignore[arg-type]
    assert clean_organization(private).government_level is None


def test_person_rules() -> None:
    assert person_errors(PersonDraft(full_name="Rosa Quispe")) == {}
    assert person_errors(PersonDraft(full_name="", email="x")) == {
        "full_name": "required",
        "email": "bad_email",
    }


def test_consent_date_needs_a_purpose() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person(PersonDraft(full_name="Rosa", consent_on=date(2025, 1, 10)))
    assert caught.value.fields == {"consent_purpose": "required"}
    # A purpose of blanks is no purpose: it is cleaned to None first.
    with pytest.raises(ValidationError) as caught:
        validate_person(
            PersonDraft(full_name="Rosa", consent_on=date(2025, 1, 10), consent_purpose="  ")
        )
    assert caught.value.fields == {"consent_purpose": "required"}
    ok = validate_person(
        PersonDraft(
            full_name=" Rosa ", consent_on=date(2025, 1, 10), consent_purpose=" Convocatorias "
        )
    )
    assert (ok.full_name, ok.consent_purpose) == ("Rosa", "Convocatorias")


def test_consent_date_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person(
            PersonDraft(
                full_name="Rosa",
                consent_on=date.today() + timedelta(days=1),
                consent_purpose="Mesa",
            )
        )
    assert caught.value.fields == {"consent_on": "future_date"}


def test_person_national_id_keeps_leading_zeros() -> None:
    assert validate_person(PersonDraft(full_name="Rosa", national_id=" 00123456 ")).national_id == (
        "00123456"
    )


# --- errors ----------------------------------------------------------------------------------


def test_user_error_formats_its_english_sentence() -> None:
    error = UserError("db_newer", path="/x/agencydesk.sqlite3", found="0007", known="0001")
    assert str(error) == (
        "The database /x/agencydesk.sqlite3 was written by a newer version of AgencyDesk "
        "(schema 0007, this version knows up to 0001). Update AgencyDesk to open it."
    )
    assert error.code == "db_newer"
    assert error.params == {"path": "/x/agencydesk.sqlite3", "found": "0007", "known": "0001"}
    assert repr(error) == (
        "UserError('db_newer', {'path': '/x/agencydesk.sqlite3', 'found': '0007', 'known': '0001'})"
    )


def test_user_error_with_missing_params_shows_the_template() -> None:
    assert str(UserError("not_found")) == ENGLISH["not_found"]


def test_unknown_code_shows_the_code() -> None:
    assert str(UserError("something_new", x=1)) == "something_new"


def test_every_english_template_formats_with_its_own_fields() -> None:
    for code, template in ENGLISH.items():
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        message = str(UserError(code, **{n: f"<{n}>" for n in names}))
        assert "{" not in message, code
        for n in names:
            assert f"<{n}>" in message, code


def test_in_use_error_summarises_usages() -> None:
    error = InUseError("organization", "Municipalidad de Cusco", {"people": 2, "participations": 1})
    assert error.code == "in_use"
    assert error.usages == {"people": 2, "participations": 1}
    assert str(error) == (
        "Municipalidad de Cusco cannot be deleted: it is used by 2 people, 1 participations."
    )
    assert isinstance(error, UserError)


# --- progress and cancel ---------------------------------------------------------------------


def test_cancel_token() -> None:
    token = CancelToken()
    assert not token.cancelled
    token.check()  # does nothing while not cancelled
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled):
        token.check()


def test_no_progress_accepts_reports() -> None:
    assert no_progress(1, 10, "rows") is None


# --- plan progress ---------------------------------------------------------------------------


def test_plan_progress_is_the_mean_of_live_actions_with_done_as_full() -> None:
    from agencydesk.domain.enums import ActionStatus as S
    from agencydesk.domain.plan_progress import plan_progress

    assert plan_progress([]) is None
    assert plan_progress([(S.CANCELLED, 40)]) is None
    assert plan_progress([(S.NOT_STARTED, 0), (S.IN_PROGRESS, 50)]) == 25
    # Done counts as 100 even if the field lagged; cancelled is left out.
    assert plan_progress([(S.DONE, 80), (S.IN_PROGRESS, 50), (S.CANCELLED, 0)]) == 75
    assert plan_progress([("delayed", None), ("in_progress", 150)]) == 50


def test_coded_name_puts_the_code_before_the_title_when_there_is_one() -> None:
    assert coded_name("CB-03", "Guías de transporte") == "CB-03 Guías de transporte"
    assert coded_name("A1.2", "Aprobar planes") == "A1.2 Aprobar planes"
    assert coded_name(None, "Sin código") == coded_name("", "Sin código") == "Sin código"
