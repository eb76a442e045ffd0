from engine_helpers import actor_named, run

A = ("Iran defends strikes\n\n"
     "Iranian Foreign Minister Hossein Amir-Abdollahian defended the strikes on Wednesday. "
     "Amir-Abdollahian said the Islamic Revolutionary Guard Corps (IRGC) hit only militants. "
     "Foreign Ministry spokesperson Mumtaz Zahra Baloch said Pakistan would respond. "
     "Baloch spoke in Islamabad. Iraq also condemned the attack.")
B = ("Pakistan recalls envoy\n\n"
     "Iran's Foreign Minister Hussein Amirabdollahian met Pakistan's Foreign Ministry officials in Davos. "
     "The Revolutionary Guards said the IRGC operation was over. "
     "Pakistan's Foreign Ministry called it a violation.")


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
    for actor in c.actors:
        for m in actor.mentions:
            assert texts[m.article][m.start:m.end] == m.text


BUSINESS = ("Judge blocks grocery merger\n\n"
            "A U.S. federal judge on Tuesday blocked Kroger's takeover of Albertsons. "
            "U.S. District Judge Adrienne Nelson granted the request of the Federal Trade Commission. "
            "Kroger said it was disappointed. Albertsons did not respond. "
            "The companies had offered to sell stores to C&S Wholesale Grocers. Nelson wrote that "
            "the FTC was right.")


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
    c = run(a="Talks\n\nThe Iranian government denied it. Baloch said she told the government in "
              "Tehran. The Pakistani government stayed silent.")
    iran = actor_named(c, "Iranian government")
    assert iran is not None and "government in Tehran" in {iran.name, *iran.aliases}
    assert actor_named(c, "Pakistani government").id != iran.id


def test_company_short_forms_and_middle_names():
    c = run(a="Court\n\nThe court refused an appeal by Exxon Mobil Corp. on Monday. Exxon said it would "
              'fight on. "A major victory," Attorney General Andrea Campbell said.',
            b="Suit proceeds\n\nThe court declined Exxon Mobil's bid. Massachusetts Attorney General "
              "Andrea Joy Campbell welcomed it.")
    exxon = actor_named(c, "Exxon Mobil Corp")
    assert exxon.kind == "organization" and {"Exxon", "Exxon Mobil"} <= set(exxon.aliases)
    campbell = actor_named(c, "Andrea Joy Campbell")
    assert campbell.kind == "person" and "Andrea Campbell" in campbell.aliases
    assert "Attorney General" in campbell.role and "Massachusetts" not in campbell.name


def test_names_in_other_scripts_are_kept_apart():
    c = run(a="Новости\n\nВладимир Путин встретился с Олафом Шольцем в Москве. Путин сказал, что всё хорошо.",
            b="Встреча\n\nОлаф Шольц прибыл в Москву. Владимир Путин принял канцлера.")
    putin = actor_named(c, "Владимир Путин")
    assert putin is not None and "Путин" in putin.aliases
    assert all("Шольц" not in form for form in (putin.name, *putin.aliases))


def test_a_foreign_office_is_the_foreign_ministry_but_not_another_countrys():
    c = run(a="Envoy\n\nPakistan's Foreign Office said the envoy was recalled. The Chinese Foreign Ministry "
              "urged calm.",
            b="Recall\n\nThe Pakistani Foreign Ministry recalled the envoy.")
    office = actor_named(c, "Foreign Office")
    assert "Pakistani Foreign Ministry" in {office.name, *office.aliases}
    assert actor_named(c, "Chinese Foreign Ministry").id != office.id
