"""The home dashboard: the first page after opening a database."""

from agencydesk.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
