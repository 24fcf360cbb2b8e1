"""Session 37 (issue 18, hard negatives): a topic the writer sets aside, and a figure of speech in a thread of harms.

"Politics aside, ...", "Ei mitään politiikkaa, lupaan: ...", "Politik åsido, ..." say which words are not the point
(rules' ``set_aside``, judgement.Verdict.set_aside, combine.SET_ASIDE); a comment reading its figure classes as a figure
of speech gets its siblings' class as a doubt (combine.SIBLING_FIGURE_DOUBT). Unit cases written for this file in fi, sv
and en; no model but a stub detector."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pytest

from bot.signals import combine, judgement, rules
from bot.signals.combine import SIBLING_MIN, judge, judge_threads
from bot.signals.figurative import set_aside_split
from bot.signals.judgement import CLASSES, INTENTS, SET_ASIDE_CLASSES, SemanticDetector, Verdict
from tests.signals.helpers import question


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Politics aside, does the course include lunch?", "does the course include lunch?"),
        ("Election drama aside: when does the shop open?", "when does the shop open?"),
        ("Not trying to start a fight here but how long is the warranty?", "how long is the warranty?"),
        ("No drama intended: is the sauna open on Sundays?", "is the sauna open on Sundays?"),
        ("Ei mitään politiikkaa, lupaan: onko kauppa auki sunnuntaina?", "onko kauppa auki sunnuntaina?"),
        ("Nopea kysymys ilman mitään vaalipuheita: paljonko kurssi maksaa?", "paljonko kurssi maksaa?"),
        ("Politiikka sikseen, saako koiran ottaa mukaan?", "saako koiran ottaa mukaan?"),
        ("En yritä aloittaa riitaa, mutta kauanko takuu on voimassa?", "kauanko takuu on voimassa?"),
        ("Politik åsido, hur lång är kursen?", "hur lång är kursen?"),
        ("Ingen politik, jag lovar: när börjar kursen?", "när börjar kursen?"),
        ("Inte för att starta bråk, men vad kostar hyran per dag?", "vad kostar hyran per dag?"),
    ],
)
def test_a_disclaimer_opening_the_comment_is_cut_from_what_is_meant(text: str, meant: str) -> None:
    split = set_aside_split(text)
    assert split is not None, text
    assert split[1] == meant


@pytest.mark.parametrize(
    "text",
    [
        "No money, can I pay later?",  # a lack stated, nothing set aside
        "Ei mitään rahaa, voiko maksaa myöhemmin?",
        "Inga pengar kvar, kan jag betala senare?",
        "ei mitään firmojen kommentteja tähän ketjuun, kiitos",  # an opt-out's "no ...", no disclaimer
        "My husband passed away, can I cancel his membership?",
        "Politics aside",  # nothing meant after it
        "the price went up without any notice, annoying",
        "No kiitos vaan tosi nopeasta toimituksesta, kolme viikkoa",  # Finnish "no" is "well": sarcasm, no disclaimer
        "Great day out. No phones, just the lake and a campfire",  # a contrast, not a topic set aside
    ],
)
def test_a_lack_an_opt_out_or_a_harm_is_no_disclaimer(text: str) -> None:
    assert set_aside_split(text) is None, text


def _politics_question(**fields: object) -> tuple[object, Verdict]:
    sig = question(risk=("politics",), evidence={"rule": "politics"}, method="offline", **fields)
    scores = {**dict.fromkeys(CLASSES, 0.01), "politics": 0.85}
    return sig, Verdict(("politics",), (), scores, set_aside=True)


def test_judge_drops_the_set_aside_reading_of_a_question_or_praise_but_not_of_a_statement() -> None:
    sig, verdict = _politics_question()
    judged = judge(sig, verdict)  # type: ignore[arg-type]
    assert judged.risk == () and "set_aside" in judged.evidence
    praise = judge(replace(sig, intent="praise", is_question=False), verdict)  # type: ignore[arg-type]
    assert praise.risk == ()
    complaint = judge(replace(sig, intent="complaint", is_question=False), verdict)  # type: ignore[arg-type]
    assert complaint.risk == ("politics",)
    # counted in its thread, the comment is what its words read
    assert judge(sig, verdict, aside=False).risk == ("politics",)  # type: ignore[arg-type]
    # without the disclaimer read, the reading stays
    assert judge(sig, replace(verdict, set_aside=False)).risk == ("politics",)  # type: ignore[arg-type]


def test_judge_keeps_minors_a_firm_rule_and_the_title_beside_a_topic_set_aside() -> None:
    sig = question(risk=("minors", "politics"), evidence={"rule": "minors"}, method="offline")
    scores = {**dict.fromkeys(CLASSES, 0.01), "minors": 0.9, "politics": 0.8}
    verdict = Verdict(("minors", "politics"), (), scores, set_aside=True)
    assert judge(sig, verdict).risk == ("minors",)
    firm = question(risk=("crisis_or_tragedy",), evidence={"firm": "crisis_or_tragedy"}, method="offline")
    assert judge(firm, replace(verdict, flags=())).risk == ("crisis_or_tragedy",)
    assert judge(sig, verdict, ("politics",)).risk == ("minors", "politics")
    assert "minors" not in SET_ASIDE_CLASSES and "community_rule" not in SET_ASIDE_CLASSES


def test_a_set_aside_question_gets_its_threads_politics_as_a_doubt_and_still_counts_for_the_thread() -> None:
    n = SIBLING_MIN
    scores = {**dict.fromkeys(CLASSES, 0.01), "politics": 0.9}
    signals = [question(risk=("politics",), method="offline") for _ in range(n)]
    verdicts = [Verdict(("politics",), (), scores) for _ in range(n)]
    aside, aside_verdict = _politics_question()
    plain = question(method="offline")
    judged = judge_threads(
        [*signals, aside, plain],  # type: ignore[list-item]
        [*verdicts, aside_verdict, Verdict((), (), dict.fromkeys(CLASSES, 0.01))],
        ["t"] * (n + 2),
        {},
    )
    assert all("politics" in j.signals.risk for j in judged[:n])
    assert judged[n].own == ("politics",)  # what its words read counts for the thread
    assert judged[n].signals.risk == () and "politics" in judged[n].signals.risk_doubt
    assert judged[n + 1].signals.risk == ("politics",)  # a plain question still gets the thread's flag


def test_a_figure_of_speech_gets_its_threads_injury_as_a_doubt_and_a_plain_comment_the_flag() -> None:
    n = SIBLING_MIN
    hurt = {**dict.fromkeys(CLASSES, 0.01), "injury_or_health": 0.95}
    signals = [question(method="offline") for _ in range(n + 2)]
    near = {**dict.fromkeys(CLASSES, 0.01), "injury_or_health": 0.5}
    figure = Verdict((), (), near, doubts=("injury_or_health",), figure=0.0, figure_learned=2.5)
    literal = Verdict((), (), near, doubts=("injury_or_health",), figure=-0.02, figure_learned=-1.0)
    verdicts = [Verdict(("injury_or_health",), (), hurt) for _ in range(n)] + [figure, literal]
    judged = judge_threads(signals, verdicts, ["t"] * (n + 2), {})
    assert "injury_or_health" not in judged[n].signals.risk
    assert "injury_or_health" in judged[n].signals.risk_doubt
    assert "injury_or_health" in judged[n + 1].signals.risk
    previous = combine.SIBLING_FIGURE_DOUBT
    combine.SIBLING_FIGURE_DOUBT = False
    try:
        off = judge_threads(signals, verdicts, ["t"] * (n + 2), {})
    finally:
        combine.SIBLING_FIGURE_DOUBT = previous
    assert "injury_or_health" in off[n].signals.risk


class _Embedder:
    """Unit vectors in a stub space; the stub detector reads only its bias."""

    name = "stub"

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.ones((len(texts), 4), dtype=np.float32) / 2.0

    embed_documents = embed_queries


def _stub(meant_politics: float) -> SemanticDetector:
    """A detector giving every text the same probabilities: politics ``meant_politics``, every other class 0.01."""
    probability = np.full(len(CLASSES), 0.01)
    probability[CLASSES.index("politics")] = meant_politics
    return SemanticDetector(
        classes=CLASSES,
        weights=np.zeros((len(CLASSES), 4), dtype=np.float32),
        bias=np.log(probability / (1 - probability)).astype(np.float32),
        flag_at=np.full(len(CLASSES), 0.7, dtype=np.float32),
        grey_at=np.full(len(CLASSES), 0.5, dtype=np.float32),
        embedder_name="stub",
        intent_weights=np.zeros((len(INTENTS), 4), dtype=np.float32),
        intent_bias=np.zeros(len(INTENTS), dtype=np.float32),
    )


def test_set_aside_is_read_only_when_the_words_meant_carry_no_risk_and_the_disclaimer_tells_no_harm() -> None:
    verdict = Verdict(("politics",), (), {**dict.fromkeys(CLASSES, 0.01), "politics": 0.9})
    texts = [
        "Politics aside, when does the autumn course start?",
        "Politics aside, my dad died last week, can I cancel the course?",  # the meant words tell a death (a rule)
        "Ei mitään politiikkaa, lupaan: alkaako kausi toukokuussa?",
        "Sitting in the hospital aside, is the shop open on Sunday?",  # the disclaimer tells a harm
    ]
    assert rules.risk_flags(texts[1].split(", ", 1)[1])
    try:
        judgement.use_detector(_stub(0.05))
        read = judgement._set_asides(_Embedder(), _stub(0.05), [verdict] * len(texts), texts)
        assert [v.set_aside for v in read] == [True, False, True, False]
        # a comment with no risk of these classes is not weighed at all
        quiet = Verdict((), (), dict.fromkeys(CLASSES, 0.01))
        weather = ["Weather aside, when does the autumn course start?"]
        assert not rules.risk_flags(weather[0])
        assert not judgement._set_asides(_Embedder(), _stub(0.05), [quiet], weather)[0].set_aside
        # the detector near politics in what is meant (at half its grey band or more): not set aside
        judgement.use_detector(_stub(0.3))
        assert not judgement._set_asides(_Embedder(), _stub(0.3), [verdict], texts[:1])[0].set_aside
    finally:
        judgement.use_detector(None)
