from engine_helpers import linked, run, sentence_with

A = ("Quake strikes coast\n\n"
     "A strong earthquake struck the coastal city of Izmir on Friday, killing at least 12 people. "
     "Rescue teams pulled survivors from collapsed buildings overnight. "
     "The mayor praised local volunteers for their courage.")
B = ("Deadly quake in Izmir\n\n"
     "Officials opened shelters in schools and sports halls. "
     "Rescuers pulled several survivors from the collapsed buildings during the night. "
     "An earthquake hit Izmir on Friday and killed around a dozen people, officials said.")


def test_paraphrased_sentences_are_linked_in_any_order():
    c = run(a=A, b=B)
    assert linked(c, sentence_with(c, "a", "strong earthquake"), sentence_with(c, "b", "An earthquake hit"))
    assert linked(c, sentence_with(c, "a", "Rescue teams"), sentence_with(c, "b", "Rescuers pulled"))


def test_sentences_only_one_source_carries_stay_unlinked():
    c = run(a=A, b=B)
    assert not c.links_of(sentence_with(c, "a", "mayor praised").id)
    assert not c.links_of(sentence_with(c, "b", "shelters in schools").id)


def test_no_link_within_one_article_and_links_have_kind_and_score():
    c = run(a=A, b=B)
    for l in c.links:
        assert l.a.split(":")[0] != l.b.split(":")[0]
        assert l.kind in ("same", "partial") and 0 < l.score <= 1


def test_one_sentence_may_match_two():
    c = run(a="Quake\n\nThe quake killed 12 people and destroyed 40 buildings in Izmir.",
            b="Izmir quake\n\nThe quake killed 12 people in Izmir. It destroyed 40 buildings in Izmir.")
    s = sentence_with(c, "a", "killed 12")
    assert linked(c, s, sentence_with(c, "b", "killed 12"))
    assert linked(c, s, sentence_with(c, "b", "destroyed 40"))


def test_groups_hold_at_most_one_sentence_per_article():
    c = run(a=A, b=B, c=B.replace("Izmir", "Smyrna"))
    for g in c.groups:
        arts = [s.split(":")[0] for s in g.sentences]
        assert len(arts) == len(set(arts)) >= 2


def test_headlines_of_one_story_share_the_first_row():
    c = run(a="Pakistan expels Iran ambassador after airstrikes\n\nPakistan expelled the envoy on Wednesday. "
              "Officials met in Islamabad.",
            b="Pakistan Suspends Ties With Iran to Protest Deadly Raid\n\nThe raid killed two children. "
              "Pakistan expelled the Iranian envoy on Wednesday.")
    heads = {s.id for s in c.sentences if s.role == "headline"}
    assert any(heads <= set(g.sentences) for g in c.groups)
