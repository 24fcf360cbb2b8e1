"""``kuulo brand``: add, list, show, set, rename and remove brands (docs/brands.md)."""

from __future__ import annotations

from typing import Any

import click

from bot.brands.keys import KEYS, LOCALES
from bot.brands.names import DEFAULT
from bot.brands.records import add_brand, get_brand, list_brands, remove_brand, rename_brand, set_value
from bot.brands.settings import guidance_collection, resolve
from bot.cli.context import Context
from bot.config import PUBLISHING_CREDENTIALS
from knowledge.store import close_chroma_client, drop_collection, open_chroma_client, rename_collection

MASK = "********"


@click.group()
def brand() -> None:
    """Manage brands: several brands in one Kuulo, kept apart."""


@brand.command("add")
@click.argument("name")
@click.option("--display-name", help="The brand's name as people read it (default: NAME in title case).")
@click.option("--timezone", help="Time zone of the brand's team, e.g. Europe/Stockholm (default: KUULO_TIMEZONE).")
@click.option("--locale", type=click.Choice(LOCALES), help="Language of its Slack labels and digest.")
@click.pass_obj
def add(ctx: Context, name: str, display_name: str | None, timezone: str | None, locale: str | None) -> None:
    """Add the brand NAME (lower-case letters, digits and _, starting with a letter)."""
    created = add_brand(ctx.services.db, name, display_name=display_name, timezone=timezone, locale=locale)
    click.echo(f"Brand {created.name} ({created.display_name}) added.")
    click.echo(
        f"Next: `kuulo brand set {name} review_channel #channel`, `kuulo brand set {name} approvers U...`, "
        f"`kuulo knowledge ingest --brand {name} PATH` and `kuulo watch add URL --brand {name}`."
    )


@brand.command("list")
@click.pass_obj
def list_(ctx: Context) -> None:
    """List the brands with their watches and pending drafts."""
    for row in list_brands(ctx.services.db):
        click.echo(f"{row.name:<32} {row.display_name:<32} watches: {row.watches:>4}  pending drafts: {row.pending:>4}")


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


@brand.command("show")
@click.argument("name")
@click.pass_obj
def show(ctx: Context, name: str) -> None:
    """Show the brand's settings: each key, its value and where the value comes from."""
    row = get_brand(ctx.services.db, name)
    effective = resolve(ctx.services.db, ctx.settings, name)
    click.echo(f"brand {row.name}: {row.watches} watches, {row.pending} pending drafts")
    for key in KEYS:
        source = effective.sources[key]
        click.echo(f"  {key:<26} {_shown(effective.values[key]):<40} ({source})")
    click.echo(f"  {'guidance collection':<26} {effective.collection}")
    overlay = effective.settings
    for setting in PUBLISHING_CREDENTIALS:
        value = getattr(overlay, setting)
        secret = hasattr(value, "get_secret_value")
        where = setting.upper() if name == DEFAULT else f"KUULO_BRAND_{name.upper()}_{setting.upper()}"
        click.echo(f"  {setting:<26} {MASK if secret and value else _shown(value):<40} ({where})")


@brand.command("set")
@click.argument("name")
@click.argument("key", type=click.Choice(list(KEYS)), metavar="KEY")
@click.argument("value")
@click.pass_obj
def set_(ctx: Context, name: str, key: str, value: str) -> None:
    """Set the brand's KEY to VALUE (checked per key); an empty VALUE ("") clears it.

    KEY is one of: display_name, timezone, locale, review_channel, escalation_channel, approvers,
    digest_channel, digest_time, weekly_report, allowed_link_domains, brand_file, brand_accounts,
    community_weekly_replies, author_cooldown_hours, drafting.
    """
    stored = set_value(ctx.services.db, name, key, value)
    if stored is None:
        effective = resolve(ctx.services.db, ctx.settings, name)
        click.echo(f"Brand {name}: {key} cleared; now {_shown(effective.values[key])} ({effective.sources[key]}).")
    else:
        click.echo(f"Brand {name}: {key} = {_shown(stored)}.")


@brand.command("rename")
@click.argument("old")
@click.argument("new")
@click.pass_obj
def rename(ctx: Context, old: str, new: str) -> None:
    """Rename the brand OLD to NEW; its watches, drafts, decisions and guidance follow."""
    rename_brand(ctx.services.db, old, new)
    base = ctx.settings.chroma_collection
    client = open_chroma_client(ctx.settings)
    try:
        moved = rename_collection(client, guidance_collection(base, old), guidance_collection(base, new))
    finally:
        close_chroma_client(client)
    click.echo(f"Brand {old} is now {new}" + (" (guidance collection renamed)." if moved else "."))


@brand.command("remove")
@click.argument("name")
@click.option("--force", is_flag=True, help="Also delete its watches, pending drafts and guidance.")
@click.pass_obj
def remove(ctx: Context, name: str, force: bool) -> None:
    """Remove the brand NAME; refused while it has watches or pending drafts, unless --force.

    Decisions, published replies and audit events are always kept.
    """
    removal = remove_brand(ctx.services.db, name, force=force)
    client = open_chroma_client(ctx.settings)
    try:
        passages = drop_collection(client, guidance_collection(ctx.settings.chroma_collection, name))
    finally:
        close_chroma_client(client)
    click.echo(f"Brand {name} removed.")
    click.echo(
        f"  watches removed: {removal.watches_removed}, kept inactive for their history: {removal.watches_retired}"
    )
    click.echo(f"  pending drafts removed: {removal.drafts_removed}, made stale (edited): {removal.drafts_retired}")
    click.echo(f"  guidance passages removed: {passages}")
    click.echo(f"  kept: {removal.decisions_kept} decisions, {removal.posts_kept} published replies, every audit event")
