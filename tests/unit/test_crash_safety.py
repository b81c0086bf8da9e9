"""Crash safety: kill -9 at random moments of a large import leaves a sound file holding all or
none of the batch; a clean exit leaves no write-ahead log behind.

Each trial copies a database holding the padrón (24 organizations, one batch), runs the
headless import of a ``ROWS``-row sheet (``python -m agencydesk --db DB import SHEET``) and
SIGKILLs its whole process tree (the reader grandchild too) at a moment drawn from a seeded
random generator, in turn:

    anywhere   uniform over the whole run, start-up to exit (most land before the commit:
               the import holds its pages in SQLite's cache and writes them at the end)
    writing    once the write-ahead log has grown past a random share of its final size:
               in the middle of writing the transaction's pages
    closing    a random delay after the log says the batch was written: during the close
               and the checkpoint that copies the log into the file

Then ``PRAGMA integrity_check`` is "ok", both search indexes pass FTS5's own check, the
triggers the bulk load dropped are back, and the organizations are those before or those
plus the whole batch (with its batch row only then). A few trials kill ``undo-import`` of
the batch the same way (its deletes and index rebuild are one transaction too).

Sizes: 100 trials of a 50,000-row import took 19 minutes on this 2-core machine (shared with
other work; 0 violations), too long for every run, so the default sheet has 5,000 rows: about
2 minutes on a quiet machine, 4 under load. ``AGENCYDESK_CRASH_ROWS=50000`` runs the issue's
size, ``AGENCYDESK_CRASH_TRIALS`` and ``AGENCYDESK_CRASH_SEED`` change the count and
the draw. The figures are printed (``-s`` or not).
"""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.domain.importing.kinds import ImportKind
from agencydesk.services.database import open_database
from agencydesk.services.importing.service import ImportService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importing"
ROWS = int(os.environ.get("AGENCYDESK_CRASH_ROWS", "5000"))
TRIALS = int(os.environ.get("AGENCYDESK_CRASH_TRIALS", "100"))
UNDO_TRIALS = int(os.environ.get("AGENCYDESK_CRASH_UNDO_TRIALS", "10"))
SEED = int(os.environ.get("AGENCYDESK_CRASH_SEED", "7"))
SHEET_NAME = f"padron_{ROWS}"


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

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sqlite_only,
    pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL of a process tree"),
]


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash-sheet") / f"{SHEET_NAME}.xlsx"
    fx.write_large_padron(path, ROWS)
    return path


@pytest.fixture(scope="module")
def seeded(template_database: Path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash-seeded") / "seeded.sqlite3"
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


def state_of(db: Path) -> dict:
    with closing(sqlite3.connect(db)) as con:
        state = {
            "integrity": con.execute("PRAGMA integrity_check").fetchall(),
            "organizations": con.execute("SELECT count(*) FROM organizations").fetchone()[0],
            "batches": con.execute("SELECT count(*) FROM import_batches").fetchone()[0],
            "undone": con.execute(
                "SELECT count(*) FROM import_batches WHERE undone_at IS NOT NULL"
            ).fetchone()[0],
            "triggers": sorted(
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
            ),
            "fts": "ok",
        }
        for index in ("organizations_fts", "people_fts"):
            try:  # FTS5's own check that the index matches its table (raises if not)
                con.execute(f"INSERT INTO {index}({index}) VALUES('integrity-check')")
            except sqlite3.DatabaseError as exc:
                state["fts"] = f"{index}: {exc}"
    return state


@dataclass
class Watch:
    """What a running import shows: its write-ahead log and its log file."""

    db: Path
    log: Path
    wal_seen: int = 0
    committed_at: float | None = None
    wal_grew: bool = False

    def wal(self) -> int:
        try:
            return os.stat(f"{self.db}-wal").st_size
        except OSError:
            return 0

    def look(self, elapsed: float, done_words: str) -> None:
        size = self.wal()
        if size > self.wal_seen:
            self.wal_seen, self.wal_grew = size, True
        if self.committed_at is None:
            try:
                text = self.log.read_text("utf-8", errors="replace")
            except OSError:
                text = ""
            if done_words in text:
                self.committed_at = elapsed

    def phase(self) -> str:
        if self.committed_at is not None:
            return "after commit"
        return "during commit" if self.wal_grew else "before commit"


def run_one(
    command_args: list[str],
    seeded_db: Path,
    folder: Path,
    rule: Callable[[float, Watch], bool] | None,
    done_words: str,
) -> tuple[object, Watch, dict]:
    folder.mkdir()
    db, home = folder / "db.sqlite3", folder / "home"
    shutil.copyfile(seeded_db, db)
    watch = Watch(db, paths.resolve(db, {paths.HOME_ENV: str(home)}).log_file)
    env = {
        "AGENCYDESK_HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    command = [sys.executable, "-m", "agencydesk", "--db", str(db), *command_args]

    def kill_when(elapsed: float, _pids: list[int]) -> bool:
        watch.look(elapsed, done_words)
        return rule is not None and rule(elapsed, watch)

    measured = proctree.run_measured(command, env=env, timeout=180, kill_when=kill_when, poll=0.004)
    wal_left = watch.wal() if Path(f"{db}-wal").exists() else None
    state = state_of(db)
    state["wal_left"] = wal_left
    shutil.rmtree(folder)  # keep the disk use of 100 trials small
    return measured, watch, state


def moments(
    calibration: Watch,
    seconds: float,
    rng: random.Random,
    count: int,
    kinds: tuple[str, ...] = ("anywhere", "writing", "closing"),
):
    """(kind, description, rule) for each trial, drawn in turn from ``kinds``."""
    committed = calibration.committed_at or seconds
    wal_full = max(calibration.wal_seen, 1)
    for index in range(count):
        kind = kinds[index % len(kinds)]
        if kind == "anywhere":
            at = rng.uniform(0.05, seconds)
            yield kind, f"at {at:.2f} s", lambda t, w, at=at: t >= at
        elif kind == "writing":
            share = rng.uniform(0.0, 1.0)
            threshold = int(share * wal_full)
            yield kind, f"WAL > {share:.0%}", lambda t, w, n=threshold: w.wal() > n
        else:
            delay = rng.uniform(0.0, max(seconds - committed, 0.01))
            yield (
                kind,
                f"commit + {delay:.2f} s",
                lambda t, w, d=delay: w.committed_at is not None and t >= w.committed_at + d,
            )


def report(request, lines: list[str]) -> None:
    plugins = request.config.pluginmanager
    reporter, capture = plugins.getplugin("terminalreporter"), plugins.getplugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            for line in lines:
                reporter.write_line(line)


def judge(state: dict, before: dict, added_rows: int, batch_added: int) -> tuple[str, list[str]]:
    """The outcome ("none" / "all") and every rule the state breaks."""
    broken = []
    if state["integrity"] != [("ok",)]:
        broken.append(f"integrity_check: {state['integrity'][:3]}")
    if state["fts"] != "ok":
        broken.append(state["fts"])
    if state["triggers"] != before["triggers"]:
        broken.append("search triggers missing")
    added = state["organizations"] - before["organizations"]
    batches = state["batches"] - before["batches"]
    if added == 0 and batches == 0:
        return "none", broken
    if added == added_rows and batches == batch_added:
        return "all", broken
    broken.append(f"PARTIAL: {added} organizations, {batches} batch rows added")
    return "partial", broken


def test_kill_9_at_random_moments_of_an_import_leaves_all_or_none(
    big_sheet: Path, seeded: Path, tmp_path: Path, request
) -> None:
    before = state_of(seeded)
    assert before["integrity"] == [("ok",)] and before["fts"] == "ok"
    import_args = ["import", str(big_sheet), "--as", "organizations"]
    done_words = f"import {SHEET_NAME}"

    # An undisturbed run: how long it takes, when it commits, how big its log grows.
    measured, calibration, after = run_one(import_args, seeded, tmp_path / "c", None, done_words)
    assert measured.returncode == 0, measured.stderr
    assert after["organizations"] == before["organizations"] + ROWS
    assert calibration.committed_at is not None
    seconds = measured.seconds

    rng = random.Random(SEED)
    rows, counts, violations = [], Counter(), []
    for index, (kind, description, rule) in enumerate(moments(calibration, seconds, rng, TRIALS)):
        measured, watch, state = run_one(
            import_args, seeded, tmp_path / f"t{index}", rule, done_words
        )
        outcome, broken = judge(state, before, ROWS, 1)
        phase = f"killed {watch.phase()}" if measured.killed else "finished before the kill"
        counts[(phase, outcome)] += 1
        line = (
            f"{index:3d} {kind:<8} {description:<18} killed={measured.killed!s:<5} "
            f"{measured.seconds:5.2f} s  {phase:<28} batch: {outcome}"
        )
        rows.append(line + ("  VIOLATION " + "; ".join(broken) if broken else ""))
        if broken:
            violations.append(line + " " + "; ".join(broken))

    # Undo of the whole batch, killed the same way: its deletes, audit rows and index
    # rebuild are one transaction too.
    undo_base = _imported_copy(seeded, big_sheet, tmp_path)
    undo_before = state_of(undo_base)
    undo_args = ["undo-import", str(undo_before["batches"])]
    measured, undo_watch, undone = run_one(undo_args, undo_base, tmp_path / "uc", None, "-")
    assert measured.returncode == 0, measured.stderr
    assert undone["organizations"] == before["organizations"]
    undo_counts: Counter = Counter()
    undo_moments = moments(undo_watch, measured.seconds, rng, UNDO_TRIALS, ("anywhere", "writing"))
    for index, (kind, description, rule) in enumerate(undo_moments):
        measured, watch, state = run_one(undo_args, undo_base, tmp_path / f"u{index}", rule, "-")
        removed = undo_before["organizations"] - state["organizations"]
        marked = state["undone"] - undo_before["undone"]
        outcome = {(0, 0): "none", (ROWS, 1): "all"}.get((removed, marked), "PARTIAL")
        sound = state["integrity"] == [("ok",)] and state["fts"] == "ok"
        sound = sound and state["triggers"] == before["triggers"]
        phase = f"killed {watch.phase()}" if measured.killed else "finished before the kill"
        undo_counts[f"{phase}: {outcome}"] += 1
        line = f"undo {index:2d} {kind:<8} {description:<14} killed={measured.killed!s:<5} "
        line += f"{phase:<28} batch: {outcome}"
        rows.append(line)
        if outcome == "PARTIAL" or not sound:
            violations.append(f"{line} {state}")

    summary = [
        f"kill -9 trials: {TRIALS} of a {ROWS:,}-row import (seed {SEED}); an undisturbed run "
        f"took {seconds:.2f} s and committed at {calibration.committed_at:.2f} s "
        f"(WAL {calibration.wal_seen / 2**20:.1f} MB)",
        *(
            f"  {phase}: {sum(n for (p, _o), n in counts.items() if p == phase)} ("
            + ", ".join(f"{o} {n}" for (p, o), n in sorted(counts.items()) if p == phase)
            + ")"
            for phase in sorted({p for p, _o in counts})
        ),
        f"  undo-import trials: {UNDO_TRIALS}: "
        + ", ".join(f"{k}: {n}" for k, n in sorted(undo_counts.items())),
        f"  violations: {len(violations)}",
    ]
    report(request, rows + summary)
    assert violations == []
    written = sum(
        n for (p, _o), n in counts.items() if p.endswith(("during commit", "after commit"))
    )
    assert written > 0  # the draw reached the write


def _imported_copy(seeded: Path, sheet: Path, tmp_path: Path) -> Path:
    path = tmp_path / "imported.sqlite3"
    shutil.copyfile(seeded, path)
    database = open_database(path, None)
    try:
        ImportService(database.uow, lambda: "tester").import_file(sheet, ImportKind.ORGANIZATIONS)
    finally:
        database.close()
    return path


def test_a_clean_exit_leaves_no_write_ahead_log(template_database: Path, tmp_path: Path) -> None:
    """The headless import exits cleanly: the log was copied into the file and removed."""
    measured, _watch, state = run_one(
        ["import", str(FIXTURES / "padron_actores.xlsx"), "--as", "organizations"],
        template_database,
        tmp_path / "clean",
        None,
        "-",
    )
    assert measured.returncode in (0, 3), measured.stderr
    assert state["organizations"] == fx.PADRON_CREATED
    assert state["wal_left"] in (None, 0)
    assert state["integrity"] == [("ok",)]
