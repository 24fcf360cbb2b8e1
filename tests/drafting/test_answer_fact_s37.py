"""The fact of what was asked (issue 25, session 37): a number to call asked and a price asked without the offer.
Sentences written for these tests (fi/sv/en)."""

from __future__ import annotations

import pytest

from bot.domain import Passage
from bot.drafting.answering import asks_phone, fit_need, offer_declined, phone_first
from bot.drafting.matching import Match

BRAND = ["Kattila", "pannut", "kattilat"]


def _m(sentence: str, pid: str = "p", kind: str = "faq", language: str = "fi", score: float = 0.9) -> Match:
    return Match(Passage(pid, sentence, kind, language, "public", f"{pid}.md"), sentence, 0, score)


@pytest.mark.parametrize(
    "question",
    [
        "mihin numeroon voin soittaa jos paketti ei tule?",
        "what number do I call about a broken lid?",
        "vilket nummer ska jag ringa om leveransen?",
        "onko teillä puhelinnumeroa?",
    ],
)
def test_asks_phone_reads_a_number_to_call_in_three_languages(question: str) -> None:
    assert asks_phone(question)


@pytest.mark.parametrize(
    "question",
    ["how much is the gold ring?", "milloin lähetätte tilauksen?", "how many pans are in the set?"],
)
def test_asks_phone_leaves_a_ring_a_sending_and_a_count_alone(question: str) -> None:
    assert not asks_phone(question)


def test_phone_first_puts_the_statement_with_a_number_before_an_email_address() -> None:
    email = _m("Isot tilaukset: pyydä tarjous osoitteesta myynti@kattila.fi.", "bulk")
    phone = _m("Asiakaspalvelu palvelee numerossa 09 555 0123 arkisin 9–16.", "support")
    kept, unmet = phone_first("mihin numeroon voi soittaa kun tilaus viipyy?", [email, phone])
    assert unmet is None and kept == [phone, email]


def test_phone_first_answers_nothing_when_no_statement_gives_a_number() -> None:
    kept, unmet = phone_first("what number can I call?", [_m("Write to help@kattila.fi.", language="en")])
    assert kept == [] and unmet is not None and "number to call" in unmet


def test_the_kind_asked_leads_nothing_dropped_where_a_place_is_named() -> None:
    shipping = _m("Frakten kostar 5,90 € per order.", "ship", language="sv")
    where = _m("Vi skickar till Finland och Norge.", "ship", language="sv")
    kept, unmet = fit_need("vad kostar frakten till Norge?", [where, shipping], BRAND)
    assert unmet is None and shipping in kept


@pytest.mark.parametrize(
    "question",
    ["vad kostar kastrullen utan erbjudandet?", "paljonko pannu maksaa ilman tarjousta?", "what's the regular price?"],
)
def test_offer_declined_reads_a_price_asked_without_the_offer(question: str) -> None:
    assert offer_declined(question)


@pytest.mark.parametrize("question", ["gäller erbjudandet alla storlekar?", "how much with the discount?"])
def test_offer_declined_leaves_a_question_about_the_offer_alone(question: str) -> None:
    assert not offer_declined(question)


def test_a_price_asked_without_the_offer_is_not_answered_by_the_campaign_alone() -> None:
    offer = _m("Julerbjudande: två kastruller för 60 €.", "xmas", kind="campaign", language="sv")
    kept, unmet = fit_need("vad kostar en kastrull utan erbjudandet?", [offer], BRAND)
    assert kept == [] and unmet is not None and "without the offer" in unmet
    regular = _m("En kastrull kostar 39 €.", "prices", language="sv")
    kept, unmet = fit_need("vad kostar en kastrull utan erbjudandet?", [offer, regular], BRAND)
    assert unmet is None and kept == [regular]
