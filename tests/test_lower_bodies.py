"""Bodies named in small letters ("the coast guard said") and families ("the Brannochs"): found,
joined to the one body or family the set names in full, never to a second body or to a person."""
from engine_helpers import actor_named, run


def _forms(actor):
    return {actor.name, *actor.aliases, *(m.text for m in actor.mentions)}


def _holding(c, form):
    return [a for a in c.actors if form in {m.text for m in a.mentions}]


def test_a_body_in_small_letters_is_an_actor_and_joins_the_full_name_another_source_gives():
    c = run(
        a="Barge lost off Velmar\n\nA barge sank off Velmar Point before dawn, the coast guard said. "
        "The rescue service had sent two boats out. Divers joined the coast guard at noon.",
        b="Barge sinks\n\nThe Calvarian Coast Guard said six crew were rescued. "
        "Coast guard officials said the search would go on, and the rescue service said winds would drop.",
    )
    guard = actor_named(c, "Calvarian Coast Guard")
    assert guard and guard.kind == "organization" and guard.name == "Calvarian Coast Guard"
    assert {"coast guard", "Coast guard"} <= _forms(guard)
    rescue = _holding(c, "rescue service")
    assert len(rescue) == 1 and rescue[0].kind == "organization" and rescue[0].name == "Rescue service"
    assert {m.article for m in rescue[0].mentions} == {"a", "b"}


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
        a="Talks\n\nThe Estonian Foreign Ministry summoned the envoy on Monday.",
        b="Envoy summoned\n\nThe Latvian Foreign Ministry said it would answer.",
        c="Row grows\n\nThe foreign ministry said the envoy had left.",
    )
    tallinn, riga = actor_named(c, "Estonian Foreign Ministry"), actor_named(c, "Latvian Foreign Ministry")
    assert tallinn and riga and tallinn is not riga
    assert "foreign ministry" not in _forms(tallinn) | _forms(riga)


def test_a_body_qualified_by_one_country_is_not_another_countrys():
    c = run(
        a="Talks\n\nThe Estonian Foreign Ministry summoned the envoy on Monday.",
        b="Envoy summoned\n\nEcuador's foreign ministry said the envoy would stay.",
        c="Row grows\n\nOfficials in Latvia and Ecuador watched. "
          "The foreign ministry said the envoy had left.",
        d="Envoy leaves\n\nIn Estonia the mood was calm. The foreign ministry said the talks were over.",
    )
    tallinn = actor_named(c, "Estonian Foreign Ministry")
    mentions = {(m.article, m.text) for m in tallinn.mentions}
    assert ("d", "foreign ministry") in mentions       # an article whose first country is Estonia
    assert ("b", "foreign ministry") not in mentions   # Ecuador's
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
    # two countries' police: "police said" is neither's, and no third police of its own
    assert len({a.id for a in two.actors for m in a.mentions if "police" in m.text.lower()}) == 2
    assert not _holding(two, "police")


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
        a="Club sold\n\nThe Brannoch family sold the club on Monday. Tobias Brannoch, its chairman, "
        "said the time was right.",
        b="Sale done\n\nThe Brannochs have owned the club since 1961. Brannoch said he was sad.",
    )
    family = actor_named(c, "Brannoch family")
    assert family and family.kind == "organization"
    assert _forms(family) == {"Brannoch family", "Brannochs"}
    tobias = actor_named(c, "Tobias Brannoch")
    assert tobias and tobias.kind == "person" and tobias is not family
    assert "Brannoch" in _forms(tobias)


def test_a_surname_in_the_plural_is_the_family_not_the_one_person():
    c = run(a="Farm sold\n\nIlse Mirandel sold the farm on Friday. The Mirandels had worked it for "
              "forty years. Mirandel said she would miss it.")
    ilse = actor_named(c, "Ilse Mirandel")
    assert ilse and "Mirandels" not in _forms(ilse) and "Mirandel" in _forms(ilse)
    family = _holding(c, "Mirandels")
    assert len(family) == 1 and family[0].kind == "organization"


def test_a_collective_before_of_and_a_plural_is_an_amount_not_a_body():
    c = run(
        a="Clean-up\n\nThe army of volunteers planted 400 trees on the slopes above Ostrava Creek. "
        "By noon an army of eager students had joined them.",
        b="Trees planted\n\nA parliament of rooks watched from the oaks, and the army of helpers went home.",
    )
    for noun in ("army", "parliament"):
        assert not any(noun in m.text.lower() for a in c.actors for m in a.mentions), noun
    body = run(a="Border\n\nThe army of Tarvia closed the pass. The army said two soldiers were hurt.")
    assert _holding(body, "army")                   # "the army said": the country's army


def test_a_or_an_before_the_noun_makes_it_generic():
    c = run(a="Small town\n\nThe Tarvian embassy said two citizens were safe. Velmar has never had "
              "an army, the mayor said, and it has never had an embassy either.")
    assert not _holding(c, "army")
    embassy = actor_named(c, "Tarvian embassy")
    assert embassy and {m.text for m in embassy.mentions} == {"Tarvian embassy"}


def test_a_body_in_a_named_country_or_its_town_is_that_countrys():
    c = run(
        a="Raids\n\nEstonian police said 9 people were held near Narva-Joesuu.",
        b="Arrests\n\nPolice in Estonia held nine people on Thursday. Latvian police detained two more.",
        c="Ring broken\n\nPolice in Riga said the two had been released. The goods were seized, police said.",
    )
    estonian, latvian = actor_named(c, "Estonian police"), actor_named(c, "Latvian police")
    assert estonian and latvian and estonian is not latvian
    assert ("b", "Police") in {(m.article, m.text) for m in estonian.mentions}
    assert ("c", "Police") in {(m.article, m.text) for m in latvian.mentions}      # Riga: Latvia
    assert not _holding(c, "police")                # "police said" in a story of two forces
