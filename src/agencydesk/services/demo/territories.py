"""Territories of the demo: Soconusco (Chiapas, Mexico), Ucayali (Peru), Los Ríos (Chile).

Official codes: INEGI (state and municipality, 5 digits), UBIGEO of INEI (department 2,
province 4, district 6 digits), CUT of Chile (region 2, province 3, commune 5 digits); ISO 3166
for countries. The Soconusco is one of Chiapas's economic regions, with no official code.
"""

from __future__ import annotations

from typing import Any

# key, name, level, parent key, official code
# fmt: off
TERRITORIES: list[tuple[str, str, str, str | None, str | None]] = [
    ("mx", "México", "country", None, "MX"),
    ("chiapas", "Chiapas", "region", "mx", "07"),
    ("soconusco", "Región Soconusco", "region", "chiapas", None),
    ("tapachula", "Tapachula", "municipality", "soconusco", "07089"),
    ("huixtla", "Huixtla", "municipality", "soconusco", "07040"),
    ("cacahoatan", "Cacahoatán", "municipality", "soconusco", "07015"),
    ("tuxtla-chico", "Tuxtla Chico", "municipality", "soconusco", "07102"),
    ("union-juarez", "Unión Juárez", "municipality", "soconusco", "07105"),
    ("mazatan", "Mazatán", "municipality", "soconusco", "07054"),
    ("huehuetan", "Huehuetán", "municipality", "soconusco", "07037"),

    ("pe", "Perú", "country", None, "PE"),
    ("ucayali", "Ucayali", "region", "pe", "25"),
    ("coronel-portillo", "Coronel Portillo", "province", "ucayali", "2501"),
    ("atalaya", "Atalaya", "province", "ucayali", "2502"),
    ("padre-abad-prov", "Padre Abad", "province", "ucayali", "2503"),
    ("calleria", "Callería", "district", "coronel-portillo", "250101"),
    ("campoverde", "Campoverde", "district", "coronel-portillo", "250102"),
    ("yarinacocha", "Yarinacocha", "district", "coronel-portillo", "250105"),
    ("manantay", "Manantay", "district", "coronel-portillo", "250107"),
    ("raymondi", "Raymondi", "district", "atalaya", "250201"),
    ("padre-abad", "Padre Abad (Aguaytía)", "district", "padre-abad-prov", "250301"),
    ("irazola", "Irazola", "district", "padre-abad-prov", "250302"),
    ("curimana", "Curimaná", "district", "padre-abad-prov", "250303"),

    ("cl", "Chile", "country", None, "CL"),
    ("los-rios", "Región de Los Ríos", "region", "cl", "14"),
    ("valdivia-prov", "Valdivia", "province", "los-rios", "141"),
    ("ranco", "Ranco", "province", "los-rios", "142"),
    ("valdivia", "Valdivia", "municipality", "valdivia-prov", "14101"),
    ("lanco", "Lanco", "municipality", "valdivia-prov", "14103"),
    ("los-lagos", "Los Lagos", "municipality", "valdivia-prov", "14104"),
    ("mariquina", "Mariquina", "municipality", "valdivia-prov", "14106"),
    ("panguipulli", "Panguipulli", "municipality", "valdivia-prov", "14108"),
    ("la-union", "La Unión", "municipality", "ranco", "14201"),
    ("futrono", "Futrono", "municipality", "ranco", "14202"),
    ("lago-ranco", "Lago Ranco", "municipality", "ranco", "14203"),
    ("rio-bueno", "Río Bueno", "municipality", "ranco", "14204"),
]
# fmt: on


def territories() -> list[dict[str, Any]]:
    return [
        {"key": key, "name": name, "level": level, "parent_id": parent, "code": code}
        for key, name, level, parent, code in TERRITORIES
    ]
