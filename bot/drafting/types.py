"""What a drafter is given and what it answers; both drafters share these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

import pydantic

from bot.domain import Passage


@dataclass(frozen=True)
class DraftRequest:
    """One comment to answer, with its context and the guidance retrieved for it.

    Everything except ``objective``, ``topics``, ``passages``, ``instruction`` and
    ``examples`` (replies a human approved) comes from strangers on the internet and is treated as data.
    """

    comment_text: str
    comment_language: str | None
    comment_author: str | None
    platform: str
    thread_title: str | None
    thread_body: str | None
    parents: tuple[str, ...]  # ancestors' text, oldest first
    objective: str  # awareness | trust | sales | behaviour
    topics: tuple[str, ...]
    passages: tuple[Passage, ...]  # retrieved guidance, already filtered
    instruction: str | None = None  # regenerate instruction from a human ("shorter")
    # Recent approved replies of the brand (human-edited first): tone to imitate, never facts to copy.
    examples: tuple[str, ...] = ()
    # The privacy notice line (with its link) for a first reply to this person; kept verbatim.
    privacy_notice: str | None = None
    # The reply plan decided before any text (bot/opportunities/plan.py): answer, correct, acknowledge,
    # thank; ``offer`` is True only when the campaign's offer may be added to an answer.
    plan: str = "answer"
    plan_reason: str = ""
    offer: bool = False
    need: str | None = None  # the comment's need (its question), what the answer's fact must match
    answer_passages: tuple[str, ...] = ()  # the plan's passages that answer it (empty: any that matches)
    offer_passage: str | None = None  # the campaign the plan allows offering
    # The reply goes out from the brand's own account: the brand file's ``replies_from`` when it says, else the
    # thread is the brand's own post (bot.checks.context.from_brand_account, which the pipeline calls).
    own_account: bool = False
    replies_from: str | None = None  # the brand file's ``replies_from`` as stated (None: not stated)
    product: str | None = None  # the product the comment is about (named in it, else in the post), if any
    # The comment tells of a bad experience with the brand (the plan's ``complaint``): the reply states no price
    # and no link, whatever its plan (bot/checks/plan_fit.py blocks them).
    complaint: bool = False


class DraftVariant(pydantic.BaseModel):
    """Another way to write the same reply; stored as a sibling pending draft of the same comment."""

    label: str
    text: str
    cited: list[str]


class DraftResult(pydantic.BaseModel):
    """A proposed reply, or a reasoned decision not to reply."""

    skip: bool
    skip_reason: str | None
    text: str
    language: str
    cited: list[str]  # ids of the passages actually used
    rationale: str
    tokens_used: int = 0  # model tokens of the request (usage.total_tokens); 0 offline
    variants: list[DraftVariant] = []  # other variants besides ``text`` (the LLM drafter's; offline: none)


class Drafter(Protocol):
    mode: Literal["llm", "offline"]

    def draft(self, request: DraftRequest) -> DraftResult: ...
