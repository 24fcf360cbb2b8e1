"""Risk kinds missed or mistaken on the spent judgement-n (issue 18, session 23, second round): a death told by its
mourning (a memorial, condolences, resting in peace, grief), a particular child named with the age, money trouble told
by the public help asked for and tax in passing, an animal's lameness and illnesses by name; and the figures and plain
questions a foraging or riding group asks that are no harm ("is it poisonous?", "paras lääke"). Every sentence here is
written for this file."""

from __future__ import annotations

import pytest

from bot.signals import rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In loving memory of Musti, our stable cat 2010-2025", "en"),
        ("Remembering our choir leader Maija", "en"),
        ("I'm so sorry for your loss, he taught half the village to sail", "en"),
        ("Is the memorial service open to everyone?", "en"),
        ("I still can't believe he's gone", "en"),
        ("Lepää rauhassa Pekka, kiitos kaikesta", "fi"),
        ("Osanottoni koko perheelle", "fi"),
        ("Milloin muistotilaisuus pidetään?", "fi"),
        ("Tarvitaanko lapselle suruterapeutti?", "fi"),
        ("Till minne av vår ponny Stella", "sv"),
        ("Vila i frid, Stella", "sv"),
        ("Beklagar sorgen, hon var en fin häst", "sv"),
        ("Blir det en minnesstund i stallet på lördag?", "sv"),
        ("Hur berättar man för barnen att hunden har dött?", "sv"),
    ],
)
def test_a_death_told_by_its_mourning_is_a_crisis(text: str, language: str) -> None:
    assert "crisis_or_tragedy" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Remembering to bring rubber boots is half the tour", "en"),
        ("Kuvasin sienet muistoksi ennen kuin söin ne", "fi"),
        ("Onko Muistolaatikko saatavilla isompana?", "fi"),
        ("Det är sorgligt att priset höjdes igen", "sv"),
        ("Min gamla sadel har dött, säljer ni nya?", "sv"),
    ],
)
def test_remembering_and_a_things_end_are_no_crisis(text: str, language: str) -> None:
    assert "crisis_or_tragedy" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Veeti 8v soittaa ensimmäistä kertaa sellolla", "fi"),
        ("Meidän Iida (7) pelkää isoja hevosia, voiko hän aloittaa ponilla?", "fi"),
        ("Mun tyttö Aada on 10 ja haluaisi tulla yksin", "fi"),
        ("Min son Viktor, 9, vill börja på ridlägret", "sv"),
        ("Min dotter Tilda är 11 och vill gå själv", "sv"),
        ("Our Oscar (6) puts everything in his mouth, can he still come?", "en"),
        ("My son Noah is 12 and wants to book it himself", "en"),
    ],
)
def test_a_particular_child_named_with_the_age_is_minors(text: str, language: str) -> None:
    assert "minors" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Takuu 2v, sopiiko se myös vuokrasoittimiin?", "fi"),
        ("Koko 7v vai 8v, kumpi on parempi?", "fi"),
        ("Lautapeli 7v+ on tosi suosittu", "fi"),
        ("Battery 9V included?", "en"),
        ("Bilen 9 år gammal klarar vägen dit?", "sv"),
        ("Aloitti 7-vuotias pianotunnit, nyt haluaa viulun", "fi"),
        ("Beställningar (3) syns inte i appen", "sv"),
    ],
)
def test_a_size_warranty_or_volt_is_no_named_child(text: str, language: str) -> None:
    assert "minors" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Does the council pay the riding fee for families on income support?", "en"),
        ("Is a guided tour a tax-free benefit for staff, or taxable?", "en"),
        ("How do we value grandad's cello for the estate inventory?", "en"),
        ("Maksaako kunta leirimaksun jos on pienituloinen?", "fi"),
        ("Onko marjojen myynti verovapaata?", "fi"),
        ("Tarvitaanko viulun arvo perunkirjoitukseen?", "fi"),
        ("Finns det någon kommun som betalar kursen?", "sv"),
        ("Måste man skatta för svamp man säljer?", "sv"),
        ("Ska fiolen med i bouppteckningen?", "sv"),
    ],
)
def test_public_help_and_tax_in_passing_are_money_advice(text: str, language: str) -> None:
    assert "legal_or_financial_advice" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Raha on tiukilla, kumpi malli kannattaa?", "fi"),
        ("Mitä kelahuolto maksaa?", "fi"),
        ("Money is tight this year, which tour is shortest?", "en"),
        ("Vi ska tömma ett dödsbo, har ni flyttkartonger?", "sv"),
    ],
)
def test_money_talk_without_help_or_tax_is_no_money_advice(text: str, language: str) -> None:
    assert "legal_or_financial_advice" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our pony looked lame after the trail ride", "en"),
        ("Hevonen ontuu taas oikeaa etujalkaa", "fi"),
        ("Hästen haltar sedan i söndags", "sv"),
        ("I get nosebleeds in the cold workshop air", "en"),
        ("Sain borrelioosin viime kesänä", "fi"),
        ("My daughter got poisoned by a mushroom she picked", "en"),
        ("We called poison control after he tasted one", "en"),
        ("Sain sienimyrkytyksen ja olin sairaalassa", "fi"),
        ("Koira myrkyttyi jostain metsässä", "fi"),
        ("Otan lääkettä verenpaineeseen, saako tulla retkelle?", "fi"),
    ],
)
def test_harm_in_these_domains_is_injury_or_health(text: str, language: str) -> None:
    assert "injury_or_health" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is the false morel poisonous even when boiled?", "en"),
        ("Voiko tämä sieni myrkyttää raakana?", "fi"),
        ("Haluan tehdä risottoa ettei myrkytä koko sukua 😂", "fi"),
        ("Tää metsä on paras lääke stressiin", "fi"),
        ("Ridningen är bästa medicinen efter jobbet", "sv"),
        ("That pun was lame", "en"),
    ],
)
def test_a_plain_question_or_a_figure_is_no_injury(text: str, language: str) -> None:
    assert "injury_or_health" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can we bring dried chanterelles into the UK in hand luggage?", "en"),
        ("Are there customs rules for bringing a violin bow with ivory?", "en"),
        ("Saako kuivattuja sieniä viedä Norjaan lentokoneessa?", "fi"),
        ("Får man föra in fiolen över gränsen utan papper?", "sv"),
        ("Räknas det som import om jag hämtar den i Tallinn?", "sv"),
    ],
)
def test_what_may_cross_a_border_is_legal_advice(text: str, language: str) -> None:
    assert "legal_or_financial_advice" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Do you ship strings to Norway?", "en"),
        ("Toimitatteko kieliä Ruotsiin?", "fi"),
        ("Skickar ni stråkar till Finland?", "sv"),
    ],
)
def test_delivery_abroad_is_no_legal_advice(text: str, language: str) -> None:
    assert "legal_or_financial_advice" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'm scared to death of big horses, can I start on a pony?", "en"),
        ("Our killer pony Nelli bites everyone's pockets, can we book her?", "en"),
        ("I nearly died of shame when I fell off at the walk", "en"),
        ("Mulla on kuolemanpelko hevosten kanssa, voiko tulla katsomaan?", "fi"),
        ("Tallin tappajaponi Nöpö on kaikkien suosikki", "fi"),
        ("Jag är dödsrädd för hästar men vill testa", "sv"),
        ("Alla kallar honom mördarponnyn, men han är snäll", "sv"),
        ("Jag dog av skam när jag tappade stigbygeln", "sv"),
    ],
)
def test_riding_fears_and_nicknames_are_idioms(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None
