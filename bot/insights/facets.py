"""What kind of comment a question names in its own words (pure): the facets of ``ask``.

A manager asks for a kind of comment ("what do people complain about?", "mitä vaihtoehtoja
meidän rinnalla mainitaan?", "vilka förslag har folk?") or for a feeling ("what do unhappy
buyers say?"), and the comments already carry that as a stored signal (intent, emotion). e5
tells such question forms apart from a topic question only roughly
(:func:`bot.insights.retrieval.asked_intent`), so the question's own words are read too: a word
that names a kind of comment (a stem of the fi/sv/en vocabulary below, matched at a word's start,
also inside a Finnish or Swedish compound's last part) is a cue. A cue is one signal, never the
only one: :func:`bot.insights.retrieval.asked_intent` takes a cued intent only when e5 does not
lean away from it (the question is about that kind at least as much as a plain "what do people
say?"), so "does anyone complain about the pump noise?" is read on its meaning as well as its word.

The vocabulary is the languages' ordinary words for each kind, not any evaluation set's wording.
"""

from __future__ import annotations

import re

from bot.insights.retrieval import fold

# Word starts (after case folding) that name a kind of comment, per stored intent, in en, fi and sv.
INTENT_CUES: dict[str, tuple[str, ...]] = {
    "complaint": (
        "complain",
        "gripe",
        "grumbl",
        "moan",
        "whin",
        "valit",
        "valitu",
        "nurise",
        "narise",
        "marise",
        "ruikut",
        "klag",
        "klagomål",
        "gnäll",
    ),
    "feedback_or_idea": (
        "idea",
        "suggest",
        "proposal",
        "wish",
        "improvement",
        "ideo",
        "ehdot",
        "ehdotu",
        "toive",
        "toivee",
        "toivo",
        "parannusehd",
        "kehitysehd",
        "idé",
        "förslag",
        "önskemål",
        "önskar",
        "förbättringsförslag",
    ),
    "praise": (
        "praise",
        "compliment",
        "kehu",
        "kehai",
        "ylistä",
        "kiitel",
        "beröm",
        "berömm",
    ),
    "comparison_or_purchase": (
        "competitor",
        "alternative",
        "compar",
        "rival",
        "kilpailij",
        "vaihtoehd",
        "vaihtoeht",
        "vertail",
        "verrat",
        "verraa",
        "kilpailevi",
        "konkurrent",
        "alternativ",
        "jämför",
    ),
}

# Word starts that name a feeling, per stored emotion.
EMOTION_CUES: dict[str, tuple[str, ...]] = {
    "negative": (
        "unhappy",
        "disappoint",
        "dissatisf",
        "angry",
        "annoyed",
        "frustrat",
        "upset",
        "negativ",
        "tyytymätt",
        "pettyn",
        "pettymy",
        "vihai",
        "suuttun",
        "ärsyynt",
        "turhautun",
        "negatiivi",
        "harmistun",
        "missnöjd",
        "besvik",
        "irriter",
        "frustrer",
    ),
    "positive": (
        "happy",
        "satisfied",
        "pleased",
        "delighted",
        "positiv",
        "tyytyväi",
        "iloi",
        "ilahtun",
        "innostun",
        "positiivi",
        "nöjd",
        "glad",
        "förtjust",
        "positiv",
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# The shortest last part of a compound a cue may start ("asiakasvalitus", "kundklagomål").
_COMPOUND_TAIL = 5


def _cued(question: str, cues: dict[str, tuple[str, ...]]) -> str | None:
    """The one kind whose cue starts a word of ``question`` (or a compound's last part); None for none or several."""
    found: set[str] = set()
    for word in _WORD.findall(fold(question)):
        for kind, starts in cues.items():
            if any(_names(word, start) for start in starts):
                found.add(kind)
    return found.pop() if len(found) == 1 else None


def _names(word: str, start: str) -> bool:
    if word.startswith(start):
        return True
    # a compound's last part: "asiakasvalitukset", "kundklagomål" (a short cue would match by chance)
    position = word.find(start, 1)
    return len(start) >= _COMPOUND_TAIL and position > 2 and len(word) - position >= _COMPOUND_TAIL


def cued_intent(question: str) -> str | None:
    """The stored intent a word of ``question`` names ("ideas" -> ``feedback_or_idea``), or None."""
    return _cued(question, INTENT_CUES)


def cued_emotion(question: str) -> str | None:
    """The stored emotion a word of ``question`` names ("unhappy buyers" -> ``negative``), or None."""
    return _cued(question, EMOTION_CUES)
