"""Risk kinds and opt-outs of session 38 (issue 18): a mental-health condition or a sense lost told as the speaker's
own is injury; the tax treatment of a purchase asked is firm legal advice, kept past the margin that reads a question
about the brand's own terms; the brand not wanted to comment, kept out of the speaker's comments, told to stop
following or to stop in a closing sentence is an opt-out. Every sentence here is written for this file in fi/sv/en,
none taken from an evaluation set."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.signals import rules
from bot.signals.combine import ORDINARY_MARGIN, judge
from tests.signals.helpers import harmless, question

INJURY = "injury_or_health"
LEGAL = "legal_or_financial_advice"


@pytest.mark.parametrize(
    "text",
    [
        "I've got bad anxiety in queues, can I book a quiet time slot?",
        "Panic attacks hit me in small rooms, is the workshop space large?",
        "With chronic fatigue I can only manage short sessions, do you offer 45 minutes?",
        "I'm hard of hearing, will the instructor wear a mic?",
        "Mulla on paniikkihäiriö, saako kurssille tulla tukihenkilön kanssa?",
        "Olen kuulovammainen, onko ohjeet myös kirjallisena?",
        "Masennuksen takia en jaksa soittaa, voiko tilata chatissa?",
        "Jag har panikångest i folksamlingar, finns det lugnare tider?",
        "Jag är synskadad, går det att få menyn uppläst?",
        "Efter mitt utmattningssyndrom orkar jag bara korta pass, finns det halvdagar?",
    ],
)
def test_a_mental_health_condition_or_a_sense_lost_told_as_ones_own_is_injury(text: str) -> None:
    assert INJURY in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are the paths wide enough for a wheelchair?",
        "Do you have tactile signs for visually impaired visitors?",
        "Prisångest varje gång jag öppnar kundvagnen, finns det rabatt?",
        "This weather is so depressing, are you open on Sunday?",
        "Onko pyörätuolilla esteetön pääsy sisään?",
        "Finns det hörslinga i salen?",
    ],
)
def test_an_accessibility_question_or_a_word_of_mood_is_no_injury(text: str) -> None:
    assert INJURY not in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I deduct the course fee from my taxes as a freelancer?",
        "Is the voucher tax-deductible if the company pays?",
        "What does the tax office say about gifts to clients?",
        "Voiko työkalut vähentää verotuksessa jos teen keikkatöitä?",
        "Onko lahjakortti henkilöstöetuna verotettavaa tuloa?",
        "Får man dra av kostnaden i deklarationen om man är egenföretagare?",
        "Är kursen avdragsgill för ett aktiebolag?",
        "Vad säger Skatteverket om att ge bort lampor till kunder?",
    ],
)
def test_the_tax_treatment_of_a_purchase_asked_is_firm_legal_advice(text: str) -> None:
    assert LEGAL in rules.risk_flags(text)
    assert LEGAL in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I pay by invoice as a company?",
        "Is VAT included in the price?",
        "Sisältääkö hinta arvonlisäveron?",
        "Kan man dra av rabattkoden i kassan?",
        "Do you sell gift cards for companies?",
    ],
)
def test_a_question_about_the_brands_own_terms_is_no_firm_tax_question(text: str) -> None:
    assert LEGAL not in rules.firm_flags(text)


def test_a_firm_tax_question_keeps_its_legal_flag_past_the_brands_own_terms_margin() -> None:
    text = "Kan firman köpa era presentkort och dra av det som personalförmån?"
    firm = rules.firm_flags(text)
    sig = question(language="sv", risk=(LEGAL,), evidence={"firm": ", ".join(firm)})
    verdict = replace(harmless(), flags=(LEGAL,), ordinary=ORDINARY_MARGIN + 0.005)
    judged = judge(sig, verdict)
    assert LEGAL in judged.risk
    assert LEGAL not in judge(question(language="sv", risk=(LEGAL,)), verdict).risk


@pytest.mark.parametrize(
    "text",
    [
        "How long does delivery take? And honestly, I don't want Kivikko replying here.",
        "I don't want the shop to comment on this, asking other buyers.",
        "Paljonko kurssi maksaa? En halua että Saviranta vastaa tähän.",
        "Hur länge håller färgen? Jag vill inte att butiken svarar här.",
        "Brands, stay out of my mentions. Which rope is best for beginners?",
        "Sluta följa mig, jag har bara frågat en sak.",
        "Varför gillar ni alla mina inlägg? Håll er borta från mina kommentarer.",
        "Pysykää poissa mun ketjusta, kysyin muilta.",
        "Firma tykkäsi jokaisesta kuvastani. Lopettakaa seuraaminen.",
        "You sent me three DMs this week. Stop.",
        "Ni har mejlat mig två gånger i dag. Snälla sluta.",
    ],
)
def test_the_brand_not_wanted_kept_out_or_told_to_stop_is_an_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to comment on the colour, but does it come in size 44?",
        "En halua että lapset satuttaa itseään, onko kypärää pienempänä?",
        "Stop by the shop on Friday, they have a sale",
        "Can I stop the subscription for a month?",
        "Hur stoppar man läckan? Sluta inte läsa här.",
        "Lopeta jo tuo hintojen nosto, miksi taas kalliimpaa?",
        "Håll er borta från den gamla modellen, den läcker",
    ],
)
def test_a_speaker_not_commenting_a_stop_inside_a_sentence_or_a_warning_is_no_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The funeral is on Saturday, can the vase be ready by Friday?",
        "Siunaustilaisuus on ensi viikolla, ehtiikö kaiverrus?",
        "Hautajaiset pidetään lauantaina, onko teillä mustia servettejä?",
        "Begravningen är om tio dagar, hinner ni gravera skålen?",
    ],
)
def test_a_funeral_told_as_a_date_to_come_is_a_firm_crisis(text: str) -> None:
    assert "crisis_or_tragedy" in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My old phone had a proper funeral in the drawer, does the new case fit?",
        "Mailan hautajaiset pidettiin saunassa 😂 onko uusissa takuu?",
        "Is the vase big enough for funeral flowers?",
    ],
)
def test_a_things_joke_funeral_or_funeral_flowers_is_no_firm_crisis(text: str) -> None:
    assert "crisis_or_tragedy" not in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voiko tilauksen perua, mitä kuluttajansuojalaki sanoo?",
        "Onko mulla maksupalvelulain mukaan oikeus saada rahat takaisin?",
        "Har jag rätt till ersättning enligt konsumenttjänstlagen?",
        "What does the Consumer Rights Act say about a late delivery?",
    ],
)
def test_a_law_named_by_its_own_name_asked_of_is_firm_legal_advice(text: str) -> None:
    assert LEGAL in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mikä on teidän palautusaika?",
        "Is the act of sharpening included in the price?",
        "Hur lång är ångerrätten hos er?",
    ],
)
def test_the_brands_own_return_terms_asked_are_no_named_law(text: str) -> None:
    assert LEGAL not in rules.firm_flags(text)
