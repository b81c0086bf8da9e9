"""The tracker's filter bar: search text, initiative or agenda, responsible institution, status
(open by default: what is still to be done), overdue only, due on or before a date.

It only builds the ``AgreementQuery``; the service does the filtering."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from agencydesk.domain.agreements import DUE_SOON_DAYS, AgreementQuery
from agencydesk.domain.enums import AgreementStatus
from agencydesk.domain.records import NamedRef
from agencydesk.ui.actors.filter_combo import FilterCombo
from agencydesk.ui.widgets import DateField, current_enum, fill_enum_combo, set_current_enum
from agencydesk.ui.widgets.plain_text import plain

SEARCH_DELAY_MS = 150
DEFAULT_STATUS = AgreementStatus.OPEN
"""What the tracker shows first: what is still to be done."""


def _owner_key(kind: str, owner_id: int) -> str:
    # Combo item data: initiatives and agendas share one combo, and their ids can coincide.
    return f"{kind}:{owner_id}"


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


class AgreementFilters(QWidget):
    """``changed`` after any filter moves (the search box after a short pause in typing)."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.search = QLineEdit(self)
        self.search.setObjectName("agreements_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setPlaceholderText(self.tr("Text, follow-up or responsible institution"))
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)

        self.owner_filter = FilterCombo(self, max_chars=30)
        self.owner_filter.setObjectName("agreements_owner_filter")
        self.owner_filter.addItem(self.tr("All initiatives and agendas"), None)
        self.responsible_filter = FilterCombo(self, max_chars=26)
        self.responsible_filter.setObjectName("agreements_responsible_filter")
        self.responsible_filter.addItem(self.tr("All responsible institutions"), None)
        for combo in (self.owner_filter, self.responsible_filter):
            # They share the row's room with the search box (long Spanish names of mesas).
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.status_filter = FilterCombo(self)
        self.status_filter.setObjectName("agreements_status_filter")
        fill_enum_combo(self.status_filter, AgreementStatus, self.tr("All statuses"))
        set_current_enum(self.status_filter, DEFAULT_STATUS)
        for combo, name in (
            (self.owner_filter, self.tr("Initiative or agenda filter")),
            (self.responsible_filter, self.tr("Responsible institution filter")),
            (self.status_filter, self.tr("Status filter")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        self.overdue_check = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_check.setObjectName("agreements_overdue_filter")
        self.overdue_check.setToolTip(self.tr("Open agreements past their due date"))
        self.due_before = DateField(self)
        self.due_before.setObjectName("agreements_due_before")
        self.due_before.edit.setToolTip(self.tr("Due on or before this date"))
        self.due_before.setMaximumWidth(150)
        due_label = QLabel(self.tr("Due &by:"), self)
        due_label.setBuddy(self.due_before.edit)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setObjectName("agreements_clear_filters")
        self.clear_button.setToolTip(self.tr("Show every open agreement again"))

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(search_label)
        first.addWidget(self.search, 2)
        first.addWidget(self.owner_filter, 1)
        first.addWidget(self.responsible_filter, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.status_filter)
        second.addWidget(self.overdue_check)
        second.addSpacing(12)
        second.addWidget(due_label)
        second.addWidget(self.due_before)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(6)
        layout.addLayout(first, 0, 0)
        layout.addLayout(second, 1, 0)
        self.setFocusProxy(self.search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.due_before.changed.connect(self._debounce.start)
        for combo in (self.owner_filter, self.responsible_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.overdue_check.toggled.connect(lambda _c: self.changed.emit())
        self.clear_button.clicked.connect(lambda: self.set_filters())

    # --- choices ---------------------------------------------------------------------------

    def set_choices(
        self,
        initiatives: list[NamedRef],
        agendas: list[NamedRef],
        responsible: list[NamedRef],
    ) -> None:
        """Fill the combos again, keeping what is chosen (when it is still there)."""
        owner = self.owner_filter.currentData()
        org = self.responsible_filter.currentData()
        for combo in (self.owner_filter, self.responsible_filter):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
        for kind, refs in (("initiative", initiatives), ("agenda", agendas)):
            if refs and self.owner_filter.count() > 1:
                self.owner_filter.insertSeparator(self.owner_filter.count())
            for ref in refs:
                self.owner_filter.addItem(ref.name, _owner_key(kind, ref.id))
                if ref.detail:
                    self.owner_filter.setItemData(
                        self.owner_filter.count() - 1,
                        plain(ref.detail),
                        Qt.ItemDataRole.ToolTipRole,
                    )
        for ref in responsible:
            self.responsible_filter.addItem(ref.name, ref.id)
            if ref.detail:
                self.responsible_filter.setItemData(
                    self.responsible_filter.count() - 1,
                    plain(ref.detail),
                    Qt.ItemDataRole.ToolTipRole,
                )
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(owner), 0))
        self.responsible_filter.setCurrentIndex(max(self.responsible_filter.findData(org), 0))
        for combo in (self.owner_filter, self.responsible_filter):
            combo.blockSignals(False)

    # --- the query -------------------------------------------------------------------------

    def date_is_valid(self) -> bool:
        return self.due_before.is_valid()

    def query(self) -> AgreementQuery:
        """What the bar says (a due date that is not a date yet is left out)."""
        self._debounce.stop()
        initiative_id = agenda_id = None
        owner = self.owner_filter.currentData()
        if isinstance(owner, str):
            kind, _, owner_id = owner.partition(":")
            if kind == "initiative":
                initiative_id = int(owner_id)
            else:
                agenda_id = int(owner_id)
        org = self.responsible_filter.currentData()
        return AgreementQuery(
            initiative_id=initiative_id,
            agenda_id=agenda_id,
            responsible_org_id=int(org) if org is not None else None,
            status=current_enum(self.status_filter, AgreementStatus),
            overdue_only=self.overdue_check.isChecked(),
            due_before=self.due_before.date(),
            text=self.search.text().strip(),
        )

    def is_default(self) -> bool:
        """Whether the bar shows what the tracker opens with (every open agreement)."""
        return self.query() == AgreementQuery(status=DEFAULT_STATUS) and self.date_is_valid()

    def set_filters(self, **filters: object) -> None:
        """Exactly these filters; those not given go back to their default (status open, the
        rest empty). Keys: ``text``, ``initiative_id``, ``agenda_id``, ``responsible_org_id``,
        ``status`` (an AgreementStatus or its value; None or "" for every status), ``overdue``,
        ``due_before`` (a date or an ISO string), ``due_soon`` (open and due within
        DUE_SOON_DAYS days, overdue ones included: due by today + DUE_SOON_DAYS)."""
        widgets = (
            self.search,
            self.owner_filter,
            self.responsible_filter,
            self.status_filter,
            self.overdue_check,
            self.due_before.edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(str(filters.get("text") or ""))
        owner = None
        if filters.get("initiative_id") is not None:
            owner = _owner_key("initiative", int(filters["initiative_id"]))  # type: ignore[call-overload]
        elif filters.get("agenda_id") is not None:
            owner = _owner_key("agenda", int(filters["agenda_id"]))  # type: ignore[call-overload]
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(owner), 0))
        org = filters.get("responsible_org_id")
        self.responsible_filter.setCurrentIndex(max(self.responsible_filter.findData(org), 0))
        status = filters.get("status", DEFAULT_STATUS)
        set_current_enum(self.status_filter, AgreementStatus(status) if status else None)
        self.overdue_check.setChecked(bool(filters.get("overdue")))
        due_before = _as_date(filters.get("due_before"))
        if filters.get("due_soon"):
            due_before = self._today() + timedelta(days=DUE_SOON_DAYS)
            set_current_enum(self.status_filter, AgreementStatus.OPEN)
        self.due_before.set_date(due_before)
        for widget in widgets:
            widget.blockSignals(False)
        self._debounce.stop()
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
