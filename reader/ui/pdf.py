"""Render an HTML report to PDF with Qt (QTextDocument + QPdfWriter); used by `reader compare
--format pdf` and the window. Works without a display: falls back to the offscreen platform."""
from __future__ import annotations

import os
from pathlib import Path

A4_MARGIN_MM = 15.0


def _ensure_gui_app():
    # a QApplication, not a bare QGuiApplication: windows opened later in the same process
    # (tests, or the window exporting) need the widgets flavour
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["reader"])
    return app


def pdf_bytes(html: str, title: str = "reader comparison") -> bytes:
    """The PDF of an HTML document, A4 with margins, as bytes."""
    _ensure_gui_app()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setTitle(title)
    writer.setCreator("reader")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    # lay the text out on the writer itself (its resolution), so point sizes print as written
    # rather than scaled up by the screen's dots per inch
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer                       # finishes the PDF into the buffer
    buf.close()
    return bytes(data.data())


def write_pdf(html: str, path: Path) -> None:
    """Write the HTML report as a PDF file, atomically."""
    from reader.files import write_atomic
    write_atomic(Path(path), pdf_bytes(html))
