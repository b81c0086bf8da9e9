"""Errors the user can act on, as codes with parameters; the UI and CLI turn them into sentences.

Anything that is not a ``UserError`` is a bug: it is logged with its traceback.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A problem the user can fix (bad value, locked or newer database, full disk...)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __repr__(self) -> str:
        return f"UserError({self.code!r}, {self.params!r})"

    def __str__(self) -> str:
        return english_message(self)


class ValidationError(UserError):
    """One or more fields of a form are wrong; ``fields`` maps field name to an error code."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("invalid_fields", fields=", ".join(sorted(fields)))
        self.fields = fields


class InUseError(UserError):
    """A record cannot be deleted because others point to it; ``usages`` says by what."""

    def __init__(self, entity: str, name: str, usages: dict[str, int]) -> None:
        summary = ", ".join(f"{n} {what}" for what, n in usages.items())
        super().__init__("in_use", entity=entity, name=name, usages=summary)
        self.usages = usages


# English sentences, used by the CLI (no Qt there) and as the source of the UI's tr() strings
# (ui/messages.py repeats them inside QT_TRANSLATE_NOOP so that lupdate sees them).
ENGLISH: dict[str, str] = {
    "db_newer": "The database {path} was written by a newer version of AgencyDesk "
    "(schema {found}, this version knows up to {known}). Update AgencyDesk to open it.",
    "db_unreadable": "The database {path} cannot be opened: {reason}",
    "db_not_agencydesk": "The file {path} is not an AgencyDesk database.",
    "db_locked": "The database is busy in another window or program. Close it and try again.",
    "disk_full": "The disk is full. Free some space and try again; nothing was lost.",
    "not_found": "The {entity} you were working on no longer exists.",
    "in_use": "{name} cannot be deleted: it is used by {usages}.",
    "bad_status_change": "A bottleneck cannot go from {old} to {new}.",
    "bad_meeting_status_change": "A meeting cannot go from {old} to {new}.",
    "minutes_locked": "The minutes of {title} are approved and cannot be changed. "
    "Reopen them first (the reopening is recorded).",
    "meeting_cancelled": "{title} was cancelled and cannot be changed. Reinstate it first.",
    "invalid_fields": "Some fields are not valid: {fields}.",
    "export_unknown_entity": "Unknown entity {entity}. Choose one of: {choices}.",
    "export_bad_format": "The output file must end in .json, .csv or .xlsx (got {path}).",
    "export_cannot_write": "Cannot write {path}: {reason}",
    "template_bad_format": "A template is an Excel workbook: the file name must end in .xlsx "
    "(got {path}).",
    "demo_not_empty": "The database {path} already has data; the demo needs an empty database.",
    "import_missing_column": "The sheet has no column for the required field {field} of "
    "{kind}; add the column (or map one to it) and try again.",
    "import_no_such_sheet": "The file has no sheet named {sheet}. Its sheets: {sheets}.",
    "import_undo_blocked": "The import of {file} cannot be undone: what it created is now "
    "used by {usages}.",
    "import_already_undone": "The import of {file} was already undone ({when}).",
    "import_plan_ambiguous": "{count} action plans are called {plan}; give the plan's number "
    "instead.",
    "import_plan_required": "Importing {kind} needs an action plan: choose one (--plan).",
    "import_unknown_plan": "There is no action plan number {plan}.",
    "import_meeting_required": "Importing {kind} needs a meeting: choose one (--meeting).",
    "import_unknown_meeting": "There is no meeting number {meeting}.",
    "import_file_missing": "The file {name} does not exist (it may have been moved, renamed "
    "or deleted).",
    "import_file_empty": "The file {name} is empty (0 bytes). Ask for the file again.",
    "import_file_unreadable": "The file {name} cannot be opened: {reason}. Close it in other "
    "programs and try again.",
    "import_encrypted": "The workbook {name} is protected with a password, so it cannot be "
    "read. Open it in Excel, enter the password, remove it (File > Info > Protect Workbook > "
    "Encrypt with Password, leave the box empty), save it and import it again.",
    "import_damaged": "The file {name} is damaged or incomplete and cannot be read. Ask for "
    "the file again.",
    "import_unsupported_format": "The file {name} is not a spreadsheet AgencyDesk can read. "
    "Import .xlsx, .xlsm, .xls, .ods, .csv or .txt files: open it in Excel or LibreOffice and "
    "save it as .xlsx.",
    "import_forbidden_xml": "The file {name} contains forbidden XML (a DTD or entity "
    "declarations, used in attacks) and was not read. Open it in Excel or LibreOffice, save a "
    "new copy and import that.",
    "import_zip_bomb": "The file {name} would expand to far more data than a spreadsheet "
    'holds (a "zip bomb") and was not read. Ask for the file again.',
    "import_too_many_rows": "The sheet {sheet} of {name} has more than {limit} rows with "
    "data, the most one import takes. Split it into smaller files.",
    "import_too_slow": "Reading {name} took more than {seconds} seconds and was stopped. Save "
    "only the sheet you need, or split it into smaller files.",
    "import_too_big": "The file {name} needs more memory to read than one import may use. "
    "Save only the sheet you need, or split it into smaller files.",
    "import_no_sheets": 'No sheet could be read in {name}. If it was saved as "Strict Open '
    'XML", open it in Excel and save it as an ordinary Excel workbook (.xlsx).',
    "import_reader_crashed": "AgencyDesk could not read {name}: the reader stopped on it. "
    "Open it in Excel or LibreOffice, save it as .xlsx and import that file.",
    "import_unsafe_parser": "Importing is disabled: the defusedxml package, which protects "
    "against malicious files, is missing or switched off. Reinstall AgencyDesk.",
}


def english_message(error: UserError) -> str:
    template = ENGLISH.get(error.code, error.code)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template
