"""A weight or age limit the guidance states only in another language, said in a fixed sentence of the reply's
language (bot/drafting/bridging.py, issue 25): with a yes where the question asks whether there is one; never a
limit without its bound word, beside another figure, or for a case."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import asked_limit, limit_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("is there a weight limit for the climbing harness?", "weight"),
        ("onko kiipeilyssä painoraja", "weight"),
        ("finns det någon viktgräns", "weight"),
        ("how old do kids have to be for the course", "age"),
        ("mikä on ikäraja", "age"),
        ("från vilken ålder får man vara med", "age"),
        ("how much does the course cost", None),
        ("is there an age limit and a weight limit", None),
    ],
)
def test_the_limit_a_question_asks_about(question: str, kind: str | None) -> None:
    assert asked_limit(question) == kind


@pytest.mark.parametrize(
    ("sentence", "kind", "lines"),
    [
        ("Kiipeilijä saa painaa enintään 110 kg.", "weight", ("Enintään 110 kg.", "Högst 110 kg.", "At most 110 kg.")),
        (
            "Max weight for the zipline: up to 120 kg.",
            "weight",
            ("Enintään 120 kg.", "Högst 120 kg.", "At most 120 kg."),
        ),
        ("Kursen är för barn från 7 år.", "age", ("Vähintään 7 vuotta.", "Minst 7 år.", "At least 7 years.")),
        (
            "Kurssille pääsee 10-vuotiaasta alkaen.",
            "age",
            ("Vähintään 10 vuotta.", "Minst 10 år.", "At least 10 years."),
        ),
        (
            "Participants must be at least 16 years old.",
            "age",
            ("Vähintään 16 vuotta.", "Minst 16 år.", "At least 16 years."),
        ),
    ],
)
def test_a_statements_one_limit_is_said_in_each_language(sentence: str, kind: str, lines: tuple[str, ...]) -> None:
    assert tuple(limit_line(sentence, kind, language) for language in ("fi", "sv", "en")) == lines


def test_a_question_whether_there_is_a_limit_is_answered_yes_with_it() -> None:
    sentence = "Linbanan tar deltagare på högst 100 kg."
    assert limit_line(sentence, "weight", "en", yes_no=True) == "Yes, at most 100 kg."
    assert limit_line(sentence, "weight", "fi", yes_no=True) == "Kyllä, enintään 100 kg."


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Kiipeilijä painaa yleensä 80 kg.", "weight"),  # no bound word
        ("Högst 100 kg, barn under 12 år med en vuxen.", "weight"),  # another figure beside it
        ("Jos osallistujia on alle 4, enintään 120 kg.", "weight"),  # a condition
        ("Lapset yli 12-vuotiaat.", "age"),  # "over 12" is no minimum of 12
        ("Children under 6 join for free.", "age"),  # a ceiling age is a price's case, not a limit
        ("Kurs 20 €, från 7 år.", "age"),  # a price beside it
        ("Kurssi on 10 viikkoa.", "age"),
    ],
)
def test_a_limit_without_its_bound_beside_another_figure_or_for_a_case_is_not_bridged(sentence: str, kind: str) -> None:
    assert all(limit_line(sentence, kind, language) is None for language in ("fi", "sv", "en"))


PARK = (
    passage("limit-sv", "fact", "sv", "Klätterparkens selar tar deltagare på högst 95 kg."),
    passage("horses-fi", "fact", "fi", "Kiipeilypuistossa on 6 rataa."),
    passage("horses-en", "fact", "en", "The climbing park has 6 courses."),
)


def test_offline_answer_says_a_weight_limit_stated_only_in_another_language(
    offline: OfflineDrafter,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    comment = "is there a weight limit in the climbing park? I'm about 100 kg"
    result = eager.draft(request(comment, "en", plan="answer", passages=PARK, answer_passages=("limit-sv",)))
    assert not result.skip, result.skip_reason
    assert "Yes, at most 95 kg." in result.text
    # the limit is no answer to what a lesson costs
    price = request("how much is a climbing ticket?", "en", plan="answer", passages=PARK, answer_passages=("limit-sv",))
    assert "95" not in eager.draft(price).text
