"""The disclosure opener with its continuation, and the brand in the signature (issue 25, session 40).

Disclosure guidance may give other people's threads an opener that runs on into the reply ("I work at X, so I'm biased,
but –"): the reply's first sentence goes on after it, in the reply's language, never cut before its "but" nor ended
after it with a full stop. Guidance that signs every reply with the writer's name and the brand ("'Maja, X'") puts
the brand after the name the voice's own sign-off carries."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks.signature import signoff_template, with_disclosure_brand
from bot.checks.voice_rules import opens_elsewhere, voice_rules
from bot.drafting.offline import OfflineDrafter
from bot.drafting.voice import _names_in, _run_on, lead_in
from tests.drafting.conftest import blocking_checks, facebook_request, passage

# A bicycle workshop written for these tests: an English disclosure with a "biased" opener for others' threads, and
# a Swedish one that signs every reply with the brand and asks the opener first in others' threads.
OPENER_EN = (
    "Whoever answers says in the first sentence that they work here, e.g. 'Hello, Pekka from Pyörälä's workshop –'. "
    "Under posts we did not write, always begin with 'I work at Pyörälä, so I'm biased, but –'."
)
SIGNED_SV = (
    "Den som svarar skriver i signaturen att hen jobbar på Pyörälä: 'Maja, Pyörälä'. I trådar som inte är våra "
    "egna redan i första meningen: 'Jag jobbar på Pyörälä, så jag är jävig, men ...'."
)


def brand(*passages: Any) -> tuple[Any, ...]:
    return tuple(replace(p, brand="Pyörälä") for p in passages)


PYORALA = brand(
    passage(
        "voice",
        "voice",
        "sv",
        "Sakligt och lugnt, högst två meningar. Avsluta med en hälsning och ditt förnamn, t.ex. 'Hälsningar, Maja'.",
    ),
    passage("disclosure", "disclosure", "sv", SIGNED_SV),
    passage("service-sv", "fact", "sv", "En grundservice kostar 69 € och tar två arbetsdagar."),
    passage("service-en", "fact", "en", "A basic service costs 69 € and takes two working days."),
)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "I work at Pyörälä, so I'm biased, but –"),
        ("sv", "Jag jobbar på Pyörälä, så jag är jävig, men –"),
        ("fi", "Olen töissä Pyörälällä, joten olen jäävi, mutta –"),
    ],
)
def test_the_opener_for_others_threads_keeps_its_continuation_in_each_language(language: str, line: str) -> None:
    passages = brand(passage("d", "disclosure", "en", OPENER_EN))
    found = lead_in(list(passages), language, "Pyörälä", own_post=False)
    assert found is not None and found[0] == line
    assert lead_in(list(passages), language, "Pyörälä", own_post=True) is None


def test_an_example_with_an_ellipsis_or_its_own_dash_runs_on_after_its_conjunction() -> None:
    found = lead_in(list(PYORALA), "sv", "Pyörälä", own_post=False)
    assert found is not None and found[0] == "Jag jobbar på Pyörälä, så jag är jävig, men –"
    dashed = brand(
        passage("d", "disclosure", "sv", "I andras trådar: 'Hej, jag jobbar på Pyörälä, så jag är jävig – men …'.")
    )
    found = lead_in(list(dashed), "sv", "Pyörälä", own_post=False)
    assert found is not None and found[0] == "Hej, jag jobbar på Pyörälä, så jag är jävig – men"
    # an opener with no continuation is no lead-in
    plain = brand(passage("d", "disclosure", "en", "In other people's threads open with 'I work at Pyörälä.'"))
    assert lead_in(list(plain), "en", "Pyörälä", own_post=False) is None


def test_the_reply_runs_on_after_the_lead_in_lower_cased_unless_a_name() -> None:
    names = _names_in(["Our bikes are serviced by Pyörälä in Tampere. Mudguards fit every frame."])
    assert {"Pyörälä", "Tampere"} <= names and "Mudguards" not in names
    lead = "I work at Pyörälä, so I'm biased, but –"
    assert _run_on([lead, "Mudguards cost 25 €."], names) == [lead, "mudguards cost 25 €."]
    assert _run_on([lead, "Pyörälä fits them for free."], names) == [lead, "Pyörälä fits them for free."]
    assert _run_on([lead, "I can check that."], names)[1] == "I can check that."
    # a greeting ending in a dash still ends as a sentence before a capital
    assert _run_on(["Hello, Pekka from Pyörälä's workshop –", "Mudguards cost 25 €."], names)[0].endswith(".")


def test_the_signature_carries_the_brand_the_disclosure_signs_with() -> None:
    found = signoff_template(list(PYORALA), "sv")
    assert found is not None and found[0] == "Hälsningar, {name}, Pyörälä"
    # a sign-off already naming the brand, or an example for others' threads only, adds nothing
    assert with_disclosure_brand("– {name} / Pyörälä", list(PYORALA)) == "– {name} / Pyörälä"
    others = brand(passage("d", "disclosure", "sv", "I andras trådar signerar vi 'Maja, Pyörälä'."))
    assert with_disclosure_brand("Hälsningar, {name}", list(others)) == "Hälsningar, {name}"


def test_the_rules_read_an_opener_first_in_others_threads_beside_a_signature_at_the_end() -> None:
    assert opens_elsewhere(SIGNED_SV)
    assert opens_elsewhere(OPENER_EN)
    assert not opens_elsewhere("I andras trådar skriver vi sist i svaret: '(Jag jobbar på Pyörälä.)'.")
    assert voice_rules(list(PYORALA), "sv").opener_elsewhere


@pytest.mark.parametrize(
    ("language", "question", "opener"),
    [
        ("sv", "Vad kostar en grundservice hos er?", "Jag jobbar på Pyörälä, så jag är jävig, men – "),
        ("en", "how much is a basic service?", "I work at Pyörälä, so I'm biased, but – "),
    ],
)
def test_offline_answer_in_others_thread_opens_with_the_lead_in_and_signs_with_the_brand(
    offline: OfflineDrafter, language: str, question: str, opener: str
) -> None:
    result = offline.draft(facebook_request(question, language, PYORALA, own_account=False))
    assert not result.skip and result.text is not None
    assert result.text.startswith(opener), result.text
    assert "69 €" in result.text and "Pyörälä" in result.text.rsplit(",", 1)[-1]
    assert " men." not in result.text and " but." not in result.text
    assert blocking_checks(result.text, question, language, PYORALA, "Pyörälä", own_post=False) == []


def test_offline_answer_on_the_own_post_has_no_lead_in(offline: OfflineDrafter) -> None:
    question = "Vad kostar en grundservice hos er?"
    result = offline.draft(facebook_request(question, "sv", PYORALA, own_account=True))
    assert result.text is not None and "jävig" not in result.text
    assert result.text.rstrip().endswith("{name}, Pyörälä"), result.text


def test_an_opener_with_an_apostrophe_is_read_as_the_guidance_line_with_its_slot() -> None:
    from bot.checks.signature import disclosure_slots

    text = (
        "Every reply says who writes first, e.g. 'Hello, Pekka here from Pyörälä's workshop –'. Sign with your first "
        "name, e.g. '– Pekka / Pyörälä'."
    )
    passages = list(brand(passage("d", "disclosure", "en", text)))
    reply = "Hello, {name} here from Pyörälä's workshop – mudguards cost 25 €. – {name} / Pyörälä"
    assert disclosure_slots(reply, passages) == [(0, 42)]
