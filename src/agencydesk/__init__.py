"""AgencyDesk: the workspace of a productive-development office."""

# The one place the version is written; pyproject.toml reads it from here (hatch dynamic
# version). A literal, not importlib.metadata: that scan costs ~35 ms of every start.
__version__ = "0.1.0"
