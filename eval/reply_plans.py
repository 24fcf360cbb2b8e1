"""Reply plans on any set in the reply-plans format: does Kuulo make the reply a manager would?

A set (``BRIEF.md``, ``brands.yaml``, ``threads/<brand>.yaml``) holds brands with their guidance
and threads of comments, each labelled with the reply plan a careful social media manager would
choose (answer, correct, acknowledge, thank, none), the reason, for answers and corrections the
passages and the short fact the reply must carry, and purchase intent.

Every thread goes through the product's own path: the brand's guidance is written as guidance
files and ingested into a fresh store, the thread is stored as a poll stores it
(:func:`bot.watching.threads.store_thread`), and :func:`bot.drafting.pipeline.process_comments`
assesses, plans and drafts with the configured classifier and drafter. Nothing is stubbed.

Printed per set: plan accuracy per labelled kind (the plan a draft was written for; a comment
without a draft counts as ``none``), complaint replies carrying a price, an offer, a campaign or a
link (bar 0), drafts for agreement or thanks aimed at others (bar 0), and answers stating the
labelled fact. :func:`export_panel` writes, per set, what an approver panel may see (guidance,
threads, drafts with their plans; never the labels), and :func:`load_verdicts` reads the panel's
verdict files back (bars: >= 80 % approve as is, <= 5 % skip).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from bot.brands.names import DEFAULT
from bot.brands.settings import set_setting
from bot.checks.frozen import unallowed_links
from bot.checks.links import EMAIL, chat_places, find_hosts, without_chat_places
from bot.checks.plan_fit import OFFER_WORDS, PRICE, shares_run
from bot.checks.signature import SLOT, fill
from bot.config import Settings, load_settings
from bot.demo import RECORDINGS, SAMPLE_GUIDANCE, demo_settings
from bot.demo import THREADS as DEMO_THREADS
from bot.demo.replay import ReplayServer
from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.opportunities.plan import PLANS
from bot.review.decisions import pending
from bot.review.status import DraftStatus
from bot.services import Services
from bot.storage.models import Comment, Draft, DraftVersion, Opportunity, Thread, utcnow
from bot.watching.polling import poll
from bot.watching.watches import add_watch
from eval import voice_report
from eval.dataset import DATA, DatasetError
from eval.memory import EMBEDDING_CACHE
from eval.provenance import blind_sets, is_reply_plans, verify
from eval.watched import brand_topics, watch_and_process
from knowledge.guidance import find_files, load_file, parse_front_matter
from knowledge.ingest import ingest

DEV = DATA / "reply_plans"
OBJECTIVES = {"behaviour_change": "behaviour"}
# The approver every eval draft is signed by: a sign-off with the slot {name} (the brand's voice asks for
# the answerer's name, bot/checks/signature.py) is filled as an approval fills it, so panels see finished replies.
EVAL_SIGNER = "Sanna"
VERDICTS = ("approve", "edit", "skip")
BARS = {"approve": 0.80, "skip": 0.05}
_AGREEMENT_OR_THANKS = re.compile(r"\b(agree\w*|agreement|thank\w*|thanks)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PlanPassage:
    id: str
    kind: str
    language: str
    text: str


@dataclass(frozen=True)
class PlanBrand:
    key: str
    name: str
    terms: tuple[str, ...]
    competitors: tuple[str, ...]
    guidance: tuple[PlanPassage, ...]


@dataclass(frozen=True)
class PlanComment:
    id: str
    author: str
    parent: str | None
    language: str
    text: str
    plan: str
    reason: str
    passages: tuple[str, ...]
    fact: str | None
    purchase_intent: bool


@dataclass(frozen=True)
class PlanThread:
    id: str
    brand: str
    platform: str
    objective: str
    title: str
    body: str
    comments: tuple[PlanComment, ...]
    author: str | None = None  # the post's author account; None: the brand's own post (every set before it)


@dataclass(frozen=True)
class PlanSet:
    name: str
    path: Path
    brands: dict[str, PlanBrand]
    threads: tuple[PlanThread, ...]


@dataclass(frozen=True)
class Outcome:
    """What Kuulo did with one labelled comment."""

    comment: PlanComment
    thread: PlanThread
    decided: str  # the plan assessment made (none when no opportunity was stored)
    decided_reason: str
    action: str  # the opportunity's action: draft, digest, escalate, ignore
    drafted: str  # the plan of its pending draft, or none when there is no draft
    why: str = ""  # the opportunity's reason line
    rationale: str = ""  # the drafter's note to the reviewer
    text: str | None = None
    draft_id: int | None = None
    blocking: tuple[str, ...] = ()
    gate: str = ""  # the gate that held the opportunity below a draft (scoring's ``parts["gate"]``)
    passages: tuple[str, ...] = ()  # the passages the plan chose to answer from


@dataclass
class Figures:
    name: str
    count: int
    accuracy: float
    per_kind: dict[str, tuple[int, int]]  # labelled kind -> (right, labelled)
    confusion: Counter[tuple[str, str]]
    drafts: int
    drafted_plans: Counter[str]
    complaint_drafts: int
    complaint_offers: list[str] = field(default_factory=list)  # comment ids whose complaint reply carries one
    agreement_drafts: list[str] = field(default_factory=list)
    none_drafts: int = 0
    answers_labelled: int = 0
    answers_drafted: int = 0
    answers_with_fact: int = 0
    offers_outside_sales_intent: list[str] = field(default_factory=list)
    complaint_support_emails: int = 0  # complaint replies naming the support guidance's e-mail address
    complaint_chat_sites: int = 0  # complaint replies naming the site the support guidance's chat is on
    blocked_drafts: int = 0  # drafts whose blocking checks failed at drafting: the queue offers no Approve
    blocked_by: Counter[str] = field(default_factory=Counter)  # check name -> blocked drafts it fails
    answers_with_fact_approvable: int = 0  # of answers_with_fact, the drafts the checks let an approver approve


# -- loading -----------------------------------------------------------------


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DatasetError(f"{path}: cannot read it as YAML ({exc})") from exc


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value or ())


def load_set(path: Path, name: str | None = None) -> PlanSet:
    """A reply-plans set; a malformed file raises :class:`DatasetError` naming the file and the item."""
    raw = _read(path / "brands.yaml")
    if not isinstance(raw, dict) or not raw:
        raise DatasetError(f"{path / 'brands.yaml'}: expected a mapping of brand key -> brand")
    brands: dict[str, PlanBrand] = {}
    for key, b in raw.items():
        if not isinstance(b, dict) or not isinstance(b.get("guidance"), list):
            raise DatasetError(f"{path / 'brands.yaml'}: brand {key!r} needs a guidance list")
        guidance = []
        for g in b["guidance"]:
            if not isinstance(g, dict) or not {"id", "text"} <= set(g):
                raise DatasetError(f"{path / 'brands.yaml'}: brand {key!r}: a passage needs id and text, got {g!r}")
            guidance.append(
                PlanPassage(str(g["id"]), str(g.get("kind") or "fact"), str(g.get("language") or ""), str(g["text"]))
            )
        brands[str(key)] = PlanBrand(
            str(key),
            str(b.get("name") or key),
            _strings(b.get("terms")),
            _strings(b.get("competitors")),
            tuple(guidance),
        )
    threads: list[PlanThread] = []
    files = sorted((path / "threads").glob("*.yaml"))
    if not files:
        raise DatasetError(f"{path / 'threads'}: no thread files (*.yaml)")
    for file in files:
        brand = file.stem
        if brand not in brands:
            raise DatasetError(f"{file}: no brand {brand!r} in brands.yaml")
        data = _read(file)
        if not isinstance(data, list):
            raise DatasetError(f"{file}: expected a list of threads")
        for t in data:
            if not isinstance(t, dict) or "id" not in t or not isinstance(t.get("comments"), list):
                raise DatasetError(f"{file}: a thread needs an id and a list of comments, got {str(t)[:80]!r}")
            comments = []
            for c in t["comments"]:
                if not isinstance(c, dict) or not {"id", "text", "plan"} <= set(c):
                    raise DatasetError(f"{file}: thread {t['id']}: a comment needs id, text and plan")
                if c["plan"] not in PLANS:
                    raise DatasetError(f"{file}: comment {c['id']}: plan {c['plan']!r} is not one of {PLANS}")
                comments.append(
                    PlanComment(
                        id=str(c["id"]),
                        author=str(c.get("author") or "someone"),
                        parent=str(c["parent"]) if c.get("parent") else None,
                        language=str(c.get("language") or ""),
                        text=str(c["text"]),
                        plan=str(c["plan"]),
                        reason=str(c.get("reason") or ""),
                        passages=_strings(c.get("passages")),
                        fact=str(c["fact"]) if c.get("fact") else None,
                        purchase_intent=bool(c.get("purchase_intent")),
                    )
                )
            objective = str(t.get("objective") or "trust")
            threads.append(
                PlanThread(
                    id=str(t["id"]),
                    brand=brand,
                    platform=str(t.get("platform") or "reddit"),
                    objective=OBJECTIVES.get(objective, objective),
                    title=str(t.get("title") or ""),
                    body=str(t.get("body") or ""),
                    comments=tuple(comments),
                    author=str(t["author"]) if t.get("author") else None,
                )
            )
    return PlanSet(name or path.name, path, brands, tuple(threads))


# -- running -----------------------------------------------------------------


def _write_guidance(folder: Path, brand: PlanBrand) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for passage in brand.guidance:
        front = {"kind": passage.kind, "visibility": "public", "brand": brand.name}
        if passage.language:
            front["language"] = passage.language
        head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
        (folder / f"{passage.id}.txt").write_text(f"---\n{head}---\n{passage.text}\n", "utf-8")


def _fetched(thread: PlanThread, brand_account: str) -> FetchedThread:
    """The thread as a poll fetches it; its post is the brand's own unless the set names another author."""
    now = utcnow()
    ref = ThreadRef(thread.platform, thread.id, f"https://{thread.platform}.example/{thread.id}")
    comments = [
        FetchedComment(
            platform=thread.platform,
            id=c.id,
            parent_id=c.parent,
            author_id=c.author,
            author=c.author,
            text=c.text,
            created_at=now - timedelta(hours=2, minutes=-index),
        )
        for index, c in enumerate(thread.comments)
    ]
    return FetchedThread(
        ref=ref,
        title=thread.title or None,
        author=thread.author or brand_account,
        body=thread.body or None,
        created_at=now - timedelta(hours=3),
        comments=comments,
        complete=True,
    )


def run_set(plan_set: PlanSet, **overrides: Any) -> list[Outcome]:
    """Every labelled comment through ingest → store → assess → plan → draft, one fresh store per brand."""
    outcomes: list[Outcome] = []
    for key, brand in plan_set.brands.items():
        threads = [t for t in plan_set.threads if t.brand == key]
        if not threads:
            continue
        with tempfile.TemporaryDirectory(prefix=f"kuulo-plans-{key}-") as tmp:
            cache = overrides.pop("embedding_cache", None) or os.environ.get("KUULO_EMBEDDING_CACHE") or EMBEDDING_CACHE
            settings = load_settings(
                data_dir=Path(tmp) / "data",
                embedding_cache=Path(cache),
                database_url=None,
                chroma_url=None,
                brand_file=None,
                brand_accounts=key,
                **overrides,
            )
            services = Services(settings)
            try:
                outcomes.extend(_run_brand(services, settings, brand, threads, Path(tmp) / "guidance"))
            finally:
                services.close()
    return outcomes


def _run_brand(
    services: Services, settings: Settings, brand: PlanBrand, threads: Sequence[PlanThread], folder: Path
) -> list[Outcome]:
    _write_guidance(folder, brand)
    ingest(services.guidance, [folder])
    allow_guidance_links(services, settings)
    # The store names a passage by a hash of its section; the set by the file it was written to.
    set_ids = {s.id: Path(f.source).stem for f in find_files([folder]) for s in load_file(f.path, f.source)}
    topics = brand_topics(brand.name, brand.terms, brand.competitors)
    ids: dict[str, int] = {}
    for thread in threads:
        watch_and_process(
            services,
            _fetched(thread, brand.key),
            platform=thread.platform,
            target=thread.id,
            objective=thread.objective,
            topics=topics,
        )
    with services.db.read() as session:
        for comment_id, external_id in session.execute(select(Comment.id, Comment.external_id)):
            ids[external_id] = comment_id
        opportunities = {o.comment_id: o for o in session.scalars(select(Opportunity))}
        drafts: dict[int, tuple[Draft, str]] = {}
        for draft, text in session.execute(
            select(Draft, DraftVersion.text)
            .join(DraftVersion, (DraftVersion.draft_id == Draft.id) & (DraftVersion.version == Draft.current_version))
            .where(Draft.status == DraftStatus.PENDING)
            .order_by(Draft.id)
        ):
            drafts.setdefault(draft.comment_id, (draft, text))
        session.expunge_all()
    outcomes = []
    for thread in threads:
        for comment in thread.comments:
            row_id = ids.get(comment.id)
            opportunity = opportunities.get(row_id) if row_id is not None else None
            parts = (opportunity.parts or {}) if opportunity else {}
            found = drafts.get(row_id) if row_id is not None else None
            draft, text = found if found else (None, None)
            outcomes.append(
                Outcome(
                    comment=comment,
                    thread=thread,
                    decided=str(parts.get("plan") or "none"),
                    decided_reason=str(parts.get("plan_reason") or (opportunity.reason if opportunity else "")),
                    action=opportunity.action if opportunity else "none",
                    why=opportunity.reason or "" if opportunity else "",
                    drafted=(draft.plan or "answer") if draft else "none",
                    text=signed(text),
                    draft_id=draft.id if draft else None,
                    rationale=(draft.rationale or "") if draft else "",
                    blocking=_blocking(draft),
                    gate=str(parts.get("gate") or ""),
                    passages=tuple(set_ids.get(str(p), str(p)) for p in parts.get("plan_passages") or ()),
                )
            )
    return outcomes


def allow_guidance_links(services: Services, settings: Settings) -> str | None:
    """Set the brand up as a user who followed ``kuulo knowledge ingest``'s note: its ``allowed_link_domains`` allow
    every host and e-mail domain its own public guidance names (:func:`bot.checks.frozen.unallowed_links`, the note's
    own reading). Returns the value set, or None when the guidance names none the link check refuses."""
    found = unallowed_links(settings, services.guidance.public_texts())
    if found is None:
        return None
    set_setting(services.db, settings, DEFAULT, "allowed_link_domains", found.value, actor="eval")
    return found.value


def _blocking(draft: Draft | None) -> tuple[str, ...]:
    """The blocking checks that failed on ``draft``'s text at drafting (its stored verdict: "name: reason")."""
    if draft is None or draft.checks_passed is not False:
        return ()
    return tuple(str(f) for f in draft.check_failures or ())


def signed(text: str | None) -> str | None:
    """``text`` as its approval by :data:`EVAL_SIGNER` publishes it (a sign-off with the slot is filled)."""
    return fill(text, EVAL_SIGNER) if text is not None and SLOT in text else text


# -- measuring ---------------------------------------------------------------


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = re.sub(r"[\u2010-\u2015\u2212]", "-", folded)
    return " ".join(folded.replace("\u00a0", " ").split())


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def states_fact(text: str, fact: str) -> bool:
    """The labelled fact is in the reply: verbatim (case, dashes and spaces aside), or, for a fact with
    figures written in another language than the reply, every one of its figures."""
    if _fold(fact) in _fold(text):
        return True
    numbers = _NUMBER.findall(fact)
    if not numbers:
        return False
    said = {n.replace(",", ".") for n in _NUMBER.findall(text)}
    return all(n.replace(",", ".") in said for n in numbers)


def carries_offer(text: str, campaigns: Sequence[str], support: Sequence[str] = ()) -> str | None:
    """A price, an offer word, the campaign's wording or a link in a reply: what a complaint reply must not carry.

    An e-mail address that the brand's own public support guidance gives (``support``), or the site it names its chat on
    ("the chat on vihtamo.fi"), is the private
    channel a complaint is routed to, not a link; any other address or web link counts."""
    if (hit := PRICE.search(text)) is not None:
        return f"price {hit.group(0).strip()!r}"
    if (hit := OFFER_WORDS.search(text)) is not None:
        return f"offer word {hit.group(0)!r}"
    if shares_run(text, list(campaigns)):
        return "campaign wording"
    routes = {m.group(0).lower() for s in support for m in EMAIL.finditer(s)}
    rest = EMAIL.sub(lambda m: " " if m.group(0).lower() in routes else m.group(0), text)
    # The site the support guidance names its chat on, said as the chat's site ("the chat on vihtamo.fi"): the route.
    rest = without_chat_places(rest, set().union(*(chat_places(s) for s in support)))
    if hosts := find_hosts(rest):
        return f"link {hosts[0]}"
    return None


def support_email(text: str, support: Sequence[str]) -> bool:
    """The reply names an e-mail address of the brand's support guidance (its private channel)."""
    routes = {m.group(0).lower() for s in support for m in EMAIL.finditer(s)}
    return any(m.group(0).lower() in routes for m in EMAIL.finditer(text))


def support_chat_site(text: str, support: Sequence[str]) -> bool:
    """The reply names the site its support guidance puts its chat on, as the chat's site ("the chat on vihtamo.fi")."""
    places = set().union(*(chat_places(s) for s in support))
    return bool(places) and without_chat_places(text, places) != text


def measure(name: str, outcomes: Sequence[Outcome], brands: dict[str, PlanBrand]) -> Figures:
    per_kind: dict[str, tuple[int, int]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    right = 0
    for o in outcomes:
        label, got = o.comment.plan, o.drafted
        confusion[(label, got)] += 1
        hit = int(label == got)
        right += hit
        done, total = per_kind.get(label, (0, 0))
        per_kind[label] = (done + hit, total + 1)
    drafted = [o for o in outcomes if o.text is not None]
    figures = Figures(
        name=name,
        count=len(outcomes),
        accuracy=right / len(outcomes) if outcomes else 0.0,
        per_kind=per_kind,
        confusion=confusion,
        drafts=len(drafted),
        drafted_plans=Counter(o.drafted for o in drafted),
        complaint_drafts=sum(1 for o in drafted if o.comment.plan == "acknowledge"),
        blocked_drafts=sum(1 for o in drafted if o.blocking),
        blocked_by=Counter(name for o in drafted for name in blocking_checks(o.blocking)),
    )
    for o in drafted:
        assert o.text is not None
        campaigns = [p.text for p in brands[o.thread.brand].guidance if p.kind == "campaign"]
        support = [p.text for p in brands[o.thread.brand].guidance if p.kind == "support"]
        if o.comment.plan == "acknowledge" and (why := carries_offer(o.text, campaigns, support)):
            figures.complaint_offers.append(f"{o.comment.id} ({why})")
        if o.comment.plan == "acknowledge" and support_email(o.text, support):
            figures.complaint_support_emails += 1
        if o.comment.plan == "acknowledge" and support_chat_site(o.text, support):
            figures.complaint_chat_sites += 1
        if o.comment.plan == "none":
            figures.none_drafts += 1
            if _AGREEMENT_OR_THANKS.search(o.comment.reason):
                figures.agreement_drafts.append(o.comment.id)
        offered = shares_run(o.text, campaigns)
        if offered and not (o.thread.objective == "sales" and o.comment.purchase_intent):
            figures.offers_outside_sales_intent.append(o.comment.id)
    answers = [o for o in outcomes if o.comment.plan == "answer" and o.comment.fact]
    figures.answers_labelled = len(answers)
    figures.answers_drafted = sum(1 for o in answers if o.text is not None)
    with_fact = [o for o in answers if o.text is not None and o.comment.fact and states_fact(o.text, o.comment.fact)]
    figures.answers_with_fact = len(with_fact)
    figures.answers_with_fact_approvable = sum(1 for o in with_fact if not o.blocking)
    return figures


def blocking_checks(failures: Sequence[str]) -> list[str]:
    """The names of the checks in a draft's stored failures (``"links: remove the link to ..."`` -> ``links``), each
    once."""
    return list(dict.fromkeys(f.split(":", 1)[0].strip() for f in failures))


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "0/0"


def report(figures: Figures, *, items: bool = True) -> list[str]:
    """The figures as printed lines; ``items=False`` (a fresh blind set) names no comment, only counts."""
    lines = [
        f"-- {figures.name}: {figures.count} comments, {figures.drafts} drafts "
        f"({', '.join(f'{k} {v}' for k, v in figures.drafted_plans.most_common()) or 'none'})",
        f"   plan accuracy (the draft's plan; no draft = none): {figures.accuracy:.3f}",
    ]
    for kind in PLANS:
        done, total = figures.per_kind.get(kind, (0, 0))
        wrong = Counter(
            {got: n for (label, got), n in figures.confusion.items() if label == kind and got != kind}
        ).most_common(3)
        misses = ", ".join(f"{got} {n}" for got, n in wrong)
        lines.append(f"     {kind:<12} {_pct(done, total):<16} {('as ' + misses) if misses else ''}".rstrip())
    lines += [
        f"   complaint replies with a price, offer, campaign or link: {len(figures.complaint_offers)} "
        f"of {figures.complaint_drafts} complaint drafts (bar 0; {figures.complaint_support_emails} name the "
        f"support guidance's e-mail address and {figures.complaint_chat_sites} the site it puts its chat on, which are "
        "the route, not links)"
        + (f" — {', '.join(figures.complaint_offers[:5])}" if items and figures.complaint_offers else ""),
        f"   drafts for agreement or thanks aimed at others: {len(figures.agreement_drafts)} (bar 0); "
        f"drafts where the label is none: {figures.none_drafts}",
        f"   offers outside a sales thread's purchase intent: {len(figures.offers_outside_sales_intent)}",
        f"   drafts the checks block (their stored verdict at drafting; the queue shows them with no Approve, to "
        f"edit, regenerate or skip): {figures.blocked_drafts} of {figures.drafts}"
        + (f" — {', '.join(f'{k} {v}' for k, v in figures.blocked_by.most_common())}" if figures.blocked_by else ""),
        f"   drafts an approver can approve as they stand: {figures.drafts - figures.blocked_drafts}",
        f"   answers stating the labelled fact: {_pct(figures.answers_with_fact, figures.answers_labelled)} "
        f"(drafted {figures.answers_drafted}; "
        f"of the drafted: {_pct(figures.answers_with_fact, figures.answers_drafted)}; "
        f"approvable as they stand: {figures.answers_with_fact_approvable})",
    ]
    return lines


def _short(reason: str, width: int = 70) -> str:
    """A reason as a breakdown counts it: without the figures that make each item's reason its own."""
    reason = re.sub(r"\(best match [^)]*\)|\(match [^)]*\)", "", reason)
    reason = re.sub(r"\b[\w-]*\d[\w-]*\b shares no word", "a passage shares no word", reason)
    reason = " ".join(reason.split())
    return reason if len(reason) <= width else reason[: width - 1].rstrip() + "…"


def answer_stage(o: Outcome) -> str:
    """Where a comment labelled *answer* went: the stage that lost it, or how its answer fared.

    ``escalated`` (a risk or opt-out flag, a person decides); ``plan <kind>: <reason>`` (the plan decided another
    kind, or none with its reason); ``gate: <reason>`` (planned an answer, held below a draft by the score's gates);
    ``drafter: <reason>`` (planned and scored, the drafter skipped); ``answered, fact stated`` / ``answered from a
    labelled passage, fact not stated`` / ``answered from another passage`` (the plan's passages against the
    labelled ones)."""
    if o.text is not None:
        if o.drafted != "answer":
            return f"drafted as {o.drafted}"
        if o.comment.fact and states_fact(o.text, o.comment.fact):
            return "answered, fact stated"
        if set(o.passages) & set(o.comment.passages):
            return "answered from a labelled passage, fact not stated"
        return "answered from another passage (wrong fact)"
    if o.action == "escalate":
        return "escalated (risk or doubt): a person decides"
    if o.decided != "answer":
        return f"plan {o.decided}: {_short(o.decided_reason)}"
    if "no draft:" in o.why:
        return f"drafter: {_short(o.why.split('no draft:', 1)[1])}"
    return f"gate: {_short(o.gate or o.why)}"


_ELSEWHERE = re.compile(r"the guidance states the answer only in .*")
_NOT_ANSWERED_LABEL = re.compile(r"^\W*guidance does not answer", re.IGNORECASE)


def held_at(o: Outcome) -> str:
    """The stage that held a comment of any label below a draft, named as :func:`answer_stage` names it (the
    drafter's "only in English", "only in Finnish, Swedish" ... counted as one stage); ``drafted`` when it has a
    draft."""
    if o.text is not None:
        return "drafted"
    return _ELSEWHERE.sub("the guidance states the answer only in another language", answer_stage(o))


def stage_costs(outcomes: Sequence[Outcome], *, top: int = 8) -> list[str]:
    """Per stage that held labelled answers below a draft (most first): those answers beside the comments labelled
    *none* it held too (of them, the questions the writer says the guidance does not answer) and those of the other
    kinds: what opening that stage would draft besides the answers. Counts only; :func:`breakdown` prints them for spent
    sets alone (they read every label of the set)."""
    held: dict[str, Counter[str]] = {}
    for o in outcomes:
        if o.text is not None:
            continue
        label = o.comment.plan
        if label == "none" and _NOT_ANSWERED_LABEL.match(o.comment.reason):
            label = "none, not answered"
        held.setdefault(held_at(o), Counter())[label] += 1
    ordered = sorted(((stage, c) for stage, c in held.items() if c["answer"]), key=lambda kv: (-kv[1]["answer"], kv[0]))
    lines = ["   what each stage holding answers holds besides (answers / none, of them not answered / other kinds):"]
    for stage, c in ordered[:top]:
        none = c["none"] + c["none, not answered"]
        other = sum(c.values()) - c["answer"] - none
        lines.append(f"     {c['answer']:>3} / {none:>3}, {c['none, not answered']:>3} / {other:>3}  {_short(stage)}")
    return lines


def breakdown(outcomes: Sequence[Outcome], *, items: bool = True, top: int = 14) -> list[str]:
    """Counts of :func:`answer_stage` over the comments labelled *answer*, most common first, then
    :func:`stage_costs`; ``items=False`` (a fresh set) names no comment and prints no stage costs."""
    answers = [o for o in outcomes if o.comment.plan == "answer"]
    stages: dict[str, list[str]] = {}
    for o in answers:
        stages.setdefault(answer_stage(o), []).append(o.comment.id)
    lines = [f"   where the {len(answers)} labelled answers went:"]
    planned = [o for o in answers if o.comment.passages and o.passages]
    first = sum(1 for o in planned if o.passages[0] in o.comment.passages)
    among = sum(1 for o in planned if set(o.passages) & set(o.comment.passages))
    lines.append(
        f"     the plan's passage (its first) is a labelled one for {_pct(first, len(planned))} of those with a "
        f"passage; a labelled one among the plan's passages: {_pct(among, len(planned))} "
        "(top-3 over every spent set: python -m eval.passage_train --check)"
    )
    ordered = sorted(stages.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for stage, ids in ordered[:top]:
        lines.append(f"     {len(ids):>3}  {stage}" + (f"  (e.g. {', '.join(ids[:3])})" if items else ""))
    rest = sum(len(ids) for _, ids in ordered[top:])
    if rest:
        lines.append(f"     {rest:>3}  in {len(ordered) - top} other stages")
    return lines + (stage_costs(outcomes) if items else [])  # a fresh set's labels stay unread beyond the answers


# -- the approver panel ------------------------------------------------------


def export_panel(
    folder: Path,
    name: str,
    guidance: Sequence[dict[str, str]],
    threads: Sequence[dict[str, Any]],
    drafts: Sequence[dict[str, Any]],
    note: str = "",
) -> Path:
    """Write what an approver panel sees of one set: guidance, threads and drafts with their plans.

    ``folder/<name>/packet.md`` is for people to read; ``packet.json`` holds the same; ``verdicts/``
    is where each panellist writes ``<panellist>.jsonl``: one ``{"draft": id, "verdict":
    "approve" | "edit" | "skip", "reason": "..."}`` per draft. Labels are never exported.

    A draft with ``blocked`` (its failed blocking checks) is shown as Kuulo's review queue shows it: "Cannot be
    approved", no Approve button, only edit, regenerate or skip (bot/slack/blocks.py, ``kuulo review``); the panel
    may mark it edit or skip, never approve (:func:`load_verdicts`).
    """
    out = folder / name
    packet = {"set": name, "guidance": list(guidance), "threads": list(threads), "drafts": list(drafts)}
    content = json.dumps(packet, ensure_ascii=False, indent=1)
    marked = sorted((out / "verdicts").glob("*.jsonl")) if (out / "verdicts").is_dir() else []
    old = out / "packet.json"
    if marked and old.exists() and old.read_text("utf-8") != content:
        raise DatasetError(
            f"{out}: a panel has marked this packet ({len(marked)} verdict files); its verdicts belong to it, so it "
            "is not replaced. Export into another folder (--export-panel DIR) for a new panel round."
        )
    (out / "verdicts").mkdir(parents=True, exist_ok=True)
    old.write_text(content, "utf-8")
    lines = [
        f"# Approver panel: {name}",
        "",
        "You are the brand's social media manager. For every draft below decide: *approve* (publish as is),",
        "*edit* (right to reply, but you would change the text) or *skip* (no reply should be published, or",
        "this reply is wrong). Write one JSON line per draft to `verdicts/<your name>.jsonl`:",
        '`{"draft": "<id>", "verdict": "approve|edit|skip", "reason": "..."}`.',
        *([BLOCKED_NOTE] if any(d.get("blocked") for d in drafts) else []),
        *([note] if note else []),
        "",
        "## Brand guidance",
    ]
    for g in guidance:
        lines.append(f"- [{g.get('kind', '')}, {g.get('language', '') or 'any'}] {g['text']}")
    by_thread: dict[str, list[dict[str, Any]]] = {}
    for d in drafts:
        by_thread.setdefault(str(d["thread"]), []).append(d)
    for t in threads:
        lines += ["", f"## Thread {t['id']} ({t.get('platform', '')}, objective {t.get('objective', '')})"]
        if t.get("author"):
            lines.append(f"Posted by {t['author']}, not by the brand.")
        if t.get("title"):
            lines.append(f"**{t['title']}**")
        if t.get("body"):
            lines.append(str(t["body"]))
        lines.append("")
        for c in t["comments"]:
            parent = f" (reply to {c['parent']})" if c.get("parent") else ""
            lines.append(f"- `{c['id']}` {c['author']}{parent}: {c['text']}")
        for d in by_thread.get(str(t["id"]), []):
            lines += [
                "",
                f"### Draft {d['id']} — reply to `{d['comment']}` · plan: {d['plan']} ({d.get('plan_reason') or '-'})",
                "",
                *([f"**Blocked, cannot be approved:** {'; '.join(d['blocked'])}", ""] if d.get("blocked") else []),
                *[f"> {line}" for line in str(d["text"]).splitlines()],
            ]
    (out / "packet.md").write_text("\n".join(lines) + "\n", "utf-8")
    return out


def panel_from_outcomes(folder: Path, plan_set: PlanSet, outcomes: Sequence[Outcome]) -> Path:
    drafted = [o for o in outcomes if o.text is not None]
    threads_with_drafts = {o.thread.id for o in drafted}
    threads = [
        {
            "id": t.id,
            "brand": t.brand,
            "platform": t.platform,
            "objective": t.objective,
            "title": t.title,
            "body": t.body,
            "comments": [{"id": c.id, "author": c.author, "parent": c.parent, "text": c.text} for c in t.comments],
            **({"author": t.author} if t.author else {}),  # someone else's post; a set without it: the brand's own
        }
        for t in plan_set.threads
        if t.id in threads_with_drafts
    ]
    guidance = [
        {"brand": b.name, "id": p.id, "kind": p.kind, "language": p.language, "text": p.text}
        for b in plan_set.brands.values()
        for p in b.guidance
    ]
    drafts = [
        {
            "id": f"{plan_set.name}-{o.draft_id}-{o.thread.brand}",
            "thread": o.thread.id,
            "comment": o.comment.id,
            "plan": o.drafted,
            "plan_reason": o.decided_reason,
            "text": o.text,
            **({"blocked": list(o.blocking)} if o.blocking else {}),  # as the queue shows it: no Approve
        }
        for o in drafted
    ]
    return export_panel(folder, plan_set.name, guidance, threads, drafts)


BLOCKED_NOTE = (
    "A draft marked *Blocked* is shown as Kuulo's review queue shows it: a check refuses it, so there is no Approve "
    "button (a person can edit it, have it redrafted or skip it). Mark it *edit* or *skip*, never *approve*."
)
PAIRED_NOTE = "Some comments have two alternative drafts. Judge each draft on its own, as if it were the only one."


def pair_packets(first: Path, second: Path, folder: Path, labels: tuple[str, str] = ("before", "after")) -> Path:
    """One paired panel round: two versions' packets of the same set as one packet, unlabelled and shuffled.

    Panellists disagree with each other more than one code change moves a rate, so a change is measured by the
    same panellists judging both versions side by side, not told which is which. A draft whose plan and text are
    the same in both versions appears once (its verdict counts for both). The new ids are hashes, so their order
    within a thread says nothing about the version; ``versions.json`` (beside the packet, never shown to a
    panellist) maps each id to the versions it stands for, and :func:`paired_lines` counts the verdicts per version.
    """
    packets = [json.loads((p / "packet.json").read_text("utf-8")) for p in (first, second)]
    if packets[0]["set"] != packets[1]["set"]:
        raise DatasetError(
            f"{first} and {second} are packets of different sets ({packets[0]['set']}, {packets[1]['set']})"
        )
    name = f"{packets[0]['set']}-paired"
    merged: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}
    versions: dict[str, list[str]] = {}
    for label, packet in zip(labels, packets, strict=True):
        for d in packet["drafts"]:
            blocked = "; ".join(d.get("blocked") or ())  # the same text blocked in one version only is two drafts
            key = (str(d["thread"]), str(d["comment"]), str(d["plan"]), str(d["text"]), blocked)
            if key not in merged:
                hashed = key if blocked else key[:4]  # an unblocked draft keeps the id it had before
                digest = hashlib.sha256("\x1f".join((name, *hashed)).encode()).hexdigest()[:10]
                merged[key] = {**d, "id": f"p-{digest}"}
            versions.setdefault(merged[key]["id"], []).append(label)
    threads: dict[str, dict[str, Any]] = {}
    for packet in packets:
        for t in packet["threads"]:
            threads.setdefault(str(t["id"]), t)
    order = {tid: n for n, tid in enumerate(threads)}
    drafts = sorted(merged.values(), key=lambda d: (order[str(d["thread"])], d["id"]))
    out = export_panel(folder, name, packets[0]["guidance"], list(threads.values()), drafts, note=PAIRED_NOTE)
    (out / "versions.json").write_text(
        json.dumps({"labels": list(labels), "drafts": versions}, ensure_ascii=False, indent=1), "utf-8"
    )
    return out


def paired_lines(folder: Path) -> list[str]:
    """Per-version verdict counts of a paired round (:func:`pair_packets`), per panellist and in all.

    Reads only the draft ids and verdicts, never the reasons (a fresh set's reasons stay unread).
    """
    key_file = folder / "versions.json"
    if not key_file.exists():
        return []
    key = json.loads(key_file.read_text("utf-8"))
    labels, versions = list(key["labels"]), {str(k): list(v) for k, v in key["drafts"].items()}
    total: dict[str, Counter[str]] = {label: Counter() for label in labels}
    lines = []
    for file in sorted((folder / "verdicts").glob("*.jsonl")):
        mine: dict[str, Counter[str]] = {label: Counter() for label in labels}
        for line in file.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            verdict = str(row.get("verdict", "")).strip().lower().replace("approve as is", "approve")
            for label in versions.get(str(row.get("draft", "")), []):
                mine[label][verdict] += 1
        for label in labels:
            total[label].update(mine[label])
        lines.append(
            f"     {file.stem:<12} "
            + "; ".join(f"{label}: " + ", ".join(f"{v} {mine[label][v]}" for v in VERDICTS) for label in labels)
        )
    shared = sum(1 for v in versions.values() if len(v) == len(labels))
    head = [f"   paired round: {shared} drafts alike in both versions, {len(versions) - shared} in one only"]
    for label in labels:
        n = sum(total[label].values()) or 1
        head.append(
            f"   {label:<8} approve as is {total[label]['approve'] / n:.0%}, edit {total[label]['edit'] / n:.0%}, "
            f"skip {total[label]['skip'] / n:.0%} ({sum(total[label].values())} verdicts)"
        )
    return head + lines


@dataclass
class Verdicts:
    name: str
    drafts: int  # drafts in the packet
    counts: Counter[str]
    by_plan: dict[str, Counter[str]]
    panellists: int
    reasons: list[str]
    blocked: int = 0  # drafts in the packet the checks block (no Approve in the queue)
    on_blocked: Counter[str] = field(default_factory=Counter)  # verdicts on them

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def rate(self, verdict: str) -> float:
        return self.counts[verdict] / self.total if self.total else 0.0


def load_verdicts(folder: Path) -> Verdicts | None:
    """The panel's verdicts on one exported set (``packet.json`` and ``verdicts/*.jsonl``), or None."""
    packet_file = folder / "packet.json"
    files = sorted((folder / "verdicts").glob("*.jsonl"))
    if not packet_file.exists() or not files:
        return None
    packet = json.loads(packet_file.read_text("utf-8"))
    plans = {str(d["id"]): str(d["plan"]) for d in packet["drafts"]}
    blocked = {str(d["id"]) for d in packet["drafts"] if d.get("blocked")}
    on_blocked: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    by_plan: dict[str, Counter[str]] = {}
    reasons: list[str] = []
    for file in files:
        for number, line in enumerate(file.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{file}:{number}: not a JSON line ({exc.msg})") from exc
            verdict = str(row.get("verdict", "")).strip().lower().replace("approve as is", "approve")
            draft = str(row.get("draft", ""))
            if verdict not in VERDICTS or draft not in plans:
                raise DatasetError(
                    f"{file}:{number}: needs a draft id of the packet and a verdict of {', '.join(VERDICTS)}"
                )
            if draft in blocked:
                if verdict == "approve":
                    raise DatasetError(
                        f"{file}:{number}: draft {draft} is blocked by a check (the queue has no Approve for it): "
                        "mark it edit or skip"
                    )
                on_blocked[verdict] += 1
            counts[verdict] += 1
            by_plan.setdefault(plans[draft], Counter())[verdict] += 1
            if verdict != "approve" and row.get("reason"):
                reasons.append(f"{verdict} {draft} ({plans[draft]}): {row['reason']}")
    return Verdicts(str(packet["set"]), len(plans), counts, by_plan, len(files), reasons, len(blocked), on_blocked)


def verdict_lines(v: Verdicts) -> list[str]:
    approve, skip = v.rate("approve"), v.rate("skip")
    approve_bar = "holds" if approve >= BARS["approve"] else "fails"
    skip_bar = "holds" if skip <= BARS["skip"] else "fails"
    lines = [
        f"-- panel on {v.name}: {v.total} verdicts from {v.panellists} panellists on {v.drafts} drafts",
        f"   approve as is {approve:.0%} (bar >= {BARS['approve']:.0%}: {approve_bar}),"
        f" edit {v.rate('edit'):.0%}, skip {skip:.0%} (bar <= {BARS['skip']:.0%}: {skip_bar})",
    ]
    if v.blocked:
        lines.append(
            f"   of them blocked by a check (no Approve in the queue, counted above as not approved as is): "
            f"{v.blocked} drafts, edit {v.on_blocked['edit']}, skip {v.on_blocked['skip']}"
        )
    for plan, counter in sorted(v.by_plan.items()):
        total = sum(counter.values())
        lines.append(f"     {plan:<12} " + ", ".join(f"{k} {counter[k]}" for k in VERDICTS) + f" of {total}")
    return lines


# -- the demo's queue ----------------------------------------------------------


def demo_panel(folder: Path) -> tuple[Path, Counter[str]]:
    """Run the demo's recorded threads as ``kuulo demo`` does and export its review queue for the panel."""
    with tempfile.TemporaryDirectory(prefix="kuulo-demo-panel-") as tmp, ReplayServer() as server:
        server.load_dir(RECORDINGS)
        services = Services(demo_settings(Path(tmp) / "data", server.url))
        try:
            ingest(services.guidance, [SAMPLE_GUIDANCE])
            for url, objective, topic in DEMO_THREADS:
                add_watch(services.db, services.settings, url, objective=objective, topics=[topic], actor="eval")
            poll(services, include_all=True)
            views = pending(services.db)
            with services.db.read() as session:
                threads: dict[str, dict[str, Any]] = {}
                for view in views:
                    if view.thread_id in threads:
                        continue
                    rows = session.execute(
                        select(Comment.external_id, Comment.parent_external_id, Comment.author_name, Comment.text)
                        .join(Thread, Comment.thread_id == Thread.id)
                        .where(Thread.external_id == view.thread_id, Comment.deleted.is_(False))
                        .order_by(Comment.id)
                    ).all()
                    ids = {r[0] for r in rows}
                    threads[view.thread_id] = {
                        "id": view.thread_id,
                        "platform": view.platform,
                        "objective": view.objective,
                        "title": view.thread_title or "",
                        "body": "",
                        "comments": [
                            {"id": r[0], "author": r[2] or "?", "parent": r[1] if r[1] in ids else None, "text": r[3]}
                            for r in rows
                        ],
                    }
        finally:
            services.close()
    guidance = []
    for path in sorted(SAMPLE_GUIDANCE.rglob("*.md")):
        meta, body = parse_front_matter(path.read_text("utf-8"), path)
        expired = meta.valid_until is not None and meta.valid_until < utcnow().date()
        if meta.visibility == "public" and not expired:
            guidance.append({"id": path.stem, "kind": meta.kind, "language": meta.language or "", "text": body.strip()})
    drafts = [
        {
            "id": f"demo-{view.id}",
            "thread": view.thread_id,
            "comment": view.comment_id,
            "plan": view.plan or "answer",
            "plan_reason": view.plan_reason or "",
            "text": signed(view.text),
            **({"blocked": list(view.blocking)} if view.blocking else {}),  # as the queue shows it: no Approve
        }
        for view in views
    ]
    out = export_panel(folder, "demo", guidance, list(threads.values()), drafts)
    return out, Counter(view.plan or "-" for view in views)


# -- `make eval` ---------------------------------------------------------------

PANEL = Path(__file__).parent / "panel"


def plan_sets() -> tuple[list[tuple[str, Path, str]], list[str]]:
    """The dev set and every blind set in the reply-plans format (named ``reply-plans-*``), verified."""
    sets = [("reply-plans-dev", DEV, "dev")]
    errors = []
    try:
        recorded = blind_sets()
    except DatasetError as exc:
        return sets, [str(exc)]
    for evalset in recorded:
        if not is_reply_plans(evalset.name):
            continue
        try:
            verify(evalset)
        except DatasetError as exc:
            errors.append(f"{evalset.name}: {exc}")
            continue
        sets.append((evalset.name, evalset.path, evalset.state))
    return sets, errors


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m eval.reply_plans",
        description="Reply plans (issue 25) on dev and every recorded reply-plans set; without --set every set is "
        "measured, fresh ones too (aggregates only), and the stored panels' verdicts are printed.",
    )
    parser.add_argument("--set", metavar="NAME[,NAME]", help="measure only these sets (reply-plans-dev or a blind set)")
    parser.add_argument("--export-panel", metavar="DIR", type=Path, help="also write each set's panel packet here")
    parser.add_argument(
        "--pair",
        nargs=2,
        metavar=("BEFORE", "AFTER"),
        type=Path,
        help="write one paired round of two exported packet folders into --export-panel DIR; measures nothing",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="also print where the comments labelled answer went (escalated, the plan, a gate, the drafter, the fact)",
    )
    args, _ = parser.parse_known_args(list(argv or []))  # `make eval` passes its arguments to every section
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """``make eval``'s reply-plans section; ``--export-panel DIR`` also writes the panel packets (sets and demo).

    ``--set NAME[,NAME]`` measures only the named sets (``reply-plans-dev`` or a recorded blind set), without the
    demo's packet or the stored panels. ``--pair BEFORE AFTER`` writes one paired round (:func:`pair_packets`) of two
    exported packet folders into ``--export-panel DIR`` (default ``eval/panel``) and measures nothing.
    """
    args = parse_args(argv)
    export: Path | None = args.export_panel
    only = set(args.set.split(",")) if args.set else None
    if args.pair:  # --pair BEFORE AFTER [--export-panel DIR]: one paired round of two exported packets
        try:
            out = pair_packets(args.pair[0], args.pair[1], export or PANEL)
        except (DatasetError, OSError, KeyError, json.JSONDecodeError) as exc:
            print(f"error: packets not paired: {exc}")
            return 1
        print(f"paired panel packet: {out} (versions.json maps each draft to its versions; never show it)")
        return 0
    print("\n== Reply plans (issue 25): plan per comment, offers only where they belong, answers with their fact")
    sets, errors = plan_sets()
    if only is not None:
        unknown = sorted(only - {name for name, _, _ in sets})
        if unknown:
            print(f"error: no reply-plans set named {', '.join(unknown)} (known: {', '.join(n for n, _, _ in sets)})")
            return 1
        sets = [s for s in sets if s[0] in only]
    for error in errors:
        print(f"error: {error}")
    for name, path, state in sets:
        try:
            plan_set = load_set(path, name)
        except DatasetError as exc:
            print(f"error: {name}: {exc}")
            errors.append(str(exc))
            continue
        started = time.monotonic()
        outcomes = run_set(plan_set)
        figures = measure(f"{name} [{state}]", outcomes, plan_set.brands)
        for line in report(figures, items=state != "fresh"):  # a fresh set's items stay unread
            print(line)
        if args.breakdown:
            for line in breakdown(outcomes, items=state != "fresh"):
                print(line)
        print(f"   ({time.monotonic() - started:.0f} s)")
        if export is not None:
            try:
                packet = panel_from_outcomes(export, plan_set, outcomes)
                print(f"   panel packet: {packet}")
                for line in voice_report.lines(voice_report.folder_counts(packet)):
                    print(line)
            except DatasetError as exc:
                print(f"error: {exc}")
                errors.append(str(exc))
    if export is not None and only is None:
        try:
            out, plans = demo_panel(export)
        except DatasetError as exc:
            print(f"error: {exc}")
            errors.append(str(exc))
        else:
            queue = ", ".join(f"{k} {v}" for k, v in plans.most_common())
            print(f"   demo queue: {sum(plans.values())} drafts ({queue})")
            print(f"   panel packet: {out}")
    folders = sorted(p for p in PANEL.iterdir() if p.is_dir()) if PANEL.exists() and only is None else []
    if not folders and only is None:
        print("   approver panel: no verdicts yet (eval/panel/<set>/verdicts/*.jsonl)")
    for folder in folders:
        try:
            verdicts = load_verdicts(folder)
        except DatasetError as exc:
            print(f"error: {exc}")
            errors.append(str(exc))
            continue
        if verdicts is None:
            print(f"   approver panel on {folder.name}: no verdicts yet")
            continue
        for line in verdict_lines(verdicts) + paired_lines(folder):
            print(line)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
