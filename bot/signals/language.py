"""Language of a comment: Finnish, Swedish and English first, a few neighbours so
that Estonian or Norwegian is not forced into one of them.

Uses ``bot.language.detect_language`` when the drafting detector exists; else
lingua here, with the same contract: an ISO 639-1 code, or ``None`` when the
text is too short or too mixed to tell.
"""

from __future__ import annotations

import re
import threading
from typing import Any

_MIN_CONFIDENCE = 0.45
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_lock = threading.Lock()
_detector: Any = None


def _lingua() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            languages = (
                Language.FINNISH,
                Language.SWEDISH,
                Language.ENGLISH,
                Language.GERMAN,
                Language.ESTONIAN,
                Language.BOKMAL,
                Language.DANISH,
            )
            _detector = LanguageDetectorBuilder.from_languages(*languages).build()
        return _detector


def lingua_language(text: str) -> str | None:
    """Most likely language by lingua, ``None`` below the confidence floor or without words."""
    if not _WORD.search(text):
        return None
    values = _lingua().compute_language_confidence_values(text)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return None
    return str(values[0].language.iso_code_639_1.name.lower())


def detect(text: str) -> str | None:
    try:
        from bot.language import detect_language  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return lingua_language(text)
    result: str | None = detect_language(text)
    return result
