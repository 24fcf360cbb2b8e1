"""``kuulo digest``: show a day's digest in the terminal, or post it to Slack now (still once per date)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import click

from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.digest.schedule import local_date, zone
from bot.digest.text import render
from bot.slack.client import web_client
from bot.slack.digest import deliver, digest_for, service_embed


@click.command()
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="Local date of the digest (default: today).")
@click.option("--post", is_flag=True, help="Post it to KUULO_DIGEST_CHANNEL now, unless this date's was already sent.")
@click.option("--force", is_flag=True, help="With --post: send it even if this date's digest was already sent.")
@brand_option("Whose digest: only that brand's rows, to its channel.")
@click.pass_obj
def digest(obj: Context, day: datetime | None, post: bool, force: bool, brand: str | None) -> None:
    """The daily digest: where to engage today, yesterday's outcomes, what the audience asked."""
    scoped = chosen_brand(obj, brand)
    settings, services, brand_id = scoped.settings, obj.services, scoped.id
    now = datetime.now(UTC)
    when: date = day.date() if day else local_date(now, zone(settings.timezone))
    if not post:
        shown = digest_for(services.db, settings, when, now, service_embed(services), brand_id=brand_id)
        click.echo(render(shown, settings.locale))
        return

    client = web_client(settings)
    outcome = deliver(
        services.db, settings, client, when, now, embed=service_embed(services), force=force, brand_id=brand_id
    )
    click.echo(
        outcome or f"The digest of {when.isoformat()} was already sent (or is being sent); --force sends it again."
    )
