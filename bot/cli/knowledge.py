"""``kuulo knowledge``: ingest, list, remove and search brand guidance."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path

import click

from bot.brands.aliases import check_guidance_brand
from bot.brands.settings import all_brands
from bot.checks.frozen import unallowed_links
from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.config import Settings
from knowledge.ingest import brands_named, ingest
from knowledge.store import open_guidance_store

BRAND = brand_option("Whose guidance (kuulo brand list).")


@click.group()
def knowledge() -> None:
    """Manage the brand guidance that drafts are grounded in."""


@knowledge.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--rebuild", is_flag=True, help="Drop the collection first (after changing KUULO_EMBEDDINGS).")
@BRAND
@click.pass_obj
def ingest_(ctx: Context, paths: tuple[Path, ...], rebuild: bool, brand: str | None) -> None:
    """Load guidance files or folders (Markdown/text with front matter); unchanged sections are kept.
    A file whose front matter names another brand is refused, and nothing is ingested."""
    chosen = chosen_brand(ctx, brand)
    every = all_brands(ctx.services.db, ctx.settings)
    scoped = ctx.services.for_brand(chosen)  # the brand's own collection (docs/brands.md)
    check = partial(check_guidance_brand, chosen, every)
    if rebuild:
        for path, named in brands_named(paths):  # refuse before the collection is dropped
            check(path, named)
        store = open_guidance_store(scoped.settings, ctx.services.embedder, rebuild=True)
        store.close()
    with ctx.progress() as shown:
        results = ingest(
            scoped.guidance,
            list(paths),
            shown,
            check_brand=check,
        )
    for r in results:
        click.echo(f"{r.source}: {r.added} added, {r.removed} removed, {r.unchanged} unchanged")
    added = sum(r.added for r in results)
    removed = sum(r.removed for r in results)
    unchanged = sum(r.unchanged for r in results)
    click.echo(f"Total: {added} added, {removed} removed, {unchanged} unchanged in {len(results)} sources.")
    note = unallowed_links_note(chosen.name, scoped.settings, scoped.guidance.public_texts())
    if note:
        click.echo(note)


def unallowed_links_note(brand: str, settings: Settings, texts: Sequence[str]) -> str | None:
    """A note when the public guidance names a link host or an e-mail domain the brand's replies may not link to
    (``KUULO_ALLOWED_LINK_DOMAINS``, the brand's ``allowed_link_domains`` and its brand file's): a draft that states
    it is blocked by the link check (bot/checks/links.py), so the brand's support address would never reach a reply."""
    found = unallowed_links(settings, texts)
    if found is None:
        return None
    return (
        f"Note: the public guidance names {', '.join(found.hosts)}, which replies may not link to (allowed: "
        f"{', '.join(found.allowed) or 'no domains'}); a draft that states it is blocked by the link check. If it is "
        f"the brand's own, allow it: kuulo brand set {brand} allowed_link_domains {found.value}"
    )


@knowledge.command("list")
@BRAND
@click.pass_obj
def list_(ctx: Context, brand: str | None) -> None:
    """List ingested sources with their section counts, kinds and languages."""
    sources = ctx.services.for_brand(chosen_brand(ctx, brand)).guidance.sources()
    if not sources:
        click.echo("No guidance yet. Load some with `kuulo knowledge ingest PATH`.")
        return
    for s in sources:
        internal = "  (internal)" if "internal" in s.visibilities else ""
        click.echo(
            f"{s.count:>4}  {s.source}  kinds: {', '.join(sorted(s.kinds))}  "
            f"languages: {', '.join(sorted(s.languages))}{internal}"
        )


@knowledge.command("remove")
@click.argument("source")
@BRAND
@click.pass_obj
def remove(ctx: Context, source: str, brand: str | None) -> None:
    """Remove every section of SOURCE (as shown by `kuulo knowledge list`)."""
    count = ctx.services.for_brand(chosen_brand(ctx, brand)).guidance.remove_source(source)
    click.echo(f"Removed {count} sections of {source}.")


@knowledge.command("search")
@click.argument("query")
@click.option("--language", type=click.Choice(["fi", "sv", "en"]), help="Prefer guidance in this language.")
@click.option("-k", "k", type=click.IntRange(min=1, max=50), default=5, show_default=True, help="How many passages.")
@click.option("--kind", "kinds", multiple=True, help="Only these kinds (repeatable).")
@BRAND
@click.pass_obj
def search(ctx: Context, query: str, language: str | None, k: int, kinds: tuple[str, ...], brand: str | None) -> None:
    """Show the guidance passages closest to QUERY, with cosine similarity scores."""
    passages = ctx.services.for_brand(chosen_brand(ctx, brand)).guidance.search(
        query, k=k, language=language, kinds=list(kinds) or None
    )
    if not passages:
        click.echo("No matching guidance. Load some with `kuulo knowledge ingest PATH`.")
        return
    for p in passages:
        click.echo(
            f"{p.score:.3f}  {p.kind:<10} {p.language or 'any':<3} {p.visibility:<8} {p.source} › {p.heading or '-'}"
        )
        first_line = p.text.strip().splitlines()[0] if p.text.strip() else ""
        click.echo(f"       {first_line[:160]}")
