"""Judgement: the semantic detector, the grey band, thread context, off-topic asking, bad input."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import bot.signals.judgement as judgement_module
from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.combine import OPT_OUT_DOUBT, judge, refine_intent, sibling_flags, sibling_risk, thread_flags
from bot.signals.judgement import (
    CLASSES,
    SemanticDetector,
    Verdict,
    detector,
    detector_text,
    detector_vectors,
    head_parts,
    head_verdicts,
    parts,
    text_verdicts,
)
from bot.signals.screening import skip_reason, skipped_signals
from bot.signals.types import INTENTS
from knowledge.embeddings import LocalE5Embedder
from tests.signals.helpers import question


@pytest.fixture(scope="module")
def embedder() -> LocalE5Embedder:
    return LocalE5Embedder()


def test_committed_detector_is_small_and_covers_every_risk_flag_and_opt_out() -> None:
    model = detector()
    assert model.classes == CLASSES
    assert model.weights.shape == (len(CLASSES), 384)
    assert np.all(model.grey_at < model.flag_at)
    assert np.all((model.grey_at > 0) & (model.flag_at < 1))
    path = Path(__file__).parents[2] / "bot" / "signals" / "data" / "judgement_model.npz"
    assert path.stat().st_size < 40_000


def test_detector_probabilities_follow_the_logistic_model() -> None:
    model = SemanticDetector(
        classes=("a", "b"),
        weights=np.array([[4.0, 0.0], [0.0, 4.0]], dtype=np.float32),
        bias=np.array([-2.0, -2.0], dtype=np.float32),
        flag_at=np.array([0.8, 0.8], dtype=np.float32),
        grey_at=np.array([0.4, 0.4], dtype=np.float32),
        embedder_name="test",
        intent_weights=np.zeros((len(INTENTS), 2), dtype=np.float32),
        intent_bias=np.zeros(len(INTENTS), dtype=np.float32),
    )
    flagged, grey, clear = model.verdicts(np.array([[1.0, 0.0], [0.5, 0.0], [0.0, 0.0]], dtype=np.float32))
    assert flagged.flags == ("a",) and flagged.uncertain == ()
    assert grey.flags == () and grey.uncertain == ("a",)
    assert clear.flags == () and clear.uncertain == ()
    assert flagged.scores["a"] == pytest.approx(1 / (1 + np.exp(-2.0)), abs=1e-4)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Our cottage burned to the ground in the night and the dog did not make it out", "crisis_or_tragedy"),
        ("Veljeni jäi auton alle eilen ja kuoli, en saa unta", "crisis_or_tragedy"),
        ("Knivskuren i armen när jag öppnade förpackningen, blödde som tusan", "injury_or_health"),
        ("I'm twelve and my mum doesn't know I'm on this site", "minors"),
        ("Should I remortgage the flat to clear my credit card debts first", "legal_or_financial_advice"),
        ("Stop answering my posts, I never asked a company for anything", "opt_out"),
        ("Sluta kommentera under mina inlägg, jag vill inte prata med företag", "opt_out"),
    ],
)
def test_detector_sends_risky_situations_in_new_words_to_a_person(
    embedder: LocalE5Embedder, text: str, flag: str
) -> None:
    (verdict,) = detector().verdicts(detector_vectors(embedder, [text]))
    assert flag in verdict.flags + verdict.uncertain, verdict.scores


@pytest.mark.parametrize(
    "text",
    [
        "How long does shipping take to Oulu",
        "Hur ofta ska filtret bytas",
        "Mikä on takuu kompressorille",
    ],
)
def test_detector_leaves_plain_product_questions_alone(embedder: LocalE5Embedder, text: str) -> None:
    (verdict,) = detector().verdicts(detector_vectors(embedder, [text]))
    assert not verdict.flags and not verdict.uncertain, verdict.scores


def test_judge_only_adds_flags_and_the_grey_band_escalates_never_drafts() -> None:
    sig = question(risk=("minors",), opt_out=False)
    verdict = Verdict(flags=("politics",), uncertain=("opt_out", "minors"), scores=dict.fromkeys(CLASSES, 0.5))
    judged = judge(sig, verdict)
    assert judged.risk == ("minors", "politics")
    assert judged.uncertain == ("opt_out",)  # minors is already a flag
    grey_only = judge(question(), Verdict((), ("injury_or_health",), dict.fromkeys(CLASSES, 0.5)))
    score = score_opportunity(ScoreInput(signals=grey_only, answer_similarity=0.99, relevance=0.99))
    assert score.action == "escalate"
    assert "uncertain" in score.reason and "injury or health" in score.reason


def test_a_model_that_misses_an_opt_out_is_overruled_by_the_detector() -> None:
    careless = question(method="llm", opt_out=False)
    judged = judge(careless, Verdict(("opt_out",), (), dict.fromkeys(CLASSES, 0.9)))
    assert judged.opt_out
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action == "ignore"


def test_a_thread_about_a_death_or_a_brand_ban_flags_its_comments(embedder: LocalE5Embedder) -> None:
    titles = [
        "Muistotilaisuus: kaverimme menehtyi vaelluksella viime viikolla",
        "How do I descale my kettle",
        "Företag och varumärken är inte välkomna att svara i den här tråden",
    ]
    sad, plain, banned = detector().verdicts(detector_vectors(embedder, titles))
    assert "crisis_or_tragedy" in thread_flags(titles[0], sad, "fi")
    assert thread_flags(titles[1], plain, "en") == ()
    assert "community_rule" in thread_flags(titles[2], banned, "sv")
    assert thread_flags("Rule 3: no self-promotion, mods will remove", None, "en") == ("community_rule",)
    judged = judge(question(), Verdict((), (), {}), thread_flags(titles[0], sad, "fi"))
    assert "crisis_or_tragedy" in judged.risk


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Lahden kotikokit (yritykset eivät saa vastata täällä): paras pannu induktiolle – kokemuksia?", "fi"),
        ("Hiking Finland (companies are not allowed to reply here): which boots for Lapland in May?", "en"),
        ("Cyklister i Umeå (företag får inte svara i tråden): vilken cykelhjälm köper ni?", "sv"),
    ],
)
def test_a_ban_on_brands_in_a_titles_bracket_flags_its_comments(
    embedder: LocalE5Embedder, title: str, language: str
) -> None:
    """The question beside the bracket dilutes the ban in the whole title's vector: its clauses are judged too."""
    (verdict,) = head_verdicts(embedder, [title])
    assert "community_rule" in thread_flags(title, verdict, language)
    assert len(head_parts(title)) >= 2


@pytest.mark.parametrize(
    "title",
    [
        "Laxfiske i Kemi älv – nya regler från ministeriet",
        "Kodinkoneet – uudet säännöt tulevat voimaan – mitä muuttuu?",
    ],
)
def test_a_titles_clause_about_other_rules_is_no_ban_on_brands(embedder: LocalE5Embedder, title: str) -> None:
    (verdict,) = head_verdicts(embedder, [title])
    assert "community_rule" not in (*verdict.flags, *verdict.uncertain)


def test_a_risk_a_third_of_a_threads_comments_raise_is_the_threads() -> None:
    political = [("politics",)] * 4 + [()] * 8  # the title was missed, four of twelve comments talk politics
    assert sibling_flags(political) == ("politics",)
    scattered = [("injury_or_health",)] * 4 + [()] * 9  # four injury stories among thirteen: under a third
    assert sibling_flags(scattered) == ()
    assert sibling_flags([("politics",)] * 3) == ()  # three comments are too few to speak for a thread
    judged = judge(question(), Verdict((), (), {}), sibling_flags(political))
    assert judged.risk == ("politics",) and judged.evidence["thread"] == "politics"
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99, relevance=0.99)).action == "escalate"


def test_a_comments_grey_band_counts_towards_its_threads_risk() -> None:
    scores = dict.fromkeys(CLASSES, 0.05)
    unsure = judge(question(), Verdict((), ("injury_or_health", "opt_out"), {**scores, "injury_or_health": 0.6}))
    assert unsure.risk == () and sibling_risk(unsure) == ("injury_or_health",)  # an opt-out is no thread's risk
    sure = judge(question(), Verdict(("politics",), (), {**scores, "politics": 0.9}))
    assert sibling_risk(sure) == ("politics",)
    assert sibling_risk(judge(question(), Verdict((), (), scores))) == ()
    # five of twelve comments near injury, none sure of it: the thread is about it, every comment goes to a person
    thread = sibling_flags([sibling_risk(unsure)] * 5 + [()] * 7)
    assert thread == ("injury_or_health",)
    plain = judge(question(), Verdict((), (), scores), thread)
    assert score_opportunity(ScoreInput(signals=plain, answer_similarity=0.99, relevance=0.99)).action == "escalate"


def test_an_injury_told_in_a_clause_of_a_product_question_goes_to_a_person(
    embedder: LocalE5Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = "I broke my ankle on a trail in August. Does the Tunturi 2 tent come with a footprint?"
    plain = "We camped by the lake in August. Does the tent come with a footprint?"
    figure = "This price is killing me. Is there a student discount?"
    verdicts = text_verdicts(embedder, [told, plain, figure])
    assert "injury_or_health" in verdicts[0].uncertain and "injury_or_health" not in verdicts[0].flags
    assert all("injury_or_health" not in (*v.flags, *v.uncertain) for v in verdicts[1:])
    # the clause did it: the whole comment's vector is under the grey band
    monkeypatch.setattr(judgement_module, "SURE_PART_CLASSES", ())
    assert "injury_or_health" not in text_verdicts(embedder, [told])[0].uncertain
    assert judgement_module.sure_parts("I broke my ankle in August, does the tent come with a footprint?") == [
        "I broke my ankle in August,",
        "does the tent come with a footprint?",
    ]
    monkeypatch.setattr(judgement_module, "SURE_COMMAS", False)
    assert judgement_module.sure_parts("I broke my ankle in August, does the tent come with a footprint?") == []


def test_a_doubted_opt_out_below_the_grey_band_is_never_drafted_but_digested() -> None:
    scores = dict.fromkeys(CLASSES, 0.05)
    doubted = judge(question(), Verdict((), (), {**scores, "opt_out": OPT_OUT_DOUBT + 0.05}))
    assert doubted.opt_out_doubt and not doubted.opt_out and not doubted.uncertain
    score = score_opportunity(ScoreInput(signals=doubted, answer_similarity=0.99, relevance=0.99))
    assert score.action == "digest" and "may have asked not to be contacted" in score.reason
    plain = judge(question(), Verdict((), (), {**scores, "opt_out": OPT_OUT_DOUBT - 0.05}))
    assert not plain.opt_out_doubt
    assert score_opportunity(ScoreInput(signals=plain, answer_similarity=0.99, relevance=0.99)).action == "draft"


def test_a_risk_the_detector_comes_near_is_never_drafted_but_digested() -> None:
    scores = dict.fromkeys(CLASSES, 0.05)
    doubted = judge(question(), Verdict((), (), scores, doubts=("injury_or_health",)))
    assert doubted.risk_doubt == ("injury_or_health",) and not doubted.risk and not doubted.uncertain
    score = score_opportunity(ScoreInput(signals=doubted, answer_similarity=0.99, relevance=0.99))
    assert score.action == "digest" and "may be about injury or health" in score.reason
    # a class already flagged or in the grey band is that, not a doubt
    grey = judge(question(), Verdict((), ("injury_or_health",), scores, doubts=("injury_or_health",)))
    assert grey.uncertain == ("injury_or_health",) and not grey.risk_doubt


def test_doubts_are_the_doubt_classes_near_their_grey_band_on_the_whole_text_or_a_clause() -> None:
    model = detector()
    column = model.classes.index("injury_or_health")
    nearest = np.zeros(len(model.classes), dtype=np.float32)
    nearest[column] = judgement_module.DOUBT_SHARE * model.grey_at[column] + 0.001
    found = judgement_module._doubts(model, nearest, Verdict((), (), {}))
    assert found == (("injury_or_health",) if "injury_or_health" in judgement_module.DOUBT_CLASSES else ())
    assert judgement_module._doubts(model, nearest, Verdict((), ("injury_or_health",), {})) == ()
    nearest[column] = judgement_module.DOUBT_SHARE * model.grey_at[column] - 0.001
    assert judgement_module._doubts(model, nearest, Verdict((), (), {})) == ()


def test_off_topic_asking_is_not_a_brand_question() -> None:
    ask = question()
    far = refine_intent(ask, "when does the bakery open", relevance=0.76, answer_similarity=0.79)
    assert far.intent == "off_topic"
    near = refine_intent(ask, "how loud is it", relevance=0.76, answer_similarity=0.9)
    assert near.intent == "question"
    named = refine_intent(
        ask, "does Kuura ship on Sundays", relevance=0.7, answer_similarity=0.7, brand_terms=["Kuura"]
    )
    assert named.intent == "question"
    assert refine_intent(ask, "x", relevance=None, answer_similarity=None).intent == "question"


def test_a_question_the_intent_model_reads_as_about_the_product_stays_a_question() -> None:
    far = {"relevance": 0.76, "answer_similarity": 0.79}
    sure = question(off_topic_score=0.03)  # "does the barista one foam": no brand term, far from the guidance
    assert refine_intent(sure, "does the barista one foam", **far).intent == "question"
    doubtful = question(off_topic_score=0.4)
    assert refine_intent(doubtful, "who won the debate yesterday", **far).intent == "off_topic"


def test_offline_signals_carry_the_intent_models_off_topic_probability(embedder: LocalE5Embedder) -> None:
    from bot.signals.offline import OfflineClassifier

    (sig,) = OfflineClassifier(embedder).classify(["how long does the battery last in the cold"])
    assert sig.off_topic_score is not None and 0.0 <= sig.off_topic_score <= 1.0


def test_a_figurative_rule_hit_on_a_question_is_weighed_with_the_detector() -> None:
    calm = dict.fromkeys(CLASSES, 0.01)
    idiom = question(risk=("crisis_or_tragedy",))  # "the app died on me at 3am, is there maintenance"
    judged = judge(idiom, Verdict((), (), calm))
    assert judged.risk == () and "crisis_or_tragedy" in judged.evidence["figurative"]
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action != "escalate"
    # the detector seeing the situation, any doubt, a risky thread, a statement or a model's label keep the flag
    assert judge(idiom, Verdict((), (), {**calm, "crisis_or_tragedy": 0.2})).risk == ("crisis_or_tragedy",)
    assert "crisis_or_tragedy" in judge(idiom, Verdict((), ("injury_or_health",), calm)).risk
    assert "crisis_or_tragedy" in judge(idiom, Verdict((), (), calm), ("crisis_or_tragedy",)).risk
    statement = question(risk=("crisis_or_tragedy",), is_question=False, intent="complaint")
    assert judge(statement, Verdict((), (), calm)).risk == ("crisis_or_tragedy",)
    assert judge(question(risk=("crisis_or_tragedy",), method="llm"), Verdict((), (), calm)).risk
    # classes whose rules are not idioms are never dropped
    for flag in ("minors", "harassment", "community_rule", "competitor_thread"):
        assert judge(question(risk=(flag,)), Verdict((), (), calm)).risk == (flag,)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("\ufffd\ufffd\ufffdPNG\ufffd\ufffd IHDR\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd", "binary"),
        ("iVBORw0KGgoAAAANSUhEUgAA" * 8, "binary"),
        ("Buy chеap vіagra at our shop", "homoglyph"),  # Cyrillic е and і inside Latin words
    ],
)
def test_bad_input_gets_a_clear_skip_reason(text: str, reason: str) -> None:
    found = skip_reason(text)
    assert found is not None and reason in found
    sig = skipped_signals(found)
    score = score_opportunity(ScoreInput(signals=sig, answer_similarity=0.99, relevance=0.99))
    assert score.action == "ignore"
    assert score.reason.startswith("Skipped:") and reason in score.reason


@pytest.mark.parametrize(
    "text",
    ["Hyvää joulua 🎄🎄", "Привет всем, как дела", "Säljer ni till Åland?", "10/10 👍👍👍👍👍👍👍👍👍👍👍", "ok"],
)
def test_ordinary_text_is_not_skipped(text: str) -> None:
    assert skip_reason(text) is None


def test_a_truncated_comment_is_assessed_and_marked() -> None:
    score = score_opportunity(ScoreInput(signals=question(), answer_similarity=0.95, relevance=0.95, truncated=True))
    assert score.parts["truncated"] is True
    assert "truncated" in score.reason


def test_intent_layer_is_a_softmax_over_every_intent() -> None:
    weights = np.zeros((len(INTENTS), 2), dtype=np.float32)
    weights[INTENTS.index("praise"), 0] = 6.0
    model = SemanticDetector(
        classes=("a",),
        weights=np.zeros((1, 2), dtype=np.float32),
        bias=np.zeros(1, dtype=np.float32),
        flag_at=np.array([0.8], dtype=np.float32),
        grey_at=np.array([0.4], dtype=np.float32),
        embedder_name="test",
        intent_weights=weights,
        intent_bias=np.zeros(len(INTENTS), dtype=np.float32),
    )
    praise, flat = model.intent_probabilities(np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32))
    assert praise.sum() == pytest.approx(1.0) and flat.sum() == pytest.approx(1.0)
    assert INTENTS[int(np.argmax(praise))] == "praise" and praise.max() > 0.9
    assert flat == pytest.approx(np.full(len(INTENTS), 1 / len(INTENTS)))


def test_committed_intent_model_covers_every_intent() -> None:
    model = detector()
    assert model.intent_weights.shape == (len(INTENTS), model.dim)
    assert np.all(np.abs(model.intent_weights).sum(axis=1) > 0)


def test_a_comment_is_split_into_clauses_only_when_it_says_two_things() -> None:
    assert parts("does it ship to Denmark") == []
    assert parts("no company replies here please. does it ship to Denmark") == [
        "no company replies here please.",
        "does it ship to Denmark",
    ]
    assert parts("ok. fine. what does the big one cost (asking for my sister)") == [
        "what does the big one cost",
        "asking for my sister",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "keep your company accounts out of my replies, I'm asking people. does the big model fit a small kitchen",
        "en kaipaa yhtään firman vastausta tähän, kysyn muilta. mahtuuko iso malli pieneen keittiöön",
    ],
)
def test_an_opt_out_next_to_a_product_question_is_still_an_opt_out(embedder: LocalE5Embedder, text: str) -> None:
    (verdict,) = text_verdicts(embedder, [text])
    assert "opt_out" in verdict.flags + verdict.uncertain, verdict.scores
    (plain,) = text_verdicts(embedder, [text.split(". ")[-1]])
    assert "opt_out" not in plain.flags + plain.uncertain, plain.scores


def test_reference_noise_is_not_judged_but_ages_and_amounts_are_kept() -> None:
    assert detector_text("Paljonko maksaa asennettuna? (sc000001 #3)") == "Paljonko maksaa asennettuna?"
    assert detector_text("Vad kostar den? (ärende ab-55102)") == "Vad kostar den? (ärende)"
    assert detector_text("Vad kostar den? (tråd 12, inlägg 3)") == "Vad kostar den?"
    assert detector_text("does it fit (thread 4; post 7) thanks") == "does it fit thanks"
    assert detector_text("my son (age 13) wants one") == "my son (age 13) wants one"  # one numbered word is content
    for kept in ("im 13 and my parents say no", "13-vuotias poika", "velkaa 5000 € ja 18v", "born in 2019"):
        assert detector_text(kept) == kept


@pytest.mark.parametrize(
    "question",
    [
        "Paljonko ilmalämpöpumppu maksaa asennettuna omakotitaloon?",
        "Vad kostar en bergvärmepump ungefär med installation?",
        "Is an air source heat pump worth it in a Finnish winter?",
    ],
)
@pytest.mark.parametrize("suffix", [" (sc000001 #3)", " (kysyn ketjussa sc000042, viesti 7)", " (tråd 12, inlägg 3)"])
def test_a_meaningless_suffix_moves_no_question_into_a_band(
    embedder: LocalE5Embedder, question: str, suffix: str
) -> None:
    """A benchmark fixture's plain questions with a reference behind them were escalated (financial advice,
    opt-out): the suffix says nothing about either."""
    plain, noisy = text_verdicts(embedder, [question, question + suffix])
    assert not plain.flags and not plain.uncertain, plain.scores
    assert not noisy.flags and not noisy.uncertain, noisy.scores


def test_a_thread_title_in_the_grey_band_sends_its_comments_to_a_person() -> None:
    grey_title = Verdict((), ("crisis_or_tragedy", "opt_out"), dict.fromkeys(CLASSES, 0.5))
    flags = thread_flags("Our neighbour's farm yesterday", grey_title, "en")
    assert flags == ("crisis_or_tragedy",)  # opt-out is the comment's own, never the thread's
    judged = judge(question(), Verdict((), (), {}), flags)
    assert score_opportunity(ScoreInput(signals=judged, answer_similarity=0.99)).action == "escalate"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("anyone know where to get dry birch logs around here", "en"),
        ("Tietääkö joku hyvän putkimiehen Nokialta?", "fi"),
        ("Någon som vet var man köper billiga däck i Umeå?", "sv"),
    ],
)
def test_a_question_to_the_thread_s_other_people_away_from_the_topics_is_off_topic(text: str, language: str) -> None:
    """Words that ask the crowd are one signal, distance from the watch's topics the other: near the guidance (the
    answer test alone would keep it) it is still not the brand's to answer; naming the brand, or on topic, it is."""
    ask = question(language=language)
    near_guidance = refine_intent(ask, text, relevance=0.80, answer_similarity=0.86)
    assert near_guidance.intent == "off_topic"
    on_topic = refine_intent(ask, text, relevance=0.90, answer_similarity=0.86)
    assert on_topic.intent == "question"
    named = refine_intent(ask, text + " Kuura?", relevance=0.80, answer_similarity=0.86, brand_terms=["Kuura"])
    assert named.intent == "question"


def test_a_question_naming_the_brand_is_not_off_topic_whatever_the_intent_model_says() -> None:
    read_off = question(intent="off_topic")
    text = "Does Kuura have staff who speak Swedish?"
    named = refine_intent(read_off, text, relevance=0.7, answer_similarity=0.7, brand_terms=["Kuura"])
    assert named.intent == "question"
    unnamed = refine_intent(read_off, "Does anyone speak Swedish?", relevance=0.7, answer_similarity=0.7)
    assert unnamed.intent == "off_topic"
    statement = question(intent="off_topic", is_question=False)
    assert refine_intent(statement, "Kuura, nice weather", relevance=0.7, answer_similarity=0.7).intent == "off_topic"


def test_a_question_to_the_others_about_a_competitor_stays_a_question() -> None:
    ask = question(language="fi")
    text = "Tietääkö kukaan paljonko Lumivaaran kausikortti nykyään maksaa?"
    refined = refine_intent(ask, text, relevance=0.80, answer_similarity=0.86, competitors=["Lumivaara"])
    assert refined.intent == "question"
    assert refine_intent(ask, text, relevance=0.80, answer_similarity=0.86).intent == "off_topic"


def test_a_speaker_stating_their_adult_age_drops_the_detectors_minors_reading() -> None:
    from bot.signals.judgement import _adult

    minors = Verdict(("minors",), ("legal_or_financial_advice",), {"minors": 0.9})
    for text in (
        "im 24 is there an age limit to rent a van?",
        "Oon 19 ja mietin saako yksin vuokrata",
        "Jag är 21 år, får jag hyra?",
    ):
        assert _adult(minors, text).flags == () and _adult(minors, text).uncertain == ("legal_or_financial_advice",)
    # a child's own age, a minors rule, or no adult age keeps it
    for text in ("im 15 is there an age limit?", "I'm 20 weeks pregnant, is it safe?", "how old must you be to rent?"):
        assert _adult(minors, text).flags == ("minors",)
    assert _adult(Verdict((), ("minors",), {}), "I'm 30 and my son is 9, can he come?").uncertain == ("minors",)


def test_another_adults_stated_age_drops_the_detectors_minors_reading() -> None:
    from bot.signals.judgement import _adult

    minors = Verdict(("minors",), (), {"minors": 0.7})
    for text in (
        "Appi haluaa mukaan, hän on 81. Onko teillä yläikärajaa?",
        "Min morfar är 85 och vill prova, finns det någon övre åldersgräns?",
        "My gran's 84 and keen to try it, is there an upper age limit?",
        "Sopiiko kurssi 60-vuotiaalle aloittelijalle?",
        "Is the beginner class fine for a 45-year-old?",
        "Hon är 70 men pigg, får hon följa med?",
    ):
        assert _adult(minors, text).flags == (), text
    # a child's age beside it, a minors rule, a child's age alone, or a figure that is no age keeps the reading
    for text in (
        "Mummo on 80 ja tuo mukanaan 9-vuotiaan lapsenlapsen, käykö?",
        "She's 15, can she come alone?",
        "My 12-year-old wants to try, is there an age limit?",
        "Vaimo on 20 viikolla raskaana, saako hän tulla?",
        "They're 20 people in our group, is there a group price?",
    ):
        assert _adult(minors, text).flags == ("minors",), text
