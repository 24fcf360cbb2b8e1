"""Which passage answers a question: e5's pull towards the question's own language is taken out of the ranking, and
a campaign passage is about the offer whatever its words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.domain import Passage
from bot.opportunities.assess import _best_passage, language_shifts
from bot.opportunities.plan import off_slot, passage_slots, slots, subject_stems


class FixedRetriever:
    """Returns its passages, best first, as a search for any text would (the kinds filter applied)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = sorted(passages, key=lambda p: p.score, reverse=True)

    def search(self, text: str, *, k: int = 5, kinds: Sequence[str] | None = None, **_: Any) -> list[Passage]:
        return [p for p in self.passages if kinds is None or p.kind in kinds][:k]


def _p(pid: str, language: str, score: float, text: str = "Statement.", kind: str = "fact") -> Passage:
    return Passage(pid, text, kind, language, "public", f"{pid}.txt", score=score)


# Swedish guidance on other things reads closer to a Swedish question than the English passage that answers it.
SWEDISH_OTHERS = [_p(f"sv{n}", "sv", score) for n, score in enumerate((0.85, 0.83, 0.82, 0.82, 0.81))]
ENGLISH = [_p("en-answer", "en", 0.84)] + [_p(f"en{n}", "en", score) for n, score in enumerate((0.78, 0.77, 0.77))]


def test_a_passage_in_another_language_answers_when_it_stands_out_among_its_language() -> None:
    retriever = FixedRetriever(SWEDISH_OTHERS + ENGLISH)
    best = _best_passage(retriever, "kan man skicka tillbaka en kappa?")
    assert best is not None and best.id == "en-answer"
    assert best.score <= 0.85  # never scored above the nearest passage's similarity


def test_the_shift_lifts_a_language_by_how_much_farther_its_average_passage_reads() -> None:
    shifts = language_shifts(SWEDISH_OTHERS + ENGLISH)
    assert shifts["sv"] == 0.0
    assert abs(shifts["en"] - (0.826 - 0.79)) < 1e-6


def test_one_language_or_too_few_passages_of_another_are_not_shifted() -> None:
    assert language_shifts(SWEDISH_OTHERS) == {}
    two_english = [_p("en-a", "en", 0.84), _p("en-b", "en", 0.70)]
    assert language_shifts(SWEDISH_OTHERS + two_english) == {}
    best = _best_passage(FixedRetriever(SWEDISH_OTHERS + two_english), "fråga?")
    assert best is not None and best.id == "sv0"


def test_a_campaign_passage_speaks_of_the_offer_without_an_offer_word() -> None:
    campaign = "Bokar du 1–20.12.2026 en resa Åbo–Mariehamn kostar bil och 2 vuxna 99 € per riktning."
    asked = slots("Gäller erbjudandet Mariehamn–Åbo också?")
    assert "discount" in asked
    assert "discount" not in slots(campaign)
    assert "discount" in passage_slots(campaign, "campaign")
    assert not off_slot(asked, campaign, "campaign")
    assert off_slot(asked, campaign, "fact")  # the same words as a plain fact: not about the offer


def test_a_passage_naming_what_the_question_names_ranks_above_a_nearer_one_about_another_thing() -> None:
    prices = _p("aids", "en", 0.86, "Hearing aids cost from 1 190 € to 3 490 € per pair.")
    tinnitus = _p("tinnitus", "en", 0.845, "A visit at the tinnitus clinic costs 89 €, no referral needed.")
    others = [_p(f"o{n}", "en", 0.80, f"Statement {n} about hearing aids and batteries.") for n in range(4)]
    best = _best_passage(FixedRetriever([prices, tinnitus, *others]), "how much is one visit at their tinnitus clinic")
    assert best is not None and best.id == "tinnitus"


def test_subject_words_are_the_question_words_outside_slots_few_passages_have() -> None:
    guidance = ["Hearing aids cost 1 190 €.", "Hearing aids come with a 45-day trial."]
    guidance += ["Phone booths cannot be booked.", "Kuulokojeet maksavat 1 190 €."]
    guidance += [f"Hearing aids fact {n}." for n in range(6)]
    assert subject_stems("Can you book the phone booths?", guidance) == {"phone", "booth"}
    assert subject_stems("do hearing aids need batteries?", guidance) == set()  # in most passages: names nothing
    assert subject_stems("paljonko kuulokojeet maksaa?", guidance) == {"kuulo"}  # "maksaa" is a word of the price slot
    assert subject_stems("anything?", []) == set()


def test_the_same_specific_fact_in_the_questions_language_leads_over_a_shifted_one() -> None:
    swedish = [_p("sv-warranty", "sv", 0.85, "Aggregatet har 5 års garanti.")]
    swedish += [_p(f"sv{n}", "sv", 0.80) for n in range(3)]
    english = [_p("en-warranty", "en", 0.83, "The unit has a 5-year warranty.")]
    english += [_p(f"en{n}", "en", 0.76) for n in range(3)]
    best = _best_passage(FixedRetriever(swedish + english), "hur lång garanti får man?")
    assert best is not None and best.id == "sv-warranty"
    assert best.close[0] == "sv-warranty" and "en-warranty" in best.close


def test_a_price_stated_in_the_questions_language_does_not_take_the_lead_back() -> None:
    swedish = [_p("sv-other-price", "sv", 0.85, "Frakten kostar 49 kr.")] + [_p(f"sv{n}", "sv", 0.80) for n in range(3)]
    english = [_p("en-price", "en", 0.83, "The unit costs 990 kr.")] + [_p(f"en{n}", "en", 0.76) for n in range(3)]
    best = _best_passage(FixedRetriever(swedish + english), "vad kostar aggregatet?")
    assert best is not None and best.id == "en-price"
