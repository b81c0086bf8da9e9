"""Where things live (paths) and the user's settings file."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest

from agencydesk import paths
from agencydesk.domain.enums import Country
from agencydesk.services.settings import LANGUAGES, Settings, SettingsStore

# --- paths -----------------------------------------------------------------------------------


def test_every_test_runs_under_its_own_home(app_home: Path) -> None:
    assert os.environ[paths.HOME_ENV] == str(app_home)
    resolved = paths.resolve()
    for folder in (resolved.data_dir, resolved.config_dir, resolved.log_dir, resolved.database):
        assert folder.is_relative_to(app_home)


def test_resolve_with_agencydesk_home(tmp_path: Path) -> None:
    home = tmp_path / "portable"
    resolved = paths.resolve(environ={paths.HOME_ENV: str(home)})
    assert resolved.data_dir == home / "data"
    assert resolved.config_dir == home / "config"
    assert resolved.log_dir == home / "logs"
    assert resolved.backups_dir == home / "data" / "backups"
    assert resolved.database == home / "data" / paths.DB_FILE
    assert resolved.settings_file == home / "config" / "settings.json"
    assert resolved.log_file == home / "logs" / "agencydesk.log"
    assert resolved.demo_database == home / "data" / "demo.sqlite3"
    assert not home.exists()  # resolving creates nothing


def test_home_with_a_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    resolved = paths.resolve(environ={paths.HOME_ENV: "~/agencydesk"})
    assert resolved.data_dir == (tmp_path / "agencydesk" / "data").resolve()


def test_relative_home_is_made_absolute(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    resolved = paths.resolve(environ={paths.HOME_ENV: "portable"})
    assert resolved.data_dir.is_absolute()
    assert resolved.data_dir == tmp_path.resolve() / "portable" / "data"


def test_db_option_chooses_only_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home2"
    monkeypatch.chdir(tmp_path)
    resolved = paths.resolve(db="oficina/agenda.sqlite3", environ={paths.HOME_ENV: str(home)})
    assert resolved.database == tmp_path.resolve() / "oficina" / "agenda.sqlite3"
    assert resolved.database.is_absolute()
    assert resolved.data_dir == home / "data"  # settings, logs, backups stay in the home
    assert resolved.backups_dir == home / "data" / "backups"


def test_db_option_accepts_a_path_object(tmp_path: Path) -> None:
    target = tmp_path / "x.sqlite3"
    assert paths.resolve(db=target, environ={paths.HOME_ENV: str(tmp_path)}).database == target


def test_without_home_the_platform_folders_are_used(tmp_path: Path) -> None:
    resolved = paths.resolve(environ={})
    assert paths.APP_NAME in str(resolved.data_dir)
    assert resolved.database == resolved.data_dir / paths.DB_FILE
    assert not resolved.data_dir.is_relative_to(tmp_path)


def test_empty_home_variable_is_ignored() -> None:
    assert paths.resolve(environ={paths.HOME_ENV: ""}) == paths.resolve(environ={})


def test_ensure_creates_the_folders(tmp_path: Path) -> None:
    resolved = paths.resolve(environ={paths.HOME_ENV: str(tmp_path / "new")})
    resolved.ensure()
    resolved.ensure()  # twice is fine
    for folder in (
        resolved.data_dir,
        resolved.config_dir,
        resolved.log_dir,
        resolved.backups_dir,
    ):
        assert folder.is_dir()


# --- settings --------------------------------------------------------------------------------


@pytest.fixture
def settings_file(app_paths: paths.AppPaths) -> Path:
    return app_paths.settings_file


def test_missing_file_gives_defaults(settings_file: Path) -> None:
    store = SettingsStore(settings_file)
    assert store.current == Settings()
    assert store.current.language == "es"
    assert store.current.country is Country.OTHER
    assert not settings_file.exists()  # reading does not create it


def test_round_trip(settings_file: Path) -> None:
    chosen = Settings(
        office_name="Gerencia de Desarrollo Económico — Cusco",
        user_name="Rosa Quispe",
        language="pt_BR",
        country=Country.PERU,
        last_database="/datos/oficina.sqlite3",
        first_run_done=True,
    )
    SettingsStore(settings_file).save(chosen)
    assert SettingsStore(settings_file).current == chosen
    raw = json.loads(settings_file.read_text(encoding="utf-8"))
    assert raw["country"] == "PE"
    assert "Económico" in settings_file.read_text(encoding="utf-8")  # readable, not escaped
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.json"]  # no .tmp left


def test_update_changes_and_saves(settings_file: Path) -> None:
    store = SettingsStore(settings_file)
    updated = store.update(user_name="Ana", country=Country.CHILE)
    assert store.current == updated
    assert (updated.user_name, updated.country, updated.language) == ("Ana", Country.CHILE, "es")
    assert SettingsStore(settings_file).current == updated


def test_save_creates_the_config_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "config" / "settings.json"
    SettingsStore(path).save(Settings(user_name="x"))
    assert SettingsStore(path).current.user_name == "x"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b"null",
        b'"es"',
    ],
    ids=["broken", "empty", "not-utf8", "list", "null", "string"],
)
def test_damaged_file_falls_back_to_defaults(
    settings_file: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    settings_file.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="agencydesk.services.settings"):
        store = SettingsStore(settings_file)
    assert store.current == Settings()
    assert "using defaults" in caplog.text
    # The program keeps working: the next save replaces the damaged file.
    store.update(user_name="Ana")
    assert SettingsStore(settings_file).current.user_name == "Ana"


def test_values_of_the_wrong_type_fall_back_to_their_defaults(settings_file: Path) -> None:
    settings_file.write_text(
        json.dumps(
            {
                "office_name": None,
                "user_name": 42,
                "first_run_done": "false",
                "last_database": ["x"],
                "language": "en",
            }
        ),
        encoding="utf-8",
    )
    assert SettingsStore(settings_file).current == Settings(language="en")


@pytest.mark.parametrize("language", ["fr", "", "ES", 7])
def test_unknown_language_falls_back_to_spanish(settings_file: Path, language: object) -> None:
    settings_file.write_text(json.dumps({"language": language, "user_name": "Ana"}))
    current = SettingsStore(settings_file).current
    assert current.language == "es"
    assert current.user_name == "Ana"  # the rest of the file is kept


@pytest.mark.parametrize("language", LANGUAGES)
def test_known_languages_are_kept(settings_file: Path, language: str) -> None:
    settings_file.write_text(json.dumps({"language": language}))
    assert SettingsStore(settings_file).current.language == language


def test_unknown_country_and_fields_are_dropped(settings_file: Path) -> None:
    settings_file.write_text(json.dumps({"country": "XX", "theme": "dark", "user_name": "Ana"}))
    current = SettingsStore(settings_file).current
    assert current.country is Country.OTHER
    assert current.user_name == "Ana"


def test_country_code_is_read_as_the_enum(settings_file: Path) -> None:
    settings_file.write_text(json.dumps({"country": "MX"}))
    assert SettingsStore(settings_file).current.country is Country.MEXICO
