"""Benchmark of the home dashboard's summary on a large office. Not run by CI.

    python bench/dashboard.py [--actions 50000] [--repeat 7]

Builds (once, cached under bench/out) a database with the given number of actions spread over
plans, and bottlenecks, participations, organizations and people in proportion, then times
``DashboardService.summary()`` against a baseline measured in the same run (this machine is
shared and noisy, so only same-run ratios compare): one trivial aggregate query,
``SELECT count(*) FROM actions``, through the same unit of work (answered from an index, so
it hardly grows with the table), and one full pass over the actions,
``SELECT sum(progress_pct) FROM actions``, the least any figure over every action costs. The
dashboard makes a handful of GROUP BY queries, so it should stay a small multiple of one pass,
not grow with the number of plans or initiatives as a per-row loop would.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from agencydesk.data import search  # noqa: E402
from agencydesk.data.models import (  # noqa: E402
    Action,
    ActionPlan,
    Bottleneck,
    Initiative,
    Organization,
    Participation,
    Person,
)
from agencydesk.domain.enums import (  # noqa: E402
    ActionStatus,
    ActorType,
    BottleneckStatus,
    Gender,
    InitiativeKind,
    InitiativeStatus,
)
from agencydesk.services.dashboard import DashboardService  # noqa: E402
from agencydesk.services.database import open_database  # noqa: E402

OUT = HERE / "out"


def big_planning_database(n_actions: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"planning_{n_actions}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    rng = random.Random(11)
    today = date.today()
    n_orgs, n_people = max(200, n_actions // 10), max(300, n_actions // 5)
    n_initiatives, n_plans = max(20, n_actions // 250), max(20, n_actions // 100)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    database = open_database(building, None)
    with database.uow() as s, search.bulk_loading(s):
        s.execute(
            insert(Organization),
            [
                {"name": f"Organización {i}", "actor_type": rng.choice(list(ActorType))}
                for i in range(n_orgs)
            ],
        )
        genders = [*Gender, None]
        s.execute(
            insert(Person),
            [
                {
                    "full_name": f"Persona {i}",
                    "organization_id": rng.randint(1, n_orgs),
                    "gender": rng.choice(genders),
                }
                for i in range(n_people)
            ],
        )
        s.execute(
            insert(Initiative),
            [
                {
                    "name": f"Mesa {i}",
                    "kind": rng.choice(list(InitiativeKind)),
                    "status": rng.choice(list(InitiativeStatus)),
                }
                for i in range(n_initiatives)
            ],
        )
        s.execute(
            insert(Participation),
            [
                {
                    "initiative_id": rng.randint(1, n_initiatives),
                    "organization_id": rng.randint(1, n_orgs),
                    "person_id": rng.choice([None, rng.randint(1, n_people)]),
                    "until": rng.choice(
                        [None, None, today + timedelta(days=rng.randint(-400, 400))]
                    ),
                }
                for _ in range(n_actions // 2)
            ],
        )
        s.execute(
            insert(Bottleneck),
            [
                {
                    "initiative_id": 1 + i % n_initiatives,
                    "code": f"CB-{i}",
                    "title": f"Cuello de botella {i}",
                    "status": rng.choice(list(BottleneckStatus)),
                }
                for i in range(n_actions // 10)
            ],
        )
        s.execute(
            insert(ActionPlan),
            [
                {"title": f"Plan {i}", "initiative_id": 1 + i % n_initiatives, "currency": "PEN"}
                for i in range(n_plans)
            ],
        )
        actions = []
        for i in range(n_actions):
            start = today + timedelta(days=rng.randint(-500, 200))
            actions.append(
                {
                    "plan_id": rng.randint(1, n_plans),
                    "title": f"Acción {i}",
                    "status": rng.choice(list(ActionStatus)),
                    "progress_pct": rng.randint(0, 100),
                    "start_date": start,
                    "end_date": start + timedelta(days=rng.randint(0, 300)),
                    "budget": Decimal(rng.randint(0, 500_000)),
                }
            )
        s.execute(insert(Action), actions)
    database.close()
    building.rename(path)
    print(f"(built {path.name} in {time.perf_counter() - started:.1f} s)")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = big_planning_database(args.actions)
    database = open_database(path, None)
    service = DashboardService(database.uow)

    def baseline() -> float:
        t0 = time.perf_counter()
        with database.uow() as s:
            s.scalar(select(func.count()).select_from(Action))
        return time.perf_counter() - t0

    def one_pass() -> float:
        t0 = time.perf_counter()
        with database.uow() as s:
            s.scalar(select(func.sum(Action.progress_pct)))
        return time.perf_counter() - t0

    def summary() -> float:
        t0 = time.perf_counter()
        service.summary()
        return time.perf_counter() - t0

    baseline(), one_pass(), summary()  # warm the file cache for all
    base, scan, ours = [], [], []
    for _ in range(args.repeat):  # alternate, so that noise hits all alike
        base.append(baseline())
        scan.append(one_pass())
        ours.append(summary())
    b, p, o = statistics.median(base), statistics.median(scan), statistics.median(ours)
    result = service.summary()
    print(
        f"database: {path.name} ({result.total_actions} actions in {len(result.plans)} plans, "
        f"{len(result.bottlenecks)} initiatives with bottlenecks, "
        f"{result.headline.organizations} organizations, {result.headline.people} people)"
    )
    print(
        f"dashboard summary(): {o * 1000:.0f} ms (baseline SELECT count(*) FROM actions: "
        f"{b * 1000:.1f} ms, ratio {o / b:.0f}x; one pass over the actions, "
        f"SELECT sum(progress_pct) FROM actions: {p * 1000:.1f} ms, ratio {o / p:.1f}x)"
    )
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
