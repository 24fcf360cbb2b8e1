"""A date or period the guidance states only in another language, said in a fixed sentence of the reply's language
(bot/drafting/dates.py, issue 25): a date in figures as written, a month by name as each language writes it, with
what the statement's own words say of it (a period an offer is valid, a last day, the dates); never a statement with
two dates, a time of day beside its date, a condition, or a day and a month no word marks as a date."""

from __future__ import annotations

import pytest

from bot.drafting.dates import asks_date, date_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("mihin asti tätä joulukalenteria myydään, ostan palkasta", True),
        ("hur länge gäller erbjudandet", True),
        ("until when is the code valid?", True),
        ("till när kan man boka?", True),
        ("paljonko joulukalenteri maksaa", False),
        ("how long does shipping take", False),
    ],
)
def test_a_question_asking_until_when_or_on_which_dates(question: str, asks: bool) -> None:
    assert asks_date(question) is asks


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        (
            "Julkalendern: 24 blandningar i provpåsar, 49 € (ord. 64 €), säljs 1.11–15.12.2026.",
            (
                "Se on voimassa 1.11–15.12.2026.",
                "Det gäller 1.11–15.12.2026.",
                "It runs 1.11–15.12.2026.",
            ),
        ),
        (
            "Gift card offer: a 150 € gift card for 130 €, sold 1–24 December 2026.",
            ("Se on voimassa 1.–24.12.2026.", "Det gäller 1–24 december 2026.", "It runs 1–24 December 2026."),
        ),
        (
            "Paddle-making weekend at the workshop, 13–14 June 2026: carve your own paddle.",
            ("Päivämäärät ovat 13.–14.6.2026.", "Datumen är 13–14 juni 2026.", "The dates are 13–14 June 2026."),
        ),
        (
            "Code ANGSO15 gives 15 % off the first delivery, valid until 31.12.2026.",
            (
                "Se on voimassa 31.12.2026 asti.",
                "Det gäller till och med 31.12.2026.",
                "It is valid until 31.12.2026.",
            ),
        ),
        (
            "Anmälan senast den 15.5.",
            ("Viimeinen päivä on 15.5.", "Sista dagen är 15.5.", "The last day is 15.5."),
        ),
    ],
)
def test_a_statements_one_date_is_said_as_each_language_writes_dates(sentence: str, lines: tuple[str, ...]) -> None:
    assert tuple(date_line(sentence, language) for language in ("fi", "sv", "en")) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Open 1.6.–31.8. and 1.12.–6.1.",  # two periods: which one was asked?
        "Kurs 3.9.2026 kl. 18.",  # a time of day beside the date would be dropped
        "Om du bokar före 1.3.2026 får du 10 % rabatt.",  # a date for a condition
        "Versio 2.5 on ulkona.",  # a decimal is no date
        "Paino 11.5.",  # a day and a month no word marks as a date
        "We ship within 2 working days.",
    ],
)
def test_two_dates_a_time_of_day_a_condition_or_no_date_is_not_bridged(sentence: str) -> None:
    assert all(date_line(sentence, language) is None for language in ("fi", "sv", "en"))


SHOP = (
    passage("calendar-sv", "fact", "sv", "Julkalendern: 24 blandningar i provpåsar, 49 €, säljs 1.11–15.12.2026."),
    passage("tea-fi", "fact", "fi", "Teemme ovat luomua."),
    passage("tea-en", "fact", "en", "Our teas are organic."),
)


def test_offline_answer_says_a_period_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    comment = "mihin asti tätä joulukalenteria myydään?"
    result = eager.draft(request(comment, "fi", plan="answer", passages=SHOP, answer_passages=("calendar-sv",)))
    assert not result.skip, result.skip_reason
    assert "Se on voimassa 1.11–15.12.2026." in result.text
    # the period is no answer to what it costs: that is the price's own bridge
    price = request(
        "paljonko joulukalenteri maksaa?", "fi", plan="answer", passages=SHOP, answer_passages=("calendar-sv",)
    )
    assert "15.12" not in eager.draft(price).text
