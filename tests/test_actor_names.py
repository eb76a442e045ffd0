"""Actor precision: words that look like actors only because of where they stand."""
from engine_helpers import actor_named, run


def _forms(actor):
    return {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}


SEAS = (
    "Tankers wait at sea\n\n"
    "Two tankers crossed the Persian Gulf on Monday, and Iran said the ships were safe. "
    "A third sailed from the Arabian Sea into the Indian Ocean while India watched. "
    "Fighting in Iranian Kurdistan went on, Chinese Foreign Ministry officials said."
)


def test_demonym_that_begins_a_place_name_is_that_place_not_the_country():
    c = run(a=SEAS)
    gulf, ocean = actor_named(c, "Persian Gulf"), actor_named(c, "Indian Ocean")
    assert gulf and gulf.kind == "place" and ocean and ocean.kind == "place"
    iran, india = actor_named(c, "Iran"), actor_named(c, "India")
    assert "Persian" not in _forms(iran)
    assert "Indian" not in _forms(india)


def test_demonym_before_a_place_or_a_body_still_names_its_country():
    c = run(a=SEAS)
    assert "Iranian" in _forms(actor_named(c, "Iran"))  # "Iranian Kurdistan"
    assert "Chinese" in _forms(actor_named(c, "China"))  # "Chinese Foreign Ministry"


ARREST = (
    "Police arrest two men after raid\n\n"
    "Police said the men were held overnight. Authorities closed the road for six hours. "
    "Prosecutors said they would ask for bail to be refused. Delhi Police said a third man fled."
)


def test_body_noun_capitalised_at_a_sentence_start_is_no_actor():
    c = run(a=ARREST)
    assert actor_named(c, "Police") is None
    assert actor_named(c, "Authorities") is None
    assert actor_named(c, "Prosecutors") is None
    delhi = actor_named(c, "Delhi Police")
    assert delhi and delhi.kind == "organization" and _forms(delhi) == {"Delhi Police"}


def test_body_a_set_names_capitalised_in_mid_sentence_stays_an_actor():
    c = run(
        a="Budget debated\n\nThe Parliament met on Monday. Parliament officials said the debate ran late.",
        b="Budget vote\n\nMinisters told the Parliament the cuts were needed, and the Parliament agreed.",
    )
    parliament = actor_named(c, "Parliament")
    assert parliament and parliament.kind == "organization"
    text = c.articles[0].text
    starts = {m.start for m in parliament.mentions if m.article == "a"}
    assert text.index("Parliament officials") in starts  # capitalised by its place, but the set's name
