"""``kuulo import``: comments from platforms Kuulo cannot read, from a file or a paste."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot.cli.context import Context
from bot.config import OBJECTIVES
from bot.watching.import_paste import parse_paste
from bot.watching.import_rows import ImportLimits, decode, parse_file
from bot.watching.importing import import_request, payload_for
from scheduler.registry import request_handler
from scheduler.requests import delegate_or_run

PLATFORMS = ["instagram", "linkedin", "tiktok", "facebook", "other"]


def _read_paste(limits: ImportLimits) -> str:
    """Standard input, read no further than the size limit (a larger paste is refused, not cut)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:  # a text stream without bytes underneath
        return sys.stdin.read(limits.max_bytes + 1)
    raw = buffer.read(limits.max_bytes + 1)
    limits.check_size(len(raw), "the pasted text")
    return decode(raw)


@click.command("import")
@click.argument("file", required=False, type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--platform", type=click.Choice(PLATFORMS), required=True, help="Where the comments were written.")
@click.option("--paste", is_flag=True, help="Read a copied comment section from standard input instead of a file.")
@click.option("--thread-url", help="Link to the post the comments belong to (one watch per post).")
@click.option("--objective", type=click.Choice(OBJECTIVES), help="What engagement here should serve.")
@click.option("--topic", "topics", multiple=True, help="A topic this thread is about (repeatable).")
@click.pass_obj
def import_(
    ctx: Context,
    file: Path | None,
    platform: str,
    paste: bool,
    thread_url: str | None,
    objective: str | None,
    topics: tuple[str, ...],
) -> None:
    """Import the comments in FILE (CSV, JSON or JSON Lines; see docs/import.md), or --paste them.

    The comments get the same signals, drafts and review as a watched thread; replies are posted by hand.
    While a scheduler runs on embedded stores, it does the import and this prints its result.
    """
    if paste == (file is not None):
        raise click.UsageError("give a FILE or --paste (and paste the comments to standard input), not both")
    limits = ImportLimits.of(ctx.settings)
    if paste:
        if sys.stdin.isatty():
            click.echo("Paste the comments, then press Ctrl-D (Ctrl-Z Enter on Windows).", err=True)
        parsed = parse_paste(_read_paste(limits), limits=limits)
    else:
        assert file is not None
        parsed = parse_file(file, limits)
    if not parsed.rows:
        for problem in parsed.problems:
            click.echo(problem.text(), err=True)
        raise click.ClickException("no comment could be read; docs/import.md shows the columns and the paste format")
    if not thread_url:
        click.echo("No --thread-url given: the comments are kept as their own thread; give it to link them.", err=True)
    payload = payload_for(parsed, platform, thread_url, objective, list(topics))
    result = delegate_or_run(
        ctx.services,
        "import",
        payload,
        lambda: import_request(ctx.services, payload),
        handler_for=request_handler,
        notify=lambda message: click.echo(message, err=True),
    )
    for line in result.get("lines", []):
        click.echo(line)
