"""Hostile text in every section of the Markdown and HTML notes stays text.

The two articles differ (a number, a day, a time, a quote's wording), so the differing-details
section is really built from hostile text; outlet labels come from a "Source:" line and from
file names, the saved date and every note field carry markup too.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from reader.cli import main
from reader.document import Document, Note, save
from reader.engine import compare
from reader.engine.model import Citation, Correction
from reader.exports.html import to_html
from reader.exports.markdown import to_markdown
from reader.reading import read_article

A = ('Mayor <b>quits</b> after <script>alert("t")</script> fire\n'
     'Source: Daily <script>alert`o`</script>\n'
     'January 17, 2024\n\n'
     'The mayor of <u>Springfield</u> said on Monday that 12 people died in the <i>fire</i> at the '
     '<b>plant</b>. "We are <b>shocked</b> and <script>alert(3)</script> sad," said Mayor John '
     '<em>Smith</em>. Police chief Anna <s>Berg</s> said the fire started at 3 a.m.\n\n'
     'Only <script>alert(6)</script> this source reports that <b>the plant</b> had been '
     'inspected in May.\n')
B = ('Mayor quits after fire at <a href="javascript:alert(4)">plant</a>\n\n'
     'The mayor of <u>Springfield</u> said on Tuesday that 15 people died in the <i>fire</i> at the '
     '<b>plant</b>. "We are <b>devastated</b> and <script>alert(3)</script> sad," said Mayor John '
     '<em>Smith</em>. Police chief Anna <s>Berg</s> said the fire started at 4 a.m.\n\n'
     'Another <iframe src=x></iframe> report says the <b>owners</b> were away on a trip to '
     'Lisbon.\n')
HOSTILE = "<script>alert(9)</script><img src=x onerror=alert(10)>"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "daily.txt").write_text(A, encoding="utf-8")
    (folder / "b<img src=x onerror=alert(5)>.txt").write_text(B, encoding="utf-8")
    articles = [read_article(folder / "daily.txt"),
                read_article(folder / "b<img src=x onerror=alert(5)>.txt")]
    c = compare(articles)
    monday = articles[0].text.index("The mayor")
    doc = Document(articles=tuple(articles), title=f"Fire {HOSTILE}", created=HOSTILE,
                   summary=f"Summary {HOSTILE}\n# not a heading {HOSTILE}",
                   notes=(Note("note:1", "sentence", f"Check {HOSTILE}",
                               (Citation(articles[0].id, monday, monday + 9, "The mayor"),
                                Citation(articles[1].id, 0, 9, f"gone {HOSTILE}")),
                               subject=f"subject {HOSTILE}"),),
                   corrections=(Correction("merge_actors", names=(f"A {HOSTILE}", "B")),))
    return c, doc


def test_the_hostile_articles_differ(hostile):
    """The comparison the escaping tests use has what they check: differences of several kinds
    whose sentences carry markup, quotes with markup, a source's own sentences."""
    c, _ = hostile
    kinds = {d.kind for d in c.differences}
    assert {"number", "date", "quote"} <= kinds
    assert all("<" in c.sentence(d.a.sentence).text for d in c.differences if d.kind == "number")
    assert any("<" in q.text for q in c.quotes)
    assert c.articles[0].outlet.startswith("Daily <script>")


# --- Markdown -----------------------------------------------------------------------------------

MD_SECTIONS = ("# ", "## Sources", "## Summary", "## The reader's notes", "## What all sources report",
               "## Only in", "## Differing details", "## Actors", "## Quotes by speaker")
RAW_MARKUP_MD = re.compile(r"(?<!\\)<[A-Za-z/!?]|(?<!\\)&#?\w+;|(?<!\\)\]\(")


def _md_sections(md: str) -> dict[str, str]:
    parts = re.split(r"(?m)^(?=#{1,2} )", md)
    found = {}
    for part in parts:
        for heading in MD_SECTIONS:
            if part.startswith(heading) and (heading != "# " or not part.startswith("## ")):
                found.setdefault(heading, "")
                found[heading] += part
    return found


def test_markdown_escapes_every_section(hostile):
    c, doc = hostile
    md = to_markdown(c, document=doc)
    sections = _md_sections(md)
    assert set(sections) == set(MD_SECTIONS)
    for heading, text in sections.items():
        assert "\\<" in text, f"section {heading!r} carries no hostile text"
        assert not RAW_MARKUP_MD.search(text), (heading, RAW_MARKUP_MD.search(text))


def test_markdown_summary_line_and_date_are_escaped(hostile):
    """The lines the issue found unescaped: outlet labels in the summary, the saved date."""
    c, doc = hostile
    md = to_markdown(c, document=doc)
    date_line = next(line for line in md.splitlines() if line.startswith("_Compared on"))
    assert date_line == "_Compared on \\<script\\>al_"
    unique = next(line for line in md.splitlines() if line.startswith("- Sentences found in one"))
    assert "Daily \\<script\\>alert\\`o\\`\\</script\\>" in unique
    assert "# not a heading" not in md.replace("\\# not a heading", "")


def test_markdown_differing_details_bold_the_escaped_words(hostile):
    c, _ = hostile
    md = to_markdown(c)
    details = _md_sections(md)["## Differing details"]
    assert "**12 people**" in details and "\\<u\\>Springfield\\</u\\>" in details


# --- HTML ---------------------------------------------------------------------------------------

ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li",
                "table", "tr", "th", "td", "b", "i", "br", "mark", "div", "blockquote", "span"}
ALLOWED_ATTRIBUTES = {"class", "border", "cellspacing", "cellpadding", "width", "lang", "charset",
                      "http-equiv", "content"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def _html_sections(html: str) -> dict[str, str]:
    body = html.split("<body>", 1)[1]
    parts = re.split(r"(?=<h[12]>)", body)
    return {re.match(r"<h[12]>([^<]*)", p).group(1).split(" — ")[0]: p for p in parts if p}


def test_html_escapes_every_section(hostile):
    c, doc = hostile
    html = to_html(c, doc)
    sections = _html_sections(html)
    assert {"Sources", "Summary", "The reader's notes", "Differing details",
            "Aligned passages", "Actors", "Quotes by speaker"} <= set(sections)
    for heading, text in sections.items():
        parser = _Tags()
        parser.feed(text)
        assert "&lt;" in text, f"section {heading!r} carries no hostile text"
        assert parser.tags <= ALLOWED_TAGS, (heading, parser.tags - ALLOWED_TAGS)
        assert parser.attributes <= ALLOWED_ATTRIBUTES, (heading, parser.attributes)
    assert "<mark class=\"number\">12 people</mark>" in sections["Differing details"]


# --- through the CLI, from a saved comparison ---------------------------------------------------

@pytest.mark.parametrize("fmt", ["md", "html"])
def test_exported_notes_of_a_saved_comparison_are_inert(hostile, tmp_path, fmt):
    c, doc = hostile
    saved = tmp_path / "work.readercmp"
    save(doc, saved)
    out = tmp_path / f"notes.{fmt}"
    assert main(["export", str(saved), "--format", fmt, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "md":
        assert not RAW_MARKUP_MD.search(text)
    else:
        parser = _Tags()
        parser.feed(text)
        assert parser.tags <= ALLOWED_TAGS
    assert "alert(9)" in text                     # the note is there, as text
