"""What people call a brand, and which brands a text names.

A brand is called by its display name (``kuulo brand add --display-name``), its brand file's ``name``
and its own name (``acme``), each compared without case and without a legal form ("Revontuli Oy" is
"revontuli"). Brand ``default``'s placeholder display name ``Default`` and its name are left out of
what a comment can name: "by default" names no brand. Used by the opt-outs aimed at one brand
(:func:`named_in`) and by ``knowledge ingest --brand`` (:func:`check_guidance_brand`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path

from bot.brands.settings import BrandSettings
from bot.checks.context import load_brand
from bot.errors import ConfigError, KnowledgeError

LEGAL_FORM = re.compile(r"\s+(?:oy|oyj|ab|abp|as|asa|a/s|aps|ltd|limited|inc|llc|gmbh|plc|ky|tmi)\.?$", re.IGNORECASE)
PLACEHOLDER = "Default"  # brand default's display name until someone sets one (migration 0016)


def plain(name: str) -> str:
    """A name as compared: case folded, spaces collapsed, the legal form dropped ("Kajo  Oy" -> "kajo")."""
    return LEGAL_FORM.sub("", " ".join(name.split())).casefold().strip()


def aliases(brand: BrandSettings) -> tuple[str, ...]:
    """The names a comment or a guidance file may call ``brand`` by (plain forms); never ``default``."""
    names = [brand.display_name if not (brand.is_default and brand.display_name == PLACEHOLDER) else ""]
    if not brand.is_default:
        names.append(brand.name)
    brand_file = brand.settings.brand_file
    if brand_file is not None:
        with suppress(ConfigError):  # an unreadable brand file names nothing here; `kuulo doctor` reports it
            names.append(load_brand(Path(brand_file)).name or "")
    return tuple(dict.fromkeys(p for p in (plain(n) for n in names if n) if p))


def _pattern(alias: str) -> re.Pattern[str]:
    words = r"\s+".join(re.escape(word) for word in alias.split())
    return re.compile(rf"(?<!\w){words}(?!\w)")


def named_in(text: str, brands: Sequence[BrandSettings]) -> list[BrandSettings]:
    """The brands ``text`` names (by any alias, as whole words), in the order given."""
    folded = " ".join(text.split()).casefold()
    return [b for b in brands if any(_pattern(alias).search(folded) for alias in aliases(b))]


def check_guidance_brand(brand: BrandSettings, every: Sequence[BrandSettings], path: Path, named: str) -> None:
    """Refuse (:class:`KnowledgeError`) a guidance file whose front matter ``brand`` is not ``brand``'s.

    Accepted: ``brand``'s name, display name or brand file name (case and legal form aside). Refused: a
    name of another brand of this install, and, once the install has several brands, any name that is not
    ``brand``'s (guidance of an unknown brand is as likely another client's)."""
    wanted = plain(named)
    if not wanted or wanted in aliases(brand) or wanted == brand.name:
        return
    known = ", ".join(repr(a) for a in aliases(brand) or (brand.name,))
    other = next((b for b in every if b.id != brand.id and (wanted in aliases(b) or wanted == b.name)), None)
    if other is not None:
        raise KnowledgeError(
            f"{path}: its front matter says brand {named!r}, which is brand {other.name}'s, not {brand.name}'s; "
            f"nothing was ingested. Ingest it with --brand {other.name}, or fix its 'brand:' line"
        )
    if len(every) > 1:
        raise KnowledgeError(
            f"{path}: its front matter says brand {named!r}, but brand {brand.name} is called {known}; "
            f"nothing was ingested. Fix the file's 'brand:' line, or set the brand's display name "
            f"(kuulo brand set {brand.name} display_name ...)"
        )
