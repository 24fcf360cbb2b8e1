"""The direction of a wish about contact (session 33, s33-nearmiss): asking the brand TO call, write or answer,
complaining that nobody answered, or asking how to stop a product's own messages is no opt-out, though the detector
reads the words of contact; a refusal anywhere in the comment keeps the opt-out. The texts are written for these
tests in fi/sv/en, not taken from any evaluation set."""

from __future__ import annotations

import pytest

from bot.signals import judgement
from bot.signals.judgement import text_verdicts
from knowledge.embeddings import LocalE5Embedder

NEAR_MISSES = [
    "Could someone from your team call me? I want to order for our office",
    "Please email me the price list, I'm choosing for a wedding",
    "I emailed support about a cracked lid two weeks ago and nobody has replied",
    "How do I turn off the delivery text messages? I get five a day",
    "Voisitteko soittaa mulle, haluan tilata koko toimistolle",
    "Laittakaa yksityisviestiä, kysyisin tukkuhinnoista",
    "Lähetin reklamaation kuukausi sitten eikä kukaan ole vastannut",
    "Miten saa tekstiviesti-ilmoitukset pois päältä? Tulee joka päivä",
    "Ring mig gärna, jag vill beställa till hela kontoret",
    "Kan ni mejla mig prislistan? Vi planerar ett bröllop",
    "Jag mejlade om en trasig kanna för två veckor sedan, ingen har svarat",
    "Hur stänger jag av sms-aviseringarna om leveransen?",
]

# a wish for contact beside a refusal of it: still opt-outs
MIXED = [
    "Call me about the price, but never send me ads again",
    "Ring mig om priset, men sluta skicka reklam till mig",
    "Nobody answered my email, and honestly don't contact me again, I'm done",
    "Ingen har svarat på mitt mejl, och kontakta mig inte igen",
    "Kukaan ei vastannut viestiini, älkää enää ottako yhteyttä",
]

REFUSALS = [
    "Please don't call me",
    "Älkää soittako mulle",
    "Ni behöver inte ringa mig",
    "Ei vastausta tähän kiitos",
    "no reply needed, brands",
    "Vill inte ha svar från er",
    "Company, do not answer, thanks",
    "En halua että mikään firma laittaa viestiä tai soittaa",
    "I do not want your shop to email me or call",
]


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


@pytest.fixture(autouse=True)
def direction_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The direction step is switched off in the product (judgement.DIRECTION_CLEARS_OPT_OUT); these tests keep
    what it does when switched on."""
    monkeypatch.setattr(judgement, "DIRECTION_CLEARS_OPT_OUT", True)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_a_wish_for_contact_is_read_in_every_language(text: str) -> None:
    assert judgement._wish_spans(text)


@pytest.mark.parametrize("text", REFUSALS)
def test_a_refusal_is_no_wish_for_contact(text: str) -> None:
    assert judgement._wish_spans(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Soittakaa hinnasta, mutta ei mitään mainoksia perään",
        "Call me about the price, but no ads afterwards",
        "Ring mig om priset, men sluta skicka reklam till mig",
    ],
)
def test_a_refusal_left_beside_a_wish_is_found(text: str) -> None:
    found = judgement._wish_spans(text)
    assert found
    rest = " ".join(text[end:] for _, end in found[-1:])
    assert judgement._REFUSAL.search(rest)


def test_near_misses_are_no_opt_outs(embedder: LocalE5Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    verdicts = text_verdicts(embedder, NEAR_MISSES)
    assert not any("opt_out" in v.flags or "opt_out" in v.uncertain for v in verdicts)
    # without the direction the detector keeps several of them from a draft as opt-outs
    monkeypatch.setattr(judgement, "DIRECTION_CLEARS_OPT_OUT", False)
    before = text_verdicts(embedder, NEAR_MISSES)
    assert sum("opt_out" in v.flags or "opt_out" in v.uncertain for v in before) >= 3


def test_a_refusal_beside_a_wish_stays_an_opt_out(embedder: LocalE5Embedder) -> None:
    assert all("opt_out" in v.flags for v in text_verdicts(embedder, MIXED))
