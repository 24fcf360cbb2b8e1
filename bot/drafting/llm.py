"""The language-model drafter: LangChain's ``ChatOpenAI`` with structured output.

Why ``with_structured_output(ModelDraft, method="json_schema", strict=True)``:
on OpenAI it sends ``response_format={"type": "json_schema", ...}`` with the
strict schema, so decoding is constrained and refusals are reported as such.
OpenAI-compatible servers (vLLM, Ollama, llama.cpp) accept the same
``response_format`` on ``/v1/chat/completions``; and whatever a server does
with it, the reply is plain JSON in ``message.content`` which the openai SDK
validates against the same pydantic schema. So a model that ignores the
schema yields a :class:`~bot.errors.DraftingError`, never a half-parsed draft.
Function calling would need tool support the small local servers often lack,
and ``json_mode`` alone does not tell the model the field names.

The Chat Completions API is used (``use_responses_api=False``) because that is
what the compatible servers implement. The SDK retries 429/5xx/timeouts
``llm_max_retries`` times, honouring ``Retry-After``; whatever still fails
becomes a ``DraftingError`` that says what to do. Logs carry timings and
counts, never the comment text or the key.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Literal

import pydantic

from bot.config import Settings
from bot.drafting.prompting import build_prompt
from bot.drafting.types import DraftRequest, DraftResult, DraftVariant
from bot.errors import DraftingError
from bot.llm import structured_model
from prompts import PromptError, load_prompt

log = logging.getLogger(__name__)
PROMPT_NAME = "draft_reply"
MAX_EXTRA_VARIANTS = 2  # besides the main reply: three variants at most


class ModelVariant(pydantic.BaseModel):
    """One more way to write the reply (for example "concise" or "warm")."""

    model_config = pydantic.ConfigDict(extra="forbid")

    label: str = pydantic.Field(description="a one-word name of the variant, e.g. concise or warm")
    text: str = pydantic.Field(description="the variant's reply; empty when skipped")
    cited: list[str] = pydantic.Field(description="ids of the guidance passages this variant relies on")
    skip_reason: str | None = pydantic.Field(
        description="why this variant adds nothing over the main reply; null when it is written"
    )


class ModelDraft(pydantic.BaseModel):
    """What the model must answer (strict JSON schema: every field required, nothing extra)."""

    model_config = pydantic.ConfigDict(extra="forbid")

    skip: bool = pydantic.Field(description="true when no reply should be posted")
    skip_reason: str | None = pydantic.Field(description="why not to reply; null when skip is false")
    text: str = pydantic.Field(description="the reply to publish; empty when skipping")
    language: str = pydantic.Field(description="ISO 639-1 code of the reply's language")
    cited: list[str] = pydantic.Field(description="ids of the guidance passages the reply relies on")
    rationale: str = pydantic.Field(description="one or two sentences for the human reviewer")
    variants: list[ModelVariant] | None = pydantic.Field(
        default=None, description="one or two other variants of the reply (e.g. concise, warm); null when skipping"
    )


class LLMDrafter:
    mode: Literal["llm", "offline"] = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.prompt = load_prompt(PROMPT_NAME)
        if self.prompt.output_schema != ModelDraft.__name__:
            raise PromptError(
                f"{PROMPT_NAME}.yaml declares output_schema {self.prompt.output_schema!r}, "
                f"but the drafter parses {ModelDraft.__name__!r}; make them agree"
            )
        self._runnable = _structured_model(settings)

    def draft(self, request: DraftRequest) -> DraftResult:
        built = build_prompt(self.prompt, request, fallback_language=self.settings.locale)
        started = time.monotonic()
        try:
            answer = self._runnable.invoke([("system", built.system), ("human", built.user)])
        except Exception as exc:
            elapsed = time.monotonic() - started
            log.warning(
                "draft failed model=%s after=%.2fs error=%s", self.settings.llm_model, elapsed, type(exc).__name__
            )
            raise _drafting_error(exc, self.settings) from exc
        elapsed = time.monotonic() - started
        parsed, tokens = _unpack(answer, self.settings)
        result = to_result(parsed, request).model_copy(update={"tokens_used": tokens})
        log.info(
            "draft done model=%s prompt=v%s after=%.2fs skip=%s cited=%d chars=%d tokens=%d",
            self.settings.llm_model,
            self.prompt.version,
            elapsed,
            result.skip,
            len(result.cited),
            len(result.text),
            tokens,
        )
        return result


def _unpack(answer: Any, settings: Settings) -> tuple[ModelDraft, int]:
    """The parsed draft and the tokens the request used (``usage.total_tokens``; 0 when not reported)."""
    if not isinstance(answer, dict):
        raise DraftingError(f"the model's answer did not match the draft schema (got {type(answer).__name__})")
    raw, parsed, error = answer.get("raw"), answer.get("parsed"), answer.get("parsing_error")
    usage = getattr(raw, "usage_metadata", None) or {}
    tokens = int(usage.get("total_tokens") or 0)
    if error is not None:
        raise _drafting_error(error, settings) from error
    if not isinstance(parsed, ModelDraft):
        raise DraftingError(f"the model's answer did not match the draft schema (got {type(parsed).__name__})")
    return parsed, tokens


def to_result(answer: ModelDraft, request: DraftRequest) -> DraftResult:
    """Keep only cited ids that were given; refuse a non-skip without text."""
    known = {passage.id for passage in request.passages}
    cited = list(dict.fromkeys(pid for pid in answer.cited if pid in known))
    dropped = len(set(answer.cited) - known)
    if dropped:
        log.info("draft cited %d unknown passage ids; dropped", dropped)
    text = answer.text.strip()
    if not answer.skip and not text:
        raise DraftingError("the model neither wrote a reply nor chose to skip; regenerate the draft or write one")
    variants: list[DraftVariant] = []
    notes: list[str] = []
    for variant in (answer.variants or [])[:MAX_EXTRA_VARIANTS] if not answer.skip else []:
        label = " ".join(variant.label.split())[:32] or "variant"
        body = variant.text.strip()
        if variant.skip_reason or not body or body == text:
            notes.append(f"variant {label!r} skipped: {variant.skip_reason or 'it added nothing'}")
            continue
        variant_cited = list(dict.fromkeys(pid for pid in variant.cited if pid in known))
        variants.append(DraftVariant(label=label, text=body, cited=variant_cited))
    rationale = answer.rationale.strip()
    if notes:
        rationale = f"{rationale} ({'; '.join(notes)})" if rationale else "; ".join(notes)
    return DraftResult(
        skip=answer.skip,
        skip_reason=(answer.skip_reason or "the model chose not to reply") if answer.skip else None,
        text=text,
        language=answer.language.strip().lower(),
        cited=cited,
        rationale=rationale,
        variants=variants,
    )


def _structured_model(settings: Settings) -> Any:
    return structured_model(
        settings,
        ModelDraft,
        purpose="the LLM drafter",
        temperature=0.3,
        max_tokens=settings.llm_max_tokens,
        include_raw=True,
    )


def _drafting_error(exc: Exception, settings: Settings) -> DraftingError:
    import openai
    from langchain_core.exceptions import ModelRefusalError

    where = settings.openai_base_url or "the OpenAI API"
    attempts = settings.llm_max_retries + 1
    if isinstance(exc, openai.APITimeoutError):
        return DraftingError(
            f"the language model at {where} did not answer within {settings.llm_timeout_seconds:g} s "
            f"({attempts} attempts); try again, or raise KUULO_LLM_TIMEOUT"
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return DraftingError(f"the language model at {where} refused the API key; check OPENAI_API_KEY")
    if isinstance(exc, openai.RateLimitError):
        return DraftingError(
            f"the language model at {where} is rate-limiting us after {attempts} attempts; try again in a minute"
        )
    if isinstance(exc, openai.NotFoundError):
        return DraftingError(f"the model {settings.llm_model!r} was not found at {where}; check KUULO_LLM_MODEL")
    if isinstance(exc, openai.APIStatusError):
        return DraftingError(
            f"the language model at {where} answered HTTP {exc.status_code} after {attempts} attempts; try again later"
        )
    if isinstance(exc, openai.APIConnectionError):
        return DraftingError(f"cannot reach the language model at {where}; check OPENAI_BASE_URL and that it runs")
    if isinstance(exc, ModelRefusalError):
        return DraftingError("the model refused to draft a reply to this comment; write one yourself or skip it")
    if isinstance(exc, openai.LengthFinishReasonError):
        return DraftingError("the model's answer was cut off before the draft was complete; regenerate the draft")
    if isinstance(exc, pydantic.ValidationError | ValueError):
        return DraftingError(
            "the model answered outside the draft schema (not the JSON asked for); regenerate the draft, "
            "or use a model that supports structured output"
        )
    return DraftingError(f"drafting failed ({type(exc).__name__}); regenerate the draft or write the reply yourself")
