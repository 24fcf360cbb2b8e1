"""The signed sign-off: found in voice guidance as a slot, validated names, and the blocking check."""

from __future__ import annotations

import pytest

from bot.checks import CheckContext, run_checks
from bot.checks.identity import discloses
from bot.checks.signature import (
    SLOT,
    SignatureError,
    check_signature,
    fill,
    signoff_template,
    template_in,
    valid_name,
    with_signoff,
)
from bot.domain import Passage

KRAFT = "/{name}, Kraftverk"


def _voice(text: str, language: str | None = "en") -> Passage:
    return Passage(id="voice-1", text=text, kind="voice", language=language, visibility="public", source="voice.md")


@pytest.mark.parametrize(
    ("voice", "template"),
    [
        ("We answer as Kraftverk with the coach's first name. Sign-off: '/Name, Kraftverk'.", "/{name}, Kraftverk"),
        ("We answer as Lumo Dental. Sign-off: '– Name / Lumo Dental'. Never discuss health.", "– {name} / Lumo Dental"),
        (
            "We answer as Vintra with the first name of the answerer. Sign-off: '💚 Name / Vintra'.",
            "💚 {name} / Vintra",
        ),
        ('Allekirjoita vastaus muodossa "– <etunimi>, Kuura".', "– {name}, Kuura"),
        ('Avsluta med ditt förnamn: "/[Namn], Kolikko"', "/{name}, Kolikko"),
        ("Sign-off: – First name, Kaira.", "– {name}, Kaira"),
    ],
)
def test_voice_guidance_placeholder_sign_off_becomes_a_slot(voice: str, template: str) -> None:
    assert template_in(voice) == template


@pytest.mark.parametrize(
    ("voice", "template"),
    [
        ("Voice: short. Sign every reply with the writer's first name: '– Aino / Korivo'.", "– {name} / Korivo"),
        ("Signera med förnamn och roll, t.ex. '/Johanna, optiker' eller '/Mikael, kundservice'.", "/{name}, optiker"),
        ('Allekirjoita omalla etunimelläsi, esimerkiksi "– Aino, Kuura".', "– {name}, Kuura"),
    ],
)
def test_named_example_of_a_sign_off_with_the_writers_name_becomes_a_slot(voice: str, template: str) -> None:
    """The example's name (Aino, Johanna) stands for whoever writes: the approver signs, not Aino."""
    assert template_in(voice) == template


def test_names_in_prose_greetings_and_a_rule_not_to_sign_are_not_slots() -> None:
    # Not asked as a signature: the sample brand's literal example stays as it is (approvals need no signer).
    assert template_in('End with your first name and the company, for example "– Aino, Revontuli".') is None
    assert template_in("We answer with the answerer's first name, informal and calm.") is None
    assert template_in('Never write "best ever" or "revolutionary".') is None
    assert template_in("Greet people by first name, e.g. 'Hi, Anna'. Sign with your first name.") is None
    no_names = "Puhumme me-muodossa emmekä allekirjoita nimellä. Vastaus saa päättyä kysymykseen, esim. 'Kuka voitti?'"
    assert template_in(no_names) is None
    assert template_in("Do not sign with a name; at most one emoji, e.g. '– Korivo'.") is None


def test_sign_off_of_a_voice_in_another_language_applies_when_the_reply_language_has_none() -> None:
    english = _voice("Sign-off: '/Name, Kraftverk'.", "en")
    finnish = _voice("Kirjoita lyhyesti ja rennosti.", "fi")
    found = signoff_template([finnish, english], "fi")
    assert found is not None and found[0] == KRAFT


@pytest.mark.parametrize("name", ["Mikko", "Anna-Liisa", "O'Brien", "Åsa", "Jean Luc"])
def test_valid_names_are_kept(name: str) -> None:
    assert valid_name(f"  {name} ") == name


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "empty"),
        ("evil.example.com", "not a name"),
        ("Mikko2", "not a name"),
        ("<!channel>", "not a name"),
        ("@here", "not a name"),
        ("Mikko https://x.io", "not a name"),
        ("A" * 31, "longer than 30"),
        ("Name", "placeholder"),
        ("etunimi", "placeholder"),
    ],
)
def test_bad_signatures_are_refused_with_what_to_give(name: str, why: str) -> None:
    with pytest.raises(SignatureError, match=why):
        valid_name(name)


def test_fill_replaces_the_one_slot_and_refuses_anything_else() -> None:
    assert fill("Ingen bindningstid. /{name}, Kraftverk", "Mikko") == "Ingen bindningstid. /Mikko, Kraftverk"
    with pytest.raises(SignatureError, match="0 signature slots"):
        fill("Ingen bindningstid.", "Mikko")
    with pytest.raises(SignatureError, match="not a name"):
        fill("Ingen bindningstid. /{name}, Kraftverk", "Mikko <https://evil.example>")


def test_with_signoff_gives_a_drafters_sign_off_the_slot_or_adds_it_before_the_notice() -> None:
    assert with_signoff("Ingen bindningstid.", KRAFT) == "Ingen bindningstid. /{name}, Kraftverk"
    assert with_signoff("Ingen bindningstid. /Name, Kraftverk", KRAFT) == "Ingen bindningstid. /{name}, Kraftverk"
    assert with_signoff("Tack! /Aino, Kraftverk", KRAFT) == "Tack! /{name}, Kraftverk"  # a drafter's invented name
    assert with_signoff("Tack! /{name}, Kraftverk", KRAFT) == "Tack! /{name}, Kraftverk"
    notice = "Tietosuoja: https://kraftverk.example/privacy"
    assert with_signoff(f"Kiitos! {notice}", KRAFT, notice) == f"Kiitos! {KRAFT} {notice}"


def _ctx(signature: str | None = KRAFT) -> CheckContext:
    return CheckContext(platform="reddit", comment_language="sv", signature=signature, brand_name="Kraftverk")


@pytest.mark.parametrize(
    ("text", "passed", "reason"),
    [
        ("Ingen bindningstid. /{name}, Kraftverk", True, "approver's name fills"),
        ("Ingen bindningstid. / {name} ,  Kraftverk", True, "approver's name fills"),
        ("Ingen bindningstid. /Mikko, Kraftverk", True, "signed by Mikko"),
        ("Ingen bindningstid. /Name, Kraftverk", False, "placeholder 'Name'"),
        ("Ingen bindningstid.", False, "end the reply with the sign-off"),
        ("Hej {name}! Ingen bindningstid. /Mikko, Kraftverk", False, "only in the sign-off"),
        ("{name} /{name}, Kraftverk", False, "2 slots"),
    ],
)
def test_signature_check_with_a_sign_off_asked_for(text: str, passed: bool, reason: str) -> None:
    result = check_signature(text, _ctx())
    assert (result.passed, result.severity) == (passed, "blocking")
    assert reason in result.reason


def test_slot_without_a_sign_off_asked_for_is_blocked() -> None:
    assert check_signature("Kiitos!", _ctx(None)).passed
    failed = check_signature("Kiitos! – {name}", _ctx(None))
    assert not failed.passed and "nothing would fill it" in failed.reason


def test_emoji_of_the_sign_off_may_be_dropped_by_a_platform_without_emoji() -> None:
    ctx = _ctx("💚 {name} / Vintra")
    assert check_signature("Tack för frågan. 💚 {name} / Vintra", ctx).passed
    assert check_signature("Tack för frågan. {name} / Vintra", ctx).passed


def test_slotted_sign_off_says_who_writes() -> None:
    assert discloses("Ingen bindningstid. /{name}, Kraftverk", "sv", _ctx(), by_meaning=False)
    assert discloses("Ingen bindningstid. /Mikko, Kraftverk", "sv", _ctx(), by_meaning=False)
    assert not discloses("Ingen bindningstid.", "sv", _ctx(), by_meaning=False)


def test_slotted_and_signed_texts_pass_every_blocking_check_against_the_guidance() -> None:
    facts = Passage(
        id="kraft-fact",
        text="Medlemskap: ingen bindningstid, och uppsägningstiden är en kalendermånad.",
        kind="fact",
        language="sv",
        visibility="public",
        source="kraft.md",
    )
    voice = _voice("We answer as Kraftverk with the coach's first name. Sign-off: '/Name, Kraftverk'.")
    ctx = CheckContext(
        platform="instagram",
        comment_language="sv",
        cited_passages=(facts,),
        public_passages=(facts, voice),
        brand_name="Kraftverk",
        signature=KRAFT,
    )
    for text in (
        "Ingen bindningstid, och uppsägningstiden är en kalendermånad. /{name}, Kraftverk",
        "Ingen bindningstid, och uppsägningstiden är en kalendermånad. /Mikko, Kraftverk",
    ):
        failed = [r for r in run_checks(text, ctx) if r.severity == "blocking" and not r.passed]
        assert failed == [], failed
    assert SLOT == "{name}"


def test_a_signoff_placeholder_in_nordic_quotes_is_a_slot_in_every_language() -> None:
    voice = _voice("Rennosti ja lyhyesti. Jokainen vastaus päättyy allekirjoitukseen ”– etunimi, Kanervo”.", "fi")
    for language in ("fi", "sv", "en"):
        assert signoff_template([voice], language) == ("– {name}, Kanervo", voice)


def test_the_reply_languages_own_fixed_signoff_beats_another_languages_slot() -> None:
    english = _voice("Sign off with your first name and role, e.g. '– Ilona, mechanic'.", "en")
    swedish = Passage(
        id="voice-sv",
        text="Lugnt och sakligt. Avrunda alltid med ”Glada hälsningar, Kanervo”.",
        kind="voice",
        language="sv",
        visibility="public",
        source="voice.md",
    )
    assert signoff_template([english, swedish], "sv") is None
    assert signoff_template([english, swedish], "en") == ("– {name}, mechanic", english)
    assert signoff_template([english, swedish], "fi") == ("– {name}, mechanic", english)
