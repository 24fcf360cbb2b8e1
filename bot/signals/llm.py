"""The language-model classifier: many comments per call, structured output.

LangChain ``ChatOpenAI`` (Chat Completions, ``use_responses_api=False``) with
``with_structured_output(..., method="json_schema", strict=True)``, prompt from
``prompts/classify_comments.yaml``. Comment text is untrusted: it sits in a data
block with a random boundary, and the model's verdict can only *add* risk flags
and opt-outs to the rule-based ones, never remove them. Language comes from the
detector first (the model's guess only when the detector abstains).
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Sequence
from typing import Any

import pydantic

from bot.config import Settings
from bot.errors import KuuloError
from bot.language import detect_language as detect
from bot.llm import structured_model
from bot.signals import rules
from bot.signals.offline import SignalContext
from bot.signals.types import Emotion, Intent, Risk, Signals, Tone
from prompts import PromptError, load_prompt

log = logging.getLogger(__name__)
PROMPT_NAME = "classify_comments"


class ClassificationError(KuuloError):
    """The model could not classify a batch; the offline classifier still works."""


class ModelLabel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    index: int
    intent: Intent
    emotion: Emotion
    tones: list[Tone]
    sarcasm: bool
    need: str | None
    risk: list[Risk]
    opt_out: bool
    language: str | None


class ModelClassification(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    items: list[ModelLabel]


class LLMClassifier:
    method = "llm"

    def __init__(self, settings: Settings, runnable: Any = None) -> None:
        self.settings = settings
        self.prompt = load_prompt(PROMPT_NAME)
        if self.prompt.output_schema != ModelClassification.__name__:
            raise PromptError(f"{PROMPT_NAME}.yaml must declare output_schema {ModelClassification.__name__}")
        self._runnable = runnable if runnable is not None else _structured_model(settings)

    def classify(self, texts: Sequence[str], context: SignalContext | None = None) -> list[Signals]:
        context = context or SignalContext()
        size = max(1, self.settings.classify_batch_size)
        out: list[Signals] = []
        for start in range(0, len(texts), size):
            out.extend(self._batch(list(texts[start : start + size]), context))
        return out

    def _batch(self, texts: list[str], context: SignalContext) -> list[Signals]:
        limit = self.prompt.budget("comment")
        payload = json.dumps([{"index": i, "text": t[:limit]} for i, t in enumerate(texts)], ensure_ascii=False)
        boundary = secrets.token_hex(6)
        payload = payload.replace(f"data-{boundary}", "data-")  # a comment cannot close its own block
        system, user = self.prompt.render(boundary=boundary, brand_context=_brand_context(context), comments=payload)
        started = time.monotonic()
        try:
            answer = self._runnable.invoke([("system", system), ("human", user)])
        except Exception as exc:
            log.warning(
                "classify failed model=%s n=%d error=%s", self.settings.llm_model, len(texts), type(exc).__name__
            )
            raise ClassificationError(
                f"the model at {self.settings.openai_base_url or 'the OpenAI API'} could not classify comments "
                f"({type(exc).__name__}); retry later or set KUULO_CLASSIFIER=offline"
            ) from exc
        if not isinstance(answer, ModelClassification):
            raise ClassificationError("the model's answer did not match the classification schema")
        by_index = {item.index: item for item in answer.items if 0 <= item.index < len(texts)}
        missing = [i for i in range(len(texts)) if i not in by_index]
        if missing:
            raise ClassificationError(
                f"the model left {len(missing)} of {len(texts)} comments unlabelled; "
                "lower KUULO_CLASSIFY_BATCH_SIZE or set KUULO_CLASSIFIER=offline"
            )
        log.info(
            "classify done model=%s n=%d after=%.2fs", self.settings.llm_model, len(texts), time.monotonic() - started
        )
        return [merge(text, by_index[i], context) for i, text in enumerate(texts)]


def merge(text: str, label: ModelLabel, context: SignalContext) -> Signals:
    """The model's labels, with rule-based risk and opt-out added back (never removed)."""
    language = detect(text) or (label.language.lower()[:2] if label.language else None)
    risk = dict.fromkeys(rules.risk_flags(text, language, (*context.brand_terms, *context.competitors)))
    if rules.competitor_mentioned(text, context.competitors, context.brand_terms) is not None:
        risk["competitor_thread"] = None
    risk.update(dict.fromkeys(label.risk))
    need = " ".join(label.need.split()[:12]).lower() if label.need else None
    return Signals(
        language=language,
        intent=label.intent,
        emotion=label.emotion,
        tones=tuple(dict.fromkeys(label.tones)),
        sarcasm=label.sarcasm or rules.match("sarcasm", text, language) is not None,
        need=need or None,
        risk=tuple(risk),
        opt_out=label.opt_out or rules.match("opt_out", text, language) is not None,
        is_question=rules.is_question(text, language) or label.intent == "question",
        method="llm",
        intent_confidence=1.0,
        evidence={"model": "labelled"},
    )


def _brand_context(context: SignalContext) -> str:
    parts = []
    if context.brand_terms:
        parts.append("Our brand and products: " + ", ".join(context.brand_terms) + ".")
    if context.competitors:
        parts.append("Competitors: " + ", ".join(context.competitors) + ".")
    return " ".join(parts) or "No brand context was given."


def _structured_model(settings: Settings) -> Any:
    return structured_model(settings, ModelClassification, purpose="the LLM classifier", temperature=0.0)
