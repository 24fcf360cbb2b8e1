"""Review cards: one per draft, escaped untrusted text, Slack's limits, crash reconciliation."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.config import Settings
from bot.review import decisions as review
from bot.slack import blocks
from bot.slack.app import web_client
from bot.slack.cards import ChannelPacer, post_new_cards
from bot.storage.db import Database
from bot.storage.models import SlackCard, utcnow
from tests.fakes.slack_api import FakeSlack
from tests.slack.conftest import CHANNEL
from tests.slack.factory import make_draft

CONTROL = "Hei <!channel> ja <@U123> sekä <!subteam^S999> katso <https://evil.example|pankki> & muuta"


def _all_text(items: list[dict[str, object]]) -> str:
    return json.dumps(items, ensure_ascii=False)


def test_card_builder_renders_control_sequences_inert_in_comment_and_draft(sdb: Database) -> None:
    draft_id = make_draft(sdb, comment_text=CONTROL, text=CONTROL, author="<!here>", title="<@U1> title")
    card = blocks.card_blocks(review.view(sdb, draft_id), "fi")
    text = _all_text(card)
    for live in ("<!channel>", "<@U123>", "<!subteam^S999>", "<https://evil.example|", "<!here>", "<@U1>"):
        assert live not in text
    assert "&lt;!channel&gt;" in text
    assert "&amp; muuta" in text
    sections = [b for b in card if b["type"] == "section"]
    assert all(b["text"]["verbatim"] is True for b in sections)


def test_card_builder_keeps_slack_limits_and_shows_a_long_draft_whole(sdb: Database) -> None:
    long_text = "<" * 9000
    draft_id = make_draft(sdb, comment_text="x" * 20000, text=long_text, title="t" * 500)
    draft = review.view(sdb, draft_id)
    card = blocks.card_blocks(draft, "en")
    assert len(card) <= 50
    for block in card:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        for element in block.get("elements", []):
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= 75
                assert len(element["value"]) <= 2000
    shown = "".join(b["text"]["text"] for b in card if b["type"] == "section" and "&lt;" in b["text"]["text"])
    assert shown.count("&lt;") == 9000  # every character of the draft is on the card


def test_card_without_approvable_text_has_no_approve_button(sdb: Database) -> None:
    draft_id = make_draft(sdb, text="   ")
    card = blocks.card_blocks(review.view(sdb, draft_id), "sv")
    action_ids = [e["action_id"] for b in card if b["type"] == "actions" for e in b["elements"]]
    assert blocks.APPROVE not in action_ids
    assert blocks.EDIT in action_ids
    assert "Kan inte godkännas" in _all_text(card)


def test_new_drafts_get_exactly_one_card_each_with_metadata(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    first = make_draft(sdb)
    second = make_draft(sdb, channel="C0WATCH")
    client = web_client(slack_settings)
    pacer = ChannelPacer(sleep=lambda s: None)
    assert post_new_cards(sdb, client, slack_settings, "h1", pacer)["posted"] == 2
    assert post_new_cards(sdb, client, slack_settings, "h1", pacer)["posted"] == 0
    posts = fake_slack.calls_to("chat.postMessage")
    assert [p.params["channel"] for p in posts] == [CHANNEL, "C0WATCH"]
    assert posts[0].params["metadata"] == {"event_type": "kuulo_draft", "event_payload": {"draft_id": first}}
    with sdb.read() as session:
        cards = {c.draft_id: c for c in session.scalars(select(SlackCard))}
    assert cards[first].state == "posted"
    assert cards[second].ts is not None
    assert cards[second].channel == "C0WATCH"


def test_two_processes_posting_at_once_give_one_card(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    """A draft made by another process is claimed by compare-and-set: exactly one card."""
    draft_ids = [make_draft(sdb) for _ in range(3)]
    barrier = threading.Barrier(4)

    def worker(n: int) -> None:
        client = web_client(slack_settings)
        barrier.wait()
        post_new_cards(sdb, client, slack_settings, f"h{n}", ChannelPacer(sleep=lambda s: None))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    posted = [c.params["metadata"]["event_payload"]["draft_id"] for c in fake_slack.calls_to("chat.postMessage")]
    assert sorted(posted) == sorted(draft_ids)


def _past(settings: Settings) -> datetime:
    """A claim's time just older than the lease: its holder stopped."""
    return utcnow() - timedelta(seconds=settings.card_claim_seconds + 1)


def test_a_card_another_live_process_is_posting_is_left_to_it_until_its_claim_expires(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    """The interleaving that once gave two cards: process 1 has claimed the card and is about to post it when
    process 2's pass starts. Process 2 must not take it for a crash's leftover."""
    draft_id = make_draft(sdb)
    with sdb.write() as session:
        session.add(SlackCard(draft_id=draft_id, channel=CHANNEL, claimed_by="h1"))
    client = web_client(slack_settings)
    counts = post_new_cards(sdb, client, slack_settings, "h2", ChannelPacer(sleep=lambda s: None))
    assert counts["reconciled"] == 0
    assert fake_slack.calls_to("chat.postMessage") == []
    with sdb.write() as session:
        card = session.scalar(select(SlackCard).where(SlackCard.draft_id == draft_id))
        assert card is not None
        card.claimed_at = _past(slack_settings)  # process 1 stopped before posting
    counts = post_new_cards(sdb, client, slack_settings, "h2", ChannelPacer(sleep=lambda s: None))
    assert counts["reconciled"] == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    with sdb.read() as session:
        card = session.scalar(select(SlackCard).where(SlackCard.draft_id == draft_id))
        assert card is not None
        assert (card.state, card.claimed_by) == ("posted", "h2")


def test_a_pass_finishes_its_own_process_earlier_claim_at_once(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    """A pass of the same process that raised after claiming (a timeout, say) left its claim: the next pass finishes
    it without waiting for the lease, looking in the channel first."""
    draft_id = make_draft(sdb)
    with sdb.write() as session:
        session.add(SlackCard(draft_id=draft_id, channel=CHANNEL, claimed_by="h1"))
    counts = post_new_cards(sdb, web_client(slack_settings), slack_settings, "h1", ChannelPacer(sleep=lambda s: None))
    assert counts["reconciled"] == 1
    assert len(fake_slack.calls_to("conversations.history")) == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1


def test_crash_after_posting_is_reconciled_from_history_without_a_second_card(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id = make_draft(sdb)
    client = web_client(slack_settings)
    # The process claimed the card and Slack accepted the message, then it died before recording the ts.
    with sdb.write() as session:
        session.add(SlackCard(draft_id=draft_id, channel=CHANNEL, claimed_by="dead", claimed_at=_past(slack_settings)))
    sent = client.chat_postMessage(channel=CHANNEL, text="card", metadata=blocks.metadata(draft_id))
    counts = post_new_cards(sdb, client, slack_settings, "h2", ChannelPacer(sleep=lambda s: None))
    assert counts["reconciled"] == 1
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    with sdb.read() as session:
        card = session.scalar(select(SlackCard).where(SlackCard.draft_id == draft_id))
        assert card is not None
        assert card.state == "posted"
        assert card.ts == sent["ts"]


def test_crash_before_posting_is_reconciled_by_posting_once(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    draft_id = make_draft(sdb)
    with sdb.write() as session:
        session.add(SlackCard(draft_id=draft_id, channel=CHANNEL, claimed_by="dead", claimed_at=_past(slack_settings)))
    post_new_cards(sdb, web_client(slack_settings), slack_settings, "h2", ChannelPacer(sleep=lambda s: None))
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert fake_slack.calls_to("conversations.history")[0].params["channel"] == CHANNEL


def test_posting_retries_after_a_429_and_paces_one_channel(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    make_draft(sdb)
    make_draft(sdb)
    fake_slack.rate_limit("chat.postMessage", times=1)
    waits: list[float] = []
    clock = iter([0.0, 0.2, 1.1])
    pacer = ChannelPacer(interval=1.1, clock=lambda: next(clock), sleep=waits.append)
    counts = post_new_cards(sdb, web_client(slack_settings), slack_settings, "h", pacer)
    assert counts["posted"] == 2
    assert len(fake_slack.calls_to("chat.postMessage")) == 3  # one 429, then two accepted
    assert waits
    assert abs(waits[0] - 0.9) < 1e-9


def test_no_channel_marks_the_card_failed_and_posts_nothing(
    sdb: Database, slack_settings: Settings, fake_slack: FakeSlack
) -> None:
    make_draft(sdb)
    settings = slack_settings.model_copy(update={"review_channel": None})
    counts = post_new_cards(sdb, web_client(settings), settings, "h", ChannelPacer(sleep=lambda s: None))
    assert counts["failed"] == 1
    assert fake_slack.calls_to("chat.postMessage") == []
