"""Institutional actors of the demo: about twenty per territory, of every actor type.

Public institutions carry their real names; companies, cooperatives, associations and NGOs are
fictitious. Tax ids have the right format and check digit for their country (RFC, RUC, RUT);
they are illustrative, not looked up: do not rely on them for a real institution.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from agencydesk.services.demo.dates import Days

PUB, PRI, ACA, CSO, INT = "public", "private", "academia", "civil_society", "international"
NAT, REG, LOC = "national", "regional", "local"


def _org(
    key: str,
    name: str,
    short_name: str | None,
    actor_type: str,
    level: str | None,
    territory: str,
    sector: str,
    tax_id: str | None,
    **more: Any,
) -> dict[str, Any]:
    return {
        "key": key,
        "name": name,
        "short_name": short_name,
        "actor_type": actor_type,
        "government_level": level,
        "territory_id": territory,
        "sector": sector,
        "tax_id": tax_id,
        **more,
    }


# `founded`: years ago it was registered; `domain`: for its people's e-mail addresses.
# fmt: off
ORGANIZATIONS: list[dict[str, Any]] = [
    # --- Soconusco, Chiapas (Mexico) --------------------------------------------------------
    _org("tapachula-mun", "H. Ayuntamiento de Tapachula", None, PUB, LOC, "tapachula",
         "Desarrollo económico local", "MTA850101K58", phone="+52 962 626 2500",
         email="fomento.economico@tapachula.gob.mx", website="https://www.tapachula.gob.mx",
         address="8a. Avenida Norte s/n, Centro, Tapachula", domain="tapachula.gob.mx"),
    _org("huixtla-mun", "H. Ayuntamiento de Huixtla", None, PUB, LOC, "huixtla",
         "Desarrollo económico local", "MHU850101L2A", phone="+52 964 642 0120",
         address="Palacio Municipal, Parque Central, Huixtla", domain="huixtla.gob.mx"),
    _org("cacahoatan-mun", "H. Ayuntamiento de Cacahoatán", None, PUB, LOC, "cacahoatan",
         "Desarrollo rural", "MCA850101H48", phone="+52 962 627 0033", domain="cacahoatan.gob.mx"),
    _org("seyt", "Secretaría de Economía y del Trabajo del Estado de Chiapas", "SEyT", PUB, REG,
         "chiapas", "Fomento económico", "SET001201QN8", phone="+52 961 617 8800",
         email="delegacion.soconusco@economia.chiapas.gob.mx", domain="economia.chiapas.gob.mx",
         address="Delegación Soconusco, 4a. Avenida Sur 12, Tapachula"),
    _org("sagyp", "Secretaría de Agricultura, Ganadería y Pesca del Estado de Chiapas", "SAGyP",
         PUB, REG, "chiapas", "Agropecuario", "SAG190101AB1", domain="sagyp.chiapas.gob.mx"),
    _org("sader", "Secretaría de Agricultura y Desarrollo Rural — Oficina de Representación en "
         "Chiapas", "SADER", PUB, NAT, "tapachula", "Agropecuario", "SAD010101KLA",
         website="https://www.gob.mx/agricultura", domain="agricultura.gob.mx"),
    _org("senasica", "Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria",
         "SENASICA", PUB, NAT, "tapachula", "Sanidad agroalimentaria", "SNS010716R13",
         website="https://www.gob.mx/senasica", domain="senasica.gob.mx"),
    _org("bienestar", "Secretaría de Bienestar — Programa Sembrando Vida", "BIENESTAR", PUB, NAT,
         "soconusco", "Agroforestería", "SBI180101PQ8", website="https://www.gob.mx/bienestar",
         domain="bienestar.gob.mx"),
    _org("inifap", "INIFAP — Campo Experimental Rosario Izapa", "INIFAP", PUB, NAT,
         "tuxtla-chico", "Investigación agropecuaria", "INI850301J26",
         address="Km 18 carretera Tapachula–Cacahoatán, Tuxtla Chico", domain="inifap.gob.mx"),
    _org("unach", "Universidad Autónoma de Chiapas — Facultad de Ciencias Agrícolas, Campus IV",
         "UNACH", ACA, None, "huehuetan", "Educación superior", "UAC750330TT6",
         website="https://www.unach.mx", domain="unach.mx",
         address="Entronque carretera costera y Estación Huehuetán"),
    _org("ecosur", "El Colegio de la Frontera Sur — Unidad Tapachula", "ECOSUR", ACA, None,
         "tapachula", "Investigación y posgrado", "CFS940523M17",
         website="https://www.ecosur.mx", domain="ecosur.mx"),
    _org("coop-tacana", "Sociedad Cooperativa Cafetaleros del Tacaná S.C. de R.L. de C.V.",
         "Cafetaleros del Tacaná", PRI, None, "union-juarez", "Café", "CCT040512QX6",
         phone="+52 962 647 2210", email="cafetalerostacana@gmail.com", members_count=312,
         representative="Juan Carlos Roblero Pérez", founded=21),
    _org("upco", "Unión de Productores de Café Orgánico de Cacahoatán S.P.R. de R.L.", "UPCO",
         PRI, None, "cacahoatan", "Café", "UPC980705A86", members_count=148,
         representative="Abelardo Ramírez Fuentes", founded=27),
    _org("beneficio-esperanza", "Beneficio Húmedo La Esperanza S.A. de C.V.", None, PRI, None,
         "tapachula", "Café", "BHE010919T6A", phone="+52 962 628 4410",
         representative="Óscar Zepeda Galindo", founded=24),
    _org("cafiso", "Exportadora de Café Fino del Soconusco S.A. de C.V.", "CAFISO", PRI, None,
         "tapachula", "Café", "ECF120315GK2", email="ventas@cafiso.com.mx",
         website="https://www.cafiso.com.mx", domain="cafiso.com.mx",
         representative="Carolina Bautista Ochoa", founded=13),
    _org("canaco-tapachula", "Cámara Nacional de Comercio, Servicios y Turismo de Tapachula",
         "CANACO SERVYTUR Tapachula", PRI, None, "tapachula", "Comercio y servicios",
         "CNC451010RX5", phone="+52 962 625 3030", members_count=540,
         representative="Francisco Javier Tovar Lara", founded=80),
    _org("cacao-soconusco", "Unión de Productores de Cacao del Soconusco S.P.R. de R.I.",
         "UPROCAS", PRI, None, "tuxtla-chico", "Cacao", "UPC060220PS9", members_count=210,
         representative="Ernestina Pérez Roblero", founded=19),
    _org("acuicola-san-simon", "Sociedad Cooperativa Acuícola Barra de San Simón S.C. de R.L.",
         None, PRI, None, "mazatan", "Acuicultura", "SCA920611LK3", members_count=64,
         representative="Marcos Ovalle Díaz", founded=33),
    _org("mujeres-cafetaleras", "Red de Mujeres Cafetaleras del Soconusco A.C.", "REMUCAS", CSO,
         None, "tapachula", "Café", "RMC150308N49", email="redmujerescafe@gmail.com",
         members_count=96, representative="Verónica Cabrera Jiménez", founded=10),
    _org("giz-mx", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) México", "GIZ",
         INT, None, "mx", "Cooperación para el desarrollo", None,
         website="https://www.giz.de", domain="giz.de"),
    _org("iica-mx", "Instituto Interamericano de Cooperación para la Agricultura — México",
         "IICA", INT, None, "mx", "Cooperación para el desarrollo", None,
         website="https://www.iica.int", domain="iica.int"),

    # --- Ucayali (Peru) ---------------------------------------------------------------------
    _org("mpcp", "Municipalidad Provincial de Coronel Portillo", "MPCP", PUB, LOC, "calleria",
         "Desarrollo económico local", "20154462113", phone="+51 61 575 018",
         address="Jr. Tacna 480, Pucallpa", domain="municportillo.gob.pe"),
    _org("yarinacocha-mun", "Municipalidad Distrital de Yarinacocha", None, PUB, LOC,
         "yarinacocha", "Desarrollo económico local", "20393667444",
         domain="muniyarinacocha.gob.pe"),
    _org("padre-abad-mun", "Municipalidad Provincial de Padre Abad", "MPPA", PUB, LOC,
         "padre-abad", "Desarrollo económico local", "20193122788",
         address="Jr. Dos de Mayo s/n, Aguaytía", domain="munipadreabad.gob.pe"),
    _org("goreu", "Gobierno Regional de Ucayali", "GOREU", PUB, REG, "calleria",
         "Desarrollo económico regional", "20393730910", phone="+51 61 586 120",
         address="Jr. Raymondi 220, Pucallpa", domain="regionucayali.gob.pe"),
    _org("gerffs", "Gerencia Regional Forestal y de Fauna Silvestre de Ucayali", "GERFFS", PUB,
         REG, "calleria", "Forestal / madera", None, domain="regionucayali.gob.pe"),
    _org("produce", "Ministerio de la Producción", "PRODUCE", PUB, NAT, "pe",
         "Desarrollo productivo", "20504794637", website="https://www.gob.pe/produce",
         domain="produce.gob.pe", address="Calle Uno Oeste 060, Urb. Córpac, San Isidro, Lima"),
    _org("serfor", "Servicio Nacional Forestal y de Fauna Silvestre", "SERFOR", PUB, NAT, "pe",
         "Forestal / madera", "20562836927", website="https://www.gob.pe/serfor",
         domain="serfor.gob.pe"),
    _org("osinfor", "Organismo de Supervisión de los Recursos Forestales y de Fauna Silvestre",
         "OSINFOR", PUB, NAT, "calleria", "Forestal / madera", "20522224783",
         website="https://www.gob.pe/osinfor", domain="osinfor.gob.pe"),
    _org("sierra-selva", "Sierra y Selva Exportadora", "SSE", PUB, NAT, "calleria",
         "Exportación agraria", "20131884118", website="https://www.gob.pe/sierrayselvaexportadora",
         domain="sse.gob.pe"),
    _org("citeforestal", "CITEforestal Pucallpa — Instituto Tecnológico de la Producción",
         "CITEforestal", PUB, NAT, "yarinacocha", "Forestal / madera", "20602362192",
         domain="itp.gob.pe"),
    _org("unu", "Universidad Nacional de Ucayali", "UNU", ACA, None, "calleria",
         "Educación superior", "20132065552", website="https://www.unu.edu.pe",
         domain="unu.edu.pe"),
    _org("unia", "Universidad Nacional Intercultural de la Amazonía", "UNIA", ACA, None,
         "yarinacocha", "Educación superior", "20393672511", domain="unia.edu.pe"),
    _org("iiap", "Instituto de Investigaciones de la Amazonía Peruana — Sede Ucayali", "IIAP",
         PUB, NAT, "yarinacocha", "Investigación amazónica", "20603112874",
         website="https://www.iiap.gob.pe", domain="iiap.gob.pe"),
    _org("maderera-aguaytia", "Maderera Aguaytía S.A.C.", None, PRI, None, "padre-abad",
         "Forestal / madera", "20605234713", phone="+51 961 482 330",
         email="gerencia@madereraaguaytia.pe", domain="madereraaguaytia.pe",
         representative="Jorge Luis Del Águila Vargas", founded=8),
    _org("ifu", "Industrias Forestales del Ucayali S.A.C.", "INFORU", PRI, None, "manantay",
         "Forestal / madera", "20456813900", phone="+51 61 596 442", domain="inforu.com.pe",
         representative="Fernando Chung Ramírez", founded=14),
    _org("extractores-atalaya", "Asociación de Extractores Forestales de Atalaya", "ASEFA", PRI,
         None, "raymondi", "Forestal / madera", "20393640171", members_count=58,
         representative="Segundo Tapullima Cumapa", founded=16),
    _org("coop-cacao-aguaytia", "Cooperativa Agroindustrial Cacao Aguaytía Ltda.",
         "Cacao Aguaytía", PRI, None, "padre-abad", "Cacao", "20605129839",
         phone="+51 962 310 775", email="cacaoaguaytia@gmail.com", members_count=420,
         representative="Delia Ahuanari Sánchez", founded=11),
    _org("ccitu", "Cámara de Comercio, Industria y Turismo de Ucayali", "CCITU", PRI, None,
         "calleria", "Comercio y servicios", "20154411209", members_count=380,
         domain="camaraucayali.org.pe", representative="Rosa Amelia Soria Pezo", founded=45),
    _org("bosques-vivos", "Asociación Bosques Vivos del Ucayali", None, CSO, None,
         "yarinacocha", "Conservación y manejo forestal", "20607482013",
         email="contacto@bosquesvivos.org.pe", domain="bosquesvivos.org.pe",
         representative="Martín Vela Gonzales", founded=7),
    _org("fecona", "Federación de Comunidades Nativas Forestales del Alto Ucayali", "FECONAFAU",
         CSO, None, "raymondi", "Manejo forestal comunitario", None, members_count=34,
         representative="Lidia Sanancino Mahua", founded=22),
    _org("fao-pe", "Organización de las Naciones Unidas para la Alimentación y la Agricultura — "
         "Perú", "FAO", INT, None, "pe", "Cooperación para el desarrollo", None,
         website="https://www.fao.org/peru", domain="fao.org"),

    # --- Los Ríos (Chile) -------------------------------------------------------------------
    _org("valdivia-mun", "Ilustre Municipalidad de Valdivia", None, PUB, LOC, "valdivia",
         "Fomento productivo", "69.200.100-1", phone="+56 63 222 0300",
         website="https://www.munivaldivia.cl", domain="munivaldivia.cl"),
    _org("panguipulli-mun", "Municipalidad de Panguipulli", None, PUB, LOC, "panguipulli",
         "Fomento productivo", "69.200.900-2", domain="municipalidadpanguipulli.cl"),
    _org("la-union-mun", "Municipalidad de La Unión", None, PUB, LOC, "la-union",
         "Fomento productivo", "69.201.200-3", domain="munilaunion.cl"),
    _org("rio-bueno-mun", "Municipalidad de Río Bueno", None, PUB, LOC, "rio-bueno",
         "Fomento productivo", "69.201.600-9", domain="muniriobueno.cl"),
    _org("gore-los-rios", "Gobierno Regional de Los Ríos", "GORE Los Ríos", PUB, REG,
         "valdivia", "Desarrollo regional", "72.226.800-8", website="https://www.goredelosrios.cl",
         domain="goredelosrios.cl"),
    _org("corporacion-lr", "Corporación Regional de Desarrollo Productivo de Los Ríos",
         "Corporación Los Ríos", PUB, REG, "valdivia", "Desarrollo productivo", "65.154.900-0",
         domain="corporacionlosrios.cl"),
    _org("corfo", "Corporación de Fomento de la Producción — Dirección Regional Los Ríos",
         "CORFO", PUB, NAT, "valdivia", "Fomento productivo", "60.706.000-2",
         website="https://www.corfo.cl", domain="corfo.cl"),
    _org("indap", "Instituto de Desarrollo Agropecuario — Dirección Regional Los Ríos", "INDAP",
         PUB, NAT, "valdivia", "Agropecuario", "61.307.000-1",
         website="https://www.indap.gob.cl", domain="indap.cl"),
    _org("sercotec", "Servicio de Cooperación Técnica — Dirección Regional Los Ríos",
         "SERCOTEC", PUB, NAT, "valdivia", "Micro y pequeña empresa", "61.315.000-5",
         website="https://www.sercotec.cl", domain="sercotec.cl"),
    _org("conaf", "Corporación Nacional Forestal — Oficina Regional Los Ríos", "CONAF", PUB, NAT,
         "valdivia", "Forestal / madera", "61.313.000-4", website="https://www.conaf.cl",
         domain="conaf.cl"),
    _org("infor", "Instituto Forestal — Sede Los Ríos", "INFOR", PUB, NAT, "valdivia",
         "Forestal / madera", "61.311.000-3", website="https://www.infor.cl", domain="infor.cl"),
    _org("uach", "Universidad Austral de Chile", "UACh", ACA, None, "valdivia",
         "Educación superior", "81.380.600-2", website="https://www.uach.cl", domain="uach.cl"),
    _org("aserradero-coihues", "Aserradero Los Coihues SpA", None, PRI, None, "panguipulli",
         "Forestal / madera", "76.543.210-3", phone="+56 63 231 1480",
         email="contacto@loscoihues.cl", domain="loscoihues.cl",
         representative="Sergio Muñoz Catrileo", founded=12),
    _org("maderas-ranco", "Maderas Nativas del Ranco Ltda.", None, PRI, None, "futrono",
         "Forestal / madera", "77.891.234-1", phone="+56 9 8123 4470",
         representative="Mario Ebner Castillo", founded=9),
    _org("ag-madera", "Asociación Gremial de Pequeños Productores de Madera de Los Ríos A.G.",
         "APROMAD A.G.", PRI, None, "los-lagos", "Forestal / madera", "65.098.765-9",
         members_count=87, representative="Gladys Mancilla Ruiz", founded=15),
    _org("coop-lechera", "Cooperativa Lechera de Río Bueno Ltda.", "Colerbu", PRI, None,
         "rio-bueno", "Lácteos", "70.123.456-1", members_count=156, domain="colerbu.cl",
         representative="Eduardo Winkler Sáez", founded=38),
    _org("lacteos-ranco", "Lácteos Valle del Ranco S.A.", None, PRI, None, "la-union",
         "Lácteos", "76.987.654-5", phone="+56 64 232 1900", domain="lacteosranco.cl",
         representative="Marisol Ojeda Cárdenas", founded=18),
    _org("camara-valdivia", "Cámara de Comercio, Industria y Turismo de Valdivia A.G.", None,
         PRI, None, "valdivia", "Comercio y servicios", "65.234.567-0", members_count=210,
         representative="Felipe Bravo Espinoza", founded=60),
    _org("turismo-ranco", "Cooperativa de Turismo Rural Lago Ranco–Futrono", None, PRI, None,
         "futrono", "Turismo", "76.345.678-1", members_count=42,
         email="turismoruralranco@gmail.com", representative="Nicole Haase Quezada", founded=6),
    _org("fundacion-bosque", "Fundación Bosque Valdiviano", None, CSO, None, "valdivia",
         "Conservación y manejo forestal", "65.111.222-2", website="https://www.bosquevaldiviano.cl",
         domain="bosquevaldiviano.cl", representative="Ignacio Millar Pérez", founded=11),
    _org("cepal", "Comisión Económica para América Latina y el Caribe", "CEPAL", INT, None, "cl",
         "Cooperación para el desarrollo", None, website="https://www.cepal.org",
         domain="cepal.org"),
]
# fmt: on


def email_domains() -> dict[str, str]:
    """Organization key → the domain its people's e-mail addresses use."""
    return {o["key"]: o["domain"] for o in ORGANIZATIONS if o.get("domain")}


def organizations(days: Days) -> list[dict[str, Any]]:
    rows = []
    for index, org in enumerate(ORGANIZATIONS):
        row = {k: v for k, v in org.items() if k not in ("domain", "founded")}
        founded = org.get("founded")
        row["registered_on"] = (
            date(days.today.year - founded, 1 + (index * 5) % 12, 1 + (index * 7) % 28)
            if founded
            else None
        )
        rows.append(row)
    return rows
