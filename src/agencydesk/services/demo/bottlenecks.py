"""Bottlenecks (cuellos de botella) of the demo's initiatives, across the whole workflow."""

from __future__ import annotations

from typing import Any

from agencydesk.services.demo.dates import Days
from agencydesk.services.demo.meetings import SESSIONS


def _bottleneck(
    initiative: str,
    code: str,
    title: str,
    category: str,
    competent: str | None,
    status: str,
    identified: str | int,
    description: str,
    solution: str | None = None,
    resolved: int | None = None,
    evidence: str | None = None,
) -> dict[str, Any]:
    """``identified``: the key of the meeting that raised it, or days from today."""
    return {
        "key": f"{initiative}/{code}",
        "initiative_id": initiative,
        "code": code,
        "title": title,
        "description": description,
        "category": category,
        "competent_entity_id": competent,
        "proposed_solution": solution,
        "status": status,
        "identified": identified,
        "resolved": resolved,
        "resolution_evidence": evidence,
    }


# fmt: off
BOTTLENECKS: list[dict[str, Any]] = [
    _bottleneck("mef", "CB-01", "Demora en la aprobación de planes de manejo forestal",
                "regulation", "gerffs", "in_progress", "mef/1",
                "La aprobación de un plan general de manejo tarda en promedio 180 días frente "
                "a los 30 días del procedimiento; los titulares pierden la temporada seca.",
                "Priorizar expedientes, digitalizar la evaluación y reforzar el equipo "
                "evaluador de la GERFFS."),
    _bottleneck("mef", "CB-02", "Comunidades nativas sin títulos habilitantes vigentes",
                "functions", "gerffs", "solution_agreed", "mef/1",
                "Muchas comunidades con bosques no cuentan con permiso forestal vigente y "
                "venden madera a intermediarios informales.",
                "Brigada de asistencia técnica para expedientes comunales, financiada por FAO."),
    _bottleneck("mef", "CB-03", "Guías de transporte forestal en papel, sin trazabilidad",
                "technology", "serfor", "resolved", "mef/1",
                "Las guías de transporte se emiten en papel y no pueden cruzarse con los "
                "volúmenes autorizados.",
                "Implementar las guías electrónicas del sistema nacional de información "
                "forestal en Ucayali.", -40,
                "Resolución de la autoridad regional que dispone el uso obligatorio de la guía "
                "electrónica; 412 guías emitidas en el piloto."),
    _bottleneck("mef", "CB-04", "Tramo de carretera intransitable en época de lluvias",
                "infrastructure", "goreu", "identified", "mef/2",
                "El acceso a los centros de acopio desde la carretera Federico Basadre queda "
                "cortado de diciembre a marzo."),
    _bottleneck("mef", "CB-05", "Escaso crédito para capital de trabajo de las pymes madereras",
                "finance", "produce", "in_progress", "mef/1",
                "La banca considera riesgoso al sector y exige garantías que las pymes no "
                "tienen.",
                "Línea de crédito con garantía parcial y fondos concursables de PRODUCE."),
    _bottleneck("mef", "CB-06", "Déficit de operarios calificados en aserrío y secado",
                "human_capital", "citeforestal", "resolved", "mef/1",
                "Las plantas pierden hasta 30 % de rendimiento por cortes y secado "
                "deficientes.",
                "Programa de certificación de competencias laborales del CITEforestal.", -20,
                "Primera promoción de 48 operarios certificados por el CITEforestal."),
    _bottleneck("mef", "CB-07", "Duplicidad de supervisiones entre GERFFS y OSINFOR",
                "coordination", "osinfor", "dropped", -150,
                "Los titulares reportaron visitas repetidas de ambas entidades.",
                "Tras revisar las competencias se constató que las supervisiones son "
                "complementarias; se acordó compartir el calendario."),
    _bottleneck("cafe", "CB-01", "Alta incidencia de roya y cafetales envejecidos",
                "technology", "senasica", "in_progress", "cafe/1",
                "Más de la mitad de los cafetales supera los 20 años y la roya reduce la "
                "cosecha hasta en 40 %.",
                "Monitoreo epidemiológico, planta resistente y manejo integrado."),
    _bottleneck("cafe", "CB-02", "Falta de financiamiento para la renovación de cafetales",
                "finance", "sader", "solution_agreed", "cafe/1",
                "Renovar una hectárea cuesta cerca de 60 mil pesos y tarda tres años en "
                "producir; no hay crédito de avío a ese plazo.",
                "Combinar apoyos federales con crédito de FIRA y cajas de ahorro."),
    _bottleneck("cafe", "CB-03", "Caminos saca-cosecha en mal estado en la zona alta",
                "infrastructure", "cacahoatan-mun", "identified", "cafe/2",
                "En Unión Juárez y Cacahoatán el café se saca a lomo de mula durante las "
                "lluvias, con pérdidas de calidad."),
    _bottleneck("cafe", "CB-04", "Pocos catadores certificados en las cooperativas",
                "human_capital", "unach", "resolved", -200,
                "Sin catación propia, las cooperativas venden como café convencional lotes "
                "que califican como especialidad.",
                "Curso de catadores con la UNACH y laboratorio de catación compartido.", -45,
                "Veinte jóvenes formados como catadores; laboratorio operando en Tapachula."),
    _bottleneck("madera", "CB-01", "Falta de secado industrial para las pymes",
                "infrastructure", "corfo", "in_progress", "madera/1",
                "Las pymes secan al aire y no cumplen la humedad que exige la construcción.",
                "Secador compartido cofinanciado por CORFO y el Gobierno Regional."),
    _bottleneck("madera", "CB-02", "Normativa que limita la madera en edificios de mediana "
                "altura", "regulation", "gore-los-rios", "identified", -300,
                "Las exigencias de resistencia al fuego desalientan el uso de madera en "
                "edificios de más de cuatro pisos."),
    _bottleneck("madera", "CB-03", "Débil vínculo entre pymes madereras y constructoras",
                "market_access", "corporacion-lr", "resolved", -600,
                "Las constructoras compran a grandes empresas de fuera de la región.",
                "Ruedas de negocios y un catálogo regional de productos de madera.", -250,
                "Dos ruedas de negocios con 14 acuerdos comerciales firmados."),
    _bottleneck("cacao", "CB-01", "Cacao sin trazabilidad ni certificación de origen",
                "market_access", "sierra-selva", "in_progress", -400,
                "Los compradores de cacao fino exigen trazabilidad por lote y productor.",
                "Sistema de trazabilidad de la cooperativa y expediente de marca de origen."),
    _bottleneck("cacao", "CB-02", "Plantaciones afectadas por moniliasis", "technology", "iiap",
                "identified", -90,
                "La moniliasis reduce la cosecha en las parcelas sin poda sanitaria."),
    _bottleneck("acuicola", "CB-01", "Permisos de acuacultura vencidos", "regulation", "sagyp",
                "identified", -500,
                "Varias cooperativas operan con permisos vencidos y no acceden a apoyos."),
    _bottleneck("lacteos", "CB-01", "Calidad higiénica de la leche bajo el estándar de la "
                "planta", "technology", "indap", "identified", -100,
                "El recuento bacteriano de los pequeños productores supera el umbral de pago "
                "por calidad."),
]
# fmt: on


def bottlenecks(days: Days) -> list[dict[str, Any]]:
    rows = []
    for entry in BOTTLENECKS:
        row = {k: v for k, v in entry.items() if k not in ("identified", "resolved")}
        identified = entry["identified"]
        if isinstance(identified, str):
            row["identified_on"] = days.workday(SESSIONS[identified])
            row["raised_in_meeting_id"] = identified
        else:
            row["identified_on"] = days(identified)
            row["raised_in_meeting_id"] = None
        resolved = entry["resolved"]
        row["resolved_on"] = days(resolved) if resolved is not None else None
        rows.append(row)
    return rows


# The steps a bottleneck went through before reaching its status, in the workflow's order.
_PATH = {
    "identified": [],
    "solution_agreed": ["solution_agreed"],
    "in_progress": ["solution_agreed", "in_progress"],
    "resolved": ["solution_agreed", "in_progress", "resolved"],
    "dropped": ["dropped"],
}


def status_changes(rows: list[dict[str, Any]], days: Days) -> list[dict[str, Any]]:
    """A dated history for each bottleneck: identified, then each step up to its status,
    spread between its identification and its resolution (or today)."""
    changes = []
    for row in rows:
        start = row["identified_on"]
        end = row["resolved_on"] or days.today
        steps = _PATH[row["status"]]
        changes.append(_change(row["key"], 0, "identified", start))
        for n, status in enumerate(steps, start=1):
            on = start + (end - start) * n // len(steps) if status != "resolved" else end
            changes.append(_change(row["key"], n, status, min(on, days.today)))
    return changes


def _change(bottleneck: str, n: int, status: str, on: Any) -> dict[str, Any]:
    return {
        "key": f"{bottleneck}/{n}",
        "bottleneck_id": bottleneck,
        "status": status,
        "changed_on": on,
        "note": None,
    }
