"""Export of every entity to JSON, CSV and XLSX (services/export.py, data/repos/export.py)."""

from __future__ import annotations

import codecs
import csv
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from agencydesk import cli
from agencydesk.data.models import (
    Action,
    ActionPlan,
    Agenda,
    AgendaItem,
    Agreement,
    FundingLine,
    Initiative,
    Meeting,
    Organization,
    Territory,
)
from agencydesk.data.repos import export as export_repo
from agencydesk.domain.enums import ActorType, InitiativeKind, TerritoryLevel
from agencydesk.domain.errors import UserError
from agencydesk.domain.progress import Cancelled, CancelToken
from agencydesk.domain.records import OrganizationDraft, PersonDraft
from agencydesk.services import export as export_service
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.export import ENTITIES, export_entity

ORG_NAME = "Municipalidad de Ñuñoa — Gerencia de Desarrollo Económico"
INJECTION = '=HYPERLINK("http://evil.example","clic")'
PERSON_NAME = "José Ñandú Pérez"

# The field names of DOMAIN.md, entity by entity: the export must carry every one of them.
DOMAIN_FIELDS: dict[str, set[str]] = {
    "territories": {"name", "level", "parent_id", "code"},
    "organizations": {
        "name",
        "short_name",
        "actor_type",
        "government_level",
        "sector",
        "tax_id",
        "territory",
        "territory_id",
        "address",
        "phone",
        "email",
        "website",
        "representative",
        "members_count",
        "registered_on",
        "notes",
    },
    "people": {
        "full_name",
        "national_id",
        "organization",
        "organization_id",
        "position",
        "phone",
        "email",
        "gender",
        "consent_on",
        "consent_purpose",
        "notes",
    },
    "agendas": {
        "title",
        "territory_id",
        "period_start",
        "period_end",
        "vision",
        "status",
        "convener_id",
        "notes",
    },
    "goals": {"agenda_id", "kind", "statement", "position"},
    "initiatives": {
        "name",
        "kind",
        "focus",
        "sector",
        "territory_id",
        "agenda_id",
        "objective",
        "status",
        "started_on",
        "convener_id",
        "coordinator_id",
    },
    "participations": {
        "initiative_id",
        "organization_id",
        "person_id",
        "role",
        "representation",
        "since",
        "until",
    },
    "agenda-priorities": {"agenda_id", "name", "position"},
    "bottleneck-changes": {"bottleneck_id", "status", "changed_on", "note"},
    "bottlenecks": {
        "initiative_id",
        "code",
        "title",
        "description",
        "category",
        "competent_entity_id",
        "proposed_solution",
        "status",
        "identified_on",
        "resolved_on",
        "resolution_evidence",
        "raised_in_meeting_id",
    },
    "action-plans": {
        "title",
        "agenda_id",
        "initiative_id",
        "period_start",
        "period_end",
        "status",
        "approved_on",
        "version",
        "currency",
    },
    "actions": {
        "plan_id",
        "code",
        "axis",
        "title",
        "description",
        "responsible",
        "responsible_id",
        "start_date",
        "end_date",
        "budget",
        "funding_source",
        "status",
        "progress_pct",
        "indicator",
        "target",
        "unit",
        "bottleneck_id",
        "notes",
    },
    "funding-lines": {"action_id", "source", "program", "amount", "in_kind"},
    "indicators": {
        "plan_id",
        "agenda_id",
        "name",
        "unit",
        "baseline",
        "baseline_date",
        "target",
        "target_date",
        "direction",
    },
    "measurements": {"indicator_id", "date", "value", "source", "notes"},
    "meetings": {
        "initiative_id",
        "agenda_id",
        "number",
        "title",
        "kind",
        "modality",
        "starts_at",
        "ends_at",
        "place",
        "status",
        "convener",
        "convener_id",
        "agenda_items",
        "minutes",
        "next_meeting_on",
    },
    "meeting-status-changes": {
        "meeting",
        "meeting_id",
        "from_status",
        "to_status",
        "changed_at",
        "changed_by",
        "reason",
    },
    "agenda-items": {"meeting_id", "position", "title", "notes"},
    "agenda-item-bottlenecks": {"agenda_item", "agenda_item_id", "bottleneck", "bottleneck_id"},
    "attendances": {
        "meeting_id",
        "person_id",
        "organization_id",
        "invited",
        "attended",
        "excused",
        "representation",
    },
    "agreements": {
        "meeting_id",
        "number",
        "text",
        "responsible_org_id",
        "responsible_person_id",
        "due_date",
        "status",
        "done_on",
        "cancelled_on",
        "follow_up",
        "action_id",
        "bottleneck_id",
    },
    "import-batches": {
        "file_name",
        "file_sha256",
        "sheet",
        "entity",
        "mapping",
        "started_at",
        "finished_at",
    },
    "import-mappings": {"kind", "signature", "mapping", "used_at"},
    "audit-entries": {"at", "user", "entity", "entity_id", "action", "changes"},
    "exchange-databases": {"is_self", "name", "last_imported_at", "last_file_exported_at"},
    "exchange-marks": {"peer_id", "table_name", "row_uuid", "local_uuid", "their_hash"},
}
EVERY_ENTITY = {"id", "uuid", "created_at", "updated_at"}


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "d.sqlite3", tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def filled(db: Database) -> dict[str, int]:
    """A small database: a territory, an organization, a person, and a mesa with its plan."""
    with db.uow() as s:
        region = Territory(name="Cusco", level=TerritoryLevel.REGION, code="08")
        s.add(region)
        s.flush()
        town = Territory(
            name="Wánchaq", level=TerritoryLevel.MUNICIPALITY, parent_id=region.id, code="080108"
        )
        s.add(town)
        s.flush()
        town_id = town.id
    actors = ActorsService(db.uow, lambda: "test")
    org = actors.create_organization(
        OrganizationDraft(
            name=ORG_NAME,
            short_name=INJECTION,
            actor_type=ActorType.PUBLIC,
            territory_id=town_id,
            members_count=12,
            registered_on=date(2024, 3, 5),
            notes="+51 984 000 111",
        )
    )
    person = actors.create_person(
        PersonDraft(
            full_name=PERSON_NAME,
            national_id="00123456",
            organization_id=org.id,
            position="-12",
            phone="@SUM(A1:A3)",
        )
    )
    with db.uow() as s:
        agenda = Agenda(title="Agenda Cusco 2030", territory_id=town_id, convener_id=org.id)
        s.add(agenda)
        s.flush()
        mesa = Initiative(
            name="Mesa del café",
            kind=InitiativeKind.EXECUTIVE_TABLE,
            agenda_id=agenda.id,
            convener_id=org.id,
            coordinator_id=person.id,
        )
        s.add(mesa)
        s.flush()
        plan = ActionPlan(title="Hoja de ruta del café", initiative_id=mesa.id, currency="PEN")
        s.add(plan)
        s.flush()
        action = Action(
            plan_id=plan.id,
            title="Certificar productores",
            responsible_id=org.id,
            budget=Decimal("12500000.10"),
            start_date=date(2025, 4, 3),
        )
        s.add(action)
        s.flush()
        s.add(FundingLine(action_id=action.id, source="municipal", amount=Decimal("0.10")))
        meeting = Meeting(
            initiative_id=mesa.id,
            number=1,
            title="Primera sesión",
            starts_at=datetime(2025, 4, 3, 9, 30),
        )
        s.add(meeting)
        s.flush()
        s.add(AgendaItem(meeting_id=meeting.id, position=2, title="Acuerdos"))
        s.add(AgendaItem(meeting_id=meeting.id, position=1, title="Bienvenida"))
        s.add(
            Agreement(
                meeting_id=meeting.id,
                number=1,
                text="Enviar el padrón de productores",
                responsible_org_id=org.id,
                responsible_person_id=person.id,
                due_date=date(2025, 5, 1),
                action_id=action.id,
            )
        )
        s.flush()
        ids = {"territory": town_id, "organization": org.id, "person": person.id}
        ids |= {"meeting": meeting.id, "action": action.id, "plan": plan.id}
    return ids


def _export(db: Database, entity: str, out: Path, **kwargs: Any) -> int:
    return export_entity(db.uow, entity, out, **kwargs)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- JSON ------------------------------------------------------------------------------------


def test_json_has_domain_names_fk_id_and_name_iso_dates(db: Database, filled, tmp_path):
    out = tmp_path / "o.json"
    assert _export(db, "organizations", out) == 1
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(rows, list) and len(rows) == 1
    row = rows[0]
    assert DOMAIN_FIELDS["organizations"] | EVERY_ENTITY <= set(row)
    assert "sort_name" not in row
    assert list(row)[:2] == ["id", "uuid"]
    assert row["name"] == ORG_NAME
    assert row["short_name"] == INJECTION  # JSON is data, not a spreadsheet: left as is
    assert row["territory_id"] == filled["territory"]
    assert row["territory"] == "Wánchaq"
    assert row["actor_type"] == "public"
    assert row["registered_on"] == "2024-03-05"
    assert row["members_count"] == 12
    assert datetime.fromisoformat(row["created_at"])
    # Not escaped: the file is UTF-8 a person can read.
    assert "Ñuñoa" in out.read_text(encoding="utf-8")


def test_json_decimals_keep_exact_value_and_booleans(db: Database, filled, tmp_path):
    out = tmp_path / "a.json"
    _export(db, "actions", out)
    text = out.read_text(encoding="utf-8")
    assert '"budget": 12500000.10' in text
    (row,) = json.loads(text, parse_float=Decimal)
    assert row["budget"] == Decimal("12500000.10")
    assert row["responsible"] == ORG_NAME and row["responsible_id"] == filled["organization"]
    assert row["plan"] == "Hoja de ruta del café" and row["plan_id"] == filled["plan"]
    assert row["start_date"] == "2025-04-03"
    assert row["bottleneck_id"] is None and row["bottleneck"] is None

    _export(db, "funding-lines", out)
    (line,) = json.loads(out.read_text(encoding="utf-8"), parse_float=Decimal)
    assert line["amount"] == Decimal("0.10")
    assert line["in_kind"] is False
    assert line["action"] == "Certificar productores"


def test_meetings_carry_agenda_items_in_order_and_agreements_name_their_refs(
    db: Database, filled, tmp_path
):
    out = tmp_path / "m.json"
    _export(db, "meetings", out)
    (meeting,) = json.loads(out.read_text(encoding="utf-8"))
    assert meeting["agenda_items"] == ["Bienvenida", "Acuerdos"]
    assert meeting["starts_at"] == "2025-04-03T09:30:00"
    assert meeting["initiative"] == "Mesa del café"

    _export(db, "agreements", out)
    (agreement,) = json.loads(out.read_text(encoding="utf-8"))
    assert agreement["meeting"] == "Primera sesión"
    assert agreement["responsible_org"] == ORG_NAME
    assert agreement["responsible_person"] == PERSON_NAME
    assert agreement["action"] == "Certificar productores"
    assert agreement["due_date"] == "2025-05-01"

    _export(db, "agenda-items", out)
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [i["title"] for i in items] == ["Acuerdos", "Bienvenida"]  # id order
    assert {i["meeting"] for i in items} == {"Primera sesión"}

    _export(db, "territories", out)
    towns = json.loads(out.read_text(encoding="utf-8"))
    assert [(t["name"], t["parent"]) for t in towns] == [("Cusco", None), ("Wánchaq", "Cusco")]


def test_action_plans_accepts_both_spellings(db: Database, filled, tmp_path):
    out = tmp_path / "p.json"
    assert _export(db, "action_plans", out) == 1
    assert _export(db, "action-plans", out) == 1
    assert _export(db, " Action_Plans ", out) == 1
    (plan,) = json.loads(out.read_text(encoding="utf-8"))
    assert plan["initiative"] == "Mesa del café" and plan["currency"] == "PEN"


# --- CSV -------------------------------------------------------------------------------------


def test_csv_has_bom_header_accents_and_fk_names(db: Database, filled, tmp_path):
    out = tmp_path / "people.csv"
    assert _export(db, "people", out) == 1
    raw = out.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        header = reader.fieldnames or []
    assert DOMAIN_FIELDS["people"] | EVERY_ENTITY <= set(header)
    (row,) = rows
    assert row["full_name"] == PERSON_NAME
    assert row["organization"] == ORG_NAME
    assert row["organization_id"] == str(filled["organization"])
    assert row["national_id"] == "00123456"  # leading zeros kept
    assert row["gender"] == ""  # None is an empty cell


def test_csv_quotes_formula_like_text_but_not_negative_numbers(db: Database, filled, tmp_path):
    out = tmp_path / "o.csv"
    _export(db, "organizations", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (org,) = list(csv.DictReader(fh))
    assert org["short_name"] == "'" + INJECTION
    assert org["notes"] == "'+51 984 000 111"
    assert org["registered_on"] == "2024-03-05"
    assert org["members_count"] == "12"

    _export(db, "people", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (person,) = list(csv.DictReader(fh))
    assert person["phone"] == "'@SUM(A1:A3)"
    assert person["position"] == "-12"

    _export(db, "actions", out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        (action,) = list(csv.DictReader(fh))
    assert action["budget"] == "12500000.10"


def test_csv_safe_rules():
    assert export_service.csv_safe("=1+2") == "'=1+2"
    assert export_service.csv_safe("\tcmd") == "'\tcmd"
    assert export_service.csv_safe("\rcmd") == "'\rcmd"
    assert export_service.csv_safe("-2+3") == "'-2+3"
    assert export_service.csv_safe("-3.5") == "-3.5"
    assert export_service.csv_safe("-1.234,56") == "-1.234,56"
    assert export_service.csv_safe("Lima") == "Lima"
    assert export_service.csv_safe("") == ""


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_round_trip_types_header_and_accents(db: Database, filled, tmp_path):
    out = tmp_path / "o.xlsx"
    assert _export(db, "organizations", out) == 1
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert DOMAIN_FIELDS["organizations"] | EVERY_ENTITY <= set(header)
    assert all(c.font.b for c in sheet[1])
    row = dict(zip(header, sheet[2], strict=True))
    assert row["name"].value == ORG_NAME
    assert row["territory"].value == "Wánchaq"
    assert row["territory_id"].value == filled["territory"]
    assert row["members_count"].data_type == "n"
    assert row["registered_on"].is_date
    assert row["registered_on"].value == datetime(2024, 3, 5)
    assert "yyyy" in row["registered_on"].number_format
    assert row["created_at"].is_date
    widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
    assert all(8 <= w <= 60 for w in widths)
    book.close()

    _export(db, "actions", out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert row["budget"].data_type == "n"
    assert row["budget"].value == pytest.approx(12500000.10)
    assert row["responsible"].value == ORG_NAME
    book.close()


def test_xlsx_formula_injection_stays_text(db: Database, filled, tmp_path):
    out = tmp_path / "o.xlsx"
    _export(db, "organizations", out)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert row["short_name"].value == INJECTION
    assert row["short_name"].data_type == "s"
    assert row["notes"].value == "+51 984 000 111"
    book.close()


def test_xlsx_long_text_and_control_characters_do_not_break_the_file(db: Database, tmp_path):
    with db.uow() as s:
        s.add(
            Organization(
                name="Cámara\x07 de Comercio",
                actor_type=ActorType.PRIVATE,
                notes="x" * 40_000,
                short_name="#N/A",
            )
        )
    out = tmp_path / "o.xlsx"
    _export(db, "organizations", out)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert row["name"].value == "Cámara de Comercio"
    assert len(row["notes"].value) == export_service.XLSX_MAX_TEXT
    assert row["notes"].value.endswith("…")
    assert row["short_name"].value == "#N/A" and row["short_name"].data_type == "s"
    book.close()


# --- every entity ----------------------------------------------------------------------------


def test_entities_cover_every_table_and_domain_fields():
    from agencydesk.data.models import schema

    tables = set(export_repo.ENTITY_TABLES.values())
    assert tables == {t.name for t in schema().sorted_tables}
    assert set(ENTITIES) == set(DOMAIN_FIELDS)
    for entity in ENTITIES:
        names = [c.name for c in export_repo.columns(entity)]
        assert len(names) == len(set(names)), entity
        assert DOMAIN_FIELDS[entity] | EVERY_ENTITY <= set(names), entity
        assert "sort_name" not in names
        table = schema().tables[export_repo.ENTITY_TABLES[entity]]
        for fk in table.foreign_keys:
            assert fk.parent.name in names, (entity, fk.parent.name)
            assert fk.parent.name.removesuffix("_id") in names, (entity, fk.parent.name)


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_every_entity_exports_on_an_empty_database(db: Database, tmp_path, suffix):
    for entity in ENTITIES:
        out = tmp_path / f"{entity}{suffix}"
        assert _export(db, entity, out) == 0
        names = [c.name for c in export_repo.columns(entity)]
        if suffix == ".json":
            assert json.loads(out.read_text(encoding="utf-8")) == []
        elif suffix == ".csv":
            with out.open(encoding="utf-8-sig", newline="") as fh:
                assert list(csv.reader(fh)) == [names]
        else:
            book = openpyxl.load_workbook(out)
            sheet = book.active
            assert sheet is not None
            assert [[c.value for c in r] for r in sheet.iter_rows()] == [names]
            book.close()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_every_entity_exports_with_data(db: Database, filled, tmp_path, suffix):
    for entity in ENTITIES:
        _export(db, entity, tmp_path / f"{entity}{suffix}")
    assert _leftovers(tmp_path) == []


def test_many_rows_page_in_id_order_and_report_progress(db: Database, tmp_path):
    with db.uow() as s:
        s.add_all(
            Organization(name=f"Empresa {i:04d}", actor_type=ActorType.PRIVATE)
            for i in range(2_345)
        )
    calls: list[tuple[int, int, str]] = []
    out = tmp_path / "o.csv"
    n = export_entity(db.uow, "organizations", out, lambda d, t, label: calls.append((d, t, label)))
    assert n == 2_345
    with out.open(encoding="utf-8-sig", newline="") as fh:
        ids = [int(r["id"]) for r in csv.DictReader(fh)]
    assert ids == sorted(ids) and len(set(ids)) == 2_345
    assert calls[0] == (0, 2_345, "organizations")
    assert calls[-1] == (2_345, 2_345, "organizations")
    assert [d for d, _, _ in calls] == sorted(d for d, _, _ in calls)
    assert len(calls) >= 2_345 // export_service.PROGRESS_EVERY

    with db.uow() as s:
        pages = list(export_repo.pages(s, "organizations", page_size=1000))
    assert [len(p) for p in pages] == [1000, 1000, 345]
    assert [r["id"] for p in pages for r in p] == ids


# --- errors ----------------------------------------------------------------------------------


def test_unknown_entity_and_bad_suffix_are_user_errors(db: Database, tmp_path):
    with pytest.raises(UserError) as info:
        _export(db, "unicorns", tmp_path / "u.json")
    assert info.value.code == "export_unknown_entity"
    assert "organizations" in info.value.params["choices"]
    assert "unicorns" in str(info.value)

    for name in ("o.txt", "o.xls", "o"):
        with pytest.raises(UserError) as info:
            _export(db, "organizations", tmp_path / name)
        assert info.value.code == "export_bad_format"
    assert not [p for p in ("u.json", "o.txt", "o.xls", "o") if (tmp_path / p).exists()]


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_unwritable_paths_are_user_errors(db: Database, filled, tmp_path, suffix):
    missing = tmp_path / "no" / "such" / f"folder{suffix}"
    with pytest.raises(UserError) as info:
        _export(db, "organizations", missing)
    assert info.value.code == "export_cannot_write"
    assert info.value.params["path"] == str(missing)
    assert info.value.params["reason"]
    assert not (tmp_path / "no").exists()

    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(UserError) as info:
        _export(db, "organizations", a_file / f"o{suffix}")
    assert info.value.code == "export_cannot_write"

    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    with pytest.raises(UserError) as info:
        _export(db, "organizations", folder)
    assert info.value.code == "export_cannot_write"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_a_failure_midway_leaves_no_partial_file_and_keeps_the_old_one(
    db: Database, tmp_path, monkeypatch, suffix
):
    with db.uow() as s:
        s.add_all(Organization(name=f"Org {i}", actor_type=ActorType.PUBLIC) for i in range(30))
    out = tmp_path / f"o{suffix}"
    out.write_bytes(b"previous export")
    real_pages = export_repo.pages

    def failing_pages(session, entity, page_size=10):
        for number, page in enumerate(real_pages(session, entity, page_size=10)):
            if number == 2:
                raise OSError(28, "No space left on device")
            yield page

    monkeypatch.setattr(export_service.repo, "pages", failing_pages)
    with pytest.raises(UserError) as info:
        _export(db, "organizations", out)
    assert info.value.code == "disk_full"  # said as such, not as the system's words
    assert out.read_bytes() == b"previous export"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_cancel_raises_and_writes_nothing(db: Database, filled, tmp_path, suffix):
    token = CancelToken()
    token.cancel()
    out = tmp_path / f"o{suffix}"
    with pytest.raises(Cancelled):
        _export(db, "organizations", out, cancel=token)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_cancel_during_xlsx_removes_openpyxl_temporary_file(db: Database, filled, tmp_path):
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    before = set(ALL_TEMP_FILES)
    token = CancelToken()

    def cancel_after_start(done: int, total: int, label: str) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        export_entity(db.uow, "organizations", tmp_path / "o.xlsx", cancel_after_start, token)
    assert set(ALL_TEMP_FILES) <= before
    assert _leftovers(tmp_path) == []


# --- start-up cost and the command line ------------------------------------------------------


def test_importing_the_cli_loads_no_heavy_library():
    code = (
        "import agencydesk.cli, sys; "
        "assert 'openpyxl' not in sys.modules, 'openpyxl'; "
        "assert 'PySide6' not in sys.modules, 'PySide6'; "
        "assert 'reportlab' not in sys.modules, 'reportlab'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_importing_the_export_service_loads_no_openpyxl():
    code = "import agencydesk.services.export, sys; assert 'openpyxl' not in sys.modules"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_cli_export_writes_the_file(
    db: Database, filled, tmp_path, monkeypatch, capsys, restore_logging
):
    monkeypatch.setenv("AGENCYDESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "en")
    out = tmp_path / "o.json"
    code = cli.main(["--db", str(db.path), "export", "organizations", "--out", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"1 row written to {out}"
    assert json.loads(out.read_text(encoding="utf-8"))[0]["name"] == ORG_NAME


@pytest.mark.parametrize(
    ("entity", "name", "needle"),
    [("unicorns", "u.json", "Unknown entity unicorns"), ("people", "p.txt", ".json, .csv")],
)
def test_cli_bad_arguments_give_one_line_and_nonzero(
    db: Database, tmp_path, monkeypatch, capsys, restore_logging, entity, name, needle
):
    monkeypatch.setenv("AGENCYDESK_HOME", str(tmp_path / "home"))
    out = tmp_path / name
    code = cli.main(["--db", str(db.path), "export", entity, "--out", str(out)])
    assert code != 0
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert needle in err
    assert not out.exists()
