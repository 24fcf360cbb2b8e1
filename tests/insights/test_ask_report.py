"""Ask, themes from stored comments, erasure, and the weekly report, through Services and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.insights.ask import Claim, check_claims, quoted_spans
from bot.insights.data import Scope
from bot.insights.report import to_markdown
from bot.insights.service import ask, build_report, question_intent, themes
from bot.insights.themes import ThemeItem
from bot.privacy.suppress import author_hash
from bot.services import Services
from bot.storage.models import Comment, Signal, Suppression, Thread
from tests.fakes.openai_server import FakeOpenAI
from tests.insights.seed import NOW, TEXTS, seed


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def _llm(services_factory: Callable[..., Services], fake: FakeOpenAI) -> Services:
    return services_factory(drafter="llm", openai_base_url=fake.url, llm_max_retries=0)


def test_check_claims_keeps_only_claims_with_a_verbatim_quote_from_a_retrieved_comment() -> None:
    retrieved = {1: ThemeItem(1, "The outdoor unit is so loud at night.", "x")}
    claims = [
        Claim("Noise at night bothers people.", "outdoor unit is so loud at night", 1),  # verbatim
        Claim("Noise.", "the outdoor unit is so loud", 1),  # case differs
        Claim("Noise.", "outdoor unit is loud at night", 1),  # a word dropped
        Claim("It explodes.", "the unit explodes", 1),  # invented
        Claim("Noise.", "outdoor unit is so loud", 2),  # not retrieved
        Claim('They say "never again".', "outdoor unit is so loud", 1),  # the sentence quotes invented words
        Claim("Noise.", "", 1),  # no quote
    ]
    kept, reasons = check_claims(claims, retrieved)
    assert kept == [claims[0]]
    assert len(reasons) == 6
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


def test_ask_with_model_answer_in_finnish_keeps_verified_claims_and_drops_altered_and_invented(
    services_factory: Callable[..., Services], fake_openai: FakeOpenAI
) -> None:
    services = _llm(services_factory, fake_openai)
    ids = seed(services.db)
    fake_openai.enqueue(
        {
            "claims": [
                {
                    "sentence": "Yömelu häiritsee.",
                    "quote": "Ulkoyksikkö pitää kovaa ääntä yöllä",
                    "comment_id": ids["c0"],
                },
                {"sentence": "Naapurit valittavat.", "quote": "the neighbours complain", "comment_id": ids["c1"]},
                {"sentence": "Muutettu.", "quote": "Ulkoyksikkö pitää kovaa meteliä yöllä", "comment_id": ids["c0"]},
                {"sentence": "Keksitty.", "quote": "the unit explodes at night", "comment_id": ids["c1"]},
            ]
        }
    )
    answer = ask(services, "Mitä ihmiset sanovat ulkoyksikön äänestä yöllä?")
    assert answer.mode == "model", answer.rejected
    assert answer.language == "fi"
    assert [c.comment_id for c in answer.citations] == [ids["c0"], ids["c1"]]
    assert [c.sentence for c in answer.claims] == ["Yömelu häiritsee.", "Naapurit valittavat."]
    assert answer.dropped == 2
    assert "meteliä" not in answer.text and "explodes" not in answer.text
    assert '"the neighbours complain"' in answer.text
    body = fake_openai.requests[-1].body
    system = body["messages"][0]["content"]
    assert "Finnish" in system
    assert "Ulkoyksikkö pitää kovaa ääntä yöllä" in body["messages"][1]["content"]


def test_ask_with_model_only_invented_quotes_falls_back_to_extractive(
    services_factory: Callable[..., Services], fake_openai: FakeOpenAI
) -> None:
    services = _llm(services_factory, fake_openai)
    ids = seed(services.db)
    fake_openai.enqueue({"claims": [{"sentence": "x", "quote": "the unit explodes at night", "comment_id": ids["c1"]}]})
    answer = ask(services, "Is the outdoor unit noisy at night?")
    assert answer.mode == "extractive"
    assert answer.rejected == "no claim had a verbatim quote" and answer.dropped == 1
    assert "explodes" not in answer.text


def test_ask_filters_by_emotion_language_time_and_intent(services_factory: Callable[..., Services]) -> None:
    services = services_factory()
    ids = seed(services.db)
    noise = {ids[f"c{n}"] for n in range(4)}
    negative = ask(services, "Is the outdoor unit noisy at night?", Scope(emotion="negative"))
    assert {c.comment_id for c in negative.citations} <= {ids["c0"], ids["c1"], ids["c2"]}
    assert negative.citations
    swedish = ask(services, "Is the outdoor unit noisy at night?", Scope(language="sv"))
    assert {c.comment_id for c in swedish.citations} == {ids["c2"]}
    recent = ask(services, "What does installation cost?", Scope(since=NOW - timedelta(days=3)))
    assert {c.comment_id for c in recent.citations} <= noise  # installation comments are all older
    nothing = ask(services, "Is the outdoor unit noisy at night?", Scope(intent="complaint"))
    assert nothing.mode == "empty" and nothing.citations == []
    assert nothing.text == "No collected comment speaks to that yet."


def test_finnish_question_finds_swedish_and_english_comments(services_factory: Callable[..., Services]) -> None:
    services = services_factory()
    ids = seed(services.db)
    answer = ask(services, "Mitä sanotaan asennuksen hinnasta?")
    cited = {c.comment_id for c in answer.citations}
    assert {ids["c5"], ids["c6"]} <= cited  # English and Swedish comments on installation cost
    assert cited <= {ids[f"c{n}"] for n in (4, 5, 6, 7)}


def _add_off_topic(services: Services, text: str) -> int:
    with services.db.write() as session:
        thread = session.query(Thread).first()
        assert thread is not None
        comment = Comment(
            thread_id=thread.id,
            platform="reddit",
            external_id="off",
            author_id="author-off",
            author_name="user-off",
            text=text,
            created_at=NOW - timedelta(days=1),
            url="https://www.reddit.com/r/heatpumps/comments/abc/_/off/",
            language="en",
        )
        session.add(comment)
        session.flush()
        session.add(
            Signal(comment_id=comment.id, language="en", intent="off_topic", emotion="negative", method="offline")
        )
        return comment.id


def test_ask_quotes_no_off_topic_comment_and_finds_nothing_when_only_one_answers(
    services_factory: Callable[..., Services],
) -> None:
    services = services_factory()
    ids = seed(services.db)
    off = _add_off_topic(services, "Black Friday deals this year are a joke, everything was pricier than in October.")
    sale = ask(services, "What are people saying about our Black Friday sale?")
    assert sale.mode == "empty" and sale.citations == []  # the one match is not about the brand
    noise = ask(services, "Is the outdoor unit noisy at night?")
    cited = {c.comment_id for c in noise.citations}
    assert ids["c0"] in cited or ids["c1"] in cited
    assert off not in cited
    asked_for = ask(services, "What are people saying about our Black Friday sale?", Scope(intent="off_topic"))
    assert {c.comment_id for c in asked_for.citations} == {off}  # unless the team asks for off-topic comments


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


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which suggestions do customers make?", "feedback_or_idea"),
        ("Vilka förslag kommer folk med?", "feedback_or_idea"),
        ("Mistä asiakkaat valittaa eniten?", "complaint"),
        ("What do people ask about prices?", "question"),
        ("What do people say about delivery times?", None),
        ("mitä ihmiset sanovat toimitusajoista?", None),
        ("Vad säger folk om priset?", None),
    ],
)
def test_a_question_about_a_kind_of_comment_is_told_from_a_question_about_a_topic(
    services_factory: Callable[..., Services], question: str, kind: str | None
) -> None:
    services = services_factory()
    assert question_intent(services.embedder, question) == kind
