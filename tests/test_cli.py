"""`reader compare` as a user runs it: output formats, and one clear line per bad input."""
import json
import os
import subprocess
import sys
import time

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


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_the_command_through_a_pipe_prints_what_main_gives_in_process(capsys, fmt):
    """`reader compare` run as a command (its output through a pipe, its process ended by
    cli._leave) prints all that main() gives in process."""
    assert main(["compare", *SEEDS, "--format", fmt]) == 0
    here = capsys.readouterr().out
    r = run_cli("compare", *SEEDS, "--format", fmt)
    assert r.returncode == 0 and r.stdout == here and len(here) > 1000


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
    longest = max(SEEDS, key=lambda p: len(open(p, encoding="utf-8").read()))
    assert f"the longest: {os.path.basename(longest)} (" in err


def test_a_full_disk_on_standard_output_is_one_line():
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "reader", "compare", *SEEDS], stdout=full,
                           stderr=subprocess.PIPE, text=True, timeout=120)
    assert r.returncode == 2 and "cannot write to standard output" in r.stderr
    assert "Traceback" not in r.stderr


# --- hostile names and bytes ----------------------------------------------------------------------

BODY = "Quake hits city\n\nA strong earthquake hit the city on Monday, officials said.\n"


@pytest.mark.skipif(sys.platform == "darwin" or os.name != "posix",
                    reason="needs a file system that takes any bytes as a name")
@pytest.mark.parametrize("to_file", [False, True])
def test_a_file_name_that_is_not_utf8_gives_valid_utf8_output(tmp_path, to_file):
    name = os.path.join(os.fsencode(tmp_path), b"name_latin1_caf\xe9.txt")
    with open(name, "wb") as f:
        f.write(BODY.encode("utf-8"))
    out = tmp_path / "out.json"
    args = ["compare", os.fsdecode(name), SEEDS[0], "--format", "json"]
    args += ["-o", str(out)] if to_file else []
    r = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, timeout=120)
    assert r.returncode == 0 and b"Traceback" not in r.stderr
    data = json.loads((out.read_bytes() if to_file else r.stdout).decode("utf-8"))   # strict UTF-8
    assert data["articles"][0]["id"] == "name_latin1_caf\ufffd"
    assert data["articles"][0]["path"].endswith("name_latin1_caf\ufffd.txt")


@pytest.mark.skipif(os.name != "posix", reason="control characters in file names")
def test_control_characters_in_a_file_name_do_not_reach_the_terminal(tmp_path, capsys):
    path = tmp_path / "\x1b[31mred\x1b]0;title\x07.txt"
    assert main(["compare", str(path), SEEDS[0]]) == 2
    err = capsys.readouterr().err
    assert err == "reader: \\x1b[31mred\\x1b]0;title\\x07.txt: no such file\n"


def test_a_symlink_loop_is_not_called_missing(tmp_path, capsys):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert main(["compare", str(tmp_path / "a.txt"), SEEDS[0]]) == 2
    assert capsys.readouterr().err == "reader: a.txt: cannot read (a loop of symbolic links)\n"


def test_one_stray_byte_keeps_utf8_and_is_reported(tmp_path, capsys):
    path = tmp_path / "stray.txt"
    text = "Müller resigns\n\nJosé Müller said the deal was done"
    path.write_bytes(text.encode("utf-8") + b"\xff today.\n")
    assert main(["compare", str(path), SEEDS[0], "--format", "json"]) == 0
    captured = capsys.readouterr()
    text = json.loads(captured.out)["articles"][0]["text"]
    assert text == "Müller resigns\n\nJosé Müller said the deal was done\ufffd today."
    assert captured.err == ("reader: warning: stray.txt: 1 character could not be decoded "
                            "(shown as \ufffd)\n")


def test_a_windows_1252_file_is_read_and_the_encoding_named(tmp_path, capsys):
    path = tmp_path / "ansi.txt"
    path.write_bytes("Müller resigns\n\nJosé Müller said the “deal” was done.\n".encode("cp1252"))
    assert main(["compare", str(path), SEEDS[0], "--format", "json"]) == 0
    captured = capsys.readouterr()
    text = json.loads(captured.out)["articles"][0]["text"]
    assert text.startswith("Müller resigns\n\nJosé Müller said the “deal”")
    assert captured.err == "reader: warning: ansi.txt: not UTF-8; read as Windows-1252\n"


@pytest.mark.parametrize("run, times, why", [
    ("Go. ", 300_000, "full stops and other sentence ends in all"),  # 1.2 MB: Punkt ran out of time
    ("Go. ", 13_000, "over 12,000 sentences in all"),
    ("go. ", 100_000, "100,015 full stops and other sentence ends in all"),  # one merged "sentence"
    ("Go go ", 160_000, " characters in all"),      # one sentence, that three engine stages choke on
])
def test_megabytes_of_go_go_go_are_refused_quickly_and_named(tmp_path, capsys, run, times, why):
    path = tmp_path / "go.txt"
    path.write_text("Go\n\n" + run * times, encoding="utf-8")
    start = time.monotonic()
    assert main(["compare", str(path), SEEDS[0]]) == 2
    assert time.monotonic() - start < 20
    err = capsys.readouterr().err
    assert err.startswith("reader: too much text to compare at once: ") and "the longest: go.txt (" in err
    assert why in err


def test_an_exported_comparison_with_damaged_text_warns(tmp_path, capsys):
    from reader.document import Document, save
    from reader.reading import article_from_text
    arts = (article_from_text("Quake\n\nA quake hit the city \ufffd today.", "a"),
            article_from_text("City quake\n\nAn earthquake struck the city.", "b"))
    save(Document(articles=arts), tmp_path / "w.readercmp")
    assert main(["export", str(tmp_path / "w.readercmp"), "--format", "md"]) == 0
    assert capsys.readouterr().err == ("reader: warning: w.readercmp, article a: 1 character could not "
                                       "be decoded (shown as \ufffd)\n")


@pytest.mark.parametrize("texts", [("Yo\n\nIt rained again.\n", "Ok\n\nSo very cold.\n"),
                                   ("Yo\n\nBlue kettles whistle loudly.\n",
                                    "Ok\n\nGreen lamps flicker softly.\n")])
def test_two_short_notes_with_no_word_in_common_compare(tmp_path, capsys, texts):
    """Notes too short to link (one content word) or with no word in common are a comparison
    with no links, not a crash."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(texts[0], encoding="utf-8")
    second.write_text(texts[1], encoding="utf-8")
    assert main(["compare", str(first), str(second), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["articles"]) == 2 and data["links"] == [] and data["differences"] == []


def test_leaving_flushes_what_is_still_buffered_before_the_process_ends(monkeypatch):
    """cli._leave ends the process without Python's clean-up: what stdout and stderr still
    hold must be written first."""
    import io
    import os

    from reader import cli

    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8") for name in ("stdout", "stderr")}
    for name, stream in streams.items():
        monkeypatch.setattr(sys, name, stream)
        stream.write(f"last words on {name}\n")        # held in the wrapper until flushed
    seen = {}

    def exit_now(code):
        seen.update({name: s.buffer.getvalue() for name, s in streams.items()}, code=code)
        raise SystemExit(code)

    monkeypatch.setattr(os, "_exit", exit_now)
    with pytest.raises(SystemExit):
        cli._leave(3)
    assert seen == {"stdout": b"last words on stdout\n", "stderr": b"last words on stderr\n", "code": 3}
