"""Risk and opt-out kinds missed or mistaken on the spent judgement-m (issue 18, session 23): an animal's illness told
in passing (injury_or_health), a legal question in passing (legal_or_financial_advice), an opt-out that says whom the
writer wants to hear from, and figures of speech the idiom list lacked (emotion hyperbole, borrowed crime, drugs, war
and psychiatry). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from bot.signals import figurative, rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our hens have parasites again, is the powder safe for eggs?", "en"),
        ("My betta got fin rot after I changed the filter, could the water be too warm?", "en"),
        ("The puppy was lethargic all day after the new chew toy", "en"),
        ("One of my guppies has a swollen belly, is the food too rich?", "en"),
        ("Koiran tassu on tulehtunut, voiko se johtua lattian pesuaineesta?", "fi"),
        ("Neontetrat sairastui viikon sisällä kun vaihdoin pohjasoran", "fi"),
        ("Mun kultakala sai valkopilkkutaudin, auttaako lämmön nosto?", "fi"),
        ("Kissa on ollut sairaana siitä asti kun vaihdettiin ruoka", "fi"),
        ("Hästen har svullnat i benet sedan vi bytte strö", "sv"),
        ("Mina fiskar fick vitprickssjuka, kan det vara värmaren?", "sv"),
        ("Katten blev sjuk efter det nya fodret, har fler märkt något?", "sv"),
    ],
)
def test_an_animals_illness_told_in_passing_is_injury_or_health(text: str, language: str) -> None:
    assert "injury_or_health" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My fish are my therapy, do you sell plant fertiliser?", "en"),
        ("The dog is sick of waiting for the new flavour", "en"),
        ("Our cat won't eat the new flavour, any other kinds?", "en"),
        ("Kalat on mun terapia, onko teillä isompia altaita?", "fi"),
        ("Tää kalaruoka on sairaan hyvää, kalat rakastaa", "fi"),
        ("Kissa ei syö uutta makua, onko muita?", "fi"),
        ("Fiskarna är min terapi efter jobbet", "sv"),
        ("Katten äter inte den nya smaken, finns det fler?", "sv"),
        # bees are the beekeeper's trade: mites counted on a board are no pet's illness
        ("Does the mite board kill the mites or only count them?", "en"),
    ],
)
def test_a_pet_named_without_an_illness_is_no_injury(text: str, language: str) -> None:
    assert "injury_or_health" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Is there a minimum legal distance from a school? Asking before I call the council", "en"),
        ("Is it even legal to keep a boat trailer on the street?", "en"),
        ("What does the law say about noise from a heat pump next to the neighbour?", "en"),
        ("Onko se edes laillista pitää mehiläisiä rivitalon pihalla?", "fi"),
        ("Mitä laki sanoo, tarvitaanko rakennuslupa saunalle?", "fi"),
        ("Paljonko on laillinen etäisyys naapurin rajaan?", "fi"),
        ("Vad säger lagen om avstånd till tomtgränsen?", "sv"),
        ("Är det ens lagligt att ha höns i stan?", "sv"),
        ("Behöver man bygglov för ett växthus på 15 kvadrat?", "sv"),
    ],
)
def test_a_legal_question_in_passing_is_legal_advice(text: str, language: str) -> None:
    assert "legal_or_financial_advice" in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onko teillä lainakiikareita tapahtumassa?", "fi"),
        ("Gäller returrätten även för rea-varor?", "sv"),
        ("Can I return the scope within 30 days?", "en"),
        ("Is the lid legit or a knock-off?", "en"),
    ],
)
def test_loan_and_return_questions_are_no_legal_question(text: str, language: str) -> None:
    assert "legal_or_financial_advice" not in rules.risk_flags(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Which filter do you all use? Only want to hear from other owners, not the company", "en"),
        ("Answers from real users please, not from Acme themselves", "en"),
        ("Mitä pohjaa te käytätte? Haluan kuulla vain muilta käyttäjiltä, en firmalta", "fi"),
        ("Kokemuksia muilta harrastajilta kiitos, ei Akvaariomaailmalta itseltään", "fi"),
        ("Vilken lampa har ni? Vill bara höra från andra kunder, inte från butiken", "sv"),
        ("Svar från riktiga användare tack, inte från Fiskhuset själva", "sv"),
    ],
)
def test_an_opt_out_that_says_whom_the_writer_wants_to_hear_from(text: str, language: str) -> None:
    assert rules.match("opt_out", text, language) is not None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Would love to hear from other owners, not just read the reviews", "en"),
        ("I want to hear from other owners, not the reviews", "en"),
        ("Tips from other beekeepers welcome, not sure which hive to pick", "en"),
        ("Kokemuksia muilta kiitos, en ole varma kumpi malli", "fi"),
        ("Vill höra från andra kunder, inte bara läsa recensioner", "sv"),
    ],
)
def test_asking_others_without_turning_the_brand_down_is_no_opt_out(text: str, language: str) -> None:
    assert rules.match("opt_out", text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A cracked hose is my sleep paralysis demon, is the seal covered?", "en"),
        ("This view is criminally good, do you deliver tripods?", "en"),
        ("Threading the needle kills my nerves, is there an auto threader?", "en"),
        ("Gardening is better than a psychiatrist, do you sell gloves?", "en"),
        ("The sunset was so pretty I nearly fainted, what lens was it?", "en"),
        ("The drip line turned my balcony into a war zone, can I lower the pressure?", "en"),
        ("Tää langoitus tappaa mun hermot, saako tilalle valmiin?", "fi"),
        ("Neulominen on parempi kuin terapia, onko lankaa tummana?", "fi"),
        ("Rikollisen hyvä hinta, onko toimitus ilmainen?", "fi"),
        ("Olohuone näyttää kuin sota olisi käynyt, ehtiikö asentaja perjantaina?", "fi"),
        ("Det här mönstret tar död på mina nerver, finns det en enklare modell?", "sv"),
        ("Kriminellt billigt, ingår frakten?", "sv"),
        ("Månen var så vacker att jag nästan svimmade, vilket okular var det?", "sv"),
        ("Pysslet är värre än kokain, har ni fler mönster?", "sv"),
    ],
)
def test_new_figures_of_speech_are_idioms(text: str, language: str) -> None:
    assert rules.match("idiom", text, language) is not None
    assert figurative._idiom(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("My dad nearly fainted in the sauna, is the heater too strong?", "en"),
        ("Isä meinasi pyörtyä saunassa, onko kiuas liian tehokas?", "fi"),
        ("Mormor svimmade nästan i värmen, hur kallt blir rummet?", "sv"),
        ("He said he would kill my nerves and me too", "en"),
    ],
)
def test_a_real_faint_is_no_figure(text: str, language: str) -> None:
    found = rules.match("idiom", text, language)
    assert found is None or not figurative._idiom(text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How do I contact your support? The chat is closed on Sundays", "en"),
        ("What's the customer service phone number? The form does not load", "en"),
        ("Mistä saa yhteyden asiakaspalveluun? Sähköpostiin ei oo vastattu", "fi"),
        ("Asiakaspalvelun sähköposti ei löydy sivuilta, mikä se on?", "fi"),
        ("Vem kontaktar man om leveransen är skadad?", "sv"),
        ("Hur får man tag på kundtjänst en lördag?", "sv"),
        ("Finns det ett telefonnummer till kundtjänst?", "sv"),
        ("Is there a phone number for customer service?", "en"),
        ("Löytyykö puhelinnumero asiakaspalveluun?", "fi"),
    ],
)
def test_asking_how_to_reach_the_brand_clears_an_opt_out_doubt(text: str, language: str) -> None:
    from bot.signals.judgement import Verdict, _contact

    verdict = _contact(Verdict(flags=(), uncertain=("opt_out",), scores={"opt_out": 0.6}), text)
    assert verdict.asks_contact
    assert "opt_out" not in verdict.uncertain


@pytest.mark.parametrize(
    "text",
    [
        "Who do I contact to stop these emails?",
        "Keneen otan yhteyttä että saan lopetettua mainosviestit?",
        "Vem kontaktar man för att avregistrera sig från nyhetsbrevet?",
        "How do I contact you? Actually don't reply to me here",
    ],
)
def test_asking_whom_to_reach_to_stop_contact_keeps_the_opt_out(text: str) -> None:
    from bot.signals.judgement import Verdict, _contact

    verdict = _contact(Verdict(flags=(), uncertain=("opt_out",), scores={"opt_out": 0.6}), text)
    assert not verdict.asks_contact
    assert "opt_out" in verdict.uncertain


def test_an_opt_out_doubt_is_not_raised_on_a_comment_asking_to_reach_the_brand() -> None:
    from dataclasses import replace

    from bot.signals.combine import OPT_OUT_DOUBT, judge
    from bot.signals.judgement import Verdict
    from bot.signals.types import Signals

    sig = Signals(language="en", intent="question", emotion="neutral", is_question=True)
    verdict = Verdict(flags=(), uncertain=(), scores={"opt_out": OPT_OUT_DOUBT + 0.1})
    assert judge(sig, verdict).opt_out_doubt
    assert not judge(sig, replace(verdict, asks_contact=True)).opt_out_doubt


@pytest.mark.parametrize(
    "text",
    [
        "Which kit is best for kids, the small or the large one?",
        "Do you have children's sizes of the jacket?",
        "Mikä koko sopii 8-vuotiaalle, S vai M?",
        "Onko lasten käsineitä samassa sarjassa?",
        "Vilken storlek passar för en 7-åring?",
        "Finns overallen i barnstorlek?",
    ],
)
def test_a_parent_choosing_a_size_for_a_child_drops_the_detectors_minors(text: str) -> None:
    from bot.signals.judgement import Verdict, _child_buyer

    verdict = _child_buyer(Verdict(flags=("minors",), uncertain=(), scores={"minors": 0.8}), text)
    assert "minors" not in verdict.flags


@pytest.mark.parametrize(
    "text",
    [
        "I'm 13, which size fits me best?",
        "Mun tytär (9v) on allerginen, mikä koko sopii lapselle?",
        "Jag är 14 och undrar vilken storlek som passar för barn",
        "My son is being bullied at school, anyone else?",
    ],
)
def test_a_child_speaking_or_a_childs_own_situation_keeps_the_detectors_minors(text: str) -> None:
    from bot.signals.judgement import Verdict, _child_buyer

    verdict = _child_buyer(Verdict(flags=("minors",), uncertain=(), scores={"minors": 0.8}), text)
    assert "minors" in verdict.flags
