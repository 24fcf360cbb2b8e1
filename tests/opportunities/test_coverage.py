"""Does the answering passage hold the kind of information a question asks for? (pure)"""

from __future__ import annotations

import pytest

from bot.opportunities.coverage import asks_for, missing, questions, states, topics

INSTALL = "Asennus kestää yleensä 1–2 päivää, ja asentaja tuo kaikki tarvikkeet mukanaan."
INSTALL_NO_TIME = "Asennamme kaikki kiukaat itse; asentajamme ovat sertifioituja sähköasentajia."
PRICE = "Sanasto Plus maksaa 9,90 €/kk tai 69 €/vuosi."
HIRING = "We are hiring: open positions are listed at our careers page."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long does it take to heat up?", "duration"),
        ("Hur lång tid tar själva installationen?", "duration"),
        ("kauanko siinä implantissa menee aikaa", "duration"),
        ("Vad kostar det efter? alltså om man behöver laga ett hål", "amount"),
        ("paljonko se maksaa?", "amount"),
        ("How many opticians do you employ these days?", "count"),
        ("What time does the morning ferry from Turku leave in winter?", "clock"),
    ],
)
def test_asks_for_reads_the_kind_asked_in_fi_sv_en(question: str, kind: str) -> None:
    assert kind in asks_for(question)


def test_duration_question_is_missing_against_a_passage_without_a_time() -> None:
    assert missing("Hur lång tid tar installationen?", INSTALL_NO_TIME) == "duration"
    assert missing("Hur lång tid tar installationen?", INSTALL) is None


def test_durations_in_working_days_and_until_a_date_are_held() -> None:
    assert missing("kauanko toimitus kestää?", "Delivery takes up to 5 working days.") is None
    assert missing("hur länge gäller erbjudandet?", "Joulutarjous 1.–24.12.2026: 990 €.") is None


def test_price_question_is_missing_against_a_passage_without_an_amount_of_money() -> None:
    assert missing("vad kostar en prenumeration på endagslinser i månaden", "Linsprenumeration: 20 % rabatt.") == (
        "amount"
    )
    assert missing("paljonko Plus maksaa?", PRICE) is None
    assert missing("what does the check cost?", "The check is free of charge.") is None


def test_clock_question_needs_a_time_of_day() -> None:
    assert missing("what time can they deliver?", "Delivery slots run from 8 to 22 every day.") is None
    assert missing("What time does the ferry leave?", "The ferry sails daily between Turku and Mariehamn.") == "clock"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Are you hiring PTs in Malmö?", "hiring"),
        ("Onnea! Tuletteko Ouluun?", "expansion"),
        ("Hienoa! Tuleeko Ouluun lisää klinikoita?", "expansion"),
        ("Kommer ni till Stockholm nån gång?", "expansion"),
        ("Is Klarsyn listed or privately held?", "company"),
        ("Vem äger bolaget?", "company"),
    ],
)
def test_seldom_covered_topics_are_missing_unless_the_passage_speaks_of_them(question: str, topic: str) -> None:
    assert topic in topics(question)
    assert missing(question, PRICE) == topic


def test_passage_that_speaks_of_the_topic_holds_it() -> None:
    assert missing("Are you hiring developers?", HIRING) is None
    assert missing("Tuleeko Ouluun kohta?", "Oulu and Jyväskylä are not covered yet, no date to announce.") is None


@pytest.mark.parametrize(
    "question",
    [
        "Is the rooftop terrace open in autumn too?",
        "Are the evening classes open to beginners?",
        "Is it open in June or only later?",
        "Can I keep the ticket open in the browser at the gate?",
        "Me ollaan tulossa porukalla lauantaina, mihin aikaan ovet aukeaa?",
        "Tuleeks hintaan myös vuokravälineet?",
        "Laitoin viestiä eilen mutta ei vielä vastausta, milloin aukeatte?",
        "När öppnar ni på helgdagar?",
        "Kommer ni tillbaka med fler datum i vår?",
    ],
)
def test_opening_hours_visits_and_prices_ask_no_new_place(question: str) -> None:
    assert "expansion" not in topics(question)


@pytest.mark.parametrize(
    "question",
    ["Any chance of opening in Tampere next year?", "Öppnar ni i Göteborg snart?", "Avaatteko Tampereelle myymälän?"],
)
def test_a_new_place_named_is_still_asked(question: str) -> None:
    assert "expansion" in topics(question)


def test_coming_soon_in_a_passage_speaks_of_new_places() -> None:
    assert "expansion" in topics("New towns are coming soon; no dates announced.", passage=True)
    assert missing("Are you opening in Vaasa?", "New towns are coming soon; no dates announced.") is None


def test_plain_questions_and_game_expansions_ask_for_nothing_special() -> None:
    assert missing("does it work at -25?", INSTALL_NO_TIME) is None
    assert missing("paljonko pelkkä laajennus maksaa?", "The expansion costs 24,90 €.") is None


def test_how_often_needs_a_rate_in_the_passage() -> None:
    assert missing("hur ofta borde man göra synundersökning?", "Synundersökningen kostar 395 kr.") == "frequency"
    assert (
        missing("kuinka usein kivet pitää vaihtaa?", "Vaihda kivet vuoden välein, kovassa käytössä useammin.") is None
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("paljonko tuollainen kattoremontti suunnilleen kustantaisi?", "amount"),
        ("Paljonko tää juttu on?", "amount"),
        ("how much per seat for the team plan", "amount"),
        ("kuinka nopeasti paketti tulee perille", "duration"),
        ("hur snart kan ni komma och titta", "duration"),
    ],
)
def test_one_vocabulary_reads_price_and_time_questions_for_plans_and_drafts(question: str, kind: str) -> None:
    assert kind in asks_for(question)


@pytest.mark.parametrize(
    "question", ["paljonko sillä on takuuta?", "paljonko se painaa kaikkineen?", "How much can a family save?"]
)
def test_how_much_of_something_else_asks_no_amount_of_money(question: str) -> None:
    assert "amount" not in asks_for(question)


def test_questions_keep_only_the_asked_sentences_where_there_are_any() -> None:
    assert questions("Kauanko toimitus kestää? Tilasin eilen 30 eurolla.") == "Kauanko toimitus kestää?"
    assert questions("kerro hinta") == "kerro hinta"


def test_a_sentence_states_a_time_span_in_inflected_finnish_and_swedish_compounds() -> None:
    assert states("Toimitus kestää tavallisesti kolme arkipäivää.", "duration")
    assert states("Leveransen tar två arbetsdagar.", "duration")
    assert states("Valmis kahdessa tunnissa.", "duration")
    assert not states("Palvelemme kaikissa myymälöissämme.", "duration")
    assert states("Tarkastus on maksuton.", "amount") and not states("Tarkastus kuuluu hintaan.", "amount")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Milloin uudet värit tulevat myyntiin?", "when"),
        ("koska te avaatte sen uuden liikkeen?", "when"),
        ("När släpps nästa säsong?", "when"),
        ("When will the refills be back in stock?", "when"),
        ("Mistä voisin hakea tilauksen?", "place"),
        ("Var kan man hämta paketet?", "place"),
        ("where do I drop off a broken one", "place"),
    ],
)
def test_when_and_where_questions_ask_for_a_date_and_a_place(question: str, kind: str) -> None:
    assert kind in asks_for(question)


def test_a_date_is_stated_in_inflected_month_names_and_a_place_in_a_locative() -> None:
    assert states("Uutuudet saapuvat kauppoihin maaliskuun alussa.", "when")
    assert states("Nästa säsong börjar i oktober.", "when")
    assert not states("Toimitamme Suomeen, Ruotsiin ja Viroon.", "when")
    assert states("Tilauksen voi noutaa Tampereella tai Oulussa.", "place")
    assert states("Hämta paketet på Storgatan 4.", "place")
    assert not states("Se kestää hyvin pakkasta.", "place")


def test_a_when_question_is_missing_against_a_passage_without_a_date() -> None:
    assert missing("milloin peli postitetaan?", "Peli toimitetaan kaikkiin Pohjoismaihin.") == "when"
    assert missing("milloin peli postitetaan?", "Ennakkotilaukset postitetaan helmikuussa.") is None


def test_a_question_asking_two_kinds_is_answered_by_a_passage_holding_one() -> None:
    stones = "Kiuaskivet myydään 20 kg laatikoissa, 29 € laatikko."
    assert missing("mistä saa uusia kiviä ja paljonko ne maksaa?", stones) is None
    assert missing("mistä saa uusia kiviä ja milloin?", stones) == "place"


@pytest.mark.parametrize(
    "question",
    ["Hur lång väntetid blir det i januari?", "hur mycket laddtid behöver man?", "paljonko odotusaikaa on nyt?"],
)
def test_time_asked_through_a_compound_noun_is_a_duration_not_a_price(question: str) -> None:
    assert asks_for(question) == {"duration"}


def test_within_a_place_states_no_duration() -> None:
    assert not states("Inom stadskärnan parkerar du utan avgift.", "duration")
    assert states("Vi svarar inom två arbetsdagar.", "duration")


def test_a_bare_how_much_closing_a_question_asks_an_amount() -> None:
    assert asks_for("where do you sell the refills and how much?") == {"place", "amount"}
    assert asks_for("var kan man köpa påfyllningar och hur mycket?") == {"place", "amount"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Takuu on kolmen vuoden mittainen.", "duration"),
        ("Toimitus kestää tavallisesti kahdesta neljään päivää.", "duration"),
        ("Laitteessa on kuusi eri ohjelmaa.", "count"),
        ("Myymälöitä on kymmenellä paikkakunnalla.", "count"),
    ],
)
def test_finnish_numbers_written_as_inflected_words_are_stated(text: str, kind: str) -> None:
    assert states(text, kind)


def test_a_count_question_is_answered_by_a_finnish_number_word_in_the_genitive() -> None:
    assert missing("Montako vuotta takuuta annetaan?", "Kaikilla pumpuilla on viiden vuoden takuu.") is None
    assert missing("Montako vuotta takuuta annetaan?", "Takuu kattaa osat ja työn.") == "count"


@pytest.mark.parametrize("question", ["var säljer ni era filter?", "Var säljs reservdelarna", "var handlar man dem"])
def test_swedish_where_questions_about_selling_ask_a_place(question: str) -> None:
    assert "place" in asks_for(question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # whether it costs anything at all asks a price, or that it is free
        ("Does the first consultation cost anything?", "amount"),
        ("maksaako arviokäynti jotain", "amount"),
        ("onks se kotikäynti ilmainen?", "amount"),
        ("Kostar det något extra att hämta cykeln?", "amount"),
        ("är hembesöket gratis?", "amount"),
        # what a thing includes
        ("what does the bike service include?", "contents"),
        ("Mitä huoltoon oikein kuuluu?", "contents"),
        ("vad ingår i grundservicen", "contents"),
        # how big
        ("How big a garden can you do in one day?", "size"),
        ("kuinka ison olohuoneen ehditte siivota", "size"),
        ("hur stor yta hinner ni på en dag?", "size"),
    ],
)
def test_asks_for_reads_cost_at_all_contents_and_size_in_fi_sv_en(question: str, kind: str) -> None:
    assert kind in asks_for(question)


def test_a_yes_no_about_a_contents_word_asks_no_list() -> None:
    """ "Does the price include the saddle?" is answered by the statement that says yes or no, not by a list."""
    assert "contents" not in asks_for("Does the price include the saddle?")
    assert "size" not in asks_for("How long is the warranty?")


def test_whether_something_costs_is_missing_against_a_rule_about_the_same_visit() -> None:
    rules = "Someone must be at home for the first hour of the visit. Nothing is thrown away without your yes."
    assert missing("Does the home visit cost anything?", rules) == "amount"
    assert missing("Does the home visit cost anything?", "The home visit costs 49 €.") is None
    assert missing("maksaako kotikäynti?", "Kotikäynti on maksuton pääkaupunkiseudulla.") is None


def test_contents_are_held_by_what_is_checked_not_by_the_price_alone() -> None:
    price = "Teemme polkupyörän perushuollon 79 €:lla."
    parts = "Huollossa tarkistetaan jarrut, vaihteet, ketjut ja renkaat."
    assert missing("Mitä huoltoon kuuluu?", price) == "contents"
    assert missing("Mitä huoltoon kuuluu?", parts) is None
    assert states("The service covers brakes, gears and tyres.", "contents")
    assert not states("The service costs 79 €.", "contents")


def test_a_size_is_held_by_an_area_or_a_length_not_by_a_time() -> None:
    assert missing("How big a garden can you do in a day?", "A garden visit takes 4 hours and costs 120 €.") == "size"
    assert missing("hur stor yta hinner ni?", "Vi hinner upp till 200 m² på en dag.") is None


@pytest.mark.parametrize(
    "question",
    ["How long does a bike service take?", "kauanko perushuolto kestää?", "hur lång tid tar en service?"],
)
def test_how_long_a_thing_takes_is_not_answered_by_a_wait_or_a_rate(question: str) -> None:
    """Its length: "service bikes once a year, and wait a week after a crash" states a rate and a wait, other
    questions' answers; "the service takes 2 hours" states it, as does a bare span with no wait around it."""
    rate_and_wait = "We recommend a service once a year. After a crash, wait a week before riding far."
    assert "length" in asks_for(question)
    assert missing(question, rate_and_wait) == "duration"
    assert missing(question, "Huolto kestää noin 2 tuntia ja maksaa 79 €.") is None
    assert missing(question, "Service time: 2–3 working days. Returns within 14 days after pickup.") is None


def test_how_long_a_warranty_or_an_offer_runs_keeps_any_span() -> None:
    assert "length" not in asks_for("How long is the warranty?")
    assert missing("hur länge gäller erbjudandet?", "Efter köpet gäller erbjudandet i 30 dagar.") is None


@pytest.mark.parametrize(
    "question",
    [
        "Is the sauna open in June? we're visiting then",
        "is the café open to everyone or only to players?",
        "paljonko aikuisen lippu? ollaan tulossa kolmestaan hiihtolomalla",
        "Vi är på väg dit i påsk, vad kostar det? tulossa with the kids too",
    ],
)
def test_a_question_about_the_askers_own_visit_or_a_month_asks_no_new_place(question: str) -> None:
    assert "expansion" not in topics(question)
    # so a passage giving the fact is not held back for not speaking of new places
    assert missing(question, "Sauna is open daily; adults 12 €, children 6 €.") in (None, "when", "amount")


@pytest.mark.parametrize(
    "question", ["Are you opening in Kuopio?", "onko Kuopioon tulossa liikettä?", "Öppnar ni i Vasa snart?"]
)
def test_a_question_about_a_new_place_still_asks_for_expansion(question: str) -> None:
    assert "expansion" in topics(question)
    assert missing(question, "Sauna is open daily; adults 12 €.") == "expansion"
    assert missing(question, "More locations are coming soon: follow us for news.") is None
