"""AgencyDesk: the workspace of a productive-development office."""

# The one place the version is written; pyproject.toml reads it from here (hatch dynamic
# version). A literal, not importlib.metadata: that scan costs ~35 ms of every start.
__version__ = "0.1.0"

# The application's id (reverse DNS): the Linux .desktop file and AppStream metainfo are named
# after it, the window manager matches windows to them by it (QGuiApplication.
# setDesktopFileName), and it is the macOS bundle identifier. tests/packaging checks all agree.
APP_ID = "org.agencydesk.AgencyDesk"
