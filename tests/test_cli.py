"""`reader compare` as a user runs it: output formats, and one clear line per bad input."""
import json
import subprocess
import sys

import pytest

from reader.cli import main
from reader.paths import seed_paths

SEEDS = [str(p) for p in seed_paths()]


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True,
                          timeout=120)


def test_json_follows_the_contract(capsys):
    assert main(["compare", *SEEDS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "reader-comparison" and data["version"] == 1
    ids = {a["id"] for a in data["articles"]}
    assert len(ids) == 3
    sentence_ids = {s["id"] for a in data["articles"] for s in a["sentences"]}
    for link in data["links"]:
        assert {link["a"], link["b"]} <= sentence_ids and link["kind"] in ("same", "partial")
    texts = {a["id"]: a["text"] for a in data["articles"]}
    spans = {s["id"]: (s["start"], s["end"]) for a in data["articles"] for s in a["sentences"]}
    for d in data["differences"]:
        for side in (d["a"], d["b"]):
            art = side["sentence"].rsplit(":", 1)[0]
            assert texts[art][side["start"]:side["end"]] == side["text"]
            start, end = spans[side["sentence"]]
            assert start <= side["start"] <= side["end"] <= end     # a span lies in its sentence
    actor_ids = {a["id"] for a in data["actors"]}
    assert all(q["speaker"] in actor_ids for q in data["quotes"] if q["speaker"])


def test_markdown_notes_written_to_a_file(tmp_path):
    out = tmp_path / "notes.md"
    assert main(["compare", *SEEDS, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ") and "VOA News" in text and "Differing details" in text


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"\x00\x01\x02\x89PNG\x00\x00", "binary"),
])
def test_bad_file_gets_one_line_and_status_2(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    r = run_cli("compare", str(bad), SEEDS[0])
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "bad.txt" in r.stderr and reason in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_and_oversized_files(tmp_path, capsys, monkeypatch):
    assert main(["compare", str(tmp_path / "nope.txt"), SEEDS[0]]) == 2
    assert "nope.txt: no such file" in capsys.readouterr().err
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "Words and more words. " * 300, encoding="utf-8")
    monkeypatch.setattr("reader.reading.files.MAX_BYTES", 1000)
    assert main(["compare", str(big), SEEDS[0]]) == 2
    assert "big.txt: too large" in capsys.readouterr().err


def test_unwritable_output_is_a_clear_error(tmp_path, capsys):
    assert main(["compare", *SEEDS, "-o", str(tmp_path / "no" / "such" / "dir" / "x.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_help_explains_every_option():
    r = run_cli("compare", "--help")
    assert r.returncode == 0
    for option in ("--format", "json", "md", "-o", "FILE"):
        assert option in r.stdout


def test_version_comes_from_package_metadata():
    from importlib.metadata import version
    r = run_cli("--version")
    assert r.stdout.strip() == f"reader {version('reader')}"


def test_more_text_than_one_comparison_handles_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("reader.engine.pipeline.MAX_SENTENCES", 20)
    assert main(["compare", *SEEDS]) == 2
    err = capsys.readouterr().err
    assert "too much text to compare at once" in err and err.count("\n") == 1


def test_a_full_disk_on_standard_output_is_one_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "reader", "compare", *SEEDS], stdout=full,
                           stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 2 and "cannot write to standard output" in r.stderr
    assert "Traceback" not in r.stderr
