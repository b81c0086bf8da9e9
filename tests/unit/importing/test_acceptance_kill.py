"""Acceptance: kill -9 during a 50,000-row import leaves all or none of the batch.

The headless import (``python -m agencydesk --db DB import BIG.xlsx --as organizations``) runs
on a database that already holds the padrón (24 organizations, one import batch) and is killed
with SIGKILL, the whole process tree at once (the reader grandchild too), at moments chosen
from what the import shows while it runs:

    reading      the reader process has been alive 0.4 s (python-calamine parsing the sheet)
    validating   1.5 s after the log says the file was read (header, mapping, values, matches)
    inserting    the database's write-ahead log has grown past 1 MB, then past 4 MB
    committed    the log says the batch was written (the process is finishing)
    random       a seeded delay in [0.2 s, the time the import took to commit]

Then ``PRAGMA integrity_check`` is "ok", the search index and its triggers are intact, and
the organizations are the ones before or those plus the whole batch, with its import_batches
row only in the second case. ``AGENCYDESK_KILL_TRIALS=N`` adds N more random trials (issue 7
runs 100); each trial prints its moment, outcome and seconds.
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import open_database
from agencydesk.services.importing.service import ImportService

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importing"
ROWS = 50_000
EXTRA_TRIALS = int(os.environ.get("AGENCYDESK_KILL_TRIALS", "0"))


def _fixture_module(name: str):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


proctree = _fixture_module("proctree")
fx = _fixture_module("make_fixtures")

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL of a process tree")


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "padron_50000.xlsx"
    fx.write_large_padron(path, ROWS)
    return path


@pytest.fixture(scope="module")
def seeded(template_database: Path, tmp_path_factory) -> Path:
    """A database holding the padrón, imported once: the state every trial starts from."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.sqlite3"
    shutil.copyfile(template_database, path)
    database = open_database(path, None)
    try:
        ImportService(database.uow, lambda: "tester").import_file(
            FIXTURES / "padron_actores.xlsx", ImportKind.ORGANIZATIONS
        )
    finally:
        database.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # WAL checkpointed
    return path


def _state(db: Path) -> dict:
    with sqlite3.connect(db) as con:
        state = {
            "integrity": con.execute("PRAGMA integrity_check").fetchall(),
            "organizations": con.execute("SELECT count(*) FROM organizations").fetchone()[0],
            "batches": con.execute("SELECT count(*) FROM import_batches").fetchall()[0][0],
            "triggers": sorted(
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            ),
        }
        # FTS5's own check that the index matches its content table (raises if not).
        for index in ("organizations_fts", "people_fts"):
            con.execute(f"INSERT INTO {index}({index}) VALUES('integrity-check')")
    con.close()
    return state


class Moment:
    """Decides, from what the running import shows, when to kill it."""

    def __init__(self, name: str, db: Path, log: Path) -> None:
        self.name, self.db, self.log = name, db, log
        self.seen: float | None = None  # when the awaited sign first showed

    def _wal(self) -> int:
        try:
            return os.stat(f"{self.db}-wal").st_size
        except OSError:
            return 0

    def _logged(self, words: str) -> bool:
        try:
            return words in self.log.read_text("utf-8", errors="replace")
        except OSError:
            return False

    def after(self, sign: bool, elapsed: float, delay: float) -> bool:
        if self.seen is None and sign:
            self.seen = elapsed
        return self.seen is not None and elapsed >= self.seen + delay

    def rule(self, random_delay: float = 0.0) -> Callable[[float, list[int]], bool]:
        rules: dict[str, Callable[[float, list[int]], bool]] = {
            "reading": lambda t, pids: self.after(len(pids) >= 2, t, 0.4),
            "validating": lambda t, pids: self.after(self._logged("read padron_50000"), t, 1.5),
            "inserting (WAL > 1 MB)": lambda t, pids: self._wal() > 2**20,
            "inserting (WAL > 4 MB)": lambda t, pids: self._wal() > 4 * 2**20,
            "committed": lambda t, pids: self._logged("import padron_50000"),
        }
        if self.name.startswith("random"):
            return lambda t, pids: t >= random_delay
        return rules[self.name]


def _trial(name: str, big: Path, seeded: Path, folder: Path, delay: float = 0.0) -> dict:
    folder.mkdir()
    db, home = folder / "db.sqlite3", folder / "home"
    shutil.copyfile(seeded, db)
    log = paths.resolve(db, {paths.HOME_ENV: str(home)}).log_file
    env = {
        "AGENCYDESK_HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "agencydesk", "--db", str(db), "import", str(big)]
    command += ["--as", "organizations"]
    moment = Moment(name, db, log)
    measured = proctree.run_measured(
        command, env=env, timeout=120, kill_when=moment.rule(delay), poll=0.02
    )
    return {"name": name, "measured": measured, "state": _state(db), "db": db}


def test_kill_9_leaves_all_or_none_of_the_batch(big_sheet, seeded, tmp_path, request) -> None:
    before = _state(seeded)
    assert before["integrity"] == [("ok",)]
    assert (before["organizations"], before["batches"]) == (fx.PADRON_CREATED, 1)

    trials = []
    for index, name in enumerate(
        ("reading", "validating", "inserting (WAL > 1 MB)", "inserting (WAL > 4 MB)", "committed")
    ):
        trials.append(_trial(name, big_sheet, seeded, tmp_path / f"t{index}"))
    # Random moments up to the time the import took to commit (seeded: reproducible).
    committed_at = trials[-1]["measured"].seconds
    rng = random.Random(5)
    for extra in range(1 + EXTRA_TRIALS):
        delay = rng.uniform(0.2, committed_at)
        name = f"random {delay:.1f} s"
        trials.append(_trial(name, big_sheet, seeded, tmp_path / f"r{extra}", delay))

    lines = []
    for trial in trials:
        m, state = trial["measured"], trial["state"]
        added = state["organizations"] - before["organizations"]
        outcome = "none" if added == 0 else "all" if added == ROWS else f"{added} rows (PARTIAL)"
        lines.append(
            f"{trial['name']:<24} killed={m.killed!s:<5} at {m.seconds:5.2f} s  batch: {outcome}"
        )
    plugins = request.config.pluginmanager
    reporter, capture = plugins.getplugin("terminalreporter"), plugins.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for line in lines:
                reporter.write_line(line)

    for trial, line in zip(trials, lines, strict=True):
        m, state = trial["measured"], trial["state"]
        assert state["integrity"] == [("ok",)], line
        assert state["triggers"] == before["triggers"], line  # the bulk load's drop undone
        added = state["organizations"] - before["organizations"]
        if added == 0:
            assert state["batches"] == before["batches"], line  # no row for a killed batch
        else:
            assert added == ROWS, line  # never part of the batch
            assert state["batches"] == before["batches"] + 1, line
        if not trial["name"].startswith(("random", "committed")):
            # These moments are before the commit: the kill came, and nothing stayed.
            assert m.killed and m.returncode == -9, line
            assert added == 0, line
    committed = next(t for t in trials if t["name"] == "committed")
    assert committed["state"]["organizations"] == before["organizations"] + ROWS

    # The killed database opens in the program and takes the same import afterwards.
    reading = trials[0]["db"]
    database = open_database(reading, None)
    try:
        _, _, result = ImportService(database.uow, lambda: "tester").import_file(
            FIXTURES / "padron_actores_utf8_coma.csv", ImportKind.ORGANIZATIONS
        )
    finally:
        database.close()
    assert result.created == 0  # the padrón is there, whole, from before the killed batch
