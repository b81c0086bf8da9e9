"""The demo's six articulation initiatives (mesas) and who takes part in each."""

from __future__ import annotations

from typing import Any

from agencydesk.services.demo.dates import Days

# initiative key → days before today it started
STARTED = {
    "mef": -200,
    "cafe": -600,
    "madera": -900,
    "cacao": -500,
    "acuicola": -700,
    "lacteos": -150,
}


def initiatives(days: Days) -> list[dict[str, Any]]:
    rows = _initiatives()
    for row in rows:
        row["started_on"] = days(STARTED[row["key"]])
    return rows


def conveners() -> dict[str, str | None]:
    """Initiative key → the key of its convening organization (its meetings' convener)."""
    return {row["key"]: row["convener_id"] for row in _initiatives()}


def _initiatives() -> list[dict[str, Any]]:
    return [
        {
            "key": "mef",
            "name": "Mesa Ejecutiva Forestal de Ucayali",
            "kind": "executive_table",
            "focus": "sector",
            "sector": "Forestal / madera",
            "territory_id": "ucayali",
            "agenda_id": "ucayali",
            "objective": "Identificar y resolver, con responsables y plazos, los cuellos de "
            "botella que frenan el aprovechamiento legal y la transformación de la madera en "
            "Ucayali, articulando al sector público de los tres niveles con las empresas y "
            "las comunidades nativas.",
            "status": "active",
            "convener_id": "produce",
            "coordinator_id": "ana-lucia-bendezu-herrera",
        },
        {
            "key": "cafe",
            "name": "Cadena de valor del café del Soconusco",
            "kind": "value_chain",
            "focus": None,
            "sector": "Café",
            "territory_id": "soconusco",
            "agenda_id": "soconusco",
            "objective": "Elevar la productividad, la calidad y el ingreso de los productores "
            "de café del Soconusco mediante la renovación de cafetales, el control de la roya, "
            "la certificación y el acceso directo a compradores de cafés de especialidad.",
            "status": "active",
            "convener_id": "seyt",
            "coordinator_id": "ramiro-castaneda-solis",
        },
        {
            "key": "madera",
            "name": "Clúster de la Madera de Los Ríos",
            "kind": "cluster",
            "focus": None,
            "sector": "Forestal / madera",
            "territory_id": "los-rios",
            "agenda_id": "los-rios",
            "objective": "Fortalecer la competitividad de las pymes madereras de Los Ríos en la "
            "construcción sustentable, con secado industrial, productos de ingeniería en "
            "madera nativa y vínculos estables con compradores.",
            "status": "active",
            "convener_id": "corporacion-lr",
            "coordinator_id": "valentina-carcamo-rivas",
        },
        {
            "key": "cacao",
            "name": "Sistema productivo local del cacao de Padre Abad",
            "kind": "local_productive",
            "focus": None,
            "sector": "Cacao",
            "territory_id": "padre-abad-prov",
            "agenda_id": "ucayali",
            "objective": "Articular a productores, cooperativas e instituciones del cacao de "
            "Padre Abad para lograr trazabilidad, calidad de exportación y una marca de origen.",
            "status": "active",
            "convener_id": "padre-abad-mun",
            "coordinator_id": "nilda-rengifo-amasifuen",
        },
        {
            "key": "acuicola",
            "name": "Red empresarial acuícola de Mazatán",
            "kind": "business_network",
            "focus": None,
            "sector": "Acuicultura",
            "territory_id": "mazatan",
            "agenda_id": "soconusco",
            "objective": "Agrupar a las cooperativas acuícolas de la costa de Mazatán para "
            "compartir insumos, sanidad y comercialización de tilapia y camarón.",
            "status": "paused",
            "convener_id": "acuicola-san-simon",
            "coordinator_id": "marcos-ovalle-diaz",
        },
        {
            "key": "lacteos",
            "name": "Programa de desarrollo de proveedores lácteos del Ranco",
            "kind": "supplier_development",
            "focus": None,
            "sector": "Lácteos",
            "territory_id": "ranco",
            "agenda_id": "los-rios",
            "objective": "Mejorar la calidad higiénica y el volumen de la leche de 60 pequeños "
            "productores para que abastezcan de forma estable a la industria láctea de la "
            "provincia del Ranco.",
            "status": "proposed",
            "convener_id": "corfo",
            "coordinator_id": "marisol-ojeda-cardenas",
        },
    ]


# initiative, organization, person, role, representation (T/A), since, until (days from today)
# fmt: off
PARTICIPATIONS: list[tuple[str, str, str | None, str, str, int, int | None]] = [
    ("mef", "produce", "ana-lucia-bendezu-herrera", "convener", "T", -200, None),
    ("mef", "produce", "diego-alonso-carrasco-perez", "technical_secretariat", "T", -200, None),
    ("mef", "goreu", "luis-fernando-nahui-quispe", "coordinator", "T", -200, None),
    ("mef", "goreu", "rocio-del-pilar-saavedra-torres", "coordinator", "A", -200, None),
    ("mef", "gerffs", "jhon-pinedo-ushinahua", "member", "T", -200, None),
    ("mef", "gerffs", "karina-flores-mozombite", "member", "A", -200, None),
    ("mef", "serfor", "raul-huaman-ccori", "member", "T", -200, -75),
    ("mef", "serfor", "elizabeth-zevallos-cardenas", "member", "T", -75, None),
    ("mef", "osinfor", "manuel-tuesta-arevalo", "member", "T", -200, None),
    ("mef", "citeforestal", "pedro-pablo-mego-chavez", "member", "T", -200, None),
    ("mef", "unu", "susana-cardenas-vela", "member", "T", -200, None),
    ("mef", "maderera-aguaytia", "jorge-luis-del-aguila-vargas", "member", "T", -200, None),
    ("mef", "ifu", "fernando-chung-ramirez", "member", "T", -200, None),
    ("mef", "extractores-atalaya", "segundo-tapullima-cumapa", "member", "T", -200, None),
    ("mef", "ccitu", "rosa-amelia-soria-pezo", "member", "T", -200, None),
    ("mef", "fecona", "lidia-sanancino-mahua", "member", "T", -120, None),
    ("mef", "mpcp", "carlos-alberto-vasquez-panduro", "member", "T", -200, None),
    ("mef", "fao-pe", "giuliana-bertolotti-ramos", "funder", "T", -180, None),
    ("mef", "bosques-vivos", "martin-vela-gonzales", "observer", "T", -200, -50),

    ("cafe", "seyt", "alejandra-toledo-cruz", "convener", "T", -600, None),
    ("cafe", "seyt", "ramiro-castaneda-solis", "coordinator", "T", -600, None),
    ("cafe", "unach", "monica-solorzano-trujillo", "technical_secretariat", "T", -600, None),
    ("cafe", "unach", "efrain-chavez-mendez", "technical_secretariat", "A", -600, None),
    ("cafe", "sagyp", "jorge-armando-velazquez-rios", "member", "T", -600, None),
    ("cafe", "sader", "patricia-ibanez-morales", "funder", "T", -600, None),
    ("cafe", "bienestar", "guadalupe-hernandez-lopez", "funder", "T", -400, None),
    ("cafe", "senasica", "luis-enrique-coutino-aguilar", "member", "T", -600, None),
    ("cafe", "inifap", "arturo-pena-galvez", "member", "T", -600, None),
    ("cafe", "ecosur", "lucia-martinez-baez", "observer", "T", -600, None),
    ("cafe", "coop-tacana", "juan-carlos-roblero-perez", "member", "T", -600, None),
    ("cafe", "coop-tacana", "ofelia-escalante-morales", "member", "A", -600, None),
    ("cafe", "upco", "abelardo-ramirez-fuentes", "member", "T", -600, None),
    ("cafe", "beneficio-esperanza", "oscar-zepeda-galindo", "member", "T", -500, None),
    ("cafe", "cafiso", "carolina-bautista-ochoa", "member", "T", -600, None),
    ("cafe", "mujeres-cafetaleras", "veronica-cabrera-jimenez", "member", "T", -600, None),
    ("cafe", "tapachula-mun", "maria-fernanda-gomez-ruiz", "member", "T", -600, None),
    ("cafe", "cacahoatan-mun", "hector-ovando-villatoro", "member", "T", -600, None),
    ("cafe", "huixtla-mun", "rosa-elena-cifuentes-maldonado", "member", "T", -600, -150),
    ("cafe", "giz-mx", "katrin-muller", "funder", "T", -450, None),
    ("cafe", "iica-mx", "ricardo-salazar-montiel", "observer", "T", -600, None),

    ("madera", "corporacion-lr", "rodrigo-klein-henriquez", "convener", "T", -900, None),
    ("madera", "corporacion-lr", "valentina-carcamo-rivas", "coordinator", "T", -900, None),
    ("madera", "gore-los-rios", "francisca-navarrete-silva", "funder", "T", -900, None),
    ("madera", "corfo", "andres-fuentealba-toro", "funder", "T", -900, None),
    ("madera", "corfo", "daniela-soto-nancupil", "funder", "A", -900, None),
    ("madera", "uach", "tomas-schlegel-avila", "technical_secretariat", "T", -900, None),
    ("madera", "uach", "camila-rojas-barrientos", "technical_secretariat", "A", -900, None),
    ("madera", "conaf", "cristian-vergara-pino", "member", "T", -900, None),
    ("madera", "infor", "lorena-aguayo-medina", "member", "T", -900, None),
    ("madera", "aserradero-coihues", "sergio-munoz-catrileo", "member", "T", -900, None),
    ("madera", "maderas-ranco", "mario-ebner-castillo", "member", "T", -700, None),
    ("madera", "ag-madera", "gladys-mancilla-ruiz", "member", "T", -900, None),
    ("madera", "ag-madera", "juan-pablo-vidal-carrasco", "member", "A", -900, None),
    ("madera", "panguipulli-mun", "patricio-alarcon-munoz", "member", "T", -900, None),
    ("madera", "valdivia-mun", "claudia-andrea-oyarzun-vera", "member", "T", -900, None),
    ("madera", "camara-valdivia", "felipe-bravo-espinoza", "member", "T", -900, -120),
    ("madera", "fundacion-bosque", "ignacio-millar-perez", "observer", "T", -800, None),
    ("madera", "cepal", "martina-leiva-olivares", "observer", "T", -300, None),

    ("cacao", "padre-abad-mun", "nilda-rengifo-amasifuen", "convener", "T", -500, None),
    ("cacao", "coop-cacao-aguaytia", "delia-ahuanari-sanchez", "member", "T", -500, None),
    ("cacao", "coop-cacao-aguaytia", "walter-isuiza-paredes", "member", "A", -500, None),
    ("cacao", "sierra-selva", "gloria-sinarahua-pizango", "member", "T", -500, None),
    ("cacao", "goreu", "rocio-del-pilar-saavedra-torres", "funder", "T", -400, None),
    ("cacao", "iiap", "teresa-guerra-tello", "technical_secretariat", "T", -500, None),
    ("cacao", "unia", "edgar-ruiz-mori", "member", "T", -300, None),

    ("acuicola", "acuicola-san-simon", "marcos-ovalle-diaz", "convener", "T", -700, None),
    ("acuicola", "sagyp", "jorge-armando-velazquez-rios", "member", "T", -700, None),
    ("acuicola", "ecosur", "lucia-martinez-baez", "technical_secretariat", "T", -700, None),
    ("acuicola", "tapachula-mun", None, "observer", "T", -700, -200),

    ("lacteos", "corfo", "andres-fuentealba-toro", "convener", "T", -150, None),
    ("lacteos", "lacteos-ranco", "marisol-ojeda-cardenas", "coordinator", "T", -150, None),
    ("lacteos", "coop-lechera", "eduardo-winkler-saez", "member", "T", -150, None),
    ("lacteos", "indap", "miguel-angel-huenchuman-lefian", "funder", "T", -150, None),
    ("lacteos", "rio-bueno-mun", "hernan-uribe-catalan", "member", "T", -150, None),
    ("lacteos", "la-union-mun", "ximena-paredes-schwarzenberg", "member", "T", -150, None),
]
# fmt: on


def participations(days: Days) -> list[dict[str, Any]]:
    rows = []
    for initiative, org, person, role, rep, since, until in PARTICIPATIONS:
        rows.append(
            {
                "key": f"{initiative}/{org}/{person or '-'}/{role}",
                "initiative_id": initiative,
                "organization_id": org,
                "person_id": person,
                "role": role,
                "representation": "titular" if rep == "T" else "alternate",
                "since": days(since),
                "until": days(until) if until is not None else None,
            }
        )
    return rows
