"""The offline drafter answers the case a question asks about (the freezer, an opened jar, Sweden) with the statement
naming it, and never with one about another case; where the guidance names the case only in another language or not
at all, it says the guidance does not answer this (issue 25; reply-plans-x's panel, spent)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.drafting.answering import not_listed
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from tests.drafting.conftest import passage

SHELF_SV = passage(
    "shelf-sv",
    "faq",
    "sv",
    "En oöppnad burk håller 18 månader i rumstemperatur. En öppnad burk ska förvaras i kylskåp och ätas upp inom "
    "3 veckor.",
)
FREEZER_SV = passage("freezer-sv", "faq", "sv", "Sylten kan frysas, och i frysen håller den i ungefär ett år.")
FREEZER_FI = passage("freezer-fi", "faq", "fi", "Hillon voi pakastaa, ja se säilyy pakkasessa noin vuoden.")
SHELF_EN = passage(
    "shelf-en",
    "faq",
    "en",
    "Shelf life: our rye bread keeps 7 days at room temperature in its paper bag. It freezes well for up to 3 months.",
)
CLUB_FI = passage(
    "club-fi", "faq", "fi", "Leipäkerhon voi keskeyttää tai lopettaa milloin tahansa omalla tilillä ennen 20. päivää."
)
POST_FI = passage(
    "post-fi",
    "faq",
    "fi",
    "Leivät postitetaan maanantaista keskiviikkoon. Toimitus Postin pakettiautomaattiin 9,90 €, yli 60 € tilauksiin "
    "ilmainen.",
)
POST_SE = passage("post-se", "fact", "sv", "Vi skickar även till Sverige: på tisdagar, frakt 14,90 €.")


def _request(comment: str, language: str, passages: tuple[Any, ...], planned: tuple[str, ...]) -> DraftRequest:
    return DraftRequest(
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        platform="instagram",
        thread_title=None,
        thread_body=None,
        parents=(),
        objective="sales",
        topics=(),
        passages=passages,
        plan="answer",
        answer_passages=planned,
    )


def test_a_freezer_question_is_answered_by_the_freezer_statement_not_the_fridges(offline: OfflineDrafter) -> None:
    result = offline.draft(
        _request("hur länge håller den i frysen?", "sv", (SHELF_SV, FREEZER_SV), ("shelf-sv", "freezer-sv"))
    )

    assert not result.skip, result.skip_reason
    assert "ett år" in result.text
    assert "3 veckor" not in result.text and "18 månader" not in result.text


def test_a_freezer_question_with_the_freezer_named_only_in_another_language_is_no_fridge_answer(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(_request("hur länge håller den i frysen?", "sv", (SHELF_SV, FREEZER_FI), ("shelf-sv",)))

    assert result.skip
    assert "guidance does not answer this" in result.skip_reason


def test_slicing_before_freezing_is_not_answered_with_pausing_the_club(offline: OfflineDrafter) -> None:
    result = offline.draft(
        _request("pitääkö leipä viipaloida ennen pakastusta", "fi", (CLUB_FI, SHELF_EN), ("club-fi",))
    )

    assert result.skip
    assert "keskeyttää" not in result.text


def test_postage_to_sweden_is_never_the_finnish_parcel_price(offline: OfflineDrafter) -> None:
    result = offline.draft(_request("paljonko postikulut Ruotsiin?", "fi", (POST_FI, POST_SE), ("post-fi",)))

    assert "9,90" not in result.text
    planned_sweden = offline.draft(
        _request("paljonko postikulut Ruotsiin?", "fi", (POST_FI, POST_SE), ("post-se", "post-fi"))
    )
    assert "9,90" not in planned_sweden.text
    assert planned_sweden.skip or "14,90" in planned_sweden.text


COUNTRIES = ["We ship to Sweden, Norway, Denmark, Estonia and Germany; we do not ship outside the EU/EEA."]


@pytest.mark.parametrize(
    "question",
    [
        "do you ship to the UK?",
        "Kallion ships to germany too afaik, do they ship to the UK though? asking for my bro in leeds",
    ],
)
def test_a_country_asked_by_its_acronym_and_left_out_of_the_list_is_said_no(question: str) -> None:
    assert not_listed(question, COUNTRIES, ["Kallion Taljamo"], "en") == "UK"
    assert not_listed(question, ["We ship to the EU, Norway and the UK."], ["Kallion Taljamo"], "en") is None
