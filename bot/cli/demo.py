"""``kuulo demo``: the whole flow on recorded threads, offline, in a temporary folder."""

from __future__ import annotations

import click

from bot.demo import run_demo


@click.command()
@click.option(
    "--burst", is_flag=True, help="Then plant a burst of complaints, show the alert it opens and ask about it."
)
def demo(burst: bool) -> None:
    """Watch recorded threads, find opportunities, draft replies, show the review queue."""
    run_demo(click.echo, burst=burst)
