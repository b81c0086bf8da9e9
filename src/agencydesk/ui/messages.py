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
    "demo_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database {path} already has data; the demo needs an empty database."
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
    source = _ERRORS.get(error.code)
    if source is None:
        return error.code
    try:
        return _tr(source).format(**params)
    except (KeyError, IndexError):
        return _tr(source)


def field_error_text(code: str) -> str:
    source = _FIELDS.get(code)
    return _tr(source) if source else code
