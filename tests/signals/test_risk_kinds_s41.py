"""Risk kinds of session 41 (issue 18): a fall told as it happened and a limb in a cast, a near-miss told by its
accident's own verb, a dying person's care, a school class named by its grade, children's names or photos as a group,
a law asked of with any one word before it, and companies addressed and told not to do something (an opt-out). A
title telling a fall or naming a school class passes its class to every comment under it. Every sentence here is
written for this file; the verdicts are invented, no model runs."""

from __future__ import annotations

import pytest

from bot.signals import rules
from bot.signals.combine import judge_threads, thread_flags
from bot.signals.judgement import CLASSES, Verdict
from tests.signals.helpers import harmless, question

INJURY = "injury_or_health"
MINORS = "minors"
LEGAL = "legal_or_financial_advice"


@pytest.mark.parametrize(
    "text",
    [
        "Fell off the roof clearing snow last March – is the rake long enough from the ground?",
        "I slipped on the jetty and still limp, does the mat come in a longer size?",
        "My arm was in a cast for six weeks, can I use the left-handed grip?",
        "Liukastuin portailla tammikuussa, onko teillä nastoja kenkiin?",
        "Ranne oli kuusi viikkoa kipsissä, kestääkö kahva jos otan tukea?",
        "Jag halkade på bryggan och slog upp knät, finns mattan i längre storlek?",
        "Min son ramlade av hästen i somras och handleden är gipsad, har ni mjukare sadlar?",
    ],
)
def test_a_fall_told_as_it_happened_or_a_limb_in_a_cast_is_a_firm_injury(text: str) -> None:
    assert INJURY in rules.risk_flags(text)
    assert INJURY in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "I nearly cut my finger off with the old blade, is the new one guarded?",
        "Our dog almost got hit by a tram at the stop, do you sell reflective leads?",
        "My daughter nearly choked on the cap last week, is there a bigger one?",
        "Poika melkein hukkui laiturilta, onko teillä lasten liivejä?",
        "Olin vähällä liukastua rappusissa, saako mattoon liukuesteen?",
        "Jag höll på att halka på isen i morse, säljer ni broddar?",
        "Äiti on saattohoidossa, voiko lahjakortin käyttää verkossa?",
        "Dad is in a hospice now, can the order go to his address there?",
    ],
)
def test_a_near_miss_told_by_its_accident_or_a_dying_persons_care_is_a_firm_injury(text: str) -> None:
    assert INJURY in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "That price nearly killed me, is there a discount?",
        "I nearly fainted when I saw the queue, do you open earlier on Saturday?",
        "Melkein kuolin nauruun tälle videolle",
        "Kaaduin nauruun kun luin ohjeen, onko suomeksi?",
        "I fell in love with the blue one, is it in stock?",
        "We fell for the ad, does the offer still hold?",
        "Jag föll för den gröna, finns den kvar?",
        "Jag ramlade in på er sida av en slump, levererar ni till Åland?",
        "The app fell over twice today, is there an update?",
        "Sovellus kaatui kesken maksun, veloitettiinko kahdesti?",
        "Can I fix it to plaster, or does it need a cast iron bracket?",
        "Fäster skruvarna i gips eller behövs plugg?",
        "Ruuvit kipsilevyyn, tarviiko tulpat?",
        "Nästan hela lagret är slut, när kommer nya?",
    ],
)
def test_a_figure_a_thing_that_fell_or_plaster_is_no_firm_injury(text: str) -> None:
    assert INJURY not in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Luokan 4C oppilaat maalasi nämä, myyttekö lisää siveltimiä?",
        "Min dotter går i 2A och vill sälja sina teckningar, får hon det?",
        "Our son in 3B made this for the school fair, can he sell it?",
        "Näkyykö lasten nimet ja kuvat julkisesti teidän sivulla?",
        "Why are the pupils' names and faces in the video?",
        "Barnens namn och bilder syns i inlägget, ta bort dem",
    ],
)
def test_a_school_class_by_its_grade_or_childrens_names_and_photos_are_minors(text: str) -> None:
    assert MINORS in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is this a class 3B laser or class 2?",
        "Does the 3D model come with the kit?",
        "Hinta nousi 3 e, miksi?",
        "Do you sell children's picture books too?",
        "Lasten kuvakirjat ovat alennuksessa, onko myös aikuisten?",
        "Can you engrave my child's name on the lid?",
    ],
)
def test_a_laser_class_a_dimension_or_a_picture_book_is_no_minors(text: str) -> None:
    assert MINORS not in rules.risk_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Saako siilejä ruokkia vai onko se jotenkin laitonta?",
        "Får man mata rådjur eller är det faktiskt olagligt?",
        "Are these traps somehow illegal in Finland?",
    ],
)
def test_the_law_asked_of_with_any_one_word_before_it_is_firm_legal_advice(text: str) -> None:
    assert LEGAL in rules.firm_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yritykset älkää lähettäkö tarjouksia, mutta onko tätä kokoa varastossa?",
        "Firmat: älkää jakako kuvaani mainoksissa",
        "Företag, ring inte mig, men finns den i blått?",
        "Companies: please don't message me about this, I only want to know the size.",
        "Brands, do not quote my comment in your ads.",
    ],
)
def test_companies_addressed_and_told_not_to_is_an_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Yritykset ovat hyviä, mutta onko tätä kokoa varastossa?",
        "Företag, fattar inte varför priset steg",
        "Companies: does anyone ship to Åland?",
    ],
)
def test_companies_named_without_a_refusal_is_no_opt_out(text: str) -> None:
    assert rules.match("opt_out", text) is None


def _thread(title: str, size: int = 12) -> list[object]:
    head = harmless()
    return judge_threads([question() for _ in range(size)], [harmless()] * size, ["t"] * size, {"t": (title, head)})


@pytest.mark.parametrize(
    ("title", "flag"),
    [
        ("Fell off a ladder pruning the apple tree – eight weeks in a cast, ask me anything", INJURY),
        ("Putosin tikkailta räystäitä putsatessa – kysykää mitä vaan", INJURY),
        ("Klass 4B på Ängsskolan byggde fågelholkar – här är allas namn", MINORS),
        ("Koulun 6A teki linnunpönttöjä – tässä oppilaiden työt", MINORS),
    ],
)
def test_a_title_telling_a_fall_or_naming_a_school_class_passes_its_class_to_every_comment(
    title: str, flag: str
) -> None:
    """The detector reads nothing in the title and no comment carries the class: the title's rule alone passes it."""
    assert flag in thread_flags(title, harmless(), None, support={}, needed=3)
    judged = _thread(title)
    assert all(flag in j.signals.risk for j in judged)  # type: ignore[attr-defined]


def test_a_title_asking_about_ladders_passes_no_injury() -> None:
    title = "Which ladder is safest for hanging nest boxes?"
    assert INJURY not in thread_flags(title, harmless(), None, support={}, needed=3)
    assert all(INJURY not in j.signals.risk for j in _thread(title))  # type: ignore[attr-defined]


def test_a_verdict_with_every_class_low_is_harmless() -> None:
    assert harmless() == Verdict((), (), dict.fromkeys(CLASSES, 0.01))
