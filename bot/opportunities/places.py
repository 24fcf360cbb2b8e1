"""Countries and the regions that hold them, by their names in Finnish, Swedish and English (issue 25).

A country's name is a name in every language, written each language's way: "Sverige", "Ruotsiin" and "Sweden" are one
country, so a question naming it in one language ("vad kostar frakten till Sverige?") is answered by guidance naming it
in another ("we ship dried whisks to Sweden, Norway ... for 14,90 €"), or naming a region that holds it ("Nordics and
EU 24 €"). A town is no country, and a region never stands for one of its countries the guidance names apart
("Finland 9,90 €, Nordics and EU 24 €": Finland's price is Finland's own).
"""

from __future__ import annotations

import re

# Each country: the pattern of its names (any inflection of the Finnish and Swedish ones) and how the reply names it
# (the Finnish form is the genitive a price line takes: "Ruotsin hinta on ...").
COUNTRIES: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {
    "finland": (re.compile(r"\b(finland\w*|suomi|suome(?!ksi)\w*)\b", re.IGNORECASE),
                {"fi": "Suomen", "sv": "Finland", "en": "Finland"}),
    "sweden": (re.compile(r"\b(sweden|sverige\w*|ruotsi(?!ksi)\w*)\b", re.IGNORECASE),
               {"fi": "Ruotsin", "sv": "Sverige", "en": "Sweden"}),
    "norway": (re.compile(r"\b(norway|norge\w*|norja\w*|norjan\w*)\b", re.IGNORECASE),
               {"fi": "Norjan", "sv": "Norge", "en": "Norway"}),
    "denmark": (re.compile(r"\b(denmark|danmark\w*|tanska\w*)\b", re.IGNORECASE),
                {"fi": "Tanskan", "sv": "Danmark", "en": "Denmark"}),
    "estonia": (re.compile(r"\b(estonia|estland\w*|viro\w*|viron\w*|eesti\w*)\b", re.IGNORECASE),
                {"fi": "Viron", "sv": "Estland", "en": "Estonia"}),
    "germany": (re.compile(r"\b(germany|tyskland\w*|saksa\w*)\b", re.IGNORECASE),
                {"fi": "Saksan", "sv": "Tyskland", "en": "Germany"}),
    "aland": (re.compile(r"\b(åland\w*|aland|ahvenanmaa\w*|ahvenanmaalle)\b", re.IGNORECASE),
              {"fi": "Ahvenanmaan", "sv": "Åland", "en": "Åland"}),
}  # fmt: skip

# A region and the countries of :data:`COUNTRIES` it holds: the Nordic countries, Scandinavia, the EU.
REGIONS: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {
    "nordics": (
        re.compile(r"\b(nordics|nordic countries|norden|pohjoismai\w*|pohjoismaat)\b", re.IGNORECASE),
        frozenset({"finland", "sweden", "norway", "denmark", "aland"}),
    ),
    "scandinavia": (
        re.compile(r"\b(scandinavia|skandinavi\w*)\b", re.IGNORECASE),
        frozenset({"sweden", "norway", "denmark"}),
    ),
    "eu": (
        re.compile(
            r"\bEU\b|\b(european union|euroopan unioni\w*|europeiska unionen|eu-maihin|eu-mai\w*|eu-länder\w*)",
            re.IGNORECASE,
        ),
        frozenset({"finland", "sweden", "denmark", "estonia", "germany"}),
    ),
}


def countries(text: str) -> set[str]:
    """The countries ``text`` names, by any of their names."""
    return {country for country, (pattern, _) in COUNTRIES.items() if pattern.search(text)}


def held_by_regions(text: str) -> set[str]:
    """The countries held by the regions ``text`` names ("Nordics and EU" holds Sweden)."""
    return set().union(*(held for pattern, held in REGIONS.values() if pattern.search(text)))


# Where a reply says it sends something: the Finnish illative of each country ("toimitamme Ruotsiin").
TO_COUNTRY = {
    "finland": "Suomeen", "sweden": "Ruotsiin", "norway": "Norjaan", "denmark": "Tanskaan", "estonia": "Viroon",
    "germany": "Saksaan", "aland": "Ahvenanmaalle",
}  # fmt: skip
# How the reply names each country in a list (its nominative in Swedish and English).
NAMED = {country: (forms["sv"], forms["en"]) for country, (_, forms) in COUNTRIES.items()}


# Each country's names as they begin in the three languages: a name keyed by its first letters ("sver", "ruot") is
# that country's.
_NAME_STEMS = {
    "finland": ("finland", "suomi", "suome"),
    "sweden": ("sweden", "sverige", "ruotsi"),
    "norway": ("norway", "norge", "norja"),
    "denmark": ("denmark", "danmark", "tanska"),
    "estonia": ("estonia", "estland", "viro", "eesti"),
    "germany": ("germany", "tyskland", "saksa"),
    "aland": ("åland", "aland", "ahvenanmaa"),
}


def country_of(name: str) -> str | None:
    """The country ``name`` (a word, or the first four letters a name is keyed by: "sver", "ruot") is one of; None
    for any other name."""
    key = name.lower()
    if len(key) < 4:
        return None
    for country, stems in _NAME_STEMS.items():
        if any(stem.startswith(key) or key.startswith(stem) for stem in stems):
            return country
    return None
