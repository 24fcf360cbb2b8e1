"""A question whose plan ranks a passage of another language first, answered from the plan's own-language
runner-up where that states the kind of fact asked (bot/drafting/offline.py, issue 25)."""

from __future__ import annotations

from bot.drafting.offline import OfflineDrafter, own_language_runner_up
from tests.drafting.conftest import passage
from tests.drafting.test_offline_drafter import request

SAUNA = (
    passage("hours-fi", "fact", "fi", "Sauna on auki tiistaista lauantaihin kello 15–21."),
    passage("hours-sv", "fact", "sv", "Bastun är öppen tisdag till lördag kl. 15–21."),
    passage("towel-sv", "fact", "sv", "Handdukar finns att hyra i kassan."),
)


def test_runner_up_in_the_replys_language_stating_the_kind_asked_is_kept() -> None:
    kept = own_language_runner_up(SAUNA, "sv", "När är bastun öppen på lördag?", (), frozenset())

    assert [p.id for p in kept] == ["hours-sv"]


def test_runner_up_stating_no_kind_asked_or_for_a_question_asking_no_kind_is_not_kept() -> None:
    assert own_language_runner_up(SAUNA[2:], "sv", "När är bastun öppen på lördag?", (), frozenset()) == []
    assert own_language_runner_up(SAUNA, "sv", "Är bastun bra?", (), frozenset()) == []


def test_offline_answers_from_the_own_language_runner_up_never_mixing_languages(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request(
            "När är bastun öppen på lördag?",
            "sv",
            plan="answer",
            passages=SAUNA,
            answer_passages=("hours-fi", "hours-sv"),
        )
    )

    assert not result.skip, result.skip_reason
    assert "15–21" in result.text and "hours-sv" in result.cited
    assert "auki" not in result.text  # no Finnish in a Swedish reply


def test_offline_still_skips_when_no_runner_up_speaks_the_replys_language(offline: OfflineDrafter) -> None:
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    # Hours said for a season only: no fixed sentence can carry them (bot/drafting/schedules.py), so it skips.
    summer = (passage("hours-fi", "fact", "fi", "Kesällä sauna on auki tiistaista lauantaihin kello 15–21."),)
    result = eager.draft(
        request("När är bastun öppen på lördag?", "sv", plan="answer", passages=summer, answer_passages=("hours-fi",))
    )

    assert result.skip and "only in Finnish" in (result.skip_reason or "")
    # Plain opening hours are said in a fixed Swedish sentence instead (session 29).
    plain = eager.draft(
        request("När är bastun öppen på lördag?", "sv", plan="answer", passages=SAUNA, answer_passages=("hours-fi",))
    )
    assert not plain.skip and "Öppettider: tis–lör 15–21." in plain.text and "auki" not in plain.text


CLAY = (
    passage("kids-fi", "fact", "fi", "Lasten savikerho 7–12-vuotiaille keskiviikkoisin, 10 kertaa, hinta 149 €."),
    passage("taster-en", "fact", "en", "Try the Wheel taster session: 2 hours, 45 € per person, ages 12 and up."),
)


def test_offline_answers_no_runner_up_about_another_thing_of_the_kind_asked(offline: OfflineDrafter) -> None:
    # The club's price stands only in Finnish: the English taster session's price answers another question.
    eager = OfflineDrafter(offline.embedder, threshold=0.0)
    result = eager.draft(
        request(
            "how much is the kids club",
            "en",
            plan="answer",
            passages=CLAY,
            answer_passages=("kids-fi", "taster-en"),
            topics=("Clay Club",),
        )
    )

    assert "45 €" not in (result.text or "") and "taster-en" not in result.cited
    assert own_language_runner_up(CLAY, "en", "how much is the kids club", ("Clay Club",), frozenset()) == []
