"""The demo's eight sessions: agenda items (with the bottlenecks discussed), minutes, the
status log and agreements.

Attendance is derived from the participations (see ``loader.attendances``). Agreement due
dates are relative to today, so some are always overdue, some done, some not yet due.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from agencydesk.services.demo.dates import Days
from agencydesk.services.demo.initiatives import conveners

# Who steps the demo's meetings through their lifecycle (the log's "changed by").
SECRETARIAT = "Secretaría técnica"
# A session is scheduled this many days ahead; minutes not approved at the next session are
# approved this many days after the meeting.
PLANNED_AHEAD_DAYS = 21
APPROVED_AFTER_DAYS = 10

# meeting key ("initiative/number") → days from today; the session runs on the nearest workday
SESSIONS: dict[str, int] = {
    "mef/1": -160,
    "mef/2": -90,
    "mef/3": -25,
    "cafe/1": -130,
    "cafe/2": -45,
    "cafe/3": 10,
    "madera/1": -70,
    "madera/2": 20,
}

# title, kind, modality, place, status, starting hour
# fmt: off
DETAILS: dict[str, tuple[str, str, str, str, str, int]] = {
    "mef/1": ("Sesión de instalación de la Mesa Ejecutiva Forestal", "ordinary", "in_person",
              "Auditorio del Gobierno Regional de Ucayali, Pucallpa", "minutes_approved", 9),
    "mef/2": ("Segunda sesión: planes de manejo y trazabilidad", "ordinary", "hybrid",
              "Sala de reuniones de la GERFFS, Pucallpa, y videoconferencia", "minutes_approved",
              10),
    "mef/3": ("Tercera sesión: financiamiento y mercados de la madera", "ordinary", "in_person",
              "Cámara de Comercio, Industria y Turismo de Ucayali, Pucallpa", "held", 9),
    "cafe/1": ("Primera sesión de la mesa del café", "ordinary", "in_person",
               "Sala de cabildo del H. Ayuntamiento de Tapachula", "minutes_approved", 10),
    "cafe/2": ("Sesión extraordinaria: emergencia por roya", "extraordinary", "hybrid",
               "INIFAP Campo Experimental Rosario Izapa, Tuxtla Chico", "held", 9),
    "cafe/3": ("Tercera sesión: financiamiento de la renovación de cafetales", "ordinary",
               "in_person", "Delegación de la SEyT, Tapachula", "planned", 10),
    "madera/1": ("Visita técnica al Aserradero Los Coihues", "field_visit", "in_person",
                 "Aserradero Los Coihues, camino a Coñaripe, Panguipulli", "minutes_approved", 11),
    "madera/2": ("Sesión del directorio del clúster", "ordinary", "virtual",
                 "Videoconferencia", "planned", 16),
}
# fmt: on

AGENDA_ITEMS: dict[str, list[str]] = {
    "mef/1": [
        "Instalación de la mesa y presentación de sus integrantes",
        "Metodología de trabajo de las mesas ejecutivas",
        "Identificación y priorización de cuellos de botella",
        "Acuerdos y próxima sesión",
    ],
    "mef/2": [
        "Lectura y aprobación del acta anterior",
        "Seguimiento de acuerdos",
        "Diagnóstico de expedientes de planes de manejo (GERFFS)",
        "Piloto de guías de transporte forestal electrónicas (SERFOR)",
        "Acuerdos",
    ],
    "mef/3": [
        "Seguimiento de acuerdos pendientes",
        "Líneas de crédito para pymes madereras",
        "Rueda de negocios con compradores de Lima",
        "Avance de la hoja de ruta",
    ],
    "cafe/1": [
        "Presentación del plan de acción de la cadena",
        "Situación de la roya en el Soconusco (SENASICA, INIFAP)",
        "Programas federales y estatales para la renovación de cafetales",
        "Acuerdos",
    ],
    "cafe/2": [
        "Mapa de incidencia de roya por localidad",
        "Distribución de planta resistente de vivero",
        "Caminos saca-cosecha de la zona alta",
        "Acuerdos",
    ],
    "cafe/3": [
        "Seguimiento de acuerdos",
        "Mesa de financiamiento con FIRA y cajas de ahorro",
        "Propuesta de marca colectiva de la Red de Mujeres Cafetaleras",
    ],
    "madera/1": [
        "Recorrido por la línea de aserrío y el patio de secado",
        "Necesidades de secado industrial de las pymes",
        "Madera laminada de roble y raulí: ficha técnica",
        "Acuerdos",
    ],
    "madera/2": [
        "Seguimiento de acuerdos de la visita técnica",
        "Cofinanciamiento CORFO del secador compartido",
        "Plan de trabajo del semestre",
    ],
}

# agenda item ("meeting/position") → the bottlenecks discussed on it
ITEM_BOTTLENECKS: dict[str, list[str]] = {
    "mef/1/3": ["mef/CB-01", "mef/CB-02", "mef/CB-03", "mef/CB-05", "mef/CB-06"],
    "mef/2/3": ["mef/CB-01"],
    "mef/2/4": ["mef/CB-03"],
    "mef/2/5": ["mef/CB-04"],
    "mef/3/2": ["mef/CB-05"],
    "cafe/1/2": ["cafe/CB-01"],
    "cafe/1/3": ["cafe/CB-02"],
    "cafe/2/1": ["cafe/CB-01"],
    "cafe/2/3": ["cafe/CB-03"],
    "cafe/3/2": ["cafe/CB-02"],
    "madera/1/2": ["madera/CB-01"],
    "madera/2/2": ["madera/CB-01"],
}

# agenda item → the development of the session on it (plain text: paragraphs, "- " lists)
ITEM_NOTES: dict[str, str] = {
    "mef/1/1": "Instaló la mesa el representante de PRODUCE. Cada institución presentó a su "
    "titular y a su alterno.",
    "mef/1/3": "Cada integrante expuso los problemas que frenan el aprovechamiento legal de la "
    "madera. Se priorizaron cinco cuellos de botella:\n"
    "- Demora en la aprobación de planes de manejo (CB-01).\n"
    "- Comunidades nativas sin títulos habilitantes vigentes (CB-02).\n"
    "- Guías de transporte en papel, sin trazabilidad (CB-03).\n"
    "- Escaso crédito para capital de trabajo (CB-05).\n"
    "- Déficit de operarios calificados (CB-06).\n\n"
    "Para cada uno se designó una entidad competente que propondrá una solución.",
    "mef/2/3": "La GERFFS presentó el diagnóstico de 61 expedientes de planes de manejo "
    "pendientes. 25 cumplen los requisitos y se priorizan para aprobarse antes de la "
    "temporada seca.",
    "mef/2/4": "SERFOR informó el inicio del piloto de guías electrónicas:\n"
    "- Dos puestos de control participan en el piloto.\n"
    "- 30 transportistas fueron capacitados.\n"
    "- La guía en papel sigue vigente mientras dure el piloto.",
    "mef/3/1": "Se revisaron los acuerdos pendientes:\n"
    "- 2.1: aprobados 14 de los 25 planes de manejo priorizados.\n"
    "- 1.3: la línea de crédito sigue en gestión con la banca de desarrollo.",
    "mef/3/2": "PRODUCE presentó alternativas de crédito para capital de trabajo: una garantía "
    "parcial para la banca comercial y fondos concursables. Las pymes pidieron plazos acordes "
    "con el ciclo de la madera.",
    "mef/3/3": "La Cámara de Comercio propuso una rueda de negocios con compradores de Lima en "
    "el próximo trimestre.",
    "cafe/2/1": "INIFAP presentó el mapa de incidencia: en la zona alta de Cacahoatán y Unión "
    "Juárez la roya supera el 50 % de las plantas.",
}

MINUTES: dict[str, str] = {
    "mef/1": "Se instaló la Mesa Ejecutiva Forestal de Ucayali con la presencia de PRODUCE, el "
    "Gobierno Regional, SERFOR, OSINFOR, la academia y los gremios madereros. La Secretaría "
    "Técnica presentó la metodología: cada cuello de botella tendrá un responsable y un plazo. "
    "Los participantes priorizaron la demora en la aprobación de planes de manejo, la "
    "trazabilidad de las guías de transporte y la falta de operarios calificados.",
    "mef/2": "Se aprobó el acta de la sesión anterior. La GERFFS presentó el diagnóstico de 61 "
    "expedientes de planes de manejo pendientes, de los cuales 25 se priorizan. SERFOR informó "
    "el inicio del piloto de guías electrónicas. Se acordó gestionar el mantenimiento del "
    "tramo de la carretera Federico Basadre que afecta a los centros de acopio.",
    "mef/3": "Se revisaron los acuerdos pendientes: la aprobación de los planes priorizados "
    "sigue en curso. PRODUCE presentó alternativas de crédito para capital de trabajo y la "
    "Cámara de Comercio propuso una rueda de negocios con compradores de Lima.",
    "cafe/1": "La SEyT presentó el plan de acción de la cadena del café. SENASICA e INIFAP "
    "expusieron la situación de la roya: la incidencia promedio en las parcelas monitoreadas "
    "supera el 35 %. Las cooperativas señalaron la falta de crédito para la renovación.",
    "cafe/2": "Sesión extraordinaria convocada por el aumento de la roya tras las lluvias. Se "
    "presentó el mapa de incidencia por localidad y se acordó priorizar la entrega de planta "
    "resistente en Cacahoatán y Unión Juárez. El Ayuntamiento de Cacahoatán levantará el "
    "inventario de caminos saca-cosecha.",
    "madera/1": "Los integrantes del clúster recorrieron el aserradero y el patio de secado al "
    "aire. Las pymes coincidieron en que el secado industrial es el principal cuello de "
    "botella para vender a la construcción. La UACh presentará la ficha técnica de la madera "
    "laminada.",
}

# agreement ("meeting/number") → the day it was cancelled (days from today)
CANCELLED_ON: dict[str, int] = {"mef/2/4": -70}

# meeting, number, text, responsible org, responsible person, due (days), status,
# done (days), bottleneck key, action key, follow-up
# fmt: off
AGREEMENTS: list[tuple[Any, ...]] = [
    ("mef/1", 1, "Presentar el diagnóstico de los expedientes de planes de manejo pendientes de "
     "aprobación.", "gerffs", "jhon-pinedo-ushinahua", -130, "done", -128, "mef/CB-01",
     "mef/A1.1", "Presentado en la segunda sesión."),
    ("mef/1", 2, "Evaluar la implementación de guías de transporte forestal electrónicas en "
     "Ucayali.", "serfor", "raul-huaman-ccori", -100, "done", -95, "mef/CB-03", "mef/A1.3",
     None),
    ("mef/1", 3, "Gestionar con la banca de desarrollo una línea de crédito para capital de "
     "trabajo de las pymes madereras.", "produce", "diego-alonso-carrasco-perez", -120, "open",
     None, "mef/CB-05", "mef/A3.1", "Reiterado en la tercera sesión."),
    ("mef/1", 4, "Proponer un programa de certificación de operarios de aserrío y secado.",
     "citeforestal", "pedro-pablo-mego-chavez", -110, "done", -105, "mef/CB-06", "mef/A4.1",
     None),
    ("mef/2", 1, "Aprobar los 25 planes de manejo priorizados.", "gerffs",
     "karina-flores-mozombite", -30, "open", None, "mef/CB-01", "mef/A1.2",
     "Aprobados 14 de 25 a la fecha de la tercera sesión."),
    ("mef/2", 2, "Incluir el mantenimiento del tramo de acceso a los centros de acopio en la "
     "programación multianual de inversiones.", "goreu", "luis-fernando-nahui-quispe", -15,
     "open", None, "mef/CB-04", None, None),
    ("mef/2", 3, "Financiar la asistencia técnica para el registro de títulos habilitantes de "
     "comunidades nativas.", "fao-pe", "giuliana-bertolotti-ramos", 30, "open", None,
     "mef/CB-02", "mef/A1.4", None),
    ("mef/2", 4, "Realizar una visita técnica a las concesiones de Atalaya.",
     "extractores-atalaya", "segundo-tapullima-cumapa", -60, "cancelled", None, None, None,
     "Cancelada por la crecida del río; se reprogramará."),
    ("mef/3", 1, "Organizar una rueda de negocios de productos de madera con compradores de "
     "Lima.", "ccitu", "rosa-amelia-soria-pezo", 40, "open", None, None, "mef/A5.1", None),
    ("mef/3", 2, "Presentar el reporte de supervisiones forestales del semestre.", "osinfor",
     "manuel-tuesta-arevalo", -5, "open", None, None, None, None),
    ("mef/3", 3, "Circular el acta de la sesión en un plazo de cinco días hábiles.", "produce",
     "diego-alonso-carrasco-perez", -18, "done", -19, None, None, None),
    ("cafe/1", 1, "Presentar el mapa de incidencia de roya por localidad.", "senasica",
     "luis-enrique-coutino-aguilar", -100, "done", -98, "cafe/CB-01", "cafe/A2.1", None),
    ("cafe/1", 2, "Informar los requisitos del componente de renovación de cafetales.", "sader",
     "patricia-ibanez-morales", -110, "done", -111, "cafe/CB-02", None, None),
    ("cafe/1", 3, "Convocar a FIRA y a las cajas de ahorro a una mesa de financiamiento.",
     "seyt", "alejandra-toledo-cruz", -70, "open", None, "cafe/CB-02", "cafe/A5.2",
     "La mesa se propone para la tercera sesión."),
    ("cafe/1", 4, "Diseñar un curso de catadores para 20 jóvenes de las cooperativas.",
     "unach", "monica-solorzano-trujillo", -60, "done", -52, "cafe/CB-04", "cafe/A3.2", None),
    ("cafe/2", 1, "Levantar el inventario de caminos saca-cosecha a rehabilitar en la zona "
     "alta.", "cacahoatan-mun", "hector-ovando-villatoro", -10, "open", None, "cafe/CB-03",
     None, None),
    ("cafe/2", 2, "Compartir con la mesa los costos de la certificación orgánica de la "
     "cooperativa.", "coop-tacana", "juan-carlos-roblero-perez", 4, "open", None, None,
     "cafe/A3.1", None),
    ("cafe/2", 3, "Presentar la propuesta de marca colectiva de café de mujeres.",
     "mujeres-cafetaleras", "veronica-cabrera-jimenez", 45, "open", None, None, "cafe/A4.3",
     None),
    ("madera/1", 1, "Evaluar el cofinanciamiento de un secador de madera compartido.", "corfo",
     "andres-fuentealba-toro", -20, "open", None, "madera/CB-01", None, None),
    ("madera/1", 2, "Elaborar la ficha técnica de la madera laminada de roble y raulí.", "uach",
     "tomas-schlegel-avila", -30, "done", -33, None, None, None),
    ("madera/1", 3, "Levantar el catastro de socios con planes de manejo vigentes.",
     "ag-madera", "gladys-mancilla-ruiz", 10, "open", None, None, None, None),
]
# fmt: on


def meetings(days: Days) -> list[dict[str, Any]]:
    """One row per session, convened by its initiative's convener."""
    rows = []
    convener = conveners()
    keys = list(SESSIONS)
    for key in keys:
        initiative, number = key.split("/")
        title, kind, modality, place, status, hour = DETAILS[key]
        offset = SESSIONS[key]
        later = [
            SESSIONS[k] for k in keys if k.startswith(f"{initiative}/") and SESSIONS[k] > offset
        ]
        rows.append(
            {
                "key": key,
                "initiative_id": initiative,
                "number": int(number),
                "title": title,
                "kind": kind,
                "modality": modality,
                "starts_at": days.at(offset, hour),
                "ends_at": days.at(offset, hour + 3),
                "place": place,
                "convener_id": convener[initiative],
                "status": status,
                "minutes": MINUTES.get(key),
                "next_meeting_on": days.workday(min(later)) if later else None,
            }
        )
    return rows


def status_changes(meeting_rows: list[dict[str, Any]], days: Days) -> list[dict[str, Any]]:
    """Each session's log, consistent with its status: scheduled three weeks ahead, held at
    its end, its minutes approved at the next session held (or ten days later)."""
    now = days.moment()
    rows = []
    for meeting in meeting_rows:
        key, status = meeting["key"], meeting["status"]
        steps: list[tuple[str | None, str, datetime]] = [
            (None, "planned", min(meeting["starts_at"] - timedelta(PLANNED_AHEAD_DAYS), now))
        ]
        if status in ("held", "minutes_approved"):
            steps.append(("planned", "held", meeting["ends_at"]))
        if status == "minutes_approved":
            steps.append(("held", "minutes_approved", _approved_at(meeting, meeting_rows)))
        if status == "cancelled":
            steps.append(("planned", "cancelled", steps[0][2]))
        for n, (old, new, at) in enumerate(steps):
            rows.append(
                {
                    "key": f"{key}/{n}",
                    "meeting_id": key,
                    "from_status": old,
                    "to_status": new,
                    "changed_at": min(at, now),
                    "changed_by": SECRETARIAT,
                    "reason": None,
                }
            )
    return rows


def _approved_at(meeting: dict[str, Any], meeting_rows: list[dict[str, Any]]) -> datetime:
    """Minutes are read and approved at the start of the owner's next held session."""
    later = [
        m["starts_at"]
        for m in meeting_rows
        if m["initiative_id"] == meeting["initiative_id"]
        and m["starts_at"] > meeting["starts_at"]
        and m["status"] in ("held", "minutes_approved")
    ]
    if later:
        return min(later) + timedelta(minutes=30)
    return meeting["ends_at"] + timedelta(days=APPROVED_AFTER_DAYS)


def agenda_items() -> list[dict[str, Any]]:
    return [
        {
            "key": f"{meeting}/{position}",
            "meeting_id": meeting,
            "position": position,
            "title": title,
            "notes": ITEM_NOTES.get(f"{meeting}/{position}"),
        }
        for meeting, titles in AGENDA_ITEMS.items()
        for position, title in enumerate(titles, start=1)
    ]


def agenda_item_bottlenecks() -> list[dict[str, Any]]:
    """The links of an agenda item to the bottlenecks discussed on it (insert after both)."""
    return [
        {"key": f"{item}/{bottleneck}", "agenda_item_id": item, "bottleneck_id": bottleneck}
        for item, linked in ITEM_BOTTLENECKS.items()
        for bottleneck in linked
    ]


def agreements(days: Days) -> list[dict[str, Any]]:
    rows = []
    for (
        meeting,
        number,
        text,
        org,
        person,
        due,
        status,
        done,
        bottleneck,
        action,
        follow_up,
    ) in AGREEMENTS:
        rows.append(
            {
                "key": f"{meeting}/{number}",
                "meeting_id": meeting,
                "number": number,
                "text": text,
                "responsible_org_id": org,
                "responsible_person_id": person,
                "due_date": days(due),
                "status": status,
                "done_on": days(done) if done is not None else None,
                "cancelled_on": (
                    days(CANCELLED_ON[f"{meeting}/{number}"]) if status == "cancelled" else None
                ),
                "follow_up": follow_up,
                "action_id": action,
                "bottleneck_id": bottleneck,
            }
        )
    return rows
