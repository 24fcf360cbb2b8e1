"""The one place a chat model is built: LangChain's ``ChatOpenAI`` from settings.

Drafting, comment classification and audience answers all use it, so every
model call gets the same endpoint, key handling, timeout and bounded retries.
The chat completions API is used (``use_responses_api=False``) because that is
what OpenAI-compatible servers (Ollama, vLLM, Azure, the test suite's fake) speak.
"""

from __future__ import annotations

from typing import Any

import pydantic

from bot.config import Settings
from bot.errors import ConfigError


def chat_model(settings: Settings, *, purpose: str, temperature: float, max_tokens: int | None = None) -> Any:
    """A ``ChatOpenAI`` for ``purpose`` ("the LLM drafter", ...), named in the error when no model is set."""
    from langchain_openai import ChatOpenAI

    if settings.openai_api_key is not None:
        api_key = settings.openai_api_key
    elif settings.openai_base_url:
        api_key = pydantic.SecretStr("not-needed")  # Ollama, vLLM and similar ignore it
    else:
        raise ConfigError(f"{purpose} needs OPENAI_API_KEY, or OPENAI_BASE_URL for a local model server")
    extra: dict[str, Any] = {}
    if max_tokens is not None:
        extra["max_completion_tokens"] = max_tokens
    return ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.openai_base_url,
        api_key=api_key,
        timeout=settings.llm_timeout_seconds,
        max_retries=settings.llm_max_retries,
        use_responses_api=False,
        temperature=temperature,
        **extra,
    )


def structured_model(
    settings: Settings,
    schema: type[pydantic.BaseModel],
    *,
    purpose: str,
    temperature: float,
    max_tokens: int | None = None,
    include_raw: bool = False,
) -> Any:
    """``chat_model`` answering in ``schema`` (strict JSON schema, validated by pydantic)."""
    model = chat_model(settings, purpose=purpose, temperature=temperature, max_tokens=max_tokens)
    return model.with_structured_output(schema, method="json_schema", strict=True, include_raw=include_raw)
