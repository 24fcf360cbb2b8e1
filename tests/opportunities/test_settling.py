"""Whether the asker's later thank-you settles their question (`settling.thanks_answer`, `plan.settles_question`)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.opportunities.plan import settles, settles_question


@dataclass(frozen=True)
class _Said:
    external_id: str
    parent_external_id: str | None
    author: str | None
    text: str


def _thread(*rows: tuple[str, str | None, str, str]) -> list[_Said]:
    return [_Said(i, p, a, t) for i, p, a, t in rows]


def test_thanks_for_a_tip_beside_the_question_leaves_it_open() -> None:
    thread = _thread(
        ("c1", None, "heidi", "paljonko maksaa? ja pitääkö aikuisen maksaa erikseen"),
        ("c2", None, "taru.pajalla", "vinkki: pukekaa lapselle vanhat vaatteet, liima lähtee huonosti 😅"),
        ("c3", "c2", "heidi", "@taru.pajalla hyvä vinkki kiitos"),
    )
    assert settles(thread[2].text)
    assert not settles_question(thread[0], thread[2], thread)


def test_thanks_for_a_reply_under_the_question_settles_it() -> None:
    thread = _thread(
        ("c1", None, "linnea", "vad kostar det? vi är två"),
        ("c2", "c1", "sara", "@linnea 29 € per person tror jag"),
        ("c3", "c2", "linnea", "@sara tack!"),
    )
    assert settles_question(thread[0], thread[2], thread)


def test_thanks_to_someone_who_answered_by_handle_unthreaded_settles_it() -> None:
    thread = _thread(
        ("c1", None, "jonas weber", "how long does shipping take to Oulu?"),
        ("c2", None, "kalle h", "@jonas weber took 3 days for me"),
        ("c3", None, "jonas weber", "@kalle h thanks!"),
    )
    assert settles_question(thread[0], thread[2], thread)


def test_answer_spoken_to_the_asker_after_a_later_question_settles_only_the_later_one() -> None:
    thread = _thread(
        ("c1", None, "sarah", "how much for 2 adults and a 6 year old?"),
        ("c2", None, "sarah", "do we need to bring snow suits or can we borrow"),
        ("c3", None, "jules", "@sarah bring wool socks though, the borrowed boots are big"),
        ("c4", "c3", "sarah", "@jules ooh good tip thank you"),
    )
    assert settles_question(thread[1], thread[3], thread)
    assert not settles_question(thread[0], thread[3], thread)


def test_thanks_to_the_post_author_for_the_list_leaves_the_question_open() -> None:
    thread = _thread(
        ("c1", None, "johan", "Kör de slädar även på sommaren?"),
        ("c2", None, "johan", "@Elina Sarre tack för listan"),
    )
    assert not settles_question(thread[0], thread[1], thread)


def test_a_joke_with_a_fix_word_does_not_settle_a_question() -> None:
    thread = _thread(
        ("c1", None, "david", "do you charge for looking at the book first"),
        ("c2", None, "david", "my grandpa used to say duct tape fixes any book 😂"),
    )
    assert not settles_question(thread[0], thread[1], thread)
