"""The program's translations for the command line: Qt's translator without a window.

The commands (cli*.py, which import no Qt) get their sentences through ``QtBackend``: the same
catalogues, the same error sentences (ui/messages.py) and rejection reasons
(ui/importing/reasons.py) as the window. Only QtCore is loaded: a QCoreApplication holds the
translator, made here when the process has none and shut down when the command is done (a
test process goes on to build its own QApplication).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from agencydesk.domain.errors import UserError
from agencydesk.ui.i18n import Translations


def system_locale_name() -> str:
    """The user's locale as the system keeps it ("es_PE"; "C" when none is set)."""
    return QLocale.system().name()


class QtBackend:
    """Translations of ``language`` installed for one command (see cli_language.Speaker)."""

    def __init__(self, language: str) -> None:
        existing = QCoreApplication.instance()
        self._own_app = existing is None
        self._app = existing if existing is not None else QCoreApplication([])
        self._locale_before = QLocale()
        self._translations = Translations(self._app)
        self._translations.apply(language)  # a missing catalogue falls back to English

    def translate(self, context: str, text: str, n: int | None) -> str:
        return QCoreApplication.translate(context, text, None, -1 if n is None else n)

    def error(self, exc: UserError) -> str | None:
        from agencydesk.ui.messages import has_sentence, user_error_text

        return user_error_text(exc) if has_sentence(exc.code) else None

    def reason(self, code: str, fallback: str) -> str:
        from agencydesk.ui.importing.reasons import reason_text

        return reason_text(code, fallback)

    def usage(self, table: str, n: int) -> str:
        from agencydesk.ui.labels import usage_label

        return usage_label(table, n)

    def kind(self, kind: str) -> str:
        from agencydesk.domain.importing.kinds import ImportKind
        from agencydesk.ui.importing.field_labels import kind_label

        if kind not in ImportKind._value2member_map_:
            return kind
        return kind_label(ImportKind(kind)).lower()  # as ui/messages.py names it in a sentence

    def close(self) -> None:
        self._translations.clear()
        QLocale.setDefault(self._locale_before)
        if self._own_app:
            self._app.shutdown()
