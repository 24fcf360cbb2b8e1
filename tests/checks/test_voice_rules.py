"""Voice rules read from a brand's guidance (fi, sv, en) and the ``voice`` check that holds a draft breaking one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.checks import make_context
from bot.checks.context import Brand
from bot.checks.frozen import restore, snapshot
from bot.checks.identity import check_disclosure
from bot.checks.signature import SLOT as SIGNATURE_SLOT
from bot.checks.types import CheckContext
from bot.checks.voice import check_voice, check_voice_signoff, reply_sentences
from bot.checks.voice_rules import SLOT, VoiceRules, calm, closing_asked, fixed_signoff, voice_rules
from bot.domain import Passage


def passage(text: str, kind: str = "voice", language: str | None = "en", pid: str = "v1") -> Passage:
    return Passage(id=pid, text=text, kind=kind, language=language, visibility="public", source="guidance.md")


def rules_of(*texts: tuple[str, str, str | None], language: str = "en") -> VoiceRules:
    return voice_rules([passage(t, k, lang, f"p{i}") for i, (t, k, lang) in enumerate(texts)], language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tone: calm and direct. No exclamation marks, no emoji.", "en"),
        ("Äänensävy: rento ja suora, sinuttelu, ei huutomerkkejä eikä emojeja.", "fi"),
        ("Ton: saklig. Inga utropstecken och inga emojis.", "sv"),
    ],
)
def test_voice_rules_read_an_exclamation_ban_in_each_language(text: str, language: str) -> None:
    assert rules_of((text, "voice", language)).no_exclamation


@pytest.mark.parametrize(
    "text",
    [
        "At most one exclamation mark per reply.",
        "Korkeintaan yksi huutomerkki.",
        "Be cheerful and warm!",
    ],
)
def test_voice_rules_read_no_ban_where_exclamation_marks_are_allowed(text: str) -> None:
    assert not rules_of((text, "voice", "en")).no_exclamation


@pytest.mark.parametrize(
    ("text", "limit", "answers_only"),
    [
        ("Keep replies to 1–3 short sentences.", 3, False),
        ("Replies are short, two or three sentences at most.", 3, False),
        ("Write at most four sentences.", 4, False),
        ("Korkeintaan kolme lausetta. Ei teknistä jargonia.", 3, False),
        ("Vastaa enintään kahdella lauseella.", None, False),  # an inflected form the lists do not know: no rule
        ("Hela meningar, högst fyra.", 4, False),
        ("Högst två meningar i svar på frågor, gärna lite längre vid klagomål.", 2, True),
        # A range alone says the most; "högst en emoji" after the sentence word counts emoji, not sentences.
        ("Glansa låter som en kompis: avslappnat, 1–2 meningar, högst en emoji.", 2, False),
        ("Rento sävy, 2–3 lausetta, enintään yksi emoji.", 3, False),
        ("Friendly, 1-2 sentences, at most two emoji.", 2, False),
        ("Lyhyet lauseet, enintään yksi emoji.", None, False),
    ],
)
def test_voice_rules_read_the_sentence_limit_in_fi_sv_en(text: str, limit: int | None, answers_only: bool) -> None:
    rules = rules_of((text, "voice", "en"))
    assert (rules.max_sentences, rules.max_sentences_answers_only) == (limit, answers_only)


def test_a_limit_for_answers_binds_no_complaint_reply() -> None:
    rules = VoiceRules(max_sentences=2, max_sentences_answers_only=True)
    assert (rules.limit_for("answer"), rules.limit_for("correct"), rules.limit_for("acknowledge")) == (2, 2, None)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("If you reply from a personal account, say so in your first sentence: 'Hi, I work at X.'", "start"),
        ("Kerro heti vastauksen alussa, että kirjoitat Sanaston puolesta.", "start"),
        ("Säg i första meningen att du svarar för Kimppa.", "start"),
        ("Disclose your role at the end of the reply, in brackets, before the signature: (I work at Fixari).", "end"),
        ("Svarar du från ditt privata konto, skriv sist i kommentaren '(jobbar på Lumikko Games)'.", "end"),
        ("Employees write '(I work at Vintra)' in the comment.", None),
        ("Från ett privat konto skriver du först att du jobbar på Kanervo. Det står före allt annat.", "start"),
        ("Yksityiseltä tililtä kerro ensimmäisenä, että olet Kanervon mekaanikko.", "start"),
        ("Staff on personal accounts say they work at Kanervo before anything else.", "start"),
        ("Svara först när kunden har skickat sitt ordernummer.", None),
        # "very" between the article and the place, a place the rule forbids, and a reply that ends with the line.
        ("Open with the disclosure in brackets at the very start of the comment: '(Kanervo crew)'.", "start"),
        ("From a personal account say it at the very beginning, never tuck it in at the end.", "start"),
        ("Laita maininta aluksi sulkeisiin: '(Kanervon työntekijä)'.", "start"),
        ("Skriv det i början av svaret, aldrig i slutet.", "start"),
        ("Avsluta svaret med '(jobbar på Kanervo)' när du svarar privat.", "end"),
        ("Kerro työpaikkasi vastauksen lopussa omalla rivillään.", "end"),
        ("Älä laita mainintaa loppuun vaan heti alkuun.", "start"),
    ],
)
def test_voice_rules_read_where_the_disclosure_goes(text: str, where: str | None) -> None:
    assert rules_of((text, "disclosure", "en")).disclosure_at == where


@pytest.mark.parametrize(
    ("text", "signoff"),
    [
        ("Sign-off: '– Team Kraftverk'.", "– Team Kraftverk"),
        ("We always sign as Aino from the Korivo team.", "– Aino from the Korivo team"),
        ("Allekirjoitus: 'Korivon asiakastiimi'.", "– Korivon asiakastiimi"),
        ("Signera med '/Kundtjänst, Klarsyn'.", "/Kundtjänst, Klarsyn"),
        # The answerer's own name shown by example: any name signs it.
        ('Lopuksi etunimi ja Fixari, esim. "– Jani / Fixari".', f"– {SLOT} / Fixari"),
        ('Avsluta med "/Linnea, Kimppa" (ditt eget förnamn).', f"/{SLOT}, Kimppa"),
        ("Sign every reply with your first name, e.g. '– Aino'.", f"– {SLOT}"),
        ("Puhumme me-muodossa emmekä allekirjoita nimellä.", None),
        ("Friendly and short. Light humour is fine.", None),
        # The bare verb before the quote, and Nordic quotes (”…” on both sides).
        ("Plain words, no emoji. Sign '/Kanervo crew'.", "/Kanervo crew"),
        ("Lyhyesti ja selkeästi. Allekirjoita ”Kanervon pajatiimi”.", "– Kanervon pajatiimi"),
        ("Sakligt och vänligt. Avrunda svaret med ”Glada hälsningar, Kanervo”.", "Glada hälsningar, Kanervo"),
        ("We redesign 'classic' frames every spring.", None),
        # The example without quotes, at the end of its sentence after a word that shows it (reply-plans-w's
        # panel: every reply of a voice saying "päättyy etunimeen muodossa –Aino/Kaarna" lacked it).
        ("Emme väittele. Vastaus päättyy etunimeen muodossa –Aino/Kaarna.", f"–{SLOT}/Kaarna"),
        ("End every reply with your first name, e.g. – Aino / Kaarna", f"– {SLOT} / Kaarna"),
        ("Avsluta med ditt förnamn i formen /Linnea, Kimppa.", f"/{SLOT}, Kimppa"),
        ("Sign with your first name: - Mia, customer care at Lindra.", f"- {SLOT}, customer care at Lindra"),
        ("Greet people by their first name. Our juices: -Aino/Kaarna mix.", None),
    ],
)
def test_voice_rules_read_the_sign_off(text: str, signoff: str | None) -> None:
    assert fixed_signoff(text) == signoff


def test_the_rules_slot_is_the_signature_slot() -> None:
    assert SLOT == SIGNATURE_SLOT


def test_a_voice_written_once_binds_replies_in_every_language() -> None:
    rules = rules_of(("Äänensävy: ei huutomerkkejä. Korkeintaan kolme lausetta.", "voice", "fi"), language="sv")
    assert rules.no_exclamation and rules.max_sentences == 3


@pytest.mark.parametrize(
    ("text", "calmed"),
    [
        ("Kiitos, tosi kiva kuulla!", "Kiitos, tosi kiva kuulla."),
        ("Really?!", "Really?"),
        ("Tack!!", "Tack."),
        ("Hej! Jag jobbar på Kanervo.", "Hej, jag jobbar på Kanervo."),
        ("Moi! Täällä Kanervon pajatiimi.", "Moi, täällä Kanervon pajatiimi."),
        ("Hei! Ville täällä.", "Hei. Ville täällä."),
    ],
)
def test_calm_ends_sentences_without_exclamation_marks(text: str, calmed: str) -> None:
    assert calm(text) == calmed


FIXARI = [
    passage(
        "Äänensävy: rento ja suora, sinuttelu, ei huutomerkkejä eikä emojeja. Korkeintaan kolme lausetta. "
        'Lopuksi etunimi ja Fixari, esim. "– Jani / Fixari".',
        language="fi",
    ),
    passage(
        'Disclose your role at the end of the reply, in brackets, before the signature: "(I work at Fixari)", '
        'in Finnish "(työskentelen Fixarilla)", in Swedish "(jag jobbar på Fixari)".',
        kind="disclosure",
        pid="d1",
    ),
]
KIMPPA = [
    passage("Ton: du-tilltal. Högst två meningar i svar på frågor. Avsluta med ditt förnamn.", language="sv"),
    passage(
        'Säg i första meningen att du svarar för Kimppa, t.ex. "Hej! Linnea från Kimppa här."',
        kind="disclosure",
        language="sv",
        pid="d1",
    ),
]
TEAM = [passage("Voice: friendly, short. Sign-off: '– Team Kraftverk'.")]


def ctx_for(passages: list[Passage], language: str, brand: str, plan: str = "answer") -> CheckContext:
    made = make_context(
        platform="reddit",
        comment_text="",
        comment_language=language,
        comment_author=None,
        passages=passages,
        brand=Brand(name=brand),
        instruction="",
    )
    return replace(made, reply_plan=plan)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vaihdamme akun tunnissa. (työskentelen Fixarilla) – Jani / Fixari", "fi"),
        ("Vi byter batteriet på en timme. (jag jobbar på Fixari) – Sara / Fixari", "sv"),
        ("We replace the battery in an hour. (I work at Fixari) – Jani / Fixari", "en"),
    ],
)
def test_voice_check_passes_a_reply_that_keeps_the_rules(text: str, language: str) -> None:
    result = check_voice(text, ctx_for(FIXARI, language, "Fixari"))
    assert result.passed, result.reason


@pytest.mark.parametrize(
    ("text", "language", "broken"),
    [
        ("Vaihdamme akun tunnissa! (työskentelen Fixarilla) – Jani / Fixari", "fi", "exclamation"),
        ("Vi byter batteriet på en timme! (jag jobbar på Fixari) – Jani / Fixari", "sv", "exclamation"),
        ("(I work at Fixari) We replace the battery in an hour. – Jani / Fixari", "en", "at the end"),
        (
            "The battery costs 59 €. It takes an hour. Book online. Walk-ins are welcome. (I work at Fixari) – Jani",
            "en",
            "3 sentences",
        ),
    ],
)
def test_voice_check_holds_a_reply_that_breaks_a_stated_rule(text: str, language: str, broken: str) -> None:
    result = check_voice(text, ctx_for(FIXARI, language, "Fixari"))
    assert not result.passed and result.severity == "blocking"
    assert broken in result.reason


def test_voice_check_wants_the_disclosure_first_where_the_guidance_says_so() -> None:
    ctx = ctx_for(KIMPPA, "sv", "Kimppa")
    late = check_voice("Du kan avsluta resan vid P5. Hej! Linnea från Kimppa här.", ctx)
    first = check_voice("Hej! Linnea från Kimppa här. Du kan avsluta resan vid P5.", ctx)
    assert not late.passed and "first sentence" in late.reason
    assert first.passed, first.reason


def test_voice_check_applies_an_answers_only_limit_to_answers_only() -> None:
    text = "Hej! Linnea från Kimppa här. Det är tråkigt att höra. Så ska det inte vara. Skriv till oss i appen."
    assert not check_voice(text, ctx_for(KIMPPA, "sv", "Kimppa", plan="answer")).passed
    assert check_voice(text, ctx_for(KIMPPA, "sv", "Kimppa", plan="acknowledge")).passed


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_missing_example_sign_off_is_a_warning_not_a_block(language: str) -> None:
    ctx = ctx_for(FIXARI, language, "Fixari")
    text = "Vaihdamme akun tunnissa. (työskentelen Fixarilla)"
    assert check_voice(text, ctx).passed
    warned = check_voice_signoff(text, ctx)
    assert not warned.passed and warned.severity == "warning" and "– <first name> / Fixari" in warned.reason
    assert check_voice_signoff(text + " – Mikko / Fixari", ctx).passed


def test_voice_check_wants_a_fixed_sign_off_word_for_word() -> None:
    ctx = ctx_for(TEAM, "fi", "Kraftverk")
    assert ctx.voice.signoff == "– Team Kraftverk"
    assert check_voice("Sali on auki 5–23. – Team Kraftverk", ctx).passed
    assert not check_voice("Sali on auki 5–23. – Mikko, Kraftverk", ctx).passed


def test_voice_rules_are_frozen_with_the_draft_and_restored() -> None:
    ctx = ctx_for(FIXARI, "fi", "Fixari")
    again = restore(snapshot(ctx))
    assert again.voice == ctx.voice and again.voice.no_exclamation
    old = snapshot(ctx)
    del old["voice"]  # a draft frozen before voice rules existed keeps passing as it did
    assert not restore(old).voice


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kaikki salit ovat auki 5–23. – Team Kraftverk"),
        ("sv", "Alla gym har öppet 5–23. – Team Kraftverk"),
        ("en", "All gyms are open 5–23. – Team Kraftverk"),
    ],
)
def test_a_fixed_sign_off_naming_the_brand_says_who_writes(language: str, text: str) -> None:
    rule = passage("Replies say who writes.", kind="disclosure", language=None, pid="d1")
    ctx = ctx_for([*TEAM, rule], language, "Kraftverk")

    assert ctx.disclosure_required
    assert check_disclosure(text, ctx).passed
    assert not check_disclosure(text.replace("– Team Kraftverk", ""), ctx).passed


# The shared negation table (bot/language.py): "vältä", "avoiding", "icke", "cannot", "älkää" were read as no
# negation by the voice rules' own short lists.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vältä huutomerkkejä.", "fi"),
        ("Skriv lugnt, icke utropstecken.", "sv"),
        ("Write calmly, avoiding exclamation marks.", "en"),
    ],
)
def test_an_exclamation_ban_said_with_any_negation_of_the_shared_table_is_read(text: str, language: str) -> None:
    assert rules_of((text, "voice", language)).no_exclamation


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Älkää päättäkö vastausta kysymykseen.", None),
        ("Svaren avslutas icke med en fråga.", None),
        ("Replies cannot end with a question.", None),
        ("Päätä vastaus kysymykseen.", "question"),
        ("Avsluta med en fråga.", "question"),  # Swedish "en" is the article, never a negation here
        ("End with a question.", "question"),
    ],
)
def test_a_closing_forbidden_with_any_negation_of_the_shared_table_is_not_asked(text: str, asked: str | None) -> None:
    assert closing_asked(text) == asked


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kampanja on voimassa 1.9.–30.9. Tervetuloa mukaan!", 2),
        ("Kampanja on voimassa 1.9. – 30.9. asti. Tervetuloa!", 2),
        ("Olemme auki arkisin klo 8.30–17. Soita puh. 040 123 4567.", 2),
        ("Myymälöitä on esim. Tampereella ja Oulussa. Tervetuloa!", 2),
        ("Vi finns bl.a. i Malmö och Lund. Välkommen in!", 2),
        ("Boka t.ex. Måndag kl. 9.00 i appen.", 1),
        ("We have shops in e.g. Tampere and Turku. Welcome!", 2),
        ("Tarjous on voimassa 30.9. asti, eli vielä kaksi viikkoa.", 1),
        ("Hej! Linnea från Kimppa här. Vi hjälper gärna.", 2),
    ],
)
def test_one_sentence_count_for_dates_times_phone_numbers_and_abbreviations(text: str, count: int) -> None:
    assert len(reply_sentences(text)) == count


def test_the_drafter_keeps_to_the_limit_as_the_check_counts_it() -> None:
    from bot.drafting.voice import _within

    parts = [
        ("Kampanja on voimassa 1.9.–30.9. Tervetuloa!", True, None),
        ("Esim. Tampereella on kaksi myymälää.", False, None),
        ("Lisätietoja saat puh. 040 123 4567.", False, None),
    ]
    body = {text for text, _, _ in parts}
    kept = _within(parts, body, 3)
    assert len(kept) == 2 and len(reply_sentences(" ".join(t for t, _, _ in kept))) <= 3


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        ("Henkilökohtaiselta tililtä vastatessa kerro ensin, että olet Kanervon mekaanikko.", True),
        ("Yksityiseltä tililtä vastaava kertoo heti alussa työskentelevänsä Kanervolla.", True),
        ("Älä koskaan vastaa yksityiseltä tililtä.", False),
        ("Kerro aina ensimmäisessä lauseessa, että kirjoitat Kanervon puolesta.", False),
    ],
)
def test_a_disclosure_rule_for_replies_from_a_personal_account_in_the_from_case(text: str, personal: bool) -> None:
    assert rules_of((text, "disclosure", "fi"), language="fi").disclosure_personal_only is personal


# A bakery written for these tests: its disclosure is a label in brackets at the very start, its voice allows two
# sentences; a second brand opens with a greeting sentence under a three-sentence limit.
LEIPOMO = [
    passage(
        "Asiallinen ja lyhyt, enintään kaksi virkettä, ei huutomerkkejä. Allekirjoitus 'Terveisin, Leipomo Ruis'.",
        language="fi",
    ),
    passage(
        "Put the disclosure in brackets at the very start of the reply: '(Leipomo Ruis crew)' / "
        "'(Leipomo Ruisin väkeä)' / '(Jobbar på Leipomo Ruis)'.",
        kind="disclosure",
        pid="d1",
    ),
]
VARPU = [
    passage("Rauhallinen sävy, enintään kolme virkettä. Allekirjoita '– {etunimi} / Varpu'.", language="fi"),
    passage(
        "Say in the first sentence that you work for Varpu: 'Moi, Varpusta tässä.' / 'Hej, från Varpu här.' / "
        "'Hi, Varpu staff here.'",
        kind="disclosure",
        pid="d1",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "(Leipomo Ruisin väkeä) Ruisleipä leivotaan joka aamu. Sitä saa myös viipaloituna. Terveisin, Leipomo Ruis",
            "fi",
        ),
        (
            "(Jobbar på Leipomo Ruis) Rågbrödet bakas varje morgon. Det finns också skivat. "
            "Vänliga hälsningar, Leipomo Ruis",
            "sv",
        ),
    ],
)
def test_a_label_in_brackets_first_is_the_disclosure_and_no_sentence_of_the_limit(text: str, language: str) -> None:
    result = check_voice(text, ctx_for(LEIPOMO, language, "Leipomo Ruis"))
    assert result.passed, result.reason


def test_a_label_in_brackets_at_the_end_breaks_a_rule_for_the_very_start() -> None:
    text = "Ruisleipä leivotaan joka aamu. (Leipomo Ruisin väkeä) Terveisin, Leipomo Ruis"
    result = check_voice(text, ctx_for(LEIPOMO, "fi", "Leipomo Ruis"))
    assert not result.passed and "first sentence" in result.reason


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Hi, Varpu staff here. The ferry leaves at nine. Tickets are sold on board. – Ella / Varpu", True),
        (
            "Hi, Varpu staff here. The ferry leaves at nine. Tickets are sold on board. Dogs travel free. "
            "– Ella / Varpu",
            False,
        ),
        ("Moi, Varpusta tässä. Lautta lähtee yhdeksältä. Liput myydään laivalla. – Ella / Varpu", True),
        (
            "Moi, Varpusta tässä. Lautta lähtee yhdeksältä. Liput myydään laivalla. Koirat matkustavat ilmaiseksi.",
            False,
        ),
    ],
)
def test_an_opening_disclosure_sentence_counts_in_the_limit_as_a_reader_counts_it(text: str, passes: bool) -> None:
    language = "en" if text.startswith("Hi") else "fi"
    result = check_voice(text, ctx_for(VARPU, language, "Varpu"))
    assert result.passed is passes, result.reason
    if not passes:
        assert "opening disclosure sentence included" in result.reason


def test_the_drafter_leads_its_short_opening_into_the_route_before_dropping_a_required_sentence() -> None:
    from bot.drafting.voice import _within

    parts = [
        ("Ikävä kuulla, pahoittelut.", True, None),
        ("Saat meihin yhteyden numerosta 020 123 4567 arkisin 9–16.", True, "support-fi"),
        ("Kerro viestissä varausnumero (alkaa VA-).", True, "support-fi"),
    ]
    kept = _within(parts, {text for text, _, _ in parts}, 2)
    texts = [text for text, _, _ in kept]
    assert texts == [
        "Ikävä kuulla, pahoittelut – saat meihin yhteyden numerosta 020 123 4567 arkisin 9–16.",
        "Kerro viestissä varausnumero (alkaa VA-).",
    ]
    assert [cited for _, _, cited in kept] == ["support-fi", "support-fi"]
    fewer = _within(parts, {text for text, _, _ in parts}, 1)
    assert [text for text, _, _ in fewer] == [texts[0]]  # then the last goes, never the opening and its route


KEHYS = [
    passage("Warm and personal. End every reply with a question or an invitation.", language="en"),
    passage(
        "Skriv vem du är i slutet av svaret, på egen rad: '/Maria, inramare på Kehys & Ram' – "
        "'/Maria, kehystäjä, Kehys & Ram' – '/Maria, framer at Kehys & Ram'.",
        kind="disclosure",
        language="sv",
        pid="d1",
    ),
]


@pytest.mark.parametrize(
    ("text", "language", "warning"),
    [
        ("Kehystys maksaa 45 €. Mitä kuvaa olet kehystämässä? /Maria, kehystäjä, Kehys & Ram", "fi", None),
        ("Framing costs 45 €. What are you framing? /Elin, framer at Kehys & Ram", "en", None),  # anyone's name
        ("Kehystys maksaa 45 €. Mitä kuvaa olet kehystämässä? (/Maria, kehystäjä, Kehys & Ram.)", "fi", "brackets"),
        ("Framing costs 45 €. What are you framing? (I work at Kehys & Ram.) – The Kehys & Ram team", "en", "own"),
    ],
)
def test_a_disclosure_given_as_a_signature_line_is_asked_for_as_that_line(
    text: str, language: str, warning: str | None
) -> None:
    result = check_voice_signoff(text, ctx_for(KEHYS, language, "Kehys & Ram"))
    assert result.severity == "warning"
    if warning is None:
        assert result.passed, result.reason
    else:
        assert not result.passed and warning in result.reason


def test_under_a_one_sentence_limit_the_route_stays_and_a_long_opening_goes() -> None:
    from bot.drafting.voice import _within

    parts = [
        ("I am so sorry to hear that this happened to your order.", True, None),
        ("Email help@varpu.example with your booking number.", True, "support-en"),
    ]
    kept = _within(parts, {text for text, _, _ in parts}, 1)
    assert [text for text, _, _ in kept] == ["Email help@varpu.example with your booking number."]
