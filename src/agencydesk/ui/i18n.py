"""Loading the program's translations and Qt's own, for the chosen language."""

from __future__ import annotations

import logging
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"es": "Español", "pt_BR": "Português (Brasil)", "en": "English"}


def qm_path(language: str) -> str | None:
    resource = files("agencydesk.resources") / "i18n" / f"agencydesk_{language}.qm"
    if not resource.is_file():
        return None
    with as_file(resource) as path:  # a real file even when frozen or zipped
        return str(path)


class Translations:
    """Keeps the installed translators alive and swaps them when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def clear(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def apply(self, language: str) -> bool:
        """Install ``language``; returns False if the program's own catalogue is missing, and
        then falls back to English entirely (no Qt buttons or number formats in the other
        language next to English labels)."""
        self.clear()
        if language != "en" and qm_path(language) is None:
            log.warning("no translation catalogue for %s; using English", language)
            self.apply("en")
            return False
        QLocale.setDefault(QLocale(language))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self._app)
        # Qt ships pt_BR as qtbase_pt_BR, Spanish as qtbase_es.
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt_own)
            self._installed.append(qt_own)
        ours = QTranslator(self._app)
        path = qm_path(language)
        if path is None or not ours.load(path):
            if language == "en":  # the source language: only plural forms would be missing
                return True
            log.warning("no translation catalogue for %s (%s)", language, path)
            return False
        self._app.installTranslator(ours)
        self._installed.append(ours)
        return True
