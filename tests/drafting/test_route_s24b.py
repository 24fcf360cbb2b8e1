"""Session 24 (s24b-route, issue 25): an acknowledgement that fits what the person already did (wrote to us: the
support guidance's own "reply in the same thread" line, not a private message), and a thank-you that fits the words
("can't wait" is excitement, not patience; thanks for a reminder is no praise). Invented guidance and comments."""

from __future__ import annotations

import pytest

from bot.drafting.greetings import thank_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.phrasebook import phrases
from bot.drafting.support import case_route, nothing_to_photograph
from tests.drafting.conftest import passage
from tests.drafting.test_support_s24 import request

THREAD_EN = passage(
    "support-en",
    "support",
    "en",
    "Damaged or missing items: email apu@kuppila.example with your order number and a photo. "
    "If you have already written to us, reply in the same email thread so we keep the history.",
)
THREAD_FI = passage(
    "support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: apu@kuppila.example tai puh. 040 555 0123. "
    "Jos olet jo ottanut yhteyttä, vastaa samaan sähköpostiketjuun, niin näemme aiemmat viestit.",
)
THREAD_SV = passage(
    "support-sv",
    "support",
    "sv",
    "Kundtjänst: apu@kuppila.example. Har du redan mejlat oss, svara i samma mejltråd så ser vi historiken.",
)


@pytest.mark.parametrize(
    ("comment", "language", "support", "opening"),
    [
        ("I mailed you twice about the chipped teapot and nobody answers", "en", THREAD_EN, "Reply in the same"),
        ("soitin jo viime viikolla rikkinäisestä kannusta eikä mitään kuulunut", "fi", THREAD_FI, "Vastaa samaan"),
        ("jag skickade ett mejl om den spruckna skålen för tre veckor sen", "sv", THREAD_SV, "Svara i samma"),
    ],
)
def test_someone_who_already_wrote_gets_the_guidances_same_thread_line(
    comment: str, language: str, support: object, opening: str
) -> None:
    found = case_route(comment, [support], ("Kuppila",), contacted=True)  # type: ignore[list-item]
    assert found is not None
    assert found.sentence.startswith(opening)


def test_the_already_wrote_case_is_not_theirs_when_they_never_wrote() -> None:
    comment = "my teapot arrived chipped, what now?"
    assert case_route(comment, [THREAD_EN], ("Kuppila",), contacted=False) is None


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Biljetterna är bokade, kan inte vänta till juli!", "sv"),
        ("Liput ostettu, en jaksa odottaa!", "fi"),
        ("got our tickets for the autumn run, can hardly wait", "en"),
    ],
)
def test_cant_wait_is_looking_forward_not_patience(comment: str, language: str) -> None:
    kind, line = thank_line(comment, language)
    assert kind == "looking forward"
    assert line != next(k for k in phrases()["thank_for"] if k["name"] == "patience")["line"][language]


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Tack för påminnelsen, vi kommer på fredag!", "sv"),
        ("Kiitos muistutuksesta, hyvä että sanoitte", "fi"),
        ("thanks for the heads-up about the road works", "en"),
    ],
)
def test_thanks_for_a_reminder_is_not_thanked_for_kind_words(comment: str, language: str) -> None:
    kind, line = thank_line(comment, language)
    assert kind == "thanks for information"
    assert "fina orden" not in line and "kind words" not in line and "palautteesta" not in line


def test_the_drafter_sends_someone_who_already_wrote_back_to_their_thread(offline: OfflineDrafter) -> None:
    result = offline.draft(request("I mailed you twice about the chipped teapot and nobody answers", "en", THREAD_EN))
    assert "Reply in the same email thread" in result.text
    assert "private message" not in result.text


PHOTO_EN = passage(
    "support-en",
    "support",
    "en",
    "Lost, broken or wrong items: email apu@kuppila.example with your order number and a photo.",
)


@pytest.mark.parametrize(
    ("comment", "language", "gone"),
    [
        ("you threw away the mugs I left to dry, two months of work gone", "en", True),
        ("lasittamattomat kulhoni oli heitetty roskiin ennen kuin ehdin hakea", "fi", True),
        ("mina koppar har försvunnit från hyllan", "sv", True),
        ("one mug is missing and the other arrived cracked", "en", False),
        ("kannu tuli rikki postissa", "fi", False),
        ("skålen kom fram sprucken", "sv", False),
    ],
)
def test_things_that_are_gone_have_nothing_to_photograph(comment: str, language: str, gone: bool) -> None:
    assert nothing_to_photograph(comment) is gone


def test_the_route_asks_no_photo_of_things_that_are_gone(offline: OfflineDrafter) -> None:
    gone = offline.draft(
        request("you lost the three bowls I left for firing, nobody knows where they are", "en", PHOTO_EN)
    )
    assert "apu@kuppila.example" in gone.text
    assert "photo" not in gone.text
    broken = offline.draft(request("my teapot arrived broken in the parcel", "en", PHOTO_EN))
    assert "photo" in broken.text


def test_thanks_for_a_reminder_beside_praise_is_still_answered_as_praise() -> None:
    assert thank_line("kiitos tiedosta, te olette parhaita!", "fi")[0] == "praise with thanks"
