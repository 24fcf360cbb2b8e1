"""Risk kinds of session 26 (issue 18): a thread titled with a death toll or with politics named by its institutions
passes its class to every comment under it; liability in law, Finnish stitches, a drowning and a diagnosis or an
operation told in passing. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import judge, thread_flags
from tests.signals.helpers import harmless, question


@pytest.mark.parametrize(
    "title",
    [
        "Bussolycka vid Kiruna: tre döda och flera skadade",
        "Ferry fire off Åland – four people dead, dozens rescued",
        "Tunnel collapse in Bergen: 2 killed",
        "Kerrostalopalo Kuopiossa – kolme ihmistä kuollutta",
        "Skoterolycka på sjön i natt, en död",
    ],
)
def test_a_title_telling_a_death_toll_passes_a_crisis_to_its_comments(title: str) -> None:
    assert "crisis_or_tragedy" in thread_flags(title, None)


@pytest.mark.parametrize(
    "text",
    [
        "Two dead batteries in the box, can I get new ones?",
        "The show at 2:15 totally killed it, best part",
        "Three dead pixels on the new screen, is that covered?",
        "Fem döda flugor i fönstret, är det normalt i stugan?",
    ],
)
def test_a_count_of_dead_things_or_a_time_is_no_death_toll(text: str) -> None:
    assert "crisis_or_tragedy" not in rules.firm_flags(text)


@pytest.mark.parametrize(
    "title",
    [
        "Town council votes to close the public sauna – what now?",
        "EU ban on single-use grills: sensible climate policy or nanny state?",
        "Kaupunginvaltuusto lakkauttaa uimahallin aamuvuorot",
        "Ministeriön lakiehdotus kieltäisi ilotulitteet kokonaan",
        "Regeringens lagförslag om snöskotrar splittrar fullmäktige",
        "Sannfinländarna och SFP oeniga om fiskekvoterna",
    ],
)
def test_a_title_naming_politics_by_its_institutions_passes_politics_to_its_comments(title: str) -> None:
    assert "politics" in thread_flags(title, None)


@pytest.mark.parametrize(
    "text",
    [
        "What is your return policy on opened packs?",
        "Brussels sprouts with the roast, or carrots?",
        "Our housing company's board decided to repaint the stairwell",
        "Vihreät kynttilät loppu, tuleeko lisää?",
        "Does the EU plug fit the charger?",
    ],
)
def test_a_policy_a_sprout_or_a_green_candle_is_no_politics(text: str) -> None:
    assert "politics" not in rules.risk_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("When does the city council vote on the new harbour fee?", "politics"),
        ("Mitä mieltä vasemmistoliitto on tästä?", "politics"),
        ("Who is liable if a guest slips on the ice by your door?", "legal_or_financial_advice"),
        ("Vem ansvarar om hunden biter någon på gården?", "legal_or_financial_advice"),
        ("Kuka on korvausvastuussa jos vene irtoaa laiturista?", "legal_or_financial_advice"),
    ],
)
def test_politics_by_its_institutions_and_liability_are_firm_on_a_harmless_question(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text) and flag in rules.firm_flags(text)
    evidence = {"firm": ", ".join(rules.firm_flags(text))}
    assert flag in judge(question(risk=(flag,), evidence=evidence), harmless()).risk


@pytest.mark.parametrize(
    "text",
    [
        "Ingen juridisk fråga, bara nyfiken på öppettiderna",
        "Is the parking liable to be full on Saturdays?",
    ],
)
def test_a_question_saying_it_is_not_legal_or_using_liable_to_is_no_liability(text: str) -> None:
    assert "legal_or_financial_advice" not in rules.firm_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Viiltää sormeen terällä, ja tikit tuli päivystyksessä. Onko suojahanskoja?", "injury_or_health"),
        ("Vähän haava ommeltiin eilen, voiko silti tulla saunaan?", "injury_or_health"),
        ("I have ADHD and struggle with long sessions, are there short ones?", "injury_or_health"),
        ("Polvi leikattiin keväällä, sopiiko tämä kurssi vielä?", "injury_or_health"),
        ("Min man är nyopererad i ryggen, kan han åka med?", "injury_or_health"),
        ("I'm recovering from knee surgery, is the path flat?", "injury_or_health"),
        ("Naapurin poika hukkui viime kesänä samassa järvessä", "crisis_or_tragedy"),
        ("My cousin drowned off that pier years ago", "crisis_or_tragedy"),
    ],
)
def test_stitches_a_diagnosis_an_operation_or_a_drowning_told_in_passing_is_risk(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meidän kissa leikattiin viime viikolla, sopiiko tämä ruoka?",
        "Tukka leikattiin lyhyeksi, kiva lopputulos",
        "Budjetista leikattiin taas, harmi",
    ],
)
def test_a_neutered_cat_a_haircut_or_a_cut_budget_is_no_injury(text: str) -> None:
    assert "injury_or_health" not in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi skrattade ihjäl oss åt skylten vid entrén",
        "Kursen var dödskul, kommer ni ha en till i vår?",
        "The alarm on this thing could wake the dead, can I turn it down?",
        "These refills will bankrupt me, is there a bigger pack?",
        "Naurettiin ittemme kuoliaaksi koko ilta",
    ],
)
def test_laughing_to_death_waking_the_dead_or_going_bankrupt_for_a_purchase_is_an_idiom(text: str) -> None:
    assert rules.match("idiom", text)


@pytest.mark.parametrize(
    "text",
    [
        "My brother drowned in the lake last summer",
        "The company went bankrupt and took our deposit",
    ],
)
def test_a_death_or_a_bankruptcy_told_as_it_happened_is_no_idiom(text: str) -> None:
    assert not rules.match("idiom", text)


@pytest.mark.parametrize(
    "text",
    [
        "Awful. Our thoughts are with the families tonight",
        "Hemskt, tankarna går till de anhöriga",
        "Kauhea uutinen, voimia omaisille ja läheisille",
    ],
)
def test_thoughts_sent_to_the_bereaved_are_a_firm_crisis(text: str) -> None:
    assert "crisis_or_tragedy" in rules.firm_flags(text)


def test_thoughts_on_a_family_pack_are_no_crisis() -> None:
    assert "crisis_or_tragedy" not in rules.risk_flags("Any thoughts on the family pack? Is it worth it?")


def test_the_finnish_conditional_would_die_is_no_crisis_but_the_past_is() -> None:
    assert "crisis_or_tragedy" not in rules.risk_flags("Ilman kahvia kuolisin joka aamu, onko isompaa pakettia?", "fi")
    assert "crisis_or_tragedy" in rules.risk_flags("Vaari kuoli keväällä, voiko tilauksen siirtää minulle?", "fi")
