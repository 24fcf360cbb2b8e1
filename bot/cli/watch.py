"""``kuulo watch``: add, list, pause, resume and remove watched threads; ``kuulo quarantine``: what their
platforms sent that Kuulo could not read."""

from __future__ import annotations

from typing import Any

import click

from bot.brands.names import DEFAULT
from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.config import OBJECTIVES
from bot.storage.models import QuarantinedPayload
from bot.watching import quarantine as kept
from bot.watching.watches import add_watch, list_watches, remove_watch, set_paused


@click.group()
def watch() -> None:
    """Manage the threads Kuulo watches."""


@watch.command("add")
@click.argument("url")
@click.option("--objective", type=click.Choice(OBJECTIVES), help="What engagement here should serve.")
@click.option("--topic", "topics", multiple=True, help="A topic this watch is about (repeatable).")
@click.option("--channel", help="Slack channel for this watch's review cards.")
@click.option("--interval", type=click.IntRange(min=1), help="Minutes between polls.")
@click.option("--newest", type=click.IntRange(1, 100), help="Account watches: follow at most N newest posts.")
@click.option(
    "--max-age-days", type=click.FloatRange(min=0, min_open=True), help="Account watches: posts younger than D days."
)
@click.option("--listen-only", is_flag=True, help="Collect and summarise; never draft.")
@click.option("--allow-drafting", is_flag=True, help="Draft where it is off by default (Hacker News).")
@brand_option("The brand this watch works for (kuulo brand list).")
@click.pass_obj
def add(
    ctx: Context,
    url: str,
    objective: str | None,
    topics: tuple[str, ...],
    channel: str | None,
    interval: int | None,
    newest: int | None,
    max_age_days: float | None,
    listen_only: bool,
    allow_drafting: bool,
    brand: str | None,
) -> None:
    """Watch the thread, account or feed at URL (run `kuulo watch add --help` for link forms)."""
    brand = chosen_brand(ctx, brand).name
    result = add_watch(
        ctx.services.db,
        ctx.settings,
        url,
        objective=objective,
        topics=list(topics),
        channel=channel,
        interval=interval,
        newest=newest,
        max_age_days=max_age_days,
        listen_only=listen_only,
        allow_drafting=allow_drafting,
        brand=brand,
    )
    w = result.watch
    for_brand = "" if brand == DEFAULT else f" for brand {brand}"
    if allow_drafting and w.platform == "hackernews":
        click.echo(
            "Warning: Hacker News reportedly forbids generated comments. Drafts for this watch are only "
            "suggestions; write and post any reply yourself, in your own words.",
            err=True,
        )
    if result.created and w.kind == "account":
        limits = w.limits or {}
        click.echo(
            f"Watching {w.platform} account {w.target} as watch {w.id}{for_brand}: "
            "each new post becomes a watched thread "
            f"(newest {limits.get('newest')}, younger than {limits.get('max_age_days')} days; "
            f"objective {w.objective}, every {w.poll_interval_minutes} min)."
        )
    elif result.created:
        click.echo(
            f"Watching {w.platform} thread {w.target} as watch {w.id}{for_brand} "
            f"(objective {w.objective}, every {w.poll_interval_minutes} min)."
        )
    else:
        click.echo(f"Already watching {w.platform} thread {w.target} as watch {w.id}; nothing changed.")


@watch.command("list")
@click.option("--brand", help="Only this brand's watches.")
@click.pass_obj
def list_(ctx: Context, brand: str | None) -> None:
    """List watches with their status."""
    watches = list_watches(ctx.services.db, brand)
    if not watches:
        click.echo("No watches yet. Add one with `kuulo watch add URL`.")
        return
    ids = {w.id for w in watches}
    by_parent: dict[int, list[Any]] = {}
    for w in watches:
        if w.parent_watch_id is not None:
            by_parent.setdefault(w.parent_watch_id, []).append(w)
    for w in watches:
        if w.parent_watch_id is not None and w.parent_watch_id in ids:
            continue  # shown under its account
        _line(w)
        for child in by_parent.get(w.id, []):
            _line(child, indent="      └ ")


def _line(w: Any, indent: str = "") -> None:
    state = "paused" if w.paused else w.status
    topics = ", ".join(w.topics) if w.topics else "-"
    kind = "account " if w.kind == "account" else ""
    flags = "".join(
        f"  [{name}]" for name, on in (("listen-only", w.listen_only), ("drafting opt-in", w.draft_opt_in)) if on
    )
    click.echo(
        f"{indent}{w.id:>4}  {w.platform:<10} {state:<8} {w.objective:<10} "
        f"every {w.poll_interval_minutes:>3} min  topics: {topics}  {kind}{w.url}{flags}"
    )
    if w.last_error and w.status != "ok":
        label = "reason" if w.status == "inactive" else "last error"
        click.echo(f"{indent}      {label}: {w.last_error}")


@watch.command("pause")
@click.argument("watch_id", type=int)
@click.pass_obj
def pause(ctx: Context, watch_id: int) -> None:
    """Stop polling a watch (it keeps its data)."""
    set_paused(ctx.services.db, watch_id, True)
    click.echo(f"Watch {watch_id} paused.")


@watch.command("resume")
@click.argument("watch_id", type=int)
@click.pass_obj
def resume(ctx: Context, watch_id: int) -> None:
    """Resume polling a paused watch."""
    set_paused(ctx.services.db, watch_id, False)
    click.echo(f"Watch {watch_id} resumed.")


@watch.command("remove")
@click.argument("watch_id", type=int)
@click.pass_obj
def remove(ctx: Context, watch_id: int) -> None:
    """Stop watching and delete the watch's stored threads and comments."""
    w = remove_watch(ctx.services.db, watch_id)
    click.echo(f"Watch {watch_id} ({w.url}) removed.")


@click.group(invoke_without_command=True)
@click.pass_context
def quarantine(click_ctx: click.Context) -> None:
    """Platform payloads Kuulo could not read, kept for inspection: list, show, drop.

    With no subcommand: list (docs/limits.md)."""
    if click_ctx.invoked_subcommand is None:
        click_ctx.invoke(quarantine_list)


@quarantine.command("list")
@click.option("--watch", "watch_id", type=int, help="Only this watch's.")
@click.pass_obj
def quarantine_list(ctx: Context, watch_id: int | None) -> None:
    """One line per kept payload: id, watch, where, size, times met, last seen, why."""
    with ctx.services.db.read() as session:
        rows = kept.listing(session, watch_id)
        if not rows:
            click.echo("Nothing in quarantine: every payload was read.")
            return
        for row in rows:
            cut = f", kept {len(row.raw):,}" if len(row.raw) < row.size else ""
            click.echo(
                f"#{row.id} watch {row.watch_id} {row.platform} {row.thread}: {row.position} "
                f"({row.size:,} bytes{cut}; met {row.times}x, last {row.last_seen_at:%Y-%m-%d %H:%M}): {row.reason}"
            )
    click.echo("Show one with `kuulo quarantine show ID`; drop with `kuulo quarantine drop ID` (or --all).")


@quarantine.command("show")
@click.argument("payload_id", type=int)
@click.pass_obj
def quarantine_show(ctx: Context, payload_id: int) -> None:
    """Print one kept payload as the platform sent it (cut at KUULO_QUARANTINE_MAX_BYTES)."""
    with ctx.services.db.read() as session:
        row = session.get(QuarantinedPayload, payload_id)
        if row is None:
            raise click.ClickException(f"no quarantined payload #{payload_id}; `kuulo quarantine` lists them")
        click.echo(row.raw.decode("utf-8", "replace"))


@quarantine.command("drop")
@click.argument("payload_ids", type=int, nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Drop every kept payload.")
@click.pass_obj
def quarantine_drop(ctx: Context, payload_ids: tuple[int, ...], everything: bool) -> None:
    """Delete kept payloads by id (or --all)."""
    if not payload_ids and not everything:
        raise click.UsageError("give the ids to drop (`kuulo quarantine` lists them), or --all")
    with ctx.services.db.write() as session:
        dropped = kept.drop(session, None if everything else payload_ids)
    click.echo(f"Dropped {dropped} quarantined payload(s).")
