"""The need behind a comment as a short normalised phrase, extractively.

Offline there is no generation: the need is the comment's own words. Take the
first sentence that is a question (by the question rules); else, for
complaints and feedback, the sentence with the strongest problem or wish cue;
else the first sentence. Greetings and fillers in front are dropped, the
phrase is lower-cased, stripped of end punctuation and cut to 12 words.
"""

from __future__ import annotations

import re

from bot.signals import rules

_MAX_WORDS = 12
_FILLER = re.compile(
    r"^(hi|hey|hello|so|ok|okay|well|quick question|honest question"
    r"|moi|hei|terve|no|okei|eli|kysymys|hej|tja|okej|alltså|fråga)"
    r"\b[\s,:!.-]*",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\s?!.,:;…-]+$")


def _clean(sentence: str) -> str:
    text = sentence.strip()
    for _ in range(3):
        stripped = _FILLER.sub("", text)
        if stripped == text:
            break
        text = stripped
    words = _TRAILING.sub("", text).split()
    return " ".join(words[:_MAX_WORDS]).lower()


def extract_need(text: str, language: str | None, intent: str) -> str | None:
    parts = rules.sentences(text)
    if not parts:
        return None
    chosen: str | None = None
    for sentence in parts:
        if rules.match("question", sentence, language):
            chosen = sentence
            break
    if chosen is None and intent in ("complaint", "feedback_or_idea", "misinformation"):
        for sentence in parts:
            if rules.match("negative", sentence, language) or rules.match("frustration", sentence, language):
                chosen = sentence
                break
    need = _clean(chosen or parts[0])
    return need or None
