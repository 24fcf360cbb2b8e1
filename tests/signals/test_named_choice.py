"""A choice between two named options, one of them a competitor, is comparing before buying (bot.signals.offline,
session 21). The texts are paraphrases written for these tests."""

from __future__ import annotations

import pytest

from bot.signals.offline import OfflineClassifier, SignalContext, offers_named_choice
from knowledge.embeddings import LocalE5Embedder

RIVALS = ("Pyörälähetti", "Budbilen")
OURS = ("Kiito", "Kiito Business")


@pytest.mark.parametrize(
    "text",
    [
        "Kiito or Budbilen for a sofa cushion across town?",
        "Budbilen eller Kiito, vem är snabbast till Solna?",
        "Pyörälähetti vai Kiito isolle laatikolle?",
        "Pyörälähetillä vai Kiitolla tänään?",  # inflected names
        "Budbilen vs Pyörälähetti for documents?",  # two rivals
        "kiito / budbilen, which one for a cake?",
    ],
)
def test_two_named_options_offered_as_the_choice_are_a_comparison(text: str) -> None:
    assert offers_named_choice(text, RIVALS, OURS)


@pytest.mark.parametrize(
    "text",
    [
        # the choice is between the brand's own products: no rival
        "Kiito or Kiito Business for a small shop?",
        # a rival named, but no choice between named options
        "Budbilen lost my parcel, does Kiito insure deliveries?",
        "Is Budbilen open on Sundays or only weekdays?",
        # the options are not named
        "Cargo bike or van for a move like this?",
        # words between the names: not the choice itself
        "Kiito delivered mine and then I tried Budbilen, any difference?",
    ],
)
def test_a_rival_without_a_named_choice_is_no_comparison(text: str) -> None:
    assert not offers_named_choice(text, RIVALS, OURS)


def test_without_competitors_nothing_is_a_named_choice() -> None:
    assert not offers_named_choice("Kiito or Budbilen?", (), OURS)


@pytest.fixture(scope="module")
def classifier() -> OfflineClassifier:
    return OfflineClassifier(LocalE5Embedder())


@pytest.mark.parametrize(
    "text",
    [
        "Budbilen eller Kiito för en tårta till Bromma?",
        "Kiito or Pyörälähetti for a laptop, which one handles it more carefully?",
    ],
)
def test_the_classifier_reads_a_named_choice_as_comparing_before_buying(
    classifier: OfflineClassifier, text: str
) -> None:
    context = SignalContext(competitors=RIVALS, brand_terms=OURS)
    (signals,) = classifier.classify([text], context)
    assert signals.intent == "comparison_or_purchase", signals.evidence
