"""Hard negatives and ordinary comments escalated as risky (issue 18, session 21): a thread's grey title, a comparison
title naming a competitor first, a rule word said of something else (a housing company's board, a gutter bleeding
water) and fixed figures of speech that borrow an illness, a death or a war for a feeling."""

from __future__ import annotations

import pytest

from bot.signals import figurative, rules
from bot.signals.combine import TITLE_SUPPORT_MIN, thread_flags
from bot.signals.judgement import CLASSES, Verdict


def _grey(flag: str) -> Verdict:
    return Verdict((), (flag,), dict.fromkeys(CLASSES, 0.0))


@pytest.mark.parametrize(
    ("title", "language", "flag"),
    [
        ("Tilaus katosi matkalla – muilla samaa?", "fi", "crisis_or_tragedy"),
        ("Grannen klagar på att snön rasar ner på hans bil", "sv", "harassment"),
        ("Home inspection before buying – is it worth it?", "en", "legal_or_financial_advice"),
    ],
)
def test_a_grey_title_whose_comments_carry_no_risk_passes_nothing(title: str, language: str, flag: str) -> None:
    sparse = {flag: 1, "injury_or_health": 2}
    assert thread_flags(title, _grey(flag), language, support=sparse, needed=TITLE_SUPPORT_MIN) == ()
    crowded = {flag: TITLE_SUPPORT_MIN}
    assert thread_flags(title, _grey(flag), language, support=crowded, needed=TITLE_SUPPORT_MIN) == (flag,)


@pytest.mark.parametrize(
    ("title", "competitor", "brand"),
    [
        ("Lukkomies vs Avainpalvelu: testasimme molemmat", "Lukkomies", "Avainpalvelu"),
        ("Takmästarna eller Kattoässä – vilken ska vi ta?", "Takmästarna", "Kattoässä"),
        ("PrintHub versus Kuvakulma for a wedding album?", "PrintHub", "Kuvakulma"),
        ("Lukkomiehen vai Avainpalvelun sarjoitus?", "Lukkomies", "Avainpalvelu"),
    ],
)
def test_a_title_setting_a_competitor_against_the_brand_is_a_comparison(
    title: str, competitor: str, brand: str
) -> None:
    assert rules.competitor_leads(title, (competitor,), (brand,)) is None


@pytest.mark.parametrize(
    ("title", "competitor", "brand"),
    [
        ("Lukkomies avaa uuden liikkeen – parempi kuin Avainpalvelu?", "Lukkomies", "Avainpalvelu"),
        ("Takmästarna – erfarenheter?", "Takmästarna", "Kattoässä"),
        ("PrintHub raised prices again, Kuvakulma or someone else?", "PrintHub", "Kuvakulma"),
    ],
)
def test_a_title_about_a_competitors_news_is_still_its_thread(title: str, competitor: str, brand: str) -> None:
    assert rules.competitor_leads(title, (competitor,), (brand,)) == competitor


@pytest.mark.parametrize(
    "text",
    [
        "Taloyhtiön hallitus ei ole vieläkään vastannut, voiko tarjouksen pyytää ilman päätöstä?",
        "Hallituksen puheenjohtaja haluaa nähdä mallin ennen kokousta, saako sellaisen?",
        "Yhdistyksen hallituksessa mietitään isompaa tilausta, onko paljousalennusta?",
        "Vaatiiko lukon vaihto hallituksen kokouksen päätöksen?",
    ],
)
def test_a_housing_companys_board_is_not_politics(text: str) -> None:
    assert "politics" not in rules.risk_flags(text, "fi")


@pytest.mark.parametrize(
    "text",
    [
        "Hallitus leikkaa taas asumistuesta, ei tässä ole varaa remonttiin",
        "Orpon hallituksen päätös nostaa alvia näkyy hinnoissa",
        "Eikö hallituksen pitäisi tukea kattoremontteja?",
    ],
)
def test_the_government_is_still_politics(text: str) -> None:
    assert "politics" in rules.risk_flags(text, "fi")


@pytest.mark.parametrize(
    ("text", "risky"),
    [
        ("The old radiator keeps bleeding rust onto the floor, is a flush included?", False),
        ("Our downpipe is bleeding water down the wall every time it rains", False),
        ("My son was bleeding after the ladder slipped, do you inspect ladders?", True),
        ("The dog is bleeding from its paw after the gate", True),
    ],
)
def test_bleeding_said_of_a_thing_is_no_injury(text: str, risky: bool) -> None:
    assert ("injury_or_health" in rules.risk_flags(text, "en")) is risky


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My boss would have a stroke if he saw the invoice lol, can I split it?", "en"),
        ("Mum would have kittens if the parcel came late", "en"),
        ("My savings would flatline if I paid it in one go", "en"),
        ("We've been at war over the colour for a month, can we get samples?", "en"),
        ("Juhlissa menin ihan kuoliaaksi ja nyt avain on hukassa", "fi"),
        ("Väsyin ihan kuoliaaksi kantaessa lunta, paljonko lumityöt maksaa?", "fi"),
        ("Jag höll på att ge upp andan i trappan, finns det hiss till lagret?", "sv"),
        ("Vi har krigat hela hösten om vilken färg taket ska ha", "sv"),
        ("Chefen skulle få en stroke om han såg fakturan", "sv"),
    ],
)
def test_figures_of_speech_borrowing_an_illness_a_death_or_a_war(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My dad had a stroke last week, can someone else sign for the parcel?", "en"),
        ("He fainted on the roof and we called an ambulance", "en"),
        ("Naapuri paleltui kuoliaaksi pihalle viime talvena", "fi"),
        ("Morfar fick en stroke i fjol och kan inte gå i trappor", "sv"),
    ],
)
def test_the_same_harms_told_as_they_happened_are_no_figure(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is None


@pytest.mark.parametrize(
    ("clause", "nearer"),
    [
        ("The old boiler is basically a coffin at this point, can it be serviced?", figurative.SIMILE_NEARER),
        ("Our hallway looked like a battlefield after the move", figurative.SIMILE_NEARER),
        ("Eteinen on kuin rikospaikka remontin jälkeen", figurative.SIMILE_NEARER),
        ("Kellari haisee ku hautausmaa, auttaako tuuletus?", figurative.SIMILE_NEARER),
        ("Rean är som en drog för mig", figurative.SIMILE_NEARER),
        ("Gamla mattan ser ut som ett slagfält", figurative.SIMILE_NEARER),
        ("My husband would have a stroke if he saw the bill", figurative.IDIOM_NEARER),
        # a symptom told by what it feels like is no likeness
        ("It feels like a heart attack every time I climb the stairs", 0.0),
        ("Tuntuu kuin rintaa puristaisi", 0.0),
        ("Det känns som en hjärtattack", 0.0),
        # a comparison of prices or quality is no likeness either
        ("Tämä on parempi kuin edellinen", 0.0),
        # a threat told as made gets no bonus
        ("He said the last guy looked like a corpse when he was done with him", 0.0),
    ],
)
def test_a_likeness_counts_nearer_a_figure_than_a_plain_clause(clause: str, nearer: float) -> None:
    assert figurative._nearer(clause) == nearer
