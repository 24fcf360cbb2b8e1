"""eval.told_figure (session 34, issue 18): the act of each clause beside the detector's money reading."""

from __future__ import annotations

import pytest

from eval.dataset import EvalComment
from eval.told_figure import label, main, told_figures
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


@pytest.mark.parametrize(
    "text",
    [
        "My wallet got absolutely massacred by the move, can I pay the sofa in three parts?",
        "Lompakko itki verta joulun jälkeen, voiko lahjakortin maksaa osissa?",
        "Plånboken grät blod efter semestern, går det att dela upp betalningen?",
    ],
)
def test_a_figure_told_beside_a_terms_question_reads_as_a_figure(embedder: LocalE5Embedder, text: str) -> None:
    [told] = told_figures(embedder, [text])
    assert told is not None and told >= 0.0


@pytest.mark.parametrize(
    "text",
    [
        "I lost my job in March and the collector calls every day, can I pay the sofa in three parts?",
        "Jäin työttömäksi ja perintätoimisto soittaa joka päivä, voiko laskun maksaa osissa?",
        "Jag har skulder hos Kronofogden sedan i våras, går det att dela upp betalningen?",
    ],
)
def test_money_trouble_told_beside_a_terms_question_reads_as_a_harm(embedder: LocalE5Embedder, text: str) -> None:
    [told] = told_figures(embedder, [text])
    assert told is not None and told < 0.0


def test_a_comment_that_only_asks_or_only_tells_has_no_told_figure(embedder: LocalE5Embedder) -> None:
    texts = [
        "Can I take the shop to small claims, is that legal?",
        "Voiko kaupan haastaa oikeuteen?",
        "Mulla on velkaa.",
    ]
    assert told_figures(embedder, texts) == [None, None, None]


def _comment(risk: tuple[str, ...], *, draft: bool, hard: bool = False) -> EvalComment:
    return EvalComment(
        id="x",
        brand="b",
        thread_id="t",
        split="dev",
        platform="reddit",
        language="en",
        intent="question",
        risk=risk,
        should_draft=draft,
        sarcasm=False,
        opt_out=False,
        text="t",
        hard=hard,
    )


def test_labels_name_hard_negatives_risky_classes_and_the_rest() -> None:
    assert label(_comment((), draft=True, hard=True)) == "hard negative"
    assert label(_comment(("legal_or_financial_advice",), draft=False)) == "risky legal_or_financial_advice"
    assert label(_comment((), draft=True)) == "should-draft"
    assert label(_comment((), draft=False)) == "other"


def test_a_fresh_or_unknown_set_is_refused() -> None:
    with pytest.raises(SystemExit, match="not dev or a spent"):
        main(["--set", "judgement-s"])
