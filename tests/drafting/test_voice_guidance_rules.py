"""The offline drafter follows each brand's own sign-off and disclosure rules, however its handbook words them (issue
25, session 18): a fixed closing-greeting sign-off given per language ("avsluta alltid med 'Hälsningar, X' (på finska
'Terveisin, X')"), a disclosure rule that binds every reply and asks for the first sentence, one that binds personal
accounts only (none on the brand's own post), the voice's sentence limit, and no stock "anything else?" under praise.
The brands are invented for these tests; each drafted text still passes the checks."""

from __future__ import annotations

from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.voice_rules import fixed_signoff, greeting_signoff, personal_only, voice_rules
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from tests.drafting.conftest import facebook_request, passage

# A bicycle-repair shop: a fixed greeting sign-off in three languages, a disclosure rule for personal accounts only.
PYORA_VOICE = passage(
    "pv",
    "voice",
    "sv",
    "Tonen hos Pyörä: lugn och saklig. Högst tre meningar. Vi slutar varje svar med 'Vänliga hälsningar, Pyörä' "
    "(finska: 'Ystävällisin terveisin, Pyörä', engelska: 'Kind regards, Pyörä').",
)
PYORA_DISCLOSURE = passage(
    "pd",
    "disclosure",
    "fi",
    "Kun kirjoitat omalta henkilökohtaiselta tililtäsi, lisää loppuun '(olen töissä Pyörällä)' ennen "
    "allekirjoitusta. Yrityksen omalla tilillä allekirjoitus riittää.",
)
PYORA_FACTS = (
    passage("pf-fi", "fact", "fi", "Pyörän huolto maksaa 59 € ja kestää yleensä 2 arkipäivää."),
    passage("pf-sv", "fact", "sv", "Cykelservicen kostar 59 € och tar oftast 2 vardagar."),
    passage("pf-en", "fact", "en", "A bike service costs 59 € and usually takes 2 working days."),
)
PYORA = (PYORA_VOICE, PYORA_DISCLOSURE, *PYORA_FACTS)

# A tea shop: the writer's own name, and a disclosure rule with no condition that asks for the first sentence.
TEE_VOICE = passage(
    "tv",
    "voice",
    "en",
    "Teekuppi sounds cosy and unhurried. Max 2 sentences. Sign every reply with your first name, e.g. "
    "'– Ville / Teekuppi'.",
)
TEE_DISCLOSURE = passage(
    "td",
    "disclosure",
    "fi",
    "Mainitse aina ensimmäisessä lauseessa, että vastaat Teekupin puolesta, esim. 'Moi, Ville Teekupilta täällä!' "
    "tai 'Hei! Täällä Teekupin asiakaspalvelu.'",
)
TEE_FACTS = (
    passage("tf-fi", "fact", "fi", "Teekuppi lähettää tilaukset 1–3 arkipäivässä, ja toimitus on ilmainen yli 40 €."),
    passage("tf-sv", "fact", "sv", "Teekuppi skickar beställningar inom 1–3 vardagar, fri frakt över 40 €."),
    passage("tf-en", "fact", "en", "Teekuppi ships orders in 1–3 working days, and delivery is free over 40 €."),
)
TEE = (TEE_VOICE, TEE_DISCLOSURE, *TEE_FACTS)


def request(comment: str, language: str, passages: tuple[Any, ...], topic: str, **changes: Any) -> DraftRequest:
    return facebook_request(comment, language, passages, topics=(f"brand:{topic}",), **changes)


def blocking(text: str, language: str, comment: str, passages: tuple[Any, ...], brand: str) -> list[str]:
    ctx = make_context(
        platform="facebook",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name=brand),
    )
    return failures(run_checks(text, ctx))


@pytest.mark.parametrize(
    ("language", "signoff"),
    [
        ("sv", "Vänliga hälsningar, Pyörä"),
        ("fi", "Ystävällisin terveisin, Pyörä"),
        ("en", "Kind regards, Pyörä"),
    ],
)
def test_a_fixed_greeting_signoff_is_read_in_the_replys_language(language: str, signoff: str) -> None:
    assert voice_rules(list(PYORA), language).signoff == signoff


def test_a_greeting_signoff_shown_in_one_language_takes_the_usual_greeting_of_another() -> None:
    text = "Päätä vastaus aina näin: 'Terveisin, Kattila'."
    assert fixed_signoff(text, "fi") == "Terveisin, Kattila"
    assert fixed_signoff(text, "en") == "Kind regards, Kattila"
    assert fixed_signoff(text, "sv") == "Vänliga hälsningar, Kattila"


def test_a_forbidden_greeting_and_a_closing_question_are_no_signoff() -> None:
    assert greeting_signoff("End with a question, never with 'Best regards, the team'.", "en") is None
    assert greeting_signoff("End with a question such as 'How did it go?'", "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jos vastaat omalta henkilökohtaiselta tililtäsi, kerro se ensimmäisessä lauseessa.", True),
        ("Staff answering from personal accounts add '(Tupa staff)' at the end.", True),
        ("Svarar du från ditt privata konto, skriv '(jobbar på Tupa)' sist.", True),
        ("På personliga konton: skriv i första meningen att du jobbar på Tupa.", True),
        ("Kerro aina ensimmäisessä lauseessa, että vastaat Tuvan puolesta.", False),
        ("Say who you work for in the first sentence. Never use a private profile.", False),
    ],
)
def test_a_disclosure_rule_for_personal_accounts_only_is_told_from_one_for_every_reply(
    text: str, expected: bool
) -> None:
    assert personal_only(text) is expected


@pytest.mark.parametrize(
    ("language", "comment", "signoff"),
    [
        ("fi", "paljonko huolto maksaa?", "Ystävällisin terveisin, Pyörä"),
        ("sv", "vad kostar en service?", "Vänliga hälsningar, Pyörä"),
        ("en", "how much is a service?", "Kind regards, Pyörä"),
    ],
)
def test_on_the_brands_own_post_the_fixed_signoff_says_who_writes(
    offline: OfflineDrafter, language: str, comment: str, signoff: str
) -> None:
    result = offline.draft(request(comment, language, PYORA, "Pyörä", own_account=True))
    assert result.text.endswith(signoff)
    assert "töissä" not in result.text and "work at" not in result.text.lower() and "jobbar" not in result.text
    assert blocking(result.text, language, comment, PYORA, "Pyörä") == []


@pytest.mark.parametrize(
    ("language", "comment", "line"),
    [
        ("fi", "paljonko huolto maksaa?", "(olen töissä Pyörällä)"),
        ("en", "how much is a service?", "(I work"),
    ],
)
def test_under_someone_elses_post_the_disclosure_comes_before_the_fixed_signoff(
    offline: OfflineDrafter, language: str, comment: str, line: str
) -> None:
    result = offline.draft(request(comment, language, PYORA, "Pyörä"))
    signoff = voice_rules(list(PYORA), language).signoff
    assert signoff is not None and result.text.endswith(signoff)
    assert line in result.text and result.text.index(line) < result.text.index(signoff)


@pytest.mark.parametrize(
    ("language", "comment"),
    [
        ("fi", "kauanko toimituksessa menee?"),
        ("sv", "hur länge tar leveransen?"),
        ("en", "how long does delivery take?"),
    ],
)
def test_a_rule_for_every_reply_puts_the_disclosure_first_even_on_the_brands_own_post(
    offline: OfflineDrafter, language: str, comment: str
) -> None:
    result = offline.draft(request(comment, language, TEE, "Teekuppi", own_account=True))
    assert "Teekup" in result.text[:45], result.text  # said in the opening sentence or greeting
    assert "Ville" not in result.text  # the example writer's name is not the approver's
    assert result.text.endswith("– {name} / Teekuppi")
    assert blocking(result.text, language, comment, TEE, "Teekuppi") == []


def test_a_thank_you_ends_without_the_stock_anything_else_question(offline: OfflineDrafter) -> None:
    voice = passage("gv", "voice", "fi", "Rento ääni. Vastaus päättyy usein kysymykseen. Ei allekirjoitusta.")
    fact = passage("gf", "fact", "fi", "Kahvila on auki joka päivä 8–18.")
    result = offline.draft(
        request("kiitos, ihana paikka!", "fi", (voice, fact), "Kahvila", plan="thank", own_account=True)
    )
    assert "auttaa" not in result.text and not result.text.rstrip().endswith("?")


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("Ei useampia huutomerkkejä peräkkäin.", False),
        ("Rento sävy, ei tuplahuutomerkkejä.", False),
        ("No repeated exclamation marks, please.", False),
        ("Inga utropstecken efter varandra.", False),
        ("Inga utropstecken.", True),
        ("Ei huutomerkkejä eikä emojeja.", True),
    ],
)
def test_a_ban_on_exclamation_marks_in_a_row_allows_one(text: str, banned: bool) -> None:
    assert voice_rules([passage("x", "voice", None, text)], "fi").no_exclamation is banned
