"""The evaluation set is sound, and the offline classifier meets the issue's targets on its test split."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot.signals.examples import examples
from bot.signals.types import INTENTS, RISK_FLAGS
from eval.dataset import load_brands, load_comments
from eval.run import Report, format_report, run
from tests.conftest import make_settings
from tests.fakes.openai_server import FakeOpenAI

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_evaluation_set_covers_languages_intents_risks_and_hard_cases() -> None:
    comments = load_comments()
    assert len(comments) >= 300
    assert len({c.id for c in comments}) == len(comments)
    assert len({c.brand for c in comments}) >= 4
    assert set(load_brands()) == {c.brand for c in comments}
    for split in ("dev", "test"):
        part = [c for c in comments if c.split == split]
        assert {c.intent for c in part} == set(INTENTS), split
        assert {r for c in part for r in c.risk} == set(RISK_FLAGS), split
        assert {c.language for c in part if c.opt_out} == {"fi", "sv", "en"}, split
        assert any(c.sarcasm for c in part), split
        assert any(c.should_draft and "?" not in c.text for c in part), split
    assert Counter(c.language for c in comments).keys() == {"fi", "sv", "en"}
    assert not any(c.should_draft and (c.risk or c.opt_out) for c in comments)
    dev_threads = {c.thread_id for c in comments if c.split == "dev"}
    assert dev_threads.isdisjoint({c.thread_id for c in comments if c.split == "test"})


def test_example_phrases_share_no_text_with_the_evaluation_comments() -> None:
    phrases = [e.text for e in examples()]
    comment_shingles = set().union(*(shingles(c.text) for c in load_comments()))
    shared = [p for p in phrases if shingles(p) & comment_shingles]
    assert not shared, f"example phrases overlapping the evaluation set: {shared}"


@pytest.fixture(scope="module")
def offline_report() -> Report:
    from bot.signals.offline import OfflineClassifier
    from eval.memory import MemoEmbedder
    from knowledge.embeddings import LocalE5Embedder

    embedder = MemoEmbedder(LocalE5Embedder())
    return run(OfflineClassifier(embedder).classify, embedder, "offline")


def test_offline_classifier_meets_the_targets_on_the_test_split(offline_report: Report) -> None:
    print(format_report(offline_report))
    assert offline_report.count >= 150
    assert offline_report.language_accuracy >= 0.95
    assert offline_report.precision >= 0.8
    assert offline_report.recall >= 0.6
    assert offline_report.risky_drafted == 0
    assert offline_report.opt_out_found == offline_report.opt_out_total


def test_thresholds_are_calibrated_on_dev_and_reported(offline_report: Report) -> None:
    text = format_report(offline_report)
    calibration = offline_report.calibration
    assert 0.7 < calibration.answer_thresholds["same"] < 0.95
    assert 0.7 < calibration.answer_thresholds["cross"] < 0.95
    assert calibration.digest < calibration.draft
    assert "calibrated on dev" in text
    assert "intent confusion" in text


def test_llm_mode_runs_batched_and_a_careless_model_still_drafts_no_risky_comment(tmp_path: Path) -> None:
    """A model that calls everything a harmless question: rule-based risk and opt-outs survive."""
    from bot.signals.llm import LLMClassifier
    from eval.memory import MemoEmbedder
    from knowledge.embeddings import LocalE5Embedder

    def careless(messages: list[dict[str, Any]]) -> dict[str, Any]:
        user = next(m["content"] for m in messages if m["role"] == "user")
        sent = json.loads(user[user.index("[") : user.rindex("]") + 1])
        return {
            "items": [
                {
                    "index": item["index"],
                    "intent": "question",
                    "emotion": "neutral",
                    "tones": [],
                    "sarcasm": False,
                    "need": None,
                    "risk": [],
                    "opt_out": False,
                    "language": None,
                }
                for item in sent
            ]
        }

    with FakeOpenAI() as fake:
        fake.responder = careless
        settings = make_settings(tmp_path, openai_base_url=fake.url, classify_batch_size=25, llm_max_retries=0)
        embedder = MemoEmbedder(LocalE5Embedder())
        report = run(LLMClassifier(settings).classify, embedder, "llm (fake)")
        per_brand = Counter(c.brand for c in load_comments())
        assert len(fake.requests) == sum(-(-n // 25) for n in per_brand.values())
    assert report.risky_drafted == 0
    assert report.opt_out_found == report.opt_out_total
    assert report.language_accuracy >= 0.95
