"""``kuulo demo``: the whole flow on recorded threads, offline, in a temporary folder."""

from __future__ import annotations

import click

from bot.demo import run_demo


@click.command()
def demo() -> None:
    """Watch recorded threads, find opportunities, draft replies, show the review queue."""
    run_demo(click.echo)
