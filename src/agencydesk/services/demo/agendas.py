"""The three territorial strategic agendas of the demo, with their goals."""

from __future__ import annotations

from typing import Any

from agencydesk.services.demo.dates import Days


def agendas(days: Days) -> list[dict[str, Any]]:
    soconusco = (days.year_start(-1), days.year_end(4))
    ucayali = (days.year_start(-2), days.year_end(3))
    los_rios = (days.year_start(0), days.year_end(5))
    return [
        {
            "key": "soconusco",
            "title": "Agenda de Desarrollo Económico Territorial del Soconusco "
            f"{soconusco[0].year}–{soconusco[1].year}",
            "territory_id": "soconusco",
            "period_start": soconusco[0],
            "period_end": soconusco[1],
            "vision": "Al final del periodo, el Soconusco es reconocido por sus cafés de "
            "especialidad y su cacao fino de aroma, producidos por organizaciones fuertes que "
            "venden con valor agregado y trazabilidad, con empleo digno para jóvenes y mujeres "
            "en la región fronteriza.",
            "status": "in_execution",
            "convener_id": "seyt",
            "notes": "Validada en el foro regional de Tapachula con 140 participantes de los "
            "16 municipios de la región.",
        },
        {
            "key": "ucayali",
            "title": "Agenda Regional de Desarrollo Productivo de Ucayali "
            f"{ucayali[0].year}–{ucayali[1].year}",
            "territory_id": "ucayali",
            "period_start": ucayali[0],
            "period_end": ucayali[1],
            "vision": "Ucayali aprovecha de forma sostenible y legal su patrimonio forestal y "
            "agrícola: la madera, el cacao y la acuicultura amazónica generan empleo formal, "
            "exportaciones con valor agregado y bienestar para las comunidades nativas.",
            "status": "in_execution",
            "convener_id": "goreu",
            "notes": "Articulada con el Plan de Desarrollo Regional Concertado y con las mesas "
            "ejecutivas de PRODUCE.",
        },
        {
            "key": "los-rios",
            "title": "Estrategia Regional de Fomento Productivo de Los Ríos "
            f"{los_rios[0].year}–{los_rios[1].year}",
            "territory_id": "los-rios",
            "period_start": los_rios[0],
            "period_end": los_rios[1],
            "vision": "Los Ríos es una región líder en la industria sostenible de la madera "
            "nativa y en productos lácteos y turísticos de origen, con pymes innovadoras "
            "conectadas a la universidad y a los mercados nacionales.",
            "status": "validated",
            "convener_id": "gore-los-rios",
            "notes": None,
        },
    ]


# agenda key → (strategic goals, management goals), each in order
GOALS: dict[str, tuple[list[str], list[str]]] = {
    "soconusco": (
        [
            "Aumentar la productividad y la calidad del café del Soconusco mediante la "
            "renovación de cafetales y el control de la roya.",
            "Incrementar la proporción de café y cacao vendidos como especialidad o con "
            "certificación de origen.",
            "Diversificar la economía rural con acuicultura y turismo comunitario.",
        ],
        [
            "Instalar y sostener mesas de trabajo por cadena de valor con sesiones "
            "trimestrales y actas publicadas.",
            "Alinear los programas federales, estatales y municipales en un solo plan de "
            "acción por cadena.",
            "Dar seguimiento público a los acuerdos con un tablero semestral.",
        ],
    ),
    "ucayali": (
        [
            "Formalizar la cadena de la madera desde el bosque hasta la industria, con "
            "trazabilidad completa.",
            "Duplicar el valor exportado de productos de madera con transformación secundaria.",
            "Consolidar el cacao de Padre Abad como producto de origen con acceso a mercados "
            "diferenciados.",
        ],
        [
            "Resolver los cuellos de botella mediante mesas ejecutivas público-privadas con "
            "responsables y plazos.",
            "Coordinar las intervenciones de los tres niveles de gobierno en una hoja de ruta "
            "común.",
            "Fortalecer las capacidades de las gerencias municipales de desarrollo económico.",
        ],
    ),
    "los-rios": (
        [
            "Posicionar la madera nativa certificada de Los Ríos en la construcción sustentable.",
            "Integrar a pequeños productores lecheros como proveedores de calidad de la "
            "industria regional.",
            "Desarrollar el turismo rural y de naturaleza en las cuencas del Ranco y Panguipulli.",
        ],
        [
            "Gestionar el clúster de la madera con una gerencia dedicada y financiamiento "
            "compartido.",
            "Vincular la oferta tecnológica de la universidad con las pymes de la región.",
        ],
    ),
}


def goals() -> list[dict[str, Any]]:
    rows = []
    for agenda, (strategic, management) in GOALS.items():
        for kind, statements in (("strategic", strategic), ("management", management)):
            for position, statement in enumerate(statements, start=1):
                rows.append(
                    {
                        "key": f"{agenda}/{kind}/{position}",
                        "agenda_id": agenda,
                        "kind": kind,
                        "statement": statement,
                        "position": position,
                    }
                )
    return rows


# agenda key → its priority sectors and value chains, in order
PRIORITIES: dict[str, list[str]] = {
    "soconusco": ["Café de especialidad", "Cacao fino de aroma", "Acuicultura", "Turismo rural"],
    "ucayali": ["Madera y manufacturas", "Cacao", "Acuicultura amazónica"],
    "los-rios": ["Madera nativa", "Lácteos", "Turismo de naturaleza"],
}


def priorities() -> list[dict[str, Any]]:
    return [
        {"key": f"{agenda}/{position}", "agenda_id": agenda, "name": name, "position": position}
        for agenda, names in PRIORITIES.items()
        for position, name in enumerate(names, start=1)
    ]
