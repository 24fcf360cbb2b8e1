"""The ``kuulo`` command. Thin: parse arguments, call services, print results.

Each command group lives in its own module, named after the stage it drives.
:data:`COMMANDS` lists them as ``"module:attribute"`` references with their
one-line help, and :class:`LazyGroup` imports a command's module only when
that command runs, so ``kuulo --help`` stays instant while every command
module imports what it needs at its top (a test keeps the help lines equal
to the commands' own).
"""

from __future__ import annotations

import sys

import click

from bot import __version__, logs
from bot.cli.context import Context
from bot.errors import KuuloError
from bot.registry import resolve

# name -> (reference, short help), in the order `kuulo --help` lists them (alphabetical).
COMMANDS: dict[str, tuple[str, str]] = {
    "alerts": (
        "bot.cli.insights:alerts",
        "Burst alerts: the open ones and those closed in the last DAYS days, newest first.",
    ),
    "ask": ("bot.cli.insights:ask", "Answer QUESTION from the collected comments only, citing them."),
    "backup": (
        "bot.cli.ops:backup",
        "Copy the SQLite database and the embedded guidance store into the new folder PATH.",
    ),
    "brand": ("bot.cli.brand:brand", "Manage brands: several brands in one Kuulo, kept apart."),
    "demo": ("bot.cli.demo:demo", "Watch recorded threads, find opportunities, draft replies, show the review queue."),
    "digest": (
        "bot.cli.digest:digest",
        "The daily digest: where to engage today, yesterday's outcomes, what the audience asked.",
    ),
    "doctor": (
        "bot.cli.ops:doctor",
        "Check the configuration end to end: one line per check, with a fix for each failure.",
    ),
    "erase": ("bot.cli.privacy:erase", "Erase everything Kuulo keeps about one person (GDPR erasure request)."),
    "export": ("bot.cli.core:export", "Export stored data; the fields are documented in docs/exports.md."),
    "import": (
        "bot.cli.importing:import_",
        "Import the comments in FILE (CSV, JSON or JSON Lines; see docs/import.md), or --paste them.",
    ),
    "knowledge": ("bot.cli.knowledge:knowledge", "Manage the brand guidance that drafts are grounded in."),
    "migrate": ("bot.cli.core:migrate", "Bring the database schema up to date (also done on every start)."),
    "poll": ("bot.cli.core:poll", "Fetch new and changed comments of the watches that are due."),
    "publish": (
        "bot.cli.publish:publish",
        "Publish approved replies now (platforms in KUULO_PUBLISH); reconcile unknown outcomes first.",
    ),
    "quarantine": (
        "bot.cli.watch:quarantine",
        "Platform payloads Kuulo could not read, kept for inspection: list, show, drop.",
    ),
    "report": (
        "bot.cli.insights:report",
        "The weekly audience report (or a campaign summary), as Markdown with a chart or as one HTML page.",
    ),
    "restore": ("bot.cli.ops:restore", "Bring back the backup in PATH (stop the service first)."),
    "retention": (
        "bot.cli.privacy:retention",
        "Purge what is kept past KUULO_RETENTION_DAYS / KUULO_AUDIT_RETENTION_DAYS.",
    ),
    "review": ("bot.cli.review:review", "Go through pending drafts: approve, edit, skip, next or quit."),
    "run": (
        "bot.cli.service:run",
        "Run the background service and the Slack app (without Slack settings: like `kuulo scheduler`).",
    ),
    "scheduler": (
        "bot.cli.service:scheduler",
        "Run the background service without Slack: polling and the other jobs, until SIGTERM or Ctrl-C.",
    ),
    "slack": (
        "bot.cli.slack:slack",
        "Run the Slack review app: Socket Mode with SLACK_APP_TOKEN, otherwise HTTP on --port.",
    ),
    "status": ("bot.cli.service:status", "Show the scheduler, its jobs, watches in trouble and waiting work."),
    "suppress": ("bot.cli.privacy:suppress", "The do-not-contact list (hashed author ids)."),
    "themes": (
        "bot.cli.insights:themes",
        "Group what people need, ask and resist into themes, with sizes, emotions and quotes.",
    ),
    "watch": ("bot.cli.watch:watch", "Manage the threads Kuulo watches."),
    "worker": (
        "bot.cli.worker:worker",
        "Run a worker of distributed mode: take tasks from the broker (KUULO_BROKER_URL) until SIGTERM.",
    ),
}


class LazyGroup(click.Group):
    """A group whose commands are imported when they run; their help line comes from :data:`COMMANDS`."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command = resolve(COMMANDS[cmd_name][0])
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, _short(help_line, limit)) for name, (_, help_line) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _short(text: str, limit: int) -> str:
    """The help line cut the way click cuts a command's short help."""
    return click.Command(None, help=text).get_short_help_str(max(limit, 45))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kuulo")
@click.option("-v", "--verbose", is_flag=True, help="Log each external call and step (INFO).")
@click.option(
    "--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Log line format."
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bars: one summary line per long step (also when piped, NO_COLOR)."
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool, log_format: str, quiet: bool) -> None:
    """Kuulo: find the conversations worth joining, draft grounded replies, and let a human decide.

    Settings come from the environment and .env (see docs/configuration.md).
    """
    logs.configure("INFO" if verbose else "WARNING", log_format)
    ctx.obj = Context(verbose=verbose, log_format=log_format, quiet=quiet)
    ctx.call_on_close(ctx.obj.close)


def run(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code. Errors become one line, never a traceback."""
    try:
        returned = cli.main(args=argv, prog_name="kuulo", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 1
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KuuloError as exc:
        click.echo(f"Error: {exc}", err=True)
        return 1
    # A command that ends with click.exceptions.Exit(code) (``kuulo poll``: 3 or 4) comes back as its code.
    return returned if isinstance(returned, int) and not isinstance(returned, bool) else 0


def main() -> None:
    sys.exit(run())
