"""A column's new document, filled piece by piece off screen before it is shown: aligned rows or
paragraphs, coverage colours, the "only in" tag, and the inline marks of the differences."""
from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from reader.ui.display import DisplayIndex
from reader.ui.theme import Theme


def u16(text: str) -> int:
    """Length in UTF-16 code units, which is how QTextDocument counts positions."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


ROWS_PER_STEP = 40           # rows (or sentences) a build step adds: a few milliseconds
MARKS_PER_STEP = 60          # inline marks a step applies
CELLS_PER_STEP = 80          # aligned cells a step moves into place


class DocumentBuilder:
    """A column's new document, filled piece by piece before it is shown."""

    def __init__(self, article_id: str, index: DisplayIndex, theme: Theme, font: QFont, label_of, parent):
        self.article_id, self.index, self.label_of = article_id, index, label_of
        self.doc = doc = QTextDocument(parent)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(14)
        doc.setUndoRedoEnabled(False)
        self.cur = QTextCursor(doc)
        self.block_fmt = QTextBlockFormat()
        self.block_fmt.setLineHeight(135.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.block_fmt.setBottomMargin(font.pointSizeF() * 0.9)
        self.plain = QTextCharFormat()
        self.tag_fmt = QTextCharFormat()
        self.tag_fmt.setForeground(theme.text_colour("only_text"))
        self.tag_fmt.setFontPointSize(max(6.0, font.pointSizeF() * 0.75))
        self.tag_fmt.setFontWeight(QFont.Weight.DemiBold)
        self.headline_fmt = QTextCharFormat()
        self.headline_fmt.setFontWeight(QFont.Weight.Bold)
        self.headline_fmt.setFontPointSize(font.pointSizeF() * 1.15)
        self.cov_fmt = {}
        for cov in ("all", "some", "only"):
            f = QTextCharFormat()
            f.setBackground(theme.coverage_background(cov))
            f.setToolTip(f"This sentence is {_coverage_words(index, cov)}")
            self.cov_fmt[cov] = f
        self.theme = theme
        self.only_tag = f"ONLY IN {label_of(article_id).upper()}  "
        self.ranges: list[tuple[int, int, str]] = []
        self.where: dict[str, tuple[int, int]] = {}
        self.row_blocks: list[int] = []
        self.first = True
        self.last_para = None

    def new_block(self) -> None:
        if self.first:
            self.cur.setBlockFormat(self.block_fmt)
            self.first = False
        else:
            self.cur.insertBlock(self.block_fmt, self.plain)

    def put_sentence(self, sid: str, sep: bool) -> None:
        index, cur = self.index, self.cur
        s = index.sentence[sid]
        if sep:
            cur.insertText(" ", self.plain)
        start = cur.position()
        fmt = self.cov_fmt[index.coverage(sid)]
        carriers = index.carriers.get(sid, ())
        if len(carriers) > 1 or s.role == "headline":
            fmt = QTextCharFormat(fmt)
            if len(carriers) > 1:
                names = ", ".join(self.label_of(a) for a in index.order if a in carriers)
                fmt.setToolTip(f"In {len(carriers)} of {index.n_sources} sources: {names}")
            if s.role == "headline":
                fmt.merge(self.headline_fmt)
        cur.insertText(s.text, fmt)
        self.ranges.append((start, cur.position(), sid))
        self.where[sid] = (start, cur.position())

    def add_rows(self, rows) -> None:
        """Aligned layout: a block for each row this source has a sentence in."""
        aid, index = self.article_id, self.index
        for row in rows:
            sids = row.cells.get(aid, ())
            if not sids:
                self.row_blocks.append(-1)
                continue
            self.new_block()
            self.row_blocks.append(self.cur.block().blockNumber())
            if index.coverage(sids[0]) == "only" and index.n_sources > 1:
                self.cur.insertText(self.only_tag, self.tag_fmt)
            for k, sid in enumerate(sids):
                self.put_sentence(sid, k > 0)

    def end_rows(self) -> None:
        self.new_block()         # an empty last block: Qt drops the last block's bottom margin

    def add_paragraphs(self, sentences) -> None:
        """Reading order: a block per paragraph (the headline a block of its own)."""
        for s in sentences:
            if s.paragraph != self.last_para or s.role == "headline":
                self.new_block()
                self.last_para = s.paragraph if s.role != "headline" else None
                self.put_sentence(s.id, False)
            else:
                self.put_sentence(s.id, True)

    def mark(self, spans) -> None:
        """Inline marks, one style per kind, with the engine's note as tooltip."""
        index, cur = self.index, QTextCursor(self.doc)
        for sid, start, end, diffs in spans:
            w = self.where.get(sid)
            if w is None:
                continue
            s = index.sentence[sid]
            a0 = w[0] + u16(s.text[:max(0, start - s.start)])
            a1 = w[0] + u16(s.text[:max(0, end - s.start)])
            if a1 <= a0:
                continue
            whole = (end - start) >= 0.9 * max(1, s.end - s.start)
            fmt = self.theme.kind_format(diffs[0].kind, whole)
            fmt.setToolTip("\n".join(f"{d.kind}: {d.note}" for d in diffs))
            fmt.setProperty(QTextFormat.Property.UserProperty, diffs[0].kind)
            cur.setPosition(a0)
            cur.setPosition(a1, QTextCursor.MoveMode.KeepAnchor)
            cur.mergeCharFormat(fmt)


def _coverage_words(index: DisplayIndex, cov: str) -> str:
    if cov == "all":
        return f"in all {index.n_sources} sources"
    if cov == "some":
        return "in some of the sources"
    return "only in this source"
