"""Facts and routes that need no translation, said in the reply's language (issue 25, session 37): a country asked by
its name in one language meets guidance naming it in another or a region holding it; a model named by a figure
("5-kielinen", "10-string") has its own price said; the route asked, and a complaint's route, come from the support
line kept for the reply's language; the chat on the brand's site is that route, not a link; a disclosure the guidance
gives as "we" in another language is said as "we" in the reply's."""

from __future__ import annotations

import pytest

from bot.checks.links import chat_places, find_hosts, without_chat_places
from bot.drafting.bridging import price_line, shipping_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.support import asks_contact, own_language_route, scoped_to
from bot.drafting.voice import brand_we_line
from bot.opportunities.objects import asked_names, names_asked
from bot.opportunities.places import country_of, held_by_regions
from eval.reply_plans import carries_offer
from tests.drafting.conftest import acknowledgement, blocking_checks, facebook_request, passage


@pytest.mark.parametrize(
    ("question", "statement", "named"),
    [
        ("hur mycket kostar frakten till Norge", "We ship to Norway and Denmark for 19 €.", True),
        ("toimitatteko Tanskaan", "Frakt: Finland 8 €, Norden 20 €.", True),  # Denmark is Nordic
        ("do you ship to Denmark", "Toimitus EU-maihin 25 €.", True),
        ("hur mycket kostar frakten till Norge", "Toimitus Suomeen 6 €.", False),  # another country only
        ("can you ship to Estland", "Frakt inom Norden 20 €.", False),  # Estonia is not Nordic
    ],
)
def test_a_country_asked_in_one_language_is_named_by_another_or_its_region(
    question: str, statement: str, named: bool
) -> None:
    assert names_asked(asked_names(question, ["Kaira"]), statement) is named


def test_country_names_and_regions_are_read_in_each_language() -> None:
    assert {country_of(key) for key in ("sver", "ruot", "swed")} == {"sweden"}
    assert country_of("kaira") is None
    assert "sweden" in held_by_regions("Nordics and EU 24 €") and "germany" not in held_by_regions("Norden 20 €")


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("vad kostar frakten till Norge", "sv", "Priset för Norge är 20 €."),  # the region's price
        ("paljonko postikulut Suomeen", "fi", "Suomen hinta on 7,90 €."),  # the country's own, not its region's
    ],
)
def test_a_country_priced_only_by_its_region_gets_the_regions_price(question: str, language: str, line: str) -> None:
    assert (
        price_line("Shipping: Finland 7,90 €, Nordics and EU 20 €, elsewhere on request.", language, question) == line
    )


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("vad kostar den 6-strängade", "sv", "Priset är 320 €."),
        ("how much is the 12-string one", "en", "The price is 640 €."),
        ("paljonko 6-kielinen maksaa", "fi", "Hinta on 320 €."),
    ],
)
def test_a_model_named_by_a_figure_gets_its_own_price(question: str, language: str, line: str) -> None:
    statement = "6-string lyre 320 €, 12-string 640 €, 18-string concert lyre 1 200 €."
    assert price_line(statement, language, question) == line


@pytest.mark.parametrize(
    "question",
    ["vad kostar den 9-strängade", "vad kostar den", "vad kostar den 6-strängade och den 12-strängade"],
)
def test_a_figure_naming_no_model_or_two_gets_no_price(question: str) -> None:
    statement = "6-string lyre 320 €, 12-string 640 €, 18-string concert lyre 1 200 €."
    assert price_line(statement, "sv", question) is None


SUPPORT = (
    passage("support-fi", "support", "fi", "Asiakaspalvelu: apu@kaira.example tai puh. 040 555 0101 arkisin."),
    passage("support-en", "support", "en", "Support in English: help@kaira.example, answered within 2 working days."),
    passage("support-sv", "support", "sv", "Kundtjänst på svenska: ring 040 555 0202 eller mejla sv@kaira.example."),
)


def test_support_lines_kept_for_a_language_and_questions_asking_contact_are_read() -> None:
    assert scoped_to("Kundtjänst på svenska: ...") == {"sv"} and scoped_to("Asiakaspalvelu: ...") == set()
    assert asks_contact("hur kontaktar man er") and asks_contact("miten teihin saa yhteyden")
    assert not asks_contact("vad kostar frakten")


@pytest.mark.parametrize(
    ("question", "kind", "language", "line"),
    [
        ("what's your support email", "email", "en", "The e-mail address is help@kaira.example."),
        (
            "hur kontaktar man er",
            None,
            "sv",
            "Du når oss via e-post till sv@kaira.example eller på telefon 040 555 0202.",
        ),
        ("what's the Swedish support email", "email", "en", None),  # asked in another language than the reply's
    ],
)  # fmt: skip
def test_the_route_asked_comes_from_the_support_line_of_the_replys_language(
    question: str, kind: str | None, language: str, line: str | None
) -> None:
    found = own_language_route(SUPPORT, kind, language, question)
    assert (found[0] if found else None) == line


def test_a_route_question_planned_from_another_languages_support_line_is_answered_from_its_own(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(
        facebook_request("what's the support email", "en", SUPPORT, answer_passages=("support-sv",), own_account=True)
    )
    assert not result.skip, result.skip_reason
    assert "help@kaira.example" in result.text and "sv@kaira.example" not in result.text
    assert result.cited == ["support-en"]


def test_the_chat_on_the_brands_site_is_a_route_not_a_link() -> None:
    statement = "English support via the chat on kaira.example.fi, weekdays 9–15."
    assert chat_places(statement) == {"kaira.example.fi"}
    assert find_hosts(without_chat_places(statement, {"kaira.example.fi"})) == []
    assert find_hosts(without_chat_places("Visit kaira.example.fi for the chat.", {"kaira.example.fi"}))
    assert carries_offer(f"Sorry! {statement}", [], [statement]) is None
    assert carries_offer("Sorry! See evil.example.com.", [], [statement]) == "link evil.example.com"


def test_a_complaint_in_english_is_routed_to_the_english_chat_not_another_languages_line(
    offline: OfflineDrafter,
) -> None:
    support = (
        passage("support-fi", "support", "fi", "Asiakaspalvelu: apu@kaira.example tai puh. 040 555 0101 arkisin."),
        passage("support-en", "support", "en", "English support via the chat on kaira.example.fi, weekdays 9–15."),
    )
    result = offline.draft(acknowledgement("my order arrived broken, really disappointed", "en", *support))
    assert not result.skip, result.skip_reason
    assert "chat on kaira.example.fi" in result.text
    assert "040 555 0101" not in result.text and "apu@" not in result.text


def test_an_english_speaker_who_emailed_the_english_line_is_not_sent_to_another_languages_phone(
    offline: OfflineDrafter,
) -> None:
    support = (
        passage("support-fi", "support", "fi", "Asiakaspalvelu: apu@kaira.example tai puh. 040 555 0101 arkisin."),
        passage("support-en", "support", "en", "English support: email help@kaira.example. Include your order number."),
    )
    comment = "my boots split after a month and I've emailed help@ twice with no answer"
    result = offline.draft(acknowledgement(comment, "en", *support))
    assert not result.skip, result.skip_reason
    assert "040 555 0101" not in result.text


WE_RULE = passage("d", "disclosure", "fi", "Muiden julkaisuissa vastaus alkaa sanoilla 'Vastaamme Kairan verstaalta:'.")


@pytest.mark.parametrize(
    ("language", "line"),
    [("en", "We're answering from the Kaira team."), ("sv", "Vi svarar från Kaira."), ("fi", None)],
)
def test_a_disclosure_given_as_we_in_another_language_is_said_as_we(language: str, line: str | None) -> None:
    assert brand_we_line([WE_RULE], language, "Kaira") == line


def test_a_disclosure_speaking_as_a_person_keeps_the_standard_line() -> None:
    rule = passage("d", "disclosure", "sv", "I andras trådar börjar vi med 'Jag jobbar på Kaira.'")
    assert brand_we_line([rule], "en", "Kaira") is None


SHIPPING_SV = passage(
    "ship-sv", "fact", "sv", "Vi skickar till Finland, Sverige och Åland. Frakten kostar 6 € per paket."
)


@pytest.mark.parametrize(
    ("question", "language", "line"),
    [
        ("do you ship to Åland?", "en", "Yes, we ship to Åland."),
        ("toimitatteko Norjaan", "fi", "Valitettavasti ei tällä hetkellä. Toimitamme Suomeen, Ruotsiin ja Ahvenanmaalle."),  # noqa: E501
        ("tuotteko Ouluun", "fi", None),  # a town is never read as outside the list
        ("what does it cost to Sweden", "en", None),  # a price asked, not whether
    ],
)  # fmt: skip
def test_whether_the_brand_ships_to_a_country_is_said_from_another_languages_list(
    question: str, language: str, line: str | None
) -> None:
    assert shipping_line(SHIPPING_SV.text.split(". ")[0] + ".", language, question) == line


def test_a_shipping_question_planned_from_another_languages_list_is_answered_and_passes_the_checks(
    offline: OfflineDrafter,
) -> None:
    result = offline.draft(
        facebook_request("do you ship to Norway?", "en", (SHIPPING_SV,), answer_passages=("ship-sv",), own_account=True)
    )
    assert not result.skip, result.skip_reason
    assert "Sorry, not at the moment." in result.text and "Finland, Sweden and Åland" in result.text
    assert blocking_checks(result.text, "do you ship to Norway?", "en", (SHIPPING_SV,), "Kaira", own_post=True) == []
