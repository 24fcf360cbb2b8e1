"""A price asked of a thing the question names, answered by the plan's own passage whose statement gives it, though an
inflected name shares no five-letter stem with the statement (bot/drafting/answering.py, issue 25)."""

from __future__ import annotations

import pytest

from bot.drafting.answering import prices_planned_thing
from bot.drafting.matching import Match
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

SHOP = (
    passage("mat-fi", "fact", "fi", "Oma kassi on 100 % pellavaa. Kassin hinta on 49 € ja leveys 40 cm."),
    passage("box-fi", "fact", "fi", "Lahjarasia, jossa on kolme kassia, maksaa 129 €."),
    passage("sled-sv", "fact", "sv", "Kälkarna hyrs ut hela dagen. En kälke kostar 25 € per dag."),
    passage("hike-en", "fact", "en", "Our 3-hour fell hike costs 75 € per adult. Children under 12 walk free."),
)


def _match(pid: str, sentence: str) -> Match:
    source = next(p for p in SHOP if p.id == pid)
    return Match(passage=source, sentence=sentence, position=1, score=0.86)


@pytest.mark.parametrize(
    ("question", "pid", "sentence"),
    [
        ("mitä yksi kassi maksaa? ostaisin kaksi", "mat-fi", "Kassin hinta on 49 € ja leveys 40 cm."),
        ("vad kostar en kälke?", "sled-sv", "En kälke kostar 25 € per dag."),
        ("what does the fell hike cost for one adult?", "hike-en", "Our 3-hour fell hike costs 75 € per adult."),
    ],
)
def test_a_price_of_the_named_thing_from_the_plans_passage_answers(question: str, pid: str, sentence: str) -> None:
    assert prices_planned_thing(question, _match(pid, sentence), (pid,), ())


@pytest.mark.parametrize(
    ("question", "pid", "sentence", "planned"),
    [
        # a bare price question names nothing: it asks about its post
        ("paljonko maksaa?", "mat-fi", "Kassin hinta on 49 € ja leveys 40 cm.", ("mat-fi",)),
        ("price?", "hike-en", "Our 3-hour fell hike costs 75 € per adult.", ("hike-en",)),
        # another thing's price in the passage: the gift box is asked, the bag's price is no answer
        ("kuinka paljon lahjarasia maksaa?", "mat-fi", "Kassin hinta on 49 € ja leveys 40 cm.", ("mat-fi",)),
        # not the plan's own first passage
        ("vad kostar en kälke?", "sled-sv", "En kälke kostar 25 € per dag.", ("hike-en", "sled-sv")),
        # no price asked, or none stated
        ("hur länge hyrs kälkarna ut?", "sled-sv", "Kälkarna hyrs ut hela dagen.", ("sled-sv",)),
        ("how much is the hike for kids", "hike-en", "Children under 12 walk free.", ("hike-en",)),
    ],
)
def test_no_price_for_a_bare_question_another_thing_or_another_passage(
    question: str, pid: str, sentence: str, planned: tuple[str, ...]
) -> None:
    assert not prices_planned_thing(question, _match(pid, sentence), planned, ())


def test_the_offline_drafter_answers_an_inflected_name_with_its_price(offline: OfflineDrafter) -> None:
    draft = offline.draft(
        request("mitä yksi kassi maksaa? ostaisin kaksi", "fi", passages=SHOP, answer_passages=("mat-fi",))
    )
    assert not draft.skip
    assert "49 €" in draft.text
    bare = offline.draft(request("kuinka paljon lahjarasia maksaa?", "fi", passages=SHOP, answer_passages=("mat-fi",)))
    assert bare.skip or "49 €" not in bare.text
