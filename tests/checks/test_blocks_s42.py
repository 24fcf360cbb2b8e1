"""Drafts blocked for the wrong reason (session 42, issue 25): a voice on first-name terms with its readers that asks
for a fixed signature, a shipping list the guidance says is all there is, and the guidance's own FAQ sentence read as
belittling. Written for these mechanisms (not copied from an evaluation set). What the blocks are for still blocks: a
fourth sentence of the reply's own, a country the list lacks, an insult added to the guidance's sentence."""

from __future__ import annotations

from bot.checks import make_context
from bot.checks.grounding import check_grounding
from bot.checks.identity import check_tone
from bot.checks.signing import asks_own_name
from bot.checks.types import CheckContext
from bot.checks.voice import check_voice
from bot.checks.voice_rules import fixed_signoff, voice_rules
from bot.domain import Passage


def _passage(pid: str, kind: str, language: str, text: str) -> Passage:
    return Passage(id=pid, text=text, kind=kind, language=language, visibility="public", source="test.md")


# A knitting-pattern shop: cosy voice on first-name terms, a fixed signature, the disclosure last in others' threads.
NEULAKKO = (
    _passage(
        "voice",
        "voice",
        "en",
        "We sound warm and chatty: first names, emoji are fine (max one), exclamation marks allowed. Replies are 1–3 "
        'sentences and end with the signature "/Liisa @ Neulakko".',
    ),
    _passage(
        "disclosure",
        "disclosure",
        "en",
        'In other people\'s threads we say it at the end of the reply: "(I work at Neulakko.)"',
    ),
    _passage("fact", "fact", "en", "Every pattern comes in Finnish, Swedish and English."),
    _passage("support", "support", "en", "Support: apu@neulakko.fi, we answer within two working days."),
)


def _ctx(passages: tuple[Passage, ...], language: str = "en", comment: str = "") -> CheckContext:
    return make_context(
        platform="instagram",
        comment_text=comment,
        comment_language=language,
        comment_author="reader",
        passages=passages,
        instruction="",
        allowed_domains=("neulakko.fi",),
    )


def test_first_names_as_a_trait_of_the_voice_ask_for_no_signed_name() -> None:
    voice = NEULAKKO[0].text
    assert not asks_own_name(voice)
    assert fixed_signoff(voice, "en") == fixed_signoff(voice, "sv") == "/Liisa @ Neulakko"
    assert voice_rules(NEULAKKO, "en").signoff == "/Liisa @ Neulakko"
    # Signing words or one writer's name still ask for the approver's own name.
    assert asks_own_name("Sign with your first name.")
    assert asks_own_name('Use first names, and sign with your first name, e.g. "– Aino / Kaarna".')
    assert fixed_signoff('Vastaus päättyy etunimeen, esim. "– Anni / Tuulivire".', "fi") == "– {name} / Tuulivire"
    assert not asks_own_name("Puhuttele ihmisiä etunimillä.")


def test_the_fixed_signature_is_no_claim_and_ends_the_reply_after_the_disclosure() -> None:
    ctx = _ctx(NEULAKKO, comment="is the pattern in swedish?")
    answer = "Every pattern comes in Finnish, Swedish and English. /Liisa @ Neulakko"
    assert check_grounding(answer, ctx).passed
    complaint = (
        "Really sorry about that, I understand how frustrating it is. You can reach us at apu@neulakko.fi. Please "
        "share your details there, not in the public comments. (I work at Neulakko.) /Liisa @ Neulakko"
    )
    result = check_voice(complaint, ctx)
    assert result.passed, result.reason
    # A fourth sentence of the reply's own still breaks the limit, and the disclosure still goes last.
    longer = complaint.replace("(I work", "We will look into it. (I work")
    assert "keep to 3 sentences" in check_voice(longer, ctx).reason
    first = "(I work at Neulakko.) Every pattern comes in Finnish, Swedish and English. /Liisa @ Neulakko"
    assert "at the end" in check_voice(first, ctx).reason


SHIPPING = (
    _passage(
        "ship", "faq", "fi", "Toimitus maksaa 9,90 € ja kestää 3–5 arkipäivää. Toimitamme vain Suomeen ja Ruotsiin."
    ),
    _passage("ship-en", "faq", "en", "Pickup from our workshop is free."),
)


def test_a_yes_for_a_country_on_a_list_the_guidance_says_is_all_there_is() -> None:
    ctx = _ctx(SHIPPING, "sv", "Skickar ni till Sverige?")
    assert check_grounding("Ja, vi skickar till Sverige.", ctx).passed
    assert not check_grounding("Ja, vi skickar till Norge.", _ctx(SHIPPING, "sv", "Skickar ni till Norge?")).passed
    only = (_passage("ship", "faq", "en", "We only ship to Finland and Sweden."),)
    assert check_grounding("Kyllä, toimitamme Ruotsiin.", _ctx(only, "fi", "toimitatteko Ruotsiin?")).passed
    assert not check_grounding("Kyllä, toimitamme Norjaan.", _ctx(only, "fi", "toimitatteko Norjaan?")).passed


SWIM = "You do not need to be a fast swimmer, but you must be comfortable in deep water."
TOURS = _passage("tours", "faq", "en", "Tours start at 9:00 from the harbour.")


def test_the_guidance_own_faq_sentence_is_not_read_as_belittling() -> None:
    comment = "can I join if I can't swim well?"
    assert not check_tone(SWIM, _ctx((TOURS,), comment=comment)).passed  # the classifier alone flags it
    faq = _passage("swim", "faq", "en", f"Life jackets are provided. {SWIM}")
    assert check_tone(SWIM, _ctx((TOURS, faq), comment=comment)).passed
    # Not word for word, or quoted by a rule passage (which may show what never to write): judged as before.
    worse = SWIM.replace("deep water.", "deep water, which you clearly are not.")
    assert not check_tone(worse, _ctx((TOURS, faq), comment=comment)).passed
    rule = _passage("dont", "dont", "en", f'Never write "{SWIM}"')
    assert not check_tone(SWIM, _ctx((TOURS, rule), comment=comment)).passed


def test_a_yes_for_a_country_the_guidance_leaves_off_its_list_is_not_grounded_by_meaning() -> None:
    # In the same language the meaning alone is close (0.90): the list decides, and a region holding it counts.
    only = (_passage("ship", "faq", "en", "We only ship to Finland and Sweden."),)
    assert not check_grounding("Yes, we ship to Norway.", _ctx(only, "en", "do you ship to norway?")).passed
    assert check_grounding("Yes, we ship to Sweden.", _ctx(only, "en", "do you ship to sweden?")).passed
    nordics = (_passage("ship", "faq", "en", "We ship to all the Nordic countries."),)
    assert check_grounding("Yes, we ship to Norway.", _ctx(nordics, "en", "do you ship to norway?")).passed
    refused = (_passage("ship", "faq", "en", "We do not ship to Norway because of customs."),)
    assert not check_grounding("Yes, we ship to Norway.", _ctx(refused, "en", "do you ship to norway?")).passed


def test_the_voice_quoted_other_ending_is_no_claim() -> None:
    # The drafter ends a reply with the line the voice quotes after "or" (bot.drafting.voice.voice_closing); grounding
    # read it as a claim no guidance supports and blocked every such reply.
    voice = _passage(
        "voice", "voice", "sv", "Vi skriver varmt och sakligt. Vi avslutar med en fråga eller med 'Vi ses i spåret!'."
    )
    tours = _passage("tours", "faq", "sv", "Turerna startar kl. 9 från parkeringen.")
    assert "Vi ses i spåret!" in voice_rules((voice,), "sv").wishes  # the voice's own words, not read by meaning
    ctx = _ctx((voice, tours), "sv", "När startar turerna?")
    assert check_grounding("Turerna startar kl. 9 från parkeringen. Vi ses i spåret!", ctx).passed
    assert "signature" in check_grounding("Vi ses i spåret!", ctx).reason
    # Another cheerful line of the drafter's own is still a claim to ground.
    assert not check_grounding("Turerna startar kl. 9 från parkeringen. Vi bjuder på kaffe!", ctx).passed
