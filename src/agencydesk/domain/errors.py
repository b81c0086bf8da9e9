"""Errors the user can act on, as codes with parameters; the UI and CLI turn them into sentences.

Anything that is not a ``UserError`` is a bug: it is logged with its traceback.
"""

from __future__ import annotations

import errno
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


# Shared mode (a database on a PostgreSQL server): data/server.py raises these.
SERVER_MESSAGES: dict[str, str] = {
    "db_url_invalid": "{url} is not a database AgencyDesk can open. Give a file, or a server's "
    "database as postgresql://user@server/database.",
    "db_server_driver_missing": "This AgencyDesk cannot open databases on a PostgreSQL server: "
    'its driver is missing. Install it with: pip install "agencydesk[postgres]".',
    "db_server_unreachable": "The database server {server} cannot be reached ({reason}). Check "
    "that the server is on and that this computer is on the office network, then try again.",
    "db_server_login": "The server {server} refused the login of user {user}: the user name or "
    "the password is wrong, or this computer may not connect. Check them with the server's "
    "administrator.",
    "db_server_no_database": "The server {server} has no database called {database}. Ask the "
    "server's administrator to create it, empty: AgencyDesk creates its tables the first time.",
    "db_server_no_permission": "User {user} may not create AgencyDesk's tables in the database "
    "{database} on {server}. Ask the server's administrator to make {user} its owner.",
    "db_server_encoding": "The database {database} on {server} stores text as {encoding}, and "
    "AgencyDesk needs UTF8 (accented names would be lost). Ask the server's administrator to "
    "create it with the UTF8 encoding.",
    "db_server_lost": "The connection to the database server was lost; what you were saving "
    "was not saved. Check the network and try again.",
    "db_server_old": "The server {server} runs PostgreSQL {version}; AgencyDesk needs version "
    "13 or newer. Ask the server's administrator to upgrade it.",
}

# Exchange between offices (services/exchange).
EXCHANGE_MESSAGES: dict[str, str] = {
    "exchange_not_exchange_file": "The file {name} is not an AgencyDesk exchange file (those "
    "are written by File > Exchange > Export and end in .agencydesk). Nothing was imported.",
    "exchange_newer_format": "The exchange file {name} was written by a newer version of "
    "AgencyDesk (format {found}; this version reads format {known}). Update AgencyDesk to "
    "import it; nothing was imported.",
    "exchange_unsafe_entry": "The exchange file {name} holds an entry with a forbidden name "
    "({entry}), as attacks use, and was not read. Ask for the file again.",
    "exchange_too_big": "The exchange file {name} would expand to more than {limit} MB (a "
    '"zip bomb") and was not read. Ask for the file again.',
    "exchange_damaged": "The exchange file {name} is damaged or was changed by hand ({where}) "
    "and was not read; nothing was imported. Ask for the file again.",
    "exchange_same_database": "The exchange file {name} was written by this same database, or "
    "by a copy of its file: there is nothing to merge. An exchange is between the databases "
    "of two offices.",
    "exchange_rejected": "The exchange file holds a record this database cannot accept "
    "({table}: {reason}); nothing was imported.",
    "exchange_unknown_initiative": "There is no initiative number {initiative}.",
}

# English sentences for the log (``str(error)``) and for a command line that cannot load Qt.
# What the user reads, in the window and on the command line, is ui/messages.py's translated
# sentence for the code (cli_language.Speaker.error); some of those say less (no schema
# numbers) or speak of the window, so keep both when adding a code.
ENGLISH: dict[str, str] = {
    "db_newer": "The database {path} was written by a newer version of AgencyDesk "
    "(schema {found}, this version knows up to {known}). Update AgencyDesk to open it.",
    "db_unreadable": "The database {path} cannot be opened: {reason}",
    "db_not_agencydesk": "The file {path} is not an AgencyDesk database.",
    "db_locked": "The database is busy in another window or program. Close it and try again.",
    "disk_full": "The disk is full. Free some space and try again; nothing was lost.",
    "db_read_only": "The database {path} is read-only, so AgencyDesk cannot save to it; nothing "
    "was changed. If it is on a CD or a write-protected USB stick, copy it to your Documents "
    "folder and open the copy; otherwise allow writing to the file (its Properties) and try again.",
    "db_folder_read_only": "AgencyDesk cannot write in the folder {folder}, and it needs to keep "
    "its working files next to the database {path}. Copy the database to a folder you can write "
    "to, such as Documents, and open the copy.",
    "db_io_error": "AgencyDesk could not write to the database {path}: the disk reported an error "
    "(was a USB stick or a network drive disconnected?). The last change was not saved; what was "
    "saved before is safe. Reconnect the disk and open the database again.",
    "db_open_here": "The database {path} is already open in another AgencyDesk on this computer "
    "(since {since}, process {pid}). Close that AgencyDesk first, then try again; if it does not "
    "respond, end the process {pid}.",
    "db_open_elsewhere": "The database {path} is open in AgencyDesk on the computer {host} (since "
    "{since}). Only one AgencyDesk at a time may work on a database: close it on {host}, then try "
    "again. If {host} was switched off without closing AgencyDesk, the database becomes free "
    "{minutes} minutes after {host} last used it ({seen}).",
    "db_open_in_other_window": "The database {path} is already open in another AgencyDesk "
    "window; that window was brought to the front.",
    **SERVER_MESSAGES,
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
    **EXCHANGE_MESSAGES,
    "backup_server": "This database is on a server: the server's administrator backs it up, "
    "not AgencyDesk.",
    "backup_no_folder": "This database has no backups folder (the demo data is not backed up).",
    "backup_failed": "The backup could not be written to {folder}: {reason}",
    "backup_unverified": "The backup of {path} did not pass SQLite's integrity check "
    "({problem}) and was not kept. The database itself may be damaged.",
    "backup_damaged": "The backup {path} is damaged ({problem}) and cannot be restored. "
    "Choose another one.",
    "backup_not_found": "The backup {path} does not exist (it may have been moved or deleted).",
    "restore_failed": "The backup could not be put in place of {path}: {reason}. The database "
    "was not changed.",
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
    "import_path_is_folder": "{path} is a folder, not a spreadsheet: give the path of the file "
    "to import.",
    "import_not_a_file": "{path} is not an ordinary file (it is a device or a pipe): save the "
    "spreadsheet as a file and import that.",
    "import_rejects_not_xlsx": "The rejected rows are saved as an Excel workbook: the file name "
    "given to --rejects must end in .xlsx (got {path}). Nothing was imported.",
    "import_output_not_a_file": "The file given to --{option}, {path}, is a folder or a device, "
    "not a file: give a file name. Nothing was imported.",
    "import_output_no_folder": "Cannot write {path} (--{option}): the folder {folder} does not "
    "exist. Nothing was imported.",
    "import_output_read_only": "Cannot write {path} (--{option}): the folder {folder} does not "
    "allow new files. Choose another folder; nothing was imported.",
    "import_output_is_database": "--{option} {path} is the database {database} (or one of its "
    "files): writing it would destroy the database. Choose another file name; nothing was "
    "imported.",
    "import_output_is_source": "--{option} {path} is the file being imported: writing it would "
    "overwrite the partner's original. Choose another file name; nothing was imported.",
    "import_output_same": "--report and --rejects name the same file ({path}): give each its "
    "own file name. Nothing was imported.",
    "import_no_rows": "The sheet {sheet} has no data rows under its header row (row {row}); "
    "nothing was imported.",
    "import_plan_blank": "The action plan's name is blank: give the number or the title of a plan.",
    "import_plan_not_used": "Importing {kind} does not go into an action plan: leave out the "
    "plan (--plan).",
    "import_meeting_not_used": "Importing {kind} does not go into a meeting: leave out the "
    "meeting (--meeting).",
    "import_no_such_plan": "There is no action plan called {plan}. Importing {kind} only "
    "changes an existing plan: check the name, or give the plan's number.",
    "import_plan_title_too_long": "The title given for the new action plan is too long for a "
    "plan's title ({length} characters): shorten it.",
}


# Why the system refused a file, in the user's words: the system's own ("No such file or
# directory", "Read-only file system") are English whatever the user's language. The code goes
# in the error's ``problem`` parameter, these words in its ``reason``; ui/messages.py
# FILE_PROBLEMS says them in the user's language.
FILE_PROBLEMS: dict[str, str] = {
    "is_folder": "it is a folder",
    "no_folder": "the folder does not exist",
    "no_permission": "you do not have permission to write there",
    "read_only_disk": "the disk is read-only",
    "in_use": "the file is open in another program: close it and try again",
    "no_read_permission": "you do not have permission to read it",
    "open_elsewhere": "it is open in another program",
}
# Windows' sharing and lock violations: a file another program (Excel) holds open.
_WINDOWS_IN_USE = (32, 33)


def file_problem(exc: OSError, *, writing: bool = True) -> str | None:
    """The ``FILE_PROBLEMS`` code of a common cause of ``exc``, None for another one (whose
    system words then have to do). A full disk is not one: it is ``UserError("disk_full")``."""
    in_use = getattr(exc, "winerror", None) in _WINDOWS_IN_USE
    if not writing:
        if in_use:
            return "open_elsewhere"
        return "no_read_permission" if exc.errno in (errno.EACCES, errno.EPERM) else None
    if in_use:
        return "in_use"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no_folder"  # the file itself is being created: its folder is what is missing
    if exc.errno == errno.EROFS:
        return "read_only_disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "no_permission"
    return None


def file_error(code: str, exc: OSError, *, writing: bool = True, **params: Any) -> UserError:
    """``code``'s error (export_cannot_write, import_file_unreadable) for a file the system
    refused, its ``reason`` in the user's words when the cause is a common one, the system's
    otherwise; a full disk while writing is ``disk_full``."""
    if writing and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return UserError("disk_full")
    problem = file_problem(exc, writing=writing)
    if problem is None:
        return UserError(code, reason=exc.strerror or str(exc), **params)
    return problem_error(code, problem, **params)


def problem_error(code: str, problem: str, **params: Any) -> UserError:
    """``code``'s error with the reason of ``problem``, a ``FILE_PROBLEMS`` code."""
    return UserError(code, reason=FILE_PROBLEMS[problem], problem=problem, **params)


def english_message(error: UserError) -> str:
    template = ENGLISH.get(error.code, error.code)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template
