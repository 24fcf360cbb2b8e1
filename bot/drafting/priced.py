"""A verbless priced line of the guidance said as a sentence, for the offline drafter (pure).

Guidance writes prices as a list or a card: "Lapaset 59 €.", "330 ml tölkki 2,49 € ja 1 l tetra 5,90 €.", "Leipäkerho:
2 leipää kuukaudessa 24 €/kk, ei määräaikaa." Quoted as they are, or cut to the item asked
(:mod:`bot.drafting.narrowing`), they read as a pasted label or a telegram to every panellist (reply-plans-w, -x's
panels, spent: "'Lapaset 59 €.' is telegraphic", "the 'Leipäkerho:' label is copy-paste", "the bare price list is
curt"). :func:`priced_sentence` gives such a line its verb and nothing else:

- **an item and its price**: "Lapaset maksavat 59 €.", "1 l tetra maksaa 5,90 €.", "Hot-smoked whitefish costs 29
  €/kg."; a list's later items keep their prices after the first one's verb ("330 ml tölkki maksaa 2,49 € ja 1 l tetra
  5,90 €."); a price list's heading ("Hinnat:", "Priser:", "Prices:") goes, as the verb says what it said;
- **a named line**: its name is what costs ("Leipäkerho maksaa 24 €/kk (2 leipää kuukaudessa), ei määräaikaa."), the
  quantity before the price said in brackets after it, its words and figures verbatim;
- **a property and its figure**: "Paino 27 kg, kantavuus 320 kg." said "Paino on 27 kg, kantavuus 320 kg.", "Hinta 4 890
  € sis. alv." said "Hinta on 4 890 € sis. alv." (a closed list of properties per language, :data:`_PROPERTIES`).

Never a line that has a verb, a condition or a limit on its price ("yli 50 €", "from 29 €", "up to"), a price the
item is already put to ("för 29 €", "hintaan"), or one of another language than the reply's. Anything unsure leaves the
line as it was.
"""

from __future__ import annotations

import re

from bot.drafting.matching import capitalised
from bot.drafting.offers import SUM
from bot.drafting.reading import plural, reads_foreign

# The first price of a line with what may follow it: its regular price in brackets.
_PRICE = re.compile(rf"(?<![\w,.])(?P<price>{SUM}(?:\s*\([^)]*\))?)", re.IGNORECASE)
# A name before a colon: up to four words, no figures (as :data:`bot.drafting.matching._HEADING`).
_NAME = re.compile(r"^(?P<name>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3}):\s+(?=\S)")
# A heading that says the line is prices: it goes, the verb says it.
_PRICES_HEADING = re.compile(
    r"^(?:hinnat|hinnasto|hinta|hintoja|priser|prislista|pris|prices|price list|price|pricing)$", re.IGNORECASE
)
# An item that is the word for the price itself: "Hinta 29 €" is no thing that costs.
_PRICE_WORD = re.compile(
    r"\b(?:hinta|hinnat|hintaan|priset|pris|price|prices|kostnad|cost|fee|avgift|maksu|veloitus)\b", re.IGNORECASE
)
_VERB = {
    "fi": re.compile(
        r"\b(?:on|ovat|oli|maksaa|maksavat|saa|saat|sisältää|sisältävät|kuuluu|kestää|alkaa|myydään)\b"
        r"|\b[^\W\d_]{3,}(?:vat|vät)\b",
        re.IGNORECASE,
    ),
    "sv": re.compile(r"\b(?:är|var|kostar|får|ingår|finns|gäller|har|kan|blir|säljs|betalar|ska|tar)\b", re.IGNORECASE),
    "en": re.compile(
        r"\b(?:is|are|was|were|costs?|includes?|comes?|gets?|get|has|have|can|will|starts?|sells?|pays?|pay|takes?)\b",
        re.IGNORECASE,
    ),
}
# A price put to a condition, a limit or a start, or already said with its preposition: one fact a verb would misstate.
_CONDITION = re.compile(
    r"\b(?:over|under|above|below|from|if|when|otherwise|unless|free|up\s+to|at\s+most|at\s+least|max|min|per|"
    r"for|at|yli|alle|alkaen|lähtien|jopa|enintään|korkeintaan|vähintään|jos|kun|muuten|ilmai\w*|maksuto\w*|"
    r"hintaan|eurolla|över|från|om|annars|högst|minst|upp\s+till|gratis|fri|för|till|à)\s*$|"
    r"\b(?:otherwise|muuten|annars|free|ilmai\w*|maksuto\w*|gratis|fri)\b",
    re.IGNORECASE,
)
# What joins a list's next item: a comma or its last "and".
_NEXT_ITEM = re.compile(r"^(?:,\s+|\s+(?:ja|sekä|och|samt|and)\s+)", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]{3,}")
# The longest item said with a verb: a list's item or a product's name, never a clause.
ITEM_WORDS = 6

_COSTS = {"fi": ("maksaa", "maksavat"), "sv": ("kostar", "kostar"), "en": ("costs", "cost")}

# A line that names a property and gives its figure ("Paino 27 kg, kantavuus 320 kg.", "Hinta 4 890 € sis. alv.",
# "Weight 22 kg."): the property is the subject, said with "is" (reply-plans-v's panel, spent: "a bare fragment").
# Swedish and English say it definite.
_PROPERTIES = {
    "fi": {
        w: w.capitalize() + " on"
        for w in [
            "hinta",
            "paino",
            "pituus",
            "leveys",
            "korkeus",
            "syvyys",
            "kantavuus",
            "tilavuus",
            "koko",
            "halkaisija",
            "teho",
            "kapasiteetti",
            "takuu",
            "toimitusaika",
            "kesto",
        ]
    },
    "sv": {
        "pris": "Priset är",
        "vikt": "Vikten är",
        "längd": "Längden är",
        "bredd": "Bredden är",
        "höjd": "Höjden är",
        "djup": "Djupet är",
        "bärförmåga": "Bärförmågan är",
        "volym": "Volymen är",
        "storlek": "Storleken är",
        "garanti": "Garantin är",
        "leveranstid": "Leveranstiden är",
    },
    "en": {
        w: f"The {w} is"
        for w in ["price", "weight", "length", "width", "height", "depth", "capacity", "volume", "size", "warranty"]
    }
    | {"delivery time": "The delivery time is", "load capacity": "The load capacity is"},
}
# A figure with its unit, a sum of money among them.
_FIGURE = re.compile(rf"(?:{SUM}|\d[\d  ]*(?:[.,]\d+)?\s?[^\W\d_]{{1,12}}\b)", re.IGNORECASE)


def priced_sentence(line: str, language: str) -> str | None:
    """``line`` (a guidance statement in ``language``) said as a sentence with its verb when it is a verbless priced
    line (see the module docstring); None otherwise."""
    if language not in _COSTS or reads_foreign(line, language):
        return None
    text = line.strip()
    end = "!" if text.endswith("!") else "."
    text = text.rstrip(" .!")
    property_said = _property_sentence(text, language, end)
    if property_said is not None:
        return property_said
    named = _NAME.match(text)
    if named is not None:
        name, body = named["name"], text[named.end() :]
        if _PRICES_HEADING.match(name):
            return _item_priced(body, language, end)
        return _name_priced(name, body, language, end)
    return _item_priced(text, language, end)


def _item_priced(text: str, language: str, end: str) -> str | None:
    """ "Lapaset 59 €" said "Lapaset maksavat 59 €."; a later item's "ja 1 l tetra 5,90 €" after it as it is."""
    found = _PRICE.search(text)
    if found is None:
        return None
    item, rest = text[: found.start()].strip(), text[found.end() :]
    if not _item(item, language) or (rest and not _NEXT_ITEM.match(rest)) or _VERB[language].search(rest):
        return None
    verb = _COSTS[language][1 if plural(item, language) else 0]
    return f"{capitalised(item)} {verb} {found['price']}{rest}{end}"


def _name_priced(name: str, body: str, language: str, end: str) -> str | None:
    """ "Leipäkerho: 2 leipää kuukaudessa 24 €/kk, ei määräaikaa" said "Leipäkerho maksaa 24 €/kk (2 leipää
    kuukaudessa), ei määräaikaa." where what comes before the price is a quantity (it opens with a figure) or
    nothing; a line naming an item of its own after the name ("Lapaset: villa 59 €") is left as it is."""
    found = _PRICE.search(body)
    if found is None or _PRICE_WORD.search(name) or _VERB[language].search(name):
        return None
    before, rest = body[: found.start()].strip().rstrip(","), body[found.end() :]
    if before and (not before[:1].isdigit() or "(" in before or _CONDITION.search(before)):
        return None
    if _VERB[language].search(before) or _VERB[language].search(rest) or _CONDITION.search(rest):
        return None
    if rest and not rest.startswith((",", " (")):
        return None
    verb = _COSTS[language][1 if plural(name, language) else 0]
    quantity = f" ({before})" if before else ""
    return f"{capitalised(name)} {verb} {found['price']}{quantity}{rest}{end}"


def _item(item: str, language: str) -> bool:
    """Whether ``item`` is a thing a price can be said of: a few words with a word of its own, no verb, no condition
    or preposition put to the price, no colon, and not the word for the price."""
    words = item.split()
    return (
        0 < len(words) <= ITEM_WORDS
        and bool(_WORDS.search(re.sub(r"\([^)]*\)", " ", item)))
        and not any(mark in item for mark in ":;€")
        and not item.endswith(",")
        and not _VERB[language].search(item)
        and not _CONDITION.search(item)
        and not _PRICE_WORD.search(item)
        and not _PRICE.search(item)
    )


def _property_sentence(text: str, language: str, end: str) -> str | None:
    """ "Paino 27 kg, kantavuus 320 kg" said "Paino on 27 kg, kantavuus 320 kg."; a property named with a colon
    ("Paino: 27 kg") alike. None where the line does not open with a property and its figure."""
    for name, said in sorted(_PROPERTIES[language].items(), key=lambda item: -len(item[0])):
        opening = re.match(rf"{re.escape(name)}:?\s+(?={_FIGURE.pattern})", text, re.IGNORECASE)
        if opening is None:
            continue
        rest = text[opening.end() :]
        if _VERB[language].search(rest) or _CONDITION.search(rest.split(",")[0]):
            return None
        return f"{said} {rest}{end}"
    return None
