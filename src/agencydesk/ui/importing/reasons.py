"""Translated sentences for the reason codes of the import pipeline (a cell's correction or
refusal, a row's rejection). Unknown codes fall back to the pipeline's English sentence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ImportReasons"

_REASONS: dict[str, str] = {
    # a cell that cannot be stored
    "excel_error": QT_TRANSLATE_NOOP("ImportReasons", "an Excel error value (such as #N/A)"),
    "formula_without_value": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "a formula saved without its result: open the file in Excel or LibreOffice and save it "
        "again",
    ),
    "bad_date": QT_TRANSLATE_NOOP("ImportReasons", "not a date"),
    "bad_number": QT_TRANSLATE_NOOP("ImportReasons", "not a number"),
    "negative": QT_TRANSLATE_NOOP("ImportReasons", "cannot be negative"),
    "out_of_range": QT_TRANSLATE_NOOP("ImportReasons", "out of range"),
    "bad_email": QT_TRANSLATE_NOOP("ImportReasons", "not an e-mail address"),
    "bad_url": QT_TRANSLATE_NOOP("ImportReasons", "not a web address"),
    "bad_bool": QT_TRANSLATE_NOOP("ImportReasons", "not yes or no"),
    "bad_percent": QT_TRANSLATE_NOOP("ImportReasons", "not a percentage from 0 to 100"),
    "unknown_choice": QT_TRANSLATE_NOOP("ImportReasons", "not one of the choices"),
    "too_long": QT_TRANSLATE_NOOP("ImportReasons", "too long"),
    "not_integer": QT_TRANSLATE_NOOP("ImportReasons", "not a whole number"),
    "invalid": QT_TRANSLATE_NOOP("ImportReasons", "not valid"),
    "gender_m_ambiguous": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "“M” can be Mujer (woman) or Masculino (man) and the column does not say which: "
        "write Mujer, Hombre, F or H",
    ),
    # a row that cannot be imported
    "required": QT_TRANSLATE_NOOP("ImportReasons", "a value is required"),
    "unknown_organization": QT_TRANSLATE_NOOP(
        "ImportReasons", "no organization with this name in the directory"
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "ImportReasons", "the same record appears earlier in the file"
    ),
    "not_found": QT_TRANSLATE_NOOP("ImportReasons", "no existing record matches this row"),
    "future_date": QT_TRANSLATE_NOOP("ImportReasons", "a date in the future"),
    "consent_purpose_required": QT_TRANSLATE_NOOP(
        "ImportReasons", "a consent date needs the purpose of the consent"
    ),
    "end_before_start": QT_TRANSLATE_NOOP("ImportReasons", "the end is before the start"),
    "unknown_indicator": QT_TRANSLATE_NOOP("ImportReasons", "no indicator with this name"),
    "unknown_action": QT_TRANSLATE_NOOP("ImportReasons", "no action with this code in the plan"),
    "ambiguous_code": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "several actions of the plan have this code: add the axis (Eje) or the action's title, "
        "as in the plan, to tell them apart",
    ),
    "other_action": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "the plan's action with this code has another axis and another title: check the code",
    ),
    "other_action_title": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "this is the title of another action of the plan, not of the action with this code: "
        "check the code or the title",
    ),
    "id_other_name": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "this ID belongs to another name in the directory: check the ID or the name",
    ),
    "id_other_name_in_file": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "this ID belongs to another name earlier in the file: check the ID or the name",
    ),
    "unknown_person": QT_TRANSLATE_NOOP("ImportReasons", "no person with this name"),
    "ambiguous_person": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "several people in the directory have this name: add their organization, e-mail or ID",
    ),
    "ambiguous_indicator": QT_TRANSLATE_NOOP(
        "ImportReasons", "several indicators have this name: choose a plan"
    ),
    "meeting_not_held": QT_TRANSLATE_NOOP(
        "ImportReasons", "the meeting has not been held yet: presence cannot be recorded"
    ),
    "done_on_but_open": QT_TRANSLATE_NOOP(
        "ImportReasons", "a completion date on an agreement marked open"
    ),
    "other_meeting": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "this row is a record of another meeting (by its uuid): "
        "check that the right meeting is chosen",
    ),
    "other_plan": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "this row is a record of another plan (by its uuid or its plan column): import it into "
        "that plan, or check that the right plan is chosen",
    ),
    "namesakes": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "several people in the directory have this name: add their DNI, e-mail or organization "
        "to say which",
    ),
    "due_before_meeting": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "the due date is before the meeting where the agreement was made: check the year",
    ),
    "closed_before_meeting": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "the completion date is before the meeting where the agreement was made: check the year",
    ),
    "unknown_territory": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "no territory of the database has this name (an import does not add territories): "
        "correct it, or leave the cell empty to import the row without one",
    ),
    "ambiguous_territory": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "several territories have this name: add the place it is in, as the territory lists "
        "show it: “Valdivia (Los Ríos)”",
    ),
    # a cell that was corrected
    "type_from_name": QT_TRANSLATE_NOOP(
        "ImportReasons", "the type was read from the organization's name"
    ),
    "level_from_name": QT_TRANSLATE_NOOP(
        "ImportReasons", "the level of government was read from the organization's name"
    ),
    "scaled_by_header": QT_TRANSLATE_NOOP(
        "ImportReasons", "the header gives amounts in thousands or millions: multiplied"
    ),
    "scaled_by_header_large": QT_TRANSLATE_NOOP(
        "ImportReasons",
        "the header gives amounts in thousands or millions: multiplied, although the amount "
        "already looked whole: check it",
    ),
    "date_from_text": QT_TRANSLATE_NOOP("ImportReasons", "date read from text"),
    "date_from_serial": QT_TRANSLATE_NOOP("ImportReasons", "date read from a day number"),
    "number_from_text": QT_TRANSLATE_NOOP("ImportReasons", "number read from text"),
    "percent_scaled": QT_TRANSLATE_NOOP("ImportReasons", "percentage read from a fraction"),
    "choice_from_synonym": QT_TRANSLATE_NOOP("ImportReasons", "choice recognised"),
    "excused_absence": QT_TRANSLATE_NOOP(
        "ImportReasons", "an excused absence: not attended, excused"
    ),
    "trimmed": QT_TRANSLATE_NOOP("ImportReasons", "spaces removed"),
    "cleaned": QT_TRANSLATE_NOOP("ImportReasons", "invisible characters removed"),
    "date_order": QT_TRANSLATE_NOOP(
        "ImportReasons", "day and month look swapped: check the date order"
    ),
    "time_dropped": QT_TRANSLATE_NOOP("ImportReasons", "time of day dropped"),
    "thousands_assumed": QT_TRANSLATE_NOOP(
        "ImportReasons", "a point or comma before three digits read as a thousands separator"
    ),
    "rounded": QT_TRANSLATE_NOOP("ImportReasons", "rounded"),
    "bool_from_text": QT_TRANSLATE_NOOP("ImportReasons", "read as yes or no"),
    "email_first_kept": QT_TRANSLATE_NOOP("ImportReasons", "several addresses: the first one kept"),
    "month_first_column": QT_TRANSLATE_NOOP(
        "ImportReasons", "read month first, as the column's other dates are written (03/15/2025)"
    ),
    "day_first_column": QT_TRANSLATE_NOOP(
        "ImportReasons", "read day first, as the column's other dates are written (15/03/2025)"
    ),
    "gender_m_female": QT_TRANSLATE_NOOP(
        "ImportReasons", "“M” read as Mujer (woman): the column writes men as H or Hombre"
    ),
    "given_names_first": QT_TRANSLATE_NOOP(
        "ImportReasons", "surnames written first: given names put first"
    ),
    "id_from_number": QT_TRANSLATE_NOOP("ImportReasons", "identifier read from a number"),
    "default": QT_TRANSLATE_NOOP("ImportReasons", "value given in the options"),
}


def translated_codes() -> frozenset[str]:
    """The reason codes that have a translatable sentence here."""
    return frozenset(_REASONS)


def reason_text(code: str | None, fallback: str = "") -> str:
    """The translated sentence of ``code``; ``fallback`` (the English one) when unknown."""
    if not code:
        return fallback
    source = _REASONS.get(code)
    if source is None:
        return fallback or code
    return QCoreApplication.translate(CONTEXT, source)
