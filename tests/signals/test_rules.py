"""Rule vocabulary: questions without question marks, opt-outs, risk words, false friends."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.need import extract_need


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Toimiiko tää myös pakkasella", "fi"),
        ("hyvä laite mut kestääkö se saunan kosteutta", "fi"),
        ("eka talvi takana 😅 riittääkö teho isompaan mökkiin", "fi"),
        ("onks tähän saatavilla varaosia", "fi"),
        ("paljonko asennus maksaa", "fi"),
        ("Finns det någon modell för kallt klimat", "sv"),
        ("vad kostar installationen", "sv"),
        ("Hur länge håller batteriet", "sv"),
        ("does anyone know if it works below zero", "en"),
        ("any recommendations for a small flat", "en"),
        ("how loud is it at night", "en"),
    ],
)
def test_question_without_question_mark_is_a_question(text: str, language: str) -> None:
    assert rules.is_question(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Meillä on pakko lämmittää puulla talvella", "fi"),
        ("lämmitettiin koko talo yhdellä kamiinalla", "fi"),
        ("firmat älkää tulko tänne mainostamaan", "fi"),
        ("Vi har haft den i två år och den funkar bra", "sv"),
        ("Installed it last year and it works great", "en"),
    ],
)
def test_statement_is_not_a_question(text: str, language: str) -> None:
    assert not rules.is_question(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "stop replying to my comments",
        "Don't reply to me, bot",
        "Älä vastaa mulle enää",
        "älkää vastatko minulle mitään",
        "Sluta svara på mina inlägg",
        "svara inte på mig tack",
    ],
)
def test_opt_out_phrases_in_three_languages_are_found(text: str) -> None:
    assert rules.match("opt_out", text) is not None


def test_ordinary_disagreement_is_not_an_opt_out() -> None:
    assert rules.match("opt_out", "I don't agree with that reply at all") is None


@pytest.mark.parametrize(
    "text",
    [
        "Is the winter kit in stock? No sales emails please",
        "Finns vinterpaketet i lager? Inga nyhetsbrev till mig",
        "Onko talvipaketti varastossa? Ei uutiskirjeitä kiitos",
        "älkää lähettäkö mulle mitään tarjouksia, kysyn vaan hintaa",
    ],
)
def test_no_messages_said_beside_a_question_is_an_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text", ["I got no emails about my order", "Inga mejl kom fram om leveransen", "Ei mitään viestejä tullut"]
)
def test_a_complaint_about_missing_messages_is_not_an_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a stop to the brand's own sending
        "please stop emailing me about the autumn sale, I never signed up",
        "Sluta mejla mig era kampanjer, tack",
        # a wish that nothing comes from the brand, in the speaker's own words
        "Toivon ettei teiltä tule mitään viestejä tämän kommentin jälkeen",
        "I'd rather not get any messages from the shop, just curious what others think",
        "Jag vill slippa era utskick, men hur länge håller locket?",
        # companies told to stay away
        "Firmojen edustajat saa pysyä erossa tästä ketjusta",
        "Company accounts, keep out of this one please",
        "Varumärken får hålla sig borta från min tråd",
        # no company comments in the speaker's own post; a negative imperative about the speaker; blocking brands
        "Kysyn muilta käyttäjiltä, eikä firmojen vastauksia kiitos",
        "Älkää lisätkö tai merkitkö mua mihinkään kampanjaan",
        "I'm blocking every brand account that pops up under my posts",
    ],
)
def test_opt_outs_said_in_other_words_are_found(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "the newsletter stopped sending me the receipts, can you check?",
        "Toivon että ette lopeta tätä mallia",
        "Älkää unohtako tilata ajoissa, jono on pitkä",
        "My phone keeps blocking the app's notifications, how do I fix it?",
        "Yritys pysyi hinnoissaan, hyvä niin",
        "Stay away from the cheap filters, they clog",
    ],
)
def test_talk_about_sending_staying_away_or_blocking_is_no_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is None


@pytest.mark.parametrize(
    ("text", "language", "flag"),
    [
        ("Naapurin talo paloi viime yönä, kauheaa", "fi", "crisis_or_tragedy"),
        ("Vår granne förlorade huset i en brand", "sv", "crisis_or_tragedy"),
        ("Burned my hand on the outdoor unit, went to the ER", "en", "injury_or_health"),
        ("Saako tästä kotitalousvähennystä?", "fi", "legal_or_financial_advice"),
        ("jag är 14 och vill ha ett eget kort", "sv", "minors"),
        ("oon 13v ja haluun oman kortin", "fi", "minors"),
        ("jag är 12år, får jag köpa själv", "sv", "minors"),
        ("im 15yo can i order without my parents", "en", "minors"),
        ("The government should ban gas boilers", "en", "politics"),
        ("I know where the installer lives, going over tonight", "en", "harassment"),
        ("Reminder: no self-promotion, rule 3", "en", "community_rule"),
    ],
)
def test_risk_vocabulary_raises_the_flag(text: str, language: str, flag: str) -> None:
    assert flag in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("our cat threw up twice after the new kibble, taking her to the vet tomorrow", "en"),
        ("koira oksenteli koko yön ja eläinlääkäri epäili myrkytystä", "fi"),
        ("fick en elstöt från laddaren och handen domnade", "sv"),
        ("kaverin poika sai sähköiskun rikkinäisestä jatkojohdosta", "fi"),
        ("vi fick åka ambulans efter middagen på hotellet", "sv"),
    ],
)
def test_harm_told_by_its_consequences_is_an_injury(text: str, language: str) -> None:
    assert "injury_or_health" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("Naapuri löysi äitini kaatuneena rappusista aamulla", True),
        ("Vaari liukastui pihalla ja nyt sattuu lonkkaan", True),
        ("my grandpa fell off the ladder while fixing the gutter", True),
        ("Min farfar halkade i duschen i går", True),
        ("sovellus kaatui taas kesken tilauksen", False),
        ("my son fell in love with the new colours", False),
        ("Mummo kaatui nauruun kun näki videon", False),
        ("prices fell a lot since spring, is now a good time?", False),
    ],
)
def test_a_person_who_fell_is_an_injury_and_a_crashing_app_is_not(text: str, hurt: bool) -> None:
    assert (rules.risk_match("injury_or_health", text) is not None) is hurt


@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("that delivery guy was rude, here's his Instagram, let him know", True),
        ("Kuljettaja oli törkeä, laitan sen tyypin numeron tänne", True),
        ("Montören var otrevlig, här är hans telefonnummer", True),
        ("here's our Instagram if you want to see the finished kitchen", False),
        ("Laitan kuvan tähän niin näette lopputuloksen", False),
        ("Här är vårt nummer till kundtjänst", False),
    ],
)
def test_posting_a_persons_account_or_number_for_others_is_harassment(text: str, doxxing: bool) -> None:
    assert (rules.risk_match("harassment", text) is not None) is doxxing


def test_swedish_vet_is_knowing_not_a_veterinarian() -> None:
    assert rules.risk_flags("vet nån om det finns rea på fodret", "sv") == {}


def test_english_brand_and_dog_are_not_swedish_fire_or_death() -> None:
    assert rules.risk_flags("Which brand is best? My dog hates the noise", "en") == {}


def test_competitor_named_without_our_brand_is_flagged_and_comparison_with_us_is_not() -> None:
    assert rules.competitor_mentioned("My Nordvarm broke again", ("Nordvarm",), ("Revontuli",)) == "Nordvarm"
    assert rules.competitor_mentioned("Revontuli or Nordvarm?", ("Nordvarm",), ("Revontuli",)) is None


@pytest.mark.parametrize(
    ("text", "competitor"),
    [
        ("vaihdoin maitokummun kaurajuomaan, halvempi", "Maitokumpu"),  # consonant gradation: -mpu -> -mmun
        ("lumilapsen haalari kesti kaksi talvea", "Lumilapsi"),  # stem vowel: -i -> -en
        ("köpte en Studsas nät förra året", "Studsa"),
    ],
)
def test_competitor_named_in_an_inflected_form_is_flagged(text: str, competitor: str) -> None:
    assert rules.competitor_mentioned(text, (competitor,), ("Kaurahetki",)) == competitor


def test_a_word_that_only_starts_like_a_name_is_not_the_name() -> None:
    assert rules.competitor_mentioned("studsmattan är bra", ("Studsa",), ("Hyppy",)) is None
    # "Paineka" (our product) inside "painekattilat" is not our brand named: the recall is the competitor's
    title = "Hellakone vetää takaisin PikaPata-painekattilat"
    assert rules.competitor_mentioned(title, ("Hellakone",), ("Lieska", "Paineka")) == "Hellakone"
    title = "JumpNord Suomi: KEVÄTKAMPANJA -30 % kaikista trampoliineista"  # a category term inflected
    assert rules.competitor_mentioned(title, ("JumpNord",), ("Hyppy", "trampoliini")) == "JumpNord"
    assert rules.competitor_mentioned("Lieskan vai Hellakoneen kattila", ("Hellakone",), ("Lieska",)) is None


def test_a_title_is_the_competitors_thread_when_it_names_the_competitor_before_our_brand() -> None:
    brand, rivals = ("Revontuli",), ("Nordvarm", "Kotilämpö")
    assert rules.competitor_leads("Nordvarm avasi uuden myymälän Ouluun – parempi kuin Revontuli?", rivals, brand) == (
        "Nordvarm"
    )
    assert rules.competitor_leads("Kotilämmön hinnat nousi, Revontuli sama?", rivals, brand) == "Kotilämpö"
    assert rules.competitor_leads("Nordvarm recalls its outdoor units", rivals, brand) == "Nordvarm"
    # our brand first: a review or comparison of ours, not the competitor's thread
    assert rules.competitor_leads("Revontuli, Nordvarm ja Kotilämpö testissä: mikä pumppu?", rivals, brand) is None
    assert rules.competitor_leads("Revontuli vs Nordvarm after two winters", rivals, brand) is None
    assert rules.competitor_leads("Best heat pump for a cabin?", rivals, brand) is None


def test_a_thread_posted_by_a_competitors_own_account_is_its_thread() -> None:
    for author in ("@nordvarm", "Nordvarm Official", "nordvarm_fi", "NORDVARM.se"):
        assert rules.competitor_account(author, ("Nordvarm", "Kylmä Oy")) == "Nordvarm", author
    assert rules.competitor_account("kylma_oy_tuki", ("Nordvarm", "Kylmä Oy")) == "Kylmä Oy"  # handles drop ä
    assert rules.competitor_account("heatpump_fan_nordvarm", ("Nordvarm",)) is None  # a fan, not the brand


def test_need_is_the_question_clause_lower_cased_and_trimmed() -> None:
    text = "Hei! Meillä on vanha talo. Miten pumppu pärjää -30 asteessa?"
    assert extract_need(text, "fi", "question") == "miten pumppu pärjää -30 asteessa"


def test_need_of_a_complaint_is_the_problem_sentence() -> None:
    text = "Ordered in May. The zipper broke after two weeks!! Not happy."
    assert extract_need(text, "en", "complaint") == "the zipper broke after two weeks"


def test_risk_match_runs_one_class_and_agrees_with_risk_flags() -> None:
    from bot.signals import rules

    text = "my grandfather passed away last week, can I cancel his subscription"
    assert rules.risk_match("crisis_or_tragedy", text) == rules.risk_flags(text)["crisis_or_tragedy"]
    assert rules.risk_match("minors", text) is None
    assert rules.risk_match("no_such_class", text) is None


def test_a_speed_in_metres_per_second_is_no_sarcasm_marker_but_a_trailing_slash_s_is() -> None:
    assert rules.match("sarcasm", "Ahvenanmerellä 25 m/s puuskia, ihan oikein ettei lähdetä", "fi") is None
    assert rules.match("sarcasm", "great idea, love waiting two hours /s", "en") == "/s"


@pytest.mark.parametrize(
    ("text", "laughs"),
    [
        ("this list will bankrupt me lol, is there a sale", True),
        ("Lompakko itkee hahaha, onko alennusta", True),
        ("Plånboken gråter 😂 finns det rabatt", True),
        ("skämt åsido, finns det däckhotell", True),
        ("my wallet was stolen, can I block the card", False),
        ("halusin vain kysyä hallituksesta", False),  # "hah" inside a word is no laugh
    ],
)
def test_laughter_is_found_in_fi_sv_en_and_not_inside_words(text: str, laughs: bool) -> None:
    assert (rules.match("laughter", text) is not None) is laughs


@pytest.mark.parametrize(
    ("text", "politics"),
    [
        ("Lapset on ihan sotajalalla, onko lasten lippu halvempi?", False),
        ("Kriget mellan mig och min svärfar om färgen fortsätter, kan man byta?", False),
        ("sota Ukrainassa nostaa kaikkien hintoja", True),
        ("kriget i Ukraina gör allt dyrare", True),
    ],
)
def test_a_bare_war_word_is_no_politics_but_a_named_war_is(text: str, politics: bool) -> None:
    assert ("politics" in rules.risk_flags(text)) is politics


@pytest.mark.parametrize(
    "title",
    [
        "Owners' corner: company accounts will be banned, members only",
        "No brand accounts or sellers here, admins remove them",
        "Pyöräilijät Oulu – ei kaupallisia toimijoita, firmat bannataan",
        "Ryhmässä mainoskielto, ylläpito poistaa yritysten viestit",
        "Cykelfolket Umeå – inga företagskonton, admins tar bort dem",
        "Reklamförbud i gruppen, säljare blir bannade",
    ],
)
def test_a_group_s_ban_on_businesses_is_a_community_rule_in_its_own_words(title: str) -> None:
    assert "community_rule" in rules.risk_flags(title)


@pytest.mark.parametrize(
    "text",
    ["the ads in the app are annoying, how do I turn them off", "mainokset on ärsyttäviä", "is it allowed in the car?"],
)
def test_talk_about_ads_or_rules_is_no_community_rule(text: str) -> None:
    assert "community_rule" not in rules.risk_flags(text)


def test_a_title_banning_businesses_passes_community_rule_to_every_comment_under_it() -> None:
    from bot.signals.combine import thread_flags

    assert "community_rule" in thread_flags("Cykelfolket Umeå – inga företagskonton, admins tar bort dem", None)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter Saga (8) is scared of the dentist chair, can she sit on my lap?",
        "Our son, 11, wants to join the club alone, is there an age limit?",
        "Tyttäreni Iida (9v) haluaa oman tilin, onnistuuko?",
        "Meidän poika 12 vuotta kiusataan koulumatkalla bussissa",
        "Vår dotter Stina 10 år vill boka själv, går det?",
        "Min son (14) blev utkastad från hallen igår",
        # the age as the child's name, or said of the own child
        "my 12yo wants to open her own account, is that ok?",
        "Our 9-year-old keeps asking to go alone, is there a minimum age?",
        "My daughter is 15 and wants a summer job with you",
        "Mun 11-vuotias haluaa käydä yksin, saako?",
        "Meidän 6v pelkää pimeää, onko hiljaisia vuoroja?",
        "Min 13-åring vill åka ensam, går det?",
        "Vår son är 10 och har astma, får han vara med?",
    ],
)
def test_a_parent_telling_their_own_child_s_age_is_about_a_minor(text: str) -> None:
    from bot.signals import rules

    assert rules.risk_match("minors", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "how much is a ticket for a child aged 5?",
        "paljonko maksaa lapsi 3v",
        "Vad kostar det för barn under 7 år?",
        "my kids love it, is the 3 kg bag back in stock?",
        "Our 2 boys go through a box a week",
        "My 16-year-old cat needs a gentle groomer",
        "our 10-year-old car barely starts in the cold",
        "my son is 12 € cheaper than the adult ticket, right?",
    ],
)
def test_a_child_s_age_in_a_price_or_a_count_of_children_is_not_about_a_minor(text: str) -> None:
    from bot.signals import rules

    assert rules.risk_match("minors", text) is None


@pytest.mark.parametrize(
    ("text", "idiom"),
    [
        ("my flatmate will kill me if the sofa doesn't fit, do you carry it upstairs", True),
        ("the neighbours are going to skin me alive, can you come after nine", True),
        ("grandad would be spinning in his grave, but do you fix zips", True),
        ("isoisä kääntyis haudassaan jos näkis tän, korjaatteko vetoketjuja", True),
        ("farmor skulle vända sig i graven, lagar ni dragkedjor", True),
        ("sambo mördar mig om soffan inte får plats, bär ni upp den", True),
        ("kämppis tappaa mut jos sohva ei mahdu, kannatteko sen ylös", True),
        ("I'd sell a kidney for a Saturday slot", True),
        ("antaisin vaikka oikean käteni lauantaiajasta", True),
        ("that quote nearly gave me a heart attack, is fitting included", True),
        ("meinasin saada sydärin kun näin tarjouksen", True),
        ("fick nästan en hjärtattack när jag såg offerten", True),
        ("vi svälter ihjäl om lunchen inte kommer snart", True),
        ("he threatened to kill me and I went to the police", False),
        ("my uncle had a heart attack in the queue, is there a lift", False),
        ("setä sai sydänkohtauksen jonossa", False),
        ("morbror fick en hjärtattack i kön", False),
        ("my son's eczema flares if the fabric is rough, it irritates his skin if he sweats", False),
    ],
)
def test_idiom_finds_fixed_figures_of_speech_in_fi_sv_en_not_harm_told_as_it_happened(text: str, idiom: bool) -> None:
    assert (rules.match("idiom", text) is not None) is idiom


@pytest.mark.parametrize(
    "text",
    [
        "my partner is epileptic, are the lights in the shop flickering",
        "Pojalla on atooppinen iho, onko kankaissa hajusteita?",
        "Jag har celiaki, är kakorna bakade utan vete?",
        "Mulla on diabetes, onko teillä sokerittomia vaihtoehtoja",
        "psoriasis on my elbows, which fabric rubs least",
        "Farmor har demens och glömmer bort tider, kan ni ringa dagen innan?",
        "isällä on Parkinsonin tauti, onko kahvoissa isompi ote",
    ],
)
def test_a_long_term_condition_named_in_passing_is_health(text: str) -> None:
    assert "injury_or_health" in rules.risk_flags(text)
