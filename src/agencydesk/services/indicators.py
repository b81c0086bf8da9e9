"""Indicators of a plan or an agenda and their measurements.

Measurements belong to their indicator: deleting an indicator deletes them in the same
transaction, and restoring it (undo) puts them back with their ids and uuids.
"""

from __future__ import annotations

from collections.abc import Callable

from agencydesk.data.models import Indicator, Measurement
from agencydesk.data.repos import indicators as repo
from agencydesk.data.repos.common import (
    apply_draft,
    audit,
    draft_changes,
    get_or_raise,
    usages,
)
from agencydesk.data.uow import UnitOfWork
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import InUseError, UserError, ValidationError
from agencydesk.domain.indicators import (
    IndicatorDraft,
    IndicatorRecord,
    MeasurementDraft,
    MeasurementRecord,
    validate_indicator,
    validate_measurement,
)

OWNED = ("measurements",)


class IndicatorsService:
    def __init__(self, uow: UnitOfWork, current_user: Callable[[], str | None]) -> None:
        self._uow = uow
        self._user = current_user

    # --- reading ---------------------------------------------------------------------------

    def indicators_of(
        self, plan_id: int | None = None, agenda_id: int | None = None
    ) -> list[IndicatorRecord]:
        """The indicators of a plan or of an agenda (all of them when both are None), with
        their measurements by date and the % met by the latest one."""
        with self._uow() as s:
            return repo.indicators_by_ids(s, repo.indicator_ids(s, plan_id, agenda_id))

    def indicator(self, indicator_id: int) -> IndicatorRecord:
        with self._uow() as s:
            return repo.indicator_record(s, indicator_id)

    def measurement(self, measurement_id: int) -> MeasurementRecord:
        with self._uow() as s:
            return repo.measurement_record(s, measurement_id)

    def indicator_usages(self, indicator_id: int) -> dict[str, int]:
        """What else points at the indicator (its measurements are part of it, not uses)."""
        with self._uow() as s:
            return usages(s, "indicators", indicator_id, owned=OWNED)

    def measurement_usages(self, measurement_id: int) -> dict[str, int]:
        with self._uow() as s:
            return usages(s, "measurements", measurement_id)

    # --- indicators: writing ---------------------------------------------------------------

    def create_indicator(self, draft: IndicatorDraft) -> IndicatorRecord:
        draft = validate_indicator(draft)
        with self._uow(write=True) as s:
            repo.check_owner(s, draft)
            indicator_id = repo.insert_indicator(s, draft)
            repo.audit_draft(
                s, self._user(), "indicator", indicator_id, AuditAction.CREATE, None, draft
            )
            return repo.indicator_record(s, indicator_id)

    def update_indicator(self, indicator_id: int, draft: IndicatorDraft) -> IndicatorRecord:
        draft = validate_indicator(draft)
        with self._uow(write=True) as s:
            row = get_or_raise(s, Indicator, indicator_id, "indicator")
            repo.check_owner(s, draft)
            before = repo.indicator_record(s, indicator_id).draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "indicator", indicator_id, AuditAction.UPDATE, changes)
            s.flush()
            return repo.indicator_record(s, indicator_id)

    def delete_indicator(self, indicator_id: int) -> IndicatorRecord:
        """Delete an indicator with its measurements; returns both (for undo)."""
        with self._uow(write=True) as s:
            row = get_or_raise(s, Indicator, indicator_id, "indicator")
            record = repo.indicator_record(s, indicator_id)
            if used := usages(s, "indicators", indicator_id, owned=OWNED):
                raise InUseError("indicator", record.name, used)
            for m in record.measurements:
                s.delete(s.get(Measurement, m.id))
                repo.audit_draft(
                    s, self._user(), "measurement", m.id, AuditAction.DELETE, m.draft, None
                )
            s.flush()  # children first: the foreign keys are RESTRICT
            s.delete(row)
            repo.audit_draft(
                s, self._user(), "indicator", indicator_id, AuditAction.DELETE, record.draft, None
            )
        return record

    def restore_indicator(self, record: IndicatorRecord) -> IndicatorRecord:
        """Put back a deleted indicator and its measurements with their ids (undo)."""
        with self._uow(write=True) as s:
            try:
                repo.check_owner(s, record.draft)
            except ValidationError:
                # The plan or agenda went meanwhile: say so, not "fields are not valid".
                raise UserError("not_found", entity="indicator") from None
            repo.insert_indicator(s, record.draft, **repo.restore_identity(record))
            repo.audit_draft(
                s, self._user(), "indicator", record.id, AuditAction.CREATE, None, record.draft
            )
            for m in record.measurements:
                repo.insert_measurement(s, m.draft, **repo.restore_identity(m))
                repo.audit_draft(
                    s, self._user(), "measurement", m.id, AuditAction.CREATE, None, m.draft
                )
            return repo.indicator_record(s, record.id)

    # --- measurements: writing -------------------------------------------------------------

    def add_measurement(self, draft: MeasurementDraft) -> MeasurementRecord:
        draft = validate_measurement(draft)
        with self._uow(write=True) as s:
            repo.check_indicator(s, draft)
            measurement_id = repo.insert_measurement(s, draft)
            repo.audit_draft(
                s, self._user(), "measurement", measurement_id, AuditAction.CREATE, None, draft
            )
            return repo.measurement_record(s, measurement_id)

    def update_measurement(self, measurement_id: int, draft: MeasurementDraft) -> MeasurementRecord:
        draft = validate_measurement(draft)
        with self._uow(write=True) as s:
            row = get_or_raise(s, Measurement, measurement_id, "measurement")
            repo.check_indicator(s, draft)
            before = repo.measurement_record(s, measurement_id).draft
            apply_draft(row, draft)
            if changes := draft_changes(before, draft):
                audit(s, self._user(), "measurement", measurement_id, AuditAction.UPDATE, changes)
            s.flush()
            return repo.measurement_record(s, measurement_id)

    def delete_measurement(self, measurement_id: int) -> MeasurementRecord:
        with self._uow(write=True) as s:
            row = get_or_raise(s, Measurement, measurement_id, "measurement")
            record = repo.measurement_record(s, measurement_id)
            s.delete(row)
            repo.audit_draft(
                s,
                self._user(),
                "measurement",
                measurement_id,
                AuditAction.DELETE,
                record.draft,
                None,
            )
        return record

    def restore_measurement(self, record: MeasurementRecord) -> MeasurementRecord:
        with self._uow(write=True) as s:
            if s.get(Indicator, record.draft.indicator_id) is None:
                raise UserError("not_found", entity="indicator")
            repo.insert_measurement(s, record.draft, **repo.restore_identity(record))
            repo.audit_draft(
                s, self._user(), "measurement", record.id, AuditAction.CREATE, None, record.draft
            )
            return repo.measurement_record(s, record.id)
