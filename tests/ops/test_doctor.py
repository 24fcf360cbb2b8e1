"""kuulo doctor: one line per check, a fix for each failure, exit 0 only when every configured feature works."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.demo.replay import ReplayServer
from bot.storage.db import Database
from knowledge.embeddings import LOCAL_MODEL_NAME
from tests.conftest import CliResult
from tests.fakes.openai_server import FakeOpenAI
from tests.ops.conftest import WorkspaceSlack, add_watch, guidance_collection, migrated_database

Kuulo = Callable[..., CliResult]


@pytest.fixture
def slack() -> Iterator[WorkspaceSlack]:
    with WorkspaceSlack() as fake:
        fake.add_channel("CREVIEW", "kuulo-review")
        fake.add_channel("CESC", "kuulo-escalations")
        fake.usergroups["SCOMMS"] = ["UANNA", "UBEN", "UCAROL"]
        yield fake


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _line(out: str, name: str) -> str:
    found = [line for line in out.splitlines() if f" {name}:" in line]
    assert found, f"no line for {name!r} in:\n{out}"
    return found[0]


def _configured_env(slack: WorkspaceSlack, replay: ReplayServer, model: FakeOpenAI) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": "xoxb-doctor-test",
        "SLACK_SIGNING_SECRET": "s3cret",
        "KUULO_SLACK_API_URL": slack.url,
        "KUULO_REVIEW_CHANNEL": "CREVIEW",
        "KUULO_ESCALATION_CHANNEL": "CESC",
        "KUULO_APPROVERS": "UANNA,SCOMMS",
        "OPENAI_BASE_URL": model.url,
        "OPENAI_API_KEY": "sk-doctortest123456",
        "KUULO_REDDIT_URL": replay.url,
    }


def test_doctor_with_everything_configured_and_working_passes_every_check(
    kuulo: Kuulo, data_dir: Path, slack: WorkspaceSlack, replay: ReplayServer
) -> None:
    db = migrated_database(data_dir)
    add_watch(db)
    db.dispose()
    guidance_collection(data_dir, LOCAL_MODEL_NAME)
    with FakeOpenAI() as model:
        model.enqueue("pong")
        result = kuulo("doctor", **_configured_env(slack, replay, model))
        assert len(model.requests) == 1
        assert model.requests[0].body["max_tokens"] == 1
    assert result.code == 0, result.out
    for name in ("settings", "database", "chroma", "embeddings", "model", "slack token", "slack mode"):
        assert _line(result.out, name).startswith("✓ OK"), result.out
    assert "#kuulo-review (CREVIEW) exists and the bot is in it" in _line(result.out, "review channel")
    assert "2 entries resolve to 3 people" in _line(result.out, "approvers")
    assert _line(result.out, "platform reddit").startswith("✓ OK")
    assert "SKIP publishing" in _line(result.out, "publishing")  # KUULO_PUBLISH is empty
    assert "FAIL" not in result.out
    assert "xoxb-doctor-test" not in result.out + result.err
    assert [c.method for c in slack.calls_to("conversations.info")] == ["conversations.info"] * 2
    assert [r.path for r in replay.requests] == ["/"]


def test_doctor_on_a_fresh_install_fails_the_database_with_the_command_that_fixes_it(
    kuulo: Kuulo, data_dir: Path
) -> None:
    result = kuulo("doctor")
    assert result.code == 1
    line = _line(result.out, "database")
    assert line.startswith("✗ FAIL") and "no database at" in line
    assert "fix: run `kuulo migrate`" in result.out
    assert "SKIP slack token" in _line(result.out, "slack token")
    assert "SKIP model" in _line(result.out, "model") and "offline" in _line(result.out, "model")
    assert "SKIP platforms" in _line(result.out, "platforms")
    assert not (data_dir / "kuulo.db").exists()  # the doctor never creates or migrates anything


def test_doctor_with_an_old_schema_says_which_revision_and_to_migrate(kuulo: Kuulo, data_dir: Path) -> None:
    data_dir.mkdir()
    db = Database.open(f"sqlite:///{data_dir / 'kuulo.db'}", migrate=False)
    db.migrate("0002")
    db.dispose()
    result = kuulo("doctor")
    line = _line(result.out, "database")
    assert line.startswith("✗ FAIL") and "at schema revision 0002" in line
    assert "`kuulo migrate`" in result.out
    db = Database.open(f"sqlite:///{data_dir / 'kuulo.db'}", migrate=False)
    assert db.current_revision() == "0002"
    db.dispose()


def test_doctor_with_slack_problems_names_each_and_how_to_fix_it(
    kuulo: Kuulo, data_dir: Path, slack: WorkspaceSlack, replay: ReplayServer
) -> None:
    migrated_database(data_dir).dispose()
    guidance_collection(data_dir, LOCAL_MODEL_NAME)
    slack.add_channel("CREVIEW", "kuulo-review", member=False)
    slack.unknown_users.add("UGONE")
    with FakeOpenAI() as model:
        model.enqueue("pong")
        env = _configured_env(slack, replay, model)
        env.update(KUULO_ESCALATION_CHANNEL="CNOPE", KUULO_APPROVERS="UANNA,UGONE,SEMPTY")
        slack.usergroups["SEMPTY"] = []
        result = kuulo("doctor", **env)
    assert result.code == 1
    assert "the bot is not a member of #kuulo-review" in _line(result.out, "review channel")
    assert "fix: type `/invite @Kuulo` in #kuulo-review (CREVIEW)" in result.out
    assert "CNOPE not found" in _line(result.out, "escalation channel")
    approvers = _line(result.out, "approvers")
    assert "UGONE (user_not_found)" in approvers and "SEMPTY (empty group)" in approvers
    assert "UANNA" not in approvers


def test_doctor_with_a_refused_token_and_a_down_model_fails_both_and_skips_dependent_checks(
    kuulo: Kuulo, data_dir: Path, slack: WorkspaceSlack, replay: ReplayServer
) -> None:
    migrated_database(data_dir).dispose()
    guidance_collection(data_dir, "openai/text-embedding-3-small")
    slack.token_valid = False
    with FakeOpenAI() as model:
        env = _configured_env(slack, replay, model)
    result = kuulo("doctor", "--timeout", "2", **env)  # the model server is stopped now
    assert result.code == 1
    assert "auth.test refused the bot token (invalid_auth)" in _line(result.out, "slack token")
    assert "SKIP slack channels" in _line(result.out, "slack channels")
    assert "is not reachable" in _line(result.out, "model")
    chroma = _line(result.out, "chroma")
    assert "built with 'openai/text-embedding-3-small'" in chroma
    assert "kuulo knowledge ingest --rebuild" in result.out


def test_doctor_with_an_unreachable_platform_fails_that_platform_only(kuulo: Kuulo, data_dir: Path) -> None:
    db = migrated_database(data_dir)
    add_watch(db, platform="mastodon", target="111", api_base="http://127.0.0.1:9")
    db.dispose()
    result = kuulo("doctor", "--timeout", "2")
    line = _line(result.out, "platform mastodon")
    assert line.startswith("✗ FAIL") and "http://127.0.0.1:9 is not reachable" in line
    assert "1 watch(es) use it" in line
