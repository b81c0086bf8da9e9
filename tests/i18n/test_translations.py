"""Every visible string is in the Spanish and Portuguese catalogues, finished and loadable."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from agencydesk.ui.i18n import Translations, qm_path

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("agencydesk_*.ts"))


def _tools():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)
    return module


def test_every_catalogue_exists():
    # Spanish and Portuguese are full catalogues; English holds only plural forms.
    assert [p.name for p in TS_FILES] == [
        "agencydesk_en.ts",
        "agencydesk_es.ts",
        "agencydesk_pt_BR.ts",
    ]


def test_no_visible_string_is_missing_or_unfinished():
    problems = _tools().check()
    assert problems == {}, "run `python tools/translations.py` and translate: " + repr(problems)


def test_every_import_reason_has_a_translatable_sentence():
    # A code missing here shows its English sentence in the Spanish preview's tooltips, the
    # result page and the command line's report.
    from agencydesk.domain.importing.values import REASONS
    from agencydesk.services.importing.handlers import all_reasons
    from agencydesk.services.importing.setup import ROW_REASONS
    from agencydesk.ui.importing.reasons import translated_codes

    codes = set(REASONS) | set(ROW_REASONS) | set(all_reasons())
    assert sorted(codes - translated_codes()) == []


PLACEHOLDER = re.compile(r"%n|%\d|\{[a-z_]+\}")


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts_file):
    for message in ET.parse(ts_file).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        expected = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form.text or "")))
            # A singular form may spell the number out ("una organización"); others keep %n.
            if message.get("numerus") == "yes" and form is forms[0]:
                found = sorted(set(found) | {"%n"} & set(expected))
            assert found == expected, f"{ts_file.name}: {source!r} -> {form.text!r}"


@pytest.mark.parametrize(
    ("language", "expected", "plural"),
    [
        ("es", "Actores", "3 organizaciones"),
        ("pt_BR", "Atores", "3 organizações"),
        ("en", "Actors", "3 organizations"),
    ],
)
def test_language_setting_applies(qapp, language, expected, plural):
    translations = Translations(qapp)
    try:
        assert translations.apply(language)
        assert QCoreApplication.translate("MainWindow", "Actors") == expected
        assert QCoreApplication.translate("MainWindow", "%n organization(s)", "", 3) == plural
    finally:
        translations.clear()


def test_built_catalogues_ship_in_the_package():
    for language in ("es", "pt_BR", "en"):
        assert qm_path(language) is not None, f"{language}.qm missing: reinstall the package"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Cooperativa Ñandú cannot be deleted: it is used by 1 person, 2 agreements."),
        (
            "es",
            "No se puede eliminar Cooperativa Ñandú porque tiene registros vinculados: "
            "1 persona, 2 acuerdos.",
        ),
    ],
)
def test_in_use_sentence_counts_in_the_right_number(qapp, language, expected):
    from agencydesk.domain.errors import InUseError
    from agencydesk.ui.messages import user_error_text

    translations = Translations(qapp)
    try:
        assert translations.apply(language)
        error = InUseError("organization", "Cooperativa Ñandú", {"people": 1, "agreements": 2})
        assert user_error_text(error) == expected
    finally:
        translations.clear()
