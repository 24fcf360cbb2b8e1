"""One reply speaks as one person, signed as the brand's voice asks in every language (issue 25, session 42;
reply-plans-af's panel): a voice that asks for the writer's first name in words only ("signerar med förnamn") is signed
by the writer the disclosure guidance introduces; a sign-off example naming one writer ("– Veikko / Kelkka") takes the
name of the writer the reply's own opener introduces ("Hi, Saara from Kelkka here"); a disclosure passage that names
the replies it governs by language ("In English and Swedish replies ...") decides where those replies disclose, not
another language's rule for other people's posts; a voice that gives a quoted line as the other way to end a reply
("... med en fråga eller med 'Vi ses i spåret!'") ends that language's replies with it. The brands are invented."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bot.checks.voice_rules import names_replies_in, voice_rules
from bot.domain import Passage
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import DraftRequest
from bot.drafting.voice import alternative_closing, as_writer, named_signoff
from eval.voice_report import packet_counts
from tests.drafting.conftest import blocking_checks


def _passage(pid: str, kind: str, language: str | None, text: str, brand: str) -> Passage:
    return Passage(
        id=pid,
        text=text,
        kind=kind,
        language=language,
        visibility="public",
        source=f"{pid}.txt",
        heading="",
        brand=brand,
    )


# Snowshoe tours: the Swedish voice asks for the first name in words, the English one for the name and the brand; the
# disclosure (for other people's posts) introduces the guide Ilona in three languages.
LUMI = "Lumimarja Retket"
LUMI_PASSAGES = (
    _passage(
        "lumi-voice-sv",
        "voice",
        "sv",
        'Vi skriver lugnt och vänligt. Vi avslutar med en fråga eller med "Vi ses i spåret!" och signerar med förnamn.',
        LUMI,
    ),
    _passage("lumi-voice-en", "voice", "en", "Plain and warm. Sign off with first name and 'Lumimarja Retket'.", LUMI),
    _passage(
        "lumi-disclosure",
        "disclosure",
        "en",
        'Outside our own posts, start with: "Hi, I\'m Ilona, a guide at Lumimarja Retket." In Finnish: "Moi, olen '
        'Ilona Lumimarja Retkiltä." In Swedish: "Hej, Ilona här, guide på Lumimarja Retket."',
        LUMI,
    ),
)

# Kick sleds: the Finnish voice signs with an example writer; English and Swedish replies open with another writer.
KELKKA = "Kelkka"
KELKKA_PASSAGES = (
    _passage(
        "kelkka-voice",
        "voice",
        "fi",
        'Puhumme rennosti, enintään kolme lyhyttä lausetta. Vastaus päättyy etunimeen, esim. "– Veikko / Kelkka".',
        KELKKA,
    ),
    _passage(
        "kelkka-disclosure-fi",
        "disclosure",
        "fi",
        'Kun vastaamme muiden julkaisuihin, kerromme ensimmäisessä lauseessa olevamme Kelkasta: "Moi, Veikko täällä '
        'Kelkasta". Omissa julkaisuissa riittää allekirjoitus.',
        KELKKA,
    ),
    _passage(
        "kelkka-disclosure-en",
        "disclosure",
        "en",
        'In English and Swedish replies we disclose in the first sentence: "Hi, Saara from the Kelkka team here." / '
        '"Hej, Saara från Kelkka här."',
        KELKKA,
    ),
)


def _request(comment: str, language: str, passages: tuple[Passage, ...], brand: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "facebook",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (f"brand:{brand}",),
        "passages": passages,
        "plan": "thank",
        "own_account": True,
    }
    values.update(changes)
    return DraftRequest(**values)


def test_a_first_name_asked_in_words_is_the_disclosure_writers_with_the_quoted_brand() -> None:
    signed = named_signoff(LUMI_PASSAGES, "en", LUMI)
    assert signed is not None and signed[0] == "– Ilona, Lumimarja Retket"
    assert named_signoff(LUMI_PASSAGES, "sv", LUMI) == ("– Ilona", LUMI_PASSAGES[0])
    fi = named_signoff(LUMI_PASSAGES, "fi", LUMI)  # no Finnish voice: the signature is the brand's in every language
    assert fi is not None and fi[0].startswith("– Ilona")
    # No writer named anywhere: no made-up name.
    assert named_signoff(LUMI_PASSAGES[:2], "sv", LUMI) is None
    # A voice that only allows one, or forbids it, asks for none.
    for text in ("You may sign with your first name.", "We never sign with a first name."):
        voice = _passage("v", "voice", "en", text, LUMI)
        assert named_signoff((voice, LUMI_PASSAGES[2]), "en", LUMI) is None


def test_the_sign_off_takes_the_name_the_opener_introduces() -> None:
    assert as_writer("– Veikko / Kelkka", "Hi, Saara from the Kelkka team here.", KELKKA) == "– Saara / Kelkka"
    assert as_writer("– Veikko / Kelkka", "Moi, Veikko täällä Kelkasta", KELKKA) == "– Veikko / Kelkka"
    assert as_writer("– {name} / Kelkka", "Hi, Saara from the Kelkka team here.", KELKKA) == "– {name} / Kelkka"
    assert as_writer("– Team Kelkka", "Hi, Saara from the Kelkka team here.", KELKKA) == "– Team Kelkka"


def test_replies_named_by_language_follow_their_own_disclosure_rule() -> None:
    text = KELKKA_PASSAGES[2].text
    assert names_replies_in(text, "en") and names_replies_in(text, "sv") and not names_replies_in(text, "fi")
    assert not names_replies_in("Outside our own posts, start with: 'Hi'", "en")
    assert names_replies_in("Svenska och engelska svar börjar med en presentation.", "sv")
    assert voice_rules(list(KELKKA_PASSAGES), "fi").disclosure_off_own_post  # the Finnish rule: others' posts only
    for language in ("sv", "en"):
        assert not voice_rules(list(KELKKA_PASSAGES), language).disclosure_off_own_post


def test_the_quoted_other_ending_of_a_voice() -> None:
    assert alternative_closing(LUMI_PASSAGES[0].text) == "Vi ses i spåret!"
    assert alternative_closing("End with a question or 'See you on the trail!'") == "See you on the trail!"
    assert alternative_closing("End with a question.") is None
    assert alternative_closing("Never end with 'Cheers!'.") is None


def test_drafts_speak_as_one_signed_writer(offline: OfflineDrafter) -> None:
    cases = [
        (LUMI_PASSAGES, LUMI, "Bästa turen hela vintern, tack!", "sv", "– Ilona"),
        (LUMI_PASSAGES, LUMI, "Best tour of the winter, thank you!", "en", "– Ilona, Lumimarja Retket"),
        (KELKKA_PASSAGES, KELKKA, "Love the sled, my kids use it every day!", "en", "– Saara / Kelkka"),
        (KELKKA_PASSAGES, KELKKA, "Paras potkukelkka ikinä, kiitos!", "fi", "– Veikko / Kelkka"),
    ]
    for passages, brand, comment, language, signoff in cases:
        result = offline.draft(_request(comment, language, passages, brand))
        assert result.text.endswith(signoff), result.text
        assert not blocking_checks(result.text, comment, language, passages, brand, own_post=True), result.text
    english = offline.draft(_request("Love the sled, my kids use it every day!", "en", KELKKA_PASSAGES, KELKKA))
    assert english.text.startswith("Hi, Saara")  # the English rule binds the brand's own posts too
    swedish = offline.draft(_request("Bästa turen hela vintern, tack!", "sv", LUMI_PASSAGES, LUMI))
    assert "Vi ses i spåret" in swedish.text  # the voice's own other ending, not a flat thank-you


def _packet(text: str, comment: str, passages: tuple[Passage, ...], brand_key: str) -> dict[str, Any]:
    return {
        "guidance": [
            {"id": p.id, "text": p.text, "kind": p.kind, "language": p.language, "brand": p.brand} for p in passages
        ],
        "threads": [
            {"id": "t1", "brand": brand_key, "platform": "facebook", "comments": [{"id": "c1", "text": comment}]}
        ],
        "drafts": [{"id": "d1", "thread": "t1", "comment": "c1", "plan": "thank", "text": text}],
    }


def test_the_report_reads_the_sign_off_a_manager_reads() -> None:
    comment = "Best tour of the winter, thank you!"
    unsigned = packet_counts(_packet("Thank you, glad you enjoyed it.", comment, LUMI_PASSAGES, "lumi"))
    assert (unsigned["signoff_asked"], unsigned["signoff_kept"]) == (1, 0)
    signed = packet_counts(_packet("Thank you. – Ilona, Lumimarja Retket", comment, LUMI_PASSAGES, "lumi"))
    assert (signed["signoff_asked"], signed["signoff_kept"]) == (1, 1)
    two: Counter[str] = packet_counts(
        _packet("Hi, Saara from the Kelkka team here. Thanks! – Veikko / Kelkka", comment, KELKKA_PASSAGES, "kelkka")
    )
    assert (two["signoff_asked"], two["signoff_kept"], two["signoff_two_writers"]) == (1, 0, 1)
    one = packet_counts(
        _packet("Hi, Saara from the Kelkka team here. Thanks! – Saara / Kelkka", comment, KELKKA_PASSAGES, "kelkka")
    )
    assert (one["signoff_asked"], one["signoff_kept"]) == (1, 1)


def test_a_required_signature_beside_first_names_signs_every_language() -> None:
    voice = _passage(
        "v",
        "voice",
        "en",
        'Cosy and playful: first names, emoji welcome. Replies are 1–3 sentences and end with the signature "/Aino @ '
        'Kirjo".',
        "Kirjo",
    )
    finnish = _passage("v-fi", "voice", "fi", "Valituksiin vastatessa ei emojeja eikä huutomerkkejä.", "Kirjo")
    for language in ("fi", "sv", "en"):
        assert voice_rules([voice, finnish], language).signoff == "/Aino @ Kirjo"
    # A voice that asks for the first name with an example of it still gives the slot, not the example.
    named = _passage("n", "voice", "en", "Sign with your first name, e.g. '– Aino / Kirjo'.", "Kirjo")
    assert voice_rules([named], "fi").signoff == "– {name} / Kirjo"
