"""A statement whose riskiest clause is far nearer a figure of speech than a harm keeps none of its own figure-class
risk (combine.FIGURE_MARGIN_STATEMENT); one told as it happened, a condolence or an insult keeps it."""

from __future__ import annotations

import pytest

from bot.signals import combine
from bot.signals.combine import FIGURE_MARGIN, FIGURE_MARGIN_STATEMENT, judge
from bot.signals.judgement import CLASSES, Verdict, text_verdicts
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _statement(**kw: object) -> Signals:
    base: dict[str, object] = {"language": "en", "intent": "chatter", "emotion": "neutral", "is_question": False}
    base.update(kw)
    return Signals(**base)  # type: ignore[arg-type]


def _died(figure: float, laughing: bool = False) -> Verdict:
    scores = {**dict.fromkeys(CLASSES, 0.01), "crisis_or_tragedy": 0.8}
    return Verdict(("crisis_or_tragedy",), (), scores, figure=figure, laughing=laughing)


def test_judge_drops_a_statement_s_own_figure_risk_only_past_the_wider_margin() -> None:
    assert FIGURE_MARGIN_STATEMENT is not None and FIGURE_MARGIN_STATEMENT > FIGURE_MARGIN
    for intent in ("chatter", "complaint", "off_topic"):
        said = _statement(risk=("crisis_or_tragedy",), intent=intent)
        judged = judge(said, _died(FIGURE_MARGIN_STATEMENT + 0.005))
        assert judged.risk == () and "figure of speech" in judged.evidence["figurative"]
        # a question's margin, laughing or not, is not enough for a statement
        assert judge(said, _died(FIGURE_MARGIN_STATEMENT - 0.005)).risk == ("crisis_or_tragedy",)
        assert judge(said, _died(FIGURE_MARGIN + 0.005, laughing=True)).risk == ("crisis_or_tragedy",)
        # its thread's flags and a model's labels stay
        assert judge(said, _died(0.06), ("crisis_or_tragedy",)).risk == ("crisis_or_tragedy",)
        llm = _statement(risk=("crisis_or_tragedy",), intent=intent, method="llm")
        assert judge(llm, _died(0.06)).risk == ("crisis_or_tragedy",)


def test_judge_keeps_a_statement_s_figure_risk_with_the_margin_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(combine, "FIGURE_MARGIN_STATEMENT", None)
    assert judge(_statement(risk=("crisis_or_tragedy",)), _died(0.08)).risk == ("crisis_or_tragedy",)


@pytest.mark.parametrize(
    "text",
    [
        "That first coffee could wake the dead, the whole house comes alive",
        "Kahvi aamulla herättää kuolleetkin henkiin, koko talo virkoaa",
    ],
)
def test_a_stated_figure_of_death_is_no_crisis(embedder: LocalE5Embedder, text: str) -> None:
    verdict = text_verdicts(embedder, [text])[0]
    assert judge(_statement(language="fi" if "Kahvi" in text else "en"), verdict).risk == ()


@pytest.mark.parametrize(
    "text",
    [
        "My brother died in a crash last spring",
        "Veljeni kuoli onnettomuudessa keväällä",
        "Pappa dog i våras och vi saknar honom varje dag",
        "So sad. Thinking of everyone involved",
        "Oma vika, Mikko oot aina ollu idiootti",
    ],
)
def test_a_harm_told_a_condolence_or_an_insult_keeps_its_risk(embedder: LocalE5Embedder, text: str) -> None:
    verdict = text_verdicts(embedder, [text])[0]
    assert judge(_statement(), verdict).risk != ()
