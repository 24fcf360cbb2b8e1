"""Drafts the panel approves as they are, no longer blocked for the wrong reason (session 32, issues 25 and 18): the
language check leaves out the names the brand's guidance uses (its short name, places, products), the voice's
sentence count keeps an aside in brackets inside its sentence, a sentence that only says who writes is no posing or
belittling for its form, a label with no subject says who writes, and a decimal figure the guidance writes with a
comma is the same figure with a point. What those blocks were for still blocks: another language's sentence, a
denial, a sentence that goes on past the disclosure, a wrong figure."""

from __future__ import annotations

import pytest

from bot.checks.claims import check_claims
from bot.checks.hygiene import check_language, guidance_names
from bot.checks.identity import check_disclosure, discloses, only_says_who_writes
from bot.checks.types import CheckContext
from bot.checks.voice import body_sentences
from bot.checks.voice_rules import VoiceRules
from bot.domain import Passage


def _passage(pid: str, language: str, text: str, kind: str = "fact") -> Passage:
    return Passage(id=pid, text=text, kind=kind, language=language, visibility="public", source="halla.md")


# A heat-and-solar installer's guidance: it calls itself "Halla" alone, names places and products.
HALLA = (
    _passage(
        "h1",
        "en",
        "Halla Energi sells the Sunpeak Home Battery and the Frostvakt Heat Controller. Halla works in Uusimaa,"
        " Pirkanmaa and Kanta-Häme.",
    ),
    _passage("h2", "fi", "Hallan asentajat tulevat arkisin."),
    _passage("h3", "sv", "Ring Halla på vardagar."),
)
TREES = (
    _passage(
        "g1",
        "en",
        "Our apple trees ('Valkea kuulas', 'Lobo', 'Antonovka') cost 49 € each in a 10-litre pot. Plum 'Sinikka'"
        " costs 55 €. The night cream costs 22,90 €.",
    ),
)


def _ctx(
    language: str, passages: tuple[Passage, ...] = HALLA, brand: str = "Halla Energi", cited: tuple[Passage, ...] = ()
) -> CheckContext:
    return CheckContext(
        platform="reddit",
        comment_language=language,
        brand_name=brand,
        public_passages=passages,
        cited_passages=cited,
    )


def test_the_guidance_names_are_its_capitalised_words_and_quoted_terms() -> None:
    names = guidance_names(HALLA)
    assert {"Sunpeak", "Frostvakt", "Uusimaa", "Pirkanmaa", "Kanta-Häme"} <= set(names)
    assert "Ring" not in names and "Hallan" not in names  # a sentence's first word is no name
    assert {"Valkea kuulas", "Lobo", "Antonovka", "Sinikka"} <= set(guidance_names(TREES))
    # A word the guidance also writes in lower case is a common word; a quoted example line is no name.
    common = (_passage("c1", "en", "Book a Service online: every service takes two hours. Say 'Jag jobbar på'."),)
    assert guidance_names(common) == ()
    internal = Passage(id="i", text="Ask Zorbo first.", kind="fact", language="en", visibility="internal", source="x")
    assert guidance_names((internal,)) == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Halla installs in Uusimaa, Pirkanmaa and Kanta-Häme."),
        ("en", "Halla installs the Frostvakt Heat Controller in Kanta-Häme."),
        ("sv", "Halla finns i Uusimaa, Pirkanmaa och Kanta-Häme."),
        ("fi", "Halla myy Sunpeak Home Battery -akkua ja Frostvakt Heat Controller -ohjainta."),
    ],
)
def test_a_reply_naming_the_guidance_names_is_in_its_own_language(language: str, text: str) -> None:
    assert check_language(text, _ctx(language)).passed


def test_product_names_in_quotes_belong_to_no_language() -> None:
    text = "Our apple trees ('Valkea kuulas', 'Lobo', 'Antonovka') cost 49 € each in a 10-litre pot."
    assert check_language(text, _ctx("en", TREES, "Grönvik Plantskola")).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Halla finns i Uusimaa. Asentajat tulevat arkisin ja soittavat ennen käyntiä."),
        ("fi", "Halla toimii Uusimaalla. We install every weekday and call before we come."),
        ("en", "Halla installs in Uusimaa. Paneeleilla on 25 vuoden takuu ja asennus kestää päivän."),
    ],
)
def test_a_sentence_in_another_language_still_blocks_beside_the_names(language: str, text: str) -> None:
    assert not check_language(text, _ctx(language)).passed


def _voice(limit: int) -> CheckContext:
    return CheckContext(platform="reddit", comment_language="en", voice=VoiceRules(max_sentences=limit))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry about that. Call us on +46 8 410 880 20 (Sweden) / 020 741 8800 (Finland), weekdays 8–16.",
        "Ikävä kuulla tästä. Kerro laitteen sarjanumero (laitteen kyljessä) – sinne eikä tänne kommentteihin.",
        "Tråkigt att höra. Ring oss på 08-410 880 (Sverige) / 020 741 (Finland), vardagar 8–16.",
    ],
)
def test_an_aside_in_brackets_inside_a_sentence_is_no_sentence_of_its_own(text: str) -> None:
    assert len(body_sentences(text, _voice(3))) == 2


def test_a_bracketed_label_before_a_signoff_or_a_sentence_is_still_a_line() -> None:
    assert body_sentences("(I work at Halla) – Aino", _voice(3))[0] == "(I work at Halla)"
    assert len(body_sentences("Yes, we do. (I work at Halla) Ask us anything.", _voice(3))) == 3


def _kupla(language: str) -> CheckContext:
    line = (
        "Jos vastaat omalta tililtä, kerro se ensin: esim. 'Moi, Aino tässä Kuplan tiimistä' tai 'Hej, Aino från"
        " Kupla här'."
    )
    passages = (
        _passage("k1", "fi", line, kind="disclosure"),
        _passage("k2", "fi", "Kupla Cowork on auki arkisin. Kuplan jäsenet saavat avaimen."),
    )
    return CheckContext(
        platform="reddit", comment_language=language, brand_name="Kupla Cowork", public_passages=passages
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fi", "Moi, {name} tässä Kuplan tiimistä."),
        ("fi", "Moikka, olen Kuplan asiakastiimistä."),
        ("sv", "Hej, jag jobbar på Kupla."),
        ("en", "Full disclosure: I work at Kupla."),
    ],
)
def test_a_sentence_that_only_says_who_writes(language: str, sentence: str) -> None:
    assert only_says_who_writes(sentence, language, _kupla(language))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fi", "Olen Kuplan tiimistä, kysy fiksummin ensi kerralla."),
        ("en", "I work at Kupla, and honestly your question is silly."),
        ("sv", "Jag jobbar inte på Kupla."),
        ("en", "We got ours last autumn and love it."),
    ],
)
def test_a_sentence_that_goes_on_or_denies_is_read_as_before(language: str, sentence: str) -> None:
    assert not only_says_who_writes(sentence, language, _kupla(language))


def _kronohopp(language: str) -> CheckContext:
    passages = (
        _passage(
            "d1",
            "en",
            "In threads Kronohopp did not start, the first line must be '(Kronohopp staff here)' or '(Jobbar på"
            " Kronohopp)'.",
            kind="disclosure",
        ),
    )
    return CheckContext(
        platform="reddit",
        comment_language=language,
        brand_name="Kronohopp Äventyrspark",
        public_passages=passages,
        disclosure_required=True,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "(Kronohopp staff here) For refunds or rebooking, include your order number."),
        ("sv", "(Jobbar på Kronohopp) Biljetten gäller hela dagen."),
        ("sv", "(Kronohopp personal här) Biljetten gäller hela dagen."),
        ("en", "(Work at Kronohopp) The ticket is valid all day."),
    ],
)
def test_a_label_with_no_subject_says_who_writes(language: str, text: str) -> None:
    ctx = _kronohopp(language)
    assert discloses(text, language, ctx, by_meaning=False)
    assert check_disclosure(text, ctx).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Min bror jobbar på Kronohopp, så han vet."),
        ("sv", "(Jobbar inte på Kronohopp) Biljetten gäller hela dagen."),
        ("en", "My friend works at Kronohopp."),
    ],
)
def test_someone_else_at_the_brand_or_a_denial_is_no_label(language: str, text: str) -> None:
    assert not discloses(text, language, _kronohopp(language), by_meaning=False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The night cream costs 22.90 €."),
        ("fi", "Yövoide maksaa 22,90 €."),
        ("sv", "Nattkrämen kostar 22,90 €."),
    ],
)
def test_a_decimal_figure_is_the_guidance_figure_with_a_point_or_a_comma(language: str, text: str) -> None:
    ctx = _ctx(language, TREES, "Grönvik Plantskola", cited=TREES)
    assert check_claims(text, ctx).passed


@pytest.mark.parametrize("text", ["The night cream costs 23.90 €.", "Yövoide maksaa 22,50 €.", "Den kostar 90 €."])
def test_a_wrong_figure_still_blocks(text: str) -> None:
    assert not check_claims(text, _ctx("en", TREES, "Grönvik Plantskola", cited=TREES)).passed
