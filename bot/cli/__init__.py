"""The ``kuulo`` command. Thin: parse arguments, call services, print results.

Each command group lives in its own module and registers itself in
:func:`_register`. Heavy libraries are imported inside commands, so
``kuulo --help`` stays instant.
"""

from __future__ import annotations

import sys

import click

from bot import __version__
from bot.cli.context import Context


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kuulo")
@click.option("-v", "--verbose", is_flag=True, help="Log each external call and step (INFO).")
@click.option(
    "--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Log line format."
)
@click.pass_context
def cli(ctx: click.Context, verbose: bool, log_format: str) -> None:
    """Kuulo: find the conversations worth joining, draft grounded replies, and let a human decide.

    Settings come from the environment and .env (see docs/configuration.md).
    """
    from bot import logs

    logs.configure("INFO" if verbose else "WARNING", log_format)
    ctx.obj = Context(verbose=verbose, log_format=log_format)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    from bot.cli import core, knowledge, watch
    from bot.cli.review import review
    from bot.cli.slack import slack

    cli.add_command(watch.watch)
    cli.add_command(knowledge.knowledge)
    cli.add_command(review)
    cli.add_command(slack)
    for command in core.COMMANDS:
        cli.add_command(command)
    from bot.cli import service

    for command in service.COMMANDS:
        cli.add_command(command)
    from bot.cli.demo import demo

    cli.add_command(demo)
    from bot.cli import insights

    for command in insights.COMMANDS:
        cli.add_command(command)
    from bot.cli import privacy

    for command in privacy.COMMANDS:
        cli.add_command(command)
    from bot.cli.digest import digest

    cli.add_command(digest)
    from bot.cli.publish import publish

    cli.add_command(publish)
    from bot.cli import ops

    for command in ops.COMMANDS:
        cli.add_command(command)
    from bot.cli.importing import import_

    cli.add_command(import_)
    from bot.cli.worker import worker

    cli.add_command(worker)


_register()


def run(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code. Errors become one line, never a traceback."""
    from bot.errors import KuuloError

    try:
        cli.main(args=argv, prog_name="kuulo", standalone_mode=False)
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
    return 0


def main() -> None:
    sys.exit(run())
