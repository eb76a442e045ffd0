"""Source labels made from file names when an article names no outlet: one rule
(reader/labels.py) for the window and the exports."""
import pytest

from reader.engine.model import Article
from reader.exports.markdown import to_markdown
from reader.labels import outlet_label, short_label


@pytest.mark.parametrize("stem, label", [
    ("al-jazeera", "Al Jazeera"),                  # a known outlet spelled by the whole stem
    ("the_guardian", "The Guardian"),
    ("guardian", "The Guardian"),
    ("afp-floods-in-the-north", "AFP"),            # an outlet, then the story
    ("floods-in-the-north-reuters", "Reuters"),    # the story, then the outlet
    ("2024-05-02-dawn", "Dawn"),
    ("tagesschau", "Tagesschau"),                  # known by its host only: the stem's word
    ("riverside-courier", "Riverside Courier"),    # unknown: the stem, readable
    ("nytimes", "nytimes"),                        # one unknown word: as written
    ("BBC-Urdu", "BBC"),
    ("ad-campaign", "Ad Campaign"),                # two letters make an outlet only alone
    ("2024", "2024"),
])
def test_labels_from_file_stems(stem, label):
    assert short_label(stem) == label


def test_an_outlet_named_in_the_article_wins():
    assert outlet_label(Article(id="al-jazeera", text="x", outlet="Jazeera English")) == "Jazeera English"
    assert outlet_label(Article(id="al-jazeera", text="x")) == "Al Jazeera"


def test_a_file_named_after_its_writer_is_labelled_by_its_file_name_not_as_an_outlet(tmp_path):
    from reader.reading import read_article
    body = "\n\nFloodwater reached the old bridge on Monday, officials said. Schools were closed.\n"
    (tmp_path / "jane-roe.txt").write_text("Jane Roe\nRiver floods" + body, encoding="utf-8")
    (tmp_path / "charlotte-observer.txt").write_text("Charlotte Observer\nRiver floods" + body,
                                                     encoding="utf-8")
    signed = read_article(tmp_path / "jane-roe.txt")
    assert signed.byline == "Jane Roe" and outlet_label(signed) == "jane-roe"
    assert outlet_label(read_article(tmp_path / "charlotte-observer.txt")) == "Charlotte Observer"
    # a writer's name that is not the file's leaves the file's label alone
    assert outlet_label(Article(id="riverside-courier", text="x", byline="Jane Roe")) == "Riverside Courier"


def test_the_window_and_the_exports_use_one_label(qtbot, window, tmp_path):
    body = "\n\nFloodwater reached the old bridge on Monday, officials said. Schools were closed.\n"
    paths = []
    for stem, title in (("al-jazeera", "Floods close schools"), ("riverside-courier", "River floods")):
        (tmp_path / f"{stem}.txt").write_text(title + body, encoding="utf-8")
        paths.append(str(tmp_path / f"{stem}.txt"))
    window.open_paths(paths)
    qtbot.waitUntil(lambda: window.session.comparison is not None and not window.session.busy,
                    timeout=20000)
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    assert [c.header.outlet for c in window.columns.columns] == ["Al Jazeera", "Riverside Courier"]
    md = to_markdown(window.session.comparison)
    assert "Al Jazeera" in md and "Riverside Courier" in md and "AL" not in md.split()


def test_two_sources_alike_are_told_apart_alike_on_screen_and_in_exports(qtbot, window, comparison,
                                                                          answers, tmp_path):
    import dataclasses
    twins = dataclasses.replace(comparison, articles=tuple(
        dataclasses.replace(a, outlet="Alpha News") if a.id == "beta" else a for a in comparison.articles))
    window.session.set_comparison(twins)
    qtbot.waitUntil(window.columns.settled, timeout=5000)
    expected = ["Alpha News (alpha)", "Alpha News (beta)", "Gamma Times"]
    assert [c.header.outlet for c in window.columns.columns] == expected
    out = tmp_path / "notes.md"
    assert window.workspace.export("markdown", out)
    text = out.read_text(encoding="utf-8")
    assert all(label in text for label in expected)
