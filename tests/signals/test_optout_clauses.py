"""An opt-out told in one comma clause beside a question (session 26): "no sales people reaching out to me, but how
heavy is it?" is judged whole and clause by clause, so the question does not dilute it; a comma clause only ever flags
(detector and prototypes agreeing), never raises the grey band or a doubt. The texts are written for these tests."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals import optout
from bot.signals.combine import judge
from bot.signals.judgement import text_verdicts
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def test_a_comma_and_a_but_cut_a_sentence_into_clauses() -> None:
    text = "Ingen reklam till mig tack, men hur tung är den större modellen?"
    assert optout.comma_clauses(text) == ["Ingen reklam till mig tack", "men hur tung är den större modellen?"]
    assert optout.comma_clauses("I'd rather not be contacted by shops but is the store open on Sundays?") == [
        "I'd rather not be contacted by shops",
        "but is the store open on Sundays?",
    ]


def test_a_bare_but_im_asking_is_no_clause() -> None:
    # "but" counts no word: "mutta kysyn vaan" is two words and never judged on its own
    assert optout.comma_clauses("Naapurit metelöi kuin eduskunta, mutta kysyn vaan: tuleeko toimitus kello kuusi?") == [
        "Naapurit metelöi kuin eduskunta"
    ]


def test_a_comment_of_one_clause_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    assert optout.comma_clauses("Does it ship to Iceland?") == []
    monkeypatch.setattr(optout, "CLAUSE_COMMAS", False)
    assert optout.comma_clauses("Ingen reklam till mig tack, men hur tung är den större modellen?") == []


OPT_OUTS = [
    "Ingen reklam till mig tack, men hur tung är den större modellen?",
    "Vill inte bli kontaktad av några säljare, men är butiken öppen på söndag?",
    "Inga samtal från företaget tack, men hur länge gäller garantin?",
    "I'd rather not be contacted by any shops, but is the store open on Sundays?",
    "Please no sales people reaching out to me, but how heavy is the bigger model?",
]


def test_an_opt_out_clause_beside_a_question_is_flagged(
    embedder: LocalE5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    verdicts = text_verdicts(embedder, OPT_OUTS)
    assert all("opt_out" in v.flags and "opt_out" not in v.uncertain for v in verdicts)
    # judged whole and by sentence alone, the question dilutes every one of them
    monkeypatch.setattr(optout, "CLAUSE_COMMAS", False)
    assert not any("opt_out" in v.flags for v in text_verdicts(embedder, OPT_OUTS))


@pytest.mark.parametrize(
    "text",
    [
        "Kundtjänsten svarar aldrig i chatten, tre dagar nu",
        "Asiakaspalvelu ei vastaa chatissa, kolme päivää nyt",
        "Great product, quick delivery, but the box was dented",
        "The neighbours are loud as a parliament debate, but I'm only asking: can delivery come at a set hour?",
    ],
)
def test_a_complaint_or_an_aside_in_clauses_is_no_opt_out(embedder: LocalE5Embedder, text: str) -> None:
    (verdict,) = text_verdicts(embedder, [text])
    assert "opt_out" not in verdict.flags


def test_a_comma_clause_opt_out_is_never_drafted(embedder: LocalE5Embedder) -> None:
    text = OPT_OUTS[4]
    (verdict,) = text_verdicts(embedder, [text])
    sig = judge(Signals(language="en", intent="question", emotion="neutral", is_question=True), verdict)
    assert sig.opt_out
    scored = score_opportunity(ScoreInput(signals=sig, answer_similarity=0.95, relevance=0.95))
    assert scored.action == "ignore"
