"""Messages in the card's Slack thread: published, not published, and replies (escaped)."""

from __future__ import annotations

from collections.abc import Callable

from bot.publishing.outbox import job_for_draft
from bot.services import Services
from bot.slack.notify import message, post_in_card_thread
from bot.storage.models import SlackCard, utcnow
from scheduler.tasks import publish_outbox as outbox_job
from tests.fakes.platform_publish import FakeMastodon
from tests.fakes.slack_api import FakeSlack
from tests.publishing.factory import make_approved


def _card(services: Services, draft_id: int) -> None:
    with services.db.write() as session:
        session.add(SlackCard(draft_id=draft_id, channel="C1", ts="1700000000.000100", state="posted"))


def test_published_and_failed_jobs_are_told_in_their_card_threads(
    publishing_services: Callable[..., Services], watched: FakeMastodon, brand: FakeMastodon
) -> None:
    with FakeSlack() as slack:
        services = publishing_services(slack_bot_token="xoxb-test", slack_api_url=slack.url)
        uri = watched.add_status("111", "Kysymys?")
        ok = make_approved(services.db, "mastodon", "111", comment_url=uri, extra={"uri": uri})
        uri2 = watched.add_status("112", "Toinen?")
        refused = make_approved(services.db, "mastodon", "112", comment_url=uri2, extra={"uri": uri2})
        _card(services, ok)
        _card(services, refused)
        brand.fail("post", None, 422)  # the first post goes through, the second is refused
        assert outbox_job(services, utcnow()) == "1 published, 1 failed"
        calls = slack.wait_for("chat.postMessage", 2)
        [updated] = slack.wait_for("chat.update", 1)
    texts = sorted(call.params["text"] for call in calls)
    job = job_for_draft(services, ok)
    assert job is not None
    assert texts[0] == "Not published: mastodon: refused (422) on /api/v1/statuses: injected 422"
    assert texts[1] == f"Published: {job.url}"
    assert {call.params["thread_ts"] for call in calls} == {"1700000000.000100"}
    assert updated.params["ts"] == "1700000000.000100" and str(job.url) in str(updated.params)


def test_reply_text_from_strangers_cannot_ping_or_link_in_slack() -> None:
    text = message("fi", "reply", author="<!channel>", text="katso <https://evil.example|tästä> & <@U123>")
    assert "<" not in text and ">" not in text
    assert text == "Vastaus käyttäjältä &lt;!channel&gt;: katso &lt;https://evil.example|tästä&gt; &amp; &lt;@U123&gt;"


def test_no_card_or_no_slack_means_nothing_is_posted(publishing_services: Callable[..., Services]) -> None:
    services = publishing_services()
    draft_id = make_approved(services.db, "hackernews", "1")
    assert post_in_card_thread(services, draft_id, "x") is False
