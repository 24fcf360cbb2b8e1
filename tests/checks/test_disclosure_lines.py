"""A last line that only tells the reader whom to contact names the brand but says nothing of who writes;
a real sign-off line still does (issue 19: a disclosure says the writer works for the brand)."""

from __future__ import annotations

import pytest

from bot.checks.identity import check_disclosure, discloses
from bot.checks.types import CheckContext


def _ctx(language: str) -> CheckContext:
    return CheckContext(platform="reddit", brand_name="Revontuli", comment_language=language, disclosure_required=True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The outdoor unit copes with frost.\nCall Revontuli customer service."),
        ("en", "The survey is free.\nContact Revontuli support."),
        ("en", "Delivery takes a week.\nPhone the Revontuli team."),
        ("en", "Happy to help.\nContact us at Revontuli."),
        ("sv", "Aggregatet klarar kylan.\nRing Revontulis kundtjänst."),
        ("sv", "Hembesöket är gratis.\nFråga Revontulis kundtjänst."),
        ("fi", "Laite kestää pakkasen.\nSoita Revontulen asiakaspalvelu."),
        ("fi", "Kotikäynti on maksuton.\nKysy Revontulelta."),
        ("fi", "Toimitus kestää viikon.\nKirjoita Revontulen tiimille."),
        ("sv", "Leveransen tar en vecka.\nMejla Revontulis team."),
        ("sv", "Frågor om fakturan?\nKontakta Revontulis kundservice."),
        ("en", "Questions about the invoice?\nEmail Revontuli support."),
        ("fi", "Laskusta kysyttävää?\nLähetä Revontulelle viesti."),
    ],
)
def test_a_last_line_telling_the_reader_whom_to_contact_is_no_disclosure(language: str, text: str) -> None:
    assert not discloses(text, language, _ctx(language), False)
    assert not check_disclosure(text, _ctx(language)).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The outdoor unit copes with frost.\n– Aino, Revontuli"),
        ("en", "The survey is free.\nTom @ Revontuli"),
        ("en", "Delivery takes a week.\nLaura | Customer Experience, Revontuli"),
        ("en", "Delivery takes a week.\nTom at Revontuli"),
        ("en", "Happy to help.\nRevontuli customer service"),
        ("sv", "Aggregatet klarar kylan.\nSara från Revontuli"),
        ("sv", "Hembesöket är gratis. – Kundtjänsten på Revontuli"),
        ("fi", "Laite kestää pakkasen.\nTerveisin Mikko Revontulelta"),
        ("fi", "Kotikäynti on maksuton.\nMikko Revontulelta"),
        ("fi", "Toimitus kestää viikon.\nJonna Revontulen asiakaspalvelusta"),
        ("fi", "Kysy minulta lisää, olen Revontulen asiakaspalvelusta."),
        ("en", "Ask me anything about the pumps, I work at Revontuli."),
    ],
)
def test_a_sign_off_line_naming_the_writer_and_the_brand_still_discloses(language: str, text: str) -> None:
    assert discloses(text, language, _ctx(language), False)
    assert check_disclosure(text, _ctx(language)).passed
