"""The demo data set: sizes, determinism, integrity, search, and the realism the UI relies on."""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from agencydesk.domain.enums import ActionStatus, ActorType, GovernmentLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.records import ListQuery, OrganizationDraft
from agencydesk.domain.validation import validate_organization, validate_person
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.demo import load_demo, loader

TODAY = date(2025, 3, 14)

TABLES = [
    "territories",
    "organizations",
    "people",
    "agendas",
    "goals",
    "agenda_priorities",
    "initiatives",
    "participations",
    "meetings",
    "meeting_status_changes",
    "meeting_agenda_items",
    "attendances",
    "bottlenecks",
    "bottleneck_status_changes",
    "agenda_item_bottlenecks",
    "action_plans",
    "actions",
    "funding_lines",
    "indicators",
    "measurements",
    "agreements",
]


def open_fresh(folder: Path) -> Database:
    return open_database(folder / "d.sqlite3", folder / "backups")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    db = open_fresh(tmp_path)
    counts = load_demo(db.uow, today=TODAY)
    yield db, counts
    db.close()


def query(db: Database, sql: str, *params: object) -> list[tuple]:
    """Raw rows straight from the file, as SQLite stores them."""
    with closing(sqlite3.connect(db.path)) as conn:
        return conn.execute(sql, params).fetchall()


def dump(db: Database) -> dict[str, list[tuple]]:
    return {t: query(db, f"SELECT * FROM {t} ORDER BY id") for t in TABLES}


# --- sizes ---------------------------------------------------------------------------------


def test_counts_are_in_the_ranges_asked_and_match_the_tables(demo) -> None:
    db, counts = demo
    assert counts["organizations"] in range(55, 71)
    assert counts["people"] == 80
    assert counts["agendas"] == 3
    assert counts["initiatives"] == 6
    assert counts["action_plans"] == 2
    assert counts["actions"] in range(25, 36)
    assert counts["meetings"] == 8
    assert all(n > 0 for n in counts.values()), counts
    assert [
        n for (n,) in query(db, "SELECT name FROM territories WHERE level = 'country' ORDER BY id")
    ] == [
        "México",
        "Perú",
        "Chile",
    ]
    for table in TABLES:
        entity = "agenda_items" if table == "meeting_agenda_items" else table
        assert query(db, f"SELECT count(*) FROM {table}") == [(counts[entity],)], table
    assert db.is_empty() is False


def test_territories_are_the_real_places_with_their_official_codes(demo) -> None:
    db, _ = demo
    codes = dict(query(db, "SELECT name, code FROM territories"))
    assert codes["Tapachula"] == "07089"
    assert codes["Unión Juárez"] == "07105"
    assert codes["Callería"] == "250101"
    assert codes["Coronel Portillo"] == "2501"
    assert codes["Río Bueno"] == "14204"
    assert codes["Región Soconusco"] is None
    parents = {i: p for i, p in query(db, "SELECT id, parent_id FROM territories")}
    for (tid,) in query(
        db, "SELECT id FROM territories WHERE level IN ('municipality', 'district')"
    ):
        depth = 0
        while parents[tid] is not None:
            tid, depth = parents[tid], depth + 1
        assert depth >= 2


# --- determinism and integrity -------------------------------------------------------------


def test_same_today_gives_identical_databases(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        db = open_fresh(tmp_path / name)
        started = time.perf_counter()
        load_demo(db.uow, today=TODAY)
        assert time.perf_counter() - started < 3  # ~0.1 s; per-row ORM inserts would show here
        dumps.append(dump(db))
        db.close()
    assert dumps[0] == dumps[1]
    assert all(dumps[0][t] for t in TABLES)


def test_uuids_depend_only_on_the_data_not_on_today(tmp_path: Path) -> None:
    uuids = []
    for name, today in (("a", TODAY), ("b", date(2031, 8, 3))):
        db = open_fresh(tmp_path / name)
        load_demo(db.uow, today=today)
        uuids.append({t: query(db, f"SELECT uuid FROM {t} ORDER BY id") for t in TABLES})
        db.close()
    assert uuids[0] == uuids[1]
    every = [u for rows in uuids[0].values() for (u,) in rows]
    assert len(every) == len(set(every))


def test_every_foreign_key_is_valid(demo) -> None:
    db, _ = demo
    assert query(db, "PRAGMA foreign_key_check") == []
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_a_failure_leaves_the_database_empty_and_searchable(tmp_path: Path, monkeypatch) -> None:
    db = open_fresh(tmp_path)

    def broken(_days):
        raise RuntimeError("boom")

    monkeypatch.setattr(loader.meetings, "agreements", broken)
    with pytest.raises(RuntimeError):
        load_demo(db.uow, today=TODAY)
    assert all(query(db, f"SELECT count(*) FROM {t}") == [(0,)] for t in TABLES)
    triggers = {n for (n,) in query(db, "SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"organizations_fts_ai", "people_fts_ai", "people_fts_au"} <= triggers
    db.close()


def test_a_database_with_data_is_refused_and_left_alone(demo) -> None:
    db, _ = demo
    before = dump(db)
    with pytest.raises(UserError) as caught:
        load_demo(db.uow, today=TODAY)
    assert caught.value.code == "demo_not_empty"
    assert caught.value.params["path"] == str(db.path)
    assert "already has data" in str(caught.value)
    assert dump(db) == before


def test_demo_territories_left_behind_are_reused(demo, tmp_path: Path) -> None:
    db, counts = demo
    # Emptied by hand except the territories: loading again must not collide on their uuids.
    for table in reversed(TABLES[1:]):
        query_write(db, f"DELETE FROM {table}")
    again = load_demo(db.uow, today=TODAY)
    assert again["territories"] == 0
    assert again["organizations"] == counts["organizations"]
    assert query(db, "PRAGMA foreign_key_check") == []


def query_write(db: Database, sql: str) -> None:
    with closing(sqlite3.connect(db.path)) as conn, conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(sql)


# --- search --------------------------------------------------------------------------------


def test_search_finds_demo_names_without_their_accents(demo) -> None:
    db, _ = demo
    actors = ActorsService(db.uow, lambda: "test")

    def org_names(text: str) -> list[str]:
        return [o.name for o in actors.organizations(actors.organization_ids(ListQuery(text)))]

    def person_names(text: str) -> list[str]:
        return [p.full_name for p in actors.people(actors.person_ids(ListQuery(text)))]

    assert org_names("ayuntamiento cacahoatan") == ["H. Ayuntamiento de Cacahoatán"]
    assert len(org_names("cafe cacahoatan")) == 1
    assert "Universidad Austral de Chile" in org_names("austral")
    assert "Ministerio de la Producción" in org_names("PRODUCCION")
    assert person_names("jose nunez") == ["José Luis Núñez Pérez"]
    assert person_names("Ñahui") == ["Luis Fernando Ñahui Quispe"]
    assert person_names("04567812") == ["Luis Fernando Ñahui Quispe"]
    # The index triggers are back after the bulk load: a new organization is found at once.
    actors.create_organization(
        OrganizationDraft(name="Asociación Ñandú Verde", actor_type=ActorType.PRIVATE)
    )
    assert org_names("nandu") == ["Asociación Ñandú Verde"]


# --- realism -------------------------------------------------------------------------------


def test_every_actor_type_and_government_level_is_present(demo) -> None:
    db, _ = demo
    rows = query(db, "SELECT actor_type, government_level FROM organizations")
    assert {t for t, _ in rows} == {t.value for t in ActorType}
    assert {g for t, g in rows if t == "public"} == {g.value for g in GovernmentLevel}
    assert all(g is None for t, g in rows if t != "public")
    members = query(db, "SELECT count(*) FROM organizations WHERE members_count > 0")
    assert members[0][0] >= 10


def rut_check_digit(body: str) -> str:
    total, factor = 0, 2
    for digit in reversed(body):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def ruc_is_valid(ruc: str) -> bool:
    weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    rest = 11 - sum(int(c) * w for c, w in zip(ruc, weights, strict=False)) % 11
    return ruc[-1] == str(rest % 10)


def check_rut(text: str) -> None:
    match = re.fullmatch(r"(\d{1,2})\.(\d{3})\.(\d{3})-([\dK])", text)
    assert match, text
    assert rut_check_digit("".join(match.groups()[:3])) == match.group(4), text


def country_codes(db: Database) -> dict[int, str]:
    """Territory id → the code of the country it lies in."""
    rows = query(db, "SELECT id, parent_id, level, code FROM territories")
    parent = {i: p for i, p, _, _ in rows}
    codes = {i: c for i, _, level, c in rows if level == "country"}
    found = {}
    for tid in parent:
        top = tid
        while parent[top] is not None:
            top = parent[top]
        found[tid] = codes[top]
    return found


def test_tax_ids_have_each_countrys_format(demo) -> None:
    db, _ = demo
    country = country_codes(db)
    rows = [
        (tax_id, country[territory])
        for tax_id, territory in query(
            db, "SELECT tax_id, territory_id FROM organizations WHERE tax_id IS NOT NULL"
        )
    ]
    by_country = Counter(code for _, code in rows)
    assert by_country["MX"] >= 15 and by_country["PE"] >= 15 and by_country["CL"] >= 15
    for tax_id, country in rows:
        if country == "MX":
            assert re.fullmatch(r"[A-Z&Ñ]{3}\d{6}[A-Z\d]{3}", tax_id), tax_id
        elif country == "PE":
            assert re.fullmatch(r"20\d{9}", tax_id) and ruc_is_valid(tax_id), tax_id
        else:
            check_rut(tax_id)


def test_people_have_positions_national_ids_and_some_consents(demo) -> None:
    db, _ = demo
    people = query(
        db,
        "SELECT full_name, national_id, position, organization_id, gender, consent_on, "
        "consent_purpose FROM people",
    )
    assert all(position and org for _, _, position, org, *_ in people)
    ids = [i for _, i, *_ in people if i]
    dnis = [i for i in ids if re.fullmatch(r"\d{8}", i)]
    assert len(dnis) >= 20 and sum(i.startswith("0") for i in dnis) >= 10
    assert len([i for i in ids if re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[\dA-Z]\d", i)]) >= 20
    runs = [i for i in ids if "-" in i]
    assert len(runs) >= 20
    for run in runs:
        check_rut(run)
    assert {g for *_, g, _, _ in people} == {"female", "male", "undisclosed"}
    consents = [(on, why) for *_, on, why in people if on]
    assert 20 <= len(consents) < len(people)
    assert all(why for _, why in consents)
    names = " ".join(n for n, *_ in people)
    for accented in ("José", "Núñez", "María Fernanda Gómez", "Ñahui"):
        assert accented in names


def test_the_mesa_ejecutiva_forestal_and_the_other_initiatives(demo) -> None:
    db, _ = demo
    kinds = dict(query(db, "SELECT name, kind FROM initiatives"))
    assert kinds["Mesa Ejecutiva Forestal de Ucayali"] == "executive_table"
    assert "value_chain" in kinds.values() and "cluster" in kinds.values()
    assert any("café" in n.lower() for n in kinds) and any("madera" in n.lower() for n in kinds)
    [(mef, focus)] = query(
        db, "SELECT id, focus FROM initiatives WHERE name = 'Mesa Ejecutiva Forestal de Ucayali'"
    )
    assert focus == "sector"
    roles = {r for (r,) in query(db, "SELECT role FROM participations")}
    assert roles == {
        "convener", "coordinator", "member", "technical_secretariat", "funder", "observer"
    }  # fmt: skip
    assert query(db, "SELECT count(*) FROM participations WHERE until IS NOT NULL")[0][0] >= 2
    assert query(db, "SELECT count(*) FROM participations WHERE representation = 'alternate'")[0][0]
    bottlenecks = query(
        db,
        "SELECT code, status, resolved_on, resolution_evidence, raised_in_meeting_id "
        "FROM bottlenecks WHERE initiative_id = ?",
        mef,
    )
    assert all(re.fullmatch(r"CB-\d\d", code) for code, *_ in bottlenecks)
    assert any(raised for *_, raised in bottlenecks)
    statuses = {s for (s,) in query(db, "SELECT status FROM bottlenecks")}
    assert statuses == {"identified", "solution_agreed", "in_progress", "resolved", "dropped"}
    for _, status, resolved_on, evidence, _ in query(
        db,
        "SELECT code, status, resolved_on, resolution_evidence, 0 FROM bottlenecks",
    ):
        assert (status == "resolved") == (resolved_on is not None)
        if status == "resolved":
            assert evidence
    assert query(db, "SELECT currency FROM action_plans WHERE initiative_id = ?", mef) == [("PEN",)]


def test_actions_funding_and_indicators(demo) -> None:
    db, _ = demo
    actions = query(db, "SELECT id, status, progress_pct, budget, axis FROM actions")
    assert {s for _, s, *_ in actions} == {s.value for s in ActionStatus}
    assert all(p == 100 for _, s, p, *_ in actions if s == "done")
    assert len({a for *_, a in actions}) >= 8
    assert query(db, "SELECT count(*) FROM actions WHERE bottleneck_id IS NOT NULL")[0][0] >= 5
    assert {c for (c,) in query(db, "SELECT currency FROM action_plans")} == {"PEN", "MXN"}
    funding = query(db, "SELECT action_id, source, program, amount, in_kind FROM funding_lines")
    assert {s for _, s, *_ in funding} == {
        "municipal", "regional", "national", "private", "cooperation", "other"
    }  # fmt: skip
    assert {bool(k) for *_, k in funding} == {True, False}
    programs = {p for _, _, p, *_ in funding}
    assert {"Programa Sembrando Vida", "PROCOMPITE"} <= programs
    for action_id, _, _, budget, _ in actions:
        amounts = [Decimal(str(a)) for i, _, _, a, _ in funding if i == action_id]
        assert sum(amounts) == Decimal(str(budget)).quantize(Decimal("0.01"))
    indicators = query(
        db, "SELECT id, plan_id, agenda_id, direction, baseline_date FROM indicators"
    )
    assert any(p for _, p, *_ in indicators) and any(a for _, _, a, *_ in indicators)
    assert {d for *_, d, _ in indicators} == {"increase", "decrease"}
    for indicator_id, *_, baseline_date in indicators:
        dates = [
            d
            for (d,) in query(
                db, "SELECT date FROM measurements WHERE indicator_id = ?", indicator_id
            )
        ]
        assert len(dates) >= 2
        assert all(baseline_date <= d <= TODAY.isoformat() for d in dates)


def test_meetings_are_numbered_per_initiative_past_held_future_planned(demo) -> None:
    db, _ = demo
    meetings = query(
        db,
        "SELECT id, initiative_id, number, status, starts_at, minutes FROM meetings "
        "ORDER BY initiative_id, number",
    )
    by_initiative: dict[int, list[int]] = {}
    for mid, initiative, number, status, starts_at, minutes in meetings:
        by_initiative.setdefault(initiative, []).append(number)
        held = query(db, "SELECT count(*) FROM attendances WHERE meeting_id = ? AND attended", mid)
        items = query(db, "SELECT position FROM meeting_agenda_items WHERE meeting_id = ?", mid)
        assert [p for (p,) in items] == list(range(1, len(items) + 1)) and items
        if starts_at[:10] > TODAY.isoformat():
            assert status == "planned" and minutes is None and held == [(0,)]
        else:
            assert status in ("held", "minutes_approved") and minutes and held[0][0] >= 5
    assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_initiative.values())
    assert 1 <= sum(s == "planned" for _, _, _, s, *_ in meetings) <= 2
    attendance = query(db, "SELECT invited, attended, excused, representation FROM attendances")
    assert any(e for _, _, e, _ in attendance) and any(r == "alternate" for *_, r in attendance)


def test_agreements_some_overdue_some_done_some_not_yet_due_one_cancelled(demo) -> None:
    db, _ = demo
    rows = query(
        db,
        "SELECT meeting_id, number, status, due_date, done_on, responsible_org_id, "
        "responsible_person_id FROM agreements ORDER BY meeting_id, number",
    )
    today = TODAY.isoformat()
    overdue = [r for r in rows if r[2] == "open" and r[3] < today]
    pending = [r for r in rows if r[2] == "open" and r[3] >= today]
    done = [r for r in rows if r[2] == "done"]
    assert len(overdue) >= 3 and len(pending) >= 2 and len(done) >= 3
    assert [r[2] for r in rows].count("cancelled") == 1
    assert all(r[4] for r in done) and not any(r[4] for r in rows if r[2] != "done")
    assert all(r[5] and r[6] for r in rows)
    # Commitments belong to outside institutions and their people: the person is of that org.
    for table, org_column, person_column in (
        ("agreements", "responsible_org_id", "responsible_person_id"),
        ("participations", "organization_id", "person_id"),
        ("attendances", "organization_id", "person_id"),
    ):
        mismatched = query(
            db,
            f"SELECT x.id FROM {table} x JOIN people p ON p.id = x.{person_column} "
            f"WHERE p.organization_id != x.{org_column}",
        )
        assert mismatched == [], table
    numbers: dict[int, list[int]] = {}
    for meeting, number, *_ in rows:
        numbers.setdefault(meeting, []).append(number)
    assert all(n == list(range(1, len(n) + 1)) for n in numbers.values())


def test_dates_follow_today(tmp_path: Path) -> None:
    later = date(2031, 8, 3)
    db = open_fresh(tmp_path)
    load_demo(db.uow, today=later)
    iso = later.isoformat()
    assert (
        query(db, "SELECT count(*) FROM agreements WHERE status = 'open' AND due_date < ?", iso)[0][
            0
        ]
        >= 3
    )
    assert query(db, "SELECT count(*) FROM meetings WHERE starts_at > ?", iso)[0][0] >= 1
    assert query(db, "SELECT max(registered_on) FROM organizations")[0][0] < iso
    assert query(db, "SELECT max(consent_on) FROM people")[0][0] <= iso
    [(start, end)] = query(db, "SELECT min(period_start), max(period_end) FROM agendas")
    assert start < iso < end
    db.close()


def test_every_organization_and_person_passes_the_form_rules(demo) -> None:
    """A user opening a demo record and saving it unchanged must not meet an error."""
    db, _ = demo
    actors = ActorsService(db.uow, lambda: "test")
    for org in actors.organizations(actors.organization_ids(ListQuery())):
        validate_organization(org.draft)
    for person in actors.people(actors.person_ids(ListQuery())):
        validate_person(person.draft)


# --- meetings: convener, log, bottlenecks discussed, carried agreements ----------------------


def test_meetings_are_convened_by_their_initiatives_convener(demo) -> None:
    db, _ = demo
    rows = query(
        db,
        "SELECT m.id, m.convener_id, i.convener_id FROM meetings m "
        "JOIN initiatives i ON i.id = m.initiative_id",
    )
    assert len(rows) == 8
    assert all(convener is not None and convener == expected for _, convener, expected in rows)


def test_every_meetings_log_leads_to_its_status(demo) -> None:
    db, _ = demo
    paths = {
        "planned": [(None, "planned")],
        "held": [(None, "planned"), ("planned", "held")],
        "minutes_approved": [(None, "planned"), ("planned", "held"), ("held", "minutes_approved")],
    }
    now = f"{TODAY.isoformat()} 08:00:00"
    for mid, status, starts_at in query(db, "SELECT id, status, starts_at FROM meetings"):
        log = query(
            db,
            "SELECT from_status, to_status, changed_at, changed_by, reason "
            "FROM meeting_status_changes WHERE meeting_id = ? ORDER BY changed_at, id",
            mid,
        )
        assert [(old, new) for old, new, *_ in log] == paths[status], mid
        assert all(by == "Secretaría técnica" and reason is None for *_, by, reason in log)
        times = [at for _, _, at, _, _ in log]
        assert times == sorted(times) and all(at <= now for at in times)
        assert log[0][2] < starts_at  # scheduled before it met
        # Held and approved on or after the day of the session.
        assert all(at[:10] >= starts_at[:10] for _, _, at, _, _ in log[1:])


def test_agenda_items_link_the_bottlenecks_they_discuss(demo) -> None:
    db, _ = demo
    links = query(
        db,
        "SELECT m.initiative_id, b.initiative_id, m.number, i.position, b.code "
        "FROM agenda_item_bottlenecks l "
        "JOIN meeting_agenda_items i ON i.id = l.agenda_item_id "
        "JOIN meetings m ON m.id = i.meeting_id JOIN bottlenecks b ON b.id = l.bottleneck_id",
    )
    assert all(a == b for a, b, *_ in links)  # an item discusses its own mesa's bottlenecks
    [(mef,)] = query(db, "SELECT id FROM initiatives WHERE name LIKE 'Mesa Ejecutiva Forestal%'")
    discussed = {(n, p): set() for _, _, n, p, _ in links}
    for initiative, _, number, position, code in links:
        if initiative == mef:
            discussed[(number, position)].add(code)
    assert len(discussed[(1, 3)]) >= 4
    assert discussed[(3, 2)] == {"CB-05"}
    notes = query(db, "SELECT notes FROM meeting_agenda_items WHERE notes IS NOT NULL")
    assert notes and any("\n- " in n for (n,) in notes)  # paragraphs and lists, plain text


def test_the_cancelled_agreement_says_when(demo) -> None:
    db, _ = demo
    rows = query(db, "SELECT status, done_on, cancelled_on, due_date FROM agreements")
    [(_, done_on, cancelled_on, _)] = [r for r in rows if r[0] == "cancelled"]
    assert done_on is None and cancelled_on is not None and cancelled_on <= TODAY.isoformat()
    assert all(c is None for s, _, c, _ in rows if s != "cancelled")


def test_mef_session_3_carries_open_agreements_of_sessions_1_to_3(demo) -> None:
    """The acceptance test creates session 4 from 3 and sees agreements of 1–3 pending."""
    from agencydesk.domain.agreements import is_pending_at

    db, _ = demo
    [(mef,)] = query(db, "SELECT id FROM initiatives WHERE name LIKE 'Mesa Ejecutiva Forestal%'")
    [(status, starts_at)] = query(
        db, "SELECT status, starts_at FROM meetings WHERE initiative_id = ? AND number = 3", mef
    )
    assert status == "held"
    assert date.fromisoformat(starts_at[:10]) <= TODAY
    rows = query(
        db,
        "SELECT m.number, a.status, a.done_on, a.cancelled_on FROM agreements a "
        "JOIN meetings m ON m.id = a.meeting_id WHERE m.initiative_id = ?",
        mef,
    )
    pending = {n for n, s, d, c in rows if is_pending_at(s, _day(d), _day(c), TODAY)}
    assert pending == {1, 2, 3}
    assert {n for n, s, *_ in rows if s == "open"} == {1, 2, 3}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def test_every_meeting_and_agenda_item_passes_the_form_rules(demo) -> None:
    """Opening a demo meeting or agenda item and saving it unchanged meets no error."""
    from agencydesk.domain.meetings import validate_agenda_item, validate_meeting
    from agencydesk.services.meetings import MeetingsService

    db, _ = demo
    meetings = MeetingsService(db.uow, lambda: "test", today=lambda: TODAY)
    for record in meetings.meetings_of():
        assert validate_meeting(record.draft) == record.draft
        assert record.convener_name and record.history[-1].to_status is record.status
        for item in meetings.agenda_items(record.id):
            validate_agenda_item(item.draft)
