"""Coverage claims ("in every source", "only in this one", the Sources panel's share, the notes'
"What all sources report") rest on confident links only: a weak link or a shared row never makes
a source carry a sentence."""
from __future__ import annotations

import pytest

from reader.engine import coverage
from reader.engine.model import Article, Comparison, Group, Link, Sentence
from reader.exports.markdown import to_markdown
from reader.exports.report import Report
from reader.ui.display import DisplayIndex

TEXTS = {
    "north": ("Dam fails upstream\n"
              "The dam failed at dawn on Sunday. Water reached the town by noon. "
              "The region borders two national parks."),
    "south": ("Town flooded after dam breach\n"
              "A dam burst early on Sunday. The flood hit the town around midday. "
              "Tourism in the parks has grown for a decade."),
    "west": ("Dam breach floods valley\n"
             "Sunday's dam collapse came at first light. Farmers lost their spring crops."),
}


def _sentences(article: Article) -> list[Sentence]:
    lines = article.text.split("\n")
    parts = [(lines[0], "headline")] + [(p.strip() + ".", "body")
                                         for p in lines[1].split(". ") if p.strip()]
    out, pos = [], 0
    for index, (text, role) in enumerate(parts):
        text = text.replace("..", ".")
        start = article.text.index(text, pos)
        pos = start + len(text)
        out.append(Sentence(id=f"{article.id}:{index}", article=article.id, index=index,
                            start=start, end=pos, paragraph=0 if role == "headline" else 1,
                            role=role, text=text))
    return out


def _comparison(links: list[Link], groups: list[Group]) -> Comparison:
    arts = [Article(id=k, text=v, title=v.split("\n")[0], outlet=k.capitalize()) for k, v in TEXTS.items()]
    sents = [s for a in arts for s in _sentences(a)]
    return Comparison(articles=tuple(arts), sentences=tuple(sents), links=tuple(links),
                      groups=tuple(groups), differences=(), actors=(), quotes=())


@pytest.fixture
def comparison() -> Comparison:
    links = [
        # the dam failing at dawn: all three sources, confidently
        Link("north:1", "south:1", 0.93, "same"),
        Link("north:1", "west:1", 0.81, "same"),
        Link("south:1", "west:1", 0.77, "same"),
        # the water reaching the town: north and south only
        Link("north:2", "south:2", 0.88, "partial"),
        # parks in passing: a weak link, shown but not coverage
        Link("north:3", "south:3", 0.31, "partial"),
        # crops: weakly tied to the flood sentence of south, which shares a row with north's
        Link("south:2", "west:2", 0.28, "partial"),
    ]
    groups = [Group("g1", ("north:1", "south:1", "west:1")),
              Group("g2", ("north:2", "south:2", "west:2")),
              Group("g3", ("north:3", "south:3"))]
    return _comparison(links, groups)


def test_only_confident_links_make_a_source_carry_a_sentence(comparison):
    carried = coverage.carriers(comparison.sentences, comparison.links)
    assert carried["north:1"] == {"north", "south", "west"}
    assert carried["north:2"] == {"north", "south"}
    assert carried["north:3"] == {"north"}                  # a weak link is no coverage
    assert carried["west:2"] == {"west"}                    # nor is a shared row
    assert coverage.is_confident(Link("a:1", "b:1", coverage.CONFIDENT, "partial"))
    assert not coverage.is_confident(Link("a:1", "b:1", coverage.CONFIDENT - 0.01, "same"))


def test_the_window_says_in_every_source_only_when_it_is_true(comparison):
    idx = DisplayIndex(comparison)
    assert idx.coverage("north:1") == "all"
    assert idx.coverage("north:2") == "some"
    assert idx.coverage("north:3") == "only"
    assert idx.coverage("west:2") == "only"
    # weak links are still there to be shown
    assert idx.link("north:3", "south:3") is not None
    # west: headline and crops carried by nobody, the dam sentence by all: 1 of 2 body sentences
    assert idx.shared_fraction("west") == pytest.approx(0.5)


def test_the_notes_list_what_all_sources_report_and_nothing_else(comparison):
    notes = to_markdown(comparison)
    common = notes.split("## What all sources report", 1)[1].split("\n## ", 1)[0]
    assert "dam" in common.lower()
    assert "town" not in common and "parks" not in common and "crops" not in common
    report = Report(comparison)
    assert report.counts() == (1, 1)
    assert [s.id for s in report.unique_sentences("west")] == ["west:0", "west:2"]
    assert "north:3" in [s.id for s in report.unique_sentences("north")]
