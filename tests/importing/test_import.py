"""Importing closed-platform comments: stored like polled threads, drafted offline, never polled."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.domain import FetchedComment, FetchedThread, ThreadRef
from bot.drafting.pipeline import process_comments
from bot.services import Services
from bot.storage.models import Comment, Draft, Opportunity, Thread, Watch, utcnow
from bot.watching.import_paste import parse_paste
from bot.watching.import_rows import parse_file
from bot.watching.importing import import_request, import_rows, payload_for
from bot.watching.threads import store_thread
from bot.watching.watches import add_watch, due_watches
from knowledge.ingest import ingest
from scheduler.registry import request_handler
from tests.conftest import FIXTURES

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "knowledge" / "sample"
IMPORTS = FIXTURES / "import"
POST = "https://www.instagram.com/p/Cx1revontuli/"


@pytest.fixture(scope="session")
def embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import-embeddings") / "cache.sqlite"


@pytest.fixture
def services(services_factory: Callable[..., Services], embedding_cache: Path) -> Services:
    built = services_factory(embedding_cache=embedding_cache, brand_file=SAMPLE / "brand.yaml")
    ingest(built.guidance, [SAMPLE])
    return built


def _count(services: Services, model: Any) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_pasted_instagram_section_is_drafted_like_any_thread_and_never_polled(services: Services) -> None:
    parsed = parse_paste((IMPORTS / "paste_instagram_fi.txt").read_text("utf-8"))
    report = import_rows(services, "instagram", POST, parsed.rows, objective="trust", topics=["lämpöpumput"])
    assert report.created_watch and report.new == 3
    assert report.drafted >= 1
    with services.db.read() as session:
        watch = session.get(Watch, report.watch_id)
        thread = session.scalar(select(Thread).where(Thread.watch_id == report.watch_id))
        drafts = session.scalars(select(Draft)).all()
    assert watch is not None and watch.platform == "instagram" and watch.kind == "thread" and watch.status == "ok"
    assert thread is not None and thread.extra["publish"] == "manual" and thread.community == "instagram"
    assert {d.status for d in drafts} == {"pending"} and {d.drafter for d in drafts} == {"offline"}
    assert due_watches(services.db, utcnow() + timedelta(days=365 * 200), include_all=True) == []


def test_reimporting_the_same_file_changes_nothing(services: Services) -> None:
    rows = parse_file(IMPORTS / "good_sv.json").rows
    first = import_rows(services, "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:1/", rows)
    counts = (_count(services, Comment), _count(services, Opportunity), _count(services, Draft))
    again = import_rows(services, "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:1/", rows)
    assert first.new == 2 and not again.created_watch and again.watch_id == first.watch_id
    assert (again.new, again.changed, again.unchanged, again.drafted) == (0, 0, 2, 0)
    assert (_count(services, Comment), _count(services, Opportunity), _count(services, Draft)) == counts


def test_same_row_ids_in_two_posts_do_not_collide(services: Services) -> None:
    rows = parse_file(IMPORTS / "good_sv.json").rows
    one = import_rows(services, "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:1/", rows)
    two = import_rows(services, "linkedin", "https://www.linkedin.com/feed/update/urn:li:activity:2/", rows)
    assert one.watch_id != two.watch_id and two.new == 2
    with services.db.read() as session:
        parents = session.scalars(select(Comment.parent_external_id).where(Comment.parent_external_id.is_not(None)))
        ids = set(session.scalars(select(Comment.external_id)))
    assert set(parents) <= ids  # replies point at their own post's copy of the parent


def test_edited_comment_in_a_reimport_is_changed_not_duplicated(services: Services) -> None:
    rows = parse_file(IMPORTS / "good_sv.json").rows
    import_rows(services, "linkedin", "urn:post", rows)
    edited = [rows[0], type(rows[1])(**{**rows[1].__dict__, "text": "Bra fråga! Vi har samma problem."})]
    report = import_rows(services, "linkedin", "urn:post", edited)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 1)


def test_import_request_payload_carries_rows_and_problems_and_prints_both(services: Services) -> None:
    parsed = parse_file(IMPORTS / "partial_en.jsonl")
    payload = payload_for(parsed, "tiktok", None, None, [])
    assert payload["thread_url"] == "import:tiktok/partial_en.jsonl"
    assert request_handler("import") is import_request
    result = import_request(services, payload)
    lines = result["lines"]
    assert lines[0] == f"Created watch {result['watch_id']} for import:tiktok/partial_en.jsonl."
    assert lines[1].startswith("Imported 2 comment(s): 2 new, 0 changed, 0 unchanged;")
    assert "4 row(s) skipped:" in lines
    assert "  line 3: not valid JSON (Expecting value); skipped" in lines


def _store_fake_thread(services: Services, watch: Watch, platform: str, texts: list[str]) -> list[int]:
    fetched = FetchedThread(
        ref=ThreadRef(platform, watch.target, watch.url),
        title="Heat pumps in a cold climate",
        author="op",
        body=None,
        created_at=None,
        comments=[
            FetchedComment(platform, f"{platform}-{i}", None, f"user{i}", f"user{i}", text, utcnow())
            for i, text in enumerate(texts)
        ],
    )
    with services.db.write() as session:
        attached = session.merge(watch, load=True)
        return store_thread(session, attached, fetched, 4000).new


QUESTIONS = [
    "Does an air-to-water heat pump really work at -25 C? Thinking of buying one for my house.",
    "How loud is the outdoor unit of a heat pump at night?",
    "Toimiiko ilmalämpöpumppu vielä -25 asteen pakkasella? Mietin ostamista omakotitaloon.",
]


@pytest.mark.parametrize(("opt_in", "expect_drafts"), [(False, False), (True, True)])
def test_hacker_news_watch_drafts_only_when_opted_in(services: Services, opt_in: bool, expect_drafts: bool) -> None:
    watch = add_watch(services.db, services.settings, "https://news.ycombinator.com/item?id=8863").watch
    with services.db.write() as session:
        row = session.get(Watch, watch.id)
        assert row is not None
        row.draft_opt_in = opt_in
        watch = row
    new = _store_fake_thread(services, watch, "hackernews", QUESTIONS)
    outcome = process_comments(services, watch.id, new, [])
    with services.db.read() as session:
        actions = {o.action for o in session.scalars(select(Opportunity))}
        reasons = [o.reason for o in session.scalars(select(Opportunity).where(Opportunity.action == "digest"))]
    assert (outcome.drafted > 0) is expect_drafts
    assert (_count(services, Draft) > 0) is expect_drafts
    if not expect_drafts:
        assert "draft" not in actions
        assert any(r.endswith("Hacker News: drafting is off for this watch") for r in reasons)


def test_listen_only_watch_never_drafts(services: Services) -> None:
    watch = add_watch(services.db, services.settings, "https://www.reddit.com/r/Suomi/comments/1kuu01/x/").watch
    with services.db.write() as session:
        row = session.get(Watch, watch.id)
        assert row is not None
        row.listen_only = True
        watch = row
    new = _store_fake_thread(services, watch, "reddit", QUESTIONS)
    outcome = process_comments(services, watch.id, new, [])
    assert outcome.drafted == 0 and _count(services, Draft) == 0
    assert any("listen-only watch: no drafts" in note for note in outcome.notes)


def test_kuulo_import_cli_reads_a_file_and_reports_skipped_rows(kuulo: Any) -> None:
    result = kuulo("import", str(IMPORTS / "excel_fi.csv"), "--platform", "instagram", "--thread-url", POST)
    assert result.code == 0, result.err
    assert f"Created watch 1 for {POST}." in result.out
    assert "Imported 2 comment(s): 2 new" in result.out
    assert "  line 5: created_at 'eilen' is not a date" in result.out
    again = kuulo("import", str(IMPORTS / "excel_fi.csv"), "--platform", "instagram", "--thread-url", POST)
    assert "Reused watch 1" in again.out and "0 new, 0 changed, 2 unchanged" in again.out


def test_kuulo_import_paste_reads_standard_input(kuulo: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("karin\nFungerar den i Norrland?\n3 d\n"))
    result = kuulo("import", "--paste", "--platform", "linkedin")
    assert result.code == 0, result.err
    assert "Imported 1 comment(s): 1 new" in result.out
    assert "No --thread-url given" in result.err


def test_kuulo_import_needs_a_file_or_paste(kuulo: Any) -> None:
    result = kuulo("import", "--platform", "linkedin")
    assert result.code != 0
    assert "give a FILE or --paste" in result.err


def test_kuulo_import_of_a_csv_with_a_megabyte_cell_imports_the_other_rows_and_names_the_big_one(
    kuulo: Any, tmp_path: Path
) -> None:
    big = "x" * 1_048_576
    path = tmp_path / "export.csv"
    path.write_text(
        f'id,author,text\nc1,Aino,Toimiiko pakkasella?\nc2,Bo,"{big}"\nc3,Cecilia,Works in the cold?\n', "utf-8"
    )
    result = kuulo("import", str(path), "--platform", "instagram", "--thread-url", POST)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err and "field limit" not in result.err
    assert "Imported 2 comment(s): 2 new" in result.out
    assert "1 row(s) skipped:" in result.out
    assert "  line 3: the 'text' cell is 1,048,576 characters; the most is 100,000 (KUULO_IMPORT_MAX_CELL_CHARS)" in (
        result.out
    )


def test_kuulo_import_refuses_a_file_over_the_size_limit_whole_and_says_which_setting(
    kuulo: Any, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("id,text\n" + "".join(f"c{i},comment number {i}\n" for i in range(200)), "utf-8")
    result = kuulo("import", str(path), "--platform", "other", KUULO_IMPORT_MAX_BYTES="1000")
    assert result.code == 1
    assert "the most one import reads is 1,000 (KUULO_IMPORT_MAX_BYTES): split it" in result.err
    assert "Traceback" not in result.err
