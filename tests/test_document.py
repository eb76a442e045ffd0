"""The comparison file: round trip, atomic writes, recovery, older and damaged files."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from reader.document import Document, DocumentError, Note, load, save
from reader.document.autosave import discard, find_recoveries, write_recovery
from reader.engine import compare
from reader.reading import article_from_text
from reader.engine.model import Citation, Correction
from reader.exports.json_export import to_json
from reader.paths import seed_paths
from reader.reading import read_article


def seeds():
    return tuple(read_article(p) for p in seed_paths())


def a_document():
    arts = seeds()
    voa = next(a for a in arts if a.id == "voa")
    start = voa.text.index("China urged")
    cite = Citation("voa", start, start + 11, "China urged")
    return Document(
        articles=arts, title="Pakistan–Iran, 17 Jan", created="2026-11-23T10:00:00",
        summary="All three agree on the recall; only VOA quotes China.",
        notes=(Note("note:1", "sentence", "Only VOA has China's reaction.", (cite,)),),
        corrections=(Correction("merge_actors", names=("Foreign Office", "Foreign Ministry")),),
        view={"layout": "aligned", "zoom": 2, "selected": "voa:20"})


def test_round_trip_keeps_notes_corrections_and_view(tmp_path):
    doc = a_document()
    path = tmp_path / "work.readercmp"
    save(doc, path)
    again = load(path)
    assert again == doc and again.view == doc.view
    assert [a.text for a in again.articles] == [a.text for a in doc.articles]


def test_a_failed_write_leaves_the_previous_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "work.readercmp"
    save(a_document(), path)
    before = path.read_bytes()

    def broken_replace(*args):
        raise OSError("disk full")
    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save(Document(articles=seeds(), summary="newer"), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["work.readercmp"]   # no temp file left


def test_killing_a_writer_at_any_moment_never_corrupts_the_file(tmp_path):
    path = tmp_path / "work.readercmp"
    save(a_document(), path)
    writer = ("import sys, dataclasses\n"
              "from reader.document import load, save\n"
              "doc = load(sys.argv[1])\n"
              "i = 0\n"
              "while True:\n"
              "    i += 1\n"
              "    save(dataclasses.replace(doc, summary='x' * (i % 5000)), sys.argv[1])\n")
    for delay in (0.35, 0.5, 0.62, 0.77, 0.91, 1.1):
        proc = subprocess.Popen([sys.executable, "-c", writer, str(path)])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert load(path).articles          # always a whole file, old or new
    leftovers = [p for p in tmp_path.iterdir() if p.name != "work.readercmp"]
    for p in leftovers:                     # a killed writer may leave its temp file, never the target
        assert p.name.startswith(".work.readercmp.")


def test_recovery_restores_unsaved_notes(tmp_path):
    doc = a_document()
    write_recovery(doc, tmp_path, "untitled-1")
    found = find_recoveries(tmp_path)
    assert len(found) == 1 and found[0].document.notes == doc.notes
    discard(tmp_path, "untitled-1")
    assert find_recoveries(tmp_path) == []


def test_an_export_of_the_older_format_opens(tmp_path):
    arts = [article_from_text("Quake\n\nA quake hit the city.", "a"),
            article_from_text("City quake\n\nAn earthquake struck the city.", "b")]
    old = tmp_path / "old.json"
    old.write_text(to_json(compare(arts)), encoding="utf-8")
    doc = load(old)
    assert [a.text for a in doc.articles] == [a.text for a in arts]
    assert doc.notes == () and doc.corrections == ()


@pytest.mark.parametrize("content, reason", [
    ("not json at all", "not JSON"),
    ('{"hello": "world"}', "no reader format marker"),
    ('{"format": "reader-comparison-file", "version": 99, "articles": []}', "newer reader"),
    ('{"format": "reader-comparison-file", "version": 2, "articles": [{"id": 3}]}', "damaged"),
    ('{"format": "reader-comparison-file", "version": 2, "articles": []}', "no articles"),
])
def test_damaged_or_foreign_files_get_a_clear_message_and_change_nothing(tmp_path, content, reason):
    path = tmp_path / "x.readercmp"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        load(path)
    assert str(e.value).startswith("x.readercmp: ") and reason in str(e.value)
    assert "\n" not in str(e.value)
    assert path.read_text(encoding="utf-8") == content


def test_saved_file_is_json_with_format_and_version(tmp_path):
    path = tmp_path / "w.readercmp"
    save(a_document(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "reader-comparison-file" and data["version"] == 2


@pytest.mark.parametrize("content, reason", [
    ("[" * 200000, "not JSON"),
    ('{"format": "reader-comparison", "version": 1, "articles": [{"id": "a", "text": "   "}]}',
     "the text is empty"),
    ('{"format": "reader-comparison-file", "version": 2, "articles": ['
     '{"id": "a", "text": "Head\\n\\nBody."}, {"id": "a", "text": "Other\\n\\nText."}]}',
     "two articles share an id"),
])
def test_odd_files_get_a_message_not_a_traceback(tmp_path, content, reason):
    path = tmp_path / "odd.readercmp"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        load(path)
    assert reason in str(e.value)


def test_a_path_through_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(DocumentError, match="cannot read"):
        load(tmp_path / "afile" / "x.readercmp")


# --- every field is checked on load ---------------------------------------------------------------

def _valid() -> dict:
    """A small, valid comparison file as a dict, for one field at a time to be spoilt."""
    text = "Quake hits city\n\nA quake hit the city on Monday."
    return {"format": "reader-comparison-file", "version": 2, "title": "t", "created": "2026-01-01",
            "summary": "s", "view": {"zoom": 1},
            "articles": [{"id": "a", "text": text, "title": "Quake hits city", "outlet": "", "byline": "",
                          "date": "", "path": "a.txt", "url": "", "title_span": [0, 15],
                          "header_spans": [[0, 15]]},
                         {"id": "b", "text": "City quake\n\nAn earthquake struck the city.",
                          "title_span": None, "header_spans": []}],
            "corrections": [{"kind": "link", "refs": [{"article": "a", "start": 17, "end": 47, "text": "x"},
                                                      {"article": "b", "start": 12, "end": 42, "text": "y"}],
                             "names": [], "value": ""}],
            "notes": [{"id": "note:1", "target": "sentence", "text": "check", "subject": "",
                       "citations": [{"article": "a", "start": 17, "end": 23, "text": "A quak"}],
                       "created": "", "modified": ""}]}


def _spoil(path: str, value):
    """The valid dict with the field at path ("articles.0.title_span") set to value (or removed)."""
    data = _valid()
    *parents, last = path.split(".")
    obj = data
    for key in parents:
        obj = obj[int(key)] if isinstance(obj, list) else obj[key]
    key = int(last) if isinstance(obj, list) else last
    if value is _REMOVE:
        del obj[key]
    else:
        obj[key] = value
    return data


_REMOVE = object()


def test_the_valid_file_of_these_tests_loads(tmp_path):
    path = tmp_path / "ok.readercmp"
    path.write_text(json.dumps(_valid()), encoding="utf-8")
    doc = load(path)
    assert doc.articles[0].title_span == (0, 15) and doc.articles[0].header_spans == ((0, 15),)
    assert len(doc.notes) == 1 and len(doc.corrections) == 1 and doc.view == {"zoom": 1}


@pytest.mark.parametrize("field, value, reason", [
    ("articles.0.title_span", "0-15", "a span should be two numbers"),
    ("articles.0.title_span", [0, 15, 20], "a span should be two numbers"),
    ("articles.0.title_span", [0, "15"], "a span should be two numbers"),
    ("articles.0.title_span", [True, 15], "a span should be two numbers"),
    ("articles.0.title_span", [0, 1.5], "a span should be two numbers"),
    ("articles.0.title_span", [15, 0], "lies outside"),
    ("articles.0.title_span", [-1, 15], "lies outside"),
    ("articles.0.title_span", [0, 10 ** 6], "lies outside"),
    ("articles.0.header_spans", [[0, 15], [40, 400]], "lies outside"),
    ("articles.0.header_spans", [[0, 15], "x"], "a span should be two numbers"),
    ("articles.0.header_spans", {"0": 15}, "'header_spans' should be a list"),
    ("articles.0.id", _REMOVE, "'id' is missing"),
    ("articles.0.id", "", "'id' should be a short name"),
    ("articles.0.id", "a\x1b[31m", "'id' should be a short name"),
    ("articles.0.id", 7, "'id' should be text"),
    ("articles.0.text", _REMOVE, "'text' is missing"),
    ("articles.0.text", ["A quake"], "'text' should be text"),
    ("articles.0.text", " \n ", "the text is empty"),
    ("articles.0.title", 3, "'title' should be text"),
    ("articles.0.outlet", {"x": 1}, "'outlet' should be text"),
    ("articles.0.date", 2024, "'date' should be text"),
    ("articles.0.date_source", ["page"], "'date_source' should be text"),
    ("articles.0.path", ["a"], "'path' should be text"),
    ("articles.1", "an article", "an entry is not an object"),
    ("articles", {"a": 1}, "'articles' should be a list"),
    ("corrections.0.kind", "delete_everything", "unknown correction"),
    ("corrections.0.names", ["x", 3], "names should be text"),
    ("corrections.0.names", ["a", "b", "c"], "3 names in one correction"),
    ("corrections.0.refs", [{"article": "a", "start": 0, "end": 1}] * 3, "3 passages in one correction"),
    ("corrections.0.refs.0.start", -5, "'start' is negative"),
    ("corrections.0.refs.0.start", "17", "'start' should be a whole number"),
    ("corrections.0.refs.0.end", 3, "ends before it starts"),
    ("corrections.0.refs.0.article", None, "'article' is missing"),
    ("corrections.0.value", 1, "'value' should be text"),
    ("notes.0.target", "everything", "unknown note target"),
    ("notes.0.id", _REMOVE, "'id' is missing"),
    ("notes.0.text", None, "'text' should be text"),
    ("notes.0.citations", "A quake", "'citations' should be a list"),
    ("notes.0.citations.0.end", 1.5, "'end' should be a whole number"),
    ("notes.0.subject", [], "'subject' should be text"),
    ("notes.0.created", 0, "'created' should be text"),
    ("summary", ["s"], "'summary' should be text"),
    ("title", 1, "'title' should be text"),
    ("created", {}, "'created' should be text"),
    ("view", [], "'view' should be an object"),
    ("notes", {"note:1": {}}, "'notes' should be a list"),
])
def test_every_field_is_checked_on_load(tmp_path, field, value, reason):
    path = tmp_path / "bad.readercmp"
    content = json.dumps(_spoil(field, value))
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        load(path)
    assert str(e.value).startswith("bad.readercmp: damaged comparison file (")
    assert reason in str(e.value) and "\n" not in str(e.value)
    assert path.read_text(encoding="utf-8") == content


def test_two_notes_with_one_id_are_refused(tmp_path):
    data = _valid()
    data["notes"].append(dict(data["notes"][0]))
    path = tmp_path / "bad.readercmp"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentError, match="two notes share an id"):
        load(path)


def test_a_note_citing_a_passage_that_moved_or_a_removed_source_still_opens(tmp_path):
    """Citations are kept with their words: offsets past today's text and a source no longer in
    the comparison are what "no longer found" in the exports is for, not damage."""
    data = _valid()
    data["notes"][0]["citations"] = [{"article": "a", "start": 900, "end": 906, "text": "A quak"},
                                     {"article": "gone", "start": 0, "end": 4, "text": "Gone"}]
    path = tmp_path / "ok.readercmp"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [c.start for c in load(path).notes[0].citations] == [900, 0]


@pytest.mark.parametrize("key, limit, make, reason", [
    ("MAX_NOTES", 3, lambda d: d.update(notes=[dict(d["notes"][0], id=f"n{k}") for k in range(4)]),
     "4 notes; reader opens at most 3"),
    ("MAX_CORRECTIONS", 2, lambda d: d.update(corrections=d["corrections"] * 3),
     "3 corrections; reader opens at most 2"),
    ("MAX_CITATIONS", 1, lambda d: d["notes"][0].update(citations=d["notes"][0]["citations"] * 2),
     "2 citations in one note"),
    ("MAX_ARTICLE_BYTES", 40, lambda d: None, "article a: too long"),
])
def test_counts_and_sizes_are_bounded(tmp_path, monkeypatch, key, limit, make, reason):
    monkeypatch.setattr(f"reader.document.fileformat.{key}", limit)
    data = _valid()
    make(data)
    path = tmp_path / "big.readercmp"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        load(path)
    assert reason in str(e.value)


def test_an_article_inside_gets_the_limit_a_file_gets():
    from reader.document import fileformat
    from reader.reading import MAX_BYTES
    assert fileformat.MAX_ARTICLE_BYTES == MAX_BYTES


def test_a_flat_json_bomb_is_refused_before_it_is_built(tmp_path):
    path = tmp_path / "bomb.readercmp"
    path.write_text('{"format": "reader-comparison-file", "version": 2, "view": {"x": ['
                    + "[]," * 1_100_000 + "[]]}}", encoding="utf-8")
    with pytest.raises(DocumentError, match="far more entries than reader writes"):
        load(path)


# --- damaged text: lone surrogates ----------------------------------------------------------------

def test_lone_surrogates_become_replacement_characters_and_are_reported(tmp_path):
    data = _valid()
    data["articles"][0]["text"] = data["articles"][0]["text"].replace("city on", "city \ud800n")
    data["notes"][0]["text"] = "bad \udfff note"
    path = tmp_path / "s.readercmp"
    path.write_text(json.dumps(data), encoding="ascii")          # \ud800 escapes: valid JSON
    doc = load(path)
    assert "city \ufffdn" in doc.articles[0].text                  # same length: offsets hold
    assert len(doc.articles[0].text) == len(_valid()["articles"][0]["text"])
    assert doc.notes[0].text == "bad \ufffd note"
    from reader.document.fileformat import warnings
    assert warnings(doc, "s.readercmp") == [
        "s.readercmp, article a: 1 character could not be decoded (shown as \ufffd)",
        "s.readercmp, notes: 1 character could not be decoded (shown as \ufffd)"]
    save(doc, path)                                              # and it saves again
    assert load(path) == doc


def test_a_path_that_is_not_utf8_saves_as_valid_utf8(tmp_path):
    art = article_from_text("Quake\n\nA quake hit the city.", "a")
    other = article_from_text("City quake\n\nAn earthquake struck the city.", "b")
    import dataclasses
    doc = Document(articles=(dataclasses.replace(art, path="/tmp/caf\udce9.txt"), other))
    path = tmp_path / "w.readercmp"
    save(doc, path)
    path.read_bytes().decode("utf-8")
    assert load(path).articles[0].path == "/tmp/caf\ufffd.txt"


# --- what is not a file ---------------------------------------------------------------------------

def _load_within(path, seconds=10.0):
    """load(path) in a thread, so a regression that blocks fails the test instead of hanging it."""
    import threading
    outcome = {}

    def run():
        try:
            outcome["doc"] = load(path)
        except Exception as e:             # noqa: BLE001 - handed to the test
            outcome["error"] = e
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"load({path.name}) still running after {seconds} s"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_readercmp_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.readercmp"
    os.mkfifo(fifo)
    error = _load_within(fifo)["error"]
    assert isinstance(error, DocumentError)
    assert str(error) == "pipe.readercmp: not a regular file (a pipe, device or socket)"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused(tmp_path, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    link = tmp_path / "dev.readercmp"
    link.symlink_to(device)
    error = _load_within(link)["error"]
    assert str(error) == "dev.readercmp: not a regular file (a pipe, device or socket)"


def test_an_oversized_comparison_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr("reader.document.fileformat.MAX_BYTES", 1000)
    path = tmp_path / "big.readercmp"
    path.write_text(json.dumps(_valid()) + " " * 2000, encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        load(path)
    assert "big.readercmp: too large to be a comparison file" in str(e.value)


def test_a_symlink_loop_is_named_as_such(tmp_path):
    (tmp_path / "one.readercmp").symlink_to(tmp_path / "two.readercmp")
    (tmp_path / "two.readercmp").symlink_to(tmp_path / "one.readercmp")
    with pytest.raises(DocumentError) as e:
        load(tmp_path / "one.readercmp")
    assert str(e.value) == "one.readercmp: cannot read (a loop of symbolic links)"
