"""A disclosure that says how a reply in others' threads ends: its signature line ends the reply in place of the voice's
fixed closing, in every language (issue 25, session 35).

Written for these tests: a ceramics studio whose voice (in Swedish) closes every reply with a fixed greeting and whose
disclosure (in English) says a reply under someone else's post ends with the writer's first name and role, with an
English and a Swedish example. A Finnish reply has no example of its own: the role is said in Finnish. On the brand's
own post the voice's closing signs the reply, as before."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks import Brand, make_context
from bot.checks.signature import SLOT, check_signature, disclosure_signoff, ends_with_signature_line, fill
from bot.checks.voice_rules import voice_rules
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from bot.drafting.voice import OPENER, disclosure_line
from tests.drafting.conftest import blocking_checks, facebook_request, passage

HOVI = tuple(
    replace(p, brand="Hovi Keramik")
    for p in (
        passage(
            "voice",
            "voice",
            "sv",
            "Ton: varm och kortfattad. Svara på kommentatorns språk. Högst tre meningar. "
            "Avsluta med 'Vänliga hälsningar, Hovi Keramik'.",
        ),
        passage(
            "disclosure",
            "disclosure",
            "en",
            "Disclosure: on posts we did not write, the reply ends with the writer's first name and role, e.g. "
            "'– Elin, customer service at Hovi Keramik' or '– Elin, kundtjänst på Hovi Keramik'.",
        ),
        passage("mug-fi", "fact", "fi", "Kahvimuki maksaa 28 € ja kestää astianpesukoneen."),
        passage("mug-sv", "fact", "sv", "En kaffemugg kostar 28 € och tål diskmaskin."),
        passage("mug-en", "fact", "en", "A coffee mug costs 28 € and is dishwasher safe."),
    )
)
QUESTIONS = {
    "fi": "Paljonko teidän kahvimuki maksaa?",
    "sv": "Vad kostar en kaffemugg hos er?",
    "en": "How much is one of your coffee mugs?",
}
ENDINGS = {
    "fi": f"– {SLOT}, asiakaspalvelu, Hovi Keramik",
    "sv": f"– {SLOT}, kundtjänst på Hovi Keramik",
    "en": f"– {SLOT}, customer service at Hovi Keramik",
}


def request(language: str, **changes: Any) -> DraftRequest:
    return facebook_request(QUESTIONS[language], language, HOVI, **changes)


def blocking(text: str, language: str, own_post: bool) -> list[str]:
    return blocking_checks(text, QUESTIONS[language], language, HOVI, "Hovi Keramik", own_post)


@pytest.mark.parametrize(
    "text",
    [
        "In other people's threads the reply ends with your first name and role, e.g. '– Elin, shop at X'.",
        "I andras trådar slutar svaret med ditt förnamn och din roll, t.ex. '– Elin, butiken på X'.",
        "Muiden ketjuissa vastaus päättyy etunimeesi ja rooliisi, esim. '– Elin, myymälä, X'.",
    ],
)
def test_a_reply_that_ends_with_the_writer_is_a_disclosure_at_the_end(text: str) -> None:
    assert voice_rules([passage("d", "disclosure", None, text)], "en").disclosure_at == "end"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_signature_line_is_the_example_in_the_reply_language_else_its_role_said_in_it(language: str) -> None:
    found = disclosure_signoff(list(HOVI), language)
    assert found is not None and found[0] == ENDINGS[language]


def test_an_unknown_role_with_no_example_in_the_language_gives_no_line() -> None:
    text = "The reply ends with the writer's first name and role, e.g. '– Elin, glaze wizard at Hovi Keramik'."
    rule = replace(passage("d", "disclosure", "en", text), brand="Hovi Keramik")
    assert disclosure_signoff([rule], "fi") is None
    assert disclosure_signoff([rule], "en") == (f"– {SLOT}, glaze wizard at Hovi Keramik", rule)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_under_someone_elses_post_the_signature_line_ends_the_reply_once_without_the_voices_closing(
    offline: OfflineDrafter, language: str
) -> None:
    result = offline.draft(request(language, own_account=False))
    assert not result.skip, result.skip_reason
    assert result.text.endswith(ENDINGS[language])
    assert result.text.count(SLOT) == 1
    assert "Hovi Keramik" not in result.text.replace(ENDINGS[language], "")  # no second sign-off, no "(... på X)"
    assert "28 €" in result.text
    assert blocking(result.text, language, own_post=False) == []
    assert SLOT not in fill(result.text, "Sanna")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_on_the_brands_own_post_the_voices_closing_signs_the_reply(offline: OfflineDrafter, language: str) -> None:
    result = offline.draft(request(language, own_account=True))
    assert not result.skip, result.skip_reason
    assert SLOT not in result.text and "–" not in result.text
    assert result.text.endswith("Hovi Keramik")
    assert blocking(result.text, language, own_post=True) == []


def test_the_checks_take_the_signature_line_for_the_voices_closing_and_its_slot_for_the_approvers() -> None:
    signed = f"En kaffemugg kostar 28 €. {ENDINGS['sv']}"
    assert ends_with_signature_line(signed, HOVI)
    assert blocking(signed, "sv", own_post=False) == []
    assert blocking(signed.replace(SLOT, "Sanna"), "sv", own_post=False) == []
    both = f"{signed} Vänliga hälsningar, Hovi Keramik"  # the double sign-off: the line no longer ends the reply
    assert not ends_with_signature_line(both, HOVI)
    ctx = make_context(
        platform="facebook",
        comment_text=QUESTIONS["sv"],
        comment_language="sv",
        comment_author="someone",
        passages=HOVI,
        brand=Brand(name="Hovi Keramik"),
    )
    assert check_signature(signed, ctx).passed
    assert not check_signature(f"Hej {SLOT}. En kaffemugg kostar 28 €.", ctx).passed  # a slot elsewhere fills nothing


# A juice maker written for these tests: its disclosure (in English) opens the reply with who is here, in English and
# in Finnish; a Swedish reply has no example of its own.
MEHU = tuple(
    replace(p, brand="Mehula")
    for p in (
        passage(
            "disclosure",
            "disclosure",
            "en",
            "Disclosure: on other people's posts, the first words of the reply say who we are, e.g. 'Eeva from Mehula "
            "here' or 'Täällä Eeva Mehulasta'.",
        ),
    )
)


@pytest.mark.parametrize(("language", "line"), [("fi", "Täällä Eeva Mehulasta."), ("en", "Eeva from Mehula here.")])
def test_an_example_saying_who_is_here_is_an_opening_sentence_not_an_aside(language: str, line: str) -> None:
    found = disclosure_line(MEHU, language, anywhere=True)
    assert found is not None and found[0] == line


@pytest.mark.parametrize(
    ("line", "opener"),
    [
        ("Täällä Aino Kaarnalta", True),
        ("Elin från Hovi här", True),
        ("Here's Ann from Mehula", True),
        ("Olen töissä Mehulalla", False),
        ("I work at Mehula", False),
    ],
)
def test_what_reads_as_an_opener(line: str, opener: bool) -> None:
    assert bool(OPENER.search(line)) is opener
