"""The pipeline's drafting extras on a replayed Finnish Reddit thread: voice examples, budget, variants, notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot import pipeline, review
from bot.drafting.llm import LLMDrafter
from bot.polling import poll
from bot.replay import ReplayServer
from bot.services import Services
from bot.storage.models import Draft, DraftVersion
from bot.watches import add_watch
from knowledge.ingest import ingest
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "knowledge" / "sample"
RECORDINGS = ROOT / "bot" / "demo" / "recordings" / "reddit.json"
FI_THREAD = "https://www.reddit.com/r/Suomi/comments/1kuu01/lampopumppu_omakotitaloon/"


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("drafting-pipeline-embeddings") / "cache.sqlite"


@pytest.fixture
def polled(services_factory: Callable[..., Services], replay: ReplayServer, embedding_cache: Path) -> Services:
    replay.load(RECORDINGS)
    services = services_factory(
        reddit_url=replay.url, embedding_cache=embedding_cache, brand_file=SAMPLE / "brand.yaml"
    )
    ingest(services.guidance, [SAMPLE])
    add_watch(services.db, services.settings, FI_THREAD, objective="trust", topics=["lämpöpumput"])
    poll(services, include_all=True)
    return services


def pending(services: Services) -> list[Draft]:
    with services.db.read() as session:
        return list(session.scalars(select(Draft).where(Draft.status == "pending").order_by(Draft.id)))


def current_text(services: Services, draft_id: int) -> str:
    with services.db.read() as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        text = session.scalar(
            select(DraftVersion.text).where(
                DraftVersion.draft_id == draft_id, DraftVersion.version == draft.current_version
            )
        )
    assert text is not None
    return text


def use_llm(services: Services, tmp_path: Path, fake: FakeOpenAI, **overrides: Any) -> None:
    values: dict[str, Any] = {"openai_base_url": fake.url, "llm_timeout_seconds": 5.0, "llm_max_retries": 0}
    values.update(overrides)
    services.__dict__["drafter"] = LLMDrafter(make_settings(tmp_path, **values))


def answer(text: str, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "skip": False,
        "skip_reason": None,
        "text": text,
        "language": "fi",
        "cited": [],
        "rationale": "Vastaus takuusta.",
    }
    values.update(changes)
    return values


def test_a_human_edited_approved_reply_is_given_to_the_model_as_a_voice_example(
    polled: Services, tmp_path: Path
) -> None:
    first, second = pending(polled)[:2]
    model_text = current_text(polled, first.id)
    edited = model_text + " Kysy lisää, autamme mielellämme."
    review.edit(polled.db, first.id, "anna", "cli", edited, review.text_hash(model_text))
    review.approve(polled.db, first.id, "anna", "cli", review.text_hash(edited))
    with FakeOpenAI() as fake:
        use_llm(polled, tmp_path, fake)
        fake.enqueue(answer("Takuu on viisi vuotta. Vastaan Revontulen asiakaspalvelusta."))
        result = pipeline.regenerate(polled, {"draft_id": second.id})
        [sent] = fake.requests
    assert result["lines"][0].startswith(f"Draft {second.id} regenerated")
    system = sent.message("system")
    block = system.split("Approved replies in the brand's voice", 1)[1]
    assert f"Example 1: {edited}" in block
    assert "never copy facts" in block
