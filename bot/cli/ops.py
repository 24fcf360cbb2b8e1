"""``kuulo doctor``, ``kuulo backup`` and ``kuulo restore``: run Kuulo for months without surprises."""

from __future__ import annotations

from pathlib import Path

import click

from bot.cli.context import Context
from bot.errors import ConfigError, KuuloError
from bot.ops.backup import make_backup, restore_backup, sqlite_path
from bot.ops.doctor import default_checks, run_checks
from bot.slack.doctor import SLACK_CHECKS
from bot.storage.db import Database
from bot.storage.models import utcnow
from scheduler.distributed import doctor_check
from scheduler.lease import live_holder
from scheduler.registry import request_handler
from scheduler.requests import delegate_or_run, stores_embedded


@click.command()
@click.option("--timeout", type=float, default=5.0, show_default=True, help="Seconds to wait for each service.")
@click.pass_obj
def doctor(ctx: Context, timeout: float) -> None:
    """Check the configuration end to end: one line per check, with a fix for each failure.

    Exits 0 only when everything the configured features need works; features
    that are not configured are skipped.
    """
    try:
        settings = ctx.settings
    except ConfigError as exc:
        click.echo(f"✗ FAIL settings: {exc}")
        click.echo("         fix: correct the variable named above in the environment or .env")
        raise KuuloError("the settings do not parse; nothing else was checked") from None
    failed = 0
    for result in run_checks(settings, default_checks([*SLACK_CHECKS, doctor_check]), timeout=timeout):
        failed += result.status == "fail"
        for line in result.lines():
            click.echo(line)
    if failed:
        raise KuuloError(f"{failed} check(s) failed; fix them from the top and run `kuulo doctor` again")
    click.echo("Everything configured works.")


@click.command()
@click.argument("path", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def backup(ctx: Context, path: Path) -> None:
    """Copy the SQLite database and the embedded guidance store into the new folder PATH.

    While a service runs, it takes the copy (Chroma has one writer), so PATH
    must be writable by the service's user. PostgreSQL: use pg_dump.
    """

    settings = ctx.settings
    if not sqlite_path(settings).exists():  # PostgreSQL: sqlite_path tells the user about pg_dump
        raise KuuloError(f"there is no database at {sqlite_path(settings)} to back up; check KUULO_DATA_DIR")
    folder = path.resolve()
    db = Database.open(settings.resolved_database_url, migrate=False)  # a backup before an upgrade stays unmigrated
    try:
        running = stores_embedded(settings) and "leases" in db.table_names() and live_holder(db, utcnow()) is not None
    finally:
        db.dispose()
    if running:
        payload = {"path": str(folder)}
        result = delegate_or_run(
            ctx.services,
            "backup",
            payload,
            lambda: {"lines": make_backup(settings, folder, utcnow()).lines(folder)},
            handler_for=request_handler,
            notify=lambda line: click.echo(line, err=True),
        )
        lines = [str(line) for line in result.get("lines", [])]
    else:
        lines = make_backup(settings, folder, utcnow()).lines(folder)
    for line in lines:
        click.echo(line)


@click.command()
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.pass_obj
def restore(ctx: Context, path: Path) -> None:
    """Bring back the backup in PATH (stop the service first). The current files are moved aside."""
    for line in restore_backup(ctx.settings, path.resolve(), utcnow()):
        click.echo(line)
