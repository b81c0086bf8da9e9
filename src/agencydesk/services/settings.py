"""The user's settings, kept as JSON in the config folder (readable without Qt, by the CLI too)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from agencydesk.domain.enums import Country

log = logging.getLogger(__name__)

LANGUAGES = ("es", "pt_BR", "en")


@dataclass(frozen=True)
class Settings:
    office_name: str = ""
    # A copy of the office's logo in the config folder (printed on every PDF), or None.
    office_logo: str | None = None
    user_name: str = ""
    language: str = "es"
    country: Country = Country.OTHER
    last_database: str | None = None
    first_run_done: bool = False
    # The office's database on a PostgreSQL server (postgresql://user@server/database), opened
    # when it is set in the settings; None: files on this computer only.
    shared_database: str | None = None


def _fits(name: str, value: object) -> bool:
    """Whether a value read from the file has the type of the field (hand edits go wrong)."""
    if name not in Settings.__dataclass_fields__:
        return False
    if name in ("last_database", "office_logo", "shared_database"):
        return value is None or isinstance(value, str)
    if name == "first_run_done":
        return isinstance(value, bool)
    return isinstance(value, str)


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        # The fields the file gave (valid ones): the others are defaults, not the user's
        # choice (the command line asks whether a language was ever chosen).
        self.saved: frozenset[str] = frozenset()
        self._current = self._read()

    @property
    def current(self) -> Settings:
        return self._current

    def _read(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as exc:
            # A damaged settings file must not stop the program: start from defaults.
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            return Settings()
        if not isinstance(raw, dict):
            log.warning("settings file %s is not a JSON object; using defaults", self.path)
            return Settings()
        given = {k: v for k, v in raw.items() if _fits(k, v)}
        self.saved = frozenset(given)
        settings = Settings(**given)
        if settings.language not in LANGUAGES:
            self.saved -= {"language"}
            settings = replace(settings, language="es")
        try:
            settings = replace(settings, country=Country(settings.country))
        except ValueError:
            settings = replace(settings, country=Country.OTHER)
        return settings

    def save(self, settings: Settings) -> None:
        """Write atomically: a crash mid-write leaves the previous file, never half of one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        data = asdict(settings)
        data["country"] = settings.country.value
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)
        self._current = settings

    def update(self, **changes: object) -> Settings:
        settings = replace(self._current, **changes)
        self.save(settings)
        return settings
