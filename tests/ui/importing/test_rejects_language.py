"""The rejected rows' Error column is written in the program's language: the partner who fixes
the rows reads it (the wizard's Save the rejected rows)."""

from __future__ import annotations

from agencydesk.ui.i18n import Translations
from agencydesk.ui.importing.page_result import rejected_row_text


def test_the_error_text_follows_the_language(qapp) -> None:
    english = rejected_row_text("Correo", "bad_email", "not an e-mail address", "ana@")
    assert english == "Correo: not an e-mail address (ana@)"
    translations = Translations(qapp)
    try:
        assert translations.apply("es")
        spanish = rejected_row_text("Correo", "bad_email", "not an e-mail address", "ana@")
        assert spanish.startswith("Correo: ") and spanish.endswith(" (ana@)")
        assert "not an e-mail address" not in spanish
        # A row-level reason has no column; an unknown code keeps the pipeline's sentence.
        assert rejected_row_text("", "no_such_code", "something odd", "") == "something odd"
    finally:
        assert translations.apply("en")
