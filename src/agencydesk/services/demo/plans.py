"""The demo's two action plans (hojas de ruta) with their actions and funding lines."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from agencydesk.services.demo.dates import Days

Funding = tuple[str, str, int, bool]  # source, program, percent of the budget, in kind


def plans(days: Days) -> list[dict[str, Any]]:
    return [
        {
            "key": "mef",
            "title": "Hoja de ruta de la Mesa Ejecutiva Forestal de Ucayali",
            "initiative_id": "mef",
            "period_start": days(-155),
            "period_end": days.year_end(1),
            "status": "approved",
            "approved_on": days.workday(-90),
            "version": 2,
            "currency": "PEN",
        },
        {
            "key": "cafe",
            "title": "Plan de acción de la cadena de valor del café del Soconusco",
            "initiative_id": "cafe",
            "period_start": days(-130),
            "period_end": days.year_end(2),
            "status": "approved",
            "approved_on": days.workday(-130),
            "version": 1,
            "currency": "MXN",
        },
    ]


MEF_AXES = [
    "Eje 1. Gestión forestal y normativa",
    "Eje 2. Infraestructura y logística",
    "Eje 3. Financiamiento",
    "Eje 4. Capital humano e innovación",
    "Eje 5. Mercados y promoción",
]
CAFE_AXES = [
    "Eje 1. Renovación y productividad",
    "Eje 2. Sanidad vegetal",
    "Eje 3. Calidad y certificación",
    "Eje 4. Comercialización",
    "Eje 5. Organización y financiamiento",
]

FAO = ("cooperation", "FAO — Proyecto de gobernanza forestal")
GIZ = ("cooperation", "GIZ — Cadenas de valor sostenibles")

# plan, code, title, responsible, start, end (days), budget, status, progress,
# indicator, target, unit, bottleneck, funding lines
# fmt: off
ACTIONS: list[tuple[Any, ...]] = [
    ("mef", "A1.1", "Diagnóstico de expedientes de planes de manejo pendientes", "gerffs",
     -155, -125, "45000", "done", 100, "Expedientes diagnosticados", "61", "expedientes",
     "CB-01", [("regional", "Presupuesto institucional GOREU", 100, True)]),
    ("mef", "A1.2", "Aprobación priorizada de 25 planes de manejo forestal", "gerffs",
     -90, -20, "120000", "delayed", 56, "Planes de manejo aprobados", "25", "planes", "CB-01",
     [("regional", "Presupuesto institucional GOREU", 60, False), (*FAO, 40, False)]),
    ("mef", "A1.3", "Piloto de guías de transporte forestal electrónicas", "serfor",
     -140, -45, "180000", "done", 100, "Guías electrónicas emitidas", "400", "guías", "CB-03",
     [("national", "Presupuesto institucional SERFOR", 70, False), (*FAO, 30, False)]),
    ("mef", "A1.4", "Asistencia técnica para títulos habilitantes de comunidades nativas",
     "fecona", -30, 150, "260000", "in_progress", 15,
     "Comunidades con título habilitante vigente", "20", "comunidades", "CB-02",
     [(*FAO, 80, False), ("other", "Aporte comunal en jornales", 20, True)]),
    ("mef", "A1.5", "Calendario conjunto de supervisiones GERFFS–OSINFOR", "osinfor",
     -120, -60, "8000", "cancelled", 0, None, None, None, "CB-07",
     [("national", "Presupuesto institucional OSINFOR", 100, True)]),
    ("mef", "A2.1", "Expediente técnico del mantenimiento del tramo de acceso a los centros "
     "de acopio", "goreu", 20, 200, "850000", "not_started", 0, "Kilómetros mantenidos", "38",
     "km", "CB-04", [("regional", "Programa Multianual de Inversiones", 100, False)]),
    ("mef", "A2.2", "Centro de acopio y clasificación de madera en Campoverde", "mpcp",
     60, 400, "1200000", "not_started", 0, "Centro de acopio operando", "1", "centro", None,
     [("municipal", "Presupuesto participativo MPCP", 40, False),
      ("regional", "PROCOMPITE", 60, False)]),
    ("mef", "A3.1", "Línea de crédito con garantía parcial para pymes madereras", "produce",
     -120, 60, "2500000", "delayed", 30, "Pymes con crédito", "40", "empresas", "CB-05",
     [("national", "Fondo CRECER", 100, False)]),
    ("mef", "A3.2", "Concurso PROCOMPITE para equipamiento de aserraderos", "goreu",
     -100, 120, "1800000", "in_progress", 45, "Planes de negocio cofinanciados", "12",
     "planes", None, [("regional", "PROCOMPITE", 70, False),
                      ("private", "Contrapartida de las asociaciones", 30, False)]),
    ("mef", "A3.3", "Prototipo de secador solar de madera", "citeforestal",
     -60, 90, "350000", "in_progress", 35, "Secadores solares instalados", "2", "secadores",
     None, [("national", "Innóvate Perú", 75, False),
            ("private", "Aporte de empresas madereras", 25, False)]),
    ("mef", "A4.1", "Certificación de operarios de aserrío y secado", "citeforestal",
     -110, -25, "240000", "done", 100, "Operarios certificados", "48", "personas", "CB-06",
     [("national", "Presupuesto institucional ITP", 50, False), (*FAO, 20, False),
      ("private", "Horas de planta de las empresas", 30, True)]),
    ("mef", "A4.2", "Diplomado en gestión de empresas forestales", "unu",
     -20, 160, "95000", "in_progress", 10, "Egresados del diplomado", "35", "personas", None,
     [("other", "Recursos directamente recaudados UNU", 100, False)]),
    ("mef", "A4.3", "Inventario forestal con drones en concesiones piloto", "unu",
     30, 240, "410000", "not_started", 0, "Superficie inventariada", "15000", "ha", None,
     [(*FAO, 100, False)]),
    ("mef", "A5.1", "Rueda de negocios con compradores de Lima", "ccitu",
     20, 50, "60000", "not_started", 0, "Acuerdos comerciales firmados", "15", "acuerdos",
     None, [("private", "Cuotas de socios CCITU", 50, False),
            ("national", "Presupuesto institucional PRODUCE", 50, False)]),
    ("mef", "A5.2", "Catálogo de productos de madera con transformación secundaria", "ifu",
     -80, -10, "30000", "delayed", 70, "Catálogo publicado", "1", "catálogo", None,
     [("private", "Aporte de empresas madereras", 100, False)]),
    ("mef", "A5.3", "Participación en la feria nacional de la construcción",
     "maderera-aguaytia", -45, 30, "75000", "in_progress", 50, "Contactos comerciales", "60",
     "contactos", None, [("private", "Aporte de empresas madereras", 60, False),
                         ("national", "PROMPERÚ — Ruta Exportadora", 40, False)]),

    ("cafe", "A1.1", "Viveros comunitarios de planta resistente a la roya", "sagyp",
     -110, 120, "3200000", "in_progress", 55, "Plantas producidas", "2000000", "plantas",
     "CB-01", [("regional", "Programa estatal de fomento cafetalero", 50, False),
               ("national", "Programa Sembrando Vida", 30, False),
               ("private", "Mano de obra de las cooperativas", 20, True)]),
    ("cafe", "A1.2", "Renovación de 3,000 hectáreas de cafetales", "sader",
     -100, 600, "45000000", "in_progress", 20, "Superficie renovada", "3000", "ha", "CB-02",
     [("national", "Producción para el Bienestar", 60, False),
      ("national", "Programa Sembrando Vida", 25, False),
      ("private", "Aportación de los productores", 15, True)]),
    ("cafe", "A1.3", "Escuelas de campo en nutrición de suelos", "inifap",
     -90, 90, "850000", "in_progress", 60, "Productores capacitados", "600", "productores",
     None, [("national", "Presupuesto institucional INIFAP", 70, False), (*GIZ, 30, False)]),
    ("cafe", "A2.1", "Monitoreo epidemiológico de la roya", "senasica",
     -130, 230, "1400000", "in_progress", 40, "Parcelas monitoreadas", "450", "parcelas",
     "CB-01", [("national", "Programa de Sanidad e Inocuidad Agroalimentaria", 100, False)]),
    ("cafe", "A2.2", "Entrega de biofungicidas a productores de la zona alta", "sagyp",
     -60, -5, "600000", "delayed", 65, "Productores atendidos", "1200", "productores", "CB-01",
     [("regional", "Programa estatal de fomento cafetalero", 100, False)]),
    ("cafe", "A3.1", "Certificación orgánica grupal de Cafetaleros del Tacaná", "coop-tacana",
     -100, 80, "780000", "in_progress", 50, "Productores certificados", "312", "productores",
     None, [("private", "Cuotas de la cooperativa", 40, False), (*GIZ, 60, False)]),
    ("cafe", "A3.2", "Curso de catadores para jóvenes de las cooperativas", "unach",
     -120, -45, "320000", "done", 100, "Catadores formados", "20", "personas", "CB-04",
     [(*GIZ, 50, False), ("regional", "Programa estatal de fomento cafetalero", 30, False),
      ("other", "UNACH: aulas y laboratorio", 20, True)]),
    ("cafe", "A3.3", "Laboratorio de catación compartido en Tapachula", "cafiso",
     -50, 40, "540000", "in_progress", 70, "Laboratorio operando", "1", "laboratorio", None,
     [("private", "Aporte de CAFISO", 50, False),
      ("municipal", "Presupuesto municipal de Tapachula", 50, False)]),
    ("cafe", "A4.1", "Misión comercial a una feria de cafés de especialidad", "cafiso",
     30, 60, "420000", "not_started", 0, "Contratos de venta", "5", "contratos", None,
     [("private", "Aporte de exportadoras", 50, False),
      ("regional", "Fondo estatal de promoción de exportaciones", 50, False)]),
    ("cafe", "A4.2", "Subasta regional de cafés de calidad", "seyt",
     90, 150, "350000", "not_started", 0, "Lotes subastados", "40", "lotes", None,
     [("regional", "Fondo estatal de promoción de exportaciones", 100, False)]),
    ("cafe", "A4.3", "Marca colectiva «Café de Mujeres del Soconusco»", "mujeres-cafetaleras",
     -30, 120, "150000", "in_progress", 20, "Registro de marca", "1", "registro", None,
     [(*GIZ, 70, False), ("other", "Trabajo voluntario de las socias", 30, True)]),
    ("cafe", "A5.1", "Fortalecimiento administrativo de las cooperativas", "upco",
     -100, -30, "260000", "delayed", 60, "Cooperativas con contabilidad al día", "6",
     "cooperativas", None,
     [("national", "INAES — Programa de Fomento a la Economía Social", 100, False)]),
    ("cafe", "A5.2", "Mesa de financiamiento con FIRA y cajas de ahorro", "seyt",
     -70, -40, "20000", "delayed", 30, "Productores con crédito", "500", "productores",
     "CB-02", [("regional", "Presupuesto de la SEyT", 100, True)]),
    ("cafe", "A5.3", "Ventanilla única municipal de programas para el café", "tapachula-mun",
     -80, -20, "90000", "cancelled", 0, None, None, None, None,
     [("municipal", "Presupuesto municipal de Tapachula", 100, False)]),
]
# fmt: on

NOTES = {
    "mef/A1.2": "Aprobados 14 de 25 planes; la GERFFS pidió reforzar su equipo evaluador.",
    "mef/A1.5": "Cancelada: el cuello de botella CB-07 se descartó.",
    "cafe/A5.3": "Cancelada: la Secretaría estatal abrió una ventanilla regional equivalente.",
}


def actions(days: Days) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The actions and their funding lines (amounts split from each action's budget)."""
    action_rows, funding_rows = [], []
    for entry in ACTIONS:
        plan, code, title, org, start, end, budget, status, progress = entry[:9]
        indicator, target, unit, bottleneck, funding = entry[9:]
        key = f"{plan}/{code}"
        axes = MEF_AXES if plan == "mef" else CAFE_AXES
        total = Decimal(budget)
        action_rows.append(
            {
                "key": key,
                "plan_id": plan,
                "code": code,
                "axis": axes[int(code[1]) - 1],
                "title": title,
                "description": None,
                "responsible_id": org,
                "start_date": days(start),
                "end_date": days(end),
                "budget": total,
                "funding_source": "; ".join(program for _, program, _, _ in funding),
                "status": status,
                "progress_pct": progress,
                "indicator": indicator,
                "target": target,
                "unit": unit,
                "bottleneck_id": f"{plan}/{bottleneck}" if bottleneck else None,
                "notes": NOTES.get(key),
            }
        )
        for n, (source, program, percent, in_kind) in enumerate(funding, start=1):
            funding_rows.append(
                {
                    "key": f"{key}/{n}",
                    "action_id": key,
                    "source": source,
                    "program": program,
                    "amount": (total * percent / 100).quantize(Decimal("0.01")),
                    "in_kind": in_kind,
                }
            )
    return action_rows, funding_rows
