"""``kuulo publish``: run the outbox once by hand and show each job's state."""

from __future__ import annotations

import click

from bot.cli.context import Context
from bot.publishing.outbox import run_outbox
from bot.slack.notify import tell_cards
from bot.storage.models import PublishJob


@click.command()
@click.option("--list", "list_only", is_flag=True, help="Only list the publish jobs that need attention.")
@click.pass_obj
def publish(ctx: Context, list_only: bool) -> None:
    """Publish approved replies now (platforms in KUULO_PUBLISH); reconcile unknown outcomes first."""
    from sqlalchemy import select

    services = ctx.services
    if not list_only:
        report = run_outbox(services)
        click.echo(f"Outbox: {report.summary() or 'nothing to publish'}")
        if report.published or report.failed:
            tell_cards(services, report)
    with services.db.read() as session:
        jobs = list(session.scalars(select(PublishJob).where(PublishJob.state != "published").order_by(PublishJob.id)))
    for job in jobs:
        line = f"job {job.id}  draft {job.draft_id}  [{job.platform}]  {job.state}  attempts {job.attempts}"
        click.echo(line + (f"  ({job.last_error})" if job.last_error else ""))
