"""Session 24 (issue 19): kinds of benign replies the checks blocked, written for the mechanism (not copied from an
evaluation set): a sign-off that follows a link on the same line, a promise or a guess declined in so many words
("I can't promise that", "en voi luvata", "joten en arvaa", "den siffran vågar jag inte ange"). What must still
hold around them is tested beside each."""

from __future__ import annotations

import pytest

from bot.checks.data import first_match, patterns
from bot.checks.grounding import check_grounding, restates_comment
from bot.checks.identity import check_disclosure, check_posing, only_unsure
from tests.checks.conftest import context

LINKS = {
    "en": "https://revontuli.example/en/survey",
    "fi": "https://revontuli.example/kotikaynti",
    "sv": "https://revontuli.example/sv/hembesok",
}


@pytest.mark.parametrize(
    ("language", "lead", "name"),
    [("en", "Book it here:", "Tom"), ("fi", "Varaa täältä:", "Aino"), ("sv", "Boka här:", "Linnea")],
)
def test_a_sign_off_after_a_link_on_the_same_line_discloses(language: str, lead: str, name: str) -> None:
    ctx = context(language, comment="Where do I book?", first_reply=True)
    assert check_disclosure(f"{lead} {LINKS[language]} – {name}, Revontuli", ctx).passed
    assert check_disclosure(f"{lead} {LINKS[language]} — {name}, Revontuli.", ctx).passed


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_a_link_alone_or_a_link_followed_by_other_text_says_nobody_writes(language: str) -> None:
    ctx = context(language, comment="Where do I book?", first_reply=True)
    assert not check_disclosure(f"{LINKS[language]}", ctx).passed
    assert not check_disclosure(f"{LINKS[language]} – book early, Revontuli fills up", ctx).passed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I can't promise that for your house without seeing it."),
        ("en", "I cannot guarantee a figure like that."),
        ("fi", "En voi luvata sitä ilman talon tietoja."),
        ("fi", "Sähkönkulutuksesta minulla ei ole tarkkaa lukua, joten en arvaa."),
        ("fi", "En ala arvailla kellarisi kosteutta."),
        ("sv", "Någon exakt siffra vågar jag inte ange."),
        ("sv", "Det kan jag tyvärr inte lova utan att ha sett huset."),
        ("sv", "Jag kan inte garantera det för ert hus."),
    ],
)
def test_a_promise_or_guess_declined_is_only_unsure(language: str, sentence: str) -> None:
    assert only_unsure(sentence)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I can't promise it, but our pump beats every other brand."),
        ("fi", "En voi luvata mitään, mutta meidän pumppu on markkinoiden paras."),
        ("sv", "Jag kan inte lova det, men vår pump är bäst på marknaden."),
        ("en", "We promise a reply within a day."),
        ("fi", "Arvaan, että säästät puolet."),
        ("sv", "Jag lovar att du sparar hälften."),
    ],
)
def test_a_declined_promise_with_a_claim_beside_it_or_a_promise_made_is_not_only_unsure(
    language: str, sentence: str
) -> None:
    assert not only_unsure(sentence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't promise a saving for your house without seeing it. The home survey is free."),
        ("fi", "Säästöstä en voi luvata mitään ilman talon tietoja. Kotikäynti on maksuton."),
        ("sv", "Någon besparing vågar jag inte ange utan att ha sett huset. Hembesöket är kostnadsfritt."),
    ],
)
def test_a_reply_declining_to_promise_a_figure_needs_no_passage_for_it(language: str, text: str) -> None:
    ctx = context(language, comment="How much will I save?", first_reply=False)
    result = check_grounding(text, ctx)
    assert result.passed, result.reason
    assert check_posing(text, ctx).passed


def test_the_new_phrases_are_in_not_knowing() -> None:
    unsure = patterns("semantic", "not_knowing")
    assert first_match(unsure, "joten en arvaa") == "en arvaa"
    assert first_match(unsure, "vågar jag inte ange") is not None
    assert first_match(unsure, "we can promise it") is None


@pytest.mark.parametrize(
    ("language", "comment", "sentence"),
    [
        ("en", "Three weeks of a cold house and the pump just blinks red.", "I get it, a cold house feels heavy."),
        (
            "fi",
            "Talo on ollut kylmä kolme viikkoa ja pumppu vilkkuu punaista.",
            "Ymmärrän, että kylmä talo tuntuu todella raskaalta, etenkin kun pumppu vilkkuu.",
        ),
        (
            "sv",
            "Huset har varit kallt i tre veckor och pumpen blinkar rött.",
            "Förstår att det känns tungt, särskilt när huset är kallt i veckor.",
        ),
    ],
)
def test_sympathy_saying_how_the_readers_hardship_feels_restates_the_comment(
    language: str, comment: str, sentence: str
) -> None:
    ctx = context(language, comment=comment, first_reply=False)
    assert restates_comment(sentence, ctx)


@pytest.mark.parametrize(
    ("language", "comment", "sentence"),
    [
        ("en", "The pump blinks red.", "I understand, the pump is defective and unsafe."),
        ("fi", "Pumppu vilkkuu punaista.", "Ymmärrän, pumppu on viallinen ja vaarallinen."),
        ("sv", "Pumpen blinkar rött.", "Förstår, pumpen är trasig och farlig."),
        ("en", "The pump blinks red.", "Sorry, our pump is heavy and hard to fix."),
    ],
)
def test_sympathy_with_a_claim_of_its_own_is_no_restatement(language: str, comment: str, sentence: str) -> None:
    ctx = context(language, comment=comment, first_reply=False)
    assert not restates_comment(sentence, ctx)


@pytest.mark.parametrize(
    ("language", "comment", "text"),
    [
        (
            "sv",
            "Vilken kabel ska jag dra till pumpen?",
            "I elfrågor har jag bara ett råd: ring en behörig elektriker. Därför ger jag inga råd om kabeln.",
        ),
        (
            "fi",
            "Minkä kaapelin laitan pumpulle?",
            "Sähkötöissä neuvoni on yksi: soita valtuutetulle sähköasentajalle. Siksi en ota kantaa kaapeliin.",
        ),
        (
            "en",
            "Which cable should I use for the pump?",
            "On electrical work my only advice is to call a licensed electrician. So I won't give tips on the cable.",
        ),
    ],
)
def test_declining_to_advise_under_a_dont_rule_keeps_the_rule(language: str, comment: str, text: str) -> None:
    result = check_grounding(text, context(language, comment=comment, first_reply=False))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Vi ger ingen garanti på installationen."),
        ("sv", "Jag ger inga råd om kabeln, men konkurrenternas pumpar går sönder."),
    ],
)
def test_the_brand_saying_what_it_does_not_give_or_a_verdict_after_declining_needs_guidance(
    language: str, text: str
) -> None:
    assert not check_grounding(text, context(language, comment="Vilken kabel?", first_reply=False)).passed
