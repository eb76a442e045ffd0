"""reader: compare how different outlets report the same event."""

# The one place the version is written: pyproject.toml reads it from here at build time, so the
# app need not ask the installed package's metadata (a 30 ms look-up at every start).
__version__ = "0.1.0"
