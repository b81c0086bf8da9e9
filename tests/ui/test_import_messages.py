"""Import errors carry codes (a kind, a field, tables); the sentence names them in words."""

from __future__ import annotations

from agencydesk.domain.errors import UserError
from agencydesk.ui.messages import user_error_text


def test_kind_and_field_codes_are_named_in_words(qapp) -> None:
    text = user_error_text(
        UserError("import_missing_column", field="name, actor_type", kind="organizations")
    )
    assert "actor_type" not in text and "organizations" in text.lower()
    assert "{" not in text


def test_undo_refusal_names_the_tables_that_use_the_import(qapp) -> None:
    error = UserError(
        "import_undo_blocked", file="padron.xlsx", usages="2 attendances", uses={"attendances": 2}
    )
    text = user_error_text(error)
    assert "padron.xlsx" in text
    assert "attendances" not in text  # the table name is replaced by its phrase
    assert "2" in text
