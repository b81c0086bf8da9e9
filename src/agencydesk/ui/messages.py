"""Sentences for UserError codes and field-validation codes, in the user's language.

The window and the command line both say these (the CLI through ui/cli_translations.py, which
loads Qt's translator without a window: keep this module free of widgets). domain/errors.py
holds English templates for the log and for a command line without Qt. Parameters are filled
after translation, so translators can move them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agencydesk.domain.errors import InUseError, UserError
from agencydesk.ui.labels import usage_label

CONTEXT = "Messages"

# Shared mode (a database on a PostgreSQL server); English in domain/errors.SERVER_MESSAGES.
SERVER_ERRORS: dict[str, str] = {
    "db_url_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "{url} is not a database AgencyDesk can open. Give a file, or a server's database as "
        "postgresql://user@server/database.",
    ),
    "db_server_driver_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "This AgencyDesk cannot open databases on a PostgreSQL server: its driver is missing. "
        'Install it with: pip install "agencydesk[postgres]".',
    ),
    "db_server_unreachable": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server {server} cannot be reached ({reason}). Check that the server is "
        "on and that this computer is on the office network, then try again.",
    ),
    "db_server_login": QT_TRANSLATE_NOOP(
        "Messages",
        "The server {server} refused the login of user {user}: the user name or the password "
        "is wrong, or this computer may not connect. Check them with the server's "
        "administrator.",
    ),
    "db_server_no_database": QT_TRANSLATE_NOOP(
        "Messages",
        "The server {server} has no database called {database}. Ask the server's "
        "administrator to create it, empty: AgencyDesk creates its tables the first time.",
    ),
    "db_server_no_permission": QT_TRANSLATE_NOOP(
        "Messages",
        "User {user} may not create AgencyDesk's tables in the database {database} on "
        "{server}. Ask the server's administrator to make {user} its owner.",
    ),
    "db_server_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} on {server} stores text as {encoding}, and AgencyDesk needs "
        "UTF8 (accented names would be lost). Ask the server's administrator to create it "
        "with the UTF8 encoding.",
    ),
    "db_server_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the database server was lost; what you were saving was not "
        "saved. Check the network and try again.",
    ),
    "db_server_old": QT_TRANSLATE_NOOP(
        "Messages",
        "The server {server} runs PostgreSQL {version}; AgencyDesk needs version 13 or newer. "
        "Ask the server's administrator to upgrade it.",
    ),
}

# One writer, read-only media, a failing disk (services/instance.py, data/uow.py).
SAFETY_ERRORS: dict[str, str] = {
    "db_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is read-only, so AgencyDesk cannot save to it; nothing was "
        "changed. If it is on a CD or a write-protected USB stick, copy it to your Documents "
        "folder and open the copy; otherwise allow writing to the file (its Properties) and "
        "try again.",
    ),
    "db_folder_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "AgencyDesk cannot write in the folder {folder}, and it needs to keep its working "
        "files next to the database {path}. Copy the database to a folder you can write to, "
        "such as Documents, and open the copy.",
    ),
    "db_io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "AgencyDesk could not write to the database {path}: the disk reported an error (was a "
        "USB stick or a network drive disconnected?). The last change was not saved; what was "
        "saved before is safe. Reconnect the disk and open the database again.",
    ),
    "db_open_here": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is already open in another AgencyDesk on this computer (since "
        "{since}, process {pid}). Close that AgencyDesk first, then try again; if it does not "
        "respond, end the process {pid}.",
    ),
    "db_open_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is open in AgencyDesk on the computer {host} (since {since}). "
        "Only one AgencyDesk at a time may work on a database: close it on {host}, then try "
        "again. If {host} was switched off without closing AgencyDesk, the database becomes "
        "free {minutes} minutes after {host} last used it ({seen}).",
    ),
    "db_open_in_other_window": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} is already open in another AgencyDesk window; that window was "
        "brought to the front.",
    ),
}

# Exchange between offices; English in domain/errors.EXCHANGE_MESSAGES.
EXCHANGE_ERRORS: dict[str, str] = {
    "exchange_not_exchange_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The file {name} is not an AgencyDesk exchange file (those are written by File > "
        "Exchange > Export and end in .agencydesk). Nothing was imported.",
    ),
    "exchange_newer_format": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange file {name} was written by a newer version of AgencyDesk. Update "
        "AgencyDesk to import it; nothing was imported.",
    ),
    "exchange_unsafe_entry": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange file {name} holds an entry with a forbidden name ({entry}), as attacks "
        "use, and was not read. Ask for the file again.",
    ),
    "exchange_too_big": QT_TRANSLATE_NOOP(
        "Messages",
        'The exchange file {name} would expand to more than {limit} MB (a "zip bomb") and '
        "was not read. Ask for the file again.",
    ),
    "exchange_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange file {name} is damaged or was changed by hand ({where}) and was not "
        "read; nothing was imported. Ask for the file again.",
    ),
    "exchange_same_database": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange file {name} was written by this same database, or by a copy of its "
        "file: there is nothing to merge. An exchange is between the databases of two offices.",
    ),
    "exchange_rejected": QT_TRANSLATE_NOOP(
        "Messages",
        "The exchange file holds a record this database cannot accept ({reason}); nothing "
        "was imported.",
    ),
    "exchange_unknown_initiative": QT_TRANSLATE_NOOP(
        "Messages", "There is no initiative number {initiative}."
    ),
}

# Why the system refused a file, in the user's words (an error's ``problem`` parameter);
# English in domain/errors.FILE_PROBLEMS, which holds the same keys.
FILE_PROBLEMS: dict[str, str] = {
    "is_folder": QT_TRANSLATE_NOOP("Messages", "it is a folder"),
    "no_folder": QT_TRANSLATE_NOOP("Messages", "the folder does not exist"),
    "no_permission": QT_TRANSLATE_NOOP("Messages", "you do not have permission to write there"),
    "read_only_disk": QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    "in_use": QT_TRANSLATE_NOOP(
        "Messages", "the file is open in another program: close it and try again"
    ),
    "no_read_permission": QT_TRANSLATE_NOOP("Messages", "you do not have permission to read it"),
    "open_elsewhere": QT_TRANSLATE_NOOP("Messages", "it is open in another program"),
}

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
    **SAFETY_ERRORS,
    **SERVER_ERRORS,
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
    **EXCHANGE_ERRORS,
    "backup_server": QT_TRANSLATE_NOOP(
        "Messages",
        "This database is on a server: the server's administrator backs it up, not AgencyDesk.",
    ),
    "backup_no_folder": QT_TRANSLATE_NOOP(
        "Messages", "This database has no backups folder (the demo data is not backed up)."
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Messages", "The backup could not be written to {folder}: {reason}"
    ),
    "backup_unverified": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup of {path} did not pass SQLite's integrity check ({problem}) and was not "
        "kept. The database itself may be damaged.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup {path} is damaged ({problem}) and cannot be restored. Choose another one.",
    ),
    "backup_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The backup {path} does not exist (it may have been moved or deleted)."
    ),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be put in place of {path}: {reason}. The database was not changed.",
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
    "import_path_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "{path} is a folder, not a spreadsheet: give the path of the file to import."
    ),
    "import_not_a_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not an ordinary file (it is a device or a pipe): save the spreadsheet as a "
        "file and import that.",
    ),
    "import_rejects_not_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "The rejected rows are saved as an Excel workbook: the file name given to --rejects "
        "must end in .xlsx (got {path}). Nothing was imported.",
    ),
    "import_output_not_a_file": QT_TRANSLATE_NOOP(
        "Messages",
        "The file given to --{option}, {path}, is a folder or a device, not a file: give a "
        "file name. Nothing was imported.",
    ),
    "import_output_no_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot write {path} (--{option}): the folder {folder} does not exist. Nothing was "
        "imported.",
    ),
    "import_output_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot write {path} (--{option}): the folder {folder} does not allow new files. "
        "Choose another folder; nothing was imported.",
    ),
    "import_output_is_database": QT_TRANSLATE_NOOP(
        "Messages",
        "--{option} {path} is the database {database} (or one of its files): writing it would "
        "destroy the database. Choose another file name; nothing was imported.",
    ),
    "import_output_is_source": QT_TRANSLATE_NOOP(
        "Messages",
        "--{option} {path} is the file being imported: writing it would overwrite the "
        "partner's original. Choose another file name; nothing was imported.",
    ),
    "import_output_same": QT_TRANSLATE_NOOP(
        "Messages",
        "--report and --rejects name the same file ({path}): give each its own file name. "
        "Nothing was imported.",
    ),
    "import_no_rows": QT_TRANSLATE_NOOP(
        "Messages",
        "The sheet {sheet} has no data rows under its header row (row {row}); nothing was "
        "imported.",
    ),
    "import_plan_blank": QT_TRANSLATE_NOOP(
        "Messages", "The action plan's name is blank: give the number or the title of a plan."
    ),
    "import_plan_not_used": QT_TRANSLATE_NOOP(
        "Messages", "Importing {kind} does not go into an action plan: leave out the plan."
    ),
    "import_meeting_not_used": QT_TRANSLATE_NOOP(
        "Messages", "Importing {kind} does not go into a meeting: leave out the meeting."
    ),
    "import_no_such_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "There is no action plan called {plan}. Importing {kind} only changes an existing "
        "plan: check the name, or choose the plan.",
    ),
    "import_plan_title_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "The title given for the new action plan is too long for a plan's title ({length} "
        "characters): shorten it.",
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


def has_sentence(code: str) -> bool:
    """Whether ``code`` has a sentence here (``user_error_text`` gives the bare code if not)."""
    return code in _ERRORS


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
    problem = FILE_PROBLEMS.get(str(error.params.get("problem")))
    if problem is not None:  # the reason in the user's words, not the system's English
        params["reason"] = _tr(problem)
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
