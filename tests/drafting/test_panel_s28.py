"""Session 28 (s28-panel, issue 25): the approver panel's wording kinds on the spent reply-plans-t, seen on -r, -s and
-q too. The line the disclosure guidance gives for a person's own account is no opener where the guidance gives one
("Hi, {name} from X here –" with the approver's name, not "(I work at X)"), and never crosses into a reply of another
language; a support list naming WhatsApp is said as a sentence, not pasted with a capitalised address; the general
English apology names the person's frustration. A pottery school and a boat rental written for these tests, in
fi/sv/en."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.drafting.greetings import empathy_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.support import route_sentence, spoken_request
from bot.drafting.types import DraftRequest
from bot.drafting.voice import _quotes, _run_on, for_personal_account
from tests.drafting.conftest import acknowledgement, passage

VOICE = passage(
    "savi-voice",
    "voice",
    "fi",
    "Sävy: lämmin ja suora, sinuttelemme. Enintään kolme lausetta. Allekirjoita etunimellä, esim. "
    "'– Leena / Savipaja'.",
)
DISCLOSURE = passage(
    "savi-disclosure",
    "disclosure",
    "en",
    'Transparency: when answering in a thread someone else started, begin with who you are, for example "Hi, Leena '
    'from Savipaja here –". Under our own posts the brand account is enough. Answering from a private account, always '
    'add "(I work at Savipaja)".',
)
FACTS = (
    passage("savi-fi", "fact", "fi", "Savipajan dreijauskurssi maksaa 120 € ja kestää kolme iltaa."),
    passage("savi-sv", "fact", "sv", "Savipajans drejkurs kostar 120 € och pågår tre kvällar."),
    passage("savi-en", "fact", "en", "The Savipaja wheel-throwing course costs 120 € and runs for three evenings."),
)
GUIDANCE = tuple(replace(p, brand="Savipaja") for p in (VOICE, DISCLOSURE, *FACTS))
ASKED = {
    "fi": "paljonko dreijauskurssi maksaa?",
    "sv": "vad kostar drejkursen?",
    "en": "how much is the wheel-throwing course?",
}


def request(language: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": ASKED[language],
        "comment_language": language,
        "comment_author": "someone",
        "platform": "reddit",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": ("brand:Savipaja",),
        "passages": GUIDANCE,
        "plan": "answer",
    }
    values.update(changes)
    return DraftRequest(**values)


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        (DISCLOSURE.text, [False, True]),
        (
            "Avoimuus: muiden julkaisuissa aloita 'Terveiset Savipajalta:'. Jos vastaat henkilökohtaiselta tililtä, "
            "lisää loppuun '(olen töissä Savipajalla)'.",
            [False, True],
        ),
        (
            "Skriv '(jobbar på Båtplats)' när du svarar från ditt privata konto. På våra egna sidor räcker 'Hej från "
            "Båtplats'.",
            [True, False],
        ),
        ("Open with 'Hello from Båtplats' or, from a personal profile, add '(I work at Båtplats)'.", [False, True]),
        # examples joined by "or" share what their sentence says: both for personal accounts
        ("Från ett privat konto, skriv t.ex. '(jobbar på Båtplats)' eller '(töissä Båtplatsilla)'.", [True, True]),
    ],
)
def test_the_example_a_disclosure_passage_gives_for_personal_accounts_is_read_as_such(
    text: str, personal: list[bool]
) -> None:
    assert [for_personal_account(text, quoted) for quoted in _quotes(text)] == personal


def test_the_guidances_opener_with_the_approvers_name_not_the_personal_account_line(offline: OfflineDrafter) -> None:
    result = offline.draft(request("en"))

    assert not result.skip, result.skip_reason
    assert result.text.startswith("Hi, {name} from Savipaja here –")
    assert "(I work at" not in result.text and "Leena" not in result.text
    context = make_context(
        platform="reddit",
        comment_text=ASKED["en"],
        comment_language="en",
        comment_author="someone",
        passages=GUIDANCE,
        brand=Brand(name="Savipaja"),
    )
    assert failures(run_checks(result.text, context)) == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_personal_account_line_of_english_guidance_never_opens_a_reply_in_another_language(
    offline: OfflineDrafter, language: str
) -> None:
    result = offline.draft(request(language))

    assert not result.skip, result.skip_reason
    assert "I work at" not in result.text
    assert "Savipaja" in result.text.split("–")[0]  # the reply still says who writes before its sign-off


def test_a_reply_from_a_personal_account_carries_the_line_given_for_one(offline: OfflineDrafter) -> None:
    result = offline.draft(request("en", replies_from="personal_account"))

    assert not result.skip, result.skip_reason
    assert "(I work at Savipaja)" in result.text


@pytest.mark.parametrize(
    ("language", "statement", "said"),
    [
        (
            "en",
            "Rentals and changes: boats@batplats.example or WhatsApp +358 40 123 9876, daily 9–21 in summer.",
            "You can reach us by email at boats@batplats.example or on WhatsApp at +358 40 123 9876, daily 9–21 in "
            "summer.",
        ),
        (
            "sv",
            "Uthyrning: batar@batplats.example eller WhatsApp +358 40 123 9876, dagligen 9–21.",
            "Du når oss via e-post till batar@batplats.example eller på WhatsApp +358 40 123 9876, dagligen 9–21.",
        ),
        (
            "en",
            "WhatsApp +358 40 123 9876 or boats@batplats.example",
            "You can reach us on WhatsApp at +358 40 123 9876 or by email at boats@batplats.example.",
        ),
    ],
)
def test_a_support_list_naming_whatsapp_is_said_as_a_sentence(language: str, statement: str, said: str) -> None:
    assert route_sentence(statement, language, statement) == said


def test_an_acknowledgement_routes_through_whatsapp_in_a_sentence_not_a_pasted_address(
    offline: OfflineDrafter,
) -> None:
    support = passage(
        "boat-support",
        "support",
        "en",
        "Rentals and changes: boats@batplats.example or WhatsApp +358 40 123 9876, daily 9–21 in summer.",
    )
    result = offline.draft(acknowledgement("The boat you rented us had a leaking hull, not happy", "en", support))

    assert not result.skip, result.skip_reason
    assert "Boats@" not in result.text
    assert "boats@batplats.example" in result.text and "+358 40 123 9876" in result.text


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("en", "Your staff gave us the wrong keys and we stood outside for ages."),
        ("fi", "Teidän henkilökunta antoi väärät avaimet ja jouduttiin seisomaan ulkona."),
        ("sv", "Er personal gav oss fel nycklar och vi fick stå ute länge."),
    ],
)
def test_the_general_apology_is_more_than_a_bare_sorry(language: str, comment: str) -> None:
    topic, line = empathy_line(comment, language)

    assert topic == "general"
    assert line != "Sorry about that."
    assert len(line.split()) >= 3


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Hi, {name} from Savipaja here –", "Really sorry about that.", "really sorry about that."),
        ("A small correction:", "If you book two evenings, the price is 120 €.", "if you book two evenings"),
        ("Hej, jag jobbar på Båtplats –", "Vad tråkigt, förlåt.", "vad tråkigt, förlåt."),
        ("Pieni tarkennus:", "Jos varaat kaksi iltaa, hinta on 120 €.", "jos varaat kaksi iltaa"),
        ("A small correction:", "Savipaja opens at nine.", "Savipaja opens at nine."),  # a name keeps its capital
    ],
)
def test_a_plain_word_after_an_opener_ending_in_a_colon_or_a_dash_runs_on(
    before: str, after: str, expected: str
) -> None:
    assert _run_on([before, after])[1].startswith(expected)


PHONE_ONLY = {
    "fi": ["Saat meihin yhteyden puhelimitse numerosta 040 123 9876 arkisin 9–17."],
    "sv": ["Du når oss på telefon 040 123 9876 vardagar 9–17."],
    "en": ["You can reach us by phone on 040 123 9876 on weekdays 9–17."],
}


@pytest.mark.parametrize(
    ("language", "request_line", "said"),
    [
        ("fi", "Vuokra-asioissa liitä mukaan varausnumero.", "Vuokra-asioissa kerro varausnumero."),
        ("sv", "Bifoga bokningsnumret.", "Uppge bokningsnumret."),
        ("en", "Attach your booking number.", "Give us your booking number."),
        ("fi", "Liitä viestiin varausnumero ja kuva vuotavasta veneestä.", None),  # no photo on a call
        ("en", "Please attach a photo of the hull.", None),
    ],
)
def test_a_request_worded_for_a_message_is_said_for_a_phone_call(
    language: str, request_line: str, said: str | None
) -> None:
    assert spoken_request(request_line, PHONE_ONLY[language], language) == said


def test_beside_a_written_channel_the_request_stays_as_the_guidance_words_it() -> None:
    route = ["Saat meihin yhteyden sähköpostitse osoitteesta vene@batplats.example tai puhelimitse numerosta 040 123."]
    assert spoken_request("Liitä viestiin varausnumero.", route, "fi") == "Liitä viestiin varausnumero."


def test_an_opener_ending_in_a_dash_before_a_capitalised_word_ends_as_a_sentence() -> None:
    assert _run_on(["Hi, {name} from Savipaja here –", "Courses start in May."]) == [
        "Hi, {name} from Savipaja here.",
        "Courses start in May.",
    ]
    assert _run_on(["Moi, {name} Savipajalta täällä –", "Kurssit alkavat toukokuussa."])[0].endswith("täällä.")
    assert _run_on(["A small correction:", "Savipaja opens at nine."])[0] == "A small correction:"
