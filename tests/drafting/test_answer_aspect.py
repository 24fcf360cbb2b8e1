"""An answer states the aspect its question asks of the thing it names: a campaign's scope for "does the offer cover
X?", what a service includes for "what does it include?", not the offer restated or the price (fi/sv/en)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.drafting.answering import only_the_name, quotable, scope_statement
from bot.drafting.matching import Match
from bot.drafting.offline import OfflineDrafter, planned_answer
from bot.drafting.types import DraftRequest
from knowledge.embeddings import LocalE5Embedder
from tests.drafting.conftest import passage

CAMPAIGN = {
    "fi": passage(
        "spring-fi",
        "campaign",
        "fi",
        "Kevätkampanja: perushuolto 69 € (norm. 79 €) 1.4.–31.5. koodilla KEVÄT. Koskee polkupyöriä, ei "
        "sähköpyöriä. Sääntö: mainitse tarjous vain hintaa kysyville.",
    ),
    "sv": passage(
        "spring-sv",
        "campaign",
        "sv",
        "Vårkampanj: grundservice 69 € (ord. 79 €) 1.4–31.5 med koden VÅR. Gäller cyklar, inte elcyklar. "
        "Regel: nämn erbjudandet bara för den som frågar om pris.",
    ),
    "en": passage(
        "spring-en",
        "campaign",
        "en",
        "Spring offer: basic service 69 € (normally 79 €) 1 April to 31 May with code SPRING. Covers bicycles, not "
        "e-bikes. Rule: mention the offer only to people asking about prices.",
    ),
}
SCOPE_QUESTION = {
    "fi": ("Koskeeko tarjous myös sähköpyöriä?", "ei sähköpyöriä"),
    "sv": ("Gäller erbjudandet elcyklar också?", "inte elcyklar"),
    "en": ("Does the offer cover e-bikes too?", "not e-bikes"),
}
SERVICE = {
    "fi": passage(
        "service-fi",
        "fact",
        "fi",
        "Teemme polkupyörän perushuollon 79 €:lla. Huollossa tarkistetaan ja säädetään jarrut, vaihteet, "
        "ketju ja renkaat.",
    ),
    "sv": passage(
        "service-sv",
        "fact",
        "sv",
        "Vi gör grundservice på cyklar för 79 €. I servicen kontrolleras och justeras bromsar, växlar, kedja och däck.",
    ),
    "en": passage(
        "service-en",
        "fact",
        "en",
        "We do a basic bicycle service for 79 €. The service checks and adjusts the brakes, gears, chain and tyres.",
    ),
}
CONTENTS_QUESTION = {
    "fi": ("Mitä polkupyörän perushuoltoon kuuluu?", "jarrut, vaihteet"),
    "sv": ("Vad ingår i grundservicen av cykeln?", "bromsar, växlar"),
    "en": ("What does the basic service include?", "brakes, gears"),
}


@pytest.fixture(scope="module")
def offline() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder(), today=lambda: date(2027, 4, 20))  # while the campaign runs


def _request(comment: str, language: str, planned: str, **changes: object) -> DraftRequest:
    values: dict[str, object] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "instagram",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "sales",
        "topics": (),
        "passages": (CAMPAIGN[language], SERVICE[language]),
        "plan": "answer",
        "answer_passages": (planned,),
    }
    values.update(changes)
    return DraftRequest(**values)  # type: ignore[arg-type]


def _match(language: str, position: int, sentence: str) -> Match:
    return Match(CAMPAIGN[language], sentence, position, 0.9)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_campaigns_scope_statement_is_quotable_for_the_thing_the_question_names(language: str) -> None:
    question, _ = SCOPE_QUESTION[language]
    scope = _match(
        language,
        1,
        {
            "fi": "Koskee polkupyöriä, ei sähköpyöriä.",
            "sv": "Gäller cyklar, inte elcyklar.",
            "en": "Covers bicycles, not e-bikes.",
        }[language],
    )
    assert scope_statement(scope, question) and quotable(scope, question)
    assert not quotable(scope)  # without the question, a campaign says only its offer
    assert not quotable(scope, "Paljonko huolto maksaa?" if language == "fi" else "What does a service cost?")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_campaigns_rule_for_the_writer_is_never_quotable(language: str) -> None:
    rule = {
        "fi": "Sääntö: mainitse tarjous vain hintaa kysyville.",
        "sv": "Regel: nämn erbjudandet bara för den som frågar om pris.",
        "en": "Rule: mention the offer only to people asking about prices.",
    }[language]
    asking = {
        "fi": "Mainitsetteko tarjouksen hintaa kysyville?",
        "sv": "Nämner ni erbjudandet?",
        "en": "Do you mention the offer to people asking prices?",
    }[language]
    assert not quotable(_match(language, 2, rule), asking)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_question_about_the_offers_scope_is_answered_by_the_statement_that_settles_it(
    offline: OfflineDrafter, language: str
) -> None:
    question, fact = SCOPE_QUESTION[language]
    result = offline.draft(_request(question, language, CAMPAIGN[language].id, offer=True))

    assert not result.skip, result.skip_reason
    assert fact in result.text  # the offer restated alone implied a yes the campaign excludes


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_question_what_a_service_includes_is_answered_with_its_parts_not_its_price(
    offline: OfflineDrafter, language: str
) -> None:
    question, parts = CONTENTS_QUESTION[language]
    result = offline.draft(_request(question, language, SERVICE[language].id))

    assert not result.skip, result.skip_reason
    assert parts in result.text


BRAND = ["Pyöräpaja", "pyorapaja.fi"]


@pytest.mark.parametrize(
    ("question", "areas"),
    [
        ("Käyvätkö lahjakortit myös Tukholmassa?", "Huollamme pyöriä Helsingissä, Espoossa ja Tukholmassa."),
        ("Kan man använda presentkorten i Stockholm också?", "Vi servar cyklar i Helsingfors, Esbo och Stockholm."),
        ("Do the gift cards work in Stockholm too?", "We service bikes in Helsinki, Espoo and Stockholm."),
    ],
)
def test_a_statement_sharing_only_the_town_does_not_answer_a_question_about_a_thing_there(
    question: str, areas: str
) -> None:
    """Where the brand works answers "do you work in Stockholm?", not whether its gift cards work there."""
    assert only_the_name(question, areas, BRAND, frozenset())


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("Gäller det också i Stockholm?", "Vi servar cyklar i Helsingfors, Esbo och Stockholm."),
        ("Do the gift cards work in Stockholm too?", "Gift cards work in Helsinki and Stockholm."),
        ("Toimiiko lahjakortti Tukholmassa?", "Lahjakortit käyvät Helsingissä ja Tukholmassa."),
    ],
)
def test_a_statement_naming_the_thing_or_a_question_naming_only_the_town_is_answered(
    question: str, statement: str
) -> None:
    assert not only_the_name(question, statement, BRAND, frozenset())


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Kauanko perushuolto kestää?", "fi"),
        ("Hur lång tid tar grundservicen?", "sv"),
        ("How long does the basic service take?", "en"),
    ],
)
def test_how_long_a_service_takes_is_not_answered_with_how_often_to_have_it(
    offline: OfflineDrafter, question: str, language: str
) -> None:
    """The guidance states how often and a wait, never the service's length: the drafter says nothing rather than
    the frequency (the panels' "they asked how long a tuning takes, not how often")."""
    often = {
        "fi": "Suosittelemme perushuoltoa kerran vuodessa. Kolarin jälkeen odota 7 päivää ennen pitkiä ajoja.",
        "sv": "Vi rekommenderar grundservice en gång om året. Efter en krock, vänta 7 dagar innan långa turer.",
        "en": "We recommend a basic service once a year. After a crash, wait 7 days before long rides.",
    }[language]
    rhythm = passage(f"rhythm-{language}", "fact", language, often)
    result = offline.draft(_request(question, language, rhythm.id, passages=(rhythm,)))

    assert result.skip and "guidance does not answer this" in (result.skip_reason or "")


PHOTOS = {
    "fi": passage(
        "photos-fi", "faq", "fi", "Otamme pyörästä valokuvat ennen huoltoa, ja ne poistetaan 30 päivän kuluttua."
    ),
    "sv": passage(
        "photos-sv", "faq", "sv", "Vi fotograferar cykeln före servicen, och bilderna raderas efter 30 dagar."
    ),
    "en": passage(
        "photos-en", "faq", "en", "We photograph the bike before the service, and the photos are deleted after 30 days."
    ),
}
PHOTO_QUESTION = {
    "fi": "Mihin valokuvat päätyvät?",
    "sv": "Vad händer med bilderna?",
    "en": "What happens to the photos?",
}
OTHER_QUESTION = {
    "fi": "Mihin vanhat renkaat päätyvät?",
    "sv": "Vad händer med de gamla däcken?",
    "en": "What happens to the old tyres?",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_plans_statement_naming_the_questions_own_thing_answers_a_little_further_under_the_bar(
    language: str,
) -> None:
    photos = PHOTOS[language]
    request = _request(PHOTO_QUESTION[language], language, photos.id, passages=(photos,), objective="trust")
    under = Match(photos, photos.text, 0, 0.83)  # 0.03 under the bar: below the plain allowance

    assert planned_answer(request, under, PHOTO_QUESTION[language], 0.86)
    other = replace(request, comment_text=OTHER_QUESTION[language])
    assert not planned_answer(other, under, OTHER_QUESTION[language], 0.86)  # shares no word of its own thing
    assert not planned_answer(request, Match(photos, photos.text, 0, 0.82), PHOTO_QUESTION[language], 0.86)
