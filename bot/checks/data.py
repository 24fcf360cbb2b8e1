"""The checks' word lists, loaded once from ``bot/checks/data/*.yaml``.

Lists are data so a brand team can extend them without touching code. Every
entry is a regular expression matched case-insensitively on NFKC-folded text,
at word boundaries; write ``\\s+`` between words.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KuuloError

DATA_DIR = Path(__file__).parent / "data"


class CheckDataError(KuuloError):
    """A word-list file of the draft checks is missing or malformed."""


@cache
def load(name: str) -> dict[str, Any]:
    path = DATA_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CheckDataError(f"cannot read the check data {path}: {exc}; reinstall Kuulo or fix the file") from None
    if not isinstance(data, dict):
        raise CheckDataError(f"{path} must be a mapping; see the comment at its top")
    return data


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """Compiled word-bounded patterns of ``key`` in ``name``.yaml, all languages together.

    ``key`` holds either a list or a mapping of language -> list.
    """
    raw = load(name).get(key)
    if raw is None:
        raise CheckDataError(f"{DATA_DIR / name}.yaml has no key {key!r}")
    entries = [item for items in raw.values() for item in items] if isinstance(raw, dict) else list(raw)
    try:
        return tuple(re.compile(rf"(?<!\w)(?:{entry})(?!\w)", re.IGNORECASE) for entry in entries)
    except re.error as exc:
        raise CheckDataError(f"{DATA_DIR / name}.yaml {key}: bad pattern ({exc})") from None


def first_match(found: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for pattern in found:
        match = pattern.search(text)
        if match:
            return match.group(0)
    return None
