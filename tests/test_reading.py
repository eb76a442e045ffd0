"""Reading articles: encodings, broken files, header recognition and saved web pages."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.reading import (MAX_BYTES, ArticleError, article_from_text, decode, files,
                            read_article, reading_warnings, unique_ids, webpage)
from reader.reading.decoding import decoded

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

BODY = ("Pakistan announced on Wednesday that it was recalling its ambassador to Iran after an "
        "overnight strike near the border killed two children.")


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def cut(article, span):
    return article.text[span[0]:span[1]]


def header_lines(article):
    return [cut(article, span) for span in article.header_spans]


# --- decoding -----------------------------------------------------------------------------

def test_utf8_with_bom_loses_the_bom():
    assert decode("\ufeffCafé “quoted”".encode("utf-8")) == "Café “quoted”"


def test_utf16_le_and_be_with_bom():
    text = "Ambassador’s statement\r\nsecond line"
    assert decode(text.encode("utf-16")) == "Ambassador’s statement\nsecond line"
    assert decode(b"\xfe\xff" + text.encode("utf-16-be")) == "Ambassador’s statement\nsecond line"


def test_windows_1252_curly_quotes_and_accents():
    data = "“Tehran’s move,” said the envoy in Genève.".encode("cp1252")
    assert decode(data) == "“Tehran’s move,” said the envoy in Genève."


def test_plain_utf8_is_preferred_over_1252():
    assert decode("Zürich – 17 January".encode("utf-8")) == "Zürich – 17 January"


def test_line_ends_are_normalised():
    assert decode(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    bytes(range(1, 32)) * 20,
])
def test_binary_data_is_rejected(data):
    with pytest.raises(ValueError):
        decode(data)


# --- reading files ------------------------------------------------------------------------

def test_reads_a_utf16_file_with_its_header(tmp_path):
    path = write(tmp_path, "voa.txt",
                 f"Pakistan recalls envoy\r\n\r\nBy Ayaz Gul\r\n\r\n{BODY}\r\n".encode("utf-16"))
    article = read_article(path)
    assert article.id == "voa"
    assert article.path == str(path)
    assert article.title == "Pakistan recalls envoy"
    assert article.byline == "Ayaz Gul"
    assert "\r" not in article.text and not article.text.startswith("\ufeff")


def test_reads_a_cp1252_file(tmp_path):
    path = write(tmp_path, "ani.txt", f"Envoy “expelled” from café\n{BODY}".encode("cp1252"))
    assert read_article(path).title == "Envoy “expelled” from café"


PROSE = b" The council met on Monday and voted on the plan for a new library downtown." * 4


@pytest.mark.parametrize("data, text, guessed", [
    # ASCII with one lone accent byte: a Windows-1252 (or Latin-1) file, and the reader is told
    (b"The caf\xe9 shut." + PROSE, "The café shut.", "Windows-1252"),
    # UTF-8 with stray bytes stays UTF-8, however few its accents: they are replaced, not guessed
    ("Jörg Köhler wins.".encode() + b" The caf\xe9 and the b\xe4r shut." + PROSE,
     "Jörg Köhler wins. The caf\ufffd and the b\ufffdr shut.", ""),
    ("Zoë".encode() + b" caf\xe9 na\xefve r\xe9sum\xe9" + PROSE,
     "Zoë caf\ufffd na\ufffdve r\ufffdsum\ufffd", ""),
    # a real Windows-1252 file with several accented words and curly quotes
    ("“Señor Müller’s café,” said Renée in Genève.".encode("cp1252") + PROSE,
     "“Señor Müller’s café,” said Renée in Genève.", "Windows-1252"),
    # Latin-1 reads the same; a byte Windows-1252 leaves unassigned is replaced (and reported)
    ("Française à Zürich".encode("latin-1") + b" \x81 ok." + PROSE, "Française à Zürich \ufffd ok.",
     "Windows-1252"),
    # a long Windows-1252 passage pasted into a UTF-8 file with one accent: the passage wins
    ("é".encode() + "".join(f" café{i} naïve" for i in range(11)).encode("cp1252") + PROSE,
     "Ã©" + " café0 naïve", "Windows-1252"),
])
def test_the_encoding_of_text_without_a_bom_is_guessed_and_named(data, text, guessed):
    got = decoded(data)
    assert got.text.startswith(text) and got.text.endswith(PROSE.decode()[-40:])
    assert got.guessed == guessed
    assert decode(data) == got.text


def test_a_guessed_encoding_is_named_with_the_article_and_in_its_warnings(tmp_path):
    (tmp_path / "ansi.txt").write_bytes("Floods in Genève\n\nThe café shut.".encode("cp1252"))
    (tmp_path / "stray.txt").write_bytes("Floods in Genève\n\nThe café shut".encode() + b"\xff.")
    (tmp_path / "plain.txt").write_bytes("Floods in Genève\n\nThe café shut.".encode())
    ansi, stray, plain = (read_article(tmp_path / n) for n in ("ansi.txt", "stray.txt", "plain.txt"))
    assert ansi.text == plain.text and ansi.encoding == "Windows-1252"
    assert reading_warnings("ansi.txt", ansi) == ["ansi.txt: not UTF-8; read as Windows-1252"]
    assert reading_warnings("stray.txt", stray) == [
        "stray.txt: 1 character could not be decoded (shown as \ufffd)"]
    assert reading_warnings("plain.txt", plain) == [] and plain.encoding == ""


@pytest.mark.parametrize("codec, order", [("utf-16-le", "little"), ("utf-16-be", "big")])
def test_utf16_saved_without_a_bom_is_read_and_named_not_refused_as_binary(tmp_path, codec, order):
    english = "Ferry sinks off Crete\r\n\r\nA ferry sank on Monday, the coast guard said."
    greek = "Ναυάγιο στην Κρήτη\n\nΈνα πλοίο βυθίστηκε τη Δευτέρα, ανακοίνωσε το λιμενικό."
    for name, text in (("en.txt", english), ("el.txt", greek)):
        (tmp_path / name).write_bytes(text.encode(codec))
        article = read_article(tmp_path / name)
        assert article.text == text.replace("\r\n", "\n")
        assert reading_warnings(name, article) == [
            f"{name}: not UTF-8; read as UTF-16 ({order}-endian, no BOM)"]


def test_a_short_note_with_two_stray_nuls_is_text_not_binary():
    note = "Ferry sinks\n\nA ferry sank on Monday.".encode()
    assert decode(note[:20] + b"\x00\x00" + note[20:]) == note.decode()
    with pytest.raises(ValueError):                  # a NUL every few bytes is no stray one
        decode(b"\x00".join(note[k:k + 4] for k in range(0, len(note), 4)))


def test_nul_bytes_in_both_byte_positions_are_still_binary():
    # as UTF-16 these pairs would read "A\u4e00A\u4e00...", no control character among them
    with pytest.raises(ValueError):
        decode(b"A\x00\x00\x4e" * 200)


def test_a_page_declaring_its_legacy_charset_is_no_guess(tmp_path):
    page = (b"<html><head><meta charset='iso-8859-1'><title>Caf\xe9</title></head><body><article><h1>Caf\xe9 "
            b"news</h1><p>" + PROSE * 3 + b" The caf\xe9 shut.</p></article></body></html>")
    (tmp_path / "p.html").write_bytes(page)
    article = read_article(tmp_path / "p.html")
    assert "café shut" in article.text and article.encoding == ""


def test_crlf_file_offsets_point_into_the_text(tmp_path):
    path = write(tmp_path, "crlf.txt", f"Headline here\r\nJan 17, 2024\r\n{BODY}\r\n")
    article = read_article(path, article_id="custom")
    assert article.id == "custom"
    assert cut(article, article.title_span) == article.title == "Headline here"
    assert header_lines(article) == ["Jan 17, 2024"]
    assert article.text.endswith(BODY)


def test_path_is_stored_as_given(tmp_path, monkeypatch):
    write(tmp_path, "relative.txt", f"Headline\n{BODY}")
    monkeypatch.chdir(tmp_path)
    assert read_article("relative.txt").path == "relative.txt"


def test_binary_file_is_refused(tmp_path):
    path = write(tmp_path, "x.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value) == "x.bin: not a text file (binary content)"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n", "\ufeff\n".encode("utf-8")])
def test_empty_file_is_refused(tmp_path, content):
    path = write(tmp_path, "voa.txt", content)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value) == "voa.txt: the file is empty"


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError) as error:
        read_article(tmp_path / "nope.txt")
    assert str(error.value) == "nope.txt: no such file"


def test_folder_is_not_a_file(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(ArticleError) as error:
        read_article(tmp_path / "dir")
    assert str(error.value) == "dir: is a folder, not a file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "x.txt", "Headline")
    path.chmod(0)
    try:
        with pytest.raises(ArticleError) as error:
            read_article(path)
        assert str(error.value) == "x.txt: cannot read (permission denied)"
    finally:
        path.chmod(0o644)


def test_permission_error_while_reading(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    path = write(tmp_path, "x.txt", "Headline")
    monkeypatch.setattr("reader.files.os.open", refuse)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value) == "x.txt: cannot read (permission denied)"


def test_oversized_file_is_refused_before_reading(tmp_path, monkeypatch):
    assert MAX_BYTES == 5 * 1024 * 1024
    monkeypatch.setattr(files, "MAX_BYTES", 1024 * 1024)
    path = write(tmp_path, "big.txt", b"a" * (1024 * 1024 * 3 // 2))
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value) == "big.txt: too large (1.5 MB; the limit is 1 MB)"


def test_error_message_is_one_line():
    assert str(ArticleError("a\nb.txt", "no such file")) == "a b.txt: no such file"
    assert str(ArticleError("already a message")) == "already a message"


def test_unique_ids():
    assert unique_ids(["a/voa.txt", "b/voa.txt", "ani.md", "c/voa.html"]) == \
        ["voa", "voa-2", "ani", "voa-3"]
    assert unique_ids(["voa.txt", "voa-2.txt", "x/voa.txt"]) == ["voa", "voa-2", "voa-3"]


# --- text and headers ---------------------------------------------------------------------

def test_text_is_normalised_but_otherwise_verbatim():
    article = article_from_text("\n\n  Headline  \r\n\r\nFirst  para.   \nSecond\t\n\n", "p")
    assert article.text == "  Headline\n\nFirst  para.\nSecond"
    assert article.title == "Headline"
    assert cut(article, article.title_span) == "Headline"
    assert article.path == ""


def test_pasted_empty_text_is_refused():
    with pytest.raises(ArticleError):
        article_from_text(" \n \n", "clipboard")


def test_pasted_control_characters_and_broken_surrogates_become_a_reported_mark():
    pasted = "Ferry sinks\n\nThe ferry\x00 sank \x1b[31mon Monday, the \udcff coast guard said."
    article = article_from_text(pasted, "clipboard")
    assert len(article.text) == len(pasted)                   # offsets still hold
    assert article.text == ("Ferry sinks\n\nThe ferry\ufffd sank \ufffd[31mon Monday, the \ufffd "
                            "coast guard said.")
    article.text.encode("utf-8")
    assert reading_warnings("Pasted 1", article) == [
        "Pasted 1: 3 characters could not be decoded (shown as \ufffd)"]


@pytest.mark.parametrize("line, date", [
    ("Jan 17, 2024", "Jan 17, 2024"),
    ("As of: January 17, 2024 3:35 p.m", "January 17, 2024"),
    ("17 January 2024", "17 January 2024"),
    ("2024-01-17", "2024-01-17"),
    ("Published Wednesday, January 17, 2024", "January 17, 2024"),
    ("Updated: Jan. 17, 2024 10:32 AM EST", "Jan. 17, 2024"),
])
def test_date_lines(line, date):
    article = article_from_text(f"Headline\n{line}\n\n{BODY}", "a")
    assert article.date == date
    assert header_lines(article) == [line]


def test_sentence_with_a_date_is_not_a_date_line():
    text = f"Headline\nOfficials met in Islamabad on January 17, 2024 to discuss the strike.\n{BODY}"
    article = article_from_text(text, "a")
    assert article.date == "" and article.header_spans == ()


@pytest.mark.parametrize("line, byline", [
    ("By Ayaz Gul", "Ayaz Gul"),
    ("Ayaz Gul", "Ayaz Gul"),
    ("Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch"),
    ("By Jane Roe and John Smith", "Jane Roe and John Smith"),
    ("BY AFP", "AFP"),
    ("By Mohammed bin Salman al-Harbi", "Mohammed bin Salman al-Harbi"),
])
def test_byline_lines(line, byline):
    article = article_from_text(f"Headline\n\n{line}\n\n{BODY}", "a")
    assert article.byline == byline
    assert header_lines(article) == [line]


@pytest.mark.parametrize("line", ["Live Updates", "Iran defends attacks", "VOA News",
                                  "Tensions Rise Over Border"])
def test_short_labels_are_not_bylines(line):
    assert article_from_text(f"Headline\n{line}\n{BODY}", "a").byline == ""


@pytest.mark.parametrize("line", ["By Jane Roe | Reuters", "By Jane Roe, Reuters News"])
def test_byline_with_outlet(line):
    article = article_from_text(f"Headline\n{line}\n{BODY}", "a")
    assert article.byline == "Jane Roe"
    assert article.outlet in ("Reuters", "Reuters News")
    assert header_lines(article) == [line]


def test_subheading_inside_the_body_is_not_a_byline():
    text = f"Pakistan recalls envoy\n\n{BODY}\n\nIran defends attacks\n\nAyaz Gul\n\n{BODY}"
    article = article_from_text(text, "a")
    assert article.byline == ""
    assert article.header_spans == ()


def test_source_lines_at_the_top_and_the_end():
    top = article_from_text(f"Headline\nSource: VOA News\n{BODY}", "a")
    assert top.outlet == "VOA News" and header_lines(top) == ["Source: VOA News"]
    end = article_from_text(f"Headline\n{BODY}\n\n(Source: Dawn)", "b")
    assert end.outlet == "Dawn" and header_lines(end) == ["(Source: Dawn)"]


def body_sentences(article):
    from reader.engine.segment import segment
    return [s.text for s in segment(article) if s.role == "body"]


def test_a_line_holding_only_a_known_outlets_name_is_the_outlet_not_a_sentence():
    under = article_from_text(f"Envoy recalled\nThe Guardian\n\n{BODY}", "a")
    assert under.outlet == "The Guardian" and header_lines(under) == ["The Guardian"]
    above = article_from_text(f"Reuters\nEnvoy recalled\n\n{BODY}", "b")
    assert above.title == "Envoy recalled" and above.outlet == "Reuters"
    closing = article_from_text(f"Envoy recalled\n\n{BODY}\n\n\u2014 Al Jazeera", "c")
    assert closing.outlet == "Al Jazeera" and header_lines(closing) == ["\u2014 Al Jazeera"]
    agency = article_from_text(f"AP\nEnvoy recalled\n\n{BODY}", "d")
    assert agency.title == "Envoy recalled" and agency.outlet == "AP"      # the table's "AP News"
    # no headline under the name, only the body: the body stays the body
    bare = article_from_text(f"Reuters\n{BODY}\n\nThe envoy left on Thursday.", "e")
    for article in (under, above, closing, agency):
        assert body_sentences(article) == [BODY]
    assert body_sentences(bare) == [BODY, "The envoy left on Thursday."]


def test_a_file_named_after_its_headline_keeps_headline_byline_and_date():
    """Browsers save a page under its title: the name is no outlet, and the header is kept."""
    article = article_from_text(f"Gale Floods Harbour Town\nBy Mira Holt\nMarch 3, 2025\n\n{BODY}",
                                "gale-floods-harbour-town")
    assert (article.title, article.outlet, article.byline, article.date) == (
        "Gale Floods Harbour Town", "", "Mira Holt", "March 3, 2025")
    assert body_sentences(article) == [BODY]
    # ... and so when a standfirst follows the headline
    standfirst = article_from_text(f"Gale Floods Harbour Town\nFerries halted for a day\n\n{BODY}",
                                   "gale-floods-harbour-town")
    assert (standfirst.title, standfirst.outlet) == ("Gale Floods Harbour Town", "")


@pytest.mark.parametrize("second, field, value", [("By Mira Holt", "byline", "Mira Holt"),
                                                  ("March 3, 2025", "date", "March 3, 2025")])
def test_an_outlet_line_over_a_byline_or_date_does_not_make_it_the_headline(second, field, value):
    article = article_from_text(f"Reuters\n{second}\n\n{BODY}", "a")
    assert article.title != second and getattr(article, field) == value
    assert body_sentences(article) == [BODY]


def test_an_outlet_over_a_title_case_headline_and_byline():
    article = article_from_text(f"Reuters\nGale Floods Harbour Town\nBy Mira Holt\n\n{BODY}", "a")
    assert (article.title, article.outlet, article.byline) == ("Gale Floods Harbour Town", "Reuters",
                                                               "Mira Holt")


def test_a_section_word_or_a_names_short_form_alone_on_a_line_is_no_outlet():
    for word in ("News", "World", "Times", "Guardian"):
        article = article_from_text(f"Envoy recalled\n{word}\n\n{BODY}", "a")
        assert article.outlet == "" and body_sentences(article) == [word, BODY]


def test_a_line_naming_the_outlet_of_the_files_name_is_the_outlet():
    named = article_from_text(f"Envoy recalled\nValley Ledger\n\n{BODY}", "valley-ledger")
    assert named.outlet == "Valley Ledger" and body_sentences(named) == [BODY]
    # a one-word file name is as likely a topic as an outlet: its word on a line stays text
    topic = article_from_text(f"Envoy recalled\nDiplomacy\n\n{BODY}", "diplomacy")
    assert topic.outlet == "" and body_sentences(topic) == ["Diplomacy", BODY]


def test_a_file_named_after_its_writer_gives_her_byline_not_an_outlet(tmp_path):
    """"jane-roe.txt" with a "Jane Roe" line under the headline: the writer's name, as the
    file's, read as an outlet called Jane Roe. A byline is not an outlet, at the top or at the
    end; an outlet-shaped name from the file's name still is."""
    path = tmp_path / "jane-roe.txt"
    path.write_text(f"Envoy recalled\nJane Roe\nJan 17, 2024\n\n{BODY}\n", encoding="utf-8")
    article = files.read_article(path)
    assert (article.outlet, article.byline, article.date) == ("", "Jane Roe", "Jan 17, 2024")
    assert body_sentences(article) == [BODY]
    signed = article_from_text(f"Envoy recalled\n\n{BODY}\n\nJane Roe", "jane-roe")
    assert signed.outlet == ""
    assert article_from_text(f"Envoy recalled\nMaria Lopez\n\n{BODY}", "maria-lopez").byline == "Maria Lopez"
    assert article_from_text(f"Envoy recalled\nHarbour Ledger\n\n{BODY}", "harbour-ledger").outlet \
        == "Harbour Ledger"
    # a place that is also a given name, then a newspaper's word: an outlet, not a writer
    austin = article_from_text(f"Envoy recalled\nAustin Chronicle\n\n{BODY}", "austin-chronicle")
    assert (austin.outlet, austin.byline) == ("Austin Chronicle", "")


HEADLINE = "Envoy recalled after border strike"


@pytest.mark.parametrize("masthead", ["Charlotte Observer", "Victoria Advocate", "Jackson Free Press",
                                      "Austin Chronicle", "Eugene Review-Journal"])
def test_a_masthead_over_the_headline_in_a_file_of_its_name_is_the_outlet(tmp_path, masthead):
    """An outlet's name saved first, in a file named after it, whose first word is also a given
    name: the outlet, and the headline is the next line."""
    path = tmp_path / (masthead.lower().replace(" ", "-") + ".txt")
    path.write_text(f"{masthead}\n{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    article = files.read_article(path)
    assert (article.title, article.outlet, article.byline) == (HEADLINE, masthead, "")
    assert body_sentences(article) == [BODY]


@pytest.mark.parametrize("writer", ["Jane Roe", "Maria Lopez", "Mary Ann Weld", "Jane Q. Roe"])
def test_a_writers_name_over_the_headline_in_a_file_of_her_name_is_the_byline(tmp_path, writer):
    path = tmp_path / (writer.lower().replace(" ", "-") + ".txt")
    path.write_text(f"{writer}\n{HEADLINE}\n\n{BODY}\n", encoding="utf-8")
    article = files.read_article(path)
    assert (article.title, article.outlet, article.byline) == (HEADLINE, "", writer)
    assert body_sentences(article) == [BODY]


@pytest.mark.parametrize("first, stem", [
    ("Kamala Harris Concedes", None), ("Mark Wins Again", None), ("Daily Ledger Wins Award", None),
    ("Mayor Sues Harbour Town Gazette", None),
    ("Jane Roe", "obituary"),           # a name over a standfirst in a file not named after her
])
def test_a_headline_named_like_the_file_over_a_standfirst_stays_the_headline(tmp_path, first, stem):
    """A browser names a saved page after its headline: one that starts with a given name or
    ends in a newspaper's word is still the headline, over its standfirst."""
    path = tmp_path / ((stem or first.lower().replace(" ", "-")) + ".txt")
    path.write_text(f"{first}\nA long night of counting ends\n\n{BODY}\n", encoding="utf-8")
    article = files.read_article(path)
    assert (article.title, article.outlet, article.byline) == (first, "", "")


def test_a_sentence_that_names_an_outlet_stays_in_the_body():
    line = "Reuters reported the recall first."
    article = article_from_text(f"Envoy recalled\n{line}\n\n{BODY}\n\nReuters", "a")
    assert body_sentences(article) == [line, BODY] and article.outlet == "Reuters"


def test_header_and_trailer_together_in_text_order():
    text = f"Headline\nJan 17, 2024\nBy Ayaz Gul\n{BODY}\n(Source: VOA News)"
    article = article_from_text(text, "a")
    assert (article.date, article.byline, article.outlet) == ("Jan 17, 2024", "Ayaz Gul",
                                                              "VOA News")
    assert header_lines(article) == ["Jan 17, 2024", "By Ayaz Gul", "(Source: VOA News)"]


def test_given_title_that_is_not_the_first_line():
    article = article_from_text(f"{BODY}\nMore text follows here.", "a", title="Envoy recalled")
    assert article.title == "Envoy recalled"
    assert article.title_span is None


def test_given_metadata_wins_over_the_text():
    article = article_from_text(f"Headline\nJan 17, 2024\n{BODY}", "a", outlet="Dawn",
                                date="2024-01-18", url="https://example.com/a")
    assert (article.outlet, article.date, article.url) == ("Dawn", "2024-01-18",
                                                           "https://example.com/a")
    assert header_lines(article) == ["Jan 17, 2024"]


def test_markdown_headline_keeps_text_verbatim(tmp_path):
    path = write(tmp_path, "note.md", f"# Pakistan recalls envoy\n\n*By Ayaz Gul*\n\n{BODY}\n")
    article = read_article(path)
    assert article.text.startswith("# Pakistan recalls envoy\n")
    assert article.title == "Pakistan recalls envoy"
    assert cut(article, article.title_span) == article.title
    assert article.byline == "Ayaz Gul"


# --- the seed articles --------------------------------------------------------------------

def test_seed_voa():
    article = read_article(SEEDS / "voa.txt")
    assert article.title.startswith("Pakistan Suspends Diplomatic Ties With Iran")
    assert cut(article, article.title_span) == article.title
    assert (article.byline, article.outlet) == ("Ayaz Gul", "VOA News")
    assert header_lines(article) == ["Ayaz Gul", "(Source: VOA News)"]


def test_seed_ani():
    article = read_article(SEEDS / "ani.txt")
    assert article.title.startswith("Pakistan expels Iran ambassador")
    assert cut(article, article.title_span) == article.title
    assert article.date == "Jan 17, 2024"
    assert article.byline == ""
    assert header_lines(article) == ["Jan 17, 2024"]


def test_seed_tagesschau():
    article = read_article(SEEDS / "tagesschau.txt")
    assert article.title == "After rocket attack: Pakistan withdraws ambassador from Iran"
    assert cut(article, article.title_span) == article.title
    assert article.date == "January 17, 2024"
    assert header_lines(article) == ["As of: January 17, 2024 3:35 p.m", "source site"]


# --- saved web pages ----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Pakistan recalls envoy | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="Pakistan recalls envoy from Tehran">
<meta property="og:url" content="https://example.com/news/pakistan-envoy">
<meta property="article:published_time" content="2024-01-17T10:00:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<article>
<h1>Pakistan recalls envoy from Tehran</h1>
<p>Pakistan announced on Wednesday that it was recalling its ambassador to Iran after an
overnight strike near the border killed two children in the village.</p>
<p>The foreign ministry in Islamabad called the strike an unprovoked violation of its
airspace and said Iran would bear the consequences of the attack.</p>
<p>Iran said it had targeted bases of a militant group, Jaish al-Adl, which it blames for
attacks inside its territory, and that no Pakistani citizens were harmed.</p>
</article>
<footer><p>Copyright 2024 Daily Planet. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_saved_web_page(tmp_path):
    article = read_article(write(tmp_path, "planet.html", PAGE))
    assert article.id == "planet"
    assert article.title == "Pakistan recalls envoy from Tehran"
    assert cut(article, article.title_span) == article.title
    assert article.text.startswith("Pakistan recalls envoy from Tehran\n\nPakistan announced")
    assert article.text.count("Pakistan recalls envoy from Tehran") == 1
    assert article.outlet == "Daily Planet"
    assert article.date == "2024-01-17"
    assert article.url == "https://example.com/news/pakistan-envoy"
    assert "Jaish al-Adl" in article.text
    for boilerplate in ("Subscribe", "Home", "Copyright", "Privacy"):
        assert boilerplate not in article.text


def test_web_page_in_a_declared_legacy_charset(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Jaish al-Adl", "Jaish al-Adl ’Café’")
    article = read_article(write(tmp_path, "legacy.htm", page.encode("cp1252")))
    assert "Jaish al-Adl ’Café’" in article.text


def test_web_page_without_trafilatura_result_uses_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setattr(webpage, "_extract_with_trafilatura", lambda html: None)
    article = read_article(write(tmp_path, "planet.html", PAGE))
    assert article.title == "Pakistan recalls envoy from Tehran"
    assert article.outlet == "Daily Planet"
    assert "Jaish al-Adl" in article.text
    assert "Subscribe" not in article.text and "Copyright" not in article.text


def test_web_page_without_text(tmp_path):
    page = "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"
    with pytest.raises(ArticleError) as error:
        read_article(write(tmp_path, "x.html", page))
    assert str(error.value) == "x.html: no article text found in the page"


def test_page_saved_as_txt_is_still_read_as_a_page(tmp_path):
    article = read_article(write(tmp_path, "planet.txt", PAGE))
    assert article.title == "Pakistan recalls envoy from Tehran"
    assert "<p>" not in article.text
