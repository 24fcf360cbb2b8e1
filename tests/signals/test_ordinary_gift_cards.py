"""A plain question about how long a gift card is valid is the brand's own terms, not money advice
(figurative.yaml's ``ordinary`` prototypes, combine.ORDINARY_MARGIN); a gift card or cash in money trouble, a dispute or
a legal claim is not."""

from __future__ import annotations

import pytest

from bot.signals.combine import ORDINARY_MARGIN
from bot.signals.figurative import ordinary_margins
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def test_a_gift_card_s_validity_is_a_question_about_the_brand_s_terms(embedder: LocalE5Embedder) -> None:
    plain = [
        "How many months is the gift voucher good for?",
        "Montako kuukautta lahjakortti on voimassa?",
        "Hur många månader gäller presentkortet?",
    ]
    trouble = [
        "the debt collector is chasing me over a gift card I never got",
        "can I sue you if the gift card was stolen",
        "I lost all my cash and cannot pay the rent",
        "is it legal to pay cash without a receipt",
        "kassan tog mina kontanter och jag vill anmäla bedrägeri",
    ]
    margins = ordinary_margins(embedder.embed_queries, plain + trouble)
    assert all(margin >= ORDINARY_MARGIN for margin in margins[: len(plain)])
    assert all(margin < ORDINARY_MARGIN for margin in margins[len(plain) :])
