"""Does a question's asker's later thank-you settle *that* question? (pure)

`plan.settles` reads a later comment by the person as settling their question or trouble ("@Kalle H thanks!",
"update: they replied"). For a question that is true only when the thanks is for an answer to it: on reply-plans-r
(spent) seven questions labelled answer were closed by the asker's thanks for something else, a tip under the post
("@taru.pajalla hyvä vinkki kiitos" for "dress the kids in old clothes", under "paljonko maksaa?"), the post
author's list ("@Elina Sarre tack för listan"), or a joke of their own ("duct tape fixes any book 😂").

So for a question, the thanked comment (the one the thank-you replies to, or the one by the person its handle names)
must answer it: sit below the question in its reply chain, or speak to the asker by handle when this question is the
asker's latest one before it. A thank-you that names nobody whose comment answers the question settles nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


class Said(Protocol):
    """One stored comment of the thread, as the plan's thread context reads it."""

    @property
    def external_id(self) -> str: ...
    @property
    def parent_external_id(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def text(self) -> str: ...


def _below(said: Said, question: Said, by_id: dict[str, Said]) -> bool:
    """``said`` sits somewhere below ``question`` in its reply chain."""
    seen: set[str] = set()
    parent = said.parent_external_id
    while parent and parent not in seen:
        if parent == question.external_id:
            return True
        seen.add(parent)
        above = by_id.get(parent)
        parent = above.parent_external_id if above is not None else None
    return False


def _speaks_to(said: Said, author: str) -> bool:
    return bool(author) and f"@{author}" in said.text.lower()


def _thanked(thanks: Said, earlier: Sequence[Said], by_id: dict[str, Said]) -> list[Said]:
    """The comments a thank-you thanks: the one it replies to, and those by the person its opening handle names."""
    found = [by_id[thanks.parent_external_id]] if thanks.parent_external_id in by_id else []
    opening = thanks.text.lower().lstrip()
    if opening.startswith("@"):
        named = opening[1:]
        found += [s for s in earlier if s.author and named.startswith(s.author) and s not in found]
    return found


def thanks_answer(
    question: Said,
    thanks: Said,
    neighbours: Sequence[Said],
    asks: Callable[[str], bool],
) -> bool:
    """The asker's later ``thanks`` is for an answer to ``question``: a thanked comment sits below the question, or
    comes after it, speaks to the asker by handle and has no later question of the asker's (``asks``) between."""
    by_id = {s.external_id: s for s in neighbours}
    if _below(thanks, question, by_id):
        return True
    order = {s.external_id: i for i, s in enumerate(neighbours)}
    start, end = order.get(question.external_id), order.get(thanks.external_id)
    if start is None or end is None:
        return False
    asker = question.author or ""
    for said in _thanked(thanks, neighbours[:end], by_id):
        at = order.get(said.external_id, -1)
        if said.author == asker or at <= start:
            continue
        if _below(said, question, by_id):
            return True
        later_question = any(
            s.author == asker and asks(s.text) for s in neighbours[start + 1 : at] if s.external_id != said.external_id
        )
        if _speaks_to(said, asker) and not later_question:
            return True
    return False
