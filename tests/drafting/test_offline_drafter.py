"""The offline drafter with the real local multilingual-e5 embedder and a heat-pump brand's guidance."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bot.checks import make_context
from bot.checks.context import Brand
from bot.checks.grounding import check_grounding
from bot.checks.voice import body_sentences, voice_breaks
from bot.domain import Passage
from bot.drafting.answering import answer_kinds, common_slots, regular_price_first
from bot.drafting.greetings import empathy_line, thank_line
from bot.drafting.matching import Match, label_of, split
from bot.drafting.offline import OfflineDrafter, planned_answer
from bot.drafting.phrasebook import phrases
from bot.drafting.support import PURPOSE_CLAUSE, channel_instruction, route_sentence
from bot.drafting.types import DraftRequest
from bot.drafting.voice import _names_example_signer
from bot.opportunities.coverage import states
from tests.checks.conftest import context
from tests.conftest import SAMPLE
from tests.drafting.conftest import REVONTULI, passage


def request(comment: str, language: str | None, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "reddit",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (),
        "passages": REVONTULI,
    }
    values.update(changes)
    return DraftRequest(**values)


QUESTIONS = {
    "fi": ("Paljonko Aero 9 maksaa asennettuna?", "Kuinka pitkä takuu teidän lämpöpumpuilla on?"),
    "sv": ("Hur mycket kostar Aero 9 med installation?", "Hur lång garanti har era värmepumpar?"),
    "en": ("How much does the Aero 9 cost installed?", "How long is the warranty on your heat pumps?"),
}
FACT = {
    "fi": ("1 890 euroa", "viiden vuoden takuu"),
    "sv": ("1 890 euro", "fem års garanti"),
    "en": ("1,890 euros", "five-year warranty"),
}
DISCLOSURE = {p.language: p.text for p in REVONTULI if p.kind == "disclosure"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_offline_drafter_price_and_warranty_questions_get_their_own_fact(
    offline: OfflineDrafter, language: str
) -> None:
    price_question, warranty_question = QUESTIONS[language]
    price_fact, warranty_fact = FACT[language]

    price = offline.draft(request(price_question, language))
    warranty = offline.draft(request(warranty_question, language))

    assert not price.skip
    assert not warranty.skip
    assert price.text != warranty.text
    assert price_fact in price.text
    assert warranty_fact not in price.text
    assert warranty_fact in warranty.text
    assert price_fact not in warranty.text
    assert price.cited == [f"price-{language}", f"disclosure-{language}"]
    assert warranty.cited == [f"warranty-{language}", f"disclosure-{language}"]
    assert price.language == warranty.language == language
    assert price.text.endswith(DISCLOSURE[language])


def test_offline_drafter_detects_language_when_unknown(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Hur lång garanti har era värmepumpar egentligen?", None))

    assert result.language == "sv"
    assert "fem års garanti" in result.text


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Toimiiko pumppu aurinkopaneelien kanssa?", "fi"),
        ("Vem vann hockeymatchen igår?", "sv"),
        ("How noisy is it at night?", "en"),
    ],
)
def test_offline_drafter_question_guidance_cannot_answer_is_skipped(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    result = offline.draft(request(comment, language))

    assert result.skip
    assert result.skip_reason is not None
    assert "does not answer" in result.skip_reason
    assert result.text == ""
    assert result.cited == []


def test_offline_drafter_adds_the_offer_only_when_the_plan_allows_it(offline: OfflineDrafter) -> None:
    trust = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))
    sales_no_offer = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi", objective="sales"))
    sales = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi", objective="sales", offer=True))

    assert "kaupan päälle" not in trust.text
    assert "kaupan päälle" not in sales_no_offer.text
    assert "Asennus kaupan päälle 31.10. asti" in sales.text
    assert "Syyskampanja:" not in sales.text  # the campaign's label is a heading, not part of a reply
    assert sales.cited == ["price-fi", "campaign-fi", "disclosure-fi"]


def test_offline_drafter_shorter_instruction_keeps_the_answer_and_drops_the_offer(offline: OfflineDrafter) -> None:
    asked = "Paljonko Aero 9 maksaa asennettuna?"
    sales = offline.draft(request(asked, "fi", objective="sales", offer=True))
    short = offline.draft(request(asked, "fi", objective="sales", offer=True, instruction="lyhyemmin"))
    assert "kaupan päälle" in sales.text and "kaupan päälle" not in short.text
    assert short.cited == ["price-fi", "disclosure-fi"] and len(short.text) < len(sales.text)


SUPPORT = {
    "fi": passage(
        "support-fi",
        "support",
        "fi",
        "Asiakaspalvelu auttaa laite- ja laskuasioissa numerossa 010 555 0100 arkisin 8–18. "
        "Voit myös kirjoittaa osoitteeseen apu@revontuli.example. Kerro asiakasnumerosi.",
    ),
    "en": passage(
        "support-en",
        "support",
        "en",
        "Customer service helps with the unit and your bill on 010 555 0100 on weekdays 8–18. "
        "You can also write to help@revontuli.example. Tell us your customer number.",
    ),
}


@pytest.mark.parametrize("language", ["fi", "en"])
def test_offline_acknowledgement_routes_to_the_private_channel_without_price_or_offer(
    offline: OfflineDrafter, language: str
) -> None:
    complaint = {"fi": "Lasku nousi ja kukaan ei vastaa puhelimeen.", "en": "Our bill went up and nobody answers."}
    result = offline.draft(
        request(
            complaint[language],
            language,
            objective="sales",
            plan="acknowledge",
            offer=False,
            passages=(*REVONTULI, SUPPORT[language]),
        )
    )

    assert not result.skip
    if language == "fi":  # "nobody answers the phone": the other channel the support passage names
        assert "apu@revontuli.example" in result.text and "010 555 0100" not in result.text
        assert " myös " not in result.text  # the only channel given is not "also" one
    else:
        assert "010 555 0100" in result.text
    assert "€" not in result.text and "euro" not in result.text
    # names what went wrong (nobody answers) and keeps details private: what the support guidance asks people to
    # bring (the customer number) is said beside the channel, then the line that keeps it out of the comments
    assert {"fi": "ilman vastausta", "en": "haven't had an answer"}[language] in result.text
    private = {"fi": "ei tänne julkisiin kommentteihin", "en": "not in the public comments"}[language]
    assert private in result.text
    data = {"fi": "asiakasnumer", "en": "customer number"}[language]
    assert data not in result.text or result.text.index(data) < result.text.index(private)
    assert f"campaign-{language}" not in result.cited and f"price-{language}" not in result.cited
    assert f"support-{language}" in result.cited


def test_offline_acknowledgement_keeps_the_email_route_and_cuts_the_web_link(offline: OfflineDrafter) -> None:
    support = passage(
        "support-en",
        "support",
        "en",
        "Customer service: email care@revontuli.example or use the chat on revontuli.example, weekdays 9–17. "
        "Please include your order number and photos of any damage. Transport damage must be reported within "
        "7 days of delivery.",
    )
    late = offline.draft(
        request("Ordered in March and still waiting, weeks late!", "en", plan="acknowledge", passages=(support,))
    )
    damaged = offline.draft(
        request("The table arrived damaged, a big scratch on top.", "en", plan="acknowledge", passages=(support,))
    )

    for result in (late, damaged):
        assert not result.skip
        assert "Email care@revontuli.example, weekdays 9–17." in result.text
        assert "chat on revontuli.example" not in result.text
        # what support needs is asked for once, beside the channel, and kept out of the comments
        assert result.text.count("order number") == 1
        assert result.text.index("order number") < result.text.index("not in the public comments")
    assert late.text.startswith("Sorry about the wait")
    assert "7 days" not in late.text  # the transport-damage rule is not about a delay
    assert "Transport damage must be reported within 7 days of delivery." in damaged.text


@pytest.mark.parametrize(
    ("complaint", "language"),
    [
        ("I emailed help@revontuli.example two weeks ago and nobody has answered.", "en"),
        ("Lähetin jo kolme viikkoa sitten sähköpostia eikä kukaan vastaa.", "fi"),
    ],
)
def test_offline_acknowledgement_of_someone_who_already_wrote_gives_the_phone_not_the_same_inbox(
    offline: OfflineDrafter, complaint: str, language: str
) -> None:
    """The panels struck replies that sent people who had already written back to the same inbox, and asked for the
    phone the guidance gives instead (reply-plans-s and -r, spent)."""
    result = offline.draft(request(complaint, language, plan="acknowledge", passages=(*REVONTULI, SUPPORT[language])))

    assert not result.skip
    assert "010 555 0100" in result.text
    assert "@revontuli.example" not in result.text
    assert "€" not in result.text


@pytest.mark.parametrize(
    ("complaint", "language", "address", "asks"),
    [
        (
            "I emailed you two weeks ago and nobody has answered.",
            "en",
            "help@revontuli.example",
            "when you got in touch",
        ),
        (
            "Lähetin jo kolme viikkoa sitten sähköpostia eikä kukaan vastaa.",
            "fi",
            "apu@revontuli.example",
            "milloin otit",
        ),
    ],
)
def test_offline_acknowledgement_of_someone_who_already_wrote_to_the_only_channel_is_taken_up_by_the_team(
    offline: OfflineDrafter, complaint: str, language: str, address: str, asks: str
) -> None:
    """Someone who already wrote to the only channel the guidance gives is not sent back to the inbox that did not
    answer (reply-plans-u, spent: "don't send her back to the same inbox"): the team takes it up itself."""
    only = passage(
        "support-only",
        "support",
        language,
        "Asiakaspalvelu: apu@revontuli.example." if language == "fi" else "Customer service: help@revontuli.example.",
    )
    result = offline.draft(request(complaint, language, plan="acknowledge", passages=(only,)))

    assert not result.skip
    assert address not in result.text and asks not in result.text
    assert phrases()["escalate"][language] in result.text


def test_offline_acknowledgement_without_support_passage_skips(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Our bill went up and nobody answers.", "en", plan="acknowledge"))

    assert result.skip
    assert "support" in (result.skip_reason or "")


def test_offline_thank_you_is_short_and_states_no_facts(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Revontuli installed ours last week, great job!", "en", plan="thank"))

    assert not result.skip
    assert result.text.startswith("Thank you")
    assert not any(char.isdigit() for char in result.text)
    assert result.cited == ["disclosure-en"]


def test_offline_correction_states_the_fact_without_a_pitch(offline: OfflineDrafter) -> None:
    result = offline.draft(
        request("The Aero 9 costs 5000 euros installed, way too much.", "en", objective="sales", plan="correct")
    )

    assert not result.skip
    assert "1,890 euros" in result.text
    assert "Autumn offer" not in result.text and "campaign-en" not in result.cited


def test_offline_drafter_never_drafts_a_none_plan(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Same here!", "en", plan="none", plan_reason="agreement"))

    assert result.skip
    assert "agreement" in (result.skip_reason or "")


@pytest.mark.parametrize("objective", ["awareness", "trust", "behaviour"])
def test_offline_drafter_non_sales_objectives_make_no_offer(offline: OfflineDrafter, objective: str) -> None:
    result = offline.draft(request("How much does the Aero 9 cost installed?", "en", objective=objective))

    assert "Autumn offer" not in result.text
    assert "campaign-en" not in result.cited


def test_offline_drafter_never_uses_internal_passage_text(offline: OfflineDrafter) -> None:
    internal_only = tuple(p for p in REVONTULI if p.id in ("margin-internal", "disclosure-fi"))

    margin = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))
    only_internal = offline.draft(request("Mikä on Aero 9:n kate prosentteina?", "fi", passages=internal_only))

    assert "38 prosenttia" not in margin.text
    assert "margin-internal" not in margin.cited
    assert only_internal.skip
    assert only_internal.skip_reason == "no public facts in the guidance in Finnish"


def test_offline_answer_opens_with_the_fact_not_a_filler(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Paljonko Aero 9 maksaa asennettuna?", "fi"))

    assert result.text.startswith("Revontuli Aero 9")
    assert "Hyvä kysymys" not in result.text


def test_offline_drafter_signs_off_as_the_voice_guidance_shows(offline: OfflineDrafter) -> None:
    voice = passage(
        "voice-en",
        "voice",
        "en",
        'Friendly and plain. End with your first name and the company, e.g. "– Aino, Revontuli".',
    )
    passages = (*(p for p in REVONTULI if p.id != "voice-en"), voice)

    result = offline.draft(request("How long is the warranty on your heat pumps?", "en", passages=passages))
    thanks = offline.draft(request("Great installers, thank you!", "en", plan="thank", passages=passages))

    assert result.text.endswith("I work for Revontuli's customer service. – Aino, Revontuli")
    assert thanks.text.endswith("– Aino, Revontuli")
    assert "voice-en" in result.cited


def test_offline_drafter_signs_a_named_example_with_the_approvers_slot(offline: OfflineDrafter) -> None:
    """ "End with your first name ..., e.g. '– Aino, Revontuli'": Aino is the example, the approver signs."""
    voice = passage(
        "voice-en",
        "voice",
        "en",
        'Friendly and plain. Sign every reply with your first name and the company, e.g. "– Aino, Revontuli".',
    )
    passages = (*(p for p in REVONTULI if p.id != "voice-en"), voice)

    result = offline.draft(request("How long is the warranty on your heat pumps?", "en", passages=passages))
    thanks = offline.draft(request("Great installers, thank you!", "en", plan="thank", passages=passages))

    assert result.text.endswith("– {name}, Revontuli") and "Aino" not in result.text
    assert thanks.text.endswith("– {name}, Revontuli")
    assert "voice-en" in result.cited


def test_offline_drafter_signs_a_placeholder_sign_off_with_the_approvers_slot_in_every_language(
    offline: OfflineDrafter,
) -> None:
    voice = passage("voice-en", "voice", "en", "We answer with the coach's first name. Sign-off: '/Name, Revontuli'.")
    passages = (*(p for p in REVONTULI if p.kind not in ("voice", "disclosure")), voice)

    answer = offline.draft(request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", passages=passages))
    thanks = offline.draft(request("Tack, bra installatörer!", "sv", plan="thank", passages=passages))

    assert answer.text.endswith("/{name}, Revontuli") and "Name" not in answer.text
    assert thanks.text.endswith("/{name}, Revontuli")
    assert "Työskentelen" not in answer.text  # the named sign-off says who writes: no second line
    assert "approver's name fills {name}" in answer.rationale


def test_offline_drafter_puts_the_disclosure_first_in_the_guidances_own_finnish_form(
    offline: OfflineDrafter,
) -> None:
    rule = passage(
        "disclosure-en",
        "disclosure",
        "en",
        "Staff replying write 'I work at Revontuli' (sv: 'Jag jobbar på Revontuli', fi: 'Työskentelen "
        "Revontulella') in the first line of the reply.",
    )
    passages = (*(p for p in REVONTULI if p.kind not in ("voice", "disclosure")), rule)

    fi = offline.draft(request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", passages=passages))
    plain = offline.draft(request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi"))

    assert fi.text.startswith("(Työskentelen Revontulella.) ")
    assert "yrityksessä" not in fi.text
    assert plain.text.endswith("Vastaan Revontulen asiakaspalvelusta.")  # no first-line rule: last, as before


def test_offline_drafter_shorter_instruction_drops_the_second_sentence(
    offline: OfflineDrafter,
) -> None:
    full = offline.draft(request("How long is the warranty on your heat pumps?", "en"))
    short = offline.draft(request("How long is the warranty on your heat pumps?", "en", instruction="Shorter please"))

    assert "The warranty covers parts and labour." in full.text
    assert (
        short.text
        == "All Revontuli heat pumps come with a five-year warranty. I work for Revontuli's customer service."
    )


def test_offline_drafter_missing_disclosure_uses_standard_line_naming_the_brand(offline: OfflineDrafter) -> None:
    no_disclosure = tuple(p for p in REVONTULI if p.kind != "disclosure")
    named = OfflineDrafter(offline.embedder, brand="Revontuli")

    result = named.draft(request("Hur lång garanti har era värmepumpar?", "sv", passages=no_disclosure))

    assert result.text.endswith("(Jag jobbar på Revontuli.)")
    assert "standard line" in result.rationale


def test_offline_drafter_standard_line_takes_the_brand_from_the_guidance(offline: OfflineDrafter) -> None:
    """No brand file: the guidance files' front matter names the brand (``brand: Revontuli Lämpö Oy``)."""
    branded = tuple(dataclasses.replace(p, brand="Revontuli Lämpö Oy") for p in REVONTULI if p.kind != "disclosure")

    result = offline.draft(request("How long is the warranty on your heat pumps?", "en", passages=branded))

    assert result.text.endswith("(I work at Revontuli Lämpö.)")
    assert "this thread is about" not in result.text


def test_offline_drafter_language_without_phrases_is_skipped(offline: OfflineDrafter) -> None:
    result = offline.draft(request("Wie lange gilt die Garantie auf Ihre Wärmepumpen?", "de"))

    assert result.skip
    assert "not German" in (result.skip_reason or "")


# -- the panel's failure kinds (session 5) --------------------------------------------------------------

FERRY_SUPPORT = passage(
    "support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: chat osoitteessa merisilta.example tai puhelin 02 4410 880 arkisin klo 8–18. "
    "Asennusaikoihin liittyvät asiat: asennus@merisilta.example.",
)


def test_offline_acknowledgement_says_the_route_as_a_sentence_not_a_label_or_a_fragment(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(
        request("Appi kaatuu androidilla heti ku avaa lipun. Ei pääse laivaan näin.", "fi", plan="acknowledge",
                passages=(FERRY_SUPPORT,))
    )  # fmt: skip

    assert not result.skip
    # Not known to be a customer (no "you", no name of the brand): nothing asked of them, so no "tell the details on
    # the phone, not here" either (session 33: the demo's panel, "as if the commenter were a customer").
    assert "Saat meihin yhteyden puhelimitse numerosta 02 4410 880 arkisin klo 8–18." in result.text
    assert "kerrothan" not in result.text
    assert "Asiakaspalvelu:" not in result.text and " puhelin 02" not in result.text  # no pasted label or fragment
    assert "merisilta.example" not in result.text.replace("asennus@merisilta.example", "")
    route = "Saat meihin yhteyden puhelimitse numerosta 02 4410 880 arkisin klo 8–18."
    assert check_grounding(route, context("fi", passages=(FERRY_SUPPORT,))).passed  # each figure is the passage's


@pytest.mark.parametrize(
    ("statement", "language", "said"),
    [
        # a support list under a label, hours in brackets with a comma inside: whole, two channels at most
        (
            "Chat Kraftverk-sovelluksessa (arkisin 8–20, viikonloppuisin 10–16) ja asiakaspalvelu@kraftverk.fi.",
            "fi",
            "Saat meihin yhteyden chatissa Kraftverk-sovelluksessa (arkisin 8–20, viikonloppuisin 10–16) tai "
            "sähköpostitse osoitteesta asiakaspalvelu@kraftverk.fi.",
        ),
        (
            "Chatten i Kraftverk-appen (vardagar 8–20, helger 10–16), kundservice@kraftverk.se och 010-555 66 00.",
            "sv",
            "Du når oss i chatten i Kraftverk-appen (vardagar 8–20, helger 10–16) eller via e-post till "
            "kundservice@kraftverk.se.",
        ),
        # an address a sentence start capitalised is spelt as the passage spells it
        (
            "Kundtjanst@fixari.se eller 08-505 220 00 vardagar kl. 10–18.",
            "sv",
            "Du når oss via e-post till kundtjanst@fixari.se eller på telefon 08-505 220 00 vardagar kl. 10–18.",
        ),
        ("Help@kimppa.fi.", "en", "You can reach us by email at help@kimppa.fi."),
        # hours that follow a channel stay with it; an instruction stays an instruction
        (
            "puhelin 02 4410 880 arkisin klo 8–18 ja lauantaisin klo 9–14.",
            "fi",
            "Saat meihin yhteyden puhelimitse numerosta 02 4410 880 arkisin klo 8–18 ja lauantaisin klo 9–14.",
        ),
        ("ring 018-22 340 vardagar kl. 8–18.", "sv", "Ring 018-22 340 vardagar kl. 8–18."),
        # a phone number after "puh." is not cut off at the abbreviation; an app's chat is said as a place
        (
            "Asiakaspalvelu: asiakaspalvelu@fixari.fi tai puh. 09 4242 1100 ma–pe 9–18.",
            "fi",
            "Saat meihin yhteyden sähköpostitse osoitteesta asiakaspalvelu@fixari.fi tai puhelimitse numerosta "
            "09 4242 1100 ma–pe 9–18.",
        ),
        (
            "tuki@sanasto.fi tai sovelluksen chat (Profiili > Apua) arkisin klo 9–17.",
            "fi",
            "Saat meihin yhteyden sähköpostitse osoitteesta tuki@sanasto.fi tai sovelluksen chatissa (Profiili > Apua) "
            "arkisin klo 9–17.",
        ),
        # a longer label before the channel is never pasted
        (
            "Non-urgent questions and billing disputes: help@kimppa.fi.",
            "en",
            "You can reach us by email at help@kimppa.fi.",
        ),
    ],
)
def test_a_support_list_is_said_as_a_sentence_in_the_replys_language(statement: str, language: str, said: str) -> None:
    source = statement.lower()
    assert route_sentence(statement, language, source) == said
    # prose stays as the guidance says it; a language without wording is left alone
    prose = "Jos laitteessa on vika ja haluat, että joku tulee katsomaan sitä kotiin mahdollisimman pian, soita."
    assert route_sentence(prose, "fi") is None
    assert route_sentence("chatten i appen (Hjälp > Chatt) är öppen vardagar 8–20.", "sv") is None  # a sentence
    assert route_sentence(statement, "de") is None


def test_an_acknowledgement_asks_for_what_support_needs_but_never_quotes_a_note_to_the_writer(
    offline: OfflineDrafter,
) -> None:
    support = passage(
        "support-sv",
        "support",
        "sv",
        "Kundservice Sverige: chatten i Kraftverk-appen (vardagar 8–20) och kundservice@kraftverk.example. "
        "Uppge medlemsnummer och gym.",
    )
    writer = passage(
        "support-fi",
        "support",
        "fi",
        "Asiakaspalvelu: chat sovelluksessa joka päivä klo 7–22 tai apu@korivo.example. "
        "Pyydä asiakasta kertomaan tilausnumero.",
    )
    told = offline.draft(
        request("Har dragits två gånger för november och ingen hör av sig", "sv", plan="acknowledge",
                passages=(support,))
    )  # fmt: skip
    noted = offline.draft(
        request("Tilaus tuli taas vajaana, ärsyttää", "fi", plan="acknowledge", passages=(writer,))
    )  # fmt: skip

    # what to bring and where, in one sentence (the demo's panel: two sentences about the same details are clunky)
    assert "Uppge medlemsnummer och gym – där, inte här i kommentarerna." in told.text
    assert "Skicka uppgifterna dit" not in told.text
    assert "Kundservice Sverige:" not in told.text
    assert "Pyydä" not in noted.text and "apu@korivo.example" in noted.text


def test_offline_acknowledgement_uses_the_topics_own_address(offline: OfflineDrafter) -> None:
    result = offline.draft(
        request("kolmas kerta ku asennus perutaan, sähköt ollu valmiina kuukauden", "fi", plan="acknowledge",
                passages=(FERRY_SUPPORT,))
    )  # fmt: skip

    assert "asennus@merisilta.example" in result.text


@pytest.mark.parametrize(
    ("comment", "language", "line"),
    [
        ("grattis till nya båten! 🎉", "sv", "Tack för gratulationerna."),
        ("Tack för i år! Nästa år hoppas jag på fler zoner i Tölö", "sv", "Tack för önskemålet, vi för det vidare"),
        ("Revontuli installed ours last week, great job!", "en", "Thank you, great to hear."),
    ],
)
def test_offline_thank_you_fits_what_was_said(offline: OfflineDrafter, comment: str, language: str, line: str) -> None:
    result = offline.draft(request(comment, language, plan="thank"))

    assert result.text.startswith(line)  # the voice says "No exclamation marks": none in its own phrases either


def test_offline_acknowledgement_of_general_feedback_passes_it_on_and_asks_for_no_details(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(
        request("every morning all the scooters in Kallio have flat batteries 🙄", "en", plan="acknowledge",
                passages=(*REVONTULI, SUPPORT["en"]))
    )  # fmt: skip

    assert "pass this on to the team" in result.text
    assert "010 555 0100" not in result.text and "not in the public comments" not in result.text


def test_offline_answer_says_no_first_when_the_place_asked_is_not_listed(offline: OfflineDrafter) -> None:
    areas = passage(
        "areas-en",
        "fact",
        "en",
        "In Finland we install heat pumps in Helsinki, Espoo, Tampere and Turku.",
    )
    oulu = offline.draft(request("do you install in Oulu?", "en", passages=(areas,), offer=True))
    espoo = offline.draft(request("do you install in Espoo?", "en", passages=(areas,)))

    assert oulu.text.startswith("Sorry, not at the moment. In Finland we install heat pumps in Helsinki")
    assert not espoo.text.startswith("Sorry")


def test_offline_reply_on_the_brands_own_account_is_signed_by_its_team(offline: OfflineDrafter) -> None:
    rule = passage(
        "disclosure-fi",
        "disclosure",
        "fi",
        "Somevastauksemme laaditaan tekoälyn avulla ja asiakaspalvelumme tarkistaa ne ennen julkaisua, "
        "emmekä käsittele asiakastietoja julkisissa kommenteissa.",
    )
    facts = tuple(p for p in REVONTULI if p.kind not in ("disclosure", "voice"))
    named = OfflineDrafter(offline.embedder, brand="Viuh Skuutit")

    own = named.draft(
        request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", passages=(*facts, rule), own_account=True)
    )
    elsewhere = named.draft(request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", passages=(*facts, rule)))

    assert own.text.endswith("– Viuh Skuutit asiakaspalvelu")
    assert "Työskentelen" not in own.text
    assert elsewhere.text.endswith("(Olen töissä Viuh Skuutit:lla.)")  # the name whole, the ending after a colon


# A repair chain whose voice, written once in Finnish, bans exclamation marks, allows three sentences and shows
# a sign-off by example; its disclosure rule, in English, puts the line at the end and quotes it in each language.
KORJAAMO = (
    passage(
        "k-voice",
        "voice",
        "fi",
        "Äänensävy: rento ja suora, ei huutomerkkejä. Korkeintaan kolme lausetta. "
        'Lopuksi etunimi ja Korjaamo, esim. "– Jani / Korjaamo".',
    ),
    passage(
        "k-disclosure",
        "disclosure",
        "en",
        'Disclose your role at the end of the reply, in brackets, before the signature: "(I work at Korjaamo)", '
        'in Finnish "(työskentelen Korjaamolla)", in Swedish "(jag jobbar på Korjaamo)".',
    ),
    passage("k-support", "support", "fi", "Asiakaspalvelu: chat sovelluksessa tai asiakaspalvelu@korjaamo.example."),
    passage("k-support-sv", "support", "sv", "Kundtjänst: chatt i appen eller kundtjanst@korjaamo.example."),
    passage("k-support-en", "support", "en", "Customer service: chat in the app or help@korjaamo.example."),
)


@pytest.mark.parametrize(
    ("comment", "language", "disclosure"),
    [
        ("Kiitos, näyttö on kuin uusi!", "fi", "(työskentelen Korjaamolla)"),
        ("Tack, skärmen är som ny!", "sv", "(jag jobbar på Korjaamo)"),
        ("Thanks, the screen looks brand new!", "en", "(I work at Korjaamo)"),
    ],
)
def test_offline_drafter_keeps_a_voice_written_once_in_every_language(
    offline: OfflineDrafter, comment: str, language: str, disclosure: str
) -> None:
    result = offline.draft(request(comment, language, plan="thank", passages=KORJAAMO))

    assert "!" not in result.text  # "ei huutomerkkejä" binds the drafter's own thank-you line too
    assert result.text.endswith(f"{disclosure} – Jani / Korjaamo")  # the disclosure last, then the sign-off


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Kolme viikkoa odotettu näyttöä eikä mitään kuulu", "fi"),
        ("Tre veckor har jag väntat på skärmen och inget händer", "sv"),
        ("Three weeks waiting for my screen and nothing", "en"),
    ],
)
def test_offline_acknowledgement_keeps_to_the_voices_sentence_limit_and_rules(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    result = offline.draft(request(comment, language, plan="acknowledge", passages=KORJAAMO))
    ctx = make_context(
        platform="reddit",
        comment_text=comment,
        comment_language=language,
        comment_author=None,
        passages=KORJAAMO,
        brand=Brand(name="Korjaamo"),
        instruction="",
    )

    assert not result.skip, result.skip_reason
    assert voice_breaks(result.text, dataclasses.replace(ctx, reply_plan="acknowledge")) == []
    assert len(body_sentences(result.text, ctx)) <= 4  # three of its own and the disclosure


LANGUAGE_APP = (
    passage(
        "s-streak", "faq", "en", "Streak freezes: with Plus you get 2 streak freezes a week that save your streak."
    ),
    passage("s-streak-fi", "faq", "fi", "Putkensuojat: Plus-tilauksella saat 2 putkensuojaa viikossa."),
    passage("s-streak-sv", "faq", "sv", "Streakskydd: med Plus får du 2 streakskydd per vecka."),
)


@pytest.mark.parametrize(
    ("comment", "language", "planned"),
    [
        ("Toimiiko sovellus ilman nettiä mökillä?", "fi", "s-streak-fi"),
        ("Fungerar appen utan internet i stugan?", "sv", "s-streak-sv"),
        ("Does the app work without internet at the cottage?", "en", "s-streak"),
    ],
)
def test_offline_answer_skips_a_statement_that_shares_no_word_with_the_question(
    offline: OfflineDrafter, comment: str, language: str, planned: str
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # any statement is near enough by meaning
    result = eager.draft(request(comment, language, plan="answer", passages=LANGUAGE_APP, answer_passages=(planned,)))

    assert result.skip and "guidance does not answer this" in (result.skip_reason or "")


def test_offline_acknowledgement_of_a_bad_experience_not_said_to_be_ours_has_sympathy_not_an_apology(
    offline: OfflineDrafter,
) -> None:
    passages = (*REVONTULI, SUPPORT["en"])
    scam = "Heat pumps are a scam, our heating costs went up."
    elsewhere = offline.draft(request(scam, "en", plan="acknowledge", passages=passages))
    own_post = offline.draft(request(scam, "en", plan="acknowledge", passages=passages, own_account=True))
    told = "You installed our pump and now the heating costs went up."
    ours = offline.draft(request(told, "en", plan="acknowledge", passages=passages))

    assert elsewhere.text.startswith("Sorry to hear it turned out that way.")
    assert "Sorry about that" not in elsewhere.text  # no ownership of what nobody said was ours
    assert "010 555 0100" in elsewhere.text and "€" not in elsewhere.text  # still routed to support, no price
    # under the brand's own post, or told of the brand ("you installed"), the complaint is the brand's: an apology
    apology = "Really sorry about that, I understand how frustrating it is."
    assert own_post.text.startswith(apology) and ours.text.startswith(apology)
    assert ours.text.lower().count("sorry") == 1  # one apology at most


def test_offline_drafter_adds_no_offer_about_something_else_than_the_question(offline: OfflineDrafter) -> None:
    warranty = offline.draft(
        request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", objective="sales", offer=True)
    )

    assert "viiden vuoden takuu" in warranty.text
    assert "kaupan päälle" not in warranty.text and "campaign-fi" not in warranty.cited
    assert "asks no price or deal: no offer from campaign-fi" in (warranty.rationale or "")


def test_offline_drafter_adds_no_offer_to_a_question_that_asks_no_price_or_deal(offline: OfflineDrafter) -> None:
    """Under the campaign's own post a question about something else ("can I cancel?") gets its answer, not the
    campaign tacked on: the panels struck those as unprompted pitches. A price question keeps it."""
    cancel = passage("cancel-fi", "fact", "fi", "Syyskampanjan tilauksen voi perua maksutta 14 päivän sisällä.")
    price = passage("aero-fi", "fact", "fi", "Syyskampanjan Aero 9 maksaa asennettuna 2 990 €.")
    campaign = passage("campaign-fi", "campaign", "fi", "Syyskampanja: asennus kaupan päälle 31.10. asti.")
    asked = offline.draft(
        request(
            "Voiko syyskampanjan tilauksen perua?", "fi", objective="sales", offer=True, passages=(cancel, campaign)
        )
    )
    priced = offline.draft(
        request("Paljonko syyskampanjan Aero maksaa?", "fi", objective="sales", offer=True, passages=(price, campaign))
    )

    assert "perua maksutta" in asked.text and "kaupan päälle" not in asked.text
    assert "2 990 €" in priced.text and "kaupan päälle" in priced.text


def test_offline_drafter_keeps_an_offer_for_the_plan_the_answer_prices(offline: OfflineDrafter) -> None:
    prices = passage("prices-sv", "fact", "sv", "Medlemskap: Bas 299 kr/mån för ett gym, Plus 399 kr/mån för alla gym.")
    campaign = passage("campaign-sv", "campaign", "sv", "Januarierbjudande: Plus för 249 kr/mån i tre månader.")
    result = offline.draft(
        request("vad kostar medlemskap?", "sv", objective="sales", offer=True, passages=(prices, campaign))
    )

    assert "Plus 399 kr/mån" in result.text and "Plus för 249 kr/mån" in result.text
    assert "campaign-sv" in result.cited


def test_offline_drafter_answers_a_question_in_a_measure_only_with_a_figure_in_that_measure(
    offline: OfflineDrafter,
) -> None:
    facts = (
        passage("seat-en", "fact", "en", "A rear child seat for children up to 22 kg fits the Arki bike."),
        passage("range-en", "fact", "en", "The Arki bike's battery gives 60–90 km per charge."),
        passage("disclosure-en", "disclosure", "en", "Say that you work at Polku: (I work at Polku.)"),
    )
    asked = "how many km per charge realistically? my commute is 18km each way"
    answered = offline.draft(request(asked, "en", passages=facts))
    assert not answered.skip and "60–90 km" in answered.text and "22 kg" not in answered.text
    unanswered = offline.draft(request(asked, "en", passages=(facts[0], facts[2])))
    assert unanswered.skip and "km" in (unanswered.skip_reason or "")


def test_offline_drafter_answers_a_price_question_whatever_measure_it_states_in_passing(
    offline: OfflineDrafter,
) -> None:
    facts = (
        passage("price-en", "fact", "en", "The Arki bike subscription costs 59 € a month."),
        passage("disclosure-en", "disclosure", "en", "Say that you work at Polku: (I work at Polku.)"),
    )
    answered = offline.draft(request("what's the price per month? my commute is 7 km", "en", passages=facts))
    assert not answered.skip and "59 €" in answered.text


@pytest.mark.parametrize(
    ("language", "file", "instruction"),
    [
        ("fi", "fi/asiakaspalvelu.md", "Soita numeroon 010 555 0100 arkisin 8–18 tai lähetä viesti"),
        ("sv", "sv/kundtjanst.md", "Ring 010 555 0100 vardagar 8–18 eller skicka ett meddelande"),
        ("en", "en/support.md", "Call 010 555 0100 on weekdays 8–18 or send a message"),
    ],
)
def test_after_if_ours_the_support_channel_is_its_instruction_without_the_lead_in_and_stays_grounded(
    language: str, file: str, instruction: str
) -> None:
    statement = next(line for line in (SAMPLE / file).read_text("utf-8").splitlines() if "010 555 0100" in line)
    cut = channel_instruction(statement)
    assert cut.startswith(instruction) and ":" not in cut
    assert check_grounding(cut, context(language)).passed
    # a label or a short head is not a lead-in: kept whole
    assert channel_instruction("Chat: open weekdays 8–18.") == "Chat: open weekdays 8–18."
    assert channel_instruction("Asiakaspalvelu: soita 010 555 0100.") == "Asiakaspalvelu: soita 010 555 0100."


@pytest.mark.parametrize(
    ("language", "file", "request_only"),
    [
        ("fi", "fi/asiakaspalvelu.md", "Kerro asiakasnumerosi tai asennusosoite."),
        ("sv", "sv/kundtjanst.md", "Uppge ditt kundnummer eller installationsadressen."),
        ("en", "en/support.md", "Tell us your customer number or the installation address."),
    ],
)
def test_after_if_ours_the_data_request_drops_its_purpose_clause_and_stays_grounded(
    language: str, file: str, request_only: str
) -> None:
    statement = (SAMPLE / file).read_text("utf-8").splitlines()[10]
    assert PURPOSE_CLAUSE.sub(r"\1", statement) == request_only
    assert check_grounding(request_only, context(language)).passed
    # a clause that is not a purpose stays: "..., so the price is ..." is a fact
    kept = "Tell us your address, so the price includes travel."
    assert PURPOSE_CLAUSE.sub(r"\1", kept) == kept


def test_offline_reply_on_the_brands_own_account_is_signed_in_a_language_its_disclosure_rule_is_not_written_in(
    offline: OfflineDrafter,
) -> None:
    rule = passage(
        "disclosure-en",
        "disclosure",
        "en",
        "Replies on this account are written by our social media team, sometimes from AI-assisted drafts.",
    )
    facts = tuple(p for p in REVONTULI if p.kind not in ("disclosure", "voice"))
    named = OfflineDrafter(offline.embedder, brand="Viuh Skuutit")

    finnish = named.draft(
        request("Kuinka pitkä takuu teidän lämpöpumpuilla on?", "fi", passages=(*facts, rule), own_account=True)
    )
    swedish = named.draft(
        request("Hur lång garanti har era värmepumpar?", "sv", passages=(*facts, rule), own_account=True)
    )

    # signed alike in every language, as the English reply under the same post is
    assert finnish.text.endswith("– Viuh Skuutit asiakaspalvelu")
    assert swedish.text.endswith("– Viuh Skuutits kundtjänst")


def test_offline_acknowledgement_says_what_to_bring_and_where_in_one_sentence(offline: OfflineDrafter) -> None:
    support = passage(
        "support-en",
        "support",
        "en",
        "Customer service: email care@revontuli.example, weekdays 9–17. "
        "Please include your order number and photos of any damage.",
    )

    result = offline.draft(
        request("The table arrived damaged, a big scratch on top.", "en", plan="acknowledge", passages=(support,))
    )

    tail = "– there, not in the public comments."
    assert f"Please include your order number and photos of any damage {tail}" in result.text
    assert "Please share your details" not in result.text  # not a second sentence about the same details
    body = result.text[: result.text.index(" (I work")]  # the standard disclosure names no brand here
    assert check_grounding(body, context("en", passages=(support,))).passed  # the request's words stay verbatim


def test_offline_bare_disclosure_example_ends_its_sentence_and_never_runs_into_the_answer(
    offline: OfflineDrafter,
) -> None:
    rule = passage(
        "disclosure-en",
        "disclosure",
        "en",
        "Staff replying from personal accounts write 'I work at Revontuli' in the first line of the reply.",
    )
    facts = tuple(p for p in REVONTULI if p.kind not in ("disclosure", "voice"))

    result = offline.draft(request("How long is the warranty on your heat pumps?", "en", passages=(*facts, rule)))

    assert result.text.startswith("I work at Revontuli. ")
    assert "Revontuli All" not in result.text and "Revontuli The" not in result.text


@pytest.mark.parametrize(
    ("comment", "language", "line"),
    [
        ("Kiitos nopeasta avusta eilen!", "fi", "Ole hyvä, ja kiitos kivasta palautteesta"),
        ("thanks for the quick fix yesterday", "en", "You're welcome, and thanks for the kind words"),
        ("Hope you open in Oulu next!", "en", "Thanks for the wish, we'll pass it on to the team"),
    ],
)
def test_offline_thank_you_answers_thanks_without_thanking_back(
    offline: OfflineDrafter, comment: str, language: str, line: str
) -> None:
    result = offline.draft(request(comment, language, plan="thank"))

    assert result.text.startswith(line)
    assert "Thank you too" not in result.text and "Kiitos itsellesi" not in result.text


def test_a_price_question_gets_the_price_before_the_campaigns_offer() -> None:
    campaign = passage("plus-campaign", "campaign", "en", "Korivo Plus is free for the first 2 months for new members.")
    price = passage("plus-price", "fact", "en", "Korivo Plus costs 7,99 € a month and can be cancelled any time.")
    offer = Match(campaign, campaign.text, 0, 0.93)
    fact = Match(price, price.text, 0, 0.90)

    asked = regular_price_first([offer, fact], "how much is Plus per month?", 0.86)
    deal = regular_price_first([offer, fact], "how much is Plus with the discount?", 0.86)
    far = regular_price_first([offer, replace(fact, score=0.80)], "how much is Plus per month?", 0.86)
    fee = passage("fee", "fact", "en", "The deductible is 90 € per claim.")
    unnamed = regular_price_first([offer, Match(fee, fee.text, 0, 0.91)], "how much is Plus per month?", 0.86)

    assert asked == [fact, offer]  # the price first; the offer may follow where the plan allows one
    assert deal == [offer, fact]  # asked about the deal itself
    assert far[0] is offer  # no price statement near enough to answer
    assert unnamed[0] is offer  # a figure in euros that is not the price of what is on offer


def test_offline_acknowledgement_keeps_bracketed_hours_whole_when_it_leaves_out_a_tried_channel(
    offline: OfflineDrafter,
) -> None:
    support = passage(
        "support-fi",
        "support",
        "fi",
        "Asiakaspalvelu Suomessa: chat Kraftverk-sovelluksessa (arkisin 8–20, viikonloppuisin 10–16) ja "
        "asiakaspalvelu@kraftverk.example. Kerro jäsennumero ja sali.",
    )
    english = passage(
        "support-en",
        "support",
        "en",
        "Support: in-app chat (Help > Chat), weekdays 8–20 and weekends 10–18, or email help@viuh.example.",
    )

    tried = offline.draft(
        request("Chattiin ei vastata ja veloititte kahdesti", "fi", plan="acknowledge", passages=(support,))
    )
    listed = offline.draft(request("Charged twice for one ride", "en", plan="acknowledge", passages=(english,)))

    assert "viikonloppuisin 10–16)" not in tried.text.replace("(arkisin 8–20, viikonloppuisin 10–16)", "")
    assert "sähköpostitse osoitteesta asiakaspalvelu@kraftverk.example" in tried.text
    assert "chatissa" not in tried.text  # the chat they say nobody answers
    assert "You can reach us through the in-app chat (Help > Chat), weekdays 8–20 and weekends 10–18, or by email" in (
        listed.text
    )
    assert "Support:" not in listed.text


@pytest.mark.parametrize(
    ("comment", "kind"),
    [
        ("how much is Plus per month and can I cancel anytime?? dont want a trap", "amount"),
        ("Paljonko tällainen asennus suunnilleen maksaa asennettuna?", "amount"),
        ("vad kostar leveransen om man inte har Plus", "amount"),
        ("and how long till the glasses are ready usually", "duration"),
        ("Kauanko asennus kestää? En haluaisi olla viikkoa ilman lämpöä.", "duration"),
        ("hur lång tid tar det innan glasögonen är klara, ska resa 20 dec", "duration"),
        # how much one saves, a yes/no question, a price said in passing beside the question: no price or time asked
        ("How much can you really save compared to direct electric heating?", None),
        ("Do you deliver on sundays too?", None),
        ("Paid 150 € for it last year. Do you repair tablets?", None),
        ("paljonko takuuta?", None),  # how much warranty: a length, not a price
        ("whats the price for a galaxy screen", "amount"),
    ],
)
def test_what_a_question_asks_its_answer_to_state(comment: str, kind: str | None) -> None:
    # "length" (how long the thing itself takes) refines a duration: tests/opportunities/test_coverage.py
    assert answer_kinds(comment) - {"length"} == ({kind} if kind else set())


@pytest.mark.parametrize(
    "statement",
    [
        "Till Sverige kostar frakten 9,90 € och tar 3–6 arbetsdagar.",
        "Asennus kestää 1–2 päivää.",
        "a five-year warranty",
    ],
)
def test_a_time_answer_states_a_time(statement: str) -> None:
    assert states(statement, "duration")
    assert not states("Delivery slots run from 8 to 22 every day, including Sundays.", "duration")


@pytest.mark.parametrize(
    ("language", "other", "holding", "asked", "stated", "kind"),
    [
        (
            "en",
            "Delivery slots run from 8 to 22 every day, including Sundays.",
            "Express delivery within 2 hours is available in Helsinki.",
            "how fast can you deliver? sometimes I need stuff the same day",
            "2 hours",
            "time",
        ),
        (
            "fi",
            "Lautapeli postitetaan Suomeen, Ruotsiin, Norjaan ja Viroon.",
            "Ennakkotilatut pelit postitetaan maaliskuun alussa.",
            "milloin ennakkotilatut pelit postitetaan?",
            "maaliskuun",
            "date",
        ),
    ],
)
def test_an_answer_states_the_kind_of_fact_asked_or_skips(
    offline: OfflineDrafter, language: str, other: str, holding: str, asked: str, stated: str, kind: str
) -> None:
    near = passage(f"other-{language}", "fact", language, other)
    held = passage(f"holding-{language}", "fact", language, holding)
    answered = offline.draft(request(asked, language, passages=(near, held), plan="answer"))
    assert not answered.skip and stated in answered.text and other not in answered.text
    without = offline.draft(request(asked, language, passages=(near,), plan="answer"))
    assert without.skip and f"no statement gives the {kind} asked" in (without.skip_reason or "")


def test_a_correction_cites_the_statement_in_the_claims_unit_alone(offline: OfflineDrafter) -> None:
    facts = passage(
        "eye-test-sv",
        "fact",
        "sv",
        "Klarsyn har 34 butiker i Sverige och 9 i Finland. En synundersökning hos legitimerad optiker kostar 395 kr.",
    )
    draft = offline.draft(
        request(
            "Klarsyn tar 795 kr för synundersökningen, det är ju rena rånet", "sv", passages=(facts,), plan="correct"
        )
    )
    assert not draft.skip and "395 kr" in draft.text and "34 butiker" not in draft.text


@pytest.mark.parametrize(
    ("language", "claim", "text", "opposing", "nearest"),
    [
        (
            "fi",
            "korivo toimittaa vaan arkisin nii ei käy meille",
            "Toimitusmaksu on 4,90 € alle 60 euron tilauksissa arkisin ja viikonloppuisin. "
            "Korivo toimittaa joka päivä, myös sunnuntaisin.",
            "joka päivä",
            "4,90",
        ),
        (
            "en",
            "and then Solvik buys the surplus electricity from you, neat",
            "Solvik does not buy surplus electricity; your energy company does. Solvik installs the panels.",
            "does not buy",
            "installs the panels",
        ),
    ],
)
def test_a_correction_of_a_claim_without_a_figure_cites_the_statement_that_says_the_opposite(
    offline: OfflineDrafter, language: str, claim: str, text: str, opposing: str, nearest: str
) -> None:
    facts = passage(f"policy-{language}", "fact", language, text)
    draft = offline.draft(request(claim, language, passages=(facts,), answer_passages=(facts.id,), plan="correct"))
    assert not draft.skip and opposing in draft.text and nearest not in draft.text


def test_a_correction_never_cites_a_statement_about_something_else(offline: OfflineDrafter) -> None:
    facts = passage(
        "warranty-en",
        "fact",
        "en",
        "Get a price quote at fixari.fi/myy and we pay after inspection. Every repair has a 12-month warranty.",
    )
    claim = "fixari is just a franchise chain that gives no warranty at all"
    draft = offline.draft(request(claim, "en", passages=(facts,), answer_passages=(facts.id,), plan="correct"))
    assert "price quote" not in draft.text


def test_a_correction_no_statement_contradicts_is_skipped(offline: OfflineDrafter) -> None:
    facts = passage("edition-sv", "fact", "sv", "Revontulet finns i en svensk utgåva, Norrsken, med svenska kort.")
    claim = "Revontulet finns som Norrsken på svenska, vi har den, korten är på svenska"
    draft = offline.draft(request(claim, "sv", passages=(facts,), answer_passages=(facts.id,), plan="correct"))
    assert draft.skip and "says otherwise" in (draft.skip_reason or "")


def test_a_quoted_name_in_a_label_is_cut_and_a_phone_abbreviation_ends_no_sentence() -> None:
    assert label_of("Offer 'Second Pair': buy complete glasses and get a second pair.") == "Offer 'Second Pair': "
    assert label_of("We deliver to these cities: Helsinki and Espoo.") == ""
    assert len(split("Asiakaspalvelu: x@fixari.fi tai puh. 09 4242 1100. Kerro korjausnumero.")) == 2


def test_a_disclosure_example_naming_the_example_signer_is_not_used() -> None:
    voice = "Sign every reply with the writer's first name: '– Aino / Korivo'."
    assert _names_example_signer("Moi, Aino täällä Korivon asiakastiimistä!", voice)
    assert not _names_example_signer("Hej, jag jobbar på Klarsyn.", "Signera med förnamn och roll: '/Johanna, optiker'")


def test_called_twice_is_no_charge() -> None:
    comment = "ni har fått min telefon i 3 veckor nu för en enkel skärm, ringt kundtjänst två gånger. vad händer"
    assert empathy_line(comment, "sv")[0] != "a charge"
    assert empathy_line("ni har dragit pengar två gånger för samma order", "sv")[0] == "a charge"


def test_looking_forward_is_not_thanked_for_patience() -> None:
    assert thank_line("booked one for new year's! can't wait", "en")[0] == "looking forward"
    assert thank_line("varattu! en malta odottaa", "fi")[0] == "looking forward"
    assert thank_line("kiitos kun jaksoitte odottaa", "fi")[0] == "patience"


def test_a_named_sign_off_says_who_writes_on_the_brands_own_post(offline: OfflineDrafter) -> None:
    voice = passage("voice", "voice", "en", "Sign every reply with the writer's first name: '– Aino / Korivo'.")
    disclosure = passage(
        "disclosure-fi",
        "disclosure",
        "fi",
        "Jos vastaat henkilökohtaiselta tililtäsi, kerro heti ensimmäisessä lauseessa, että olet Korivolta: "
        "'Moi, Aino täällä Korivon asiakastiimistä!'.",
    )
    fact = passage("fee-fi", "fact", "fi", "Toimitusmaksu on 4,90 € alle 60 euron tilauksissa.")
    passages = (voice, disclosure, fact)
    asked = "paljonko toimitus maksaa?"
    own = offline.draft(request(asked, "fi", passages=passages, plan="answer", own_account=True))
    assert not own.skip and "4,90 €" in own.text and "{name}" in own.text and "Aino" not in own.text
    assert "täällä" not in own.text  # the personal-account line is left out on the brand's own post
    elsewhere = offline.draft(request(asked, "fi", passages=passages, plan="answer", own_account=False))
    assert not elsewhere.skip and "{name}" in elsewhere.text
    assert "Aino" not in elsewhere.text  # the example's writer is never named beside the approver's sign-off


URGENT_SUPPORT = passage(
    "support-fi",
    "support",
    "fi",
    "Asiakaspalvelu: päivystys 24/7 numerossa 010 555 9900 kiireellisissä asioissa (kolari, pumppu ei käynnisty "
    "pakkasella). Muut asiat sähköpostilla apu@revontuli.example arkisin 8–16. Kerro asiakasnumerosi.",
)


def test_offline_acknowledgement_routes_a_billing_complaint_past_the_urgent_line(offline: OfflineDrafter) -> None:
    """A line kept for urgent matters is the route only for those: a charge goes to the channel for the rest."""
    billing = offline.draft(
        request(
            "Laskutitte meitä kahdesti samasta huollosta, ei hyvä", "fi", plan="acknowledge", passages=(URGENT_SUPPORT,)
        )
    )
    urgent = offline.draft(
        request("Pumppu ei käynnisty ollenkaan ja talo kylmenee", "fi", plan="acknowledge", passages=(URGENT_SUPPORT,))
    )

    assert "apu@revontuli.example" in billing.text and "010 555 9900" not in billing.text
    assert "Muut asiat" not in billing.text  # the route said as a sentence, not the guidance's lead-in
    assert "010 555 9900" in urgent.text
    assert "Saat meihin yhteyden sähköpostilla apu@revontuli.example arkisin 8–16." in billing.text


PHOTO_SUPPORT = passage(
    "support-sv",
    "support",
    "sv",
    "Kundtjänst: mejla hjalp@revontuli.example, vardagar 8–16. Ange kundnumret och installationsadressen, och bifoga "
    "gärna bilder om något är trasigt.",
)


@pytest.mark.parametrize(
    ("complaint", "photos"),
    [
        ("Ni har debiterat mig två gånger för samma service, inte okej", False),  # a charge
        ("Montören var väldigt otrevlig mot min mamma", False),  # how someone was treated
        ("Utedelen kom med en stor buckla och är trasig", True),  # damage: the photos are what to bring
        ("Ni debiterade mig för en buckla som redan fanns när ni kom", True),  # a charge for damage
    ],
)
def test_offline_acknowledgement_asks_for_photos_only_for_damage_or_a_fault(
    offline: OfflineDrafter, complaint: str, photos: bool
) -> None:
    result = offline.draft(request(complaint, "sv", plan="acknowledge", passages=(PHOTO_SUPPORT,)))

    assert "Ange kundnumret och installationsadressen" in result.text  # the rest of the request, verbatim
    assert ("bilder" in result.text) is photos


def test_offline_drafter_answers_a_question_asked_out_of_a_complaint_without_a_price(offline: OfflineDrafter) -> None:
    """The plan's ``complaint`` (issue 25: no reply to a complaint carries a price): the price sentence is never
    chosen; with nothing else that answers, the drafter skips rather than quote it."""
    asked = "Paljonko Aero 9 maksaa asennettuna?"
    plain = offline.draft(request(asked, "fi", objective="sales"))
    complaint = offline.draft(request(asked, "fi", objective="sales", offer=True, complaint=True))

    assert "1 890 euroa" in plain.text
    assert "1 890" not in complaint.text
    assert "€" not in complaint.text and "kaupan päälle" not in complaint.text


# A furniture shop whose guidance speaks of delivery nearly everywhere (written for this test, not a set's).
_SOFA = (
    passage("d-en", "fact", "en", "We deliver sofas within 2 weeks. Delivery to the door costs 49 €."),
    passage("d-fi", "fact", "fi", "Toimitamme sohvat kahdessa viikossa. Kotiinkuljetus maksaa 49 €."),
    passage("d-sv", "fact", "sv", "Vi levererar soffor inom två veckor. Hemleverans kostar 49 €."),
    passage("r-en", "faq", "en", "Delivered furniture can be returned within 14 days."),
    passage("r-fi", "faq", "fi", "Toimitetun huonekalun voi palauttaa 14 päivän kuluessa."),
    passage("r-sv", "faq", "sv", "Levererade möbler kan returneras inom 14 dagar."),
    passage("s-en", "fact", "en", "Our showroom in Vantaa is open every day."),
)


def test_a_slot_most_of_the_brands_guidance_speaks_of_tells_no_question_apart() -> None:
    assert common_slots(_SOFA) == frozenset({"delivery"})
    assert common_slots(_SOFA[:3]) == frozenset()  # too little guidance to tell


@pytest.mark.parametrize(
    ("comment", "language"),
    [
        ("Is there a warranty on delivered sofas?", "en"),
        ("Onko toimitetuilla sohvilla takuu?", "fi"),
        ("Har levererade soffor garanti?", "sv"),
    ],
)
def test_a_question_about_what_no_statement_speaks_of_is_not_answered_with_the_brands_common_topic(
    offline: OfflineDrafter, comment: str, language: str
) -> None:
    result = offline.draft(request(comment, language, plan="answer", passages=_SOFA))
    assert result.skip and "guidance does not answer this" in (result.skip_reason or "")


# A chimney sweep's guidance, invented: every statement speaks of chimneys and sweeping.
SWEEP = {
    "en": (
        "Our chimney sweeps clean chimneys, fireplaces and sauna stoves in private homes.",
        "Sweeping the chimney of a detached house costs 95 €, including the safety inspection.",
        "Chimneys are swept from the roof with brushes; we never use chemicals inside the home.",
        "Book a sweep online; we confirm the time within 2 working days.",
    ),
    "fi": (
        "Nuohoojamme nuohoavat savupiiput, takat ja saunan kiukaat omakotitaloissa.",
        "Omakotitalon savupiipun nuohous maksaa 95 €, ja hintaan sisältyy turvatarkastus.",
        "Savupiiput nuohotaan katolta harjoilla; kodin sisällä emme käytä kemikaaleja.",
        "Varaa nuohous verkossa; vahvistamme ajan 2 arkipäivän sisällä.",
    ),
    "sv": (
        "Våra sotare sotar skorstenar, eldstäder och bastuugnar i egnahemshus.",
        "Sotning av en skorsten i ett egnahemshus kostar 95 €, inklusive brandsäkerhetskontroll.",
        "Skorstenar sotas från taket med borstar; inne i hemmet använder vi aldrig kemikalier.",
        "Boka sotning på nätet; vi bekräftar tiden inom 2 vardagar.",
    ),
}


def _sweep(language: str) -> tuple[Passage, ...]:
    return tuple(passage(f"sweep-{i}-{language}", "fact", language, text) for i, text in enumerate(SWEEP[language]))


@pytest.mark.parametrize(
    ("unknown", "known", "language"),
    [
        ("do you sweep ventilation ducts as well?", "do you sweep fireplaces too?", "en"),
        ("nuohoatteko myös ilmanvaihtokanavat?", "nuohoatteko myös takat?", "fi"),
        ("sotar ni ventilationskanaler också?", "sotar ni eldstäder också?", "sv"),
    ],
)
def test_an_answer_sharing_only_what_the_brand_is_about_answers_another_question(
    offline: OfflineDrafter, unknown: str, known: str, language: str
) -> None:
    """Every statement speaks of chimneys and sweeping: a question about something the guidance never names
    (ventilation ducts) is not answered by the nearest of them, one about something it names (fireplaces) is."""
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # any statement is near enough by meaning
    passages = _sweep(language)
    planned = (passages[0].id,)  # the passage the plan chose: the one nearest both questions by meaning

    skipped = eager.draft(request(unknown, language, plan="answer", passages=passages, answer_passages=planned))
    answered = eager.draft(request(known, language, plan="answer", passages=passages, answer_passages=planned))

    assert skipped.skip and "guidance does not answer this" in (skipped.skip_reason or "")
    assert not answered.skip and answered.cited == [passages[0].id]


def test_a_question_naming_nothing_beyond_the_brands_subject_keeps_its_answer(offline: OfflineDrafter) -> None:
    passages = _sweep("fi")
    result = offline.draft(
        request("paljonko nuohous maksaa?", "fi", plan="answer", passages=passages, answer_passages=(passages[1].id,))
    )

    assert not result.skip and "95 €" in result.text


def test_the_offer_under_a_post_about_another_campaign_is_left_out(offline: OfflineDrafter) -> None:
    """The post announces a spring deal (its price and dates), stated in another language than the reply's; the
    reply's language has only the autumn week's campaign: tacked on, it concerns neither the post nor the person.
    Drafted during the autumn week, so the campaign runs (bot/drafting/offers.py)."""
    offline = OfflineDrafter(offline.embedder, today=lambda: date(2026, 10, 6))
    price = passage("sweep-price-en", "fact", "en", SWEEP["en"][1])
    autumn = passage("autumn-en", "campaign", "en", "Autumn week 5.10.–11.10.: sweeping 10 % off for pensioners.")
    asked = "how much is sweeping a chimney? thinking of booking"
    spring = offline.draft(
        request(
            asked,
            "en",
            objective="sales",
            offer=True,
            passages=(price, autumn),
            thread_title="Kevättarjous 1.4.–30.4.",
            thread_body="Nuohous ja palovaroittimen tarkastus yhteensä 79 €.",
        )
    )
    own = offline.draft(
        request(
            asked,
            "en",
            objective="sales",
            offer=True,
            passages=(price, autumn),
            thread_title="Autumn week 5.10.–11.10.",
            thread_body="Pensioners get 10 % off sweeping.",
        )
    )

    assert "95 €" in spring.text and "10 %" not in spring.text
    assert "another offer" in (spring.rationale or "")
    assert "95 €" in own.text and "10 % off" in own.text


@pytest.mark.parametrize(
    ("comment", "language", "support", "request_words"),
    [
        (
            "The instructor was 25 minutes late to our group lesson and nobody said sorry.",
            "en",
            "Support: email help@boulderly.example or call 020 111 2222, Mon–Fri 9–16. "
            "For billing problems include your member number.",
            "member number",
        ),
        (
            "Ohjaaja tuli puoli tuntia myöhässä ryhmätunnille eikä kukaan pahoitellut.",
            "fi",
            "Asiakaspalvelu: help@boulderly.example tai puhelin 020 111 2222 ma–pe 9–16. "
            "Laskutusasioissa kerro jäsennumerosi.",
            "jäsennumero",
        ),
        (
            "Instruktören kom 30 minuter försent till vår grupplektion och ingen bad om ursäkt.",
            "sv",
            "Kundtjänst: help@boulderly.example eller ring 020 111 2222 mån–fre 9–16. "
            "Vid fakturafrågor, ange ditt medlemsnummer.",
            "medlemsnummer",
        ),
    ],
)
def test_an_acknowledgement_leaves_out_what_support_asks_for_another_kind_of_trouble(
    offline: OfflineDrafter, comment: str, language: str, support: str, request_words: str
) -> None:
    """A late instructor is no billing problem: the member number the support guidance asks for billing is not
    asked for; a charge still gets it."""
    passages = (passage(f"support-{language}", "support", language, support),)
    late = offline.draft(request(comment, language, plan="acknowledge", passages=passages))

    assert not late.skip and ("020 111 2222" in late.text or "help@boulderly.example" in late.text)
    assert request_words not in late.text.lower()


def test_an_acknowledgement_of_a_charge_keeps_the_billing_request(offline: OfflineDrafter) -> None:
    support = passage(
        "support-en",
        "support",
        "en",
        "Support: email help@boulderly.example or call 020 111 2222, Mon–Fri 9–16. "
        "For billing problems include your member number.",
    )
    charged = offline.draft(
        request("I cancelled last month and you charged my card again.", "en", plan="acknowledge", passages=(support,))
    )

    assert "member number" in charged.text


@pytest.mark.parametrize(
    ("comment", "language", "support"),
    [
        (
            "I returned the jacket three weeks ago and I'm still waiting for my refund.",
            "en",
            "For order problems, email help@takki.example with your order number, and a photo if the item arrived "
            "damaged.",
        ),
        (
            "Palautin takin kolme viikkoa sitten ja odotan yhä hyvitystä.",
            "fi",
            "Tilausongelmissa lähetä tilausnumero osoitteeseen apu@takki.example ja kuva, jos tuote saapui "
            "rikkinäisenä.",
        ),
    ],
)
def test_an_acknowledgement_without_damage_cuts_the_photo_request_from_the_route(
    offline: OfflineDrafter, comment: str, language: str, support: str
) -> None:
    passages = (passage(f"support-{language}", "support", language, support),)
    result = offline.draft(request(comment, language, plan="acknowledge", passages=passages))

    assert not result.skip and "takki.example" in result.text
    assert "photo" not in result.text and "kuva" not in result.text


@pytest.mark.parametrize(
    ("comment", "language", "support"),
    [
        (
            "Viime kerralla pesijä oli tunnin myöhässä eikä kukaan ilmoittanut mitään.",
            "fi",
            "Reklamaatiot: lähetä kuvat ja varausnumero osoitteeseen kund@ikkuna.example 3 päivän sisällä pesusta. "
            "Vahingoista ilmoitetaan samana päivänä numeroon 09 612 4400.",
        ),
        (
            "The cleaner was an hour late and nobody told us.",
            "en",
            "Claims: send photos and your booking number to claims@ikkuna.example within 3 days of the wash. "
            "Damage is reported the same day on 09 612 4400.",
        ),
    ],
)
def test_a_late_visit_gets_the_claims_passages_address_not_its_request_for_photos(
    offline: OfflineDrafter, comment: str, language: str, support: str
) -> None:
    passages = (passage(f"claims-{language}", "support", language, support),)
    result = offline.draft(request(comment, language, plan="acknowledge", passages=passages))

    assert not result.skip and "ikkuna.example" in result.text
    for asked in ("kuvat", "photos", "3 päivän", "3 days", "Vahingoista", "Damage"):
        assert asked not in result.text


@pytest.mark.parametrize(
    ("language", "rule"),
    [
        ("fi", "Kerro aina, kuka vastaa: allekirjoita etunimelläsi, esim. '– Aino'."),
        ("en", "Always say who answers: sign with your first name, e.g. '– Aino'."),
    ],
)
def test_a_sign_off_example_naming_only_a_writer_is_not_copied_as_the_sign_off(
    offline: OfflineDrafter, language: str, rule: str
) -> None:
    facts = tuple(p for p in REVONTULI if p.kind not in ("disclosure", "voice"))
    question = {
        "fi": "Kuinka pitkä takuu teidän lämpöpumpuilla on?",
        "en": "How long is the warranty on your heat pumps?",
    }
    named = OfflineDrafter(offline.embedder, brand="Revontuli")

    result = named.draft(
        request(question[language], language, passages=(*facts, passage("d", "disclosure", language, rule)))
    )

    assert result.text and "Aino" not in result.text
    assert "Revontuli" in result.text  # the standard line says who writes


VIDEO = passage("video", "faq", "en", "A video call with a vet costs 25 € for 15 minutes. Calls run 7–23 every day.")
FOOD = passage("food", "fact", "en", "The café serves food until 21. Birthday cakes may be brought for parties.")
CARDS = passage("cards", "fact", "fi", "Käymme maksuvälineenä ePassi, Smartum ja Edenred, kertamaksuissa.")


@pytest.mark.parametrize(
    ("comment", "best", "planned", "answers"),
    [
        ("price?", Match(VIDEO, split(VIDEO.text)[0], 0, 0.852), "video", True),  # states the price asked
        ("vad kostar det?", Match(VIDEO, split(VIDEO.text)[0], 0, 0.852), "food", False),  # not the plan's passage
        ("paljonko maksaa?", Match(VIDEO, split(VIDEO.text)[0], 0, 0.84), "video", False),  # too far under the bar
        ("when do calls open?", Match(VIDEO, split(VIDEO.text)[1], 1, 0.852), "video", False),  # no date stated
        ("do gift cards expire? got one for my birthday", Match(FOOD, split(FOOD.text)[1], 1, 0.852), "food", False),
        ("Käykö Smartum lounaaseen?", Match(CARDS, CARDS.text, 0, 0.852), "cards", True),  # the name asked about
        ("Gäller Smartum hos er?", Match(CARDS, CARDS.text, 0, 0.852), "cards", True),
    ],
)
def test_the_plans_own_statement_a_little_under_the_bar_answers_only_when_it_gives_what_was_asked(
    comment: str, best: Match, planned: str, answers: bool
) -> None:
    asked = request(comment, None, plan="answer", passages=(VIDEO, FOOD, CARDS), answer_passages=(planned,))
    assert planned_answer(asked, best, comment, 0.86) is answers
