"""The support guidance's own instruction for someone who already got in touch, said to them.

Support guidance often tells the person replying what to do when a customer has been in touch already, in the third
person and as an instruction to staff: "Jos asiakas on jo ollut yhteydessä, pyydä tilausnumero yksityisviestillä ja
lupaa että asia otetaan hoitoon, älä ohjaa aloittamaan alusta", "If the customer has already complained, ask for
the booking number by private message", "Har kunden redan hört av sig, be om ordernumret i ett privat meddelande".
Quoted, it would speak to the staff; ignored, the reply sends the person to another channel to start over, which the
guidance forbids (reply-plans-aa, spent: both panellists, nine drafts: "ask for the order number by DM and say it
will be handled, not send them to another channel").

:func:`contacted_instruction` reads such a statement (the condition: got in touch or complained already; the
instruction: a private message and an identifier to ask for) from any language's support passage, and
:func:`contacted_line` says it to the person in the reply's language, with the identifier named in that language
(``phrases.yaml``: contacted_private, identifiers). Nothing else of the statement is said: no promise beyond taking
the matter up, which is what the statement asks the reply to say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain import Passage
from bot.drafting.matching import sentences
from bot.drafting.phrasebook import phrases

# The condition: the customer got in touch, complained or made a claim already ("Jos asiakas on jo ollut yhteydessä",
# "jos asiakas on jo reklamoinut", "If the customer has already contacted us / complained", "Om kunden redan har
# kontaktat oss / reklamerat", "Har kunden redan hört av sig").
_ALREADY = re.compile(
    r"\bjo\s+(?:\w+\s+){0,2}?(?:ollut\s+yhteydessä|ottanut\s+yhteyttä|reklamoinut|valittanut|kirjoittanut|soittanut"
    r"|lähettänyt|tehnyt\s+(?:reklamaation|valituksen))"
    r"|\balready\s+(?:\w+\s+){0,2}?(?:contacted|been\s+in\s+(?:touch|contact)|got\s+in\s+touch|complained|written"
    r"|emailed|e-mailed|called|phoned|filed|made\s+a\s+(?:claim|complaint))"
    r"|\bredan\s+(?:\w+\s+){0,2}?(?:kontaktat|varit\s+i\s+kontakt|hört\s+av\s+sig|reklamerat|klagat|skrivit|mejlat"
    r"|ringt|gjort\s+en\s+reklamation)",
    re.IGNORECASE,
)
# Whose condition it is: the customer, said in the third person (the statement speaks to staff).
_CUSTOMER = re.compile(r"\b(?:asiakas|customer|kunden|kund)\b", re.IGNORECASE)
# A private message as the channel of the instruction.
_PRIVATELY = re.compile(
    r"\byksityisviesti\w*|\bprivate\s+message|\bprivately\b|\bdirect\s+message|\bDM\b|\bprivat(?:a)?\s+meddelande\w*"
    r"|\bdirektmeddelande\w*|\bi\s+privat\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ContactedInstruction:
    """The guidance's instruction for someone already in touch: the identifier to ask for privately (a key of
    ``phrases.yaml``'s identifiers, "order", "booking" ...) and the passage that says so."""

    identifier: str
    passage: Passage


def contacted_instruction(support: Sequence[Passage]) -> ContactedInstruction | None:
    """The first support statement (in the passages' order) that tells staff what to do for a customer who already
    got in touch and asks for an identifier the phrase book knows by a private message, or None."""
    table: dict[str, dict[str, str]] = phrases()["identifiers"]
    for passage in support:
        for sentence in sentences(passage.text):
            if not (_ALREADY.search(sentence) and _CUSTOMER.search(sentence) and _PRIVATELY.search(sentence)):
                continue
            named = [
                (hit.start(), key)
                for key, entry in table.items()
                if (hit := re.search(entry["match"], sentence, re.IGNORECASE)) is not None
            ]
            if named:
                return ContactedInstruction(min(named)[1], passage)
    return None


def contacted_line(instruction: ContactedInstruction, language: str) -> str | None:
    """The instruction said to the person in ``language``: "Skicka ditt ordernummer i ett privat meddelande, så tar
    vi hand om det.", or None where the phrase book has no wording for the language."""
    line = phrases()["contacted_private"].get(language)
    item = phrases()["identifiers"][instruction.identifier].get(language)
    if line is None or item is None:
        return None
    return str(line).format(item=item)
