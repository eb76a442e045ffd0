"""Actor finding in news unlike the development collection: portfolios, names that hold a
place's word, bare surnames, given names alone, foreign particles, one-word brand names."""
from engine_helpers import actor_named, run


CABINET = (
    "Unions meet the cabinet\n\n"
    "Labour Minister Rosa Vidal met the unions on Monday. Treasury Secretary Omar Haddad said the "
    "budget had room for a raise. Labour leader Kim Ortega backed the talks."
)


def test_portfolio_before_minister_or_secretary_is_the_role_not_a_body():
    c = run(a=CABINET)
    vidal, haddad = actor_named(c, "Rosa Vidal"), actor_named(c, "Omar Haddad")
    assert vidal.role == "Labour Minister" and haddad.role == "Treasury Secretary"
    assert actor_named(c, "Treasury") is None
    labour = actor_named(c, "Labour") or actor_named(c, "Labour Party")
    text = c.articles[0].text
    starts = {m.start for m in labour.mentions}
    assert starts == {text.index("Labour leader")}  # the party leads "Labour leader", not the portfolio


COURT = (
    "Appeal lost\n\n"
    "Ana Lima, a lawyer for the growers, said the ruling was unfair. Lima later left the court "
    "without speaking."
)


def test_a_surname_that_is_also_a_city_is_the_person_named_before_it():
    c = run(a=COURT)
    text = c.articles[0].text
    lima = actor_named(c, "Ana Lima")
    assert lima.kind == "person"
    assert text.index("Lima later") in {m.start for m in lima.mentions}
    assert not any(a.kind == "place" for a in c.actors)


def test_a_set_that_also_writes_the_word_as_a_place_keeps_the_city():
    c = run(a=COURT + " The growers had flown to Lima for the hearing.")
    text = c.articles[0].text
    city = next(a for a in c.actors if a.kind == "place" and a.name == "Lima")
    assert text.index("Lima for") in {m.start for m in city.mentions}


HARBOUR = (
    "Fishing ban extended\n\n"
    "Fisheries minister Nikos Papas defended the ban on Monday. Papas, speaking later in the "
    "harbour, said it would last a year. Papas are what children in the port call their fathers. "
    "Singer Neil Young backed the fishermen. Young people marched. Young, 78, joined them."
)


def test_a_common_word_opening_a_sentence_is_the_surname_of_a_person_named_in_full():
    c = run(a=HARBOUR)
    text = c.articles[0].text
    papas = {m.start for m in actor_named(c, "Nikos Papas").mentions}
    assert text.index("Papas, speaking") in papas
    assert text.index("Papas are") not in papas  # no comma, possessive or verb: the word
    young = {m.start for m in actor_named(c, "Neil Young").mentions}
    assert text.index("Young, 78") in young and text.index("Young people") not in young


STORM = (
    "Storm wrecks harbour\n\n"
    "Elena, 37, said the wind tore the roof off her shop. \"We lost everything,\" said Carlos, 54, "
    "who has fished the bay for thirty years. Hope said nothing of the storm. The ferry Rosa "
    "stayed in port. Maria, 61, said the harbour wall had held."
)


def test_a_given_name_alone_with_an_age_or_a_verb_of_speech_is_a_person():
    c = run(a=STORM)
    text = c.articles[0].text
    elena, carlos = actor_named(c, "Elena"), actor_named(c, "Carlos")
    assert elena and elena.kind == "person" and carlos and carlos.kind == "person"
    maria = actor_named(c, "Maria")  # also a common word, opening its sentence: the age decides
    assert maria and maria.kind == "person"
    assert {m.start for m in carlos.mentions} == {text.index("Carlos, 54")}
    assert actor_named(c, "Hope") is None  # a common word before "said" is no cue
    assert actor_named(c, "Rosa") is None  # a given name with no cue: the ferry's name


def test_a_given_name_alone_that_two_people_share_is_no_actor_of_its_own():
    c = run(a="Boat owners meet\n\nCarlos Ruiz spoke first. Carlos Mendes spoke next. Carlos said the "
              "boats would stay in port.")
    assert actor_named(c, "Carlos") is None
    c = run(a="Boat owners meet\n\nCarlos Ruiz spoke first. Carlos said the boats would stay in port.")
    assert "Carlos" in actor_named(c, "Carlos Ruiz").aliases


CLINICS = (
    "Clinics overwhelmed\n\n"
    "Cidadãos pela Educação said the schools had closed. Banco do Brasil froze the loans, and the "
    "Partido de la Unificación called for calm. Juan de la Cruz, a teacher, said classes would resume."
)


def test_names_with_lower_case_particles_of_other_languages_are_one_body():
    c = run(a=CLINICS)
    for name in ("Cidadãos pela Educação", "Banco do Brasil", "Partido de la Unificación"):
        body = actor_named(c, name)
        assert body and body.kind == "organization", name
    assert actor_named(c, "Banco") is None
    cruz = actor_named(c, "Juan de la Cruz")  # a person's particle, after a given name
    assert cruz and cruz.kind == "person"


FINE = (
    "Regulator fines retailer\n\n"
    "BrightCart said it would appeal the fine. Shoppers had paid with CoinWallet for years. "
    "McGowan said the appeal would fail."
)


def test_one_word_with_a_capital_inside_as_a_subject_is_an_organisation():
    c = run(a=FINE)
    cart = actor_named(c, "BrightCart")
    assert cart and cart.kind == "organization"
    assert actor_named(c, "CoinWallet") is None  # no verb after it: a product as likely as a firm
    mcgowan = actor_named(c, "McGowan")
    assert mcgowan is None or mcgowan.kind != "organization"  # a surname's prefix, no brand


def test_a_given_name_that_is_also_a_place_begins_a_persons_name():
    c = run(a="Tour cancelled\n\nParis Okonkwo cancelled the tour on Monday. Real Madrid offered its "
              "stadium, and Houston Rockets fans protested.")
    okonkwo = actor_named(c, "Paris Okonkwo")
    assert okonkwo and okonkwo.kind == "person"
    assert actor_named(c, "Real Madrid").kind == "organization"  # a place that is no given name: a club
    assert actor_named(c, "Paris") is None


def test_a_channel_named_with_tv_is_one_body():
    c = run(a="Count shown live\n\nThe count was shown live on SunRiver TV on Monday. TV crews waited "
              "outside the hall.")
    channel = actor_named(c, "SunRiver TV")
    assert channel and channel.kind == "organization"
    assert actor_named(c, "TV") is None


def test_a_social_network_named_once_with_no_cue_is_an_organisation():
    c = run(a="Club in crisis\n\nSupporters posted on Instagram that the club was dying. YouTube Inc. "
              "took the videos down, and YouTube said it would not restore them.")
    network = actor_named(c, "Instagram")
    assert network and network.kind == "organization"
    assert actor_named(c, "YouTube") is actor_named(c, "YouTube Inc")  # with its firm's suffix: one


ELECTION = (
    "Recount ends\n\n"
    "Officials finished the recount of Oskimo West on Friday. Crowds filled "
    "the streets of Oskimo overnight. A Brennick-based charity sent observers. Oliver North, a "
    "visitor, praised the count. Kamaro West said it was fair. Crowds cheered Tobiah East, a "
    "former minister."
)


def test_a_name_before_a_compass_word_or_a_place_cue_is_a_place():
    c = run(a=ELECTION)
    for name in ("Oskimo West", "Oskimo", "Brennick"):
        found = actor_named(c, name)
        assert found and found.kind == "place", name
    assert actor_named(c, "Oliver North").kind == "person"  # a given name before the compass word
    assert not any(a.kind == "place" and a.name in ("Oliver North", "Kamaro West") for a in c.actors)
    assert actor_named(c, "Kamaro West").kind == "person"  # a verb of speech after it
    assert actor_named(c, "Tobiah East").kind == "person"  # a person's role in apposition


def test_a_constituency_or_district_after_an_unknown_name_makes_it_a_place():
    c = run(a="Vote counted\n\nTurnout in the Mbeyalo constituency rose. Mbeyalo Kanu voted early.")
    place = next(a for a in c.actors if a.kind == "place" and a.name == "Mbeyalo")
    text = c.articles[0].text
    assert {m.start for m in place.mentions} == {text.index("Mbeyalo constituency")}


def test_a_ship_named_with_its_prefix_is_no_actor():
    c = run(a="Ferry lost\n\nThe MV Sea Lantern sank off the coast. Captain Ruben Tolosa said all were safe.")
    assert not any("Lantern" in a.name for a in c.actors)
    assert actor_named(c, "Ruben Tolosa").kind == "person"


def test_company_club_and_street_endings_type_the_name():
    c = run(
        a="Deal done\n\nThe drug was made by Corvane Bio, which bought Halden Rovers last year. "
        "Fans gathered on Ostler Road. Corvane Halden, a fan, cheered."
    )
    assert actor_named(c, "Corvane Bio").kind == "organization"
    assert actor_named(c, "Halden Rovers").kind == "organization"
    assert actor_named(c, "Ostler Road").kind == "place"
    assert actor_named(c, "Corvane Halden").kind == "person"


def test_a_state_broadcaster_and_a_league_keep_their_whole_names():
    c = run(
        a="Strike reported\n\nSerbian State TV said the depot burned. The match was called off by the "
        "English Rugby League on Monday. The talks were held in English. The Rugby Football Union "
        "said nothing."
    )
    assert actor_named(c, "Rugby Football Union") and not any(a.name.startswith("The") for a in c.actors)
    assert actor_named(c, "Serbian State TV").kind == "organization"
    assert not any(a.name == "Serbian State" for a in c.actors)
    assert actor_named(c, "English Rugby League").kind == "organization"
    assert actor_named(c, "English") is None  # the language alone names nothing


def test_a_name_a_person_gave_alone_is_a_person():
    c = run(
        a='Fire\n\n"It was set," said one farmer, who gave his name only as Tavros. A woman identified '
        "only as Kolya said she saw smoke. A fishing boat known as Ilvera burned."
    )
    for name in ("Tavros", "Kolya"):
        found = actor_named(c, name)
        assert found and found.kind == "person", name
    assert actor_named(c, "Ilvera") is None or actor_named(c, "Ilvera").kind != "person"


def test_a_name_given_to_a_product_is_no_actor_but_a_firm_so_called_is():
    c = run(
        a="Jab approved\n\nThe vaccine, called Zorvax, was 80% effective. Zorvax was approved on Monday. "
        "A company called Trendix made it. Trendix was founded in 2001."
    )
    assert actor_named(c, "Zorvax") is None
    assert actor_named(c, "Trendix").kind == "organization"


def test_a_body_descriptor_before_a_name_makes_it_an_organisation():
    c = run(
        a="Port strike\n\nFerry company Tierra Central said 31 ships were waiting. Consumer group Zingly "
        "warned of price rises. Drugmaker Velmora said it would help. Investor Brent Kowalski bought "
        "a stake."
    )
    for name in ("Tierra Central", "Zingly", "Velmora"):
        found = actor_named(c, name)
        assert found and found.kind == "organization", name
    assert not any(a.name.startswith("Drugmaker") for a in c.actors)
    assert actor_named(c, "Brent Kowalski").kind == "person"


def test_a_name_whose_villages_or_mayor_the_text_names_is_a_place():
    c = run(a="Fire\n\nSmoke rose as Tarvale's villages emptied. Zingco's staff left early. Zingco said so.")
    assert actor_named(c, "Tarvale").kind == "place"
    assert actor_named(c, "Zingco").kind == "organization"
