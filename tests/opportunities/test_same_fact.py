"""The same fact stated in the question's own language answers before its twin in another language
(`assess._same_fact_native`)."""

from __future__ import annotations

from bot.domain import Passage
from bot.opportunities.assess import _best_passage
from tests.opportunities.test_answering import FixedRetriever


def _p(pid: str, language: str, score: float, text: str = "Statement.", kind: str = "fact") -> Passage:
    return Passage(pid, text, kind, language, "public", f"{pid}.txt", score=score)


FINNISH = "Kokeilutunti kestää 60 min ja maksaa 29 €/hlö. Ikäraja on 10 vuotta."
SWEDISH = "Prova på-passet är 60 minuter och kostar 29 € per person. Åldersgräns 10 år."
SWEDISH_OTHERS = [_p(f"sv{n}", "sv", s) for n, s in enumerate((0.80, 0.79, 0.79, 0.78))]
FINNISH_OTHERS = [_p(f"fi{n}", "fi", s) for n, s in enumerate((0.74, 0.73, 0.73))]


def test_a_swedish_twin_with_the_same_figures_answers_a_swedish_question() -> None:
    passages = [_p("fi-trial", "fi", 0.82, FINNISH), _p("sv-trial", "sv", 0.84, SWEDISH)]
    without = _best_passage(FixedRetriever([passages[0], *SWEDISH_OTHERS, *FINNISH_OTHERS]), "vad kostar det?")
    assert without is not None and without.id == "fi-trial"  # the Finnish passage stands out among its language
    best = _best_passage(FixedRetriever([*passages, *SWEDISH_OTHERS, *FINNISH_OTHERS]), "vad kostar det?")
    assert best is not None and best.id == "sv-trial"


def test_a_swedish_passage_sharing_only_a_price_does_not_take_over() -> None:
    other = _p("sv-gift", "sv", 0.84, "Presentkort finns för 29 € och 60 €, giltiga 12 månader.")
    best = _best_passage(
        FixedRetriever([_p("fi-trial", "fi", 0.82, FINNISH), other, *SWEDISH_OTHERS, *FINNISH_OTHERS]),
        "vad kostar det?",
    )
    assert best is not None and best.id == "fi-trial"
