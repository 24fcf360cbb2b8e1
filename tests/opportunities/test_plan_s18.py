"""Session 18 (issue 25): the right kind of reply, or none. Agreement spoken to another person by handle, a question
the asker already thanked someone for, applause for the same trouble again, a bad experience the word lists missed
and a purchase that was worth it. Invented comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.plan import (
    ThreadContext,
    settles,
    spoken_to_someone,
    wry_praise,
)
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("@jonna_r samaa mieltä, parasta palvelua", "fi", "praise"),
        ("@Stina Berg håller med, riktigt bra gjort", "sv", "praise"),
        ("@mike_t agreed, they were lovely", "en", "praise"),
        ("@Olli K joo, huonommaksi ei voi mennä", "fi", "praise"),
        ("@tomas_w thanks, good to know", "en", "praise"),
    ],
)
def test_agreement_or_thanks_spoken_to_another_person_by_handle_gets_no_reply(
    text: str, language: str, intent: str
) -> None:
    assert spoken_to_someone(text)
    assert plan(sig(intent, language, emotion="positive"), text).kind == "none"


def test_a_handle_comment_naming_the_brand_is_still_read_on_its_merits() -> None:
    thread = ThreadContext(brand_post=True, names_brand=True)
    result = plan(sig("praise", emotion="positive"), "@Kirjava thanks, you made my week", thread)
    assert result.kind == "thank"
    assert not spoken_to_someone("agreed with the post above")


@pytest.mark.parametrize(
    ("text", "settled"),
    [
        ("@Kalle H thanks!", True),
        ("@peppi kiitos 🙏", True),
        ("@Lena tack för svaret, då vet jag", True),
        ("bra tips tack!", False),  # no handle: it may thank anyone for anything
        ("and do rejected items get refunded or do I have to chase it", False),  # asks, mark or no mark
        ("thanks for nothing 🙄", False),
        ("kiitos, mutta sama vika on edelleen", False),
        ("thanks, but what about weekends?", False),
        ("tack, men paketet kom aldrig", False),
    ],
)
def test_a_short_thank_you_by_the_asker_settles_the_question(text: str, settled: bool) -> None:
    assert settles(text) is settled


def test_a_question_the_asker_later_thanked_someone_for_gets_no_draft() -> None:
    asked = sig("question", "fi", is_question=True)
    text = "paljonko kertakäynti maksaa aikuiselta?"
    assert plan(asked, text).kind == "answer"
    assert plan(asked, text, ThreadContext(brand_post=True, resolved_later=True)).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mahtavaa, kolmatta kertaa siirretty 👏 huippupalvelua", "fi"),
        ("Underbart, flyttad igen 👏 vilken service", "sv"),
        ("Brilliant, rescheduled for the third time 👏 top service", "en"),
    ],
)
def test_applause_for_the_same_trouble_again_is_a_complaint_not_praise(text: str, language: str) -> None:
    praise = sig("praise", language, emotion="positive")
    assert wry_praise(praise, text, language)
    assert plan(praise, text).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Great team, thanks again 👏", "en"),
        ("Toinen kerta teillä ja taas yhtä hyvä kokemus, kiitos 👏", "fi"),
        ("Bravo, allt fixat på en dag", "sv"),
    ],
)
def test_applause_with_thanks_or_a_fix_stays_praise(text: str, language: str) -> None:
    assert not wry_praise(sig("praise", language, emotion="positive"), text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the paper bag tore and my new hardcover got soaked. great.", "en"),
        ("eli maksan täyttä hintaa puolet pienemmästä palvelusta. tosi reilua", "fi"),
        ("påsen gick sönder direkt och boken blev blöt. toppen.", "sv"),
    ],
)
def test_a_bad_experience_told_with_a_praise_word_is_acknowledged(text: str, language: str) -> None:
    assert plan(sig("praise", language, emotion="positive"), text).kind == "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("tilasin kaksi kerralla ja jälkimmäinen oli 25 % halvempi, kannatti", "fi"),
        ("vi bokade båda i höstas och fick rabatt på den andra, det var värt det", "sv"),
        ("booked both visits at once last spring and got the second cheaper, well worth it", "en"),
    ],
)
def test_a_purchase_that_was_worth_it_is_no_complaint(text: str, language: str) -> None:
    # the offline classifier may read a story of one's own booking as a complaint
    result = plan(sig("complaint", language, intent_confidence=0.6), text)
    assert result.kind != "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("meanwhile my to-read pile grows faster than your stock lol", "en"),
        ("mun kirjapino kasvaa nopeammin kuin teidän varasto 😂", "fi"),
        ("min hylla växer snabbare än ert lager haha", "sv"),
    ],
)
def test_a_joke_with_a_laugh_and_no_praise_word_is_not_thanked(text: str, language: str) -> None:
    assert plan(sig("praise", language, emotion="positive", intent_confidence=0.55), text).kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the best video you have made 😂", "en"),
        ("te ootte ihania, nauroin ääneen 😂", "fi"),
    ],
)
def test_praise_with_a_laugh_spoken_to_the_brand_is_still_thanked(text: str, language: str) -> None:
    assert plan(sig("praise", language, emotion="positive"), text).kind == "thank"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("viime syksynä meidän tunnit peruttiin kolmesti eikä kukaan ilmoittanut. mitä kurssi maksaa nyt?", "fi"),
        ("förra terminen fick vi vänta en timme varje gång. vad kostar kursen i år?", "sv"),
        ("last spring our lessons were cancelled again with no notice. what does the course cost now?", "en"),
        ("samma här, passen ställs in med en timmes varsel. vad kostar ett pass egentligen?", "sv"),
    ],
)
def test_a_price_asked_beside_an_earlier_bad_experience_is_acknowledged(text: str, language: str) -> None:
    result = plan(sig("question", language, is_question=True), text)
    assert result.kind == "acknowledge"
    assert result.complaint


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ni drog pengar två gånger och ingen har svarat på en vecka haha", "sv"),
        ("ajoin sinne turhaan, ovi kiinni ja 15 e hukkaan", "fi"),
        ("drove there for nothing, a wasted trip lol", "en"),
    ],
)
def test_a_bad_experience_told_with_a_laugh_is_no_banter(text: str, language: str) -> None:
    assert plan(sig("complaint", language, emotion="negative", intent_confidence=0.4), text).kind == "acknowledge"


def test_a_buyers_price_question_with_a_broken_thing_of_their_own_stays_an_answer() -> None:
    # a broken phone at a repair shop is why one buys, not a complaint about the shop
    text = "vad kostar det och hur lång tid tar det? har trasig skärm sen i helgen"
    result = plan(sig("question", "sv", is_question=True), text)
    assert result.kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("For anyone asking: the first visit and the quote were both free, we paid nothing before signing", "en"),
        ("Jos joku muu kysyy, mittaus oli ilmainen eikä mitään maksettu etukäteen", "fi"),
        ("För er som frågade: batteriet räcker en hel dag hos mig", "sv"),
    ],
)
def test_an_answer_to_the_readers_read_as_a_complaint_is_a_tip(text: str, language: str) -> None:
    result = plan(sig("complaint", language, emotion="negative", intent_confidence=0.6), text)
    assert result.kind == "none"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the Tampere team got me through the worst week of my life honestly. grateful", "en"),
        ("olin ihan rikki sen jälkeen, teidän henkilökunta auttoi paljon, kiitollinen", "fi"),
    ],
)
def test_praise_that_thanks_beside_a_word_of_trouble_is_not_acknowledged(text: str, language: str) -> None:
    result = plan(sig("praise", language, emotion="positive", intent_confidence=0.6), text)
    assert result.kind != "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("dom bytte skärmen på en halvtimme hos er i Kista, rekommenderas", "sv"),
        ("har inte hänt oss, vi har haft abonnemanget i tre år och allt har funkat", "sv"),
        ("vaihtoivat akun tunnissa ja hinta oli kohtuullinen", "fi"),
        ("they replaced the battery within an hour and it was cheap", "en"),
    ],
)
def test_a_job_done_well_read_as_a_complaint_is_not_acknowledged(text: str, language: str) -> None:
    result = plan(sig("complaint", language, emotion="negative", intent_confidence=0.5), text)
    assert result.kind != "acknowledge"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("had the screen replaced in the spring and it still flickers, really disappointing", "en"),
        ("näyttö vaihdettiin keväällä ja se vilkkuu edelleen, pettymys", "fi"),
        ("they refunded half and still nothing for the rest", "en"),
    ],
)
def test_a_fix_that_did_not_hold_stays_a_complaint(text: str, language: str) -> None:
    result = plan(sig("complaint", language, emotion="negative", intent_confidence=0.6), text)
    assert result.kind == "acknowledge"
