"""The closing wish a reply ends with, chosen by the reply's situation (pure; issue 25).

A voice that asks every reply to end with a wish ("avsluta med en önskan som 'Smaklig måltid!' eller 'Ha en fin
dag!'") gave every reply its first example, and a reply in another language a stock "Tervetuloa!" / "You're always
welcome!": a welcome after a no ("we don't sell frozen berries"), after a warning that xylitol poisons dogs, as a
"wish" under a thank-you, and a meal wish under praise for a film were the panel's edits (reply-plans-x, spent).
What a reply says decides which wish fits (:func:`situation`): a warning gets a calm wish of care, never cheer; a no
or a "not possible" no welcome or invitation to drop by; and of the voice's own examples a general one (of the day,
the evening, the week) comes before one naming a particular thing (a meal), which fits only where that thing is
spoken of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.language import negation_pattern

COMPLAINT, WARNING, NO, OTHER = "complaint", "warning", "no", "other"

# Words of a warning in the brand's own statements (fi, sv, en): something poisons, harms or endangers, or is to be
# kept away or never given. Read of the guidance's sentences the reply states, not of a stranger's words.
_WARNING = re.compile(
    r"\b(?:poison\w*|toxic\w*|dangerous\w*|danger\b|harmful|hazard\w*|unsafe|not\s+safe|choking|keep\s+(?:it\s+|them\s+)?"
    r"(?:away|out\s+of\s+reach)|(?:do\s+not|don't|never)\s+(?:give|feed|let|eat|drink|use)"
    r"|myrky\w*|vaaralli\w*|haitalli\w*|hengenvaar\w*|tukehtu\w*|pidä\s+\w*\s*(?:poissa|erillään)|ulottumattomi\w*"
    r"|älä\s+(?:anna|syötä|juo|syö|käytä)\w*|ei\s+saa\s+(?:antaa|syöttää|syödä|juoda)"
    r"|giftig\w*|förgift\w*|farlig\w*|skadlig\w*|kvävning\w*|håll\s+(?:\w+\s+)?borta|(?:ge|låt)\s+(?:aldrig|inte)"
    r"|utom\s+räckhåll)",
    re.IGNORECASE,
)
# A welcome or an invitation to come by ("Tervetuloa tilalle!", "Välkommen förbi!", "You're always welcome!", "See
# you soon!"): after a no it reads as not having listened.
_WELCOME = re.compile(
    r"\b(?:tervetul\w*|nähdään\w*|välkom\w*|vi\s+ses|welcome\w*|see\s+you|come\s+(?:by|and|visit|again))",
    re.IGNORECASE,
)
# A general wish, of the time ahead and nothing in particular: "Hyvää päivänjatkoa!", "Mukavaa viikonloppua!",
# "Ha en fin dag!", "Trevlig helg!", "Have a lovely day!".
_GENERAL = re.compile(
    r"\b(?:\w*(?:päivää|päivänjatkoa|iltaa|illanjatkoa|viikonloppua|viikkoa)|dag(?:en)?|kväll(?:en)?|helg(?:en)?"
    r"|veckan?|day|evening|weekend|week)\b",
    re.IGNORECASE,
)
# "Sorry, not at the moment.", "Valitettavasti ...", "Tyvärr ...", "Unfortunately ...": a no without a negation word.
_REGRET = re.compile(r"\b(?:valitettavasti|harmi\w*|tyvärr|unfortunately|sadly)\b", re.IGNORECASE)


def situation(statements: Sequence[str], language: str, *, complaint: bool) -> str:
    """What the reply's own ``statements`` do, for the wish after them: ``COMPLAINT`` (the plan's), ``WARNING`` (a
    statement warns of harm), ``NO`` (one says no or not possible: a negation or a word of regret), else ``OTHER``."""
    if complaint:
        return COMPLAINT
    if any(_WARNING.search(text) for text in statements):
        return WARNING
    saying_no = negation_pattern(language) if language in ("fi", "sv", "en") else None
    if any(_REGRET.search(text) or (saying_no is not None and saying_no.search(text)) for text in statements):
        return NO
    return OTHER


def welcomes(wish: str) -> bool:
    """Whether ``wish`` welcomes or invites to come by ("Tervetuloa!", "Välkommen förbi!")."""
    return _WELCOME.search(wish) is not None


def fitting_wish(examples: Sequence[str], said: str) -> str | None:
    """Of the voice's own wishes (``examples``, in its order), the one that fits a reply of situation ``said``: none
    after a complaint or a warning (a calm fixed one ends those); no welcome after a no; a general wish (of the day,
    the week) before one naming a particular thing. None where none fits."""
    if said in (COMPLAINT, WARNING):
        return None
    usable = [wish for wish in examples if not (said == NO and welcomes(wish))]
    return next((wish for wish in usable if _GENERAL.search(wish)), usable[0] if usable else None)


# The voice's rule that a complaint reply ends with no wish but a promise to look into it: "Valituksiin ei toivotuksia
# vaan lupaus selvittää asia", "In replies to complaints no wishes; promise to look into it", "Inga önskningar i svar
# på klagomål, lova att reda ut saken". A complaint named and a wish denied in one sentence.
_COMPLAINT_WORD = r"(?:valitu\w*|reklamaatio\w*|complain\w*|klagom\w*|reklamation\w*)"
_NO_WISH = (
    r"(?:\b(?:ei|eikä|älä|no|not|never|inga|ingen|aldrig|inte)\s+(?:\w+\s+){0,2}"
    r"(?:toivotu\w*|toivo\w*|wish\w*|önskn\w*|önskan\w*|önska\b))"
)
_COMPLAINT_NO_WISH = re.compile(
    rf"{_COMPLAINT_WORD}[^.;!?]{{0,60}}{_NO_WISH}|{_NO_WISH}[^.;!?]{{0,60}}{_COMPLAINT_WORD}", re.IGNORECASE
)
# A promise to look into it, already said by the reply's own sentences ("niin selvitämme asian", "we'll look into it",
# "så reder vi ut det"): the closing promise would say it twice.
_PROMISED = re.compile(
    r"\bselvit(?:ämme|etään|än)\b|\blook(?:ing)?\s+into\b|\bfind\s+out\b|\breder?\s+(?:vi\s+)?ut\b"
    r"|\bundersöker\b|\btutkimme\b",
    re.IGNORECASE,
)


def promise_not_wish(voice_texts: Sequence[str]) -> bool:
    """Whether the voice says a complaint reply ends with no wish (and so, as it goes on, with a promise to look into
    it): "Valituksiin ei toivotuksia vaan lupaus selvittää asia"."""
    return any(_COMPLAINT_NO_WISH.search(text) for text in voice_texts)


def promised(statements: Sequence[str]) -> bool:
    """Whether the reply's own ``statements`` already promise to look into it."""
    return any(_PROMISED.search(text) for text in statements)
