"""Replies end the way each brand's voice asks, in every language (issue 25, session 34; reply-plans-u's panel): a
closing the voice quotes though it signs with no name ("Vastauksia ei allekirjoiteta nimellä, loppuun 'Terveisin
savustamolta'") ends the replies of its own language only, never another's; a voice that forbids a signature in other
words ("Vi signerar aldrig med namn", "Ingen personlig signatur") asks for none; one that only allows one ("you may
sign with your first name") asks for none; a signature with the writer's first name written in one language's voice
passage signs the replies of a language whose own voice passage says nothing of signing. The brands are invented
for these tests; the drafted texts pass the checks."""

from __future__ import annotations

from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.grounding import supports
from bot.checks.voice_rules import fixed_signoff, voice_rules
from bot.drafting.offline import OfflineDrafter
from bot.drafting.pipeline import guidance_for
from bot.drafting.prompting import build_prompt
from bot.drafting.types import DraftRequest
from prompts import load_prompt
from tests.drafting.conftest import passage
from tests.drafting.test_guidance_search import FillingStore, _passage

# A fish smokehouse: no name, a Finnish closing for Finnish replies; its English voice says nothing of signing.
KALA_VOICE = passage(
    "kv",
    "voice",
    "fi",
    "Puhumme lämpimästi ja lyhyesti. Vastauksia ei allekirjoiteta nimellä, loppuun 'Terveisin kalasavusta'.",
)
KALA_VOICE_EN = passage("kv-en", "voice", "en", "In English: plain and friendly, at most two sentences.")
KALA_FACTS = (
    passage("kf-fi", "fact", "fi", "Lämminsavusiika säilyy jääkaapissa 7 päivää toimituspäivästä."),
    passage("kf-sv", "fact", "sv", "Varmrökt sik håller 7 dagar i kylskåp från leveransdagen."),
    passage("kf-en", "fact", "en", "Hot-smoked whitefish keeps 7 days in the fridge from the delivery day."),
)
KALA = (KALA_VOICE, KALA_VOICE_EN, *KALA_FACTS)


def _request(comment: str, language: str, passages: tuple[Any, ...], **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "facebook",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": ("brand:Kalasavu",),
        "passages": passages,
        "plan": "answer",
        "own_account": True,
    }
    values.update(changes)
    return DraftRequest(**values)


def _blocking(text: str, language: str, comment: str, passages: tuple[Any, ...]) -> list[str]:
    ctx = make_context(
        platform="facebook",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name="Kalasavu"),
    )
    return failures(run_checks(text, ctx))


def test_a_closing_quoted_beside_no_name_signs_its_own_languages_replies_only() -> None:
    assert voice_rules(list(KALA), "fi").signoff == "Terveisin kalasavusta"
    assert voice_rules(list(KALA), "fi").unsigned  # still no person's name
    for language in ("sv", "en"):
        rules = voice_rules(list(KALA), language)
        assert rules.signoff is None  # never "Kind regards, kalasavusta" nor "– Terveisin kalasavusta"
        assert rules.foreign_signoffs == ("Terveisin kalasavusta",)


@pytest.mark.parametrize(
    "text",
    [
        "No names in replies; close every reply with 'Cheers from the bakery'.",
        "We never sign with a name. End with 'Cheers from the bakery'.",
    ],
)
def test_an_english_closing_of_words_not_a_name_is_not_translated(text: str) -> None:
    assert fixed_signoff(text, "en") == "Cheers from the bakery"
    assert fixed_signoff(text, "fi") is None
    assert fixed_signoff(text, "sv") is None


def test_a_closing_greeting_before_a_name_still_reads_in_every_language() -> None:
    text = "Avsluta med 'Hälsningar, Grönby'."
    assert fixed_signoff(text, "sv") == "Hälsningar, Grönby"
    assert fixed_signoff(text, "en") == "Kind regards, Grönby"


@pytest.mark.parametrize(
    "text",
    [
        "Vi signerar aldrig med namn, svaren kommer från teamet.",
        "Ingen personlig signatur – vi skriver som 'vi på stallet'.",
        "Vastauksia ei allekirjoiteta.",
        "Vastaamme ilman allekirjoitusta.",
        "Replies carry no personal signature.",
    ],
)
def test_a_voice_that_forbids_a_signature_in_other_words_asks_for_none(text: str) -> None:
    voice = passage("v", "voice", "sv", text)
    for language in ("fi", "sv", "en"):
        rules = voice_rules([voice], language)
        assert rules.unsigned and rules.signoff is None


@pytest.mark.parametrize(
    "text",
    [
        "You may sign with your first name, e.g. '– Aino / Kuppi'.",
        "Voit allekirjoittaa vastauksen etunimelläsi, esim. '– Aino / Kuppi'.",
        "Allekirjoitus on vapaaehtoinen: '– Kupin tiimi'.",
    ],
)
def test_a_signature_the_voice_only_allows_is_not_asked_for(text: str) -> None:
    voice = passage("v", "voice", "fi", text)
    assert voice_rules([voice], "fi").signoff is None


@pytest.mark.parametrize(
    ("language", "comment", "ending", "absent"),
    [
        ("fi", "kauanko lämminsavusiika säilyy?", "Terveisin kalasavusta", None),
        ("sv", "hur länge håller varmrökt sik?", None, "Terveisin"),
        ("en", "how long does hot-smoked whitefish keep?", None, "Terveisin"),
    ],
)
def test_the_offline_drafter_ends_a_reply_with_its_own_languages_closing_only(
    offline: OfflineDrafter, language: str, comment: str, ending: str | None, absent: str | None
) -> None:
    result = offline.draft(_request(comment, language, KALA))
    if ending is not None:
        assert result.text.endswith(ending), result.text
    if absent is not None:
        assert absent not in result.text, result.text
    assert _blocking(result.text, language, comment, KALA) == []


def test_the_voice_check_holds_a_closing_of_another_language_and_a_missing_own_one() -> None:
    sv = _blocking("Varmrökt sik håller 7 dagar i kylskåp. Terveisin kalasavusta", "sv", "hur länge?", KALA)
    assert any("another language" in f for f in sv)
    fi = _blocking("Lämminsavusiika säilyy jääkaapissa 7 päivää.", "fi", "kauanko säilyy?", KALA)
    assert any("Terveisin kalasavusta" in f for f in fi)


def test_a_first_name_signature_in_one_languages_voice_joins_a_reply_whose_own_voice_says_nothing_of_it() -> None:
    signed = passage("v-fi", "voice", "fi", "Rento sävy. Vastaus päättyy etunimeen, esim. '– Anni / Purje'.")
    plain = passage("v-sv", "voice", "sv", "Ton på svenska: du-tilltal, kort och vänligt.")
    facts = [_passage(f"fact-{i}", "fact", "sv") for i in range(6)]
    found = {p.id for p in guidance_for(FillingStore([*facts, plain, signed]), "Vad kostar kursen?", "sv")}
    assert {"v-sv", "v-fi"} <= found


def test_a_closing_in_one_languages_words_does_not_join_another_languages_reply() -> None:
    facts = [_passage(f"fact-{i}", "fact", "en") for i in range(6)]
    found = {p.id for p in guidance_for(FillingStore([*facts, KALA_VOICE_EN, KALA_VOICE]), "How long?", "en")}
    assert "kv" not in found


@pytest.mark.parametrize(
    ("language", "comment", "said", "unsaid"),
    [
        ("fi", "kauanko siika säilyy?", "end with the sign-off 'Terveisin kalasavusta', no person's name", None),
        ("sv", "hur länge håller sik?", "no sign-off in another language's words", "end with the sign-off"),
    ],
)
def test_the_models_prompt_asks_for_the_replys_own_closing_and_no_other(
    language: str, comment: str, said: str, unsaid: str | None
) -> None:
    built = build_prompt(load_prompt("draft_reply"), _request(comment, language, KALA))
    assert said in built.user or said in built.system
    if unsaid is not None:
        assert unsaid not in built.user and unsaid not in built.system


def test_the_models_prompt_signs_with_the_voices_own_example_never_a_bare_slot() -> None:
    signed = passage("v-fi", "voice", "fi", "Rento sävy. Vastaus päättyy etunimeen, esim. '– Anni / Purje'.")
    plain = passage("v-sv", "voice", "sv", "Ton på svenska: du-tilltal, kort och vänligt.")
    fact = passage("f-sv", "fact", "sv", "Kursen kostar 390 €.")
    built = build_prompt(load_prompt("draft_reply"), _request("vad kostar kursen?", "sv", (signed, plain, fact)))
    assert "end with the sign-off '– Anni / Purje'" in built.user + built.system
    assert "'– {name} / Purje'" not in built.user + built.system


def test_the_voices_own_fixed_closing_is_a_signature_to_grounding_whatever_the_thread_title_says() -> None:
    ctx = make_context(
        platform="facebook",
        comment_text="kauanko siika säilyy?",
        comment_language="fi",
        comment_author="someone",
        passages=KALA,
        brand=Brand(name="Kalasavu"),
        untrusted_texts=("Näin kalasavussa savustamme",),
    )
    found = supports("Lämminsavusiika säilyy jääkaapissa 7 päivää toimituspäivästä. Terveisin kalasavusta", ctx)
    assert [s.kind for s in found if "Terveisin" in s.sentence] == ["signature"]
