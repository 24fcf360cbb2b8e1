"""Session 24 (issue 25): the right kind of reply. Thanks to another person by their handle or for their thread is no
praise of the brand; "us too" under a complaint, told of the person's own case, is a complaint too; what the brand
said waved away after the person's own dealings ("... joo joo") is irony, acknowledged. Invented comments in
fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import ACKNOWLEDGE, NONE, THANK, GuidanceFit, ThreadContext
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

SUPPORT = GuidanceFit(answers=True, support=True, passages=("p1",))
FORUM = ThreadContext()  # someone else's post, the brand not named
OWN = ThreadContext(brand_post=True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tack @linnea för tråden, funderar själv på att boka en kurs där", "sv"),
        ("kiitos @jussi_k tästä ketjusta, harkitsen itsekin kurssia", "fi"),
        ("thanks @marta for starting this thread, really useful", "en"),
        ("thank you for this thread, now I know where to go", "en"),
    ],
)
def test_thanks_to_another_person_by_handle_or_for_the_thread_gets_no_thank_you(text: str, language: str) -> None:
    result = plan(sig("praise", language, emotion="positive"), text, FORUM, SUPPORT)
    assert result.kind == NONE
    assert "other commenters" in result.reason


def test_thanks_to_a_person_naming_the_brands_product_is_still_to_the_person() -> None:
    thread = ThreadContext(names_brand=True)
    text = "tack @linnea för tråden, funderar själv på att köpa en Vinda-stickmaskin där"
    assert plan(sig("praise", "sv", emotion="positive"), text, thread, SUPPORT).kind == NONE


def test_thanks_to_the_brands_own_handle_is_still_thanked() -> None:
    thread = ThreadContext(brand_post=True, names_brand=True)
    result = plan(
        sig("praise", "en", emotion="positive"), "thanks @lankapuoti, you got the yarn to me in two days", thread
    )
    assert result.kind == THANK


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("meillä kans kuljettaja myöhästyi tunnin ja lapset odotti pihalla", "fi"),
        ("vi också, guiden kom 40 minuter sent och ingen sa något", "sv"),
        ("ours too, the instructor was half an hour late and nobody called", "en"),
    ],
)
def test_us_too_under_a_complaint_telling_ones_own_case_is_acknowledged(text: str, language: str) -> None:
    thread = ThreadContext(brand_post=True, reply_to_other=True, parent_complaint=True)
    result = plan(sig("complaint", language, emotion="negative"), text, thread, SUPPORT)
    assert result.kind == ACKNOWLEDGE


def test_us_too_with_a_laugh_stays_between_people() -> None:
    thread = ThreadContext(brand_post=True, reply_to_other=True, parent_complaint=True)
    result = plan(sig("complaint", "fi"), "meillä kans 😂", thread, SUPPORT)
    assert result.kind == NONE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tilasin sohvan maaliskuussa ja nyt on lokakuu. 'noin 8 viikkoa' joo joo", "fi"),
        ("beställde bordet i mars och nu är det oktober. 'cirka åtta veckor' ja ja", "sv"),
        ("ordered the table in march and it is october now. 'about eight weeks' yeah right", "en"),
    ],
)
def test_a_promise_waved_away_after_ones_own_order_is_acknowledged(text: str, language: str) -> None:
    result = plan(sig("question", language, intent_confidence=0.5), text, OWN, SUPPORT)
    assert result.kind == ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("'kahdeksan viikkoa' joo joo", "fi"),
        ("snabb leverans, ja ja", "sv"),
    ],
)
def test_a_dismissal_without_ones_own_dealings_is_no_complaint(text: str, language: str) -> None:
    result = plan(sig("question", language, intent_confidence=0.5), text, OWN, SUPPORT)
    assert result.kind != ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kaksi päivää?? mun tilaus on ollut kolme viikkoa matkalla", "fi"),
        ("två dagar?! min beställning har stått still i tre veckor", "sv"),
        ("two days?? my order has been stuck for three weeks", "en"),
    ],
)
def test_the_brands_word_said_back_in_disbelief_beside_ones_own_order_is_acknowledged(text: str, language: str) -> None:
    result = plan(sig("question", language, intent_confidence=0.6, is_question=True), text, OWN, SUPPORT)
    assert result.kind == ACKNOWLEDGE


def test_a_short_question_with_two_marks_and_no_dealings_is_still_answered() -> None:
    result = plan(sig("question", "en", is_question=True), "two days?? is that for Helsinki too", OWN, SUPPORT)
    assert result.kind != ACKNOWLEDGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("huolto tehtiin meillä syyskuussa ja jo marraskuussa kone kuulosti kamalalta, ei hyvä", "fi"),
        ("servicen gjordes i september och i november lät maskinen hemskt igen, inte bra", "sv"),
        ("had it serviced in september and by november it was rattling again, not good", "en"),
    ],
)
def test_a_result_said_to_be_awful_the_model_reads_as_praise_is_acknowledged(text: str, language: str) -> None:
    result = plan(sig("praise", language, intent_confidence=0.4), text, OWN, SUPPORT)
    assert result.kind == ACKNOWLEDGE


def test_terribly_good_in_finnish_is_no_bad_experience() -> None:
    result = plan(sig("praise", "fi", emotion="positive"), "kamalan hyvä palvelu, kiitos teille!", OWN, SUPPORT)
    assert result.kind == THANK
