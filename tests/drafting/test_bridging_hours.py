"""Opening hours and a speed limit the guidance states only in another language, said in a fixed sentence of the
reply's language (bot/drafting/schedules.py, bot/drafting/bridging.py, issue 25): every day and hour as the
statement gives them; never a schedule for a month, a season or a condition, nor one beside another figure."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import asked_limit, bridgeable, figure_line, limit_line
from bot.drafting.offline import OfflineDrafter
from bot.drafting.schedules import asks_hours, day_answer, hours_line
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request


@pytest.mark.parametrize(
    ("sentence", "written_in", "lines"),
    [
        (
            "The workshop is open Tue–Fri 10–17 and Sat 10–14.",
            "en",
            (
                "Aukioloajat: ti–pe klo 10–17 ja la klo 10–14.",
                "Öppettider: tis–fre 10–17 och lör 10–14.",
                "Opening hours: Tue–Fri 10–17 and Sat 10–14.",
            ),
        ),
        (
            "Myymälä on avoinna ma–pe klo 9.30–18, la 10–15.",
            "fi",
            (
                "Aukioloajat: ma–pe klo 9.30–18 ja la klo 10–15.",
                "Öppettider: mån–fre 9.30–18 och lör 10–15.",
                "Opening hours: Mon–Fri 9.30–18 and Sat 10–15.",
            ),
        ),
        (
            "Butiken har öppet tisdagar 12–18.",
            "sv",
            ("Aukioloajat: ti klo 12–18.", "Öppettider: tis 12–18.", "Opening hours: Tue 12–18."),
        ),
    ],
)
def test_a_statements_opening_hours_are_said_in_each_language(
    sentence: str, written_in: str, lines: tuple[str, ...]
) -> None:
    assert tuple(hours_line(sentence, language, written_in) for language in ("fi", "sv", "en")) == lines


@pytest.mark.parametrize(
    ("sentence", "written_in"),
    [
        ("Pelto on auki heinäkuussa ma–la klo 8–18, kun satoa riittää.", "fi"),  # a month and a condition
        ("In summer we are open Mon–Sat 10–18.", "en"),  # a season
        ("Open Mon–Fri 10–17, entry 12 €.", "en"),  # a price beside it
        ("Open Mon–Fri 10–17, then Sat by appointment 10–12.", "en"),  # something between the parts
        ("Tours run Mon–Fri 10–17.", "en"),  # no word of opening
        ("We are open to 10–12 people per group.", "en"),  # "to" is no Thursday in English
    ],
)
def test_a_schedule_for_a_case_or_beside_another_figure_is_not_bridged(sentence: str, written_in: str) -> None:
    assert all(hours_line(sentence, language, written_in) is None for language in ("fi", "sv", "en"))


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Onko lauantaisin auki", True),
        ("Är de öppna på måndagar", True),
        ("what are your opening hours", True),
        ("mihin asti ootte auki? pääsen vasta töiden jälkeen", True),
        ("paljonko korjaus maksaa", False),
    ],
)
def test_a_question_about_opening_hours(question: str, asks: bool) -> None:
    assert asks_hours(question) is asks


WORKSHOP = (
    passage("hours-en", "fact", "en", "The workshop is open Tue–Fri 10–17 and Sat 10–14. It is closed on Sundays."),
    passage("repair-fi", "fact", "fi", "Paristonvaihto maksaa 25 €."),
    passage("repair-sv", "fact", "sv", "Batteribyte kostar 25 €."),
)


def test_offline_answer_says_opening_hours_stated_only_in_another_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)  # the wiring, not e5's cross-language score
    asked = request(
        "Onko teillä lauantaisin auki?", "fi", plan="answer", passages=WORKSHOP, answer_passages=("hours-en",)
    )
    result = eager.draft(asked)
    assert not result.skip, result.skip_reason
    # whether Saturday is open, with its hours (session 30: the schedule alone "doesn't say yes")
    assert "Kyllä, olemme auki lauantaisin klo 10–14." in result.text
    # a price is no opening hours
    price = request(
        "Paljonko paristonvaihto maksaa?", "fi", plan="answer", passages=WORKSHOP, answer_passages=("hours-en",)
    )
    assert "10–17" not in (eager.draft(price).text or "")


def test_a_speed_limit_is_said_as_a_ceiling_in_each_language() -> None:
    assert asked_limit("hur fort kör man på safarin?") == "speed"
    assert asked_limit("vad är hastighetsgränsen på era turer?") == "speed"
    sentence = "Safarin nopeusrajoitus on 50 km/h."
    assert tuple(limit_line(sentence, "speed", language) for language in ("fi", "sv", "en")) == (
        "Enintään 50 km/h.",
        "Högst 50 km/h.",
        "At most 50 km/h.",
    )
    assert limit_line("The sleds reach 50 km/h on the lake.", "speed", "sv") is None  # no bound: a speed, no limit


def test_hours_said_for_every_day_are_said_as_daily() -> None:
    assert hours_line("Kahvila on avoinna joka päivä klo 11–19.", "en", "fi") == "Opening hours: daily 11–19."
    assert hours_line("Open daily 10–17.", "sv", "en") == "Öppettider: alla dagar 10–17."


def test_a_question_open_to_something_asks_no_opening_hours() -> None:
    assert not asks_hours("are you open to feedback on the new tours?")
    assert not asks_hours("is the app open source?")


SAFARI = (
    passage("kids-fi", "fact", "fi", "Lapset: alle 15-vuotiaat matkustavat oppaan vetämässä reessä, hinta 75 €."),
    passage("speed-fi", "faq", "fi", "Kelkat ja nopeus: Safarin nopeusrajoitus on 50 km/h."),
    passage("tours-sv", "fact", "sv", "Vi kör turer varje kväll under säsongen."),
)


def test_offline_answer_says_a_speed_limit_from_the_plans_second_passage(offline: OfflineDrafter) -> None:
    comment = "vad är hastighetsgränsen på era turer?"
    result = offline.draft(
        request(comment, "sv", plan="answer", passages=SAFARI, answer_passages=("kids-fi", "speed-fi"))
    )
    assert not result.skip, result.skip_reason
    assert "Högst 50 km/h." in result.text
    assert "75" not in result.text


def test_offline_answer_says_opening_hours_at_the_drafters_own_threshold(offline: OfflineDrafter) -> None:
    asked = request("Är ni öppna på lördagar?", "sv", plan="answer", passages=WORKSHOP, answer_passages=("hours-en",))
    result = offline.draft(asked)
    assert not result.skip, result.skip_reason
    assert "Ja, vi har öppet på lördagar 10–14." in result.text


def test_a_country_beside_another_figure_does_not_keep_the_price_from_being_said() -> None:
    kits = "DIY bookbinding kits cost 39 € in the webshop and ship within Finland in 2–4 working days."
    assert bridgeable("Mitä tuo paketti maksaa?", kits, [], [])
    assert not bridgeable("vad kostar det?", "Glansa Fri in Finland costs 29 €/month.", [], [])


def test_a_time_of_day_said_for_some_months_only_is_no_answer_to_opening_hours() -> None:
    cafe = "Gårdscaféet är öppet i juli och augusti varje dag kl. 10–17."
    assert figure_line(cafe, "hours", "fi", "mihin asti ootte auki?", "sv") is None
    assert figure_line("Bastun är öppen från kl. 17.", "hours", "fi", "milloin sauna aukeaa?", "sv") == "Klo 17 alkaen."


def test_a_time_of_day_asked_of_opening_hours_stays_a_time_of_day() -> None:
    cafe = "Gårdscaféet är öppet i juli och augusti varje dag kl. 10–17."
    assert figure_line(cafe, "clock", "fi", "mihin aikaan tilan kahvila on auki?", "sv") == "Klo 10–17."
    shop = "The workshop is open Tue–Fri 10–17 and Sat 10–14."
    assert figure_line(shop, "clock", "sv", "vilken tid öppnar ni?", "en") == "Öppettider: tis–fre 10–17 och lör 10–14."
    assert figure_line(shop, "clock", "sv", "vilken tid går bussen?", "en") is None


def test_a_range_of_days_in_words_is_kept_whole_and_a_stray_day_stops_the_bridge() -> None:
    sauna = "Sauna on auki tiistaista lauantaihin kello 15–21."
    assert hours_line(sauna, "sv", "fi") == "Öppettider: tis–lör 15–21."
    assert hours_line("Bastun är öppen tisdag till lördag kl. 15–21.", "en", "sv") == "Opening hours: Tue–Sat 15–21."
    # a day outside the schedule's parts ("closed Sundays") would be dropped by the fixed sentence
    assert hours_line("Open Mon–Fri 10–17, closed Sundays.", "fi", "en") is None


WEEK = "The workshop is open Tue–Fri 10–17 and Sat 10–14. It is closed on Sundays and Mondays."


@pytest.mark.parametrize(
    ("question", "language", "said"),
    [
        ("Onko lauantaisin auki", "fi", "Kyllä, olemme auki lauantaisin klo 10–14."),
        ("Är de öppna på måndagar", "sv", "Nej, vi har öppet tis–fre 10–17 och lör 10–14."),
        ("ootteko auki sunnuntaina? voisin tulla", "fi", "Ei, olemme auki ti–pe klo 10–17 ja la klo 10–14."),
        ("stämmer det att de har stängt på lördagar?", "sv", "Nej, vi har öppet på lördagar 10–14."),
        ("are you closed on sundays?", "en", "Yes, we are open only Tue–Fri 10–17 and Sat 10–14."),
        (
            "open on friday and saturday?",
            "en",
            "Yes, we are open on Fridays and Saturdays.",
        ),  # two hours: the line follows
        # asked when, for a season, or a weekend half open: no yes or no
        ("mihin aikaan ne on auki lauantaina", "fi", None),
        ("what are your opening hours, coming on saturday", "en", None),
        ("is the store open on saturdays in winter", "en", None),
        ("open on weekends?", "en", None),
    ],
)
def test_whether_a_day_is_open_is_said_plainly_first(question: str, language: str, said: str | None) -> None:
    assert day_answer(question, WEEK, language, "en") == said


def test_a_day_the_schedule_only_leaves_out_gets_no_no() -> None:
    # Mondays may open by appointment in another passage: only a day the passage says is closed gets a no.
    assert day_answer("har ni öppet på måndagar?", "Vi har öppet tis–fre 11–18.", "sv", "sv") is None
    assert day_answer("har ni öppet på fredagar?", "Vi har öppet tis–fre 11–18.", "sv", "sv") == (
        "Ja, vi har öppet på fredagar 11–18."
    )


def test_offline_answer_in_the_guidances_language_says_the_no_in_place_of_the_schedule(
    offline: OfflineDrafter,
) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    shop = (passage("hours-sv", "fact", "sv", "Öppet tis–fre 11–18 och lör 10–14. Måndagar stängt."),)
    asked = request("har ni öppet på måndagar?", "sv", plan="answer", passages=shop, answer_passages=("hours-sv",))
    result = eager.draft(asked)
    assert not result.skip, result.skip_reason
    assert result.text.startswith("Nej, vi har öppet tis–fre 11–18 och lör 10–14.")
    assert result.text.count("11–18") == 1
