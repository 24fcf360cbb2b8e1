"""``--brand`` of the brand-scoped commands (docs/brands.md): the brand named, else ``KUULO_BRAND``, else
the only brand. With several brands and no choice the command lists them and exits non-zero, so nothing
is done for a brand nobody chose."""

from __future__ import annotations

from typing import Any

import click

from bot.brands.settings import BrandSettings, all_brands, resolve
from bot.cli.context import Context
from bot.errors import ConfigError


def brand_option(what: str) -> Any:
    """The ``--brand NAME`` option; ``what`` says what it scopes ("Whose guidance.")."""
    return click.option(
        "--brand", default=None, metavar="NAME", help=f"{what} Default: KUULO_BRAND, else the only brand."
    )


def chosen_brand(ctx: Context, brand: str | None) -> BrandSettings:
    """The brand a command works for; :class:`ConfigError` listing the brands when it is unknown or not chosen."""
    name = brand or ctx.settings.brand
    if name:
        return resolve(ctx.services.db, ctx.settings, name)  # an unknown name: NotFound lists the brands
    brands = all_brands(ctx.services.db, ctx.settings)
    if len(brands) == 1:
        return brands[0]
    raise ConfigError(
        f"this install has {len(brands)} brands: {', '.join(b.name for b in brands)}; say which one with "
        "--brand NAME (or set KUULO_BRAND)"
    )
