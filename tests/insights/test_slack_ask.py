"""``/kuulo ask``: an answer from stored comments with escaped quotes and links to the cited comments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.services import Services
from bot.slack.app import Deps, web_client
from bot.slack.approvers import Approvers
from bot.slack.commands import run_command
from bot.storage.models import Comment
from tests.conftest import make_settings
from tests.fakes.slack_api import FakeSlack
from tests.insights.seed import seed


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    server = FakeSlack()
    with server:
        yield server


def test_kuulo_ask_answers_from_comments_with_escaped_quotes_and_source_links(tmp_path: Path, fake: FakeSlack) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=fake.url)
    services = Services(settings)
    try:
        ids = seed(services.db)
        with services.db.write() as session:
            comment = session.get(Comment, ids["c1"])
            assert comment is not None
            comment.text = "The outdoor unit is so loud at night <!channel> that the neighbours complain."
        deps = Deps(services.db, settings, Approvers(web_client(settings), settings.approver_ids))
        reply = run_command(deps, "ask Is the outdoor unit noisy at night?", "UANYONE", "C1")
    finally:
        services.close()
    assert "<!channel>" not in reply
    assert "&lt;!channel&gt;" in reply  # the hostile comment was cited, escaped
    assert "*Sources:* <https://www.reddit.com/r/heatpumps/comments/abc/_/c" in reply
    assert "Paljonko asennus" not in reply and "filters" not in reply  # other themes are not cited


def test_kuulo_ask_without_question_explains_usage_in_team_language(tmp_path: Path, fake: FakeSlack) -> None:
    settings = make_settings(tmp_path, slack_bot_token="xoxb-test", slack_api_url=fake.url, locale="fi")
    services = Services(settings)
    try:
        deps = Deps(services.db, settings, Approvers(web_client(settings), settings.approver_ids))
        assert run_command(deps, "ask", "UANYONE", None).startswith("Kysy, mitä ihmiset sanovat")
    finally:
        services.close()
