"""Model-written theme names and answers: LangChain ``ChatOpenAI`` with structured output.

Same transport choices as the drafter (:mod:`bot.drafting.llm`): Chat
Completions, strict JSON schema. Comments go in as JSON inside a data block
with a random boundary. Nothing here is ever published: names and answers are
shown to the team, and answers are verified by :mod:`bot.insights.ask`
before they are shown.
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
from bot.errors import ConfigError, DraftingError
from bot.language import language_name
from bot.llm import structured_model
from prompts import load_prompt

log = logging.getLogger(__name__)


class ModelClaim(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    sentence: str = pydantic.Field(description="one sentence of the answer, in the asker's language")
    quote: str = pydantic.Field(description="words copied character for character from the comment that supports it")
    comment_id: int = pydantic.Field(description="id of the comment the quote comes from")


class ModelAnswer(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    claims: list[ModelClaim] = pydantic.Field(description="the answer, one supported sentence per claim")


class ModelThemeNames(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")

    names: list[str] = pydantic.Field(description="one short name per theme, in order")


def has_model(settings: Settings) -> bool:
    return settings.drafter_mode == "llm"


def _runnable(settings: Settings, schema: type[pydantic.BaseModel]) -> Any:
    return structured_model(settings, schema, purpose="a model-written answer", temperature=0.2)


def _invoke(settings: Settings, prompt_name: str, schema: type[pydantic.BaseModel], **variables: str) -> Any:
    prompt = load_prompt(prompt_name)
    if prompt.output_schema != schema.__name__:
        raise ConfigError(f"{prompt_name}.yaml declares {prompt.output_schema!r}; the code parses {schema.__name__!r}")
    system, user = prompt.render(boundary=secrets.token_hex(6), **variables)
    started = time.monotonic()
    try:
        answer = _runnable(settings, schema).invoke([("system", system), ("human", user)])
    except Exception as exc:
        log.warning("%s failed after=%.2fs error=%s", prompt_name, time.monotonic() - started, type(exc).__name__)
        raise DraftingError(f"the language model could not answer ({type(exc).__name__}); try again later") from exc
    log.info("%s done model=%s after=%.2fs", prompt_name, settings.llm_model, time.monotonic() - started)
    if not isinstance(answer, schema):
        raise DraftingError("the model's answer did not match the schema")
    return answer


class ModelThemeNamer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def name_themes(self, phrases: Sequence[Sequence[str]], language: str) -> list[str]:
        budget = load_prompt("name_themes").budget("comment")
        themes = [{"index": i, "comments": [text[:budget] for text in group]} for i, group in enumerate(phrases)]
        answer: ModelThemeNames = _invoke(
            self.settings,
            "name_themes",
            ModelThemeNames,
            language=language_name(language),
            themes=json.dumps(themes, ensure_ascii=False),
        )
        names = [name.strip()[:80] for name in answer.names]
        return names if len(names) == len(phrases) else []


def model_answer(settings: Settings, question: str, comments: Sequence[tuple[int, str]], language: str) -> ModelAnswer:
    budget = load_prompt("answer_question").budget("comment")
    data = [{"id": comment_id, "text": text[:budget]} for comment_id, text in comments]
    answer: ModelAnswer = _invoke(
        settings,
        "answer_question",
        ModelAnswer,
        language=language_name(language),
        question=question[:500],
        comments=json.dumps(data, ensure_ascii=False),
    )
    return answer
