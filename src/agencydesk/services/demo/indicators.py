"""Indicators of the demo's plans and agendas, with their measurements over time."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from agencydesk.services.demo.dates import Days

# key, plan or agenda ("plan:mef", "agenda:ucayali"), name, unit, baseline, baseline date,
# target, target date (in years from now, end of year), direction,
# measurements: (days from today, value, source)
# fmt: off
INDICATORS: list[tuple[Any, ...]] = [
    ("mef/guias", "plan:mef", "Volumen de madera transportada con guía electrónica", "m³",
     "0", -155, "250000", 1, "increase",
     [(-120, "12000", "SERFOR — reporte del piloto"), (-60, "48500", "SERFOR"),
      (-10, "91200", "GERFFS — módulo de control")]),
    ("mef/dias", "plan:mef", "Tiempo promedio de aprobación de planes de manejo", "días",
     "180", -155, "60", 1, "decrease",
     [(-120, "175", "GERFFS"), (-60, "140", "GERFFS"), (-10, "118", "GERFFS")]),
    ("mef/operarios", "plan:mef", "Operarios certificados en aserrío y secado", "personas",
     "0", -155, "150", 1, "increase",
     [(-60, "22", "CITEforestal"), (-25, "48", "CITEforestal — acta de certificación")]),
    ("cafe/rendimiento", "plan:cafe", "Rendimiento promedio de café pergamino", "qq/ha",
     "9.5", -130, "15", 2, "increase",
     [(-100, "9.8", "SAGyP — estimación de cosecha"), (-30, "10.6", "SAGyP")]),
    ("cafe/renovacion", "plan:cafe", "Superficie de cafetales renovados", "ha",
     "0", -130, "3000", 2, "increase",
     [(-90, "420", "SADER"), (-30, "1150", "SADER — padrón de beneficiarios")]),
    ("cafe/roya", "plan:cafe", "Incidencia de roya en parcelas monitoreadas", "%",
     "38", -130, "15", 2, "decrease",
     [(-90, "35.2", "SENASICA — vigilancia epidemiológica"), (-30, "29.7", "SENASICA")]),
    ("soconusco/exportaciones", "agenda:soconusco", "Exportaciones de café del Soconusco",
     "miles de sacos de 60 kg", "410", -540, "520", 4, "increase",
     [(-365, "418", "Estimación de la SEyT"), (-30, "436", "Estimación de la SEyT")]),
    ("ucayali/empleo", "agenda:ucayali", "Empleo formal en la industria de la madera",
     "empleos", "4200", -700, "6000", 3, "increase",
     [(-365, "4350", "Planilla electrónica"), (-30, "4610", "Planilla electrónica")]),
    ("los-rios/certificadas", "agenda:los-rios", "Empresas madereras con certificación de "
     "manejo forestal", "empresas", "12", -200, "30", 5, "increase",
     [(-120, "15", "CONAF"), (-20, "19", "CONAF")]),
    ("los-rios/informalidad", "agenda:los-rios", "Informalidad laboral en el sector forestal",
     "%", "54", -200, "40", 5, "decrease",
     [(-120, "52.1", "Encuesta regional de empleo"), (-20, "49.8", "Encuesta regional de "
      "empleo")]),
]
# fmt: on


def indicators(days: Days) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The indicators and their measurements."""
    indicator_rows, measurement_rows = [], []
    for key, owner, name, unit, baseline, since, target, years, direction, values in INDICATORS:
        kind, owner_key = owner.split(":")
        indicator_rows.append(
            {
                "key": key,
                "plan_id": owner_key if kind == "plan" else None,
                "agenda_id": owner_key if kind == "agenda" else None,
                "name": name,
                "unit": unit,
                "baseline": Decimal(baseline),
                "baseline_date": days(since),
                "target": Decimal(target),
                "target_date": days.year_end(years),
                "direction": direction,
            }
        )
        for offset, value, source in values:
            measurement_rows.append(
                {
                    "key": f"{key}/{offset}",
                    "indicator_id": key,
                    "date": days(offset),
                    "value": Decimal(value),
                    "source": source,
                    "notes": None,
                }
            )
    return indicator_rows, measurement_rows
