"""The register a brand's voice guidance asks for: formal (whole, unslangy sentences) or not.

A voice that asks for a formal or matter-of-fact tone ("warm, slightly formal, full sentences, no slang",
"asiallinen ja lämmin", "sakligt och varmt") read the offline drafter's casual stock thank-yous ("Kiitos, tosi kiva
kuulla!", "Thank you, great to hear!", "Great to hear, enjoy!") as colloquial fragments: the panellists edited them on
reply-plans-y and -x (spent). A voice that also asks for a relaxed or spoken tone ("rento puhekielinen mutta
kohtelias", "casual", "avslappnad") is not formal, whatever politeness it asks for besides. The voice passage may be
written in any language: the register holds for replies in every language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain import Passage

# A formal or matter-of-fact register asked for, or whole sentences without slang (fi/sv/en).
_FORMAL = re.compile(
    r"\b(?:formal|formally|full\s+sentences|complete\s+sentences|no\s+slang|without\s+slang|businesslike|"
    r"asiallinen\w*|asiallisesti|muodollinen\w*|muodollisesti|teitit\w*|kirjakiel\w*|yleiskiel\w*|"
    r"kokonais\w*\s+(?:virkke\w*|lausei\w*)|ei\s+slangia|"
    r"formell\w*|saklig\w*|hela\s+meningar|fullständiga\s+meningar|ingen\s+slang|niande)\b",
    re.IGNORECASE,
)

# A relaxed or spoken register asked for: the voice is not formal, whatever else it says.
_RELAXED = re.compile(
    r"\b(?:informal\w*|casual\w*|relaxed|chatty|laid[- ]back|slang\s+(?:is\s+)?(?:ok|fine|welcome)|"
    r"rento\w*|puhekiel\w*|leppoi\w*|arkinen\w*|"
    r"avslappna\w*|lättsam\w*|informell\w*|talspråk\w*|vardaglig\w*)",
    re.IGNORECASE,
)

# "not formal", "ei muodollinen", "inte formell": the formal word negated.
_NOT_FORMAL = re.compile(
    r"\b(?:not|never|ei|älä|inte|aldrig)\s+(?:too\s+|liian\s+|för\s+|\w+\s+)?"
    r"(?:formal|muodollinen\w*|asiallinen\w*|formell\w*|saklig\w*)",
    re.IGNORECASE,
)


# Humour asked for ("kort, sakligt och med lite torr humor, som en skidtränare", "dry humour", "kuivaa huumoria"): a
# matter-of-fact voice that jokes is not a formal one. Its "sakligt" read as formal gave praise the long "Varmt tack för
# ditt fina meddelande, det betyder mycket för oss", which both panellists edited as gushy on every thank-you of that
# brand (reply-plans-ab, spent). Humour denied ("no humour", "ingen humor", "ei huumoria") asks for none.
_HUMOUR = re.compile(r"\b(?:humou?r\w*|huumori\w*|humoristi\w*|witty|kvick\w*)", re.IGNORECASE)
_NO_HUMOUR = re.compile(
    r"\b(?:no|not|never|without|avoid|ei|eikä|älä|ilman|ingen|inte|aldrig|utan|undvik)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _humour_asked(text: str) -> bool:
    return any(not _NO_HUMOUR.search(text[max(0, m.start() - 30) : m.start()]) for m in _HUMOUR.finditer(text))


def formal_voice(passages: Sequence[Passage]) -> bool:
    """Whether a public voice passage among ``passages`` asks for a formal register and none asks for a relaxed one
    (or for humour)."""
    voices = [p.text for p in passages if p.kind == "voice" and p.visibility == "public"]
    if any(_RELAXED.search(text) or _NOT_FORMAL.search(text) or _humour_asked(text) for text in voices):
        return False
    return any(_FORMAL.search(text) for text in voices)
