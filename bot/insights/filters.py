"""Filters written into a question, for ``/kuulo ask`` where there are no command-line options.

``/kuulo ask lang:fi since:2026-11-01 intent:complaint what do people say about noise?``

A filter is one word ``key:value`` whose key is one of :data:`KEYS` (English, Finnish or
Swedish); every other word, ``10:30`` or ``Huom:`` included, stays in the question. A value
that is not allowed is a :class:`FilterError` whose message names the filter and the values
that work, in the team's language: a wrong filter never silently widens the answer to all
comments.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from bot.config import OBJECTIVES
from bot.errors import KuuloError
from bot.insights.data import Scope
from bot.insights.wording import phrase
from bot.signals.types import EMOTIONS, INTENTS

# alias (case-folded) -> the Scope field it sets
KEYS: dict[str, str] = {
    "lang": "language",
    "language": "language",
    "kieli": "language",
    "språk": "language",
    "platform": "platform",
    "alusta": "platform",
    "plattform": "platform",
    "watch": "watch_id",
    "seuranta": "watch_id",
    "bevakning": "watch_id",
    "objective": "objective",
    "tavoite": "objective",
    "mål": "objective",
    "emotion": "emotion",
    "tunne": "emotion",
    "känsla": "emotion",
    "intent": "intent",
    "aie": "intent",
    "avsikt": "intent",
    "since": "since",
    "alkaen": "since",
    "sedan": "since",
    "until": "until",
    "asti": "until",
    "till": "until",
}

_FILTER = re.compile(r"^(?P<key>[^\W\d_]+):(?P<value>\S+)$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_PLATFORM = re.compile(r"^[a-z][a-z0-9_-]{1,30}$")
_CHOICES: dict[str, tuple[str, ...]] = {"objective": OBJECTIVES, "emotion": EMOTIONS, "intent": INTENTS}


class FilterError(KuuloError):
    """A ``key:value`` filter with a value that does not work; the message says which values do."""


def parse_filters(text: str, locale: str | None = None) -> tuple[str, Scope]:
    """``text`` without its filters, and the :class:`Scope` they describe.

    Raises :class:`FilterError` for a bad value, a filter given twice, or ``since`` after ``until``.
    """
    values: dict[str, Any] = {}
    kept: list[str] = []
    for word in text.split():
        match = _FILTER.match(word)
        field = KEYS.get(match.group("key").casefold()) if match else None
        if match is None or field is None:
            kept.append(word)
            continue
        key, raw = match.group("key"), match.group("value")
        if field in values:
            raise FilterError(phrase("filter_twice", locale, name=key))
        values[field] = _value(field, key, raw, locale)
    scope = Scope(**values)
    if scope.since and scope.until and scope.since >= scope.until:
        raise FilterError(phrase("filter_period", locale))
    return " ".join(kept), scope


def _value(field: str, key: str, raw: str, locale: str | None) -> Any:
    value = raw.strip().casefold()
    if field in _CHOICES:
        if value not in _CHOICES[field]:
            raise FilterError(phrase("filter_choice", locale, name=key, value=raw, choices=", ".join(_CHOICES[field])))
        return value
    if field == "watch_id":
        if not value.lstrip("#").isdigit():
            raise FilterError(phrase("filter_watch", locale, name=key, value=raw))
        return int(value.lstrip("#"))
    if field in ("since", "until"):
        try:
            day = datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            raise FilterError(phrase("filter_day", locale, name=key, value=raw)) from None
        return day.replace(tzinfo=UTC)
    pattern = _LANGUAGE if field == "language" else _PLATFORM
    if not pattern.match(value):
        raise FilterError(phrase(f"filter_{field}", locale, name=key, value=raw))
    return value
