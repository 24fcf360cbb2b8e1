"""``kuulo worker``: a Celery worker of distributed mode (docs/scaling.md)."""

from __future__ import annotations

import importlib.util
import sys

import click

from bot.cli.context import Context
from bot.errors import ConfigError

MISSING = (
    "`kuulo worker` needs Celery and its AMQP and Redis clients, which this installation lacks ({missing}). "
    "They come with Kuulo's own install: `pip install -e .` (or `pip install 'celery[redis]>=5.4,<6'`)."
)


def _installed(module: str) -> bool:
    """Importable, without importing it (Celery stays under scheduler/)."""
    return module in sys.modules or importlib.util.find_spec(module) is not None


@click.command()
@click.option(
    "--queues",
    "-Q",
    default=None,
    metavar="LIST",
    help="Queues to consume, comma-separated: poll,process,draft,publish,slack (default: all of them).",
)
@click.option(
    "--concurrency", "-c", type=click.IntRange(min=1), default=None, help="Tasks at once (default: per queue)."
)
@click.option(
    "--pool",
    type=click.Choice(["threads", "prefork", "solo"]),
    default=None,
    help="Threads for I/O (default), processes for --queues process alone.",
)
@click.option("--requeue-dead", is_flag=True, help="Let the dead letters be queued again, then exit.")
@click.pass_obj
def worker(ctx: Context, queues: str | None, concurrency: int | None, pool: str | None, requeue_dead: bool) -> None:
    """Run a worker of distributed mode: take tasks from the broker (KUULO_BROKER_URL) until SIGTERM.

    Needs PostgreSQL (KUULO_DATABASE_URL), a Chroma server (KUULO_CHROMA_URL) and the broker; the
    scheduler (`kuulo scheduler` or `kuulo run`) queues the work. Run one per core, on as many machines as needed.
    """
    settings = ctx.settings
    missing = [name for name in ("celery", "kombu", "amqp", "redis") if not _installed(name)]
    if missing:
        raise ConfigError(MISSING.format(missing=", ".join(missing)))
    if settings.broker_url is None:
        raise ConfigError(
            "`kuulo worker` takes its work from a broker: set KUULO_BROKER_URL (e.g. amqp://guest:guest@host:5672//) "
            "on the workers and the scheduler. See docs/scaling.md."
        )
    from scheduler import claims, distributed  # optional dependency: celery, checked just above
    from scheduler.worker import parse_queues, start_worker  # optional dependency: celery

    chosen = parse_queues(queues)
    distributed.require_distributed(settings)
    if requeue_dead:
        keys = claims.requeue_dead(ctx.services.db)
        click.echo(f"{len(keys)} dead letter(s) may be queued again" + (": " + ", ".join(keys) if keys else "."))
        return
    ctx.services.db  # noqa: B018 - migrate before the pool starts, once
    raise SystemExit(start_worker(settings, chosen, concurrency=concurrency, pool=pool))
