"""Settings: office name and logo, user name (recorded in the audit trail), language, country,
and the office's shared database on a server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agencydesk import paths
from agencydesk.domain import database_url
from agencydesk.domain.enums import Country
from agencydesk.domain.errors import UserError
from agencydesk.services.settings import LANGUAGES, Settings
from agencydesk.ui.i18n import LANGUAGE_NAMES
from agencydesk.ui.labels import label
from agencydesk.ui.messages import user_error_text
from agencydesk.ui.reports.logo import LogoField
from agencydesk.ui.widgets.dialogs import tell


class SettingsDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, config_dir: Path | None = None
    ) -> None:
        """``config_dir`` receives a newly chosen logo (by default the program's config
        folder, where settings.json is)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._original = settings
        self._config_dir = config_dir or paths.resolve().config_dir
        self._logo_path = settings.office_logo

        self.office = QLineEdit(settings.office_name)
        self.office.setPlaceholderText(self.tr("e.g. Gerencia de Desarrollo Económico"))
        self.logo = LogoField(settings.office_logo, self)
        self.user = QLineEdit(settings.user_name)
        self.user.setPlaceholderText(self.tr("Your name, as it should appear in the history"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.country = QComboBox()
        for country in Country:
            self.country.addItem(label(country), country.value)
        self.country.setCurrentIndex(max(0, self.country.findData(settings.country.value)))
        # Shown without its password; left as shown, the address keeps it (result_settings).
        self._shared_shown = database_url.hide_password(settings.shared_database or "")
        self.shared = QLineEdit(self._shared_shown)
        self.shared.setCursorPosition(0)
        self.shared.setObjectName("shared_database")
        self.shared.setPlaceholderText(database_url.PLACEHOLDER)
        self.shared.setClearButtonEnabled(True)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Office name:"), self.office),
            (self.tr("Logo for documents:"), self.logo),
            (self.tr("&Your name:"), self.user),
            (self.tr("&Language:"), self.language),
            (self.tr("&Country:"), self.country),
            (self.tr("&Shared database:"), self.shared),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        hint = QLabel(
            self.tr(
                "The office's name and logo head every PDF document. Your name is recorded "
                "with every change you make. The country decides how dates and identity "
                "numbers are read in imported spreadsheets."
            )
        )
        hint.setWordWrap(True)
        shared_hint = QLabel(
            self.tr(
                "A shared database lives on the office's PostgreSQL server, for everyone at "
                "once; AgencyDesk opens it when you press OK. Leave it empty to work with a "
                "file on this computer. The password may stay out of the address, in "
                "PostgreSQL's password file (pgpass)."
            )
        )
        shared_hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(shared_hint)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        """Copy a newly chosen logo into the config folder; if it cannot be written, say so
        and stay open (nothing else is lost)."""
        shared = self.shared.text().strip()
        if shared and not database_url.is_server_url(shared):
            error = UserError("db_url_invalid", url=shared)
            tell(self, self.tr("Shared database"), user_error_text(error))
            self.shared.setFocus()
            return
        try:
            self._logo_path = self.logo.store(self._config_dir)
        except UserError as exc:
            tell(self, self.tr("Logo for documents"), user_error_text(exc))
            return
        super().accept()

    def result_settings(self) -> Settings:
        from dataclasses import replace

        return replace(
            self._original,
            office_name=self.office.text().strip(),
            office_logo=self._logo_path,
            user_name=self.user.text().strip(),
            language=self.language.currentData(),
            country=Country(self.country.currentData()),
            shared_database=self._shared_database(),
        )

    def _shared_database(self) -> str | None:
        typed = self.shared.text().strip()
        if typed and typed == self._shared_shown:
            return self._original.shared_database
        return typed or None
