"""Session 36 (s36-close, issue 25): how a reply ends and where its disclosure sits. The wish a voice asks for fits
the reply's situation (a warning, a no, a thank-you) and language; it comes before a disclosure its guidance puts at
the very end; the standard disclosure line names the brand as the disclosure guidance does. A jam farm and a bakery
written for these tests in fi/sv/en (not a set's)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.drafting.closings import COMPLAINT, NO, OTHER, WARNING, fitting_wish, situation
from bot.drafting.types import DraftRequest
from bot.drafting.voice import disclosure_brand, finish, natural_disclosure
from tests.drafting.conftest import blocking_checks, facebook_request, passage

# A voice asking for a wish with a meal wish and a day wish, and a disclosure for others' posts at the very end.
MARJA_VOICE = passage(
    "marja-voice",
    "voice",
    "sv",
    "Ton: glad och personlig, du-tilltal. Korta svar, högst tre meningar. Ingen signatur; avsluta med en önskan som "
    "'Smaklig måltid!' eller 'Ha en fin dag!'.",
)
MARJA_DISCLOSURE = passage(
    "marja-disclosure",
    "disclosure",
    "en",
    "In other people's posts we disclose at the END of the reply: '(I work at Marjamaa)' / '(jobbar på Marjamaa)' / "
    "'(olen töissä Marjamaalla)'. Never hide it.",
)
MARJA = (MARJA_VOICE, MARJA_DISCLOSURE)
# A voice whose only example is a welcome.
TILA_VOICE = passage(
    "tila-voice", "voice", "fi", "Ääni: lämmin. Vastaus päättyy toivotukseen, esim. 'Tervetuloa tilalle!'"
)


def _answer(comment: str, language: str, passages: tuple[Any, ...], **changes: Any) -> DraftRequest:
    return facebook_request(comment, language, passages, **changes)


@pytest.mark.parametrize(
    ("statements", "language", "said"),
    [
        (["The sugar-free jam has xylitol, which is poisonous to dogs: keep it away from pets."], "en", WARNING),
        (["Ksylitoli on koirille myrkyllistä, joten pidä purkki poissa lemmikkien ulottuvilta."], "fi", WARNING),
        (["Xylitol är giftigt för hundar, ge aldrig sylten till husdjur."], "sv", WARNING),
        (["Emme myy pakastettuja marjoja, vain valmista hilloa."], "fi", NO),
        (["Vi säljer tyvärr inte frysta bär."], "sv", NO),
        (["Sorry, not at the moment."], "en", NO),
        (["A jar keeps 18 months unopened."], "en", OTHER),
        (["Purkki säilyy avaamattomana 18 kuukautta."], "fi", OTHER),
    ],
)
def test_a_replys_situation_is_read_from_its_own_statements(statements: list[str], language: str, said: str) -> None:
    assert situation(statements, language, complaint=False) == said
    assert situation(statements, language, complaint=True) == COMPLAINT


def test_a_general_wish_comes_before_a_meal_wish_and_no_welcome_follows_a_no() -> None:
    assert fitting_wish(["Smaklig måltid!", "Ha en fin dag!"], OTHER) == "Ha en fin dag!"
    assert fitting_wish(["Smaklig måltid!"], OTHER) == "Smaklig måltid!"
    assert fitting_wish(["Tervetuloa tilalle!"], OTHER) == "Tervetuloa tilalle!"
    assert fitting_wish(["Tervetuloa tilalle!"], NO) is None
    assert fitting_wish(["Välkommen förbi!", "Trevlig helg!"], NO) == "Trevlig helg!"
    assert fitting_wish(["Ha en fin dag!"], WARNING) is None


def test_a_wish_comes_before_a_disclosure_its_guidance_puts_at_the_very_end() -> None:
    warning = "The sugar-free jam has xylitol, which is poisonous to dogs: keep it away from pets."
    guidance = (*MARJA, passage("marja-f", "faq", "en", warning))
    comment = "Is the sugar-free jam ok for my dog?"
    result = finish(_answer(comment, "en", guidance), "en", guidance, [(warning, True, "marja-f")], [], "Marjamaa")

    assert result.text.endswith("Take care. (I work at Marjamaa)")
    assert "welcome" not in result.text.lower()
    assert blocking_checks(result.text, comment, "en", guidance, "Marjamaa", own_post=False) == []


def test_a_swedish_thank_you_ends_with_the_voices_day_wish_not_its_meal_wish() -> None:
    request = _answer("Så fin film från myren!", "sv", MARJA, plan="thank", own_account=True)
    result = finish(request, "sv", MARJA, [("Tack, vad roligt att höra!", True, None)], [], brand_name="Marjamaa")

    assert result.text == "Tack, vad roligt att höra! Ha en fin dag!"


@pytest.mark.parametrize(
    ("language", "statement", "wish"),
    [
        ("fi", "Emme myy pakastettuja marjoja, vain valmista hilloa.", "Hyvää päivänjatkoa!"),
        ("sv", "Vi säljer tyvärr inte frysta bär.", "Ha en fin dag!"),
        ("en", "We do not sell frozen berries, only ready-made jam.", "Have a lovely day!"),
    ],
)
def test_a_no_never_ends_with_a_welcome(language: str, statement: str, wish: str) -> None:
    guidance = (TILA_VOICE, passage("tila-f", "faq", language, statement))
    request = _answer("myyttekö pakastemarjoja?", language, guidance, own_account=True)
    result = finish(request, language, guidance, [(statement, True, "tila-f")], [])

    assert result.text == f"{statement} {wish}"
    # the wish carries nothing the guidance must support, in the reply's own language
    found = blocking_checks(result.text, request.comment_text, language, guidance, "Tila", own_post=True)
    assert [f for f in found if f.startswith(("grounding", "voice", "hygiene", "language"))] == []


def test_a_yes_keeps_the_voices_own_welcome() -> None:
    request = _answer("onko teillä mustikkahilloa?", "fi", (TILA_VOICE,), own_account=True)
    result = finish(request, "fi", (TILA_VOICE,), [("Mustikkahilloa on 200 g purkeissa.", True, None)], [])

    assert result.text.endswith("Tervetuloa tilalle!")


def test_an_invitation_to_drop_by_after_a_no_becomes_the_question() -> None:
    voice = passage("kahvila-voice", "voice", "en", "Friendly. End with an invitation to drop by.")
    request = _answer("do you sell oat milk?", "en", (voice,), own_account=True)
    said = finish(request, "en", (voice,), [("Sorry, we don't sell oat milk.", True, None)], [])
    yes = finish(request, "en", (voice,), [("Yes, oat milk is 2 € a carton.", True, None)], [])

    assert said.text.endswith("Anything else I can help with?")
    assert yes.text.endswith("Come by and say hi!")


LEIPA_DISCLOSURE = passage(
    "leipa-disclosure",
    "disclosure",
    "sv",
    "I andras trådar börjar vi svaret med '(Jag jobbar på Juurimo.)' eller '(Olen töissä Juurimolla.)'.",
)


@pytest.mark.parametrize(
    ("brand", "disclosure", "named"),
    [
        ("Juurimo Leipomo", LEIPA_DISCLOSURE, "Juurimo"),
        (
            "Ängsö Örtte",
            passage("angso-d", "disclosure", "en", "In threads we did not start, open with 'Hi, I work at Ängsö –'."),
            "Ängsö",
        ),
        (
            "Kallion Taljamo",
            passage("talja-d", "disclosure", "fi", "Kerro heti: 'Hei, Aino täältä Kallion Taljamosta.'"),
            "Kallion Taljamo",
        ),
        ("Juurimo Leipomo", passage("voice", "voice", "fi", "Puhu Juurimosta lämpimästi."), "Juurimo Leipomo"),
    ],
)
def test_the_standard_disclosure_names_the_brand_as_its_guidance_does(brand: str, disclosure: Any, named: str) -> None:
    assert disclosure_brand([disclosure], brand) == named


def test_the_standard_line_in_english_says_the_short_name_the_guidance_uses() -> None:
    assert natural_disclosure("en", "Juurimo Leipomo", [LEIPA_DISCLOSURE]) == "(I work at Juurimo.)"
    angso = passage("angso-d", "disclosure", "en", "In threads we did not start, open with 'Hi, I work at Ängsö –'.")
    assert natural_disclosure("fi", "Ängsö Örtte", [angso]) == "(Olen töissä Ängsöllä.)"


SHORT_VOICE = passage(
    "marja-voice",
    "voice",
    "sv",
    "Ton: glad och personlig. Korta svar, 1–2 meningar. Ingen signatur; avsluta med en önskan som 'Smaklig måltid!' "
    "eller 'Ha en fin dag!'.",
)
SHELF = (
    "En oöppnad burk håller 18 månader i rumstemperatur. En öppnad burk ska förvaras i kylskåp och ätas upp inom "
    "3 veckor."
)


def test_the_closing_wish_is_not_counted_in_the_voices_sentence_limit() -> None:
    guidance = (SHORT_VOICE, MARJA_DISCLOSURE, passage("marja-f", "faq", "sv", SHELF))
    comment = "Hur länge håller sylten?"
    parts = [(sentence + ".", True, "marja-f") for sentence in SHELF.rstrip(".").split(". ")]
    result = finish(_answer(comment, "sv", guidance), "sv", guidance, parts, [], "Marjamaa")

    assert result.text == f"{SHELF} Ha en fin dag! (jobbar på Marjamaa)"
    assert blocking_checks(result.text, comment, "sv", guidance, "Marjamaa", own_post=False) == []
    # a third sentence that is no wish still breaks the limit
    third = result.text.replace("Ha en fin dag!", "Vi skickar till Sverige.")
    assert any(f.startswith("voice") for f in blocking_checks(third, comment, "sv", guidance, "Marjamaa", False))
