from bot.opportunities.assess import CROSS_LANGUAGE_CAP, Best, _best_passage, cross_language_margin, language_shifts
from bot.signals.types import Signals

LEAD_TIME_EN = "We make custom tables to order. Lead time is 6–8 weeks and prices start at 900 € per table."


def best(language: str | None, shift: float) -> Best:
    return Best(0.80, language, "faq", "p", LEAD_TIME_EN, ("p",), shift)


def asking(language: str, intent: str = "question", confidence: float = 0.9) -> Signals:
    return Signals(language=language, intent=intent, emotion="neutral", is_question=True, intent_confidence=confidence)


def test_a_sure_question_gets_its_language_pull_back_on_a_passage_in_another_language() -> None:
    # "kauanko tilauspöydän tekeminen kestää?" on an English passage: e5 pulls the Finnish question to Finnish text
    assert cross_language_margin(asking("fi"), best("en", 0.012)) == 0.012
    assert cross_language_margin(asking("sv", "comparison_or_purchase"), best("fi", 0.02)) == 0.02


def test_the_margin_is_capped() -> None:
    assert cross_language_margin(asking("fi"), best("en", 0.09)) == CROSS_LANGUAGE_CAP


def test_no_margin_in_the_questions_own_language_or_for_a_language_neutral_passage() -> None:
    assert cross_language_margin(asking("en"), best("en", 0.02)) == 0.0
    assert cross_language_margin(asking("en"), best(None, 0.02)) == 0.0


def test_complaints_claims_and_barely_read_questions_keep_their_bar() -> None:
    complaint = Signals(language="fi", intent="complaint", emotion="negative", intent_confidence=0.9)
    claim = Signals(language="sv", intent="misinformation", emotion="neutral", intent_confidence=0.9)
    assert cross_language_margin(complaint, best("en", 0.02)) == 0.0
    assert cross_language_margin(claim, best("en", 0.02)) == 0.0
    assert cross_language_margin(asking("fi", confidence=0.3), best("en", 0.02)) == 0.0


def test_the_best_passage_carries_its_languages_shift() -> None:
    from tests.opportunities.test_answering import ENGLISH, SWEDISH_OTHERS, FixedRetriever

    found = _best_passage(FixedRetriever(SWEDISH_OTHERS + ENGLISH), "kan man skicka tillbaka en kappa?")
    assert found is not None and found.language == "en"
    assert abs(found.shift - language_shifts(SWEDISH_OTHERS + ENGLISH)["en"]) < 1e-9
    native = _best_passage(FixedRetriever(SWEDISH_OTHERS), "fråga?")
    assert native is not None and native.shift == 0.0
