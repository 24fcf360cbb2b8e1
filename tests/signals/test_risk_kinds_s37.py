"""Risk kinds of session 37 (issue 18): a harm done to a body told as it happened beside a question, a fine or the
law's leave asked of an act, and named strain conditions; a firm rule's hit survives a figure of speech and a question
about the brand's own terms. Every sentence here is written for this file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.signals import combine, rules
from bot.signals.combine import judge
from bot.signals.judgement import Verdict
from tests.signals.helpers import harmless, question

INJURY = "injury_or_health"
LEGAL = "legal_or_financial_advice"


@pytest.mark.parametrize(
    "text",
    [
        "Niska meni jumiin kun kannoin laatikoita, onko teillä kevyempää mallia?",
        "Polveni petti portaissa viime viikolla, saako tuotteen palauttaa?",
        "Leikkasin peukaloni paketin reunaan, onko uusissa pehmeämpi reuna?",
        "Kädestä tuli iso haava kun kiinnitin jalkaa. Myyttekö suojahanskoja?",
        "Klämde fingret i gångjärnet igår, finns det en broms på locket?",
        "Ryggen låste sig när jag bar hem lådan, levererar ni till dörren?",
        "Threw my back out lifting the old one, do you carry it upstairs?",
        "My dad sliced his finger on the blade guard, is there a safer model?",
        "Pulled a muscle moving the box, can you deliver it assembled?",
    ],
)
def test_a_harm_done_to_a_body_told_as_it_happened_is_a_firm_injury(text: str) -> None:
    assert INJURY in rules.risk_flags(text)
    assert INJURY in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "This price cut my budget in half, any discount?",
        "Selkänoja on tosi mukava, onko sitä muissa väreissä?",
        "Skar brödet med kniven, den är fantastisk",
        "The sale really broke the bank, do you ship to Åland?",
        "Haavan ja koivun puut, kumpi sopii paremmin saunaan?",
        "Lauteet tuli haavasta, kestääkö se löylyä?",
        "Löin pääni seinään koko illan ohjeen kanssa, onko videota?",
        "Det slog mig att priset är lägre i butiken, stämmer det?",
        "I smashed my head against the wall over the manual, is there a video?",
    ],
)
def test_a_cut_budget_a_backrest_bread_or_aspen_wood_is_no_injury(text: str) -> None:
    assert INJURY not in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voiko siitä tulla sakkoa jos pysäköin pihalle?",
        "Saako veneen jättää rantaan laillisesti talveksi?",
        "Kan man få böter om man eldar på tomten?",
        "Får man lagligt sälja egna ägg på torget?",
        "Will I get fined if I ride it on the pavement?",
        "Can I legally fly it over the neighbour's yard?",
    ],
)
def test_a_fine_or_the_laws_leave_asked_of_an_act_is_firm_legal_advice(text: str) -> None:
    assert LEGAL in rules.risk_flags(text)
    assert LEGAL in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kypärä on pakollinen, muuten tulee sakot.",
        "Is it fine to wash it at 40?",
        "Do you sell fine sandpaper?",
        "Saako tästä lahjapaketin?",
    ],
)
def test_a_fine_told_a_fine_grain_or_a_plain_may_i_is_no_legal_question(text: str) -> None:
    assert LEGAL not in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've had RSI for years, is the grip thicker?",
        "Mulla on karpaalitunneli, onko kevyempää versiota?",
        "Jag är färgblind, finns kablarna märkta med text?",
        "My son is colour-blind, are the pieces numbered?",
    ],
)
def test_a_named_strain_or_sight_condition_is_injury(text: str) -> None:
    assert INJURY in rules.risk_flags(text)


def _figure_verdict() -> Verdict:
    """The detector near nothing, the riskiest clause read as a figure of speech by a wide margin."""
    return replace(harmless(), figure=0.2)


def _ordinary_verdict() -> Verdict:
    """The detector near nothing, the riskiest clause read as a plain question about the brand's terms."""
    return replace(harmless(), ordinary=0.2)


def test_a_firm_injury_is_kept_when_its_clause_reads_as_a_figure() -> None:
    sig = question(risk=(INJURY,), evidence={"firm": INJURY})
    assert INJURY in judge(sig, _figure_verdict()).risk


def test_a_firm_hit_on_praise_is_still_dropped_as_a_figure() -> None:
    praise = question(intent="praise", is_question=False, risk=(LEGAL,), evidence={"firm": LEGAL})
    assert LEGAL not in judge(praise, _figure_verdict()).risk


def test_a_rule_injury_that_is_not_firm_is_dropped_as_a_figure() -> None:
    sig = question(risk=(INJURY,))
    assert INJURY not in judge(sig, _figure_verdict()).risk


def test_a_firm_legal_question_is_kept_when_it_reads_as_the_brands_own_terms() -> None:
    sig = question(risk=(LEGAL,), evidence={"firm": LEGAL})
    assert LEGAL in judge(sig, _ordinary_verdict()).risk
    assert LEGAL not in judge(question(risk=(LEGAL,)), _ordinary_verdict()).risk


def test_firm_not_figure_off_lets_the_figure_drop_a_firm_injury(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(combine, "FIRM_NOT_FIGURE", False)
    sig = question(risk=(INJURY,), evidence={"firm": INJURY})
    assert INJURY not in judge(sig, _figure_verdict()).risk


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Har betalningsanmärkning sedan i våras, kan jag dela upp betalningen?", LEGAL),
        ("Olen velkajärjestelyssä, voiko tilata laskulla?", LEGAL),
        ("I'm dealing with a collection agency, can I still pay by invoice?", LEGAL),
        ("My uncle lost a finger to an old saw, is there a guard on this one?", INJURY),
        ("Sädehoidon jälkeen iho on arka, onko pehmeämpää kangasta?", INJURY),
        ("During my chemo I could only wear soft wool, is this one soft?", INJURY),
    ],
)
def test_money_trouble_by_its_name_a_lost_finger_or_a_grave_illness_treated_is_firm(text: str, flag: str) -> None:
    assert flag in rules.firm_flags(text)


def test_a_loan_joked_about_is_no_firm_money_trouble() -> None:
    assert LEGAL not in rules.firm_flags("Kohta pitää ottaa pikavippi että pääsee konserttiin, kiitti vaan 👏")


@pytest.mark.parametrize(
    "title",
    [
        "Vi planterar en minneslund för vår tränare – vilka växter håller?",
        "Koulun muistohuone avataan maanantaina",
        "Building a memorial garden for our neighbour",
    ],
)
def test_a_title_naming_a_memorial_place_passes_a_crisis_to_its_comments(title: str) -> None:
    assert "crisis_or_tragedy" in combine.thread_flags(title, None)
