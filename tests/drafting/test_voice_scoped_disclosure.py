"""A disclosure the guidance binds to other people's threads only, a greeting that opens the reply, and a fixed sign-off
written in one language for every reply (issue 25, touching issue 19's disclosure rules; session 23).

On the brand's own post such a disclosure is due nowhere: both drafters write none and the disclosure check asks for
none (:func:`bot.checks.voice_rules.disclosure_due`); under someone else's post the greeting opens the reply, never
its end, and the voice's own sign-off ends it in every language."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bot.checks.signing import asks_own_name
from bot.checks.voice_rules import disclosure_due, elsewhere_only, fixed_signoff, voice_rules
from bot.drafting.offers import offer_sentence
from bot.drafting.offline import OfflineDrafter
from bot.drafting.prompting import build_prompt
from bot.drafting.types import DraftRequest
from bot.drafting.voice import disclosure_line, guidance_brand
from prompts import load_prompt
from tests.drafting.conftest import blocking_checks, facebook_request, passage

# A canoe rental written for these tests: its voice (in English) gives one fixed sign-off for every reply and asks
# to greet the person by name; its disclosure (in Swedish) binds threads that are not the brand's own and labels
# each language's greeting after it.
SORSALA = tuple(
    replace(p, brand="Sorsala")
    for p in (
        passage(
            "voice",
            "voice",
            "en",
            "Relaxed and helpful. Use the person's first name if you can see it. Close every reply with "
            '"– Sorsala crew", never with a sales pitch.',
        ),
        passage(
            "disclosure",
            "disclosure",
            "sv",
            'Öppenhet: i trådar som inte är Sorsalas egna börjar svaret med "Hej, vi från Sorsala här" (sv), '
            '"Moi, täällä Sorsala" (fi) eller "Hi, Sorsala here" (en).',
        ),
        passage("canoe-fi", "fact", "fi", "Kanootin vuokra maksaa 40 € päivältä, ja liivit kuuluvat hintaan."),
        passage("canoe-sv", "fact", "sv", "Att hyra en kanot kostar 40 € per dag, och flytvästarna ingår i priset."),
        passage("canoe-en", "fact", "en", "Renting a canoe costs 40 € a day, and the life jackets are included."),
    )
)
GREETINGS = {"fi": "Moi, täällä Sorsala.", "sv": "Hej, vi från Sorsala här.", "en": "Hi, Sorsala here."}
QUESTIONS = {
    "fi": "Paljonko kanootin vuokraus maksaa päivältä?",
    "sv": "Vad kostar det att hyra en kanot för en dag?",
    "en": "How much does a canoe cost to rent for a day?",
}


def request(language: str, **changes: Any) -> DraftRequest:
    return facebook_request(QUESTIONS[language], language, SORSALA, **changes)


def blocking(text: str, language: str, own_post: bool) -> list[str]:
    return blocking_checks(text, QUESTIONS[language], language, SORSALA, "Sorsala", own_post)


@pytest.mark.parametrize(
    "text",
    [
        "When replying outside our own channels, say in the first sentence that you work at X.",
        "In threads that are not our own, start with 'Hi, X here'.",
        "On other people's posts, open the reply with 'X here'.",
        "I trådar som inte är våra egna inleds svaret med 'Hej, X här'.",
        "Utanför våra egna kanaler skriver vi i första meningen att vi jobbar på X.",
        "I andras inlägg börjar svaret med 'Hej, X här'.",
        "Kun vastaamme muualla kuin omissa julkaisuissamme, kerromme ensimmäisessä lauseessa olevamme X:stä.",
        "Omien kanaviemme ulkopuolella vastaus alkaa sanoilla 'Moi, X täällä'.",
        "Muiden julkaisuissa kerro heti alussa, että olet X:ltä.",
        # whose threads, said by who did not start them (session 24)
        "In threads X did not start, open the reply with '(X team here)'.",
        "On posts we didn't write ourselves, say in the first sentence that you work at X.",
        "In threads not started by us, say in the first sentence that you work at X.",
        "I trådar som vi inte själva startat skriver du först att du jobbar på X.",
        "I inlägg som X inte har skapat börjar svaret med 'Hej, X här'.",
        "Ketjuissa, joita emme ole itse aloittaneet, kerro ensimmäisessä lauseessa, että olet X:ltä.",
        "Julkaisuissa, joita X ei ole julkaissut, aloita sanoilla 'Moi, X täällä'.",
        # ... or by who does not own them (session 36, reply-plans-y: a disclosure on the brand's own posts)
        "Disclosure: in threads we do not own, the first sentence says who we are. On our own posts the signature is "
        "enough.",
        "In posts not owned by us, open the reply with '(I work at X)'.",
        "Ketjuissa, joita emme omista, kerro ensimmäisessä lauseessa, että olet X:ltä.",
    ],
)
def test_a_disclosure_rule_for_other_peoples_threads_is_read_in_each_language(text: str) -> None:
    assert elsewhere_only(text)
    assert voice_rules([passage("d", "disclosure", None, text)], "en").disclosure_at == "start"


@pytest.mark.parametrize(
    "text",
    [
        "Say in every reply that you work at X, also on our own posts and in other people's threads.",
        "Skriv alltid vem du är, även i våra egna kanaler och i andras trådar.",
        "Kerro aina, kuka olet, myös omissa julkaisuissamme ja muiden julkaisuissa.",
        "Say in the first sentence that you work at X.",
        "Jos vastaat henkilökohtaiselta tililtä, kerro ensimmäisessä lauseessa olevasi X:ltä.",
        "In threads we start ourselves, sign with the team's name; say you work at X in every reply.",
        "Vi startar nya trådar varje vecka. Skriv alltid att du jobbar på X.",
        "Aloitamme ketjuja usein itse; kerro aina, että olet X:ltä.",
        "We own our threads: say in every reply that you work at X.",
    ],
)
def test_a_disclosure_rule_for_every_thread_is_not_scoped_to_other_peoples(text: str) -> None:
    assert not elsewhere_only(text)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_scoped_rule_the_greeting_first_and_the_english_sign_off_bind_every_language(language: str) -> None:
    rules = voice_rules(list(SORSALA), language)
    assert rules.disclosure_elsewhere_only and rules.disclosure_off_own_post
    assert rules.disclosure_at == "start"  # "som inte är ... egna" is the scope's negation, not the place's
    assert rules.signoff == "– Sorsala crew"  # "the person's first name" is how to greet them, not how to sign


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_languages_greeting_is_the_one_labelled_after_it_and_in_no_brackets(language: str) -> None:
    found = disclosure_line(SORSALA, language, anywhere=True)
    assert found is not None and found[0] == GREETINGS[language]


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_on_the_brands_own_post_the_reply_says_no_disclosure_and_ends_with_the_voices_sign_off(
    offline: OfflineDrafter, language: str
) -> None:
    result = offline.draft(request(language, own_account=True))
    assert not result.skip, result.skip_reason
    assert GREETINGS[language].rstrip(".") not in result.text and "(" not in result.text
    assert result.text.endswith("– Sorsala crew")
    assert "40 €" in result.text
    assert blocking(result.text, language, own_post=True) == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_under_someone_elses_post_the_greeting_opens_the_reply_and_the_sign_off_ends_it(
    offline: OfflineDrafter, language: str
) -> None:
    result = offline.draft(request(language, own_account=False))
    assert not result.skip, result.skip_reason
    assert result.text.startswith(GREETINGS[language])
    assert result.text.count(GREETINGS[language].rstrip(".")) == 1
    assert result.text.endswith("– Sorsala crew")
    assert blocking(result.text, language, own_post=False) == []


def test_the_disclosure_check_asks_for_none_on_the_own_post_and_holds_it_elsewhere() -> None:
    plain = "Att hyra en kanot kostar 40 € per dag."  # unsigned: the team's sign-off would say who writes
    assert not any(f.startswith("disclosure") for f in blocking(plain, "sv", own_post=True))
    assert any(f.startswith("disclosure") for f in blocking(plain, "sv", own_post=False))
    at_end = "Att hyra en kanot kostar 40 € per dag. Hej, vi från Sorsala här. – Sorsala crew"
    assert any("first sentence" in f for f in blocking(at_end, "sv", own_post=False))


def test_a_rule_for_every_thread_is_due_on_the_own_post_too() -> None:
    rules = voice_rules([passage("d", "disclosure", "en", "Say in the first sentence that you work at X.")], "en")
    assert disclosure_due(True, rules, own_post=True)
    assert not disclosure_due(False, rules, own_post=False)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Use the person's first name if it is visible.", False),
        ("Puhuttele kommentoijaa etunimellä, jos se näkyy.", False),
        ("Tilltala kunden med förnamn om det syns.", False),
        ("Sign every reply with your first name, e.g. '– Aino / X'.", True),
        ("Vastaus allekirjoitetaan etunimellä, esim. '– Aino / X'.", True),
        ("Avsluta med ditt förnamn, t.ex. '– Aino / X'.", True),
    ],
)
def test_a_first_name_is_a_signature_only_where_the_sentence_speaks_of_signing(text: str, asked: bool) -> None:
    assert asks_own_name(text) is asked


@pytest.mark.parametrize(
    ("text", "language", "signoff"),
    [
        ("Päätämme vastaukset sanoihin '– Sorsalan porukka'.", "fi", "– Sorsalan porukka"),
        ("Vi avslutar varje svar med '– Sorsalas gäng'.", "sv", "– Sorsalas gäng"),
        ("Sign off with '– The Sorsala crew'.", "en", "– The Sorsala crew"),
        ("Greet the person by first name. End all replies with '– Sorsala crew'.", "en", "– Sorsala crew"),
    ],
)
def test_a_fixed_sign_off_is_read_in_fi_sv_and_en_phrasings(text: str, language: str, signoff: str) -> None:
    assert fixed_signoff(text, language) == signoff


@pytest.mark.parametrize(
    ("statement", "language", "said"),
    [
        (
            "Summer offer 1 Jun–31 Aug: canoe weekend 70 € instead of 90 €.",
            "en",
            "you get the canoe weekend for 70 € instead of 90 €.",
        ),
        ("Sommarerbjudande 1.6.–31.8.: kanothelg 70 € i stället för 90 €.", "sv", "kostar kanothelg 70 € i stället"),
    ],
)
def test_an_offer_against_its_regular_price_takes_its_verb_before_both_sums(
    statement: str, language: str, said: str
) -> None:
    sentence = offer_sentence(statement, language, date(2026, 6, 10))
    assert sentence is not None and said in sentence and "of for" not in sentence


@pytest.mark.parametrize("own_account", [True, False])
def test_the_models_prompt_asks_for_no_disclosure_on_the_own_post_only(own_account: bool) -> None:
    built = build_prompt(load_prompt("draft_reply"), request("sv", own_account=own_account))
    scoped = "binds replies under other people's posts only"
    assert (scoped in built.user or scoped in built.system) is own_account
    first = "the disclosure (who writes) in the first sentence"
    assert (first in built.user or first in built.system) is not own_account
    assert "– Sorsala crew" in built.user or "– Sorsala crew" in built.system


# A greeting example written as the lead of the guidance's own sentence ("..., t.ex. 'Hej, jag jobbar på Ankarvik:'")
# opens the reply as a sentence of its own: never "Ankarvik:." (the panel's typo, session 24).
ANKARVIK = passage(
    "disclosure",
    "disclosure",
    "sv",
    "I trådar som inte är våra egna: skriv i första meningen att du jobbar på Ankarvik, t.ex. "
    "'Hej, jag jobbar på Ankarvik:' eller 'Moi, olen töissä Ankarvikissa:' eller 'Hi, I work at Ankarvik:'.",
)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("sv", "Hej, jag jobbar på Ankarvik."),
        ("fi", "Moi, olen töissä Ankarvikissa."),
        ("en", "Hi, I work at Ankarvik."),
    ],
)
def test_an_example_ending_in_a_colon_is_said_as_a_sentence_without_it(language: str, line: str) -> None:
    found = disclosure_line([replace(ANKARVIK, brand="Ankarvik")], language, anywhere=True)
    assert found is not None
    assert found[0] == line


@pytest.mark.parametrize(
    ("front_matter", "spoken"),
    [
        ("Ankarvik Båtvarv (Pargas / Parainen)", "Ankarvik Båtvarv"),
        ("Kivikko Records Oy (Turku, web shop)", "Kivikko Records"),
        ("Lumo Studio", "Lumo Studio"),
    ],
)
def test_the_brands_name_is_said_without_the_place_in_brackets(front_matter: str, spoken: str) -> None:
    assert guidance_brand([replace(passage("f", "fact", "en", "Open daily."), brand=front_matter)]) == spoken
