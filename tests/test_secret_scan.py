"""Tokens never reach logs, errors, exports or Slack; logs carry ids, not comment text.

Commands and flows run with fake secrets set and logging at DEBUG; everything
they print, log, export or send to the fake Slack server is scanned.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest

from bot.demo.replay import ReplayServer
from tests.conftest import FIXTURES
from tests.fakes.slack_api import FakeSlack

SECRETS = {
    "SLACK_BOT_TOKEN": "xoxb-1111111111-2222222222-SeCrEtBoTtOkEn",
    "SLACK_APP_TOKEN": "xapp-1-A0000000000-3333333333-SeCrEtApPtOkEn",
    "SLACK_SIGNING_SECRET": "signing-SeCrEt-8e5c1f",
    "OPENAI_API_KEY": "sk-proj-SeCrEtOpEnAiKeY0123456789",
    "KUULO_REDDIT_CLIENT_SECRET": "reddit-SeCrEt-d41d8cd98f",
    "YOUTUBE_API_KEY": "AIzaSyD-SeCrEtYoUtUbEkEy-0123456789",
}
PATTERNS = [re.compile(re.escape(value)) for value in SECRETS.values()] + [
    re.compile(r"xox[bap]-[0-9A-Za-z-]{10,}"),
    re.compile(r"xapp-[0-9A-Za-z-]{10,}"),
    re.compile(r"sk-[A-Za-z0-9_-]{16,}"),
    re.compile(r"SeCrEt"),
]
URL = "https://www.reddit.com/r/Suomi/comments/1abcde/lampopumppu/"
COMMENT_TEXT = "Paljonko asennus maksaa suunnilleen?"


def _leaks(text: str) -> list[str]:
    return [match.group(0) for pattern in PATTERNS for match in pattern.finditer(text)]


def _cassette(replay: ReplayServer) -> None:
    cassette = json.loads((FIXTURES / "reddit" / "thread_nested.json").read_text("utf-8"))
    for item in cassette["interactions"]:
        request = item["request"]
        responses = [item["response"]]
        if request["path"] == "/comments/1abcde.json":
            gone = copy.deepcopy(item["response"])
            for child in gone["json"][1]["data"]["children"]:
                if child["data"].get("id") == "c1":
                    child["data"].update(body="[deleted]", author="[deleted]")
            responses.append(gone)
        replay.add(request.get("method", "GET"), request["path"], responses, request.get("query"))


def test_commands_with_fake_tokens_never_print_log_export_or_send_them(
    kuulo: Any, replay: ReplayServer, caplog: pytest.LogCaptureFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot import logs

    configure = logs.configure
    # Every command logs at DEBUG to its stderr (captured per run), whatever -v says.
    monkeypatch.setattr(logs, "configure", lambda level="WARNING", fmt="text": configure("DEBUG", fmt))
    _cassette(replay)
    outputs: list[str] = []
    with FakeSlack() as slack:
        env = dict(SECRETS, KUULO_REDDIT_URL=replay.url, SLACK_API_URL=slack.url, KUULO_LOG_LEVEL="DEBUG")
        with caplog.at_level(logging.DEBUG):
            runs = [
                kuulo("watch", "add", URL, **env),
                kuulo("-v", "poll", **env),
                kuulo("-v", "poll", "--all", **env),
                kuulo("watch", "list", **env),
                kuulo("status", **env),
                kuulo("export", "--what", "comments", "--out", str(tmp_path / "comments.csv"), **env),
                kuulo("erase", "--author", "Matti_V", "--dry-run", **env),
                kuulo("erase", "--author", "talonmies77", **env),
                kuulo("suppress", "add", "--platform", "reddit", "t2_someone", **env),
                kuulo("suppress", "list", **env),
                kuulo("retention", "run", **env),
                kuulo("watch", "add", "https://example.com/not-a-thread", **env),  # an error path
            ]
        for result in runs:
            outputs += [result.out, result.err]
        slack_traffic = json.dumps([call.params for call in slack.calls], default=str)
    exported = (tmp_path / "comments.csv").read_text("utf-8") if (tmp_path / "comments.csv").exists() else ""
    assert runs[1].code == 0 and runs[7].code == 0, runs[7].err
    everything = "\n".join([*outputs, caplog.text, exported, slack_traffic])
    assert _leaks(everything) == []
    poll_logs = runs[1].err + runs[2].err
    assert "DEBUG" in poll_logs or "INFO" in poll_logs, "nothing was logged; the scan would prove nothing"
    assert COMMENT_TEXT not in poll_logs + caplog.text


def test_settings_repr_and_errors_hide_secret_values(tmp_path: Path) -> None:
    from tests.conftest import make_settings

    settings = make_settings(
        tmp_path,
        slack_bot_token=SECRETS["SLACK_BOT_TOKEN"],
        openai_api_key=SECRETS["OPENAI_API_KEY"],
        youtube_api_key=SECRETS["YOUTUBE_API_KEY"],
        reddit_client_secret=SECRETS["KUULO_REDDIT_CLIENT_SECRET"],
    )
    assert _leaks(repr(settings) + str(settings) + settings.model_dump_json()) == []
