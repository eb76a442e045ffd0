"""reader: compare how different outlets report the same event."""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("reader")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
