"""Helpers of the exchange tests: two office databases, their contents by uuid, edits."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from agencydesk.data.repos import exchange as repo
from agencydesk.data.repos.bulk import table_of
from agencydesk.services.actors import ActorsService
from agencydesk.services.database import Database, open_database
from agencydesk.services.exchange import ExchangeService, MergeResult
from agencydesk.services.exchange.rows import canonical


class Office:
    """One office's database with its exchange service and the services the tests edit with."""

    def __init__(self, path: Path | str, name: str, source: Path | None = None) -> None:
        """``path``: a file (a copy of ``source`` when given) or a PostgreSQL URL."""
        if source is not None:
            shutil.copyfile(source, path)
        self.name = name
        self.path = path
        self.db: Database = open_database(path, None)
        self.exchange = ExchangeService(self.db.uow, lambda: f"user of {name}", lambda: name)
        self.actors = ActorsService(self.db.uow, lambda: f"user of {name}")

    def close(self) -> None:
        self.db.close()

    def send(self, other: Office, folder: Path, **merge: Any) -> MergeResult:
        """Export everything here and merge it there."""
        out = folder / f"from-{self.name}.agencydesk"
        self.exchange.export(out)
        return other.exchange.merge(other.exchange.read(out), **merge)

    # --- reading -----------------------------------------------------------------------

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.db.uow() as s:
            return s.execute(text(sql), params).scalar()

    def count(self, table: str) -> int:
        with self.db.uow() as s:
            return int(s.scalar(select(func.count()).select_from(table_of(table))) or 0)

    def contents(self, aliases: dict[str, str] | None = None) -> dict[str, dict[str, tuple]]:
        """Every exchanged record by uuid: its fields, canonical, references as uuids (mapped
        through ``aliases``: another database's uuid → ours)."""
        aliases = aliases or {}
        out: dict[str, dict[str, tuple]] = {}
        with self.db.uow() as s:
            for table in repo.exchanged_tables():
                fields = repo.spec(table).fields
                rows = {}
                for row in repo.read_rows(s, table):
                    values = []
                    for f in fields:
                        value = canonical(f, row[f.name])
                        if f.target is not None and value is not None:
                            value = aliases.get(value, value)
                        values.append(value)
                    rows[aliases.get(row["uuid"], row["uuid"])] = tuple(values)
                out[table] = rows
        return out

    def aliases(self) -> dict[str, str]:
        """The other database's uuid → ours, for records matched by a natural key."""
        with self.db.uow() as s:
            rows = s.execute(
                text("SELECT row_uuid, local_uuid FROM exchange_marks WHERE local_uuid IS NOT NULL")
            )
            return {r[0]: r[1] for r in rows}

    def everything(self) -> dict[str, list[tuple]]:
        """Every row of every table (exchange bookkeeping and audit included), for "nothing
        was written" checks."""
        out = {}
        with self.db.uow() as s:
            for table in (*repo.exchanged_tables(), *sorted(repo.LOCAL_TABLES)):
                t = table_of(table)
                out[table] = [tuple(r) for r in s.execute(select(t).order_by(t.c.id))]
        return out

    # --- editing -----------------------------------------------------------------------

    def org_id(self, name: str) -> int:
        return int(self.scalar("SELECT id FROM organizations WHERE name = :n", n=name))

    def person_id(self, name: str) -> int:
        return int(self.scalar("SELECT id FROM people WHERE full_name = :n", n=name))

    def edit_org(self, name: str, **changes: Any) -> None:
        org_id = self.org_id(name)
        record = self.actors.organization(org_id)
        self.actors.update_organization(org_id, replace(record.draft, **changes))

    def edit_person(self, name: str, **changes: Any) -> None:
        person_id = self.person_id(name)
        record = self.actors.person(person_id)
        self.actors.update_person(person_id, replace(record.draft, **changes))


def rewrite(path: Path, entry: str, change: Callable[[Any], Any]) -> None:
    """Rewrite one JSON entry of an exchange file (a hand-edited or forged file)."""
    with zipfile.ZipFile(path) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    entries[entry] = json.dumps(change(json.loads(entries[entry]))).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def merged_views(a: Office, b: Office) -> tuple[dict, dict]:
    """Both databases' contents in A's uuids (records matched by name map to A's)."""
    to_a = dict(a.aliases())  # B's uuid → A's
    to_a.update({ours: theirs for theirs, ours in b.aliases().items()})  # B's own → A's
    return a.contents(), b.contents(to_a)
