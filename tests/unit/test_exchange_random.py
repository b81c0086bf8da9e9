"""Random edits on both sides over several rounds of exchanges, in random directions and with
random decisions: the two databases converge, an edit only one side made is never lost, and no
conflict is raised about a record only one side edited."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest
from exchange_support import Office, merged_views
from sqlalchemy import text

from agencydesk.services.exchange import Decision

EDITS = {
    "organizations": ("phone", 8),
    "people": ("position", 8),
    "actions": ("progress_pct", 5),
}


class Run:
    def __init__(self, seed: int, a: Office, b: Office) -> None:
        self.rng = random.Random(seed)
        self.a, self.b = a, b
        self.clock = 0
        self.edits: dict[tuple[str, int], dict[str, object]] = {}  # record → side → value
        self.conflicted: list[tuple[str, int]] = []

    def edit(self, office: Office) -> None:
        self.clock += 1
        stamp = f"2030-01-01 00:{self.clock // 60:02d}:{self.clock % 60:02d}"
        table = self.rng.choice([*EDITS, "new"])
        with office.db.uow() as s:
            if table == "new":
                s.execute(
                    text(
                        "INSERT INTO people (full_name, sort_name, uuid, created_at, updated_at) "
                        "VALUES (:n, :n, :u, :t, :t)"
                    ),
                    {"n": f"new {office.name} {self.clock}", "u": str(uuid.uuid4()), "t": stamp},
                )
                return
            column, count = EDITS[table]
            row = self.rng.randint(1, count)
            value: object = self.clock % 101 if table == "actions" else f"{office.name}{self.clock}"
            s.execute(
                text(f"UPDATE {table} SET {column} = :v, updated_at = :t WHERE id = :i"),
                {"v": value, "t": stamp, "i": row},
            )
        self.edits.setdefault((table, row), {})[office.name] = value

    def exchange(self, sender: Office, receiver: Office, folder: Path, **merge) -> None:
        result = sender.send(receiver, folder, **merge)
        for c in result.conflicts:
            row = self.a.scalar(f"SELECT id FROM {c.table} WHERE uuid = :u", u=c.uuid)
            self.conflicted.append((c.table, row))


@pytest.mark.slow
@pytest.mark.parametrize("seed", [3, 17, 40])
def test_random_rounds_converge_without_losing_an_edit(
    seed: int, demo_template: Path, tmp_path: Path
) -> None:
    a = Office(tmp_path / "a.sqlite3", "A", demo_template)
    b = Office(tmp_path / "b.sqlite3", "B", demo_template)
    run = Run(seed, a, b)
    try:
        for _round in range(5):
            for office in (a, b):
                for _ in range(run.rng.randint(0, 4)):
                    run.edit(office)
            pairs = [(a, b), (b, a)]
            run.rng.shuffle(pairs)
            for sender, receiver in pairs:
                decision = run.rng.choice([Decision.THEIRS, Decision.MINE, None])
                run.exchange(sender, receiver, tmp_path, default=decision)
        # Whatever was left undecided is settled; one round trip then suffices.
        run.exchange(a, b, tmp_path, default=Decision.THEIRS)
        run.exchange(b, a, tmp_path, default=Decision.THEIRS)

        view_a, view_b = merged_views(a, b)
        assert view_a == view_b
        for sender, receiver in ((a, b), (b, a)):
            totals = sender.send(receiver, tmp_path).totals()
            assert (totals.created, totals.updated, totals.conflicts) == (0, 0, 0)
        one_sided = {record for record, sides in run.edits.items() if len(sides) == 1}
        assert [c for c in run.conflicted if c in one_sided] == []
        for (table, row), sides in run.edits.items():
            if len(sides) == 1:
                ((_side, value),) = sides.items()
                column = EDITS[table][0]
                for office in (a, b):
                    got = office.scalar(f"SELECT {column} FROM {table} WHERE id = :i", i=row)
                    assert got == value, (table, row, office.name)
    finally:
        a.close()
        b.close()
