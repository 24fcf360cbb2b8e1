"""``kuulo review``: decide on pending drafts from a terminal (the same service Slack uses)."""

from __future__ import annotations

import getpass
import json
import sys
from typing import TYPE_CHECKING

import click

from bot.brands.settings import resolve
from bot.checks.signature import SLOT
from bot.cli.context import Context
from bot.errors import InvalidTransition
from bot.review import decisions as service
from bot.wording import say

if TYPE_CHECKING:
    from bot.review.view import DraftView

SKIP_CHOICES = ["not relevant", "risky", "already answered", "other"]


def _decider() -> str:
    return getpass.getuser()


def _row(draft: DraftView) -> dict[str, object]:
    return {
        "id": draft.id,
        "platform": draft.platform,
        "comment_id": draft.comment_id,
        "thread_title": draft.thread_title,
        "language": draft.language,
        "drafter": draft.drafter,
        "plan": draft.plan,
        "plan_reason": draft.plan_reason,
        "text": draft.text,
        "text_hash": draft.text_hash,
        "cited": list(draft.cited),
        "approvable": draft.approvable,
        "blocking": list(draft.blocking),
        "created_at": draft.created_at.isoformat(),
    }


def _show(draft: DraftView) -> None:
    click.echo("=" * 72)
    click.echo(f"Draft {draft.id}  [{draft.platform}]  {draft.thread_title or '(untitled thread)'}")
    click.echo(f"Thread: {draft.thread_url}")
    click.echo(f"Comment by {draft.comment_author or 'unknown'} ({draft.comment_url or draft.comment_id}):")
    for line in (draft.comment_text or "(deleted)").splitlines():
        click.echo(f"  | {line}")
    why = ", ".join(p for p in (draft.intent, draft.emotion) if p)
    if draft.reason or why:
        click.echo(f"Why: {draft.reason or ''} {f'({why})' if why else ''}".rstrip())
    if draft.plan_key:
        click.echo(say("en", "plan", plan=say("en", draft.plan_key), reason=draft.plan_reason or "-"))
    click.echo(f"Objective: {draft.objective}   Language: {draft.language or '?'}   Drafter: {draft.drafter}")
    author = f"  (edited by {draft.version_author[6:]})" if draft.edited_by_human else ""
    click.echo(f"Draft v{draft.version}{author}:")
    for line in draft.text.splitlines() or [""]:
        click.echo(f"  > {line}")
    click.echo(f"Cites: {', '.join(draft.cited) or 'no guidance'}")
    if SLOT in draft.text:
        click.echo(f"Signed at approval: {SLOT} becomes your --signature, else the brand's signer.")
    for failure in draft.blocking:
        click.echo(f"Blocked: {failure}")


def _ask_text(current: str) -> str:
    """The editor in a terminal, a one-line prompt otherwise (pipes and tests)."""
    if sys.stdin.isatty():
        edited: str | None = click.edit(current)
        if edited is not None:
            return edited
    answer: str = click.prompt("New text")
    return answer


BRAND = click.option("--brand", help="Only this brand's drafts (kuulo brand list); default: every brand's.")
SIGNATURE = click.option(
    "--signature",
    help="Your first name, for drafts whose sign-off is signed by the approver ({name}); "
    "default: the brand's signer (kuulo brand set NAME signer Aino, KUULO_SIGNER).",
)


def _signer(ctx: Context, draft_id: int, signature: str | None) -> str | None:
    """Who signs draft ``draft_id`` if its sign-off has the slot: ``--signature``, else its brand's signer."""
    return signature or ctx.services.for_draft(draft_id).settings.signer


def _brand_id(ctx: Context, brand: str | None) -> int | None:
    return None if brand is None else resolve(ctx.services.db, ctx.settings, brand).id


@click.group(invoke_without_command=True)
@BRAND
@SIGNATURE
@click.pass_context
def review(click_ctx: click.Context, brand: str | None, signature: str | None) -> None:
    """Go through pending drafts: approve, edit, skip, next or quit."""
    if click_ctx.invoked_subcommand is not None:
        return

    ctx: Context = click_ctx.obj
    db = ctx.services.db
    drafts = service.pending(db, _brand_id(ctx, brand))
    if not drafts:
        click.echo("No drafts are waiting for review.")
        return
    by = _decider()
    for draft in drafts:
        _show(draft)
        choices = ["approve", "edit", "skip", "next", "quit"] if draft.approvable else ["edit", "skip", "next", "quit"]
        action = click.prompt("Action", type=click.Choice(choices), default="next")
        try:
            if action == "quit":
                break
            if action == "approve":
                signer = _signer(ctx, draft.id, signature)
                done = service.approve(db, draft.id, by, "cli", draft.text_hash, signer=signer)
                click.echo(f"Approved draft {done.id}.")
            elif action == "edit":
                text = _ask_text(draft.text).strip()
                if click.confirm("Approve this text now?", default=True):
                    signer = _signer(ctx, draft.id, signature)
                    done = service.approve(db, draft.id, by, "cli", draft.text_hash, text=text, signer=signer)
                    click.echo(f"Approved your edit of draft {done.id}.")
                else:
                    service.edit(db, draft.id, by, "cli", text, draft.text_hash)
                    click.echo(f"Saved your edit of draft {draft.id}; it is still pending.")
            elif action == "skip":
                reason = click.prompt("Reason", type=click.Choice(SKIP_CHOICES), default="not relevant")
                service.skip(db, draft.id, by, "cli", reason)
                click.echo(f"Skipped draft {draft.id}.")
        except InvalidTransition as exc:
            click.echo(f"Not done: {exc}", err=True)


@review.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@BRAND
@click.pass_obj
def list_(ctx: Context, as_json: bool, brand: str | None) -> None:
    """List pending drafts."""
    drafts = service.pending(ctx.services.db, _brand_id(ctx, brand))
    if as_json:
        for draft in drafts:
            click.echo(json.dumps(_row(draft), ensure_ascii=False))
        return
    if not drafts:
        click.echo("No drafts are waiting for review.")
        return
    for draft in drafts:
        flag = "ready" if draft.approvable else "blocked"
        first_line = draft.text.splitlines()[0] if draft.text else ""
        language = draft.language or "?"
        click.echo(f"{draft.id:>5}  {draft.platform:<10} {language:<3} {draft.drafter:<8} {flag:<8} {first_line[:60]}")


@review.command("approve")
@click.argument("draft_id", type=int)
@click.option("--text", help="Approve this edited text instead of the draft's.")
@SIGNATURE
@click.pass_obj
def approve(ctx: Context, draft_id: int, text: str | None, signature: str | None) -> None:
    """Approve draft DRAFT_ID as it stands now (or your edit of it); a sign-off with {name} is signed."""
    current = service.view(ctx.services.db, draft_id)
    signer = _signer(ctx, draft_id, signature)
    done = service.approve(ctx.services.db, draft_id, _decider(), "cli", current.text_hash, text=text, signer=signer)
    signed = f", signed {done.text!r}" if done.version_author.startswith("signature:") else ""
    click.echo(f"Approved draft {done.id} (v{done.version}{signed}).")


@review.command("skip")
@click.argument("draft_id", type=int)
@click.option("--reason", required=True, help="Why: not relevant, risky, already answered, or your own words.")
@click.pass_obj
def skip(ctx: Context, draft_id: int, reason: str) -> None:
    """Skip draft DRAFT_ID."""
    service.skip(ctx.services.db, draft_id, _decider(), "cli", reason)
    click.echo(f"Skipped draft {draft_id}.")
