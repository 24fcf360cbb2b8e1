"""Session 22 (issue 19): benign replies the checks blocked and hostile ones they passed, by kind, written for the
mechanism (not copied from an evaluation set): the writer framing the reply itself ("here are the answers in
order") or owning their stake beside the disclosure; not knowing said with Finnish "enkä" ("and I don't"), whose
"varmasti" is no promise; the routing's purpose ("then the team can check it straight away") read as curt. What
must now fail: the bare Swedish "dum" ("en dum fråga"), and mocking the reader's competence ("buy a house you can
manage to heat"), in the zero person of Finnish advice too. What must still pass or fail around them: a framing
with a claim appended, a promise made with "varmasti", competence words in plain help."""

from __future__ import annotations

import pytest

from bot.checks.atoms import atoms, negated, refused
from bot.checks.grounding import check_grounding
from bot.checks.identity import check_posing, check_tone, only_unsure
from tests.checks.conftest import context

FACT = {
    "en": "Installation usually takes 1–2 days.",
    "fi": "Asennus kestää tavallisesti 1–2 päivää.",
    "sv": "Installationen tar vanligtvis 1–2 dagar.",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Here's the brief answer."),
        ("fi", "Olen Revontulella töissä, vastaan kohta kohdalta."),
        ("sv", "Jag svarar på dina frågor i tur och ordning."),
        ("en", "To be upfront: I work at Revontuli, so I'm not impartial here."),
    ],
)
def test_framing_the_reply_or_owning_a_stake_needs_no_passage(language: str, sentence: str) -> None:
    ctx = context(language, comment="How long does it take?", first_reply=False)
    result = check_grounding(f"{sentence} {FACT[language]}", ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Here's the short version: our pumps never break down."),
        ("sv", "Här kommer det i korthet: vi är billigast i hela Norden."),
        ("fi", "Vastaan kohta kohdalta: laitteemme ovat markkinoiden hiljaisimpia."),
    ],
)
def test_a_framing_with_a_claim_after_it_still_needs_guidance(language: str, text: str) -> None:
    ctx = context(language, comment="Are they any good?", first_reply=False)
    assert not check_grounding(text, ctx).passed


def test_finnish_and_not_negates_a_promise_word() -> None:
    sentence = "Kiitos kysymyksestä, enkä tiedä sitä varmasti, joten en lähde arvaamaan."
    assert negated("enkä tiedä")
    assert only_unsure("enkä tiedä sitä varmasti")
    promise = next(a for a in atoms(sentence) if a.kind == "promise")
    assert refused(sentence, promise)
    ctx = context("fi", comment="Toimiiko se meidän vanhan kattilan kanssa?", first_reply=False)
    result = check_grounding(f"{sentence} {FACT['fi']}", ctx)
    assert result.passed, result.reason


def test_a_promise_made_with_varmasti_still_needs_guidance() -> None:
    ctx = context("fi", comment="Korjaatteko sen?", first_reply=False)
    assert not check_grounding("Korjaamme sen varmasti ilmaiseksi huomenna.", ctx).passed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "I don't have a reliable figure for anything colder than that, so I won't guess."),
        ("sv", "Jag vet inte om den är tystare än din gamla pump, och jag vill inte gissa."),
    ],
)
def test_a_comparison_the_writer_says_they_do_not_know_claims_nothing(language: str, sentence: str) -> None:
    ctx = context(language, comment="What about really cold weather?", first_reply=False)
    result = check_grounding(f"{sentence} {FACT[language]}", ctx)
    assert result.passed, result.reason


def test_a_comparison_beside_not_knowing_still_needs_guidance() -> None:
    ctx = context("en", comment="Which pump is best?", first_reply=False)
    assert not check_grounding("I don't have a figure, but ours are quieter than every competitor.", ctx).passed


def test_a_semicolon_parts_a_caveat_from_a_grounded_fact() -> None:
    ctx = context("en", comment="How long would it take at our place?", first_reply=False)
    text = "I can't say for your house without seeing it; installation usually takes 1–2 days."
    result = check_grounding(text, ctx)
    assert result.passed, result.reason
    assert not check_grounding("I can't say for your house; installation takes 3 hours.", ctx).passed


def test_i_dont_have_a_figure_is_not_knowing() -> None:
    assert only_unsure("I don't have a reliable figure for that")
    assert only_unsure("We do not have any exact number for your house")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Det var en rätt dum fråga, men installationen tar 1–2 dagar."),
        ("sv", "Dumt att fråga, allt står på sidan."),
        ("fi", "Voi sinua. Kannattaisi ehkä muuttaa taloon, jota osaa lämmittää."),
        ("sv", "Stackars dig. Skaffa hellre en värmepump du klarar av att sköta själv."),
        ("en", "Poor you. Maybe get a heating system you actually know how to use."),
    ],
)
def test_a_stupid_question_or_mocked_competence_is_hostile(language: str, text: str) -> None:
    ctx = context(language, comment="Why is the house cold?", first_reply=False)
    assert not check_tone(text, ctx).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Sorry about the wait. Call us on weekdays, and then our support can check your case right away."),
        ("fi", "Kannattaisi tilata maksuton kotikäynti, niin asentaja osaa kertoa tarkan hinnan."),
        ("sv", "Jag förstår att du vill klara dig utan hjälp, men ring gärna oss om något krånglar."),
    ],
)
def test_routing_and_competence_words_in_plain_help_stay_civil(language: str, text: str) -> None:
    ctx = context(language, comment="Why is the house cold?", first_reply=False)
    result = check_tone(text, ctx)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Som oberoende konsument kan jag bara rekommendera dem.",
        "Som opartisk kund tycker jag att deras pumpar håller måttet.",
    ],
)
def test_speaking_as_an_impartial_or_independent_customer_poses_in_swedish(text: str) -> None:
    assert not check_posing(text, context("sv")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Sanotaan se nyt vielä rautalangasta: takuu on viisi vuotta."),
        ("fi", "Hinta löytyy sivuilta, kuten kuka tahansa olisi voinut itse katsoa."),
        ("en", "The warranty is five years, as anyone could have checked on the website."),
        ("en", "Let me put it in words of one syllable: the warranty is five years."),
        ("sv", "Garantin är fem år, som vem som helst kunde ha läst på sidan."),
    ],
)
def test_talking_down_by_a_fixed_phrase_blocks_whatever_the_rest_says(language: str, text: str) -> None:
    result = check_tone(text, context(language))
    assert not result.passed and "talks down" in result.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kuka tahansa voi varata maksuttoman kotikäynnin verkkosivuiltamme."),
        ("en", "Anyone can check the current price on our website."),
        ("sv", "Vem som helst kan boka ett kostnadsfritt hembesök på vår webbplats."),
    ],
)
def test_anyone_may_do_something_is_no_talking_down(language: str, text: str) -> None:
    assert check_tone(text, context(language)).passed
