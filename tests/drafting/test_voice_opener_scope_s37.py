"""The opener and closing the brand's voice and disclosure guidance give (issue 25, session 37).

A disclosure passage may give one opener for every reply and another for other people's posts: the brand's own posts
open with the first, others' posts with the second, and an example's "…" placeholder is never printed. A guidance
that says others' threads are answered from the brand account gets no personal "(I work at X.)" line. A voice that
says complaints get no wish but a promise ends a complaint reply with that promise, and the checks accept the
voice's own quoted wish where a post happens to say the same words."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks.identity import prescribed_opener
from bot.checks.voice_rules import (
    brand_account_elsewhere,
    elsewhere_only,
    example_scopes,
    quoted_examples,
    voice_rules,
)
from bot.drafting.closings import promise_not_wish, promised
from bot.drafting.offline import OfflineDrafter
from bot.drafting.voice import disclosure_line
from tests.drafting.conftest import blocking_checks, facebook_request, passage

# A kayak rental written for these tests: a Finnish disclosure with an opener for every reply and one for others'
# posts, a Swedish one alike with an open clause before its placeholder, and a voice with a wish and a complaint rule.
EVERY_FI = (
    "Kerro heti vastauksen alussa, että olet Kaislikolta: 'Moi, Ville täällä Kaislikolta 🛶 …'. Muiden "
    "julkaisuissa (ryhmät, foorumit) aloita aina: 'Hei, kirjoitan Kaislikon asiakaspalvelusta.' Älä koskaan "
    "esiinny tavallisena asiakkaana."
)
EVERY_SV = (
    "Skriv alltid i början av svaret att du jobbar på Kaislikko: 'Hej! Ville här från Kaislikko.' I andras trådar: "
    "'Hej, jag jobbar på Kaislikko, så jag är jävig – men …'. Skriv aldrig som en vanlig kund."
)
KAISLIKKO = tuple(
    replace(p, brand="Kaislikko")
    for p in (
        passage(
            "voice",
            "voice",
            "fi",
            "Ääni: rauhallinen ja lyhyt, 1–5 lausetta. Ei emojeja. Lopeta toivotukseen, esim. 'Hyviä melontahetkiä.' "
            "Allekirjoitus '– Kaislikko'. Valituksiin ei toivotuksia vaan lupaus selvittää asia.",
        ),
        passage("disclosure", "disclosure", "fi", EVERY_FI),
        passage("kayak-fi", "fact", "fi", "Kajakin vuokra maksaa 30 € päivältä, ja melat kuuluvat hintaan."),
        passage("support-fi", "support", "fi", "Asiakaspalvelu: asiakaspalvelu@kaislikko.fi, arkisin 9–16."),
    )
)
QUESTION = "Paljonko kajakin vuokra maksaa päivältä?"


def request(**changes: Any) -> Any:
    return facebook_request(QUESTION, "fi", KAISLIKKO, **changes)


def test_a_disclosure_with_an_opener_for_every_reply_binds_the_own_post_too() -> None:
    assert not elsewhere_only(EVERY_FI)
    assert not elsewhere_only(EVERY_SV)
    # ... but one whose only opener is for others' posts still binds those only
    assert elsewhere_only("Muiden julkaisuissa aloita aina: 'Hei, kirjoitan Kaislikon asiakaspalvelusta.'")


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (EVERY_FI, ["every", "elsewhere"]),
        (EVERY_SV, ["every", "elsewhere"]),
        (
            "In threads we did not start, open with 'Hi, Ville from Kaislikko here'. Never reply from a personal "
            "account without adding '(I work at Kaislikko)'.",
            ["elsewhere", "personal"],
        ),
    ],
)
def test_example_scopes_read_each_examples_own_sentence(text: str, scopes: list[str]) -> None:
    assert example_scopes(text, [m.span() for m in quoted_examples(text)]) == scopes


def test_the_opener_follows_whose_post_it_is_and_drops_the_placeholder() -> None:
    disclosures = [p for p in KAISLIKKO if p.kind == "disclosure"]
    own = disclosure_line(disclosures, "fi", own_post=True)
    others = disclosure_line(disclosures, "fi", own_post=False)
    assert own is not None and own[0] == "Moi, Ville täällä Kaislikolta 🛶"
    assert others is not None and others[0] == "Hei, kirjoitan Kaislikon asiakaspalvelusta."
    swedish = [replace(disclosures[0], text=EVERY_SV, language="sv")]
    found = disclosure_line(swedish, "sv", own_post=False)
    assert found is not None and "…" not in found[0] and not found[0].endswith("men")


@pytest.mark.parametrize(
    ("own_account", "opener"), [(True, "Moi, Ville täällä Kaislikolta"), (False, "Hei, kirjoitan")]
)
def test_offline_answer_opens_as_the_disclosure_guidance_says_for_the_post(
    offline: OfflineDrafter, own_account: bool, opener: str
) -> None:
    result = offline.draft(request(own_account=own_account))
    assert not result.skip and result.text is not None
    assert result.text.startswith(opener)
    assert "…" not in result.text and "30 €" in result.text


def test_others_threads_answered_from_the_brand_account_take_no_personal_line(offline: OfflineDrafter) -> None:
    rule = (
        "When replying from a personal account, end every reply with the line '(I work at Kaislikko.)'. Replies "
        "from the brand account need no extra line. In other people's threads always reply from the brand account, "
        "never from a personal one."
    )
    assert brand_account_elsewhere(rule)
    assert not brand_account_elsewhere("When replying from a personal account, end with '(I work at Kaislikko.)'.")
    passages = tuple(replace(p, text=rule, language="en") if p.kind == "disclosure" else p for p in KAISLIKKO)
    assert voice_rules(list(passages), "fi").brand_account_elsewhere
    result = offline.draft(facebook_request(QUESTION, "fi", passages, own_account=False))
    assert result.text is not None and "work at" not in result.text and "töissä" not in result.text


def test_a_voice_with_no_wishes_in_complaints_ends_a_complaint_with_a_promise(offline: OfflineDrafter) -> None:
    assert promise_not_wish(["Valituksiin ei toivotuksia vaan lupaus selvittää asia."])
    assert promise_not_wish(["No wishes in replies to complaints; promise to look into it."])
    assert not promise_not_wish(["Lopeta toivotukseen, esim. 'Hyviä melontahetkiä.'"])
    assert promised(["Kerro tilausnumero, niin selvitämme asian."])
    result = offline.draft(
        request(
            comment_text="Kajakki vuoti ja reissu meni pilalle, todella huono kokemus.",
            plan="acknowledge",
            complaint=True,
            own_account=True,
        )
    )
    assert result.text is not None
    assert "Hyviä melontahetkiä" not in result.text and "Kaikkea hyvää" not in result.text
    assert "selvit" in result.text.lower()


def test_the_voices_own_quoted_wish_is_no_claim_even_where_a_post_says_it() -> None:
    text = "Kajakin vuokra maksaa 30 € päivältä. Hyviä melontahetkiä. – Kaislikko"
    assert "grounding" not in blocking_checks(text, QUESTION, "fi", KAISLIKKO, "Kaislikko", own_post=True)


def test_the_disclosure_check_accepts_the_guidances_own_opener_for_others_posts() -> None:
    text = "Hei, kirjoitan Kaislikon asiakaspalvelusta. Kajakin vuokra maksaa 30 € päivältä. – Kaislikko"
    assert "disclosure" not in blocking_checks(text, QUESTION, "fi", KAISLIKKO, "Kaislikko", own_post=False)
    assert prescribed_opener(text, KAISLIKKO)
    assert not prescribed_opener("Kajakin vuokra maksaa 30 € päivältä. – Kaislikko", KAISLIKKO)


def test_a_line_the_disclosure_guidance_forbids_is_no_prescribed_opener() -> None:
    forbidding = (
        passage(
            "disclosure-sv",
            "disclosure",
            "sv",
            "I andras trådar börjar vi med: 'Hej, jag jobbar på Kaislikko.' "
            "Skriv aldrig 'Kaislikko-fan här, hej alla'.",
        ),
    )
    assert prescribed_opener("Hej, jag jobbar på Kaislikko. Kajaken kostar 30 €.", forbidding)
    assert not prescribed_opener("Kaislikko-fan här, hej alla! Kajaken kostar 30 €.", forbidding)
