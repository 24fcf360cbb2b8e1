"""Brand names: ``^[a-z][a-z0-9_]{1,31}$``, safe as a Chroma collection suffix and as
``KUULO_BRAND_<NAME>_...`` in upper case. ``default`` is the brand every install starts with."""

from __future__ import annotations

import re

from bot.errors import ConfigError

DEFAULT = "default"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


def check_name(name: str) -> str:
    """``name`` if it is a valid brand name, else a :class:`ConfigError` saying what would be."""
    if not NAME_PATTERN.fullmatch(name or ""):
        suggestion = re.sub(r"[^a-z0-9_]+", "_", (name or "").strip().lower()).strip("_")
        if suggestion and not suggestion[0].isalpha():
            suggestion = f"b_{suggestion}"
        hint = f" (for example {suggestion[:32]!r})" if NAME_PATTERN.fullmatch(suggestion[:32]) else ""
        raise ConfigError(
            f"{name!r} is not a valid brand name: use 2-32 characters, lower-case letters, digits and _, "
            f"starting with a letter{hint}; the display name (--display-name) may be anything"
        )
    return name


def env_prefix(name: str) -> str:
    """The prefix of a brand's own environment variables: ``KUULO_BRAND_ACME_``."""
    return f"KUULO_BRAND_{check_name(name).upper()}_"
