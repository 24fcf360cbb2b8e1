"""Turn a :class:`DraftRequest` into the chat messages of ``prompts/draft_reply.yaml``.

Untrusted text (comment, author, thread title and body, earlier comments) is
normalised (:mod:`bot.textnorm`), cut to the prompt's budgets, and wrapped in
labelled ``<data-…>`` blocks whose boundary is random per request, so a
comment cannot close its own block: it would have to guess the boundary, and
any marker-shaped text is defanged anyway. Guidance passages are listed with
their id, kind, language and visibility; internal ones are marked so the model
may use them for judgement but never quote them.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.checks.signature import SLOT, signoff_template, slotted_disclosure
from bot.checks.voice_rules import voice_rules
from bot.domain import Passage
from bot.drafting.norms import describe
from bot.drafting.types import DraftRequest
from bot.drafting.voice import disclosure_line, guidance_brand, lead_in, sign_off
from bot.language import detect_language, greeting_language, language_name
from bot.textnorm import normalise
from prompts import Prompt, PromptError

_MARKER = re.compile(r"</?\s*data-[^>\s]*", re.IGNORECASE)
OBJECTIVES = ("awareness", "trust", "sales", "behaviour")
INTERNAL_NOTE = "internal: may inform, never quote"


@dataclass(frozen=True)
class DraftPrompt:
    system: str
    user: str
    language: str
    boundary: str


def target_language(request: DraftRequest, fallback: str) -> str:
    """The language to reply in: the comment's known language, else detected, else the language of a comment that is
    only thanks or a greeting (too short to detect: "Grattis! 🎉"), else ``fallback``."""
    text = request.comment_text
    return request.comment_language or detect_language(text) or greeting_language(text) or fallback


def build_prompt(
    prompt: Prompt,
    request: DraftRequest,
    *,
    fallback_language: str = "en",
    new_boundary: Callable[[], str] = lambda: secrets.token_hex(6),
) -> DraftPrompt:
    if request.objective not in OBJECTIVES:
        raise PromptError(f"unknown objective {request.objective!r}; use one of {', '.join(OBJECTIVES)}")
    boundary = new_boundary()
    language = target_language(request, fallback_language)
    block = _Blocks(prompt, boundary)
    instruction = (
        _clean(request.instruction, prompt.budget("instruction"))
        if request.instruction
        else prompt.fragment("no_instruction")
    )
    system, user = prompt.render(
        boundary=boundary,
        language_name=language_name(language),
        language_code=language,
        objective=request.objective,
        objective_guidance=prompt.fragment(f"objective_{request.objective}").strip(),
        platform=request.platform,
        platform_norms=describe(request.platform),
        guidance=format_guidance(request.passages) or prompt.fragment("no_guidance"),
        thread=block.thread(request),
        comment=block.comment(request),
        instruction=instruction,
        privacy_notice=request.privacy_notice or prompt.fragment("no_privacy_notice"),
        examples=format_examples(request.examples, prompt.budget("example")) or prompt.fragment("no_examples"),
        plan=request.plan + (" with offer" if request.offer and request.plan == "answer" else ""),
        plan_guidance=plan_guidance(prompt, request),
    )
    return DraftPrompt(system=system, user=user, language=language, boundary=boundary)


def plan_guidance(prompt: Prompt, request: DraftRequest) -> str:
    """The prompt's fragment for the reply plan (``plan_answer``, ``plan_answer_offer``, ``plan_correct`` ...)."""
    if request.plan not in ("answer", "correct", "acknowledge", "thank"):
        raise PromptError(f"a draft cannot be written for reply plan {request.plan!r}")
    key = "plan_answer_offer" if request.plan == "answer" and request.offer else f"plan_{request.plan}"
    reason = f" Why: {request.plan_reason}." if request.plan_reason else ""
    where = f" The passages that answer it: {', '.join(request.answer_passages)}." if request.answer_passages else ""
    product = (
        " " + prompt.fragment("plan_product").strip().replace("{product}", request.product)
        if request.product and request.plan in ("answer", "correct")
        else ""
    )
    own = (
        " " + prompt.fragment("brand_account" if request.replies_from == "brand_account" else "own_account").strip()
        if request.own_account
        else ""
    )
    template = signoff_template(request.passages, request.comment_language)
    signed = " " + prompt.fragment("signature_slot").strip().replace("{signoff}", template[0]) if template else ""
    rules = voice_rules([p for p in request.passages if p.visibility == "public"], request.comment_language)
    if template is not None:
        rules = replace(rules, signoff=None)  # asked above, with its slot
    elif rules.signoff is not None and SLOT in rules.signoff:
        # "Vastaus päättyy etunimeen, esim. '– Anni / Tuulivire'", a first-name rule the signature check does not slot:
        # the offline drafter signs with the voice's own example as written, and so does the model, never a name the
        # guidance does not give (no example: no sign-off asked rather than a made-up one).
        public = [p for p in request.passages if p.visibility == "public"]
        shown = sign_off(public, request.comment_language or "en", anywhere=True)
        rules = replace(rules, signoff=shown[0] if shown is not None else None)
    if request.own_account and request.replies_from != "brand_account" and rules.disclosure_personal_only:
        # As the offline drafter: on the brand's own post a rule for personal accounts asks for no line at all.
        own += " " + prompt.fragment("own_post_personal_rule").strip()
        rules = replace(rules, disclosure_at=None)
    elif request.own_account and request.replies_from != "brand_account" and rules.disclosure_elsewhere_only:
        # ... nor a rule for other people's threads ("When replying outside our own channels, ...").
        own += " " + prompt.fragment("own_post_scoped_rule").strip()
        rules = replace(rules, disclosure_at=None)
    first = " " + prompt.fragment("disclosure_first").strip() if rules.disclosure_at == "start" else ""
    opener = _slotted_opener(request) if template is not None and not request.own_account else None
    if opener is not None:
        first += " " + prompt.fragment("disclosure_slot").strip().replace("{line}", opener)
    public = [p for p in request.passages if p.visibility == "public"]
    lead = (
        lead_in(public, request.comment_language or "en", guidance_brand(request.passages), request.own_account)
        if request.replies_from != "brand_account"
        else None
    )
    if lead is not None:
        # As the offline drafter: the opener with its "but –" leads the first sentence in other people's threads.
        first = " " + prompt.fragment("disclosure_lead").strip().replace("{line}", lead[0])
        rules = replace(rules, disclosure_at="start")
    stated = rules.describe(request.plan, opener_counts=True)
    voice = " " + prompt.fragment("voice_rules").strip().replace("{rules}", "; ".join(stated)) if stated else ""
    return prompt.fragment(key).strip() + reason + where + product + own + signed + first + voice


def _slotted_opener(request: DraftRequest) -> str | None:
    """The disclosure guidance's own line for the reply's language with the slot where its example writer's name was
    ("Moi, {name} täältä Kiden asiakaspalvelusta!"), as the offline drafter writes it; None without such a line."""
    language = request.comment_language or "en"
    public = [p for p in request.passages if p.visibility == "public"]
    found = disclosure_line([p for p in public if p.language in (language, None)], language) or disclosure_line(
        public, language, anywhere=True
    )
    return slotted_disclosure(found[0], found[1].brand) if found is not None else None


def format_guidance(passages: Sequence[Passage]) -> str:
    lines: list[str] = []
    for passage in passages:
        visibility = "public" if passage.visibility == "public" else f"internal ({INTERNAL_NOTE})"
        heading = f' heading="{_clean(passage.heading, 120)}"' if passage.heading else ""
        lines.append(
            f"[{passage.id}] kind={passage.kind} language={passage.language or 'any'} visibility={visibility}{heading}"
        )
        lines.append(_clean(passage.text, 2000))
        lines.append("")
    return "\n".join(lines).strip()


def format_examples(examples: Sequence[str], budget: int) -> str:
    """Approved replies as numbered examples of the voice (cleaned like any stored text)."""
    return "\n".join(f"Example {index}: {_clean(text, budget)}" for index, text in enumerate(examples, start=1))


def _clean(text: str, budget: int) -> str:
    return _MARKER.sub("[marker removed]", normalise(text, budget).text)


class _Blocks:
    def __init__(self, prompt: Prompt, boundary: str) -> None:
        self.prompt = prompt
        self.boundary = boundary

    def wrap(self, label: str, text: str, budget_key: str) -> str:
        body = _clean(text, self.prompt.budget(budget_key))
        return f'<data-{self.boundary} label="{label}">\n{body}\n</data-{self.boundary}>'

    def comment(self, request: DraftRequest) -> str:
        parts = []
        if request.comment_author:
            parts.append(self.wrap("comment author name", request.comment_author, "author"))
        parts.append(self.wrap("comment", request.comment_text, "comment"))
        return "\n".join(parts)

    def thread(self, request: DraftRequest) -> str:
        parts = []
        if request.thread_title:
            parts.append(self.wrap("thread title", request.thread_title, "title"))
        if request.thread_body:
            parts.append(self.wrap("thread post", request.thread_body, "body"))
        parts.extend(self._parents(request.parents))
        return "\n".join(parts) if parts else "(no thread context)"

    def _parents(self, parents: Sequence[str]) -> list[str]:
        """The nearest ancestors that fit the total budget, printed oldest first."""
        per_parent, total = self.prompt.budget("parent"), self.prompt.budget("parents_total")
        kept: list[str] = []
        used = 0
        for text in reversed(parents):
            cleaned = normalise(text, per_parent).text
            if kept and used + len(cleaned) > total:
                break
            kept.append(text)
            used += len(cleaned)
        kept.reverse()
        omitted = len(parents) - len(kept)
        blocks = [f"({omitted} earlier comments omitted)"] if omitted else []
        offset = omitted
        for index, text in enumerate(kept, start=1):
            label = f"earlier comment {offset + index} of {len(parents)}"
            blocks.append(self.wrap(label, text, "parent"))
        return blocks
