"""Session 36 (issue 25): praise words around trouble told as a plain fact (a delivery that came after days, a thing
that arrived flat or in pieces, lasted one wash) are sarcasm, acknowledged and never thanked, however surely the model
reads praise; an ironic jab at a price with nothing of the person's own gets no apology. The same praise without the
trouble is thanked, and the same jab beside a bad experience of the person's own is acknowledged. Invented comments
in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, NONE, THANK
from bot.signals.types import Signals
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig


def sure_praise(language: str) -> Signals:
    """How the classifier read such comments on reply-plans-x (spent): praise at 0.94-0.97, next to no complaint."""
    return sig("praise", language, emotion="positive", intent_confidence=0.95, complaint_score=0.02)


@pytest.mark.parametrize(
    ("trouble", "meant", "language"),
    [
        (
            "Toppen att paketet kom efter 8 dagar, perfekt kanelbulle 👌",
            "Toppen att paketet kom, perfekt kanelbulle 👌",
            "sv",
        ),
        (
            "Hienoo et kuvissa kaikki on niin täydellistä, mun viime kakku oli litteä ku lättänä 👏",
            "Hienoo et kuvissa kaikki on niin täydellistä, mun viime kakku oli ihana 👏",
            "fi",
        ),
        (
            "Great, the cushion arrived in three pieces, lovely packaging",
            "Great, the cushion arrived, lovely packaging",
            "en",
        ),
    ],
)
def test_praise_around_trouble_told_as_a_fact_is_acknowledged_not_thanked(
    trouble: str, meant: str, language: str
) -> None:
    assert plan(sure_praise(language), meant).kind == THANK
    assert plan(sure_praise(language), trouble).kind == ACKNOWLEDGE


def test_trouble_put_right_under_praise_is_still_no_sarcasm() -> None:
    told = "the parcel came after 9 days but you replaced the squashed loaf in no time, great service"
    assert plan(sure_praise("en"), told).kind != ACKNOWLEDGE


@pytest.mark.parametrize(
    ("jab", "language"),
    [
        ("Wow 35 € för två små flaskor, vilket kap 🙄", "sv"),
        ("ihanaa maksaa 6,90 postikuluja 9 euron purkista, tosi edullista 🙃", "fi"),
        ("love paying 7 € shipping for a 10 € bag, such a bargain 🙃", "en"),
    ],
)
def test_an_ironic_jab_at_a_price_gets_no_apology(jab: str, language: str) -> None:
    unsure = sig("complaint", language, emotion="negative", intent_confidence=0.34, complaint_score=0.34)
    assert plan(unsure, jab).kind == NONE


def test_a_price_jab_beside_a_bad_experience_of_ones_own_is_acknowledged() -> None:
    jab = "love paying 13 € for a jar that arrives in 40 pieces 👏 such a bargain"
    unsure = sig("complaint", "en", emotion="negative", intent_confidence=0.34, complaint_score=0.34)
    assert plan(unsure, jab).kind == ACKNOWLEDGE


def test_a_jab_the_model_surely_reads_as_a_complaint_stays_one() -> None:
    sure = sig("complaint", "sv", emotion="negative", intent_confidence=0.8, complaint_score=0.8)
    assert plan(sure, "Wow 35 € för två små flaskor, vilket kap 🙄").kind == ACKNOWLEDGE
