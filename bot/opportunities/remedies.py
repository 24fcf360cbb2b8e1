"""Whether the support guidance puts right the very trouble a comment tells (pure).

A support passage often states what the brand does for one kind of trouble: "Jos purkki saapui rikki, lähetä kuva 7
päivän kuluessa, niin lähetämme uuden veloituksetta.", "Trasig burk? Skicka en bild inom 7 dagar så skickar vi en ny
utan kostnad.", "Broken jar: send a photo within 7 days and we replace it free of charge." A comment telling that
trouble as it happened and asking what a new one costs ("purkki oli rikki ja hillot pitkin laatikkoa 😭 paljonko maksaa
et saan uuen") asks out of a complaint: its answer is that remedy and the way to reach it, never the shipping price
(reply-plans-x, spent: the panel skipped the price as "wrong kind of reply")."""

from __future__ import annotations

import re

# What the brand does to put it right: a new one, a refund, free of charge (fi/sv/en).
_REMEDY = re.compile(
    r"\b(?:free of charge|for free|at no (?:extra )?cost|replace\w*|refund\w*|send (?:you )?a new|"
    r"veloituksetta|maksutta|ilmaiseksi|uuden|hyvit\w+|korvaa\w*|vaihda\w*|"
    r"utan kostnad|kostnadsfritt|gratis|en ny|ett nytt|ersätt\w*|återbetal\w*)\b",
    re.IGNORECASE,
)

# Trouble with the thing itself: broken, smashed, cracked, leaking, mouldy, spoilt (fi/sv/en).
_DAMAGE = re.compile(
    r"\b(?:broken|broke|smashed|shattered|cracked|crushed|leak\w*|mou?ldy|spoil\w*|damaged|in (?:\d+ )?pieces|"
    r"rikki|rikkin\w*|särky\w*|särkyi|halje\w*|murskana|säpäleinä|vuot\w*|home\w*|pilaan\w*|litist\w*|"
    r"sönder|trasig\w*|krossad\w*|sprucken|sprucket|spruckna|läck\w*|mögl\w*|skadad\w*|skadat)\b",
    re.IGNORECASE,
)

# A clause that sets up a case rather than telling one: "if a jar arrives broken", "jos purkki on rikki", "om den går
# sönder".
_IF = re.compile(r"\b(?:if|what if|in case|jos|mikäli|om|ifall)\b", re.IGNORECASE)

# A question word before the damage asks about a case ("what do you do when a jar arrives broken", "vad gör ni när
# burken är trasig"); one after it asks about damage told ("purkki oli rikki ... paljonko maksaa et saan uuen").
_ASKING = re.compile(
    r"\b(?:what|how|why|when do|do you|does|mitä|miten|mikä|paljonko|kuinka|miks\w*|vad|hur|varför|vilken|gör ni)\b",
    re.IGNORECASE,
)

_CLAUSE = re.compile(r"[,;:.!?\n]+")
_WORD = re.compile(r"[^\W\d_]{3,}")
# Where a support passage divides into statements; a question heading the next one ("Trasig burk? Skicka ...") stays
# with it: it names the trouble the statement is for.
_SENTENCE = re.compile(r"(?<=[.!])\s+")

STEM = 4  # letters a word and its inflected form share ("burk", "burken"; "purkki", "purkista")


def _things(text: str) -> set[str]:
    """The stems of ``text``'s words but its words of damage: what the trouble is about ("purk", "jar"), which a
    remedy for another thing does not share by a "rikki" alone."""
    return {w.lower()[:STEM] for w in _WORD.findall(text) if not _DAMAGE.fullmatch(w)}


def damage_told(comment: str) -> str:
    """The clauses of ``comment`` that tell damage to a thing as it happened, joined: none setting up an "if", none
    asking about the damage with a question word before it."""
    told = []
    for clause in _CLAUSE.split(comment):
        damage = _DAMAGE.search(clause)
        if damage is not None and not _IF.search(clause) and not _ASKING.search(clause[: damage.start()]):
            told.append(clause.strip())
    return " ".join(told)


def puts_right(comment: str, support: str) -> bool:
    """A sentence of the support passage ``support`` states a remedy (a new one, a refund, free of charge) for a
    trouble naming the thing whose damage ``comment`` tells as it happened: the jar, the loaf (a "broken" alone is no
    match). Damage only set up as a case ("what if a jar arrives broken?") is a question about the terms."""
    told = damage_told(comment)
    if not told:
        return False
    things = _things(told)
    for sentence in _SENTENCE.split(support):
        if (
            _REMEDY.search(sentence)
            and (_DAMAGE.search(sentence) or _IF.search(sentence))
            and things & _things(sentence)
        ):
            return True
    return False
