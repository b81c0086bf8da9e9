"""The language the command line speaks, and the sentences every command shares.

The commands say what they did and what went wrong in the user's language, with the program's
own catalogues: an error code is the sentence the window shows (ui/messages.py), a rejected
row's reason the one the import wizard shows (ui/importing/reasons.py). Qt's translator does
the work; it is loaded through ui/cli_translations.py on the first sentence, so this module and
the command modules import no Qt (the import-linter contract), and ``agencydesk --version`` or
a mistyped option never load it. Should Qt fail to load, the commands still work, in English.

The command line's own sentences are written as ``self.tr("...")`` in classes deriving from
``CliTexts``: lupdate extracts them under the class's name, as it does for the UI's classes.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from agencydesk.domain.errors import UserError, english_message
from agencydesk.services.settings import LANGUAGES, SettingsStore

if TYPE_CHECKING:
    from agencydesk.services.importing.setup import RowError

log = logging.getLogger(__name__)

# Overrides Settings and the system's locale (scripts, a shared server account).
LANGUAGE_ENV = "AGENCYDESK_LANGUAGE"
# POSIX's order: the first one set decides.
_LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")

# The window's sentences say "choose one"; on the command line, which option chooses it.
_OPTION_HINTS = {
    "import_plan_required": "--plan",
    "import_plan_not_used": "--plan",
    "import_no_such_plan": "--plan",
    "import_meeting_required": "--meeting",
    "import_meeting_not_used": "--meeting",
}


def language_of_locale(name: str | None) -> str | None:
    """The program's language for a locale name: "es_PE.UTF-8" → "es", "pt_PT" → "pt_BR",
    "C" or "en_US" → "en"; None for an empty name (nothing said)."""
    if not name or not name.strip():
        return None
    base = re.split(r"[_.@-]", name.strip(), maxsplit=1)[0].lower()
    if base == "es":
        return "es"
    if base == "pt":
        return "pt_BR"  # the program's only Portuguese
    return "en"


def settings_language(settings_file: Path) -> str | None:
    """The language saved in Settings, or None when the user never chose one (no settings
    file yet: the program's default would be a guess, the system's locale is a better one)."""
    store = SettingsStore(settings_file)
    return store.current.language if "language" in store.saved else None


def choose_language(
    option: str | None,
    settings_file: Path | None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """``--language``, else $AGENCYDESK_LANGUAGE, else Settings, else the system's locale."""
    env = os.environ if environ is None else environ
    if option in LANGUAGES:
        return option
    override = env.get(LANGUAGE_ENV, "").strip()
    if override:
        return language_of_locale(override) or "en"
    if settings_file is not None and (saved := settings_language(settings_file)):
        return saved
    for name in _LOCALE_ENV:
        if found := language_of_locale(env.get(name)):
            return found
    return language_of_locale(_system_locale_name()) or "en"


def _system_locale_name() -> str | None:
    """Windows and macOS keep the user's language outside the environment: Qt reads it."""
    try:
        from agencydesk.ui.cli_translations import system_locale_name

        return system_locale_name()
    except Exception:
        log.info("system locale unknown", exc_info=True)
        return None


def arg(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2``… filled in one pass (a value holding "%2" stays as it is)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", fill, text)


class Backend(Protocol):
    def translate(self, context: str, text: str, n: int | None) -> str: ...
    def error(self, exc: UserError) -> str | None: ...
    def reason(self, code: str, fallback: str) -> str: ...
    def usage(self, table: str, n: int) -> str: ...
    def kind(self, kind: str) -> str: ...
    def close(self) -> None: ...


class EnglishBackend:
    """The source texts, without Qt: what the commands say when Qt cannot be loaded."""

    def translate(self, context: str, text: str, n: int | None) -> str:
        return text if n is None else text.replace("%n", str(n))

    def error(self, exc: UserError) -> str | None:
        return None

    def reason(self, code: str, fallback: str) -> str:
        return fallback or code

    def usage(self, table: str, n: int) -> str:
        return f"{n} {table}"

    def kind(self, kind: str) -> str:
        return kind

    def close(self) -> None:
        pass


class Speaker:
    """Sentences in one language for one command; a context manager that unloads Qt's
    translator (and the QCoreApplication it made) when the command is done."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._backend: Backend | None = None

    def __enter__(self) -> Speaker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._backend is not None:
            backend, self._backend = self._backend, None
            try:
                backend.close()
            except Exception:
                log.warning("could not unload the translations", exc_info=True)

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            try:
                from agencydesk.ui.cli_translations import QtBackend

                self._backend = QtBackend(self.language)
            except Exception:
                log.warning("translations unavailable; the command speaks English", exc_info=True)
                self._backend = EnglishBackend()
        return self._backend

    def translate(self, context: str, text: str, n: int | None = None) -> str:
        return self.backend.translate(context, text, n)

    def error(self, exc: UserError) -> str:
        """The window's sentence for ``exc``, with the option that fixes it (``--plan``)."""
        words = CommandLine(self)
        if exc.code == "export_unknown_entity":  # the command's ENTITY, with the choices
            return words.unknown_entity(exc.params.get("entity"), exc.params.get("choices"))
        translated = exc
        reason = exc.params.get("reason")
        if isinstance(reason, str) and words.reason(reason) != reason:
            # A copy (an InUseError stays one), the caller's error left as it was.
            translated = type(exc).__new__(type(exc))
            translated.__dict__.update(exc.__dict__)
            translated.args = exc.args
            translated.params = {**exc.params, "reason": words.reason(reason)}
        sentence = self.backend.error(translated) or english_message(translated)
        hint = _OPTION_HINTS.get(exc.code)
        return _with_hint(sentence, hint) if hint else sentence

    def rejection(self, error: RowError) -> str:
        """Why a row was rejected, as the wizard says it. In English, the pipeline's own
        sentence: it may be more precise than the wizard's for its code ("agreement numbers
        start at 1" for out_of_range), and scripts written before the command line spoke other
        languages read it."""
        if self.language == "en":
            return error.message
        return self.backend.reason(error.reason, error.message)

    def usage(self, table: str, n: int) -> str:
        """ "3 organizations", "1 person": a count of the rows of a table."""
        return self.backend.usage(table, n)

    def kind(self, kind: str) -> str:
        """An import kind as a sentence names it ("organizations", "people (contacts)")."""
        return self.backend.kind(kind)

    def counts(self, counts: Mapping[str, int] | None) -> str:
        return ", ".join(self.usage(table, n) for table, n in (counts or {}).items())


def _with_hint(sentence: str, hint: str) -> str:
    body = sentence.rstrip()
    if body.endswith("."):
        return f"{body[:-1]} ({hint})."
    return f"{body} ({hint})"


class CliTexts:
    """Base of the command line's sentences: ``self.tr`` as Qt's, in the class's context."""

    def __init__(self, speaker: Speaker) -> None:
        self.speaker = speaker

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.speaker.translate(type(self).__name__, text, None if n < 0 else n)


class CommandLine(CliTexts):
    """What every command may say: an interruption, a bug, a reason given in English."""

    def reason(self, reason: str) -> str:
        # The few fixed English reasons services pass to db_unreadable / export_cannot_write
        # (the system's own reasons, "No space left on device", come from the system).
        if reason == "it does not exist":
            return self.tr("it does not exist")
        if reason == "it is a folder":
            return self.tr("it is a folder")
        return reason

    def unknown_entity(self, entity: object, choices: object) -> str:
        # The window's "Unknown list" names its own lists; here ENTITY is the command's word.
        return arg(self.tr("Unknown entity %1. Choose one of: %2."), entity, choices)

    def interrupted(self) -> str:
        return self.tr("interrupted; nothing was written.")

    def unexpected(self, log_file: Path | str | None) -> str:
        if log_file is None:
            return self.tr("unexpected error.")
        return arg(self.tr("unexpected error. Details are in %1."), log_file)

    def unexpected_nothing_written(self, log_file: Path | str) -> str:
        return arg(self.tr("unexpected error; nothing was written. Details are in %1."), log_file)

    def demo_written(self, location: object, counts: Mapping[str, int]) -> str:
        return arg(self.tr("Demo data written to %1: %2"), location, self.speaker.counts(counts))

    def rows_written(self, n: int, out: Path) -> str:
        return arg(self.tr("%n row(s) written to %1", "", n), out)

    def template_written(self, kind: str, out: Path) -> str:
        return arg(self.tr("Template for %1 written to %2"), self.speaker.kind(kind), out)


def fail(message: str, status: int) -> int:
    """One line on stderr, the way every command says what went wrong."""
    print(f"agencydesk: {message}", file=sys.stderr)
    return status
