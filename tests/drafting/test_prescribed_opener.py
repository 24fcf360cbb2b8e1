"""The opener and sign-off the brand's guidance prescribes, in the reply's own language (issue 25, session 20).

A bike-repair brand written for these tests (not a set's): its disclosure guidance gives the opening line in three
languages, each introducing an example writer by name; its voice signs with the writer's first name and allows at
most three sentences. The panels asked for that opener word for word, with the approver's name, over a standard
"I work at X" line, and counted it as one of the three sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.identity import discloses
from bot.checks.signature import SLOT, SignatureError, check_signature, fill, slotted_disclosure
from bot.checks.voice_rules import fixed_signoff, voice_rules
from bot.drafting.offline import OfflineDrafter
from bot.drafting.prompting import build_prompt
from bot.drafting.types import DraftRequest
from bot.drafting.voice import finish, without_yes_or_no
from bot.language import asks_open_question
from prompts import load_prompt
from tests.drafting.conftest import passage

VOICE = passage(
    "polku-voice",
    "voice",
    "fi",
    "Äänensävy: sinuttelemme ja puhumme suoraan, enintään kolme virkettä. Vastaus allekirjoitetaan etunimellä, "
    "esim. '– Ville / Polku'.",
)
DISCLOSURE = passage(
    "polku-disclosure",
    "disclosure",
    "fi",
    "Sano heti ensimmäisessä virkkeessä, että vastaat Polun puolesta: 'Hei, Ville täältä Polun huollosta!' "
    "Ruotsiksi 'Hej, Ville här från Polkus verkstad!' ja englanniksi 'Hi, Ville from the Polku workshop here!'",
)
FACTS = (
    passage("polku-fi", "fact", "fi", "Perushuolto maksaa 59 € ja valmistuu kahdessa arkipäivässä."),
    passage("polku-sv", "fact", "sv", "Grundservice kostar 59 € och är klar på två vardagar."),
    passage("polku-en", "fact", "en", "A basic service costs 59 € and is ready in two working days."),
)
GUIDANCE = (VOICE, DISCLOSURE, *FACTS)
OPENERS = {
    "fi": "Hei, {name} täältä Polun huollosta!",
    "sv": "Hej, {name} här från Polkus verkstad!",
    "en": "Hi, {name} from the Polku workshop here!",
}


def request(comment: str, language: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "instagram",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": ("brand:Polku",),
        "passages": GUIDANCE,
        "plan": "answer",
    }
    values.update(changes)
    return DraftRequest(**values)


def context(language: str, comment: str = "") -> Any:
    return make_context(
        platform="instagram",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=GUIDANCE,
        brand=Brand(name="Polku Pyörähuolto"),
    )


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "paljonko perushuolto maksaa ja kauanko siinä menee?"),
        ("sv", "vad kostar en grundservice och hur länge tar den?"),
        ("en", "how much is a basic service and how long does it take?"),
    ],
)
def test_the_reply_opens_with_the_guidances_own_line_the_approver_named_in_it(
    offline: OfflineDrafter, language: str, comment: str
) -> None:
    result = offline.draft(request(comment, language))

    assert not result.skip, result.skip_reason
    assert result.text.startswith(OPENERS[language])
    assert result.text.endswith("– {name} / Polku")
    assert "Ville" not in result.text
    assert failures(run_checks(result.text, context(language, comment))) == []
    signed = fill(result.text, "Sanna")
    assert signed.startswith(OPENERS[language].replace(SLOT, "Sanna")) and signed.endswith("– Sanna / Polku")


def test_the_opening_line_counts_in_the_voices_sentence_limit() -> None:
    two = passage(
        "polku-voice",
        "voice",
        "fi",
        "Äänensävy: sinuttelemme, enintään kaksi virkettä. "
        "Vastaus allekirjoitetaan etunimellä, esim. '– Ville / Polku'.",
    )
    guidance = (two, DISCLOSURE, *FACTS)
    parts = [("Perushuolto maksaa 59 €.", True, "polku-fi"), ("Tervetuloa pajalle!", False, None)]
    result = finish(request("paljonko perushuolto maksaa?", "fi", passages=guidance), "fi", guidance, parts, [])

    assert result.text == "Hei, {name} täältä Polun huollosta! Perushuolto maksaa 59 €. – {name} / Polku"


def test_the_guidances_own_line_with_any_name_says_who_writes() -> None:
    for language, line in OPENERS.items():
        assert discloses(line.replace(SLOT, "Sanna"), language, context(language), by_meaning=False)
        assert discloses(line, language, context(language), by_meaning=False)
    # Another brand's line in the same words says nothing about who writes for this one.
    assert not discloses("Hei, Sanna täältä Ketjun huollosta!", "fi", context("fi"), by_meaning=False)


def test_the_slot_may_stand_in_the_opening_line_and_the_sign_off_only() -> None:
    ctx = context("fi")
    opened = f"{OPENERS['fi']} Perushuolto maksaa 59 €. – {{name}} / Polku"
    assert check_signature(opened, ctx).passed
    stray = "Perushuolto maksaa 59 €, kysy {name} lisää. – {name} / Polku"
    assert not check_signature(stray, ctx).passed
    with pytest.raises(SignatureError):
        fill("Perushuolto maksaa 59 €.", "Sanna")


def test_a_line_that_names_no_writer_or_two_gets_no_slot() -> None:
    assert slotted_disclosure("Hei, Ville täältä Polun huollosta!", "Polku") == OPENERS["fi"]
    assert slotted_disclosure("(Työskentelen Polulla.)", "Polku") is None
    assert slotted_disclosure("Hi, Ville from the Polku workshop here, and I'm Anna too!", "Polku") is None


@pytest.mark.parametrize(
    ("language", "signoff"),
    [("sv", "Hälsningar från verkstaden"), ("fi", "Terveisin pajalta"), ("en", "Greetings from the workshop")],
)
def test_a_fixed_sign_off_given_per_language_signs_each_reply_in_its_own(language: str, signoff: str) -> None:
    voice = (
        "Tonläge: kort och sakligt. Alla svar slutar med 'Hälsningar från verkstaden' (på finska 'Terveisin pajalta', "
        "på engelska 'Greetings from the workshop')."
    )
    assert fixed_signoff(voice, language) == signoff
    assert voice_rules([passage("v", "voice", "sv", voice)], language).signoff == signoff


def test_a_swedish_article_before_a_sign_off_is_no_english_label() -> None:
    voice = "Avsluta alltid med en 'Hälsningar, Polku'."
    assert fixed_signoff(voice, "en") == "Kind regards, Polku"
    assert fixed_signoff("Sign off with 'Best regards, Polku' (fi: 'Terveisin, Polku').", "fi") == "Terveisin, Polku"


def test_the_prompt_asks_for_the_guidances_opener_with_the_slot() -> None:
    built = build_prompt(load_prompt("draft_reply"), request("how much is a basic service?", "en"))

    assert OPENERS["en"] in built.system
    assert "an opening disclosure sentence included" in built.system


@pytest.mark.parametrize(
    ("comment", "language", "open_question"),
    [
        ("mitä maksaa takapyörän vaihde huoltaa?", "fi", True),
        ("ja kauanko se kestää", "fi", True),
        ("hur lång tid tar en grundservice, och måste man boka?", "sv", True),
        ("so how much would a chain swap be?", "en", True),
        ("onko teillä lainapyöriä huollon ajaksi?", "fi", False),
        ("Lagar ni elcyklar också?", "sv", False),
        ("Det var en bra service. Kan man boka på lördag?", "sv", False),
        ("do you fix e-bikes?", "en", False),
    ],
)
def test_a_question_asking_for_something_else_than_yes_or_no_is_read_so(
    comment: str, language: str, open_question: bool
) -> None:
    assert asks_open_question(comment, language) is open_question


@pytest.mark.parametrize(
    ("sentence", "language", "said"),
    [
        ("Kyllä, ketjun vaihto maksaa 35 € osineen.", "fi", "Ketjun vaihto maksaa 35 € osineen."),
        ("Ja, du får ett sms när cykeln är klar att hämtas.", "sv", "Du får ett sms när cykeln är klar att hämtas."),
        ("Yes, a chain swap costs 35 € with parts.", "en", "A chain swap costs 35 € with parts."),
        # Without its yes the rest is no sentence of its own, or the answer is a no: kept as it is.
        ("Kyllä, lauantaisin, kun varaat ajan.", "fi", "Kyllä, lauantaisin, kun varaat ajan."),
        ("Yes, on Saturdays 10–14 only.", "en", "Yes, on Saturdays 10–14 only."),
        ("Ei, sähköpyöriä emme huolla.", "fi", "Ei, sähköpyöriä emme huolla."),
    ],
)
def test_a_guidance_answers_yes_is_left_out_only_where_a_sentence_remains(
    sentence: str, language: str, said: str
) -> None:
    assert without_yes_or_no(sentence, language) == said


def test_an_answer_to_an_open_question_starts_with_the_fact() -> None:
    faq = passage("polku-faq", "faq", "fi", "Huollatteko ketjuja? Kyllä, ketjun vaihto maksaa 35 € osineen.")
    guidance = (VOICE, DISCLOSURE, faq)
    parts: list[tuple[str, bool, str | None]] = [("Kyllä, ketjun vaihto maksaa 35 € osineen.", True, "polku-faq")]
    asked = finish(request("paljonko ketjun vaihto maksaa?", "fi", passages=guidance), "fi", guidance, parts, [])
    yes_no = finish(request("vaihdatteko ketjuja?", "fi", passages=guidance), "fi", guidance, parts, [])

    assert asked.text == "Hei, {name} täältä Polun huollosta! Ketjun vaihto maksaa 35 € osineen. – {name} / Polku"
    assert "Kyllä, ketjun vaihto" in yes_no.text
