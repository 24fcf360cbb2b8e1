"""Session 25 (issue 19): kinds of benign replies the checks still blocked, written for the mechanism (not copied
from an evaluation set). A clause of reason that only says who writes ("…, koska työskentelen itse X:llä", "Since I
work at X, …", "…, eftersom jag jobbar på X") is a disclosure line: the rest of the sentence is judged on its own.
What must still hold around each (a claim riding on the clause, a denial, the brand's own claim) is tested beside
it."""

from __future__ import annotations

import pytest

from bot.checks.atoms import atoms
from bot.checks.claims import claims, named_months
from bot.checks.grounding import _apart_from_opening_disclosure, _sympathises, check_grounding, supports
from tests.checks.conftest import context


@pytest.mark.parametrize(
    ("language", "sentence", "reason", "rest"),
    [
        (
            "fi",
            "Muiden merkkien pumppuja en lähde arvioimaan, koska työskentelen itse Revontulella.",
            "työskentelen itse Revontulella",
            "Muiden merkkien pumppuja en lähde arvioimaan.",
        ),
        (
            "en",
            "Since I work at Revontuli, I won't rate other makers' pumps.",
            "I work at Revontuli",
            "I won't rate other makers' pumps.",
        ),
        (
            "sv",
            "Andra märken tänker jag inte betygsätta, eftersom jag jobbar på Revontuli.",
            "jag jobbar på Revontuli",
            "Andra märken tänker jag inte betygsätta.",
        ),
        (
            "en",
            "I'd rather not compare brands because I work for Revontuli.",
            "I work for Revontuli",
            "I'd rather not compare brands.",
        ),
    ],
)
def test_a_reason_clause_that_says_who_writes_is_a_disclosure_line(
    language: str, sentence: str, reason: str, rest: str
) -> None:
    assert _apart_from_opening_disclosure(sentence, context(language)) == [reason, rest]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I won't rate other makers, since I work at Revontuli and our pumps are the best."),
        ("fi", "En arvioi muita, koska työskentelen Revontulella ja pumppumme on markkinoiden paras."),
        ("en", "Our pumps last longer, because Revontuli builds them better."),
        ("fi", "En ole töissä Revontulella, koska työskentelen toisessa yrityksessä."),
        ("sv", "Jag kan inte svara, eftersom jag inte jobbar på Revontuli."),
    ],
)
def test_a_reason_clause_with_a_claim_or_a_denial_is_no_disclosure_line(language: str, sentence: str) -> None:
    assert _apart_from_opening_disclosure(sentence, context(language)) == [sentence]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Muiden valmistajien laitteita en lähde arvioimaan, koska työskentelen itse Revontulella."),
        ("en", "Since I work at Revontuli, I won't compare other manufacturers."),
        ("sv", "Andra tillverkare tänker jag inte jämföra, eftersom jag jobbar på Revontuli."),
    ],
)
def test_declining_with_the_disclosure_as_its_reason_needs_no_passage(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="Is your pump better than the other brands?"))
    assert result.passed, result.reason
    assert any(s.kind == "disclosure" for s in supports(text, context(language, comment="Better than others?")))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Since I work at Revontuli, I can tell you our pumps outlast every other brand."),
        ("fi", "Koska työskentelen Revontulella, voin kertoa että pumppumme kestävät muita pidempään."),
    ],
)
def test_a_claim_after_the_reason_clause_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language, comment="Is your pump better than the other brands?")).passed


@pytest.mark.parametrize(
    ("language", "comment", "text"),
    [
        (
            "en",
            "The pump died on Friday and we have twins at home. Nobody picks up the phone!",
            "I'm sorry, that's the last thing you need with twins in the house.",
        ),
        (
            "fi",
            "Lasku on taas väärin, jo toisen kerran peräkkäin.",
            "Pahoittelen, väärä lasku kahdesti peräkkäin on todella turhauttavaa.",
        ),
        (
            "sv",
            "Pumpen har tjutit i en vecka och ingen svarar. Jag är så trött på det.",
            "Vad tråkigt, ett ständigt tjut är verkligen jobbigt att stå ut med.",
        ),
    ],
)
def test_sympathy_after_an_apology_frame_needs_no_passage(language: str, comment: str, text: str) -> None:
    result = check_grounding(text, context(language, comment=comment))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'm sorry, our pumps fail every winter and we know it."),
        ("en", "I'm sorry, that model is known to break down every winter."),
        ("en", "Sorry, you will get a full refund for the broken pump."),
        ("fi", "Pahoittelen, pumppumme hajoavat joka talvi."),
        ("fi", "Pahoittelen, kilpailijan pumput ovat paljon huonompia."),
        ("sv", "Tyvärr, den modellen har ett känt fel i kompressorn."),
        ("sv", "Vad tråkigt, konkurrentens pumpar håller aldrig länge."),
    ],
)
def test_an_apology_frame_carries_no_claim(language: str, text: str) -> None:
    assert not check_grounding(text, context(language, comment="My pump is broken and nobody answers.")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'll check what we have on file and get back to you."),
        ("fi", "Tarkistan, mitä meillä on asiasta kirjattu, ja palaan asiaan."),
        ("sv", "Jag kollar vad vi har för uppgifter och återkommer."),
    ],
)
def test_finding_out_what_the_brand_has_and_coming_back_needs_no_passage(language: str, text: str) -> None:
    result = check_grounding(text, context(language, comment="How many years until it pays for itself?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We have the quietest pumps on the market and I'll get back to you."),
        ("sv", "Vi har marknadens tystaste pumpar och jag återkommer."),
        ("fi", "Meillä on markkinoiden hiljaisimmat pumput, ja palaan asiaan."),
    ],
)
def test_a_claim_of_the_brand_beside_coming_back_still_needs_guidance(language: str, text: str) -> None:
    assert not check_grounding(text, context(language, comment="How many years until it pays for itself?")).passed


@pytest.mark.parametrize(
    "sentence",
    [
        "Olen pahoillani, kaksi laskua samasta työstä ei kuulu kenenkään joulukuuhun.",
        "Sorry, a double bill belongs in nobody's December.",
        "Förlåt, en dubbel faktura hör inte hemma i någons december.",
    ],
)
def test_a_month_named_as_someones_is_no_date(sentence: str) -> None:
    assert named_months(sentence) == []
    assert not [c for c in claims(sentence) if c.text == "month name"]
    assert not atoms(sentence)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Asennus onnistuu vielä joulukuussa.", 12),
        ("The winter offer runs until 28 February 2027.", 2),
        ("Vi kan installera i december.", 12),
        ("Everyone's pump gets a check-up in March.", 3),
    ],
)
def test_a_month_named_as_a_time_is_still_a_date(sentence: str, month: int) -> None:
    assert named_months(sentence) == [month]
    assert any(a.key == f"{month} date" for a in atoms(sentence))


def test_an_apology_with_a_month_as_a_figure_of_speech_needs_no_passage() -> None:
    text = "Olen pahoillani, kaksi laskua samasta työstä ei kuulu kenenkään joulukuuhun."
    result = check_grounding(text, context("fi", comment="Sain kaksi laskua samasta asennuksesta. Mitä ihmettä?"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "I'm sorry, that's the last thing you need right now.", True),
        ("fi", "Olen pahoillani, tuollainen odottelu on raskasta.", True),
        ("sv", "Usch, vad tråkigt, det låter riktigt jobbigt för er.", True),
        ("en", "Honestly, a heat pump might be a bit advanced for you.", False),  # no sympathy in the frame
        ("en", "Good question, the pump is the quietest one around.", False),
        ("en", "Sorry, our installers messed that up.", False),  # the brand speaks of itself: an admission
        ("fi", "Pahoittelen, Revontulen pumput hajoavat usein.", False),
        ("sv", "Förlåt.", False),  # a frame with nothing after it is an acknowledgement, judged as one
    ],
)
def test_a_sympathy_frame_opens_with_sympathy_and_the_brand_does_not_speak(
    language: str, sentence: str, expected: bool
) -> None:
    assert _sympathises(sentence, 0.05, context(language, comment="It has been a week without heat.")) is expected


def test_a_sympathy_frame_nearer_an_assertion_is_none() -> None:
    ctx = context("en", comment="It has been a week without heat.")
    assert not _sympathises("I'm sorry, that's the last thing you need right now.", -0.01, ctx)
