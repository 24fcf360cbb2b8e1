"""Opt-outs people paraphrase (session 21): not needing the brand's answer, no advertising here, off the marketing
mail, no contact about this; and what is near them but asks for contact (how to reach support). The texts are
written for these tests; the prototype margin decides in the detector's grey band (bot.signals.optout)."""

from __future__ import annotations

from functools import partial

import pytest

from bot.signals import optout
from bot.signals.judgement import detector, detector_vectors, parts
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _margin(embedder: LocalE5Embedder, text: str) -> float:
    (margin,) = optout.margins(detector().embedder_name, partial(detector_vectors, embedder), [[text, *parts(text)]])
    return margin


@pytest.mark.parametrize(
    "text",
    [
        "Ei tarvitse Lumon vastata, kyselen mieluummin muilta asiakkailta",
        "Älkää tulko mainostamaan tähän ryhmään, tää on naapureiden juttu",
        "Jag behöver inget svar från butiken, jag vill höra vad andra kunder tycker",
        "No ads in here please Lumo, this is a neighbours' group",
        "I want off your promo emails for good, how do I stop them",
    ],
)
def test_a_paraphrased_opt_out_is_nearer_the_opt_out_prototypes(embedder: LocalE5Embedder, text: str) -> None:
    assert optout.confirms(_margin(embedder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Which number do I ring to get hold of customer service?",
        "Mihin sähköpostiin voi laittaa reklamaation?",
        "Finns det en chatt eller bara telefon till supporten?",
    ],
)
def test_asking_how_to_reach_support_is_no_opt_out(embedder: LocalE5Embedder, text: str) -> None:
    assert not optout.confirms(_margin(embedder, text))
