"""A size or a distance the guidance states only in another language, said in the reply's language (issue 25).

"Puukko Vaara (terä 95 mm) maksaa 189 €" answers "hur långt är bladet på Vaara?": a length needs no free
translation, its figure and unit read the same in every language. A question that plainly asks a size or a distance
("hur långt", "how wide", "how far", "kuinka leveä", "mikä on pituus") is answered by the statement's one length in a
fixed sentence ("Det är 95 mm."). "How long" and "kuinka pitkä" are left to durations (a warranty, a course): only
Swedish "hur långt" is never a time. A statement with two lengths (which one was asked?), a length for a condition,
or none is not bridged.
"""

from __future__ import annotations

import re

_ASKS_SIZE = re.compile(
    r"\b(how (far|wide|tall|high|big|large|deep|thick|broad)|what (size|length|width|height|dimensions?)|"
    r"dimensions?|hur (långt|bred\w*|brett|hög\w*|stor\w*|djup\w*|tjock\w*|långt bort)|"
    r"vilken (storlek|längd|bredd|höjd)|hur många (mm|cm|meter|km)|"
    r"kuinka (leveä|korkea|iso|suuri|syvä|paksu|kaukana|pitkä matka)|miten (leveä|korkea|iso|kaukana)|"
    r"mikä on (sen |niiden )?(pituus|leveys|korkeus|koko|mitat)|montako (senttiä|milliä|metriä|kilometriä))\b",
    re.IGNORECASE,
)
# A length: a figure (or "120 x 60") and a unit of length; a decimal comma or point kept as the reply writes it.
_LENGTH = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)(?:\s?[x×]\s?(\d+(?:[.,]\d+)?))?\s?(mm|cm|m|km)\b(?![²³/])", re.IGNORECASE
)
_CONDITION = re.compile(r"\b(if|unless|jos|mikäli|ellei|om|ifall|såvida)\b", re.IGNORECASE)
# A length that stands for something else ("20 cm motsvarar storlek 8", "22 cm vastaa kokoa 9", "20 cm equals size 8",
# "= size 8"): a conversion, not the thing's size; "It is 20 cm." answered "what size for a medium hand?" with the
# measure and not the size (reply-plans-aa, spent).
_STANDS_FOR = re.compile(
    r"\b(motsvara\w*|svara\w* mot|vastaa\w*|vastaav\w*|correspond\w*|equals?|equal to|means|matches)\b|=",
    re.IGNORECASE,
)
_LINES = {"fi": "Se on {size}.", "sv": "Det är {size}.", "en": "It is {size}."}
_ABOUT = re.compile(r"\b(about|around|approximately|approx\.|noin|n\.|cirka|ca\.|ungefär)\s*$", re.IGNORECASE)
_ABOUT_LINES = {"fi": "Se on noin {size}.", "sv": "Det är cirka {size}.", "en": "It is about {size}."}


def asks_size(question: str) -> bool:
    """Whether ``question`` plainly asks a size or a distance ("hur långt är bladet", "how wide is it")."""
    return bool(_ASKS_SIZE.search(question))


def _figure(text: str, language: str) -> str:
    return text.replace(",", ".") if language == "en" else text.replace(".", ",")


def size_line(sentence: str, language: str) -> str | None:
    """The one length of ``sentence`` (a statement in any language) as a sentence in ``language`` ("Det är 95 mm."),
    or None when it states none or several, states it for a condition or as standing for something else (a
    conversion: "20 cm motsvarar storlek 8")."""
    if language not in _LINES or _CONDITION.search(sentence) or _STANDS_FOR.search(sentence):
        return None
    found = list(_LENGTH.finditer(sentence))
    if len(found) != 1:
        return None
    hit = found[0]
    first, second, unit = hit.groups()
    size = _figure(first, language) + (f" x {_figure(second, language)}" if second else "") + f" {unit.lower()}"
    lines = _ABOUT_LINES if _ABOUT.search(sentence[: hit.start()]) else _LINES
    return lines[language].format(size=size)
