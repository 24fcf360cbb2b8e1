"""Claims the guidance contradicts beyond figures (bot/opportunities/claims.py) and the plans made of them."""

from __future__ import annotations

from typing import Any

import pytest

from bot.opportunities.claims import opposite, polarity, shares_stem
from bot.opportunities.plan import GuidanceFit, ThreadContext, plan_reply, settles
from bot.opportunities.scoring import ScoreInput, score_opportunity
from bot.signals.types import Signals

OPPOSED = GuidanceFit(answers=True, support=True, opposes="polarity", opposing_passage="g04")


def sig(intent: str, language: str = "en", **changes: Any) -> Signals:
    values: dict[str, Any] = {"language": language, "intent": intent, "emotion": "neutral", "intent_confidence": 0.6}
    values.update(changes)
    return Signals(**values)


def plan(signals: Signals, text: str, fit: GuidanceFit = OPPOSED, thread: ThreadContext | None = None) -> Any:
    return plan_reply(signals, text, objective="trust", thread=thread or ThreadContext(), guidance=fit)


@pytest.mark.parametrize(
    ("claim", "sentence", "how"),
    [
        ("Ni ersätter inte stölder alls", "Försäkringen ersätter stölder när cykeln var låst.", "polarity"),
        ("kivet kestää ikuisesti, ei niitä tarvii vaihtaa", "Vaihda rapautuneet kivet uusiin.", "polarity"),
        ("and then Solvik buys the surplus, neat", "Solvik does not buy electricity.", "polarity"),
        ("kivaa et kaikkiin kupliin saa ottaa koiran", "Koirat ovat tervetulleita vain Kallion Kuplaan.", "wider"),
        ("alla gym är öppna dygnet runt", "Endast Kampen är öppet dygnet runt.", "wider"),
        ("korivo toimittaa vaan arkisin", "Toimitamme joka päivä, myös sunnuntaisin.", "narrower"),
        ("the warranty is 2 years", "The warranty is 2 years.", None),
        ("ei oo offline-tilaa", "Offline-tilaa ei ole Basic-tilauksessa.", None),
    ],
)
def test_opposite_reads_polarity_and_sets_in_three_languages(claim: str, sentence: str, how: str | None) -> None:
    assert opposite(claim, sentence) == how


def test_polarity_takes_tag_questions_and_double_negatives_as_one_claim() -> None:
    assert not polarity("Sanasto on ruotsalainen firma eiks").negated  # "isn't it": asks agreement, negates nothing
    assert polarity("Lokki är inte anpassad för rullstol, det finns inga hissar").negated
    assert not polarity("ei X vaan Y").only  # "vaan" after a negation is "but"
    assert polarity("akku kestää vaan 20 km").only


def test_shares_stem_needs_a_word_in_common() -> None:
    assert shares_stem("Mä kuivaan aina pyyhkeet kiukaan päällä", "Älä kuivata pyykkiä kiukaan päällä.")
    assert not shares_stem("Arki! aldrig krånglat", "Meddela oss i appen senast 7 dagar innan.")


def test_claim_the_guidance_says_otherwise_is_corrected_citing_its_passage() -> None:
    result = plan(sig("question", "fi"), "kivet kestää ikuisesti, ei niitä tarvii vaihtaa")

    assert result.kind == "correct"
    assert result.passages == ("g04",)
    assert not result.offer


@pytest.mark.parametrize(
    ("signals", "text", "thread"),
    [
        (sig("question", is_question=True), "Do you cover theft at all?", None),  # answered
        (sig("complaint", emotion="negative", intent_confidence=0.8), "You never refund anything", None),
        (sig("misinformation"), "the warranty doesn't cover drops lol", None),  # a joke
        (sig("misinformation", "sv"), "Blåvik tar inte hundar", ThreadContext(names_competitor=True)),
        (sig("misinformation"), "no they don't cover theft", ThreadContext(reply_to_other=True)),
        (sig("misinformation"), "I ordered twice and you never refunded", None),  # the person's own dealings
        (sig("misinformation"), "they don't cover theft", ThreadContext(answered_in_thread=True)),
    ],
)
def test_no_correction_for_questions_complaints_jokes_competitors_replies_or_own_dealings(
    signals: Signals, text: str, thread: ThreadContext | None
) -> None:
    assert plan(signals, text, thread=thread).kind != "correct"


def test_praise_is_never_thanked_when_it_states_what_the_guidance_limits() -> None:
    wider = GuidanceFit(answers=True, support=True, opposes="wider", opposing_passage="g05")
    result = plan(sig("praise", "fi", emotion="positive", intent_confidence=0.8), "kivaa et kaikkiin saa koiran", wider)

    assert result.kind == "none"


def test_praise_opposed_only_by_a_negation_is_still_thanked() -> None:
    result = plan(
        sig("praise", "sv", emotion="positive", intent_confidence=0.9),
        "Tack! Vi slutade torka handdukar på aggregatet efter videon",
        thread=ThreadContext(brand_post=True),
    )

    assert result.kind == "thank"


def test_complaint_the_persons_own_later_comment_settled_gets_no_acknowledgement() -> None:
    complaint = sig("complaint", emotion="negative", intent_confidence=0.8)
    text = "Wifi at Kallio was down all day and nobody answered the chat"
    fit = GuidanceFit(answers=False, support=True)

    assert plan(complaint, text, fit).kind == "acknowledge"
    assert plan(complaint, text, fit, ThreadContext(resolved_later=True)).kind == "none"


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("update: they replied today and credited me a free week. fair enough", True),
        ("päivitys: vika korjattiin tänään", True),
        ("uppdatering: fick pengarna tillbaka idag", True),
        ("update: still not fixed", False),
        ("ei vieläkään korjattu", False),
        ("did they ever refund you?", False),
    ],
)
def test_settles_reads_a_later_put_right_in_three_languages(text: str, settled: bool) -> None:
    assert settles(text) is settled


def test_a_swedish_question_put_verb_first_is_answered_not_corrected() -> None:
    result = plan(sig("feedback_or_idea", "sv"), "säljer ni filter till äldre Phonak-apparater")

    assert result.kind != "correct"


def test_a_correction_is_drafted_on_its_own_sentence_whatever_intent_the_classifier_read() -> None:
    claim = sig("question", "fi", intent_confidence=0.75)
    base = {"signals": claim, "objective": "trust", "relevance": 0.9, "age_hours": 1.0, "answer_similarity": 0.80}

    corrected = score_opportunity(ScoreInput(**base, plan="correct", plan_reason="says otherwise"))
    answered = score_opportunity(ScoreInput(**base, plan="answer", plan_reason="question"))

    assert corrected.action == "draft"
    assert answered.action != "draft"  # an answer still needs its passage at the answer threshold


def test_the_swedish_article_and_spoken_finnish_that_negate_nothing() -> None:
    assert not polarity("Revontulet finns i en svensk utgåva, Norrsken, med svenska kort.").negated
    assert not polarity("kivaa et kaikkiin kupliin saa ottaa koiran").negated


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "installerar ni i Västerås, vi är sugna"),
        ("en", "love it!! do you ship to Umeå?"),
        ("fi", "ihana! saako näitä myös Oulusta"),
    ],
)
def test_a_question_the_classifier_reads_as_praise_is_never_thanked(language: str, text: str) -> None:
    praise = sig("praise", language, emotion="positive", intent_confidence=0.8)

    assert plan(praise, text, thread=ThreadContext(brand_post=True)).kind != "thank"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "man ska alltid fota bilen i appen innan man kör, annars kan de fakturera en"),
        ("fi", "lukitkaa aina runkolukolla johonki kiinteeseen, muuten ei korvata"),
        ("en", "always photograph the car before you drive, otherwise they bill you"),
    ],
)
def test_advice_with_its_consequence_is_a_tip_never_corrected(language: str, text: str) -> None:
    assert plan(sig("misinformation", language), text).kind != "correct"
