"""A death word about a thing ("my phone died") is not a crisis; about someone it stays one."""

from __future__ import annotations

import pytest

from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.combine import judge
from bot.signals.figurative import THING_MARGIN, death_clauses, thing_margins
from bot.signals.judgement import CLASSES, Verdict, text_verdicts
from bot.signals.types import Signals
from knowledge.embeddings import LocalE5Embedder


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def _comment(**kw: object) -> Signals:
    base: dict[str, object] = {"language": "en", "intent": "question", "emotion": "neutral", "is_question": True}
    base.update(kw)
    return Signals(**base)  # type: ignore[arg-type]


def test_death_clauses_cut_the_clause_around_each_death_word() -> None:
    assert death_clauses("my tablet died yesterday, can I still get the old photos off it?") == [
        "my tablet died yesterday"
    ]
    assert death_clauses("puhelin kuoli ja laturi hukassa, mistä saa uuden") == ["puhelin kuoli"]
    assert death_clauses("no death words here, how much is shipping") == []


@pytest.mark.parametrize(
    "text",
    [
        "my tablet died yesterday, can I still get the old photos off it?",
        "the e-reader died after two years, is that covered",
        "tabletti kuoli eilen, saako siltä kuvat vielä talteen",
        "värmepumpen dog i januari, gäller garantin",
    ],
)
def test_a_thing_that_died_is_a_figure_of_speech(embedder: LocalE5Embedder, text: str) -> None:
    (margin,) = thing_margins(embedder.embed_queries, [text])
    assert margin is not None and margin >= THING_MARGIN


@pytest.mark.parametrize(
    "text",
    [
        "my uncle died last week and the bills keep coming, can I pause the plan?",
        "setä kuoli viime viikolla ja laskuja tulee, voiko sopimuksen jäädyttää",
        "min farbror dog i förra veckan, kan man pausa abonnemanget",
        "our old cat died this morning, do you take back unopened food",
    ],
)
def test_someone_who_died_stays_a_death(embedder: LocalE5Embedder, text: str) -> None:
    (margin,) = thing_margins(embedder.embed_queries, [text])
    assert margin is not None and margin < THING_MARGIN


def test_text_verdicts_weigh_only_crisis_hits_on_death_words(embedder: LocalE5Embedder) -> None:
    phone, funeral, plain = text_verdicts(
        embedder,
        [
            "my tablet died yesterday, can I still get the old photos off it?",
            "my tablet died at the funeral, can I still get the old photos off it?",
            "how much is shipping to Oulu",
        ],
    )
    assert phone.thing_death is not None and phone.thing_death >= THING_MARGIN
    assert funeral.thing_death is None  # a funeral beside the death word keeps the rule's flag
    assert plain.thing_death is None


def test_judge_drops_a_crisis_rule_hit_about_a_thing_unless_the_detector_doubts_it() -> None:
    calm = dict.fromkeys(CLASSES, 0.01)
    phone = _comment(risk=("crisis_or_tragedy",), is_question=False, intent="complaint")
    judged = judge(phone, Verdict((), (), calm, thing_death=THING_MARGIN + 0.01))
    assert judged.risk == () and "a thing's death" in judged.evidence["figurative"]
    assert (
        score_opportunity(
            ScoreInput(
                signals=judge(_comment(risk=("crisis_or_tragedy",)), Verdict((), (), calm, thing_death=0.05)),
                answer_similarity=0.99,
            )
        ).action
        != "escalate"
    )
    # about someone, the detector doubting a crisis, a risky thread or a model's label keep the flag
    assert judge(phone, Verdict((), (), calm, thing_death=THING_MARGIN - 0.02)).risk == ("crisis_or_tragedy",)
    assert judge(phone, Verdict((), ("crisis_or_tragedy",), calm, thing_death=0.05)).risk == ("crisis_or_tragedy",)
    assert judge(phone, Verdict((), (), calm, thing_death=0.05), ("crisis_or_tragedy",)).risk == ("crisis_or_tragedy",)
    llm = _comment(risk=("crisis_or_tragedy",), method="llm")
    assert judge(llm, Verdict((), (), calm, thing_death=0.05)).risk == ("crisis_or_tragedy",)
    # other classes are untouched
    both = _comment(risk=("crisis_or_tragedy", "injury_or_health"))
    assert judge(
        both, Verdict((), (), {**calm, "crisis_or_tragedy": 0.3, "injury_or_health": 0.3}, thing_death=0.05)
    ).risk == ("injury_or_health",)


class _OtherSpace:
    """An embedder of another space (an API model): the detector and this module must not use it."""

    name = "another-model"
    dim = 8

    def embed_queries(self, texts: object) -> object:
        raise AssertionError("the figurative test must use the detector's e5 space")

    embed_passages = embed_queries


def test_a_thing_s_death_is_judged_in_the_detector_s_e5_space_whatever_the_embedder() -> None:
    (verdict,) = text_verdicts(_OtherSpace(), ["my tablet died yesterday, can I still get the old photos off it?"])  # type: ignore[arg-type]
    assert verdict.thing_death is not None and verdict.thing_death >= THING_MARGIN


def test_the_prototype_vectors_are_embedded_once_when_threads_ask_at_the_same_time() -> None:
    import threading
    import time

    import numpy as np

    from bot.signals import figurative

    calls: list[int] = []

    def embed(texts: object) -> np.ndarray:
        calls.append(1)
        time.sleep(0.02)  # long enough for every thread to miss an unlocked cache
        return np.ones((len(list(texts)), 4), dtype=np.float32)  # type: ignore[call-overload]

    start = threading.Barrier(8)
    results: list[np.ndarray] = []

    def ask() -> None:
        start.wait()
        results.append(figurative._side_vectors(embed, "test-space", "thing_clauses"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(calls) == 1 and len(results) == 8
        assert all(result is results[0] for result in results)
    finally:
        figurative._vectors.pop(("test-space", "thing_clauses"), None)


def test_figure_margins_tell_a_figure_of_speech_from_a_harm_told_as_it_happened(embedder: LocalE5Embedder) -> None:
    from bot.signals.combine import FIGURE_MARGIN
    from bot.signals.figurative import figure_margins

    figures = ["the heat this summer is killing me lol", "min plånbok blöder efter julen"]
    harms = [
        "my daughter burned her hand on the oven door",
        "tytär poltti kätensä uunin luukkuun",
        "min dotter brände handen på ugnsluckan",
        "pappa dog i våras",
    ]
    margins = figure_margins(embedder.embed_queries, figures + harms)
    assert min(margins[: len(figures)]) > max(margins[len(figures) :])
    assert all(margin < FIGURE_MARGIN for margin in margins[len(figures) :])


def test_judge_drops_a_figure_of_speech_s_own_risk_on_a_question_only() -> None:
    from bot.signals.combine import FIGURE_MARGIN

    calm = dict.fromkeys(CLASSES, 0.01)
    scores = {**calm, "injury_or_health": 0.9, "legal_or_financial_advice": 0.5}
    wallet = Verdict(("injury_or_health",), ("legal_or_financial_advice",), scores, figure=FIGURE_MARGIN + 0.01)
    question = _comment(risk=("legal_or_financial_advice",))
    judged = judge(question, wallet)
    assert judged.risk == () and judged.uncertain == () and "figure of speech" in judged.evidence["figurative"]
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action != "escalate"
    # below the margin, not a question, a risky thread or a model's label: the flags stay
    below = Verdict(wallet.flags, wallet.uncertain, scores, figure=FIGURE_MARGIN - 0.005)
    assert judge(question, below).risk == ("legal_or_financial_advice", "injury_or_health")
    statement = _comment(risk=("legal_or_financial_advice",), is_question=False, intent="complaint")
    assert "injury_or_health" in judge(statement, wallet).risk
    assert judge(question, wallet, ("injury_or_health",)).risk == ("injury_or_health",)
    llm = _comment(risk=("legal_or_financial_advice",), method="llm")
    assert judge(llm, wallet).risk == ("legal_or_financial_advice",)


def test_judge_drops_a_figure_of_speech_s_own_risk_on_praise_too() -> None:
    """ "Se sauna oli niin hyvä et mä kuolin", "the massage nearly killed me in the best way": praise tells figures."""
    from bot.signals.combine import FIGURE_MARGIN

    scores = {**dict.fromkeys(CLASSES, 0.01), "crisis_or_tragedy": 0.8}
    died = Verdict(("crisis_or_tragedy",), (), scores, figure=FIGURE_MARGIN + 0.01)
    for language in ("fi", "sv", "en"):
        praise = _comment(risk=("crisis_or_tragedy",), is_question=False, intent="praise", language=language)
        assert judge(praise, died).risk == ()
        near = Verdict(died.flags, (), scores, figure=FIGURE_MARGIN - 0.005)
        assert judge(praise, near).risk == ("crisis_or_tragedy",)
        assert judge(praise, died, ("crisis_or_tragedy",)).risk == ("crisis_or_tragedy",)
        told = _comment(risk=("crisis_or_tragedy",), is_question=False, intent="complaint", language=language)
        assert judge(told, died).risk == ("crisis_or_tragedy",)


@pytest.mark.parametrize(
    ("figure", "threat"),
    [
        ("the groomer absolutely slayed that haircut", "I know where you live lol, see you tonight"),
        ("parturi murhasi mun tukan ihan täysin", "tiedän missä sä asut, tuun käymään"),
        ("frisören mördade min lugg totalt", "jag vet var du bor, vi ses i kväll"),
    ],
)
def test_harassment_the_detector_alone_reads_is_weighed_as_a_figure_a_threat_a_rule_reads_never(
    figure: str, threat: str
) -> None:
    from bot.signals.judgement import _figure_candidates, detector

    harassment = Verdict(("harassment",), (), {**dict.fromkeys(CLASSES, 0.01), "harassment": 0.8})
    assert _figure_candidates(detector(), harassment, figure)
    assert not _figure_candidates(detector(), harassment, threat)


def test_a_laughing_question_needs_a_smaller_figure_margin_but_still_one() -> None:
    from bot.signals.combine import FIGURE_MARGIN, FIGURE_MARGIN_LAUGHING

    calm = dict.fromkeys(CLASSES, 0.01)
    scores = {**calm, "injury_or_health": 0.9}
    between = (FIGURE_MARGIN + FIGURE_MARGIN_LAUGHING) / 2
    question = _comment()
    assert judge(question, Verdict(("injury_or_health",), (), scores, figure=between)).risk == ("injury_or_health",)
    laughing = Verdict(("injury_or_health",), (), scores, figure=between, laughing=True)
    assert judge(question, laughing).risk == ()
    near_harm = Verdict(("injury_or_health",), (), scores, figure=FIGURE_MARGIN_LAUGHING - 0.01, laughing=True)
    assert judge(question, near_harm).risk == ("injury_or_health",)


def test_text_verdicts_weigh_a_figure_only_when_the_comment_s_own_risk_is_crisis_injury_or_money(
    embedder: LocalE5Embedder,
) -> None:
    wallet, minor, plain = text_verdicts(
        embedder,
        [
            "my bank account is bleeding after the holidays lol, can I pay the invoice in two parts?",
            "I'm 14 and my wallet is bleeding lol, can I pay the invoice in two parts?",
            "how much is shipping to Oulu",
        ],
    )
    assert plain.figure is None
    assert minor.figure is None  # a minor's own words are never weighed as a figure
    assert wallet.figure is not None  # its money risk (a rule or the detector) is weighed
    assert wallet.laughing  # "lol"


def test_ordinary_margins_tell_a_question_about_the_brand_s_terms_from_money_trouble(embedder: LocalE5Embedder) -> None:
    from bot.signals.combine import ORDINARY_MARGIN
    from bot.signals.figurative import ordinary_margins

    plain = ["Can I pay the annual fee by invoice?", "Miten palautus toimii jos koko on väärä?"]
    trouble = [
        "I can't pay the invoice and it has gone to a debt collector, what can I do?",
        "Perintätoimisto vaatii maksua jota en ole velkaa, mitä teen?",
        "Kronofogden har tagit min lön, kan ni vänta med fakturan?",
        "Is it legal for you to keep my deposit?",
        "Voinko haastaa teidät oikeuteen viivästyksestä?",
        "Ska jag ta ett sms-lån för att betala fakturan?",
    ]
    margins = ordinary_margins(embedder.embed_queries, plain + trouble)
    assert min(margins[: len(plain)]) > max(margins[len(plain) :])
    assert all(margin < ORDINARY_MARGIN for margin in margins[len(plain) :])


def test_judge_drops_the_money_class_on_a_plain_question_about_the_brand_s_terms_only() -> None:
    from bot.signals.combine import ORDINARY_MARGIN

    calm = dict.fromkeys(CLASSES, 0.01)
    scores = {**calm, "legal_or_financial_advice": 0.94}
    invoice = Verdict(("legal_or_financial_advice",), (), scores, ordinary=ORDINARY_MARGIN + 0.01)
    question = _comment(risk=("legal_or_financial_advice",))
    judged = judge(question, invoice)
    assert judged.risk == () and "own terms" in judged.evidence["ordinary"]
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action != "escalate"
    # below the margin, not a question, a risky thread or a model's label: the flag stays
    below = Verdict(invoice.flags, (), scores, ordinary=ORDINARY_MARGIN - 0.005)
    assert judge(question, below).risk == ("legal_or_financial_advice",)
    statement = _comment(risk=("legal_or_financial_advice",), is_question=False, intent="complaint")
    assert judge(statement, invoice).risk == ("legal_or_financial_advice",)
    assert judge(question, invoice, ("legal_or_financial_advice",)).risk == ("legal_or_financial_advice",)
    llm = _comment(risk=("legal_or_financial_advice",), method="llm")
    assert judge(llm, invoice).risk == ("legal_or_financial_advice",)


def test_text_verdicts_weigh_terms_only_when_the_comment_s_own_risk_is_money_alone(embedder: LocalE5Embedder) -> None:
    invoice, minor, plain = text_verdicts(
        embedder,
        [
            "Can I pay the annual fee by invoice?",
            "I'm 14, can I pay the annual fee by invoice?",
            "how much is shipping to Oulu",
        ],
    )
    assert invoice.ordinary is not None
    assert minor.ordinary is None  # a minor beside the money words is never weighed as a plain terms question
    assert plain.ordinary is None


def test_an_idiom_in_the_clause_counts_nearer_a_figure_a_harm_beside_it_does_not(embedder: LocalE5Embedder) -> None:
    from bot.signals import figurative
    from bot.signals.combine import FIGURE_MARGIN
    from bot.signals.figurative import IDIOM_NEARER, figure_margins

    idioms = [
        "my landlady will strangle me if the boxes are still in the hall",
        "vuokraemäntä kuristaa mut jos laatikot on vielä eteisessä",
        "hyresvärden stryper mig om kartongerna står kvar i hallen",
    ]
    plain = figurative._margins(embedder.embed_queries, idioms, "multilingual-e5", "figure_clauses", "literal_clauses")
    assert figure_margins(embedder.embed_queries, idioms) == [round(m + IDIOM_NEARER, 4) for m in plain]
    harms = ["my son broke his arm on the stairs", "poika mursi kätensä portaissa", "min son bröt armen i trappan"]
    assert all(margin < FIGURE_MARGIN for margin in figure_margins(embedder.embed_queries, harms))


def test_an_idiom_beside_a_threat_told_as_made_or_a_risk_word_gets_no_bonus() -> None:
    from bot.signals.figurative import _idiom

    assert _idiom("my flatmate will kill me if the sofa doesn't fit")
    for told in (
        "he said he would kill me if I told anyone",
        "my husband will kill me if he finds out",
        "exä tappaa mut jos se saa tietää missä asun",
        "han hotade att han dödar mig om jag flyttar",
        "grandma has been turning in her grave since the funeral",
        "mummo kääntyy haudassaan, hautajaiset oli eilen",
    ):
        assert not _idiom(told), told
