"""The pipeline's drafting extras on a replayed Finnish Reddit thread: voice examples, budget, variants, notice."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot.drafting import budget, pipeline
from bot.drafting.llm import LLMDrafter
from bot.review import decisions as review
from bot.services import Services
from bot.storage.db import Database
from bot.storage.models import Comment, Decision, Draft, DraftVersion, LLMUsage, Opportunity, utcnow
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI


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


def test_daily_token_cap_pauses_drafting_with_a_clear_message_and_keeps_the_opportunity_queued(
    polled: Services, tmp_path: Path
) -> None:
    first, second = pending(polled)[:2]
    polled.settings = polled.settings.model_copy(update={"llm_daily_token_cap": 50})
    reply = answer("Takuu on viisi vuotta. Vastaan Revontulen asiakaspalvelusta.")
    with FakeOpenAI() as fake:
        use_llm(polled, tmp_path, fake, llm_max_tokens=321)
        fake.enqueue(reply)
        done = pipeline.regenerate(polled, {"draft_id": first.id})
        [sent] = fake.requests
        paused = pipeline.regenerate(polled, {"draft_id": second.id})
        assert len(fake.requests) == 1  # the second draft never reached the model
    assert done["lines"][0].startswith(f"Draft {first.id} regenerated")
    assert sent.body.get("max_tokens", sent.body.get("max_completion_tokens")) == 321
    prompt_chars = sum(len(str(m["content"])) for m in sent.messages)
    content_chars = len(json.dumps(reply, ensure_ascii=False))
    assert budget.used(polled.db) == prompt_chars // 4 + content_chars // 4
    assert paused["lines"] == [
        f"Draft {second.id} kept: regeneration gave no new draft (daily model budget of 50 tokens reached "
        f"({budget.used(polled.db)} used today); drafting resumes at 00:00 UTC or raise KUULO_LLM_DAILY_TOKEN_CAP)."
    ]
    with polled.db.read() as session:
        opportunity = session.scalar(select(Opportunity).where(Opportunity.comment_id == second.comment_id))
        still = session.get(Draft, second.id)
    assert opportunity is not None and opportunity.action == "draft"
    assert "daily model budget of 50 tokens reached" in opportunity.parts["draft_error"]
    assert still is not None and still.status == "pending"
    tomorrow = utcnow() + timedelta(days=1)
    assert budget.used(polled.db, tomorrow) == 0
    budget.ensure_room(polled.db, polled.settings, tomorrow)


def test_token_usage_charged_twice_adds_up_in_one_row_per_utc_day(db: Database) -> None:
    budget.charge(db, 120)
    budget.charge(db, 30)
    budget.charge(db, 7, utcnow() + timedelta(days=1))
    assert budget.used(db) == 150
    with db.read() as session:
        row = session.get(LLMUsage, budget.day_of(utcnow()))
    assert row is not None and (row.tokens, row.requests) == (150, 2)


NOTICE_URL = "https://tietosuoja.revontuli.example/kuulo"


def test_first_reply_to_a_person_carries_the_privacy_notice_and_a_later_one_does_not(polled: Services) -> None:
    first, second = pending(polled)[:2]
    polled.settings = polled.settings.model_copy(update={"privacy_notice_url": NOTICE_URL})
    with polled.db.write() as session:
        a, b = session.get(Comment, first.comment_id), session.get(Comment, second.comment_id)
        assert a is not None and b is not None
        a.author_id = b.author_id = "t2_same_person"

    made = pipeline.regenerate(polled, {"draft_id": first.id})
    new_id = int(made["lines"][0].rsplit(" ", 1)[1].rstrip("."))
    text = current_text(polled, new_id)
    assert text.endswith(f"Näin käsittelemme tietojasi: {NOTICE_URL}")
    with polled.db.read() as session:
        new = session.get(Draft, new_id)
    assert new is not None and "tietosuoja.revontuli.example" in new.check_context["allowed_domains"]
    assert review.blocking_failures(text, "reddit", new.check_context) == []
    review.approve(polled.db, new_id, "anna", "cli", review.text_hash(text))
    review.mark_posted(polled.db, new_id, "anna", "cli", "https://www.reddit.com/r/Suomi/comments/1kuu01/_/x1/")

    again = pipeline.regenerate(polled, {"draft_id": second.id})
    later_id = int(again["lines"][0].rsplit(" ", 1)[1].rstrip("."))
    later = current_text(polled, later_id)
    assert NOTICE_URL not in later
    assert "tietojasi" not in later


def test_model_variants_become_sibling_drafts_and_approving_one_skips_the_others(
    polled: Services, tmp_path: Path
) -> None:
    old = pending(polled)[0]
    main = "Kaikilla Revontulen lämpöpumpuilla on viiden vuoden takuu. Vastaan Revontulen asiakaspalvelusta."
    concise = "Takuu on viisi vuotta. Vastaan Revontulen asiakaspalvelusta."
    variants = [
        {"label": "concise", "text": concise, "cited": ["nope"], "skip_reason": None},
        {"label": "warm", "text": "", "cited": [], "skip_reason": "sama kuin pääversio"},
    ]
    with FakeOpenAI() as fake:
        use_llm(polled, tmp_path, fake)
        fake.enqueue(answer(main, variants=variants))
        made = pipeline.regenerate(polled, {"draft_id": old.id})
    assert made["lines"][0].startswith(f"Draft {old.id} regenerated")
    with polled.db.read() as session:
        siblings = list(
            session.scalars(
                select(Draft).where(Draft.comment_id == old.comment_id, Draft.status == "pending").order_by(Draft.id)
            )
        )
    assert [current_text(polled, d.id) for d in siblings] == [main, concise]
    assert "variant 'warm' skipped: sama kuin pääversio" in (siblings[0].rationale or "")
    assert (siblings[1].rationale or "").startswith("Variant 'concise' of the reply.")

    review.approve(polled.db, siblings[1].id, "anna", "cli", review.text_hash(concise))
    with polled.db.read() as session:
        states = {d.id: d.status for d in session.scalars(select(Draft).where(Draft.comment_id == old.comment_id))}
        decision = session.scalar(select(Decision).where(Decision.draft_id == siblings[0].id))
    assert states[siblings[1].id] == "approved"
    assert states[siblings[0].id] == "skipped"
    assert decision is not None and (decision.action, decision.reason) == ("skipped", "another variant approved")
