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
