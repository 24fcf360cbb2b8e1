"""Decisions on drafts: the one place they happen (the CLI and Slack both call here).

Every decision is a compare-and-set on ``drafts`` (``UPDATE ... WHERE status =
'pending' AND current_version = v``) with its ``decisions`` row written in the
same transaction, so of two people clicking at once exactly one wins; the
other gets :class:`InvalidTransition` saying who decided and when. Approval is
bound to the text the approver saw: the caller passes the content hash of the
version on screen, and a changed text refuses the approval. Every decision and
every refused attempt is audited.

A draft whose sign-off carries the slot ``{name}`` (the brand's voice asks for the answerer's name,
``bot/checks/signature.py``) is signed by its approval: the approver's signature (``signer``) fills
the slot in the same compare-and-set, which moves the draft to ``approved`` and to a new version
holding the signed text (author ``signature:<by>``); that text is what is queued, published and
logged. The checks' verdict on the slotted text covers it: the fill puts only a validated name
(letters, at most 30 characters) where the slot was. Without a valid signer the approval is refused,
so a slot or a placeholder is never published.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, exists, insert, select, update
from sqlalchemy.orm import Session

from bot.brands.threads import drafts_of_brand
from bot.checks.frozen import blocking
from bot.checks.signature import SLOT, SignatureError, fill, valid_name
from bot.checks.version import checks_version
from bot.errors import InvalidTransition, NotFound
from bot.publishing.manual import mark_job_manual
from bot.publishing.outbox import enqueue, enqueue_many
from bot.review.status import DRAFTS, DraftStatus, PreparedMove, move, moved_ids
from bot.review.verdicts import known, record, verdict_of
from bot.review.view import DraftView, load_view, load_views
from bot.storage.db import Database
from bot.storage.models import (
    AuditEvent,
    Comment,
    Decision,
    Draft,
    DraftVersion,
    Post,
    post_account,
    utcnow,
)
from bot.textnorm import text_hash

# Who signs a sign-off with the slot: a name, or a function asked for one only when the text has the slot.
Signer = str | Callable[[], str | None] | None

__all__ = [
    "DraftView",
    "approve",
    "approve_checked_together",
    "approve_if_checked",
    "audit_refusal",
    "blocking_failures",
    "decide_approval",
    "edit",
    "expire_stale",
    "mark_posted",
    "pending",
    "skip",
    "text_hash",
    "view",
]


def blocking_failures(text: str, platform: str, context: dict[str, Any] | None = None) -> list[str]:
    """Blocking check failures of ``text``, against the facts frozen with its draft (``bot/checks/frozen.py``)."""
    return blocking(text, context, platform)


def view(db: Database, draft_id: int) -> DraftView:
    with db.read() as session:
        return load_view(session, draft_id, blocking_failures)


def pending(db: Database, brand_id: int | None = None) -> list[DraftView]:
    """Pending drafts, oldest first; only brand ``brand_id``'s when given."""
    with db.read() as session:
        query = select(Draft.id).where(Draft.status == DraftStatus.PENDING)
        if brand_id is not None:
            query = query.where(Draft.id.in_(drafts_of_brand(brand_id)))  # through its opportunity
        ids = list(session.scalars(query.order_by(Draft.created_at)))
        return load_views(session, ids, blocking_failures)


# Decisions and audit events are written with Core inserts built once, not through the session's unit of work:
# an Approve click's answer waits for its write, and the flush of three new objects was a fifth of its CPU
# (docs/performance.md). Column defaults (times) apply as in an ORM insert.
_INSERT_AUDIT = insert(cast(Table, AuditEvent.__table__))
_INSERT_DECISION = insert(cast(Table, Decision.__table__))


def _audit(session: Session, by: str, via: str, action: str, draft_id: int, **detail: Any) -> None:
    session.execute(_INSERT_AUDIT, _audit_row(by, via, action, draft_id, **detail))


def _audit_row(by: str, via: str, action: str, draft_id: int, **detail: Any) -> dict[str, Any]:
    return {
        "actor": f"{via}:{by}",
        "action": action,
        "subject_type": "draft",
        "subject_id": str(draft_id),
        "detail": detail,
    }


def _decision_row(
    draft_id: int, by: str, via: str, action: str, hash_: str | None, reason: str | None
) -> dict[str, Any]:
    return {"draft_id": draft_id, "action": action, "decided_by": by, "via": via, "text_hash": hash_, "reason": reason}


def _record_decision(
    session: Session,
    draft_id: int,
    by: str,
    via: str,
    action: str,
    hash_: str | None,
    reason: str | None = None,
    **detail: Any,
) -> None:
    """The decision row and its audit event (``detail`` goes to the audit event)."""
    session.execute(_INSERT_DECISION, _decision_row(draft_id, by, via, action, hash_, reason))
    _audit(session, by, via, f"draft.{action}", draft_id, text_hash=hash_, reason=reason, **detail)


def audit_refusal(db: Database, draft_id: int, by: str, via: str, attempted: str, reason: str) -> None:
    """Record an attempt refused before it reached the draft (e.g. not an approver)."""
    with db.write() as session:
        _audit(session, by, via, f"draft.{attempted}_refused", draft_id, reason=reason)


def _why_not_pending(session: Session, draft: Draft) -> str:
    last = session.scalar(
        select(Decision).where(Decision.draft_id == draft.id).order_by(Decision.decided_at.desc(), Decision.id.desc())
    )
    if draft.status != DraftStatus.PENDING and last is not None and last.action in ("approved", "skipped"):
        at = last.decided_at.strftime("%Y-%m-%d %H:%M UTC")
        return f"draft {draft.id} was already {last.action} by {last.decided_by} at {at}"
    if draft.status != DraftStatus.PENDING:
        return f"draft {draft.id} is {draft.status}, not pending; only pending drafts can be decided"
    return f"draft {draft.id} changed since it was shown (now version {draft.current_version}); review the new text"


class _Attempt:
    """One decision attempt inside a write transaction; a refusal is audited and committed, then raised."""

    def __init__(self, session: Session, draft_id: int, by: str, via: str, action: str) -> None:
        self.session, self.draft_id, self.by, self.via, self.action = session, draft_id, by, via, action
        self.refusal: str | None = None
        self.signed_as: str | None = None  # the name a signed approval filled in

    def load(self) -> tuple[Draft, DraftVersion]:
        draft = self.session.get(Draft, self.draft_id)
        if draft is None:
            raise NotFound(f"no draft {self.draft_id}; `kuulo review list` shows the pending ones")
        current = next(v for v in draft.versions if v.version == draft.current_version)
        return draft, current

    def refuse(self, reason: str) -> None:
        self.refusal = reason
        _audit(self.session, self.by, self.via, f"draft.{self.action}_refused", self.draft_id, reason=reason)

    def cas(self, draft: Draft, from_version: int, to: DraftStatus | None = None, **values: Any) -> bool:
        """Change the pending draft at ``from_version``: its status to ``to``, or only ``values`` (an edit)."""
        if to is not None:
            moved = move(self.session, (Draft.id == draft.id) & (Draft.current_version == from_version), to, **values)
        else:
            moved = self.session.execute(
                update(Draft)
                .where(Draft.id == draft.id, Draft.status == DraftStatus.PENDING, Draft.current_version == from_version)
                .values(updated_at=utcnow(), **values)
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
        if moved != 1:
            self.session.expire(draft)
            self.refuse(_why_not_pending(self.session, draft))
            return False
        return True

    def decide(self, action: str, hash_: str | None, reason: str | None = None, **detail: Any) -> None:
        _record_decision(self.session, self.draft_id, self.by, self.via, action, hash_, reason, **detail)

    def sign(self, text: str, signer: Signer) -> str | None:
        """``text`` signed by ``signer`` when its sign-off has the slot; ``text`` itself without one; None when
        it cannot be signed (refused and audited: no signer, or not a name). A callable ``signer`` is asked
        only for a text with the slot."""
        if SLOT not in text:
            return text
        if callable(signer):
            signer = signer()
        if not signer:
            self.refuse(
                f"draft {self.draft_id} is signed by the person who approves it ({SLOT} in its sign-off) and no "
                'signature is known: set yours (Slack: /kuulo signature "Mikko"; terminal: --signature Mikko, '
                "or a brand's default signer: kuulo brand set NAME signer Mikko)"
            )
            return None
        try:
            self.signed_as = valid_name(signer)
            return fill(text, signer)
        except SignatureError as exc:
            self.refuse(f"draft {self.draft_id} cannot be signed: {exc}")
            return None

    def signed_version(self, draft_id: int, version: int, text: str, cited: list[Any]) -> DraftVersion:
        """The approved, signed text as the draft's version ``version`` (the caller's CAS moved it there)."""
        row = DraftVersion(
            draft_id=draft_id,
            version=version,
            text=text,
            content_hash=text_hash(text),
            cited=list(cited),
            author=f"signature:{self.by}",
        )
        self.session.add(row)
        return row

    def approved(
        self, version: int, signed: str, cited: list[Any], shown_hash: str, platform: str, comment_id: int, bumped: bool
    ) -> None:
        """Record the approval the caller's compare-and-set won: the signed text as version ``version + 1``
        when signing changed it (the CAS moved the draft there), the decision, the outbox row, the siblings."""
        published = text_hash(signed)
        if bumped:
            self.signed_version(self.draft_id, version + 1, signed, cited)
            self.decide("approved", published, shown_hash=shown_hash, signed_as=self.signed_as)
        else:
            self.decide("approved", published)
        enqueue(self.session, self.draft_id, platform, signed, published)
        _skip_siblings(self.session, self.by, self.via, self.draft_id, comment_id)


def _check_seen(attempt: _Attempt, draft: Draft, current: DraftVersion, expected_hash: str) -> bool:
    if draft.status != DraftStatus.PENDING:
        attempt.refuse(_why_not_pending(attempt.session, draft))
        return False
    if expected_hash != text_hash(current.text):
        attempt.refuse(
            f"draft {draft.id} text changed since it was shown (now version {draft.current_version}); "
            "review the new text before deciding"
        )
        return False
    return True


def _new_version(
    attempt: _Attempt, draft: Draft, current: DraftVersion, text: str, failures: list[str] | None = None
) -> DraftVersion | None:
    """The human's ``text`` as the draft's next version; ``failures``: its blocking checks' verdict, if just run."""
    version = draft.current_version + 1
    verdict = verdict_of(text, failures) if failures is not None else None
    columns = (
        verdict.values()
        if verdict
        else dict.fromkeys(("checked_hash", "checks_version", "checks_passed", "check_failures"))
    )
    if not attempt.cas(draft, draft.current_version, current_version=version, **columns):
        return None
    row = DraftVersion(
        draft_id=draft.id,
        version=version,
        text=text,
        content_hash=text_hash(text),
        cited=list(current.cited),
        author=f"human:{attempt.by}",
    )
    attempt.session.add(row)
    attempt.decide("edited", row.content_hash)
    return row


def _finish(db: Database, attempt: _Attempt) -> DraftView:
    if attempt.refusal is not None:
        raise InvalidTransition(attempt.refusal)
    return view(db, attempt.draft_id)


def edit(
    db: Database,
    draft_id: int,
    by: str,
    via: str,
    text: str,
    expected_hash: str,
    failures: list[str] | None = None,
) -> DraftView:
    """Keep the model's text and add the human's as a new current version; the draft stays pending.

    ``failures``: the blocking check failures the caller has just computed on exactly ``text`` against
    the draft's frozen context (the Slack modal does), kept as the new text's verdict; without them the
    new text has no verdict until it is checked again.
    """
    with db.write() as session:
        attempt = _Attempt(session, draft_id, by, via, "edit")
        draft, current = attempt.load()
        if _check_seen(attempt, draft, current, expected_hash):
            _new_version(attempt, draft, current, text, failures)
    return _finish(db, attempt)


def approve(
    db: Database,
    draft_id: int,
    by: str,
    via: str,
    expected_hash: str,
    text: str | None = None,
    *,
    signer: Signer = None,
) -> DraftView:
    """Approve the text whose hash the approver saw, or (with ``text``) their own edit of it; ``signer``
    signs a sign-off that has the slot (see the module docstring)."""
    if text is not None or not approve_if_checked(db, draft_id, by, via, expected_hash, signer=signer):
        decide_approval(db, draft_id, by, via, expected_hash, text, signer=signer)
    return view(db, draft_id)


_VERSIONS = cast(Table, DraftVersion.__table__)
_COMMENTS = cast(Table, Comment.__table__)
# The approval's compare-and-set: pending, the shown text current, and its kept verdict judged that text under
# this process's checks and passed (bot/review/verdicts.py).
_APPROVE_VERIFIED = PreparedMove(
    (DRAFTS.c.id == bindparam("draft_id"))
    & (DRAFTS.c.checked_hash == bindparam("shown"))
    & (DRAFTS.c.checks_version == bindparam("verdict_version"))
    & DRAFTS.c.checks_passed.is_(True)
    & exists()
    .where(
        _VERSIONS.c.draft_id == DRAFTS.c.id,
        _VERSIONS.c.version == DRAFTS.c.current_version,
        _VERSIONS.c.content_hash == bindparam("shown"),
        ~_VERSIONS.c.text.contains(SLOT),  # a text to sign goes the longer way, which signs it in its CAS
    )
    .correlate(DRAFTS),
    DraftStatus.APPROVED,
)
_APPROVED_TEXT = (
    select(_VERSIONS.c.text, DRAFTS.c.comment_id, _COMMENTS.c.platform)
    .join(DRAFTS, DRAFTS.c.id == _VERSIONS.c.draft_id)
    .join(_COMMENTS, _COMMENTS.c.id == DRAFTS.c.comment_id)
    .where(_VERSIONS.c.draft_id == bindparam("draft_id"), _VERSIONS.c.version == DRAFTS.c.current_version)
)
_PENDING_SIBLINGS = select(DRAFTS.c.id).where(
    DRAFTS.c.comment_id == bindparam("comment_id"),
    DRAFTS.c.id != bindparam("draft_id"),
    DRAFTS.c.status == DraftStatus.PENDING.value,
)


_APPROVED_TEXTS = (
    select(_VERSIONS.c.draft_id, _VERSIONS.c.text, DRAFTS.c.comment_id, _COMMENTS.c.platform)
    .join(DRAFTS, DRAFTS.c.id == _VERSIONS.c.draft_id)
    .join(_COMMENTS, _COMMENTS.c.id == DRAFTS.c.comment_id)
    .where(_VERSIONS.c.draft_id.in_(bindparam("draft_ids", expanding=True)))
    .where(_VERSIONS.c.version == DRAFTS.c.current_version)
)
_PENDING_SIBLINGS_OF = select(DRAFTS.c.id, DRAFTS.c.comment_id).where(
    DRAFTS.c.comment_id.in_(bindparam("comment_ids", expanding=True)),
    DRAFTS.c.id.not_in(bindparam("draft_ids", expanding=True)),
    DRAFTS.c.status == DraftStatus.PENDING.value,
)


class SameReply(Exception):
    """Two drafts of one comment (variants of one reply) would both be approved by one batch: decide them alone."""


def approve_checked_together(session: Session, via: str, asked: list[tuple[int, str, str]]) -> set[int]:
    """:func:`approve_if_checked`'s compare-and-set for many drafts in the caller's transaction: (draft id,
    approver, shown hash) each; returns the ids approved.

    A burst of Approve clicks is decided in batches (bot/slack/approvals.py): one ``UPDATE … RETURNING`` moves
    every asked draft that is pending, whose current text has the shown hash and whose kept verdict judged that
    hash under this process's checks and passed, without a signature slot; then the decisions, audit events,
    publish jobs and skipped sibling variants of the winners are written with one statement each. A draft that
    did not move had nothing written: the caller decides it alone, the longer way, which signs, refuses and
    audits. Each draft may be asked once; two drafts of one comment both moving raise :class:`SameReply` (the
    caller rolls back and decides each alone, so one variant wins and the other is skipped, as one by one).
    """
    shown = {draft_id: hash_ for draft_id, _by, hash_ in asked}
    if len(shown) != len(asked):
        raise ValueError("a draft asked twice in one batch of approvals")
    if not shown:
        return set()
    verified = (
        DRAFTS.c.id.in_(list(shown))
        & (DRAFTS.c.checked_hash == case(shown, value=DRAFTS.c.id))
        & (DRAFTS.c.checks_version == checks_version())
        & DRAFTS.c.checks_passed.is_(True)
        & exists()
        .where(
            _VERSIONS.c.draft_id == DRAFTS.c.id,
            _VERSIONS.c.version == DRAFTS.c.current_version,
            _VERSIONS.c.content_hash == DRAFTS.c.checked_hash,
            ~_VERSIONS.c.text.contains(SLOT),
        )
        .correlate(DRAFTS)
    )
    won = sorted(moved_ids(session, verified, DraftStatus.APPROVED))
    if not won:
        return set()
    by = {draft_id: approver for draft_id, approver, _hash in asked}
    rows = session.execute(_APPROVED_TEXTS, {"draft_ids": won}).all()
    approver_of_comment = {row.comment_id: by[row.draft_id] for row in rows}
    if len(approver_of_comment) != len(rows):
        raise SameReply(f"two variants of one reply in drafts {won}")
    session.execute(
        _INSERT_DECISION,
        [_decision_row(r.draft_id, by[r.draft_id], via, "approved", shown[r.draft_id], None) for r in rows],
    )
    session.execute(
        _INSERT_AUDIT,
        [
            _audit_row(by[r.draft_id], via, "draft.approved", r.draft_id, text_hash=shown[r.draft_id], reason=None)
            for r in rows
        ],
    )
    enqueue_many(session, [(r.draft_id, r.platform or "other", r.text, shown[r.draft_id]) for r in rows])
    siblings = session.execute(
        _PENDING_SIBLINGS_OF, {"comment_ids": sorted(approver_of_comment), "draft_ids": won}
    ).all()
    if siblings:
        comment_of = {int(s.id): s.comment_id for s in siblings}
        skipped = moved_ids(session, DRAFTS.c.id.in_(sorted(comment_of)), DraftStatus.SKIPPED)
        for sibling in skipped:
            approver = approver_of_comment[comment_of[sibling]]
            session.execute(_INSERT_DECISION, _decision_row(sibling, approver, via, "skipped", None, SIBLING_APPROVED))
            _audit(session, approver, via, "draft.skipped", sibling, reason=SIBLING_APPROVED)
    return set(won)


def approve_if_checked(
    db: Database,
    draft_id: int,
    by: str,
    via: str,
    expected_hash: str,
    *,
    first: Callable[[Session], None] | None = None,
    signer: Signer = None,
) -> bool:
    """Approve the shown text in one write transaction if its kept verdict says it passed; no checks run.

    The compare-and-set moves the draft only if it is pending, its current text has ``expected_hash``,
    and its kept verdict (bot/review/verdicts.py) judged that same hash under this process's checks and
    passed; the decision, its audit event, the publish job and the skipping of sibling variants are
    written in the same transaction. Returns False, having written only what ``first`` writes, when the
    text has no current verdict: :func:`decide_approval` runs the checks, then approves. Raises
    :class:`InvalidTransition` (the refusal audited) when it cannot be approved at all: not pending,
    another text than the one shown, or checks that fail.

    It is the Approve click's whole answer, so its statements are built once and it writes through Core
    (no ORM object is loaded or flushed) unless the approval is refused or the text is to be signed: a text
    with the slot ``{name}`` never matches the first compare-and-set; the second reads it, signs it and
    moves the draft to the signed version in one compare-and-set.
    """
    with db.write() as session:
        if first is not None:
            first(session)
        if _APPROVE_VERIFIED(session, draft_id=draft_id, shown=expected_hash, verdict_version=checks_version()):
            row = session.execute(_APPROVED_TEXT, {"draft_id": draft_id}).one()
            _record_decision(session, draft_id, by, via, "approved", expected_hash)
            enqueue(session, draft_id, row.platform or "other", row.text, expected_hash)
            _skip_siblings(session, by, via, draft_id, row.comment_id)
            return True
        attempt = _Attempt(session, draft_id, by, via, "approve")
        shown = session.execute(
            select(
                DraftVersion.version,
                DraftVersion.text,
                DraftVersion.cited,
                Draft.status,
                Draft.comment_id,
                Comment.platform,
            )
            .join(Draft, Draft.id == DraftVersion.draft_id)
            .join(Comment, Comment.id == Draft.comment_id)
            .where(DraftVersion.draft_id == draft_id, DraftVersion.version == Draft.current_version)
        ).one_or_none()
        signed: str | None = None
        if shown is not None and shown.status == DraftStatus.PENDING and text_hash(shown.text) == expected_hash:
            signed = attempt.sign(shown.text, signer)  # None: refused (no signer, or not a name)
        if signed is not None and shown is not None:
            shown_is_current = (
                select(DraftVersion.id)
                .where(
                    DraftVersion.draft_id == Draft.id,
                    DraftVersion.version == Draft.current_version,
                    DraftVersion.content_hash == expected_hash,
                )
                .exists()
            )
            verified = (
                (Draft.id == draft_id)
                & (Draft.current_version == shown.version)
                & (Draft.checked_hash == expected_hash)
                & (Draft.checks_version == checks_version())
                & Draft.checks_passed.is_(True)
                & shown_is_current
            )
            bump = {"current_version": shown.version + 1} if signed != shown.text else {}
            if move(session, verified, DraftStatus.APPROVED, **bump):
                attempt.approved(
                    shown.version,
                    signed,
                    shown.cited,
                    expected_hash,
                    shown.platform or "other",
                    shown.comment_id,
                    bool(bump),
                )
                return True
        draft, current = attempt.load()
        if attempt.refusal is not None:
            pass  # refused for its signature, audited
        elif not _check_seen(attempt, draft, current, expected_hash):
            pass  # refused and audited
        elif (verdict := known(draft, current.text)) is not None and not verdict.passed:
            attempt.refuse(f"draft {draft_id} cannot be approved: {'; '.join(verdict.failures)}")
    if attempt.refusal is not None:
        raise InvalidTransition(attempt.refusal)
    return False


def decide_approval(
    db: Database,
    draft_id: int,
    by: str,
    via: str,
    expected_hash: str,
    text: str | None = None,
    *,
    first: Callable[[Session], None] | None = None,
    signer: Signer = None,
) -> None:
    """:func:`approve` without reading the draft back: one write transaction (Slack's acknowledgement).

    ``first`` runs at the start of that transaction; if it raises, nothing is written (Slack records
    the click's delivery there, so a retried click is dropped by the same write that decides).

    The blocking checks run before the write transaction, on the text, frozen context and platform
    read just before it: they take most of an approval's CPU, and on SQLite the write transaction
    holds the one write lock every other click waits on. Inside the transaction the same three are
    compared with what the draft holds now; if any differs (an edit landed in between), the checks
    run again there, so what is approved is always the text that passed them. Their verdict on the
    current text is kept with the draft (bot/review/verdicts.py), so the next approval of that text
    (:func:`approve_if_checked`) runs none.
    """
    checked = _checks_before_write(db, draft_id, expected_hash, text)
    with db.write() as session:
        if first is not None:
            first(session)
        attempt = _Attempt(session, draft_id, by, via, "approve")
        draft, current = attempt.load()
        if _check_seen(attempt, draft, current, expected_hash):
            final_text = current.text if text is None else text
            platform = _platform(session, draft)
            inputs = (final_text, platform, draft.check_context)
            if checked is not None and checked[0] == inputs:
                failures = checked[1]
            else:
                failures = blocking_failures(final_text, platform, draft.check_context)
            if final_text == current.text:
                record(draft, verdict_of(final_text, failures))  # kept even when the approval is refused
            if failures:
                attempt.refuse(f"draft {draft_id} cannot be approved: {'; '.join(failures)}")
            elif (signed := attempt.sign(final_text, signer)) is not None:
                final = (
                    current
                    if final_text == current.text
                    else _new_version(attempt, draft, current, final_text, failures)
                )
                bump = {"current_version": final.version + 1} if final is not None and signed != final.text else {}
                if final is not None and attempt.cas(draft, final.version, DraftStatus.APPROVED, **bump):
                    attempt.approved(
                        final.version,
                        signed,
                        list(final.cited),
                        final.content_hash,
                        platform,
                        draft.comment_id,
                        bool(bump),
                    )
    if attempt.refusal is not None:
        raise InvalidTransition(attempt.refusal)


def _checks_before_write(
    db: Database, draft_id: int, expected_hash: str, text: str | None
) -> tuple[tuple[str, str, dict[str, Any]], list[str]] | None:
    """The blocking check failures of the text about to be approved, and the inputs they were computed on;
    None when the approval will be refused anyway (no such draft, not pending, not the text shown)."""
    with db.read() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.status != DraftStatus.PENDING:
            return None
        current = next((v for v in draft.versions if v.version == draft.current_version), None)
        if current is None or text_hash(current.text) != expected_hash:
            return None
        final_text = current.text if text is None else text
        platform = _platform(session, draft)
        context = copy.deepcopy(draft.check_context)
    return (final_text, platform, context), blocking_failures(final_text, platform, context)


SIBLING_APPROVED = "another variant approved"


def _skip_siblings(session: Session, by: str, via: str, draft_id: int, comment_id: int) -> None:
    """The other pending variants of the same reply are skipped, in the approval's transaction."""
    siblings = list(session.scalars(_PENDING_SIBLINGS, {"comment_id": comment_id, "draft_id": draft_id}))
    for sibling in siblings:
        move(session, Draft.id == sibling, DraftStatus.SKIPPED)
        session.execute(_INSERT_DECISION, _decision_row(sibling, by, via, "skipped", None, SIBLING_APPROVED))
        _audit(session, by, via, "draft.skipped", sibling, reason=SIBLING_APPROVED)


def skip(db: Database, draft_id: int, by: str, via: str, reason: str) -> DraftView:
    with db.write() as session:
        attempt = _Attempt(session, draft_id, by, via, "skip")
        draft, _current = attempt.load()
        if draft.status != DraftStatus.PENDING:
            attempt.refuse(_why_not_pending(session, draft))
        elif attempt.cas(draft, draft.current_version, DraftStatus.SKIPPED):
            attempt.decide("skipped", None, reason=reason)
    return _finish(db, attempt)


def mark_posted(db: Database, draft_id: int, by: str, via: str, url: str) -> Post:
    """Record that an approved draft was posted by hand at ``url``."""
    url = url.strip()
    if not url.startswith(("https://", "http://")):
        raise InvalidTransition("give the link of the posted reply (starting with https://)")
    with db.write() as session:
        draft = session.get(Draft, draft_id)
        if draft is None:
            raise NotFound(f"no draft {draft_id}")
        if draft.status != DraftStatus.APPROVED:
            raise InvalidTransition(f"draft {draft_id} is {draft.status}; only approved drafts can be marked posted")
        existing = session.scalar(select(Post).where(Post.draft_id == draft_id))
        if existing is not None:
            return existing
        current = next(v for v in draft.versions if v.version == draft.current_version)
        approval = session.scalar(
            select(Decision).where(Decision.draft_id == draft_id, Decision.action == "approved").order_by(Decision.id)
        )
        post = Post(
            draft_id=draft_id,
            platform=_platform(session, draft),
            external_id=url,
            account=post_account(url),
            url=url,
            text=current.text,
            approver=approval.decided_by if approval else by,
            drafter="human edit" if current.author.startswith("human:") else draft.drafter,
            cited=list(current.cited),
        )
        session.add(post)
        _audit(session, by, via, "draft.marked_posted", draft_id, url=url)

        mark_job_manual(session, draft_id, url)
    return post


def expire_stale(db: Database, hours: int, now: datetime | None = None) -> int:
    """Pending drafts older than ``hours`` become ``stale``; returns how many."""
    cutoff = (now or utcnow()) - timedelta(hours=hours)
    with db.write() as session:
        ids = list(
            session.scalars(select(Draft.id).where(Draft.status == DraftStatus.PENDING, Draft.created_at < cutoff))
        )
        if ids:
            move(session, Draft.id.in_(ids), DraftStatus.STALE)
            for draft_id in ids:
                _audit(session, "kuulo", "job", "draft.expired", draft_id, hours=hours)
    return len(ids)


def _platform(session: Session, draft: Draft) -> str:
    platform = session.scalar(select(Comment.platform).where(Comment.id == draft.comment_id))
    return platform or "other"
