"""Sentences for UserError codes and field-validation codes, in the user's language.

The English templates mirror domain/errors.py (used by the CLI); here they are marked for
translation. Parameters are filled after translation, so translators can move them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agencydesk.domain.errors import InUseError, UserError
from agencydesk.ui.labels import usage_label

CONTEXT = "Messages"

_ERRORS: dict[str, str] = {
    "db_newer": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} was written by a newer version of AgencyDesk. "
        "Update AgencyDesk to open it; nothing in it was changed.",
    ),
    "db_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} cannot be opened: {reason}"
    ),
    "db_not_agencydesk": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not an AgencyDesk database."
    ),
    "db_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy in another window or program. Close it and try again.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. Free some space and try again; nothing was lost."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "What you were working on was deleted in the meantime."
    ),
    "in_use": QT_TRANSLATE_NOOP("Messages", "{name} cannot be deleted: it is used by {usages}."),
    "bad_status_change": QT_TRANSLATE_NOOP(
        "Messages", "This step is not possible from the bottleneck's current status."
    ),
    "bad_meeting_status_change": QT_TRANSLATE_NOOP(
        "Messages", "This step is not possible from the meeting's current status."
    ),
    "minutes_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The minutes of {title} are approved and cannot be changed. "
        "Reopen them first (the reopening is recorded).",
    ),
    "meeting_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "{title} was cancelled and cannot be changed. Reinstate it first."
    ),
    "invalid_fields": QT_TRANSLATE_NOOP(
        "Messages", "Some fields are not valid. Check the fields marked in red."
    ),
    "export_unknown_entity": QT_TRANSLATE_NOOP("Messages", "Unknown list {entity}."),
    "export_bad_format": QT_TRANSLATE_NOOP(
        "Messages", "The file must end in .json, .csv or .xlsx ({path})."
    ),
    "export_cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {reason}"),
    "template_bad_format": QT_TRANSLATE_NOOP(
        "Messages", "A template is an Excel workbook: the file name must end in .xlsx ({path})."
    ),
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} already has data; the demo needs an empty database."
    ),
    "import_missing_column": QT_TRANSLATE_NOOP(
        "Messages",
        "The sheet has no column for the required field {field} of {kind}; add the column "
        "(or map one to it) and try again.",
    ),
    "import_no_such_sheet": QT_TRANSLATE_NOOP(
        "Messages", "The file has no sheet named {sheet}. Its sheets: {sheets}."
    ),
    "import_undo_blocked": QT_TRANSLATE_NOOP(
        "Messages",
        "The import of {file} cannot be undone: what it created is now used by {usages}.",
    ),
    "import_already_undone": QT_TRANSLATE_NOOP(
        "Messages", "The import of {file} was already undone ({when})."
    ),
    "import_plan_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "{count} action plans are called {plan}; give the plan's number instead."
    ),
    "import_plan_required": QT_TRANSLATE_NOOP(
        "Messages", "Importing {kind} needs an action plan: choose one."
    ),
    "import_unknown_plan": QT_TRANSLATE_NOOP("Messages", "There is no action plan number {plan}."),
    "import_meeting_required": QT_TRANSLATE_NOOP(
        "Messages", "Importing {kind} needs a meeting: choose one."
    ),
    "import_unknown_meeting": QT_TRANSLATE_NOOP(
        "Messages", "There is no meeting number {meeting}."
    ),
    "import_file_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} does not exist (it may have been moved, renamed or deleted).",
    ),
    "import_file_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is empty (0 bytes). Ask for the file again.",
    ),
    "import_file_unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} cannot be opened: {reason}. Close it in other programs and try again.",
    ),
    "import_encrypted": QT_TRANSLATE_NOOP(
        "Messages",
        "The workbook {name} is protected with a password, so it cannot be read. Open it "
        "in Excel, enter the password, remove it (File > Info > Protect Workbook > "
        "Encrypt with Password, leave the box empty), save it and import it again.",
    ),
    "import_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is damaged or incomplete and cannot be read. Ask for the file again.",
    ),
    "import_unsupported_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is not a spreadsheet AgencyDesk can read. Import .xlsx, .xlsm, "
        ".xls, .ods, .csv or .txt files: open it in Excel or LibreOffice and save it as "
        ".xlsx.",
    ),
    "import_forbidden_xml": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} contains forbidden XML (a DTD or entity declarations, used in "
        "attacks) and was not read. Open it in Excel or LibreOffice, save a new copy and "
        "import that.",
    ),
    "import_zip_bomb": QT_TRANSLATE_NOOP(
        "Messages",
        'The file {name} would expand to far more data than a spreadsheet holds (a "zip '
        'bomb") and was not read. Ask for the file again.',
    ),
    "import_too_many_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "The sheet {sheet} of {name} has more than {limit} rows with data, the most one "
        "import takes. Split it into smaller files.",
    ),
    "import_too_slow": QT_TRANSLATE_NOOP(
        "Messages",
        "Reading {name} took more than {seconds} seconds and was stopped. Save only the "
        "sheet you need, or split it into smaller files.",
    ),
    "import_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} needs more memory to read than one import may use. Save only "
        "the sheet you need, or split it into smaller files.",
    ),
    "import_no_sheets": QT_TRANSLATE_NOOP(
        "Messages",
        'No sheet could be read in {name}. If it was saved as "Strict Open XML", open '
        "it in Excel and save it as an ordinary Excel workbook (.xlsx).",
    ),
    "import_reader_crashed": QT_TRANSLATE_NOOP(
        "Messages",
        "AgencyDesk could not read {name}: the reader stopped on it. Open it in Excel or "
        "LibreOffice, save it as .xlsx and import that file.",
    ),
    "import_unsafe_parser": QT_TRANSLATE_NOOP(
        "Messages",
        "Importing is disabled: the defusedxml package, which protects against malicious "
        "files, is missing or switched off. Reinstall AgencyDesk.",
    ),
}

_FIELDS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "This text is too long."),
    "bad_email": QT_TRANSLATE_NOOP("Messages", "This is not an e-mail address (name@domain.org)."),
    "bad_url": QT_TRANSLATE_NOOP("Messages", "This is not a web address (www.example.org)."),
    "future_date": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "negative": QT_TRANSLATE_NOOP("Messages", "This number cannot be negative."),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists."),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "Write the date as day/month/year."),
    "duplicate_name": QT_TRANSLATE_NOOP("Messages", "Another organization already has this name."),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end cannot be before the start."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "This number is out of range."),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Write a number, such as 1500 or 12.5."),
    "duplicate_code": QT_TRANSLATE_NOOP("Messages", "Another record here already has this code."),
    "duplicate_number": QT_TRANSLATE_NOOP(
        "Messages", "Another record here already has this number."
    ),
    "not_started_yet": QT_TRANSLATE_NOOP(
        "Messages", "The meeting has not started yet: it cannot be marked as held."
    ),
    "not_same_owner": QT_TRANSLATE_NOOP(
        "Messages", "The next session belongs to the same initiative or agenda as this one."
    ),
    "bad_currency": QT_TRANSLATE_NOOP(
        "Messages", "Write the three-letter currency code, such as PEN, MXN or CLP."
    ),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def user_error_text(error: UserError) -> str:
    """One sentence, in the user's language, for an error the user can act on."""
    params = dict(error.params)
    if isinstance(error, InUseError):
        params["usages"] = ", ".join(
            usage_label(table, count) for table, count in error.usages.items()
        )
    if isinstance(error.params.get("uses"), dict):  # table -> count, e.g. import undo
        params["usages"] = ", ".join(
            usage_label(table, count) for table, count in error.params["uses"].items()
        )
    if error.code.startswith("import_"):
        params.update(_import_params(error.params))
    source = _ERRORS.get(error.code)
    if source is None:
        return error.code
    try:
        return _tr(source).format(**params)
    except (KeyError, IndexError):
        return _tr(source)


def _import_params(params: dict) -> dict[str, str]:
    """Import errors carry codes (kind "actions", field "tax_id"): name them in the user's
    language. Imported here, not at the top: ui.importing imports this module."""
    from agencydesk.domain.importing.kinds import ImportKind
    from agencydesk.ui.importing.field_labels import field_label, kind_label

    named: dict[str, str] = {}
    kind = params.get("kind")
    if isinstance(kind, str) and kind in ImportKind._value2member_map_:
        named["kind"] = kind_label(ImportKind(kind)).lower()
    field = params.get("field")
    if isinstance(field, str) and field:
        named["field"] = ", ".join(field_label(f.strip()) for f in field.split(","))
    return named


def field_error_text(code: str) -> str:
    source = _FIELDS.get(code)
    return _tr(source) if source else code
