"""Load an evaluation set: fictional brands with guidance, threads of labelled comments.

Two kinds of set (``eval/README.md``): *dev* (``eval/data``; tune on it freely,
both its old ``dev`` and ``test`` splits) and *blind* sets under
``eval/blind/<name>/``, written by someone who never saw the rules, word lists,
prompts or dev data, frozen by a ``SHA256SUMS`` file before they are measured.

Labelling policy for ``should_draft``: the comment asks, compares, complains or
spreads a misunderstanding about something in the brand's field, the brand's
guidance set holds the answer, and it carries no risk flag, no opt-out, and is
not spam, toxic or off topic. Everything else is not drafted (praise and ideas
go to the digest at most). ``hard`` marks a hard negative: a comment whose
wording borrows from a risk class without the situation being risky.

A malformed file raises :class:`DatasetError` naming the file and line.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.config import OBJECTIVES
from bot.signals.types import INTENTS, RISK_FLAGS

DATA = Path(__file__).parent / "data"
DEV_B = DATA / "dev-b"
# Written for session 6 (issue 18): injury, harassment and competitor threads with hard negatives; trained on
# outside its hold-out third like dev-b, measured as `dev-c-holdout`.
DEV_C = DATA / "dev-c"
# Written for session 11 (issue 18): three new brands, indirect injury, hard negatives, opt-outs and off-topic
# questions; trained on outside its stratified hold-out third like dev-c, measured as `dev-d-holdout`.
DEV_D = DATA / "dev-d"
# Written for session 13 (issue 18): three new brands (home insurance, camping gear, a coffee roastery), injury told
# in passing, competitor's-own-post threads in fi/sv/en, hard negatives and opt-outs; trained on outside its
# stratified hold-out third like dev-d when `judgement_train.TRAIN_DEV_F` (not yet: see there), measured as
# `dev-f-holdout` and whole as `dev-f`.
DEV_F = DATA / "dev-f"
# Written for session 14 (issue 18): three new brands (a tyre hotel, a library app, a fishing-gear shop), 110
# opt-outs (half indirect), 131 hard negatives and 189 off-topic comments in fi/sv/en by a writer nobody tuned on.
# Not trained on; its stratified hold-out third (as dev-f's) is measured as `dev-g-holdout`, never tuned on.
DEV_G = DATA / "dev-g"
# judgement-a is a spent blind set (eval/README.md): dev data now. Two thirds of its threads are trained on,
# its hold-out third (the same hash rule as dev-b's) is measured as `judgement-a-holdout`.
JUDGEMENT_A = Path(__file__).parent / "blind" / "judgement-a"
# The spent blind judgement sets after judgement-a, each by its own writer (eval/blind/sets.yaml, every one
# `state: spent`; `make judgement-model` refuses a set that is not): dev data now. Two thirds of each set's threads
# are trained on; its hold-out third (judgement-a's hash rule, the set's name as prefix) is measured as
# `<name>-holdout`. A fresh set is never listed here. k ... n teach intent from session 25 (judgement_train).
SPENT_JUDGEMENT = tuple(f"judgement-{letter}" for letter in "bcdefghijklmnopqr")
BLIND = Path(__file__).parent / "blind"
HOLDOUT_SHARE = 3  # one thread in three of dev-b is held out of training (the detector's and the intent model's)
ROW_FLAGS = frozenset({"draft", "sarcasm", "optout", "hard"})


class DatasetError(ValueError):
    """An evaluation file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class GuidanceItem:
    id: str
    kind: str
    language: str
    text: str


@dataclass(frozen=True)
class Brand:
    key: str
    name: str
    objective: str
    terms: tuple[str, ...]
    competitors: tuple[str, ...]
    topics: tuple[str, ...]
    guidance: tuple[GuidanceItem, ...]


@dataclass(frozen=True)
class EvalComment:
    id: str
    brand: str
    thread_id: str
    split: str
    platform: str
    language: str
    intent: str
    risk: tuple[str, ...]
    should_draft: bool
    sarcasm: bool
    opt_out: bool
    text: str
    thread_title: str = ""
    hard: bool = False
    source: str = ""  # file:line of the row

    @property
    def words(self) -> int:
        return len(self.text.split())


def _load(path: Path) -> tuple[Any, yaml.Node | None]:
    """The document and its node tree (for line numbers)."""
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DatasetError(f"{path}{line}: not valid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise DatasetError(f"{path}: not valid YAML: {exc}") from exc
    return data, node


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _child(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
        child: yaml.Node = node.value[key]
        return child
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                value: yaml.Node = v
                return value
    return None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DatasetError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


# The writers' spellings of the product's objectives (reply-plans sets use the same, eval/reply_plans.py).
OBJECTIVE_ALIASES = {"behaviour_change": "behaviour", "behavior": "behaviour", "behavior_change": "behaviour"}


def _objective(value: Any, where: str) -> str:
    """The brand's objective as the scorer knows it: an unknown one would silently value every intent at 0."""
    objective = str(value or "trust").strip().lower()
    objective = OBJECTIVE_ALIASES.get(objective, objective)
    if objective not in OBJECTIVES:
        raise DatasetError(f"{where}: unknown objective {value!r} (one of {', '.join(OBJECTIVES)})")
    return objective


def load_brands(data: Path = DATA) -> dict[str, Brand]:
    path = data / "brands.yaml"
    raw, root = _load(path)
    if not isinstance(raw, dict) or not raw:
        raise DatasetError(f"{path}:{_line(root)}: expected a mapping of brand key -> brand")
    out: dict[str, Brand] = {}
    for key, b in raw.items():
        node = _child(root, key)
        where = f"{path}:{_line(node)}"
        if not isinstance(b, dict):
            raise DatasetError(f"{where}: brand {key!r} must be a mapping")
        guidance = []
        for index, g in enumerate(b.get("guidance") or []):
            g_where = f"{path}:{_line(_child(_child(node, 'guidance'), index))}"
            if not isinstance(g, dict) or not {"id", "text"} <= set(g):
                raise DatasetError(f"{g_where}: a guidance item needs at least id and text, got {g!r}")
            guidance.append(
                GuidanceItem(
                    id=str(g["id"]),
                    kind=str(g.get("kind") or "faq"),
                    language=str(g.get("language") or ""),
                    text=str(g["text"]),
                )
            )
        if not guidance:
            raise DatasetError(f"{where}: brand {key!r} has no guidance")
        topics = _strings(b.get("topics"), where)
        out[str(key)] = Brand(
            key=str(key),
            name=str(b.get("name") or key),
            objective=_objective(b.get("objective"), where),
            terms=_strings(b.get("terms"), where) or (str(b.get("name") or key),),
            competitors=_strings(b.get("competitors"), where),
            # Without topics, the guidance itself says what the brand is about.
            topics=topics or tuple(g.text for g in guidance),
            guidance=tuple(guidance),
        )
    return out


def _row(path: Path, node: yaml.Node | None, row: Any, thread: dict[str, Any], index: int, split: str) -> EvalComment:
    where = f"{path}:{_line(node)}"
    if not isinstance(row, list) or len(row) != 5:
        raise DatasetError(f"{where}: a row is [language, intent, [risk flags], flags, text], got {row!r}")
    language, intent, risk, flags, text = row
    if intent not in INTENTS:
        raise DatasetError(f"{where}: unknown intent {intent!r} (one of {', '.join(INTENTS)})")
    if risk is None:
        risk = []
    if not isinstance(risk, list) or not set(risk) <= set(RISK_FLAGS):
        raise DatasetError(f"{where}: unknown risk flags {risk!r} (any of {', '.join(RISK_FLAGS)})")
    if text is not None and not isinstance(text, (str, int, float)):
        raise DatasetError(f"{where}: the text must be a string, got {text!r}")
    flag_set = set(str(flags or "").split())
    if flag_set - ROW_FLAGS:
        raise DatasetError(f"{where}: unknown flags {sorted(flag_set - ROW_FLAGS)} (any of {sorted(ROW_FLAGS)})")
    return EvalComment(
        id=f"{thread['id']}-{index}",
        brand=path.stem,
        thread_id=str(thread["id"]),
        split=str(thread.get("split") or split),
        platform=str(thread.get("platform") or "unknown"),
        language=str(language),
        intent=str(intent),
        risk=tuple(risk),
        should_draft="draft" in flag_set,
        sarcasm="sarcasm" in flag_set,
        opt_out="optout" in flag_set,
        text="" if text is None else str(text),
        thread_title=str(thread.get("title") or ""),
        hard="hard" in flag_set,
        source=where,
    )


def load_comments(data: Path = DATA, split: str = "dev") -> list[EvalComment]:
    """Every labelled comment of a set; ``split`` is the default for threads that name none."""
    out: list[EvalComment] = []
    paths = sorted((data / "threads").glob("*.yaml"))
    if not paths:
        raise DatasetError(f"{data / 'threads'}: no thread files (*.yaml)")
    for path in paths:
        raw, root = _load(path)
        if not isinstance(raw, list):
            raise DatasetError(f"{path}:{_line(root)}: expected a list of threads")
        for t_index, thread in enumerate(raw):
            t_node = _child(root, t_index)
            if not isinstance(thread, dict) or "id" not in thread or not isinstance(thread.get("comments"), list):
                raise DatasetError(f"{path}:{_line(t_node)}: a thread needs an id and a list of comments")
            rows_node = _child(t_node, "comments")
            for index, row in enumerate(thread["comments"], start=1):
                out.append(_row(path, _child(rows_node, index - 1), row, thread, index, split))
    ids = [c.id for c in out]
    if len(set(ids)) != len(ids):
        dup = next(c for c in out if ids.count(c.id) > 1)
        raise DatasetError(f"{dup.source}: comment id {dup.id} occurs twice (thread ids must be unique)")
    return out


def held_out_thread(thread_id: str, share: int = HOLDOUT_SHARE, prefix: str = "dev-b") -> bool:
    """Whether a dev-b (or, with ``prefix="judgement-a"``, a judgement-a) thread is in its evaluation
    hold-out: a stable hash of the id picks one in ``share``.

    ``make judgement-model`` never trains or calibrates on these threads, so ``make eval`` measures the
    detector on them as on text it has not seen (``--set dev-b-holdout``, ``--set judgement-a-holdout``)."""
    return int(hashlib.sha256(f"{prefix}:{thread_id}".encode()).hexdigest()[:8], 16) % share == 0


def stratified_held_out(comments: Sequence[EvalComment], prefix: str, share: int = HOLDOUT_SHARE) -> frozenset[str]:
    """The hold-out threads of a set whose risk sits in a few title threads (dev-c): one in ``share`` of each
    stratum, a stratum being the risk classes every comment of a thread carries (its title's; none for the
    threads where risk is scattered). In each stratum the threads are ordered by a stable hash of the id and
    every ``share``-th from the second is held out, so each kind of thread with two or more examples is
    measured and none loses its only training thread. Chosen from labels and hashes only, never from figures."""
    threads: dict[str, list[EvalComment]] = {}
    for comment in comments:
        threads.setdefault(comment.thread_id, []).append(comment)
    strata: dict[tuple[str, ...], list[str]] = {}
    for thread_id, rows in threads.items():
        shared = frozenset.intersection(*(frozenset(c.risk) for c in rows)) if len(rows) > 2 else frozenset()
        strata.setdefault(tuple(sorted(shared)), []).append(thread_id)
    held: set[str] = set()
    for ids in strata.values():
        ordered = sorted(ids, key=lambda t: hashlib.sha256(f"{prefix}:{t}".encode()).hexdigest())
        held.update(t for i, t in enumerate(ordered) if i % share == 1)
    return frozenset(held)


def dev_c_held_out() -> frozenset[str]:
    """dev-c's hold-out threads (:func:`stratified_held_out`), never trained or calibrated on."""
    return stratified_held_out(load_comments(DEV_C), "dev-c")


def dev_d_held_out() -> frozenset[str]:
    """dev-d's hold-out threads (:func:`stratified_held_out`, as dev-c's), never trained or calibrated on."""
    return stratified_held_out(load_comments(DEV_D), "dev-d")


def dev_f_held_out() -> frozenset[str]:
    """dev-f's hold-out threads (:func:`stratified_held_out`, as dev-d's), never trained or calibrated on."""
    return stratified_held_out(load_comments(DEV_F), "dev-f")


def dev_g_held_out() -> frozenset[str]:
    """dev-g's hold-out threads (:func:`stratified_held_out`, as dev-f's), never tuned, trained or calibrated on."""
    return stratified_held_out(load_comments(DEV_G), "dev-g")
