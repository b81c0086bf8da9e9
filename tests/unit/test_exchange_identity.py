"""Who a person of a received file is: an e-mail shared by an office (a municipality's mesa de
partes, an NGO's apoyo@) does not make two officials one person; names that agree still do."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_support import Office, merged_views
from sqlalchemy import text

from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.attendance import Invitee
from agencydesk.domain.records import OrganizationDraft, PersonDraft
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.attendance import AttendanceService

SHARED = "mesadepartes@munichiclayo.gob.pe"
ROSA = "Rosa Quispe Mamani"
JORGE = "Jorge Villanueva Díaz"
MUNI = "Municipalidad Provincial de Chiclayo"
MEETING_TITLE = "Tercera sesión: financiamiento y mercados de la madera"  # held: editable


def _municipality(office: Office) -> int:
    return office.actors.create_organization(OrganizationDraft(MUNI)).id


def _attendance_and_agreement(office: Office, person: str) -> None:
    meeting = office.scalar("SELECT id FROM meetings WHERE title = :t", t=MEETING_TITLE)
    person_id, org_id = office.person_id(person), office.org_id(MUNI)
    AttendanceService(office.db.uow, lambda: office.name).invite(
        meeting, [Invitee(person_id, org_id)]
    )
    AgreementsService(office.db.uow, lambda: office.name).create(
        AgreementDraft(
            meeting_id=meeting,
            text=f"Encargo de {person}",
            responsible_org_id=org_id,
            responsible_person_id=person_id,
        )
    )


def _links_by_name(office: Office) -> tuple[list[str], dict[str, str]]:
    """Who attended the meeting with the shared e-mail; each "Encargo de X" agreement's
    responsible person."""
    with office.db.uow() as s:
        attended = s.execute(
            text(
                "SELECT p.full_name FROM attendances t JOIN people p ON p.id = t.person_id "
                "JOIN meetings m ON m.id = t.meeting_id WHERE m.title = :t AND p.email = :e "
                "ORDER BY p.full_name"
            ),
            {"t": MEETING_TITLE, "e": SHARED},
        ).scalars()
        responsible = s.execute(
            text(
                "SELECT a.text, p.full_name FROM agreements a "
                "JOIN people p ON p.id = a.responsible_person_id WHERE a.text LIKE 'Encargo de %'"
            )
        ).all()
        return list(attended), {r[0]: r[1] for r in responsible}


@pytest.mark.parametrize("known", [ROSA, JORGE])
def test_two_officials_sharing_an_office_email_stay_two_people(
    offices: tuple[Office, Office], tmp_path: Path, known: str
) -> None:
    """A has both officials, the one B does not know first (so the e-mail would find B's
    official for them); B typed in one of them itself."""
    a, b = offices
    other = JORGE if known == ROSA else ROSA
    muni_a = _municipality(a)
    for name in (other, known):
        a.actors.create_person(PersonDraft(name, organization_id=muni_a, email=SHARED))
        _attendance_and_agreement(a, name)
    ours = b.actors.create_person(
        PersonDraft(known, organization_id=_municipality(b), email=SHARED)
    ).uuid
    people_before = b.count("people")

    result = a.send(b, tmp_path)

    assert b.count("people") == people_before + 1
    assert b.scalar("SELECT full_name FROM people WHERE uuid = :u", u=ours) == known
    assert b.scalar("SELECT count(*) FROM people WHERE email = :e", e=SHARED) == 2
    matched = {(n.table, n.label) for n in result.notes if n.kind == "matched"}
    assert ("people", known) in matched
    assert ("people", other) not in matched
    expected = {f"Encargo de {ROSA}": ROSA, f"Encargo de {JORGE}": JORGE}
    assert _links_by_name(b) == (sorted([JORGE, ROSA]), expected)

    # Back to A, and once more: both converge, still two people, nothing moves again.
    b.send(a, tmp_path)
    again = a.send(b, tmp_path).totals()
    assert (again.created, again.updated, again.conflicts) == (0, 0, 0)
    view_a, view_b = merged_views(a, b)
    assert view_a == view_b
    assert _links_by_name(a) == (sorted([JORGE, ROSA]), expected)


@pytest.mark.parametrize(
    ("ours", "theirs", "people"),
    [
        (("José Pérez", None), ("José Pérez Rojas", None), 1),  # one name within the other
        (("Pérez Rojas, José", None), ("JOSE PEREZ", None), 1),  # order, accents, case
        (("—", None), (ROSA, None), 1),  # no name here (only the e-mail was typed)
        ((ROSA, None), ("-", None), 1),  # no name there
        ((ROSA, None), (JORGE, None), 2),  # the shared mesa de partes
        (("José Pérez", "40123456"), ("José Pérez", "40999999"), 2),  # other national ids
    ],
)
def test_an_email_decides_only_when_the_names_agree(
    empty_offices: tuple[Office, Office],
    tmp_path: Path,
    ours: tuple[str, str | None],
    theirs: tuple[str, str | None],
    people: int,
) -> None:
    a, b = empty_offices
    b.actors.create_person(PersonDraft(ours[0], national_id=ours[1], email=SHARED))
    # Another organization there: the name in the same organization does not decide.
    theirs_org = a.actors.create_organization(OrganizationDraft(MUNI)).id
    a.actors.create_person(
        PersonDraft(theirs[0], national_id=theirs[1], organization_id=theirs_org, email=SHARED)
    )

    result = a.send(b, tmp_path)

    assert b.count("people") == people
    assert result.counts["people"].created == people - 1
    if people == 1:  # ours kept, under its name
        assert b.scalar("SELECT full_name FROM people") == ours[0]
        assert [(n.kind, n.table) for n in result.notes] == [("matched", "people")]


CAFETALERA = "Cafetalera Los Altos"


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        ((f"{CAFETALERA} S.A.", None), (CAFETALERA, None)),
        ((f"{CAFETALERA} S.A.C.", None), (CAFETALERA, None)),
        ((f"{CAFETALERA} A.C.", None), (CAFETALERA, None)),
        ((f"{CAFETALERA} SpA", None), (CAFETALERA, None)),
        ((f"{CAFETALERA} Ltda.", None), (f"{CAFETALERA.upper()} S.A.", None)),
        (("Cafetalera los Altos, S. de R.L. de C.V.", "20601234567"), (CAFETALERA, None)),
        ((f"{CAFETALERA} S.A.", None), (CAFETALERA, "20601234567")),
        ((CAFETALERA, None), (f"{CAFETALERA} S.A.", None)),
    ],
    ids=[
        "S.A.",
        "S.A.C.",
        "A.C.",
        "SpA",
        "Ltda. and S.A.",
        "tax id there",
        "tax id here",
        "S.A. here",
    ],
)
def test_a_legal_form_written_in_one_office_only_is_one_organization(
    empty_offices: tuple[Office, Office],
    tmp_path: Path,
    theirs: tuple[str, str | None],
    ours: tuple[str, str | None],
) -> None:
    """The names compared as the spreadsheet import compares them (organization_key), with no
    tax id that says otherwise (a tax id on one side only)."""
    a, b = empty_offices
    theirs_org = a.actors.create_organization(OrganizationDraft(theirs[0], tax_id=theirs[1])).id
    a.actors.create_person(PersonDraft(ROSA, organization_id=theirs_org))
    ours_org = b.actors.create_organization(OrganizationDraft(ours[0], tax_id=ours[1]))

    result = a.send(b, tmp_path)

    assert b.count("organizations") == 1
    assert result.counts["organizations"].created == 0
    assert ("matched", "organizations") in {(n.kind, n.table) for n in result.notes}
    # A's official works in our organization, not in a second one.
    assert b.scalar("SELECT organization_id FROM people") == ours_org.id
    assert b.aliases() == {a.scalar("SELECT uuid FROM organizations"): ours_org.uuid}

    # Back and forth: one organization in both, the same record, nothing left to move.
    b.send(a, tmp_path)
    again = a.send(b, tmp_path).totals()
    assert (again.created, again.updated, again.conflicts) == (0, 0, 0)
    assert a.count("organizations") == 1
    view_a, view_b = merged_views(a, b)
    assert view_a == view_b


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        # Two different tax ids are two organizations, whatever their names.
        ((f"{CAFETALERA} S.A.", "20601234567"), (CAFETALERA, "20609999999")),
        # A legal form is no part of the name, but the rest of it is.
        ((f"{CAFETALERA} S.A.", None), ("Cafetalera Los Altos del Norte", None)),
        ((f"{CAFETALERA} S.A.", None), ("Cafetalera Los Bajos S.A.", None)),
    ],
    ids=["other tax ids", "a longer name", "another name"],
)
def test_organizations_whose_names_or_tax_ids_differ_stay_two(
    empty_offices: tuple[Office, Office],
    tmp_path: Path,
    theirs: tuple[str, str | None],
    ours: tuple[str, str | None],
) -> None:
    a, b = empty_offices
    a.actors.create_organization(OrganizationDraft(theirs[0], tax_id=theirs[1]))
    b.actors.create_organization(OrganizationDraft(ours[0], tax_id=ours[1]))

    result = a.send(b, tmp_path)

    assert b.count("organizations") == 2
    assert result.counts["organizations"].created == 1
    assert not [n for n in result.notes if n.kind == "matched"]


SA, EIRL = f"{CAFETALERA} S.A.", f"{CAFETALERA} E.I.R.L."


def _org_rows(office: Office) -> dict[str, tuple[str, str | None]]:
    """Each organization's name → (uuid, phone)."""
    with office.db.uow() as s:
        rows = s.execute(text("SELECT name, uuid, phone FROM organizations"))
        return {r[0]: (r[1], r[2]) for r in rows}


@pytest.mark.parametrize(("theirs", "other"), [(EIRL, SA), (SA, EIRL)], ids=["E.I.R.L.", "S.A."])
def test_an_exact_name_wins_over_a_name_without_its_legal_form(
    empty_offices: tuple[Office, Office], tmp_path: Path, theirs: str, other: str
) -> None:
    """B has both companies, the other one first (the first record a looser name finds); the
    file's company is the one of the same name, whose phone it gets; the other is untouched
    and stays a record of its own."""
    a, b = empty_offices
    sent = a.actors.create_organization(OrganizationDraft(theirs, phone="+51 76 36 0000")).uuid
    untouched = b.actors.create_organization(OrganizationDraft(other)).uuid
    same = b.actors.create_organization(OrganizationDraft(theirs)).uuid

    result = a.send(b, tmp_path)

    assert _org_rows(b) == {theirs: (same, "+51 76 36 0000"), other: (untouched, None)}
    assert b.aliases() == {sent: same}
    assert result.counts["organizations"].created == 0
    assert [(n.kind, n.label) for n in result.notes] == [("matched", theirs)]

    # Back: A receives the other company as new; both offices hold the same two records.
    b.send(a, tmp_path)
    assert sorted(_org_rows(a)) == sorted([SA, EIRL])
    again = a.send(b, tmp_path).totals()
    assert (again.created, again.updated, again.conflicts) == (0, 0, 0)
    view_a, view_b = merged_views(a, b)
    assert view_a == view_b


@pytest.mark.parametrize("where_both", ["here", "there"])
def test_a_name_without_its_legal_form_that_fits_two_companies_matches_neither(
    empty_offices: tuple[Office, Office], tmp_path: Path, where_both: str
) -> None:
    """ "Cafetalera Los Altos" with both an S.A. and an E.I.R.L. on the other side (ours, or
    the file's): which of the two it is cannot be told, so it is a record of its own."""
    a, b = empty_offices
    both, one = (b, a) if where_both == "here" else (a, b)
    for name in (SA, EIRL):
        both.actors.create_organization(OrganizationDraft(name))
    one.actors.create_organization(OrganizationDraft(CAFETALERA, phone="+51 76 36 0000"))

    result = a.send(b, tmp_path)

    assert b.count("organizations") == 3
    assert result.counts["organizations"].created == (1 if where_both == "here" else 2)
    assert not [n for n in result.notes if n.kind == "matched"]
    assert b.aliases() == {}
    phones = {name: phone for name, (_uuid, phone) in _org_rows(b).items()}
    assert phones == {SA: None, EIRL: None, CAFETALERA: "+51 76 36 0000"}


@pytest.mark.parametrize("first", [EIRL, CAFETALERA])
def test_a_name_without_its_legal_form_is_the_one_company_left_unmatched(
    empty_offices: tuple[Office, Office], tmp_path: Path, first: str
) -> None:
    """The file has the E.I.R.L. and "Cafetalera Los Altos"; B has the E.I.R.L. and the S.A.:
    the E.I.R.L. takes its namesake, and "Cafetalera Los Altos" the one record its name fits
    then, the S.A., whichever of the two rows comes first in the file."""
    a, b = empty_offices
    for name in (first, CAFETALERA if first == EIRL else EIRL):
        a.actors.create_organization(OrganizationDraft(name))
    ours = {name: b.actors.create_organization(OrganizationDraft(name)).uuid for name in (SA, EIRL)}
    theirs = {name: uuid for name, (uuid, _phone) in _org_rows(a).items()}

    result = a.send(b, tmp_path)

    assert b.count("organizations") == 2
    assert b.aliases() == {theirs[EIRL]: ours[EIRL], theirs[CAFETALERA]: ours[SA]}
    assert result.counts["organizations"].created == 0
