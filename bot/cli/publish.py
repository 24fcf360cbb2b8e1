"""``kuulo publish``: run the outbox once by hand and show each job's state."""

from __future__ import annotations

import click

from bot.brands.records import has_other_brands
from bot.brands.threads import drafts_of_brand
from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.publishing.outbox import run_outbox
from bot.slack.notify import tell_cards
from bot.storage.models import PublishJob


@click.command()
@click.option("--list", "list_only", is_flag=True, help="Only list the publish jobs that need attention.")
@brand_option("Only this brand's approved replies, each with the brand's own account.")
@click.pass_obj
def publish(ctx: Context, list_only: bool, brand: str | None) -> None:
    """Publish approved replies now (platforms in KUULO_PUBLISH); reconcile unknown outcomes first."""
    from sqlalchemy import select

    services = ctx.services
    chosen = chosen_brand(ctx, brand)
    brand_id = chosen.id if has_other_brands(services.db) else None  # one brand: every job
    if not list_only:
        report = run_outbox(services, brand_id=brand_id)
        click.echo(f"Outbox: {report.summary() or 'nothing to publish'}")
        if report.published or report.failed:
            tell_cards(services, report)
    with services.db.read() as session:
        query = select(PublishJob).where(PublishJob.state != "published")
        if brand_id is not None:
            query = query.where(PublishJob.draft_id.in_(drafts_of_brand(brand_id)))
        jobs = list(session.scalars(query.order_by(PublishJob.id)))
    for job in jobs:
        line = f"job {job.id}  draft {job.draft_id}  [{job.platform}]  {job.state}  attempts {job.attempts}"
        click.echo(line + (f"  ({job.last_error})" if job.last_error else ""))
