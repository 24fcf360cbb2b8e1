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
