"""Who a reply comes from is a fact of the deployment (the brand file's ``replies_from``), not a guess: from
the brand's own account the account says who writes; from a person's own account a first reply must."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.checks import Brand, CheckContext, load_brand, make_context
from bot.checks.context import from_brand_account
from bot.checks.frozen import check, restore, snapshot
from bot.checks.identity import check_disclosure
from bot.checks.registry import approvable
from bot.errors import ConfigError
from tests.injection.bench import brand, for_language

ANSWERS = {
    "fi": "Ulkoyksikkö toimii kovillakin pakkasilla.",
    "sv": "Utedelen fungerar även i sträng kyla.",
    "en": "The outdoor unit keeps working in hard frost.",
}
DISCLOSED = {
    "fi": "Ulkoyksikkö toimii kovillakin pakkasilla.\n– Aino, Revontuli",
    "sv": "Utedelen fungerar även i sträng kyla. (Jag jobbar på Revontuli.)",
    "en": "The outdoor unit keeps working in hard frost. (I work at Revontuli.)",
}


def _ctx(language: str, replies_from: str | None, first_reply: bool = True) -> CheckContext:
    sample = brand()
    return make_context(
        platform="reddit",
        comment_text="Toimiiko se pakkasella?",
        comment_language=language,
        comment_author="someone",
        passages=for_language(language),
        brand=Brand(name=sample.name, disclosure=dict(sample.disclosure), replies_from=replies_from),
        first_reply=first_reply,
    )


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_first_reply_from_the_brands_own_account_needs_no_disclosure(language: str) -> None:
    result = check_disclosure(ANSWERS[language], _ctx(language, "brand_account"))
    assert result.passed
    assert "own account" in result.reason


@pytest.mark.parametrize("replies_from", ["personal_account", None])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_first_reply_from_a_personal_account_without_disclosure_is_not_approvable(
    language: str, replies_from: str | None
) -> None:
    ctx = _ctx(language, replies_from)
    assert not check_disclosure(ANSWERS[language], ctx).passed
    assert check_disclosure(DISCLOSED[language], ctx).passed


def _german(replies_from: str | None) -> CheckContext:
    """A reply in a language the brand file and the guidance have no disclosure for."""
    return make_context(
        platform="reddit",
        comment_text="Funktioniert es bei Frost?",
        comment_language="de",
        comment_author="someone",
        passages=(),
        brand=Brand(name="Revontuli", replies_from=replies_from),
    )


def test_a_personal_account_owes_a_disclosure_even_where_no_guidance_asks_for_one() -> None:
    text = "Die Außeneinheit läuft auch bei starkem Frost."
    assert not check_disclosure(text, _german("personal_account")).passed
    assert check_disclosure(text, _german(None)).passed  # not stated: the guidance decides, and it asks nothing
    assert check_disclosure(text, _german("brand_account")).passed


def test_a_later_reply_to_the_same_person_owes_no_disclosure_from_any_account() -> None:
    assert check_disclosure(ANSWERS["en"], _ctx("en", "personal_account", first_reply=False)).passed


def test_the_setting_survives_the_frozen_context_and_an_older_frozen_context_reads_as_not_stated() -> None:
    ctx = _ctx("en", "brand_account")
    data = snapshot(ctx)
    assert restore(data).replies_from == "brand_account"
    results = check(ANSWERS["en"], data, "reddit")
    assert next(r for r in results if r.name == "disclosure").passed
    older = {k: v for k, v in snapshot(_ctx("en", None)).items() if k != "replies_from"}
    assert restore(older).replies_from is None
    assert not approvable(check(ANSWERS["en"], older, "reddit"))


@pytest.mark.parametrize(
    ("replies_from", "brand_post", "expected"),
    [
        ("brand_account", False, True),  # stated: the thread's author changes nothing
        ("personal_account", True, False),
        (None, True, True),  # not stated: the guess from the thread's author
        (None, False, False),
    ],
)
def test_the_setting_decides_the_account_and_the_threads_author_is_only_the_fallback(
    replies_from: str | None, brand_post: bool, expected: bool
) -> None:
    assert from_brand_account(Brand(name="Revontuli", replies_from=replies_from), brand_post) is expected


def test_the_brand_file_states_the_account(tmp_path: Path) -> None:
    path = tmp_path / "brand.yaml"
    path.write_text("name: Lumihiutale\nreplies_from: brand_account\n", "utf-8")
    assert load_brand(path).replies_from == "brand_account"
    path.write_text("name: Lumihiutale\n", "utf-8")
    assert load_brand(path).replies_from is None


@pytest.mark.parametrize("value", ["company_account", "Brand_Account", "yes", "[brand_account]"])
def test_an_unknown_account_in_the_brand_file_names_the_file_the_field_and_the_allowed_values(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / "brand.yaml"
    path.write_text(f"name: Lumihiutale\nreplies_from: {value}\n", "utf-8")
    with pytest.raises(ConfigError) as raised:
        load_brand(path)
    message = str(raised.value)
    assert str(path) in message
    assert "replies_from" in message
    assert "brand_account" in message and "personal_account" in message
