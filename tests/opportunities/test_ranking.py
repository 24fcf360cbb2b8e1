"""The learned passage order (``bot.opportunities.ranking``): its features, its weights file, and the plan's choice."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain import Passage
from bot.opportunities.assess import _best_passage
from bot.opportunities.ranking import FEATURES, Candidate, features, measures, order, weights


def _p(pid: str, score: float, text: str, language: str = "en", kind: str = "fact") -> Passage:
    return Passage(pid, text, kind, language, "public", f"{pid}.txt", score=score)


def _c(p: Passage) -> Candidate:
    return Candidate(p, p.score, p.score, p.score)


class FixedRetriever:
    """Returns its passages, best first, as a search for any text would (the kinds filter applied)."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = sorted(passages, key=lambda p: p.score, reverse=True)

    def search(
        self, query: str, *, k: int = 5, language: str | None = None, kinds: Sequence[str] | None = None
    ) -> list[Passage]:
        return [p for p in self.passages if kinds is None or p.kind in kinds][:k]


def test_measures_read_lengths_weights_and_feet_in_fi_sv_en() -> None:
    assert measures("tar ni emot en segelbåt på 15 meter?") == {"m"}
    assert measures("mahtuuko sinne 7 tonnin vene") == {"t"}
    assert measures("our boat is 31 ft, and 9 m wide") == {"ft", "m"}
    assert measures("what does it cost?") == frozenset()


def test_the_weights_file_weighs_every_feature_and_similarity_counts_for_a_passage() -> None:
    w = weights()
    assert set(w) == set(FEATURES)
    assert w["cos"] > 0 and w["off_slot"] < 0 and w["lacks_asked"] < 0


def test_a_passage_lacking_the_kind_of_fact_asked_is_marked_so() -> None:
    price = _p("price", 0.80, "A one-hour lesson costs 45 €.")
    story = _p("story", 0.84, "Our teachers have played in orchestras for years.")
    rows = features("how much is one lesson?", [_c(story), _c(price)], language="en")
    assert rows[0]["lacks_asked"] == 1.0 and rows[1]["holds_asked"] == 1.0


def test_a_limit_in_the_unit_the_question_states_wins_over_a_nearer_passage() -> None:
    limit = _p("limit", 0.80, "We take boats up to 12 m long and 8 t in weight.")
    wash = _p("wash", 0.82, "Hull washing at lifting is included for members.")
    others = [_p(f"o{n}", 0.76, f"The yard office answers on weekdays, note {n}.") for n in range(4)]
    ranked = order("can you take a 15 m sailing boat?", [_c(p) for p in (wash, limit, *others)], language="en")
    assert ranked[0][1].passage.id == "limit"


def test_the_plan_takes_a_support_passage_for_what_to_bring_to_a_claim() -> None:
    support = _p(
        "support", 0.81, "To claim, email help@yard.example with your berth number and photos.", kind="support"
    )
    prices = _p("prices", 0.83, "Winter storage costs 30 € per foot in the cold hall.")
    others = [_p(f"o{n}", 0.76, f"The yard lifts boats in the autumn, note {n}.") for n in range(4)]
    best = _best_passage(FixedRetriever([prices, support, *others]), "what do I need to send with a damage claim?")
    assert best is not None and best.id == "support"
