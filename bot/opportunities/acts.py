"""What a question asks to *do* with its thing (rent it, find a place open, pick it up, make it, book it), and the
acts a text names: a statement about doing something else with the same thing answers another question.

Read by the plan (:func:`bot.opportunities.assess.rank_passages`: the passage naming the act asked leads among
those nearly as close) and by the offline drafter (:func:`bot.drafting.answering.on_act`). Pure, fi/sv/en.
"""

from __future__ import annotations

import re

from bot.opportunities.conditions import without_opened

__all__ = ["ACTS", "ACT_NAMES", "acts", "asked_acts"]

# What a question asks to do with its thing, where a statement about doing something else with it answers another
# question (fi/sv/en): renting it (its purchase price is no answer), whether a place is open (a course that runs on
# that day is no answer), picking it up (return shipping is no answer). The spent reply-plans-o panel skipped all
# three as wrong facts; reply-plans-p's skipped a loan during repairs for how long making one takes (``make``) and a
# lesson's rain rule for whether one must book (``book``).
ACTS = {
    "rent": re.compile(r"\b(?:rent\w*|hire|hired|hiring|hyr\w*|vuokr\w*|leas(?:e|es|ed|ing))\b", re.IGNORECASE),
    "open": re.compile(
        r"\b(?:open|opens|opened|opening|auki|aukea\w*|aukio\w*|avoinna|avautu\w*|öppe[nt]\w*|öppna\w*|"
        r"all[ -]year|year[ -]round|ympärivuoti\w*|helårs\w*)\b",
        re.IGNORECASE,
    ),
    "pickup": re.compile(
        r"\b(?:pick(?:s|ed|ing)?[ -]?(?:it |them |\w+ )?up|pickup|collect\w*|nouda\w*|nouto\w*|noudet\w*|noutaa|"
        r"hämta\w*|hämtning\w*|avhämt\w*)\b",
        re.IGNORECASE,
    ),
}
ACTS["make"] = re.compile(  # making the thing itself: its repair or its loan while repaired is no answer
    r"\b(?:making|build|builds|building|tekemi\w*|valmistu\w*|valmistami\w*|valmistusai\w*|rakentami\w*|"
    r"tillverk\w*|bygg(?:a|er|er|s|t|et|andet)?)\b",
    re.IGNORECASE,
)
ACTS["book"] = re.compile(  # booking or coming without one: a lesson's rain rule is no answer
    r"\b(?:book|books|booked|booking\w*|reserv\w*|show up|drop[ -]in|walk[ -]?in\w*|appointment\w*|"
    r"varaa\w*|varau\w*|varat\w*|ajanvara\w*|ilmoittautu\w*|boka\w*|bokning\w*|bokad\w*|förhandsbok\w*|"
    r"anmäl\w*)\b",
    re.IGNORECASE,
)
# Booking is asked only as whether one must or can come without it ("do I need to book", "pitääkö varata", "måste man
# boka", "can you just show up"); "how long does a service take if I book before May?" books in passing.
_BOOKING_ASKED = re.compile(
    r"\b(?:(?:need|have|has|must|should)\s+(?:to\s+)?(?:\w+\s+)?(?:book|reserve|sign up)|show up|drop[ -]in|"
    r"walk[ -]?in\w*|without (?:a )?(?:booking|reservation|appointment)|book(?:ing)? (?:ahead|in advance)|"
    r"(?:pitää|pitääkö|täytyy|täytyykö|tarvii|tarviiko|tarvitsee|tarvitseeko|pakko|pitäisikö)\s+(?:\w+\s+)?"
    r"(?:varata|varaa|ilmoittautua)|ilman (?:ajan)?varausta|ilman ilmoittautumista|"
    r"(?:måste|behöver|ska|bör)\s+(?:man|jag|vi|ni|du)\s+(?:\w+\s+)?(?:boka|anmäla)|"
    r"utan (?:att boka|bokning|förbokning))",
    re.IGNORECASE,
)
ACT_NAMES = {"rent": "renting", "open": "opening", "pickup": "pickup", "make": "making", "book": "booking"}


def acts(text: str) -> frozenset[str]:
    """The acts (:data:`ACTS`) ``text`` names: ``rent``, ``open``, ``pickup``, ``make``, ``book``."""
    return frozenset(act for act, pattern in ACTS.items() if pattern.search(text))


def asked_acts(question: str) -> frozenset[str]:
    """The acts ``question`` asks about (:func:`acts`), booking only where it asks whether one must or can book
    (:data:`_BOOKING_ASKED`)."""
    found = acts(question)
    if "open" in found and "open" not in acts(without_opened(question)):
        # "Hur länge håller en öppnad burk?", "how long does it keep once opened?": the pack's state, a case the
        # guidance states case by case (bot/opportunities/conditions.py), not whether a place is open; read as the
        # act, no statement about the opened jar "spoke of the opening asked" (reply-plans-aa, spent).
        found = found - {"open"}
    return found - {"book"} if "book" in found and not _BOOKING_ASKED.search(question) else found


# Bringing a thing along, asked as whether one may ("can we bring our own cake", "saako radoille ottaa puhelimen
# mukaan", "kan man ta med egen lera"): the thing brought is what the answer speaks of, or the bringing itself.
_BRING_ASKED = (
    re.compile(
        r"\b(?:bring\s+(?:(?:a|an|the|our|my|your|their|own|some|any)\s+)*|"
        # "take my phone", never "take the course": taking is bringing only of one's own thing
        r"take\s+(?:(?:a|an|the|some|any)\s+)?(?:our|my|your|their)\s+(?:own\s+)?)"
        r"(?!part\b|place\b|care\b|long\b|time\b|look\b|over\b|off\b|out\b|up\b)([^\W\d_]{3,})",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bta\s+med\s+(?:sig\s+)?(?:(?:en|ett|egen|eget|egna|min|mitt|mina|vår|vårt|våra|sin|sitt|sina)\s+)*"
        r"([^\W\d_]{3,})",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:otta\w*|tuo(?:da|du|kaa|tte)?)\s+(?:mukaan\s+)?(?:(?:oma|omat|omaa|omia|oman|omia)\s+)?([^\W\d_]{3,})",
        re.IGNORECASE,
    ),
)
# Statements that speak of bringing things along.
BRINGING = re.compile(
    r"\b(?:bring\w*|brought|ta(?:r|s)?\s+med|medtag\w*|otta\w*\s+(?:\w+\s+)?mukaan|mukaan\s+otta\w*|tuoda|tuo\w*\s+oma\w*|"
    r"oma\w*\s+eväi\w*|omat eväät)\b",
    re.IGNORECASE,
)


def brought_thing(question: str) -> str | None:
    """The thing a question asks whether one may bring ("puhelimen" in "saako radoille ottaa puhelimen mukaan",
    "cake" in "can we bring our own cake"), lower-cased, or None."""
    for pattern in _BRING_ASKED:
        for hit in pattern.finditer(question):
            word = hit.group(1).lower()
            if word not in {"mukaan", "with", "along", "them", "this", "that", "these", "those", "det", "den", "med"}:
                return word
    return None
