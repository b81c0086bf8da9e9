"""Indicators and their measurements: reads that build whole records, inserts that can restore."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from agencydesk.data.models import ActionPlan, Agenda, Indicator, Measurement
from agencydesk.data.repos.common import audit, draft_changes
from agencydesk.domain.enums import AuditAction
from agencydesk.domain.errors import UserError, ValidationError
from agencydesk.domain.indicators import (
    IndicatorDraft,
    IndicatorRecord,
    MeasurementDraft,
    MeasurementRecord,
    build_indicator_record,
    plain_decimal,
)

INDICATOR_FIELDS = tuple(f.name for f in fields(IndicatorDraft))
MEASUREMENT_FIELDS = tuple(f.name for f in fields(MeasurementDraft))


def _measurement_record(row: Measurement) -> MeasurementRecord:
    draft = MeasurementDraft(**{n: getattr(row, n) for n in MEASUREMENT_FIELDS})
    draft = replace(draft, value=plain_decimal(draft.value))
    return MeasurementRecord(row.id, draft, row.uuid, row.created_at)


def _indicator_draft(row: Indicator) -> IndicatorDraft:
    draft = IndicatorDraft(**{n: getattr(row, n) for n in INDICATOR_FIELDS})
    # Numeric(18, 4) reads back as 250000.0000: the records hold the number as entered.
    return replace(
        draft, baseline=plain_decimal(draft.baseline), target=plain_decimal(draft.target)
    )


def indicator_ids(session: Session, plan_id: int | None, agenda_id: int | None) -> list[int]:
    """The indicators of a plan or of an agenda, in the order they were entered."""
    stmt = select(Indicator.id)
    if plan_id is not None:
        stmt = stmt.where(Indicator.plan_id == plan_id)
    if agenda_id is not None:
        stmt = stmt.where(Indicator.agenda_id == agenda_id)
    return list(session.scalars(stmt.order_by(Indicator.id)))


def indicators_by_ids(session: Session, ids: Sequence[int]) -> list[IndicatorRecord]:
    """Whole records for ``ids`` (two queries however many), in the order given."""
    if not ids:
        return []
    rows = session.scalars(select(Indicator).where(Indicator.id.in_(ids))).all()
    by_indicator: dict[int, list[MeasurementRecord]] = {row.id: [] for row in rows}
    for m in session.scalars(select(Measurement).where(Measurement.indicator_id.in_(ids))):
        by_indicator[m.indicator_id].append(_measurement_record(m))
    found = {
        row.id: build_indicator_record(
            row.id,
            row.uuid,
            _indicator_draft(row),
            by_indicator[row.id],
            row.created_at,
        )
        for row in rows
    }
    return [found[i] for i in ids if i in found]


def measurement_by_id(session: Session, measurement_id: int) -> MeasurementRecord | None:
    row = session.get(Measurement, measurement_id)
    return _measurement_record(row) if row is not None else None


def insert_indicator(session: Session, draft: IndicatorDraft, **identity: object) -> int:
    """Insert one indicator; ``identity`` may restore id/uuid/created_at (undo of a delete)."""
    row = Indicator(**{n: getattr(draft, n) for n in INDICATOR_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id


def insert_measurement(session: Session, draft: MeasurementDraft, **identity: object) -> int:
    row = Measurement(**{n: getattr(draft, n) for n in MEASUREMENT_FIELDS}, **identity)
    session.add(row)
    session.flush()
    return row.id


def restore_identity(record: MeasurementRecord | IndicatorRecord) -> dict[str, object]:
    """The id, uuid and creation time to give back to a row that is put back."""
    identity: dict[str, object] = {"id": record.id}
    if record.uuid:
        identity["uuid"] = record.uuid
    if record.created_at is not None:
        identity["created_at"] = record.created_at
    return identity


def indicator_record(session: Session, indicator_id: int) -> IndicatorRecord:
    found = indicators_by_ids(session, [indicator_id])
    if not found:
        raise UserError("not_found", entity="indicator")
    return found[0]


def measurement_record(session: Session, measurement_id: int) -> MeasurementRecord:
    found = measurement_by_id(session, measurement_id)
    if found is None:
        raise UserError("not_found", entity="measurement")
    return found


def check_owner(session: Session, draft: IndicatorDraft) -> None:
    """The plan or agenda the indicator belongs to exists."""
    if draft.plan_id is not None and session.get(ActionPlan, draft.plan_id) is None:
        raise ValidationError({"plan_id": "not_found"})
    if draft.agenda_id is not None and session.get(Agenda, draft.agenda_id) is None:
        raise ValidationError({"agenda_id": "not_found"})


def check_indicator(session: Session, draft: MeasurementDraft) -> None:
    if session.get(Indicator, draft.indicator_id) is None:
        raise ValidationError({"indicator_id": "not_found"})


def audit_draft(
    session: Session,
    user: str | None,
    entity: str,
    row_id: int,
    action: AuditAction,
    before: object | None,
    after: object | None,
) -> None:
    """One audit entry with the field-by-field change from draft ``before`` to ``after``."""
    audit(session, user, entity, row_id, action, draft_changes(before, after))
