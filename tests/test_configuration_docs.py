"""docs/configuration.md and .env.example are exactly what the settings class renders."""

from __future__ import annotations

from bot.config import Settings
from bot.ops import config_docs


def test_every_setting_has_a_variable_name_and_a_description() -> None:
    missing = [name for name, field in config_docs.fields() if not field.description]
    assert not missing, f"give these settings a description in bot/config.py: {missing}"


def test_configuration_page_is_up_to_date() -> None:
    assert config_docs.MARKDOWN.read_text("utf-8") == config_docs.render_markdown(), (
        "docs/configuration.md is stale: run .venv/bin/python -m bot.ops.config_docs --write"
    )


def test_env_example_is_up_to_date() -> None:
    assert config_docs.ENV_EXAMPLE.read_text("utf-8") == config_docs.render_env_example(), (
        ".env.example is stale: run .venv/bin/python -m bot.ops.config_docs --write"
    )


def test_secrets_never_print() -> None:
    settings = Settings(_env_file=None, OPENAI_API_KEY="sk-test-secret-123456")  # type: ignore[call-arg]
    assert "sk-test-secret" not in repr(settings) and "sk-test-secret" not in str(settings.model_dump())
