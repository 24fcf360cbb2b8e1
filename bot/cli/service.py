"""``kuulo scheduler``, ``kuulo run`` and ``kuulo status``: the long-running service and a look at it."""

from __future__ import annotations

import importlib
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import click

from bot.cli.context import Context
from bot.config import Settings
from bot.services import Services

REQUIRED_SLACK = {"SLACK_BOT_TOKEN": "slack_bot_token", "SLACK_SIGNING_SECRET": "slack_signing_secret"}


@click.command()
@click.pass_obj
def scheduler(ctx: Context) -> None:
    """Run the background service without Slack: polling and the other jobs, until SIGTERM or Ctrl-C.

    One scheduler runs per database; a second one waits and takes over when the first stops.
    """
    _serve(ctx.services)


@click.command()
@click.pass_obj
def run(ctx: Context) -> None:
    """Run the background service and the Slack app (without Slack settings: like `kuulo scheduler`)."""
    missing = missing_slack_settings(ctx.settings)
    if missing:
        click.echo(
            f"Slack is not configured (missing {', '.join(missing)}; see docs/configuration.md); "
            "running the background service only."
        )
        _serve(ctx.services)
        return
    _serve(ctx.services, with_slack=True)


@click.command()
@click.pass_obj
def status(ctx: Context) -> None:
    """Show the scheduler, its jobs, watches in trouble and waiting work."""
    from bot.storage.models import utcnow
    from scheduler.status import collect, render

    for line in render(collect(ctx.services.db, utcnow())):
        click.echo(line)


def missing_slack_settings(settings: Settings) -> list[str]:
    return [name for name, field in REQUIRED_SLACK.items() if getattr(settings, field) is None]


def start_slack(services: Services, stop: threading.Event) -> Callable[[], None] | None:
    """Start the Slack app next to the scheduler; returns how to stop it.

    The contract with ``bot/slack/app.py``: ``start(services, stop=event)`` starts the app in
    background threads (Socket Mode with SLACK_APP_TOKEN) and returns a callable that stops it.
    """
    try:
        module: Any = importlib.import_module("bot.slack.app")
    except ModuleNotFoundError as exc:
        if exc.name not in ("bot.slack", "bot.slack.app"):
            raise
        click.echo("This build has no Slack app (bot/slack/app.py); running the background service only.")
        return None
    stopper = module.start(services, stop=stop)
    return stopper if callable(stopper) else None


def _serve(services: Services, *, with_slack: bool = False) -> None:
    from scheduler.service import Service

    stop = threading.Event()
    service = Service(services, say=click.echo)
    with _stop_on_signals(stop):
        stop_slack = start_slack(services, stop) if with_slack else None
        try:
            service.run(stop)
        finally:
            if stop_slack is not None:
                stop_slack()


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and Ctrl-C ask for a graceful stop instead of killing the process mid-job."""

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        if not stop.is_set():
            click.echo(f"Received {signal.Signals(signum).name}; stopping.")
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


COMMANDS = [scheduler, run, status]
