"""The offline drafter follows the guidance's own voice and disclosure wording (issue 25: replies a manager approves
as written): the sign-off form it prescribes, a closing line where the voice asks for one, the disclosure where the
guidance places it, thank and empathy lines that fit the comment, the support guidance's route for this case, and a
plain yes or no before the fact that settles a yes/no question. Every drafted text still passes the checks."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.checks import Brand, failures, make_context, run_checks
from bot.checks.identity import check_disclosure
from bot.checks.registry import approvable
from bot.checks.signature import signoff_template
from bot.checks.voice_rules import closing_asked, closing_example, voice_rules
from bot.domain import Passage
from bot.drafting.answering import yes_no_lead
from bot.drafting.greetings import _names_support_detail, empathy_line, thank_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.support import case_route
from bot.drafting.types import DraftRequest
from bot.drafting.voice import natural_disclosure, without_example_name
from knowledge.embeddings import LocalE5Embedder
from tests.drafting.conftest import passage

# A hearing-care brand written for these tests (not a set's): its voice asks for the writer's name after a closing
# greeting, shown in two languages; its disclosure guidance asks for the first sentence on personal accounts.
VOICE = passage(
    "voice",
    "voice",
    "en",
    "Voice: warm and calm. No exclamation marks. Up to 4 short sentences. End with the writer's name, e.g. "
    "'Terveisin, Maija / Kuulas' or 'Vänliga hälsningar, Erik / Kuulas'.",
)
DISCLOSURE = passage(
    "disclosure",
    "disclosure",
    "sv",
    "I forum och från personliga konton: skriv i första meningen att du arbetar på Kuulas, t.ex. 'Hej, jag heter "
    "Erik och jobbar på Kuulas.' eller 'Olen Maija ja työskentelen Kuulaalla.'",
)
FACTS = (
    passage("bt-fi", "fact", "fi", "Kuulas Pro toimii Bluetoothilla iPhonen ja Android-puhelinten kanssa."),
    passage("bt-sv", "fact", "sv", "Kuulas Pro fungerar via Bluetooth med iPhone och Android-telefoner."),
    passage("bt-en", "fact", "en", "Kuulas Pro connects via Bluetooth to iPhone and Android phones."),
)
SUPPORT_SV = passage(
    "support-sv",
    "support",
    "sv",
    "Kundtjänst: ring 010 320 5510 vardagar 9–16 eller mejla kundtjanst@kuulas.example. Ange namn och apparatens "
    "serienummer. Har du redan ett ärende, svara på samma mejltråd så hamnar det hos samma handläggare.",
)
GUIDANCE = (VOICE, DISCLOSURE, *FACTS, SUPPORT_SV)


def request(comment: str, language: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "someone",
        "platform": "reddit",
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": ("brand:Kuulas", "brand:Kuulas Pro"),
        "passages": GUIDANCE,
    }
    values.update(changes)
    return DraftRequest(**values)


def blocking(text: str, language: str, comment: str, passages: tuple[Any, ...] = GUIDANCE) -> list[str]:
    ctx = make_context(
        platform="reddit",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name="Kuulas"),
    )
    return failures(run_checks(text, ctx))


@pytest.mark.parametrize(
    ("language", "template"),
    [
        ("fi", "Terveisin, {name} / Kuulas"),
        ("sv", "Vänliga hälsningar, {name} / Kuulas"),
        ("en", "Kind regards, {name} / Kuulas"),  # no English example: its usual closing before the example's brand
    ],
)
def test_a_sign_off_shown_as_a_closing_greeting_is_slotted_in_each_languages_own_words(
    language: str, template: str
) -> None:
    found = signoff_template([VOICE], language)
    assert found is not None and found[0] == template


def test_a_closing_greeting_example_without_the_writers_name_asked_is_no_slotted_sign_off() -> None:
    fixed = passage("v", "voice", "fi", "Allekirjoitus: 'Terveisin, Kuulaan asiakaspalvelu'.")
    forbidden = passage("v", "voice", "fi", "Emme allekirjoita nimellä, esim. 'Terveisin, Maija / Kuulas' ei käy.")
    assert signoff_template([fixed], "fi") is None
    assert signoff_template([forbidden], "fi") is None


@pytest.mark.parametrize(
    ("language", "comment", "ending"),
    [
        ("fi", "toimiiko Kuulas Pro Androidin kanssa?", "Terveisin, {name} / Kuulas"),
        ("sv", "fungerar Kuulas Pro med Android?", "Vänliga hälsningar, {name} / Kuulas"),
        ("en", "does the Kuulas Pro work with Android? I have a Samsung", "Kind regards, {name} / Kuulas"),
    ],
)
def test_offline_answer_is_signed_as_the_voice_shows_and_passes_the_checks(
    offline: OfflineDrafter, language: str, comment: str, ending: str
) -> None:
    result = offline.draft(request(comment, language, plan="answer"))

    assert not result.skip, result.skip_reason
    assert result.text.endswith(ending)
    assert "Maija" not in result.text and "Erik" not in result.text  # the examples' writers are not the approver
    assert blocking(result.text, language, comment) == []


def test_the_disclosure_example_loses_the_example_writers_name_and_comes_first(offline: OfflineDrafter) -> None:
    assert without_example_name("Olen Maija ja työskentelen Kuulaalla.", VOICE.text, "fi") == "Työskentelen Kuulaalla."
    assert without_example_name("Hej, jag heter Erik och jobbar på Kuulas.", VOICE.text, "sv") == (
        "Hej, jag jobbar på Kuulas."
    )
    result = offline.draft(request("fungerar Kuulas Pro med Android?", "sv", plan="answer"))
    assert result.text.startswith("Hej, jag jobbar på Kuulas.")


def test_on_the_brands_own_post_the_named_sign_off_says_who_writes(offline: OfflineDrafter) -> None:
    result = offline.draft(request("fungerar Kuulas Pro med Android?", "sv", plan="answer", own_account=True))
    assert "jobbar" not in result.text and result.text.endswith("Vänliga hälsningar, {name} / Kuulas")


@pytest.mark.parametrize(
    ("voice", "closing"),
    [
        ("End with a question or an invitation to drop by, never with 'Best regards'.", "invitation"),
        ("Päätä vastaus kysymykseen tai kutsuun käymään.", "invitation"),
        ("Avsluta med en inbjudan att titta förbi.", "invitation"),
        ("Päätä vastaus kysymykseen.", "question"),
        ("End every reply with a question.", "question"),
        ("Vastaus saa päättyä kysymykseen, esim. 'Kuka teillä voitti?'", None),  # a permission, not a rule
        ("Avsluta med en konkret nästa åtgärd, inte med en fråga.", None),
        ("End every reply with the writer's first name after a dash, e.g. '– Anna'.", None),
        # Paraphrases (written for this test, not a set's): a place at the end, an act, no negation or permission.
        ("Wrap up with a question back to the customer.", "question"),
        ("Always close by asking them something.", "question"),
        ("Replies should end in a question that keeps the chat going.", "question"),
        ("Last line: invite them to visit us.", "invitation"),
        ("Try to finish by inviting the person to pop in.", "invitation"),
        ("Ask a follow-up question at the end.", "question"),
        ("Kysy lopuksi jotain, jotta keskustelu jatkuu.", "question"),
        ("Vastauksen viimeinen lause on kysymys.", "question"),
        ("Loppuun kutsu tulla käymään.", "invitation"),
        ("Lopeta viesti kysymällä jotain.", "question"),
        ("Vastaukset päättyvät kysymykseen tai kutsuun.", "question"),
        ("Ställ gärna en motfråga på slutet.", "question"),
        ("Sista meningen ska vara en fråga.", "question"),
        ("Runda av med en fråga till kunden.", "question"),
        ("Fråga något tillbaka i slutet.", "question"),
        # Forbidden, permitted, or no closing act at all.
        ("Don't end with a question.", None),
        ("Avsluta inte med en fråga.", None),
        ("Älä lopeta kysymykseen.", None),
        ("Ingen fråga på slutet.", None),
        ("Replies may end with a question but need not.", None),
        ("Never ask for personal data in public; end with your name.", None),
        ("If they ask a question, answer it; end with your name.", None),
        ("End by answering their question in one sentence.", None),
        ("Vastaa kysymykseen lyhyesti, lopuksi nimi.", None),
        ("Svara på frågan och avsluta med ditt namn.", None),
        ("Keep replies short and close with the link to the support page.", None),
        # A closing allowed on a condition, and "ask" inside another word ("askeleeseen", a next step): none asked.
        ("End with a question only when we need information from the person.", None),
        ("Päätä vastaus kysymykseen vain jos tarvitset lisätietoja.", None),
        ("Avsluta med en fråga bara när vi behöver veta mer.", None),
        ("Lopeta vastaus käytännön vinkkiin tai seuraavaan askeleeseen.", None),
    ],
)
def test_the_closing_the_voice_asks_for_is_read_in_each_language(voice: str, closing: str | None) -> None:
    assert closing_asked(voice) == closing


@pytest.mark.parametrize(
    ("language", "comment", "line"),
    [
        ("fi", "Onnea uudesta toimipisteestä!", "Tervetuloa käymään!"),
        ("sv", "Grattis och välkomna till kvarteret", "Välkommen förbi!"),
        ("en", "Congrats on the new place", "Come by and say hi!"),
    ],
)
def test_a_thank_you_ends_with_the_invitation_the_voice_asks_for(
    offline: OfflineDrafter, language: str, comment: str, line: str
) -> None:
    voice = passage(
        "voice",
        "voice",
        "en",
        "Max 3 sentences. End with a question or an invitation to drop by. Sign with the host's first name after a "
        "dash, e.g. '– Aino / Kupla'.",
    )
    result = offline.draft(request(comment, language, plan="thank", passages=(voice,), own_account=True))
    assert result.text.endswith(f"{line} – {{name}} / Kupla")
    assert blocking(result.text, language, comment, (voice,)) == []


def test_the_closing_gives_way_to_the_voices_sentence_limit(offline: OfflineDrafter) -> None:
    voice = passage("voice", "voice", "en", "At most one sentence. End with a question or an invitation to drop by.")
    result = offline.draft(
        request("Congrats on the new place", "en", plan="thank", passages=(voice,), own_account=True)
    )
    assert "Come by" not in result.text


def test_ensimmaisessa_virkkeessa_puts_the_disclosure_first() -> None:
    rule = passage("d", "disclosure", "fi", "Kerro ensimmäisessä virkkeessä, että vastaat Kuplan puolesta.")
    assert voice_rules([rule], "fi").disclosure_at == "start"


@pytest.mark.parametrize(
    ("comment", "language", "kind"),
    [
        ("DJs and gig-goers: wear earplugs!! your future self will thank you", "en", "praise"),
        ("Got my hearing aids last month, first time I've heard birds in years. Thank you", "en", "thanks"),
        ("Your audiologist in Espoo was amazing with my dad, so patient", "en", "staff"),
        ("asentaja oli tosi kärsivällinen ja ystävällinen", "fi", "staff"),
        ("personalen i Majorna var så hjälpsam", "sv", "staff"),
        ("kiitos kun jaksoitte odottaa", "fi", "patience"),
        ("tack för tipset, det hjälpte", "sv", "thanks for information"),
    ],
)
def test_the_thank_you_fits_what_the_comment_said(comment: str, language: str, kind: str) -> None:
    assert thank_line(comment, language)[0] == kind


def test_coffee_is_no_charge() -> None:
    assert empathy_line("the hosts went round with coffee while the wifi was down", "en")[0] != "a charge"
    assert empathy_line("you charged me a fee twice", "en")[0] == "a charge"


def test_a_comment_naming_the_support_guidances_address_or_identifier_is_from_a_customer() -> None:
    support = ["Support: service@solvik.example. Include your system number (starts with SV-)."]
    comment = "app shows 0 kWh for two weeks. Emailed service@ with my SV- number 5 days ago, nothing"
    assert _names_support_detail(comment, support)
    assert not _names_support_detail("heat pumps are a scam, our bill went up", support)
    assert empathy_line(comment, "en", own_post=False, support=support)[0] != "not ours"


def test_the_support_guidances_route_for_this_case_answers_it(offline: OfflineDrafter) -> None:
    comment = "Jag har ett ärende sedan förra veckan om en trasig apparat, ska jag skriva ett nytt mejl eller"
    found = case_route(comment, [SUPPORT_SV], ["Kuulas"])
    assert found is not None and found.sentence.startswith("Har du redan ett ärende")
    assert case_route("Laddaren slutade fungera efter två månader", [SUPPORT_SV], ["Kuulas"]) is None

    result = offline.draft(request(comment, "sv", plan="acknowledge", complaint=True))
    assert "svara på samma mejltråd" in result.text and "010 320 5510" not in result.text
    assert blocking(result.text, "sv", comment) == []


@pytest.mark.parametrize(
    ("comment", "statement", "language", "lead"),
    [
        (
            "does the Pro work with Android?",
            "Kuulas Pro connects via Bluetooth to Android phones.",
            "en",
            "Yes, Kuulas",
        ),
        ("can you do a ground mount? roof faces north", "We do not install ground mounts.", "en", "No, we"),
        ("toimiiko Pro Androidin kanssa?", "Kuulas Pro toimii Android-puhelinten kanssa.", "fi", "Kyllä, Kuulas"),
        ("finns det parkering vid Majorna?", "Majorna har ingen egen parkering.", "sv", "Nej, Majorna"),
        ("kan man hyra cyklar i Majorna?", "I Majorna kan man inte hyra cyklar.", "sv", "Nej, i Majorna"),
        ("does a charge last 24 hours?", "A full charge lasts about 24 hours.", "en", "Yes, a full"),
        ("finns det på svenska?", "Spelet finns i en svensk utgåva med svenska kort.", "sv", "Ja, spelet"),  # "en"
        ("is chalk included for beginners?", "For beginners chalk is included in the entry.", "en", "Yes, for"),
        ("ingår det att torka fönsterbänkarna?", "Vi torkar fönsterbänkarna, det ingår alltid.", "sv", "Ja, vi"),
    ],
)
def test_a_yes_no_question_gets_a_plain_yes_or_no_first(comment: str, statement: str, language: str, lead: str) -> None:
    said = yes_no_lead(comment, statement, language, ["Kuulas", "Kuulas Pro"])
    assert said is not None and said.startswith(lead)


@pytest.mark.parametrize(
    ("comment", "statement", "language"),
    [
        ("is there a monthly fee for the app", "The app is free and has no subscription.", "en"),  # yes or no?
        ("is chalk included for beginners?", "Beginners rent shoes; chalk is free.", "en"),  # another condition word
        ("gäller det i Göteborg också?", "Studentpriset gäller på Södermalm.", "sv"),  # Göteborg not named
        ("paljonko Pro maksaa?", "Kuulas Pro maksaa 3 490 €.", "fi"),  # no yes/no question
        ("do you ship to Oulu?", "We deliver only within Helsinki.", "en"),
        ("voiko paneelit kytkeä suoraan varaajaan", "Paneelien tuotetakuu on 25 vuotta.", "fi"),  # one shared word
        ("do they have standing desks at Södermalm", "The Södermalm event hall fits 60 people.", "en"),
        ("maksaako appi jotain kuukausimaksua", "Appi maksaa 5 € kuukaudessa.", "fi"),  # a yes/no about a price
        ("går det bara en buss per dag på söndagar?", "På söndagar går det en buss per dag.", "sv"),  # "only": yes?
        ("do I get the ticket by email or in the app", "Your ticket is in the app and in the email.", "en"),
        ("can I bring my own frame and get the 1 € lenses", "We fit lenses in your own frame.", "en"),
        ("can I bring my own frame and get the 1 € lenses", "We fit lenses in your own frame, from 195 €.", "en"),
    ],
)
def test_no_yes_or_no_is_said_where_the_statement_does_not_settle_it(
    comment: str, statement: str, language: str
) -> None:
    assert yes_no_lead(comment, statement, language, ["Kuulas", "Kuulas Pro"]) is None


def test_on_the_brands_own_post_an_unsigned_voice_gets_no_team_sign_off(offline: OfflineDrafter) -> None:
    voice = passage("voice", "voice", "fi", "Ääni: rento ja kannustava. Ei allekirjoitusta.")
    rule = passage("disclosure", "disclosure", "en", "Instructors replying from personal accounts say so first.")
    fact = passage("car-fi", "fact", "fi", "Ajokokeeseen voi käyttää koulun autoa, hinta on 120 €.")
    passages = (voice, rule, fact)
    result = offline.draft(
        request("voiko kokeeseen käyttää koulun autoa?", "fi", plan="answer", passages=passages, own_account=True)
    )
    assert not result.skip and "120 €" in result.text and "–" not in result.text


def test_the_general_channel_with_a_condition_is_no_case_route() -> None:
    support = passage(
        "support-sv",
        "support",
        "sv",
        "Om något är fel med din värmepump, installationen eller fakturan hjälper vår kundtjänst dig: ring 010 555 "
        "0100 vardagar 8–18.",
    )
    assert case_route("värmepumpar är en bluff, vår elräkning gick upp med värmepumpen", [support], []) is None


def test_under_someone_elses_post_a_first_sentence_disclosure_is_said_first_even_without_an_example_in_the_language(
    offline: OfflineDrafter,
) -> None:
    comment = "does the Kuulas Pro work with Android? I have a Samsung"
    reddit = offline.draft(request(comment, "en", plan="answer"))
    youtube = offline.draft(request(comment, "en", plan="answer", platform="youtube"))
    own = offline.draft(request(comment, "en", plan="answer", platform="youtube", own_account=True))
    assert reddit.text.startswith("I work at Kuulas. Yes, Kuulas Pro connects")
    assert reddit.text.endswith("Kind regards, {name} / Kuulas")
    assert blocking(reddit.text, "en", comment) == []
    # A creator's video is a post the brand did not write: a person answers there, as on a forum (the panels,
    # session 18); on the brand's own post the rule for personal accounts binds nothing and the sign-off says who.
    assert youtube.text.startswith("I work at Kuulas.")
    assert not own.text.startswith("I work at") and own.text.endswith("Kind regards, {name} / Kuulas")


def test_with_a_brand_file_the_first_sentence_disclosure_names_the_brand_as_the_checks_know_it() -> None:
    drafter = OfflineDrafter(LocalE5Embedder(), brand="Kuulas Hearing")
    comment = "does the Kuulas Pro work with Android? I have a Samsung"
    result = drafter.draft(request(comment, "en", plan="answer"))
    # The short name its disclosure guidance uses (session 36), one the checks know the brand by too.
    assert result.text.startswith("I work at Kuulas.")
    ctx = make_context(
        platform="reddit",
        comment_text=comment,
        comment_language="en",
        comment_author="someone",
        passages=GUIDANCE,
        brand=Brand(name="Kuulas Hearing"),
    )
    assert failures(run_checks(result.text, ctx)) == []


@pytest.mark.parametrize(
    ("voice", "example"),
    [
        ("End with a question such as 'How did it go?' Sign with your name.", "How did it go?"),
        ('Päätä vastaus kysymykseen, esim. "Miten teillä meni?"', "Miten teillä meni?"),
        ('Avsluta med en inbjudan att titta in, t.ex. "Välkommen förbi!"', "Välkommen förbi!"),
        ("Vastaus saa päättyä kysymykseen, esim. 'Kuka teillä voitti?'", None),  # a permission: no closing asked
        ("End with a question. Sign off '– Aino'.", None),  # the quote is the sign-off, not the closing
        # A quoted line the voice forbids is no example of its closing.
        ("End with a question or an invitation to drop by, never with 'Best regards'.", None),
        ("Päätä vastaus kutsuun käymään, älä 'Ystävällisin terveisin.'", None),
        ('Avsluta med en inbjudan att titta förbi, aldrig med "Mvh."', None),
    ],
)
def test_the_voices_own_closing_wording_is_read_in_each_language(voice: str, example: str | None) -> None:
    assert closing_example(voice) == example


@pytest.mark.parametrize(
    ("language", "comment", "voice", "line"),
    [
        ("fi", "Onnea uudesta toimipisteestä!", 'Päätä vastaus kysymykseen, esim. "Mitä kuuluu?"', "Mitä kuuluu?"),
        ("sv", "Grattis till nya stället", 'Avsluta med en fråga, t.ex. "Hur mår du i dag?"', "Hur mår du i dag?"),
        ("en", "Congrats on the new place", "End with a question such as 'What brings you here?'", "What brings you"),
    ],
)
def test_a_thank_you_ends_with_the_voices_own_closing_wording_in_its_language(
    offline: OfflineDrafter, language: str, comment: str, voice: str, line: str
) -> None:
    own = passage("voice", "voice", language, voice)
    result = offline.draft(request(comment, language, plan="thank", passages=(own,), own_account=True))
    assert line in result.text
    assert not any(str(p) in result.text for p in ("Voinko auttaa", "Kan jag hjälpa", "Anything else"))


def test_a_closing_the_voice_allows_only_on_a_condition_is_not_added(offline: OfflineDrafter) -> None:
    voice = passage("voice", "voice", "en", "End with a question only when we need information from the person.")
    result = offline.draft(request("Congrats on the new place", "en", plan="thank", passages=(voice,)))
    assert not result.skip and "?" not in result.text


@pytest.mark.parametrize(
    ("language", "brand", "line"),
    [
        ("fi", "Kallioranta", "(Olen töissä Kallioranta:lla.)"),
        ("fi", "Lumihetki", "(Olen töissä Lumihetki:llä.)"),  # a compound's last part decides: "hetki", front
        ("fi", "Viuh Skuutit", "(Olen töissä Viuh Skuutit:lla.)"),
        ("fi", "Kanervo", "(Olen töissä Kanervolla.)"),  # a name Finnish does not change takes its ending whole
        ("fi", "Bikelab", "(Olen töissä Bikelabilla.)"),
        ("fi", "Pyöräpaja", "(Olen töissä Pyöräpajalla.)"),
        ("sv", "Kallioranta", "(Jag jobbar på Kallioranta.)"),
        ("en", "Kallioranta", "(I work at Kallioranta.)"),
    ],
)
def test_the_standard_disclosure_line_is_short_and_natural(language: str, brand: str, line: str) -> None:
    assert natural_disclosure(language, brand) == line
    assert "yrityksessä" not in natural_disclosure(language, brand)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_natural_disclosure_line_passes_the_full_check_path(language: str) -> None:
    thanks = {"fi": "Kiitos kivasta palautteesta!", "sv": "Tack för de fina orden!", "en": "Thanks for the kind words!"}
    rule = Passage(
        id="d1",
        text="Staff replying say who writes.",
        kind="disclosure",
        language=None,
        visibility="public",
        source="guidance.md",
    )
    ctx = replace(
        make_context(
            platform="reddit",
            comment_text="Kiitos!",
            comment_language=language,
            comment_author=None,
            passages=[rule],
            brand=Brand(name="Kallioranta"),
            instruction="",
        ),
        reply_plan="thank",
    )
    line = natural_disclosure(language, "Kallioranta")
    assert ctx.disclosure_required and not check_disclosure(thanks[language], ctx).passed
    for text in (f"{line} {thanks[language]}", f"{line.strip('()')} {thanks[language]}"):
        results = run_checks(text, ctx)
        assert approvable(results), failures(results)


# A bicycle workshop written for these tests (not a set's): its Finnish voice signs with the writer's first name in
# Nordic quotes (”…” on both sides), its disclosure example introduces a writer by name, for personal accounts only.
KANERVO_VOICE = passage(
    "k-voice",
    "voice",
    "fi",
    "Rennosti ja lyhyesti, korkeintaan kolme lausetta. "
    "Jokainen vastaus päättyy allekirjoitukseen ”– etunimi, Kanervo”.",
)
KANERVO_DISCLOSURE = passage(
    "k-disclosure",
    "disclosure",
    "fi",
    "Jos vastaat omalta henkilökohtaiselta tililtäsi, kerro heti ensimmäisessä lauseessa olevasi Kanervon työntekijä, "
    "esim. ”Moi, Kanervon Ville täällä!” Brändin omalta tililtä vastatessa erillistä mainintaa ei tarvita.",
)
KANERVO_FACT = passage("k-fact", "fact", "fi", "Renkaanvaihto maksaa 25 € ja sisältää sisärenkaan tarkistuksen.")
KANERVO = (KANERVO_VOICE, KANERVO_DISCLOSURE, KANERVO_FACT)


def _kanervo_blocking(text: str, language: str, comment: str, passages: tuple[Any, ...]) -> list[str]:
    ctx = make_context(
        platform="reddit",
        comment_text=comment,
        comment_language=language,
        comment_author="someone",
        passages=passages,
        brand=Brand(name="Kanervo"),
    )
    return failures(run_checks(text, ctx))


@pytest.fixture(scope="module")
def kanervo() -> OfflineDrafter:
    return OfflineDrafter(LocalE5Embedder(), brand="Kanervo")


def test_a_disclosure_example_naming_a_writer_names_the_approver_beside_their_sign_off(kanervo: OfflineDrafter) -> None:
    # Session 20: the guidance's own line with the approver's name ("follow the 'Moi, X:n Jenna täällä!' example",
    # the panels), no longer the standard "Olen töissä Kanervolla."
    comment = "paljonko renkaanvaihto maksaa?"
    result = kanervo.draft(request(comment, "fi", plan="answer", passages=KANERVO))

    assert not result.skip and "Ville" not in result.text
    assert result.text.startswith("Moi, Kanervon {name} täällä!") and result.text.endswith("– {name}, Kanervo")
    assert _kanervo_blocking(result.text, "fi", comment, KANERVO) == []


def test_on_the_brands_own_post_the_sign_off_says_who_writes(kanervo: OfflineDrafter) -> None:
    comment = "paljonko renkaanvaihto maksaa?"
    result = kanervo.draft(request(comment, "fi", plan="answer", passages=KANERVO, own_account=True))

    assert not result.skip and result.text.startswith("Renkaanvaihto") and result.text.endswith("– {name}, Kanervo")
    assert "Olen töissä" not in result.text and "Ville" not in result.text


def test_the_reply_languages_own_fixed_sign_off_signs_it(kanervo: OfflineDrafter) -> None:
    english = passage("k-voice-en", "voice", "en", "Sign off with your first name and role, e.g. '– Ilona, mechanic'.")
    swedish = passage("k-voice-sv", "voice", "sv", "Lugnt och sakligt. Avrunda alltid med ”Glada hälsningar, Kanervo”.")
    fact = passage("k-fact-sv", "fact", "sv", "Däckbyte kostar 25 € och innehåller kontroll av innerslangen.")
    passages = (english, swedish, fact)
    comment = "vad kostar ett däckbyte?"
    result = kanervo.draft(request(comment, "sv", plan="answer", passages=passages, own_account=True))

    assert not result.skip and result.text.endswith("Glada hälsningar, Kanervo")
    assert "{name}" not in result.text and "Ilona" not in result.text
    assert _kanervo_blocking(result.text, "sv", comment, passages) == []


@pytest.mark.parametrize(
    ("language", "comment"), [("fi", "paljonko renkaanvaihto maksaa?"), ("en", "how much is a tyre change?")]
)
def test_a_fixed_sign_off_from_another_languages_voice_signs_the_brands_own_post(
    kanervo: OfflineDrafter, language: str, comment: str
) -> None:
    voice = passage("k-voice-en", "voice", "en", "Plain words, no exclamation marks. Sign '/Kanervo crew'.")
    finnish = passage("k-voice-fi", "voice", "fi", "Suomeksi sinutellaan ja kirjoitetaan yleiskieltä.")
    rule = passage(
        "k-disclosure-en",
        "disclosure",
        "en",
        "Staff replying from personal accounts must start with 'I work at Kanervo'.",
    )
    fact = passage("k-fact-en", "fact", "en", "A tyre change costs 25 € and includes a check of the inner tube.")
    passages = (voice, finnish, rule, KANERVO_FACT, fact)
    result = kanervo.draft(request(comment, language, plan="answer", passages=passages, own_account=True))

    assert not result.skip and result.text.endswith("/Kanervo crew")
    assert "I work at" not in result.text and "Olen töissä" not in result.text
    assert _kanervo_blocking(result.text, language, comment, passages) == []


def test_the_standard_first_line_names_the_brand_not_the_sign_offs_role(offline: OfflineDrafter) -> None:
    def brand_passage(pid: str, kind: str, language: str, text: str) -> Passage:
        return Passage(pid, text, kind, language, "public", "kanervo.md", brand="Kanervo Pyörät / Kanervo Cyklar")

    passages = (
        brand_passage("k-voice", "voice", "en", "Sign off with your first name and role, e.g. '– Ilona, mechanic'."),
        brand_passage(
            "k-disclosure",
            "disclosure",
            "sv",
            "Svarar du från ett privat konto ska du först skriva att du jobbar på Kanervo.",
        ),
        brand_passage("k-fact", "fact", "en", "A tyre change costs 25 € and includes a check of the inner tube."),
    )
    result = offline.draft(request("how much is a tyre change?", "en", plan="answer", passages=passages))

    assert not result.skip and result.text.startswith("I work at Kanervo.")
    assert result.text.endswith("– {name}, mechanic") and "at mechanic" not in result.text


@pytest.mark.parametrize(
    ("comment", "language", "kind"),
    [
        ("pyörä kulkee taas ihan huippuhyvin, kiitos kanervo", "fi", "praise with thanks"),
        ("Bästa servicen i stan, tack!", "sv", "praise with thanks"),
        ("thank you, the new saddle is amazing", "en", "praise with thanks"),
        ("Kiitos nopeasta avusta eilen!", "fi", "thanks"),  # a favour done: "Ole hyvä" answers it
        ("the best fix ever, your future self will thank you", "en", "praise"),
    ],
)
def test_thanks_beside_praise_are_met_with_glad_to_hear_not_youre_welcome(
    comment: str, language: str, kind: str
) -> None:
    found, line = thank_line(comment, language)

    assert found == kind
    if kind == "praise with thanks":
        assert not any(w in line for w in ("Ole hyvä", "Varsågod", "You're welcome"))
