"""UI tests run in English with its plural catalogue installed, as the program does."""

from __future__ import annotations

import pytest

from agencydesk.ui.i18n import Translations


@pytest.fixture(autouse=True, scope="session")
def english_catalogue(qapp):
    translations = Translations(qapp)
    assert translations.apply("en")
    yield
    translations.clear()
