"""Session 37 (s37-tone, issue 25): the voice's register and the Finnish details line. A voice asking for a formal
register gets its thank-yous in whole, unslangy sentences, a relaxed one keeps the casual lines; the Finnish request
for details reads as Finnish. Invented guidance and comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.checks.grounding import house_sentences
from bot.drafting.greetings import thank_line
from bot.drafting.offline import OfflineDrafter, duration_sentence
from bot.drafting.phrasebook import phrases
from bot.drafting.register import formal_voice
from bot.drafting.support import details_there
from tests.drafting.conftest import blocking_checks, facebook_request, passage

FORMAL_EN = passage(
    "voice-en", "voice", "en", "Voice: warm, slightly formal, full sentences, no emoji. End with '– Lumo workshop'."
)
FORMAL_FI = passage(
    "voice-fi", "voice", "fi", "Äänensävy: asiallinen ja lämmin, sinuttelu, korkeintaan kaksi lausetta."
)
FORMAL_SV = passage("voice-sv", "voice", "sv", "Ton: saklig och vänlig, du-tilltal, högst två meningar.")
RELAXED_FI = passage("voice-fi", "voice", "fi", "Ääni: rento puhekielinen mutta kohtelias, sinuttelu, 1–3 virkettä.")
PLAIN_SV = passage("voice-sv", "voice", "sv", "Röst: säg du, vänligt och lite lantligt, högst två meningar.")
NOT_FORMAL_EN = passage("voice-en", "voice", "en", "Voice: friendly, never formal or stiff, short sentences.")


@pytest.mark.parametrize("voice", [FORMAL_EN, FORMAL_FI, FORMAL_SV])
def test_formal_voice_reads_a_formal_register_in_any_language(voice: object) -> None:
    assert formal_voice([voice])  # type: ignore[list-item]


@pytest.mark.parametrize("voice", [RELAXED_FI, PLAIN_SV, NOT_FORMAL_EN])
def test_formal_voice_is_false_for_a_relaxed_plain_or_negated_register(voice: object) -> None:
    assert not formal_voice([voice])  # type: ignore[list-item]


def test_formal_voice_ignores_internal_voice_notes() -> None:
    internal = passage("voice-x", "voice", "en", "Be formal with investors.", visibility="internal")
    assert not formal_voice([internal])


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("so calming to watch, more of these please", "en"),
        ("tosi rauhoittava video, lisää tällaisia", "fi"),
        ("så rogivande film, mer sånt", "sv"),
        ("just ordered one!! can't wait", "en"),
        ("tilasin juuri yhden, en malta odottaa", "fi"),
        ("thanks for the info about the opening hours", "en"),
    ],
)
def test_thank_line_under_a_formal_voice_is_a_whole_sentence_without_the_casual_stock_words(
    comment: str, language: str
) -> None:
    casual = thank_line(comment, language)[1]
    formal = thank_line(comment, language, formal=True)[1]
    assert formal != casual
    assert not any(word in formal.lower() for word in ("tosi kiva", "great to hear", "kiva kuulla", "enjoy!"))
    assert len(formal.split()) >= 6
    assert " ".join(formal.split()) in house_sentences()  # the checks read it as the drafter's own, claiming nothing


def test_thank_line_names_the_order_under_a_formal_voice_only() -> None:
    assert thank_line("just ordered one!! can't wait", "en", formal=True)[1].startswith("Thank you for your order")
    assert thank_line("just ordered one!! can't wait", "en")[1] == "Great to hear, enjoy!"
    # Looking forward to a booking is no order.
    assert "order" not in thank_line("booked one for new year's! can't wait", "en", formal=True)[1]


def test_offline_thank_you_under_a_formal_voice_uses_the_formal_line(offline: OfflineDrafter) -> None:
    request = facebook_request("so calming to watch, more of these please", "en", (FORMAL_EN,), plan="thank")
    result = offline.draft(request)
    assert result.text.startswith(phrases()["thank_formal"]["en"])


def test_offline_thank_you_under_a_relaxed_voice_keeps_the_casual_line(offline: OfflineDrafter) -> None:
    request = facebook_request("tosi rauhoittavaa katseltavaa, lisää tällaisia", "fi", (RELAXED_FI,), plan="thank")
    result = offline.draft(request)
    assert result.text.startswith(phrases()["thank"]["fi"])


def test_finnish_request_for_details_folds_in_plain_finnish_after_a_written_route() -> None:
    route = "Saat meihin yhteyden sähköpostitse osoitteesta apu@lumo.example."
    ask = "Kerro laitteen malli ja sarjanumero (laitteen pohjassa)."
    line = str(phrases()["privately"]["fi"])
    merged = details_there(
        [("Pahoittelut.", True, None), (route, True, "s1"), (ask, True, "s1"), (line, True, None)], "fi"
    )
    said = merged[-1][0]
    assert said == "Kerro laitteen malli ja sarjanumero (laitteen pohjassa), ei tänne julkisiin kommentteihin."
    assert "sinne" not in said and "–" not in said


def test_finnish_request_for_details_after_a_phone_route_is_told_on_the_phone() -> None:
    route = "Soita numeroon 09 555 0142 ma–pe 10–16."
    ask = "Kerro laitteen sarjanumero."
    line = str(phrases()["privately"]["fi"])
    merged = details_there([(route, True, "s1"), (ask, True, "s1"), (line, True, None)], "fi")
    assert merged[-1][0] == "Kerro laitteen sarjanumero puhelimessa, ei tänne julkisiin kommentteihin."


@pytest.mark.parametrize("language", ["sv", "en"])
def test_swedish_and_english_details_tail_keep_their_dash(language: str) -> None:
    route = {"sv": "Mejla apu@lumo.example.", "en": "Email apu@lumo.example."}[language]
    ask = {"sv": "Uppge ditt ordernummer.", "en": "Include your order number."}[language]
    line = str(phrases()["privately"][language])
    merged = details_there([(route, True, "s1"), (ask, True, "s1"), (line, True, None)], language)
    assert merged[-1][0] == f"{ask[:-1]} {phrases()['details_there'][language]}"


@pytest.mark.parametrize(
    ("comment", "language", "sentence"),
    [
        ("hur länge håller limpan?", "sv", "Det håller {figure}"),
        ("hur lång leveranstid har ni?", "sv", "Leveranstiden är {figure}"),
        ("how long does a repair take?", "en", "It takes {figure}"),
        ("kauanko leipä säilyy?", "fi", "Se säilyy {figure}"),
        ("hur länge då?", "sv", "Det är {figure}"),
    ],
)
def test_duration_sentence_uses_the_questions_own_word_for_what_lasts(
    comment: str, language: str, sentence: str
) -> None:
    assert duration_sentence(comment, language) == sentence


def test_offline_bridged_duration_is_said_with_the_questions_verb_and_passes_the_checks(
    offline: OfflineDrafter,
) -> None:
    guidance = (
        passage("keep-fi", "fact", "fi", "Ruislimppu säilyy huoneenlämmössä 7 päivää."),
        passage("voice-fi", "voice", "fi", "Äänensävy: lämmin, sinuttelu, korkeintaan kaksi lausetta."),
    )
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    comment = "hur länge håller ruislimppan?"
    result = eager.draft(facebook_request(comment, "sv", guidance, answer_passages=("keep-fi",)))
    assert "Det håller 7 dagar." in result.text
    failed = blocking_checks(result.text, comment, "sv", guidance, "Juuri", own_post=True)
    assert not [reason for reason in failed if "håller" in reason or "dagar" in reason]
