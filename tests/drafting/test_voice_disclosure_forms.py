"""The offline drafter follows a disclosure written as a signature line or placed at the very start, and a voice
that asks every reply to end with a question or an invitation (issue 25: replies a manager approves as written).
Every drafted text passes the checks, which hold an edit that breaks the same rules."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.voice import check_voice
from bot.drafting.offline import OfflineDrafter
from bot.drafting.voice import disclosure_line
from tests.drafting.conftest import facebook_request, passage

# A picture-framing shop written for these tests: its disclosure is a signature line per language, at the end, and
# its voice asks every reply to end with a question or an invitation.
KEHYS_VOICE = passage(
    "voice",
    "voice",
    "en",
    "Warm and personal, first names. End every reply with a question or an invitation to keep talking.",
)
KEHYS_DISCLOSURE = passage(
    "disclosure",
    "disclosure",
    "sv",
    "Skriv vem du är i slutet av svaret, på egen rad, på kommentarens språk: '/Maria, inramare på Kehys & Ram' – "
    "'/Maria, kehystäjä, Kehys & Ram' – '/Maria, framer at Kehys & Ram'.",
)
KEHYS_FACTS = (
    passage("price-fi", "fact", "fi", "Passepartout-kehystys maksaa 45 € ja valmistuu viikossa."),
    passage("price-sv", "fact", "sv", "Inramning med passepartout kostar 45 € och är klar på en vecka."),
    passage("price-en", "fact", "en", "Framing with a mount costs 45 € and is ready in a week."),
)
KEHYS = tuple(replace(p, brand="Kehys & Ram") for p in (KEHYS_VOICE, KEHYS_DISCLOSURE, *KEHYS_FACTS))
SIGNATURES = {
    "fi": "/Maria, kehystäjä, Kehys & Ram",
    "sv": "/Maria, inramare på Kehys & Ram",
    "en": "/Maria, framer at Kehys & Ram",
}

# A tile shop: its disclosure is a label in brackets at the very start, its voice allows two sentences.
LAATTA = tuple(
    replace(p, brand="Laattala")
    for p in (
        passage(
            "voice",
            "voice",
            "sv",
            "Sakligt, högst två meningar, inga utropstecken. Avsluta alltid med 'Hälsningar, Laattala' "
            "('Terveisin, Laattala' / 'Regards, Laattala').",
        ),
        passage(
            "disclosure",
            "disclosure",
            "en",
            "Put the disclosure in brackets at the very start of the reply: '(Laattala staff)' / '(Laattalan "
            "työntekijä)' / '(Anställd på Laattala)'.",
        ),
        passage("tile-fi", "fact", "fi", "Laattojen toimitus kestää 3–5 arkipäivää. Nouto myymälästä on maksuton."),
        passage("tile-sv", "fact", "sv", "Leveransen av kakel tar 3–5 vardagar. Hämtning i butiken är gratis."),
        passage("tile-en", "fact", "en", "Tile delivery takes 3–5 working days. Pick-up from the shop is free."),
    )
)
LABELS = {"fi": "(Laattalan työntekijä)", "sv": "(Anställd på Laattala)", "en": "(Laattala staff)"}


def blocking(text: str, language: str, comment: str, passages: tuple[Any, ...], brand: str, plan: str) -> list[str]:
    ctx = make_context(
        platform="facebook",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name=brand),
    )
    return failures(run_checks(text, replace(ctx, reply_plan=plan)))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_signature_line_disclosure_is_found_in_each_language_and_kept_as_a_line(language: str) -> None:
    found = disclosure_line(KEHYS, language, anywhere=True)
    assert found is not None and found[0] == SIGNATURES[language]


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "Paljonko passepartout-kehystys maksaa?"),
        ("sv", "Vad kostar inramning med passepartout?"),
        ("en", "How much is framing with a mount?"),
    ],
)
@pytest.mark.parametrize("own_account", [False, True])
def test_an_answer_ends_with_the_signature_line_and_no_sign_off_of_its_own(
    offline: OfflineDrafter, language: str, comment: str, own_account: bool
) -> None:
    result = offline.draft(facebook_request(comment, language, KEHYS, plan="answer", own_account=own_account))
    assert not result.skip, result.skip_reason
    assert result.text.endswith(SIGNATURES[language])
    assert "(" not in result.text and result.text.count("/Maria") == 1
    assert not any(word in result.text.lower() for word in ("team", "tiimi", "teamet", "asiakaspalvelu"))
    assert result.text.removesuffix(SIGNATURES[language]).rstrip().endswith("?")  # the closing before it


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "Kehykset on tosi kauniit, kiitos Kehys & Ram!"),
        ("sv", "Så fina ramar, tack Kehys & Ram!"),
        ("en", "The frames look gorgeous on our wall, thank you Kehys & Ram!"),
    ],
)
def test_every_reply_means_a_thank_you_ends_with_an_invitation_too(
    offline: OfflineDrafter, language: str, comment: str
) -> None:
    result = offline.draft(facebook_request(comment, language, KEHYS, plan="thank"))
    assert not result.skip, result.skip_reason
    body = result.text.removesuffix(SIGNATURES[language]).rstrip()
    assert result.text.endswith(SIGNATURES[language])
    last = body.rsplit(". ", 1)[-1].rsplit("! ", 1)[-1]
    assert body.endswith(("?", "!")) and last not in ("Anything else I can help with?",)
    assert blocking(result.text, language, comment, KEHYS, "Kehys & Ram", "thank") == []


def test_an_acknowledgement_ends_with_its_route_not_a_closing_question(offline: OfflineDrafter) -> None:
    support = passage("support-en", "support", "en", "Customer service: e-mail help@kehys.example, weekdays 9–16.")
    passages = (*KEHYS, replace(support, brand="Kehys & Ram"))
    comment = "My frame arrived with a cracked glass and nobody answers my e-mails."
    result = offline.draft(facebook_request(comment, "en", passages, plan="acknowledge", complaint=True))
    assert not result.skip, result.skip_reason
    assert "?" not in result.text and result.text.endswith(SIGNATURES["en"])


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "Kauanko laattojen toimitus kestää?"),
        ("sv", "Hur länge tar leveransen av kakel?"),
        ("en", "How long does tile delivery take?"),
    ],
)
def test_a_label_for_the_very_start_opens_the_reply_and_the_checks_agree(
    offline: OfflineDrafter, language: str, comment: str
) -> None:
    result = offline.draft(facebook_request(comment, language, LAATTA, plan="answer"))
    assert not result.skip, result.skip_reason
    assert result.text.startswith(LABELS[language])
    assert blocking(result.text, language, comment, LAATTA, "Laattala", "answer") == []


def test_the_check_holds_an_edit_that_moves_the_label_to_the_end() -> None:
    ctx = make_context(
        platform="facebook",
        comment_text="Hur länge tar leveransen?",
        comment_language="sv",
        comment_author="someone",
        passages=LAATTA,
        brand=Brand(name="Laattala"),
    )
    moved = check_voice("Leveransen tar 3–5 vardagar. (Anställd på Laattala) Hälsningar, Laattala", ctx)
    assert not moved.passed and "first sentence" in moved.reason
