"""Session 32 (s32-voice, issue 25): what a voice passage asks for the ending of a reply. A closing greeting before
the sign-off where the voice asks for one in its own words ("Avsluta med en hälsning och signaturen '/X'"), in the
reply's language (the voice's own example for it, else the language's plain greeting), which the sentence limit does
not count; an encouraging last line where the voice asks for one ("End with an encouraging line"), never under a
complaint and dropped first under the sentence limit. Invented guidance and comments in fi/sv/en."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checks.context import make_context
from bot.checks.voice import voice_breaks
from bot.checks.voice_rules import closing_greeting, voice_rules
from bot.domain import Passage
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from bot.drafting.voice import voice_emoji, voice_encouragement
from tests.drafting.conftest import acknowledgement, passage

GREETING_VOICE = passage(
    "voice-sv",
    "voice",
    "sv",
    "Tonen är varm men kort: högst två meningar. Svara på samma språk som kommentaren. "
    "Avsluta med en hälsning och signaturen '/Lindö'.",
)
PLAIN_VOICE = passage("voice-sv", "voice", "sv", "Tonen är varm men kort: högst två meningar. Signera '/Lindö'.")
FACT_SV = passage("fact-sv", "fact", "sv", "Alla våra teer är ekologiska och odlas på Åland.")


@pytest.mark.parametrize(
    ("text", "language", "greeting"),
    [
        ("Avsluta med en hälsning och signaturen '/Lindö'.", "sv", "Vänliga hälsningar"),
        ("Avsluta med en hälsning och signaturen '/Lindö'.", "fi", "Terveisin"),
        ("Avsluta med en hälsning och signaturen '/Lindö'.", "en", "Kind regards"),
        ("Skriv en varm hälsning sist, t.ex. 'Varma hälsningar /Lindö'.", "sv", "Varma hälsningar"),
        ("Lopeta vastaus lämpimään tervehdykseen, esim. 'Lämpimin terveisin /Lindö'.", "fi", "Lämpimin terveisin"),
        ("Tervehdys loppuun ja allekirjoitus '/Lindö'.", "fi", "Terveisin"),
        ("End every reply with a warm greeting before the sign-off, e.g. 'Warm wishes /Lindö'.", "en", "Warm wishes"),
        (
            "End every reply with a warm greeting before the sign-off, e.g. 'Warm wishes /Lindö'.",
            "sv",
            "Vänliga hälsningar",
        ),
    ],
)
def test_a_voice_asking_for_a_closing_greeting_gives_it_in_the_reply_language(
    text: str, language: str, greeting: str
) -> None:
    assert closing_greeting(text, language) == greeting


@pytest.mark.parametrize(
    "text",
    [
        "Start with a greeting and end with the signature '/Lindö'.",
        "Ei lopputervehdystä. Allekirjoitus '/Lindö'.",
        "You may end with a greeting.",
        "Vastaus päättyy usein tervehdykseen.",
        "Avsluta alltid med 'Hälsningar, Lindö' (på finska 'Terveisin, Lindö').",  # the greeting is the sign-off's
        "End with a question or an invitation to drop by, never with 'Best regards'.",
        "Hälsa kunden välkommen och svara kort.",
    ],
)
def test_a_voice_that_forbids_permits_shows_or_opens_with_a_greeting_asks_for_no_closing_one(text: str) -> None:
    assert all(closing_greeting(text, language) is None for language in ("fi", "sv", "en"))


def _thank(comment: str, language: str, *passages: Passage) -> DraftRequest:
    return replace(acknowledgement(comment, language, *passages), plan="thank")


@pytest.mark.parametrize(
    ("comment", "language", "ending"),
    [
        ("Så gott te, tack!", "sv", "Vänliga hälsningar /Lindö"),
        ("Ihana tee, kiitos!", "fi", "Terveisin /Lindö"),
        ("Lovely tea, thank you!", "en", "Kind regards /Lindö"),
    ],
)
def test_a_thank_you_ends_with_the_closing_greeting_before_the_signature(
    offline: OfflineDrafter, comment: str, language: str, ending: str
) -> None:
    result = offline.draft(_thank(comment, language, GREETING_VOICE, FACT_SV))
    assert not result.skip
    assert result.text.rstrip().endswith(ending)
    ctx = make_context(
        platform="facebook",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=[GREETING_VOICE, FACT_SV],
    )
    assert voice_breaks(result.text, ctx) == []  # the greeting is a line of the sign-off, no sentence of the reply


def test_a_voice_asking_no_greeting_keeps_the_bare_signature(offline: OfflineDrafter) -> None:
    result = offline.draft(_thank("Så gott te, tack!", "sv", PLAIN_VOICE, FACT_SV))
    assert result.text.rstrip().endswith("/Lindö")
    assert "hälsningar" not in result.text.lower()


@pytest.mark.parametrize("greeting", ["Varma hälsningar", "Lämpimin terveisin,", "Warm regards"])
def test_the_sentence_limit_counts_no_greeting_before_the_sign_off(greeting: str) -> None:
    ctx = make_context(
        platform="facebook",
        comment_text="Har ni te?",
        comment_language="sv",
        comment_author="someone",
        passages=[GREETING_VOICE],
    )
    assert voice_rules([GREETING_VOICE], "sv").greeting == "Vänliga hälsningar"
    assert voice_breaks(f"Ja, vi har te. Det är ekologiskt. {greeting} /Lindö", ctx) == []
    assert voice_breaks("Ja, vi har te. Det är ekologiskt. Det odlas på Åland. /Lindö", ctx) != []


COACH_VOICE = passage(
    "voice-en", "voice", "en", "Voice: an upbeat coach. Max 3 sentences. End with an encouraging line; no signature."
)


@pytest.mark.parametrize(
    ("text", "language", "example"),
    [
        ("Voice: an upbeat coach. End with an encouraging line; no signature.", "en", None),
        ("Lopeta kannustukseen, esim. 'Tsemppiä treeneihin!'.", "fi", "Tsemppiä treeneihin!"),
        ("Lopeta kannustukseen, esim. 'Tsemppiä treeneihin!'.", "sv", None),
        ("Avsluta varje svar med något uppmuntrande.", "sv", None),
    ],
)
def test_a_voice_asking_for_an_encouraging_close_is_read_with_its_example_in_the_reply_language(
    text: str, language: str, example: str | None
) -> None:
    voice = passage("v", "voice", "fi" if "Lopeta" in text else "sv" if "Avsluta" in text else "en", text)
    asked = voice_encouragement([voice], language)
    assert asked is not None
    assert asked[0] == example


@pytest.mark.parametrize(
    "text",
    [
        "We answer informal and encouraging, max three sentences.",
        "Ääni: rento ja kannustava. Lopeta vastaus seuraavaan askeleeseen.",
        "Vastaus päättyy usein kannustukseen tai kysymykseen.",
        "Never end with encouragement or a slogan.",
        "Avsluta inte med peppande fraser.",
    ],
)
def test_a_tone_word_a_habit_or_a_ban_asks_for_no_encouraging_close(text: str) -> None:
    assert voice_encouragement([passage("v", "voice", "en", text)], "en") is None


@pytest.mark.parametrize(
    ("comment", "language", "ending"),
    [
        ("Thanks, the lesson was great!", "en", "Keep it up!"),
        ("Kiitos, tunti oli mahtava!", "fi", "Tsemppiä jatkoon!"),
        ("Tack, lektionen var toppen!", "sv", "Lycka till framöver!"),
    ],
)
def test_a_thank_you_ends_with_an_encouraging_line_where_the_voice_asks(
    offline: OfflineDrafter, comment: str, language: str, ending: str
) -> None:
    result = offline.draft(_thank(comment, language, COACH_VOICE))
    assert not result.skip
    assert result.text.rstrip().endswith(ending)


def test_a_complaint_gets_no_encouraging_line(offline: OfflineDrafter) -> None:
    support = passage("support-en", "support", "en", "Support: help@coach.example, we answer within one working day.")
    result = offline.draft(acknowledgement("The booking form crashed twice, useless.", "en", COACH_VOICE, support))
    assert "Keep it up" not in result.text
    assert "Good luck" not in result.text


@pytest.mark.parametrize(
    ("text", "emoji"),
    [
        ("Casual, max 3 sentences, 1–2 emoji (⛷️ ❄️) fine.", "⛷️"),
        ("Rento sävy, 1–2 emojia (🎶 🎟️) jokaiseen vastaukseen.", "🎶"),
        ("Alltid minst en emoji, gärna 🌲.", "🌲"),
        ("Korkeintaan kaksi emojia (📸 ❤️).", None),
        ("At most one emoji (🧵).", None),
        ("Högst en emoji, helst 🌿.", None),
        ("1–2 emoji fine.", None),  # no emoji named: none made up
    ],
)
def test_a_voice_asks_for_an_emoji_only_with_a_count_of_at_least_one(text: str, emoji: str | None) -> None:
    assert voice_emoji([passage("v", "voice", None, text)]) == emoji


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Thanks, the lesson was great!", "en"),
        ("Kiitos, tunti oli mahtava!", "fi"),
        ("Tack, lektionen var toppen!", "sv"),
    ],
)
def test_a_thank_you_carries_the_emoji_the_voice_asks_for_and_a_complaint_none(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    voice = passage("voice-en", "voice", "en", "Max 3 sentences, 1–2 emoji (⛷️ ❄️) fine. End with an encouraging line.")
    assert "⛷️" in offline.draft(_thank(comment, language, voice)).text
    support = passage("support-en", "support", "en", "Support: help@coach.example, we answer within one working day.")
    complaint = offline.draft(acknowledgement("The booking form crashed twice, useless.", "en", voice, support))
    assert "⛷" not in complaint.text
