"""The right kind of reply, or none (session 39, issue 25, from the reply-plans-ab panel's skips): a trouble the
comment says was put right, the brand defended, a trouble laughed off, the post's advice borne out by the writer's
own mishap, a belief read as praise, a habit told as a tip, a fee asked for a country the guidance gives no fee
for. Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from bot.opportunities.claims import told_as_own_or_to_someone
from bot.opportunities.coverage import amount_for_other_places, asks_for
from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply, settled_story
from bot.signals.types import Signals

SUPPORT = GuidanceFit(support=True)
OWN = ThreadContext(brand_post=True)
OTHERS = ThreadContext()


def sig(language: str, intent: str, **changes: Any) -> Signals:
    values: dict[str, Any] = {"language": language, "intent": intent, "intent_confidence": 0.7}
    values["emotion"] = {"praise": "positive", "complaint": "negative"}.get(intent, "neutral")
    values.update(changes)
    return Signals(**values)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the lid came cracked but they sent a new one within the week, all good now", "en"),
        ("kansi tuli haljenneena, mutta lähettivät uuden heti", "fi"),
        ("locket var trasigt men de skickade ett nytt direkt", "sv"),
        ("update: support answered, a new lid is on its way. slow but sorted", "en"),
    ],
)
def test_a_trouble_told_as_put_right_gets_no_apology(text: str, language: str) -> None:
    assert settled_story(text, language)
    plan = plan_reply(sig(language, "complaint", complaint_score=0.6), text, objective="trust", thread=OTHERS,
                      guidance=SUPPORT)  # fmt: skip
    assert plan.kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("they replaced the lid but the new one cracked too", "en"),
        ("still not fixed after two weeks", "en"),
        ("de bytte locket men det nya läcker också", "sv"),
        ("ei vieläkään korjattu", "fi"),
    ],
)
def test_a_fix_taken_back_or_denied_is_no_settled_story(text: str, language: str) -> None:
    assert not settled_story(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the courier is slow everywhere this month, not your fault", "en"),
        ("kuriiri on aina myöhässä, ei teidän vika", "fi"),
        ("posten är alltid sen, inte ert fel", "sv"),
    ],
)
def test_a_comment_defending_the_brand_gets_no_apology(text: str, language: str) -> None:
    plan = plan_reply(sig(language, "praise", intent_confidence=0.35), text, objective="trust", thread=OWN,
                      guidance=SUPPORT)  # fmt: skip
    assert plan.kind == "none"


def test_a_trouble_laughed_off_is_a_joke_not_a_complaint() -> None:
    text = "haha my jug leaked so much the dog got a shower 😂"
    plan = plan_reply(sig("en", "praise", intent_confidence=0.55, complaint_score=0.3), text, objective="trust",
                      thread=OWN, guidance=SUPPORT)  # fmt: skip
    assert plan.kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("good reminder, an old jug of mine cracked exactly like that", "en"),
        ("hyvä muistutus, mulla halkes just näin yks vanha kannu", "fi"),
    ],
)
def test_the_posts_advice_borne_out_by_an_own_mishap_gets_no_apology(text: str, language: str) -> None:
    plan = plan_reply(sig(language, "praise", complaint_score=0.05), text, objective="trust", thread=OTHERS,
                      guidance=SUPPORT)  # fmt: skip
    assert plan.kind == "none"


def test_a_belief_read_as_praise_is_not_thanked() -> None:
    text = "I thought you had them made abroad and only packed them here"
    plan = plan_reply(sig("en", "praise", intent_confidence=0.3), text, objective="awareness", thread=OWN,
                      guidance=SUPPORT)  # fmt: skip
    assert plan.kind != "thank"


@pytest.mark.parametrize(
    "text",
    [
        "säilytän aina purkin ylösalaisin kaapissa",
        "I always keep the jar upside down in the cupboard",
        "jag brukar ställa burken upp och ner",
    ],
)
def test_a_habit_of_ones_own_is_told_not_claimed(text: str) -> None:
    assert told_as_own_or_to_someone(text)


@pytest.mark.parametrize("text", ["ne on aina myöhässä", "you always charge extra for it"])
def test_a_statement_about_others_is_no_habit_of_ones_own(text: str) -> None:
    assert not told_as_own_or_to_someone(text)


PASSAGE = "We deliver to Finland, Sweden and Norway. Delivery to Norway takes a week and costs 15 €."


@pytest.mark.parametrize(
    "text", ["paljonko toimitus suomeen", "hur mycket är frakten till Finland", "how much is shipping to Sweden"]
)
def test_a_fee_asked_for_a_country_the_passage_prices_not(text: str) -> None:
    assert "amount" in asks_for(text)
    assert amount_for_other_places(text, PASSAGE)


@pytest.mark.parametrize(
    ("text", "passage"),
    [
        ("paljonko toimitus norjaan", PASSAGE),
        ("how much is shipping to Sweden", "Shipping within the Nordics costs 9 €."),
        ("how much is shipping to Sweden", "Shipping costs 9 € to every address."),
        ("what does shipping cost", PASSAGE),
        ("paljonko toimitukseen menee aikaa suomeen", PASSAGE),
    ],
)
def test_a_fee_the_passage_states_for_the_country_or_for_all(text: str, passage: str) -> None:
    assert not amount_for_other_places(text, passage)
