"""make_drafter picks the drafter the settings ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.drafting import make_drafter
from bot.drafting.llm import LLMDrafter
from bot.drafting.offline import OfflineDrafter
from bot.errors import ConfigError
from knowledge.embeddings import LocalE5Embedder
from tests.conftest import make_settings


def test_make_drafter_auto_with_base_url_and_no_key_picks_llm(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = make_settings(tmp_path, openai_base_url="http://127.0.0.1:11434/v1")

    with caplog.at_level("INFO", logger="bot.drafting"):
        drafter = make_drafter(settings, LocalE5Embedder())

    assert isinstance(drafter, LLMDrafter)
    assert drafter.mode == "llm"
    assert "drafter mode=llm" in caplog.text


def test_make_drafter_auto_without_model_settings_picks_offline(tmp_path: Path) -> None:
    drafter = make_drafter(make_settings(tmp_path), LocalE5Embedder())

    assert isinstance(drafter, OfflineDrafter)
    assert drafter.mode == "offline"


def test_make_drafter_explicit_offline_wins_over_a_configured_key(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, drafter="offline", openai_api_key="sk-test-0123456789")

    assert make_drafter(settings, LocalE5Embedder()).mode == "offline"


def test_make_drafter_llm_without_key_or_base_url_explains_what_to_set(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="needs OPENAI_API_KEY, or OPENAI_BASE_URL"):
        make_drafter(make_settings(tmp_path, drafter="llm"), LocalE5Embedder())
