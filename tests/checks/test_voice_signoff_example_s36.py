"""Session 36 (s36-agree, issue 25): the checks read the sign-off a voice shows by example after saying what a reply
ends with ("Vastaus päättyy kirjoittajan nimikirjaimiin, esim. '/MK'."), as the offline drafter signs with it, so a
draft that keeps the voice is not blocked for its own sign-off; a draft over the limit, a sign-off inside the text
and a denied example stay as they were. The disclosure check reads the disclosure guidance's own quoted line naming
the brand as saying who writes, never a line it forbids. Invented guidance in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.checks import Brand, make_context
from bot.checks.atoms import atoms, evidence, supported
from bot.checks.grounding import _only_says_who_writes, check_grounding
from bot.checks.identity import check_disclosure, discloses, says_guidance_line
from bot.checks.signature import introduced
from bot.checks.types import CheckContext
from bot.checks.voice import body_sentences, voice_breaks
from bot.checks.voice_rules import fixed_signoff
from bot.drafting.voice import sign_off
from tests.drafting.conftest import passage

INITIALS_FI = (
    "Sävy: rento ja asiantunteva, sinuttelu, enintään 3 virkettä. Vastaus päättyy kirjoittajan nimikirjaimiin, "
    "esim. '/MK'."
)
INITIALS_SV = (
    "Vår röst: saklig och hantverksnära. Inga emojis. Korta svar, högst 4 meningar. Vi avslutar med verkstadens namn "
    'och hantverkarens initialer, t.ex. "/Tuoli, MR".'
)


@pytest.mark.parametrize(
    ("text", "signoff"),
    [
        (INITIALS_FI, "/MK"),
        (INITIALS_SV, "/Tuoli, MR"),
        ("Plain and warm. End every reply with the team's name, e.g. '– Team Lanka'.", "– Team Lanka"),
        ("Lyhyesti. Lopuksi tiimin nimi, esimerkiksi '– Lankatiimi'.", "– Lankatiimi"),
    ],
)
def test_a_sign_off_shown_by_example_after_an_end_word_is_the_voices_sign_off(text: str, signoff: str) -> None:
    assert fixed_signoff(text, "fi") == signoff
    # the offline drafter signs with the same example
    drafted = sign_off([passage("v", "voice", "fi", text)], "fi")
    assert drafted is not None and drafted[0] == signoff


@pytest.mark.parametrize(
    "text",
    [
        "Never end a reply with a team name, e.g. '– Team Lanka'.",
        "Vi skriver namn som i exemplet '/Tuoli, MR' i våra mejl.",  # no word of ending the reply
        "Älä lopeta vastausta tiimin nimeen, esim. '– Lankatiimi'.",
    ],
)
def test_an_example_not_shown_as_the_reply_s_ending_is_no_sign_off(text: str) -> None:
    assert fixed_signoff(text, "en") is None


def _ctx(text: str, language: str) -> CheckContext:
    return make_context(
        platform="facebook",
        comment_text="milloin retket lähtevät?",
        comment_language=language,
        comment_author=None,
        passages=(passage("v", "voice", "fi", text),),
        brand=Brand(name="Metsäpolku"),
    )


def test_the_example_sign_off_is_no_sentence_the_voice_limit_counts() -> None:
    ctx = _ctx(INITIALS_FI, "en")
    text = (
        "Really sorry about that. E-mail hello@metsapolku.fi with your booking number. Please share your details "
        "there, not in the comments. /MK"
    )
    assert body_sentences(text, ctx) == [
        "Really sorry about that.",
        "E-mail hello@metsapolku.fi with your booking number.",
        "Please share your details there, not in the comments.",
    ]
    assert voice_breaks(text, ctx) == []


def test_a_draft_over_the_limit_with_the_example_sign_off_is_still_blocked() -> None:
    ctx = _ctx(INITIALS_FI, "fi")
    text = (
        "Ikävä kuulla, että retki peruttiin. Pahoittelut. Saat meihin yhteyden osoitteesta hello@metsapolku.fi. "
        "Kiitos kärsivällisyydestä. /MK"
    )
    assert voice_breaks(text, ctx) == ["keep to 3 sentences (besides the sign-off): the text has 4"]


def test_a_draft_without_the_example_sign_off_is_told_to_add_it() -> None:
    ctx = _ctx(INITIALS_FI, "fi")
    assert voice_breaks("Retket lähtevät klo 10. Tervetuloa mukaan.", ctx) == [
        "end with the sign-off '/MK' the voice guidance asks for"
    ]


def test_the_example_sign_off_inside_the_text_is_no_sign_off() -> None:
    ctx = _ctx(INITIALS_FI, "fi")
    text = "Kirjoita /MK viestiin. Retket lähtevät klo 10. Tervetuloa. Kiitos."
    assert len(body_sentences(text, ctx)) == 4


def test_grounding_reads_the_example_sign_off_as_the_brands_signature() -> None:
    ctx = make_context(
        platform="facebook",
        comment_text="hur länge tar det?",
        comment_language="sv",
        comment_author=None,
        passages=(
            passage("v", "voice", "sv", INITIALS_SV),
            passage("f", "fact", "sv", "Leveranstiden är 6–8 veckor från att möbeln kommit till verkstaden."),
        ),
        brand=Brand(name="Verhoomo Tuoli"),
    )
    assert check_grounding("Leveranstiden är 6–8 veckor från att möbeln kommit till verkstaden. /Tuoli, MR", ctx).passed
    assert not check_grounding("Leveranstiden är 2 veckor. /Tuoli, MR", ctx).passed


SMOKEHOUSE = (
    passage(
        "d-sv",
        "disclosure",
        "sv",
        "I andras trådar börjar vi alltid med: 'Hej, här skriver Kallioniemen Savustamo (jag jobbar i rökeriet).' "
        "Utan den raden svarar vi inte. Skriv aldrig 'Kallioniemen Savustamo-fan här'.",
    ),
    passage("d-fi", "disclosure", "fi", "Muiden ketjuissa aloitamme: 'Moi, kirjoitan Kallioniemen Savustamolta.'"),
)


def _smokehouse(language: str) -> CheckContext:
    return make_context(
        platform="facebook",
        comment_text="hur länge håller laxen?",
        comment_language=language,
        comment_author=None,
        passages=SMOKEHOUSE,
        brand=Brand(name="Kallioniemen Savustamo"),
    )


def test_the_disclosure_guidances_own_line_naming_the_brand_says_who_writes() -> None:
    text = "Hej, här skriver Kallioniemen Savustamo (jag jobbar i rökeriet). Kallrökt lax kan frysas i 2 månader."
    assert check_disclosure(text, _smokehouse("sv")).passed


@pytest.mark.parametrize(
    "text",
    [
        "Kallioniemen Savustamo-fan här! Kallrökt lax kan frysas i 2 månader.",  # the line the guidance forbids
        "Hej, här skriver Kallioniemen. Kallrökt lax kan frysas i 2 månader.",  # not the line, no works-for phrase
        "Kallrökt lax kan frysas i 2 månader.",
    ],
)
def test_a_line_the_guidance_forbids_or_only_half_of_its_line_says_nobody_writes(text: str) -> None:
    assert not check_disclosure(text, _smokehouse("sv")).passed


GIFT = "Lahjakortti maksaa 380 € (norm. 420 €) ostettaessa "


@pytest.mark.parametrize(
    ("guidance", "draft", "stated"),
    [
        ("Januarikampanj 2.1–31.1: ny klädsel 69 € / stol.", "Ny klädsel 69 € / stol under perioden 2.1–31.1.", True),
        ("Lahjakortti 380 € (norm. 420 €) 20.12. asti.", GIFT + "20.12 asti.", True),
        ("Gift cards 380 € until 20.12.", "Gift cards cost 380 € until 20.12 this year.", True),
        ("Januarikampanj 2.1–31.1: ny klädsel 69 € / stol.", "Ny klädsel 69 € / stol under perioden 2.1–30.1.", False),
        ("Lahjakortti 380 € (norm. 420 €) 20.12. asti.", GIFT + "21.12 asti.", False),
        ("Lahjakortti 380 € (norm. 420 €) 20.12. asti.", GIFT + "20.11 asti.", False),
    ],
)
def test_a_day_and_month_with_or_without_its_closing_point_is_the_same_date(
    guidance: str, draft: str, stated: bool
) -> None:
    found = evidence(guidance)
    assert all(supported(a, found) for a in atoms(draft) if a.kind == "figure") is stated


HIVE_DISCLOSURE = passage(
    "d",
    "disclosure",
    "fi",
    'Muualla kerromme heti ensimmäisessä lauseessa olevamme Pesästä: "Hei, Hanna täällä Pesästä". Englanniksi "Hi, '
    'Hanna from Pesä here", ruotsiksi "Hej, Hanna från Pesä här".',
)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hej, Hanna från Pesä här", {"Hanna"}),
        ("Hi, Hanna from Pesä here", {"Hanna"}),
        ("Hei, Hanna täällä Pesästä", {"Hanna"}),
    ],
)
def test_the_place_a_writer_is_from_is_no_name_the_line_introduces(line: str, names: set[str]) -> None:
    assert introduced(line, None) == names


@pytest.mark.parametrize(
    ("language", "sentence", "only"),
    [
        ("sv", "Hej, {name} från Pesä här.", True),
        ("en", "Hi, {name} from Pesä here.", True),
        ("fi", "Hei, {name} täällä Pesästä.", True),
        ("sv", "Hej, {name} från Pesä här, vår honung botar allt.", False),
    ],
)
def test_the_guidance_disclosure_line_with_the_name_slot_says_only_who_writes(
    language: str, sentence: str, only: bool
) -> None:
    ctx = make_context(
        platform="youtube",
        comment_text="skickar ni till Sverige?",
        comment_language=language,
        comment_author=None,
        passages=(HIVE_DISCLOSURE,),
        brand=Brand(name="Pesä Mehiläistarvike"),
    )
    assert _only_says_who_writes(sentence, ctx) is only
    assert discloses(sentence, language, ctx, False) is True


def test_the_guidance_line_is_read_only_as_a_sentence_of_its_own() -> None:
    line = "Hej, här skriver Kallioniemen Savustamo (jag jobbar i rökeriet)."
    assert says_guidance_line(f"{line} Laxen håller i 2 månader.", _smokehouse("sv"))
    assert not says_guidance_line(f"Min kusin sa: {line[:-1].lower()}, så hon vet.", _smokehouse("sv"))
