"""File ▸ Export: the comparison and the reader's document written as Markdown, HTML, PDF or
JSON, with the labels the reader gave the sources (as the CLI exports a saved file)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.document import Document
from reader.engine.model import Comparison
from reader.files import write_atomic

EXPORTS = {                   # key: (menu text, extension, file-dialog filter)
    "markdown": ("&Markdown…", ".md", "Markdown (*.md)"),
    "html": ("&HTML…", ".html", "HTML (*.html *.htm)"),
    "pdf": ("&PDF…", ".pdf", "PDF (*.pdf)"),
    "json": ("&JSON…", ".json", "JSON (*.json)"),
}


def relabelled(comparison: Comparison, document: Document) -> Comparison:
    """The comparison with each article's outlet as the document has it (renamed sources)."""
    outlets = {a.id: a.outlet for a in document.articles}
    articles = tuple(dataclasses.replace(a, outlet=outlets[a.id]) if outlets.get(a.id, a.outlet) != a.outlet
                     else a for a in comparison.articles)
    if articles == comparison.articles:
        return comparison
    return dataclasses.replace(comparison, articles=articles)


def export_file(fmt: str, comparison: Comparison, document: Document, path: Path) -> None:
    """Write the export; raises OSError (or an exporter's error) and leaves no partial file."""
    c = relabelled(comparison, document)
    if fmt == "markdown":
        from reader.exports.markdown import to_markdown
        write_atomic(path, to_markdown(c, document=document).encode("utf-8"))
    elif fmt == "html":
        from reader.exports.html import to_html
        write_atomic(path, to_html(c, document).encode("utf-8"))
    elif fmt == "json":
        from reader.exports.json_export import to_json
        write_atomic(path, to_json(c, document).encode("utf-8"))
    else:
        from reader.exports.html import to_html
        from reader.ui.pdf import write_pdf
        write_pdf(to_html(c, document), path)
