"""Small widgets shared by the pages: optional dates, field messages, record forms, dialogs,
progress bars."""

from agencydesk.ui.widgets.combos import current_enum, fill_enum_combo, set_current_enum
from agencydesk.ui.widgets.date_field import DateField, format_date, parse_date
from agencydesk.ui.widgets.dialogs import ask_yes_no, tell, undo_keys
from agencydesk.ui.widgets.field_message import FieldMessage
from agencydesk.ui.widgets.progress_bar import (
    ProgressBar,
    ProgressBarDelegate,
    percent_text,
    round_percent,
)
from agencydesk.ui.widgets.record_form import RecordForm

__all__ = [
    "DateField",
    "FieldMessage",
    "ProgressBar",
    "ProgressBarDelegate",
    "RecordForm",
    "ask_yes_no",
    "current_enum",
    "fill_enum_combo",
    "format_date",
    "parse_date",
    "percent_text",
    "round_percent",
    "set_current_enum",
    "tell",
    "undo_keys",
]
