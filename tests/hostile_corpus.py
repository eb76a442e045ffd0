"""A corpus of odd and hostile inputs for `reader compare` and `reader export`, made on the fly.

Each case builds its inputs in a folder of its own (large ones are generated, so the repository
stays small) and says what a user must get: a correct result (checked), or a one-line error
naming the file and the reason, with exit status 2. tests/test_hostile_corpus.py runs them all
within a time and memory bound. To look at the inputs, write them out:

    python tests/hostile_corpus.py OUT_FOLDER
"""
from __future__ import annotations

import codecs
import json
import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

POSIX = os.name == "posix"
ANY_BYTES_IN_NAMES = POSIX and sys.platform != "darwin"     # macOS wants UTF-8 names

HEADLINE = "Quake hits the city"
BODY = ("A strong earthquake hit the city on Monday, officials said. At least 12 people died and "
        "dozens were hurt. Rescue teams searched the rubble through the night.")
ARTICLE = f"{HEADLINE}\n\n{BODY}\n"
OTHER = ("City earthquake\n\nAn earthquake struck the city on Monday, police said. Eleven people "
         "died. Rescue teams searched collapsed buildings overnight.\n")


@dataclass
class Result:
    code: object                   # exit status, or "timeout" / "traceback"
    stdout: str
    stdout_is_utf8: bool
    stderr: str
    seconds: float
    peak_mb: float
    folder: Path


@dataclass
class Case:
    """build(folder) writes the inputs and returns the arguments of `reader`; expect is "ok" or
    the reason the one-line error must give, about the file named `names`."""

    name: str
    build: Callable[[Path], list]
    expect: str = "ok"
    names: str = ""                                   # the file name the error must show
    check: Optional[Callable[[Result], None]] = None  # more checks on a correct result
    warns: str = ""                                   # what a warning on stderr must say
    process: bool = False          # run as its own `python -m reader` (pipes, devices, big files)
    seconds: float = 10.0          # processor time
    megabytes: float = 1024.0      # peak resident memory
    needs: str = ""                # "posix", "bytes-names", "fifo", a device path: skipped without


# --- building blocks ----------------------------------------------------------------------------

def write(folder: Path, name, data) -> str:
    """Write data (str as UTF-8, or bytes) to folder/name (str, or bytes for any-byte names)."""
    path = os.path.join(os.fsencode(folder), name) if isinstance(name, bytes) else str(folder / name)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return os.fsdecode(path)


def other(folder: Path) -> str:
    return write(folder, "other.txt", OTHER)


def compare(name, data, *options):
    """A case builder: `reader compare NAME other.txt --format json` (options replace the format)."""
    def build(folder: Path) -> list:
        path = write(folder, name, data)
        return ["compare", path, other(folder), *(options or ("--format", "json"))]
    return build


def export(name, data, *options):
    def build(folder: Path) -> list:
        path = write(folder, name, data)
        return ["export", path, *(options or ("--format", "json"))]
    return build


def json_out(r: Result) -> dict:
    assert r.stdout_is_utf8
    return json.loads(r.stdout)


def first_text(r: Result) -> str:
    return json_out(r)["articles"][0]["text"]


def text_is(expected: str) -> Callable[[Result], None]:
    def check(r: Result) -> None:
        assert first_text(r) == expected, first_text(r)[:200]
    return check


def text_has(*parts: str) -> Callable[[Result], None]:
    def check(r: Result) -> None:
        text = first_text(r)
        for part in parts:
            assert part in text, (part, text[:200])
    return check


def comparison_file(articles=None, **fields) -> dict:
    return {"format": "reader-comparison-file", "version": 2,
            "articles": articles if articles is not None else
            [{"id": "a", "text": ARTICLE}, {"id": "b", "text": OTHER}], **fields}


def saved(data: dict, ensure_ascii: bool = True) -> bytes:
    return json.dumps(data, ensure_ascii=ensure_ascii).encode("utf-8")


def stdout_has(*parts: str) -> Callable[[Result], None]:
    def check(r: Result) -> None:
        assert r.stdout_is_utf8
        for part in parts:
            assert part in r.stdout, (part, r.stdout[:300])
    return check


def utf8_output(r: Result) -> None:
    assert r.stdout_is_utf8 and r.stdout


def pdf_written(r: Result) -> None:
    assert (r.folder / "p.pdf").read_bytes().startswith(b"%PDF")


def no_escape_character(r: Result) -> None:
    assert r.stdout_is_utf8 and "\x1b" not in r.stdout and "wipe" in r.stdout


def no_escape_character_md(r: Result) -> None:
    assert r.stdout_is_utf8 and "\x1b" not in r.stdout and "\x07" not in r.stdout and "0;x\ufffd" in r.stdout


def no_raw_markup(r: Result) -> None:
    import re
    assert r.stdout_is_utf8 and "alert" in r.stdout
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", r.stdout.split("\n", 1)[1]), "raw HTML in Markdown"


def link_to(target: str):
    def build(folder: Path) -> list:
        (folder / "work.readercmp").symlink_to(target)
        return ["export", str(folder / "work.readercmp")]
    return build


def fifo(name: str, command: str):
    def build(folder: Path) -> list:
        os.mkfifo(folder / name)
        return [command, str(folder / name)] + ([other(folder)] if command == "compare" else [])
    return build


def device_link(name: str, device: str, command: str):
    def build(folder: Path) -> list:
        (folder / name).symlink_to(device)
        return [command, str(folder / name)] + ([other(folder)] if command == "compare" else [])
    return build


def symlink_loop(name: str, command: str):
    def build(folder: Path) -> list:
        (folder / name).symlink_to(folder / f"x{name}")
        (folder / f"x{name}").symlink_to(folder / name)
        return [command, str(folder / name)] + ([other(folder)] if command == "compare" else [])
    return build


def big_comparison_file(folder: Path, article_mb: int) -> list:
    """A comparison file holding one article of article_mb MB, written in pieces."""
    path = folder / "huge.readercmp"
    with open(path, "wb") as f:
        f.write(b'{"format": "reader-comparison-file", "version": 2, "articles": [{"id": "a", "text": "'
                + HEADLINE.encode() + b"\\n\\n")
        chunk = (b"The minister said on Monday that the talks would resume. " * 19_000)[:1024 * 1024]
        for _ in range(article_mb):
            f.write(chunk)
        f.write(b'"}, {"id": "b", "text": ' + json.dumps(OTHER).encode() + b"}]}")
    return ["export", str(path)]


def many_notes(count: int):
    def build(folder: Path) -> list:
        notes = ",".join(f'{{"id": "note:{k}", "target": "sentence", "text": "note {k}", "citations": '
                         f'[{{"article": "a", "start": 21, "end": 30, "text": "A strong "}}]}}'
                         for k in range(count))
        data = saved(comparison_file())[:-1] + b', "notes": [' + notes.encode() + b"]}"
        return ["export", write(folder, "notes.readercmp", data)]
    return build


def mode_kept(folder: Path) -> list:
    out = folder / "notes.md"
    out.write_text("old private notes", encoding="utf-8")
    out.chmod(0o600)
    (folder / ".notes.md.leftover.tmp").write_bytes(b"half a save")       # a killed save's
    return ["compare", write(folder, "a.txt", ARTICLE), other(folder), "-o", str(out)]


def check_mode_kept(r: Result) -> None:
    out = r.folder / "notes.md"
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)
    assert out.read_text(encoding="utf-8").startswith("# ")
    assert not (r.folder / ".notes.md.leftover.tmp").exists(), "leftover temp file not cleared"


def through_link(folder: Path) -> list:
    (folder / "real").mkdir()
    (folder / "real" / "notes.json").write_text("{}", encoding="utf-8")
    (folder / "notes.json").symlink_to(folder / "real" / "notes.json")
    return ["compare", write(folder, "a.txt", ARTICLE), other(folder), "--format", "json",
            "-o", str(folder / "notes.json")]


def check_through_link(r: Result) -> None:
    assert (r.folder / "notes.json").is_symlink()
    data = json.loads((r.folder / "real" / "notes.json").read_text(encoding="utf-8"))
    assert data["format"] == "reader-comparison"


def non_utf8_name_to(fmt: str, to_file: bool):
    def build(folder: Path) -> list:
        path = write(folder, b"name_latin1_caf\xe9.txt", ARTICLE)
        args = ["compare", path, other(folder), "--format", fmt]
        return args + (["-o", str(folder / f"out.{fmt}")] if to_file else [])
    return build


def non_utf8_name_check(fmt: str, to_file: bool):
    def check(r: Result) -> None:
        data = (r.folder / f"out.{fmt}").read_bytes().decode("utf-8") if to_file else r.stdout
        assert r.stdout_is_utf8 and "caf\ufffd" in data
        if fmt == "json":
            assert json.loads(data)["articles"][0]["id"] == "name_latin1_caf\ufffd"
    return check


def two_with_one_name(folder: Path) -> list:
    (folder / "x").mkdir()
    (folder / "y").mkdir()
    return ["compare", write(folder / "x", "voa.txt", ARTICLE), write(folder / "y", "voa.txt", OTHER),
            "--format", "json"]


def ids_are(*ids: str):
    def check(r: Result) -> None:
        assert [a["id"] for a in json_out(r)["articles"]] == list(ids)
    return check


def hostile_labels_file() -> bytes:
    """A comparison whose outlet labels, date, title and notes carry markup."""
    arts = [{"id": "a", "text": ARTICLE, "outlet": f"Daily {SCRIPT}", "date": "<img src=x onerror=alert(2)>"},
            {"id": "b", "text": OTHER, "outlet": "<b onclick=alert(3)>Post</b>"}]
    notes = [{"id": "note:1", "target": "summary", "text": f"see {SCRIPT}"}]
    return saved(comparison_file(arts, notes=notes, created=SCRIPT, title=f"T {SCRIPT}",
                                 summary=f"S {SCRIPT}"))


def v1_export_of(folder: Path) -> list:
    data = {"format": "reader-comparison", "version": 1,
            "articles": [{"id": "a", "text": ARTICLE, "path": "a.txt"}, {"id": "b", "text": OTHER}]}
    return ["export", write(folder, "old.json", json.dumps(data)), "--format", "json"]


def spoilt(**changes) -> bytes:
    article = {"id": "a", "text": ARTICLE, **changes}
    return saved(comparison_file([article, {"id": "b", "text": OTHER}]))


def seeded_bytes(n: int, seed: int = 11) -> bytes:
    return random.Random(seed).randbytes(n)


def nested_html(depth: int) -> str:
    return ("<html><body>" + "<div>" * depth + f"<p>{BODY}</p>" + "</div>" * depth
            + "</body></html>")


def _laugh(k: int) -> str:
    inner = "&lol;" if k == 1 else f"&lol{k - 1};"
    return f'<!ENTITY lol{k} "{inner * 10}">'


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(_laugh(k) for k in range(1, 10))
                  + f"]>\n<html><body><h1>Laughs</h1><p>&lol9;</p><p>{BODY}</p></body></html>")
PAGE = f"<html><body><article><h1>{HEADLINE}</h1><p>{BODY}</p></article></body></html>"
SCRIPT = "<script>alert(1)</script>"


def esc_name(folder: Path) -> list:
    return ["compare", str(folder / "\x1b[31mred\x1b]0;pwned\x07.txt"), other(folder)]


def missing(name: str, command: str = "compare"):
    def build(folder: Path) -> list:
        path = os.fsdecode(os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else
                                        os.fsencode(name)))
        return [command, path] + ([other(folder)] if command == "compare" else [])
    return build


def folder_named(name: str, command: str):
    def build(folder: Path) -> list:
        (folder / name).mkdir()
        return [command, str(folder / name)] + ([other(folder)] if command == "compare" else [])
    return build


def dangling(folder: Path) -> list:
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    return ["compare", str(folder / "gone.txt"), other(folder)]


def output_to_folder(folder: Path) -> list:
    return ["compare", write(folder, "a.txt", ARTICLE), other(folder), "-o", str(folder)]


def pdf_of_damaged(folder: Path) -> list:
    data = saved(comparison_file([{"id": "a", "text": ARTICLE + "\ud83d"}, {"id": "b", "text": OTHER}]))
    return ["export", write(folder, "p.readercmp", data), "--format", "pdf", "-o", str(folder / "p.pdf")]


def with_text(text: str, **fields) -> bytes:
    return saved(comparison_file([{"id": "a", "text": text}, {"id": "b", "text": OTHER}], **fields))


def with_citation(**citation) -> bytes:
    note = {"id": "n", "target": "sentence", "text": "t", "citations": [{"article": "a", **citation}]}
    return saved(comparison_file(notes=[note]))


DAMAGED_NOTE = [{"id": "note:1", "target": "summary", "text": "bad \udfff note"}]
MERGES = [{"kind": "merge_actors", "names": ["A", "B"]}]
WEIRD = {"u16le.txt": codecs.BOM_UTF16_LE + "Zürich “quote”\n\nText here.".encode("utf-16-le"),
         "u16be.txt": codecs.BOM_UTF16_BE + "Genève\n\nText here.".encode("utf-16-be"),
         "u32.txt": "Kraków\n\nText here.".encode("utf-32"),
         "u8bom.txt": codecs.BOM_UTF8 + "Señor\n\nText here.".encode(),
         "ansi.txt": "José Müller – “quoted”\n\nText here.".encode("cp1252")}
STRAY = "José Müller quits\n\nJosé Müller said".encode() + b"\xff it was over."
STRAY3 = ("Ärger in Köln – Straßen gesperrt\n\n".encode() + b"Der B\xfcrgermeister sagte \xe4 und \xf6. "
          + "Große Sorge.".encode())
WRONG_CHARSET = (b"<html><head><meta charset='utf-8'></head><body><h1>Caf\xe9 news</h1><p>" + BODY.encode()
                 + b" The caf\xe9 was shut.</p></body></html>")
BOGUS_CHARSET = f"<html><head><meta charset='x-nothing'></head><body><h1>{HEADLINE}</h1><p>{BODY}</p></body>"
NO_ARTICLE = "<html><body><nav>Home</nav><script>x()</script></body></html>"
SVG = "<svg xmlns='http://www.w3.org/2000/svg'><text>x</text></svg>"
PROSE_4_9_MB = (HEADLINE + "\n\n" + (BODY + "\n\n") * 30_000)[:4_900_000]
NO_STOP_4_9_MB = ("Go\n\n" + "Go go " * 820_000)[:4_900_000]
FLAT_BOMB = ('{"format": "reader-comparison-file", "version": 2, "view": {"x": ['
             + "[]," * 1_200_000 + "[]]}}")


# --- the corpus ---------------------------------------------------------------------------------

CASES: list[Case] = [
    # empty, binary and not-text files
    Case("empty", compare("empty.txt", b""), "the file is empty", "empty.txt"),
    Case("blank-lines", compare("blank.txt", " \n\t\r\n \n"), "the file is empty", "blank.txt"),
    Case("bom-only", compare("bom.txt", codecs.BOM_UTF8), "the file is empty", "bom.txt"),
    Case("png", compare("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)),
         "not a text file", "photo.txt"),
    Case("one-nul-in-utf8", compare("nul.txt", ARTICLE.encode() + b"\x00" + BODY.encode()),
         check=text_has("through the night.\n" + BODY)),               # a stray NUL is dropped
    Case("nuls-every-20-bytes", compare("nuls.txt", b"\x00".join(ARTICLE.encode()[k:k + 20]
                                                                 for k in range(0, len(ARTICLE), 20))),
         "not a text file", "nuls.txt"),
    Case("random-bytes", compare("noise.txt", seeded_bytes(65_536)), "not a text file", "noise.txt"),
    Case("zip", compare("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + seeded_bytes(4000, 2)),
         "not a text file", "archive.md"),
    Case("control-soup", compare("ctl.txt", bytes(range(1, 32)) * 40), "not a text file", "ctl.txt"),
    # encodings that must read right, and damage that is reported
    Case("utf16-le-bom", compare("u16le.txt", WEIRD["u16le.txt"]),
         check=text_is("Zürich “quote”\n\nText here.")),
    Case("utf16-be-bom", compare("u16be.txt", WEIRD["u16be.txt"]), check=text_is("Genève\n\nText here.")),
    Case("utf32-bom", compare("u32.txt", WEIRD["u32.txt"]), check=text_is("Kraków\n\nText here.")),
    # UTF-16 saved without its BOM: a NUL every other byte is its high bytes, not binary data
    Case("utf16-no-bom", compare("wide.txt", ARTICLE.encode("utf-16-le")), check=text_is(ARTICLE.strip()),
         warns="wide.txt: not UTF-8; read as UTF-16 (little-endian, no BOM)"),
    Case("utf8-bom", compare("u8bom.txt", WEIRD["u8bom.txt"]), check=text_is("Señor\n\nText here.")),
    Case("cp1252", compare("ansi.txt", WEIRD["ansi.txt"]),
         check=text_is("José Müller – “quoted”\n\nText here."),
         warns="ansi.txt: not UTF-8; read as Windows-1252"),
    Case("latin1-undefined-in-1252", compare("latin.txt", b"Caf\xe9 \x81 ok\n\n" + BODY.encode()),
         check=text_has("Café \ufffd ok"), warns="latin.txt: 1 character could not be decoded"),
    Case("stray-byte-in-utf8", compare("stray.txt", STRAY),
         check=text_is("José Müller quits\n\nJosé Müller said\ufffd it was over."),
         warns="stray.txt: 1 character could not be decoded (shown as \ufffd)"),
    Case("three-stray-bytes", compare("stray3.txt", STRAY3),
         check=text_has("Ärger in Köln", "B\ufffdrgermeister"),
         warns="stray3.txt: 3 characters"),
    Case("mojibake-stays-as-written", compare("moji.txt", "JosÃ© MÃ¼ller\n\nText here.".encode()),
         check=text_is("JosÃ© MÃ¼ller\n\nText here.")),
    Case("crlf", compare("crlf.txt", ARTICLE.replace("\n", "\r\n")), check=text_is(ARTICLE.rstrip("\n"))),
    Case("cr-only", compare("cr.txt", ARTICLE.replace("\n", "\r")), check=text_is(ARTICLE.rstrip("\n"))),
    Case("escape-sequences-in-text",
         compare("ansi-esc.txt", f"{HEADLINE}\n\nRed \x1b[31malert\x1b[0m. {BODY}"),
         check=text_has("Red \ufffd[31malert\ufffd[0m."), warns="ansi-esc.txt: 2 characters"),
    Case("bidi-override-in-text", compare("bidi.txt", f"{HEADLINE}\n\nIt said \u202egnirts\u202c. {BODY}"),
         check=text_has("\u202egnirts\u202c")),
    # sizes and shapes
    Case("one-line-100kb", compare("long.txt", HEADLINE + "\n\n" + (BODY + " ") * 600),
         check=text_has(BODY + " " + BODY)),
    Case("too-large-file", compare("big.txt", b"a" * (5 * 1024 * 1024 + 1)),
         "too large (5.0 MB; the limit is 5 MB)", "big.txt"),
    Case("4.9mb-prose", compare("prose.txt", PROSE_4_9_MB), "too much text to compare at once", "prose.txt"),
    Case("go-go-go-1.2mb", compare("go.txt", "Go\n\n" + "Go. " * 300_000), "too much text to compare at once",
         "go.txt"),
    Case("go-lowercase-400kb", compare("golow.txt", "Go\n\n" + "go. " * 100_000), "full stops", "golow.txt"),
    Case("no-sentence-end-4.9mb", compare("nostop.txt", NO_STOP_4_9_MB), "characters in all", "nostop.txt"),
    Case("exclamations-500kb", compare("bang.txt", "Wow\n\n" + "!" * 500_000), "sentence ends", "bang.txt"),
    Case("300000-one-letter-lines", compare("lines.txt", "Head\n\n" + "a\n" * 300_000),
         "over 12,000 sentences", "lines.txt"),
    Case("one-word-per-line-prose", compare("tall.txt", HEADLINE + "\n\n" + BODY.replace(" ", "\n"))),
    # web pages
    Case("page-without-article", compare("menu.html", NO_ARTICLE), "no article text found in the page",
         "menu.html"),
    Case("page-saved-as-txt", compare("page.txt", "<!DOCTYPE html>" + PAGE),
         check=text_has(HEADLINE, "A strong earthquake")),
    Case("page-declares-utf8-sends-1252", compare("wrongcs.html", WRONG_CHARSET),
         check=text_has("café was shut"), warns="wrongcs.html: not UTF-8; read as Windows-1252"),
    Case("page-bogus-charset", compare("bogus.html", BOGUS_CHARSET), check=text_has("A strong")),
    Case("page-nested-20000-divs", compare("deep.html", nested_html(20_000)),
         check=text_has("A strong earthquake")),
    Case("page-billion-laughs", compare("laughs.html", BILLION_LAUGHS),
         check=text_has("A strong earthquake")),
    Case("page-svg-only", compare("image.html", SVG), "no article text found", "image.html"),
    # paths that are not ordinary files
    Case("missing", missing("nope.txt"), "no such file", "nope.txt"),
    Case("folder", folder_named("dir.txt", "compare"), "is a folder, not a file", "dir.txt"),
    Case("symlink-loop", symlink_loop("loop.txt", "compare"), "a loop of symbolic links", "loop.txt",
         needs="posix"),
    Case("dangling-link", dangling, "no such file", "gone.txt", needs="posix"),
    Case("fifo-article", fifo("pipe.txt", "compare"), "not a regular file", "pipe.txt", needs="fifo"),
    Case("dev-zero-article", device_link("zero.txt", "/dev/zero", "compare"), "not a regular file",
         "zero.txt", needs="/dev/zero"),
    Case("dev-null-article", device_link("null.txt", "/dev/null", "compare"), "not a regular file",
         "null.txt", needs="/dev/null"),
    # file names
    Case("escape-sequences-in-name", esc_name, "no such file", "\\x1b[31mred\\x1b]0;pwned\\x07.txt",
         needs="posix"),
    Case("newline-in-name", missing("two\nlines.txt"), "no such file", "two lines.txt", needs="posix"),
    Case("bidi-override-in-name", missing("evil\u202etxt.exe"), "no such file", "evil\\u202etxt.exe"),
    Case("escape-in-name-of-good-file", compare("\x1b[2Jwipe.txt", ARTICLE, "--format", "md"),
         check=no_escape_character, needs="posix"),
    Case("non-utf8-name-json-stdout", non_utf8_name_to("json", False),
         check=non_utf8_name_check("json", False),
         needs="bytes-names", process=True),
    Case("non-utf8-name-json-file", non_utf8_name_to("json", True), check=non_utf8_name_check("json", True),
         needs="bytes-names"),
    Case("non-utf8-name-md", non_utf8_name_to("md", False), check=non_utf8_name_check("md", False),
         needs="bytes-names"),
    Case("non-utf8-name-html-file", non_utf8_name_to("html", True), check=non_utf8_name_check("html", True),
         needs="bytes-names"),
    Case("non-utf8-missing-file", missing(b"caf\xe9.txt"), "no such file", "caf\ufffd.txt",
         needs="bytes-names"),
    Case("markup-in-name", compare("<img src=x onerror=alert(1)>.txt", ARTICLE, "--format", "md"),
         check=no_raw_markup, needs="posix"),
    Case("same-name-twice", two_with_one_name, check=ids_are("voa", "voa-2")),
    # output
    Case("pdf-needs-output", compare("a.txt", ARTICLE, "--format", "pdf"), "--format pdf needs -o OUT"),
    Case("output-is-a-folder", output_to_folder, "cannot write", "output-is-a-folder"),
    Case("output-keeps-mode-and-clears-leftovers", mode_kept, check=check_mode_kept, needs="posix"),
    Case("output-through-a-link", through_link, check=check_through_link, needs="posix"),
    # comparison files that are not files
    Case("fifo-readercmp", fifo("work.readercmp", "export"), "not a regular file", "work.readercmp",
         needs="fifo", process=True),
    Case("dev-zero-readercmp", link_to("/dev/zero"), "not a regular file", "work.readercmp",
         needs="/dev/zero", process=True),
    Case("dev-urandom-readercmp", link_to("/dev/urandom"), "not a regular file", "work.readercmp",
         needs="/dev/urandom"),
    Case("folder-readercmp", folder_named("x.readercmp", "export"), "is a folder, not a file", "x.readercmp"),
    Case("loop-readercmp", symlink_loop("loop.readercmp", "export"), "a loop of symbolic links",
         "loop.readercmp", needs="posix"),
    Case("escape-in-readercmp-name", missing("\x1b]0;x\x07.readercmp", "export"), "no such file",
         "\\x1b]0;x\\x07.readercmp", needs="posix"),
    # comparison files too big, or bombs
    Case("100mb-article-in-readercmp", lambda f: big_comparison_file(f, 100),
         "too large to be a comparison file",
         "huge.readercmp", process=True),
    Case("6mb-article-in-readercmp", lambda f: big_comparison_file(f, 6), "article a: too long",
         "huge.readercmp"),
    Case("300000-notes", many_notes(300_000), "300,000 notes; reader opens at most 10,000", "notes.readercmp",
         process=True),
    Case("too-many-corrections", export("cc.readercmp", saved(comparison_file(corrections=MERGES * 10_001))),
         "10,001 corrections; reader opens at most 10,000", "cc.readercmp"),
    Case("json-bomb-flat", export("bomb.readercmp", FLAT_BOMB), "far more entries", "bomb.readercmp"),
    Case("json-bomb-deep", export("deep.readercmp", "[" * 200_000), "not a comparison file (it is not JSON)",
         "deep.readercmp"),
    # damaged text in comparison files: repaired and reported
    Case("lone-surrogate-in-text", export("s.readercmp", with_text(ARTICLE.replace("city", "c\ud800ity", 1))),
         check=text_has("c\ufffdity"), warns="s.readercmp, article a: 1 character could not be decoded"),
    Case("lone-surrogate-in-note-md", export("n.readercmp", saved(comparison_file(notes=DAMAGED_NOTE)),
                                             "--format", "md"),
         check=stdout_has("bad \ufffd note"), warns="n.readercmp, notes: 1 character"),
    Case("lone-surrogate-html", export("h.readercmp", with_text(ARTICLE + "\udc80"), "--format", "html"),
         check=utf8_output, warns="h.readercmp, article a"),
    Case("lone-surrogate-pdf", pdf_of_damaged, check=pdf_written, warns="p.readercmp, article a",
         process=True),
    Case("escape-in-readercmp-text",
         export("esc.readercmp", with_text(ARTICLE + "\x1b]0;x\x07"), "--format", "md"),
         check=no_escape_character_md, warns="esc.readercmp, article a: 2 characters"),
    # foreign or damaged comparison files
    Case("not-json", export("text.readercmp", "hello"), "not a comparison file (it is not JSON)",
         "text.readercmp"),
    Case("empty-readercmp", export("e.readercmp", b""), "not a comparison file (it is not JSON)",
         "e.readercmp"),
    Case("utf16-readercmp", export("w.readercmp", codecs.BOM_UTF16_LE + json.dumps(comparison_file())
                                   .encode("utf-16-le")), "not UTF-8 text", "w.readercmp"),
    Case("utf8-bom-readercmp", export("bom.readercmp", codecs.BOM_UTF8 + saved(comparison_file())),
         check=text_is(ARTICLE)),
    Case("other-json", export("o.readercmp", '{"hello": "world"}'), "no reader format marker", "o.readercmp"),
    Case("newer-version", export("n.readercmp", '{"format": "reader-comparison-file", "version": 9}'),
         "made by a newer reader", "n.readercmp"),
    Case("version-as-text", export("v.readercmp", '{"format": "reader-comparison-file", "version": "2"}'),
         "unknown format version", "v.readercmp"),
    Case("no-articles", export("x.readercmp", saved(comparison_file([]))), "it holds no articles",
         "x.readercmp"),
    Case("shared-id", export("d.readercmp", saved(comparison_file([{"id": "a", "text": ARTICLE},
                                                                  {"id": "a", "text": OTHER}]))),
         "two articles share an id", "d.readercmp"),
    Case("span-outside-text", export("sp.readercmp", spoilt(title_span=[0, 10 ** 9])), "lies outside",
         "sp.readercmp"),
    Case("span-of-strings", export("ss.readercmp", spoilt(header_spans=[["0", "5"]])),
         "a span should be two numbers", "ss.readercmp"),
    Case("nan-offset", export("nan.readercmp", with_citation(start=float("nan"), end=3)),
         "'start' should be a whole number", "nan.readercmp"),
    Case("huge-offsets-still-open", export("big.readercmp", with_citation(start=10 ** 40, end=10 ** 40 + 7,
                                                                          text="tsunami"), "--format", "md"),
         check=stdout_has("no longer found in the article")),
    Case("escape-in-id", export("id.readercmp", spoilt(id="\x1b[31ma")), "'id' should be a short name",
         "id.readercmp"),
    Case("unknown-correction",
         export("c.readercmp", saved(comparison_file(corrections=[{"kind": "rm -rf"}]))),
         "unknown correction 'rm -rf'", "c.readercmp"),
    Case("markup-in-labels-and-date-md", export("m.readercmp", hostile_labels_file(), "--format", "md"),
         check=no_raw_markup),
    Case("older-json-export-opens", v1_export_of, check=text_is(ARTICLE.rstrip("\n"))),
]


def available(case: Case) -> bool:
    if case.needs == "posix":
        return POSIX
    if case.needs == "bytes-names":
        return ANY_BYTES_IN_NAMES
    if case.needs == "fifo":
        return hasattr(os, "mkfifo")
    if case.needs.startswith("/dev/"):
        return POSIX and os.path.exists(case.needs)
    return True


def build_all(root: Path) -> dict[str, list]:
    """Build every available case under root/<name>/; returns each case's reader arguments."""
    argv = {}
    for case in CASES:
        if available(case):
            folder = root / case.name
            folder.mkdir(parents=True)
            argv[case.name] = case.build(folder)
    return argv


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for name, args in build_all(out).items():
        print(name, " ".join(repr(a) for a in args))
