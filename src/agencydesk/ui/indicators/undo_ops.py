"""How the shared undo commands (ui/undo.py) read and write indicators and measurements."""

from __future__ import annotations

from agencydesk.services.indicators import IndicatorsService
from agencydesk.ui.undo import RecordOps
from agencydesk.ui.widgets.date_field import format_date


def indicator_ops(service: IndicatorsService) -> RecordOps:
    return RecordOps(
        service.update_indicator,
        service.delete_indicator,  # takes its measurements along; restore brings them back
        service.restore_indicator,
        service.indicator,
        service.indicator_usages,
        "indicator",
        lambda record: record.name,
    )


def measurement_ops(service: IndicatorsService) -> RecordOps:
    return RecordOps(
        service.update_measurement,
        service.delete_measurement,
        service.restore_measurement,
        service.measurement,
        service.measurement_usages,
        "measurement",
        lambda record: format_date(record.draft.date),
    )
