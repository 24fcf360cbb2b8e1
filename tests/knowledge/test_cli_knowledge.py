"""``kuulo knowledge`` commands, run in-process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.knowledge.conftest import SAMPLE


def test_knowledge_ingest_list_search_remove_round_trip(kuulo: Callable[..., Any], shared_cache_path: Path) -> None:
    env = {"KUULO_EMBEDDING_CACHE": str(shared_cache_path)}
    first = kuulo("knowledge", "ingest", str(SAMPLE), **env)
    assert first.code == 0, first.err
    assert "fi/usein-kysyttya.md: 6 added, 0 removed, 0 unchanged" in first.out
    again = kuulo("knowledge", "ingest", str(SAMPLE), **env)
    assert "Total: 0 added, 0 removed," in again.out
    assert "en/faq.md: 0 added, 0 removed, 6 unchanged" in again.out

    listed = kuulo("knowledge", "list", **env)
    assert "   6  sv/vanliga-fragor.md  kinds: faq  languages: sv" in listed.out
    assert "internal/margins-and-roadmap.md  kinds: fact  languages: any  (internal)" in listed.out

    found = kuulo("knowledge", "search", "paljonko asennus maksaa", "--language", "fi", "-k", "2", **env)
    assert found.code == 0
    top = found.out.splitlines()[0]
    assert "faq" in top
    assert "fi/usein-kysyttya.md › Paljonko lämpöpumppu asennettuna maksaa?" in top
    assert float(top.split()[0]) > 0.5

    removed = kuulo("knowledge", "remove", "sv/vanliga-fragor.md", **env)
    assert removed.out.strip() == "Removed 6 sections of sv/vanliga-fragor.md."
    assert "sv/vanliga-fragor.md" not in kuulo("knowledge", "list", **env).out


def test_knowledge_ingest_with_bad_front_matter_exits_1_and_names_file_and_field(
    kuulo: Callable[..., Any], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\nvisibility: secret\n---\n# X\ny\n", "utf-8")
    result = kuulo("knowledge", "ingest", str(bad))
    assert result.code == 1
    assert "bad.md" in result.err
    assert "'visibility'" in result.err
    assert "public, internal" in result.err


def test_knowledge_list_and_search_on_empty_store_say_how_to_ingest(
    kuulo: Callable[..., Any], shared_cache_path: Path
) -> None:
    env = {"KUULO_EMBEDDING_CACHE": str(shared_cache_path)}
    assert "kuulo knowledge ingest PATH" in kuulo("knowledge", "list", **env).out
    assert "kuulo knowledge ingest PATH" in kuulo("knowledge", "search", "hinta", **env).out


def test_knowledge_commands_after_model_change_ask_for_rebuild_and_rebuild_works(
    kuulo: Callable[..., Any], shared_cache_path: Path
) -> None:
    from tests.knowledge.fake_openai_embeddings import FakeEmbeddingsServer

    local = {"KUULO_EMBEDDING_CACHE": str(shared_cache_path)}
    assert kuulo("knowledge", "ingest", str(SAMPLE / "en"), **local).code == 0
    with FakeEmbeddingsServer() as server:
        openai = {"KUULO_EMBEDDINGS": "openai", "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test"}
        refused = kuulo("knowledge", "list", **openai)
        assert refused.code == 1
        assert "kuulo knowledge ingest --rebuild PATH" in refused.err
        rebuilt = kuulo("knowledge", "ingest", "--rebuild", str(SAMPLE / "fi"), **openai)
        assert rebuilt.code == 0, rebuilt.err
        listed = kuulo("knowledge", "list", **openai).out
    assert "usein-kysyttya.md" in listed
    assert "faq.md" not in listed.replace("usein-kysyttya.md", "")
    assert server.requests


def test_knowledge_ingest_notes_a_guidance_domain_that_replies_may_not_link_to(
    kuulo: Callable[..., Any], shared_cache_path: Path
) -> None:
    """The sample guidance gives revontuli.example's booking pages: with no allowed link domains, a draft that states
    one is blocked by the link check, so ingest says so and how to allow the domain. Allowed by the install setting
    or by the brand file, nothing is said."""
    env = {"KUULO_EMBEDDING_CACHE": str(shared_cache_path)}
    first = kuulo("knowledge", "ingest", str(SAMPLE), **env)
    assert first.code == 0, first.err
    assert "Note: the public guidance names revontuli.example, which replies may not link to (allowed: no domains)" in (
        first.out
    )
    assert "kuulo brand set default allowed_link_domains revontuli.example" in first.out
    allowed = kuulo("knowledge", "ingest", str(SAMPLE), KUULO_ALLOWED_LINK_DOMAINS="revontuli.example", **env)
    assert allowed.code == 0 and "Note:" not in allowed.out
    by_file = kuulo("knowledge", "ingest", str(SAMPLE), KUULO_BRAND_FILE=str(SAMPLE / "brand.yaml"), **env)
    assert by_file.code == 0 and "Note:" not in by_file.out
