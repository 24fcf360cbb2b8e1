"""``kuulo erase``, ``kuulo suppress`` and ``kuulo retention``: data protection from a terminal.

Output carries counts and hashes, never the erased person's texts.
"""

from __future__ import annotations

import getpass

import click

from bot.cli.context import Context
from bot.privacy import erase as erasure
from bot.privacy import suppress as suppression
from bot.privacy.retention import run_retention
from bot.storage.models import utcnow


def _store_lines(counts: dict[str, int]) -> list[str]:
    return [f"  {store:<18} {count}" for store, count in counts.items()]


@click.command()
@click.option("--author", "who", required=True, help="The person's author id or name (as the platform shows it).")
@click.option("--platform", default=None, help="Only this platform (reddit, hackernews, ...); default: all.")
@click.option("--dry-run", is_flag=True, help="Only count what would be removed, per store.")
@click.pass_obj
def erase(obj: Context, who: str, platform: str | None, dry_run: bool) -> None:
    """Erase everything Kuulo keeps about one person (GDPR erasure request)."""
    services = obj.services
    found = erasure.plan(services.db, services.settings, who, platform)
    if dry_run:
        click.echo(f"Would erase (subject {found.subject_hash[:12]}):")
        for line in _store_lines(found.counts):
            click.echo(line)
        return
    with obj.progress() as shown:
        report = erasure.erase(
            services.db,
            services.settings,
            found,
            actor=getpass.getuser(),
            now=utcnow(),
            notifier=services.notifier,
            progress=shown,
        )
    click.echo(f"Erased (subject {found.subject_hash[:12]}, audit event {report.audit_event_id}):")
    for line in _store_lines(report.counts):
        click.echo(line)
    click.echo(f"  slack messages     {len(report.slack.updated)} updated")
    if report.slack.failed:
        click.echo(f"Not updated in Slack ({report.slack.error or 'chat.update failed'}):", err=True)
        for location in report.slack.failed:
            click.echo(f"  channel {location.channel} ts {location.ts}", err=True)
    click.echo("Their author id and name stay on the suppression list as hashes, so they are never stored again.")


@click.group()
def suppress() -> None:
    """The do-not-contact list (hashed author ids)."""


@suppress.command("add")
@click.option("--platform", required=True)
@click.argument("author_id")
@click.pass_obj
def suppress_add(obj: Context, platform: str, author_id: str) -> None:
    """Never draft replies to AUTHOR_ID on PLATFORM."""
    added = suppression.add(obj.services.db, platform, author_id)
    click.echo("Added." if added else "Already on the list.")


@suppress.command("remove")
@click.option("--platform", required=True)
@click.option("--force", is_flag=True, help="Also remove an entry left by an erasure.")
@click.argument("author_id")
@click.pass_obj
def suppress_remove(obj: Context, platform: str, author_id: str, force: bool) -> None:
    """Allow replies to AUTHOR_ID again."""
    removed = suppression.remove(obj.services.db, platform, author_id, force=force)
    click.echo("Removed." if removed else "Not on the list.")


@suppress.command("list")
@click.option("--platform", default=None)
@click.pass_obj
def suppress_list(obj: Context, platform: str | None) -> None:
    """Show the list: platform, sha256 of the author id, reason, date, and the brand an opt-out named
    (every brand when none)."""
    rows = suppression.listing(obj.services.db, platform)
    if not rows:
        click.echo("The suppression list is empty.")
    for plat, hashed, reason, created, brand in rows:
        scope = f"brand {brand} only" if brand else "every brand"
        click.echo(f"{plat:<12} {hashed}  {reason:<8} {created.date().isoformat()}  {scope}")


@click.group()
def retention() -> None:
    """Purge what is kept past KUULO_RETENTION_DAYS / KUULO_AUDIT_RETENTION_DAYS."""


@retention.command("run")
@click.pass_obj
def retention_run(obj: Context) -> None:
    """Run retention now (the service also runs it daily)."""
    click.echo(run_retention(obj.services.db, obj.settings, utcnow()).summary())
