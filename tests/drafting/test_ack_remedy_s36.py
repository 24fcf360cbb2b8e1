"""Session 36 (issue 25): an acknowledgement of damage the support guidance puts right gives that remedy addressed to
the person (no "if the jar arrived broken" after they said it did) and the channel to send the photo to; someone who
already sent the photo or already got in touch is never told the first step again. Invented guidance and comments in
fi/sv/en (a honey shop, "Mehiläinen")."""

from __future__ import annotations

import pytest

from bot.drafting.greetings import already_contacted
from bot.drafting.offline import OfflineDrafter
from bot.drafting.support import case_route, photos_sent, route_sentence, support_remedy
from tests.drafting.conftest import acknowledgement, passage

SUPPORT = {
    "fi": passage(
        "hunaja-support-fi",
        "support",
        "fi",
        "Asiakaspalvelu: apu@hunaja.example tai WhatsApp 040 111 2222, ma–pe 9–15. Jos purkki saapui rikki, lähetä "
        "kuva viikon sisällä, niin lähetämme uuden veloituksetta.",
    ),
    "sv": passage(
        "hunaja-support-sv",
        "support",
        "sv",
        "Kundtjänst på svenska: hej@hunaja.example, mån–fre 9–15. Trasig burk? Skicka en bild inom en vecka så "
        "skickar vi en ny utan kostnad.",
    ),
    "en": passage(
        "hunaja-support-en",
        "support",
        "en",
        "Support in English: help@hunaja.example, Mon–Fri 9–15. Broken jar: send a photo within a week and we replace "
        "it free of charge.",
    ),
}
PRICES = passage("hunaja-prices", "fact", "fi", "Hinnat: hunaja 450 g 11,90 €. Toimitus 6,90 €, yli 50 € ilmainen.")
ADDRESS = {"fi": "apu@hunaja.example", "sv": "hej@hunaja.example", "en": "help@hunaja.example"}
REMEDY = {
    "fi": "lähetämme uuden veloituksetta",
    "sv": "skickar vi en ny utan kostnad",
    "en": "replace it free of charge",
}
FIRST_STEP = {"fi": "lähetä kuva", "sv": "skicka en bild", "en": "send a photo"}


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("tilasin kaksi purkkia ja toinen oli rikki, joudunko maksamaan uuden?", "fi"),
        ("burken var sönder när paketet kom, glas överallt", "sv"),
        ("my jar arrived in 40 pieces, great packaging", "en"),
    ],
)
def test_damage_the_support_guidance_puts_right_gets_the_remedy_and_where_to_send_it(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    result = offline.draft(acknowledgement(comment, language, SUPPORT[language], PRICES))

    assert not result.skip, result.skip_reason
    assert REMEDY[language] in result.text
    assert ADDRESS[language] in result.text
    assert "6,90" not in result.text and "11,90" not in result.text


def test_the_case_told_already_is_not_set_up_again_with_its_if() -> None:
    comment = "tilasin kaksi purkkia ja toinen oli rikki"
    found = case_route(comment, [SUPPORT["fi"]], ("Mehiläinen",), routed=True)

    assert found is not None
    assert found.sentence.startswith("Lähetä kuva viikon sisällä")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_remedy_headed_by_a_label_or_a_question_is_said_without_its_heading(language: str) -> None:
    comment = {"sv": "burken var sönder när paketet kom", "en": "my jar arrived smashed"}[language]
    found = support_remedy(comment, [SUPPORT[language]])

    assert found is not None
    assert found.sentence.lower().startswith(FIRST_STEP[language])
    assert "Broken jar" not in found.sentence and "Trasig burk" not in found.sentence


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("lähetin kuvan rikkinäisestä purkista jo 2 viikkoa sitten eikä oo tullu uutta", "fi"),
        ("laitoin jo WhatsAppia rikkinäisestä purkista, luvattiin uus mut ei oo tullu", "fi"),
        ("burken var trasig, jag har redan skickat en bild till er men ingen ny burk", "sv"),
        ("my jar came cracked, I already sent a photo last week and nothing since", "en"),
    ],
)
def test_someone_who_already_sent_the_photo_or_wrote_is_not_told_the_first_step_again(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    contacted = already_contacted(comment, language)
    assert case_route(comment, [SUPPORT[language]], ("Mehiläinen",), contacted=contacted, routed=True) is None

    result = offline.draft(acknowledgement(comment, language, SUPPORT[language], PRICES))

    assert not result.skip, result.skip_reason
    assert FIRST_STEP[language] not in result.text.lower()


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("laitoin jo WhatsAppia eikä kukaan vastannut", "fi"),
        ("jag whatsappade er i måndags", "sv"),
        ("I whatsapped you on Monday", "en"),
    ],
)
def test_a_whatsapp_message_is_getting_in_touch(comment: str, language: str) -> None:
    assert already_contacted(comment, language)


BAKERY = passage(
    "leipuri-support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: leivat@leipuri.example tai puh. 09 123 4567, arkisin 8–12. Jos leipä saapuu homeisena tai rikki, "
    "lähetä kuva ja tilausnumero, niin hyvitämme tai lähetämme uuden.",
)


def test_a_case_asking_for_details_is_theirs_when_the_channel_follows_it() -> None:
    comment = "leipä oli rikki perillä, maksanko postikulut taas jos tilaan uuden"

    assert case_route(comment, [BAKERY], ("Leipuri",)) is None  # alone it would ask for data in public
    found = case_route(comment, [BAKERY], ("Leipuri",), routed=True)
    assert found is not None and found.sentence.startswith("Lähetä kuva ja tilausnumero")


def test_a_photo_sent_to_an_address_cut_at_its_at_sign_is_a_photo_sent() -> None:
    assert photos_sent("laitoin jo leivat@ osotteeseen kuvan homeisesta leivästä, ei vastausta")
    assert photos_sent("I emailed help@ two photos of it last week")
    assert not photos_sent("leipä oli homeessa, kuvan voin lähettää")


def test_a_finnish_support_list_with_a_whatsapp_number_is_said_as_a_sentence() -> None:
    said = route_sentence("Asiakaspalvelu: apu@hunaja.example tai WhatsApp 040 111 2222, ma–pe 9–15.", "fi")

    assert said == (
        "Saat meihin yhteyden sähköpostitse osoitteesta apu@hunaja.example tai WhatsAppin kautta numerosta "
        "040 111 2222, ma–pe 9–15."
    )
