"""A plain yes is never said where the honest answer is no or either (issue 25, session 36): "can you post the empty
jars back?" answered "Yes, empty jars can be returned to our farm shop" when the passage says "We do not accept jars by
post.", and a "Yes," under "is there really no sugar in it?" (reply-plans-x's panel; bot/drafting/answering.py,
bot/drafting/offline.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.drafting.answering import passage_no, yes_no_lead
from bot.drafting.matching import Match
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

JARS_EN = (
    "Empty jars can be returned to our farm shop in Posio; we give 0,20 € per jar as store credit. "
    "We do not accept jars by post."
)
JARS_SV = "Tomma burkar kan lämnas tillbaka i vår gårdsbutik i Posio. Vi tar inte emot burkar per post."
JARS_FI = "Tyhjät purkit voi palauttaa tilamyymäläämme Posioon. Emme ota purkkeja vastaan postitse."


@pytest.mark.parametrize(
    ("question", "text", "language", "no"),
    [
        ("can you post the empty jars back to them?", JARS_EN, "en", "We do not accept jars by post."),
        ("kan man skicka tillbaka tomma burkar per post?", JARS_SV, "sv", "Vi tar inte emot burkar per post."),
        ("voiko tyhjät purkit palauttaa postitse?", JARS_FI, "fi", "Emme ota purkkeja vastaan postitse."),
    ],
)  # fmt: skip
def test_a_no_in_the_passage_to_what_the_question_names_is_found(
    question: str, text: str, language: str, no: str
) -> None:
    statement = passage("jars", "fact", language, text)
    first = Match(statement, text.split(". ")[0].rstrip(".") + ".", 0, 0.9)
    assert passage_no(question, first, language) == no


def test_a_no_in_the_passage_about_something_the_statement_already_names_is_no_refusal() -> None:
    text = "We ship to Sweden, Norway and Germany. We do not ship outside the EU/EEA."
    first = Match(passage("ship", "fact", "en", text), "We ship to Sweden, Norway and Germany.", 0, 0.9)
    assert passage_no("do you ship to germany??", first, "en") is None


@pytest.mark.parametrize(
    ("question", "statement", "language"),
    [
        ("is there really no sugar in the sugar-free one?", "The sugar-free jam is sweetened with xylitol.", "en"),
        ("eikö sokerittomassa oo yhtään sokeria?", "Sokeriton hillo on makeutettu ksylitolilla.", "fi"),
        ("finns det inget socker i den sockerfria?", "Den sockerfria sylten är sötad med xylitol.", "sv"),
    ],
)  # fmt: skip
def test_a_question_put_in_the_negative_gets_no_plain_yes(question: str, statement: str, language: str) -> None:
    assert yes_no_lead(question, statement, language, ()) is None


def test_the_same_question_put_plainly_still_gets_its_yes() -> None:
    lead = yes_no_lead(
        "is the sugar-free jam sweetened with xylitol?", "The sugar-free jam is sweetened with xylitol.", "en", ()
    )
    assert lead == "Yes, the sugar-free jam is sweetened with xylitol."


@pytest.fixture(scope="module")
def eager(offline: OfflineDrafter) -> OfflineDrafter:
    return OfflineDrafter(offline.embedder, threshold=0.0)


def test_the_drafter_says_the_passages_no_first_instead_of_a_yes(eager: OfflineDrafter) -> None:
    guidance = (passage("jars-en", "fact", "en", JARS_EN),)
    asked = request("can you post the empty jars back to them? want to be eco", "en", plan="answer", passages=guidance)
    result = eager.draft(replace(asked, answer_passages=("jars-en",)))

    assert not result.skip, result.skip_reason
    assert result.text.startswith("No, we do not accept jars by post."), result.text
    assert "Yes" not in result.text
