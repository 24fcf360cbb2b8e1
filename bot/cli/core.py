"""``kuulo poll``, ``kuulo export`` and ``kuulo migrate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.brands.records import has_other_brands
from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.ops import exports
from bot.storage.db import head_revision
from scheduler.distributed import require_distributed
from scheduler.registry import request_handler
from scheduler.requests import delegate_or_run
from scheduler.tasks import poll_request

EXPORT_CHOICES = ["comments", "opportunities", "drafts", "conversations", "themes"]


@click.command()
@click.option("--all", "include_all", is_flag=True, help="Poll every active watch, not only the due ones.")
@click.pass_obj
def poll(ctx: Context, include_all: bool) -> None:
    """Fetch new and changed comments of the watches that are due.

    While a scheduler runs on embedded stores, it does the polling and this prints its result.
    Exit codes: 0 all read, 3 a watch failed, 4 a thread is incomplete by failure (what arrived
    is stored; the next poll reads it in full), 1 an error.
    """
    if ctx.settings.broker_url is not None:  # distributed: check the servers before anything is written
        require_distributed(ctx.settings)
    payload = {"include_all": include_all}
    with ctx.progress() as shown:  # a bar per watch on a terminal; a summary line otherwise
        result = delegate_or_run(
            ctx.services,
            "poll",
            payload,
            lambda: poll_request(ctx.services, payload, shown),
            handler_for=request_handler,
            notify=lambda message: click.echo(message, err=True),
        )
    for line in result.get("lines", []):
        click.echo(line)
    code = int(result.get("exit_code") or 0)
    if code:
        raise click.exceptions.Exit(code)


@click.command()
@click.option("--what", type=click.Choice(EXPORT_CHOICES), required=True, help="What to export.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output)."
)
@brand_option("Only this brand's rows (comments: those whose brands include it).")
@click.option("--all-brands", is_flag=True, help="Every brand's rows, each naming its brand.")
@click.pass_obj
def export(ctx: Context, what: str, fmt: str, out: Path | None, brand: str | None, all_brands: bool) -> None:
    """Export stored data; the fields are documented in docs/exports.md."""
    if all_brands and brand:
        raise click.UsageError("give --brand NAME or --all-brands, not both")
    scoped = None if all_brands else chosen_brand(ctx, brand)
    brand_id = scoped.id if scoped is not None and has_other_brands(ctx.services.db) else None  # one brand: all
    to_terminal = out is None and sys.stdout.isatty()  # rows on the terminal: no bar drawn over them
    with ctx.services.db.read() as session, ctx.progress(bars=not to_terminal) as shown:
        items, columns = exports.rows(session, what, ctx.services, brand_id=brand_id)
        counted = shown.task(f"export {what}", exports.row_count(session, what, brand_id))
        items = exports.counting(items, counted)
        handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            count = exports.write_jsonl(items, handle) if fmt == "jsonl" else exports.write_csv(items, columns, handle)
        finally:
            counted.done()
            if out:
                handle.close()
    if out:
        click.echo(f"Wrote {count} {what} rows to {out}.", err=True)


@click.command()
@click.pass_obj
def migrate(ctx: Context) -> None:
    """Bring the database schema up to date (also done on every start)."""
    db = ctx.services.db  # opening migrates
    click.echo(f"Database at revision {db.current_revision()} (latest {head_revision()}).")
