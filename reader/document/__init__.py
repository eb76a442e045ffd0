"""The reader's work on a comparison: the articles, notes, corrections and view state, and the
`.readercmp` file that holds them. Plain Python, no Qt, so the CLI can export saved work."""
from reader.document.model import NOTE_TARGETS, Document, Note
from reader.document.fileformat import (EXTENSION, MIME_TYPE, DocumentError, load, save,
                                        from_json, to_json)

__all__ = ["Document", "DocumentError", "EXTENSION", "MIME_TYPE", "NOTE_TARGETS", "Note", "from_json",
           "load", "save", "to_json"]
