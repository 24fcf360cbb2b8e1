"""Session 38 (issue 25): the brand answers a person once in a thread. A complaint its person carries on with in
their own reply below is acknowledged there, under the follow-up that says most, and never left with no reply at
all: a follow-up the judge holds back, or one assessed in an earlier pass, keeps the complaint's own plan. Invented
comments in fi/sv/en."""

from __future__ import annotations

import pytest

from bot.opportunities.assess import _carried_on, _last_follow_up, _Neighbour, _open_follow_up
from bot.opportunities.plan import FOLLOWED_UP, GuidanceFit, ReplyPlan, ThreadContext
from bot.storage.models import Comment
from tests.opportunities.planning import plan_on as plan
from tests.opportunities.planning import sig

COMPLAINTS = [
    ("Tilasin joululahjaksi ja paketti tuli kaksi viikkoa myöhässä, lahja meni ohi", "fi"),
    ("Köpte en jacka i mars och dragkedjan gick sönder efter en vecka", "sv"),
    ("Ordered a lamp last month and it arrived with the shade cracked", "en"),
]


@pytest.mark.parametrize(("text", "language"), COMPLAINTS)
def test_a_complaint_its_person_follows_up_waits_for_the_follow_up(text: str, language: str) -> None:
    complaint = sig("complaint", language, emotion="negative")
    assert plan(complaint, text).kind == "acknowledge"
    followed = plan(complaint, text, ThreadContext(brand_post=True, followed_up_later=True))
    assert (followed.kind, followed.reason) == ("none", FOLLOWED_UP)


def test_a_complaint_put_right_later_is_settled_before_any_follow_up_counts() -> None:
    thread = ThreadContext(brand_post=True, followed_up_later=True, resolved_later=True)
    result = plan(sig("complaint", emotion="negative"), COMPLAINTS[2][0], thread)
    assert result.kind == "none" and result.reason != FOLLOWED_UP


def test_without_a_support_route_the_complaint_is_not_handed_to_a_follow_up() -> None:
    thread = ThreadContext(brand_post=True, followed_up_later=True)
    result = plan(sig("complaint", emotion="negative"), COMPLAINTS[2][0], thread, GuidanceFit(answers=True))
    assert result.kind == "none" and result.reason != FOLLOWED_UP


def _comment(external_id: str, author: str, parent: str | None = None) -> Comment:
    return Comment(
        thread_id=1, platform="facebook", external_id=external_id, author_id=author, parent_external_id=parent
    )


THREAD = [
    _Neighbour("c1", None, "aleksi", "köpte en jacka och dragkedjan gick sönder", False),
    _Neighbour("c2", "c1", "stina", "samma här", False),
    _Neighbour("c3", "c1", "aleksi", "mejlade er redan, inget svar", False),
    _Neighbour("c4", "c1", "aleksi", "och nu är det en vecka sedan", False),
    _Neighbour("c5", "c1", "brand", "Tråkigt att höra", True),
]


def test_the_last_own_reply_under_the_complaint_is_its_follow_up() -> None:
    found = _last_follow_up(_comment("c1", "Aleksi"), THREAD)
    assert found is not None and found.external_id == "c4"  # not another person's, not the brand's
    assert _last_follow_up(_comment("c2", "stina", "c1"), THREAD) is None


def test_a_follow_up_held_back_or_assessed_before_is_not_waited_for() -> None:
    position = {(1, "c1"): 0, (1, "c4"): 1}
    complaint = _comment("c1", "aleksi")
    calm = [sig("complaint", "sv"), sig("complaint", "sv")]
    found = _open_follow_up(complaint, 0, THREAD, position, calm)
    assert found is not None and found.external_id == "c4"
    opted_out = [sig("complaint", "sv"), sig("complaint", "sv", opt_out=True)]
    assert _open_follow_up(complaint, 0, THREAD, position, opted_out) is None
    assert _open_follow_up(complaint, 0, THREAD, {(1, "c1"): 0}, calm) is None  # an earlier pass
    assert _open_follow_up(complaint, 1, THREAD, {(1, "c1"): 1, (1, "c4"): 0}, calm) is None


def test_the_follow_up_a_complaint_waited_for_is_acknowledged_even_read_alone_as_nothing() -> None:
    none = ReplyPlan("none", "the brand adds nothing here")
    follow_up = _comment("c4", "aleksi", "c1")
    carried = _carried_on(none, sig("question", "sv"), follow_up, "c4")
    assert carried.kind == "acknowledge" and carried.complaint
    assert _carried_on(none, sig("question", "sv"), _comment("c3", "aleksi", "c1"), "c4") is none
    assert _carried_on(none, sig("question", "sv", risk=("legal",)), follow_up, "c4") is none
    answer = ReplyPlan("answer", "question the guidance answers")
    assert _carried_on(answer, sig("question", "sv"), follow_up, "c4") is answer
    assert _carried_on(none, sig("question", "sv"), follow_up, None) is none
