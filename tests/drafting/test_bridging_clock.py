"""A time of day the guidance states only in another language, said in a fixed sentence of the reply's language
(bot/drafting/bridging.py, issue 25): the hour reads the same in every language; a weekday, a date, another figure or
a bound ("before", "jälkeen") beside it is never dropped, so such a statement is not bridged."""

from __future__ import annotations

import pytest

from bot.drafting.bridging import bridgeable, clock_line, figure_line
from bot.drafting.offline import OfflineDrafter
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

MARINA = (
    passage("berth-sv", "fact", "sv", "Gästhamnens bastu är varm från kl. 17."),
    passage("berth-fi", "fact", "fi", "Vierasvenesatamassa on 40 venepaikkaa."),
    passage("berth-en", "fact", "en", "The guest harbour has 40 berths."),
)


@pytest.mark.parametrize(
    ("sentence", "lines"),
    [
        ("Gästhamnens bastu är varm från kl. 17.", ("Klo 17 alkaen.", "Från kl. 17.", "From 17:00.")),
        ("Kajakit palautetaan klo 20 mennessä.", ("Viimeistään klo 20.", "Senast kl. 20.", "By 20:00.")),
        ("The kiosk is open until 21:30.", ("Klo 21.30 asti.", "Till kl. 21.30.", "Until 21:30.")),
        ("Kiosken har öppet kl. 9–21.", ("Klo 9–21.", "Kl. 9–21.", "09:00–21:00.")),
        ("Boat trips leave at 1.30 pm from the pier.", ("Klo 13.30.", "Kl. 13.30.", "At 13:30.")),
        ("Melontaretki lähtee klo 8.15 laiturilta.", ("Klo 8.15.", "Kl. 8.15.", "At 08:15.")),
    ],
)
def test_a_statements_one_time_of_day_is_said_in_each_language(sentence: str, lines: tuple[str, str, str]) -> None:
    assert tuple(clock_line(sentence, language) for language in ("fi", "sv", "en")) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "Kiosken har öppet mån–fre kl. 9–21.",  # the days would be dropped
        "Lauantaisin sauna on lämmin klo 16 alkaen.",
        "On weekends the kiosk opens at 10:00.",
        "Bastun är varm 1.7. från kl. 17.",  # a date
        "Iltasauna 15 € klo 18 jälkeen.",  # a price, and a bound after the hour
        "Boats must be moored before 22:00.",
        "Ovet avataan klo 17 ja konsertti alkaa klo 18.",  # two times
        "Vuokraa 2 kajakkia klo 10.",  # another figure
        "We meet at 5 at the pier.",  # no hour said as one
        "Laituri on 25 metriä pitkä.",
    ],
)
def test_a_time_with_a_day_a_date_a_bound_or_another_figure_is_not_bridged(sentence: str) -> None:
    assert all(clock_line(sentence, language) is None for language in ("fi", "sv", "en"))


def test_a_time_is_a_figure_a_fixed_sentence_gives() -> None:
    assert figure_line("Gästhamnens bastu är varm från kl. 17.", "clock", "en") == "From 17:00."
    # an hour the question names that the statement does not give: another case's time
    assert not bridgeable("can we use the sauna at 15?", MARINA[0].text, MARINA, ["Gästhamn"], "clock")
    assert bridgeable("what time is the sauna warm?", MARINA[0].text, MARINA, ["Gästhamn"], "clock")


def test_offline_answer_says_a_time_of_day_stated_only_in_another_language(
    offline: OfflineDrafter,
) -> None:
    comment = "what time is the guest harbour sauna warm?"
    result = offline.draft(request(comment, "en", plan="answer", passages=MARINA, answer_passages=("berth-sv",)))
    assert not result.skip, result.skip_reason
    assert "From 17:00." in result.text
    # a question naming an hour the statement does not give is not answered with it
    other = request("is the sauna warm at 15?", "en", plan="answer", passages=MARINA, answer_passages=("berth-sv",))
    assert "17" not in offline.draft(other).text
