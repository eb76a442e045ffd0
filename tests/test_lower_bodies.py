"""Bodies named in small letters ("the coast guard said") and families ("the Lindqvists"): found,
joined to the one body or family the set names in full, never to a second body or to a person."""
from engine_helpers import actor_named, run


def _forms(actor):
    return {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}


def _holding(c, form):
    return [a for a in c.actors if form in {m.text for m in a.mentions}]


def test_a_body_in_small_letters_is_an_actor_and_joins_the_full_name_another_source_gives():
    c = run(
        a="Barge lost off Velmar\n\nA barge sank off Velmar Point before dawn, the coast guard said. "
        "The weather bureau had issued no warning. Divers joined the coast guard at noon.",
        b="Barge sinks\n\nThe Calvarian Coast Guard said six crew were rescued. "
        "Coast guard officials said the search would go on, and the weather bureau said winds would drop.",
    )
    guard = actor_named(c, "Calvarian Coast Guard")
    assert guard and guard.kind == "organization" and guard.name == "Calvarian Coast Guard"
    assert {"coast guard", "Coast guard"} <= _forms(guard)
    bureau = _holding(c, "weather bureau")
    assert len(bureau) == 1 and bureau[0].kind == "organization" and bureau[0].name == "Weather bureau"
    assert {m.article for m in bureau[0].mentions} == {"a", "b"}


def test_the_noun_as_a_modifier_or_in_general_names_no_body():
    c = run(
        a="Quiet night\n\nTwo men waited outside a police station in Velmar. Three police officers "
        "stood by. An embassy is no place for a party, said a member of parliament. "
        "Nobody wore navy blue. The mayor told ministry officials to wait. "
        "Critics urged ministry staff to quit."
    )
    for noun in ("police", "embassy", "parliament", "navy", "ministry"):
        assert not any(noun in m.text.lower() for a in c.actors for m in a.mentions), noun


def test_a_body_noun_a_set_names_for_two_bodies_joins_neither():
    c = run(
        a="Talks\n\nThe Chilean Foreign Ministry summoned the envoy on Monday.",
        b="Envoy summoned\n\nThe Peruvian Foreign Ministry said it would answer.",
        c="Row grows\n\nThe foreign ministry said the envoy had left.",
    )
    chile, peru = actor_named(c, "Chilean Foreign Ministry"), actor_named(c, "Peruvian Foreign Ministry")
    assert chile and peru and chile is not peru
    assert "foreign ministry" not in _forms(chile) | _forms(peru)


def test_a_body_qualified_by_one_country_is_not_another_countrys():
    c = run(
        a="Talks\n\nThe Chilean Foreign Ministry summoned the envoy on Monday.",
        b="Envoy summoned\n\nNorway's foreign ministry said the envoy would stay.",
        c="Row grows\n\nOfficials in Peru and Norway watched. The foreign ministry said the envoy had left.",
        d="Envoy leaves\n\nIn Chile the mood was calm. The foreign ministry said the talks were over.",
    )
    chile = actor_named(c, "Chilean Foreign Ministry")
    mentions = {(m.article, m.text) for m in chile.mentions}
    assert ("d", "foreign ministry") in mentions       # an article whose first country is Chile
    assert ("b", "foreign ministry") not in mentions   # Norway's
    assert ("c", "foreign ministry") not in mentions   # an article naming other countries


def test_a_noun_of_no_country_joins_the_one_country_the_set_gives_it():
    c = run(
        a="Riot\n\nNorwegian police said four people were hurt.",
        b="Clashes\n\nFour people were hurt, police said.",
    )
    police = _holding(c, "police")
    assert len(police) == 1 and "Norwegian police" in _forms(police[0])
    two = run(
        a="Riot\n\nNorwegian police said four people were hurt.",
        b="Clashes\n\nDanish police said the crowd had gone.",
        c="Calm\n\nThe crowd went home, police said.",
    )
    assert len({a.id for a in two.actors for m in a.mentions if "police" in m.text}) == 3


def test_a_noun_that_stands_for_a_body_only_after_its_name_needs_that_name():
    named = run(
        a="Envoys\n\nThe Norwegian embassy in Quito said two citizens were safe. "
        "Later the embassy said a third had been found.",
    )
    embassy = actor_named(named, "Norwegian embassy")
    assert embassy and embassy.kind == "organization" and "embassy" in _forms(embassy)
    alone = run(a="Envoys\n\nThe embassy said two citizens were safe. The ministry said little.")
    assert not any(m.text in ("embassy", "ministry") for a in alone.actors for m in a.mentions)


def test_a_body_named_by_its_head_before_of_or_its_portfolio_joins_that_name():
    c = run(
        a="Rates held\n\nThe Central Bank of Velmaria kept its rate at 9%. "
        "The central bank said prices had eased.",
        b="Farm aid\n\nThe Ministry of Agriculture in Velmaria promised aid. "
        "The agricultrue ministry said payments would start in May.",
    )
    bank = actor_named(c, "Central Bank of Velmaria")
    assert bank and "central bank" in _forms(bank)
    farm = actor_named(c, "Ministry of Agriculture")
    assert farm and "agricultrue ministry" in _forms(farm)   # one slip of the pen


def test_a_body_in_small_letters_speaks_its_quotes():
    c = run(a='Blaze\n\n"We have only a handful of trucks," the fire brigade said on Monday.')
    brigade = _holding(c, "fire brigade")
    assert len(brigade) == 1
    quote = next(q for q in c.quotes if "handful" in q.text)
    assert quote.speaker == brigade[0].id


def test_a_family_and_its_plural_are_one_family_not_the_person_with_its_name():
    c = run(
        a="Club sold\n\nThe Lindqvist family sold the club on Monday. Erik Lindqvist, its chairman, "
        "said the time was right.",
        b="Sale done\n\nThe Lindqvists have owned the club since 1961. Lindqvist said he was sad.",
    )
    family = actor_named(c, "Lindqvist family")
    assert family and family.kind == "organization"
    assert _forms(family) == {"Lindqvist family", "Lindqvists"}
    erik = actor_named(c, "Erik Lindqvist")
    assert erik and erik.kind == "person" and erik is not family
    assert "Lindqvist" in _forms(erik)


def test_a_surname_in_the_plural_is_the_family_not_the_one_person():
    c = run(a="Farm sold\n\nMarta Kowalczyk sold the farm on Friday. The Kowalczyks had worked it for "
              "forty years. Kowalczyk said she would miss it.")
    marta = actor_named(c, "Marta Kowalczyk")
    assert marta and "Kowalczyks" not in _forms(marta) and "Kowalczyk" in _forms(marta)
    family = _holding(c, "Kowalczyks")
    assert len(family) == 1 and family[0].kind == "organization"
