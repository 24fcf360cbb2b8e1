"""The reply-plan check: a draft's kind must not contradict the plan frozen with it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checks import approvable, run_checks
from bot.checks.frozen import restore, snapshot
from bot.checks.plan_fit import check_plan
from bot.domain import Passage
from tests.checks.conftest import context

CAMPAIGN = "Winter campaign: until 28 February 2027 the home survey is free and an installed heat pump is 500 € off."


def planned(plan: str | None) -> object:
    return replace(context(), reply_plan=plan, offer_texts=(CAMPAIGN,))


@pytest.mark.parametrize(
    ("plan", "text"),
    [
        (
            "acknowledge",
            "Sorry to hear that. Until 28 February 2027 the home survey is free and an installed heat pump",
        ),
        ("acknowledge", "Sorry to hear that. Our pumps cost 9,000 € installed."),
        ("acknowledge", "Sorry to hear that. Ask about our winter discount."),
        ("acknowledge", "Sorry to hear that. Write to us at https://revontuli.example/help."),
        ("correct", "A small correction: units work down to -25 °C. And 500 € off this winter!"),
        ("thank", "Thank you! Our units work down to -25 °C."),
        ("none", "Same here."),
    ],
)
def test_plan_check_blocks_a_draft_whose_kind_contradicts_its_plan(plan: str, text: str) -> None:
    result = check_plan(text, planned(plan))  # type: ignore[arg-type]

    assert not result.passed
    assert result.severity == "blocking"


@pytest.mark.parametrize(
    ("plan", "text"),
    [
        ("acknowledge", "Sorry to hear that. Customer service sorts it out on 010 555 0100 on weekdays 8–18."),
        ("correct", "A small correction: our units work down to −25 °C."),
        ("thank", "Thank you, great to hear! (I work at Revontuli.)"),
        ("answer", "An air-to-water heat pump costs 9,000–14,000 €. Until 28 February 2027 the survey is free."),
        (None, "Anything at all, 500 € off."),
    ],
)
def test_plan_check_passes_a_draft_that_fits_its_plan(plan: str | None, text: str) -> None:
    assert check_plan(text, planned(plan)).passed  # type: ignore[arg-type]


def test_plan_survives_the_frozen_snapshot_and_blocks_a_human_edit() -> None:
    frozen = snapshot(planned("acknowledge"))  # type: ignore[arg-type]
    restored = restore(frozen)

    results = run_checks("Sorry! Have you seen our winter campaign, 500 € off?", restored)

    assert restored.reply_plan == "acknowledge"
    assert not approvable(results)
    assert any(r.name == "plan" and not r.passed for r in results)


def test_an_acknowledgement_may_name_the_support_guidance_email_but_no_other_address() -> None:
    support = Passage(
        id="support-en",
        text="Customer service: email help@revontuli.example or call 010 555 0100 on weekdays 8–18.",
        kind="support",
        language="en",
        visibility="public",
        source="support.md",
    )
    ctx = replace(context(), reply_plan="acknowledge", offer_texts=(CAMPAIGN,), public_passages=(support,))

    assert check_plan("Sorry about the wait. Email help@revontuli.example, weekdays 8–18.", ctx).passed
    assert not check_plan("Sorry about the wait. Email sales@revontuli.example.", ctx).passed
    assert not check_plan("Sorry about the wait. See https://revontuli.example/help.", ctx).passed


@pytest.mark.parametrize(
    "text",
    [
        "A full wash costs 4,90 €/kg.",
        "Ask about our winter discount.",
        "Until 28 February 2027 the home survey is free and an installed heat pump is 500 € off.",
        "Pickups run daily, book at https://revontuli.example/book.",
    ],
)
def test_an_answer_to_a_question_asked_out_of_a_complaint_carries_no_price_offer_or_link(text: str) -> None:
    """Issue 25's bar holds whatever path made the draft: "last time it came back damp, what does it cost now?"."""
    complaint = replace(planned("answer"), complaint=True)  # type: ignore[type-var]

    assert not check_plan(text, complaint).passed  # type: ignore[arg-type]
    assert check_plan(text, planned("answer")).passed  # type: ignore[arg-type]
    restored = restore(snapshot(complaint))  # type: ignore[arg-type]
    assert restored.complaint
    assert not approvable(run_checks(text, restored))


def test_an_answer_to_a_complaint_may_state_a_fact_without_a_price() -> None:
    complaint = replace(planned("answer"), complaint=True)  # type: ignore[type-var]

    assert check_plan("Dry cleaning takes 3 working days.", complaint).passed  # type: ignore[arg-type]


def test_an_acknowledgement_may_not_name_the_support_web_page_even_with_a_case_ending() -> None:
    """Issue 25's bar: no link in a reply to a complaint, the support passage's own chat page included; its
    e-mail address and phone number are the route."""
    support = Passage(
        id="support-fi",
        text="Asiakaspalvelu: chat ajokaista.fi-sivulla ma–pe 9–18, puh. 09 4270 880 tai toimisto@ajokaista.fi.",
        kind="support",
        language="fi",
        visibility="public",
        source="support.md",
    )
    ack = replace(planned("acknowledge"), public_passages=(support,))  # type: ignore[type-var]

    chat = "Ikävä kuulla. Saat meihin yhteyden chatissa ajokaista.fi-sivulla."
    mail = "Ikävä kuulla. Saat meihin yhteyden osoitteesta toimisto@ajokaista.fi."

    assert not check_plan(chat, ack).passed  # type: ignore[arg-type]
    assert check_plan(mail, ack).passed  # type: ignore[arg-type]


def _fact(text: str, language: str, kind: str = "fact") -> Passage:
    return Passage(id=f"{kind}-{language}", text=text, kind=kind, language=language, visibility="public", source="x.md")


@pytest.mark.parametrize(
    ("language", "passage", "text"),
    [
        (
            "en",
            "The Coptic weekend course costs 190 € including materials and lunch on both days.",
            "A small correction: the weekend course costs 190 € including materials and lunch.",
        ),
        (
            "fi",
            "Aikuisen lippu maksaa 36 € ja lapsen 26 €.",
            "Pieni tarkennus: aikuisen lippu maksaa 36 €.",
        ),
        (
            "sv",
            "Ett batteribyte kostar 15 € och görs medan du väntar.",
            "En liten rättelse: ett batteribyte kostar 15 €.",
        ),
        ("sv", "Synundersökningen kostar 395 kr.", "En liten rättelse: synundersökningen kostar 395 kr."),
    ],
)
def test_a_correction_may_state_the_price_its_cited_passage_states(language: str, passage: str, text: str) -> None:
    ctx = replace(planned("correct"), cited_passages=(_fact(passage, language),))  # type: ignore[type-var]

    assert check_plan(text, ctx).passed  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cited", "text"),
    [
        # A price no cited passage states: a pitch, not the fact corrected.
        ("The weekend course costs 190 € including materials.", "Small correction: it is 190 €, and kits are 39 €."),
        # The campaign's price is an offer, whoever cites it.
        (CAMPAIGN, "Small correction: the heat pump is 500 € off this winter."),
        # Offer words block a correction whatever price it states.
        ("The weekend course costs 190 €.", "Small correction: 190 €, with a 10 % discount code this week."),
    ],
)
def test_a_correction_still_carries_no_other_price_nor_an_offer(cited: str, text: str) -> None:
    kind = "campaign" if cited == CAMPAIGN else "fact"
    ctx = replace(planned("correct"), cited_passages=(_fact(cited, "en", kind),))  # type: ignore[type-var]

    assert not check_plan(text, ctx).passed  # type: ignore[arg-type]


def test_a_price_in_a_reply_to_a_complaint_blocks_even_a_correction_or_an_acknowledgement() -> None:
    cited = (_fact("Aikuisen lippu maksaa 36 €.", "fi"),)
    for plan in ("acknowledge", "thank"):
        ctx = replace(planned(plan), cited_passages=cited)  # type: ignore[type-var]
        assert not check_plan("Pahoittelut! Aikuisen lippu maksaa 36 €.", ctx).passed  # type: ignore[arg-type]
    ctx = replace(planned("correct"), cited_passages=cited, complaint=True)  # type: ignore[type-var]
    assert not check_plan("Pieni tarkennus: aikuisen lippu maksaa 36 €.", ctx).passed  # type: ignore[arg-type]
