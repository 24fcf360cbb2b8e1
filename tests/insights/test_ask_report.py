"""Ask, themes from stored comments, erasure, and the weekly report, through Services and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.insights.ask import quoted_spans, verify
from bot.insights.data import Scope
from bot.insights.report import to_markdown
from bot.insights.service import ask, build_report, themes
from bot.insights.themes import ThemeItem
from bot.privacy.suppress import author_hash
from bot.services import Services
from bot.storage.models import Suppression
from tests.fakes.openai_server import FakeOpenAI
from tests.insights.seed import TEXTS, seed


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def _llm(services_factory: Callable[..., Services], fake: FakeOpenAI) -> Services:
    return services_factory(drafter="llm", openai_base_url=fake.url, llm_max_retries=0)


def test_verify_rejects_quote_not_in_cited_comment_word_for_word() -> None:
    retrieved = {1: ThemeItem(1, "The outdoor unit is so loud at night.", "x")}
    assert verify('People say "the outdoor unit is so loud".', [1], retrieved) is not None  # case differs
    assert verify('People say "outdoor unit is so loud at night".', [1], retrieved) is None
    assert verify("People complain about noise.", [], retrieved) == "no citations"
    assert verify("Noise.", [2], retrieved) is not None
    assert quoted_spans('„Ulkoyksikkö pitää ääntä“ and «utedelen låter» and "ok"') == [
        "Ulkoyksikkö pitää ääntä",
        "utedelen låter",
    ]


def test_ask_without_model_answers_extractively_with_matching_theme_quotes(
    services_factory: Callable[..., Services],
) -> None:
    services = services_factory()
    ids = seed(services.db)
    answer = ask(services, "Is the outdoor unit noisy at night?")
    assert answer.mode == "extractive"
    cited = {c.comment_id for c in answer.citations}
    noise = {ids[f"c{n}"] for n in range(4)}
    assert cited and cited <= noise
    assert all(c.url and c.url.startswith("https://www.reddit.com/") for c in answer.citations)
    for citation in answer.citations:
        assert f'"{citation.text}"' in answer.text


def test_ask_with_model_answer_in_finnish_and_verified_quote_is_shown(
    services_factory: Callable[..., Services], fake_openai: FakeOpenAI
) -> None:
    services = _llm(services_factory, fake_openai)
    ids = seed(services.db)
    fake_openai.enqueue(
        {"answer": 'Ihmiset valittavat yömelusta: "Ulkoyksikkö pitää kovaa ääntä yöllä".', "cited": [ids["c0"]]}
    )
    answer = ask(services, "Mitä ihmiset sanovat ulkoyksikön äänestä yöllä?")
    assert answer.mode == "model", answer.rejected
    assert answer.language == "fi"
    assert [c.comment_id for c in answer.citations] == [ids["c0"]]
    body = fake_openai.requests[-1].body
    system = body["messages"][0]["content"]
    assert "Finnish" in system
    assert "Ulkoyksikkö pitää kovaa ääntä yöllä" in body["messages"][1]["content"]


def test_ask_with_model_fabricated_quote_falls_back_to_extractive(
    services_factory: Callable[..., Services], fake_openai: FakeOpenAI
) -> None:
    services = _llm(services_factory, fake_openai)
    ids = seed(services.db)
    fake_openai.enqueue({"answer": 'People say "the unit explodes at night".', "cited": [ids["c1"]]})
    answer = ask(services, "Is the outdoor unit noisy at night?")
    assert answer.mode == "extractive"
    assert answer.rejected == "a quote does not match any cited comment word for word"
    assert "explodes" not in answer.text


def test_erased_author_disappears_from_themes_and_answers(services_factory: Callable[..., Services]) -> None:
    services = services_factory()
    ids = seed(services.db)
    before = ask(services, "Is the outdoor unit noisy at night?")
    assert ids["c1"] in {c.comment_id for c in before.citations}
    with services.db.write() as session:
        session.add(Suppression(platform="reddit", author_hash=author_hash("author1"), reason="erasure"))
    found = themes(services, Scope(), named=False)
    assert all(ids["c1"] not in theme.comment_ids for theme in found)
    after = ask(services, "Is the outdoor unit noisy at night?")
    assert ids["c1"] not in {c.comment_id for c in after.citations}
    assert TEXTS[1][2] not in after.text


def test_themes_with_model_names_them_through_fake_openai(
    services_factory: Callable[..., Services], fake_openai: FakeOpenAI
) -> None:
    services = _llm(services_factory, fake_openai)
    seed(services.db)
    fake_openai.responder = lambda messages: {"names": ["noise at night", "installation cost", "filter cleaning"]}
    found = themes(services, Scope())
    assert sorted(theme.name for theme in found) == ["filter cleaning", "installation cost", "noise at night"]


def test_weekly_report_flags_new_noise_theme_and_draws_chart(services_factory: Callable[..., Services]) -> None:
    services = services_factory(timezone="Europe/Helsinki")
    seed(services.db)
    report, chart = build_report(services, "2026-W20")
    assert chart.startswith(b"\x89PNG")
    assert len(report.themes) == 3
    emerging = report.emerging
    assert len(emerging) == 1 and emerging[0].trend.new
    assert emerging[0].trend.counts[-1] == 4
    assert report.emotions["negative"] == 3
    markdown = to_markdown(report, "chart.png")
    assert "## Emerging" in markdown and "![](chart.png)" in markdown
    assert "> The outdoor unit is so loud at night that the neighbours complain." in markdown


def test_cli_report_writes_markdown_and_png_and_ask_prints_quotes(
    kuulo: Callable[..., Any], tmp_path: Path, services_factory: Callable[..., Services]
) -> None:
    seed(services_factory().db)
    result = kuulo("report", "--week", "2026-W20", "--out", str(tmp_path / "out"))
    assert result.code == 0, result.err
    assert (tmp_path / "out" / "report-2026-W20.png").read_bytes().startswith(b"\x89PNG")
    assert "Audience report, week 2026-W20" in (tmp_path / "out" / "report-2026-W20.md").read_text()
    campaign = kuulo("report", "--week", "2026-W20", "--watch", "1")
    assert campaign.code == 0 and "Listening campaign: watch 1" in campaign.out
    asked = kuulo("ask", "How often should the filters be cleaned?")
    assert asked.code == 0, asked.err
    assert "filt" in asked.out.lower() and "reddit.com" in asked.out
    bad = kuulo("report", "--week", "week twenty")
    assert bad.code == 1 and "ISO week" in bad.err
    listed = kuulo("themes")
    assert listed.code == 0 and listed.out.count("comments;") == 3
