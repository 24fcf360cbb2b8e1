"""``kuulo themes``, ``kuulo ask`` and ``kuulo report``: what the audience says."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from bot.brands.records import has_other_brands
from bot.cli.brand_choice import brand_option, chosen_brand
from bot.cli.context import Context
from bot.errors import ConfigError
from bot.insights.alert_view import text_lines
from bot.insights.alerts import recent_alerts
from bot.insights.data import Scope
from bot.insights.emerging import week_start
from bot.insights.html_report import render_html
from bot.insights.report import to_markdown
from bot.insights.service import ask as answer_question
from bot.insights.service import audience_board, build_report, current_week
from bot.insights.service import themes as build
from bot.insights.wording import phrase
from bot.signals.types import EMOTIONS, INTENTS

if TYPE_CHECKING:
    from bot.services import Services

_scope_options = [
    click.option("--watch", "watch_id", type=int, help="Only this watch (and its thread watches)."),
    click.option("--platform", help="Only this platform."),
    click.option("--language", help="Only comments in this language (fi, sv, en, ...)."),
    click.option("--objective", help="Only watches with this objective."),
]


def _with_scope(func: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_scope_options):
        func = option(func)
    return func


_BRAND = brand_option("Whose audience: only the comments of threads this brand watches.")


def _for_brand(ctx: Context, brand: str | None) -> tuple[Services, dict[str, Any]]:
    """The chosen brand's services (its locale, time zone) and the scope fields that keep to its audience."""
    chosen = chosen_brand(ctx, brand)
    services = ctx.services.for_brand(chosen)
    if not has_other_brands(ctx.services.db):
        return services, {}
    return services, {"brand_id": chosen.id, "brand": chosen.name}


@click.command()
@_with_scope
@_BRAND
@click.pass_obj
def themes(
    ctx: Context,
    watch_id: int | None,
    platform: str | None,
    language: str | None,
    objective: str | None,
    brand: str | None,
) -> None:
    """Group what people need, ask and resist into themes, with sizes, emotions and quotes."""
    services, kept = _for_brand(ctx, brand)
    found = build(services, Scope(watch_id, platform, language, objective, **kept))
    if not found:
        click.echo("Not enough comments to form themes yet.")
        return
    for theme in found:
        emotions = ", ".join(f"{name} {count}" for name, count in theme.emotions.items())
        languages = ", ".join(theme.languages)
        click.echo(f"{theme.name}  [{theme.size} comments; {languages}; {emotions}]")
        for quote in theme.quotes:
            click.echo(f'    "{" ".join(quote.text.split())}"  {quote.url or f"comment {quote.comment_id}"}')


@click.command()
@click.argument("question")
@_with_scope
@click.option("--emotion", type=click.Choice(EMOTIONS), help="Only comments with this emotion.")
@click.option("--intent", type=click.Choice(INTENTS), help="Only comments with this intent.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only comments from this day on (YYYY-MM-DD, UTC).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only comments before this day (YYYY-MM-DD, UTC).")
@_BRAND
@click.pass_obj
def ask(
    ctx: Context,
    question: str,
    watch_id: int | None,
    platform: str | None,
    language: str | None,
    objective: str | None,
    emotion: str | None,
    intent: str | None,
    since: datetime | None,
    until: datetime | None,
    brand: str | None,
) -> None:
    """Answer QUESTION from the collected comments only, citing them."""
    services, kept = _for_brand(ctx, brand)
    if not question.strip():
        raise click.BadParameter(phrase("ask_empty", ctx.services.settings.locale), param_hint="QUESTION")
    scope = Scope(
        watch_id,
        platform,
        language,
        objective,
        since=since.replace(tzinfo=UTC) if since else None,
        until=until.replace(tzinfo=UTC) if until else None,
        emotion=emotion,
        intent=intent,
        **kept,
    )
    answer = answer_question(services, question, scope)
    click.echo(answer.text)
    if answer.mode == "model" and answer.citations:
        click.echo(f"\n{phrase('sources', answer.language)}:")
        for citation in answer.citations:
            click.echo(f"  [{citation.comment_id}] {citation.url or ''}")


@click.command()
@click.option("--week", help="ISO week YYYY-Www (default: the current week in KUULO_TIMEZONE).")
@click.option("--watch", "watch_id", type=int, help="A listening campaign's summary for this watch.")
@click.option(
    "--format",
    "output",
    type=click.Choice(["md", "html"]),
    default="md",
    show_default=True,
    help="md: Markdown and a PNG chart; html: one self-contained page (board, trends, outcomes, quotes).",
)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Folder to write the report into.")
@_BRAND
@click.pass_obj
def report(
    ctx: Context, week: str | None, watch_id: int | None, output: str, out: Path | None, brand: str | None
) -> None:
    """The weekly audience report (or a campaign summary), as Markdown with a chart or as one HTML page."""
    services, kept = _for_brand(ctx, brand)
    chosen = week or current_week(services, datetime.now(UTC))
    try:
        week_start(chosen)
    except ValueError:
        raise ConfigError(f"--week {chosen!r} is not an ISO week; write it like 2026-W07") from None
    stem = f"report-{chosen}" + (f"-{kept['brand']}" if kept else "")
    stem += f"-watch{watch_id}" if watch_id is not None else ""
    if output == "html":
        page = render_html(audience_board(services, chosen, Scope(watch_id=watch_id, **kept)))
        if out is None:
            click.echo(page, nl=False)
            return
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{stem}.html").write_text(page, encoding="utf-8")
        click.echo(f"Wrote {out / f'{stem}.html'}.", err=True)
        return
    built, chart = build_report(services, chosen, Scope(watch_id=watch_id, **kept))
    if out is None:
        click.echo(to_markdown(built), nl=False)
        return
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.png").write_bytes(chart)
    (out / f"{stem}.md").write_text(to_markdown(built, f"{stem}.png"), encoding="utf-8")
    click.echo(f"Wrote {out / f'{stem}.md'} and {out / f'{stem}.png'}.", err=True)


@click.command()
@click.option("--days", type=click.IntRange(min=1), default=7, show_default=True, help="Closed alerts this recent.")
@click.pass_obj
def alerts(ctx: Context, days: int) -> None:
    """Burst alerts: the open ones and those closed in the last DAYS days, newest first."""
    settings = ctx.services.settings
    found = recent_alerts(ctx.services.db, settings, datetime.now(UTC), days)
    if not found:
        click.echo(phrase("alert_none", settings.locale, days=days))
        return
    for view in found:
        click.echo("\n".join(text_lines(view)))
