"""Session 32 (issue 25): claims the guidance contradicts that were read as agreeing or left alone: a cost paid on
top against a price that includes it, a negation inside a condition of the guidance's sentence, and a figure said
of places in general, which is no claim about the brand. Invented sentences in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import costs_extra, main_clause, opposite
from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply
from bot.signals.types import Signals


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("ja sit ne poltot maksaa erikseen niinku aina", "Hintaan sisältyy kaksi polttoa ja lasitteet."),
        ("lounas pitää muuten maksaa erikseen", "Safarin hintaan kuuluu lounas ja kuuma mehu."),
        ("och bränningen kostar extra förstås", "Lera och två bränningar ingår i priset."),
        ("frukosten tillkommer på priset", "Frukost ingår alltid."),
        ("heads up materials are extra on that course", "The weekend course costs 190 € including materials."),
        ("lunch is paid separately", "Lunch is included in every tour."),
    ],
)
def test_a_cost_paid_on_top_is_opposed_by_a_price_that_includes_it(claim: str, sentence: str) -> None:
    assert costs_extra(claim)
    assert opposite(claim, sentence) == "polarity"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("lounas maksaa erikseen", "Lounas ei sisälly hintaan, se maksaa 15 € erikseen."),
        ("frukosten kostar extra", "Frukost ingår inte, den kostar 12 € extra."),
        ("drinks are extra", "Lunch is included; drinks cost extra."),
        ("no extra cost for the firing", "Two firings are included in the price."),
    ],
)
def test_a_cost_on_top_the_guidance_also_says_is_no_opposite(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) is None


@pytest.mark.parametrize(
    ("claim", "sentence", "main"),
    [
        (
            "they never refund shipping anyway",
            "If a record has a defect not mentioned in the grading, we also refund the shipping.",
            "we also refund the shipping.",
        ),
        (
            "ne ei koskaan palauta postikuluja",
            "Jos levyssä on vika, jota ei mainittu kuvauksessa, palautamme myös postikulut.",
            "palautamme myös postikulut.",
        ),
        (
            "de betalar aldrig tillbaka frakten",
            "Vi betalar tillbaka frakten, om skivan har ett fel som inte nämndes.",
            "Vi betalar tillbaka frakten",
        ),
    ],
)
def test_a_negation_inside_a_condition_does_not_deny_the_statement(claim: str, sentence: str, main: str) -> None:
    assert main_clause(sentence) == main
    assert opposite(claim, sentence) == "polarity"


def test_a_sentence_without_a_condition_is_read_whole() -> None:
    assert main_clause("We do not ship outside the EU.") == "We do not ship outside the EU."
    assert opposite("they ship to Norway too", "We do not ship outside the EU.") == "polarity"


FIGURE = GuidanceFit(answers=True, support=True, contradicts=True, passages=("g08",))


def _plan(language: str, text: str, *, names_brand: bool = False) -> str:
    signals = Signals(language=language, intent="misinformation", emotion="neutral", intent_confidence=0.6)
    thread = ThreadContext(names_brand=names_brand)
    return plan_reply(signals, text, objective="trust", thread=thread, guidance=FIGURE).kind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Depends on the kennel honestly. Some places run their dogs 80km a day"),
        ("fi", "riippuu tarhasta, joissain paikoissa koirat juoksee 80 km päivässä"),
        ("sv", "det beror på kenneln, på vissa ställen springer hundarna 80 km om dagen"),
    ],
)
def test_a_figure_said_of_places_in_general_is_not_corrected(language: str, text: str) -> None:
    assert _plan(language, text) == "none"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Huskyvaara runs their dogs 80km a day"),
        ("fi", "te juoksutatte koiria 80 km päivässä"),
        ("sv", "Huskyvaara kör sina hundar 80 km om dagen"),
    ],
)
def test_a_figure_said_of_the_brand_is_still_corrected(language: str, text: str) -> None:
    assert _plan(language, text, names_brand="Huskyvaara" in text) == "correct"


OPPOSED = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="g05", passages=("g05",))


def _complaint(language: str, text: str, confidence: float) -> str:
    signals = Signals(
        language=language,
        intent="complaint",
        emotion="negative",
        intent_confidence=confidence,
        complaint_score=confidence,
    )
    return plan_reply(signals, text, objective="trust", thread=ThreadContext(), guidance=OPPOSED).kind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "they never refund shipping anyway"),
        ("fi", "ne ei koskaan palauta postikuluja kuitenkaan"),
        ("sv", "de betalar aldrig tillbaka frakten ändå"),
    ],
)
def test_a_statement_the_guidance_says_the_opposite_of_is_corrected_unless_surely_a_complaint(
    language: str, text: str
) -> None:
    assert _complaint(language, text, 0.5) == "correct"
    assert _complaint(language, text, 0.85) == "acknowledge"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I returned two records and they never refunded my shipping"),
        ("fi", "tilasin kaks levyä ja ne ei koskaan palauttanu postikuluja"),
        ("sv", "jag returnerade två skivor och fick aldrig tillbaka frakten"),
    ],
)
def test_the_persons_own_dealings_keep_a_complaint_whatever_the_guidance_says(language: str, text: str) -> None:
    assert _complaint(language, text, 0.5) != "correct"
