from __future__ import annotations

import pytest

from bot.checks.links import check_links
from bot.checks.mentions import check_mentions
from tests.checks.conftest import context


@pytest.mark.parametrize(
    "text",
    [
        "Book at https://revontuli.example/en/survey.",
        "See www.revontuli.example or shop.revontuli.example.",
        "Write to aino@revontuli.example.",
        "Installation takes 1–2 days, i.e. quickly.",
    ],
)
def test_links_to_allowed_domains_and_plain_text_pass(text: str) -> None:
    assert check_links(text, context()).passed


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Prices at https://evil-1.example/x", "evil-1.example"),
        ("Prices at evil.com/deal", "evil.com"),
        ("Mail me at bob@evil.example", "evil.example"),
        ("Visit revontuli.example.evil.io", "revontuli.example.evil.io"),
        ("![chart](https://revontuli.example/c.png)", "image"),
        ("<b>Hi</b>", "HTML"),
    ],
)
def test_links_foreign_domain_image_or_html_blocks(text: str, needle: str) -> None:
    result = check_links(text, context())
    assert not result.passed
    assert result.severity == "blocking"
    assert needle in result.reason


def test_links_setting_domain_is_allowed_besides_the_brand_file() -> None:
    assert check_links("https://partner.example/x", context(allowed_domains=["partner.example"])).passed


@pytest.mark.parametrize(
    ("platform", "author", "text"),
    [
        ("reddit", "matti_k", "Thanks u/matti_k, good point."),
        ("reddit", "matti_k", "Thanks /u/Matti_K."),
        ("bluesky", "matti.bsky.social", "@matti.bsky.social thanks."),
        ("mastodon", "matti@mastodon.social", "@matti thanks."),
        ("mastodon", "matti@mastodon.social", "@matti@mastodon.social thanks."),
        ("youtube", "Matti", "@Matti thanks."),
    ],
)
def test_mentions_of_the_author_in_platform_form_pass(platform: str, author: str, text: str) -> None:
    assert check_mentions(text, context(platform=platform, comment_author=author)).passed


@pytest.mark.parametrize(
    "text",
    [
        "Ask u/someone_else",
        "cc @friend.bsky.social",
        "@matti@evil.example hi",
        "@everyone look",
        "<!channel> look",
        "<@U012345> look",
        "<#C0123|general>",
        "<!subteam^S123|team>",
        "<https://evil.example|revontuli.example>",
    ],
)
def test_mentions_of_others_mass_mentions_and_slack_controls_block(text: str) -> None:
    assert not check_mentions(text, context(comment_author="matti_k")).passed


def test_mentions_email_address_is_not_a_mention() -> None:
    assert check_mentions("Write to aino@revontuli.example", context()).passed


def test_a_bare_host_with_a_finnish_case_ending_is_still_a_link() -> None:
    """ "chat ajokaista.fi-sivulla", "evil.com-osoitteessa": the hyphen starts a case ending, not more host."""
    result = check_links("Lue lisää evil.com-osoitteessa.", context(allowed_domains=("revontuli.fi",)))

    assert not result.passed
    assert "evil.com" in result.reason


def test_foreign_hosts_lists_each_host_and_mail_domain_the_domains_do_not_allow_once_sorted() -> None:
    from bot.checks.links import foreign_hosts

    texts = [
        "Mail tuki@shop.fi or see https://help.shop.fi/returns",
        "Varaa: www.evil.example/x, tai kirjoita info@other.se",
        "Again: evil.example",
    ]
    assert foreign_hosts(texts, ("shop.fi",)) == ["evil.example", "other.se", "www.evil.example"]
    assert foreign_hosts(texts, ()) == ["evil.example", "help.shop.fi", "other.se", "shop.fi", "www.evil.example"]
    assert foreign_hosts(texts, ("shop.fi", "evil.example", "other.se")) == []
