"""A database with N organizations (and a person for every other one), made once and cached."""

from __future__ import annotations

import random
import time
from pathlib import Path

from sqlalchemy import insert

from agencydesk.data import search
from agencydesk.data.models import Organization, Person, Territory
from agencydesk.domain.enums import ActorType, GovernmentLevel, TerritoryLevel
from agencydesk.services.database import open_database

OUT = Path(__file__).resolve().parent / "out"
FIRST = ["José", "María", "Ana", "Luis", "Carmen", "Jorge", "Lucía", "Pedro", "Rosa", "Iván"]
LAST = ["Núñez", "Pérez", "Gómez", "Quispe", "Mamani", "Hernández", "Muñoz", "Rojas", "Díaz"]
KINDS = ["Cooperativa", "Asociación", "Municipalidad", "Universidad", "Fundación", "Empresa"]
PLACES = ["Tapachula", "Pucallpa", "Valdivia", "Huixtla", "Aguaytía", "Panguipulli", "Cacahoatán"]


def big_database(n: int = 100_000) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"orgs_{n}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    rng = random.Random(7)
    building = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(building) + suffix).unlink(missing_ok=True)
    database = open_database(building, None)
    with database.uow() as s:
        s.execute(
            insert(Territory), [{"name": p, "level": TerritoryLevel.MUNICIPALITY} for p in PLACES]
        )
        with search.bulk_loading(s):
            orgs = []
            for i in range(n):
                kind = rng.choice(KINDS)
                actor = ActorType.PUBLIC if kind == "Municipalidad" else rng.choice(list(ActorType))
                orgs.append(
                    {
                        "name": f"{kind} {rng.choice(LAST)} {rng.choice(PLACES)} {i}",
                        "actor_type": actor,
                        "government_level": GovernmentLevel.LOCAL
                        if actor == ActorType.PUBLIC
                        else None,
                        "territory_id": rng.randint(1, len(PLACES)),
                        "sector": rng.choice(["café", "forestal", "cacao", "turismo"]),
                        "tax_id": f"{rng.randint(10**10, 10**11 - 1)}",
                    }
                )
            s.execute(insert(Organization), orgs)
            s.execute(
                insert(Person),
                [
                    {
                        "full_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                        "organization_id": i * 2 + 1,
                        "position": "Gerente",
                    }
                    for i in range(n // 2)
                ],
            )
    database.close()
    building.rename(path)
    print(f"(built {path.name} in {time.perf_counter() - started:.1f} s)")
    return path
