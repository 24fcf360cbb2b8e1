"""``kuulo poll``, ``kuulo export`` and ``kuulo migrate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.cli.context import Context

EXPORT_CHOICES = ["comments", "opportunities", "drafts", "conversations"]


@click.command()
@click.option("--all", "include_all", is_flag=True, help="Poll every active watch, not only the due ones.")
@click.pass_obj
def poll(ctx: Context, include_all: bool) -> None:
    """Fetch new and changed comments of the watches that are due."""
    from bot.polling import poll as run_poll

    outcomes = run_poll(ctx.services, include_all=include_all)
    if not outcomes:
        click.echo("Nothing is due. `kuulo poll --all` polls every active watch now.")
    for outcome in outcomes:
        click.echo(outcome.line())


@click.command()
@click.option("--what", type=click.Choice(EXPORT_CHOICES), required=True, help="What to export.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: standard output)."
)
@click.pass_obj
def export(ctx: Context, what: str, fmt: str, out: Path | None) -> None:
    """Export stored data; the fields are documented in docs/exports.md."""
    from bot import exports

    with ctx.services.db.read() as session:
        items, columns = exports.rows(session, what)
        handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            count = exports.write_jsonl(items, handle) if fmt == "jsonl" else exports.write_csv(items, columns, handle)
        finally:
            if out:
                handle.close()
    if out:
        click.echo(f"Wrote {count} {what} rows to {out}.", err=True)


@click.command()
@click.pass_obj
def migrate(ctx: Context) -> None:
    """Bring the database schema up to date (also done on every start)."""
    from bot.storage.db import head_revision

    db = ctx.services.db  # opening migrates
    click.echo(f"Database at revision {db.current_revision()} (latest {head_revision()}).")


COMMANDS = [poll, export, migrate]
