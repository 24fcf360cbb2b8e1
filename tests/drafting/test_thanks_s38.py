"""Session 38: thank-yous that answer what the comment said (a return, a gift, the post itself, clear information)
instead of the stock "great to hear" / "thanks for the kind words"; unit cases written for these tests."""

from dataclasses import replace

import pytest

from bot.domain import Passage
from bot.drafting.greetings import names_signer, thank_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest

STOCK = ("great to hear", "kiva kuulla!", "roligt att höra!", "kind words", "fina orden", "kivasta palautteesta")


@pytest.mark.parametrize(
    ("comment", "language", "kind"),
    [
        ("Thanks! We'll definitely be back next summer", "en", "a return"),
        ("kiitos, tullaan taas ensi talvena", "fi", "a return"),
        ("Tack för i helgen, vi kommer tillbaka i maj", "sv", "a return"),
        ("ostin äidille joululahjaksi ja hän rakastaa sitä", "fi", "a gift"),
        ("Got these for my sister and she wears them every day", "en", "a gift"),
        ("Gav den som julklapp till min sambo, succé!", "sv", "a gift"),
        ("that video made my morning", "en", "the post itself"),
        ("Ihana kuva 😍 kiitos", "fi", "the post itself"),
        ("Vilken härlig bild!", "sv", "the post itself"),
        ("really like how clear you are about the rules, thanks", "en", "clear information"),
        ("Tosi selkeät ohjeet, kiitti!", "fi", "clear information"),
        ("Tydligt och bra, tack!", "sv", "clear information"),
    ],
)
def test_thank_line_fits_what_the_comment_said_instead_of_the_stock_line(
    comment: str, language: str, kind: str
) -> None:
    found, line = thank_line(comment, language)
    assert found == kind
    assert not any(stock in line.lower() for stock in STOCK)
    formal_kind, formal = thank_line(comment, language, formal=True)
    assert formal_kind == kind and formal != line


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("We won't be back after that evening", "en"),
        ("emme tule uudestaan", "fi"),
        ("vi kommer aldrig tillbaka", "sv"),
        ("Will you be back at the market next week?", "en"),
    ],
)
def test_a_return_refused_or_asked_is_not_welcomed_back(comment: str, language: str) -> None:
    assert thank_line(comment, language)[0] != "a return"


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("buying one as a gift, hope he likes it!", "en"),
        ("is this a good gift for a teenager?", "en"),
        ("tosi lahjakas porukka teillä", "fi"),
    ],
)
def test_a_gift_still_to_be_given_or_a_talent_is_not_a_gift_that_pleased(comment: str, language: str) -> None:
    assert thank_line(comment, language)[0] != "a gift"


def test_apparently_is_not_praise_of_clear_information() -> None:
    assert thank_line("Tydligen bäst i stan, tack!", "sv")[0] != "clear information"
    assert thank_line("Tydligt och bra, tack!", "sv")[0] == "clear information"


def test_earlier_kinds_still_come_first() -> None:
    # A wish, congratulations and praise of the staff keep their own lines even beside the new kinds' words.
    assert thank_line("Congrats on the new video!", "en")[0] == "congratulations"
    assert thank_line("I hope you post more photos like this", "en")[0] == "a wish"
    assert thank_line("the staff were so helpful, we'll be back", "en")[0] == "staff"


def _passage(kind: str, text: str) -> Passage:
    return Passage(id=kind, text=text, kind=kind, language="en", visibility="public", source="unit", brand="Lumo")


VOICE = _passage("voice", 'Friendly and short. End every reply with "– Ilkka / Lumo".')
FACT = _passage("fact", "Lumo rents out canoes at Lake Pyhä from May to September.")


@pytest.mark.parametrize(
    "comment",
    [
        "ilkka showed us the route and packed the canoe, thanks!",
        "Tack till Ilkkas team!",
        "kiitos vielä Ilkka, oli mahtava päivä",
    ],
)
def test_a_thank_you_naming_the_signer_is_recognised(comment: str) -> None:
    assert names_signer(comment, "– Ilkka / Lumo", (VOICE, FACT))


@pytest.mark.parametrize(
    ("comment", "signoff"),
    [
        ("thanks Lumo, great canoes", "– Ilkka / Lumo"),  # the brand, not the signer
        ("thanks Ilkka!", "– {name} / Lumo"),  # the approver signs: no fixed name
        ("thanks Ilkkasaari and Ilkkamäkinen!", "– Ilkka / Lumo"),  # another word that starts alike
    ],
)
def test_the_brand_a_slot_or_a_longer_word_is_not_the_signer(comment: str, signoff: str) -> None:
    assert not names_signer(comment, signoff, (VOICE, FACT))


def test_offline_thank_you_to_the_signer_by_name_is_answered_in_person(offline: OfflineDrafter) -> None:
    request = DraftRequest(
        comment_text="Ilkka packed the canoe for us and showed the route, thank you!",
        comment_language="en",
        comment_author="visitor",
        platform="instagram",
        thread_title="Summer paddling",
        thread_body=None,
        parents=(),
        objective="trust",
        topics=("Lumo",),
        passages=(VOICE, FACT),
        plan="thank",
    )
    result = offline.draft(request)
    assert "the pleasure was all mine" in result.text.lower()
    other = offline.draft(replace(request, comment_text="Great day on the lake, thank you!"))
    assert not other.skip and "pleasure" not in other.text.lower()
