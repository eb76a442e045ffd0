"""Differences a reader would flag between sentences the linker did not join (a spelling is a
fact about an outlet; two quoted labels for one thing), a group named by one source and only
described by the other, a headline that states as fact what a story credits, and the runs of
name words the spellings are read from."""
from engine_helpers import articles

from reader.engine import compare
from reader.engine.model import Citation, Correction


def _unlinked(arts, *pairs):
    """Compare arts with each (article index, words, article index, words) pair of sentences
    unlinked by a reader's correction, so the case does not depend on how the aligner scores."""
    fixes = []
    for i, words_i, k, words_k in pairs:
        refs = []
        for art, words in ((arts[i], words_i), (arts[k], words_k)):
            start = art.text.index(words)
            end = art.text.index(".", start) + 1
            refs.append(Citation(art.id, start, end, art.text[start:end]))
        fixes.append(Correction("unlink", refs=tuple(refs)))
    return compare(arts, corrections=fixes)


def _between(c, kind, a="a", b="b"):
    return [d for d in c.differences if d.kind == kind and {d.a.article, d.b.article} == {a, b}]


def test_a_spelling_is_shown_on_each_pair_of_sentences_about_one_thing():
    arts = articles(
        a="Valley floods\n\nFloods cut the main road through Vardenis-Kotayk overnight. "
          "The army sent trucks of drinking water and blankets to Vardenis-Kotayk villages.",
        b="Floods in the valley\n\nThe army sent trucks of drinking water and blankets to Vardenis-Kotaik "
          "villages. Floods cut the main road through Vardenis-Kotaik overnight.")
    c = _unlinked(arts, (0, "Floods cut", 1, "Floods cut"), (0, "The army", 1, "The army"))
    shown = {(c.sentence(d.a.sentence).text[:10], c.sentence(d.b.sentence).text[:10])
             for d in _between(c, "name")}
    shown = {tuple(sorted(p)) for p in shown}
    assert shown == {("Floods cut", "Floods cut"), ("The army s", "The army s")}


def test_a_spelling_is_not_shown_on_sentences_that_share_nothing_else():
    arts = articles(
        a="Valley floods\n\nFloods cut the main road through Vardenis-Kotayk overnight. "
          "Teachers in Vardenis-Kotayk asked for new textbooks in spring.",
        b="Floods in the valley\n\nFloods cut the main road through Vardenis-Kotaik overnight.")
    c = _unlinked(arts, (0, "Floods cut", 1, "Floods cut"))
    assert [c.sentence(d.a.sentence).text[:10] for d in _between(c, "name")] == ["Floods cut"]


def test_a_group_one_source_names_and_the_other_only_describes():
    arts = articles(a="Border raid\n\nDrones struck the camp of a separatist group near the border "
                      "on Tuesday.",
                    b="Raid on camp\n\nDrones struck the camp of the separatist group Free Highlands Front "
                      "near the border on Tuesday.")
    c = compare(arts)
    named = [d for d in _between(c, "name") if "named in one source only" in d.note]
    assert [{d.a.text, d.b.text} for d in named] == [{"a separatist group", "Free Highlands Front"}]


def test_a_group_the_other_source_has_named_before_is_not_unnamed():
    arts = articles(a="Border raid\n\nThe Free Highlands Front has fought the army for years. "
                      "Drones struck the camp of a separatist group near the border on Tuesday.",
                    b="Raid on camp\n\nDrones struck the camp of the separatist group Free Highlands Front "
                      "near the border on Tuesday.")
    c = compare(arts)
    assert not [d for d in _between(c, "name") if "named in one source only" in d.note]


def test_two_quoted_labels_for_one_thing_in_sentences_not_linked():
    arts = articles(
        a="Ministry statement\n\nThe ministry said the violation of the nation's sovereignty was "
          "\"completely unacceptable\" and warned of consequences.",
        b="Envoy speaks\n\nThe envoy told reporters the raids were a \"blatant breach\" of the nation's "
          "sovereignty and a violation of international law.")
    c = _unlinked(arts, (0, "The ministry", 1, "The envoy"))
    labels = [d for d in _between(c, "quote") if d.note == "the sources quote different words"]
    assert [{d.a.text.strip('"“”'), d.b.text.strip('"“”')} for d in labels] == [
        {"completely unacceptable", "blatant breach"}]


def test_quoted_labels_of_different_things_are_not_compared():
    arts = articles(
        a="Ministry statement\n\nThe ministry said the violation of the nation's sovereignty was "
          "\"completely unacceptable\" and warned of consequences.",
        b="Envoy speaks\n\nThe envoy praised the \"brave fishermen\" of the coast while the nation's "
          "sovereignty and the violation of international law were debated.")
    c = _unlinked(arts, (0, "The ministry", 1, "The envoy"))
    assert not [d for d in _between(c, "quote") if d.note == "the sources quote different words"]


def test_a_headline_stating_what_the_story_credits_is_no_attribution_difference():
    arts = articles(a="Harbour festival cancelled over storm fears\n\nCrowds are expected in the autumn.",
                    b="Town news\n\nThe harbour festival was cancelled over storm fears, the mayor said.")

    def credited(c):
        return [d for d in _between(c, "attribution") if "stated as fact" in d.note]

    head = [art.text.index(w) for art, w in zip(arts, ("Harbour festival", "The harbour"))]
    refs = tuple(Citation(art.id, h, art.text.index("\n", h) if art.id == "a" else len(art.text.rstrip()),
                          "") for art, h in zip(arts, head))
    refs = tuple(Citation(r.article, r.start, r.end, arts[n].text[r.start:r.end]) for n, r in enumerate(refs))
    c = compare(arts, corrections=[Correction("link", refs=refs)])
    assert not credited(c)
    # the same statement in the body of a story is stated as fact, and reported
    body = articles(a="Town desk\n\nThe harbour festival was cancelled over storm fears.",
                    b=arts[1].text)
    c = compare(body)
    assert [d.note for d in credited(c)] == [
        "stated as fact in one source, credited to “mayor” in the other"]


def test_a_name_with_a_particle_or_honorific_is_one_run():
    from reader.engine.name_forms import name_runs
    runs = name_runs("Talks with Ahmed bin Salem and with mr Ortega went on; van Dijk left.", frozenset())
    assert [(r.surface, r.honorific) for r in runs] == [
        ("Talks", None), ("Ahmed bin Salem", None), ("Ortega", "mr"), ("Dijk", None)]
