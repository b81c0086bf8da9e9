"""Helpers of the pipeline tests (test_pipeline_*.py): partner-like sheets built in memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.domain.importing.workbook import (
    CellValue,
    FileFormat,
    MergedRange,
    RawSheet,
    RawWorkbook,
)
from agencydesk.services.database import Database
from agencydesk.services.importing.service import ImportService
from agencydesk.services.importing.setup import ImportSetup, LoadedFile, OnMatch

USER = "tester"

ORG_HEADERS = [
    "Nombre de la organización",
    "Tipo de actor",
    "RUT",
    "Correo electrónico",
    "Teléfono",
    "N° de socios",
    "Fecha de registro",
]


def loaded(
    rows: Sequence[Sequence[CellValue]],
    merged: Sequence[MergedRange] = (),
    name: str = "actores.xlsx",
    sheet: str = "Hoja1",
) -> LoadedFile:
    workbook = RawWorkbook(
        FileFormat.XLSX,
        [RawSheet(sheet, rows=[list(r) for r in rows], merged=list(merged))],
        reader="test",
    )
    return LoadedFile(Path(name), name, "ab" * 32, workbook)


def service(database: Database) -> ImportService:
    return ImportService(database.uow, lambda: USER)


def setup_for(
    svc: ImportService, file: LoadedFile, kind: ImportKind, **changes: Any
) -> ImportSetup:
    proposed = svc.propose(file, kind)
    if "on_match" in changes:
        changes["on_match"] = OnMatch(changes["on_match"])
    return replace(proposed, **changes)


def org_rows(*data: Sequence[CellValue], title: bool = True) -> list[list[CellValue]]:
    head: list[list[CellValue]] = [["PADRÓN DE ACTORES 2025"], []] if title else []
    return [*head, list(ORG_HEADERS), *(list(r) for r in data)]


def on_sqlite(database: Database) -> bool:
    """Whether the test runs on SQLite (its FTS5 index and triggers can then be checked)."""
    return database.uow.engine.dialect.name == "sqlite"


def scalar(database: Database, sql: str) -> Any:
    with database.uow.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            sql = sql.replace("%", "%%")  # as in rows_of
        return conn.exec_driver_sql(sql).scalar()


def rows_of(database: Database, sql: str) -> list[tuple[Any, ...]]:
    with database.uow.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            sql = sql.replace("%", "%%")  # psycopg reads a LIKE's "%" as a placeholder
        return [tuple(r) for r in conn.exec_driver_sql(sql)]
