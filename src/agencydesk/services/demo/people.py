"""The demo's 80 contacts: fictitious people with their positions in the demo's organizations.

National ids have the country's format and check digit (CURP, Peruvian DNI with its leading
zeros, Chilean RUN) but are invented. E-mail addresses, phones and consents are derived from
the row's position in the list, so the data stays deterministic.
"""

from __future__ import annotations

from typing import Any

from agencydesk.domain.text import fold
from agencydesk.services.demo.dates import Days
from agencydesk.services.demo.organizations import email_domains

GENDERS = {"F": "female", "M": "male", "U": "undisclosed"}
PARTICLES = {"de", "del", "la", "las", "los", "y"}

Row = tuple[str, str, str, str, str, str | None]  # given names, surnames, gender, org, position, id

# fmt: off
MEXICO: list[Row] = [
    ("María Fernanda", "Gómez Ruiz", "F", "tapachula-mun",
     "Directora de Desarrollo Económico Municipal", "GORF820914MCSMZR09"),
    ("José Luis", "Núñez Pérez", "M", "tapachula-mun",
     "Jefe del Departamento de Fomento Agropecuario", "NUPL780314HCSXRS04"),
    ("Rosa Elena", "Cifuentes Maldonado", "F", "huixtla-mun",
     "Directora de Fomento Económico", "CIMR850722MCSFLS04"),
    ("Héctor", "Ovando Villatoro", "M", "cacahoatan-mun",
     "Director de Desarrollo Rural", "OAVH710205HCSVLC01"),
    ("Alejandra", "Toledo Cruz", "F", "seyt", "Delegada Regional Soconusco", "TOCA880130MCSLRL02"),
    ("Ramiro", "Castañeda Solís", "M", "seyt",
     "Jefe de Proyectos Productivos y enlace de la cadena del café", "CASR800611HCSSLM04"),
    ("Jorge Armando", "Velázquez Ríos", "M", "sagyp",
     "Coordinador Regional de Café", "VERJ750419HCSLSR06"),
    ("Patricia", "Ibáñez Morales", "F", "sader",
     "Subrepresentante de Agricultura en Chiapas", "IAMP770803MCSBRT09"),
    ("Luis Enrique", "Coutiño Aguilar", "M", "senasica",
     "Coordinador Estatal de Sanidad Vegetal", "COAL830527HCSTGS00"),
    ("Guadalupe", "Hernández López", "F", "bienestar",
     "Coordinadora Territorial de Sembrando Vida", "HELG860916MCSRPD00"),
    ("Arturo", "Peña Gálvez", "M", "inifap", "Investigador titular en café", "PEGA690112HCSXLR06"),
    ("Mónica", "Solórzano Trujillo", "F", "unach",
     "Coordinadora de Vinculación de la Facultad", "SOTM810228MCSLRN04"),
    ("Efraín", "Chávez Méndez", "U", "unach",
     "Profesor investigador en agronegocios", "CAME790707HCSHNF01"),
    ("Lucía", "Martínez Báez", "F", "ecosur",
     "Investigadora en sistemas agroforestales", "MABL840321MCSRZC03"),
    ("Juan Carlos", "Roblero Pérez", "M", "coop-tacana",
     "Presidente del Consejo de Administración", "ROPJ730930HCSBRN04"),
    ("Ofelia", "Escalante Morales", "F", "coop-tacana",
     "Gerente de la cooperativa", "EAMO870415MCSSRF03"),
    ("Abelardo", "Ramírez Fuentes", "M", "upco", "Presidente", "RAFA650824HCSMNB04"),
    ("Sandra", "Muñoz de la Cruz", "F", "upco",
     "Responsable de certificación orgánica", "MUCS900112MCSXRN00"),
    ("Óscar", "Zepeda Galindo", "M", "beneficio-esperanza", "Gerente de planta",
     "ZEGO760506HCSPLS03"),
    ("Carolina", "Bautista Ochoa", "F", "cafiso", "Directora comercial", "BAOC891019MCSTCR04"),
    ("Francisco Javier", "Tovar Lara", "M", "canaco-tapachula", "Presidente",
     "TOLF680227HCSVRR01"),
    ("Ernestina", "Pérez Roblero", "F", "cacao-soconusco", "Presidenta", "PERE740613MCSRBR01"),
    ("Marcos", "Ovalle Díaz", "M", "acuicola-san-simon", "Presidente de la cooperativa",
     "OADM820108HCSVZR09"),
    ("Verónica", "Cabrera Jiménez", "F", "mujeres-cafetaleras", "Coordinadora general",
     "CAJV830917MCSBMR06"),
    ("Irma", "López Roblero", "F", "mujeres-cafetaleras", "Tesorera", "LORI910302MCSPBR07"),
    ("Katrin", "Müller", "F", "giz-mx", "Asesora técnica en cadenas de valor", None),
    ("Ricardo", "Salazar Montiel", "M", "iica-mx", "Especialista en agronegocios",
     "SAMR800125HDFLNC08"),
]

PERU: list[Row] = [
    ("Carlos Alberto", "Vásquez Panduro", "M", "mpcp",
     "Gerente de Desarrollo Económico Local", "00098765"),
    ("Milagros", "Ríos Tapullima", "F", "mpcp", "Subgerente de Promoción Empresarial", "00124578"),
    ("Wilder", "Sánchez Ruiz", "M", "yarinacocha-mun", "Gerente de Desarrollo Económico",
     "00087412"),
    ("Nilda", "Rengifo Amasifuén", "F", "padre-abad-mun", "Gerente de Desarrollo Económico",
     "00193746"),
    ("Luis Fernando", "Ñahui Quispe", "M", "goreu",
     "Gerente Regional de Desarrollo Económico", "04567812"),
    ("Rocío del Pilar", "Saavedra Torres", "F", "goreu", "Especialista PROCOMPITE", "41235678"),
    ("Jhon", "Pinedo Ushiñahua", "M", "gerffs",
     "Gerente Regional Forestal y de Fauna Silvestre", "00116832"),
    ("Karina", "Flores Mozombite", "F", "gerffs", "Especialista en planes de manejo forestal",
     "45872301"),
    ("Ana Lucía", "Bendezú Herrera", "F", "produce",
     "Coordinadora de Mesas Ejecutivas", "10458723"),
    ("Diego Alonso", "Carrasco Pérez", "M", "produce",
     "Analista de la Secretaría Técnica de Mesas Ejecutivas", "70123489"),
    ("Raúl", "Huamán Ccori", "M", "serfor",
     "Director de Gestión Sostenible del Patrimonio Forestal", "23984561"),
    ("Elizabeth", "Zevallos Cárdenas", "F", "serfor", "Especialista en trazabilidad forestal",
     "40982317"),
    ("Manuel", "Tuesta Arévalo", "M", "osinfor", "Jefe de la Oficina Desconcentrada de Pucallpa",
     "00074519"),
    ("Gloria", "Sinarahua Pizango", "F", "sierra-selva", "Coordinadora regional Ucayali",
     "00135792"),
    ("Pedro Pablo", "Mego Chávez", "M", "citeforestal", "Director del CITEforestal Pucallpa",
     "16728394"),
    ("Susana", "Cárdenas Vela", "F", "unu",
     "Decana de la Facultad de Ciencias Forestales y Ambientales", "00061284"),
    ("Édgar", "Ruiz Mori", "U", "unia", "Docente investigador en bioeconomía", "00152846"),
    ("Teresa", "Guerra Tello", "F", "iiap", "Investigadora en cacao y sistemas agroforestales",
     "05283917"),
    ("Jorge Luis", "Del Águila Vargas", "M", "maderera-aguaytia", "Gerente general", "00103957"),
    ("Fernando", "Chung Ramírez", "M", "ifu", "Gerente de operaciones", "00089123"),
    ("Segundo", "Tapullima Cumapa", "M", "extractores-atalaya", "Presidente", "00041827"),
    ("Delia", "Ahuanari Sánchez", "F", "coop-cacao-aguaytia",
     "Presidenta del Consejo de Administración", "00167390"),
    ("Walter", "Isuiza Paredes", "M", "coop-cacao-aguaytia", "Gerente", "00178254"),
    ("Rosa Amelia", "Soria Pezo", "F", "ccitu", "Presidenta", "00095468"),
    ("Martín", "Vela Gonzales", "M", "bosques-vivos", "Director ejecutivo", "42619873"),
    ("Lidia", "Sanancino Mahua", "F", "fecona", "Presidenta", "00184632"),
    ("Giuliana", "Bertolotti Ramos", "F", "fao-pe", "Oficial de programas forestales",
     "09876512"),
]

CHILE: list[Row] = [
    ("Claudia Andrea", "Oyarzún Vera", "F", "valdivia-mun",
     "Jefa de la Oficina de Fomento Productivo", "13.456.782-1"),
    ("Patricio", "Alarcón Muñoz", "M", "panguipulli-mun",
     "Encargado de la Unidad de Desarrollo Económico Local", "9.876.543-3"),
    ("Ximena", "Paredes Schwarzenberg", "F", "la-union-mun", "Encargada de Fomento Productivo",
     "15.234.671-9"),
    ("Hernán", "Uribe Catalán", "M", "rio-bueno-mun",
     "Encargado de la Oficina de Desarrollo Productivo", "8.765.432-K"),
    ("Francisca", "Navarrete Silva", "F", "gore-los-rios",
     "Jefa de la División de Fomento e Industria", "16.543.210-K"),
    ("Rodrigo", "Klein Henríquez", "M", "corporacion-lr", "Gerente", "12.098.765-8"),
    ("Valentina", "Cárcamo Rivas", "F", "corporacion-lr",
     "Gerenta del Clúster de la Madera", "17.345.678-6"),
    ("Andrés", "Fuentealba Toro", "M", "corfo", "Director regional", "10.987.654-2"),
    ("Daniela", "Soto Ñancupil", "F", "corfo", "Ejecutiva de fomento", "18.234.567-9"),
    ("Miguel Ángel", "Huenchumán Lefián", "M", "indap", "Jefe de Área Panguipulli",
     "11.654.329-K"),
    ("Paula", "Jiménez Ortega", "F", "sercotec", "Directora regional", "14.567.321-6"),
    ("Cristián", "Vergara Pino", "M", "conaf",
     "Jefe del Departamento de Fomento y Desarrollo Forestal", "12.876.543-3"),
    ("Lorena", "Aguayo Medina", "F", "infor", "Investigadora en productos de madera",
     "15.876.012-6"),
    ("Tomás", "Schlegel Ávila", "M", "uach", "Académico del Instituto de Bosques y Sociedad",
     "9.543.876-8"),
    ("Camila", "Rojas Barrientos", "F", "uach",
     "Coordinadora de Transferencia Tecnológica", "16.789.012-1"),
    ("Sergio", "Muñoz Catrileo", "M", "aserradero-coihues", "Gerente general", "13.765.098-3"),
    ("Mario", "Ebner Castillo", "M", "maderas-ranco", "Socio gerente", "10.456.783-5"),
    ("Gladys", "Mancilla Ruiz", "F", "ag-madera", "Presidenta", "11.876.345-9"),
    ("Juan Pablo", "Vidal Carrasco", "U", "ag-madera", "Secretario", "16.234.587-7"),
    ("Eduardo", "Winkler Sáez", "M", "coop-lechera", "Presidente", "9.234.567-K"),
    ("Marisol", "Ojeda Cárdenas", "F", "lacteos-ranco",
     "Jefa de Desarrollo de Proveedores", "14.098.762-K"),
    ("Felipe", "Bravo Espinoza", "M", "camara-valdivia", "Presidente", "13.098.456-8"),
    ("Nicole", "Haase Quezada", "F", "turismo-ranco", "Presidenta", "17.654.321-3"),
    ("Ignacio", "Millar Pérez", "M", "fundacion-bosque", "Director ejecutivo", "15.678.234-3"),
    ("Alicia", "Raipán Colipán", "F", "gore-los-rios",
     "Profesional de la División de Fomento e Industria", "12.567.890-4"),
    ("Martina", "Leiva Olivares", "F", "cepal",
     "Oficial de Asuntos Económicos, División de Desarrollo Productivo", "14.765.432-4"),
]
# fmt: on

CONSENT_PURPOSE = (
    "Directorio de actores de la oficina: convocatorias, actas y seguimiento de acuerdos"
)


def person_key(given: str, surnames: str) -> str:
    """The stable key of a person (its uuid derives from it): the folded full name."""
    return fold(f"{given} {surnames}").replace(" ", "-")


def _local_part(given: str, surnames: str) -> str:
    """``maria.gomez`` from María Fernanda / Gómez Ruiz; ``jorge.delaguila`` keeps particles."""
    words = fold(surnames).split()
    surname = ""
    for word in words:
        surname += word
        if word not in PARTICLES:
            break
    return f"{fold(given).split()[0]}.{surname}"


def _phone(country: str, i: int) -> str | None:
    if i % 6 == 5:
        return None
    i += 3  # keeps the first numbers from looking made up (100 1000)
    if country == "MX":
        return f"+52 962 {100 + (i * 37) % 900} {1000 + (i * 7919) % 9000}"
    if country == "PE":
        return f"+51 9{10 + (i * 53) % 90} {100 + (i * 379) % 900} {100 + (i * 617) % 900}"
    return f"+56 9 {1000 + (i * 4817) % 9000} {1000 + (i * 7243) % 9000}"


def people(days: Days) -> list[dict[str, Any]]:
    domains = email_domains()
    rows = []
    for country, group in (("MX", MEXICO), ("PE", PERU), ("CL", CHILE)):
        for i, (given, surnames, gender, org, position, national_id) in enumerate(group):
            consented = i % 3 != 2
            domain = domains.get(org)
            rows.append(
                {
                    "key": person_key(given, surnames),
                    "full_name": f"{given} {surnames}",
                    "national_id": national_id,
                    "organization_id": org,
                    "position": position,
                    "phone": _phone(country, i),
                    "email": f"{_local_part(given, surnames)}@{domain}" if domain else None,
                    "gender": GENDERS[gender],
                    "consent_on": days(-(40 + 13 * i)) if consented else None,
                    "consent_purpose": CONSENT_PURPOSE if consented else None,
                }
            )
    return rows
