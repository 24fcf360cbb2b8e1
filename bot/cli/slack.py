"""``kuulo slack``: run the Slack app on its own (``kuulo run`` starts it beside the scheduler)."""

from __future__ import annotations

import click

from bot.cli.context import Context
from bot.slack.app import start


@click.command("slack")
@click.option("--http", is_flag=True, help="Serve /slack/events over HTTP even when SLACK_APP_TOKEN is set.")
@click.option("--port", type=click.IntRange(0, 65535), default=3000, show_default=True, help="HTTP port.")
@click.pass_obj
def slack(ctx: Context, http: bool, port: int) -> None:
    """Run the Slack review app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on --port."""
    if not ctx.settings.approver_ids:
        click.echo("KUULO_APPROVERS is empty: nobody will be able to approve drafts until it is set.", err=True)
    start(ctx.services, http=http, port=port, processes=ctx.settings.http_processes)
