"""The approver panel's most frequent reasons on a spent set (issue 25, session 38).

A disclosure rule for other people's threads binds those only, however its examples are written: several examples
in one sentence joined by "or" ("'Hei, X:ltä tässä!' tai 'Hej, från X här!'"), or a sentence that only gives the
line in another language ("På finska: '...'"). On the brand's own post no opener is due, and a sign-off naming the
brand ("-Kari / Loimu") is no disclosure out of place. Someone who already got in touch is told what the support
guidance's own line for them says (send the order or booking number privately, we take it up), in the reply's
language, not sent to another channel to start over."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks.voice_rules import elsewhere_only, example_scopes, quoted_examples
from bot.drafting.contacted import contacted_instruction, contacted_line
from bot.drafting.greetings import already_contacted
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import blocking_checks, facebook_request, passage

# "Loimu", a mobile sauna rental written for these tests, with its rules in three languages.
OR_EXAMPLES_FI = (
    "Kun kommentoit muiden julkaisuihin (ryhmät, foorumit), kerro ensimmäisessä lauseessa että olet Loimulta, "
    "esim. 'Hei, Kari Loimulta tässä!' tai 'Hej, Kari från Loimu här!'. Omissa julkaisuissa allekirjoitus riittää."
)
LANGUAGE_SENTENCE_SV = (
    "Svarar du i andras trådar: skriv först 'Jag jobbar på Loimu' och sedan svaret, t.ex. 'Jag jobbar på Loimu – "
    "bastun rymmer sex.' På finska: 'Moi, oon Loimulla töissä'."
)
SUPPORT_FI = (
    "Asiakaspalvelu: asiakaspalvelu@loimu.fi, arkisin 9–17. Jos asiakas on jo ollut yhteydessä, pyydä varausnumero "
    "yksityisviestillä ja kerro että asia hoidetaan, älä ohjaa ottamaan yhteyttä uudelleen."
)
LOIMU = tuple(
    replace(p, brand="Loimu")
    for p in (
        passage(
            "voice",
            "voice",
            "fi",
            "Rento sävy, sinuttelu, 1–3 lausetta. Allekirjoitus loppuun tyyliin '-Kari / Loimu'.",
        ),
        passage("disclosure", "disclosure", "sv", LANGUAGE_SENTENCE_SV),
        passage("price-fi", "fact", "fi", "Saunan vuokra on 90 € vuorokaudelta, ja polttopuut kuuluvat hintaan."),
        passage("support-fi", "support", "fi", SUPPORT_FI),
        passage("support-en", "support", "en", "Changes and complaints: email booking@loimu.fi, we reply in a day."),
    )
)


@pytest.mark.parametrize("text", [OR_EXAMPLES_FI, LANGUAGE_SENTENCE_SV])
def test_every_example_of_an_others_threads_rule_binds_others_threads_only(text: str) -> None:
    scopes = example_scopes(text, [m.span() for m in quoted_examples(text)])
    assert scopes and set(scopes) == {"elsewhere"}
    assert elsewhere_only(text)


def test_a_new_sentence_with_a_condition_of_its_own_keeps_its_own_scope() -> None:
    text = "I andras trådar: 'Hej, jag jobbar på Loimu.' Skriv alltid i början: 'Hej från Loimu!'"
    assert example_scopes(text, [m.span() for m in quoted_examples(text)]) == ["elsewhere", "every"]
    assert not elsewhere_only(text)


def request(comment: str, language: str, **changes: Any) -> Any:
    return facebook_request(comment, language, LOIMU, **changes)


def test_an_answer_on_the_brands_own_post_has_no_opener_and_passes_the_checks(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Paljonko sauna maksaa vuorokaudelta?", "fi", own_account=True))
    assert not result.skip and result.text is not None
    assert "töissä" not in result.text and "90 €" in result.text
    assert blocking_checks(result.text, "Paljonko sauna maksaa?", "fi", LOIMU, "Loimu", own_post=True) == []


def test_an_answer_in_someone_elses_thread_opens_with_the_guidances_own_line(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Paljonko sauna maksaa vuorokaudelta?", "fi", own_account=False))
    assert result.text is not None and result.text.startswith("Moi, oon Loimulla töissä")


def test_a_signoff_naming_the_brand_is_no_disclosure_out_of_place() -> None:
    text = "Saunan vuokra on 90 € vuorokaudelta. -Kari / Loimu"
    assert blocking_checks(text, "Paljonko sauna maksaa?", "fi", LOIMU, "Loimu", own_post=True) == []


def test_the_support_guidances_line_for_someone_already_in_touch_is_read_in_any_language() -> None:
    found = contacted_instruction([p for p in LOIMU if p.kind == "support"])
    assert found is not None and found.identifier == "booking" and found.passage.id == "support-fi"
    assert (
        contacted_line(found, "sv")
        == "Skicka ditt bokningsnummer till oss i ett privat meddelande, så tar vi hand om det."
    )
    assert "your booking number" in (contacted_line(found, "en") or "")
    assert "varausnumerosi" in (contacted_line(found, "fi") or "")
    english = passage(
        "s",
        "support",
        "en",
        "If a customer has already complained, ask for the order number by DM and say we're on it.",
    )
    swedish = passage(
        "s", "support", "sv", "Om kunden redan har hört av sig: be om ordernumret i ett privat meddelande."
    )
    assert [getattr(contacted_instruction([p]), "identifier", None) for p in (english, swedish)] == ["order", "order"]
    # a general channel, or a case for someone new, is no such line
    assert (
        contacted_instruction([passage("s", "support", "en", "Email help@loimu.fi with your booking number.")]) is None
    )


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("The heater died on Saturday, I've emailed twice and heard nothing.", "en"),
        ("Kaminen slutade fungera och jouren svarade inte när jag ringde.", "sv"),
        ("Kiuas hajosi ja asiakaspalvelu lupasi soittaa, mutta mitään ei kuulunut.", "fi"),
    ],
)
def test_someone_already_in_touch_is_asked_for_the_number_privately_in_their_language(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    assert already_contacted(comment, language)
    result = offline.draft(request(comment, language, plan="acknowledge", complaint=True, own_account=True))
    assert not result.skip and result.text is not None
    number = {"fi": "varausnumerosi", "sv": "bokningsnummer", "en": "booking number"}[language]
    assert number in result.text
    assert "@loimu.fi" not in result.text  # not another channel to start over


def test_a_first_complaint_still_gets_the_support_channel(offline: OfflineDrafter) -> None:
    comment = "The sauna was cold when it arrived and the wood was wet."
    assert not already_contacted(comment, "en")
    result = offline.draft(request(comment, "en", plan="acknowledge", complaint=True, own_account=True))
    assert result.text is not None and "booking@loimu.fi" in result.text


def test_a_named_greeting_in_other_languages_is_said_in_the_replys_language(offline: OfflineDrafter) -> None:
    disclosure = passage(
        "disclosure",
        "disclosure",
        "fi",
        "Kun vastaat muiden julkaisuihin, kerro heti alussa kuka olet, esim. 'Hei, Kari Loimulta tässä!' tai "
        "'Hej, Kari från Loimu här!'.",
    )
    passages = tuple(
        replace(p, brand="Loimu") if p.kind != "disclosure" else replace(disclosure, brand="Loimu") for p in LOIMU
    )
    passages += (
        passage("price-en", "fact", "en", "The sauna rents for 90 € a day, firewood included."),
        passage("price-sv", "fact", "sv", "Bastun kostar 90 € per dygn, och veden ingår."),
    )
    english = offline.draft(facebook_request("How much is the sauna per day?", "en", passages, own_account=False))
    assert english.text is not None and english.text.startswith("Hi, Kari from Loimu here.")
    # where the sign-off carries the answerer's own name, the brand greets: never the example's writer beside it
    signed = passage("voice", "voice", "sv", "Avslappnad ton, högst 3 meningar. Signera med 'Loimu / förnamn'.")
    passages = tuple(signed if p.kind == "voice" else p for p in passages)
    signed_english = offline.draft(
        facebook_request("How much is the sauna per day?", "en", passages, own_account=False)
    )
    assert signed_english.text is not None and signed_english.text.startswith("Hi from the Loimu team.")


def test_a_wrong_item_is_acknowledged_as_the_persons_experience_not_the_brands_fault(offline: OfflineDrafter) -> None:
    comment = "Sain väärän kokoiset saunahatut, kaksi paria meni hukkaan."
    result = offline.draft(request(comment, "fi", plan="acknowledge", complaint=True, own_account=True))
    assert result.text is not None and result.text.startswith("Harmi kuulla, ettei tilaus ollut sitä mitä odotit.")
    failed = blocking_checks(result.text, comment, "fi", LOIMU, "Loimu", own_post=True)
    assert not [f for f in failed if f.startswith(("grounding", "voice", "tone"))]
