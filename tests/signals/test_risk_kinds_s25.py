"""Risk kinds of session 25 (issue 18): a death told in passing by the one who lost someone, and a crowd set on a
named person's private life. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import _firm as combine_firm
from bot.signals.combine import judge
from bot.signals.offline import OfflineClassifier
from knowledge.embeddings import LocalE5Embedder
from tests.signals.helpers import harmless, question


@pytest.mark.parametrize(
    "text",
    [
        "My wife passed in the spring and the cottage was hers. Can we still keep the booking?",
        "Our old cat is being put to sleep next week, can someone come to the house for photos?",
        "They had to put her down after the fall, I still can't look at the saddle",
        "I lost my dad two years ago and this shop was his favourite",
        "Sewing a pillow from my late grandmother's aprons, which needle do I need?",
        "Mormor gick bort i somras och vi behöver hjälp med flytten",
        "Grannens son tog sitt liv i vintras, alla här är chockade",
        "Han hittades död i stugan efter två dagar",
    ],
)
def test_a_death_told_in_passing_is_a_crisis(text: str) -> None:
    assert "crisis_or_tragedy" in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son passed his driving test last week, can he rent the van now?",
        "My dad passed the old tent on to us, does it fit the new poles?",
        "I lost my wallet somewhere in the shop, did anyone hand it in?",
        "We put the tent down on the wet grass, is that bad for the floor?",
        "Min gamla mixer dog efter ett år, hur lång är garantin?",
        "Our late check-in was fine, thanks for waiting",
    ],
)
def test_a_passed_test_a_lost_thing_or_a_broken_machine_is_no_crisis(text: str) -> None:
    assert "crisis_or_tragedy" not in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "That instructor is a joke, let's all flood his personal Instagram until he quits",
        "Her husband's Facebook is public if anyone wants to tell him what she did",
        "Somebody should teach that guy a lesson after closing time",
        "Everyone go spam her inbox, she deserves it",
        "I'll make his whole life hell, you'll see",
        "Jag har hennes nummer om någon vill säga vad de tycker",
        "Någon borde hälsa på honom efter jobbet",
        "Sprid hans bild så alla vet vem han är",
        "Joku vois odottaa sitä parkkipaikalla illalla",
        "Soittakaa sille keskellä yötä niin oppii",
    ],
)
def test_a_crowd_set_on_a_named_persons_private_life_is_harassment(text: str) -> None:
    assert "harassment" in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can I pay with my personal card instead of the company one?",
        "Her daughter's school had a trip to your farm, it was lovely",
        "Someone should teach me how to thread this machine, ha",
        "Let's all go to the open day on Saturday!",
        "Joku vois kertoa mulle miten tää toimii",
        "Någon borde ge mig ett tips om garn",
        "Jag har hans gamla symaskin, går den att laga?",
    ],
)
def test_ordinary_talk_about_people_and_their_things_is_no_harassment(text: str) -> None:
    assert "harassment" not in rules.risk_flags(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Will the memorial concert be streamed? I'm abroad", "crisis_or_tragedy"),
        ("I'm sewing a quilt from my late husband's shirts, which needle?", "crisis_or_tragedy"),
        ("Får man ta med sig svamp över gränsen till Sverige?", "legal_or_financial_advice"),
        ("Is it even legal to sell mushrooms at the market?", "legal_or_financial_advice"),
    ],
)
def test_a_rule_naming_the_situation_is_firm_and_kept_on_a_question_the_detector_finds_harmless(
    text: str, flag: str
) -> None:
    assert flag in rules.risk_flags(text) and flag in rules.firm_flags(text)
    judged = judge(question(risk=(flag,), evidence={"firm": flag}), harmless())
    assert flag in judged.risk


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("My phone died mid-call, can I still reach support by email?", "crisis_or_tragedy"),
        ("This list is going to make me bankrupt lol, is there a discount?", "legal_or_financial_advice"),
    ],
)
def test_a_word_that_also_makes_a_figure_is_not_firm_and_dropped_on_a_harmless_question(text: str, flag: str) -> None:
    assert flag in rules.risk_flags(text) and flag not in rules.firm_flags(text)
    judged = judge(question(risk=(flag,), evidence={}), harmless())
    assert flag not in judged.risk and "figurative" in judged.evidence


def test_the_offline_classifier_names_its_firm_flags_in_its_evidence() -> None:
    classifier = OfflineClassifier(LocalE5Embedder())
    firm, loose = classifier.classify(
        ["Will the memorial concert be streamed? I'm abroad", "My phone died mid-call, can I email support?"]
    )
    assert firm.evidence.get("firm") == "crisis_or_tragedy" and combine_firm(firm) == ("crisis_or_tragedy",)
    assert "firm" not in loose.evidence and combine_firm(loose) == ()
