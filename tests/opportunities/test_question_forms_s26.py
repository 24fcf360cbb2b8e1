"""Spoken questions without a mark read as asked (`plan.asked_in_form`, `question_form` in data/plans.yaml)."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import asked_in_form


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("paljon tollanen kokeilu maksaa", "fi"),
        ("ja paljo maksaa aikuiselta", "fi"),
        ("mitkä aukioloajat kesällä, ois tarkotus tulla koko porukalla", "fi"),
        ("minkä kokoinen kalenteri on", "fi"),
        ("mun pentu on 22 viikkoa, pääseeks vielä mukaan", "fi"),
        ("tarviiks varata koko päivä", "fi"),
        ("Måste föräldern klättra med", "sv"),
        ("måste jag som förälder betala om jag sitter med", "sv"),
        ("min son är 15, får han vara med", "sv"),
        ("Vi kommer med en 2-åring, kostar hon något", "sv"),
        ("vart ringer man om man vill fråga om sin order", "sv"),
    ],
)
def test_spoken_question_without_a_mark_is_asked(text: str, language: str) -> None:
    assert asked_in_form(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("viimeks ohjaaja myöhästy puol tuntia ja loppu tuli ihan kiire", "fi"),
        ("esimerkiks tää kurssi oli tosi hyvä", "fi"),
        ("paljon kiitoksia kaikille", "fi"),
        ("kiitos paljon, oli tosi kiva päivä", "fi"),
        ("Skrev till er för tre veckor sen, fick ett automatsvar och sen tyst.", "sv"),
    ],
)
def test_statement_is_not_asked(text: str, language: str) -> None:
    assert not asked_in_form(text, language)
