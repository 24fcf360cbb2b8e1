"""Amounts a text states (pure): a number with its unit (15 €, 495 kr, 20 %, 40 cm, 7 days), a range, or a bare
number. Shared by the plan (contradictions, an answer already given) and `coverage.py` (what a passage states), below
both so that neither imports the other for them."""

from __future__ import annotations

import re

_UNIT = (
    r"€|eur\w*|e\b|kr\b|kronor|sek\b|%|prosent\w*|procent\b|cm\b|km/h|km\b|kg\b|m³|m3\b|kuutio\w*|snt\b|"
    r"min\w*\b|h\b|tunni\w*|tunti\w*|timm\w*|hours?\b|vuo\w*|år\b|years?\b|kk\b|kuukau\w*|kuukaud\w*|"
    r"mån\w*|months?\b|päiv\w*|dag\w*|days?\b|viik\w*|veck\w*|weeks?\b|"
    r"°\s?c\b|asteessa|astee\w*|grader?\b|degrees?\b"
)
# A number: thousands may be grouped by a space, a no-break space or a narrow no-break space ("7 490 €", "1 200 kr",
# "98 000 kr", as Finnish and Swedish write them), never starting inside another number ("2024 150 €" states 150 €).
_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[.,]\d+)?"
_AMOUNT = re.compile(rf"({_NUMBER})\s*({_UNIT})", re.IGNORECASE)
_RANGE = re.compile(rf"({_NUMBER})\s*[–-]\s*({_NUMBER})\s*({_UNIT})", re.IGNORECASE)
_GROUPING = re.compile(r"[ \u00a0\u202f]")
_UNITS = {
    "€": "€", "eur": "€", "e": "€", "kr": "kr", "kronor": "kr", "sek": "kr", "%": "%", "prosent": "%",
    "procent": "%", "cm": "cm", "km/h": "km/h", "km": "km", "kg": "kg", "m³": "m³", "m3": "m³", "kuut": "m³",
    "snt": "snt", "min": "min", "h": "hour", "tunn": "hour", "tunt": "hour", "timm": "hour", "hour": "hour",
    "vuo": "year", "år": "year", "yea": "year", "kk": "month", "kuuk": "month", "mån": "month", "mon": "month",
    "päi": "day", "dag": "day", "day": "day", "vii": "week", "vec": "week", "wee": "week",
    "°c": "°C", "° c": "°C", "ast": "°C", "gra": "°C", "deg": "°C",
}  # fmt: skip


def _unit(raw: str) -> str:
    key = raw.lower()
    return _UNITS.get(key) or _UNITS.get(key[:4]) or _UNITS.get(key[:3]) or key


def number(raw: str) -> float:
    """A stated number as a float: "7 490" is 7490, "4,90" is 4.9."""
    return float(_GROUPING.sub("", raw).replace(",", "."))


def amounts(text: str) -> set[tuple[float, str]]:
    """(number, unit) pairs of a text: 15 €, 495 kr, 20 %, 40 cm, 7 days, 70 km, 7 490 €."""
    return {(number(raw), _unit(unit)) for raw, unit in _AMOUNT.findall(text)}


def bare_figures(text: str) -> set[str]:
    """Numbers a text states without a unit: "joku 25" states 25, "25 km/h" none."""
    return {_GROUPING.sub("", f) for f in re.findall(_NUMBER, _AMOUNT.sub(" ", _RANGE.sub(" ", text)))}


def ranges(text: str) -> list[tuple[float, float, str]]:
    """Ranges a text states ("60–90 km", "8–20 m³")."""
    return [(number(low), number(high), _unit(unit)) for low, high, unit in _RANGE.findall(text)]
