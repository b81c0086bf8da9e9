"""Indicators of a plan or an agenda: % of target met, measurements, a chart."""

from agencydesk.ui.indicators.panel import IndicatorsPanel

__all__ = ["IndicatorsPanel"]
