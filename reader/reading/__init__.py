"""Reading sources: a file (text, Markdown or a saved web page) or pasted text becomes an Article.

Plain text and Markdown files are kept verbatim apart from line-end and trailing-whitespace
normalisation, so every offset the engine computes points into what the user saved. Saved web
pages go through trafilatura (offline: it is only ever handed the page we read) and become
``headline + blank line + paragraphs``. The short lines right under the headline (date, byline,
"Source: ...") and a closing "(Source: VOA News)" line are recognised and reported as
``header_spans`` so segmentation can keep them out of the body.

Every failure a user can cause (missing file, folder, binary, empty, too large, unreadable)
raises ``ArticleError`` whose message is one line naming the file and the reason.

    decoding   bytes -> text (encodings, binary refused)
    header     date, byline and source lines
    plaintext  text -> Article (headline, header spans)
    webpage    saved page -> Article
    files      a path -> Article, after checking what the path is
"""
from reader.reading.decoding import decode
from reader.reading.errors import ArticleError, reading_warnings, replacement_warning
from reader.reading.files import MAX_BYTES, read_article, unique_ids
from reader.reading.plaintext import article_from_text, normalise_text

__all__ = ["ArticleError", "MAX_BYTES", "article_from_text", "decode", "normalise_text",
           "read_article", "reading_warnings", "replacement_warning", "unique_ids"]
