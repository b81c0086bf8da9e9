"""Exchange between offices: two databases from the demo, edited apart, exchanged both ways.

Office A and office B each start from the demo data (two copies of one file: the same
records, the same uuids, two database ids). Then, apart: A changes one organization, B one
person; both change the same organization differently (the conflict); both add an agreement
to the same meeting (the same next number); both type in the same new cooperative (same tax
id, written differently), each with other details. Files go A → B, B → A, A → B.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from exchange_support import Office, merged_views, rewrite
from sqlalchemy import text

from agencydesk.domain.agreements import AgreementDraft
from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import OrganizationDraft, PersonDraft
from agencydesk.services.agreements import AgreementsService
from agencydesk.services.exchange import Decision

CONFLICTED = "H. Ayuntamiento de Huixtla"
ONLY_A = "H. Ayuntamiento de Tapachula"
MEETING_TITLE = "Tercera sesión: financiamiento y mercados de la madera"  # held: editable
COOP = "Cooperativa Agraria Los Andes"


def _agreement(office: Office, text_: str) -> str:
    meeting_id = office.scalar("SELECT id FROM meetings WHERE title = :t", t=MEETING_TITLE)
    service = AgreementsService(office.db.uow, lambda: office.name)
    return service.create(AgreementDraft(meeting_id=meeting_id, text=text_)).uuid


def _edit_apart(a: Office, b: Office) -> dict[str, str]:
    person = b.scalar("SELECT full_name FROM people ORDER BY id LIMIT 1")
    a.edit_org(ONLY_A, phone="+52 962 000 0001")
    b.edit_person(person, position="Jefa de fomento productivo")
    a.edit_org(CONFLICTED, phone="+52 964 111 1111", website="huixtla.gob.mx")
    b.edit_org(CONFLICTED, phone="+52 964 222 2222", email="desarrollo@huixtla.gob.mx")
    agreement_a = _agreement(a, "La oficina A enviará el padrón de productores.")
    agreement_b = _agreement(b, "La oficina B convocará a la banca de desarrollo.")
    a.actors.create_organization(
        OrganizationDraft(COOP, actor_type=ActorType.PRIVATE, tax_id="20123456789", phone="064-1")
    )
    coop_b = b.actors.create_organization(
        OrganizationDraft(
            "Cooperativa Agraria los Andes ", actor_type=ActorType.PRIVATE, tax_id="20.123.456.789"
        )
    )
    b.actors.create_person(
        PersonDraft("Rosa Quispe", organization_id=coop_b.id, email="rosa@losandes.pe")
    )
    return {"person": person, "agreement_a": agreement_a, "agreement_b": agreement_b}


@pytest.mark.parametrize("decision", [Decision.THEIRS, Decision.MINE])
def test_two_offices_edited_apart_converge_with_the_conflict_decided(
    offices: tuple[Office, Office], tmp_path: Path, decision: Decision
) -> None:
    a, b = offices
    orgs_before = a.count("organizations")
    edits = _edit_apart(a, b)

    # A → B, a dry run first: the summary and the conflict, and nothing written.
    before = b.everything()
    out = tmp_path / "a.agencydesk"
    a.exchange.export(out)
    preview = b.exchange.merge(b.exchange.read(out), dry_run=True)
    assert b.everything() == before
    assert preview.dry_run
    assert [(c.table, c.label) for c in preview.conflicts] == [("organizations", CONFLICTED)]
    (conflict,) = preview.conflicts
    diffs = {d.field: (d.mine, d.theirs) for d in conflict.fields}
    assert diffs == {
        "phone": ("+52 964 222 2222", "+52 964 111 1111"),
        "email": ("desarrollo@huixtla.gob.mx", None),
        "website": (None, "huixtla.gob.mx"),
    }

    # A → B for real, the conflict left undecided: B keeps its version and lists it.
    first = b.exchange.merge(b.exchange.read(out))
    assert [c.label for c in first.undecided] == [CONFLICTED]
    assert first.totals() == preview.totals()
    assert first.counts["organizations"].updated == 2  # A's phone; B's cooperative filled
    assert b.scalar("SELECT phone FROM organizations WHERE name = :n", n=ONLY_A) == (
        "+52 962 000 0001"
    )
    assert b.scalar("SELECT phone FROM organizations WHERE name = :n", n=CONFLICTED) == (
        "+52 964 222 2222"
    )
    kinds = {(n.kind, n.table) for n in first.notes}
    assert ("matched", "organizations") in kinds  # the cooperative, by its tax id
    assert ("renumbered", "agreements") in kinds  # both took number 4

    # B → A: A gets B's changes; the conflict is A's to decide too.
    second = b.send(a, tmp_path, decisions={("organizations", conflict.uuid): decision})
    assert [c.label for c in second.conflicts] == [CONFLICTED]
    assert second.undecided == ()
    assert a.scalar("SELECT position FROM people WHERE full_name = :n", n=edits["person"]) == (
        "Jefa de fomento productivo"
    )

    # A → B: B takes what A decided, without being asked again.
    third = a.send(b, tmp_path)
    assert third.conflicts == ()

    # Converged: the same records with the same fields, in both.
    view_a, view_b = merged_views(a, b)
    assert view_a == view_b
    winner = "+52 964 222 2222" if decision is Decision.THEIRS else "+52 964 111 1111"
    for office in (a, b):
        assert office.scalar("SELECT phone FROM organizations WHERE name = :n", n=CONFLICTED) == (
            winner
        )

    # No duplicates: one cooperative (with both offices' details), one Rosa, two agreements.
    for office in (a, b):
        assert office.count("organizations") == orgs_before + 1
        coop = office.scalar(
            "SELECT phone || ' ' || coalesce(email, '-') FROM organizations "
            "WHERE tax_id LIKE '20%789' OR tax_id LIKE '20.%'"
        )
        assert coop == "064-1 -"  # A's phone; B's cooperative had no e-mail
        assert office.scalar("SELECT count(*) FROM people WHERE full_name = 'Rosa Quispe'") == 1
        numbers = office.scalar(
            "SELECT group_concat(number, ',') FROM (SELECT a.number FROM agreements a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE m.title = :t ORDER BY a.number)",
            t=MEETING_TITLE,
        )
        assert numbers == "1,2,3,4,5"
        uuids = office.scalar(
            "SELECT count(*) FROM agreements WHERE uuid IN (:x, :y)",
            x=edits["agreement_a"],
            y=edits["agreement_b"],
        )
        assert uuids == 2

    # Once converged, further exchanges change nothing either way.
    for sender, receiver in ((a, b), (b, a)):
        again = sender.send(receiver, tmp_path)
        totals = again.totals()
        assert (totals.created, totals.updated, totals.conflicts) == (0, 0, 0)


def test_an_import_writes_audit_entries_under_the_current_user(
    offices: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = offices
    a.edit_org(ONLY_A, phone="+52 962 000 0001")
    a.actors.create_organization(OrganizationDraft(COOP, actor_type=ActorType.PRIVATE))
    audit_before = b.count("audit_entries")
    a.send(b, tmp_path)
    with b.db.uow() as s:
        rows = s.execute(
            text(
                "SELECT entity, action, user, changes FROM audit_entries WHERE id > :n ORDER BY id"
            ),
            {"n": audit_before},
        ).all()
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("organization", "update", "user of Oficina B"),
        ("organization", "create", "user of Oficina B"),
    ]
    assert '"phone"' in rows[0][3] and "+52 962 000 0001" in rows[0][3]


def test_a_record_deleted_here_is_not_brought_back(
    offices: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = offices
    coop = a.actors.create_organization(OrganizationDraft(COOP, actor_type=ActorType.PRIVATE))
    a.send(b, tmp_path)
    assert b.count("organizations") == a.count("organizations")
    b.actors.delete_organization(b.org_id(COOP))

    back = a.send(b, tmp_path)

    assert back.counts["organizations"].skipped == 1
    assert [(n.kind, n.label) for n in back.notes] == [("kept_deleted", COOP)]
    assert b.scalar("SELECT count(*) FROM organizations WHERE uuid = :u", u=coop.uuid) == 0
    # Deletions do not travel either: A still has it.
    b.send(a, tmp_path)
    assert a.scalar("SELECT count(*) FROM organizations WHERE uuid = :u", u=coop.uuid) == 1


def test_an_empty_database_receives_one_initiative_whole(
    demo_template: Path, template_database: Path, tmp_path: Path
) -> None:
    a = Office(tmp_path / "a.sqlite3", "Oficina A", demo_template)
    b = Office(tmp_path / "b.sqlite3", "Oficina B", template_database)
    try:
        initiative = a.scalar("SELECT id FROM initiatives WHERE name LIKE 'Mesa Ejecutiva%'")
        out = tmp_path / "mesa.agencydesk"
        result = a.exchange.export(out, initiative)
        assert result.scope.name == "Mesa Ejecutiva Forestal de Ucayali"
        merged = b.exchange.merge(b.exchange.read(out))
        assert merged.totals().created == result.rows
        assert b.count("initiatives") == 1
        assert b.count("meetings") == a.scalar(
            "SELECT count(*) FROM meetings WHERE initiative_id = :i", i=initiative
        )
        with b.db.uow() as s:
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
        # What B got is exactly what A has, record for record.
        view_a, view_b = a.contents(), b.contents()
        for table, rows in view_b.items():
            assert {u: view_a[table][u] for u in rows} == rows, table
    finally:
        a.close()
        b.close()


def test_a_file_from_this_same_database_is_refused(
    offices: tuple[Office, Office], tmp_path: Path
) -> None:
    a, _b = offices
    out = tmp_path / "self.agencydesk"
    a.exchange.export(out)
    with pytest.raises(UserError) as caught:
        a.exchange.merge(a.exchange.read(out))
    assert caught.value.code == "exchange_same_database"
    assert "this same database" in str(caught.value)


def test_a_refused_record_rolls_the_whole_import_back(
    offices: tuple[Office, Office], tmp_path: Path
) -> None:
    a, b = offices
    a.edit_org(ONLY_A, phone="+52 962 000 0001")
    out = tmp_path / "a.agencydesk"
    a.exchange.export(out)

    def overdone(rows: list[dict]) -> list[dict]:
        # A hand-edited file: an action at 150 %, which a CHECK constraint refuses here.
        rows[-1].update(progress_pct=150, updated_at="2099-01-01T00:00:00")
        return rows

    rewrite(out, "tables/actions.json", overdone)
    before = b.everything()
    with pytest.raises(UserError) as caught:
        b.exchange.merge(b.exchange.read(out))
    assert caught.value.code == "exchange_rejected"
    assert caught.value.params["table"] == "actions"
    assert "nothing was imported" in str(caught.value)
    assert b.everything() == before  # A's organization, written before, rolled back too


@pytest.mark.postgres
def test_two_offices_on_postgresql_converge_too(pg_server, demo_template: Path, tmp_path: Path):
    """The same on a server: each office's database filled from the demo by an exchange."""
    demo = Office(tmp_path / "demo.sqlite3", "Demo", demo_template)
    seed = tmp_path / "demo.agencydesk"
    demo.exchange.export(seed)
    demo.close()
    a = Office(pg_server.url_of(pg_server.empty()), "Oficina A")
    b = Office(pg_server.url_of(pg_server.empty()), "Oficina B")
    try:
        for office in (a, b):
            office.exchange.merge(office.exchange.read(seed))
        _edit_apart(a, b)
        first = a.send(b, tmp_path)
        assert [c.label for c in first.undecided] == [CONFLICTED]
        b.send(a, tmp_path, default=Decision.THEIRS)
        assert a.send(b, tmp_path).conflicts == ()
        view_a, view_b = merged_views(a, b)
        assert view_a == view_b
        assert a.count("organizations") == b.count("organizations")
    finally:
        a.close()
        b.close()


def test_the_same_link_registered_in_both_offices_is_one_row(
    offices: tuple[Office, Office], tmp_path: Path
) -> None:
    """Both record the same person at a meeting and the same bottleneck on an agenda item
    (a pair the database holds once): no duplicate, no refused import."""
    a, b = offices
    item, bottleneck = a.scalar(
        "SELECT i.id || ',' || b.id FROM meeting_agenda_items i JOIN meetings m "
        "ON m.id = i.meeting_id JOIN bottlenecks b ON b.initiative_id = m.initiative_id "
        "WHERE NOT EXISTS (SELECT 1 FROM agenda_item_bottlenecks x "
        "WHERE x.agenda_item_id = i.id AND x.bottleneck_id = b.id) LIMIT 1"
    ).split(",")
    person = a.scalar(
        "SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM attendances t "
        "WHERE t.person_id = p.id AND t.meeting_id = 3) LIMIT 1"
    )
    for office, stamp in ((a, "2030-01-01 10:00:00"), (b, "2030-01-02 10:00:00")):
        with office.db.uow() as s:
            for sql in (
                "INSERT INTO agenda_item_bottlenecks (agenda_item_id, bottleneck_id, uuid, "
                "created_at, updated_at) VALUES (:i, :b, :u, :t, :t)",
                "INSERT INTO attendances (meeting_id, person_id, invited, attended, excused, "
                "representation, uuid, created_at, updated_at) "
                "VALUES (3, :p, 1, 1, 0, 'titular', :u2, :t, :t)",
            ):
                s.execute(
                    text(sql),
                    {
                        "i": int(item),
                        "b": int(bottleneck),
                        "p": person,
                        "u": str(uuid.uuid4()),
                        "u2": str(uuid.uuid4()),
                        "t": stamp,
                    },
                )
    links_before = b.count("agenda_item_bottlenecks")
    result = a.send(b, tmp_path)
    assert result.counts["agenda_item_bottlenecks"].created == 0
    assert result.counts["attendances"].created == 0
    assert b.count("agenda_item_bottlenecks") == links_before
    b.send(a, tmp_path)
    assert a.count("attendances") == b.count("attendances")
    assert a.count("agenda_item_bottlenecks") == b.count("agenda_item_bottlenecks")


def test_a_reference_to_a_record_nowhere_is_dropped_or_the_row_skipped(
    demo_template: Path, template_database: Path, tmp_path: Path
) -> None:
    a = Office(tmp_path / "a.sqlite3", "Oficina A", demo_template)
    b = Office(tmp_path / "b.sqlite3", "Oficina B", template_database)
    try:
        out = tmp_path / "a.agencydesk"
        a.exchange.export(out, 1)
        nowhere = str(uuid.uuid4())

        def person_elsewhere(rows: list[dict]) -> list[dict]:
            rows[0]["organization_id"] = nowhere  # nullable: written without it
            return rows

        def attendance_elsewhere(rows: list[dict]) -> list[dict]:
            rows[0]["meeting_id"] = nowhere  # required: the row is not written
            return rows

        rewrite(out, "tables/people.json", person_elsewhere)
        rewrite(out, "tables/attendances.json", attendance_elsewhere)
        result = b.exchange.merge(b.exchange.read(out))
        kinds = sorted((n.kind, n.table) for n in result.notes)
        assert kinds == [
            ("missing_reference", "attendances"),
            ("reference_dropped", "people"),
        ]
        assert result.counts["attendances"].skipped == 1
        with b.db.uow() as s:
            assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        a.close()
        b.close()
