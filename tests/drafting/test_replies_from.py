"""The drafters read who a reply comes from the same way the checks do: the brand file's ``replies_from``."""

from __future__ import annotations

import pytest

from bot.drafting.offline import OfflineDrafter
from bot.drafting.prompting import build_prompt
from knowledge.embeddings import LocalE5Embedder
from prompts import load_prompt
from tests.drafting.conftest import REVONTULI, passage
from tests.drafting.test_offline_drafter import request as _request


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder(), brand="Revontuli")


PERSONAL = {"fi": "Vastaan Revontulen asiakaspalvelusta", "sv": "Jag svarar för Revontulis", "en": "I work for"}
ASKED = {
    "fi": "Montako vuotta takuuta teidän lämpöpumpuille annetaan?",
    "sv": "Hur många års garanti får man på era värmepumpar?",
    "en": "How many years of warranty do your heat pumps come with?",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_from_the_brands_own_account_the_offline_reply_has_no_personal_disclosure_line(
    offline: OfflineDrafter, language: str
) -> None:
    stated = offline.draft(_request(ASKED[language], language, own_account=True, replies_from="brand_account"))
    personal = offline.draft(_request(ASKED[language], language, replies_from="personal_account"))
    assert not stated.skip and not personal.skip
    assert PERSONAL[language] not in stated.text
    assert PERSONAL[language] in personal.text


def test_the_model_is_told_the_brand_account_says_who_writes_only_when_the_brand_file_says_so() -> None:
    prompt = load_prompt("draft_reply")
    stated = build_prompt(prompt, _request(ASKED["en"], "en", own_account=True, replies_from="brand_account")).system
    guessed = build_prompt(prompt, _request(ASKED["en"], "en", own_account=True)).system
    personal = build_prompt(prompt, _request(ASKED["en"], "en", replies_from="personal_account")).system
    assert "add no personal disclosure line" in stated
    assert "add no personal disclosure line" not in guessed and "brand's own account" in guessed
    assert "brand's own account" not in personal


def test_from_the_brands_own_account_the_disclosure_guidances_example_signer_is_left_out(
    offline: OfflineDrafter,
) -> None:
    rule = passage(
        "disclosure-fi",
        "disclosure",
        "fi",
        'Kerro vastauksessa, että työskentelet Revontulella. Allekirjoita esimerkiksi "– Pekka, Revontuli".',
    )
    facts = tuple(p for p in REVONTULI if p.kind not in ("disclosure", "voice"))
    asked = ASKED["fi"]
    stated = offline.draft(
        _request(asked, "fi", passages=(*facts, rule), own_account=True, replies_from="brand_account")
    )
    personal = offline.draft(_request(asked, "fi", passages=(*facts, rule), replies_from="personal_account"))
    assert "Pekka" in personal.text
    assert "Pekka" not in stated.text
    assert "brand's own account" in stated.rationale


def test_the_model_is_told_a_rule_for_personal_accounts_asks_no_line_on_the_brands_own_post() -> None:
    prompt = load_prompt("draft_reply")
    rule = passage(
        "disclosure-en",
        "disclosure",
        "en",
        "Staff answering from a personal profile open with 'I work at Revontuli'. "
        "The brand's own account needs no line.",
    )
    voice = passage("voice-en", "voice", "en", "Short and calm. Sign '/Revontuli crew'.")
    asked = "How long does the installation take?"
    own = build_prompt(prompt, _request(asked, "en", passages=(rule, voice), own_account=True)).system
    elsewhere = build_prompt(prompt, _request(asked, "en", passages=(rule, voice))).system

    assert "binds replies from a person's own account only" in own and "the disclosure (who writes)" not in own
    assert "binds replies from a person's own account only" not in elsewhere
    assert "the disclosure (who writes) in the first sentence" in elsewhere and "'/Revontuli crew'" in elsewhere
