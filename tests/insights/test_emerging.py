"""The emerging-theme test: a one-sided Poisson test against the recent baseline."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bench.eval_themes import score_emerging
from bot.insights.emerging import iso_week, poisson_sf, trend, week_labels, weekly_counts


def test_poisson_sf_matches_known_values() -> None:
    assert poisson_sf(0, 2.0) == 1.0
    assert poisson_sf(1, 2.0) == pytest.approx(1 - 0.1353352832, abs=1e-9)
    from scipy.stats import poisson

    assert poisson_sf(9, 1.125) == pytest.approx(float(poisson.sf(8, 1.125)), rel=1e-6)
    assert poisson_sf(3, 0.0) == 0.0


def test_trend_spike_over_low_baseline_is_emerging() -> None:
    weeks = week_labels("2026-W20", 8)
    result = trend(weeks, (1, 2, 1, 0, 2, 1, 1, 9))
    assert result.emerging and not result.new
    assert result.p_value < 0.01
    assert result.baseline == pytest.approx(8 / 7)


def test_trend_same_growth_on_high_baseline_is_not_emerging() -> None:
    weeks = week_labels("2026-W20", 8)
    assert not trend(weeks, (6, 8, 5, 7, 9, 6, 7, 10)).emerging


def test_trend_below_three_comments_is_never_emerging() -> None:
    assert not trend(week_labels("2026-W20", 8), (0, 0, 0, 0, 0, 0, 0, 2)).emerging


def test_trend_theme_appearing_from_nothing_is_new() -> None:
    result = trend(week_labels("2026-W20", 8), (0, 0, 0, 0, 0, 0, 0, 4))
    assert result.new and result.emerging


def test_trend_with_short_history_flags_nothing() -> None:
    assert not trend(week_labels("2026-W20", 3), (0, 0, 9)).emerging


def test_synthetic_series_spike_detected_without_false_alarms() -> None:
    score = score_emerging()
    assert score.detected_in_spike_week
    assert score.false_alarms == 0


def test_weekly_counts_use_local_iso_weeks() -> None:
    helsinki = ZoneInfo("Europe/Helsinki")
    weeks = week_labels("2026-W02", 2)
    assert weeks == ("2026-W01", "2026-W02")
    sunday_late_utc = datetime(2026, 1, 4, 22, 30, tzinfo=UTC)  # Monday 00:30 in Helsinki
    assert iso_week(sunday_late_utc, helsinki) == "2026-W02"
    assert weekly_counts([sunday_late_utc, None, datetime(2026, 1, 1, 12, tzinfo=UTC)], weeks, helsinki) == (1, 1)
