"""``--smoke-test`` reports what an installation lacks, step by step, and goes on checking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from agencydesk import smoke
from agencydesk.ui import i18n


@pytest.fixture
def keep_locale() -> Iterator[None]:
    """The smoke test applies Spanish last (its own translators it removes again)."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_missing_catalogue_fails_the_smoke_test_and_the_other_steps_still_run(
    qapp, keep_locale, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = i18n.qm_path
    monkeypatch.setattr(
        i18n, "qm_path", lambda language: None if language == "pt_BR" else real(language)
    )

    assert smoke.run_smoke_test() == 1

    out, err = capsys.readouterr()
    assert "smoke test failed: translations: RuntimeError: catalogue pt_BR missing" in err
    steps = ("icons", "PDF fonts", "user guide", "database migrated", "main window", "import")
    for step in (*steps, "PDF"):
        assert f"ok: {step}\n" in out
