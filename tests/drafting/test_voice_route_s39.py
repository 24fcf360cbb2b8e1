"""Session 39 (issue 25, from the reply-plans-ab panel): the reply's voice and route as the guidance writes them.

The disclosure phrase without the example fact its guidance shows it with, a closing wish the voice words without
quotes, a voice that jokes read as no formal one, no return route for a defect, and a yes about shipping to a country
that a guidance list names in another language grounded. Cases written here, not copied from any blind set.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checks.voice_rules import wish_examples
from bot.drafting.offline import OfflineDrafter
from bot.drafting.register import formal_voice
from bot.drafting.support import unused_only
from bot.drafting.voice import disclosure_line
from tests.drafting.conftest import acknowledgement, blocking_checks, facebook_request, passage

EXAMPLE_WITH_FACT = replace(
    passage(
        "disc",
        "disclosure",
        "en",
        "Outside our own pages, open with 'I work at Kelo –' and then the reply, e.g. 'I work at Kelo – the Vaara "
        "sledge weighs 4 kg.' Our own posts need no extra line.",
    ),
    brand="Kelo",
)
EXAMPLE_ONLY = replace(
    passage(
        "disc2",
        "disclosure",
        "en",
        "Outside our own pages, say who you are first, e.g. 'I work at Kelo – our Vaara sledge weighs 4 kg.'",
    ),
    brand="Kelo",
)


@pytest.mark.parametrize("disclosure", [EXAMPLE_WITH_FACT, EXAMPLE_ONLY])
def test_the_disclosure_phrase_is_used_without_the_examples_fact(disclosure: object) -> None:
    found = disclosure_line([disclosure], "en")  # type: ignore[list-item]
    assert found is not None
    assert found[0] == "I work at Kelo –"
    anywhere = disclosure_line([disclosure], "en", anywhere=True)  # type: ignore[list-item]
    assert anywhere is None or "4 kg" not in anywhere[0]


def test_a_disclosure_example_with_no_content_after_its_dash_is_kept_whole() -> None:
    rule = passage("d", "disclosure", "sv", "Börja med 'Hej, jag jobbar på Kelo – men …' i andras trådar.")
    found = disclosure_line([rule], "sv")
    assert found is not None and found[0].startswith("Hej, jag jobbar på Kelo")


@pytest.mark.parametrize(
    ("voice", "wishes"),
    [
        ("Lämmin ja lyhyt. Ei allekirjoitusta; lopetetaan toivottamalla hyvää hiihtokautta.", ("Hyvää hiihtokautta!",)),
        ("Kort och vänligt. Avsluta alltid med att önska trevlig helg.", ("Trevlig helg!",)),
        ("Short and friendly. End every reply by wishing them happy paddling.", ("Happy paddling!",)),
        ("Friendly. Close by wishing everyone a calm evening.", ("Have a calm evening!",)),
        ("Friendly. End with a warm wish, e.g. 'Enjoy the snow!'", ("Enjoy the snow!",)),
        ("Never end with a wish.", None),
        ("Ei allekirjoitusta. Lopetus saa olla toivotus.", None),
        ("We wish to keep replies short and end with a question.", None),
    ],
)
def test_a_closing_wish_the_voice_words_without_quotes_is_read(voice: str, wishes: tuple[str, ...] | None) -> None:
    assert wish_examples(voice) == wishes


def test_a_finnish_reply_ends_with_the_unquoted_wish_before_nothing_else(offline: OfflineDrafter) -> None:
    voice = passage(
        "v", "voice", "fi", "Rento ja lämmin. Ei allekirjoitusta; lopetetaan toivottamalla hyvää hiihtokautta."
    )
    fact = passage("f", "fact", "fi", "Vaara-pulkka painaa 4 kg ja maksaa 79 €.")
    result = offline.draft(
        facebook_request("paljonko vaara-pulkka maksaa", "fi", (voice, fact), answer_passages=("f",), own_account=True)
    )
    assert not result.skip, result.skip_reason
    assert result.text.rstrip().endswith("Hyvää hiihtokautta!")


@pytest.mark.parametrize(
    ("voice", "formal"),
    [
        ("Ton: kort, sakligt och med lite torr humor.", False),
        ("Tone: businesslike, with a dry sense of humour.", False),
        ("Ton: sakligt och varmt.", True),
        ("Tone: formal, no humour.", True),
        ("Sävy: asiallinen, ei huumoria.", True),
    ],
)
def test_a_voice_asking_for_humour_is_not_formal(voice: str, formal: bool) -> None:
    assert formal_voice([passage("v", "voice", "sv", voice)]) is formal


def test_praise_under_a_dry_joking_voice_gets_no_gushy_formal_thanks(offline: OfflineDrafter) -> None:
    voice = passage("v", "voice", "sv", "Ton: kort, sakligt och med lite torr humor. Signera '/Kelo-teamet'.")
    request = facebook_request("Bästa pulkan vi haft!", "sv", (voice,), plan="thank", own_account=True)
    result = offline.draft(request)
    assert not result.skip, result.skip_reason
    assert "betyder mycket" not in result.text and "Varmt tack" not in result.text


RETURNS_EN = passage(
    "ret-en",
    "support",
    "en",
    "Returns: unused products can be returned within 30 days. Email help@kelo.fi for a return code.",
)
SUPPORT_FI = passage(
    "sup-fi",
    "support",
    "fi",
    "Asiakaspalvelu: help@kelo.fi tai chat osoitteessa kelo.fi arkisin 9–15. Takuuasioissa liitä kuva viasta.",
)


def test_a_returns_passage_for_unused_goods_is_read_as_such() -> None:
    assert unused_only(RETURNS_EN.text)
    assert not unused_only(SUPPORT_FI.text)
    assert not unused_only("Damaged or unused items: email us a photo within 7 days.")


@pytest.mark.parametrize(
    "comment", ["My sledge arrived cracked down the middle, not happy.", "my new kettle leaks from the lid, annoying"]
)
def test_a_defect_is_not_sent_to_the_return_route_for_unused_goods(offline: OfflineDrafter, comment: str) -> None:
    request = acknowledgement(comment, "en", RETURNS_EN, SUPPORT_FI)
    result = offline.draft(request)
    assert not result.skip, result.skip_reason
    assert "return code" not in result.text
    assert "help@kelo.fi" in result.text


def test_an_unwanted_unused_item_still_gets_the_return_route(offline: OfflineDrafter) -> None:
    request = acknowledgement("Ordered the wrong size and the shop was slow to answer, annoying.", "en", RETURNS_EN)
    result = offline.draft(request)
    assert not result.skip, result.skip_reason
    assert "help@kelo.fi" in result.text


SHIPS_EN = passage("ship", "fact", "en", "We ship to Finland, Sweden and Norway. Delivery to Sweden takes 4–6 days.")


@pytest.mark.parametrize(
    ("text", "question", "language"),
    [
        ("Ja, vi skickar till Sverige.", "Skickar ni till Sverige?", "sv"),
        ("Kyllä, toimitamme Norjaan.", "toimitatteko norjaan?", "fi"),
        ("Yes, we ship to Sweden.", "do you ship to Sweden?", "en"),
    ],
)
def test_a_yes_for_a_country_the_guidance_lists_in_another_language_passes(
    text: str, question: str, language: str
) -> None:
    assert blocking_checks(text, question, language, (SHIPS_EN,), "Kelo", own_post=True) == []


@pytest.mark.parametrize(
    ("text", "question", "language"),
    [
        ("Ja, vi skickar till Tyskland.", "Skickar ni till Tyskland?", "sv"),
        ("Kyllä, toimitamme Saksaan.", "toimitatteko saksaan?", "fi"),
        ("Ja, vi skickar en ny pulka till Sverige gratis.", "Skickar ni till Sverige?", "sv"),
    ],
)
def test_a_country_or_promise_the_guidance_does_not_state_stays_blocked(
    text: str, question: str, language: str
) -> None:
    failures = blocking_checks(text, question, language, (SHIPS_EN,), "Kelo", own_post=True)
    assert any(f.startswith("grounding") for f in failures)


def test_a_country_the_guidance_ships_nowhere_but_is_not_grounded_by_a_negated_list() -> None:
    only_home = passage("ship", "faq", "en", "We do not ship outside Finland. Delivery takes 2–4 days.")
    failures = blocking_checks(
        "Ja, vi skickar till Sverige.", "Skickar ni till Sverige?", "sv", (only_home,), "Kelo", True
    )
    assert any(f.startswith("grounding") for f in failures)
