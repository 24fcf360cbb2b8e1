"""``kuulo demo``: the whole flow on recorded threads, offline, in a temporary folder."""

from __future__ import annotations

import click

from bot.demo import run_demo
from bot.demo.brands import run_brands_demo


@click.command()
@click.option(
    "--burst", is_flag=True, help="Then plant a burst of complaints, show the alert it opens and ask about it."
)
@click.option(
    "--brands",
    type=click.IntRange(1, 2),
    default=1,
    show_default=True,
    help="2: the sample brand beside a second whose guidance contradicts it, watching one thread, kept apart.",
)
def demo(burst: bool, brands: int) -> None:
    """Watch recorded threads, find opportunities, draft replies, show the review queue."""
    if brands == 2:
        if burst:
            raise click.UsageError("--burst runs with the single-brand demo; leave out --brands 2")
        code = run_brands_demo(click.echo)
        if code:
            raise click.exceptions.Exit(code)
        return
    run_demo(click.echo, burst=burst)
