"""The Bottlenecks tab of an initiative page: the register and each bottleneck's workflow."""

from agencydesk.ui.bottlenecks.panel import BottlenecksPanel

__all__ = ["BottlenecksPanel"]
