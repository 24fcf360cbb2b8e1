"""The offline drafter with the real local multilingual-e5 embedder and a heat-pump brand's guidance."""

from __future__ import annotations

from typing import Any

import pytest

from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from knowledge.embeddings import LocalE5Embedder
from tests.drafting.conftest import REVONTULI, passage


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder())


def request(comment: str, language: str | None, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "reddit",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (),
        "passages": REVONTULI,
    }
    values.update(changes)
    return DraftRequest(**values)


QUESTIONS = {
    "fi": ("Paljonko Aero 9 maksaa asennettuna?", "Kuinka pitkä takuu teidän lämpöpumpuilla on?"),
    "sv": ("Hur mycket kostar Aero 9 med installation?", "Hur lång garanti har era värmepumpar?"),
    "en": ("How much does the Aero 9 cost installed?", "How long is the warranty on your heat pumps?"),
}
FACT = {
    "fi": ("1 890 euroa", "viiden vuoden takuu"),
    "sv": ("1 890 euro", "fem års garanti"),
    "en": ("1,890 euros", "five-year warranty"),
}
DISCLOSURE = {p.language: p.text for p in REVONTULI if p.kind == "disclosure"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_offline_drafter_price_and_warranty_questions_get_their_own_fact(
    offline: OfflineDrafter, language: str
) -> None:
    price_question, warranty_question = QUESTIONS[language]
    price_fact, warranty_fact = FACT[language]

    price = offline.draft(request(price_question, language))
    warranty = offline.draft(request(warranty_question, language))

    assert not price.skip
    assert not warranty.skip
    assert price.text != warranty.text
    assert price_fact in price.text
    assert warranty_fact not in price.text
    assert warranty_fact in warranty.text
    assert price_fact not in warranty.text
    assert price.cited == [f"price-{language}", f"disclosure-{language}"]
    assert warranty.cited == [f"warranty-{language}", f"disclosure-{language}"]
    assert price.language == warranty.language == language
    assert price.text.endswith(DISCLOSURE[language])


def test_offline_drafter_detects_language_when_unknown(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Hur lång garanti har era värmepumpar egentligen?", None))

    assert result.language == "sv"
    assert "fem års garanti" in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Toimiiko pumppu aurinkopaneelien kanssa?", "fi"),
        ("Vem vann hockeymatchen igår?", "sv"),
        ("How noisy is it at night?", "en"),
    ],
)
def test_offline_drafter_question_guidance_cannot_answer_is_skipped(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    result = offline.draft(request(comment, language))

    assert result.skip
    assert result.skip_reason is not None
    assert "does not answer" in result.skip_reason
    assert result.text == ""
    assert result.cited == []


def test_offline_drafter_sales_objective_adds_live_campaign_offer(offline: OfflineDrafter) -> None:
    trust = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))
    sales = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi", objective="sales"))

    assert "Syyskampanja" not in trust.text
    assert "Syyskampanja: asennus kaupan päälle" in sales.text
    assert sales.cited == ["price-fi", "campaign-fi", "disclosure-fi"]


@pytest.mark.parametrize("objective", ["awareness", "trust", "behaviour"])
def test_offline_drafter_non_sales_objectives_make_no_offer(offline: OfflineDrafter, objective: str) -> None:
    result = offline.draft(request("How much does the Aero 9 cost installed?", "en", objective=objective))

    assert "Autumn offer" not in result.text
    assert "campaign-en" not in result.cited


def test_offline_drafter_never_uses_internal_passage_text(offline: OfflineDrafter) -> None:
    internal_only = tuple(p for p in REVONTULI if p.id in ("margin-internal", "disclosure-fi"))

    margin = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))
    only_internal = offline.draft(request("Mikä on Aero 9:n kate prosentteina?", "fi", passages=internal_only))

    assert "38 prosenttia" not in margin.text
    assert "margin-internal" not in margin.cited
    assert only_internal.skip
    assert only_internal.skip_reason == "no public facts in the guidance in Finnish"


def test_offline_drafter_formal_voice_changes_the_acknowledgement(offline: OfflineDrafter) -> None:
    formal = (*REVONTULI, passage("voice-fi", "voice", "fi", "Sävy on asiallinen ja kohtelias."))

    friendly = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))
    polite = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi", passages=formal))

    assert friendly.text.startswith("Hyvä kysymys.")
    assert polite.text.startswith("Kiitos kysymyksestänne.")


def test_offline_drafter_shorter_instruction_drops_acknowledgement_and_second_sentence(
    offline: OfflineDrafter,
) -> None:
    full = offline.draft(request("How long is the warranty on your heat pumps?", "en"))
    short = offline.draft(request("How long is the warranty on your heat pumps?", "en", instruction="Shorter please"))

    assert "The warranty covers parts and labour." in full.text
    assert (
        short.text
        == "All Revontuli heat pumps come with a five-year warranty. I work for Revontuli's customer service."
    )


def test_offline_drafter_missing_disclosure_uses_standard_line_naming_the_brand(offline: OfflineDrafter) -> None:
    no_disclosure = tuple(p for p in REVONTULI if p.kind != "disclosure")
    named = OfflineDrafter(offline.embedder, brand="Revontuli")

    result = named.draft(request("Hur lång garanti har era värmepumpar?", "sv", passages=no_disclosure))

    assert result.text.endswith("(Jag jobbar på Revontuli.)")
    assert "standard line" in result.rationale


def test_offline_drafter_language_without_phrases_is_skipped(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Wie lange gilt die Garantie auf Ihre Wärmepumpen?", "de"))

    assert result.skip
    assert "not German" in (result.skip_reason or "")
