"""The offline drafter's check that its answer speaks of what was asked (answering.answers_on_topic): a figure in the
measure the person states, a Swedish noun that dropped its "e", the person's own time said in passing (issue 25)."""

from __future__ import annotations

from bot.domain import Passage
from bot.drafting.answering import answers_on_topic, unsyncopated
from bot.drafting.matching import Match


def _match(text: str, language: str, position: int = 0, sentence: str | None = None) -> Match:
    passage = Passage("p1", text, "fact", language, "public", "p1.txt", score=0.9)
    return Match(passage, sentence or text, position, 0.9)


def test_a_weight_the_person_states_is_answered_by_the_limit_in_kilograms() -> None:
    rule = _match("Painoraja: kävijä saa painaa enintään 120 kg.", "fi")
    assert answers_on_topic("painan 130 kg, pääsenkö mukaan?", rule, ["Kallio"], frozenset())
    rule = _match("The rider may weigh at most 90 kg.", "en")
    assert answers_on_topic("I'm about 95kg, can I still join", rule, ["Stable"], frozenset())
    other = _match("The arena is 20 m wide and lit until 22.", "en")
    assert not answers_on_topic("I'm about 95kg, can I still join", other, ["Stable"], frozenset())


def test_a_swedish_definite_form_meets_the_compound_naming_its_noun() -> None:
    assert unsyncopated("vad kostar lägret?") == ["läger"]
    assert unsyncopated("hur varmt är vattnet") == ["vatten"]
    assert unsyncopated("vad kostar kursen?") == []
    camp = _match("Vinterläger: 3 dagar, 290 € med lunch.", "sv")
    assert answers_on_topic("vad kostar lägret?", camp, ["Berg"], frozenset())
    other = _match("Presentkort: gäller i 12 månader.", "sv")
    assert not answers_on_topic("vad kostar lägret?", other, ["Berg"], frozenset())


def test_the_persons_own_time_in_passing_is_no_thing_the_length_must_name() -> None:
    lead = _match("Usual turnaround is 4–5 weeks from the day we receive the bike.", "en")
    assert answers_on_topic("how long does it take? we go in three months", lead, ["Pyörä"], frozenset())
    sv = _match("Vanlig leveranstid är 2–3 veckor.", "sv")
    assert answers_on_topic("hur lång tid tar det, om två månader?", sv, ["Pyörä"], frozenset())
    price = _match("A service costs 89 €.", "en")
    assert not answers_on_topic("how long does it take? we go in three months", price, ["Pyörä"], frozenset())


def test_the_act_asked_said_in_other_words_with_the_kind_asked_is_on_topic() -> None:
    making = _match("Uuden kitaran hinta on 4 200 € ja valmistusaika noin 5 kuukautta tilauksesta.", "fi")
    assert answers_on_topic("kuinka kauan yhden kitaran tekeminen kestää?", making, ["Soitin", "kitara"], frozenset())
    loan = _match("Lainakitara korjauksen ajaksi on ilmainen.", "fi")
    assert not answers_on_topic("kuinka kauan yhden kitaran tekeminen kestää?", loan, ["Soitin", "kitara"], frozenset())
