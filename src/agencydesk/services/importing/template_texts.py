"""The Spanish words of the partner templates: what each sheet is for, how to fill each column,
and an example of each value. Templates go to partners in the region, whatever the language of
the program, so these are not translated (like the headers the importer recognises)."""

from __future__ import annotations

from agencydesk.domain.importing.kinds import FieldSpec, ImportKind, ValueType
from agencydesk.domain.importing.vocabulary import BOOL_CHOICES, template_choices

T = ValueType

# The data sheet's name, and what one row of it is.
SHEET_NAMES: dict[ImportKind, str] = {
    ImportKind.ORGANIZATIONS: "Organizaciones",
    ImportKind.PEOPLE: "Personas",
    ImportKind.ACTIONS: "Acciones",
    ImportKind.AGREEMENTS: "Acuerdos",
    ImportKind.ATTENDANCE: "Asistencia",
    ImportKind.MEASUREMENTS: "Mediciones",
    ImportKind.PROGRESS: "Avance",
}

PURPOSE: dict[ImportKind, str] = {
    ImportKind.ORGANIZATIONS: (
        "Sirve para enviarnos el padrón de organizaciones (instituciones públicas, empresas, "
        "gremios, universidades, organizaciones de la sociedad civil y de cooperación) con las "
        "que trabaja. Escriba una organización por fila."
    ),
    ImportKind.PEOPLE: (
        "Sirve para enviarnos los datos de contacto de las personas de su organización o red. "
        "Escriba una persona por fila. Incluya solo a quienes dieron su consentimiento para "
        "el uso de sus datos."
    ),
    ImportKind.ACTIONS: (
        "Sirve para enviarnos las acciones de un plan de acción (hoja de ruta): qué se hará, "
        "quién es responsable, cuándo y con qué presupuesto. Escriba una acción por fila."
    ),
    ImportKind.AGREEMENTS: (
        "Sirve para enviarnos los acuerdos o compromisos tomados en una sesión de trabajo. "
        "Escriba un acuerdo por fila."
    ),
    ImportKind.ATTENDANCE: (
        "Sirve para enviarnos la lista de asistencia de una sesión. Escriba una persona por "
        "fila, haya asistido o no."
    ),
    ImportKind.MEASUREMENTS: (
        "Sirve para enviarnos las mediciones de los indicadores del plan. Escriba una "
        "medición por fila: el indicador, la fecha y el valor medido."
    ),
    ImportKind.PROGRESS: (
        "Sirve para informarnos el avance de acciones que ya están en el plan, identificadas "
        "por su código. Si los códigos se repiten en cada eje (Eje 1: acciones 1, 2, 3; Eje 2: "
        "acciones 1, 2), escriba también el eje o el nombre de la acción. Escriba una acción "
        "por fila."
    ),
}

HOW_TO = (
    "Cómo llenarla:",
    "• Escriba los datos en la hoja «{sheet}», desde la fila 2. No cambie ni mueva los títulos "
    "de la fila 1, y no agregue filas de título encima.",
    "• Las columnas con el título en naranja son obligatorias; las demás puede dejarlas "
    "vacías si no tiene el dato.",
    "• Fechas como dd/mm/aaaa (por ejemplo 15/03/2025: día, mes y año).",
    "• Montos y números sin símbolo de moneda ni texto (por ejemplo 12500000 o 12500000,50).",
    "• En las columnas con una flecha, elija el valor de la lista desplegable.",
    "• No combine celdas ni agregue filas de totales.",
    "",
    "Cómo devolverla:",
    "• Guarde el archivo como libro de Excel (.xlsx), con el nombre que quiera, y envíelo "
    "por correo electrónico a quien se lo pidió. También sirve un archivo de LibreOffice "
    "(.ods) o un CSV.",
)

COLUMNS_TITLE = ("Columna", "¿Obligatoria?", "Formato o valores permitidos", "Ejemplo")

# One example per field name; the kind's own example where the same name means another thing.
EXAMPLES: dict[str, str] = {
    "name": "Cooperativa Agraria Cafetalera La Florida",
    "short_name": "CAC La Florida",
    "sector": "Café",
    "tax_id": "20123456789",
    "address": "Jr. Lima 123, Pichanaqui",
    "phone": "+51 964 123 456",
    "email": "contacto@laflorida.pe",
    "website": "https://www.laflorida.pe",
    "representative": "María Quispe Huamán",
    "members_count": "412",
    "registered_on": "15/03/2015",
    "notes": "Socia de la mesa desde 2023",
    "full_name": "María Quispe Huamán",
    "national_id": "01234567",
    "organization": "Cooperativa Agraria Cafetalera La Florida",
    "position": "Gerenta general",
    "consent_on": "10/02/2025",
    "consent_purpose": "Convocatorias y actas de la mesa",
    "code": "A1.2",
    "axis": "1. Calidad y productividad",
    "title": "Capacitar a 200 productores en manejo poscosecha",
    "description": "Talleres de campo en los cinco distritos productores",
    "responsible": "Municipalidad Distrital de Pichanaqui",
    "start_date": "01/04/2025",
    "end_date": "30/11/2025",
    "budget": "85000",
    "funding_source": "Programa Procompite",
    "progress_pct": "45",
    "indicator": "Productores capacitados",
    "target": "200",
    "unit": "Productores",
    "number": "3",
    "text": "La municipalidad presentará el expediente técnico del centro de acopio",
    "responsible_person": "Juan Pérez Rojas",
    "due_date": "30/06/2025",
    "done_on": "",
    "follow_up": "Expediente en revisión",
    "date": "31/03/2025",
    "value": "120",
    "source": "Registro de asistencia a talleres",
}
KIND_EXAMPLES: dict[tuple[ImportKind, str], str] = {
    (ImportKind.AGREEMENTS, "responsible"): "Municipalidad Distrital de Pichanaqui",
    (ImportKind.MEASUREMENTS, "indicator"): "Productores capacitados",
    (ImportKind.PROGRESS, "notes"): "Se realizaron 3 de los 5 talleres",
}

# What the importer expects of each kind of value.
_FORMATS: dict[ValueType, str] = {
    T.TEXT: "Texto",
    T.LONG_TEXT: "Texto libre; puede tener varias líneas",
    T.IDENTIFIER: "Texto; se conservan los ceros a la izquierda",
    T.EMAIL: "Correo electrónico (nombre@dominio)",
    T.PHONE: "Texto, con el código de área si lo tiene",
    T.URL: "Dirección web",
    T.DATE: "Fecha dd/mm/aaaa",
    T.INTEGER: "Número entero, 0 o mayor",
    T.MONEY: "Monto, 0 o mayor, sin símbolo de moneda",
    T.NUMBER: "Número; puede tener decimales o ser negativo",
    T.PERCENT: "Número de 0 a 100 (porcentaje de avance)",
    T.ORGANIZATION: "Nombre de la organización, como se la conoce",
    T.PERSON: "Nombres y apellidos de la persona",
}
_FIELD_NOTES: dict[tuple[ImportKind, str], str] = {
    (ImportKind.PROGRESS, "code"): "Código de una acción que ya está en el plan",
    (ImportKind.PROGRESS, "axis"): (
        "Eje de la acción, como está en el plan; necesario si los códigos se repiten en cada "
        "eje. Solo sirve para reconocer la acción: no se cambia"
    ),
    (ImportKind.PROGRESS, "title"): (
        "Nombre de la acción, como está en el plan. Solo sirve para reconocer la acción: "
        "no se cambia"
    ),
    (ImportKind.MEASUREMENTS, "indicator"): "Nombre de un indicador del plan, tal como figura",
    (ImportKind.ORGANIZATIONS, "government_level"): "Solo para organizaciones públicas",
}


def format_text(kind: ImportKind, spec: FieldSpec) -> str:
    """The "format or allowed values" cell of the instructions for one column."""
    if spec.type is T.ENUM and spec.enum is not None:
        text = "Elija de la lista: " + ", ".join(template_choices(spec.enum))
    elif spec.type is T.BOOL:
        text = "Elija de la lista: " + " o ".join(BOOL_CHOICES)
    else:
        text = _FORMATS.get(spec.type, "Texto")
        if spec.max_length and spec.type in (T.TEXT, T.IDENTIFIER):
            text += f" (hasta {spec.max_length} caracteres)"
    note = _FIELD_NOTES.get((kind, spec.name))
    return f"{note}. {text}" if note else text


def example_text(kind: ImportKind, spec: FieldSpec) -> str:
    """An example value for the instructions, as a partner would type it."""
    if spec.type is T.ENUM and spec.enum is not None:
        return template_choices(spec.enum)[0]
    if spec.type is T.BOOL:
        return BOOL_CHOICES[0]
    return KIND_EXAMPLES.get((kind, spec.name), EXAMPLES.get(spec.name, ""))
