"""The checks in the order they run, and :func:`run_checks` / :func:`approvable`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.checks import grounding, identity
from bot.checks.claims import check_claims
from bot.checks.grounding import check_grounding
from bot.checks.hygiene import check_encoding, check_invisible, check_language, check_length
from bot.checks.identity import check_disclosure, check_posing, check_tone
from bot.checks.leaks import check_leaks
from bot.checks.links import check_links
from bot.checks.mentions import check_mentions
from bot.checks.phrases import check_banned, check_style
from bot.checks.plan_fit import check_plan
from bot.checks.semantic import SentenceModel, shared_model
from bot.checks.signature import check_signature
from bot.checks.types import BLOCKING, CheckContext, CheckResult
from bot.checks.voice import check_voice, check_voice_signoff

Check = Callable[[str, CheckContext], CheckResult]

CHECKS: tuple[tuple[str, Check], ...] = (
    ("links", check_links),
    ("mentions", check_mentions),
    ("leaks", check_leaks),
    ("claims", check_claims),
    ("grounding", check_grounding),
    ("tone", check_tone),
    ("posing", check_posing),
    ("disclosure", check_disclosure),
    ("signature", check_signature),
    ("voice", check_voice),
    ("voice_signoff", check_voice_signoff),
    ("language", check_language),
    ("length", check_length),
    ("encoding", check_encoding),
    ("invisible", check_invisible),
    ("banned_phrases", check_banned),
    ("style", check_style),
    ("plan", check_plan),
)


def run_checks(text: str, ctx: CheckContext) -> list[CheckResult]:
    """Every check's result on ``text``, in :data:`CHECKS` order. Pure: the same input, the same answer."""
    embed_once(text, ctx)
    return [check(text, ctx) for _, check in CHECKS]


def embed_once(text: str, ctx: CheckContext) -> None:
    """Embed, in one batch, every text the semantic checks will compare for ``text`` (grounding's
    sentences and acknowledgement cores, the classifier's sentences, guidance and prototypes not yet
    seen), so each check finds its vectors in the sentence model's memory instead of embedding its
    own few: one e5 call reads the whole edit at once (the C engine streams its weights once a batch)."""
    own, lasting = grounding.texts_to_embed(text, ctx)
    classified, named = identity.texts_to_embed(text, ctx)
    if own or classified:
        model = ctx.semantic if isinstance(ctx.semantic, SentenceModel) else shared_model()
        model.vectors([*own, *classified, *lasting, *named], lasting=frozenset([*lasting, *named]))


def approvable(results: Sequence[CheckResult]) -> bool:
    """False while any blocking check fails; warnings never block."""
    return not any(r.severity == BLOCKING and not r.passed for r in results)


def failures(results: Sequence[CheckResult], severity: str = BLOCKING) -> list[str]:
    """``"name: reason"`` of every failed check of ``severity``, for a review card."""
    return [f"{r.name}: {r.reason}" for r in results if r.severity == severity and not r.passed]
