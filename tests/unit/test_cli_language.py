"""The command line speaks the user's language: Spanish and Portuguese sentences from the
program's own catalogues (the window's error sentences and rejection reasons), plural forms,
stable machine-readable parts, and never a traceback.

Sentences already translated in translations/*.ts are checked as they are. The command line's
own new sentences (summaries, counts) are checked once the catalogue has them: until then the
test says which one to translate and is skipped (``_finished``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QCoreApplication

from agencydesk.cli import main
from agencydesk.cli_language import Speaker, choose_language, language_of_locale
from agencydesk.services.importing.setup import RowError

pytestmark = pytest.mark.usefixtures("restore_logging")

ROOT = Path(__file__).resolve().parents[2]


def _finished(language: str, context: str, source: str) -> list[str]:
    """The translation of ``source`` in the committed catalogue (its plural forms); skips the
    test while it is unfinished, saying what the translator has to do."""
    root = ET.parse(ROOT / "translations" / f"agencydesk_{language}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") != source:
                continue
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            if translation.get("type") is None and all(f.strip() for f in forms):
                return forms
    pytest.skip(f"translate {context} {source!r} in agencydesk_{language}.ts, then this runs")


def _padron(folder: Path, bad_rows: int = 1) -> Path:
    """Two good organizations, then ``bad_rows`` rows whose actor type is unknown."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Padrón"
    sheet.append(["Nombre de la organización", "Tipo de actor", "RUT", "Correo electrónico"])
    sheet.append(["Cooperativa Café Sierra S.C.", "privado", "76.123.456-7", "info@sierra.cl"])
    sheet.append(["Municipalidad de Valdivia", "Público", "69.200.100-1", None])
    for n in range(bad_rows):
        sheet.append([f"Gremio Sur {n}", "marciano", None, "no-es-correo"])
    path = folder / f"padron_{bad_rows}.xlsx"
    workbook.save(path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Exception ignored" not in err, err
    return code, out, err


def _import_with_rejects(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *language: str, bad_rows: int = 1
) -> tuple[str, str, dict, Path]:
    db, report, rejects = (
        tmp_path / "oficina.sqlite3",
        tmp_path / "informe.json",
        tmp_path / "rechazadas.xlsx",
    )
    code, out, err = _run(
        capsys, *language, "--db", str(db), "import", str(_padron(tmp_path, bad_rows)),
        "--as", "organizations", "--report", str(report), "--rejects", str(rejects),
    )  # fmt: skip
    assert code == 3 and err.count("\n") == 1, err
    return out, err, json.loads(report.read_text(encoding="utf-8")), rejects


# --- which language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("es_PE.UTF-8", "es"),
        ("es", "es"),
        ("pt_BR.UTF-8", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("pt-BR", "pt_BR"),
        ("en_US.UTF-8", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("fr_FR", "en"),
        ("", None),
    ],
)
def test_a_locale_gives_a_language(name: str, language: str | None) -> None:
    assert language_of_locale(name) == language


def test_the_option_then_the_environment_then_settings_then_the_locale(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    locale = {"LANG": "pt_BR.UTF-8"}
    assert choose_language(None, settings, locale) == "pt_BR"  # no settings yet: the system's
    settings.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    assert choose_language(None, settings, locale) == "es"
    assert choose_language(None, settings, {**locale, "AGENCYDESK_LANGUAGE": "en"}) == "en"
    assert choose_language("pt_BR", settings, {"AGENCYDESK_LANGUAGE": "en"}) == "pt_BR"
    # LC_ALL overrides LANG, as for every program; a damaged settings file is no choice.
    assert choose_language(None, None, {"LC_ALL": "es_MX.UTF-8", "LANG": "en_US"}) == "es"
    settings.write_text("{not json", encoding="utf-8")
    assert choose_language(None, settings, {"LANG": "es_CL.UTF-8"}) == "es"


# --- Spanish ------------------------------------------------------------------------------


def test_an_error_in_spanish_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no_existe.xlsx"
    code, out, err = _run(
        capsys, "--language", "es", "--db", str(tmp_path / "o.sqlite3"),
        "import", str(missing), "--as", "organizations",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        f"agencydesk: El archivo {missing} no existe (puede haberse movido, cambiado de nombre "
        "o eliminado).\n"
    )


def test_a_missing_field_and_a_missing_plan_are_named_in_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "o.sqlite3"
    workbook = Workbook()
    workbook.active.append(["RUT", "Sector"])
    workbook.active.append(["1-9", "Café"])
    workbook.save(no_name := tmp_path / "sin_nombre.xlsx")
    code, _, err = _run(
        capsys, "--language", "es", "--db", str(db), "import", str(no_name),
        "--as", "organizations",
    )  # fmt: skip
    assert code == 2
    assert "el campo obligatorio Nombre, Tipo de actor de organizaciones" in err  # wizard names

    workbook = Workbook()
    workbook.active.append(["Código", "Acción"])
    workbook.active.append(["C1", "Capacitar viveristas"])
    workbook.save(actions := tmp_path / "acciones.xlsx")
    code, _, err = _run(
        capsys, "--language", "es", "--db", str(db), "import", str(actions), "--as", "actions"
    )
    assert code == 2
    # The window's sentence, with the option that chooses the plan on the command line.
    assert err == (
        "agencydesk: Para importar acciones de un plan de acción se necesita un plan de "
        "acción: elija uno (--plan).\n"
    )


def test_rejected_rows_in_spanish_with_stable_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, report, rejects = _import_with_rejects(capsys, tmp_path, "--language", "es")
    # Keys and codes stay as scripts know them; the message is the wizard's sentence.
    assert {(r["column"], r["code"], r["message"]) for r in report["rejected"]} == {
        ("Tipo de actor", "unknown_choice", "no es una de las opciones"),
        ("Correo electrónico", "bad_email", "no es una dirección de correo electrónico"),
    }
    assert report["language"] == "es" and report["kind"] == "organizations"
    sheet = load_workbook(rejects).active
    assert sheet.cell(1, 5).value == "Error"
    assert sheet.cell(2, 5).value == (
        "Tipo de actor: no es una de las opciones (marciano); "
        "Correo electrónico: no es una dirección de correo electrónico (no-es-correo)"
    )


@pytest.mark.parametrize(("bad_rows", "form"), [(1, 0), (3, 1)])
def test_rejected_rows_are_counted_in_the_right_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_rows: int, form: int
) -> None:
    """ "1 fila rechazada", "3 filas rechazadas" (the command line's own sentence)."""
    expected = _finished("es", "ImportCommand", "%n row(s) rejected; they are in %1")[form]
    _, err, _, rejects = _import_with_rejects(
        capsys, tmp_path, "--language", "es", bad_rows=bad_rows
    )
    assert (
        err == f"agencydesk: {expected.replace('%n', str(bad_rows)).replace('%1', str(rejects))}\n"
    )
    assert ("1 fila rechazada" if bad_rows == 1 else "3 filas rechazadas") in err


def test_the_summary_in_spanish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _finished("es", "ImportCommand", "%n row(s)")
    rejected = _finished("es", "ImportCommand", "%n rejected")
    out, _, _, _ = _import_with_rejects(capsys, tmp_path, "--language", "es", bad_rows=3)
    assert rows[1].replace("%n", "5") in out and rejected[1].replace("%n", "3") in out
    assert "padron_3.xlsx [Padrón]" in out and "organizaciones" in out


@pytest.mark.parametrize(("bad_rows", "form"), [(1, 0), (3, 1)])
def test_english_plural_forms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_rows: int, form: int
) -> None:
    expected = _finished("en", "ImportCommand", "%n row(s) rejected; they are in %1")[form]
    _, err, _, _ = _import_with_rejects(capsys, tmp_path, "--language", "en", bad_rows=bad_rows)
    assert expected.replace("%n", str(bad_rows)).split(";")[0] in err
    assert ("1 row rejected" if bad_rows == 1 else "3 rows rejected") in err


# --- Portuguese -----------------------------------------------------------------------------


def test_portuguese_from_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_paths, monkeypatch
) -> None:
    monkeypatch.delenv("AGENCYDESK_LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "es_PE.UTF-8")  # Settings win over the system's locale
    app_paths.settings_file.write_text(json.dumps({"language": "pt_BR"}), encoding="utf-8")
    _, _, report, rejects = _import_with_rejects(capsys, tmp_path)
    assert {r["message"] for r in report["rejected"]} == {
        "não é uma das opções",
        "não é um endereço de e-mail",
    }
    assert load_workbook(rejects).active.cell(1, 5).value == "Erro"

    code, _, err = _run(
        capsys, "--db", str(tmp_path / "oficina.sqlite3"),
        "exchange-export", "--initiative", "999", "--out", str(tmp_path / "x.agencydesk"),
    )  # fmt: skip
    assert (code, err) == (1, "agencydesk: Não existe a iniciativa número 999.\n")


def test_the_environment_overrides_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], app_paths, monkeypatch
) -> None:
    app_paths.settings_file.write_text(json.dumps({"language": "es"}), encoding="utf-8")
    monkeypatch.setenv("AGENCYDESK_LANGUAGE", "pt_BR")
    missing = tmp_path / "nada.xlsx"
    code, _, err = _run(capsys, "import", str(missing), "--as", "people")
    assert code == 2 and err.startswith(f"agencydesk: O arquivo {missing} não existe")


# --- Qt stays a guest -------------------------------------------------------------------------


def test_the_command_leaves_no_qt_application_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if QCoreApplication.instance() is not None:
        pytest.skip("this test process already has its QApplication (a UI test ran first)")
    _run(capsys, "--language", "es", "import", str(tmp_path / "x.xlsx"), "--as", "people")
    assert QCoreApplication.instance() is None  # a later UI test builds its QApplication


def _subprocess_env(home: Path, **extra: str) -> dict[str, str]:
    return {"AGENCYDESK_HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), **extra}


def test_a_spanish_locale_without_settings_speaks_spanish(tmp_path: Path) -> None:
    missing = tmp_path / "no_existe.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "agencydesk", "import", str(missing), "--as", "organizations"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_subprocess_env(tmp_path / "home", LANG="es_PE.UTF-8"),
    )
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        f"agencydesk: El archivo {missing} no existe (puede haberse movido, cambiado de nombre "
        "o eliminado).\n"
    )


def test_only_qtcore_is_loaded_and_never_at_start(tmp_path: Path) -> None:
    """``import agencydesk.cli`` loads no Qt; a command in Spanish loads QtCore, no widgets."""
    source = _padron(tmp_path, bad_rows=1)
    probe = (
        "import sys\n"
        "import agencydesk.cli\n"
        "print([m for m in sys.modules if m.startswith('PySide6')])\n"
        "code = agencydesk.cli.main(['--language', 'es', 'import', sys.argv[1], '--as', "
        "'organizations', '--dry-run'])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_subprocess_env(tmp_path / "home"),
    )
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "[]", result.stderr
    assert lines[-1] == "3 ['PySide6.QtCore']", result.stdout + result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_english_keeps_the_pipelines_own_sentence() -> None:
    """A kind's own sentence ("agreement numbers start at 1") is more precise than the
    wizard's for its code ("out of range"); in English the command line keeps it, as scripts
    written before it spoke other languages read it. Other languages say the wizard's."""
    error = RowError(5, "N°", "number", "0", "out_of_range", "agreement numbers start at 1")
    with Speaker("en") as english:
        assert english.rejection(error) == "agreement numbers start at 1"
    with Speaker("es") as spanish:
        assert spanish.rejection(error) == "fuera de rango"
