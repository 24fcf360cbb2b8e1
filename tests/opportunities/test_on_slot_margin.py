from bot.opportunities.assess import ON_SLOT_MARGIN, Best, on_slot_margin

SUPPORT_FI = "Asiakaspalvelu: puh. 010 322 4400 (ma–pe 7–18), sähköposti asiakaspalvelu@putkisampo.fi."
WARRANTY_SV = "Alla våra värmepumpar har fem års garanti."
PRICES_EN = "A single lesson costs 55 € for 45 minutes."


def best(text: str, kind: str = "fact") -> Best:
    return Best(0.81, None, kind, "p", text, ("p",))


def test_a_passage_on_the_specific_slot_asked_answers_a_little_below_the_threshold() -> None:
    assert on_slot_margin("mihin numeroon voi soittaa et varaa ajan", best(SUPPORT_FI, "support")) == ON_SLOT_MARGIN
    assert on_slot_margin("hur lång garanti har ni?", best(WARRANTY_SV)) == ON_SLOT_MARGIN
    assert on_slot_margin("is there a warranty on the pump?", best(WARRANTY_SV)) == ON_SLOT_MARGIN


def test_a_generic_slot_or_another_slot_lowers_no_bar() -> None:
    # a price is stated of many things: sharing it says little about answering
    assert on_slot_margin("how much is a lesson?", best(PRICES_EN)) == 0.0
    assert on_slot_margin("hur lång garanti har ni?", best(PRICES_EN)) == 0.0
    assert on_slot_margin("voiko kattoboksin kanssa ajaa sisään", best(SUPPORT_FI, "support")) == 0.0


def test_the_score_gate_uses_the_same_margin() -> None:
    from bot.opportunities.scoring import ScoreInput, score_opportunity
    from bot.signals.types import Signals

    question = Signals(language="fi", intent="question", emotion="neutral", is_question=True)
    base = {"signals": question, "objective": "trust", "relevance": 0.9, "age_hours": 1.0, "plan": "answer"}
    below = score_opportunity(ScoreInput(**base, answer_similarity=0.812))
    on_slot = score_opportunity(ScoreInput(**base, answer_similarity=0.812, answer_margin=ON_SLOT_MARGIN))
    assert not below.parts["answerable"]
    assert on_slot.parts["answerable"]
