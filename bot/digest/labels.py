"""Lines of the digest shared by the Slack and terminal renderers, in the team's language."""

from __future__ import annotations

from bot.digest.content import DailyDigest, Outcome, Topic
from bot.wording import say


def objective(locale: str, name: str) -> str:
    return say(locale, f"digest_objective_{name}")


def outcome_line(locale: str, outcome: Outcome) -> str:
    median = outcome.median_minutes_to_approval
    shown = say(locale, "digest_no_median") if median is None else say(locale, "digest_minutes", minutes=round(median))
    return say(
        locale,
        "digest_outcome_line",
        objective=objective(locale, outcome.objective),
        drafted=outcome.count("drafted"),
        approved=outcome.count("approved"),
        edited=outcome.count("edited"),
        skipped=outcome.count("skipped"),
        published=outcome.count("published"),
        replies=outcome.count("reply"),
        median=shown,
    )


def emotions_line(locale: str, digest: DailyDigest) -> str:
    return say(locale, "digest_emotions", **{e: digest.emotions.get(e, 0) for e in ("positive", "neutral", "negative")})


def growing_line(locale: str, topic: Topic, need: str) -> str:
    """``need`` is passed already escaped (Slack) or as is (terminal)."""
    assert topic.growth is not None
    return say(locale, "digest_growing", need=need, count=topic.growth.count, mean=f"{topic.growth.mean:.1f}")


def unfinished_lines(locale: str, digest: DailyDigest) -> list[str]:
    """One line per stage with work unfinished for over an hour (``bot/drafting/resume.py``)."""
    return [
        say(locale, f"digest_unfinished_{item.stage}", count=item.count, hours=f"{item.age_hours(digest.now):.0f}")
        for item in digest.unfinished
    ]


def hours_waiting(digest: DailyDigest, created_at_seconds: float) -> int:
    return max(0, int((digest.now.timestamp() - created_at_seconds) // 3600))
