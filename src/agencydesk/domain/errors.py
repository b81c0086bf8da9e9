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
    "demo_not_empty": "The database {path} already has data; the demo needs an empty database.",
}


def english_message(error: UserError) -> str:
    template = ENGLISH.get(error.code, error.code)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError):
        return template
