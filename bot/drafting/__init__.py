"""Drafting replies: a language-model drafter and an offline, retrieval-based one.

:func:`make_drafter` picks by ``Settings.drafter_mode`` (``KUULO_DRAFTER``;
``auto`` means the model when ``OPENAI_API_KEY`` or ``OPENAI_BASE_URL`` is set).
Both answer :class:`DraftResult` for a :class:`DraftRequest`; neither publishes.
"""

from __future__ import annotations

import logging

from bot.checks.frozen import brand_for
from bot.config import Settings
from bot.drafting.offline import OfflineDrafter
from bot.drafting.types import Drafter, DraftRequest, DraftResult
from bot.ports import Embedder

__all__ = ["DraftRequest", "DraftResult", "Drafter", "make_drafter"]

log = logging.getLogger(__name__)


def make_drafter(settings: Settings, embedder: Embedder) -> Drafter:
    """The drafter the settings ask for; logs which one, once per call (Services builds it once)."""
    if settings.drafter_mode == "llm":
        from bot.drafting.llm import LLMDrafter  # start-up cost: langchain-openai, only with a model

        log.info(
            "drafter mode=llm model=%s server=%s",
            settings.llm_model,
            settings.openai_base_url or "api.openai.com",
        )
        return LLMDrafter(settings)

    log.info("drafter mode=offline embedder=%s", embedder.name)
    return OfflineDrafter(embedder, fallback_language=settings.locale, brand=brand_for(settings).name)
