"""``kuulo scheduler``, ``kuulo run`` and ``kuulo status``: the long-running service and a look at it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

import click

from bot.cli.context import Context
from bot.config import Settings
from bot.services import Services
from bot.storage.models import utcnow
from bot.watching import quarantine
from scheduler.distributed import require_distributed, status_lines
from scheduler.service import Service
from scheduler.status import collect, render

REQUIRED_SLACK = {"SLACK_BOT_TOKEN": "slack_bot_token", "SLACK_SIGNING_SECRET": "slack_signing_secret"}


@click.command()
@click.pass_obj
def scheduler(ctx: Context) -> None:
    """Run the background service without Slack: polling and the other jobs, until SIGTERM or Ctrl-C.

    One scheduler runs per database; a second one waits and takes over when the first stops.
    """
    _serve(ctx.services)


@click.command()
@click.option("--http", is_flag=True, help="Serve Slack over HTTP even when SLACK_APP_TOKEN is set.")
@click.option("--port", type=int, default=3000, show_default=True, help="Port of the Slack HTTP endpoint.")
@click.pass_obj
def run(ctx: Context, http: bool, port: int) -> None:
    """Run the background service and the Slack app (without Slack settings: like `kuulo scheduler`)."""
    missing = missing_slack_settings(ctx.settings)
    if missing:
        click.echo(
            f"Slack is not configured (missing {', '.join(missing)}; see docs/configuration.md); "
            "running the background service only."
        )
        _serve(ctx.services)
        return
    _serve(ctx.services, slack=lambda: run_slack(ctx.services, http=http, port=port))


@click.command()
@click.pass_obj
def status(ctx: Context) -> None:
    """Show the scheduler, its jobs, watches in trouble and waiting work."""
    settings = ctx.services.settings
    for line in render(collect(ctx.services.db, utcnow(), settings), settings):
        click.echo(line)
    with ctx.services.db.read() as session:
        kept = quarantine.count(session)
    if kept:
        click.echo(f"Quarantine: {kept} platform payload(s) Kuulo could not read are kept; see `kuulo quarantine`.")
    if ctx.settings.broker_url is not None:
        for line in status_lines(ctx.services, utcnow()):
            click.echo(line)


def missing_slack_settings(settings: Settings) -> list[str]:
    return [name for name, field in REQUIRED_SLACK.items() if getattr(settings, field) is None]


def run_slack(services: Services, *, http: bool, port: int) -> None:
    """Run the Slack app in this (the main) thread until it is interrupted.

    The contract with ``bot/slack/app.py``: ``start(services, http, port)`` blocks while the app
    serves (Socket Mode with SLACK_APP_TOKEN, else HTTP) and cleans up when interrupted.
    """
    from bot.slack.app import start  # start-up cost: slack_bolt, only for the commands that serve Slack

    start(services, http=http, port=port)


def _serve(services: Services, *, slack: Callable[[], None] | None = None) -> None:
    """Run the service until SIGTERM or Ctrl-C; with ``slack``, run that in the main thread meanwhile."""
    if services.settings.broker_url is not None:  # distributed: check the servers before anything is written
        require_distributed(services.settings)
        click.echo("Distributed mode: jobs are queued for `kuulo worker` processes (docs/scaling.md).")
    stop = threading.Event()
    service = Service(services, say=click.echo)
    if slack is None:
        with _stop_on_signals(stop, interrupt_main=False):
            service.run(stop)
        return
    worker = threading.Thread(target=service.run, args=(stop,), name="kuulo-scheduler")
    with _stop_on_signals(stop, interrupt_main=True):
        worker.start()
        try:
            slack()
        except KeyboardInterrupt:
            pass  # our signal handler unwinding the Slack app's blocking loop
        finally:
            stop.set()
            worker.join()


@contextmanager
def _stop_on_signals(stop: threading.Event, *, interrupt_main: bool) -> Iterator[None]:
    """SIGTERM and Ctrl-C ask for a graceful stop instead of killing the process mid-job.

    With ``interrupt_main`` the first signal also raises KeyboardInterrupt in the main thread, which
    is how a blocking server (the Slack app) running there is unwound; later signals only set ``stop``,
    so the wait for running jobs is never cut short.
    """
    armed = [interrupt_main]

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        if not stop.is_set():
            click.echo(f"Received {signal.Signals(signum).name}; stopping.")
        stop.set()
        if armed[0]:
            armed[0] = False
            raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
