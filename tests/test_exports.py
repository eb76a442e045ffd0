"""Every export format from the CLI, with notes, and HTML that no article can inject markup into."""
import json
import re

from reader.cli import main
from reader.document import Document, Note, save
from reader.engine import compare
from reader.reading import read_article
from reader.engine.model import Citation
from reader.exports.html import to_html
from reader.paths import seed_paths

SEEDS = [str(p) for p in seed_paths()]
# hostile text in every section of the HTML and Markdown notes: tests/test_export_escaping.py


def test_html_is_self_contained():
    html = to_html(compare([read_article(p) for p in seed_paths()]))
    assert "<style>" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html)
    assert "<link" not in html and "<script" not in html


def test_every_format_from_the_seeds(tmp_path):
    for fmt, check in (("md", lambda b: b.startswith(b"# ")),
                       ("html", lambda b: b.startswith(b"<!DOCTYPE html>")),
                       ("json", lambda b: json.loads(b)["format"] == "reader-comparison"),
                       ("pdf", lambda b: b.startswith(b"%PDF") and len(b) > 20000)):
        out = tmp_path / f"notes.{fmt}"
        assert main(["compare", *SEEDS, "--format", fmt, "-o", str(out)]) == 0
        assert check(out.read_bytes()), fmt


def test_export_of_a_saved_comparison_carries_notes(tmp_path):
    arts = tuple(read_article(p) for p in seed_paths())
    voa = next(a for a in arts if a.id == "voa")
    start = voa.text.index("China urged")
    doc = Document(articles=arts, summary="Only VOA quotes China.",
                   notes=(Note("note:1", "sentence", "Check China's statement.",
                               (Citation("voa", start, start + 11, "China urged"),)),))
    saved = tmp_path / "work.readercmp"
    save(doc, saved)
    assert main(["export", str(saved), "--format", "json", "-o", str(tmp_path / "out.json")]) == 0
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert data["notes"][0]["text"] == "Check China's statement."
    assert data["notes"][0]["citations"][0]["found"] is True
    assert main(["export", str(saved), "--format", "md", "-o", str(tmp_path / "out.md")]) == 0
    md = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "Check China's statement." in md and "Only VOA quotes China." in md
    assert main(["export", str(saved), "--format", "html", "-o", str(tmp_path / "out.html")]) == 0
    assert "Check China&#x27;s statement." in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_export_of_a_damaged_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.readercmp"
    bad.write_text("{", encoding="utf-8")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.md")]) == 2
    assert "bad.readercmp: not a comparison file" in capsys.readouterr().err
    assert not (tmp_path / "x.md").exists()


def test_corrections_are_listed_in_the_notes(tmp_path):
    from reader.engine.model import Correction
    arts = tuple(read_article(p) for p in seed_paths())
    doc = Document(articles=arts, corrections=(Correction("merge_actors", names=("Iran", "Tehran")),))
    saved = tmp_path / "work.readercmp"
    save(doc, saved)
    for fmt in ("md", "html"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", str(saved), "--format", fmt, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert "Corrections to the automatic comparison" in text and "Tehran" in text and "into" in text


def test_json_has_one_line_per_link_and_stays_valid():
    import json

    from reader.engine import compare
    from reader.exports.json_export import to_json
    from reader.paths import seed_paths
    from reader.reading import read_article

    c = compare([read_article(p) for p in seed_paths()])
    text = to_json(c)
    data = json.loads(text)
    assert data["format"] == "reader-comparison" and len(data["links"]) == len(c.links) > 0
    link_lines = [line for line in text.splitlines() if line.startswith('{"a": ')]
    assert len(link_lines) == len(c.links)
    assert [json.loads(line.rstrip(","))["a"] for line in link_lines] == [link.a for link in c.links]


def test_json_text_is_the_contracts_dict_item_for_item():
    """Links and differences are written without a dict per item: the text must still parse to
    exactly what to_dict gives, quotes and backslashes in the text included."""
    import json

    from reader.engine import compare
    from reader.exports.json_export import to_dict, to_json
    from reader.reading import article_from_text

    arts = [article_from_text('Quake\n\nThe quake killed 12 people in "Izmir\\West", officials said.', "a"),
            article_from_text('Izmir quake\n\nThe quake killed 9 people in "Izmir\\West", officials said.',
                              "b\u00e9")]
    c = compare(arts)
    assert c.links and c.differences
    assert json.loads(to_json(c)) == json.loads(json.dumps(to_dict(c)))


def test_json_lines_of_links_and_differences_are_the_encoders_text_of_their_dicts():
    """Links and differences are written from the objects, each string and span made once and
    the lines joined in pieces: each line must be the text json's encoder gives for the item's
    dict, in order, however many items share a string or a span, across the pieces."""
    import json

    from reader.exports.json_export import _difference, _link, json_pieces
    from reader.engine.model import Comparison, Difference, Link, Span

    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    shared = Span(article="a", sentence="a-s1", start=3, end=9, text='“12” \\ "x"')
    links = [Link(a=f"a-s{n % 7}", b=f"b-s{n % 5}", score=n / 9, kind="auto") for n in range(5000)]
    diffs = [Difference("number", shared, Span(article="b", sentence=f"b-s{n}", start=n, end=n + 2,
                                                text=f"é{n}"), f"12 vs {n % 3}") for n in range(4100)]
    c = Comparison(articles=(), sentences=(), links=tuple(links), groups=(), differences=tuple(diffs),
                   actors=(), quotes=(), word_diffs=None)
    lines = "".join(json_pieces(c)).splitlines()
    assert [ln.rstrip(",") for ln in lines if ln.startswith('{"a": ')] == [encode(_link(k)) for k in links]
    assert [ln.rstrip(",") for ln in lines if ln.startswith('{"kind": ')] == \
        [encode(_difference(d)) for d in diffs]
    assert json.loads("".join(json_pieces(c)))["differences"][-1]["b"]["text"] == "é4099"
