"""Campaign offers, the disclosure's language and support lines as the offline drafter writes them (issue 25,
session 21).

A lamp shop written for these tests (not a set's): a winter campaign running in December 2026 and a spring one
that has not started, each with its rule ("only under sales posts"); a disclosure rule that quotes its line in
three languages without saying which is which; a support passage whose label holds an "or"; a Finnish phone line.
The panels struck a campaign pasted with its header and dates, one offered outside its dates or under someone
else's post, an English opener on a Swedish reply, "Faulty print or email ..." and the faulty-item route under a
delay.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bot.drafting.greetings import empathy_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest, DraftResult
from knowledge.embeddings import LocalE5Embedder
from tests.drafting.conftest import passage

WINTER = passage(
    "lampola-winter",
    "campaign",
    "en",
    "Winter lamp deal 1.12.2026–31.1.2027: the Kide floor lamp 89 € (normally 119 €). Rule: mention only to "
    "people asking about prices or buying, only under sales posts, never in replies to complaints.",
)
SPRING = passage(
    "lampola-spring",
    "campaign",
    "en",
    "Spring lamp deal 1.3.–30.4.2027: the Kide floor lamp 79 € (normally 119 €). Rule: mention only to "
    "people asking about prices or buying, only under sales posts, never in replies to complaints.",
)
AUTUMN = passage(
    "lampola-autumn",
    "campaign",
    "en",
    "Autumn lamp deal 1.9.–31.10.2026: the Kide floor lamp 85 € (normally 119 €). Rule: mention only to "
    "people asking about prices or buying, only under sales posts, never in replies to complaints.",
)
FACTS = (
    passage("lampola-price", "fact", "en", "The Kide floor lamp costs 119 € and comes with a two-year warranty."),
    passage("lampola-delivery", "fact", "en", "Lamps are delivered in 3–5 working days."),
)
DISCLOSURE = passage(
    "lampola-disclosure",
    "disclosure",
    "en",
    "Say in the first line that you work for Lampola: 'I work at Lampola', 'Jag jobbar på Lampola' or "
    "'Olen töissä Lampolassa'.",
)
FACTS_SV = (passage("lampola-price-sv", "fact", "sv", "Golvlampan Kide kostar 119 € och har två års garanti."),)
SUPPORT = passage(
    "lampola-support",
    "support",
    "en",
    "Broken lamp or damaged parcel: use the chat on lampola.fi (weekdays 9–16) or email tuki@lampola.fi with your "
    "order number (LP-) and a photo of the fault. We replace it free of charge.",
)
PHONE = passage("lampola-phone", "support", "fi", "Puhelinpalvelu 02 555 0100 tiistaisin ja torstaisin klo 12–15.")


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder(), brand="Lampola", today=lambda: date(2026, 12, 5))


def request(comment: str, language: str, passages: tuple[Any, ...], **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "instagram",
        "thread_title": "The Kide floor lamp is here",
        "thread_body": "Warm light for dark evenings.",
        "parents": (),
        "objective": "sales",
        "topics": ("brand:Lampola",),
        "passages": passages,
        "plan": "answer",
        "own_account": True,
    }
    values.update(changes)
    return DraftRequest(**values)


def drafted(
    offline: OfflineDrafter, comment: str, language: str, passages: tuple[Any, ...], **changes: Any
) -> DraftResult:
    """The offline draft of :func:`request`'s comment, which must not be skipped."""
    result = offline.draft(request(comment, language, passages, **changes))
    assert not result.skip, result.skip_reason
    return result


def test_a_running_campaign_is_offered_as_a_sentence_without_its_header(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "how much is the Kide floor lamp? thinking of buying one",
        "en",
        (WINTER, *FACTS),
        offer=True,
        offer_passage="lampola-winter",
    )
    assert "Until 31.1.2027 you get the Kide floor lamp for 89 € (normally 119 €)." in result.text
    assert "Winter lamp deal" not in result.text and "1.12.2026–" not in result.text
    assert "lampola-winter" in result.cited


def test_a_campaign_outside_its_dates_is_never_offered(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "how much is the Kide floor lamp? thinking of buying one",
        "en",
        (SPRING, *FACTS),
        offer=True,
        offer_passage="lampola-spring",
    )
    assert "119 €" in result.text
    assert "79 €" not in result.text and "lampola-spring" not in result.cited


def test_a_campaign_that_is_the_planned_answer_but_has_ended_is_skipped(offline: OfflineDrafter) -> None:
    asked = request(
        "is there a discount on the Kide lamp?",
        "en",
        (AUTUMN, *FACTS),
        offer=True,
        offer_passage="lampola-autumn",
        answer_passages=("lampola-autumn",),
    )
    result = offline.draft(asked)

    assert result.skip
    assert "not running now" in (result.skip_reason or "")


def test_a_campaign_still_to_come_answers_only_under_the_brands_own_post(offline: OfflineDrafter) -> None:
    asked = request(
        "is there a discount on the Kide lamp?",
        "en",
        (SPRING, *FACTS),
        offer=True,
        offer_passage="lampola-spring",
        answer_passages=("lampola-spring",),
    )
    own = offline.draft(asked)
    elsewhere = offline.draft(replace(asked, own_account=False, thread_title="My reading corner (not sponsored)"))

    assert not own.skip, own.skip_reason
    assert "During 1.3.–30.4.2027 you get" in own.text  # said with its whole period, not "until"
    assert elsewhere.skip and "not running now" in (elsewhere.skip_reason or "")


def test_asked_how_long_an_offer_holds_its_whole_period_answers(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "is the winter lamp deal still valid in January?",
        "en",
        (WINTER, *FACTS),
        offer=True,
        offer_passage="lampola-winter",
        answer_passages=("lampola-winter",),
    )
    assert "1.12.2026–31.1.2027" in result.text


def test_under_a_post_the_brand_did_not_write_no_offer_is_tacked_on(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "how much is the Kide floor lamp? thinking of buying one",
        "en",
        (WINTER, *FACTS),
        offer=True,
        offer_passage="lampola-winter",
        own_account=False,
        thread_title="My new reading corner (not sponsored)",
        thread_body="Got the Kide lamp from Lampola, love it.",
    )
    assert "89 €" not in result.text and "lampola-winter" not in result.cited


def test_a_swedish_reply_opens_with_the_swedish_example_of_an_unlabelled_list(offline: OfflineDrafter) -> None:
    result = drafted(offline, "vad kostar golvlampan Kide?", "sv", (DISCLOSURE, *FACTS, *FACTS_SV), objective="trust")
    assert result.text.lstrip("(").startswith("Jag jobbar på Lampola.")
    assert "I work at" not in result.text


def test_a_support_label_holding_an_or_is_not_cut_into_the_route(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "my lamp arrived with a cracked shade, really disappointed",
        "en",
        (SUPPORT, DISCLOSURE, *FACTS),
        plan="acknowledge",
        objective="trust",
        complaint=True,
    )
    assert "Broken lamp or" not in result.text and "parcel or email" not in result.text
    assert "Email tuki@lampola.fi with your order number (LP-) and a photo of the fault" in result.text
    assert "rather than here" not in result.text


def test_a_delay_told_as_how_long_it_took_gets_no_faulty_item_route(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "my order took 3 weeks to arrive, not great",
        "en",
        (SUPPORT, DISCLOSURE, *FACTS),
        plan="acknowledge",
        objective="trust",
        complaint=True,
    )
    assert result.text.count("Sorry about the wait") == 1
    assert "photo of the fault" not in result.text and "tuki@lampola.fi" in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [("tilaus kesti kolme viikkoa", "fi"), ("leveransen tog tre veckor", "sv"), ("it took two weeks", "en")],
)
def test_how_long_it_took_reads_as_a_delay(comment: str, language: str) -> None:
    topic, _ = empathy_line(comment, language, ["Lampola"], own_post=True, support=[])
    assert topic == "delay"


def test_a_phone_lines_name_before_its_number_is_said_as_a_sentence(offline: OfflineDrafter) -> None:
    result = drafted(
        offline,
        "lamppu tuli rikki perille, harmittaa",
        "fi",
        (PHONE, DISCLOSURE),
        plan="acknowledge",
        objective="trust",
        complaint=True,
    )
    # the line is said as a sentence; a phone-only route takes the details on the phone (s23b-kind), folded in
    assert "Saat meihin yhteyden puhelimitse numerosta 02 555 0100 tiistaisin ja torstaisin klo 12–15" in result.text
    assert "kerrothan tiedot puhelimessa eikä tänne kommentteihin." in result.text
    assert not result.text.lstrip().startswith("Puhelinpalvelu")


def test_an_opening_disclosure_in_brackets_counts_in_the_voices_sentence_limit(offline: OfflineDrafter) -> None:
    voice = passage(
        "lampola-voice",
        "voice",
        "sv",
        "Ton: saklig och lugn. Högst tre meningar. Avsluta alltid med 'Hälsningar, Lampola'.",
    )
    support = passage(
        "lampola-support-sv",
        "support",
        "sv",
        "Kundtjänst: mejla kund@lampola.fi, vi svarar inom en arbetsdag. Ange ordernumret och bifoga en bild.",
    )
    result = drafted(
        offline,
        "lampan var trasig när den kom, jättetråkigt",
        "sv",
        (voice, support, DISCLOSURE),
        plan="acknowledge",
        objective="trust",
        complaint=True,
        own_account=False,
    )
    assert result.text.startswith("(Jag jobbar på Lampola.)")
    body = result.text.removeprefix("(Jag jobbar på Lampola.)").removesuffix("Hälsningar, Lampola").strip()
    assert body.count(". ") + 1 <= 2, body  # three with the opener
