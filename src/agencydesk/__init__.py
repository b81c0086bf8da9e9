"""AgencyDesk: the workspace of a productive-development office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agencydesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
