"""A check context for Revontuli's English guidance, with overrides per test."""

from __future__ import annotations

from typing import Any

from bot.checks import CheckContext, make_context
from tests.injection.bench import brand, for_language


def context(language: str = "en", platform: str = "reddit", comment: str = "", **changes: Any) -> CheckContext:
    values: dict[str, Any] = {
        "platform": platform,
        "comment_text": comment,
        "comment_language": language,
        "comment_author": "matti_k",
        "passages": for_language(language),
        "brand": brand(),
    }
    values.update(changes)
    return make_context(**values)
