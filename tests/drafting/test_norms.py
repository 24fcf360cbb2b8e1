"""Platform norms: stated in the prompt, kept by the offline drafter (lengths as the length check counts them)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.checks.hygiene import measured_length
from bot.drafting.norms import describe, fit, strip_disallowed
from bot.drafting.offline import OfflineDrafter
from bot.drafting.prompting import build_prompt
from bot.drafting.types import DraftRequest
from knowledge.embeddings import LocalE5Embedder
from prompts import load_prompt
from tests.drafting.conftest import REVONTULI, passage


def request(platform: str, **changes: Any) -> DraftRequest:
    values: dict[str, Any] = {
        "comment_text": "How long is the warranty on your heat pumps, and what does it cover?",
        "comment_language": "en",
        "comment_author": "someone",
        "platform": platform,
        "thread_title": None,
        "thread_body": None,
        "parents": (),
        "objective": "trust",
        "topics": (),
        "passages": REVONTULI,
    }
    values.update(changes)
    return DraftRequest(**values)


@pytest.mark.parametrize(
    ("platform", "phrases"),
    [
        ("bluesky", ("hard limit 300 characters (graphemes)", "at most one emoji")),
        ("mastodon", ("hard limit 500 characters (links count 23)",)),
        ("reddit", ("short ones read better", "no hashtags", "no emoji")),
        ("youtube", ("short ones read better", "no hashtags")),
    ],
)
def test_draft_prompt_states_the_platforms_norms(platform: str, phrases: tuple[str, ...]) -> None:
    built = build_prompt(load_prompt("draft_reply"), request(platform))
    for phrase in phrases:
        assert phrase in describe(platform)
        assert phrase in built.system


def test_fit_drops_optional_parts_first_until_the_bluesky_limit_holds() -> None:
    parts = ["Good question." + " padding" * 20, "The fact." * 20, "Second fact." * 10, "I work for Revontuli."]
    kept = fit(parts, [False, True, False, True], "bluesky")
    assert kept == [parts[1], parts[3]]
    length, limit, _ = measured_length(" ".join(kept), "bluesky")
    assert limit is not None and length <= limit


def test_strip_disallowed_removes_emoji_on_reddit_but_keeps_them_on_bluesky() -> None:
    text = "Thanks 🙂 for asking #heatpumps"
    assert strip_disallowed(text, "reddit") == "Thanks for asking heatpumps"
    assert strip_disallowed(text, "bluesky") == text


def test_offline_drafter_on_bluesky_drops_the_acknowledgement_when_the_facts_are_long() -> None:
    long_fact = passage(
        "warranty-long",
        "fact",
        "en",
        "All Revontuli heat pumps come with a five-year warranty that covers parts, labour and travel "
        "for the installer anywhere in mainland Finland, Sweden and the Åland islands. "
        "The warranty also includes the yearly maintenance visit, refrigerant top-ups and a new outdoor fan.",
    )
    disclosure = passage("disclosure-en", "disclosure", "en", "I work for Revontuli's customer service.")
    drafter = OfflineDrafter(LocalE5Embedder())
    on_reddit = drafter.draft(request("reddit", passages=(long_fact, disclosure)))
    on_bluesky = drafter.draft(request("bluesky", passages=(long_fact, disclosure)))
    assert not on_reddit.skip and not on_bluesky.skip
    length, limit, _ = measured_length(on_bluesky.text, "bluesky")
    assert limit is not None and length <= limit
    assert len(on_bluesky.text) < len(on_reddit.text)
    assert on_bluesky.text.endswith("I work for Revontuli's customer service.")
    assert "shortened for bluesky" in on_bluesky.rationale


def test_draft_prompt_tells_the_model_to_keep_a_given_privacy_notice_verbatim() -> None:
    line = "How we handle your data: https://privacy.revontuli.example/"
    with_notice = build_prompt(load_prompt("draft_reply"), request("reddit", privacy_notice=line)).system
    without = build_prompt(load_prompt("draft_reply"), request("reddit")).system
    assert f"copied exactly, link included (it does not count as an added link): {line}" in with_notice
    assert line not in without and "this person has been answered before" in without
