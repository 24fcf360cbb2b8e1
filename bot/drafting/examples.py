"""The learning loop: recent approved replies, given to the drafter as examples of the brand's voice.

A reply a human edited before approving says the most about the voice (the
model's version 1 was not good enough as it was), so those come first; then
replies on the same platform; newest first within each. Only the approved
text (the draft's current version) is used, in the reply's language.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage.models import Comment, Draft, DraftVersion

MAX_EXAMPLES = 3
CANDIDATES = 30  # newest approved drafts looked at


def approved_examples(
    session: Session, *, language: str | None, platform: str, exclude_comment: int | None = None
) -> tuple[str, ...]:
    if language is None:
        return ()
    rows = session.execute(
        select(Draft.id, Draft.current_version, Comment.platform)
        .join(Comment, Draft.comment_id == Comment.id)
        .where(Draft.status == "approved", Draft.language == language)
        .where(Draft.comment_id != (exclude_comment or 0))
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
        .limit(CANDIDATES)
    ).all()
    if not rows:
        return ()
    versions = session.execute(
        select(DraftVersion.draft_id, DraftVersion.version, DraftVersion.text, DraftVersion.author).where(
            DraftVersion.draft_id.in_([row.id for row in rows])
        )
    ).all()
    texts = {(v.draft_id, v.version): v.text for v in versions}
    edited = {v.draft_id for v in versions if v.author.startswith("human:")}
    ranked = sorted(enumerate(rows), key=lambda item: (item[1].id not in edited, item[1].platform != platform, item[0]))
    chosen: list[str] = []
    for _, row in ranked:
        text = texts.get((row.id, row.current_version), "").strip()
        if text and text not in chosen:
            chosen.append(text)
        if len(chosen) == MAX_EXAMPLES:
            break
    return tuple(chosen)
