"""Which language a comment is written in.

:func:`detect_language` uses lingua restricted to the languages Kuulo's users
meet (Nordic and Baltic neighbours, the large EU languages, Russian), which is
both faster and more accurate on short comments than detecting among all 75.
Finnish, Swedish and English get a prior weight (:data:`PRIOR`): they are
what Kuulo's users mostly read, and lingua alone often hesitates between
Swedish, Danish and Norwegian on one short sentence. It answers ``None``
rather than guess: for text with too few letters, or when the best language
is not clearly ahead of the next one.
"""

from __future__ import annotations

import re
import threading
from typing import Any

# ISO 639-1 code -> English name, as the prompts and Slack cards show them.
LANGUAGE_NAMES: dict[str, str] = {
    "fi": "Finnish",
    "sv": "Swedish",
    "en": "English",
    "de": "German",
    "et": "Estonian",
    "no": "Norwegian",
    "da": "Danish",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
}
FIRST_CLASS: tuple[str, ...] = ("fi", "sv", "en")

_LINGUA_NAMES: dict[str, tuple[str, ...]] = {
    "fi": ("FINNISH",),
    "sv": ("SWEDISH",),
    "en": ("ENGLISH",),
    "de": ("GERMAN",),
    "et": ("ESTONIAN",),
    "no": ("BOKMAL", "NYNORSK"),  # lingua tells the two written forms apart; Kuulo does not
    "da": ("DANISH",),
    "fr": ("FRENCH",),
    "es": ("SPANISH",),
    "it": ("ITALIAN",),
    "nl": ("DUTCH",),
    "pl": ("POLISH",),
    "pt": ("PORTUGUESE",),
    "ru": ("RUSSIAN",),
}
MIN_LETTERS = 8  # below this a guess is noise ("ok", "lol", "+1")
MIN_CONFIDENCE = 0.5
MIN_LEAD = 0.2  # the best language must be this far ahead of the runner-up
PRIOR: dict[str, float] = {"fi": 3.0, "sv": 3.0, "en": 3.0}  # others weigh 1.0

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|[@#]\w+", re.IGNORECASE)  # links, mentions, hashtags
_SURROGATE = re.compile("[\ud800-\udfff]")
_lock = threading.Lock()
_detector: Any = None
_codes: dict[str, str] = {}


def _build() -> Any:
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            languages = []
            for code, names in _LINGUA_NAMES.items():
                for name in names:
                    languages.append(getattr(Language, name))
                    _codes[name] = code
            _detector = LanguageDetectorBuilder.from_languages(*languages).build()
        return _detector


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``None`` when too short or unsure."""
    text = _SURROGATE.sub("\ufffd", _NOT_PROSE.sub(" ", text))  # lingua encodes to UTF-8: a lone one raised
    if len(_LETTER.findall(text)) < MIN_LETTERS:
        return None
    detector = _build()
    raw: dict[str, float] = {}
    for value in detector.compute_language_confidence_values(text):
        code = _codes[value.language.name]
        raw[code] = max(raw.get(code, 0.0), float(value.value))
    weighted = {code: value * PRIOR.get(code, 1.0) for code, value in raw.items()}
    total = sum(weighted.values()) or 1.0
    scores = {code: value / total for code, value in weighted.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return None
    best_code, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < MIN_CONFIDENCE or best - runner_up < MIN_LEAD:
        return None
    return best_code


def language_name(code: str | None) -> str:
    """English name of a language code, the code itself when unknown, ``"unknown"`` for ``None``."""
    if code is None:
        return "unknown"
    return LANGUAGE_NAMES.get(code, code)
