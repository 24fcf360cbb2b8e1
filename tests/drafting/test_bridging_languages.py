"""Whether something is offered in a language, where the guidance says so only in another language
(bot/drafting/tongues.py, issue 25): a yes with the languages the statement's clause names plainly, never a no, and
nothing for a language offered on a condition."""

from __future__ import annotations

import pytest

from bot.drafting.offline import OfflineDrafter
from bot.drafting.tongues import asked_tongue, tongue_line
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

COURSES = "Courses run in Swedish and Finnish; English on request for groups."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("går kursen på svenska också", "sv"),
        ("onko kurssi ruotsiksi?", "sv"),
        ("finns privatlektioner på engelska?", "en"),
        ("is the course in Finnish?", "fi"),
        ("paljonko kurssi maksaa?", None),
        ("I only speak Swedish", None),  # no question
    ],
)
def test_the_language_a_question_asks_whether_something_is_in(question: str, asked: str | None) -> None:
    assert asked_tongue(question) == asked


def test_a_plainly_offered_language_is_a_yes_with_the_clauses_languages() -> None:
    lines = tuple(tongue_line(COURSES, language, "går kursen på svenska också") for language in ("fi", "sv", "en"))
    assert lines == ("Kyllä, ruotsiksi ja suomeksi.", "Ja, på svenska och finska.", "Yes, in Swedish and Finnish.")
    three = "Available in English, Finnish and Swedish."
    assert tongue_line(three, "fi", "onko yksityistunteja ruotsiksi?") == "Kyllä, englanniksi, suomeksi ja ruotsiksi."


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (COURSES, "is the course in English?"),  # only on request, for groups
        ("Kurserna hålls inte på engelska.", "is the course in English?"),  # a no is never said
        ("Support in English: email help@example.fi.", "går kursen på svenska?"),  # the language asked is not named
    ],
)
def test_a_language_offered_on_a_condition_or_not_named_is_not_bridged(sentence: str, question: str) -> None:
    assert all(tongue_line(sentence, language, question) is None for language in ("fi", "sv", "en"))


SMITHY = (
    passage("course-en", "fact", "en", COURSES),
    passage("care-sv", "fact", "sv", "Kniven ska diskas för hand."),
    passage("care-fi", "fact", "fi", "Pese veitsi käsin."),
)


def test_offline_answer_says_yes_to_a_language_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    comment = "går kursen på svenska också?"
    result = eager.draft(request(comment, "sv", plan="answer", passages=SMITHY, answer_passages=("course-en",)))
    assert not result.skip, result.skip_reason
    assert "Ja, på svenska och finska." in result.text
