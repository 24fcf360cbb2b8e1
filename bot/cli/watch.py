"""``kuulo watch``: add, list, pause, resume and remove watched threads."""

from __future__ import annotations

import click

from bot.cli.context import Context
from bot.config import OBJECTIVES


@click.group()
def watch() -> None:
    """Manage the threads Kuulo watches."""


@watch.command("add")
@click.argument("url")
@click.option("--objective", type=click.Choice(OBJECTIVES), help="What engagement here should serve.")
@click.option("--topic", "topics", multiple=True, help="A topic this watch is about (repeatable).")
@click.option("--channel", help="Slack channel for this watch's review cards.")
@click.option("--interval", type=click.IntRange(min=1), help="Minutes between polls.")
@click.pass_obj
def add(
    ctx: Context, url: str, objective: str | None, topics: tuple[str, ...], channel: str | None, interval: int | None
) -> None:
    """Watch the thread at URL (run `kuulo watch add --help` for link forms)."""
    from bot.watches import add_watch

    result = add_watch(
        ctx.services.db, ctx.settings, url, objective=objective, topics=list(topics), channel=channel, interval=interval
    )
    w = result.watch
    if result.created:
        click.echo(
            f"Watching {w.platform} thread {w.target} as watch {w.id} "
            f"(objective {w.objective}, every {w.poll_interval_minutes} min)."
        )
    else:
        click.echo(f"Already watching {w.platform} thread {w.target} as watch {w.id}; nothing changed.")


@watch.command("list")
@click.pass_obj
def list_(ctx: Context) -> None:
    """List watches with their status."""
    from bot.watches import list_watches

    watches = list_watches(ctx.services.db)
    if not watches:
        click.echo("No watches yet. Add one with `kuulo watch add URL`.")
        return
    for w in watches:
        state = "paused" if w.paused else w.status
        topics = ", ".join(w.topics) if w.topics else "-"
        click.echo(
            f"{w.id:>4}  {w.platform:<10} {state:<8} {w.objective:<10} "
            f"every {w.poll_interval_minutes:>3} min  topics: {topics}  {w.url}"
        )
        if w.last_error and w.status != "ok":
            click.echo(f"      last error: {w.last_error}")


@watch.command("pause")
@click.argument("watch_id", type=int)
@click.pass_obj
def pause(ctx: Context, watch_id: int) -> None:
    """Stop polling a watch (it keeps its data)."""
    from bot.watches import set_paused

    set_paused(ctx.services.db, watch_id, True)
    click.echo(f"Watch {watch_id} paused.")


@watch.command("resume")
@click.argument("watch_id", type=int)
@click.pass_obj
def resume(ctx: Context, watch_id: int) -> None:
    """Resume polling a paused watch."""
    from bot.watches import set_paused

    set_paused(ctx.services.db, watch_id, False)
    click.echo(f"Watch {watch_id} resumed.")


@watch.command("remove")
@click.argument("watch_id", type=int)
@click.pass_obj
def remove(ctx: Context, watch_id: int) -> None:
    """Stop watching and delete the watch's stored threads and comments."""
    from bot.watches import remove_watch

    w = remove_watch(ctx.services.db, watch_id)
    click.echo(f"Watch {watch_id} ({w.url}) removed.")
