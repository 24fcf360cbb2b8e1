"""Session 22 (issue 25): a claim that says what the guidance says is agreement, never corrected, and a correction
cites the sentence that says otherwise, never one pricing an extra beside the claim's subject. Invented sentences
in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.claims import opposite, prices_past, repeats_figures


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        (
            "kuulemma ne hakee max 4 laatikkoa kerralla, ei maksa lisää",
            "Haemme enintään 4 laatikkoa kerralla hintaan sisältyen.",
        ),
        (
            "de tar med upp till 3 kassar, kostar inget extra",
            "Vi tar med högst 3 kassar per besök, det ingår i priset.",
        ),
        (
            "they haul away up to 5 bags, no extra charge",
            "We take away at most 5 bags per visit, included in the price.",
        ),
        ("you can't book less than 2 hours", "The minimum booking is 2 hours."),
    ],
)
def test_a_claim_that_says_the_guidance_back_is_no_opposite(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) is None


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        ("kotikäynti ei maksa mitään lisää", "Kotikäynti maksaa 49 €."),
        ("the survey is at no extra cost", "The site survey costs 90 €."),
        ("ni ersätter inte stölder", "Stöld ersätts när den anmälts till polisen."),
    ],
)
def test_a_claim_the_guidance_says_otherwise_stays_opposed(claim: str, sentence: str) -> None:
    assert opposite(claim, sentence) == "polarity"


@pytest.mark.parametrize(
    ("claim", "pitch", "fact"),
    [
        (
            "koivulauteet ei tarvi ikinä käsittelyä",
            "Koivulauteet saa lisähintaan +400 €.",
            "Käsittele lauteet kerran vuodessa.",
        ),
        ("ekbänkar behöver aldrig oljas", "Ekbänkar finns mot tillägg, 600 €.", "Olja bänkarna en gång om året."),
        (
            "oak benches never need oiling",
            "Oak benches are available for an extra 600 €.",
            "Oil the benches once a year.",
        ),
    ],
)
def test_a_sentence_pricing_an_extra_is_no_opposite_of_a_claim_about_care(claim: str, pitch: str, fact: str) -> None:
    assert prices_past(claim, pitch)
    assert opposite(claim, pitch) is None
    assert opposite(claim, fact) == "polarity"


def test_a_claim_about_the_price_is_still_read_against_a_priced_sentence() -> None:
    assert not prices_past("the oak benches are free", "Oak benches are available for an extra 600 €.")


def test_repeated_figures_need_a_figure() -> None:
    assert not repeats_figures("they never take bags", "We take at most 6 bags.")
    assert repeats_figures("max 6 bags", "at most 6 bags per visit")
